"""Held-out 13's classes, in other words than its cases: Afrikaans stops, national days and dates
kept to the day, a probation counted from its dated start, a stop or a wait taken back, a month
that dates an apology or a past stop, "re any role", denied refusals and an H-1B transfer."""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

NOV = ReadAt(date(2026, 11, 16))


@pytest.mark.parametrize(
    "text",
    [
        "Moenie ons ooit weer kontak nie, dankie.",
        "Hou tog op om my te e-pos en te bel.",
        "Verwyder asb my inligting uit julle databasis.",
        "Ek wil nie meer deur julle gekontak word nie.",
    ],
)
def test_an_afrikaans_stop_is_an_opt_out(text):
    assert NOV.opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nie nou nie, maar hou my op hoogte.",
        "Skakel my eerder na ses, ek is by die werk.",
    ],
)
def test_an_afrikaans_not_now_or_call_later_is_no_opt_out(text):
    assert not NOV.opted_out(text)


@pytest.mark.parametrize(
    ("text", "said", "until", "day"),
    [
        (
            "busy through Anzac, nothing till after ANZAC Day",
            date(2026, 11, 16),
            "2027-04-01",
            "2027-04-26",
        ),
        (
            "won't look at anything before Waitangi Day",
            date(2026, 11, 16),
            "2027-02-01",
            "2027-02-06",
        ),
        (
            "moving home to Ottawa, call after Canada Day",
            date(2027, 3, 1),
            "2027-07-01",
            "2027-07-02",
        ),
        (
            "shares vest 4/20 - he won't budge till then, $190k base",
            date(2026, 11, 16),
            "2027-04-01",
            "2027-04-20",
        ),
    ],
)
def test_a_national_day_or_a_numeric_date_waits_to_the_day(text, said, until, day):
    waits = [c.value for c in __import__("reading").read(text, said_at=said) if c.facet == "wait"]
    assert waits and waits[0]["until"] == until and waits[0].get("day") == day


def test_a_national_day_is_not_a_place():
    found = NOV.found("not until after Canada Day, sorry")
    assert not any(k[0] == "location" for k in found)


def test_a_probation_counts_from_its_dated_start():
    said = date(2026, 4, 20)
    assert NOV.wait_until(
        "Joined 23 March, six month probation, staying put till it's over", said
    ) == ("2026-09-01")
    assert NOV.wait_until("six month probation, staying put till it's over", said) == "2026-10-01"


@pytest.mark.parametrize(
    "text",
    [
        "Sorry for the curt reply in March, I am open to hearing about openings again.",
        "Semi-retirement isn't for me - keen to get back on your books for locum work.",
    ],
)
def test_a_stop_taken_back_in_new_words_is_an_opt_in(text):
    assert ("contact", "wish", "opt_in", None) in NOV.found(text)
    assert NOV.wait_until(text) is None


def test_not_wanting_back_on_the_list_is_no_opt_in():
    assert ("contact", "wish", "opt_in", None) not in NOV.found("not keen to be back on your list")


def test_a_stop_recalled_with_its_month_is_no_wait():
    text = (
        "I know I told you to stop ringing me back in August, but I'm looking now - get in touch."
    )
    assert NOV.wait_until(text) is None
    assert NOV.wait_until("sorry, flat out, call me in March") == "2027-03-01"


def test_a_wait_called_off_in_new_words_opens_now():
    text = "Forget what I said about June, the contract got axed. Free now."
    assert NOV.wait_until(text) == "2026-11-01"


def test_a_stop_about_any_role_is_all_contact_and_one_about_a_sector_is_not():
    assert NOV.opted_out("She asked us never to call her again re any job.")
    assert not NOV.opted_out("She asked us never to call her again re retail roles.")


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("no issues with weekend work if it's paid", "wish"),
        ("he has a big problem with weekends, won't do them", "avoid"),
    ],
)
def test_an_issue_with_a_bare_term_is_with_the_term(text, polarity):
    assert ("schedule", polarity, "weekends") in NOV.found(text)


def test_a_never_denied_is_no_refusal():
    assert ("schedule", "wish", "nights") in NOV.found("Wouldn't say he'll never do nights again.")
    assert ("schedule", "avoid", "nights") in NOV.found("He'll never do nights again.")


def test_a_transfer_we_would_have_to_file_is_a_sponsorship_need():
    assert ("visa", "must", "needs_sponsorship") in NOV.found(
        "L-1 with her current firm; would need you to lodge a visa transfer."
    )
