"""Who a résumé is about, as far as its words and its file name say: the person's name, email
addresses, phone numbers, profile links and location.

A résumé opens with its owner's contact details and may close with other people's (referees):
``Contacts.top`` is how much of the text counts as its opening (``HEAD_LINES``), so that a
match on an address found further down can be checked against the name (``resume_match``).
Nothing here is sure: these are the clues that matching weighs, and what a new person is made
from when no one matches and the user asks for it.
"""

import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from rapidfuzz import fuzz

from data.duplicates import REVIEW_SCORE, name_key, phone_key
from data.importers.fields import email as parse_email
from data.importers.profile_links import profile_tags
from reading.places import CASE_SENSITIVE, PLACES

HEAD_LINES = 25  # the opening of a résumé: the name, the contact line, a headline
_NAME_LINES = 8
_EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# Digits with the separators people write in phone numbers; 9 to 15 digits are counted below.
_PHONE = re.compile(r"(?<![\w+/.])(?:\+|00)?\(?\d[\d ().\-/]{6,22}\d(?![\w/])")
_YEARS = re.compile(r"(?:19|20)\d\d\D{1,5}(?:19|20)\d\d|(?:^|\D)(?:19|20)\d\d$")
_SEGMENTS = re.compile(r"\s*(?:[|•·●▪◦,;–—]|\s{2,}|\s-\s)\s*")
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+|[A-ZÀ-ÖØ-Þ'’-]{2,}|[A-ZÀ-ÖØ-Þ]\.)$")
_NAME_PARTICLES = frozenset("da de del della der di do dos du la le van von y e bin al".split())
# Words that make a line a heading or a job title rather than a name.
_NOT_NAME = frozenset(
    """
    curriculum vitae resume résumé cv profile summary contact contacts experience education
    skills objective about personal details languages references projects page
    engineer developer manager designer analyst scientist consultant director lead senior
    junior intern architect specialist officer head product software data marketing sales
    recruiter assistant administrator coordinator executive founder owner student teacher
    nurse accountant writer editor researcher technician operator agent partner associate
    """.split()
)
# Words a file name adds to a person's name: "CV_Ana_Silva_2024_final.pdf".
_FILE_NOISE = frozenset(
    """
    cv resume résumé resumé curriculum vitae lebenslauf final updated update new copy latest
    draft version ver v en eng english pt de fr es it nl doc docx pdf txt rtf of the and for
    my cover letter profile candidate application
    """.split()
)


@dataclass
class Contacts:
    name: str | None = None  # as written at the top of the text, else from the file name
    file_name_words: list[str] = field(default_factory=list)  # a name the file name gives
    emails: list[tuple[str, bool]] = field(default_factory=list)  # (normalised, in the opening)
    phones: list[tuple[str, bool]] = field(default_factory=list)  # (as written, in the opening)
    links: list[str] = field(default_factory=list)  # ``profile:`` tags
    location: str | None = None
    words: frozenset[str] = frozenset()  # every word of the text, for "the name is in it"

    @property
    def file_name(self) -> str | None:
        return " ".join(self.file_name_words) or None

    def mentions(self, name: str) -> bool:
        """Whether every word of ``name`` is a word of the text."""
        parts = name_key(name).split()
        return bool(parts) and all(p in self.words for p in parts)


def find_contacts(text: str, inner_path: str) -> Contacts:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    head = lines[:HEAD_LINES]
    head_text = "\n".join(head)
    found = Contacts(words=frozenset(name_key(text).split()))
    found.file_name_words = file_name_words(inner_path)
    found.name = _name_in(lines[:_NAME_LINES]) or (
        found.file_name.title() if found.file_name else None
    )
    seen: set[str] = set()
    head_end = _opening_end(text)
    for match in _EMAIL.finditer(text):
        try:
            address = parse_email(match.group())
        except ValueError:
            continue
        if address not in seen:
            seen.add(address)
            found.emails.append((address, match.start() < head_end))
    keys: set[str] = set()
    for match in _PHONE.finditer(text):
        number = match.group().strip()
        digits = re.sub(r"\D", "", number)
        if not 9 <= len(digits) <= 15 or _YEARS.search(number):
            continue
        key = phone_key(number)
        if key and key not in keys:
            keys.add(key)
            found.phones.append((number, match.start() < head_end))
    # Profile links in the opening, and a LinkedIn profile wherever it is.
    tags = profile_tags(head_text) + [
        t for t in profile_tags(text) if t.startswith("profile:linkedin.com/in/")
    ]
    found.links = list(dict.fromkeys(tags))[:5]
    found.location = _location_in(head)
    return found


def _opening_end(text: str) -> int:
    """Where the opening (the first ``HEAD_LINES`` lines with words) ends in ``text``."""
    seen = 0
    for match in re.finditer(r"[^\n]*\n?", text):
        if match.group().strip():
            seen += 1
            if seen == HEAD_LINES:
                return match.end()
    return len(text)


def file_name_words(inner_path: str) -> list[str]:
    """The words of a file's name that may be a person's name ("CV - Silva, Ana (2).pdf" ->
    Silva, Ana); none if fewer than two are left."""
    stem = PurePosixPath(inner_path.replace("\\", "/")).stem
    stem = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", stem)  # AnaSilvaCV
    words = [w for w in re.split(r"[\s_.\-()\[\]+,]+", stem) if w]
    kept = [w for w in words if w.isalpha() and len(w) > 1 and w.lower() not in _FILE_NOISE]
    return kept if 2 <= len(kept) <= 4 else []


def _name_in(lines: list[str]) -> str | None:
    """The first line (or first part of a line) at the top that reads as a person's name."""
    for line in lines:
        first = _SEGMENTS.split(line, maxsplit=1)[0].strip()
        if _is_name(first):
            return " ".join(first.split())
    return None


def _is_name(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 5 or len(text) > 60:
        return False
    named = [w for w in words if w.lower() not in _NAME_PARTICLES]
    if len(named) < 2 or any(w.lower().strip(".") in _NOT_NAME for w in words):
        return False
    return all(_NAME_WORD.match(w) for w in named)


def _location_in(head: list[str]) -> str | None:
    for line in head:
        for part in re.split(r"\s*(?:[|•·●▪◦;]|\s{2,})\s*", line):
            part = re.sub(r"^(?:location|address|based in|lives in)\s*:?\s*", "", part, flags=re.I)
            first = re.split(r"[,(]", part, maxsplit=1)[0].strip()
            if not first or len(part) > 60 or any(ch.isdigit() for ch in first):
                continue
            known = PLACES.get(first.lower())
            if known and (first.lower() not in CASE_SENSITIVE or first[:1].isupper()):
                return part.strip(" ,")
    return None


def same_person_name(a: str | None, b: str | None) -> bool:
    """Whether two written names are the same person's (accents, case, order and a middle
    name aside; a single word is not enough to say)."""
    ka, kb = name_key(a), name_key(b)
    if len(ka.split()) < 2 or len(kb.split()) < 2:
        return False
    return ka == kb or fuzz.token_set_ratio(ka, kb) >= max(REVIEW_SCORE, 90)
