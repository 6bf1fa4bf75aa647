"""Whether to write at all (opt-outs) and how (preferred channel).

An opt-out is the one reading that must never be invented: a false one silently drops a person
from every list. So an opt-out needs an explicit wish not to be contacted at all or any more;
"not interested in this role", "not looking right now", "happy where I am" and "no more agencies"
are not opt-outs, and "don't call, email is better" is a channel preference.
"""

from __future__ import annotations

import re

_ME = r"(?:me|him|her|them|us|this person|the candidate)"
_REACH = (
    r"(?:contact(?:ing)?|email(?:ing)?|e-?mail(?:ing)?|messag(?:e|ing)|writ(?:e|ing)|call(?:ing)?|"
    r"ring(?:ing)?|phon(?:e|ing)|text(?:ing)?|reach(?:ing)? out(?: to)?|get(?:ting)? in touch(?: with)?|"
    r"spam(?:ming)?|ping(?:ing)?|approach(?:ing)?|send(?:ing)? (?:me |him |her |them )?(?:roles|jobs|"
    r"emails|messages|stuff|anything)|bother(?:ing)?|hassl(?:e|ing)|chas(?:e|ing)|pester(?:ing)?|"
    r"sending|pitch(?:ing)?|follow(?:ing)? up(?: with)?)"
)
_ANY_MORE = r"(?:again|any ?more|ever|any further|in future|in the future|at all|further)"
_OPT_OUT = re.compile(
    r"\b(?:"
    rf"stop {_REACH}(?: {_ME})?|please stop|stop (?:it|this|now)|"
    r"unsubscribe|opt(?:ed|s)? (?:me |him |her |them )?out(?! of (?:the )?(?:process|on-call|on call|pension))|opt-out|"
    rf"remove {_ME} from|remove (?:my|his|her|their) (?:details|data|info|information|number|email|cv|profile)|"
    rf"(?:take|took) {_ME} off|(?:be |been |get |got )?(?:taken|removed) (?:off|from) (?:your|the|our) "
    r"(?:list|lists|database|system|books|mailing list|records|crm|talent pool|pool)|"
    rf"(?:delete|erase|wipe) (?:my|his|her|their|all) (?:details|data|info|information|profile|cv|record)|"
    rf"(?:don't|do not|never|please don't|please do not) (?:\w+ )?{_REACH} {_ME} {_ANY_MORE}|"
    rf"(?:don't|do not|never|please don't|please do not) (?:contact|reach out to|get in touch with|"
    rf"approach|bother|pester|message) {_ME}(?! (?:about|for|with|on|via|by|before|until|till|during|"
    r"at work|on (?:my|his|her) work|at (?:my|his|her) work|this|during))|"
    rf"(?:asked|wants?|wanted|requested|prefers?|asks|said|told us|would like|'d like) (?:us |you |me )?(?:\w+ )?not to "
    rf"(?:be )?(?:{_REACH}|contacted|emailed|called|approached|messaged|bothered|reached out to)"
    rf"(?: {_ME})?(?: {_ANY_MORE})?(?! (?:about|by|on|via|before|until|till|during|at))|"
    r"(?:asked|requested|wants|wanted) to be (?:removed|taken off|deleted|forgotten|left alone|unsubscribed)|"
    r"no (?:further|more) (?:contact|emails?|messages|outreach|approaches|calls or emails|recruiter (?:emails|messages))|"
    r"do not contact|do-not-contact|don't contact|never contact|not to be contacted|"
    rf"leave {_ME} alone|lose my (?:number|details|email)|"
    r"(?:doesn't|does not|don't|do not|no longer) want to (?:hear from|be contacted|receive|get) "
    r"(?:you|us|recruiters|any|anything|emails|messages|further)|"
    r"not interested(?: in (?:hearing|any(?: more| further)? (?:roles|opportunities|contact|emails|"
    r"messages)|future (?:roles|opportunities|contact)|being contacted))|"
    r"not interested\W+(?:please |so )?(?:stop|leave|remove|unsubscribe)|"
    r"(?:wants?|asked|requested) (?:no|zero) (?:further |more )?contact|"
    r"right to (?:be forgotten|erasure)|gdpr (?:erasure|deletion|removal|request)|"
    r"has opted out|opted out|off (?:your|the|our) (?:list|books|database)"
    r")\b"
)
# "no thanks" is an opt-out as a reply to outreach - not "no thanks to agencies" or "not now".
_NO_THANKS = re.compile(r"(?:^|[\"'“(:]|\breplied\W+|\bsaid\W+|\breply\W+|\banswer\w*\W+)\s*no,? thanks?(?: you)?\b(?!\W+(?:to|for (?:now|the moment)|at the moment|right now|this time|on this|for this))")
_NOT_OPT_OUT_AFTER = re.compile(r"^\W*(?:but|until|till|before|during|for now|for a while|right now|at the moment|this (?:month|year|quarter)|about (?:this|that) (?:role|job))\b")

_CHANNELS = {
    "email": r"e-?mails?|e-?mail(?:ing|ed)|mail",
    "phone": r"(?<!on-)(?<!on )(?:phone )?calls?|calling|called|phones?|phoning|ring(?:ing)?|cold[- ]calls?|voicemails?",
    "linkedin": r"linkedin|inmails?|li messages?",
    "text": r"texts?|texting|text messages?|sms",
    "whatsapp": r"whatsapp|whats app",
}
_CHANNEL = re.compile(
    r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _CHANNELS.items()) + r")\b"
)
_CHANNEL_WISH = re.compile(
    r"\b(?:prefer(?:s|red|ably|ence)?|best (?:reached|to reach|contacted|way)|rather|instead|"
    r"(?:is|are|works) (?:best|better|fine|preferred|ok|okay|easiest|good)|reach (?:me|him|her|them) "
    r"(?:on|by|via)|contact (?:me|him|her|them) (?:on|by|via)|via|only by|only on|over|drop (?:me|him|her) "
    r"an?|send (?:me|him|her) an?|use|likes?|happy with|responds? (?:to|on|best)|replies (?:on|to)|"
    r"(?:text|email|message|call|ring|whatsapp) (?:me|him|her|them)|first|ideally)\b"
)
_CHANNEL_AVOID = re.compile(
    r"\b(?:don't|do not|doesn't|does not|never|no|not|stop|hates?|dislikes?|can't|cannot|avoid|rather "
    r"not|without)\b"
)


def opt_outs(text: str) -> list[tuple[int, int]]:
    """Spans in lower-case ``text`` where the person asks not to be contacted at all or any more."""
    found = []
    for m in _OPT_OUT.finditer(text):
        if _NOT_OPT_OUT_AFTER.match(text, m.end()) and "again" not in m.group() and "stop" not in m.group():
            continue
        if _is_channel_swap(text, m):
            continue
        found.append((m.start(), m.end()))
    for m in _NO_THANKS.finditer(text):
        rest = text[m.end() :]
        if re.match(r"\W*(?:not (?:now|right now|at the moment|yet)|maybe|try|check|ask|ping|reach|in \w+|"
                    r"until|after|for now)\b", rest):
            continue
        found.append((m.start(), m.end()))
    return found


def _is_channel_swap(text: str, m: re.Match) -> bool:
    """"stop calling, email is fine": a channel preference, not an opt-out."""
    said = m.group()
    if re.search(r"\b(?:contact|reach|touch|approach|bother|pester|unsubscribe|remove|take|delete|leave|"
                 r"alone|further|any more|anymore|again|ever|list|hear)", said):
        return False
    sentence_end = re.search(r"[.!?;\n]|$", text[m.end() :]).start() + m.end()
    rest = text[m.end() : sentence_end + 80]
    return bool(re.search(r"\b(?:instead|rather|prefer\w*|is (?:fine|better|best|ok|okay|preferred)|"
                          r"(?:email|text|linkedin|whatsapp|message) (?:me|him|her|is|only)|use|by|via)\b", rest))


def channels(segment: str) -> list[tuple[str, str, int, int]]:
    """(channel, polarity, start, end) for each channel preference in a lower-case segment."""
    out = []
    for m in _CHANNEL.finditer(segment):
        channel = next(k for k, v in m.groupdict().items() if v)
        before = segment[max(0, m.start() - 40) : m.start()]
        after = segment[m.end() : m.end() + 30]
        if _CHANNEL_AVOID.search(before) and not re.search(r"\b(?:rather|prefer|instead)\b", before):
            out.append((channel, "avoid", m.start(), m.end()))
        elif _CHANNEL_WISH.search(before) or re.match(
            r"^\W*(?:is |are |works )?(?:best|better|fine|preferred|ok|okay|only|please|first|"
            r"rather than|instead|over)\b",
            after,
        ):
            out.append((channel, "wish", m.start(), m.end()))
    return out
