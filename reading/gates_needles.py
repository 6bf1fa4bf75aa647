"""What a regular expression requires of a text: the literal strings one of which every match
contains, worked out from the pattern's parse (``required``), never written by hand.

``reading.gates`` puts a pattern behind its required strings; ``reading.gates_alternatives``
gives each branch of a long alternation strings of its own.
"""

from __future__ import annotations

import heapq
import re
from itertools import product

try:  # the parser and compiler ``re`` itself uses (Python 3.11+)
    from re import _compiler
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - another Python: no gates, same results
    _c = _p = _compiler = None

# Characters a search ignoring case folds otherwise than ``str.lower`` does ("ı" matches "i", the
# long s "ſ" matches "s", "İ" lowers to two characters): a text holding one is searched with every
# branch, and a pattern's letter among them is no needle.
try:
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - another Python
    _EXTRA_CASES = {}
APART = frozenset(
    chr(code)
    for code in {k for k in _EXTRA_CASES} | {v for vs in _EXTRA_CASES.values() for v in vs}
    if code > 0x7F
) | {"\u0130"}

# The most strings a part of a pattern may stand for before it is treated as open.
_CAP = 64

Strings = set[str] | None  # every string a part can match (None: too many to list)


def required(pattern: re.Pattern, *, min_len: int = 4) -> tuple[str, ...] | None:
    """Strings one of which is in every text ``pattern`` can match anywhere in, or None.

    Each is a piece of a fixed run of the pattern (shortened to ``min_len`` characters where
    that lets one string stand for several), so a gate on them is as selective as the pattern's
    literal parts allow."""
    if _p is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        tree = _p.parse(pattern.pattern, pattern.flags)
        _, needed = sequence(list(tree))
    except Exception:  # an unfamiliar construct: no gate
        return None
    if not needed:
        return None
    return tuple(sorted(cover(needed, min_len)))


# --- What a pattern requires -------------------------------------------------------------
# Each part of the parsed pattern gives (exact, needed): ``exact`` every string it can match
# (None when unknown or too many), ``needed`` a set one of which every match of it contains
# (None when there is none). Zero-width parts (anchors, \b, look-arounds) match "" exactly: they
# consume nothing, so the parts on either side of them are still adjacent in the text.


def _best(candidates: list[Strings]) -> Strings:
    usable = [c for c in candidates if c and "" not in c]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)))


def sequence(items: list, fold: bool = False) -> tuple[Strings, Strings]:
    """(exact, needed) of a run of parsed items (see the comment above)."""
    parts = [_part(op, av, fold) for op, av in items]
    exact: Strings = {""}
    for part_exact, _ in parts:
        if part_exact is None:
            exact = None
            break
        exact = {a + b for a in exact for b in part_exact}
        if len(exact) > _CAP:
            exact = None
            break
    candidates: list[Strings] = [needed for _, needed in parts]
    run: set[str] = {""}  # the fixed run of adjacent parts so far
    for part_exact, _ in [*parts, (None, None)]:
        if part_exact is None:
            candidates.append(run)
            run = {""}
            continue
        longer = {a + b for a in run for b in part_exact}
        if len(longer) > _CAP:
            candidates.append(run)
            run = set(part_exact)
        else:
            run = longer
    candidates.append(exact)
    return exact, _best(candidates)


def _part(op, av, fold: bool = False) -> tuple[Strings, Strings]:
    if op is _c.LITERAL:
        char = _folded(chr(av)) if fold else chr(av)
        return (None, None) if char is None else ({char}, {char})
    if op is _c.ASSERT:
        # A look-around consumes nothing, yet what it looks for must be in the text: its
        # strings are needles too ("po(?= styczniu)" needs "styczniu", not just "po").
        return {""}, sequence(list(av[1]), fold)[1]
    if op in (_c.AT, _c.ASSERT_NOT):
        return {""}, None
    if op is _c.IN:
        if len(av) > _CAP or any(kind is not _c.LITERAL for kind, _ in av):
            return None, None
        chars = {_folded(chr(code)) if fold else chr(code) for _, code in av}
        return (None, None) if None in chars else (chars, chars)
    if op is _c.BRANCH:
        branches = [sequence(list(branch), fold) for branch in av[1]]
        exact: Strings = None
        if all(e is not None for e, _ in branches):
            exact = set().union(*(e for e, _ in branches))
            if len(exact) > _CAP:
                exact = None
        needs = [n for _, n in branches]
        needed = set().union(*needs) if all(needs) else None
        return exact, _best([needed, exact])
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, inner = av
        if add_flags & re.IGNORECASE:
            return None, None
        return sequence(list(inner), fold)
    if op is getattr(_c, "ATOMIC_GROUP", object()):
        return sequence(list(av), fold)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", object())):
        low, high, inner = av
        inner_exact, inner_needed = sequence(list(inner), fold)
        if low == 0:
            if high == 1 and inner_exact is not None:
                return inner_exact | {""}, None
            return None, None
        exact = None
        if inner_exact is not None and low == high and len(inner_exact) ** low <= _CAP:
            exact = {"".join(p) for p in product(inner_exact, repeat=low)}
        return exact, _best([inner_needed, inner_exact])
    return None, None  # any character, a class, a back-reference...: nothing fixed


def _folded(char: str) -> str | None:
    """``char`` as a search ignoring case sees it in a lower-cased text, or None when the two
    may differ (``APART``)."""
    lower = char.lower()
    if len(lower) != 1 or char in APART or lower in APART:
        return None
    return lower


def cover(needed: set[str], min_len: int) -> set[str]:
    """Fewer, shorter strings: each string of ``needed`` contains one of them (a piece of a
    string that must be there is there too). Greedy: the piece of ``min_len`` characters that
    most strings still uncovered share, until none is left."""
    pieces_of = {
        s: {s} if len(s) <= min_len else {s[i : i + min_len] for i in range(len(s) - min_len + 1)}
        for s in needed
    }
    holders: dict[str, list[str]] = {}
    for s, pieces in pieces_of.items():
        for piece in pieces:
            holders.setdefault(piece, []).append(s)
    count = {piece: len(found) for piece, found in holders.items()}
    heap = [(-n, piece) for piece, n in count.items()]
    heapq.heapify(heap)
    todo, chosen = set(needed), set()
    while todo:
        n, piece = heapq.heappop(heap)
        if -n != count[piece]:  # stale: strings it held were covered since
            if count[piece]:
                heapq.heappush(heap, (-count[piece], piece))
            continue
        chosen.add(piece)
        for s in holders[piece]:
            if s in todo:
                todo.discard(s)
                for other in pieces_of[s]:
                    count[other] -= 1
    # A piece that alone covers just one string is that whole string: as sure, and rarer.
    for piece in sorted(chosen):
        alone = [s for s in needed if piece in s and not any(c in s for c in chosen - {piece})]
        if len(alone) == 1:
            chosen = (chosen - {piece}) | {alone[0]}
    # A string holding another chosen one adds nothing ("big " beside "big").
    return {c for c in chosen if not any(o != c and o in c for o in chosen)}
