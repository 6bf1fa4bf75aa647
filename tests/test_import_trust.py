"""Rows an import must not take on trust: malformed emails, a do-not-contact flag a file asks to
lift, and columns that would fill one field twice."""

from pathlib import Path

import pytest
from sqlmodel import select

from data.audit import recent
from data.db import session_scope
from data.importers import ImportRefused, import_file, preview_file
from data.models import Candidate
from data.privacy import set_do_not_contact
from tests.factories import make_candidate
from tests.utils import snapshot


def write(tmp_path: Path, text: str, name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def run_import(engine, path, **kw):
    with session_scope(engine) as session:
        return import_file(
            session=session, kind="candidates", source=path, actor="kim@agency.example", **kw
        )


def person(engine, external_id: str) -> Candidate:
    with session_scope(engine) as session:
        return session.exec(select(Candidate).where(Candidate.external_id == external_id)).one()


# --- emails ------------------------------------------------------------------------------


def test_a_malformed_email_refuses_its_row_and_good_addresses_are_normalised(engine, tmp_path):
    with session_scope(engine) as session:
        make_candidate(session, external_id="K1", full_name="Kept Person", email="kept@example.com")
    path = write(
        tmp_path,
        "external_id,full_name,email\n"
        "E1,Ana Silva, Ana.Silva@Example.COM \n"
        "E2,Spy,c1@example.com?bcc=spy@evil.example&\n"
        "E3,No At,not-an-address\n"
        "K1,Kept Person,kept@@example.com\n",
    )
    report = run_import(engine, path)
    assert (report.added, report.refused) == (1, 3)
    assert {(e.row, e.field) for e in report.errors} == {(3, "email"), (4, "email"), (5, "email")}
    assert "not a valid email address" in str(report.errors[0])
    assert person(engine, "E1").email == "ana.silva@example.com"
    assert person(engine, "K1").email == "kept@example.com"  # a refused row loses nothing
    with session_scope(engine) as session:
        assert not session.exec(select(Candidate).where(Candidate.external_id == "E2")).first()
    # The preview names the same rows before anything is written.
    preview = preview_file(path, "candidates")
    assert {(e.row, e.field) for e in preview.errors} == {(3, "email"), (4, "email"), (5, "email")}
    assert [row["email"] for row in preview.rows] == ["ana.silva@example.com"]


def test_an_ats_email_column_is_validated_too(engine, tmp_path):
    path = write(
        tmp_path,
        "Opportunity ID,Full Name,Emails\nL-1,Lee Park,lee@example.com?bcc=x@evil.example\n",
    )
    report = run_import(engine, path, preset="lever")
    assert report.refused == 1 and report.errors[0].field == "Emails (email)"


# --- do-not-contact ----------------------------------------------------------------------


def test_an_import_sets_do_not_contact_with_an_audit_entry_but_never_lifts_it(engine, tmp_path):
    with session_scope(engine) as session:
        flagged = make_candidate(session, external_id="D1", full_name="Dee Flagged")
        set_do_not_contact(
            session=session, candidate_id=flagged.id, reason="asked by phone", actor="sam"
        )
        make_candidate(session, external_id="D3", full_name="Pat Plain")
    path = write(
        tmp_path,
        "external_id,full_name,do_not_contact\nD1,Dee Flagged,no\nD2,Eve New,yes\nD3,Pat Plain,no\n",
    )
    report = run_import(engine, path)

    dee, eve, pat = (person(engine, i) for i in ("D1", "D2", "D3"))
    assert (dee.do_not_contact, dee.do_not_contact_reason) == (True, "asked by phone")
    assert (eve.do_not_contact, eve.do_not_contact_reason) == (True, "import")
    assert eve.do_not_contact_at is not None
    assert pat.do_not_contact is False  # "no" for someone never flagged asks nothing
    assert "1 row asked to lift do-not-contact" in report.summary()
    with session_scope(engine) as session:
        entries = recent(session=session, action="do_not_contact")
    assert [(e.subject_id, e.actor, e.detail["on"]) for e in entries] == [
        (eve.id, "kim@agency.example", True),
        (dee.id, "sam", True),
    ]

    # The same file again: nothing changes, no new audit entry, the lift still ignored.
    before = snapshot(engine)
    again = run_import(engine, path)
    assert snapshot(engine) == before
    assert (again.added, again.updated) == (0, 0)
    assert "1 row asked to lift do-not-contact" in again.summary()


def test_a_dry_run_says_what_would_happen_to_the_flag_and_changes_nothing(engine, tmp_path):
    with session_scope(engine) as session:
        flagged = make_candidate(session, external_id="D1", full_name="Dee Flagged")
        set_do_not_contact(session=session, candidate_id=flagged.id, reason="asked")
    before = snapshot(engine)
    path = write(tmp_path, "external_id,full_name,do_not_contact\nD1,Dee Flagged,false\n")
    report = run_import(engine, path, dry_run=True)
    assert "1 row asked to lift do-not-contact" in report.summary()
    assert snapshot(engine) == before


# --- one column per field ----------------------------------------------------------------


def test_a_repeated_column_header_refuses_the_file_naming_it(engine, tmp_path):
    before = snapshot(engine)
    path = write(tmp_path, "full_name,email,email\nAna Silva,ana@example.com,\n")
    with pytest.raises(ImportRefused, match="'email' twice"):
        run_import(engine, path)
    assert snapshot(engine) == before
    assert "'email' twice" in preview_file(path, "candidates").refused


def test_a_repeated_header_in_a_spreadsheet_refuses_it_too(engine, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["full_name", "Email", "email"])
    book.active.append(["Ana Silva", "ana@example.com", None])
    path = tmp_path / "people.xlsx"
    book.save(path)
    with pytest.raises(ImportRefused, match="'Email' and 'email'"):
        run_import(engine, path)


def test_two_columns_mapped_to_one_field_refuse_the_file_until_one_is_left_out(engine, tmp_path):
    path = write(
        tmp_path,
        "full_name,email,Work Email\nAna Silva,ana@example.com,ana@work.example\n",
    )
    with pytest.raises(ImportRefused, match="'email' and 'Work Email' would both fill email"):
        run_import(engine, path, mapping={"Work Email": "email"})
    preview = preview_file(path, "candidates", mapping={"Work Email": "email"})
    assert "would both fill email" in preview.refused
    assert preview.suggested_mapping == {
        "full_name": "full_name",
        "email": "email",
        "Work Email": "email",
    }
    # Leaving one out imports the other.
    report = run_import(engine, path, mapping={"Work Email": "email", "email": ""})
    assert report.added == 1
    with session_scope(engine) as session:
        assert session.exec(select(Candidate)).one().email == "ana@work.example"


def test_unimported_columns_may_share_a_name(engine, tmp_path):
    path = write(tmp_path, "full_name,email,Notes,Notes\nAna Silva,ana@example.com,a,b\n")
    assert run_import(engine, path).added == 1
