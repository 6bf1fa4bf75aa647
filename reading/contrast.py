"""A cause passed over for another: "X wasn't the issue, it was Y".

"The money wasn't the issue, it was the drive", "it wasn't the hours, it was the partner", "not
the pay but the commute", "the pay was fine, the hoists weren't": the cause denied or passed (X)
is no standing objection (``reading.negation`` reads it as background), and the one named instead
(Y) is - even though nothing in Y's own words ("it was the drive", "the base was") refuses it.
"""

from __future__ import annotations

import re

from reading.clauses import Clause

# X passed over, said before Y in the same sentence: "wasn't the issue", "was never the problem",
# "was fine", "it wasn't the commute", "not the pay".
_PASSED_OVER = re.compile(
    r"\b(?:(?:wasn't|wasnt|was not|weren't|werent|were not|was never|isn't|isnt|is not)\s+"
    r"(?:really\s+)?(?:the|an?|my|his|her|their)?\s*(?:real\s+|main\s+|big\s+)?(?:issue|problem|"
    r"reason|deal ?breaker|concern|blocker|sticking point)s?|(?:was|were)\s+(?:fine|ok|okay|"
    r"no (?:problem|issue|bother))|(?:^|[,;:.]\s*)(?:it\s+)?(?:wasn't|wasnt|was not|isn't|is not|"
    r"not)\s+(?:really\s+)?(?:about\s+)?(?:the|his|her|my|their)\b)"
)
# X passed over in its own words: "it wasn't the commute", "not the pay" (when Y follows).
_NOT_IT = re.compile(
    r"^\W*(?:it\s+|that\s+)?(?:wasn't|wasnt|was not|isn't|isnt|is not|not)\s+(?:really\s+|just\s+)?"
    r"(?:about\s+)?(?:the|his|her|my|their)\s+(?:[\w-]+\s+){0,2}$"
)
# Y named instead, before it: "it was the 90-minute drive", "but the commute", "it's the bond".
_INSTEAD_BEFORE = re.compile(
    r"^\W*(?:but\s+)?(?:(?:it|that)(?:\s+was|'s|\s+is)|rather|but)\s+(?:really\s+|actually\s+|"
    r"more\s+|all\s+|just\s+)?(?:about\s+)?(?:the|his|her|my|their|a|an)?\s*(?:[\w-]+\s+){0,3}$"
)
# Y named instead, after it: "the base was", "the hoists were the problem".
_INSTEAD_AFTER = re.compile(
    r"^(?:\s+[\w-]+){0,4}?\s+(?:was|were)(?:\s+(?:the|a|an)\s+(?:real\s+|main\s+|big\s+)?(?:issue|"
    r"problem|reason|deal ?breaker|sticking point))?\W*$"
)
# Y after "X was fine": "the hoists weren't", "the drive wasn't".
_FAULTED_AFTER = re.compile(
    r"^(?:\s+[\w-]+){0,4}?\s+(?:wasn't|wasnt|weren't|werent|was not|were not)\W*$"
)
_FINE = re.compile(r"\b(?:was|were)\s+(?:fine|ok|okay|no (?:problem|issue|bother))\b")
# What follows X: Y named instead ("..., it was the drive", "but the commute").
_Y_FOLLOWS = re.compile(
    r"[^.;]{0,40}?(?:[,:–—-]\s*|\bbut\s+)(?:(?:it|that)(?:\s+was|'s|\s+is)\s+|rather\s+)?"
    r"(?:the|his|her|my|their|a|an)\b"
)


def _sentence_start(t: str, s: int) -> int:
    # the sentence as written (a dash between X and Y does not end it), at most 160 characters back
    lo = max(0, s - 160)
    return max(t.rfind(x, lo, s) for x in ".!?\n") + 1 or lo


# Y in the sentence after X was shrugged off: "The travel doesn't bother me. The non-compete did."
_NOT_BOTHERED = re.compile(
    r"\b(?:does|do|did)(?:n't|nt| not)\s+(?:bother|faze|worry|put off)\s+(?:me|him|her|them)\b"
)
_DID_AFTER = re.compile(r"^(?:\s+[\w%'-]+){0,6}?\s+(?:did|does)\W*$")


def instead(t: str, clause: Clause, a: int, b: int) -> bool:
    """Whether the mention at ``t[a:b]`` is the cause named instead of one passed over."""
    s, e = clause.segments[clause.segment_of(a)]
    start = _sentence_start(t, s)
    prior = t[start:s]
    if not prior.strip():
        if start and _DID_AFTER.match(t[b:e]):
            return bool(_NOT_BOTHERED.search(t, _sentence_start(t, start - 1), start))
        return False
    if _INSTEAD_BEFORE.search(t[s:a]) or re.search(r"\bbut\s*$", prior):
        return bool(_PASSED_OVER.search(prior) or _NOT_IT.search(prior.rstrip(" ,-–—:")))
    if _INSTEAD_AFTER.match(t[b:e]) and _PASSED_OVER.search(prior) and not _FINE.search(prior):
        return True
    return bool(_FAULTED_AFTER.match(t[b:e]) and _FINE.search(prior))


# X passed over with no article, a place or a name: "it wasn't Leeds, it was the pay" - only
# with "it was" after it ("not Leeds, the Manchester office" still refuses Leeds).
_NOT_IT_BARE = re.compile(r"^\W*(?:it|that)\s+(?:wasn't|wasnt|was not|isn't|isnt|is not)\s+$")
_IT_WAS_FOLLOWS = re.compile(
    r"[^.;]{0,40}?[,:–—-]\s*(?:but\s+)?(?:it|that)(?:\s+was|'s|\s+is)\s+(?:the|his|her|my|their|a|an)\b"
)


def passed_over(t: str, clause: Clause, a: int, b: int) -> bool:
    """Whether ``t[a:b]`` is the cause passed over for another: "it wasn't the commute, it was ..."."""
    s, e = clause.segments[clause.segment_of(a)]
    if _NOT_IT_BARE.search(t[s:a]):
        return bool(_IT_WAS_FOLLOWS.match(t, b))
    return bool(_NOT_IT.search(t[s:a])) and bool(_Y_FOLLOWS.match(t, b))


# X passed over, said right after X: "sponsorship was fine, ...", "the visa wasn't the issue".
_DENIED_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:(?:wasn't|wasnt|was not|weren't|werent|were not|was never|isn't|isnt|"
    r"is not)\s+(?:really\s+)?(?:the|an?|my|his|her|their)?\s*(?:real\s+|main\s+|big\s+)?(?:issue|problem|"
    r"reason|deal ?breaker|concern|blocker|sticking point)s?|(?:was|were)\s+(?:fine|ok|okay|sorted|no "
    r"(?:problem|issue|bother)))\b"
)


def denied_after(t: str, b: int, e: int) -> bool:
    """Whether the cause ending at ``b`` is passed over in the words after it ("sponsorship was
    fine, the salary was short"): no objection, whatever the words before it."""
    return bool(_DENIED_AFTER.match(t, b, e))


def adjust(t: str, clause: Clause, a: int, b: int, cue: str | None) -> str | None:
    """``cue`` (the mention's own segment's) with a passed-over or named-instead cause read."""
    if cue == "avoid" and passed_over(t, clause, a, b):
        return "background"  # "it wasn't the commute, it was the manager": no objection to it
    if cue is None and instead(t, clause, a, b):
        return "avoid"  # "the money wasn't the issue, it was the drive": the drive is the objection
    return cue


# Pay named instead of the cause passed over: "travel wasn't the issue, the pay was", "it wasn't
# the hours, it was the basic" - the pay is what they left or said no over.
_PAY_NOUN = re.compile(
    r"\b(?:pay|salary|money|basic|base pay|base salary|package|comp|compensation|day rate|rate|wages?)\b"
)


def pay_instead(t: str, clause: Clause) -> tuple[int, int] | None:
    """Where pay is the cause named instead of another in ``clause``, if it is."""
    for m in _PAY_NOUN.finditer(t, clause.start, clause.end):
        if instead(t, clause, m.start(), m.end()):
            return m.span()
    return None
