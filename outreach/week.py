"""A recruiter's week, counted for the Home page: who to reconnect with, drafts waiting to be
sent, people owed feedback, roles opened since last week, opt-outs and re-consents to confirm.

Every figure comes from the function its own page uses (the weekly list, the drafts list, the
feedback-owed list, the opt-outs waiting), so a count on Home is the length of the list behind
its link. Counting needs no model: the weekly list is built without best roles (the same
people), and a new role's strong matches are counted separately, by ``strong_matches``.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, select

from data.conditions_view import opt_outs_waiting
from data.models import Candidate, Draft, Opening
from data.recruiter_settings import Preferences
from data.timeutil import start_of_day
from matching.engine import Matcher
from matching.rediscovery import rediscover
from outreach.actions import week_of
from outreach.feedback import feedback_owed_list
from outreach.reconnect import ReconnectRules, weekly_list

# The demo pool gives every record an external id starting with this (``data.demo``).
DEMO_ID_PREFIX = "DEMO-"
# A score from which a person is worth a message (the Openings page counts the same).


@dataclass(frozen=True)
class NewRole:
    opening_id: int
    title: str
    where: str
    opened_at: datetime

    @property
    def label(self) -> str:
        return self.title + (f" — {self.where}" if self.where else "")


@dataclass(frozen=True)
class WeekTodo:
    week_of: date
    people: int
    demo_people: int
    reconnect_due: int  # on this week's list and not reached yet
    reconnect_done: int
    drafts_waiting: int
    feedback_owed: int
    oldest_feedback_days: int | None
    opt_outs_to_confirm: int
    reconsent: int
    new_roles: list[NewRole] = field(default_factory=list)

    @property
    def demo_only(self) -> bool:
        return self.people > 0 and self.demo_people == self.people


def rules_for(prefs: Preferences) -> ReconnectRules:
    """The weekly list's rules with this recruiter's cap and cadences."""
    return ReconnectRules(
        weekly_cap=prefs.weekly_cap,
        silver_cadence_days=prefs.silver_cadence_days,
        warm_cadence_days=prefs.warm_cadence_days,
    )


def new_roles(*, session: Session, today: date) -> list[NewRole]:
    """Open roles opened since the Monday of last week (imported ones: since they came in)."""
    since = start_of_day(week_of(today) - timedelta(days=7))
    opened = func.coalesce(Opening.opened_at, Opening.created_at)
    rows = session.exec(
        select(Opening).where(Opening.status == "open", opened >= since).order_by(Opening.id)
    ).all()
    return [
        NewRole(
            o.id,
            o.title,
            ", ".join(p for p in (o.location, o.remote_policy) if p),
            o.opened_at or o.created_at,
        )
        for o in rows
    ]


@dataclass(frozen=True)
class ReconnectCounts:
    due: int  # on this week's list and not reached yet
    done: int
    reconsent: int


def reconnect_counts(
    *, session: Session, today: date, prefs: Preferences, recruiter: str | None = None
) -> ReconnectCounts:
    """This week's reconnect list, counted (the part of the week that takes a moment on a
    large pool, so Home may keep it a while)."""
    weekly = weekly_list(
        None, session=session, today=today, recruiter=recruiter, rules=rules_for(prefs)
    )
    done = sum(e.done for e in weekly.entries)
    return ReconnectCounts(len(weekly.entries) - done, done, len(weekly.reconsent))


def week_todo(
    *,
    session: Session,
    today: date,
    prefs: Preferences,
    recruiter: str | None = None,
    reconnect: ReconnectCounts | None = None,
) -> WeekTodo:
    """This week's to-do. ``recruiter``: whose reconnect list (None: the whole team's, as on
    the Reconnect page without sign-in); ``prefs``: the cap and cadences it is built with;
    ``reconnect``: its counts if already known."""
    reconnect = reconnect or reconnect_counts(
        session=session, today=today, prefs=prefs, recruiter=recruiter
    )
    owed = feedback_owed_list(session=session, today=today)
    waiting = [o.days_waiting for o in owed if o.days_waiting is not None]
    people = session.exec(select(func.count()).select_from(Candidate)).one()
    demo = session.exec(
        select(func.count())
        .select_from(Candidate)
        .where(Candidate.external_id.like(f"{DEMO_ID_PREFIX}%"))
    ).one()
    drafts = session.exec(
        select(func.count()).select_from(Draft).where(Draft.status == "draft")
    ).one()
    return WeekTodo(
        week_of=week_of(today),
        people=people,
        demo_people=demo,
        reconnect_due=reconnect.due,
        reconnect_done=reconnect.done,
        drafts_waiting=drafts,
        feedback_owed=len(owed),
        oldest_feedback_days=max(waiting, default=None),
        opt_outs_to_confirm=len(opt_outs_waiting(session=session)),
        reconsent=reconnect.reconsent,
        new_roles=new_roles(session=session, today=today),
    )


@dataclass(frozen=True)
class StrongMatch:
    candidate_id: int
    name: str
    score: float


def strong_matches(matcher: Matcher, opening_ids: list[int]) -> dict[int, list[StrongMatch]]:
    """Each role's people worth a message scoring ``STRONG`` or more, best first: the Openings
    page's count (``matching.rediscovery``), so a conflict, a running wait or a weak search
    keeps a person off Home as it does there."""
    found = {}
    for opening_id in opening_ids:
        people = rediscover(matcher, opening_id).strong_people
        found[opening_id] = [StrongMatch(r.candidate_id, r.full_name, r.score) for r in people]
    return found
