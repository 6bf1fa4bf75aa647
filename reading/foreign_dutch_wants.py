"""Dutch wants and refusals of a sector or a working week the shared tables missed, rewritten into
the English the rules know (joined to them in ``reading.foreign_tables``): "wil in de logistiek
werken" (wants to work in logistics), "geen logistiek meer" (no more logistics), "wil een
vierdagenweek" (wants a four-day week).

Only "wil" before what is wanted ("een", "in de", "graag") and "geen ... meer" around a sector
are read, so "geen idee meer", "geen reizen meer" or "wil niet" stay as they are.
"""

from __future__ import annotations

WORDS: tuple[tuple[str, str], ...] = (
    # "wil in de logistiek werken": the sector wanted
    (r"(?:hij |zij |ik )?wil(?= (?:een|in de|in het|graag) )", "wants"),
    (r"logistiek", "logistics"),
    # "geen logistiek meer": no more of a sector (only before one: "geen reizen meer" and "geen
    # berichten meer via LinkedIn" are read by the travel and contact tables)
    (r"geen(?= (?:logistiek|defensie|tabak|gokindustrie|olie en gas) meer\b)", "no more"),
    # a four-day week, in its Dutch and Flemish spellings
    (
        r"vierdagenweek|vierdaagse werkweek|4-daagse werkweek|4-dagenweek|vierdaagse",
        "four-day week",
    ),
)
