"""French (and a few Dutch) waits, comebacks and refusals the shared tables missed, rewritten into
the English the rules know (joined to them in ``reading.foreign_tables``):

- a wait before a day of a month ("pas avant le 15 janvier", "après le 3 mars"), before a year
  ("pas avant 2028"), or said after its time ("examen en février, pas avant");
- a wait counted from the day said ("relance-moi dans deux mois", "d'ici trois semaines") and a
  span asked for ("laissez-moi un an", "donnez-moi six mois");
- a payment waited for before a move ("attend son 13e mois de décembre avant de bouger", "attend
  sa prime de mars");
- a change of mind: "je suis dispo dès maintenant" / "ik ben nu beschikbaar" (free now, lifting a
  wait), "oubliez mon message de mars, je suis de nouveau à l'écoute" (the month names the old
  message, not a wait), "j'avais demandé à ne plus être contacté, mais je cherche maintenant";
- "vergeet mij" / "oubliez-moi" (forget me: an opt-out; not "vergeet me niet", don't forget me);
- a call stop scoped to work ("ne m'appelez plus sur mon fixe au bureau": not at work, so no
  opt-out), a move abroad refused ("ne veut pas s'expatrier"), an hourly rate ("160 CHF de
  l'heure, ne descend pas").
"""

from __future__ import annotations

_MONTHS = (
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
)
_NUMBERS = {
    "un": "one",
    "une": "one",
    "1": "one",
    "deux": "two",
    "2": "two",
    "trois": "three",
    "3": "three",
    "quatre": "four",
    "4": "four",
    "cinq": "five",
    "5": "five",
    "six": "six",
    "6": "six",
    "quelques": "a few",
}


def _spans() -> tuple[tuple[str, str], ...]:
    """ "dans deux mois" -> "in two months", "d'ici 3 semaines" -> "in three weeks"."""
    out = []
    for fr, en in _NUMBERS.items():
        for unit, unit_en in (("mois", "months"), ("semaines?", "weeks")):
            unit_en = unit_en[:-1] if en == "one" else unit_en
            # not "pas plus dans six mois" (nor in six months either): no wait
            out.append(
                (rf"(?<!pas plus )(?<!pas )(?:dans|d'ici) {fr} {unit}", f"in {en} {unit_en}")
            )
    return tuple(out)


OPT_OUTS: tuple[tuple[str, str], ...] = (
    # "vergeet me niet": don't forget me, the opposite of an opt-out
    (r"vergeet (?:mij|me) niet|vergessen sie mich nicht|ne m'oubliez pas", "remember me"),
    # "vergeet mij alstublieft", "oubliez-moi": forget me (not "vergeet me niet": don't forget me)
    (
        r"(?:vergeet (?:mij|me)|vergessen sie mich|oubliez[- ]moi)(?! niet| nicht| pas)"
        r"(?: alstublieft| aub| a\.u\.b\.| bitte| svp| s'il vous plaît)?",
        "please forget me",
    ),
    # a call stop scoped to work, its channel named: "ne m'appelez plus sur mon fixe au bureau"
    (
        r"(?:ne m'appelez plus|ne m'appelle plus|ne pas m'appeler) (?:sur mon (?:fixe|poste|num[ée]ro|"
        r"t[ée]l[ée]phone)(?: pro)? )?(?:au|du) (?:bureau|travail|boulot)",
        "don't call me at work",
    ),
    # a stop asked for before, taken back in the same breath
    (
        r"(?:je sais que )?j'avais demand[ée] (?:à|a) ne plus (?:être|etre) (?:contact[ée]e?|"
        r"sollicit[ée]e?)",
        "i know i asked not to be contacted",
    ),
)

WAITS: tuple[tuple[str, str], ...] = (
    # a day of a month: "pas avant le 15 janvier", "après le 3 mars", "avant le 1er avril"
    (rf"(?:ne \w+ )?(?:pas|pus|rien) avant le(?= \d{{1,2}}(?:er)? (?:{_MONTHS})\b)", "not before"),
    (rf"apr[èe]s le(?= \d{{1,2}}(?:er)? (?:{_MONTHS})\b)", "after"),
    # a year: "pas avant 2028", "pas avant fin 2027"
    (r"(?:ne \w+ )?(?:pas|pus|rien) avant(?= (?:fin |d[ée]but )?20\d\d\b)", "not before"),
    # said after its time: "examen en février, pas avant."
    (r"(?<=, )pas avant(?=\s*(?:[.!;]|$))", "not before"),
    *_spans(),
    # a span asked for: "laissez-moi un an", "donne-moi six mois"
    (
        r"(?:laissez|laisse|donnez|donne)[- ]moi(?= (?:un|une|deux|trois|quatre|six|quelques) )",
        "give me",
    ),
    (r"un an|une ann[ée]e", "a year"),
    (r"au minimum", "at least"),
    # a payment waited for: "attend son 13e mois de décembre avant de bouger"
    (
        r"attend(?:s|ent)? (?:son|sa|ses|mon|ma|mes|le|la)(?= (?:13e|13[èe]me|treizi[èe]me|prime|bonus)\b)",
        "waiting for his",
    ),
    (rf"(?:13e|13[èe]me|treizi[èe]me) mois(?: de| d')?(?= (?:{_MONTHS})\b)", "13th month in"),
    (rf"prime de(?= (?:{_MONTHS})\b)", "bonus in"),
    (r"avant de (?:bouger|partir|changer|quitter)", "before moving"),
    # free now, lifting a wait said before: "je suis dispo dès maintenant", "ik ben nu beschikbaar"
    (
        r"(?:je suis |il est |elle est )?(?:dispos?|disponibles?) (?:d[èe]s maintenant|imm[ée]diatement|"
        r"maintenant|tout de suite|de suite)",
        "i'm available right now",
    ),
    (r"(?:ik ben |hij is |zij is )?nu (?:beschikbaar|vrij)", "i'm available right now"),
    # the old message named by its month is no wait: "oubliez mon message de mars"
    (
        rf"(?:oubliez|oublie|d[ée]sol[ée]e? pour|pardon pour) mon (?:message|mail|mot|courriel)(?: (?:de |d'|du )(?:\d{{1,2}} )?(?:{_MONTHS}))?",
        "forget my earlier message",
    ),
    (
        r"(?:je suis |il est |elle est )?(?:de nouveau|à nouveau|a nouveau) (?:à l'écoute|a l'ecoute|ouverte?|"
        r"disponible|dispo)",
        "i'm open again",
    ),
    (
        r"(?:mais )?(?:je cherche|je recherche|il cherche|elle cherche) (?:maintenant|activement)",
        "but i'm looking now",
    ),
    # a call asked for (not Québec's "appelez-moi pus": call me no more)
    (r"(?:appelez|appelle|rappelez|rappelle)[- ]moi(?! (?:pus|plus|pas|jamais)\b)", "call me"),
)

WORDS: tuple[tuple[str, str], ...] = (
    # the thing waited on called off: "projet annulé", "mission annulée"
    (r"annul[ée]e?s?", "cancelled"),
    # a move abroad refused: "ne veut pas s'expatrier", "refuse de s'expatrier"
    (
        r"(?:ne (?:veut|souhaite|veux) (?:pas|plus)|refuse de|pas question de) (?:s'expatrier|partir "
        r"(?:à|a) l'[ée]tranger|d[ée]m[ée]nager)",
        "doesn't want to relocate",
    ),
    # an hourly rate and its floor: "160 CHF de l'heure, ne descend pas"
    (r"de l'heure|par heure", "per hour"),
    (r"ne (?:descend|descendra|descends) pas|ne descend plus", "won't go lower"),
)
