"""Last time's reason judged against this role: a withdrawal for want of a work permit is
resolved when the role now sponsors one (in any permit's words), an offer turned down over an
on-call rota is resolved when the role has none; against a role that still does not sponsor,
or still has the rota, the reason stands."""

from datetime import date

import pytest

from matching.fit import judge
from matching.judgements import ConditionFact
from reading import read
from reading.role_facts import role_facts

SAID = date(2026, 3, 1)
LAST = 7  # the id of their latest application


def last_time(note: str, **role) -> set[str]:
    """The kinds of judgement read from the note on the latest process, against ``role``."""
    conditions = [
        ConditionFact(
            i, c.facet, c.polarity, c.value, note[c.start : c.end], SAID, "application", LAST
        )
        for i, c in enumerate(read(note, said_at=SAID))
    ]
    role.setdefault("title", "Engineer")
    return {
        j.kind
        for j in judge(conditions, role_facts(**role), last_process=LAST, today=SAID)
        if j.last_time
    }


PERMIT_NOTES = [
    "Withdrew at final stage: on Stamp 1G, needed a Critical Skills Employment Permit and we "
    "weren't sponsoring then",
    "pulled out - would have needed a work permit, we couldn't sponsor",
    "cand withdrew, needs H-1B sponsorship which we didn't do at the time",
    "She withdrew because she'd need a Skilled Worker visa and we had no licence.",
]
SPONSORS = [
    "We sponsor Critical Skills Employment Permits",
    "Visa sponsorship available",
    "We can sponsor H-1B visas",
    "Skilled Worker visa sponsorship offered",
]


@pytest.mark.parametrize("note", PERMIT_NOTES)
@pytest.mark.parametrize("offer", SPONSORS)
def test_a_permit_withdrawal_is_resolved_when_the_role_sponsors(note, offer):
    assert last_time(note, remote_policy="hybrid", location="Dublin", offers=[offer]) == {
        "resolved"
    }


@pytest.mark.parametrize("note", PERMIT_NOTES)
def test_a_permit_withdrawal_still_stands_when_the_role_cannot_sponsor(note):
    got = last_time(
        note, remote_policy="hybrid", location="Dublin", offers=["We are unable to sponsor visas"]
    )
    assert got == {"standing"}


ROTA_NOTES = [
    "declined offer: the 24/7 on-call rota was the dealbreaker",
    "Turned the offer down over the 24/7 pager",
    "declined - wasn't willing to do the on call rotation",
    "offer declined, cited the out-of-hours on-call",
]
NO_ON_CALL = [
    "No on-call: a follow-the-sun support team covers nights",
    "No pager",
    "Business hours support only",
    "There is no on-call rota in this team",
]


@pytest.mark.parametrize("note", ROTA_NOTES)
@pytest.mark.parametrize("offer", NO_ON_CALL)
def test_an_on_call_refusal_is_resolved_when_the_role_has_none(note, offer):
    assert last_time(note, remote_policy="remote", location="Remote (Canada)", offers=[offer]) == {
        "resolved"
    }


@pytest.mark.parametrize("note", ROTA_NOTES)
def test_an_on_call_refusal_still_stands_against_a_rota(note):
    got = last_time(
        note,
        remote_policy="remote",
        location="Remote (Canada)",
        offers=["Paid on-call, one week in six"],
    )
    assert got == {"standing"}
