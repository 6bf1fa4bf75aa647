""" "Not before" in German and Dutch, and a few seasons and notice periods the shared tables lack
(joined to them in ``reading.foreign_tables``): "nicht vor Ostern", "niet voor maart", "niet voor
de zomer", "pas avant l'été", "préavis de 3 mois", French "dispo" (available), and "ab sofort
verfügbar" after "Vergessen Sie Februar" (free from now, lifting a wait said before).

The shared tables turn "vor März" into "before march" but leave the German and Dutch "not"
("nicht", "niet") as it is, so "nicht vor März" read as no wait at all; here the "not" right
before "vor"/"voor" is English too. A notice period said with its length in French ("préavis de
trois mois", "un préavis d'un mois") is the English "three months' notice".
"""

from __future__ import annotations

WAITS: tuple[tuple[str, str], ...] = (
    # only before a time the tables know, so "niet voor mij" or a "niet" elsewhere stays as it is
    (
        r"(?:nicht|niet) (?:vor|voor)(?= (?:(?:dem|de|het|eind|einde|ende|begin|anfang|mitte|medio) )?"
        r"(?:januar|jänner|januari|februar|februari|märz|maerz|maart|april|mai|mei|juni|juli|august|"
        r"augustus|september|oktober|november|dezember|december|ostern|pasen|weihnachten|kerst|kerstmis|"
        # (a season is "before the summer" below, with its article)
        r"pfingsten|pinksteren|neujahr|nieuwjaar|\d{4})\b)",
        "not before",
    ),
    (r"pas(?= avant (?:l'|le )?(?:[ée]t[ée])\b)", "not"),
    (r"(?:nicht|niet) (?:vor dem|voor de) (?:sommer|zomer)", "not before the summer"),
    (r"(?:vor dem|voor de|avant l'|avant le) ?(?:sommer|zomer|[ée]t[ée])", "before the summer"),
    (r"(?:nach dem|na de|apr[èe]s l'|apr[èe]s le) ?(?:sommer|zomer|[ée]t[ée])", "after the summer"),
    (r"pr[ée]avis (?:de |d')(?:1|un) mois", "one month's notice"),
    (r"pr[ée]avis (?:de )?(?:2|deux) mois", "two months' notice"),
    (r"pr[ée]avis (?:de )?(?:3|trois) mois", "three months' notice"),
    (r"pr[ée]avis (?:de )?(?:6|six) mois", "six months' notice"),
    # free from now, said as a change: "ich bin ab sofort verfügbar", "ab sofort offen", "per
    # direct beschikbaar" (as "available right away" lifts a wait said before)
    (
        r"(?:ich bin |bin ich |ik ben |ben ik )?(?:ab sofort|per sofort|per direct|vanaf nu) "
        r"(?:verfügbar|offen|frei|beschikbaar|vrij|open)",
        "available right away",
    ),
    # the project waited on ended sooner: "Projekt vorzeitig beendet", "früher als geplant
    # abgebrochen", "voortijdig beëindigd" (with a readiness now, the wait before it is over)
    (
        r"(?:vorzeitig|vorfristig|früher als geplant|frueher als geplant|voortijdig|eerder dan gepland) "
        r"(?:beendet|abgebrochen|ausgelaufen|gekündigt|gekuendigt|zu ende|beëindigd|beeindigd|gestopt|afgebroken)",
        "cut short",
    ),
    (
        r"(?:projekt|einsatz|auftrag|project|opdracht) (?:wurde |ist |is |werd )?(?:abgesagt|gestoppt|storniert|"
        r"gestrichen|geannuleerd|stopgezet)",
        "project cancelled",
    ),
    # a date given up: "Vergessen Sie Februar", "vergeet maart"
    (r"(?:vergessen sie|vergiss|vergeet|oubliez|oublie)(?= (?:den |de |le )?\w)", "forget"),
    # French shorthand: "pas dispo avant février", "dispo dès janvier"
    (r"dispos?(?= (?:avant|à partir|a partir|d[èe]s|en|apr[èe]s|fin|d[ée]but)\b)", "available"),
)
