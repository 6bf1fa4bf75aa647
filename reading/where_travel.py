"""Travel said in one segment of a clause ("no overnights", "10% travel max", "loved the Bangkok
trips", "only roles with international travel"): whether it is wished for, capped or refused,
and its kind (overnight, domestic). Travel that is someone else's, or passed over as why
something ended, is no condition. Read by ``reading.where`` for each segment.
"""

from __future__ import annotations

import re

from reading import contrast, travel
from reading.clauses import Clause, sentence_end
from reading.direction import for_someone_else, someone_elses
from reading.negation import cue_at
from reading.where_office import NO_MORE_THAN_THAT, VERDICT_NEXT
from reading.where_places import declined_for

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
# Travel possible again, the reason against it gone: "I can travel again", "she's free to
# travel now", "able to do trips again" ("can't travel again" is a refusal, read by its cue).
_FREE_AGAIN_BEFORE = re.compile(
    r"\b(?:can|am able to|is able to|are able to|able to|free to|ok to|okay to)\s+"
    r"(?:do\s+|start\s+)?(?:some\s+)?$"
)
_AGAIN = re.compile(r"[a-z]*\s+(?:\w+\s+)?(?:again|now|once more)\b")
_FINE_BUT_ONLY = re.compile(
    r"\b(?:not a problem|no problem|not an issue|no issue|fine|ok|okay)\b[^.;]*\bonly\W+$"
)


def travel_in(t: str, clause: Clause, s: int, e: int, out, taken: list) -> None:
    """Travel in the segment t[s:e]."""
    seg = t[s:e]
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
        elif pol is None and _FREE_AGAIN_BEFORE.search(seg, 0, a) and _AGAIN.match(seg, b):
            pol = "wish"  # "kids are in daycare, I can travel again": what kept them home is gone
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
