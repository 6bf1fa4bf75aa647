"""Whether a stop was asked by someone close to the person, for themselves ("his wife asked us to
stop calling her", "Husband asked us not to contact HIM", "her husband called: he wants no more
calls. She herself is open"): their stop, not the candidate's. ``reading.contact_scope`` asks it
of each stop phrase found.

The one who asked is a relative named in the same sentence before the stop, with a possessive
("her husband", "the candidate's wife") or bare at the sentence's start as notes write it
("Husband asked..."). It is theirs when the stop's pronoun is theirs ("him" after a husband, in
any case: notes shout "HIM"), when the one who says it is their pronoun ("her husband called: HE
doesn't want..."), or when the next sentence says at once that the person is not of it ("Not
her", "she's keen", "Eline herself is open").
"""

from __future__ import annotations

import re

_MALE = r"husband|hubby|boyfriend|dad|father|son|brother|fianc[ée]"
_FEMALE = r"wife|girlfriend|mum|mom|mother|daughter|sister|fianc[ée]e"
_KIN = rf"(?:(?P<male>{_MALE})|(?P<female>{_FEMALE})|partner|spouse|flatmate|housemate|colleague|boss|manager)"
_THIRD_PARTY = re.compile(
    rf"\b(?:her|his|their|cand(?:idate)?'s|the candidate's)\s+(?:ex-?|new |own )?{_KIN}\b[^.!?;\n]*$"
)
# ... bare at the sentence's start, as call notes write it: "Husband (also in tech) asked us..."
# Only a partner: "Brother Loewen", "Father Tom" are how some address the person themselves.
_SPOUSE_MALE = r"husband|hubby|boyfriend|fianc[ée]"
_SPOUSE_FEMALE = r"wife|girlfriend|fianc[ée]e"
_BARE_KIN = re.compile(
    rf"^\s*(?:{_SPOUSE_MALE}|{_SPOUSE_FEMALE}|partner|spouse)\b[^.!?;\n]*$", re.I
)
_MALE_BARE = re.compile(rf"^\s*(?:{_SPOUSE_MALE})\b", re.I)
_FEMALE_BARE = re.compile(rf"^\s*(?:{_SPOUSE_FEMALE})\b", re.I)
# The one who says the stop, their partner's pronoun right after them: "her husband called: HE".
_SPOUSE = re.compile(
    rf"^\W*(?:her|his|their)?\s*(?:{_SPOUSE_MALE}|{_SPOUSE_FEMALE}|partner)\b", re.I
)
# ... or the note says at once that it is not them: "... stop ringing him. Not her - she's keen",
# "Eline herself very much wants to hear about roles".
_NOT_THEM = re.compile(
    r"^\W{0,4}(?:not (?:her|him|them|the candidate|cand)\b|(?:she|he)'s (?:fine|keen|happy)|"
    r"(?:[\w'-]+ )?(?:herself|himself|themselves)\W+(?:is |are |very much |still |really |would )?"
    r"(?:open|keen|wants?|happy|fine|interested|likes?|loves?)\b)",
    re.I,
)

# The line the relative answers, named with the stop: "never to call that number again", "not to
# ring the landline", "don't call the house phone".
_LINE = r"(?:that|this|the|their|our|the home|the family) (?:home |house |family )?(?:number|landline|land line|house phone|home phone|home number)\b"
_THEIR_LINE = re.compile(rf"\W*(?:\w+\W+){{0,2}}?{_LINE}", re.I)
_THEIR_LINE_IN = re.compile(rf"\b{_LINE}", re.I)


def someone_elses(text: str, m: re.Match) -> bool:
    """Whether the stop at ``m`` was asked by someone close to the person, for themselves."""
    start = max(text.rfind(c, 0, m.start()) for c in ".!?;\n") + 1
    asker = _THIRD_PARTY.search(text, start, m.start())
    if asker:
        male, female = bool(asker["male"]), bool(asker["female"])
        between = text[asker.start() : m.start()]
    else:
        bare = _BARE_KIN.match(text[start : m.start()])
        if not bare:
            return False
        said = text[start : m.start()]
        male, female = bool(_MALE_BARE.match(said)), bool(_FEMALE_BARE.match(said))
        between = said
    if _NOT_THEM.match(_after_sentence(text, m.end())):
        return True
    if _THEIR_LINE.match(text, m.end()) or _THEIR_LINE_IN.search(m.group()):
        return True  # "his mother told us never to call that number again": the line she answers
    after = text[m.end() : m.end() + 8]
    whom = re.search(r"\b(him|her|them)\b", m.group(), re.I) or re.match(
        r"\W*(him|her|them)\b", after, re.I
    )
    if not whom:
        # who says it: "her husband called: he doesn't want to be contacted"
        speaker = re.search(r"\b(he|she)\b\W*$", between, re.I) or re.search(
            r":\s*(he|she)\b", between, re.I
        )
        if not speaker or not _SPOUSE.match(between):
            return False
        return (male and speaker[1].lower() == "he") or (female and speaker[1].lower() == "she")
    whom = whom[1].lower()
    return (male and whom == "him") or (female and whom == "her")


def _after_sentence(text: str, pos: int) -> str:
    end = re.search(r"[.!?;\n]|$", text[pos:]).end() + pos
    return text[end : end + 40]
