"""Dutch and Flemish waits the shared tables missed, rewritten into the English the wait rules
know (joined to them in ``reading.foreign_tables``):

- a length counted in words: "twee maanden opzegtermijn", "proeftijd van zes maanden", "bel me
  over drie maanden" (two months' notice, a six-month probation, call me in three months); the
  number is rewritten only before a unit of time, the unit only after a number, and "over" only
  before both, so "over de rol" or "twee collega's" stay as they are;
- notice given: "opgezegd" (resigned), with or without "bij (huidige) werkgever";
- the end of a month: "t/m eind maart", "tot eind juni" (through the end of March), and "daarna
  pas" (only after that);
- the school holidays by name: the Christmas, Easter and autumn breaks, the Dutch spring break
  ("voorjaarsvakantie", a February half-term) and the Flemish "krokusvakantie" (the Carnival
  week);
- "daarvoor geen ruimte" / "daarvoor niet" after a date: nothing before it;
- the thirteenth month ("dertiende maand", Flemish "eindejaarspremie"): a bonus waited for;
- a wait called off: "project geschrapt" (scrapped), "per direct beschikbaar", "ik ben er per
  direct klaar voor" (available now).
"""

from __future__ import annotations

_UNIT = r"(?= (?:maanden|maand|weken|jaar|jaren)\b)"
_NUMBERS = (
    ("een|één|eén|1", "one"),
    ("twee|2", "two"),
    ("drie|3", "three"),
    ("vier|4", "four"),
    ("vijf|5", "five"),
    ("zes|6", "six"),
    ("acht|8", "eight"),
    ("negen|9", "nine"),
    ("tien|10", "ten"),
    ("twaalf|12", "twelve"),
    ("anderhalve|anderhalf", "one and a half"),
)
_COUNTED = (
    r"(?:een|één|eén|twee|drie|vier|vijf|zes|acht|negen|tien|twaalf|anderhalve|anderhalf|\d{1,2})"
)
_MONTH = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    r"jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b"
)

WAITS: tuple[tuple[str, str], ...] = (
    # a wait called off: free now (before "per" and "klaar" are read as anything else)
    (
        r"(?:ik ben|ben ik|hij is|zij is|ze is|is|ben)(?: er)? (?:per direct|per meteen|meteen|direct|nu) "
        r"(?:klaar(?: voor)?|beschikbaar|inzetbaar|vrij)",
        "I'm ready immediately",
    ),
    (
        r"(?:per direct|per meteen|direct|meteen|nu al) (?:beschikbaar|inzetbaar)",
        "available immediately",
    ),
    # the thirteenth month's pay, paid in December: a bonus waited for
    (r"dertiende maand|13e maand|13de maand|eindejaarspremie", "bonus"),
    # "bel me over drie maanden": in three months (only before a counted unit of time)
    (rf"over(?= {_COUNTED} (?:maanden|maand|weken|week|jaar|jaren)\b)", "in"),
    *((rf"(?:{words}){_UNIT}", english) for words, english in _NUMBERS),
    (r"(?<=\w )maanden(?= |[.,;!]|$)", "months"),
    (r"(?<=\w )maand(?= (?:opzegtermijn|proeftijd)|[.,;!]|$)", "month"),
    # "proeftijd van zes maanden", "opzegtermijn van twee maanden": of
    (r"(?<=proeftijd )van|(?<=opzegtermijn )van", "of"),
    (r"(?<=\w )weken(?= |[.,;!]|$)", "weeks"),
    # what the wait was for, called off: "project geschrapt", "de overname is afgeblazen"
    (
        r"(?:(?<=project )|(?<=opdracht )|(?<=migratie )|(?<=overname )|(?<=traject )|(?<=is )|(?<=werd )|"
        r"(?<=wordt ))(?:geschrapt|afgeblazen|geannuleerd|gecanceld|stopgezet)",
        "scrapped",
    ),
    # notice handed in: "opgezegd (bij huidige werkgever)", "heeft opgezegd", "ontslag genomen"
    (r"(?:heeft |heb |hij heeft |zij heeft )?(?:opgezegd|ontslag genomen)", "resigned"),
    # the end of a month, a month through its end: "t/m eind maart", "tot eind juni"
    (rf"(?:t/m|tot en met|tot) eind(?:e)?(?= {_MONTH})", "through the end of"),
    (rf"eind(?:e)?(?= {_MONTH})", "the end of"),
    (r"daarna pas|pas daarna", "only after that"),
    # nothing before a date just said: "15 januari, daarvoor geen ruimte"
    (r"daarvoor (?:geen ruimte|geen tijd|niet|niks|niets)|niet daarvoor", "not before that"),
)

HOLIDAYS: tuple[tuple[str, str], ...] = (
    (r"kerstvakantie|kerstreces|kerstperiode|kerstdagen|kerstverlof", "christmas holidays"),
    (r"paasvakantie|paasreces|paasdagen", "easter holidays"),
    # the Flemish spring break is the Carnival week; the Dutch one is a February half-term
    (r"krokusvakantie|krokusverlof", "carnival"),
    (r"voorjaarsvakantie", "february half term"),
    # the autumn break is late October (the Flemish one takes in All Saints'), not the season
    (r"herfstvakantie|herfstreces|allerheiligenvakantie", "october half term"),
)
