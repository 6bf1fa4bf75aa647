"""Terms as a Gulf or Asia-Pacific search firm hears them, each beside a near miss. Pay said by
the month against a monthly band ("needs AED 55k+ to go" against AED 40-45k a month), a raise
asked in the next sentence ("on QAR 28k/month. needs 25% to move"), the pay they are on held as a
floor ("won't drop below that"), Korean units ("연봉 8천 이상"); a sponsor's release refused or
signed, a role for citizens and PRs only; a cause denied ("wasn't over the pay") is no
condition; state-owned employers; KSA; a GM chair; mobile work. Sentences are our own."""

import pytest

from reading import read
from reading.role_facts import role_facts
from tests.fit_helpers import SAID, goes_against, judged, suits

AED_MONTHLY = dict(
    title="Project Director",
    salary_min=480_000,
    salary_max=540_000,
    currency="AED",
    offers=["AED 40,000-45,000 a month, housing included"],
)
QAR_MONTHLY = dict(
    title="Head of Maths",
    salary_min=360_000,
    salary_max=420_000,
    currency="QAR",
    offers=["QAR 30,000-35,000 per month"],
)
KRW = dict(title="Backend Engineer", salary_min=80_000_000, salary_max=95_000_000, currency="KRW")
CITIZENS_ONLY = dict(
    title="Compliance Manager",
    description="Open to Malaysian citizens and PRs only; we cannot support employment pass "
    "applications.",
)
LOCAL_TRANSFER = dict(
    title="Site Manager",
    description="Local hire only: a transferable iqama is required, no new visas.",
)


def conditions(text: str) -> set[tuple]:
    return {
        (c.facet, c.polarity, c.value.get("kind") or c.value.get("name") or c.value.get("place"))
        for c in read(text, said_at=SAID)
    }


def pays(text: str) -> list[dict]:
    return [c.value for c in read(text, said_at=SAID) if c.facet == "pay"]


@pytest.mark.parametrize(
    "note", ["needs AED 55k+ to go", "wants 60k minimum to move to the project side"]
)
def test_an_amount_of_a_months_size_is_a_months_pay_against_a_monthly_band(note):
    assert goes_against(note, "pay", **AED_MONTHLY)


@pytest.mark.parametrize("note", ["would take AED 42k for the right project", "42k is fine"])
def test_a_monthly_amount_inside_the_band_suits_it(note):
    assert suits(note, "pay", **AED_MONTHLY)


def test_a_yearly_amount_against_a_yearly_band_is_not_taken_for_a_month():
    assert suits(
        "wants £60k", "pay", title="Engineer", salary_min=55_000, salary_max=65_000, currency="GBP"
    )


@pytest.mark.parametrize(
    "note, amount",
    [
        ("on QAR 28k/month. needs 25% to move.", 35_000),
        ("Earning QAR 30k a month; she wants 15% more.", 34_500),
    ],
)
def test_a_raise_asked_in_the_next_sentence_is_on_the_pay_said_before(note, amount):
    assert pays(note)[0]["amount"] == amount
    assert suits(note, "pay", **QAR_MONTHLY)


def test_a_raise_in_equity_is_no_raise_in_pay():
    assert all(p["amount"] is None for p in pays("on £60k. Wants 10% more equity"))


@pytest.mark.parametrize(
    "note",
    [
        "on QAR 38k a month now, won't go below that",
        "Currently QAR 38k/month, won't take a pay cut",
    ],
)
def test_the_pay_they_are_on_held_as_a_floor_goes_against_a_band_below_it(note):
    assert pays(note)[0]["kind"] == "floor"
    assert goes_against(note, "pay", **QAR_MONTHLY)


@pytest.mark.parametrize(
    "note, amount, kind",
    [
        ("연봉 1억 이상 원합니다", 100_000_000, "floor"),
        ("연봉 8천5백이면 괜찮아요", 85_000_000, "ask"),
        ("월급 600만원 이상", 6_000_000, "floor"),
    ],
)
def test_korean_pay_units_are_read_as_won(note, amount, kind):
    (pay,) = pays(note)
    assert (pay["amount"], pay["currency"], pay["kind"]) == (amount, "KRW", kind)


def test_a_korean_floor_above_the_band_goes_against_it_and_an_ask_inside_suits_it():
    assert goes_against("연봉 1억 이상 원합니다", "pay", **KRW)
    assert suits("연봉 8천5백이면 괜찮아요", "pay", **KRW)
    assert pays("팀원 2천 명 규모") == []  # two thousand people, not pay


@pytest.mark.parametrize(
    "note",
    [
        "her sponsor refuses to release her until the contract is up",
        "iqama can't be transferred - he'd have to exit and come back on a new visa",
        "the company won't give him a NOC",
    ],
)
def test_a_release_refused_needs_a_new_visa(note):
    assert ("visa", "must", "needs_sponsorship") in conditions(note)
    assert goes_against(note, "visa", **LOCAL_TRANSFER)


@pytest.mark.parametrize(
    "note",
    [
        "residency transferable, and the employer has signed the release already",
        "NOC in hand from the current school",
        "Malaysian PR since 2017, no pass needed",
    ],
)
def test_a_release_signed_or_residence_held_is_the_right_to_work(note):
    assert ("visa", "wish", "has_right_to_work") in conditions(note)


def test_someone_elses_release_trouble_is_not_theirs():
    note = "worried since his friend's sponsor wouldn't release him last year; his own is fine"
    assert not any(f == "visa" for f, _, _ in conditions(note))


def test_a_citizens_and_prs_only_role_sponsors_nobody():
    assert role_facts(**CITIZENS_ONLY).sponsorship is False
    assert goes_against("would need a new EP from the next employer", "visa", **CITIZENS_ONLY)


def test_leaving_a_country_a_permit_forces_is_no_refusal_of_it():
    note = "he'd have to leave Oman and re-enter on a new visa"
    assert not any(f == "location" for f, _, _ in conditions(note))
    assert ("location", "avoid", "London") in conditions("wants to leave London")


@pytest.mark.parametrize(
    "note, denied",
    [
        ("it wasn't over the on-call, he just got a better offer", "schedule"),
        ("not because of the pay - the commute killed it", "pay"),
        ("she didn't walk away over the travel, it was her manager", "travel"),
        ("the night shifts weren't the issue, the pay was", "schedule"),
    ],
)
def test_a_cause_denied_is_no_condition(note, denied):
    assert not any(f == denied for f, _, _ in conditions(note))


@pytest.mark.parametrize(
    "note, facet",
    [
        ("withdrew over the on-call", "schedule"),
        ("Never working for a bank again.", "industry"),
        ("wasn't up for being in the office five days a week", "work_mode"),
    ],
)
def test_a_cause_given_still_counts(note, facet):
    assert any(f == facet for f, _, _ in conditions(note))


def test_out_of_one_sector_into_another_wishes_for_the_second():
    got = conditions("keen to get out of banking into a fintech")
    assert ("industry", "avoid", "banking") in got
    assert ("industry", "wish", "fintech") in got


def test_what_a_role_says_it_is_not_is_not_its_sector():
    assert (
        "banking"
        not in role_facts(
            title="AML Lead", description="AML at a payments app, not a bank."
        ).industries
    )


@pytest.mark.parametrize(
    "note, polarity",
    [
        ("keen on an NOC or another state-owned company - wants the pension", "wish"),
        ("done with GLCs, too much red tape", "avoid"),
        ("no more semi-government entities for her", "avoid"),
    ],
)
def test_state_owned_employers_are_the_public_sector(note, polarity):
    assert ("company", polarity, "public_sector") in conditions(note)


def test_a_role_at_a_national_oil_company_is_public_sector():
    role = dict(
        title="Reservoir Engineer", description="Reservoir engineer at a national oil company."
    )
    assert suits("wants a state-owned company for the stability", "company", **role)
    assert goes_against("won't work for a government-linked company again", "company", **role)


def test_ksa_is_saudi_arabia_and_a_riyadh_office_is_in_it():
    role = dict(title="Teacher", location="Riyadh, Saudi Arabia", remote_policy="onsite")
    assert ("location", "avoid", "Saudi Arabia") in conditions("no KSA, the family won't go")
    assert goes_against("no KSA, the family won't go", "location", **role)
    assert suits("KSA is fine for her now", "location", **role)


@pytest.mark.parametrize(
    "note, polarity",
    [
        ("says he's ready for a GM chair of his own", "wish"),
        ("doesn't want the general manager job", "avoid"),
    ],
)
def test_a_gm_chair_is_running_the_hotel(note, polarity):
    assert ("management", polarity, "manage") in conditions(note)
    assert not conditions("the GM post went to an internal candidate")


def test_mobile_work_refused_goes_against_a_react_native_role():
    role = dict(
        title="Mobile Engineer", description="Ship our iOS and Android apps in React Native."
    )
    assert ("technology", "avoid", "mobile") in conditions("web only, no mobile apps please")
    assert goes_against("web only, no mobile apps please", "technology", **role)
    assert suits("モバイルアプリをやりたいです", "technology", **role)
    assert not conditions("text my mobile")
    assert "technology" not in judged(
        "keen on mobile development", title="Data Engineer", description="Spark and dbt."
    ).get("unmet", set())
