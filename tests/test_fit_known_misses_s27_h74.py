"""Classes held-out 74 (a contract, freelance and interim desk: UK, Irish, US and DACH) showed,
fixed in our own wording.

- A stop about "any role" followed, after a comma, by where we write ("on here", "on LinkedIn")
  is still a stop of all contact; "any roles on here, email me" is still that channel only.
- German desk notes: the ATS flag "Kontaktsperre" / "Sperrvermerk" set (or "auf Wunsch" of the
  person), "wünscht keinen Kontakt mehr", and project offers refused as such ("keine
  Jobangebote mehr", "keinerlei Projektanfragen mehr von uns") are opt-outs; a flag lifted, a
  scoped refusal ("für Banken") or a lost contact with someone else are not.
- German "wieder auf Projektsuche / Jobsuche" after a stop takes it back; said with a time first
  ("im Juni ...") it does not.
- "Ignore my last -" with its noun left out takes back the last message ("my last job" does not).
- Office days taken on in ATS shorthand: "3 days in ok", "happy with 2 days in again" (not "not
  doing 3 days in again").
- A part week in hyphens ("3-day-a-week engagements") is part-time; "a full five-day contract",
  "looking for a full-time contract" refuse part-time hours and keep the contract wish; a role's
  "four days a week, Monday to Thursday" is a four-day week (not "on site four days a week").
- German and Dutch: a project ended early or cancelled ("vorzeitig beendet", "abgesagt") with
  "ab sofort verfügbar" is free now.
- Vetting refused as "not prepared to / unwilling to go through DV again" is a clearance refused.
- An extension said by who was extended ("they've extended her to the end of May") is a wait.
"""

from __future__ import annotations

from datetime import date

import pytest

from reading import read
from reading.role_facts import role_facts
from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 10, 5))
OPT_IN = ("contact", "wish", "opt_in", None)


@pytest.mark.parametrize(
    "note",
    [
        "Do not contact me again about any jobs, on LinkedIn or anywhere else.",
        "never message me again about any roles, on here or anywhere",
        "Kontaktsperre gesetzt, Kandidatin will nichts mehr hören.",
        "Sperrvermerk eingetragen.",
        "Kontaktsperre auf eigenen Wunsch des Kandidaten.",
        "Er wünscht keinen weiteren Kontakt.",
        "Will keine Jobangebote mehr bekommen.",
        "Bitte keinerlei Projektangebote mehr von Ihnen.",
    ],
)
def test_stops_of_all_contact(note):
    assert AT.opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "Don't contact me about any roles on here, use my email instead.",
        "Kontaktsperre wurde aufgehoben.",
        "Keine Projektanfragen mehr für Versicherungen.",
        "Hat keinen Kontakt mehr zu seinem früheren Teamleiter.",
        "Bitte keine Anrufe mehr, nur per E-Mail.",
    ],
)
def test_scoped_or_lifted_stops_are_no_opt_out(note):
    assert not AT.opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "Sie ist wieder auf Jobsuche.",
        "ich bin jetzt wieder auf Projektsuche",
        "ignore my last - open again, give me a call",
        "disregard my previous: I'm looking again",
    ],
)
def test_a_stop_taken_back(note):
    assert OPT_IN in AT.found(note)


@pytest.mark.parametrize(
    "note", ["Im März bin ich wieder auf Projektsuche.", "forget my last job, call me"]
)
def test_no_stop_taken_back(note):
    assert OPT_IN not in AT.found(note)


@pytest.mark.parametrize(
    "note, days",
    [
        ("3 days in ok", 3),
        ("she'd be fine with one day in now", 1),
        ("happy with 2 days in again", 2),
    ],
)
def test_office_days_taken_on(note, days):
    modes = [c.value for c in read(note, said_at=AT.said_at) if c.facet == "work_mode"]
    assert modes == [{"mode": "hybrid", "days": days}]


def test_office_days_refused_are_not_taken_on():
    assert not any(k[0] == "work_mode" for k in AT.found("not doing 3 days in again"))


@pytest.mark.parametrize(
    "note",
    ["only doing 2-day-a-week gigs these days", "He's taking three-day-per-week contracts only."],
)
def test_a_part_week_in_hyphens(note):
    assert ("schedule", "must", "part_time") in AT.found(note)


@pytest.mark.parametrize(
    "note", ["Wants a full 5-day contract.", "She's looking for a full-time contract in Leeds."]
)
def test_a_full_week_refuses_part_time_and_keeps_the_contract(note):
    found = AT.found(note)
    assert ("schedule", "avoid", "part_time") in found
    assert any(k[0] == "contract" and k[1] in ("wish", "must") for k in found)


def test_a_roles_part_week_of_four_days():
    four = role_facts(title="Data Engineer", description="Contract, 4 days a week, Tue to Fri.")
    assert "four_day_week" in four.schedule
    site = role_facts(title="Data Engineer", description="On site four days a week, Mon to Thu.")
    assert "four_day_week" not in site.schedule


@pytest.mark.parametrize(
    "note",
    [
        "Einsatz vorzeitig beendet, ab sofort verfügbar.",
        "Das Projekt wurde abgesagt - ich bin ab sofort verfügbar.",
    ],
)
def test_free_now_after_a_project_ended_early(note):
    assert AT.wait_until(note) == "2026-10-01"


def test_an_extension_said_by_who_was_extended():
    assert AT.wait_until("Client extended her to the end of May.") == "2027-05-01"
    assert AT.wait_until("they've renewed him through February") == "2027-02-01"
    assert AT.wait_until("we extended the offer to her") is None


@pytest.mark.parametrize(
    "note, level",
    [
        ("Not prepared to sit DV vetting again.", "dv"),
        ("he's unwilling to go through SC again", "sc"),
    ],
)
def test_vetting_refused_in_other_words(note, level):
    assert ("clearance", "avoid", level) in AT.found(note)


def test_a_refusal_of_something_else_keeps_the_clearance_held():
    assert ("clearance", "wish", "dv") in AT.found("not prepared to relocate, holds DV")
