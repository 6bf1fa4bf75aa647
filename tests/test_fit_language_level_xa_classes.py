"""A working language's level on both sides, of the kind several held-out first runs missed: the
person's level ("Dutch A2", "only basic French", "not comfortable on the phone in English" is
left, "not confident with German", "zero Italian so far") or the language they want to work in
("would only work in Portuguese") against what the role asks ("Dutch C1", "fluent French",
"business-fluent German", "calls in Italian", a team that works in English). Twins left alone: a
level that meets the role ("C2 Dutch"), a language learnt as a hobby or on a past course, a
native speaker, and a role that names no language. Sentences are our own."""

from datetime import date

import pytest

from tests.fit_helpers import goes_against, judged, suits
from tests.reading_helpers import ReadAt

found = ReadAt(date(2026, 11, 20)).found

DUTCH_C1 = dict(title="Claims Handler", requirements="Dutch C1\nGuidewire")
FLUENT_FRENCH = dict(title="Account Manager", requirements="Fluent French and English")
GERMAN_BIZ = dict(title="Field Engineer", requirements="Business-fluent German")
ITALIAN_CALLS = dict(title="Service Agent", description="Inbound calls in Italian for a utility.")
ENGLISH_TEAM = dict(title="Service Agent", description="Inbound calls in English for a UK bank.")
NO_LANGUAGE = dict(title="Service Agent", description="Inbound calls for a utility.")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Dutch A2 for now, taking lessons at work", DUTCH_C1),
        ("only basic French, her English is great", FLUENT_FRENCH),
        ("Not confident with German yet.", GERMAN_BIZ),
        ("zero Italian so far", ITALIAN_CALLS),
        ("intermediate German (B1)", GERMAN_BIZ),
    ],
)
def test_a_level_below_the_one_asked_goes_against_the_role(text, role):
    assert goes_against(text, "language", **role)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("C2 Dutch, grew up in Utrecht", DUTCH_C1),
        ("bilingual French and English", FLUENT_FRENCH),
        ("German is her mother tongue", GERMAN_BIZ),
    ],
)
def test_a_level_that_meets_the_role_suits_it(text, role):
    assert suits(text, "language", **role)


def test_a_working_language_wanted_is_met_where_the_work_is_in_it():
    assert suits("He would only work in Italian.", "language", **ITALIAN_CALLS)
    assert goes_against("He would only work in Italian.", "language", **ENGLISH_TEAM)


@pytest.mark.parametrize(
    "text",
    [
        "Picked up some Dutch as a hobby. Her English is C1.",
        "did a basic Dutch course at uni; English C1 from work",
    ],
)
def test_a_language_as_a_hobby_or_a_course_is_no_level(text):
    assert {f for f in found(text) if f[0] == "language"} == {("language", "wish", "english")}
    assert "language" not in judged(text, **DUTCH_C1).get("unmet", set())


def test_a_role_that_names_no_language_answers_nothing():
    assert "language" not in judged("zero Italian so far", **NO_LANGUAGE).get("unmet", set())
    assert ("language", "avoid", "italian") in found("zero Italian so far")
