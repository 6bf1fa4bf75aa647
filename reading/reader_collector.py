"""The conditions a note's reading gathers (``Collector``), and what is settled among them once
all are in: a refused commute learns how often it is too often from its sentence ("a deal breaker
more than once a month") and one said to be fine is no refusal; "US shift", "UK hours" are a
region's hours, not a wish to live there; one condition is kept of the same facet said twice.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from reading.clauses import sentence_end
from reading.conditions import Condition
from reading.contract_length import with_minimum
from reading.normalise import Normalised
from reading.office_none import remote_only
from reading.topics import stems
from reading.where import commute_days

_GENERIC_MISSION = re.compile(
    r"(?i)mission[- ]driven|purpose[- ]driven|something|meaningful|difference|matters|doing good"
)


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


class Collector:
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
                    days = commute_days(t, start, sentence_end(t, b))
                    if days is not None:
                        c.value["days"] = days
            kept.append(c)
        self.items = kept

    def _narrower_refused(self) -> None:
        """ "won't sell weapons, but defence logistics is fine": a kind wished in so many words
        and refused by a narrower word of its own is that word refused (a topic), not the kind."""
        wished = {
            (c.value.get("name"), self.norm.source[c.start : c.end].lower())
            for c in self.items
            if c.facet == "industry" and c.polarity == "wish" and not c.value.get("scope")
        }
        for i, c in enumerate(self.items):
            said = self.norm.source[c.start : c.end]
            if (
                c.facet != "industry"
                or c.polarity != "avoid"
                or said.lower() == c.value.get("name")
            ):
                continue  # ("no gambling, but sports betting is fine": the kind itself, scoped)
            if any(name == c.value.get("name") and w != said.lower() for name, w in wished):
                words = stems(said)
                if words:
                    self.items[i] = replace(
                        c, facet="topic", value={"words": words, "phrase": said.lower()}
                    )

    def conditions(self) -> list[Condition]:
        seen, kept = set(), []
        if any(c.facet == "industry" and c.polarity == "wish" for c in self.items):
            self._narrower_refused()
        if any(c.facet == "commute" for c in self.items):
            self._commutes_refused()
        if any(c.facet == "location" for c in self.items):
            self._region_hours()
        if any(c.facet in ("work_mode", "commute") for c in self.items):
            remote_only(self.items, self.at, self.norm.text)  # "no office at all": remote only
        if any(c.facet == "contract" for c in self.items):
            with_minimum(self.items, self.at, self.norm.text)  # "fine if at least 12 months"
        if any(
            c.facet == "work_mode" and c.value.get("days") and c.polarity != "avoid"
            for c in self.items
        ):
            # "hybrid, 3 days in the office at most": one condition, the one with the days (five
            # office days refused leave "would re-engage for a hybrid role" standing)
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
        scoped = {c.key() for c in self.items if c.facet == "travel" and c.value.get("scope")}
        if scoped:
            # "left over the travel - no overnights": the refusal that names its kind, kept
            # over the bare one (one travel condition a polarity)
            self.items = [
                c
                for c in self.items
                if not (
                    c.facet == "travel"
                    and not c.value.get("scope")
                    and c.value.get("share") is None
                    and c.key() in scoped
                )
            ]
        zero = {c.key() for c in self.items if c.facet == "travel" and c.value.get("share") == 0}
        if zero:
            # "won't get on a plane - zero travel, full stop": no travel at all holds the flying
            # in it, and one travel condition a polarity is kept
            self.items = [
                c
                for c in self.items
                if not (c.facet == "travel" and c.key() in zero and c.value.get("share") != 0)
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
