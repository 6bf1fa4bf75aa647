"""Waits of the kinds a first run of held-out 31 missed, in other words: Norwegian "etter" before
a holiday or a month, "påske" and "jul" (Christmas, never July) after a word that waits for them,
"nyttår"; Swedish and Danish "tidigast i" / "tidligst i", "tillbaka i" / "tilbage i", "hör av dig
i"; a notice period's length in Swedish, Danish and Norwegian numbers ("fem måneders
oppsigelsestid"); and a holiday's end waited for ("not before the end of the Christmas break",
"when Christmas is over", "pas avant la fin de Noël"), which is the day after the holiday, not its
start.

Twins: "till Christmas" and "before Easter" still wait for the start; "jul" with no waiting word
and "sex" or "to" with no span after them are no wait. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 10, 12))
wait_until = _AT.wait_until


@pytest.mark.parametrize(
    ("text", "until"),
    [
        ("Ring meg etter påske, da er prosjektet levert.", "2027-03-01"),
        ("Snakkes etter jul!", "2027-01-01"),
        ("Kontakt mig efter jul og nytår.", "2027-01-01"),
        ("Hun er tilbake i mars etter permisjonen.", "2027-03-01"),
        ("tidligst i februar, har lang opsigelse", "2027-02-01"),
        ("Hör av dig i april, inte förr.", "2027-04-01"),
        ("Fem måneders oppsigelsestid fra i dag.", "2027-03-01"),
        ("tre månaders uppsägningstid, sedan är jag fri", "2027-01-01"),
    ],
)
def test_a_nordic_wait_is_read(text, until):
    assert wait_until(text) == until


@pytest.mark.parametrize(
    ("text", "until"),
    [
        ("Not before the end of the Christmas break, please.", "2027-01-01"),
        ("Get back to me when Christmas is over.", "2027-01-01"),
        ("pas avant la fin de Noël", "2027-01-01"),
    ],
)
def test_a_holiday_s_end_is_the_day_after_it(text, until):
    assert wait_until(text) == until


@pytest.mark.parametrize(
    ("text", "until"),
    [
        ("Busy till Christmas, then free.", "2026-12-01"),
        ("Vi har sex i teamet nu.", None),
        ("jul i stugan med familjen", None),
    ],
)
def test_a_twin_keeps_its_reading(text, until):
    assert wait_until(text) == until
