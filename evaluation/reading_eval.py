"""Scoring a reader on the labelled reading set (evaluation/reading_set.jsonl).

For one split: precision, recall and F1 per facet (a predicted condition matches a gold one on
``Condition.key()``, except that pay amounts match within 2% and wait dates on year and month),
the facets' macro F1, opt-out precision and recall, waits resolved to the right month, and how
many sentences a second the reader gets through.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from reading.clauses import sentences
from reading.conditions import FACETS, Condition

DEFAULT_SET = Path(__file__).with_name("reading_set.jsonl")
Reader = Callable[..., list[Condition]]


def load(path: Path | str, split: str) -> list[dict]:
    """The labelled lines of one split; a broken line is reported with its line number."""
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}, line {number}: not JSON ({exc.msg})") from None
            if row.get("split") == split:
                rows.append(row)
    return rows


def same(pred: Condition, gold: Condition) -> bool:
    """Whether a predicted condition counts as the gold one."""
    if pred.facet != gold.facet or pred.polarity != gold.polarity:
        return False
    if gold.facet == "pay":
        a, b = gold.value.get("amount"), pred.value.get("amount")
        amounts = a == b if a is None or b is None else abs(a - b) <= 0.02 * abs(a)
        return amounts and _low(pred.value.get("currency")) == _low(gold.value.get("currency"))
    if gold.facet == "wait":
        return str(pred.value.get("until", ""))[:7] == str(gold.value.get("until", ""))[:7]
    return pred.key() == gold.key()


def _low(value):
    return value.casefold() if isinstance(value, str) else value


def _match(preds: list[Condition], golds: list[Condition]) -> list[tuple[Condition, Condition]]:
    """Pairs (pred, gold), each used at most once."""
    pairs, free = [], list(golds)
    for p in preds:
        hit = next((g for g in free if same(p, g)), None)
        if hit is not None:
            free.remove(hit)
            pairs.append((p, hit))
    return pairs


# The fallback ``topic`` facet (``reading.topics``) and the ``language`` facet
# (``reading.languages``) have no labels in these sets: they are not scored, and their conditions
# are neither counted nor shown as extra.
SCORED = tuple(f for f in FACETS if f not in ("topic", "language"))


def _gold(row: dict) -> list[Condition]:
    return [
        Condition(c["facet"], c["polarity"], dict(c.get("value") or {})) for c in row["conditions"]
    ]


def _is_opt_out(c: Condition) -> bool:
    return c.facet == "contact" and c.value.get("kind") == "opt_out"


def evaluate_reading(
    path: Path | str = DEFAULT_SET, split: str = "test", reader: Reader | None = None
) -> dict:
    """Scores of ``reader`` (the rule reader by default) on one split of the labelled set."""
    if reader is None:
        from reading import read as reader
        from reading.gates import prepare

        prepare()  # set up once per process, like compiling the patterns: not reading time
    rows = load(path, split)
    counts = {f: {"tp": 0, "pred": 0, "gold": 0} for f in SCORED}
    opt = {"tp": 0, "pred": 0, "gold": 0}
    waits = {"tp": 0, "pred": 0, "gold": 0}
    misses = []
    started = (
        time.process_time()
    )  # CPU time: the figure does not depend on what else the machine runs
    predictions = [reader(r["text"], said_at=date.fromisoformat(r["said_at"])) for r in rows]
    elapsed = time.process_time() - started
    predictions = [[c for c in preds if c.facet in SCORED] for preds in predictions]
    for row, preds in zip(rows, predictions, strict=True):
        golds = _gold(row)
        pairs = _match(preds, golds)
        for bucket, keep in ((opt, _is_opt_out), (waits, lambda c: c.facet == "wait")):
            bucket["pred"] += sum(map(keep, preds))
            bucket["gold"] += sum(map(keep, golds))
            bucket["tp"] += sum(1 for p, _ in pairs if keep(p))
        for facet in SCORED:
            counts[facet]["pred"] += sum(c.facet == facet for c in preds)
            counts[facet]["gold"] += sum(c.facet == facet for c in golds)
            counts[facet]["tp"] += sum(p.facet == facet for p, _ in pairs)
        matched = {id(p) for p, _ in pairs}
        found = {id(g) for _, g in pairs}
        wrong = [c for c in preds if id(c) not in matched]
        missed = [c for c in golds if id(c) not in found]
        if wrong or missed:
            misses.append(
                {
                    "id": row["id"],
                    "extra": [_show(c) for c in wrong],
                    "missed": [_show(c) for c in missed],
                }
            )
    facets = {f: _prf(c) for f, c in counts.items() if c["gold"] or c["pred"]}
    n_sentences = sum(len(sentences(r["text"])) or 1 for r in rows)
    return {
        "split": split,
        "lines": len(rows),
        "facets": facets,
        "macro_f1": sum(v["f1"] for v in facets.values()) / len(facets) if facets else 0.0,
        "opt_out": _prf(opt),
        "waits": _prf(waits),
        "sentences": n_sentences,
        "seconds": elapsed,
        "sentences_per_second": n_sentences / elapsed if elapsed else float("inf"),
        "misses": misses,
    }


def _show(c: Condition) -> str:
    value = {k: v for k, v in c.value.items() if v is not None}
    return f"{c.facet}/{c.polarity}/{json.dumps(value, sort_keys=True)}"


def _prf(c: dict) -> dict:
    p = c["tp"] / c["pred"] if c["pred"] else (1.0 if not c["gold"] else 0.0)
    r = c["tp"] / c["gold"] if c["gold"] else (1.0 if not c["pred"] else 0.0)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1, **c}


def format_report(result: dict) -> str:
    """A plain-text table of ``evaluate_reading``'s result."""
    split, notes, sentences = result["split"], result["lines"], result["sentences"]
    lines = [
        f"Reading set, {split} split: {notes} notes, {sentences} sentences",
        "",
        f"{'facet':<12} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}",
    ]
    for facet, s in result["facets"].items():
        p, r, f1, gold, pred = s["precision"], s["recall"], s["f1"], s["gold"], s["pred"]
        lines.append(f"{facet:<12} {p:6.3f} {r:6.3f} {f1:6.3f} {gold:5d} {pred:5d}")
    o, w = result["opt_out"], result["waits"]
    speed, ms = result["sentences_per_second"], result["seconds"] * 1000
    lines += [
        "",
        f"facets macro F1: {result['macro_f1']:.3f}",
        f"opt-outs: precision {o['precision']:.3f}, recall {o['recall']:.3f} "
        f"({o['tp']}/{o['gold']} found, {o['pred']} read)",
        f"waits, right month: recall {w['recall']:.3f}, precision {w['precision']:.3f} "
        f"({w['tp']}/{w['gold']})",
        f"speed: {speed:,.0f} sentences/s of CPU time ({ms:.0f} ms)",
    ]
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover - a developer's shortcut
    import sys

    args = sys.argv[1:]
    print(
        format_report(
            evaluate_reading(args[0] if args else DEFAULT_SET, args[1] if len(args) > 1 else "test")
        )
    )
