"""The words around a time that make it a wait, or not: the cues that lead into it ("until", "not
before", "once", "try me in"), the clauses after it that wait for it ("nothing moves until then"),
what a duration is for (time to serve, to settle in, a break), what dates a start or an event
already behind them, how often a thing recurs, and the notice, leave and probation periods
(their kinds, and a period served or over).

Patterns only: ``reading.waits`` reads them.
"""

from __future__ import annotations

import re

from reading.gates import gated
from reading.wait_times import COUNT, MONTH

# The person waits: these before the time expression (same sentence, a few words back).
CUE = re.compile(
    r"\b(?:until|till|til|untill|not before|no sooner than|no earlier than|after|once|when|"
    # "after" in Portuguese, Spanish, French and German: "depois do Carnaval", "nach Fasching"
    r"depois d[aeo]s?|despu[eé]s del?|apr[eè]s|nach|"
    # "don't send me anything before February": a refusal up to a time, a few words back
    r"(?:can't|cannot|won't|not|unable to|can not) (?:\w+ ){0,4}before|(?:don't|do not) (?:\w+ ){1,4}before|"
    # "severance says no new job before Jan 4", "no start before January", "no moves before March"
    r"no (?:new |other |fresh )?(?:jobs?|roles?|positions?|starts?|starting|moves?|moving|switch(?:es)?|"
    r"changes?|offers?|interviews?|outreach|contact|calls?|emails?|messages?) before|"
    r"(?:available|avail|free|open|looking|interested|start|starting|back|move|moving|join|talk|chat|"
    r"contact|reach out|try|ping)(?: \w+){0,3} from|from (?:early|mid|late|the start of|the end of)|"
    # (not the flag "do-not-contact": "marked me do-not-contact in January" says when it was set)
    r"starting|back|available|free|open|reach out|(?<!not-)(?<!not )(?<!no-)contact|recontact|re-contact|ping|try|check|follow(?:ing)? up|circle back|"
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
    # (a yearly cycle's end said as a fact is no wait of theirs: "our fiscal year ends June 30",
    # "the school year ends in May"; "don't call before the fiscal year ends" has its own cue)
    r"contract (?:ends|finishes|is up|runs out|runs)|(?<!fiscal year )(?<!financial year )(?<!tax year )"
    r"(?<!school year )(?<!academic year )(?<!calendar year )(?<!fiscal )(?<!fy )(?:ends|finishes)|sabbatical|reconsider|"
    # a ship's or a boat's contract ends when the crew member signs off: "signing off in June",
    # "SOff approx June", "signing off the ship in May", "disembarks in May" (not "signs off on
    # the budget", "will sign off my sea time": an approval)
    r"(?:sign(?:s|ing)?|will sign) off(?! (?:on|my|his|her|their|your|our|a|an|it|this|that)\b)"
    r"(?! the (?!(?:ship|boat|vessel|yacht|rig)\b))|"
    r"soff|s/off|disembark(?:s|ing)?|"
    # an assignment or its extension running on: "a 6-month extension at HMRC, runs to mid-April"
    r"(?:contract|assignment|extension|placement|secondment|cover|ftc|booking|project|gig|stint|posting|"
    r"renewal)\b[^.;!?]{0,50}?\b(?:runs|running|lasts|goes) (?:on )?(?:to|till|until|through|into)|"
    # an extension said by who was extended: "they've extended me to the end of June", "got
    # renewed through March", "rolled her over into Q2"
    r"(?:extended|renewed|rolled (?:me |him |her |them )?(?:over|on))(?: (?:me|him|her|them|us))? "
    r"(?:on )?(?:to|till|until|through|thru|into)|"
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
POST_CUE = re.compile(
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
ONLY_A_TIME_BEFORE = re.compile(
    r"^\W*(?:(?:cand(?:idate)?|per cand|update|note|reply|answer)\s*[:\-–]\W*)?(?:(?:at|in|from|around|maybe|probably|perhaps|possibly|sometime|hopefully|ideally|realistically|"
    r"not|till|until|so)\W+)*$"
)
LABEL = re.compile(r"^\W*(?:cand(?:idate)?|per cand|update|note|reply|answer)\s*[:\-–]\W*$")
# A refusal until a dated event is over, named back: "won't leave before it completes", "not
# moving until the outcome", "nothing till the deal closes".
REFERS_BACK = (
    r"(?:won't|will not|wont|not|no|nothing|can't|cannot|isn't|doesn't|staying|stays|hold(?:ing)? off|"
    r"wait(?:ing)?)\b[^.!?]{0,40}?\b(?:before|until|till|til|pending) (?:(?:it|that|this|the (?:deal|"
    r"transaction|sale|merger|acquisition|take-private|round|process|vote|review|exams?))(?:'s| is| has)? "
    r"(?:completes?|closes?|closed|completed|signs?|signed|done|over|lands|announced|through|out|"
    r"comes through|goes through)|(?:the|my|his|her|their) (?:outcome|result|results|decision|announcement|completion|"
    r"closing|vote)(?! of (?:the|my|his|her) (?:interview|application)))"
)
# A refusal said as an impossibility: "no way I leave before then", "not a chance I move till it's
# done" (what follows names the time back, as after "won't").
NO_WAY = r"no way|no chance|not a chance|not a hope|no hope|there's no way|not in a million years"
# A clause after the time that waits for it: "Getting married in June - after that I'm all yours",
# "IPO is in December and she's staying till it's done".
THEN_CLAUSE = re.compile(
    r"[^.!?]{0,45}?\b(?:after (?:that|which|this|it)|once (?:that|it|this)(?:'s| is| has been)? "
    # "let's talk once it's sat": an exam sat is an exam over
    r"(?:done|over|through|passed|finished|sat)|"
    # "ring me after results", "call after the results are out": an exam's results, after it
    r"after (?:the |my |his |her |their )?results\b|"
    # "want that done before any interviews", "need it out of the way before I move": the dated
    # thing first, then the rest
    r"(?:want|wants|need|needs|like|'d like|would like) (?:that|it|this|them|those) (?:done|out of the way|"
    r"finished|over|sat|passed|behind (?:me|him|her|them)) (?:before|ahead of) (?:any|anything|i|he|she|they|"
    r"we|starting|interviewing|moving|talking)\b|(?:till|until) (?:it's|it is|that's|that is|then) ?"
    r"(?:done|over|finished)?|(?:till|until|before) (?:they're|they are|those are|these are|"
    r"they've|they have) (?:done|over|finished|through|passed)|"
    # the dated thing named back: "board exams Feb-March, no job change till her exams are over"
    r"(?:till|until|before) (?:my|his|her|their|our|the) (?:[\w'-]+ ){1,2}?(?:is|are|'s|'re|gets?) "
    r"(?:done|over|finished|through)|"
    r"then i'?m|(?:nothing|not) (?:before|until|till) (?:then|that|it(?! \w))|"
    # "can't take up a post before then", "looking for something from then"
    r"(?:can't|cannot|can not|won't|couldn't|unable to) (?:[\w-]+ ){1,5}?(?:before|until|till) (?:then|that)(?! \w)|"
    r"(?:looking|available|free|start(?:ing)?|open)(?: [\w-]+){0,3}? from then\b|"
    # "go-live on 1 February, nothing before.": "before" closing the clause is before the time said
    r"(?:nothing|not) before(?=\W*(?:$|[.;!]\s))|"
    # "exam is in April - don't put me forward for anything before it"
    r"(?:don't|do not|dont) (?:[\w-]+ ){1,4}?(?:anything|any \w+|roles?|jobs?|interviews?) (?:before|until|till) "
    r"(?:it|then|that|this)(?! \w)|"
    # "exam next April, so please no interviews before then", "no calls till then"
    r"\bno (?:[\w-]+ ){1,2}?(?:before|until|till) (?:then|that)(?! \w)|"
    # "getting married in February - reconnect after the wedding", "wedding in June, talk after"
    r"after (?:the|our|my|his|her|their) (?:wedding|honeymoon|birth|baby|big day|surgery|operation|"
    r"move|trip|exams?|ipo|listing|launch|release|go-?live|renovation)|"
    # a product's launch needs no "the": "ship in March ... ping me after launch"
    r"after (?:launch|release|go-?live|ship|shipping)\b|"
    r"(?:reconnect|talk|chat|catch up|speak|reach out|touch base|get in touch|ping (?:me|him|her)|"
    # "... reach out the week after": a week's grace after it, still after the time just said
    r"contact (?:me|him|her)|try (?:me|him|her)(?: again)?|"
    # an agency's word for it: "ticket renewal mid-Jan - put me forward after"
    r"put (?:me|him|her|them) forward|submit (?:me|him|her|them)|"
    # "offshore till the 18th, no signal - call after": the phone is how they will be reached
    r"(?:call|ring|phone|message|text|email|whatsapp)(?: (?:me|him|her|them))?)(?: (?:the|a) (?:week|day|couple of days|few days|"
    r"monday|fortnight))? after(?:wards)?(?=\W*$)|"
    # "home leave 1 Dec to 15 Jan - don't call till he's back": back from the time just said
    r"(?:till|until|til) (?:he's|she's|i'm|im|they're|he is|she is|i am|they are|we're|we are) back(?=\W*$)|"
    # "five years in March for the gratuity - not resigning before", "won't switch sponsor
    # before": "before" with nothing named is before the time just said ("not done that
    # before" is what they have done, not a wait)
    # "don't want distractions before": nothing wanted before it
    r"(?:won't|will not|can't|cannot|wouldn't|would not|not going to|not \w+ing|no \w+ing|"
    r"(?:don't|do not|doesn't|does not) want|" + NO_WAY + r")(?: [\w'-]+){0,3}? before(?=\W*$)|"
    # "exams on 7-8 Dec - leave me till after", "audit in March, nothing until after": "after"
    # with nothing named is after the time just said, a reason may follow ("won't interview till
    # after, the bonus is tied to it")
    r"(?:till|until|til|not before|nothing before) after(?=\W*$|\s*[,;:(\u2013\u2014-])|"
    # "We ship v3 in Q1 ... so not before it's out", "rather not move before it's live"
    r"not (?:\w+ )?(?:before|until|till) (?:it's|it is|it has|that's|it) ?(?:out|live|shipped|launched|"
    r"released|done|over|finished|through|signed)|"
    # "cliff in January, won't move before it", "bonus in March - can't leave till then"
    r"(?:won't|will not|can't|cannot|wouldn't|would not|not going to|"
    + NO_WAY
    + r") (?:[\w'-]+ ){1,3}?(?:before|until|till) "
    r"(?:it|then|that|this)(?! \w)|" + REFERS_BACK + r")\b"
    # the event named back: "Up for partner in the May round; won't look until the outcome",
    # "completion targeted end of Q1. Won't leave before it completes"
)
# A dated exam or assessment, then nothing until it is passed: "sitting my AM2 in January - nothing
# until I've passed", "final assessment in the spring, so I won't move until I'm chartered". A
# longer clause than ``THEN_CLAUSE``'s may sit between: what it is, who is helping.
UNTIL_PASSED = re.compile(
    r"[^.!?]{0,80}?\b(?:nothing|not|no|won't|will not|wont|can't|cannot|staying|stay)\b[^.!?]{0,30}?\b"
    r"(?:till|until|til|before) (?:i've|i have|i'm|i am|she's|she has|she is|he's|he has|he is|they've|they're|"
    r"i get|she gets|he gets) (?:passed|qualified|chartered|signed off|got (?:it|through)|through it)\b"
)
ONLY_A_TIME_AFTER = re.compile(
    r"^\W*(?:(?:sometime|maybe|probably|perhaps|possibly|hopefully|ideally|realistically|-?ish|or so|at "
    r"the earliest|is (?:more )?realistic|would work|works|please|thanks|thank you|cheers|would ya|"
    r"if that's (?:ok|okay|alright)|per cand|"
    # the time repeated as a floor: "new year please, not before", "March, no sooner"
    r"(?:and )?(?:not|no|nothing) (?:before|sooner|earlier)(?: (?:then|that|pls|please))?)\W*)*$"
)
# A start looked for: "looking for Term 1 starts", "hoping for a September start" (not "at the
# earliest", which holds them off till then).
START_SOUGHT = re.compile(
    r"\b(?:looking|hoping|aiming|keen|open|applying) (?:for|at|to) (?:an? |the )?$|\btargeting (?:an? |the )?$"
)
A_START = re.compile(r"^\W*(?:20\d\d )?starts?\b(?!\W*(?:at the earliest|earliest|at the soonest))")
# A month that dates something done, not a wait ("joined in May", "interviewed in April").
DONE = re.compile(
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
LEFT_AFTER = re.compile(
    r"\b(?:left|quit|resigned|departed|moved on|was let go|got let go|laid off|stepped down|"
    r"walked out|lasted|stayed|was made redundant)\b[^.;!?,\n]{0,60}\bafter(?: (?:only|just|nearly|"
    r"almost|about|around|over|barely|a good|a solid))?\W*$"
)
FROM_MONTH = re.compile(
    rf"\bfrom (?:(?:early|mid|the start of|the beginning of) )?(?P<month>{MONTH})"
    r"(?: \d{1,2}(?:st|nd|rd|th)?)? for (?:about |around |roughly )?$"
)
# The month dates when something began: "floated on the LSE in Sept; ... locked up for six
# months, after that" waits for the lock-up, not for September.
DATES_A_START = re.compile(
    r"\b(?:since|joined|started|began|listed|floated|ipo'd|went public|new (?:job|role) (?:since|in))"
    r"\b[^.;!?,]{0,30}$"
)
# "travelling for 4 months from January": counted from January too.
FROM_MONTH_AFTER = re.compile(
    rf"\s+from (?:(?:early|mid|the start of|the beginning of) )?(?P<month>{MONTH})\b"
)
DURATION_LEAD = re.compile(
    # "~4 months", "approx. six weeks": about that long
    r"(?:(?<!\w)~|\bapprox(?:\.|imately)?|\b(?:in|within|after|give (?:it|them|him|her|me)|another|wait(?:ing)?(?: for)?|for|"
    r"for another|in about|in around|in roughly|in maybe|in another|about|around|roughly|maybe|"
    r"at least|for at least|for the next|the next|hold off(?: for)?|say|said|says|probably|"
    r"perhaps|realistically|like))\W*$"
)
# Time to be served in a new job first, waited for: "till I've done a full year there", "until she
# hits her one-year mark", "not before I've put in 18 months".
TIME_SERVED = re.compile(
    r"\b(?:till|until|til|before|once)\W+(?:(?:i|i['’]ve|i have|i['’]d|she|she['’]s|she has|he|he['’]s|he has|they|"
    r"they['’]ve|they have|we['’]ve)\W+)?(?:(?:at least|actually|properly) )?(?:done|do|put in|completed?|hit|hits|"
    r"reached|reaches|reach|clocked(?: up)?|served|finished|finish|racked up)\W+(?:(?:my|her|his|their|"
    r"the|a|at least)\W+)?(?:(?:full|whole|first|complete) )?$|"
    # "give me a year there", "give her six months in the new job": time in the post asked for
    r"\bgive (?:me|him|her|them|us|it)\W+(?:at least\W+|a good\W+|a full\W+)?$"
)
# "for" a duration is a wait only after a cue that the person stays put or holds off.
FOR_CUE = re.compile(
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
NOT_DURATION = re.compile(
    r"^\W*(?:ago|in (?:the |a |an |my |his |her )?\w+|into|later than|notice|contract|old|of|at(?! least)|with|"
    r"as|on|doing|working|building|here|there|experience|fixed|ftc|maternity|stint|project|every|each|per|"
    r"assignments?|travel|locum|gig|placement|"
    r"long|straight|running|before that|(?:up|down|out|over) (?:there|here))\b|^ \w+ing\b"
)
STANDS_ALONE = re.compile(
    r"^\W*(?:then|from now|'s time|time|or so|,? then|and then|at least|at the earliest|minimum|and (?:i'll|i will|"
    r"she'll|he'll|they'll|we'll|things will|it'll|i should|i'd))\b"
)
# "needs a couple of months to settle into her new team": time they need before a move.
NEEDS = re.compile(
    r"\b(?:needs?|wants?|will take|it'll take|it will take|takes?|asked for)(?: him| her| them| me)?\W*$"
)
TO_SETTLE = re.compile(
    r"^\W*(?:to (?:think|decide|mull|consider|reflect|weigh|sort|figure|settle|bed in|find (?:her|his|their|my) feet|get settled|get up to speed|finish|wrap up|"
    r"see (?:it|this|that|(?:the )?(?:[\w-]+ ){0,4}?[\w-]+) (?:out|through)|close out|complete|ramp up|get through|recover)|before "
    r"(?:moving|looking|talking|considering|she|he|they|i|we|you|us|any)\b)"
)
# "taking three months off to recover", "will take a few months out": a break they are taking
# now (not one taken: "took six months off in 2019").
TAKING = re.compile(
    r"\b(?:taking|going to take|will take|'ll take|plans? to take|planning to take)\W*$"
)
OFF = re.compile(r"^\W*(?:off|out)\b(?! (?:of|from)\b)")
# "asked for three months' grace": time left alone, asked for.
GRACE = re.compile(
    r"^(?:'s?|s')?\W*(?:of )?(?:grace|breathing (?:room|space)|respite|breather|peace and quiet|space)\b"
)
# A day and month ("16 Jun") is a wait only right after one of these; else it dates an event.
DATED_CUE = re.compile(
    # "back at work 1/4", "returns to work on 3/2": the day a leave ends
    r"\b(?:until|till|til|from|after|before|back(?: on| in| (?:at|to) work(?: on)?)?|"
    # an event named between the cue and its day: "until our PDUFA date on Jan 15", "not
    # before the launch on 20 August", "till after her defence on 3 March"
    r"(?:until|till|til|before|after) (?:after )?(?:our|my|his|her|their|the) (?:[\w'-]+ ){1,3}?on|"
    r"returns?(?: to work)?(?: on)?|returning to work(?: on)?|available(?: from)?|"
    r"free(?: from)?|start(?:ing|s)?(?: on)?|on leave|off|away|out|"
    # "the earliest I could start anywhere is 1 May", "soonest she can join would be 3 March"
    r"(?:start|join|begin)(?: date)?(?: (?:anywhere|elsewhere|work|there|with you|with us))? "
    r"(?:is|would be|will be|'s)(?: on| from)?|"
    # "RSU tranche vests Mar 15": the day an event still ahead falls on
    r"vest(?:s|ing)?(?: on)?|pays? out(?: on)?|"
    # "my RSU cliff is Feb 15", "RSU cliff 15/02/27": the day the cliff falls on
    r"(?:rsus?|vesting|equity|stock|options?|year|month|my|his|her|their) cliff(?: date)?(?: (?:is|on|hits|lands|falls))?(?: on)?|"
    # "a 13-week contract at Ochsner, ends 1/9": an assignment still running ends that day
    r"(?<!posting )(?<!offer )(?<!deadline )(?<!role )(?<!job )ends(?: on)?|runs (?:to|till|until|through|thru))"
    # the weekday said before the date: "till Mon 30 Nov", "until Wednesday, 29 April"
    r"(?: (?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?)?\W*$"
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
# A recovery ahead, with its length: "three months of physio", "rehab 6 weeks", "eight weeks'
# recovery" - a wait from the day said (never with no length: "doing physio" says no end).
# Physio and rehab are trades and wards too ("6 months physio experience", "3 weeks rehab nursing").
RECOVERY = (
    r"(?:physio(?:therapy)?|rehab(?:ilitation)?|recovery|convalescence)"
    r"(?! (?:experience|exp|background|work|jobs?|roles?|posts?|practice|nurs\w*|centres?|centers?|"
    r"wards?|clinics?|units?|assistants?|team|placements?|rotations?|cover|locum|contracts?)\b)"
)
NOTICE = gated(
    re.compile(
        rf"\b(?:(?:(?P<n1>{COUNT})[ -](?P<u1>months?|weeks?|years?|days?)(?:'s?|s')? "
        rf"(?:{_PERIOD_SAID}|(?:of )?{RECOVERY}))"
        rf"|(?:{_PERIOD_SAID}|{RECOVERY})(?: \w+){{0,2}}?[ (:,-]{{1,3}}(?:about |around |another |roughly )?"
        rf"(?P<n2>{COUNT})[ -]?(?P<u2>months?|weeks?|days?|m|w)(?!\w| ago\b| back\b)"
        # "serving NP", "on NP": ATS shorthand for a notice being served, with no length said
        r"|(?P<bare>notice(?: period)?|(?:(?<=serving )|(?<=serving my )|(?<=serving his )|"
        r"(?<=serving her )|(?<=serving their )|(?<=currently on )|(?<=still on ))np|"
        r"probation(?:ary)?(?: period)?|(?:vesting )?cliff|"
        r"garden(?:ing)? leave|sabbatical|career break|lock-?up(?: period)?|"
        r"(?:shares|options|stock|rsus|equity) vests?))\b"
    )
)
# Which period a match names, for when it started (``reading.period_waits``).
PERIOD_KINDS = (
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
SERVED = re.compile(
    r"\b(?:was|were|had been|(?<!it's )(?<!it is )(?<!it's been )(?<!it has been )(?<!till )(?<!until )"
    r"(?<!once )(?<!before )(?<!when )served|used to be|last year|previous|old job)\b"
)
NOTICE_CUE = re.compile(
    r"\b(?:once|after|when|until|till|serving|ends|finishes|through|working (?:out|through)|wait\w*|"
    r"can't start|cannot start|can start|available|handed in|handing in|gave|given|put in|on|during|"
    r"in (?:my|his|her|their)|first)\b"
)
# Garden leave or a sabbatical already behind them.
LEAVE_BEHIND = re.compile(
    r"\b(?:spent|was on|were on|back since|back from|came back|returned|ended|finished|wrapped up)\b"
)
# A probation or notice already behind them: "finished probation a while back", "passed it".
PERIOD_DONE = re.compile(
    r"\b(?:finished|passed|completed|through|survived|cleared|past|after passing|done with)\W+"
    r"(?:(?:my|his|her|their|the)\W+)?$"
)
TILL_IT = re.compile(
    r"\b(?:till|until|til|once|when|after|before|by the time|soon as)\W+(?:\w+\W+){0,2}$"
)
# ... or said of it right after: "six-month non-compete finished end of May", "probation signed
# off in August", "garden leave's over" (not "ends in May", still ahead).
PERIOD_OVER = re.compile(
    # when it began may come between: "six-month non-compete from March finished in September"
    r"(?:\W+(?:from|since|starting|that (?:started|began)(?: in| on)?) (?:early |mid |late |the )?[\w/]+"
    r"(?: \d{1,2}(?:st|nd|rd|th)?)?(?=\W))?"
    r"\W*(?:(?:has|had|is|was|'s)\W+)?(?:now\W+)?(?:finished|ended|expired|lapsed|over|done|ran out|run out|"
    r"completed|signed off|passed|served|behind (?:me|him|her|them))\b"
)


# An amount of money right before "a month" / "a year": "30k ", "€4,500 gross ", "5 000 zł ".
AN_AMOUNT_BEFORE = re.compile(
    r"(?:\d\s?(?:k|m|mil|grand)|\d[,. ]\d{3}|[£€$₹₦¥]\s?\d+(?:[.,]\d+)?|\d\s?(?:[£€$]|zł|kr)|"
    r"\b[a-z]{3} \d+)(?:\s?(?:[£€$]|zł|kr|[a-z]{3}))?(?:\s(?:gross|net|brutto|netto|before tax|"
    r"after tax|pre-tax|base|basic|b2b|all in|ctc|total))?\s?$"
)


# Months a thing recurs in, listed after how often: "vests quarterly - Feb, May, Aug, Nov".
RECURRING = re.compile(
    r"\b(?:quarterly|every (?:quarter|three months|six months)|each quarter|twice (?:a|per) year|twice "
    r"yearly|semi-?annual(?:ly)?|bi-?annual(?:ly)?|monthly)\b(?:(?!\b(?:until|till|after|before|once|not|"
    r"wait|next)\b)[^.;!?])*$"
)
