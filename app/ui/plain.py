"""The one way the dashboard shows outside text: names, emails, titles, notes, motivations,
reasons, opening titles, file names and exception messages.

Streamlit reads Markdown in far more places than ``st.markdown``: headers, captions, alert
boxes, and the labels of buttons, expanders, tabs, page links, metrics and every widget.
Markdown there can load a remote image (``![t](http://host/pixel.png)`` is a tracking pixel),
make a live link, or turn a bare ``www.host``, ``http://…`` or e-mail address into one.

- ``plain(value)`` makes a value safe in any of those places: it renders as exactly the
  text that was stored, on one line, never as a link, image, HTML, emoji or icon shortcode,
  colour directive or LaTeX.
- ``clean(value)`` is for places that never read Markdown (selectbox options, ``st.text``,
  ``st.code``, table cells): there an escape would show as a stray backslash.
- ``plain_table(rows)`` is ``clean`` over every text cell of a table.

Both also drop bidirectional overrides (U+202E can show ``exe.gnp`` as ``png.exe``) and
control characters, and cut very long values with an ellipsis so a 10 KB name cannot bury
the page.
"""

import re
import string
import unicodedata

import pandas as pd
from pandas.api.types import is_object_dtype, is_string_dtype

LINE = 200  # labels, headers, options: a name or a title, never a document
SENTENCE = 1_000  # a reason, a fact, an error message: a paragraph at most
CELL = 1_000

WORD_JOINER = "\u2060"  # invisible, and breaks no line
ELLIPSIS = "…"
# Embeddings, overrides, isolates and marks: they reorder what is shown, not what is stored.
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_KEPT_IN_LINES = frozenset("\n\t")
# CommonMark lets any ASCII punctuation be escaped: escaping all of it leaves no syntax
# (emphasis, links, HTML, entities, lists, "$" LaTeX) to reason about one by one.
_PUNCTUATION = re.compile(f"[{re.escape(string.punctuation)}]")
# Streamlit links "www." and "http(s)://" and e-mails after the escapes are read (remark-gfm's
# literal autolinks run on the parsed text), so an escape cannot stop them: an invisible word
# joiner inside the trigger can. After ":" it also stops ":smile:", ":material/x:" and ":red[".
_WWW = re.compile(r"(?<=www)(?=\.)", re.IGNORECASE)
_JOIN_AFTER = frozenset(":@")


def clean(value: object, *, limit: int | None = LINE, lines: bool = False) -> str:
    """The value as text with nothing that can reorder or hide it, cut to ``limit`` characters.

    One line (runs of white space become one space) unless ``lines``: then line breaks and
    tabs stay, for a résumé or a message body shown as it was written."""
    text = "" if value is None else str(value)
    kept = []
    for ch in text.replace("\r\n", "\n"):
        if ch in BIDI_CONTROLS:
            continue
        category = unicodedata.category(ch)
        if category == "Cs":  # a lone surrogate cannot even be sent to the browser
            continue
        if category in ("Cc", "Zl", "Zp") and not (lines and ch in _KEPT_IN_LINES):
            ch = "\n" if lines and category != "Cc" else " "
        kept.append(ch)
    text = "".join(kept)
    text = text.strip() if lines else " ".join(text.split())
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)].rstrip() + ELLIPSIS
    return text


def plain(value: object, *, limit: int | None = LINE) -> str:
    """Markdown that shows ``value`` as typed (cleaned, on one line): for headers, captions,
    alerts, ``st.markdown`` and every label."""
    text = _WWW.sub(WORD_JOINER, clean(value, limit=limit))
    return _PUNCTUATION.sub(_escape, text)


def _escape(match: re.Match) -> str:
    ch = match.group()
    return "\\" + ch + (WORD_JOINER if ch in _JOIN_AFTER else "")


def plain_table(rows: list[dict] | pd.DataFrame, *, limit: int | None = CELL) -> pd.DataFrame:
    """A table for ``st.dataframe`` with every text cell cleaned (cells never read Markdown)
    and an empty text cell left empty (the grid would write "None" in it)."""
    frame = rows.copy() if isinstance(rows, pd.DataFrame) else pd.DataFrame(rows)
    for column in frame.columns:
        if is_object_dtype(frame[column]) or is_string_dtype(frame[column]):
            frame[column] = frame[column].map(lambda v: _cell(v, limit))
    return frame


def _cell(value: object, limit: int | None) -> object:
    if isinstance(value, str):
        return clean(value, limit=limit)
    if value is None or (isinstance(value, float) and value != value):  # None, NaN
        return ""
    return value
