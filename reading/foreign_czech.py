"""Czech cues for night shifts and for leading people, rewritten into the English the rules know
(joined to them in ``reading.foreign_tables``): "noční směny už ne" (night shifts are out),
"noční mi nevadí" (night shifts are fine with me), "nechce nikoho vést" (doesn't want to lead
anyone), "chce vést směnu" (wants to lead a shift).

A bare "noční" (night) is the shift only where the note speaks of it as one ("noční mi
nevadí", "noční už ne", a list of them): "noční autobus" (the night bus) stays as it is. "Už ne"
(no longer) is a refusal of what stands before it, so only its own words are rewritten.
"""

from __future__ import annotations

_WHO = r"(?:mi|mu|jí|ji|nám|nam|jim)"

WORDS: tuple[tuple[str, str], ...] = (
    # night shifts, in their cases and spellings ("noční směny", "nočních směn", "nocni smeny")
    (
        r"(?:noční|nocni|nočních|nocnich) (?:směn\w*|smen\w*)|(?:noční|nocni) služb\w*",
        "night shifts",
    ),
    (
        rf"(?:noční|nocni|noční|noční)(?=\s+(?:{_WHO}\s+)?(?:nevad|už|uz|již|jiz|ne\b|jsou|ok|"
        r"beru|vezme|zvládne|zvladne)|\s*[,.;!–-]|\s*$)",
        "night shifts",
    ),
    # "... mi nevadí": what stands before it is fine with them
    (rf"{_WHO} (?:nevadí|nevadi|nevadějí|nevadeji)|(?:nevadí|nevadi) {_WHO}", "are fine with me"),
    (r"(?:je|jsou) (?:v pohodě|v pohode|ok|bez problému|bez problemu)", "are fine"),
    # "... už ne", "už nikdy": the thing before it refused from now on
    (r"(?:už|uz|již|jiz) (?:ne|nikdy)(?=\s*(?:[,.;!–-]|$))", "are out"),
    (r"(?:už|uz|již|jiz) nikdy", "never again"),
    # leading people refused or wanted
    (
        r"(?:nechce|nechci|nechtěl by|nechtěla by|nechtel by|nechtela by) (?:nikoho|nikým) "
        r"(?:vést|vest|řídit|ridit|šéfovat|sefovat)|"
        r"(?:nechce|nechci) (?:vést|vest|řídit|ridit) (?:nikoho|lidi|tým|tym|partu|ostatní|ostatni)",
        "doesn't want to lead anyone",
    ),
    (
        r"(?<!\w)(?:chce|chci|chtěl by|chtěla by|chtel by|chtela by|rád by|ráda by|rad by|rada by) "
        r"(?:vést|vest|řídit|ridit) (?:směnu|smenu|směny|smeny|tým|tym|lidi|partu|skupinu|linku)",
        "wants to lead a shift",
    ),
)
