"""Months and holidays in other languages: the words a wait preposition must stand before.

The month names of each language (with Turkish and Finnish stems that take case endings, read with
the word for "after" or "until" after them: "marttan sonra", "toukokuuhun asti"), the holidays
("les Fêtes", "Pessach", "Fronleichnam"...) and the lookaheads that let a short preposition ("po",
"do", "nach") be rewritten only before one of them. Part of ``reading.foreign``'s table; its rules
hold here.
"""

from __future__ import annotations

from reading import foreign_hebrew
from reading.foreign_tables import tables

# --- months and holidays (the words a wait preposition must stand before) -------------------

MONTHS = {
    "january": "januar jänner janvier janeiro enero gennaio januari styczeń styczen stycznia styczniu",
    "february": "februar février fevrier fevereiro febrero febbraio februari luty lutego lutym",
    "march": "märz maerz mars março marzo maart marzec marca marcu",
    "april": "avril abril aprile kwiecień kwiecien kwietnia kwietniu",
    "may": "maio mayo maggio mei maj maju",
    "june": "juni juin junho junio giugno czerwiec czerwca czerwcu",
    "july": "juli juillet julho julio luglio lipiec lipca lipcu",
    "august": "août aout agosto augustus sierpień sierpien sierpnia sierpniu",
    "september": "septembre setembro septiembre setiembre settembre wrzesień wrzesien września "
    "wrzesnia wrześniu wrzesniu",
    "october": "oktober octobre outubro octubre ottobre październik pazdziernik października "
    "pazdziernika październiku pazdzierniku",
    "november": "novembre novembro noviembre listopad listopada listopadzie",
    "december": "dezember décembre decembre dezembro diciembre dicembre grudzień grudzien "
    "grudnia grudniu",
}
# Swedish, Indonesian, Tagalog and Romanian month names not already above (Turkish and Finnish months take
# case endings and are in ``SUFFIXED_MONTHS``).
_MORE_MONTHS = {
    "january": "ianuarie",
    "february": "pebrero",
    "march": "maret marso martie",
    "april": "aprilie",
    "may": "",
    "june": "hunyo iunie",
    "july": "hulyo iulie",
    "august": "augusti agustus",
    "september": "setyembre septembrie",
    "october": "oktubre octombrie",
    "november": "nobyembre noiembrie",
    "december": "desember disyembre decembrie",
}
# Bulgarian (Cyrillic; "март", "май" and "август" are Russian and Ukrainian too)
_BULGARIAN_MONTHS = {
    "january": "януари",
    "february": "февруари",
    "march": "март",
    "april": "април",
    "may": "май",
    "june": "юни",
    "july": "юли",
    "august": "август",
    "september": "септември",
    "october": "октомври",
    "november": "ноември",
    "december": "декември",
}
# Czech, Ukrainian and Russian, each with the case forms a date takes ("do 31. ledna", "po 7.
# lednu", "після 7 січня", "до конца марта"); a shared word ("листопад", Ukrainian and Czech
# November) is the same month in both.
_SLAVIC_MONTHS = {
    "january": "leden ledna lednu січень січня січні январь января январе",
    "february": "únor února únoru unor unora unoru лютий лютого лютому февраль февраля феврале",
    "march": "březen března březnu brezen brezna breznu березень березня березні марта марте",
    "april": "duben dubna dubnu квітень квітня квітні апрель апреля апреле",
    "may": "květen května květnu kveten kvetna kvetnu травень травня травні мая мае",
    "june": "červen června červnu cerven cervna cervnu червень червня червні июнь июня июне",
    "july": "červenec července červenci cervenec cervence cervenci липень липня липні июль июля "
    "июле",
    "august": "srpen srpna srpnu серпень серпня серпні августа августе",
    "september": "září zari вересень вересня вересні сентябрь сентября сентябре",
    "october": "říjen října říjnu rijen rijna rijnu жовтень жовтня жовтні октябрь октября октябре",
    "november": "listopadu листопад листопада листопаді ноябрь ноября ноябре",
    "december": "prosinec prosince prosinci грудень грудня грудні декабрь декабря декабре",
}
for _en, _bg in _BULGARIAN_MONTHS.items():
    _MORE_MONTHS[_en] = f"{_MORE_MONTHS[_en]} {_bg} {_SLAVIC_MONTHS[_en]}".strip()
for _en, _more in _MORE_MONTHS.items():
    MONTHS[_en] = f"{MONTHS[_en]} {_more}".strip()
# Month stems with case endings: Turkish ("martta", "nisandan", "ekime kadar"), Finnish
# ("maaliskuussa", "huhtikuun", "toukokuuhun").
SUFFIXED_MONTHS = {
    "january": r"ocak\w*|tammikuu\w*",
    "february": r"şubat\w*|subat\w*|helmikuu\w*",
    "march": r"mart(?:ta|tan|a|ın|in|ı)|maaliskuu\w*",
    "april": r"nisan\w*|huhtikuu\w*",
    "may": r"mayıs\w*|mayis\w*|toukokuu\w*",
    "june": r"haziran\w*|kesäkuu\w*",
    "july": r"temmuz\w*|heinäkuu\w*",
    "august": r"ağustos\w*|agustos\w*|elokuu\w*",
    "september": r"eylül\w*|eylul\w*|syyskuu\w*",
    "october": r"ekim\w*|lokakuu\w*",
    "november": r"kasım\w*|kasim\w*|marraskuu\w*",
    "december": r"aralık\w*|aralik\w*|joulukuu\w*",
}
# Hungarian months take case endings too ("januárban", "márciustól", "január végéig").
_HUNGARIAN_MONTHS = {
    "january": r"janu[áa]r\w*",
    "february": r"febru[áa]r\w*",
    "march": r"m[áa]rcius\w*",
    "april": r"[áa]prilis\w*",
    "may": r"m[áa]jus\w*",
    "june": r"j[úu]nius\w*",
    "july": r"j[úu]lius\w*",
    "august": r"augusztus\w*",
    "september": r"szeptember\w*",
    "october": r"okt[óo]ber\w*",
    "november": r"november\w*",
    "december": r"december\w*",
}
for _en, _hu in _HUNGARIAN_MONTHS.items():
    SUFFIXED_MONTHS[_en] = f"{SUFFIXED_MONTHS[_en]}|{_hu}"
# "Mai" (German May) is Italian "never" too: a month only after a preposition (below).
MAY_AFTER_PREP = "mai"

# What stands right before a season named as a time to wait for: a word for "after" and its
# article (each a fixed width, as a look-behind needs).
_AFTER_WORD = (
    "(?:"
    + "|".join(
        f"(?<={w} )"
        for w in (
            "na de",
            "na het",
            "na",
            "nach den",
            "nach dem",
            "nach der",
            "nach",
            "après les",
            "apres les",
            "après",
            "apres",
            "después del",
            "despues del",
            "después de",
            "despues de",
            "tras el",
            "depois do",
            "depois das",
            "depois de",
            "após o",
            "apos o",
        )
    )
    + "|(?<=après l')|(?<=apres l'))"
)
HOLIDAYS: tuple[tuple[str, str], ...] = (
    # Québec's construction holiday, the last two weeks of July (``reading.feasts``)
    (r"(?:la )?fin des vacances de la construction", "the end of the construction holiday"),
    (r"(?:les |des )?vacances de la construction", "construction holiday"),
    # Québec's "les Fêtes" run to early January, like the English "Christmas holidays"
    (
        r"(?:les |le temps des |la période des |des )f[êe]tes(?: de fin d'ann[ée]e)?|(?-i:F)[êe]tes|"
        r"f[êe]tes de fin d'ann[ée]e",
        "christmas",
    ),
    (
        r"no[ëe]l|weihnachten|weihnachtsferien|(?:(?<=o )|(?<=do )|(?<=no )|(?<=té )|(?<=pós ))natal|"
        r"navidad(?:es)?|natale|kerst(?:mis)?|boż(?:e|ym) narodzeni(?:e|u)|świętach|swietach|świąt",
        "christmas",
    ),
    # the new year's day, in Spanish, Portuguese, Italian, French and German: "después de Año Nuevo"
    (
        r"a[ñn]o nuevo|ano novo|capodanno|(?:le )?nouvel an|jour de l'an|neujahr(?:stag)?",
        "new year",
    ),
    (r"ostern|osterferien|p[âa]ques|p[áa]scoa|pascua|pasqua|pasen|wielkanoc\w*", "easter"),
    (r"semana santa|settimana santa", "holy week"),
    (
        r"(?:la )?(?:f[êe]te des rois|[ée]piphanie)|(?:el )?(?:d[íi]a de )?(?:los )?reyes magos|"
        r"d[íi]a de (?:los )?reyes|(?:(?<=de )|(?<=los )|(?<=tras ))reyes|heilige drei k[öo]nige|"
        r"dreik[öo]nig(?:stag)?|trzech kr[óo]l(?:ach|i|ów|ow)|driekoningen|dia (?:de|dos) reis",
        "three kings",
    ),
    (r"guadalupe[- ]reyes", "guadalupe-reyes"),
    (r"お盆|o-?bon", "obon"),
    # the summer and its holidays, after a word for "after": "na de zomervakantie", "nach den
    # Sommerferien", "après l'été", "después del verano" (not "campanhas de verão", summer's
    # campaigns, nor a Danish "travlt op til sommerferien", busy up to a summer gone by)
    # Dutch, German and French summers are the north's ("nach den Sommerferien" said in October is
    # next September, never a southern February); Spanish and Portuguese ones may be either
    (
        _AFTER_WORD + r"(?:zomervakantie|zomerreces|bouwvak|sommerferien|sommerurlaub|sommerpause|"
        r"grandes vacances|vacances d'(?:é|e)t(?:é|e))",
        "the northern summer holidays",
    ),
    (
        _AFTER_WORD + r"(?:vacaciones de verano|f[ée]rias de ver[ãa]o)",
        "the summer holidays",
    ),
    (_AFTER_WORD + r"(?:zomer|sommer|l'(?:é|e)t(?:é|e)|verano|ver[ãa]o)\b", "the summer"),
    # Bulgarian "след лятната ваканция", "след лятото": after the summer (holidays)
    (r"(?<=след )(?:лятната ваканция|летните ваканции|лятната отпуска)", "the summer holidays"),
    (r"(?<=след )лятото", "the summer"),
    # French and Spanish seasons with their article or preposition ("pas avant le printemps",
    # "au printemps prochain", "hasta la primavera", "à l'automne"): bare "primavera" is also a
    # planning tool, so a season's word is read only with its article
    (
        r"(?:au|le|ce) printemps prochain|(?:la )?primavera (?:que viene|pr[óo]xima)|(?:la )?pr[óo]xima primavera",
        "next spring",
    ),
    (r"(?:au|le|ce) printemps|(?:en|la) primavera(?! p6)", "the spring"),
    (
        r"(?:à|a|de) l'automne prochain|l'automne prochain|(?:el )?oto[ñn]o (?:que viene|pr[óo]ximo)",
        "next autumn",
    ),
    (r"(?:à|a|de) l'automne|l'automne|cet automne|(?:en|el) oto[ñn]o", "the autumn"),
    (r"l'hiver prochain|(?:el )?invierno (?:que viene|pr[óo]ximo)", "next winter"),
    (r"(?:en|cet|l') ?hiver|(?:en|el) invierno", "the winter"),
    # Dutch feasts, named the same in English notes: listed so that "na Koningsdag" is "after"
    (r"koningsdag|koninginnedag", "koningsdag"),
    # named the same in English notes: listed so that "dopo Ferragosto" is "after"
    (r"ferragosto", "ferragosto"),
    (r"songkran", "songkran"),
    (r"sinterklaas(?:avond)?|pakjesavond", "sinterklaas"),
    (r"carnaval|karneval|fasching|karnawał", "carnival"),
    (r"julen|julhelgen|mellandagarna|joulu(?:n|na|ksi)?|yılbaşı\w*|yilbasi\w*|pasko", "christmas"),
    (r"ramazan bayramı\w*|ramazan bayrami\w*|şeker bayramı\w*|seker bayrami\w*", "eid al-fitr"),
    (r"kurban bayramı\w*|kurban bayrami\w*", "eid al-adha"),
    (r"t[ếe]t(?: nguyên đán| âm lịch)?", "tet"),
    # Indonesia's and Malaysia's name for Eid al-Fitr
    (
        r"lebaran|idul ?fitri|hari raya(?: idul ?fitri| aidilfitri| puasa)?|aidilfitri",
        "eid al-fitr",
    ),
    # Spanish, French and German names of the Jewish holidays ("después de Pésaj")
    (r"p[ée]saj|pessah|p[âa]que juive|pessach|pascua jud[íi]a", "passover"),
    (r"janucá|januca|hanouka|hanoucca|chanukka", "hanukkah"),
    (r"roch hachana|rosh hashaná|rosh hashana", "rosh hashanah"),
    (r"yom kipour|yom kipur", "yom kippur"),
    *foreign_hebrew.HOLIDAYS,
    *tables("HOLIDAYS"),
)
MONTH_WORDS = "|".join(
    sorted((w for ws in MONTHS.values() for w in ws.split()), key=len, reverse=True)
)
_EN_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_HOLIDAY_WORDS = "|".join(p for p, _ in HOLIDAYS)
# What a wait preposition must stand before: a month, a holiday, or an article and then one.
_ARTICLES = (
    r"(?:dem|der|den|la|le|les|el|los|las|o|a|os|as|il|lo|de|del|da|do|dos|das|fin de|fin|"
    r"finales de|final de|fim de|koniec|końca|konca|eind|fine|ende|anfang|début|debut|principios de|"
    r"início de|inicio de|mi-|mitte|mediados de|meados de|połowy|polowy)\s*"
)
_FOREIGN_TIME = rf"(?:{MONTH_WORDS}|{MAY_AFTER_PREP}|{_HOLIDAY_WORDS})"
# English holidays too: Taglish and Hinglish notes name them in English ("pagkatapos ng Holy Week")
_EN_HOLIDAYS = r"(?:holy week|christmas|easter|new year|the holidays|ramadan|eid|diwali)\b"
TIME_AHEAD = (
    rf"(?=\s+(?:{_ARTICLES})?(?:{_FOREIGN_TIME}|{_EN_MONTHS}|{_EN_HOLIDAYS}|\d{{1,2}}\.? ))"
)
# Short prepositions that are English words too ("do", "a", "no", "po"): only before a foreign month,
# or a day and then one ("do 31 stycznia", "po 7. lednu", "до 15 березня"); one copy of the months,
# since the table holds this look-ahead in a dozen entries.
FOREIGN_AHEAD = rf"(?=\s+(?:\d{{1,2}}\.?\s+)?(?:{_ARTICLES})?{_FOREIGN_TIME}(?![\w]))"


def postpositions() -> tuple[tuple[str, str], ...]:
    """Turkish, Finnish and Hungarian put "after" and "until" after the month: "marttan sonra", "ekime
    kadar", "huhtikuun jälkeen", "toukokuuhun asti"."""
    out = []
    for english, stems in SUFFIXED_MONTHS.items():
        out.append((rf"(?:{stems}) (?:sonra|jälkeen)", f"after {english}"))
        out.append((rf"(?:{stems}) (?:kadar|asti|saakka)", f"until {english}"))
        # Hungarian "január után", "január végéig" (to its end), "január közepéig" (its middle)
        out.append((rf"(?:{stems}) (?:után|utan)", f"after {english}"))
        out.append((rf"(?:{stems}) (?:végéig|vegeig)", f"until the end of {english}"))
        out.append((rf"(?:{stems}) (?:közepéig|kozepeig)", f"until mid-{english}"))
        # "ocak sonuna kadar", "tammikuun loppuun asti": to the month's end ("eylül sonunda
        # bitti", at its end, is a report)
        out.append(
            (
                rf"(?:{stems}) (?:sonuna|loppuun) (?:kadar|dek|asti|saakka)",
                f"until the end of {english}",
            )
        )
    for pattern, english in (
        (r"kurban bayram\w*", "eid al-adha"),
        (r"ramazan bayram\w*|şeker bayram\w*|bayram\w*", "eid al-fitr"),
        (r"kesän|kesälomien|loman", "the summer"),
        (r"joulun", "christmas"),
        (r"yılbaşı\w*", "christmas"),
    ):
        out.append((rf"(?:{pattern}) (?:sonra|jälkeen)", f"after {english}"))
    return tuple(out)
