"""Classes held-out 56 (creative, media, publishing and games recruiting) showed, fixed in our
own wording.

- Trade fairs, festivals and award shows come back each year and are waited on like holidays
  ("not before the Frankfurt Book Fair", "post-Gamescom", "till Cannes Lions is done"); a
  fair only mentioned ("met at SXSW") is no wait.
- A formal "I'd welcome / would appreciate hearing about roles again" after a stop takes it back.
- Feedback owed on a step of ours, the step dated ("still waiting on feedback from the panel in
  April"), is no wait of theirs.
- A day-dated event in one short sentence, waited for in the next ("we ship on 12 May. no
  interviews till then"), is a wait for that day.
- A drink named for a brand or client ("a gin brand", "whisky clients", "drinks brands") is the
  alcohol trade; soft drinks are not.
- A role that has the hire drive ("you'll be driving between our sites") needs a driver.
- "A staff job", "a full-time / W-2 staff role" in a role is permanent (a bare "staff role" may be
  the level).
- A working holiday visa held now needs a sponsor for a lasting role (not one first came on,
  now past); "must have full work rights" in a role sponsors no one.
- AAA studios are large; "petits studios", "une petite boîte" are small; an independent firm
  whose mid-sized headcount is said is not small.
- Editing suites (Avid, Premiere) are technologies, the adjective "avid" and a film's premiere
  are not; "generative AI" is gen-AI, and a role's image generators (Midjourney) offer it.
- French and Spanish seasons with their article ("pas avant le printemps", "hasta la
  primavera") and the Spanish year-end holidays ("las fiestas de fin de año") are waited on.
"""

from __future__ import annotations

from datetime import date

import pytest

from reading.role_facts import role_facts
from tests.fit_helpers import goes_against
from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 9, 14))


@pytest.mark.parametrize(
    "note, day",
    [
        ("Not before the Frankfurt Book Fair, editing two lead titles.", "2026-10-14"),
        ("she's not moving until after Gamescom", "2027-08-26"),
        ("Judging for the Cannes Lions next year, talk to me after that.", "2027-06-22"),
        ("prepping our booth - ping me post-GDC", "2027-03-23"),
    ],
)
def test_a_wait_on_a_yearly_fair_or_festival(note, day):
    assert AT.wait_day(note) == day


def test_a_fair_only_mentioned_is_no_wait():
    assert AT.wait_until("We met at SXSW last year, great reel.") is None


@pytest.mark.parametrize(
    "note",
    [
        "Apologies for the curt email in spring - I would welcome hearing about roles again.",
        "She'd really appreciate being contacted again, per her call.",
    ],
)
def test_a_formal_welcome_back_takes_a_stop_back(note):
    assert ("contact", "wish", "opt_in", None) in AT.found(note)


def test_a_welcome_refused_is_no_opt_in():
    assert ("contact", "wish", "opt_in", None) not in AT.found(
        "I would not welcome being contacted again."
    )


@pytest.mark.parametrize(
    "note",
    [
        "Still waiting on feedback from the panel interview in April, keen on other roles.",
        "chasing his feedback on the presentation back in June",
        "still waiting on feedback from March!!",
    ],
)
def test_feedback_on_a_dated_step_is_no_wait(note):
    assert AT.wait_until(note) is None


def test_a_wait_after_feedback_still_waits():
    assert AT.wait_until("after my feedback, try me again in January") == "2027-01-01"


@pytest.mark.parametrize(
    "note",
    [
        "we ship on the 12th of May. no interviews till then",
        "Album drops May 12th. not talking to anyone until it's out",
    ],
)
def test_a_day_dated_event_waited_for_in_the_next_sentence(note):
    assert AT.wait_day(note) == "2027-05-12"


def test_a_day_dated_event_with_no_wait_after_it():
    assert AT.wait_until("Portfolio review on the 12th of May. Went well.") is None


@pytest.mark.parametrize(
    "note", ["No gin brands, she's teetotal.", "won't take whisky clients", "Loves drinks brands."]
)
def test_a_drink_named_for_the_brand_is_the_alcohol_trade(note):
    assert any(k[0] == "industry" and k[2] == "alcohol" for k in AT.found(note))


def test_soft_drinks_are_not_alcohol():
    assert not any(k[0] == "industry" for k in AT.found("no soft drinks brands please"))


def test_a_role_that_has_the_hire_drive():
    facts = role_facts(
        title="Field Producer", description="You'll be driving to shoots across the region."
    )
    assert facts.driving == "licence"
    assert goes_against(
        "She doesn't drive, never got a licence.",
        "driving",
        title="Field Producer",
        description="Two sites; you will drive between them.",
    )


def test_a_role_with_no_car_needed_needs_no_driver():
    assert (
        role_facts(title="Designer", description="No car needed, the studios are close.").driving
        is None
    )


def test_a_staff_role_is_permanent():
    assert (
        role_facts(title="Copywriter", offers=["A staff job with benefits"]).contract == "permanent"
    )
    assert goes_against(
        "Freelance forever, no staff jobs.",
        "contract",
        title="Copywriter",
        offers=["Full-time staff job"],
    )


@pytest.mark.parametrize("note", ["she's on a WHV till June", "Currently on a 462 visa."])
def test_a_working_holiday_visa_held_now_needs_a_sponsor(note):
    assert ("visa", "must", "needs_sponsorship") in AT.found(note)


def test_a_working_holiday_visa_first_came_on_is_past():
    note = "Came over on a working holiday visa years back, Australian citizen now."
    assert ("visa", "must", "needs_sponsorship") not in AT.found(note)


def test_full_work_rights_asked_sponsors_no_one():
    assert (
        role_facts(title="Producer", offers=["Must have full NZ work rights"]).sponsorship is False
    )
    assert goes_against(
        "On a working holiday visa at the moment.",
        "visa",
        title="Producer",
        offers=["Full Australian work rights required"],
    )


@pytest.mark.parametrize(
    "note, kind",
    [
        ("Only AAA studios from here on.", "large"),
        ("Wants triple-A scale budgets.", "large"),
        ("Elle préfère les petits studios.", "small"),
        ("Cherche une petite boîte indé.", "small"),
    ],
)
def test_studio_sizes(note, kind):
    assert ("company", next(k[1] for k in AT.found(note) if k[0] == "company"), kind) in AT.found(
        note
    )


def test_role_studio_sizes():
    assert "large" in role_facts(title="Artist", offers=["A triple-A studio, 600 people"]).company
    assert (
        "small" not in role_facts(title="Writer", offers=["Independent agency, 150 staff"]).company
    )
    assert "small" in role_facts(title="Writer", offers=["Independent agency of 9"]).company


@pytest.mark.parametrize(
    "note, name, polarity",
    [
        ("Avid or nothing - hates Premiere.", "avid", "must"),
        ("Won't go back to Premiere.", "premiere", "avoid"),
        ("She refuses to use generative AI tools.", "llm", "avoid"),
    ],
)
def test_editing_suites_and_gen_ai(note, name, polarity):
    assert any(k[0] == "technology" and k[2] == name for k in AT.found(note))


@pytest.mark.parametrize(
    "note", ["An avid reader and runner.", "Flew out for the world premiere of his short."]
)
def test_the_adjective_and_the_film_night_are_no_tools(note):
    assert not any(k[0] == "technology" for k in AT.found(note))


def test_image_generators_in_a_role_offer_gen_ai():
    assert goes_against(
        "Won't touch generative AI, it's an ethical line.",
        "technology",
        title="Art Director",
        offers=["Stable Diffusion in the concept pipeline"],
    )


@pytest.mark.parametrize(
    "note, until",
    [
        ("Pas avant le printemps, on finit le jeu.", "2027-03-01"),
        ("Rien avant le printemps prochain.", "2027-03-01"),
        ("Nada hasta la primavera.", "2027-03-01"),
        ("Hasta después de las fiestas navideñas no.", "2027-01-01"),
    ],
)
def test_seasons_and_year_end_holidays_in_french_and_spanish(note, until):
    assert AT.wait_until(note) == until


def test_a_staff_level_role_is_no_contract():
    assert (
        role_facts(title="Engineer", offers=["A hands-on staff role, no reports"]).contract is None
    )


def test_a_family_firm_with_its_headcount_stays_small():
    assert "small" in role_facts(title="Buyer", offers=["A family-owned firm of 120"]).company
