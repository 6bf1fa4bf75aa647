"""How a person wants to be written to: the channel they prefer, refuse or allow only.

"text me rather than call", "best reached on LinkedIn", "don't call" are channel preferences, not
opt-outs (``reading.contact`` decides those): a person who refuses one channel can still be
written to on another.
"""

from __future__ import annotations

import re

from reading import titles
from reading.facets import mentions
from reading.gates import gated

_CHANNELS = {
    "email": r"e-?mails?|e-?mail(?:ing|ed)|mail",
    # ("cold calling" is the seller's own work, not our calls: "never cold calling again")
    "phone": r"(?<!on-)(?<!on )(?:phone )?calls?|(?<!cold )(?<!cold-)calling|called|phones?|phoning|ring(?:ing)?|cold[- ]calls?|voicemails?",
    "linkedin": r"linkedin|inmails?|li messages?",
    "sms": r"texts?|texting|text messages?|sms",
    "whatsapp": r"whatsapp|whats app",
    "video": r"video calls?|zoom|teams calls?|google meet",
    "teams": r"(?:ms |microsoft |(?<=on ))teams(?! calls?)",
}
CHANNEL = gated(
    re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _CHANNELS.items()) + r")\b")
)
_CHANNEL_WISH = re.compile(
    r"\b(?:prefer(?:s|red|ably|ence)?|best (?:reached|to reach|contacted|way)|"
    r"reach (?:me|him|her|them) (?:on|by|via)|contact (?:me|him|her|them) (?:on|by|via)|"
    r"drop (?:me|him|her) an?|send (?:me|him|her) an?|happy with|responds? (?:to|on|best)|"
    r"replies (?:on|to)|please|pls|ideally|rather|just|only use|(?:you|u) (?:could |would |can )?use|"
    r"still (?:get|take|happy with|fine with|want|like)|use (?:this|my|the|his|her|that) "
    r"(?:new |personal |work )?)\W*(?:\w+\W+){0,3}$"
)
_CHANNEL_AFTER_WISH = re.compile(
    r"^\W*(?:(?:is|are|works|'s) (?:best|better|fine|preferred|ok|okay|easiest|good|great)|works|"
    r"(?:me|him|her|them)\b(?! (?:about|again|any|back|in(?! (?:the )?future)|after|next|later|when|once|from|around|"
    r"tomorrow|today|this|at))|best|preferred|please|pls)\b"
)
_CHANNEL_AVOID = re.compile(
    r"\b(?:don't|do not|doesn't|does not|never|no|not|stop|hates?|dislikes?|can't|cannot|avoid|"
    r"rather not|without|unsubscribe(?: me)? from|take me off|"
    r"(?:rather|if|that) (?:you|u) (?:didn't|did not|wouldn't|would not))\W+(?:\w+\W+){0,3}$"
)
_CHANNEL_AFTER_AVOID = re.compile(
    r"^\W*(?:(?:is|are|'s) (?:difficult|hard|tricky|a problem|awkward|impossible|a no|not (?:great|good|"
    r"ideal|possible|an option)))\b"
)
# "no calls during work hours", "don't call before 10am": when, not whether - no preference.
_AT_A_TIME = re.compile(
    r"^\W*(?:\w+\W+)?(?:during|before|after|between|until|till|while|at work|in the (?:mornings?|evenings?|"
    r"day(?:time)?)|on (?:weekdays|weekends|mondays|tuesdays|wednesdays|thursdays|fridays)|"
    r"in (?:office|working|work|business|school) hours|"
    # "no calls over Christmas", "no calls in December": a time to leave them be
    r"(?:over|around|throughout|in) (?:the )?(?:holidays|hols|festive|christmas|xmas|new year|"
    r"ramadan|eid|easter|diwali|deepavali|lebaran|hari raya|chinese new year|cny|lunar new year|tet|"
    r"songkran|summer|january|february|march|april|may|june|july|august|september|october|"
    r"november|december))\b"
)
# Not how to write to the person: an address of theirs ("don't email my work address"), a topic
# ("don't email me about anything outside Manchester"), a style of work ("Zoom-only teams").
_NOT_A_PREFERENCE = re.compile(
    r"^(?:\W*(?:me |him |her |them )?(?:about|regarding|re)\b|\W*(?:my|his|her|their) (?:\w+ )?"
    r"(?:address|account|inbox)\b|-only \w)"
)
# An old address of theirs to delete: "delete my old phone number" prefers no channel.
_OLD_ADDRESS_BEFORE = re.compile(
    r"\b(?:old|older|previous|former|outdated|wrong|delete|remove|erase|wipe|purge|lose)\W+"
    r"(?:(?:my|his|her|their|the|your) )?(?:\w+ )?$"
)
_ADDRESS_AFTER = re.compile(r"^\W*(?:number|no\b|address|addy|account)")
# Someone else asked the person to stop: "the hiring manager asked her to stop emailing him".
_TOLD_TO = re.compile(
    r"\b(?:asked|told|tells|asks|warned) (?:her|him|them|the candidate) to\b[^,;]*$"
)
_CHANNEL_ONLY = re.compile(
    r"^\W*only\b|\bonly (?:(?:contact|reach|write to|message) (?:me|him|her|them) )?(?:by|on|via|over|"
    r"through)\W*$"
)


# Where the thing a stop is about ends: "stop emailing me PHP jobs, thanks" -> "php jobs".
_OBJECT_END = re.compile(
    r"[.,;:!?\n()–—\"]|\s-\s|\b(?:please|pls|plz|thanks|thank you|thx|but|and|or|as|because|since|"
    r"cos|so|i|i'm|im|i've|i'll|i'd|again|any ?more|ever|now|already|anyway|ok|okay)\b"
)
# Kinds of role that no word list holds: "grad schemes", "contract gigs", "apprenticeships".
_ROLE_KIND = re.compile(
    r"\b(?:schemes?|programm?es?|gigs?|placements?|apprenticeships?|internships?|secondments?|"
    r"temp (?:work|roles|jobs)|interims?)\b"
)


def names_a_kind(rest: str) -> bool:
    """Whether what follows "stop sending me" names a kind of role ("PHP jobs", "grad schemes")."""
    obj = rest[: _OBJECT_END.search(rest + ".").start()]
    if not obj.strip() or re.match(r"\s*(?:about|regarding|re|on|at|for|via|from|to)\b", obj):
        return False
    return bool(_ROLE_KIND.search(obj) or mentions(obj) or titles.levels(obj) or titles.titles(obj))


# What names nothing in particular after "stop sending (me)": "jobs", "stuff", "these emails".
_NOTHING_IN_PARTICULAR = frozenset(
    "me him her them us jobs job roles role stuff things thing anything everything emails email "
    "messages message mails any more anymore your the these those this that all updates ads adverts "
    "opportunities openings vacancies positions texts inmails spam junk rubbish crap my of over".split()
)
# The kind still wanted, said next: "- in-house only from now on", ", perm only", "just remote".
_STILL_WANTED = re.compile(r"\b(?:only|instead|just|rather)\b")


def kind_swapped(rest: str) -> bool:
    """Whether what follows "stop sending" names a kind of work and then another kind still
    wanted ("stop sending private practice - in-house only now"): that kind stopped, not us."""
    end = _OBJECT_END.search(rest + ".")
    words = re.findall(r"[a-z][\w'-]*", rest[: end.start()])
    if not words or all(w in _NOTHING_IN_PARTICULAR for w in words):
        return False
    after = re.split(r"[.!?\n]", rest[end.start() : end.start() + 80])
    after = after[0] if after[0].strip(" -–—,;:") else " ".join(after[:2])
    return bool(_STILL_WANTED.search(after) and mentions(after))


# A hospital's call duty named: "take call", "weekend call", "call shifts", "called in at 2am".
_HOSPITAL_CALL_BEFORE = re.compile(
    r"\b(?:take|taking|takes|took|weekend|weekday|home|in-house|beeper|backup|overnight|getting|get|"
    r"gets|got|being)\s+$"
)
_HOSPITAL_CALL_AFTER = re.compile(
    r"\s+(?:shifts?|pay|schedules?|rotations?|burden|requirements?|weekends?|nights?)\b|(?<=called) in\b"
)

# Calls that are the work itself, not the phone: "farm calls", "house calls", "site calls",
# "sales calls", "call-outs" - a vet's, a GP's, an engineer's or a rep's visits.
_WORK_CALL_BEFORE = re.compile(
    r"\b(?:farm|house|home|site|sales|service|customer|client|field|vet|ward|emergency|breakdown|"
    r"repair|rural|night|after[- ]hours|out[- ]of[- ]hours|door[- ]to[- ]door|on[- ]call)\s+$"
)
_CALL_OUT_AFTER = re.compile(r"[- ]?outs?\b")
# Calls or emails with the people of a job: "no more late calls with the US head office", "hates
# 6am calls with the offshore team" - the work's meetings, not how we reach them.
_WITH_A_WORK_PARTY = re.compile(
    r"\s+(?:with|to)\s+(?:the |our |my |his |her |their |a |an )?(?!your\b|ur\b)(?:[\w-]+\s+){0,2}?"
    r"(?:head ?office|hq|headquarters|teams?|clients?|customers?|stakeholders?|offshore|onshore|"
    r"colleagues|managers?|boss|board|execs?|executives|vendors?|suppliers?|investors?|"
    r"parent company|group office|regional office|home office|site)\b"
)


def channels(segment: str) -> list[tuple[str, str | None, int, int]]:
    """(channel, polarity, start, end) for each channel named in a lower-case segment; one named
    with no cue of its own has polarity None, which a refusal just before may reach ("don't
    call, text or email me", ``reading.channel_lists``)."""
    out = []
    for m in CHANNEL.finditer(segment):
        channel = next(k for k, v in m.groupdict().items() if v)
        before = segment[max(0, m.start() - 40) : m.start()]
        after = segment[m.end() : m.end() + 30]
        if re.search(r"\b(?:to|over|than|instead of|not)\W*$", before) and out:
            continue  # "prefers LinkedIn messages to email": the second one is only the comparison
        if _AT_A_TIME.match(after) or _NOT_A_PREFERENCE.match(after) or _TOLD_TO.search(before):
            continue
        if channel == "phone" and (
            _HOSPITAL_CALL_BEFORE.search(before) or _HOSPITAL_CALL_AFTER.match(after)
        ):
            continue  # "won't take call", "weekend call", "the call pay": on-call duty, not the phone
        if m.group().startswith("call") and (
            _WORK_CALL_BEFORE.search(before) or _CALL_OUT_AFTER.match(after)
        ):
            continue  # "hates farm calls", "no more call-outs": the work, not the phone
        if channel in ("phone", "email", "video", "teams") and _WITH_A_WORK_PARTY.match(
            segment, m.end()
        ):
            continue  # "late calls with the US head office": the job's meetings, not our calls
        if re.match(r"\W*(?:[/,]\s*)?no[- ]?show", after):
            continue  # "no call no show" (NCNS): who did not turn up, no word on the phone
        if _OLD_ADDRESS_BEFORE.search(before) and _ADDRESS_AFTER.match(after):
            continue  # "please delete my old phone number": an address to drop, not a channel
        if re.search(r"\b(?:marketing|promotional|newsletter|digest)\W*$", before):
            continue  # "unsubscribe me from marketing emails only": a list, not the channel
        whom = re.match(r" (?:me|him|her|them)\b", segment[m.end() :])
        if whom and names_a_kind(segment[m.end() + whom.end() :]):
            continue  # "stop emailing me PHP jobs": the roles are refused, not the email
        if _CHANNEL_ONLY.search(before) or _CHANNEL_ONLY.match(after):
            out.append((channel, "must", m.start(), m.end()))
        elif _CHANNEL_AVOID.search(before) or _CHANNEL_AFTER_AVOID.match(after):
            out.append((channel, "avoid", m.start(), m.end()))
        elif _CHANNEL_WISH.search(before) or _CHANNEL_AFTER_WISH.match(after):
            out.append((channel, "wish", m.start(), m.end()))
        else:
            out.append((channel, None, m.start(), m.end()))
    return out
