"""A working language and its level, on both sides: the level a person has ("English B1",
"conversational English only", "not confident in English", "no German yet", "native Spanish")
or the language they want to work in ("wants to work in Spanish only"), and the level a role
asks for ("English C1", "fluent English", "business-fluent German", "support in German").

Levels are ranks: CEFR A1-C2 are 1-6, a native speaker 7, none 0; words stand for a rank (basic
2, conversational 3, good or working 4, fluent 5, bilingual or native 7). A language learnt as a
hobby or on a past course ("did a Spanish evening class") is no level.
"""

from __future__ import annotations

import re

from reading.clauses import Clause
from reading.direction import overlaps

LANGUAGES = (
    "english|german|spanish|french|dutch|italian|portuguese|polish|romanian|swedish|danish|"
    "norwegian|finnish|czech|hungarian|greek|turkish|arabic|hebrew|russian|ukrainian|japanese|"
    "korean|mandarin|cantonese|chinese|hindi|tagalog|thai|vietnamese|indonesian|malay|afrikaans"
)
_L = rf"(?P<lang>{LANGUAGES})"
_NONE = re.compile(r"no |little |hardly |doesn|does not|don|can")
# A language said of something other than a person's speech: "no German clients", "English breakfast".
_NOT_SPEECH = (
    r"(?! (?:clients?|customers?|compan(?:y|ies)|firms?|employers?|markets?|accounts?|owned|roles?|"
    r"jobs?|speakers?|nationals?|citizens?|passports?|breakfast|lit(?:erature)?|teachers?|degree))"
)
_CEFR = {"a1": 1, "a2": 2, "b1": 3, "b2": 4, "c1": 5, "c2": 6}
_WORDS = {
    "no": 0,
    "zero": 0,
    "basic": 2,
    "beginner": 1,
    "elementary": 2,
    "limited": 2,
    "weak": 2,
    "poor": 2,
    "broken": 2,
    "some": 2,
    "schoolboy": 2,
    "school": 2,
    "conversational": 3,
    "intermediate": 3,
    "ok": 3,
    "okay": 3,
    "decent": 3,
    "good": 4,
    "working": 4,
    "professional": 4,
    "upper-intermediate": 4,
    "strong": 5,
    "excellent": 5,
    "fluent": 5,
    "business": 5,
    "business-fluent": 5,
    "business fluent": 5,
    "advanced": 5,
    "bilingual": 7,
    "native": 7,
    "mother tongue": 7,
    "first-language": 7,
}
_LEVEL_WORD = (
    r"(?P<word>no|zero|basic|beginner|elementary|limited|weak|poor|broken|schoolboy|conversational|"
    r"intermediate|decent|good|working|professional|upper-intermediate|strong|excellent|"
    r"business[- ]fluent|fluent|business|advanced|bilingual|native)"
)
_LEVEL_CEFR = r"(?P<cefr>[abc][12])\+?"
# "English B1", "english (b2)", "German: A2", "English - conversational", "German (native)"
_LANG_LEVEL = re.compile(
    rf"\b{_L}(?: language)?(?:\W{{1,3}}(?:is (?:at |about |around )?|at )?| is (?:her|his|their|my|our) )(?:level\W+)?(?:{_LEVEL_CEFR}|{_LEVEL_WORD}|mother tongue|"
    rf"(?P<native>native|first language))\b"
)
# "B1 English", "conversational English", "fluent German", "no German", "business-fluent German"
_LEVEL_LANG = re.compile(
    rf"(?<![\w-])(?:{_LEVEL_CEFR}|{_LEVEL_WORD}|(?P<some>some|ok|okay)|school)(?:[- ]level| spoken)?"
    rf"(?: in)? {_L}\b(?!-speaking)" + _NOT_SPEECH
)
# "not confident in English", "struggles with English", "doesn't speak German", "no German yet"
_LACKS = re.compile(
    rf"\b(?:not (?:confident|comfortable|strong|fluent|great|good) (?:in|with|at)|struggles? (?:in|with)|"
    rf"(?:doesn'?t|does not|don'?t|can'?t|cannot) (?:really )?(?:speak|write|do)|no|little|hardly any)"
    rf"(?: spoken| written)? {_L}\b" + _NOT_SPEECH
)
# "wants to work in Spanish only", "Spanish-speaking roles only", "only in German"
_WORK_IN = re.compile(
    rf"\b(?:(?:work|working|roles?|jobs?|support|calls?) (?:only )?in ({LANGUAGES})(?: only|,? nothing else)?|"
    rf"only (?:in )?({LANGUAGES})(?:[- ]speaking)?(?: roles?| jobs?| work)?|({LANGUAGES})[- ]speaking "
    rf"(?:roles?|jobs?|work|teams?) only|({LANGUAGES}) only)\b"
)
_WANTS = re.compile(r"\b(?:wants?|would like|prefers?|only|needs?|keen)\b")
# A language as a pastime or a course, not a level for work: "learning Japanese for fun", "did a
# French course at uni", "Spanish evening classes".
_PASTIME = re.compile(
    r"\b(?:hobby|for fun|evening class\w*|course|duolingo|at (?:school|uni)|"
    r"in school|years ago|as a kid|on holiday)\b"
)


def _rank(m: re.Match) -> int:
    if m["cefr"]:
        return _CEFR[m["cefr"]]
    if m.groupdict().get("native") or "mother tongue" in m.group(0):
        return 7
    word = (m["word"] or m.groupdict().get("some") or "school").replace("-", " ")
    return _WORDS.get(word, _WORDS.get(word.replace(" ", "-"), 3))


def person_levels(text: str) -> list[tuple[str, int, int, int, str]]:
    """(language, rank, start, end, polarity) of levels someone is said to have in ``text``."""
    found: list[tuple[str, int, int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for m in _LACKS.finditer(text):
        found.append(
            (
                m["lang"],
                0 if _NONE.match(m.group(0)) else 2,
                m.start(),
                m.end(),
                "avoid",
            )
        )
        taken.append(m.span())
    for pattern in (_LANG_LEVEL, _LEVEL_LANG):
        for m in pattern.finditer(text):
            if overlaps(*m.span(), taken):
                continue
            rank = _rank(m)
            found.append((m["lang"], rank, m.start(), m.end(), "avoid" if rank <= 3 else "wish"))
            taken.append(m.span())
    return found


def read_languages(t: str, clause: Clause, out, taken: list) -> None:
    """Language levels and working languages said in one clause of the lower-cased note ``t``."""
    c0, c1 = clause.start, clause.end
    text = t[c0:c1]
    if not re.search(LANGUAGES, text) or _PASTIME.search(text):
        return
    for lang, rank, a, b, pol in person_levels(text):
        a, b = a + c0, b + c0
        if overlaps(a, b, taken):
            continue
        out.add("language", pol, {"language": lang, "level": rank}, a, b, 0.7, "rule:language")
        taken.append((a, b))
    for m in _WORK_IN.finditer(text):
        a, b = m.start() + c0, m.end() + c0
        if overlaps(a, b, taken) or not (_WANTS.search(text) or "only" in m.group(0)):
            continue
        lang = next(g for g in m.groups() if g)
        out.add("language", "must", {"language": lang, "working": True}, a, b, 0.7, "rule:language")
        taken.append((a, b))


# What a role asks: "English C1", "fluent German", "German C1 or native", "English B2+"; the work
# done in a language ("support in German", "calls in Spanish and English") asks a working level.
_ROLE_IN = re.compile(
    rf"\b(?:in|speaking|speak|speakers?|-speaking) (?P<l1>{LANGUAGES})(?:(?: and|,| or) (?P<l2>{LANGUAGES}))?\b|"
    rf"\b(?P<l3>{LANGUAGES})[- ]speaking\b"
)


def role_languages(text: str) -> tuple[tuple[str, int], ...]:
    """(language, rank asked) of each language a role's text (lower case) asks for."""
    if not re.search(LANGUAGES, text):
        return ()
    asked: dict[str, int] = {}
    for pattern in (_LANG_LEVEL, _LEVEL_LANG):
        for m in pattern.finditer(text):
            rank = _rank(m)
            if rank:
                asked[m["lang"]] = max(asked.get(m["lang"], 0), min(rank, 6))
    for m in _ROLE_IN.finditer(text):
        for lang in (m["l1"], m["l2"], m["l3"]):
            if lang and lang not in asked:
                asked[lang] = 4  # work done in it: a working level
    return tuple(sorted(asked.items()))


def language_met(value: dict, pol: str, asked: tuple[tuple[str, int], ...]) -> bool | None:
    """A level someone has against the level the role asks in that language; a working language
    wanted against the languages the role's work is in. A role that names no language: nothing."""
    if not asked:
        return None
    wants = dict(asked)
    lang = value.get("language")
    if value.get("working"):
        return lang in wants
    if lang not in wants:
        return None
    return int(value.get("level", 0)) >= wants[lang]
