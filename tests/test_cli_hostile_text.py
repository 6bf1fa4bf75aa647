"""Names, titles and notes from an import are hostile to the terminal: the command line shows
them, never obeys them (no Rich markup crash, no escape sequence, C1 control or bidi override
reaching the screen), while JSON keeps them exact and CSV keeps them spreadsheet-safe.

The commands run in-process (``tests.cli_runner``) on a real SQLite file, with the hashing
stand-in embedder: these tests judge what is printed, not the ranking.
"""

import csv
import io
import json
import re
import sys
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from app.cli.terminal import echo_data, shown
from data.db import make_engine, session_scope, upgrade
from data.models import Application, Candidate, Motivation, Opening, Touchpoint
from data.settings import get_settings
from matching.embedder import HASHING_MODEL, load_embedder
from matching.indexer import index_pool
from outreach.safe_csv import safe_cell
from tests.cli_runner import run_encore
from tests.factories import (
    make_application,
    make_candidate,
    make_remote_backend_opening,
    make_touchpoint,
)

WEEK = "2026-11-25"
MONDAY = datetime(2026, 11, 23, 9, tzinfo=UTC)
OSC52 = "\x1b]52;c;aGVsbG8=\x07"
# What must never reach a terminal raw: C0 controls but tab and line feed, DEL, C1 controls,
# bidi embeddings/overrides/isolates/marks, line and paragraph separators, a lone CR.
RAW = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
    "\u2066-\u2069]|\r(?!\n)"
)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(autouse=True)
def hashing_model(monkeypatch):
    monkeypatch.setenv("ENCORE_MODEL", HASHING_MODEL)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture(scope="module")
def pool(tmp_path_factory):
    """One opening, three ordinary people and one whose text each test (or example) sets."""
    path = tmp_path_factory.mktemp("hostile") / "encore.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with session_scope(engine) as session:
        opening = make_remote_backend_opening(session)
        for _ in range(3):
            make_candidate(session)
        person = make_candidate(session, motivations=["Wants fully remote work"])
        make_application(
            session,
            person,
            stage_reached="final",
            applied_at=MONDAY - timedelta(days=500),
            decided_at=MONDAY - timedelta(days=470),
        )
        make_touchpoint(session, person, at=MONDAY - timedelta(days=200), note="Said hello")
        ids = {"opening": opening.id, "person": person.id, "url": f"sqlite:///{path}"}
    yield engine, ids
    engine.dispose()


def set_texts(engine, ids, *, name, title, note, opening_title=None) -> str:
    """Give the person (and the opening) these texts, re-index; returns the stored name."""
    now = datetime.now(UTC)
    with session_scope(engine) as session:
        person = session.get(Candidate, ids["person"])
        person.full_name, person.current_title, person.updated_at = name, title, now
        for motivation in session.exec(
            select(Motivation).where(Motivation.candidate_id == person.id)
        ):
            motivation.statement, motivation.updated_at = f"Wants {note}", now
        for application in session.exec(
            select(Application).where(Application.candidate_id == person.id)
        ):
            application.role_title = title
        for touchpoint in session.exec(
            select(Touchpoint).where(Touchpoint.candidate_id == person.id)
        ):
            touchpoint.note = note
        opening = session.get(Opening, ids["opening"])
        opening.title, opening.updated_at = opening_title or "Senior Backend Engineer", now
    index_pool(engine, load_embedder(HASHING_MODEL))
    with session_scope(engine) as session:
        return session.get(Candidate, ids["person"]).full_name


def encore(ids, *args):
    return run_encore(*args, db_url=ids["url"])


def assert_nothing_raw(*texts: str) -> None:
    for text in texts:
        found = RAW.search(text)
        assert found is None, f"raw {found.group()!r} in {text!r}"


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))


def assert_cells_safe(rows: list[list[str]]) -> None:
    for row in rows:
        for cell in row:
            if cell.startswith(FORMULA_START):
                float(cell)  # only a number may start like a formula


# The defects as reported.


def test_a_cell_that_looks_like_markup_is_reported_by_row_and_field(pool, tmp_path):
    _, ids = pool
    path = tmp_path / "people.csv"
    path.write_text(
        "external_id,full_name,email,years_experience\n"
        "M1,Mia Stone,mia@example.com,[/x] seven\n"
        "M2,Max Stone,max@example.com,4\n"
    )
    result = encore(ids, "import", "candidates", str(path))
    assert result.exit_code == 1
    assert "row 2, years_experience: '[/x] seven' is not a number" in result.stderr
    assert "1 added" in result.stdout


def test_drafting_for_a_do_not_contact_name_with_brackets_says_no_plainly(pool):
    engine, ids = pool
    with session_scope(engine) as session:
        bob = make_candidate(session, full_name="Bob [/b]", do_not_contact=True)
    result = encore(ids, "draft", str(bob.id), "--opening", str(ids["opening"]))
    assert result.exit_code == 2
    assert "Bob [/b]" in result.stderr
    assert result.stdout == ""


def test_a_clipboard_escape_in_a_name_is_shown_never_sent(pool):
    engine, ids = pool
    set_texts(engine, ids, name=f"Eve {OSC52}Moss", title="Backend Engineer", note="remote")
    table = encore(ids, "match", "--opening", str(ids["opening"]))
    draft = encore(ids, "draft", str(ids["person"]), "--opening", str(ids["opening"]))
    assert table.exit_code == 0 and draft.exit_code == 0, table.stderr + draft.stderr
    for output in (table.stdout, draft.stdout):
        assert "\x1b" not in output and "\x07" not in output
        assert r"Eve \x1b]52;c;aGVsbG8=\x07Moss" in output


def test_json_escapes_c1_and_bidi_characters_and_parses_back_exactly(pool):
    engine, ids = pool
    name = set_texts(engine, ids, name="Ann \u202eeroM\u202c \x9b31m", title="Dev", note="x")
    result = encore(ids, "match", "--opening", str(ids["opening"]), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert_nothing_raw(result.stdout)
    names = [r["full_name"] for r in json.loads(result.stdout)["results"]]
    assert name in names


def test_csv_on_a_terminal_shows_controls_and_into_a_pipe_is_exact(monkeypatch):
    class Terminal(io.TextIOWrapper):
        def isatty(self) -> bool:
            return True

    payload = f"name\r\n=Eve {OSC52}\r\n"
    for tty, expected in ((True, shown(payload, multiline=True)), (False, payload)):
        stream = (Terminal if tty else io.TextIOWrapper)(io.BytesIO(), encoding="utf-8")
        monkeypatch.setattr(sys, "stdout", stream)
        echo_data(payload.encode())
        stream.flush()
        assert stream.buffer.getvalue().decode() == expected
    assert "\x1b" not in shown(payload, multiline=True)


# Any text at all.

PIECES = [
    "[/x]",
    "[/b]",
    "[bold red]",
    "[link=https://example.com]",
    "[",
    "]",
    "\\",
    ":smile:",
    OSC52,
    "\x1b[2J",
    "\x1b[31m",
    "\x1b]8;;https://example.com\x1b\\",
    "\x1bP",
    "\x9b2J",
    "\x9d0;title\x9c",
    "\x85",
    "\x00",
    "\x07",
    "\x08",
    "\x7f",
    "\r",
    "\n",
    "\r\n",
    "\t",
    "\u202e",
    "\u202d",
    "\u2066",
    "\u2069",
    "\u200f",
    "\u061c",
    "\u2028",
    "=HYPERLINK(1)",
    "+1",
    "-1",
    "@SUM(A1)",
    "Zoë",
    "Łukasz",
    "محمد",
    "李",
]
piece = st.one_of(
    st.sampled_from(PIECES),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=6),
)
hostile = st.lists(piece, min_size=1, max_size=8).map("".join)
very_long = st.tuples(st.sampled_from(PIECES), st.integers(50, 120)).map(lambda t: t[0] * t[1])
name_text = st.one_of(hostile, very_long).filter(lambda s: s.strip()).map(lambda s: s[:300])
free_text = st.one_of(hostile, very_long)


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(name=name_text, title=name_text, note=free_text, opening_title=name_text)
def test_match_reconnect_and_draft_outputs_stay_safe_for_any_text(
    pool, name, title, note, opening_title
):
    engine, ids = pool
    stored = set_texts(engine, ids, name=name, title=title, note=note, opening_title=opening_title)
    opening = ("--opening", str(ids["opening"]))

    table = encore(ids, "match", *opening)
    draft = encore(ids, "draft", str(ids["person"]), *opening)
    week = encore(ids, "reconnect", "--week", WEEK)
    for result in (table, draft, week):
        assert result.exit_code == 0, result.stderr
        assert_nothing_raw(result.stdout, result.stderr)
    assert shown(stored) in table.stdout
    assert f"Name: {shown(stored)}" in draft.stdout
    assert f"{shown(stored)} (#{ids['person']})" in week.stdout

    as_json = encore(ids, "match", *opening, "--format", "json")
    week_json = encore(ids, "reconnect", "--week", WEEK, "--format", "json")
    for result in (as_json, week_json):
        assert result.exit_code == 0, result.stderr
        assert_nothing_raw(result.stdout)
    ranked = json.loads(as_json.stdout)["results"]
    assert stored in [r["full_name"] for r in ranked]
    json.loads(week_json.stdout)

    as_csv = encore(ids, "match", *opening, "--format", "csv")
    week_csv = encore(ids, "reconnect", "--week", WEEK, "--format", "csv")
    assert as_csv.exit_code == 0 and week_csv.exit_code == 0
    # The bytes, not ``stdout``: Click's test runner turns "\r\n" into "\n" inside a cell too.
    rows = csv_rows(as_csv.stdout_bytes.decode())
    assert_cells_safe(rows)
    assert safe_cell(stored) in [row[5] for row in rows[1:]]
    assert_cells_safe(csv_rows(week_csv.stdout_bytes.decode()))
