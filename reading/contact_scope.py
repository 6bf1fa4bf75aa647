"""Whether a stop is scoped, and so no opt-out: to a topic ("never contact me about gambling
companies again"), a list or an alert of ours ("take me off the Salesforce alerts"), a time ("not
until the new year"), one mailing or sequence, or asked by someone close for themselves ("his wife
asked us to stop calling her"); or said as a label lifted after it, as what they were told, or
not asked for at all. ``partial`` is asked by ``reading.contact`` of each stop phrase found; a
stop of one channel or detail is read in ``reading.contact_channels``.
"""

from __future__ import annotations

import re

from reading.channels import kind_swapped, names_a_kind
from reading.contact_channels import (
    CALL_DUTY,
    ONE_CHANNEL_REFUSED,
    ONE_LINE,
    OTHER_CHANNEL_OFFERED,
    STOPPED_CHANNEL,
    bare_channel_stop,
    channel_swap,
    one_detail,
    one_way_swapped,
    other_way_offered,
    rest_of_sentence,
    this_line_only,
)
from reading.contact_more import FROM_ONE_OF_US, SCOPED_INSIDE, WHEN_FLAGGED, WOULD_NOT_STOP
from reading.opt_out_words import ANY_MORE, CHANNEL_VERB, GENERIC, ME, ONE_CHANNEL
from reading.someone_elses_stop import someone_elses

# Right after the request: a time, so a pause rather than a refusal ("... again until June").
_TIME_AFTER = re.compile(
    # "don't send me anything before February": what is sent, then the time
    # "no further contact needed until March": needed or wanted before it, the same pause
    r"^\W*(?:(?:anything|any ?more|more|stuff|any (?:roles?|jobs?|posts?))\s+)?"
    r"(?:(?:is |are )?(?:needed|required|necessary|wanted)\s+)?(?:until|till|til|before|during|for now|for a while|right now|at the moment|yet|"
    r"this (?:week|month|quarter|year)|in (?:the )?(?:mornings?|evenings?|daytime)|at work|"
    r"(?:on )?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|weekends?)|after \d|"
    r"for (?:a|the next|another|a few|a couple of|some|\d+|two|three|four|six) (?:days?|weeks?|months?|years?))\b"
)
# Right after a request without "any more": a turn or a narrowing ("stop emailing me but...").
# ("about the role and in general" runs on to everything: no narrowing)
_AND_ALL = (
    r"(?!\W+(?:and|or|nor|or any|&) (?:in general|generally|anything|everything|"
    r"any ?(?:other|others|more|thing)|all|at all|otherwise|others))"
)
# (a courtesy after "but" turns nothing: "stop contacting me, but thanks for your help")
_TURN_AFTER = re.compile(
    rf"^\W*(?:but(?!\W+(?:(?:many |much )?thanks|thank (?:you|u)|thx|ty|cheers|ta|(?:i )?(?:do |really )?"
    r"appreciate|appreciated|good luck|best of luck|all the best|best wishes|kind regards|regards|"
    r"have a (?:good|nice|great|lovely))\b)"
    rf"|about (?:this|that|the) (?:role|job)\b{_AND_ALL}|with (?:this|that))\b"
)
# "stop contacting me about roles": roles in general are all we would write about.
_ANY_ROLE = re.compile(
    # "about your grad scheme", "about ur internship programme": what the desk itself runs is all
    # it would write about ("about the finance scheme" names one: a narrowing)
    r"(?:your|yer) (?:(?:grad|graduate|internship|intern|apprenticeship|placement|early careers?|trainee) )?"
    r"(?:schemes?|programmes?|programs?)\b(?!\W+(?:in|at|for|based)\b)|"
    r"(?:(?:any|new|more|other|future|further|your|these|those|the|such|all|job|career|employment) )*(?:roles?|jobs?|"
    r"opportunit(?:y|ies)|positions?|vacanc(?:y|ies)|openings?|posts|placements|work|stuff|things|anything|it|this|"
    r"that)\b(?!\W+(?:in|"
    # ("any role, on here or anywhere else": where we write, after a comma, narrows no role)
    r"at|for|that|which|like|based|outside|paying|below|under)\b)(?!\s+on\b)"
    r"(?!\W+on\s+(?!(?:here|linkedin|li|whatsapp|this (?:site|app|platform))\b))"
)
# What a refusal is about, inside or right after the request ("about gambling companies").
_ABOUT = re.compile(r"\b(?:about|regarding|re:?|concerning)\s+(?!(?:me|him|her|them|us)\b)")
# ... one role: "no further contact re: this role" turns that role down, not us.
_ONE_ROLE = re.compile(
    r"(?:this|that|the) (?:(?:specific|particular|same|\w+) )?(?:role|job|position|post|vacancy|"
    rf"opening|opportunity)\b(?!s){_AND_ALL}"
)
# ... run on to everything: "about bank shifts or posts or anything" is no narrowing.
_OR_ANYTHING = re.compile(
    r"^[^.;!?]{0,60}?\b(?:or|and|nor)\s+(?:anything|everything|whatever|any other \w+)(?: (?:else|at all))?\b"
    r"(?!\W*(?:like (?:that|this|it)|similar|of (?:that|the sort|the kind)|in that))"
)
# What makes a refusal without "any more" partial: a channel, a person, a place, a condition.
_RESTRICTED = re.compile(
    # "DNC on every desk": all of our teams, no narrowing
    # "stop messaging me. for good.": the "any more" said after a stop, not a scope
    r"^\W*(?:on(?! (?:every|all|any|each) (?:of (?:our|the|your) )?(?:desks?|teams?|divisions?|brands?|"
    r"offices?|channels?)\b)|at|for(?! (?:good|keeps|ever)\b)(?! (?:any |all |future |other |new |more |further )*(?:roles?|jobs?|opportunit(?:y|ies)|"
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
    r"openings|opportunities|alerts?|ads|adverts|job alerts?|list|lists|emails|updates|mailing list|mailers?|"
    # "stop sending me bank shift texts": one kind of message
    # "stop sending the P2 ones": one kind, named by what it is not
    r"texts|messages|calls|shifts|posts|ones)\b"
    # "for Fridays", "for the Leeds roles" narrow it; "for good", "for ever" only make it last
    r"(?P<tail>\W+(?:in|at|for(?! (?:good|ever|keeps|life)\b)|based|"
    r"that|which|with|from|like|outside|paying|below|under|on|about)\b)?"
)
# Another way offered as a request: "mail me if anything", "whatsapp me" (not "don't text me")
_WRITE_ME = re.compile(
    r"(?<!n't )(?<!not )(?<!never )(?<!dont )\b(?:e-?mail|mail|text|whatsapp|message|msg|dm|ping|call|ring)"
    r" (?:me|him|her|them)\b"
)
_GENERIC_SCOPE = {
    "",
    "mailing",
    "mailers",
    "email",
    "talent",
    "contact",
    "candidate",
    "distribution",
    "recruitment",
    # the same list named by what we do with it: "your recruiting lists", "the hiring list"
    "recruiting",
    "recruiter",
    "recruiters",
    "hiring",
    "headhunting",
    "e-mail",
    "outreach",
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
    "worker workers availability register registered books "
    # a crew agency's or a resort's: "your crew list", "the seasonal list"
    "crew crews seasonal seasonals seasonaires "
    # a desk's WhatsApp "broadcast list": everyone it messages, not one kind of role
    "broadcast".split()
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
    # "mailers": Indian recruiters' word for the job mails they send
    r"\b(?:lists?|database|databases|system|systems|books|records|crm|pool|mailing|mailings|mailers|emails?|"
    r"newsletters?|digests?|mailshots?|campaigns?|files|ats|everything|all|contacts?|comms|"
    r"communications?|alerts?|updates|roles|jobs|opportunities|outreach|marketing|register|community|"
    r"communities|network|sequences?|cadences?|nurtures?|drips?|talent comms)\b"
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


# The do-not-contact label, negated or lifted ("not DNC", "no longer DNC", "DNC lifted"): no
# opt-out. It lifts nothing either: an opt-out recorded elsewhere still stands.
LABEL = re.compile(r"do[- ]not[- ](?:contact|source|poach)")


# After "no need to keep me in mind": the door left open, or for a time only.
_THEY_WILL_WRITE = re.compile(
    r"\b(?:i'll|i will|she'll|he'll|they'll|will) (?:\w+ )?(?:reach out|get in touch|be in touch|contact|"
    r"let (?:you|us) know|ping|come back)|when (?:i'm|i am|she's|he's|they're) ready|for now|just yet|"
    r"right now|at the moment|this time|until|till|for (?:a|the next|another|a few|\d+) \w+"
)
# One automated mailing, not our writing to them: "the job alerts", "your weekly digest", a
# mailing named in quotes ("the monthly 'life at' newsletter").
_ONE_MAILING = re.compile(
    r"^\W*(?:me |him |her |them )?(?:from |off |out of |of |to )?(?:the |your |our |my |this |that |"
    r"these |those )(?:'[\w &-]{1,30}' |\"[\w &-]{1,30}\" |[\w]+[ -]){0,3}?(?:alerts?|digests?|newsletters?|bulletins?|round-?ups?|"
    r"mailshots?|(?:automated|automatic|auto|marketing|job|jobs|alert|careers site|mass|bulk|"
    r"weekly|daily|monthly)[ -](?:e-?mails?|messages|mails?|notifications?|texts?)|"
    # a charity's mail to its givers, not its recruiters' ("the Christmas appeal mailings")
    r"appeals?|(?:appeal|donor|donation|fundraising|supporter|giving)[ -](?:mailings?|letters?|e-?mails?|mail|"
    r"packs?))\b"
)
# Everything we send, as what someone is taken off: "from everything", "from all of it".
_FROM_EVERYTHING = re.compile(
    r"^\W*(?:me |him |her |them )?(?:from |off |out of )(?:absolutely )?(?:everything|all of it|all (?:of )?"
    r"(?:your|our|the) (?:e-?mails|messages|communications|comms|mailings|lists|contact)|"
    # a list of what we send closed by the whole of it: "from the newsletter, the alerts, the
    # calls, all of it", "from the emails and texts - the lot"
    r"(?:the |your |our |any |all )?[a-z -]{2,30}(?:(?:,| and| &) (?:the |your |our |any )?[a-z -]{2,30}){1,5}"
    r"(?:,| and|\W+) (?:absolutely |literally )?(?:all of it|everything|the lot|the whole lot)(?=\W*$|[.!?;]))\b"
    r"(?![^.;!?]*\b(?:except|apart from|other than|save for|but (?:not|keep|do|still|please))\b)"
)
# One of our own lists named whole, the request ending there: "take him off our books, no more
# calls" - what follows the comma adds to the removal; it does not narrow it ("off the Java list");
# nor does a second of our lists named beside it ("off your database and all your lists").
_OFF_OUR_LIST = re.compile(
    r"^\W*(?:me |him |her |them )?(?:from |off |out of )?(?:all (?:of )?)?(?:your|our|ur) (?:books|database|db|"
    r"system|systems|records|lists?|talent pool|crm|files|register)(?=\s*(?:$|[,.;!?\n]|[-–—]\s)|"
    # widened by a second list of ours: "off your database and every list your reps use"
    r"\s+(?:and|&|plus)\s+(?:off\s+|from\s+)?(?:every|all|any)\s+(?:other\s+)?(?:of\s+)?(?:your\s+|our\s+|ur\s+|the\s+)?"
    r"(?:lists?|mailing lists?|databases?|systems?|records)\b)"
    r"(?![^.;!?]*\b(?:except|apart from|other than|save for|but (?:not|keep|do|still|please)|only)\b)"
)
# A request about one line or address of theirs, named right after it: "no further contact on his
# airline email", "nothing more to her work phone" - that line, not all contact.
_ON_ONE_LINE = re.compile(
    r"^\W*(?:(?:me|him|her|them) )?(?:on|at|via|to|through|by) (?:(?:my|his|her|their) (?:[\w-]+ )?|the [\w-]+ )"
    r"(?:number|line|landline|mobile|phone|cell|desk|extension|e-?mail(?: address)?|inbox|address|account)\b"
)
# The request widened in the same sentence: "... - all of your lists, not only the one this came
# from", "every mailing, not just this one" ("not every list, just this one" keeps it to one).
_EVERY_LIST_SAID = re.compile(
    r"(?<!not )\b(?:every (?:single )?(?:list|mailing|mailing list|email list)|all (?:of )?(?:your |our |the |ur )?"
    r"(?:lists|mailings|mailing lists))\W+not (?:just|only) (?:this|that|the)\b"
)
_AT_REQUEST = re.compile(
    r"^\W*(?:at|per|by|on|as per)\W+(?:the )?(?:cand(?:idate)?'?s?|her|his|their|own|person's)\W+(?:own\W+)?(?:request|req|wish|wishes|instruction)\b"
)


# Whom the label names when it is not the person: a client not to be sent to, an employer or a
# referee not to be rung ("DNC client", "do not contact current employer", "DNC: referees until
# offer"). A dash after the label starts the reason ("DNC - client complained") and is no scope.
_ANOTHER_PARTY = re.compile(
    r"^(?: |: )(?:(?:the|his|her|their|cand'?s|current|present|previous|former|last|ex-?) )*"
    r"(?:clients?|employers?|referees?|references?|(?:line |hiring )?managers?|boss|company|account)\b"
)
# Where a do-not-contact label is recorded: "DNC in Bullhorn", "do not contact on the ATS".
_IN_OUR_SYSTEM = re.compile(
    r"^ (?:in|on|within|across) (?:the |our |his |her |their |cand's |all )?(?:crm|ats|system|systems|"
    r"database|db|file|record|records|profile|notes|bullhorn|salesforce|greenhouse|lever|workday|ashby|"
    r"hubspot|jobadder|vincere|crelate|loxo|icims|taleo|successfactors|smartrecruiters|teamtailor|"
    r"workable|jobdiva|avionte|tempworks|ceipal|recruitcrm|zoho(?: recruit)?|mercury|beamery|gem|"
    r"talentlink|pinpoint)\b"
)


# A stop turned, in the same sentence, into "but keep in touch": "unsubscribe me from the mailers,
# all of it, but do keep ringing", "take me off the contractor list but keep me for perm", "stop
# the emails, though feel free to call" - one way or one kind stopped, the person still ours to
# contact ("but don't keep calling either" is no turn).
_NO_TURN_BACK = r"(?:(?!\b(?:not|don'?t|do not|never|no|stop|nor)\b)[^.!?;\n]){0,24}?"
_STILL_IN_TOUCH = re.compile(
    rf"^[^.!?;\n]*?\b(?:but|though|tho|although|however|just|only)\b{_NO_TURN_BACK}"
    r"(?:\b(?:do|please|pls|plz|still|can|you can|feel free to|happy for you to|ok to|fine to)\s+)*"
    r"(?:keep (?:on )?(?:me\b|him\b|her\b|them\b|ringing|calling|phoning|texting|e-?mailing|messaging|"
    r"whatsapping|in touch|contacting|sending)|"
    r"(?:ring|call|phone|text|e-?mail|message|whatsapp|contact)(?:ing)? (?:me|him|her|them)\b(?! (?:about|re|for) )|"
    r"(?:happy|open|glad|keen) to (?:hear|take (?:a )?calls?|be (?:called|contacted|rung)|chat|talk))"
)


def partial(text: str, m: re.Match) -> bool:
    """Whether the request at ``m`` is scoped to a topic, a list, a channel or a time."""
    said, rest = m.group(), text[m.end() :]
    sentence_rest = rest_of_sentence(text, m.end())
    if LABEL.fullmatch(said) and (kept := _IN_OUR_SYSTEM.match(rest)):
        # "flagged DNC in Bullhorn per his request": where the label is kept, not a scope
        rest, sentence_rest = rest[kept.end() :], sentence_rest[kept.end() :]
    before = text[max(0, m.start() - 80) : m.start()]
    if _NOT_ASKED.search(before) or _TOLD_TO.search(before):
        return True  # "should we take him off the list?", "don't take me off the list"
    if someone_elses(text, m):
        return True  # "her husband asked us to stop ringing him. Not her - she's keen"
    if SCOPED_INSIDE.search(said) or FROM_ONE_OF_US.match(rest):
        return True  # "never call me on a Sunday again", "no contact from Jess specifically"
    if said.startswith("leave") and WOULD_NOT_STOP.search(before[-12:]):
        return True  # "her old agency wouldn't leave her alone": a complaint about them
    if _STILL_IN_TOUCH.match(sentence_rest):
        return True  # "... all of it, but do keep ringing": still ours to contact
    if one_detail(text, m) or this_line_only(text, m):
        return True  # "delete my old phone number, I have a new one": a detail, not the person
    if CALL_DUTY.search(said):
        return True  # "won't take call anymore": a hospital's on-call refused, not contact
    if ONE_LINE.search(said + rest[:40]):
        return True  # "not to ring her work number again": that line, not all contact
    if ("bother" in said or "disturb" in said) and _INDIFFERENT.search(before):
        return True  # "titles don't bother him", "the noise does not disturb her": indifference
    if ("bother" in said or "disturb" in said) and _NEVER_TROUBLED.search(before[-30:] + said):
        return True  # "the Panama rota never bothered him": what did not trouble them, no request
    if m["keep"]:
        # "no need to keep me in mind - I'll get in touch when I'm ready": they will write
        return bool(_THEY_WILL_WRITE.search(text, m.end()))
    if m["block"] and (
        re.match(r" (?:for|on|from|during|at|in)\b", rest)
        or OTHER_CHANNEL_OFFERED.search(sentence_rest + " " + text[m.end() : m.end() + 80])
        or _WRITE_ME.search(text, m.end(), m.end() + 80)
    ):
        return True  # "blocking this number for calls, WhatsApp is fine": one way shut, not us
    if m["stopall"]:
        # "STOP ALL TEXTS": as "Stop texting me." - a stop to contact unless narrowed or another
        # way is offered ("stop all calls, email me instead" refuses the phone only)
        return not bare_channel_stop(text, m)
    if LABEL.fullmatch(said) and _ANOTHER_PARTY.match(rest):
        return True  # "DNC client - don't put him forward there": the client is barred, not us
    if LABEL.fullmatch(said) and _AT_REQUEST.match(rest):
        return False  # "DNC at cand's request": the label and whose wish it was
    if m["flag"]:
        # "flagged do not call - her mobile is a work phone, email her instead": that line only
        line = next(
            (n for v, n in STOPPED_CHANNEL if v in said), "email" if "mail" in said else None
        )
        return bool(
            (_TIME_AFTER.match(rest) and not WHEN_FLAGGED.match(rest))  # "DNC'd this week": when
            or (line and other_way_offered(text, m.start(), m.end(), line))
        )
    if _ON_ONE_LINE.match(rest):
        return True  # "no further contact on his work email - use his gmail": that address only
    if (m["remove"] or m["take"]) and _OFF_OUR_LIST.match(rest):
        return False  # "take him off our books, no more calls": off our books, whatever follows
    if (m["unsub"] or m["remove"] or m["take"] or m["data"]) and (
        _FROM_EVERYTHING.match(rest) or _EVERY_LIST_SAID.search(sentence_rest)
    ):
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
            if _ONE_ROLE.match(said + sentence_rest, about.end()):
                return True  # "no further contact re: this role": that role turned down
            if not _ANY_ROLE.match(said + sentence_rest, about.end()) and not _OR_ANYTHING.match(
                (said + sentence_rest)[about.end() :]
            ):
                return True  # "never contact me about gambling companies again"
    if m["send"] and one_way_swapped(text, m.end(), m.start()):
        return True  # "stop sending me InMails, use my gmail": LinkedIn refused, not contact
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
    if m["send"] and kind_swapped(rest):
        return True  # "stop sending private practice - in-house only now": a kind swapped for one
    if m["stop"] and ONE_CHANNEL.search(said) and not re.match(r"\s*(?:and|or|&|/|,)\s*\w", rest):
        # "Stop texting me." with no other way to write offered is a stop to the one way we
        # write to them; "stop texting me during service, email's better" refuses that channel
        return not bare_channel_stop(text, m)
    if (
        re.search(rf"\b{CHANNEL_VERB}\b", said)
        and _FROM_NOW_ON.search(said)
        and channel_swap(text, m.end())
    ):
        return True  # "don't call me going forward, WhatsApp is better": a channel preference
    if ONE_CHANNEL_REFUSED.search(said) and OTHER_CHANNEL_OFFERED.search(
        rest_of_sentence(text, m.end()) + " " + text[m.end() : m.end() + 80]
    ):
        return True  # "don't call me again, email is fine": a channel avoided, not an opt-out
    if whole or re.search(
        ANY_MORE + r"|opt|unsubscribe|remove|take|list|off|out of|no longer", said
    ):
        return False
    if _TURN_AFTER.match(rest):
        return True
    if _RESTRICTED.match(unnamed) or _FOR_NOW.search(sentence_rest):
        return True  # "not to be contacted on Fridays", "stop emailing me for now"
    return bool(re.search(CHANNEL_VERB, said) and channel_swap(text, m.end()))


# A subject before "don't bother": "titles don't bother him" is indifference, and so is a thing
# named with its article ("motels and the van don't bother him", "the cold doesn't bother her");
# not whom a stop was told to ("told the agency don't bother him again"). A thing said without
# plural or article counts too when it is a doing or a mass noun ("high racking dont bother me",
# "overtime don't bother him"), never a way of writing to them ("texting dont bother me").
_INDIFFERENT = re.compile(
    r"\b(?:(?!(?:pls|please|thanks|always|guys|yes|ps)\b)\w+s|it|that|this|which|they|these|those|"
    r"(?!(?:calling|texting|emailing|messaging|ringing|phoning|nothing|morning|evening|anything|"
    r"everything|something)\b)[a-z]{2,}ing|overtime|heat|cold|noise|travel|weather|height|dirt|"
    r"(?<!told )(?<!tell )(?<!asked )(?<!ask )(?<!telling )(?:the|his|her|my|their|our|its) "
    r"(?!(?:agency|agencies|recruiters?|team|desk|office|guys|lads|company|firm)\b)(?:[a-z]+ )?[a-z]+|"
    # a thing counted by its time: "a couple of trips a year don't bother him"
    r"\w+s (?:a|an|per|each|every) (?:year|yr|month|week|wk|quarter|fortnight|night|day))\s+$"
)
# The past of "bother" said of a thing: "never bothered him", "hasn't disturbed me once" - it did not
# trouble them, which no stop is said as ("never bother me again", "never to be bothered" are).
_NEVER_TROUBLED = re.compile(
    r"\b(?:never|not once|hasn't|has not|haven't|have not|hadn't|had not)(?: (?!(?:be|been|being|get|got|"
    r"to)\b)\w+)? (?:bothered|disturbed) (?:me|him|her|them|us)\b"
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


# "the Cebu pool only", "the night-shift list only": one named list, the person kept on the others
# The people who write to them for us, named as what they want off: "from your recruiters", "from
# all of your sourcers" ("from your recruiter's shortlist" names a list of one role's, not them).
_OUR_PEOPLE = re.compile(
    r"(?:all (?:of )?)?(?:your|ur|the|you guys'?|all) (?:(?:in-house|internal|talent|recruiting|recruitment) )?"
    r"(?:recruiters|recruiting team|recruitment team|talent team|sourcers|headhunters|hiring team)"
)
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
    # "take me off please - ...": the courtesy is not what they are taken off
    said_what = re.sub(r"^(?:please|pls|plz|thanks|thank you|now)\b\s*", "", m["what"])
    what = re.split(r"(?:^|\s)[-–—(]", said_what)[0]
    if not what.strip():
        return True  # "take me off - I'm leaving the field": nothing named, so all of it
    if re.search(r"\bonly\b", what):
        return False  # "the event invites only": one thing named, the rest kept
    if _SEQUENCE.search(what) and not _EVERY_SEQUENCE.search(what):
        return False  # "pulled from the Java sequence": one mailing, not all of them
    if _OUR_PEOPLE.fullmatch(what.strip()):
        return True  # "unsubscribe me from your recruiters": from all who write to them for us
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
