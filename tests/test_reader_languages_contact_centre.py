"""Contact-centre and shared-services notes in Taglish, Spanish, Brazilian Portuguese, Polish
and German are read like English ones: stops in every register (and the narrower lines beside
them that are no stop), waits counted from the day said, German dates, and the shift, travel,
residence, contract, move, leading, company-size, home-office and sector words these teams use.
Sentences are our own, not the held-out cases'.
"""

from datetime import date

import pytest

from reading import read
from tests.reading_helpers import ReadAt

SAID = date(2026, 10, 12)
_AT = ReadAt(SAID)
opted_out, wait_until = _AT.opted_out, _AT.wait_until


def has(text: str, facet: str, polarity: str, **value) -> bool:
    return any(
        c.facet == facet
        and c.polarity == polarity
        and all(c.value.get(k) == v for k, v in value.items())
        for c in read(text, said_at=SAID)
    )


@pytest.mark.parametrize(
    "text",
    [
        "huwag na po ninyo akong tawagan, salamat",
        "wag mo na kong i-text",
        "wag po akong i-contact ulit",
        "pakitanggal na po ang number ko sa database nyo",
        "paki-erase po lahat ng details ko",
        "wag na po nyo siyang isama sa list",
        "Dejen de escribirme o los denuncio. Ya basta.",
        "Me descadastrem de tudo, obrigada.",
        "Não quero mais contato com vocês.",
        "Nie chcę więcej ofert z Państwa firmy.",
    ],
)
def test_a_stop_in_these_languages_is_an_opt_out(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "wag po muna akong tawagan, nasa shift pa ako",
        "wag nyo po akong i-text habang naka-duty",
        "Pa-update po ng number ko, eto na yung bago",
        "Dejen de llamarme al fijo, mejor por WhatsApp.",
        "Me descadastrei dos alertas de vaga, mas podem ligar.",
        "Nie chcę więcej ofert na magazyn, biuro chętnie.",
        "Please remove her from the Davao pool only, keep her in Cebu.",
        "Delegacje mu nie przeszkadzają.",
    ],
)
def test_a_narrower_line_is_no_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    ("text", "said_at", "until"),
    [
        ("Proszę się odezwać za dwa miesiące.", date(2026, 10, 12), "2026-12-01"),
        ("Odezwij się za rok.", date(2026, 10, 12), "2027-10-01"),
        ("Dajcie mi pół roku na wdrożenie.", date(2026, 10, 12), "2027-04-01"),
        ("Dopiero po Nowym Roku, teraz inwentaryzacja.", date(2026, 10, 12), "2027-01-01"),
        ("Probezeit bis 28.02., danach gern.", date(2026, 10, 12), "2027-02-01"),
        ("Verfügbar ab 01.05.2027.", date(2026, 10, 12), "2027-05-01"),
        (
            "Hasta pasando las fiestas decembrinas, en enero platicamos.",
            date(2026, 11, 2),
            "2027-01-01",
        ),
    ],
)
def test_a_wait_in_these_languages_is_counted_from_the_day_said(text, said_at, until):
    assert wait_until(text, said_at) == until


@pytest.mark.parametrize(
    ("text", "said_at"),
    [
        ("Mutterschutz war bis Ende Mai, ich arbeite wieder.", date(2026, 7, 1)),
        ("Voltou das férias de Carnaval, pode ligar quando quiser.", date(2026, 3, 2)),
        ("Wigilia jak zawsze u rodziców, ale rozmowy w każdej chwili.", date(2026, 11, 16)),
        ("Wróciła z urlopu, dzwońcie śmiało.", date(2026, 11, 16)),
        # "platicamos" as a talk had, months of news after it: no "we'll talk in August"
        ("Platicamos ayer: en agosto la cambiaron de cuenta, en mayo se mudó.", date(2026, 11, 6)),
    ],
)
def test_a_period_told_as_over_or_a_holiday_in_passing_is_no_wait(text, said_at):
    assert wait_until(text, said_at) is None


@pytest.mark.parametrize(
    ("text", "facet", "polarity", "value"),
    [
        ("morning shift lang po ako pwede", "schedule", "avoid", {"kind": "nights"}),
        ("hindi na siya kaya sa graveyard", "schedule", "avoid", {"kind": "nights"}),
        ("ok na siya sa graveyard", "schedule", "wish", {"kind": "nights"}),
        ("Não trabalho mais aos sábados.", "schedule", "avoid", {"kind": "weekends"}),
        ("Podróże służbowe odpadają.", "travel", "avoid", {}),
        ("Dienstreisen höchstens 2 Tage im Monat.", "travel", "must", {}),
        ("Hat eine Niederlassungserlaubnis.", "visa", "wish", {"kind": "has_right_to_work"}),
        (
            "Bräuchte Sponsoring vom neuen Arbeitgeber.",
            "visa",
            "must",
            {"kind": "needs_sponsorship"},
        ),
        ("gusto niya regular na trabaho", "contract", "wish", {"kind": "permanent"}),
        ("Quiere un trabajo temporal nada más.", "contract", "must", {"kind": "fixed_term"}),
        ("Busca contrato por tiempo indeterminado.", "contract", "wish", {"kind": "permanent"}),
        ("Umzug kommt nicht in Frage.", "relocation", "must", {"willing": False}),
        (
            "Würde für einen guten Job nach Bayern umziehen.",
            "relocation",
            "wish",
            {"willing": True},
        ),
        ("Chętnie się przeprowadzi.", "relocation", "wish", {"willing": True}),
        ("Z Krakowa się nie ruszy.", "relocation", "must", {"willing": False}),
        ("Möchte endlich Verantwortung und ein Team.", "management", "wish", {"kind": "manage"}),
        ("Will Mechaniker bleiben.", "management", "wish", {"kind": "hands_on"}),
        ("Nur große Konzerne.", "company", "must", {"kind": "enterprise"}),
        ("Lieber ein familiengeführtes Unternehmen.", "company", "wish", {"kind": "small"}),
        ("gusto ko sa maliit na kumpanya", "company", "wish", {"kind": "small"}),
        ("Busco home office.", "work_mode", "wish", {"mode": "remote"}),
        ("Ya no busca home office.", "work_mode", "avoid", {"mode": "remote"}),
        ("Com casas de apostas ela não trabalha.", "industry", "avoid", {"name": "gambling"}),
        ("Technologie Azure mnie nie interesuje.", "technology", "avoid", {"name": "azure"}),
        ("Chce pracować w Databricks.", "technology", "wish", {"name": "databricks"}),
    ],
)
def test_what_these_teams_note_is_read(text, facet, polarity, value):
    assert has(text, facet, polarity, **value)


@pytest.mark.parametrize(
    ("text", "facet"),
    [
        ("may sariling negosyo siya sa probinsya", "company"),
        ("Hat am 03.11. gekündigt.", "wait"),
        ("Eu não gosto de frio.", "location"),
        ("Wyjechała do Niemiec w 2019.", "travel"),
    ],
)
def test_a_near_miss_gives_no_condition_of_that_facet(text, facet):
    assert not any(c.facet == facet for c in read(text, said_at=SAID))


def test_mil_in_a_spanish_ask_is_a_thousand():
    pays = [c for c in read("Pide 25 mil netos al mes.", said_at=SAID) if c.facet == "pay"]
    assert pays and pays[0].value["amount"] == 25_000
