"""A commute said in one segment of a clause ("45 minutes tops", "can't do the 2 hour round trip
any more", "within 20 minutes would be ideal"): its minutes, or a cap beside it, and whether it is
wished for, capped or refused, with the place it goes to and the office days it leaves. A commute
said only as it is now, or the employer's, and a place said to be near are no condition. Read by
``reading.where`` for each segment; the journey from home is read in ``where_commute``.
"""

from __future__ import annotations

import re

from reading import commute, contrast, mobility
from reading.clauses import Clause, sentence_end
from reading.direction import REPORTED, polarity
from reading.negation import cue_at
from reading.normalise import Normalised
from reading.where_commute import (
    A_PLACE_IS_NEAR,
    ACCEPTED,
    COMMUTE_WISH,
    IF_DAYS,
    REFUSED_COMMUTE_TO,
    commute_days,
    destination,
)
from reading.where_office import THEIR_OFFICE, VERDICT_NEXT
from reading.where_places import declined_for, place_after, to_a_place

# The journey's verdict after its route and how often: "the 401 to the campus twice a day is a
# no", "the M4 into Cardiff every day is out of the question".
_JOURNEY_REFUSED_AFTER = re.compile(
    r"(?:(?!\b(?:anything|everything|says|said|but|and|he|she|they)\b)[^.;,!?\n]){0,60}?\b(?:is|'s|was|would be) (?:a (?:hard |firm |flat )?no\b(?! (?:\w+ )?(?:problem|issue|"
    r"bother|brainer))|out of the question|not happening|a non-?starter|a no-?go|a deal ?-?breaker|"
    r"off the table|not an option)"
)


def commute_in(t: str, clause: Clause, s: int, e: int, out, taken: list, norm: Normalised) -> bool:
    """A commute in the segment t[s:e]. True when the segment is read whole: nothing more of it
    (visa, travel) is read."""
    seg = t[s:e]
    com = commute.commute(seg)
    if com:
        minutes, capped, a, b = com
        # "the pay wasn't the issue, it was the 90-minute drive": the drive is the objection
        own = cue_at(seg, a, b)
        cue = contrast.adjust(t, clause, s + a, s + b, own)
        if cue == "background" and own != cue:
            return True  # "it wasn't the commute, it was the team": no objection to the commute
        if REFUSED_COMMUTE_TO.search(seg[:b] + " to ") and to_a_place(t, s + b, e, norm):
            return True  # "won't commute to London": London is refused, not commuting
        if REFUSED_COMMUTE_TO.search(seg[:b] + " to ") and (
            out_of := re.match(r"\W*(?:out of|outside(?: of)?|beyond)\W+", t[s + b : e])
        ):
            # "won't commute out of Amsterdam": work in Amsterdam or nowhere
            place = place_after(t, s + b + out_of.end() - 1, e, norm, lead=r"\W*")
            if place:
                out.add("location", "must", {"place": place}, s + a, e, 0.8, "rule:commute")
                taken.append((s + a, e))
                return True
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
            return True  # "commutes 70 minutes at the moment", "the job has a 45-minute commute"
        if (
            minutes is not None
            and not capped
            and cue is None
            and re.search(r"\bfrom\b", seg[b:])
            and not ACCEPTED.search(seg)
            and not VERDICT_NEXT.search(t, s + b, sentence_end(t, s + b))
        ):
            return True  # "1h40 each way from Chelmsford": the journey they make now
        if (
            minutes is not None
            and minutes <= 45
            and not capped
            and cue in (None, "must")
            and A_PLACE_IS_NEAR.search(t, clause.start, clause.end)
            and not commute.HURTS.search(t[s + a : s + a + 100])
            and not COMMUTE_WISH.search(clause_text)
        ):
            return True  # "Parra is 30 min on the train", "10 min from Changi": near, no cap
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
        elif minutes is not None and (capped or re.search(r"\b(?:over|more than|beyond)\b", seg)):
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
    return False
