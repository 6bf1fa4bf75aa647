"""Résumé files imported into profiles: what is read from PDF and Word files, which files are
refused and why, whose profile each file lands in, and that the text then ranks the person.

Every file is built here (``tests/resume_builders``) and read by the real child process."""

import os
from pathlib import Path

import pytest
from sqlmodel import select

from data.db import session_scope
from data.duplicates import find_duplicates
from data.importers.resume_files import FileLimits
from data.importers.resume_text import TextLimits, Unreadable
from data.importers.resume_worker import ReaderLimits, ResumeReader
from data.importers.resumes import REVIEW_REASON, import_resumes, read_files
from data.merge import merge_candidates
from data.models import AuditEvent, Candidate, DuplicateFlag
from data.privacy import forget_person
from tests.cli_runner import run_encore
from tests.factories import make_candidate, make_opening
from tests.resume_builders import (
    bomb_pdf,
    docx_file,
    scanned_pdf,
    slow_pdf,
    text_pdf,
    two_column_pdf,
    zip_file,
)

FILLER = "Careful, curious and kind; enjoys mentoring and writing clear documentation."


def resume(*lines: str) -> bytes:
    return "\n".join([*lines, FILLER]).encode()


def pdf_resume(*lines: str) -> bytes:
    return text_pdf([*lines, FILLER])


def read_one(name: str, data: bytes):
    [read] = read_files([(name, data)])
    return read


def outcomes(report) -> dict[str, str]:
    return {Path(f.name).name: f.outcome for f in report.files}


# --- what is read ------------------------------------------------------------------------


def test_a_two_column_pdf_reads_column_by_column_without_its_running_header_or_page_numbers():
    left = ["Skills", "Kubernetes", "Terraform", "Languages", "Portuguese"]
    right = [
        "Experience",
        "Designed the brewery fermentation tele-",
        "metry platform at Acme Beverages.",
        "Education",
        "MSc Computer Science, Lisbon",
    ]
    page_two = (["Interests", "Bouldering"], ["Projects", "Open-source hop yield forecasting."])
    data = two_column_pdf("Ana Silva - Curriculum Vitae", [(left, right), page_two])

    text = read_one("ana.pdf", data).text

    lines = text.split("\n")
    # The left column is read whole before the right one, although the file interleaves them.
    assert lines.index("Portuguese") < lines.index("Experience")
    assert lines[lines.index("Skills") : lines.index("Skills") + 5] == left
    assert "fermentation telemetry platform" in text  # the hyphenated line end is joined
    assert text.count("Curriculum Vitae") == 1  # the running header is kept once
    assert text.startswith("Ana Silva - Curriculum Vitae")
    assert "Page " not in text
    assert "Open-source hop yield forecasting." in text  # a real hyphen stays


def test_a_scanned_pdf_without_a_text_layer_is_refused_as_a_scan():
    read = read_one("scan.pdf", scanned_pdf("Ana Silva\nPlatform engineer\nana@example.com"))
    assert read.text is None
    assert "no text layer" in read.refused and "OCR" in read.refused


def test_a_password_protected_pdf_is_refused_and_a_merely_locked_one_is_read():
    lines = [
        "Ana Silva",
        "ana@example.com",
        "Platform engineer building Kubernetes clusters.",
        FILLER,
    ]
    locked = read_one("locked.pdf", text_pdf(lines, owner_password="own", user_password="pw"))
    assert "encrypted" in locked.refused and "password" in locked.refused
    # Owner-only encryption (no copying, no printing) opens without a password: it is read.
    readable = read_one("owner.pdf", text_pdf(lines, owner_password="own"))
    assert readable.refused is None and "Kubernetes clusters" in readable.text


def test_a_word_file_is_read_in_order_with_table_rows_side_by_side_and_text_boxes_once():
    data = docx_file(
        ["Bruno Costa", "bruno@example.com"],
        table=[
            ["2019-2023", "Data engineer at Foo: Spark pipelines"],
            ["2016-2019", "Analyst at Bar"],
        ],
        merged_row="Awards: best internal tool 2021",
        after_table=["References available on request."],
        text_box="Certified Kubernetes Administrator",
    )

    text = read_one("bruno.docx", data).text

    assert text.split("\n") == [
        "Bruno Costa",
        "bruno@example.com",
        "2019-2023 | Data engineer at Foo: Spark pipelines",
        "2016-2019 | Analyst at Bar",
        "Awards: best internal tool 2021",  # a merged cell once, not once per column
        "References available on request.",
        "Certified Kubernetes Administrator",  # the shape's text, not its fallback copy too
    ]


def test_text_and_rtf_files_are_read_and_control_characters_do_not_reach_the_profile():
    rtf = rb"{\rtf1\ansi{\fonttbl\f0 Arial;}\f0 Carla Dias\par carla@example.com\par Product designer running research, prototyping and design systems.\par}"
    assert "Carla Dias\ncarla@example.com" in read_one("carla.rtf", rtf).text
    hostile = read_one("eve.txt", resume("Eve \x1b]52;c;aGk=\x07Lima", "eve@example.com"))
    assert "\x1b" not in hostile.text and "\x07" not in hostile.text


def test_a_file_that_bombs_or_stalls_the_reader_is_stopped_and_the_next_file_is_read():
    reader = ResumeReader(ReaderLimits(TextLimits(20, 128 * 1024), seconds=2, memory_mb=256))
    good = pdf_resume("Ana Silva", "ana@example.com", "Platform engineer, Kubernetes and Go.")
    try:
        with pytest.raises(Unreadable, match="decompression bomb"):
            reader.read("bomb.pdf", bomb_pdf(300))  # 1 MB packed, 300 MB unpacked
        with pytest.raises(Unreadable, match="took more than 2 s"):
            reader.read("slow.pdf", slow_pdf(100_000))
        assert "Kubernetes and Go" in reader.read("good.pdf", good).text
    finally:
        reader.close()


# --- what is refused, and the batch goes on ----------------------------------------------


def test_a_hostile_zip_refuses_each_bad_file_with_its_reason_and_imports_the_good_one(session):
    person = make_candidate(session, external_id="GH-77", email="ana@example.com", resume_text="")
    bystander = make_candidate(session, email="bob@example.com", resume_text="Bob's own words.")
    good = pdf_resume("Ana Silva", "ana@example.com", "Platform engineer running Kubernetes.")
    data = zip_file(
        {
            "GH-77/resume.pdf": good,
            "../../home/bob/.bashrc.txt": resume("Bob", "bob@example.com"),
            "/etc/cron.d/job.txt": resume("Bob", "bob@example.com"),
            "setup.exe": b"MZ\x90\x00",
            "cv.pdf": b"MZ\x90\x00 a program named like a PDF",
            "macro.docm": b"PK\x03\x04",
            "bomb.txt": b" " * 5 * 2**20,  # packs about 1000 to 1
            "blank.docx": b"",
            "old.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
            "inner.zip": zip_file({"x.txt": b"x"}),
            "notes.txt": b"hello",
            "damaged.pdf": b"%PDF-1.4 this is not really a PDF",
            "__MACOSX/._resume.pdf": b"\x00\x05\x16\x07",
            "locked.pdf": good,
        },
        links={"passwd.pdf": "/etc/passwd"},
        encrypted=["locked.pdf"],
    )

    report = import_resumes(session=session, sources=[("export.zip", data)])

    why = {Path(f.name).name: f.detail for f in report.files if f.outcome == "refused"}
    assert outcomes(report)["resume.pdf"] == "updated"
    assert "zip slip" in why[".bashrc.txt"] and "zip slip" in why["job.txt"]
    assert "symbolic link" in why["passwd.pdf"]
    assert "executable" in why["setup.exe"]
    assert "executable program or script (by its content)" in why["cv.pdf"]
    assert "macro" in why["macro.docm"]
    assert "decompression bomb" in why["bomb.txt"]
    assert "empty file" in why["blank.docx"]
    assert "Word 97-2003" in why["old.doc"]
    assert "zip inside the zip" in why["inner.zip"]
    assert "not a résumé: only 1 word of text" in why["notes.txt"]
    assert "damaged" in why["damaged.pdf"]
    assert "encrypted" in why["locked.pdf"]
    assert "._resume.pdf" not in outcomes(report)  # macOS metadata is passed over in silence
    assert len(report.files) == 14
    session.refresh(person)
    session.refresh(bystander)
    assert "Kubernetes" in person.resume_text and person.resume_file == "resume.pdf"
    assert bystander.resume_text == "Bob's own words."


def test_files_over_the_stated_cap_are_refused_naming_the_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(resume("Ana Silva", "ana@example.com") + b" " * (3 * 2**19))
    inside = zip_file({"big_in_zip.txt": big.read_bytes()})
    limits = FileLimits(max_bytes=2**20, max_batch_bytes=10 * 2**20)

    read = read_files([big, ("export.zip", inside)], limits=limits)

    assert [r.refused for r in read] == [
        "the file is 1.5 MB, over the 1 MB limit for a résumé (ENCORE_RESUME_MAX_MB)",
        "it unpacks to 1.5 MB, over the 1 MB limit for a résumé (ENCORE_RESUME_MAX_MB)",
    ]
    whole = read_files([("export.zip", inside)], limits=FileLimits(2**21, max_batch_bytes=2**20))
    assert whole[0].refused == (
        "its files unpack to more than 1 MB (ENCORE_RESUME_BATCH_MAX_MB): import it in parts"
    )


def test_a_folder_is_read_oldest_first_without_following_links(tmp_path, session):
    person = make_candidate(session, email="ana@example.com", resume_text="")
    folder = tmp_path / "export"
    (folder / "2024").mkdir(parents=True)
    old = folder / "2024" / "ana_old.txt"
    old.write_bytes(resume("Ana Silva", "ana@example.com", "Junior engineer, PHP."))
    new = folder / "ana_new.txt"
    new.write_bytes(resume("Ana Silva", "ana@example.com", "Staff engineer, Kubernetes."))
    os.utime(old, (1_600_000_000, 1_600_000_000))
    os.utime(new, (1_700_000_000, 1_700_000_000))
    secret = tmp_path / "secret.txt"
    secret.write_bytes(resume("Private", "private@example.com"))
    (folder / "link.txt").symlink_to(secret)  # would put a private file into a profile
    (folder / "elsewhere").symlink_to(tmp_path)

    report = import_resumes(session=session, sources=[folder])

    assert outcomes(report) == {
        "elsewhere": "refused",
        "ana_old.txt": "updated",
        "ana_new.txt": "updated",
        "link.txt": "refused",
    }
    session.refresh(person)
    assert "Staff engineer" in person.resume_text  # the newer file is read last and wins
    assert person.resume_file == "ana_new.txt"


# --- whose résumé it is ------------------------------------------------------------------


@pytest.mark.both_backends
def test_files_are_matched_by_id_in_the_name_then_email_then_phone_then_name(session):
    ana = make_candidate(session, full_name="Ana Silva", external_id="GH-4012", resume_text="")
    bruno = make_candidate(session, full_name="Bruno Costa", email="bruno@example.com")
    carla = make_candidate(session, full_name="Carla Dias", phone="+44 20 7946 0001")
    daniel = make_candidate(session, full_name="Daniel Reis", email=None, phone=None)
    files = [
        # The id wins even over an email that belongs to someone else.
        ("4012_resume.txt", resume("Ana Silva", "bruno@example.com")),
        ("bruno.txt", resume("Bruno Costa", "Bruno+jobs@Example.com")),  # a +tag aside
        ("carla.txt", resume("Carla Dias", "Call me on +44 (0)20 7946 0001")),
        ("Daniel_Reis_CV_2023.txt", resume("DANIEL REIS", "Backend engineer in Porto.")),
    ]

    report = import_resumes(session=session, sources=files, preset="greenhouse")

    by_file = {f.name: (f.candidate_id, f.detail) for f in report.files}
    assert by_file == {
        "4012_resume.txt": (ana.id, "the id in its file name"),
        "bruno.txt": (bruno.id, "email"),
        "carla.txt": (carla.id, "phone"),
        "Daniel_Reis_CV_2023.txt": (daniel.id, "name in its file name and text"),
    }


def test_a_referees_address_at_the_end_does_not_give_the_file_to_the_referee(session):
    referee = make_candidate(session, full_name="Rui Mota", email="rui@example.com", resume_text="")
    filler = [f"2015: project {i}, delivered a data pipeline." for i in range(30)]
    text = resume(
        "Eva Lima", "Analytics engineer.", *filler, "References: Rui Mota, rui@example.com"
    )

    report = import_resumes(session=session, sources=[("eva_lima_cv.txt", text)])

    assert outcomes(report) == {"eva_lima_cv.txt": "unmatched"}
    session.refresh(referee)
    assert referee.resume_text == ""


def test_the_same_file_again_changes_nothing_and_a_new_version_replaces_the_text(session):
    ana = make_candidate(session, email="ana@example.com", resume_text="From the ATS export.")
    first = resume("Ana Silva", "ana@example.com", "Platform engineer, Kubernetes.")
    import_resumes(session=session, sources=[("ana.txt", first)])
    session.refresh(ana)
    stamped, events = ana.updated_at, len(session.exec(select(AuditEvent)).all())

    again = import_resumes(session=session, sources=[("renamed.txt", first)])

    assert [(f.outcome, f.candidate_id) for f in again.files] == [("unchanged", ana.id)]
    session.refresh(ana)
    assert (ana.updated_at, ana.resume_file) == (stamped, "ana.txt")
    assert len(session.exec(select(AuditEvent)).all()) == events

    newer = resume("Ana Silva", "ana@example.com", "Staff engineer, Kubernetes and Go.")
    report = import_resumes(session=session, sources=[("ana_2025.txt", newer)])

    assert outcomes(report) == {"ana_2025.txt": "updated"}
    session.refresh(ana)
    assert "Staff engineer" in ana.resume_text and "Platform engineer" not in ana.resume_text
    assert ana.resume_file == "ana_2025.txt" and ana.updated_at > stamped


@pytest.mark.both_backends
def test_a_file_that_fits_two_people_goes_to_duplicate_review_and_merging_carries_it(session):
    first = make_candidate(session, full_name="Maria Costa", resume_text="")
    second = make_candidate(session, full_name="Maria Costa", resume_text="")
    text = resume("Maria Costa", "UX researcher: interviews, diary studies, usability tests.")

    report = import_resumes(session=session, sources=[("Maria_Costa.txt", text)])

    [result] = report.files
    assert result.outcome == "review" and set(result.could_be) == {first.id, second.id}
    held = session.get(Candidate, result.candidate_id)
    assert held.full_name == "Maria Costa" and "diary studies" in held.resume_text
    review = {(p.first_id, p.second_id): p.reasons for p in find_duplicates(session=session).review}
    assert REVIEW_REASON in review[(first.id, held.id)]
    assert REVIEW_REASON in review[(second.id, held.id)]
    # The same file again does not make a second record.
    assert outcomes(import_resumes(session=session, sources=[("Maria_Costa.txt", text)])) == {
        "Maria_Costa.txt": "unchanged"
    }

    merge_candidates(session=session, keep_id=first.id, other_id=held.id)

    session.refresh(first)
    assert "diary studies" in first.resume_text and first.resume_file == "Maria_Costa.txt"
    assert session.exec(select(DuplicateFlag)).all() == []
    assert outcomes(import_resumes(session=session, sources=[("Maria_Costa.txt", text)])) == {
        "Maria_Costa.txt": "unchanged"
    }


def test_forgetting_a_person_removes_the_review_flags_that_name_them(session):
    first = make_candidate(session, full_name="Maria Costa")
    make_candidate(session, full_name="Maria Costa")
    text = resume("Maria Costa", "UX researcher: interviews and usability tests.")
    [result] = import_resumes(session=session, sources=[("Maria_Costa.txt", text)]).files

    erasure = forget_person(session=session, candidate_id=result.candidate_id)

    assert erasure.removed["duplicate_flag"] == 2
    assert session.exec(select(DuplicateFlag)).all() == []
    assert session.get(Candidate, first.id) is not None


def test_an_unmatched_file_makes_a_new_person_only_when_asked(session):
    text = text_pdf(
        [
            "Eva Lima",
            "eva.lima@example.com | +351 933 444 555 | Porto, Portugal",
            "linkedin.com/in/eva-lima",
            "Analytics engineer: dbt models, Looker dashboards, BigQuery.",
        ]
    )
    before = len(session.exec(select(Candidate)).all())

    asked_not = import_resumes(session=session, sources=[("resume.pdf", text)])

    assert outcomes(asked_not) == {"resume.pdf": "unmatched"}
    assert "--create" in asked_not.files[0].detail
    assert len(session.exec(select(Candidate)).all()) == before

    report = import_resumes(session=session, sources=[("resume.pdf", text)], create=True)

    [made] = report.files
    assert made.outcome == "created"
    eva = session.get(Candidate, made.candidate_id)
    assert (eva.full_name, eva.email, eva.phone, eva.location) == (
        "Eva Lima",
        "eva.lima@example.com",
        "+351 933 444 555",
        "Porto, Portugal",
    )
    assert eva.tags == ["profile:linkedin.com/in/eva-lima"]
    assert "dbt models" in eva.resume_text and eva.source == "résumé file"


def test_a_dry_run_says_what_would_happen_and_changes_nothing(session):
    ana = make_candidate(session, email="ana@example.com", resume_text="From the ATS export.")
    files = [
        ("ana.txt", resume("Ana Silva", "ana@example.com", "Platform engineer.")),
        ("eva.txt", resume("Eva Lima", "eva@example.com")),
    ]

    report = import_resumes(session=session, sources=files, create=True, dry_run=True)

    assert outcomes(report) == {"ana.txt": "updated", "eva.txt": "created"}
    assert "would be updated" in report.summary() and "dry run" in report.summary()
    session.refresh(ana)
    assert ana.resume_text == "From the ATS export." and ana.resume_hash is None
    assert (
        session.exec(select(Candidate).where(Candidate.email == "eva@example.com")).first() is None
    )


# --- the command line --------------------------------------------------------------------


def test_encore_import_resumes_lists_each_file_and_fails_when_any_is_refused(
    engine, db_url, tmp_path
):
    with session_scope(engine) as session:
        make_candidate(session, full_name="Ana Silva", email="ana@example.com", resume_text="")
    (tmp_path / "ana.pdf").write_bytes(
        pdf_resume("Ana Silva", "ana@example.com", "Platform engineer running Kubernetes.")
    )
    hostile = tmp_path / "cv\x1b]52;c;aGk=\x07\u202e.exe"
    hostile.write_bytes(b"MZ")

    result = run_encore("import", "resumes", str(tmp_path / "ana.pdf"), str(hostile), db_url=db_url)

    assert result.exit_code == 1
    assert "ana.pdf → Ana Silva (#1), by email: updated" in result.stdout
    assert "1 updated" in result.stdout and "1 refused" in result.stdout
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
    assert "\\x1b]52" in result.stderr and "executable" in result.stderr

    again = run_encore("import", "resumes", str(tmp_path / "ana.pdf"), db_url=db_url)
    assert again.exit_code == 0 and "unchanged, imported before" in again.stdout


def test_encore_import_takes_several_paths_only_for_resumes(db_url):
    result = run_encore("import", "candidates", "a.csv", "b.csv", db_url=db_url)
    assert result.exit_code == 2 and "takes one file (2 given)" in result.stderr
    result = run_encore("import", "candidates", "a.csv", "--create", db_url=db_url)
    assert result.exit_code == 2 and "--create is for résumé files" in result.stderr


# --- ranking -----------------------------------------------------------------------------


@pytest.mark.model
def test_a_person_ranks_for_a_role_by_words_found_only_in_their_resume_file(engine, embedder):
    from matching.engine import Matcher
    from matching.indexer import index_pool

    with session_scope(engine) as session:
        for name, title in (
            ("Bea Brown", "Backend Engineer"),
            ("Carl Cole", "Data Engineer"),
            ("Dora Diaz", "Site Reliability Engineer"),
            ("Emil Egan", "Embedded Software Engineer"),
        ):
            make_candidate(session, full_name=name, current_title=title, skills=[], resume_text="")
        ana = make_candidate(
            session,
            full_name="Ana Silva",
            email="ana@example.com",
            current_title="Consultant",
            skills=[],
            resume_text="",
        )
        opening = make_opening(
            session,
            title="Fermentation telemetry engineer",
            requirements="Brewery fermentation sensors, hop yield forecasting, cellar tank telemetry",
            description="Instrument our brewery: fermentation telemetry from cellar tanks.",
        )
        ana_id, opening_id = ana.id, opening.id
    index_pool(engine, embedder)
    matcher = Matcher(engine, embedder)
    before = [r.candidate_id for r in matcher.match_opening(opening_id, top_k=5).results]

    cv = two_column_pdf(
        "Ana Silva - ana@example.com",
        [
            (
                ["Skills", "Fermentation sensors", "Telemetry", "Python"],
                [
                    "Experience",
                    "Built fermentation telemetry for a craft brewery's cellar tanks.",
                    "Forecast hop yield from sensor data for the brewing team.",
                ],
            )
        ],
    )
    with session_scope(engine) as session:
        report = import_resumes(session=session, sources=[("Ana Silva CV.pdf", cv)])
    assert outcomes(report) == {"Ana Silva CV.pdf": "updated"}
    index_pool(engine, embedder)
    matcher.invalidate()
    after = [r.candidate_id for r in matcher.match_opening(opening_id, top_k=5).results]

    assert before[0] != ana_id
    assert after[0] == ana_id
