"""One fit between what a person told us and what a role is.

``judge`` takes a person's conditions (``data.conditions``: read from their words or set by a
recruiter), their history with the team and a role's terms (``reading.role_facts``) and
returns judgements, each with its evidence:

- ``met``: a wish or a must the role meets ("remote only" — the role is remote);
- ``unmet``: a must, a wish or a refusal the role goes against (a standing conflict when the
  condition is a must or a refusal);
- ``resolved`` / ``standing``: the same, for what ended the latest process ("last time");
- ``unknown``: a must the role's record does not answer ("needs sponsorship" — the role says
  nothing about visas): the recruiter should check before writing;
- ``wait``: they asked us to wait, and the day has not come;
- ``opted_out``: they asked us not to write again.

Ranking (``matching.signals``), the reasons on a result, drafts, the weekly list and the
Openings counts all read these; none of them reads the notes again. ``stops`` says whether a
role may be pitched to a person at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from data.vocab import SENIORITY_ORDER
from matching.wording import FACET_LABEL, condition_phrase, role_phrase
from reading.role_facts import RoleFacts

# Roughly, in euros: enough to tell €115k from a £90k band, not for payroll.
TO_EUR = {
    "EUR": 1.0,
    "GBP": 1.17,
    "USD": 0.92,
    "CHF": 1.05,
    "CAD": 0.67,
    "AUD": 0.6,
    "NZD": 0.55,
    "SEK": 0.087,
    "NOK": 0.086,
    "DKK": 0.134,
    "PLN": 0.23,
    "INR": 0.011,
    "SGD": 0.69,
    "JPY": 0.0062,
}
PER_YEAR = {"year": 1, "month": 12, "week": 46, "day": 220, "hour": 1760}
MODE_ORDER = {"remote": 0, "hybrid": 1, "onsite": 2}
STRENGTH = {"must": 1.0, "avoid": 0.9, "wish": 0.6}
STANDING = -0.8  # an effect this low, against a role, is a standing conflict
# Where someone lives or wants to work: a miss on one of these is a flag beside their location.
PLACE_FACETS = frozenset({"location", "relocation", "work_mode", "commute"})


@dataclass(frozen=True, slots=True)
class ConditionFact:
    """A condition as the matcher holds it (one ``CandidateCondition`` row)."""

    id: int
    facet: str
    polarity: str
    value: dict[str, Any]
    span_text: str | None
    said_at: date | None
    source_kind: str
    source_id: int | None
    status: str = "read"


@dataclass(frozen=True)
class Judgement:
    kind: str  # met | unmet | resolved | standing | unknown | wait | opted_out | location
    facet: str
    effect: float  # signed, -1…1
    sentence: str  # for the recruiter
    paraphrase: str = ""  # what they told us, in the second person, for a draft
    offer: str = ""  # what the role gives that meets it, in words a candidate reads
    last_time: bool = False  # from the latest process's reason
    evidence: dict[str, Any] = field(default_factory=dict)

    @property
    def conflict(self) -> bool:
        """A standing conflict: never pitch the role across it."""
        return self.kind in ("unmet", "standing") and self.effect <= STANDING


def yearly_eur(value: dict[str, Any]) -> float | None:
    amount, currency = value.get("amount"), (value.get("currency") or "").upper()
    if not amount:
        return None
    rate = TO_EUR.get(currency or "EUR")
    if rate is None:
        return None
    return float(amount) * rate * PER_YEAR.get(value.get("period") or "year", 1)


def _role_pay_eur(role: RoleFacts) -> float | None:
    if not role.pay_max:
        return None
    rate = TO_EUR.get((role.currency or "EUR").upper())
    return role.pay_max * rate if rate else None


def _same_place(a: str | None, b: str | None) -> bool:
    return bool(a and b) and a.strip().casefold() == b.strip().casefold()


def _verdict(c: ConditionFact, role: RoleFacts) -> bool | None:
    """True: the role meets the condition; False: it goes against it; None: cannot tell."""
    v, facet, pol = c.value, c.facet, c.polarity
    if facet == "work_mode":
        mode = v.get("mode")
        if role.work_mode is None or mode not in MODE_ORDER:
            return None
        if pol == "avoid":
            return role.work_mode != mode
        if mode == "hybrid" and v.get("days") is not None and role.work_mode == "hybrid":
            if role.office_days is None:
                return None
            return role.office_days <= int(v["days"])
        # Wanting less office than the role asks is a miss; more freedom is always fine,
        # except for someone who wants an office.
        if mode == "onsite":
            return role.work_mode in ("onsite", "hybrid")
        return MODE_ORDER[role.work_mode] <= MODE_ORDER[mode]
    if facet == "location":
        place = v.get("place")
        if role.work_mode == "remote":
            return True  # no office to be in: a place wanted or refused is no obstacle
        if not role.city:
            return None
        hit = _same_place(place, role.city) or _same_place(place, role.location)
        return (not hit) if pol == "avoid" else hit
    if facet == "relocation":
        if role.work_mode == "remote":
            return True if v.get("willing") is False else None
        if v.get("willing") is False:
            return None  # judged against where they live: see ``_location``
        if v.get("place") and role.city:
            return _same_place(v["place"], role.city)
        return None
    if facet == "commute":
        return True if role.work_mode == "remote" else None
    if facet == "pay":
        want, offer = yearly_eur(v), _role_pay_eur(role)
        if want is None or offer is None:
            return None
        return offer >= want * 0.98
    if facet == "visa":
        if v.get("kind") == "needs_sponsorship":
            return role.sponsorship
        return None
    if facet == "schedule":
        kind = v.get("kind")
        if pol == "avoid":
            if kind in role.schedule:
                return False
            return True if kind in role.no_schedule else None
        if kind in role.schedule:
            return True
        return False if kind in role.no_schedule else None
    if facet == "travel":
        if role.travel_share is None:
            return None
        limit = v.get("share")
        if pol == "avoid":
            return role.travel_share <= (limit if limit is not None else 0.1)
        return role.travel_share <= limit if limit is not None else role.travel_share > 0
    if facet == "contract":
        if not role.contract:
            return None
        hit = role.contract == v.get("kind")
        return (not hit) if pol == "avoid" else hit
    if facet == "management":
        if role.manages is None:
            return None
        wants_to_manage = (v.get("kind") == "manage") == (pol != "avoid")
        return role.manages == wants_to_manage
    if facet == "industry":
        # Read where the role speaks of its business ("behind our online sportsbook" is
        # gambling), never from a sector named in passing ("the finance team").
        return pol != "avoid" if v.get("name") in role.industries else None
    if facet in ("company", "industry", "mission", "technology"):
        name = v.get("kind") or v.get("name")
        if not name or not role.mentions(str(name).replace("_", " ")):
            return None
        return pol != "avoid"
    if facet in ("title", "seniority"):
        want = v.get("level")
        if facet == "seniority" and want and role.seniority:
            return SENIORITY_ORDER.get(role.seniority, 0) >= SENIORITY_ORDER.get(want, 0)
        title = v.get("title")
        if title and role.title:
            return title.casefold() in role.title.casefold()
        return None
    return None


def _effect(c: ConditionFact, verdict: bool) -> float:
    if c.facet == "pay" and not verdict:
        # An amount someone named is, in practice, the least they would move for: a band
        # that tops out below it is a standing conflict, however softly it was said.
        return -0.8
    strength = STRENGTH.get(c.polarity, 0.5)
    if verdict:
        return round(0.6 + 0.4 * (strength - 0.6) / 0.4, 3) if c.polarity == "must" else 0.6
    return -strength if c.polarity in ("must", "avoid") else -0.35


def _when(moment: date | datetime | None) -> str:
    return f"{moment:%B %Y}" if moment else "earlier"


def judge_condition(
    c: ConditionFact, role: RoleFacts, *, last_time: bool = False
) -> Judgement | None:
    verdict = _verdict(c, role)
    said = condition_phrase(c, person="third")
    evidence = {
        "condition_id": c.id,
        "facet": c.facet,
        "polarity": c.polarity,
        "value": c.value,
        "said": c.span_text,
        "said_at": c.said_at.isoformat() if c.said_at else None,
        "source": c.source_kind,
        "source_id": c.source_id,
    }
    offer = role_phrase(c.facet, role)
    if verdict is None:
        if c.polarity == "must" or (last_time and c.polarity == "avoid"):
            sentence = f"{said} ({_when(c.said_at)}) — the role's record does not say; check first."
            return Judgement(
                "unknown", c.facet, 0.0, sentence, condition_phrase(c), "", last_time, evidence
            )
        return None
    effect = _effect(c, verdict)
    if last_time:
        kind = "resolved" if verdict else "standing"
        # What ended the last process and still holds is a standing conflict when it was a
        # must or a refusal; a mere preference stays a preference.
        hard = c.polarity in ("must", "avoid") or c.facet == "pay"
        effect = 1.0 if verdict else (min(effect, -0.8) if hard else effect)
    else:
        kind = "met" if verdict else "unmet"
    joint = " — " if verdict else ", but "
    sentence = f"{said} ({_when(c.said_at)}){joint}{offer or 'this role differs'}."
    return Judgement(
        kind,
        c.facet,
        effect,
        sentence[0].upper() + sentence[1:],
        condition_phrase(c),
        offer if verdict else "",
        last_time,
        evidence,
    )


def _city(location: str | None) -> str | None:
    return location.split(",")[0].strip() if location else None


def location_judgement(
    person_location: str | None, conditions: list[ConditionFact], role: RoleFacts
) -> Judgement | None:
    """Someone who lives elsewhere, for a role that needs them in its office."""
    home = _city(person_location)
    if not home or not role.city or role.work_mode == "remote":
        return None
    if _same_place(home, role.city):
        return None
    open_to_move = any(
        c.facet == "relocation"
        and c.value.get("willing") is True
        and (not c.value.get("place") or _same_place(c.value.get("place"), role.city))
        for c in conditions
    ) or any(
        c.facet == "location"
        and c.polarity != "avoid"
        and _same_place(c.value.get("place"), role.city)
        for c in conditions
    )
    if open_to_move:
        return None
    will_not_move = any(
        c.facet == "relocation" and c.value.get("willing") is False for c in conditions
    )
    mode = FACET_LABEL.get(role.work_mode or "", role.work_mode or "office-based")
    sentence = f"Lives in {home}; this role is {mode} in {role.city}" + (
        ", and they said they would not relocate." if will_not_move else "."
    )
    return Judgement(
        "unmet" if will_not_move else "location",
        "location",
        -1.0 if will_not_move else -0.4,
        sentence,
        evidence={"lives_in": home, "role_city": role.city, "will_not_move": will_not_move},
    )


def judge(
    conditions: list[ConditionFact],
    role: RoleFacts,
    *,
    person_location: str | None = None,
    last_process: int | None = None,
    today: date | None = None,
) -> list[Judgement]:
    """Every judgement of one person against one role. ``last_process``: the id of their
    latest application; conditions read from its reason note are judged as "last time"."""
    out: list[Judgement] = []
    for c in conditions:
        if c.facet == "contact":
            if c.value.get("kind") == "opt_out":
                out.append(
                    Judgement(
                        "opted_out",
                        "contact",
                        -1.0,
                        f"Asked us not to write again ({_when(c.said_at)}).",
                        evidence={
                            "condition_id": c.id,
                            "said_at": str(c.said_at),
                            "source": c.source_kind,
                        },
                    )
                )
            continue
        if c.facet == "wait":
            until = _until(c)
            if until and today and until > today:
                out.append(
                    Judgement(
                        "wait",
                        "wait",
                        -0.5,
                        f"Asked us to wait until {until:%B %Y} (said {_when(c.said_at)}).",
                        evidence={
                            "condition_id": c.id,
                            "until": until.isoformat(),
                            "said": c.span_text,
                        },
                    )
                )
            continue
        last = (
            c.source_kind == "application"
            and last_process is not None
            and c.source_id == last_process
        )
        if c.source_kind == "application" and not last:
            continue  # an older process: its story is superseded by the latest one
        found = judge_condition(c, role, last_time=last)
        if found:
            out.append(found)
    if loc := location_judgement(person_location, conditions, role):
        out.append(loc)
    return out


def _until(c: ConditionFact) -> date | None:
    raw = c.value.get("until")
    if isinstance(raw, date):
        return raw
    try:
        return date.fromisoformat(str(raw)) if raw else None
    except ValueError:
        return None


def waiting_until(conditions: list[ConditionFact], today: date) -> date | None:
    """The latest day anyone's words ask us to wait for, if it is still ahead."""
    days = [d for c in conditions if c.facet == "wait" and (d := _until(c)) and d > today]
    return max(days) if days else None


def stops(judgements: list[Judgement]) -> list[str]:
    """Why this role must not be pitched to this person now (empty: it may be): a standing
    conflict (an unmet must, a refusal the role goes against, a pay ask above the band, last
    time's objection still standing), a wait still running, or an opt-out. Drafts, the weekly
    list and the Openings counts all ask this one question."""
    return [j.sentence for j in judgements if j.conflict or j.kind in ("opted_out", "wait")]


def has_opted_out(conditions: list[ConditionFact]) -> bool:
    return any(c.facet == "contact" and c.value.get("kind") == "opt_out" for c in conditions)


def place_conflicts(judgements: list[Judgement]) -> list[str]:
    """The judgements that set where someone lives or wants to work against the role (lives
    elsewhere for an office role, wants remote and the role is on-site), in sentences."""
    return list(
        dict.fromkeys(
            j.sentence
            for j in judgements
            if j.facet in PLACE_FACETS and j.kind in ("unmet", "standing", "location")
        )
    )


def judge_person(person, role, now: datetime) -> list[Judgement]:
    """``judge`` for a loaded person (``matching.facts.PersonFacts``) and a ``Role``."""
    last = person.last_process
    return judge(
        person.conditions,
        role.facts,
        person_location=person.location,
        last_process=last.id if last else None,
        today=now.date(),
    )
