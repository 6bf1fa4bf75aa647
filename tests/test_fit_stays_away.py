"""Nights away from home on site work: "needs to be home every night", "no stopovers" go against a
role with stopovers or digs; "happy in digs", "fine with overnight stays" suit it. "Home every
night" is no night work, and a role with no stays away is not against it."""

import pytest

from tests.fit_helpers import SAID, goes_against, suits
from tests.reading_helpers import ReadAt

at = ReadAt(SAID)

AWAY = dict(
    title="Site Manager",
    remote_policy="onsite",
    location="Midlands, UK (various sites)",
    description="Sites across the Midlands; overnight stays Tuesday to Thursday, digs provided.",
)
STOPOVERS = dict(
    title="Contracts Manager",
    remote_policy="onsite",
    description="Frameworks in Wales and the North West, stopovers most weeks.",
)
LOCAL = dict(title="Site Manager", remote_policy="onsite", location="Derby, UK")


@pytest.mark.parametrize(
    "note",
    [
        "Has to be back home each night - his wife works nights.",
        "No stop-overs, single dad.",
        "Can't do nights away, carer for mum.",
    ],
)
def test_stays_away_refused_go_against_a_role_with_them(note):
    assert goes_against(note, "travel", **AWAY)
    assert goes_against(note, "travel", **STOPOVERS)
    assert not goes_against(note, "travel", **LOCAL)


@pytest.mark.parametrize(
    "note", ["Fine with overnight stays midweek.", "Happy in digs, did it on HS2 for two years."]
)
def test_stays_away_accepted_suit_a_role_with_them(note):
    assert suits(note, "travel", **AWAY)


def test_home_every_night_is_not_night_work():
    assert not any(
        f == "schedule" for f, *_ in at.found("Needs to be home every night for the kids.")
    )
