"""Kinds that stand against each other, so that "no X, Y please" asks for Y.

After a refusal a "please" is usually manners that keeps the refusal going down a list ("no junior
or grad roles pls", "no nights, weekends pls"). But where the item it follows is the other side of
what was refused - "no more agencies, in-house please", "done with Big Four, small practice
please", "no startups, enterprise pls", "no hybrid, fully remote please" - it is what they ask for
instead. ``reading.direction`` asks ``stands_against`` before it carries the refusal over.
"""

from __future__ import annotations

from reading.facets import mentions

# facet -> sides; a kind on one side stands against every kind on another side of the same facet
_SIDES: dict[str, tuple[frozenset[str], ...]] = {
    "company": (
        frozenset({"startup", "scaleup", "small"}),
        frozenset({"enterprise", "large", "consultancy"}),
    ),
    "work_mode": (frozenset({"remote"}), frozenset({"hybrid"}), frozenset({"onsite"})),
    "contract": (
        frozenset({"permanent"}),
        frozenset({"contract", "freelance", "fixed_term"}),
    ),
    "management": (frozenset({"manage"}), frozenset({"hands_on"})),
}
# Two more sides of the company facet: a firm that serves clients against one in-house.
_CLIENT_SIDE = (frozenset({"agency", "consultancy"}), frozenset({"in_house"}))


def _kinds(text: str) -> set[tuple[str, str]]:
    return {(m.facet, next(iter(m.value.values()))) for m in mentions(text) if m.facet in _SIDES}


def _side(kind: str, sides: tuple[frozenset[str], ...]) -> int | None:
    return next((k for k, side in enumerate(sides) if kind in side), None)


def stands_against(refused: str, asked: str) -> bool:
    """Whether a kind named in ``asked`` (lower-case) is the other side of one in ``refused``."""
    for facet, kind in _kinds(asked):
        for other_facet, other in _kinds(refused):
            if facet != other_facet or kind == other:
                continue
            for sides in (_SIDES[facet], _CLIENT_SIDE if facet == "company" else ()):
                mine, theirs = _side(kind, sides), _side(other, sides)
                if mine is not None and theirs is not None and mine != theirs:
                    return True
    return False
