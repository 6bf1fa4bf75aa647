"""Classes the last strangers' sets left, fixed before the next ones were read, in our own wording.

- A neighbouring town is a commute, not a move: someone in Rochester Hills is not "living
  elsewhere" for an office in Auburn Hills, while Ann Arbor, an hour away, still is. Towns come
  from GeoNames (``reading.gazetteer``); a town it does not know is judged as before.
- An offer turned down over pay names what we offered, not what they asked: "our offer was $96k"
  is not resolved by a band that tops out at $98k.
- A cause shrugged off ("the travel doesn't bother me one bit") is fine with it, and the one named
  in the next sentence ("the non-compete in your last offer did") is the objection.
- (From held-out 44's first run, after it was read) a wait to a named day ("till 18 December")
  holds to that day, not to the month's first.
- Office days at a named place ("five days a week in Dearborn", "three days at the plant") are
  office days; a cause passed over ("it wasn't five days in Dearborn, it was the money") is none.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from matching.fit import location_judgement
from matching.judgements import ConditionFact
from reading import read
from reading.gazetteer import km_between, towns
from reading.role_facts import role_facts
from tests.reading_helpers import ReadAt


def _onsite(location: str):
    return role_facts(title="Mechanical Engineer", location=location, remote_policy="onsite")


def test_towns_are_told_apart_by_their_state_or_country():
    assert [t.country for t in towns("Birmingham, AL")] == ["US"]
    assert [t.country for t in towns("Birmingham, UK")] == ["GB"]
    assert km_between("Rochester Hills, MI", "Auburn Hills, MI") < 10
    assert km_between("Ann Arbor, MI", "Auburn Hills, MI") > 50
    assert km_between("Nowhere-on-Sea", "London") is None


@pytest.mark.parametrize(
    "home, office",
    [
        ("Rochester Hills, MI", "Auburn Hills, MI"),
        ("Livonia, MI", "Dearborn, MI"),
        ("Mississauga, ON", "Toronto, ON"),
    ],
)
def test_a_neighbouring_town_is_a_commute_not_a_move(home, office):
    assert location_judgement(home, [], _onsite(office)) is None


@pytest.mark.parametrize(
    "home, office",
    [("Ann Arbor, MI", "Auburn Hills, MI"), ("Oshawa, ON", "Mississauga, ON"), ("Leeds", "York")],
)
def test_a_town_an_hour_away_is_still_elsewhere(home, office):
    got = location_judgement(home, [], _onsite(office))
    assert got is not None and got.facet == "location", got


def test_a_tight_journey_cap_holds_only_for_a_town_next_door():
    def cap(minutes):
        return ConditionFact(1, "commute", "must", {"minutes": minutes}, "max", None, "touch", 1)

    office = _onsite("Auburn Hills, MI")
    assert location_judgement("Rochester Hills, MI", [cap(30)], office) is None
    got = location_judgement("Ann Arbor, MI", [cap(30)], office)
    assert got is not None and got.kind == "unmet" and "30 minutes" in got.sentence


def _declined_over_pay(note: str, band_max: int):
    from data.models import Application, Candidate, Opening
    from matching.past_reason import _judge
    from matching.role import Role

    past = Opening(id=1, title="Senior FP&A Analyst", salary_max=band_max, remote_policy="onsite")
    app = Application(
        id=1,
        candidate_id=1,
        opening_id=1,
        stage_reached="offer",
        outcome="declined_offer",
        reason="compensation",
        reason_note=note,
        decided_at=datetime(2026, 4, 1, tzinfo=UTC),
    )
    app.opening = past
    return lambda top: _judge(
        Role(title="Senior FP&A Analyst", requirements="", salary_max=top),
        Candidate(id=1, full_name="A"),
        app,
        datetime(2026, 11, 23, tzinfo=UTC),
    )


@pytest.mark.parametrize(
    "note",
    [
        "Declined - base needed to be higher. Our offer was $96k.",
        "Turned us down, we offered her $96k and she wanted more",
        "declined at offer stage (offer of $96k), comp",
    ],
)
def test_an_offer_declined_over_pay_is_not_resolved_by_the_same_band(note):
    judge = _declined_over_pay(note, 98_000)
    same = judge(98_000)
    assert same is not None and same[0] < 0 and "our offer was 96k" in same[1], same
    assert judge(115_000)[0] > 0


def test_an_ask_in_the_note_is_still_the_ask():
    judge = _declined_over_pay("Declined: asked for $120k, band capped at $105k", 105_000)
    assert judge(125_000)[0] > 0
    assert judge(110_000)[0] < 0


# --- Reading: a cause shrugged off, and office days at a named place ------------------------

AT = ReadAt(date(2026, 10, 1))


def _facets(note: str) -> set[tuple]:
    return {f[:2] for f in AT.found(note)}


@pytest.mark.parametrize(
    "note, wanted",
    [
        ("The travel doesn't bother me one bit. The non-compete in your last offer did.", "wish"),
        (
            "The non-compete doesn't bother me at all. The 40% travel in your last offer did.",
            "avoid",
        ),
        ("overnight travel doesn't faze her", "wish"),
    ],
)
def test_a_cause_shrugged_off_is_fine_and_the_one_named_next_is_the_objection(note, wanted):
    assert ("travel", wanted) in _facets(note), AT.found(note)


@pytest.mark.parametrize(
    "note, days",
    [
        ("It wasn't the money that made me turn it down - it was five days a week in Dearborn.", 5),
        ("said no to four days a week in Canary Wharf", 4),
        ("won't do 3 days a week at the plant", 3),
        ("declined, couldn't do five days a week in person", 5),
    ],
)
def test_office_days_at_a_named_place_are_office_days(note, days):
    found = [c for c in read(note, said_at=AT.said_at) if c.facet == "work_mode"]
    assert [(c.polarity, c.value.get("days")) for c in found] == [("avoid", days)], found


@pytest.mark.parametrize(
    "note",
    [
        "It wasn't five days in Dearborn that made me turn it down - it was the money.",
        "it wasn't 4 days in the office, it was the money",
        "works 3 days a week in retail",
        "plays 2 days a week in a band",
    ],
)
def test_office_days_passed_over_or_at_no_place_are_no_objection(note):
    assert not [f for f in AT.found(note) if f[0] == "work_mode"], AT.found(note)


# --- Waits to a day: "till 18 December" holds to the 18th, not only to December's first ------

NOV = ReadAt(date(2026, 11, 2))


@pytest.mark.parametrize(
    "note, day",
    [
        ("on the rig till 18 December, call me after", "2026-12-18"),
        ("busy until Dec 18th with the migration", "2026-12-18"),
        ("not before the 15th of March please", "2027-03-15"),
    ],
)
def test_a_wait_to_a_named_day_holds_to_that_day(note, day):
    waits = [c.value for c in read(note, said_at=NOV.said_at) if c.facet == "wait"]
    assert waits and waits[0]["day"] == day and waits[0]["until"] == day[:8] + "01", waits


def test_a_wait_to_a_month_alone_still_holds_to_its_first():
    waits = [c.value for c in read("not before March please", said_at=NOV.said_at)]
    assert waits == [{"until": "2027-03-01"}], waits


def test_the_weekly_list_leaves_someone_be_until_the_day_they_named():
    from matching.judgements import ConditionFact, wait_until

    (c,) = [c for c in read("on the rig till 18 December", said_at=NOV.said_at)]
    fact = ConditionFact(
        1, c.facet, c.polarity, c.value, "till 18 December", NOV.said_at, "touch", 1
    )
    assert wait_until(fact) == date(2026, 12, 18)


def test_office_days_refused_in_the_clause_after_them_are_refused():
    note = "Declined: five days a week in Leeds, which she'd said all along she couldn't do."
    found = [c for c in read(note, said_at=AT.said_at) if c.facet == "work_mode"]
    assert [(c.polarity, c.value.get("days")) for c in found] == [("avoid", 5)], found


def test_a_hybrid_wish_stands_beside_five_office_days_refused():
    note = "Not 5 days onsite. Would come back for a hybrid role."
    assert {("work_mode", "avoid"), ("work_mode", "wish")} <= _facets(note), AT.found(note)


def test_pay_they_are_on_plus_a_bonus_is_no_floor():
    note = "won't move for less than $200k base - she's at $185k plus a 20% bonus now"
    floors = [c.value["amount"] for c in read(note, said_at=AT.said_at) if c.facet == "pay"]
    assert floors == [200_000], floors


# --- What the session's merge exposed ------------------------------------------------------


def test_a_place_named_after_a_feast_is_no_time():
    note = "On swing at Christmas Creek till 30 Oct, ring after."
    waits = [c.value for c in read(note, said_at=date(2026, 9, 14)) if c.facet == "wait"]
    assert waits == [{"until": "2026-10-01", "day": "2026-10-30"}], waits


def test_a_place_in_office_days_passed_over_is_passed_over_with_them():
    note = "It wasn't five days in Leeds that made her say no - it was the money."
    assert not [f for f in AT.found(note) if f[0] in ("work_mode", "location")], AT.found(note)
