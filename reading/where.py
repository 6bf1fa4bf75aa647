"""Where and how far, read in one clause: office days, relocation, commute, visa, travel, places.

The matchers are in ``reading.mobility``; this module decides which of their finds are the
person's conditions and in which direction.
"""

from __future__ import annotations

import re

from reading import commute, contrast, current_state, mobility, office_week, travel
from reading.clauses import Clause
from reading.direction import (
    MAX_WORDS,
    REPORTED,
    for_someone_else,
    overlaps,
    polarity,
    segment_at,
    someone_elses,
)
from reading.negation import cue_at, form_answer
from reading.normalise import Normalised
from reading.places import DISTRICT_BEFORE

# How often they are somewhere, right after the place: a trip, not a home.
_TRIP_OFTEN = re.compile(
    r"(?:\s*(?:,|or|and|/)\s*[a-z][\w-]*(?: [a-z][\w-]*)?)*\s+(?:most|every|each|once a|twice a|a few times a|"
    r"several times a|one week a|a week a|a couple of (?:days|weeks) a) (?:weeks?|months?|quarters?|fortnights?)\b"
)
_GLAD = re.compile(
    r"\b(?:happy|keen|glad|fine|love|loves|likes?|open|enjoys?|willing)\b(?![^.;]*\b(?:not|n't|never)\b)"
)


# A place on the other end of a call: "late calls with the West Coast", "early Sydney calls" -
# the hours of the call, not a place to work in.
_CALLS_WITH = re.compile(
    r"\b(?:calls?|meetings?|syncs?|stand-?ups?|overlap)\b[^.;,]{0,30}?\bwith (?:the |our |a |an )?"
    r"(?:(?:head |main )?(?:office|team|hq|colleagues|clients?|cfo|ceo|boss)\s+in\s+)?$"
)
_CALLS_AFTER = re.compile(
    r"\s*(?:(?:team|office|hq|colleagues|clients?|time)\s+)?(?:calls?|meetings?|syncs?|stand-?ups?)\b"
)


def read_mobility(
    t: str, clause: Clause, out, taken: list, norm: Normalised, lead: str | None = None
) -> None:
    """Office days, relocation, location, commute, visa and travel in one clause."""
    relocation_seen = relocation_willing = False
    refused_moves: list[tuple[int, int]] = []  # segments where a move is refused
    days_spans: list[
        tuple[int, int]
    ] = []  # a place inside office days ("1d/wk Ldn max") still counts
    _split_week(t, clause, out, taken)
    for s, e in clause.segments:
        seg = t[s:e]
        rare = _RARE_OFFICE.search(seg)
        if rare:
            # "one day a month in an office, not more": remote with the odd visit
            hard = MAX_WORDS.search(seg) and not _WISH_WORD.search(seg)
            pol = "must" if hard else "wish"
            a, b = s + rare.start(), s + rare.end()
            out.add("work_mode", pol, {"mode": "remote"}, a, b, 0.8, "rule:office_days")
            taken.append((a, b))
            continue
        days = mobility.office_days(seg)
        theirs = days and _THEIR_OFFICE.search(seg[: days[1]])
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
                or _OFFICE_CAP.search(t[clause.start : _sentence_end(t, clause.end)])
                or re.search(r"\bat least\b", seg)  # "in the office at least 4 days": a floor
            )
            refused = (
                (_SAID_NO_TO.search(seg[:a]) and not MAX_WORDS.search(seg))
                or _GRIPED.search(t, clause.start, s + a)
                # "4 days in the office was a deal-breaker" - but "anything more than one day
                # ... is a non-starter" is a cap
                or (_DEALBREAKER.match(seg[b:]) and not _MORE_THAN.search(seg[:a]))
            )
            if refused:
                capped = None  # "said no to 4 office days, wants 1 max": the cap is another figure
                if cap := _BARE_CAP.search(t, s + b, _sentence_end(t, clause.end)):
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
                _DECLINED_LEAD.match(t[clause.start :])
                or _THE_REASON.match(seg[b:])
                or _OFFER_REFUSED_BEFORE.search(t, max(0, s + a - 60), s + a)
            ):
                pol = "avoid"  # "Declined: five days on-site…": the terms they turned down
            mode = "onsite" if n >= 5 else "hybrid"
            if _now_only(
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
            days_spans.append((a + s, b + s))
        reloc = mobility.relocation(seg, t[e : e + 80])
        if reloc:
            willing, a, b = reloc
            if form_answer(t, a + s, b + s) == "no":
                willing = False  # "Relocation: N"
            place = _place_after(t, s + b, e, norm)
            pol = "wish" if willing else "must"
            if not willing and (but := _EXCEPT.match(t, s + b, clause.end)):
                found = _place_span_after(t, but.end(), clause.end, norm, lead=r"\W*")
                if found:
                    # "won't relocate unless it's Cape Town": a move there and nowhere else
                    willing, pol, place = True, "must", found[0]
                    taken.append((but.start(), found[2]))
            value = {"willing": willing, "place": place}
            out.add("relocation", pol, value, a + s, b + s, 0.85, "rule:relocation")
            taken.append((a + s, b + s))
            relocation_seen, relocation_willing = True, willing
            if not willing:
                refused_moves.append((s, e))
        com = commute.commute(seg)
        if com:
            minutes, capped, a, b = com
            # "the pay wasn't the issue, it was the 90-minute drive": the drive is the objection
            own = cue_at(seg, a, b)
            cue = contrast.adjust(t, clause, s + a, s + b, own)
            if cue == "background" and own != cue:
                continue  # "it wasn't the commute, it was the team": no objection to the commute
            if _REFUSED_COMMUTE_TO.search(seg[:b] + " to ") and _to_a_place(t, s + b, e, norm):
                continue  # "won't commute to London": London is refused, not commuting
            if _REFUSED_COMMUTE_TO.search(seg[:b] + " to ") and (
                out_of := re.match(r"\W*(?:out of|outside(?: of)?|beyond)\W+", t[s + b : e])
            ):
                # "won't commute out of Amsterdam": work in Amsterdam or nowhere
                place = _place_after(t, s + b + out_of.end() - 1, e, norm, lead=r"\W*")
                if place:
                    out.add("location", "must", {"place": place}, s + a, e, 0.8, "rule:commute")
                    taken.append((s + a, e))
                    continue
            clause_text = t[clause.start : clause.end]
            said = seg  # the words that hold the minutes
            if minutes is None and commute.CAP.search(clause_text):
                # "bike to work, 25 minutes tops": the cap said beside the journey is its cap
                said = next((t[x:y] for x, y in clause.segments if commute.minutes(t[x:y])), "")
                minutes, capped = commute.minutes(said), True
            if (
                minutes is not None
                and not capped
                and cue is None
                and (REPORTED.search(seg) or _THEIR_OFFICE.search(seg[:a]))
                and not commute.HURTS.search(t[s + a : s + a + 100])
            ):
                continue  # "commutes 70 minutes at the moment", "the job has a 45-minute commute"
            if (
                minutes is not None
                and not capped
                and cue is None
                and re.search(r"\bfrom\b", seg[b:])
                and not _ACCEPTED.search(seg)
                and not _VERDICT_NEXT.search(t, s + b, _sentence_end(t, s + b))
            ):
                continue  # "1h40 each way from Chelmsford": the journey they make now
            if (
                minutes is not None
                and minutes <= 45
                and not capped
                and cue in (None, "must")
                and _A_PLACE_IS_NEAR.search(t, clause.start, clause.end)
                and not commute.HURTS.search(t[s + a : s + a + 100])
                and not _COMMUTE_WISH.search(clause_text)
            ):
                continue  # "Parra is 30 min on the train", "10 min from Changi": near, no cap
            if minutes is not None and (
                _COMMUTE_WISH.search(said)
                or _ACCEPTED.search(said)
                and not re.search(
                    r"<|\b(?:under|less than|within|over|more than|no more|not more|max|tops|at most|"
                    r"no longer|no further)\b",
                    t[clause.start : _sentence_end(t, e)],  # "... is fine, but no more than that"
                )
                or re.search(r"\b(?:ideally|preferably)\b", clause_text)
                or _COMMUTE_WISH.search(clause_text)
                and not capped
            ):
                pol = "wish"  # "within 20 minutes would be ideal"; a cap beside a wish stays one
            elif minutes is not None and (
                capped or re.search(r"\b(?:over|more than|beyond)\b", seg)
            ):
                pol = "must"  # "anything over 30 minutes is too far": a cap
            elif cue == "avoid" and not capped or commute.HURTS.search(t[s + a : s + a + 100]):
                pol = "avoid"  # "can't do the 2 hour round trip any more", "was too much for him"
            elif minutes is not None:
                pol = "must"
            else:
                pol = cue if cue == "avoid" or not REPORTED.search(seg) else None
                if pol is None and not REPORTED.search(seg):
                    carried = polarity(t, clause, s + a, s + b)  # "walk or cycle to the office"
                    pol = carried if carried != "background" else None
                if pol is None and re.search(
                    r"\b(?:short|shorter|quick|quicker|easy|easier)\W+(?:\w+\W+)?$", seg[:a]
                ):
                    pol = "wish"  # "a short commute matters more to me than the salary"
            if pol is None and _declined_for(t, clause, seg):
                pol = "avoid"
            if (
                pol is None
                and minutes is not None
                and _VERDICT_NEXT.search(t, s + b, _sentence_end(t, s + b))
            ):
                pol = "avoid"  # "90 mins each way from Swindon - not again"
            if pol:
                value = {"minutes": minutes}
                if pol == "avoid" and (to := _destination(t, s + b, e, norm)):
                    value["to"] = to  # "would love to stop commuting to Elgin": that journey
                days = (
                    commute_days(t, clause.start, _sentence_end(t, e)) if pol == "avoid" else None
                )
                if days is not None:
                    value["days"] = days  # "a deal breaker more than once a month"
                out.add("commute", pol, value, a + s, b + s, 0.8, "rule:commute")
                taken.append((a + s, b + s))
                when = _IF_DAYS.search(t, clause.start, clause.end)
                if when:
                    n = mobility.DAY_WORDS.get(when["n"]) or int(when["n"])
                    out.add(
                        "work_mode",
                        "wish",
                        {"mode": "hybrid", "days": n},
                        *when.span(),
                        0.7,
                        "rule:office_days",
                    )
                    taken.append(when.span())
        vis = mobility.visa(seg, t[max(0, s - 60) : e])
        if vis and vis[0] == "needs_sponsorship" and form_answer(t, vis[1] + s, vis[2] + s) == "no":
            vis = None  # "Sponsorship required: no"
        if (
            vis
            and vis[0] == "needs_sponsorship"
            and contrast.denied_after(t, vis[2] + s, clause.end)
        ):
            vis = None  # "sponsorship was fine, it was the salary": not what held them back
        if vis:
            kind, a, b = vis
            pol = "must" if kind == "needs_sponsorship" else "wish"
            out.add("visa", pol, {"kind": kind}, a + s, b + s, 0.85, "rule:visa")
            taken.append((a + s, b + s))
        trav = travel.travel(seg, t[clause.start : clause.end])
        if trav and (
            someone_elses(t[clause.start : s + trav[2]]) or for_someone_else(t, s + trav[3], e)
        ):
            trav = None  # "his job means no travel for him" in a note about her: his, not hers
        if trav:
            share, capped, a, b = trav
            cue = cue_at(seg, a, b)
            pol = travel.direction(seg, t[s + b : clause.end], share, capped, cue)
            if cue == "background":
                pol = None  # "didn't leave over the travel": a cause denied
            elif pol is None and re.search(r"\b(?:loved|enjoyed|liked)\b", seg[:a]):
                pol = "wish"  # "loved the Bangkok trips"
            if pol is None and _declined_for(t, clause, seg):
                pol = "avoid"
            if pol is None and _VERDICT_NEXT.match(t, clause.end):
                pol = "avoid"  # "Years of living out of a suitcase. Never again."
            if pol in (None, "wish") and _NO_MORE_THAN_THAT.match(t, clause.end):
                pol = "must"  # "will travel to the client once a quarter but no more"
            if (
                pol is None
                and seg[a:b].startswith("only ")
                or (pol == "wish" and re.search(r"\bonly\b", seg[:a]))
            ):
                pol = "must"  # "only (wants) Pune-based clients": the work kept in their own city
            if pol in ("wish", "must") and re.search(
                r"\bhome (?:every|each) night|\bhome (?:daily|nightly|every day|each day)", seg[a:b]
            ):
                pol = "avoid"  # "needs to be home every night": nights away refused
            value = {"share": share}
            if share is None and (how := travel.kind(seg[a:b], seg[b:])):
                value["scope"] = how  # "no overnights", "won't fly": that kind of travel only
            if travel.domestic(t[clause.start : _sentence_end(t, clause.end)]):
                value["scope"] = "domestic"  # "would travel if it's domestic only"
                pol = "must"
            if pol:
                out.add("travel", pol, value, a + s, b + s, 0.75, "rule:travel")
                taken.append((a + s, b + s))
    route = _ROUTE_REFUSED.search(t, clause.start, clause.end)
    if route and not overlaps(route.start(), route.end(), taken):
        # "not doing Ikorodu to VI every day": that journey, so many days a week, refused
        days = commute_days(t, route.start(), route.end())
        value = {"minutes": None, "days": 4 if days is None else days}
        out.add("commute", "avoid", value, route.start(), route.end(), 0.75, "rule:commute")
        taken.append(route.span())
    if "from" in t[clause.start : clause.end] or " out " in t[clause.start : clause.end]:
        _journeys_from(t, clause, out, taken, norm)
    capped = commute.bare_cap(t[clause.start : clause.end])
    if (
        capped
        and not commute.mentioned(t[clause.start : clause.end])
        and (commute.mentioned(t) or _OFFICE_CONTEXT.search(t))
    ):
        # "Won't do a 90 minute commute again - 45 minutes tops.": the cap is the commute's
        out.add(
            "commute", "must", {"minutes": capped}, clause.start, clause.end, 0.7, "rule:commute"
        )
    share = travel.bare_cap(t[clause.start : clause.end])
    if share and not travel.mentioned(t[clause.start : clause.end]) and travel.mentioned(t):
        # "the role is 40% travel - said 10% is his limit": the cap is his travel's
        out.add("travel", "must", {"share": share}, clause.start, clause.end, 0.7, "rule:travel")
    taken.extend(days_spans)
    text = t[clause.start : clause.end]
    for place, a, b in mobility.places(text, norm.source, lambda p: norm.origin(p + clause.start)):
        a, b = a + clause.start, b + clause.start
        if overlaps(a, b, taken) and not overlaps(a, b, days_spans):
            continue
        s, e = segment_at(t, clause, a)
        if mobility.visa(t[s:e]) and not mobility.moving_to(t[clause.start : a]):
            continue  # "no visa issues for UK roles": where the right to work holds
        if _CALLS_WITH.search(t, max(clause.start, a - 50), a) or _CALLS_AFTER.match(t, b):
            continue  # "no calls after 7pm with the US", "early Sydney calls": who is on the line
        if _REFUSED_COMMUTE_TO.search(t[s:a]):
            out.add("location", "avoid", {"place": place}, a, b, 0.75, "rule:location")
            continue
        if _TRIP_OFTEN.match(t, b, clause.end):
            # "happy to be in Paris or Munich most weeks", "in Dubai every month": trips there,
            # not where they want to work
            if _GLAD.search(t, s, a) and not travel.mentioned(t[clause.start : clause.end]):
                out.add("travel", "wish", {"share": None}, a, b, 0.7, "rule:travel")
            continue
        if re.match(
            r"\W*(?:or|/)\W*(?:fully |full[- ]time )?remote\b", t[b : clause.end]
        ) or re.search(r"\bremote\W*(?:or|/)\W*$", t[clause.start : a]):
            out.add("location", "wish", {"place": place}, a, b, 0.7, "rule:location")
            continue  # "London or remote": the place is one of the two things they want
        # (the rest of the sentence: "left NYC in 2021 and never going back")
        role = mobility.place_role(t[clause.start : a], t[b : max(e, _sentence_end(t, b))])
        if role == "skip":
            continue
        if role == "must" and _MOVE_NAMED_AFTER.search(t, b, _sentence_end(t, b)):
            role = None  # "staying put in Glasgow, so won't relocate to Edinburgh": the move's
        if _FINE_AFTER.match(t, b) and _AFTER_A_BREAK.search(t, max(0, a - 12), a):
            # "would never move to Berlin, Madrid is home", "not Dublin; Cork suits": the refusal
            # ends at the break; the place after it is where they are content to be
            out.add("location", "wish", {"place": place}, a, b, 0.75, "rule:location")
            continue
        if role != "must" and (
            (s, e) in refused_moves
            or relocation_seen
            and not relocation_willing
            and _alternative(t, s)
        ):
            continue  # "won't relocate to Manchester": the place is the relocation's, not a wish
        if role != "avoid" and mobility.moving_to(t[clause.start : a]):
            out.add("location", "wish", {"place": place}, a, b, 0.8, "rule:location")
            if not relocation_seen:
                out.add(
                    "relocation",
                    "wish",
                    {"willing": True, "place": place},
                    a,
                    b,
                    0.8,
                    "rule:relocation",
                )
            continue
        pol = role or contrast.adjust(t, clause, a, b, cue_at(t[s:e], a - s, b - s))
        if pol == "wish" and re.search(r"\bonly\b", t[s:a]):
            pol = "must"  # "only interested in roles based in the Netherlands"
        if (
            pol == "must"
            and role is None
            and MAX_WORDS.search(t[s:e])
            and not re.search(r"\bonly\b", t[s:e])
        ):
            pol = "wish"  # "1d/wk Ldn max": the cap is on the days, not on the place
        if pol is None and (mobility.stays(text) or relocation_willing):
            pol = "wish"
        if pol is None and mobility.place_is_background(t[s:a]):
            continue
        if pol is None:
            pol = polarity(t, clause, a, b)
        if pol is None and _anchored(t, clause.start, relocation_seen and not relocation_willing):
            continue  # "won't relocate - the kids' school is in Porto": why they stay, not a wish
        if pol is None and lead is not None and not REPORTED.search(text):
            pol = lead  # "keen to move up north - Newcastle or Edinburgh"
        if (
            pol is None
            and re.search(r"\b(?:in|near|around)\W*$", t[s:a])
            and not REPORTED.search(text)
        ):
            pol = "wish"  # "lead roles only, in London or remote"
        if pol in (None, "background"):
            continue
        out.add("location", pol, {"place": place}, a, b, 0.75, "rule:location")


_MOVE_NAMED_AFTER = re.compile(r"\b(?:relocat\w*|mov(?:e|ing)) to\b")
# A place said to be fine or home, after a break: the place they are content with.
_FINE_AFTER = re.compile(
    r"\W*(?:(?:is|'s|are|would be|will be|be)\W+(?:\w+\W+)?(?:home|fine|ok|okay|good|great|perfect|"
    r"doable|where (?:i|he|she|they|we)\b)|suits?\b|works?\b|(?:i|he|she|they)(?:'d| would)? "
    r"(?:love|like|prefer)\b)"
)
_AFTER_A_BREAK = re.compile(r"(?:[,;:]|\s[-–—]|^)\s*(?:but\s+|though\s+|whereas\s+)?$")


# "Declined — commute.": the reason named after a decline is what they turned down.
_DECLINED_BEFORE = re.compile(
    r"\b(?:declined|decl|turned (?:it |us |the \w+ )?down|withdrew|pulled out|rejected)\W*$"
)


def _declined_for(t: str, clause: Clause, seg: str) -> bool:
    """Whether a bare reason (a clause of a few words) follows a decline."""
    return len(seg.split()) <= 3 and bool(
        _DECLINED_BEFORE.search(t[max(0, clause.start - 40) : clause.start])
    )


_COMMUTE_WISH = re.compile(
    r"\b(?:ideal(?:ly)?|prefer\w*|would like|'d like|nice|keen|love|hoping|happy|perfect|dream|"
    r"(?:'ll|will) do)\b"
)
# A short journey said of a place, as a fact: "Parra is 30 min on the train for her", "stays in
# Tampines, 10 min from Changi Business Park", "Westlands is easy from Kileleshwa, 15 min drive".
_A_PLACE_IS_NEAR = re.compile(
    r"\b(?!(?:it|that|this|commute|journey|drive|trip|which)\b)[\w-]+(?: is|'s) (?:\w+ ){0,3}?"
    r"(?:\d{1,2} ?min|half an hour)|"
    r"\b\d{1,2} ?min(?:ute)?s?(?: \w+)? (?:from|to|away from) (?!(?:home|work|me|him|her)\b)"
    r"(?:the )?(?!office\b)\w|"
    r"\b(?:is|'s) (?:easy|close|near|nearby|handy|a short hop)\b"
)
# The journey's length accepted: "1h15 on the train is OK", "90 mins is fine".
_ACCEPTED = re.compile(
    r"\b(?:is|'s|are|would be) (?:ok|okay|fine|doable|manageable|no (?:problem|bother|issue|hassle)|"
    r"not (?:a|an) (?:problem|issue)|grand|easy)\b|\b(?:don't|doesn't|do not|does not|wouldn't) mind\b"
)
# "if it's only two days a week" beside a commute: the office days that make the journey bearable.
_IF_DAYS = re.compile(
    r"\b(?:if|as long as|provided) (?:it's|it is|it was) (?:only |just )?(?P<n>\d|one|two|three|four) "
    r"days? (?:a|per|each) week\b"
)
# "five days on site is the main reason": the terms named as why it ended.
_THE_REASON = re.compile(
    r"\W*(?:\w+\W+){0,2}?(?:is|was|were|are) (?:the|a) (?:main |real |big |biggest |key )?(?:reason|"
    r"issue|problem|blocker|sticking point)\b(?! (?:she|he|they|i)(?:'s| is| am| are)? (?:looking|moving|keen))"
)
# The office days named as what ended it: "4 office days a week was a deal-breaker".
_DEALBREAKER = re.compile(
    r"\W*(?:(?:in|at|on) (?:the |our |their )?(?:office|site|hq)\W+)?(?:\w+\W+){0,4}?(?:is|was|were|are) "
    r"(?:a |an |the )?(?:deal[- ]?breaker|non[- ]?starter|no[- ]?go|red line|step too far|too (?:much|many|far))\b"
)
_MORE_THAN = re.compile(r"\b(?:more than|over|beyond|above|in excess of)\W*$")
# An offer refused just before, the terms said after a dash: "Said no to the offer - five days
# on site", "turned down our offer: 5 days in the office".
_OFFER_REFUSED_BEFORE = re.compile(
    r"\b(?:said no to|turned down|declined|rejected|refused|passed on) (?:the |our |their |an? )?"
    r"(?:\w+ )?offer\W*$"
)
_DECLINED_LEAD = re.compile(
    r"\W*(?:cand(?:idate)?\.? )?(?:declined|decl\.?|turned (?:it |us )?down|withdrew)\b", re.I
)

# A ceiling on office days said another way: "wouldn't want more", "is the most she'd do",
# "anything more than one day a week ... is a non-starter".
# Office days turned down: "said no to 4 office days", "turned down 3 days onsite".
_SAID_NO_TO = re.compile(
    r"\b(?:said no to|says no to|say no to|turned (?:\w+ )?down|turns (?:\w+ )?down|refused|rejected|declined|"
    r"no to)\W+(?:\w+\W+){0,2}$"
)
# Office days as what they complained of: "only gripe about the bank was being in the office".
_GRIPED = re.compile(
    r"\b(?:gripes?|grumbles?|complaints?|moans?)\b[^.;!?]{0,40}\b(?:was|were|is)\b[^.;!?]*$"
)
# The cap said after them, as a bare figure: "wants 1 max", "two tops", "1 at most".
_BARE_CAP = re.compile(
    r"\b(?P<n>[1-4]|one|two|three|four)(?: days?)?(?: a week| per week|/wk)? (?:max|tops|at most)\b"
)
_OFFICE_CAP = re.compile(
    r"\b(?:(?:wouldn't|won't|would not|will not|doesn't|don't|does not) (?:want |do |go )?(?:any )?more|"
    r"(?:is|'s) the most|(?:anything|nothing) (?:more|over) than|more than that|"
    r"but not (?:more|any more|[2-5]|two|three|four|five))\b"
)
# Office days counted by the month or the quarter: remote work with a visit now and then.
_RARE_OFFICE = re.compile(
    r"\b(?:(?:(?:one|1|a|two|2|a couple of|a few|once|twice) (?:days? )?(?:a|per|every|each) "
    r"(?:month|quarter)|monthly|quarterly) (?:in|at|to|into) (?:an?|the) (?:office|hq)|"
    r"(?:office|hq) (?:once|twice|(?:one|a|1|two|2) days?) (?:a|per|every|each) (?:month|quarter))\b"
)
_WISH_WORD = re.compile(r"\b(?:happy|fine|ok|okay|would|prefer\w*|ideally|keen|likes?|love)\b")
# The employer's office days: "the role was 4 days on site", "pushed everyone back to the office".
_THEIR_OFFICE = re.compile(
    r"\b(?:(?:role|job|it|they|position|offer|company|client|team) (?:was|were|is|wanted|required|needed|"
    r"requires|needs|wants|has|had|involves|involved|comes with|came with)|(?:pushed|mandated|forced|made|ordered|called|brought|dragged) (?:\w+ )?"
    r"(?:back )?(?:in|into|to)|we (?:need|needed|require|want)|mandate|policy)\b"
)
# "won't commute to London": the place is refused; the commute itself is not the complaint.
_REFUSED_COMMUTE_TO = re.compile(
    r"\b(?:won't|will not|wouldn't|can't|cannot|not|never|refuses? to|(?:doesn't|don't) want to)\W+"
    r"(?:\w+\W+)?commut\w*\W+(?:in\W+)?(?:to|into)\W+(?:the\W+)?$"
)


# A cap in minutes in a note about the office is the journey's: "The office is in Croydon. 50
# minutes is her absolute limit."
_OFFICE_CONTEXT = re.compile(
    r"\b(?:office|hq|on[- ]?site|get(?:ting)? (?:in|there)|hybrid|days? (?:a week )?in|lives in|"
    r"based in)\b"
)
# A verdict in the next sentence on what this one reports: "... for Deloitte. Never again."
_VERDICT_NEXT = re.compile(
    r"\W*(?:never again|not again|no more|hated (?:it|every minute)|done with (?:it|that)|"
    r"not doing that again|won't do that again)\b"
)
# A cap said as the clause after: "... once a quarter but no more".
_NO_MORE_THAN_THAT = re.compile(r"\W*but (?:no|not any) more\b(?! than)")


# A journey refused by its route and how often: "not doing Ikorodu to VI every day", "won't do the
# Lekki to Ikeja drive daily again".
_ROUTE_REFUSED = re.compile(
    r"\b(?:not|never|won't|will not|can't|cannot|refuses? to|"
    r"no more) (?:doing|do|making|make) (?:the )?"
    r"[\w.-]+(?: [\w.-]+)? to (?:the )?[\w.-]+(?: [\w.-]+)?(?: (?:drive|"
    r"run|commute|trek|journey|trip))?"
    r" (?:every ?day|daily|each day|five days a week|5 days a week|every morning)\b"
)
# How often a refused commute would be too often: "every day" (four days a week is the most they
# would do), "more than once a month" (none a week), "more than twice a week" (two).
_TOO_OFTEN = re.compile(
    r"\b(?P<daily>every ?day|daily|each day|five days a week|"
    r"5 days a week)\b|more than (?:once|one day|a day) "
    r"(?:a|per) (?:month|fortnight)|more than (?P<n>once|"
    r"twice|one day|two days|three days|[1-4] days?) "
    r"(?:a|per) week"
)
_OFTEN_N = {"once": 1, "one day": 1, "twice": 2, "two days": 2, "three days": 3}


def _now_only(t: str, start: int, a: int, b: int, cued) -> bool:
    """Office days at t[a:b] said as how they work now, with nothing said of keeping them
    ("currently hybrid (2 days in)", "been 3 days in the office for two years")."""
    if cued or not current_state.said_now(t, start, a, b):
        return False
    return (current_state.stance(t, b) or ("",))[0] != "keep"


def commute_days(t: str, start: int, end: int) -> int | None:
    """The most office days a week a refused commute leaves them, when the refusal says how
    often."""
    m = _TOO_OFTEN.search(t, start, end)
    if not m:
        return None
    if m["daily"]:
        return 4
    if m["n"]:
        return _OFTEN_N.get(m["n"]) or int(m["n"][0])
    return 0


def _sentence_end(t: str, pos: int) -> int:
    found = re.search(r"[.!?;\n]", t[pos:])
    return pos + found.start() if found else len(t)


def _anchored(t: str, start: int, refused_here: bool) -> bool:
    """Whether a move was refused in this clause or the ones before it."""
    if refused_here:
        return True
    reloc = mobility.relocation(t[max(0, start - 120) : start])
    return bool(reloc) and not reloc[0]


def _alternative(t: str, start: int) -> bool:
    """ "won't relocate to Berlin or Munich": a place listed after the refused one."""
    return bool(re.search(r"\b(?:or|nor)\W*$", t[max(0, start - 6) : start]))


def _to_a_place(t: str, start: int, end: int, norm: Normalised) -> bool:
    return _place_after(t, start, end, norm) is not None


_TO_PLACE = r"\W*(?:back )?(?:to|for|into|in)\W+"


def _place_after(
    t: str, start: int, end: int, norm: Normalised, lead: str = _TO_PLACE
) -> str | None:
    found = _place_span_after(t, start, end, norm, lead)
    return found[0] if found else None


def _place_span_after(
    t: str, start: int, end: int, norm: Normalised, lead: str = _TO_PLACE
) -> tuple[str, int, int] | None:
    """(place, start, end) of the place right after ``lead`` at ``t[start:end]``."""
    m = re.match(lead, t[start:end])
    if not m:
        return None
    rest_start = start + m.end()
    for place, a, b in mobility.places(
        t[rest_start:end], norm.source, lambda p: norm.origin(p + rest_start)
    ):
        if a == 0 or re.fullmatch(
            rf"\s*(?:the|{DISTRICT_BEFORE})?\s*", t[rest_start : rest_start + a]
        ):
            return place, rest_start + a, rest_start + b  # "to the Hague", "to Downtown Toronto"
    return None


# A journey from home said only as it is now ("commutes 70 minutes from Tonbridge at the
# moment"), one made for something else ("flew in two hours from Berlin for the interview"), and
# a home said to be near ("lives 10 minutes from the office"): no condition.
_NOW_ONLY = re.compile(
    r"\b(?:currently|at the moment|right now|for now|these days|at present|atm|already|now)\b"
)
_NOT_A_COMMUTE = re.compile(
    r"\b(?:flew|fly|flying|flights?|plane|visit\w*|holidays?|interview\w*)\b"
)
_HOME_BEFORE = re.compile(r"\b(?:lives?|living|based|house|flat|home|place)\W+(?:\w+\W+)?$")
# ... and one they say they want shorter or have had enough of.
_WANTS_CLOSER = re.compile(
    r"\b(?:closer|nearer|shorter|less travel|cut (?:that|it|the commute|down)|tired|sick of|fed up|"
    r"had enough|too far|trek|schlep|slog|withdrew|withdrawn|declined|turned (?:it |us )?down|pulled out)\b"
)


def _journeys_from(t: str, clause: Clause, out, taken: list, norm: Normalised) -> None:
    """ "two hours from Rongai", "commutes in from Jurong every day", "lives out in Tuas, it's a
    trek": the journey from where they live, a commute condition with the place it starts from
    (and never a wish to work there). A journey they complain of, or of two hours or more, is
    refused; one only stated is a wish for a shorter one."""
    first = max(t.rfind(x, 0, clause.start) for x in ".!?\n") + 1
    last = _sentence_end(t, clause.end)
    sentence = t[first:last]
    # the whole sentence is searched: "lives out in Tuas - it's a trek" says the trek after a dash
    for minutes, a, b in commute.journeys_from(t[clause.start : max(last, clause.end)]):
        a, b = a + clause.start, b + clause.start
        if a >= clause.end:
            continue
        origin = _origin(t, b, clause.end, norm)
        if origin is None:
            continue
        place, _, y = origin
        held = next(
            (c for c in out.items if c.facet == "commute" and overlaps(a, y, [out.at[id(c)]])),
            None,
        )
        if held is not None:
            held.value.setdefault("from", place)  # "90 mins each way from Swindon - not again"
            taken.append((a, y))
            continue
        if overlaps(a, b, taken) or _NOT_A_COMMUTE.search(sentence):
            continue
        if _HOME_BEFORE.search(t, first, a):
            continue  # "lives 10 minutes from the downtown offices", "I live two hours from any city"
        complaint = (
            commute.HURTS.search(t, a, last)
            or _VERDICT_NEXT.search(t, y, last)
            or _WANTS_CLOSER.search(sentence)
            or _DECLINED_LEAD.match(t[first:])
        )
        if not complaint and (
            _NOW_ONLY.search(sentence)
            or _destination(t, y, last, norm) is not None
            or (minutes is not None and minutes <= 45)
        ):
            # "commutes 70 minutes each way from Tonbridge at the moment", "commutes from
            # Brighton to London every day": the journey as it is, to the job they have; "stays
            # in Tampines, 10 min from Changi Business Park": a place near home
            continue
        pol = "avoid" if complaint or (minutes or 0) >= 120 else "wish"
        out.add("commute", pol, {"minutes": minutes, "from": place}, a, y, 0.7, "rule:commute")
        taken.append((a, y))


def _origin(t: str, start: int, end: int, norm: Normalised) -> tuple[str, int, int] | None:
    """(place, start, end) named right at ``start``: a known place, or a capitalised name said
    in the note ("Rongai", "Jurong West") that is not home, work or the office."""
    if found := _place_span_after(t, start, end, norm, lead=r"\W*(?:the\W+)?"):
        return found
    names: list[str] = []
    at = start
    for word in re.finditer(r"[a-z][\w'-]*", t[start:end]):
        if word.start() > (len(" ".join(names)) + 1 if names else 0):
            break  # only the words right after, one space apart
        src = norm.origin(start + word.start())
        said = norm.source[src : src + len(word.group())]
        if not said[:1].isupper() or len(names) == 3 or word.group() in _NOT_A_DESTINATION:
            break
        names.append(said)
        at = start + word.end()
    return (" ".join(names), start, at) if names else None


_NOT_A_DESTINATION = {"office", "work", "site", "city", "town", "hq", "campus", "the"}


def _destination(t: str, start: int, end: int, norm: Normalised) -> str | None:
    """The place a journey goes to, named right after it: "commuting to Elgin", "the drive into
    Canary Wharf" - a known place, or a capitalised name that is not the office or work."""
    lead = r"\W*(?:in\W+)?(?:to|into)\W+(?:the\W+)?"
    if place := _place_after(t, start, end, norm, lead=lead):
        return place
    m = re.match(lead, t[start:end])
    if not m:
        return None
    names = []
    for word in re.finditer(r"[a-z][\w'-]*", t[start + m.end() : end]):
        if word.start() > (len(" ".join(names)) + 1 if names else 0):
            break  # only the words right after, one space apart
        src = norm.origin(start + m.end() + word.start())
        said = norm.source[src : src + len(word.group())]
        if not said[:1].isupper() or len(names) == 3 or word.group() in _NOT_A_DESTINATION:
            break
        names.append(said)
    return " ".join(names) or None


# A refused move with its one exception: "won't relocate unless it's Cape Town", "not moving
# anywhere except Lisbon", "won't relocate, except maybe to Berlin".
_EXCEPT = re.compile(
    r"\W*(?:\w+\W+){0,2}?(?:unless|except|other than|apart from|save|but)\W+(?:(?:maybe|perhaps|"
    r"possibly|probably|for|to|in|it'?s|it is|it was|it were|that's|if it'?s)\W+)*"
)


_SPLIT_HARD = re.compile(
    r"\b(?:at least|no more|not more|nothing more|tops|max|at most|only|min(?:imum)?|have to|has to|"
    r"must|needs? to|non[- ]negotiable)\b"
)


def _split_week(t: str, clause: Clause, out, taken: list) -> None:
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
    hard = _OFFICE_CAP.search(t[c0 : _sentence_end(t, clause.end)])
    pol = "must" if MAX_WORDS.search(text) or _SPLIT_HARD.search(text) or hard else "wish"
    value = {"mode": "hybrid", "days": n}
    if named := office_week.named_days(text):
        value[named[0]] = named[1]  # "Fridays from home": which days, for a role's office days
    out.add("work_mode", pol, value, c0 + a, c0 + b, 0.8, "rule:week")
    taken.extend([(c0 + a, c0 + b), *homes])
