"""Italian and Catalan waits on a season, with the article elided before its vowel ("dopo
l'estate", "fino a dopo l'inverno", "fins després de l'estiu", "després de la tardor"), rewritten
into the English the wait rules already know ("until after the summer").

``reading.foreign_tables`` puts this table in front of ``reading.foreign``'s own. A season
without "after" in front ("l'estate scorsa ero a Napoli", last summer) has no entry: only
"after" makes it a time to wait for, and a season gone by ("dopo l'estate scorsa") is none. Both languages' summers are the north's.
"""

from __future__ import annotations

_ART = r"(?:l['’]|la |il )"
_SEASONS = {
    "the summer": "estate|estiu",
    "the autumn": "autunno|tardor",
    "the winter": "inverno|hivern",
    "the spring": "primavera",
}
# "fino a dopo", "fins després de": until after; "dopo", "després de": after
_UNTIL_AFTER = r"(?:fino a dopo |fins (?:a )?després (?:de |d['’]))"
_AFTER = r"(?:dopo |després (?:de |d['’]))"

# a season gone by: "dopo l'estate scorsa", "després de l'estiu passat" (after last summer)
_PAST = r"(?! (?:scors[oa]|passat[oa]?|passada))"

WAITS: tuple[tuple[str, str], ...] = (
    *(
        (rf"{_UNTIL_AFTER}{_ART}(?:{words}){_PAST}", f"until after {en}")
        for en, words in _SEASONS.items()
    ),
    *((rf"{_AFTER}{_ART}(?:{words}){_PAST}", f"after {en}") for en, words in _SEASONS.items()),
)
