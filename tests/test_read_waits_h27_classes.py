"""Waits of the kinds a first run of held-out 27 missed, in other words:

- a dated event named back by "it": "the audit is in March, nothing before it", "my board
  exam is in June - please don't send me any roles before it";
- rest asked for in German for a length of time: "bitte ein halbes Jahr Ruhe", "erst mal drei
  Monate Ruhe", "ein Jahr Ruhe, dann gern".

Their near-miss twins are no wait: "it" that is no event's end ("the audit is in March, don't
worry about it", "nothing before it mattered"), and "Ruhe" with no length ("bitte Ruhe am
Wochenende"). Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 10, 12))
wait_until = _AT.wait_until


@pytest.mark.parametrize(
    "text, until",
    [
        ("The audit is in March, nothing before it.", "2027-03-01"),
        ("My board exam is in June - please don't send me any roles before it.", "2027-06-01"),
        ("Wedding in May, do not book interviews before it", "2027-05-01"),
    ],
)
def test_an_event_named_back_by_it_is_a_wait(text, until):
    assert wait_until(text) == until


@pytest.mark.parametrize(
    "text, until",
    [
        ("Gerade erst gewechselt, bitte ein halbes Jahr Ruhe.", "2027-04-01"),
        ("erst mal drei Monate Ruhe, danach gern", "2027-01-01"),
        ("Ein Jahr Ruhe, dann reden wir.", "2027-10-01"),
    ],
)
def test_german_rest_for_a_length_of_time_is_a_wait(text, until):
    assert wait_until(text) == until


@pytest.mark.parametrize(
    "text",
    [
        "The audit is in March, don't worry about it.",
        "The audit was in March, nothing before it mattered.",
        "Bitte Ruhe am Wochenende, sonst gern.",
    ],
)
def test_a_near_miss_is_no_wait(text):
    assert wait_until(text) is None
