"""The Import page reads an upload once: reruns (a click anywhere, a widget change that does
not change the preview) reuse the parsed preview instead of reading every row again."""

import data.importers
from tests.app_fixtures import open_page, table_with

UPLOAD = (
    b"external_id,full_name,email\n"
    b"CACHE-1,Ada Cached,ada.cached@example.com\n"
    b"CACHE-2,Bob Cached,bob.cached@example.com\n"
)


def test_the_import_page_parses_an_upload_once_across_reruns(demo_app, monkeypatch):
    parses = []
    real_preview = data.importers.preview_file

    def counted(source, *args, **kw):  # the real preview, counted: it reads every row
        parses.append(1)
        return real_preview(source, *args, **kw)

    monkeypatch.setattr(data.importers, "preview_file", counted)
    at = open_page("import_file")
    at.file_uploader(key="import_upload").set_value(("cached.csv", UPLOAD, "text/csv"))
    at.run()
    assert not at.exception
    assert list(table_with(at, "full_name")["external_id"]) == ["CACHE-1", "CACHE-2"]
    for _ in range(3):
        at.run()
    assert not at.exception
    assert list(table_with(at, "full_name")["external_id"]) == ["CACHE-1", "CACHE-2"]
    assert len(parses) == 1
