"""Whether to write to a person at all: opt-outs.

An opt-out is the one reading that must never be invented: a false one silently drops a person
from every list, a missed one writes to someone who asked us to stop. So an opt-out needs an
explicit wish not to be contacted at all or any more (the phrases are in
``reading.opt_out_phrases``), and a request that is scoped is not one:

- to a topic: "never contact me about gambling companies again", "stop sending me Java roles";
- to a list or an alert: "take me off the Salesforce alerts", "the list for the Manchester roles";
- to a channel: "unsubscribe me from texts", "stop calling, email is fine";
- to a time: "don't contact me again until the new year" (a wait), "not before 10am";
- or taken back in the same note: "..., but I still want to hear about senior Go roles".

"not interested in this role", "not looking right now", "happy where I am" and "no more agencies"
are not opt-outs either; how a person likes to be written to is ``reading.channels``.

This module is the entry: ``opt_outs`` and ``opt_ins`` read a note, with a form's "no" answers and
a label said negated. Whether a stop is scoped (to a topic, a list, a time, someone else) is read
in ``contact_scope``; a stop of one way of reaching them (a channel, one detail) in
``contact_channels``.
"""

from __future__ import annotations

import re

from reading.contact_more import LIFTED_LATER, STILL_FINE
from reading.contact_scope import LABEL, partial
from reading.opt_in_phrases import OPT_IN
from reading.opt_out_phrases import BARE_REMOVE, BARE_STOP, NO_THANKS, OPT_OUT

# Taken back in the same note: the person still wants to hear from us.
_STILL_WANTS = re.compile(
    r"\b(?:(?:do |does )?still (?:(?:very|really|definitely|quite|so) )?(?:want|keen|interested|open|happy|like)(?: \w+)? (?:to hear|in hearing|"
    # "she is still very open to lab manager posts": roles wanted, so not all contact refused
    r"to (?:[\w-]+ ){0,4}(?:roles|jobs|opportunities|posts|positions|vacancies)\b|"
    r"to be (?:contacted|kept|sent)|to get|about (?:\w+ )*(?:roles|jobs|opportunities)|in (?:\w+ )*(?:roles|"
    r"jobs|opportunities)|on the list)|only want(?:s)? to hear|keep me (?:on|in|posted)|"
    r"(?:but|though) (?:i'd|i would|i'm|he'd|she'd) (?:still )?(?:love|like|be happy|be keen) to hear|"
    # "... posts i'd still love to hear about though"
    r"(?:i'd|i would|he'd|she'd|they'd|he would|she would) still (?:love|like|be happy|be keen|be glad|"
    r"welcome the chance) to hear|"
    # reversed: back on the list, or it was a slip
    # ("do not re-add to campaigns" keeps them off: a consultant's note with the opt-out)
    # ("do not source/re-add to pipelines", "never contact or re-add": the refusal runs over a
    # list of actions joined by a slash or "or", so the re-add is refused too)
    r"(?<!not )(?<!n't )(?<!never )(?<!\w/)(?<!\bor )re-?add(?:ed|ing)?|(?<!not )(?<!n't )add (?:me|him|her|them) back|(?:wants?|get|be) back on|put (?:me|him|her|them) back|"
    r"re-?subscribe\w*|opted (?:back )?in again|opted back in|by (?:accident|mistake)|accidentally|"
    r"took (?:herself|himself|themselves|myself) off|reapplied|re-?applied|re-?engaged|"
    r"still (?:get|receive|hear from)|asked for a (?:chat|call)|"
    # "unsubscribed from the job-alert emails but happy for us to reach out directly"
    r"(?:happy (?:for (?:us|you|me) )?to (?:be )?(?:reach(?:ed)? out(?: to)?|contact(?:ed)?|get in touch|hear from|"
    r"be called|call|email|talk)|feel free to (?:call|email|message|contact|reach out|get in touch|ring))"
    r"(?! (?:with |to )?(?:my|his|her|their|the|a|an|[a-z]+'s) \w)|"
    r"(?:reach out|get in touch|contact (?:me|him|her|them)|call|email) (?:directly|personally)|"
    rf"{STILL_FINE})\b"
)
# The whole reply a bare "not interested" and a bare "don't call": us refused, not one channel
# ("not interested in nights, don't call before 11" names what and when; "don't call, WhatsApp
# me" offers another way - neither is the whole reply).
_NOT_INTERESTED = (
    r"(?:not interested|no interest|not looking)(?: (?:at all|thanks|thank you|sorry))?"
)
_DONT_CALL = (
    r"(?:please |pls |kindly )?(?:don't|do not|dont|never) (?:call|contact|message|text|msg|ring|phone|whatsapp)"
    r"(?: me)?(?: (?:please|pls|again|thanks))?"
)
_BARE_NO_AND_STOP = re.compile(
    rf"^\W*((?:{_NOT_INTERESTED}\W+{_DONT_CALL}|{_DONT_CALL}\W+{_NOT_INTERESTED}))\W*$"
)
# A halt to one action ("Stop! Don't send the CV yet"), not to contact.
_HALT = re.compile(r"\b(?:yet|first|cv|client|application|submit\w*|offer|interview)\b")
_ABOUT_CONTACT = re.compile(
    r"\b(?:not interested|leave me|e-?mails?|messages?|spam|contact\w*|unsubscribe|remove|harass\w*|"
    r"calls?|texts?|"
    # "STOP - no more jobs": what we send, refused as a whole
    r"no (?:more|further) (?:jobs|roles|opportunities|openings|vacancies|job offers)\b(?! (?:in|at|for|like|with|"
    r"that|which|based|outside|paying|below|under)\b))"
)
_LABEL_NEGATED_BEFORE = re.compile(
    r"\b(?:not|no longer|isn't|is not|wasn't|was not|no more|un|lifted(?: the)?|cleared(?: the)?|"
    r"removed(?: the)?|took (?:her|him|them) off|taken off|(?:off|removed from) (?:the )?)\W{0,3}$"
)
_LABEL_LIFTED_AFTER = re.compile(
    r"^ (?:(?:flag|status|tag|marker|label|note) )?(?:(?:was|has been|is) )?(?:lifted|cleared|"
    r"revoked|expired|reversed|no longer applies|(?<=flag )removed|(?<=status )removed|"
    r"(?<=tag )removed|(?<=marker )removed|(?<=label )removed)\b"
)


def _label_negated(text: str, m: re.Match) -> bool:
    """ "not DNC - happy to hear about SRE roles": the label is denied, not asked for."""
    # "not DNC anymore": the label denied, whatever follows it in the same match ("not - do not
    # contact me anymore" is a request, not the label)
    if (m["flag"] or LABEL.fullmatch(m.group())) and LIFTED_LATER.search(m.string, m.end()):
        return True  # "DNC'd back in 2024 ... flag lifted": the flag is gone
    label = LABEL.match(m.group())
    if (
        label
        and not re.match(r" (?:me|him|her|them|us)\b", m.group()[label.end() :])
        and _LABEL_NEGATED_BEFORE.search(text[max(0, m.start() - 24) : m.start()])
    ):
        return True
    return bool(
        LABEL.fullmatch(m.group()) and _LABEL_LIFTED_AFTER.match(text[m.end() : m.end() + 40])
    )


# A screening-form field on contact answered no: "Future roles: NO", "Happy to be contacted: N",
# "Open to contact? no", "Keep in touch?: nope". One channel ("Contact by phone: no") or someone
# else's contact ("Emergency contact: no") is not all contact.
_FORM_NO = re.compile(
    r"^[ \t]*(?:[-*•][ \t]*)?(?P<key>[a-z][^:?\n]{0,70}?)[ \t]*[?:][ \t]*[?:]?[ \t]*"
    r"(?P<v>no|n|nope|nah|never|not interested|opt(?:ed)?[- ]out)(?:[ \t.!]*(?:thanks|thank you|ta))?"
    r"[ \t.!]*$",
    re.M,
)
_FORM_CONTACT_KEY = re.compile(
    r"\b(?:contact(?:ed|ing)?|future (?:roles|opportunities|openings|vacancies|jobs|positions)|"
    r"(?:keep|stay)(?:ing)? in touch|hear(?:ing)? (?:about|from) (?:us|future|other|new|more)|"
    r"reach(?:ed)? out (?:to|about)|future contact)\b"
)
_FORM_NOT_ALL = re.compile(
    r"\b(?:phone|calls?|text|sms|whatsapp|linkedin|mobile|landline|work email|emergency|referee|"
    r"references?|next of kin|manager|employer|agency|agencies|client|hiring|point of|details|name|"
    r"person|number|method|preferred|preference|channel|time|times|hours)\b"
)


def _form_opt_outs(text: str) -> list[tuple[int, int]]:
    if ":" not in text and "?" not in text:
        return []
    return [
        (m.start("key"), m.end("v"))
        for m in _FORM_NO.finditer(text)
        if _FORM_CONTACT_KEY.search(m["key"]) and not _FORM_NOT_ALL.search(m["key"])
    ]


def opt_outs(text: str) -> list[tuple[int, int]]:
    """Spans in lower-case ``text`` where the person asks not to be contacted at all or any more."""
    found = _form_opt_outs(text) + [
        (m.start(), m.end())
        for m in OPT_OUT.finditer(text)
        if not _label_negated(text, m) and not partial(text, m)
    ]
    if bare := BARE_REMOVE.match(text):
        found.append((bare.start(1), bare.end(1)))
    if bare := _BARE_NO_AND_STOP.match(text):
        found.append(bare.span(1))
    for m in BARE_STOP.finditer(text):
        rest = text[m.end() :]
        if rest.strip() and (_HALT.search(rest) or not _ABOUT_CONTACT.search(rest)):
            continue  # "Stop! Don't send the CV to that client yet": a halt, not an opt-out
        found.append((m.start(1), m.end(1)))
    for m in NO_THANKS.finditer(text):
        rest = text[m.end() :]
        # Only a bare "no thanks" (or one that goes on to ask us to stop) refuses us rather than a role.
        if re.match(
            r"[\W]*(?:$|(?:(?:all the best|best(?: of luck| wishes| regards)?|cheers|take care|good luck|"
            r"kind regards|regards|thanks|bye|have a (?:good|great|nice) (?:day|week|one)|"
            # a friendly tag on the bare reply: "no thanks mate", "no thanks from me, ta"
            r"from me|mate|ta|bro|buddy|bud|pal|man|dude|boss|chief|brother|bruv|fella|lah|la|ya|"
            # a softener that only makes the bare reply politer or firmer: "no thanks, sorry",
            # "No thanks, really.", "no thanks, honestly - I'm good"
            r"sorry|really|honestly|truly|seriously|genuinely|thank you|thx|ty|appreciated|"
            r"appreciate it|"
            # thanked in the reply's own language: "no thanks, merci", "no thanks, danke"
            r"merci(?: beaucoup)?|danke(?: sch[öo]n)?|gracias|grazie|obrigad[oa]|bedankt|dank je(?: wel)?|"
            # the reply's own "I'm fine as I am" ("no thanks, I'm good", "no thanks, all set"); not
            # "I'm good where I am for now", which goes on to say when
            r"(?:i'?m|i am|we'?re|im) (?:good|ok|okay|fine|all set|set|all good)|all good|all set)\W*)+$|"
            # a phone's mail signature after the bare reply: "No thanks. Sent from my iPhone"
            r"(?:sent from my|get outlook for|sent via|sent from)\b[^.!?]*$|to (?:the|your|this|that) (?:\w+ )?(?:email|message|reconnect|note|outreach|"
            r"approach|mail|inmail|check-in)|(?:please |pls )?(?:remove|stop|unsubscribe|take me off|"
            r"leave me|don't|do not))",
            rest,
        ):
            found.append((m.start(1), m.end(1)))
    # a stop taken back wholly before the note's own stop ("Old note says DNC lifted; today she
    # asked for no further contact") does not undo it: the later word counts
    taken_back = (
        (w for w in OPT_IN.finditer(text) if w.end() > min(a for a, _ in found)) if found else ()
    )
    if found and any(
        not any(a <= w.start() < b for a, b in found)
        for w in (*_STILL_WANTS.finditer(text), *taken_back)
    ):
        return []  # "unsubscribe me from the newsletter, but I still want to hear about Go roles"
    return found


def opt_ins(text: str, *, opted_out: bool | None = None) -> list[tuple[int, int]]:
    """Spans in lower-case ``text`` where the person takes back a stop they made before ("changed
    my mind, stay in touch after all"); none in a note that opts out (``opted_out``: already
    known, so the note is not searched for opt-outs twice)."""
    if opted_out if opted_out is not None else opt_outs(text):
        return []
    return [(m.start(), m.end()) for m in OPT_IN.finditer(text)]
