"""Misreadings noticed in earlier sessions' notes and fixed in the thirteenth, in our own wording:

- a stance held "last time", "last year", "back in 2023", or said in the past tense ("needed
  sponsorship", "only wanted contract work"), given up for what holds "now", "since then" or
  "this time", is dropped (or turned over), as "used to insist on remote, now…" always was;
- citizenship or permanent residence that came through ("got citizenship in June", "PR came
  through last week", "citizenship granted") is a right to work ("PR campaign approved" is not);
- a run of something behind them ("after a string of contracts", "after three start-ups in a
  row", "after several agency roles") is history, not a wish, while "she's after a perm role" or
  "she's after two office days" still asks;
- a verdict on what they do now after it ("back on Azure now and loving it") is a wish;
- a name signed under a bare reply ("STOP - Marisol", "no thanks, Tom", "No thanks.\nAna") leaves
  it bare: still an opt-out, while a stop with a scope keeps its scope whatever is signed under it;
- a journey by its crossing or road ("fine driving over the bridge to Bristol", "the 401 to the
  campus twice a day is a no", "not going into the CBD") is a commute wished for or refused, with
  where it goes ("driving over the bridge" is no "over the pay" cause; "the 401k" is no road);
- a town the role's text names as where it is, near its city ("an academy in Stockport" for an
  opening in Manchester), is the role's place: a refusal of Stockport goes against it, while a
  far city it only mentions ("clients in Paris" for a London office) is not its place;
- touring is travel: a person's "no touring", "not 15 days a month touring" (a share of 0.75 of
  the working month: counts of two digits were not read), a role's "touring 15 to 20 days a
  month", "Touring Bar Supervisor", "six weeks on the road" ("One venue, no touring" is none).
"""

from __future__ import annotations

from datetime import date

import pytest

from reading import read
from tests.fit_helpers import goes_against, suits

OCT = date(2026, 10, 20)


def _read(note: str) -> set[tuple[str, str, str]]:
    return {
        (c.facet, c.polarity, str(next(iter(c.value.values())))) for c in read(note, said_at=OCT)
    }


@pytest.mark.parametrize(
    "note, dropped, held",
    [
        (
            "needed sponsorship last time, now has ILR",
            ("visa", "must", "needs_sponsorship"),
            ("visa", "wish", "has_right_to_work"),
        ),
        (
            "Needed a visa back in 2023; since then got citizenship",
            ("visa", "must", "needs_sponsorship"),
            ("visa", "wish", "has_right_to_work"),
        ),
        (
            "Last year she only wanted contract work; this time she is open to perm",
            ("contract", "must", "contract"),
            ("contract", "wish", "permanent"),
        ),
        (
            "wanted remote back then but now fine with 3 days in office",
            ("work_mode", "wish", "remote"),
            ("work_mode", "wish", "hybrid"),
        ),
        (
            "last time she refused nights; this time she's fine with them",
            ("schedule", "avoid", "nights"),
            ("schedule", "wish", "nights"),
        ),
    ],
)
def test_a_stance_given_up_since_then_is_dropped(note, dropped, held):
    got = _read(note)
    assert dropped not in got
    assert held in got


def test_a_stance_still_held_alongside_the_new_one_is_kept():
    got = _read("she wanted remote, now also open to hybrid")
    assert ("work_mode", "wish", "remote") in got
    assert ("work_mode", "wish", "hybrid") in got


def test_a_past_need_for_sponsorship_given_up_does_not_go_against_a_role_without_it():
    note = "Needed a visa back in 2023; since then got citizenship."
    role = dict(title="Data Engineer", description="We cannot sponsor visas for this role.")
    assert not goes_against(note, "visa", **role)


@pytest.mark.parametrize(
    "note",
    [
        "got citizenship in the summer",
        "PR came through last week",
        "her permanent residency was finally granted",
        "Citizenship approved, ceremony in Jan",
    ],
)
def test_citizenship_or_residence_that_came_through_is_a_right_to_work(note):
    assert ("visa", "wish", "has_right_to_work") in _read(note)


@pytest.mark.parametrize(
    "note",
    [
        "PR campaign approved by the client",
        "citizenship application pending, needs sponsorship till then",
    ],
)
def test_public_relations_or_a_pending_application_is_no_right_to_work(note):
    assert ("visa", "wish", "has_right_to_work") not in _read(note)


@pytest.mark.parametrize(
    "note, history, wanted",
    [
        ("wants perm after a string of contracts", "contract", "permanent"),
        ("after three contracts in a row she wants something permanent", "contract", "permanent"),
        ("after several agency roles she wants in-house", "agency", "in_house"),
        ("after a run of short contracts he's after a perm role", "contract", "permanent"),
    ],
)
def test_a_run_of_something_behind_them_is_history_not_a_wish(note, history, wanted):
    got = _read(note)
    assert not any(pol == "wish" and value == history for _, pol, value in got)
    assert any(pol == "wish" and value == wanted for _, pol, value in got)


def test_after_as_in_wanting_still_asks():
    assert ("contract", "wish", "permanent") in _read("he's after a permanent role")
    got = read("she's after two office days max", said_at=OCT)
    assert any(c.facet == "work_mode" and c.value.get("days") == 2 for c in got)


def test_a_permanent_wish_after_a_string_of_contracts_is_met_by_a_permanent_role():
    note = "Wants perm after a string of contracts."
    assert suits(note, "contract", title="Engineer", description="Permanent, full-time position.")


def test_a_verdict_after_what_they_do_now_is_a_wish():
    assert ("technology", "wish", "azure") in _read("Back on Azure now and loving it")
    assert ("schedule", "avoid", "nights") in _read("did nights for years and hated it")


def test_back_in_a_place_is_a_move_not_a_past_stance():
    got = _read("Back in Leeds from March, staying at her mum's now")
    assert ("location", "wish", "Leeds") in got


def _opted_out(note: str) -> bool:
    return any(
        c.facet == "contact" and c.value.get("kind") == "opt_out" for c in read(note, said_at=OCT)
    )


@pytest.mark.parametrize(
    "note",
    ["STOP - Marisol", "no thanks - Lazarus", "STOP. Marisol", "No thanks.\nAna", "no thanks, JP"],
)
def test_a_name_signed_under_a_bare_reply_leaves_it_an_opt_out(note):
    assert _opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "no thanks to this one - Lazarus",
        "stop calling me at work - Ana",
        "STOP sending the Leeds roles, Manchester ones fine - Tom",
    ],
)
def test_a_scoped_stop_stays_scoped_whatever_is_signed_under_it(note):
    assert not _opted_out(note)


def _commute(note: str) -> list[tuple[str, dict]]:
    return [(c.polarity, c.value) for c in read(note, said_at=OCT) if c.facet == "commute"]


@pytest.mark.parametrize(
    "note, polarity, to",
    [
        ("Lives in Chepstow, fine driving over the bridge to Bristol.", "wish", "Bristol"),
        ("ok with the commute to Reading", "wish", "Reading"),
        ("Oshawa - the 401 to the Toronto office twice a day is a no.", "avoid", "Toronto"),
        ("the M4 into Cardiff every day is out of the question", "avoid", "Cardiff"),
        ("Lives in Penrith - not going into the CBD.", "avoid", "CBD"),
        ("won't head downtown every day", "avoid", "downtown"),
    ],
)
def test_a_journey_by_its_road_or_crossing_is_a_commute_to_where_it_goes(note, polarity, to):
    assert (polarity, to) in {(pol, value.get("to")) for pol, value in _commute(note)}


def test_a_crossing_is_no_cause_and_a_pension_is_no_road():
    assert ("location", "avoid", "Bristol") not in _read("fine driving over the bridge to Bristol")
    assert not _commute("pays into the 401k every month")
    # the verdict of another thing later in the sentence is not the journey's
    assert not any(
        pol == "avoid"
        for pol, _ in _commute("max 30 km each way, he says anything south of the river is a no")
    )


def test_a_refused_journey_to_the_roles_town_goes_against_an_on_site_role():
    role = dict(title="Maths Teacher", location="Toronto, Canada", remote_policy="onsite")
    assert goes_against("the 401 to the Toronto campus every day is a no", "commute", **role)


def test_a_town_the_role_names_near_its_city_is_its_place():
    role = dict(
        title="Science Teacher",
        description="Teach science in an 11-16 academy in Stockport.",
        location="Manchester, UK",
        remote_policy="onsite",
    )
    assert goes_against("won't work in Stockport, the M60 at rush hour is a no", "location", **role)
    far = dict(
        title="Engineer",
        description="You will support our clients in Paris.",
        location="London, UK",
        remote_policy="onsite",
    )
    assert not goes_against("won't work in Paris", "location", **far)


def test_touring_refused_or_capped_is_travel():
    assert ("travel", "avoid", "None") in _read("no touring for me, local gigs only")
    got = read("ok with day trips but NOT 12 days a month touring", said_at=OCT)
    assert any(c.facet == "travel" and c.value.get("share") == 0.6 for c in got)


def test_a_tour_or_touring_days_are_the_roles_travel():
    from reading.role_facts import role_facts

    rep = role_facts(
        title="Territory Rep", description="Visit dealers; touring 15 to 20 days a month."
    )
    assert rep.travel_share == 0.75
    tour = role_facts(title="Touring Sound Engineer", description="Six weeks on the road.")
    assert tour.travel_share
    resident = role_facts(title="Stage Technician", offers=["One venue, no touring"])
    assert not resident.travel_share


def test_a_role_touring_its_region_goes_against_a_touring_refusal():
    role = dict(title="Touring Bar Supervisor", description="Tour the festival circuit all summer.")
    assert goes_against("no touring for me, can't leave the dog", "travel", **role)
