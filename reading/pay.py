"""Pay: which amounts are a person's floor or ask, and vague wishes for more money.

"€115k and I'm interested" is an ask of 115000 EUR a year; "won't go below £90k" and "needs
$140k base at least" are floors (a must); "600 a day" is 600 a day; "115k" with no symbol or
currency word has no currency; "70-75" is an ask of 70000 up to 75000. A figure someone earns
today ("currently on 80k", "on a day rate of £600 at the moment"), a figure of the employer's
("we offered £82k", "approval for £86k") or a difference ("£10k more than he's on") is not a
condition. "a 20% raise", "declined - comp", "the salary's too low" are pay wishes with no amount.
The formats of money itself are ``reading.money``; the words around a figure are
``reading.pay_cues``, what a figure amounts to ``reading.pay_amount`` and a rise said over the
pay now ``reading.pay_rise``.
"""

from __future__ import annotations

import re

from reading import money
from reading.gates import gated
from reading.negation import denied_cause
from reading.pay_amount import in_figures, pay_value
from reading.pay_base import said_of_base
from reading.pay_carried import borrowed, carried
from reading.pay_cues import (
    ASK_AFTER_FLOOR,
    AT_FLOOR,
    BELOW_ASKED,
    COMPONENT,
    CURRENT,
    DIFFERENCE,
    FIXED_AFTER,
    FIXED_BEFORE,
    FLOOR,
    MATCH_IT,
    NOW_AFTER,
    ON_NOW,
    POST_FLOOR,
    REFUSED_BELOW,
    SAME_AGAIN,
    TOTAL_AFTER,
    TOTAL_BEFORE,
)
from reading.pay_floor_now import below_current
from reading.pay_rise import RISE_HARD, rise_over_now, uplift

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


def find_pay(text: str, whole: str = "", at: int = 0) -> list[tuple[dict, str | None, int, int]]:
    """(value, polarity, start, end) for each pay condition in lower-case ``text``; the polarity
    is None for a vague wish that counts only with a cue word ("wants more money"). ``whole`` is
    the note ``text`` sits in at ``at``, for a raise said in the next clause ("on £44k, needs a
    10% uplift")."""
    whole, at = (whole, at) if whole else (text, 0)
    if "ty" in text:
        text = in_figures(text)
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
        rise_value = pay_value(m, text[: m.end()]) if i + 1 < len(said) else None
        if rise_value and (rise := rise_over_now(m, rise_value, said[i + 1 :], text)):
            lo = max(text.rfind(x, 0, m.start()) for x in ".!?\n;") + 1
            hard = bool(RISE_HARD.search(text, lo, m.start()))
            rise_value["kind"] = "floor" if hard else "ask"
            summed.add(said[i + 1].start())
            found.append((rise_value, "must" if hard else "wish", *rise))
            continue
        # a bare figure after a floor or an ask, in the money of the amount said before it
        value = pay_value(m, text) or carried(m, text, whole, at)
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
        if not wants and (up := uplift(whole, at + m.start(), at + m.end())):
            # "on £44k, needs a 10% uplift": the amount is what they are on; the ask is above it
            share, hard = up
            value["amount"] = int(round(value["amount"] * (1 + share), -2))
            value.pop("amount_max", None)
            value["kind"] = "floor" if hard else "ask"
            found.append((value, "must" if hard else "wish", m.start(), m.end()))
            continue
        now = CURRENT.search(before) or NOW_AFTER.match(after) or ON_NOW.search(before)
        if now and AT_FLOOR.search(before) and POST_FLOOR.match(after):
            now = None  # "I'm at $150k minimum": where they stand, not where they are
        if now and REFUSED_BELOW.search(before) and not CURRENT.search(before):
            now = None  # "won't move under £100k now": a floor from now on, not the pay now
        below_now = below_current(before)
        if below_now:
            now = None  # "not moving for less than my current £90k": today's pay is the floor
        matched = bool(MATCH_IT.match(text, m.end()))
        if now and not wants and not matched and not SAME_AGAIN.match(text, m.end()):
            continue
        if COMPONENT.match(after):
            continue  # "30L fixed + 4L var": a part of the package, not an ask of its own
        if DIFFERENCE.match(after):
            vague = vague or bool(wants)  # "wants £10k more": more money, no amount
            continue
        if BELOW_ASKED.search(before[-40:]):
            continue  # "wants less than 100k", "happy on under 60": no floor, whatever the band
        fl = FLOOR.search(before[-40:])
        if fl and ASK_AFTER_FLOOR.search(fl.group()[1:]):
            fl = None  # "floor 75, ideally 85": the nearer cue is the wish
        floor = bool(fl or POST_FLOOR.match(after) or m["plus"] or matched or below_now)
        value["kind"] = "floor" if floor else "ask"
        if said_of_base(before):
            pass  # "base around £55k, OTE about 100": the base, whatever the next words name
        elif TOTAL_AFTER.match(after) or TOTAL_BEFORE.search(before[-45:]):
            value["basis"] = "total"  # "240K TC", "OTE of 190 grand": base and the rest
        elif FIXED_AFTER.match(after) or FIXED_BEFORE.search(before[-25:]):
            value["basis"] = "fixed"  # "min 28 LPA fixed": the fixed part of an Indian CTC
        found.append((value, "must" if floor else "wish", m.start(), m.end()))
    for m in money.FIGURES.finditer(text):
        floor = bool(FLOOR.search(text[max(0, m.start() - 40) : m.start()]))
        floor = floor or bool(POST_FLOOR.match(text[m.end() : m.end() + 30]))
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


def _vague(text: str) -> tuple[int, int] | None:
    """Where a wish for more money with no amount is ("a 20% raise", "declined - comp")."""
    v = _VAGUE.search(text)
    if not v:
        return None
    if CURRENT.search(text[: v.start()]) and not re.search(r"\bwants?\b", text[: v.start()]):
        return None
    if v.group() == "money" and not re.search(r"\b(?:more|better|for the|about the)\W+money", text):
        said = _REASON.search(text, v.start())
        # "the money was why she left": the reason said of it makes it pay
        return said.span() if said and said.start() == v.start() else None
    article = re.match(r"(?:a|an|the) ", v.group())
    # "after a 15% bump": the article belongs to the cue before it
    return v.start() + (article.end() if article else 0), v.end()
