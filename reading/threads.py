"""What the person typed, out of an email pasted whole: our quoted outreach, their signature and
legal disclaimer are not theirs to read.

A reply pasted into the ATS carries the message it answers below it ("On Tue, X wrote:" and
"> ..." lines, "-----Original Message-----", an Outlook "From: ... Sent: ..." block), and that
message carries our footer ("reply STOP to opt out", "Unsubscribe", "reply 'no thanks' if not
interested"). Only what was typed above the quote counts: "unsubscribe pls" above it is an
opt-out, "yes, Thursday works" above the same footer is not. ``own_words`` blanks every other part
with spaces (line breaks kept), so the text keeps its length and every span still indexes the
original.

A header with nothing typed above it is a message pasted on its own (a recruiter pasting the
person's email): it is read whole. A quote introduced by a line ending in a colon ("she
replied:") is the person's words quoted by us, and is read too.
"""

from __future__ import annotations

import re

# Cheap test first: most notes are no email at all. Searched in the lower-cased text, without
# anchors: it lets a few more notes through (a "--" or a ">" anywhere), in a fraction of the
# time an anchored, case-blind search takes.
_GATE = re.compile(
    r"wrote:|--|>|from:|sent from|get outlook|confidential|unsubscribe|reply|intended recipient|"
    r"opt out|_____"
)
# Where the message being answered begins (everything after it is theirs or ours, not this reply).
_HEADER = re.compile(
    r"^[ \t]*On\b[^\n]{0,250}?(?:\n[^\n]{0,120}?)?\bwrote:[ \t]*$|"
    r"^[ \t]*-{2,}[ \t]*(?:Original Message|Reply message|Ursprüngliche Nachricht|Message d'origine)"
    r"[ \t]*-{2,}|"
    r"^[ \t]*(?:_{5,}[ \t]*\n[ \t]*)?From:[^\n]*\n(?:[ \t]*(?:To|Cc|Reply-To):[^\n]*\n)?[ \t]*(?:Sent|Date):",
    re.I | re.M,
)
_QUOTED_LINE = re.compile(r"^[ \t]*>[^\n]*(?:\n|$)", re.M)
# The signature delimiter, then a name: "-- \nSam Ortiz".
_SIGNATURE = re.compile(
    r"^[ \t]*--[ \t]*\n[ \t]*[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,3}[ \t,]*$", re.M
)
_DEVICE_LINE = re.compile(
    r"^[ \t]*(?:sent from my|sent via|get outlook for|sent from (?:outlook|yahoo|mail for))\b[^\n]*$",
    re.I | re.M,
)
# A legal disclaimer: from its start to the end of its paragraph.
_DISCLAIMER = re.compile(
    r"\b(?:disclaimer\b|(?:this|the) (?:e-?mail|message|communication|transmission)\b[^.\n]{0,80}?"
    r"\b(?:is|are|may be|may contain|contains?)\b[^.\n]{0,40}?\b(?:confidential|privileged)\b)",
    re.I,
)
_RECIPIENT = re.compile(
    r"\b(?:intended recipient|addressee|received this (?:e-?mail|message) in error)", re.I
)
# Our own footer's instructions: "reply STOP to opt out", "reply 'no thanks' if not interested",
# "Unsubscribe: https://...", "click here to unsubscribe".
_FOOTER = re.compile(
    r"\breply(?: with)?\s*['\"‘“]?(?:stop|no thanks|no|unsubscribe|remove(?: me)?|opt out)\b['\"’”]?"
    r"\s+(?:to|if|and|for)\b|\bunsubscribe\s*(?::|here\b|link\b|https?:|<http)|"
    r"\bclick (?:here )?to (?:unsubscribe|opt out)\b|\bto (?:unsubscribe|opt out)\b,? (?:click|reply|"
    r"visit|use|text|email)\b|\bmanage (?:your )?(?:email )?preferences\b",
    re.I,
)


def own_words(text: str) -> str:
    """``text`` with what the person did not type blanked out (same length, line breaks kept)."""
    if not _GATE.search(text.lower()):
        return text
    cut = [(m.start(), len(text)) for m in _HEADER.finditer(text) if text[: m.start()].strip()]
    if cut:
        cut = cut[:1]
    end = cut[0][0] if cut else len(text)
    blank: list[tuple[int, int]] = list(cut)
    blank += _quotes(text, end)
    for m in _SIGNATURE.finditer(text, 0, end):
        if text[: m.start()].strip():
            blank.append((m.start(), _paragraph_end(text, m.end(), end, whole=True)))
    blank += [(m.start(), m.end()) for m in _DEVICE_LINE.finditer(text, 0, end)]
    for m in _DISCLAIMER.finditer(text, 0, end):
        stop = _paragraph_end(text, m.end(), end)
        if _RECIPIENT.search(text, m.start(), stop) and text[: m.start()].strip():
            blank.append((m.start(), stop))
    for m in _FOOTER.finditer(text, 0, end):
        blank.append(_line(text, m.start(), m.end()))
    if not blank:
        return text
    chars = list(text)
    for a, b in blank:
        for i in range(a, min(b, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _quotes(text: str, end: int) -> list[tuple[int, int]]:
    """The "> ..." lines of a quoted message: not when the whole note is quoted, nor when a line
    ending in a colon introduces them ("she replied:")."""
    lines = [(m.start(), m.end()) for m in _QUOTED_LINE.finditer(text, 0, end)]
    if not lines:
        return []
    outside = "".join(
        text[a:b]
        for a, b in zip([0] + [e for _, e in lines], [s for s, _ in lines] + [end], strict=True)
    )
    if not outside.strip():
        return []
    out, prev_end = [], None
    introduced = False
    for a, b in lines:
        if prev_end is None or text[prev_end:a].strip():
            before = text[:a].rstrip()
            introduced = before.endswith(":")
        if not introduced:
            out.append((a, b))
        prev_end = b
    return out


def _paragraph_end(text: str, pos: int, end: int, whole: bool = False) -> int:
    """Where the paragraph at ``pos`` ends (a blank line), or ``end``; ``whole``: to ``end``."""
    if whole:
        return end
    found = re.compile(r"\n[ \t]*\n").search(text, pos, end)
    return found.start() if found else end


def _line(text: str, a: int, b: int) -> tuple[int, int]:
    """The line around ``a``..``b``, or its sentence when the line is long."""
    start = text.rfind("\n", 0, a) + 1
    stop = text.find("\n", b)
    stop = len(text) if stop < 0 else stop
    if stop - start <= 160:
        return start, stop
    s = max(text.rfind(c, start, a) for c in ".!?") + 1
    e = min((i for i in (text.find(c, b, stop) for c in ".!?") if i >= 0), default=stop)
    return max(s, start), e
