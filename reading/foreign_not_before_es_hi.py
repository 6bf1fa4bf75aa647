""" "Not before" a month in Spanish, and "free from" a month in Hindi typed in Latin letters
(joined to the shared tables in ``reading.foreign_tables``).

Spanish puts its "no" on either side: "no antes de marzo" and "antes de marzo no" both mean
"not before March" (a bare "no antes de" was read as a refusal of March, a topic). Hindi says
"February se free hoon" ("free from February"), "March se available"; the month is named in
English, as Hindi notes do.
"""

from __future__ import annotations

from reading.calendar import MONTH_WORDS

_ES_MONTHS = dict(
    enero="january",
    febrero="february",
    marzo="march",
    abril="april",
    mayo="may",
    junio="june",
    julio="july",
    agosto="august",
    septiembre="september",
    setiembre="september",
    octubre="october",
    noviembre="november",
    diciembre="december",
)
# "free hoon", "available hai", "free ho jaungi", "khali hoon": open to a move from then
_FREE = (
    r"(?:free|available|avail|khali|khaali|open)"
    r"(?: (?:hoon|hu|hun|hai|h|hain|ho jaunga|ho jaungi|ho jaaunga|ho jaaungi|rahunga|rahungi))?"
)


def _waits() -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for word, month in _ES_MONTHS.items():
        # "no antes de marzo", "nunca antes de marzo", "antes de marzo no" (not "no": a clause's
        # own "no" after the month, "antes de marzo, no sé", is left alone by the comma)
        out.append(
            (
                rf"(?:no|nunca) antes de(?: (?:el mes de|mediados de|finales de))? {word}",
                f"not before {month}",
            )
        )
        out.append((rf"antes de {word} no\b", f"not before {month}"))
    for word, month in MONTH_WORDS:
        out.append((rf"{word} se {_FREE}", f"free from {month}"))
    return tuple(out)


WAITS = _waits()
