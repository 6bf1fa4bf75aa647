"""German stops as a desk records them: the ATS flag "Kontaktsperre" (or "Sperrvermerk") set on a
candidate, "wünscht keinen Kontakt mehr", and requests for project offers ("Projektanfragen",
"Jobangebote") refused as such - each mapped to the English opt-out the rules already know.

Part of the table ``reading.foreign_opt_outs`` joins, after ``reading.foreign_stops_de``. A flag
lifted ("Kontaktsperre aufgehoben") is said as the English "DNC lifted", an opt-in; a stop
scoped to one kind, client or time ("keine Projektanfragen mehr für Banken", "keinen Kontakt
mehr zu seinem alten Chef") has no entry and stays unread.
"""

from __future__ import annotations

# what a desk does with the flag: set it, or lift it
_SET = (
    r"(?:gesetzt|eingetragen|vermerkt|hinterlegt|aktiviert|aktiv|erteilt|angelegt|eingerichtet|"
    r"markiert|gewünscht|gewuenscht)"
)
_LIFTED = (
    r"(?:aufgehoben|entfernt|gelöscht|geloescht|zurückgenommen|zurueckgenommen|deaktiviert|raus)"
)
_FLAG = r"(?:kontaktsperre|kontakt-sperre|sperrvermerk|kontaktverbot)"
# whose wish it was: the person's own ("auf Wunsch der Kandidatin", "auf eigenen Wunsch")
_OWN_WISH = (
    r"auf (?:(?:eigenen|ausdrücklichen|ausdruecklichen|ihren|seinen) )?wunsch"
    r"(?: (?:de[rs] )?(?:kandidat(?:in|en)?|bewerber(?:in|s)?|freiberufler(?:in|s)?|freelancer(?:in|s)?))?"
)
# a clause's end: the flag said on its own, not of a client or another party
_END = r"(?= *(?:[.!;,:—–(-]|$))"
# offers of work from us, in the compounds a desk writes ("Projektanfragen", "Jobangebote")
_OFFERS = r"(?:projekt|job|stellen|mandats|einsatz|vakanz)-?(?:anfragen|angebote|angeboten|vorschläge|vorschlaege)"
_FROM_US = (
    r"(?:von|durch|seitens) (?:ihnen|euch|uns|personalberatern|personalvermittlern|headhuntern|"
    r"recruitern|agenturen|vermittlern|ihrer firma|ihrem haus|ihrem unternehmen)"
)

DE_FLAGS: tuple[tuple[str, str], ...] = (
    # lifted first, so "Kontaktsperre aufgehoben" is never read as one set
    (rf"{_FLAG} (?:wurde |ist |wieder )?{_LIFTED}", "DNC lifted"),
    (rf"{_FLAG} (?:wurde |ist )?(?:auf wunsch \w+ \w+ )?{_SET}", "marked do not contact"),
    (rf"{_FLAG} {_OWN_WISH}{_END}", "marked do not contact"),
    (rf"(?<![\w-]){_FLAG}{_END}", "marked do not contact"),
    # "wünscht keinen Kontakt mehr", "möchte keinen weiteren Kontakt": contact as such
    (
        r"keinen (?:weiteren |künftigen |kuenftigen )?kontakt(?: mehr)?"
        r"(?: (?:durch uns|von uns|unsererseits|mit uns|seitens uns))?(?= *(?:[.!,;—–(-]|$|bitte|danke))",
        "no further contact",
    ),
    # "keinerlei Projektanfragen mehr von uns", "keine Jobangebote mehr", "kein Interesse an
    # weiteren Projektangeboten"
    (
        rf"(?:keine|keinerlei) (?:weiteren? |künftigen )?{_OFFERS} (?:mehr )?{_FROM_US}(?: mehr)?"
        r"(?: (?:erhalten|bekommen))?(?= *(?:[.!;,—–-]|$|bitte\b|danke\b))",
        "no more messages",
    ),
    (
        rf"(?:keinerlei (?:weiteren? )?{_OFFERS}(?: mehr)?|keine (?:weiteren? )?{_OFFERS} mehr)"
        r"(?: (?:erhalten|bekommen))?(?= *(?:[.!;,—–-]|$|bitte\b|danke\b))",
        "no more messages",
    ),
    (
        rf"kein(?:erlei)? interesse (?:mehr )?an (?:weiteren|künftigen|kuenftigen|jeglichen) {_OFFERS}"
        r"(?= *(?:[.!;,—–-]|$))",
        "no more messages",
    ),
)
