"""What a person wants of the work itself, said in German, French, Spanish, Dutch or Polish
(``reading.foreign_work_wants``). Classes:

- leading people or staying hands-on: "zespołem kierować", "dirigir un equipo", "encadrer une
  équipe", "fachlich arbeiten", "geen leidinggevende functie meer";
- the employer's kind: public sector, the private sector, a nonprofit, a big company or a smaller
  one, an agency ("software house") refused;
- the sector: oil and gas refused, education wanted, gambling refused in Polish;
- the stack: a tool they would love to work with; a tool never used is no refusal;
- a freelancer now who wants to stay one; "only a CDI" as a must;
- near-misses: a team lead refused or not against, a kind of employer one is tired of.
"""

from datetime import date

from reading import read


def _got(text: str) -> list[tuple]:
    return [(c.facet, c.polarity, c.value) for c in read(text, said_at=date(2026, 11, 1))]


def _has(text: str, facet: str, polarity: str, **value) -> bool:
    return any(
        f == facet and p == polarity and all(v.get(k) == x for k, x in value.items())
        for f, p, v in _got(text)
    )


def test_leading_a_team_wanted_in_polish_and_spanish():
    assert _has("Chciałaby kierować zespołem.", "management", "wish", kind="manage")
    assert _has("Me gustaría dirigir un equipo pronto.", "management", "wish", kind="manage")


def test_leading_refused_in_french_and_dutch_with_hands_on_wanted():
    text = "Elle ne veut pas encadrer une équipe, elle préfère rester technique."
    assert _has(text, "management", "avoid", kind="manage")
    assert _has(text, "management", "wish", kind="hands_on")
    dutch = "Hij wil geen leidinggevende functie meer, gewoon weer zelf programmeren."
    assert _has(dutch, "management", "avoid", kind="manage")
    assert _has(dutch, "management", "wish", kind="hands_on")


def test_hands_on_in_german():
    assert _has("Sie möchte zurück ins Fachliche.", "management", "wish", kind="hands_on")


def test_employer_kind_in_other_languages():
    assert _has("Il cherche une ONG.", "company", "wish", kind="nonprofit")
    assert _has("Sie möchte in den öffentlichen Dienst.", "company", "wish", kind="public_sector")
    assert _has("Busca una empresa grande.", "company", "wish", kind="large")
    assert _has("Teraz szuka czegoś mniejszego.", "company", "wish", kind="small")
    assert _has("Szuka pracy, ale nie w software housie.", "company", "avoid", kind="agency")


def test_a_closed_chapter_refuses_what_it_was():
    text = "Im öffentlichen Dienst war er zehn Jahre; das Kapitel ist abgeschlossen."
    assert _has(text, "company", "avoid", kind="public_sector")


def test_sector_in_other_languages():
    assert _has("Keine Öl- und Gasfirmen bitte.", "industry", "avoid", name="oil and gas")
    assert _has("Nie chce pracować w branży hazardowej.", "industry", "avoid", name="gambling")


def test_a_tool_they_would_love_and_one_never_used():
    assert _has("Me encantaría trabajar con Kotlin.", "technology", "wish", name="kotlin")
    assert not _has("Je n'ai jamais utilisé SAP, mais ça m'intéresse.", "technology", "avoid")


def test_contract_kind_kept_or_only():
    assert _has("Werkt als zzp'er en wil het zo houden.", "contract", "wish", kind="freelance")
    assert _has("Il ne cherche qu'un CDI.", "contract", "must", kind="permanent")


def test_near_misses_lead_and_tired_of():
    assert not _has("Liderar equipo no, prefiere arquitectura.", "management", "wish")
    assert _has(
        "Busca una empresa grande, se cansó de las startups.", "company", "avoid", kind="startup"
    )
