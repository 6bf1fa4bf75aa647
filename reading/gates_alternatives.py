"""The branches of a long alternation a text leaves possible, searched instead of the whole.

Used by ``reading.gates`` for a gated pattern whose main part is a long alternation (the opt-out
phrases, the time expressions, the other languages' table).
"""

from __future__ import annotations

import re
from time import perf_counter

from reading.gates_needles import APART, _c, _compiler, _p, cover, sequence

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
# a text holding a letter that folds apart is searched with every branch
_FOLDS_APART = re.compile("[" + "".join(sorted(map(re.escape, APART))) + "]")


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
                _, needed = sequence(list(_replaced(tree, path, [branch])), fold)
                needles.append(tuple(sorted(cover(needed, min_len))) if needed else None)
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
