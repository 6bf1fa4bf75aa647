"""Whether a role meets one condition (``verdict``: yes, no, or cannot tell from the role's
record) and how much that weighs (``effect``), facet by facet; pay is compared in euros a year
(``matching.pay_compare``).
"""

from __future__ import annotations

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
from matching.verdict_time import VERDICTS as WHEN
from matching.verdict_where import VERDICTS as WHERE
from reading.clearance import meets
from reading.countries import country_of
from reading.grades import grade_met
from reading.languages import language_met
from reading.role_company import nonprofit
from reading.role_facts import RoleFacts
from reading.title_shorthand import spelled_title
from reading.titles import head_level
from reading.topics import named, stems

_TECH_LEAD = frozenset({"tech lead", "technical lead"})
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
    if facet in WHERE:
        return WHERE[facet](v, pol, role)
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
    if facet in WHEN:
        return WHEN[facet](v, pol, role)
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
