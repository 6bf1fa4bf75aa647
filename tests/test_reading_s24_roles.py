"""A role's terms read from ads in other words (battery round s24, roles).

Classes:
- no travel said of the job in a sentence ("you won't have to travel in this post", "trips to
  the branches are not part of the job", "sin desplazamientos"), outweighing the company's own
  travellers; travel limited or put off is not none;
- the share said after the travel ("Travel: c. 30% of your time", "site visits take about a
  third of the time", "4 days a month abroad");
- trips both at home and abroad ("domestic and international travel"), and a line's
  abbreviation dot not ending it;
- nights away said by count, by the working week, as "night halts", and denied ("you won't need
  to stay away overnight", which is no night work either);
- French, German and Spanish terms: nights away, frequent travel by the week, managing a team,
  a term's length, part-time;
- a day-rate contract of some months, an agency's "this is a permanent role", a contract's
  length after an aside or an interim assignment;
- a work pass or an employment visa given, help with relocation costs;
- a team counted under another verb ("will handle a team of 9"), "no line-management";
- the terms under a catch-all heading ("Good to know", "Working conditions", "Others");
- office days said as home days ("up to 1 WFH day a week"), as a share of the week ("50% of your
  working time at the office"), as a weekday range beside the home days, "Monday to Friday"
  after the office, "fully site-based";
- a kind denied after it ("Sundays are never worked") or left to another team by name
  ("covered by the facilities team, not this role"), "won't be asked to work weekends", and
  "as required" read as how often, not as a must-have.
"""

from __future__ import annotations

from reading.role_facts import role_facts


def _role(description: str, title: str = "Analyst", location: str | None = "Leeds", **kw):
    return role_facts(title=title, description=description, location=location, **kw)


def test_no_travel_said_of_the_job_outweighs_the_companys_travellers():
    role = _role(
        "About us\nOur auditors are on the road about 70% of the time.\n\nThe role\n"
        "You'll sit in the Leeds office. You will not have to travel in this post."
    )
    assert role.travel_share == 0.0
    assert _role("Visits to the branches are not part of this job.").travel_share == 0.0
    assert _role("Sobre el puesto\n- Sin desplazamientos, todo en oficina").travel_share == 0.0


def test_travel_limited_or_put_off_is_not_none():
    assert _role("You won't need to travel much: a trip or two a year.").travel_share != 0.0
    assert _role("You won't need to travel abroad.").travel_share != 0.0


def test_the_share_said_after_the_travel():
    assert _role("Good to know\n- Travel: c. 30% of your time").travel_share == 0.3
    role = _role("What you'll do\n- Site visits take about a third of your time")
    assert role.travel_share == 0.33
    assert _role("The role\n- Fieldwork, some 4 days a month abroad").travel_share == 0.2


def test_domestic_and_international_travel_is_abroad():
    role = _role("Conditions\n- Around 40% travel, domestic and international", location="Boston")
    assert role.travel_abroad is True
    role = _role("Conditions\n- Occasional travel (c. 5%) to our Paris office", location="London")
    assert role.travel_abroad is True


def test_nights_away_said_by_count_and_by_the_working_week():
    assert _role("The role\n- You'll be away 1-2 nights a week at stores").overnights is True
    role = _role("Our team flies out to clients Monday to Thursday, home on Fridays.")
    assert role.overnights is True
    assert _role("- Territory travel with night halts as needed").overnights is True


def test_nights_away_denied_are_not_night_work():
    role = _role("- Three sites, all close by, so you won't have to stay away overnight")
    assert role.overnights is False
    assert "nights" not in role.schedule
    role = _role("- Market visits, returning to base the same day, no night halts")
    assert role.overnights is False


def test_french_german_spanish_role_terms():
    assert _role("Funciones\n- Viajar un 30% del tiempo, con pernoctas").overnights is True
    assert _role("Vos missions\n- Vous encadrerez une équipe de 6 techniciens").manages is True
    role = _role("Ihre Aufgaben\n- Disziplinarische Führung eines Teams von 8 Personen")
    assert role.manages is True
    role = _role("Wir bieten\n- Die Stelle ist auf 18 Monate befristet")
    assert (role.contract, role.contract_months) == ("fixed_term", 18)
    role = _role("Contexte\nMission freelance de 6 mois pour un client assureur")
    assert (role.contract, role.contract_months) == ("freelance", 6)
    assert "part_time" in _role("Condiciones\n- Jornada parcial, 25 horas").schedule


def test_contract_kinds_and_lengths():
    role = _role("Java Developer | 9-month contract | Inside IR35 | £500/day")
    assert (role.contract, role.contract_months) == ("contract", 9)
    role = _role(
        "About us\nWe are an agency placing contractors nationwide.\n\nThe role\n"
        "This is a permanent position with a company car."
    )
    assert role.contract == "permanent"
    role = _role("Type: Contract role (agency payroll) for 10 months, extendable")
    assert role.contract_months == 10
    assert _role("Interim assignment, 4 months initially, day rate £650.").contract_months == 4


def test_work_passes_visas_and_moving_costs():
    role = _role(
        "What we offer\n- Work pass sponsorship for the right person", location="Singapore"
    )
    assert role.sponsorship is True
    role = _role("The package\n- Employment visa and flights provided\n- Moving allowance")
    assert role.sponsorship is True
    assert role.relocation_support is True
    assert _role("What we offer\n- We help with relocation costs").relocation_support is True


def test_managing_a_counted_team_and_no_line_management():
    assert _role("Role: Will handle a team of 9 field agents").manages is True
    assert _role("Role: Will work with a team of 9 field agents").manages is not True
    role = _role(
        "What you'll do\n- Manage the store systems\n- This role has no line-management duties"
    )
    assert role.manages is False


def test_terms_under_a_catch_all_heading():
    role = _role(
        "What you'll bring\n- 3 years in support\n\nGood to know\n"
        "- Out-of-hours incidents go to our partner, so there is no on-call in this role"
    )
    assert "on_call" in role.no_schedule
    role = _role(
        "Requirements\n- A degree\n\nWorking conditions\nOn site at the plant, five days a week."
    )
    assert (role.work_mode, role.office_days) == ("onsite", 5)


def test_office_days_said_other_ways():
    role = _role("Working arrangement\nUp to 1 WFH day a week, the rest at our Docklands office.")
    assert (role.work_mode, role.office_days) == ("hybrid", 4)
    role = _role("How we work\nHybrid, with 50% of your working time at the Bristol office.")
    assert (role.work_mode, role.office_days) == ("hybrid", 2)  # two and a half, rounded
    role = _role(
        "How we work\nYou'll be at our Utrecht office Monday through Wednesday and work from home "
        "on Thursdays and Fridays."
    )
    assert (role.work_mode, role.office_days) == ("hybrid", 3)
    role = _role("Where you'll work\nAt our Leeds office, Monday to Friday.")
    assert role.work_mode == "onsite"
    assert _role("- Fully site-based on a rail depot upgrade").work_mode == "onsite"


def test_a_spanish_split_week_is_hybrid():
    role = _role(
        "¿Qué ofrecemos?\n- Modalidad híbrida: 2 días en la oficina de Sevilla y 3 en remoto"
    )
    assert (role.work_mode, role.office_days) == ("hybrid", 2)


def test_schedule_kinds_denied_or_left_to_others():
    role = _role("Hours\n- Monday to Friday; Saturdays and Sundays are never worked on this site")
    assert "weekends" in role.no_schedule
    role = _role("Hours\n- Monday to Saturday; Sundays are never worked on this site")
    assert "weekends" in role.schedule  # the Saturdays are
    role = _role(
        "Working hours\nOffice hours. Call-out duty is covered by the facilities team, "
        "not this role."
    )
    assert "on_call" not in role.schedule
    role = _role(
        "About the role\nHead office, Monday to Friday; you won't be asked to work weekends."
    )
    assert "weekends" in role.no_schedule
    assert "weekends" in _role("- Mon-Fri, plus Sundays as required").schedule
