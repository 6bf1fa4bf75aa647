"""The country a visa or a right to work is for, when it is not named right after the words.

``reading.countries.named_after`` takes "(sponsorship) for Ireland" straight after the words;
people also name the country further on in the sentence ("needs a 482 nomination to work in
Australia", "visa runs out in feb, wants a sponsor so he can stay in Canada"), in brackets ("req.
visa spons. (UK)"), as an adjective ("a US citizen", "any US employer would have to file"), or as
the heading of a note ("Japan: the company would need to sponsor ..."). Where they live now
("currently in Auckland", "lives in Toronto") is not the country of the paper: that is left out.
"""

from __future__ import annotations

import re

from reading import countries

_NAMES = countries.COUNTRY_NAMES
# The nationality words a status or an employer is named by: "a British citizen", "any US
# employer", "a Canadian work permit" (a nationality says whose papers, not where they work, so
# it is taken only before a status or employer word).
_ADJECTIVES = {
    "us": "us",
    "u.s.": "us",
    "american": "us",
    "uk": "uk",
    "british": "uk",
    "english": "uk",
    "scottish": "uk",
    "welsh": "uk",
    "irish": "ireland",
    "canadian": "canada",
    "australian": "australia",
    "new zealand": "new zealand",
    "kiwi": "new zealand",
    "german": "germany",
    "french": "france",
    "dutch": "netherlands",
    "swiss": "switzerland",
    "spanish": "spain",
    "portuguese": "portugal",
    "italian": "italy",
    "polish": "poland",
    "indian": "india",
    "japanese": "japan",
    "singaporean": "singapore",
    "singapore": "singapore",
    "emirati": "uae",
    "uae": "uae",
    "saudi": "saudi arabia",
    "austrian": "austria",
    "belgian": "belgium",
    "danish": "denmark",
    "swedish": "sweden",
    "norwegian": "norway",
    "finnish": "finland",
    "japan": "japan",
}
_STATUS_WORDS = (
    r"citizen(?:ship)?s?|passport|national|employers?|company|companies|firm|visa|work permit|"
    r"work visa|permit|sponsor(?:ship)?|pr|permanent resident|residency|green card|right to work"
)
_ADJECTIVE = re.compile(
    r"(?<![\w.])(?P<a>"
    + "|".join(re.escape(a) for a in sorted(_ADJECTIVES, key=len, reverse=True))
    + rf")\s+(?:{_STATUS_WORDS})\b",
    re.IGNORECASE,
)
# A country further on, where the work or the stay is: "to work in Australia", "so he can stay in
# Canada", "apply for it in Singapore", "permis de travail au Canada"; not where they are or were
# ("currently in Auckland", "after 5 yrs in UK audit", "a third-country national in Switzerland").
_FURTHER_ON = re.compile(
    r"\b(?:work|working|stay|remain|employers?|it|travail|trabajo|trabajar|trabalho|trabalhar|arbeiten)"
    r"\W+(?:(?:freely|legally|there|permanently|full[- ]time)\W+)?"
    r"(?:in|for|to|into|within|au|aux|en|em|no|na|para|nach|für|in der)\s+"
    rf"(?:the\s+|die\s+|le\s+|la\s+|el\s+|o\s+|a\s+)?(?P<n>{_NAMES}|US|USA)(?!\w)",
    re.IGNORECASE,
)
_BRACKETED = re.compile(rf"\(\s*(?P<n>{_NAMES}|US|USA)\s*\)", re.IGNORECASE)
# "Japan: the company would need to sponsor ...": a country as the heading of the line
_HEADING = re.compile(rf"^\s*(?P<n>{_NAMES}|US|USA)\s*[:\-–—]\s", re.IGNORECASE)
# a full stop before a capital ends a sentence; one of shorthand does not ("req. visa spons. (UK)")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z])|[.!?]\s*$|\n")


def _key(name: str) -> str | None:
    if name.lower() == "us" and name != "US":
        return None  # the pronoun "us"
    return countries.country_key(name)


def visa_country(text: str, start: int, end: int, needed: bool = False) -> str | None:
    """The country a visa or right to work found at ``text[start:end]`` is for, or None. A
    nationality names the country of a right held, never of a need ("Indian passport, would
    need a Norwegian work permit")."""
    named = countries.named_after(text, end)
    if named:
        return named
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    stop = _SENTENCE_END.search(text, end)
    right = stop.start() if stop else len(text)
    for m in _FURTHER_ON.finditer(text, end, right):
        if key := _key(m["n"]):
            return key
    for m in _BRACKETED.finditer(text, left, right):
        if key := _key(m["n"]):
            return key
    for m in _ADJECTIVE.finditer(text, max(left, start - 30), right):
        if needed and re.match(r"\S+\s+(?:citizen|passport|national)", m.group(), re.IGNORECASE):
            continue
        if re.search(r"\bdual\b", text[max(0, m.start() - 25) : m.start()], re.IGNORECASE):
            continue  # "dual Filipino-Japanese citizen": more than one country
        if m.start() <= end:  # the status's own words, or the employer just before them
            return _ADJECTIVES[m["a"].lower()]
    line_start = text.rfind("\n", 0, start) + 1
    heading = _HEADING.match(text, line_start)
    if heading and heading.end() <= start and (key := _key(heading["n"])):
        return key
    return None
