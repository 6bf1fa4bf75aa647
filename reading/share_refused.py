"""A shift pattern's share given as why someone pulled out: "Pulled out - rota was 50% nights",
"withdrew, the roster was mostly weekends", "declined: the post would have been all nights".

Said as a past fact ("was"), such a share reads as background; after a withdrawal or a decline in
the same note it is the reason they went, so the kind of shift is refused. The same share with
no withdrawal ("current rota is 50% nights") stays background.
"""

from __future__ import annotations

import re

_SHARE = re.compile(
    r"\b(?:rota|roster|rostering|pattern|shift pattern|job|post|role|ward|contract)\s+"
    r"(?:was|is|would be|would have been|had been)\s+(?:\d{1,3}\s?%|half|mostly|all|largely|"
    r"predominantly|majority|the majority|heavy on|too heavy on|nearly all|almost all)\s+"
    r"(?:of\s+)?(?:it\s+)?(?:the\s+)?$",
    re.I,
)
_WENT = re.compile(
    r"\b(?:pulled out|pulling out|withdrew|withdrawn|withdrawing|dropped out|declined|turned (?:it|us|"
    r"the offer|the role|the post) down|turned down|backed out|walked away)\b",
    re.I,
)


def share_refused(t: str, clause_start: int, start: int) -> bool:
    """Whether the shift term at ``t[start:]`` is the share of a pattern given as why someone
    withdrew or declined (the withdrawal said earlier in the note, within its last 120 characters)."""
    if not _SHARE.search(t, max(clause_start, start - 60), start):
        return False
    return bool(_WENT.search(t, max(0, start - 120), start))
