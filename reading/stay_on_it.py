"""A technology named as background, then wanted by a pronoun: "trained on Azure in the RAF, want
to stay on it", "been on Salesforce for years and keen to stick with it". The tool the pronoun
stands for (the last one named before it in the sentence, every one for "them") is wished for;
"doesn't want to stay on it" and "can't wait to get off it" are no wish. Read by
``reading.reader`` after the clauses.
"""

from __future__ import annotations

import re

from reading.facets import mentions

_STAY_ON_IT = re.compile(
    r"\b(?:wants?|wanted|keen|happy|hoping|hopes|likes?|loves?|'d like|would like|'d love|would love|"
    r"prefers?|rather)\s+(?:to\s+)?(?:stay|stick|keep (?:working|going)|carry on|continue)\s+"
    r"(?:(?:on|with|working (?:on|with)|using)\s+)(?:it|that|them|those)\b"
)
_NOT_BEFORE = re.compile(r"(?:\bnot|n't|\bnever|\bno longer)\s+(?:\w+\s+)?$")


def stayed_on(t: str, covered: list[tuple[int, int]]) -> list[tuple[dict, int, int]]:
    """(value, start, end) of each technology wished for by "want to stay on it"."""
    found = []
    for m in _STAY_ON_IT.finditer(t):
        if _NOT_BEFORE.search(t, max(0, m.start() - 16), m.start()):
            continue
        start = max(t.rfind(c, 0, m.start()) for c in ".!?;\n") + 1
        tools = [
            x
            for x in mentions(t[start : m.start()])
            if x.facet == "technology"
            and not any(a < start + x.end and start + x.start < b for a, b in covered)
        ]
        # "them" stands for every tool named ("React and Next.js, happy to stay on them")
        for x in tools if m.group().endswith(("them", "those")) else tools[-1:]:
            found.append((x.value, start + x.start, start + x.end))
    return found
