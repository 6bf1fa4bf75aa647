"""US employment forms: W-2 (on the payroll), 1099 (self-employed) and C2C (corp-to-corp, through
the person's own company or LLC), on both sides of a contract.

A contractor in the US names the form, not just the kind: "C2C only through his LLC", "W2 is
fine, wants the benefits", "1099 or C2C only, no W2"; a role says "W2 only - no C2C or 1099".
The form rides on a contract condition as its ``form`` (detail, not a key: "1099" is contract
work in the labelled sets), and a role's forms are the ones it takes and the ones it refuses.
"""

from __future__ import annotations

import re

# The form a contract term names: "1099", "c2c", "corp-to-corp", "w2", "W-2".
_FORM = re.compile(r"\b(?:(?P<w2>w-?2)|(?P<t1099>1099)|(?P<c2c>c2c|corp[- ]to[- ]corp))\b", re.I)
# Words that make a W-2 seat contract work: "W2 contract", "contract-to-hire", "$70/hr on W2".
_CONTRACT_WORDS = re.compile(
    r"\b(?:contract(?:s|or|ing)?|c2h|contract[- ]to[- ]hire|1099|c2c|corp[- ]to[- ]corp|"
    r"per hour|an hour|/ ?hr?|hourly)\b",
    re.I,
)
_REFUSED_BEFORE = re.compile(
    r"\b(?:no|not|never|without|cannot|can't|won't|don't|doesn't|unable to)\b(?:\W+[\w/-]+){0,3}\W*$",
    re.I,
)
_ONLY = re.compile(r"^\W*only\b|\bonly\W*$", re.I)
FORMS = ("w2", "1099", "c2c")


def form(term: str) -> str | None:
    """The form a contract term names ("C2C" -> "c2c"), or None."""
    m = _FORM.search(term)
    if not m:
        return None
    return "w2" if m["w2"] else "1099" if m["t1099"] else "c2c"


def w2_kind(sentence: str) -> str:
    """A W-2 seat is contract work when the sentence says so ("W2 contract-to-hire", "on W2 at
    $70 an hour"), else a job on the payroll."""
    return "contract" if _CONTRACT_WORDS.search(sentence) else "permanent"


def role_forms(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(forms the role takes, forms it refuses) from its title and terms: "W2 only - no C2C or
    1099" takes W-2 and refuses the other two."""
    takes: set[str] = set()
    refuses: set[str] = set()
    for line in re.split(r"[\n.;]", text):
        for m in _FORM.finditer(line):
            name = form(m.group())
            if _REFUSED_BEFORE.search(line[: m.start()]):
                refuses.add(name)
                continue
            takes.add(name)
            if _ONLY.search(line[max(0, m.start() - 6) : m.start()]) or _ONLY.match(
                line[m.end() : m.end() + 8]
            ):
                refuses.update(f for f in FORMS if f != name)  # "W2 only"
    return frozenset(takes - refuses), frozenset(refuses)
