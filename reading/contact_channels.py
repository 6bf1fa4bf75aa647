"""A stop of one way of reaching them, not of contact as such: a channel refused with another offered
("never phone me again, email is fine"), a bare channel stop with nothing else said, a channel
swapped ("text rather than call"), a hospital's call duty ("won't take call any more"), and one
detail to delete or change ("delete my old phone number, I have a new one"). Asked by
``reading.contact_scope``.
"""

from __future__ import annotations

import re

from reading.channels import CHANNEL
from reading.opt_out_words import CHANNEL_VERB, GENERIC, ME

# How a stopped channel is named, as ``reading.channels`` names it.
# A DM is the message a social app carries: no channel of ``reading.channels`` is the same one.
STOPPED_CHANNEL = (
    ("text", "sms"),
    ("call", "phone"),
    ("ring", "phone"),
    ("phon", "phone"),
    ("dm", "dm"),
)
# After "stop texting me", up to the end of its sentence: nothing that narrows it (politeness,
# emphasis, a reason that is about us) - "at 6am", "while I'm on shift", "on my work phone" do.
_NOTHING_NARROWS = re.compile(
    r"\W*(?:(?:please|pls|plz|now|already|mate|thanks|thank you|thx|ta|seriously|ffs|ok|okay|"
    r"for (?:god'?s|christ'?s|heaven'?s) sake|right now|immediately|i'm not interested|i am not interested|"
    r"not interested|i said no|i've said no|enough|leave me alone|this is harassment|"
    # what we would write about in general: "stop texting me jobs", "... with job stuff"
    r"(?:with |about )?(?:any |the |your |more )?(?:jobs?|roles?|opportunities|job stuff|job offers|"
    r"recruitment stuff))\W*)*$"
)
# Another way to reach them, named anywhere in the note: "email's better", "use my cell",
# "WhatsApp instead".
_ANOTHER_WAY = re.compile(
    r"\b(?:instead|rather|use (?:my|the|her|his|their) \w+|(?:my|her|his) (?:cell|mobile|personal|"
    r"other|new|home|gmail|hotmail|outlook|yahoo|icloud|proton\w*)\b|"
    # "- personal gmail only from now on": an address of their own, no "my" before it
    r"(?:personal|private) (?:e-?mail|gmail|address|number|mobile|cell)\b|write to (?:me|him|her)|"
    r"drop (?:me|him|her) a line|in writing)\b"
)
# What is sent on one way we write, named after "stop sending (me)": "... InMails", "... texts".
_SENT_ON_ONE_WAY = re.compile(
    r"\W*(?:me |him |her |them )?(?:any ?more |more |all (?:these |the |those )?|these |those |the |"
    r"your )?(?P<what>(?:linkedin )?inmails?|linkedin messages|li messages|texts?|text messages|sms(?:es)?|"
    r"whatsapps?|whatsapp messages|dms|voicemails?)\b"
)
_SENT_CHANNEL = (
    ("inmail", "linkedin"),
    ("linkedin", "linkedin"),
    ("li ", "linkedin"),
    ("text", "sms"),
    ("sms", "sms"),
    ("whatsapp", "whatsapp"),
    ("dm", "dm"),
    ("voicemail", "phone"),
)


def one_way_swapped(text: str, end: int, start: int) -> bool:
    """ "stop sending me InMails - use my personal email": what one way carries is stopped and
    another way is offered, so that way is refused, not contact ("stop sending me InMails." with
    nothing offered stays a stop)."""
    sent = _SENT_ON_ONE_WAY.match(text, end)
    if sent is None:
        return False
    refused = next(name for word, name in _SENT_CHANNEL if sent["what"].startswith(word.strip()))
    return other_way_offered(text, start, sent.end(), refused)


def bare_channel_stop(text: str, m: re.Match) -> bool:
    """ "Stop texting me." - one of the ways we write stopped, with nothing narrowing it and no
    other way offered anywhere in the note: a stop to contact, not a channel preference."""
    said = m.group()
    # "stop sliding into my dms" names the person as "my"
    if not re.search(rf"(?:{ME}|\bdms)$", said) and not re.match(
        r"\W*(?:$|[.!?\n])", text[m.end() :]
    ):
        return False  # "stop calling" + something: whom or what is not said
    if not _NOTHING_NARROWS.match(rest_of_sentence(text, m.end())):
        return False  # "stop texting me during service", "stop calling me at work"
    refused = next(name for verb, name in STOPPED_CHANNEL if verb in said)
    return not other_way_offered(text, m.start(), m.end(), refused)


def other_way_offered(text: str, start: int, end: int, refused: str | None) -> bool:
    """Whether the note, outside ``start:end``, offers a way to write other than ``refused``
    ("Email's better", "use my cell", "WhatsApp instead"); a channel refused too is no offer."""
    elsewhere = text[:start] + " " * (end - start) + text[end:]
    if _ANOTHER_WAY.search(elsewhere):
        return True
    for c in CHANNEL.finditer(elsewhere):
        name = next(k for k, v in c.groupdict().items() if v)
        if name != refused and not re.search(
            r"\b(?:no|not|don't|do not|never|stop|nor|or)\W+(?:\w+\W+)?$",
            elsewhere[: c.start()][-25:],
        ):
            return True  # "Stop texting me. Email's better.": a channel preference
    return False


# A refusal of one channel (not of contact as such): "never phone me again", "don't ring me any more".
ONE_CHANNEL_REFUSED = re.compile(
    rf"^(?:(?!{GENERIC}\b|e-?mail|messag|write|contact).)*\b(?:call(?:ing|ed)?|ring(?:ing)?|"
    r"phon(?:e|ing|ed)|text(?:ing|ed)?|dm(?:ing)?)\b"
)
# ... with another channel offered right after: "email is fine", "WhatsApp instead".
OTHER_CHANNEL_OFFERED = re.compile(
    r"\b(?:e-?mail(?:ing)?|texts?|texting|whatsapp|linkedin|messages?|sms)\b[^.;!?]{0,25}?\b(?:instead|"
    r"(?:is|are|'s) (?:fine|better|best|ok|okay|preferred|good|great)|works|only|please|pls)\b|"
    r"\b(?:instead|rather|prefer\w*|only)\b\W+(?:\w+\W+){0,3}?(?:e-?mail|text|whatsapp|linkedin|message)"
)


# One detail of theirs, as a request to delete it names it ("my old phone number", "the CV").
_DETAIL = re.compile(
    r"\b(?:number|no|phone|mobile|cell|landline|e-?mail(?: address)?|address|cv|resume|"
    r"application|photo|picture|surname|name)\b"
)
# The person, or all they gave us: deleting these is an opt-out whatever else is said.
_EVERYTHING = re.compile(
    r"\b(?:me|him|her|them|details|data|info|information|profile|records?|account|file|everything|"
    r"all|anything|contact(?! (?:number|no|e-?mail|address|phone)))\b"
)
# The detail is an old one ("my old number", "the outdated CV", "her previous email").
_OLD_DETAIL = re.compile(
    r"\b(?:old|older|previous|prior|former|outdated|out of date|out-of-date|wrong|incorrect|"
    r"second|duplicate|maiden|earlier|expired|unused|spare)\b"
)
# ... or another takes its place, or another channel: "new one attached", "email me instead".
_REPLACED = re.compile(
    r"\b(?:(?:a |the |my |her |his )?new (?:one|number|no|mobile|phone|cell|e-?mail|address|cv|"
    r"resume|version|details|surname|name)|(?:updated|latest|correct|right) (?:one|number|"
    r"mobile|e-?mail|address|cv|resume|version|details)|(?:changed|updated|switched) (?:it|"
    r"(?:my|her|his|their) (?:number|mobile|phone|e-?mail|address|cv|resume|name))|attached|"
    r"instead|from now on|going forward|replac\w*|use (?:this|that|the|my|her|his|a|an)|"
    r"(?:e-?mail|text|call|message|whatsapp|linkedin)(?: me)? only|only (?:by |via |on )?"
    r"(?:e-?mail|phone|text|linkedin|whatsapp))\b"
)


def one_detail(text: str, m: re.Match) -> bool:
    """ "delete my old phone number, I have a new one": one detail to delete or change."""
    said = m.group()
    if not _DETAIL.search(said) or _EVERYTHING.search(said):
        return False
    start = max(0, m.start() - 25)
    if _OLD_DETAIL.search(text[start : m.end()]):
        return True
    around = text[max(0, m.start() - 80) : m.start()] + " " + text[m.end() : m.end() + 120]
    return bool(_REPLACED.search(around))


# The line the stop was said on, named after it: "don't call me again on this number", "not on
# that email any more".
_ON_THIS_LINE = re.compile(
    r"^\W*(?:(?:me|him|her|them) )?(?:again |any ?more |anymore )?(?:on|at|to|via) (?:this|that) "
    r"(?:[\w-]+ )?(?:number|no|mobile|phone|cell|line|landline|e-?mail(?: address)?|address|inbox)\b"
)
# ... given up by them: "I'm closing it", "it's being cut off", "switching it off at the month end".
_LINE_GIVEN_UP = re.compile(
    r"\b(?:clos(?:e|ing)|cancel+(?:ing)?|cut(?:ting)? off|switch(?:ing)? (?:it )?off|shut(?:ting)? "
    r"(?:it )?down|giving (?:it )?up|getting rid of|no longer (?:use|using|have)|won'?t (?:have|use))\b"
)


def this_line_only(text: str, m: re.Match) -> bool:
    """ "don't call me again on this number, the new one is ...": that line, given up or
    replaced, not all contact ("stop texting this number" alone is still an opt-out)."""
    rest = text[m.end() :]
    if not _ON_THIS_LINE.match(rest):
        return False
    after = rest[:160]
    return bool(_REPLACED.search(after) or _LINE_GIVEN_UP.search(after))


# A hospital's call duty: "won't take call any more", "not doing weekend call again".
CALL_DUTY = re.compile(
    r"\b(?:take|taking|takes|do|doing|cover|covering|weekend|weekday|home|in-house|beeper|backup) call\b"
)
# One line or address of theirs named after the channel: "don't ring her work number again".
ONE_LINE = re.compile(
    rf"\b{CHANNEL_VERB}\W+(?:(?:me|him|her|them) )?(?:on |at )?(?:my|his|her|their|the)\W+(?:[\w-]+\W+)?"
    r"(?:number|line|landline|mobile|phone|desk|extension|e-?mail|inbox|address)\b"
)


def rest_of_sentence(text: str, pos: int) -> str:
    end = re.search(r"[.!?;\n]|$", text[pos:]).start() + pos
    return text[pos:end]


def channel_swap(text: str, end: int) -> bool:
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
