"""Finding the same person stored twice (two ATS exports, a typo, a new email).

Sure duplicates: the same normalised email (case, ``+tags`` and Gmail dots ignored), or the
same name (accents, case and word order ignored) with the same phone (digits only, compared
on the last nine so ``+351 21 000 0001`` and ``210000001`` agree) or the same profile link
(the ``profile:`` tags importers keep; candidates have no profile-URL column). Pairs to
review: names that are close but not equal (rapidfuzz, compared within blocks of shared
initials so a large pool is not compared pair by pair), or the same phone or profile under
different names, and pairs an import flagged (``DuplicateFlag``: a résumé file that fitted
both). Pairs a recruiter dismissed (``DuplicateDismissal``) are never offered again.
"""

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from rapidfuzz import fuzz, process
from sqlmodel import Session, select

from data import audit
from data.models import Candidate, DuplicateDismissal, DuplicateFlag

REVIEW_SCORE = 88  # token-sort ratio at or above which two different names are worth a look
PHONE_DIGITS = 9


@dataclass(frozen=True)
class DuplicatePair:
    first_id: int
    second_id: int
    reasons: tuple[str, ...]  # "same email", "same name and phone", "similar name (93)"...
    score: float = 100.0


@dataclass
class Duplicates:
    sure: list[DuplicatePair] = field(default_factory=list)
    review: list[DuplicatePair] = field(default_factory=list)


def email_key(email: str | None) -> str | None:
    if not email or "@" not in email:
        return None
    local, _, domain = email.strip().lower().rpartition("@")
    local = local.split("+", 1)[0]
    if domain in ("gmail.com", "googlemail.com"):
        local, domain = local.replace(".", ""), "gmail.com"
    return f"{local}@{domain}" if local else None


def name_key(name: str | None) -> str:
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(sorted(re.findall(r"[a-z0-9]+", text)))


def phone_key(phone: str | None) -> str | None:
    digits = re.sub(r"\D", "", phone or "")
    return digits[-PHONE_DIGITS:] if len(digits) >= 7 else None


def profile_keys(candidate: Candidate) -> set[str]:
    return {t for t in (candidate.tags or []) if t.startswith("profile:")}


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def dismissed_pairs(*, session: Session) -> set[tuple[int, int]]:
    rows = session.exec(select(DuplicateDismissal.first_id, DuplicateDismissal.second_id))
    return {_pair(a, b) for a, b in rows}


def find_duplicates(*, session: Session) -> Duplicates:
    people = list(session.exec(select(Candidate).order_by(Candidate.id)))
    dismissed = dismissed_pairs(session=session)
    reasons: dict[tuple[int, int], set[str]] = defaultdict(set)
    names = {c.id: name_key(c.full_name) for c in people}

    def group(keyed: dict[str, list[int]], label: str) -> None:
        for ids in keyed.values():
            for a, b in combinations(sorted(set(ids)), 2):
                reasons[(a, b)].add(label)

    by_email, by_phone, by_profile = defaultdict(list), defaultdict(list), defaultdict(list)
    for c in people:
        if key := email_key(c.email):
            by_email[key].append(c.id)
        if key := phone_key(c.phone):
            by_phone[key].append(c.id)
        for key in profile_keys(c):
            by_profile[key].append(c.id)
    group(by_email, "same email")
    group(by_phone, "same phone")
    group(by_profile, "same profile link")
    flags = session.exec(
        select(DuplicateFlag.first_id, DuplicateFlag.second_id, DuplicateFlag.reason)
    )
    for a, b, reason in flags:
        reasons[_pair(a, b)].add(reason)
    scores = _similar_names(people, names)
    for pair, score in scores.items():
        reasons[pair].add("same name" if score >= 100 else f"similar name ({score:.0f})")

    found = Duplicates()
    for pair, why in sorted(reasons.items()):
        if pair in dismissed:
            continue
        same_name = "same name" in why
        sure = "same email" in why or (same_name and ({"same phone", "same profile link"} & why))
        # A shared phone or link alone is worth a look (a family phone, a shared agency page);
        # so is a close name, or the same common name with nothing else in common.
        entry = DuplicatePair(*pair, reasons=tuple(sorted(why)), score=scores.get(pair, 100.0))
        (found.sure if sure else found.review).append(entry)
    return found


def _similar_names(people: list[Candidate], names: dict[int, str]) -> dict[tuple[int, int], float]:
    """Name similarity for pairs sharing their sorted initials (typos rarely hit initials)."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for c in people:
        words = names[c.id].split()
        if words:
            blocks["".join(sorted(w[0] for w in words))[:3]].append(c.id)
    scores: dict[tuple[int, int], float] = {}
    for ids in blocks.values():
        if len(ids) < 2:
            continue
        texts = [names[i] for i in ids]
        matrix = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=REVIEW_SCORE)
        for i, j in zip(*matrix.nonzero(), strict=True):
            if i < j:
                scores[_pair(ids[i], ids[j])] = float(matrix[i][j])
    return scores


def dismiss(*, session: Session, first_id: int, second_id: int, actor: str | None = None) -> None:
    """Record that two records are different people; the pair is not offered again."""
    a, b = _pair(first_id, second_id)
    if (a, b) in dismissed_pairs(session=session):
        return
    session.add(DuplicateDismissal(first_id=a, second_id=b, actor=actor))
    flag = session.exec(
        select(DuplicateFlag).where(DuplicateFlag.first_id == a, DuplicateFlag.second_id == b)
    ).first()
    if flag is not None:  # answered: no longer a question
        session.delete(flag)
    audit.record(
        session=session,
        action="duplicate_dismissed",
        actor=actor,
        subject_kind="candidate",
        subject_id=a,
        detail={"other_id": b},
    )
    session.flush()
