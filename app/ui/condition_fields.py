"""The value of a condition as form fields, one set per facet (``reading.conditions`` holds
the schema): for correcting what Encore read and for adding a condition by hand."""

from dataclasses import dataclass
from datetime import date

import streamlit as st

from app.ui.plain import clean
from data.vocab import Channel, Seniority
from matching.wording import COMPANY_WORDS, CONTRACT_WORDS, SCHEDULE_WORDS
from reading.clearance import LEVEL_NAMES
from reading.conditions import KEY_FIELDS

POLARITY_WORDS = {"must": "must (a hard condition)", "avoid": "avoid (rules a role out)"}
POLARITY_WORDS["wish"] = "wish (makes a role more attractive)"


@dataclass(frozen=True)
class ValueField:
    name: str
    label: str
    kind: str  # choice | text | int | share | date | bool
    choices: dict | None = None  # stored value → words


def _choices(*values: str) -> dict:
    return {v: v.replace("_", " ") for v in values}


FIELDS: dict[str, tuple[ValueField, ...]] = {
    "work_mode": (
        ValueField("mode", "Mode", "choice", _choices("remote", "hybrid", "onsite")),
        ValueField("days", "Office days a week", "int"),
    ),
    "location": (ValueField("place", "Place", "text"),),
    "commute": (ValueField("minutes", "Longest commute (minutes)", "int"),),
    "relocation": (
        ValueField("willing", "Would move", "bool"),
        ValueField("place", "To", "text"),
    ),
    "pay": (
        ValueField("amount", "Amount", "int"),
        ValueField("currency", "Currency (GBP, EUR, USD…)", "text"),
        ValueField("period", "Per", "choice", _choices("year", "month", "day", "hour")),
        ValueField(
            "kind", "Kind", "choice", {"floor": "the least they accept", "ask": "what they ask"}
        ),
    ),
    "visa": (
        ValueField("kind", "Kind", "choice", _choices("needs_sponsorship", "has_right_to_work")),
        ValueField("place", "Where", "text"),
    ),
    "schedule": (
        ValueField("kind", "Hours", "choice", SCHEDULE_WORDS),
        ValueField("hours", "Hours a week", "int"),
    ),
    "travel": (ValueField("share", "Most travel (share of the time, 0–1)", "share"),),
    "contract": (ValueField("kind", "Contract", "choice", CONTRACT_WORDS),),
    "management": (
        ValueField("kind", "Kind", "choice", {"manage": "lead people", "hands_on": "hands-on"}),
    ),
    "company": (ValueField("kind", "Kind of company", "choice", COMPANY_WORDS),),
    "industry": (ValueField("name", "Industry", "text"),),
    "mission": (ValueField("name", "Mission", "text"),),
    "technology": (ValueField("name", "Technology", "text"),),
    "title": (ValueField("title", "Title", "text"),),
    "seniority": (ValueField("level", "Level", "choice", _choices(*Seniority)),),
    "driving": (
        ValueField(
            "kind", "Kind", "choice", {"licence": "a driving licence", "car": "a car of their own"}
        ),
        ValueField("until", "Driving ban ends", "date"),
    ),
    "language": (
        ValueField("language", "Language", "text"),
        ValueField("level", "Level (0 none, 3 B1, 5 C1, 7 native)", "int"),
    ),
    "clearance": (
        ValueField("level", "Clearance", "choice", {None: "any (not named)", **LEVEL_NAMES}),
    ),
    "contact": (
        ValueField(
            "kind",
            "Kind",
            "choice",
            {"opt_out": "opt-out", "opt_in": "opt-in again", "channel": "a channel"},
        ),
        ValueField("channel", "Channel", "choice", {None: "—", **_choices(*Channel)}),
    ),
    "wait": (ValueField("until", "Open again from", "date"),),
}


def _field(f: ValueField, current, key: str):
    if f.kind == "choice":
        options = list(f.choices)
        if current is not None and current not in options:
            options.append(current)  # a value the reader found outside the list stays
        index = options.index(current) if current in options else 0
        return st.selectbox(
            f.label,
            options,
            index=index,
            key=key,
            format_func=lambda v: f.choices.get(v) or clean(v),
        )
    if f.kind == "bool":
        return st.selectbox(
            f.label,
            [True, False],
            index=0 if current is not False else 1,
            key=key,
            format_func=lambda v: "yes" if v else "no",
        )
    if f.kind == "int":
        whole = int(current) if isinstance(current, int | float) else None
        return st.number_input(f.label, min_value=0, step=1, value=whole, key=key)
    if f.kind == "share":
        value = float(current) if isinstance(current, int | float) else None
        return st.number_input(f.label, 0.0, 1.0, value=value, step=0.05, key=key)
    if f.kind == "date":
        try:
            day = date.fromisoformat(str(current)) if current else None
        except ValueError:
            day = None
        return st.date_input(f.label, value=day, key=key)
    return st.text_input(f.label, value=current or "", key=key)


def value_inputs(facet: str, current: dict, *, key: str) -> dict:
    """The facet's value fields, filled with ``current``; returns the value as typed, a date
    as ISO and an empty field as None. A key field left empty is a ValueError naming it."""
    value = {}
    for f in FIELDS.get(facet, ()):
        typed = _field(f, current.get(f.name), f"{key}_{f.name}")
        if isinstance(typed, str):
            typed = typed.strip() or None
        if isinstance(typed, date):
            typed = typed.isoformat()
        if f.kind == "int" and typed is not None:
            typed = int(typed)
        value[f.name] = typed
    return value


def check_value(facet: str, value: dict) -> dict:
    """``value`` if every key field is filled; a message naming the one that is not."""
    for name in KEY_FIELDS.get(facet, ()):
        if value.get(name) is None and not (name == "channel" and value.get("kind") == "opt_out"):
            label = next(f.label for f in FIELDS[facet] if f.name == name)
            raise ValueError(f"fill in '{label}'")
    return value
