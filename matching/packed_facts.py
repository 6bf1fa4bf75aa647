"""A whole pool's facts (``matching.facts``) held packed: one record per person in
a single buffer, unpacked only for the people a search shortlists.

As objects, the facts were the largest part of a loaded pool (about 2.2 KB a person, more
than the vectors); a search reads sixty people's of them. Packed (``marshal`` of plain
tuples) a person takes about a third of that. Unpacking costs about 35 µs a person, two
milliseconds for a shortlist, so the people shortlisted lately are kept unpacked: a role
searched again, or a neighbouring one, finds most of its shortlist there. (``zlib`` would
save another 250 bytes a person for 8 µs more each.) Datetimes travel as microseconds since
1970 (UTC) and dates as ordinals: ``marshal`` holds only plain values.
"""

import marshal
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta

import numpy as np

from matching.facts import (
    ApplicationFact,
    MotivationFact,
    PastRole,
    PersonFacts,
    TouchpointFact,
)
from matching.judgements import ConditionFact

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICRO = timedelta(microseconds=1)
_ROLE_FIELDS = ("title", "remote_policy", "location", "salary_max", "currency", "seniority")


def _when(at: datetime | None):
    if at is None:
        return None
    if at.tzinfo is None:  # kept apart so it comes back naive, as it was
        return ((at.replace(tzinfo=UTC) - _EPOCH) // _MICRO,)
    return (at - _EPOCH) // _MICRO


def _back(value) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, tuple):
        return (_EPOCH + value[0] * _MICRO).replace(tzinfo=None)
    return _EPOCH + value * _MICRO


def pack(person: PersonFacts) -> bytes:
    """One person's facts as bytes (``unpack`` gives them back equal)."""
    record = (
        person.id,
        person.external_id,
        person.full_name,
        person.location,
        person.current_title,
        person.headline,
        person.years_experience,
        list(person.skills),
        [(m.id, m.statement, m.category) for m in person.motivations],
        [
            (
                a.id,
                a.role_title,
                _when(a.applied_at),
                _when(a.decided_at),
                a.stage_reached,
                a.outcome,
                a.reason,
                a.reason_note,
                a.feedback_given,
                a.rating,
                None if a.opening is None else [getattr(a.opening, f) for f in _ROLE_FIELDS],
            )
            for a in person.applications
        ],
        [(t.id, _when(t.at), t.direction, t.kind, t.outcome, t.rehire) for t in person.touchpoints],
        [
            (
                c.id,
                c.facet,
                c.polarity,
                c.value,
                c.span_text,
                None if c.said_at is None else c.said_at.toordinal(),
                c.source_kind,
                c.source_id,
                c.status,
            )
            for c in person.conditions
        ],
    )
    return marshal.dumps(record)


def unpack(blob: bytes) -> PersonFacts:
    pid, ext, name, location, title, headline, years, skills, mots, apps, touches, conds = (
        marshal.loads(blob)
    )
    return PersonFacts(
        pid,
        ext,
        name,
        location,
        title,
        headline,
        years,
        skills,
        [MotivationFact(*m) for m in mots],
        [
            ApplicationFact(
                a[0],
                a[1],
                _back(a[2]),
                _back(a[3]),
                *a[4:10],
                None if a[10] is None else PastRole(*a[10]),
            )
            for a in apps
        ],
        [TouchpointFact(t[0], _back(t[1]), *t[2:]) for t in touches],
        [
            ConditionFact(*c[:5], None if c[5] is None else date.fromordinal(c[5]), *c[6:])
            for c in conds
        ],
    )


RECENT = 2048  # people kept unpacked: a few dozen shortlists, about 5 MB


class PackedFacts(Mapping):
    """Candidate id → ``PersonFacts``, unpacked when looked up; the last ``RECENT`` looked up
    are kept unpacked (nothing downstream changes a fact in place, so one object serves every
    search)."""

    def __init__(self, people: Iterable[PersonFacts], *, recent: int = RECENT):
        self._recent: OrderedDict[int, PersonFacts] = OrderedDict()
        self._recent_size = recent
        self._lock = threading.Lock()  # searches run on the dashboard's threads
        blobs = sorted((p.id, pack(p)) for p in people)
        self._ids = np.fromiter((i for i, _ in blobs), dtype=np.int64, count=len(blobs))
        sizes = np.fromiter((len(b) for _, b in blobs), dtype=np.int64, count=len(blobs))
        self._ends = np.cumsum(sizes)
        self._buffer = b"".join(b for _, b in blobs)

    @property
    def nbytes(self) -> int:
        return len(self._buffer) + self._ids.nbytes + self._ends.nbytes

    def _position(self, key) -> int | None:
        try:
            key = int(key)
        except (TypeError, ValueError):
            return None
        pos = int(np.searchsorted(self._ids, key))
        return pos if pos < len(self._ids) and self._ids[pos] == key else None

    def __getitem__(self, key) -> PersonFacts:
        pos = self._position(key)
        if pos is None:
            raise KeyError(key)
        key = int(self._ids[pos])
        with self._lock:
            person = self._recent.get(key)
            if person is not None:
                self._recent.move_to_end(key)
                return person
        start = int(self._ends[pos - 1]) if pos else 0
        person = unpack(self._buffer[start : int(self._ends[pos])])
        with self._lock:
            self._recent[key] = person
            if len(self._recent) > self._recent_size:
                self._recent.popitem(last=False)
        return person

    def __contains__(self, key) -> bool:
        return self._position(key) is not None

    def __iter__(self):
        return (int(i) for i in self._ids)

    def __len__(self) -> int:
        return len(self._ids)
