"""Whether a role meets a condition on where and how the work is done: work mode (remote,
hybrid days, on-site), a place wanted or refused, a move, a journey (``matching.verdict``
asks this module for these four facets)."""

from __future__ import annotations

from typing import Any

from reading.gazetteer import km_between
from reading.places import city_key, within
from reading.role_facts import RoleFacts, named_in
from reading.where_commute import CENTRES

# Less office to more: wanting less than the role asks is a miss, more freedom is fine.
MODE_ORDER = {"remote": 0, "hybrid": 1, "onsite": 2}

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


def _work_mode(v: dict[str, Any], pol: str, role: RoleFacts) -> bool | None:
    """Remote, hybrid (with its days or weekdays) or on-site against the role's mode."""
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


def _location(v: dict[str, Any], pol: str, role: RoleFacts) -> bool | None:
    """A place wanted or refused against where the role is."""
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


def _relocation(v: dict[str, Any], pol: str, role: RoleFacts) -> bool | None:
    """A move, willing or not, with or without help, against the role's city."""
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


def _commute(v: dict[str, Any], pol: str, role: RoleFacts) -> bool | None:
    """A journey said or refused against where the role's office is."""
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


VERDICTS = {
    "work_mode": _work_mode,
    "location": _location,
    "relocation": _relocation,
    "commute": _commute,
}
