"""What a role is, in the same facets as what people want (``reading.conditions``).

An opening's fields say some of it (remote policy, location, band, seniority); the rest is in
its text: "2 days a week in our Lisbon office", "on-call one week in six", "we can't sponsor
visas", "relocation package", "up to 30% travel", "12-month contract". Only the lines a
description gives as conditions or offers are read for terms of the job, so "experience
running on-call rotas" in the requirements does not make the role an on-call one.

This module is the entry: ``role_facts`` reads a role into ``RoleFacts``, and ``named_in`` and
``RoleFacts.mentions`` say what its text names. Each facet is read in a module of its own:
``role_place`` (work mode, office days, location), ``role_schedule`` (on call, shifts, hours),
``role_pay`` (band, period, on-target earnings), ``role_travel`` (share, abroad),
``role_contract`` (contract kind, sponsorship, relocation), ``role_leadership`` (manages, sets
direction) and ``role_company`` (size, stage, funding, public or private).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reading import foreign_cjk, role_travel, rotation, weekend_days
from reading.clearance import role_clearance
from reading.driving import role_needs
from reading.grades import role_grade
from reading.hours import role_hours
from reading.languages import role_languages
from reading.role_company import company_kinds, pe_backed, private_sector, vc_backed
from reading.role_contract import contract_kind, contract_months, relocation_support, sponsorship
from reading.role_foreign import english
from reading.role_industry import role_industries
from reading.role_leadership import LEADING, manages, sets_direction
from reading.role_mission import role_missions
from reading.role_pay import fixed_share, payments_a_year, role_band, total_pay
from reading.role_place import city_of, location_mode, said_location, work_mode
from reading.role_region import REGIONAL_SHARE, several_sites, sites_abroad
from reading.role_schedule import role_schedule, schedule_text, split_shifts
from reading.role_text import RoleText, split_role_text
from reading.role_travel import travel_abroad, travel_share
from reading.tax_forms import role_forms
from reading.topics import role_stems

# ``LEADING`` is read in ``role_leadership`` and kept importable from here, the entry.
__all__ = ["LEADING", "RoleFacts", "named_in", "role_facts"]


# A requirement line that sets the role's hours by its calls with another office.
_CALLS = re.compile(r"\b(?:calls?|meetings?|syncs?|stand-?ups?|overlap)\b", re.I)


@dataclass(frozen=True)
class RoleFacts:
    work_mode: str | None = None  # remote | hybrid | onsite
    office_days: int | None = None
    office_weekdays: frozenset[str] = frozenset()  # "every Monday and Friday": mon, fri
    location: str | None = None
    city: str | None = None
    pay_min: int | None = None
    pay_max: int | None = None
    currency: str | None = None
    pay_period: str = "year"  # the band's period: year, month, week, day or hour
    total_pay: int | None = None  # on-target earnings or total comp stated beside the band
    fixed_share: float | None = None  # the CTC's fixed part: "80% fixed, 20% variable" is 0.8
    payments: int | None = None  # months' pay a year when said: "paid 14 times a year", "x14"
    sponsorship: bool | None = None  # True: sponsors visas; False: says it cannot
    relocation_support: bool | None = None
    schedule: frozenset[str] = frozenset()  # on_call, shifts, nights, weekends, part_time…
    no_schedule: frozenset[str] = frozenset()  # what the role says it does not have
    split_shifts: bool | None = None  # True: split shifts; False: "straight shifts, no splits"
    rotating: bool | None = None  # True: "rotating 12s"; False: "fixed day shift" (``rotation``)
    private_sector: bool = False  # "private clinic, no NHS contracts": no public employer
    weekend_days: frozenset[str] = frozenset()  # "one Sunday in three": those days only (none: any)
    starts: int | None = None  # earliest start, minutes after midnight ("6am–2pm": 360)
    # latest finish, minutes after midnight, past 24:00 after it ("1am": 1500)
    ends: int | None = None
    shift_hours: float | None = None  # longest shift ("three long days (12.5h)": 12.5)
    travel_share: float | None = None
    travel_abroad: bool | None = None  # True: trips to another country; False: at home only
    posted_abroad: bool | None = None  # True: a stint in another country ("L1 transfer to Dallas")
    overnights: bool | None = None  # True: nights away; False: day trips only (``role_travel``)
    flying: bool | None = None  # True: flights; False: by road, no flight named
    driving: str | None = None  # licence: the hire must drive; car: in a car of their own
    company_car: bool = False  # a company, pool or fleet car comes with it
    clearance: str | None = None  # the security clearance it needs: a level, or "any"
    contract: str | None = None  # permanent | contract | freelance | fixed_term
    contract_months: int | None = None  # how long its term runs: "12-month FTC" is 12
    forms: frozenset[str] = frozenset()  # US employment forms it takes: w2, 1099, c2c
    no_forms: frozenset[str] = frozenset()  # ... and the ones it refuses ("no C2C or 1099")
    manages: bool | None = None
    vc_backed: bool = False  # funded by venture capital: "Series B", "VC-backed"
    pe_backed: bool = (
        False  # owned by private equity: "PE-backed", "a private-equity portfolio company"
    )
    sets_direction: bool = False  # leads technically: "set the technical direction", "tech lead"
    seniority: str | None = None
    title: str | None = None
    company: frozenset[str] = frozenset()  # its size, when its text says: large, enterprise
    industries: frozenset[str] = frozenset()  # read as ``reading.role_industry`` says
    missions: frozenset[str] = frozenset()  # the causes it serves (``reading.role_mission``)
    # the content stems its own text names (``reading.topics``), for what no facet reads
    topics: frozenset[str] = frozenset()
    text: str = ""  # the lines the role's terms were read from, lower case
    grade: tuple[str, int, str] | None = None  # a public service's grade: scheme, rank, as said
    languages: tuple[tuple[str, int], ...] = ()  # languages asked for, with the level (0-7)
    sections: RoleText = field(default_factory=RoleText)

    def mentions(self, words: str) -> bool:
        """Whether the role's text names ``words`` as something it has - not something it is
        leaving ("moving from Airflow to Dagster" does not offer Airflow)."""
        return any(
            not _LEAVING_BEFORE.search(self.text, max(0, m.start() - 40), m.start())
            and not _LEAVING_AFTER.match(self.text, m.end())
            for m in re.finditer(rf"\b{_spelled(words)}\b", self.text)
        )


def named_in(text: str | None, words: str) -> bool:
    """Whether ``text`` (a role's location, say) names ``words``, shorthand or spelled out."""
    return bool(text and re.search(rf"\b{_spelled(words)}\b", text.lower()))


def _spelled(words: str) -> str:
    """``words`` as a pattern that also matches the long forms of its shorthand: "the Med Center"
    names the Texas Medical Center."""
    out = re.escape(words.lower())
    for short, long in _SHORTHAND:
        out = re.sub(short, long, out)
    return out


_SHORTHAND = (
    (r"\bmed\b", "med(?:ical)?"),
    (r"\b(?:center|centre|ctr)\b", "(?:center|centre|ctr)"),
    (r"\bhosp\b", "hosp(?:ital)?"),
    (r"\buniv\b", "univ(?:ersity)?"),
)


# What a role is moving off: "moving from Airflow", "replacing our legacy Jenkins", "PHP is
# being retired".
_LEAVING_BEFORE = re.compile(
    r"\b(?:(?:mov(?:e|es|ing)|migrat(?:e|es|ing|ion)|switch(?:es|ing)?|transition(?:s|ing)?|port(?:ing)?) "
    r"(?:away )?(?:from|off)|(?:replac(?:e|es|ing)|retir(?:e|es|ing)|sunset(?:s|ting)?|"
    r"decommission(?:s|ing)?|deprecat(?:e|es|ing)|ditch(?:es|ing)?|rip(?:ping)? out|"
    r"get(?:ting)? rid of))(?: (?:our|the|an?|its|legacy|old|existing|current|ageing|aging))*\W*$"
)
_LEAVING_AFTER = re.compile(
    r"\W*(?:(?:is|are) )?(?:being )?(?:replaced|retired|sunset|decommissioned|deprecated|phased out|"
    r"on (?:its|the) way out)\b"
)


def _unless_said(said: bool | None, regional: bool, otherwise: bool = False) -> bool | None:
    """A regional role's travel stays at home and on the road unless its text says otherwise
    (``otherwise``: its sites in another country are travel abroad)."""
    return otherwise if said is None and regional else said


def role_facts(
    *,
    title: str,
    description: str | None = None,
    requirements: str | None = None,
    offers: tuple[str, ...] | list[str] = (),
    remote_policy: str | None = None,
    location: str | None = None,
    seniority: str | None = None,
    salary_min: int | None = None,
    salary_max: int | None = None,
    currency: str | None = None,
    department: str | None = None,
) -> RoleFacts:
    """The role's terms from its fields, completed (never overridden) by its text."""
    if description and foreign_cjk.has_script(description):
        # a description in Japanese, Korean or Chinese: its terms glossed in English after it
        description = f"{description}\n{foreign_cjk.role_gloss(description)}".strip()
    # Its terms in another language are read through their English ("Kein Visa-Sponsoring
    # möglich", "Escala 6x1, inclui domingos"); its own words stay in ``text`` below.
    said_title, said_description, said_requirements = title, description, requirements
    title = english(title)
    description = english(description) if description else description
    requirements = english(requirements) if requirements else requirements
    offers = tuple(english(offer) for offer in offers)
    sections = split_role_text(description or "")
    terms = "\n".join([*offers, *sections.lines("conditions", "offers", "about"), title])
    lower = terms.lower()
    # What the company says of itself, wherever in the description (but not what it asks for).
    said = "\n".join([terms, *sections.lines("duties", "about")])
    mode, days, weekdays = work_mode(
        terms=terms, said=said, title=title, remote_policy=remote_policy
    )
    if mode is None:
        mode = location_mode(location)  # "Télétravail (Suisse romande)" in the location field
    if location is None:
        location = said_location(terms)
    salary_min, salary_max, currency, period = role_band(
        terms=terms,
        description=description,
        salary_min=salary_min,
        salary_max=salary_max,
        currency=currency,
    )
    lower = schedule_text(lower, requirements, sections)
    schedule, no_schedule = role_schedule(lower)
    starts, ends, shift_hours = role_hours(
        "\n".join(
            [
                lower,
                *sections.lines("duties", "about"),
                # "Must be available for calls with the APAC team at 7am": the role's hours
                *(ln for ln in sections.lines("requirements") if _CALLS.search(ln)),
            ]
        ).lower()
    )
    # The requirement lines, of the description or the role's own requirements field.
    sponsors = sponsorship(
        terms, "\n".join([terms, *sections.lines("requirements"), requirements or ""])
    )
    travel = travel_share(terms, said, "\n".join([description or "", said_description or ""]))
    # a role over several sites travels its region though it names no share ("lead eleven
    # stores across the region"): by road at home unless said otherwise
    regional = travel is None and several_sites(title, "\n".join([*offers, description or ""]))
    if regional:
        travel = REGIONAL_SHARE
    contract = contract_kind(terms)
    forms, no_forms = role_forms("\n".join([terms, description or ""]))
    leads = manages(
        title=title,
        seniority=seniority,
        terms=terms,
        description=description,
        said=said,
        sections=sections,
    )
    industries = role_industries(
        title=title, department=department, text="\n".join([*offers, description or ""])
    )
    missions = role_missions(
        title=title,
        lines=[*offers, *sections.lines("duties", "offers", "conditions", "about")],
        industries=industries,
    )
    # a licence is asked for among the requirements as often as among the terms
    drives, company_car = role_needs(
        "\n".join([title, *offers, description or "", requirements or ""])
    )
    return RoleFacts(
        driving=drives,
        company_car=company_car,
        # a clearance is asked for wherever the role's text names one ("NV1 clearance required")
        clearance=role_clearance(
            "\n".join([title, *offers, description or "", requirements or ""])
        ),
        work_mode=mode,
        office_days=days,
        office_weekdays=weekdays if mode == "hybrid" else frozenset(),
        company=company_kinds("\n".join([said, description or ""])),
        languages=role_languages(
            "\n".join(
                [said_title or "", *offers, said_description or "", said_requirements or ""]
            ).lower()
        ),
        grade=role_grade(said_title or "", "\n".join([*offers, said_description or ""])),
        private_sector=private_sector("\n".join([said, description or ""])),
        vc_backed=vc_backed("\n".join([said, description or ""])),
        pe_backed=pe_backed("\n".join([said, description or ""])),
        location=location,
        city=city_of(location),
        pay_min=salary_min,
        pay_max=salary_max,
        currency=currency,
        pay_period=period,
        total_pay=total_pay(terms),
        fixed_share=fixed_share(terms),
        payments=payments_a_year(terms),
        sponsorship=sponsors,
        relocation_support=relocation_support(terms),
        schedule=frozenset(schedule - no_schedule),
        split_shifts=split_shifts("\n".join([terms, description or ""])),
        rotating=rotation.role_rotating("\n".join([terms, description or ""]).lower()),
        weekend_days=weekend_days.role_days(lower) if "weekends" in schedule else frozenset(),
        starts=starts,
        ends=ends,
        shift_hours=shift_hours,
        no_schedule=frozenset(no_schedule),
        travel_share=travel,
        travel_abroad=(
            abroad := _unless_said(
                travel_abroad(terms, location),
                regional,
                sites_abroad("\n".join([*offers, description or ""]), location),
            )
        ),
        posted_abroad=role_travel.posted_abroad(terms, location),
        overnights=role_travel.overnights("\n".join([terms, description or ""])),
        # a job said to have no travel has no flights: "book flights for client travellers", "an
        # annual flight home" are someone else's or a benefit
        flying=None
        if travel == 0.0
        else _unless_said(
            role_travel.flying("\n".join([terms, description or ""])), regional and not abroad
        ),
        contract=contract,
        contract_months=(
            contract_months(terms) if contract in ("fixed_term", "contract", "freelance") else None
        ),
        forms=forms,
        no_forms=no_forms,
        manages=leads,
        sets_direction=sets_direction("\n".join([title, said])),
        seniority=seniority,
        title=said_title,
        industries=industries,
        missions=missions,
        topics=role_stems(
            "\n".join(
                [
                    said_title,
                    title,
                    *offers,
                    department or "",
                    description or "",
                    requirements or "",
                ]
            )
        ),
        text="\n".join(
            (
                lower,
                (description or "").lower(),
                (requirements or "").lower(),
                *(
                    said.lower()
                    for said, read in (
                        (said_title, title),
                        (said_description, description),
                        (said_requirements, requirements),
                    )
                    if said and said != read
                ),
            )
        ),
        sections=sections,
    )
