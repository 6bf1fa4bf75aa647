"""The Import page for résumé files: upload PDFs, Word files, RTF or text files (or zips of
them), read them once with a progress bar, check where each would go (a dry run), import,
then index. File names and everything read from the files are outside text: shown through
``app.ui.plain``."""

import hashlib

import streamlit as st

from app.identity import current_recruiter
from app.resources import get_engine
from app.ui.guards import reported
from app.ui.index_now import index_now_button
from app.ui.plain import plain, plain_table
from data.db import session_scope
from data.importers import PRESET_NAMES, ImportRefused
from data.importers.resumes import ReadFile, ResumeReport, place_files, read_files

_OUTCOME_WORDS = {
    "updated": "résumé stored",
    "unchanged": "unchanged",
    "created": "new person",
    "review": "fits several people: for review",
    "unmatched": "matches no one",
    "refused": "refused",
}


def resume_import_section() -> None:
    st.caption(
        "Résumés are matched to people by an id in the file name, then an email, a phone, "
        "then the name in the file name (see the README). The same file imported again "
        "changes nothing; a new version replaces the old text."
    )
    uploads = st.file_uploader(
        "PDF, DOCX, RTF or TXT résumés, or a zip of them",
        type=["pdf", "docx", "rtf", "txt", "zip"],
        accept_multiple_files=True,
        key="resume_upload",
    )
    if not uploads:
        st.info("Pick one or more files (or a zip) to read them.")
        return
    read = _read_once([(u.name, u.getvalue()) for u in uploads])
    preset = st.selectbox(
        "ATS the files come from",
        PRESET_NAMES,
        key="resume_preset",
        help="Which id prefix to look for in file names (generic: any).",
    )
    create = st.checkbox(
        "Add a new person for a file that matches no one (from its contact details)",
        key="resume_create",
    )
    cols = st.columns(2)
    if cols[0].button("Check where each goes", key="resume_check_go"):
        st.session_state["resume_check"] = _place(read, preset, create, dry_run=True)
        st.session_state.pop("resume_done", None)
    if cols[1].button("Import", key="resume_go", type="primary"):
        if (report := _place(read, preset, create, dry_run=False)) is not None:
            st.session_state["resume_done"] = report
    if done := st.session_state.get("resume_done"):
        st.subheader("Imported", anchor=False)
        _show(done)
        if done.changed:
            index_now_button("resume_index")
    elif check := st.session_state.get("resume_check"):
        st.subheader("Check", anchor=False)
        _show(check)


def _read_once(uploads: list[tuple[str, bytes]]) -> list[ReadFile]:
    """The files read once per set of uploads (reruns reuse it), with a progress bar."""
    digest = hashlib.sha256()
    for name, data in uploads:
        digest.update(hashlib.sha256(name.encode() + b"\0" + data).digest())
    stamp = digest.hexdigest()
    if st.session_state.get("resume_stamp") != stamp:
        bar = st.progress(0.0, text="Reading the files…")

        def update(done: int, total: int) -> None:
            bar.progress(done / total if total else 1.0, text=f"Reading {done}/{total}")

        with reported("The files could not be read; nothing was changed", also=(ImportRefused,)):
            st.session_state["resume_read"] = read_files(uploads, progress=update)
            st.session_state["resume_stamp"] = stamp
        if st.session_state.get("resume_stamp") != stamp:
            st.stop()
        for key in ("resume_check", "resume_done"):
            st.session_state.pop(key, None)
        bar.empty()
    read = st.session_state["resume_read"]
    refused = sum(1 for r in read if r.refused)
    st.write(f"{len(read)} files read, {refused} refused.")
    return read


def _place(read: list[ReadFile], preset: str, create: bool, *, dry_run: bool):
    label = "Checking" if dry_run else "Importing"
    bar = st.progress(0.0, text=label)

    def update(done: int, total: int) -> None:
        bar.progress(done / total if total else 1.0, text=f"{label} {done}/{total}")

    report = None
    with reported("The résumés could not be imported; nothing was changed"):
        with session_scope(get_engine()) as session:
            report = place_files(
                session=session,
                read=read,
                preset=preset,
                create=create,
                dry_run=dry_run,
                actor=current_recruiter(),
                progress=update,
            )
    bar.progress(1.0, text=f"{label}: done")
    return report


def _outcome(outcome: str, dry_run: bool) -> str:
    would = dry_run and outcome in ("updated", "created", "review")
    return ("would be: " if would else "") + _OUTCOME_WORDS[outcome]


def _show(report: ResumeReport) -> None:
    text = plain(report.summary(), limit=None)
    (st.warning if report.counts["refused"] else st.success)(text)
    rows = [
        {
            "File": f.name,
            "Outcome": _outcome(f.outcome, report.dry_run),
            "Person": f"{f.candidate_name} (#{f.candidate_id})" if f.candidate_id else "",
            "Could be": ", ".join(f"#{i}" for i in f.could_be),
            "How, or why not": f.detail,
        }
        for f in report.files
    ]
    st.dataframe(plain_table(rows), hide_index=True, key=f"resume_table_{report.dry_run}")
    if report.counts["review"]:
        st.info(
            "A file that fits several people is kept as a record of its own, next to them on "
            "the duplicate-review list (`encore duplicates`): merge it into the right person."
        )
