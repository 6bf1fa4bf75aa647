"""Romanian feasts ("după Paște", "după Bobotează") and weekends refused ("nu lucrez în
weekend"), rewritten into the English holidays and schedule words the rules already know.

Part of the tables ``reading.foreign_tables`` gathers. Its stops are in
``reading.foreign_stops_sv_ro_fi_tr``, and its wait words ("până după", "nu înainte de") in
``reading.foreign_cues``, which holds what a wait word must stand before.
"""

from __future__ import annotations

# "Paște" is English "paste" without its accent: only after a Romanian word for "after",
# "before" or "of" ("după Paști", "de Paște"). Romania keeps the Orthodox Easter, unless the note
# says the Catholic one ("după Paștele catolic").
_PASTE = r"(?:(?<=după )|(?<=dupa )|(?<=de ))(?:pa[șşs]te(?:le|lui)?|pa[șşs]ti(?:le|lor)?)"
HOLIDAYS: tuple[tuple[str, str], ...] = (
    (_PASTE + r" catolic[ea]?", "easter"),
    (_PASTE + r"(?: ortodox[ea]?)?", "orthodox easter"),
    (r"boboteaz[ăa]|bobotezei", "epiphany"),
)

# Weekends refused: "nu lucrez în weekend", "nu lucrează weekendurile" (not "lucrez și în
# weekend", which works them).
WORDS: tuple[tuple[str, str], ...] = (
    (
        r"nu (?:lucrez|lucrează|lucreaza|vreau să lucrez|vreau sa lucrez|pot lucra|accept să lucrez|"
        r"accept sa lucrez) (?:în|in) (?:weekend|weekenduri|weekend-uri)|"
        r"nu (?:lucrez|lucrează|lucreaza) (?:weekendurile|weekend-urile|sâmbăta și duminica|sambata si duminica)",
        "won't work weekends",
    ),
    (r"weekendurile|weekend-urile|(?<=în )weekend|(?<=in )weekend", "weekends"),
    (r"niciodată|niciodata", "never"),
    # a wait called off: "s-a anulat proiectul, sunt liberă acum"
    (
        r"sunt (?:liber|liberă|libera|disponibil|disponibilă|disponibila) (?:de )?acum",
        "i'm free now",
    ),
    (r"s-a anulat|s-au anulat|a fost anulat|a fost anulată|a fost anulata", "was cancelled"),
)
