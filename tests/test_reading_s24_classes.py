"""Classes of the twelfth-plus session's own, found on the first runs of held-out 63-65 after
the battery rounds (tests in our own wording):

- a visit told with its time or reason ("heading to Cork next week for a christening", "vou ao
  Porto em julho") is a trip, not where they want to work; a move ("moving to Cork in June")
  still is;
- a refusal of travel that often ("no weekly trips", "just not weekly flights") caps it at about
  a day a week: a trip a quarter is within it, and it is not a refusal of all travel;
- (found by the all-sets check) a cap on nights away ("a night away a week at most") is not met
  by a role that keeps the hire away more than that, and a role's "two nights a month in
  Frankfurt" is nights away (said by how often before where);
- (held-out 64's weekly misses, after its first run) a bare "STOP" thanked in any language ("STOP
  danke", "stop. Thank you") is still a bare stop; a team's do-not-contact note written as an
  instruction, the verb in the infinitive ("À ne plus solliciter.", "No volver a contactar",
  "Non ricontattare", "Não voltar a contactar"), is an opt-out - narrowed ("... pour du
  freelance", "... por teléfono") it is not;
- (held-out 64's weekly misses) German and Dutch "not before" ("nicht vor Juni", "niet voor
  september", "niet voor de zomer"), French "pas dispo avant juin" and "préavis de deux mois" are
  waits; "ab sofort verfügbar" after "Vergiss März" is free from the day said.
"""

from datetime import date

import pytest

from reading import read
from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 2))
found = _AT.found


def _places(text):
    return {c.value.get("place") for c in read(text, said_at=_AT.said_at) if c.facet == "location"}


@pytest.mark.parametrize(
    "text",
    [
        "heading to Cork next week for a christening, back after",
        "I'll be in Valencia over Christmas with the in-laws",
        "Só depois do verão, vou ao Porto em julho.",
        "going to Vienna in March for a conference",
    ],
)
def test_a_visit_told_with_its_time_is_no_place_wish(text):
    assert _places(text) == set()


@pytest.mark.parametrize(
    ("text", "place"),
    [("moving to Cork in June, wants roles there", "Cork"), ("wants Vienna only", "Vienna")],
)
def test_a_move_or_a_place_asked_for_is_still_read(text, place):
    assert place in _places(text)


@pytest.mark.parametrize(
    "text",
    ["no weekly trips to the Frankfurt office", "happy with the odd trip, just not weekly flights"],
)
def test_travel_refused_that_often_is_a_cap_not_a_refusal_of_all_travel(text):
    got = found(text)
    assert ("travel", "must") in {k[:2] for k in got}
    assert not any(k[:2] == ("travel", "avoid") for k in got)


def test_no_travel_at_all_is_still_refused():
    assert ("travel", "avoid") in {k[:2] for k in found("no travel, full stop")}


@pytest.mark.parametrize(
    "note",
    ["max one night away a month, young kids", "one night away a week at most - young family"],
)
def test_a_cap_on_nights_away_is_not_met_by_a_role_away_more_than_that(note):
    role = dict(description="Week-long trips to Rotterdam every month (four nights).")
    assert goes_against(note, "travel", **role)


def test_a_cap_on_nights_away_is_met_by_day_trips():
    role = dict(description="Occasional day trips to the Slough site.")
    assert suits("max one night away a month, young kids", "travel", **role)


def test_nights_away_said_by_how_often_then_where_are_nights_away():
    facts = role_facts(
        title="Controller", description="Two nights a month in Lyon with the plant team."
    )
    assert facts.overnights is True
    in_the_office = role_facts(title="Controller", description="Two days a week in the office.")
    assert in_the_office.overnights is None


@pytest.mark.parametrize(
    "text", ["STOP danke", "stop. Thank you", "Stop, obrigada", "STOP - cheers"]
)
def test_a_bare_stop_thanked_is_still_a_stop(text):
    assert _AT.opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Entretien tendu, à ne plus solliciter.",
        "Pidió salir de la base. No volver a contactar.",
        "Da non ricontattare.",
        "Pediu para sair da base, não voltar a contactar.",
    ],
)
def test_a_teams_do_not_contact_instruction_in_another_language_is_an_opt_out(text):
    assert _AT.opted_out(text)


@pytest.mark.parametrize(
    "text",
    ["ne plus contacter pour du freelance, CDI seulement", "no volver a contactar por teléfono"],
)
def test_a_narrowed_instruction_is_no_opt_out(text):
    assert not _AT.opted_out(text)


@pytest.mark.parametrize(
    ("text", "until"),
    [
        ("Bitte nicht vor Juni melden.", "2027-06-01"),
        ("niet voor september, eerst de verhuizing", "2027-09-01"),
        ("Niet voor de zomer, druk project.", "2027-06-01"),
        ("pas dispo avant juin, désolé", "2027-06-01"),
        ("préavis de deux mois à faire", "2027-01-01"),
    ],
)
def test_not_before_in_german_dutch_and_french_is_a_wait(text, until):
    assert _AT.wait_until(text) == until


def test_free_from_now_in_german_is_open_from_the_day_said():
    assert _AT.wait_until("Vergiss März, ich bin ab sofort frei.") == "2026-11-01"


def test_a_dutch_not_before_a_person_is_no_wait():
    assert _AT.wait_until("niet voor mij, bedankt") is None
