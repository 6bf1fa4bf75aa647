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

import re

from reading.gates_alternatives import Alternatives
from reading.gates_needles import required


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
