"""The command line follows the settings a recruiter saved on the Settings page."""

import json
from datetime import date, timedelta

import pytest

from data.db import session_scope
from data.recruiter_settings import save_preferences
from data.settings import get_settings
from matching.embedder import HASHING_MODEL
from tests.cli_runner import run_encore
from tests.factories import make_application, make_candidate, make_remote_backend_opening


@pytest.fixture
def hashing_model(monkeypatch):
    monkeypatch.setenv("ENCORE_MODEL", HASHING_MODEL)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_reconnect_uses_the_recruiters_cap_unless_told_a_limit_and_their_working_day(
    db_url, engine, hashing_model
):
    with session_scope(engine) as session:
        make_remote_backend_opening(session)
        for _ in range(3):
            person = make_candidate(session)
            make_application(session, person, stage_reached="final", reason="other_candidate")
        save_preferences(
            session=session,
            recruiter="kim@example.com",
            weekly_cap=2,
            workday_start_hour=8,
            workday_end_hour=16,
        )

    def listed(*extra: str) -> int:
        result = run_encore("reconnect", "--format", "json", *extra, db_url=db_url)
        assert result.exit_code == 0, result.stderr
        return len(json.loads(result.stdout)["entries"])

    assert listed() == 3  # the local user saved nothing: the default cap
    assert listed("--recruiter", "kim@example.com") == 2
    assert listed("--recruiter", "kim@example.com", "--limit", "3") == 3

    # Next week's list, so no reminder is pushed past the present hour of a test run today.
    next_week = (date.today() + timedelta(days=7)).isoformat()
    ics = run_encore(
        "reconnect",
        "--format",
        "ics",
        "--recruiter",
        "kim@example.com",
        "--week",
        next_week,
        db_url=db_url,
    )
    starts = [line for line in ics.stdout.splitlines() if line.startswith("DTSTART")]
    times = [line[-6:] for line in starts]
    # The recruiter's day (08:00–16:00), not the default one: the first at its start, every
    # reminder ending by its close.
    assert len(times) == 2 and times[0] == "080000"
    assert all("080000" <= t <= "154500" for t in times), times


def test_a_draft_from_the_command_line_is_signed_as_the_local_recruiter_chose(
    db_url, engine, hashing_model, tmp_path
):
    with session_scope(engine) as session:
        opening = make_remote_backend_opening(session)
        person = make_candidate(session, full_name="Ana Silva")
        make_application(session, person, stage_reached="final", reason="other_candidate")
        save_preferences(session=session, recruiter="local", signature="Kim Lee, Tallyfold")
    from matching.embedder import load_embedder
    from matching.indexer import index_pool

    index_pool(engine, load_embedder(HASHING_MODEL))
    result = run_encore("draft", str(person.id), "--opening", str(opening.id), db_url=db_url)
    assert result.exit_code == 0, result.stderr
    assert "Kim Lee, Tallyfold" in result.stdout
