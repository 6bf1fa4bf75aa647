"""``encore import resumes``: résumé files (PDF, DOCX, RTF, TXT; named, in a folder or a zip,
or uploaded) read into the profiles of the people they belong to.

Two stages, so that the Import page can read once and check, then import:

- ``read_files(sources, progress=)`` gathers the files (``resume_files``: zip slip, links,
  executables, bombs, encrypted, empty and oversized files are refused there) and reads each
  in the capped child process (``resume_worker``, ``resume_text``). No database.
- ``place_files(session, read, ...)`` finds whose each résumé is (``resume_match``) and
  stores its text in ``Candidate.resume_text`` with the file's name and hash. The same file
  imported again changes nothing; a new version replaces the text. A file that fits several
  people becomes a record of its own flagged with each of them on the duplicate-review list
  (``encore duplicates``; merging carries the résumé over); an unmatched file makes a new
  person from the contact details it holds only when asked (``create``).

``import_resumes`` does both. Each file is its own savepoint, the batch one more: a dry run
rolls everything back and reports what would happen. Résumé text is not read for conditions
(those come from notes and motivations); the next ``encore index`` embeds it.
"""

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from pydantic import ValidationError
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import Session, select

from data import audit
from data.importers.resume_contacts import Contacts, find_contacts
from data.importers.resume_files import Entry, FileLimits, Source, gather
from data.importers.resume_match import SAME_FILE, Match, PoolLookup
from data.importers.resume_text import Unreadable
from data.importers.resume_worker import ResumeReader, shared_reader
from data.models import Candidate, CandidateBase, DuplicateFlag
from data.timeutil import utcnow

Progress = Callable[[int, int], None]
REVIEW_REASON = "a résumé file fitted both"
# What happened to a file, in the order a summary lists them.
OUTCOMES = ("updated", "unchanged", "created", "review", "unmatched", "refused")


@dataclass(frozen=True)
class ReadFile:
    """One file as read: its text, or why it was refused."""

    name: str  # as the user knows it: a path, "export.zip/ana.pdf", an upload's name
    inner: str  # its path inside the folder or zip (where an ATS id may be)
    file_hash: str | None = None
    text: str | None = None
    kind: str | None = None  # pdf | docx | rtf | txt
    refused: str | None = None


@dataclass(frozen=True)
class FileResult:
    name: str
    outcome: str  # one of OUTCOMES
    detail: str = ""  # how it was matched, or why not
    candidate_id: int | None = None
    candidate_name: str | None = None
    could_be: tuple[int, ...] = ()

    def line(self, *, dry_run: bool = False) -> str:
        """One line for the person importing (outside text: show it through the UI's and the
        terminal's neutralising helpers)."""
        who = f"{self.candidate_name} (#{self.candidate_id})" if self.candidate_id else ""
        would = "would be " if dry_run else ""
        if self.outcome == "refused":
            return f"{self.name}: refused — {self.detail}"
        if self.outcome == "unmatched":
            return f"{self.name}: no one matches — {self.detail}"
        if self.outcome == "review":
            others = ", ".join(f"#{i}" for i in self.could_be)
            return (
                f"{self.name}: fits {others} ({self.detail}) — {would}added as {who} "
                "for review with them (encore duplicates)"
            )
        if self.outcome == "created":
            return f"{self.name}: {would}added as {who}"
        if self.detail == SAME_FILE:
            return f"{self.name} → {who}: unchanged, imported before"
        verb = {"updated": f"{would}updated", "unchanged": "unchanged"}[self.outcome]
        return f"{self.name} → {who}, by {self.detail}: {verb}"


@dataclass
class ResumeReport:
    dry_run: bool = False
    files: list[FileResult] = field(default_factory=list)

    @property
    def counts(self) -> Counter:
        return Counter(f.outcome for f in self.files)

    @property
    def changed(self) -> int:
        c = self.counts
        return c["updated"] + c["created"] + c["review"]

    def summary(self) -> str:
        c = self.counts
        would = "would be " if self.dry_run else ""
        text = (
            f"résumés: {len(self.files)} files — {c['updated']} {would}updated, "
            f"{c['unchanged']} unchanged, {c['created']} {would}added as new people, "
            f"{c['review']} {would}put up for review, {c['unmatched']} matched no one, "
            f"{c['refused']} refused"
        )
        return text + (" (dry run: nothing was changed)" if self.dry_run else "")


# --- reading -----------------------------------------------------------------------------


def read_files(
    sources: Iterable[Source],
    *,
    progress: Progress | None = None,
    reader: ResumeReader | None = None,
    limits: FileLimits | None = None,
) -> list[ReadFile]:
    """Every file of the sources, read (or refused with the reason), in order."""
    entries = gather(sources, limits)
    reader = reader or shared_reader()
    read: list[ReadFile] = []
    for done, entry in enumerate(entries, start=1):
        read.append(_read_one(entry, reader))
        if progress:
            progress(done, len(entries))
    return read


def _read_one(entry: Entry, reader: ResumeReader) -> ReadFile:
    if entry.refused:
        return ReadFile(entry.name, entry.inner, refused=entry.refused)
    try:
        data = entry.load()
    except Exception as exc:  # zipfile, zlib and the OS each raise their own
        return ReadFile(entry.name, entry.inner, refused=f"cannot be unpacked or read ({exc})")
    digest = hashlib.sha256(data).hexdigest()
    try:
        found = reader.read(PurePosixPath(entry.inner).name, data)
    except Unreadable as exc:
        return ReadFile(entry.name, entry.inner, digest, refused=str(exc))
    return ReadFile(entry.name, entry.inner, digest, text=found.text, kind=found.kind)


# --- placing -----------------------------------------------------------------------------


def place_files(
    *,
    session: Session,
    read: Iterable[ReadFile],
    preset: str = "generic",
    create: bool = False,
    dry_run: bool = False,
    actor: str | None = None,
    progress: Progress | None = None,
) -> ResumeReport:
    """Store each résumé read in the profile of the person it belongs to; the caller
    commits. With ``dry_run`` everything is tried and rolled back."""
    read = list(read)
    report = ResumeReport(dry_run=dry_run)
    lookup = PoolLookup(session=session, preset=preset)
    outer = session.begin_nested()
    try:
        for done, item in enumerate(read, start=1):
            report.files.append(
                _place_one(session=session, lookup=lookup, item=item, create=create)
            )
            if progress:
                progress(done, len(read))
    except BaseException:
        outer.rollback()
        raise
    if dry_run:
        outer.rollback()
        session.expire_all()
        return report
    outer.commit()
    if report.changed:
        counts = report.counts
        audit.record(
            session=session,
            action="import",
            actor=actor,
            subject_kind="resumes",
            count=report.changed,
            detail={"files": len(read), **{k: counts[k] for k in OUTCOMES}},
        )
        session.flush()
    return report


def _place_one(*, session: Session, lookup: PoolLookup, item: ReadFile, create: bool) -> FileResult:
    if item.refused is not None:
        return FileResult(item.name, "refused", item.refused)
    contacts = find_contacts(item.text, item.inner)
    match = lookup.match(item.file_hash, item.inner, contacts)
    try:
        with session.begin_nested():
            return _act(
                session=session,
                lookup=lookup,
                item=item,
                contacts=contacts,
                match=match,
                create=create,
            )
    except (IntegrityError, DBAPIError) as exc:
        return FileResult(item.name, "refused", f"the database refused it ({exc.orig})")


def _act(
    *,
    session: Session,
    lookup: PoolLookup,
    item: ReadFile,
    contacts: Contacts,
    match: Match,
    create: bool,
) -> FileResult:
    if match.candidate_id is not None:
        person = session.get(Candidate, match.candidate_id)
        outcome = _store(person, item)
        session.flush()
        return FileResult(item.name, outcome, match.how, person.id, person.full_name)
    if match.ambiguous:
        person, why = _new_person(session=session, item=item, contacts=contacts, fallback_name=True)
        if person is None:
            return FileResult(item.name, "unmatched", f"it fits several people, and {why}")
        for other in match.could_be:
            first, second = sorted((person.id, other))
            session.add(DuplicateFlag(first_id=first, second_id=second, reason=REVIEW_REASON))
        session.flush()
        lookup.remember(person)
        return FileResult(
            item.name, "review", f"by {match.how}", person.id, person.full_name, match.could_be
        )
    if not create:
        return FileResult(
            item.name, "unmatched", "add --create to make a new person from its contact details"
        )
    person, why = _new_person(session=session, item=item, contacts=contacts, fallback_name=False)
    if person is None:
        return FileResult(item.name, "unmatched", why)
    lookup.remember(person)
    return FileResult(item.name, "created", "", person.id, person.full_name)


def _store(person: Candidate, item: ReadFile) -> str:
    """The résumé into the profile; "unchanged" when the person already holds this file."""
    if person.resume_hash == item.file_hash:
        return "unchanged"
    changed = person.resume_text != item.text
    now = utcnow()
    person.resume_text = item.text
    person.resume_file = _file_name(item)
    person.resume_hash = item.file_hash
    person.resume_imported_at = now
    if changed:
        person.updated_at = now  # the next `encore index` embeds the new text
    return "updated" if changed else "unchanged"


def _file_name(item: ReadFile) -> str:
    # The file's own name, not the folders of the machine it was imported on.
    return PurePosixPath(item.inner).name[:300]


def _new_person(
    *, session: Session, item: ReadFile, contacts: Contacts, fallback_name: bool
) -> tuple[Candidate | None, str]:
    """A person made from the résumé's contact details (None, why, if it gives no name)."""
    name = contacts.name
    if not name and fallback_name:
        name = f"Résumé {_file_name(item)}"
    if not name:
        return None, "it gives no name to make a new person from"
    taken = set(
        session.exec(
            select(Candidate.email).where(Candidate.email.in_([e for e, _ in contacts.emails]))
        )
    )
    values = {
        "full_name": name,
        "email": next((e for e, in_head in contacts.emails if in_head and e not in taken), None),
        "phone": next((p for p, in_head in contacts.phones if in_head), None),
        "location": contacts.location,
        "tags": contacts.links,
        "source": "résumé file",
    }
    try:
        checked = CandidateBase.model_validate({k: v for k, v in values.items() if v})
    except ValidationError as exc:
        first = exc.errors()[0]
        return None, f"its {first['loc'][0]} cannot be stored ({first['msg']})"
    person = Candidate(**checked.model_dump(exclude_unset=True))
    _store(person, item)
    session.add(person)
    session.flush()
    return person, ""


# --- both --------------------------------------------------------------------------------


def import_resumes(
    *,
    session: Session,
    sources: Iterable[Source],
    preset: str = "generic",
    create: bool = False,
    dry_run: bool = False,
    actor: str | None = None,
    progress: Progress | None = None,
) -> ResumeReport:
    """Read the files and place them (see the module's docstring); the caller commits."""
    read = read_files(sources, progress=progress)
    return place_files(
        session=session, read=read, preset=preset, create=create, dry_run=dry_run, actor=actor
    )
