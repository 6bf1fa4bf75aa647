"""What a role is on each facet, in words ("this role is hybrid in Leeds, 3 days a week in the
office"): the other half of a reason beside ``matching.wording``'s phrase for the condition."""

from __future__ import annotations

from typing import Any

from matching.wording import (
    CONTRACT_WORDS,
    FORM_NAMES,
    SCHEDULE_WORDS,
    article,
    money,
)
from reading.clearance import LEVEL_NAMES


def hours_phrase(kind: str, role: Any) -> str:
    """The role's hours for a bound on the day or shift: "this role's hours run to 01:00"."""
    if kind == "late_finish" and role.ends is not None:
        return f"this role's hours run to {role.ends // 60 % 24:02d}:{role.ends % 60:02d}"
    if kind == "late_finish" and "nights" in role.schedule:
        return "this role involves night work"
    if kind == "early_start" and role.starts is not None:
        return f"this role starts at {role.starts // 60:02d}:{role.starts % 60:02d}"
    if kind == "long_shifts" and role.shift_hours is not None:
        return f"this role's shifts are {role.shift_hours:g} hours"
    return ""


def role_phrase(facet: str, role: Any) -> str:
    """What the role is on a facet, as a clause ("this role is fully remote")."""
    city = f" in {role.city}" if role.city else ""
    if facet in ("work_mode", "commute", "location", "relocation"):
        if role.work_mode == "remote":
            return "this role is fully remote"
        if role.work_mode == "hybrid":
            days = (
                f", {role.office_days} day{'s' if role.office_days != 1 else ''} a week"
                " in the office"
                if role.office_days
                else ""
            )
            return f"this role is hybrid{city}{days}"
        if role.work_mode == "onsite":
            return f"this role is on-site{city}"
        return f"this role is based{city}" if city else ""
    if facet == "pay" and role.pay_max:
        top = money(role.pay_max, role.currency, role.pay_period)
        low = (
            money(role.pay_min, role.currency) + "–"
            if role.pay_min and role.pay_min != role.pay_max
            else "up to "
        )
        ote = getattr(role, "total_pay", None)
        with_ote = f", on-target earnings {money(ote, role.currency)}" if ote else ""
        return f"this role's band is {low}{top}{with_ote}"
    if facet == "visa" and role.sponsorship is not None:
        return (
            "this role offers visa sponsorship"
            if role.sponsorship
            else "this role cannot sponsor a visa"
        )
    if facet == "relocation" and role.relocation_support is not None:
        return (
            "this role offers relocation support"
            if role.relocation_support
            else "this role offers no relocation support"
        )
    if facet == "schedule":
        has = sorted(SCHEDULE_WORDS[k] for k in role.schedule if k in SCHEDULE_WORDS)
        hasnt = sorted(SCHEDULE_WORDS[k] for k in role.no_schedule if k in SCHEDULE_WORDS)
        if has:
            return "this role involves " + " and ".join(has)
        if hasnt:
            return "this role has no " + " or ".join(hasnt)
    if facet == "clearance" and role.clearance:
        named = LEVEL_NAMES.get(role.clearance)
        return (
            f"this role needs {article(named)} {named} clearance"
            if named
            else ("this role needs a security clearance")
        )
    if facet == "driving" and role.driving:
        if role.driving == "car":
            return "this role needs your own car"
        if role.company_car:
            return "this role comes with a company car to drive"
        return "this role needs a driving licence"
    if facet == "travel" and role.travel_share is not None:
        return f"this role involves about {role.travel_share:.0%} travel"
    if facet == "contract" and (role.forms or role.no_forms):
        takes = " or ".join(FORM_NAMES[f] for f in sorted(role.forms))
        refuses = " or ".join(FORM_NAMES[f] for f in sorted(role.no_forms))
        if takes and refuses:
            return f"this role is {takes} only, no {refuses}"
        return f"this role takes {takes}" if takes else f"this role takes no {refuses}"
    if facet == "contract" and role.contract:
        what = CONTRACT_WORDS.get(role.contract, role.contract)
        if getattr(role, "contract_months", None) and role.contract != "permanent":
            return f"this is {what} of {role.contract_months} months"
        return f"this is {what}"
    if facet == "management" and role.manages is not None:
        return "this role leads a team" if role.manages else "this is a hands-on role"
    if facet in ("title", "seniority") and role.title:
        return f"this role is {role.title}"
    if facet in ("industry", "mission"):
        # what the role's text says of its business and of the cause it serves
        missions, industries = sorted(role.missions), sorted(role.industries)
        if facet == "mission" and missions:
            return "this role works on " + " and ".join(missions)
        if industries:
            return "this role is in " + " and ".join(industries)
        if missions:
            return "this role works on " + " and ".join(missions)
    if facet in ("company", "industry", "mission", "technology"):
        return "the role's description mentions it"
    return ""
