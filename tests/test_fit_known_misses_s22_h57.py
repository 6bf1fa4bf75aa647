"""Known misses of held-out 57, by class, in our own wording.

Classes:
1. A clearance's "held / valid / live till <year>" is how long it runs, not a wait: a year to come
   is a clearance held now, a year gone one that lapsed ("DV live till 29" holds; "held NV1 till
   2023" does not), and the date never holds the person back.
2. A role's "N days a week at / in <somewhere>" (a named building, a suburb, "from home") is its
   office pattern, not part-time hours - wherever the place is called; "N days a week in term
   time" or "at £20 an hour" still are part-time hours.
3. A person's "not doing <town> N days a week" / "won't come in to <town> N days a week" refuses
   office days in that town, not part-time hours.
4. French travel: "aucun déplacement", "pas de déplacements", "ne veut plus voyager" refuse
   travel; "les déplacements, ça me plaît", "j'aime les déplacements", "prête à me déplacer"
   want it; "les déplacements ne me plaisent plus" refuses it; "aucun" is none at all.
5. A place inside a title or what is named after one ("the Prince of Wales Bridge", "the
   Duchess of Cornwall's hospital") is no place wanted or refused; the place said plainly still is.
6. A stop taken back: "changed my mind - keep me posted / in the loop", and a recalled stop
   turned with "please do write", lift an earlier opt-out; "haven't changed my mind" does not.
"""

from __future__ import annotations

from datetime import date

from reading import read
from reading.role_schedule import role_schedule
from tests.reading_helpers import ReadAt

R = ReadAt(date(2026, 11, 1))


def _facets(text: str) -> set[tuple]:
    return {(f[0], f[1]) for f in R.found(text)}


# 1. clearance validity dates


def test_clearance_valid_till_a_year_to_come_is_held_and_no_wait():
    for text in (
        "DV live till 29, would move for the right programme.",
        "She holds SC, valid until 2028.",
        "ctc held at the Home Office until March 2030",
        "His SC expires 2029.",
    ):
        assert R.wait_until(text) is None, text
        assert ("clearance", "wish") in _facets(text), text


def test_clearance_held_till_a_year_gone_has_lapsed():
    assert ("clearance", "avoid") in _facets("Held DV at the MOD until 2023.")
    assert ("clearance", "wish") not in _facets("Held DV at the MOD until 2023.")


def test_clearance_beside_a_real_wait_keeps_the_wait():
    text = "SC cleared, but on leave until March 2027."
    assert R.wait_until(text) == "2027-03-01"
    assert ("clearance", "wish") in _facets(text)


# 2. a role's office days at a place


def test_role_days_at_a_named_place_are_office_days_not_part_time():
    for text in (
        "hybrid, two days a week at the dvla swansea office",
        "three days a week in wythenshawe",
        "two days a week at victoria quay",
        "2 days a week from home",
    ):
        assert "part_time" not in role_schedule(text)[0], text


def test_role_part_time_days_still_part_time():
    for text in (
        "3 days a week in term time",
        "two days a week at £20 an hour",
        "part-time, 3 days a week",
    ):
        assert "part_time" in role_schedule(text)[0], text


# 3. a town's office days refused


def test_town_days_refused_are_office_days():
    for text in (
        "Not doing Swindon four days a week, the M4 is a car park.",
        "he won't come in to Reading three days a week",
    ):
        got = _facets(text)
        assert ("work_mode", "avoid") in got, text
        assert ("schedule", "avoid") not in got, text


def test_part_time_wanted_still_part_time():
    assert ("schedule", "must") in _facets("Only two days a week - caring for her dad.")


# 4. French travel


def test_french_travel_refused():
    for text in (
        "Aucun déplacement possible pour lui en ce moment.",
        "Pas de déplacements, j'ai deux petits.",
        "Elle ne veut plus voyager.",
        "Les déplacements ne me plaisent plus du tout.",
    ):
        assert ("travel", "avoid") in _facets(text), text


def test_french_travel_wanted():
    for text in (
        "Les voyages en région, ça lui plaît bien.",
        "J'adore les déplacements.",
        "Prêt à me déplacer partout au Québec.",
    ):
        got = _facets(text)
        assert ("travel", "wish") in got and ("travel", "avoid") not in got, text


def _travel_shares(text: str) -> list:
    return [c.value.get("share") for c in read(text, said_at=R.said_at) if c.facet == "travel"]


def test_french_none_at_all_is_no_travel_whatever_the_share():
    # "aucun" is none at all, as "zero travel": even a trip a quarter is too much; a bare "pas
    # de" is a plain refusal that may still take the odd trip
    assert _travel_shares("Aucun déplacement cette année, il a les enfants.") == [0.0]
    assert _travel_shares("Pas de déplacements si possible.") == [None]


# 5. a place in a title


def test_place_in_a_title_is_no_location():
    for text in (
        "Fine driving over the Prince of Wales Bridge every day.",
        "Won't go back to the Princess of Wales hospital, the parking is awful.",
    ):
        assert not any(f[0] == "location" for f in R.found(text)), text


def test_place_said_plainly_still_a_location():
    assert ("location", "avoid") in _facets("Won't work in Wales again.")


# 6. a stop taken back


def test_changed_mind_keep_me_posted_lifts_a_stop():
    for text in (
        "He's changed his mind, keep him posted on DV roles.",
        "I told you to stop in March - things are different now, please do write.",
    ):
        assert ("contact", "wish") in _facets(text), text


def test_stop_kept_is_no_opt_in():
    assert R.opted_out("Not changed my mind at all, keep me off your list.")
    assert ("contact", "wish") not in _facets("Please do write down the salary for me.")
