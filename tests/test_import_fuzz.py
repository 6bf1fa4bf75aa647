"""Whatever a file holds, the importer answers with a report or a refusal, never a crash, and
a refused file leaves the database exactly as it was."""

import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from data.db import make_engine, session_scope, upgrade
from data.importers import KINDS, PRESET_NAMES, ImportRefused, import_file, preview_file
from tests.factories import make_candidate, make_opening
from tests.utils import snapshot

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

COLUMNS = sorted({c for spec in KINDS.values() for c in spec.columns} | {"Candidate ID", "Stage"})
cells = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            "nan",
            "inf",
            "-1",
            "1e400",
            "0001-01-01T00:00:00+01:00",
            "9999-12-31",
            "=1+1",
            "yes",
            "T-C0001",
            "a@b.c",
            "€95k",
            "1,2,3",
            "\x00",
            "Lacking skill(s)",
            "Hired",
        ]
    ),
)


@pytest.fixture(scope="module")
def fuzz_engine(tmp_path_factory):
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'fuzz.db'}")
    upgrade(engine)
    with session_scope(engine) as session:
        make_candidate(session)
        make_opening(session)
    yield engine
    engine.dispose()


def _try(engine, kind, payload, preset):
    before = snapshot(engine)
    try:
        with session_scope(engine) as session:
            report = import_file(session=session, kind=kind, source=payload, preset=preset)
    except ImportRefused as exc:
        assert str(exc)
        assert snapshot(engine) == before  # refused whole: nothing written
        return None
    for error in report.errors:
        assert error.row >= 2 and error.field and error.message
    assert preview_file(payload, kind, preset=preset) is not None
    return report


@FUZZ
@given(
    kind=st.sampled_from(sorted(KINDS)),
    preset=st.sampled_from(PRESET_NAMES),
    header=st.lists(st.sampled_from(COLUMNS), min_size=1, max_size=6, unique=True),
    rows=st.lists(st.lists(cells, min_size=0, max_size=7), max_size=5),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
def test_random_rows_give_a_report_or_a_refusal(
    fuzz_engine, kind, preset, header, rows, delimiter, encoding
):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    try:
        payload = buffer.getvalue().encode(encoding)
    except UnicodeEncodeError:
        payload = buffer.getvalue().encode("utf-8")
    _try(fuzz_engine, kind, payload, preset)


@FUZZ
@given(
    kind=st.sampled_from(sorted(KINDS)),
    payload=st.one_of(
        st.binary(max_size=300),
        st.binary(max_size=200).map(lambda b: b"PK\x03\x04" + b),
        st.binary(max_size=200).map(lambda b: b"\xff\xfe" + b),
        st.binary(max_size=200).map(lambda b: b"full_name,email\n" + b),
    ),
)
def test_random_bytes_give_a_report_or_a_refusal(fuzz_engine, kind, payload):
    _try(fuzz_engine, kind, payload, "generic")
