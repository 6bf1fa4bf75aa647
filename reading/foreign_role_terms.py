"""A role's terms in French, German and Spanish that the shared role table
(``reading.role_foreign``) does not carry: nights away, travel by the week, managing a team, a
term's length and part-time hours.

Each phrase maps onto the English the role rules know, as ``reading.foreign_contracts.ROLES``
does: "avec pernoctas" is overnight stays, "déplacements fréquents" frequent travelling (so "3
jours par semaine" after it is time on the road), "encadrer une équipe de 4" and "disziplinarische
Führung eines Teams" manage a team, "auf 24 Monate befristet" a 24-month fixed term, "mission
freelance de 3 mois" a 3-month freelance contract, "jornada parcial" part-time.
"""

from __future__ import annotations

# (pattern, English), matched case-insensitively as whole words before the shared table.
ROLES: tuple[tuple[str, str], ...] = (
    # --- nights away on the road -------------------------------------------------------------
    (r"pernoctas?|pernoctaciones|pernoctar fuera|nuitées|n[äa]chte auswärts", "overnight stays"),
    # --- travel by the week: "déplacements fréquents ..., 3 jours par semaine" ----------------
    (
        r"d[ée]placements? (?:fr[ée]quents?|r[ée]guliers?)|viajes frecuentes|"
        r"desplazamientos frecuentes|h[äa]ufige reiset[äa]tigkeit",
        "frequent travelling",
    ),
    # --- managing people -------------------------------------------------------------------
    (
        # (a bare "disziplinarische Führung von 9" is left as said: the German reader knows it)
        r"(?:(?:fachliche und )?disziplinarische )?f[üu]hrung (?:eines|des) teams|"
        r"(?:vous )?encadre(?:r|rez|z)? (?:une|l'|l’)[ ]?[ée]quipe|encadrement d'une [ée]quipe|"
        r"manager une [ée]quipe|(?:liderar|dirigir|gestionar|coordinar) (?:a )?un equipo|"
        r"a cargo de un equipo",
        "manage a team",
    ),
    # --- a term's length: "auf 24 Monate befristet", "befristet auf 2 Jahre" -----------------
    (r"auf (\d{1,2}) monate befristet|befristet auf (\d{1,2}) monate", r"\1\2-month fixed-term"),
    (
        r"mission (?:freelance )?de (\d{1,2}) mois|misi[óo]n (?:freelance )?de (\d{1,2}) meses",
        r"\1\2-month freelance mission",
    ),
    # --- part-time ---------------------------------------------------------------------------
    (r"jornada parcial|media jornada|temps partiel|teilzeit", "part-time"),
)
