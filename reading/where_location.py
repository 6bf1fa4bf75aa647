"""The places one clause names, as where the person would work: wanted, kept to ("won't work
outside London"), refused, or none of theirs - a place in office days refused, where the right
to work holds, a title's place, the other end of a call, a trip, the start of a move, how long
they have lived somewhere, a journey refused. Read by ``reading.where`` after the segments.
"""

from __future__ import annotations

import re

from reading import commute, contrast, mobility, right_to_work, travel, where_visits
from reading.clauses import Clause, sentence_end, sentence_start
from reading.direction import MAX_WORDS, REPORTED, overlaps, polarity, segment_at
from reading.negation import cue_at
from reading.normalise import Normalised
from reading.where_commute import REFUSED_COMMUTE_TO
from reading.where_places import (
    AFTER_A_BREAK,
    FINE_AFTER,
    MOVE_NAMED_AFTER,
    alternative,
    anchored,
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
# Leaving a place, not staying in it: "wants to get away from Norwich" refuses Norwich.
_GET_AWAY = re.compile(r"\b(?:get|getting|got|break|run|running|escape)\s+away\s+from\W+$")
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
# Where office days or a journey start: "five days in London from Norwich", "the commute from
# Luton" (not "away from", nor "moving from", read above).
_FROM_HOME = re.compile(r"(?<!away )(?<!move )(?<!moving )(?<!relocate )\bfrom\W+$")
_DAYS_OR_JOURNEY = re.compile(
    r"\b(?:\d+|one|two|three|four|five) days?\b|\b(?:commut\w*|journey|trek|drive|driving|train|"
    r"each way|every day|daily)\b"
)

# A place reached by a journey of so many minutes: "55 min each way to Huddersfield on the M62".
_JOURNEY_TO = re.compile(
    r"\b\d{1,3}\s?(?:min(?:ute)?s?|mins?)(?: each way| one way| a day| daily)? (?:to|into) (?:the )?$"
)

# A note opening on the place a journey of so many minutes starts from: "Den Bosch, 20 min met de
# trein", "Utrecht - 35 mins door to door": where they live and how far, not a place wanted.
_JOURNEY_FROM = re.compile(r"\s*[,:–-]\s*\d{1,3}\s?(?:min(?:ute)?s?|mins?|minuten)\b(?! max)")
# A journey in Polish or Czech, "z Katowic do Gliwic" (from Katowice to Gliwice): both ends are
# its, neither a place wanted (the English "from X to Y" reads as none either).
_SLAVIC_FROM = re.compile(r"(?<!\w)(?:z|ze)\s+$")
_SLAVIC_TO_NEXT = re.compile(r"\s+do\s+\w")
_SLAVIC_FROM_TO = re.compile(r"(?<!\w)(?:z|ze)\s+[\w-]+\s+do\s+$")
# A cap on how far they will drive, by a place: "won't drive long distances, max within Cluj" (the
# area the driving keeps to, not a place they want to work; "2 days max in London" is one)
_DRIVE_CAP = re.compile(r"\b(?:max(?:imum)?|at most|no further than)\s+(?:in|within|around)\W*$")
_DRIVING = re.compile(
    r"\b(?:drive|drives|driving|distances?|km|miles|conduc\w*|condus|fahren|rijden|je[źz]dzi\w*)\b"
)
# Where the household's ties are, after a refusal to leave ("won't leave Poland - kids in school in
# Warsaw"): a reason to stay, not a place refused.
_TIES_IN = re.compile(
    r"\b(?:kids?|children|school|family|wife|husband|partner|parents|mum|mom|dad)\b"
    r"[^.;!?]{0,25}?\b(?:in|near)\W*$"
)

# What they have seen enough of, a pronoun, before the place where they saw it ("saw enough of it
# on the streets of Leeds", "has seen enough of that in Glasgow"): no place refused.
_SEEN_ENOUGH = re.compile(
    r"\b(?:saw|seen|seeing|see|witnessed)\s+(?:more than\s+|quite\s+)?enough\s+of\s+"
    r"(?:it|that|this|them|those)\b[^.;!?]*$"
)

# A place a role asked of them, the role the subject: "the scheme required a year in Singapore",
# "the job needed two days in Leeds" (what they were asked, not what they want).
_ROLE_REQUIRED = re.compile(
    r"\b(?:scheme|role|job|programme|program|rotation|offer|position|post|contract|graduate scheme|"
    r"company|employer|firm|client)(?:'s)? (?:required|requires|needed|needs|meant|would (?:have )?meant|"
    r"involved|involves|demanded|insisted on|called for)\b[^.;!?]*$"
)
# ... given as the reason they left it: then the place is what they refused.
_LEFT_OVER_IT = re.compile(
    r"\b(?:pulled out|withdr[ae]w\w*|declined|turned (?:it |the offer |us )?down|dropped out|backed out|"
    r"walked away|said no|left)\b"
)


def locations_in(
    t: str,
    clause: Clause,
    out,
    taken: list,
    norm: Normalised,
    lead: str | None,
    days_spans: list[tuple[int, int]],
    refused_days: list[tuple[int, int]],
    refused_moves: list[tuple[int, int]],
    relocation_seen: bool,
    relocation_willing: bool,
) -> None:
    """The places in the clause: ``days_spans`` holds the office days said in it,
    ``refused_days`` those refused, ``refused_moves`` the segments where a move is refused;
    ``relocation_seen`` and ``relocation_willing`` say whether a move was read and wanted."""
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
        if (
            where_visits.visit(t, clause.start, a, b)
            or where_visits.called_off(t, s, a, b)
            or where_visits.compared(t, clause.start, a)
            or where_visits.list_only(t, b)
        ):
            continue  # "away in Pune for Diwali", "the posting to Townsville fell through"
        if where_visits.settled_on(t, a, b):
            out.add("location", "wish", {"place": place}, a, b, 0.75, "rule:location")
            continue  # "Darwin it is!": the place settled on
        if REFUSED_COMMUTE_TO.search(t[s:a]):
            out.add("location", "avoid", {"place": place}, a, b, 0.75, "rule:location")
            continue
        if _DRIVE_CAP.search(t, max(clause.start, a - 20), a) and _DRIVING.search(
            t, clause.start, a
        ):
            continue  # "no long drives, max within Cluj": how far they drive, not where they work
        if (_SLAVIC_FROM.search(t, max(s, a - 4), a) and _SLAVIC_TO_NEXT.match(t, b)) or (
            _SLAVIC_FROM_TO.search(t, max(s, a - 40), a)
        ):
            continue  # "z Katowic do Gliwic": a journey's two ends
        if _JOURNEY_FROM.match(t, b) and not t[sentence_start(t, a) : a].strip():
            continue  # "Den Bosch, 20 min by train": where the journey starts
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
        if (
            role is None
            and _FROM_HOME.search(t, max(clause.start, a - 8), a)
            and (
                _DAYS_OR_JOURNEY.search(t, clause.start, a)
                or any(x < a for x, _ in days_spans + refused_days)
            )
        ):
            continue  # "could not do five days in London from Norwich": where the days start
        if role is None and _LIVED_IN.search(t, max(s, a - 30), a) and _FOR_A_SPAN.match(t, b):
            continue  # "only been in the UK two years": how long they have lived there, no wish
        forced = role is None and _ROLE_REQUIRED.search(t, max(s, a - 50), a)
        if forced and not _LEFT_OVER_IT.search(t, sentence_start(t, a), sentence_end(t, a)):
            continue  # "the scheme required a year in Singapore": the old role's term, not a wish
        if forced:
            role = "avoid"  # "pulled out - the scheme required a year in Singapore": refused
        pol = role or contrast.adjust(t, clause, a, b, cue_at(t[s:e], a - s, b - s))
        if (
            role is None
            and _JOURNEY_TO.search(t, max(s, a - 40), a)
            and commute.HURTS.search(t, a, sentence_end(t, a))
        ):
            continue  # "55 min each way to Huddersfield, couldn't face it": a journey refused
        if (
            pol == "avoid"
            and role is None
            and _OUTSIDE.search(t, max(s, a - 24), a)
            and not _GET_AWAY.search(t, max(s, a - 30), a)  # "wants to get away from Norwich"
        ):
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
        if pol == "avoid" and role is None and _TIES_IN.search(t, max(s, a - 50), a):
            continue  # "won't leave Poland - kids in school in Warsaw": why they stay
        if pol == "avoid" and role is None and _SEEN_ENOUGH.search(t, max(s, a - 60), a):
            continue  # "saw enough of it on the streets of Leeds": where they saw it
        value = {"place": place}
        if part := _PART_OF.search(t, max(s, a - 12), a):
            value["part"] = part["part"]  # "south Bristol": that part of the city
        out.add("location", pol, value, a, b, 0.75, "rule:location")
