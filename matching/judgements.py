"""What a fit judgement is (``Judgement``), the condition it judges (``ConditionFact``), and
the questions every caller asks of a person's judgements and conditions: may this role be
pitched to them now (``stops``), where do they and the role disagree on place, did they opt
out, how long did they ask us to wait.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reading.calendar import add_months
from reading.new_start import SETTLE_MONTHS
from reading.places import city_key, within

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


def wait_until(c: ConditionFact) -> date | None:
    """The day the wait ends: a holiday's own day when the reader kept it ("after Easter" is
    30 March 2027, not 1 March), else the month read or typed."""
    raw, day = c.value.get("until"), c.value.get("day")
    if day and str(day)[:7] == str(raw)[:7]:  # a re-dated "until" leaves the old day behind
        raw = day
    if isinstance(raw, date):
        return raw
    try:
        return date.fromisoformat(str(raw)) if raw else None
    except ValueError:
        return None


def wait_from(c: ConditionFact) -> date | None:
    """The day a window to leave them be begins ("no calls during Ramadan, any other time is
    fine", said before it): until then they are open, as they are again after it."""
    raw = c.value.get("from")
    try:
        return date.fromisoformat(str(raw)) if raw else None
    except ValueError:
        return None


def wait_runs(c: ConditionFact, today: date) -> date | None:
    """The day the wait ends if it runs on ``today`` (begun, not yet over), else None."""
    until = wait_until(c)
    if until is None or until <= today:
        return None
    begins = wait_from(c)
    return None if begins and begins > today else until


def latest_waits(conditions: list[ConditionFact]) -> list[ConditionFact]:
    """The waits that count: those said last. A later word on timing replaces an earlier one
    ("not until after the baby in January", then "the baby came early, ready now"; "happy to
    chat whenever", then "hold off until January"), whichever way it moves."""
    waits = [c for c in conditions if c.facet == "wait"]
    said = [c.said_at for c in waits if c.said_at is not None]
    if not said:
        return waits
    last = max(said)
    return [c for c in waits if c.said_at is None or c.said_at == last]


def latest_pay(conditions: list[ConditionFact]) -> list[ConditionFact]:
    """The pay amounts that count: those said last ("ECTC 45L, firm", then "ready to take 30L
    now, got laid off"; "30L is fine", then "got a hike, needs 45L+"), and any a recruiter set.
    A pay wish with no amount ("wants more money") stays beside them."""
    named = [c for c in conditions if c.facet == "pay" and c.value.get("amount")]
    said = [c.said_at for c in named if c.said_at is not None and c.status == "read"]
    if not said:
        return named
    last = max(said)
    return [c for c in named if c.status != "read" or c.said_at is None or c.said_at == last]


def superseded_moves(conditions: list[ConditionFact]) -> set[int]:
    """The ``id()``s of words on moving that a later word on moving replaces: "happy to relocate",
    then months later "not relocating any more" (or the reverse) - the later one decides.
    Read words only; a refusal or a wish for another named place stands beside the later one
    ("won't move to London" and, later, "would move to Leeds"). The store switches off a
    contradicted row of the same facet and place (``data.latest_word``); this is the same rule for
    conditions handed to the fit directly, and across the two facets of a move and across places."""
    moves = [
        c
        for c in conditions
        if c.facet == "relocation"
        and c.status == "read"
        and c.said_at is not None
        and c.value.get("willing") in (True, False)
    ]
    out: set[int] = set()
    for later in moves:
        where = later.value.get("place")
        for c in conditions:
            if c.status != "read" or c.said_at is None or c.said_at >= later.said_at:
                continue
            place = c.value.get("place")
            if c.facet == "relocation" and c.value.get("willing") is not later.value["willing"]:
                if not where or not place or str(where).casefold() == str(place).casefold():
                    out.add(id(c))
            elif c.facet == "location" and not where:
                # "wants Denver" before "not relocating any more"; "won't leave Ohio" before
                # "open to moving anywhere now"
                if later.value["willing"] is False and c.polarity != "avoid":
                    out.add(id(c))
                elif later.value["willing"] is True and c.polarity == "must":
                    out.add(id(c))
    return out | _superseded_places(conditions)


# The two sides of a contract: a seat for good, or work that ends (a fixed term, a season, a
# contractor's terms). A later wish for one side replaces an earlier one for the other.
_CONTRACT_SIDE = {
    "permanent": "permanent",
    "fixed_term": "ends",
    "contract": "ends",
    "freelance": "ends",
}


def superseded_contracts(conditions: list[ConditionFact]) -> set[int]:
    """The ``id()``s of words on the kind of contract that a later word on the other side
    replaces: "seasonal only", then months later "want something permanent now" (or the
    reverse) - the later one decides. Read words only; a refusal of one side said beside a wish
    for the other ("no more FTCs, perm please") is the same word and both stand."""
    said = [
        c
        for c in conditions
        if c.facet == "contract"
        and c.status == "read"
        and c.said_at is not None
        and c.polarity != "avoid"
        and c.value.get("kind") in _CONTRACT_SIDE
    ]
    return {
        id(c)
        for c in said
        for later in said
        if later.said_at > c.said_at
        and _CONTRACT_SIDE[later.value["kind"]] != _CONTRACT_SIDE[c.value["kind"]]
    }


def _superseded_places(conditions: list[ConditionFact]) -> set[int]:
    """Where they would be, said again later for another place: "won't leave Taranaki", then
    "they move to Canterbury in December, Canterbury roles now"; "open to Boston", then "staying
    in Jersey". An earlier place held to ("won't leave", "only") gives way to any later place
    wanted or held to; an earlier wish, to a later place held to. Wishes for two places stand
    side by side, and so does a place inside the other ("won't leave Ohio", later "Columbus
    roles please"). A place turned down later drops the same place wanted before, and the
    reverse."""
    said = [
        c
        for c in conditions
        if c.facet in ("location", "relocation")
        and c.status == "read"
        and c.said_at is not None
        and c.value.get("place")
        and c.value.get("willing") is not False
    ]
    out: set[int] = set()
    for later in said:
        if later.facet != "location":
            continue
        there = str(later.value["place"])
        for c in said:
            if c.said_at >= later.said_at:
                continue
            here = str(c.value["place"])
            same = city_key(here) == city_key(there)
            if (later.polarity == "avoid") != (c.polarity == "avoid"):
                if same:
                    out.add(id(c))  # "moving to Boston", later "the Boston move is off"
                continue
            if later.polarity == "avoid" or same or within(there, here) or within(here, there):
                continue
            if c.polarity == "must" or later.polarity == "must":
                out.add(id(c))
    return out


def waiting_until(conditions: list[ConditionFact], today: date) -> date | None:
    """The latest day the latest word on timing asks us to wait for, if it is still ahead."""
    days = [d for c in latest_waits(conditions) if (d := wait_runs(c, today))]
    return max(days) if days else None


def hired_until(applications, conditions: list[ConditionFact], today: date):
    """(the day the hold ends, the application) for someone hired or placed through us within
    the last ``SETTLE_MONTHS`` (``reading.new_start``): the first months of a new job are no time
    to pitch another. A word on timing said after the start ("the placement ended, free now")
    replaces it, as a later wait replaces an earlier one."""
    hired = [a for a in applications if a.outcome == "hired" and (a.decided_at or a.applied_at)]
    if not hired:
        return None
    app = max(hired, key=lambda a: a.decided_at or a.applied_at)
    began = (app.decided_at or app.applied_at).date()
    if began > today:
        return None
    if any(c.facet == "wait" and c.said_at and c.said_at > began for c in conditions):
        return None
    ends = add_months(began, SETTLE_MONTHS)
    return (ends, app) if ends > today else None


def stops(judgements: list[Judgement]) -> list[str]:
    """Why this role must not be pitched to this person now (empty: it may be): a standing
    conflict (an unmet must, a refusal the role goes against, a pay ask above the band, last
    time's objection still standing), a wait still running, or an opt-out. Drafts, the weekly
    list and the Openings counts all ask this one question."""
    return [j.sentence for j in judgements if j.conflict or j.kind in ("opted_out", "wait")]


def has_opted_out(conditions: list[ConditionFact]) -> bool:
    return any(c.facet == "contact" and c.value.get("kind") == "opt_out" for c in conditions)


def taken_back_on(conditions: list[ConditionFact]) -> date | None:
    """The latest day they took back an earlier no ("forget the no from March, happy to talk
    now"): a "not interested" logged before it no longer holds them back."""
    return max(
        (
            c.said_at
            for c in conditions
            if c.facet == "contact" and c.value.get("kind") == "opt_in" and c.said_at
        ),
        default=None,
    )


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
