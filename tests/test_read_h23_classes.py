"""Readings of the kinds a first run of held-out 23 got wrong, in our own words:

- Irish stops ("ná déan teagmháil liom", "ná cuir glao orm arís", "bain mé den liosta", "scrios
  m'uimhir"); twins: a call refused only before an hour or in the morning, "ná" meaning "than".
- papers not needed, listed ("no visa or sponsorship required", a list the clause splitter cuts at
  its "or"), and a new certificate of sponsorship needed; twins: "no visa, LMIA needed", "cos"
  meaning "because".
- full-time asked for by the post ("needs a full-time job") and part-time that "won't cover it";
  a weekly cap with a half or too long for a day ("18.5 hrs max"); twins: "8 hours max" (a
  shift), "max 20 hours overtime", "up to 30 hours".
- a journey capped with "travel" ("won't travel over 25 mins"): a commute, not travel in the job;
  twins: a share of the time, hours a month.
- "not only / not just / doesn't have to be X": no refusal of X; twin: "not just X either".
- a pay floor said "at minimum" or "as a bare minimum" after the figure.
- a journey said to be no problem ("a 35 minute drive is no bother") is no cap; twin: "... is fine,
  but no longer than that".
- one weekend day refused, or kept free ("Sundays are for mass"); twin: both days refused.
- an earlier wait taken back ("scrap what I told you about June"), then ready with no "now": open
  from the day said; twin: taken back for a later wait.

Sentences are our own."""

from datetime import date

import pytest

from reading import read
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found, opted_out = _AT.found, _AT.opted_out
SPONSOR = ("visa", "must", "needs_sponsorship")
RIGHT = ("visa", "wish", "has_right_to_work")
FULL_TIME = ("schedule", "avoid", "part_time")
PART_TIME = ("schedule", "must", "part_time")


def _keys(text):
    return {k[:3] for k in found(text)}


# --- Irish stops ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ná déan teagmháil liom níos mó, go raibh maith agat.",
        "na dean teagmhail liom aris",
        "Ná cuir glao orm arís le do thoil, tá post nua agam.",
        "Bain mé den liosta, le do thoil.",
        "Scrios m'uimhir, níl suim agam.",
    ],
)
def test_an_irish_stop_is_read(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ná cuir glao orm roimh a dó a chlog, táim ag obair.",
        "Ná glaoigh orm ar maidin - tráthnóna is fearr.",
        "Is fearr liom téacs ná glao, le do thoil.",
    ],
)
def test_an_irish_narrowed_call_is_no_stop(text):
    assert not opted_out(text)


# --- visa papers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Became a citizen last spring so no visa or sponsorship required any more.",
        "Settled now - no work permit or LMIA needed.",
        "has ILR, so no visa nor sponsorship necessary",
    ],
)
def test_papers_listed_as_not_needed_are_no_need(text):
    got = _keys(text)
    assert RIGHT in got and SPONSOR not in got


@pytest.mark.parametrize(
    "text",
    [
        "Any new home would need to assign her a fresh CoS.",
        "She'd need us to assign her a new CoS.",
    ],
)
def test_a_new_certificate_of_sponsorship_is_a_need(text):
    assert SPONSOR in _keys(text)


@pytest.mark.parametrize(
    "text", ["no work permit, LMIA needed", "left cos the CoS on her old job ran out ages ago"]
)
def test_near_misses_of_papers_are_not_read_as_no_need(text):
    assert RIGHT not in _keys(text)


# --- hours -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Needs a full-time job now the kids are older.",
        "She's only looking for a full-time 40 hour post.",
        "Part-time won't cover it with the rent going up.",
        "part time doesn't cover our outgoings",
    ],
)
def test_full_time_asked_for_refuses_part_time(text):
    got = _keys(text)
    assert (
        FULL_TIME in got and PART_TIME not in got and ("schedule", "wish", "part_time") not in got
    )


@pytest.mark.parametrize(
    "text", ["18.5 hrs max for now", "wants no more than 22.5 hours", "25 hours max around school"]
)
def test_a_weekly_hours_cap_is_part_time(text):
    assert PART_TIME in _keys(text)


@pytest.mark.parametrize(
    "text",
    ["8 hours max per shift", "max 20 hours overtime", "up to 30 hours", "max 15 hours a month"],
)
def test_near_misses_of_a_weekly_cap_are_not_part_time(text):
    assert PART_TIME not in _keys(text)


# --- a journey capped with "travel" -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("Won't travel over 25 mins to the surgery, has a toddler.", 25),
        ("She can't travel more than half an hour each day.", 30),
    ],
)
def test_travel_capped_in_minutes_is_a_commute(text, minutes):
    got = read(text, said_at=_AT.said_at)
    assert [c.value.get("minutes") for c in got if c.facet == "commute"] == [minutes]
    assert not any(c.facet == "travel" for c in got)


@pytest.mark.parametrize(
    "text", ["won't travel more than 20% of the time", "won't travel more than 8 hours a month"]
)
def test_travel_shares_stay_travel(text):
    got = found(text)
    assert any(k[0] == "travel" for k in got) and not any(k[0] == "commute" for k in got)


# --- "not only X" ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "facet"),
    [
        ("Not just fintech, open to any sector really.", "industry"),
        ("not only nights, happy on days as well", "schedule"),
        ("Doesn't have to be the NHS, she'd look at private clinics.", "company"),
        ("not only startups - a bigger firm is fine", "company"),
    ],
)
def test_not_only_refuses_nothing(text, facet):
    assert not any(k[0] == facet and k[1] == "avoid" for k in found(text))


def test_not_just_x_either_still_refuses():
    assert ("schedule", "avoid", "weekends") in _keys("no nights, and not just weekends either")


# --- pay floors said after the figure ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Wants 95k at minimum to move.", "80k at the very minimum, she says", "80k as a bare minimum"],
)
def test_a_floor_said_after_the_figure(text):
    pay = _AT.first_pay(text)
    assert pay and pay["kind"] == "floor"


# --- a journey said to be no problem -----------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["A 35 minute drive is no bother for her.", "doesn't mind a 50 minute drive each way"]
)
def test_a_journey_said_to_be_no_problem_is_no_cap(text):
    got = read(text, said_at=_AT.said_at)
    assert [c.polarity for c in got if c.facet == "commute"] == ["wish"]


def test_a_journey_no_problem_but_no_longer_stays_a_cap():
    got = read("40 mins each way is fine, but no longer than that", said_at=_AT.said_at)
    assert [c.polarity for c in got if c.facet == "commute"] == ["must"]


# --- one day of the weekend ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Observes the Sabbath - no Saturdays, though Sundays are OK.", "saturday"),
        ("Sundays are for mass and her grandchildren.", "sunday"),
        ("happy to work Saturdays but won't do Sundays", "sunday"),
    ],
)
def test_one_weekend_day_refused(text, day):
    got = read(text, said_at=_AT.said_at)
    weekends = [c for c in got if c.facet == "schedule" and c.value["kind"] == "weekends"]
    assert [(c.polarity, c.value.get("day")) for c in weekends] == [("avoid", day)]


@pytest.mark.parametrize(
    "text", ["no Saturdays and no Sundays either", "no weekends at all, Sundays least of all"]
)
def test_both_weekend_days_refused_are_the_weekend(text):
    got = read(text, said_at=_AT.said_at)
    weekends = [c for c in got if c.facet == "schedule" and c.value["kind"] == "weekends"]
    assert weekends and all(c.polarity == "avoid" and "day" not in c.value for c in weekends)


# --- an earlier wait taken back, then ready with no "now" --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Scrap what I told you about June - the reorg is done, ready to talk.",
        "ignore my earlier email about the spring, good to go",
    ],
)
def test_a_wait_taken_back_opens_from_the_day_said(text):
    assert _AT.wait_until(text) == "2026-11-01"


def test_a_wait_taken_back_for_a_later_one_keeps_the_later():
    text = "Forget what I said about June - not ready to talk till the autumn now."
    assert _AT.wait_until(text) == "2027-09-01"
