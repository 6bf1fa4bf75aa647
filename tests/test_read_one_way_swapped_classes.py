"""A stop to what one way we write carries, with another way offered, is that way refused, not an
opt-out: "stop sending me InMails, my personal email is best", "stop sending me texts - email
me", "please stop the WhatsApps, use my hotmail". Before, "stop sending me ..." read as a stop to
all contact whatever it named, so someone asking to be written to elsewhere vanished from every
list.

Its twins stay opt-outs: the same stop with nothing offered ("stop sending me InMails."), a
second way refused too ("... never email me either"), what is sent that is not a way we write
("stop sending me jobs, email is better" names no channel refused), and a stop for good beside
it ("not interested, now or later"). Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found, opted_out = _AT.found, _AT.opted_out


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Stop sending me InMails please, my personal email is on my CV.", "linkedin"),
        ("stop sending me inmails - I never log in, write to me at my gmail", "linkedin"),
        ("Please stop sending me texts, email works better for me.", "sms"),
        ("stop sending me whatsapps at all hours, I prefer email", "whatsapp"),
        ("Can you stop sending me LinkedIn messages? Use my hotmail instead.", "linkedin"),
    ],
)
def test_one_way_stopped_with_another_offered_is_that_way_refused(text, refused):
    said = found(text)
    assert not opted_out(text)
    assert ("contact", "avoid", "channel", refused) in said


@pytest.mark.parametrize(
    "text",
    [
        "Stop sending me InMails.",
        "stop sending me texts. And never email me either.",
        "Please stop sending me InMails. Not interested now or ever.",
        "stop sending me messages, I'm done with recruiters",
    ],
)
def test_the_same_stop_with_no_other_way_left_is_an_opt_out(text):
    assert opted_out(text)
