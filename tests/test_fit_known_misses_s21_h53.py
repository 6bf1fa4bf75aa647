"""Classes held-out 53 (transport recruiting: crews, drivers, deck officers) showed, fixed in our
own wording.

- "At short notice" / "on little notice" is readiness, not a notice period to wait out.
- "Home by bedtime every night", "back with the family each night": a night at home, not night
  work (the stay away refused is the travel reader's).
- A bare figure after "the" names a thing ("open to the 787", "back on the 320"), not pay,
  unless money is near ("around the 85 mark", "the 80 base").
- "X isn't something I'll consider / she would entertain" refuses X; "N years of X is enough /
  was plenty" refuses X.
- "Won't move to a days-only / Monday-to-Friday job" keeps the shifts (shifts must) and is no
  refusal to move home; "won't move to a new city" still is.
- "Back to full-time now, the kids started school": full-time asked for; the past reason in its
  own part of the sentence does not make it a report.
- A UK level last in a list of checks refused again ("the credit check, referencing and SC
  again") is a clearance refused.
- Singapore's passes to work ("would need an Employment Pass", "needs an S Pass") need sponsoring.
- Crews' standby ("airport standby", "standby duties", "home standby") is on-call, in notes and
  in a role's text ("standby blocks", "no standby duties"); a standby generator and the "standby
  cover" a rostering team plans for others are not.
- A publicly owned railway, port or operator, or "a public operator", is the public sector, in a
  note and in a role; "a publicly owned company" (also a listed one) is not.
- German dates with a day's ordinal dot before a month's name ("ab dem 2. März", "nach der
  Inventur am 20. Januar") wait for that day, not read as a full stop; "erst nach <event> am
  <day>" waits for the day.
- Waits after a feast in Arabic script ("بعد عيد الأضحى", "بعد العيد الكبير", "بعد رمضان") and in
  chat Arabic keep which Eid: al-Adha falls about ten weeks after al-Fitr.
- A travel share said as a fraction of their time ("a third of her time on the road", "half the
  time") is that share, as "33%" or "50%" would be.
- The topic fallback: "never <thing> again" refuses it (not "never heard from him again", a verb
  with its own object); "would love to go back to <thing>" / "get back into" wants it.
"""

from __future__ import annotations

from datetime import date

import pytest

from reading import read
from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 11, 2))


@pytest.mark.parametrize(
    "note",
    [
        "Happy to fly out at short notice to meet vessels.",
        "can go on little notice, bags always packed",
        "Will cover rosters at a moment's notice.",
    ],
)
def test_short_notice_is_ready_not_a_wait(note):
    assert AT.wait_until(note) is None


def test_a_real_notice_period_still_waits():
    assert AT.wait_until("Flies out at short notice, but her notice period runs till March.")


@pytest.mark.parametrize(
    "note",
    [
        "Needs to be home in time for the kids' bath every night.",
        "Wants to get back to his wife each night - no layovers.",
    ],
)
def test_home_every_night_is_no_night_work(note):
    assert not any(k[0] == "schedule" and k[2] == "nights" for k in AT.found(note))


def test_night_work_every_night_is_still_nights():
    assert ("schedule", "wish", "nights") in {k[:3] for k in AT.found("Happy to work every night.")}


@pytest.mark.parametrize(
    "note", ["keen to go onto the 787", "back on the 320 would suit him", "open to the 777 fleet"]
)
def test_an_aircraft_type_is_not_pay(note):
    assert AT.pays(note) == []


@pytest.mark.parametrize(
    "note", ["Wants something around the 85 mark.", "Needs at least the 80 base."]
)
def test_a_figure_after_the_with_money_near_is_still_pay(note):
    assert [p.value["amount"] for p in AT.pays(note)] == [85000 if "85" in note else 80000]


@pytest.mark.parametrize(
    "note, kind",
    [
        ("Weekends are not something she would entertain.", "weekends"),
        ("On-call isn't something I'd consider any more.", "on_call"),
        ("Nine years of nights was plenty, he says.", "nights"),
        ("Fifteen years of rotating shifts is enough.", "shifts"),
    ],
)
def test_not_something_they_would_consider_and_enough_of_it_refuse(note, kind):
    assert ("schedule", "avoid", kind) in {k[:3] for k in AT.found(note)}


def test_something_they_would_consider_is_no_refusal():
    assert not any(k[1] == "avoid" for k in AT.found("Weekends are something she'd consider."))


def test_enough_years_of_nights_goes_against_a_night_roster():
    assert goes_against(
        "Ten years of nights is enough, she says.",
        "schedule",
        title="Controller",
        offers=["Rotating days and nights"],
    )


@pytest.mark.parametrize(
    "note",
    [
        "The shift premium pays the mortgage - she won't go to a days-only job.",
        "Wouldn't take a Monday to Friday role, he needs the allowance.",
    ],
)
def test_a_days_only_job_refused_keeps_the_shifts(note):
    found = AT.found(note)
    assert ("schedule", "must", "shifts") in {k[:3] for k in found}
    assert not any(k[0] == "relocation" for k in found)


def test_a_days_only_job_refused_goes_against_a_nine_to_five_role():
    assert goes_against(
        "Won't move to a days-only job, the shift pay matters.",
        "schedule",
        title="Planner",
        description="Office hours, Monday to Friday, no shifts.",
    )


def test_a_move_to_a_new_city_is_still_a_move():
    assert any(k[:2] == ("relocation", "must") for k in AT.found("Won't move to a new city."))


@pytest.mark.parametrize(
    "note",
    [
        "Back to full-time now, her son started secondary.",
        "Back to full-time, the twins started nursery.",
    ],
)
def test_back_to_full_time_beside_a_past_reason_is_asked_for(note):
    assert ("schedule", "avoid", "part_time") in {k[:3] for k in AT.found(note)}


def test_back_to_full_time_last_year_is_a_report():
    assert not AT.found("Was back to full-time last year, now wants 3 days.")


@pytest.mark.parametrize(
    "note, level",
    [
        ("Won't sit the credit check, referencing and SC again.", "sc"),
        ("Refuses to redo a ten-year history and CTC again.", "ctc"),
    ],
)
def test_a_level_last_in_a_list_of_checks_refused(note, level):
    assert ("clearance", "avoid", level) in {k[:3] for k in AT.found(note)}


def test_checks_again_gladly_is_no_refusal():
    assert not any(k[0] == "clearance" for k in AT.found("Happy to do referencing and CTC again."))


@pytest.mark.parametrize(
    "note",
    ["Indonesian, so she'd need an Employment Pass.", "He will need an S Pass to take the job."],
)
def test_a_singapore_pass_needs_sponsoring(note):
    assert any(k[:3] == ("visa", "must", "needs_sponsorship") for k in AT.found(note))


def test_a_pass_needed_goes_against_citizens_and_prs_only():
    assert goes_against(
        "Filipino - would need an Employment Pass.",
        "visa",
        title="Controller",
        offers=["Singapore citizens and PRs only"],
    )


def test_never_a_thing_again_refuses_it():
    role = dict(title="Second Officer", description="Watches on a large ferry out of Dover.")
    assert goes_against("never ferries again, the car deck drove me mad", "topic", **role)


@pytest.mark.parametrize(
    "note",
    [
        "never heard from her again after the offer",
        "never send it to that client again",
    ],
)
def test_never_with_a_verb_and_its_object_is_no_topic(note):
    assert not any(k[0] == "topic" for k in AT.found(note))


def test_would_love_to_go_back_to_a_thing_wants_it():
    role = dict(title="Chief Engineer", description="Run the engine room of a product tanker.")
    assert suits("she'd love to go back to tankers, best ships she sailed", "topic", **role)


@pytest.mark.parametrize(
    "note, pol",
    [
        ("Said no because of the reserve standby days.", "avoid"),
        ("home standby is no bother to her", "wish"),
        ("Won't do on-site standby any more.", "avoid"),
    ],
)
def test_standby_is_on_call(note, pol):
    found = {k[:3] for k in AT.found(note)}
    assert ("schedule", pol, "on_call") in found
    assert not any(k[0] == "work_mode" for k in found)


def test_a_standby_generator_is_no_on_call():
    assert not AT.found("Looked after the standby generators at the depot.")


def test_standby_refused_goes_against_a_role_with_standby_blocks():
    role = dict(title="Cabin Crew", offers=["Rosters include standby days"])
    assert goes_against("No more standby duties for me.", "schedule", **role)


def test_standby_cover_planned_for_others_is_no_on_call():
    role = dict(title="Rostering Analyst", description="Plan the crews' standby cover each month.")
    assert not goes_against("Won't do standby duties.", "schedule", **role)


@pytest.mark.parametrize(
    "note",
    [
        "Keen on a publicly owned bus operator.",
        "He'd like a public operator rather than a franchise.",
    ],
)
def test_a_publicly_owned_operator_is_the_public_sector(note):
    assert ("company", "wish", "public_sector") in {k[:3] for k in AT.found(note)}


def test_a_publicly_owned_operator_wanted_suits_a_state_railway():
    role = dict(title="Conductor", description="Work for the publicly owned national railway.")
    assert suits("Wants a publicly owned railway this time.", "company", **role)


def test_a_publicly_owned_company_is_not_the_public_sector():
    assert not any(k[0] == "company" for k in AT.found("Worked at a publicly owned company."))


@pytest.mark.parametrize(
    "note, until",
    [
        ("Frühestens ab dem 2. März verfügbar.", "2027-03-01"),
        ("Bitte erst nach der Inventur am 20. Januar wieder anrufen.", "2027-01-01"),
    ],
)
def test_a_german_day_before_a_month_name_waits_for_it(note, until):
    assert AT.wait_until(note) == until


def test_a_german_event_day_said_in_passing_is_no_wait():
    assert AT.wait_until("Nach der Inventur am 20. Januar fahre ich in den Urlaub.") is None


@pytest.mark.parametrize(
    "note, month",
    [
        ("بعد العيد الكبير إن شاء الله", "2027-05"),
        ("ba3d el eid el kbeer please", "2027-05"),
        ("بعد عيد الفطر", "2027-03"),
    ],
)
def test_which_eid_is_kept(note, month):
    assert (AT.wait_day(note) or "").startswith(month)


@pytest.mark.parametrize(
    "note, share",
    [
        ("No more than a third of his time on the road.", 0.33),
        ("Happy to travel half the time.", 0.5),
    ],
)
def test_a_fraction_of_their_time_is_a_travel_share(note, share):
    shares = [c.value.get("share") for c in read(note, said_at=AT.said_at) if c.facet == "travel"]
    assert shares == [share]


def test_a_fraction_cap_suits_a_role_within_it():
    role = dict(title="Engineer", offers=["Up to 20% travel to partner sites"])
    assert suits("Up to a quarter of the time on the road is fine.", "travel", **role)
