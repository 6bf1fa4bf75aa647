"""Mail files built from hostile outside text: the mail link, the .eml (one draft and the
shortlist zip), the reconnect calendar and the mail-merge CSV each say exactly what was meant —
one To at most, no Bcc or Cc, a subject on one line — and are written, never a traceback."""

import csv
import email
import email.policy
import io
import re
import unicodedata
import zipfile
from datetime import date
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from data.db import make_engine, read_session, session_scope, upgrade
from data.models import Candidate, Opening
from data.settings import get_settings
from matching.embedder import HASHING_MODEL, load_embedder
from matching.engine import Matcher
from matching.indexer import index_pool
from outreach.actions import pin_to_reconnect
from outreach.drafts import DraftText, build_draft
from outreach.exports import drafts_zip, mail_merge_csv, reconnect_ics
from outreach.mail_safe import body_text, header_line, single_address
from outreach.reconnect import ReconnectEntry, ReconnectRules, WeeklyList, weekly_list
from outreach.safe_csv import safe_cell
from tests.cli_runner import run_encore
from tests.factories import make_application, make_candidate, make_remote_backend_opening

FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
EML_HEADERS = {"Subject", "X-Unsent", "Content-Type", "Content-Transfer-Encoding", "MIME-Version"}
SPY = "spy@evil.example"
HOSTILE_TITLE = "Senior Backend\u2028Bcc: spy@evil.example\r\nEngineer\x85(Python)\nLead"


# ---- reading the files back, as a mail client or a calendar would ---------------------------


def _header(value: object) -> str:
    """A header as a mail client shows it. UTF-8 headers (RFC 6532) arrive surrogate-escaped,
    and Python's folding may leave a double space where it broke a line: both undone here."""
    return re.sub(" +", " ", str(value).encode("utf-8", "surrogateescape").decode("utf-8"))


def _has_break_or_control(text: str) -> bool:
    return len(text.splitlines()) > 1 or any(unicodedata.category(c) == "Cc" for c in text)


def read_eml(raw: bytes, draft: DraftText) -> email.message.EmailMessage:
    """Parse an .eml and check it holds exactly the headers meant, nothing more."""
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    recipient = single_address(draft.to)
    assert set(parsed.keys()) == EML_HEADERS | ({"To"} if recipient else set())
    assert parsed.get_all("Bcc") is None and parsed.get_all("Cc") is None
    subject = _header(parsed["Subject"])
    assert subject == header_line(draft.subject) and not _has_break_or_control(subject)
    if recipient:
        assert len(parsed.get_all("To")) == 1
        (address,) = parsed["To"].addresses
        assert _header(address.addr_spec) == recipient
        assert _header(address.display_name) == header_line(draft.to_name, limit=100)
    assert parsed.get_content() == body_text(draft.body)
    return parsed


def mailto_fields(url: str) -> tuple[str, dict[str, list[str]]]:
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    return unquote(parts.path), parse_qs(parts.query, keep_blank_values=True)


def read_ics(raw: bytes, weekly: WeeklyList):
    # Content lines end in CRLF only: no other line break may hide inside one.
    for line in raw.split(b"\r\n"):
        assert not _has_break_or_control(line.decode("utf-8").replace("\t", " ")), line
    events = Calendar.from_ical(raw).walk("VEVENT")
    assert len(events) == len(weekly.entries)
    for event, entry in zip(events, weekly.entries, strict=True):
        assert str(event["UID"]) == f"reconnect-{entry.candidate_id}@encore.local"
        summary = str(event["SUMMARY"])
        assert summary.startswith("Reconnect with") and not _has_break_or_control(summary)
        description = str(event["DESCRIPTION"])
        # TEXT may hold line breaks (escaped) and tabs, never another control character.
        assert not any(unicodedata.category(c) == "Cc" for c in description if c not in "\n\t")
        assert set(event.keys()) == {
            "UID",
            "DTSTAMP",
            "SEQUENCE",
            "DTSTART",
            "DURATION",
            "SUMMARY",
            "DESCRIPTION",
        }
    return events


def read_mail_merge(raw: bytes, drafts: list[DraftText]) -> list[list[str]]:
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["email", "subject", "body", "candidate_id", "opening_id"]
    assert len(rows) == len(drafts) + 1
    for row, draft in zip(rows[1:], drafts, strict=True):
        assert len(row) == 5
        assert row[0] == safe_cell(single_address(draft.to) or "")
        assert not _has_break_or_control(row[1])
        assert not [cell for cell in row if cell[:1] in ("=", "+", "-", "@")]
    return rows


# ---- defect: an address crafted to add a Bcc through the mail link --------------------------


def test_an_address_with_query_text_adds_no_bcc_to_the_mail_link():
    draft = DraftText(1, 1, "warm", f"c1@example.com?bcc={SPY}&", "Hello", "Hi Ana,\nBye\n")
    to, fields = mailto_fields(draft.mailto())
    assert set(fields) == {"subject", "body"}
    assert SPY not in draft.mailto() and to == ""  # not one address: left for the recruiter
    assert fields["subject"] == ["Hello"]
    assert "%0D%0A" in draft.mailto() and fields["body"] == ["Hi Ana,\r\nBye"]  # RFC 6068
    assert "To" not in read_eml(draft.to_eml(), draft)


def test_an_odd_but_valid_address_is_percent_encoded_in_the_mail_link():
    draft = DraftText(1, 1, "warm", "a?bcc=x&cc=y@example.com", "R&D = fun? #1", "Hi\n")
    url = draft.mailto()
    assert url.startswith("mailto:a%3Fbcc%3Dx%26cc%3Dy@example.com?")
    to, fields = mailto_fields(url)
    assert to == "a?bcc=x&cc=y@example.com"
    assert set(fields) == {"subject", "body"} and fields["subject"] == ["R&D = fun? #1"]


# ---- defect: line breaks in an opening title crash or cut every .eml ------------------------


def _hostile_shortlist(session):
    opening = make_remote_backend_opening(session, title=HOSTILE_TITLE)
    people = [
        make_candidate(
            session,
            full_name=name,
            email=address,
            motivations=["Wants fully remote work"],
        )
        for name, address in (
            ("Ana\r\nBcc: spy@evil.example Silva", "ana@example.com"),
            ("=cmd|' /C calc'!A0", f"bo@example.com\r\nBcc: {SPY}"),
        )
    ]
    for person in people:
        make_application(session, person, stage_reached="final", reason="other_candidate")
    session.commit()
    return opening, people


def test_a_title_with_line_breaks_gives_a_whole_one_line_subject_and_a_readable_eml(
    engine, session, fake_embedder
):
    opening, (ana, _) = _hostile_shortlist(session)
    index_pool(engine, fake_embedder)
    draft = build_draft(
        Matcher(engine, fake_embedder), ana.id, session=session, opening_id=opening.id
    )
    assert draft.subject.startswith(
        "Senior Backend Bcc: spy@evil.example Engineer (Python) Lead"
    )  # not cut at the first line break
    parsed = read_eml(draft.to_eml(), draft)
    assert str(parsed["To"]) == '"Ana Bcc: spy@evil.example Silva" <ana@example.com>'


def test_the_shortlist_zip_and_mail_merge_are_written_whatever_the_title_says(
    engine, session, fake_embedder
):
    opening, people = _hostile_shortlist(session)
    index_pool(engine, fake_embedder)
    matcher = Matcher(engine, fake_embedder)
    texts = [build_draft(matcher, p.id, session=session, opening_id=opening.id) for p in people]
    archive = zipfile.ZipFile(io.BytesIO(drafts_zip(texts)))
    assert len(archive.namelist()) == 2
    for name, text in zip(archive.namelist(), texts, strict=True):
        assert re.fullmatch(r"\d\d-candidate-\d+\.eml", name)
        read_eml(archive.read(name), text)
    rows = read_mail_merge(mail_merge_csv(texts), texts)
    assert [row[0] for row in rows[1:]] == ["ana@example.com", ""]


@pytest.fixture
def hashing_model(monkeypatch):
    monkeypatch.setenv("ENCORE_MODEL", HASHING_MODEL)
    get_settings.cache_clear()
    yield load_embedder(HASHING_MODEL)
    get_settings.cache_clear()


def test_encore_shortlist_drafts_writes_the_zip_for_a_title_with_line_breaks(
    engine, session, db_url, hashing_model, tmp_path
):
    opening, people = _hostile_shortlist(session)
    index_pool(engine, hashing_model)
    out, merge = tmp_path / "drafts.zip", tmp_path / "merge.csv"
    result = run_encore(
        "shortlist-drafts",
        "--opening",
        str(opening.id),
        "--zip",
        str(out),
        "--mail-merge",
        str(merge),
        db_url=db_url,
    )
    assert result.exit_code == 0, result.output
    archive = zipfile.ZipFile(out)
    assert len(archive.namelist()) == len(people)
    for name in archive.namelist():
        parsed = email.message_from_bytes(archive.read(name), policy=email.policy.default)
        assert "\n" not in str(parsed["Subject"]) and parsed.get_all("Bcc") is None
        assert len(parsed.get_all("To") or []) <= 1
    rows = csv.reader(io.StringIO(merge.read_bytes().decode("utf-8-sig"), newline=""))
    assert sorted(row[0] for row in list(rows)[1:]) == ["", "ana@example.com"]


def test_a_name_with_line_breaks_stays_on_one_summary_line_in_the_reconnect_calendar(
    engine, session, fake_embedder
):
    make_remote_backend_opening(session)
    person = make_candidate(session, full_name="Ana\r\nSilva\u2028\x1b[31mX")
    make_application(session, person, stage_reached="final", reason="other_candidate")
    session.commit()
    index_pool(engine, fake_embedder)
    weekly = weekly_list(
        Matcher(engine, fake_embedder), session=session, today=date.today(), rules=ReconnectRules()
    )
    assert [e.candidate_id for e in weekly.entries] == [person.id]
    (event,) = read_ics(reconnect_ics(weekly), weekly)
    assert str(event["SUMMARY"]) == "Reconnect with Ana Silva [31mX"


# ---- the same properties over text drawn from hostile alphabets ----------------------------

NASTY = list("\r\n\t\x00\x07\x1b\x7f\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029")
NASTY += list("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
NASTY += list("=+-@|?&#%<>\",;:[]()*_`~!\\/'{}$^ \u00a0\ufeff\u200bé漢")
SAMPLES = [
    "=cmd|' /C calc'!A0",
    "+1+1",
    "@SUM(A1)",
    "-2+3",
    "**bold** [link](http://evil.example) ![img](http://evil.example/x.png)",
    "<script>alert(1)</script>",
    "=?utf-8?b?QmNjOiBzcHlAZXZpbC5leGFtcGxl?=",
    f"x\r\nBcc: {SPY}",
    f"x\nCc: {SPY}\n\nbody",
    "\u202eevil\u202c",
    "x" * 5000,
    "word " * 800,
    "",
    " ",
]
hostile = st.one_of(
    st.text(alphabet=st.one_of(st.sampled_from(NASTY), st.characters(codec="utf-8")), max_size=80),
    st.sampled_from(SAMPLES),
)
addresses = st.one_of(
    st.emails(),
    hostile,
    st.builds(lambda a, b: f"{a}?bcc={SPY}&{b}", st.emails(), hostile),
    st.builds(lambda a: f"{a}\r\nBcc: {SPY}", st.emails()),
    st.builds(lambda a: f"{a}, {SPY}", st.emails()),
    st.builds(lambda n, a: f"{n} <{a}>", hostile, st.emails()),
    st.sampled_from(["josé@exämple.com", "zoë+tag@example.com", None]),
)
drafts = st.builds(
    DraftText,
    candidate_id=st.integers(1, 10_000),
    opening_id=st.integers(1, 10_000),
    tone=st.just("warm"),
    to=addresses,
    subject=hostile,
    body=hostile,
    to_name=hostile,
)


@FUZZ
@given(draft=drafts)
def test_any_draft_makes_one_eml_and_one_mail_link_saying_only_what_was_meant(draft):
    read_eml(draft.to_eml(), draft)
    to, fields = mailto_fields(draft.mailto())
    assert set(fields) == {"subject", "body"}
    assert to == (single_address(draft.to) or "")
    assert fields["subject"] in ([header_line(draft.subject)], [])


@FUZZ
@given(texts=st.lists(drafts, min_size=1, max_size=4))
def test_any_shortlist_makes_a_readable_zip_and_a_safe_mail_merge(texts):
    archive = zipfile.ZipFile(io.BytesIO(drafts_zip(texts)))
    for name, text in zip(archive.namelist(), texts, strict=True):
        assert re.fullmatch(r"\d\d-candidate-\d+\.eml", name)
        read_eml(archive.read(name), text)
    read_mail_merge(mail_merge_csv(texts), texts)


@FUZZ
@given(
    people=st.lists(
        st.tuples(hostile, st.one_of(st.none(), hostile), st.lists(hostile, max_size=3)),
        min_size=1,
        max_size=3,
    )
)
def test_any_reconnect_list_makes_a_calendar_with_one_line_summaries(people):
    weekly = WeeklyList(week_of=date(2026, 11, 23), rules=ReconnectRules())
    for n, (name, title, why) in enumerate(people, start=1):
        weekly.entries.append(
            ReconnectEntry(n, name, None, 0.5, why, 90, 100, None, n, title, 80.0)
        )
    read_ics(reconnect_ics(weekly), weekly)


@pytest.fixture(scope="module")
def shortlist_engine(tmp_path_factory):
    """One person and one open role, indexed once; each example rewrites their texts."""
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('mail') / 'mail.db'}")
    upgrade(engine)
    with session_scope(engine) as session:
        opening = make_remote_backend_opening(session)
        person = make_candidate(session, motivations=["Wants fully remote work"])
        make_application(session, person, stage_reached="final", reason="other_candidate")
        ids = person.id, opening.id
    embedder = load_embedder(HASHING_MODEL)
    index_pool(engine, embedder)
    yield engine, Matcher(engine, embedder), ids
    engine.dispose()


@FUZZ
@given(name=hostile, address=addresses, title=hostile, offer=hostile)
def test_drafts_built_from_a_hostile_record_export_cleanly(
    shortlist_engine, name, address, title, offer
):
    engine, matcher, (person_id, opening_id) = shortlist_engine
    with session_scope(engine) as session:
        person = session.get(Candidate, person_id)
        person.full_name, person.email = name, address
        opening = session.get(Opening, opening_id)
        opening.title, opening.offers = title, [offer]
        session.add_all([person, opening])
    with read_session(engine) as session:
        draft = build_draft(matcher, person_id, session=session, opening_id=opening_id)
    assert not _has_break_or_control(draft.subject)
    read_eml(draft.to_eml(), draft)
    archive = zipfile.ZipFile(io.BytesIO(drafts_zip([draft])))
    read_eml(archive.read(archive.namelist()[0]), draft)
    read_mail_merge(mail_merge_csv([draft]), [draft])
    with session_scope(engine) as session:
        pin_to_reconnect(
            session=session, candidate_id=person_id, opening_id=opening_id, today=date(2026, 11, 23)
        )
        weekly = weekly_list(matcher, session=session, today=date(2026, 11, 23))
    read_ics(reconnect_ics(weekly), weekly)
