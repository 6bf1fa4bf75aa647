"""Whether a past employee was marked not to be hired again, as the team's own records say it:
"not eligible for rehire", "NFR", "rehire: N", "do not rehire", "no recontratable".

A recruiter would not put such a person forward. It is no opt-out (they may write to us, and
we may answer), but it is a standing block on every role: ``matching.fit.judge_person`` turns it
into a standing judgement, so the person ranks below everyone eligible, is held out of drafts
and the weekly list, and the recruiter sees why. Its twins say the opposite and are left alone:
"eligible for rehire", "rehire: yes", "would rehire in a heartbeat", "not a rehire" (this is
their first time with us).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

# Said in an application's note (where the team records how someone left), lower-cased.
_NOT_FOR_REHIRE = re.compile(
    r"\b(?:(?:not|in|un)[- ]?eligible (?:for|to be) (?:re-?hire|re-?employ\w*|hire again)|"
    r"not (?:re-?hir(?:e?able|ed)|(?:to be|for) re-?hired?|(?:to be )?hired again)|"
    r"(?:do not|don't|dont|never|would not|wouldn't|will not|won't) "
    r"(?:re-?hire|hire (?:him|her|them) again)\b|"
    r"no[- ]re-?hire|non[- ]re-?hirable|un-?re-?hir(?:e?able)|"
    # "rehire: N", "rehire status - no" (not "rehire: n/a")
    r"re-?hire(?: eligible| eligibility| status)?\s?[:=-]\s?(?:n|no|ineligible|not eligible)"
    r"\b(?!/?a\b)|"
    r"nfr\b|"
    r"nicht (?:wieder ?einstellbar|(?:wieder|erneut) einstellen)|keine wiedereinstellung|"
    r"no (?:es )?recontratable|no (?:volver a )?(?:re)?contratar(?: de nuevo)?\b|"
    r"(?:pas|non) r[ée]embauchable|ne pas r[ée]embaucher)"
)


# A staffing client's bar, as agencies log it: "marked her DNR (do not return)", "facility
# placed him on do-not-return" - not a patient's code status ("great with our DNR residents").
_DO_NOT_RETURN = re.compile(
    r"\bdnr\s*\(\s*do[- ]not[- ]return\s*\)|"
    r"\bdo[- ]not[- ]return(?: list| status| flag)?\b(?! to\b)|"
    r"\b(?:marked|placed|flagged|put|made)(?: (?:him|her|them))?(?: (?:as|on))? (?:a )?dnr\b"
    r"(?!\s*/)|"
    r"\bnot eligible for (?:\w+ ){0,3}(?:or )?any other"
    r"(?: (?:client|facility|site|assignment|placement)s?)?"
)
# The words say another employer's record, not ours: "not eligible for rehire at Amazon".
_ELSEWHERE = re.compile(r"\s+(?:at|with|from)\s+(?!us\b|our\b)")


def rehire_words(note: str | None) -> str | None:
    """The words of a note that mark the person as not to be hired (or placed) again, if any."""
    low = (note or "").lower()
    if not any(w in low for w in _CUES):
        return None
    m = _NOT_FOR_REHIRE.search(low) or _DO_NOT_RETURN.search(low)
    if m is None or _ELSEWHERE.match(low, m.end()):
        return None
    return m.group()


def not_for_rehire(applications: Sequence, touchpoints: Sequence = ()) -> tuple[object, str] | None:
    """(the application or the team's touchpoint, the words) of the latest record that marks the
    person as not to be hired again, if any: a process's note, or a note the team logged ("Not
    eligible for rehire per chef", "the facility marked her DNR (do not return)")."""
    found = None
    for app in applications:
        note = (getattr(app, "reason_note", None) or "").lower()
        m = _NOT_FOR_REHIRE.search(note) if any(w in note for w in _CUES) else None
        if m and (found is None or _when(app) >= _when(found[0])):
            found = (app, m.group())
    for touch in touchpoints:
        if getattr(touch, "direction", None) == "inbound":
            continue  # their own words about some other employer
        words = getattr(touch, "rehire", None)
        if words is None and hasattr(touch, "note"):
            words = rehire_words(touch.note)
        if words and (found is None or _when(touch) >= _when(found[0])):
            found = (touch, words)
    return found


# A cheap look before the pattern: most notes say none of these.
_CUES = (
    "hire",
    "nfr",
    "einstell",
    "contrat",
    "embauch",
    "dnr",
    "not return",
    "not-return",
    "eligib",
)


def _when(record):
    at = getattr(record, "decided_at", None) or getattr(record, "applied_at", None)
    at = at or getattr(record, "at", None)
    return (at or datetime.min).replace(tzinfo=None)
