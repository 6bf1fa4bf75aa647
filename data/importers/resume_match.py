"""Whose résumé a file is, in the order the README states:

0. someone already holds this very file (its hash): nothing to do;
1. an external id in the file's path (``GH-4012``, or ``4012`` with the preset's prefix: an
   ATS export may name the file or its folder after the candidate);
2. an email address in the text;
3. a phone number in the text;
4. the name the file name gives, found in the text too, and held by one person.

An address or a number found in the opening of the résumé (``resume_contacts.HEAD_LINES``)
is the owner's; one found further down (a referee's, a former manager's) counts only when
the person it belongs to has the name the résumé gives. Where a step finds several people
the name breaks the tie; if it cannot, the file is ambiguous and the step's people are
returned for review. The pool's names and phones are read once, on first need, and kept up
to date as people are added.
"""

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import PurePosixPath

from sqlmodel import Session, select

from data.duplicates import name_key, phone_key
from data.importers.presets import PRESET_NAMES, get_preset
from data.importers.resume_contacts import Contacts, same_person_name
from data.models import Candidate

_ID_TOKEN = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
SAME_FILE = "the same file"


@dataclass(frozen=True)
class Match:
    candidate_id: int | None = None
    how: str = ""  # "the same file", "the id in its file name", "email", "phone", "name"
    could_be: tuple[int, ...] = ()  # when ambiguous: the people it may belong to

    @property
    def ambiguous(self) -> bool:
        return len(self.could_be) > 1


def id_tokens(inner_path: str) -> list[str]:
    """Parts of a file's path that may be a record id: with a digit, three characters or
    more, and not a year ("CV 2024.pdf")."""
    found: list[str] = []
    path = PurePosixPath(inner_path.replace("\\", "/"))
    for part in [*path.parent.parts, path.stem]:
        for token in _ID_TOKEN.findall(part):
            pieces = [token, *token.split("-")] if "-" in token else [token]
            for piece in pieces:
                if len(piece) >= 3 and any(c.isdigit() for c in piece) and not _YEAR.match(piece):
                    found.append(piece)
    return list(dict.fromkeys(found))


class PoolLookup:
    """Finds the person a résumé belongs to; one per import."""

    def __init__(self, *, session: Session, preset: str = "generic"):
        self.session = session
        names = PRESET_NAMES if preset == "generic" else (preset,)
        self.prefixes = tuple(dict.fromkeys(["", *(get_preset(n).id_prefix for n in names)]))
        self._names: dict[str, list[int]] | None = None
        self._phones: dict[str, list[int]] | None = None
        self._full_names: dict[int, str] = {}

    # --- the pool, read on first need ----------------------------------------------------

    def _name_index(self) -> dict[str, list[int]]:
        if self._names is None:
            self._names = defaultdict(list)
            for cid, full_name in self.session.exec(select(Candidate.id, Candidate.full_name)):
                self._names[name_key(full_name)].append(cid)
                self._full_names[cid] = full_name
        return self._names

    def _phone_index(self) -> dict[str, list[int]]:
        if self._phones is None:
            self._phones = defaultdict(list)
            rows = self.session.exec(
                select(Candidate.id, Candidate.phone).where(Candidate.phone.is_not(None))
            )
            for cid, phone in rows:
                if key := phone_key(phone):
                    self._phones[key].append(cid)
        return self._phones

    def remember(self, person: Candidate) -> None:
        """A person added during the import is found by the files after it."""
        self._full_names[person.id] = person.full_name
        if self._names is not None:
            self._names[name_key(person.full_name)].append(person.id)
        if self._phones is not None and (key := phone_key(person.phone)):
            self._phones[key].append(person.id)

    def name_of(self, candidate_id: int) -> str:
        if candidate_id not in self._full_names:
            person = self.session.get(Candidate, candidate_id)
            self._full_names[candidate_id] = person.full_name if person else ""
        return self._full_names[candidate_id]

    # --- the steps -----------------------------------------------------------------------

    def match(self, file_hash: str, inner_path: str, contacts: Contacts) -> Match:
        held = self.session.exec(
            select(Candidate.id).where(Candidate.resume_hash == file_hash).order_by(Candidate.id)
        ).first()
        if held is not None:
            return Match(held, SAME_FILE)
        for how, ids in (
            ("the id in its file name", self._by_id(inner_path)),
            ("email", self._by_contact(contacts, self._email_owners(contacts))),
            ("phone", self._by_contact(contacts, self._phone_owners(contacts))),
            ("name in its file name and text", self._by_name(contacts)),
        ):
            if not ids:
                continue
            if len(ids) == 1:
                return Match(ids[0], how)
            agreeing = [i for i in ids if self._agrees(i, contacts)]
            if len(agreeing) == 1:
                return Match(agreeing[0], f"{how} and name")
            return Match(None, how, tuple(ids))
        return Match()

    def _agrees(self, candidate_id: int, contacts: Contacts) -> bool:
        name = self.name_of(candidate_id)
        return same_person_name(name, contacts.name) or same_person_name(name, contacts.file_name)

    def _by_id(self, inner_path: str) -> list[int]:
        wanted = {
            prefix + token
            for token in id_tokens(inner_path)
            for prefix in self.prefixes
            if not (prefix and token.upper().startswith(prefix.upper()))
        }
        if not wanted:
            return []
        rows = self.session.exec(
            select(Candidate.id).where(Candidate.external_id.in_(sorted(wanted)))
        )
        return sorted(set(rows))

    def _email_owners(self, contacts: Contacts) -> list[tuple[int, bool]]:
        if not contacts.emails:
            return []
        variants: dict[str, bool] = {}
        for address, in_head in contacts.emails:
            local, _, domain = address.partition("@")
            for form in {address, f"{local.split('+', 1)[0]}@{domain}"}:
                variants[form] = variants.get(form, False) or in_head
        rows = self.session.exec(
            select(Candidate.id, Candidate.email).where(Candidate.email.in_(sorted(variants)))
        )
        return [(cid, variants[email]) for cid, email in rows]

    def _phone_owners(self, contacts: Contacts) -> list[tuple[int, bool]]:
        if not contacts.phones:
            return []
        index = self._phone_index()
        return [
            (cid, in_head)
            for number, in_head in contacts.phones
            for cid in index.get(phone_key(number) or "", [])
        ]

    def _by_contact(self, contacts: Contacts, owners: list[tuple[int, bool]]) -> list[int]:
        """People an address or number belongs to: from the opening, or whose name the
        résumé gives (a referee's address further down is not its owner's)."""
        kept = [
            cid
            for cid, in_head in owners
            if in_head or not (contacts.name or contacts.file_name) or self._agrees(cid, contacts)
        ]
        return list(dict.fromkeys(kept))

    def _by_name(self, contacts: Contacts) -> list[int]:
        name = contacts.file_name
        if not name or not contacts.mentions(name):
            return []
        return list(dict.fromkeys(self._name_index().get(name_key(name), [])))
