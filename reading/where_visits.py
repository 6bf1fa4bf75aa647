"""A place named as a stay away, a move called off, or a move settled on.

"Away in Pune for Diwali, back mid-November", "visiting family in Cork over Christmas": a trip,
not where they want to work. "Partner's posting to Townsville fell through", "the move to Leeds
is off": the place of a move that will not happen is no place wanted. "Darwin it is!", "so
Leeds it is": a place settled on, wanted. Helpers of ``reading.where_location``.
"""

from __future__ import annotations

import re

# A stay away from home, named before the place: "away in Pune", "visiting my mum in Ohio".
_AWAY_IN = re.compile(
    r"\b(?:away|holidaying|on (?:holiday|hols|vacation|leave)|"
    r"(?:visiting|staying with|seeing)\s+(?:(?:my|her|his|their|our|the)\s+)?"
    r"(?:family|folks|relatives|parents|in-laws|mum|mom|mam|dad|grandparents|friends|sister|brother|"
    r"daughter|son|grandkids)(?:'s?)?|(?:days?|nights?) off|layover|stopover)\s+(?:in|at|out in|up in|"
    r"down in|over in)\s+(?:the\s+)?$|"
    # trips out: "loves getting out to Darwin and Broome"
    r"\b(?:getting|trips?|visits?|popping|nipping) out to\s+(?:the\s+)?$"
)
# A place a cost or a fact is set against: "half the price of Canberra", "better value than
# Melbourne" (no place wanted by it).
_COMPARED = re.compile(
    r"\b(?:than|(?:price|cost|rent|rents|size) of|compared (?:to|with)|vs\.?|versus)\s+(?:in\s+)?$"
)
# The occasion or span of a stay, right after the place ("... in Pune for Diwali", "... in Cork
# until the 12th"): with "back home in", "out in", "over in" a visit, not a home wanted.
_STAY_AFTER = re.compile(
    r"^\W*(?:for|over|during|until|till|through|this|next)\s+(?:the\s+)?(?:diwali|eid|ramadan|holi|"
    r"christmas|xmas|easter|thanksgiving|passover|hanukkah|chanukah|(?:lunar|chinese) new year|tet|"
    r"new year|navratri|onam|pongal|durga puja|wedding|funeral|holidays?|summer|half[- ]term|"
    r"(?:a |two |three |few |couple of )?(?:weeks?|days?|months?))\b"
)
_HOME_IN = re.compile(r"\b(?:back home|home|out|over)\s+(?:in|at)\s+(?:the\s+)?$")
_WISH_NEAR = re.compile(r"\b(?:wants?|keen|love|prefer|looking for|hoping|open to|roles?|jobs?)\b")

# A move or posting called off: "the posting to Townsville fell through", "our move to Leeds is
# off", "the transfer to Perth got cancelled".
_MOVE_NOUN = re.compile(
    r"\b(?:posting|move|relocation|relo|transfer|secondment|emigration|job offer|offer)\s+"
    r"(?:\w+\s+){0,2}?(?:to|in|at)\s+(?:the\s+)?$"
)
_CALLED_OFF = re.compile(
    r"^\W*(?:(?:has|had|'s|have|just)\s+)?(?:(?:been|got|was|were|is)\s+)?"
    r"(?:fell through|fallen through|falls? through|cancell?ed|called off|scrapped|pulled|"
    r"shelved|canned|off|not happening|didn't happen|did not happen|never happened|"
    r"didn't go ahead|did not go ahead|won't go ahead|(?:isn't|is not) going ahead|collapsed)\b"
)
# "Darwin it is!", "so Leeds it is": the place settled on.
_IT_IS = re.compile(r"\s+it\s+is\b(?!\s+(?:not|n't|too|far|a long|miles|expensive|hard))", re.I)
_BEFORE_IT_IS = re.compile(r"(?:^|[.!?;:,\n]|\s[-–—]|\bso)\s*$")


def visit(t: str, start: int, a: int, b: int) -> bool:
    """Whether the place at ``a``-``b`` (in a clause from ``start``) is a stay away."""
    before = t[max(start, a - 60) : a].lower()
    if _AWAY_IN.search(before):
        return not _WISH_NEAR.search(before)
    return bool(
        _HOME_IN.search(before)
        and _STAY_AFTER.match(t[b : b + 40].lower())
        and not _WISH_NEAR.search(before)
    )


# A list the note is about, limited by "only": "removal from the Westfield Parramatta shortlist
# only" (no place kept to; "take me off the Auckland list" still refuses Auckland).
_LIST_ONLY = re.compile(r"\s+(?:short\s?list|list)\s+only\b", re.I)


def list_only(t: str, b: int) -> bool:
    """Whether the place names a list and "only" limits the list, not the place."""
    return bool(_LIST_ONLY.match(t, b))


def compared(t: str, start: int, a: int) -> bool:
    """Whether the place is what something is compared with: "cheaper than Leeds"."""
    return bool(_COMPARED.search(t[max(start, a - 30) : a].lower()))


def called_off(t: str, start: int, a: int, b: int) -> bool:
    """Whether the place is where a move or posting was going before it was called off."""
    return bool(
        _MOVE_NOUN.search(t[max(start, a - 40) : a].lower())
        and _CALLED_OFF.match(t[b : b + 40].lower())
    )


def settled_on(t: str, a: int, b: int) -> bool:
    """Whether the place is one settled on: "Darwin it is!"."""
    return bool(_IT_IS.match(t, b) and _BEFORE_IT_IS.search(t[max(0, a - 6) : a].lower()))
