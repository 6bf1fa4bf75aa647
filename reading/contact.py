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
"""

from __future__ import annotations

import re

from reading.channels import CHANNEL, names_a_kind
from reading.opt_out_phrases import (
    ANY_MORE,
    BARE_REMOVE,
    BARE_STOP,
    CHANNEL_VERB,
    GENERIC,
    ME,
    NO_THANKS,
    ONE_CHANNEL,
    OPT_IN,
    OPT_OUT,
)

# Right after the request: a time, so a pause rather than a refusal ("... again until June").
_TIME_AFTER = re.compile(
    # "don't send me anything before February": what is sent, then the time
    r"^\W*(?:(?:anything|any ?more|more|stuff|any (?:roles?|jobs?|posts?))\s+)?(?:until|till|til|before|during|for now|for a while|right now|at the moment|yet|"
    r"this (?:week|month|quarter|year)|in (?:the )?(?:mornings?|evenings?|daytime)|at work|"
    r"(?:on )?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|weekends?)|after \d|"
    r"for (?:a|the next|another|a few|a couple of|some|\d+|two|three|four|six) (?:days?|weeks?|months?|years?))\b"
)
# Right after a request without "any more": a turn or a narrowing ("stop emailing me but...").
_TURN_AFTER = re.compile(r"^\W*(?:but|about (?:this|that|the) (?:role|job)|with (?:this|that))\b")
# "stop contacting me about roles": roles in general are all we would write about.
_ANY_ROLE = re.compile(
    r"(?:(?:any|new|more|other|future|your|these|those|the|such|all|job|career|employment) )*(?:roles?|jobs?|"
    r"opportunit(?:y|ies)|positions?|vacanc(?:y|ies)|openings?|posts|placements|work|stuff|things|anything|it|this|"
    r"that)\b(?!\W+(?:in|"
    r"at|for|that|which|like|based|outside|paying|below|under|on)\b)"
)
# What a refusal is about, inside or right after the request ("about gambling companies").
_ABOUT = re.compile(r"\b(?:about|regarding|re|concerning)\s+(?!(?:me|him|her|them|us)\b)")
# ... run on to everything: "about bank shifts or posts or anything" is no narrowing.
_OR_ANYTHING = re.compile(
    r"^[^.;!?]{0,60}?\b(?:or|and|nor)\s+(?:anything|everything|whatever|any other \w+)(?: (?:else|at all))?\b"
    r"(?!\W*(?:like (?:that|this|it)|similar|of (?:that|the sort|the kind)|in that))"
)
# What makes a refusal without "any more" partial: a channel, a person, a place, a condition.
_RESTRICTED = re.compile(
    # "DNC on every desk": all of our teams, no narrowing
    r"^\W*(?:on(?! (?:every|all|any|each) (?:of (?:our|the|your) )?(?:desks?|teams?|divisions?|brands?|"
    r"offices?|channels?)\b)|at|for(?! (?:any |all |future |other |new |more |further )*(?:roles?|jobs?|opportunit(?:y|ies)|"
    r"positions?|vacanc(?:y|ies)|openings?|anything|everything)\b(?!\W+(?:in(?! (?:the )?future)|at|for|based|"
    r"outside|paying|below|"
    r"under|like|with|that|which)\b))|via|through|outside|in (?!(?:the )?future)|over|unless|except|while|when|today|"
    r"by (?!us\b|you\b|anyone\b|recruiters\b)|with (?:this|that|the) (?:role|job|company|client|offer))"
)
_FOR_NOW = re.compile(
    r"\b(?:until|till|for now|for a while|right now|at the moment|this (?:week|month|quarter|year)|"
    r"for (?:a|the next|another|a few|a couple of|\d+) (?:days?|weeks?|months?|years?))\b"
)
# Requests that name nothing else: no topic, time or channel can narrow them.
_WHOLE = re.compile(
    r"\b(?:consent|forgotten|forget|erasure|article 17|art\.? ?17|gdpr|delete|erase|wipe|destroy|purge|"
    r"alone|data|details|number|cease[sd]?|ceasing|spam)\b"
)
# What a request to be taken off / unsubscribed / sent nothing is about, when it is about something.
_SCOPE = re.compile(
    r"^\W*(?:me |him |her |them )?(?:from |off |out of |of |on )?(?:any ?more |more |any |your |these |this |that |"
    r"those |all |the |such |of |my |our )*(?P<q>(?:(?!,\s*(?:i|i'm|i've|i'd|we|he|she|they|got|"
    r"have|had|as|since|because|now)\b)[^.;!?])*?)\W*\b(?:roles?|jobs?|positions?|vacancies|"
    r"openings|opportunities|alerts?|ads|adverts|job alerts?|list|lists|emails|updates|mailing list|"
    # "stop sending me bank shift texts": one kind of message
    # "stop sending the P2 ones": one kind, named by what it is not
    r"texts|messages|calls|shifts|posts|ones)\b"
    # "for Fridays", "for the Leeds roles" narrow it; "for good", "for ever" only make it last
    r"(?P<tail>\W+(?:in|at|for(?! (?:good|ever|keeps|life)\b)|based|"
    r"that|which|with|from|like|outside|paying|below|under|on|about)\b)?"
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
    "marketing",
    "job",
    "new",
    "other",
    "weekly",
    "daily",
    "these",
    "those",
    "all",
    "whatever",
    "every",
}
# The lists an agency keeps its people on, named for who is on them rather than for a kind of
# role: "your supply list", "the locum list", "our temp register", "the staff bank list".
_OUR_KINDS_OF_LIST = frozenset(
    "supply temp temps temping locum locums bank staff agency casual relief cover contractor "
    "contractors freelancer freelancers candidate candidates nurse nurses teacher teachers "
    "worker workers availability register registered books".split()
)
# "unsubscribe me from texts", "take me off the WhatsApp group": one channel, not all contact.
_CHANNEL_SCOPE = re.compile(
    r"^\W*(?:me |him |her |them )?(?:from|off|on|by|via|over|out of) (?:the |your |all |any |these )?"
    r"(?:sms|texts?|text messages|calls?|phone calls?|phone|whatsapp(?: group| messages)?|linkedin|"
    r"inmails?|voicemails?|(?:ms |microsoft )?teams|slack|signal|telegram|instagram|facebook)\b"
)
# What someone is taken off or removed from, when it is named.
_FROM_WHAT = re.compile(r"^ (?:me |him |her |them )?(?:from|off|of|out of) (?P<what>[^.;!?,]+)")
_OUR_LISTS = re.compile(
    r"\b(?:lists?|database|databases|system|systems|books|records|crm|pool|mailing|mailings|emails?|"
    r"newsletters?|digests?|mailshots?|campaigns?|files|ats|everything|all|contacts?|comms|"
    r"communications?|alerts?|updates|roles|jobs|opportunities|outreach|marketing|register|community|"
    r"communities|network|sequences?|cadences?|nurtures?|drips?|talent comms)\b"
)
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
    r"(?<!not )(?<!n't )(?<!never )re-?add(?:ed|ing)?|(?<!not )(?<!n't )add (?:me|him|her|them) back|(?:wants?|get|be) back on|put (?:me|him|her|them) back|"
    r"re-?subscribe\w*|opted (?:back )?in again|opted back in|by (?:accident|mistake)|accidentally|"
    r"took (?:herself|himself|themselves|myself) off|reapplied|re-?applied|re-?engaged|"
    r"still (?:get|receive|hear from)|asked for a (?:chat|call)|"
    # "unsubscribed from the job-alert emails but happy for us to reach out directly"
    r"(?:happy (?:for (?:us|you|me) )?to (?:be )?(?:reach(?:ed)? out(?: to)?|contact(?:ed)?|get in touch|hear from|"
    r"be called|call|email|talk)|feel free to (?:call|email|message|contact|reach out|get in touch|ring))"
    r"(?! (?:with |to )?(?:my|his|her|their|the|a|an|[a-z]+'s) \w)|"
    r"(?:reach out|get in touch|contact (?:me|him|her|them)|call|email) (?:directly|personally))\b"
)
# Before the request: someone wonders whether to do it, or refuses it ("don't take me off").
_NOT_ASKED = re.compile(
    r"(?:\b(?:whether|should (?:we|i)|shall (?:we|i)|do we|(?:(?:do|would) you )?(?:want|like) (?:me|us) to|unsure|not sure|wondering|thinking (?:about|of)|"
    r"considering|debating|might|could (?:we|i)|if (?:he|she|they|we) (?:wants?|asks?|should))\b[^.!?;,—–-]*|"
    r"\b(?:don't|do not|never|please don't|not to|no need to)(?: \w+)? )$"
)
# The person is the one told to stop ("the hiring manager asked her to stop emailing him").
_TOLD_TO = re.compile(
    r"\b(?:asked|told|tells|asks|warned|requested) (?:her|him|them|the candidate) to $"
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


# The do-not-contact label, negated or lifted ("not DNC", "no longer DNC", "DNC lifted"): no
# opt-out. It lifts nothing either: an opt-out recorded elsewhere still stands.
_LABEL = re.compile(r"do[- ]not[- ](?:contact|source|poach)")
_LABEL_NEGATED_BEFORE = re.compile(
    r"\b(?:not|no longer|isn't|is not|wasn't|was not|no more|un|lifted(?: the)?|cleared(?: the)?|"
    r"removed(?: the)?|took (?:her|him|them) off|taken off|(?:off|removed from) (?:the )?)\W{0,3}$"
)
_LABEL_LIFTED_AFTER = re.compile(
    r"^ (?:(?:flag|status|tag|marker|label|note) )?(?:(?:was|has been|is) )?(?:lifted|cleared|"
    r"revoked|expired|reversed|no longer applies|(?<=flag )removed|(?<=status )removed|"
    r"(?<=tag )removed|(?<=marker )removed|(?<=label )removed)\b"
)


# After "no need to keep me in mind": the door left open, or for a time only.
_THEY_WILL_WRITE = re.compile(
    r"\b(?:i'll|i will|she'll|he'll|they'll|will) (?:\w+ )?(?:reach out|get in touch|be in touch|contact|"
    r"let (?:you|us) know|ping|come back)|when (?:i'm|i am|she's|he's|they're) ready|for now|just yet|"
    r"right now|at the moment|this time|until|till|for (?:a|the next|another|a few|\d+) \w+"
)
# One automated mailing, not our writing to them: "the job alerts", "your weekly digest".
_ONE_MAILING = re.compile(
    r"^\W*(?:me |him |her |them )?(?:from |off |out of |of |to )?(?:the |your |our |my |this |that |"
    r"these |those )(?:[\w]+[ -]){0,3}?(?:alerts?|digests?|newsletters?|bulletins?|round-?ups?|"
    r"mailshots?|(?:automated|automatic|auto|marketing|job|jobs|alert|careers site|mass|bulk|"
    r"weekly|daily|monthly)[ -](?:e-?mails?|messages|mails?|notifications?|texts?)|"
    # a charity's mail to its givers, not its recruiters' ("the Christmas appeal mailings")
    r"appeals?|(?:appeal|donor|donation|fundraising|supporter|giving)[ -](?:mailings?|letters?|e-?mails?|mail|"
    r"packs?))\b"
)
# Everything we send, as what someone is taken off: "from everything", "from all of it".
_FROM_EVERYTHING = re.compile(
    r"^\W*(?:me |him |her |them )?(?:from |off |out of )(?:absolutely )?(?:everything|all of it|all (?:of )?"
    r"(?:your|our|the) (?:e-?mails|messages|communications|comms|mailings|lists|contact))\b"
    r"(?![^.;!?]*\b(?:except|apart from|other than|save for|but (?:not|keep|do|still|please))\b)"
)
# One of our own lists named whole, the request ending there: "take him off our books, no more
# calls" - what follows the comma adds to the removal; it does not narrow it ("off the Java list").
_OFF_OUR_LIST = re.compile(
    r"^\W*(?:me |him |her |them )?(?:from |off |out of )?(?:all (?:of )?)?(?:your|our|ur) (?:books|database|db|"
    r"system|systems|records|lists?|talent pool|crm|files|register)(?=\s*(?:$|[,.;!?\n]|[-–—]\s))"
    r"(?![^.;!?]*\b(?:except|apart from|other than|save for|but (?:not|keep|do|still|please)|only)\b)"
)
# A request about one line or address of theirs, named right after it: "no further contact on his
# airline email", "nothing more to her work phone" - that line, not all contact.
_ON_ONE_LINE = re.compile(
    r"^\W*(?:(?:me|him|her|them) )?(?:on|at|via|to|through|by) (?:(?:my|his|her|their) (?:[\w-]+ )?|the [\w-]+ )"
    r"(?:number|line|landline|mobile|phone|cell|desk|extension|e-?mail(?: address)?|inbox|address|account)\b"
)
_AT_REQUEST = re.compile(
    r"^\W*(?:at|per|by|on|as per)\W+(?:the )?(?:cand(?:idate)?'?s?|her|his|their|own|person's)\W+(?:own\W+)?(?:request|req|wish|wishes|instruction)\b"
)


# Where a do-not-contact label is recorded: "DNC in Bullhorn", "do not contact on the ATS".
_IN_OUR_SYSTEM = re.compile(
    r"^ (?:in|on|within|across) (?:the |our |his |her |their |cand's |all )?(?:crm|ats|system|systems|"
    r"database|db|file|record|records|profile|notes|bullhorn|salesforce|greenhouse|lever|workday|ashby|"
    r"hubspot|jobadder|vincere|crelate|loxo|icims|taleo|successfactors|smartrecruiters|teamtailor|"
    r"workable|jobdiva|avionte|tempworks|ceipal|recruitcrm|zoho(?: recruit)?|mercury|beamery|gem|"
    r"talentlink|pinpoint)\b"
)


def _label_negated(text: str, m: re.Match) -> bool:
    """ "not DNC - happy to hear about SRE roles": the label is denied, not asked for."""
    # "not DNC anymore": the label denied, whatever follows it in the same match ("not - do not
    # contact me anymore" is a request, not the label)
    label = _LABEL.match(m.group())
    if (
        label
        and not re.match(r" (?:me|him|her|them|us)\b", m.group()[label.end() :])
        and _LABEL_NEGATED_BEFORE.search(text[max(0, m.start() - 24) : m.start()])
    ):
        return True
    return bool(
        _LABEL.fullmatch(m.group()) and _LABEL_LIFTED_AFTER.match(text[m.end() : m.end() + 40])
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
        if not _label_negated(text, m) and not _partial(text, m)
    ]
    if bare := BARE_REMOVE.match(text):
        found.append((bare.start(1), bare.end(1)))
    for m in BARE_STOP.finditer(text):
        rest = text[m.end() :]
        if rest.strip() and (_HALT.search(rest) or not _ABOUT_CONTACT.search(rest)):
            continue  # "Stop! Don't send the CV to that client yet": a halt, not an opt-out
        found.append((m.start(1), m.end(1)))
    for m in NO_THANKS.finditer(text):
        rest = text[m.end() :]
        # Only a bare "no thanks" (or one that goes on to ask us to stop) refuses us rather than a role.
        if re.match(
            r"[\W]*(?:$|(?:all the best|best(?: of luck| wishes| regards)?|cheers|take care|good luck|"
            r"kind regards|regards|thanks|bye|have a (?:good|great|nice) (?:day|week|one))\W*$|"
            # a phone's mail signature after the bare reply: "No thanks. Sent from my iPhone"
            r"(?:sent from my|get outlook for|sent via|sent from)\b[^.!?]*$|to (?:the|your|this|that) (?:\w+ )?(?:email|message|reconnect|note|outreach|"
            r"approach|mail|inmail|check-in)|(?:please |pls )?(?:remove|stop|unsubscribe|take me off|"
            r"leave me|don't|do not))",
            rest,
        ):
            found.append((m.start(1), m.end(1)))
    if found and any(
        not any(a <= w.start() < b for a, b in found)
        for w in (*_STILL_WANTS.finditer(text), *OPT_IN.finditer(text))
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


def _partial(text: str, m: re.Match) -> bool:
    """Whether the request at ``m`` is scoped to a topic, a list, a channel or a time."""
    said, rest = m.group(), text[m.end() :]
    sentence_rest = _rest_of_sentence(text, m.end())
    if _LABEL.fullmatch(said) and (kept := _IN_OUR_SYSTEM.match(rest)):
        # "flagged DNC in Bullhorn per his request": where the label is kept, not a scope
        rest, sentence_rest = rest[kept.end() :], sentence_rest[kept.end() :]
    before = text[max(0, m.start() - 80) : m.start()]
    if _NOT_ASKED.search(before) or _TOLD_TO.search(before):
        return True  # "should we take him off the list?", "don't take me off the list"
    if _someone_elses(text, m):
        return True  # "her husband asked us to stop ringing him. Not her - she's keen"
    if _one_detail(text, m):
        return True  # "delete my old phone number, I have a new one": a detail, not the person
    if _CALL_DUTY.search(said):
        return True  # "won't take call anymore": a hospital's on-call refused, not contact
    if _ONE_LINE.search(said + rest[:40]):
        return True  # "not to ring her work number again": that line, not all contact
    if "bother" in said and _INDIFFERENT.search(before):
        return True  # "titles don't bother him": indifference, not a request
    if m["keep"]:
        # "no need to keep me in mind - I'll get in touch when I'm ready": they will write
        return bool(_THEY_WILL_WRITE.search(text, m.end()))
    if m["stopall"]:
        # "STOP ALL TEXTS": as "Stop texting me." - a stop to contact unless narrowed or another
        # way is offered ("stop all calls, email me instead" refuses the phone only)
        return not _bare_channel_stop(text, m)
    if _LABEL.fullmatch(said) and _AT_REQUEST.match(rest):
        return False  # "DNC at cand's request": the label and whose wish it was
    if m["flag"]:
        # "flagged do not call - her mobile is a work phone, email her instead": that line only
        line = next(
            (n for v, n in _STOPPED_CHANNEL if v in said), "email" if "mail" in said else None
        )
        return bool(
            _TIME_AFTER.match(rest) or (line and _other_way_offered(text, m.start(), m.end(), line))
        )
    if _ON_ONE_LINE.match(rest):
        return True  # "no further contact on his work email - use his gmail": that address only
    if (m["remove"] or m["take"]) and _OFF_OUR_LIST.match(rest):
        return False  # "take him off our books, no more calls": off our books, whatever follows
    if (m["unsub"] or m["remove"] or m["take"] or m["data"]) and _FROM_EVERYTHING.match(rest):
        return False  # "unsubscribe me from everything you send": all of it, whatever it names
    if (
        m["unsub"] or m["send"] or m["remove"] or m["take"] or m["data"] or said.endswith("out")
    ) and (_ONE_MAILING.match(rest)):
        return True  # "unsubscribed from the job alerts", "stop sending the weekly digest"
    if re.search(rf"\b(?:{GENERIC}|{CHANNEL_VERB})$", said) and re.match(_OTHER_PERSON, rest):
        return True  # "asked us not to contact the team directly": someone else
    if (
        m["mail"]
        and (topic := re.match(_TOPIC_AFTER, rest))
        and not re.match(r" for (?:good|ever|keeps|life)\b", rest)
        and not _ANY_ROLE.match(rest, topic.end() + 1)
    ):
        return True  # "doesn't want any more emails for the Leeds school": that school's only
    if (m["nothing"] or m["send"]) and re.match(
        r"(?: (?:anything|any ?more|more|stuff))?" + _TOPIC_AFTER, rest
    ):
        return True  # "don't send me anything in gambling"
    whole = bool(_WHOLE.search(said))
    # "do not contact me on Fridays": the person named after the request, then its scope
    unnamed = (
        re.sub(r"^ (?:me|him|her|them)\b", "", rest) if not re.search(ME + "$", said) else rest
    )
    if (not whole or "alone" in said) and (_TIME_AFTER.match(rest) or _TIME_AFTER.match(unnamed)):
        return True  # "don't contact me again until the new year": a wait
    for about in _ABOUT.finditer(said + sentence_rest):
        if about.start() < len(said) or about.start() - len(said) < 3:
            if not _ANY_ROLE.match(said + sentence_rest, about.end()) and not _OR_ANYTHING.match(
                (said + sentence_rest)[about.end() :]
            ):
                return True  # "never contact me about gambling companies again"
    if _CHANNEL_SCOPE.match(rest):
        return True  # "unsubscribe me from texts": that channel only
    if m["send"] and re.match(r" (?:to|into|for|forward)\b", rest):
        return True  # "stop sending him to interviews in Leeds"
    if m["stop"] and re.match(r" (?:his|her|their|my|our|your|the|a|an|\w+'s)\b", rest):
        return True  # "stop contacting his referees": someone else
    if (m["remove"] or m["take"] or m["asked"] or m["unsub"] or m["data"]) and not _ours(
        said, rest
    ):
        return True  # "remove me from the Acme shortlist": not from our lists
    if m["send"] or m["remove"] or m["take"] or m["unsub"] or m["nothing"] or m["data"]:
        if _scoped(rest):
            return True  # "take me off the Salesforce alerts", "stop sending me Java roles"
    if (m["stop"] or m["send"] or m["nothing"]) and names_a_kind(rest):
        return True  # "stop emailing me PHP jobs", "stop sending me grad schemes": that kind only
    if m["stop"] and ONE_CHANNEL.search(said) and not re.match(r"\s*(?:and|or|&|/|,)\s*\w", rest):
        # "Stop texting me." with no other way to write offered is a stop to the one way we
        # write to them; "stop texting me during service, email's better" refuses that channel
        return not _bare_channel_stop(text, m)
    if (
        re.search(rf"\b{CHANNEL_VERB}\b", said)
        and _FROM_NOW_ON.search(said)
        and _channel_swap(text, m.end())
    ):
        return True  # "don't call me going forward, WhatsApp is better": a channel preference
    if _ONE_CHANNEL_REFUSED.search(said) and _OTHER_CHANNEL_OFFERED.search(
        _rest_of_sentence(text, m.end()) + " " + text[m.end() : m.end() + 80]
    ):
        return True  # "don't call me again, email is fine": a channel avoided, not an opt-out
    if whole or re.search(ANY_MORE + r"|opt|unsubscribe|remove|take|list|off|no longer", said):
        return False
    if _TURN_AFTER.match(rest):
        return True
    if _RESTRICTED.match(unnamed) or _FOR_NOW.search(sentence_rest):
        return True  # "not to be contacted on Fridays", "stop emailing me for now"
    return bool(re.search(CHANNEL_VERB, said) and _channel_swap(text, m.end()))


# How a stopped channel is named, as ``reading.channels`` names it.
# A DM is the message a social app carries: no channel of ``reading.channels`` is the same one.
_STOPPED_CHANNEL = (
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
    r"other|new|home)\b|write to (?:me|him|her)|drop (?:me|him|her) a line|in writing)\b"
)


def _bare_channel_stop(text: str, m: re.Match) -> bool:
    """ "Stop texting me." - one of the ways we write stopped, with nothing narrowing it and no
    other way offered anywhere in the note: a stop to contact, not a channel preference."""
    said = m.group()
    # "stop sliding into my dms" names the person as "my"
    if not re.search(rf"(?:{ME}|\bdms)$", said) and not re.match(
        r"\W*(?:$|[.!?\n])", text[m.end() :]
    ):
        return False  # "stop calling" + something: whom or what is not said
    if not _NOTHING_NARROWS.match(_rest_of_sentence(text, m.end())):
        return False  # "stop texting me during service", "stop calling me at work"
    refused = next(name for verb, name in _STOPPED_CHANNEL if verb in said)
    return not _other_way_offered(text, m.start(), m.end(), refused)


def _other_way_offered(text: str, start: int, end: int, refused: str | None) -> bool:
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


# Someone close to the person named as the one who asked, in the same sentence: "Cand's husband
# (also on our books) asked us to stop ringing him", "his wife rang and asked us to stop calling
# her" - their own stop when the pronoun is theirs, not the candidate's.
_THIRD_PARTY = re.compile(
    r"\b(?:her|his|their|cand(?:idate)?'s|the candidate's)\s+(?:ex-?|new |own )?(?:(?P<male>husband|boyfriend|"
    r"dad|father|son|brother|fianc[ée])|(?P<female>wife|girlfriend|mum|mom|mother|daughter|sister|fianc[ée]e)|"
    r"partner|spouse|flatmate|housemate|colleague|boss|manager)\b[^.!?;\n]*$"
)
# ... or the note says at once that it is not them: "... stop ringing him. Not her - she's keen".
_NOT_THEM = re.compile(
    r"^\W{0,4}(?:not (?:her|him|them|the candidate|cand)\b|(?:she|he)'s (?:fine|keen|happy))"
)


def _someone_elses(text: str, m: re.Match) -> bool:
    """Whether the stop at ``m`` was asked by someone close to the person, for themselves."""
    start = max(text.rfind(c, 0, m.start()) for c in ".!?;\n") + 1
    asker = _THIRD_PARTY.search(text, start, m.start())
    if not asker:
        return False
    after = text[m.end() : m.end() + 8]
    whom = re.search(r"\b(him|her|them)\b", m.group()) or re.match(r"\W*(him|her|them)\b", after)
    if _NOT_THEM.match(_after_sentence(text, m.end())):
        return True
    if not whom:
        return False
    return (asker["male"] and whom[1] == "him") or (asker["female"] and whom[1] == "her")


def _after_sentence(text: str, pos: int) -> str:
    end = re.search(r"[.!?;\n]|$", text[pos:]).end() + pos
    return text[end : end + 40]


# A refusal of one channel (not of contact as such): "never phone me again", "don't ring me any more".
_ONE_CHANNEL_REFUSED = re.compile(
    rf"^(?:(?!{GENERIC}\b|e-?mail|messag|write|contact).)*\b(?:call(?:ing|ed)?|ring(?:ing)?|"
    r"phon(?:e|ing|ed)|text(?:ing|ed)?|dm(?:ing)?)\b"
)
# ... with another channel offered right after: "email is fine", "WhatsApp instead".
_OTHER_CHANNEL_OFFERED = re.compile(
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


def _one_detail(text: str, m: re.Match) -> bool:
    """ "delete my old phone number, I have a new one": one detail to delete or change."""
    said = m.group()
    if not _DETAIL.search(said) or _EVERYTHING.search(said):
        return False
    start = max(0, m.start() - 25)
    if _OLD_DETAIL.search(text[start : m.end()]):
        return True
    around = text[max(0, m.start() - 80) : m.start()] + " " + text[m.end() : m.end() + 120]
    return bool(_REPLACED.search(around))


# A hospital's call duty: "won't take call any more", "not doing weekend call again".
_CALL_DUTY = re.compile(
    r"\b(?:take|taking|takes|do|doing|cover|covering|weekend|weekday|home|in-house|beeper|backup) call\b"
)
# One line or address of theirs named after the channel: "don't ring her work number again".
_ONE_LINE = re.compile(
    rf"\b{CHANNEL_VERB}\W+(?:(?:me|him|her|them) )?(?:on |at )?(?:my|his|her|their|the)\W+(?:[\w-]+\W+)?"
    r"(?:number|line|landline|mobile|phone|desk|extension|e-?mail|inbox|address)\b"
)
# A subject before "don't bother": "titles don't bother him" is indifference, and so is a thing
# named with its article ("motels and the van don't bother him", "the cold doesn't bother her");
# not whom a stop was told to ("told the agency don't bother him again").
_INDIFFERENT = re.compile(
    r"\b(?:(?!(?:pls|please|thanks|always|guys|yes|ps)\b)\w+s|it|that|this|which|they|these|those|"
    r"(?<!told )(?<!tell )(?<!asked )(?<!ask )(?<!telling )(?:the|his|her|my|their|our|its) "
    r"(?!(?:agency|agencies|recruiters?|team|desk|office|guys|lads|company|firm)\b)(?:[a-z]+ )?[a-z]+)\s+$"
)
# From now on, in the formal register: a change of how to write as often as a stop.
_FROM_NOW_ON = re.compile(
    r"\b(?:henceforth|hereafter|hereinafter|going forward|moving forward|from now on|from here on)\b"
)
# Right after a request with no person in it: whom it is about, when that is someone else.
_OTHER_PERSON = r" (?:the|his|her|their|my|our|your|a|an|\w+'s) (?!candidate\b|person\b)\w+"
# Right after "don't send me anything": a topic narrows it ("... in gambling", "... below 90k").
_TOPIC_AFTER = (
    r" (?!(?:at all|in (?:the )?future|ever|from (?:you|us|now)|again)\b)(?:in|about|for|outside|"
    r"below|under|at|that|which|based|paying|unless|except|other than|related|involving|with|on)\b"
)


def _rest_of_sentence(text: str, pos: int) -> str:
    end = re.search(r"[.!?;\n]|$", text[pos:]).start() + pos
    return text[pos:end]


# "the Cebu pool only", "the night-shift list only": one named list, the person kept on the others
_ONE_LIST_ONLY = re.compile(
    r"\b(?!(?:the|your|our|my|ur|all|this|that|these|those|any)\b)\w+ (?:pool|list|database|register)s? only\b"
)


def _ours(said: str, rest: str) -> bool:
    """Whether what a person asks to be removed from is one of our lists (or goes unnamed)."""
    if re.search(r"\b(?:from|off|of)$", said):
        rest = " from" + rest
    m = _FROM_WHAT.match(rest)
    if not m:
        return True
    # "pulled from the hiring-event invites only - roles welcome": what follows the dash is not
    # what they were taken off
    what = re.split(r"\s[-–—(]", m["what"])[0]
    if re.search(r"\bonly\b", what):
        return False  # "the event invites only": one thing named, the rest kept
    if _SEQUENCE.search(what) and not _EVERY_SEQUENCE.search(what):
        return False  # "pulled from the Java sequence": one mailing, not all of them
    # "removed from the Cebu pool only": one of our lists, the others kept
    return bool(_OUR_LISTS.search(what)) and not _ONE_LIST_ONLY.search(what)


# An outreach tool's automated mailings: one of them is one mailing, all of them all we send.
_SEQUENCE = re.compile(r"\b(?:sequences?|cadences?|nurtures?|drips?)\b")
_EVERY_SEQUENCE = re.compile(
    r"\b(?:all|every|any|each)\b(?: [\w-]+)? (?:sequences?|cadences?|nurtures?|drips?)\b|"
    r"\b(?:your|our|the) (?:sequences|cadences|nurtures|drips)\b"
)


def _scoped(rest: str) -> bool:
    """ "stop sending me Java roles", "remove me from the Data Engineer alert": about a kind of role."""
    if re.match(r"\s*[.!?;\n]", rest):
        return False  # "Unsubscribe. I'm with a brokerage ... recruiter emails": the next sentence
    m = _SCOPE.match(rest)
    if not m:
        return False
    q = m["q"].strip()
    if m["tail"]:
        return True  # "take me off the supply list for Tuesdays only"
    # "your supply list", "the locum bank list": the list a staffing agency keeps its people on
    return q not in _GENERIC_SCOPE and not all(
        w in _GENERIC_SCOPE or w in _OUR_KINDS_OF_LIST
        for w in re.split(r"[\s/&-]+|\band\b", q)
        if w
    )


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
