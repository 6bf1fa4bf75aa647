"""Files a recruiter takes elsewhere: the reconnect list as CSV and calendar reminders, and a
shortlist's drafts as a zip of .eml files or a mail-merge CSV.

Every export is deterministic (same list, same bytes; for the calendar, exported at the same
moment), so a re-export can be diffed, and the calendar UIDs are stable per person, so
importing a later file moves each reminder instead of adding a second one.
"""

import io
import zipfile
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from icalendar import Alarm, Calendar, Event

from data.timeutil import as_utc, utcnow
from outreach.drafts import DraftText
from outreach.mail_safe import NAME_LIMIT, body_text, header_line
from outreach.reconnect import WeeklyList
from outreach.safe_csv import csv_bytes

ICS_DOMAIN = "encore.local"
_EPOCH = datetime(2020, 1, 6, tzinfo=UTC)
WORKING_HOURS = (time(9, 0), time(17, 0))  # a recruiter's own come from their settings
REMINDER_LENGTH = timedelta(minutes=15)


def reconnect_csv(weekly: WeeklyList) -> bytes:
    header = [
        "rank",
        "status",
        "name",
        "email",
        "proposed_role",
        "match",
        "last_contact",
        "days_since_contact",
        "why",
    ]
    rows = [
        [
            rank,
            e.status,
            e.name,
            e.email or "",
            e.opening_title or "",
            "" if e.match_score is None else f"{e.match_score:.0f}",
            e.last_contact.date().isoformat() if e.last_contact else "",
            "" if e.days_since is None else e.days_since,
            " ".join(e.why),
        ]
        for rank, e in enumerate(weekly.entries, start=1)
    ]
    return csv_bytes(header, rows)


def reminder_slots(
    week_of: date,
    count: int,
    *,
    now: datetime,
    hours: tuple[time, time] = WORKING_HOURS,
    length: timedelta = REMINDER_LENGTH,
) -> list[datetime]:
    """``count`` different start times, spread evenly over the working days (Monday to Friday)
    of the week of ``week_of``, each reminder wholly inside working ``hours`` and none before
    ``now`` (wall-clock times, as ``now`` is). A week with too little of it left runs on into
    the next working days. The best-ranked person gets the earliest time."""
    start, end = hours
    day_length = datetime.combine(week_of, end) - datetime.combine(week_of, start)
    if day_length < length:
        raise ValueError(
            f"working hours {start:%H:%M}–{end:%H:%M} leave no room for a "
            f"{length.seconds // 60}-minute reminder: the day must start before it ends"
        )
    if count <= 0:
        return []
    per_day = int(day_length / length)
    slots: list[datetime] = []
    day = max(week_of, now.date())
    week_end = week_of + timedelta(days=7)
    while day < week_end or len(slots) < count:
        if day.weekday() < 5:
            first = datetime.combine(day, start)
            slots += [t for n in range(per_day) if (t := first + n * length) >= now]
        day += timedelta(days=1)
    return [slots[i * len(slots) // count] for i in range(count)]


def reconnect_ics(
    weekly: WeeklyList,
    *,
    now: datetime | None = None,
    hours: tuple[time, time] = WORKING_HOURS,
    tz: tzinfo | None = None,
) -> bytes:
    """One reminder per person on the list, spread over the week's working days at working
    ``hours`` and never in the past, each with a 0-minute alarm.

    Times are floating (the calendar's own zone), worked out from ``now`` (default: the
    present) in ``tz`` (default: this machine's zone). The same list exported at the same
    moment gives the same bytes; a later export carries a higher sequence, so a calendar that
    imports it moves each person's reminder (the UID is per person) instead of adding one."""
    now = as_utc(now or utcnow())
    wall_clock = now.astimezone(tz).replace(tzinfo=None)
    first: dict[int, object] = {}  # one reminder per person, at their best rank
    for e in weekly.entries:
        first.setdefault(e.candidate_id, e)
    entries = list(first.values())
    starts = reminder_slots(weekly.week_of, len(entries), now=wall_clock, hours=hours)
    cal = Calendar()
    cal.add("prodid", "-//Encore//Reconnect list//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Encore reconnect")
    stamp = now.replace(second=0, microsecond=0)
    sequence = int((stamp - _EPOCH).total_seconds() // REMINDER_LENGTH.total_seconds())
    for rank, (e, start) in enumerate(zip(entries, starts, strict=True), start=1):
        event = Event()
        event.add("uid", f"reconnect-{e.candidate_id}@{ICS_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("sequence", sequence)
        event.add("dtstart", start)
        event.add("duration", REMINDER_LENGTH)
        # Names, titles and reasons are outside text: the summary stays one line, and no
        # control or bidi character reaches a calendar (RFC 5545 TEXT excludes controls).
        summary = header_line(f"Reconnect with {header_line(e.name, limit=NAME_LIMIT)}")
        event.add("summary", summary)
        lines = [f"#{rank} on the week of {weekly.week_of:%d %B %Y}.", *e.why]
        if e.opening_title:
            lines.append(f"Proposed role: {header_line(e.opening_title)}.")
        event.add("description", body_text("\n".join(lines)).rstrip("\n"))
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", timedelta(0))
        event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()


def drafts_zip(drafts: list[DraftText]) -> bytes:
    """One .eml per draft; fixed timestamps so the same drafts give the same zip.

    File names hold only numbers (never a name or a title), so no outside text reaches them."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for n, draft in enumerate(drafts, start=1):
            info = zipfile.ZipInfo(
                f"{n:02d}-candidate-{draft.candidate_id}.eml", (2020, 1, 1, 0, 0, 0)
            )
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, draft.to_eml())
    return buffer.getvalue()


def mail_merge_csv(drafts: list[DraftText]) -> bytes:
    """One row per draft, cleaned as the .eml is: one plain address (or none), a one-line
    subject, a plain body; cells a spreadsheet would run as a formula are made text."""
    rows = [
        [d.recipient or "", header_line(d.subject), body_text(d.body), d.candidate_id, d.opening_id]
        for d in drafts
    ]
    return csv_bytes(["email", "subject", "body", "candidate_id", "opening_id"], rows)
