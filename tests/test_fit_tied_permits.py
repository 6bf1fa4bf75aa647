"""A work permit tied to the current employer needs a new employer's help to move (Canada's
closed permit and LMIA, an employer-specific permit, Québec's "permis de travail fermé" and
EIMT): against a role that says it cannot support permits it goes against the role; a permit
held before and since replaced by residence ("had a closed permit, got PR") does not."""

import pytest

from tests.fit_helpers import SAID, goes_against, judged
from tests.reading_helpers import ReadAt

at = ReadAt(SAID)

NO_PERMITS = dict(
    title="Customer Success Manager",
    remote_policy="hybrid",
    location="Toronto, ON, Canada",
    description="Must be legally entitled to work in Canada; we cannot support LMIA applications "
    "or work permits.",
)
NEEDS = ("visa", "must", "needs_sponsorship")


@pytest.mark.parametrize(
    "note",
    [
        "On a closed permit with her current employer, would need a new one to switch.",
        "He's on an employer-specific work permit.",
        "closed work permit - any new job means an LMIA",
        "Sur un permis fermé; il faudrait une EIMT.",
    ],
)
def test_a_permit_tied_to_the_employer_goes_against_a_role_without_permit_support(note):
    assert NEEDS in at.found(note)
    assert goes_against(note, "visa", **NO_PERMITS)


@pytest.mark.parametrize(
    "note",
    [
        "Had a closed work permit until 2024, PR now - no permit needed.",
        "Was on a tied visa, became a citizen last year.",
        "No permit needed, Canadian citizen.",
        "Had a work visa tied to his employer; green card since May.",
    ],
)
def test_a_permit_held_before_and_replaced_is_no_need(note):
    assert NEEDS not in at.found(note)
    assert "unmet" not in judged(note, **NO_PERMITS)


def test_a_relatives_closed_permit_is_not_the_candidates():
    assert NEEDS not in at.found("Her husband is on a closed work permit; she is a citizen.")
