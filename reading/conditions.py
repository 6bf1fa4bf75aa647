"""What a person told us, as conditions a recruiter can see and correct.

A *condition* is one thing read from free text about a person (a motivation, the note on why an
application ended, a touchpoint note, an imported field): what it is about (the *facet*), which
way it points (the *polarity*), a typed *value*, and where it came from (the exact span, the day
it was said, how it was found and how sure the reader is).

Polarity:
- ``must``  — a hard condition the role has to meet ("remote only", "won't go below £90k",
  "needs sponsorship", "not before March" for a wait).
- ``avoid`` — something that rules a role out or that they refuse ("no on-call", "never again in
  retail", "stop emailing me").
- ``wish``  — a preference that makes a role more attractive ("would love to lead a team").

Facets and the keys of their values (keys marked * decide whether two conditions are the same;
the others are detail):

| facet          | value                                                                       |
|----------------|-----------------------------------------------------------------------------|
| work_mode      | mode* (remote, hybrid, onsite); days (office days a week, int)              |
| location       | place* (a city, region or country, as written, title case)                  |
| commute        | minutes (most they accept, int); to (the place a refused journey goes to)   |
| relocation     | willing* (true: would move / wants to move; false: will not move); place    |
| pay            | amount* (int, in the currency's unit), currency* (ISO: GBP, EUR, USD…),      |
|                | period (year, month, day, hour), kind (floor: least they accept; ask)       |
| visa           | kind* (needs_sponsorship, has_right_to_work); place                         |
| schedule       | kind* (shifts, nights, weekends, on_call, part_time, four_day_week, fifo,   |
|                | flexible_hours, overtime, guaranteed_hours); hours (a week, int)            |
| travel         | share (most they accept, 0–1)                                               |
| contract       | kind* (permanent, contract, freelance, fixed_term); form (US: w2, 1099, c2c) |
| management     | kind* (manage: lead people; hands_on: individual contributor)               |
| company        | kind* (startup, scaleup, enterprise, small, large, agency, consultancy,     |
|                | public_sector, nonprofit)                                                   |
| industry       | name* (lower case: fintech, retail, healthcare, gambling, defence, …);      |
|                | scope (the part of it named: "fashion" retail)                              |
| mission        | name* (lower case: climate, health, education, social impact, …)            |
| technology     | name* (lower case canonical: kubernetes, python, react, aws, …)            |
| title          | title* (as a recruiter would write it: "staff engineer", lower case)        |
| seniority      | level* (intern, junior, mid, senior, staff, lead, manager, director,        |
|                | executive)                                                                  |
| driving        | kind* (licence: can drive; car: has a car of their own); until (the month a    |
|                | driving ban ends). avoid: cannot ("no licence", "no car"); wish: has one      |
| clearance      | level* (baseline, nv1, nv2, pv; public_trust, reliability, secret,         |
|                | top_secret; ctc, sc, dv; none when unnamed). wish: holds it now; avoid:     |
|                | does not (lapsed, refused, never vetted, won't be vetted again)             |
| contact        | kind* (opt_out, opt_in, channel); channel* (email, phone, linkedin, …) when |
|                | kind is channel; opt_in (wish) takes back an earlier opt-out                |
| wait           | until* (ISO date: the first day they are open again; a month resolves to its |
|                | first day, a season or quarter to its first month)                          |
| topic          | words (stems of the object's content words), phrase* (the object as written):|
|                | what no other facet reads ("no more helicopters"), ``reading.topics``        |

A wait is always ``must``; an opt-out is always ``contact`` / ``avoid`` / ``{"kind": "opt_out"}``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

FACETS = (
    "work_mode",
    "location",
    "commute",
    "relocation",
    "pay",
    "visa",
    "schedule",
    "travel",
    "contract",
    "management",
    "company",
    "industry",
    "mission",
    "technology",
    "title",
    "seniority",
    "driving",
    "clearance",
    "language",
    "contact",
    "wait",
    "topic",
)
POLARITIES = ("must", "avoid", "wish")

# The value keys that make two conditions of a facet the same condition (see the table above).
KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "work_mode": ("mode",),
    "location": ("place",),
    "commute": (),
    "relocation": ("willing",),
    "pay": ("amount", "currency"),
    "visa": ("kind",),
    "schedule": ("kind",),
    "travel": (),
    "contract": ("kind",),
    "management": ("kind",),
    "company": ("kind",),
    "industry": ("name",),
    "mission": ("name",),
    "technology": ("name",),
    "title": ("title",),
    "seniority": ("level",),
    "driving": ("kind",),
    "clearance": ("level",),
    "language": ("language",),
    "contact": ("kind", "channel"),
    "wait": ("until",),
    "topic": ("phrase",),
}


@dataclass(frozen=True)
class Condition:
    """One thing read from one text. ``start``/``end`` index the source text."""

    facet: str
    polarity: str
    value: dict[str, Any] = field(default_factory=dict)
    start: int = 0
    end: int = 0
    confidence: float = 1.0
    method: str = "rule"
    said_at: date | None = None

    def key(self) -> tuple:
        """What makes two conditions the same (facet, polarity and the facet's key values)."""
        return (
            self.facet,
            self.polarity,
            *(_norm(self.value.get(k)) for k in KEY_FIELDS.get(self.facet, ())),
        )


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip().casefold()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
