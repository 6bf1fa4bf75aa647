"""Opt-outs in an in-house tech recruiter's world: a no "forever", a request to lose or delete
what the company holds, a stop to "all recruiting outreach", a refusal "for any opportunity",
being pulled from every sequence of an outreach tool, and a sourcer's "don't source" flag - each
beside a twin that must not count (a hard pass on one role, a request to see one's data, one
sequence or one kind of invite, a source named). And a person back on the market in their own
words ("open to anything now") takes back an earlier stop. Sentences are our own.
"""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

OCT = ReadAt(date(2026, 10, 5))
OPT_IN = ("contact", "wish", "opt_in", None)


@pytest.mark.parametrize(
    "text",
    [
        "lol no. hard pass for good, and lose my email address while you're at it",
        "Hard pass - permanently.",
        "Please lose my contact details.",
        "Under the GDPR I ask you to erase all the personal data your firm holds about me.",
        "Kindly delete any information your agency has on me.",
        "Please stop all recruiter emails.",
        "Stop any further recruitment messages to me.",
        "Never contact me for any role, thanks.",
        "Do not reach out to me for any position.",
        "Asked to be pulled off all our cadences - done.",
        "she asked to be pulled out of every Gem sequence and the newsletter",
        "Now works here (joined the platform team) - do not source.",
        "Boomerang? No - he's back with us as of May, don't poach him.",
        "Tagged do-not-source in Ashby.",
    ],
)
def test_a_stop_to_all_our_writing_is_an_opt_out(text):
    assert OCT.opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hard pass on the contract one, but keep me posted on perm roles.",
        "hard pass forever on anything crypto",
        "Please send me a copy of the personal data your company holds about me.",
        "Stop all outreach to my engineers, please - a hiring manager's note to the sourcers.",
        "Don't contact me for this role, the commute is brutal.",
        "Don't contact me for any role in Phoenix.",
        "Asked to be pulled from the frontend sequence only - platform roles welcome.",
        "asked to be pulled from the meetup invites only; real roles are fine",
        "Don't source from Stripe - non-solicit with them.",
        "Don't source yet, her cliff is in February.",
    ],
)
def test_a_stop_to_one_thing_is_no_opt_out(text):
    assert not OCT.opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry I was short with you in the spring. Team got cut - would love to chat now.",
        "Reorg ate my team. Open to just about anything now.",
        "She's back on the market again after the acquisition.",
        "I'm looking again - send me whatever you've got.",
    ],
)
def test_back_on_the_market_in_their_own_words_takes_back_a_stop(text):
    assert OPT_IN in OCT.found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Not open to anything now, maybe next year.",
        "I'm not looking now.",
        "Would love to chat in March once the launch is out.",
        "Open to anything now? No, still heads-down - please stop emailing.",
        "I'm looking again - but still not interested in hearing from you.",
    ],
)
def test_still_not_looking_takes_back_nothing(text):
    assert OPT_IN not in OCT.found(text)
