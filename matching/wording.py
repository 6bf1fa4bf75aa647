"""Conditions and role terms in words: for the recruiter and, in drafts, to the candidate.

A draft never repeats a recruiter's note ("Fully remote, ideally async — has two small kids");
it says what the note *means*, to the person: "you would only consider fully remote roles".
These phrases are built from the condition's facet, polarity and value alone, so nothing of
the original wording (or of anyone else) can reach a candidate through them.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from reading.clearance import LEVEL_NAMES
from reading.countries import country_name
from reading.title_shorthand import CHIEF_OFFICERS
from reading.topics import content_words

FACET_LABEL = {
    "remote": "fully remote",
    "hybrid": "hybrid",
    "onsite": "on-site",
    "work_mode": "where you work",
    "location": "location",
    "commute": "commute",
    "relocation": "relocation",
    "pay": "pay",
    "visa": "visa sponsorship",
    "schedule": "working hours",
    "travel": "travel",
    "contract": "contract type",
    "management": "managing people",
    "company": "kind of company",
    "industry": "industry",
    "mission": "mission",
    "technology": "technology",
    "title": "title",
    "seniority": "seniority",
    "driving": "driving",
    "clearance": "security clearance",
    "language": "working language",
    "contact": "contact",
    "wait": "timing",
    "topic": "other preferences",
}
SCHEDULE_WORDS = {
    "shifts": "shift work",
    "nights": "night work",
    "weekends": "weekend work",
    "on_call": "on-call duty",
    "part_time": "part-time hours",
    "four_day_week": "a four-day week",
    "guaranteed_hours": "guaranteed hours",
    "flexible_hours": "flexible hours",
    "overtime": "regular overtime",
    "late_finish": "late finishes",
    "early_start": "early starts",
    "long_shifts": "long shifts",
    "fifo": "fly-in fly-out rosters",
    "live_in": "live-in work",
    "bank_holidays": "bank holiday work",
}
COMPANY_WORDS = {
    "startup": "startups",
    "scaleup": "scale-ups",
    "vc_backed": "venture-funded companies",
    "pe_backed": "companies owned by private equity",
    "union": "a unionised workplace",
    "non_union": "a non-union workplace",
    "enterprise": "large established companies",
    "small": "small companies",
    "large": "large companies",
    "agency": "agencies",
    "consultancy": "consultancies",
    "in_house": "in-house teams",
    "public_sector": "the public sector",
    "private_sector": "the private sector",
    "nonprofit": "non-profits",
}
LANGUAGE_LEVELS = {
    0: "none yet",
    1: "beginner (A1)",
    2: "basic (A2)",
    3: "conversational (B1)",
    4: "good (B2)",
    5: "fluent (C1)",
    6: "near-native (C2)",
    7: "native",
}
CONTRACT_WORDS = {
    "permanent": "a permanent role",
    "contract": "contract work",
    "freelance": "freelance work",
    "fixed_term": "a fixed-term role",
}
# US employment forms and UK IR35 status (``reading.tax_forms``)
FORM_WORDS = {
    "w2": "W-2 employment",
    "1099": "1099 contract work",
    "c2c": "corp-to-corp (C2C) contract work",
    "inside_ir35": "contract work inside IR35",
    "outside_ir35": "contract work outside IR35",
}
FORM_NAMES = {
    "w2": "W-2",
    "1099": "1099",
    "c2c": "C2C",
    "inside_ir35": "inside IR35",
    "outside_ir35": "outside IR35",
}
SYMBOL = {"GBP": "£", "EUR": "€", "USD": "$"}

# Titles said by their letters, written in capitals to the reader of a reason or a draft.
_TITLE_LETTERS = {*CHIEF_OFFICERS.values(), "vp", "svp", "evp", "sre", "hr", "it", "ux", "qa"}
_LETTERS = re.compile(r"\b(?:" + "|".join(sorted(_TITLE_LETTERS)) + r")\b")


def money(amount: float | int | None, currency: str | None, period: str | None = None) -> str:
    if not amount:
        return "a higher package"
    symbol = SYMBOL.get((currency or "").upper(), "")
    code = "" if symbol or not currency else f" {currency.upper()}"
    if amount >= 1000 and amount % 1000 == 0:
        text = f"{symbol}{int(amount) // 1000}k{code}"
    else:
        text = f"{symbol}{amount:,.0f}{code}"
    per = {"day": " a day", "hour": " an hour", "month": " a month", "week": " a week"}
    return text + per.get(period or "year", "")


def condition_phrase(c: Any, *, person: str = "second") -> str:
    """What a condition says, as a clause: "you would only consider fully remote roles"
    (second person, for drafts) or "only considers fully remote roles" (third, for reasons)."""
    you = person == "second"
    v, pol, facet = c.value, c.polarity, c.facet

    def say(second: str, third: str) -> str:
        return second if you else third

    if facet == "work_mode":
        mode = v.get("mode")
        if pol == "avoid":
            where = {
                "onsite": "in an office every day",
                "remote": "fully remote",
                "hybrid": "hybrid",
            }
            return say(
                f"you would rather not work {where.get(mode, mode)}",
                f"would rather not work {where.get(mode, mode)}",
            )
        if mode == "remote":
            return say(
                "you would only consider fully remote roles"
                if pol == "must"
                else "you would like to work remotely",
                "only considers fully remote roles" if pol == "must" else "wants to work remotely",
            )
        if mode == "hybrid":
            days = v.get("days")
            most = (
                f" with at most {days} office day{'s' if days != 1 else ''} a week" if days else ""
            )
            return say(f"you are looking for hybrid work{most}", f"wants hybrid work{most}")
        return say("you enjoy working in an office with the team", "wants to work in an office")
    if facet == "location":
        place = v.get("place") or "a particular place"
        if pol == "avoid":
            return say(f"you would rather not work in {place}", f"would rather not work in {place}")
        return say(f"you want to be based in {place}", f"wants to be based in {place}")
    if facet == "relocation":
        if v.get("willing") is False:
            return say("you would rather not relocate", "will not relocate")
        place = f" to {v['place']}" if v.get("place") else ""
        if v.get("help"):
            return say(
                f"you would move{place} with relocation support",
                f"would move{place} with relocation support",
            )
        return say(f"you are open to moving{place}", f"is open to moving{place}")
    if facet == "commute":
        if v.get("from"):
            # "two hours from Rongai": the journey from where they live
            mins = v.get("minutes")
            took = f" ({mins // 60}h{mins % 60:02d})" if mins and mins >= 60 else ""
            took = f" ({mins} minutes)" if mins and mins < 60 else took
            if pol == "avoid":
                return say(
                    f"the journey in from {v['from']} was too much",
                    f"finds the journey in from {v['from']}{took} too long",
                )
            return say(
                "you would like a shorter commute",
                f"travels in from {v['from']}{took}; wants a shorter commute",
            )
        return say("you want a shorter commute", "wants a shorter commute")
    if facet == "pay":
        amount = money(v.get("amount"), v.get("currency"), v.get("period"))
        if v.get("basis") == "total" and v.get("amount"):
            amount += " on-target"  # "OTE of 120k+": with commission, not base
        if pol == "must" or v.get("kind") == "floor":
            return say(f"the package needs to reach {amount}", f"needs at least {amount}")
        return say(f"you were looking for around {amount}", f"is looking for around {amount}")
    if facet == "visa":
        where = f" in {country_name(v['country'])}" if v.get("country") else ""
        if v.get("kind") == "needs_sponsorship":
            return say(f"you would need visa sponsorship{where}", f"needs visa sponsorship{where}")
        return say(
            f"you have the right to work {where.strip() or 'here'}",
            f"has the right to work{where}",
        )
    if facet == "schedule" and v.get("kind") in ("late_finish", "early_start") and v.get("time"):
        # "won't work past 11pm", "no starts before 8"
        past = "past" if v["kind"] == "late_finish" else "starting before"
        return say(
            f"you would rather not work {past} {v['time']}",
            f"does not want to work {past} {v['time']}",
        )
    if facet == "schedule" and v.get("kind") == "long_shifts" and v.get("hours"):
        n = f"{v['hours']:g}"
        return say(f"you prefer shifts of {n} hours or less", f"wants shifts of {n} hours at most")
    if facet == "schedule":
        what = SCHEDULE_WORDS.get(v.get("kind"), "these hours")
        if v.get("scope") == "evening":
            what = "evening hours"  # "no evening calls with the US": late, not night work
        if pol == "avoid":
            return say(f"you would rather avoid {what}", f"does not want {what}")
        return say(f"you were after {what}", f"wants {what}")
    if facet == "travel":
        if v.get("scope") == "posting":
            if pol == "avoid":
                return say(
                    "you would rather not take a posting abroad", "does not want a posting abroad"
                )
            return say("you were keen on a posting abroad", "wants an onsite posting abroad")
        if pol == "wish" and not v.get("scope"):
            return say("you were happy to travel for work", "is happy to travel for work")
        return say("you would like to keep travel limited", "wants little travel")
    if facet == "contract":
        what = FORM_WORDS.get(v.get("form")) or CONTRACT_WORDS.get(
            v.get("kind"), "a particular contract"
        )
        if v.get("under_months"):
            n = int(v["under_months"])
            length = f"{n // 12} year{'s' if n > 12 else ''}" if n % 12 == 0 else f"{n} months"
            return say(
                f"you would take {what} of at least {length}", f"takes {what} of {length} or more"
            )
        if pol == "avoid":
            return say(f"you would rather not take {what}", f"does not want {what}")
        return say(f"you prefer {what}", f"prefers {what}")
    if facet == "management":
        manage = v.get("kind") == "manage"
        if manage != (pol == "avoid"):
            return say("you would like to lead a team", "wants to lead a team")
        return say("you want to stay hands-on rather than manage", "wants to stay hands-on")
    if facet in ("company", "industry", "mission", "technology"):
        raw = v.get("kind") or v.get("name") or "this"
        name = COMPANY_WORDS.get(raw, str(raw).replace("_", " "))
        if v.get("scope"):
            name = f"{v['scope']} {name}"  # "fashion retail"
        if pol == "avoid":
            verb = {"technology": "work with", "company": "join"}.get(facet, "work in")
            return say(f"you would rather not {verb} {name}", f"would rather not {verb} {name}")
        if facet == "mission":
            return say(f"you care about {name}", f"cares about {name}")
        if facet == "technology":
            return say(f"you would like to work with {name}", f"wants to work with {name}")
        return say(f"you are keen on {name}", f"is keen on {name}")
    if facet in ("title", "seniority"):
        what = v.get("title") or v.get("level") or "a step up"
        what = _LETTERS.sub(lambda m: m[0].upper(), what)  # "a step up to CISO", not "ciso"
        if v.get("said") == "pm":
            what = "PM"  # said as "PM": a project or a product manager
        if pol == "avoid":
            return say(f"you would rather not be a {what}", f"would rather not be a {what}")
        return say(f"you are looking for a step up to {what}", f"wants a step up to {what}")
    if facet == "driving":
        car = v.get("kind") == "car"
        if pol == "avoid":
            if car:
                return say("you do not have a car of your own", "has no car of their own")
            if v.get("until"):
                when = _month(v["until"])
                return say(f"you cannot drive until {when}", f"cannot drive (banned until {when})")
            return say("you do not drive", "does not drive (no driving licence)")
        if car:
            return say("you have a car of your own", "has a car of their own")
        return say("you hold a driving licence", "holds a driving licence")
    if facet == "clearance":
        named = LEVEL_NAMES.get(v.get("level") or "", "")
        what = f"a current {named} clearance" if named else "a current security clearance"
        if named and pol == "avoid":
            what = f"{article(named)} {named} clearance now"
        if pol == "avoid":
            return say(f"you do not hold {what}", f"does not hold {what}")
        return say(f"you hold {what}", f"holds {what}")
    if facet == "language":
        lang = str(v.get("language") or "a language").capitalize()
        if v.get("working"):
            return say(f"you want to work in {lang}", f"wants to work in {lang}")
        level = LANGUAGE_LEVELS.get(int(v.get("level") or 0), "some")
        return say(f"your {lang} is {level}", f"{lang}: {level}")
    if facet == "wait":
        until = v.get("until")
        when = _month(until) if until else "a later date"
        if v.get("from"):
            begins = _month(v["from"])
            return say(
                f"you asked us to leave you be from {begins} until {when}",
                f"asked to be left be from {begins} until {when}",
            )
        return say(f"you asked us to wait until {when}", f"asked us to wait until {when}")
    if facet == "topic":
        what = topic_words(v)
        if pol == "avoid":
            return say(
                f"you mentioned you would rather not work with {what}",
                f"would rather not work with {what}",
            )
        return say(f"you mentioned you were keen on {what}", f"is keen on {what}")
    if facet == "contact":
        if v.get("kind") == "opt_out":
            return say("you asked us not to write again", "asked us not to write again")
        if v.get("kind") == "opt_in":
            return say("you were happy to hear from us again", "happy to hear from us again")
        channel = v.get("channel") or "another channel"
        if pol == "avoid":
            return say(f"you would rather not be contacted by {channel}", f"not by {channel}")
        return say(f"you prefer {channel}", f"prefers {channel}")
    return say("you told us what matters to you", "told us what matters")


def topic_words(value: dict) -> str:
    """A topic's object in its content words (``reading.topics``): "confined spaces", never the
    note's own sentence."""
    words = content_words(str(value.get("phrase") or "")) or list(value.get("words") or ())
    return " ".join(words) or "this"


def topic_offer(c: Any) -> str:
    """What a role that names a topic's object says of it: "this role's description mentions
    helicopters"."""
    return f"this role's description mentions {topic_words(c.value)}"


def month_year(moment: date | datetime | None) -> str:
    """When something was said or happened, as a reason writes it: ``March 2026``."""
    return _month_name(moment.year, moment.month) if moment else "earlier"


@lru_cache(maxsize=1024)
def _month_name(year: int, month: int) -> str:
    # Every judgement of a shortlist dates its sentence: strftime per call was a tenth of
    # the scoring's time.
    return f"{date(year, month, 1):%B %Y}"


def quoted(text: str, limit: int = 90) -> str:
    """A recruiter's note in one pair of quotation marks, on one line, cut at ``limit``."""
    # Notes often carry their own quotation marks: one pair is enough.
    text = " ".join(text.split()).strip("\"'“”‘’ ")
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def city_of(location: str | None) -> str | None:
    """The city of a location as written (``Lisbon, Portugal`` → ``Lisbon``)."""
    return location.split(",")[0].strip() if location else None


def _month(iso: str) -> str:
    try:
        return f"{date.fromisoformat(str(iso)):%B %Y}"
    except ValueError:
        return str(iso)


def article(name: str) -> str:
    """The article before a clearance's name, as it is said aloud ("an NV1", "an SC", "a DV",
    "a Secret")."""
    spelt = name.isupper()
    return "an" if (name[0] in "AEFHILMNORSX" if spelt else name[0] in "AEIOU") else "a"
