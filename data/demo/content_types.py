"""The shapes of the demo pool's content: one dataclass per kind of record in ``content/*.toml``.

``catalog`` reads the files into these; a field without a default must be in the file.
"""

from dataclasses import dataclass, field
from typing import ClassVar


@dataclass(frozen=True)
class Phrase:
    """A sentence, optionally limited to some families/groups and some seniorities."""

    bare: ClassVar[str] = "text"  # a plain string in the file is a Phrase with only this field
    text: str
    families: str | list[str] | None = None
    seniorities: frozenset[str] | None = None


@dataclass(frozen=True)
class Leveled:
    """A résumé line kept for people at ``level`` or above ("early": junior or mid only)."""

    bare: ClassVar[str] = "text"
    text: str
    level: str | None = None


@dataclass(frozen=True)
class Stack:
    """Tools that go together, how often they are met, and the platform a title names."""

    weight: int
    skills: list[str]
    platform: str | None = None


@dataclass(frozen=True)
class Family:
    """A line of work: what a believable person and a believable past role in it look like."""

    label: str
    department: str
    group: str
    weight: int
    band: float
    area: str
    titles: dict[str, list[str]]
    stacks: list[Stack]
    extra_skills: list[str]
    products: list[str]
    focus: list[str]
    teams: list[str]
    summaries: list[Leveled]
    achievements: list[Leveled]
    degrees: list[str]
    certs: list[str]
    duties: list[str]
    reqs: list[str]
    tools_wanted: list[str]
    tools_old: list[str]


@dataclass(frozen=True)
class City:
    name: str
    weight: float
    phone: str


@dataclass(frozen=True)
class Country:
    weight: float
    symbol: str
    language: str
    universities: list[str]
    cities: list[City]
    cultures: dict[str, int]
    mobile: str | None = None


@dataclass(frozen=True)
class Culture:
    f: str
    m: str
    last: str
    lang: str | None = None
    unis: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CompanyWords:
    company: str
    recruiters: list[str]
    recruiter_weights: dict[str, dict[str, int]]
    email_domains: list[str]
    sources: dict[str, dict[str, int]]
    events: dict[str, list[str]]
    extra_tags: dict[str, int]
    companies: dict[str, str]
    dnc_reasons: list[str]
    dnc_conduct_reason: str


@dataclass(frozen=True)
class ResumeWords:
    headlines: list[str]
    open_to_work_headline: str
    summary_headings: list[str]
    experience_headings: list[str]
    education_headings: list[str]
    skills_labels: list[str]
    bullets: list[str]
    present_words: list[str]
    months_short: list[str]
    language_levels: list[str]
    role_context: list[str]
    generic_skill_words: frozenset[str]
    alt_education: dict[str, list[str]]
    bosses: dict[str, list[str]]
    resume_extras: dict[str, list[str]]


@dataclass(frozen=True)
class NotBefore:
    category: str
    text: str


@dataclass(frozen=True)
class Place:
    city: str
    country: str


@dataclass(frozen=True)
class MotivationWords:
    office_preference: list[str]
    not_before: list[NotBefore]
    domains: list[str]
    relocation_cities: list[Place]
    sources_at_application: list[str]
    sources_at_final: list[str]
    sources_at_offer: list[str]
    sources_at_withdrawal: list[str]
    sources_later: list[str]
    category_weights: dict[str, int]
    seniority_groups: dict[str, list[str]]
    motivations: dict[str, list[Phrase]]


@dataclass(frozen=True)
class NoteWords:
    rejection_auto: list[str]
    closed_role: list[str]
    feedback: list[str]
    withdrawal: list[str]
    decline: list[str]
    no_show: list[str]
    dnc_request: str
    note_internal: list[str]
    rejection_personal: dict[str, list[str]]
    check_in: dict[str, list[str]]
    re_engagement: dict[str, list[str]]
    inbound: dict[str, list[str]]
    reason_notes: dict[str, list[Phrase]]


@dataclass(frozen=True)
class RemoteRegion:
    label: str
    currency: str
    multiplier: float
    offer: str
    weight: float


@dataclass(frozen=True)
class Office:
    country: str
    currency: str
    multiplier: float


@dataclass(frozen=True)
class OpeningWords:
    hybrid_days: list[str]
    onsite_days: list[str]
    past_intros: list[str]
    remote_regions: list[RemoteRegion]
    offices: dict[str, Office]
    office_weights: dict[str, int]
    bands_k: dict[str, tuple[int, int]]
    team_nouns: dict[str, str]
    min_years: dict[str, int]


@dataclass(frozen=True)
class OpenRole:
    key: str
    family: str
    title: str
    department: str
    location: str
    remote_policy: str
    seniority: str
    salary_min: int
    salary_max: int
    currency: str
    opened_days_ago: int
    description: str
    requirements: str
    offers: list[str]


@dataclass(frozen=True)
class PastOpening:
    """A closed or filled backend role a scenario person went through."""

    title: str
    location: str
    remote_policy: str
    seniority: str
    salary_min: int
    salary_max: int
    currency: str
    status: str
    opened_days_ago: int
    team: str
    recruiter: str
    days: str | None = None  # office attendance; none for remote roles


@dataclass(frozen=True)
class Timeline:
    """A scenario résumé's role starts and ends, in months before the demo date."""

    now_start: int
    prev_start: int
    prev_end: int
    graduation: int
    first_start: int | None = None
    first_end: int | None = None


@dataclass(frozen=True)
class ScenarioApplication:
    opening: str  # a key of Scenarios.past_openings
    applied_days_ago: int
    decided_days_ago: int
    stage: str
    outcome: str
    reason: str
    note: str
    feedback_given: bool | None = None
    rating: float | None = None


@dataclass(frozen=True)
class ScenarioTouch:
    days_ago: int
    channel: str
    direction: str
    kind: str
    note: str
    recruiter: str
    outcome: str | None = None
    opening: str | None = None  # a key of Scenarios.past_openings


@dataclass(frozen=True)
class ScenarioMotivation:
    statement: str
    category: str
    days_ago: int
    source: str


@dataclass(frozen=True)
class ScenarioPerson:
    id: str
    name: str
    email: str
    phone: str
    location: str
    title: str
    years: float
    resume: str  # a key of Scenarios.resumes
    company_now: str
    company_prev: str
    degree: str
    university: str
    source: str
    tags: list[str]
    headline: str
    consent_days: int
    skills: list[str]
    timeline: Timeline
    applications: list[ScenarioApplication]
    touchpoints: list[ScenarioTouch]
    motivations: list[ScenarioMotivation]
    extra: str = ""
    company_first: str | None = None
    dnc_days: int | None = None
    dnc_reason: str | None = None


@dataclass(frozen=True)
class Scenarios:
    past_openings: dict[str, PastOpening]
    people: dict[str, ScenarioPerson]
    resumes: dict[str, str]


@dataclass(frozen=True)
class DemoContent:
    company: CompanyWords
    resume_words: ResumeWords
    countries: dict[str, Country]
    cultures: dict[str, Culture]
    families: dict[str, Family]
    motivations: MotivationWords
    notes: NoteWords
    openings: OpeningWords
    open_roles: list[OpenRole]
    scenarios: Scenarios
