"""The demo pool's content files: every record has the fields it needs, ids are unique and
every reference (an opening key, a résumé, a family, a recruiter, a culture) resolves."""

import shutil

import pytest

from data.demo.catalog import CONTENT_DIR, ContentError, load_content, read_content
from data.demo.rules import GROUPS, LEVEL
from data.demo.scenarios import SCENARIO_OPENINGS, SCENARIOS

CONTENT = load_content()
FAMILIES = CONTENT.families


def _filter_names(spec) -> set[str]:
    if spec is None:
        return set()
    return {spec} if isinstance(spec, str) else set(spec)


def test_scenario_people_have_unique_ids_names_and_emails():
    people = CONTENT.scenarios.people.values()
    for attribute in ("id", "name", "email"):
        values = [getattr(p, attribute) for p in people]
        assert len(values) == len(set(values)), attribute
    assert all(p.id.startswith("DEMO-C") for p in people)
    assert set(SCENARIOS.values()) == {p.id for p in people}


def test_scenario_references_resolve():
    scenarios = CONTENT.scenarios
    recruiters = set(CONTENT.company.recruiters)
    for name, person in scenarios.people.items():
        assert person.resume in scenarios.resumes, name
        assert person.company_now in CONTENT.company.companies, name
        for app in person.applications:
            assert app.opening in scenarios.past_openings, (name, app.opening)
        for touch in person.touchpoints:
            assert touch.opening is None or touch.opening in scenarios.past_openings, name
            assert touch.recruiter in recruiters, (name, touch.recruiter)
        assert person.applications and person.motivations, name
    assert {o.recruiter for o in scenarios.past_openings.values()} <= recruiters
    assert set(SCENARIO_OPENINGS) <= {role.key for role in CONTENT.open_roles}


def test_open_roles_have_unique_keys_and_known_families():
    keys = [role.key for role in CONTENT.open_roles]
    assert len(keys) == len(set(keys))
    assert {role.family for role in CONTENT.open_roles} <= set(FAMILIES)
    assert all(role.offers and role.description for role in CONTENT.open_roles)


def test_every_family_has_titles_stacks_and_the_words_kept_per_family():
    groups = {family.group for family in FAMILIES.values()}
    assert groups <= set(GROUPS)
    for key, family in FAMILIES.items():
        assert set(family.titles) <= set(LEVEL), key
        assert family.stacks and family.summaries and family.achievements, key
        levels = {a.level for a in family.achievements + family.summaries} - {None}
        assert levels <= set(LEVEL) | {"early"}, key
        assert key in CONTENT.resume_words.bosses and key in CONTENT.openings.team_nouns, key
    for table in (CONTENT.company.recruiter_weights, CONTENT.company.sources):
        assert groups <= set(table)
    assert groups <= set(CONTENT.company.events)


def test_phrase_filters_name_families_groups_and_levels_that_exist():
    phrases = [p for items in CONTENT.motivations.motivations.values() for p in items]
    phrases += [p for items in CONTENT.notes.reason_notes.values() for p in items]
    known = set(FAMILIES) | set(GROUPS)
    for phrase in phrases:
        assert _filter_names(phrase.families) <= known, phrase
        assert phrase.seniorities is None or phrase.seniorities <= set(LEVEL), phrase


def test_places_name_cultures_and_offices_that_exist():
    for name, country in CONTENT.countries.items():
        assert set(country.cultures) <= set(CONTENT.cultures), name
        assert country.cities and country.universities, name
    assert set(CONTENT.openings.office_weights) == set(CONTENT.openings.offices)


def _copy(tmp_path):
    target = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, target)
    return target


def test_a_record_missing_a_field_is_named_with_its_file(tmp_path):
    target = _copy(tmp_path)
    path = target / "scenarios.toml"
    path.write_text(path.read_text().replace('resume = "senior_a"\n', "", 1))
    with pytest.raises(ContentError, match=r"scenarios\.toml: people\.\w+: .* needs resume"):
        read_content(target)


def test_an_unknown_field_or_a_wrong_type_is_named_with_its_place(tmp_path):
    target = _copy(tmp_path)
    path = target / "open_roles.toml"
    path.write_text(path.read_text().replace("salary_min = 95000", 'salary_min = "95k"', 1))
    with pytest.raises(ContentError, match=r"open_roles\.toml: open_roles\[0\]\.salary_min"):
        read_content(target)
    path.write_text(path.read_text().replace('salary_min = "95k"', "salry_min = 95000", 1))
    with pytest.raises(ContentError, match="has no field salry_min"):
        read_content(target)
