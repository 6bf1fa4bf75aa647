"""Known misses of held-out 69 (executive search, UK/US/DE/FR), by class, in our own words.

1. A wait said with the time first and the "no" after it, in German ("Vor Ostern ist ein
   Wechsel ausgeschlossen", "vor der Hauptversammlung im Juni ... nicht in Frage") and French
   ("aucun départ avant mars", "pas de changement avant la rentrée"): counted from the day said,
   so one said long ago has run out. Near misses: "vor Ort", "avant tout", "la rentrée de janvier".
2. French "s'installer à <place>" is a move there ("prête à s'installer à Nantes"); settling into
   a job ("le temps de m'installer") or going self-employed ("à son compte") is not.
3. A role's travel said as a calendar week away ("a monthly week in Boston", "quarterly week at
   the Denver office") travels; "no regular travel" / "no routine travel" is none (not "regular
   travel").
4. A company named as a producer of its fuel ("an onshore gas producer", "a North Sea oil
   producer") is in oil and gas, against a person's "no oil and gas".
"""

from __future__ import annotations

from datetime import date

from reading.role_facts import role_facts
from tests.fit_helpers import goes_against
from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 11, 1))


# --- 1. the time first, the "no" after it --------------------------------------------------


def test_german_time_first_refusal_is_a_wait():
    assert AT.wait_until("Vor Ostern ist ein Wechsel für ihn ausgeschlossen.") is not None
    assert AT.wait_until("Vor März kommt das nicht in Frage, danach gerne.") == "2027-03-01"
    agm = "Vor der Hauptversammlung im Juni kommt ein Jobwechsel nicht infrage."
    assert AT.wait_until(agm) == "2027-06-01"
    # said long ago: the June it meant has been and gone
    assert AT.wait_until(agm, said_at=date(2026, 1, 10)) in (None, "2026-06-01")


def test_german_vor_without_a_refusal_is_no_wait():
    assert AT.wait_until("Vor Ort ist das kein Problem, gern drei Tage im Büro.") is None
    assert AT.wait_until("Vor Juni hatte sie Urlaub, jetzt ist sie offen.") is None


def test_french_noun_between_no_and_before_is_a_wait():
    assert AT.wait_until("aucun départ avant mars, il finit son mandat") == "2027-03-01"
    assert AT.wait_until("Pas de changement de poste avant la rentrée.") == "2027-09-01"
    # the rentrée named by another month is that month
    assert AT.wait_until("Pas avant la rentrée de janvier") == "2027-01-01"
    assert AT.wait_until("pas de changement avant tout, elle veut du sens") is None


# --- 2. s'installer somewhere ---------------------------------------------------------------


def test_french_settling_in_a_place_is_a_move():
    found = AT.found("Elle est prête à s'installer à Nantes avec les enfants.")
    assert any(k[:2] == ("relocation", "wish") for k in found)
    assert any(k[:3] == ("location", "wish", "nantes") for k in found)


def test_french_settling_into_a_job_is_no_move():
    assert not any(k[0] == "relocation" for k in AT.found("Donnez-lui six mois pour s'installer."))
    assert not any(k[0] == "relocation" for k in AT.found("Il va s'installer à son compte."))


# --- 3. a role's calendar week away ----------------------------------------------------------


def test_a_roles_monthly_week_away_travels():
    facts = role_facts(title="Chief Operating Officer", description="A monthly week in Boston.")
    assert facts.travel_share and facts.travel_share > 0.1
    facts = role_facts(
        title="Chief Product Officer", description="Quarterly week at the Denver office."
    )
    assert facts.travel_share and 0 < facts.travel_share < 0.15
    # a week in the office of a remote role is not a trip
    facts = role_facts(
        title="Head of Data", description="Remote, with a quarterly week at the office."
    )
    assert not facts.travel_share


def test_a_role_with_no_regular_travel_has_none():
    assert (
        role_facts(
            title="Finance Director", description="No regular travel - one site."
        ).travel_share
        == 0.0
    )
    assert role_facts(
        title="Finance Director", description="Regular travel to the plants."
    ).travel_share


def test_a_no_travel_person_is_not_held_against_a_no_regular_travel_role():
    assert not goes_against(
        "Quit the last job over weekly flights; wants basically no travel",
        "travel",
        description="No regular travel - one site, one board.",
    )


# --- 4. a producer named by its fuel ----------------------------------------------------------


def test_a_fuel_producer_is_in_oil_and_gas():
    facts = role_facts(title="Finance Director", description="FD of an onshore gas producer.")
    assert "oil and gas" in facts.industries
    assert goes_against(
        "no oil and gas for me", "industry", description="CFO of a North Sea oil producer."
    )
    assert (
        "oil and gas"
        not in role_facts(
            title="Finance Director", description="Gas producer prices drive our hedging."
        ).industries
    )
