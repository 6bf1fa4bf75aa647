"""Office days as the person's condition: a cap ("1 max", "wouldn't want more"), days turned down
or named as why something ended ("4 office days a week was a deal-breaker"), a complaint of them,
the employer's days (not theirs), office days now with nothing said of keeping them, and a split
week ("3 days in / 2 days work from home"), and the office days said in one segment read as one
of these (``office_days_in``). Read by ``reading.where`` in one clause.
"""

from __future__ import annotations

import re

from reading import commute, contrast, current_state, mobility, office_week
from reading.clauses import Clause, sentence_end
from reading.direction import MAX_WORDS
from reading.negation import cue_at

# "five days on site is the main reason": the terms named as why it ended.
THE_REASON = re.compile(
    r"\W*(?:\w+\W+){0,2}?(?:is|was|were|are) (?:the|a) (?:main |real |big |biggest |key )?(?:reason|"
    r"issue|problem|blocker|sticking point)\b(?! (?:she|he|they|i)(?:'s| is| am| are)? (?:looking|moving|keen))"
)
# The office days named as what ended it: "4 office days a week was a deal-breaker".
DEALBREAKER = re.compile(
    r"\W*(?:(?:in|at|on) (?:the |our |their )?(?:office|site|hq)\W+)?(?:\w+\W+){0,4}?(?:is|was|were|are) "
    r"(?:a |an |the )?(?:deal[- ]?breaker|non[- ]?starter|no[- ]?go|red line|step too far|too (?:much|many|far))\b"
)
# The office days refused in a clause after them: "5 days in Reading, which he couldn't do".
COULD_NOT_AFTER = re.compile(
    r"\W*(?:which|that)\b[^.;]{0,50}?\b(?:can't|cannot|can not|couldn't|could not|won't|"
    r"wouldn't|will not|would not|refused to|refuses to)\s+(?:do|manage|make|face|commit to)\b"
)
MORE_THAN = re.compile(r"\b(?:more than|over|beyond|above|in excess of)\W*$")
# An offer refused just before, the terms said after a dash: "Said no to the offer - five days
# on site", "turned down our offer: 5 days in the office".
OFFER_REFUSED_BEFORE = re.compile(
    r"\b(?:said no to|turned down|declined|rejected|refused|passed on) (?:the |our |their |an? )?"
    r"(?:\w+ )?offer\W*$"
)
DECLINED_LEAD = re.compile(
    r"\W*(?:cand(?:idate)?\.? )?(?:declined|decl\.?|turned (?:it |us )?down|withdrew)\b", re.I
)

# A ceiling on office days said another way: "wouldn't want more", "is the most she'd do",
# "anything more than one day a week ... is a non-starter".
# Office days turned down: "said no to 4 office days", "turned down 3 days onsite".
SAID_NO_TO = re.compile(
    r"\b(?:said no to|says no to|say no to|turned (?:\w+ )?down|turns (?:\w+ )?down|refused|rejected|declined|"
    r"no to)\W+(?:\w+\W+){0,2}$"
)
# Office days as what they complained of: "only gripe about the bank was being in the office".
GRIPED = re.compile(
    r"\b(?:gripes?|grumbles?|complaints?|moans?)\b[^.;!?]{0,40}\b(?:was|were|is)\b[^.;!?]*$"
)
# The cap said after them, as a bare figure: "wants 1 max", "two tops", "1 at most".
BARE_CAP = re.compile(
    r"\b(?P<n>[1-4]|one|two|three|four)(?: days?)?(?: a week| per week|/wk)? (?:max|tops|at most)\b"
)
OFFICE_CAP = re.compile(
    r"\b(?:(?:wouldn't|won't|would not|will not|doesn't|don't|does not) (?:want |do |go )?(?:any )?more|"
    r"(?:is|'s) the most|(?:anything|nothing) (?:more|over) than|more than that|"
    r"but not (?:more|any more|[2-5]|two|three|four|five))\b"
)
# Office days counted by the month or the quarter: remote work with a visit now and then.
RARE_OFFICE = re.compile(
    r"\b(?:(?:(?:one|1|a|two|2|a couple of|a few|once|twice) (?:days? )?(?:a|per|every|each) "
    r"(?:month|quarter)|monthly|quarterly) (?:in|at|to|into) (?:an?|the) (?:office|hq)|"
    r"(?:office|hq) (?:once|twice|(?:one|a|1|two|2) days?) (?:a|per|every|each) (?:month|quarter))\b"
)
WISH_WORD = re.compile(r"\b(?:happy|fine|ok|okay|would|prefer\w*|ideally|keen|likes?|love)\b")
# The employer's office days: "the role was 4 days on site", "pushed everyone back to the office".
THEIR_OFFICE = re.compile(
    r"\b(?:(?:role|job|it|they|position|offer|company|client|team) (?:was|were|is|wanted|required|needed|"
    r"requires|needs|wants|has|had|involves|involved|comes with|came with)|(?:pushed|mandated|forced|made|ordered|called|brought|dragged) (?:\w+ )?"
    r"(?:back )?(?:in|into|to)|we (?:need|needed|require|want)|mandate|policy|requirement|"
    # "the role turned out to need three days in Reading", "we're three days in Canary Wharf"
    r"(?:role|job|it|position|offer|company|client|team) (?:turned out to|would|will) "
    r"(?:need|require|involve|be)|we(?:'re| are| work| do))\b"
)
# A verdict in the next sentence on what this one reports: "... for Deloitte. Never again."
VERDICT_NEXT = re.compile(
    r"\W*(?:never again|not again|no more|hated (?:it|every minute)|done with (?:it|that)|"
    r"not doing that again|won't do that again)\b"
)
# A cap said as the clause after: "... once a quarter but no more".
NO_MORE_THAN_THAT = re.compile(r"\W*but (?:no|not any) more\b(?! than)")


def now_only(t: str, start: int, a: int, b: int, cued) -> bool:
    """Office days at t[a:b] said as how they work now, with nothing said of keeping them
    ("currently hybrid (2 days in)", "been 3 days in the office for two years")."""
    if cued or not current_state.said_now(t, start, a, b):
        return False
    return (current_state.stance(t, b) or ("",))[0] != "keep"


_SPLIT_HARD = re.compile(
    r"\b(?:at least|no more|not more|nothing more|tops|max|at most|only|min(?:imum)?|have to|has to|"
    r"must|needs? to|non[- ]negotiable)\b"
)


def split_week(t: str, clause: Clause, out, taken: list) -> None:
    """ "3 days in / 2 days work from home", "tues+thurs in office": one hybrid week, office days."""
    c0, text = clause.start, t[clause.start : clause.end]
    homes = [(c0 + a, c0 + b) for a, b in office_week.home_part(text)]
    if any(mobility.office_days(t[s:e]) for s, e in clause.segments):
        taken.extend(homes)  # "work from home 3 days, office 2 days": the office days say it
        return
    found = office_week.split_week(text)
    if not found:
        return
    n, a, b = found
    hard = OFFICE_CAP.search(t[c0 : sentence_end(t, clause.end)])
    pol = "must" if MAX_WORDS.search(text) or _SPLIT_HARD.search(text) or hard else "wish"
    value = {"mode": "hybrid", "days": n}
    if named := office_week.named_days(text):
        value[named[0]] = named[1]  # "Fridays from home": which days, for a role's office days
    out.add("work_mode", pol, value, c0 + a, c0 + b, 0.8, "rule:week")
    taken.extend([(c0 + a, c0 + b), *homes])


def office_days_in(
    t: str,
    clause: Clause,
    s: int,
    seg: str,
    out,
    taken: list,
    days_spans: list[tuple[int, int]],
    refused_days: list[tuple[int, int]],
) -> bool:
    """Office days in the segment ``seg`` (at ``s``): a rare visit, the employer's days, days
    capped, refused or wanted. True when the segment is read whole (a rare visit: nothing more
    of it is read); the days said are kept in ``days_spans``, the days refused in
    ``refused_days``."""
    rare = RARE_OFFICE.search(seg)
    if rare:
        # "one day a month in an office, not more": remote with the odd visit
        hard = MAX_WORDS.search(seg) and not WISH_WORD.search(seg)
        pol = "must" if hard else "wish"
        a, b = s + rare.start(), s + rare.end()
        out.add("work_mode", pol, {"mode": "remote"}, a, b, 0.8, "rule:office_days")
        taken.append((a, b))
        return True
    days = mobility.office_days(seg)
    theirs = days and THEIR_OFFICE.search(seg[: days[1]])
    if theirs and contrast.instead(t, clause, s + days[1], s + days[2]):
        theirs = None  # "it wasn't the money, it was five days in the office": objected to
    if theirs:
        taken.append((s + theirs.start(), s + days[2]))
        days = None  # "the role was 4 days on site": the role's terms, not the person's
    if days:
        n, a, b = days
        clause_text = t[clause.start : clause.end]
        capped = (
            MAX_WORDS.search(seg)
            or commute.CAP.search(seg)
            or re.search(r"\b(?:not|no) more\b|\bmax\b", clause_text)
            or OFFICE_CAP.search(t[clause.start : sentence_end(t, clause.end)])
            or re.search(r"\bat least\b", seg)  # "in the office at least 4 days": a floor
        )
        refused = (
            (SAID_NO_TO.search(seg[:a]) and not MAX_WORDS.search(seg))
            or GRIPED.search(t, clause.start, s + a)
            # "4 days in the office was a deal-breaker" - but "anything more than one day
            # ... is a non-starter" is a cap
            or (DEALBREAKER.match(seg[b:]) and not MORE_THAN.search(seg[:a]))
            or COULD_NOT_AFTER.match(t, s + b, sentence_end(t, clause.end))
            # "it wasn't the money, it was five days in the office": the cause named instead
            or contrast.instead(t, clause, s + a, s + b)
        )
        if refused:
            capped = None  # "said no to 4 office days, wants 1 max": the cap is another figure
            if cap := BARE_CAP.search(t, s + b, sentence_end(t, clause.end)):
                n_cap = mobility.DAY_WORDS.get(cap["n"]) or int(cap["n"])
                out.add(
                    "work_mode",
                    "must",
                    {"mode": "onsite" if n_cap >= 5 else "hybrid", "days": n_cap},
                    *cap.span(),
                    0.8,
                    "rule:office_days",
                )
                taken.append(cap.span())
        pol = "must" if capped else ("avoid" if refused else cue_at(seg, a, b) or "wish")
        if pol == "wish" and (
            DECLINED_LEAD.match(t[clause.start :])
            or THE_REASON.match(seg[b:])
            or OFFER_REFUSED_BEFORE.search(t, max(0, s + a - 60), s + a)
        ):
            pol = "avoid"  # "Declined: five days on-site…": the terms they turned down
        mode = "onsite" if n >= 5 else "hybrid"
        if pol == "avoid" and contrast.passed_over(t, clause, s + a, s + b):
            pol = None  # "it wasn't five days in the office that did it, it was the money"
        if pol is None or now_only(
            t,
            max(t.rfind(x, 0, s + a) for x in ".!?;\n") + 1,
            s + a,
            s + b,
            capped or refused or cue_at(seg, a, b),
        ):
            taken.append((a + s, b + s))  # "currently hybrid 2 days": how they work now
        else:
            out.add(
                "work_mode",
                pol,
                {"mode": mode, "days": n},
                a + s,
                b + s,
                0.85,
                "rule:office_days",
            )
        if pol is not None:  # a place in office days passed over is passed over with them
            days_spans.append((a + s, b + s))
        if pol == "avoid":  # "won't do five days a week in London": the days, not London
            refused_days.append((a + s, b + s))
    return False
