"""Pool health for the talent-acquisition lead's weekly review, as small tables to chart.

Size by job family and seniority (read from the current title), outcomes and reasons of past
applications, silver medalists, how long since each person heard from us, feedback still owed,
and how often outreach gets an answer: re-engagement of past candidates against other outreach.
"""

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pandas as pd
from sqlalchemy import func
from sqlmodel import Session, select

from data.eligibility import feedback_to_send_clause, silver_medalist_clause
from data.models import Application, Candidate, Touchpoint
from data.timeutil import utcnow
from data.vocab import Direction, Seniority, TouchpointKind, TouchpointOutcome

# First match wins, so narrower families come before the broad ones they overlap.
_FAMILY_CUES: list[tuple[str, tuple[str, ...]]] = [
    ("Machine learning", ("machine learning", "data scien", " ml ", "ai engineer")),
    ("Data engineering", ("data engineer", "data platform", "analytics engineer")),
    ("Analytics", ("analyst", "analytics", "business intelligence", " bi ", "insights")),
    ("Design", ("design", "ux", "ui/")),
    ("Product", ("product manager", "product owner", "product lead", "head of product")),
    ("Mobile", ("ios", "android", "mobile", "flutter", "react native")),
    ("Frontend", ("frontend", "front-end", "front end", ", web", "web developer")),
    ("Platform / SRE", ("platform", "devops", "site reliability", "sre", "infrastructure")),
    ("Backend / software", ("backend", "back-end", "software", "engineer", "developer")),
    ("Marketing", ("marketing", "demand generation", "brand", "content")),
    ("Customer success", ("customer", "support", "onboarding")),
    ("Sales", ("sales", "account executive", "business development", "sdr", "bdr")),
    ("Finance", ("finance", "financial", "accountant", "fp&a", "controller")),
    ("People", ("people", "hr ", "talent", "recruit")),
]
_SENIORITY_CUES: list[tuple[str, tuple[str, ...]]] = [
    (Seniority.executive, ("chief ", " vp ", "vice president", " cto ", " ceo ", " cfo ")),
    (Seniority.director, ("director", "head of")),
    (Seniority.manager, ("manager",)),
    (Seniority.lead, ("lead", "tech lead")),
    (Seniority.staff, ("staff", "principal")),
    (Seniority.senior, ("senior", "sr.", "sr ")),
    (Seniority.junior, ("junior", " jr", "graduate", "associate", "assistant", "coordinator")),
    (Seniority.intern, ("intern",)),
]
_IC_MANAGER = re.compile(
    r"(product|success|marketing|account|onboarding|content|growth|brand|fp&a|finance) manager"
)
# "Product Marketing Manager" is marketing; "Engineering Manager" an engineering manager.
_FAMILY_OVERRIDES = [(re.compile(r"product marketing"), "Marketing")]

LAST_CONTACT_BUCKETS = [
    (90, "under 3 months"),
    (180, "3–6 months"),
    (365, "6–12 months"),
    (730, "1–2 years"),
    (None, "over 2 years"),
]
NEVER = "never contacted"
REPLIED = {
    TouchpointOutcome.replied,
    TouchpointOutcome.interested,
    TouchpointOutcome.not_interested,
}


def title_family(title: str | None) -> str:
    text = f" {(title or '').lower()} "
    if not text.strip():
        return "Unknown"
    for pattern, family in _FAMILY_OVERRIDES:
        if pattern.search(text):
            return family
    # "Manager, Customer Success" and "Data Engineering Manager": the words, not the rank.
    for family, cues in _FAMILY_CUES:
        if any(cue in text for cue in cues):
            return family
    if "manager" in text and "engineering" in text:
        return "Backend / software"
    return "Other"


def title_seniority(title: str | None) -> str:
    text = f" {(title or '').lower()} "
    # "Product Manager" or "Customer Success Manager" is a job, not a rank.
    ic = _IC_MANAGER.search(text)
    cues = [c for c in _SENIORITY_CUES if not (ic and c[0] == Seniority.manager)]
    for level, words in cues:
        if any(word in text for word in words):
            return level.value
    return Seniority.mid.value if text.strip() else "unknown"


def pool_composition(*, session: Session) -> pd.DataFrame:
    """Candidates by family and seniority: columns family, seniority, candidates."""
    counts: Counter = Counter()
    for title, headline in session.exec(select(Candidate.current_title, Candidate.headline)):
        what = title or headline
        counts[(title_family(what), title_seniority(what))] += 1
    rows = [{"family": f, "seniority": s, "candidates": n} for (f, s), n in counts.items()]
    frame = pd.DataFrame(rows, columns=["family", "seniority", "candidates"])
    return frame.sort_values(["family", "seniority"], ignore_index=True)


def _count_by(session: Session, column, name: str) -> pd.DataFrame:
    rows = session.exec(
        select(column, func.count()).where(column.is_not(None)).group_by(column)
    ).all()
    frame = pd.DataFrame(rows, columns=[name, "applications"])
    frame[name] = frame[name].astype(str).str.replace("_", " ")
    return frame.sort_values("applications", ascending=False, ignore_index=True)


def outcomes(*, session: Session) -> pd.DataFrame:
    return _count_by(session, Application.outcome, "outcome")


def reasons(*, session: Session) -> pd.DataFrame:
    return _count_by(session, Application.reason, "reason")


def silver_medalists(*, session: Session) -> pd.DataFrame:
    """The people who reached the final round or an offer and lost only to another
    candidate (``data.eligibility``'s rule, as the matcher's silver-medalist reason): one row
    per person, their latest such process, with how many they had."""
    rows = session.exec(
        select(
            Candidate.id,
            Candidate.full_name,
            Application.role_title,
            Application.stage_reached,
            Application.decided_at,
            Application.rating,
        )
        .join(Candidate, Candidate.id == Application.candidate_id)
        .where(silver_medalist_clause())
        .order_by(Application.decided_at.desc().nulls_last(), Application.id.desc())
    ).all()
    frame = pd.DataFrame(
        rows, columns=["candidate_id", "name", "role", "stage", "decided", "rating"]
    )
    times = frame.groupby("candidate_id")["candidate_id"].transform("size")
    frame = frame.assign(**{"times silver": times}).drop_duplicates("candidate_id", keep="first")
    return frame.reset_index(drop=True)


def _bucket(days: int | None) -> str:
    if days is None:
        return NEVER
    for limit, label in LAST_CONTACT_BUCKETS:
        if limit is None or days < limit:
            return label
    return LAST_CONTACT_BUCKETS[-1][1]


def last_contact(*, session: Session, today: date | None = None) -> pd.DataFrame:
    """People by how long since the last touchpoint, in order: bucket, candidates."""
    today = today or utcnow().date()
    last = dict(
        session.exec(
            select(Touchpoint.candidate_id, func.max(Touchpoint.at)).group_by(
                Touchpoint.candidate_id
            )
        ).all()
    )
    counts: Counter = Counter()
    for cid in session.exec(select(Candidate.id)):
        at = last.get(cid)
        counts[_bucket((today - _day(at)).days if at else None)] += 1
    order = [label for _, label in LAST_CONTACT_BUCKETS] + [NEVER]
    return pd.DataFrame(
        [{"last contact": label, "candidates": counts.get(label, 0)} for label in order]
    )


def _day(at: datetime | str) -> date:
    # SQLite hands back max() over a datetime column as text.
    return (datetime.fromisoformat(at) if isinstance(at, str) else at).date()


def feedback_owed(*, session: Session) -> pd.DataFrame:
    """Interviewed, turned down by us, no feedback recorded as given, and not do-not-contact:
    the Feedback owed page's people."""
    rows = session.exec(
        select(Candidate.id, Candidate.full_name, Application.role_title, Application.decided_at)
        .join(Candidate, Candidate.id == Application.candidate_id)
        .where(feedback_to_send_clause())
        .order_by(Application.decided_at.asc())
    ).all()
    return pd.DataFrame(rows, columns=["candidate_id", "name", "role", "decided"])


def response_rates(*, session: Session) -> pd.DataFrame:
    """Outbound touchpoints and how many got an answer: re-engagement vs other outreach."""
    rows = session.exec(
        select(Touchpoint.kind, Touchpoint.outcome).where(
            Touchpoint.direction == Direction.outbound
        )
    ).all()
    sent: Counter = Counter()
    answered: Counter = Counter()
    for kind, outcome in rows:
        group = "rediscovered" if kind == TouchpointKind.re_engagement else "other outreach"
        sent[group] += 1
        answered[group] += outcome in REPLIED
    return pd.DataFrame(
        [
            {
                "outreach": group,
                "sent": sent[group],
                "replied": answered[group],
                "response rate": answered[group] / sent[group] if sent[group] else 0.0,
            }
            for group in ("rediscovered", "other outreach")
        ]
    )


@dataclass(frozen=True)
class HealthSummary:
    candidates: int
    silver_medalists: int
    feedback_owed: int
    contacted_last_year: float  # share of the pool
    never_contacted: int


def summary(*, session: Session, today: date | None = None) -> HealthSummary:
    today = today or utcnow().date()
    total = session.exec(select(func.count(Candidate.id))).one()
    cutoff = datetime(today.year, today.month, today.day) - timedelta(days=365)
    recent = session.exec(
        select(func.count(func.distinct(Touchpoint.candidate_id))).where(Touchpoint.at >= cutoff)
    ).one()
    ever = session.exec(select(func.count(func.distinct(Touchpoint.candidate_id)))).one()
    silver = silver_medalists(session=session)
    return HealthSummary(
        candidates=total,
        silver_medalists=len(silver),
        feedback_owed=len(feedback_owed(session=session)),
        contacted_last_year=recent / total if total else 0.0,
        never_contacted=total - ever,
    )
