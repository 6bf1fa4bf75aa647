"""A wait given up, taken back or called off, and a note that says they are open now.

"Cliff in Feb. Not a blocker" is a date to know, not one to wait for; "no need to wait till
March" gives the wait up; "ignore my last message about the summer" takes it back; "update: the
baby came early, actually ready now" and "scrap the hold, let's talk" open them from the day said.
"Open to a chat any time" makes the months in the same note what happened or is planned.

``reading.waits`` applies these to the waits it found.
"""

from __future__ import annotations

import re
from datetime import date

from reading.clauses import sentence_end, sentence_start
from reading.open_now_said import OPEN_NOW_TOO, SEARCHING_NOW_TOO


def given_up_or_ready(
    found: list[tuple[date, int, int]], text: str, said_at: date
) -> list[tuple[date, int, int]]:
    if found and "block" in text and _NOT_A_BLOCKER.search(text):
        # "Cliff in Feb. Not a blocker, just flagging it": a date to know, not one to wait for
        found = [
            w
            for w in found
            if _HOLDS_OFF.search(text, sentence_start(text, w[1]), sentence_end(text, w[2]))
        ]
    if found and ("wait" in text or "hold" in text):
        # "no need to wait till March": the wait said is the one given up
        found = [w for w in found if not _NO_WAIT.search(text, sentence_start(text, w[1]), w[1])]
    if found and ("free" in text or "available" in text):
        # "working weekends till 15 Dec, but weekday evenings are free for interviews": busy
        # until then, yet open to talk now - no wait
        found = [
            w for w in found if not _FREE_MEANWHILE.search(text, w[2], sentence_end(text, w[2]))
        ]
    back = _TAKEN_BACK.search(text) if any(w in text for w in _BACK_WORDS) else None
    if found and back:
        # "ignore my last message about the summer": the wait named is the one taken back
        found = [w for w in found if not _ABOUT.fullmatch(text, back.end(), w[1])]
    if (
        not found
        and any(w in text for w in ("now", "any", "away", "asap", "immediately", "whenever"))
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
    elif (
        not found
        and (gone := _THING_OFF.search(text))
        and (ready := _FREE_BARE.search(text))
        and abs(ready.start() - gone.start()) < 80
    ):
        # "finally I'm available, the project fell through": the thing waited on is off and
        # they say they are free - open from the day said, whatever an earlier note asked
        found.append((said_at.replace(day=1), ready.start(), ready.end()))
    elif not found and (off := _CALLED_OFF.search(text)):
        # "no need to wait any more", "scrap the hold, let's talk": the wait called off, so open
        # from the day said, whatever an earlier note asked
        found.append((said_at.replace(day=1), off.start(), off.end()))
    return found


# What was waited on called off, and free said bare beside it (not "not available", not "free
# in March": a time after it is the wait tables').
_THING_OFF = re.compile(
    r"\b(?:fell through|fallen through|called off|cancell?ed|scrapped|shelved|canned|axed|fell apart)\b"
)
_FREE_BARE = re.compile(
    r"(?<!not )(?<!n't )(?<!never )\b(?:i'm|i am|she's|she is|he's|he is|they're|they are) "
    r"(?:finally |now )?(?:available|free)\b(?=\s*(?:$|[.,;:!)\n]|[-–—]\s))"
)


# Open to talk meanwhile, after a busy time: "but weekday evenings are free for interviews",
# "though still available for calls" (not "free for interviews after that": the wait holds).
_FREE_MEANWHILE = re.compile(
    r"\b(?:but|though|although|still|meanwhile|in the meantime)\b[^.!?]{0,50}?\b(?:free|available)\b"
    r"(?: \w+){0,2}? (?:for|to take|to do|to attend) (?:interviews?|calls?|a chat|chats|a call)\b"
    r"(?![^.!?]{0,30}\b(?:after|from then|once|then|thereafter|later)\b)"
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
    r"chat|go|look|move|interview|start|be contacted|hear(?:ing)?(?: (?:about|of) (?:\w+ ){0,2}?(?:roles|jobs|"
    r"opportunities|options|openings|positions|anything|something new))?)|for (?:a )?(?:chat|call|roles|interviews|opportunities)))?"
    # "free from now": open from the day said ("free from now until May" holds, below)
    # ("happy now where I am", "happy now in her role" is content, not free)
    r"(?: again)? (?:(?:right |from )?now\b(?! and (?:then|again))(?! (?:until|till|to) )"
    r"(?! (?:where|in (?:my|her|his|their|the) (?:role|job|team|place|company)))|"
    # "free right away", "available immediately" (said as a change, below)
    r"(?:right|straight) away\b|immediately\b|"
    # "free to talk whenever": at the clause's end, no time it waits for ("whenever the deal
    # closes" is one)
    r"whenever(?=\s*(?:$|[.,;:!?)\n]|[-–—]\s)))|"
    r"\b(?:can|could) (?:talk|chat|start|interview|move) "
    r"(?:(?:right )?now|any ?time)\b|"
    # a call asked for now: "job wraps early, call me right away", "text him asap"
    r"(?<!not )(?<!n't )(?<!never )\b(?:call|ring|phone|text) (?:me|him|her|them) (?:right away|straight away|"
    r"immediately|asap|right now)\b(?!\s*(?:after|from|once|when|in|if)\b)|"
    # a talk asked for now: "the award got cancelled - let's talk now", "lets chat now then"
    r"\b(?:let's|lets|let us) (?:talk|chat|speak|catch up|get talking|have (?:a|that) (?:chat|call|talk))"
    r"(?: again)? (?:right )?now\b(?! and (?:then|again))|"
    # home again, said as a change: "rotation cancelled, home in Edmonton now", "back home now"
    r"(?<!not )(?<!n't )(?<!from )(?<!at )\b(?:back )?home(?: in [a-z][\w -]{0,25}?)? now\b(?! and (?:then|again))|"
    # "I want out now", "needs to move now", "looking now": wanting to leave, from the day said
    r"(?<!not )(?<!n't )(?<!never )\b(?:(?:want|wants|need|needs)(?: to get)? out|(?:want|wants|need|needs) to "
    r"(?:leave|move|go)|looking|on the market)(?: again)? (?:right )?now\b(?! and (?:then|again))"
)
_CHANGED = re.compile(
    r"\b(?:actually|finally|turns out|turned out|update[ds]?|after all|changed (?:my|her|his|their) mind|came early|arrived early|"
    r"earlier than|sooner than|no need to wait|no longer|anymore|any more|instead|bored|early|"
    # the plan waited on changed: "change of plan, her partner stayed", "plans have changed"
    r"change of plans?|(?:plans?|things) (?:have |has )?changed|"
    # the obstacle gone: "the company paid off my bond", "they waived my notice", "bought me out"
    r"paid (?:it |that |them )?off|paid off (?:my|the|her|his|their)|bought (?:me|him|her|them|it|my \w+) out|"
    r"waived|released me|let me go early|"
    # the thing waited on called off: "project cancelled", "the launch got shelved"
    r"(?:cancell?ed|called off|fell through|scrapped|shelved|canned|axed)\b|"
    # the job waited on left: "quit my job already, can talk right now"
    r"(?:quit|left|resigned from) (?:my|her|his|their) (?:job|role)(?! (?:in|at|on|next|this|after|once|when)\b)|"
    # the upheaval over: "the move's done, we're settled", "kids have settled in at school"
    r"(?<!not )(?<!n't )(?<!never )(?:(?:we're|we are|i'm|i am|they're|they are|she's|he's|all|finally|now) )?settled(?: in)?(?! (?:on|for|with|out of|the|a|an|my|our|his|her|their)\b)|"
    # the thing waited on put off, so no longer in the way: "outage got pushed to 2028 - free now"
    r"(?:got |was |been |has been )?(?:pushed (?:back|out|to)|postponed|put back|delayed)|"
    # ... or ended sooner than planned: "contract got cut short", "the posting was curtailed"
    r"cut short|curtailed|(?:ended|finished|wrapped(?: up)?) (?:prematurely|ahead of schedule)|"
    r"fell through|called off|cancell?ed|scrapped|(?:got|was|been|were) pulled|(?:is|was) off|laid off|made redundant|let go|"
    # the job itself gone: "got caught in the layoffs", "hit by the RIF", "my role was cut"
    r"(?:caught|hit|swept up) (?:in|by) (?:the |a |this |last week's )?(?:layoffs?|lay-offs?|rifs?|cuts|redundanc(?:y|ies)|"
    r"restructur\w*|reorg)|(?:got|was|been) (?:rif'?d|rifed)|(?:my|her|his|their) (?:role|job|position) "
    r"(?:was|got) (?:cut|eliminated|made redundant)|"
    # "scrap what I said about March, the project got canned": the earlier word taken back
    r"(?:scrap|forget|ignore|disregard|scratch) what (?:i|she|he|they) said|canned|axed|shelved|binned|"
    # home again, the stint or trip waited on over: "back home now, available right away", "I'm
    # back from the ship, free immediately" (with a readiness of the day said, above)
    r"back (?:home|from (?:the )?\w+)\b(?! (?:in|on|at) )|"
    # "scrap that, free to talk now": the word before it taken back
    r"(?:scrap|scratch|forget|ignore|disregard) (?:that|this)(?= *[,.;:!-])|"
    # "forget January, I'm ready now", "scrap the summer": the time they named taken back
    r"(?:scrap|scratch|forget|ignore|disregard|never mind) (?:about )?(?:the )?(?:january|february|march|april|"
    r"may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|"
    r"dec|spring|summer|autumn|fall|winter|new year|easter|christmas|q[1-4])(?= *[,.;:!-])|"
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
    r"(?=\W*$|\W*[.!;,]| to (?:move|go|talk|chat|look|interview|start|hear)| for)|"
    # ... or asked to talk now: "scrap what I said about March - talk to me now", "let's talk"
    r"\b(?:talk|speak|chat) to (?:me|us|her|him|them)(?: (?:right )?now| any ?time| whenever)?(?=\W*$|\W*[.!;,])|"
    r"\blet'?s (?:talk|chat|speak)\b|\b(?:call|ring|phone|email|message) (?:me|her|him|them) (?:(?:right )?now|"
    r"any ?time|whenever)\b"
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
OPEN_NOW = re.compile(
    r"(?<!not )(?<!n't )\b(?:open|keen|happy|available|free|ready|up for)\b[^.;!?]{0,40}?\b(?:any ?time|"
    r"(?<!from )now(?! (?:but|though))|right away|straight away|immediately|asap|"
    # "happy to hear about anything good whenever": at the clause's end, no time it waits for
    # ("happy to talk whenever the deal closes" is one)
    r"whenever(?=\s*(?:$|[.,;:!?)\n]|[-–—]\s)))\b|\bthe sooner the better\b|"
    # "available for interviews any day after 6pm": any day from now, at a time of day
    r"(?<!not )(?<!n't )\b(?:available|free|open|happy)\b[^.;!?]{0,30}?\bany (?:day|evening|morning|afternoon|"
    r"weekday|lunch ?time|monday|tuesday|wednesday|thursday|friday)\b(?![^.;!?]{0,20}\b(?:from|in|after) "
    r"(?:(?:early|mid|late|the end of) )?(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december|next|spring|summer|autumn|fall|winter)\b)|"
    # "laid off, can interview any time": free now, whatever the note says was planned
    r"(?<!not )(?<!n't )\b(?:can|could) (?:interview|talk|chat|start|meet) (?:any ?time|right away|immediately|"
    # "can start whenever, 30 days notice": the notice is how long a start takes, no wait to call
    # ("can start whenever the notice is done" waits for it)
    r"whenever(?=\s*(?:$|[.,;:!?)\n]|[-–—]\s)))\b|"
    # "any time for a call", "ring me whenever"
    r"\bany ?time for (?:a )?(?:call|chat|talk|catch-?up)\b|(?<!not )(?<!n't )\b(?:call|ring|phone|text|message|"
    # "call me right away", "text him asap": now, whatever was said before
    r"email) (?:me|him|her|them) (?:any ?time|whenever|right away|straight away|immediately|asap|"
    r"right now)\b(?!\s*(?:after|from|once|when|in|if)\b)|"
    # "send anything over whenever", "says to send roles through any time"
    r"(?<!not )(?<!n't )(?<!never )\bsend (?:(?:me|him|her|them|us) )?(?:anything|roles|jobs|stuff|things|"
    r"opportunities|whatever)(?: (?:good|decent|relevant|interesting))? (?:over |through |across |along )?"
    r"(?:any ?time|whenever)\b(?!\s*(?:after|from|once|in)\b)"
    # more ways of saying it, with its own module
    rf"|{OPEN_NOW_TOO}"
)
# Searching now, whatever holds them till a date: "booked until December, looking now",
# "contract ends in March, interviewing now to line something up" (not "not looking now").
SEARCHING_NOW = re.compile(
    r"(?<!not )(?<!n't )(?<!isn't )\b(?:(?:actively )?(?:looking|interviewing|searching|job[- ]hunting)|"
    r"on the market|back on the market|open to (?:new |hearing about |the right )?(?:conversations|offers|"
    r"opportunities|roles|a move|chats?|chatting|talking|interviews)(?: for what'?s next)?)"
    r"\W+(?:(?:already|right )?now|already|as we speak)\b|"
    r"(?<!not )(?<!n't )\b(?:already|now) (?:actively )?(?:looking|interviewing)\b(?! (?:forward|at|into)\b)"
    rf"|{SEARCHING_NOW_TOO}"  # more, in their own module
)
BUT = re.compile(r"\W*(?:but|though|although|yet)\b[^.;!?]{0,40}$")
# ... unless that wait is said with an explicit word of waiting right before it.
OPEN_NOW_BEATS = re.compile(r"\b(?:until|till|not before|no sooner than|only after)\W*$")
