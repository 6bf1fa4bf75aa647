"""The weekly reconnect list: who to get back in touch with this week, and why.

Rules (``ReconnectRules``, documented in the README):

- **Who.** Warm people only: silver medalists, anyone who reached an interview, anyone who
  replied to us before — plus whoever a recruiter pinned for the week.
- **Cadence.** Silver medalists are due about every 90 days, other warm people about every 180,
  counted from the last contact (or the end of their last process if we never wrote).
- **Restraint.** Never anyone contacted in the last 30 days, nor anyone contacted more than
  ``max_contacts`` times in 90 days; "not before" dates are honoured, whether typed in the
  record or said in words ("after my shares vest in March"); snoozes and "not interested"
  (within 180 days) are respected. Do-not-contact and spam/duplicate records never appear.
- **Consent.** Expired consent turns outreach into a re-consent task.
- **Priority.** Best match to an open role, stage reached, warmth, time overdue. Capped per
  week (15 by default), per recruiter when people have owners.

The list is computed as of the Monday of the week, so the same week and the same data always
give the same list; contact logged during the week marks an entry done instead of moving it.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlmodel import Session, or_, select

from data.eligibility import is_silver_medalist
from data.models import Application, Candidate, Opening, ReconnectPin, Touchpoint
from data.timeutil import start_of_day
from data.vocab import STAGE_ORDER
from matching.engine import Matcher
from matching.facts import condition_facts
from matching.fit import ConditionFact, has_opted_out, hired_until, waiting_until
from matching.judgements import latest_waits, taken_back_on, wait_until
from matching.rehire import not_for_rehire
from matching.role import role_from_opening
from outreach.actions import week_of
from outreach.contactable import why_not

HELD_BACK_LABELS = {
    "contacted_recently": "contacted in the last {min_gap_days} days",
    "contacted_often": "contacted {max_contacts}+ times in {contacts_window_days} days",
    "not_before": "asked us to wait until a later date",
    "snoozed": "snoozed",
    "not_interested": "said they were not interested",
    "not_for_rehire": "marked not to be hired again",
    "consent_expired": "consent expired (re-consent tasks)",
    "over_cap": "due but over this week's cap",
}


@dataclass(frozen=True)
class ReconnectRules:
    silver_cadence_days: int = 90
    warm_cadence_days: int = 180
    min_gap_days: int = 30
    max_contacts: int = 3
    contacts_window_days: int = 90
    not_interested_days: int = 180
    weekly_cap: int = 15
    # How deep each open role's ranking is read when looking for a person's best role.
    role_depth: int = 20


@dataclass
class ReconnectEntry:
    candidate_id: int
    name: str
    email: str | None
    priority: float
    why: list[str]
    cadence_days: int
    days_since: int | None
    last_contact: datetime | None
    opening_id: int | None = None
    opening_title: str | None = None
    match_score: float | None = None
    pinned: bool = False
    done: bool = False

    @property
    def status(self) -> str:
        return "done" if self.done else "pinned" if self.pinned else "due"


@dataclass
class ReconsentTask:
    candidate_id: int
    name: str
    email: str | None
    consent_until: date
    why: str


@dataclass
class WeeklyList:
    week_of: date
    rules: ReconnectRules
    entries: list[ReconnectEntry] = field(default_factory=list)
    reconsent: list[ReconsentTask] = field(default_factory=list)
    held_back: Counter = field(default_factory=Counter)

    def held_back_sentence(self) -> str:
        if not self.held_back:
            return "Nobody held back this week."
        labels = {k: v.format(**vars(self.rules)) for k, v in HELD_BACK_LABELS.items()}
        parts = [f"{n} {labels[k]}" for k, n in self.held_back.most_common() if n]
        return "Held back: " + ", ".join(parts) + "."


@dataclass
class _Person:
    candidate: Candidate
    applications: list[Application] = field(default_factory=list)
    touchpoints: list[Touchpoint] = field(default_factory=list)
    conditions: list[ConditionFact] = field(default_factory=list)


# Stages from which a person counts as warm (silver medalists reached the final round).
WARM_STAGES = [s for s, order in STAGE_ORDER.items() if order >= STAGE_ORDER["interview"]]


def _candidates_to_consider(recruiter: str | None, pinned: set[int]):
    """The ids the list can hold, chosen in SQL so a pool of millions is never loaded whole:
    warm people (an interview or later, or a reply ever) and pins, not do-not-contact, and
    for a recruiter their own or unassigned people. ``_consider`` applies the exact rules."""
    pins = Candidate.id.in_(pinned or {-1})
    interviewed = select(Application.candidate_id).where(Application.stage_reached.in_(WARM_STAGES))
    replied = select(Touchpoint.candidate_id).where(
        or_(Touchpoint.direction == "inbound", Touchpoint.outcome.in_(("replied", "interested")))
    )
    query = select(Candidate.id).where(
        or_(pins, ~Candidate.do_not_contact),
        or_(pins, Candidate.id.in_(interviewed), Candidate.id.in_(replied)),
    )
    if recruiter:
        query = query.where(or_(Candidate.owner == recruiter, Candidate.owner.is_(None), pins))
    return query


def _load(session: Session, recruiter: str | None, pinned: set[int]) -> list[_Person]:
    wanted = _candidates_to_consider(recruiter, pinned)
    people = {
        c.id: _Person(c)
        for c in session.exec(
            select(Candidate).where(Candidate.id.in_(wanted)).order_by(Candidate.id)
        )
    }
    if not people:
        return []
    for model, bucket in (
        (Application, "applications"),
        (Touchpoint, "touchpoints"),
    ):
        for row in session.exec(select(model).where(model.candidate_id.in_(wanted))):
            getattr(people[row.candidate_id], bucket).append(row)
    for cid, items in condition_facts(session, only=list(people)).items():
        people[cid].conditions = items
    return list(people.values())


def _days(later: datetime, earlier: datetime) -> int:
    return (later - earlier).days


def weekly_list(
    matcher: Matcher | None,
    *,
    session: Session,
    today: date,
    recruiter: str | None = None,
    rules: ReconnectRules = ReconnectRules(),
) -> WeeklyList:
    """This week's list for one recruiter — the people they own plus unassigned people — or
    for the whole team when ``recruiter`` is None. Without a ``matcher`` nobody gets a best
    role (the same people, counted without loading the model: the Home page's figures)."""
    monday = week_of(today)
    now = start_of_day(monday)
    week_end = now + timedelta(days=7)
    pins = {
        p.candidate_id: p
        for p in session.exec(select(ReconnectPin).where(ReconnectPin.week_of == monday))
        if not recruiter or p.recruiter in (None, recruiter)
    }
    result = WeeklyList(week_of=monday, rules=rules)
    due: dict[int, ReconnectEntry] = {}
    stage_of: dict[int, float] = {}
    for person in _load(session, recruiter, set(pins)):
        entry = _consider(person, pins, monday, now, week_end, today, rules, result)
        if entry is not None:
            due[entry.candidate_id] = entry
            best = max(
                (STAGE_ORDER.get(a.stage_reached, 0) for a in person.applications), default=0
            )
            stage_of[entry.candidate_id] = best / (len(STAGE_ORDER) - 1)
    _attach_best_roles(matcher, session, due, now, rules)
    for entry in due.values():
        overdue = min(1.0, (entry.days_since or rules.warm_cadence_days) / (2 * entry.cadence_days))
        warm = 1.0 if any("Replied" in w for w in entry.why) else 0.0
        entry.priority = round(
            0.5 * max(0.0, min(1.0, (entry.match_score or 0.0) / 100))
            + 0.2 * stage_of[entry.candidate_id]
            + 0.1 * warm
            + 0.2 * overdue,
            4,
        )
    ordered = sorted(due.values(), key=lambda e: (not e.pinned, -e.priority, e.candidate_id))
    result.entries = ordered[: rules.weekly_cap]
    if len(ordered) > rules.weekly_cap:
        result.held_back["over_cap"] += len(ordered) - rules.weekly_cap
    result.reconsent.sort(key=lambda t: (-t.consent_until.toordinal(), t.candidate_id))
    return result


def _consider(person, pins, monday, now, week_end, today, rules, result):
    c = person.candidate
    apps = person.applications
    block = why_not(c, apps, today=monday, opted_out=has_opted_out(person.conditions))
    if block is not None and block.kind != "consent_expired":
        return None
    pinned = c.id in pins
    before = sorted((t for t in person.touchpoints if t.at < now), key=lambda t: t.at)
    silver = [a for a in apps if is_silver_medalist(a)]
    interviewed = [
        a for a in apps if STAGE_ORDER.get(a.stage_reached, 0) >= STAGE_ORDER["interview"]
    ]
    replied = [
        t for t in before if t.direction == "inbound" or t.outcome in ("replied", "interested")
    ]
    if not (silver or interviewed or replied or pinned):
        return None
    if block is not None:  # consent expired: a re-consent task instead of a message
        result.held_back["consent_expired"] += 1
        result.reconsent.append(
            ReconsentTask(
                c.id,
                c.full_name,
                c.email,
                c.consent_until,
                f"Consent expired on {c.consent_until:%d %B %Y}: ask them to renew it before "
                "any other message.",
            )
        )
        return None
    # "Not interested" counts whenever it was said, even during this week - unless they took
    # the no back since ("forget the no from March, happy to talk now").
    taken_back = taken_back_on(person.conditions)
    declined = [
        t
        for t in person.touchpoints
        if t.outcome == "not_interested"
        and _days(now, t.at) < rules.not_interested_days
        and not (taken_back and t.at.date() < taken_back)
    ]
    if declined:
        result.held_back["not_interested"] += 1
        return None
    if not_for_rehire(
        apps, person.touchpoints
    ):  # the team's record says never again: no one to reconnect with
        result.held_back["not_for_rehire"] += 1
        return None
    if c.snoozed_until and c.snoozed_until > today:
        result.held_back["snoozed"] += 1
        return None
    # A date typed in the record, or one read from what they told us ("give it a quarter").
    # A job just begun, hired or placed through us, holds them back the same way.
    hired = hired_until(apps, person.conditions, monday)
    waits = [
        d for d in (c.not_before, waiting_until(person.conditions, monday), hired and hired[0]) if d
    ]
    if waits and max(waits) > monday:
        result.held_back["not_before"] += 1
        return None

    last = before[-1].at if before else None
    if last is None:
        ends = [a.decided_at or a.applied_at for a in apps if a.decided_at or a.applied_at]
        last_event = max(ends, default=None)
    else:
        last_event = last
    days_since = _days(now, last_event) if last_event else None
    # Their own "laid off, can interview any time" makes them due now, cadence or not.
    asked = _asked_to_talk_now(person, before)
    if not asked and last is not None and days_since < rules.min_gap_days:
        result.held_back["contacted_recently"] += 1
        return None
    window = now - timedelta(days=rules.contacts_window_days)
    recent_out = [t for t in before if t.direction == "outbound" and t.at >= window]
    if len(recent_out) >= rules.max_contacts:
        result.held_back["contacted_often"] += 1
        return None
    cadence = rules.silver_cadence_days if silver else rules.warm_cadence_days
    # Their own "leave it until after half term", now run out: they asked us back, cadence or not.
    ran_out = _their_wait_ran_out(person, before, monday)
    if not (pinned or asked or ran_out) and days_since is not None and days_since < cadence:
        return None

    why = []
    if pinned:
        why.append("Pinned for this week.")
    if silver:
        a = silver[0]
        why.append(
            f"Silver medalist: reached the {a.stage_reached} round for {a.role_title}"
            + (f" in {a.decided_at:%B %Y}." if a.decided_at else ".")
        )
    elif interviewed:
        a = max(interviewed, key=lambda a: STAGE_ORDER.get(a.stage_reached, 0))
        why.append(f"Reached the {a.stage_reached} stage for {a.role_title}.")
    if asked:
        why.append(f"Told us on {asked:%d %B %Y} they are free to talk now.")
    elif ran_out:
        said, until = ran_out
        why.append(f"Asked us on {said:%d %B %Y} to wait until {until:%B %Y}; that has come.")
    if replied:
        why.append(f"Replied to us before (last in {replied[-1].at:%B %Y}).")
    if last is not None:
        why.append(
            f"Last contact {days_since} days ago; "
            f"{'silver medalists' if silver else 'warm candidates'} are due every {cadence}."
        )
    elif days_since is not None:
        why.append(f"Never contacted since their last process ended {days_since} days ago.")
    done = any(now <= t.at < week_end and t.direction == "outbound" for t in person.touchpoints)
    return ReconnectEntry(
        candidate_id=c.id,
        name=c.full_name,
        email=c.email,
        priority=0.0,
        why=why,
        cadence_days=cadence,
        days_since=days_since,
        last_contact=last,
        pinned=pinned,
        done=done,
        opening_id=pins[c.id].opening_id if pinned else None,
    )


def _their_own_waits(person: _Person, before: list[Touchpoint]):
    """(condition, its end, the day said) for each wait, their latest word on timing, that they
    wrote to us themselves in a message we have not answered since: our own outreach, or a note
    a recruiter typed, never counts as theirs."""
    inbound = {t.id: t for t in before if t.direction == "inbound"}
    if not inbound:
        return
    for c in latest_waits(person.conditions):
        until, source = wait_until(c), inbound.get(c.source_id)
        if (
            c.source_kind == "touchpoint"
            and source is not None
            and until is not None
            and c.said_at is not None
            and not any(t.direction == "outbound" and t.at > source.at for t in before)
        ):
            yield c, until, c.said_at


def _asked_to_talk_now(person: _Person, before: list[Touchpoint]) -> date | None:
    """The day they wrote to us that they are free now ("laid off, I can interview any time",
    "forget the wait, available now"): a message of their own asks for an answer, whatever the
    cadence."""
    for c, until, said in _their_own_waits(person, before):
        # a holiday's wait already over when said is no news
        if until <= said and "day" not in c.value:
            return said
    return None


def _their_wait_ran_out(
    person: _Person, before: list[Touchpoint], monday: date
) -> tuple[date, date] | None:
    """(the day said, the day it ends) of a wait they asked for in a message of their own
    ("could you leave it until after half term?") that has run out by ``monday``: they asked us
    to come back then, so the cadence does not hold them back. A wait already over when said
    does not count."""
    for _c, until, said in _their_own_waits(person, before):
        if said < until <= monday:
            return said, until
    return None


def _attach_best_roles(matcher, session, due, now, rules) -> None:
    """Each person's best open role: read each role's ranking restricted to the due people."""
    if not due or matcher is None:
        return
    openings = session.exec(
        select(Opening).where(Opening.status == "open").order_by(Opening.id)
    ).all()
    best: dict[int, tuple[float, int, str, str]] = {}
    for opening in openings:
        role = role_from_opening(opening)
        ranked = matcher.match(
            role, top_k=min(len(due), rules.role_depth), now=now, only_ids=set(due)
        )
        for r in ranked.results:
            if r.conflicts:  # never propose a role across what they told us rules it out
                continue
            top = r.reasons[0].sentence if r.reasons else ""
            if r.candidate_id not in best or r.score > best[r.candidate_id][0]:
                best[r.candidate_id] = (r.score, opening.id, opening.title, top)
    for cid, entry in due.items():
        if cid not in best:
            continue
        score, opening_id, title, top = best[cid]
        entry.match_score = round(score, 1)
        if entry.opening_id is None or entry.opening_id == opening_id:
            entry.opening_id, entry.opening_title = opening_id, title
            entry.why.append(f"Best open role: {title} (match {score:.0f}/100). {top}".strip())
        else:
            pinned_title = session.get(Opening, entry.opening_id)
            entry.opening_title = pinned_title.title if pinned_title else None
