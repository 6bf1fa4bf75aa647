"""What a role's text says about its hours and its industry, as a person's conditions meet it."""

from datetime import date

import pytest

from matching.fit import ConditionFact, judge_condition
from reading.role_facts import role_facts


def refusal(facet: str, **value) -> ConditionFact:
    return ConditionFact(1, facet, "avoid", value, None, date(2026, 3, 1), "motivation", None)


@pytest.mark.parametrize(
    "line",
    [
        "- No on-call: a separate operations team covers nights and weekends",
        "- Nights and weekends are covered by a dedicated support team",
        "- Our follow-the-sun NOC handles nights, weekends and on-call",
    ],
)
def test_hours_another_team_covers_are_not_the_roles(line):
    facts = role_facts(title="SRE", description=f"Good to know:\n{line}")
    assert {"nights", "weekends"} <= facts.no_schedule
    assert not facts.schedule & {"nights", "weekends", "on_call"}
    met = judge_condition(refusal("schedule", kind="weekends"), facts)
    assert met is not None and met.kind == "met"


def test_hours_the_role_covers_itself_are_still_its_own():
    facts = role_facts(
        title="SRE", description="How we work:\n- You cover nights; the ops team handles weekends"
    )
    assert "nights" in facts.schedule and "weekends" in facts.no_schedule


@pytest.mark.parametrize(
    "description, industry",
    [
        ("Own the data pipelines behind our online sportsbook.", "gambling"),
        ("We're a betting exchange with two million customers.", "gambling"),
        ("Build the services that power our insurtech platform.", "insurance"),
        ("Own the pipelines.\n\nAbout us:\nA regulated bookmaker serving the UK.", "gambling"),
    ],
)
def test_a_business_named_by_another_word_is_its_industry(description, industry):
    facts = role_facts(title="Data Engineer", description=description)
    assert industry in facts.industries
    clash = judge_condition(refusal("industry", name=industry), facts)
    assert clash is not None and clash.kind == "unmet"


@pytest.mark.parametrize(
    "description",
    [
        "Build reporting with the finance team and present to the CFO.",
        "We build accounting tools for small businesses; partner with finance and ops teams.",
        "Experience in banking or betting analytics is a plus.",
    ],
)
def test_a_sector_named_in_passing_is_not_the_roles_industry(description):
    facts = role_facts(title="Data Engineer", description=description)
    assert not facts.industries & {"banking", "gambling"}
    assert judge_condition(refusal("industry", name="banking"), facts) is None


def test_the_department_names_the_industry():
    facts = role_facts(title="Backend Engineer", department="Sportsbook")
    assert "gambling" in facts.industries


def need(facet: str, **value) -> ConditionFact:
    return ConditionFact(1, facet, "must", value, None, date(2026, 3, 1), "motivation", None)


# --- full-time hours are full time; part time only from part-time cues ---------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Full-time, 40 hours a week",
        "37.5 hrs/week, Mon–Fri",
        "FT, Monday to Friday 9-5",
        "Full time (40h per week)",
        "Permanent, full-time position",
        "Hours: 35 hours per week, Monday-Friday",
    ],
)
def test_full_time_hours_are_not_part_time(line):
    facts = role_facts(title="Customer Success Manager", offers=[line])
    assert "part_time" not in facts.schedule
    clash = judge_condition(need("schedule", kind="part_time"), facts)
    assert clash is not None and clash.kind == "unmet"


@pytest.mark.parametrize(
    "line",
    [
        "Part-time, 20 hours a week",
        "PT role, 3 days/week",
        "0.6 FTE, flexible days",
        "24 hrs per week",
        "This is a 3-day-a-week position",
        "Working pattern: 3 days per week",
    ],
)
def test_part_time_cues_make_a_part_time_role(line):
    facts = role_facts(title="Customer Success Manager", offers=[line])
    assert "part_time" in facts.schedule
    met = judge_condition(need("schedule", kind="part_time"), facts)
    assert met is not None and met.kind == "met"


def test_office_days_are_not_part_time():
    facts = role_facts(title="Analyst", offers=["Hybrid: 3 days a week in our Leeds office"])
    assert "part_time" not in facts.schedule and facts.office_days == 3


# --- visa sponsorship offered or refused, in the shapes job ads use ------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Visa sponsorship (highly skilled migrant permit) and relocation support",
        "Visa sponsorship available",
        "We sponsor visas for the right candidate",
        "We can sponsor a Blue Card",
        "Able to sponsor H-1B visas",
        "Skilled Worker visa sponsorship offered",
        "We support work permits and relocation",
        "Sponsorship and relocation package provided",
        "HSM permit sponsored",
    ],
)
def test_sponsorship_offered_in_many_shapes_meets_a_need_for_sponsorship(line):
    facts = role_facts(title="Backend Engineer", offers=[line])
    assert facts.sponsorship is True
    met = judge_condition(need("visa", kind="needs_sponsorship"), facts)
    assert met is not None and met.kind == "met"


@pytest.mark.parametrize(
    "line",
    [
        "Unfortunately we are unable to sponsor visas",
        "No sponsorship available for this role",
        "Candidates must have the right to work in the UK",
        "We cannot offer visa sponsorship",
        "Sponsorship is not available",
        "No visa sponsorship or relocation",
    ],
)
def test_sponsorship_refused_goes_against_a_need_for_it(line):
    facts = role_facts(title="Backend Engineer", offers=[line])
    assert facts.sponsorship is False
    clash = judge_condition(need("visa", kind="needs_sponsorship"), facts)
    assert clash is not None and clash.kind == "unmet"


# --- the business a company description names ---------------------------------------------------


@pytest.mark.parametrize(
    "description, offers, industry",
    [
        ("Build the stock systems of a high-street fashion retailer.", [], "retail"),
        ("", ["Engineering team of a 300-store fashion retailer"], "retail"),
        ("Own checkout for a grocery chain with 400 branches.", [], "retail"),
        ("We run the UK's third-largest supermarket chain.", [], "retail"),
        ("Work on the web shop of an online fashion brand.", [], "ecommerce"),
        ("Join a challenger bank with two million customers.", [], "banking"),
        ("Data platform for a mortgage lender.", [], "banking"),
        ("Pricing models for a car insurer.", [], "insurance"),
        ("Backend for an online casino brand.", [], "gambling"),
        ("Scheduling software used by a network of private clinics.", [], "healthcare"),
        ("Build the patient app of a hospital group.", [], "healthcare"),
    ],
)
def test_a_company_described_by_what_it_does_is_in_that_industry(description, offers, industry):
    facts = role_facts(title="Backend Engineer", description=description, offers=offers)
    assert industry in facts.industries
    clash = judge_condition(refusal("industry", name=industry), facts)
    assert clash is not None and clash.kind == "unmet"


@pytest.mark.parametrize(
    "description",
    [
        "Our clients include retailers, banks and insurers.",
        "You'll partner with the retail team and the insurance analysts.",
        "Experience with e-commerce or retail clients is a plus.",
    ],
)
def test_customers_colleagues_and_experience_do_not_name_the_industry(description):
    facts = role_facts(title="Data Engineer", description=description)
    assert not facts.industries & {"retail", "banking", "insurance", "ecommerce"}


@pytest.mark.parametrize(
    "line, days",
    [("Two office days a week in Amsterdam", 2), ("3 on-site days per week", 3)],
)
def test_office_days_said_as_office_days_are_the_roles_office_days(line, days):
    facts = role_facts(title="Analyst", remote_policy="hybrid", offers=[line])
    assert facts.office_days == days and "part_time" not in facts.schedule
