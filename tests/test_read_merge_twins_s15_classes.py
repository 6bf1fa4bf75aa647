"""Readings a merge of three rounds put side by side, each a class of its own:

- a relative named bare before what they do ("partner also WFH") is not the person's term;
- one kind of coal refused ("won't do thermal coal") is not the whole trade refused;
- weekends that are the children's ("so he can do custody weekends") are no weekend work;
- an NHS sub-band said bare ("acting up at 8b", "8b posts only") is a grade;
- travel done as a routine, then a verdict ("flew out every week ... Hated it") is travel refused.

The twins keep their reading: the person's own WFH, coal refused outright, weekends refused, 8am,
a trip made once.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 10, 1))


def facets(note: str) -> set[tuple[str, str]]:
    return {k[:2] for k in AT.found(note)}


def test_a_partners_home_working_is_not_the_persons():
    found = AT.found("Wants an office, small flat and husband also WFH - 4 days in ideally.")
    assert ("work_mode", "must", "remote") not in found
    assert ("work_mode", "wish", "remote") in AT.found("WFH please, husband too")


def test_one_kind_of_coal_refused_is_not_the_trade():
    assert ("industry", "avoid") not in facets("won't touch thermal coal, coking coal is fine")
    assert ("industry", "avoid") in facets("won't work in coal at all")


@pytest.mark.parametrize("note", ["needs custody weekends free", "access weekends with his son"])
def test_the_childrens_weekends_are_no_weekend_work(note):
    assert ("schedule", "avoid") not in facets(note)
    assert ("schedule", "must") not in facets(note)


def test_weekends_refused_stay_refused():
    assert ("schedule", "avoid", "weekends") in AT.found("no weekends, has the kids")


def test_a_bare_nhs_sub_band_is_a_grade():
    got = [
        k
        for k in AT.found("been acting at 8c for a year, 8c posts only now")
        if k[0] == "seniority"
    ]
    assert got and all(k[1] == "must" for k in got)
    assert not [k for k in AT.found("interview at 8am on Monday") if k[0] == "seniority"]


def test_travel_done_every_week_then_hated_is_refused():
    assert ("travel", "avoid") in facets("Flew to Aberdeen every week for a year. Hated it.")
    assert ("travel", "avoid") not in facets("flew to Aberdeen for the final interview")


def test_a_roles_routine_site_visits_are_travel():
    from reading.role_facts import role_facts

    visits = role_facts(
        title="Site Manager",
        description="Based in Doha with weekly site visits to Lusail (flights booked for you).",
    )
    meeting = role_facts(title="Site Manager", description="Weekly site meeting with the client.")
    assert visits.travel_share and not meeting.travel_share
