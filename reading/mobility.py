"""Where and how far: location, relocation, visa and office days a week.

These facets need more than a word list: "lives in Leeds" is background while "Leeds only" is a
condition; "won't relocate" is a *must* that they stay (willing false), not an avoid; "doesn't
need sponsorship" states the right to work.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from reading.gates import gated
from reading.gazetteer import towns
from reading.negation import not_against
from reading.places import CASE_SENSITIVE, FIRST_NAMES, ORDINARY_WORDS, PLACES

_PLACE = re.compile(
    r"(?<![\w-])(?P<place>"
    + "|".join(re.escape(p) for p in sorted(PLACES, key=len, reverse=True))
    + r")(?![\w]|-(?!only\b|ish\b|(?:based|area) (?:roles?|jobs?|positions?|only|opportunit))\w)"
    # "after Canada Day", "till Australia Day": a national day, not the country
    + r"(?!'?s? day\b)"
)
_BACKGROUND_PLACE = re.compile(
    r"\b(?:lives?|living|based|is|was|were|grew up|born|studied|currently|works?|worked|"
    r"working|from|office|offices|hq|headquartered|team|visited|trip|moved|relocated|"
    r"came|came back|returned|interviewed|met|i'm|i am|we're|we are)\W+(?:\w+\W+){0,2}(?:in|at|from|to|"
    r"near)?\W*$"
)
_STAY = re.compile(
    r"\b(?:stay|staying|remain|remaining)\b(?! (?:technical|hands|an? |ic|in (?:the )?(?:role|job|tech)))"
)
_MOVING_TO = re.compile(
    r"\b(?:moving|movng|move|moves|relocating|relocate|relocation|relo|heading|going back|emigrating|"
    r"planning to move|plans to move)\W+(?:back\W+)?"
    # "moving in January to Groningen": the move's month between the verb and the place
    r"(?:(?:in|by|this|next|early|late|mid|around)\W+(?:[a-z]+\W+)?)?"
    r"(?:to|out to|over to)\W+(?:the\W+)?$"
)
_NEAR = re.compile(
    r"\b(?:near|around|close to|within reach of|commutable (?:from|to)|in or around|in|based in|roles? in|jobs? in)\W*$"
)

_RELOCATE = re.compile(
    r"\b(?:relocat(?:e|ing|ion)|move (?:abroad|overseas|countries|country|cities|city|house|up north|"
    r"down south|back home|(?:out )?of london|to the (?:coast|country|countryside)|"
    r"the family|for (?:the right|a good|the) (?:role|job|opportunity))|moving (?:abroad|overseas|"
    r"countries|cities|the family)|up sticks|uproot(?:ing)?|"
    # "never been to Berlin but would love to move there": the place named before
    r"(?<=love to )move there|(?<=like to )move there|(?<=happy to )move there|(?<=keen to )move there|"
    r"(?<=open to )moving there|(?<=ready to )move there|(?<=willing to )move there|(?<=prepared to )move there|"
    r"(?<=ready to )shift there)\b"
)
_WONT_MOVE = re.compile(
    r"\b(?:(?:won't|will not|wouldn't|would not|can't|cannot|can not|unable to|not able to|isn't able "
    r"to|doesn't want to|don't want to|does not want to|not willing to|unwilling to|not open to|"
    r"not prepared to|never|isn't|is not|aren't|are not|won't be) (?:\w+ )?(?:move|moving|relocat\w*)|no relocation|not relocating|"
    r"not moving|relocation is (?:out|off|not)|"
    # a move given up: "dropping the Bangalore plan", "dropped the move to Pune", "the Pune move is off"
    r"(?:dropp(?:ing|ed)|drop|scrapp(?:ing|ed)|cancell?(?:ing|ed)|shelv(?:ing|ed)) (?:the |my |our |his |her )?"
    r"(?:(?P<where>[\w-]+) )?(?:move|plan|relocation)(?! to (?!\w+ (?:to|for)\b))|relocation (?:isn't|is not) (?:an option|possible|"
    r"on the table)|rooted|"
    # "staying in Singapore for good", "staying on in Cork permanently": no move ahead
    r"staying (?:on )?in (?:[\w-]+ ){1,3}?(?:for good(?! measure)|permanently|for the long haul)|(?<!visa is )(?<!visa )(?<!permit )(?<!status )tied to|staying put|(?<!once )(?<!after )(?<!when )(?<!'s )settled in(?!\W*$)"
    r"(?! (?:the|my|his|her|their|this|a) (?:new )?(?:team|role|job|company)))\b"
)
_WILL_MOVE = re.compile(
    r"\b(?:happy|open|willing|keen|prepared|ready|able|wants?|would|will|could|can|plans?|planning|"
    r"looking|considering|eager|up for|fine|ok|okay)\b"
)

_SPONSOR = gated(
    re.compile(
        r"\b(?:visa (?:is )?sponsored|sponsored visa|visa (?:paperwork|support|application|help)|if (?:a )?visa|"
        r"(?:visa )?sponsorship|sponsor(?:ed|ing)? (?:me|him|her|them)|sponsor (?:a |my |his |her )?visa|"
        # an employer's refusal names the visa by its class: "wouldn't sponsor a 482"
        r"(?<=n't )sponsor(?: (?:a|an|the|my|his|her|their) (?:new )?[\w-]+)?|(?<=not )sponsor(?: (?:a|an|the|"
        r"my|his|her|their) (?:new )?[\w-]+)?|(?<=refused to )sponsor(?: (?:a|an|the|my|his|her|their) [\w-]+)?|"
        r"h-?1b transfer|(?:would|will) need a (?:new )?sponsor|"
        # an employer-tied visa a move has to renew: "any move means a new O-1 petition",
        # "switching jobs would require a new E-3"
        r"(?:move|moving|switch(?:ing)?(?: jobs)?|job change|changing jobs|new job)\W+(?:\w+ )?(?:means|mean|would "
        r"mean|requires?|would require|needs|would need|will need)\W+(?:a |an )?(?:new |fresh )?(?:(?:o-?1|"
        r"h-?1b|l-?1|e-?3|tn|visa|work permit|status)\w? )?(?:petition|transfer|sponsor(?:ship)?|visa|filing|"
        r"(?:o-?1|h-?1b|e-?3|l-?1)\w?(?!\w))|"
        r"(?:new|fresh) (?:o-?1|h-?1b|e-?3|tn|l-?1)\w? (?:petition|filing|sponsorship)|(?:visa|sponsorship|work permit) (?:is )?"
        r"(?:needed|required)|"
        # a visa a new employer has to take over: "would need the new employer to transfer it",
        # "needs a new Skilled Worker sponsor", "visa tied to his employer"
        r"(?:new |next )?(?:employer|company|firm|job|role)(?: would| will)? (?:need|needs|have|has) to "
        r"(?:transfer|sponsor|file|take over)|(?:need|needs|needing|would need|will need) (?:the |a |an |his |"
        r"her |their |my )?(?:new |next )?(?:employer|company|firm) to (?:transfer|sponsor|file|take over)|"
        # "would need an employer to get her a Swiss work permit": the permit got for her
        r"(?:need|needs|needing|would need|will need) (?:the |a |an |his |her |their |my )?(?:new |next )?"
        r"(?:employer|company|firm) to (?:get|obtain|secure|arrange|apply for|request|support|back|help with)"
        r"(?: (?:her|him|them|me))?(?: (?:a|an|the|my|his|her|their))? (?:[\w-]+ )?(?:work permit|work visa|"
        r"permit|visa|blue card)|(?:transfer|take over) (?:the |my |his |her |their )?(?:visa|"
        r"h-?1b|l-?1|permit|sponsorship)|(?:needs?|needing|requires?|would need|will need) (?:a |an )?(?:new )?"
        r"(?:[\w-]+ ){0,2}sponsor|(?:visa|permit|h-?1b|status)(?: is)? (?:tied|linked|tethered) to (?:\w+ )?"
        r"(?:current |present )?(?:employer|company|job|firm)|employer[- ]tied (?:visa|permit)|"
        r"(?:need|needs|needing|needed|require|requires|required|will need|would need)\s(?:an? |to be |visa )?"
        r"(?:visa|work permit|sponsor(?:ed|ing)?|tier 2|"
        r"skilled worker visa|h-?1b|(?:eu )?blue card)|"
        # "would need a transfer" (of an H-1B), "needed a Critical Skills Employment Permit"
        r"(?:need|needs|needing|needed|will need|"
        r"would need)\s(?:an? )?(?:(?:visa|h-?1b) )?transfer|"
        # "would need us to file a transfer", "needs the client to do the H-1B transfer"
        r"(?:need|needs|needing|will need|would need) (?:us|you|them|the client|the new employer) to "
        r"(?:file|do|lodge|process|handle|sponsor|take on|issue|assign|give (?:her|him|them|me))"
        r"(?: (?:a|an|the|his|her|their))? (?:new |fresh )?"
        r"(?:(?:visa|h-?1b|l-?1) )?(?:transfer|petition|sponsorship|cos|certificate of sponsorship)|"
        # the UK's certificate of sponsorship ("cos" alone is also "because": an article first)
        r"(?:need|needs|needing|needed|will need|would need|require|requires)(?: (?:us|you|them|the (?:new )?\w+))?"
        r"(?: to (?:issue|assign|give|sponsor|get|provide)(?: (?:her|him|them|me))?)? (?:a |an |the )(?:new |fresh )?"
        r"(?:cos|certificate of sponsorship)|"
        r"(?:need|needs|needing|needed|will need|would need)\s(?:an? |the )?(?:[\w-]+ ){1,3}"
        r"(?:work |employment )?(?:permit|visa)|"
        # a national permit by its name: Ireland's Critical Skills or General Employment Permit
        # ("needs a CSEP"), the Dutch highly skilled migrant ("kennismigrant (HSM) permit")
        r"(?:need|needs|needing|needed|will need|would need|require|requires)\s(?:an? |the )?(?:new )?"
        r"(?:csep|gep|critical skills(?: employment)?(?: permit)?|general employment permit|"
        r"kennismigrant\w*|hsm|highly[- ]skilled migrant))\b"
    )
)
# An employer's refusal to sponsor ("they wouldn't sponsor her", "the firm refused to sponsor a
# 482"): the person needs what was refused (not "won't need sponsoring": a need denied).
_WOULD_NOT_SPONSOR = re.compile(
    r"\b(?:wouldn't|wouldnt|would not|won't|wont|will not|couldn't|could not|can't|cannot|didn't|did not|"
    r"refused to|unable to|not able to|not willing to|unwilling to) (?:(?!need|requir)\w+ )?sponsor(?!ship)"
)
_NO_SPONSOR_NEEDED = re.compile(
    r"\b(?:(?:doesn't|does not|don't|do not|won't|will not|wouldn't|no longer|never) (?:\w+ )?"
    r"(?:needs?|needed|requires?|required)|no (?:need (?:for|of)|visa needed|sponsorship (?:needed|required|necessary))|"
    r"without (?:needing|the need)|not (?:need(?:ed)?|required|necessary))\b|"
    r"\b(?:doesn't|does not|don't|do not|won't|will not|wouldn't|no longer|never|no)\W*$"
)
# the papers a move can need, as "no X or Y needed" lists them
_PAPER = r"(?:(?:work |employment )?(?:permit|visa)|sponsorship|lmia|(?:a )?cos|certificate of sponsorship)"
# the same list cut by the clause splitter at its "or": "no work permit or | LMIA needed"
_NONE_NEEDED_BEFORE = re.compile(
    rf"\bno {_PAPER}(?: (?:or|nor|and) (?:an? )?{_PAPER})+ (?:needed|required|necessary)\b"
    r"(?:\W+(?:any ?more|now|either|at all|for (?:her|him|them|me)))?\W*$"
)
_NO_VISA_ISSUE = gated(
    re.compile(
        r"\b(?:no (?:visa|sponsorship|immigration) (?:issues?|problems?|needs?|required|req'?d|needed|concerns?)|"
        r"(?:visa|sponsorship) (?:is )?(?:not an issue|no issue|not needed|not required|isn't needed|sorted)|"
        r"no (?:work |employment )?(?:permit|visa) (?:needed|required|necessary)|"
        # Canada's labour-market test not needed: "no LMIA needed", "no LMIA required for her"
        r"no lmia (?:needed|required|necessary)|"
        # several papers at once: "no visa or sponsorship needed", "no work permit nor LMIA required"
        rf"no {_PAPER}(?: (?:or|nor|and) (?:an? )?{_PAPER})+ (?:needed|required|necessary)|"
        r"no need for (?:a )?(?:visa|sponsorship)|(?:has|holds|got) (?:a )?work permit|"
        r"(?:has|holds|got|with|on) (?:a |an )?(?:eu |german )?blue card|"
        # the Gulf's transfer of sponsorship, and a residence held: "iqama transferable", "release
        # signed on Qiwa", "NOC in hand", "SPR since 2019, no pass needed"
        r"(?:iqama|qid|visa|residency|residence permit)(?: is)? (?:transferable|transferrable)|"
        r"transferable (?:iqama|qid|visa)|(?:signed|issued|given|granted) (?:him |her |them |me )?"
        r"(?:the |a |his |her |my )?(?:release|noc)|(?:release|noc) (?:is |was |already |has been )*"
        r"(?:signed|issued|granted|in hand|sorted|done)|"
        r"(?:s?pr|permanent resident|citizen) since (?:19|20)\d\d|no (?:pass|ep|employment pass|noc) "
        r"(?:needed|required))\b"
    )
)
_RIGHT_TO_WORK = gated(
    re.compile(
        r"\b(?:right to work|(?:full )?working rights|work rights|(?:british|uk|eu|us|irish|german|"
        r"french|dutch|swiss|american|canadian|australian) (?:citizen(?:ship)?|passport|national)|"
        r"eu passport|(?:pre-)?settled status|indefinite leave to remain|ilr|green card|"
        # Ireland's Stamp 4 (and Stamp 5): any work, no permit ("Stamp 1G" is a graduate's stay)
        r"stamp (?:4|iv|5)|"
        # a permit held now with its end years away: "a residence permit valid until 2028", "a
        # valid residence permit", "can work without restrictions"
        r"(?:valid|current) (?:residence|residency|work) permit|(?:residence|residency|work) permit "
        r"(?:is )?valid (?:until|till|to|through|thru) (?:\w+ )?20\d\d|(?:can|able to|allowed to) work "
        r"without (?:any )?restrictions?|"
        r"permanent residen(?:t|ce|cy)|dual (?:citizen|national)(?:ship)?|citizen|"
        # "naturalized last year": a citizen now
        r"(?<!not )(?<!never )(?<!being )naturali[sz]ed)\b"
    )
)

_N = r"(?:\d|one|two|three|four|five|once|twice|a)"
_WEEK = r"(?:\s?(?:a|per|each|/|p/?|in a)\s?(?:week|wk|w))?"
_OFFICE_DAYS = gated(
    re.compile(
        # "\b" first: the "a" of "max" is no count ("2 days max in office" is 2, not 1)
        # a count word right before the place counts places, not days: "wants a site that runs
        # it", "one site only", "two offices" ("2 onsite", "one day on site" are days)
        rf"(?:\b(?P<n1>{_N})(?!(?<=[a-z]) (?:the |an )?(?:office|site|hq)s?\b)(?:[ -]days?| times|x)?{_WEEK}\W{{0,3}}(?:(?:max|maximum|tops|at most)\W{{1,3}})?"
        r"(?:(?:in|at|into|on) )?(?:the |an )?"
        r"(?:office|site|on[- ]?site|hq|in[- ]office)"
        rf"|(?:office|on[- ]?site|in[- ]office|in the office|in office|hybrid)\W{{0,3}}(?:for )?"
        r"(?:(?:[a-z']+ ){0,3}?(?:if|as long as|provided) (?:it's|it is) )?(?:max |maximum |at most |up to |no more than |"
        rf"not more than |at least )?(?P<n2>{_N})(?: days?(?:{_WEEK})?| times{_WEEK}|x{_WEEK})"
        rf"|\b(?P<n3>{_N}) days?{_WEEK} (?:is|as) (?:my|his|her|their|the|a) (?:max|maximum|limit|most)"
        rf"|\b(?P<n4>{_N}) days?{_WEEK} (?:in )?(?P<place>[a-z]+)(?= max| tops| at most)"
        rf"|\b(?P<n5>{_N}) days?{_WEEK} in(?=\W*$| max| tops| at most))"
    )
)
DAY_WORDS = {
    "a": 1,
    "one": 1,
    "once": 1,
    "two": 2,
    "twice": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "ten": 10,
}


def places(text: str, original: str, origin: Callable[[int], int]) -> list[tuple[str, int, int]]:
    """(Title Case place, start, end) for each place named in lower-case ``text``.

    Beside the places in the list, a capitalised word right after "close to", "near" or
    "around" is read as a place too ("very close to Ely")."""
    out = []
    shouting = _shouting(original)
    near = None if shouting else _ANY_NEAR.search(text)
    for m in re.finditer(r"[a-z][a-z'-]+(?: [a-z][a-z'-]+)?", text[near.end() :] if near else ""):
        m = _Shifted(m, near.end())
        if not _NEAR_UNKNOWN.search(text[: m.start()]) or m.group() in PLACES:
            continue
        word = m.group().split()[0]
        src = origin(m.start())
        if re.match(r"\s?\d", text[m.start() + len(word) :]):
            continue  # "around AED 32k": a currency before an amount, not a place
        if original[src : src + 1].isupper() and word not in PLACES:
            out.append((original[src : src + len(word)], m.start(), m.start() + len(word)))
    for m in _PLACE.finditer(text):
        name = m["place"]
        if name in CASE_SENSITIVE:
            if shouting:
                continue  # "A TEAM AROUND ME", "CONTACT US": capitals say nothing here
            src = origin(m.start())
            if not original[src : src + 1].isupper():
                continue
            if name == "us" and original[src : src + 2] != "US":
                continue
        if (
            name in FIRST_NAMES or name in ORDINARY_WORDS and _sentence_start(text, m.start())
        ) and not _in_a_place_context(text, m.start(), m.end()):
            continue  # "Nice bloke", "Reading between the lines", "spoke to Sofia"
        if _ISSUED_BY.match(text, m.end()):
            continue  # "Michigan license already issued": who issued a licence, not a place
        if _WHO_IS_THERE.match(text, m.end()):
            continue  # "fine with US East Coast calls": people there, not where they would be
        out.append((PLACES[name], m.start(), m.end()))
    return out


# A place named as the issuer of a licence, a registration or a bar admission: "Texas license",
# "a California-only licence", "NSW registration", "the New York bar".
_ISSUED_BY = re.compile(
    r"(?:-only)?\s+(?:rn\s+|nursing\s+|teaching\s+|driver'?s\s+|driving\s+)?"
    r"(?:licen[cs]es?|licensed|licensure|registration|registered|bar\b|board\b|permit\b)"
)


# The people a place holds, worked with from elsewhere: "US customers", "US East Coast calls",
# "APAC stakeholders", "the Berlin team".
_WHO_IS_THERE = re.compile(
    r"(?: (?:east|west) coast| eastern| western| central| pacific)?(?: time)? (?:customers?|clients?|"
    r"calls?|hours|time ?zones?|stakeholders?|counterparts?|colleagues?|users?|accounts?|prospects?)\b|"
    # ... or a document it issues: "an EU Blue Card", "a UK passport", "US citizenship"
    r" (?:blue card|visas?|passports?|citizens?(?:hip)?|work permits?|residence permits?|residency|"
    r"nationals?|nationality|green card)\b"
)


# Words that make a name a place: "in Bath", "near Reading", "relocate to Nice", "live in Split".
_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|around|outside|close to|based|based (?:in|near|around|out of)|out of|from|"
    r"(?:mov\w*|relocat\w*|relo|go|going|head\w*|commut\w*|emigrat\w*|get|back|over|down|up|"
    r"return\w*)(?: \w+)? to|live|lives|living|stay(?:ing)? in|roles? in|jobs? in)\W*$"
)
_PLACE_AFTER = re.compile(
    r"^(?:-based|-only| area| based| office| suits| works| is (?:home|fine|ok|okay|where))\b"
)
_LISTED = r"(?:,|/|&|\bor\b|\band\b)"


def _sentence_start(text: str, start: int) -> bool:
    return bool(re.search(r"(?:^|[.!?:;\n(]|\s[-–—])\W*$", text[:start]))


def _in_a_place_context(text: str, start: int, end: int) -> bool:
    before, after = text[max(0, start - 40) : start], text[end : end + 40]
    if _PLACE_BEFORE.search(before) or _PLACE_AFTER.match(after):
        return True
    # Beside another place in a list: "Nice or Lyon", "London, Reading or remote".
    beside_after = re.match(rf"\W*{_LISTED}\W*(?:the\W+)?(?P<next>[a-z]+(?: [a-z]+)?)", after)
    if beside_after and (
        beside_after["next"] in PLACES
        or beside_after["next"].split()[0] in PLACES
        or beside_after["next"].startswith("remote")
    ):
        return True
    beside_before = re.search(rf"(?P<prev>[a-z]+)\W*{_LISTED}\W*$", before)
    return bool(
        beside_before and (beside_before["prev"] in PLACES or beside_before["prev"] == "remote")
    )


def ends_with_place(before: str) -> bool:
    """ "the Manchester" before "office roles": the office names where the roles are."""
    return bool(re.search(_PLACE.pattern + r"\W*$", before[-40:]))


@lru_cache(maxsize=64)
def _shouting(original: str) -> bool:
    """A note in capitals ("A TEAM AROUND ME"): capitals say nothing about places there."""
    return len(re.findall(r"[A-Z]", original)) > 2 * len(re.findall(r"[a-z]", original))


def place_is_background(before: str) -> bool:
    return bool(_BACKGROUND_PLACE.search(before)) and not _MOVING_TO.search(before)


def place_role(before: str, after: str) -> str | None:
    """ "skip" for a place that is not where they want to work ("the Berlin offer", "the commute to
    Cambridge", "travel to London"); "must" for "won't leave France"; else None."""
    if _PLACE_AS_WORD.match(after) or _TRIP_TO.search(before) or _REMOTE_FROM.search(before):
        return "skip"
    if _NO_RETURN.search(before) or (_LEFT.search(before) and _NO_RETURN_AFTER.match(after)):
        return "avoid"  # "never going back to NYC", "left London in 2020 and not going back"
    if _WONT_LEAVE.search(before):
        return "must"
    if re.search(r"\b(?:was|were|is)\s+(?:based\s+)?(?:in|at)\W*$", before):
        return "skip"  # "because the team was in Berlin": a fact about the role
    if _MOVED_BEFORE.search(before) or _EMPLOYER_OUTSIDE.search(before):
        return "skip"
    return None


_PLACE_AS_WORD = re.compile(
    r"^\W*(?:(?:role|job|position|opening|vacancy|opportunity)\b(?!s)|test\b|offer|office(?! (?:roles|jobs|positions))|offices|site|hq|headquarters|client|co\b|company|team|trip|conference|meetup|branch|"
    r"based (?:company|companies|startup)|(?:company|co|employer|firm)\b)"
)
_TRIP_TO = re.compile(
    r"\b(?:commut\w*|trips?|journey|drive|train|travel(?:l?ing)?|flights?|round[- ]trip|fly(?:ing)?|"
    r"visits?|across|around the)\b(?:\W+\w+){0,3}?\W+(?:to|in|at|from|into|across)?\W*$"
)
# "fully remote from Poland": where they would sit, not a location condition.
_REMOTE_FROM = re.compile(r"\b(?:remote(?:ly)?|work|working) from\W*$")
# "won't leave France", "not looking to leave Leeds", "no plans to leave Vancouver", "has no
# intention of leaving Bristol", "staying put in Cork": they stay where they are.
_WONT_LEAVE = re.compile(
    r"(?:\b(?:won't|will not|wouldn't|can't|cannot|not|never|doesn't want to|don't want to|no|nor)"
    r"(?: [\w']+){0,3}? leav(?:e|ing)|\bstay(?:s|ing)? put (?:in|at))\W*$"
)
# A return refused: "never going back to NYC", "not moving back to London", "no way she'd go back
# to Bangalore"; or a place left "and never going back".
_NO_BACK = (
    r"(?:never|not|no|isn't|is not|won't|will not|wouldn't|would not|no way (?:i'd|she'd|he'd|they'd)|"
    r"not ever|no plans? (?:of|to)|no intention of)(?: \w+){0,2}? (?:going|moving|heading|coming|"
    r"relocating|go|move|head|come|returning|return)\W+(?:back\b)?"
)
_NO_RETURN = re.compile(rf"\b{_NO_BACK}\W*(?:to|into)?\W*(?:the\W+)?$")
_LEFT = re.compile(r"\b(?:left|quit|escaped|fled|got out of)\W*$")
_NO_RETURN_AFTER = re.compile(rf"[^.;!?]{{0,30}}?\b{_NO_BACK}(?!\w)(?! (?:for|if|unless)\b)")
# "for a company based outside Spain": where the employer sits, not where they want to work.
_EMPLOYER_OUTSIDE = re.compile(
    r"\b(?:company|companies|employer|firm|business|startup|team|client)\W+(?:\w+\W+)?outside(?: of)?\W*"
    r"(?:the\W+)?$"
)
_MOVED_BEFORE = re.compile(
    r"\b(?:before|after|since|when) (?:moving|relocating|coming|he moved|she moved)\b|"
    # "has never been to Berlin (but would love to move there)": where they have been, no refusal
    r"\b(?:never|not yet|not once|hasn't|has not|haven't|have not)(?: \w+)?(?: (?:even|actually))? "
    r"(?:been|visited|lived|set foot)(?: (?:to|in|at|on))?\W*$"
)
_ANY_NEAR = gated(
    re.compile(r"\b(?:close to|near|based near|commutable|within reach of|around|in or near)\s")
)


class _Shifted:
    """A match in a slice of the text, with its positions in the whole text."""

    def __init__(self, m: re.Match, offset: int):
        self._m, self._offset = m, offset

    def group(self) -> str:
        return self._m.group()

    def start(self) -> int:
        return self._m.start() + self._offset


_NEAR_UNKNOWN = re.compile(
    r"\b(?:close to|near|based near|commutable (?:from|to)|within reach of|around|in or near)\s+$"
)


def moving_to(before: str) -> bool:
    return bool(_MOVING_TO.search(before))


def near(before: str) -> bool:
    return bool(_NEAR.search(before))


def stays(clause: str) -> bool:
    return bool(_STAY.search(clause))


# Why someone is "not moving" when the move is a change of job, not of home: the job they are
# happy in, a bonus or vesting to wait for, a promotion, the team - "not moving, love my team",
# "not moving anywhere, just been promoted". A home ("kids at school here", "Austin's home") is
# none of these, and neither is a move named with its object ("not moving cities / house").
_JOB_REASON = re.compile(
    r"^\s*(?:anywhere\s*)?(?:[,:-]|\bas\b|\bbecause\b|\bcos\b|\bsince\b)[^.!?;\n]{0,50}?\b(?:"
    r"happy (?:where|at|in (?:my|his|her|their|the) (?:job|role|team))|"
    r"settled in (?:the|my|his|her|their|this) (?:team|role|job)|"
    r"lov(?:e|es|ing) (?:my|his|her|their|the|this) (?:job|team|manager|boss|role|work|company)|"
    r"(?:just|recently) (?:been |got |was |were )?(?:promoted|started)|promotion|"
    r"bonus|vest\w*|rsus?|equity|cliff|payout|"
    r"(?:great|good|new|current) (?:team|manager|boss|job|role|employer|company))\b"
)


# Help with a move, lacking or asked for: "no relocation assistance", "would need a relo package".
_SUPPORT_AFTER = re.compile(
    r"\W*(?:help|assistance|package|support|budget|allowance|bonus|costs? covered|paid)\b"
)


_HELP_CUE = re.compile(
    r"\b(?:no|without|lack of|zero|need|needs|needed|would need|only|requires?|"
    r"required|must have|asked for|wanted|didn't (?:get|offer|include))\b"
)


def move_help(segment: str, start: int, end: int) -> int | None:
    """Where the help named with the move at ``segment[start:end]`` ends, when the move is
    named for that help ("no relocation assistance" was the lack, "needs a relocation package"
    the ask), not wanted or refused ("not relocating, even with a package")."""
    m = _SUPPORT_AFTER.match(segment, end)
    if not m or not _HELP_CUE.search(segment, max(0, start - 30), end):
        return None
    return m.end()


def relocation(segment: str, after: str = "") -> tuple[bool, int, int] | None:
    """(willing, start, end) when the segment speaks of moving home for work. ``after``: the
    rest of the sentence past the segment, where the reason for a bare "not moving" may be."""
    wont = _WONT_MOVE.search(segment)
    if wont and re.search(r"\bnot\W*$", segment[: wont.start()]) and wont.group().startswith("un"):
        return True, wont.start(), wont.end()  # "not unwilling to relocate"
    m = _RELOCATE.search(segment)
    if (
        m
        and _SUPPORT_AFTER.match(segment, m.end())
        and re.search(
            r"\b(?:even with|plus|and|along with) (?:a |the |any |full )?$", segment[: m.start()]
        )
    ):
        m = None  # "not relocating, even with a relocation package": the package, no move
    if m and not_against(segment[max(0, m.start() - 30) : m.start()]):
        return True, m.start(), m.end()  # "not against relocating", "no objection to moving"
    if wont and re.search(r"\bor (?:[\w']+ )?$", segment[: wont.start()]):
        wont = None  # "fully remote or I'm staying put": an ultimatum about the job, not a move
    if wont and re.match(
        r"\W*(?:anywhere\W+)?(?:until|till|before|pre|prior to|ahead of|for now|for a while|yet|right now|jobs?|roles?|"
        r"companies|on|this (?:year|quarter|month)|below|under|for (?:less|under|below|anything|a (?:pay )?cut|"
        r"that|[$£€]|\d))\b",
        segment[wont.end() :],
    ):
        # "not moving anywhere until the merger closes", "won't move for less than 110k": a job
        # move, not a home move
        wont = None
    if wont and wont.group().endswith("plan") and (wont["where"] or "") not in PLACES:
        wont = None  # "dropped the marketing plan": a plan given up is a move only with a place
    if wont and _JOB_REASON.match(segment[wont.end() :] + after):
        wont = None  # "not moving, love my team": staying in the job, not refusing to move home
    if wont:
        return False, wont.start(), wont.end()
    if m:
        negative = re.search(
            r"\b(?:no|not|never|without|rul(?:e|es|ed|ing) out)\b|n't\b", segment[: m.start()]
        )
        return (not negative), m.start(), m.end()
    return None


# A work permit that runs out, or a permit only an employer's support renews (Canada's LMIA).
_PERMIT_RUNS_OUT = re.compile(
    r"\b(?:(?:pgwp|work permit|work visa|open work permit|graduate visa|post-study (?:work )?(?:visa|permit)|"
    r"working holiday visa|stem opt|h-?1b|blue card|(?:his|her|my|their) visa|the visa|visa|"
    # a permit named by its kind or number: "his 485", "her OPT", "the H-4 EAD", "my EP", "IEC",
    # "Skilled Worker", "the iqama" (not an amount: "$485 a day")
    r"(?:stem )?opt(?![- ](?:out|in)\b)(?: ead)?|h-?4(?: ead)?|ead|iec|ep|employment pass|s[- ]pass|"
    r"dependant pass|skilled worker(?: visa)?|tss|iqama|residence permit|"
    r"(?:(?<=his )|(?<=her )|(?<=my )|(?<=their )|(?<=the )|(?<=a )|(?<=subclass ))"
    r"(?:482|485|500|417|462|457|408|491|494)|(?:482|485|500|417|462|457|408|491|494) visa)\b"
    r"(?:\W+\w+){0,4}?\W+"
    r"(?:runs? out|running out|expires?|expiring|ends|ending|lapses?|is up|exp\b\.?|"
    # "has 4 months left on it", "with six weeks to run": the time it has left
    r"(?:weeks?|months?|mo|mths?)\W+(?:left|remaining|to run|to go))\b|"
    r"(?:needs?|need an employer to|would need (?:an employer|someone) to) (?:support|sponsor|back) an? lmia|lmia)"
)
# A pass tied to the employer, which a new one has to apply for again: "on an EP tied to his
# current employer", "the new company would have to apply for a fresh EP", "needs a new S Pass".
_PASS = r"(?:ep|employment pass|s[- ]pass|work pass|work permit|work visa|h-?1b|visa|permit)"
_PERMIT_TIED = re.compile(
    rf"\b{_PASS}\W+(?:is |that's |which is )?tied to (?:his|her|my|their|the) (?:current )?"
    r"(?:employer|company|job)\b|"
    rf"\b(?:apply for|sponsor|file for|need(?:s|ing)?|get) (?:him |her |them |me )?(?:an? )?"
    rf"(?:fresh|new) {_PASS}\b|"
    # Canada's closed (employer-specific) permit: a new employer needs an LMIA to take them on
    r"\b(?:closed|employer[- ]specific|employer[- ]tied|tied) (?:work )?(?:permit|visa)\b|"
    # a sponsor who will not let them go: "sponsor won't release him", "school refuses to release
    # her", "iqama can't be transferred", "he'd have to exit and come back on a new visa"
    r"\b(?:won't|will not|wouldn't|refuses? to|refused to|not willing to) (?:release|give (?:him |her |"
    r"them |me )?(?:an? |the )?(?:release|noc))\b|"
    r"\b(?:iqama|qid|visa|residency)\W+(?:\w+\W+)?(?:can't|cannot|can not|won't) be transferred\b|"
    r"\b(?:re-?enter|come back|return) on a (?:new|fresh) (?:visa|iqama|permit)\b|"
    # a US work visa held now is the employer's petition: a new employer files again ("is on
    # H-1B himself", "currently on TN"); "was on H-1B" is _HELD_BEFORE's, "on H-4 EAD" is none
    r"\b(?:is|am|are|'s|'m|currently|still|now) on (?:an? |his |her |my |their )?(?:h-?1b|l-?1|e-?3|tn)"
    r"(?: visa| status)?\b(?!-| (?:ead|dependent|spouse))|"
    # a Gulf residence moved to a new sponsor: "needs an iqama transfer", "iqama transfer required"
    # (one under way, "iqama transfer still pending", is a wait: ``event_waits``)
    r"\b(?:needs?|needing|requires?|would need|will need|has to do) (?:an? |the |his |her )?"
    r"(?:iqama|kafala|sponsorship|residency) transfer\b|"
    r"\b(?:iqama|kafala|sponsorship|residency) transfer (?:needed|required|necessary)\b"
)
# ... unless the one who won't let them go is a line manager and no permit is named: "the GM won't
# release me in high season", "my head chef refuses to release her before Christmas".
_BOSS_HOLDS = re.compile(
    r"\b(?:gm|general manager|boss|manager|chef|head chef|owner|director|supervisor|hotel|restaurant|"
    r"store|property|team lead|line manager)'?s? (?:won't|will not|wouldn't|refuses? to|refused to|"
    r"not willing to) release\b(?!.*\b(?:visa|permit|iqama|noc|sponsor\w*|kafala|transfer\w*|"
    r"residency)\b)"
)
# ... unless it is kept: renewed, extended, or residence that does not run out.
_PERMIT_KEPT = re.compile(
    r"\b(?:renewed|extended|came through|approved|permanent resident|\bpr\b|citizen(?:ship)?|"
    r"no (?:sponsorship|visa) (?:needed|required))\b"
)


# A permit held before, not now: "had a closed work permit last year", "was on a tied visa".
_HELD_BEFORE = re.compile(
    r"\b(?:(?:had|used to have|previously had) (?:an?|the|his|her|their)|(?:was|were|used to be|"
    r"previously|came(?: here)?) on(?: an?| the| his| her| their)?)(?: [\w-]+){0,2}?\W*$"
)
_VISA_WORD = re.compile(
    r"\b(?:visas?|h-?1b|h1-b|l-?1|permits?|sponsor\w*|tier 2|skilled worker|opt)\b"
)
_VISITING = re.compile(r"\b(?:tourist|travel|visitor|visit|business|b1/b2|schengen|transit) visa\b")


# Someone else's pass: "her husband is on a dependant pass", "my wife needs a new EP".
_SOMEONE_ELSE = re.compile(
    r"\b(?:husband|wife|partner|spouse|son|daughter|kids?|children|brother|sister|mum|mom|dad|"
    r"mother|father|parents?|cousin|uncle|aunt|friend|colleague)(?:'s)?\b"
)


def visa(segment: str, around: str = "") -> tuple[str, int, int] | None:
    """("needs_sponsorship" | "has_right_to_work", start, end); a visa held is not a need, and
    one a relative needs is not theirs."""
    found = _visa(segment, around)
    if found and found[0] == "needs_sponsorship" and _SOMEONE_ELSE.search(segment, 0, found[1]):
        return None
    if found and _RELATIVE_IS.search(segment, 0, found[1]):
        return None  # "his wife is a US citizen": her status, not his
    return found


# A relative as the one whose status is said: "his wife is a US citizen", "her husband's a PR".
_RELATIVE_IS = re.compile(
    r"\b(?:husband|wife|partner|spouse|son|daughter|mum|mom|dad|mother|father|parents?)"
    r"(?:'s| is| was| who's| who is)(?: (?:also|already|now))?(?: an?| the)?(?: [\w-]+)?\W*$"
)


def _visa(segment: str, around: str = "") -> tuple[str, int, int] | None:
    fine = _NO_VISA_ISSUE.search(segment)
    if fine:
        return "has_right_to_work", fine.start(), fine.end()
    if around.endswith(segment) and _NONE_NEEDED_BEFORE.search(around):
        # "so no work permit or | LMIA needed": the list began before this segment
        return "has_right_to_work", 0, len(segment.rstrip())
    running_out = _PERMIT_RUNS_OUT.search(segment) or _PERMIT_TIED.search(segment)
    if running_out and _HELD_BEFORE.search(segment, 0, running_out.start()):
        running_out = None  # "had a closed work permit last year": the permit they held
    boss = running_out and _BOSS_HOLDS.search(segment)
    if boss and boss.start() <= running_out.start() < boss.end():
        running_out = None  # "GM won't release me till the season ends": a busy boss, no permit
    if running_out and not _PERMIT_KEPT.search(segment):
        # "on a PGWP that runs out next May", "an LMIA": a permit ending needs an employer's help
        return "needs_sponsorship", running_out.start(), running_out.end()
    m = _SPONSOR.search(segment)
    if m and (
        m.group().endswith("transfer")
        and not _VISA_WORD.search(around or segment)
        or _VISITING.search(m.group())
    ):
        m = None  # "would need a transfer to the London office", "needed a tourist visa"
    if m and _HELD_BEFORE.search(segment, 0, m.start()):
        m = None  # "had a visa tied to his employer": held before, not now
    if m and not re.search(r"\b(?:expires?|expiring|renewal)\b", segment):
        if _WOULD_NOT_SPONSOR.search(segment, 0, m.end()):
            # "the firm wouldn't sponsor a 482": an employer refused, so they need one
            return "needs_sponsorship", m.start(), m.end()
        if _NO_SPONSOR_NEEDED.search(segment[: m.start()]) or re.search(
            r"^\W*(?:not (?:needed|required)|isn't needed|is not needed|not an issue|sorted)\b",
            segment[m.end() :],
        ):
            return "has_right_to_work", m.start(), m.end()
        return "needs_sponsorship", m.start(), m.end()
    lacking = _LACKS_PERMIT.search(segment)
    if lacking:
        # "has no right to work in Colombia", "doesn't hold a Swiss work permit": one is needed
        return "needs_sponsorship", lacking.start(), lacking.end()
    r = _RIGHT_TO_WORK.search(segment)
    if r and not re.search(r"\b(?:no|not|without|lacks?|doesn't have)\b", segment[: r.start()]):
        return "has_right_to_work", r.start(), r.end()
    return None


# The right to work or a permit said to be lacking now (not a past one: "had no visa back then";
# not one needed no more: "no work permit needed" is read above as the right held).
_LACKS_PERMIT = gated(
    re.compile(
        r"\b(?:(?:has|have|holds?|with) no|(?:doesn't|does not|don't|do not) (?:yet )?(?:have|hold)|"
        r"(?:has|have)n't got|without|lacks?|lacking) (?:the |an? |any )?(?:[\w-]+ )?"
        r"(?:right to work|work(?:ing)? rights|work permit|work visa|work authori[sz]ation)\b"
        r"(?!\W*(?:needed|required|necessary|issues?|problems?))"
    )
)


# Days a week at a place of work named instead of "the office": "five days a week in Dearborn",
# "3 days a week in person", "two days at the plant".
_DAYS_AT = gated(
    re.compile(
        rf"(?<!hours )(?<!hrs )(?<!minutes )(?<!mins )\b(?P<n>{_N})[ -]days?{_WEEK} (?:in|at) (?:(?P<work>person|the (?:lab|plant|clinic|"
        r"store|warehouse|hospital|factory|studio|branch|depot|mill|yard|hq))\b|"
        r"(?P<w>[a-z][\w'.-]*(?: [a-z][\w'.-]*){0,2}))"
    )
)
# Towns that are English words too: "3 days a week in split shifts" names no town.
_WORD_TOWNS = {"mobile", "split", "nice", "sale", "university", "college", "deal", "march"}
_TOWN_PEOPLE = 50_000  # a town big enough to be named as where someone works


def _town_at(words: str) -> int:
    """The length of the town ``words`` begins with (0: none), longest first."""
    parts = words.split(" ")
    for n in range(len(parts), 0, -1):
        name = " ".join(parts[:n])
        if name in _WORD_TOWNS or name in FIRST_NAMES:
            continue
        if name in PLACES or any(t.people >= _TOWN_PEOPLE for t in towns(name)):
            return len(name)
    return 0


def office_days(segment: str) -> tuple[int, int, int] | None:
    """(days in the office a week, start, end) for "office 2 days a week", "once a week in the
    office", "five days a week in Dearborn"."""
    m = _OFFICE_DAYS.search(segment)
    if m:
        word = m["n1"] or m["n2"] or m["n3"] or m["n4"] or m["n5"]
        days = int(word) if word.isdigit() else DAY_WORDS[word]
        return days, m.start(), m.end()
    for m in _DAYS_AT.finditer(segment):
        end = m.end() if m["work"] else _town_at(m["w"]) and m.start("w") + _town_at(m["w"])
        if end:
            days = int(m["n"]) if m["n"].isdigit() else DAY_WORDS[m["n"]]
            return days, m.start(), end
    return None
