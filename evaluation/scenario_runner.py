"""Runs the rediscovery scenarios through the real pipeline (database, index, matcher)."""

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlmodel import Session

from data.db import make_engine, upgrade
from data.models import Application, Candidate, Motivation, Opening, Touchpoint
from data.motivation_words import categorise
from evaluation.metrics import Scores, case_right, pairs_in_order
from evaluation.profiles import PROFILES, ROLES
from evaluation.scenarios import CASES as HAND_WRITTEN
from evaluation.scenarios import Case, Person
from evaluation.scenarios_fresh import FRESH_CASES
from evaluation.scenarios_heldout import HELDOUT_CASES
from evaluation.scenarios_heldout2 import HELDOUT2_CASES
from evaluation.scenarios_heldout3 import HELDOUT3_CASES
from evaluation.scenarios_heldout4 import HELDOUT4_CASES
from evaluation.scenarios_heldout5 import HELDOUT5_CASES
from evaluation.scenarios_heldout6 import HELDOUT6_CASES
from evaluation.scenarios_heldout7 import HELDOUT7_CASES
from evaluation.scenarios_heldout8 import HELDOUT8_CASES
from evaluation.scenarios_heldout9 import HELDOUT9_CASES
from evaluation.scenarios_heldout10 import HELDOUT10_CASES
from evaluation.scenarios_heldout11 import HELDOUT11_CASES
from evaluation.scenarios_heldout12 import HELDOUT12_CASES
from evaluation.scenarios_heldout13 import HELDOUT13_CASES
from evaluation.scenarios_heldout14 import HELDOUT14_CASES
from evaluation.scenarios_heldout15 import HELDOUT15_CASES
from evaluation.scenarios_heldout16 import HELDOUT16_CASES
from evaluation.scenarios_heldout17 import HELDOUT17_CASES
from evaluation.scenarios_heldout18 import HELDOUT18_CASES
from evaluation.scenarios_heldout19 import HELDOUT19_CASES
from evaluation.scenarios_heldout20 import HELDOUT20_CASES
from evaluation.scenarios_heldout21 import HELDOUT21_CASES
from evaluation.scenarios_heldout22 import HELDOUT22_CASES
from evaluation.scenarios_heldout23 import HELDOUT23_CASES
from evaluation.scenarios_heldout24 import HELDOUT24_CASES
from evaluation.scenarios_heldout25 import HELDOUT25_CASES
from evaluation.scenarios_heldout26 import HELDOUT26_CASES
from evaluation.scenarios_heldout27 import HELDOUT27_CASES
from evaluation.scenarios_heldout28 import HELDOUT28_CASES
from evaluation.scenarios_heldout29 import HELDOUT29_CASES
from evaluation.scenarios_heldout30 import HELDOUT30_CASES
from evaluation.scenarios_heldout31 import HELDOUT31_CASES
from evaluation.scenarios_heldout32 import HELDOUT32_CASES
from evaluation.scenarios_heldout33 import HELDOUT33_CASES
from evaluation.scenarios_heldout34 import HELDOUT34_CASES
from evaluation.scenarios_heldout35 import HELDOUT35_CASES
from evaluation.scenarios_heldout36 import HELDOUT36_CASES
from evaluation.scenarios_heldout37 import HELDOUT37_CASES
from evaluation.scenarios_heldout38 import HELDOUT38_CASES
from evaluation.scenarios_heldout39 import HELDOUT39_CASES
from evaluation.scenarios_heldout40 import HELDOUT40_CASES
from evaluation.scenarios_heldout41 import HELDOUT41_CASES
from evaluation.scenarios_heldout42 import HELDOUT42_CASES
from evaluation.scenarios_heldout43 import HELDOUT43_CASES
from evaluation.scenarios_heldout44 import HELDOUT44_CASES
from evaluation.scenarios_heldout45 import HELDOUT45_CASES
from evaluation.scenarios_heldout46 import HELDOUT46_CASES
from evaluation.scenarios_heldout47 import HELDOUT47_CASES
from evaluation.scenarios_heldout48 import HELDOUT48_CASES
from evaluation.scenarios_heldout49 import HELDOUT49_CASES
from evaluation.scenarios_heldout50 import HELDOUT50_CASES
from evaluation.scenarios_heldout51 import HELDOUT51_CASES
from evaluation.scenarios_heldout52 import HELDOUT52_CASES
from evaluation.scenarios_heldout53 import HELDOUT53_CASES
from evaluation.scenarios_heldout54 import HELDOUT54_CASES
from evaluation.scenarios_heldout55 import HELDOUT55_CASES
from evaluation.scenarios_heldout56 import HELDOUT56_CASES
from evaluation.scenarios_heldout57 import HELDOUT57_CASES
from evaluation.scenarios_heldout58 import HELDOUT58_CASES
from evaluation.scenarios_heldout59 import HELDOUT59_CASES
from evaluation.scenarios_heldout60 import HELDOUT60_CASES
from evaluation.scenarios_heldout61 import HELDOUT61_CASES
from evaluation.scenarios_heldout62 import HELDOUT62_CASES
from evaluation.scenarios_heldout63 import HELDOUT63_CASES
from evaluation.scenarios_heldout64 import HELDOUT64_CASES
from evaluation.scenarios_heldout65 import HELDOUT65_CASES
from evaluation.scenarios_heldout66 import HELDOUT66_CASES
from evaluation.scenarios_heldout67 import HELDOUT67_CASES
from evaluation.scenarios_heldout68 import HELDOUT68_CASES
from evaluation.scenarios_heldout69 import HELDOUT69_CASES
from evaluation.scenarios_heldout70 import HELDOUT70_CASES
from evaluation.scenarios_heldout71 import HELDOUT71_CASES
from evaluation.scenarios_heldout72 import HELDOUT72_CASES
from evaluation.scenarios_heldout73 import HELDOUT73_CASES
from evaluation.scenarios_heldout74 import HELDOUT74_CASES
from evaluation.scenarios_heldout75 import HELDOUT75_CASES
from evaluation.scenarios_heldout76 import HELDOUT76_CASES
from evaluation.scenarios_heldout77 import HELDOUT77_CASES
from evaluation.scenarios_told import TOLD_CASES
from matching.embedder import Embedder
from matching.engine import Matcher
from matching.indexer import index_pool
from matching.weights import Weights

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
# The hand-written cases, then the ones written in recruiters' own words (issue 12), then a
# fresh set in other wording, written without looking at the reader, and a held-out set
# written by a stranger to the reader and to the earlier cases' wording (never tuned to), and a
# second, a third, a fourth, a fifth, a sixth, a seventh, an eighth, a ninth, a tenth, an
# eleventh, a twelfth, a thirteenth, a fourteenth, a fifteenth, a sixteenth, a seventeenth, an
# eighteenth, a nineteenth, a twentieth, a twenty-first, a twenty-second, a twenty-third, a
# twenty-fourth, a twenty-fifth, a twenty-sixth, a twenty-seventh, a twenty-eighth, a
# twenty-ninth, a thirtieth, a thirty-first, a thirty-second, a thirty-third, a thirty-fourth,
# a thirty-fifth, a thirty-sixth, a thirty-seventh, a thirty-eighth, a thirty-ninth, a fortieth,
# a forty-first, a forty-second, a forty-third, a forty-fourth, a forty-fifth, a forty-sixth
# and a forty-seventh held-out set,
# each by another stranger, each reported on its own line.
SETS: dict[str, list[Case]] = {
    "hand-written": HAND_WRITTEN,
    "told": TOLD_CASES,
    "fresh": FRESH_CASES,
    "held-out": HELDOUT_CASES,
    "held-out 2": HELDOUT2_CASES,
    "held-out 3": HELDOUT3_CASES,
    "held-out 4": HELDOUT4_CASES,
    "held-out 5": HELDOUT5_CASES,
    "held-out 6": HELDOUT6_CASES,
    "held-out 7": HELDOUT7_CASES,
    "held-out 8": HELDOUT8_CASES,
    "held-out 9": HELDOUT9_CASES,
    "held-out 10": HELDOUT10_CASES,
    "held-out 11": HELDOUT11_CASES,
    "held-out 12": HELDOUT12_CASES,
    "held-out 13": HELDOUT13_CASES,
    "held-out 14": HELDOUT14_CASES,
    "held-out 15": HELDOUT15_CASES,
    "held-out 16": HELDOUT16_CASES,
    "held-out 17": HELDOUT17_CASES,
    "held-out 18": HELDOUT18_CASES,
    "held-out 19": HELDOUT19_CASES,
    "held-out 20": HELDOUT20_CASES,
    "held-out 21": HELDOUT21_CASES,
    "held-out 22": HELDOUT22_CASES,
    "held-out 23": HELDOUT23_CASES,
    "held-out 24": HELDOUT24_CASES,
    "held-out 25": HELDOUT25_CASES,
    "held-out 26": HELDOUT26_CASES,
    "held-out 27": HELDOUT27_CASES,
    "held-out 28": HELDOUT28_CASES,
    "held-out 29": HELDOUT29_CASES,
    "held-out 30": HELDOUT30_CASES,
    "held-out 31": HELDOUT31_CASES,
    "held-out 32": HELDOUT32_CASES,
    "held-out 33": HELDOUT33_CASES,
    "held-out 34": HELDOUT34_CASES,
    "held-out 35": HELDOUT35_CASES,
    "held-out 36": HELDOUT36_CASES,
    "held-out 37": HELDOUT37_CASES,
    "held-out 38": HELDOUT38_CASES,
    "held-out 39": HELDOUT39_CASES,
    "held-out 40": HELDOUT40_CASES,
    "held-out 41": HELDOUT41_CASES,
    "held-out 42": HELDOUT42_CASES,
    "held-out 43": HELDOUT43_CASES,
    "held-out 44": HELDOUT44_CASES,
    "held-out 45": HELDOUT45_CASES,
    "held-out 46": HELDOUT46_CASES,
    "held-out 47": HELDOUT47_CASES,
    "held-out 48": HELDOUT48_CASES,
    "held-out 49": HELDOUT49_CASES,
    "held-out 50": HELDOUT50_CASES,
    "held-out 51": HELDOUT51_CASES,
    "held-out 52": HELDOUT52_CASES,
    "held-out 53": HELDOUT53_CASES,
    "held-out 54": HELDOUT54_CASES,
    "held-out 55": HELDOUT55_CASES,
    "held-out 56": HELDOUT56_CASES,
    "held-out 57": HELDOUT57_CASES,
    "held-out 58": HELDOUT58_CASES,
    "held-out 59": HELDOUT59_CASES,
    "held-out 60": HELDOUT60_CASES,
    "held-out 61": HELDOUT61_CASES,
    "held-out 62": HELDOUT62_CASES,
    "held-out 63": HELDOUT63_CASES,
    "held-out 64": HELDOUT64_CASES,
    "held-out 65": HELDOUT65_CASES,
    "held-out 66": HELDOUT66_CASES,
    "held-out 67": HELDOUT67_CASES,
    "held-out 68": HELDOUT68_CASES,
    "held-out 69": HELDOUT69_CASES,
    "held-out 70": HELDOUT70_CASES,
    "held-out 71": HELDOUT71_CASES,
    "held-out 72": HELDOUT72_CASES,
    "held-out 73": HELDOUT73_CASES,
    "held-out 74": HELDOUT74_CASES,
    "held-out 75": HELDOUT75_CASES,
    "held-out 76": HELDOUT76_CASES,
    "held-out 77": HELDOUT77_CASES,
}
CASES: list[Case] = [case for cases in SETS.values() for case in cases]


def when(days: int | date, now: datetime = NOW) -> datetime:
    """``days`` before ``now``, or a calendar day (at 10:00 UTC) when a case names one."""
    if isinstance(days, date):
        return datetime(days.year, days.month, days.day, 10, 0, tzinfo=UTC)
    return now - timedelta(days=days)


def add_person(
    session: Session, external_id: str, email: str, person: Person, *, now: datetime = NOW
) -> Candidate:
    """One person of a case with their motivations, applications and touchpoints, dated
    from ``now``. Motivations are dated too: a wait in words counts from the day it was said,
    so it must not depend on the day the evaluation runs."""
    extra = dict(person.overrides)
    consent_days = extra.pop("consent_days", 365)
    candidate = Candidate(
        external_id=external_id,
        full_name=person.name,
        email=email,
        location=extra.pop("location", "Lisbon, Portugal"),
        consent_until=(now + timedelta(days=consent_days)).date(),
        **{**PROFILES[person.profile], **extra},
    )
    session.add(candidate)
    session.flush()
    for statement in person.motivations:
        statement, days = statement if isinstance(statement, tuple) else (statement, 0)
        session.add(
            Motivation(
                candidate_id=candidate.id,
                statement=statement,
                category=categorise(statement) or "other",
                stated_at=when(days, now),
            )
        )
    for a in person.apps:
        a = dict(a)
        past, days = a.pop("past"), a.pop("days")
        past_id = None
        if past:
            old = Opening(title=a["role_title"], status="filled", **past)
            session.add(old)
            session.flush()
            past_id = old.id
        decided = when(days, now)
        session.add(
            Application(
                candidate_id=candidate.id,
                opening_id=past_id,
                applied_at=decided - timedelta(days=30),
                decided_at=decided,
                **a,
            )
        )
    for t in person.touches:
        t = dict(t)
        session.add(Touchpoint(candidate_id=candidate.id, at=when(t.pop("days"), now), **t))
    session.flush()
    return candidate


def _add_case(session: Session, number: int, case: Case) -> tuple[int, dict[str, int], set[str]]:
    opening = Opening(
        external_id=f"S{number:02d}", status="open", **{**ROLES[case.role], **case.opening}
    )
    session.add(opening)
    session.flush()
    people = list(enumerate(case.people))
    random.Random(number).shuffle(people)  # ties in a baseline must not favour the answer
    grades, excluded = {}, set()
    for j, person in people:
        ext = f"S{number:02d}-{j}"
        add_person(session, ext, f"s{number:02d}.{j}@example.org", person)
        grades[ext] = person.grade
        if person.excluded:
            excluded.add(ext)
    return opening.id, grades, excluded


def set_of(case: Case) -> str:
    return next(name for name, cases in SETS.items() if case in cases)


def run_scenarios(
    embedder: Embedder,
    weightings: dict[str, Weights],
    *,
    work_dir: Path,
    sets: tuple[str, ...] = tuple(SETS),
) -> tuple[dict[str, dict[str, float]], list[dict]]:
    """Mean metrics per weighting, and per-case detail for the first weighting. ``sets``
    picks which of ``SETS`` to run (all by default).

    Each set is ranked in a pool of its own, as it was first measured: the sets together hold
    more people than a search preselects (``matching.engine.PRESELECT``), and a case's people
    tied on fit with another set's would then be cut at random before they are judged."""
    scores = {name: Scores(ks=()) for name in weightings}
    details: list[dict] = []
    for k, set_name in enumerate(sets):
        engine = make_engine(f"sqlite:///{work_dir / f'scenarios_{k}.db'}")
        upgrade(engine)
        with Session(engine) as session:
            cases = [
                (case, *_add_case(session, n, case))
                for n, case in enumerate(SETS[set_name], start=1)
            ]
            session.commit()
        index_pool(engine, embedder)
        matcher = Matcher(engine, embedder)
        _rank_cases(matcher, cases, weightings, scores, details)
        engine.dispose()
    return {name: s.means() for name, s in scores.items()}, details


def _rank_cases(matcher, cases, weightings, scores, details) -> None:
    first = next(iter(weightings))
    for case, opening_id, grades, excluded in cases:
        for name, weights in weightings.items():
            result = matcher.match_opening(opening_id, top_k=500, weights=weights, now=NOW)
            ranked = [r.external_id for r in result.results if r.external_id in grades]
            pairwise = pairs_in_order(ranked, grades)
            right = case_right(ranked, grades, excluded)
            scores[name].add(ranked, grades, pairwise=pairwise, **{"cases right": float(right)})
            if name == first:
                by_id = {r.external_id: r for r in result.results}
                details.append(
                    {
                        "case": case.name,
                        "set": set_of(case),
                        "pairwise": pairwise,
                        "right": right,
                        "order": [
                            (by_id[c].full_name, round(by_id[c].score, 1), grades[c])
                            for c in ranked
                        ],
                    }
                )
