"""A contract accepted only with a minimum length: "a contract is fine if it's at least 12
months", "no FTC under 6 months", "min 2 years fixed-term or perm", "contracts of 6 months or
more". The contract condition keeps its polarity and carries the length (``under_months``),
which the fit sets against the role's own length (``role_contract``): a shorter one goes against
it, a long enough one meets it, and a permanent seat answers only a "contracts only". The length said is
no wait ("at least 12 months" is not "in a year").

Twins left alone: a contract's length told as history ("his last contract was 6 months", "did
a 12-month FTC at the council"), with no word that makes it a minimum.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reading.conditions import Condition

_N = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|an?)"
_UNIT = r"(?:months?|mos?|m|years?|yrs?|y)"
# not money: "12m+ budget", "$1m"
_MONEY_AFTER = (
    r"(?!\+?\s*(?:budget|revenue|arr|funding|raise|users|salary|pay|package|ote|tc|base|valuation|"
    r"turnover|[$£€]))"
)
_LEN = rf"(?<![$£€\d.,]){_N}[- ]?\+?{_UNIT}\b{_MONEY_AFTER}"
_LEN_PARTS = re.compile(rf"\b(?P<n>{_N}|\d{{1,2}})[- ]?\+?\s?(?P<u>{_UNIT})\b")
# The length said as a floor: "at least 12 months", "min 6 months", "12m minimum", "6 months or
# more", "no shorter than a year", "nothing under 6 months", "6+ months", "longer than 9 months".
_MINIMUM = re.compile(
    rf"\b(?:at least|min(?:imum)?\.?(?: of)?|no (?:shorter|less) than|not (?:shorter|less) than|"
    rf"(?:longer|more) than|over|upwards of)\s+(?:an? )?{_LEN}|"
    rf"\b{_LEN}\s*(?:min(?:imum)?\b|or (?:more|longer|over|above)\b|\+|plus\b)|"
    rf"\b\d{{1,2}}\+\s?{_UNIT}\b|"
    # a refusal of the short ones: "no FTC under 6 months", "won't take one shorter than a year"
    rf"\b(?:under|shorter than|less than|below|sub)[- ](?:an? )?{_LEN}"
)
_NUMBER = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "eighteen": 18,
}
_ONLY = re.compile(r"\bonly\b|\bor nothing\b|\bstrictly\b|\bnothing but\b")
_TERMS = ("contract", "fixed_term", "freelance")


def _months(m: re.Match) -> int:
    parts = _LEN_PARTS.search(m.group())
    n, unit = parts["n"], parts["u"]
    count = _NUMBER.get(n) or int(n)
    return count * 12 if unit.startswith("y") else count


def _sentence(t: str, a: int) -> tuple[int, int]:
    start = max(t.rfind(x, 0, a) for x in ".!?;\n") + 1
    end = re.compile(r"[.!?;\n]").search(t, a)
    return start, end.start() if end else len(t)


# Between a contract and a length: another clause ("no contracts, and not moving for at least
# a year") makes the length some other thing's.
_OTHER_CLAUSE = re.compile(
    r"\b(?:and|but|also|though|although|while|whereas|because|since|cos|moving|staying|notice|wait)\b"
)


def _joined(t: str, term: tuple[int, int], length: tuple[int, int]) -> bool:
    gap = t[term[1] : length[0]] if length[0] >= term[1] else t[length[1] : term[0]]
    return len(gap) <= 40 and not _OTHER_CLAUSE.search(gap)


def with_minimum(items: list[Condition], at: dict[int, tuple[int, int]], t: str) -> None:
    """A contract condition with a minimum length in its sentence carries the length; a wait
    read from the length is dropped. In place."""
    lengths: list[tuple[int, int]] = []
    for i, c in enumerate(list(items)):
        if c.facet != "contract" or c.value.get("kind") not in _TERMS or c.value.get("form"):
            continue
        span = at.get(id(c))
        if span is None:
            continue
        s, e = _sentence(t, span[0])
        m = next((m for m in _MINIMUM.finditer(t, s, e) if _joined(t, span, m.span())), None)
        if not m:
            continue
        value = {**c.value, "under_months": _months(m)}
        # "12 months minimum for an FTC": the must is the length's; "contract only" holds to both
        polarity = "wish" if c.polarity == "must" and not _ONLY.search(t, s, e) else c.polarity
        items[i] = new = replace(c, polarity=polarity, value=value)
        at[id(new)] = span
        lengths.append(m.span())
    if lengths:
        items[:] = [
            c
            for c in items
            if not (
                c.facet == "wait"
                and id(c) in at
                and any(
                    x <= at[id(c)][0] < y or at[id(c)][0] <= x < at[id(c)][1] for x, y in lengths
                )
            )
        ]
