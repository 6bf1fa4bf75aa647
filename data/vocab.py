"""Controlled vocabularies shared by the importers, the matcher and the UI.

Values are stored as plain strings (not database enums) so a new word never needs a
schema migration; these enums are the single place the allowed words are listed.
"""

from enum import StrEnum


class Stage(StrEnum):
    applied = "applied"
    screen = "screen"
    interview = "interview"
    onsite = "onsite"
    final = "final"
    offer = "offer"


# Order matters: a later stage means the team knew the person better.
STAGE_ORDER: dict[str, int] = {s.value: i for i, s in enumerate(Stage)}


class Outcome(StrEnum):
    rejected = "rejected"
    withdrew = "withdrew"
    declined_offer = "declined_offer"
    hired = "hired"
    position_closed = "position_closed"


class Reason(StrEnum):
    skills_gap = "skills_gap"
    experience_level = "experience_level"
    compensation = "compensation"
    location = "location"
    remote_policy = "remote_policy"
    timing = "timing"
    other_candidate = "other_candidate"
    headcount = "headcount"
    culture_fit = "culture_fit"
    conduct = "conduct"
    not_interested = "not_interested"
    counteroffer = "counteroffer"
    no_show = "no_show"
    spam = "spam"
    duplicate = "duplicate"
    other = "other"


# Dispositions that mean the record should never resurface in rankings.
EXCLUDED_REASONS = frozenset({Reason.spam, Reason.duplicate})


class RemotePolicy(StrEnum):
    remote = "remote"
    hybrid = "hybrid"
    onsite = "onsite"


class Seniority(StrEnum):
    intern = "intern"
    junior = "junior"
    mid = "mid"
    senior = "senior"
    staff = "staff"
    lead = "lead"
    manager = "manager"
    director = "director"
    executive = "executive"


SENIORITY_ORDER: dict[str, int] = {s.value: i for i, s in enumerate(Seniority)}


class OpeningStatus(StrEnum):
    open = "open"
    on_hold = "on_hold"
    closed = "closed"
    filled = "filled"


class Channel(StrEnum):
    email = "email"
    phone = "phone"
    linkedin = "linkedin"
    meeting = "meeting"
    other = "other"


class Direction(StrEnum):
    outbound = "outbound"
    inbound = "inbound"


class TouchpointKind(StrEnum):
    check_in = "check_in"
    re_engagement = "re_engagement"
    feedback = "feedback"
    rejection = "rejection"
    note = "note"


class TouchpointOutcome(StrEnum):
    no_reply = "no_reply"
    replied = "replied"
    interested = "interested"
    not_interested = "not_interested"


class MotivationCategory(StrEnum):
    """Why people move. The matcher pairs these with what an opening offers."""

    remote = "remote"
    leadership = "leadership"
    compensation = "compensation"
    work_life_balance = "work_life_balance"
    stack = "stack"
    mission = "mission"
    title = "title"
    stability = "stability"
    relocation = "relocation"
    growth = "growth"
    other = "other"
