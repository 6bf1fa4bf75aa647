"""Opt-outs of the kinds a first run of held-out 37 missed, in other words: Dutch stops said
with "niet langer" (no longer) where "niet meer" was read, "door niemand (van jullie) meer
benaderd worden" (by nobody of yours again), the imperative "haal me uit jullie bestand" (take me
out of your files) and a bare "verwijder mijn gegevens" (delete my data); and a German stop
narrowed to a work address ("nicht mehr über meine Firmen-E-Mail, sondern privat"), which is no
opt-out. Their near-miss twins (no calls at the office, an old CV deleted, a reference list, a
plain German stop) keep their reading. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
opted_out = _AT.opted_out


@pytest.mark.parametrize(
    "text",
    [
        "Ik wens niet langer door jullie benaderd te worden.",
        "Hij wil niet langer gecontacteerd worden, dank u.",
        "Ik wil door niemand van uw organisatie meer gebeld worden.",
        "Zij wil door niemand meer benaderd worden.",
        "Haal me a.u.b. uit uw systeem.",
        "Haal mij uit het kandidatenbestand, ik heb een nieuwe baan.",
        "Verwijder al mijn gegevens. Groet, Sanne",
        "Graag verwijder mijn persoonsgegevens, alstublieft.",
    ],
)
def test_a_dutch_stop_in_these_words_is_read(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ik wil niet langer op mijn werk gebeld worden, mail me gerust.",
        "Verwijder mijn oude cv en gebruik de nieuwe versie.",
        "Verwijder mijn gegevens van de referentielijst van mijn oude baas.",
        "Haal me uit de groepsapp, de mail is genoeg.",
    ],
)
def test_a_dutch_near_miss_is_no_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bitte schreiben Sie mir nicht mehr an meine dienstliche E-Mail, lieber privat.",
        "Kontaktieren Sie mich bitte nicht mehr über meine Firmen-E-Mail, sondern über Gmail.",
        "Rufen Sie mich bitte nicht mehr auf meinem Diensthandy an, nur noch privat.",
    ],
)
def test_a_german_stop_to_a_work_address_is_no_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bitte kontaktieren Sie mich nicht mehr.",
        "Kontaktieren Sie mich bitte nicht mehr, auch nicht privat.",
    ],
)
def test_a_plain_german_stop_is_still_read(text):
    assert opted_out(text)
