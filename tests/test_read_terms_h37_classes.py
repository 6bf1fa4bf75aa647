"""Terms of the kinds a first run of held-out 37 missed, in other words:

- shoots away from home as travel: a person's "no more overseas shoots" (abroad refused), a
  role's "location shoots abroad twice a year" and "regular overnight visits to clients";
- a travel refusal that names its kind ("no overnights") kept over a bare one said before it;
- a seat with zero reports, refused ("won't go back to zero reports": to manage is wanted) or
  wanted ("happy with zero reports");
- a rise said as an amount over the pay now ("£15k more than the £60k she's on"): the sum;
- national permits by name: Ireland's CSEP and Stamp 4, the Dutch kennismigrant;
- office days in Dutch ("twee dagen per week op kantoor", a day a week "naar Utrecht reizen").

Each beside its twin: a studio shoot, a difference with no pay after it, a call at the office.
Sentences are our own."""

from datetime import date

import pytest

from reading import read
from reading.role_facts import role_facts
from tests.fit_helpers import goes_against
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found = _AT.found


def _one(text: str, facet: str) -> list:
    return [c for c in read(text, said_at=_AT.said_at) if c.facet == facet]


@pytest.mark.parametrize(
    "text",
    [
        "wont do overseas shoots any more, kids are small",
        "No more shoots abroad for me - home every night now.",
    ],
)
def test_shoots_abroad_refused_is_travel_kept_at_home(text):
    travel = _one(text, "travel")
    assert travel and travel[0].value.get("scope") in ("domestic", "overnight")


def test_a_studio_shoot_is_no_travel():
    assert not _one("loves the studio shoots, great crew", "travel")


@pytest.mark.parametrize(
    "offers",
    [
        ["Location shoots abroad twice a year"],
        ["Regular overnight visits to clients in Belfast"],
    ],
)
def test_a_roles_shoots_and_overnight_visits_are_travel(offers):
    facts = role_facts(title="Art Director", offers=offers, location="London, UK")
    assert facts.travel_share


def test_a_roles_studio_shoots_are_no_travel():
    facts = role_facts(
        title="Art Director", offers=["Shoots in our own studio"], location="London, UK"
    )
    assert not facts.travel_share


def test_a_refusal_that_names_its_kind_is_kept_over_a_bare_one():
    travel = _one("Quit audit because of the travel; wants no overnights, ever.", "travel")
    assert [c.value.get("scope") for c in travel if c.polarity == "avoid"] == ["overnight"]


def test_no_overnights_goes_against_a_role_with_overnight_visits():
    assert goes_against(
        "Left over the travel, no overnights now.",
        "travel",
        title="Auditor",
        offers=["Regular overnight visits to clients in Belfast"],
        location="London, UK",
    )


@pytest.mark.parametrize(
    "text, key",
    [
        (
            "She won't go back to zero reports after leading six.",
            ("management", "avoid", "hands_on"),
        ),
        ("Never again a seat without direct reports.", ("management", "avoid", "hands_on")),
        ("Happy with zero reports, wants to model.", ("management", "wish", "hands_on")),
    ],
)
def test_a_seat_with_zero_reports(text, key):
    assert key in found(text)


def test_zero_reports_refused_goes_against_an_ic_seat():
    assert goes_against(
        "Won't go back to zero reports.",
        "management",
        title="Senior Quant (individual contributor)",
        offers=["Individual contributor, no direct reports"],
    )


@pytest.mark.parametrize(
    "text, amount, polarity",
    [
        ("She needs £15k more than the £60k she's on.", 75000, "must"),
        ("wants 12k more than his current 58k", 70000, "wish"),
        ("Needs a €10k uplift on the €85k he's on now.", 95000, "must"),
    ],
)
def test_a_rise_over_the_pay_now_is_the_sum(text, amount, polarity):
    pay = _one(text, "pay")
    assert pay and pay[0].value["amount"] == amount and pay[0].polarity == polarity


def test_a_difference_with_no_pay_of_theirs_after_it_is_no_sum():
    pay = _one("The offer was £10k more than the £70k we budgeted.", "pay")
    assert not any(c.value.get("amount") == 80000 for c in pay)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Graduate on Stamp 1G, would need a CSEP to stay.", "needs_sponsorship"),
        ("She would need kennismigrant status to move.", "needs_sponsorship"),
        ("On Stamp 4 since 2024, free to switch.", "has_right_to_work"),
    ],
)
def test_a_national_permit_by_name(text, kind):
    assert any(c.value.get("kind") == kind for c in _one(text, "visa"))


@pytest.mark.parametrize(
    "text, days, polarity",
    [
        ("Hooguit twee dagen per week op kantoor.", 2, "must"),
        ("Vanuit Den Bosch reis ik niet vaker dan één dag per week naar Utrecht.", 1, "must"),
        ("Vier dagen op kantoor is prima.", 4, "wish"),
    ],
)
def test_dutch_office_days(text, days, polarity):
    mode = _one(text, "work_mode")
    assert mode and mode[0].value.get("days") == days and mode[0].polarity == polarity


def test_a_call_at_the_office_is_no_office_day():
    assert not _one("Bel me liever niet op kantoor, mailen mag.", "work_mode")
