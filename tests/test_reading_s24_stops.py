"""Opt-outs and waits, the classes fixed in round s24 (our own wording):

- an opt-out said as no wish at all ("no desire to hear from you"), as an objection ("I do mind
  you ringing me"), as a removal made whole ("delete him completely"), in texting shorthand
  ("dnt msg agn"), in Portuguese and in Egyptian Arabic typed in Latin letters;
- a stop narrowed inside its own words (a day, an hour, a channel, an old address) or to one
  colleague is no opt-out; a DNC flag lifted later in the note is none; a complaint about
  another agency that would not stop is none; other mail still welcome takes the stop back;
- a permission to contact now ("fine to ring now", "call me now", "yes, fire away") makes the
  dates in the note no wait; "after that, fire away" still waits;
- returns after a break in other languages: the French rentrée, the Italian August ferie, the
  Dutch jaarwisseling, the Tagalog Bagong Taon, "ba3d el seif", the March closing in Hinglish;
- a holiday dated by a foreign "last year", and a wait asked for last year, are no wait;
- one channel stopped with another offered, in Spanish, Tagalog and Egyptian Arabic, is a
  channel preference, not an opt-out.
"""

from __future__ import annotations

from datetime import date

from tests.reading_helpers import ReadAt

R = ReadAt(date(2026, 5, 12))


def test_no_wish_to_hear_from_us_is_an_opt_out():
    assert R.opted_out(
        "Signed elsewhere. I have no desire to hear about future roles from your firm."
    )
    assert R.opted_out("She has no wish to hear from you, full stop.")
    assert not R.opted_out("I have no desire to hear about further roles in gambling.")


def test_an_objection_and_a_whole_removal_are_opt_outs():
    assert R.opted_out("To be clear, I do mind you ringing me. Stop.")
    assert not R.opted_out("I don't mind you ringing me about good roles.")
    assert R.opted_out("He's had enough - delete him completely.")
    assert R.opted_out("dnt msg me agn pls")


def test_a_stop_narrowed_inside_its_words_is_no_opt_out():
    assert not R.opted_out("Never phone me on a Saturday again, weekdays are fine.")
    assert not R.opted_out("Please don't email me there again - my new address is below.")
    assert not R.opted_out("Wants no further contact from Priya specifically; Tom is fine.")
    assert R.opted_out("Never contact me again.")


def test_a_flag_lifted_later_or_someone_elses_stop_is_none():
    assert not R.opted_out(
        "Was DNC'd in 2023 after a bad placement; rang us last week, flag lifted, keen on PM roles."
    )
    assert R.opted_out("Candidate asked to be DNC'd today. No more approaches.")
    assert not R.opted_out(
        "Said his last recruiter wouldn't leave him alone; glad we only call with real roles."
    )
    assert not R.opted_out(
        "Unsubscribe me from the newsletter please - direct calls are still fine."
    )


def test_permission_now_beats_the_dates_in_a_note():
    assert (
        R.wait_until("Appraisal cycle ends in September but that's irrelevant - fine to ring now.")
        is None
    )
    assert R.wait_until("Exams wrap in June; ok to call him now.") is None
    assert R.wait_until("Peak season runs to August. Yes, fire away.") is None
    assert R.wait_until("Stocktake runs to end of July - after that, fire away.") == "2026-07-01"
    assert R.wait_until("Fine to call after August.") == "2026-09-01"


def test_returns_after_a_break_in_other_languages():
    june = date(2026, 6, 3)
    assert R.wait_until("On en reparle après la rentrée.", june) == "2026-09-01"
    assert R.wait_until("Sentiamoci dopo le ferie estive.", june) == "2026-09-01"
    assert R.wait_until("Bel me na oud en nieuw.", june) == "2027-01-01"
    assert R.wait_until("Tawagan niyo ako pagkatapos ng Bagong Taon.", june) == "2027-01-01"
    assert R.wait_until("ba3d el sayf inshallah", june) == "2026-09-01"
    assert (
        R.wait_until("year end closing ke baad baat karte hain", date(2026, 1, 10)) == "2026-04-01"
    )


def test_foreign_stops():
    assert R.opted_out("Não queremos receber mais nenhum contato de vocês.")
    assert R.opted_out("mat tetwasal m3ay tani khalas")
    assert not R.opted_out("ma tetasel 3alaya fel shoghl")


def test_a_past_year_is_no_wait():
    assert R.wait_until("Nos vimos después de Navidad del año pasado; sigo disponible.") is None
    assert R.wait_until("Zmieniłem pracę po Wielkanocy w zeszłym roku, szukam teraz.") is None
    assert (
        R.wait_until(
            "Last year she asked us to hold off till after Easter; no need this time, call her."
        )
        is None
    )
    assert R.wait_until("Last year she asked us to wait till after Easter - same again this year.")


def test_one_channel_stopped_another_offered_in_other_languages():
    found = R.found("No me vuelvas a llamar a mi celular, prefiero que me escribas por mail.")
    assert ("contact", "avoid", "channel", "phone") in found
    assert ("contact", "wish", "channel", "email") in found
    assert not R.opted_out(
        "No me vuelvas a llamar a mi celular, prefiero que me escribas por mail."
    )
    assert ("contact", "wish", "channel", "whatsapp") in R.found(
        "No me llamen más al fijo, mejor por WhatsApp."
    )
    assert not R.opted_out("Huwag mo na po akong i-text, sa email na lang.")
    assert not R.opted_out("mat tetassel biya 3ala el telefon, eb3atli emails")
