"""Waits said with the time first and the "no" after it, in German and French: "Vor der
Hauptversammlung im Mai kommt ein Wechsel nicht in Frage", "vor März ist ein Wechsel
ausgeschlossen", "pas de changement avant la rentrée", "aucun départ avant septembre"
(joined to the tables in ``reading.foreign_tables``).

The shared tables read "nicht vor Mai" and "pas avant septembre", where the "not" stands next to
the "before". Here the "not" stands elsewhere: German puts the time first and the refusal at the
end of the sentence, French puts a noun ("changement", "départ") between "pas de" and "avant".
Each is rewritten to the English "not before" / "no change" the English reader takes as a wait,
and only where a month or a known event follows, so "vor Ort" or "avant tout" stay as they are.
"""

from __future__ import annotations

_DE_MONTH = (
    r"(?:januar|jänner|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|"
    r"dezember|ostern|pfingsten|weihnachten|neujahr|\d{4})"
)
# The refusal at the end of the German sentence, a few words after the time.
_DE_NO = (
    r"[^.;!?]{0,50}?\b(?:nicht in ?frage|ausgeschlossen|geht nichts|nicht m[öo]glich|kein thema|"
    r"nicht drin|nichts zu machen)"
)
# A company's dated event said between "vor" and the month: the AGM, the year's accounts.
_DE_EVENT = (
    r"(?:der |dem )?(?:jahres)?(?:hauptversammlung|hv|bilanzpressekonferenz|jahresabschluss|"
    r"aufsichtsratssitzung|gesellschafterversammlung)"
)

WAITS: tuple[tuple[str, str], ...] = (
    # "Vor der Hauptversammlung im Mai kommt ein Wechsel nicht in Frage": the AGM in May
    (rf"vor {_DE_EVENT} (?:im|in|am)(?= {_DE_MONTH}\b{_DE_NO})", "not before the agm in"),
    # "Vor Mai kommt ein Wechsel nicht in Frage", "vor Ostern ist ein Wechsel ausgeschlossen"
    (rf"vor(?= (?:ende |anfang |mitte )?{_DE_MONTH}\b{_DE_NO})", "not before"),
    # "Pas de changement avant la rentrée", "aucun départ avant septembre": "no change before"
    (
        r"(?:pas de|aucun|aucune|pas d'|aucun d')\s?(?:changement|d[ée]part|mouvement|bougeage|"
        r"transition|nouveau poste|move)(?: de poste| professionnel)? avant",
        "no change before",
    ),
    # ... "avant la rentrée": the rentrée is early September (``reading.foreign_breaks_stops``)
    # (only bare: "la rentrée de septembre" is read by its month, "la rentrée de janvier" is January)
    (r"(?<=avant )la rentr[ée]e(?: scolaire)?(?! de\b| derni[èe]re| pass[ée]e)", "september"),
)
