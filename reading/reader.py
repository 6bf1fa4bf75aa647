"""The reader: free text about a person -> conditions (see ``reading.conditions``).

Steps: normalise (lower case, shorthand expanded, typos corrected, offsets kept); read the
whole-text facets that do not depend on one clause (opt-outs, waits); then cut the text into
clauses and segments and read every other facet in each, giving each mention the direction of
the cue words of its segment. Everything is rules and word lists: no model, no network.
"""

from __future__ import annotations

import re
from datetime import date

from reading import (
    clearance,
    current_state,
    driving,
    mobility,
    role_terms,
    rotation,
    tax_forms,
    titles,
    topics,
    weekend_days,
)
from reading.channels import channels
from reading.clauses import Clause, clauses, sentences
from reading.conditions import Condition
from reading.contact import opt_ins, opt_outs
from reading.day_shifts import find_day_shifts
from reading.direction import REPORTED, overlaps, polarity, segment_at, someone_elses
from reading.facets import BARE_IS_WISH, BARE_SCHEDULE_NOT_WISHED, mentions
from reading.hours import find_hours
from reading.negation import carried, cue_at, lack_needed
from reading.new_start import new_start_waits
from reading.normalise import Normalised, normalise
from reading.pay import find_pay
from reading.threads import own_words
from reading.title_levels import read_titles
from reading.waits import find_waits
from reading.where import commute_days, read_mobility

_GENERIC_MISSION = re.compile(
    r"(?i)mission[- ]driven|purpose[- ]driven|something|meaningful|difference|matters|doing good"
)
# The next clause refuses what this one reports: "...; wants that to stop".
_STOPPED_NEXT = re.compile(
    r"\W*(?:and |but |so )?(?:(?:\w+ ){0,2}?(?:wants?|would like|'d like|needs?|hopes?) (?:that|it|this|them|"
    r"those) to (?:stop|end|change)|(?:that|it|this) (?:has|needs) to (?:stop|end|change)|(?:is |'s )?"
    r"(?:sick|tired) of (?:it|that))\b"
)
# The next sentence is nothing but a refusal of this one: "Pager. Never again.", "OOH support -
# not any more", "pagerduty? never again".
_REFUSED_NEXT = re.compile(
    r"[\W\s]*(?:(?:and|so|but) )?(?:never,? ever|never again|ever again|not again|never|not any ?more|"
    r"no more|no way|nope|hell no|not for me|not a chance|(?:i'm |i am |she's |he's |they're )?"
    r"(?:not|never) (?:doing|going back to) (?:it|that|this|that again|it again)(?: again| any ?more)?|"
    r"(?:i'm |she's |he's |they're )?done with (?:it|that|this)|"
    # "12-hour shifts - can't do, because of family", "Weekends. Not possible with the kids."
    r"(?:(?:i|he|she|they) )?(?:can't|cannot|can not|won't) do(?: (?:it|that|them|those|this))?|"
    r"(?:that's |it's |is )?(?:not possible|impossible|not doable|not feasible))(?:,? (?:ever|thanks|thank you|"
    r"sorry|period|full stop))?(?:,?\s+(?:because|due to|as|since|with|for)\b[^.!?;\n]*)?"
    r"\W*(?:$|[.!?;\n]|\s[-–—]\s)"
)
# A role held for now that they want to keep: "acting team lead ... wants to make it permanent".
_ACTING = re.compile(r"\b(?:acting|interim|stand-in|covering as|cover as)\W+(?:\w+\W+)?$")
_KEPT = re.compile(
    r"\bmake (?:it|that|this|the role|the position|the job) (?:permanent|official|stick)\b"
)
# A question about the role's terms: "Is it remote?", "Does the role need travel?".
_ASKS_ABOUT_THE_ROLE = re.compile(
    r"\W*(?:is|are|does|do|will|would|can|could)\s+(?:it|this|that|the (?:role|job|position|team|"
    r"company|client|office|salary|pay|base))\b[^?.!]*\?"
)
# A time kept for themselves: "weekends are family time", "evenings are sacred".
_KEPT_FREE = re.compile(
    r"\W*(?:are|is) (?:for )?(?:(?:my|our|his|her|their) )?(?:family(?: time)?|sacred|off[- ]limits|"
    r"protected|precious|(?:my|our) own|me time|time off|kids' time|for the kids|church|mass|chapel|"
    r"worship|prayer|shul|synagogue|the sabbath|rest)\b"
)
# A tool named, then loved: "self-taught Alteryx, loves it", "picked up dbt and really enjoys it".
_LOVES_IT = re.compile(
    r"(?:[^\w;.]+(?:and |but )?(?:(?!(?:his|her|their|my) (?!own\b)|(?:the|a|an|boss|manager|team)\b)\w+ ){0,4}?)?\W*"
    r"(?:(?:she|he|they|i) )?(?:really |genuinely )?(?:loves?|enjoys?|"
    r"likes?|adores?) (?:it|using it|working (?:in|with) it)\b"
)
# What the person is, not what they ask for: "ltd co contractor", "Freelancer, ...".
_WHO_THEY_ARE = re.compile(r"contractors?|freelancers?")
# How long they have done it: "contracting 8 years", "contractor (10y)", "perm since 2019".
_TENURE = current_state.TENURE
# ... unless they want more of it: "freelancing for three years and want to keep doing that".
_MORE_OF_IT = re.compile(r"\b(?:keep|stay|continue|carry on|same|similar|more of)\b")


# A working week asked for by what it is, read as what it leaves out: "Mon-Fri only" refuses
# weekend work, "full-time from January" part-time hours.
_THE_REST = {
    "weekdays_only": "weekends",
    "full_time": "part_time",
    "all_year": "term_time",
    "live_out": "live_in",  # "wants his own place in town": no tied house
}

# Facets whose mention may be how someone works now ("remote since 2020", "on nights for years").
_STATES = frozenset({"work_mode", "schedule", "industry", "contract", "company", "technology"})


def _end_of_sentence(t: str, pos: int) -> int:
    found = re.compile(r"[.!?;\n]").search(t, pos)
    return found.start() if found else len(t)


# The kind of work a pay figure is said for, next to it: "for a contract", "if it's contracting",
# "for a perm role", "on a permanent basis" (but "on $140/hr as a contractor" is what they earn).
_PAY_SCOPE = re.compile(
    r"\b(?:for|if|on|in)\s+(?:it(?:'s| is)\s+|its\s+|it was\s+)?(?:an?\s+|the\s+)?"
    r"(?P<kind>perm(?:anent)?|contract(?:ing|or)?|freelanc(?:e|ing)|fixed[- ]term|fte)"
    r"(?:\s+(?:roles?|work|basis|positions?|jobs?|gigs?|engagements?|offers?))?\b(?!\s+(?:roles? )?only)"
)
_SCOPE_KIND = {
    "perm": "permanent",
    "fte": "permanent",
    "contracting": "contract",
    "contractor": "contract",
}


def _pay_scope(t: str, a: int, b: int) -> tuple[str, int, int] | None:
    """(kind of contract, start, end) a pay figure at ``a``..``b`` is said for, within its sentence."""
    start = max(t.rfind(c, 0, a) for c in ".!?;\n") + 1
    end = _end_of_sentence(t, b)
    for m in _PAY_SCOPE.finditer(t, max(start, a - 40), min(end, b + 40)):
        word = m["kind"].replace(" ", "-")
        kind = _SCOPE_KIND.get(word) or ("freelance" if word.startswith("freelanc") else word)
        return kind.replace("-", "_"), m.start(), m.end()
    return None


# A part of a sector named before it: "fashion retail", "investment banking", "sports betting".
_SUB_SECTOR = re.compile(
    r"\b(?P<part>fashion|fast[- ]fashion|clothing|apparel|grocery|luxury|electronics|furniture|"
    r"high[- ]street|investment|private|sports|online|mobile|commercial|residential|crypto)\W*$"
)


_SUB_SECTOR_IN = re.compile(
    r"\b(?P<part>fast[- ]fashion|fashion|clothing|apparel|grocery|luxury)\b"
)  # "high-street fashion"


# A company named as where someone works, worked, interviews or has an offer from ("took the
# counter-offer from Salesforce", "was at Databricks", "interviewing with Snowflake", "ex-SAP",
# "the Databricks offer"): an employer, not a technology they want ("wants to work with
# Salesforce", "keen on Snowflake" still are).
_EMPLOYER_BEFORE = re.compile(
    r"(?:\b(?:counter[- ]?offers?|counters?|offers?|interviews?|loops?|process(?:es)?|final rounds?|"
    r"onsites?|talks|conversations?|stints?|tenure|spell|years?|yrs|months?|time|job|role|position|"
    r"gig|package|raise|promotion|buy-?back)(?: \w+)? (?:from|at|with|by)|"
    r"\b(?:was|is|been|works?|worked|working|work|employed|based|currently|now|still|started|starting|"
    r"interviewing|interviewed|talking|speaking|signed|poached|hired|headhunted|approached|placed|"
    r"landed|stayed|staying|returned|returning|back|contracting|consulting|jobs?|join|intern(?:ed|ing)?)"
    r"(?: \w+)? (?:at|for|by)(?! (?:scale|least|most|home)\b)|"
    r"\b(?:interviewing|interviewed|interviews|talks|talking|process|signed|final round) with|"
    r"\b(?:joined|joining|left|leaving|quit|quitting|ex|former(?:ly)?(?: at)?)|(?:^|\s)ex-)"
    r"(?: (?:the|a|an))?\W{0,2}$"
)
_EMPLOYER_AFTER = re.compile(
    r"(?:'s)?\s+(?:counter[- ]?offers?|counter|offers?|recruiters?|hiring (?:manager|process|team)|"
    r"interview(?:s|ing)?|loop|final round|talent team|package|process)\b"
)


def _employer(t: str, a: int, b: int) -> bool:
    """Whether the technology named at t[a:b] is a company named as an employer or offerer."""
    return bool(_EMPLOYER_BEFORE.search(t, max(0, a - 45), a) or _EMPLOYER_AFTER.match(t, b))


# A course taken part-time: "a part-time MSc", "PT MBA", "part-time course at night".
_STUDY_AFTER = re.compile(
    r"[\s-]+(?:\w+[\s-]+)?(?:msc|ma|mba|phd|bsc|ba|llm|masters?|master's|degree|course|courses|"
    r"studies|study|diploma|qualification|programme|program|bootcamp|postgrad\w*|acca|cima|cfa|"
    r"uni|university|college|classes)\b"
)
_STUDYING_BEFORE = re.compile(
    r"\b(?:studying|studies|study|enrolled|student|doing (?:her|his|my) \w+)\W+$"
)
_PART_TIME_HARD = re.compile(r"\b(?:part time|0\.\d fte|\d days a week|days a week)\b")


# A client's brief, a job spec or an advert quoted into the person's note ("JD pasted from
# client: 'must work nights; applicants unable to do nights will not be considered'"): the
# quoted words are the role's terms; what the person said of them comes after.
_PASTED_BRIEF = re.compile(
    r"\b(?:jd|job spec|spec|brief|advert|ad|job ad|job description|client|hiring manager|hm|"
    r"the role|role profile|requirements?)\b[^'\"‘“\n.]{0,60}?"
    r"(?:pasted|copied|quoted|says?|said|reads?|states?|wording|:)[^'\"‘“\n.]{0,40}?\W?"
    r"['\"‘“](?P<quote>[^'\"’”\n]{12,600})['\"’”]"
)


_DRIVING_THERE = re.compile(
    r"\bdriv(?:e|es|ing)\s+(?:in|into|through|around|across)\s+(?:central\s+)?$"
)


def read(text: str, *, said_at: date | None = None) -> list[Condition]:
    """Every condition in ``text``; spans index ``text``; waits resolve relative to ``said_at``."""
    if not text or not text.strip():
        return []
    said_at = said_at or date.today()
    # A pasted email: only what the person typed above the quote (same length, so spans hold)
    text = own_words(text)
    if not text.strip():
        return []
    norm = normalise(text)
    t = norm.text
    out = _Collector(norm, said_at)
    blocked: list[tuple[int, int]] = []
    opted = opt_outs(t)
    for a, b in opted:
        out.add(
            "contact", "avoid", {"kind": "opt_out", "channel": None}, a, b, 0.95, "rule:opt_out"
        )
        blocked.append((a, b))
    if not opted:
        # "changed my mind, happy to hear about roles again": lifts an earlier stop (data.conditions)
        for a, b in opt_ins(t, opted_out=False)[:1]:
            out.add(
                "contact", "wish", {"kind": "opt_in", "channel": None}, a, b, 0.9, "rule:opt_in"
            )
            blocked.append((a, b))
    # a job just begun holds them back only where the note names no wait of its own
    waits = find_waits(t, said_at, text) or new_start_waits(t, said_at)
    drives = driving.mentions(t)
    if drives and waits:
        # "banned until March": when the ban ends, not when they are open to hear from us
        waits = [w for w in waits if not any(a <= w[1] <= b + 40 for *_, a, b in drives)]
    for kind, pol, a, b in drives:
        if overlaps(a, b, blocked):
            continue
        value = {"kind": kind}
        if pol == "avoid" and kind == "licence" and "ban" in t[a:b]:
            if until := driving.ban_until(t, a, b, said_at.year, said_at.month):
                value["until"] = until
        out.add("driving", pol, value, a, b, 0.8, "rule:driving")
    for level, pol, a, b in clearance.mentions(t):
        if not overlaps(a, b, blocked):
            out.add("clearance", pol, {"level": level}, a, b, 0.8, "rule:clearance")
            blocked.append((a, b))  # "TS/SCI cleared" is no TypeScript
    if waits:
        # One wait per note: where several dates are named, the last one is when they are free.
        day, a, b = max(waits)
        value = {"until": day.replace(day=1).isoformat()}
        if day.day > 1:  # a holiday's own day: the wait holds to it, not to the 1st of its month
            value["day"] = day.isoformat()
        out.add("wait", "must", value, a, b, 0.9, "rule:wait")
        blocked.extend((a, b) for _, a, b in waits)
    for value, pol, a, b in find_hours(t):
        # "won't work past 11pm", "no 12s": a bound on the day or the shift, not shift work refused
        if not overlaps(a, b, blocked):
            out.add("schedule", pol, value, a, b, 0.75, "rule:hours")
            blocked.append((a, b))
    days = [
        (value, pol, a, b) for value, pol, a, b in find_day_shifts(t) if not overlaps(a, b, blocked)
    ]
    for value, pol, a, b in days:
        # "wants days", "cand only works 1st": the night (or the evening) shift refused
        out.add("schedule", pol, value, a, b, 0.75, "rule:day_shift")
    blocked.extend((a, b) for *_, a, b in days)
    previous = None
    asked = [(a, b) for a, b in sentences(t) if _ASKS_ABOUT_THE_ROLE.match(t[a : b + 1])]
    pasted = [m.span("quote") for m in _PASTED_BRIEF.finditer(t)]
    for clause in clauses(t):
        if overlaps(clause.start, clause.end, asked):
            continue  # "Is the role remote?": a question about the role states nothing of theirs
        lead = _lead(t, previous, clause)
        _read_clause(t, clause, out, blocked, opted, norm, lead)
        previous = clause
    # What no facet read: a refusal or a wish of something the role's own text may name
    covered = [*out.at.values(), *blocked, *asked]
    for pol, value, a, b in topics.topics(t, covered):
        out.add("topic", pol, value, a, b, 0.6, "rule:topic")
    if pasted:
        # a client's brief quoted in the note: the client's terms, not the person's
        out.items = [
            c
            for c in out.items
            if not any(a <= out.at[id(c)][0] and out.at[id(c)][1] <= b for a, b in pasted)
        ]
    if "driv" in t:
        # "doesn't like driving in London": the drive there, not work there, is disliked
        out.items = [
            c
            for c in out.items
            if not (
                c.facet == "location"
                and c.polarity == "avoid"
                and _DRIVING_THERE.search(t, max(0, out.at[id(c)][0] - 30), out.at[id(c)][0])
            )
        ]
    if _NOW.search(t):
        out.items = _current_stance(t, out)
    # "The role is 4 days a week in Leeds": the role's terms, the person's only if they take a side
    out.items = role_terms.retake(out.items, t, norm, lambda x: read(x, said_at=said_at))
    return out.conditions()


# A stance given up for another: "used to insist on remote, now fine with 2 days in", "was open to
# relo last year, not anymore", "was fine with hybrid until he moved to Cornwall - remote only now".
_NOW = re.compile(r"\b(?:now|nowadays|these days|any ?more|no longer|since then)\b")
_PAST = re.compile(
    r"\b(?:used to|use to|previously|in the past|back then|at first|originally|at one point|was|were|"
    r"had been)\b"
)
_PART_BREAK = re.compile(r"[,;.!?\n]|\s[-–—]\s|\b(?:but|though|although|however|whereas)\b")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)|\n")
_STILL = re.compile(r"\b(?:still|too|also|as well|again)\b")
_NOW_FINE = re.compile(
    r"\b(?:fine|ok|okay|happy|open|keen|comfortable|good|likes?|enjoys?|come round|came round|"
    r"warmed (?:up )?to|relaxed|up for|willing|cool|alright|all right|no (?:problem|issue))\b"
)
_NOW_NOT = re.compile(r"\b(?:not|no longer|never|done|over it|off it|nope)\b|n't\b")
_FLIP = {"wish": "avoid", "must": "avoid", "avoid": "wish"}


def _current_stance(t: str, out: _Collector) -> list[Condition]:
    """Conditions with a stance given up replaced by the one held now: the past one is dropped when
    the present names the same facet, turned over by "not any more" / "fine with it now", and
    dropped otherwise."""
    items = list(out.items)
    for now in _NOW.finditer(t):
        start = max(
            (m.end() for m in _PART_BREAK.finditer(t, max(0, now.start() - 120), now.start())),
            default=0,
        )
        stop = _PART_BREAK.search(t, now.end())
        stop = stop.start() if stop else len(t)
        # the past said in the same sentence ("; " and " - " join the two halves)
        sentence = max((m.end() for m in _SENTENCE_STOP.finditer(t, 0, start)), default=0)
        past = list(_PAST.finditer(t, max(sentence, start - 120), start))
        if not past:
            continue
        p = past[0].start()
        now_part = t[start:stop]
        if _STILL.search(now_part):
            continue  # "remote only, was last year too": nothing given up

        def span(c):
            return out.at.get(id(c), (-1, -1))

        gone = [c for c in items if c.facet not in ("contact", "wait") and p <= span(c)[0] < start]
        if not gone:
            continue
        current = {c.facet for c in items if start <= span(c)[0] < stop}
        kept = []
        for c in items:
            if c not in gone:
                kept.append(c)
                continue
            if c.facet in current or (c.facet == "location" and "relocation" in current):
                continue  # "used to insist on remote, now fine with 2 days in"
            if c.facet == "location" and any(g.facet == "relocation" for g in gone):
                continue  # the place of a move given up
            if _NOW_FINE.search(now_part) and not _NOW_NOT.search(now_part):
                if c.polarity == "avoid":  # "used to hate Django, fine with it now"
                    kept.append(_turned(c, "wish"))
                continue
            if _NOW_NOT.search(now_part):
                kept.append(_turned(c, _FLIP[c.polarity]))  # "was open to relo, not anymore"
            # otherwise the stance is simply past
        items = kept
    return items


# A stop reported as asked before ("I told you to stop emailing back in the spring").
_REPORTED_STOP = re.compile(
    r"\b(?:told|asked|said to|begged|wanted) (?:you|u|us|them|the team)(?: guys)? (?:to |not to )(?:stop )?$"
)

# "no call/no show": who did not turn up, cut into two segments at the slash.
_NO_SHOW_AFTER = re.compile(r"\s*[/,&+]\s*no[- ]?show")


def _taken_back(out: _Collector) -> bool:
    return any(c.facet == "contact" and c.value.get("kind") == "opt_in" for c in out.items)


def _turned(c: Condition, polarity: str) -> Condition:
    value = dict(c.value)
    if c.facet == "relocation":
        value["willing"] = not value.get("willing")
        polarity = "wish" if value["willing"] else "must"
    return Condition(c.facet, polarity, value, c.start, c.end, c.confidence, c.method, c.said_at)


# A bare list after a refusal and a dash that ends on "now" or "instead" names what they want in
# its place ("done with the bench - ops and management now", "no nights - days instead").
_TURNED_TO = re.compile(
    r"\W*(?:[\w'-]+ ){0,5}?[\w'-]+ (?:now|instead|from now on|going forward|these days)\b(?!\W*(?:either|too)\b)"
)


def _lead(t: str, previous: Clause | None, clause: Clause) -> str | None:
    """ "Wants something that matters - health, climate": a bare list after a dash takes the cue
    of the clause it elaborates."""
    if previous is None or not re.fullmatch(r"\s*[-–—:]\s*", t[previous.end : clause.start]):
        return None
    if _TURNED_TO.match(t, clause.start, clause.end):
        return "wish"  # "away from the bench - pure ops and management now": what they turn to
    for s, e in reversed(previous.segments):
        got = carried(t[s:e])
        if got is not None:
            return got
    return None


# A journey to work, whose days a week are not the job's hours ("the GO train is fine two days a
# week").
_JOURNEY = re.compile(r"\b(?:train|drive|driving|commut\w+|bus|tube|journey|ferry|the run to)\b")
# A commute said to be fine: "commute's no problem", "the drive is fine".
_COMMUTE_FINE = re.compile(
    r"\W*(?:'s|is|was|would be)?\s*(?:no problem|not a problem|no issue|not an issue|fine|ok|okay|"
    r"manageable|doable|easy)\b"
)
_MINDS_NOT = re.compile(
    r"\b(?:(?:doesn't|does not|don't|do not|wouldn't|"
    r"would not|never) mind|no problem with|fine with|"
    r"happy (?:with|to do)|used to|"
    # "fine driving into the CBD daily", "happy to drive in", "ok commuting"
    r"(?:fine|happy|ok|okay|good|no drama|no dramas|no worries|comfortable|keen) (?:with )?(?:driving|"
    r"to drive|commuting|to commute|doing the (?:drive|commute|run))|beats? the (?:\w+ )?traffic)\b"
)
# A region's working day: "US shift", "UK hours", "APAC timings".
_REGION_HOURS = re.compile(
    r"(?:us|u\.s\.|uk|apac|emea|americas?|american|european|eu|aus|anz|australian|est|pst|cst|gmt)"
    r"(?: day)? (?:shifts?|hours|time ?zones?|timings?|process)\b"
)


class _Collector:
    def __init__(self, norm: Normalised, said_at: date):
        self.norm, self.said_at, self.items = norm, said_at, []
        self.at: dict[int, tuple[int, int]] = {}  # id(item) -> its span in the normalised text

    def add(self, facet, polarity, value, a, b, confidence=0.8, method="rule") -> None:
        start, end = self.norm.span(a, b)
        item = Condition(facet, polarity, value, start, end, confidence, method, self.said_at)
        self.items.append(item)
        self.at[id(item)] = (a, b)

    def _generic_mission(self, c: Condition) -> bool:
        said = self.norm.source[c.start : c.end]
        return c.facet == "mission" and bool(_GENERIC_MISSION.search(said))

    def _region_hours(self) -> None:
        """ "US shift", "UK hours from India": the hours of a region, not a wish to live there
        (nor a refusal of the place they work those hours from)."""
        t = self.norm.text
        spans = [
            self.at[id(c)]
            for c in self.items
            if c.facet == "schedule" and _REGION_HOURS.match(t, self.at.get(id(c), (0, 0))[0])
        ]
        if not spans:
            return

        def region(c: Condition) -> bool:
            a, b = self.at.get(id(c), (-1, -1))
            return any(
                x <= a < y or (0 <= a - y <= 30 and re.fullmatch(r"\W*(?:\w+\W+)?from\W+", t[y:a]))
                for x, y in spans
            )

        self.items = [c for c in self.items if not (c.facet == "location" and region(c))]

    def _commutes_refused(self) -> None:
        """A refused commute learns how often it is too often from its sentence ("a deal breaker
        more than once a month"); one said to be fine ("commute's no problem") is no refusal."""
        t, kept = self.norm.text, []
        for c in self.items:
            if c.facet == "commute" and c.polarity == "avoid" and id(c) in self.at:
                a, b = self.at[id(c)]
                start = max(t.rfind(x, 0, a) for x in ".!?\n") + 1
                if _COMMUTE_FINE.match(t, b) or _MINDS_NOT.search(t, start, a):
                    continue  # "doesn't mind a long train ride": no refusal
                if "days" not in c.value:
                    days = commute_days(t, start, _end_of_sentence(t, b))
                    if days is not None:
                        c.value["days"] = days
            kept.append(c)
        self.items = kept

    def conditions(self) -> list[Condition]:
        seen, kept = set(), []
        if any(c.facet == "commute" for c in self.items):
            self._commutes_refused()
        if any(c.facet == "location" for c in self.items):
            self._region_hours()
        if any(c.facet == "work_mode" and c.value.get("days") for c in self.items):
            # "hybrid, 3 days in the office at most": one condition, the one with the days
            self.items = [
                c
                for c in self.items
                if not (
                    c.facet == "work_mode"
                    and c.value.get("mode") == "hybrid"
                    and not c.value.get("days")
                )
            ]
        if any(c.facet == "mission" and c.value["name"] != "social impact" for c in self.items):
            # "mission-driven orgs in the climate space": the named mission is what they mean
            self.items = [c for c in self.items if not self._generic_mission(c)]
        pays = [c for c in self.items if c.facet == "pay"]
        floors = {(c.value["amount"], c.value["currency"]) for c in pays if c.polarity == "must"}
        if any(c.value["amount"] is not None for c in pays):
            # "declined over salary - she wanted £75k": the amount says it; "£90k ... was her floor"
            self.items = [
                c
                for c in self.items
                if c.facet != "pay"
                or c.value["amount"] is not None
                and not (
                    c.polarity == "wish" and (c.value["amount"], c.value["currency"]) in floors
                )
            ]
        commutes = [c for c in self.items if c.facet == "commute"]
        if len(commutes) > 1:
            # the cap they set before a journey they make ("1h40 each way from Chelmsford ...
            # ideally under an hour"), which keeps where the journey starts
            keep = next(
                (c for c in commutes if c.value.get("minutes") and c.polarity == "must"),
                next(
                    (
                        c
                        for c in commutes
                        if c.value.get("minutes") is not None and not c.value.get("from")
                    ),
                    next((c for c in commutes if c.value.get("minutes") is not None), commutes[0]),
                ),
            )
            origin = next((c.value["from"] for c in commutes if c.value.get("from")), None)
            if origin:
                keep.value.setdefault("from", origin)
            self.items = [c for c in self.items if c.facet != "commute" or c is keep]
        refused = {
            c.value["kind"] for c in self.items if c.facet == "schedule" and c.polarity == "avoid"
        }
        # "Weekends are family time, non-negotiable. Zero weekend work.": one refusal, not a must too
        self.items = [
            c
            for c in self.items
            if not (c.facet == "schedule" and c.polarity != "avoid" and c.value["kind"] in refused)
        ]
        formed = {c.key() for c in self.items if c.facet == "contract" and c.value.get("form")}
        if formed:
            # "contractor, outside only": the same contract condition, with its form
            self.items = [
                c
                for c in self.items
                if not (c.facet == "contract" and not c.value.get("form") and c.key() in formed)
            ]
        cued = {(c.facet, *c.key()[2:]) for c in self.items if c.method != "rule:bare"}
        items = [
            c for c in self.items if c.method != "rule:bare" or (c.facet, *c.key()[2:]) not in cued
        ]
        for c in sorted(items, key=lambda c: (c.start, -c.end)):
            if c.key() not in seen:
                seen.add(c.key())
                kept.append(c)
        return kept


def _read_clause(
    t: str, clause: Clause, out: _Collector, blocked, opted, norm: Normalised, lead: str | None
) -> None:
    c0, c1 = clause.start, clause.end
    text = t[c0:c1]
    taken: list[tuple[int, int]] = []
    read_mobility(t, clause, out, taken, norm, lead)
    for v, pol, a, b in find_pay(text, t, c0):
        a, b = a + c0, b + c0
        if overlaps(a, b, blocked):
            continue
        if pol is None:
            if polarity(t, clause, a, b) in (None, "background"):
                continue
            pol = "wish"
        scope = _pay_scope(t, a, b)
        if scope:
            # "won't go below 140/hr for a contract", "for a perm role I'd need 90k": a floor for
            # that kind of work, not a wish for (or refusal of) it
            kind, x, y = scope
            v = {**v, "terms": kind}
            taken.append((x, y))
        out.add("pay", pol, v, a, b, 0.85, "rule:pay")
        taken.append((a, b))
        if v.get("period") == "day" and not scope:
            # A day rate is a contractor's pay: the person is after contract work.
            out.add("contract", "wish", {"kind": "contract"}, a, b, 0.6, "rule:bare")
    title_hits = titles.titles(text)
    found = mentions(text)
    sizes = [(m.start, m.end) for m in found if m.facet == "company"]
    for m in found:
        a, b = m.start + c0, m.end + c0
        if overlaps(a, b, taken) or overlaps(a, b, blocked):
            continue
        if m.facet == "technology" and any(s <= m.start and m.end <= e for _, s, e in title_hits):
            continue  # "ML Engineer roles": the title, not the technology
        if m.facet == "technology" and _employer(t, a, b):
            continue  # "took the counter-offer from Salesforce": the employer, not the technology
        pol = polarity(t, clause, a, b)
        if m.facet == "industry" and pol == "avoid" and overlaps(m.start, m.end, sizes):
            continue  # "hated the big corporate hospital": the size is refused, not healthcare
        if pol in (None, "background") and (
            _STOPPED_NEXT.match(t[c1 : c1 + 80]) or _REFUSED_NEXT.match(t[c1 : c1 + 60])
        ):
            pol = "avoid"  # "the team works weekends; wants that to stop", "Pager. Never again."
        if (
            pol in (None, "background")
            and _ACTING.search(t[max(c0, a - 20) : a])
            and _KEPT.search(t)
        ):
            pol = "wish"  # "acting team lead, wants to make it permanent": the role is the wish
        if (
            m.facet == "contract"
            and _KEPT.search(t[max(c0, a - 30) : b])
            and re.search(r"\b(?:acting|interim)\b", t)
        ):
            continue  # ... and "permanent" is the role, not the contract
        if m.facet in _STATES and pol != "avoid" and not someone_elses(t[c0:a]):
            s, e = segment_at(t, clause, a)
            if cue_at(t[s:e], a - s, b - s) is None and current_state.said_now(t, s, a, b):
                # "been on nights for 5 years", "keen on Python, remote since 2021": how they
                # work now, a wish only if they want to keep it
                how, x, y = current_state.stance(t, b) or (None, 0, 0)
                if how == "no_return" and m.facet == "work_mode" and m.value["mode"] != "onsite":
                    if not overlaps(x, y, taken):
                        out.add(
                            "work_mode", "avoid", {"mode": "onsite"}, x, y, 0.75, "rule:lexicon"
                        )
                        taken.append((x, y))
                    continue
                if how not in ("keep", "rid"):
                    continue
                pol = "wish" if how == "keep" else "avoid"
        if pol == "background":
            continue
        method = "rule:lexicon"
        if pol is None and lead is not None and not REPORTED.search(text):
            pol = lead
        if pol is None and m.facet == "technology" and _LOVES_IT.match(t, b):
            pol = "wish"  # "self-taught Alteryx, loves it"
        if pol is None and m.facet == "schedule" and _KEPT_FREE.match(t, b):
            pol = "avoid"  # "Sundays are for church": kept free, with no other cue to say so
        if pol is None:
            if m.facet not in BARE_IS_WISH or REPORTED.search(text):
                continue
            if _WHO_THEY_ARE.fullmatch(t[a:b]) or (
                _TENURE.match(t, b) and not _MORE_OF_IT.search(t, b, _end_of_sentence(t, b))
            ):
                continue  # "contractor (10y)", "contracting 8 yrs": who they are and have been
            if (
                m.facet == "schedule"
                and m.value["kind"] in BARE_SCHEDULE_NOT_WISHED
                and rotation.scope(t[a:b]) != "fixed"
            ):
                continue  # a fixed pattern said bare is asked for: "after a fixed line (5/4)"
            pol, method = "wish", "rule:bare"
        if (
            m.facet == "schedule"
            and m.value["kind"] == "part_time"
            and "part" in t[a:b]
            and (_STUDY_AFTER.match(t, b) or _STUDYING_BEFORE.search(t, max(c0, a - 25), a))
        ):
            continue  # "a part-time MSc", "studying part-time": the course's hours, not the job's
        if (
            m.facet == "schedule"
            and m.value["kind"] == "part_time"
            and re.search(r"\d|two|three", t[a:b])
            and _JOURNEY.search(t[max(0, t.rfind(".", 0, a)) : _end_of_sentence(t, b)])
        ):
            continue  # "the GO train to Union is fine two days a week": the journey's days
        if m.facet == "schedule" and m.value["kind"] == "part_time" and pol == "wish":
            s, e = segment_at(t, clause, a)
            if (
                _PART_TIME_HARD.search(t[s:e])
                and re.search(r"\d", t[s:e])
                and not re.search(r"\b(?:wants?|would|prefer|ideally|keen|open)", t[s:e])
            ):
                pol = "must"
        if m.facet == "contract" and pol == "must" and re.fullmatch(r"day rates?", t[a:b]):
            pol = "wish"  # "day rate of 650 minimum": the floor is the pay's; a day rate means contract
        if m.facet == "management" and re.match(r"\W*titles?\b", t[b:]):
            continue  # "only looking at Engineering Manager titles": a title, read below
        s, e = segment_at(t, clause, a)
        if t[a:b] == "office" and (
            cue_at(t[s:e], a - s, b - s) != "avoid" or mobility.ends_with_place(t[s:a])
        ):
            continue  # a bare "office" says something only when refused ("no office")
        if pol == "avoid" and re.match(r"(?:not|never|no)\b", t[a:b], re.I):
            # The term already holds its negation ("not going back to an office" means remote):
            # a refusal around it ("...office mandate") hardens it rather than flipping it.
            pol = "must"
        if pol == "avoid" and lack_needed(t, a, b):
            pol = "must"  # "no house on the farm, and he couldn't move the family without one"
        if (
            m.facet == "schedule"
            and pol == "avoid"
            and m.value["kind"] == "part_time"
            and re.search(r"\b(?:no|not) more than\W*$", t[max(c0, a - 20) : a])
        ):
            pol = "must"  # "no more than 24 hours a week": a cap on the hours, not a refusal
        if m.facet == "schedule" and _KEPT_FREE.match(t, b):
            pol = "avoid"  # "weekends are family time, non-negotiable": kept free, not worked
        if (
            m.facet == "schedule"
            and pol == "wish"
            and m.value["kind"] in ("weekends", "nights")
            and re.search(r"\b(?:my|his|her|their|our)\W+$", t[max(c0, a - 8) : a])
        ):
            pol = "avoid"  # "wants 9-to-6 and her weekends": her own weekends, kept free
        if m.facet == "schedule" and m.value["kind"] in _THE_REST:
            # "Mon-Fri only", "wants her weekends back": weekend work refused ("happy to give up
            # weekdays only"? never said; a refused weekdays-only week would ask for weekends)
            pol = "wish" if pol == "avoid" else "avoid"
        if m.facet == "schedule" and m.value["kind"] == "nights" and re.search(r"\d\W*$", t[c0:a]):
            continue  # "2 nights a month" is travel, not night work
        taken.append((a, b))
        value = dict(m.value)
        if value.get("kind") in _THE_REST:
            value["kind"] = _THE_REST[value["kind"]]  # "Mon-Fri only": weekends refused
        if m.facet == "industry" and (
            part := _SUB_SECTOR.search(t, max(c0, a - 25), a) or _SUB_SECTOR_IN.search(t, a, b)
        ):
            value["scope"] = part["part"]  # "never again fashion retail": that part of retail
        if (
            m.facet == "schedule"
            and value["kind"] == "weekends"
            and (d := weekend_days.day(t, a, b))
        ):
            value["day"] = d  # "keeps the Sabbath, Sundays fine": Saturdays only
        if m.facet == "schedule" and value["kind"] == "shifts" and "split" in t[max(c0, a - 6) : b]:
            value["scope"] = "split"  # "no split shifts": that kind of shift work only
        elif (
            m.facet == "schedule"
            and value["kind"] == "shifts"
            and (pattern := rotation.scope(t[a:b]))
        ):
            value["scope"] = pattern  # "no more rotating rosters", "wants a fixed line"
        if m.facet == "contract" and (form := tax_forms.form(t[a:b])):
            value["form"] = form  # "C2C only via his LLC", "W2 is fine"
            if form == "w2":
                sentence = t[max(t.rfind(x, 0, a) for x in ".!?\n") + 1 : _end_of_sentence(t, b)]
                value["kind"] = tax_forms.w2_kind(sentence)
        out.add(m.facet, pol, value, a, b, 0.8 if method == "rule:lexicon" else 0.6, method)
    read_titles(t, clause, out, taken, title_hits, norm)
    if overlaps(c0, c1, opted):
        return  # a clause that opts out names channels only to refuse them all
    for s, e in clause.segments:
        for channel, pol, a, b in channels(t[s:e]):
            a, b = a + s, b + s
            if _NO_SHOW_AFTER.match(t, b):
                continue  # "no call/no show": the segment ends at the slash, the absence does not
            if pol == "avoid" and _REPORTED_STOP.search(t, max(0, a - 40), a) and _taken_back(out):
                continue  # "I told you to stop emailing ... glad to hear about roles again"
            if not overlaps(a, b, blocked):
                out.add(
                    "contact",
                    pol,
                    {"kind": "channel", "channel": channel},
                    a,
                    b,
                    0.8,
                    "rule:channel",
                )
