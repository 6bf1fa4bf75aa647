"""A recruiter's do-not-contact note in another language, written as an instruction with the verb
in the infinitive: French "Ne plus contacter." / "à ne plus solliciter", Spanish "No volver a
contactar", "no recontactar", Italian "Non contattare più", "da non ricontattare", Portuguese
"Não voltar a contactar" (joined to the tables in ``reading.foreign_tables``).

The person's own "ne plus me contacter" is in the shared tables; these are the notes a team
leaves about them. Narrowed, they are no stop of everything: "ne plus contacter pour des missions
en régie", "no volver a contactar por teléfono", "non ricontattare prima di marzo".
"""

from __future__ import annotations

# what narrows a stop to one channel, kind of role, time or subject
_NARROWED = (
    r"(?!\s*(?:pour|sur|par|au sujet|concernant|avant|pendant|sauf|en dehors|para|sobre|por|antes|"
    r"durante|salvo|per|su|prima|tranne|via|no (?:m[óo]vil|celular|telefone)|al (?:m[óo]vil|celular|"
    r"tel[ée]fono)|au (?:t[ée]l[ée]phone|bureau|travail))\b)"
)

# a courtesy title and a name or two, then what narrows the stop ("Madame Vautrin sur son
# portable"): the table is read without case, so the name is the one or two words after the title
_NAMED_THEN_NARROWED = (
    r"(?! (?:madame|monsieur|mademoiselle|mme|mlle|m\.|ma[iî]tre|me|dr|docteur|docteure)\.?"
    r"(?: [\w'-]+){1,2}\s*(?:sur|par|au|pour|avant|sauf)\b)"
)

OPT_OUTS: tuple[tuple[str, str], ...] = (
    (
        # "merci de ne plus appeler Madame Vautrin sur son portable", "ne plus m'appeler sur mon
        # cellulaire": the phone refused, as "stop calling me on my mobile" reads in English
        r"(?:de )?ne (?:plus|jamais|plus jamais) (?:m'|l'|la |le )?(?:appeler|t[ée]l[ée]phoner)"
        r"(?: (?:madame|monsieur|mademoiselle|mme|mlle|m\.|ma[iî]tre|me|dr|docteur|docteure)\.?"
        r"(?: [\w'-]+){1,2})? (?:sur|à|au) (?:mon|son|sa|ma|leur) (?:portable|mobile|cellulaire|cell|"
        r"t[ée]l[ée]phone|num[ée]ro)(?: (?:perso|personnel|portable|mobile))?",
        "stop calling me on my mobile",
    ),
    (
        # spoken Québec drops the "ne": "plus jamais le contacter", "jamais plus la relancer"
        r"(?:[àa] )?(?:ne (?:plus|jamais|plus jamais|pas)|plus jamais|jamais plus) (?:le |la |les |l')?"
        # each verb whole: the language gate looks for whole words of the table
        r"(?:contacter|recontacter|solliciter|resolliciter|appeler|rappeler|relancer|d[ée]marcher)"
        # the person named after the verb, then what narrows it: "ne plus appeler Madame Vautrin
        # sur son portable" is the mobile only
        + _NAMED_THEN_NARROWED
        + r"(?: (?:svp|stp|merci))?"
        + _NARROWED,
        "do not contact again",
    ),
    (
        r"(?:a )?no (?:volver a |vuelvan a )?(?:contactar|contactarle|contactarla|contactarlo|recontactar|"
        r"recontactarle|recontactarla|recontactarlo)(?: (?:m[áa]s|nunca))?" + _NARROWED,
        "do not contact again",
    ),
    (
        r"(?:da )?non (?:contattare|contattarlo|contattarla|ricontattare|ricontattarlo|ricontattarla)"
        r"(?: pi[uù]| mai pi[uù])?" + _NARROWED,
        "do not contact again",
    ),
    (
        r"n[ãa]o (?:voltar a )?(?:contactar|contatar|recontactar|recontatar)(?: mais)?" + _NARROWED,
        "do not contact again",
    ),
)
