"""Import: upload a CSV or XLSX export, pick the ATS preset (guessed from the headers), map
columns, preview the rows as they will be stored, check every row against the database
(a dry run), then import with a progress bar and index the new profiles. Résumé files have
their own flow (``app.ui.resume_import``)."""

import hashlib

import pandas as pd
import streamlit as st

from app.identity import current_recruiter
from app.resources import get_engine
from app.ui.guards import overview_or_stop, reported
from app.ui.index_now import index_now_button
from app.ui.plain import SENTENCE, plain, plain_table
from app.ui.resume_import import resume_import_section
from data.db import session_scope
from data.importers import (
    KINDS,
    PRESET_NAMES,
    ImportRefused,
    ImportReport,
    Preview,
    import_file,
    preview_file,
    suggest_preset,
)
from data.plural import counted

LIST_SEPARATORS = (
    "Lists in a cell: skills and tags are separated by commas (Python, SQL); motivations "
    "and what a role offers by semicolons or line breaks (Remote work; a shorter commute)."
)

st.title("Import")
overview_or_stop(need_candidates=False)
st.caption(
    "Import candidates first, then openings, applications and touchpoints (they refer to "
    "candidates and openings by external id), then their résumé files. Re-importing a file "
    "changes nothing; empty cells never erase what is stored."
)

kind = st.selectbox(
    "What the file holds",
    [*KINDS, "resumes"],
    key="import_kind",
    format_func=lambda k: "résumé files (PDF, DOCX, RTF, TXT, zip)" if k == "resumes" else k,
)
if kind == "resumes":
    resume_import_section()
    st.stop()
upload = st.file_uploader(
    "CSV or XLSX file", type=["csv", "tsv", "txt", "xlsx"], key="import_upload"
)
st.caption(LIST_SEPARATORS)
if upload is None:
    st.info("Pick a file to see a preview. Generic columns: " + ", ".join(KINDS[kind].columns))
    st.stop()
raw = upload.getvalue()


@st.cache_data(max_entries=4, show_spinner="Reading the file…")
def _preview(digest: str, kind: str, preset: str, mapping: tuple, _raw: bytes) -> Preview:
    """The file read once per (content, kind, preset, mapping): reruns reuse it."""
    return preview_file(_raw, kind, preset=preset, mapping=dict(mapping))


# A new file (or kind) starts over: preset guessed from the header row, mapping and results
# cleared. The file's hash keys the cached preview, so it is read once, not on every rerun.
stamp = (upload.file_id, kind)
if st.session_state.get("import_stamp") != stamp:
    st.session_state["import_stamp"] = stamp
    st.session_state["import_digest"] = hashlib.sha256(raw).hexdigest()
    st.session_state["import_preset"] = suggest_preset(raw, kind)
    for key in ("import_check", "import_done", "import_mapping"):
        st.session_state.pop(key, None)

preset = st.selectbox(
    "Column preset", PRESET_NAMES, key="import_preset", help="Guessed from the file's headers."
)
mapping: dict[str, str] = st.session_state.get("import_mapping", {})
seen = _preview(
    st.session_state["import_digest"], kind, preset, tuple(sorted(mapping.items())), raw
)

with st.expander("Columns", expanded=not seen.ok):
    table = pd.DataFrame(
        {
            "Their column": list(seen.suggested_mapping),
            "Imported as": list(seen.suggested_mapping.values()),
        }
    )
    edited = st.data_editor(
        table,
        hide_index=True,
        disabled=["Their column"],
        key=f"import_map_{preset}",
        column_config={
            "Imported as": st.column_config.SelectboxColumn(
                "Imported as", options=["", *seen.fields], help="Empty: the column is left out."
            )
        },
    )
    wanted = dict(zip(edited["Their column"], edited["Imported as"].fillna(""), strict=True))
    if wanted != seen.suggested_mapping:
        st.session_state["import_mapping"] = {**mapping, **wanted}
        st.rerun()

if not seen.ok:
    st.error(
        f"{plain(upload.name)} cannot be imported as it is: "
        f"{plain(seen.refused, limit=SENTENCE)}. Nothing was changed."
    )
    st.stop()

st.subheader(f"Preview — {counted(seen.total_rows, 'row')}", anchor=False)
st.dataframe(
    plain_table([{k: "" if v is None else str(v) for k, v in row.items()} for row in seen.rows]),
    hide_index=True,
    key="import_preview",
)


def _errors_table(errors, key: str) -> None:
    st.dataframe(
        plain_table([{"Row": e.row, "Field": e.field, "Problem": e.message} for e in errors]),
        hide_index=True,
        key=key,
    )


def _report(report: ImportReport, *, checked: bool) -> None:
    """A check's figures and refused rows; after an import, the refused rows only (its
    figures are in the summary above them)."""
    verb = "would be" if checked else "were"
    if checked:
        st.write(
            f"{counted(report.rows, 'row')}: {report.added} {verb} added, {report.updated} "
            f"{verb} updated, {report.unchanged} unchanged, {report.refused} {verb} refused."
        )
        if note := report.do_not_contact_note():  # after an import, in its summary
            st.info(note)
    if report.errors:
        was = "was" if report.refused == 1 else "were"
        st.warning(
            f"{counted(report.refused, 'row')} {'would be' if checked else was} refused "
            "(row numbers as in the file):"
        )
        _errors_table(report.errors, f"import_errors_{'check' if checked else 'done'}")


def _run(label: str, *, dry_run: bool) -> ImportReport | None:
    bar = st.progress(0.0, text=label)

    def update(done: int, total: int) -> None:
        bar.progress(done / total if total else 1.0, text=f"{label} {done}/{total}")

    report = None
    with reported(f"{upload.name} was refused, nothing was changed", also=(ImportRefused,)):
        with session_scope(get_engine()) as session:
            report = import_file(
                session=session,
                kind=kind,
                source=raw,
                preset=preset,
                mapping=mapping,
                dry_run=dry_run,
                progress=update,
                actor=current_recruiter(),
            )
    bar.progress(1.0, text=f"{label} done")
    return report


cols = st.columns(2)
if cols[0].button("Check every row", key="import_check_go"):
    st.session_state["import_check"] = _run("Checking", dry_run=True)
if cols[1].button("Import", key="import_go", type="primary"):
    if (report := _run("Importing", dry_run=False)) is not None:
        st.session_state["import_done"] = report

if (check := st.session_state.get("import_check")) and not st.session_state.get("import_done"):
    st.subheader("Check", anchor=False)
    _report(check, checked=True)
elif seen.errors and not st.session_state.get("import_done"):
    bad = len({e.row for e in seen.errors})
    st.warning(f"{counted(bad, 'row')} {'has' if bad == 1 else 'have'} cells that cannot be read:")
    _errors_table(seen.errors, "import_errors_preview")
if done := st.session_state.get("import_done"):
    st.subheader("Imported", anchor=False)
    st.success(done.summary())
    _report(done, checked=False)
    if kind == "candidates" and (done.added or done.updated):
        index_now_button("import_index")
