"""Fits of the kinds a first run of held-out 29 missed, in other words:

- a non-family duty station refused in shorthand or other words ("NFDS", "a non-family post",
  "not prepared to take a non-family posting") meets a role at one; "not against one" and a
  role with no such post do not clash, and a role's "non-clinical" does not name "clinical";
- the aid world's rotations in and out of a field post ("done with rotational postings", "no more
  6/3 rotations") meet a rotational post, which is no rotating shift roster;
- a location field that opens on the mode ("Remote (Ireland)", "Télétravail (Vaud)") makes the
  role remote, so a person who wants an office back clashes with it and a remote seeker suits it;
  "Remote Area, NT" is a place;
- a statement refused as signed ("won't sign a faith statement") meets a role that asks staff to
  sign one; a place refused as a daily trip ("won't do Karen daily") meets a role there;
- a headcount in words ("a seven-person institute", "a team of nine") is a small organisation;
  "a team of nine years' standing" is no headcount.

Sentences are our own."""

import pytest

from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, suits

_NFDS_ROLE = dict(
    title="Head of Office",
    description="Based in Bor, a non-family duty station with R&R every eight weeks.",
    remote_policy="onsite",
    location="Bor, South Sudan",
)


@pytest.mark.parametrize(
    "note",
    [
        "No NFDS while the kids are small.",
        "not prepared to take a non-family posting this year",
        "Won't take a non-family post again.",
    ],
)
def test_a_non_family_post_refused_meets_a_role_at_one(note):
    assert goes_against(note, "topic", **_NFDS_ROLE)


def test_not_against_a_non_family_post_is_no_clash():
    assert not goes_against("Not against a non-family posting these days.", "topic", **_NFDS_ROLE)


def test_a_role_without_a_non_family_post_hears_nothing():
    assert not goes_against(
        "No NFDS while the kids are small.",
        "topic",
        title="Head of Office",
        description="Based in Juba, a family duty station.",
    )


def test_a_roles_non_word_takes_back_only_its_own_word():
    topics = role_facts(title="Adviser", description="A non-clinical adviser post in the hospital.")
    assert "clinical" not in topics.topics
    assert "hospital" in topics.topics


_ROTATION_ROLE = dict(
    title="Supply Officer",
    description="Rotational post: six weeks in Maban, then two weeks of R&R.",
    remote_policy="onsite",
)


@pytest.mark.parametrize(
    "note", ["Done with rotational postings, wants a desk in the capital.", "no more 6/3 rotations"]
)
def test_rotations_refused_meet_a_rotational_post(note):
    assert goes_against(note, "schedule", **_ROTATION_ROLE)


def test_a_rotational_post_is_no_rotating_shift_roster():
    facts = role_facts(**_ROTATION_ROLE)
    assert "fifo" in facts.schedule
    assert facts.rotating is not True


@pytest.mark.parametrize(
    "location", ["Remote (Ireland)", "Télétravail (Vaud)", "Home-based, any EU country"]
)
def test_a_location_field_that_names_remote_makes_the_role_remote(location):
    assert role_facts(title="Analyst", location=location).work_mode == "remote"
    assert goes_against(
        "I want to get back to an office and colleagues.",
        "work_mode",
        title="Analyst",
        location=location,
    )
    assert suits("Fully remote only please.", "work_mode", title="Analyst", location=location)


def test_a_remote_place_is_no_mode():
    assert role_facts(title="Nurse", location="Remote Area, NT").work_mode is None


def test_a_statement_refused_as_signed_meets_a_role_that_asks_it():
    role = dict(
        title="Programme Officer",
        description="A church relief agency; all staff sign our faith statement.",
    )
    assert goes_against("Won't sign a faith statement, whatever the faith.", "topic", **role)
    assert not goes_against("Happy with faith-based employers.", "topic", **role)


def test_a_place_refused_as_a_daily_trip_meets_a_role_there():
    role = dict(title="Accountant", offers=["Office in Karen, five days a week"])
    assert goes_against("Won't do Karen daily - two hours each way.", "topic", **role)


@pytest.mark.parametrize(
    "offer", ["A seven-person independent research institute", "We are a team of nine."]
)
def test_a_headcount_in_words_is_a_small_organisation(offer):
    assert "small" in role_facts(title="Researcher", offers=[offer]).company
    assert suits(
        "Loves small teams where she wears every hat.",
        "company",
        title="Researcher",
        offers=[offer],
    )


def test_a_span_of_years_is_no_headcount():
    assert (
        "small"
        not in role_facts(title="Researcher", offers=["a team of nine years' standing"]).company
    )
