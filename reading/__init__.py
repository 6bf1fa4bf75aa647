"""Reading what people told us: free text about a person -> conditions.

    from reading import read
    read("Remote only, won't go below £90k, not before March", said_at=date(2026, 3, 14))

``read(text, *, said_at=None) -> list[Condition]`` returns every condition found in a
motivation statement, a note on why an application ended or a touchpoint note: facet,
polarity (must / avoid / wish), a typed value, the exact span of ``text`` it was read from,
a confidence, the method (``rule:<what>``) and the day it was said. Waits resolve relative to
``said_at`` (today when it is None). The schema is in ``reading.conditions``; the labelling
rules in READING_CONVENTIONS.md. Plain Python: no model, no database, no network.
"""

from reading.conditions import FACETS, KEY_FIELDS, POLARITIES, Condition
from reading.reader import read

__all__ = ["FACETS", "KEY_FIELDS", "POLARITIES", "Condition", "read"]
