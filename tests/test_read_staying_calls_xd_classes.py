"""Two readings several held-out first runs got wrong, in other words:

- "not moving" said of the JOB - staying put because of the team, the boss, a promotion, a bonus
  or vesting ("not moving, just got promoted", "not moving anywhere, loves her boss") - is no
  refusal to move home. Twins still read as refusals: "not moving house", "not moving cities",
  "won't move country", a bare "not moving" with a home reason ("not moving, the kids are settled
  at school"), "settled in Leeds, won't move".
- calls that are the work itself - farm calls, house calls, site calls, sales calls, call-outs -
  are not the phone as a way to reach someone: "fed up with house calls" refuses no channel.
  Twins still read: "hates phone calls, message me instead", "no calls please, email".

Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found = _AT.found
NO_MOVE = ("relocation", "must", False, None)


def _refuses_a_move(text):
    return any(f[0] == "relocation" and f[1] == "must" for f in found(text))


def _refuses_the_phone(text):
    return any(f[0] == "contact" and f[1] == "avoid" and "phone" in f for f in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Not moving, just got promoted to team lead.",
        "not moving anywhere, loves her boss",
        "She's not moving - the annual bonus pays out in spring.",
        "not moving as his RSUs vest next year",
        "Honestly not moving, settled in the team and enjoying it.",
    ],
)
def test_staying_in_the_job_is_no_refusal_to_move_home(text):
    assert not _refuses_a_move(text)


@pytest.mark.parametrize(
    "text",
    [
        "Not moving house, the mortgage is fixed.",
        "not moving cities for anyone",
        "Won't move country again.",
        "Not moving, the kids are settled at school.",
        "Settled in Leeds, won't move.",
    ],
)
def test_refusing_to_move_home_is_still_read(text):
    assert _refuses_a_move(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fed up with house calls, wants a clinic job.",
        "hates the farm calls in the truck, happier in the surgery",
        "doesn't want site calls any more",
        "Dislikes sales calls, would rather do account management.",
        "No more call-outs at 3am please.",
    ],
)
def test_calls_that_are_the_work_refuse_no_channel(text):
    assert not _refuses_the_phone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hates phone calls, message me instead.",
        "no calls please, email is best",
        "Don't call him, he never picks up.",
    ],
)
def test_refusing_the_phone_is_still_read(text):
    assert _refuses_the_phone(text)
