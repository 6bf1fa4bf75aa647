"""A working holiday visa or another permit running out, said as the day they must leave the
country ("has to leave NZ by August", "on a 417, second year ends in April"), is when the right
to work ends, not a time to wait before writing; leaving for a city ("has to leave for Perth in
May, talk after") still waits, and a partner visa with full work rights is the right to work."""

import pytest

from tests.fit_helpers import SAID
from tests.reading_helpers import ReadAt

at = ReadAt(SAID)


@pytest.mark.parametrize(
    "note",
    [
        "has to leave nz by august, WHV done",
        "on a 462, third year ends in June",
        "must be out of the country by March when his visa runs out",
    ],
)
def test_a_permit_running_out_is_no_wait(note):
    assert at.wait_until(note) is None


def test_leaving_for_a_city_then_talking_is_still_a_wait():
    assert at.wait_until("has to leave for Perth in May, talk after") is not None


def test_a_partner_visa_with_work_rights_is_the_right_to_work():
    assert ("visa", "wish", "has_right_to_work") in at.found(
        "she's on a partner visa, full work rights"
    )
