"""A no-show is an absence, not a refusal: "no call no show to the onsite" says nothing against
working on site and nothing about the phone, while "no onsite please" still refuses the office;
and a process ended over conduct counts against the person even when its note also reads as an
objection this role would resolve."""

from datetime import date, timedelta

import pytest

from data.timeutil import utcnow
from matching.past_reason import past_reason_fit
from matching.role import role_from_opening
from reading import read
from tests.factories import make_application, make_candidate, make_opening

SAID = date(2026, 6, 1)


@pytest.mark.parametrize(
    "note",
    [
        "no call no show to the onsite, then rude to the coordinator",
        "No-show for the onsite interview.",
        "Was a no show at the office visit last Tuesday.",
        "NCNS - no call no show x2",
        "no call/no show at the assessment centre",
        "No call, no show for her first shift",
    ],
)
def test_a_no_show_reads_as_no_refusal_of_the_office_or_the_phone(note):
    found = {(c.facet, c.polarity) for c in read(note, said_at=SAID)}
    assert ("work_mode", "avoid") not in found
    assert ("contact", "avoid") not in found


@pytest.mark.parametrize("note", ["no onsite please, remote only", "No office. Ever."])
def test_a_plain_no_still_refuses_the_office(note):
    assert ("work_mode", "avoid") in {(c.facet, c.polarity) for c in read(note, said_at=SAID)}


def test_conduct_counts_even_when_the_note_reads_as_a_resolved_objection(session):
    opening = make_opening(session, remote_policy="remote")
    person = make_candidate(session)
    app = make_application(
        session,
        person,
        reason="conduct",
        reason_note="Refused to come onsite, then rude to the coordinator. Do not re-engage.",
        decided_at=utcnow() - timedelta(days=60),
    )
    session.commit()
    score, reasons = past_reason_fit(role_from_opening(opening), person, [app], utcnow())
    assert any(r.sentence.endswith("over conduct.") for r in reasons)
    assert score <= 0
