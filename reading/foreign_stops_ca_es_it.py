"""Catalan stop phrases, and the Spanish and Italian ones of recruiters' notes and formal letters,
each mapped to the English opt-out the rules already know.

The Spanish here is the recruiter's own voice about the candidate, not the candidate's command:
an ATS flag ("marcado no contactar"), a request written in the third person ("pide no ser
contactado", "que no le volvamos a llamar", "que le demos de baja"), "no quiere saber nada de
nosotros" (us, the agency). The Italian is a formal letter's ("revoco ogni consenso", "diffido dal
contattarmi").

Part of the table ``reading.foreign_opt_outs`` joins; an entry maps a phrase to an opt-out only
when it refuses contact as such: a stop narrowed to a time, a place, a channel or a client ("pide
no contactar al trabajo", "no m'hi torneu a presentar a Seat", "dar de baja de la newsletter")
has no entry and stays unread.
"""

from __future__ import annotations

# What narrows a recruiter's "no contactar" to a time, a channel or a place ("... al trabajo",
# "... hasta enero", "... por teléfono"): then it is no stop as such.
_NARROWED = (
    r"(?! (?:al|a|a su|de|del|en|para|sobre|con|por|antes|despu[ée]s|hasta|durante|mientras|fuera|"
    r"entre|este|esta|hoy|ahora|que|salvo|excepto|sino)\b)"
)
_APOS = "['’]"

CA_ES_IT: tuple[tuple[str, str], ...] = (
    # Catalan: "no em torneu a escriure", "no em truqueu més", "deixeu de contactar-me",
    # "esborreu les meves dades", "doneu-me de baixa" (and "de" as "d'" before a vowel)
    (
        r"no (?:em|ens) (?:torneu|tornis|torni|tornin|tornéssiu|tornessiu) a (?:escriure|trucar|"
        rf"contactar|molestar|enviar|buscar)(?:-me|-nos|{_APOS}m)?(?: res)?",
        "do not contact me again",
    ),
    (
        rf"no (?:em |m{_APOS})(?:escriviu|escriguis|truqueu|truquis|contacteu|contactis|molesteu|"
        r"molestis|envieu res|busqueu)(?: mai)? més",
        "do not contact me again",
    ),
    (
        rf"deixeu (?:de |d{_APOS})(?:contactar-me|escriure{_APOS}m|trucar-me|molestar-me|enviar-me|buscar-me)",
        "stop contacting me",
    ),
    (
        r"(?:esborreu|esborrar|elimineu|eliminar|suprimiu|suprimir) (?:totes )?(?:les )?(?:meves|seves) "
        r"dades(?: personals)?",
        "delete my data",
    ),
    (
        r"(?:esborreu-me|elimineu-me|traieu-me|treieu-me) de (?:la |les |vostra |la vostra )?(?:base de "
        r"dades|llista|llistes|sistema)",
        "remove me from your database",
    ),
    (
        r"(?:doneu-me|doneu-la|doneu-lo|donar-me) de baixa(?= *(?:[.!,;]|$|si us plau|gràcies))",
        "unsubscribe me",
    ),
    (
        r"no (?:vull|vol) saber res (?:més )?de vosaltres",
        "do not contact me again",
    ),
    # a Catalan stop taken back: the turn ("ho he repensat", "he canviat d'idea") and looking
    # again in so many words ("torno a buscar feina"); the English rules weigh them as a stop's end
    (rf"(?:m{_APOS}ho he repensat|ho he repensat|he canviat d{_APOS}idea)", "changed my mind"),
    (
        r"(?:torno a buscar feina|ja (?:torno a )?busco feina|ara s[íi] que busco(?: feina)?|"
        r"(?:ja |ara )?estic buscant feina(?: (?:de nou|una altra vegada))?)(?!\s*\?)",
        "i'm looking now",
    ),
    # Spanish, the recruiter's record of the request: an ATS flag, a request in the third person
    (
        r"(?:marcad[oa]s?|marcar|marcamos|marco|flag) (?:como )?[\"'«]?no (?:contactar|llamar)(?! (?:al|"
        r"antes|hasta|en|por|durante)\b)",
        "flagged do not contact",
    ),
    (
        r"(?:pide|pidió|pidio|ha pedido|solicita|solicitó|solicito|quiere) (?:que )?no (?:ser )?"
        rf"(?:contactad[oa]s?|contactar(?:le|la|lo)?|llamad[oa]s?|llamar(?:le|la|lo)?){_NARROWED}",
        "asks not to be contacted",
    ),
    (
        r"no (?:le|la|lo|les|los|las) (?:volvamos|volvemos|volviéramos|volvieramos) a (?:llamar|"
        rf"contactar|escribir|molestar){_NARROWED}",
        "asked not to be contacted again",
    ),
    (
        r"(?:le|la|lo|les|los|las) (?:demos|dimos|damos|hemos dado|he dado) de baja(?= *(?:[.!,;]|$| y\b))",
        "asked to be unsubscribed",
    ),
    (
        r"no (?:quiero|quiere|quieren|queremos) saber nada (?:m[aá]s )?de (?:nosotros|vosotros|"
        r"nuestra agencia|esta agencia)\b",
        "does not want to hear from us again",
    ),
    # Italian, a formal letter's: "revoco ogni consenso", "diffido dal contattarmi"
    (r"revoco (?:ogni|qualsiasi|qualunque|tutti i|il mio|il) consens[oi]", "withdraw my consent"),
    (
        r"diffid[oa] (?:dal |a |dall'|la vostra società dal )?(?:contattarmi|ricontattarmi|scrivermi|"
        r"chiamarmi|contattare)",
        "do not contact me again",
    ),
)
