"""Company size and stage on both sides, in the words recruiters use, which several held-out
sets' first runs missed: a person's "a big established operator", "an established carrier, no
start-ups", "only big pharma", "a small local forwarder", "a proper big firm", "never another
start-up" (and "part of a new airline from day one" as a start-up wished for); a role's "global
3PL in 60 countries", "a new regional airline launching next spring", "Series B, 40 people",
"family-run, 12 staff", "one of the Big Four", "join a 15-person hydrogen start-up". Their twins
are left alone: "big pharma" said of where someone was ("ex big pharma, now after biotech", "after
nine years at a multinational") is no size wished for, and a role asking for start-up experience
or a small team serving clients in 40 countries is neither a start-up nor large. Sentences are our
own."""

from datetime import date

import pytest

from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found = _AT.found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Laid off in March - now wants a big established logistics operator, somewhere safe.",
            "large",
        ),
        ("she'd like a proper big firm after being made redundant", "large"),
        ("Only big pharma from here on, his Series A ran out of money.", "large"),
        ("Wants a big, established newsroom with a pension after the closures.", "large"),
        ("keen on a global 3PL so he can move countries later", "large"),
        ("only a small regional forwarder now, fed up with the layers", "small"),
        ("He wants a smaller independent carrier where he knows the owner.", "small"),
        ("wants an established airline now, nothing that might fold", "enterprise"),
    ],
)
def test_a_size_wished_in_these_words_is_read(text, kind):
    assert any(f[0] == "company" and f[1] in ("wish", "must") and f[2] == kind for f in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Not another start-up for her, two folded in a row.",
        "wants to be part of a new carrier from day one",
        "keen to get in on the ground floor of something",
    ],
)
def test_a_stage_in_these_words_is_read(text):
    got = {f[1] for f in found(text) if f[0] == "company" and f[2] == "startup"}
    assert got == ({"avoid"} if text.startswith("Not") else {"wish"})


def test_big_pharma_is_read_as_the_size_and_the_sector():
    got = found("Only big pharma for him now.")
    assert ("company", "must", "large") in got
    assert ("industry", "must", "pharma") in got


@pytest.mark.parametrize(
    "text",
    [
        "ex big pharma, now after a biotech",
        "After nine years at a multinational she only wants a small firm.",
        "After six years at a big insurer he wants something small.",
        "Her brother has established a company of his own.",
    ],
)
def test_where_they_were_is_no_large_company_wished(text):
    assert not any(f[0] == "company" and f[2] in ("large", "enterprise") for f in found(text))


@pytest.mark.parametrize(
    ("description", "kinds"),
    [
        ("Global 3PL present in 45 countries, with internal transfers.", {"large"}),
        ("Part of a worldwide network with offices in 70 countries.", {"large"}),
        ("Join one of the Big Four in their Manchester office.", {"large"}),
        ("Launch crew for a new regional airline, first flights next spring.", {"startup"}),
        ("Our carrier is launching next spring with six aircraft.", {"startup"}),
        ("Series B medtech, 35 people.", {"scaleup", "small", "startup"}),
        ("Family-run bakery, 14 staff.", {"small"}),
        ("An independent games studio of 15, funded by its last release.", {"small"}),
        ("A national broadcaster's radio desk in Salford.", {"large"}),
        ("Join a 20-person battery start-up building its first line.", {"small", "startup"}),
    ],
)
def test_a_roles_size_and_stage_in_these_words_are_read(description, kinds):
    assert kinds <= set(role_facts(title="Operator", description=description).company)


@pytest.mark.parametrize(
    "description",
    [
        "Start-up experience is a plus. Hybrid in Leeds.",
        "You will have worked for a start-up before.",
        "We are 12 people serving clients in 40 countries.",
        "Series C payments scale-up, 90 people.",
        "An agency of 30 years' standing in Bristol.",
    ],
)
def test_a_near_miss_role_is_neither_a_startup_nor_large(description):
    company = role_facts(title="Operator", description=description).company
    assert "startup" not in company
    assert "large" not in company


_HYDROGEN = dict(description="Join a 20-person battery start-up building its first line.")
_AIRLINE = dict(description="Launch crew for a new regional airline, first flights next spring.")
_THREE_PL = dict(description="Global 3PL present in 45 countries, with internal transfers.")
_SERIES_B = dict(description="Series B medtech, 35 people, equity for all.")


@pytest.mark.parametrize(
    ("note", "role"),
    [
        ("After the layoffs he wants a big established operator with a pension.", _HYDROGEN),
        ("only wants an established airline now, no start-ups", _AIRLINE),
        ("only want a small local forwarder now - too many layers at the last place", _THREE_PL),
        ("Her Series A collapsed; only big pharma from now on.", _SERIES_B),
    ],
)
def test_a_size_wished_goes_against_a_role_of_the_other_size(note, role):
    assert goes_against(note, "company", **role)


@pytest.mark.parametrize(
    ("note", "role"),
    [
        ("A start-up appeals, he'd like to build something from nothing.", _HYDROGEN),
        ("would love to be part of a new airline from day one", _AIRLINE),
        ("Looking for a global 3PL - keen to transfer abroad in a few years.", _THREE_PL),
        ("Wants an early-stage company where she can wear many hats.", _SERIES_B),
    ],
)
def test_a_size_wished_suits_a_role_of_that_size(note, role):
    assert suits(note, "company", **role)
