"""Stops said in ways the opt-out rules did not hear, and their twins.

Classes:
- "no longer wish to hear from your firm": a wish (not only a want) to hear nothing from us;
- every future approach refused: "hard no on any future outreach", "declines all further contact",
  "opted out of further communications", "any future outreach is unwelcome";
- every way we write refused together: "do not call, do not email, do not text", "no calls or
  emails please" (the "or" carries the refusal to both).

Twins stay as they were: one channel refused with another offered, a refusal for a while, a scope
("about nights", "for the Leeds role"), a no-show told ("no call, no email").
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 10, 1))


@pytest.mark.parametrize(
    "note",
    [
        "I no longer wish to hear from your agency.",
        "she does not wish to hear from us again",
        "hard no on any future outreach",
        "Declines all further contact from us.",
        "cand has refused any further approaches",
        "not open to any future contact, thanks",
        "opted out of further communications",
        "Any further outreach would be unwelcome.",
        "do not call, do not email, do not text",
        "Don't ring me, don't email me.",
        "no calls or emails please",
        "no phone calls, no emails, no whatsapps",
    ],
)
def test_stops_said_these_ways_are_opt_outs(note):
    assert AT.opted_out(note), note


@pytest.mark.parametrize(
    "note",
    [
        "I wish to hear from you about remote roles only",
        "declined any further outreach for the Leeds role",
        "no further contact about nights roles",
        "do not call, email is fine",
        "don't call or email, LinkedIn is best",
        "no calls or emails this week, I'm on leave",
        "Didn't turn up to the interview - no call, no email.",
        "ghosted after the offer, no calls, no emails since",
        "no calls or texts please",
    ],
)
def test_their_twins_are_not(note):
    assert not AT.opted_out(note), note


def test_a_refusal_joined_by_or_reaches_the_second_channel():
    found = AT.found("no calls or texts please")
    assert ("contact", "avoid", "channel", "sms") in found
    assert ("contact", "wish", "channel", "sms") not in found
