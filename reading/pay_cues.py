"""The words around a figure that say what it is to the person: a floor, an ask, or today's pay.

Before or after the figure: "won't go below £90k", "135k at minimum", "TC 180 or not moving" make
it a floor; "wants less than 100k" is an ask under it, never a floor; "currently on 80k", "we
offered £82k", "on a day rate of £600 at the moment" are the pay of today or the employer's, unless
a floor or a wish of theirs is said of it ("on £650/day, wants similar", "has to match that");
"240K TC" counts the bonus and the rest, "28 LPA fixed" is the fixed part of an Indian CTC, "4L
var" a part of a package and "£10k more" a difference. Data only: ``reading.pay`` reads a figure
with them.
"""

from __future__ import annotations

import re

FLOOR = re.compile(
    r"\b(?:at least|minimum|min|floor|no less than|not less than|nothing (?:less|below|under)|"
    r"(?:won't|will not|wouldn't|can't|cannot|not|won't be able to) (?:go |going |move |moving |drop |accept |take |"
    r"consider |look at |leave |leaving |budge )?(?:for )?(?:anything )?(?:below|under|lower than|less than)|"
    r"bottom line|go as low as|holding out for|holds out for|"
    r"(?:has|needs|have|need) to be|must be|at a minimum|above|over|more than|north of|"
    r"upwards of|in excess of|starting at|not a penny less|hard floor|(?:anything|everything|nothing) "
    r"(?:under|below|less than|lower than)|(?:less than|under|below|lower than)(?=\W*$)|"
    r"(?:needs?|requires?|must have)(?: \w+)?(?=\W*$)|"
    # "would go down to 70", "could drop as low as 85": the least they would take
    r"(?:would|could|can|will|'d|happy to|prepared to|willing to) (?:go|drop|come|take a cut) "
    r"(?:down )?(?:to|as low as))\b[^.;]*$"
)
# An ask below a figure: "wants less than 100k", "would take under 80k" (not "won't take under").
BELOW_ASKED = re.compile(
    r"(?<!n't )(?<!not )(?<!never )\b(?:wants?|asking(?: for)?|asks? for|expects?|expecting|"
    r"(?:happy|fine|ok|okay|content) (?:with|on)|(?:would|will|could|'d|can) (?:take|accept|do|go)|"
    r"open to)\s(?:\w+\s)?(?:less than|under|below|lower than)\W*$"
)
# Pay counted with its bonus, commission or equity: "240K TC", "190 grand OTE", "total comp of".
TOTAL_AFTER = re.compile(r"^\W{0,3}(?:total compensation|on target earnings|all[- ]in|package)\b")
TOTAL_BEFORE = re.compile(
    r"\b(?:total compensation|on target earnings|all[- ]in|package)\b(?:\W+(?:of|at|around|about|"
    r"is|was|needs? to be|wants?|at least|minimum|min))*\W*$"
)
ASK_AFTER_FLOOR = re.compile(
    r"\b(?:ideally|prefer\w*|would (?:like|love)|'d (?:like|love)|hoping|ask(?:ing)?|target|looking for)\b"
)
POST_FLOOR = re.compile(
    r"^\W*(?:(?:base|basic|salary|gross|total|package|all[- ]in|a year|per year|pa)\W+)?(?:minimum|min|floor|flr|or more|以上|"
    # "135k at minimum", "120 as a bare minimum", "at the very least"
    r"(?:at|as) (?:a |the )?(?:bare |absolute |very )?(?:minimum|min|least)|"
    r"at least|or above|and above|plus(?! (?:[\w%]+ ){0,2}(?:super|bonus|equity|benefits|stock|options|shares|"
    r"pension|car|commission|on target earnings|rsus?|healthcare|vat))|(?:is|was) the floor|"
    r"(?:is|was) (?:the|my|his|her|their) (?:minimum|floor|bottom line|limit)|bottom line|"
    r"is what (?:i|he|she|they) (?:need|needs|require|requires)|"
    r"is non[- ]negotiable|non[- ]negotiable|is a must|or nothing|hard floor|(?:is |and )?firm(?! on)|"
    # "anything less is a no" - but "inside IR35 is a no" refuses the terms, not a lower figure
    r"(?!(?:\w+ ){0,2}?(?:inside|outside|ir35)\b)(?:\w+ ){0,2}(?:is|are) (?:a )?"
    r"(?:non[- ]starter|no[- ]go|no|deal ?breaker|not happening)|"
    # an ultimatum: "TC 180 or not moving", "six figures or I stay put"
    # "ECTC 45L, won't move for less", "firm on 40, won't budge"
    r"(?:\w+\W+){0,3}?(?:won't|will not|wouldn't|would not|not going to|can't|cannot|refuses to) "
    r"(?:move|budge|go|come down|come|take|accept|consider|look|join|switch)(?: \w+)? (?:for )?"
    r"(?:less|lower|anything less|below (?:that|this|it)|under (?:that|this|it))|"
    r"(?:\w+ ){0,2}or (?:(?:i|he|she|they)(?:'m|'s|'re|'ll| am| is| are| will)? )?(?:not |no )?(?:moving|move|"
    r"interested|leaving|budging|going anywhere|stay(?:s|ing)?(?: put| where)?|walk(?:s|ing)?(?: away)?|"
    r"deal|bust|forget it))\b(?!\s*[£€$]?\d)"
)
CURRENT = re.compile(
    r"\b(?:currently|current|earns?|earning|was|were|'s at|is at|(?:he|she|they|i)'?s? on|"
    # "I'm at $155k with the bank now": where they are, as "she's at" and "is at" are
    r"(?:i'm|i am|he's|she's|they're|they are|he is|she is) (?:on|at)|"
    # a recruiter's shorthand for the same: "Cand on HK$1.6m at a US firm", "candidate on 95k"
    r"(?:cand|candidate|cdt)\.? (?:is |currently )?on|"
    r"our (?:max|budget|offer|band|top|ceiling|cap|range)|we (?:capped|offered|could|had|paid)|capped at|"
    r"makes|making|is on|was on|was paid|is paid|was offered|were offered|offered|on a|"
    # India's CTC is what they earn now; ECTC (expected CTC) is the ask
    r"(?<!expected )(?<!expecting )(?<!exp )(?<!exp\. )(?:current |present |c)?ctc|"
    r"gets|getting|today|at the moment|now on|budget(?:ed)?|our offer|we offered|approval for|"
    r"sign[- ]off for|could (?:only )?(?:go|stretch) to|the role pays|role pays|pays|band|"
    r"on a (?:day |daily |hourly )?rate of|(?:would|could) (?:\w+ )?match|came in at|come in at|"
    r"topped out at|tops out at|maxed out at)\b(?:\W+\w+){0,2}\W*$"
)
NOW_AFTER = re.compile(
    r"^\W*(?:at the moment|currently|right now|at present|now|today)\b|"
    r"^\s?(?:cap|ceiling|budget|band|offer)\b"  # "couldn't flex on the £65k cap": the employer's
)
# A figure they will not go below, right before it: "won't move under", "not leaving for less than".
REFUSED_BELOW = re.compile(
    r"\b(?:won't|wont|will not|wouldn't|would not|can't|cannot|not|never)\b[^.;,]{0,25}"
    r"\b(?:below|under|less than|lower than)\W*$"
)
# "I'm at ... minimum": a stance, not the pay they are on.
AT_FLOOR = re.compile(r"\b(?:i'm|i am|he's|she's|they're|they are|he is|she is|'s|is) at\W*$")
# "on 68k, wants 80": a note that opens on what they are on now; "contracted ... at £600pd".
ON_NOW = re.compile(
    r"(?:^|[(,;:.!?–-])\s*(?:currently |now )?on\W*$|"
    r"\b(?:contracted|billed|worked|charged|used to (?:charge|earn|bill|get))\b[^.;]*\bat\W*$"
)
# "on £650/day outside IR35, wants similar": what they are on now is also what they ask.
SAME_AGAIN = re.compile(
    r"[^.!?]{0,45}?\b(?:wants?|wanting|looking for|after|expects?|expecting|would like|'d like|"
    r"needs?|hoping for|happy with|aiming for|targeting)\s+(?:roughly\s+|about\s+)?"
    r"(?:similar|the same|same again|more of the same|equivalent|like[- ]for[- ]like|a match|matching|"
    r"the same again|that again)\b"
)
# "on $140/hr as a contractor, a perm offer has to match that": what they are on is the floor.
MATCH_IT = re.compile(
    r"[^.!?]{0,50}?\b(?:(?:has|have|needs?|would (?:need|have)|must|got) to (?:at least )?(?:match|beat|"
    r"equal|be at least|be on par with)\b|"
    # "on SGD 14k/month now, won't drop below that": what they are on is the floor
    r"(?:won't|will not|wouldn't|would not|can't|cannot|not going to|isn't going to|not) "
    r"(?:drop|go|come|take anything|move for anything) (?:down )?(?:below|under|less than) "
    r"(?:that|this|it|what (?:he|she|they|i)(?:'s|'re|'m| is| are| am) on)\b|"
    r"(?:won't|will not|wouldn't|would not) take (?:less|a (?:pay )?cut)\b)"
)
# "4L var", "2L joining bonus": a part of a package.
# The fixed part of an Indian CTC asked for: "28 LPA fixed", "fixed of 28L" ("30L fixed + 4L
# var" names a part of a package, read as ``COMPONENT`` below).
FIXED_AFTER = re.compile(r"^\s?(?:lpa\s)?(?:fixed|in fixed|as fixed)\b(?!\s*(?:\+|and|&|plus))")
FIXED_BEFORE = re.compile(
    r"\bfixed(?: (?:pay|ctc|component|salary|part))?(?: of)?(?: at least| min(?:imum)?)?\W*$"
)
COMPONENT = re.compile(r"^\s?(?:var|variable|incentives?|joining bonus|esops?)\b")
# "£10k more than he's on now": a difference, not an amount.
DIFFERENCE = re.compile(
    r"^\s?(?:more|less|extra|on top|increase|raise|rise|bump|uplift|higher|lower|up|down)\b"
)
