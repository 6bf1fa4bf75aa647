"""One fit between what a person told us and what a role is.

``judge`` takes a person's conditions (``data.conditions``: read from their words or set by a
recruiter), their history with the team and a role's terms (``reading.role_facts``) and
returns judgements, each with its evidence:

- ``met``: a wish or a must the role meets ("remote only" — the role is remote);
- ``unmet``: a must, a wish or a refusal the role goes against (a standing conflict when the
  condition is a must or a refusal);
- ``resolved`` / ``standing``: the same, for what ended the latest process ("last time");
- ``unknown``: a must the role's record does not answer ("needs sponsorship" — the role says
  nothing about visas): the recruiter should check before writing;
- ``wait``: they asked us to wait, and the day has not come;
- ``opted_out``: they asked us not to write again.

Ranking (``matching.signals``), the reasons on a result, drafts, the weekly list and the
Openings counts all read these; none of them reads the notes again. ``stops`` says whether a
role may be pitched to a person at all.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from matching.judgements import (
    PLACE_FACETS,
    STANDING,
    ConditionFact,
    Judgement,
    has_opted_out,
    hired_until,
    latest_pay,
    latest_waits,
    place_conflicts,
    stops,
    superseded_contracts,
    superseded_moves,
    wait_runs,
    waiting_until,
)
from matching.pay_compare import in_band_period, yearly_eur
from matching.rehire import not_for_rehire
from matching.role_words import hours_phrase, role_phrase
from matching.verdict import applies, verdict
from matching.verdict import effect as condition_effect
from matching.verdict_time import HOURS_KINDS
from matching.verdict_where import same_place
from matching.wording import (
    FACET_LABEL,
    city_of,
    condition_phrase,
    month_year,
    quoted,
    topic_offer,
)
from reading.gazetteer import km_between
from reading.places import within
from reading.role_facts import RoleFacts

# What a judgement is, and what is asked of it, live in ``matching.judgements``; whether a
# role meets one condition in ``matching.verdict``. Their names are importable from here too.
__all__ = [
    "PLACE_FACETS",
    "STANDING",
    "ConditionFact",
    "Judgement",
    "has_opted_out",
    "hired_until",
    "judge",
    "judge_condition",
    "judge_person",
    "location_judgement",
    "place_conflicts",
    "stops",
    "waiting_until",
    "yearly_eur",
]


def judge_condition(
    c: ConditionFact, role: RoleFacts, *, last_time: bool = False
) -> Judgement | None:
    if not applies(c, role):
        return None  # a floor said for contract work, against a permanent seat
    met = verdict(c, role)
    said = condition_phrase(c, person="third")
    if c.facet == "pay" and c.value.get("thousands_assumed"):
        # "need 30 now" against an hourly band is read as thirty an hour: say it so
        said = condition_phrase(replace(c, value=in_band_period(c.value, role)), person="third")
    evidence = {
        "condition_id": c.id,
        "facet": c.facet,
        "polarity": c.polarity,
        "value": c.value,
        "said": c.span_text,
        "said_at": c.said_at.isoformat() if c.said_at else None,
        "source": c.source_kind,
        "source_id": c.source_id,
    }
    offer = topic_offer(c) if c.facet == "topic" else role_phrase(c.facet, role)
    if c.facet == "schedule" and c.value.get("kind") in HOURS_KINDS:
        # "won't work past 11pm" against "service till 1am": the role's hours are the evidence
        offer = hours_phrase(c.value["kind"], role)
        evidence["role_hours"] = {
            "starts": role.starts,
            "ends": role.ends,
            "shift_hours": role.shift_hours,
        }
    if met is None:
        if c.facet == "topic":
            return None  # a role that does not name it: no judgement at all, not "check first"
        if c.polarity == "must" or (last_time and c.polarity == "avoid"):
            sentence = (
                f"{said} ({month_year(c.said_at)}) — the role's record does not say; check first."
            )
            return Judgement(
                "unknown", c.facet, 0.0, sentence, condition_phrase(c), "", last_time, evidence
            )
        return None
    effect = condition_effect(c, met)
    if last_time:
        kind = "resolved" if met else "standing"
        # What ended the last process and still holds is a standing conflict when it was a
        # must or a refusal; a mere preference stays a preference.
        hard = c.polarity in ("must", "avoid") or c.facet == "pay"
        effect = 1.0 if met else (min(effect, -0.8) if hard else effect)
    else:
        kind = "met" if met else "unmet"
    joint = " — " if met else ", but "
    sentence = f"{said} ({month_year(c.said_at)}){joint}{offer or 'this role differs'}."
    return Judgement(
        kind,
        c.facet,
        effect,
        sentence[0].upper() + sentence[1:],
        condition_phrase(c),
        offer if met else "",
        last_time,
        evidence,
    )


COMMUTE_CAP_TIGHT = 45  # minutes: a cap this tight rules out an office across town


def _in_place(place: str | None, role: RoleFacts) -> bool:
    """The role's office is in ``place``: its city, or a city in the state named ("Texas" and
    an office in "Austin, TX")."""
    return same_place(place, role.city) or within(role.city, place, role.location)


NEAR_KM = 30  # a neighbouring town: a commute, not a move
KM_PER_CAPPED_MINUTE = 1 / 3.5  # a journey cap met for sure: ~10 km for "max 35 min"


def _within_reach(
    person_location: str | None, role: RoleFacts, tightest: int | None, bound: bool
) -> bool:
    """Home is a neighbouring town of the office ("Rochester Hills, MI" for "Auburn Hills, MI"),
    by the towns' positions (``reading.gazetteer``); with a bound on the journey (``tightest``
    minutes, if a cap says so), close enough that it holds by any road. A town the gazetteer does
    not know is judged as before."""
    km = km_between(person_location, role.location or role.city)
    if km is None or not bound:
        return km is not None and km <= NEAR_KM
    return km <= (tightest or COMMUTE_CAP_TIGHT) * KM_PER_CAPPED_MINUTE


def location_judgement(
    person_location: str | None, conditions: list[ConditionFact], role: RoleFacts
) -> Judgement | None:
    """Someone who lives elsewhere, for a role that needs them in its office."""
    home = city_of(person_location)
    if not home or not role.city or role.work_mode == "remote":
        return None
    if same_place(home, role.city):
        return None
    journey_bound = any(
        c.facet == "commute"
        and (
            c.polarity == "avoid"
            or c.polarity == "must"
            and int(c.value.get("minutes") or 0) <= COMMUTE_CAP_TIGHT
        )
        for c in conditions
    )
    # A tight commute cap, for an office in another part of town or another town than where they
    # live ("under 30 min door to door" from Croydon, the office in Canary Wharf): the journey is
    # not short enough to count on, so the cap stands against the role. An office in the town
    # their address names ("Croydon, London" for a London office) is for the recruiter to check.
    caps = sorted(
        (int(c.value["minutes"]), c.value.get("distance") or f"{c.value['minutes']} minutes")
        for c in conditions
        if c.facet == "commute" and c.polarity == "must" and c.value.get("minutes")
    )
    if _within_reach(person_location, role, caps[0][0] if caps else None, journey_bound):
        return None
    if not journey_bound and any(
        same_place(home, part.strip()) for part in (role.location or "").split(",")[1:]
    ):
        # "Filton, Bristol, UK" for someone in Bristol: a town their city holds. With a bound
        # on the journey ("max 30 min" from across Mexico City to Santa Fe) the cap decides.
        return None
    moved = superseded_moves(conditions)
    conditions = [c for c in conditions if id(c) not in moved]
    open_to_move = (
        any(
            c.facet == "relocation"
            and c.value.get("willing") is True
            and (not c.value.get("place") or _in_place(c.value.get("place"), role))
            for c in conditions
        )
        or any(
            c.facet == "location"
            and c.polarity != "avoid"
            and _in_place(c.value.get("place"), role)
            for c in conditions
        )
        or any(  # "happy to commute to Cardiff twice a week", from Bristol
            c.facet == "commute"
            and c.polarity == "wish"
            and c.value.get("to")
            and _in_place(c.value["to"], role)
            for c in conditions
        )
    )
    if open_to_move:
        return None
    will_not_move = any(
        c.facet == "relocation" and c.value.get("willing") is False for c in conditions
    )
    mode = FACET_LABEL.get(role.work_mode or "", role.work_mode or "office-based")
    elsewhere = not any(same_place(part, role.city) for part in (person_location or "").split(","))
    if caps and caps[0][0] <= COMMUTE_CAP_TIGHT and elsewhere and role.work_mode != "remote":
        sentence = (
            f"Lives in {home} and wants a commute under {caps[0][1]}; this role is "
            f"{mode} in {role.city}."
        )
        return Judgement(
            "unmet",
            "commute",
            -1.0,
            sentence,
            evidence={"lives_in": home, "role_city": role.city, "commute_cap": caps[0][0]},
        )
    sentence = f"Lives in {home}; this role is {mode} in {role.city}" + (
        ", and they said they would not relocate." if will_not_move else "."
    )
    return Judgement(
        "unmet" if will_not_move else "location",
        "location",
        -1.0 if will_not_move else -0.4,
        sentence,
        evidence={"lives_in": home, "role_city": role.city, "will_not_move": will_not_move},
    )


def judge(
    conditions: list[ConditionFact],
    role: RoleFacts,
    *,
    person_location: str | None = None,
    last_process: int | None = None,
    today: date | None = None,
) -> list[Judgement]:
    """Every judgement of one person against one role. ``last_process``: the id of their
    latest application; conditions read from its reason note are judged as "last time"."""
    out: list[Judgement] = []
    waits = {id(c) for c in latest_waits(conditions)}  # a later word on timing replaces one
    pays = {id(c) for c in latest_pay(conditions)}  # and a later amount an earlier one
    moved = superseded_moves(conditions)  # and a later word on moving an earlier one
    moved |= superseded_contracts(conditions)  # and on the kind of contract
    for c in conditions:
        if c.facet == "contact":
            if c.value.get("kind") == "opt_out":
                out.append(
                    Judgement(
                        "opted_out",
                        "contact",
                        -1.0,
                        f"Asked us not to write again ({month_year(c.said_at)}).",
                        evidence={
                            "condition_id": c.id,
                            "said_at": str(c.said_at),
                            "source": c.source_kind,
                        },
                    )
                )
            continue
        if c.facet == "wait":
            until = wait_runs(c, today) if today else None
            if until and id(c) in waits:
                out.append(
                    Judgement(
                        "wait",
                        "wait",
                        -0.5,
                        f"Asked us to wait until {until:%B %Y} (said {month_year(c.said_at)}).",
                        evidence={
                            "condition_id": c.id,
                            "until": until.isoformat(),
                            "said": c.span_text,
                            # a statement read as a wait is not also a motivation by meaning
                            "source": c.source_kind,
                            "source_id": c.source_id,
                        },
                    )
                )
            continue
        last = (
            c.source_kind == "application"
            and last_process is not None
            and c.source_id == last_process
        )
        if c.source_kind == "application" and not last:
            continue  # an older process: its story is superseded by the latest one
        if c.facet == "pay" and c.value.get("amount") and id(c) not in pays:
            continue  # an amount named before the latest one
        if id(c) in moved:
            continue  # "would relocate", then later "not moving any more": the later decides
        if c.facet == "driving" and today and _over(c.value.get("until"), today):
            continue  # "banned until March", and March has come: they drive again
        found = judge_condition(c, role, last_time=last)
        if found:
            out.append(found)
    if loc := location_judgement(person_location, conditions, role):
        out.append(loc)
    return out


def _over(until, today: date) -> bool:
    try:
        return bool(until) and date.fromisoformat(str(until)) <= today
    except ValueError:
        return False


def judge_person(person, role, now: datetime) -> list[Judgement]:
    """``judge`` for a loaded person (``matching.facts.PersonFacts``) and a ``Role``."""
    last = person.last_process
    out = judge(
        person.conditions,
        role.facts,
        person_location=person.location,
        last_process=last.id if last else None,
        today=now.date(),
    )
    if held := hired_until(person.applications, person.conditions, now.date()):
        until, app = held
        began = app.decided_at or app.applied_at
        out.append(
            Judgement(
                "wait",
                "wait",
                -0.5,
                f"Hired in {month_year(began)}: a job just begun, left to settle until "
                f"{until:%B %Y}.",
                evidence={"until": until.isoformat(), "application_id": app.id},
            )
        )
    if marked := not_for_rehire(person.applications, person.touchpoints):
        app, words = marked
        when = getattr(app, "decided_at", None) or getattr(app, "applied_at", None)
        when = when or getattr(app, "at", None)
        # A standing block, not an opt-out: never pitched, and never quoted in a draft
        # (no paraphrase): the reason is for the recruiter alone.
        out.append(
            Judgement(
                "standing",
                "rehire",
                -1.0,
                f"Not to be hired again: the team's record"
                f"{' from ' + month_year(when) if when else ''} says {quoted(words)}.",
                evidence={
                    ("touchpoint_id" if hasattr(app, "at") else "application_id"): app.id,
                    "note": words,
                },
            )
        )
    return out
