"""Greek waits, in Greek script with or without accents: a holiday after which to talk ("μετά το
Πάσχα", after Easter, which in Greek is the Orthodox one; "μετά τις γιορτές των Χριστουγέννων"),
a season or a month not before which ("όχι πριν το φθινόπωρο του 2027"), and "όχι νωρίτερα" (not
sooner), and a wait called off ("διαθέσιμος από τώρα"), each rewritten into the English the wait rules already know.

``reading.foreign_tables`` puts this table in front of ``reading.foreign``'s own. A month or a
season on its own is rewritten too, so that the English rules weigh it as they would in English:
a leave already taken ("άδεια πήρα 10-20 Αυγούστου") stays no wait.
"""

from __future__ import annotations

import unicodedata

from reading.foreign_greek import _g


def _a(words: str) -> str:
    """Each word with and without its accents, whole: ``reading.foreign`` finds the notes to read
    from whole words of the patterns, and a character class ("π[άα]σχα") would hide the word."""
    bare = "".join(c for c in unicodedata.normalize("NFD", words) if not unicodedata.combining(c))
    bare = unicodedata.normalize("NFC", bare)
    return "(?:" + "|".join(dict.fromkeys(words.split("|") + bare.split("|"))) + ")"


_AFTER = _g(r"μετά(?: από)? (?:το|τον|την|τη|τις|τα)")
_BEFORE = _a("όχι") + _g(r" (?:πριν|πρίν)(?: από)?(?: (?:το|τον|την|τη|τις|τα))?")
_MONTHS = {
    "january": "ιανουάρ(?:ιος|ιο|ίου|η)",
    "february": "φεβρουάρ(?:ιος|ιο|ίου|η)",
    "march": "μάρτ(?:ιος|ιο|ίου|η)",
    "april": "απρίλ(?:ιος|ιο|ίου|η)",
    "may": "μά[ιΐ](?:ος|ο|ου)|μαΐου",
    "june": "ιούν(?:ιος|ιο|ίου|η)",
    "july": "ιούλ(?:ιος|ιο|ίου|η)",
    "august": "αύγουστ(?:ος|ο|ου)|αυγούστου",
    "september": "σεπτέμβρ(?:ιος|ιο|ίου|η)|σεπτεμβρίου",
    "october": "οκτώβρ(?:ιος|ιο|ίου|η)|οκτωβρίου",
    "november": "νοέμβρ(?:ιος|ιο|ίου|η)|νοεμβρίου",
    "december": "δεκέμβρ(?:ιος|ιο|ίου|η)|δεκεμβρίου",
}
_SEASONS = {
    "autumn": "φθινόπωρο|φθινοπώρου",
    "summer": "καλοκαίρι|καλοκαιριού",
    "spring": "άνοιξη|άνοιξης|ανοίξεως",
    "winter": "χειμώνα|χειμώνας",
}

WAITS: tuple[tuple[str, str], ...] = (
    # Easter in Greek is the Orthodox one ("Λαμπρή", its everyday name)
    (rf"{_AFTER} " + _a("πάσχα|λαμπρή"), "after orthodox easter"),
    (
        rf"{_AFTER} "
        + _a("γιορτές|εορτές")
        + _g(
            r"(?: (?:των|του) χριστουγέννων)?(?: και (?:του νέου έτους|της "
            r"πρωτοχρονιάς|του νέου χρόνου))?"
        ),
        "after the christmas holidays",
    ),
    (rf"{_AFTER} " + _a("χριστούγεννα"), "after christmas"),
    (rf"{_AFTER} " + _a("πρωτοχρονιά"), "after new year"),
    (_BEFORE, "not before"),
    (_a("όχι") + " " + _a("νωρίτερα"), "not sooner"),
    # a wait called off: free from now on ("είμαι διαθέσιμος από τώρα"), the reason gone
    # ("ακυρώθηκε το έργο", the project was cancelled)
    (
        r"(?:(?:είμαι|ειμαι) )?"
        + _a("διαθέσιμος|διαθέσιμη|διαθέσιμοι")
        + " "
        + _g(r"(?:από τώρα|από σήμερα|άμεσα|αμέσως)"),
        "i'm available now",
    ),
    (_a("ακυρώθηκε") + _g(r" (?:το έργο|το project|η μετάθεση)"), "the project was cancelled"),
    # "του 2027" after a month or a season: "of" (the year itself is left as it is)
    (_g(r"του(?= 20\d\d\b)"), "of"),
    *((_a(words), english) for english, words in _SEASONS.items()),
    *((_g(words), english) for english, words in _MONTHS.items()),
)
