"""What one build of the demo pool shares: the generator, the calendar and the records so far.

Nothing reads the clock: every date is an offset back from ``as_of``, and only the build's own
``random.Random(seed)`` is drawn from, so the same day and seed give the same pool.
"""

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from data.demo.catalog import load_content
from data.demo.rules import LEVEL, MONTHS, weighted

CONTENT = load_content()


@dataclass
class Opening:
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
        return LEVEL[self.record["seniority"]]


@dataclass
class Person:
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
    app_meta: list[tuple[str, Opening, int, int]] = field(default_factory=list)
    touches: list[dict] = field(default_factory=list)
    motivations: list[dict] = field(default_factory=list)
    office_person: bool = False
    waiting: bool = False  # told us "not before <month>"
    boomerang: tuple | None = None  # (title, hired days ago, left days ago)


class Build:
    """The state of one build, and its calendar: dates are days (or months) before ``as_of``."""

    def __init__(self, as_of: date, seed: int):
        self.as_of = as_of
        self.rng = random.Random(seed)
        self.anchor = datetime.combine(as_of, time(0), UTC)
        self.used_names: set[str] = set()
        self.used_emails: set[str] = set()
        self.open: list[Opening] = []
        self.past: list[Opening] = []
        self.by_id: dict[str, Opening] = {}

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
        return MONTHS[index]

    def year_of(self, months_ago: int) -> int:
        return (self.as_of - timedelta(days=int(months_ago * 30.44))).year

    def recruiter(self, family: str) -> str:
        group = CONTENT.families[family].group
        return weighted(self.rng, CONTENT.company.recruiter_weights[group])
