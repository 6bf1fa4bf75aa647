"""Someone else's move: a partner's, spouse's or relative's relocation the person does not follow.

"Her boyfriend is moving to Madrid but she's staying in Bilbao", "husband relocating to Leeds
with work; she is not going with him", "su novio se muda a Madrid pero ella se queda": the move
is the relative's, so the place they move to is no wish of the person's and no move of theirs.
Only a move the person is said not to follow is dropped; "moving to Leeds with her husband",
"she and her partner are relocating to Cork" and "following her partner to Madrid" are their
own move, and a relative's move with no word on whether they go stands as read.
"""

from __future__ import annotations

import re

# The relative, as the subject of the move ("and"/"with" before it makes the move a shared one).
_RELATIVE = (
    r"(?<!\band )(?<!\bwith )(?<!& )(?<!\bfollowing )(?<!\bfollow )(?<!\bjoining )(?<!\bjoin )"
    r"(?:(?:her|his|their|my|the|cand's|candidate's|su)\s+)?(?:ex-?\s?)?"
    r"(?:husband|hubby|wife|partner|spouse|boyfriend|bf|girlfriend|gf|fianc[eé]e?|other half|"
    r"son|daughter|parents|mum|mom|dad|mother|father|brother|sister|"
    r"novio|novia|marido|esposo|esposa|pareja)\b"
)
# ... then the move, a few words on, in the same stretch of words: "is moving to", "relocating
# to Leeds with work", "is being posted to Dubai", "would move to" (Spanish "se muda a", rewritten).
_THEIR_MOVE = re.compile(
    _RELATIVE + r"(?:'s)?(?:\s+(?!she\b|he\b|i\b)[\w']+){0,3}?\s+"
    r"(?:moving|movng|moves|relocating|relocates|relocated|would move|will move|is relocating|"
    r"emigrating|(?:being|been|getting|got) (?:posted|transferred|relocated|moved)|transferring)\b"
    r"[^.;!?\n]*"
)
# The person said not to go: staying, not following, not moving themselves.
_NOT_GOING = re.compile(
    r"\b(?:(?:she|he|they|i|cand|candidate)(?:'s|'ll| is| will| has)?\s+)?(?:"
    r"(?:is |'s |will be |are )?staying(?! (?:on|in) (?:the|her|his|my|their) (?:role|job|team))|stays|"
    r"(?:will |would )?(?:remain|remaining)\b|"
    r"(?:isn't|is not|'s not|not|won't|will not|wont|isnt|doesn't want to be|not planning on|"
    r"has no plans? (?:of|to)|no plans? to|doesn't want to|does not want to|not planning to|"
    r"won't be|isn't going to|is not going to)\s+(?:be\s+)?"
    r"(?:going|go|following|follow|joining|join|moving|move|relocating|relocate|tagging along)|"
    r"se queda|no (?:le|lo|la) sigue|no se va|won't relocate|not relocating|"
    r"(?:will )?(?:do|doing) (?:it )?long[- ]distance)\b"
)

# ... but only for now: "she's staying put till the house sells, then joining him".
_FOR_NOW = re.compile(
    r"\b(?:until|till|til|for now|for the moment|for a (?:bit|while|few|couple)|then (?:join|follow|move)|"
    r"(?:will|'ll) (?:join|follow)|later)\b"
)


def their_moves(t: str) -> list[tuple[int, int]]:
    """Spans of a relative's move the person is said not to follow, in normalised ``t``."""
    spans = []
    for m in _THEIR_MOVE.finditer(t):
        # the word on going said in the rest of the sentence or the next one
        stop = t.find(".", m.end() + 1)
        rest = t[m.start() : (stop if stop != -1 else len(t))]
        no = _NOT_GOING.search(rest, _move_word_end(m))
        if no and not _FOR_NOW.search(rest, no.end()):
            # up to where the person's own word begins: "she's staying in Boston" is theirs
            spans.append((m.start(), m.start() + min(no.start(), len(m.group()))))
    return spans


_MOVE_WORD = re.compile(
    r"\b(?:moving|movng|moves|relocating|relocates|relocated|would move|will move|emigrating|"
    r"posted|transferred|moved|transferring)\b"
)


def _move_word_end(m: re.Match) -> int:
    w = _MOVE_WORD.search(m.group())
    return w.end() if w else 0


def drop_their_moves(t: str, items: list, at: dict) -> list:
    """``items`` without the wishes to move to (or be in) a place a relative is moving to (a
    refusal to move is kept: it is the person's own word)."""
    if not re.search(r"mov|reloc|emigrat|posted|transferr", t):
        return items
    spans = their_moves(t)
    if not spans:
        return items
    return [
        c
        for c in items
        if not (
            c.facet in ("location", "relocation")
            and c.polarity in ("wish", "must")
            and c.value.get("willing") is not False
            and any(a <= at[id(c)][0] < b for a, b in spans)
        )
    ]
