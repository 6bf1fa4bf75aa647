"""Profile links in a cell or a résumé, as tags: ``profile:linkedin.com/in/ana-silva``.

Duplicates are found by these tags, so the same profile written two ways is one tag.
"""

import re

# A link is found by its "<dot><top-level domain>/" and grown outwards from there: one pass
# over the cell. (A single regex for the whole link backtracks quadratically on a long cell
# of letters, a hostile file's way to stall an import.)
_TLD_SLASH = re.compile(r"\.[a-z]{2,}/", re.I)
_DOMAIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
_LINK_END = re.compile(r"[\s,;]")


def profile_tags(value: str) -> list[str]:
    """``profile:linkedin.com/in/ana-silva`` for each link, normalised so the same profile
    written two ways is one tag (duplicates are found by it): the scheme and ``www.`` left
    out, lower case, no trailing slash."""
    tags = []
    pos = 0
    while found := _TLD_SLASH.search(value, pos):
        start = found.start()
        while start > pos and value[start - 1].lower() in _DOMAIN_CHARS:
            start -= 1
        if start == found.start():  # ".com/" with no name before it
            pos = found.start() + 1
            continue
        end = _LINK_END.search(value, found.end())
        pos = end.start() if end else len(value)
        link = value[start:pos].lower()
        if link.startswith("www.") and found.start() - start > 4:  # a name left after it
            link = link[4:]
        tags.append(f"profile:{link.rstrip('/')}")
    return tags
