"""Waits: the month a person is open again, from what they said and when they said it.

A time expression (a month, season, quarter, holiday, "next year", a duration, a notice period)
is a wait only when a waiting cue governs it: "until", "not before", "after", "once my shares
vest", "try me in", "give it", "not looking for"... "Joined in May" and "led the March release"
are not waits, and neither is "moving to Lisbon in June". Resolution follows the reading
conventions: a month with no year is the next such month strictly after the day it was said;
"after March" is April, but "after my bonus in March" is March.
"""

from __future__ import annotations

import re
from datetime import date

from reading.calendar import MONTHS, next_month_named
from reading.event_waits import event_waits
from reading.feasts import FEAST_WORDS
from reading.gates import gated
from reading.period_waits import (
    extension_waits,
    last_day_waits,
    length_near,
    period_ends,
    someone_elses,
)
from reading.resolve import add, count, resolve
from reading.wait_context import (
    after_a_break,
    length_of_something,
    measures_the_past,
    not_theirs,
)

_MONTH = "|".join(MONTHS)


def _year(i: int) -> str:
    return rf"(?: (?:of )?(?P<year{i}>20\d\d|next year|this year))?"


_MOD_WORDS = (
    r"early|mid|late|the end of|end of|the start of|start of|the beginning of|beginning of|"
    r"the middle of|middle of|the first half of|first half of|the second half of|second half of|"
    # the end of a period said as its last stretch: "the last week of February", "final days of May"
    r"(?:the )?(?:last|final) (?:few |couple of |two |2 )?(?:weeks?|days|fortnight) of"
)


def _mod(i: int) -> str:
    return rf"(?:(?P<mod{i}>{_MOD_WORDS})[ -])?"


_COUNT = (
    r"\d+(?:\.5)?|\d-\d|another|one more|a further|a whole|a full|a good|a solid|a couple of|couple of|a few|few|several|half a|an|a|one or two|two or three|"
    r"three or four|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen"
)
_TIME = gated(
    re.compile(
        r"\b(?:"
        r"(?P<iso>20\d\d-[01]\d(?:-[0-3]\d)?)"
        rf"|{_mod(1)}(?:(?:the |this |next |coming )?)(?:\d{{1,2}}(?:st|nd|rd|th)? (?:of )?)?"
        # "the May bank holiday", "the May long weekend": a holiday (``reading.feasts``)
        rf"(?P<month>{_MONTH})(?! (?:day )?bank holiday| long weekend| two-four| 2-4)"
        rf"(?: \d{{1,2}}(?:st|nd|rd|th)?)?{_year(1)}"
        rf"|{_mod(2)}(?P<srel>the |this |next |the coming |coming )?(?P<season>spring(?! festival)|summer|autumn|fall|winter)"
        rf"(?: school)?(?: holidays?| hols| break| term| months)?{_year(2)}"
        # Australia's and New Zealand's numbered school terms: "back in Term 1", "Term 4 2027"
        rf"|{_mod(6)}(?P<term>term) ?(?P<termno>[1-4])(?: (?P<tyear>20\d\d|next year|this year))?"
        rf"|{_mod(3)}(?:the )?(?:(?P<q>q[1-4])(?: (?P<qyear>20\d\d|next year|this year))?"
        r"|(?P<qrel>next|this|the next|the new|the following|the coming|the current) quarter)"
        # ATS shorthand for the end of a quarter: "EOQ1", "eoq", "EOQ 3"
        r"|(?P<eoq>eoq) ?(?P<eoqn>[1-4])?"
        # a day and month in digits: "15/01" (day first), "10/15" (month first)
        r"|(?P<dd1>[0-3]?\d)/(?P<dd2>[0-3]?\d)(?:/(?P<ddy>20\d\d|\d\d))?(?![/\d])"
        rf"|{_mod(4)}(?P<yrel>next year|the new year|new year|the year|this year|year[- ]end|the year[- ]end"
        r"|next month|the month|this month)"
        r"|(?P<holiday>christmas|the (?:school |easter |christmas )?holidays|(?:school|easter) holidays|"
        r"(?:(?<=after )|(?<=post-)|(?<=post )|(?<=till )|(?<=until ))holidays|the festive (?:season|period)|"
        r"the new year holidays|easter|diwali|deepavali|holi|eid(?:[- ]?al[- ]?(?:fitr|adha))?|ramadan|"
        r"ramzan|(?:the )?(?:lunar|chinese|vietnamese|korean) new year|(?:the )?spring festival|seollal|"
        r"chuseok|(?:the )?mid-?autumn(?: festival)?|"
        r"(?:(?<=after )|(?<=post-)|(?<=post )|(?<=till )|(?<=until )|(?<=before ))cny|"
        r"t[eế]t|thanksgiving|labou?r day|hanukkah|chanukah|passover|"
        # the retail peak after US Thanksgiving: "Black Friday and Cyber Monday", "BFCM", "Cyber Week"
        r"(?:black friday|bfcm|cyber (?:monday|week|weekend))(?: and (?:black friday|cyber (?:monday|week|weekend)))?|"
        r"pongal|(?:makar )?sankranti|carn[aei]vale?|karneval|fasching|mardi gras|shrove tuesday|"
        r"pancake day|ash wednesday|(?:(?<=after )|(?<=till )|(?<=until )|(?<=during )|(?<=before )|"
        r"(?<=post-)|(?<=post ))lent|pentecost|whitsun(?:tide)?|whit (?:sunday|monday|week)|"
        r"ascension(?: day)?|"
        rf"{FEAST_WORDS})"
        r"|(?P<fy>(?:the )?(?:fy|f\.y\.?|financial year|fiscal year|fiscal|tax year|accounting year)[ -]?"
        r"(?:end close|year[- ]end|end|ends|ending|close|closes|closing|is over|finishes|wraps up)"
        # "EOFY", "the end of the financial year": said so in Australia, where it is 30 June
        r"|eofy|(?:the )?end of (?:the )?(?:financial|fiscal|tax) year)"
        r"|(?P<school>back (?:at|to|in) school|school(?:'s| is)? (?:starts|restarts|goes back|back|returns|"
        r"resumes)(?: again| back)?|(?:the )?new school (?:year|term)|(?:the )?(?:school )?term (?:starts|begins))"
        r"|(?P<mo2>a (?:month|week) or two)"
        r"|(?P<halfyear>half a year|a year and a half)"
        rf"|(?P<n>{_COUNT})[ -](?P<unit>weeks?|months?|years?|quarters?|fortnights?)"
        r"|(?P<single>a quarter|a fortnight)"
        r"|(?P<half>h[12])(?: (?P<hyear>20\d\d|next year))?"
        r"|(?:(?<=in )|(?<=until )|(?<=till )|(?<=before )|(?<=from )|(?<=after )|(?<=^))(?P<yearonly>20\d\d)"
        r"(?![-/–]\d)"
        rf"|(?P<mod5>{_MOD_WORDS})[ -](?P<modyear>20\d\d)(?![-/]\d)"
        r")\b"
    )
)
# A cheap first look: no digit and none of these words, no time expression. Every branch starts
# with a letter, none with \b or a group: the engine then tries the branches only where a
# first letter fits (a few times quicker; it lets through a word or two more, never fewer).
_ANY_DIGIT = re.compile(r"\d")
_ANY_TIME = re.compile(
    r"uary|march|april|may|june|july|august|ber\b|spring|summer|autumn|fall|winter|q[1-4]|quarter|year|"
    r"month|week|fortnight|christmas|holiday|hols\b|eoq|labou?r day|festive|easter|notice|probation|cliff|vest|h[12]\b|diwali|"
    r"deepavali|holi\b|eid\b|ramadan|ramzan|new year|thanksgiving|black friday|bfcm|cyber |hanukkah|chanukah|passover|school|"
    r"t[eế]t\b|pongal|sankranti|fy\b|f\.y\.|fiscal|carn[aei]val|karneval|fasching|mardi gras|"
    r"shrove|pancake day|ash wednesday|lent\b|pentecost|whit|ascension|three kings|epiphany|"
    r"lock-?up|locked up|guadalupe|o-?bon\b|bon festival|holy week|boxing day test|sydney test|pink test|golden week|gw\b|"
    r"koning|king'?s ?day|sinterklaas|pakjesavond|cny\b|seollal|chuseok|mid-?autumn|"
    r"term\b|"
    # the Jewish holidays (``reading.feasts``)
    r"pesa|pessach|anuk|annuk|rosh hash|kipp?ur|sukk|succ|tabernacles|torah|atzeret|purim|shavu|"
    r"chag|hagim\b|high holi|high holy|jewish|"
    r"anzac|waitangi|australia day|canada day|heritage day|patrick'?s day|paddy'?s day|"
    r"victoria day|memorial day|birthday|"
    r"boxing day|songkran|thai new year|ferragosto|shakh|sakh|bengali new|bangla new|borsh|barsh|"
    r"np\b"  # "serving NP": a notice, its length unsaid
)
# The person waits: these before the time expression (same sentence, a few words back).
_CUE = re.compile(
    r"\b(?:until|till|til|untill|not before|no sooner than|no earlier than|after|once|when|"
    # "after" in Portuguese, Spanish, French and German: "depois do Carnaval", "nach Fasching"
    r"depois d[aeo]s?|despu[eé]s del?|apr[eè]s|nach|"
    # "don't send me anything before February": a refusal up to a time, a few words back
    r"(?:can't|cannot|won't|not|unable to|can not) (?:\w+ ){0,2}before|(?:don't|do not) (?:\w+ ){1,4}before|"
    r"(?:available|avail|free|open|looking|interested|start|starting|back|move|moving|join|talk|chat|"
    r"contact|reach out|try|ping)(?: \w+){0,3} from|from (?:early|mid|late|the start of|the end of)|"
    r"starting|back|available|free|open|reach out|contact|recontact|re-contact|ping|try|check|follow(?:ing)? up|circle back|"
    r"revisit|reconnect|speak|talk|chat|get in touch|touch base|call|email|message|come back|wait|"
    # the other ways to be asked again: "ring me in March", "drop her a line in spring"
    r"ring|phone|text|dm|whatsapp|inmail|buzz|holler|check in|"
    r"drop (?:me|him|her|them|us) an? (?:line|note|message|email|text)|"
    r"give (?:me|him|her|them|us) an? (?:bell|shout|buzz|ring|call|tinkle)|"
    r"waiting|hold off|park|parked|give it|maybe|perhaps|possibly|might|later|not (?:\w+ )?(?:looking|"
    r"moving|ready|available|interested|open|considering|able|leaving|going anywhere|in a position)|"
    r"(?:can|could|able to) (?:start|move|join|leave)|start date|vest(?:s|ing)?|bonus|"
    # "my RSU cliff is Feb 15": the day it vests, waited for like the vest itself
    r"(?:rsus?|vesting|equity|stock|options?|year|month|my|his|her|their) cliff|"
    # "again" - but not "layoffs in April and again in Sept", an event that happened twice
    r"contract (?:ends|finishes|is up|runs out|runs)|ends|finishes|sabbatical|reconsider|"
    # an assignment or its extension running on: "a 6-month extension at HMRC, runs to mid-April"
    r"(?:contract|assignment|extension|placement|secondment|cover|ftc|booking|project|gig|stint|posting|"
    r"renewal)\b[^.;!?]{0,50}?\b(?:runs|running|lasts|goes) (?:on )?(?:to|till|until|through|into)|"
    # a period that holds them, said with how far it runs: "probation to end of Jan", "non-compete
    # through June", "garden leave runs into March"
    r"(?:probation(?:ary)?(?: period)?|non-?compete|garden(?:ing)? leave|notice(?: period)?|"
    r"(?:parental|maternity|paternity|mat|pat) leave|lock-?up|restrictive covenants?)"
    r"(?: (?:runs|running|lasts|goes|is|'s|until|till))? (?:on )?(?:to|through|thru|into)|"
    r"(?<!\band )(?<!\bor )(?<!\bthen )again|"
    r"earliest|re-?engage|return(?:s|ing)?|on leave|stay(?:ing)? (?:put|where)|committed|locked in|"
    # "staying to the end of the academic year in July", "remaining through the season to March"
    r"(?:stay(?:ing|s)?|remain(?:ing|s)?|here) (?:on )?(?:to|through|thru|into)|"
    r"tied in|after that|then(?! again\b)|closes|completes|(?:expected|due|set|scheduled|slated) to (?:close|complete|land|finish)|settled|happy to talk|worth a (?:try|call|chat)|"
    r"keen|interested|look(?:ing)? again|move|moving on|in touch|for now|right now|yet|timing|"
    r"reassess\w*|rethink\w*|re-?evaluat\w*|review|think about (?:moving|it|a move|changing|options)|"
    r"headspace|bandwidth|realistic\w*|look|rather|hit (?:me|him|her|us) up|let's say|shall we say|"
    # ("consider this my request for ...": take it as, no wait)
    r"aim for|consider(?:ing)?(?! (?:this|it|that) (?:my|our|his|her|their|as|a|an|the)\b)|nothing (?:\w+ )?(?:before|until|till)|pick (?:this|it|things) (?:back )?up)\b"
)
_POST_CUE = re.compile(
    r"^\W*(?:at the earliest|earliest|onwards|or later|or after|at the soonest|would be (?:a )?"
    r"(?:much |far |a lot |way |so much )?"
    r"(?:better|good|best|fine|ideal|the earliest|more realistic|realistic)|(?:is|works) (?:a )?better|"
    r"is best|is fine|works|would (?:work|suit)(?: \w+)?(?: better| best)?|suits? (?:me )?better|"
    r",? (?:not|no) (?:earlier|before|sooner)|is (?:the )?(?:earliest|soonest)|"
    # "June start at the earliest" waits; "a September start would be ideal" is when they would
    # like to start, so we talk before it
    r"start(?:s|ing)?\b(?!\W+(?:would (?:be (?:ideal|great|perfect|nice|lovely|preferred|best|good)|suit)|"
    r"(?:is )?ideal(?:ly)?|is (?:preferred|the (?:dream|aim|hope|plan))|preferred))|is (?:more )?realistic|realistically|maybe|perhaps|probably|possibly|"
    r"hopefully|is likely|likely|then(?! again)|from now|or so|,? then(?! again)|-?ish|(?:\w+'s|i'm|i am|is|are|will be|should be) (?:more |much more )?"
    r"(?:free|available|open|around)|once|when (?:the|my|his|her|their|it|i|he|she|they)|"
    r"(?:i'll|i will|she'll|he'll|they'll|we'll|things will) (?:have|be|know)|can we|"
    # a season's end, then a hold-off back to it: "lifts close mid-April - nothing till I'm back"
    r"(?:nothing|no moves?|not (?:moving|looking|available|interested)|staying put|no chats?) "
    r"(?:till|until|before) (?:then|that|after that|(?:i'm|i am|she's|he's|they're|i get|she gets|he gets) "
    r"(?:back|home|done)|it'?s (?:over|done)|it ends))\b"
)
# A sentence that is nothing but a time ("At the start of next year.", "Next year sometime."): an answer
# to "when?", so a wait.
_ONLY_A_TIME_BEFORE = re.compile(
    r"^\W*(?:(?:cand(?:idate)?|per cand|update|note|reply|answer)\s*[:\-–]\W*)?(?:(?:at|in|from|around|maybe|probably|perhaps|possibly|sometime|hopefully|ideally|realistically|"
    r"not|till|until|so)\W+)*$"
)
_LABEL = re.compile(r"^\W*(?:cand(?:idate)?|per cand|update|note|reply|answer)\s*[:\-–]\W*$")
# A refusal until a dated event is over, named back: "won't leave before it completes", "not
# moving until the outcome", "nothing till the deal closes".
_REFERS_BACK = (
    r"(?:won't|will not|wont|not|no|nothing|can't|cannot|isn't|doesn't|staying|stays|hold(?:ing)? off|"
    r"wait(?:ing)?)\b[^.!?]{0,40}?\b(?:before|until|till|til|pending) (?:(?:it|that|this|the (?:deal|"
    r"transaction|sale|merger|acquisition|take-private|round|process|vote|review|exams?))(?:'s| is| has)? "
    r"(?:completes?|closes?|closed|completed|signs?|signed|done|over|lands|announced|through|out|"
    r"comes through|goes through)|(?:the|my|his|her|their) (?:outcome|result|results|decision|announcement|completion|"
    r"closing|vote)(?! of (?:the|my|his|her) (?:interview|application)))"
)
# A clause after the time that waits for it: "Getting married in June - after that I'm all yours",
# "IPO is in December and she's staying till it's done".
_THEN_CLAUSE = re.compile(
    r"[^.!?]{0,45}?\b(?:after (?:that|which|this|it)|once (?:that|it|this)(?:'s| is)? "
    r"(?:done|over|through|passed|finished)|(?:till|until) (?:it's|it is|that's|that is|then) ?"
    r"(?:done|over|finished)?|(?:till|until|before) (?:they're|they are|those are|these are|"
    r"they've|they have) (?:done|over|finished|through|passed)|"
    r"then i'?m|(?:nothing|not) (?:before|until|till) (?:then|that|it(?! \w))|"
    # "exam is in April - don't put me forward for anything before it"
    r"(?:don't|do not|dont) (?:[\w-]+ ){1,4}?(?:anything|any \w+|roles?|jobs?|interviews?) (?:before|until|till) "
    r"(?:it|then|that|this)(?! \w)|"
    # "exam next April, so please no interviews before then", "no calls till then"
    r"\bno (?:[\w-]+ ){1,2}?(?:before|until|till) (?:then|that)(?! \w)|"
    # "getting married in February - reconnect after the wedding", "wedding in June, talk after"
    r"after (?:the|our|my|his|her|their) (?:wedding|honeymoon|birth|baby|big day|surgery|operation|"
    r"move|trip|exams?|ipo|listing|launch|release|go-?live|renovation)|"
    r"(?:reconnect|talk|chat|catch up|speak|reach out|touch base|get in touch|ping (?:me|him|her)|"
    r"contact (?:me|him|her)|try (?:me|him|her)(?: again)?) after(?=\W*$)|"
    # "exams on 7-8 Dec - leave me till after", "audit in March, nothing until after": "after"
    # with nothing named is after the time just said
    r"(?:till|until|til|not before|nothing before) after(?=\W*$)|"
    # "We ship v3 in Q1 ... so not before it's out", "rather not move before it's live"
    r"not (?:\w+ )?(?:before|until|till) (?:it's|it is|it has|that's|it) ?(?:out|live|shipped|launched|"
    r"released|done|over|finished|through|signed)|"
    # "cliff in January, won't move before it", "bonus in March - can't leave till then"
    r"(?:won't|will not|can't|cannot|wouldn't|would not|not going to) (?:[\w-]+ ){1,3}?(?:before|until|till) "
    r"(?:it|then|that|this)(?! \w)|" + _REFERS_BACK + r")\b"
    # the event named back: "Up for partner in the May round; won't look until the outcome",
    # "completion targeted end of Q1. Won't leave before it completes"
)
# A dated exam or assessment, then nothing until it is passed: "sitting my AM2 in January - nothing
# until I've passed", "final assessment in the spring, so I won't move until I'm chartered". A
# longer clause than ``_THEN_CLAUSE``'s may sit between: what it is, who is helping.
_UNTIL_PASSED = re.compile(
    r"[^.!?]{0,80}?\b(?:nothing|not|no|won't|will not|wont|can't|cannot|staying|stay)\b[^.!?]{0,30}?\b"
    r"(?:till|until|til|before) (?:i've|i have|i'm|i am|she's|she has|she is|he's|he has|he is|they've|they're|"
    r"i get|she gets|he gets) (?:passed|qualified|chartered|signed off|got (?:it|through)|through it)\b"
)
_ONLY_A_TIME_AFTER = re.compile(
    r"^\W*(?:(?:sometime|maybe|probably|perhaps|possibly|hopefully|ideally|realistically|-?ish|or so|at "
    r"the earliest|is (?:more )?realistic|would work|works|please|thanks|thank you|cheers|would ya|"
    r"if that's (?:ok|okay|alright)|per cand)\W*)*$"
)
# A start looked for: "looking for Term 1 starts", "hoping for a September start" (not "at the
# earliest", which holds them off till then).
_START_SOUGHT = re.compile(
    r"\b(?:looking|hoping|aiming|keen|open|applying) (?:for|at|to) (?:an? |the )?$|\btargeting (?:an? |the )?$"
)
_A_START = re.compile(
    r"^\W*(?:20\d\d )?starts?\b(?!\W*(?:at the earliest|earliest|at the soonest))"
)
# A month that dates something done, not a wait ("joined in May", "interviewed in April").
_DONE = re.compile(
    r"\b(?:joined|started|began|begun|interviewed|led|shipped|released|launched|left|moved|graduated|hired|met|"
    r"spoke|applied|declined|rejected|promoted|laid off|was|were|did|had|came|went|since|last|"
    r"listed|floated|ipo'd|went public|"
    r"finished|built|delivered|ran|completed|got|received|accepted|signed|relocated|arrived|passed|qualified|"
    # a payout already in hand: "collected her bonus in March", "banked the RSUs in May"
    r"collected|cashed(?: out)?|banked|pocketed|"
    r"resigned|turned|lost|placed|offered|ago|during|made|needed|wanted|opens|goes live|is posted|"
    r"next step|send (?:him|her|them)|need (?:sponsorship|a visa)|needs (?:sponsorship|a visa)|"
    r"wrecked|stuck|been|no (?:reply|response|answer|word)|not heard|silent)\b(?:\W+\w+){0,3}\W*$"
)
# Time served in a job already left: "left us for a bigger role after 18 months", "quit after
# only six weeks": how long they stayed, not a wait ("will leave after six months" is no past).
_LEFT_AFTER = re.compile(
    r"\b(?:left|quit|resigned|departed|moved on|was let go|got let go|laid off|stepped down|"
    r"walked out|lasted|stayed|was made redundant)\b[^.;!?,\n]{0,60}\bafter(?: (?:only|just|nearly|"
    r"almost|about|around|over|barely|a good|a solid))?\W*$"
)
_FROM_MONTH = re.compile(
    rf"\bfrom (?:(?:early|mid|the start of|the beginning of) )?(?P<month>{_MONTH})"
    r"(?: \d{1,2}(?:st|nd|rd|th)?)? for (?:about |around |roughly )?$"
)
# The month dates when something began: "floated on the LSE in Sept; ... locked up for six
# months, after that" waits for the lock-up, not for September.
_DATES_A_START = re.compile(
    r"\b(?:since|joined|started|began|listed|floated|ipo'd|went public|new (?:job|role) (?:since|in))"
    r"\b[^.;!?,]{0,30}$"
)
# "travelling for 4 months from January": counted from January too.
_FROM_MONTH_AFTER = re.compile(
    rf"\s+from (?:(?:early|mid|the start of|the beginning of) )?(?P<month>{_MONTH})\b"
)
_DURATION_LEAD = re.compile(
    r"\b(?:in|within|after|give (?:it|them|him|her|me)|another|wait(?:ing)?(?: for)?|for|"
    r"for another|in about|in around|in roughly|in maybe|in another|about|around|roughly|maybe|"
    r"at least|for at least|for the next|the next|hold off(?: for)?|say|said|says|probably|"
    r"perhaps|realistically|like)\W*$"
)
# Time to be served in a new job first, waited for: "till I've done a full year there", "until she
# hits her one-year mark", "not before I've put in 18 months".
_TIME_SERVED = re.compile(
    r"\b(?:till|until|til|before|once)\W+(?:(?:i|i['’]ve|i have|i['’]d|she|she['’]s|she has|he|he['’]s|he has|they|"
    r"they['’]ve|they have|we['’]ve)\W+)?(?:(?:at least|actually|properly) )?(?:done|do|put in|completed?|hit|hits|"
    r"reached|reaches|reach|clocked(?: up)?|served|finished|finish|racked up)\W+(?:(?:my|her|his|their|"
    r"the|a|at least)\W+)?(?:(?:full|whole|first|complete) )?$|"
    # "give me a year there", "give her six months in the new job": time in the post asked for
    r"\bgive (?:me|him|her|them|us|it)\W+(?:at least\W+|a good\W+|a full\W+)?$"
)
# "for" a duration is a wait only after a cue that the person stays put or holds off.
_FOR_CUE = re.compile(
    r"\b(?:not (?:\w+ )?(?:looking|moving|leaving|available|interested|going anywhere)|stay\w*|wait\w*|"
    r"hold\w* off|committed|locked in|tied in|park\w*|give|another|at least|put|happy where|"
    r"not (?:ready|open)|sit tight|off the market|leave (?:me|him|her|them)|off|away|on holiday|on (?:\w+ )?leave|travelling|contacted|to hear|approached|not for|"
    # "no need to reach out for a year", "don't contact me for a few months"
    r"(?:no need to|don't|do not|please don't|not to) (?:\w+ )?(?:contact|reach out|get in touch|call|email|"
    r"ping|message|chase)(?: (?:me|him|her|them))?|"
    # a recovery's restriction, the work itself ruled out for a time: "shoulder op, no lifting or
    # climbing for 4 months", "can't climb for six weeks after the knee"
    r"(?:no|can't|cannot|can not|not allowed to|mustn't) (?:heavy )?(?:lifting|lift|climbing|climb|working at "
    r"heights?)(?: or (?:heavy )?(?:lifting|climbing|driving))?)\b"
)
_NOT_DURATION = re.compile(
    r"^\W*(?:ago|in (?:the |a |an |my |his |her )?\w+|into|later than|notice|contract|old|of|at(?! least)|with|"
    r"as|on|doing|working|building|here|there|experience|fixed|ftc|maternity|stint|project|every|each|per|"
    r"assignments?|travel|locum|gig|placement|"
    r"long|straight|running|before that|(?:up|down|out|over) (?:there|here))\b|^ \w+ing\b"
)
_STANDS_ALONE = re.compile(
    r"^\W*(?:then|from now|'s time|time|or so|,? then|and then|at least|at the earliest|minimum|and (?:i'll|i will|"
    r"she'll|he'll|they'll|we'll|things will|it'll|i should|i'd))\b"
)
# "needs a couple of months to settle into her new team": time they need before a move.
_NEEDS = re.compile(
    r"\b(?:needs?|wants?|will take|it'll take|it will take|takes?|asked for)(?: him| her| them| me)?\W*$"
)
_TO_SETTLE = re.compile(
    r"^\W*(?:to (?:think|decide|mull|consider|reflect|weigh|sort|figure|settle|bed in|find (?:her|his|their|my) feet|get settled|get up to speed|finish|wrap up|"
    r"see (?:it|this|that|the \w+) (?:out|through)|close out|complete|ramp up|get through|recover)|before "
    r"(?:moving|looking|talking|considering|she|he|they|i|we|you|us|any)\b)"
)
# "taking three months off to recover", "will take a few months out": a break they are taking
# now (not one taken: "took six months off in 2019").
_TAKING = re.compile(
    r"\b(?:taking|going to take|will take|'ll take|plans? to take|planning to take)\W*$"
)
_OFF = re.compile(r"^\W*(?:off|out)\b(?! (?:of|from)\b)")
# "asked for three months' grace": time left alone, asked for.
_GRACE = re.compile(
    r"^(?:'s?|s')?\W*(?:of )?(?:grace|breathing (?:room|space)|respite|breather|peace and quiet|space)\b"
)
# A day and month ("16 Jun") is a wait only right after one of these; else it dates an event.
_DATED_CUE = re.compile(
    r"\b(?:until|till|til|from|after|before|back(?: on| in)?|returns?(?: on)?|available(?: from)?|"
    r"free(?: from)?|start(?:ing|s)?(?: on)?|on leave|off|away|out|"
    # "RSU tranche vests Mar 15": the day an event still ahead falls on
    r"vest(?:s|ing)?(?: on)?|pays? out(?: on)?|"
    # "my RSU cliff is Feb 15", "RSU cliff 15/02/27": the day the cliff falls on
    r"(?:rsus?|vesting|equity|stock|options?|year|month|my|his|her|their) cliff(?: date)?(?: (?:is|on|hits|lands|falls))?(?: on)?|"
    # "a 13-week contract at Ochsner, ends 1/9": an assignment still running ends that day
    r"(?<!posting )(?<!offer )(?<!deadline )(?<!role )(?<!job )ends(?: on)?|runs (?:to|till|until|through|thru))\W*$"
)
# Periods that hold a person where they are; with a length they are a wait from the day said
# ("garden leave 6m", "complete her probation first (6 months)", "a one-month notice").
_PERIOD = (
    r"(?:notice(?: period)?|garden(?:ing)? leave|probation(?:ary)?(?: period)?|non-compete|sabbatical|"
    r"career break|(?:parental|maternity|paternity|mat|pat) leave|(?:vesting )?cliff|"
    # an IPO's lock-up on the staff's shares: "a six-month lock-up", "locked up for 180 days"
    r"lock-?up(?: period)?|locked up)"
)
# With a length said, "NP" (ATS shorthand) is a notice period too: "NP 90 days", "60 day NP".
_PERIOD_SAID = rf"(?:{_PERIOD}|np)"
_NOTICE = gated(
    re.compile(
        rf"\b(?:(?:(?P<n1>{_COUNT})[ -](?P<u1>months?|weeks?|years?|days?)(?:'s?|s')? {_PERIOD_SAID})"
        rf"|{_PERIOD_SAID}(?: \w+){{0,2}}?[ (:,-]{{1,3}}(?:about |around |another |roughly )?"
        rf"(?P<n2>{_COUNT})[ -]?(?P<u2>months?|weeks?|days?|m|w)(?!\w| ago\b| back\b)"
        # "serving NP", "on NP": ATS shorthand for a notice being served, with no length said
        r"|(?P<bare>notice(?: period)?|(?:(?<=serving )|(?<=serving my )|(?<=serving his )|"
        r"(?<=serving her )|(?<=serving their )|(?<=currently on )|(?<=still on ))np|"
        r"probation(?:ary)?(?: period)?|(?:vesting )?cliff|"
        r"garden(?:ing)? leave|sabbatical|career break|lock-?up(?: period)?|"
        r"(?:shares|options|stock|rsus|equity) vests?))\b"
    )
)
# Which period a match names, for when it started (``reading.period_waits``).
_PERIOD_KINDS = (
    ("notice", "notice"),
    ("notice", "np"),
    ("probation", "probation"),
    ("vesting", "cliff"),
    ("vesting", "vest"),
    ("leave", "garden"),
    ("leave", "sabbatical"),
    ("leave", "career break"),
    ("lockup", "lock"),
)
# ("till it's served", "once served": the end waited for, not a notice gone by)
_SERVED = re.compile(
    r"\b(?:was|were|had been|(?<!it's )(?<!it is )(?<!it's been )(?<!it has been )(?<!till )(?<!until )"
    r"(?<!once )(?<!before )(?<!when )served|used to be|last year|previous|old job)\b"
)
_NOTICE_CUE = re.compile(
    r"\b(?:once|after|when|until|till|serving|ends|finishes|through|working (?:out|through)|wait\w*|"
    r"can't start|cannot start|can start|available|handed in|handing in|gave|given|put in|on|during|"
    r"in (?:my|his|her|their)|first)\b"
)
# Garden leave or a sabbatical already behind them.
_LEAVE_BEHIND = re.compile(
    r"\b(?:spent|was on|were on|back since|back from|came back|returned|ended|finished|wrapped up)\b"
)
# A probation or notice already behind them: "finished probation a while back", "passed it".
_PERIOD_DONE = re.compile(
    r"\b(?:finished|passed|completed|through|survived|cleared|past|after passing|done with)\W+"
    r"(?:(?:my|his|her|their|the)\W+)?$"
)
_TILL_IT = re.compile(
    r"\b(?:till|until|til|once|when|after|before|by the time|soon as)\W+(?:\w+\W+){0,2}$"
)
# ... or said of it right after: "six-month non-compete finished end of May", "probation signed
# off in August", "garden leave's over" (not "ends in May", still ahead).
_PERIOD_OVER = re.compile(
    r"\W*(?:(?:has|had|is|was|'s)\W+)?(?:now\W+)?(?:finished|ended|expired|lapsed|over|done|ran out|run out|"
    r"completed|signed off|passed|served|behind (?:me|him|her|them))\b"
)


# An amount of money right before "a month" / "a year": "30k ", "€4,500 gross ", "5 000 zł ".
_AN_AMOUNT_BEFORE = re.compile(
    r"(?:\d\s?(?:k|m|mil|grand)|\d[,. ]\d{3}|[£€$₹₦¥]\s?\d+(?:[.,]\d+)?|\d\s?(?:[£€$]|zł|kr)|"
    r"\b[a-z]{3} \d+)(?:\s?(?:[£€$]|zł|kr|[a-z]{3}))?(?:\s(?:gross|net|brutto|netto|before tax|"
    r"after tax|pre-tax|base|basic|b2b|all in|ctc|total))?\s?$"
)


def find_waits(
    text: str, said_at: date, original: str | None = None
) -> list[tuple[date, int, int]]:
    """(first day open again, start, end) for each wait in lower-case ``text``."""
    found: list[tuple[date, int, int]] = []
    if not (_ANY_DIGIT.search(text) or _ANY_TIME.search(text)):
        return _given_up_or_ready(event_waits(text, said_at), text, said_at)
    for m in _TIME.finditer(text):
        if m["month"] == "may" and not _may_is_month(text, m, original):
            continue
        if re.search(r"\b(?:every|each)\W*$", text[max(0, m.start() - 8) : m.start()]):
            continue  # "bonus pays out every March", "a week every couple of months": how often
        start = _sentence_start(text, m.start())
        if m["month"] and _RECURRING.search(text, start, m.start()):
            continue  # "vests quarterly - Feb, May, Aug, Nov": when it recurs, not a wait
        before = text[max(0, start, m.start() - 90) : m.start()]
        after = text[m.end() : m.end() + 40]
        sentence = text[start : _sentence_end(text, m.end())]
        judged_in = text[max(0, text.rfind(".", 0, start)) : start]  # "...; maybe in a year"
        if not_theirs(sentence, text[start : m.start()], judged_in):
            continue
        if (m["month"] or m["season"] or m["holiday"]) and (
            _BACK_THEN.search(before) or _SAID_THEN.search(before)
        ):
            continue  # "sorry I was short with you back in Feb": when it happened, not a return
        if m["month"] and not m["year1"] and _back_already(before, m["month"], said_at):
            continue  # said in September, "back from leave in August": the return is behind them
        if (m["month"] or m["season"] or m["holiday"]) and (
            _LAST_YEARS.match(after) or _PAST_BUSY.search(before)
        ):
            continue  # "was slammed till thanksgiving last yr, free now": a busy time behind them
        if (
            re.search(r"\bprobation\w*\W+(?:\w+\W+){0,2}$", before)
            or re.match(r"(?:'s?)?\W+probation", text[m.end() : m.end() + 20])
        ) and someone_elses(text[_sentence_start(text, m.start()) : m.start()]):
            continue  # "her manager is on probation till March": another person's probation
        if re.search(
            r"\bprobation\w*\b[^.;!?]{0,30}?\b(?:from|since|starting)\W+(?:the\W+)?$", before
        ):
            continue  # "a three-month probation from 1 Oct": when it began (``period_waits``)
        if (
            m["month"]
            and re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", m.group())
            and not _DATED_CUE.search(before[-25:])
            # "exams on 7-8 Dec - leave me till after": the dated event, waited for after it
            and not _THEN_CLAUSE.match(text, m.end(), _sentence_end(text, m.end(), ".!?\n"))
        ):
            continue  # "(email 4 Aug)": the day something happened
        if m["season"] and re.match(
            r"\W*(?:with|w/?) (?:the |my |our |his |her )?(?:kids|family|children|grandkids)\b",
            after,
        ):
            continue  # "after Labor Day pls, summer w the kids": what the summer is for
        if m["dd1"] and (
            not _DATED_CUE.search(before[-25:])
            or re.match(r"\W*(?:days?|hrs?|hours?|support)\b", after)
        ):
            continue  # "24/7", "4/5 days": no date unless a waiting word leads into it
        if re.search(
            r"\b(?:valid|expires?|expiring|exp|good)\W+(?:\w+\W+){0,3}?(?:till|until|to|thru|through)?\W*$|"
            # said of a check or a registration, right before the day ("a current contract till
            # March" is a wait: the adjective before its noun)
            r"\b(?:current|in[- ]date|in force|renewed) (?:till|until|to|thru|through)\W*$",
            before,
        ):
            # "B1/B2 valid till 2031", "WWCC current to 2029": how long a document runs, not a wait
            continue
        if (
            (m["month"] or m["term"] or m["season"])
            and _START_SOUGHT.search(before)
            and (_A_START.match(after))
        ):
            continue  # "looking for Term 1 starts": when they would start, so we talk before it
        duration = m["n"] or m["mo2"] or m["halfyear"] or m["single"]
        if duration and m["n"] in ("a", "an", "one") and _AN_AMOUNT_BEFORE.search(before):
            continue  # "£5k a month minimum", "4 500 € gross a month": pay's period, not a wait
        if duration:
            # "not looking till I've done a full year there": time to be served in a job
            served = _TIME_SERVED.search(before) and not re.match(r"\W*(?:ago|back)\b", after)
            if _NOT_DURATION.match(after) and not (served or _STANDS_ALONE.match(after)):
                continue
            if length_of_something(before) or re.search(
                r"\b(?:\d+|two|three|four|several|many|a few) \w+ (?:in|per|a)\W*$", before
            ):
                continue  # "the 3 texts in a week": how often, not how long
            settling = (
                _NEEDS.search(before) and (_TO_SETTLE.match(after) or _GRACE.match(after))
            ) or (_TAKING.search(before) and _OFF.match(after))
            if not (
                served
                or _DURATION_LEAD.search(before)
                or _STANDS_ALONE.match(after)
                or settling
                or _stands_alone(text, m, before)
            ):
                continue
            if re.search(r"\bfor\W*$", before) and not (_FOR_CUE.search(before) or settling):
                continue
            if (
                not served
                and _DONE.search(after_a_break(before))
                or re.search(r"\b(?:the last|the past|over the|spent|took|takes)\W", before)
                or _LEFT_AFTER.search(before)
            ):
                continue
            if not served and measures_the_past(before, after):
                continue  # "grew the team from 3 to 20 in two years": how long it took, no wait
        elif not (
            _governed(before, after, text[m.end() : m.end() + 70])
            or (m["fy"] and re.search(r"\b(?:post|after|once|when)\W*$", before))
            or ((m["holiday"] or m["eoq"]) and re.search(r"\bpost[- ]?$", before))
            or _stands_alone(text, m, before)
            or (
                # "new job since January, six months probation - wait till it's over": the
                # month dates the start, the clause after waits for the probation
                not (_DATES_A_START.search(before) or _dated_past(before))
                and (
                    _THEN_CLAUSE.match(text, m.end(), _sentence_end(text, m.end(), ".!?\n"))
                    or _UNTIL_PASSED.match(text, m.end(), _sentence_end(text, m.end(), ".!?\n"))
                    or _then_next(text, m)
                )
            )
        ):
            continue
        start_month = (
            (_FROM_MONTH.search(before) or _FROM_MONTH_AFTER.match(after)) if duration else None
        )
        if start_month:  # "on leave from September for nine months": counted from September
            said = next_month_named(MONTHS[start_month["month"]], said_at)
            day = resolve(m, before, max(said, said_at))
        else:
            day = resolve(m, before, said_at)
        if day is not None and day >= said_at.replace(day=1):
            found.append((day, m.start(), m.end()))
    periods_read: set[str | None] = set()
    for m in _NOTICE.finditer(text):
        before = text[max(0, m.start() - 60) : m.start()]
        if re.search(r"\b(?:no|without|zero|nil)\W*$", before):
            continue  # "no notice period, can start immediately"
        said_period = m.group()
        kind = next((k for k, w in _PERIOD_KINDS if w in said_period), None)
        sentence = text[_sentence_start(text, m.start()) : _sentence_end(text, m.end())]
        if m["bare"] and not (
            _NOTICE_CUE.search(before)
            or _NOTICE_CUE.search(text[m.end() : m.end() + 20])
            # "garden leave started ... - can't sign anything until it finishes"
            or (
                kind == "leave"
                and re.search(
                    r"\b(?:until|till|once|after) it (?:ends|finishes|is over|'s over)", sentence
                )
            )
        ):
            continue
        if any(s <= m.start() < e or m.start() <= s < m.end() for _, s, e in found):
            continue
        if _SERVED.search(text, m.start(), _sentence_end(text, m.end())):
            continue  # "her notice was 3 months at the bank, she served it last year"
        if kind == "leave" and _LEAVE_BEHIND.search(sentence):
            continue  # "spent last summer on a sabbatical, back since January"
        if kind == "probation" and someone_elses(
            text[_sentence_start(text, m.start()) : m.start()]
        ):
            continue  # "her manager is on probation": another person's, no wait of theirs
        if _PERIOD_DONE.search(before) or (
            # ("till probation's done", "once the non-compete has ended": still ahead)
            _PERIOD_OVER.match(text, m.end()) and not _TILL_IT.search(before)
        ):
            continue  # "finished probation at his new place a while back", "non-compete ended"
        if m["bare"] and kind in periods_read:
            continue  # "six-month probation ... till probation's done": one period, read once
        number, unit = (m["n1"], m["u1"]) if m["n1"] else (m["n2"], m["u2"])
        if kind == "vesting" and (
            dated := re.match(
                rf"\W*(?:[\w']+\W+){{0,3}}?(?:in|by|on) (?:early |mid |late |mid-)?(?P<m>{_MONTH})\b",
                text[m.end() : m.end() + 40],
            )
        ):
            # "my one-year cliff vests in April": the month says when, not the length
            found = [w for w in found if not (m.end() <= w[1] <= m.end() + 40)]
            found.append((next_month_named(MONTHS[dated["m"]], said_at), m.start(), m.end()))
            periods_read.add(kind)
            continue
        if m["bare"]:
            said_length = length_near(text, m.end(), _sentence_end(text, m.end()))
            if said_length is None and any(
                _sentence_start(text, s) == _sentence_start(text, m.start()) for _, s, _ in found
            ):
                continue  # "probation ends in July": the month says when
            number, unit = said_length[:2] if said_length else (None, None)
            if said_length:  # "it's three months": the period's length, not a wait of its own
                found = [w for w in found if not (w[1] < said_length[3] and said_length[2] < w[2])]
        else:
            number = count(number)
        unit = {"m": "months", "w": "weeks", "d": "days"}.get(unit, unit)
        if kind:
            day = period_ends(kind, number, unit, text, said_at)
        else:
            day = add(said_at, number, unit)
        if day is None:
            continue
        periods_read.add(kind)
        found.append((day, m.start(), m.end()))
    # "NP 90d, LWD 31 Jan": free the day after the last working day (a later day than the
    # notice's length from the day said wins: one wait per note is the latest)
    found += [
        w for w in last_day_waits(text, said_at) if not any(s <= w[1] < e for _, s, e in found)
    ]
    for ext in extension_waits(text, said_at):
        # "a 6-month extension, finishes early Sept": the end said wins over the length counted
        if any(ext[2] < s <= ext[2] + 100 for _, s, _ in found):
            continue
        found = [w for w in found if not (ext[1] <= w[1] < ext[2])]  # "from 01/10" is its start
        found.append(ext)
    if found and _OPEN_NOW.search(text):
        # "promoted in March. All good - open to a chat any time": months in a note that says
        # they are open now are what happened or what is planned, not when to come back
        opened = [m.start() for m in _OPEN_NOW.finditer(text)]
        found = [
            w
            for w in found
            if _OPEN_NOW_BEATS.search(text[max(0, w[1] - 30) : w[1]])
            # "teaching till 11 Dec - but any time for a call": the "but" lets the call through
            and not any(_BUT.match(text, w[2], o) for o in opened if o > w[2])
        ]
    return _given_up_or_ready(
        found + [w for w in event_waits(text, said_at) if not found], text, said_at
    )


def _given_up_or_ready(
    found: list[tuple[date, int, int]], text: str, said_at: date
) -> list[tuple[date, int, int]]:
    if found and "block" in text and _NOT_A_BLOCKER.search(text):
        # "Cliff in Feb. Not a blocker, just flagging it": a date to know, not one to wait for
        found = [
            w
            for w in found
            if _HOLDS_OFF.search(text, _sentence_start(text, w[1]), _sentence_end(text, w[2]))
        ]
    if found and ("wait" in text or "hold" in text):
        # "no need to wait till March": the wait said is the one given up
        found = [w for w in found if not _NO_WAIT.search(text, _sentence_start(text, w[1]), w[1])]
    back = _TAKEN_BACK.search(text) if any(w in text for w in _BACK_WORDS) else None
    if found and back:
        # "ignore my last message about the summer": the wait named is the one taken back
        found = [w for w in found if not _ABOUT.fullmatch(text, back.end(), w[1])]
    if (
        not found
        and ("now" in text or "any" in text)
        and (ready := _READY_NOW.search(text))
        and _CHANGED.search(text)
    ):
        # "update: the baby came early, actually ready now": open from the day said - a later
        # note that takes an earlier wait back (the latest word on timing counts)
        found.append((said_at.replace(day=1), ready.start(), ready.end()))
    elif not found and back and (ready := _READY_TO.search(text, back.end())):
        # "forget what I said about Easter, ready to move": the earlier wait taken back, and
        # open from the day said
        found.append((said_at.replace(day=1), ready.start(), ready.end()))
    elif not found and (off := _CALLED_OFF.search(text)):
        # "no need to wait any more", "scrap the hold, let's talk": the wait called off, so open
        # from the day said, whatever an earlier note asked
        found.append((said_at.replace(day=1), off.start(), off.end()))
    return found


# Months a thing recurs in, listed after how often: "vests quarterly - Feb, May, Aug, Nov".
_RECURRING = re.compile(
    r"\b(?:quarterly|every (?:quarter|three months|six months)|each quarter|twice (?:a|per) year|twice "
    r"yearly|semi-?annual(?:ly)?|bi-?annual(?:ly)?|monthly)\b(?:(?!\b(?:until|till|after|before|once|not|"
    r"wait|next)\b)[^.;!?])*$"
)
# A date flagged as no obstacle: "not a blocker", "isn't blocking anything", "no blocker".
_NOT_A_BLOCKER = re.compile(
    r"\b(?:not|isn't|is not|wasn't|won't be|no|never) (?:a |any )?(?:real )?(?:blocker|blocking)\b|"
    r"\b(?:doesn't|does not|won't|will not) block\b"
)
# ... unless the wait's own sentence holds them off in so many words.
_HOLDS_OFF = re.compile(
    r"\b(?:until|till|til|not before|no sooner|after|once|won't|can't|cannot|not (?:looking|moving|"
    r"leaving|available)|wait|hold off)\b"
)
# A wait given up: "no need to wait till March", "don't hold off until the new year".
_NO_WAIT = re.compile(
    r"\b(?:no need to|don't|do not|doesn't|does not|no longer|not) (?:need to |have to )?"
    r"(?:wait|hold off|waiting|holding off)\b[^.;!?]{0,25}$"
)
# Ready now, said as a change: "actually ready now", "free now, the project wrapped early".
_READY_NOW = re.compile(
    r"(?<!not )(?<!n't )\b(?:ready|available|free|open|keen|good to go|happy|up for it)\b(?: (?:to (?:talk|"
    r"chat|go|look|move|interview|start|be contacted|hear(?: (?:about|of) (?:\w+ ){0,2}?(?:roles|jobs|"
    r"opportunities|options|openings|positions))?)|for (?:a )?(?:chat|call|roles|interviews|opportunities)))?"
    r"(?: again)? (?:right )?now\b(?! and (?:then|again))|\b(?:can|could) (?:talk|chat|start|interview|move) "
    r"(?:(?:right )?now|any ?time)\b|"
    # home again, said as a change: "rotation cancelled, home in Edmonton now", "back home now"
    r"(?<!not )(?<!n't )(?<!from )(?<!at )\b(?:back )?home(?: in [a-z][\w -]{0,25}?)? now\b(?! and (?:then|again))|"
    # "I want out now", "needs to move now", "looking now": wanting to leave, from the day said
    r"(?<!not )(?<!n't )(?<!never )\b(?:(?:want|wants|need|needs)(?: to get)? out|(?:want|wants|need|needs) to "
    r"(?:leave|move|go)|looking|on the market)(?: again)? (?:right )?now\b(?! and (?:then|again))"
)
_CHANGED = re.compile(
    r"\b(?:actually|update[ds]?|after all|changed (?:my|her|his|their) mind|came early|arrived early|"
    r"earlier than|sooner than|no need to wait|no longer|anymore|any more|instead|bored|early|"
    # the obstacle gone: "the company paid off my bond", "they waived my notice", "bought me out"
    r"paid (?:it |that |them )?off|paid off (?:my|the|her|his|their)|bought (?:me|him|her|them|it|my \w+) out|"
    r"waived|released me|let me go early|"
    r"fell through|called off|cancell?ed|scrapped|(?:got|was|been|were) pulled|(?:is|was) off|laid off|made redundant|let go|"
    # "scrap what I said about March, the project got canned": the earlier word taken back
    r"(?:scrap|forget|ignore|disregard|scratch) what (?:i|she|he|they) said|canned|axed|shelved|binned|"
    # "please ignore my last note about September": the earlier word taken back
    r"(?:scrap|forget|ignore|disregard|scratch) (?:my|her|his|their|the|that) (?:last|earlier|previous|old|"
    r"other) (?:note|message|email|e-mail|mail|text|reply|answer))\b"
)
# An earlier word taken back in so many words, then ready with no "now": "forget what I said
# about March - good to go", "ignore my last message, free to talk".
_TAKEN_BACK = re.compile(
    r"\b(?:scrap|forget|ignore|disregard|scratch) (?:what (?:i|she|he|they|we) (?:said|told you|wrote)|"
    r"(?:my|her|his|their|the|that) (?:last|earlier|previous|old|other) (?:note|message|email|e-mail|"
    r"mail|text|reply|answer))\b"
)
_BACK_WORDS = ("scrap", "forget", "ignore", "disregard", "scratch")
_ABOUT = re.compile(
    r"\W*(?:about|re|regarding|on)\W+(?:the |my |waiting (?:till|until) |holding off (?:till|until) )?"
)
_READY_TO = re.compile(
    r"(?<!not )(?<!n't )\b(?:ready|free|available|open|good to go|keen|happy)\b(?: (?:to (?:move|go|talk|"
    r"chat|look|interview|start|hear)|for (?:a )?(?:chat|call|roles|interviews|a move|the next thing)))?"
    r"(?=\W*$|\W*[.!;,]| to (?:move|go|talk|chat|look|interview|start|hear)| for)"
)
# A wait called off, in so many words: "no need to wait any more", "the wait is over", "scrap
# the hold". "no need to wait till March" names what it calls off (``_NO_WAIT``); said alone it
# frees them from the day said.
_CALLED_OFF = re.compile(
    r"\b(?:no (?:need|reason) to (?:wait|hold off)|(?:don't|do not|doesn't|does not|no longer) (?:need|have) "
    r"to (?:wait|hold off)|the wait is over|no longer (?:waiting|on hold)|(?:scrap|scratch|forget|ignore|drop|"
    # "scratch the bonus wait", "drop the exam hold": the wait named by what it was for
    r"cancel|bin) (?:the|my|that|her|his|their) (?:[\w-]+ )?(?:wait|hold|hold-off|timing)|(?:the )?(?:wait|hold) is (?:off|over|"
    r"lifted))\b(?! (?:for|on|until|till) (?:you|us|me|a reply|an answer|the (?:client|offer|results?|"
    r"feedback|decision)))"
)


# Open now, in so many words: "open to a chat any time", "keen to hear about anything now",
# "the sooner the better", "happy to talk now" (but not "not open now").
_OPEN_NOW = re.compile(
    r"(?<!not )(?<!n't )\b(?:open|keen|happy|available|free|ready|up for)\b[^.;!?]{0,40}?\b(?:any ?time|"
    r"(?<!from )now(?! (?:but|though))|right away|straight away|immediately|asap)\b|\bthe sooner the better\b|"
    # "available for interviews any day after 6pm": any day from now, at a time of day
    r"(?<!not )(?<!n't )\b(?:available|free|open|happy)\b[^.;!?]{0,30}?\bany (?:day|evening|morning|afternoon|"
    r"weekday|lunch ?time|monday|tuesday|wednesday|thursday|friday)\b(?![^.;!?]{0,20}\b(?:from|in|after) "
    r"(?:(?:early|mid|late|the end of) )?(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december|next|spring|summer|autumn|fall|winter)\b)|"
    # "laid off, can interview any time": free now, whatever the note says was planned
    r"(?<!not )(?<!n't )\b(?:can|could) (?:interview|talk|chat|start|meet) (?:any ?time|right away|immediately)\b|"
    # "any time for a call", "ring me whenever"
    r"\bany ?time for (?:a )?(?:call|chat|talk|catch-?up)\b|(?<!not )(?<!n't )\b(?:call|ring|phone|text|message|"
    r"email) (?:me|him|her|them) (?:any ?time|whenever)\b"
)
_BUT = re.compile(r"\W*(?:but|though|although|yet)\b[^.;!?]{0,40}$")
# ... unless that wait is said with an explicit word of waiting right before it.
_OPEN_NOW_BEATS = re.compile(r"\b(?:until|till|not before|no sooner than|only after)\W*$")


def _dated_past(before: str) -> bool:
    """ "went back in March after the baby": the month dates what happened ("during" is a time
    still to come in "not during Ramadan - after that")."""
    done = _DONE.search(before)
    return bool(done) and not done.group().startswith("during")


def _then_next(text: str, m: re.Match) -> bool:
    """A time said as a sentence of a few words, and the next one waits for it: "After
    Carnival! Everything stops here till then", "Christmas first. Nothing moves until then."""
    start, end = _sentence_start(text, m.start()), _sentence_end(text, m.end(), ".!?\n")
    # "part-time MSc at NUS, finals in May. No interviews until they're done": the time's own
    # clause is short
    start = max(start, text.rfind(",", 0, m.start()) + 1)
    words = len(text[start:end].split())
    if end >= len(text) or words > 8:
        return False
    rest = re.match(r"[.!?\s]+", text[end:])
    nxt = end + (rest.end() if rest else 0)
    then = _THEN_CLAUSE.match(text, nxt, _sentence_end(text, nxt, ".!?\n"))
    # a longer clause dates the event only when the next one names it back ("before it completes")
    return bool(then) and (words <= 5 or bool(re.search(_REFERS_BACK, then.group())))


def _sentence_end(text: str, pos: int, stops: str = ".!?;\n") -> int:
    found = re.search(f"[{stops}]", text[pos:])
    return pos + found.start() if found else len(text)


def _sentence_start(text: str, pos: int) -> int:
    cut = max(text.rfind(c, 0, pos) for c in ".!?;\n")
    return cut + 1


def _stands_alone(text: str, m: re.Match, before: str) -> bool:
    # After a label ("cand: nxt yr, EM roles only") the time answers "when?" up to the comma.
    stops = r"[.!?;\n,–]| - |$" if _LABEL.match(before) else r"[.!?;\n]|$"
    end = re.search(stops, text[m.end() :]).start() + m.end()
    return bool(_ONLY_A_TIME_BEFORE.match(before) and _ONLY_A_TIME_AFTER.match(text[m.end() : end]))


# "moving back to Dublin in the summer": a home move, which is no wait (the reading conventions).
_MOVE_VERB = re.compile(r"\b(?:mov(?:e|es|ing)|relocat(?:e|es|ing)|emigrat(?:e|es|ing))\b")
_HOME_MOVE = re.compile(
    r"\s+(?:back |over |out )?(?:to|home|house|abroad|countries|country|cities|city)\b(?![^.;]*\b(?:job|"
    r"roles?|jobs|company|companies|employer)\b)"
)


# A past verb that makes the cue after it history: "came back in", "was available from".
_PAST_BEFORE_CUE = re.compile(
    r"\b(?:came|got|went|was|were|been|moved|flew|returned|headed)\W+(?:(?:only|just|finally|"
    r"straight|right) )?$|"
    # a payout in hand: "collected her bonus in March", "banked my RSUs in May"
    # ... and a cliff already reached: "hit my cliff in July", "passed her cliff in May"
    r"\b(?:collected|cashed(?: out)?|banked|pocketed|received|got|took home|hit|reached|passed|cleared|"
    r"crossed|got past|made it past|past)\W+(?:(?:my|her|his|their|the|"
    r"this year's|last year's|full|annual|year-end) )*$"
)


# "back in <month>" at the end of a report in the past ("I was short with you back in Feb", "she
# asked us to stop back in March"): then, not a return - "off sick, back in Feb" is one.
_BACK_THEN = re.compile(
    r"\b(?:was|were|had|did|asked|told|said|spoke|wrote|emailed|rang|called|messaged|met|mentioned|sent|"
    r"replied|chatted|talked|signed|joined|left|started|placed|sorry|apologies|apologise|apologize)\b(?:(?!\b(?:will|'ll|be|until|till|from|"
    r"and)\b)[^,.;:!?–—-])*(?<!circle )(?<!come )(?<!get )(?<!be )(?<!check )(?<!call )(?<!ring )(?<!ping )"
    r"(?<!reach )(?<!touch )(?<!go )(?<!write )(?<!loop )(?<!try )(?<!him )(?<!her )(?<!them )(?<!me )"
    r"\bback (?:in|at the (?:start|end|beginning) of)(?: (?:early|mid|late))?\W*$"
)


# "back from parental leave in August", "back at work since July": a return in a month.
_BACK_IN = re.compile(
    r"\bback(?: (?:from|at|to|off) [^.;!?,]{1,40}?)? (?:in|since)(?: (?:early|mid|late))?\W*$"
)


def _back_already(before: str, month: str, said_at: date) -> bool:
    """A return in the month said or the two before it is one already made: nobody says "back
    in August" in September to mean the August after next."""
    return bool(_BACK_IN.search(before)) and (said_at.month - MONTHS[month]) % 12 <= 2


# When something was said or sent: "sorry for the snappy email in Feb", "I asked you to stop
# contacting me back in January" - then, not a wait ("stop calling till March" is one).
_SAID_THEN = re.compile(
    r"\b(?:sorry|apologies|apologise|apologize|my bad)\b[^.;:!?]*\b(?:email|e-mail|message|text|call|reply|"
    r"response|note|voicemail|words|tone|rant)s? (?:back )?(?:in|from)(?: (?:early|mid|late))?\W*$|"
    r"\b(?:asked|told|requested|begged|wanted)\b[^.;:!?]*\bstop\w*\b[^.;:!?]* back in(?: (?:early|mid|late))?\W*$"
)


# A month or holiday said as last year's ("till thanksgiving last yr", "until March of last
# year"): a time gone by, not one to wait for.
_LAST_YEARS = re.compile(r"\W*(?:of |in )?(?:last|the previous|the past) (?:yr|year)\b")
# Busy until then, said in the past: "was slammed till Thanksgiving", "were swamped until
# Christmas" ("was told she can't start until March" still waits).
_PAST_BUSY = re.compile(
    r"\b(?:was|were|had been)\W+(?:(?:so|really|pretty|super|very|crazy|just|totally) )?(?:slammed|"
    r"busy|swamped|snowed under|flat out|buried|tied up|booked up|maxed out|overloaded)\W+"
    r"(?:(?:with|w/?) (?:\w+ ){1,3})?(?:until|till|til|thru|through|to)\W*$"
)


# "just back from", "fresh back from", "recently back from": back already.
_JUST_BEFORE = re.compile(r"\b(?:just|fresh|freshly|recently|newly|only just)\W+$")


# Cues that name an event rather than wait for it: after "came back", "from his sabbatical in
# February" still dates the return.
_EVENT_CUE = re.compile(
    r"sabbatical|bonus|vest(?:s|ing)?|on leave|return(?:s|ing)?|back|ends|finishes|closes|completes"
)


# "occupied with the festive season release": what keeps them busy, not when they are free; and
# what fills the months named right after it ("timetabling eats June and July", "reports
# swallow all of March").
_BUSY_WITH = re.compile(
    r"\b(?:(?:occupied|busy|swamped|tied up|snowed under|flat out|slammed) with\b(?:\W+\w+){0,3}|"
    r"(?:eats?(?: up)?|ate(?: up)?|swallows?(?: up)?|takes? up|took up|fills?|filled)"
    rf"(?: (?:all of|the whole of|most of|the))?(?: (?:{_MONTH})(?:,| and| &|/))*)\W*$"
)


# "moving to Kraków in February - talk once we've landed": the move is what they wait for.
_ONCE_MOVED = re.compile(
    r"^\W*(?:[\w']+\W+){0,5}?(?:once|after|when)\W+(?:(?:we|i|they|he|she)(?:'ve|'re|'m|'s| have| are| am| "
    r"has| is)?\W+)?(?:\w+\W+)?(?:landed|sett?led|moved|unpacked|arrived|got there|relocated)\b|"
    r"^\W*(?:[\w']+\W+){0,3}?(?:after|once) (?:the|our|my|his|her|their|that) (?:move|relocation)\b"
)


# An event reported in the past tense right before its month: "was paid (at) the end of March".
_PAID_THEN = re.compile(
    r"\b(?:was|were|got|has been|have been|had been) (?:paid|paid out|settled|completed|closed|signed|"
    r"announced|over|done)(?: (?:in|at|on|by))?(?: the)?(?: (?:end|start|beginning|middle) of)?\W*$"
)


def _governed(before: str, after: str, further: str = "") -> bool:
    # "moving in January to Groningen - will talk once she's settled": the move, a few words on
    if _POST_CUE.match(after) and _PAID_THEN.search(before):
        return False  # "my bonus was paid end of March, I'm available": when it happened
    if _POST_CUE.match(after) or _ONCE_MOVED.match(further or after):
        return True
    cues = list(_CUE.finditer(before))
    if not cues:
        return False
    last = cues[-1].start()
    for verb in _MOVE_VERB.finditer(before):
        home = _HOME_MOVE.match(before, verb.end())
        if home and last < home.end():
            return False  # no cue of its own after the move ("... back to Dublin in the summer")
    for i, cue in enumerate(cues):
        # "just back from our honeymoon in October": a return, behind them
        just_back = cue.group().startswith("back") and _JUST_BEFORE.search(before, 0, cue.start())
        if (just_back or _PAST_BEFORE_CUE.search(before, 0, cue.start())) and all(
            _EVENT_CUE.fullmatch(c.group()) for c in cues[i + 1 :]
        ):
            return False  # "came back from her sabbatical in March", "was available from May"
    return not (_DONE.search(before, last + 1) or _BUSY_WITH.search(before, last + 1))


def _may_is_month(text: str, m: re.Match, original: str | None) -> bool:
    if m["year1"] or m["mod1"]:
        return True
    return bool(
        re.search(
            r"\b(?:until|till|in|from|after|before|by|around|since|of|end|back in|maybe|"
            r"perhaps|probably|or|early|mid|late)\W*$",
            text[: m.start()],
        )
    )
