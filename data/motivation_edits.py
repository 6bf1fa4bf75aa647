"""A person's motivations added, edited and removed from the Candidate page. Each edit marks the
profile changed, so the next ``index_pool`` embeds the new words."""

from sqlmodel import Session

from data.crud import UnknownRecord, require_candidate
from data.models import Candidate, Motivation
from data.motivation_words import categorise
from data.timeutil import utcnow
from data.vocab import MotivationCategory


class EditRefused(ValueError):
    """An edit that cannot be made as asked; the message says what to change."""


def _candidate(session: Session, candidate_id: int) -> Candidate:
    try:
        return require_candidate(session=session, candidate_id=candidate_id)
    except UnknownRecord as exc:  # shown on the page like any refused edit
        raise EditRefused(str(exc)) from exc


def _statement(text: str) -> str:
    statement = " ".join(text.split())
    if not statement:
        raise EditRefused("a motivation needs a few words (what would make a move worth it)")
    return statement


def _touch(session: Session, candidate: Candidate) -> None:
    # The profile's updated_at is what the indexer and the matcher's pool stamp watch.
    candidate.updated_at = utcnow()
    session.add(candidate)


def add_motivation(
    *, session: Session, candidate_id: int, statement: str, category: str | None = None
) -> Motivation:
    candidate = _candidate(session, candidate_id)
    statement = _statement(statement)
    motivation = Motivation(
        candidate_id=candidate_id,
        statement=statement,
        category=category or categorise(statement) or MotivationCategory.other.value,
        stated_at=utcnow(),
        source="dashboard",
    )
    session.add(motivation)
    _touch(session, candidate)
    session.flush()
    return motivation


def update_motivation(
    *, session: Session, motivation_id: int, statement: str, category: str | None = None
) -> Motivation:
    motivation = session.get(Motivation, motivation_id)
    if motivation is None:
        raise EditRefused(f"no motivation with id {motivation_id}")
    statement = _statement(statement)
    if statement != motivation.statement:
        motivation.statement = statement
        if category is None:
            category = categorise(statement) or motivation.category
    if category:
        motivation.category = category
    motivation.updated_at = utcnow()
    session.add(motivation)
    _touch(session, _candidate(session, motivation.candidate_id))
    session.flush()
    return motivation


def delete_motivation(*, session: Session, motivation_id: int) -> None:
    motivation = session.get(Motivation, motivation_id)
    if motivation is None:
        raise EditRefused(f"no motivation with id {motivation_id}")
    _touch(session, _candidate(session, motivation.candidate_id))
    session.delete(motivation)
    session.flush()
