"""The words of other languages for schedules, work mode, contracts, sectors, pay and the commute,
with the English each is rewritten into ("Tagessatz" -> "day rate", "Homeoffice" -> "remote",
"umowa o pracę" -> "permanent", "cansado de" -> "tired of").

Part of ``reading.foreign``'s table; its rules hold here.
"""

from __future__ import annotations

from reading import (
    foreign_arabic,
    foreign_cjk,
    foreign_cjk_dates,
    foreign_cjk_hours,
    foreign_cjk_wants,
    foreign_contracts,
    foreign_hebrew,
    foreign_japanese_terms,
    foreign_korean_terms,
    foreign_sea,
)
from reading.foreign_tables import tables

# Schedule, mode, contract, sector, pay and commute words.
WORDS: tuple[tuple[str, str], ...] = (
    *tables("WORDS"),
    *foreign_hebrew.WORDS,
    *foreign_japanese_terms.WORDS,  # before the CJK table: whole constructions of terms
    *foreign_korean_terms.WORDS,
    *foreign_cjk.WORDS,
    *foreign_cjk_hours.WORDS,
    *foreign_cjk_dates.WORDS,
    *foreign_cjk_wants.WORDS,
    *foreign_sea.WORDS,
    *foreign_arabic.WORDS,
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
    # the office by its German name: "ein Tag pro Woche im Büro", "drei Tage Büro sind okay"
    # (only after a count of days: "Anrufe im Büro" are calls at work, "Rest im Büro" no count)
    (r"(?:pro|die|in der) woche (?:im|ins) (?:büro|buero)", "a week in the office"),
    (r"(?<=tage )(?:im |ins )?(?:büro|buero)", "in the office"),
    # work mode
    (
        r"t[ée]l[ée]travail (?:complet|total|à 100 ?%)|full t[ée]l[ée]travail|100 ?% t[ée]l[ée]travail|"
        r"100 ?% remoto|remoto total|totalmente remoto|100 ?% zdalnie|volledig thuis",
        "fully remote",
    ),
    # "100% TT": the French notes' shorthand for télétravail, only with its share
    (r"100 ?% (?:de )?tt", "fully remote"),
    (r"t[ée]l[ée]travail|remoto|zdalnie|praca zdalna|thuiswerken|lavoro da remoto", "remote"),
    # "je veux du présentiel", "sur site 5 jours par semaine"
    (
        r"(?:je |elle |il )?(?:veux|veut|voudrais|voudrait|souhaite|cherche|préfère|prefere) (?:du |le |un poste en )?"
        r"pr[ée]sentiel",
        "wants on-site",
    ),
    (r"(?:du |en )?pr[ée]sentiel|(?<=travaillerez )sur site|100 ?% sur site", "on-site"),
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
    # detention for the state or for profit: "centros de detención de inmigrantes", "cárceles
    # privadas"; and the whole of the rest taken but that ("cualquier cosa menos ...")
    (
        r"centros? de detenci[óo]n(?: de (?:inmigrantes|migrantes|extranjeros))?|"
        r"centros? de detenç[ãa]o(?: de (?:imigrantes|migrantes))?|c[áa]rceles privadas|pris[õo]es privadas",
        "detention centers",
    ),
    (r"cualquier cosa menos|lo que sea menos|qualquer coisa menos|tudo menos", "anything but"),
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
    # travel in French, Spanish and Portuguese: "ne veux plus voyager", "fini les nuits à
    # l'hôtel", "no vuelo", "pánico a los aviones", "não quero mais viajar a trabalho"
    (
        r"nuits? (?:à l'|a l'|d')h[ôo]tel|d[ée]couchers?|noches (?:fuera|de hotel)|noites fora",
        "nights away",
    ),
    (
        r"voyager|voyages? d'affaires|d[ée]placements?(?: professionnels)?|viajar|viajes? de (?:trabajo|"
        r"negocios)|viagens? (?:a|de) (?:trabalho|negócios|negocios)",
        "travel",
    ),
    (
        r"(?:prendre )?l'avion|avions|aviones|avi[õo]es|vuelos?|\bvolar\b|\bvoar\b|\bvoos\b",
        "flying",
    ),
    (r"(?:p[áa]nico|miedo|terror) (?:a|de) (?:los |el )?", "afraid of "),
    (r"\bno vuelo\b", "won't fly"),
    # the cues said with them: "ne veux plus", "fini les", "não quero mais", "me encanta"
    # (only before a verb of work or travel: "ne veux plus être contacté" is a stop, read as one
    # by the stop tables)
    (
        r"(?:je |il |elle )?ne (?:veux|veut|souhaite) plus(?= (?:voyager|faire|passer|toucher|"
        r"travailler|partir|prendre|bosser)\b)",
        "won't",
    ),
    (r"fini(?:es)? les", "no more"),
    (r"n[ãa]o (?:quero|quer) mais", "won't"),
    (r"no (?:puede|puedo)(?= viajar)|n[ãa]o (?:pode|posso)(?= viajar)", "can't"),
    (r"(?:me|le|les) encanta|j'adore", "loves"),
    # contract: Polish here, the other languages' kinds and their refusals in a module of their own
    (r"umowa na czas określony", "fixed term"),
    (r"umow[aęy] o prac[ęe]|umowa o prace|\buop\b", "permanent"),
    (r"freiberuflich|autónomo|autonomo", "freelance"),
    *foreign_contracts.NOTES,
)
