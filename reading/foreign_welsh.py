"""Welsh cue phrases for stops: "peidiwch â chysylltu â mi eto" (don't contact me again),
"tynnwch fi oddi ar eich rhestr" (take me off your list), "dilëwch fy manylion" (delete my
details).

``reading.foreign`` puts these tables in front of its own. A wish about the channel or a time
("mae'n well gen i e-bost" - I'd rather email; "peidiwch â ffonio yn ystod gwersi" - don't ring
during lessons) has no stop entry: the call is left to the English rules, with the time rewritten
so it still narrows the request.
"""

from __future__ import annotations

_ME = r"(?:mi|fi|ni)"
_WITH = r"(?:â|a|ag)"
# "eto" (again), "mwyach" (any more), "byth eto" (never again), "o gwbl" (at all)
_AGAIN = r"(?:eto|mwyach|byth eto|byth|o gwbl)"
_PLEASE = r"(?:,? os gwelwch yn dda|,? plis)?"
_YOUR_LIST = (
    r"(?:eich|ych|y|yr) (?:rhestr(?:au)?|gronfa ddata|cronfa ddata|system|llyfrau|cofnodion|"
    r"rhestr bostio)"
)
_DETAILS = r"(?:manylion|data|gwybodaeth|cofnodion|rhif)"

OPT_OUTS: tuple[tuple[str, str], ...] = (
    # "peidiwch â chysylltu â mi eto", "peidiwch â chysylltu â fi mwyach"
    (
        rf"peidiwch {_WITH} (?:chysylltu|cysylltu) {_WITH} {_ME}{_PLEASE} {_AGAIN}",
        "do not contact me again",
    ),
    (rf"peidiwch {_WITH} (?:chysylltu|cysylltu) {_WITH} {_ME}", "do not contact me"),
    # one channel: the English rules judge it ("don't call me again, email is fine")
    (
        rf"peidiwch {_WITH} (?:ffonio|galw) (?:{_ME}|arna i){_PLEASE} {_AGAIN}",
        "do not call me again",
    ),
    (rf"peidiwch {_WITH} (?:ffonio|galw) (?:{_ME}|arna i)", "do not call me"),
    # "tynnwch fi oddi ar eich rhestr", "tynnwch fy enw o'ch rhestr"
    (
        rf"tynnwch (?:fi|fy enw|fy manylion) (?:oddi ar|allan o|o) {_YOUR_LIST}|"
        r"tynnwch (?:fi|fy enw|fy manylion) o'?ch (?:rhestr(?:au)?|cronfa ddata|system|llyfrau)",
        "take me off your list",
    ),
    # "dilëwch fy manylion", "dileu fy nata"
    (rf"(?:dil[eë]wch|dileu) (?:fy |fy n|fy m)?{_DETAILS}", "delete my details"),
    # "dim mwy o negeseuon" (no more messages), "dim mwy o e-byst"
    (r"dim mwy o (?:negeseuon|e-?byst|alwadau|gysylltiad|gyswllt)", "no more messages"),
)
_HOME = r"o (?:adref|gartref)"
CUES: tuple[tuple[str, str], ...] = (
    # where they work: "gweithio o adref" (work from home; "weithio" after "hoffwn", mutated),
    # "am ran o'r wythnos" (for part of the week), "bob dydd" (every day), "dim swyddfa o gwbl"
    # (no office at all), "bod yn y swyddfa weddill" (be in the office the rest)
    (rf"(?:g|)weithio {_HOME} bob dydd", "work from home every day"),
    (
        rf"(?:g|)weithio {_HOME} (?:am |)(?:ran|rhan) o'?r wythnos",
        "work from home part of the week",
    ),
    (rf"(?:g|)weithio {_HOME}", "work from home"),
    (r"dim swyddfa(?: o gwbl)?", "no office at all"),
    (
        r"(?:a |)bod yn y swyddfa (?:y |)weddill(?: o'?r (?:amser|wythnos))?",
        "and in the office the rest",
    ),
    # "hoffwn" (I would like), "dw i eisiau" (I want)
    (r"hoffwn", "i would like to"),
    (r"(?:dw i|dwi|rydw i|rwy'?n|rwyf i) (?:eisiau|isio|isie)", "i want to"),
    # the times that narrow a refused channel: "during lessons", "during the day", "at work"
    (r"yn ystod (?:y )?gwersi", "during lessons"),
    (r"yn ystod y dydd", "during the day"),
    (r"yn y gwaith", "at work"),
)
