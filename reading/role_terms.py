"""The role's terms said in a note: the role's, not the person's - unless they take a side.

A recruiter writes "The role is 4 days a week in the Leeds office" or "Role: 3 days in
Shoreditch, £90–105k, perm": those are the job's terms, and reading them as the person's wishes
would put a Leeds location, a four-day week and a pay ask on someone who said none of it. What
the person says about them in the same sentence decides: "Role is hybrid 3d, she's fine with it"
makes the terms their wish; "Role was 30% travel across DACH, which he said is too much", or the
role's terms in a note on why they declined ("Declined - the role was mid-level and he wants
senior"), makes them what they refuse; anything else ("he's reading the spec") leaves nothing.

``role_sentences`` finds the spans and the side taken; the reader drops what it read inside them
and reads the terms again with the side as their cue.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reading.clauses import sentences

# A sentence whose subject is the role or the employer and whose verb states its terms.
_ROLE_SUBJECT = re.compile(
    r"^\W*(?:(?:the|this|that|their|our|his|her|its) )?(?:client's |company's )?(?:new |other |"
    r"current |last |(?!(?:declined|rejected|refused|accepted|withdrew|"
    r"turned)\b)\w+ )?(?:role|job|position|post|opening|vacancy|client|company|offer|gig|"
    r"team|spec)(?:'s\b|\s*:|\s+(?:is|was|are|were|would be|will be|requires?|required|needs?|"
    r"needed|wants?|wanted|pays?|paid|offers?|offered|comes with|came with|has|had|involves?|"
    r"involved|is based|was based|based|sits|sat|turned out to be)(?P<neg>n't)?\b(?! to\b| (?:got|been) to\b))"
)
# The reason given for turning a role down is what the role was: "withdrew b/c it was IC only",
# "declined as there were no reports", "pulled out because the job was all people management".
_REASON_SUBJECT = re.compile(
    r"^\W*(?:cand(?:idate)?\W+)?(?:\w+\W+){0,2}?(?:declined|withdrew|withdrawn|pulled out|turned (?:it |us |"
    r"the \w+ )?down|left|quit|said no|walked away)\b[^.;]{0,30}?(?:\bb/c|\bbecause|\bas|\bsince|\bcos|"
    r"\bcoz|\bso|[:,]|\s[-–—])\W*(?:it|the (?:role|job|position|team|offer|post)|that one|this one|there)\s+"
    r"(?:was|is|'s|were|had|has|would be|would have been|involved|turned out to be)(?P<neg>n't)?\b"
)
# Where the role's terms stop and the person speaks: a pronoun, a clause turn, a dash, a wish.
_PERSON = re.compile(
    r"\b(?:she|he|they|i|cand(?:idate)?|which|but|though|however|whereas|wants?|wanted|would like|'d like|"
    r"prefers?|keen|hoping)\b|;|\s[-–—]\s"
)
# The role lacked it: "the role wasn't remote", "it had no reports" - the lack is refused, so
# the thing itself is what they want.
_LACKED = re.compile(r"\s*(?:n't|not|no|never|without|zero)\b\s*(?:an? |any |much )?")
_ACCEPTS = re.compile(
    r"\b(?:fine|ok|okay|happy|good|works for|work for|suits?|comfortable|no problem|"
    r"(?:doesn't|does not|don't|wouldn't) mind|can (?:do|live with|manage)|open to|up for|"
    r"likes?|keen|on board|all good)\b"
)
_REFUSES = re.compile(
    r"\b(?:too (?:much|far|long|many|junior|senior|low|little|big|small)|not for|not interested|"
    r"won't|wouldn't|can't|cannot|couldn't|isn't|no\b|not\b|never|deal ?-?breaker|non[- ]?starter|"
    r"(?:main |the )?reason|turned|declined|withdrew|rejected|put (?:her|him|them|me) off|didn't|"
    r"hates?|ruled? (?:it |that )?out|wants?|prefers?|would rather|'d rather)\b"
)
# The next sentence speaks of the terms just stated: "he's happy with that".
_ABOUT_IT = re.compile(
    r"\W*(?:she|he|they|i|cand\w*)\b[^.;!?]{0,30}?\b(?:with|about|for|by) (?:that|it|this|those)\b"
)
_CAPPED = re.compile(r"\b(?:more than|at most|max(?:imum)?|tops|no more|limit)\b")
_DECLINE_NOTE = re.compile(
    r"\b(?:declined|decl|turned (?:it |us |the \w+ )?down|withdrew|withdrawn|pulled out|rejected|"
    r"rej|reason for decline|said no)\b"
)


def role_sentences(t: str) -> list[tuple[int, int, str | None]]:
    """(start, end, side) for each span of normalised ``t`` that states the role's terms; side is
    "wish" (accepted), "avoid" (refused) or None (nothing said about them)."""
    out = []
    for s, e in sentences(t):
        m = _ROLE_SUBJECT.match(t[s:e])
        a_reason = m is None
        m = m or _REASON_SUBJECT.match(t[s:e])
        if not m:
            continue
        stop = _PERSON.search(t, s + m.end(), e)
        end = stop.start() if stop else e
        tail = t[end:e]
        if not stop and _ABOUT_IT.match(t[e : e + 60]):
            tail = t[e : e + 60]  # "Role is remote; he's happy with that."
        if _ACCEPTS.search(tail) and not re.search(r"\b(?:not|n't|no)\b", tail[:40]):
            side = "wish"
        elif _CAPPED.search(tail):
            side = None  # "role was 4 days on site and he won't do more than 2": his cap says it
        elif tail and _REFUSES.search(tail) or _DECLINE_NOTE.search(t[max(0, s - 60) : s]):
            side = "avoid"
        else:
            side = None
        if side is None and a_reason:
            side = "avoid"  # "withdrew b/c it was IC only": the reason they gave
        start = s + m.end()
        lacked = _LACKED.match(t, start, end)
        if (lacked or m["neg"]) and side == "avoid":
            # "declined - the role wasn't remote", "there were no reports": the lack is refused
            start, side = (lacked.end() if lacked else start), "wish"
        elif lacked or m["neg"]:
            side = None  # "the role wasn't remote, she's fine with that": nothing of hers to read
        out.append((start, end, side))
    return out


_PREFIX = {"wish": "wants ", "avoid": "no "}
# What a role's terms cannot say of the person: the city the role sits in is not where they want
# to live or work, and the pay a declined role offered is no floor of theirs.
_NOT_TAKEN = {"location", "relocation", "commute"}


# What they are now and want to stay: "she's a Staff IC and wants to stay that way".
_KEPT = re.compile(
    r"\b(?:she's|he's|i'm|they're|she is|he is|i am|they are) (?:an? )?(?P<now>[^.;,]{2,40}?),? and "
    r"(?:(?:she|he|i|they) )?(?:wants?|would like|'d like|is happy|am happy|plans?|intends?) to "
    r"(?:stay|remain|keep it) (?:that way|so|like that|put|there|as is)\b"
)


def kept(t: str) -> list[tuple[int, int, str | None]]:
    """(start, end, "wish") for what someone is now and says they want to stay."""
    return [(m.start("now"), m.end("now"), "wish") for m in _KEPT.finditer(t)]


def retake(items: list, t: str, norm, read) -> list:
    """``items`` (conditions read from normalised ``t``) without what the role's terms said, plus
    the terms again as the person's wish or refusal where they took a side; ``read`` reads a text."""
    for a, b, side in role_sentences(t) + kept(t):
        if b <= a:
            continue
        sa, sb = norm.span(a, b)
        inside = [
            c for c in items if c.facet not in ("contact", "wait") and sa <= c.start and c.end <= sb
        ]
        items = [c for c in items if c not in inside]
        if side is None:
            continue
        said = {c.facet for c in items if c.polarity == "must"}
        prefix = _PREFIX[side]
        for c in read(prefix + norm.source[sa:sb]):
            if c.facet in ("contact", "wait") or c.facet in said:
                continue  # "client wanted 5 days on site; she'd do 2 at most": her cap says it
            if c.facet in _NOT_TAKEN or side == "avoid" and c.facet == "pay":
                continue
            start = max(sa, sa + c.start - len(prefix))
            items.append(
                replace(c, polarity=side, start=start, end=max(start, sa + c.end - len(prefix)))
            )
    return items
