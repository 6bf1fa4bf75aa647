"""Titles and seniority a person asks for ("wants a staff engineer title", "step up to senior")."""

from __future__ import annotations

import re

from reading.gates import gated
from reading.title_shorthand import CHIEF_OFFICERS

_LEVEL_WORDS = {
    "intern": "intern",
    "internship": "intern",
    "internships": "intern",
    "graduate": "junior",
    "grad": "junior",
    "junior": "junior",
    "entry level": "junior",
    "entry-level": "junior",
    "mid": "mid",
    "mid-level": "mid",
    "mid level": "mid",
    "midweight": "mid",
    "mid-weight": "mid",
    "mid weight": "mid",
    "intermediate": "mid",
    "senior": "senior",
    "senior staff": "staff",
    "senior principal": "staff",
    "staff": "staff",
    "principal": "staff",
    "principle": "staff",
    "lead": "lead",
    "manager": "manager",
    "director": "director",
    "dir": "director",
    "head of": "director",
    "vp": "executive",
    "vice president": "executive",
    "cto": "executive",
    "ceo": "executive",
    "coo": "executive",
    "cfo": "executive",
    "cpo": "executive",
    "cio": "executive",
    "exec": "executive",
    "chief": "executive",
    "c-level": "executive",
    "executive": "executive",
}
_ROLE = (
    r"(?:(?:software|backend|back[- ]end|frontend|front[- ]end|full[- ]?stack|data|ml|machine learning|"
    r"ai|platform|infrastructure|infra|devops|site reliability|security|cloud|mobile|ios|android|qa|"
    r"test|embedded|systems|solutions|product|ux|ui|design|analytics|research|web|game|network|"
    r"database|integration|release|reliability|applied|quantitative|python|java|go|react|\.net|"
    r"salesforce|devsecops|automation|graphics|firmware|hardware|electrical|mechanical|"
    r"customer success|sales|marketing|engineering|technical|delivery|programme|program|project|"
    r"business|growth|operations|finance|financial|hr|people|support|content|brand|partnerships) )?"
    r"(?:engineer|developer|dev|scientist|analyst|architect|designer|researcher|sre|programmer|"
    r"consultant|manager|owner|lead|director|tester|controller|specialist|coordinator|pm)"
)
_SENIOR = r"(?:senior staff|senior principal|senior|staff|principal|principle|lead|junior|mid[- ]level|graduate|associate|distinguished|chief|head)"
_TITLE = re.compile(
    rf"(?<![\w-])(?:(?:{_SENIOR}) {_ROLE}|head of (?:platform engineering|engineering|engineer\b|data science|data|product|platform|design|"
    r"infrastructure|technology|security|ai|ml|analytics|devops|qa|mobile|backend|"
    r"frontend|software|people|talent|it|growth|marketing|sales|operations|ops|finance|hr|"
    r"customer success|partnerships|content|brand|research|architecture|cloud|sre|"
    r"site reliability|developer experience|delivery|programmes?|quality|ux)|(?:director|vp|vice president) (?:of )?(?:engineering|data|"
    r"product|technology|platform|software)|cto|chief technology officer|cto|tech(?:nical)?[- ]lead|"
    r"engineering manager|product manager|team lead|chief of staff|"
    # a move into the work a title does: "off the tools into project management"
    r"(?:(?<=into )|(?<=move to )|(?<=across to )|(?<=over to ))(?:project|programme|program) management|ceo|coo|cfo|cpo|cio|ciso|cdo|"
    r"chief (?:data|product|information|executive|operating) officer|"
    r"vp(?: of)? (?:engineering|engineer|eng|data|product|technology|tech|platform|software|sales|"
    r"marketing|operations|ops|finance|people|design|infrastructure|security|it|delivery|growth|"
    r"customer success|analytics|ai|ml|research|partnerships)|vp(?= titles?\b)|"
    rf"{_ROLE})\b"
)
_LEVEL = gated(
    re.compile(
        # "a graduate school", "grad students": a university's, no level of the person's
        r"\b(?:intern(?:ships?)?|(?:graduate|grad)(?! (?:schools?|students?|studies|study|degrees?|diplomas?|"
        r"certificates?|research|teaching|supervision|courses?)\b)|junior|entry[- ]level|mid[- ]level|mid level|midweight|"
        r"(?<=not )mid\b|(?<=or )mid\b|(?<=and )mid\b|(?<= as )mid\b|(?<= at )mid\b|mid(?= or | and |/)|"
        r"intermediate|mid[- ]?weight|senior|(?<!chief of )staff|principal|principle|lead|manager|director|dir(?=\+)|head of|vp|vice president|"
        r"cto|ceo|coo|cfo|cpo|cio|c-level|exec(?=s?\b)|executive|chief(?! of staff))\b"
    )
)
# "manager level or up", "manager grade and above": a level, as a floor
_LEVEL_OR_UP = re.compile(r" (?:level|grade|band)? ?(?:or|and) (?:up|above|higher|upwards)\b")
_IN_THE_TITLE = re.compile(r"\W*in (?:the|a|his|her|their|my) titles?\b")
# "staff" and "lead" are ordinary words too: only a level next to a role or a level word.
_LEVEL_CONTEXT = re.compile(
    r"^\W*(?:(?:or|and|/)\W*\w+\W+)?(?:[\w.#+]+ (?=roles?\b|positions?\b|jobs?\b))?(?:level|role|roles|position|positions|titles?|grade|band|engineer|developer|or above|in (?:the|a|his|her|their|my) title|"
    r"and above|\+|ic|track|scope|level roles|-level)\b"
)
_LEVEL_LEAD_IN = re.compile(
    r"\b(?:step(?:ping)? up to|move up to|promotion to|promoted to|become|becoming|reach|"
    r"get to|next step|aiming for|at|a|an|below|under|above|than|at least|minimum|stay|staying|remain|"
    r"(?:level(?:led|ed)?|in|her|him|them) as|"
    r"go(?:ing)? up to|ready for|"
    r"remaining)\W*$"
)


# A title in quotes where titles are the subject: "won't accept 'Senior II'", "being a 'Developer'".
_QUOTED = re.compile(r"(?<![\w'])['\"‘“](?P<q>[a-z][\w/.+ -]{1,30}?)['\"’”](?!\w)")
_TITLE_TALK = re.compile(
    r"\b(?:titles?|label|called|be an?|being an?|accept|as an?|badge|job title|role name|band|grade)\b"
)
# "wants Tech Lead, not plain Developer": a bare role noun refused beside the title wanted.
_NOT_BARE = re.compile(r"\bnot (?:an? |another |simple |plain |just (?:an? )?|a mere )?$")
# Level words that are not titles on their own ('Director' is both).
_LEVEL_ONLY = {"lead", "senior", "staff", "principal", "junior", "mid", "intern", "graduate"}
_DESCRIBED = re.compile(
    r"\b(?:report(?:s|ing)?|answer(?:s|ing)?) (?:\w+ )?(?:in)?to (?:the |a |an )?$|"
    r"\b(?:that|which) (?:are|is|were|was) (?:really |actually |just |basically )?$"
)
# Someone who holds a title, not a title wanted: "the new CTO is a lot", "our Head of Data said".
_A_PERSON = re.compile(
    r"(?P<before>\b(?:the|our|their|your|his|her|my)\s+(?:new|old|current|former|previous|last|interim)?\s*)$"
)
_PERSON_ACTS = re.compile(
    r"^\W*(?:(?:role|job|position|post|seat)\W+(?:is|was) (?:an? )?(?:stretch|too|beyond|out of|not)\b|"
    r"(?:is|was|'s|has|had|said|says|left|joined|wants|asked|who|and (?:i|he|she|they))\b)"
)
# "I'm a chef, not a software engineer": who someone is, not what they want.
_IDENTITY = re.compile(r"^\W*(?:i'm|i am|he's|she's|he is|she is|they're|they are)\s+an?\b")


# Where the level itself is what they hold out for: "holding out for Staff", "anything short of Staff".
_BARE_LEVEL_LEAD_IN = re.compile(
    r"\b(?:holding out for|after|wants?|needs?|only|plain|go|'d go|short of|beyond|down from|back from|"
    r"not|is|be|being)\W*$"
)


# One spelling per title, as a recruiter writes it ("VP Eng" reaches us as "vp engineer").
_CANONICAL = {
    "project management": "project manager",
    "programme management": "programme manager",
    "program management": "program manager",
    **CHIEF_OFFICERS,
    "vp engineer": "vp engineering",
    "head of engineer": "head of engineering",
    "vp of engineer": "vp engineering",
}


# "staff or principal engineer roles": the first level shares the role named after the second.
_SHARED_ROLE = re.compile(
    r"\b(?P<level>senior|staff|principal|principle|lead|junior) (?:or|/|and) (?P<next>"
    r"(?:senior|staff|principal|principle|lead|junior) )"
)


# A rank gone back to, or down to, or taken again: "won't go back to assistant", "step back to
# officer level", "wont do deputy again", "assistant again is fine", "come in as assistant". The
# rank is a title here though said bare ("the analyst role" is not): the step says it is the ask.
_RANK = (
    r"(?:assistant|deputy|trainee|apprentice|junior|officer|associate|analyst|accountant|technician|"
    r"operative|agent|adviser|advisor|clerk|administrator|coordinator|supervisor|nurse|teacher|"
    r"chef|cook|commis|operator|engineer|developer|designer|consultant|"
    r"(?:sous|line|pastry|second) chef|team member|crew member)"
)
_RANK_AFTER = (
    r"(?= (?:level|title|grade|band|pay|wages|rates?|money|roles?|jobs?|posts?|positions?|"
    r"again)\b|\W|$)"
)
_RANK_STEP = re.compile(
    r"\b(?:(?:back|down) (?:in)?to (?:being )?|(?:in|back|again|on|happy|content|fine) as |"
    r"(?:do|doing|take|taking|be|being) (?=(?:an? )?"
    + _RANK
    # the rank's pay taken again is the rank: "not taking apprentice pay again"
    + r" (?:roles? |jobs? |posts? |pay |wages |rates? |money )?again)|"
    # a rank's title taken to get in: "i'd take a coordinator title", "happy to accept an analyst grade"
    r"(?:take|taking|accept|accepting) (?=(?:an? )?" + _RANK + r" (?:title|grade|level)\b))"
    r"(?:an? |the )?(?P<t>(?:(?!being\b)[a-z]+ )?"
    + _RANK
    + r")"
    + _RANK_AFTER
    + r"|(?:^|(?<=[,;.] )|(?<=\bor )|(?<=\band ))(?P<again>"
    + _RANK
    + r") again\b"
)


# Level titles said short, where a step or a level is talked of: "after making FC", "step down
# from FD" (never alone: "her FC" is a fulfilment centre, "Dunmore FC" a football club).
_SHORT = {"fc": "financial controller", "fd": "finance director", "gm": "general manager"}
_SHORT_TITLE = re.compile(
    r"\b(?:making|made|reached|reaching|promoted to|promotion to|(?:step(?:ping)?|down|back|up) "
    r"(?:from|to)|as|being|become|becoming)(?: an?)? (?P<t>fc|fd|gm)\b(?!\w)"
)


def _rank_steps(text: str, out: list[tuple[str, int, int]]) -> None:
    """Ranks stepped back or down to, or taken again, added to ``out`` where no title stands."""
    for m in _RANK_STEP.finditer(text):
        g = "t" if m["t"] else "again"
        a, b = m.span(g)
        words = m[g].split()
        if len(words) > 1 and not re.fullmatch(_RANK, m[g]):
            a += len(words[0]) + 1  # "back to security officer": the rank is the title
        if not any(s < b and a < e for _, s, e in out):
            out.append((text[a:b], a, b))


def titles(text: str) -> list[tuple[str, int, int]]:
    """(title, start, end) for each job title in lower-case ``text``."""
    if _IDENTITY.match(text):
        return []
    out = []
    for m in _TITLE.finditer(text):
        title = (
            re.sub(r"\s+", " ", m.group())
            .replace("back end", "backend")
            .replace("front end", "frontend")
            .replace("tech-lead", "tech lead")
            .replace("technical-lead", "technical lead")
        )
        title = _CANONICAL.get(title, title)
        if title.startswith("principle "):
            title = "principal" + title[9:]  # "a principle engineer title": the level, misspelt
        if (
            " " not in title
            and not (_NOT_BARE.search(text[: m.start()]) and title not in _LEVEL_ONLY)
            and title
            not in (
                "vp",
                "cto",
                "sre",
                "ceo",
                "coo",
                "cfo",
                "cpo",
                "cio",
                "ciso",
                "cdo",
            )
        ):
            continue  # "the analyst role": a bare noun is not a title someone asks for
        if _A_PERSON.search(text[: m.start()]) and _PERSON_ACTS.match(text[m.end() :]):
            continue
        if _DESCRIBED.search(text[: m.start()]):
            continue  # "reporting to the CTO", "titles that are really senior dev": not the ask
        out.append((title, m.start(), m.end()))
    for m in _SHARED_ROLE.finditer(text):
        role = next((t for t, s, _ in out if s == m.start("next")), None)
        if role and not any(s == m.start() for _, s, _ in out):
            level = m["level"].replace("principle", "principal")
            out.append((level + role[role.index(" ") :], m.start(), m.end("level")))
    if "again" in text or " to " in text or " as " in text:
        _rank_steps(text, out)
    for m in _SHORT_TITLE.finditer(text):
        if not any(s < m.end("t") and m.start("t") < e for _, s, e in out):
            out.append((_SHORT[m["t"]], m.start("t"), m.end("t")))
    if _TITLE_TALK.search(text):
        for m in _QUOTED.finditer(text):
            if m["q"].strip() in _LEVEL_ONLY:
                continue  # "no more 'lead' titles": a level, read by ``levels``
            if not any(s <= m.start("q") < e for _, s, e in out):
                out.append((m["q"].strip(), m.start("q"), m.end("q")))
    return out


def levels(text: str) -> list[tuple[str, int, int]]:
    """(seniority level, start, end) where a level is named as a level."""
    out = []
    for m in _LEVEL.finditer(text):
        word = m.group().replace("-", " ") if m.group().startswith("entry") else m.group()
        after = text[m.end() :]
        if word == "manager" and not (
            _LEVEL_LEAD_IN.search(text[: m.start()])
            or _IN_THE_TITLE.match(after)
            or _LEVEL_OR_UP.match(after)
        ):
            continue  # "hiring manager", "Engineering Manager": a level only where named as one
        if word == "principle" and not re.match(
            r"\s*(?:engineer|developer|scientist|architect)", after
        ):
            continue  # "in principle": only a misspelt level before a role
        if word == "staff" and re.match(
            r"\s+(?:travel|discounts?|benefits?|perks?|rooms?|canteen|"
            r"accommodation|housing|meals?|parking|bank)\b",
            after,
        ):
            continue  # "staff travel", "staff accommodation": a perk for staff, not a level
        if word in ("staff", "lead", "principal", "senior", "director", "head of"):
            if not (
                _LEVEL_CONTEXT.match(after)
                or _LEVEL_LEAD_IN.search(text[: m.start()])
                or re.match(r"\s*(?:\+|or above|and above|or higher)", after)
                or word != "lead"
                and _BARE_LEVEL_LEAD_IN.search(text[: m.start()])
            ):
                if word != "head of":
                    continue
        if _A_PERSON.search(text[: m.start()]) and re.match(
            r"\W*(?:\w+\W+)?(?:is|was|'s)\b", after
        ):
            continue  # "the new CTO is a lot": someone who holds it
        if _DESCRIBED.search(text[: m.start()]):
            continue  # "reporting to the CTO": the boss's level, not theirs
        if re.search(r"\btoo\W*$", text[: m.start()]):
            continue  # "the role is too junior": a judgement of the role
        level = _LEVEL_WORDS.get(word) or _LEVEL_WORDS.get(word.replace(" ", "-"))
        if level:
            out.append((level, m.start(), m.end()))
    return out


# "Lead Data Scientist", "Principal Engineer": a title that opens with a level word names the level;
# a director's title names "director" whatever opens it ("Senior Director", "Engineering Director").
_LEADING = re.compile(
    r"(?:senior staff|senior principal|senior|staff|principal|lead|junior|graduate)(?= )"
)
_DIRECTOR = re.compile(r"^director\b|\bdirector$")


# Titles whose level is the whole title, not a word in it.
TITLE_LEVELS = {"financial controller": "manager", "general manager": "manager"}


def head_level(title: str) -> tuple[str, int, int] | None:
    """(level, start, end within ``title``) of the level a title names, if it names one."""
    if title in TITLE_LEVELS:
        return TITLE_LEVELS[title], 0, len(title)
    m = _DIRECTOR.search(title)
    if m and " " in title:
        return "director", m.start(), m.end()
    m = _LEADING.match(title)
    return (_LEVEL_WORDS[m.group()], 0, m.end()) if m else None


def leading_levels(
    found_titles: list[tuple[str, int, int]], found_levels: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """Levels the titles found name, where ``levels`` did not already read them."""
    out = []
    for title, a, b in found_titles:
        named = head_level(title)
        if named and not any(lv == named[0] and s == a + named[1] for lv, s, _ in found_levels):
            out.append((named[0], a + named[1], min(b, a + named[2])))  # "FC": the whole title
    return out


_JOINERS = re.compile(r"[\W\s]*(?:(?:or|and|/|maybe|then)[\W\s]*)*")


def only_titles(text: str, found: list[tuple[str, int, int]]) -> bool:
    """Whether ``text`` is nothing but the titles found ("VP Data or CDO"): a note that names
    titles and nothing else names the ones wanted."""
    if not found:
        return False
    rest, last = [], 0
    for _, a, b in sorted(found, key=lambda f: f[1]):
        rest.append(text[last:a])
        last = b
    rest.append(text[last:])
    return all(_JOINERS.fullmatch(piece) for piece in rest)


# Titles that are leading people: spelled out ("wants to be Team Lead") they are a title and a level.
PEOPLE_LEAD = {"engineering manager": "manager", "team lead": "lead", "tech lead": "lead"}
