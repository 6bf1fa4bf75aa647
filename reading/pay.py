"""Pay: which amounts are a person's floor or ask, and vague wishes for more money.

"€115k and I'm interested" is an ask of 115000 EUR a year; "won't go below £90k" and "needs
$140k base at least" are floors (a must); "600 a day" is 600 a day; "115k" with no symbol or
currency word has no currency; "70-75" is an ask of 70000 up to 75000. A figure someone earns
today ("currently on 80k", "on a day rate of £600 at the moment"), a figure of the employer's
("we offered £82k", "approval for £86k") or a difference ("£10k more than he's on") is not a
condition. "a 20% raise", "declined - comp", "the salary's too low" are pay wishes with no amount.
The formats of money itself are ``reading.money``.
"""

from __future__ import annotations

import re

from reading import money
from reading.gates import gated
from reading.negation import denied_cause
from reading.pay_base import said_of_base
from reading.pay_carried import borrowed, carried
from reading.pay_floor_now import below_current

_FLOOR = re.compile(
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
_BELOW_ASKED = re.compile(
    r"(?<!n't )(?<!not )(?<!never )\b(?:wants?|asking(?: for)?|asks? for|expects?|expecting|"
    r"(?:happy|fine|ok|okay|content) (?:with|on)|(?:would|will|could|'d|can) (?:take|accept|do|go)|"
    r"open to)\s(?:\w+\s)?(?:less than|under|below|lower than)\W*$"
)
# Pay counted with its bonus, commission or equity: "240K TC", "190 grand OTE", "total comp of".
_TOTAL_AFTER = re.compile(r"^\W{0,3}(?:total compensation|on target earnings|all[- ]in|package)\b")
_TOTAL_BEFORE = re.compile(
    r"\b(?:total compensation|on target earnings|all[- ]in|package)\b(?:\W+(?:of|at|around|about|"
    r"is|was|needs? to be|wants?|at least|minimum|min))*\W*$"
)
_ASK_AFTER_FLOOR = re.compile(
    r"\b(?:ideally|prefer\w*|would (?:like|love)|'d (?:like|love)|hoping|ask(?:ing)?|target|looking for)\b"
)
_POST_FLOOR = re.compile(
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
_CURRENT = re.compile(
    r"\b(?:currently|current|earns?|earning|was|were|'s at|is at|(?:he|she|they|i)'?s? on|"
    # "I'm at $155k with the bank now": where they are, as "she's at" and "is at" are
    r"(?:i'm|i am|he's|she's|they're|they are|he is|she is) (?:on|at)|"
    r"our (?:max|budget|offer|band|top|ceiling|cap|range)|we (?:capped|offered|could|had|paid)|capped at|"
    r"makes|making|is on|was on|was paid|is paid|was offered|were offered|offered|on a|"
    # India's CTC is what they earn now; ECTC (expected CTC) is the ask
    r"(?<!expected )(?<!expecting )(?<!exp )(?<!exp\. )(?:current |present |c)?ctc|"
    r"gets|getting|today|at the moment|now on|budget(?:ed)?|our offer|we offered|approval for|"
    r"sign[- ]off for|could (?:only )?(?:go|stretch) to|the role pays|role pays|pays|band|"
    r"on a (?:day |daily |hourly )?rate of|(?:would|could) (?:\w+ )?match|came in at|come in at|"
    r"topped out at|tops out at|maxed out at)\b(?:\W+\w+){0,2}\W*$"
)
_NOW_AFTER = re.compile(
    r"^\W*(?:at the moment|currently|right now|at present|now|today)\b|"
    r"^\s?(?:cap|ceiling|budget|band|offer)\b"  # "couldn't flex on the £65k cap": the employer's
)
# A figure they will not go below, right before it: "won't move under", "not leaving for less than".
_REFUSED_BELOW = re.compile(
    r"\b(?:won't|wont|will not|wouldn't|would not|can't|cannot|not|never)\b[^.;,]{0,25}"
    r"\b(?:below|under|less than|lower than)\W*$"
)
# "I'm at ... minimum": a stance, not the pay they are on.
_AT_FLOOR = re.compile(r"\b(?:i'm|i am|he's|she's|they're|they are|he is|she is|'s|is) at\W*$")
# "on 68k, wants 80": a note that opens on what they are on now; "contracted ... at £600pd".
_ON_NOW = re.compile(
    r"(?:^|[(,;:.!?–-])\s*(?:currently |now )?on\W*$|"
    r"\b(?:contracted|billed|worked|charged|used to (?:charge|earn|bill|get))\b[^.;]*\bat\W*$"
)
# "on £650/day outside IR35, wants similar": what they are on now is also what they ask.
_SAME_AGAIN = re.compile(
    r"[^.!?]{0,45}?\b(?:wants?|wanting|looking for|after|expects?|expecting|would like|'d like|"
    r"needs?|hoping for|happy with|aiming for|targeting)\s+(?:roughly\s+|about\s+)?"
    r"(?:similar|the same|same again|more of the same|equivalent|like[- ]for[- ]like|a match|matching|"
    r"the same again|that again)\b"
)
# "on $140/hr as a contractor, a perm offer has to match that": what they are on is the floor.
_MATCH_IT = re.compile(
    r"[^.!?]{0,50}?\b(?:(?:has|have|needs?|would (?:need|have)|must|got) to (?:at least )?(?:match|beat|"
    r"equal|be at least|be on par with)\b|"
    # "on SGD 14k/month now, won't drop below that": what they are on is the floor
    r"(?:won't|will not|wouldn't|would not|can't|cannot|not going to|isn't going to|not) "
    r"(?:drop|go|come|take anything|move for anything) (?:down )?(?:below|under|less than) "
    r"(?:that|this|it|what (?:he|she|they|i)(?:'s|'re|'m| is| are| am) on)\b|"
    r"(?:won't|will not|wouldn't|would not) take (?:less|a (?:pay )?cut)\b)"
)
# A rise said as an amount over the pay now: "£20k more than the £70k I'm on", "a 15k uplift on
# her current 80k", "10k on top of the 60 he's on" - the ask is the two added (not "£10k more
# than last year's bonus": no pay of theirs after it).
_RISE_ON = re.compile(
    r"\s?(?:more|extra|on top|increase|raise|rise|bump|uplift|jump)\b[^.;!?£€$\d]{0,12}?\b(?:than|on|of|over|"
    r"above)\b(?: (?:the|my|her|his|their|what|current|a|base|basic|salary|of))*\W*$"
)
_NOW_PAY_AFTER = re.compile(
    r"^\W{0,3}(?:(?:i'm|i am|she's|he's|they're|she is|he is|i'm currently|"
    r"currently|now|at the moment|base|basic|salary|today)\b|(?:on|now)\W*$)"
)
_RISE_HARD = re.compile(r"\b(?:needs?|must|minimum|at least|has to|have to|won't move for less)\b")
# "4L var", "2L joining bonus": a part of a package.
# The fixed part of an Indian CTC asked for: "28 LPA fixed", "fixed of 28L" ("30L fixed + 4L
# var" names a part of a package, read as ``_COMPONENT`` below).
_FIXED_AFTER = re.compile(r"^\s?(?:lpa\s)?(?:fixed|in fixed|as fixed)\b(?!\s*(?:\+|and|&|plus))")
_FIXED_BEFORE = re.compile(
    r"\bfixed(?: (?:pay|ctc|component|salary|part))?(?: of)?(?: at least| min(?:imum)?)?\W*$"
)
_COMPONENT = re.compile(r"^\s?(?:var|variable|incentives?|joining bonus|esops?)\b")
# "£10k more than he's on now": a difference, not an amount.
_DIFFERENCE = re.compile(
    r"^\s?(?:more|less|extra|on top|increase|raise|rise|bump|uplift|higher|lower|up|down)\b"
)
_PAY_CONTEXT = re.compile(
    r"\b(?:pay|paid|salary|compensation|total compensation|base|package|rate|day rate|earn|money|"
    r"wants?|looking for|asking|ask|expects?|expecting|expected|expectations?|target|needs?|minimum|"
    r"at least|floor|on target earnings|interested|would move for|(?:would|will|'d) (?:take|accept|settle for)|for|below|under|above|over)\b"
)
# A bare figure after "the" names a thing (an aircraft type, a model), unless money is near:
# "open to the 737" (not "she'd take the 85 they offered").
_A_MODEL_NUMBER = re.compile(r"\bthe\W*$")
_MONEY_NEAR = re.compile(
    r"\b(?:pay|paid|salary|base|package|offer\w*|rate|ask\w*|budget|band|k|grand|money|take[- ]home|"
    r"mark|figure|range|region|ballpark|level|number|around|about|north of|south of|near|closer to)\b"
)
# A bare two- or three-digit figure is thousands next to these: "ask 90", "90 floor", "exp 70-75".
_THOUSANDS_BEFORE = re.compile(
    r"\b(?:salary|base|pay|compensation|package|ask(?:ing)?|exp(?:ected|ecting|ectation|ectations)?|"
    r"target|wants?|floor|flr|min(?:imum)?|looking for|at least|needs?|around|about|ideally|"
    r"prefer\w*|(?:would|'d|id) (?:like|take|do|want|accept|settle for|go for)|hoping for|happy (?:with|at)|north of|upwards of|"
    r"in excess of|(?:go|drop|come) (?:down )?to|as low as)\b[^.;\d]{0,15}$"
)
# What only a salary is called: after a figure with a currency, it is thousands ("190 CAD base").
_A_SALARY_AFTER = re.compile(
    r"^\W{0,2}(?:base|basic|salary|tc|total comp(?:ensation)?|package|ctc|fixed|all[- ]in)\b"
    r"(?!\W{0,3}(?:a|per|/)\W{0,2}(?:day|hour|hr|week|month)\b)"
)
_THOUSANDS_AFTER = re.compile(r"^\W{0,2}(?:floor|flr|minimum|base|basic|ask|on target earnings)\b")
# A stock index or a ranked list whose size follows it: "FTSE 100", "Fortune Global 500", "S&P
# 500", "Russell 2000", "ASX 200", "Inc. 5000".
_AN_INDEX_BEFORE = re.compile(
    r"\b(?:ftse(?: aim)?|fortune(?: global)?|s ?& ?p|russell|asx|tsx|dax|mdax|cac|nikkei|nifty|sensex|"
    r"euro ?stoxx|stoxx(?: europe)?|hang seng|kospi|ibex|aex|smi|omx|forbes(?: global)?|inc\.?|"
    r"fortune india|footsie)\W{0,2}$"
)
_NOT_MONEY_AFTER = re.compile(
    r"^\s?(?:%|-(?:person|people|strong|seat|employee)\b|(?:stars|users|followers|requests|rps|lines|employees|people|downloads|members|staff|"
    r"engineers|customers|clients|percent|(?:a|per) week|hours|days|minutes|mins|years|months|"
    # a team counted: "doesn't want 20 reports again", "6 direct reports", "12 heads"
    r"(?:direct )?reports|reportees|heads|fte|ftes|subordinates)\b)"
)
# A visa named by its number: "a 482 sponsored", "her 485 runs out", "an 820 visa", "a 482 (TSS)
# nomination".
_A_VISA_AFTER = re.compile(
    r"^\s?(?:\((?:tss|sc ?\d+|subclass \d+)\)\s?)?(?:visas?|sponsor\w*|subclass|bridging|nomination|stream|runs? out|expir\w+|holders?|"
    r"pathway|grant(?:ed)?)\b"
)
# A gap between two figures: "$20k short", "15k shy of her ask", "10k below what he needs".
GAP_AFTER = re.compile(
    r"^\s?(?:short|shy)\b|^\s?(?:below|under|less than|more than|above|over|off)\s+(?:what|the|her|his|"
    r"their|my|our|its|your)\b"
)
# A length of time, a bare figure its measure: "a 52-week contract", "a 37-hour week", "39 weeks".
# A month's pay said with how many times a year it is paid ("€1,500 gross x 14", "1.500 € x14",
# "2k times fourteen"): Portugal, Spain, Italy, Greece and Austria pay 14 months, the Philippines
# and Mexico a 13th. The year is the month times that; a year needs no such count.
_PAYMENTS_AFTER = re.compile(
    r"^\s?(?:(?:gross|brutos?|brutto|net|netos?|l[íi]quidos?)\s)?(?:[x×*]\s?|times\s)"
    r"(1[2-6]|twelve|thirteen|fourteen|fifteen|sixteen)\b(?!\s?(?:k|%|days?|hours?)\b)"
)
_PAYMENTS = {"twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16}
_A_LENGTH_AFTER = re.compile(r"^[\s-](?:weeks?|hours?|days?|months?|years?|wks?)\b")
# Kilometres said as "k" ("30 k's each way", "no more than 40k from home").
_A_DISTANCE_AFTER = re.compile(
    r"^(?:'?s)?\s?(?:each way|one way|away|out of|from (?:home|the house|me|him|her|them|where)|"
    r"radius|drive|commute|round trip|(?:a|per) day (?:in the car|driving))\b"
)
_REASONS = (
    r"(?:salary|pay|compensation|rate|money|package)(?:'s| is| was| were)? (?:\w+ )?(?:too low|not enough|"
    r"expectations?|mismatch|gap|(?:was |were )?(?:too )?short)|"
    r"(?:because of|due to|over|on) (?:the )?(?:pay|salary|compensation|money|package)\b(?! (?:of|is|was))|"
    # the cause said plainly: "the money was the issue last time", "pay was why she left"
    r"(?:salary|pay|compensation|money|package|basic)(?:'s| was| were| is) (?:the |a |my |his |her )?"
    r"(?:real |main |big |only )?(?:issue|problem|sticking point|deal ?breaker|reason|"
    r"why (?:she|he|they|i|we) (?:left|walked|said no|declined|turned))"
)
# A reason note that is only the word: "Declined: comp.", "Reason - salary".
_ONLY_PAY = (
    r"^\W*(?:(?:declined|withdrew|withdrawn|rejected|turned (?:it )?down|reason|lost (?:him|her|them)|"
    r"closed)\W+)?(?:compensation|pay|salary|money|package)\W*$"
)
_VAGUE = gated(
    re.compile(
        r"\b(?:(?:a |an )?\d+ ?%(?: pay)? (?:raise|rise|increase|bump|uplift|jump|hike|more)|pay (?:rise|raise|bump)|"
        r"(?:more|better|higher|bigger|fairer|competitive|market[- ]rate) (?:money|pay|salary|"
        r"compensation|total compensation|package|base|rate)|(?:a |the )?(?:raise|salary increase|"
        r"pay increase)|paid (?:more|better|fairly|properly|market rate)|underpaid|money|"
        rf"{_REASONS})"
        rf"|{_ONLY_PAY}"
    )
)
_REASON = re.compile(rf"{_REASONS}|{_ONLY_PAY}")


# India's pay words, after which a bare figure is in lakhs: "ECTC 28-30", "expected CTC 32".
_LAKH_CONTEXT = re.compile(
    r"\b(?:e?ctc|expected ctc|exp\.? ctc|lpa|in lakhs?|lakhs?)\W{0,3}(?:\w+\W+)?$"
)


# A raise asked as a share of what they earn now: "on £44k, needs a 10% uplift to move", "wants
# 15% on top of his current £60k" - the ask is the pay now plus that share.
_UPLIFT = (
    r"(?P<pct>\d{1,2}(?:\.\d)?)\s?%\s?(?:pay\s)?(?:uplift|increase|raise|rise|bump|jump|hike|"
    r"more(?! (?:equity|stock|shares|options|holidays?|leave|pto|time|days|remote|flexibility|bonus))|on top|"
    # "needs 20% to move": the share is what moving takes
    r"(?<=% )(?=to (?:move|jump|switch|leave|change)\b))"
)
_UPLIFT_AFTER = re.compile(
    # the raise may be the next sentence's ask: "current SAR 30k/month package. needs 20% to move."
    rf"[^.!?;]{{0,40}}?(?:[.;]\s*(?:(?:he|she|they|i)\s)?(?:(?:needs?|wants?|would need|asking for|"
    rf"looking for)\b[^.!?;]{{0,12}}?|"
    # ... or the least that would move them: "won't move for less than 30% more"
    rf"(?:won't|wont|will not|wouldn't|would not|not)\s(?:move|moving|go|going|leave|leaving|budge|"
    rf"jump|switch)\s(?:\w+\s)?for\s(?:anything\s)?(?:less\sthan|under|below)\s(?:an?\s)?))?{_UPLIFT}"
)
_UPLIFT_BEFORE = re.compile(
    rf"{_UPLIFT}[^.!?;]{{0,12}}?\b(?:on|over|above|of)\b[^.!?;£€$\d]{{0,25}}$"
)
_UPLIFT_HARD = re.compile(
    r"\b(?:needs?|must|minimum|at least|has to|won't move for less|(?:won't|wont|will not|wouldn't|would not|not) "
    r"(?:move|moving|go|going|leave|leaving|budge|jump|switch) (?:\w+ )?for (?:anything )?(?:less than|under|below))\b"
)


def _uplift(text: str, a: int, b: int) -> tuple[float, bool] | None:
    """(share, hard?) of a raise asked on the amount at ``text[a:b]``, or None."""
    u = _UPLIFT_AFTER.match(text, b) or _UPLIFT_BEFORE.search(text, max(0, a - 60), a)
    if not u:
        return None
    lo = max(text.rfind(x, 0, a) for x in ".!?\n") + 1
    hard = bool(_UPLIFT_HARD.search(text, lo, max(u.end(), b)))
    return float(u["pct"]) / 100, hard


# An amount in words before its unit: "forty-eight an hour", "sixty grand", "twenty-two fifty an
# hour" is not read (cents said as words are rare in notes).
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_IN_WORDS = re.compile(
    rf"\b(?P<tens>{'|'.join(_TENS)})(?:[- ](?P<unit>{'|'.join(_UNITS)}))?"
    r"(?= (?:an? (?:hour|hr)|per (?:hour|hr)|bucks|dollars|grand|thousand|k\b)|/(?:hr|hour|h)\b)"
)


def _in_figures(text: str) -> str:
    """``text`` with amounts in words written in figures, right-aligned in the same length (so
    spans still index the note)."""

    def figures(m: re.Match) -> str:
        n = str(_TENS[m["tens"]] + (_UNITS[m["unit"]] if m["unit"] else 0))
        return n.rjust(len(m.group()))

    return _IN_WORDS.sub(figures, text)


def find_pay(text: str, whole: str = "", at: int = 0) -> list[tuple[dict, str | None, int, int]]:
    """(value, polarity, start, end) for each pay condition in lower-case ``text``; the polarity
    is None for a vague wish that counts only with a cue word ("wants more money"). ``whole`` is
    the note ``text`` sits in at ``at``, for a raise said in the next clause ("on £44k, needs a
    10% uplift")."""
    whole, at = (whole, at) if whole else (text, 0)
    if "ty" in text:
        text = _in_figures(text)
    found: list[tuple[dict, str | None, int, int]] = []
    symboled = list(money.SYMBOLED.finditer(text))
    plain = [
        m
        for m in money.PLAIN.finditer(text)
        if not any(s.start() <= m.start() < s.end() for s in symboled)
    ]
    vague = False
    said = sorted(symboled + plain, key=lambda m: m.start())
    summed: set[int] = set()
    for i, m in enumerate(said):
        if m.start() in summed:
            continue  # the pay now a rise was said over: read with the rise
        # "£20k more than the £70k I'm on": the rise and the pay now, read as one ask (the
        # rise alone reads as a gap, so its amount is read without what follows it)
        rise_value = _value(m, text[: m.end()]) if i + 1 < len(said) else None
        if rise_value and (rise := _rise_over_now(m, rise_value, said[i + 1 :], text)):
            lo = max(text.rfind(x, 0, m.start()) for x in ".!?\n;") + 1
            hard = bool(_RISE_HARD.search(text, lo, m.start()))
            rise_value["kind"] = "floor" if hard else "ask"
            summed.add(said[i + 1].start())
            found.append((rise_value, "must" if hard else "wish", *rise))
            continue
        # a bare figure after a floor or an ask, in the money of the amount said before it
        value = _value(m, text) or carried(m, text, whole, at)
        if value is None:
            continue
        borrowed(m, value, whole, at)
        if value["currency"] == "USD" and (
            m["sym"] == "$" or (m["word"] or "").startswith("dollar")
        ):
            # a bare "$" beside "C$58/hr" (or in a note placed in Toronto) is that dollar
            value["currency"] = money.note_dollar(whole) or "USD"
        before = text[max(0, m.start() - 60) : m.start()]
        after = text[m.end() : m.end() + 30]
        wants = re.search(
            r"\b(?:wants?|looking|needs?|ask|would want|ectc|expected|expecting|exp|ready (?:for|to)|"
            r"(?:would|will|'d|to) (?:take|accept|settle for))\b",
            before[-25:],
        )
        if not wants and (up := _uplift(whole, at + m.start(), at + m.end())):
            # "on £44k, needs a 10% uplift": the amount is what they are on; the ask is above it
            share, hard = up
            value["amount"] = int(round(value["amount"] * (1 + share), -2))
            value.pop("amount_max", None)
            value["kind"] = "floor" if hard else "ask"
            found.append((value, "must" if hard else "wish", m.start(), m.end()))
            continue
        now = _CURRENT.search(before) or _NOW_AFTER.match(after) or _ON_NOW.search(before)
        if now and _AT_FLOOR.search(before) and _POST_FLOOR.match(after):
            now = None  # "I'm at $150k minimum": where they stand, not where they are
        if now and _REFUSED_BELOW.search(before) and not _CURRENT.search(before):
            now = None  # "won't move under £100k now": a floor from now on, not the pay now
        below_now = below_current(before)
        if below_now:
            now = None  # "not moving for less than my current £90k": today's pay is the floor
        matched = bool(_MATCH_IT.match(text, m.end()))
        if now and not wants and not matched and not _SAME_AGAIN.match(text, m.end()):
            continue
        if _COMPONENT.match(after):
            continue  # "30L fixed + 4L var": a part of the package, not an ask of its own
        if _DIFFERENCE.match(after):
            vague = vague or bool(wants)  # "wants £10k more": more money, no amount
            continue
        if _BELOW_ASKED.search(before[-40:]):
            continue  # "wants less than 100k", "happy on under 60": no floor, whatever the band
        fl = _FLOOR.search(before[-40:])
        if fl and _ASK_AFTER_FLOOR.search(fl.group()[1:]):
            fl = None  # "floor 75, ideally 85": the nearer cue is the wish
        floor = bool(fl or _POST_FLOOR.match(after) or m["plus"] or matched or below_now)
        value["kind"] = "floor" if floor else "ask"
        if said_of_base(before):
            pass  # "base around £55k, OTE about 100": the base, whatever the next words name
        elif _TOTAL_AFTER.match(after) or _TOTAL_BEFORE.search(before[-45:]):
            value["basis"] = "total"  # "240K TC", "OTE of 190 grand": base and the rest
        elif _FIXED_AFTER.match(after) or _FIXED_BEFORE.search(before[-25:]):
            value["basis"] = "fixed"  # "min 28 LPA fixed": the fixed part of an Indian CTC
        found.append((value, "must" if floor else "wish", m.start(), m.end()))
    for m in money.FIGURES.finditer(text):
        floor = bool(_FLOOR.search(text[max(0, m.start() - 40) : m.start()]))
        floor = floor or bool(_POST_FLOOR.match(text[m.end() : m.end() + 30]))
        value = {
            "amount": money.figures(m),
            "currency": None,
            "period": "year",
            "kind": "floor" if floor else "ask",
        }
        found.append((value, "must" if floor else "wish", m.start(), m.end()))
    if not found:
        span = _vague(text) or ((0, len(text)) if vague else None)
        if span and denied_cause(text, *span):
            span = None  # "not because of the pay - the commute killed it"
        if span:
            # A reason ("salary expectations", "declined - comp") is pay whatever the cue words.
            plain = vague or _REASON.search(text[span[0] : span[1]])
            value = {"amount": None, "currency": None, "period": None, "kind": "ask"}
            found.append((value, "wish" if plain else None, *span))
    return found


def _rise_over_now(m: re.Match, value: dict, rest: list, text: str) -> tuple[int, int] | None:
    """(start, end) of "£20k more than the £70k I'm on" read from its first amount, with
    ``value`` made the sum; None when the amount is no rise over a pay said right after it."""
    if not rest or value.get("amount") is None:
        return None
    nxt = rest[0]
    if not _RISE_ON.match(text[m.end() : nxt.start()]) or nxt.start() - m.end() > 45:
        return None
    now = _value(nxt, text)
    if (
        not now
        or now.get("amount") is None
        or now.get("period") != value.get("period")
        or (now["currency"] and value["currency"] and now["currency"] != value["currency"])
        or not (
            _NOW_PAY_AFTER.match(text[nxt.end() : nxt.end() + 25])
            or _CURRENT.search(text[m.end() : nxt.start()])
        )
    ):
        return None
    value["amount"] = value["amount"] + now["amount"]
    value["currency"] = value["currency"] or now["currency"]
    value.pop("amount_max", None)
    return m.start(), nxt.end()


def _vague(text: str) -> tuple[int, int] | None:
    """Where a wish for more money with no amount is ("a 20% raise", "declined - comp")."""
    v = _VAGUE.search(text)
    if not v:
        return None
    if _CURRENT.search(text[: v.start()]) and not re.search(r"\bwants?\b", text[: v.start()]):
        return None
    if v.group() == "money" and not re.search(r"\b(?:more|better|for the|about the)\W+money", text):
        said = _REASON.search(text, v.start())
        # "the money was why she left": the reason said of it makes it pay
        return said.span() if said and said.start() == v.start() else None
    article = re.match(r"(?:a|an|the) ", v.group())
    # "after a 15% bump": the article belongs to the cue before it
    return v.start() + (article.end() if article else 0), v.end()


def _value(m: re.Match, text: str) -> dict | None:
    has_money_sign = bool(m["sym"] or m["word"])
    period = money.period(m)
    amount = money.number(m["num"])
    mult = m["mult"] or m["himult"]  # "95-105k": the unit of the range's top applies to its bottom
    after = text[m.end() :]
    if m["perp"] == "m" and not has_money_sign and amount <= 12:
        return None  # "after 6pm" is a time
    if m["num"] == "401" and m["mult"] == "k":
        return None  # a 401(k) is a pension plan
    if mult == "m" and not has_money_sign:
        return None  # "5m" is more likely minutes or metres than millions
    if (
        not has_money_sign
        and not mult
        and (
            after[:1] == "/"
            and after[1:2].isdigit()
            or re.match(r"\d/", text[max(0, m.start() - 2) : m.start()])
        )
    ):
        return None  # "a 50/50 split", "60/40 base/variable": shares, not pay
    if mult == "mil" and (money.currency(m, text) in money.THOUSAND_MIL or m["word"] == "pesos"):
        mult = "k"  # "R$ 32 mil": thirty-two thousand reais
    elif mult == "mil" and not has_money_sign and amount >= 10 and amount == int(amount):
        # "con 19 mil estoy bien", "25 mil e fico": with no currency, tens of millions are no
        # one's pay - a Spanish or Portuguese thousand ("$1.2 mil" keeps its million)
        mult = "k"
    lakhs = False
    assumed = False
    if (
        not mult
        and not has_money_sign
        and period is None
        and amount < 1000
        and _LAKH_CONTEXT.search(text[max(0, m.start() - 25) : m.start()])
    ):
        mult, lakhs = "lakh", True  # "ECTC 28-30": lakhs a year
    if mult:
        amount *= money.multiplier(mult)
    elif has_money_sign and period is None and 20 <= amount < 1000 and _A_SALARY_AFTER.match(after):
        amount *= 1000  # "190 CAD base", "$185 base": a salary in thousands, as recruiters write it
    elif not has_money_sign and period is None:
        # A bare number is pay only as a salary-sized figure in a pay context, or "~90" style.
        context = text[max(0, m.start() - 40) : m.start()]
        rate = re.search(
            r"\b(?:(?:a|per|/) ?(?P<u>day|hour)|(?P<d>day) rate|p(?P<p>[dh]))\b", context
        )
        if rate and 20 <= amount < 1000 and (_THOUSANDS_BEFORE.search(context) or rate["d"]):
            period = "day" if "d" in (rate["u"] or rate["d"] or rate["p"]) else "hour"
        elif m["tilde"] or m["ish"] or m["plus"] or m["hi"]:
            if not 20 <= amount < 1000:
                return None
            if m["hi"] and not (_THOUSANDS_BEFORE.search(context) or m["tilde"] or m["ish"]):
                return None  # "2-3 days", "10-15 people"
            amount *= 1000
        elif amount >= 10000 and _PAY_CONTEXT.search(context):
            pass
        elif _A_MODEL_NUMBER.search(context) and not _MONEY_NEAR.search(
            context[-25:] + " " + after[:25]
        ):
            return None  # "happy to go to the 737", "back on the 320": a model's number, not pay
        elif 20 <= amount < 1000 and (
            _THOUSANDS_BEFORE.search(context) or _THOUSANDS_AFTER.match(after)
        ):
            amount *= 1000
            assumed = True  # "need 30 now": thousands a year, or an hourly band's 30 (``matching``)
        else:
            return None
    if not has_money_sign and not mult and period is None and amount < 10000:
        return None
    if (
        not has_money_sign
        and period is None
        and amount < 15000
        and not _PAY_CONTEXT.search(text[max(0, m.start() - 40) : m.start()])
    ):
        return None  # "2k stars", "5k users"
    if _NOT_MONEY_AFTER.match(after) or (
        not has_money_sign and not mult and period is None and re.match(r"\s?(?:min|m)\b", after)
    ):
        return None  # "5k users", "40 min commute"
    if (
        not has_money_sign
        and mult is None
        and (
            _A_VISA_AFTER.match(after)
            or re.search(r"\bsubclass\W*$", text[max(0, m.start() - 12) : m.start()])
        )
    ):
        return None  # "needs a 482 sponsored", "on a 485 visa": a visa's class, not pay
    if (
        not has_money_sign
        and mult is None
        and _AN_INDEX_BEFORE.search(text[max(0, m.start() - 24) : m.start()])
    ):
        return None  # "wants a FTSE 100 name", "a Fortune 500 client": a listing, not pay
    if GAP_AFTER.match(after):
        return None  # "the offer was $20k short of what he needs": a gap, not what they ask
    if not has_money_sign and _A_LENGTH_AFTER.match(after):
        return None  # "needs a 52-week contract": how long, not how much
    if not has_money_sign and _A_DISTANCE_AFTER.match(after):
        return None  # "max 30 k's each way", "40k from home": kilometres, not pay
    if not has_money_sign and mult is None and period in ("day", "hour") and amount > 5000:
        return None
    if not has_money_sign and mult is None and period == "week" and amount < 100:
        return None  # "3 a week", "two or 3 a week": how often, not pay
    if period is None and re.search(r"\bday rate\b", text[max(0, m.start() - 30) : m.end() + 20]):
        period = "day"
    if period is None and re.search(r"\bhourly rate\b", text[max(0, m.start() - 30) : m.start()]):
        period = "hour"  # "hourly rate not below €95"
    if period in (None, "month") and (paid := _PAYMENTS_AFTER.match(after)):
        # "1.500 € brutos x 14": fourteen months' pay a year
        amount *= _PAYMENTS.get(paid.group(1)) or int(paid.group(1))
        period = "year"
    value = {
        "amount": int(round(amount)),
        "currency": "INR" if lakhs else money.currency(m, text),
        "period": period or "year",
    }
    if period is None:
        value["period_unsaid"] = True  # a year by default; a monthly band may say otherwise
    if assumed:
        value["thousands_assumed"] = True
    if m["hi"]:
        top = money.number(m["hi"]) * money.multiplier(m["himult"] or mult)
        if not (m["himult"] or m["mult"]) and top < 1000 and value["amount"] >= 1000:
            top *= 1000
        if top > value["amount"]:
            value["amount_max"] = int(round(top))
    return value
