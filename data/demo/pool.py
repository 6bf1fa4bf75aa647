"""Build the deterministic demo pool: past candidates, their history with the team, and openings.

The pool is the first thing every user sees, so it has to read like a real recruiting team's
database: people with coherent careers and résumés, applications that ended for realistic
reasons in the recruiter's own words, touchpoints that thin out over time, and a handful of
hand-designed scenario people (``SCENARIOS``) the matching tests rely on.

Rules this module keeps:

* Only ``random.Random(seed)`` is used, never the global generator, and nothing reads the
  clock: every date is an offset back from ``as_of``. Same ``as_of`` and seed, same pool.
* Every past application links to a past (closed/filled) opening generated here, so its
  location, remote policy and band are on record. Load openings before applications and
  touchpoints, and candidates before applications and touchpoints.
* Words live in the ``content*`` modules; this module only decides who gets which.
"""

import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from data.demo import content_notes as notes
from data.demo.content import (
    ALT_EDUCATION,
    BOSSES,
    BULLETS,
    COMPANIES,
    COMPANY,
    COUNTRIES,
    DNC_CONDUCT_REASON,
    DNC_REASONS,
    EDUCATION_HEADINGS,
    EMAIL_DOMAINS,
    EVENTS,
    EXPERIENCE_HEADINGS,
    EXTRA_TAGS,
    GENERIC_SKILL_WORDS,
    HEADLINES,
    LANGUAGE_LEVELS,
    MONTHS_SHORT,
    OPEN_TO_WORK_HEADLINE,
    PRESENT_WORDS,
    RECRUITER_WEIGHTS,
    RESUME_EXTRAS,
    ROLE_CONTEXT,
    SKILLS_LABELS,
    SOURCES,
    SUMMARY_HEADINGS,
    UNIVERSITIES,
)
from data.demo.content_families_data import DATA_FAMILIES
from data.demo.content_families_eng import ENG_FAMILIES
from data.demo.content_families_gtm import GTM_FAMILIES
from data.demo.content_families_ops import OPS_FAMILIES
from data.demo.content_families_product import PRODUCT_FAMILIES
from data.demo.content_motivations import (
    CATEGORY_WEIGHTS,
    DOMAINS,
    MOTIVATIONS,
    NOT_BEFORE,
    OFFICE_PREFERENCE,
    RELOCATION_CITIES,
    SOURCES_AT_APPLICATION,
    SOURCES_AT_FINAL,
    SOURCES_AT_OFFER,
    SOURCES_AT_WITHDRAWAL,
)
from data.demo.content_names import CULTURES
from data.demo.content_open_roles import OPEN_OPENINGS
from data.demo.content_openings import (
    BANDS_K,
    HYBRID_DAYS,
    MIN_YEARS,
    OFFICE_WEIGHTS,
    OFFICES,
    ONSITE_DAYS,
    PAST_INTROS,
    REMOTE_REGIONS,
    TEAM_NOUNS,
)
from data.demo.content_scenarios import SCENARIO_PAST_OPENINGS, SCENARIO_PEOPLE

__all__ = [
    "DemoPool",
    "SCENARIOS",
    "SCENARIO_OPENINGS",
    "SCENARIO_PAST_OPENING_IDS",
    "build_demo_pool",
]

# --- public constants --------------------------------------------------------------------

# Scenario name -> candidate external id (fixed, whatever the seed).
SCENARIOS: dict[str, str] = {name: spec["id"] for name, spec in SCENARIO_PEOPLE.items()}
# Open openings the scenarios target, by name -> external id.
_OPEN_IDS = {spec["key"]: f"DEMO-O{i:03d}" for i, spec in enumerate(OPEN_OPENINGS, start=1)}
SCENARIO_OPENINGS: dict[str, str] = {
    key: _OPEN_IDS[key] for key in ("remote_backend", "higher_band", "onsite_role", "lead_role")
}
# The past roles the scenario people went through (closed/filled), by key -> external id.
SCENARIO_PAST_OPENING_IDS: dict[str, str] = {
    key: f"DEMO-O{i:03d}" for i, key in enumerate(SCENARIO_PAST_OPENINGS, start=101)
}
_FIRST_RANDOM_PAST_OPENING = 121
TOTAL_CANDIDATES = 460


@dataclass(frozen=True)
class DemoPool:
    candidates: list[dict]
    openings: list[dict]
    applications: list[dict]
    touchpoints: list[dict]


# --- small vocabularies of the generator -------------------------------------------------

FAMILIES: dict[str, dict] = {
    **ENG_FAMILIES,
    **DATA_FAMILIES,
    **PRODUCT_FAMILIES,
    **GTM_FAMILIES,
    **OPS_FAMILIES,
}
_GROUPS: dict[str, set[str]] = {
    "eng": {"backend", "frontend", "mobile", "platform"},
    "data": {"data_eng", "analytics", "ml"},
    "product": {"design", "product"},
    "gtm": {"sales", "customer_success", "marketing"},
    "ops": {"finance", "people"},
}
_GROUPS["tech"] = _GROUPS["eng"] | _GROUPS["data"]

# Comparable level of a seniority for "too junior / too senior" decisions (staff ~ lead).
_LEVEL = {"junior": 0, "mid": 1, "senior": 2, "staff": 3, "lead": 3, "manager": 4, "director": 5}
_SENIORITY_WEIGHTS = {
    "junior": 12,
    "mid": 30,
    "senior": 30,
    "staff": 6,
    "lead": 9,
    "manager": 8,
    "director": 5,
}
_YEARS = {
    "junior": (0.6, 2.4),
    "mid": (2.5, 5.4),
    "senior": (5.0, 10.5),
    "staff": (8.0, 16.0),
    "lead": (7.0, 14.0),
    "manager": (7.0, 15.0),
    "director": (11.0, 22.0),
}
_CURRENCY_SYMBOL = {"EUR": "€", "GBP": "£", "USD": "$"}
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_NUMBER_WORDS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "twenty-one",
    "twenty-two",
)

# How an application ended: (outcome, reason key, stage weights, weight). The reason key is
# the vocabulary reason, or a finer key for the note pool ("experience_junior").
_ENDINGS: list[tuple[str, str, dict[str, int], float]] = [
    ("rejected", "skills_gap", {"applied": 30, "screen": 30, "interview": 30, "onsite": 10}, 17),
    ("rejected", "experience_junior", {"applied": 15, "screen": 45, "interview": 40}, 7),
    ("rejected", "experience_senior", {"applied": 30, "screen": 60, "interview": 10}, 2.5),
    ("rejected", "compensation_rejected", {"screen": 80, "interview": 20}, 4),
    ("declined_offer", "compensation_declined", {"offer": 1}, 2.5),
    ("rejected", "location_rejected", {"applied": 50, "screen": 50}, 2.5),
    ("withdrew", "location_withdrew", {"screen": 40, "interview": 40, "onsite": 20}, 2),
    ("declined_offer", "location_declined", {"offer": 1}, 0.7),
    ("withdrew", "remote_policy", {"screen": 40, "interview": 40, "onsite": 20}, 3),
    ("declined_offer", "remote_policy", {"offer": 1}, 1.5),
    ("withdrew", "timing_withdrew", {"screen": 50, "interview": 50}, 3),
    ("rejected", "timing_rejected", {"applied": 70, "screen": 30}, 2),
    ("rejected", "other_candidate", {"final": 1}, 11),
    ("rejected", "other_candidate_onsite", {"onsite": 1}, 2),
    (
        "position_closed",
        "headcount",
        {"applied": 20, "screen": 30, "interview": 30, "onsite": 15, "final": 5},
        5,
    ),
    ("withdrew", "not_interested", {"screen": 50, "interview": 35, "onsite": 15}, 4),
    ("withdrew", "other_withdrew", {"screen": 30, "interview": 50, "onsite": 20}, 4),
    ("declined_offer", "other_declined", {"offer": 1}, 0.7),
    ("declined_offer", "counteroffer", {"offer": 1}, 2),
    ("rejected", "culture_fit", {"interview": 40, "onsite": 40, "final": 20}, 3.5),
    ("rejected", "conduct", {"interview": 60, "onsite": 40}, 0.5),
    ("rejected", "no_show", {"screen": 60, "interview": 40}, 1.5),
    ("rejected", "spam", {"applied": 1}, 1),
    ("rejected", "duplicate", {"applied": 1}, 0.7),
    ("rejected", "other", {"screen": 40, "interview": 60}, 1.5),
]
# Endings that happen to one person at most once.
_ONCE = {"culture_fit", "conduct", "no_show", "spam", "duplicate"}
# Note-pool key -> vocabulary reason.
_REASON_OF = {
    "experience_junior": "experience_level",
    "experience_senior": "experience_level",
    "compensation_rejected": "compensation",
    "compensation_declined": "compensation",
    "location_rejected": "location",
    "location_withdrew": "location",
    "location_declined": "location",
    "timing_withdrew": "timing",
    "timing_rejected": "timing",
    "other_candidate_onsite": "other_candidate",
    "other_withdrew": "other",
    "other_declined": "other",
}
# Days from application to decision, by the last stage reached.
_STAGE_DAYS = {
    "applied": (2, 14),
    "screen": (6, 20),
    "interview": (12, 30),
    "onsite": (18, 40),
    "final": (24, 50),
    "offer": (30, 60),
}
_STAGE_WORDS = {
    "applied": "CV review",
    "screen": "screen",
    "interview": "technical interview",
    "onsite": "onsite",
    "final": "final round",
    "offer": "offer stage",
}
# Ratings (panel average) by how it ended.
_RATING = {
    "other_candidate": (4.0, 4.9),
    "other_candidate_onsite": (3.6, 4.3),
    "skills_gap": (2.0, 3.4),
    "experience_junior": (2.6, 3.7),
    "experience_senior": (3.2, 4.2),
    "culture_fit": (1.8, 3.0),
    "conduct": (1.0, 2.0),
}


def _weighted(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _in_filter(spec, family: str, seniority: str | None = None, sen_spec=None) -> bool:
    """Whether a content entry's family/seniority filter admits this person."""
    if spec is not None:
        allowed = {spec} if isinstance(spec, str) else set(spec)
        expanded = set()
        for item in allowed:
            expanded |= _GROUPS.get(item, {item})
        if family not in expanded:
            return False
    return sen_spec is None or seniority in sen_spec


# --- text helpers ----------------------------------------------------------------------

_FOLD = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
    }
)


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return re.sub(r"[^a-z0-9]", "", text.encode("ascii", "ignore").decode().lower())


def _money(amount: int, currency: str) -> str:
    return f"{_CURRENCY_SYMBOL[currency]}{round(amount / 1000)}k"


def _round_k(value: float, step: int = 5000) -> int:
    return int(round(value / step) * step)


def _years_phrase(rng: random.Random, years: float) -> str:
    n = int(years)
    if n < 1:
        return "nearly a year"
    if n == 1:
        return "over a year"
    return rng.choice([f"{n}+ years", f"{_NUMBER_WORDS[min(n, 22)]} years", f"over {n} years"])


def _years_words(years: float) -> str:
    """'eight', 'seven and a half', 'almost four' — for the hand-written scenario résumés."""
    n, frac = int(years), years - int(years)
    if frac >= 0.75:
        return f"almost {_NUMBER_WORDS[n + 1]}"
    if frac >= 0.45:
        return f"{_NUMBER_WORDS[n]} and a half"
    return _NUMBER_WORDS[n]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Slots(dict):
    """Values for ``{slots}`` in content templates, drawn on first use and then kept, so a
    template that says {n} twice gets the same number."""

    _INT_RANGES = {
        "pct": (12, 65),
        "pct_s": (4, 20),
        "x": (2, 6),
        "n": (3, 12),
        "n_s": (2, 5),
        "n_b": (14, 40),
        "team": (4, 14),
        "k": (20, 900),
        "weeks": (3, 10),
        "months": (4, 9),
        "hours": (4, 40),
        "acc_lo": (78, 91),
        "acc_hi": (96, 99),
        "nps_lo": (8, 28),
        "nps_hi": (38, 62),
        "mins_hi": (14, 28),
        "mins_lo": (3, 8),
        "quota": (104, 148),
        "mo_hi": (6, 9),
        "mo_lo": (3, 5),
        "nrr_lo": (97, 104),
        "nrr_hi": (110, 124),
        "close_hi": (8, 14),
        "close_lo": (4, 6),
        "tth_hi": (55, 80),
        "tth_lo": (28, 40),
        "hc": (80, 400),
    }

    def __init__(self, rng: random.Random, symbol: str = "€", **fixed):
        super().__init__(fixed)
        self.rng = rng
        self.symbol = symbol

    def __missing__(self, key: str):
        rng = self.rng
        if key in self._INT_RANGES:
            value = str(rng.randint(*self._INT_RANGES[key]))
        elif key == "ms_hi":
            value = str(rng.randrange(600, 1500, 50))
        elif key == "ms_lo":
            value = str(rng.randrange(60, 250, 5))
        elif key == "size":
            value = str(rng.randrange(15, 120, 5))
        elif key == "size2":
            value = str(rng.randrange(150, 900, 50))
        elif key == "people":
            value = str(rng.randrange(120, 800, 10))
        elif key == "count":
            value = f"{rng.randrange(200, 5000, 10):,}"
        elif key == "m":
            value = f"{rng.uniform(1.2, 9.5):.1f}"
        elif key == "s_hi":
            value = f"{rng.uniform(3.1, 5.8):.1f}"
        elif key == "s_lo":
            value = f"{rng.uniform(1.1, 2.4):.1f}"
        elif key == "money":
            value = f"{self.symbol}{rng.uniform(1.1, 9.5):.1f}M"
        elif key == "money_k":
            value = f"{self.symbol}{rng.randrange(80, 900, 10)}k"
        else:
            raise KeyError(key)
        self[key] = value
        return value


def _fill(template: str, slots: _Slots) -> str:
    return template.format_map(slots)


# --- the build context -----------------------------------------------------------------


@dataclass
class _Opening:
    """An opening plus what the generator needs to know about it beyond the stored fields."""

    record: dict
    family: str
    stack: list[str]
    days: str | None  # office attendance, e.g. "3 days a week"; None for remote roles
    city: str | None
    country: str | None
    recruiter: str
    opened_days: int
    closed_days: int  # days ago the process ended (0 for open roles)

    @property
    def external_id(self) -> str:
        return self.record["external_id"]

    @property
    def level(self) -> int:
        return _LEVEL[self.record["seniority"]]


@dataclass
class _Person:
    external_id: str
    family: str
    seniority: str
    years: float
    country: str
    city: str
    culture: str
    first: str
    last: str
    full_name: str
    skills: list[str]
    stack_platform: str | None
    stack_size: int  # the first ``stack_size`` skills are the person's core stack
    company: str
    prev_company: str
    current_title: str = ""
    apps: list[dict] = field(default_factory=list)
    app_meta: list[tuple[str, _Opening, int, int]] = field(default_factory=list)
    touches: list[dict] = field(default_factory=list)
    motivations: list[dict] = field(default_factory=list)
    office_person: bool = False
    waiting: bool = False  # told us "not before <month>"
    boomerang: tuple | None = None  # (title, hired days ago, left days ago)


class _Builder:
    def __init__(self, as_of: date, seed: int):
        self.as_of = as_of
        self.rng = random.Random(seed)
        self.anchor = datetime.combine(as_of, time(0), UTC)
        self.used_names: set[str] = set()
        self.used_emails: set[str] = set()
        self.open: list[_Opening] = []
        self.past: list[_Opening] = []
        self.by_id: dict[str, _Opening] = {}

    # dates ---------------------------------------------------------------------------

    def at(self, days_ago: float, hour: int | None = None) -> datetime:
        """A working-hours moment about ``days_ago`` days before the demo date.

        Recruiters do not phone people on a Sunday or on Christmas Eve: weekends move back to
        the Friday and the last week of the year to before it.
        """
        if hour is None:
            hour = self.rng.randint(8, 17)
        minute = self.rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
        day = self.as_of - timedelta(days=int(days_ago))
        while (
            day.weekday() >= 5 or (day.month, day.day) >= (12, 24) or (day.month, day.day) == (1, 1)
        ):
            day -= timedelta(days=1)
        return datetime.combine(day, time(hour, minute), UTC)

    def day(self, days_ago: int) -> date:
        return self.as_of - timedelta(days=int(days_ago))

    def month_ahead(self, months: int) -> str:
        index = (self.as_of.month - 1 + months) % 12
        return _MONTHS[index]

    def year_of(self, months_ago: int) -> int:
        return (self.as_of - timedelta(days=int(months_ago * 30.44))).year

    def recruiter(self, family: str) -> str:
        return _weighted(self.rng, RECRUITER_WEIGHTS[FAMILIES[family]["group"]])

    # openings ------------------------------------------------------------------------

    def build_open_openings(self) -> None:
        for index, spec in enumerate(OPEN_OPENINGS, start=1):
            record = {
                "external_id": f"DEMO-O{index:03d}",
                "title": spec["title"],
                "department": spec["department"],
                "location": spec["location"],
                "remote_policy": spec["remote_policy"],
                "seniority": spec["seniority"],
                "salary_min": spec["salary_min"],
                "salary_max": spec["salary_max"],
                "currency": spec["currency"],
                "description": spec["description"],
                "requirements": spec["requirements"],
                "offers": list(spec["offers"]),
                "status": "open",
                "opened_at": self.anchor
                - timedelta(days=spec["opened_days_ago"])
                + timedelta(hours=9),
            }
            city = spec["location"].split(",")[0] if spec["remote_policy"] != "remote" else None
            group = FAMILIES[spec["family"]]["group"]
            recruiter = max(RECRUITER_WEIGHTS[group], key=RECRUITER_WEIGHTS[group].get)
            opening = _Opening(
                record, spec["family"], [], None, city, None, recruiter, spec["opened_days_ago"], 0
            )
            self.open.append(opening)
            self.by_id[opening.external_id] = opening

    def _past_text(
        self, rng, family, title, team, stack, seniority, policy, city, days, band, currency
    ):
        """Description, requirements and offers of a past role, from the family's phrases."""
        fam = FAMILIES[family]
        stack_text = ", ".join(stack[:3])
        duties = [d.format(stack=stack_text, team=team) for d in rng.sample(fam["duties"], 3)]
        description = (
            f"{rng.choice(PAST_INTROS)} We're hiring a {title} for the {team} team.\n\n"
            f"In this role you will {duties[0]}; {duties[1]}; and {duties[2]}."
        )
        min_years = MIN_YEARS[seniority]
        reqs = [
            f"{min_years}+ years in a similar role"
            if min_years
            else "A first role, internship or strong projects in the field",
            f"Hands-on with {stack[0]} and {stack[1]}",
        ]
        if len(stack) > 2:
            reqs.append(f"Experience with {stack[2]}")
        if seniority in ("lead", "manager", "director"):
            reqs.append("Experience leading and developing a team")
        reqs.append(rng.choice(fam["reqs"]))
        extra = [s for s in fam["extra_skills"] if s not in stack]
        reqs.append(f"Nice to have: {rng.choice(extra)}")
        if policy == "remote":
            where = next(r[3] for r in REMOTE_REGIONS if r[1] == currency)
        elif policy == "hybrid":
            where = f"Hybrid: {days} in the {city} office"
        else:
            where = f"On-site in {city}, {days}"
        offers = [
            where,
            f"Band {_money(band[0], currency)}–{_money(band[1], currency)}",
            f"Title: {title}",
        ]
        if fam["group"] in ("eng", "data"):
            offers.append(f"Stack: {stack_text}")
        if seniority in ("lead", "manager", "director"):
            offers.append(f"Lead a team of {rng.randint(3, 9)} {TEAM_NOUNS[family]}")
        if policy != "remote" and rng.random() < 0.4:
            offers.append(f"Relocation support to {city}")
        return description, "\n".join(reqs), offers

    def _band(self, rng, family, seniority, multiplier) -> tuple[int, int]:
        lo, hi = BANDS_K[seniority]
        factor = FAMILIES[family]["band"] * multiplier * rng.uniform(0.96, 1.04)
        low, high = _round_k(lo * 1000 * factor), _round_k(hi * 1000 * factor)
        return low, max(high, low + 10000)

    def build_scenario_past_openings(self) -> None:
        for key, spec in SCENARIO_PAST_OPENINGS.items():
            # A private generator keeps the scenario roles identical whatever the seed.
            rng = random.Random(f"encore-demo-{key}")
            stack = ["Python", "PostgreSQL", "Kafka", "FastAPI"]
            city = spec["location"].split(",")[0] if spec["remote_policy"] != "remote" else None
            description, requirements, offers = self._past_text(
                rng,
                "backend",
                spec["title"],
                spec["team"],
                stack,
                spec["seniority"],
                spec["remote_policy"],
                city,
                spec["days"],
                (spec["salary_min"], spec["salary_max"]),
                spec["currency"],
            )
            record = {
                "external_id": SCENARIO_PAST_OPENING_IDS[key],
                "title": spec["title"],
                "department": "Engineering",
                "location": spec["location"],
                "remote_policy": spec["remote_policy"],
                "seniority": spec["seniority"],
                "salary_min": spec["salary_min"],
                "salary_max": spec["salary_max"],
                "currency": spec["currency"],
                "description": description,
                "requirements": requirements,
                "offers": offers,
                "status": spec["status"],
                "opened_at": self.anchor
                - timedelta(days=spec["opened_days_ago"])
                + timedelta(hours=10),
            }
            country = spec["location"].split(", ")[1] if city else None
            opening = _Opening(
                record,
                "backend",
                stack,
                spec["days"],
                city,
                country,
                spec["recruiter"],
                spec["opened_days_ago"],
                0,
            )
            self.by_id[opening.external_id] = opening

    def build_random_past_openings(self) -> None:
        rng = self.rng
        number = _FIRST_RANDOM_PAST_OPENING
        for family, fam in FAMILIES.items():
            count = 5 + fam["weight"] // 2
            ladder = ["junior", "mid", "mid", "senior", "senior", "senior"]
            top = [
                "staff" if "staff" in fam["titles"] and rng.random() < 0.5 else "lead",
                rng.choice(["manager", "director"]),
                "senior",
                "mid",
                "senior",
                "lead",
            ]
            seniorities = (ladder + top)[:count]
            for seniority in seniorities:
                _weight, platform, stack = rng.choices(
                    fam["stacks"], weights=[s[0] for s in fam["stacks"]]
                )[0]
                title = rng.choice(fam["titles"][seniority]).format(platform=platform or "")
                team = rng.choice(fam["teams"])
                if seniority in ("mid", "senior", "staff") and rng.random() < 0.35:
                    title = f"{title}, {team}"
                policy = _weighted(rng, {"remote": 33, "hybrid": 42, "onsite": 25})
                if policy == "remote":
                    location, currency, mult, _ = rng.choices(REMOTE_REGIONS, weights=[6, 3, 1.5])[
                        0
                    ]
                    city = country = days = None
                else:
                    city = _weighted(rng, OFFICE_WEIGHTS)
                    country, currency, mult = OFFICES[city]
                    location = f"{city}, {country}"
                    days = rng.choice(HYBRID_DAYS if policy == "hybrid" else ONSITE_DAYS)
                band = self._band(rng, family, seniority, mult)
                opened = rng.randint(75, 905)
                closed = max(8, opened - rng.randint(45, 100))
                description, requirements, offers = self._past_text(
                    rng, family, title, team, stack, seniority, policy, city, days, band, currency
                )
                record = {
                    "external_id": f"DEMO-O{number:03d}",
                    "title": title,
                    "department": fam["department"],
                    "location": location,
                    "remote_policy": policy,
                    "seniority": seniority,
                    "salary_min": band[0],
                    "salary_max": band[1],
                    "currency": currency,
                    "description": description,
                    "requirements": requirements,
                    "offers": offers,
                    "status": "closed" if rng.random() < 0.25 else "filled",
                    "opened_at": self.at(opened, hour=9),
                }
                opening = _Opening(
                    record,
                    family,
                    list(stack),
                    days,
                    city,
                    country,
                    self.recruiter(family),
                    opened,
                    closed,
                )
                self.past.append(opening)
                self.by_id[opening.external_id] = opening
                number += 1

    # people ----------------------------------------------------------------------------

    def _name(self, culture: str) -> tuple[str, str, str]:
        pool = CULTURES[culture]
        rng = self.rng
        for _ in range(50):
            gender = rng.choice("fm")
            first = rng.choice(pool[gender].split())
            last = rng.choice(pool["last"].split())
            if "|" in last:
                last = last.split("|")[0 if gender == "m" else 1]
            last = last.replace("_", " ")
            full = f"{first} {last}"
            if full not in self.used_names:
                self.used_names.add(full)
                return first, last, full
        raise RuntimeError(f"ran out of names for {culture}")

    def _email(self, first: str, last: str) -> str:
        rng = self.rng
        f, lname = _ascii(first), _ascii(last)
        shapes = [
            f"{f}.{lname}",
            f"{f[0]}.{lname}",
            f"{f}{lname}",
            f"{f}_{lname}",
            f"{lname}.{f}",
            f"{f}{lname[0]}",
            f"{f}.{lname}{rng.randint(10, 99)}",
        ]
        local = rng.choices(shapes, weights=[8, 3, 3, 1, 1, 1, 2])[0]
        domain = rng.choice(EMAIL_DOMAINS)
        email = f"{local}@{domain}"
        while email in self.used_emails:
            email = f"{local}{rng.randint(2, 99)}@{domain}"
        self.used_emails.add(email)
        return email

    def _phone(self, country: str, city: str) -> str:
        info = COUNTRIES[country]
        pattern = next(c[2] for c in info["cities"] if c[0] == city)
        if info["mobile"] and self.rng.random() < 0.4:
            pattern = info["mobile"]
        rng = self.rng
        return re.sub(
            r"\{d(\d)\}",
            lambda m: "".join(str(rng.randint(0, 9)) for _ in range(int(m.group(1)))),
            pattern,
        )

    def family_quota(self, count: int) -> list[str]:
        """Families for ``count`` people in proportion to their weights, shuffled: exact shares
        whatever the seed, so no seed leaves a family nearly empty."""
        total = sum(f["weight"] for f in FAMILIES.values())
        shares = {k: count * f["weight"] / total for k, f in FAMILIES.items()}
        quota = {k: int(v) for k, v in shares.items()}
        by_remainder = sorted(shares, key=lambda k: shares[k] - quota[k], reverse=True)
        for key in by_remainder[: count - sum(quota.values())]:
            quota[key] += 1
        families = [k for k in FAMILIES for _ in range(quota[k])]
        self.rng.shuffle(families)
        return families

    def new_person(self, external_id: str, family: str) -> _Person:
        rng = self.rng
        fam = FAMILIES[family]
        seniority = _weighted(
            rng, {s: w for s, w in _SENIORITY_WEIGHTS.items() if s in fam["titles"]}
        )
        lo, hi = _YEARS[seniority]
        years = (
            round(rng.uniform(lo, hi) * 2) / 2
            if rng.random() < 0.7
            else round(rng.uniform(lo, hi), 1)
        )
        country = _weighted(rng, {c: i["weight"] for c, i in COUNTRIES.items()})
        cities = COUNTRIES[country]["cities"]
        city = rng.choices([c[0] for c in cities], weights=[c[1] for c in cities])[0]
        culture = _weighted(rng, COUNTRIES[country]["cultures"])
        first, last, full = self._name(culture)
        _, platform, stack = rng.choices(fam["stacks"], weights=[s[0] for s in fam["stacks"]])[0]
        keep = stack if rng.random() < 0.7 else stack[: max(2, len(stack) - 1)]
        extras = rng.sample(
            [s for s in fam["extra_skills"] if s not in keep],
            rng.randint(2, 5 if seniority != "junior" else 3),
        )
        companies = rng.sample(COMPANIES, 2)
        return _Person(
            external_id,
            family,
            seniority,
            years,
            country,
            city,
            culture,
            first,
            last,
            full,
            list(keep) + extras,
            platform,
            len(keep),
            companies[0][0],
            companies[1][0],
        )

    # applications --------------------------------------------------------------------

    def _seniority_then(self, person: _Person, days_ago: int) -> str:
        years_then = person.years - days_ago / 365.25
        return _seniority_at(years_then, person.seniority)

    def _compatible(self, ending: str, opening: _Opening, person: _Person, level_then: int):
        record = opening.record
        policy, status = record["remote_policy"], record["status"]
        if ending == "experience_junior":
            return level_then < opening.level <= level_then + 2
        if ending == "experience_senior":
            return opening.level < level_then
        if abs(opening.level - level_then) > 1:
            return False
        if ending == "remote_policy":
            return policy in ("onsite", "hybrid")
        if ending.startswith("location"):
            return policy in ("onsite", "hybrid") and opening.city != person.city
        if ending == "headcount":
            return status == "closed"
        if ending.startswith("other_candidate") or ending == "hired":
            return status == "filled"
        return True

    def _pick_opening(self, person, ending, taken, window=(0, 905)):
        options, weights = [], []
        for opening in self.past:
            if opening.family != person.family or opening.external_id in taken["ids"]:
                continue
            if not window[0] <= opening.opened_days <= window[1]:
                continue
            # Nobody applies long before their career started.
            if opening.opened_days > person.years * 365 + 150:
                continue
            if any(abs(opening.opened_days - d) < 75 for d in taken["days"]):
                continue
            level_then = _LEVEL[self._seniority_then(person, opening.opened_days)]
            if not self._compatible(ending, opening, person, level_then):
                continue
            options.append(opening)
            weights.append(4 if opening.level == level_then else 1)
        if not options:
            return None
        return self.rng.choices(options, weights=weights)[0]

    def _note(
        self,
        key: str,
        stage: str,
        person: _Person,
        opening: _Opening,
        years_then: float,
        decided_days: int,
    ) -> str:
        rng = self.rng
        if key == "experience_junior" and years_then >= 5:
            key = "experience_junior_leader"  # a senior who was not ready for the next step
        # Notes quote only what the team had seen by then: a CV, a screen call, interviews.
        variant = {"applied": "_cv", "screen": "_screen"}.get(stage, "")
        if f"{key}{variant}" in notes.REASON_NOTES:
            key = f"{key}{variant}"
        if key == "remote_policy" and opening.country == person.country and rng.random() < 0.6:
            key = "remote_policy_local"
        pool = [text for text, spec in notes.REASON_NOTES[key] if _in_filter(spec, person.family)]
        missing = [
            s
            for s in opening.stack + FAMILIES[person.family]["extra_skills"]
            if s not in person.skills
        ]
        currency = opening.record["currency"]
        cap = opening.record["salary_max"]
        others = [c[0] for c in COMPANIES if c[0] not in (person.company, person.prev_company)]
        slots = _Slots(
            rng,
            skill=_phrase(rng.choice(missing)) if missing else "the core stack",
            skill_have=_phrase(rng.choice(person.skills)),
            city=opening.city or "the nearest",
            country=opening.country or "the EU",
            days=opening.days or "regular days",
            ask=_money(_round_k(cap * rng.uniform(1.08, 1.3)), currency),
            cap=_money(cap, currency),
            years=("a year" if years_then < 1.5 else f"{round(years_then * 2) / 2:g} years"),
            other_company=rng.choice(others),
            home_city=person.city,
            month=_MONTHS[(self.day(decided_days).month + rng.randint(1, 3)) % 12],
            distance=rng.choice(["an hour", "90 minutes", "over an hour by train"]),
            quarter=f"Q{(self.day(decided_days).month - 1) // 3 + 1}",
        )
        return _fill(rng.choice(pool), slots)

    def _application(self, person: _Person, ending_index: int | None, opening: _Opening):
        """One application of ``person`` to ``opening``, ending as ``_ENDINGS[ending_index]``
        (or in a hire when the index is None)."""
        rng = self.rng
        if ending_index is None:  # a hire (boomerang)
            outcome, key, stage = "hired", "hired", "offer"
        else:
            outcome, key, stages, _ = _ENDINGS[ending_index]
            stage = _weighted(rng, stages)
        applied_days = opening.opened_days - rng.randint(1, 25)
        lo, hi = _STAGE_DAYS[stage]
        decided_days = max(opening.closed_days, applied_days - rng.randint(lo, hi))
        years_then = person.years - applied_days / 365.25
        reason = None if key == "hired" else _REASON_OF.get(key, key)
        note = (
            "Offer accepted"
            if key == "hired"
            else self._note(key, stage, person, opening, years_then, decided_days)
        )
        rating = None
        late = stage in ("interview", "onsite", "final", "offer")
        if key in ("spam", "duplicate", "no_show") or not (late or rng.random() < 0.25):
            rating = None
        elif key in _RATING:
            rating = round(rng.uniform(*_RATING[key]), 1)
        elif outcome in ("declined_offer", "hired"):
            rating = round(rng.uniform(3.9, 4.8), 1)
        else:
            rating = round(rng.uniform(2.6, 4.2), 1)
        feedback = None
        if outcome == "rejected" and late and key not in ("no_show", "conduct"):
            if key == "other_candidate":
                feedback = rng.random() < 0.75
            else:
                feedback = _weighted(rng, {True: 50, False: 40, None: 10})
        elif outcome == "rejected" and stage == "screen" and rng.random() < 0.3:
            feedback = rng.random() < 0.65
        applied_at, decided_at = self.at(applied_days), self.at(decided_days)
        if decided_at <= applied_at:  # both fell back onto the same working day
            decided_at = applied_at + timedelta(hours=3)
        record = {
            "candidate_external_id": person.external_id,
            "opening_external_id": opening.external_id,
            "role_title": opening.record["title"],
            "applied_at": applied_at,
            "stage_reached": stage,
            "outcome": outcome,
            "reason": reason,
            "reason_note": note,
            "feedback_given": feedback,
            "decided_at": decided_at,
            "rating": rating,
        }
        person.apps.append(record)
        person.app_meta.append((key, opening, applied_days, decided_days))

    def add_applications(self, person: _Person) -> None:
        rng = self.rng
        taken = {"ids": set(), "days": []}
        if person.boomerang is not None:
            opening = self._pick_opening(person, "hired", taken, window=(760, 905))
            if opening is None:
                person.boomerang = None
            else:
                self._application(person, None, opening)
                taken["ids"].add(opening.external_id)
                taken["days"].append(opening.opened_days)
                hired_days = person.app_meta[-1][3]
                left_days = rng.randint(90, max(91, hired_days - 380))
                person.boomerang = (opening.record["title"], hired_days, left_days)
        count = _weighted(rng, {0: 2, 1: 44, 2: 39, 3: 15})
        if person.seniority == "director":
            count = min(count, 1) or 1
        if person.boomerang:
            count = min(count, 1)
        weights = [e[3] for e in _ENDINGS]
        for _ in range(count):
            for _attempt in range(15):
                index = rng.choices(range(len(_ENDINGS)), weights=weights)[0]
                key = _ENDINGS[index][1]
                if key == "duplicate" and not person.apps:
                    continue  # a duplicate needs an original
                if key in _ONCE and any(meta[0] == key for meta in person.app_meta):
                    continue  # one no-show or culture misfit is a story; two is a pattern
                opening = self._pick_opening(person, _ENDINGS[index][1], taken)
                if opening is not None:
                    break
            else:
                continue
            self._application(person, index, opening)
            taken["ids"].add(opening.external_id)
            taken["days"].append(opening.opened_days)
        # Oldest first reads naturally on a timeline.
        order = sorted(range(len(person.apps)), key=lambda i: person.apps[i]["applied_at"])
        person.apps = [person.apps[i] for i in order]
        person.app_meta = [person.app_meta[i] for i in order]

    # touchpoints ---------------------------------------------------------------------

    def _touch(
        self, person, days_ago, channel, direction, kind, note, outcome, recruiter, opening_id=None
    ):
        channel = _channel_for(note, channel)
        person.touches.append(
            {
                "candidate_external_id": person.external_id,
                "opening_external_id": opening_id,
                "at": self.at(days_ago),
                "channel": channel,
                "direction": direction,
                "kind": kind,
                "note": note,
                "outcome": outcome,
                "recruiter": recruiter,
            }
        )

    def _touch_slots(self, person: _Person, **extra) -> _Slots:
        fam = FAMILIES[person.family]
        missing = [s for s in fam["extra_skills"] if s not in person.skills]
        group = fam["group"]
        return _Slots(
            self.rng,
            company=person.company,
            skill_have=_phrase(self.rng.choice(person.skills)),
            skill=_phrase(self.rng.choice(missing)) if missing else "system design",
            area=fam["area"],
            event=self.rng.choice(EVENTS[group]),
            home_city=person.city,
            title_next=_next_title(person),
            **extra,
        )

    def add_history_touchpoints(self, person: _Person) -> None:
        """What happened around each application: rejections, feedback, withdrawals."""
        rng = self.rng
        for app, (key, opening, _applied, decided) in zip(
            person.apps, person.app_meta, strict=True
        ):
            recruiter = opening.recruiter
            oid = opening.external_id
            slots = self._touch_slots(
                person, role=app["role_title"], stage=_STAGE_WORDS[app["stage_reached"]]
            )
            outcome, stage = app["outcome"], app["stage_reached"]
            if key in ("spam", "duplicate", "hired"):
                continue
            if key == "no_show":
                self._touch(
                    person,
                    decided + 1,
                    "email",
                    "outbound",
                    "check_in",
                    rng.choice(notes.NO_SHOW),
                    "no_reply",
                    recruiter,
                    oid,
                )
            elif outcome == "rejected" and stage == "applied":
                if rng.random() < 0.7:
                    self._touch(
                        person,
                        decided,
                        "email",
                        "outbound",
                        "rejection",
                        rng.choice(notes.REJECTION_AUTO),
                        None,
                        recruiter,
                        oid,
                    )
            elif outcome == "rejected":
                phone = stage in ("onsite", "final") and rng.random() < 0.5
                result = (
                    "replied"
                    if phone
                    else _weighted(rng, {None: 45, "replied": 35, "no_reply": 20})
                )
                pool = notes.REJECTION_PERSONAL[result]
                if phone:
                    pool = [n for n in pool if "Phoned" in n or "Called" in n] or pool
                else:
                    pool = [n for n in pool if "Phoned" not in n and "Called" not in n]
                self._touch(
                    person,
                    decided,
                    "phone" if phone else "email",
                    "outbound",
                    "rejection",
                    _fill(rng.choice(pool), slots),
                    result,
                    recruiter,
                    oid,
                )
            elif outcome == "position_closed":
                self._touch(
                    person,
                    decided,
                    "email",
                    "outbound",
                    "rejection",
                    _fill(rng.choice(notes.CLOSED_ROLE), slots),
                    _weighted(rng, {"replied": 60, "no_reply": 40}),
                    recruiter,
                    oid,
                )
            elif outcome == "withdrew":
                self._touch(
                    person,
                    decided,
                    rng.choice(["email", "phone"]),
                    "inbound",
                    "note",
                    _fill(rng.choice(notes.WITHDRAWAL), slots),
                    None,
                    recruiter,
                    oid,
                )
            elif outcome == "declined_offer":
                self._touch(
                    person,
                    decided,
                    "phone",
                    "inbound",
                    "note",
                    _fill(rng.choice(notes.DECLINE), slots),
                    None,
                    recruiter,
                    oid,
                )
            if app["feedback_given"] and stage != "applied":
                self._touch(
                    person,
                    max(1, decided - rng.randint(2, 9)),
                    rng.choice(["phone", "meeting", "email"]),
                    "outbound",
                    "feedback",
                    _fill(rng.choice(notes.FEEDBACK), slots),
                    "replied",
                    recruiter,
                    oid,
                )

    def add_follow_ups(self, person: _Person) -> None:
        """Check-ins, re-engagement and inbound messages after the last process."""
        rng = self.rng
        if person.app_meta:
            start = min(meta[3] for meta in person.app_meta)
            recruiter = person.app_meta[-1][1].recruiter
        else:
            # Met outside a process (meetup, referral): the first note is that meeting.
            start = rng.randint(60, 600)
            recruiter = self.recruiter(person.family)
            slots = self._touch_slots(person)
            first_note = rng.choice(
                [
                    notes.NOTE_INTERNAL[2],
                    notes.INBOUND["interested"][0],
                    notes.INBOUND["interested"][2],
                ]
            )
            self._touch(
                person,
                start,
                "meeting",
                "inbound",
                "note",
                _fill(first_note, slots),
                "interested",
                recruiter,
            )
        if person.boomerang:
            title, _hired, left = person.boomerang
            self._touch(
                person,
                left,
                "meeting",
                "inbound",
                "note",
                f"Exit interview: leaving {title} role for {person.company}; would "
                f"consider coming back",
                "replied",
                recruiter,
            )
            start = left
        profile = _weighted(rng, {"silent": 30, "light": 45, "warm": 25})
        if profile == "silent":
            return
        gaps = (70, 260) if profile == "light" else (45, 170)
        limit = rng.randint(1, 2) if profile == "light" else rng.randint(2, 4)
        t = start - rng.randint(*gaps)
        done = 0
        while t > 1 and done < limit:
            self._follow_up(person, t, recruiter, warm=profile == "warm")
            done += 1
            t -= rng.randint(*gaps)

    def _follow_up(self, person, days_ago, recruiter, warm: bool) -> None:
        rng = self.rng
        slots = self._touch_slots(person)
        kind = _weighted(
            rng,
            {"check_in": 55, "inbound": 20, "re_engagement": 25}
            if warm
            else {"check_in": 85, "re_engagement": 15},
        )
        if kind == "re_engagement":
            role = self._role_open_at(person, days_ago)
            if role is None:
                kind = "check_in"
        if kind == "inbound":
            outcome = _weighted(rng, {"interested": 55, "replied": 45})
            self._touch(
                person,
                days_ago,
                rng.choice(["linkedin", "email"]),
                "inbound",
                "note",
                _fill(rng.choice(notes.INBOUND[outcome]), slots),
                outcome,
                recruiter,
            )
        elif kind == "re_engagement":
            outcome = _weighted(
                rng, {"no_reply": 30, "replied": 30, "interested": 22, "not_interested": 18}
            )
            if role.closed_days > 0 and outcome == "interested":
                outcome = "replied"  # they did not apply, so interest went nowhere
            slots["open_role"] = role.record["title"]
            self._touch(
                person,
                days_ago,
                rng.choice(["email", "linkedin"]),
                "outbound",
                "re_engagement",
                _fill(rng.choice(notes.RE_ENGAGEMENT[outcome]), slots),
                outcome,
                recruiter,
                role.external_id,
            )
        else:
            weights = (
                {"no_reply": 25, "replied": 42, "interested": 23, "not_interested": 10}
                if warm
                else {"no_reply": 42, "replied": 35, "interested": 10, "not_interested": 13}
            )
            outcome = _weighted(rng, weights)
            channel = _weighted(rng, {"email": 60, "linkedin": 28, "phone": 12})
            self._touch(
                person,
                days_ago,
                channel,
                "outbound",
                "check_in",
                _fill(rng.choice(notes.CHECK_IN[outcome]), slots),
                outcome,
                recruiter,
            )

    def _role_open_at(self, person: _Person, days_ago: int) -> _Opening | None:
        """A role in the person's family that was open on that day and they did not apply to."""
        applied = {meta[1].external_id for meta in person.app_meta}
        level = _LEVEL[person.seniority]
        options = [
            o
            for o in self.open + self.past
            if o.family == person.family
            and o.closed_days <= days_ago <= o.opened_days
            and abs(o.level - level) <= 1
            and o.external_id not in applied
        ]
        return self.rng.choice(options) if options else None

    def add_recent_contact(self, person: _Person) -> None:
        """A message in the last two weeks, usually about a role open now."""
        rng = self.rng
        days_ago = rng.randint(2, 14)
        recruiter = (
            person.app_meta[-1][1].recruiter if person.app_meta else self.recruiter(person.family)
        )
        role = self._role_open_at(person, days_ago)
        slots = self._touch_slots(person)
        if role is not None and role.closed_days == 0:
            outcome = _weighted(
                rng, {"no_reply": 45, "replied": 20, "interested": 25, "not_interested": 10}
            )
            slots["open_role"] = role.record["title"]
            self._touch(
                person,
                days_ago,
                "email",
                "outbound",
                "re_engagement",
                _fill(rng.choice(notes.RE_ENGAGEMENT[outcome]), slots),
                outcome,
                recruiter,
                role.external_id,
            )
        else:
            outcome = _weighted(rng, {"no_reply": 50, "replied": 35, "interested": 15})
            self._touch(
                person,
                days_ago,
                "email",
                "outbound",
                "check_in",
                _fill(rng.choice(notes.CHECK_IN[outcome]), slots),
                outcome,
                recruiter,
            )

    # motivations ---------------------------------------------------------------------

    def _statement(self, person: _Person, category: str, taken: set[str]) -> str | None:
        rng = self.rng
        fam = FAMILIES[person.family]
        if category == "remote" and person.office_person:
            category = "office"
        if category == "office":
            pool = list(OFFICE_PREFERENCE)
        else:
            pool = [
                text
                for text, fams, sens in MOTIVATIONS[category]
                if _in_filter(fams, person.family, person.seniority, sens)
            ]
        pool = [p for p in pool if p not in taken]
        if not pool:
            return None
        template = rng.choice(pool)
        taken.add(template)
        return _fill(template, self._motivation_slots(person, fam))

    def _motivation_slots(self, person: _Person, fam: dict) -> _Slots:
        rng = self.rng
        targets = [c for c in RELOCATION_CITIES if c[0] != person.city]
        city, country = rng.choice(targets)
        currency = {"£": "GBP", "$": "USD"}.get(COUNTRIES[person.country]["symbol"], "EUR")
        lo, hi = BANDS_K[person.seniority]
        mult = {"GBP": 0.92, "USD": 1.5}.get(currency, 1.0)
        ask = _round_k(hi * 1000 * fam["band"] * mult * rng.uniform(1.02, 1.22))
        return _Slots(
            rng,
            city=city,
            country=country,
            home_city=person.city,
            tool=rng.choice(fam["tools_wanted"]),
            tool_old=rng.choice(fam["tools_old"]),
            ask=_money(ask, currency),
            domain=rng.choice(DOMAINS),
            n=str(rng.randint(4, 9)),
            area=fam["area"],
            month=self.month_ahead(rng.randint(2, 6)),
        )

    def add_motivations(self, person: _Person, not_before: tuple[str, str] | None) -> None:
        rng = self.rng
        fam = FAMILIES[person.family]
        taken: set[str] = set()
        chosen: list[tuple[str, str, datetime, str]] = []

        def add(category, statement, at, source):
            if statement and statement not in {c[1] for c in chosen}:
                chosen.append((category, statement, at, source))

        # What they told us when a process ended is the most reliable signal we have.
        for app, (key, *_rest) in zip(person.apps, person.app_meta, strict=True):
            category = {
                "remote_policy": "remote",
                "compensation_declined": "compensation",
                "compensation_rejected": "compensation",
                "counteroffer": "compensation",
                "location_declined": "remote",
                "location_withdrew": "relocation",
                "experience_junior": "growth",
                "not_interested": "growth",
                "location_rejected": "relocation",
            }.get(key)
            if category is None or rng.random() < 0.25:
                continue
            if key == "experience_junior" and rng.random() < 0.5:
                category = "title" if person.seniority in ("mid", "junior") else "growth"
            source = {
                "offer": rng.choice(SOURCES_AT_OFFER),
                "final": rng.choice(SOURCES_AT_FINAL),
            }.get(
                app["stage_reached"],
                rng.choice(SOURCES_AT_WITHDRAWAL)
                if app["outcome"] == "withdrew"
                else rng.choice(SOURCES_AT_APPLICATION),
            )
            add(category, self._statement(person, category, taken), app["decided_at"], source)

        if not_before is not None:
            category, template = not_before
            days_ago = rng.randint(12, 90)
            statement = _fill(template, self._motivation_slots(person, fam))
            channel = _weighted(rng, {"phone": 40, "linkedin": 35, "email": 25})
            source = {
                "phone": "check-in call",
                "linkedin": "LinkedIn message",
                "email": "email reply",
            }[channel]
            recruiter = (
                person.app_meta[-1][1].recruiter
                if person.app_meta
                else self.recruiter(person.family)
            )
            self._touch(
                person,
                days_ago,
                channel,
                "outbound",
                "check_in",
                f"Caught up — they said: “{statement}”",
                "replied",
                recruiter,
            )
            add(category, statement, person.touches[-1]["at"], source)

        target = _weighted(rng, {1: 30, 2: 40, 3: 22, 4: 8})
        moments = self._moments(person)
        for _ in range(12):
            if len(chosen) >= target:
                break
            category = _weighted(rng, CATEGORY_WEIGHTS)
            if any(c[0] == category for c in chosen):
                continue
            at, source = rng.choice(moments)
            add(
                category if not (category == "remote" and person.office_person) else "other",
                self._statement(person, category, taken),
                at,
                source,
            )
        if not chosen:  # every person has at least one reason on record
            at, source = rng.choice(moments)
            add("growth", self._statement(person, "growth", taken), at, source)
        person.motivations = [
            {"statement": statement, "category": category, "stated_at": at, "source": source}
            for category, statement, at, source in sorted(chosen, key=lambda c: c[2])
        ]

    def _moments(self, person: _Person) -> list[tuple[datetime, str]]:
        """When and where a motivation could have been said: screens, replies, exit surveys."""
        rng = self.rng
        moments = []
        for app in person.apps:
            if app["reason"] in ("spam", "duplicate"):
                continue
            if app["outcome"] == "hired":
                continue
            if app["stage_reached"] == "applied":
                moments.append((app["applied_at"], "application form"))
            else:
                moments.append(
                    (
                        app["applied_at"] + timedelta(days=rng.randint(3, 9)),
                        rng.choice(SOURCES_AT_APPLICATION[:2]),
                    )
                )
        by_channel = {
            "linkedin": "LinkedIn message",
            "phone": "check-in call",
            "email": "email reply",
            "meeting": "coffee chat",
        }
        for touch in person.touches:
            if touch["direction"] == "inbound" or touch["outcome"] in ("replied", "interested"):
                moments.append((touch["at"], by_channel[touch["channel"]]))
        if person.boomerang:
            moments = [(self.at(person.boomerang[2]), "exit survey")] + moments
        if not moments:
            moments.append((self.at(rng.randint(30, 400)), "LinkedIn message"))
        return moments

    # résumé and profile ----------------------------------------------------------------

    def career(self, person: _Person) -> list[dict]:
        """Roles newest first: title, company, blurb, start and end (months ago)."""
        rng = self.rng
        fam = FAMILIES[person.family]
        total = max(7, round(person.years * 12))
        companies = {c[0]: c[1] for c in COMPANIES}
        names = [person.company, person.prev_company] + [
            c[0]
            for c in rng.sample(COMPANIES, 6)
            if c[0] not in (person.company, person.prev_company)
        ]
        variant = rng.randrange(3)
        roles: list[dict] = []
        if person.boomerang:
            title, hired, left = person.boomerang
            left_m, hired_m = max(1, round(left / 30.44)), round(hired / 30.44)
            roles.append(
                {"title": person.current_title, "company": names[0], "start": left_m, "end": 0}
            )
            roles.append({"title": title, "company": COMPANY, "start": hired_m, "end": left_m})
            names = names[1:]
            cursor = hired_m
        else:
            first = min(total, rng.randint(10, 54))
            if total - first < 8:  # no one-month jobs at the start of a career
                first = total
            roles.append(
                {"title": person.current_title, "company": names[0], "start": first, "end": 0}
            )
            cursor = first
        index = 1
        while cursor < total and len(roles) < 4:
            if total - cursor < 8:  # too short for a job of its own: extend the previous one
                roles[-1]["start"] = total
                break
            length = min(total - cursor, rng.randint(14, 40))
            if len(roles) == 3 or total - cursor - length < 8:
                length = total - cursor
            # The title someone held midway through the role.
            years_then = person.years - (cursor + length / 2) / 12
            seniority = _seniority_at(years_then, person.seniority)
            options = fam["titles"][seniority]
            title = options[min(variant, len(options) - 1)].format(
                platform=person.stack_platform or ""
            )
            roles.append(
                {"title": title, "company": names[index], "start": cursor + length, "end": cursor}
            )
            cursor += length
            index += 1
        for role in roles:
            role["blurb"] = companies.get(role["company"])
        return roles

    def resume(self, person: _Person, email: str, phone: str) -> str:
        rng = self.rng
        fam = FAMILIES[person.family]
        symbol = COUNTRIES[person.country]["symbol"]
        roles = self.career(person)
        # Longer careers tend to longer résumés; some pass 300 words so chunking matters.
        band = _weighted(
            rng,
            {"short": 50, "medium": 40, "long": 10}
            if person.years < 3
            else {"short": 25, "medium": 40, "long": 35}
            if person.years < 7
            else {"short": 12, "medium": 33, "long": 55},
        )
        per_role = {"short": [2, 1, 1, 1], "medium": [3, 2, 2, 1], "long": [5, 4, 4, 3]}[band]
        # Achievements carry an optional level: "senior"/"lead" are minimums (a graduate role
        # does not mentor four engineers), "early" means junior or mid only (SDR work).
        pool = [(a, None) if isinstance(a, str) else a for a in fam["achievements"]]
        rng.shuffle(pool)
        # Bullets name tools from the person's core stack, so "in {skill}" stays sensible.
        stack = person.skills[: person.stack_size]

        def slots_for() -> _Slots:
            first, second = rng.sample(stack, 2) if len(stack) > 1 else (stack[0], stack[0])
            return _Slots(
                rng,
                symbol,
                skill=_phrase(first),
                skill2=_phrase(second),
                lang=stack[0],
                product=rng.choice(fam["products"]),
                tool_old=rng.choice(fam["tools_old"]),
            )

        def take(level: int, count: int) -> list[str]:
            nonlocal pool
            fits = [a for a in pool if _level_fits(a[1], level)][:count]
            pool = [a for a in pool if a not in fits]
            return [_fill(text, slots_for()) for text, _min in fits]

        levels = [
            _LEVEL[_seniority_at(person.years - role["end"] / 12, person.seniority)]
            for role in roles
        ]
        bullets = [take(level, per_role[min(i, 3)]) for i, level in enumerate(levels)]
        contexts = [
            _fill(rng.choice(ROLE_CONTEXT), _Slots(rng, boss=rng.choice(BOSSES[person.family])))
            if rng.random() < (0.5 if band == "long" else 0.2)
            else None
            for _role in roles
        ]
        summary_slots = slots_for()
        summary_slots.update(years=_years_phrase(rng, person.years), focus=rng.choice(fam["focus"]))
        level = _LEVEL[person.seniority]
        fitting = [
            s if isinstance(s, str) else s[0]
            for s in fam["summaries"]
            if isinstance(s, str) or _level_fits(s[1], level)
        ]
        summaries = [rng.choice(fitting)]
        if band == "long":  # a second paragraph, but say the years only once
            others = [s for s in fitting if "{years}" not in s and s != summaries[0]]
            summaries += rng.sample(others, min(1, len(others)))
        summary = " ".join(_cap(_fill(s, summary_slots)) for s in summaries)

        use_month = rng.random() < 0.5

        def when(months_ago: int, months: bool = False) -> str:
            day = self.as_of - timedelta(days=int(months_ago * 30.44))
            if use_month or months:
                return f"{MONTHS_SHORT[day.month - 1]} {day.year}"
            return str(day.year)

        present = rng.choice(PRESENT_WORDS)
        bullet = rng.choice(BULLETS)
        line_shape = rng.randrange(4)
        show_blurb = rng.random() < 0.6
        show_contact = rng.random() < 0.6
        headings = (
            rng.choice(SUMMARY_HEADINGS),
            rng.choice(EXPERIENCE_HEADINGS),
            rng.choice(EDUCATION_HEADINGS),
            rng.choice(SKILLS_LABELS),
        )
        education = self._education(person, roles)
        extras = []
        if fam["certs"] and rng.random() < (0.5 if band == "long" else 0.2):
            extras.append(f"Certifications: {rng.choice(fam['certs'])}")
        if rng.random() < (0.8 if band == "long" else 0.4):
            extras.append(f"Languages: {self._languages(person)}")
        extra_count = (
            rng.randint(1, 3) if band == "long" else int(band == "medium" and rng.random() < 0.4)
        )
        # Conference talks come later in a career.
        sections = [h for h in RESUME_EXTRAS if h != "Talks" or person.years >= 5]
        for heading in rng.sample(sections, min(extra_count, len(sections))):
            line = rng.choice(RESUME_EXTRAS[heading])
            extras.append(
                f"{heading}: "
                + line.format(
                    event=rng.choice(EVENTS[fam["group"]]), focus=rng.choice(fam["focus"])
                )
            )

        def render(with_bullets: list[list[str]]) -> str:
            parts = [person.full_name, f"{person.current_title} · {person.city}, {person.country}"]
            if show_contact:
                parts.append(f"{email} · {phone}")
            parts += ["", headings[0], summary, "", headings[1]]
            for role, items, context in zip(roles, with_bullets, contexts, strict=True):
                start = when(role["start"])
                end = present if role["end"] == 0 else when(role["end"])
                if end == start:  # a role within one calendar year: show the months
                    start, end = when(role["start"], True), when(role["end"], True)
                title, company = role["title"], role["company"]
                head = [
                    f"{title} — {company} ({start}–{end})",
                    f"{company} · {title} · {start}–{end}",
                    f"{title} | {company} | {start} – {end}",
                    f"{title}, {company}\n{start} – {end}",
                ][line_shape]
                parts.append(head)
                if show_blurb and role["blurb"]:
                    parts.append(_cap(role["blurb"]) + ".")
                if context:
                    parts.append(context)
                parts += [f"{bullet}{item}" for item in items]
                parts.append("")
            parts += [headings[2], education, ""]
            parts.append(f"{headings[3]}: {', '.join(person.skills)}")
            parts += extras
            return "\n".join(parts).strip() + "\n"

        text = render(bullets)
        # Keep every résumé between 120 and 450 words: add or drop bullets.
        fillers = [
            f"{heading}: {rng.choice(RESUME_EXTRAS[heading])}"
            for heading in ("Interests", "Volunteering")
        ]
        while len(text.split()) < 120:
            extra = take(levels[0], 1)
            if extra:
                bullets[0] += extra
            elif fillers:  # a short early career: the person fills the page differently
                extras.append(fillers.pop())
            else:
                break
            text = render(bullets)
        while len(text.split()) > 450:
            longest = max(range(len(bullets)), key=lambda i: (len(bullets[i]), i))
            if len(bullets[longest]) <= 1:
                break
            bullets[longest].pop()
            text = render(bullets)
        return text

    def _education(self, person: _Person, roles: list[dict]) -> str:
        rng = self.rng
        fam = FAMILIES[person.family]
        grad_year = self.year_of(roles[-1]["start"] + rng.choice((0, 3, 8)))
        group = "design" if person.family == "design" else fam["group"]
        if group in ALT_EDUCATION and rng.random() < 0.1:
            return f"{rng.choice(ALT_EDUCATION[group])} ({grad_year})"
        culture = CULTURES[person.culture]
        if culture.get("unis") and rng.random() < 0.55:
            university = rng.choice(culture["unis"])
        else:
            university = rng.choice(UNIVERSITIES[person.country])
        degree = rng.choice(fam["degrees"])
        if rng.random() < 0.5:
            return f"{degree}, {university} ({grad_year})"
        return f"{university} — {degree}, {grad_year}"

    def _languages(self, person: _Person) -> str:
        native = CULTURES[person.culture]["lang"] or COUNTRIES[person.country]["language"]
        local = COUNTRIES[person.country]["language"]
        items = (
            ["English (native)"]
            if native == "English"
            else [f"{native} (native)", "English (fluent)"]
        )
        if local not in (native, "English"):
            items.append(f"{local} ({self.rng.choice(LANGUAGE_LEVELS)})")
        return ", ".join(items)

    def headline(self, person: _Person) -> str:
        rng = self.rng
        fam = FAMILIES[person.family]
        skills = person.skills + ["", "", ""]
        values = {
            "title": person.current_title,
            "company": person.company,
            "prev_company": person.prev_company,
            "focus": rng.choice(fam["focus"]),
            "years": int(person.years) or 1,
            "s1": skills[0],
            "s2": skills[1],
            "s3": skills[2],
        }
        if rng.random() < 0.05 and not person.waiting:
            return OPEN_TO_WORK_HEADLINE.format(**values)
        shapes = list(HEADLINES)
        if person.years < 2:
            shapes = [s for s in shapes if "{years}" not in s]
        return rng.choice(shapes).format(**values)

    # putting a random person together --------------------------------------------------

    def finish_person(self, person: _Person, not_before) -> dict:
        rng = self.rng
        fam = FAMILIES[person.family]
        title = rng.choice(fam["titles"][person.seniority]).format(
            platform=person.stack_platform or ""
        )
        person.current_title = title
        if rng.random() < 0.06 and person.seniority != "junior" and person.years > 3:
            person.boomerang = ("pending", 0, 0)
        self.add_applications(person)
        self.add_history_touchpoints(person)
        self.add_follow_ups(person)
        if rng.random() < 0.07:
            self.add_recent_contact(person)
        person.office_person = rng.random() < 0.05
        person.waiting = not_before is not None
        self.add_motivations(person, not_before)
        email = self._email(person.first, person.last)
        phone = self._phone(person.country, person.city)
        source = _weighted(rng, SOURCES[fam["group"]])
        if not person.apps and source in ("Careers page", "Greenhouse import"):
            source = rng.choice(["Meetup", "Referral", "LinkedIn"])
        tags = []
        if any(meta[0] == "other_candidate" for meta in person.app_meta):
            tags.append("silver-medalist")
        if source == "Referral":
            tags.append("referral")
        if person.boomerang:
            tags.append("boomerang")
        if any(app["outcome"] == "declined_offer" for app in person.apps):
            tags.append("offer-declined")
        first_contact = min(
            [t["at"] for t in person.touches]
            + [a["applied_at"] for a in person.apps]
            + [self.anchor]
        )
        if source in ("Meetup", "Conference"):
            event = rng.choice(EVENTS[fam["group"]])
            slug = re.sub(r"[^a-z0-9]+", "-", _ascii_words(event)).strip("-")
            tags.append(f"{slug}-{first_contact.year}")
            if source == "Conference":
                tags.append(f"conference-{first_contact.year}")
        locals_ = COUNTRIES[person.country]["cultures"]
        local = person.culture == max(locals_, key=locals_.get)
        for tag, weight in EXTRA_TAGS:
            if rng.random() >= weight / 100:
                continue
            # Nobody needs a visa where they grew up, or flags German in Germany.
            if (tag == "visa-sponsorship-needed" and local) or (
                tag == "german-speaker" and person.country == "Germany"
            ):
                continue
            tags.append(tag)
        return {
            "external_id": person.external_id,
            "full_name": person.full_name,
            "email": email,
            "phone": phone,
            "location": f"{person.city}, {person.country}",
            "headline": self.headline(person),
            "current_title": title,
            "skills": list(person.skills),
            "years_experience": float(person.years),
            "resume_text": self.resume(person, email, phone),
            "tags": tags,
            "do_not_contact": False,
            "do_not_contact_reason": None,
            "do_not_contact_at": None,
            "consent_until": None,
            "source": source,
            "motivations": person.motivations,
        }

    # scenarios -------------------------------------------------------------------------

    def scenario_person(self, spec: dict) -> tuple[dict, list[dict], list[dict]]:
        rng = random.Random(f"encore-demo-{spec['id']}")
        now_s, prev_s, prev_e, first_s, first_e, grad = spec["timeline"]
        city = spec["location"].split(",")[0]
        blurbs = {c[0]: c[1] for c in COMPANIES}
        company_now, company_prev, company_first = spec["companies"]
        resume = spec["resume"].format(
            name=spec["name"],
            city=city,
            current_title=spec["title"],
            years_words=_years_words(spec["years"]),
            years_words_cap=_cap(_years_words(spec["years"])),
            company_now=company_now,
            company_now_blurb=_cap(blurbs[company_now]) + ".",
            company_prev=company_prev,
            company_first=company_first or "",
            now_start=self.year_of(now_s),
            prev_start=self.year_of(prev_s),
            prev_end=self.year_of(prev_e),
            first_start=self.year_of(first_s) if first_s else "",
            first_end=self.year_of(first_e) if first_e else "",
            degree=spec["degree"],
            university=spec["university"],
            grad_year=self.year_of(grad),
            skills_line=", ".join(spec["skills"]),
            extra=spec.get("extra", ""),
        )

        def moment(days_ago: int, hour: int) -> datetime:
            return self.anchor - timedelta(days=days_ago) + timedelta(hours=hour)

        apps = []
        for key, applied, decided, stage, outcome, reason, note, feedback, rating in spec["apps"]:
            opening = self.by_id[SCENARIO_PAST_OPENING_IDS[key]]
            apps.append(
                {
                    "candidate_external_id": spec["id"],
                    "opening_external_id": opening.external_id,
                    "role_title": opening.record["title"],
                    "applied_at": moment(applied, 9),
                    "stage_reached": stage,
                    "outcome": outcome,
                    "reason": reason,
                    "reason_note": note,
                    "feedback_given": feedback,
                    "decided_at": moment(decided, 16),
                    "rating": rating,
                }
            )
        touches = []
        for days, channel, direction, kind, note, outcome, key, recruiter in spec["touches"]:
            touches.append(
                {
                    "candidate_external_id": spec["id"],
                    "opening_external_id": SCENARIO_PAST_OPENING_IDS[key] if key else None,
                    "at": moment(days, 11 + rng.randint(0, 5)),
                    "channel": channel,
                    "direction": direction,
                    "kind": kind,
                    "note": note,
                    "outcome": outcome,
                    "recruiter": recruiter,
                }
            )
        dnc_days = spec.get("dnc_days")
        record = {
            "external_id": spec["id"],
            "full_name": spec["name"],
            "email": spec["email"],
            "phone": spec["phone"],
            "location": spec["location"],
            "headline": spec["headline"],
            "current_title": spec["title"],
            "skills": list(spec["skills"]),
            "years_experience": float(spec["years"]),
            "resume_text": resume,
            "tags": list(spec["tags"]),
            "do_not_contact": dnc_days is not None,
            "do_not_contact_reason": (
                spec["dnc_reason"].format(date=self.day(dnc_days)) if dnc_days is not None else None
            ),
            # End of that working day, so the request itself is on record before it.
            "do_not_contact_at": moment(dnc_days, 17) if dnc_days is not None else None,
            "consent_until": self.as_of + timedelta(days=spec["consent_days"]),
            "source": spec["source"],
            "motivations": [
                {
                    "statement": text,
                    "category": category,
                    "stated_at": moment(days, 15),
                    "source": source,
                }
                for text, category, days, source in spec["motivations"]
            ],
        }
        self.used_names.add(spec["name"])
        self.used_emails.add(spec["email"])
        return record, apps, touches


def _seniority_at(years_then: float, final: str) -> str:
    """The level someone had ``years_then`` years into a career that ends at ``final``."""
    if years_then < 2.5:
        level = "junior"
    elif years_then < 5:
        level = "mid"
    else:
        level = "senior"
    if final == "staff" and years_then >= 8:
        level = "staff"
    if final in ("lead", "manager", "director") and years_then >= 7:
        level = "lead"
    if final in ("manager", "director") and years_then >= 9:
        level = "manager"
    if final == "director" and years_then >= 12:
        level = "director"
    return final if _LEVEL[level] > _LEVEL[final] else level


def _next_title(person: _Person) -> str:
    titles = FAMILIES[person.family]["titles"]
    order = [s for s in ("junior", "mid", "senior", "lead", "manager", "director") if s in titles]
    current = person.seniority if person.seniority in order else "senior"
    step = order[min(order.index(current) + 1, len(order) - 1)]
    return titles[step][0].format(platform=person.stack_platform or "Mobile")


def _phrase(skill: str) -> str:
    """A skill as written mid-sentence: "System design" -> "system design", "PR" stays."""
    base = re.sub(r"\s*\(.*\)$", "", skill)  # "Accessibility (WCAG 2.2)" -> "Accessibility"
    words = base.split()
    rest = [w for w in words[1:] if w != "&"]
    generic = base in GENERIC_SKILL_WORDS or (
        words[0][1:].islower()
        and (len(words) > 1 or "-" in base)
        and all(w.islower() for w in rest)
    )
    return skill[:1].lower() + skill[1:] if generic else skill


def _level_fits(tag: str | None, level: int) -> bool:
    if tag is None:
        return True
    if tag == "early":
        return level <= _LEVEL["mid"]
    return _LEVEL[tag] <= level


def _channel_for(note: str, default: str) -> str:
    """The channel a note itself names ("LinkedIn nudge", "Feedback call"), else ``default``."""
    lowered = note.lower()
    if "linkedin" in lowered:
        return "linkedin"
    if re.search(r"\bcall(ed)?\b|phoned|phone", lowered):
        return "phone"
    if re.search(r"coffee|session|\bmet at\b|say hi|exit interview", lowered):
        return "meeting"
    if re.search(r"e-?mail|\bsent\b|template|\bats\b|greenhouse|written", lowered):
        return "email"
    return default


def _ascii_words(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


# --- post-processing: consent and do-not-contact ------------------------------------------


def _last_activity_days(
    builder: _Builder, candidate: dict, apps: list[dict], touches: list[dict]
) -> int:
    moments = [a["decided_at"] for a in apps] + [t["at"] for t in touches]
    if not moments:
        return 10_000
    return (builder.anchor - max(moments)).days


def _apply_consent_and_dnc(
    builder: _Builder, people: list[tuple[dict, list, list]], total: int
) -> None:
    """~5% with consent lapsed, ~4% do-not-contact, the rest consented 6–24 months ahead.

    Chosen after everything else so the history stays consistent: nobody is contacted after
    asking not to be, or after their consent ran out.
    """
    rng = builder.rng
    random_people = [p for p in people if p[0]["external_id"] not in SCENARIOS.values()]
    # Conduct at interview means do not re-engage, whatever else happens.
    dnc_target = round(total * 0.04) - 1  # the scenario person counts too
    for candidate, apps, _touches in random_people:
        conduct = [a for a in apps if a["reason"] == "conduct"]
        if conduct:
            when = conduct[-1]["decided_at"] + timedelta(days=1)
            candidate.update(
                do_not_contact=True,
                do_not_contact_at=when,
                do_not_contact_reason=DNC_CONDUCT_REASON.format(date=when.date()),
            )
            dnc_target -= 1
    eligible = [
        p
        for p in random_people
        if not p[0]["do_not_contact"]
        and _last_activity_days(builder, *p) >= 260
        and not any(
            m["stated_at"] > builder.anchor - timedelta(days=260) for m in p[0]["motivations"]
        )
    ]
    expired = rng.sample(eligible, min(len(eligible), round(total * 0.05)))
    expired_ids = {p[0]["external_id"] for p in expired}
    for candidate, apps, touches in expired:
        last = _last_activity_days(builder, candidate, apps, touches)
        candidate["consent_until"] = builder.day(rng.randint(5, min(220, last - 30)))
    for candidate, _apps, _touches in random_people:
        if candidate["external_id"] in expired_ids:
            continue
        us = candidate["location"].endswith(("United States", "Canada"))
        if rng.random() < (0.15 if us else 0.02):
            candidate["consent_until"] = None  # never asked: no GDPR-style consent on record
        else:
            candidate["consent_until"] = builder.day(-rng.randint(180, 730))
    # People who recently told us "not before <month>" are waiting, not leaving; people whose
    # last word was "interested" would not turn around overnight.
    recent = builder.anchor - timedelta(days=100)
    dnc_pool = [
        p
        for p in random_people
        if not p[0]["do_not_contact"]
        and p[0]["external_id"] not in expired_ids
        and 30 <= _last_activity_days(builder, *p) <= 700
        and not any(m["stated_at"] > recent for m in p[0]["motivations"])
        and not (p[2] and max(p[2], key=lambda t: t["at"])["outcome"] == "interested")
    ]
    for candidate, apps, touches in rng.sample(dnc_pool, max(0, min(len(dnc_pool), dnc_target))):
        last = _last_activity_days(builder, candidate, apps, touches)
        days_ago = rng.randint(5, min(last - 21, 420))
        reason = rng.choice(DNC_REASONS)
        when = builder.at(days_ago)
        candidate.update(
            do_not_contact=True,
            do_not_contact_at=when,
            do_not_contact_reason=reason.format(date=when.date()),
        )
        channel = "linkedin" if "LinkedIn" in reason else "phone" if "phone" in reason else "email"
        touches.append(
            {
                "candidate_external_id": candidate["external_id"],
                "opening_external_id": None,
                "at": when,
                "channel": channel,
                "direction": "inbound",
                "kind": "note",
                "note": notes.DNC_REQUEST,
                "outcome": "not_interested",
                "recruiter": touches[-1]["recruiter"] if touches else "Inês Carvalho",
            }
        )


# --- entry point -----------------------------------------------------------------------


def build_demo_pool(as_of: date, seed: int = 7) -> DemoPool:
    """The demo pool as of ``as_of``: candidates, openings (open and past), applications
    and touchpoints as plain dicts with the keys the loader and importers use."""
    builder = _Builder(as_of, seed)
    builder.build_open_openings()
    builder.build_scenario_past_openings()
    builder.build_random_past_openings()
    rng = builder.rng

    people: list[tuple[dict, list[dict], list[dict]]] = []
    for spec in SCENARIO_PEOPLE.values():
        people.append(builder.scenario_person(spec))

    scenario_numbers = {int(spec["id"].rsplit("C", 1)[1]) for spec in SCENARIO_PEOPLE.values()}
    numbers = [n for n in range(1, TOTAL_CANDIDATES + 1) if n not in scenario_numbers]
    not_before_at = dict(zip(rng.sample(numbers, len(NOT_BEFORE)), NOT_BEFORE, strict=True))
    for number, family in zip(numbers, builder.family_quota(len(numbers)), strict=True):
        person = builder.new_person(f"DEMO-C{number:04d}", family)
        record = builder.finish_person(person, not_before_at.get(number))
        people.append((record, person.apps, person.touches))

    _apply_consent_and_dnc(builder, people, TOTAL_CANDIDATES)

    candidates, applications, touchpoints = [], [], []
    for record, apps, touches in sorted(people, key=lambda p: p[0]["external_id"]):
        candidates.append(record)
        applications += apps
        # Logging started 24 months ago; anything after a DNC request or lapsed consent was
        # never sent.
        cutoff = builder.anchor - timedelta(days=730)
        stop = record["do_not_contact_at"]
        lapse = record["consent_until"]
        kept, seen = [], set()
        for touch in sorted(touches, key=lambda t: t["at"]):
            if touch["at"] < cutoff:
                continue
            if stop and touch["at"] > stop:
                continue
            if lapse and touch["direction"] == "outbound" and touch["at"].date() > lapse:
                continue
            key = (touch["at"], touch["channel"], touch["kind"])
            if key in seen:  # the loader treats these as the same touchpoint
                continue
            seen.add(key)
            kept.append(touch)
        touchpoints += kept

    openings = [o.record for o in builder.open]
    openings += [builder.by_id[i].record for i in SCENARIO_PAST_OPENING_IDS.values()]
    openings += [o.record for o in builder.past]
    return DemoPool(
        candidates=candidates, openings=openings, applications=applications, touchpoints=touchpoints
    )
