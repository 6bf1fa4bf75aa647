"""The ways people ask not to be contacted at all (data only: regular expressions).

``reading.contact`` decides which of these matches are opt-outs: a match scoped to a topic, a
list, a channel or a time ("stop emailing me about gambling roles", "take me off the Java alert",
"unsubscribe me from texts", "don't contact me again until June") is not one.
All patterns are written against the normalised text (lower case, shorthand expanded). The
pieces they are built of are ``reading.opt_out_words``; a stop taken back is
``reading.opt_in_phrases``.
"""

from __future__ import annotations

import re

from reading.contact_more import MORE_OPT_OUTS
from reading.gates import gated
from reading.opt_out_words import (
    ALSO,
    ANY_MORE,
    BY_RECRUITERS,
    BY_US,
    CHANNEL_VERB,
    DATA,
    FUTURE_ROLES,
    GENERIC,
    ME,
    NOT,
    OUR_LIST,
    OUR_MAIL,
    SEND,
    WAYS,
)

OPT_OUT = gated(
    re.compile(
        r"\b(?:"
        rf"(?P<stop>(?:stop|quit|(?<=you )stopped) (?:{GENERIC}|{CHANNEL_VERB})(?: {ME})?(?: {ANY_MORE})?)|"
        rf"(?P<send>stop {SEND}(?: {ME})?|(?:don't|do not|never) {SEND} {ME})|"
        rf"stop (?:any|all)(?: further| more)? (?:recruiting |recruitment |recruiter |job |talent )?{OUR_MAIL}(?! to (?!me\b|him\b|her\b|them\b)\w)|"
        # "STOP ALL TEXTS." said bare: one of the ways we write, stopped (``reading.contact`` keeps
        # it only with nothing narrowing it and no other way offered, as "Stop texting me.")
        r"(?P<stopall>stop (?:all|any)(?: further| more)? (?:the )?(?:texts|text messages|calls|phone calls))"
        r"(?=\W*$|\s*[.!\n])|"
        # "please stop all texts and calls": every way we write, listed
        rf"stop (?:any|all)(?: further| more)? (?:the )?{WAYS}(?:(?:,| or| and| nor|/)+ ?{WAYS})+|"
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
        rf"remove (?:from|off) (?:your|our) {OUR_LIST}\b)|(?P<data>remove (?:my|his|her|their) {DATA})|"
        rf"remove (?:from|off) (?:all|every|any) {OUR_LIST}|"
        rf"(?P<take>(?:take|took) {ME} (?:off|out (?:of )?(?:the|your|our|this) {OUR_LIST}))|"
        rf"(?:take|took)\W{{1,3}}me\W{{1,3}}off\b|"
        rf"(?:be |been |get |got )?(?:taken|removed) (?:off|from|out of) (?:your|the|our|all) {OUR_LIST}|"
        # "to be removed from all future correspondence": everything we would send
        rf"(?:taken|removed) (?:off|from) (?:(?:all|any)(?: (?:future|further))?|future|further) {OUR_MAIL}|"
        # "remove from all recruitment comms", "req removal fr all comms": everything we send, the
        # person left out of the request as a note or a form has it (all marketing is one mailing)
        rf"remov(?:e|al) (?:from|fr|frm|off) (?:all|any)(?: (?:future|further))?(?: (?:recruitment|recruiting|"
        rf"recruiter|job|talent|career))? (?!marketing\b){OUR_MAIL}\b(?![^.;!?]*\b(?:except|apart from|other than|save for)\b)|"
        r"(?:to be|be|been|get|got) (?:taken|removed) off(?=\W*(?:$|[.!?]))|"
        rf"(?:wants?|wanted|asked) (?:to be )?(?:off|out of) (?:your|the|our) {OUR_LIST}|"
        rf"(?:delete|erase|wipe|destroy|purge|expunge) (?:my|his|her|their|all|any)(?: \w+){{0,2}} {DATA}|"
        rf"{NOT} (?!cold[- ]call)(?:\w+ )?(?:{GENERIC}|{CHANNEL_VERB})(?: {ME})?(?: \w+){{0,3}},? {ANY_MORE}|"
        # a refusal spread to every time and place after it: "don't text me about roles. not now,
        # not later", "never DM me - not here or anywhere else" ("not now" alone is a wait)
        rf"{NOT} (?!cold[- ]call)(?:\w+ )?(?:{GENERIC}|{CHANNEL_VERB})(?: {ME})?(?: (?:about|re|regarding|with) (?:any |new |more )?"
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
        rf"{NOT} (?:\w+ )?(?:get in touch|reach out|contact)(?= (?:about|regarding) )|"
        rf"{NOT} (?:\w+ )?{GENERIC} {ME}(?! (?:for(?! (?:any |all |future |other |new |more |further )*"
        r"(?:roles?|jobs?|opportunit(?:y|ies)|positions?|vacanc(?:y|ies)|openings?)\b(?!\W+(?:in|at|for|"
        r"based|outside|paying|below|under|like|with|that|which)\b))|with|on|via|by|before|until|till|during|at|this|"
        r"before|after|in|through|outside))|"
        rf"(?:refrain|desist) from (?:{GENERIC}|{CHANNEL_VERB}|contacting|emailing|messaging)(?: {ME})?"
        rf"(?: {ANY_MORE})?|"
        # "please refrain from any further correspondence": all we would write, from now on
        rf"(?:refrain|desist) from (?:any |all )?(?:further|future) {OUR_MAIL}|"
        # "kindly refrain from sending me opportunities henceforth"
        rf"(?:refrain|desist) from {SEND} {ME}(?: \w+){{0,3}} {ANY_MORE}|"
        rf"(?:asked|wants?|wanted|requested|prefers?|asks|said|told us|would like|'d like|wishes) (?:us |you |me )?"
        rf"(?:\w+ )?not to (?:be )?{ALSO}(?:{GENERIC}|contacted|approached|bothered|reached out to|pestered)"
        rf"(?: {ME})?{BY_US}(?: {ANY_MORE})?|"
        rf"(?:asked|wants?|wanted|requested|prefers?|asks|said|told us|would like|'d like|wishes) (?:us |you |me )?"
        rf"(?:\w+ )?not to (?:be )?{CHANNEL_VERB}(?: {ME})?{BY_US} {ANY_MORE}|"
        # a recruiter's note of the request: "asked to be removed", "rang to be taken out of the pool"
        r"(?P<asked>(?:asked|asking|requested|requesting|wants|wanted|asks|called|calling|rang|ringing|phoned|"
        r"phoning|emailed|emailing|wrote(?: in)?|messaged|texted|got in touch|came back)(?: \w+){0,2}"
        # where or when it was asked: "asked at the campus fair to be deleted", "asked on the phone
        # yesterday to be removed"
        r"(?: (?:at|on|during|in|over|via|after)(?: \w+){1,6}?)? to be "
        r"(?:removed|taken off|taken out|deleted|forgotten|left alone|unsubscribed|pulled (?:from|off|out of)))|"
        # "No need to keep me in mind for anything going forward": no wish to be thought of at all
        # "I'd rather you didn't keep my details on file", "prefer you not keep me on your books"
        rf"(?P<keep>(?:no need to|(?:please |pls |plz )?(?:don't|dont|do not|not to)(?: need to)?|no point(?: in)?|"
        r"(?:(?<=rather you )|(?<=prefer you )|(?<=if you )|(?<=rather we )|(?<=prefer we )|(?<=if we ))"
        r"(?:didn't|did not|wouldn't|would not|not)) "
        rf"keep(?:ing)? (?:{ME}|(?:my|his|her|their) {DATA}) (?:in mind|on file|on (?:your|the|our) "
        rf"(?:radar|books|list|files?|database|system|records))(?: for anything(?: else)?)?"
        rf"(?: (?:going|moving) forward| {ANY_MORE})?(?=\W*(?:$|[.!;,(-]|or\b|and\b)))|"
        # "delete the personal information your company holds about me": all they hold, not one detail
        r"(?:delete|erase|wipe|remove|destroy|purge) (?:everything|all|anything|whatever|(?:the|any|all(?: of)?"
        r"(?: the)?) (?:personal )?(?:information|data|details|info|records))(?: that| which)? (?:you|your "
        r"(?:company|firm|team|organi[sz]ation|business|agency)|you guys) (?:holds?|have|has|keeps?|stores?)"
        r"(?: \w+){0,2} (?:about|on|of) (?:me|him|her|them)|"
        rf"(?:removal|deletion|erasure) (?:request|from (?:the |your |our |all )?{OUR_LIST}|of (?:my|his|her|"
        rf"their|all)(?: \w+)? {DATA})|(?:requested|requests|requesting|asked for) (?:removal|deletion|erasure)"
        r"(?=\W*$|[.!?;]| under (?:the )?(?:uk |eu )?(?:gdpr|dpa|data protection|pdpa|pdpo|popia|ccpa|privacy))|"
        rf"(?:wants?|want) nothing (?:more|further|else) (?:to do with|from) (?:us|you)|"
        # "wants nothing from us again", "wants nothing to do with us ever": for good, said so
        rf"(?:wants?|want) nothing (?:to do with|from) (?:us|you) {ANY_MORE}|"
        rf"(?P<mail>(?:doesn't|does not|don't|do not) want (?:any more|anymore|more|any further|further) {OUR_MAIL})|"
        r"no contact(?=\W+(?:(?:as )?per|at|by)? ?(?:(?:her|his|their|the candidate's|cand's|candidate|cand) )?request|"
        r"\W*(?:please|pls)\b)|"
        rf"no (?:further|more) (?:job |jobs |recruiter |recruiting |recruitment )?{OUR_MAIL}|"
        # "no more calls, emails or messages (of any kind)": every way we write, listed
        # "no more texts ni calls": a Spanglish note joins them with "ni"
        rf"no (?:further |more ){WAYS}(?:(?:,| or| and| nor| ni|/)+ ?{WAYS})+|"
        rf"no {WAYS}(?:(?:,| or| and| nor|/)+ ?{WAYS})+ (?:of any kind|whatsoever|at all)|"
        # "doesn't want recruiter messages from you or anyone at your firm"
        rf"(?:doesn't|does not|don't|do not) want (?:any |your )?(?:recruiter |recruitment |recruiting )?"
        rf"{OUR_MAIL} from (?:you|us|your|anyone|recruiters)|"
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
        rf"(?:doesn't|does not|don't|do not|no longer) (?:wish|want)(?:es|s)? to be {ALSO}(?:contacted|approached)"
        rf"{BY_RECRUITERS}(?=\W*(?:$|[.!;])|{FUTURE_ROLES})|"
        # "I don't want recruiter emails, now or ever": what recruiters send, refused as such
        rf"(?:doesn't|does not|don't|do not) want (?:any |your )?(?:recruiter|recruiters'|recruitment|recruiting|"
        rf"agency|headhunter) {OUR_MAIL}(?:,? (?:now or ever|now or in the future|(?:now )?or ever|{ANY_MORE}))?"
        r"(?=\W*(?:$|[.!;]))|(?:rather|prefer|prefers) not be (?:contacted|approached|bothered)|"
        # ("take my number out your system": the "of" dropped, as said aloud)
        rf"(?:take|remove|delete) (?:my|his|her|their) {DATA} (?:off|from|out of|out) (?:your|ur|the|our|all) {OUR_LIST}|"
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
        rf"(?:don't|do not|doesn't|does not|no longer|won't|will not) consents? to (?:being|be) {ALSO}"
        rf"(?:contacted|approached|emailed|messaged|recruited){BY_RECRUITERS}(?=\W*(?:$|[.!;])|{FUTURE_ROLES})|"
        r"right to (?:be forgotten|erasure)|gdpr (?:erasure|deletion|removal|request)|(?:article|art\.?) ?17\b|"
        r"(?:prefer|rather|like|wish|want|wants|asked|asks) not to (?:hear|be hearing) from (?:you|us|recruiters|"
        r"anyone)|"
        r"(?:don't|do not|doesn't|does not|no longer|not) (?:wish|want|need)(?:es|s)? to (?:receive|get|hear|be contacted|be approached|be emailed)(?: \w+){0,4} "
        rf"(?:from (?:you|us|recruiters|your company)|emails|messages|{ANY_MORE})|"
        rf"(?P<nothing>(?:don't|do not|never|stop) send(?:ing)? (?:me|him|her) (?:anything|any more|more|"
        rf"further)(?: else| {OUR_MAIL})?)|"
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
        rf"{NOT} (?:\w+ ){{0,3}}(?:hear|hearing)(?: \w+){{0,4}} {ANY_MORE}|"
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
