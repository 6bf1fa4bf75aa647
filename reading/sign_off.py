"""A name signed under a short message ("STOP - Marisol", "no thanks, Tom", "Not for me.
Kind regards, Ana"): not part of what the message says.

Bare replies are read as a whole ("STOP", "no thanks" with nothing after them refuse all contact),
so a signature after one would otherwise turn it into a reply that "goes on" about something.
Only a capitalised name (or initials) set apart by a dash, a comma, a full stop or a new line, at
the very end, with an optional closing ("Regards,", "Cheers"), counts: "stop calling me at work"
ends in no name, and "moving to Leeds" has no mark before the place.
"""

from __future__ import annotations

import re

# A name: capitalised ("Marisol", "O'Neill", "Jean-Luc") or initials ("JP", "A.K.")
_NAME = r"[A-Z](?:['’][A-Z])?[a-zà-öø-ÿ]+(?:[- ][A-Z][a-zà-öø-ÿ]+)?|[A-Z]\.?(?: ?[A-Z]\.?)?"
_CLOSING = (
    r"(?i:(?:(?:kind|best|warm|many|warmest)\s+)?(?:regards|wishes|thanks)|cheers|thx|ta|best|rgds|"
    r"br|thank you)[,.!]?\s*"
)
_SIGN_OFF = re.compile(
    # after a dash, a comma or a new line: "STOP - Marisol", "no thanks, Tom.", "Regards,\nAna"
    rf"(?:\s*[-–—~]+\s*|\s*,\s*|\s*\n\s*)(?:{_CLOSING})?(?P<name>{_NAME})\.?\s*$|"
    # after a full stop, a name not itself a sentence ("STOP. Marisol", not "No. Stop.")
    rf"\s*[.!]+\s*(?:{_CLOSING})?(?P<after_stop>{_NAME})\s*$"
)
# Words that end a message without being anyone's name.
_NOT_A_NAME = frozenset(
    "thanks thx cheers regards best please pls again ever now today soon anymore more thank you "
    "ok okay sorry bye x xx xxx stop no nope yes never done enough seriously period noted pass "
    "unsubscribe remove goodbye dnc nfc thx ty ta".split()
)


def sign_off_start(source: str) -> int | None:
    """Where a signature under ``source`` starts (its separating mark), or None."""
    m = _SIGN_OFF.search(source)
    if m is None:
        return None
    name = m["name"] or m["after_stop"]
    if name.lower().rstrip(".") in _NOT_A_NAME:
        return None
    return m.start()


def unsigned(norm) -> str:
    """The note's lower-case text (``reading.normalise.Normalised``) with a name signed under it
    blanked out ("STOP - Marisol" is the bare "STOP"), the same length so spans hold."""
    t = norm.text
    start = sign_off_start(norm.source)
    if start is None:
        return t
    cut = len(t)
    while cut > 0 and norm.origin(cut - 1) >= start:
        cut -= 1
    return t[:cut] + " " * (len(t) - cut)
