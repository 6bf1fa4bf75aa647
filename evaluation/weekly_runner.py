"""Runs the weekly reconnect cases through the real weekly list (database, index, matcher)."""

from pathlib import Path

from sqlmodel import Session

from data.db import make_engine, upgrade
from data.models import Opening
from data.timeutil import start_of_day
from evaluation.profiles import ROLES
from evaluation.scenario_runner import add_person
from evaluation.scenarios_told import REMOTE
from evaluation.weekly_cases import WEEKLY_CASES, WeeklyCase
from evaluation.weekly_fresh import FRESH_WEEKLY_CASES
from evaluation.weekly_heldout import HELDOUT_WEEKLY_CASES
from evaluation.weekly_heldout2 import HELDOUT2_WEEKLY_CASES
from evaluation.weekly_heldout3 import HELDOUT3_WEEKLY_CASES
from evaluation.weekly_heldout4 import HELDOUT4_WEEKLY_CASES
from evaluation.weekly_heldout5 import HELDOUT5_WEEKLY_CASES
from evaluation.weekly_heldout6 import HELDOUT6_WEEKLY_CASES
from evaluation.weekly_heldout7 import HELDOUT7_WEEKLY_CASES
from evaluation.weekly_heldout8 import HELDOUT8_WEEKLY_CASES
from evaluation.weekly_heldout9 import HELDOUT9_WEEKLY_CASES
from evaluation.weekly_heldout10 import HELDOUT10_WEEKLY_CASES
from evaluation.weekly_heldout11 import HELDOUT11_WEEKLY_CASES
from evaluation.weekly_heldout12 import HELDOUT12_WEEKLY_CASES
from evaluation.weekly_heldout13 import HELDOUT13_WEEKLY_CASES
from evaluation.weekly_heldout14 import HELDOUT14_WEEKLY_CASES
from evaluation.weekly_heldout15 import HELDOUT15_WEEKLY_CASES
from evaluation.weekly_heldout16 import HELDOUT16_WEEKLY_CASES
from evaluation.weekly_heldout17 import HELDOUT17_WEEKLY_CASES
from evaluation.weekly_heldout18 import HELDOUT18_WEEKLY_CASES
from evaluation.weekly_heldout19 import HELDOUT19_WEEKLY_CASES
from evaluation.weekly_heldout20 import HELDOUT20_WEEKLY_CASES
from evaluation.weekly_heldout21 import HELDOUT21_WEEKLY_CASES
from evaluation.weekly_heldout22 import HELDOUT22_WEEKLY_CASES
from evaluation.weekly_heldout23 import HELDOUT23_WEEKLY_CASES
from evaluation.weekly_heldout24 import HELDOUT24_WEEKLY_CASES
from evaluation.weekly_heldout25 import HELDOUT25_WEEKLY_CASES
from evaluation.weekly_heldout26 import HELDOUT26_WEEKLY_CASES
from evaluation.weekly_heldout27 import HELDOUT27_WEEKLY_CASES
from evaluation.weekly_heldout28 import HELDOUT28_WEEKLY_CASES
from evaluation.weekly_heldout29 import HELDOUT29_WEEKLY_CASES
from evaluation.weekly_heldout30 import HELDOUT30_WEEKLY_CASES
from evaluation.weekly_heldout31 import HELDOUT31_WEEKLY_CASES
from evaluation.weekly_heldout32 import HELDOUT32_WEEKLY_CASES
from evaluation.weekly_heldout33 import HELDOUT33_WEEKLY_CASES
from evaluation.weekly_heldout34 import HELDOUT34_WEEKLY_CASES
from evaluation.weekly_heldout35 import HELDOUT35_WEEKLY_CASES
from evaluation.weekly_heldout36 import HELDOUT36_WEEKLY_CASES
from evaluation.weekly_heldout37 import HELDOUT37_WEEKLY_CASES
from evaluation.weekly_heldout38 import HELDOUT38_WEEKLY_CASES
from evaluation.weekly_heldout39 import HELDOUT39_WEEKLY_CASES
from evaluation.weekly_heldout40 import HELDOUT40_WEEKLY_CASES
from evaluation.weekly_heldout41 import HELDOUT41_WEEKLY_CASES
from evaluation.weekly_heldout42 import HELDOUT42_WEEKLY_CASES
from evaluation.weekly_heldout43 import HELDOUT43_WEEKLY_CASES
from evaluation.weekly_heldout44 import HELDOUT44_WEEKLY_CASES
from evaluation.weekly_heldout45 import HELDOUT45_WEEKLY_CASES
from evaluation.weekly_heldout46 import HELDOUT46_WEEKLY_CASES
from evaluation.weekly_heldout47 import HELDOUT47_WEEKLY_CASES
from evaluation.weekly_heldout48 import HELDOUT48_WEEKLY_CASES
from evaluation.weekly_heldout49 import HELDOUT49_WEEKLY_CASES
from evaluation.weekly_heldout50 import HELDOUT50_WEEKLY_CASES
from evaluation.weekly_heldout51 import HELDOUT51_WEEKLY_CASES
from evaluation.weekly_heldout52 import HELDOUT52_WEEKLY_CASES
from evaluation.weekly_heldout53 import HELDOUT53_WEEKLY_CASES
from evaluation.weekly_heldout54 import HELDOUT54_WEEKLY_CASES
from evaluation.weekly_heldout55 import HELDOUT55_WEEKLY_CASES
from evaluation.weekly_heldout56 import HELDOUT56_WEEKLY_CASES
from evaluation.weekly_heldout57 import HELDOUT57_WEEKLY_CASES
from evaluation.weekly_heldout58 import HELDOUT58_WEEKLY_CASES
from evaluation.weekly_heldout59 import HELDOUT59_WEEKLY_CASES
from evaluation.weekly_heldout60 import HELDOUT60_WEEKLY_CASES
from evaluation.weekly_heldout61 import HELDOUT61_WEEKLY_CASES
from evaluation.weekly_heldout62 import HELDOUT62_WEEKLY_CASES
from evaluation.weekly_heldout63 import HELDOUT63_WEEKLY_CASES
from evaluation.weekly_heldout64 import HELDOUT64_WEEKLY_CASES
from evaluation.weekly_heldout65 import HELDOUT65_WEEKLY_CASES
from evaluation.weekly_heldout66 import HELDOUT66_WEEKLY_CASES
from evaluation.weekly_heldout67 import HELDOUT67_WEEKLY_CASES
from evaluation.weekly_heldout68 import HELDOUT68_WEEKLY_CASES
from evaluation.weekly_heldout69 import HELDOUT69_WEEKLY_CASES
from evaluation.weekly_heldout70 import HELDOUT70_WEEKLY_CASES
from evaluation.weekly_heldout71 import HELDOUT71_WEEKLY_CASES
from evaluation.weekly_heldout72 import HELDOUT72_WEEKLY_CASES
from evaluation.weekly_heldout73 import HELDOUT73_WEEKLY_CASES
from evaluation.weekly_heldout74 import HELDOUT74_WEEKLY_CASES
from evaluation.weekly_heldout75 import HELDOUT75_WEEKLY_CASES
from evaluation.weekly_heldout76 import HELDOUT76_WEEKLY_CASES
from evaluation.weekly_heldout77 import HELDOUT77_WEEKLY_CASES
from matching.embedder import Embedder
from matching.engine import Matcher
from matching.indexer import index_pool
from outreach.reconnect import ReconnectRules, weekly_list

# No cap: a case is about who is due, not about who makes this week's first fifteen.
RULES = ReconnectRules(weekly_cap=100_000)
# The cases in recruiters' words, then a fresh set in other wording (written without looking
# at the reader), then forty-seven held-out sets, each by a stranger to the reader (never
# tuned to).
SETS: dict[str, list[WeeklyCase]] = {
    "told": WEEKLY_CASES,
    "fresh": FRESH_WEEKLY_CASES,
    "held-out": HELDOUT_WEEKLY_CASES,
    "held-out 2": HELDOUT2_WEEKLY_CASES,
    "held-out 3": HELDOUT3_WEEKLY_CASES,
    "held-out 4": HELDOUT4_WEEKLY_CASES,
    "held-out 5": HELDOUT5_WEEKLY_CASES,
    "held-out 6": HELDOUT6_WEEKLY_CASES,
    "held-out 7": HELDOUT7_WEEKLY_CASES,
    "held-out 8": HELDOUT8_WEEKLY_CASES,
    "held-out 9": HELDOUT9_WEEKLY_CASES,
    "held-out 10": HELDOUT10_WEEKLY_CASES,
    "held-out 11": HELDOUT11_WEEKLY_CASES,
    "held-out 12": HELDOUT12_WEEKLY_CASES,
    "held-out 13": HELDOUT13_WEEKLY_CASES,
    "held-out 14": HELDOUT14_WEEKLY_CASES,
    "held-out 15": HELDOUT15_WEEKLY_CASES,
    "held-out 16": HELDOUT16_WEEKLY_CASES,
    "held-out 17": HELDOUT17_WEEKLY_CASES,
    "held-out 18": HELDOUT18_WEEKLY_CASES,
    "held-out 19": HELDOUT19_WEEKLY_CASES,
    "held-out 20": HELDOUT20_WEEKLY_CASES,
    "held-out 21": HELDOUT21_WEEKLY_CASES,
    "held-out 22": HELDOUT22_WEEKLY_CASES,
    "held-out 23": HELDOUT23_WEEKLY_CASES,
    "held-out 24": HELDOUT24_WEEKLY_CASES,
    "held-out 25": HELDOUT25_WEEKLY_CASES,
    "held-out 26": HELDOUT26_WEEKLY_CASES,
    "held-out 27": HELDOUT27_WEEKLY_CASES,
    "held-out 28": HELDOUT28_WEEKLY_CASES,
    "held-out 29": HELDOUT29_WEEKLY_CASES,
    "held-out 30": HELDOUT30_WEEKLY_CASES,
    "held-out 31": HELDOUT31_WEEKLY_CASES,
    "held-out 32": HELDOUT32_WEEKLY_CASES,
    "held-out 33": HELDOUT33_WEEKLY_CASES,
    "held-out 34": HELDOUT34_WEEKLY_CASES,
    "held-out 35": HELDOUT35_WEEKLY_CASES,
    "held-out 36": HELDOUT36_WEEKLY_CASES,
    "held-out 37": HELDOUT37_WEEKLY_CASES,
    "held-out 38": HELDOUT38_WEEKLY_CASES,
    "held-out 39": HELDOUT39_WEEKLY_CASES,
    "held-out 40": HELDOUT40_WEEKLY_CASES,
    "held-out 41": HELDOUT41_WEEKLY_CASES,
    "held-out 42": HELDOUT42_WEEKLY_CASES,
    "held-out 43": HELDOUT43_WEEKLY_CASES,
    "held-out 44": HELDOUT44_WEEKLY_CASES,
    "held-out 45": HELDOUT45_WEEKLY_CASES,
    "held-out 46": HELDOUT46_WEEKLY_CASES,
    "held-out 47": HELDOUT47_WEEKLY_CASES,
    "held-out 48": HELDOUT48_WEEKLY_CASES,
    "held-out 49": HELDOUT49_WEEKLY_CASES,
    "held-out 50": HELDOUT50_WEEKLY_CASES,
    "held-out 51": HELDOUT51_WEEKLY_CASES,
    "held-out 52": HELDOUT52_WEEKLY_CASES,
    "held-out 53": HELDOUT53_WEEKLY_CASES,
    "held-out 54": HELDOUT54_WEEKLY_CASES,
    "held-out 55": HELDOUT55_WEEKLY_CASES,
    "held-out 56": HELDOUT56_WEEKLY_CASES,
    "held-out 57": HELDOUT57_WEEKLY_CASES,
    "held-out 58": HELDOUT58_WEEKLY_CASES,
    "held-out 59": HELDOUT59_WEEKLY_CASES,
    "held-out 60": HELDOUT60_WEEKLY_CASES,
    "held-out 61": HELDOUT61_WEEKLY_CASES,
    "held-out 62": HELDOUT62_WEEKLY_CASES,
    "held-out 63": HELDOUT63_WEEKLY_CASES,
    "held-out 64": HELDOUT64_WEEKLY_CASES,
    "held-out 65": HELDOUT65_WEEKLY_CASES,
    "held-out 66": HELDOUT66_WEEKLY_CASES,
    "held-out 67": HELDOUT67_WEEKLY_CASES,
    "held-out 68": HELDOUT68_WEEKLY_CASES,
    "held-out 69": HELDOUT69_WEEKLY_CASES,
    "held-out 70": HELDOUT70_WEEKLY_CASES,
    "held-out 71": HELDOUT71_WEEKLY_CASES,
    "held-out 72": HELDOUT72_WEEKLY_CASES,
    "held-out 73": HELDOUT73_WEEKLY_CASES,
    "held-out 74": HELDOUT74_WEEKLY_CASES,
    "held-out 75": HELDOUT75_WEEKLY_CASES,
    "held-out 76": HELDOUT76_WEEKLY_CASES,
    "held-out 77": HELDOUT77_WEEKLY_CASES,
}


def run_weekly(
    embedder: Embedder, *, work_dir: Path, sets: tuple[str, ...] = tuple(SETS)
) -> tuple[dict[str, float], list[dict]]:
    """The share of cases right, and per-case detail (who was listed against expectation).
    ``sets`` picks which of ``SETS`` to run (all by default)."""
    chosen = [(name, case) for name in sets for case in SETS[name]]
    engine = make_engine(f"sqlite:///{work_dir / 'weekly.db'}")
    upgrade(engine)
    built = []
    with Session(engine) as session:
        # One open role, so the list can name each person's best role as it does in use.
        session.add(Opening(external_id="W-ROLE", status="open", **{**ROLES["backend"], **REMOTE}))
        for n, (set_name, case) in enumerate(chosen, start=1):
            expected = {}
            for j, person in enumerate(case.people):
                candidate = add_person(
                    session,
                    f"W{n:02d}-{j}",
                    f"w{n:02d}.{j}@example.org",
                    person,
                    now=start_of_day(case.week),
                )
                expected[candidate.id] = (person.name, person.grade > 0)
            built.append((set_name, case, expected))
        session.commit()
    index_pool(engine, embedder)
    matcher = Matcher(engine, embedder)
    listed: dict = {}
    with Session(engine) as session:
        for week in sorted({case.week for _, case in chosen}):
            found = weekly_list(matcher, session=session, today=week, rules=RULES)
            listed[week] = (
                {e.candidate_id for e in found.entries},
                {t.candidate_id for t in found.reconsent},
            )
    engine.dispose()
    details = [
        {**_judge(case, expected, *listed[case.week]), "set": set_name}
        for set_name, case, expected in built
    ]
    right = sum(d["right"] for d in details)
    return {"cases right": right / len(details) if details else 0.0}, details


def _judge(case, expected: dict[int, tuple[str, bool]], entries: set, reconsent: set) -> dict:
    missing = [name for cid, (name, due) in expected.items() if due and cid not in entries]
    wrongly = [
        name
        for cid, (name, due) in expected.items()
        if not due and (cid in entries or cid in reconsent)
    ]
    return {
        "case": case.name,
        "week": case.week.isoformat(),
        "right": not missing and not wrongly,
        "missing": missing,
        "listed_wrongly": wrongly,
    }
