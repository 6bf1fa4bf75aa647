"""How someone works now, said as a fact: not a wish unless they say they want to keep it.

"Has been remote since 2020", "currently hybrid 2 days", "been on nights for 5 years", "works in
fintech now" report the present (the reading conventions: background facts are not conditions),
even when a wish elsewhere in the sentence would otherwise carry onto them ("keen on Python,
remote since 2021"). Said with a wish to keep it ("remote since 2020 and wants to keep it that
way", "hybrid since 2022, happy to keep that") it is a wish; with a refusal to go back ("remote
since covid, won't go back") it is a refusal of the office; with a wish to be rid of it ("been on
nights five years and wants off them") a refusal of it. Notes in other languages reach here with
their "since" ("desde 2020", "seit 2020") rewritten by ``reading.foreign``.
"""

from __future__ import annotations

import re

from reading.gates import gated

# How long they have been doing it: "for 5 years", "(10y)", "since 2020", "since covid".
TENURE = re.compile(
    r"\W{0,3}(?:for (?:the (?:last|past) )?)?(?:\d+\+?|a few|a couple of|many|several|two|three|four|"
    r"five|six|seven|eight|nine|ten|\d+-\d+) ?(?:y|yrs?|years?|months?)\b|\W{0,3}(?:ever )?since "
    r"(?:\d{4}|uni|graduating|covid|corona|the pandemic|lockdown|the lockdowns?|the first lockdown|"
    r"20\d\d|last year|(?:early |mid |late )?\d{4}|then|joining|she joined|he joined|they joined|"
    r"i joined|starting)\b|\W{0,3}for (?:years|ages|a decade|a while|the last \w+ years)\b"
)
# Words before a mention that make it how they work now: "currently hybrid", "been on nights",
# "has been fully remote", "on a 4 day week right now".
NOW_BEFORE = gated(
    re.compile(
        r"\b(?:currently|presently|at present|at the moment|right now|still|(?:has|have|had) been|"
        r"'s been|'ve been|been)\W+(?:(?:on|in|working|doing|fully|mostly|largely|a|an|the|"
        # "currently WFO 5 days": work from (the) office, said of now
        r"work from|"
        r"permanently|hybrid|remote|remotely)\W+){0,3}$|"
        # the German order: "seit Corona remote" (``reading.foreign`` makes it "since corona remote")
        r"\bsince (?:(?:19|20)\d\d|covid|corona|the pandemic|lockdown)\W+(?:(?:in|on|en|im|fully)\W+)?$"
    )
)
NOW_AFTER = re.compile(r"\W{0,3}(?:at the moment|right now|currently|atm|at present|presently)\b")
# What they say of it after: keep it ...
_KEEP = re.compile(
    r"\b(?:wants?|would like|'d like|would love|'d love|hopes?|plans?|intends?|keen|happy|likes?|"
    r"prefers?|wishes)\W+(?:\w+\W+){0,2}?(?:to )?(?:keep|stay|remain|continue|carry on|stick)\b|"
    r"\bkeep (?:it|that|this) (?:that way|so|up)\b|\b(?:wants?|would like) (?:it|that|this) to "
    r"(?:stay|continue|remain)\b|\b(?:(?:won't|will not|wouldn't|would not|doesn't|does not|"
    r"don't|do not) (?:want to |wanna )?(?:give (?:it|that) up|change (?:it|that)))\b"
)
# ... or never go back to the office ...
_NO_RETURN = re.compile(
    r"\b(?:won't|will not|wouldn't|would not|refuses to|can't|cannot|never|not|doesn't want to|"
    r"does not want to|don't want to|would hate to|no) (?:ever )?(?:go(?:ing)? back|return(?:ing)?)\b"
    # "...back to the office" is read as a refusal of the office by the word lists already
    r"(?! (?:to|into|in) (?:an? |the |his |her |their |my )?(?:office|on-?site|hq)\b)"
)
# ... or be rid of it: "wants off them", "had enough", "wants out".
_RID = re.compile(
    r"\b(?:wants?|would like|'d like|needs?) (?:off (?:it|them|that|those|nights|weekends)|out|"
    r"to (?:stop|come off|get off|move off))\b|\b(?:had|has had) enough\b|\b(?:sick|tired) of "
    r"(?:it|them|that)\b|\bburn(?:t|ed|ing) (?:out|her out|him out|them out)\b"
)


def said_now(t: str, start: int, a: int, b: int) -> bool:
    """Whether the mention t[a:b] (in a part beginning at ``start``) is how they work now."""
    return bool(
        NOW_BEFORE.search(t, max(start, a - 40), a) or TENURE.match(t, b) or NOW_AFTER.match(t, b)
    )


_STOP = re.compile(r"[.!?\n]")
_NEXT_OPENS = re.compile(r"[.!?\n\s]*(?:(?:and|but|so) )?(?:(?:she|he|they|i|we) )?")


def _ends(t: str, b: int) -> tuple[int, int]:
    """The end of the sentence from ``b`` (";" and dashes do not end it), and of the one after."""
    first = _STOP.search(t, b)
    end = first.start() if first else len(t)
    after = _STOP.search(t, end + 1)
    return end, (after.start() if after else len(t))


def stance(t: str, b: int) -> tuple[str, int, int] | None:
    """What they say of their present way of working after it, in its sentence or opening the
    next ("Remote since 2020. Won't go back."): ("keep" - they want it kept, "no_return" - they
    will not go back to the office, or "rid" - they want out of it; and where it is said), or
    None (a fact, no more)."""
    end, after = _ends(t, b)
    for how, pattern in (("no_return", _NO_RETURN), ("keep", _KEEP), ("rid", _RID)):
        found = pattern.search(t, b, end)
        if found is None and end < len(t):
            opens = _NEXT_OPENS.match(t, end)
            found = pattern.match(t, opens.end(), after)
        if found:
            return how, found.start(), found.end()
    return None
