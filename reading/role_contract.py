"""The role's terms of employment: its kind of contract, visa sponsorship and relocation.

"12-month contract", "Permanent - not C2H", "we can't sponsor visas", "must have the right to
work in the UK" (a requirement line, so read among the requirements too), "relocation package".
"""

from __future__ import annotations

import re

from reading.role_schedule import NEG

_SPONSOR_NO = re.compile(
    rf"{NEG}\s+(?:[\w-]+\s+){{0,3}}(?:sponsor|visa)|"
    rf"must (?:already )?(?:have|hold|possess) (?:the |a |full |existing |permanent |current |valid )*"
    rf"(?:[a-z]{{2,12}} )?(?:right|"
    r"permission|authori[sz]ation|eligibility) to work|right to work in [\w ]{2,20}?(?:is )?required|"
    # Australia's word for it: "must have full Australian work rights", "unrestricted work rights"
    # ... and "applicants must hold permanent work rights in Australia"
    r"must (?:already )?(?:have|hold|possess) (?:the |a |full |existing |unrestricted |permanent |current )*"
    r"(?:[a-z]{2,12} )?work(?:ing)? rights|"
    r"(?:full|unrestricted) (?:[a-z]{2,12} )?work(?:ing)? rights (?:is |are )?(?:required|essential|needed|only)|"
    r"must be (?:legally )?(?:eligible|authori[sz]ed|entitled|able|permitted) to work|"
    r"(?:sponsorship|sponsoring)\W{0,3}(?:is )?(?:not|un)(?: \w+)? ?(?:available|offered|possible|"
    r"provided)|sponsorship\W{0,3}(?:no|none|n/a)\b|"
    # "NZ residency or citizenship required", "US citizenship or green card required", "Australian
    # citizens or PR holders only": a residence asked of the hire, so no visa sponsored
    r"\b(?:[a-z]{2,12} )?(?:residency|citizenship|citizens|permanent residen(?:ce|cy|ts)|green card)"
    r"(?: (?:or|and|/|,) ?(?:[a-z]{2,12} )?(?:residency|citizenship|citizens|prs?|permanent residen(?:ce|cy|ts)|"
    r"green card))?(?: holders)? (?:is |are )?(?:required|only|essential|needed)\b|"
    # "Singapore citizens and PRs only", "cannot support Employment Pass applications"
    r"\bcitizens?(?: and| or|,|/) ?(?:prs?|permanent residents?) only|"
    # Ireland's "cannot support employment permit applications"
    rf"{NEG}\s+(?:[\w-]+\s+){{0,2}}(?:employment pass|work pass|s pass|(?:work|employment) permit)|"
    # Canada's labour market impact assessment, the employer's part of a work permit
    rf"{NEG}\s+(?:[\w-]+\s+){{0,2}}(?:an? )?lmias?\b|\bno lmias?(?: support| sponsorship)?\b",
    re.I,
)
# Sponsorship offered: "visa sponsorship available", "we sponsor visas", "Visa sponsorship (HSM
# permit) and relocation", "can sponsor a Blue Card", "work permits supported".
_PERMIT = (
    r"(?:visas?|work permits?|permits?|blue cards?|h-?1bs?|skilled worker(?: visas?)?|"
    r"hsm(?: permits?| visas?)?|highly skilled migrant(?: permits?| visas?)?|tier 2(?: visas?)?|"
    r"work authori[sz]ations?|immigration|lmias?|"
    # Singapore's and the Gulf's passes: "Employment Pass sponsorship", "S Pass", "work visa"
    r"employment pass(?:es)?|work pass(?:es)?|s pass(?:es)?|(?:employment|work|residence) visas?|iqama)"
)
_SPONSOR_YES = re.compile(
    rf"(?:visa |permit )?sponsorship (?:is )?(?:available|offered|provided|included|possible)|"
    rf"(?:we|can|will|able to|happy to|do|does) sponsor|sponsor(?:s|ing)? (?:a |an |the |your )?"
    rf"{_PERMIT}|{_PERMIT} (?:\w+ )?sponsorship|{_PERMIT} (?:is |are |can be |will be )?sponsored|"
    rf"sponsorship\b[^.\n]{{0,60}}\b(?:available|offered|provided|included)|^\W*sponsorship\b|"
    rf"(?:support|help|assist)(?:s|ed|ing)?(?: you)?(?: with)? (?:your |the |all )?{_PERMIT}|"
    rf"{_PERMIT} (?:support|assistance|help)|"
    # the employer gets the hire's visa, as a Gulf package says: "employment visa, flights and
    # accommodation provided"
    r"(?:employment|work|residence) visas?\b[^.\n]{0,60}\b(?:provided|included|arranged|covered)\b",
    re.I | re.M,
)
# "(you) would need a visa sponsored": the candidate's need, not the role's offer.
_NEEDED = re.compile(r"\bneed(?:s|ed)?\b[^.\n]{0,40}$", re.I)


def sponsors(terms: str) -> bool:
    return any(
        not _NEEDED.search(terms, max(0, m.start() - 50), m.start())
        for m in _SPONSOR_YES.finditer(terms)
    )


_RELOCATION = re.compile(
    r"relocation (package|support|assistance|budget|bonus|help|allowance)|help(ing)? you relocate|"
    r"relo (package|support|assistance|budget|bonus|help)|"
    # help with the move's costs: "help with relocation costs", "relocation costs covered",
    # "a shipping allowance for your move"
    r"(help|assist|support)\w* (you )?with (your |the )?(relocation|moving|the move)\b|"
    r"(relocation|moving) (costs|expenses) (are |will be )?(covered|paid|reimbursed)|"
    r"(cover|pay|reimburse)\w* (your |the )?(relocation|moving) (costs|expenses)|"
    r"(shipping|moving|removals?|relocation) allowance",
    re.I,
)
# Relocation said to be missing: "no relocation assistance", "relocation not provided".
_RELOCATION_NONE = re.compile(
    r"\b(?:no|without|not offering|unable to offer|cannot offer|can't offer|(?:don't|do not|doesn't|"
    r"does not|won't|will not) (?:offer|provide|pay|cover))\s+(?:any\s+|an?\s+)?$",
    re.I,
)
_RELOCATION_NONE_AFTER = re.compile(
    r"\W*(?:is |are )?(?:not (?:provided|offered|available|included)|unavailable)\b", re.I
)


_CONTRACT = [
    (
        "fixed_term",
        re.compile(
            r"fixed[- ]term|\bftc\b|maternity cover|\d{1,2}[- ]?(?:month|mo)s?\b(?:[- ]long)?\s+"
            r"(?:[\w-]+\s+){0,2}?(?:contract|role|position|engagement|assignment)\b",
            re.I,
        ),
    ),
    ("freelance", re.compile(r"\bfreelance\b", re.I)),
    # a project's seat ends with it: "project-based", "contractual" (the Philippines)
    ("fixed_term", re.compile(r"\bproject[- ]?based\b|\bcontractual\b", re.I)),
    # a season's contract ends with it: "Seasonal contract, December to April", "a seasonal role"
    ("fixed_term", re.compile(r"\bseasonal (?:contract|role|position|post|job)s?\b", re.I)),
    (
        "contract",
        re.compile(
            r"\b(contract (role|position|basis)|day rate|inside ir35|outside ir35|contractor|"
            # "W-2 hourly contract", "1099 contract role"
            r"(?:w-?2|1099|c2c|corp[- ]to[- ]corp)(?: hourly| salaried)? (?:contract|role|basis)|"
            r"hourly contract|(?<!no )(?<!not )(?<!never )(?:"
            r"contract[- ]to[- ]hire|c2h|(?:third[- ]party|vendor'?s?|partner'?s?) payroll|"
            # a temp's seat, perhaps made permanent later: "(temp to perm)", "a temp assignment"
            r"temp[- ]to[- ]perm|temp(?:orary)? (?:assignment|role|position|contract|post|job|"
            r"placement)s?))\b|"
            # a title's "(Contract)", "- Contract", "(contract, 12 months)"
            r"[(\-–—]\s*contract\s*(?:\)|$|[,;/]\s*\d)",
            re.I,
        ),
    ),
    # a travel nurse's or locum's assignment: "13-week travel contract", "Travel RN - ICU"
    (
        "contract",
        re.compile(
            r"\b\d{1,2}[- ]?(?:week|wk)s? (?:travel |local |locum )?(?:contract|assignment)s?\b|"
            r"\btravel (?:contract|assignment)s?\b|^travel (?:rn|nurse|lpn|cna|tech\w*|therapist|rrt)\b",
            re.I | re.M,
        ),
    ),
    (
        "permanent",
        re.compile(
            r"\b(permanent|perm role|full[- ]time permanent|clt|cdi|festanstellung|"
            # made regular after probation: "Regularization after 6 months", "direct hire"
            r"regulari[sz]ation|regulari[sz]ed after|regular (?:employment|status|position|hire)|"
            r"direct hire|"
            # an employee's seat, as agencies say it against freelance: "full-time staff role",
            # "a staff job with benefits", "in-house staff position"
            # (a bare "staff role" may be the level: "a hands-on staff role with no reports")
            r"(?:full[- ]time|in-house|salaried|paye|w-?2) staff (?:role|job|position|post)|staff jobs?|"
            r"(?<!-)on staff)\b",
            re.I,
        ),
    ),
]


# How long a fixed term or contract runs: "12-month contract", "a 6 month FTC", "fixed-term for
# nine months", "two-year fixed term", "contract (18 months)".
_N = r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty[- ]four)"
_UNIT = r"(?P<u>months?|mos?|m|years?|yrs?)"
_TERM = (
    r"(?:fixed[- ]term(?: contract)?|ftc|contract|maternity cover|secondment|temp(?:orary)? (?:role|contract)|"
    # an interim's or freelancer's: "Interim assignment, 3 months initially", "freelance contract"
    r"interim(?: assignment| role| position| contract)?|(?:freelance )?(?:assignment|engagement|mission))"
)
_LENGTH_FIRST = re.compile(
    rf"\b{_N}[- ]?{_UNIT}[- ](?:long |initial |rolling |temporary |\w+ ){{0,2}}{_TERM}\b", re.I
)
_TERM_FIRST = re.compile(
    # "Contract role (third-party payroll) for 11 months": a kind and an aside between
    rf"\b{_TERM}(?: role| position| basis)?(?: \([^)\n]{{0,40}}\))?\W{{1,3}}(?:of |for |lasting |running |"
    rf"duration:? |length:? |\()?(?:an? )?(?:initial )?"
    rf"{_N}[- ]?{_UNIT}\b",
    re.I,
)
_NUMBER = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "eighteen": 18,
}


def months_of(n: str, unit: str) -> int:
    """ "12", "months" -> 12; "two", "years" -> 24."""
    n = n.lower().replace("-", " ")
    count = 24 if n == "twenty four" else _NUMBER.get(n) or int(n)
    return count * 12 if unit.lower().startswith("y") else count


def contract_months(terms: str) -> int | None:
    """How many months the role's fixed term or contract runs, when its terms say."""
    m = _LENGTH_FIRST.search(terms) or _TERM_FIRST.search(terms)
    return months_of(m["n"], m["u"]) if m else None


def contract_kind(terms: str) -> str | None:
    """permanent, contract, freelance or fixed_term, as the first of ``_CONTRACT`` to match."""
    if _SAID_PERMANENT.search(terms):
        return "permanent"  # "this is a permanent role", though the agency places contractors
    kind = next((kind for kind, pattern in _CONTRACT if pattern.search(terms)), None)
    if kind == "fixed_term" and _CONTRACTOR.search(terms) and not _EMPLOYEE_TERM.search(terms):
        return "contract"  # "6-month contract, outside IR35, £550/day": a contractor's
    return kind


# The role said to be permanent in so many words (not "with a view to a permanent role").
_SAID_PERMANENT = re.compile(
    r"\b(?:this|the) (?:is an? |(?:role|position|job|post|vacancy) is (?:an? )?)(?:full[- ]time )?"
    r"permanent\b(?! (?:after|once|later|if|when))",
    re.I,
)
# A contractor's terms: a day rate, IR35, a corp-to-corp or 1099 form.
_CONTRACTOR = re.compile(
    r"\b(?:inside|outside) ir35\b|\bir35\b|\bday rate\b|\bdaily rate\b|/\s?day\b|\bper day\b|\bp/d\b|"
    r"(?<!no )(?<!not )\bc2c\b|(?<!no )\bcorp[- ]to[- ]corp\b|(?<!no )(?<!or )\b1099\b|"
    r"\bcontractors? (?:only|role|basis)\b|\bcontract[- ]to[- ]hire\b|\bc2h\b",
    re.I,
)
# ... against an employee's fixed term: "fixed-term", "FTC", "maternity cover".
_EMPLOYEE_TERM = re.compile(r"fixed[- ]term|\bftc\b|maternity cover", re.I)


def sponsorship(terms: str, requirement_lines: str) -> bool | None:
    """True: the role sponsors visas; False: it says it cannot (or asks for the right to work
    among its requirements, ``requirement_lines``); None: it does not say."""
    said = True if sponsors(terms) else None
    if _SPONSOR_NO.search(requirement_lines):
        said = False  # "must have the right to work in the UK" is a requirement line
    return said


def relocation_support(terms: str) -> bool | None:
    """True when the role helps its hire move, False when it says it does not, else None."""
    for m in _RELOCATION.finditer(terms):
        if _RELOCATION_NONE.search(terms, max(0, m.start() - 25), m.start()) or (
            _RELOCATION_NONE_AFTER.match(terms, m.end())
        ):
            return False  # "no relocation assistance", "relocation support not provided"
        return True
    return None
