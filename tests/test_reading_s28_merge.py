"""Classes the eighteenth session's merge took on beside its rounds, in our own wording.

- A research or industry conference held in the same weeks each year is a wait when waited on
  ("after NeurIPS", "post-CVPR", "once re:Invent is over"); a paper's deadline is not the
  conference, and a conference named in passing asks for no wait.
- Work done for armed forces or their buyers puts a role in defence ("autonomy for the US Navy",
  "software for allied defence customers"); an employer's perks for military families, or
  experience asked of the applicant, do not.
- A month's pay named before its figure is a month's, in English and Japanese ("a monthly salary
  of £4,000", "月給70万", "70万円/月"); a month said of something else leaves the year.
- A sector refused or accepted in French ("pas de défense", "ne veut pas travailler dans la
  défense", "préfère éviter tout ce qui touche à la défense", "la défense, ça lui va"); the all-sets
  check found it once a defence prime was read as defence.
- A role that must work the holidays says so ("Must work Christmas, New Year and February school
  holidays", "you'll work over the festive period").
- A recruiter's "cand on HK$1.6m" is what the candidate earns now, not an ask.
- The year's holidays off, needed every year ("needs Christmas and New Year off", "has to be home
  in Manila for Christmas - non-negotiable, every year"), refuses working them; "home for
  Christmas, call me after" stays a wait.
"""

from __future__ import annotations

from datetime import date

import pytest

from reading.role_facts import role_facts
from tests.reading_helpers import ReadAt

JUNE = ReadAt(date(2026, 6, 10))


@pytest.mark.parametrize(
    ("note", "until"),
    [
        ("Ping me again after NeurIPS.", "2026-12-01"),
        ("heads down till after neurips, then happy to chat", "2026-12-01"),
        ("post-CVPR works better for her", "2026-06-01"),  # CVPR 2026 not yet over on 10 June
        ("let's talk once re:Invent is over", "2026-12-01"),
        ("not before ICML please", "2026-07-01"),
        ("after Dreamforce", "2026-09-01"),
    ],
)
def test_a_yearly_conference_waited_on_is_a_wait(note, until):
    assert JUNE.wait_until(note) == until


@pytest.mark.parametrize(
    "note",
    [
        "heads down until the ICML deadline",
        "presented a poster at NeurIPS 2024, strong publication record",
        "met him at CVPR, great conversation",
    ],
)
def test_a_deadline_or_a_conference_in_passing_is_no_wait(note):
    assert JUNE.wait_until(note) is None


@pytest.mark.parametrize(
    "description",
    [
        "Build autonomy for uncrewed surface vessels for the US Navy and allied defence customers.",
        "You will write flight software for the Ministry of Defence.",
        "Ship perception models for defense customers across NATO.",
    ],
)
def test_work_for_armed_forces_puts_a_role_in_defence(description):
    assert "defence" in role_facts(title="Robotics Engineer", description=description).industries


@pytest.mark.parametrize(
    "description",
    [
        "Experience building for the army a plus.",
        "Great pay for armed forces leavers joining our data team.",
        "Build the checkout for our online bookshop.",
    ],
)
def test_perks_for_service_families_or_experience_asked_are_not_defence(description):
    assert "defence" not in role_facts(title="Engineer", description=description).industries


@pytest.mark.parametrize(
    ("note", "amount"),
    [
        ("wants a monthly salary of £4,000", 4000),
        ("monthly take-home of 3000 EUR needed", 3000),
        ("the monthly salary: 4500 EUR", 4500),
        ("月給70万は欲しいです", 700_000),
        ("月収は50万あれば十分です", 500_000),
        ("希望は70万円/月です", 700_000),
    ],
)
def test_a_month_s_pay_named_before_its_figure_is_a_month_s(note, amount):
    pay = JUNE.first_pay(note)
    assert pay["amount"] == amount and pay["period"] == "month"


@pytest.mark.parametrize("note", ["monthly pay is irrelevant, wants 50k", "希望年収は800万円"])
def test_a_month_said_of_something_else_leaves_the_year(note):
    assert JUNE.first_pay(note)["period"] == "year"


@pytest.mark.parametrize(
    ("note", "polarity"),
    [
        ("Pas de défense.", "avoid"),
        ("ne veut pas travailler dans la défense", "avoid"),
        ("finalement je préfère éviter tout ce qui touche à la défense", "avoid"),
        ("pas dans l'armement", "avoid"),
        ("la défense, ça lui va", "wish"),
        ("le spatial défense, ça lui va", "wish"),
    ],
)
def test_a_sector_refused_or_accepted_in_french(note, polarity):
    assert ("industry", polarity, "defence") in JUNE.found(note)


def test_french_sector_words_do_not_touch_other_refusals():
    assert not any(key[0] == "industry" for key in JUNE.found("pas de nuits, ça lui va"))


@pytest.mark.parametrize("note", ["Cand on HK$1.6m at a US firm.", "cand on 95k"])
def test_a_recruiter_s_cand_on_a_figure_is_current_pay_not_an_ask(note):
    assert JUNE.first_pay(note) is None


def test_the_ask_beside_current_pay_is_still_read():
    assert JUNE.first_pay("Cand on 95k, wants 110k")["amount"] == 110_000


@pytest.mark.parametrize(
    "note",
    [
        "needs Christmas and New Year off",
        "Has to be home in Manila for Christmas and New Year - non-negotiable, every year",
        "always away over the holidays with family, every year",
    ],
)
def test_the_year_s_holidays_off_refuse_working_them(note):
    assert ("schedule", "avoid", "bank_holidays") in JUNE.found(note)


@pytest.mark.parametrize(
    "note",
    [
        "got thanksgiving off for the first time in years!! open to new stuff",
        "Christmas off was nice",
    ],
)
def test_holidays_off_reported_ask_for_nothing(note):
    assert not any(key[0] == "schedule" for key in JUNE.found(note))


def test_home_for_christmas_then_a_call_is_a_wait_not_a_refusal():
    found = JUNE.found("home for Christmas, call me after")
    assert not any(key[0] == "schedule" for key in found)
    assert JUNE.wait_until("home for Christmas, call me after") == "2026-12-01"


@pytest.mark.parametrize(
    "offer",
    [
        "Must work Christmas, New Year and February school holidays",
        "You'll work over the festive period",
    ],
)
def test_a_role_that_must_work_the_holidays(offer):
    assert "bank_holidays" in role_facts(title="Front Office Manager", offers=[offer]).schedule


def test_a_role_closed_over_christmas_works_no_holidays():
    assert not role_facts(title="Front Office Manager", offers=["Closed over Christmas"]).schedule
