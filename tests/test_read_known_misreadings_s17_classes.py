"""Classes noticed in earlier sessions and read wrongly until now, each beside its twin.

- "No reports" gone back to: "won't go back to having no reports" refuses the seat without
  reports (they want to manage); it had read as a refusal to manage, the wrong way round.
- A commute capped by distance ("under 25 km", "within 10 miles", "a 20-mile radius") bounds
  the journey as a cap in minutes does; a distance driven once is no cap.
- A stop "about the role and in general" runs on to everything: an opt-out, where "about the
  role" alone turns one role down.
- An ask below a figure ("wants less than 100k") is no floor of that figure.
- A visa need tied to a country ("would need sponsorship for Ireland") asks nothing of a role in
  another country.
- A role's "evening overlap with Seattle every weekday" is late work, as its "evening calls" are.
- "Onsite" as Indian IT services say it ("onsite opportunities, H-1B or L1") is a posting abroad,
  met by a role that sends its hire to a client overseas, not by every office-based role.
- A reason with its own subject after a refusal ("no relocation, parents are in Pune") is no
  further item of the refusal: Pune is not refused, nor wanted (where the family lives).
- An airline's "staff travel" (its crew's cheap flights) is a perk: neither travel for work
  refused ("no staff travel") nor a staff level wanted.

After the held-out 39-41 rounds, from the misses they left:
- Help with a move lacking or asked for ("declined - no relocation assistance") is a move with
  help, met by a role's relocation package; it had read as a refusal to move. A role that says
  it offers none ("no relocation assistance") had read as offering it.
- The cause named instead of another ("it wasn't the money, it was five days in the office").
- An agency's clearance ("an active DoD Secret"); a hyphenated "four-day-week"; the oil trade by
  its parts ("oil sands operator", "oil patch", "refinery") on both sides.
- Evening calls refused ("no evening calls with the US") stand against a day that runs into the
  evening ("calls run 2pm to 8pm") though it has no nights; "happy to flex late for US calls"
  wants it. People in a place worked with from elsewhere ("US East Coast calls", "Nordic
  customers") are no wish to be there.
- A family duty at a set time ("nursery pick-up every day at 5.30") ends the working day before
  it; someone else's ("her partner does the pick-up") does not.
- A permit an employer must support ("need an employer to support an EU Blue Card application")
  is a visa need, and the place that issues a document ("EU Blue Card", "UK passport") is no
  place wanted. A title named as the floor ("won't go below Head of Data") is a must; "glad of a
  senior title" wants it; evening calls that are "no biggie" are fine.
- A company's stage said by its round ("pre-seed or seed only", "pre-IPO") or its temper ("a
  boring, mature, profitable company"), and "my sweet spot is a scale-up" as a wish.
- Travel said in French, Spanish or Portuguese ("ne veut plus voyager", "fini les nuits à
  l'hôtel", "no quiero viajar más", "me encanta volar").
- A scale-up grown large ("pre-IPO, Series E, 2,000 people") is a scale-up, not a corporate; and
  travel that cannot be done ("can't travel") is none at all, where "can't travel much" is a
  little.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.fit_helpers import goes_against, judged
from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 10, 1))


@pytest.mark.parametrize(
    "note",
    [
        "won't go back to having no reports",
        "never going back to no direct reports, enjoyed leading the squad",
        "Doesn't want to go back to no reports after running a team of 6.",
    ],
)
def test_no_reports_gone_back_to_is_refused_and_managing_is_not(note):
    found = AT.found(note)
    assert ("management", "avoid", "hands_on") in found, found
    assert ("management", "avoid", "manage") not in found, found


@pytest.mark.parametrize("note", ["IC, no direct reports please", "no reports pls"])
def test_no_reports_said_plainly_still_refuses_managing(note):
    assert ("management", "avoid", "manage") in AT.found(note)


@pytest.mark.parametrize(
    "note, minutes",
    [
        ("Needs to keep the commute under 25 km.", 38),
        ("max 40km each way, she drives", 60),
        ("looking for something within 10 miles of home", 24),
        ("within a 20 mile radius of Leeds only", 48),
    ],
)
def test_a_commute_capped_by_distance_is_a_cap(note, minutes):
    from reading import read

    caps = [c for c in read(note, said_at=AT.said_at) if c.facet == "commute"]
    assert caps and caps[0].polarity == "must", caps
    assert caps[0].value["minutes"] == minutes
    assert caps[0].value["distance"].split()[0] in note


@pytest.mark.parametrize(
    "note", ["drove 300 miles to the interview", "the office is 12 km from home"]
)
def test_a_distance_said_without_a_cap_is_no_commute_cap(note):
    assert not any(f[0] == "commute" for f in AT.found(note))


def test_a_distance_cap_is_worded_as_said_against_an_office_across_town():
    from matching.fit import location_judgement
    from matching.judgements import ConditionFact
    from reading.role_facts import role_facts

    role = role_facts(title="Analyst", location="Salford, UK", remote_policy="onsite")
    cap = ConditionFact(
        1, "commute", "must", {"minutes": 38, "distance": "25 km"}, "under 25 km", None, "m", 1
    )
    got = location_judgement("Stockport, UK", [cap], role)
    assert got is not None and got.kind == "unmet"
    assert "under 25 km" in got.sentence


@pytest.mark.parametrize(
    "note",
    [
        "stop contacting me about the role and in general",
        "Please stop contacting me about this role, and in general.",
        "stop contacting me about the job and anything else",
    ],
)
def test_a_stop_about_the_role_and_in_general_is_an_opt_out(note):
    assert AT.opted_out(note), note


@pytest.mark.parametrize(
    "note",
    ["stop contacting me about the role", "stop contacting me about this job, keep me posted"],
)
def test_a_stop_about_one_role_is_no_opt_out(note):
    assert not AT.opted_out(note), note


@pytest.mark.parametrize(
    "note", ["wants less than 100k", "would take under 80k for the right team", "expects under 60k"]
)
def test_an_ask_below_a_figure_is_no_floor(note):
    assert AT.pays(note) == [], AT.pays(note)


@pytest.mark.parametrize(
    "note, amount",
    [("won't take less than 90k", 90000), ("will not accept less than 70k", 70000)],
)
def test_a_refusal_below_a_figure_is_still_a_floor(note, amount):
    assert AT.first_pay(note)["amount"] == amount
    assert AT.first_pay(note)["kind"] == "floor"


def test_a_visa_needed_for_another_country_asks_nothing_of_this_one():
    note = "has a UK visa but would need sponsorship for Ireland"
    london = dict(title="Engineer", location="London, UK", remote_policy="onsite")
    dublin = dict(title="Engineer", location="Dublin, Ireland", remote_policy="onsite")
    no_sponsor = "We cannot offer visa sponsorship."
    assert not goes_against(note, "visa", **london, description=no_sponsor)
    assert goes_against(note, "visa", **dublin, description=no_sponsor)
    # said with no country, the need stands against any role that will not sponsor
    assert goes_against("would need sponsorship", "visa", **london, description=no_sponsor)


def test_a_visa_need_and_a_right_to_work_in_two_countries_are_both_kept():
    found = AT.found("Would need sponsorship in the US, has the right to work in Canada.")
    kinds = {f[2] for f in found if f[0] == "visa"}
    assert kinds == {"needs_sponsorship", "has_right_to_work"}, found


def test_a_roles_evening_overlap_with_another_region_is_late_work():
    from reading.role_facts import role_facts

    role = role_facts(
        title="SDE-3 (Backend)",
        description="Team split between Bengaluru and Seattle; evening overlap with Seattle "
        "every weekday.",
        remote_policy="hybrid",
        location="Bengaluru, India",
    )
    assert "nights" in role.schedule
    plain = role_facts(
        title="SDE-3 (Backend)",
        description="Team in Bengaluru; overlap with the London team in the afternoons.",
        remote_policy="hybrid",
        location="Bengaluru, India",
    )
    assert "nights" not in plain.schedule


_POSTING_ROLE = dict(
    title="Java Lead",
    location="Pune, India",
    remote_policy="onsite",
    description="Work from our Pune office; L1 transfer to the Dallas client site after one year.",
)
_OFFICE_ROLE = dict(
    title="Java Lead",
    location="Pune, India",
    remote_policy="onsite",
    description="Work from our Pune office five days a week.",
)


@pytest.mark.parametrize(
    "note",
    [
        "Only wants onsite opportunities abroad, H-1B or L1.",
        "looking for onsite opp, has valid B1",
        "interested in onsite roles in the US",
        "wants to go onsite to the US",
    ],
)
def test_onsite_as_a_posting_abroad_is_met_by_a_posting_not_by_any_office(note):
    from reading import read

    found = [c.value for c in read(note, said_at=AT.said_at) if c.facet == "travel"]
    assert found and found[0].get("scope") == "posting", found
    assert "travel" in judged(note, **_POSTING_ROLE).get("met", set())
    assert "travel" not in judged(note, **_OFFICE_ROLE).get("met", set())


@pytest.mark.parametrize("note", ["wants onsite, not WFH", "happy to work onsite 5 days"])
def test_onsite_as_the_office_is_still_a_way_of_working(note):
    assert any(f[:3] == ("work_mode", "wish", "onsite") for f in AT.found(note)), AT.found(note)


@pytest.mark.parametrize(
    "note, place",
    [("no relocation, parents are in Pune", "pune"), ("no nights, kids are in Leeds", "leeds")],
)
def test_a_reason_with_its_own_subject_is_no_item_of_the_refusal(note, place):
    assert not any(f[0] == "location" and f[1] == "avoid" for f in AT.found(note)), place


def test_a_list_of_places_still_shares_its_refusal():
    found = AT.found("not Leeds, Bradford or York")
    assert {f[2] for f in found if f[:2] == ("location", "avoid")} >= {"leeds", "bradford", "york"}


@pytest.mark.parametrize(
    "note",
    [
        "Pulled out - charter operator, no staff travel and her family's in Manila",
        "wants staff travel perks",
    ],
)
def test_an_airlines_staff_travel_is_a_perk_not_travel_for_work_nor_a_level(note):
    assert not any(f[0] in ("travel", "seniority", "location") for f in AT.found(note))


def test_where_the_family_lives_is_no_wish_to_be_based_there_but_a_move_back_is():
    assert not any(f[0] == "location" for f in AT.found("not moving, family's in Cork"))
    found = AT.found("wants to move back to Leeds, family's there")
    assert ("location", "wish", "leeds") in found, found


def test_any_overnight_travel_refused_refuses_the_nights_away_only():
    from reading import read

    said = "He won't do any overnight travel - home every evening, full stop."
    found = [c.value for c in read(said, said_at=AT.said_at) if c.facet == "travel"]
    assert found and found[0].get("scope") == "overnight", found


@pytest.mark.parametrize(
    "note",
    [
        "Declined - no relocation assistance to Manchester.",
        "withdrew, the package had no relo help",
        "would only move with a relocation budget",
    ],
)
def test_help_with_a_move_lacking_or_asked_for_is_a_move_with_help_not_a_refusal(note):
    from reading import read

    moves = [c for c in read(note, said_at=AT.said_at) if c.facet == "relocation"]
    assert moves and moves[0].value["willing"] is True and moves[0].value.get("help"), moves
    assert not any(f[:2] == ("location", "avoid") for f in AT.found(note))


def test_a_move_with_help_is_met_by_a_role_that_helps_and_missed_by_one_that_does_not():
    note = "Declined - no relocation assistance to Manchester."
    helps = dict(
        title="Engineer",
        location="Manchester, UK",
        remote_policy="onsite",
        description="Relocation package of £8k for the right person.",
    )
    no_help = {**helps, "description": "No relocation assistance is offered."}
    assert "relocation" in judged(note, **helps).get("met", set())
    assert goes_against(note, "relocation", **no_help)


@pytest.mark.parametrize(
    "note", ["not relocating, even with a relocation package", "won't relocate", "no relocation"]
)
def test_a_move_refused_stays_refused_beside_a_package(note):
    from reading import read

    moves = [c.value for c in read(note, said_at=AT.said_at) if c.facet == "relocation"]
    assert moves and all(v["willing"] is False for v in moves), moves


def test_the_cause_named_instead_of_the_money_is_the_objection():
    found = AT.found("It wasn't the money, it was five days in the office.")
    assert ("work_mode", "avoid", "onsite") in found, found
    assert not any(f[0] == "pay" for f in found)


@pytest.mark.parametrize(
    "note, pol",
    [("Active DoD Secret, reinvestigated last year.", "wish"), ("His DoD Secret lapsed.", "avoid")],
)
def test_an_agencys_secret_clearance_is_a_clearance(note, pol):
    assert ("clearance", pol, "secret") in AT.found(note), AT.found(note)


@pytest.mark.parametrize("note", ["only four-day-week companies now", "only 4-day-week roles"])
def test_a_hyphenated_four_day_week_is_read(note):
    assert ("schedule", "must", "four_day_week") in AT.found(note), AT.found(note)


def test_the_oil_trade_by_its_parts_is_oil_and_gas_on_both_sides():
    from reading.role_facts import role_facts

    for said in ["We are an oil sands operator in Alberta.", "An upstream oil producer."]:
        role = role_facts(title="Engineer", description=said, remote_policy="onsite")
        assert "oil and gas" in role.industries, said
    assert ("industry", "avoid", "oil and gas") in AT.found("never again in the oil patch")
    team = role_facts(title="Analyst", description="Partner with the O&G team.")
    assert "oil and gas" not in team.industries


_EVENING_ROLE = dict(
    title="Solutions Engineer",
    location="Cork, Ireland",
    remote_policy="hybrid",
    description="Demos for customers in Chicago and Denver: calls run 1pm to 8pm Irish time.",
)
_DAY_ROLE = {**_EVENING_ROLE, "description": "Demos for customers in Paris: calls run 9am to 5pm."}


def test_evening_calls_refused_stand_against_a_day_that_runs_into_the_evening():
    note = "no more evening calls with American clients, did two years of them"
    assert goes_against(note, "schedule", **_EVENING_ROLE)
    assert not goes_against(note, "schedule", **_DAY_ROLE)
    assert "schedule" in judged("happy to flex late for West Coast calls", **_EVENING_ROLE)["met"]


@pytest.mark.parametrize(
    "note", ["fine with US East Coast calls", "happy with Nordic customers", "APAC stakeholders ok"]
)
def test_people_in_a_place_worked_with_from_elsewhere_are_no_wish_to_be_there(note):
    assert not any(f[0] == "location" for f in AT.found(note)), AT.found(note)


@pytest.mark.parametrize(
    "note, time",
    [("nursery pick-up every day at 5.30", "17:30"), ("does the 5:30 school pick-up", "17:30")],
)
def test_a_family_duty_at_a_set_time_ends_the_working_day_before_it(note, time):
    assert ("schedule", "must", "late_finish") in AT.found(note), AT.found(note)
    assert AT.found(note) and any(c[2] == "late_finish" for c in AT.found(note))


@pytest.mark.parametrize(
    "note", ["partner does pick-up, lates fine", "her partner does the 5.30 nursery pick-up"]
)
def test_someone_elses_pick_up_is_no_bound_on_their_day(note):
    assert not any(f[0] == "schedule" and f[2] == "late_finish" for f in AT.found(note))


def test_a_permit_an_employer_must_support_is_a_visa_need_and_its_issuer_no_place():
    note = "Would love Berlin - I'd need an employer to support an EU Blue Card application."
    found = AT.found(note)
    assert ("visa", "must", "needs_sponsorship") in found, found
    assert not any(f[0] == "location" and f[2] == "eu" for f in found), found
    assert not any(f[0] == "location" for f in AT.found("has a UK passport"))


@pytest.mark.parametrize(
    "note",
    ["won't go below a Director of Product title", "I won't go back below Head of Data, ever"],
)
def test_a_title_named_as_the_floor_is_a_must_not_refused(note):
    found = AT.found(note)
    assert any(f[:2] == ("title", "must") for f in found), found
    assert not any(f[:2] == ("title", "avoid") for f in found), found


def test_glad_of_a_level_wants_it():
    found = AT.found("I'd be glad of a senior IC title again after running the team")
    assert ("seniority", "wish", "senior") in found, found


def test_evening_calls_said_to_be_no_biggie_are_fine():
    found = AT.found("Evening calls with Sydney are no biggie for me")
    assert any(f[:3] == ("schedule", "wish", "nights") for f in found), found


def test_a_school_run_in_the_morning_is_no_finish_time():
    found = AT.found("with the school run at 8 I need flexible mornings")
    assert not any(f[0] == "schedule" and f[2] == "late_finish" for f in found), found


@pytest.mark.parametrize(
    "note, pol, kind",
    [
        ("My sweet spot is a scale-up, a few hundred people.", "wish", "scaleup"),
        ("Pre-seed or seed only, wants to be one of the first ten.", "must", "startup"),
        ("after two down-rounds she wants a boring, profitable company", "wish", "enterprise"),
        ("wants pre-IPO options", "wish", "scaleup"),
    ],
)
def test_a_company_stage_said_by_its_round_or_its_temper_is_read(note, pol, kind):
    assert ("company", pol, kind) in AT.found(note), AT.found(note)


def test_a_seed_round_raised_is_no_stage_wanted():
    assert not any(f[0] == "company" for f in AT.found("they raised a seed round last year"))


@pytest.mark.parametrize(
    "note, pol",
    [
        ("Elle ne veut plus voyager pour le travail.", "avoid"),
        ("Fini les nuits à l'hôtel pour moi.", "avoid"),
        ("No quiero viajar más, tengo dos hijos pequeños.", "avoid"),
        ("Não quero mais viajar a trabalho.", "avoid"),
        ("Me encanta volar, feliz de ir a ferias.", "wish"),
    ],
)
def test_travel_said_in_french_spanish_or_portuguese_is_read(note, pol):
    assert any(f[:2] == ("travel", pol) for f in AT.found(note)), AT.found(note)


def test_a_scale_up_grown_large_is_a_scale_up_not_a_corporate():
    from reading.role_facts import role_facts

    late = role_facts(title="Engineer", offers=["Pre-IPO, Series E, 2,000 people worldwide"])
    assert late.company == {"large", "scaleup"}, late.company
    bank = role_facts(title="Analyst", offers=["A global bank, 40,000 people"])
    assert "enterprise" in bank.company


@pytest.mark.parametrize(
    "note",
    ["can't travel, caring for her dad", "Visa refused in 2025, can't travel to the US."],
)
def test_travel_that_cannot_be_done_is_none_at_all(note):
    from reading import read

    found = [c.value for c in read(note, said_at=AT.said_at) if c.facet == "travel"]
    assert found and found[0].get("share") == 0.0, found


@pytest.mark.parametrize(
    "note", ["can't travel much these days", "can't travel more than a week a month"]
)
def test_travel_that_cannot_be_done_often_is_still_a_little(note):
    from reading import read

    found = [c.value for c in read(note, said_at=AT.said_at) if c.facet == "travel"]
    assert found and found[0].get("share") != 0.0, found
