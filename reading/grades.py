"""Grade steps of public services and international organisations, on both sides: the grade a
person wants or will not step down to ("wants a P4", "band 7 or above", "won't go back to HEO")
and the grade a role is posted at ("Programme Officer (P-4)", "Staff Nurse, Band 6", "GS-13").

A grade is a rank within its scheme, and only grades of one scheme are compared: UN professional
and director grades (P1-P5, D1-D2), UN general service (G1-G7) and national officers (NO-A to
NO-D), the US General Schedule (GS-1 to GS-15), the NHS Agenda for Change (Band 2 to Band 9, 8a-8d),
the UK Civil Service (AO, EO, HEO, SEO, Grade 7, Grade 6, SCS), Canada's groups (EC-05, PM-04,
IT-03...) and the Australian Public Service (APS 1-6, EL1, EL2, SES). A grade named as history
("was a P3 in 2019") is no condition.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reading.clauses import Clause
from reading.direction import overlaps, polarity

_UK = {"aa": 1, "ao": 2, "eo": 3, "heo": 4, "seo": 5, "g7": 6, "grade 7": 6, "g6": 7, "grade 6": 7}
_CANADA = r"eg|es|pm|ec|as|it|pe|fi|is|ro|cr|en|ps|pg|ma|ad"
# One alternation for every scheme; the named groups say which scheme matched.
_GRADE = re.compile(
    r"(?<![\w-])(?:"
    # UN professional and director grades: "P-4", "a P4", "D1" (not a P1 incident or a P2 bug)
    r"(?P<un_p>p-?[1-5]|d-?[12])(?!\s?(?:incidents?|bugs?|tickets?|issues?|priorit\w*|outages?|"
    r"calls?|sev\w*|alerts?|tasks?))"
    # UN general service and national officers: "G-5", "GS6" after a UN word, "NO-B", "NOC level"
    r"|(?P<un_g>g-[1-7]|g[1-5])"
    r"|(?P<un_no>no-?[a-d](?=\s?(?:level|grade|post|position|role)s?\b)|no-[a-d])"
    # the US General Schedule: "GS-13", "GS 12"
    r"|(?P<gs>gs[- ]?(?:1[0-5]|[1-9]))"
    # the NHS Agenda for Change: "Band 7", "band 8a", "B7" is left alone
    r"|(?:(?:afc |nhs |agenda for change )?band |afc )(?P<nhs>[2-9](?:[abcd]\b)?)"
    # an 8a-8d said bare, in an NHS setting: "acting up at 8b", "8b posts only"
    r"|(?P<nhs8>8[a-d])(?![\w-])"
    # the UK Civil Service
    r"|(?P<uk>a[ao]|eo|heo|seo|g[67]|grade [67]|scs(?:1|2| ?pb[12])?)"
    # Canada's occupational groups: "EC-05", "PM-04", "IT-03"
    r"|(?P<ca>(?:" + _CANADA + r")-0?[1-9])"
    # the Australian Public Service: "APS6", "APS 5", "EL1", "EL 2", "SES band 1"
    # (a bare "ses" only before a grade's word or a stop: French "ses modèles" is "its models")
    r"|(?P<aps>aps ?[1-6]|el ?[12]|ses(?: band ?[1-3]|(?=\s?(?:$|[.,;:!?)+/]|(?:band|level|roles?|posts?|"
    r"positions?|grades?|officers?|jobs?|or|and|minimum|equivalent|only)\b))))"
    r")(?![\w-])(?P<plus>\s?\+| or above| or higher| and above| or more| and up| minimum)?"
)


def _rank(m: re.Match) -> tuple[str, int, str] | None:
    """(scheme, rank, the grade as said) of one match."""
    if m["un_p"]:
        g = m["un_p"].replace("-", "")
        return "un_p", int(g[1]) + (5 if g[0] == "d" else 0), g.upper()
    if m["un_g"]:
        g = m["un_g"].replace("-", "")
        return "un_g", int(g[1]), g.upper()
    if m["un_no"]:
        g = m["un_no"][-1]
        return "un_no", "abcd".index(g) + 1, "NO-" + g.upper()
    if m["gs"]:
        n = int(re.sub(r"\D", "", m["gs"]))
        return "gs", n, f"GS-{n}"
    if m["nhs"] or m["nhs8"]:
        g = m["nhs"] or m["nhs8"]
        return "nhs", int(g[0]) * 10 + ("abcd".index(g[1]) + 1 if len(g) > 1 else 0), f"Band {g}"
    if m["uk"]:
        g = m["uk"]
        if g.startswith("scs"):
            return "uk", 8, "SCS"
        return "uk", _UK[g], g.upper() if len(g) <= 3 else g.capitalize()
    if m["ca"]:
        group, n = m["ca"].split("-")
        return "ca_" + group, int(n), f"{group.upper()}-{int(n):02d}"
    if m["aps"]:
        g = m["aps"].replace(" ", "")
        if g.startswith("aps"):
            return "aps", int(g[3]), g.upper()
        if g.startswith("el"):
            return "aps", 6 + int(g[2]), g.upper()
        return "aps", 9, "SES"
    return None


# A grade needs a grade's setting to be one: a UN agency, a public service or a grade word nearby
# ("AO" or "EO" alone are too common to trust without one).
_SETTING = re.compile(
    r"\b(?:un|undp|unicef|unhcr|wfp|who|ilo|unfpa|unops|iom|fao|unesco|ocha|unrwa|world bank|imf|"
    r"civil service|civil servants?|nhs|afc|agenda for change|federal|usajobs|government|"
    r"public service|department|ministry|agency|grades?|band(?:ed|s)?|level|post|posts|"
    r"promotion|step(?:ping)? (?:up|down)|aps|el[12]|heo|seo|g7|p-?[2-5]|gs-?\d+|trust|council|"
    r"secretariat|mission|humanitarian|ngo|hospital|ward|nurse|midwife|officer)\b"
)


def grades(text: str) -> list[tuple[str, int, str, int, int, bool]]:
    """(scheme, rank, grade, start, end, floor) of each grade said in ``text`` (lower case)."""
    found = []
    for m in _GRADE.finditer(text):
        got = _rank(m)
        if got is None:
            continue
        scheme, rank, said = got
        loose = (
            m["uk"] in ("aa", "ao", "eo")
            or bool(m["un_g"] and "-" not in m["un_g"])
            or bool(m["nhs8"])
        )
        if loose and not _SETTING.search(text):
            continue  # "AO" or "G5" alone: no grade without a grade's setting
        end = m.end("plus") if m["plus"] else m.end()
        found.append((scheme, rank, said, m.start(), end, bool(m["plus"])))
    return found


@lru_cache(maxsize=4096)
def role_grade(title: str, text: str) -> tuple[str, int, str] | None:
    """The grade a role is posted at: its title's, else the first its text names."""
    for said in (title.lower(), text.lower()):
        for scheme, rank, grade, *_ in grades(said):
            return scheme, rank, grade
    return None


# The grade after a cue that makes it the lowest taken: "at least a P4", "nothing below band 7",
# "won't go back to HEO" (a step down refused: that grade and below are out).
_FLOOR_BEFORE = re.compile(
    r"\b(?:at least|minimum(?: of)?|min\.?|nothing (?:below|under|less than)|not (?:below|under)|"
    r"only (?:for |at |looking at )?(?:an? )?)\W*(?:an? )?$"
)
# The grade right after a cue that wants it, whatever cue the clause began with ("turned down a P3,
# holding out for a P4"; "going for band 7 posts").
_WANT_BEFORE = re.compile(
    r"\b(?P<cue>going for|applying for|aiming (?:for|at)|ready for|up to|step(?:ping)? up to|"
    r"promotion to|move up to|looking (?:for|at)|wants?|after|holding out for|holds out for|"
    r"waiting for)\s(?:an? |the |her |his |their )?(?:next |first )?$"
)
# The grade then said not to do: "a P4 wouldn't do", "band 6 is too junior for her now".
_REFUSED_AFTER = re.compile(
    r"\W*(?:(?:posts?|roles?|jobs?|grades?|level|bands?)\W+)?(?:(?:would|will|does|did|is|was)(?:n'?t| not)"
    r" (?:do|cut it|work|suit|be enough)|(?:is|'s|was|are) (?:too (?:low|junior)|not enough|out|a no)|"
    r"(?:is |'s )?off the table)\b"
)
_CURRENT = re.compile(r"\b(?:currently|now|presently|at|is|as) (?:an? )?$")
_NO_STEP_DOWN = re.compile(
    r"\b(?:won'?t|will not|not|no|never|refuses? to|doesn'?t want to) (?:go |going |step |stepping |drop |"
    r"dropping |move |moving )?(?:back |down )?(?:a )?(?:grade|step|band|level)?\s?(?:down|back)\b"
)


def read_grades(t: str, clause: Clause, out, taken: list) -> None:
    """Grades wanted or refused in one clause of the lower-cased note ``t``."""
    c0, c1 = clause.start, clause.end
    for scheme, rank, grade, a, b, floor in grades(t[c0:c1]):
        a, b = a + c0, b + c0
        if overlaps(a, b, taken):
            continue
        pol = polarity(t, clause, a, b)
        before = t[c0:a]
        want = _WANT_BEFORE.search(before)
        if want and pol != "background":
            pol = "must" if want["cue"].startswith("hold") else "wish"
        if _REFUSED_AFTER.match(t, b, c1):
            pol = "avoid"  # "said a P4 wouldn't do either"
        if (
            pol in (None, "background")
            and _CURRENT.search(before)
            and _NO_STEP_DOWN.search(t[b:c1])
        ):
            pol = "must"  # "currently a P4 and won't step down": the grade held is the floor
        if pol == "wish" and (floor or _FLOOR_BEFORE.search(before)):
            pol = "must"  # "band 7+ only", "at least a P4"
        elif pol is None and floor:
            pol = "must"  # "P4+"
        if pol in (None, "background"):
            continue  # "was a P3 in Nairobi": history
        value = {"level": grade, "grade": grade, "scheme": scheme, "rank": rank}
        out.add("seniority", pol, value, a, b, 0.7, "rule:grade")
        taken.append((a, b))


def grade_met(value: dict, pol: str, has: tuple[str, int, str] | None) -> bool | None:
    """A grade wanted (met at it or above) or refused (that grade misses: "won't go back to P3",
    "doesn't want the Band 7 admin" say nothing of the grades either side) against the role's
    grade ``has`` in the same scheme; a role of another scheme or none answers nothing."""
    if has is None or has[0] != value.get("scheme"):
        return None
    if pol == "avoid":
        return False if has[1] == value["rank"] else None
    return has[1] >= value["rank"]
