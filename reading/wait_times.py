"""The time expressions a wait can name: a month, season, school term, quarter, holiday, "next year",
a duration ("a couple of months"), a half year, a year alone, a day and month in digits.

``reading.waits`` reads one as a wait only where a cue governs it (``reading.wait_cues``); "may" is
a month only where the words around it say so (``may_is_month``).
"""

from __future__ import annotations

import re

from reading.calendar import MONTHS
from reading.feasts import FEAST_WORDS
from reading.gates import gated

MONTH = "|".join(MONTHS)


def _year(i: int) -> str:
    return rf"(?: (?:of )?(?P<year{i}>20\d\d|next year|this year))?"


_MOD_WORDS = (
    r"early|mid|late|the end of|end of|the start of|start of|the beginning of|beginning of|"
    r"the middle of|middle of|the first half of|first half of|the second half of|second half of|"
    # the end of a period said as its last stretch: "the last week of February", "final days of May"
    r"(?:the )?(?:last|final) (?:few |couple of |two |2 )?(?:weeks?|days|fortnight) of"
)


def _mod(i: int) -> str:
    return rf"(?:(?P<mod{i}>{_MOD_WORDS})[ -])?"


COUNT = (
    r"\d+(?:\.5)?|\d-\d|another|one more|a further|a whole|a full|a good|a solid|a couple of|couple of|a few|few|several|half a|an|a|one or two|two or three|"
    r"three or four|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen"
)
TIME = gated(
    re.compile(
        r"\b(?:"
        r"(?P<iso>20\d\d-[01]\d(?:-[0-3]\d)?)"
        rf"|{_mod(1)}(?:(?:the |this |next |coming )?)(?:\d{{1,2}}(?:st|nd|rd|th)? (?:of )?)?"
        # "the May bank holiday", "the May long weekend": a holiday (``reading.feasts``)
        rf"(?P<month>{MONTH})(?! (?:day )?bank holiday| long weekend| two-four| 2-4)"
        # "the December holidays" are Christmas's (below), not the month
        r"(?!(?<=dec) (?:school )?(?:holidays|hols|break|festivities)\b)"
        r"(?!(?<=december) (?:school )?(?:holidays|hols|break|festivities)\b)"
        # "June 30, 2027": the year after the day, set off by a comma as US dates are written
        rf"(?: \d{{1,2}}(?:st|nd|rd|th)?(?:,(?= 20\d\d\b))?)?{_year(1)}"
        rf"|{_mod(2)}(?P<srel>the |this |next |the coming |coming )?(?P<north>northern )?(?P<season>spring(?! festival)|summer|autumn|fall|winter)"
        rf"(?: school)?(?: holidays?| hols| break| term| months)?{_year(2)}"
        # Australia's and New Zealand's numbered school terms: "back in Term 1", "Term 4 2027"
        rf"|{_mod(6)}(?P<term>term) ?(?P<termno>[1-4])(?: (?P<tyear>20\d\d|next year|this year))?"
        # the term they are in, unnamed: "till the end of this term", "end of term" (not "long
        # term", "fixed term", "the term sheet": only "this" or the end of it)
        rf"|{_mod(7)}(?P<thisterm>(?:this|the current|current) (?:school |uni |university )?term"
        r"|(?<=end of )term|(?<=end of the )term)"
        # (a quarter's close is its end: "till the Q3 close", "after Q1 end")
        rf"|{_mod(3)}(?:the )?(?:(?P<q>q[1-4])(?P<qclose>[- ](?:close|closing|end|year[- ]end)\b)?"
        r"(?: (?P<qyear>20\d\d|next year|this year))?"
        r"|(?P<qrel>next|this|the next|the new|the following|the coming|the current) quarter)"
        # ATS shorthand for the end of a quarter: "EOQ1", "eoq", "EOQ 3"
        r"|(?P<eoq>eoq) ?(?P<eoqn>[1-4])?"
        # a day and month in digits: "15/01" (day first), "10/15" (month first)
        r"|(?P<dd1>[0-3]?\d)/(?P<dd2>[0-3]?\d)(?:/(?P<ddy>20\d\d|\d\d))?(?![/\d])"
        rf"|{_mod(4)}(?P<yrel>next year|the new year|new year|the year|this year|year[- ]end|the year[- ]end"
        r"|next month|the month|this month)"
        r"|(?P<holiday>christmas|(?:the )?dec(?:ember)? (?:school )?(?:holidays|hols|break|festivities)|the (?:school |easter |christmas )?holidays|(?:school|easter) holidays|"
        r"(?:(?<=after )|(?<=post-)|(?<=post )|(?<=till )|(?<=until ))holidays|the festive (?:season|period)|"
        r"the new year holidays|easter|diwali|deepavali|holi|eid(?:[- ]?al[- ]?(?:fitr|adha))?|ramadan|"
        r"ramzan|(?:the )?(?:lunar|chinese|vietnamese|korean) new year|(?:the )?spring festival|seollal|"
        r"chuseok|(?:the )?mid-?autumn(?: festival)?|"
        r"(?:(?<=after )|(?<=post-)|(?<=post )|(?<=till )|(?<=until )|(?<=before ))cny|"
        r"t[eế]t|thanksgiving|labou?r day|hanukkah|chanukah|passover|"
        # the retail peak after US Thanksgiving: "Black Friday and Cyber Monday", "BFCM", "Cyber Week"
        r"(?:black friday|bfcm|cyber (?:monday|week|weekend))(?: and (?:black friday|cyber (?:monday|week|weekend)))?|"
        r"pongal|(?:makar )?sankranti|carn[aei]vale?|karneval|fasching|mardi gras|shrove tuesday|"
        r"pancake day|ash wednesday|(?:(?<=after )|(?<=till )|(?<=until )|(?<=during )|(?<=before )|"
        r"(?<=post-)|(?<=post ))lent|pentecost|whitsun(?:tide)?|whit (?:sunday|monday|week)|"
        r"ascension(?: day)?|"
        rf"{FEAST_WORDS})"
        r"|(?P<fy>(?:the )?(?:fy|f\.y\.?|financial year|fiscal year|fiscal|tax year|accounting year)[ -]?"
        r"(?:end close|year[- ]end|end|ends|ending|close|closes|closing|is over|finishes|wraps up)"
        # "EOFY", "the end of the financial year": said so in Australia, where it is 30 June
        r"|eofy|(?:the )?end of (?:the )?(?:financial|fiscal|tax) year)"
        r"|(?P<school>back (?:at|to|in) school|school(?:'s| is)? (?:starts|restarts|goes back|back|returns|"
        r"resumes)(?: again| back)?|(?:the )?new school (?:year|term)|(?:the )?(?:school )?term (?:starts|begins))"
        r"|(?P<mo2>a (?:month|week) or two)"
        r"|(?P<halfyear>half a year|a year and a half)"
        rf"|(?P<n>{COUNT})[ -](?P<unit>weeks?|months?|years?|quarters?|fortnights?)"
        r"|(?P<single>a quarter|a fortnight)"
        r"|(?P<half>h[12])(?: (?P<hyear>20\d\d|next year))?"
        r"|(?:(?<=in )|(?<=until )|(?<=till )|(?<=before )|(?<=from )|(?<=after )|(?<=^))(?P<yearonly>20\d\d)"
        r"(?![-/–]\d)"
        rf"|(?P<mod5>{_MOD_WORDS})[ -](?P<modyear>20\d\d)(?![-/]\d)"
        # a place named after a feast is no time: "Christmas Creek", "Easter Island"
        r")\b(?! (?:creek|island|islands|isle|bay|lake|hills?|valley|road|street|mine|cove|river)\b)"
    )
)
# A cheap first look: no digit and none of these words, no time expression. Every branch starts
# with a letter, none with \b or a group: the engine then tries the branches only where a
# first letter fits (a few times quicker; it lets through a word or two more, never fewer).
ANY_DIGIT = re.compile(r"\d")
ANY_TIME = re.compile(
    r"uary|march|april|may|june|july|august|ber\b|spring|summer|autumn|fall|winter|q[1-4]|quarter|year|"
    r"month|week|fortnight|christmas|holiday|hols\b|eoq|labou?r day|festive|easter|notice|probation|cliff|vest|h[12]\b|diwali|"
    r"deepavali|holi\b|eid\b|ramadan|ramzan|new year|thanksgiving|black friday|bfcm|cyber |hanukkah|chanukah|passover|school|"
    r"t[eế]t\b|pongal|sankranti|fy\b|f\.y\.|fiscal|carn[aei]val|karneval|fasching|mardi gras|"
    r"shrove|pancake day|ash wednesday|lent\b|pentecost|whit|ascension|three kings|epiphany|pascha|"
    r"lock-?up|locked up|guadalupe|o-?bon\b|bon festival|holy week|boxing day test|super ?bowl|stampede|sydney test|pink test|golden week|gw\b|"
    r"koning|king'?s ?day|sinterklaas|pakjesavond|cny\b|seollal|chuseok|mid-?autumn|"
    r"term\b|"
    # the Jewish holidays (``reading.feasts``)
    r"pesa|pessach|anuk|annuk|rosh hash|kipp?ur|sukk|succ|tabernacles|torah|atzeret|purim|shavu|"
    r"chag|hagim\b|high holi|high holy|jewish|"
    r"anzac|waitangi|australia day|canada day|heritage day|patrick'?s day|paddy'?s day|"
    r"victoria day|memorial day|birthday|"
    r"matariki|melbourne cup|cup day|cup week|australian open|"  # ``reading.anz_fixtures``
    r"boxing day|songkran|thai new year|ferragosto|shakh|sakh|bengali new|bangla new|borsh|barsh|"
    # trade fairs and festivals (``reading.industry_events``)
    r"lions|sxsw|south by|book ?fair|lbf\b|buchmesse|gdc\b|game developers|gamescom|game fest|"
    r"comic-?con|sundance|berlinale|fringe|edinburgh fest|web summit|ces |nab show|design week|salone|"
    r"neurips|icml|iclr|cvpr|siggraph|re: ?invent|dreamforce|mobile world|mwc\b|"
    r"np\b"  # "serving NP": a notice, its length unsaid
)


def may_is_month(text: str, m: re.Match, original: str | None) -> bool:
    if m["year1"] or m["mod1"]:
        return True
    said = m.group()
    if re.match(r"(?:the )?\d{1,2}(?:st|nd|rd|th)?\W", said):
        return True  # "CFA on 18 May", "the 3rd of May": a day of the month, never the verb
    if (
        re.fullmatch(r"may\W+\d{1,2}(?:st|nd|rd|th)?", said)
        and original is not None
        and original[m.start() : m.start() + 3] == "May"
    ):
        return True  # "exam is May 18": capitalised with its day
    return bool(
        re.search(
            r"\b(?:until|till|in|from|after|before|by|around|since|of|end|back in|maybe|"
            r"perhaps|probably|or|early|mid|late)\W*$",
            text[: m.start()],
        )
    )
