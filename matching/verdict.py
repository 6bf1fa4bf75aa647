"""Whether a role meets one condition (``verdict``: yes, no, or cannot tell from the role's
record) and how much that weighs (``effect``), facet by facet; pay is compared in euros a year
(``matching.pay_compare``).
"""

from __future__ import annotations

from typing import Any

from data.vocab import SENIORITY_ORDER
from matching.judgements import ConditionFact
from matching.pay_compare import (
    SHARED_SIGNS,
    SUPER,
    TOTAL_BAND,
    band_sized,
    in_band_period,
    monthly,
    role_pay_eur,
    yearly_eur,
)
from reading import hours, rotation
from reading.clearance import meets
from reading.countries import country_of
from reading.gazetteer import km_between
from reading.grades import grade_met
from reading.languages import language_met
from reading.places import city_key, within
from reading.role_company import nonprofit
from reading.role_facts import RoleFacts, named_in
from reading.title_shorthand import spelled_title
from reading.titles import head_level
from reading.topics import named, stems
from reading.where_commute import CENTRES

_TECH_LEAD = frozenset({"tech lead", "technical lead"})
# Schedule kinds that bound the day or the shift by the clock (``reading.hours``).
HOURS_KINDS = frozenset({"late_finish", "early_start", "long_shifts"})

MODE_ORDER = {"remote": 0, "hybrid": 1, "onsite": 2}
# A fixed-term seat or freelance work is contract work to someone who wants (or refuses)
# contracts: "perm only" is not met by a 12-month fixed term.
_NOT_PERMANENT = {"contract", "freelance", "fixed_term"}
# Company kinds that say its size or stage (``RoleFacts.company`` holds what a role's text says).
_SIZES = {"large", "enterprise", "startup", "small", "scaleup"}
# Whether its workplace has a union: no word on its size.
_UNION_KINDS = frozenset({"union", "non_union"})
# Whether the seat is the employer's own or a supplier's: no word on its size either.
_EMPLOYER_KINDS = frozenset({"in_house", "agency", "consultancy"})
STRENGTH = {"must": 1.0, "avoid": 0.9, "wish": 0.6}
# Work a role names by its parts: a React Native or iOS role is mobile work.
_KIN = {
    # generative AI as a role offers it: "AI drafting tools", "a firm-wide Copilot rollout"
    "llm": (
        "llm",
        "llms",
        "gen ai",
        "genai",
        "generative ai",
        "large language model",
        "large language models",
        "ai drafting",
        "ai tools",
        "ai assistant",
        "ai assistants",
        "chatgpt",
        "copilot",
        # image generators, as a creative role names them: "Midjourney and Firefly in the workflow"
        "midjourney",
        "stable diffusion",
        "dall-e",
        "adobe firefly",
        "firefly",
    ),
    "mobile": (
        "mobile",
        "ios",
        "android",
        "react native",
        "flutter",
        "swiftui",
        "kotlin multiplatform",
    ),
}
# A part of a sector and the words a role may use for it ("fashion retail": a clothing retailer).
_FASHION = ("fashion", "clothing", "apparel", "luxury house", "luxury brand", "garments", "coats")
_FAST = ("fast fashion", "fast-fashion")
_SCOPE_WORDS = {
    "fashion": _FASHION,
    "clothing": _FASHION,
    "apparel": _FASHION,
    "fast fashion": _FAST,  # "never fast fashion" says nothing of a luxury house
}


def _terms_family(kind: str | None) -> str | None:
    return "not permanent" if kind in _NOT_PERMANENT else kind


EVENING_ENDS = 19 * 60  # a working day that runs to 7pm or later runs into the evening


# A town the role's text names within this reach of its city is where the role is, not a place
# it merely mentions (clients in Paris for a London office are not its site).
SITE_KM = 40


def same_place(a: str | None, b: str | None) -> bool:
    """The same place, a district of a city counting as the city ("Dublin 4" is Dublin)."""
    return bool(a and b) and city_key(a) == city_key(b)


def _site_named(place: str | None, role: RoleFacts) -> bool:
    """The role's text names ``place`` as where it is, a town by its city ("Teach science in an
    academy in Stockport" for an opening in Manchester): a refusal of Stockport goes against it."""
    if not place or not role.city or not role.mentions(place):
        return False
    km = km_between(place, role.location or role.city)
    return km is not None and km <= SITE_KM


def _near(place: str, role: RoleFacts) -> bool:
    """Whether the role's office is in ``place`` (where a journey starts): its city, its
    location as written, or the place named in its text ("our Rongai depot")."""
    return (
        same_place(place, role.city)
        or same_place(place, role.location)
        or within(role.city, place, role.location)
        or role.mentions(place)
    )


def _hours_verdict(v: dict[str, Any], pol: str, role: RoleFacts) -> bool | None:
    """A bound on the working day or the shift against the role's hours: "won't work past 11pm"
    against a kitchen open till 1am, "no starts before 8" against 6am starts, "no 12s" against
    12.5-hour days; a wish for long days is met by them."""
    kind = v.get("kind")
    if kind == "late_finish":
        bound = hours.from_hhmm(v.get("time"), finish=True) or hours.LATE
        if role.ends is not None:
            return role.ends <= bound
        return False if "nights" in role.schedule else None
    if kind == "early_start":
        bound = hours.from_hhmm(v.get("time"), finish=False) or hours.EARLY
        return None if role.starts is None else role.starts >= bound
    if role.shift_hours is None:
        return None
    if pol == "avoid":
        return role.shift_hours <= float(v.get("hours") or hours.LONG)
    return role.shift_hours > hours.LONG


def role_terms(role: RoleFacts) -> str | None:
    """The role's kind of contract: as stated, else a day or hour rate's contract work, else a
    year's band's permanent seat; None when the role says nothing of either."""
    if role.contract:
        return role.contract
    if role.pay_max and role.pay_period in ("day", "hour"):
        return "contract"
    return "permanent" if role.pay_max else None


def applies(c: ConditionFact, role: RoleFacts) -> bool:
    """Whether a condition speaks of this role at all: a pay floor said for one kind of contract
    ("won't go below 140/hr for a contract") says nothing of a permanent seat."""
    terms = c.value.get("terms") if c.facet == "pay" else None
    if not terms:
        return True
    has = role_terms(role)
    return has is None or _terms_family(has) == _terms_family(terms)


def verdict(c: ConditionFact, role: RoleFacts) -> bool | None:
    """True: the role meets the condition; False: it goes against it; None: cannot tell."""
    v, facet, pol = c.value, c.facet, c.polarity
    if facet == "work_mode":
        mode = v.get("mode")
        if role.work_mode is None or mode not in MODE_ORDER:
            return None
        if pol == "avoid":
            if mode == "hybrid" and v.get("days") and role.work_mode == "hybrid":
                # "said no to 4 office days": fewer days meet it, as many or more do not
                return None if role.office_days is None else role.office_days < int(v["days"])
            return role.work_mode != mode
        if mode == "hybrid" and role.work_mode == "hybrid" and role.office_weekdays:
            # "Fridays from home" against an office every Monday and Friday; "can do the office
            # Tue-Thu" against Tuesday to Thursday in
            if v.get("home"):
                return not set(v["home"]) & role.office_weekdays
            if v.get("office"):
                return role.office_weekdays <= set(v["office"])
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
        hit = (
            same_place(place, role.city)
            or same_place(place, role.location)
            # "not leaving Gauteng" and an office in Johannesburg; "Ohio" and "Dayton, OH"
            or within(role.city, place, role.location)
            or _site_named(place, role)
        )
        part = v.get("part")
        if (
            hit
            and part
            and pol != "avoid"
            and not (part in (role.location or "").lower() or role.mentions(part))
        ):
            # "only sites in south Bristol" against an office in Filton: the city, but which
            # part of it the role does not say
            return None
        if hit and pol == "must" and role.posted_abroad and not same_place(place, role.city):
            # "India only for her" against an L1 transfer to Dallas after a year: the country
            # kept to, the role sending her out of it
            return False
        return (not hit) if pol == "avoid" else hit
    if facet == "relocation":
        if role.work_mode == "remote":
            return True if v.get("willing") is False else None
        if v.get("willing") is False:
            return None  # judged against where they live: ``fit.location_judgement``
        if v.get("help") and role.relocation_support is not True:
            # "no relocation assistance" last time: a move with help, met by a role that helps
            # ("$15k relocation package") and missed by one that says it does not
            return role.relocation_support
        if v.get("place") and role.city:
            # "wants to move to Texas" and an office in Austin, TX
            return same_place(v["place"], role.city) or within(role.city, v["place"], role.location)
        return True if v.get("help") else None
    if facet == "commute":
        origin = v.get("from")
        if role.work_mode == "remote":
            # no journey at all - though "commutes in from Jurong", said plainly, asks for none
            return None if origin and pol == "wish" and not v.get("minutes") else True
        if origin and role.city and _near(origin, role):
            return True  # "two hours from Rongai" and an office in Rongai: no journey to speak of
        if pol != "avoid":
            return None
        to = v.get("to")
        if to and to.lower() in CENTRES:
            to = None  # "not going into the CBD": the middle of whichever town the role is in
        if (
            to
            and role.city
            and not (
                same_place(to, role.city)
                or same_place(to, role.location)
                or role.mentions(to)
                or named_in(role.location, to)  # "the Med Center": "Houston (Texas Medical Center)"
            )
        ):
            return None  # "would love to stop commuting to Elgin": not the journey to this role
        # A journey refused ("not doing Ikorodu to VI every day", "the drive downtown is a deal
        # breaker more than once a month"): an office on more days than it leaves misses it
        office = 5 if role.work_mode == "onsite" else role.office_days
        days = v.get("days")
        if to and role.city and role.work_mode in ("onsite", "hybrid") and days is None:
            return False  # "won't commute over the bridge to Cardiff", the office in Cardiff
        if office is None:
            return None
        if days is None:
            return False if office >= 5 else None
        return office <= int(days)
    if facet == "pay":
        # Like for like: an amount said with no currency ("240K TC") is in the role's currency,
        # when it is of the band's size ("70+" against a band in lakhs is some other unit).
        same = v = in_band_period(v, role)
        if monthly(v, role):
            same = v = {**v, "period": "month"}  # "needs SAR 60k+" against SAR 35-40k a month
        if (
            v.get("period") == "month"
            and v.get("amount")
            and role.pay_period == "year"
            and role.payments
        ):
            # "at least €1,900 a month" against a yearly band "paid 14 times a year": 14 months
            same = v = {**v, "amount": v["amount"] * role.payments, "period": "year"}
        if not v.get("currency") and role.currency and band_sized(v, role):
            same = {**v, "currency": role.currency}
        elif role.currency in SHARED_SIGNS.get(v.get("currency"), ()) and band_sized(v, role):
            # "$140 an hour" against an A$ band; "75.000 kr om måneden" (a bare "kr", read as SEK)
            # against a DKK band is in kroner
            same = {**v, "currency": role.currency}
        want, offer = yearly_eur(same), role_pay_eur(role)
        if v.get("basis") == "total" and role.total_pay and offer:
            # "OTE of 120k+" against "OTE €130k" beside a base band: on-target against on-target
            offer = offer * role.total_pay / role.pay_max
        elif v.get("basis") == "total" and offer and (sup := SUPER.search(role.text)):
            offer = offer * (1 + float(sup.group(1)) / 100)  # a package counts the super in
        elif v.get("basis") == "fixed" and offer and role.fixed_share:
            offer = offer * role.fixed_share  # "28 LPA fixed" against a 30 LPA CTC, 80% fixed
        if want is None or offer is None:
            return None
        # A floor is a floor; "around 240k" is an ask, a few per cent either side of it. A range
        # ("130-140") already gives way at its bottom, which is held like a floor.
        firm = v.get("kind") == "floor" or bool(v.get("amount_max"))
        if offer >= want * (0.98 if firm else 0.95):
            return True
        if v.get("basis") == "total" and not TOTAL_BAND.search(role.text) and want <= 1.5 * offer:
            return None  # total comp against a base band: the bonus and equity are not stated
        return False
    if facet == "driving":
        return _driving(v.get("kind"), pol, role)
    if facet == "clearance":
        # "NV1 lapsed" against a role that needs NV1 misses it; one held meets a role asking for
        # it or less; a role that names no clearance answers nothing
        if role.clearance is None:
            return None
        return False if pol == "avoid" else meets(v.get("level"), role.clearance)
    if facet == "visa":
        if v.get("kind") == "needs_sponsorship":
            if v.get("country") and (home := country_of(role.location or role.city or "")):
                if v["country"] not in home:
                    return None  # "needs sponsorship for Ireland" asks nothing of a London role
            return role.sponsorship
        return None
    if facet == "schedule" and v.get("kind") in HOURS_KINDS:
        return _hours_verdict(v, pol, role)
    if (
        facet == "schedule"
        and v.get("kind") == "fifo"
        and v.get("weeks")
        and (weeks := rotation.role_hitch_weeks(role.text)) is not None
    ):
        # "3/3 too long with a newborn" against a 2/2: a shorter hitch than the one refused
        return weeks < v["weeks"] if pol == "avoid" else None
    if facet == "schedule" and v.get("scope") == "split":
        # "won't do split shifts" against "straight shifts, no splits": only splits count
        if role.split_shifts is None:
            return None
        return (not role.split_shifts) if pol == "avoid" else role.split_shifts
    if (
        facet == "schedule"
        and v.get("scope") in ("rotating", "fixed")
        and role.rotating is not None
    ):
        # "no more rotating rosters" or "wants a fixed line" against a "fixed day shift" (met) or
        # a "rotating 4 on 4 off" (not); a role that does not say falls to shift work below
        hit = role.rotating == (v["scope"] == "rotating")
        return (not hit) if pol == "avoid" else hit
    if facet == "schedule" and v.get("scope") == "fixed":
        return None  # the same hours every week asks nothing of a role that does not say
    if (
        facet == "schedule"
        and v.get("scope") == "evening"
        and "nights" not in role.schedule
        and role.ends is not None
        and role.ends >= EVENING_ENDS
    ):
        # "won't do evening calls" against "calls run 2pm to 8pm": evening work, though no nights
        return pol != "avoid"
    if facet == "schedule":
        kind = v.get("kind")
        if kind == "weekends" and v.get("day") and role.weekend_days and pol == "avoid":
            # "no Saturdays" against "one Sunday in three": the day refused is not worked
            return v["day"] not in role.weekend_days
        if pol == "avoid":
            if kind in role.schedule:
                return False
            return True if kind in role.no_schedule else None
        if kind in role.schedule:
            return True
        return False if kind in role.no_schedule else None
    if facet == "travel" and v.get("scope") == "posting":
        # "wants onsite opportunities (L1)" against "L1 transfer to the Dallas client site": a
        # stint abroad; a role that sends no one says nothing to it
        if not role.posted_abroad:
            return None
        return pol != "avoid"
    if facet == "travel":
        has = {"overnight": role.overnights, "flying": role.flying}.get(v.get("scope"))
        if has is not None and pol == "must":
            # a cap on nights away or flights ("two nights a month away at most"): none meets it;
            # with some, how much is the share's to say, below
            if not has:
                return True
        elif has is not None:
            # "no overnights" against "day trips only" (met) or "two nights away a week" (not);
            # "won't fly" against a company-car patch or monthly flights. Unsaid: the share below
            return (not has) if pol == "avoid" else has
        if v.get("scope") == "domestic":
            # "domestic only": trips abroad miss it, trips at home meet it
            return None if role.travel_abroad is None else not role.travel_abroad
        if role.travel_share is None:
            return None
        limit = v.get("share")
        if pol == "avoid":
            if limit:
                # the share said is the one refused: "70% travel was too much", "can't do 60%+
                # again", "left because the role was 60% travel" - only clearly less travel meets
                # it: 50% against a refused 60% is still the life they turned down
                return role.travel_share <= limit * 2 / 3
            # "0% travel" refuses it all; a refusal with no share leaves room for the odd trip
            return role.travel_share <= (0.1 if limit is None else 0)
        if limit is None and pol == "must":
            limit = 0.1  # "a couple of trips a year max": a cap with no share is a small one
        return role.travel_share <= limit if limit is not None else role.travel_share > 0
    if facet == "contract" and v.get("form"):
        # "C2C only through his LLC" against "W2 only - no C2C or 1099": the form decides; a
        # role that names no form answers a W-2 condition with nothing
        form = v["form"]
        takes = True if form in role.forms else False if form in role.no_forms else None
        if takes is False and form == "inside_ir35" and pol == "wish":
            return None  # "fine inside IR35" asks nothing of an outside role
        if takes is not None:
            return (not takes) if pol == "avoid" else takes
        if form == "w2":
            return None
    if facet == "contract":
        if not role.contract:
            return None
        hit = _terms_family(role.contract) == _terms_family(v.get("kind"))
        if v.get("under_months"):
            # "a contract is fine if it's at least 12 months", "no FTC under 6 months": the role's
            # own length decides; a permanent seat misses only "contracts only"
            if not hit:
                return True if pol == "avoid" else (False if pol == "must" else None)
            months = getattr(role, "contract_months", None)
            return None if months is None else months >= int(v["under_months"])
        return (not hit) if pol == "avoid" else hit
    if facet == "management":
        if role.manages is None:
            return None
        wants_to_manage = (v.get("kind") == "manage") == (pol != "avoid")
        return role.manages == wants_to_manage
    if facet == "industry":
        # Read where the role speaks of its business ("behind our online sportsbook" is
        # gambling), never from a sector named in passing ("the finance team").
        scope = str(v.get("scope") or "").replace("-", " ")
        if scope and not any(role.mentions(w) for w in _SCOPE_WORDS.get(scope, (scope,))):
            # "never again fashion retail" against a pharmacy store: not that part of retail
            return None
        if v.get("name") in role.industries:
            return pol != "avoid"
        # "fintech only" against a role known to be in ad tech: a must the role does not meet
        return False if pol == "must" and role.industries else None
    if facet == "mission":
        # "wants work that helps patients" against software for NHS clinics: the cause the role
        # serves, read from what it does; a role known to serve none of it misses a must.
        name = v.get("name")
        if name in role.missions or name and role.mentions(str(name)):
            return pol != "avoid"  # "no edtech" against an edtech: the cause refused, not met
        return False if pol == "must" and (role.industries or role.missions) else None
    if facet == "company" and v.get("kind") in ("vc_backed", "pe_backed"):
        # "no VC money", "no PE-backed businesses again": only a role that says who owns or
        # funds it answers it
        return (pol != "avoid") if getattr(role, v["kind"]) else None
    if facet == "company" and v.get("kind") == "public_sector" and "public_sector" in role.company:
        return pol != "avoid"  # "NHS for life" against an NHS trust post
    if facet == "company" and v.get("kind") == "private_sector":
        # "private sector only" against a ministry: the public employer is what it refuses
        if "public_sector" in role.company:
            return pol == "avoid"
        return (pol != "avoid") if role.private_sector else None
    if facet == "company" and v.get("kind") == "public_sector" and role.private_sector:
        return pol == "avoid"  # "NHS only" against a private clinic with no NHS contracts
    if facet == "company" and v.get("kind") in _UNION_KINDS:
        # "wants a union shop" against a unionised plant; only a role that says either answers
        # it (a role naming "non-union" is no union workplace, whatever words it shares)
        if not role.company & _UNION_KINDS:
            return None
        hit = v["kind"] in role.company
        return (not hit) if pol == "avoid" else hit
    if facet == "company" and v.get("kind") in _EMPLOYER_KINDS and role.company & _EMPLOYER_KINDS:
        # "done with agency side, wants in-house" against "Brand Manager (in-house)": the kind of
        # employer the role says it is, not the suppliers it names ("manage our agency roster")
        hit = v["kind"] in role.company
        return (not hit) if pol == "avoid" else hit
    if facet == "company" and v.get("kind") == "in_house":
        return None  # a role that does not say whose team it is says nothing of it
    if (
        facet == "company"
        and role.company - _UNION_KINDS - _EMPLOYER_KINDS
        and v.get("kind") in _SIZES
    ):
        # "big corp only" against "one of Europe's largest insurers"; "startups only" misses it
        hit = v["kind"] in role.company
        if pol == "avoid":
            return not hit
        return hit
    if facet == "company" and v.get("kind") == "nonprofit":
        # "wants a charity" against "for a national children's charity": the employer, said as one
        # (a benefit's "a charity of your choice" is not)
        return (pol != "avoid") if nonprofit(role.text) else None
    if facet in ("company", "technology"):
        name = v.get("kind") or v.get("name")
        if not name or not any(
            role.mentions(word) for word in _KIN.get(name, (str(name).replace("_", " "),))
        ):
            return None
        return pol != "avoid"
    if facet == "topic":
        # "no more helicopters" against "helicopter transfers to the rigs": only a role whose
        # own text names the object answers it; any other says nothing at all
        words = v.get("words") or stems(str(v.get("phrase") or ""))
        if not named(words, role.topics):
            return None
        return pol != "avoid"
    if facet == "language":
        # "English B1" against "English C1 required"; "Spanish only" against support in German
        return language_met(v, pol, role.languages)
    if facet == "seniority" and v.get("scheme"):
        # "wants a P4" against "Programme Officer (P-4)": a grade of the role's own scheme
        return grade_met(v, pol, role.grade)
    if facet in ("title", "seniority"):
        want = v.get("level")
        if facet == "seniority" and want and role.seniority:
            has, said = _role_level(role), SENIORITY_ORDER.get(want, 0)
            if pol == "avoid":
                # "won't take another Senior title": that level misses, one above it meets
                return False if has == said else (True if has > said else None)
            return has >= said
        title = v.get("title")
        if title and role.title:
            # "Site PM" is a project manager's title, "PM, Payments" a product manager's
            spelled = spelled_title(role.title.casefold(), role.text)
            hit = title.casefold() in spelled
            if v.get("said") == "pm":
                # "no PM paperwork": a product or a project manager, whichever the role is
                hit = hit or "project manager" in spelled
            if pol == "avoid" and title.casefold() in _TECH_LEAD:
                hit = (
                    hit or role.sets_direction
                )  # "no tech-lead stuff": any role that leads technically
            return (not hit) if pol == "avoid" else hit
        return None
    return None


def _role_level(role: RoleFacts) -> int:
    """The role's level: its seniority field, or the level its title names where that is higher
    (a "Senior Accountant" filed as mid is a senior title; "Financial Controller" a manager's)."""
    has = SENIORITY_ORDER.get(role.seniority or "", 0)
    named = head_level(role.title.casefold()) if role.title else None
    return max(has, SENIORITY_ORDER.get(named[0], 0)) if named else has


def _driving(kind: str | None, pol: str, role: RoleFacts) -> bool | None:
    """Someone who cannot drive (or has no car) against a role that needs it; one who can, for it.
    A role that says nothing of driving answers nothing: an office job is no driving job."""
    needs = role.driving
    if needs is None:
        return None
    if pol == "avoid":
        if kind == "car":
            # a licence but no car: a company car, or a role that only asks for the licence, is fine
            return needs != "car" or role.company_car
        return False  # cannot drive: any role that needs driving goes against it
    return True if kind == "licence" or needs == "car" else None


def effect(c: ConditionFact, verdict: bool) -> float:
    # A topic weighs at most as an industry or a technology does (``STRENGTH``): a refusal the
    # role names is a standing conflict, a wish it names lifts, less than a facet's met wish (it
    # is a weaker reading than a facet's table).
    if c.facet == "topic" and verdict:
        return 0.4  # a wish read from the role's words alone: a lift, smaller than a facet's
    if c.facet == "pay" and not verdict:
        # An amount someone named is, in practice, the least they would move for: a band
        # that tops out below it is a standing conflict, however softly it was said.
        return -0.8
    strength = STRENGTH.get(c.polarity, 0.5)
    if verdict:
        return round(0.6 + 0.4 * (strength - 0.6) / 0.4, 3) if c.polarity == "must" else 0.6
    return -strength if c.polarity in ("must", "avoid") else -0.35
