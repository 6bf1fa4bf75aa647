"""The cue phrases of other languages that carry a stop, a refusal, a hardness or a wait, with the
English each is rewritten into: ``OPT_OUTS`` (a refusal of contact as such), ``CUES`` (refusals,
hardness and acceptance: "nie wieder", "auf keinen Fall", "sem problema") and ``WAITS`` (the
prepositions before a month or holiday, and the waiting words themselves: "nach", "après",
"à mon retour").

Part of ``reading.foreign``'s table; its rules hold here (an opt-out only where contact as such
is refused; a preposition that is a common word elsewhere only before a month or a holiday).
"""

from __future__ import annotations

from reading import (
    foreign_afrikaans,
    foreign_arabic,
    foreign_bangla,
    foreign_cjk,
    foreign_hebrew,
    foreign_opt_outs,
    foreign_sea,
    foreign_spanish,
    foreign_stops_cs_hu_bg,
    foreign_thai,
)
from reading.foreign_tables import tables
from reading.foreign_times import FOREIGN_AHEAD, MAY_AFTER_PREP, MONTH_WORDS, TIME_AHEAD

# --- the phrase tables: (pattern, English) ---------------------------------------------------

OPT_OUTS: tuple[tuple[str, str], ...] = (
    # Spanish verbs in all their persons, and Hebrew, in modules of their own
    *tables("OPT_OUTS"),
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
    *tables("CUES"),
    *foreign_stops_cs_hu_bg.TAKEN_BACK,
    *foreign_arabic.CUES,
    *foreign_thai.CUES,
    *foreign_sea.CUES,
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
    # Danish "mindst" beside Swedish and Norwegian "minst"
    (r"minst|mindst|vähintään|en az|minimal|paling sedikit", "at least"),
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
    *tables("WAITS"),
    *foreign_cjk.WAITS,
    *foreign_arabic.WAITS,
    *foreign_afrikaans.WAITS,
    *foreign_sea.WAITS,
    *foreign_thai.WAITS,
    (
        rf"(?:nach(?: dem| der| den)?|après(?: le| la| les)?|apres|depois d[aeo]s?|depois|após|"
        rf"despu[ée]s de(?:l| la| las| los)?|dopo(?: il| la| le)?|pasando(?: el| la| las| los)?|"
        rf"passad[oa]s?(?: o| a| os| as)?|tras(?: el| la| las| los)?){TIME_AHEAD}",
        "after",
    ),
    # Romanian "până după Paște", "nu înainte de martie": only before a month or a holiday, so
    # "după amiază" (afternoon) and "înainte de interviu" stay as they are
    (rf"(?:până|pana) (?:după|dupa){TIME_AHEAD}", "until after"),
    (rf"(?:după|dupa){TIME_AHEAD}", "after"),
    (rf"nu (?:înainte|inainte) de{TIME_AHEAD}", "not before"),
    (rf"(?:înainte|inainte) de{TIME_AHEAD}", "before"),
    # Bulgarian "след лятната ваканция", "до средата на септември", "до края на януари"
    (rf"след{TIME_AHEAD}", "after"),
    (rf"до средата на{FOREIGN_AHEAD}", "until the middle of"),
    (rf"до края на{FOREIGN_AHEAD}", "until the end of"),
    (rf"до{FOREIGN_AHEAD}", "until"),
    # Ukrainian and Russian "після 7 січня", "после марта"; "з/від/с березня" (from March)
    (rf"(?:після|пiсля|после){TIME_AHEAD}", "after"),
    (rf"(?:з|із|від|вiд|с|со){FOREIGN_AHEAD}", "from"),
    (rf"(?:у|в|во){FOREIGN_AHEAD}", "in"),
    # Dutch "na de zomer": the article goes with "after", as "nach den" does
    (rf"(?:po|na(?: de| het)?){FOREIGN_AHEAD}", "after"),
    (
        rf"(?:bis(?: zum| zur)?|jusqu'à(?: la| le)?|jusqu'au|jusqu'en|jusqu'a|até(?: o| a)?|"
        rf"hasta(?: el| la)?|fino a(?:l|lla)?|până (?:la|în|pe)|pana (?:la|in|pe)){TIME_AHEAD}",
        "until",
    ),
    # Italian "fino alla fine di gennaio": until the end of the month
    (rf"fino alla fine di{TIME_AHEAD}", "until the end of"),
    (rf"do{FOREIGN_AHEAD}", "until"),
    # Dutch "tot 1 april", "tot april": no English word, so before a day or an English-spelt month too
    (rf"tot{TIME_AHEAD}", "until"),
    # Swedish "efter", "t.o.m.", "till", "förrän"; Indonesian "habis", "setelah"; Tagalog
    # "pagkatapos ng", "hanggang" - only before a month or a holiday
    (
        rf"(?:efter|habis|abis|setelah|sesudah|sehabis|pagkatapos(?: na lang| muna| na)?(?: ng)?|"
        rf"pag-?katapos(?: na lang| muna| na)? ng){TIME_AHEAD}",
        "after",
    ),
    (
        rf"(?:t\.o\.m\.?|till och med|tills?|fram till|sampai|sampe|hingga|hanggang(?: sa)?){TIME_AHEAD}",
        "until",
    ),
    (r"förrän", "until"),
    # Vietnamese: "đợi qua Tết", "sau Tết" - before a holiday only
    (rf"(?:đợi qua|đợi sau|chờ qua|chờ sau|sau khi|sau|qua|ra|hết){TIME_AHEAD}", "after"),
    (r"lương tháng 13|thưởng tết", "bonus"),
    (rf"(?:i|från|på|bulan|sa){FOREIGN_AHEAD}", "in"),
    (rf"(?:dès|à partir de|a partir de(?:l)?|a partir do|vanaf){TIME_AHEAD}", "from"),
    (rf"(?:ab|od){FOREIGN_AHEAD}", "from"),
    (rf"(?:im|en|em|w|a|no|v|ve){FOREIGN_AHEAD}", "in"),
    (rf"(?:avant(?: le| la)?|antes d[eoa]l?|przed){TIME_AHEAD}", "before"),
    # "pas avant la fin de mon préavis": a refusal before any event, not only a month
    (
        r"(?:ne \w+ )?pas avant(?= (?:la|le|les|l'|mon|ma|mes|son|sa|ses|notre|leur|d'|de)\b)",
        "not before",
    ),
    # "finalement ..." (French), "finalmente ..." (Spanish, Portuguese, Italian): a change of plan
    (r"finalement|en fin de compte|finalmente", "finally"),
    # "appelle-moi tout de suite", "écrivez-moi dès maintenant": come now
    (
        r"(?:r?appelle|r?appelez|r?appelles|écris|ecris|écrivez|ecrivez|texte|textez)[- ]moi "
        r"(?:tout de suite|dès maintenant|des maintenant|maintenant|au plus vite|asap)",
        "call me right away",
    ),
    # "pas avant mars", "pus avant Pâques" (Québec): a refusal before a month or a holiday
    (rf"(?:ne \w+ )?(?:pas|pus|rien) avant{TIME_AHEAD}", "not before"),
    # Dutch "na de jaarafsluiting eind maart": after an event, its month said with it
    (r"\bna (?:afloop van )?(?:de|het)(?= \w+ (?:eind|begin|half|medio|in) )", "after the"),
    # an event reported done, with its month: "mon bonus a été versé fin mars", "s'est terminé"
    (r"(?:a|ont) été (?:versée?s?|payée?s?|réglée?s?)", "was paid"),
    (
        r"(?:s'est|se sont) (?:terminée?s?|achevée?s?|finie?s?)|a pris fin|(?:est|sont) "
        r"(?:terminée?s?|finie?s?|achevée?s?)|(?:is|zijn|werd|was) (?:\w+ ){0,3}?afgerond",
        "ended",
    ),
    (rf"(?:vor|voor|prima d[ie]l?){FOREIGN_AHEAD}", "before"),
    (
        r"(?:fin|fim de|finales de|final de|ende|końca|konca|eind|fine)(?= (?:de |d'|di )?(?:"
        rf"{MONTH_WORDS}|{MAY_AFTER_PREP})\b)",
        "the end of",
    ),
    # "rien avant la fin des Fêtes": the holiday's end, read as the English "the end of Christmas"
    (r"(?:la )?fin(?: de| du)?(?= (?:des f[êe]tes|no[ëe]l|p[âa]ques|ramadan)\b)", "the end of"),
    (
        r"(?:début|debut|anfang|principios de|início de|inicio de)(?= (?:de |d')?(?:"
        rf"{MONTH_WORDS}|{MAY_AFTER_PREP})\b)",
        "early",
    ),
    (
        "(?:"
        + "|".join(f"(?<={w} )" for w in "im ab bis nach vor ende anfang mitte en em".split())
        + f"){MAY_AFTER_PREP}",
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
        r"beschikbaar|disponibile|libre|dispo)",
        "i'm available",
    ),
    # "je suis libre tout de suite", "disponible immédiatement": from the day said
    (r"tout de suite|imm[ée]diatement|dès maintenant|des maintenant", "right away"),
    # "le projet a été annulé": what was waited on called off
    (r"(?:a|ont) été annulée?s?|(?:est|sont) annulée?s?", "was cancelled"),
    # ... in Québec's words: "le projet est tombé", "le mandat a sauté"
    (
        r"(?:(?<=projet )|(?<=contrat )|(?<=mandat )|(?<=chantier )|(?<=dossier )|(?<=poste ))(?:est tomb[ée]e?|a saut[ée]|a foir[ée])",
        "fell through",
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
