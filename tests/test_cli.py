"""The `encore` command as a recruiter runs it: clear messages, exit codes, no tracebacks."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def encore(*args: str, db_url: str, check: bool = False) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": db_url, "HF_HUB_OFFLINE": "1", "COLUMNS": "200"}
    proc = subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def test_commands_before_init_say_to_run_init(db_url):
    proc = encore("match", "--all-open", db_url=db_url)
    assert proc.returncode == 2
    assert "encore init" in proc.stderr


def test_init_is_idempotent(db_url):
    encore("init", db_url=db_url, check=True)
    assert "Database ready" in encore("init", db_url=db_url, check=True).stdout


def test_import_reports_bad_rows_by_row_and_field(db_url, tmp_path):
    encore("init", db_url=db_url, check=True)
    path = tmp_path / "people.csv"
    path.write_text(
        "external_id,full_name,email,years_experience\n"
        "A1,Ana Silva,ana@example.com,5\nA2,Bo Chen,bo@example.com,lots\n"
    )
    proc = encore("import", "candidates", str(path), db_url=db_url)
    assert proc.returncode == 1
    assert "row 3, years_experience: 'lots' is not a number" in proc.stderr
    assert "1 added" in proc.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("import", "people", "x.csv"), "unknown kind 'people'"),
        (("import", "candidates", "missing.csv"), "no such file"),
        (("import", "candidates", "x.csv", "--preset", "taleo"), "unknown preset"),
        (("match",), "exactly one of"),
        (("match", "--opening", "NOPE-1"), "no opening with id or external id 'NOPE-1'"),
        (("match", "--all-open", "--weight", "charm=2"), "unknown weight 'charm'"),
        (("demo", "--as-of", "yesterday"), "not a date"),
    ],
)
def test_bad_input_gets_a_one_line_message(db_url, args, message):
    encore("init", db_url=db_url, check=True)
    proc = encore(*args, db_url=db_url)
    assert proc.returncode != 0
    assert message in proc.stderr


@pytest.mark.model
def test_match_json_follows_the_contract(db_url, tmp_path):
    encore("init", db_url=db_url, check=True)
    people = tmp_path / "c.csv"
    people.write_text(
        "external_id,full_name,email,skills,resume_text,motivations,do_not_contact\n"
        'C1,Ana Silva,ana@example.com,"Python, Django",Python and Django services.,'
        "Wants fully remote work,no\n"
        'C2,Bo Chen,bo@example.com,"Python, Django",Python and Django services.,,yes\n'
    )
    roles = tmp_path / "o.csv"
    roles.write_text(
        "external_id,title,remote_policy,requirements,offers,status\n"
        "OP-1,Backend Engineer,remote,Python; Django,Fully remote,open\n"
    )
    encore("import", "candidates", str(people), db_url=db_url, check=True)
    encore("import", "openings", str(roles), db_url=db_url, check=True)
    encore("index", db_url=db_url, check=True)
    one = json.loads(
        encore("match", "--opening", "OP-1", "--format", "json", db_url=db_url, check=True).stdout
    )
    assert one["opening_external_id"] == "OP-1"
    assert one["excluded"]["do_not_contact"] == 1
    assert [r["external_id"] for r in one["results"]] == ["C1"]
    assert {"candidate", "external_id", "score", "reasons"} <= set(one["results"][0])
    many = json.loads(
        encore("match", "--all-open", "--format", "json", db_url=db_url, check=True).stdout
    )
    assert isinstance(many, list) and many[0]["opening"] == one["opening"]
    text = json.loads(
        encore(
            "match",
            "--text",
            "Python Django engineer",
            "--format",
            "json",
            db_url=db_url,
            check=True,
        ).stdout
    )
    assert text["opening"] is None and text["results"][0]["external_id"] == "C1"


def test_reconnect_for_cron_writes_a_calendar_and_a_csv(db_url, engine, tmp_path):
    from datetime import timedelta

    from icalendar import Calendar

    from data.db import session_scope
    from data.timeutil import utcnow
    from tests.factories import make_application, make_candidate, make_remote_backend_opening

    with session_scope(engine) as session:
        make_remote_backend_opening(session)
        for name in ("Ana Silva", "Bo Lind"):
            person = make_candidate(session, full_name=name)
            make_application(session, person, stage_reached="final", reason="other_candidate")
        session.commit()
    ics, csv_file = tmp_path / "week.ics", tmp_path / "week.csv"
    week = (utcnow() + timedelta(days=1)).strftime("%G-W%V")
    encore(
        "reconnect", "--week", week, "--format", "ics", "--out", str(ics), db_url=db_url, check=True
    )
    encore(
        "reconnect",
        "--week",
        week,
        "--format",
        "csv",
        "--out",
        str(csv_file),
        db_url=db_url,
        check=True,
    )
    summaries = sorted(
        str(e["SUMMARY"]) for e in Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    )
    assert summaries == ["Reconnect with Ana Silva", "Reconnect with Bo Lind"]
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbf")
    bad = encore("reconnect", "--week", "next tuesday", db_url=db_url)
    assert bad.returncode == 2 and "YYYY-Www" in bad.stderr


def test_a_setting_the_settings_refuse_is_named_in_one_line(db_url, monkeypatch):
    encore("init", db_url=db_url, check=True)
    monkeypatch.setenv("ENCORE_EMBED_BACKEND", "bogus")
    proc = encore("index", db_url=db_url)
    assert proc.returncode == 2
    assert "ENCORE_EMBED_BACKEND='bogus'" in proc.stderr
    assert "'static', 'torch' or 'onnx'" in proc.stderr
