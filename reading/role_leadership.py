"""Whether a role leads people or leads technically.

People: a leading seniority, "manage a team of 6", "Head Chef", a title that runs a site or a crew
("Site Manager", "General Foreman"), unless the role says it is an individual contributor one;
an intern's, a graduate's or a junior's role leads nobody unless it says so.
Technically: "set the technical direction", "Tech Lead", with or without reports.
"""

from __future__ import annotations

import re

from reading.role_text import RoleText

LEADING = {"lead", "manager", "director", "executive"}
# The first rungs: an intern, a graduate or a junior hire has no one to manage (unless the
# role says so: "junior team lead of 3" still counts its team).
ENTRY = {"intern", "junior", "graduate"}


_MANAGES = re.compile(
    r"\b(manage|managing|lead|leading|line[- ]manag\w*)\s+(a|the|our)?\s*"
    r"(team|squad|group)\s*(of\s*\d+)?|"
    # a team counted, under another verb: "will handle a team of 12 tele-callers", "supervise a
    # team of 8", "head up a team of five" (not "work with a team of 12")
    r"\b(handl\w*|supervis\w*|oversee\w*|overseeing|head(?:s|ing)?(?: up)?|run(?:s|ning)?)\s+"
    r"(a|the|our|your)\s+team\s+of\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\b|"
    r"direct reports|people (management|leadership)|line management|grow (and lead )?the team",
    re.I,
)
# Running the place outside an office, with the people in it: "Head Chef", "lead the kitchen and
# its brigade of six", "run the ward", "Ward Manager".
_RUNS_THE_PLACE = re.compile(
    r"\b(?:head|executive) chef\b|\bhead of department\b|\bward manager\b|\bstore manager\b|"
    r"\b(?:lead|leading|run|running|manage|managing)\s+(?:the\s+|a\s+|our\s+)?"
    r"(?:kitchen|brigade|ward|department|store)\b|\bbrigade of (?:\d+|\w+)\b",
    re.I,
)
# A title that runs a site or a crew: "Site Manager", "Electrical Chargehand", "General Foreman",
# "Shift Supervisor" (the title only: a description's "reporting to the site manager" is not it).
_RUNS_A_SITE = re.compile(
    r"(?<!assistant )(?<!assistant-)\b(?:site|construction) manager\b|\b(?:general )?fore(?:man|woman)\b|"
    r"\bcharge ?hand\b|\bsupervisor\b|\bleading hand\b",
    re.I,
)
# Technical leadership, with or without reports: "set the technical direction", "lead design
# reviews", "Tech Lead", "own the architecture".
_SETS_DIRECTION = re.compile(
    r"\b(?:(?:set|sets|setting|own|owns|owning|drive|drives|driving|shape|shapes|shaping)\s+"
    r"(?:the\s+|our\s+)?(?:technical|tech|engineering|architectural)\s+(?:direction|vision|"
    r"strategy|roadmap)|tech(?:nical)?[- ]lead(?:ership)?|lead(?:ing)?\s+(?:the\s+)?"
    r"(?:design|architecture)\s+reviews?|own(?:s|ing)?\s+the\s+architecture)\b",
    re.I,
)
# A title that leads whatever its level: "Shift Lead", "Junior Team Leader" (not asked at entry level).
_LEADS_IN_TITLE = re.compile(
    r"\b(?:lead|leader|supervisor|manager|head|chief|foreman|forewoman|captain|charge ?hand)\b",
    re.I,
)
_NO_MANAGING = re.compile(
    r"\b(individual contributor|\bIC\b role|no (line[- ]|people[- ])?management|hands[- ]on,? not managing|"
    r"(no|zero|without|not have any|no formal) (direct )?reports)",
    re.I,
)


def manages(
    *,
    title: str,
    seniority: str | None,
    terms: str,
    description: str | None,
    said: str,
    sections: RoleText,
) -> bool | None:
    """True: the role manages people; False: it says it does not; None: it does not say.
    ``said`` is what the company says of the role and itself (``role_facts``)."""
    leads: bool | None = None
    if (
        seniority in LEADING
        or _MANAGES.search("\n".join([title, *sections.lines("duties"), terms]))
        or _RUNS_THE_PLACE.search("\n".join([title, description or ""]))
        or _RUNS_A_SITE.search(title)
    ):
        leads = True
    if leads is None and seniority in ENTRY and not _LEADS_IN_TITLE.search(title):
        leads = False  # a graduate scheme or an internship: hands-on work, nobody reporting
    if _NO_MANAGING.search(said):  # "Individual contributor role." among the duties
        leads = False
    return leads


def sets_direction(text: str) -> bool:
    return bool(_SETS_DIRECTION.search(text))
