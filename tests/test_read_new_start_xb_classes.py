"""A job just begun, and time served in a job left, in words of our own.

Classes: a placement just made or a new job just started holds the person back for the first
months of it, read as a wait (``reading.new_start``): "placed by us", "began on Tuesday",
"started there on the 9th", "three weeks into her new role", "joined a competitor on Monday";
and "left us for a bigger job after 14 months" is how long someone stayed, not a wait.

Twins left alone: a placement that has ended, one made years ago, a start that is no job
("starting to look", "joined our talent pool", "our new MD started"), a new job said with an
open door, someone interviewing elsewhere; and a real wait said with "after" ("try her again
after six months").
"""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
wait_until = _AT.wait_until


@pytest.mark.parametrize(
    "text",
    [
        "Placed by us at a logistics firm, she began on Tuesday.",
        "PLACED — permanent start at the water company this morning.",
        "we placed him with the council a month ago",
        "Took the offer from the hospital trust and started there on the 9th.",
        "Has just started a new post at a housing association.",
        "Three weeks into her new role and loving it.",
        "Joined a competitor on Monday - congratulated him.",
        "accepted the bank's offer, started wednesday",
        # dated by its day, but said as just made
        "Only just started at the garden centre on 16 Nov, wants to see it through.",
    ],
)
def test_a_job_just_begun_holds_them_back(text):
    until = wait_until(text)
    assert until is not None and until > "2027-02-01"


def test_the_hold_counts_from_the_start_said():
    assert wait_until("Two months into the new job, all good.") == "2027-03-01"


@pytest.mark.parametrize(
    "text",
    [
        "Our placement with the builders merchant has ended and he is looking.",
        "Placed him there back in 2022, good lad.",
        "We placed her four years ago, lovely to hear from her.",
        "Starting to look around, open to calls.",
        "Interviewing at two other firms, still keen on ours.",
        "Just started a new job but would hear about something closer to home.",
        "Our new MD started on Monday so things are busy.",
        "Joined our talent pool on Monday after the careers fair.",
        "Started a course in bookkeeping last week.",
        "The client placed someone else in the end.",
        "The early starts at the depot were fine; the money wasn't.",
        "Started on 28k at the warehouse, wants 35k now.",
        "Joined the firm as a graduate and never left.",
        # a start dated months back, said as background, and a day free to talk
        "Began the new post in October.",
        "new role at the council since March, loving it",
        "Home from Crete 5/11, started at the depot 2/9, free for a coffee any Wed after 5.",
        "Just started at the trust, free Fridays if you fancy a chat.",
    ],
)
def test_twins_are_not_held_back(text):
    assert wait_until(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Left us for a bigger job at the council after 14 months - would take her back.",
        "Moved on for a senior post at the trust after 20 months, we'd rehire.",
    ],
)
def test_time_served_in_a_job_left_is_no_wait(text):
    assert wait_until(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Try her again after six months, she wants to bed in.",
        "She plans to leave after a year, ring her then.",
    ],
)
def test_a_wait_said_with_after_is_still_read(text):
    assert wait_until(text) is not None
