"""Every way we write to someone, refused at once, is a stop: "do not call, do not email, do not
text", "no calls or emails please", "don't ring, don't message, don't email".

One channel refused leaves the others ("don't call, email is fine"), and ``reading.channels``
reads it as such. Email and a phone's channels (calls, texts, WhatsApp) refused together, with no
other way offered and no time given, leave no way to write that the person has not turned down.
A refusal for a while ("no calls or emails this week, I'm away") is a pause, not a stop.
"""

from __future__ import annotations

import re

from reading.conditions import Condition

_PHONE = frozenset({"phone", "sms", "whatsapp"})
_FOR_A_WHILE = re.compile(
    r"\b(?:this (?:week|month|year|weekend)|for now|for the (?:moment|time being|next)|at the moment|"
    r"right now|until|till|til|today|tonight|tomorrow|while|for a (?:bit|while|few)|over the|during|"
    r"on (?:holiday|leave|annual leave|mat leave|vacation)|next (?:week|month)|before|after|"
    r"at work|in work hours|working hours)\b"
)

# "no call, no email" (singular): what did not come, as in "no call, no show", not what is refused
_AN_ABSENCE = re.compile(r"\bno (?:call|e-?mail|text|message|phone call|whatsapp)$")
# "didn't turn up, no calls, no emails": a no-show told, not a stop
_NO_SHOW = re.compile(
    r"\b(?:no[- ]?shows?|didn't (?:turn up|show|attend|come|appear)|did not (?:turn up|show|attend|come)|"
    r"ghost(?:ed|ing)?|awol|went (?:quiet|silent|dark)|never (?:turned up|showed))\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]")


def every_channel_refused(t: str, items: list[Condition], at: dict) -> tuple[int, int] | None:
    """The span of a note's channel refusals when together they refuse every way we write."""
    refused = [
        c
        for c in items
        if c.facet == "contact"
        and c.polarity == "avoid"
        and c.value.get("kind") == "channel"
        and not _AN_ABSENCE.search(t, max(0, at[id(c)][0] - 3), at[id(c)][1])
    ]
    channels = {c.value["channel"] for c in refused}
    if "email" not in channels or not channels & _PHONE:
        return None
    if any(
        c.facet == "contact" and c.polarity != "avoid" and c.value.get("kind") == "channel"
        for c in items
    ):
        return None  # "don't call or email, LinkedIn is fine": a way is left
    spans = [at[id(c)] for c in refused]
    start, end = min(a for a, _ in spans), max(b for _, b in spans)
    s0 = max(t.rfind(x, 0, start) for x in ".!?\n") + 1
    stop = _SENTENCE_END.search(t, end)
    s1 = stop.start() if stop else len(t)
    if _FOR_A_WHILE.search(t, s0, s1) or _NO_SHOW.search(t, max(0, s0 - 200), s1):
        return None
    return start, end
