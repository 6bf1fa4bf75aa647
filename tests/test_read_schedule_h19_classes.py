"""Hours of the kind a first run of held-out 19 missed, in other words: full-time hours sought
("looking for full-time", the British "now after full-time", "she's after full-time hours")
refuse part-time hours, as "wants full-time" does. The twin "after" of time stays unread:
"went part-time after full-time burnout" says when, not what is sought. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

found = ReadAt(date(2026, 11, 20)).found
PART_TIME_REFUSED = ("schedule", "avoid", "part_time")


@pytest.mark.parametrize(
    "text",
    [
        "Looking for full-time again now the twins are at nursery.",
        "Now after full-time hours, her mum has moved in.",
        "She's after full-time, any ward.",
    ],
)
def test_full_time_sought_refuses_part_time(text):
    assert PART_TIME_REFUSED in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Went part-time after full-time burnout in 2022.",
        "Dropped to three days after full-time years.",
    ],
)
def test_after_as_when_is_no_hours_sought(text):
    assert PART_TIME_REFUSED not in found(text)
