"""US employment forms: W-2 (on the payroll), 1099 (self-employed) and C2C (corp-to-corp, through
the person's own company or LLC), on both sides of a contract. Australia's are the same three:
PAYG (on the payroll) is a W-2, an ABN (a sole trader's number) a 1099, a Pty Ltd (their own
company) a C2C - "PAYG only, no ABN", "$900 a day on an ABN".

A contractor in the US names the form, not just the kind: "C2C only through his LLC", "W2 is
fine, wants the benefits", "1099 or C2C only, no W2"; a role says "W2 only - no C2C or 1099".
The form rides on a contract condition as its ``form`` (detail, not a key: "1099" is contract
work in the labelled sets), and a role's forms are the ones it takes and the ones it refuses.

A UK contractor names the IR35 status the same way: "outside IR35 only", "fine inside via
umbrella", "won't touch inside"; bare "inside"/"outside" count where they can only be the
status ("outside only", "inside's fine", "would consider inside now"), and an umbrella company
is how inside work is paid. A role is one or the other: "6-month contract, inside IR35" takes
inside and so refuses outside.
"""

from __future__ import annotations

import re

# The form a contract term names: "1099", "c2c", "corp-to-corp", "w2", "W-2".
_FORM = re.compile(
    r"\b(?:(?P<w2>w-?2|payg)|(?P<t1099>1099|abn)|(?P<c2c>c2c|corp[- ]to[- ]corp|pty ltd)|"
    r"(?P<inside>inside(?:[- ](?:of[- ])?ir ?35)?|(?:via |through |an? )?umbrella)|"
    r"(?P<outside>outside(?:[- ](?:of[- ])?ir ?35)?))\b",
    re.I,
)
# A role names its status in full ("inside IR35", "outside of IR35", "paid via umbrella").
_ROLE_FORM = re.compile(
    r"\b(?:(?P<w2>w-?2|payg)|(?P<t1099>1099|abn)|(?P<c2c>c2c|corp[- ]to[- ]corp|pty ltd)|"
    r"(?P<inside>inside[- ](?:of[- ])?ir ?35|ir ?35[- ]inside)|"
    r"(?P<outside>outside[- ](?:of[- ])?ir ?35|ir ?35[- ]outside))\b",
    re.I,
)
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
_EITHER = re.compile(r"\b(?:inside|outside) (?:or|and|/) (?:inside|outside)\b", re.I)
IR35 = ("inside_ir35", "outside_ir35")


def form(term: str) -> str | None:
    """The form a contract term names ("C2C" -> "c2c"), or None."""
    m = _FORM.search(term)
    return _name(m) if m else None


def _name(m: re.Match) -> str:
    if m["w2"]:
        return "w2"
    if m["t1099"]:
        return "1099"
    if m["c2c"]:
        return "c2c"
    return "inside_ir35" if m["inside"] else "outside_ir35"


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
        for m in _ROLE_FORM.finditer(line):
            name = _name(m)
            if _REFUSED_BEFORE.search(line[: m.start()]):
                refuses.add(name)
                continue
            takes.add(name)
            if _ONLY.search(line[max(0, m.start() - 6) : m.start()]) or _ONLY.match(
                line[m.end() : m.end() + 8]
            ):
                refuses.update(f for f in FORMS if f != name)  # "W2 only"
    status = takes & set(IR35)
    if len(status) == 1 and not _EITHER.search(text):
        refuses.update(f for f in IR35 if f not in status)  # a contract is one or the other
    return frozenset(takes - refuses), frozenset(refuses)
