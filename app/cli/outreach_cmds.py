"""Outreach: ``encore draft``, ``reconnect``, ``feedback-owed`` and ``shortlist-drafts``."""

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from app.cli.database import ready_engine
from app.cli.model import load_embedder_or_fail
from app.cli.records import resolve_candidate, resolve_opening
from app.cli.terminal import echo, echo_data, err, json_text, shown
from app.cli.typer_app import cli, fail
from data.db import read_session, session_scope
from data.files import private_dir, write_private
from data.plural import counted
from data.settings import get_settings


def _preferences(session, recruiter: str | None):
    """The Settings-page choices of ``recruiter`` (default: the local user, ENCORE_RECRUITER)."""
    from data.recruiter_settings import preferences_for

    return preferences_for(session=session, recruiter=recruiter or get_settings().recruiter)


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
    with session_scope(eng) as session:
        signature = _preferences(session, None).signs_as
    try:
        with read_session(eng) as session:
            result = build_draft(
                matcher,
                candidate_id,
                session=session,
                opening_id=opening_id,
                tone=tone,
                signature=signature,
            )
    except DraftRefused as exc:
        fail(str(exc))
    echo(f"To: {shown(result.to or '(no email on record)')}\nSubject: {shown(result.subject)}\n")
    echo(result.body)
    echo("Facts used:")
    for fact in result.facts:
        echo(f"  · {shown(fact.label)}: {shown(fact.value)}  [{shown(fact.source)}]")
    for note in result.missing:
        echo(f"  ! {shown(note)}")
    if eml:
        write_private(eml, result.to_eml())
        err.print(f"Wrote {eml}")
        if result.to and not result.recipient:
            err.print("  the address on record is not one valid address: the .eml has no To")


def parse_week(value: str | None) -> date:
    """``2026-W48`` (ISO week) or any day ``2026-11-25`` → a day in that week; default today."""
    if not value:
        return date.today()
    try:
        if "-W" in value.upper():
            year, week = value.upper().split("-W")
            return date.fromisocalendar(int(year), int(week), 1)
        return date.fromisoformat(value)
    except ValueError:
        fail(f"--week '{value}' is not a week: use YYYY-Www (e.g. 2026-W48) or YYYY-MM-DD")


@cli.command()
def reconnect(
    week: Annotated[
        str | None, typer.Option(help="The week: YYYY-Www or a day in it (default: this week).")
    ] = None,
    limit: Annotated[
        int | None, typer.Option(help="Weekly cap (default: the recruiter's, else 15).", min=1)
    ] = None,
    format: Annotated[str, typer.Option(help="table | csv | ics | json")] = "table",
    out: Annotated[Path | None, typer.Option(help="Write to this file instead of stdout.")] = None,
    recruiter: Annotated[
        str | None, typer.Option(help="Only the people this recruiter owns (default: everyone).")
    ] = None,
) -> None:
    """This week's reconnect list: who to get back in touch with, and why (cron-friendly)."""
    from matching.engine import Matcher
    from outreach.exports import reconnect_csv, reconnect_ics
    from outreach.reconnect import weekly_list
    from outreach.week import rules_for

    if format not in ("table", "csv", "ics", "json"):
        fail(f"unknown format '{format}': use table, csv, ics or json")
    day = parse_week(week)
    eng = ready_engine()
    matcher = Matcher(eng, load_embedder_or_fail())
    with session_scope(eng) as session:
        # The cap and cadences that recruiter saved on the Settings page; --limit overrides.
        prefs = _preferences(session, recruiter)
        rules = rules_for(prefs)
        if limit:
            rules = replace(rules, weekly_cap=limit)
        weekly = weekly_list(matcher, session=session, today=day, recruiter=recruiter, rules=rules)
    if format == "csv":
        payload = reconnect_csv(weekly)
    elif format == "ics":
        payload = reconnect_ics(weekly, hours=prefs.working_hours)
    elif format == "json":
        payload = (json_text(weekly_as_dict(weekly)) + "\n").encode()
    else:
        payload = weekly_as_table(weekly).encode()
    if out:
        write_private(out, payload)
        err.print(f"Wrote {len(weekly.entries)} people to {out}")
    else:
        echo_data(payload)


def weekly_as_dict(weekly) -> dict:
    return {
        "week_of": weekly.week_of.isoformat(),
        "entries": [
            {
                "rank": rank,
                "candidate": e.candidate_id,
                "status": e.status,
                "priority": e.priority,
                "opening": e.opening_id,
                "match": e.match_score,
                "days_since_contact": e.days_since,
                "why": e.why,
            }
            for rank, e in enumerate(weekly.entries, start=1)
        ],
        "reconsent": [
            {"candidate": t.candidate_id, "consent_until": t.consent_until.isoformat()}
            for t in weekly.reconsent
        ],
        "held_back": dict(weekly.held_back),
    }


def weekly_as_table(weekly) -> str:
    lines = [f"Reconnect list for the week of {weekly.week_of:%d %B %Y}", ""]
    for rank, e in enumerate(weekly.entries, start=1):
        role = f" → {e.opening_title}" if e.opening_title else ""
        lines.append(f"{rank:>2}. {shown(e.name)} (#{e.candidate_id}) [{e.status}]{shown(role)}")
        lines.extend(f"      {shown(why)}" for why in e.why)
    if not weekly.entries:
        lines.append("Nobody is due this week.")
    if weekly.reconsent:
        lines += ["", f"Re-consent tasks ({len(weekly.reconsent)}):"]
        lines.extend(
            f"  - {shown(t.name)} (#{t.candidate_id}): {shown(t.why)}" for t in weekly.reconsent
        )
    lines += ["", weekly.held_back_sentence()]
    return "\n".join(lines) + "\n"


@cli.command("feedback-owed")
def feedback_owed(
    drafts: Annotated[
        Path | None, typer.Option(help="Also write one feedback draft per person (.eml) here.")
    ] = None,
) -> None:
    """People turned down after an interview who never got feedback, oldest first."""
    from outreach.drafts import DraftRefused
    from outreach.feedback import build_feedback_draft, feedback_owed_list

    eng = ready_engine()
    with session_scope(eng) as session:
        signature = _preferences(session, None).signs_as
        owed = feedback_owed_list(session=session)
        for item in owed:
            waited = f"{item.days_waiting} days" if item.days_waiting is not None else "unknown"
            flag = "  (consent expired: re-consent first)" if item.consent_expired else ""
            echo(
                f"{shown(item.name)} (#{item.candidate_id}) — {shown(item.role_title)}, "
                f"{shown(item.stage_reached)}, waiting {waited}{flag}"
            )
            if drafts and not item.consent_expired:
                try:
                    text = build_feedback_draft(
                        session=session,
                        application_id=item.application_id,
                        signature=signature,
                    )
                except DraftRefused as exc:
                    err.print(f"  no draft: {shown(exc)}")
                    continue
                private_dir(drafts)
                write_private(drafts / f"feedback-{item.application_id}.eml", text.to_eml())
    echo(f"{len(owed)} people are owed feedback.")


@cli.command("shortlist-drafts")
def shortlist_drafts(
    opening: Annotated[str, typer.Option(help="The opening's id or external id.")],
    top: Annotated[int, typer.Option(help="How many of the best matches.", min=1)] = 10,
    tone: Annotated[str, typer.Option(help="warm | brief | formal")] = "warm",
    zip_: Annotated[Path | None, typer.Option("--zip", help="Write a zip of .eml files.")] = None,
    mail_merge: Annotated[Path | None, typer.Option(help="Write a mail-merge CSV.")] = None,
) -> None:
    """Drafts for an opening's top matches, as one zip of .eml files or a mail-merge CSV."""
    from matching.engine import Matcher
    from outreach.drafts import TONES, DraftRefused, build_draft
    from outreach.exports import drafts_zip, mail_merge_csv

    if tone not in TONES:
        fail(f"unknown tone '{tone}': use {', '.join(TONES)}")
    if not (zip_ or mail_merge):
        fail("say where to write: --zip FILE and/or --mail-merge FILE")
    eng = ready_engine()
    opening_id = resolve_opening(eng, opening)
    matcher = Matcher(eng, load_embedder_or_fail())
    with session_scope(eng) as session:
        signature = _preferences(session, None).signs_as
    ranked = matcher.match_opening(opening_id, top_k=top)
    texts = []
    with read_session(eng) as session:
        for r in ranked.results:
            try:
                texts.append(
                    build_draft(
                        matcher,
                        r.candidate_id,
                        session=session,
                        opening_id=opening_id,
                        tone=tone,
                        signature=signature,
                    )
                )
            except DraftRefused as exc:
                err.print(f"  skipped #{r.candidate_id}: {shown(exc)}")
    if zip_:
        write_private(zip_, drafts_zip(texts))
        err.print(f"Wrote {counted(len(texts), 'draft')} to {zip_}")
    if mail_merge:
        write_private(mail_merge, mail_merge_csv(texts))
        err.print(f"Wrote {counted(len(texts), 'row')} to {mail_merge}")
