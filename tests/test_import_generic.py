"""Importing generic CSV files: good rows kept, bad rows named, refusals change nothing."""

from pathlib import Path

import pytest
from sqlmodel import select

from data.db import session_scope
from data.importers import ImportRefused, import_file
from data.models import Application, Candidate, Motivation, Touchpoint
from tests.utils import snapshot

CANDIDATES = """\
external_id,full_name,email,phone,location,headline,current_title,skills,years_experience,resume_text,motivations,tags,do_not_contact,consent_until,source
GH-101,Ana Silva,Ana.Silva@Example.com,+351 21 000 0000,"Lisbon, Portugal",Backend engineer,Senior Engineer,"Python, Go, Kubernetes",8,"Built payment APIs.","Wants fully remote work; Ready to lead a small team",silver-medalist,no,2027-06-30,Greenhouse
GH-102,Tom Becker,tom@example.com,,"Berlin, Germany",Designer,Product Designer,"Figma, Research",5,,"Better pay
A mission she believes in",,false,,LinkedIn
"""

OPENINGS = """\
external_id,title,department,location,remote_policy,seniority,salary_min,salary_max,description,requirements,offers,status
OP-1,Staff Backend Engineer,Engineering,Remote (EU),remote,staff,"€120k",140000,Own the payments platform.,"Python; Kubernetes",Fully remote; Lead a team of 4,open
"""

APPLICATIONS = """\
candidate_external_id,opening_external_id,role_title,applied_at,stage_reached,outcome,reason,reason_note,feedback_given,decided_at,rating
GH-101,,Backend Engineer,2025-02-01,final,rejected,other_candidate,Lost to one other person,yes,2025-03-10,4.5
GH-101,OP-1,,2026-10-01,screen,withdrew,Moved to another planet,,no,2026-10-05,
"""

TOUCHPOINTS = """\
candidate_external_id,at,channel,direction,kind,note,outcome
GH-101,2025-03-10T15:00:00Z,email,outbound,rejection,Sent the news,replied
tom@example.com,2025-09-01,linkedin,inbound,check_in,Said hi,interested
"""


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def run_import(engine, kind, path):
    with session_scope(engine) as session:
        return import_file(session=session, kind=kind, source=path)


def test_a_clean_file_imports_every_field(engine, tmp_path):
    report = run_import(engine, "candidates", write(tmp_path, "c.csv", CANDIDATES))
    assert (report.added, report.refused) == (2, 0)
    with session_scope(engine) as session:
        ana = session.exec(select(Candidate).where(Candidate.external_id == "GH-101")).one()
        assert ana.email == "ana.silva@example.com"
        assert ana.skills == ["Python", "Go", "Kubernetes"]
        assert ana.years_experience == 8
        assert str(ana.consent_until) == "2027-06-30"
        assert sorted(m.statement for m in ana.motivations) == [
            "Ready to lead a small team",
            "Wants fully remote work",
        ]
        categories = {m.statement: m.category for m in ana.motivations}
        assert categories["Wants fully remote work"] == "remote"
        assert categories["Ready to lead a small team"] == "leadership"
        tom = session.exec(select(Candidate).where(Candidate.email == "tom@example.com")).one()
        assert len(tom.motivations) == 2  # newline-separated statements


def test_applications_and_touchpoints_link_to_people_and_openings(engine, tmp_path):
    run_import(engine, "candidates", write(tmp_path, "c.csv", CANDIDATES))
    assert run_import(engine, "openings", write(tmp_path, "o.csv", OPENINGS)).added == 1
    report = run_import(engine, "applications", write(tmp_path, "a.csv", APPLICATIONS))
    assert (report.added, report.refused) == (2, 0)
    assert run_import(engine, "touchpoints", write(tmp_path, "t.csv", TOUCHPOINTS)).added == 2
    with session_scope(engine) as session:
        apps = session.exec(select(Application).order_by(Application.applied_at)).all()
        assert apps[0].stage_reached == "final" and apps[0].feedback_given is True
        # An unknown reason keeps the recruiter's words, filed under "other".
        assert apps[1].reason == "other" and "Moved to another planet" in apps[1].reason_note
        assert apps[1].role_title == "Staff Backend Engineer"
        assert len(session.exec(select(Touchpoint)).all()) == 2


def test_bad_rows_are_named_by_row_and_field_and_good_rows_are_kept(engine, tmp_path):
    text = (
        "external_id,full_name,email,years_experience,do_not_contact,consent_until\n"
        "A1,Good Person,good@example.com,4,no,2027-01-01\n"
        "A2,Bad Years,bad@example.com,seven,no,\n"
        "A3,,noname@example.com,3,no,\n"
        "A4,Bad Date,date@example.com,3,perhaps,31/02/2026\n"
        "A5,Another Good,good2@example.com,,yes,\n"
    )
    report = run_import(engine, "candidates", write(tmp_path, "c.csv", text))
    assert (report.added, report.refused) == (2, 3)
    named = {(e.row, e.field) for e in report.errors}
    assert named == {
        (3, "years_experience"),
        (4, "full_name"),
        (5, "do_not_contact"),
        (5, "consent_until"),
    }
    assert "seven" in str(report.errors[0])
    with session_scope(engine) as session:
        stored = sorted(c.external_id for c in session.exec(select(Candidate)).all())
    assert stored == ["A1", "A5"]


def test_an_unknown_candidate_is_named_on_its_row(engine, tmp_path):
    run_import(engine, "candidates", write(tmp_path, "c.csv", CANDIDATES))
    text = "candidate_external_id,role_title,stage_reached\nGH-999,Engineer,onsite\n"
    report = run_import(engine, "applications", write(tmp_path, "a.csv", text))
    assert report.refused == 1
    assert report.errors[0].field == "candidate_external_id"
    assert "GH-999" in report.errors[0].message


def test_a_file_missing_a_required_column_is_refused_and_nothing_changes(engine, tmp_path):
    run_import(engine, "candidates", write(tmp_path, "c.csv", CANDIDATES))
    before = snapshot(engine)
    text = "external_id,name,email\nGH-101,Ana Renamed,ana@example.com\n"
    with pytest.raises(ImportRefused, match="full_name"):
        run_import(engine, "candidates", write(tmp_path, "bad.csv", text))
    assert snapshot(engine) == before


def test_importing_the_same_files_again_changes_nothing(engine, tmp_path):
    files = [
        ("candidates", write(tmp_path, "c.csv", CANDIDATES)),
        ("openings", write(tmp_path, "o.csv", OPENINGS)),
        ("applications", write(tmp_path, "a.csv", APPLICATIONS)),
        ("touchpoints", write(tmp_path, "t.csv", TOUCHPOINTS)),
    ]
    for kind, path in files:
        run_import(engine, kind, path)
    before = snapshot(engine)
    for kind, path in files:
        report = run_import(engine, kind, path)
        assert report.added == report.updated == 0, kind
    assert snapshot(engine) == before


def test_a_reimport_with_an_edit_updates_and_keeps_earlier_motivations(engine, tmp_path):
    run_import(engine, "candidates", write(tmp_path, "c.csv", CANDIDATES))
    text = "external_id,full_name,current_title,motivations\nGH-101,Ana Silva,Staff Engineer,Better pay\n"
    report = run_import(engine, "candidates", write(tmp_path, "c2.csv", text))
    assert report.updated == 1
    with session_scope(engine) as session:
        ana = session.exec(select(Candidate).where(Candidate.external_id == "GH-101")).one()
        assert ana.current_title == "Staff Engineer"
        assert ana.email == "ana.silva@example.com"  # not in the file: left as it was
        assert (
            len(session.exec(select(Motivation).where(Motivation.candidate_id == ana.id)).all())
            == 3
        )


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_common_encodings_keep_accented_names(engine, tmp_path, encoding):
    text = "external_id,full_name,email\nX1,Zoë Müller-Ståhl,zoe@example.com\n"
    run_import(engine, "candidates", write(tmp_path, "c.csv", text, encoding))
    with session_scope(engine) as session:
        assert session.exec(select(Candidate)).one().full_name == "Zoë Müller-Ståhl"


def test_semicolon_delimited_files_are_read(engine, tmp_path):
    text = "external_id;full_name;email\nX1;Jan de Vries;jan@example.com\n"
    assert run_import(engine, "candidates", write(tmp_path, "c.csv", text)).added == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\x00\x01\x02\xff\xfe\x00garbage\x00\x00", "binary")],
)
def test_empty_or_binary_files_are_refused_cleanly(engine, tmp_path, content, message):
    path = tmp_path / "junk.csv"
    path.write_bytes(content)
    with pytest.raises(ImportRefused, match=message):
        run_import(engine, "candidates", path)


def test_xlsx_files_import_like_csv(engine, tmp_path):
    import pandas as pd

    path = tmp_path / "c.xlsx"
    pd.DataFrame(
        [
            {
                "external_id": "X1",
                "full_name": "Ines Duarte",
                "email": "ines@example.com",
                "skills": "SQL, dbt",
            }
        ]
    ).to_excel(path, index=False)
    assert run_import(engine, "candidates", path).added == 1
