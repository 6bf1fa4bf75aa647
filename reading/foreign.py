"""Notes in other languages: the cue phrases of German, French, Portuguese, Spanish, Polish,
Dutch and Italian - and Swedish, Romanian, Finnish, Turkish, Indonesian, Tagalog (Taglish) and Hebrew
(``reading.foreign_hebrew``; moving home in ``reading.foreign_moves``; Spanish verb forms in
``reading.foreign_spanish``; Afrikaans, Welsh and Irish
stops in ``reading.foreign_afrikaans``, ``reading.foreign_welsh`` and ``reading.foreign_irish``;
the other European languages' stop phrases in ``reading.foreign_opt_outs``) - rewritten into
the plain English the rules of this package are written against.

Recruiters abroad type the local language or mix it into English ("sábado nem pensar", "bitte
keine Kontaktaufnahme mehr", "Tagessatz nicht unter 850 €", "après les Fêtes"). This is not a
translator: a small table per language maps the words and phrases that carry a condition's cue
(a stop, a refusal, a hardness word, a wait word, a month, a holiday, a pay period, a schedule or
sector word) onto the English cue the rules already know, and everything else is left as it is.
``reading.normalise`` applies it, so a span found in the rewritten copy still points at the words
the person wrote.

Rules of the table: an opt-out phrase maps to an English opt-out only when it refuses contact as
such ("ne plus me contacter", "não me contactem mais"); a scoped or softer wish ("write to me in
French", "not now, keep sending") has no entry and stays unread. A preposition that is also a
common word elsewhere ("po", "na", "do", "nach") is rewritten only before a month or a holiday.
All patterns are matched case-insensitively on the original text; none has a capturing group.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reading import (
    foreign_afrikaans,
    foreign_arabic,
    foreign_bangla,
    foreign_cjk,
    foreign_company,
    foreign_contact,
    foreign_contracts,
    foreign_german,
    foreign_hebrew,
    foreign_hinglish,
    foreign_irish,
    foreign_moves,
    foreign_opt_outs,
    foreign_polish,
    foreign_portuguese,
    foreign_sea,
    foreign_spanish,
    foreign_tagalog,
    foreign_thai,
    foreign_welsh,
)
from reading.gates import gated

# Languages with tables of their own, put in front of this module's.
_MORE = (
    # before the others: its phrases hold theirs ("ne plus être contacté ... sur mon numéro")
    foreign_contact,
    foreign_moves,
    foreign_company,
    foreign_afrikaans,
    foreign_welsh,
    foreign_irish,
    foreign_hinglish,
    foreign_tagalog,
    foreign_polish,
    foreign_german,
    foreign_portuguese,
    foreign_spanish,
)


def _tables(table: str) -> tuple[tuple[str, str], ...]:
    return tuple(entry for module in _MORE for entry in getattr(module, table, ()))


# --- months and holidays (the words a wait preposition must stand before) -------------------

_MONTHS = {
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
# case endings and are in ``_SUFFIXED_MONTHS``).
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
for _en, _more in _MORE_MONTHS.items():
    _MONTHS[_en] = f"{_MONTHS[_en]} {_more}".strip()
# Month stems with case endings: Turkish ("martta", "nisandan", "ekime kadar"), Finnish
# ("maaliskuussa", "huhtikuun", "toukokuuhun").
_SUFFIXED_MONTHS = {
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
# "Mai" (German May) is Italian "never" too: a month only after a preposition (below).
_MAY_AFTER_PREP = "mai"

_HOLIDAYS: tuple[tuple[str, str], ...] = (
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
    *_tables("HOLIDAYS"),
)
_MONTH_WORDS = "|".join(
    sorted((w for ws in _MONTHS.values() for w in ws.split()), key=len, reverse=True)
)
_EN_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_HOLIDAY_WORDS = "|".join(p for p, _ in _HOLIDAYS)
# What a wait preposition must stand before: a month, a holiday, or an article and then one.
_ARTICLES = (
    r"(?:dem|der|den|la|le|les|el|los|las|o|a|os|as|il|lo|de|del|da|do|dos|das|fin de|fin|"
    r"finales de|final de|fim de|koniec|końca|konca|eind|fine|ende|anfang|début|debut|principios de|"
    r"início de|inicio de|mi-|mitte|mediados de|meados de|połowy|polowy)\s*"
)
_FOREIGN_TIME = rf"(?:{_MONTH_WORDS}|{_MAY_AFTER_PREP}|{_HOLIDAY_WORDS})"
# English holidays too: Taglish and Hinglish notes name them in English ("pagkatapos ng Holy Week")
_EN_HOLIDAYS = r"(?:holy week|christmas|easter|new year|the holidays|ramadan|eid|diwali)\b"
_TIME_AHEAD = (
    rf"(?=\s+(?:{_ARTICLES})?(?:{_FOREIGN_TIME}|{_EN_MONTHS}|{_EN_HOLIDAYS}|\d{{1,2}}\.? ))"
)
# Short prepositions that are English words too ("do", "a", "no", "po"): only before a foreign month.
_FOREIGN_AHEAD = rf"(?=\s+(?:{_ARTICLES})?{_FOREIGN_TIME}(?![\w]))"

# --- the phrase tables: (pattern, English) ---------------------------------------------------

OPT_OUTS: tuple[tuple[str, str], ...] = (
    # Spanish verbs in all their persons, and Hebrew, in modules of their own
    *_tables("OPT_OUTS"),
    *foreign_spanish.THREATS,
    *foreign_hebrew.OPT_OUTS,
    *foreign_cjk.OPT_OUTS,
    *foreign_arabic.OPT_OUTS,
    *foreign_sea.OPT_OUTS,
    *foreign_thai.OPT_OUTS,
    *foreign_bangla.OPT_OUTS,
    # German, French, Portuguese, Polish, Dutch, Italian and the rest
    *foreign_opt_outs.OPT_OUTS,
)

# Refusals, hardness and acceptance.
CUES: tuple[tuple[str, str], ...] = (
    # a language's phrase wins over a one-word cue at the same place ("nur Konzern")
    *_tables("CUES"),
    (
        r"nie wieder|nie mehr|plus jamais|nunca m[aá]s|nunca mais|nigdy więcej|nigdy wiecej|nooit meer|"
        r"mai più|mai piu",
        "never again",
    ),
    (
        r"auf keinen fall|kommt nicht in frage|kommt nicht infrage|nem pensar|de jeito nenhum|nem a pau|"
        r"nem morto|nem morta|ni loco|ni loca|ni de broma|ni hablar|ni muerto|ni muerta|de ninguna manera|"
        r"ni en sueños|nie ma mowy|w życiu|geen sprake van|echt niet|neanche per sogno|nemmeno per sogno|"
        r"pas question|hors de question",
        "no way",
    ),
    (r"niemals|jamais|jam[áa]s|nunca|nigdy|nooit|aldrig", "never"),
    # Swedish, Finnish, Turkish, Indonesian and Tagalog refusals and hardness
    (
        r"aldrig mer|aldrig igen|ei enää koskaan|bir daha asla|asla|ga mau lagi|nggak mau lagi",
        "never again",
    ),
    (
        r"ayaw na (?:po )?(?:ng|sa)|ayoko na (?:po )?(?:ng|sa)|ayaw ko na (?:ng|sa)|ayaw niya na (?:ng|sa)|"
        r"ayaw ng|ayoko ng",
        "no more",
    ),
    (r"ehdoton|ehdottomasti|kesinlikle|wajib", "non-negotiable"),
    (r"ei sovi (?:hänelle|minulle|meille)|passar inte (?:henne|honom|mig)", "is not for her"),
    (r"nggak sanggup|gak sanggup|ga sanggup|tidak sanggup|ndak sanggup|orkar inte", "can't do it"),
    (r"keine|keinen|kein", "no"),
    (
        r"nicht unter|nicht weniger als|pas moins de|no menos de|n[ãa]o menos (?:de|que)|nie mniej niż|"
        r"nie mniej niz|niet minder dan|non meno di|"
        # "no bajo de 25 mil", "não desço dos 1.800": I won't go below (before the figure only)
        r"no (?:bajo|baja|bajamos|bajan) (?:de|del|de los)(?= \$?\d)|"
        r"n[ãa]o (?:baixo|baixa|des[çc]o|desce) (?:de|dos|das)(?= ?(?:€|r\$)?\s?\d)",
        "not below",
    ),
    (
        r"abaixo disso n[ãa]o (?:saio|aceito|topo|vou|mudo)|por menos n[ãa]o (?:saio|aceito|topo)|"
        r"por menos no (?:me muevo|acepto|salgo)",
        "won't go below that",
    ),
    (
        r"mindestens|mind\.(?= ?\d)|au moins|no m[íi]nimo|pelo menos|como m[íi]nimo|al menos|co najmniej|"
        r"minimaal|"
        r"ten minste|tenminste|almeno",
        "at least",
    ),
    (r"untergrenze|plancher|piso salarial|lägsta nivå|lägstanivå|lägstalön", "floor"),
    (r"minst|vähintään|en az|minimal|paling sedikit", "at least"),
    (
        r"under det (?:byter|flyttar|går|tar) (?:han|hon|jag|de) inte|bunun altına (?:inmem|inmez|olmaz)|"
        r"di bawah itu (?:nggak|gak|tidak) mau",
        "won't go below that",
    ),
    (r"runt|omkring|ungefär|noin|suunnilleen|yaklaşık|sekitar|kisaran", "around"),
    (r"uniquement|seulement|nur|somente|solamente|tylko|alleen|soltanto|só", "only"),
    (r"abert[oa] a|dispost[oa] a|abiert[oa] a", "open to"),
    (
        r"mudar-(?:se|me) para|(?:se |me )?mudar para|mudarse a|mudarme a|trasladarse a|trasladarme a|"
        r"déménager à|déménager a|umziehen nach",
        "move to",
    ),
    (
        r"pretens[ãa]o(?: salarial)?|pretensi[óo]n(?: salarial)?|prétentions?(?: salariales?)?|"
        r"gehaltsvorstellung|oczekiwania finansowe|oczekiwania",
        "asking",
    ),
    (
        r"passt(?: mir| gut| schon)?|tá ótimo|ta otimo|está ótimo|tá bom|tudo bem|me sirve|me va bien|"
        r"ça me va|ca me va|ça marche|pasuje mi|mi va bene",
        "works for me",
    ),
    # "sin problema con el turno de noche": fine with it (the "no" of "no problem" negates nothing)
    (r"sin (?:ning[úu]n )?problema con|sem problema com", "fine with"),
    # Italian "non ha problemi con i turni spezzati": fine with them; "ha problemi con": not
    (
        r"non (?:ha|ho|hanno|avrebbe|avrei) (?:nessun |alcun )?problem[ia] (?:con|a fare)",
        "fine with",
    ),
    (r"(?:ha|ho|hanno) (?:dei |grossi )?problemi con", "has a problem with"),
    # Spanish "los fines de semana son un problema": a refusal; "no es (un) problema": fine
    (r"no (?:es|son|ser[íi]a|ser[íi]an) (?:un |ning[úu]n )?problema", "is not a problem"),
    (r"(?:es|son|ser[íi]a|ser[íi]an) un (?:gran )?problema", "are a problem"),
    (
        r"kein problem|pas de problème|sem problema|sin problema|bez problemu|geen probleem|nessun problema|"
        r"ning[úu]n problema",
        "no problem",
    ),
)

# Waits: prepositions before a month or holiday, and the waiting words themselves.
WAITS: tuple[tuple[str, str], ...] = (
    *foreign_hebrew.WAITS,
    *_tables("WAITS"),
    *foreign_cjk.WAITS,
    *foreign_arabic.WAITS,
    *foreign_afrikaans.WAITS,
    *foreign_sea.WAITS,
    *foreign_thai.WAITS,
    (
        rf"(?:nach(?: dem| der| den)?|après(?: le| la| les)?|apres|depois d[aeo]s?|depois|após|"
        rf"despu[ée]s de(?:l| la| las| los)?|dopo(?: il| la| le)?|pasando(?: el| la| las| los)?|"
        rf"passad[oa]s?(?: o| a| os| as)?|tras(?: el| la| las| los)?){_TIME_AHEAD}",
        "after",
    ),
    (rf"(?:po|na){_FOREIGN_AHEAD}", "after"),
    (
        rf"(?:bis(?: zum| zur)?|jusqu'à(?: la| le)?|jusqu'au|jusqu'en|jusqu'a|até(?: o| a)?|"
        rf"hasta(?: el| la)?|fino a(?:l|lla)?|până (?:la|în)|pana (?:la|in)){_TIME_AHEAD}",
        "until",
    ),
    # Italian "fino alla fine di gennaio": until the end of the month
    (rf"fino alla fine di{_TIME_AHEAD}", "until the end of"),
    (rf"do{_FOREIGN_AHEAD}", "until"),
    # Dutch "tot 1 april", "tot april": no English word, so before a day or an English-spelt month too
    (rf"tot{_TIME_AHEAD}", "until"),
    # Swedish "efter", "t.o.m.", "till", "förrän"; Indonesian "habis", "setelah"; Tagalog
    # "pagkatapos ng", "hanggang" - only before a month or a holiday
    (
        rf"(?:efter|habis|abis|setelah|sesudah|sehabis|pagkatapos(?: na lang| muna| na)?(?: ng)?|"
        rf"pag-?katapos(?: na lang| muna| na)? ng){_TIME_AHEAD}",
        "after",
    ),
    (
        rf"(?:t\.o\.m\.?|till och med|tills?|fram till|sampai|sampe|hingga|hanggang(?: sa)?){_TIME_AHEAD}",
        "until",
    ),
    (r"förrän", "until"),
    # Vietnamese: "đợi qua Tết", "sau Tết" - before a holiday only
    (rf"(?:đợi qua|đợi sau|chờ qua|chờ sau|sau khi|sau|qua|ra|hết){_TIME_AHEAD}", "after"),
    (r"lương tháng 13|thưởng tết", "bonus"),
    (rf"(?:i|från|på|bulan|sa){_FOREIGN_AHEAD}", "in"),
    (rf"(?:dès|à partir de|a partir de(?:l)?|a partir do|vanaf){_TIME_AHEAD}", "from"),
    (rf"(?:ab|od){_FOREIGN_AHEAD}", "from"),
    (rf"(?:im|en|em|w|a|no){_FOREIGN_AHEAD}", "in"),
    (rf"(?:avant(?: le| la)?|antes d[eoa]l?|przed){_TIME_AHEAD}", "before"),
    # "pas avant la fin de mon préavis": a refusal before any event, not only a month
    (
        r"(?:ne \w+ )?pas avant(?= (?:la|le|les|l'|mon|ma|mes|son|sa|ses|notre|leur|d'|de)\b)",
        "not before",
    ),
    # Dutch "na de jaarafsluiting eind maart": after an event, its month said with it
    (r"\bna (?:afloop van )?(?:de|het)(?= \w+ (?:eind|begin|half|medio|in) )", "after the"),
    # an event reported done, with its month: "mon bonus a été versé fin mars", "s'est terminé"
    (r"(?:a|ont) été (?:versée?s?|payée?s?|réglée?s?)", "was paid"),
    (
        r"(?:s'est|se sont) (?:terminée?s?|achevée?s?|finie?s?)|a pris fin|(?:est|sont) "
        r"(?:terminée?s?|finie?s?|achevée?s?)|(?:is|zijn|werd|was) (?:\w+ ){0,3}?afgerond",
        "ended",
    ),
    (rf"(?:vor|voor|prima d[ie]l?){_FOREIGN_AHEAD}", "before"),
    (
        r"(?:fin|fim de|finales de|final de|ende|końca|konca|eind|fine)(?= (?:de |d'|di )?(?:"
        rf"{_MONTH_WORDS}|{_MAY_AFTER_PREP})\b)",
        "the end of",
    ),
    (
        r"(?:début|debut|anfang|principios de|início de|inicio de)(?= (?:de |d')?(?:"
        rf"{_MONTH_WORDS}|{_MAY_AFTER_PREP})\b)",
        "early",
    ),
    (
        "(?:"
        + "|".join(f"(?<={w} )" for w in "im ab bis nach vor ende anfang mitte en em".split())
        + f"){_MAY_AFTER_PREP}",
        "may",
    ),
    # Dutch "met zwangerschapsverlof": on it now, the leave her own
    (
        r"(?:met|op) (?:zwangerschaps|ouderschaps|bevallings|moederschaps)verlof",
        "on parental leave",
    ),
    (
        r"cong[ée] (?:parental|de maternit[ée]|maternit[ée]|de paternit[ée]|paternit[ée])|elternzeit|"
        r"mutterschutz|licen[çc]a[- ](?:maternidade|paternidade|parental)|licencia (?:de|por) "
        r"(?:maternidad|paternidad)|baja (?:de|por) (?:maternidad|paternidad)|licencia parental|"
        r"urlop(?:ie)? (?:macierzyńsk\w*|rodzicielsk\w*|tacierzyńsk\w*|ojcowsk\w*)|ouderschapsverlof|"
        r"zwangerschapsverlof|congedo (?:parentale|di maternit[àa]|di paternit[àa])",
        "parental leave",
    ),
    (
        r"föräldraledig(?:het|heten)?|pappaledig\w*|mammaledig\w*|vanhempainvapaa\w*|äitiysloma\w*|"
        r"isyysloma\w*|doğum izn\w*|cuti melahirkan|maternity leave na",
        "parental leave",
    ),
    (r"nunggu|menunggu|tunggu|väntar på|odottaa", "waiting for"),
    # Dutch: "verhuist in januari naar Groningen; wil pas praten als ze daar gesetteld is"
    (r"verhuist|verhuizen|verhuis", "moving"),
    (r"naar(?= (?-i:[A-Z]))", "to"),
    (r"wil pas (?:praten|verder praten|kijken)", "will only talk"),
    (
        r"als (?:ze|hij|zij|ik|we|wij) (?:daar |er )?(?:gesetteld|gesettled|geland|gewend|verhuisd) "
        r"(?:is|ben|zijn)",
        "once she is settled",
    ),
    # a duration in Spanish or Portuguese: "dame unas diez semanas", "me dá uns três meses"
    (r"d[aá]me|denme|d[eé]me|me d[aáeê]", "give me"),
    (r"unas|unos|umas|uns", "about"),
    (r"(?:dos|dois|duas)(?= (?:semanas|meses))", "two"),
    (r"(?:tres|três)(?= (?:semanas|meses))", "three"),
    (r"(?:cuatro|quatro)(?= (?:semanas|meses))", "four"),
    (r"(?:cinco)(?= (?:semanas|meses))", "five"),
    (r"(?:seis)(?= (?:semanas|meses))", "six"),
    (r"(?:siete|sete)(?= (?:semanas|meses))", "seven"),
    (r"(?:ocho|oito)(?= (?:semanas|meses))", "eight"),
    (r"(?:nueve|nove)(?= (?:semanas|meses))", "nine"),
    (r"(?:diez|dez)(?= (?:semanas|meses))", "ten"),
    (r"(?:doce|doze)(?= (?:semanas|meses))", "twelve"),
    (r"semanas", "weeks"),
    (r"meses", "months"),
    (r"\bthr\b|tunjangan hari raya|13(?:\.|th)? ?(?:månadslön|maaş)", "bonus"),
    (
        r"k[üu]ndigungsfrist|pr[ée]avis|aviso pr[ée]vio|preaviso|okres wypowiedzenia|opzegtermijn|preavviso|"
        r"uppsägningstid|irtisanomisaika|ihbar süresi|masa pemberitahuan",
        "notice period",
    ),
    (
        r"probezeit|p[ée]riode d'essai|per[íi]odo de (?:experi[êe]ncia|prueba)|okres(?:ie)? pr[óo]bn\w*|"
        r"proeftijd|periodo di prova",
        "probation",
    ),
    (
        r"on se reparle|on s'en reparle|on en reparle|reparlons-en|recontactez-moi|revenez vers moi|"
        r"melden sie sich|meld dich|hablamos|falamos|odezwę się|odezwe sie|sentiamoci",
        "let's talk",
    ),
    (
        r"(?:bin ich|ist (?:sie|er)|sind wir|je suis|il est|elle est|estoy|est[áa]|estou|jestem|jest|"
        r"ben ik|is (?:hij|zij)|sono|è)(?: de nouveau| à nouveau| wieder| otra vez| de novo| znowu| weer)? "
        r"(?:wieder )?(?:offen|verfügbar|frei|disponible|disponível|disponivel|dostępn[ya]|dostepn[ya]|"
        r"beschikbaar|disponibile)",
        "i'm available",
    ),
    (
        r"wieder (?:offen|verfügbar|frei|da)|verfügbar|disponible|disponível|disponivel|dostępn[ya]|"
        r"dostepn[ya]|beschikbaar|disponibile",
        "available",
    ),
    (
        r"à mon retour|a mon retour|nach meiner rückkehr|a mi regreso|na volta|po powrocie",
        "when i'm back",
    ),
    (
        r"wcześniej nic|wczesniej nic|vorher nichts|rien avant|antes no(?: puedo)?|antes n[ãa]o",
        "nothing before",
    ),
)

# Schedule, mode, contract, sector, pay and commute words.
WORDS: tuple[tuple[str, str], ...] = (
    *_tables("WORDS"),
    *foreign_hebrew.WORDS,
    *foreign_cjk.WORDS,
    *foreign_sea.WORDS,
    # pay periods and words
    (r"tagessatz|tagesrate|tjm|taux journalier|dagtarief|stawka dzienna|tarifa diaria", "day rate"),
    (r"stundensatz|taux horaire|uurtarief|stawka godzinowa", "hourly rate"),
    (r"/ ?(?:tag|jour|dia|día|dzień|dzien|dag|giorno)", "/day"),
    (r"(?:pro|je|am|par|por|al|per|al|za|na) (?:tag|jour|dia|día|dzień|dzien|dag|giorno)", "a day"),
    (
        r"/ ?(?:monat|mois|m[êe]s|mes|miesiąc|mies|maand|mese|mån|månad|kk|kuukausi|ay|bulan|buwan)",
        "/month",
    ),
    (
        r"(?:pro|im|je|par|por|ao|al|na|per|al) (?:monat|mois|m[êe]s|mes|miesiąc|maand|mese)|monatlich|"
        r"mensuel(?:le)?s?|mensais|mensal|mensuales|mensual|miesięcznie|miesiecznie|mensili",
        "a month",
    ),
    (r"/ ?(?:jahr|an|ano|año|rok|jaar|anno)", "/year"),
    (
        r"(?:pro|im|je|par|por|ao|al|na|per|all') (?:jahr|an|ano|año|rok|jaar|anno)|jährlich|annuel(?:le)?s?|"
        r"anuais|anual|anuales|rocznie|annui",
        "a year",
    ),
    (r"/ ?(?:stunde|std|heure|hora|godz|uur)", "/hr"),
    (r"(?:pro|je|par|de l'|por|la|za|na|per) (?:stunde|heure|hora|godzinę|godzine|uur)", "an hour"),
    (r"i månaden|per månad|kuukaudessa|aylık|per bulan|sebulan|kada buwan", "a month"),
    (r"brutto|brut|bruto|brutos|lordi|lordo", "gross"),
    (r"netto|neto|netos|l[íi]quido|netti", "net"),
    # schedule
    (
        r"nachtschichten|nachtdienste|postes de nuit|équipes de nuit|turnos da noite|turnos noturnos|"
        r"turnos de noche|turnos nocturnos|nocne zmiany|zmiany nocne|nocnych zmian|nocki|nachtdiensten|"
        r"turni di notte|turni notturni",
        "night shifts",
    ),
    # a day cut in two, lunch and dinner with hours off between: "turni spezzati", "turno partido"
    (
        r"(?:i |il |los |el )?(?:turni spezzati|turno spezzato|orario spezzato|turnos? partidos?|"
        r"jornada partida|horario partido|coupures|horaires coupés|geteilte dienste|geteilter dienst)",
        "split shifts",
    ),
    (
        r"nachtschicht|nachtdienst|nachtarbeit|travail de nuit|poste de nuit|turno da noite|turno noturno|"
        r"trabalho noturno|turno de noche|turno nocturno|trabajo nocturno|nocna zmiana|nachtwerk|"
        r"turno di notte|lavoro notturno",
        "night shift",
    ),
    (
        r"rufbereitschaft|bereitschaftsdienste?|astreintes?|plant[ãa]o|plant[õo]es|sobreaviso|"
        r"guardias?|dyżur\w*|dyzur\w*|piketdienst|bereikbaarheidsdienst|consignatiedienst|reperibilit[àa]",
        "on-call",
    ),
    (
        r"wochenenden|wochenendarbeit|wochenenddienste?|les week-ends|les weekends|fins de semana|"
        r"finais de semana|fines de semana|weekendy|weekendów|weekendow",
        "weekends",
    ),
    (
        r"wochenende|le week-end|week-end|fim de semana|final de semana|fin de semana|fine settimana|weekendzie",
        "weekend",
    ),
    (r"samstage|samedis|les samedis|s[áa]bados|soboty|zaterdagen|sabati", "saturdays"),
    (r"samstags?|le samedi|samedi|s[áa]bado|sobota|sobotę|sobote|zaterdag|sabato", "saturday"),
    (r"sonntags?|le dimanche|dimanche|domingos?|niedziel[ae]|zondag|domenica", "sunday"),
    (
        r"teilzeit|temps partiel|meio per[íi]odo|meio expediente|medio tiempo|media jornada|tiempo parcial|"
        r"pół etatu|pol etatu|niepełny etat|deeltijd",
        "part time",
    ),
    (
        r"vollzeit|temps plein|tempo integral|tiempo completo|jornada completa|pełny etat|pelny etat|"
        r"voltijd|tempo pieno",
        "full time",
    ),
    (
        r"\d ?(?:tage|jours|dias|días|dni|dagen|giorni) ?(?:/ ?|pro |par |por |na |per |a )"
        r"(?:woche|sem(?:aine)?|semana|tydzień|tydzien|week|settimana)",
        "days a week",
    ),
    # work mode
    (
        r"t[ée]l[ée]travail (?:complet|total|à 100 ?%)|full t[ée]l[ée]travail|100 ?% t[ée]l[ée]travail|"
        r"100 ?% remoto|remoto total|totalmente remoto|100 ?% zdalnie|volledig thuis",
        "fully remote",
    ),
    (r"t[ée]l[ée]travail|remoto|zdalnie|praca zdalna|thuiswerken|lavoro da remoto", "remote"),
    # an office refused back: "refuse de retourner au bureau" (before "retourner au bureau" below)
    (
        r"(?:refuse|refusent|a refusé|ne veut (?:plus )?pas|ne veut plus|no quiere|se niega a) "
        r"(?:de )?(?:retourner|revenir|volver) (?:au bureau|a la oficina)",
        "remote only, no office at all",
    ),
    # an office wanted back, and a mode that does them no good: "retrouver un bureau", "le
    # télétravail m'isole", "el remoto me aísla", "ne me convient pas"
    (
        r"(?:(?:je |elle |il )?(?:veux|veut|voudrais|voudrait|souhaite) |(?:quiero|quiere|quisiera) )?"
        r"(?:retrouver (?:un|le|mon) bureau|revenir au bureau|retourner au bureau|volver a (?:la|una) oficina)",
        "wants to get back to an office",
    ),
    (r"m'isole|l'isole|me a[íi]sla|la a[íi]sla|lo a[íi]sla", "isolates me"),
    # "refuse de retourner au bureau, même une journée par semaine": not even one day in it
    (
        r"(?:(?:pas )?m[êe]me (?:pas )?(?:une (?:seule )?journ[ée]e|un (?:seul )?jour)|ni siquiera un d[íi]a)"
        r"(?: par semaine| a la semana| por semana)?",
        "not even one day a week",
    ),
    (r"ne (?:me|lui) convient pas|no me (?:conviene|sienta bien)", "doesn't suit me"),
    # commute
    (
        r"pendeln|pendelzeit|arbeitsweg|anfahrt(?:szeit)?|trajet|traslados?|trayectos?|deslocamento|"
        r"dojazd\w*|reistijd|tragitto",
        "commute",
    ),
    (r"stunden|heures|horas|godziny|godzin|uur", "hours"),
    (r"stunde|heure|hora|godzina", "hour"),
    (r"máx\.?|máximo|maximal|maksymalnie|massimo|maksimal|enintään|en fazla", "max"),
    (r"menit|minuter|minuuttia|dakika", "minutes"),
    (r"perjalanan|pendling|työmatka|yol", "commute"),
    (r"tiap hari|setiap hari|varje dag|joka päivä|her gün|araw-araw", "every day"),
    (r"etätyö\w*|etänä|distansarbete|på distans|uzaktan|kerja remote|wfh na", "remote"),
    # how they work now, since when: "trabaja en remoto desde 2020", "seit Corona im Homeoffice"
    (
        r"(?:seit|depuis|desde|sinds|sedert|sedan|sejak|dal|din|od|vuodesta|mula noong|simula noong|"
        r"simula)(?= (?:(?:19|20)\d\d|covid|corona|la pandemia|a pandemia|la pand[ée]mie|der pandemie|"
        r"de pandemie|pandemii|pandemi|il covid|el covid|o covid|le covid|lockdown))|"
        r"(?:desde hace|seit|depuis|há|od|sinds|da)(?= (?:\d+|dos|tres|cinco|zwei|drei|fünf|deux|trois|"
        r"cinq|dois|três) (?:años|anos|jahren|ans|lat|jaar|anni))",
        "since",
    ),
    # driving (``reading.driving``): "kein Führerschein", "pas de permis", "sin carnet de conducir"
    (
        r"(?:hat )?kein(?:en)? f[üu]hrerschein|(?:n'a )?pas (?:de|le) permis(?: de conduire| b)?|"
        r"(?:no tiene |sin )carn[eé]t(?: de conducir)?|(?:não tem |sem )carta(?: de condução)?|"
        r"(?:nie ma |bez )prawa jazdy|(?:heeft )?geen rijbewijs|(?:non ha la |senza )patente",
        "no driving licence",
    ),
    # ... and what they say of it: keep it, or never go back
    (
        r"(?:y )?(?:quiero|quiere) (?:seguir|continuar|mantenerlo|mantenerme) (?:así|asi|igual|en remoto)|"
        r"(?:und )?(?:will|möchte|moechte) (?:das )?(?:so )?(?:bleiben|behalten|dabei bleiben)|"
        r"(?:et )?(?:veut|souhaite) (?:continuer|rester) (?:comme [çc]a|ainsi|en t[ée]l[ée]travail)|"
        r"(?:e )?quer (?:continuar|manter) assim|vuole continuare cos[iì]|wil dat zo houden|"
        r"chce (?:tak zostać|to utrzymać)",
        "and wants to keep it that way",
    ),
    (
        r"no (?:quiero|quiere) volver|will nicht (?:mehr )?zurück|möchte nicht (?:mehr )?zurück|"
        r"ne veut (?:pas|plus) (?:revenir|retourner)|não quer voltar|non vuole tornare|wil niet terug|"
        r"nie chce wracać",
        "won't go back",
    ),
    (r"toimisto(?:lle|ssa|on)?|kontoret|ofis(?:e|te)?|kantor", "office"),
    (r"(?:von|depuis|desde)(?= (?-i:[A-ZÀ-Ý]))", "from"),
    # another channel offered: "ne m'appelez plus, écrivez-moi plutôt par courriel" refuses calls
    (
        r"(?:e-?posta|e-?mail|mail)(?:den|le|la|yla|dan)? (?:atın|atin|gönderin|gonderin|yazın|yazin|"
        r"atabilirsiniz)",
        "email me instead",
    ),
    (r"courriel|correo electr[óo]nico|correo|e-?postayla|e-?posta", "email"),
    (
        r"plutôt|plutot|más bien|mas bien|en su lugar|yerine|mejor(?= (?:por|al|a través|en|vía|via) )",
        "instead",
    ),
    # sectors
    (
        r"rüstung\w*|ruestung\w*|armement|armamento|armas|industria armament[íi]stica|zbrojeni\w*|"
        r"defensie-industrie|wapenindustrie|armamenti|armi",
        "defence",
    ),
    (
        r"glücksspiel\w*|gluecksspiel\w*|sportwetten|jeux d'argent|paris sportifs|apostas|apuestas|"
        r"juegos de azar|hazardu|hazardzie|hazardow\w*|gokken|gioco d'azzardo|scommesse",
        "gambling",
    ),
    (r"tütün\w*|tutun\w*|tabac|tabaco|tabak\w*|tytoń\w*|tyton\w*|tabacco", "tobacco"),
    # a work permit tied to the employer (Québec, Spain, Germany): a new employer must apply
    (
        r"permis de travail fermé|permis fermé|permis (?:de travail )?lié à (?:son|mon|leur) employeur"
        r"(?: actuel)?|permiso (?:de trabajo )?(?:vinculado|ligado) a (?:su|mi) empleador",
        "closed work permit",
    ),
    (r"eimt", "lmia"),
    # causes
    (
        r"energ[íi]as? limpias?|energias? limpas?|energ[íi]as? renovables?|energias? renov[áa]veis|"
        r"[ée]nergies? (?:renouvelables?|propres?)|erneuerbaren? energien?|saubere energie|förnybar energi|"
        r"uusiutuva energia|yenilenebilir enerji|energi terbarukan|hernieuwbare energie|energia pulita|"
        r"energie rinnovabili",
        "clean energy",
    ),
    (r"quiere|quer|veut|möchte|haluaa|istiyor|vuole|wil graag", "wants"),
    (
        r"cansad[oa] de(?:l| la| los| las)?|hart[oa] de(?:l| la)?|cansad[oa] d[oa]s?|fart[oa] d[oa]s?|"
        r"fatigu[ée]e? (?:de|du|des)|marre (?:de|du|des)|die nase voll von|genoeg van",
        "tired of",
    ),
    # contract: Polish here, the other languages' kinds and their refusals in a module of their own
    (r"umowa na czas określony", "fixed term"),
    (r"umow[aęy] o prac[ęe]|umowa o prace|\buop\b", "permanent"),
    (r"freiberuflich|autónomo|autonomo", "freelance"),
    *foreign_contracts.NOTES,
)


def _entries() -> tuple[tuple[str, str], ...]:
    holidays = tuple(_HOLIDAYS)
    months = tuple(
        ("|".join(w for w in words.split()), english) for english, words in _MONTHS.items()
    )
    suffixed = _postpositions() + tuple((p, en) for en, p in _SUFFIXED_MONTHS.items())
    return OPT_OUTS + CUES + WAITS + suffixed + holidays + months + WORDS


def _postpositions() -> tuple[tuple[str, str], ...]:
    """Turkish and Finnish put "after" and "until" after the month: "marttan sonra", "ekime
    kadar", "huhtikuun jälkeen", "toukokuuhun asti"."""
    out = []
    for english, stems in _SUFFIXED_MONTHS.items():
        out.append((rf"(?:{stems}) (?:sonra|jälkeen)", f"after {english}"))
        out.append((rf"(?:{stems}) (?:kadar|asti|saakka)", f"until {english}"))
    for pattern, english in (
        (r"kurban bayram\w*", "eid al-adha"),
        (r"ramazan bayram\w*|şeker bayram\w*|bayram\w*", "eid al-fitr"),
        (r"kesän|kesälomien|loman", "the summer"),
        (r"joulun", "christmas"),
        (r"yılbaşı\w*", "christmas"),
    ):
        out.append((rf"(?:{pattern}) (?:sonra|jälkeen)", f"after {english}"))
    return tuple(out)


_ENTRIES = _entries()


def _bounded(pattern: str) -> str:
    """``pattern`` as a whole word: no word character may touch either end (Japanese, Korean
    and Chinese, written without spaces, have no word ends to look for)."""
    if pattern.startswith(foreign_cjk.CJK):
        return pattern
    head = "" if pattern.startswith(("/", "(?<=")) else r"(?<!\w)"
    return rf"{head}(?:{pattern})(?![\w'’])"


_WORD = re.compile(r"[^\W\d_]+")
_CJK_SCRIPT = re.compile(f"{foreign_cjk.SCRIPT}|{foreign_thai.SCRIPT}|{foreign_bangla.SCRIPT}")
# Behind a gate: a search of the whole table costs tens of milliseconds, and a note that passes
# ``_maybe_foreign`` on a word such as "plus" or "via" holds the words of a few entries at most,
# so only those entries are searched (``reading.gates.Alternatives``, case folded).
# Needles are kept whole up to eight characters: pieces of four (" me ", "ter ") are in most
# English notes and left a note that passed on "plus" a dozen entries to search, not five.
_ANY = gated(
    re.compile("|".join(f"({_bounded(p)})" for p, _ in _ENTRIES), re.IGNORECASE), min_len=8
)
# English words the patterns also hold: no sign of another language on their own.
_ENGLISH = frozenset(
    (
        "all art base contact database december end ends fall fine full list march may messages per "
        "problem son week weekends total den die van sin ten pro santa mon dan ann april august "
        "july june january february september october november mailing mails final media paris "
        "question the gut ton jam stag apr oppose favor interest contract industria industrie "
        "integral rust met non parental curr spok cong maternit paternit mart yol till och wfh sa "
        "maternity leave bonus alla att chat data era gdpr her mer message med person please pls remote "
        "remove tan mau pag din sig dig tack hans lle ssa ksi uli tet minimal dame uns dos was date emails "
        "bureau dank kant"
        # English words in the Taglish, Polish, German, Portuguese and Spanish tables' patterns
        " "
        "again business call companies company day delete details email erase ever files forever game "
        "home include info information job legal mid morning name never night now number office okay "
        "onsite phone pool pooling profile records regular resume shift site small system team text "
        "thank thanks top visa war will work solo com ego sou top"
        # ... and in the Arabic, Malay, Indonesian and Vietnamese tables: common in English notes
        " "
        "call email info job resume spam whatsapp aid aka kan lain lean mat bat "
        "tab tin tat ini ibu kol kul lee mara vnd tani nak dah apa cho anh tak lia laa pun haji sini "
        "hatta ems tez tib tit teb tdig tkal imsa msa marr"
        # ... and in the Hinglish, French, German and Spanish tables added after them: words of
        # nearly every English note ("and", "role", "offer"), which would send it to the table
        " and begin detail disturb half main moment msg offer old opportunity plz role telephone"
        # ... and more of everyday English and recruiting words the tables hold
        " app apps ats covid online quite recruiters mind"
        # ... and in ``reading.foreign_moves`` (French "refuse de déménager", "prêt à")
        " refuse pret"
        # ... and in the Taglish and Romanian contract words ("permanent lang", "nu accept")
        " accept individual perm permanent"
    ).split()
)
# Stems that begin common English words ("compa" of "compañía": company, compare).
_ENGLISH_STEMS = frozenset({"compa"})


def _triggers() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """Words (and word stems) one of which every foreign cue holds, worked out from the
    patterns: a note with none of them is not read against the table at all."""
    words: set[str] = set()
    stems: dict[str, tuple[str, ...]] = {}
    for pattern, _ in _ENTRIES:
        if pattern.startswith(foreign_cjk.CJK):
            continue  # looked for by script (``_maybe_foreign``)
        # a character class or "\w" cuts a word: the letters before it are a stem
        plain = re.sub(r"\[[^\]]*\]|\\w", "\x00", pattern.lower())
        plain = re.sub(r"\\[a-zA-Z]|\(\?(?:[:=!]|<[=!]|-?[a-z]+:)", " ", plain)
        for m in re.finditer(r"([^\W\d_]{3,})(\x00)?", plain):
            word = m.group(1)
            if word in _ENGLISH:
                continue
            if m.group(2) and len(word) >= 5:
                if word in _ENGLISH_STEMS:
                    continue
                stems.setdefault(word[:3], ())
                stems[word[:3]] += (word,)
            elif not m.group(2):
                words.add(word)
    return frozenset(words), stems


def _maybe_foreign(text: str) -> bool:
    if _CJK_SCRIPT.search(text):
        return True
    for word in _WORD.findall(text.lower()):
        if word in _TRIGGERS or any(word.startswith(s) for s in _STEMS.get(word[:3], ())):
            return True
    return False


@lru_cache(maxsize=4096)
def phrases(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, English) for each foreign cue in ``text``, left to right, not overlapping."""
    if not _maybe_foreign(text):
        return ()
    out = []
    for m in _ANY.finditer(text):
        english = _ENTRIES[m.lastindex - 1][1]
        if english == "days a week":  # "4 jours/sem": keep the number
            english = f"{m.group()[0]} days a week"
        elif english == foreign_german.DATE:  # "31.01." -> "31 january"
            english = foreign_german.date_words(m.group())
        elif english == foreign_cjk.KO_PAY:  # "연봉 9천 이상" -> "at least KRW 90000000 a year"
            english = foreign_cjk.korean_pay(m.group())
        out.append((m.start(), m.end(), english))
    return tuple(out)


_TRIGGERS, _STEMS = _triggers()
# Words too short to be worked out from the patterns: Taglish's politeness particle ("remove me
# na po sa list" holds no other word of the table) and Portuguese "só" ("só Lisboa").
_TRIGGERS |= {"po", "só"}
