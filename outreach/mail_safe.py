"""Outside text made safe for the mail files Encore writes: header values on one line, plain
bodies, one checked address, and the ``mailto:`` link and ``.eml`` file built from them.

Names, titles, emails and notes come from ATS exports and forms, so they may hold line breaks
of every kind (CR, LF, NEL, U+2028/2029…), control characters, bidi overrides or text crafted
to add a header. Rather than let the email library refuse such a value (a traceback and no
file), every header value is reduced to one clean line here, and every address must be one
plain address or it is left out.
"""

import re
import unicodedata
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default as default_policy
from urllib.parse import quote

SUBJECT_LIMIT = 200
NAME_LIMIT = 100

# Bidi embeddings, overrides, isolates and marks: they reorder what a reader sees.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Everything ``str.splitlines`` breaks on, plus tab and the unit separator.
_BREAKS = re.compile(r"\r\n|[\r\n\v\f\x1c\x1d\x1e\x1f\x85\u2028\u2029]")
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-\u0080-\U0010ffff]+"
_LOCAL = re.compile(rf"{_ATOM}(?:\.{_ATOM})*")
_LABEL = re.compile(r"(?!-)[A-Za-z0-9\-]{1,63}(?<!-)")


def _dropped(ch: str) -> bool:
    """Characters that have no business in a mail file: controls, lone surrogates, bidi."""
    return ch in _BIDI or unicodedata.category(ch) in ("Cc", "Cs")


def header_line(text: object, *, limit: int = SUBJECT_LIMIT) -> str:
    """One line for a header (or a calendar summary): breaks and tabs become spaces, controls
    and bidi characters go, runs of spaces shrink to one, and long text ends in "…"."""
    flat = _BREAKS.sub(" ", str(text or "")).replace("\t", " ")
    line = " ".join("".join(ch for ch in flat if not _dropped(ch)).split())
    # "=?…?=" reads back as an encoded word, so the header would not say what was written.
    line = line.replace("=?", "= ?")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def body_text(text: object) -> str:
    """A plain-text body: every kind of line break becomes "\\n", controls (bar tab) and bidi
    characters go; it ends with one newline."""
    lines = _BREAKS.sub("\n", str(text or ""))
    kept = "".join(ch for ch in lines if ch in "\n\t" or not _dropped(ch))
    return kept.strip("\n") + "\n"


def single_address(value: object) -> str | None:
    """``value`` as one plain address (local@domain, an internationalised domain in its
    ASCII form), or None when it is anything else: empty, two addresses, a display name,
    query text (``a@b.c?bcc=…``), spaces or control characters."""
    text = str(value or "").strip()
    if not text or len(text) > 254 or any(ch.isspace() or _dropped(ch) for ch in text):
        return None
    local, at, domain = text.rpartition("@")
    if not at or len(local) > 64 or not _LOCAL.fullmatch(local):
        return None
    try:
        ascii_domain = domain.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return None
    labels = ascii_domain.split(".")
    if len(labels) < 2 or not all(_LABEL.fullmatch(label) for label in labels):
        return None
    if labels[-1].isdigit():
        return None
    return f"{local}@{ascii_domain}"


def mailto_url(to: str | None, subject: str, body: str) -> str:
    """An RFC 6068 link: the address and every field percent-encoded, line breaks as CRLF.

    ``to`` that is not a single plain address is left out: the mail client then asks."""
    address = single_address(to)
    target = ""
    if address:
        local, _, domain = address.rpartition("@")
        target = f"{quote(local, safe='+')}@{domain}"
    crlf_body = body_text(body).rstrip("\n").replace("\n", "\r\n")
    return (
        f"mailto:{target}?subject={quote(header_line(subject), safe='')}"
        f"&body={quote(crlf_body, safe='')}"
    )


def eml_bytes(*, to: str | None, name: str | None, subject: str, body: str) -> bytes:
    """A draft as a ``.eml`` file a mail client opens for editing: one To (when the address is
    a single plain one), a one-line Subject, a plain body; nothing else from outside text."""
    address = single_address(to)
    local, _, domain = (address or "").rpartition("@")
    # Lines up to RFC 5322's hard limit: folding at 78 splits a long word with a space that
    # the reader keeps. An internationalised mailbox (josé@…) needs UTF-8 headers (RFC 6532).
    policy = default_policy.clone(max_line_length=998, utf8=not local.isascii())
    message = EmailMessage(policy=policy)
    if address:
        name = header_line(name, limit=NAME_LIMIT)
        message["To"] = Address(display_name=name, username=local, domain=domain)
    message["Subject"] = header_line(subject)
    message["X-Unsent"] = "1"  # mail clients open it as a draft to edit and send
    message.set_content(body_text(body))
    return bytes(message)
