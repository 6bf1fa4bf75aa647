"""Every draft the demo pool can produce says only what the record supports.

For each person on the demo weekly list and each of the top ten matches of every open demo
role, the draft (or its refusal) is checked for what a candidate would notice:

- no claim beyond the stage reached ("interviewed", "final round", "offer" only if true);
- no verbatim note: no five words in a row from a motivation, reason note or touchpoint note;
- no pitch across a standing conflict: a role their words rule out is refused, with why;
- no other person's name, no doubled quotation marks, and a plain way to say no.
"""

import re
from datetime import date

import pytest
from sqlmodel import select

from data.db import read_session, session_scope
from data.demo import load_demo
from data.models import Candidate, Opening
from data.vocab import STAGE_ORDER
from matching.engine import Matcher
from matching.facts import latest_process, load_facts
from matching.fit import judge_person
from matching.indexer import index_pool
from matching.role import role_from_opening
from matching.wording import condition_phrase
from outreach.draft_story import OPT_OUT_LINE, DraftConflict
from outreach.drafts import DraftRefused, build_draft
from outreach.reconnect import weekly_list
from tests.conftest import DEMO_AS_OF

NOW_WEEK = date(2026, 11, 23)
CLAIMS = [  # (words, least stage that supports them)
    ("interviewed", "interview"),
    ("met the team", "interview"),
    ("final round", "final"),
    ("made you an offer", "offer"),
]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = _words(text)
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


@pytest.fixture(scope="module")
def demo(tmp_path_factory, fake_embedder_module):
    from data.db import make_engine, upgrade

    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('claims') / 'demo.db'}")
    upgrade(engine)
    with session_scope(engine) as session:
        load_demo(session=session, as_of=DEMO_AS_OF)
    index_pool(engine, fake_embedder_module)
    return engine, Matcher(engine, fake_embedder_module)


@pytest.fixture(scope="module")
def fake_embedder_module():
    from matching.embedder import HashingEmbedder

    return HashingEmbedder()


def _pairs(engine, matcher) -> list[tuple[int, int | None]]:
    pairs: set[tuple[int, int | None]] = set()
    with session_scope(engine) as session:
        weekly = weekly_list(matcher, session=session, today=NOW_WEEK)
        pairs |= {(e.candidate_id, e.opening_id) for e in weekly.entries}
        openings = session.exec(select(Opening).where(Opening.status == "open")).all()
        roles = [role_from_opening(o) for o in openings]
    for role in roles:
        for r in matcher.match(role, top_k=10).results:
            pairs.add((r.candidate_id, role.opening_id))
    return sorted(pairs, key=lambda p: (p[0], p[1] or 0))


def test_every_demo_draft_claims_only_what_the_record_supports(demo):
    engine, matcher = demo
    with session_scope(engine) as session:
        people = {c.id: c for c in session.exec(select(Candidate)).all()}
        names = {cid: c.full_name for cid, c in people.items()}
        notes = {
            cid: [m.statement for m in c.motivations]
            + [a.reason_note for a in c.applications if a.reason_note]
            + [t.note for t in c.touchpoints if t.note]
            for cid, c in people.items()
        }
        facts = load_facts(session)
        openings = {o.id: o for o in session.exec(select(Opening)).all()}
    pairs = _pairs(engine, matcher)
    assert len(pairs) >= 150
    written = refused_for_conflict = 0
    for candidate_id, opening_id in pairs:
        person = facts[candidate_id]
        try:
            with read_session(engine) as session:
                draft = build_draft(matcher, candidate_id, session=session, opening_id=opening_id)
        except DraftConflict as exc:
            refused_for_conflict += 1
            assert exc.conflicts  # the recruiter is told which condition stands
            continue
        except DraftRefused:
            continue
        written += 1
        body = draft.subject + "\n" + draft.body
        role = role_from_opening(openings[draft.opening_id])
        # No pitch across a standing conflict.
        assert not [j for j in judge_person(person, role, matcher_now()) if j.conflict]
        # No claim beyond the stage reached.
        latest = latest_process(person.applications)
        reached = STAGE_ORDER.get(latest.stage_reached, 0) if latest else -1
        for words, stage in CLAIMS:
            if words in body:
                assert reached >= STAGE_ORDER[stage], (names[candidate_id], words)
        # No verbatim note.
        said = (
            set().union(*(_shingles(n) for n in notes[candidate_id]))
            if notes[candidate_id]
            else set()
        )
        # Titles and the role's own offers are the record's words, not a note's.
        # ("when you interviewed for <the role's title>" is the record's phrase too).
        ours = [role.title, *role.offers]
        ours += [f"for {a.role_title or ''}" for a in person.applications]
        # So are our own paraphrases, which may happen to share words with a note.
        ours += [condition_phrase(c) for c in person.conditions]
        allowed = set().union(*(_shingles(t) for t in ours))
        copied = (said & _shingles(body)) - allowed
        assert not copied, (names[candidate_id], sorted(copied)[:3])
        # Nobody else named; quotes used once; an easy way to say no.
        others = [n for cid, n in names.items() if cid != candidate_id and n in body]
        assert others == [], (names[candidate_id], others)
        assert "““" not in body and "””" not in body and '""' not in body
        assert OPT_OUT_LINE in draft.body
    assert written >= 100
    assert refused_for_conflict >= 1  # the demo pool holds people a role goes against


def matcher_now():
    from data.timeutil import utcnow

    return utcnow()
