"""Visas and moving home as strangers wrote them (battery s24, place).

Classes:
- a visa's country said away from its words: further on where the work is ("to work in
  Ireland"), in brackets ("(US)"), as a nationality ("a Canadian citizen"), or as a heading;
  never where the person is or was ("currently in Perth", "ten years in UK banking");
- permits named by class: an Australian employer nomination ("would need a 494"), an open work
  permit, a Golden Visa, "can work for any employer", "no H-1B required";
- work papers and moves in French, German, Spanish and Portuguese (``reading.foreign_papers``).
"""

from __future__ import annotations

from datetime import date

from reading import read

SAID = date(2026, 11, 1)


def _visas(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (c.polarity, c.value["kind"], c.value.get("country"))
        for c in read(text, said_at=SAID)
        if c.facet == "visa"
    ]


def _moves(text: str) -> list[tuple[str, bool]]:
    return [
        (c.polarity, c.value["willing"])
        for c in read(text, said_at=SAID)
        if c.facet == "relocation"
    ]


def test_the_country_of_a_visa_said_further_on():
    assert _visas(
        "Graduate visa ends in May and she'd need a sponsor to keep working in Ireland."
    ) == [("must", "needs_sponsorship", "ireland")]
    assert _visas("needs visa sponsorship (US) - per phone screen") == [
        ("must", "needs_sponsorship", "us")
    ]


def test_where_they_are_is_not_the_country_of_the_visa():
    got = _visas("Would need a 494 nomination, currently in Perth.")
    assert got == [("must", "needs_sponsorship", None)]
    got = _visas("Kiwi citizen, came home after ten years in UK banking.")
    assert got and all(country != "uk" for _, _, country in got)


def test_a_nationality_names_the_country_of_the_right_to_work():
    assert _visas("He's a Canadian citizen, no paperwork for us to do.")[0] == (
        "wish",
        "has_right_to_work",
        "canada",
    )


def test_permits_by_class():
    assert _visas("Holds an open work permit through 2029.")[0][:2] == ("wish", "has_right_to_work")
    assert _visas("She can work for any employer here.")[0][:2] == ("wish", "has_right_to_work")
    assert _visas("Has the Golden Visa now.")[0][:2] == ("wish", "has_right_to_work")
    assert _visas("no H-1B required for him")[0][:2] == ("wish", "has_right_to_work")
    assert _visas("his open work permit runs out in April")[0][:2] == ("must", "needs_sponsorship")


def test_foreign_papers_needed_and_held():
    assert _visas("Benötigt ein Arbeitsvisum, der Arbeitgeber muss es beantragen.")[0][:2] == (
        "must",
        "needs_sponsorship",
    )
    assert _visas("Elle aura besoin d'un permis de travail pour le poste.")[0][:2] == (
        "must",
        "needs_sponsorship",
    )
    assert _visas("Possui cidadania italiana, sem problema.")[0][:2] == (
        "wish",
        "has_right_to_work",
    )
    assert _visas("Necesita un permiso de trabajo para empezar.")[0][:2] == (
        "must",
        "needs_sponsorship",
    )
    # sponsorship needed years ago is no need now
    assert ("must", "needs_sponsorship", None) not in _visas(
        "Il a eu besoin d'un visa de travail en 2015 ; aujourd'hui il est citoyen."
    )


def test_foreign_moves():
    assert _moves("Ein Umzug kommt für ihn nicht in Frage.") == [("must", False)]
    assert _moves("No está dispuesta a reubicarse.") == [("must", False)]
    assert _moves("Está dispuesta a reubicarse.") == [("wish", True)]
