"""Te Reo Māori cue phrases, macrons on or off ("kaua e whakapā mai anō" / "kaua e whakapa mai
ano"): stops, the channel and time that narrow a request, and waits with the months and
holidays they count to.

An opt-out is only a phrase that refuses contact as such: "kaua (rawa) e whakapā mai anō" (don't
(ever) contact me again), "tangohia ahau i tō koutou rārangi" (take me off your list), "mukua aku
taipitopito" (delete my details), "kāti te tuku īmera mai" (stop sending emails). A bare "kaua e
whakapā mai" is a stop too, unless a time or channel follows ("i tēnei wā" - at the moment, "mā
te waea" - by phone): those are rewritten as that time or channel and the English rules judge
them. "Whakapā mai" on its own asks to be contacted.
"""

from __future__ import annotations

_A = "[aā]"
_O = "[oō]"
_E = "[eē]"
_I = "[iī]"
_U = "[uū]"
_CONTACT = rf"wh?akap{_A}(?:p{_A})? mai"
_NOT = r"kaua(?: rawa)?(?: koe| koutou)? e"
_AGAIN = rf"(?:{_A}n{_O}|ake ake)"
_YOUR_LIST = rf"(?:t{_O} koutou |t{_O} |te )(?:r{_A}rangi|p{_U}ranga raraunga|p{_U}naha)"
_DETAILS = rf"(?:k{_O}rero|taipitopito|p{_A}rongo|raraunga|{_I}mera|nama)"
_MONTHS = {
    "january": rf"h{_A}nuere",
    "february": rf"p{_E}uere|pepuere",
    "march": rf"m{_A}ehe",
    "april": rf"{_A}perira",
    "may": r"mei",
    "june": rf"h{_U}ne",
    "july": rf"h{_U}rae",
    "august": rf"{_A}kuhata",
    "september": r"hepetema",
    "october": r"oketopa",
    "november": rf"no{_E}ma",
    "december": rf"t{_I}hema",
}

OPT_OUTS: tuple[tuple[str, str], ...] = (
    (rf"{_NOT} {_CONTACT}(?: ki ahau| ki a au)? {_AGAIN}", "do not contact me again"),
    (rf"kaua rawa e {_CONTACT}", "never contact me again"),
    (
        rf"{_NOT} {_CONTACT}(?! (?:i t{_E}n{_E}i w{_A}|m{_A} te|i te|i ng{_A}|{_A}ianei|i muri|"
        rf"ki te|ina|mena|m{_E}n{_A}))",
        "do not contact me",
    ),
    (
        rf"tangohia (?:ahau|au|t{_O}ku ingoa|aku {_DETAILS}) (?:i|mai i|ki waho i) {_YOUR_LIST}",
        "take me off your list",
    ),
    (rf"muk{_U}a (?:aku|t{_O}ku|taku|{_O}ku) {_DETAILS}", "delete my details"),
    (rf"k{_A}ti(?: rawa)? te tuku {_I}mera mai", "stop emailing me"),
    (rf"k{_A}ti(?: rawa)? te tuku (?:karere|p{_A}nui|t{_I}hi|kupu) mai", "stop messaging me"),
)
CUES: tuple[tuple[str, str], ...] = (
    # a channel or a time: "kaua e waea mai i ngā haora mahi", "mā te īmera, kaua mā te waea"
    (r"kaua e waea mai", "do not call me"),
    (rf"kaua m{_A} te waea", "not by phone"),
    (rf"m{_A} te {_I}mera", "by email"),
    (rf"m{_A} te waea", "by phone"),
    (rf"he pai ake te {_I}mera", "email is better"),
    (rf"i ng{_A} h{_A}ora mahi", "during work hours"),
    (rf"i t{_E}n{_E}i w{_A}", "at the moment"),
    (r"kei te hararei ahau", "i am on holiday"),
    (r"kei te pukumahi ahau", "i am busy"),
    # "whakapā mai i muri (i tērā)": get in touch after (that); a bare "whakapā mai"
    (rf"{_CONTACT} i muri(?: i t{_E}r{_A}| mai)?", "get in touch after that"),
    (rf"(?<!e ){_CONTACT}", "get in touch"),
)
WAITS: tuple[tuple[str, str], ...] = (
    (r"tae noa ki te mutunga o", "until the end of"),
    (r"tae noa(?: ki(?: a| te)?)?", "until"),
    (
        rf"i muri(?: mai)? i(?: a| te)?(?= (?:{'|'.join(_MONTHS.values())}|kirihimete|matariki))",
        "after",
    ),
    (r"kirihimete", "christmas"),
    (rf"te tau h{_O}u", "the new year"),
    *((rf"(?:(?<=\bo )|(?<=\ba )|(?<=\bi )|(?<=\bki ))(?:{p})", m) for m, p in _MONTHS.items()),
)
