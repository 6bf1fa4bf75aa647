"""A wait asked for in an earlier year, recalled: "Last year I asked you to wait till after New
Year; this year there's no need". It was that year's request, not one for now - unless the note
says it holds again ("same again this year", "still").

``reading.waits`` skips a time said inside such a recollection.
"""

from __future__ import annotations

import re

# The sentence opens on an earlier year, and someone asked or said before the time.
_RECALLED = re.compile(
    r"^\W*(?:back )?(?:last (?:year|yr)|the year before|a year ago)\b"
    r"[^.;!?]*\b(?:asked|said|told|wanted|requested|begged)\b[^.;!?]*$"
)
# ... unless the note says it holds again.
_AGAIN = re.compile(
    r"\b(?:same (?:again|this year|as last year)|again this year|this year too|still (?:wants?|needs?|asks?)|"
    r"the same (?:this|again))\b"
)


def recalled_from_last_year(text: str, sentence_start: int, time_start: int) -> bool:
    """Whether the time at ``time_start`` is inside a wait asked for in an earlier year."""
    return bool(_RECALLED.match(text[sentence_start:time_start])) and not _AGAIN.search(text)
