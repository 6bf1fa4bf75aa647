"""Dutch and Flemish terms of work the shared tables missed, rewritten into the English the rules
know (joined to them in ``reading.foreign_tables``):

- travel refused: "geen reizen (meer)", "wil (absoluut) niet reizen", "reist niet" (no travel);
  not "reizen is geen probleem", nor the commute's "minuten reizen" (``reading.foreign_journeys``);
- a sponsor needed: "heeft (een) erkend referent nodig", "zoekt (een) sponsor", "sponsor nodig",
  "heeft een werkvergunning nodig"; the Dutch search year ("zoekjaar (hoogopgeleiden)") is a
  permit, so the month it "loopt tot" is when it ends, not a wait;
- contract: "alleen ZZP" (freelance only), "geen loondienst (meer)" (no more permanent
  employment), "klaar met freelancen" (done with it, never a wish), "jaarcontract" (a 12-month
  contract);
- a four-day week: "4 dagen (per week) werken", "wil / zoekt (iets voor) 32 uur" (not "werkt nu
  32 uur", the hours they work now);
- no early start: "kan nooit / niet voor half tien beginnen" (Dutch "half tien" is 9:30);
- a commute's limit: "max. een half uur pendelen", "Leuven is te ver";
- an hourly rate: "95 p/u", "per uur".
"""

from __future__ import annotations

_HOURS = (
    ("zes", 6),
    ("zeven", 7),
    ("acht", 8),
    ("negen", 9),
    ("tien", 10),
    ("elf", 11),
)


def _starts() -> tuple[tuple[str, str], ...]:
    """'kan niet voor half tien beginnen' -> "can't start before 9:30", for each hour of the
    morning in words or digits, with or without "half" (half an hour before it)."""
    out = []
    for word, hour in _HOURS:
        for said, clock in (
            (rf"half {word}", f"{hour - 1}:30"),
            (rf"(?:{word}|{hour})(?: uur|u)?", f"{hour}:00"),
            (rf"{hour}[:.]30(?: uur|u)?", f"{hour}:30"),
        ):
            out.append(
                (
                    rf"(?:kan|wil|kan ik|wil ik) (?:nooit|niet|echt niet) (?:eerder dan|voor|vóór) {said} "
                    r"(?:beginnen|starten|begin|start|op het werk zijn|op kantoor zijn)",
                    f"can't start before {clock}",
                )
            )
    return tuple(out)


# Before the shared cues' "alleen" (only), which would take the phrase's first word.
CUES: tuple[tuple[str, str], ...] = (
    (
        r"(?:alleen|enkel|uitsluitend|enkelt) (?:als |nog )?zzp(?:'?er)?(?! (?:is|was) )",
        "freelance only",
    ),
)

WORDS: tuple[tuple[str, str], ...] = (
    # travel refused, with the Dutch "no" before it
    (
        r"geen (?:(?:zaken|dienst|buitenland)?reizen|reiswerk)(?: meer)?(?! (?:is|zijn) )",
        "no travel",
    ),
    (
        r"(?:wil|wilt|kan) (?:absoluut |echt |zeker )?niet (?:meer )?(?:reizen|op reis)"
        r"(?! (?:naar|met|per) (?:het|de|zijn|haar) (?:kantoor|werk))",
        "won't travel",
    ),
    (r"reist (?:absoluut |echt )?niet(?: meer)?(?= *(?:[.,;!]|$|voor))", "won't travel"),
    # a sponsor needed
    (
        r"(?:heeft|heb|zoekt|zoek) (?:een )?erkend(?:e)? referent(?: nodig)?|erkend(?:e)? referent nodig",
        "needs a recognised sponsor",
    ),
    (r"(?:zoekt|zoek|heeft|heb) (?:een )?sponsor(?: nodig)?|sponsor nodig", "needs sponsorship"),
    (
        r"(?:heeft|heb|zal) (?:een )?(?:werkvergunning|verblijfsvergunning|visum|kennismigrantenvisum) nodig",
        "needs a work permit",
    ),
    (r"zoekjaar(?: hoogopgeleiden| visum| vergunning)?", "orientation-year permit"),
    (r"(?<=zoekjaar )loopt tot|(?<=hoogopgeleiden )loopt tot|(?<=visum )loopt tot", "ends in"),
    # contract
    (r"geen loondienst(?: meer)?", "no more permanent employment"),
    (r"klaar met(?= (?:freelancen|zzp|detachering|loondienst|reizen|consultancy))", "done with"),
    (r"(?<=klaar met )(?:freelancen|zzp'?en|zzp-en)", "freelancing"),
    (r"jaarcontract", "12-month contract"),
    # a four-day week
    (
        r"(?:4|vier) dagen (?:per week |in de week )?werken|"
        r"(?:(?:wil|wilt|zoek|zoekt)(?: iets)?(?: voor)? |(?<=voor ))32 uur(?: per week|/week| p/w)?",
        "a four-day week",
    ),
    # no early start
    *_starts(),
    # a commute's limit: "wil max. een half uur pendelen", "Leuven is te ver"
    (
        r"(?:max\.?|maximaal|hoogstens|niet meer dan|hooguit) (?:een )?half uur",
        "max half an hour",
    ),
    (r"(?:max\.?|maximaal|hoogstens|niet meer dan|hooguit) (?:een|één|1) uur", "max an hour"),
    (r"(?<=uur )(?:pendelen|forenzen|rijden|onderweg)", "commute"),
    (r"(?<=\w )is te ver(?= *(?:[.,;!]|$))", "is too far"),
    (r"enkele reis", "each way"),
    # an hourly rate
    (r"(?<=\d )p/u|(?<=\d)p/u|(?<=\d )per uur|(?<=\d)/uur|(?<=\d) ?/u\b", "per hour"),
)
