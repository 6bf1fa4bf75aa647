"""Rendering match results for the terminal: a table, JSON (PRODUCT.md §4) or CSV.

Names, titles and reasons are outside text: the table shows them through
``app.cli.terminal.shown``, JSON keeps them exact (``json_text``), CSV cells pass through
``outreach.safe_csv.safe_cell``.
"""

import csv
import io

from app.cli.terminal import json_text, shown
from matching.engine import MatchResult

TOP_REASONS = 2
WEAK = "nobody in your pool clears the bar for this role; these are only the closest."


def render_matches(results: list[MatchResult], fmt: str, *, as_list: bool) -> str:
    if fmt == "json":
        payload = [r.to_dict() for r in results]
        return json_text(payload if as_list else payload[0])
    if fmt == "csv":
        return _csv(results)
    return "\n\n".join(_table(r) for r in results)


def _csv(results: list[MatchResult]) -> str:
    from outreach.safe_csv import safe_cell

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            "opening",
            "opening_external_id",
            "rank",
            "candidate",
            "external_id",
            "full_name",
            "score",
            "reasons",
        ]
    )
    for result in results:
        for rank, row in enumerate(result.results, start=1):
            writer.writerow(
                [
                    safe_cell(v)
                    for v in (
                        result.role.opening_id or "",
                        result.role.external_id or "",
                        rank,
                        row.candidate_id,
                        row.external_id or "",
                        row.full_name,
                        f"{row.score:.1f}",
                        " | ".join(r.sentence for r in row.reasons),
                    )
                ]
            )
    return buffer.getvalue().rstrip("\n")


def _table(result: MatchResult) -> str:
    role = result.role
    head = shown(role.title) + (f"  [{shown(role.external_id)}]" if role.external_id else "")
    lines = [
        head,
        result.excluded_sentence()
        + (
            f"; {result.not_indexed} not indexed yet (run `encore index`)"
            if result.not_indexed
            else ""
        ),
    ]
    if not result.results:
        lines.append("No matching candidates.")
    elif result.weak:
        lines.append(f"No strong matches: {WEAK}")
    for rank, row in enumerate(result.results, start=1):
        lines.append(
            f"{rank:>3}. {row.score:5.1f}  {shown(row.full_name)}  "
            f"({shown(row.external_id or row.candidate_id)})"
        )
        for reason in row.reasons[: TOP_REASONS + 1]:
            lines.append(f"         · {shown(reason.sentence)}")
    return "\n".join(lines)
