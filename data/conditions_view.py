"""What Encore read about people, as the dashboard shows it: each condition with the sentence
it came from, the readings a recruiter dismissed, and the opt-outs still waiting for a
recruiter to confirm.

Corrections themselves (and putting a dismissed reading back) are ``data.condition_edits``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, select

from data.condition_edits import opt_outs_to_confirm
from data.models import Application, Candidate, CandidateCondition, Motivation, Touchpoint

SOURCE_WORDS = {
    "motivation": "a stated motivation",
    "application": "the note on how an application ended",
    "touchpoint": "a touchpoint note",
    "profile": "their profile",
    "recruiter": "added by a recruiter",
}
_TEXT_OF = {
    "motivation": (Motivation, Motivation.statement),
    "application": (Application, Application.reason_note),
    "touchpoint": (Touchpoint, Touchpoint.note),
}
# Where a sentence ends in a typed note: punctuation, a line break, or a dash between words.
_BOUNDARY = re.compile(r"[.!?;]+(?=\s|$)|\n+|\s[-–—]\s")
SENTENCE = 300  # the most of a note shown around a span


@dataclass(frozen=True)
class ReadCondition:
    """One condition as the Candidate page lists it."""

    id: int
    facet: str
    polarity: str
    value: dict[str, Any]
    status: str  # read | confirmed | corrected | added | dismissed
    confidence: float
    said_at: date | None
    source_kind: str
    sentence: str  # the sentence it was read from ("" for one added by hand)
    span: tuple[int, int]  # where the words it was read from sit in ``sentence``
    recruiter: str | None

    @property
    def opt_out(self) -> bool:
        return self.facet == "contact" and self.value.get("kind") == "opt_out"

    @property
    def source(self) -> str:
        return SOURCE_WORDS.get(self.source_kind, self.source_kind)

    @property
    def value_words(self) -> str:
        return ", ".join(
            f"{k}: {v}"
            for k, v in self.value.items()
            if v not in (None, "") and not (self.facet == "topic" and k == "words")  # its stems
        )


@dataclass(frozen=True)
class PersonReading:
    candidate_id: int
    do_not_contact: bool
    active: list[ReadCondition]
    dismissed: list[ReadCondition]

    @property
    def opt_outs_to_confirm(self) -> list[ReadCondition]:
        """Opt-outs read from their words that nobody has turned into do-not-contact yet."""
        return [] if self.do_not_contact else [c for c in self.active if c.opt_out]


@dataclass(frozen=True)
class OptOutWaiting:
    candidate_id: int
    full_name: str
    said_at: date | None
    said: str


def sentence_around(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The sentence of ``text`` holding ``text[start:end]``, and the span's place in it."""
    begin = 0
    for m in _BOUNDARY.finditer(text):
        if m.end() > start:
            break
        begin = m.end()
    after = _BOUNDARY.search(text, end)
    stop = len(text) if after is None else after.start() + (after.group()[0] in ".!?;")
    while begin < start and text[begin].isspace():
        begin += 1
    # A run-on note with no full stop: keep a window around the span, not the whole note.
    if stop - begin > SENTENCE:
        begin = max(begin, start - SENTENCE // 2)
        stop = min(stop, max(end, begin + SENTENCE))
    sentence = text[begin:stop].rstrip()
    return sentence, start - begin, min(end, begin + len(sentence)) - begin


def _source_texts(session: Session, rows: list[CandidateCondition]) -> dict[tuple, str]:
    wanted: dict[str, set[int]] = defaultdict(set)
    for row in rows:
        if row.source_kind in _TEXT_OF and row.source_id is not None:
            wanted[row.source_kind].add(row.source_id)
    texts: dict[tuple, str] = {}
    for kind, ids in wanted.items():
        model, column = _TEXT_OF[kind]
        for source_id, text in session.exec(
            select(model.id, column).where(model.id.in_(sorted(ids)))
        ):
            texts[(kind, source_id)] = text or ""
    return texts


def _shown(row: CandidateCondition, text: str | None) -> ReadCondition:
    said = row.span_text or ""
    start, end = row.span_start, row.span_end
    if text and said and text[start:end] != said:
        # The note was edited after a recruiter's correction: find the words again.
        found = text.casefold().find(said.casefold())
        start, end = (found, found + len(said)) if found >= 0 else (-1, -1)
    if text and start >= 0 and end > start:
        sentence, s0, s1 = sentence_around(text, start, end)
    else:
        sentence, s0, s1 = said, 0, len(said)
    status = "added" if row.source_kind == "recruiter" and row.status != "dismissed" else row.status
    return ReadCondition(
        id=row.id,
        facet=row.facet,
        polarity=row.polarity,
        value=dict(row.value or {}),
        status=status,
        confidence=row.confidence,
        said_at=row.said_at,
        source_kind=row.source_kind,
        sentence=sentence,
        span=(s0, s1),
        recruiter=row.recruiter,
    )


def person_reading(*, session: Session, candidate_id: int) -> PersonReading | None:
    """What counts now for this person (newest said first) and what a recruiter dismissed."""
    person = session.get(Candidate, candidate_id)
    if person is None:
        return None
    cc = CandidateCondition
    rows = list(
        session.exec(
            select(cc)
            .where(cc.candidate_id == candidate_id, cc.facet != "none")
            .where(cc.active.is_(True) | (cc.status == "dismissed"))
            .order_by(cc.said_at.desc(), cc.id.desc())
        )
    )
    texts = _source_texts(session, rows)
    shown = [_shown(r, texts.get((r.source_kind, r.source_id))) for r in rows]
    return PersonReading(
        candidate_id=candidate_id,
        do_not_contact=person.do_not_contact,
        active=[c for c in shown if c.status != "dismissed"],
        dismissed=[c for c in shown if c.status == "dismissed"],
    )


def opt_outs_waiting(*, session: Session) -> list[OptOutWaiting]:
    """One line per person whose own words ask us to stop and who is not do-not-contact yet."""
    rows = opt_outs_to_confirm(session=session)
    ids = sorted({r.candidate_id for r in rows})
    names = dict(
        session.exec(select(Candidate.id, Candidate.full_name).where(Candidate.id.in_(ids))).all()
    )
    seen: dict[int, OptOutWaiting] = {}
    for r in rows:  # newest said first: keep the latest words per person
        if r.candidate_id not in seen:
            seen[r.candidate_id] = OptOutWaiting(
                r.candidate_id, names.get(r.candidate_id, ""), r.said_at, r.span_text or ""
            )
    return list(seen.values())
