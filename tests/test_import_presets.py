"""Importing real ATS exports: each tool's columns, dates and reasons; every encoding and
delimiter; column mapping; dry runs that change nothing; refusals that change nothing."""

import csv
import io
from pathlib import Path

import pandas as pd
import pytest
from sqlmodel import select

from data.db import session_scope
from data.importers import ImportRefused, import_file, preview_file
from data.models import Application, AuditEvent, Candidate
from tests.cli_runner import run_encore
from tests.utils import snapshot

ATS = Path(__file__).parent / "fixtures" / "ats"
FIXTURES = {
    "greenhouse": ATS / "greenhouse_candidates.csv",
    "lever": ATS / "lever_opportunities.csv",
    "workable": ATS / "workable_candidates.csv",
    "ashby": ATS / "ashby_applications.csv",
}


def load(engine, preset, source, **kw):
    reports = []
    for kind in ("candidates", "applications"):
        with session_scope(engine) as session:
            reports.append(
                import_file(session=session, kind=kind, source=source, preset=preset, **kw)
            )
    return reports


def application_of(engine, external_id) -> Application:
    with session_scope(engine) as session:
        candidate = session.exec(
            select(Candidate).where(Candidate.external_id == external_id)
        ).one()
        return session.exec(
            select(Application).where(Application.candidate_id == candidate.id)
        ).one()


@pytest.mark.parametrize("preset", FIXTURES)
def test_each_tools_export_imports_people_and_their_applications(engine, preset):
    people, applications = load(engine, preset, FIXTURES[preset])
    rows = len(pd.read_csv(FIXTURES[preset]))
    assert (people.added, people.refused) == (rows, 0)
    assert (applications.added, applications.refused) == (rows, 0)
    assert preview_file(FIXTURES[preset], "candidates").suggested_preset == preset


@pytest.mark.parametrize(
    ("preset", "external_id", "outcome", "reason", "note"),
    [
        ("greenhouse", "GH-4012", "rejected", "skills_gap", "Lacking skill(s) / qualification(s)"),
        ("greenhouse", "GH-4013", "rejected", "other_candidate", "Preferred another candidate"),
        ("greenhouse", "GH-4014", "withdrew", "not_interested", "Wasn't interested"),
        ("greenhouse", "GH-4015", "hired", None, None),
        ("greenhouse", "GH-4016", "rejected", "other", "Budget for the role was cut"),
        ("greenhouse", "GH-4017", None, None, None),
        ("lever", "LV-3f9a2b10-aaaa-4c7e-9d1a-000000000002", "withdrew", None, "Withdrew"),
        ("lever", "LV-3f9a2b10-aaaa-4c7e-9d1a-000000000003", "declined_offer", None, "Offer"),
        ("lever", "LV-3f9a2b10-aaaa-4c7e-9d1a-000000000004", "position_closed", None, "Position"),
        ("workable", "WK-2a8e51", "rejected", "compensation", "Salary expectations too high"),
        ("workable", "WK-2a8e53", "withdrew", "not_interested", "Withdrew/declined interview"),
        ("workable", "WK-2a8e54", "hired", None, None),
        ("ashby", "AB-b7f0c1d2-0001", "rejected", "other_candidate", "Hired someone else"),
        ("ashby", "AB-b7f0c1d2-0002", "withdrew", "compensation", "Compensation mismatch"),
        ("ashby", "AB-b7f0c1d2-0004", "rejected", "other", "Ghosted us after the tech round"),
    ],
)
def test_their_reasons_become_ours_and_keep_their_words(
    engine, preset, external_id, outcome, reason, note
):
    load(engine, preset, FIXTURES[preset])
    application = application_of(engine, external_id)
    assert (application.outcome, application.reason) == (outcome, reason)
    if note:
        assert application.reason_note.startswith(note)
    else:
        assert application.reason_note is None


def test_tool_dates_stages_names_and_links_are_read(engine):
    load(engine, "greenhouse", FIXTURES["greenhouse"])
    load(engine, "lever", FIXTURES["lever"])
    ana = application_of(engine, "GH-4012")
    assert (ana.applied_at.date().isoformat(), ana.decided_at.month) == ("2025-03-02", 4)
    assert ana.stage_reached == "onsite"  # "Face to Face"
    mia = application_of(engine, "LV-3f9a2b10-aaaa-4c7e-9d1a-000000000005")
    assert mia.applied_at.year == 2025 and mia.stage_reached == "applied"  # epoch millis
    with session_scope(engine) as session:
        gh = session.exec(select(Candidate).where(Candidate.external_id == "GH-4012")).one()
        assert gh.full_name == "Ana Silva"  # First Name + Last Name
        assert gh.headline == "Senior Backend Engineer at Payflow"
        assert "profile:linkedin.com/in/ana-silva-eng" in gh.tags
        lever = session.exec(select(Candidate).where(Candidate.email == "ana@silva.dev")).one()
        assert "profile:linkedin.com/in/ana-silva-eng" in lever.tags  # same profile, other form


def _rewrite(path: Path, delimiter: str) -> str:
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_every_encoding_and_delimiter_reads_the_same(engine, tmp_path, encoding, delimiter):
    path = tmp_path / "export.csv"
    path.write_bytes(_rewrite(FIXTURES["lever"], delimiter).encode(encoding))
    people, _ = load(engine, "lever", path)
    assert (people.added, people.refused) == (5, 0)
    with session_scope(engine) as session:
        names = set(session.exec(select(Candidate.full_name)))
    assert "Chloé Martin" in names


def test_quoted_newlines_stay_inside_their_cell(engine, tmp_path):
    path = tmp_path / "wk.csv"
    path.write_text(
        'Id,Name,Email,Summary\n9,Ines Duarte,ines@example.com,"Line one\nLine two, with a comma"\n'
    )
    with session_scope(engine) as session:
        report = import_file(session=session, kind="candidates", source=path, preset="workable")
    assert (report.added, report.rows) == (1, 1)
    with session_scope(engine) as session:
        ines = session.exec(select(Candidate)).one()
        assert ines.resume_text == "Line one\nLine two, with a comma"


def test_an_xlsx_export_imports_like_the_csv(engine, tmp_path):
    path = tmp_path / "greenhouse.xlsx"
    pd.read_csv(FIXTURES["greenhouse"], dtype=str, keep_default_na=False).to_excel(
        path, index=False
    )
    people, applications = load(engine, "greenhouse", path.read_bytes())  # bytes, as uploaded
    assert (people.added, applications.added) == (6, 6)
    assert application_of(engine, "GH-4013").reason == "other_candidate"


def test_an_explicit_mapping_reads_any_headers(engine, tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_text("Ref,Who,Mail,Years,Notes\nX1,Rui Costa,rui@example.com,7,ignore me\n")
    mapping = ["Ref=external_id", "Who=full_name", "Mail=email", "Years=years_experience"]
    preview = preview_file(path, "candidates", mapping=mapping)
    assert preview.ok and preview.suggested_mapping["Notes"] == ""
    assert preview.rows[0]["years_experience"] == 7
    with session_scope(engine) as session:
        assert (
            import_file(session=session, kind="candidates", source=path, mapping=mapping).added == 1
        )
    # A mapping on top of a preset: the preset's columns stay, the mapped one is added.
    gh = tmp_path / "gh.csv"
    gh.write_text(
        "Candidate ID,First Name,Last Name,Email,Pronouns Field\n5,Ida,Lund,ida@x.org,x\n"
    )
    with session_scope(engine) as session:
        report = import_file(
            session=session,
            kind="candidates",
            source=gh,
            preset="greenhouse",
            mapping={"Pronouns Field": "tags"},
        )
    assert report.added == 1


def test_a_preview_names_rows_and_the_files_own_columns(tmp_path):
    path = tmp_path / "gh.csv"
    path.write_text(
        "Candidate ID,Job,Applied On,Rejection Reason\n1,Analyst,13/45/2025,Spam\n2,Analyst,,\n"
    )
    preview = preview_file(path, "applications", preset="greenhouse")
    assert preview.ok and preview.total_rows == 2
    assert [str(e) for e in preview.errors] == [
        "row 2, Applied On (applied_at): '13/45/2025' is not a date or time "
        "(use ISO 8601, e.g. 2025-03-14)"
    ]
    assert preview.rows[0]["role_title"] == "Analyst"


def test_a_dry_run_reports_what_would_happen_and_changes_nothing(engine):
    before = snapshot(engine)
    with session_scope(engine) as session:
        report = import_file(
            session=session,
            kind="candidates",
            source=FIXTURES["workable"],
            preset="workable",
            dry_run=True,
        )
    assert (report.added, report.dry_run) == (4, True)
    assert "would be added" in report.summary()
    assert snapshot(engine) == before


@pytest.mark.parametrize(
    ("preset", "mapping", "content", "message"),
    [
        ("generic", None, b"", "empty"),
        ("generic", None, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not a text CSV"),
        ("generic", None, b"PK\x03\x04garbage", "spreadsheet cannot be opened"),
        ("generic", None, b"name;mail\nAna;ana@x.org\n", "missing the required column"),
        ("generic", ["Nope=full_name"], b"full_name,email\nA,a@x.org\n", "not in the file"),
        ("generic", ["email=shoe_size"], b"full_name,email\nA,a@x.org\n", "not a candidates"),
        ("taleo", None, b"full_name,email\nA,a@x.org\n", "unknown preset"),
    ],
)
def test_a_refused_file_changes_nothing(engine, preset, mapping, content, message):
    with session_scope(engine) as session:
        import_file(
            session=session, kind="candidates", source=FIXTURES["greenhouse"], preset="greenhouse"
        )
    before = snapshot(engine)
    with pytest.raises(ImportRefused, match=message), session_scope(engine) as session:
        import_file(
            session=session, kind="candidates", source=content, preset=preset, mapping=mapping
        )
    assert snapshot(engine) == before
    assert not preview_file(content, "candidates", preset=preset, mapping=mapping).ok


def test_an_import_is_audited_with_counts_and_no_personal_data(engine):
    load(engine, "ashby", FIXTURES["ashby"])
    with session_scope(engine) as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.action == "import")).all()
    assert [e.subject_kind for e in events] == ["candidates", "applications"]
    assert events[0].detail["preset"] == "ashby" and events[0].detail["added"] == 4
    assert "@" not in repr([e.detail for e in events])


def test_the_import_command_dry_run_and_bad_options(engine, db_url):
    result = run_encore(
        "import",
        "applications",
        str(FIXTURES["greenhouse"]),
        "--preset",
        "greenhouse",
        "--dry-run",
        db_url=db_url,
    )
    assert result.exit_code == 1  # no candidates yet: every row names the unknown person
    assert "row 2, Candidate ID (candidate_external_id): no candidate" in result.stderr
    assert "0 would be added" in result.stdout
    result = run_encore(
        "import",
        "candidates",
        str(FIXTURES["lever"]),
        "--preset",
        "lever",
        "--dry-run",
        db_url=db_url,
    )
    assert result.exit_code == 0 and "5 would be added" in result.stdout
    for args, message in [
        (("--map", "oops"), 'should read "Their column=field"'),
        (("--preset", "bamboo"), "unknown preset 'bamboo'"),
    ]:
        result = run_encore("import", "candidates", str(FIXTURES["lever"]), *args, db_url=db_url)
        assert result.exit_code == 2 and message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
