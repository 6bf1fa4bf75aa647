"""Factories: one call makes a valid record; keyword overrides say what a test cares about."""

import itertools
from datetime import timedelta
from typing import Any

from sqlmodel import Session

from data.models import Application, Candidate, Motivation, Opening, Touchpoint
from data.timeutil import utcnow

_seq = itertools.count(1)


def make_candidate(session: Session, *, motivations: list[str] = (), **overrides: Any) -> Candidate:
    n = next(_seq)
    values = {
        "external_id": f"T-C{n:04d}",
        "full_name": f"Test Person {n}",
        "email": f"person{n}@example.com",
        "location": "Lisbon, Portugal",
        "current_title": "Backend Engineer",
        "skills": ["Python", "PostgreSQL"],
        "years_experience": 5,
        "resume_text": "Backend engineer building Python services on PostgreSQL.",
    }
    values.update(overrides)
    candidate = Candidate(**values)
    session.add(candidate)
    session.flush()
    for statement in motivations:
        session.add(Motivation(candidate_id=candidate.id, statement=statement, category="other"))
    session.flush()
    session.refresh(candidate)
    return candidate


def make_opening(session: Session, **overrides: Any) -> Opening:
    n = next(_seq)
    values = {
        "external_id": f"T-O{n:04d}",
        "title": "Senior Backend Engineer",
        "department": "Engineering",
        "remote_policy": "remote",
        "seniority": "senior",
        "requirements": "Python, PostgreSQL, distributed systems",
        "offers": ["Fully remote"],
        "status": "open",
    }
    values.update(overrides)
    opening = Opening(**values)
    session.add(opening)
    session.flush()
    return opening


def make_application(session: Session, candidate: Candidate, **overrides: Any) -> Application:
    values = {
        "role_title": "Backend Engineer",
        "applied_at": utcnow() - timedelta(days=300),
        "stage_reached": "onsite",
        "outcome": "rejected",
        "reason": "other_candidate",
        "decided_at": utcnow() - timedelta(days=270),
    }
    values.update(overrides)
    application = Application(candidate_id=candidate.id, **values)
    session.add(application)
    session.flush()
    return application


def make_touchpoint(session: Session, candidate: Candidate, **overrides: Any) -> Touchpoint:
    values = {"at": utcnow() - timedelta(days=30), "channel": "email", "kind": "check_in"}
    values.update(overrides)
    touchpoint = Touchpoint(candidate_id=candidate.id, **values)
    session.add(touchpoint)
    session.flush()
    return touchpoint


def make_remote_backend_opening(session: Session, **overrides: Any) -> Opening:
    """The open role most matching and outreach tests are about: remote, Python, a band."""
    values = {
        "title": "Senior Backend Engineer (Python)",
        "requirements": "5+ years of Python\nDjango or FastAPI\nPostgreSQL\nAWS",
        "remote_policy": "remote",
        "offers": ["Fully remote within EU time zones", "Band €90k–€110k"],
        "salary_min": 90_000,
        "salary_max": 110_000,
        "currency": "EUR",
    }
    values.update(overrides)
    return make_opening(session, **values)
