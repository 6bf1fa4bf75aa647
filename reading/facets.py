"""Facets read from word lists: work mode, schedule, contract, management, company, industry,
mission and technology.

Each list (``reading.terms``, ``reading.terms_job``, ``reading.terms_employer``,
``reading.terms_sector``) becomes one regular expression; a match is a *mention*, and a mention
becomes a condition only with a direction (``reading.negation``) — except for the few facets where
a bare mention in a note is itself the wish ("remote pls", "4dw", "perm").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reading import terms, terms_employer, terms_job, terms_sector
from reading.gates import Gated, gated
from reading.technologies import GO, TECHNOLOGY

# Facets whose bare mention ("Remote. 4dw. Perm.") is read as what the person wants.
BARE_IS_WISH = {"work_mode", "schedule", "contract"}
# Schedule kinds a bare mention does not ask for: "plays in a band most weekends" wants nothing.
BARE_SCHEDULE_NOT_WISHED = {
    *("weekends", "nights", "on_call", "shifts", "overtime", "fifo", "live_in", "bank_holidays"),
    "live_out",  # "has his own place in town" says where they live, unless they ask for it
    "all_year",  # "on a 52-week contract" says how they work now, not what they ask for
}

_TABLES = {
    "work_mode": ("mode", terms.WORK_MODE),
    "schedule": ("kind", terms.SCHEDULE),
    "contract": ("kind", terms_job.CONTRACT),
    "management": ("kind", terms_job.MANAGEMENT),
    "company": ("kind", terms_employer.COMPANY),
    "industry": ("name", terms_sector.INDUSTRY),
    "mission": ("name", terms_sector.MISSION),
}


@dataclass(frozen=True)
class Mention:
    facet: str
    value: dict
    start: int
    end: int


def _compile(table: dict[str, tuple[str, ...]]) -> tuple[re.Pattern | Gated, list[str]]:
    names, parts = [], []
    for i, (canonical, phrasings) in enumerate(table.items()):
        if not phrasings:
            continue
        names.append(canonical)
        parts.append(f"(?P<g{i}>" + "|".join(phrasings) + ")")
    # "remote-only", "office-first": a hyphenated hardness word ends the term rather than extends
    # it, as does a word of kinship ("defence-related", "crypto-adjacent": the kind itself)
    return gated(
        re.compile(
            r"(?<![\w#+.-])(?:"
            + "|".join(parts)
            + r")(?![\w#+]|-(?!only\b|first\b|related\b|adjacent\b|linked\b)\w)"
        )
    ), list(table)


_COMPILED = {facet: (key, *_compile(table)) for facet, (key, table) in _TABLES.items()}

# A mention that is not about the person's wishes: "my contract ends", "shift the deadline".
_NOT_A_TERM = {
    "contract": re.compile(
        r"^\W*(?:ends?|ended|expires?|finish(?:es)?|is up|runs out|renewal|term|market|"
        r"rates? (?:are|is|have)|work (?:has|is) dr)\b"
    ),
    "schedule": re.compile(r"^\W*(?:the (?:deadline|date)|focus)\b"),
}
_NOT_A_TERM_BEFORE = {
    "contract": re.compile(
        r"\b(?:current|my|his|her|their|this|that|last|previous|finishing a|finishing his|"
        r"finishing her|on a|on his|on her|employment|german|french|dutch|spanish|italian|swiss|"
        r"uk|us|local|(?:sign(?:s|ed|ing)?|sen[dt]|sending|review(?:ed|ing)?|read(?:ing)?|draft(?:ed|ing)?)"
        r"(?: over| back)?(?: (?:the|a|an|new|your|our))?)\W*$"
    ),
    "company": re.compile(
        r"\b(?:your|this|you're an?|you are an?|lead(?:ing)?|manag(?:e|ing)|run(?:ning)?|build(?:ing)?|"
        r"grow(?:ing)?) (?:a |the |my |his |her |their |own )*$"
    ),
    "management": re.compile(
        r"\b(?:senior|upper|middle|the|bad|poor|new|micro|product|project|time|stakeholder|"
        r"risk|change|incident|release|account|data|config(?:uration)?|package|state|"
        r"memory|property|asset|wealth|"
        # a system or a caseload run, not people: "hates case management systems", "diary
        # management", "document management tools" ("performance management" is people)
        r"case|diary|document|records?|matter|file|content|knowledge|facilit(?:y|ies)|vendor|"
        r"supplier|inventory|stock|category|credit|cash|treasury|waste|workflow|task|inbox|calendar|"
        r"database|identity|access|quality|contract|campaign|event)\W*$"
    ),
}


# An office that is the other party, not a place to work: "calls with an American head office",
# "sign-off from group head office" ("won't commute to head office" is still the office refused).
_OFFICE_AS_PARTY = re.compile(
    r"\b(?:with|from|by|for) (?:an? |the |our |their |his |her |my )?(?:[a-z]+ )?"
    r"(?:head|parent|global|group|corporate) $"
)


# Weekends that are the children's: "so he can do custody weekends", "access weekends".
_KIDS_WEEKENDS = re.compile(r"\b(?:custody|access|contact|kids'?|children's) $")
# Weekends that are their own time, what they do in them said: "writing Go on weekends", "learns
# Rust most weekends", "plays in a league at weekends" ("working weekends" is the schedule).
_PASTIME_WEEKENDS = re.compile(
    r"\b(?:writ(?:e|es|ing)|learn(?:s|ing)?|cod(?:e|es|ing)|stud(?:y|ies|ying)|hack(?:s|ing)?|"
    r"play(?:s|ing)?|practi[cs](?:e|es|ing)|tinker(?:s|ing)?|volunteer(?:s|ing)?)\b"
    r"[^.;,!?()]{0,30}? (?:on|at|most|every|over|during|through)(?: the)? $"
)


# A bank that is not a bank: a hospital's or an agency's pool of casual staff ("the nurse bank",
# "NHSP bank", "picks up bank shifts"), a food or blood bank, a bank holiday.
_BANK_BEFORE = re.compile(
    r"\b(?:nurse|nursing|staff|nhsp|nhs professionals|nhs|trust|hospital|internal|locum|temp|"
    r"agency|hca|midwi(?:fe|ves|fery)|care|food|blood|milk|sperm|egg|seed|data|memory|piggy|"
    r"river|power|question|ideas?|job|talent|candidate|clothes|baby|"
    # a bank of the sea or a river, a wind farm's name: "Dogger Bank C", "the Grand Banks"
    r"dogger|sand|mud|oyster|shingle|rockall|porcupine|grand|georges|left|right)\W*$"
)
_BANK_AFTER = re.compile(
    r"\W*(?:holidays?|list|lists|shifts?|staff|staffing|nurse|nurses|nursing|hca|hcas|midwi\w*|"
    r"workers?|work|register|pool|hours|contracts?|roles?|posts?|basis|only|rate|rates|doctor|"
    r"locum|partner|volunteer\w*|cover|details|healthcare|health care|care|support|assistants?|"
    r"admin\w*|porters?|domestics?|physio\w*|radiographers?|pharmacists?|paramedics?|doctors?|"
    r"registrars?|receptionists?|cleaners?|chefs?|cooks?|theatres?|wards?|band \d|a&e)\b"
)


def _not_a_bank(text: str, m: re.Match) -> bool:
    return bool(
        _BANK_BEFORE.search(text, max(0, m.start() - 25), m.start())
        or _BANK_AFTER.match(text, m.end())
    )


def mentions(text: str) -> list[Mention]:
    """Every facet mention in lower-case ``text``, longest first where two overlap."""
    found: list[Mention] = []
    for facet, (key, pattern, names) in _COMPILED.items():
        for m in pattern.finditer(text):
            canonical = names[int(m.lastgroup[1:])]
            after = _NOT_A_TERM.get(facet)
            if after and after.match(text[m.end() :]):
                continue
            before = _NOT_A_TERM_BEFORE.get(facet)
            if facet == "contract" and canonical == "contract" and before.search(text[: m.start()]):
                # "on a 1099", "on his c2c": a tax form names the kind whoever holds it now
                tax_form = re.match(
                    r"1099|c2c|w-?2|corp|b2b|(?:in|out)side|abn|pty|payg", m.group()
                )
                if not tax_form and not re.match(
                    r"\W*(?:roles?|work|positions?|basis|gigs?)\b", text[m.end() :]
                ):
                    continue
            if facet == "management" and canonical == "manage" and before.search(text[: m.start()]):
                continue
            if (
                facet == "work_mode"
                and m.group() == "office"
                and _OFFICE_AS_PARTY.search(text, max(0, m.start() - 45), m.start())
            ):
                continue  # "6am calls with an American head office": who they talk to, no office
            if canonical == "weekends" and _KIDS_WEEKENDS.search(
                text, max(0, m.start() - 12), m.start()
            ):
                continue  # "custody weekends": time with the children, not weekend work
            if canonical == "weekends" and _PASTIME_WEEKENDS.search(
                text, max(0, m.start() - 50), m.start()
            ):
                continue  # "writing Go on weekends": their own time, not weekend work
            if facet == "company" and before.search(text[: m.start()]):
                continue  # "lead a small team", "your agency": not the kind of company they want
            if canonical == "banking" and m.group() in ("bank", "banks") and _not_a_bank(text, m):
                continue  # "the nurse bank list", "bank shifts", "food bank": not banking
            found.append(Mention(facet, {key: canonical}, m.start(), m.end()))
    found.extend(_technologies(text))
    return _drop_overlaps(found)


# Technologies are looked up word by word (one to three words), which is far quicker than one
# long alternation; only "go" needs a pattern, to tell the language from the verb.
_TECH_WORD = re.compile(r"\.net\b|[a-z0-9][a-z0-9#+]*(?:\.(?:js|net)\b)?")
_GO = gated(re.compile(GO))


# "TS" as the clearance (Top Secret), told by what follows it: "/SCI", "clearance", "cleared".
_TS_CLEARANCE = re.compile(
    r"(?<=ts)(?:\s?[/-]\s?sci\b|\s?/\s?s\b| (?:sci|clearance|cleared|clr|w/ ?(?:poly|fsp|ci)|with (?:a )?"
    r"(?:poly|fsp|ci|full[- ]scope|lifestyle))\b)"
)
# The first word of each name of more than one word, as the word list cuts it ("s/4hana" is "s" and
# "4hana", "sap s/4" three words).
_STARTS_LONGER = {_TECH_WORD.match(p).group() for p in TECHNOLOGY if len(_TECH_WORD.findall(p)) > 1}
# "tally" the verb ("the numbers don't tally", "tally up the hours"), not Tally the accounts package.
_TALLY_VERB_BEFORE = re.compile(
    r"(?:n't|do not|does not|did not|to|figures|numbers|totals|balances|will|would|should|must|they|it)"
    r" $"
)
_TALLY_VERB_AFTER = re.compile(r" (?:up|with)\b")
# "Avid" the editing suite, not the adjective ("an avid reader"): at a clause's end or before a
# word of the suite or of a choice ("cut on Avid for years", "switch to Avid", "Avid or Premiere").
_AVID_SUITE_AFTER = re.compile(
    r"\s*(?:[.,;:!?)/]|$|-|\s(?:and|or|for|over|instead|only|suites?|edit\w*|bays?|systems?|users?|"
    r"workflows?|pro|experience|skills?|too|mostly|daily|every day|prefer\w*)\b)"
)
# "Premiere" the editing suite, not a film's first night ("the world premiere", "premiere night").
_PREMIERE_EVENT = re.compile(
    r"(?:world|film|movie|season|series|red[- ]carpet|the|a|its|their|our|european|uk|us) $"
)
_PREMIERE_EVENT_AFTER = re.compile(r" (?:of|night|party|screening|date|at|in)\b")
# "DART" Dublin's train, not Dart the language: "the DART", "DART from Bray", "DART station".
_DART_TRAIN_AFTER = re.compile(r" (?:from|to|into|station|stations|line|train|trains|stop)\b")


def _technologies(text: str) -> list[Mention]:
    words = list(_TECH_WORD.finditer(text))
    out = []
    i = 0
    while i < len(words):
        word = words[i]
        sizes = (3, 2, 1) if word.group() in _STARTS_LONGER else (1,)
        for n in sizes:
            if i + n > len(words):
                continue
            start, end = word.start(), words[i + n - 1].end()
            name = TECHNOLOGY.get(text[start:end])
            if name == "typescript" and n == 1 and _TS_CLEARANCE.match(text, end):
                name = None  # "TS/SCI roles only", "active TS w/ poly": Top Secret, no language
            if (
                name == "tally"
                and n == 1
                and (
                    _TALLY_VERB_BEFORE.search(text, max(0, start - 12), start)
                    or _TALLY_VERB_AFTER.match(text, end)
                )
            ):
                name = None  # "the figures don't tally": the verb
            if name == "avid" and n == 1 and not _AVID_SUITE_AFTER.match(text, end):
                name = None  # "an avid cyclist": the adjective
            if (
                name == "premiere"
                and n == 1
                and (
                    _PREMIERE_EVENT.search(text, max(0, start - 14), start)
                    or _PREMIERE_EVENT_AFTER.match(text, end)
                )
            ):
                name = None  # "the world premiere", "premiere night": a film's first showing
            if (
                name == "dart"
                and n == 1
                and (text.endswith("the ", 0, start) or _DART_TRAIN_AFTER.match(text, end))
            ):
                name = None  # "the DART from Bray": Dublin's coastal train, not the language
            if name == "ai" and n == 1 and start and text[start - 1] in "'’":
                name = None  # French "j'ai", "n'ai": "I have", no AI
            if name is not None:
                out.append(Mention("technology", {"name": name}, start, end))
                i += n
                break
        else:
            i += 1
    out.extend(
        Mention("technology", {"name": "go"}, m.start(), m.end()) for m in _GO.finditer(text)
    )
    return out


def _drop_overlaps(found: list[Mention]) -> list[Mention]:
    """Two facets claiming the same words: keep the longer (e.g. "react native" over "react")."""
    kept: list[Mention] = []
    for m in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        clash = next(
            (k for k in kept if k.start < m.end and m.start < k.end and k.facet == m.facet), None
        )
        if clash is None:
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def industries(text: str) -> list[tuple[str, int, int]]:
    """(industry, start, end) for each industry named in lower-case ``text``, by the same word
    list a person's notes are read with ("betting" and "sportsbook" are gambling)."""
    _, pattern, names = _COMPILED["industry"]
    return [
        (name, m.start(), m.end())
        for m in pattern.finditer(text)
        if not (
            (name := names[int(m.lastgroup[1:])]) == "banking"
            and m.group() in ("bank", "banks")
            and _not_a_bank(text, m)
        )
    ]
