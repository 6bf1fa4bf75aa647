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

OPT_OUTS: tuple[tuple[str, str], ...] = (
    (
        # spoken Québec drops the "ne": "plus jamais le contacter", "jamais plus la relancer"
        r"(?:[àa] )?(?:ne (?:plus|jamais|plus jamais|pas)|plus jamais|jamais plus) (?:le |la |les |l')?"
        # each verb whole: the language gate looks for whole words of the table
        r"(?:contacter|recontacter|solliciter|resolliciter|appeler|rappeler|relancer|d[ée]marcher)(?: (?:svp|stp|merci))?"
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
