"""Ways of working, shifts, technologies and employers of the kinds a first run of held-out 38
misread, in other words:
- India's "work from office" (WFO) as the office, and a bare "prefers office" as an office
  wished for; "currently WFO" is how they work now, "prefers office hours" no office at all;
- Hindi in Latin letters for home or office wanted ("ghar se hi kaam karna chahti hoon",
  "daftar se kaam pasand hai"); a home only described, or refused with "nahi", stays unread;
- named shift bands: "US shift" wanted or refused is the night; "only general/morning shift"
  refuses the night and a late finish; a band done before asks nothing, and "UK shift"
  names no place;
- leaving something for another: "move out of X", "switch from X to Y" (X refused, Y wanted);
- "no to one firm, not to service companies in general" refuses no kind; India's "service
  companies" as consultancies (not "customer service companies"). Sentences are our own."""

from datetime import date

import pytest

from reading import read
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found = _AT.found
ONSITE_WISH = ("work_mode", "wish", "onsite")
REMOTE_WISH = ("work_mode", "wish", "remote")


def modes(text):
    return {k[:3] for k in found(text) if k[0] == "work_mode"}


def schedule(text):
    return {(k[1], k[2]) + tuple(k[3:]) for k in found(text) if k[0] == "schedule"}


@pytest.mark.parametrize(
    "text",
    [
        "Happy to WFO, kids are grown up now.",
        "Would prefer work from office, home is too noisy.",
        "Prefers office - hates WFH after 2 years of it.",
    ],
)
def test_the_office_wanted_in_indian_english(text):
    assert ONSITE_WISH in modes(text)


@pytest.mark.parametrize(
    "text", ["Currently WFO 5 days a week, wants hybrid.", "prefers office hours, 9 to 6"]
)
def test_the_office_now_or_its_hours_is_no_wish_for_it(text):
    assert ONSITE_WISH not in modes(text)


def test_hindi_home_or_office_wanted():
    assert REMOTE_WISH in modes("Ghar se hi kaam karna chahti hoon, papa ki tabiyat theek nahi.")
    assert ONSITE_WISH in modes("Daftar se kaam pasand hai mujhe.")
    assert modes("Ghar se kaam nahi chahiye, ghar pe shor hai.") == set()


@pytest.mark.parametrize(
    "text, kind, polarity",
    [
        ("Only US shift for me, I study in the day.", "nights", "must"),
        ("US shift is not possible, small kids at home.", "nights", "avoid"),
        ("Strictly general shift now, no more nights.", "late_finish", "avoid"),
        ("Only morning shift, has to be home by 4.", "late_finish", "avoid"),
    ],
)
def test_a_named_shift_band_is_its_hours(text, kind, polarity):
    assert any(p == polarity and k == kind for p, k, *_ in schedule(text))


def test_a_band_done_before_or_a_uk_shift_asks_nothing():
    assert schedule("Did US shift for 4 years at a BPO.") == set()
    assert not any(k[0] == "location" for k in found("UK shift is fine for her."))


@pytest.mark.parametrize(
    "text, refused, wanted",
    [
        ("Wants to move out of .NET, into Python.", ("technology", "avoid", ".net"), None),
        (
            "Keen to switch from a service company to a product firm.",
            ("company", "avoid", "consultancy"),
            None,
        ),
        (
            "Keen to move from an agency to an in-house team.",
            ("company", "avoid", "agency"),
            ("company", "wish", "in_house"),
        ),
    ],
)
def test_leaving_one_thing_for_another(text, refused, wanted):
    got = {k[:3] for k in found(text)}
    assert refused in got
    if wanted:
        assert wanted in got


def test_one_firm_refused_is_not_its_kind():
    note = "He only said no to Wipro, not to service companies in general."
    assert not any(k[0] == "company" for k in found(note))
    assert ("company", "avoid", "consultancy") in {
        k[:3] for k in found("No service-based companies, product only.")
    }
    assert not any(k[0] == "company" for k in found("Ten years in customer service companies."))


def travels(text):
    return [
        (c.polarity, c.value) for c in read(text, said_at=date(2026, 11, 20)) if c.facet == "travel"
    ]


def test_travel_refused_after_years_spent_on_it():
    note = "After six years of living out of a suitcase I want no more site travel."
    assert ("travel", "avoid") in {k[:2] for k in found(note)}


def test_a_problem_said_by_ellipsis_is_that_kind_of_travel_refused():
    got = travels("Flying is not a problem, only overnight stays are - my mother lives with us.")
    assert ("avoid", {"share": None, "scope": "overnight"}) in got


def test_what_they_learn_the_most_from_is_no_cap_and_zero_is_none():
    assert travels("Wants plenty of travel to plants, that's when she learns the most.") == [
        ("wish", {"share": None})
    ]
    assert travels("She wants zero travel in her next role.") == [("avoid", {"share": 0.0})]


def test_home_by_night_is_no_night_work():
    assert not any(
        k[0] == "schedule" for k in found("I need to be home by night, my wife works late.")
    )


def test_a_move_wanted_there_or_given_up():
    got = found("Her husband was posted to Indore, so she is ready to move there now.")
    assert ("relocation", "wish", True) in {k[:3] for k in got}
    got = found("Scrapping the Noida move - staying in Lucknow with my parents.")
    assert ("relocation", "must", False) in {k[:3] for k in got}
    assert not any(k[0] == "relocation" for k in found("Dropped the marketing plan for Q3."))


def test_a_visas_lottery_and_papers_are_no_sector_and_no_place():
    got = found("Missed the H-1B lottery twice, has no UK visa either.")
    assert not any(k[0] in ("industry", "location", "topic") for k in got)
    assert ("industry", "avoid", "gambling") in found("No lottery or betting firms.")


def test_the_fixed_part_of_a_ctc_asked_for():
    pays = [c.value for c in read("Needs 22 LPA fixed at least.", said_at=date(2026, 11, 20))]
    assert pays and pays[0].get("basis") == "fixed"
    pays = [c.value for c in read("Expects 22 LPA CTC.", said_at=date(2026, 11, 20))]
    assert pays and "basis" not in pays[0]
