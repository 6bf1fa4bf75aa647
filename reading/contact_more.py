"""More of how people stop contact, and what narrows a stop (data only: regular expressions).

Joined to ``reading.opt_out_phrases`` and ``reading.contact_scope``:

- opt-outs said as no wish at all ("I have no wish to hear about further opportunities from
  you"), as an objection ("I do mind you calling me") or as a removal made whole ("remove me
  altogether");
- a stop narrowed inside its own words: to a channel or an address ("don't contact me there
  again", "didn't message me on LinkedIn again"), to a day or an hour ("never call me on a
  Sunday again", "not before 10am"), or to one person on our side ("no further contact from Jess
  specifically");
- a do-not-contact flag lifted later in the same note ("DNC'd in 2024 ... flag lifted");
- another way still welcome after the stop ("take me off the digest, one-to-one emails still
  fine");
- a complaint about someone else who would not stop ("her old agency wouldn't leave her alone").
"""

from __future__ import annotations

import re

_ROLES = r"(?:roles|jobs|opportunities|positions|vacancies|openings|posts)"
# A narrowing after what is refused: a topic, a place, a time ("in retail", "for now").
_NARROWED = (
    r"(?!\W+(?:in|at|for|like|with|that|which|based|outside|paying|below|under|unless|until|till|before|"
    r"right now|for now|at the moment|this year|yet)\b)"
)

# Joined to ``OPT_OUT``; each alternative ends where the request does.
MORE_OPT_OUTS = (
    # "I have no wish to hear about further opportunities from you", "she has no desire to be
    # contacted": no wish for anything from us ("no wish to hear about roles in retail" is a scope)
    r"no (?:wish|desire|intention) (?:whatsoever |at all )?to (?:hear (?:from (?:you|us|your \w+)|about "
    rf"(?:any )?(?:further|future|more|other|new) {_ROLES}){_NARROWED}|be contacted{_NARROWED}|receive "
    rf"(?:any )?(?:further|more) (?:contact|emails|messages|calls|{_ROLES}){_NARROWED})|"
    # "I do mind you contacting me", "he very much minds us calling him": an objection to contact
    # ("I don't mind you calling" is the opposite, "would you mind calling me" a request)
    r"(?<![\w'])(?:i|he|she|they) (?:do|does|really|very much|definitely|certainly) minds? (?:you|us|"
    r"being) (?:contact(?:ing|ed)|call(?:ing|ed)|e-?mail(?:ing|ed)|messag(?:ing|ed)|approach(?:ing|ed))"
    r"(?: (?:me|him|her|them))?|"
    # "remove me altogether", "delete him completely": the person, from everything
    r"(?:remove|delete|erase) (?:me|him|her|them) (?:altogether|completely|entirely|for good|permanently|"
    r"from everything)"
)

# A stop narrowed inside its own words: an address or a channel, a day or an hour.
SCOPED_INSIDE = re.compile(
    r"\b(?:me|him|her|them|this (?:man|woman|person|guy)) (?:there|on (?:that|this|the old|my old|his old|"
    r"her old|their old) (?:address|email|number|account|one)|(?:on|via|through|over|by) (?:linkedin|"
    r"whatsapp|text|sms|phone|my mobile|the phone|facebook|instagram|telegram|signal)|on (?:a |the )?"
    r"(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|weekdays?)|"
    r"(?:before|after) \d|during (?:work|office|working|school) hours|at (?:work|night|weekends))\b"
)
# ... or after it, to one person on our side: "no further contact from Jess specifically".
FROM_ONE_OF_US = re.compile(
    r"^ from (?!us\b|you\b|me\b|anyone\b|any\b|all\b|this\b|your\b|our\b|the\b|recruiters\b|agencies\b)"
    r"\w+(?: \w+)? (?:specifically|in particular|personally|only)\b"
)
# When a flag was set, not a time it holds for: "asked to be DNC'd this week".
WHEN_FLAGGED = re.compile(
    r"^ (?:this (?:week|morning|afternoon|month)|today|yesterday|last (?:week|night))\b"
)
# A do-not-contact flag lifted later in the note: "... she reached out herself, flag lifted".
LIFTED_LATER = re.compile(
    r"\b(?:flag|dnc|do not contact|block|status|marker)(?: (?:was|has been|is|now|since))? (?:lifted|"
    r"removed|cleared|reversed)\b"
)
# Another way still welcome after the stop: "one-to-one emails still fine", "calls are still ok".
STILL_FINE = r"(?:e-?mails?|calls?|texts?|messages?|inmails?|dms?)(?: (?:are|is))? still (?:fine|ok|okay|welcome|good)"
# A complaint about another party that would not stop: "her old agency wouldn't leave her alone".
WOULD_NOT_STOP = re.compile(r"\b(?:wouldn't|would not|won't|will not|didn't|did not|never) $")
