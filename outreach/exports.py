"""Files a recruiter takes elsewhere: the reconnect list as CSV and calendar reminders, and a
shortlist's drafts as a zip of .eml files or a mail-merge CSV.

Every export is deterministic (same list, same bytes), so a re-export can be diffed, and the
calendar UIDs are stable per person, so importing next week's file moves each reminder instead
of adding a second one.
"""

import io
import zipfile
from datetime import date, datetime, time, timedelta

from icalendar import Alarm, Calendar, Event

from outreach.drafts import DraftText
from outreach.mail_safe import NAME_LIMIT, body_text, header_line
from outreach.reconnect import WeeklyList
from outreach.safe_csv import csv_bytes

ICS_DOMAIN = "encore.local"
_EPOCH_MONDAY = date(2020, 1, 6)


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


def reconnect_ics(weekly: WeeklyList, *, at: time = time(9, 0)) -> bytes:
    """One reminder per person on the list: on the week's Monday, with a 0-minute alarm."""
    cal = Calendar()
    cal.add("prodid", "-//Encore//Reconnect list//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Encore reconnect")
    stamp = datetime.combine(weekly.week_of, time(0, 0))
    # A later week's export carries a higher sequence, so calendars take it as an update.
    sequence = (weekly.week_of - _EPOCH_MONDAY).days // 7
    for rank, e in enumerate(weekly.entries, start=1):
        event = Event()
        event.add("uid", f"reconnect-{e.candidate_id}@{ICS_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("sequence", sequence)
        event.add("dtstart", datetime.combine(weekly.week_of, at))
        event.add("duration", timedelta(minutes=15))
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
