"""A ranked person's score parts and a reason's evidence in words a recruiter reads.

The score has seven components (``matching.weights``); a recruiter thinks in five: does the
profile fit the requirements (``skills``: the semantic, lexical and coverage parts together),
does the role give them what they want, does last time's reason still stand, their history
with us and the relationship. Evidence is the record a reason stands on, told in sentences;
internal ids stay out.
"""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from data.conditions_view import SOURCE_WORDS
from matching.scoring import FIT_PARTS
from matching.weights import Weights
from matching.wording import FACET_LABEL

# (component, label, what it measures): the order a recruiter reads them in.
SCORE_PARTS = (
    ("skills", "Skills", "How well the profile fits the requirements: meaning, words, items."),
    ("motivation", "What they want", "Their stated motivations against what the role offers."),
    ("past_reason", "Last time", "Why it did not work last time, and whether that still stands."),
    ("history", "History", "Stage reached, interview rating, silver medalist."),
    ("relationship", "Relationship", "Replies, recent contact and 'not interested' answers."),
)
SIGNED = frozenset({"motivation", "past_reason", "relationship"})  # −1…1; the rest 0…1
FACET_WORDS = {**FACET_LABEL, "work_mode": "where they work", "schedule": "working hours"}
POLARITY_WORDS = {"must": "a must", "wish": "a wish", "avoid": "something they refuse"}
SKIPPED = frozenset({"items", "category", "facet", "polarity", "value", "source_id", "said_at"})


@dataclass(frozen=True)
class ScorePart:
    label: str
    value: float
    word: str
    help: str

    @property
    def text(self) -> str:
        return f"{self.label}: {self.word}"


def score_parts(components: dict[str, float], weights: Weights) -> list[ScorePart]:
    """The five parts a recruiter reads, each with a word for how it counts."""
    out = []
    for name, label, help_text in SCORE_PARTS:
        if name == "skills":
            weight = sum(getattr(weights, p) for p in FIT_PARTS)
            value = (
                sum(getattr(weights, p) * components.get(p, 0.0) for p in FIT_PARTS) / weight
                if weight
                else 0.0
            )
        else:
            weight, value = getattr(weights, name), components.get(name, 0.0)
        word = "not counted" if weight == 0 else _word(value, signed=name in SIGNED)
        out.append(ScorePart(label, value, word, help_text))
    return out


def _word(value: float, *, signed: bool) -> str:
    if signed:
        if value >= 0.5:
            return "counts for them"
        if value > 0.05:
            return "a little for them"
        if value <= -0.5:
            return "counts against"
        if value < -0.05:
            return "a little against"
        return "neutral"
    if value >= 0.7:
        return "strong"
    if value >= 0.45:
        return "good"
    if value >= 0.2:
        return "some"
    return "little" if value > 0 else "none on record"


def evidence_sentences(evidence: dict[str, Any]) -> list[str]:
    """What a reason stands on, one sentence per fact, never a data structure."""
    e, out = dict(evidence), []
    if said := e.pop("said", None):
        when = _day(e.get("said_at"))
        out.append(f'In their words: "{said}"' + (f" (said {when})." if when else "."))
    elif when := _day(e.get("said_at")):
        out.append(f"Said {when}.")
    if (source := e.pop("source", None)) in SOURCE_WORDS:
        out.append(f"Read from {SOURCE_WORDS[source]}.")
    if (polarity := e.get("polarity")) in POLARITY_WORDS and e.get("facet"):
        facet = FACET_WORDS.get(e["facet"], str(e["facet"]).replace("_", " "))
        out.append(f"Taken as {POLARITY_WORDS[polarity]} about {facet}.")
    if motivation := e.pop("motivation", None):
        out.append(f'Stated motivation: "{motivation}".')
    if offer := e.pop("offer", None):
        out.append(f"The role offers: {offer}.")
    if covered := e.pop("covered", None):
        out.append(f"Requirements the profile mentions: {_list(covered)}.")
    if missing := e.pop("missing", None):
        out.append(f"Requirements not found in the profile: {_list(missing)}.")
    if skills := e.pop("skills", None):
        out.append(f"Skills on record that the requirements name: {_list(skills)}.")
    if title := e.pop("current_title", None):
        out.append(f"Current title: {title}.")
    if years := e.pop("years_experience", None):
        out.append(f"{years:g} years of experience.")
    if process := _process(e):
        out.append(process)
    if rating := e.pop("rating", None):
        out.append(f"Rated {rating:g}/5 at interview.")
    if lives := e.pop("lives_in", None):
        city = e.pop("role_city", None)
        out.append(f"Lives in {lives}" + (f"; the role is based in {city}." if city else "."))
    if e.pop("will_not_move", None):
        out.append("Said they would not relocate.")
    if until := _day(e.pop("until", None)):
        out.append(f"Asked us to wait until {until}.")
    if at := _day(e.pop("at", None)):
        out.append(f"On {at}.")
    if (days := e.pop("days_since", None)) is not None:
        out.append(f"{days} days ago.")
    for key, value in e.items():
        if key in SKIPPED or key.endswith("_id") or value in (None, "", [], {}):
            continue
        out.append(f"{key.replace('_', ' ').capitalize()}: {_flat(value)}.")
    return out


def _process(e: dict[str, Any]) -> str:
    role, when = e.pop("role_title", None), e.pop("when", None)
    stage, outcome = e.pop("stage_reached", None), e.pop("outcome", None)
    reason = e.pop("reason", None)
    if not (role or stage or outcome):
        return ""
    parts = [f"The {role} process" if role else "Their last process"]
    if when:
        parts[0] += f" ({when})"
    if stage:
        parts.append(f"reached the {stage} stage")
    if outcome:
        parts.append(f"ended {str(outcome).replace('_', ' ')}")
    if reason:
        parts.append(f"reason on record: {str(reason).replace('_', ' ')}")
    return ", ".join(parts) + "."


def _day(value: Any) -> str:
    if isinstance(value, datetime | date):
        return f"{value:%d %b %Y}"
    if isinstance(value, str) and value and value != "None":
        try:
            return f"{datetime.fromisoformat(value):%d %b %Y}"
        except ValueError:
            return value
    return ""


def _list(values: Any) -> str:
    return ", ".join(str(v) for v in values) if isinstance(values, list | tuple) else str(values)


def _flat(value: Any) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{str(k).replace('_', ' ')} {_flat(v)}" for k, v in value.items())
    return _list(value)
