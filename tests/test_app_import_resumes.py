"""The Import page takes résumé files: several uploads and a zip are read once, checked (a dry
run that stores nothing), imported into the right profiles and indexed, with hostile file
names shown as text."""

import pytest
from sqlmodel import select

from data.db import session_scope
from data.models import Candidate, CandidateVector
from tests.app_fixtures import app_reading, open_page, table_with
from tests.factories import make_candidate
from tests.hostile import IMAGE, findings
from tests.resume_builders import text_pdf, zip_file

FILLER = "Careful, curious and kind; enjoys mentoring and writing clear documentation."


@pytest.fixture
def pool(engine, db_url):
    with session_scope(engine) as session:
        ana = make_candidate(session, full_name="Ana Silva", email="ana@example.com")
        ana_id = ana.id
    with app_reading(db_url):
        yield engine, ana_id


def test_resumes_are_read_checked_imported_and_indexed_from_the_import_page(pool):
    engine, ana_id = pool
    cv = text_pdf(["Ana Silva", "ana@example.com", "Brewery telemetry engineer.", FILLER])
    export = zip_file({"tool.exe": b"MZ", f"{IMAGE}.pdf": b"%PDF-1.4 not really"})

    at = open_page("import_file")
    at.selectbox(key="import_kind").set_value("resumes").run()
    at.file_uploader(key="resume_upload").set_value(
        [("ana.pdf", cv, "application/pdf"), ("export.zip", export, "application/zip")]
    ).run()
    assert not at.exception
    assert any("3 files read, 2 refused" in m.value for m in at.markdown)

    at.button(key="resume_check_go").click().run()
    checked = table_with(at, "Outcome")
    assert list(checked["Outcome"]) == ["would be: résumé stored", "refused", "refused"]
    assert list(checked["Person"])[0] == f"Ana Silva (#{ana_id})"
    with session_scope(engine) as session:
        assert session.get(Candidate, ana_id).resume_hash is None

    at.button(key="resume_go").click().run()
    assert not at.exception
    done = table_with(at, "Outcome")
    assert list(done["Outcome"]) == ["résumé stored", "refused", "refused"]
    assert "executable" in list(done["How, or why not"])[1]
    with session_scope(engine) as session:
        ana = session.exec(select(Candidate).where(Candidate.id == ana_id)).one()
        assert "Brewery telemetry" in ana.resume_text and ana.resume_file == "ana.pdf"
    assert findings(at) == []

    at.button(key="resume_index").click().run()
    assert not at.exception
    with session_scope(engine) as session:
        embedded = session.exec(
            select(CandidateVector).where(CandidateVector.candidate_id == ana_id)
        ).all()
    assert embedded  # the new text is searchable at once, without `encore index`
