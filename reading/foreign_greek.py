"""Greek cue phrases for stops, in Greek script with or without accents: "μη με ξαναενοχλήσετε"
(don't bother me again), "μην επικοινωνήσετε ξανά μαζί μου", "μη μου ξαναστείλετε μηνύματα",
"σταματήστε να μου στέλνετε", "βγάλτε με από τη λίστα σας", "διαγράψτε τα στοιχεία μου",
"ανακαλώ τη συγκατάθεσή μου".

``reading.foreign`` puts these tables in front of its own. A stop for one place or kind of job
("μη μου στέλνετε για Μύκονο" - don't send me Mykonos ones) or a softer wish has no entry: a
Greek stop must say "ξανα-" / "ξανά" (again), "πια", "άλλο" or "πλέον" (any more), or remove the
person or their details from our list. A call is one channel: "μη με ξαναπάρετε τηλέφωνο" is
rewritten as "do not call me again", and the English rules judge it.
"""

from __future__ import annotations

import re

_ACCENTS = {
    "ά": "[άα]",
    "έ": "[έε]",
    "ή": "[ήη]",
    "ί": "[ίιϊΐ]",
    "ό": "[όο]",
    "ύ": "[ύυϋΰ]",
    "ώ": "[ώω]",
}


def _g(pattern: str) -> str:
    """``pattern`` with each accented vowel also matching its bare letter: notes typed on a
    phone often drop the accents ("μη με ξαναενοχλησετε")."""
    return re.sub("[άέήίόύώ]", lambda m: _ACCENTS[m.group()], pattern)


_NOT = r"(?:μην?)"
_PLEASE = _g(r"(?:(?:σας |σε )?παρακαλώ,? )?")
# "again" and "any more", after the verb: "μην επικοινωνείτε πια μαζί μου"
_AGAIN = _g(r"(?:ξανά|πια|πλέον|άλλο|ποτέ ξανά)")
# contact as such, as a verb with "ξανα-" (again) in front or on its own
_BOTHERS = (
    "ενοχλήσετε ενοχλείτε ενοχλήσεις ενοχλείς επικοινωνήσετε επικοινωνείτε γράψετε γράφετε "
    "γράψεις στείλετε στέλνετε στείλεις στέλνεις"
).split()
_CALLS = "πάρετε παίρνετε πάρεις παίρνεις τηλεφωνήσετε τηλεφωνείτε καλέσετε".split()
_BOTHER = _g("(?:" + "|".join(_BOTHERS) + ")")
# "again" written into the verb, whole, so that the verb is a word ``reading.foreign`` looks for
# before it reads a note against the table
_BOTHER_AGAIN = _g("(?:" + "|".join("ξανα" + v for v in _BOTHERS) + ")")
_CALL_AGAIN = _g("(?:" + "|".join("ξανα" + v for v in _CALLS) + ")")
_YOUR_LIST = _g(
    r"(?:τη|την|το|τα|τις|τους) (?:λίστα|λίστες|βάση(?: δεδομένων)?|αρχείο|αρχεία|σύστημα|"
    r"κατάλογο|καταλόγους)(?: σας| σου)?"
)
_MY_DATA = _g(
    r"(?:τα στοιχεία|τα προσωπικά (?:μου )?(?:στοιχεία|δεδομένα)|τα δεδομένα|το βιογραφικό|το cv|"
    r"τον αριθμό|το τηλέφωνο|το προφίλ|τα email) μου"
)

OPT_OUTS: tuple[tuple[str, str], ...] = (
    # "μη με ξαναενοχλήσετε", "μη μου ξαναστείλετε μηνύματα", "μη μου ξαναγράψετε"
    (
        _PLEASE + _NOT + r" (?:με|μου) " + _BOTHER_AGAIN + _g(r"(?: μηνύματα| email| mail)?"),
        "please do not contact me again",
    ),
    # "μην επικοινωνήσετε ξανά μαζί μου", "μη με ενοχλείτε πια", "μη μου στέλνετε άλλο"
    (
        _PLEASE
        + _NOT
        + r" (?:(?:με|μου) )?"
        + _BOTHER
        + r" "
        + _AGAIN
        + _g(r"(?: μαζί μου)?")
        + r"(?= *(?:[.!,;]|$))",
        "please do not contact me again",
    ),
    (
        _PLEASE + _NOT + r" " + _g(r"επικοινωνήσετε|επικοινωνείτε") + _g(r" μαζί μου ") + _AGAIN,
        "please do not contact me again",
    ),
    # a call: one channel ("μη με ξαναπάρετε τηλέφωνο, στείλτε email" refuses the phone only)
    (
        _NOT + r" (?:με|μου) " + _CALL_AGAIN + _g(r"(?: τηλέφωνο)?"),
        "do not call me again",
    ),
    # "δεν θέλω να με ξαναενοχλήσετε", "δεν επιθυμώ πλέον να επικοινωνείτε μαζί μου"
    (
        _g(r"δεν (?:θέλω|επιθυμώ)(?: πλέον| πια)? να (?:με |μου )?")
        + f"(?:{_BOTHER_AGAIN}|{_BOTHER})"
        + _g(r"(?: ξανά| πλέον| πια)?(?: μαζί μου)?")
        + r"(?= *(?:[.!,;]|$))",
        "i do not want to be contacted again",
    ),
    # "σταματήστε να με ενοχλείτε", "σταματήστε να μου στέλνετε μηνύματα"
    (
        _PLEASE
        + _g(r"σταματήστε να (?:με|μου) ")
        + _BOTHER
        + _g(r"(?: μηνύματα| email| mail)?")
        + r"(?= *(?:[.!,;]|$))",
        "stop contacting me",
    ),
    # "βγάλτε με από τη λίστα σας", "αφαιρέστε με από τη βάση σας"
    (
        _PLEASE + _g(r"(?:βγάλτε|αφαιρέστε|διαγράψτε|σβήστε) με από ") + _YOUR_LIST,
        "remove me from your list",
    ),
    # "διαγράψτε το βιογραφικό μου από τη βάση σας", "σβήστε τα στοιχεία μου"
    (
        _PLEASE
        + _g(r"(?:διαγράψτε|σβήστε|αφαιρέστε) ")
        + _MY_DATA
        + r"(?: "
        + _g(r"από ")
        + _YOUR_LIST
        + r"|(?= *(?:[.!]|$)))",
        "remove my details from your database",
    ),
    (_g(r"ανακαλώ τη(?:ν)? συγκατάθεσή μου"), "withdraw my consent"),
    # the channel asked for instead ("στείλτε μου email"): a call refused beside it is that channel
    (
        _g(r"(?:στείλτε|στείλε) μου (?:ένα |καλύτερα )?(?:email|e-mail|mail|μέιλ)(?: καλύτερα)?"),
        "email me instead",
    ),
)
