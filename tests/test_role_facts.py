"""What a role's text says about its hours and its industry, as a person's conditions meet it."""

from datetime import date

import pytest

from matching.fit import ConditionFact, judge_condition
from reading import read
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


# --- a second stranger's cases (held-out 2): the role's side of each class ---------------------


def person(text: str, *, source: str = "motivation") -> list[ConditionFact]:
    """What someone told us, read as the matcher holds it."""
    return [
        ConditionFact(i, c.facet, c.polarity, c.value, text[c.start : c.end], c.said_at, source, 7)
        for i, c in enumerate(read(text, said_at=date(2026, 11, 1)), 1)
    ]


def kinds(text: str, role, **kw) -> dict[str, str]:
    """facet -> the kind of judgement the role gets against what ``text`` says."""
    return {
        c.facet: j.kind for c in person(text) if (j := judge_condition(c, role, **kw)) is not None
    }


@pytest.mark.parametrize(
    "requirements",
    [
        "5+ years of Python\nJoining the 1-in-5 out-of-hours on-call rotation",
        "Python\nYou'll take part in our on-call rota, one week in six",
        "Go\nBeing on the out-of-hours rota once a month",
    ],
)
@pytest.mark.parametrize(
    "said", ["no pager. ever again. did 5 yrs of it", "OOH support - never again", "no on-call"]
)
def test_a_rota_the_hire_joins_is_the_roles_and_clashes_with_a_refusal(requirements, said):
    role = role_facts(title="Backend Engineer", requirements=requirements)
    assert "on_call" in role.schedule
    assert kinds(said, role)["schedule"] == "unmet"


@pytest.mark.parametrize(
    "requirements",
    [
        "Experience running on-call rotations",
        "Familiarity with PagerDuty and incident response",
        "You have improved an on-call rota before",
    ],
)
def test_a_rota_asked_for_as_experience_is_not_the_roles_hours(requirements):
    assert "on_call" not in role_facts(title="SRE", requirements=requirements).schedule


PART_TIME_ROLE = dict(
    title="Customer Success Manager (part-time)",
    description="A part-time role: 24 hours over three days a week, salary pro rata.",
)


@pytest.mark.parametrize(
    "said",
    [
        "needs a FT salary - PT doesn't pay the bills",
        "part-time won't pay the mortgage",
        "PT isn't enough money for her",
    ],
)
def test_part_time_that_does_not_pay_clashes_with_a_part_time_role(said):
    assert kinds(said, role_facts(**PART_TIME_ROLE))["schedule"] == "unmet"


@pytest.mark.parametrize(
    "said", ["wants fewer days, ideally 3/wk", "looking to cut down her hours", "wants to go PT"]
)
def test_fewer_days_wanted_is_met_by_a_part_time_role(said):
    assert kinds(said, role_facts(**PART_TIME_ROLE))["schedule"] == "met"


@pytest.mark.parametrize(
    "said",
    [
        "on an H-1B - would need the new employer to transfer it and file for his GC",
        "needs a new Skilled Worker sponsor if she moves",
        "his visa is tied to his current employer",
    ],
)
def test_a_visa_to_take_over_clashes_with_a_role_that_cannot_sponsor(said):
    role = role_facts(
        title="Backend Engineer", offers=["We cannot sponsor or transfer visas for this position"]
    )
    assert role.sponsorship is False
    assert kinds(said, role)["visa"] == "unmet"


def band(low: int, high: int, currency: str, description: str = ""):
    return role_facts(
        title="Backend Engineer",
        description=description,
        salary_min=low,
        salary_max=high,
        currency=currency,
    )


TC_BAND = "Total compensation (base plus RSUs) of $200k-$250k."


@pytest.mark.parametrize(
    "said",
    [
        "would move for around 240K TC",
        "~240k total comp and he'd move",
        "TC around 255k",
        "looking for 230k",
    ],
)
def test_a_pay_ask_within_the_band_is_never_a_conflict(said):
    verdict = kinds(said, band(200_000, 250_000, "USD", TC_BAND))["pay"]
    assert verdict == "met"


@pytest.mark.parametrize(
    "said, role",
    [
        ("asking 700k", band(600_000, 750_000, "SEK")),
        ("wants about 42k", band(38_000, 45_000, "GBP")),
        ("exp 45 LPA, bit flexible", band(3_500_000, 5_000_000, "INR")),
    ],
)
def test_an_amount_with_no_currency_is_compared_in_the_bands(said, role):
    assert kinds(said, role)["pay"] == "met"


@pytest.mark.parametrize(
    "said",
    ["won't leave big tech for under 450K TC", "needs at least $400k total comp"],
)
def test_a_pay_floor_far_above_the_band_is_still_a_conflict(said):
    assert kinds(said, band(200_000, 250_000, "USD", TC_BAND))["pay"] == "unmet"


def test_total_comp_against_a_base_band_is_for_the_recruiter_to_check():
    said = "needs at least 300K TC"
    assert kinds(said, band(200_000, 250_000, "USD"))["pay"] == "unknown"
    assert kinds(said, band(200_000, 250_000, "USD", TC_BAND))["pay"] == "unmet"


def test_a_figure_in_another_unit_than_the_band_is_not_taken_for_its_currency():
    said = "current CTC 55L, expecting 70+ to move"
    assert kinds(said, band(3_000_000, 4_500_000, "INR"))["pay"] == "unmet"


@pytest.mark.parametrize(
    "said, description",
    [
        (
            "wants work that actually helps patients",
            "Build the software that helps NHS clinics cut their waiting lists.",
        ),
        ("keen on health tech", "Our app helps patients manage their diabetes at home."),
        (
            "only wants climate / energy-transition work now",
            "We build the software behind solar farms.",
        ),
        ("would love to work on the energy transition", "Own the data of our heat pump installs."),
        ("wants to help kids learn", "Build the tools teachers use to set homework for pupils."),
    ],
)
def test_a_cause_wanted_is_met_by_what_the_role_does(said, description):
    assert kinds(said, role_facts(title="Engineer", description=description))["mission"] == "met"


@pytest.mark.parametrize(
    "said, facet",
    [
        ("only wants climate / energy-transition work now", "mission"),
        ("health tech only from now on", "mission"),
        ("fintech only", "industry"),
    ],
)
def test_a_cause_or_sector_required_misses_a_role_known_to_be_elsewhere(said, facet):
    role = role_facts(
        title="Data Engineer",
        description="Own the pipelines of our programmatic advertising platform.",
    )
    assert role.industries == {"adtech"}
    judged = kinds(said, role)[facet]
    assert judged == "unmet"


def test_a_cause_wished_or_required_of_a_role_that_says_nothing_is_not_a_miss():
    role = role_facts(title="Data Engineer", description="Own our data pipelines.")
    assert "mission" not in kinds("keen on climate work", role)
    assert kinds("only wants climate work", role)["mission"] == "unknown"


def test_a_service_health_check_is_no_health_mission():
    role = role_facts(title="SRE", description="You will own service health checks and alerting.")
    assert "health" not in role.missions


# --- a third stranger's cases (held-out 3): the role's side of each class ----------------------


@pytest.mark.parametrize(
    "said", ["zero on-call or no deal", "on call is a hard no", "pager = dealbreaker for him"]
)
def test_an_emphatic_refusal_clashes_with_a_shared_paged_rota(said):
    role = role_facts(
        title="Backend Engineer",
        description="The team shares a paged on-call rota, one week in five.",
    )
    assert kinds(said, role)["schedule"] == "unmet"


@pytest.mark.parametrize(
    "said",
    ["won't take another 'Senior' title - Staff or nothing", "not another Senior title pls"],
)
def test_a_level_refused_misses_a_role_at_that_level_and_a_level_above_meets_it(said):
    senior = role_facts(title="Senior Software Engineer", seniority="senior")
    staff = role_facts(title="Staff Software Engineer", seniority="staff")
    assert kinds(said, senior)["seniority"] == "unmet"
    assert kinds(said, staff)["seniority"] == "met"


@pytest.mark.parametrize(
    "said",
    [
        "pulled out at final b/c of the 1-in-4 pager rotation - newborn at home",
        "withdrew b/c of the on-call",
    ],
)
def test_last_times_rota_is_resolved_by_a_role_with_no_on_call(said):
    role = role_facts(title="SRE", description="This role has no on-call and no out-of-hours work.")
    assert "on_call" in role.no_schedule
    assert kinds(said, role, last_time=True)["schedule"] == "resolved"


@pytest.mark.parametrize(
    "said", ["Said no to 4 office days, wants 1 max", "turned down four days in the office, 2 max"]
)
def test_office_days_refused_last_time_still_stand_against_as_many_again(said):
    four = role_facts(
        title="Backend Engineer", remote_policy="hybrid", offers=["4 days a week in the office"]
    )
    one = role_facts(
        title="Backend Engineer", remote_policy="hybrid", offers=["1 day a week in the office"]
    )
    assert four.office_days == 4 and one.office_days == 1
    assert kinds(said, four, last_time=True)["work_mode"] == "standing"
    assert kinds(said, one, last_time=True)["work_mode"] == "resolved"


@pytest.mark.parametrize(
    "said, role, verdict",
    [
        ("looking for R130k pm to move", band(900_000, 1_100_000, "ZAR"), "unmet"),
        ("looking for R80k pm to move", band(900_000, 1_100_000, "ZAR"), "met"),
        ("expecting ₦3.5m monthly gross", band(18_000_000, 24_000_000, "NGN"), "unmet"),
        ("expecting ₦1.7m monthly gross", band(18_000_000, 24_000_000, "NGN"), "met"),
        (
            "on $140/hr as a contractor, a perm offer has to match that",
            band(150_000, 175_000, "AUD"),
            "unmet",
        ),
        (
            "on $72/hr as a contractor, a perm offer has to match that",
            band(150_000, 175_000, "AUD"),
            "met",
        ),
        ("wants 12 lakh a month", band(3_000_000, 4_500_000, "INR"), "unmet"),
        ("£450 pd", band(90_000, 110_000, "GBP"), "met"),
    ],
)
def test_pay_in_other_currencies_and_periods_is_compared_a_year_in_the_bands(said, role, verdict):
    assert kinds(said, role)["pay"] == verdict


# --- a role's rate in its description, in any currency and period, against asks in kind -------


def described(description: str, **fields):
    return role_facts(title="Backend Engineer", description=description, **fields)


@pytest.mark.parametrize(
    "description, low, high, currency, period",
    [
        ("Rate: C$85–95/h, fully remote.", 85, 95, "CAD", "hour"),
        ("We pay AUD 900-1,000 a day for this contract.", 900, 1000, "AUD", "day"),
        ("SGD 8,000 - 9,500 per month plus bonus.", 8000, 9500, "SGD", "month"),
        ("£550-600 a day, inside IR35.", 550, 600, "GBP", "day"),
        ("Salary €70k–€85k.", 70_000, 85_000, "EUR", "year"),
    ],
)
def test_a_rate_in_the_description_keeps_its_currency_and_period(
    description, low, high, currency, period
):
    facts = described(description)
    assert (facts.pay_min, facts.pay_max, facts.currency, facts.pay_period) == (
        low,
        high,
        currency,
        period,
    )


@pytest.mark.parametrize(
    "said, description, verdict",
    [
        ("C$120/h minimum", "Rate: C$85–95/h, remote.", "unmet"),
        ("looking for C$90/h", "Rate: C$85–95/h, remote.", "met"),
        ("won't go below 130 CAD an hour", "CAD 85-95 per hour, remote.", "unmet"),
        ("90 an hour works", "CAD 85-95 per hour, remote.", "met"),
        ("A$1,300 a day minimum", "We pay AUD 900-1,000 a day for this contract.", "unmet"),
        ("looking for 950 a day", "We pay AUD 900-1,000 a day for this contract.", "met"),
        ("expecting 14k pm", "SGD 8,000 - 9,500 per month plus bonus.", "unmet"),
        ("8.5k a month would do", "SGD 8,000 - 9,500 per month plus bonus.", "met"),
    ],
)
def test_an_ask_is_compared_with_a_rate_in_the_roles_own_period(said, description, verdict):
    assert kinds(said, described(description))["pay"] == verdict


@pytest.mark.parametrize(
    "said, verdict",
    [
        ("looking for 150-160", "unmet"),
        ("wants 150–160k", "unmet"),
        ("ideally 140 to 150k", "unmet"),
        ("looking for 95-100", "met"),
        ("100–110k would do it", "met"),
        # the range's bottom is held like a floor: 118-125 against a top of 115 is above it
        ("sal expectations 118-125", "unmet"),
        ("expecting 112-120k", "met"),
    ],
)
def test_a_bare_range_is_in_the_bands_currency(said, verdict):
    assert kinds(said, band(100_000, 115_000, "EUR"))["pay"] == verdict


# --- a role whose description alone says there is no office is remote ------------------------


@pytest.mark.parametrize(
    "description",
    [
        "Build our payments APIs. We're fully distributed across Europe.",
        "There is no office - the whole team works from home.",
        "Remote-first, no HQ: we meet twice a year.",
        "We don't have an office; everyone works remotely.",
        "An office-less company since 2019.",
    ],
)
def test_a_description_that_says_there_is_no_office_makes_a_remote_role(description):
    facts = described(description)
    assert facts.work_mode == "remote"
    assert kinds("remote only", facts)["work_mode"] == "met"
    assert kinds("prefers being in the office 5 days a week", facts)["work_mode"] == "unmet"


@pytest.mark.parametrize(
    "description",
    ["No office politics, just good engineering.", "We have no office dress code."],
)
def test_no_office_politics_is_not_no_office(description):
    assert described(description).work_mode is None


# --- office days by weekday --------------------------------------------------------------------


def hybrid(*offers: str):
    return role_facts(title="Backend Engineer", remote_policy="hybrid", offers=list(offers))


@pytest.mark.parametrize(
    "offer, days, weekdays",
    [
        ("Office every Monday and Friday", 2, {"mon", "fri"}),
        ("Tue–Thu in office", 3, {"tue", "wed", "thu"}),
        ("In the Glasgow office Tuesday to Thursday", 3, {"tue", "wed", "thu"}),
        ("Mondays and Wednesdays on site", 2, {"mon", "wed"}),
    ],
)
def test_office_days_named_by_weekday_are_counted_and_kept(offer, days, weekdays):
    facts = hybrid(offer)
    assert (facts.office_days, set(facts.office_weekdays)) == (days, weekdays)


@pytest.mark.parametrize(
    "said",
    [
        "Fridays from home",
        "WFH Mon and Fri",
        "hybrid is fine as long as Fridays are at home",
        "needs to work from home on Mondays (school run)",
    ],
)
def test_a_weekday_at_home_conflicts_with_an_office_on_that_day(said):
    assert kinds(said, hybrid("Office every Monday and Friday"))["work_mode"] == "unmet"
    assert kinds(said, hybrid("Tue–Thu in office"))["work_mode"] == "met"


@pytest.mark.parametrize(
    "said",
    [
        "no office on Fridays",
        "hybrid fine, never in the office on mondays or fridays",
        "not coming in on fridays - school run",
        "Fridays are office-free for him",
    ],
)
def test_office_days_refused_by_weekday_are_home_days(said):
    # "no office on Fridays" had read as an office day on Friday: the wrong way round
    assert kinds(said, hybrid("Office every Monday and Friday"))["work_mode"] == "unmet"
    assert kinds(said, hybrid("Tue–Thu in office"))["work_mode"] == "met"


def test_a_role_line_refusing_a_weekday_does_not_make_it_an_office_day():
    facts = hybrid("Office Mon–Thu, no office on Fridays")
    assert set(facts.office_weekdays) == {"mon", "tue", "wed", "thu"}


def test_a_weekday_that_has_to_be_at_home_is_a_must():
    said = person("hybrid ok but Mondays have to be from home")
    assert [(c.polarity, c.value.get("home")) for c in said if c.facet == "work_mode"] == [
        ("must", ["mon"])
    ]


def test_office_weekdays_named_must_cover_the_roles():
    assert kinds("can do office Tue-Thu", hybrid("Tue–Thu in office"))["work_mode"] == "met"
    assert kinds("can do office Tue-Thu", hybrid("Office every Monday and Friday"))[
        "work_mode"
    ] == ("unmet")


# --- a company's size from its description ----------------------------------------------------


@pytest.mark.parametrize(
    "description",
    [
        "Join one of Europe's largest insurers.",
        "A FTSE 100 bank modernising its payments.",
        "We employ 50,000 people in 30 countries.",
        "A Fortune 500 retailer with 12,000 staff.",
        "One of the world's biggest logistics groups.",
    ],
)
def test_a_large_company_from_its_description_meets_big_corp_only(description):
    facts = described(description)
    for said in ("big corp only", "enterprise only", "wants a large company"):
        assert kinds(said, facts)["company"] == "met", said
    assert kinds("no big corporates", facts)["company"] == "unmet"
    assert kinds("startups only", facts)["company"] == "unmet"


def test_a_small_headcount_is_not_a_large_company():
    facts = described("A team of 40 people building tools for farmers.")
    assert "company" not in kinds("big corp only", facts) or (
        kinds("big corp only", facts)["company"] != "met"
    )


# --- last time's office days, said in other ways ----------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Offer declined: 4 office days a week was a deal-breaker, she'd do 2 max",
        "Turned us down over the 4-day office mandate.",
        "walked away - four days onsite was a non-starter for him",
    ],
)
def test_office_days_that_ended_the_last_process_stand_against_as_many_again(said):
    four = hybrid("4 days a week in the office")
    one = hybrid("1 day a week in the office")
    assert kinds(said, four, last_time=True)["work_mode"] == "standing"
    assert kinds(said, one, last_time=True)["work_mode"] == "resolved"


# --- a tight commute cap against an office across town ----------------------------------------


def commute_kinds(said: str, home: str, role) -> set[str]:
    from matching.fit import judge

    return {j.kind for j in judge(person(said), role, person_location=home) if j.facet == "commute"}


ONSITE_WHARF = role_facts(
    title="Backend Engineer", remote_policy="onsite", location="Canary Wharf, London, UK"
)


@pytest.mark.parametrize(
    "said",
    [
        "30 min commute max",
        "can't do more than 40 minutes each way",
        "journey must be under half an hour door to door",
    ],
)
def test_a_tight_commute_cap_stands_against_an_office_across_town(said):
    assert "unmet" in commute_kinds(said, "Ealing, London, UK", ONSITE_WHARF)
    assert "unmet" not in commute_kinds(said, "Canary Wharf, London, UK", ONSITE_WHARF)


def test_no_commute_cap_is_no_commute_conflict():
    assert "unmet" not in commute_kinds(
        "doesn't mind a long train ride", "Ealing, London, UK", ONSITE_WHARF
    )


def test_a_commute_cap_is_no_obstacle_to_a_remote_role():
    remote = role_facts(title="Backend Engineer", remote_policy="remote")
    assert "unmet" not in commute_kinds("30 min commute max", "Ealing, London, UK", remote)


def said(facet: str, polarity: str, **value) -> ConditionFact:
    return ConditionFact(1, facet, polarity, value, None, date(2026, 3, 1), "motivation", None)


@pytest.mark.parametrize(
    ("description", "mode", "days"),
    [
        ("We are an office-first company, together in our Leeds studio.", "onsite", 5),
        ("The whole team works from our Porto office Monday to Friday.", "onsite", 5),
        ("We sit together in the office most days.", "hybrid", 4),
        ("You'll join us at our Lyon office five days a week.", "onsite", 5),
    ],
)
def test_an_office_culture_said_only_in_the_description_is_the_roles_mode(description, mode, days):
    facts = role_facts(title="Backend Engineer", description=f"Build our APIs. {description}")
    assert (facts.work_mode, facts.office_days) == (mode, days)
    remote_only = need("work_mode", mode="remote")
    judged = judge_condition(remote_only, facts)
    assert judged is not None and judged.kind != "met"


@pytest.mark.parametrize(
    ("offer", "band"),
    [
        ("Day rate £500-600, outside IR35", (500, 600, "day")),
        ("€70/hour, six-month contract", (70, 70, "hour")),
        ("Daily rate: €480 – €560", (480, 560, "day")),
    ],
)
def test_a_rate_in_the_offers_is_a_band_with_its_period(offer, band):
    """Kept as said, with its period: the fit compares it a year against a year."""
    facts = role_facts(title="Contract Engineer", offers=[offer])
    assert (facts.pay_min, facts.pay_max, facts.pay_period) == band


def test_a_day_rate_floor_above_the_roles_day_rate_goes_against_it():
    facts = role_facts(title="Contract Engineer", offers=["Day rate £450–520"])
    floor = need("pay", amount=700, currency="GBP", period="day", kind="floor")
    within = said("pay", "wish", amount=480, currency="GBP", period="day", kind="ask")
    assert judge_condition(floor, facts).kind != "met"
    assert judge_condition(within, facts).kind == "met"


@pytest.mark.parametrize(
    ("description", "industry"),
    [
        ("Software for defence and maritime logistics.", "defence"),
        ("Payments infrastructure for online casinos.", "gambling"),
        ("Tools for banks to catch fraud in real time.", "banking"),
    ],
)
def test_software_for_a_sector_puts_the_role_in_it(description, industry):
    facts = role_facts(title="Backend Engineer", description=description)
    assert industry in facts.industries
    judged = judge_condition(refusal("industry", name=industry), facts)
    assert judged is not None and judged.kind != "met"


@pytest.mark.parametrize(
    "description",
    [
        "We are migrating off Jenkins to GitHub Actions this year.",
        "You will help us replace our legacy Jenkins setup with GitHub Actions.",
        "Jenkins is being retired in favour of GitHub Actions.",
    ],
)
def test_a_technology_the_role_is_leaving_is_not_one_it_offers(description):
    facts = role_facts(title="Platform Engineer", description=description)
    assert not facts.mentions("jenkins")
    assert facts.mentions("github actions")


# --- a role's own words on managing, its market, its size and stage, and "not remote" --------


@pytest.mark.parametrize(
    "description",
    [
        "Own the billing services end to end. This is an individual contributor position.",
        "You'll write code every day - an IC role on the platform team.",
    ],
)
def test_an_individual_contributor_role_said_among_the_duties_has_no_reports(description):
    assert role_facts(title="Senior Engineer", description=description).manages is False


@pytest.mark.parametrize(
    "description",
    [
        "Scale the bidder behind our ad exchange to a million requests a second.",
        "We're a demand-side platform for mobile games; build our reporting.",
        "Build the pacing service behind our programmatic advertising platform.",
    ],
)
def test_an_ad_exchange_or_programmatic_platform_is_adtech(description):
    assert "adtech" in role_facts(title="Engineer", description=description).industries


@pytest.mark.parametrize(
    "description, kinds",
    [
        ("We're an 18-person seed-stage team building payroll for farms.", {"small", "startup"}),
        ("A 35-strong Series A company; build our mobile app.", {"small", "startup"}),
        ("We're a 400-person Series C scale-up in logistics.", {"scaleup"}),
        ("We are a team of 12 building tools for vets.", {"small"}),
    ],
)
def test_a_companys_headcount_and_funding_round_say_its_size_and_stage(description, kinds):
    assert role_facts(title="Engineer", description=description).company == kinds


def test_experience_in_years_is_no_headcount():
    facts = role_facts(title="Engineer", description="You have 5+ years of experience.")
    assert facts.company == frozenset()


@pytest.mark.parametrize(
    "description",
    [
        "Come in to our Leeds office every day; this is not a remote position.",
        "The team sits together in the office Monday to Friday - not a remote role.",
    ],
)
def test_a_role_that_says_it_is_not_remote_is_on_site(description):
    assert role_facts(title="Engineer", description=description).work_mode == "onsite"


def test_a_startup_wish_meets_a_small_seed_company_and_big_corp_only_misses_it():
    facts = role_facts(title="Engineer", description="We're a 9-person pre-seed startup.")
    wish = ConditionFact(
        1, "company", "wish", {"kind": "startup"}, None, date(2026, 3, 1), "motivation", None
    )
    must = ConditionFact(
        2, "company", "must", {"kind": "large"}, None, date(2026, 3, 1), "motivation", None
    )
    assert judge_condition(wish, facts).kind == "met"
    assert judge_condition(must, facts).kind != "met"


@pytest.mark.parametrize(
    "offer",
    [
        "Fulltime (40 uur), two office days in Utrecht",
        "CDI à temps plein (39h, 5 jours)",
        "Vollzeit, 40 Stunden",
    ],
)
def test_full_time_hours_in_another_language_are_not_part_time_nor_a_four_day_week(offer):
    facts = role_facts(title="Engineer", offers=[offer])
    assert {"part_time", "four_day_week"} <= facts.no_schedule
    cap = ConditionFact(
        1, "schedule", "must", {"kind": "part_time"}, None, date(2026, 3, 1), "motivation", None
    )
    assert judge_condition(cap, facts).kind != "met"


def test_a_four_day_week_the_role_names_is_still_its_own():
    facts = role_facts(title="Engineer", offers=["Full-time, on a four-day week (32 hours)"])
    assert "four_day_week" in facts.schedule


@pytest.mark.parametrize(
    "offer",
    ["Rotating shifts including the graveyard shift", "Cover the 10pm-6am desk two weeks a month"],
)
def test_a_graveyard_shift_or_overnight_hours_are_nights(offer):
    assert "nights" in role_facts(title="Support Engineer", offers=[offer]).schedule


@pytest.mark.parametrize(
    "title, days",
    [
        ("Senior Data Engineer (Hybrid - 3 days Auckland CBD)", 3),
        ("Data Engineer (3 days in office, Auckland CBD)", 3),
        ("Analyst - 2 days at HQ", 2),
        ("Platform Engineer, hybrid: two days in the Leeds office", 2),
    ],
)
def test_office_days_said_with_where_not_a_week_are_a_hybrid_roles_days(title, days):
    facts = role_facts(title=title, location="Auckland, New Zealand")
    assert (facts.work_mode, facts.office_days) == ("hybrid", days)
    at_most_one = ConditionFact(
        1, "work_mode", "must", {"mode": "hybrid", "days": 1}, None, date(2026, 3, 1), "note", None
    )
    against = judge_condition(at_most_one, facts)
    assert against is not None and against.effect < 0


def test_five_days_in_the_office_is_still_on_site():
    facts = role_facts(title="Engineer - 5 days in the office")
    assert (facts.work_mode, facts.office_days) == ("onsite", 5)


@pytest.mark.parametrize(
    "title, kind",
    [
        ("Backend Engineer (Python) - 6 month W2 contract", "fixed_term"),
        ("Analyst, 12-mo FTC", "fixed_term"),
        ("Data Engineer (Contract)", "contract"),
        ("SRE - 1099 contract, remote", "contract"),
    ],
)
def test_a_contract_said_only_in_the_title_is_the_roles_terms(title, kind):
    facts = role_facts(title=title)
    assert facts.contract == kind
    perm_only = ConditionFact(
        1, "contract", "must", {"kind": "permanent"}, None, date(2026, 3, 1), "note", None
    )
    against = judge_condition(perm_only, facts)
    assert against is not None and against.effect < 0


@pytest.mark.parametrize("title", ["Contract Manager", "Head of Contracts", "Platform Engineer"])
def test_a_title_about_contracts_is_no_contract(title):
    assert role_facts(title=title).contract is None


@pytest.mark.parametrize(
    "line",
    [
        "Must be legally entitled to work in Canada; we do not offer sponsorship",
        "Must have the right to work in the UK",
        "No visa sponsorship",
    ],
)
def test_no_sponsorship_said_in_the_requirements_field_is_the_roles(line):
    facts = role_facts(title="Frontend Engineer", requirements=f"TypeScript\nReact\n{line}")
    assert facts.sponsorship is False
    needs = ConditionFact(
        1, "visa", "must", {"kind": "needs_sponsorship"}, None, date(2026, 3, 1), "note", None
    )
    against = judge_condition(needs, facts)
    assert against is not None and against.effect < 0


@pytest.mark.parametrize(
    "offer",
    ["Two days a week in Dublin 2", "3 days a week at our Leeds hub", "2 days/week in London"],
)
def test_days_a_week_in_a_place_are_office_days_not_part_time_hours(offer):
    facts = role_facts(title="Account Executive", remote_policy="hybrid", offers=[offer])
    assert "part_time" not in facts.schedule


def test_days_a_week_with_no_place_are_still_part_time_hours():
    facts = role_facts(title="Pharmacist", offers=["3 days a week in total, 24 hours"])
    assert "part_time" in facts.schedule
