"""A job description cut into what the role needs, would like, does and gives.

Job descriptions are written under headings ("What you'll need", "Nice to have", "What we
offer", "About you") or as bullets with a cue in the line itself ("5+ years of…", "Bonus:
mentoring experience", "We offer a 4-day week"). Matching reads requirements as skills to
cover and offers as things a person may want; mixing them up tells a candidate a role
"offers" what it in fact demands, so each line is put in one section here:

- ``requirements``: must-haves ("you have", "must have", "5+ years")
- ``nice``: nice-to-haves ("bonus", "a plus", "nice to have")
- ``duties``: what the person will do ("you will", "responsibilities")
- ``offers``: what the role gives (pay, benefits, flexibility, growth, mission)
- ``conditions``: terms of the job (location, office days, on-call, travel, visa, contract)
- ``about``: the company and everything else
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SECTIONS = ("requirements", "nice", "duties", "offers", "conditions", "about")

_HEADINGS: list[tuple[str, re.Pattern]] = [
    (
        "nice",
        re.compile(
            r"nice[- ]to[- ]haves?|bonus points|(it'?s a |would be a )?plus|desirable|preferred"
            r"( qualifications| skills)?|good to have|extra credit|even better",
            re.I,
        ),
    ),
    (
        "requirements",
        re.compile(
            r"requirements?|must[- ]haves?|what you('ll| will)? (need|bring|have)|about you|"
            r"who you are|you (have|bring|are)|your (profile|skills|experience|background)|"
            r"qualifications|essential|skills( and experience)?|experience|"
            r"we('re| are) looking for|"
            r"what we('re| are) looking for|the ideal candidate|minimum|key skills",
            re.I,
        ),
    ),
    (
        "duties",
        re.compile(
            r"responsibilit(y|ies)|what you('ll| will) do|you will|your (role|day|mission|impact)|"
            r"the role|in this role|day[- ]to[- ]day|key duties|duties|what the job involves",
            re.I,
        ),
    ),
    (
        "offers",
        re.compile(
            r"what we offer|we offer|benefits|perks|why (join|work)|what('s| is) in it for you|"
            r"what you('ll| will) get|compensation|salary|package|rewards?|we give|"
            r"you('ll| will) get",
            re.I,
        ),
    ),
    (
        "conditions",
        re.compile(
            r"location|where you('ll| will) work|working (pattern|arrangements?|hours)|"
            r"logistics|practicalities|the details|hours|on[- ]call|travel|visa|right to work|"
            # the terms under a catch-all heading: "Good to know", "Working conditions", "How we
            # work", "Others"
            r"good to know|(?:working )?conditions|how we work|others|other (?:info(?:rmation)?|details)|"
            r"additional (?:info(?:rmation)?|details)",
            re.I,
        ),
    ),
    ("about", re.compile(r"about (us|the (company|team))|who we are|our (story|mission)", re.I)),
]

_BULLET = re.compile(r"^\s*(?:[-*•·–▪●◦]|\d{1,2}[.)])\s+")
_HEADING_LINE = re.compile(r"^\s*#{0,4}\s*([A-Za-z][^.!?:]{1,60}?)\s*:?\s*$")
_INLINE_HEAD = re.compile(r"^\s*([A-Za-z][A-Za-z'’ /&-]{2,40}):\s+(\S.*)$")

_LINE_CUES: list[tuple[str, re.Pattern]] = [
    (
        "nice",
        re.compile(
            r"\b(nice to have|bonus|a plus|is a plus|would be great|desirable|ideally)\b", re.I
        ),
    ),
    (
        "requirements",
        re.compile(
            # ("as required", "when required" is how often, not a must-have)
            r"\b(\d+\+? ?(years?|yrs)|must|(?<!as )(?<!when )(?<!if )(?<!where )required|requirement|you have|you bring|you are|"
            r"experience (with|in|of|building)|proficien|fluen|knowledge of|degree in|"
            r"track record|familiar(ity)? with|understanding of|ability to|strong \w+ skills)\b",
            re.I,
        ),
    ),
    (
        "conditions",
        re.compile(
            r"\b(on[- ]?call|rota|shifts?|night|weekends?|travel|visa|sponsor|right to work|"
            r"relocat|office|on[- ]?site|hybrid|remote|days? (a|per) week|based in|location|"
            r"contract|permanent|fixed[- ]term|part[- ]time|full[- ]time|hours)\b",
            re.I,
        ),
    ),
    (
        "offers",
        re.compile(
            r"\b(we offer|you('ll| will) get|salary|£|€|\$|equity|bonus scheme|pension|holiday|"
            r"vacation|annual leave|learning budget|benefits?|perks?|flexib|4[- ]day week|"
            r"four[- ]day week|growth|progression|mentor(ing|ship) from|career|health insurance|"
            r"parental leave|wellbeing|stock options|allowance|budget)\b",
            re.I,
        ),
    ),
    (
        "duties",
        re.compile(
            r"^\s*(you('ll| will)|build|design|own|lead|drive|work with|partner with|ship|"
            r"develop|maintain|manage|deliver|collaborate)\b",
            re.I,
        ),
    ),
]


@dataclass
class RoleText:
    sections: dict[str, list[str]] = field(default_factory=lambda: {s: [] for s in SECTIONS})

    def lines(self, *names: str) -> list[str]:
        return [line for name in names for line in self.sections[name]]


def _heading(line: str) -> str | None:
    """The section a heading line opens, or None when the line is not a heading."""
    found = _HEADING_LINE.match(line)
    if not found or _BULLET.match(line) or len(found.group(1).split()) > 8:
        return None
    text = found.group(1)
    if not line.rstrip().endswith(":") and re.search(r"\d\s?%", text):
        return None  # "Travel about 30 %": a term, not a heading over terms
    if not line.rstrip().endswith(":") and not line.lstrip().startswith("#") and not text.istitle():
        # A short line without a colon, hash or Title Case is more likely a sentence.
        if len(text.split()) > 4:
            return None
    for section, pattern in _HEADINGS:
        if pattern.fullmatch(text.strip(" :#*")) or pattern.match(text.strip(" :#*")):
            return section
    return None


def _by_cue(line: str) -> str | None:
    for section, pattern in _LINE_CUES:
        if pattern.search(line):
            return section
    return None


def split_role_text(text: str) -> RoleText:
    """Every non-empty line of a job description, in the section it belongs to.

    Under a heading, a line belongs to the heading's section unless its own cue says it is a
    nice-to-have ("Bonus: …" under "Requirements"). Outside any heading the line's cue decides,
    and a line with no cue is ``about``.
    """
    result = RoleText()
    current: str | None = None
    for raw in text.splitlines():
        if not raw.strip():
            continue
        heading = _heading(raw)
        if heading:
            current = heading
            continue
        line = _BULLET.sub("", raw).strip()
        inline = _INLINE_HEAD.match(line)
        section = None
        if inline:
            section = _heading(inline.group(1) + ":")
            # "Travel: approx. 60% of your time": the label is the travel the share is of
            if section and not inline.group(1).lower().startswith("travel"):
                line = inline.group(2).strip()
        cue = _by_cue(line)
        if section is None:
            if cue == "nice":
                section = "nice"
            elif current in ("requirements", "nice", "duties", "offers", "about"):
                # Under a heading the heading decides; a condition line under "About" or
                # "Offers" ("2 days a week in the office") is still a condition.
                section = (
                    "conditions" if cue == "conditions" and current != "requirements" else current
                )
            elif current == "conditions":
                section = "conditions"
            else:
                section = cue or "about"
        result.sections[section].append(line)
    return result
