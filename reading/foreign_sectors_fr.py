"""Sectors refused or accepted in French, rewritten into the English the rules know (joined to
them in ``reading.foreign_tables``): "pas de défense", "ne veut pas travailler dans l'armement",
"préfère éviter tout ce qui touche à la défense", "la défense, ça lui va".

Each "no" and "avoid" is rewritten only before a sector of this table's list, so "pas de
télétravail" or "éviter les nuits" stay for the tables that read them; "ça lui va" only after a
sector and its comma ("le spatial défense, ça lui va").
"""

from __future__ import annotations

# the sectors (after normalising, accents may be gone)
_SECTOR = (
    r"(?:(?:la |le |l'|les |du |de la |des |d')?(?:[\w-]+ )?(?:d[ée]fense|armement|militaire|"
    r"arm[ée]e|tabac|jeux? d'argent|paris sportifs|casinos?|p[ée]trole|nucl[ée]aire))"
)

WORDS: tuple[tuple[str, str], ...] = (
    (
        r"(?:ne (?:veut|veux|voudrait|souhaite) (?:pas|plus)|refuse de|ne (?:souhaite|veut) "
        rf"(?:plus|pas) du tout) travailler (?:dans|pour|chez|sur)(?= {_SECTOR})",
        "won't work in",
    ),
    (
        r"(?:pr[ée]f[èe]re|pr[ée]f[ée]rerait|veut|voudrait|souhaite|pr[ée]f[ée]rerais) [ée]viter"
        rf"(?: tout ce qui touche (?:à|a)| tout ce qui est)?(?= {_SECTOR})",
        "avoid anything to do with",
    ),
    (rf"\bpas de(?= {_SECTOR}\b)|\b(?:pas|jamais) dans(?= {_SECTOR})", "no"),
    (r"\barmement(?: pur)?\b", "weapons"),
    # after the sector's last letters: a look-behind holds one width
    (
        r"(?<=fense|ement|taire|tabac|trole|laire), [çc]a (?:lui|me|leur) (?:va|convient)",
        " is fine",
    ),
)
