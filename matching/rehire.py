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


def not_for_rehire(applications: Sequence) -> tuple[object, str] | None:
    """(the application, the words) of the latest process whose note marks the person as not
    to be hired again, if any."""
    found = None
    for app in applications:
        note = (getattr(app, "reason_note", None) or "").lower()
        m = _NOT_FOR_REHIRE.search(note) if any(w in note for w in _CUES) else None
        if m and (found is None or _when(app) >= _when(found[0])):
            found = (app, m.group())
    return found


# A cheap look before the pattern: most notes say none of these.
_CUES = ("hire", "nfr", "einstell", "contrat", "embauch")


def _when(app):
    return (app.decided_at or app.applied_at or datetime.min).replace(tzinfo=None)
