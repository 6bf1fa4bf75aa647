"""Readings of the kinds a first run of held-out 24 (hospitality, retail and events) missed, in
our own words:

- a bare texting "STOP" with an emoji after it is an opt-out ("stop by the office" is not);
- Italian "non voglio più ricevere offerte" and "non mandatemi più proposte" refuse all we send
  (offers for one city or one kind are narrower and stay unread);
- Thai opt-outs that say "again" (อีก) or ask to delete one's data; a refusal of calls only, one
  that runs until a month, or "send jobs by LINE" stay unread;
- fixed-day holidays a season turns on: Songkran (also in Thai, "หลังสงกรานต์"), Ferragosto
  ("dopo Ferragosto") and Boxing Day (not the Boxing Day Test's days, nor a past Boxing Day sale);
- Italian "fino alla fine di <month>": until that month's end;
- a boss who "won't release" someone in a busy season is no permit tied to a sponsor (a sponsor,
  a school, or a release with a visa named still is);
- "X? no problem" - a question answered at once that it is fine - is a wish for X, in English and
  through the Spanish "¿...? ningún problema"; Italian "non ha problemi con" / "ha problemi con",
  Spanish "son un problema" / "no son un problema", and split shifts ("turni spezzati", "turno
  partido") named in either.
"""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found, opted_out, wait_until = _AT.found, _AT.opted_out, _AT.wait_until


@pytest.mark.parametrize(
    "text",
    [
        "STOP ✋",
        "stop 🙄🙄",
        "Stop!! 👎",
        "Non voglio più ricevere proposte da voi, grazie.",
        "non mandatemi più offerte di lavoro.",
        "ขอให้ไม่ต้องติดต่อดิฉันมาอีกนะคะ",
        "อย่าส่งงานมาอีกเลยครับ",
        "รบกวนลบข้อมูลส่วนตัวของดิฉันด้วยค่ะ",
    ],
)
def test_an_opt_out_in_these_words_is_read(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "stop by the office on friday and we'll chat",
        "stop 🛑 calling me during lunch service",
        "Non voglio più ricevere offerte per Torino.",
        "non voglio più fare le notti, le altre proposte mandatele pure",
        "อย่าโทรมาอีกนะคะ ส่งทางไลน์ได้",
        "อย่าติดต่อมาอีกจนกว่าจะถึงเดือนมีนาคม",
        "ส่งตำแหน่งงานมาทาง LINE ได้เลยค่ะ",
    ],
)
def test_a_near_miss_is_no_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    ("text", "said", "until"),
    [
        ("Resort's flat out - ring her after Songkran.", date(2026, 11, 2), "2027-04-01"),
        ("busy with the Thai New Year rush, after that I'm free", date(2026, 3, 1), "2026-04-01"),
        ("back after Thai New Year", date(2026, 12, 1), "2027-04-01"),
        ("ทักมาอีกทีหลังสงกรานต์นะครับ", date(2026, 12, 7), "2027-04-01"),
        ("Ci sentiamo dopo Ferragosto, adesso c'è la stagione.", date(2026, 5, 4), "2026-08-01"),
        (
            "Not before Ferragosto, the beach club is mine till then.",
            date(2025, 9, 1),
            "2026-08-01",
        ),
        ("Till after Boxing Day the shop floor owns me.", date(2026, 11, 9), "2026-12-01"),
        ("Rientro dal congedo fino alla fine di marzo.", date(2026, 11, 9), "2027-03-01"),
    ],
)
def test_a_fixed_day_holiday_or_month_end_is_waited_for(text, said, until):
    assert wait_until(text, said) == until


def test_a_past_boxing_day_sale_or_the_test_match_is_no_new_holiday():
    assert wait_until("worked every Boxing Day sale going, loved it", date(2026, 11, 9)) is None
    # the Test runs five days from the 26th: still December, as it was
    assert wait_until("not till after the Boxing Day Test", date(2026, 11, 9)) == "2027-01-01"


@pytest.mark.parametrize(
    "text",
    [
        "Peak weeks now and the GM won't release her till January.",
        "my exec chef refuses to release me before the new menu launches",
    ],
)
def test_a_busy_boss_is_no_sponsor(text):
    assert ("visa", "must", "needs_sponsorship") not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "his sponsor won't release him",
        "the hotel won't release her without a NOC, the visa's tied to them",
    ],
)
def test_a_sponsor_holding_a_permit_still_needs_sponsorship(text):
    assert ("visa", "must", "needs_sponsorship") in found(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Sundays? No problem at all.", ("schedule", "wish", "weekends")),
        ("Nights? not a problem, did them at the airport hotel", ("schedule", "wish", "nights")),
        ("¿Turnos de noche? Ningún problema.", ("schedule", "wish", "nights")),
        ("Non ho problemi con il turno spezzato.", ("schedule", "wish", "shifts")),
        ("Hanno problemi con i turni spezzati.", ("schedule", "avoid", "shifts")),
        ("Los turnos partidos son un problema para él.", ("schedule", "avoid", "shifts")),
        ("Los turnos de noche no son un problema.", ("schedule", "wish", "nights")),
    ],
)
def test_no_problem_and_a_problem_say_which_way(text, reading):
    assert reading in found(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Sundays? Never again.", ("schedule", "wish", "weekends")),
        ("Nights? Not sure yet.", ("schedule", "wish", "nights")),
        ("il capo ha problemi con i turni spezzati del personale", ("schedule", "wish", "shifts")),
    ],
)
def test_a_question_not_answered_fine_is_no_wish(text, reading):
    assert reading not in found(text)
