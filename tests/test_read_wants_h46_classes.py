"""Wishes and refusals of the kinds a first run of held-out 46 misread, in other words: a cause
said as moving something "off" a fuel ("helps Indonesia get off diesel") is no refusal of the
place and a refusal of the fuel, as "wants off X" is; what someone does with their weekends
("learning Rust most weekends") is no refusal of weekend work even after a refusal; "into Go"
names the language; Thai refusals and asks of a tool named in Latin letters ("ไม่เอา PHP แล้ว",
"ขอ Kotlin"); the kind of employer in Bahasa and Vietnamese ("perusahaan keluarga", "công ty
nhỏ", "tập đoàn lớn"), a family company being a small one; Vietnamese "em" before a Vietnamese
word is the speaker, not an engineering manager (as "only wants" after it would make it).

Twins: "Jakarta is off" still refuses the place; "no weekend work" still refuses weekends; "into
go-to-market" is no language; "PHP ได้ครับ" refuses nothing; an EM role wanted in English is still
management. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 9, 14))
found = _AT.found


def test_moving_a_country_off_a_fuel_refuses_the_fuel_not_the_country():
    got = found("Would love a role that helps Indonesia get off diesel.")
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
