"""Driving: whether someone can drive to and for work, and whether a role needs them to.

A person's side is a ``driving`` condition (``reading.conditions``): ``kind`` "licence" (they can
drive: hold a driving licence) or "car" (they have a car of their own).

- avoid "licence": they cannot drive ("no licence", "doesn't drive", "non-driver", "lost her
  licence last year", "banned until March" - the month kept as ``until`` -, "relies on buses");
- avoid "car": they drive but have no car ("has a licence but no car", "no own transport");
- wish "licence" / "car": they say they have one ("full clean UK licence", "own car") - like the
  right to work, a fact that helps where a role needs it.

A role's side (``role_needs``): it needs a licence ("full UK driving licence essential",
"field-based, clean licence", "Führerschein Klasse B", "must drive"), it needs the hire's own car
("own transport required", "access to a car"), or it gives a car ("company car provided", "pool
car"). A licence of another kind (a nursing PIN, an NMC registration, a liquor or software
licence) is not driving, and disliking a drive ("doesn't like driving in London") says nothing
of being able to.
"""

from __future__ import annotations

import re

from reading.clauses import sentence_end
from reading.direction import someone_elses
from reading.gates import gated

_LICENCE = (
    r"(?:driving|driver'?s|drivers|car|uk|eu|full|clean|valid|manual|cat(?:egory)? b) licen[cs]e"
)
# Words a note about driving must hold: nothing here is searched without one of them.
# No leading \b: branches that start with a letter are looked for only where it is ("car" in
# "oscar" lets a note through, never keeps one out).
_CHEAP = re.compile(r"driv|licen[cs]|car\b|transport|bus|banned|ban\b|vehicle|führerschein|wheels")

# They cannot drive.
_CANNOT = gated(
    re.compile(
        r"\b(?:(?:no|hasn't (?:got )?a|has not (?:got )?a|doesn't have a|does not have a|don't have a|"
        r"do not have a|without a|lacks a|never got (?:his|her|their|my|a)|lost (?:his|her|their|my))\s+"
        r"(?:(?:full|uk|valid|current|driving|driver'?s|car)\s+)*licen[cs]e|"
        r"never passed (?:his|her|their|my)(?: driving)? test|"
        r"(?:had |has had )?(?:his|her|their|my) (?:driving )?licen[cs]e (?:was |got |has been |had been )?"
        r"(?:revoked|suspended|taken away)|"
        r"(?:doesn't|doesnt|does not|don't|dont|do not|can't|cant|cannot|can not|won't|will not|"
        r"refuses to|never learn(?:ed|t) to|is unable to|unable to) drive"
        # where they will not drive is no licence lacking: "refuses to drive inside the Loop",
        # "won't drive downtown", "can't drive in the snow"
        r"(?! (?:inside|into|downtown|through|across|past)\b| in (?:the )?(?:city|town|loop|centre|center|"
        r"downtown|traffic|snow|dark|rush hour)\b)|non[- ]?driver|not a driver|"
        # driving given up: "no longer drives", "stopped driving after the stroke", "not driving
        # since the accident", "hasn't driven since her op" (not "not driving distance")
        r"no longer (?:drives|driving|drive)|(?:stopped|gave up|given up|quit) driving|"
        r"(?:hasn't|has not|haven't|have not) driven (?:since|after|for)|"
        r"(?:not|isn't|is not|hasn't been|has not been|not been) (?:currently )?driving "
        r"(?:since|after|any ?more|at the moment|at present|currently|for now)|"
        r"(?:banned|disqualified) (?:from driving|for (?:drink[- ]driving|speeding|\d+ (?:months|years)))|"
        r"(?:is |'s |was |got )?banned(?= (?:until|till|til|for|from)\b)|driving ban|"
        r"relies on (?:the )?(?:buses|bus|public transport|trains?|lifts)|(?:uses|takes|gets) (?:the )?"
        r"(?:buses|bus|public transport) everywhere|public transport only)\b"
    )
)
# They drive but have no car: "licence but no car", "no own transport".
_NO_CAR = gated(
    re.compile(
        r"\b(?:no|hasn't (?:got )?a|doesn't have a|does not have a|don't have a|without a|hasn't got a)"
        r" (?:own )?(?:car|vehicle|wheels)\b|\bno (?:own )?transport\b|\bcar-?less\b|"
        # a car given up: "sold the car", "got rid of her car", "scrapped his car last month"
        r"\b(?:sold|scrapped|got rid of|gave up|given up) (?:the|her|his|their|my|our) (?:own )?car\b"
    )
)
# They have one: "full clean UK licence", "holds a driving licence", "own car".
_HAS_LICENCE = gated(
    re.compile(
        r"\b(?:full|clean|valid)(?: (?:clean|uk|eu|full|manual|driving))* (?:driving )?licen[cs]e|"
        r"\b(?:holds|has|got|with) (?:a |her |his |their )?(?:full |clean |valid )*(?:uk |eu )?"
        r"driving licen[cs]e|\b(?:is a |a )?(?:confident|experienced) driver\b|"
        # a test passed since: "passed her driving test", "passed driving test in May"
        r"\bpassed (?:(?:her|his|their|my|the) )?driving test\b"
    )
)
_HAS_CAR = gated(
    re.compile(
        r"\b(?:own (?:car|transport|vehicle)|(?:has|with|got) (?:a|her|his|their) car|"
        # a car got since: "bought a car", "has bought her own car"
        r"(?:bought|buys|purchased|got (?:herself|himself|themselves|myself)) (?:a|her|his|their|my) "
        r"(?:own |new |first |second-?hand |used )?car)\b"
    )
)
# A licence that is not to drive: a nursing PIN, a liquor licence, a software licence.
_OTHER_LICENCE = re.compile(
    r"\b(?:pin|nmc|gmc|hcpc|nursing|liquor|alcohol|premises|personal|software|sia|gas ?safe|"
    r"practi[cs]ing|teaching|pilot'?s?|hgv|forklift|flt|cscs|securities|trading|real estate|"
    r"broker'?s?|pharmacy|medical|license to practi[cs]e|sponsor(?:ship|ing)?|visas?|skilled worker|"
    r"tier 2|cos)\b"
)
# Someone close named right before what was done with a car: "her husband sold his car".
_RELATIVE = re.compile(
    r"\b(?:husband|hubby|wife|partner|spouse|son|daughter|mum|mom|dad|mother|father|parents)\s+$"
)
_UNTIL = re.compile(
    r"\b(?:until|till|til|through|to)\s+(?:the end of\s+)?(?P<month>jan|feb|mar|apr|may|jun|jul|aug|"
    r"sep|oct|nov|dec)[a-z]*(?:\s+(?P<year>20\d\d))?"
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# A licence got back, or a drive that is only disliked somewhere: "lost it but got it back",
# "doesn't drive in London" (not "doesn't drive, so ...").
_BACK = re.compile(r"\b(?:got|has|have|gets) (?:it|(?:his|her|their|my) licen[cs]e) back\b")
_SCOPED = re.compile(
    r"\s+(?:in|into|at|on|through|far|long|for|more|after|before|during|"
    r"across|around)\b"
)

# What stopped them, not when they will not drive: "no longer drives after an accident".
_SINCE_WHAT = re.compile(
    r"\s+(?:after|since) (?:an?|the|his|her|their|my) (?!dark\b|night\b|evening\b|\d)"
)


def mentions(t: str) -> list[tuple[str, str, int, int]]:
    """(kind, polarity, start, end) for what lower-case ``t`` says of the person's driving."""
    if not _CHEAP.search(t):
        return []
    out: list[tuple[str, str, int, int]] = []
    for m in _CANNOT.finditer(t):
        if _OTHER_LICENCE.search(t, max(0, m.start() - 40), m.end()):
            continue  # "lost her NMC licence", "no liquor licence", "a visa ... we had no licence"
        if (
            re.search(r"(?<!from )driv(?:e|es|ing)$", m.group())
            and _SCOPED.match(t, m.end())
            and not _SINCE_WHAT.match(t, m.end())
        ):
            continue  # "doesn't drive in London": where, not whether
        if _RELATIVE.search(t, max(0, m.start() - 30), m.start()):
            continue  # "her husband stopped driving"
        if someone_elses(t[max(0, t.rfind(".", 0, m.start()) + 1) : m.end()]):
            continue  # "her husband doesn't drive"
        if _BACK.search(t, m.end(), sentence_end(t, m.end(), ".!?\n")):
            continue  # "lost his licence in 2023, got it back last month"
        out.append(("licence", "avoid", m.start(), m.end()))
    for m in _NO_CAR.finditer(t):
        before = t[max(0, t.rfind(".", 0, m.start()) + 1) : m.start()]
        if someone_elses(before) or _RELATIVE.search(before):
            continue  # "her husband has no car", "her husband sold his car"
        out.append(("car", "avoid", m.start(), m.end()))
    refused = {k for k, _, _, _ in out}
    for pattern, kind in ((_HAS_LICENCE, "licence"), (_HAS_CAR, "car")):
        for m in pattern.finditer(t):
            if kind in refused or _OTHER_LICENCE.search(t, max(0, m.start() - 25), m.end()):
                continue
            if kind == "licence" and "licence" in refused:
                continue
            out.append((kind, "wish", m.start(), m.end()))
    if any(k == "licence" and p == "avoid" for k, p, _, _ in out):
        # no licence means no driving at all: a car said beside it adds nothing
        out = [x for x in out if x[0] != "car"]
    return out


def ban_until(t: str, start: int, end: int, said_year: int, said_month: int) -> str | None:
    """The first month a driving ban said at t[start:end] is over ("banned until March"), ISO."""
    found = _UNTIL.search(t, start, min(len(t), end + 40))
    if not found:
        return None
    month = _MONTHS.index(found["month"][:3]) + 1
    year = int(found["year"]) if found["year"] else said_year + (month <= said_month)
    return f"{year:04d}-{month:02d}-01"


# --- a role's side ----------------------------------------------------------------------------

_ROLE_LICENCE = re.compile(
    r"\b(?:(?:full|clean|valid|current)\s+)?(?:(?:uk|eu|manual|category b|cat b)\s+)?(?:driving|"
    r"driver'?s|drivers) licen[cs]e|\b(?:full|clean|valid) (?:uk |eu )?licen[cs]e|führerschein|"
    r"fuehrerschein|permis (?:de conduire|b)\b|carn[eé]t de conducir|carta de condução|prawo jazdy|"
    r"rijbewijs|patente di guida|must (?:be able to )?drive|able to drive|ability to drive|"
    r"drivers? (?:essential|required|preferred)|(?:requires?|involves?|includes?) driving|"
    r"(?:field|community)[- ]based|driving (?:between|to) (?:sites|clients|customers|patients|homes|"
    r"schools|branches|stores)|travel(?:ling)? between (?:sites|clients|patients|homes|schools|"
    r"branches|stores) (?:by car|in your own)|"
    # the hire at the wheel, said to them: "you will drive between them", "you'll be driving to
    # shoots", "driving between our three studios"
    r"you(?:'ll| will| would)(?: (?:also|often|regularly|need to|have to))? (?:be )?driv(?:e|ing) (?:between|to|"
    r"around|across)\b|driving between (?:our|the|its|their|them|both|all)\b|"
    # the work done by car: "home visits and care-home rounds by car", "patient visits by car"
    r"\b(?:home|community|patient|client|domiciliary|district|care[- ]home|field) (?:visits|rounds|calls)\b"
    r"[^.\n]{0,40}?\bby car\b",
    re.I,
)
_ROLE_OWN_CAR = re.compile(
    r"\b(?:own (?:transport|car|vehicle)|access to (?:a|your own) (?:car|vehicle)|use of (?:a|your "
    r"own) car|car owner|business (?:car )?insurance|mileage (?:paid|allowance|reimbursed|covered)|"
    # "car and licence essential", "a car is a must", "drivers with cars": the hire brings one
    r"(?:a )?(?:car|vehicle)(?: and (?:a )?(?:full )?(?:driving )?licen[cs]e)? (?:is |are )?(?:essential|"
    r"required|a must|needed|mandatory)|licen[cs]e and (?:a |own )?car|drivers? with (?:a |their own )?cars?|"
    # a mileage rate is paid on the hire's own car: "45p a mile between calls", "paid per mile"
    r"\d{1,2}(?:\.\d)?p (?:a|per|/) ?mile|(?:paid|pay|rate) per mile)\b",
    re.I,
)
_ROLE_GIVES_CAR = re.compile(
    r"\b(?:company (?:car|van|vehicle)|(?:car|van|vehicle) (?:is )?(?:provided|supplied|included)|"
    r"pool (?:car|vehicle)s?|fleet (?:car|vehicle))\b",
    re.I,
)
_ROLE_NO_DRIVING = re.compile(
    r"\b(?:no (?:driving|car|licen[cs]e) (?:required|needed|necessary)|(?:driving licen[cs]e|a car|"
    r"driving) (?:is )?not (?:required|needed|necessary)|non[- ]driving (?:role|position|job)|"
    r"don't need (?:to drive|a car|a licen[cs]e))\b",
    re.I,
)


def role_needs(text: str) -> tuple[str | None, bool]:
    """What a role's text asks of driving: ("licence" - the hire must drive, "car" - in their own
    car, or None) and whether it gives a car."""
    if not re.search(
        r"(?i)driv|licen[cs]|\bcars?\b|transport|vehicle|field|schein|permis|mileage|mile\b", text
    ):
        return None, False
    gives = bool(_ROLE_GIVES_CAR.search(text))
    if _ROLE_NO_DRIVING.search(text):
        return None, gives
    needs = None
    licence = any(
        not _OTHER_LICENCE.search(text.lower(), max(0, m.start() - 25), m.end())
        for m in _ROLE_LICENCE.finditer(text)
    )
    if _ROLE_OWN_CAR.search(text):
        needs = "car"
    elif licence or gives:
        needs = "licence"  # a company car is there to be driven
    return needs, gives
