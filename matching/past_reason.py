"""The past reason against this role: whether what ended the latest process (the reason code,
and what was read from its note) still stands for this role, or is resolved by it.

Pure, like the other signals (``matching.signals``): records already loaded and ``now`` in,
``(score, [Explanation, ...])`` out.
"""

import re
from collections.abc import Sequence
from datetime import datetime

from data.models import Application, Candidate  # or their facts
from data.vocab import STAGE_ORDER
from matching.facts import latest_process
from matching.judgements import Judgement, taken_back_on
from matching.reasons import Explanation
from matching.role import Role
from matching.wording import FACET_LABEL, city_of, month_year, quoted
from reading import money
from reading.pay_amount import GAP_AFTER


def _months(then: datetime | None, now: datetime) -> float:
    return (now - then).days / 30.44 if then else 999.0


_AMOUNT = re.compile(r"([€£$])\s?(\d{2,3}(?:[.,]\d{3})?)\s?(k)?", re.I)
# The amount is what we offered, not what they asked: "our offer was $96k", "offered her £70k".
_OFFERED_BEFORE = re.compile(
    r"\b(?:offer(?:ed)?|came in|went in)(?: (?:was|of|at|is|them|her|him|it))*\W*$", re.I
)
# An offer turned down over pay asked for more than it: a band barely above it resolves nothing.
_ABOVE_OFFER = 1.1


def _asked_amount(note: str | None, band_max: int | None = None) -> tuple[int | None, bool]:
    """The first amount in a note such as 'Asked for €120k; band capped at €105k', and whether
    it was our offer ("our offer was $96k": they asked for more). A gap ("the salary was $20k
    short of what he needs") is counted on top of the band it fell short of, when that is known,
    and is no amount on its own."""
    if not note:
        return None, False
    found = _AMOUNT.search(note)
    if found:
        number = int(re.sub(r"[.,]", "", found.group(2)))
        amount = number * 1000 if found.group(3) or number < 1000 else number
    else:
        # another currency's code or sign: "we offered AED 28k a month", "INR 32 LPA"
        found = money.SYMBOLED.search(note.lower())
        if not found:
            return None, False
        amount = int(money.number(found["num"]) * money.multiplier(found["mult"]))
    if GAP_AFTER.match(note[found.end() :]):
        return (band_max + amount if band_max else None), False
    return amount, bool(_OFFERED_BEFORE.search(note, max(0, found.start() - 30), found.start()))


# What a reason code is about, in the facets a reason note is read into: when the note says
# something on one of them, the condition read from it is judged instead of the code alone.
_REASON_FACETS = {
    "remote_policy": {"work_mode", "commute", "location"},
    # the right to work there is where someone can work too: "withdrew, needed sponsorship"
    "location": {"location", "relocation", "commute", "work_mode", "visa"},
    "compensation": {"pay"},
    "counteroffer": {"pay"},
}


_OVER = {
    "remote_policy": "an office mandate",
    "location": "the location",
    "compensation": "pay",
    "counteroffer": "a counteroffer",
    "timing": "timing",
    "not_interested": "interest",
}


def past_reason_fit(
    role: Role,
    candidate: Candidate,
    applications: Sequence[Application],
    now: datetime,
    judgements: Sequence[Judgement] = (),
) -> tuple[float, list[Explanation]]:
    """Whether what ended the latest process still stands for this role. Only the latest
    process is "last time"; an older one adds nothing but a conduct judgement."""
    latest = latest_process(applications)
    if latest is None:
        # no process with us, but a note the team logged may still say never again ("walked
        # out in week 3, not eligible for rehire")
        reasons = [
            Explanation("past_reason_standing", j.sentence, j.effect, dict(j.evidence))
            for j in judgements
            if j.facet == "rehire"
        ]
        return max(-1.0, sum(r.effect for r in reasons)), reasons
    lead = _what_happened(latest)
    evidence = {
        "application_id": latest.id,
        "role_title": latest.role_title,
        "when": month_year(latest.decided_at or latest.applied_at),
        "stage_reached": latest.stage_reached,
        "outcome": latest.outcome,
        "reason": latest.reason,
    }
    reasons: list[Explanation] = []
    again = _counters_again(latest, applications)
    if again:
        # Nothing in this role resolves it: a band that meets their ask is what they used before.
        sentence = (
            f"{lead} to take a counteroffer, and not for the first time: they have used offers "
            "to win a raise where they are."
        )
        reasons.append(Explanation("past_reason_standing", sentence, -0.8, evidence))
    read = [] if again else [j for j in judgements if j.last_time]
    # "Asked 160k base, we maxed at 130k": where one reading of a facet still stands, another
    # that this role would meet (often the team's own figure in the note) does not resolve it
    standing = {j.facet for j in read if j.kind == "standing"}
    read = [j for j in read if not (j.kind == "resolved" and j.facet in standing)]
    for j in read:
        kind = (
            "past_reason_resolved"
            if j.kind == "resolved"
            else ("past_reason_standing" if j.kind == "standing" else "check")
        )
        effect = j.effect if j.kind != "unknown" else -0.2
        over = _OVER.get(latest.reason or "")
        sentence = (
            f"{lead}{' over ' + over if over else ''}: {j.sentence[0].lower()}{j.sentence[1:]}"
        )
        reasons.append(Explanation(kind, sentence, round(effect, 3), {**evidence, **j.evidence}))
    covered = _REASON_FACETS.get(latest.reason or "", set())
    if not again and not (covered and any(j.facet in covered for j in read)):
        verdict = _judge(role, candidate, latest, now)
        if verdict is not None:
            value, sentence = verdict
            kind = "past_reason_resolved" if value > 0 else "past_reason_standing"
            reasons.append(Explanation(kind, sentence, round(value, 3), evidence))
    for j in judgements:
        if j.facet == "rehire":  # marked not to be hired again (``matching.rehire``)
            reasons.append(Explanation("past_reason_standing", j.sentence, j.effect, evidence))
    for older in applications:
        if older is not latest and older.reason == "conduct":
            reasons.append(
                Explanation(
                    "past_reason_standing",
                    f"{_what_happened(older)} over conduct.",
                    -1.0,
                    {"application_id": older.id, "reason": "conduct"},
                )
            )
    total = sum(r.effect for r in reasons)
    return max(-1.0, min(1.0, total)), reasons


# A counteroffer taken again: someone who has used offers to win a raise where they are more
# than once is a risk no band resolves. Said in the note ("third time he's used one of our
# offers", "took the counter again", "zum zweiten Mal") or seen in the history (two processes
# ended by a counteroffer).
_COUNTER = (
    r"counter(?:[- ]?off?ers?|[- ]?offered)?|offers?|matched|gegenangebot\w*|contra-?ofert\w*|"
    r"contra-?propost\w*|kontroferty?\w*|kontrofert\w*"
)
_AGAIN = (
    r"(?:second|third|fourth|fifth|2nd|3rd|4th|5th|another|nth)\s+time|again|twice|"
    r"(?:every|each)\s+time|yet\s+another|serial|habit(?:ually)?|zum\s+(?:zweiten|dritten)\s+mal|"
    r"(?:schon\s+)?wieder|erneut|otra\s+vez|de\s+nuevo|por\s+(?:segunda|tercera)\s+vez|"
    r"de\s+novo|mais\s+uma\s+vez|pela\s+(?:segunda|terceira)\s+vez|znowu|ponownie|"
    r"po\s+raz\s+(?:drugi|trzeci)"
)
_REPEAT = re.compile(
    rf"\b(?:{_AGAIN})\b[^.;!?\n]{{0,60}}?\b(?:{_COUNTER})\b"
    rf"|\b(?:{_COUNTER})\b[^.;!?\n]{{0,40}}?\b(?:{_AGAIN})\b"
    # "uses offers as leverage", "used one of our offers to get a raise"
    r"|\bus(?:es|ed|ing)\s+(?:one\s+of\s+)?(?:our|an?|the|recruiters'?|agency)\s+offers?\s+"
    r"(?:to\s+(?:get|win|negotiate|squeeze|leverage)|as\s+(?:leverage|a\s+bargaining))",
    re.IGNORECASE,
)
# "interviewed twice", "met him again": the repeat is of something else
_OTHER_REPEAT = re.compile(
    r"\b(?:interview\w*|met|spoke|spoken|applied|call(?:ed)?)\s+(?:\w+\s+)?(?:twice|again)\b"
    r"|\b(?:second|third|2nd|3rd)\s+time\s+(?:we|i|they)(?:'ve|\s+have)?\s+"
    r"(?:spoken|spoke|talked|met|interviewed|called|reached|approached)",
    re.IGNORECASE,
)


def _counters_again(latest: Application, applications: Sequence[Application]) -> bool:
    """Whether the latest process ended in a counteroffer taken not for the first time."""
    if latest.reason != "counteroffer":
        return False
    if sum(app.reason == "counteroffer" for app in applications) >= 2:
        return True
    note = _OTHER_REPEAT.sub(" ", latest.reason_note or "")
    return bool(_REPEAT.search(note))


def _what_happened(app: Application) -> str:
    when = month_year(app.decided_at or app.applied_at)
    if app.outcome == "declined_offer":
        return f"Declined our offer in {when}"
    if app.outcome == "withdrew":
        return f"Withdrew in {when}"
    return f"Not taken forward in {when}"


def _judge(
    role: Role, candidate: Candidate, app: Application, now: datetime
) -> tuple[float, str] | None:
    reason = app.reason
    if not reason or app.outcome == "hired":
        return None
    past = app.opening
    months = _months(app.decided_at or app.applied_at, now)
    lead = _what_happened(app)
    if reason == "remote_policy":
        past_policy = past.remote_policy if past else "onsite"
        order = {"remote": 0, "hybrid": 1, "onsite": 2}
        if role.remote_policy and order.get(role.remote_policy, 2) < order.get(past_policy, 2):
            return (
                1.0,
                f"{lead} over an office mandate — this role is {FACET_LABEL[role.remote_policy]}.",
            )
        if role.remote_policy:
            return (
                -0.8,
                f"{lead} over an office mandate — this role is "
                f"{FACET_LABEL[role.remote_policy]} too.",
            )
        return None
    if reason == "location":
        where = (past.location if past else None) or "the office location"
        if role.remote_policy == "remote":
            return 0.9, f"{lead} over relocation to {where} — this role is remote."
        if city_of(role.location) and city_of(role.location) == city_of(candidate.location):
            return 0.9, f"{lead} over relocation to {where} — this role is in their city."
        if role.location:
            return -0.5, f"{lead} over relocation to {where}; this role is in {role.location}."
        return None
    if reason in ("compensation", "counteroffer"):
        band_max = past.salary_max if past else None
        asked, offered = _asked_amount(app.reason_note, band_max)
        if offered and role.salary_max:
            said = f"our offer was {asked // 1000}k"
            if role.salary_max >= asked * _ABOVE_OFFER:
                band = f"this role's band goes up to {role.salary_max // 1000}k"
                return 1.0, f"{lead} over pay ({said}) — {band}."
            return (
                -0.7,
                f"{lead} over pay ({said}); this role tops out at {role.salary_max // 1000}k.",
            )
        # With no amount in the note, the band turned down is what they said no to, as an offer
        # is: a role paying the same (or barely more) resolves nothing.
        need = asked if asked else (band_max * _ABOVE_OFFER if band_max else None)
        asked = asked or band_max
        if role.salary_max and asked and need and role.salary_max >= need:
            return (
                1.0,
                f"{lead} over pay (around {asked // 1000}k) — this role's band "
                f"goes up to {role.salary_max // 1000}k.",
            )
        if role.salary_max and asked:
            return (
                -0.7,
                f"{lead} over pay (around {asked // 1000}k); this role tops out at "
                f"{role.salary_max // 1000}k.",
            )
        if reason == "counteroffer" and months >= 12:
            return 0.3, f"{lead} after a counteroffer, {months:.0f} months ago."
        return None
    if reason == "experience_level":
        too_senior = bool(
            app.reason_note
            and "senior" in app.reason_note.lower()
            and "junior" not in app.reason_note.lower()
        )
        if too_senior:
            return None
        if months >= 18:
            return (
                0.7,
                f"Judged too junior in {month_year(app.decided_at)}, "
                f"{months:.0f} months ago — they will have grown since.",
            )
        return -0.6, f"Judged too junior only {months:.0f} months ago."
    if reason in ("headcount",) or app.outcome == "position_closed":
        if STAGE_ORDER.get(app.stage_reached, 0) >= STAGE_ORDER["interview"]:
            return 0.6, f"{lead}: the position closed (headcount), not a judgement on them."
        # Closed before anyone met them: nothing was judged, so it says less than a final
        # round lost only to another candidate (``history_fit``).
        return 0.3, f"{lead}: the position closed (headcount) before we met them."
    if reason == "timing":
        if months >= 6:
            return 0.5, f"{lead} over timing, {months:.0f} months ago — worth asking again."
        return -0.3, f"{lead} over timing only {months:.0f} months ago."
    if reason == "skills_gap":
        if months < 12:
            return -0.5, f"Skills gap noted {months:.0f} months ago" + (
                f": {quoted(app.reason_note)}." if app.reason_note else "."
            )
        return None
    if reason in ("culture_fit", "no_show"):
        return -0.6, f"{lead}: {reason.replace('_', ' ')}" + (
            f" — {quoted(app.reason_note)}." if app.reason_note else "."
        )
    if reason == "conduct":
        return -1.0, f"{lead} over conduct."
    if reason == "not_interested" and months < 6:
        back = taken_back_on(list(getattr(candidate, "conditions", ())))
        ended = app.decided_at or app.applied_at
        if back and ended and ended.date() < back:
            return None  # "forget the no from March, happy to talk now": the no is taken back
        return -0.7, f"Told us they were not interested {months:.0f} months ago."
    return None
