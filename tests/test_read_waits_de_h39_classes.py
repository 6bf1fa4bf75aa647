"""German waits of the kind a first run of held-out 39 missed, in other words: "erst ab <month>"
or "frühestens ab <date>" with a request to be contacted again ("wieder melden", "wieder
anrufen") is a wait until then, and the ask is closed there, so a move named after a dash is not
a place refused. Their near-miss twins ("ab Mai bin ich in Köln", "bitte wieder melden, wenn ...")
are no wait. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 27))
found, wait_until = _AT.found, _AT.wait_until


@pytest.mark.parametrize(
    ("text", "until"),
    [
        ("Bitte erst ab Mai wieder melden, danke!", "2027-05-01"),
        ("Erst ab Juni wieder anrufen - Elternzeit.", "2027-06-01"),
        ("Erst ab dem 01.03. wieder anrufen bitte.", "2027-03-01"),
    ],
)
def test_not_before_then_is_a_wait(text, until):
    assert wait_until(text) == until


def test_a_move_after_the_wait_is_no_place_refused():
    text = "Bitte erst ab April wieder melden - wir ziehen im März nach Köln um."
    assert wait_until(text) == "2027-04-01"
    assert not any(k[0] == "location" and k[1] == "avoid" for k in found(text))


@pytest.mark.parametrize(
    "text",
    ["Ab Mai bin ich in Köln.", "Bitte wieder melden, wenn es etwas in Köln gibt."],
)
def test_no_wait_in_these(text):
    assert wait_until(text) is None
