"""One clause of a note read: office days, moves and commutes (``reading.where``), pay, hours,
shifts, titles, topics and the other facets, each mention with the direction of its segment's
cue words. Here too what a clause says of someone rather than what they ask for: a role held for
now, a question about the role, a time kept for themselves, what the person is and how long they
have done it, a pay floor scoped to one kind of role, an employer or a study named.
``reading.reader`` calls ``read_clause`` for each clause.
"""

from __future__ import annotations

import re

from reading import (
    commute,
    contrast,
    current_state,
    mobility,
    office_week,
    onsite_posting,
    rotation,
    tax_forms,
    titles,
    weekend_days,
)
from reading.channel_lists import clause_channels
from reading.clauses import Clause, sentence_end
from reading.direction import REPORTED, overlaps, polarity, segment_at, someone_elses
from reading.facets import BARE_IS_WISH, BARE_SCHEDULE_NOT_WISHED, mentions
from reading.grades import read_grades
from reading.languages import read_languages
from reading.negation import cue_at, lack_needed
from reading.normalise import Normalised
from reading.pay import find_pay
from reading.reader_collector import Collector
from reading.share_refused import share_refused
from reading.title_levels import read_titles
from reading.where import read_mobility

# Late hours rather than nights: "evening calls", "late meetings", "flex late for US calls".
_EVENING = re.compile(r"(?:late|evening|flex|work|stay|working|staying|flexing)\b(?!-night| night)")
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
# "prefers office", "misses office": the office itself wished for, said bare (Indian English)
_OFFICE_WISHED = re.compile(r"\b(?:prefers?|preferred|misses|miss|wants?|likes?|loves?) $")
_OFFICE_ENDS = re.compile(r"\s*(?:$|[,.;:!?)]|[-–—]\s|(?:over|to|and|again|now|only)\b)")
_ACTING = re.compile(r"\b(?:acting|interim|stand-in|covering as|cover as)\W+(?:\w+\W+)?$")
_KEPT = re.compile(
    r"\bmake (?:it|that|this|the role|the position|the job) (?:permanent|official|stick)\b"
)
# A time kept for themselves: "weekends are family time", "evenings are sacred".
_KEPT_FREE = re.compile(
    r"\W*(?:are|is) (?:for )?(?:(?:my|our|his|her|their) )?(?:family(?: time)?|sacred|off[- ]limits|"
    r"protected|precious|(?:my|our) own|me time|time off|kids' time|for the kids|church|mass|chapel|"
    r"worship|prayer|shul|synagogue|the sabbath|rest)\b|"
    # "weekends off non-negotiable", "Sundays off a must": the days kept off work are the must
    r"\W*(?:off|free)\W+(?:(?:is|are|'s) )?(?:absolutely |totally |pretty much )?(?:non[- ]?negotiable|"
    r"non[- ]?neg|a must|essential|mandatory|vital|crucial|a requirement|required)\b"
)
# A tool named, then loved: "self-taught Alteryx, loves it", "picked up dbt and really enjoys it".
_WHERE_WANTED = re.compile(
    r"\W*(?:is|are|'s) (?:where|what) (?:i|he|she|they|we)(?:'d| would)? (?:really )?"
    r"(?:want|wants|wanna|see|sees|like|likes|would like|'d like)\b"
)
_STATUS_FOUND = re.compile(
    r"\b(?:came back|come back|comes back|was deemed|deemed|determined|ruled|assessed(?: as)?|landed|"
    r"(?:was|got) (?:put|placed|classed|classified))\W+(?:as\W+)?$"
)
_HEADCOUNT_CAP = re.compile(r"(?:\b(?:fewer|less|no more|not more) than|<)\s*$")
# A duty of the person's own that needs flexible hours, and one they are done with.
_DUTY = re.compile(r"school runs?")
_DUTY_OVER = re.compile(
    r"\b(?:no|no more|done with|finished with|free of|no longer)\W+(?:\w+\W+)?$"
)
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
    "holidays_off": "bank_holidays",  # "needs Christmas off every year": no holidays worked
}

# Facets whose mention may be how someone works now ("remote since 2020", "on nights for years").
_STATES = frozenset({"work_mode", "schedule", "industry", "contract", "company", "technology"})


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
    end = sentence_end(t, b)
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


# A stop reported as asked before ("I told you to stop emailing back in the spring").
_REPORTED_STOP = re.compile(
    r"\b(?:told|asked|said to|begged|wanted) (?:you|u|us|them|the team)(?: guys)? (?:to |not to )(?:stop )?$"
)


def _taken_back(out: Collector) -> bool:
    return any(c.facet == "contact" and c.value.get("kind") == "opt_in" for c in out.items)


# A journey to work, whose days a week are not the job's hours ("the GO train is fine two days a
# week").
_JOURNEY = re.compile(
    r"\b(?:train|drive|driving|commut\w+|bus|tube|journey|ferry|the run to|"
    + commute.TRAIN_SERVICES
    + r")\b",
    re.I,
)


def read_clause(
    t: str, clause: Clause, out: Collector, blocked, opted, norm: Normalised, lead: str | None
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
    if not any(c.facet == "pay" for c in out.items) and (paid := contrast.pay_instead(t, clause)):
        # "travel wasn't the issue, the pay was": the pay is what they left or said no over
        value = {"amount": None, "currency": None, "period": None, "kind": "ask"}
        out.add("pay", "wish", value, *paid, 0.8, "rule:pay")
        taken.append(paid)
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
        if m.facet == "contract" and _STATUS_FOUND.search(t, max(c0, a - 30), a):
            continue  # "the SDS came back inside IR35": how a role was assessed, not a wish
        if m.facet == "company" and pol == "avoid" and _HEADCOUNT_CAP.search(t, max(c0, a - 16), a):
            pol = (
                "wish"  # "fewer than 100 employees", "<50 people": a cap on the size, not a refusal
            )
        if pol == "avoid" and _DUTY.fullmatch(t, a, b):
            # "not in on Fridays, school run", "no early starts because of the school run": the
            # duty is why, and it needs flexible hours; "no more school runs" says nothing of work
            pol = "background" if _DUTY_OVER.search(t, max(c0, a - 25), a) else "wish"
        if m.facet == "schedule" and pol in (None, "background") and share_refused(t, c0, a):
            pol = "avoid"  # "pulled out - rota was 50% nights": the share that made them go
        if pol == "background":
            continue
        method = "rule:lexicon"
        if pol is None and lead is not None and not REPORTED.search(text):
            pol = lead
        if pol == "avoid" and _WHERE_WANTED.match(t, b):
            pol = "wish"  # "out of oil and gas - renewables is where I want to be": the goal
        if pol is None and m.facet == "technology" and _LOVES_IT.match(t, b):
            pol = "wish"  # "self-taught Alteryx, loves it"
        if pol is None and m.facet == "schedule" and _KEPT_FREE.match(t, b):
            pol = "avoid"  # "Sundays are for church": kept free, with no other cue to say so
        if pol is None:
            reported = REPORTED.search(text)
            if reported and m.facet == "schedule" and "full" in t[a:b]:
                # "back to full-time now, youngest started school": the past is the reason's own
                # clause; full-time hours are asked for unless their own part is past
                s, e = segment_at(t, clause, a)
                reported = REPORTED.search(t[s:e])
            if m.facet not in BARE_IS_WISH or reported:
                continue
            if _WHO_THEY_ARE.fullmatch(t[a:b]) or (
                _TENURE.match(t, b) and not _MORE_OF_IT.search(t, b, sentence_end(t, b))
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
            and _JOURNEY.search(t[max(0, t.rfind(".", 0, a)) : sentence_end(t, b)])
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
        if m.facet == "work_mode" and office_week.one_off_visit(t, b):
            continue  # "in the office on Tuesday for the interview": a visit, not how they work
        if m.facet == "work_mode" and onsite_posting.is_posting(t, a, b):
            # "wants onsite opportunities (H-1B)": a stint at a client abroad, not the office
            out.add("travel", pol, {"scope": "posting"}, a, b, 0.7, "rule:posting")
            continue
        s, e = segment_at(t, clause, a)
        if (
            t[a:b] == "office"
            and not (_OFFICE_WISHED.search(t, max(0, a - 12), a) and _OFFICE_ENDS.match(t, b))
            and (cue_at(t[s:e], a - s, b - s) != "avoid" or mobility.ends_with_place(t[s:a]))
        ):
            continue  # a bare "office" says something only when refused ("no office")
        if (
            pol == "avoid"
            and re.match(r"(?:not|never|no)\b", t[a:b], re.I)
            and m.value.get("kind") != "hands_on"  # "no reports" names a seat, not a refusal
        ):
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
        if (
            m.facet == "schedule"
            and m.value["kind"] == "nights"
            and re.search(r"\d\W*$", t[c0:a])
            and not share_refused(t, c0, a)  # "pulled out - rota was 50% nights": a share
        ):
            continue  # "2 nights a month" is travel, not night work
        if (
            m.facet == "schedule"
            and m.value["kind"] == "nights"
            and re.search(r"\b(?:every|each)\W+$", t[max(c0, a - 7) : a])
            and re.search(r"\b(?:home|back)\b", t[max(c0, a - 60) : a])
        ):
            continue  # "home by the kids' bedtime every night": a night at home, no night work
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
        if m.facet == "schedule" and value["kind"] == "nights" and _EVENING.match(t, a, b):
            value["scope"] = "evening"  # "no evening calls with the US": late, not night work
        if m.facet == "schedule" and value["kind"] == "shifts" and "split" in t[max(c0, a - 6) : b]:
            value["scope"] = "split"  # "no split shifts": that kind of shift work only
        elif (
            m.facet == "schedule"
            and value["kind"] == "shifts"
            and (pattern := rotation.scope(t[a:b]))
        ):
            value["scope"] = pattern  # "no more rotating rosters", "wants a fixed line"
        if (
            m.facet == "schedule"
            and value["kind"] == "fifo"
            and pol == "avoid"
            and (weeks := rotation.hitch_too_long(t[a:b], t[b : sentence_end(t, b)]))
        ):
            value["weeks"] = weeks  # "3/3 rotation too long": hitches that long, not shorter ones
        if m.facet == "contract" and (form := tax_forms.form(t[a:b])):
            value["form"] = form  # "C2C only via his LLC", "W2 is fine"
            if form == "w2":
                sentence = t[max(t.rfind(x, 0, a) for x in ".!?\n") + 1 : sentence_end(t, b)]
                value["kind"] = tax_forms.w2_kind(sentence)
        out.add(m.facet, pol, value, a, b, 0.8 if method == "rule:lexicon" else 0.6, method)
    read_titles(t, clause, out, taken, title_hits, norm)
    read_grades(t, clause, out, taken)
    read_languages(t, clause, out, taken)
    if overlaps(c0, c1, opted):
        return  # a clause that opts out names channels only to refuse them all
    for channel, pol, a, b in clause_channels(t, clause):
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
