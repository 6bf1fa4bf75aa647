"""Reading batteries: notes and job ads written blind by strangers to the reader, each with what
a careful reader must find in it and what it must not (``evaluation/batteries/*.jsonl``).

Five batteries, written 2026-11-28 by five helpers who never saw the reader's code, its sets or
the held-out cases: travel and commute, visa and place, what people want from work (industry,
mission, company kind, managing, contract, technology), opt-outs and waits, and role ads. About
half of each is near-miss twins. Unlike the reading set (``evaluation/reading_set*``, labelled
condition by condition), an item is right only when every "expect" is found and no "absent" is:
a stricter, item-level score. ``encore eval --set batteries`` prints it per battery and class.

A person item: ``{"text", "said_at", "expect": [{"facet", "polarity", "value"}], "absent":
[{"facet", "polarity"?}]}``; facets and polarities may give alternatives ("industry|topic").
A role item: ``{"title", "location", "remote_policy", "description", "expect": {field: value}}``
with ``reading.role_facts.RoleFacts`` fields.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

from reading import read
from reading.role_facts import role_facts

BATTERIES = Path(__file__).with_name("batteries")
NAMES = ("travel", "place", "want", "stops", "roles")


def load(name: str) -> list[dict]:
    path = BATTERIES / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _fold(value) -> str:
    text = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode()
    return " ".join(text.casefold().replace("-", " ").split())


def _same(key: str, want, got) -> bool:
    if got is None:
        return want is None or want is False
    if isinstance(want, bool) or isinstance(got, bool):
        return bool(want) == bool(got)
    if isinstance(want, int | float) and isinstance(got, int | float):
        return abs(want - got) <= max(0.011 * abs(want), 0.011)
    if key == "until":  # the month a wait ends
        return str(got)[:7] == str(want)[:7]
    w, g = _fold(want), _fold(got)  # a place as written: "Montréal", "Greater Montreal"
    return bool(w) and bool(g) and (w in g or g in w)


def _fits(want: dict, found) -> bool:
    if found.facet not in want["facet"].split("|"):
        return False
    if "polarity" in want and found.polarity not in want["polarity"].split("|"):
        return False
    return all(_same(k, v, found.value.get(k)) for k, v in (want.get("value") or {}).items())


def person_misses(item: dict) -> list[str]:
    """What a person item's reading gets wrong: each expected condition missing, each absent
    facet present."""
    said = date.fromisoformat(item.get("said_at") or "2026-11-01")
    found = read(item["text"], said_at=said)
    misses = [
        f"missing {want}"
        for want in item.get("expect") or []
        if not any(_fits(want, c) for c in found)
    ]
    for absent in item.get("absent") or []:
        facets, polarities = absent["facet"].split("|"), absent.get("polarity")
        if any(
            c.facet in facets and (polarities is None or c.polarity in polarities.split("|"))
            for c in found
        ):
            misses.append(f"present {absent}")
    return misses


def role_misses(item: dict) -> list[str]:
    """What a role item's reading gets wrong: each expected field not as said."""
    facts = role_facts(
        title=item.get("title") or "",
        description=item.get("description"),
        location=item.get("location"),
        remote_policy=item.get("remote_policy"),
    )
    misses = []
    for key, want in (item.get("expect") or {}).items():
        got = getattr(facts, key, None)
        if key in ("schedule", "no_schedule"):
            right = set(want) <= set(got or ())
        elif key == "city":
            right = _same(key, want, got) or _same(key, want, facts.location)
        else:
            right = _same(key, want, got)
        if not right:
            misses.append(f"{key}: {got!r}, not {want!r}")
    return misses


def misses(item: dict) -> list[str]:
    return role_misses(item) if "description" in item else person_misses(item)


def evaluate(names: tuple[str, ...] = NAMES) -> dict[str, dict[str, tuple[int, int]]]:
    """Per battery, per class: (items read right, items)."""
    out: dict[str, dict[str, tuple[int, int]]] = {}
    for name in names:
        right, total = Counter(), Counter()
        for item in load(name):
            total[item["class"]] += 1
            right[item["class"]] += not misses(item)
        out[name] = {c: (right[c], total[c]) for c in sorted(total)}
    return out


def format_report(result: dict[str, dict[str, tuple[int, int]]]) -> str:
    lines = ["Reading batteries (items read right / items):"]
    for name, classes in result.items():
        right = sum(r for r, _ in classes.values())
        total = sum(t for _, t in classes.values())
        lines.append(f"  {name:<7} {right:>4} / {total:<4} ({right / total:.0%})")
        lines += [f"    {c:<22} {r:>4} / {t}" for c, (r, t) in classes.items()]
    right = sum(r for cl in result.values() for r, _ in cl.values())
    total = sum(t for cl in result.values() for _, t in cl.values())
    lines.append(f"  all     {right:>4} / {total:<4} ({right / total:.0%})")
    return "\n".join(lines)
