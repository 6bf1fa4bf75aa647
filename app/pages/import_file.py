"""Import: upload a CSV or XLSX export, preview it, check every row, then import it with a
progress bar, and index the new profiles so they can be found."""

import pandas as pd
import streamlit as st

from app.resources import get_engine, get_matcher, pool_changed
from app.ui.common import overview_or_stop
from data.import_session import PRESETS, keep_upload, preview, run_import
from data.importers import KINDS, ImportRefused, ImportReport
from matching.indexer import index_pool

st.title("Import")
overview_or_stop(need_candidates=False)
st.caption(
    "Import candidates first, then openings, applications and touchpoints (they refer to "
    "candidates and openings by external id). Re-importing a file changes nothing; empty "
    "cells never erase what is stored."
)

cols = st.columns(2)
kind = cols[0].selectbox("What the file holds", list(KINDS), key="import_kind")
# Seam for ATS presets and column mapping: run_import accepts them; the choices grow here.
preset = cols[1].selectbox("Column preset", PRESETS, key="import_preset")
upload = st.file_uploader(
    "CSV or XLSX file", type=["csv", "tsv", "txt", "xlsx"], key="import_upload"
)
if upload is None:
    st.info("Pick a file to see a preview. Expected columns: " + ", ".join(KINDS[kind].columns))
    st.stop()

stamp = (upload.name, upload.size, kind, preset)
if st.session_state.get("import_stamp") != stamp:
    st.session_state["import_stamp"] = stamp
    st.session_state["import_path"] = keep_upload(upload.getvalue(), upload.name)
    st.session_state.pop("import_check", None)
    st.session_state.pop("import_done", None)
path = st.session_state["import_path"]

try:
    seen = preview(path, kind)
except ImportRefused as exc:
    st.error(f"{upload.name} cannot be imported: {exc}. Nothing was changed.")
    st.stop()

st.subheader(f"Preview — {seen.total_rows} rows", anchor=False)
st.dataframe(pd.DataFrame(seen.rows, columns=seen.columns), hide_index=True, key="import_preview")
st.caption(
    f"Columns used: {', '.join(seen.known) or 'none'}"
    + (f" · ignored: {', '.join(seen.unused)}" if seen.unused else "")
)


def _report(report: ImportReport, *, checked: bool) -> None:
    verb = "would be" if checked else "were"
    st.write(
        f"{report.rows} rows: {report.added} {verb} added, {report.updated} updated, "
        f"{report.unchanged} unchanged, {report.refused} refused."
    )
    if report.errors:
        st.warning(f"{report.refused} rows {'would be' if checked else 'were'} refused:")
        st.dataframe(
            pd.DataFrame(
                [{"Row": e.row, "Field": e.field, "Problem": e.message} for e in report.errors]
            ),
            hide_index=True,
            key=f"import_errors_{'check' if checked else 'done'}",
        )


def _with_progress(label: str, **kw) -> ImportReport | None:
    bar = st.progress(0.0, text=label)

    def update(done: int, total: int) -> None:
        bar.progress(done / total if total else 1.0, text=f"{label} {done}/{total}")

    try:
        report = run_import(get_engine(), kind, path, preset=preset, progress=update, **kw)
    except ImportRefused as exc:
        st.error(f"{upload.name} was refused, nothing was changed: {exc}")
        return None
    bar.progress(1.0, text=f"{label} done")
    return report


cols = st.columns(2)
if cols[0].button("Check every row", key="import_check_go"):
    st.session_state["import_check"] = _with_progress("Checking", dry_run=True)
if cols[1].button("Import", key="import_go", type="primary"):
    report = _with_progress("Importing")
    if report is not None:
        st.session_state["import_done"] = report
        pool_changed()

if (check := st.session_state.get("import_check")) and not st.session_state.get("import_done"):
    st.subheader("Check", anchor=False)
    _report(check, checked=True)
if done := st.session_state.get("import_done"):
    st.subheader("Imported", anchor=False)
    st.success(done.summary())
    _report(done, checked=False)
    if kind == "candidates" and (done.added or done.updated):
        st.write("New and changed profiles must be indexed before they show up in searches.")
        if st.button("Index them now", key="import_index"):
            matcher = get_matcher()
            with st.status("Indexing…", expanded=True) as status:
                bar = st.progress(0.0)
                index_report = index_pool(
                    matcher.engine,
                    matcher.embedder,
                    progress=lambda d, t: bar.progress(d / t if t else 1.0, text=f"{d}/{t}"),
                )
                status.update(
                    label=f"Indexed: {index_report.candidates_changed} profiles changed",
                    state="complete",
                )
            pool_changed()
