"""Whether to write at all (opt-outs) and how (preferred channel).

An opt-out is the one reading that must never be invented: a false one silently drops a person
from every list. So an opt-out needs an explicit wish not to be contacted at all or any more;
"not interested in this role", "not looking right now", "happy where I am" and "no more agencies"
are not opt-outs, and "don't call, email is better" is a channel preference.
"""

from __future__ import annotations

import re

from reading.channels import CHANNEL

# "her" is a person only when nothing of hers follows ("don't contact her manager" is no opt-out).
_ME = (
    r"(?:me|him|them|us|this person|the candidate|her(?=\W*(?:$|[.,;:!?)]|again|any ?more|ever|please|pls|"
    r"at all|directly|and|or|thanks|thank you|unless|going forward|from now|in future|further|about|out|off|alone|"
    r"with|until|till|on|via|by|during|for|before|after)))"
)
# Asking not to be approached at all: any of these, stopped or refused, is an opt-out.
_GENERIC = (
    r"(?:contact(?:ing|ed)?|reach(?:ing)? out(?: to)?|reached out(?: to)?|get(?:ting)? in touch(?: with)?|"
    r"approach(?:ing|ed)?|bother(?:ing|ed)?|pester(?:ing|ed)?|hassl(?:e|ing|ed)|"
    r"spam(?:ming|med)?|harass(?:ing|ed)?|(?:chas(?:e|ing)|writ(?:e|ing)(?: to)?|ping(?:ing)?|"
    r"hound(?:ing)?|follow(?:ing)? up(?: with)?) (?=me|him|her|them))"
)
# Refusing one channel ("don't call") is a channel preference unless it is "any more"/"again".
_CHANNEL_VERB = (
    r"(?:e-?mail(?:ing|ed)?|messag(?:e|ing|ed)|call(?:ing|ed)?|ring(?:ing)?|phon(?:e|ing|ed)|"
    r"text(?:ing|ed)?|inmail(?:ing)?|dm(?:ing)?)"
)
# Stopping one of these is refusing a channel; email is how we write, so stopping it is an opt-out.
_ONE_CHANNEL = re.compile(
    r"\b(?:call(?:ing)?|ring(?:ing)?|phon(?:e|ing)|text(?:ing)?|dm(?:ing)?)\b"
)
_SEND = r"(?:send(?:ing)?|forward(?:ing)?|push(?:ing)?)"
_ANY_MORE = (
    r"(?:again|any ?more|ever|any further|in future|in the future|at all|further|ever again)"
)
_NOT = r"(?:don't|do not|never|please don't|please do not|not to|never to|not|won't|shouldn't)"
_OPT_OUT = re.compile(
    r"\b(?:"
    rf"(?P<stop>stop (?:{_GENERIC}|{_CHANNEL_VERB})(?: {_ME})?(?: {_ANY_MORE})?)|"
    rf"(?P<send>stop {_SEND}(?: {_ME})?)|"
    r"please stop(?!\s+\w)|stop (?:it|this|now|please)(?!\s+\w)|(?:please |pls )remove(?: me| him| her)?(?=\W*$)|"
    r"unsubscribe|opt(?:ed|s)? (?:me |him |her |them )?out(?! of (?:the )?(?:process|on-call|on call|pension|"
    r"overtime|weekend))|opt-out|"
    rf"(?P<remove>remove {_ME} from)|remove (?:my|his|her|their) (?:details|data|info|information|number|"
    r"email|cv|profile|application)|"
    rf"(?:take|took) {_ME} (?:off|out of (?:the|your|our) (?:system|database|list|records|crm|pool))|(?:be |been |get |got )?(?:taken|removed) (?:off|from) (?:your|the|our) "
    r"(?:list|lists|database|system|books|mailing list|records|crm|talent pool|pool)|"
    r"(?:delete|erase|wipe|destroy) (?:my|his|her|their|all) (?:details|data|info|information|profile|cv|"
    r"record|records|application)|"
    rf"{_NOT} (?:\w+ )?(?:{_GENERIC}|{_CHANNEL_VERB})(?: {_ME})?(?: \w+){{0,3}},? {_ANY_MORE}|"
    rf"{_NOT} (?:\w+ )?{_GENERIC} {_ME}(?! (?:about|for|with|on|via|by|before|until|till|during|at|this|"
    r"before|after|in|through|outside))|"
    rf"(?:asked|wants?|wanted|requested|prefers?|asks|said|told us|would like|'d like|wishes) (?:us |you |me )?"
    rf"(?:\w+ )?not to (?:be )?(?:{_GENERIC}|contacted|approached|bothered|reached out to|pestered)"
    rf"(?: {_ME})?(?: {_ANY_MORE})?|"
    rf"(?:asked|wants?|wanted|requested|prefers?|asks|said|told us|would like|'d like|wishes) (?:us |you |me )?"
    rf"(?:\w+ )?not to (?:be )?{_CHANNEL_VERB}(?: {_ME})? {_ANY_MORE}|"
    r"(?:asked|requested|wants|wanted|asks) to be (?:removed|taken off|deleted|forgotten|left alone|unsubscribed)|"
    r"no (?:further|more) (?:contact|emails?|messages|outreach|approaches|calls or emails|"
    r"recruiter (?:emails|messages|contact)|recruitment emails)|"
    r"do not contact|do-not-contact|never contact|not to be contacted|"
    rf"leave {_ME} alone|lose my (?:number|details|email)|"
    r"(?:doesn't|does not|don't|do not|no longer) want to (?:hear from|be contacted|receive|get) "
    r"(?:you|us|recruiters|any|anything|emails|messages|further)|"
    r"not interested in (?:hearing (?:from|about)|any(?: more| further)? (?:roles|opportunities|contact|emails|"
    r"messages)|future (?:roles|opportunities|contact)|being contacted)|"
    r"not interested\W+(?:please |so )?(?:stop|leave|remove|unsubscribe)|"
    r"(?:wants?|asked|requested) (?:no|zero) (?:further |more )?contact|"
    r"(?:withdr[ae]wn?|withdraws|revoked?|revokes|retracted|pulled) (?:her |his |their |my |all )?consent|"
    r"no longer (?:gives|consents?)|"
    r"right to (?:be forgotten|erasure)|gdpr (?:erasure|deletion|removal|request)|"
    r"(?:prefer|rather|like|wish|want|wants|asked|asks) not to (?:hear|be hearing) from (?:you|us|recruiters|anyone)|"
    r"(?:don't|do not|doesn't|does not|no longer) (?:wish|want|need) to (?:receive|get|hear)(?: \w+){0,4} "
    r"(?:from (?:you|us|recruiters)|emails|messages|any more|anymore|again)|"
    r"cease (?:all )?(?:contact|communication|emails)|cease and desist|"
    r"no (?:further|more) communications?|"
    r"(?:data|details|information|profile|record|records|cv) (?:to be |be |being )?(?:deleted|erased|removed|wiped)|"
    r"forget (?:me|him|her|them)\b|(?:wants|asked|asks) to be forgotten|"
    r"mark(?:ed|s)? (?:us|our (?:emails?|messages?)|(?:the|your|our) emails?|it) as spam|"
    r"(?:don't|do not|doesn't|does not) want to be (?:on|in|kept on|kept in) (?:your|the|our) "
    r"(?:database|list|system|books|records|talent pool)|"
    r"(?:archive|deactivate|close|delete) (?:my|her|his|their) (?:profile|account|record)|"
    rf"{_NOT} (?:\w+ ){{0,3}}(?:hear|hearing)(?: \w+){{0,4}} {_ANY_MORE}|"
    r"has opted out(?! of)|opted out(?! of)|opted out of (?:all |any |further |future )?(?:emails|communications?|"
    r"contact|marketing|mailings?|messages|outreach|(?:your|our|the) (?:list|mailing list|database|talent pool))|"
    r"off (?:your|the|our) (?:list|books|database|mailing list)"
    r")\b"
)
# A bare "Stop." at the end of a note.
_BARE_STOP = re.compile(
    r"(?:^|[.!?;:]\s*)(?:please\s+)?(stop)(?:\s+(?:please|now|it))?(?:[.!]*\s*$|\s*[.!]+(?=\s))"
)
# "no thanks" is an opt-out as a bare reply to outreach - not "no thanks, not a fit" or "not now".
_NO_THANKS = re.compile(
    r"(?:^|[\"'“(:]|\breplied\W+|\bsaid\W+|\breply\W+|\banswer\w*\W+|\bresponded\W+)\s*(no,? thanks?(?: you)?)\b"
)
_NOT_OPT_OUT_AFTER = re.compile(
    r"^\W*(?:but|until|till|before|during|for now|for a while|right now|at the moment|this (?:month|year|"
    r"quarter)|about (?:this|that|the) (?:role|job)|with (?:this|that))\b"
)
# "stop contacting me about roles": roles in general are all we would write about.
_ABOUT_ANY_ROLE = re.compile(
    r"^\W*(?:about|with|regarding|re) (?:any |new |more |other |future |your |these |those )*(?:roles|jobs|"
    r"opportunities|positions|vacancies|openings|work|stuff|things)\b(?!\W+(?:in|at|for|that|which|like|"
    r"based|outside|paying|below|under|on)\b)"
)
# What makes a refusal partial: a topic, a time, a channel, a person.
_RESTRICTED = re.compile(
    r"^\W*(?:about|regarding|re|on|during|before|after|until|till|at|for|via|by|through|outside|in|over|"
    r"with|unless|except|while|when|today|this week|this month|at work)\b"
)
_FOR_NOW = re.compile(
    r"\b(?:until|till|for now|for a while|right now|at the moment|this (?:week|month|quarter|year)|"
    r"for (?:a|the next|another|a few|a couple of|\d+) (?:days?|weeks?|months?|years?))\b"
)


def _rest_of_sentence(text: str, pos: int) -> str:
    end = re.search(r"[.!?;\n]|$", text[pos:]).start() + pos
    return text[pos:end]


# What a "stop sending me ..." or "remove me from the ... alert" is about, when it is about something.
_SCOPE = re.compile(
    r"^\W*(?:me |him |her |them )?(?:any ?more |more |any |your |these |those |all |the |such |of |those |"
    r"my |our )*(?P<q>[^.;!?]*?)\W*\b(?:roles?|jobs?|positions?|vacancies|openings|opportunities|alerts?|ads|"
    r"adverts|job alerts?|list|lists|emails|updates|mailing list)\b(?P<tail>\W+(?:in|at|for|based|that|which|"
    r"with|from|like|outside|paying|below|under|on)\b)?"
)
_GENERIC_SCOPE = {
    "",
    "mailing",
    "email",
    "talent",
    "contact",
    "candidate",
    "distribution",
    "recruitment",
    "newsletter",
    "marketing",
    "job",
    "new",
    "other",
    "weekly",
    "daily",
    "these",
    "those",
}


def opt_outs(text: str) -> list[tuple[int, int]]:
    """Spans in lower-case ``text`` where the person asks not to be contacted at all or any more."""
    found = []
    for m in _OPT_OUT.finditer(text):
        said = m.group()
        if not re.search(_ANY_MORE, said) and _NOT_OPT_OUT_AFTER.match(text[m.end() :]):
            continue
        if not re.search(
            _ANY_MORE + r"|opt|unsubscribe|remove|take|delete|list|consent|alone|number|data", said
        ):
            rest = text[m.end() :]
            if not _ABOUT_ANY_ROLE.match(rest) and (
                _RESTRICTED.match(rest) or _FOR_NOW.search(_rest_of_sentence(text, m.end()))
            ):
                continue  # "not to be contacted on Fridays", "stop emailing me until March"
        if (m["send"] or m["remove"]) and _scoped(text[m.end() :]):
            continue
        if (
            m["stop"]
            and _ONE_CHANNEL.search(said)
            and not re.match(r"\s*(?:and|or|&|/|,)\s*\w", text[m.end() :])
        ):
            continue  # "stop texting me": that channel, not all contact
        if (
            re.search(_CHANNEL_VERB, said)
            and not re.search(_ANY_MORE, said)
            and _channel_swap(text, m.end())
        ):
            continue
        found.append((m.start(), m.end()))
    for m in _BARE_STOP.finditer(text):
        found.append((m.start(1), m.end(1)))
    for m in _NO_THANKS.finditer(text):
        rest = text[m.end() :]
        # Only a bare "no thanks" (or one that goes on to ask us to stop) refuses us rather than a role.
        if re.match(
            r"[\W]*(?:$|to (?:the|your|this|that) (?:\w+ )?(?:email|message|reconnect|note|outreach|"
            r"approach|mail|inmail|check-in)|(?:please |pls )?(?:remove|stop|unsubscribe|take me off|"
            r"leave me|don't|do not))",
            rest,
        ):
            found.append((m.start(1), m.end(1)))
    return found


def _scoped(rest: str) -> bool:
    """ "stop sending me Java roles", "remove me from the Data Engineer alert": about a kind of role."""
    m = _SCOPE.match(rest)
    if not m:
        return False
    q = m["q"].strip()
    return q not in _GENERIC_SCOPE or bool(m["tail"])


def _channel_swap(text: str, end: int) -> bool:
    """ "stop calling, email is fine": a channel preference, not an opt-out."""
    sentence_end = re.search(r"[.!?;\n]|$", text[end:]).start() + end
    rest = text[end : sentence_end + 80]
    return bool(
        re.search(
            r"\b(?:instead|rather|prefer\w*|is (?:fine|better|best|ok|okay|preferred)|"
            r"(?:email|text|linkedin|whatsapp|message) (?:me|him|her|is|only)|use|by|via)\b",
            rest,
        )
        or any(
            not re.search(r"(?:\band|\bor|\bnor|&|,)\s*$", rest[: c.start()])
            for c in CHANNEL.finditer(rest)
        )
    )
