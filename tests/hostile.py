"""Hostile text for the dashboard tests: a pool whose every field tries to become Markdown or
HTML, and ``live_markup``, which says what Streamlit would make of a string it reads as
Markdown (anything but text is a finding).

The oracle parses with markdown-it (CommonMark, raw HTML on, as a worst case) and then runs,
on the text that is left, the literal-autolink patterns Streamlit's own bundle runs
(remark-gfm finds ``www.``, ``http(s)://`` and e-mail addresses after escapes are read).
"""

import re
from dataclasses import dataclass
from datetime import timedelta

from markdown_it import MarkdownIt
from streamlit.testing.v1 import AppTest

from app.ui.plain import CELL, LINE, SENTENCE
from data.db import session_scope
from data.models import Candidate
from data.timeutil import utcnow
from outreach.actions import save_draft
from outreach.drafts import DraftText
from tests.factories import make_application, make_candidate, make_opening, make_touchpoint

HOST = "evil.example"
IMAGE = f"![t](http://{HOST}/pixel.png)"
LINK = f"[click](http://{HOST}/x)"
HTML_IMG = f"<img src=http://{HOST}/i.png>"
SCRIPT = "<script>alert(1)</script>"
BARE_URLS = f"www.{HOST} http://{HOST}/a https://{HOST}/b"
RTL = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: "gnp.exe" would show as "exe.png"
CONTROLS = "\x00\x07\x1b[31m\x7f"
LONG_NAME = f"![c](http://{HOST}/c.png) " + "Z" * 10_000
ADA = f"{IMAGE} {LINK} Ada {RTL}gnp.exe"
EVERYTHING = f"{IMAGE} {LINK} {HTML_IMG} {SCRIPT} {BARE_URLS} {RTL}gnp.exe{CONTROLS}"

BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_MD = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
# Streamlit's literal autolinks, as in its bundle (JavaScript's \w is ASCII).
_URL = re.compile(r"(https?://|www(?=\.))[-.\w]+", re.IGNORECASE | re.ASCII)
_EMAIL = re.compile(r"[-.\w+]+@[-\w]+(?:\.[-\w]+)+", re.ASCII)
# The reviewer's own test, on the source: not preceded by an odd number of backslashes.
_RAW = re.compile(r"(?<!\\)(?:\\\\)*(!\[|\]\(http|<img|<script)", re.IGNORECASE)
_LIVE_TOKENS = {"image", "link_open", "html_inline", "html_block"}


def live_markup(source: str) -> list[str]:
    """What Streamlit would render as something other than text: images, links, HTML,
    autolinked URLs and e-mail addresses. Empty when the string is only text and styling."""
    found = [f"raw {m.group(1)!r}" for m in _RAW.finditer(source)]

    def walk(tokens) -> None:
        for token in tokens:
            if token.type in _LIVE_TOKENS:
                found.append(f"{token.type} {token.content or token.attrs}")
            if token.type == "text":
                found.extend(f"autolink {m.group()!r}" for m in _URL.finditer(token.content))
                found.extend(f"autolink {m.group()!r}" for m in _EMAIL.finditer(token.content))
            walk(token.children or [])

    walk(_MD.parse(source))
    return found


def shown_text(source: str) -> str:
    """The text a reader sees once the Markdown is read (one paragraph of inline text)."""
    parts = []
    for token in _MD.parse(source):
        for child in token.children or []:
            parts.append("\n" if child.type == "softbreak" else child.content)
    return "".join(parts).replace("\u2060", "")


def unreadable(text: str) -> set[str]:
    """Characters that reorder or hide what is shown: bidi controls and control codes."""
    return {c for c in text if c in BIDI or (ord(c) < 32 and c not in "\n\t") or c == "\x7f"}


@dataclass(frozen=True)
class HostilePool:
    opening_id: int
    ada: int  # every field hostile, a silver medalist: listed by Search, Openings, Reconnect
    bob: int  # do not contact, a hostile reason: the refusal message carries both
    long: int  # a 10 KB name
    dee: int  # consent expired: on the reconsent list
    draft_id: int


def build_hostile_pool(engine) -> HostilePool:
    long_ago = utcnow() - timedelta(days=470)
    with session_scope(engine) as session:
        opening = make_opening(
            session,
            title=f"{IMAGE} Backend Engineer {HTML_IMG}",
            location=BARE_URLS,
            requirements="Python\nPostgreSQL\nDjango",
            offers=["Fully remote", IMAGE],
        )

        def person(**fields) -> Candidate:
            candidate = make_candidate(
                session, skills=["Python", "PostgreSQL", "Django", LINK], **fields
            )
            make_application(
                session,
                candidate,
                role_title=f"{HTML_IMG} Backend Engineer",
                stage_reached="final",
                reason_note=EVERYTHING,
                # Owed (the Feedback page shows them too), but for do-not-contact Bob.
                feedback_given=None if fields.get("do_not_contact") else False,
                applied_at=long_ago - timedelta(days=30),
                decided_at=long_ago,
            )
            make_touchpoint(session, candidate, at=long_ago, direction="outbound", note=EVERYTHING)
            return candidate

        ada = person(
            full_name=ADA,
            email=f"ada@{HOST}",
            current_title=f"{HTML_IMG} Backend Engineer",
            location=SCRIPT,
            headline=BARE_URLS,
            tags=[IMAGE, f"{RTL}tag"],
            source=LINK,
            external_id=f"EVIL-{RTL}1",
            resume_text=f"Python and PostgreSQL.\n{EVERYTHING}",
            motivations=[f"Wants fully remote work {IMAGE} www.{HOST}", EVERYTHING],
        )
        bob = person(
            full_name=f"{RTL}Bob{CONTROLS} {IMAGE}",
            email=f"bob@{HOST}",
            do_not_contact=True,
            do_not_contact_reason=f"{LINK} {HTML_IMG} said www.{HOST}",
        )
        long = person(full_name=LONG_NAME, email=f"long@{HOST}")
        dee = person(
            full_name=f"{SCRIPT} Dee {IMAGE}",
            email=f"dee@{HOST}",
            consent_until=(utcnow() - timedelta(days=10)).date(),
        )
        draft = save_draft(
            session=session,
            text=DraftText(
                ada.id,
                opening.id,
                "warm",
                ada.email,
                f"{IMAGE} Catching up {RTL}gnp.exe",
                f"Hi,\n{EVERYTHING}\n",
            ),
        )
        return HostilePool(opening.id, ada.id, bob.id, long.id, dee.id, draft.id)


# --- what a screen shows that is not plain text --------------------------------------------

# Element types whose text is never read as Markdown.
PLAIN_ELEMENTS = {"text", "code", "json", "exception"}
MARKDOWN_FIELDS = {"body", "label", "help", "caption", "captions"}
MARKDOWN_OPTIONS = {"radio", "button_group"}  # their options are labels too
EDITABLE = {"text_input", "text_area"}  # the stored value, to be edited as it is


def _strings(message, path=""):
    for field, value in message.ListFields():
        values = value if field.is_repeated else [value]
        for v in values:
            if hasattr(v, "ListFields"):
                yield from _strings(v, f"{path}.{field.name}")
            elif isinstance(v, str):
                yield f"{path}.{field.name}".lstrip("."), v


def findings(at: AppTest) -> list[str]:
    """Everything on this screen that is not plain text where it should be."""
    found = [f"exception: {e.value}" for e in at.exception]
    for node in at._tree:
        proto = getattr(node, "proto", None)
        if proto is None or not hasattr(proto, "ListFields"):
            continue
        kind = node.type
        for path, value in _strings(proto):
            leaf = path.rsplit(".", 1)[-1]
            if kind in EDITABLE and leaf in ("default", "value"):
                continue
            where = f"{kind}.{path} {value[:60]!r}"
            if bad := unreadable(value):
                found.append(f"{where}: unreadable {sorted(map(hex, map(ord, bad)))}")
            read_as_markdown = kind not in PLAIN_ELEMENTS and (
                leaf in MARKDOWN_FIELDS or (leaf == "options" and kind in MARKDOWN_OPTIONS)
            )
            if read_as_markdown:
                found.extend(f"{where}: {live}" for live in live_markup(value))
                if len(shown_text(value)) > SENTENCE + 200:
                    found.append(f"{where}: {len(shown_text(value))} characters")
            elif leaf == "options" and len(value) > LINE + 60:
                found.append(f"{where}: an option of {len(value)} characters")
    for frame in at.dataframe:
        for cell in frame.value.to_numpy().ravel():
            if isinstance(cell, str) and (unreadable(cell) or len(cell) > CELL):
                found.append(f"table cell {cell[:60]!r}: unreadable or {len(cell)} characters")
    return found


def assert_plain(at: AppTest, where: str) -> None:
    found = findings(at)
    assert not found, f"{where}: {len(found)} findings\n" + "\n".join(found[:15])
