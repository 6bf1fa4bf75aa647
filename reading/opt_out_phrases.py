"""The ways people ask not to be contacted at all (data only: regular expressions).

``reading.contact`` decides which of these matches are opt-outs: a match scoped to a topic, a
list, a channel or a time ("stop emailing me about gambling roles", "take me off the Java alert",
"unsubscribe me from texts", "don't contact me again until June") is not one.
All patterns are written against the normalised text (lower case, shorthand expanded).
"""

from __future__ import annotations

import re

from reading.contact_more import MORE_OPT_OUTS
from reading.gates import gated

# "her" is a person only when nothing of hers follows ("don't contact her manager" is no opt-out).
ME = (
    # "dont text this # again": the number we write to is the person
    r"(?:me|him|them|us(?! (?:roles|jobs|positions|based|companies|opportunities|remote)\b)|this person|"
    r"this (?:#|number|phone number|cell|mobile)|the candidate|her(?=\W*(?:$|[.,;:!?)]|again|any ?more|ever|please|"
    r"at all|directly|and|or|thanks|thank you|unless|going forward|from now|in future|further|about|out|"
    r"off|alone|with|until|till|on|via|by|during|for|before|after|of|from|altogether|completely|entirely)))"
)
# Asking not to be approached at all: any of these, stopped or refused, is an opt-out.
GENERIC = (
    r"(?:contact(?:ing|ed)?|reach(?:ing)? out(?: to)?|reached out(?: to)?|get(?:ting)? in touch(?: with)?|"
    r"approach(?:ing|ed)?|bother(?:ing|ed)?|pester(?:ing|ed)?|hassl(?:e|ing|ed)|"
    # "stop disturbing me": Singapore and Malaysian English for bothering someone
    r"disturb(?:ing|ed)?|"
    r"spam(?:ming|med)?|harass(?:ing|ed)?|(?:chas(?:e|ing)|writ(?:e|ing)(?: to)?|ping(?:ing)?|"
    r"hound(?:ing)?|follow(?:ing)? up(?: with)?)(?= (?:me|him|her|them)))"
)
# Refusing one channel ("don't call") is a channel preference unless it is "any more"/"again".
CHANNEL_VERB = (
    r"(?:e-?mail(?:ing|ed)?|messag(?:e|ing|ed)|call(?:ing|ed)?|ring(?:ing)?|phon(?:e|ing|ed)|"
    # "stop sliding into my DMs": the slang for DMing someone
    r"text(?:ing|ed)?|inmail(?:ing)?|dm(?:ing)?|slid(?:e|ing) into (?:my|his|her|their) dms)"
)
# Stopping one of these is refusing a channel; email is how we write, so stopping it is an opt-out.
ONE_CHANNEL = re.compile(
    r"\b(?:call(?:ing)?|ring(?:ing)?|phon(?:e|ing)|text(?:ing)?|dm(?:ing)?|slid(?:e|ing) into \w+ dms)\b"
)
SEND = r"(?:send(?:ing)?|forward(?:ing)?|push(?:ing)?)"
ANY_MORE = (
    r"(?:again|any ?more|ever|any further|in future|in the future|at all|further|ever again|"
    # the formal register: "kindly do not contact me henceforth", "from now on", "going forward"
    r"henceforth|hereafter|hereinafter|going forward|moving forward|from now on|from here on|"
    r"any longer|"
    # "stop contacting her altogether": no contact of any kind
    r"altogether|completely|entirely|for good|"
    # "stop messaging me anywhere": on every channel ("anywhere but email" names one left open)
    r"anywhere(?! (?:but|except|other than|else than|near|before|after|during)\b)|everywhere|"
    # "don't reach out on any other channel either": this one and every other ("on any other
    # channel" alone keeps this one open)
    r"(?:on|via|through|over|by) any other (?:channel|platform|app|medium|means|way)s? either)"
)
_NOT = (
    r"(?:don't|do not|never|please don't|please do not|not to|never to|not|won't|shouldn't|"
    # "I'd appreciate it if you didn't reach out again", "she'd rather we didn't contact her":
    # a wish about us, so only after "you" or "we"
    r"(?:(?<=if you )|(?<=if u )|(?<=rather you )|(?<=that you )|(?<=prefer you )|(?<=if we )|"
    r"(?<=rather we )|(?<=that we )|(?<=prefer we ))(?:didn't|did not|wouldn't|would not))"
)
# Who would be doing the contacting: "not to be contacted by us again" is still all contact.
_BY_US = (
    r"(?: by (?:us|you|anyone|recruiters|the team|our team|this agency|the agency|your company))?"
)
# Who is refused, after "I do not wish to be contacted": "by recruitment agencies, including yours,
# any longer" (recruiters as such, us among them; "by agencies other than yours" is not it).
_BY_RECRUITERS = (
    r"(?: by (?:any |all )?(?:recruiters|recruitment (?:agencies|consultants|firms|companies)|agencies|headhunters|"
    # "by your recruiting team", "by your talent team": an in-house team is us
    r"you|us|your (?:(?:recruiting |recruitment |talent |hiring )?team|firm|agency|company|recruiters))(?:(?:,? (?:including|incl\.?|like|such as)|\W+(?:and )?that includes) (?:yours|you|"
    rf"this one|your (?:firm|agency|company)))?(?:,? {ANY_MORE})?)?"
)
# What we write: "don't send me anything else", "no more messages".
_OUR_MAIL = (
    r"(?:contact|communications?|comms|emails?|e-mails?|messages|outreach|approaches|mail|mailings|"
    r"correspondence|calls or emails|emails or calls|recruiter (?:emails|messages|contact)|"
    # "no more job spam": what we send, called spam ("spam calls", "the spam folder" are not ours)
    r"recruitment emails|marketing|spam(?! (?:calls?|filters?|folders?|boxe?s?|texts?)\b))"
)
# The ways we write, as a refused list names them ("no more calls, emails or messages").
_WAYS = r"(?:calls|phone calls|emails|e-mails|messages|texts|inmails|dms|voicemails|letters)"
# Where we keep people: "take me off your list", "wants off our system".
_OUR_LIST = (
    r"(?:list|lists|database|system|systems|books|mailing list|mailing lists|records|crm|talent pool|"
    r"pool|files|ats|campaigns?|mailings?|mailers|distribution lists?|"
    # a WhatsApp broadcast list is the agency's own mailing ("this whatsapp group" is not ours)
    r"broadcast lists?|"
    # "take her out of our talent community", "off the candidate network"
    r"(?:talent |candidate )?(?:community|communities|network)|candidate (?:pool|database|list))"
)
_DATA = (
    r"(?:details|data|personal data|personal details|info|information|contact(?: details| info)?|"
    r"profile|cv|records?|application|(?:(?:mob(?:ile)?|phone|cell|contact|whatsapp) )?(?:number|no\.?"
    r"(?= (?:from|off)\b))|mobile|email(?: address)?|"
    # "remove my no from ur list": "no" for number, only with where it is to go from
    r"no\.?(?= (?:from|off)\b)|"
    # "remove my particulars from your database": Commonwealth English for one's details
    r"particulars)"
)

# Another thing not to be done beside contact: "not to be considered or contacted", "not to
# consider or contact him", "not to be put forward for anything else or approached again". Words
# that scope it to one role, a place or a time ("for the Leeds role", "at work") do not join.
_ALSO = (
    r"(?:(?:(?!(?:this|that|the|one|at|on|before|after|until|till|during|via|by|in|about|re)\b)"
    r"[\w-]+ ){1,5}?(?:or|and|nor|/) (?:to )?(?:be )?)?"
)
# Roles in general, as what a request is about: "re future roles", "about any opportunities".
_FUTURE_ROLES = (
    r"\W+(?:about|re|regarding|for|with) (?:any |future |other |new |more |further )*(?:roles|jobs|"
    r"opportunities|positions|vacancies|openings)\b"
)

OPT_OUT = gated(
    re.compile(
        r"\b(?:"
        rf"(?P<stop>(?:stop|quit|(?<=you )stopped) (?:{GENERIC}|{CHANNEL_VERB})(?: {ME})?(?: {ANY_MORE})?)|"
        rf"(?P<send>stop {SEND}(?: {ME})?|(?:don't|do not|never) {SEND} {ME})|"
        rf"stop (?:any|all)(?: further| more)? (?:recruiting |recruitment |recruiter |job |talent )?{_OUR_MAIL}(?! to (?!me\b|him\b|her\b|them\b)\w)|"
        # "STOP ALL TEXTS." said bare: one of the ways we write, stopped (``reading.contact`` keeps
        # it only with nothing narrowing it and no other way offered, as "Stop texting me.")
        r"(?P<stopall>stop (?:all|any)(?: further| more)? (?:the )?(?:texts|text messages|calls|phone calls))"
        r"(?=\W*$|\s*[.!\n])|"
        # "please stop all texts and calls": every way we write, listed
        rf"stop (?:any|all)(?: further| more)? (?:the )?{_WAYS}(?:(?:,| or| and| nor|/)+ ?{_WAYS})+|"
        r"please stop(?!\s+\w)|stop (?:it|this|now|please)(?!\s+\w)|"
        r"(?:please |pls )?remove (?:me|him|her)(?:\s+(?:pls|plz|please|thanks|thx|now))?(?=\W*$|\s*[.!]+|\s+[-–—]+\s)|"
        # "I am blocking this number", "has blocked our number", "blocked you guys": our way in
        # shut by the person ("on LinkedIn, email me" narrows it; "by mistake" takes it back)
        r"(?P<block>block(?:ed|ing)? (?:this|your|ur|our) (?:(?:mobile |phone |whatsapp )?(?:number|no\.?|#)|"
        r"contact)|(?<=i )(?:have |'ve |am |'m |will |'ll )?block(?:ed|ing)? (?:you|u)(?: guys| all| people)?(?!\w)|"
        # "she's blocked our domain", "I've blocked your email address": our mail shut by the person
        # (their own "I", "he", "she" said before it; "his firm's server blocked our domain" is IT's)
        r"(?<![\w'])(?:i|he|she|they)(?: have| has| had|'ve|'s|'d| just| now| already){0,2} block(?:ed|ing)? "
        r"(?:your|ur|our) (?:domain|e-?mail address|e-?mails?|address))|"
        r"(?P<unsub>unsubscribe|unsubscribed)|opt(?:ed|s)? (?:me |him |her |them )?out(?! of (?:the )?"
        r"(?:process|on-call|on call|pension|overtime|weekend))|opt-out|"
        rf"(?P<remove>(?:remove|erase|delete|wipe|purge|expunge|scrub|strike) {ME} (?:from|of|off)|"
        # "plz remove frm ur db": the person left out, the list named
        rf"remove (?:from|off) (?:your|our) {_OUR_LIST}\b)|(?P<data>remove (?:my|his|her|their) {_DATA})|"
        rf"remove (?:from|off) (?:all|every|any) {_OUR_LIST}|"
        rf"(?P<take>(?:take|took) {ME} (?:off|out (?:of )?(?:the|your|our|this) {_OUR_LIST}))|"
        rf"(?:take|took)\W{{1,3}}me\W{{1,3}}off\b|"
        rf"(?:be |been |get |got )?(?:taken|removed) (?:off|from|out of) (?:your|the|our|all) {_OUR_LIST}|"
        # "to be removed from all future correspondence": everything we would send
        rf"(?:taken|removed) (?:off|from) (?:(?:all|any)(?: (?:future|further))?|future|further) {_OUR_MAIL}|"
        # "remove from all recruitment comms", "req removal fr all comms": everything we send, the
        # person left out of the request as a note or a form has it (all marketing is one mailing)
        rf"remov(?:e|al) (?:from|fr|frm|off) (?:all|any)(?: (?:future|further))?(?: (?:recruitment|recruiting|"
        rf"recruiter|job|talent|career))? (?!marketing\b){_OUR_MAIL}\b(?![^.;!?]*\b(?:except|apart from|other than|save for)\b)|"
        r"(?:to be|be|been|get|got) (?:taken|removed) off(?=\W*(?:$|[.!?]))|"
        rf"(?:wants?|wanted|asked) (?:to be )?(?:off|out of) (?:your|the|our) {_OUR_LIST}|"
        rf"(?:delete|erase|wipe|destroy|purge|expunge) (?:my|his|her|their|all|any)(?: \w+){{0,2}} {_DATA}|"
        rf"{_NOT} (?!cold[- ]call)(?:\w+ )?(?:{GENERIC}|{CHANNEL_VERB})(?: {ME})?(?: \w+){{0,3}},? {ANY_MORE}|"
        # a refusal spread to every time and place after it: "don't text me about roles. not now,
        # not later", "never DM me - not here or anywhere else" ("not now" alone is a wait)
        rf"{_NOT} (?!cold[- ]call)(?:\w+ )?(?:{GENERIC}|{CHANNEL_VERB})(?: {ME})?(?: (?:about|re|regarding|with) (?:any |new |more )?"
        r"(?:jobs|roles|opportunities|openings|positions))?\W+(?:not now,? (?:or |and |nor |not )?(?:later|ever|"
        r"in the future)|not here,? (?:or|nor|not) anywhere(?: else)?)|"
        # "you don't need to contact me any more", "no need for you to write to me again"
        rf"(?:don't|do not|doesn't|does not) (?:need|have) to (?:\w+ )?(?:{GENERIC}|{CHANNEL_VERB})(?: {ME})?,? {ANY_MORE}|"
        # "asked in writing that nobody from here approach him again": a request, not a report;
        # "asked, firmly, that no one from our team contacts her again" (the verb with its -s)
        rf"(?:asked|asks|requested|requests|wants|wanted|insisted|demanded)(?:,? \w+){{0,3}},? (?:that )?"
        rf"(?:nobody|no one|no-one)(?: \w+){{0,3}} (?:{GENERIC}|contacts?|e-?mails?|calls?|messages?|writes? to) "
        rf"{ME},? {ANY_MORE}|"
        # "asked that neither we nor any agency acting for us approach her again": the same request,
        # said with "neither ... nor" (us first; "neither you nor she" is not us)
        rf"(?:asked|asks|requested|requests|wants|wanted|insisted|demanded)(?:,? \w+){{0,3}},? (?:that )?"
        rf"neither (?:we|us|you|this \w+|the \w+|our \w+) nor(?: [\w'-]+){{1,6}}? (?:{GENERIC}|contacts?|"
        rf"e-?mails?|calls?|messages?|writes? to) {ME},? {ANY_MORE}|"
        # "asking ... for nobody here to contact her again", "no one from our team is to call him again"
        rf"(?:for |that )?(?:nobody|no one|no-one)(?: (?:here|else|from (?:here|us|our \w+|the \w+|this \w+)))?"
        rf" (?:is to|should|must|to|may) (?:ever )?(?:{GENERIC}|contact|e-?mail|call|message|write to) "
        rf"{ME},? {ANY_MORE}|"
        rf"no (?:need|reason) (?:for you |for us )?to (?:\w+ )?(?:{GENERIC}|{CHANNEL_VERB})(?: {ME})?,? {ANY_MORE}|"
        # "we didn't get in touch about jobs": whether it is all roles is judged on what follows
        rf"{_NOT} (?:\w+ )?(?:get in touch|reach out|contact)(?= (?:about|regarding) )|"
        rf"{_NOT} (?:\w+ )?{GENERIC} {ME}(?! (?:for(?! (?:any |all |future |other |new |more |further )*"
        r"(?:roles?|jobs?|opportunit(?:y|ies)|positions?|vacanc(?:y|ies)|openings?)\b(?!\W+(?:in|at|for|"
        r"based|outside|paying|below|under|like|with|that|which)\b))|with|on|via|by|before|until|till|during|at|this|"
        r"before|after|in|through|outside))|"
        rf"(?:refrain|desist) from (?:{GENERIC}|{CHANNEL_VERB}|contacting|emailing|messaging)(?: {ME})?"
        rf"(?: {ANY_MORE})?|"
        # "please refrain from any further correspondence": all we would write, from now on
        rf"(?:refrain|desist) from (?:any |all )?(?:further|future) {_OUR_MAIL}|"
        # "kindly refrain from sending me opportunities henceforth"
        rf"(?:refrain|desist) from {SEND} {ME}(?: \w+){{0,3}} {ANY_MORE}|"
        rf"(?:asked|wants?|wanted|requested|prefers?|asks|said|told us|would like|'d like|wishes) (?:us |you |me )?"
        rf"(?:\w+ )?not to (?:be )?{_ALSO}(?:{GENERIC}|contacted|approached|bothered|reached out to|pestered)"
        rf"(?: {ME})?{_BY_US}(?: {ANY_MORE})?|"
        rf"(?:asked|wants?|wanted|requested|prefers?|asks|said|told us|would like|'d like|wishes) (?:us |you |me )?"
        rf"(?:\w+ )?not to (?:be )?{CHANNEL_VERB}(?: {ME})?{_BY_US} {ANY_MORE}|"
        # a recruiter's note of the request: "asked to be removed", "rang to be taken out of the pool"
        r"(?P<asked>(?:asked|asking|requested|requesting|wants|wanted|asks|called|calling|rang|ringing|phoned|"
        r"phoning|emailed|emailing|wrote(?: in)?|messaged|texted|got in touch|came back)(?: \w+){0,2}"
        # where or when it was asked: "asked at the campus fair to be deleted", "asked on the phone
        # yesterday to be removed"
        r"(?: (?:at|on|during|in|over|via|after)(?: \w+){1,6}?)? to be "
        r"(?:removed|taken off|taken out|deleted|forgotten|left alone|unsubscribed|pulled (?:from|off|out of)))|"
        # "No need to keep me in mind for anything going forward": no wish to be thought of at all
        rf"(?P<keep>(?:no need to|(?:please |pls |plz )?(?:don't|dont|do not|not to)(?: need to)?|no point(?: in)?) "
        rf"keep(?:ing)? (?:{ME}|(?:my|his|her|their) {_DATA}) (?:in mind|on file|on (?:your|the|our) "
        rf"(?:radar|books|list|files?|database|system|records))(?: for anything(?: else)?)?"
        rf"(?: (?:going|moving) forward| {ANY_MORE})?(?=\W*(?:$|[.!;,(-]|or\b|and\b)))|"
        # "delete the personal information your company holds about me": all they hold, not one detail
        r"(?:delete|erase|wipe|remove|destroy|purge) (?:everything|all|anything|whatever|(?:the|any|all(?: of)?"
        r"(?: the)?) (?:personal )?(?:information|data|details|info|records))(?: that| which)? (?:you|your "
        r"(?:company|firm|team|organi[sz]ation|business|agency)|you guys) (?:holds?|have|has|keeps?|stores?)"
        r"(?: \w+){0,2} (?:about|on|of) (?:me|him|her|them)|"
        rf"(?:removal|deletion|erasure) (?:request|from (?:the |your |our |all )?{_OUR_LIST}|of (?:my|his|her|"
        rf"their|all)(?: \w+)? {_DATA})|(?:requested|requests|requesting|asked for) (?:removal|deletion|erasure)"
        r"(?=\W*$|[.!?;]| under (?:the )?(?:uk |eu )?(?:gdpr|dpa|data protection|pdpa|pdpo|popia|ccpa|privacy))|"
        rf"(?:wants?|want) nothing (?:more|further|else) (?:to do with|from) (?:us|you)|"
        # "wants nothing from us again", "wants nothing to do with us ever": for good, said so
        rf"(?:wants?|want) nothing (?:to do with|from) (?:us|you) {ANY_MORE}|"
        rf"(?P<mail>(?:doesn't|does not|don't|do not) want (?:any more|anymore|more|any further|further) {_OUR_MAIL})|"
        r"no contact(?=\W+(?:(?:as )?per|at|by)? ?(?:(?:her|his|their|the candidate's|cand's|candidate|cand) )?request|"
        r"\W*(?:please|pls)\b)|"
        rf"no (?:further|more) (?:job |jobs |recruiter |recruiting |recruitment )?{_OUR_MAIL}|"
        # "no more calls, emails or messages (of any kind)": every way we write, listed
        # "no more texts ni calls": a Spanglish note joins them with "ni"
        rf"no (?:further |more ){_WAYS}(?:(?:,| or| and| nor| ni|/)+ ?{_WAYS})+|"
        rf"no {_WAYS}(?:(?:,| or| and| nor|/)+ ?{_WAYS})+ (?:of any kind|whatsoever|at all)|"
        # "doesn't want recruiter messages from you or anyone at your firm"
        rf"(?:doesn't|does not|don't|do not) want (?:any |your )?(?:recruiter |recruitment |recruiting )?"
        rf"{_OUR_MAIL} from (?:you|us|your|anyone|recruiters)|"
        rf"{MORE_OPT_OUTS}|"  # more ways, in their own module
        r"(?:do not|don't|dont) contact|do-not-contact|never contact|not to be contacted|"
        # a sourcer's flag on the person: "internal now - don't source", "do not poach her"; a
        # source named after it ("don't source from Meta") or a time ("don't source yet") is no flag
        r"(?:do not|don't|dont|never|no) (?:re-?)?(?:source|poach)(?:ing)?(?: (?:him|her|them|this person|this one))?"
        r"(?=\W*(?:$|[.!;]|\s[-–—]\s|,? (?:please|pls|thanks|ever|again|any ?more)\b))|do[- ]not[- ](?:source|poach)\b|"
        rf"leave {ME} (?:alone|be\b|in peace)|lose (?:my|his|her|their) (?:number|details|e-?mail(?: address)?|address|contact(?: details| info)?|info|cv|resume|data)|"
        # "please don't write again", "do not write any more": writing to them, with no "me" said
        # ("I won't write again" is their promise, not a request)
        rf"(?<!\bi )(?<!\bwe )(?:don't|do not|dont|never) (?:ever )?write (?:again|any ?more|ever again)\b|"
        # "I'm no longer accepting recruiter messages": what recruiters send, refused from now on
        r"(?:no longer |(?:not|don't|do not) (?=[\w ]+ (?:any ?more|again)\b))(?:accept(?:ing|s)?|tak(?:ing|es?)) (?:any )?"
        r"(?:recruiter|recruiters'?|recruitment|recruiting|agency|headhunter)s? (?:messages|emails|e-mails|calls|"
        r"contact|inmails|approaches|outreach|dms)(?: (?:any ?more|again))?|"
        # "not interested in any role through your firm, now or later": every role from us, for good
        r"not (?:\w+ )?interested in any (?:roles?|jobs?|positions?|opportunit(?:y|ies)|vacanc(?:y|ies))"
        r"(?: (?:through|from|with|via) (?:you|us|your (?:firm|agency|company|team|consultancy)|this "
        r"(?:firm|agency|company)))?,? (?:now or (?:later|ever|in (?:the )?future)|ever(?: again)?|"
        r"(?:at all,? )?(?:now or )?(?:in (?:the )?future))(?=\W*(?:$|[.!;]))|"
        # "no interest in working for you, now or ever", "not interested and never will be": no
        # wish for anything from us, for good. Unscoped, only as a sentence of its own ("Managing
        # people? Not interested and never will be" answers a topic); "not interested in nights,
        # now or ever" is a scope, "not interested now, maybe in spring" a pause.
        r"(?:(?:^|(?<=[.!] )|(?<=[.!]))(?:(?:i'm|i am|im|she's|she is|he's|he is|they're|they are|honestly|"
        r"sorry|(?:thanks|thank you)(?:,? but)?)\W+)*(?:not|zero|no) (?:\w+ )?interest(?:ed)?|(?:not|zero|no) (?:\w+ )?"
        r"interest(?:ed)? (?:in|about) (?:working|being|joining) (?:(?:for|at|with) )?(?:you|u|us|you guys|your "
        r"(?:company|firm|agency|team|organi[sz]ation)|this (?:company|firm|organi[sz]ation)))"
        r"(?:,? (?:(?:either )?now or (?:ever|in (?:the )?future|later)|(?:and|&) (?:i |he |she |they )?never will be|"
        # "not interested. ever.": the "ever" its own sentence, said to the whole of us
        r"ever again)|[.!,]+ +ever(?: again)?)(?=\W*(?:$|[.!;]))|"
        # "Hard pass, forever": a no to us for good, not to one role ("hard pass on this one")
        r"hard pass\W{1,3}(?:forever|for good|for life|permanently|for ever)\b(?!\W*(?:on|for|with|to|about|re|from)\b)|"
        r"(?:doesn't|does not|don't|do not|no longer) (?:want|wish)(?:es|s)? to (?:hear from|be contacted|receive|get) "
        r"(?:you|us|recruiters|any|anything|emails|messages|further|your (?:firm|agency|company|team|consultancy))|"
        # "hard no on any future outreach", "declines all further contact": every approach from now
        # on, refused ("no further contact needed until March" is a pause; "... about nights" a scope)
        r"(?:(?:hard |a )?no (?:on |to )?|(?:declin|refus|object)(?:es|ed|ing|e)? (?:to )?|not open to |"
        r"opt(?:s|ed)? out of )(?:any |all )?(?:future |further )(?:contact|outreach|approaches|"
        r"communications?|comms)(?! (?:needed|required|necessary|until|till|before|for now|this|about|"
        r"re\b|regarding|for|on|in|at|via|by|over|through|after))(?=\W*(?:$|[.!;,]|\s[-–—]\s|please|pls|"
        r"from (?:us|you|this|our|the agency)|ever|at all|thanks?))|"
        r"(?:any|all) (?:future |further )(?:contact|outreach|approaches) (?:is|would be) (?:unwelcome|not welcome)|"
        rf"(?:doesn't|does not|don't|do not|no longer) (?:wish|want)(?:es|s)? to be {_ALSO}(?:contacted|approached)"
        rf"{_BY_RECRUITERS}(?=\W*(?:$|[.!;])|{_FUTURE_ROLES})|"
        # "I don't want recruiter emails, now or ever": what recruiters send, refused as such
        rf"(?:doesn't|does not|don't|do not) want (?:any |your )?(?:recruiter|recruiters'|recruitment|recruiting|"
        rf"agency|headhunter) {_OUR_MAIL}(?:,? (?:now or ever|now or in the future|(?:now )?or ever|{ANY_MORE}))?"
        r"(?=\W*(?:$|[.!;]))|(?:rather|prefer|prefers) not be (?:contacted|approached|bothered)|"
        # ("take my number out your system": the "of" dropped, as said aloud)
        rf"(?:take|remove|delete) (?:my|his|her|their) {_DATA} (?:off|from|out of|out) (?:your|ur|the|our|all) {_OUR_LIST}|"
        r"not (?:\w+ )?interested (?:in|to) (?:hear(?:ing)? (?:from|about)|(?:any|no)(?: more| further)? (?:roles|"
        r"jobs|positions|opportunities|contact|emails|messages)|any (?:job|recruiter|recruitment) (?:messages|emails|calls|"
        r"contact)(?: ever| again| at all| any ?more)?(?=\W*(?:$|[.!;]))|future (?:roles|opportunities|contact)|being contacted|"
        # "not interested in any future roles from your agency": everything we will send, for good
        r"any future (?:roles|jobs|opportunities|positions|contact)(?: (?:from|through|with|via) (?:you|u|us|"
        r"your|ur|this) ?(?:firm|agency|company|team|consultancy)?)?(?=\W*(?:$|[.!;]|,? (?:thx|thanks|pls|please)\b))|"
        # "not interested in anything from you": whatever we send, said with nothing after it
        # ("anything from you right now" or "unless it's remote" is not it)
        r"anything (?:(?:else |at all )?from (?:you|u|you guys|your (?:firm|agency|company|team)|this agency)|"
        r"(?:you|u) (?:send|have|offer))(?=\W*(?:$|[.!;])))|"
        r"not interested\W+(?:please |so )?(?:stop|leave|remove|unsubscribe)|"
        # "zero interest in hearing from your agency": no wish to hear from us at all
        r"(?:zero|no) interest (?:in|to) hear(?:ing)? from (?:you|us|your|recruiters|this|the agency|agencies)|"
        r"(?:wants?|asked|requested) (?:no|zero) (?:further |more )?contact|"
        r"(?:withdr[ae]wn?|withdraws|withdrawing|revoked?|revokes|revoking|retract(?:s|ed|ing)?|pulled|pulling) "
        r"(?:her |his |their |my |all |any |the )?(?:gdpr |data |data-processing |data processing )?consent|"
        # "consent withdrawn", "her consent has been revoked"
        r"consent (?:(?:is|has been|was|now|hereby) )?(?:withdrawn|revoked|retracted)|"
        # "delete me 👋", "pls erase me": the person, asked for alone at the end of a line
        r"(?:please |pls |plz |just )?(?:delete|erase|wipe|forget) (?:me|him|her)(?=\W*$|\s*[.!]+)|"
        # "please no longer contact me", "if you would no longer email me"
        rf"no longer (?:{GENERIC}|contact|e-?mail(?:ed)?|messag(?:e|ed)|write to|call(?:ed)?|ring|phoned?|"
        rf"text(?:ed)?)(?= {ME}\b)(?: {ME})?|"
        r"no longer (?:gives|consents?)|"
        # consent refused from now on: "I do not consent to any further electronic messages from you"
        r"(?:don't|do not|doesn't|does not|no longer|won't|will not) consents? to (?:any |receiving (?:any )?)?"
        r"(?:further|more|future) (?:electronic )?(?:messages|emails|e-mails|contact|communications?|texts|calls)|"
        # consent refused to contact itself: "I do not consent to being contacted by your team going
        # forward" (not "... to being contacted at work", nor "I do consent to you keeping my CV")
        rf"(?:don't|do not|doesn't|does not|no longer|won't|will not) consents? to (?:being|be) {_ALSO}"
        rf"(?:contacted|approached|emailed|messaged|recruited){_BY_RECRUITERS}(?=\W*(?:$|[.!;])|{_FUTURE_ROLES})|"
        r"right to (?:be forgotten|erasure)|gdpr (?:erasure|deletion|removal|request)|(?:article|art\.?) ?17\b|"
        r"(?:prefer|rather|like|wish|want|wants|asked|asks) not to (?:hear|be hearing) from (?:you|us|recruiters|"
        r"anyone)|"
        r"(?:don't|do not|doesn't|does not|no longer|not) (?:wish|want|need)(?:es|s)? to (?:receive|get|hear|be contacted|be approached|be emailed)(?: \w+){0,4} "
        rf"(?:from (?:you|us|recruiters|your company)|emails|messages|{ANY_MORE})|"
        rf"(?P<nothing>(?:don't|do not|never|stop) send(?:ing)? (?:me|him|her) (?:anything|any more|more|"
        rf"further)(?: else| {_OUR_MAIL})?)|"
        # "I must ask that your firm ceases all contact with me"
        r"(?:cease|ceases|ceased|ceasing) (?:all |any )?(?:further )?(?:contact|contacting|communication|"
        r"communicating|emails|emailing|messaging)|"
        # the GDPR objection (art. 21): "I object to the processing of my data", "objects to us holding her data"
        r"object(?:s|ed|ing)? to (?:the |any |all )?(?:further |continued )?(?:processing|use|storage|holding|retention)"
        r" of (?:my|his|her|their) (?:personal )?(?:data|details|information)|"
        r"object(?:s|ed|ing)? to (?:you|us) (?:processing|holding|keeping|storing|using) (?:my|his|her|their) "
        r"(?:personal )?(?:data|details|information)|"
        # ... named by its article: "objected under Art. 21", "an Article 21 objection", "objected to
        # processing" said alone (of their data, as the GDPR has it)
        r"(?:article|art\.?) ?21 (?:uk |eu )?(?:gdpr )?(?:objection|request)|"
        r"(?:object(?:s|ed|ing)?|objection)(?: to (?:the |any |all |further )?(?:data )?processing)? under "
        r"(?:the )?(?:uk |eu )?(?:gdpr )?(?:article|art\.?) ?21\b|"
        r"object(?:s|ed|ing)? to (?:the |any |all |further )?(?:data )?processing(?=\W*(?:$|[.;!]))|"
        r"cease and desist|"
        r"(?:data|details|information|info|profile|record|records|cv) (?:to be |be |being )?(?:deleted|erased|"
        r"removed|wiped)|"
        # "I want my number removed" (an old one, or one with a new one given, is ``contact_channels.one_detail``)
        r"(?:want|wants|wanted|like|'d like) (?:my|his|her|their) (?:mobile |phone |contact )?(?:number|email "
        r"address) (?:to be )?(?:deleted|erased|removed|wiped)|"
        r"forget (?:about )?(?:me|him|her|them)\b|(?:wants|asked|asks) to be forgotten|"
        r"mark(?:ed|s)? (?:us|our (?:emails?|messages?)|(?:the|your|our) emails?|it) as spam|"
        r"(?:don't|do not|doesn't|does not) want to be (?:on|in|kept on|kept in) (?:your|the|our) "
        r"(?:database|list|system|books|records|talent pool)|"
        r"(?:archive|deactivate|close|delete|shut|bin) (?:my|her|his|their) (?:candidate )?(?:profile|account|"
        r"records?|file|cv|details)|"
        rf"{_NOT} (?:\w+ ){{0,3}}(?:hear|hearing)(?: \w+){{0,4}} {ANY_MORE}|"
        r"has opted out(?! of)|opted out(?! of)|opted out of (?:all |any |further |future )?(?:emails|"
        r"communications?|contact|marketing|mailings?|messages|outreach|(?:your|our|the) (?:list|mailing list|"
        r"database|talent pool))|"
        r"off (?:your|the|our) (?:list|books|database|mailing list)|"
        # a consultant's flag: "flagged do-not-call", "marked as do not email", "DNC'd him", "do not
        # re-add to campaigns" (``reading.contact`` keeps a flag on one line with another offered a
        # channel)
        r"(?P<flag>(?:flagged|flag|marked|mark|set|tagged|put|added)(?: (?:him|her|them|cand|candidate|as|to|"
        r"on|onto|with|the|a|an))* do[- ]not[- ](?:call|phone|ring|e-?mail|mail|approach|text|message)(?: list)?|"
        r"(?:dnc|do not contact)'d|(?:do not|don't|never) re-?add (?:me |him |her |them )?(?:to|on)(?: any| the| our| "
        r"your)? (?:campaigns?|mailings?|lists?|mailers?|outreach|the crm|the database|sequences?))"
        r")\b"
    ),
    min_len=5,  # shorter pieces (" to ", "her") are in most notes
)
# A bare "Stop." as a reply (an emoji after it, "STOP 🛑", is still all it says); or the texting
# keyword "STOP", set apart by a dash or a colon,
# before why ("STOP - no more jobs", "stop: not interested"), not "stop calling at work".
BARE_STOP = gated(
    re.compile(
        r"(?:^|(?<=[.!?;:]))\s*(?:please\s+|just\s+)?(stop)(?:\s+(?:please|now|it|already)){0,2}"
        # thanked in any language: "STOP merci", "STOP. Thanks", "stop, danke"
        r"(?:[\s,.!–—-]+(?:thanks|thank you|thx|ty|cheers|merci(?: beaucoup)?|danke(?: sch[öo]n)?|gracias|"
        r"grazie|obrigad[oa]|bedankt|dank je(?: wel)?|dzi[eę]kuj[eę]|tack|kiitos|salamat(?: po)?|shukran))?"
        r"(?:[^\w?]*$|\s*[.!]+(?=\s)|"
        r"\s*[-–—:]+\s*(?=no (?:more|further)\b|not interested\b|remove\b|unsubscribe\b|leave me\b|"
        r"(?:don't|do not|dont) (?:contact|text|call|email|message|write)\b))"
    )
)
# "REMOVE", "unsubscribe me": the whole reply one word of removal (not "remove my old email").
BARE_REMOVE = re.compile(r"^\W*(?:please\s+|pls\s+)?(remove(?:\s+me)?|unsubscribe(?:\s+me)?)\W*$")
# "no thanks" is an opt-out as a bare reply to outreach - not "no thanks, not a fit" or "not now".
NO_THANKS = gated(
    re.compile(
        r"(?:^|[\"'“(:]|\breplied\W+|\bsaid\W+|\breply\W+|\banswer\w*\W+|\bresponded\W+)"
        r"\s*(?:(?:nah|nope|no|hi|hello|hey|sorry|thanks)\W+)?(no,? thanks?(?: you)?)\b"
    )
)

# A stop of theirs told again as what they asked before: "I asked you to stop contacting me", "she
# had asked to come off our lists", "I know I told you to remove me".
_RECALLED_STOP = (
    r"(?:(?:i|she|he|they|we)(?:'d| had| did)? (?:know i |know she |realise i |realize i )?(?:asked|told|requested|"
    # "I told your colleague to stop calling": whoever on our side heard it
    r"begged|wanted)(?: (?:you lot|you|u|us|the team|you guys|you all|y'?all|ya'?ll|to be|(?:your|the|one of your) "
    r"(?:colleague|recruiter|consultant|team ?mate|agent|desk|office|team)s?))? (?:to |not to |for )?(?:please )?(?:stop|be removed|"
    r"come off|be taken off|take (?:me|him|her|them) off|remove (?:me|him|her|them)|unsubscribe|opt out|not be "
    # "I know I asked you not to email me": the stop said as the act refused ("asked you to email
    # me" asks for contact, so only after "not to")
    r"contacted|(?<=not to )(?:contact|call|ring|phone|e-?mail|message|text|write to) (?:me|him|her|them)\b|leave (?:me|him|her|them) alone|delete (?:me|him|her|them|my|his|her)|no (?:more |further )?"
    r"contact)|"
    # a do-not-contact flag we set, recalled by the person: "I know your colleague marked me
    # do-not-contact", "you lot flagged me as DNC last year"
    r"(?:you|you lot|you guys|your (?:colleague|team|recruiter|agency|desk|firm|office)|someone|somebody) "
    r"(?:\w+ )?(?:marked|flagged|put|set|listed|logged|tagged) (?:me|him|her|them) (?:as |on |down as )?(?:a )?"
    r"(?:do[- ]not[- ]contact|dnc)\b)"
)
# An earlier refusal of theirs, named as such: "what I said before", "my no from March", "the
# no last year" - and, after "changed my mind about", a time it was said ("last year", "March").
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
)
_WHEN_SAID = (
    rf"(?:(?:back )?(?:in|from|during) (?:the )?(?:{_MONTHS}|spring|summer|autumn|winter|(?:20)?\d\d)|"
    r"(?:last|the) (?:time|year|month|spring|summer|autumn|winter|week)|before|earlier|previously|the other day|"
    r"(?:a|one|two|three|six|few|couple of) (?:\w+ )?(?:weeks?|months?|years?) ago)"
)
_EARLIER_NO = (
    r"(?:what (?:i|she|he|they) (?:said|told (?:you|u|us)|wrote)|(?:my|her|his|their|the|that) "
    r"(?:earlier |previous |last |old |original |first )?(?:no|refusal|answer|reply|response)|"
    r"(?:the|that|my|her|his|their) (?:hard |flat )?no|(?:saying|i said|she said|he said|they said) "
    r"(?:no|never|not interested))"
)
_EARLIER_NO_REVOKED = (
    rf"(?:(?:ignore|disregard|forget|scrap|scratch|bin|cancel|retract|withdraw|strike|take back|"
    rf"taking back|took back|ignoring|forgetting|scrapping|reversing|reverse|overturn)(?: about)? "
    rf"{_EARLIER_NO}(?: {_WHEN_SAID}| about never| about not)?(?!(?: [\w']+){{0,4}} about (?!never|not\b|no\b|coming back|"
    r"hearing|being contacted|contact|staying in touch|roles|jobs|opportunities|you\b|us\b|the team))|"
    rf"(?<!not )(?<!n't )(?<!never )(?<!nt )changed (?:my|her|his|their) minds? (?:about|on|since|re|"
    rf"regarding|from) (?:{_WHEN_SAID}|{_EARLIER_NO}|(?:my|her|his|their|the) (?:earlier |previous |last )?"
    r"(?:no|decision|answer)|(?:never )?(?:coming|going) back|(?:never )?(?:hearing|working) (?:from|with) "
    r"(?:you|u|us|the team))|"
    r"(?:i|she|he|they) (?:was|were) wrong (?:to say|to tell (?:you|u|us)|when (?:i|she|he|they) said) "
    r"(?:no|never|not interested|i wasn't interested)|"
    r"(?:my|her|his|their|the) (?:earlier |previous |last |old )?no (?:no longer stands|is (?:off|withdrawn|"
    r"no longer)|doesn't stand))"
)
# ... and what says it no longer holds, said after it: looking again, please get in touch.
_TURNED_BACK = (
    # "please do write", "do write to me": a letter asked for, as a call or an email is
    r"(?:(?:please|pls|do|please do) (?:do )?write\b(?! (?:off|down|up|it|that|this)\b)|"
    r"(?:i'm|i am|she's|she is|he's|he is|they're|they are) (?:now |actually |back )?(?:actively )?(?:looking|open|keen|"
    r"interested|ready|available|on the market)(?: again| now)?|"
    # a WhatsApp reply leaves the person out: "now actively looking", "actively looking now"
    r"(?<![\w'] )(?:now (?:actively |seriously )?looking|(?:actively|seriously) looking now)|"
    # "... but I'm after a site job now", "she's after a perm role again"
    r"(?:i'm|i am|she's|she is|he's|he is|they're|they are) (?:now |back )?after (?:a |an |some )?(?:[\w-]+ )?"
    r"(?:job|role|work|position|start)s? (?:now|again)|"
    # the imperative after a recalled stop or an apology needs no "please": "..., but get in touch"
    r"(?:(?:please|pls|do|please do) (?:do )?|(?<!not )(?<!n't )(?<!nt )(?<!never ))(?:get (?:back )?in touch|contact (?:me|him|her|them)|reach out|"
    r"(?:text|call|email|e-mail|message|ring) (?:me|him|her|them)\b|keep (?:me|him|her|them)"
    r" (?:on file|on (?:your|the|our) (?:list|lists|books|database|system)|posted|in the loop|in mind)|send (?:me|him|"
    r"her|them) (?:roles|jobs|anything|opportunities)|send (?:anything|roles|jobs|opportunities)|"
    # "do send cleared Python roles my way": the roles named by a word or two, sent their way
    r"send (?:[\w/+#-]+ ){1,3}(?:roles|jobs|opportunities|openings) (?:my|his|her|their) way|"
    r"put (?:me|him|her|them) back)|"
    r"(?:happy|glad|keen|open) to (?:hear (?:about|from)|be contacted|be kept|talk|chat)|"
    # "sorry for snapping - I'd welcome hearing about roles": glad of word from us, said formally
    r"(?:would|'d) (?:really |very much |genuinely )?(?:welcome|appreciate|value) (?:hearing (?:about|from)|being "
    r"(?:contacted|kept (?:in the loop|posted|informed)))|"
    r"(?:changed (?:my|her|his|their) minds?)|"
    # "pls send me SM roles", "keen again now", "wants to hear about area roles"
    r"(?:please |pls )?send (?:me|him|her|them) (?:[\w-]+ ){1,2}(?:roles|jobs|opportunities)|"
    # "job hunting now, send me whatever you got": searching again, and asking for all there is
    r"(?<!not )(?<!n't )(?<!never )(?:job[- ]?hunting|job[- ]?searching|actively looking) (?:now|again)|"
    r"send (?:me|him|her|them) (?:whatever|everything|all|what) (?:you've |you |u |ya |y'?all )?(?:got|have)|"
    r"(?:please |pls )?(?:send|share) (?:me|him|her|them) (?:[\w-]+ ){1,2}(?:roles|jobs|opportunities|openings)|"
    # "pls share Java roles": Indian English shares what we would send
    r"(?:please |pls |kindly )(?:share|send) (?:(?:any |some |the |your )?[\w-]+ ){0,2}(?:roles|jobs|openings|"
    r"opportunities|jds)|"
    r"(?<!not )(?<!n't )(?<!never )(?:keen|looking|interested|open) again|(?:wants?|(?:would|'d) (?:now |really |actually )?like) to hear (?:about|from))"
)
# An earlier message of theirs apologised for: "sorry about that msg back in Feb", "sorry for
# snapping in January", "apologies for my rude email" - then a turn back (``_TURNED_BACK``).
_SORRY_FOR_IT = (
    r"(?:(?:sorry|apologies|apologise|apologize|my bad)\b[^.!?\n]{0,40}?\b(?:msg|message|text|email|e-mail|"
    # "apologies for the curt note in January", "sorry for my blunt reply"
    r"curt|terse|blunt|abrupt|brusque|harsh|sharp|"
    r"reply|response|snapping|snapped|being (?:short|rude|snappy|off)|rude|outburst|rant|what i said|"
    r"that (?:msg|message|text|email))\b|"
    # "sorry mate, was in a bad place back then", "apologies about earlier in the year"
    r"(?:sorry|apologies|my bad)\b[^.!?\n]{0,40}?\b(?:back then|at the time|about earlier|for earlier|"
    r"about before|last time)\b|"
    # the state it was said in, put behind them: "I was stressed earlier this year", "she was
    # burnt out back then"
    r"(?:i|she|he|they) (?:was|were) (?:really |so |very |a bit )?(?:stressed(?: out)?|burnt out|burned out|"
    r"overwhelmed|in a (?:bad|dark|rough) (?:place|way|headspace|patch)|going through a (?:lot|rough patch|hard time))"
    r"\b[^.!?\n]{0,20}?\b(?:earlier|back then|at the time|then|last (?:year|month|time|spring|summer|autumn|"
    r"winter)|before)\b)"
)


# A stop taken back, in this note or a later one: "changed my mind, happy for you to stay in touch
# after all", "I'd be glad to hear about roles again", "put me back on your list". Said as a
# reversal ("again", "after all", "back"), never a plain yes, so it lifts only an earlier stop.
OPT_IN = gated(
    re.compile(
        r"\b(?:(?:happy|glad|keen|pleased|ok|okay|fine|open|willing|like|love|want)(?: for (?:you|us))?"
        r"(?: \w+)? to (?:hear (?:about|from)|hearing about|stay in touch|keep in touch|be(?:ing)? (?:contacted|kept (?:in the loop|"
        r"posted|informed))|get (?:roles|jobs|emails|messages))[^.;!?\n]{0,40}?\b(?:again|after all|once more)|"
        # "I'd welcome hearing about roles again", "she would appreciate being contacted again"
        r"(?:would|'d) (?:really |very much |genuinely )?(?:welcome|appreciate|value) (?:hearing (?:about|from)|being "
        r"(?:contacted|kept (?:in the loop|posted|informed)))[^.;!?\n]{0,40}?\b(?:again|after all|once more)|"
        r"(?:stay|keep) in touch after all|(?:keep|put|add) (?:me|him|her|them) (?:back )?(?:on|in) (?:your |the |"
        r"our )?(?:list|loop|books|system|database)(?: again| after all)|"
        r"(?:add|put) (?:me|him|her|them) back|"
        # "retirement is boring - happy to be back on your list", "keen to get back on your books"
        r"(?<!not )(?<!n't )(?:happy|glad|keen|pleased|ok|okay|fine|open|willing|like|love|want)(?: for (?:you|us))?"
        r"(?: \w+)? to (?:be|get|go|come) back (?:on|in) (?:your |the |our )?(?:list|lists|books|database|system|radar|loop)|opt(?:ed|ing)? (?:me |him |her |them )?back in|"
        r"re-?subscrib\w+|you can (?:contact|email|message) (?:me|him|her|them) again|"
        # "please reinstate me", "re-registered and given consent again", "she has re-consented"
        r"(?<!not )(?<!n't )(?<!never )(?:reinstate (?:me|him|her|them)\b|(?:have |has |had )?re-?register(?:ed|ing)?\b|"
        r"re-?consent(?:ed|ing|s)?\b|(?:given|gave|give|giving|renewed|restored|granted) (?:my |her |his |their |"
        r"us |you )?(?:gdpr |data )?consent (?:again|back(?! (?:in|on|at|when|then|last|before)\b)|once more|anew))|"
        r"(?:feel free|free) to (?:contact|email|message|reach out to) (?:me|him|her|them) again|"
        # "you're welcome to get in touch again about roles", "you are more than welcome to call me again"
        r"(?<!not )(?:you're|you are|you'd be|you'll be|you will be)(?: (?:more than|very|most))? welcome to "
        r"(?:(?:contact|email|e-mail|message|reach out to|get in touch with|write to|call|ring) (?:me|him|her|them)"
        r" again|(?:get|be) in touch again|reach out again)|"
        # "I've changed my mind, please keep me on it", "changed her mind - happy to be contacted"
        r"(?<!not )(?<!n't )(?<!never )changed (?:my|her|his|their) minds?\b[^.;!?\n]{0,40}?\b(?:(?:keep|leave) "
        r"(?:me|him|her|them) on\b|stay on (?:your|the|our) (?:list|books|database|system)|(?:happy|glad|ok|okay|"
        r"fine|open|keen|willing)(?: for (?:you|us))? to (?:hear|be contacted|be emailed|stay|get|receive)|"
        r"(?:you|we) (?:can|may) (?:contact|email|message|reach|call)|(?:please|do) (?:contact|email|message) "
        # "changed my mind - do keep me posted on cleared roles"
        r"(?:me|him|her|them)\b|(?:(?:please|pls|do) )?keep (?:me|him|her|them) (?:posted|in the loop|informed|"
        r"updated|on file|in mind))|"
        # the request itself taken back: "please disregard my earlier request to be removed",
        # "rang to cancel her opt-out", "withdrew his unsubscribe request"
        r"(?:disregard|ignore|cancel(?:l?ed|s)?|withdr[ae]w(?:n|s)?|withdraw(?:ing)?|retract(?:ed|s)?|scratch|undo|"
        r"revers(?:e|ed|es)|rescind(?:ed|s)?) (?:my|her|his|their|the|that) (?:earlier |previous |last |old |"
        r"recent |original )?(?:request to (?:be removed|be taken off|opt out|unsubscribe|stop|not be contacted)|"
        r"(?:removal|deletion|unsubscribe|opt[- ]?out|stop|do[- ]not[- ]contact) request|opt[- ]?out|"
        r"unsubscribe|removal)|"
        r"(?:no longer|don't|do not|doesn't|does not) want(?:s)? to be (?:removed|taken off|unsubscribed|opted out)"
        r"(?! (?:from|off) (?:the|this|that) (?:\w+ )?(?:shortlist|process|role|interview))|"
        # the stop recalled, then turned: "I know I asked you to stop contacting me in January, but I'm
        # looking now - please do get in touch", "she'd asked to come off our lists; things have
        # changed, keep her on file"
        # "... in January - I've changed my mind, please get in touch": a change of mind is the turn
        # too (a turn back must still follow it, and "haven't changed my mind" is none)
        rf"{_RECALLED_STOP}[^.!?\n]{{0,90}}?(?:[.!?]\s+|\W)(?:but|however|though|although|now|things|"
        r"(?<!not )(?<!n't )(?<!never )(?<!nt )changed (?:my|her|his|their) minds?|had a change of heart|"
        rf"circumstances|sorry|anyway|water under the bridge|bygones|never mind|forget (?:that|it)|"
        # the heat gone out of it: "I've cooled off", "she has calmed down since"
        rf"(?:i've|i have|she's|she has|he's|he has|they've|they have) (?:since )?(?:cooled off|calmed down)|"
        rf"scratch that|ignore that)\b[^\n]{{0,90}}?\b{_TURNED_BACK}|"
        rf"{_SORRY_FOR_IT}[^\n]{{0,90}}?\b{_TURNED_BACK}|"
        # an earlier message of theirs set aside, then a turn back: "ignore my January email - I'm
        # looking now", "disregard my last message, please keep me posted"
        rf"(?:ignore|disregard|forget|scratch|scrap) (?:my|her|his|their|that) (?:{_MONTHS} |earlier |previous |"
        rf"last |old |other )?(?:email|e-mail|message|msg|note|text|reply)s?\b[^\n]{{0,90}}?\b{_TURNED_BACK}|"
        # an earlier refusal taken back in so many words: "changed my mind about last year", "forget
        # the no from March", "scrap my earlier no", "I was wrong to say never"
        rf"{_EARLIER_NO_REVOKED}|"
        # back on the market in their own words, now: "laid off - open to pretty much anything now",
        # "would love to talk now if you still have roles", "I'm looking again" (only an earlier
        # stop is lifted by it; "not looking now" and "would love to talk in March" are not it)
        r"(?<!not )(?<!n't )(?:would|i'd|she'd|he'd|they'd) (?:love|like|be (?:happy|glad|keen)) to (?:talk|chat|"
        r"hear (?:about|from)|reconnect|catch up|connect)(?: [\w-]+){0,2}? now\b(?!\s*\?)|"
        r"(?<!not )(?<!n't )(?<!never )open to (?:pretty much |almost |just about |literally |basically )?anything now\b(?!\s*\?)|"
        r"\b(?:i'm|i am|she's|she is|he's|he is|they're|they are) (?:now |actually |finally |officially )?(?:looking|"
        r"open to offers|on the market|back on the market)(?: again| now)\b(?!\s*\?)|"
        r"(?:i'm|i am) free now\W+let'?s (?:talk|chat)|"
        # the team's do-not-contact flag taken off later, at their word: "DNC lifted at his
        # request", "removed the DNC flag" ("DNC not lifted", "could the DNC be lifted?" are not)
        r"(?<!not )(?<!n't )(?<!never )\b(?:dnc|do[- ]not[- ]contact)(?: (?:flag|status|marker|tag|request))?"
        r"(?: (?:was|has been|is|now|since))? (?:lifted|removed|cleared|reversed|revoked)\b(?!\s*\?)|"
        r"(?<!not )(?<!n't )(?<!never )\b(?:lifted|removed|cleared|reversed|revoked) (?:the |her |his |their )?"
        r"(?:dnc|do[- ]not[- ]contact)(?: (?:flag|status|marker|tag))?\b(?!\s*\?)|"
        # "I'd like to be considered again", "wants to be considered once more": back in the running
        r"(?<!not )(?<!n't )(?<!never )(?:(?:would|i'd|she'd|he'd|they'd|we'd) (?:like|love|be (?:happy|glad|keen))|"
        r"(?:wants?|wanted|asked|asks|keen|happy|glad)) to be considered (?:again|once more)"
        r")\b(?![^.!?;\n]{0,60}\b(?:still (?:not|no|a no|the same)|not interested|no thanks|remove|stop|"
        r"unsubscribe|delete|leave (?:me|him|her|them) alone))"
    )
)
