"""Dutch office days: "drie dagen op kantoor is prima", "niet vaker dan één dag per week naar
kantoor", "maximaal twee dagen per week op kantoor", each rewritten into the English the office-day
rules read ("three days in the office is fine", "no more than one day a week into the office").

``reading.foreign`` puts these tables in front of its own. The days are rewritten only before a
week or the office, so "één dag" of a holiday or a notice stays unread; a trip "naar" a city with
a verb of going ("niet vaker dan één dag per week naar Amsterdam reizen") is a day in the office
there, as a commuter says it.
"""

from __future__ import annotations

_DAYS_AHEAD = (
    r"(?= (?:per week|in de week|op kantoor|naar kantoor|naar het kantoor|op het kantoor|thuis|"
    r"naar (?-i:[A-Z])))"
)

WORDS: tuple[tuple[str, str], ...] = (
    (rf"(?:één|een|1) dag{_DAYS_AHEAD}", "one day"),
    *(
        (rf"(?:{word}) dagen{_DAYS_AHEAD}", f"{n} days")
        for word, n in (
            ("twee|2", "two"),
            ("drie|3", "three"),
            ("vier|4", "four"),
            ("vijf|5", "five"),
        )
    ),
    (r"per week(?= (?:op|naar|in) (?:het )?kantoor| naar (?-i:[A-Z])| thuis)", "a week"),
    # the office after its days only ("op kantoor gebeld worden" is where a call reaches them)
    (r"(?:(?<=dag )|(?<=dagen )|(?<=week ))(?:op|in) (?:het )?kantoor", "in the office"),
    (r"(?:(?<=dag )|(?<=dagen )|(?<=week ))naar (?:het )?kantoor", "into the office"),
    (r"niet vaker dan|niet meer dan|hooguit|hoogstens|maximaal", "no more than"),
    (r"(?<=kantoor )is prima|(?<=kantoor )vind ik prima", "is fine"),
)

# Before ``reading.foreign_cues``' "naar" (to) before a place: a day's trip to the office's city,
# "(één dag per week) naar Amsterdam reizen", "naar Den Haag gaan".
CUES: tuple[tuple[str, str], ...] = (
    (
        r"(?:(?<=dag )|(?<=dagen )|(?<=week ))naar (?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+)? "
        r"(?:reizen|gaan|komen|pendelen|forenzen)",
        "into the office",
    ),
    # ... the verb said before it: "reis ik één dag per week naar Utrecht."
    (
        r"(?<=week )naar (?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+)?(?= *(?:[.,;!]|$))",
        "into the office",
    ),
)
