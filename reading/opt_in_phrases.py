"""A stop taken back, said as a wish to hear from us again (data only: regular expressions).

"changed my mind, happy for you to stay in touch after all", "put me back on your list", "please
disregard my earlier request to be removed", "I know I asked you to stop contacting me in
January, but I'm looking now - please do get in touch". ``OPT_IN`` lifts only an earlier stop
(``reading.opt_out_phrases``); ``reading.contact`` reads it. All patterns are written against the
normalised text (lower case, shorthand expanded).
"""

from __future__ import annotations

import re

from reading.gates import gated

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
    r"contacted|(?<=not to )be (?:contacted|approached|emailed|called)|(?<=not to )(?:contact|call|ring|phone|e-?mail|message|text|write to) (?:me|him|her|them)\b|leave (?:me|him|her|them) alone|delete (?:me|him|her|them|my|his|her)|no (?:more |further )?"
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
    r"(?:i'm|i am|she's|she is|he's|he is|they're|they are) (?:now |actually |back )?(?:actively )?(?:looking(?: for (?:work|a (?:new )?job|a (?:new )?role|roles|jobs))?|open|keen|"
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
    # "don't hesitate to write to me about PM roles", "feel free to contact me"
    r"(?:(?:don't|do not|dont) hesitate|feel free) to (?:contact|write to|e-?mail|call|ring|message) "
    r"(?:me|him|her|them)\b|(?:(?:don't|do not|dont) hesitate|feel free) to (?:get in touch|reach out)|"
    r"(?:happy|glad|keen|open) to (?:hear (?:about|from)|be contacted|be kept|talk|chat)|"
    # "sorry for snapping - I'd welcome hearing about roles": glad of word from us, said formally
    r"(?:would|'d) (?:really |very much |genuinely |actually |now |honestly |truly )?(?:welcome|appreciate|value) (?:hearing (?:about|from)|being "
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
    # "sorry about January", "apologies for last week": the time it was said, for what was said then
    rf"(?:sorry|apologies|my bad) (?:about|for|re) (?:{_MONTHS}|last (?:week|month|time)|the other day)\b|"
    # "sorry about the last one", "sorry for that last one": their last message, by its place
    r"(?:sorry|apologies|my bad) (?:about|for|re) (?:the|that|my) (?:last|previous|earlier) one\b|"
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
        r"(?:would|'d) (?:really |very much |genuinely |actually |now |honestly |truly )?(?:welcome|appreciate|value) (?:hearing (?:about|from)|being "
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
        rf"circumstances|(?:my|her|his|their) situation|sorry|anyway|water under the bridge|bygones|never mind|forget (?:that|it)|"
        # the heat gone out of it: "I've cooled off", "she has calmed down since"
        rf"(?:i've|i have|she's|she has|he's|he has|they've|they have) (?:since )?(?:cooled off|calmed down)|"
        rf"scratch that|ignore that)\b[^\n]{{0,90}}?\b{_TURNED_BACK}|"
        rf"{_SORRY_FOR_IT}[^\n]{{0,90}}?\b{_TURNED_BACK}|"
        # an earlier message of theirs set aside, then a turn back: "ignore my January email - I'm
        # looking now", "disregard my last message, please keep me posted"
        rf"(?:ignore|disregard|forget|scratch|scrap) (?:my|her|his|their|that) (?:{_MONTHS} |earlier |previous |"
        rf"last |old |other )?(?:email|e-mail|message|msg|note|text|reply)s?\b[^\n]{{0,90}}?\b{_TURNED_BACK}|"
        # ... its noun left out in a text: "ignore my last - looking again, get in touch"
        rf"(?:ignore|disregard|forget|scratch|scrap) (?:my|her|his|their) (?:last|earlier|previous)(?=\s*[-–—,.:;!])"
        rf"[^\n]{{0,90}}?\b{_TURNED_BACK}|"
        # an earlier refusal taken back in so many words: "changed my mind about last year", "forget
        # the no from March", "scrap my earlier no", "I was wrong to say never"
        rf"{_EARLIER_NO_REVOKED}|"
        # back on the market in their own words, now: "laid off - open to pretty much anything now",
        # "would love to talk now if you still have roles", "I'm looking again" (only an earlier
        # stop is lifted by it; "not looking now" and "would love to talk in March" are not it)
        r"(?<!not )(?<!n't )(?:would|i'd|she'd|he'd|they'd) (?:love|like|be (?:happy|glad|keen)) to (?:talk|chat|"
        r"hear (?:about|from)|reconnect|catch up|connect)(?: [\w-]+){0,2}? now\b(?!\s*\?)|"
        r"(?<!not )(?<!n't )(?<!never )open to (?:pretty much |almost |just about |literally |basically )?anything now\b(?!\s*\?)|"
        r"\b(?:i'm|i am|she's|she is|he's|he is|they're|they are) (?:now |actually |finally |officially )?(?:looking(?: for (?:work|a (?:new )?job|a (?:new )?role|roles|jobs))?|"
        r"open to offers|on the market|back on the market)(?: again| now)\b(?!\s*\?)|"
        r"(?:i'm|i am) free now\W+let'?s (?:talk|chat)|"
        # a note that opens on it, the "I'm" left out: "Looking again now - do reach out"
        r"(?:^|(?<=[.!?] ))(?:actively )?looking (?:for work |for a job )?again\b(?!\s*\?)|"
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
