"""More ways a note says the person is open to contact now, whatever dates it mentions.

Joined to ``reading.wait_changes.OPEN_NOW``: "fine to call now", "we're clear to call", "call me
now", "talk now", "let's keep the process moving", "yes, fire away", "happy to take calls". A
date in such a note is what happened, a start date or a busy time, not when to come back ("can't
start before October - happy to interview now though"). Each is a permission for now: "fine to
call after Easter", "not ok to call now", "the project will go ahead" are not.
"""

from __future__ import annotations

# A time or a condition after the permission makes it a later one ("fine to call after March"),
# and so does one before it ("after that, fire away", "once it's done ok to call").
_NO_LATER = r"(?!\s*(?:after|from|once|when|in|if|until|till|before|and then)\b)"
_NOT_THEN = (
    r"(?<!after that )(?<!after that, )(?<!after that - )(?<!after which )(?<!after which, )(?<!then )"
    r"(?<!then, )(?<!after )(?<!once )(?<!till )(?<!until )"
)

OPEN_NOW_TOO = (
    # "fine to call now", "we're clear to call", "ok to ring him": permission, said for now
    # ("free to talk" is as often what follows a wait: "after that I'm free to talk")
    rf"(?<!not )(?<!n't ){_NOT_THEN}\b(?:fine|ok|okay|clear) to (?:call|ring|phone|contact|talk|chat|"
    rf"interview|reach out)(?: (?:to )?(?:me|him|her|them))?(?: (?:right )?now\b{_NO_LATER}|(?=\s*(?:$|[.!;,)])))|"
    # "call me now", "ring her now": a call asked for today
    rf"(?<!not )(?<!n't )(?<!never ){_NOT_THEN}\b(?:call|ring|phone|text|message|email) (?:me|him|her|them) now\b"
    rf"{_NO_LATER}|"
    # "talk now", "let's talk now" ("can't talk now" is busy)
    rf"(?<!not )(?<!n't )(?<!cannot )\b(?:talk|chat|speak) now\b(?! (?:but|though)\b){_NO_LATER}|"
    # "happy to interview now though.": the "though" closes the sentence, it opens no exception
    r"(?<!not )(?<!n't )\b(?:happy|keen|open|ready|free|available) to (?:interview|talk|chat) now though"
    r"(?=\s*(?:$|[.!;]))|"
    # "phone's on, happy to take calls": calls taken meanwhile
    rf"(?<!not )(?<!n't ){_NOT_THEN}\b(?:happy|glad|fine|ok|okay|able) to take (?:calls|a call|interviews)(?=\s*(?:$|[.!;]))|"
    # "yes, fire away", "so go ahead": a go-ahead as its own clause ("the move will go ahead" is not)
    rf"{_NOT_THEN}(?:^|(?<=[,;:.!-] )|(?<=\bso )|(?<=\byes ))(?:fire away|go ahead)(?=\s*(?:$|[.!;]))|"
    # "let's keep the process moving": the process goes on now
    r"(?<!not )(?<!n't )\b(?:keep|keeping) (?:the|this|her|his|their) process (?:moving|going)\b"
)

# Joined to ``reading.wait_changes.SEARCHING_NOW``: "back in Vancouver now and looking", "home now
# and interviewing" - the search on from the day said ("not now and not looking" is neither).
SEARCHING_NOW_TOO = (
    r"(?<!not )(?<!n't )\bnow,? and (?:actively |already )?(?:looking|interviewing|searching|job[- ]hunting)\b"
    r"(?! (?:forward|at|into|for (?:a|an|the) (?:house|flat|place|school))\b)"
)
