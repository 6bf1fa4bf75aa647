"""What a role's company is, by its own description: its size and stage, its funding, and
whether it is a public or a private employer.

"one of Europe's largest insurers", "a 22-person Series A", "a family-owned manufacturer", "a
1,200-bed academic medical center", "an NHS trust", "private clinic, no NHS contracts".
"""

from __future__ import annotations

import re

from reading.role_industry import CHAIN

# A large company, by its own description: "one of Europe's largest insurers", "a FTSE 100
# bank", "a Fortune 500 retailer", "50,000 employees".
_LARGE = re.compile(
    r"\b(?:one of (?:the )?(?:[\w'’]+ )?(?:largest|biggest)|(?:ftse|fortune|s&p|dax|cac|euro ?stoxx|"
    r"nikkei|nifty|sensex|asx|tsx) ?\d{2,3}|global (?:bank|insurer|leader|brand|enterprise|3pl|network|"
    # (not a client's: "for a global bank's India GCC" says whom the work is for)
    r"carrier|airline|forwarder|logistics (?:provider|company|group))(?![’']s\b)|multinational|"
    # "one of the Big Four", "a Big 4 firm": the few largest of a trade
    r"one of the big (?:three|four|five|3|4|5)|(?:a|the) big (?:four|4) (?:firm|bank|accountanc\w*|practice)|"
    r"(?:a|an|the) global (?:[\w-]+ (?:and |& )?){0,3}(?:manufacturer|maker|producer|group|company)|"
    r"national (?:chain|network|newsroom|newspaper|broadcaster)|nationwide (?:chain|network)|"
    r"blue[- ]chip|household name|listed (?:company|group|on the)|"
    # games' big-budget studio: "AAA studio, 800 people", "a triple-A publisher"
    r"(?:aaa|triple[- ]a) (?:studio|publisher|developer|games? (?:studio|company|developer))|"
    # traded on a market: "Public company (NYSE)", "publicly traded", "NASDAQ-listed"
    r"public(?:ly)? (?:company|companies|co|corporation|listed|traded)|(?:nyse|nasdaq|lse|asx|tsx)[- ]listed|"
    r"\((?:nyse|nasdaq)(?::\s?[a-z]{1,5})?\))\b",
    re.I,
)
# Present in many countries: "offices in 60 countries", "a 3PL in 40+ countries" (a team this
# small, said beside it, is not a large company: "12 people serving clients in 30 countries").
_IN_MANY_COUNTRIES = re.compile(
    r"\bin (?:over |more than )?(?:[2-9]\d|[1-9]\d\d)\+? countries\b", re.I
)
_HEADCOUNT = re.compile(
    r"\b(?P<n>\d{1,3}(?:[,.\s]\d{3})+|\d+(?:\.\d+)?\s?k|\d{4,})\+?\s+(?:employees|staff|people|"
    r"colleagues|team members|associates|seats)\b",
    re.I,
)


# A company's size said as a number before what it is: "a 22-person Series A", "a 300-strong
# scale-up", "a team of 15".
# A headcount in words: "a six-person think tank", "a team of eight".
_COUNT_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30, "forty": 40}
_COUNT = r"\d{1,3}(?:,\d{3})*|" + "|".join(w for w in _COUNT_WORDS if w not in ("zero", "one"))
_SIZE_BEFORE = re.compile(
    rf"\b(?P<n>{_COUNT})[- ](?:person|people|strong|employee|staff|seat)\b|"
    r"\b(?:we(?:'re| are) (?:a team of|just|only)|a (?:small )?team of|"
    # the workplace and its headcount: "an independent studio of 12", "a practice of 8"
    rf"(?:studio|firm|practice|agency|company|business|outfit|shop) of) (?P<m>{_COUNT})\b"
    r"(?! (?:years?|%|countries|sites|offices|locations|stores|venues|hotels|schools|brands))",
    re.I,
)
# A mid-sized headcount said after the firm: "Independent agency, 200 people", "350 staff".
_MID_HEADCOUNT = re.compile(
    r"\b(?:[5-9]\d|[1-9]\d\d)\+?\s+(?:employees|staff|people|colleagues|team members)\b", re.I
)
# A firm run by its owners or kept small on purpose, not a group: "family-owned", "a boutique
# BPO", "owner-managed" (a headcount of 1,000 or more, or a listing, still makes it large).
_OWNER_RUN = re.compile(
    r"\b(?:family[- ](?:owned|run|business|firm|company)|owner[- ](?:run|managed|led|operated)|"
    r"boutique|independent(?:ly owned)? (?:firm|agency|company)|"
    # a small firm said as such: "we are a small company", "join a small, friendly firm" (not
    # a requirement's "experience in a small company")
    r"(?<!in )(?<!at )(?<!for )(?<!with )an? small,? (?:[\w-]+ )?(?:company|firm|business))\b",
    re.I,
)
# Its stage, by its funding round or as it calls itself.
_EARLY_STAGE = re.compile(
    r"\b(?:pre-?seed|seed[- ](?:stage|funded|round)|series a|early[- ]stage startup|"
    r"we(?:'re| are) (?:an? )?(?:[\w-]+ ){0,2}start-?up|"
    # the start-up the role joins: "join a 15-person hydrogen start-up" (not "start-up experience")
    # (not a requirement's "worked for a start-up")
    r"(?:join|joining|joins|(?<!worked )(?<!working )(?<!work )for|is|are) (?:a|an|our) "
    r"(?:\d+[- ](?:person|people|strong) )?(?:[\w-]+ ){0,2}"
    r"start-?up(?! (?:experience|environment|background|mentality|mindset|culture|world)\b)|"
    # a venture still being founded: "founding crew for a new regional airline", "launching next spring"
    r"founding (?:crew|team|members?|hires?|staff|employees?|engineers?)|"
    r"(?:a|an|our) new (?:[\w-]+ ){0,2}(?:airline|carrier|venture)|"
    r"(?:airline|carrier|company|business|venture|brand|operator|start-?up),? (?:is )?launching "
    r"(?:next|this|in|later|early))\b",
    re.I,
)
_LATER_STAGE = re.compile(
    r"\b(?:series [b-h]|pre-?ipo|late[- ]stage|growth[- ]stage|(?:a|an|we're a|we are a) (?:[\w-]+ ){0,2}"
    r"scale-?up)\b",
    re.I,
)


# Funded by venture capital: a priced round or investors named as such.
_PE_BACKED = re.compile(
    r"\b(?:(?:pe|private[- ]equity)[- ](?:backed|owned|funded)|owned by (?:a )?(?:pe|private[- ]equity)"
    r"|(?:pe|private[- ]equity) portfolio compan(?:y|ies))\b",
    re.I,
)
_VC_BACKED = re.compile(
    r"\b(?:series [a-e]|(?:vc|venture)[- ](?:backed|funded)|backed by [^.\n]{0,40}?"
    r"(?:ventures|capital|partners|a16z|sequoia|accel|index|vcs?)\b)",
    re.I,
)


# A public employer by name: "NHS trust", "NHS Scotland", "the civil service", "a county council".
_PUBLIC = re.compile(
    r"\b(?:nhs|civil service|local authority|(?:county|city|borough|district) council|"
    r"government department|public sector|national oil company|state[- ]owned|government[- ]linked|"
    # "Scotland's publicly owned railway", "a public operator", "in public ownership"
    # ("a publicly owned company" is also a listed one: not public by that alone)
    r"publicly[- ]owned(?! (?:and (?:listed|traded) )?(?:compan(?:y|ies)|firms?|corporations?|businesses))|"
    r"public(?:ly run)? (?:operators?|transport authority)|in public ownership|"
    r"semi[- ]government(?:al)?|"
    # "the analytics platform of a federal ministry", "the Ministry of Health"
    r"(?:federal|government|state|national) ministr(?:y|ies)|ministry of (?!sound\b)[a-z]+|"
    r"government entit(?:y|ies)|federal (?:authority|government|agency))\b",
    re.I,
)


# A private employer said as such, which no mention of the NHS beside it makes public: "private MSK
# clinic, no NHS contracts", "independent sector hospital", "non-NHS".
_PRIVATE = re.compile(
    r"\b(?:private (?:clinic|practice|hospital|sector|healthcare|provider|company|dental|dentistry|"
    r"cosmetic|physio\w*|msk|care (?:home|group|provider))|privately (?:funded|owned|run)|"
    r"independent (?:sector|hospital|provider)|no nhs(?: contracts?| work| patients| funding)?|non[- ]nhs)\b",
    re.I,
)


# A workplace without a union, said as such: "non-union site", "a non-EBA job", "union-free".
_NON_UNION = re.compile(
    # ("open shop", "merit shop": North American trades' words for a non-union contractor)
    r"\b(?:non[- ]?union(?:i[sz]ed)?|non[- ](?:eba|cba)|union[- ]free|not unioni[sz]ed|(?:open|merit)[- ]shop|"
    r"no (?:union|cba|eba|collective agreement)s?\b(?! (?:reps?|dues|membership)))",
    re.I,
)
# A workplace with one: "unionised", "covered by a collective agreement", "UFCW Local 293
# represented plant", "EBA site", "union rates" (a union's name alone is not enough: "Local 293"
# with the word "union" or "represented" beside it).
_UNION = re.compile(
    r"\b(?:unioni[sz]ed|union[- ](?:represented|site|plant|shop|workplace|environment|position|"
    r"role|job|contract|rates?|scale|agreement)|collective (?:bargaining |labou?r )?agreements?|"
    r"enterprise (?:bargaining )?agreement|(?:cba|eba)\b|bargaining unit|"
    r"local \d{1,4}\b[^.\n]{0,40}?\b(?:represented|union)|represented (?:plant|site|workforce|"
    r"facility|shop|position|employees|staff))",
    re.I,
)


def union_kind(text: str) -> frozenset[str]:
    """Whether the role's workplace is unionised ("union") or says it is not ("non_union")."""
    if _NON_UNION.search(text):
        return frozenset({"non_union"})
    return frozenset({"union"}) if _UNION.search(text) else frozenset()


# The employer's own team, not a supplier's: "Legal Counsel (in-house)", "client-side", "a captive
# centre", "sponsor-side, not a CRO" (a supplier's work for clients' in-house teams is no in-house
# seat: "we support our clients' in-house teams").
_IN_HOUSE = re.compile(
    r"(?<!clients' )(?<!client's )(?<!clients )\b(?:in[- ]house|(?:client|brand|sponsor)[- ]side|"
    r"captive (?:cent(?:re|er)|unit|operation|gcc|gic|shared[- ]services?)s?|not an? (?:agency|cro|bpo|"
    r"consultancy|outsourcer))\b",
    re.I,
)
# A supplier working for clients: an agency ("a creative agency", "agency side", "our agency"), a
# consultancy, an outsourcer ("a BPO", "our RPO team", "an outsourcing provider").
_AGENCY = re.compile(
    r"\b(?:(?:creative|digital|media|advertising|ad|marketing|branding|design|pr|social|content|"
    r"recruitment|recruiting|staffing|talent|search|full[- ]service|independent|boutique|our|an|the) "
    r"agency\b(?! (?:roster|partners?|relationships?|management|fees?|briefs?|spend))|agency[- ]side)",
    re.I,
)
_CONSULTANCY = re.compile(
    r"\b(?:(?:a|our|the|management|strategy|it|technology|engineering|boutique|global|big (?:four|4)) "
    r"(?:consultancy|consulting (?:firm|company|practice|house))|(?:bpo|rpo|kpo)s?|outsourc(?:ing|er)s? "
    r"(?:provider|partner|firm|company|business|cent(?:re|er)|specialist)s?|"
    r"(?:for|across|serving) (?:\w+ ){0,2}(?:clients|client accounts)|"
    # India's IT services majors, named: each works for clients ("Infosys, for a US client")
    r"infosys|tcs|tata consultancy services|wipro|hcl ?tech|hcl technologies|cognizant|tech mahindra|"
    r"accenture|capgemini|ltimindtree|mindtree|mphasis|hexaware|coforge|zensar|birlasoft|"
    r"(?:it )?services? (?:major|company|firm))\b",
    re.I,
)


def employer_kind(text: str) -> frozenset[str]:
    """Whether the role is in-house at its employer or with a supplier (an agency, consultancy or
    outsourcer); a role that says in-house is that, whatever suppliers it names ("no agency")."""
    if _IN_HOUSE.search(text):
        return frozenset({"in_house"})
    kinds = set()
    if _AGENCY.search(text):
        kinds.add("agency")
    if _CONSULTANCY.search(text):
        kinds.add("consultancy")
    return frozenset(kinds)


def company_kinds(text: str) -> frozenset[str]:
    public = (
        frozenset({"public_sector"})
        if _PUBLIC.search(text) and not _PRIVATE.search(text)
        else frozenset()
    )
    # "NHS trust", "a county council"; "in-house", "a creative agency"
    return _size(text) | public | union_kind(text) | employer_kind(text)


# A hospital's size by its beds: "a 1,200-bed Magnet academic medical center" is a big system (a
# unit's "30-bed telemetry unit" is not the hospital's).
_BEDS = re.compile(
    r"\b(?P<n>\d{1,2},\d{3}|\d{1,4})[- ]bed\b(?! (?:unit|ward|floor|icu|wing|department|step-?down|"
    r"med[- /]?surg|tele\w*|pcu|nicu|picu|er|ed|or|l&d))",
    re.I,
)
# A small hospital by its kind: "a critical access hospital", "a rural community hospital".
_SMALL_HOSPITAL = re.compile(r"\bcritical access hospital|\brural (?:community )?hospital\b", re.I)


def _big(text: str) -> frozenset[str]:
    """A large employer: a corporate one, or a scale-up grown large ("pre-IPO, 1,500 people")."""
    if _LATER_STAGE.search(text) and not _EARLY_STAGE.search(text):
        return frozenset({"large", "scaleup"})
    return frozenset({"large", "enterprise"})


def _size(text: str) -> frozenset[str]:
    if _LARGE.search(text):
        return frozenset({"large", "enterprise"})
    for m in _HEADCOUNT.finditer(text):
        raw = m["n"].lower().replace(" ", "")
        n = float(raw[:-1]) * 1000 if raw.endswith("k") else float(re.sub(r"[,.]", "", raw))
        if n >= 1000:
            return _big(text)
    for m in CHAIN.finditer(text):
        if int(m["n"].replace(",", "")) >= 20:
            return frozenset({"large", "enterprise"})  # "a 70-hospital national chain"
    small_hospital = bool(_SMALL_HOSPITAL.search(text))
    for m in _BEDS.finditer(text):
        beds = int(m["n"].replace(",", ""))
        if beds >= 400:
            return frozenset({"large", "enterprise"})  # "a 1,200-bed academic medical center"
        small_hospital = small_hospital or beds < 100  # "a 25-bed critical access hospital"
    kinds: set[str] = set()
    counted_mid = False  # a headcount of 50-999 said: neither small nor large
    for m in _SIZE_BEFORE.finditer(text):
        said = (m["n"] or m["m"]).lower()  # the pattern ignores case: "Eight engineers"
        n = _COUNT_WORDS[said] if said in _COUNT_WORDS else int(said.replace(",", ""))
        if n >= 1000:
            return _big(text)
        if n < 50:
            kinds.add("small")  # "a 22-person Series A"; 50-999 says neither small nor large
        else:
            counted_mid = True
    # ... nor with a plain count after it: "Independent agency, 200 people"
    counted_mid = counted_mid or bool(_MID_HEADCOUNT.search(text))
    if small_hospital:
        kinds.add("small")
    owner_run = _OWNER_RUN.search(text)
    # (an independent agency or firm whose headcount is said is as big as it says; a family firm
    # stays small in kind whatever its size)
    if owner_run and not (counted_mid and owner_run.group().lower().startswith("independent")):
        kinds.add("small")  # "a family-owned manufacturer", "a 60-seat boutique BPO": no group
    if _EARLY_STAGE.search(text):
        kinds.add("startup")
    elif _LATER_STAGE.search(text):
        kinds.add("scaleup")
        if "small" in kinds:
            kinds.add("startup")  # "Series B, 40 people": a scale-up still the size of a start-up
    if _IN_MANY_COUNTRIES.search(text) and not kinds & {"small", "startup"}:
        return frozenset({"large", "enterprise"})  # "a 3PL in 60 countries"
    return frozenset(kinds)


def private_sector(text: str) -> bool:
    return bool(_PRIVATE.search(text))


def vc_backed(text: str) -> bool:
    return bool(_VC_BACKED.search(text))


def pe_backed(text: str) -> bool:
    return bool(_PE_BACKED.search(text))


# The employer said to be a charity: "a national children's charity", "a registered charity",
# "an international NGO", "not-for-profit" - not a charity in passing: a benefit's "a charity of
# your choice", "volunteering days", a regulator's "Charity Commission returns", "charity events".
_NONPROFIT = re.compile(
    r"(?<!with )(?<!to )\b(?:(?:a|an|the|our|we(?:'re| are) an?)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:charity|ngo)|non-?profit|not[- ]for[- ]profit|third[- ]sector organi[sz]ation|"
    r"registered charity|charitable (?:trust|foundation|organi[sz]ation))\b"
    r"(?!\s+(?:of (?:your|their|the employee's|an employee's) choice|partners?|days?|events?|commission|"
    r"sector experience|experience|background|fundrais\w*|donations?|matching))",
    re.I,
)


def nonprofit(text: str) -> bool:
    """Whether a role's text says its employer is a charity or a non-profit."""
    return bool(_NONPROFIT.search(text))
