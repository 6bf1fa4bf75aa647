"""Build the deterministic demo pool: past candidates, their history with the team, and openings.

The pool is the first thing every user sees, so it has to read like a real recruiting team's
database: people with coherent careers and résumés, applications that ended for realistic
reasons in the recruiter's own words, touchpoints that thin out over time, and a handful of
hand-designed scenario people (``SCENARIOS``) the matching tests rely on.

Rules the generator keeps:

* Only ``random.Random(seed)`` is used, never the global generator, and nothing reads the
  clock: every date is an offset back from ``as_of``. Same ``as_of`` and seed, same pool.
* Every past application links to a past (closed/filled) opening generated here, so its
  location, remote policy and band are on record. Load openings before applications and
  touchpoints, and candidates before applications and touchpoints.
* Words live in ``content/*.toml`` (read by ``catalog``); the modules beside this one decide
  who gets which: ``openings``, ``people``, ``applications``, ``touchpoints``, ``motivations``,
  ``resumes``, ``scenarios`` and ``consent``.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from data.demo.catalog import load_content
from data.demo.consent import apply_consent_and_dnc
from data.demo.openings import (
    build_open_openings,
    build_random_past_openings,
    build_scenario_past_openings,
)
from data.demo.people import family_quota, finish_person, new_person
from data.demo.scenarios import (
    SCENARIO_OPENINGS,
    SCENARIO_PAST_OPENING_IDS,
    SCENARIOS,
    scenario_person,
)
from data.demo.state import Build

__all__ = [
    "DemoPool",
    "SCENARIOS",
    "SCENARIO_OPENINGS",
    "SCENARIO_PAST_OPENING_IDS",
    "build_demo_pool",
]

CONTENT = load_content()
TOTAL_CANDIDATES = 460


@dataclass(frozen=True)
class DemoPool:
    candidates: list[dict]
    openings: list[dict]
    applications: list[dict]
    touchpoints: list[dict]


def build_demo_pool(as_of: date, seed: int = 7) -> DemoPool:
    """The demo pool as of ``as_of``: candidates, openings (open and past), applications
    and touchpoints as plain dicts with the keys the loader and importers use."""
    builder = Build(as_of, seed)
    build_open_openings(builder)
    build_scenario_past_openings(builder)
    build_random_past_openings(builder)
    rng = builder.rng

    people: list[tuple[dict, list[dict], list[dict]]] = []
    for spec in CONTENT.scenarios.people.values():
        people.append(scenario_person(builder, spec))

    scenario_numbers = {
        int(spec.id.rsplit("C", 1)[1]) for spec in CONTENT.scenarios.people.values()
    }
    numbers = [n for n in range(1, TOTAL_CANDIDATES + 1) if n not in scenario_numbers]
    not_before = CONTENT.motivations.not_before
    not_before_at = dict(zip(rng.sample(numbers, len(not_before)), not_before, strict=True))
    for number, family in zip(numbers, family_quota(builder, len(numbers)), strict=True):
        person = new_person(builder, f"DEMO-C{number:04d}", family)
        record = finish_person(builder, person, not_before_at.get(number))
        people.append((record, person.apps, person.touches))

    apply_consent_and_dnc(builder, people, TOTAL_CANDIDATES)

    candidates, applications, touchpoints = [], [], []
    for record, apps, touches in sorted(people, key=lambda p: p[0]["external_id"]):
        candidates.append(record)
        applications += apps
        # Logging started 24 months ago; anything after a DNC request or lapsed consent was
        # never sent.
        cutoff = builder.anchor - timedelta(days=730)
        stop = record["do_not_contact_at"]
        lapse = record["consent_until"]
        kept, seen = [], set()
        for touch in sorted(touches, key=lambda t: t["at"]):
            if touch["at"] < cutoff:
                continue
            if stop and touch["at"] > stop:
                continue
            if lapse and touch["direction"] == "outbound" and touch["at"].date() > lapse:
                continue
            key = (touch["at"], touch["channel"], touch["kind"])
            if key in seen:  # the loader treats these as the same touchpoint
                continue
            seen.add(key)
            kept.append(touch)
        touchpoints += kept

    openings = [o.record for o in builder.open]
    openings += [builder.by_id[i].record for i in SCENARIO_PAST_OPENING_IDS.values()]
    openings += [o.record for o in builder.past]
    return DemoPool(
        candidates=candidates, openings=openings, applications=applications, touchpoints=touchpoints
    )
