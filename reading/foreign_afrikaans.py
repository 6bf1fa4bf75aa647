"""Afrikaans cue phrases for stops: "moenie my weer kontak nie", "moet my asseblief nie weer bel
nie", "hou op om my te bel en te e-pos", "verwyder my besonderhede uit julle stelsel", "los my
uit"; and waits to a month's end ("tot einde Februarie ... kontak my daarna").

``reading.foreign`` puts these tables in front of its own. A wish for later or for one channel
("nie nou nie", "hou my op hoogte", "bel my eerder na vyf") has no entry: an Afrikaans stop must
say "weer"/"meer"/"ooit" (again, any more, ever), or stop more than calls, or remove the details.
"""

from __future__ import annotations

_ME = r"(?:my|hom|haar|ons)"
_PLEASE = r"(?:(?:asseblief|asb|tog|net) )?"
# "skakel" is to ring; "e-pos stuur" (send an email) is how email is said as a verb too
_CONTACT = (
    r"(?:kontak|gekontak|bel|gebel|skakel|geskakel|e-?posse stuur|e-?pos stuur|e-?pos|ge-?e-?pos|epos|pla|"
    r"boodskappe stuur|whatsapp|sms|skryf|geskryf)"
)
_AGAIN = r"(?:weer|meer|ooit weer|ooit|nooit weer)"
_ONLY_CALLS = r"(?:bel|sms|skakel)"
_WRITE = r"(?:kontak|e-?pos|epos|pla|boodskappe stuur|whatsapp|skryf)"
_DETAILS = r"(?:besonderhede|inligting|gegewens|data|nommer|cv|profiel)"
_YOUR_LIST = r"(?:julle|jul|u|jou|die) (?:stelsel|databasis|lys|lyste|rekords|lêers|leers)"

OPT_OUTS: tuple[tuple[str, str], ...] = (
    # "moenie my weer kontak nie", "moet my asseblief nie weer bel nie", "moet ons nooit weer pla nie"
    (
        rf"(?:moenie (?:{_ME} )?{_PLEASE}|moet {_ME} {_PLEASE}nie ){_AGAIN} {_CONTACT}(?: (?:of|en) {_CONTACT})*"
        r"(?: nie)?",
        "do not contact me again",
    ),
    # the person after "weer", with "vir": "moet asseblief nie weer vir my skakel of e-pos stuur nie",
    # "moenie weer vir ons bel nie"
    (
        rf"(?:moenie {_PLEASE}|moet {_PLEASE}nie ){_AGAIN} (?:vir )?{_ME} {_CONTACT}"
        rf"(?: (?:of|en) {_CONTACT})*(?: nie)?",
        "do not contact me again",
    ),
    # "ek wil nie meer gekontak word nie", "wil nie weer deur julle gebel word nie"
    (
        r"wil nie (?:meer|weer|ooit weer) (?:deur (?:julle|jul|u|jou|enigiemand) )?(?:gekontak|gebel|"
        r"ge-?e-?pos|genader) word(?: nie)?",
        "do not contact me again",
    ),
    # "kontak maak met" (to make contact with): "moet nooit weer met my kontak maak nie", "moenie
    # meer met hom in kontak tree nie"; "nooit" (never) says "weer" by itself
    (
        rf"(?:moenie {_PLEASE}{_AGAIN}|moet (?:{_ME} )?{_PLEASE}(?:nie {_AGAIN}|nooit(?: weer| meer)?)) "
        rf"(?:met|vir) {_ME} (?:in )?kontak (?:maak|opneem|tree)(?: nie)?",
        "do not contact me again",
    ),
    # "haal my van julle lys af", "haal haar asseblief uit die databasis uit": off our lists
    (
        rf"haal {_ME} {_PLEASE}(?:van|uit|af van) {_YOUR_LIST}(?: af| uit)?",
        "take me off your list",
    ),
    # "hou asseblief op om my te bel en te e-pos": more than calls is all contact
    (
        rf"hou {_PLEASE}op om {_ME} te (?:{_ONLY_CALLS} (?:en|of) (?:te )?{_WRITE}|{_WRITE}"
        rf"(?: (?:en|of) (?:te )?(?:{_ONLY_CALLS}|{_WRITE}))?)",
        "stop contacting me",
    ),
    # "hou op om my te bel": a channel, left to the English rules
    (rf"hou {_PLEASE}op om {_ME} te {_ONLY_CALLS}", "stop calling me"),
    # "los my uit", "los ons asseblief uit": leave me alone
    (rf"los {_ME} {_PLEASE}uit", "leave me alone"),
    # "verwyder al my besonderhede uit julle stelsel", "vee my inligting uit"
    (
        rf"verwyder {_PLEASE}(?:al )?{_ME}(?: {_DETAILS})?(?: (?:uit|van) {_YOUR_LIST})?|"
        rf"vee {_PLEASE}(?:al )?{_ME} {_DETAILS} uit",
        "remove my details from your database",
    ),
)

_MONTH = {
    "januarie": "january",
    "februarie": "february",
    "maart": "march",
    "april": "april",
    "mei": "may",
    "junie": "june",
    "julie": "july",
    "augustus": "august",
    "september": "september",
    "oktober": "october",
    "november": "november",
    "desember": "december",
}
# "tot einde Februarie op 'n kontrak", "tot die einde van Julie", "kontak my daarna"
WAITS: tuple[tuple[str, str], ...] = (
    *(
        (rf"tot (?:die )?(?:einde|eind|end) (?:van )?{month}", f"until the end of {english}")
        for month, english in _MONTH.items()
    ),
    *(
        (rf"tot {month}", f"until {english}")
        for month, english in _MONTH.items()
        if month != english
    ),
    (r"(?:kontak|bel|e-?pos) my daarna", "get in touch after that"),
    # "skakel my in Januarie", "bel hom weer in Maart": when to get in touch
    *(
        (
            rf"(?:kontak|bel|skakel|e-?pos|whatsapp) (?:my|hom|haar)(?: weer)? (?:in|teen) {month}",
            f"get in touch in {english}",
        )
        for month, english in _MONTH.items()
    ),
)
