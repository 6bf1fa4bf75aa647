"""Channels named in a list, each with the polarity the list gives it.

A refusal reaches along a list of channels: "no calls or emails please", "don't call, text or
email me" refuse every one. A channel named bare in such a list takes the refusal unless the
list goes on to offer it ("no calls, WhatsApp or email ok": those two are offered). A channel
with a cue of its own keeps it ("don't call, email me instead"), except after "or", which
carries the refusal to the next ("no calls or emails please").
"""

from __future__ import annotations

import re

from reading.channels import channels
from reading.clauses import Clause

# "no call/no show": who did not turn up, cut into two segments at the slash.
_NO_SHOW_AFTER = re.compile(r"\s*[/,&+]\s*no[- ]?show")
# A second channel joined to a refused one: "no calls or emails", "don't phone, text or email".
_OR_ANOTHER = re.compile(r"\s*,?\s*(?:or|nor|/)\s*(?:any\s+)?")
# The next channel of a list: "don't call, text or email", "no calls, texts".
_LISTED = re.compile(r"\s*(?:,|/|&)\s*(?:any\s+)?")
# What offers a channel outright, after it: "email is fine", "WhatsApp or email ok".
_OFFERED = re.compile(
    r"\W*(?:is |are |'s )?(?:fine|ok|okay|best|better|preferred|instead|only|works|good|great)\b"
)


def clause_channels(t: str, clause: Clause) -> list[tuple[str, str, int, int]]:
    """(channel, polarity, start, end) for each channel preference in a clause of ``t``."""
    named = [
        (channel, pol, a + s, b + s)
        for s, e in clause.segments
        for channel, pol, a, b in channels(t[s:e])
        if not _NO_SHOW_AFTER.match(t, b + s)
    ]
    named = [
        (channel, "wish" if pol is None and _OFFERED.match(t, b) else pol, a, b)
        for channel, pol, a, b in named
    ]  # "email ok", "WhatsApp better"
    out = []
    refused_end = None
    for i, (channel, pol, a, b) in enumerate(named):
        joined = refused_end is not None and (
            _OR_ANOTHER.fullmatch(t, refused_end, a) or _LISTED.fullmatch(t, refused_end, a)
        )
        if pol is None and joined and _offered_next(t, named, i):
            pol = "wish"  # "no calls, WhatsApp or email ok"
        elif joined and (pol is None or _OR_ANOTHER.fullmatch(t, refused_end, a)):
            pol = "avoid"
        refused_end = b if pol == "avoid" else None
        if pol is not None:
            out.append((channel, pol, a, b))
    return out


def _offered_next(t: str, named: list, i: int) -> bool:
    """Whether the channels after the i-th, joined by "or", end on one offered outright."""
    while i + 1 < len(named) and _OR_ANOTHER.fullmatch(t, named[i][3], named[i + 1][2]):
        i += 1
    _, pol, _, end = named[i]
    return i > 0 and pol == "wish" and bool(_OFFERED.match(t, end))
