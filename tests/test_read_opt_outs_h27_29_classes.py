"""Opt-outs, their twins and stops taken back, of the kinds a first run of held-out 27, 28 and 29
missed, in other words. English opt-outs: every channel ("anywhere", "everywhere"); a no to
every role from us for good ("not interested in any job from your agency, now or ever"); "don't
write again" with no "me" said; recruiter messages no longer accepted. Their near-miss twins
stay unread: one channel left open ("anywhere but email"), a time ("before March", "this week"),
their own promise ("I won't write again"), one grade of role ("the L4 ones"), a charity's
appeal mail rather than its recruiters', a removal beside "still very keen to hear about your
jobs", and a relative's stop beside the person's own "still very open to" roles.
A stop taken back: "you're welcome to get in touch again" lifts an earlier stop; "welcome to
email my colleague" does not. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found, opted_out = _AT.found, _AT.opted_out
OPT_IN = ("contact", "wish", "opt_in", None)


@pytest.mark.parametrize(
    "text",
    [
        "please stop DMing me anywhere",
        "Don't message me anywhere please.",
        "stop texting me anywhere",
        "Not interested in any job from your agency, now or ever.",
        "I'm not interested in any positions with you, now or in the future.",
        "she is not interested in any roles through your firm, ever.",
        "Please do not write again.",
        "pls don't write any more",
        "She's no longer accepting agency emails.",
        "I am not taking recruitment calls anymore.",
        "no longer accepting recruiter inmails",
    ],
)
def test_an_opt_out_in_these_words_is_read(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "pls stop sending the L4 ones, L5 and up only",
        "stop sending the band 5 ones, band 6 and above only",
        "Could you take me off the Easter appeal mailings? Four letters a month is too many.",
        "Please take me off the lists - I'm still very keen to hear about your jobs.",
        "Her partner (also on file) asked to be removed. She is still very open to finance posts.",
        "His brother asked to be taken off the list - he is still really interested in audit jobs.",
    ],
)
def test_a_near_miss_is_no_opt_out(text):
    assert not opted_out(text)


# Guards of the new rules above (unread before them too): what they must not reach.
@pytest.mark.parametrize(
    "text",
    [
        "Stop messaging me anywhere but email - that's where I read things.",
        "Not interested in any role in Leeds, now or ever - Manchester is fine.",
        "I won't write again until I hear back from the client.",
        "Please don't write again before March, I'm on leave.",
        "not accepting recruiter messages this week, flat out",
        "I'm no longer accepting new connection requests, but messages are fine.",
    ],
)
def test_the_new_rules_leave_their_twins_unread(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Project's handed over - you are more than welcome to contact me again.",
        "Exams done, you're welcome to get in touch again about roles.",
        "you'd be very welcome to reach out again now",
    ],
)
def test_a_welcome_to_write_again_is_an_opt_in(text):
    assert OPT_IN in found(text)
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "You're welcome to email my colleague instead.",
        "you are welcome to contact me on LinkedIn",
        "You're not welcome to contact me again.",
    ],
)
def test_a_welcome_to_something_else_is_no_opt_in(text):  # a guard of the new rule
    assert OPT_IN not in found(text)
