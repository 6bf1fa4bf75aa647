"""Whether a role meets a condition on when and how far the work takes someone: the working
day's bounds, shifts, rosters and rotations, weekends and evenings, and travel (``matching.verdict``
asks this module for the schedule and travel facets)."""

from __future__ import annotations

from typing import Any

from reading import hours, rotation
from reading.role_facts import RoleFacts

# Schedule kinds that bound the day or the shift by the clock (``reading.hours``).
HOURS_KINDS = frozenset({"late_finish", "early_start", "long_shifts"})

EVENING_ENDS = 19 * 60  # a working day that runs to 7pm or later runs into the evening


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


def _schedule(v: dict[str, Any], pol: str, role: RoleFacts) -> bool | None:
    """Shifts, hours, rotations, weekends and evenings against the role's schedule."""
    if v.get("kind") in HOURS_KINDS:
        return _hours_verdict(v, pol, role)
    if (
        v.get("kind") == "fifo"
        and v.get("weeks")
        and (weeks := rotation.role_hitch_weeks(role.text)) is not None
    ):
        # "3/3 too long with a newborn" against a 2/2: a shorter hitch than the one refused
        return weeks < v["weeks"] if pol == "avoid" else None
    if v.get("scope") == "split":
        # "won't do split shifts" against "straight shifts, no splits": only splits count
        if role.split_shifts is None:
            return None
        return (not role.split_shifts) if pol == "avoid" else role.split_shifts
    if v.get("scope") in ("rotating", "fixed") and role.rotating is not None:
        # "no more rotating rosters" or "wants a fixed line" against a "fixed day shift" (met) or
        # a "rotating 4 on 4 off" (not); a role that does not say falls to shift work below
        hit = role.rotating == (v["scope"] == "rotating")
        return (not hit) if pol == "avoid" else hit
    if v.get("scope") == "fixed":
        return None  # the same hours every week asks nothing of a role that does not say
    if (
        v.get("scope") == "evening"
        and "nights" not in role.schedule
        and role.ends is not None
        and role.ends >= EVENING_ENDS
    ):
        # "won't do evening calls" against "calls run 2pm to 8pm": evening work, though no nights
        return pol != "avoid"
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


def _travel(v: dict[str, Any], pol: str, role: RoleFacts) -> bool | None:
    """Travel (a share, nights away, flying, trips abroad, a posting) against the role's."""
    if v.get("scope") == "posting":
        # "wants onsite opportunities (L1)" against "L1 transfer to the Dallas client site": a
        # stint abroad; a role that sends no one says nothing to it
        if not role.posted_abroad:
            return None
        return pol != "avoid"
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


VERDICTS = {"schedule": _schedule, "travel": _travel}
