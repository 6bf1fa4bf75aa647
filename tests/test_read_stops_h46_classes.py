"""Opt-outs, opt-ins and called-off waits of the kinds a first run of held-out 46 missed, in
other words: Bahasa wanting no more of being reached, said in the passive ("tak nak dikontak
lagi"), and details to be deleted, said passive ("data saya mohon dihapus"); the Malay stop with
no verb prefix ("berhenti hubungi"); a formal request to remove one's "particulars" or to refrain
from any further correspondence; every other channel refused "either"; "would like to be
considered again" lifting an earlier stop; a wait taken back with "scrap that" or by a job left
("quit my job already", Vietnamese "nghỉ việc rồi, giờ ... được luôn").

Their near-miss twins stay unread: the passive scoped to one kind of role or an hour ("dikontak
lagi soal posisi admin", "dihubungi jam kerja"), an old number to be deleted for a new one,
"berhenti" about something else, particulars to be updated, correspondence welcome, "any other
channel" with no "either" (this one kept open), "wouldn't want to be considered again", "will
quit my job in May". Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 9, 14))
found, opted_out, wait_until = _AT.found, _AT.opted_out, _AT.wait_until
OPT_IN = ("contact", "wish", "opt_in", None)


@pytest.mark.parametrize(
    "text",
    [
        "Mas, aku nggak mau dikontak lagi ya. Makasih.",
        "Saya tak nak dihubungi lagi untuk kerja apa-apa.",
        "Bu, data saya mohon dihapus dari sistem.",
        "CV aku tolong dihapus aja.",
        "Tolong berhenti hubungi aku.",
        "Please delete my particulars from your records.",
        "We request that you refrain from any further correspondence with our client.",
        "Kindly desist from future communications.",
        "Unfollowed you on Instagram - and please don't message me through any other app either.",
    ],
)
def test_an_opt_out_in_these_words_is_read(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Saya tak nak dikontak lagi soal posisi admin, kalau IT boleh.",
        "Aku nggak mau dihubungi jam kerja, malam aja ya.",
        "Nomor saya tolong dihapus, pakai yang baru ini.",
        "Saya sudah berhenti kerja di bank itu.",
        "Please update my particulars - new address attached.",
        "Further correspondence is most welcome.",
        "Please don't contact me on any other channel, Telegram works best.",
    ],
)
def test_a_near_miss_is_no_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hello again - we'd like to be considered again for the platform team.",
        "Rang in: she wants to be considered once more, send her the Q1 roles.",
    ],
)
def test_asking_to_be_considered_again_lifts_a_stop(text):
    assert OPT_IN in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I wouldn't want to be considered again, thanks.",
        "He does not want to be considered again.",
    ],
)
def test_refusing_to_be_considered_again_lifts_nothing(text):
    assert OPT_IN not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "scratch that, free to chat now.",
        "Forget that. Free to talk right now.",
        "Resigned from my job last week, can talk right now.",
        "Chị nghỉ việc rồi, bây giờ phỏng vấn được ngay.",
    ],
)
def test_a_wait_called_off_opens_them_from_the_day_said(text):
    assert wait_until(text) == "2026-09-01"


@pytest.mark.parametrize(
    "text",
    [
        "Will quit my job in May, can talk now about what comes after.",
        "tối nay nói chuyện được không anh?",
    ],
)
def test_a_near_miss_calls_nothing_off(text):
    assert wait_until(text) != "2026-09-01"
