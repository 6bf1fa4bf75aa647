"""Outreach: ``encore draft``."""

from pathlib import Path
from typing import Annotated

import typer

from app.cli.base import (
    cli,
    err,
    fail,
    load_embedder_or_fail,
    ready_engine,
    resolve_candidate,
    resolve_opening,
)
from data.settings import get_settings


@cli.command()
def draft(
    candidate: Annotated[str, typer.Argument(help="The candidate's id or external id.")],
    opening: Annotated[
        str | None, typer.Option(help="The opening's id or external id (default: best match).")
    ] = None,
    tone: Annotated[str, typer.Option(help="warm | brief | formal")] = "warm",
    eml: Annotated[Path | None, typer.Option(help="Also write the draft as a .eml file.")] = None,
) -> None:
    """A personal re-engagement draft built only from facts on record."""
    from matching.engine import Matcher
    from outreach.drafts import TONES, DraftRefused, build_draft

    if tone not in TONES:
        fail(f"unknown tone '{tone}': use {', '.join(TONES)}")
    eng = ready_engine()
    candidate_id = resolve_candidate(eng, candidate)
    opening_id = resolve_opening(eng, opening) if opening else None
    matcher = Matcher(eng, load_embedder_or_fail())
    try:
        result = build_draft(
            matcher,
            candidate_id,
            opening_id=opening_id,
            tone=tone,
            signature=get_settings().signature,
        )
    except DraftRefused as exc:
        fail(str(exc))
    print(f"To: {result.to or '(no email on record)'}\nSubject: {result.subject}\n")
    print(result.body)
    print("Facts used:")
    for fact in result.facts:
        print(f"  · {fact.label}: {fact.value}  [{fact.source}]")
    for note in result.missing:
        print(f"  ! {note}")
    if eml:
        eml.write_bytes(result.to_eml())
        err.print(f"Wrote {eml}")
