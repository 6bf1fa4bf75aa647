"""The weekly list's calendar reminders: spread over the working days of the week at working
hours, never in the past, one per person, with UIDs that stay the same from one export to the
next (so a calendar moves a reminder instead of adding a second one)."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from outreach.exports import REMINDER_LENGTH, reconnect_ics, reminder_slots
from outreach.reconnect import ReconnectEntry, ReconnectRules, WeeklyList

MONDAY = date(2026, 11, 23)


def weekly(n: int, *, week_of: date = MONDAY, ids: list[int] | None = None) -> WeeklyList:
    ids = ids if ids is not None else list(range(1, n + 1))
    entries = [
        ReconnectEntry(cid, f"Person {cid}", None, 0.5, ["Due."], 90, 100, None) for cid in ids
    ]
    return WeeklyList(week_of=week_of, rules=ReconnectRules(), entries=entries)


def events(raw: bytes) -> list:
    return Calendar.from_ical(raw).walk("VEVENT")


def starts(raw: bytes) -> list[datetime]:
    return [e.decoded("DTSTART") for e in events(raw)]


hours_st = st.tuples(st.integers(5, 12), st.integers(1, 11), st.sampled_from([0, 15, 30])).map(
    lambda t: (time(t[0], t[2]), time(min(t[0] + t[1], 23), t[2]))
)


@settings(max_examples=200, deadline=None)
@given(
    week_shift=st.integers(-3, 3),
    now_offset=st.integers(-10 * 24 * 60, 10 * 24 * 60),
    count=st.integers(0, 80),
    hours=hours_st,
)
def test_reminders_are_never_in_the_past_and_always_within_working_hours(
    week_shift, now_offset, count, hours
):
    week_of = MONDAY + timedelta(weeks=week_shift)
    now = datetime.combine(MONDAY, time(12, 0)) + timedelta(minutes=now_offset)
    slots = reminder_slots(week_of, count, now=now, hours=hours)
    assert len(slots) == count == len(set(slots))
    assert slots == sorted(slots)  # the best-ranked person first
    start, end = hours
    for slot in slots:
        assert slot >= now
        assert slot.weekday() < 5
        assert slot.time() >= start
        assert slot + REMINDER_LENGTH <= datetime.combine(slot.date(), end)
    day = datetime.combine(week_of, end) - datetime.combine(week_of, start)
    fits = count <= 5 * (day // REMINDER_LENGTH)
    if fits and now < datetime.combine(week_of, start):  # the week is ahead and has room
        assert all(week_of <= s.date() < week_of + timedelta(days=5) for s in slots)


def test_five_people_in_a_week_ahead_get_one_working_day_each_at_the_start_of_the_day():
    sunday_evening = datetime(2026, 11, 22, 18, 0, tzinfo=UTC)
    raw = reconnect_ics(weekly(5), now=sunday_evening, tz=UTC)
    assert starts(raw) == [datetime(2026, 11, 23 + d, 9, 0) for d in range(5)]


def test_a_longer_list_spreads_over_the_hours_of_every_working_day():
    raw = reconnect_ics(weekly(15), now=datetime(2026, 11, 22, tzinfo=UTC), tz=UTC)
    days = [s.date() for s in starts(raw)]
    assert {d.weekday() for d in days} == {0, 1, 2, 3, 4}
    assert all(days.count(d) == 3 for d in set(days))
    assert len({s.time() for s in starts(raw)}) > 1


def test_an_export_on_wednesday_afternoon_starts_from_the_next_free_slot():
    wednesday = datetime(2026, 11, 25, 14, 7, tzinfo=UTC)
    slots = starts(reconnect_ics(weekly(4), now=wednesday, tz=UTC))
    assert min(slots) == datetime(2026, 11, 25, 14, 15)
    assert all(s.date() <= date(2026, 11, 27) for s in slots)


def test_an_export_after_the_week_is_over_moves_into_the_coming_working_days():
    saturday = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
    slots = starts(reconnect_ics(weekly(3), now=saturday, tz=UTC))
    assert all(s >= datetime(2026, 11, 30, 9, 0) and s.weekday() < 5 for s in slots)


def test_working_hours_are_a_parameter_and_the_times_are_the_recruiters_wall_clock():
    berlin_sunday = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    raw = reconnect_ics(
        weekly(2), now=berlin_sunday, tz=ZoneInfo("Europe/Berlin"), hours=(time(10), time(12))
    )
    assert starts(raw) == [datetime(2026, 11, 23, 10, 0), datetime(2026, 11, 25, 11, 0)]
    wednesday_late_utc = datetime(2026, 11, 25, 10, 50, tzinfo=UTC)  # 11:50 in Berlin
    raw = reconnect_ics(
        weekly(1), now=wednesday_late_utc, tz=ZoneInfo("Europe/Berlin"), hours=(time(10), time(12))
    )
    assert starts(raw) == [datetime(2026, 11, 26, 10, 0)]  # 11:50 leaves no 15 minutes


def test_hours_that_leave_no_room_are_refused_with_a_message():
    with pytest.raises(ValueError, match="working hours 17:00–09:00"):
        reconnect_ics(weekly(1), now=datetime(2026, 11, 22, tzinfo=UTC), hours=(time(17), time(9)))


def test_one_reminder_per_person_with_the_same_uid_in_every_export():
    listed = weekly(4, ids=[7, 3, 7, 9])
    first = events(reconnect_ics(listed, now=datetime(2026, 11, 22, tzinfo=UTC), tz=UTC))
    later = events(reconnect_ics(listed, now=datetime(2026, 11, 25, 15, tzinfo=UTC), tz=UTC))
    uids = [str(e["UID"]) for e in first]
    assert uids == [
        "reconnect-7@encore.local",
        "reconnect-3@encore.local",
        "reconnect-9@encore.local",
    ]
    assert [str(e["UID"]) for e in later] == uids
    # The later export is an update of the same reminders: a higher sequence, later times.
    assert all(b["SEQUENCE"] > a["SEQUENCE"] for a, b in zip(first, later, strict=True))
    assert all(
        b.decoded("DTSTART") > a.decoded("DTSTART") for a, b in zip(first, later, strict=True)
    )


def test_the_same_list_exported_at_the_same_moment_gives_the_same_bytes():
    moment = datetime(2026, 11, 24, 8, 30, tzinfo=UTC)
    assert reconnect_ics(weekly(6), now=moment, tz=UTC) == reconnect_ics(
        weekly(6), now=moment, tz=UTC
    )
