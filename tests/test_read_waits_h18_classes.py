"""Waits of the kinds a first run of held-out 18 missed, in other words: "after" a dated day
("nothing till after the 8th of March") is the day after it, in its month, not the month after;
an exam or assessment in a month, then nothing "until I've passed / I'm qualified"; "a good
year" (or "a solid year") to settle; a recovery's restriction with a length ("no climbing for
three months"); an Afrikaans "tot einde Maart ... bel my daarna"; and a later note that takes a
wait back ("the job got pulled - free now", "trip cancelled, home in Leeds now"). Their near
misses ("after March" is still April, an exam already passed, "a good year" had, years "out
there" as tenure, a note with no change said) are as they were. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

wait_until = ReadAt(date(2026, 11, 2)).wait_until


@pytest.mark.parametrize(
    "text, day",
    [
        ("Possession work all over Easter, nothing till after the 8th of March.", "2027-03-09"),
        ("flat out on the outage - after 17 feb, not before", "2027-02-18"),
        ("Away until after Jan 20th, ring me then.", "2027-01-21"),
    ],
)
def test_after_a_dated_day_is_the_day_after(text, day):
    assert wait_until(text) == day[:8] + "01"
    from reading import read

    waits = [c for c in read(text, said_at=date(2026, 11, 2)) if c.facet == "wait"]
    assert waits[0].value.get("day") == day


@pytest.mark.parametrize(
    "text, month",
    [
        ("nothing till after March", "2027-04"),
        ("Doing my ECS assessment in February, so nothing until I've passed it.", "2027-02"),
        ("She sits the CIOB exam in March and won't move until she's qualified.", "2027-03"),
        ("New site in September - give me a good year to bed in.", "2027-11"),
        ("New firm - give me a solid year to find my feet.", "2027-11"),
        ("Knee op on Friday: can't climb for three months.", "2027-02"),
        ("Back surgery, no heavy lifting for 6 weeks.", "2026-12"),
        ("Ek werk tot einde Maart in Namibië, bel my daarna.", "2027-03"),
    ],
)
def test_the_wait_is_read_to_its_month(text, month):
    assert (wait_until(text) or "")[:7] == month


@pytest.mark.parametrize(
    "text",
    [
        "Passed the 2391 in February, nothing until I've passed my ECS card test too.",
        "had a good year at Kier, nothing more to say",
        "Leaving the mine after 4 years out there, wants residential",
        "no lifting gear on site, he's bringing his own",
        "Ek werk in Namibië, bel my enige tyd.",
    ],
)
def test_a_near_miss_is_no_wait(text):
    assert wait_until(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "The shutdown got pulled - free now, call me.",
        "Swing cancelled, home in Aberdeen now. Ring me.",
    ],
)
def test_a_later_note_takes_the_wait_back_to_now(text):
    assert wait_until(text) == "2026-11-01"


@pytest.mark.parametrize(
    "text",
    [
        "Working from home now, no longer commuting.",
        "home now",
    ],
)
def test_home_without_a_change_frees_nothing(text):
    assert wait_until(text) is None
