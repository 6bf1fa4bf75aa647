"""Irish cue phrases for stops: "ná déan teagmháil liom arís" (don't contact me again),
"ná glaoigh orm arís" (don't ring me again), "bain m'ainm de do liosta" (take my name off your
list), "scrios mo shonraí" (delete my details), "fág mé i m'aonar" (leave me alone), "ná scríobh
arís" (don't write again).

``reading.foreign`` puts these tables in front of its own. A refused channel with a time ("ná
glaoigh orm roimh a trí a chlog" - don't ring before three; "... ar maidin" - in the morning) keeps
its time, rewritten in English, so the English rules read a narrowed request and not a stop.
A wish about the channel ("is fearr liom ríomhphost ná glao" - "ná" there is "than") has no
entry: every stop needs "ná" before a verb of contact and a pronoun ("orm", "liom", "chugam") or
"arís" (again) after it; "leave me alone" is a stop of its own.
"""

from __future__ import annotations

_PLEASE = r"(?:,? le (?:do|bhur) thoil)?"
# "arís" (again), "níos mó" (any more), "go deo" / "choíche" / "riamh" (ever, never)
_AGAIN = r"(?:ar[ií]s|n[ií]os m[oó]|go deo|cho[ií]che|riamh)"
_NA = r"n[aá]"
_YOUR_LIST = r"(?:de|den|as|[oó]) ?(?:do|bhur|an|'?ur)? ?liosta(?:í|i)?"
_MY_NAME = r"(?:m'ainm|mo ainm|m[eé]|mo shonra[ií]|m'uimhir|mo uimhir)"

OPT_OUTS: tuple[tuple[str, str], ...] = (
    # "ná déan teagmháil liom arís", "ná déanaigí teagmháil liom níos mó"
    (
        rf"{_NA} (?:d[eé]an|d[eé]anaig[ií]) teagmh[aá]il (?:liom|linn){_PLEASE} {_AGAIN}",
        "do not contact me again",
    ),
    (rf"{_NA} (?:d[eé]an|d[eé]anaig[ií]) teagmh[aá]il (?:liom|linn)", "do not contact me"),
    # one channel: the English rules judge it ("don't ring me again, email is fine")
    (
        rf"{_NA} (?:glaoigh|glaoig[ií]|cuir glao|cuirig[ií] glao) (?:orm|orainn){_PLEASE} {_AGAIN}",
        "do not call me again",
    ),
    (rf"{_NA} (?:glaoigh|glaoig[ií]|cuir glao|cuirig[ií] glao) (?:orm|orainn)", "do not call me"),
    (
        rf"{_NA} (?:seol|seolaig[ií]|cuir|cuirig[ií]) (?:r[ií]omhphost(?:anna)?|t[eé]acs(?:anna)?|"
        rf"teachtaireacht(?:a[ií])?) (?:chugam|chugainn){_PLEASE} {_AGAIN}",
        "do not message me again",
    ),
    # "ná scríobh chugam arís" (don't write to me again): writing is how we reach them, and
    # "arís" makes it a stop even with no pronoun ("ná scríobh arís")
    (
        rf"{_NA} (?:scr[ií]obh|scr[ií]obhaig[ií])(?: (?:chugam|chugainn))?{_PLEASE} {_AGAIN}",
        "do not write to me again",
    ),
    # "fág mé i m'aonar" / "fág mé i mo aonar" (leave me alone), "fágaigí mé i m'aonar"
    (
        r"f[aá]g(?:aig[ií])? (?:m[eé]|sinn) (?:i m'aonar|i mo aonar|inar n-aonar|i m'aonair)",
        "leave me alone",
    ),
    # "bain m'ainm de do liosta", "bain mé den liosta", "bain mo shonraí as bhur liosta"
    (rf"bain(?:ig[ií])? {_MY_NAME} {_YOUR_LIST}", "take me off your list"),
    # "scrios mo shonraí", "scrios m'uimhir"
    (r"scrios(?:ig[ií])? (?:mo shonra[ií]|m'uimhir|mo uimhir|m'ainm)", "delete my details"),
)

_NUMBERS = (
    ("a haon", "one"),
    ("a d[oó]", "two"),
    ("a tr[ií]", "three"),
    ("a ceathair", "four"),
    ("a c[uú]ig", "five"),
    ("a s[eé]", "six"),
    ("a seacht", "seven"),
    ("a hocht", "eight"),
    ("a naoi", "nine"),
    ("a deich", "ten"),
)
CUES: tuple[tuple[str, str], ...] = (
    # the times that narrow a refused channel: "roimh a trí a chlog" (before three o'clock),
    # "tar éis a sé" (after six), "ar maidin" (in the morning), "i rith an lae" (during the day)
    *((rf"roimh {w}(?: a chlog)?", f"before {n} o'clock") for w, n in _NUMBERS),
    *((rf"(?:tar [eé]is|i ndiaidh) {w}(?: a chlog)?", f"after {n} o'clock") for w, n in _NUMBERS),
    (r"ar maidin", "in the morning"),
    (r"i rith an lae", "during the day"),
    (r"ag an obair", "at work"),
    (r"ar an deireadh seachtaine", "at the weekend"),
)
