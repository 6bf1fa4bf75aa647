"""Romanian feasts ("după Paște", "după Bobotează"), rewritten into the English holidays the
rules already know.

Part of the tables ``reading.foreign_tables`` gathers. Its stops are in
``reading.foreign_stops_sv_ro_fi_tr``, and its wait words ("până după", "nu înainte de") in
``reading.foreign_cues``, which holds what a wait word must stand before.
"""

from __future__ import annotations

# "Paște" is English "paste" without its accent: only after a Romanian word for "after",
# "before" or "of" ("după Paști", "de Paște"). Orthodox Easter is read as Easter.
HOLIDAYS: tuple[tuple[str, str], ...] = (
    (
        r"(?:(?<=după )|(?<=dupa )|(?<=de ))(?:pa[șşs]te(?:le|lui)?|pa[șşs]ti(?:le|lor)?)"
        r"(?: ortodox[ea]?| catolic[ea]?)?",
        "easter",
    ),
    (r"boboteaz[ăa]|bobotezei", "epiphany"),
)
