"""Keeping the pool clean and respecting the person: ``encore duplicates``, ``encore merge``,
``encore forget``, ``encore export-person`` and ``encore audit``."""

import json
from pathlib import Path
from typing import Annotated

import typer

from app.cli.database import ready_engine
from app.cli.records import resolve_candidate
from app.cli.terminal import echo_data, err, json_text, out, shown
from app.cli.typer_app import cli, fail
from data.db import session_scope


@cli.command()
def duplicates(
    format: Annotated[str, typer.Option(help="table | json")] = "table",
) -> None:
    """List records that are surely the same person, and pairs worth a look."""
    from sqlmodel import select

    from data.duplicates import find_duplicates
    from data.models import Candidate

    if format not in ("table", "json"):
        fail(f"unknown format '{format}': use table or json")
    eng = ready_engine()
    with session_scope(eng) as session:
        found = find_duplicates(session=session)
        ids = {i for p in found.sure + found.review for i in (p.first_id, p.second_id)}
        rows = session.exec(select(Candidate.id, Candidate.full_name).where(Candidate.id.in_(ids)))
        names = dict(rows.all())
    if format == "json":
        payload = {
            group: [
                {"first": p.first_id, "second": p.second_id, "reasons": list(p.reasons)}
                for p in pairs
            ]
            for group, pairs in (("sure", found.sure), ("review", found.review))
        }
        out.print_json(json.dumps(payload))
        return
    for title, pairs in (("Same person", found.sure), ("Worth a look", found.review)):
        out.print(f"{title}: {len(pairs)}")
        for p in pairs:
            out.print(
                f"  {p.first_id} {shown(names.get(p.first_id, '?'))}  ↔  {p.second_id} "
                f"{shown(names.get(p.second_id, '?'))}  ({shown(', '.join(p.reasons))})"
            )
    if found.sure or found.review:
        out.print("Merge with `encore merge KEEP OTHER` (add --dry-run to preview).")


@cli.command()
def merge(
    keep: Annotated[str, typer.Argument(help="Id or external id of the record to keep.")],
    other: Annotated[str, typer.Argument(help="Id or external id of the record merged into it.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would happen.")] = False,
) -> None:
    """Merge two records of the same person, keeping every application, note and motivation."""
    from data.merge import MergeError, merge_candidates, preview_merge

    eng = ready_engine()
    keep_id, other_id = resolve_candidate(eng, keep), resolve_candidate(eng, other)
    try:
        with session_scope(eng) as session:
            if dry_run:
                plan = preview_merge(session=session, keep_id=keep_id, other_id=other_id)
            else:
                plan = merge_candidates(session=session, keep_id=keep_id, other_id=other_id)
    except MergeError as exc:
        fail(str(exc))
    prefix = "Would " if dry_run else "Done: "
    out.print(prefix + plan.summary() + ("" if dry_run else ". Run `encore index` next."))


@cli.command()
def forget(
    candidate: Annotated[str, typer.Argument(help="Id or external id of the person.")],
    yes: Annotated[bool, typer.Option("--yes", help="Confirm: this cannot be undone.")] = False,
) -> None:
    """Erase a person everywhere: profile, vectors, applications, touchpoints, drafts, pins."""
    from data.db import compact_after_erasure
    from data.privacy import forget_person

    eng = ready_engine()
    candidate_id = resolve_candidate(eng, candidate)
    if not yes:
        fail(f"this erases candidate {candidate_id} for good: add --yes to confirm")
    with session_scope(eng) as session:
        erasure = forget_person(session=session, candidate_id=candidate_id)
    compaction = compact_after_erasure(eng)
    removed = ", ".join(f"{n} {t}" for t, n in erasure.removed.items() if n)
    out.print(f"Candidate {candidate_id} erased ({removed}).", highlight=False)
    if not compaction.complete:
        err.print(_left_on_disk(eng, compaction.blocked_by), highlight=False)


def _left_on_disk(eng, blocked_by: str | None) -> str:
    """Why the erased rows may still be in the SQLite files, and until when."""
    wal = f"{eng.url.database}-wal"
    if blocked_by == "a reader":
        return (
            "warning: another program is still reading this database (the dashboard or "
            f"another encore command), so the erased rows may remain in {wal} until it "
            "closes the database."
        )
    return (
        "warning: another program was writing to this database, so the erased rows may remain "
        f"in its free pages and in {wal} until the next `encore forget` compacts it."
    )


@cli.command("export-person")
def export_person_(
    candidate: Annotated[str, typer.Argument(help="Id or external id of the person.")],
    out_file: Annotated[
        Path | None, typer.Option("--out", help="Write the JSON here (default: print it).")
    ] = None,
) -> None:
    """Everything held about one person as JSON, for an access request."""
    from data.files import write_private
    from data.privacy import export_person

    eng = ready_engine()
    candidate_id = resolve_candidate(eng, candidate)
    with session_scope(eng) as session:
        data = export_person(session=session, candidate_id=candidate_id)
    text = json_text(data)
    if out_file is None:
        echo_data(text + "\n")
        return
    try:
        write_private(out_file, text + "\n")
    except OSError as exc:
        fail(f"cannot write {out_file}: {exc.strerror}")
    out.print(f"Wrote everything held about candidate {candidate_id} to {out_file}.")


@cli.command()
def audit(
    limit: Annotated[int, typer.Option(help="How many recent entries.")] = 30,
    action: Annotated[str | None, typer.Option(help="Only this action, e.g. import.")] = None,
) -> None:
    """Recent audit entries: imports, merges, erasures, exports, outreach."""
    from data import audit as audit_log

    eng = ready_engine()
    with session_scope(eng) as session:
        events = audit_log.recent(session=session, limit=limit, action=action)
    if not events:
        out.print("No audit entries yet.")
    for e in events:
        subject = f"{e.subject_kind} {e.subject_id}" if e.subject_id else e.subject_kind or ""
        detail = json.dumps(e.detail, ensure_ascii=False) if e.detail else ""
        out.print(
            shown(f"{e.at:%Y-%m-%d %H:%M}  {e.actor:<10} {e.action:<20} {subject:<18} {detail}")
        )
