"""Waits of the kinds a first run of held-out 21 missed, in other words: a Japanese month asked
for ("3月中旬以降にご連絡ください" is from March, "2月末以降" after February), and a Dutch leave
said with "met" and "tot" a day ("met ouderschapsverlof tot 1 juni"). Their near-miss twins (a
month said of what has been, "4月以降ずっと忙しい"; a month with no request after it) are no wait.
Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 2))


@pytest.mark.parametrize(
    "text, until",
    [
        ("繁忙期なので、3月中旬以降にご連絡ください。", "2027-03-01"),
        ("2月末以降にお願いします。", "2027-03-01"),
        ("４月になったらご連絡ください。", "2027-04-01"),
        ("Ik ben met ouderschapsverlof tot 1 juni, bel me daarna.", "2027-06-01"),
    ],
)
def test_the_wait_is_read(text, until):
    assert _AT.wait_until(text) == until


@pytest.mark.parametrize(
    "text",
    [
        "4月以降ずっと忙しいです。",
        "3月中旬以降は東京にいます。",
    ],
)
def test_a_near_miss_is_no_wait(text):
    assert _AT.wait_until(text) is None
