"""Cheap gates in front of costly regular expressions: skip a search that cannot match.

Most of a note says nothing of office days, visas or sponsorship, yet each clause is searched
for them with long patterns. Every match of such a pattern must contain one of a few literal
strings ("office", "day", "visa", ...): when none of them is in the text, the pattern is not
run at all. The strings are worked out from the pattern itself (``required``), never written
by hand, so a gate cannot drift from its pattern: it may let through a text the pattern then
rejects, never the other way round. A pattern whose matches need no fixed string (or that
ignores case) gets no gate and is used as it is.
"""

from __future__ import annotations

import heapq
import re
from itertools import product
from time import perf_counter

try:  # the parser and compiler ``re`` itself uses (Python 3.11+)
    from re import _compiler
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - another Python: no gates, same results
    _c = _p = _compiler = None

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
        _, needed = _sequence(list(tree))
    except Exception:  # an unfamiliar construct: no gate
        return None
    if not needed:
        return None
    return tuple(sorted(_cover(needed, min_len)))


class Gated:
    """``pattern`` behind a gate: search, match, fullmatch, finditer and findall answer "no
    match" at once when the text holds none of the pattern's required strings; everything
    else is the pattern's own."""

    __slots__ = ("_pattern", "_needles", "_narrow")

    def __init__(self, pattern: re.Pattern, *, min_len: int = 4):
        # Worked out on first use, not on import: a command that reads no note pays nothing.
        self._pattern, self._needles = pattern, _Pending(self, min_len)
        self._narrow = self._whole

    def _whole(self, _text: str) -> re.Pattern:
        return self._pattern

    # Each method looks for the needles itself: a gate is asked ~50 times per note, and a call
    # less per ask is a tenth of what the gate saves.
    def search(self, text: str, *args):
        for needle in self._needles:
            if needle in text:
                return self._narrow(text).search(text, *args)
        return None

    def match(self, text: str, *args):
        for needle in self._needles:
            if needle in text:
                return self._narrow(text).match(text, *args)
        return None

    def fullmatch(self, text: str, *args):
        for needle in self._needles:
            if needle in text:
                return self._narrow(text).fullmatch(text, *args)
        return None

    def finditer(self, text: str, *args):
        for needle in self._needles:
            if needle in text:
                return self._narrow(text).finditer(text, *args)
        return iter(())

    def findall(self, text: str, *args):
        for needle in self._needles:
            if needle in text:
                return self._narrow(text).findall(text, *args)
        return []

    def __getattr__(self, name: str):
        return getattr(self._pattern, name)

    def __repr__(self) -> str:
        return f"Gated({self._pattern!r}, {self._needles!r})"


class _Pending:
    """A gate's needles before its first use: iterating works them out and puts them in place
    (a pattern that requires nothing gets the empty string, found in every text)."""

    __slots__ = ("_owner", "_min_len")

    def __init__(self, owner: Gated, min_len: int):
        self._owner, self._min_len = owner, min_len

    def __iter__(self):
        owner = self._owner
        needles = required(owner._pattern, min_len=self._min_len) or ("",)
        owner._needles = needles
        branches = Alternatives.of(owner._pattern, min_len=self._min_len)
        if branches is not None:
            owner._narrow = branches.pattern_for
        return iter(needles)


_ALL: list[Gated] = []


def gated(pattern: re.Pattern, *, min_len: int = 4) -> Gated:
    """``pattern`` behind a gate of its required strings (none: it always runs)."""
    gate = Gated(pattern, min_len=min_len)
    _ALL.append(gate)
    return gate


def prepare() -> None:
    """Work out every gate now rather than on first use (like compiling the patterns, it is
    done once per process; a measure of reading speed leaves it out)."""
    for gate in _ALL:
        for _ in gate._needles:
            break


# --- The alternatives a text leaves possible ----------------------------------------------
# A long alternation ("stop emailing me|unsubscribe|take me off your list|...") is tried branch
# by branch at every word of a note, though most branches need a word the note does not hold.
# Each branch gets needles of its own, and a note is searched with only the branches its words
# leave possible, compiled from the same parse (so group numbers and names are the pattern's own).
# Compiling the set a note leaves possible, note by note, cost more than the search it saved once
# notes were real (thousands of different sets; a set of the foreign table's branches takes ~10 ms
# to compile and saves a twentieth of a search). A set's branches, each compiled once, are
# searched one by one, and the set is compiled together only once searching it apart has cost as
# much as compiling it would (a rent-or-buy rule: never more than twice the better of the two,
# whatever the notes). The answer is the whole
# pattern's: the leftmost match, and of the branches matching there the first in order. That
# holds while nothing before the alternation can match in more than one way (``_fixed_before``)
# and no match is empty (``finditer`` would then step differently): other patterns are searched
# whole.

_FEWEST_BRANCHES = 16  # a shorter alternation costs less than searching its branches apart
_KEPT = 4096  # sets of branches remembered per pattern
_NEVER = re.compile(r"(?!)")
# Characters a search ignoring case folds otherwise than ``str.lower`` does ("ı" matches "i", the
# long s "ſ" matches "s", "İ" lowers to two characters): a text holding one is searched with every
# branch, and a pattern's letter among them is no needle.
try:
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - another Python
    _EXTRA_CASES = {}
_APART = frozenset(
    chr(code)
    for code in {k for k in _EXTRA_CASES} | {v for vs in _EXTRA_CASES.values() for v in vs}
    if code > 0x7F
) | {"\u0130"}
_FOLDS_APART = re.compile("[" + "".join(sorted(map(re.escape, _APART))) + "]")


class Alternatives:
    """A pattern's main alternation, each branch with the needles one of which it requires."""

    def __init__(self, pattern: re.Pattern, tree, path: list[int], needles: list, fold: bool):
        self.pattern, self._tree, self._path, self._fold = pattern, tree, path, fold
        self._needles = needles  # per branch: a tuple of needles, or None (always possible)
        # Branches as bits of one int: a text's branches are the OR of its needles' bits, with
        # no set built per text (this is asked of every clause, dozens of times a note).
        self._always = sum(1 << i for i, found in enumerate(needles) if found is None)
        bits: dict[str, int] = {}
        for i, found in enumerate(needles):
            for needle in found or ():
                bits[needle] = bits.get(needle, 0) | 1 << i
        self._bits = _NeedleBits(bits)
        self._every = (1 << len(needles)) - 1
        self._branches: list[re.Pattern | None] = [None] * len(needles)
        self._costs = [0.0] * len(needles)  # seconds each branch took to compile alone
        self._compiled: dict[int, re.Pattern] = {}  # sets of branches compiled together
        self._apart: dict[int, _Branches] = {}  # sets of branches searched one by one

    @classmethod
    def of(cls, pattern: re.Pattern, *, min_len: int = 4) -> Alternatives | None:
        """The pattern's main alternation, or None when it has none worth narrowing. A pattern
        that ignores case gets needles in lower case, looked for in the lower-cased text."""
        if _p is None:
            return None
        fold = bool(pattern.flags & re.IGNORECASE)
        try:
            tree = _p.parse(pattern.pattern, pattern.flags)
            path = _main_branch(tree)
            if path is None or not _fixed_before(tree, path) or tree.getwidth()[0] == 0:
                return None
            branches = _at(tree, path)[1][1]
            needles = []
            for branch in branches:
                _, needed = _sequence(list(_replaced(tree, path, [branch])), fold)
                needles.append(tuple(sorted(_cover(needed, min_len))) if needed else None)
        except Exception:  # an unfamiliar construct: the whole pattern, as before
            return None
        if sum(found is None for found in needles) * 2 > len(needles):
            return None  # most branches could match anything: nothing to gain
        return cls(pattern, tree, path, needles, fold)

    def pattern_for(self, text: str):
        """The pattern itself, or what stands for it on ``text``: one branch, or the branches
        the text leaves possible searched as one (``_Branches``)."""
        if self._fold:
            if _FOLDS_APART.search(text):
                return self.pattern
            text = text.lower()
        keep = self._always | self._bits.of(text)
        if keep == self._every:
            return self.pattern
        if not keep:
            return _NEVER
        compiled = self._compiled.get(keep)
        if compiled is not None:
            return compiled
        apart = self._apart.get(keep)
        if apart is None:
            kept = [i for i in range(keep.bit_length()) if keep >> i & 1]
            if len(kept) == 1:
                return self._branch(kept[0])
            if len(self._compiled) + len(self._apart) >= _KEPT:
                self._compiled.clear()
                self._apart.clear()
            branches = [self._branch(i) for i in kept]
            # compiling them together costs about what compiling each alone did
            apart = self._apart[keep] = _Branches(branches, sum(self._costs[i] for i in kept))
        if apart.spent < apart.cost:
            return apart
        # Searched apart long enough (notes from a template, a pool's stock phrases): one pass.
        del self._apart[keep]
        every = _at(self._tree, self._path)[1][1]
        kept_branches = [every[i] for i in range(keep.bit_length()) if keep >> i & 1]
        narrowed = _replaced(self._tree, self._path, kept_branches)
        compiled = self._compiled[keep] = _compiler.compile(narrowed, self.pattern.flags)
        return compiled

    def _branch(self, i: int) -> re.Pattern:
        compiled = self._branches[i]
        if compiled is None:
            started = perf_counter()
            branch = _at(self._tree, self._path)[1][1][i]
            narrowed = _replaced(self._tree, self._path, [branch])
            compiled = self._branches[i] = _compiler.compile(narrowed, self.pattern.flags)
            self._costs[i] = perf_counter() - started
        return compiled


class _NeedleBits:
    """Needles, each with its branch bits, looked up by the three-letter pieces of a text rather
    than one by one. A table of a thousand needles (the foreign opt-outs) cost a thousand
    substring searches per note; a note's pieces are cut once (``_pieces``) and only needles
    starting with one of them are looked for whole, so the answer is the same."""

    __slots__ = ("_short", "_by_start", "_starts")

    def __init__(self, bits: dict[str, int]):
        self._short = tuple((n, b) for n, b in sorted(bits.items()) if len(n) < 3)
        by_start: dict[str, list[tuple[str, int]]] = {}
        for needle, b in sorted(bits.items()):
            if len(needle) >= 3:
                by_start.setdefault(needle[:3], []).append((needle, b))
        # a needle of three letters is its own piece: found without looking again
        self._by_start = {
            k: tuple((None if len(n) == 3 else n, b) for n, b in v) for k, v in by_start.items()
        }
        self._starts = frozenset(self._by_start)

    def of(self, text: str) -> int:
        """The OR of the bits of every needle in ``text``."""
        keep = 0
        for needle, b in self._short:
            if needle in text:
                keep |= b
        by_start = self._by_start
        for start in self._starts.intersection(_pieces(text)):
            for needle, b in by_start[start]:
                if needle is None or needle in text:
                    keep |= b
        return keep


_PIECES: dict[str, set[str]] = {}
_PIECES_KEPT = 8  # a note is asked of with its own text and its lower-cased copy, a few patterns


def _pieces(text: str) -> set[str]:
    """Every three-letter piece of ``text``, kept for the next asks of the same text."""
    found = _PIECES.get(text)
    if found is None:
        if len(_PIECES) >= _PIECES_KEPT:
            _PIECES.clear()
        found = _PIECES[text] = {text[i : i + 3] for i in range(len(text) - 2)}
    return found


class _Branches:
    """Branches of one alternation searched one by one, answering as the whole would: the
    leftmost match, and at that place the first branch in order. ``spent`` keeps the seconds
    its searches took, against ``cost``, what compiling the branches together would take."""

    __slots__ = ("_kept", "spent", "cost")

    def __init__(self, kept: list[re.Pattern], cost: float = 0.0):
        self._kept, self.spent, self.cost = kept, 0.0, cost

    def search(self, text: str, *args):
        started = perf_counter()
        best = None
        for branch in self._kept:
            m = branch.search(text, *args)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        self.spent += perf_counter() - started
        return best

    def match(self, text: str, *args):
        started = perf_counter()
        found = next((m for b in self._kept if (m := b.match(text, *args))), None)
        self.spent += perf_counter() - started
        return found

    def fullmatch(self, text: str, *args):
        started = perf_counter()
        found = next((m for b in self._kept if (m := b.fullmatch(text, *args))), None)
        self.spent += perf_counter() - started
        return found

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        while pos <= end:
            m = self.search(text, pos, end)
            if m is None:
                return
            yield m
            pos = m.end()  # never empty (``Alternatives.of``): the next starts where this ends

    def findall(self, text: str, *args):
        out = []
        for m in self.finditer(text, *args):
            groups = m.groups("")  # as ``re`` gives them: a group that took no part is ""
            out.append(m.group() if not groups else groups[0] if len(groups) == 1 else groups)
        return out


def _fixed_before(tree, path: list[int]) -> bool:
    """Nothing before the alternation at ``path`` can match in two ways (a repeat, another
    alternation): the branches then meet the text at the same place whichever is tried."""
    data = tree.data
    for depth, k in enumerate(path):
        for op, _av in data[:k]:
            if op not in (_c.LITERAL, _c.AT, _c.ASSERT, _c.ASSERT_NOT, _c.IN):
                return False
        if depth + 1 < len(path):
            data = data[k][1][3].data
    return True


def _main_branch(tree, path=()) -> list[int] | None:
    """Where the alternation with the most branches sits, through groups only (not inside a
    repeat or a look-around, where leaving a branch out could change what the rest does)."""
    best, best_n = None, _FEWEST_BRANCHES - 1
    for k, (op, av) in enumerate(tree.data):
        if op is _c.BRANCH and len(av[1]) > best_n:
            best, best_n = [*path, k], len(av[1])
        elif op is _c.SUBPATTERN:
            inner = _main_branch(av[3], ())
            if inner is not None:
                n = len(_at(av[3], inner)[1][1])
                if n > best_n:
                    best, best_n = [*path, k, *inner], n
    return best


def _at(tree, path: list[int]):
    node = tree.data[path[0]]
    for k in path[1:]:
        node = node[1][3].data[k]  # through a group to its inner sequence
    return node


def _replaced(tree, path: list[int], branches: list):
    """A copy of ``tree`` with the alternation at ``path`` holding only ``branches``."""
    data = list(tree.data)
    op, av = data[path[0]]
    if len(path) == 1:
        data[path[0]] = (op, (av[0], branches))
    else:
        group, add, remove, inner = av
        data[path[0]] = (op, (group, add, remove, _replaced(inner, path[1:], branches)))
    return _p.SubPattern(tree.state, data)


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


def _sequence(items: list, fold: bool = False) -> tuple[Strings, Strings]:
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
        return {""}, _sequence(list(av[1]), fold)[1]
    if op in (_c.AT, _c.ASSERT_NOT):
        return {""}, None
    if op is _c.IN:
        if len(av) > _CAP or any(kind is not _c.LITERAL for kind, _ in av):
            return None, None
        chars = {_folded(chr(code)) if fold else chr(code) for _, code in av}
        return (None, None) if None in chars else (chars, chars)
    if op is _c.BRANCH:
        branches = [_sequence(list(branch), fold) for branch in av[1]]
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
        return _sequence(list(inner), fold)
    if op is getattr(_c, "ATOMIC_GROUP", object()):
        return _sequence(list(av), fold)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", object())):
        low, high, inner = av
        inner_exact, inner_needed = _sequence(list(inner), fold)
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
    may differ (``_APART``)."""
    lower = char.lower()
    if len(lower) != 1 or char in _APART or lower in _APART:
        return None
    return lower


def _cover(needed: set[str], min_len: int) -> set[str]:
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
