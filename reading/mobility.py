"""Where and how far: location, relocation and office days a week.

These facets need more than a word list: "lives in Leeds" is background while "Leeds only" is a
condition; "won't relocate" is a *must* that they stay (willing false), not an avoid. Visas and
the right to work are read in ``reading.right_to_work``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from reading.gates import gated
from reading.gazetteer import towns
from reading.negation import not_against
from reading.negation_after import refused_after
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
    # "moving his family to Melbourne": the household taken along is their own move
    r"(?:(?:his|her|their|my|the)\W+(?:whole\W+)?(?:family|kids|household)\W+)?"
    # "moving in January to Groningen": the move's month between the verb and the place
    r"(?:(?:in|by|this|next|early|late|mid|around)\W+(?:[a-z]+\W+)?)?"
    r"(?:to|out to|over to|up to|down to)\W+(?:the\W+)?$"
    # "following her partner to Madrid", "joining his wife out in Dubai": a move of their own
    r"|\b(?:following|follow|follows|joining|join|going with|moving with|relocating with)\W+(?:his|her|their|my)\W+"
    r"(?:ex-?\s?)?(?:husband|hubby|wife|partner|spouse|boyfriend|girlfriend|fianc[eé]e?|other half|family)"
    r"\W+(?:out\W+|over\W+|back\W+)?(?:to|in)\W+(?:the\W+)?$"
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


_N = r"(?:\d|one|two|three|four|five|once|twice|a)"
_WEEK = r"(?:\s?(?:a|per|each|/|p/?|in a)\s?(?:week|wk|w))?"
_OFFICE_DAYS = gated(
    re.compile(
        # "\b" first: the "a" of "max" is no count ("2 days max in office" is 2, not 1)
        # a count word right before the place counts places, not days: "wants a site that runs
        # it", "one site only", "two offices" ("2 onsite", "one day on site", "two office days"
        # are days)
        rf"(?:\b(?P<n1>{_N})(?!(?<=[a-z]) (?:the |an )?(?:office|site|hq)s?\b(?! days?\b))(?:[ -]days?| times|x)?{_WEEK}\W{{0,3}}(?:(?:max|maximum|tops|at most)\W{{1,3}})?"
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
            if len(name) == 2 and (
                _A_MAKE_AFTER.match(text, m.end()) or _A_MAKE_BEFORE.search(text, 0, m.start())
            ):
                continue  # "onto SG turbines", "not retraining on SG": Siemens Gamesa, a make
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
    if _GOING_BEFORE.search(before) and _VISIT_AFTER.match(after):
        return "skip"  # "going to Porto in August", "vou a Braga em agosto": a visit
    if _NO_RETURN.search(before) or (_LEFT.search(before) and _NO_RETURN_AFTER.match(after)):
        return "avoid"  # "never going back to NYC", "left London in 2020 and not going back"
    if _WONT_LEAVE.search(before):
        return "must"
    if re.search(r"\b(?:was|were|is)\s+(?:based\s+)?(?:in|at)\W*$", before):
        return "skip"  # "because the team was in Berlin": a fact about the role
    if (
        _MOVED_BEFORE.search(before)
        or _EMPLOYER_OUTSIDE.search(before)
        or _ERRAND_IN.search(before)
    ):
        return "skip"
    return None


# Where clients sit or an errand is done, not where they want to work: "misses being in front of
# clients in Kampala", "sorting out family stuff in Kumasi".
_ERRAND_IN = re.compile(
    r"\b(?:(?:clients?|customers?)(?: based)?|sort(?:ing|s)? out\b[^.;!?]{0,30}?)\W+in\W*$"
)


# A place that names a thing of its own: "the Melbourne office", "the Sydney Test", "the
# Melbourne Cup" (a race and its day, ``reading.anz_fixtures``).
_PLACE_AS_WORD = re.compile(
    r"^\W*(?:(?:role|job|position|opening|vacancy|opportunity)\b(?!s)|test\b|cup\b|offer|office(?! (?:roles|jobs|positions))|offices|site|hq|headquarters|client|co\b|company|team|trip|conference|meetup|branch|tower|bid\b|tender|"
    r"based (?:company|companies|startup)|(?:company|co|employer|firm)\b)"
)
_TRIP_TO = re.compile(
    r"\b(?:commut\w*|trips?|journey|drive|train|travel(?:l?ing)?|flights?|round[- ]trip|fly(?:ing)?|"
    r"visits?|across|around the)\b(?:\W+\w+){0,3}?\W+(?:to|in|at|from|into|across)?\W*$"
)
# A visit told with its time or reason: "heading to Lisbon next week for a wedding", "I'll be in
# Madrid over Christmas", "vou a Braga em agosto", "me voy a Sevilla en agosto" (the notes
# reach here with their months and "em"/"en" in English). Not a move ("moving to Porto in
# August", "going back to Lisbon for good"): no "back", and nothing after that says it is for good.
_GOING_BEFORE = re.compile(
    r"(?:\b(?:going|heading|flying|off|popping|nipping|driving|travell?ing|out)(?: over| up| down)? to|"
    r"\b(?:'ll|will|(?<!\w)i'm going to|gonna) be (?:in|at)|\bvisiting|\bvou (?:a|para|ao|à)|"
    r"\bvamos (?:a|para)|\bvoy a|\bje (?:pars|vais) (?:à|a|au|en)|\b(?:fahre|fliege|reise) nach|"
    r"\bvado a|\bga naar)\W*$"
)
_VISIT_AFTER = re.compile(
    r"^\W*(?:(?!for good|permanently|to live)[\w']+\W+){0,2}?"
    r"(?:(?:in|on|over|for|during|next|this|until|till|through)\W+(?:the\W+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"christmas|easter|new year|summer|winter|spring|autumn|fall|holidays?|half[- ]term|"
    r"week(?:end)?s?|month|wedding|funeral|family|vacation|break|few days|couple of|\d)|"
    r"tomorrow|tonight|next (?:week|month)\b)"
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
    r"(?:never|not|no|isn't|is not|won't|will not|wouldn't|would not|no way (?:i'd|she'd|he'd|they'd|i'm|i am|she's|he's|they're|we're)|"
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
    if wont and re.match(
        r"\W*(?:across |over )?(?:in)?to (?:a|an|another|the|any) (?:[\w/-]+ ){0,2}(?:jobs?|roles?|positions?|"
        r"posts?|compan(?:y|ies)|employers?|desk|contracts?|operators?|airlines?|carriers?)\b",
        segment[wont.end() :],
    ):
        wont = None  # "won't move to a days-only job": the job moved to, not a home moved
    if wont and wont.group().endswith("plan") and (wont["where"] or "") not in PLACES:
        wont = None  # "dropped the marketing plan": a plan given up is a move only with a place
    if wont and _JOB_REASON.match(segment[wont.end() :] + after):
        wont = None  # "not moving, love my team": staying in the job, not refusing to move home
    if wont:
        return False, wont.start(), wont.end()
    if m:
        negative = re.search(
            r"\b(?:no|not|never|without|rul(?:e|es|ed|ing) out)\b|n't\b", segment[: m.start()]
        ) or refused_after(segment[m.end() :])
        if not negative and not segment[m.end() :].strip():
            negative = refused_after(after, bare_only=True)  # "relo - no": the answer cut off
        return (not negative), m.start(), m.end()
    return None


# Days a week at a place of work named instead of "the office": "five days a week in Dearborn",
# "3 days a week in person", "two days at the plant".
_DAYS_AT = gated(
    re.compile(
        # ("once a week into Manchester": the days said as times a week, going into the town;
        # not "once a week in Bolton", where she may see her mum)
        rf"(?<!hours )(?<!hrs )(?<!minutes )(?<!mins )\b(?P<n>{_N})(?:[ -]days?{_WEEK} (?:in|at)|"
        r"(?:(?<=once)|(?<=twice)) (?:a|per|each) (?:week|wk) (?:into|in to)) (?:(?P<work>person|the (?:lab|plant|clinic|"
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


# The town before the days: "not doing Gatineau three days a week", "won't come in to Leeds
# 2 days a week" - the days are spent there, office days, not part-time hours.
_TOWN_DAYS = gated(
    re.compile(
        r"\b(?:do|doing|into|in to|(?:come|coming|go|going|get|getting|travel|commute|commuting|"
        r"train|ferry|drive|driving|head|heading)(?: in)? to)"
        rf" (?P<w>[a-z][\w'.-]*(?: [a-z][\w'.-]*){{0,2}}) (?P<n>{_N})[ -]days?{_WEEK}"
    )
)


def office_days(segment: str) -> tuple[int, int, int] | None:
    """(days in the office a week, start, end) for "office 2 days a week", "once a week in the
    office", "five days a week in Dearborn"."""
    m = _OFFICE_DAYS.search(segment)
    if m:
        word = m["n1"] or m["n2"] or m["n3"] or m["n4"] or m["n5"]
        days = int(word) if word.isdigit() else DAY_WORDS[word]
        return days, m.start(), m.end()
    for m in _DAYS_AT.finditer(segment):
        if m["work"]:
            end = m.end()
        else:
            town = _town_at(m["w"])
            end = town and m.start("w") + town
        if end:
            days = int(m["n"]) if m["n"].isdigit() else DAY_WORDS[m["n"]]
            return days, m.start(), end
    for m in _TOWN_DAYS.finditer(segment):
        if _town_at(m["w"]) == len(m["w"]):
            days = int(m["n"]) if m["n"].isdigit() else DAY_WORDS[m["n"]]
            return days, m.start("w"), m.end()
    return None


# Two capitals that name a make of kit as often as a place: "SG turbines" (Siemens Gamesa), "the
# SG 14-222 fleet", "retraining on SG" - the kit follows, or a ticket for it comes before.
_A_MAKE_AFTER = re.compile(
    r"[ -]+(?:\d+[.-]\d|(?:turbines?|machines?|blades?|nacelles?|fleet|platforms?|kit|units?|models?|"
    r"gearbox(?:es)?|wtgs?)\b)"
)
_A_MAKE_BEFORE = re.compile(
    r"\b(?:retrain\w*|trained|ticketed|certified|experience|experienced|ticket|training|"
    r"vestas|siemens|gamesa|ge|nordex|enercon)(?: (?:on|in|for|and|or|to|not|,))+\W*$"
)
