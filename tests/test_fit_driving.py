"""Driving as a condition: someone who cannot drive ("never learned to drive", "had his licence
revoked", "disqualified from driving for 12 months", "gets the bus everywhere") stands against a
role that needs a driver ("clean licence essential", "Führerschein Klasse B", "own transport
required", "company car provided"), with the evidence shown, and ranks below an equal who drives;
a licence without a car is fine where the car is provided. A licence of another kind (an NMC PIN,
a personal liquor licence), a drive only disliked somewhere, a relative who does not drive, and
a role that says nothing of driving make no driving conflict."""

from datetime import date

import pytest

from matching.engine import Matcher
from matching.fit import judge
from matching.indexer import index_pool
from matching.judgements import ConditionFact
from matching.wording import condition_phrase
from reading import read
from reading.role_facts import role_facts
from tests.factories import make_candidate, make_opening, make_touchpoint
from tests.fit_helpers import SAID, goes_against, judged, suits
from tests.reading_helpers import ReadAt

at = ReadAt(SAID)

FIELD = dict(
    title="Field Service Engineer",
    remote_policy="onsite",
    requirements="Clean driving licence essential; visiting customer sites across Kent.",
)
GERMAN = dict(title="Servicetechniker", description="Führerschein Klasse B erforderlich.")
OWN_CAR = dict(title="District Nurse", description="Community-based. Own transport required.")
COMPANY_CAR = dict(title="Area Sales Manager", description="Company car provided - must drive.")
OFFICE = dict(
    title="Data Analyst",
    remote_policy="hybrid",
    location="London, UK",
    description="Three days a week in our London office.",
)


def _driving(note: str) -> set[tuple]:
    return {k for k in at.found(note) if k[0] == "driving"}


@pytest.mark.parametrize(
    "note",
    [
        "Never learned to drive, gets the bus everywhere.",
        "had his licence revoked in the spring",
        "Disqualified from driving for 12 months.",
        "She hasn't got a driving licence.",
        "non driver - public transport only",
        "Hat keinen Führerschein.",
    ],
)
def test_someone_who_cannot_drive_stands_against_a_role_that_needs_a_driver(note):
    assert ("driving", "avoid", "licence") in _driving(note)
    for role in (FIELD, GERMAN, OWN_CAR, COMPANY_CAR):
        assert goes_against(note, "driving", **role)
    assert "driving" not in {f for facets in judged(note, **OFFICE).values() for f in facets}


def test_a_licence_without_a_car_is_fine_where_the_car_is_provided():
    note = "Passed her test last year but doesn't have a car."
    assert ("driving", "avoid", "car") in _driving(note)
    assert suits(note, "driving", **COMPANY_CAR)
    assert goes_against(note, "driving", **OWN_CAR)


@pytest.mark.parametrize(
    "note",
    [
        "Lost her NMC PIN last year over a paperwork lapse.",
        "No personal licence yet, so can't run the bar alone.",
        "Her partner doesn't drive, so she does the school run.",
        "Doesn't like driving in London - too stressful.",
        "Hates driving at night.",
    ],
)
def test_a_licence_of_another_kind_or_a_drive_disliked_is_no_driving_condition(note):
    assert not _driving(note)
    for role in (FIELD, OFFICE):
        got = judged(note, **role)
        assert "driving" not in got.get("unmet", set())
    assert "location" not in judged(note, **OFFICE).get("unmet", set())


def test_a_licence_of_another_kind_in_a_role_is_not_driving():
    nurse = role_facts(title="Staff Nurse", requirements="Valid NMC PIN licence required.")
    bar = role_facts(title="Bar Manager", requirements="Personal licence holder essential.")
    assert nurse.driving is None and bar.driving is None


def test_a_ban_with_an_end_stops_standing_once_it_is_over():
    note = "Banned from driving until February, then back on the road."
    found = [c for c in read(note, said_at=SAID) if c.facet == "driving"]
    assert found and found[0].value.get("until") == "2027-02-01"
    assert not any(c.facet == "wait" for c in read(note, said_at=SAID))  # not a wait to write
    facts = [
        ConditionFact(1, c.facet, c.polarity, c.value, note, SAID, "motivation", 1) for c in found
    ]
    role = role_facts(**FIELD)
    assert any(j.conflict for j in judge(facts, role, today=SAID))
    assert not judge(facts, role, today=date(2027, 3, 1))


def test_driving_is_said_in_plain_words():
    [c] = [c for c in read("Doesn't drive.", said_at=SAID) if c.facet == "driving"]
    assert condition_phrase(c, person="third") == "does not drive (no driving licence)"
    said = "Doesn't drive."
    facts = [ConditionFact(1, c.facet, c.polarity, c.value, said, SAID, "motivation", 1)]
    [j] = judge(facts, role_facts(**COMPANY_CAR), today=SAID)
    assert j.conflict and "company car" in j.sentence and "does not drive" in j.sentence.lower()


def test_someone_who_cannot_drive_ranks_below_an_equal_who_drives(engine, fake_embedder, session):
    opening = make_opening(
        session,
        title="Field Service Engineer",
        remote_policy="onsite",
        location="Maidstone, UK",
        requirements="Python, PostgreSQL. Full UK driving licence essential.",
        offers=["Company van"],
    )
    walker = make_candidate(session, location="Maidstone, UK")
    driver = make_candidate(session, location="Maidstone, UK")
    make_touchpoint(session, walker, note="Relies on buses, lost his licence last year.")
    make_touchpoint(session, driver, note="Full clean licence, happy on the road.")
    session.commit()
    index_pool(engine, fake_embedder)
    results = Matcher(engine, fake_embedder).match_opening(opening.id, top_k=50).results
    order = [r.external_id for r in results]
    assert order.index(driver.external_id) < order.index(walker.external_id)
    walked = next(r for r in results if r.external_id == walker.external_id)
    assert walked.conflicts
