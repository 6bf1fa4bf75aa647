"""Wishes and refusals of the kinds a first run of held-out 46 misread, in other words: a cause
said as moving something "off" a fuel ("weans Indonesia off diesel") is no refusal of the
place and a refusal of the fuel, as "wants off X" is; what someone does with their weekends
("learning Rust most weekends") is no refusal of weekend work even after a refusal; "into Go"
names the language; Thai refusals and asks of a tool named in Latin letters ("ไม่เอา PHP แล้ว",
"ขอ Kotlin"); the kind of employer in Bahasa and Vietnamese ("perusahaan keluarga", "công ty
nhỏ", "tập đoàn lớn"), a family company being a small one; Vietnamese "em" before a Vietnamese
word is the speaker, not an engineering manager (as "only wants" after it would make it); work
refused at a kind of firm in Bahasa ("nggak mau kerja di ..."); leading a team in Bahasa ("pegang
tim", "pengen jadi EM"); moving home in Tagalog ("hindi lilipat ng ...", "handa lumipat sa
...") and the daily journey
refused ("ayaw ko na bumiyahe ng 2 oras papunta sa ... araw-araw").

Twins: "Jakarta is off" still refuses the place; "no weekend work" still refuses weekends; "into
go-to-market" is no language; "PHP ได้ครับ" refuses nothing; a project held ("pegang
project") is no team; "lumipat ng company" (changing employers) is no move; an EM role wanted
in English is still management. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 9, 14))
found = _AT.found


def test_moving_a_country_off_a_fuel_refuses_the_fuel_not_the_country():
    got = found("Would love a role that weans Indonesia off diesel.")
    assert not any(k[0] == "location" and k[1] == "avoid" for k in got)
    got = found("keen on anything that moves Malaysia off gas power")
    assert not any(k[0] == "location" and k[1] == "avoid" for k in got)


def test_wanting_off_a_fuel_is_no_wish_for_it():
    assert ("industry", "wish", "oil and gas") not in found("she wants off coal, badly")


def test_a_place_said_to_be_off_is_still_refused():
    assert ("location", "avoid", "jakarta") in found("Jakarta is off, Bandung is fine")


@pytest.mark.parametrize(
    "text",
    [
        "Done with PHP - learning Rust most weekends.",
        "Wants out of support, coding side projects on weekends.",
    ],
)
def test_a_pastime_at_weekends_is_no_schedule(text):
    assert not any(k[0] == "schedule" for k in found(text))


def test_weekend_work_refused_is_still_read():
    assert ("schedule", "avoid", "weekends") in found("Done with PHP - and no weekend work.")


def test_into_go_is_the_language():
    assert ("technology", "wish", "go") in found("Wants to leave C#, into Go full time.")
    assert not any(k[0] == "technology" for k in found("keen to move into go-to-market"))


def test_thai_refusal_and_ask_of_a_tool():
    got = found("ไม่เอา PHP แล้วค่ะ ขอ Kotlin หรือ Swift")
    assert ("technology", "avoid", "php") in got
    assert ("technology", "wish", "kotlin") in got
    assert not any(k[:2] == ("technology", "avoid") for k in found("PHP ได้ครับ ทำมา 3 ปี"))


@pytest.mark.parametrize(
    "text, kind, polarity",
    [
        ("Aku nggak mau kerja di perusahaan keluarga lagi.", "small", "avoid"),
        ("no more family companies for him", "small", "avoid"),
        ("Chị thích công ty nhỏ, gần nhà.", "small", "wish"),
        ("Em chỉ muốn làm ở tập đoàn lớn.", "large", "must"),
    ],
)
def test_the_kind_of_employer_in_bahasa_and_vietnamese(text, kind, polarity):
    got = found(text)
    assert ("company", polarity, kind) in got
    # Vietnamese "em" (I) before "chỉ muốn" (only want) is no engineering manager
    assert not any(k[0] == "management" for k in got)


def test_bahasa_work_refused_at_a_kind_of_firm_is_a_refusal():
    # "won't work at a pawnshop": what no facet names is a topic, refused
    assert ("topic", "avoid", "pegadaian") in found("Aku nggak mau kerja di pegadaian.")


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("Nggak mau pegang tim lagi, capek.", "avoid"),
        ("Udah siap memimpin tim sekarang.", "wish"),
        ("Pengen jadi EM tahun depan.", "wish"),
    ],
)
def test_bahasa_leading_a_team(text, wanted):
    assert ("management", wanted, "manage") in found(text)


def test_bahasa_a_project_held_is_no_team():
    assert not any(k[0] == "management" for k in found("Saya pegang project migrasi."))


@pytest.mark.parametrize(
    "text, willing",
    [
        ("Hindi na po siya lilipat ng Cebu.", False),
        ("Handa na po kami lumipat sa Davao City.", True),
    ],
)
def test_tagalog_moving_home(text, willing):
    assert any(k[0] == "relocation" and k[2] is willing for k in found(text))


def test_tagalog_changing_employers_is_no_move():
    assert not any(k[0] == "relocation" for k in found("Ready na siya lumipat ng company."))


def test_tagalog_daily_journey_refused():
    got = found("Ayaw ko na bumiyahe ng 2 oras papunta sa BGC araw-araw.")
    assert any(k[:2] == ("commute", "avoid") for k in got)
    assert not any(k[0] == "commute" for k in found("Okay lang mag-commute, may shuttle naman."))
