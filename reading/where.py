"""Where and how far, read in one clause: office days, relocation, commute, visa, travel, places.

The matchers are in ``reading.mobility``; this module decides which of their finds are the
person's conditions and in which direction. ``read_mobility`` is the entry; the office days
(a cap, a refusal, the employer's days, a split week) are read in ``where_office``, the journey
to work in ``where_commute``, and the place named after a move or a journey in ``where_places``.
"""

from __future__ import annotations

import re

from reading import commute, contrast, daily_trip, mobility, right_to_work, travel
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
from reading.negation import cue_at
from reading.negation_after import form_answer
from reading.normalise import Normalised
from reading.visa_country import visa_country
from reading.where_commute import (
    A_PLACE_IS_NEAR,
    ACCEPTED,
    COMMUTE_WISH,
    IF_DAYS,
    OFFICE_CONTEXT,
    REFUSED_COMMUTE_TO,
    ROUTE_REFUSED,
    commute_days,
    destination,
    journeys_from,
)
from reading.where_office import (
    BARE_CAP,
    COULD_NOT_AFTER,
    DEALBREAKER,
    DECLINED_LEAD,
    GRIPED,
    MORE_THAN,
    NO_MORE_THAN_THAT,
    OFFER_REFUSED_BEFORE,
    OFFICE_CAP,
    RARE_OFFICE,
    SAID_NO_TO,
    THE_REASON,
    THEIR_OFFICE,
    VERDICT_NEXT,
    WISH_WORD,
    now_only,
    split_week,
)
from reading.where_places import (
    AFTER_A_BREAK,
    EXCEPT,
    FINE_AFTER,
    MOVE_NAMED_AFTER,
    alternative,
    anchored,
    declined_for,
    place_after,
    place_span_after,
    sentence_end,
    to_a_place,
)

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
    r"\s*(?:(?:team|office|hq|colleagues|clients?|time)\s+)?(?:calls?|meetings?|syncs?|stand-?ups?)\b|"
    # the place's working day kept from elsewhere: "UK shift", "US hours", "US process" (a BPO's);
    # its papers: "no US visa", "a UK passport"
    r"[- ](?:shifts?|hours|timings?|time ?zones?|process|visas?|passports?|citizenship|green cards?)\b"
)


# Roles asked for by what they hold, just before it: "only roles with (international) travel".
_ROLES_WITH = re.compile(
    r"\bonly\b[^.;]{0,30}\b(?:roles?|jobs?|positions?|posts?|work|something)\s+"
    r"(?:with|that (?:involves?|includes?|has|have|offers?)|involving|including)\s+"
    r"(?:(?!(?:no|zero|little|minimal|limited|less|low|without|minimum)\b)[\w-]+\s+){0,2}$"
)
# A problem said by ellipsis after a travel word: "overnight stays are" (after "travel's no
# problem, only ..."), "overnights aren't" (after "travel is fine, ...").
_THE_PROBLEM_ONE = re.compile(
    r"\s*(?:stays?|trips?|travel)?\s*(?:is|are)(?:n't| not)?(?=\s*(?:[-–—,.;!]|$))"
)
_FINE_BUT_ONLY = re.compile(
    r"\b(?:not a problem|no problem|not an issue|no issue|fine|ok|okay)\b[^.;]*\bonly\W+$"
)
# A part of a place named before it: "sites in south Bristol", "north London only".
_PART_OF = re.compile(r"\b(?P<part>north|south|east|west)(?:ern)?(?:[- ](?:east|west)(?:ern)?)? $")
# How long they have lived somewhere: "only been in the UK two years", "lived in Leeds 10 yrs".
# A place in a title, and in what is named after one ("the Prince of Wales Bridge", "the
# Princess of Wales Hospital", "Duke of Edinburgh award"): no place of work wanted or refused.
_TITLE_OF = re.compile(
    r"\b(?:prince|princess|duke|duchess|earl|countess|marquess|marquis|baron|bishop|archbishop)"
    r" of\s+$"
)
_LIVED_IN = re.compile(r"\b(?:been|lived|living|resident|residing) (?:in|at) (?:the )?$")
# A place refused "outside" of is the one they keep to: "won't work outside London", "no jobs
# beyond Manchester"; "no overnights away from Lima" keeps the nights at home, and names no job
# place ("want out of Denver" leaves it, and is not read here)
_OUTSIDE = re.compile(
    r"\b(?:outside(?: of)?|away from|beyond|fuera de|fora de)\W+(?:the\s+|la\s+|el\s+|o\s+|a\s+)?$"
)
_AWAY_OVERNIGHT = re.compile(
    r"\b(?:overnights?|nights?|sleep|stay(?:s|ing)?|pernoct\w*|noches|dormir|duerme)\b"
)
_FOR_A_SPAN = re.compile(
    r"\W*(?:for |since )?(?:(?:about|around|nearly|almost|over|under|just|only) )?(?:\d+|a|an|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|a few|a couple of|several|many)\s*(?:\+\s*)?"
    r"(?:years?|yrs?|months?|mths?|weeks?)\b"
)
# The start of a move, named before where it goes: "move from KL to Singapore".
_MOVE_FROM = re.compile(
    r"\b(?:move|moving|relocate|relocating|relo|head|heading|go|going)(?: back)? from\W+$"
)
_TO_NEXT = re.compile(r"\W+(?:to|for)\b")


# The journey's verdict after its route and how often: "the 401 to the campus twice a day is a
# no", "the M4 into Cardiff every day is out of the question".
_JOURNEY_REFUSED_AFTER = re.compile(
    r"(?:(?!\b(?:anything|everything|says|said|but|and|he|she|they)\b)[^.;,!?\n]){0,60}?\b(?:is|'s|was|would be) (?:a (?:hard |firm |flat )?no\b(?! (?:\w+ )?(?:problem|issue|"
    r"bother|brainer))|out of the question|not happening|a non-?starter|a no-?go|a deal ?-?breaker|"
    r"off the table|not an option)"
)

# A place reached by a journey of so many minutes: "55 min each way to Huddersfield on the M62".
_JOURNEY_TO = re.compile(
    r"\b\d{1,3}\s?(?:min(?:ute)?s?|mins?)(?: each way| one way| a day| daily)? (?:to|into) (?:the )?$"
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
    refused_days: list[tuple[int, int]] = []  # ...but not where the days are what is refused
    split_week(t, clause, out, taken)
    for s, e in clause.segments:
        seg = t[s:e]
        rare = RARE_OFFICE.search(seg)
        if rare:
            # "one day a month in an office, not more": remote with the odd visit
            hard = MAX_WORDS.search(seg) and not WISH_WORD.search(seg)
            pol = "must" if hard else "wish"
            a, b = s + rare.start(), s + rare.end()
            out.add("work_mode", pol, {"mode": "remote"}, a, b, 0.8, "rule:office_days")
            taken.append((a, b))
            continue
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
        reloc = mobility.relocation(seg, t[e : e + 80])
        if reloc:
            willing, a, b = reloc
            if form_answer(t, a + s, b + s) == "no":
                willing = False  # "Relocation: N"
            helped = mobility.move_help(seg, a, b)
            if helped:
                # "declined - no relocation assistance": they would move, with help
                willing, b = True, helped
            where_to = place_span_after(t, s + b, e, norm)
            place = where_to[0] if where_to else None
            pol = "must" if helped or not willing else "wish"
            if not willing and (but := EXCEPT.match(t, s + b, clause.end)):
                found = place_span_after(t, but.end(), clause.end, norm, lead=r"\W*")
                if found:
                    # "won't relocate unless it's Cape Town": a move there and nowhere else
                    willing, pol, place = True, "must", found[0]
                    taken.append((but.start(), found[2]))
            value = {"willing": willing, "place": place}
            if helped:
                value["help"] = True
                if where_to:
                    taken.append((s + b, where_to[2]))  # "... to Nashville": where, not refused
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
            if REFUSED_COMMUTE_TO.search(seg[:b] + " to ") and to_a_place(t, s + b, e, norm):
                continue  # "won't commute to London": London is refused, not commuting
            if REFUSED_COMMUTE_TO.search(seg[:b] + " to ") and (
                out_of := re.match(r"\W*(?:out of|outside(?: of)?|beyond)\W+", t[s + b : e])
            ):
                # "won't commute out of Amsterdam": work in Amsterdam or nowhere
                place = place_after(t, s + b + out_of.end() - 1, e, norm, lead=r"\W*")
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
                and (REPORTED.search(seg) or THEIR_OFFICE.search(seg[:a]))
                and not commute.HURTS.search(t[s + a : s + a + 100])
            ):
                continue  # "commutes 70 minutes at the moment", "the job has a 45-minute commute"
            if (
                minutes is not None
                and not capped
                and cue is None
                and re.search(r"\bfrom\b", seg[b:])
                and not ACCEPTED.search(seg)
                and not VERDICT_NEXT.search(t, s + b, sentence_end(t, s + b))
            ):
                continue  # "1h40 each way from Chelmsford": the journey they make now
            if (
                minutes is not None
                and minutes <= 45
                and not capped
                and cue in (None, "must")
                and A_PLACE_IS_NEAR.search(t, clause.start, clause.end)
                and not commute.HURTS.search(t[s + a : s + a + 100])
                and not COMMUTE_WISH.search(clause_text)
            ):
                continue  # "Parra is 30 min on the train", "10 min from Changi": near, no cap
            if minutes is not None and (
                COMMUTE_WISH.search(said)
                or ACCEPTED.search(said)
                and not re.search(
                    r"<|\b(?:under|less than|within|over|more than|no more|not more|max|tops|at most|"
                    r"no longer|no further)\b",
                    t[clause.start : sentence_end(t, e)],  # "... is fine, but no more than that"
                )
                or re.search(r"\b(?:ideally|preferably)\b", clause_text)
                or COMMUTE_WISH.search(clause_text)
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
                if pol is None and re.search(
                    r"\b(?:fine|ok|okay|happy|comfortable|no (?:problem|bother)|(?:doesn't|don't) mind)"
                    r"\W+(?:with\W+)?$",
                    seg[:a],
                ):
                    pol = "wish"  # "fine driving over the bridge to Bristol": that journey accepted
                if pol is None and _JOURNEY_REFUSED_AFTER.match(t, s + b, sentence_end(t, s + b)):
                    pol = "avoid"  # "the 401 to the Mississauga campus twice a day is a no"
            if pol is None and declined_for(t, clause, seg):
                pol = "avoid"
            if (
                pol is None
                and minutes is not None
                and VERDICT_NEXT.search(t, s + b, sentence_end(t, s + b))
            ):
                pol = "avoid"  # "90 mins each way from Swindon - not again"
            if pol:
                value = {"minutes": minutes}
                if minutes is not None and (length := commute.length_said(said)):
                    value["distance"] = length  # "max 40 km": kept as said, for the wording
                if pol in ("avoid", "wish") and (to := destination(t, s + b, e, norm)):
                    # "would love to stop commuting to Elgin", "happy to commute to Cardiff": that
                    # journey
                    value["to"] = to
                days = commute_days(t, clause.start, sentence_end(t, e)) if pol == "avoid" else None
                if days is not None:
                    value["days"] = days  # "a deal breaker more than once a month"
                out.add("commute", pol, value, a + s, b + s, 0.8, "rule:commute")
                taken.append((a + s, b + s))
                when = IF_DAYS.search(t, clause.start, clause.end)
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
        vis = right_to_work.visa(seg, t[max(0, s - 60) : e])
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
            value = {"kind": kind}
            if country := visa_country(
                norm.source, norm.origin(s + a), norm.origin(s + b), kind == "needs_sponsorship"
            ):
                value["country"] = country  # "would need sponsorship for Ireland": there only
            out.add("visa", pol, value, a + s, b + s, 0.85, "rule:visa")
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
            if cue == "background" or (
                pol == "avoid" and contrast.passed_over(t, clause, s + a, s + b)
            ):
                pol = None  # "didn't leave over the travel", "it wasn't the travel, it was ..."
            elif pol is None and re.search(r"\b(?:loved|enjoyed|liked)\b", seg[:a]):
                pol = "wish"  # "loved the Bangkok trips"
            if pol is None and (
                declined_for(t, clause, seg) or contrast.instead(t, clause, s + a, s + b)
            ):
                pol = "avoid"  # "... The 40% travel in your last offer did."
            if pol != "avoid" and travel.refused_if(t, max(0, s - 80), s + a, s + b):
                pol = "avoid"  # "if the role involves weekly flights, she's out"
            if pol is None and VERDICT_NEXT.match(t, clause.end):
                pol = "avoid"  # "Years of living out of a suitcase. Never again."
            if pol in (None, "wish") and NO_MORE_THAN_THAT.match(t, clause.end):
                pol = "must"  # "will travel to the client once a quarter but no more"
            if (
                pol is None
                and seg[a:b].startswith("only ")
                or (pol == "wish" and re.search(r"\bonly\b", seg[:a]))
            ):
                pol = "must"  # "only (wants) Pune-based clients": the work kept in their own city
            if pol == "must" and share is None and _ROLES_WITH.search(seg, 0, a):
                pol = "wish"  # "only roles with international travel": travel wanted, not capped
            if pol in ("wish", "must") and re.search(
                r"\bhome (?:every|each) night|\bhome (?:daily|nightly|every day|each day)", seg[a:b]
            ):
                pol = "avoid"  # "needs to be home every night": nights away refused
            if (
                pol in ("wish", "must")
                and _THE_PROBLEM_ONE.match(t, s + b)
                and (
                    re.match(r"[^-–—,.;!]*?(?:not|n't)", t[s + b : s + b + 20])
                    or _FINE_BUT_ONLY.search(t, clause.start, s + a)
                )
            ):
                pol = "avoid"  # "travel's no problem, only overnight stays are": that one refused
            value = {"share": share}
            if share is None and (how := travel.kind(seg[a:b], seg[b:])):
                value["scope"] = how  # "no overnights", "won't fly": that kind of travel only
            if value.get("scope") != "overnight" and travel.domestic(
                t[clause.start : sentence_end(t, clause.end)]
            ):
                # (nights away named in the mention itself stand: "no overnight travel at all, so
                # a monthly trip abroad is out" refuses the nights away, at home too; "not flying
                # long-haul" is kept at home)
                value["scope"] = "domestic"  # "would travel if it's domestic only"
                pol = "must"
            if pol:
                out.add("travel", pol, value, a + s, b + s, 0.75, "rule:travel")
                taken.append((a + s, b + s))
    route = ROUTE_REFUSED.search(t, clause.start, clause.end)
    if route and not overlaps(route.start(), route.end(), taken):
        # "not doing Ikorodu to VI every day": that journey, so many days a week, refused
        days = commute_days(t, route.start(), route.end())
        value = {"minutes": None, "days": 4 if days is None else days}
        out.add("commute", "avoid", value, route.start(), route.end(), 0.75, "rule:commute")
        taken.append(route.span())
    daily = daily_trip.refused_daily(t, clause.start, sentence_end(t, clause.end), norm.source)
    if daily and not overlaps(daily[1], daily[2], taken):
        # "won't commute out to Mississauga every day": the daily trip there, not the place
        place, a, b = daily
        value = {"minutes": None, "to": place, "days": 4}
        out.add("commute", "avoid", value, a, b, 0.75, "rule:commute")
        taken.append((a, b))
    if "from" in t[clause.start : clause.end] or " out " in t[clause.start : clause.end]:
        journeys_from(t, clause, out, taken, norm)
    capped = commute.bare_cap(t[clause.start : clause.end])
    if (
        capped
        and not commute.mentioned(t[clause.start : clause.end])
        and (commute.mentioned(t) or OFFICE_CONTEXT.search(t))
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
        if (overlaps(a, b, taken) and not overlaps(a, b, days_spans)) or any(
            x <= a < y or re.fullmatch(r"\s*(?:in|at|on-?site in)\s+(?:the\s+)?", t[y:a])
            for x, y in refused_days
            if y <= b
        ):
            continue  # "declined five days on-site in Munich": the days refused, not Munich
        s, e = segment_at(t, clause, a)
        if right_to_work.visa(t[s:e]) and not mobility.moving_to(t[clause.start : a]):
            continue  # "no visa issues for UK roles": where the right to work holds
        if _TITLE_OF.search(t, max(clause.start, a - 20), a):
            continue  # "over the Prince of Wales Bridge", "the Duke of York's": a title's place
        if _CALLS_WITH.search(t, max(clause.start, a - 50), a) or _CALLS_AFTER.match(t, b):
            continue  # "no calls after 7pm with the US", "early Sydney calls": who is on the line
        if REFUSED_COMMUTE_TO.search(t[s:a]):
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
        role = mobility.place_role(t[clause.start : a], t[b : max(e, sentence_end(t, b))])
        if role == "skip":
            continue
        if role == "must" and MOVE_NAMED_AFTER.search(t, b, sentence_end(t, b)):
            role = None  # "staying put in Glasgow, so won't relocate to Edinburgh": the move's
        if FINE_AFTER.match(t, b) and AFTER_A_BREAK.search(t, max(0, a - 12), a):
            # "would never move to Berlin, Madrid is home", "not Dublin; Cork suits": the refusal
            # ends at the break; the place after it is where they are content to be
            out.add("location", "wish", {"place": place}, a, b, 0.75, "rule:location")
            continue
        if role != "must" and (
            (s, e) in refused_moves
            or relocation_seen
            and not relocation_willing
            and alternative(t, s)
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
        if role is None and _MOVE_FROM.search(t, max(s, a - 40), a) and _TO_NEXT.match(t, b):
            continue  # "keen to move from KL to Singapore": where the move starts, not a wish
        if role is None and _LIVED_IN.search(t, max(s, a - 30), a) and _FOR_A_SPAN.match(t, b):
            continue  # "only been in the UK two years": how long they have lived there, no wish
        pol = role or contrast.adjust(t, clause, a, b, cue_at(t[s:e], a - s, b - s))
        if (
            role is None
            and _JOURNEY_TO.search(t, max(s, a - 40), a)
            and commute.HURTS.search(t, a, sentence_end(t, a))
        ):
            continue  # "55 min each way to Huddersfield, couldn't face it": a journey refused
        if pol == "avoid" and role is None and _OUTSIDE.search(t, max(s, a - 24), a):
            if _AWAY_OVERNIGHT.search(t, s, e):
                continue  # "no overnights away from Lima": home at night, no place refused
            pol = "must"  # "won't work outside London": London or nothing
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
        if pol is None and anchored(t, clause.start, relocation_seen and not relocation_willing):
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
        value = {"place": place}
        if part := _PART_OF.search(t, max(s, a - 12), a):
            value["part"] = part["part"]  # "south Bristol": that part of the city
        out.add("location", pol, value, a, b, 0.75, "rule:location")
