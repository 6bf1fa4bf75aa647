"""Hours refused or accepted the way a WhatsApp reply or a phone screen says them: "night shift
not possible, mother unwell", "weekends - can't do, because of family", "12-hour shifts not
feasible" go against a role with those hours; "nights no issue", "fine on nights herself" do not.
A relative's hours said of them as the subject ("her husband hated his night shifts and quit")
are not the candidate's condition."""

import pytest

from tests.fit_helpers import SAID, goes_against, judged
from tests.reading_helpers import ReadAt

at = ReadAt(SAID)

NIGHTS = dict(
    title="Night Supervisor, Fulfilment Centre (10pm-6am)",
    remote_policy="onsite",
    location="Leeds, UK",
    offers=["Night shifts, four on four off"],
)
WEEKENDS = dict(
    title="Pharmacy Technician",
    remote_policy="onsite",
    location="Cork, Ireland",
    offers=["Every Saturday and Sunday, 9am-5pm"],
)


@pytest.mark.parametrize(
    "note",
    [
        "night duty not possible, my father is bedridden",
        "Nights - can't do, because of the kids.",
        "overnight shifts not feasible for him since the baby came",
        "Nights. Not possible with her caring duties.",
    ],
)
def test_nights_said_not_possible_go_against_a_night_role(note):
    assert goes_against(note, "schedule", **NIGHTS)


@pytest.mark.parametrize(
    "note",
    [
        "weekends not possible, kids at home with me",
        "Saturdays can't do - church and family",
        "weekend work is impossible for her right now",
    ],
)
def test_weekends_said_not_possible_go_against_a_weekend_role(note):
    assert goes_against(note, "schedule", **WEEKENDS)


def test_long_shifts_said_not_possible_are_refused():
    note = "12-hour shifts not possible due to her kids"
    assert ("schedule", "avoid", "shifts") in at.found(note)


@pytest.mark.parametrize(
    "note",
    [
        "night shift no issue, been on nights at the DC for years",
        "nights not a problem for him",
        "She's fine on nights herself.",
        "ok doing nights, no worries",
    ],
)
def test_nights_accepted_plainly_suit_a_night_role(note):
    assert not goes_against(note, "schedule", **NIGHTS)
    assert ("schedule", "wish", "nights") in at.found(note)


@pytest.mark.parametrize(
    "note",
    [
        "Her husband hated his night shifts at the plant and quit them.",
        "His wife works weekends at the hospital, so he has the kids then.",
        "Her partner did nights for years and burnt out on them.",
    ],
)
def test_a_relatives_hours_are_not_the_candidates_condition(note):
    assert "unmet" not in judged(note, **NIGHTS)
    assert "unmet" not in judged(note, **WEEKENDS)


@pytest.mark.parametrize(
    "note",
    [
        "Her husband works nights, and she can't do nights too - no childcare.",
        "Can't do nights as her husband works them.",
        "My wife wants me home at night, so no night shifts.",
    ],
)
def test_the_candidates_own_refusal_beside_a_relative_still_counts(note):
    assert goes_against(note, "schedule", **NIGHTS)


def test_a_cant_do_that_reaches_for_more_is_no_refusal():
    assert ("work_mode", "avoid", "remote") not in at.found("remote - can't do anything else")


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        ("weekend cover is no drama for him", "weekends"),
        ("on-call is no sweat, did it for years at the bank", "on_call"),
        ("the night rota was no dramas at all last job", "nights"),
    ],
)
def test_hours_said_to_be_no_drama_are_accepted(note, kind):
    assert ("schedule", "wish", kind) in at.found(note)
    assert ("schedule", "avoid", kind) not in at.found(note)


def test_hours_said_to_be_a_no_are_still_refused():
    assert ("schedule", "avoid", "nights") in at.found("nights are a no from her, two little ones")
