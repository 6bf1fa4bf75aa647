"""German cue phrases beyond ``reading.foreign``'s own: dates written the German way ("bis
31.01.", "frei ab 01.04.", "zum 30.06.2027") rewritten as a day and a month name, a period told
as over ("Elternzeit war bis Ende Juni"), and travel limits ("keine Reisetätigkeit mehr",
"höchstens 1 Tag im Monat vor Ort").

``reading.foreign`` puts these tables in front of its own. A date is a day and a month with the
dot after the month (or a year after it), so "1.5 Jahre" or a version number is no date.
"""

from __future__ import annotations

import re

_EN_MONTHS = (
    "january february march april may june july august september october november december".split()
)
# "31.01.", "1.4.", "30.06.2027", "30.06.27": a day and a month, the month closed by a dot
# ... or a day's ordinal dot before a month's name ("13. Dezember": "13", its dot no full stop)
_DATE = (
    r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:(?:20)?\d{2}(?!\d))?|"
    r"(?:0?[1-9]|[12]\d|3[01])\.(?= (?:januar|jänner|februar|märz|maerz|april|mai|juni|juli|august|"
    r"september|oktober|november|dezember)\b)"
)


def date_words(text: str) -> str:
    """ "31.01." -> "31 january"; "30.06.2027" -> "30 june 2027"."""
    day, month, year = (re.split(r"\.", text.strip()) + [""])[:3]
    if not month:
        return str(int(day))  # "13." before a month's name: the day alone
    words = f"{int(day)} {_EN_MONTHS[int(month) - 1]}"
    if year:
        words += f" {year if len(year) == 4 else '20' + year}"
    return words


_DE_MONTHS = (
    r"(?:januar|jänner|jaenner|februar|feber|märz|maerz|april|mai|juni|juli|august|september|"
    r"oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sept?|okt|nov|dez)\.?"
)
# the holidays and seasons a German wait is set against ("vor Ostern", "vor den Sommerferien")
_DE_FEASTS = (
    r"(?:ostern|weihnachten|pfingsten|neujahr|silvester|fasching|karneval|"
    r"(?:sommer|herbst|oster|weihnachts|pfingst)ferien|sommer|herbst|frühjahr|fruehjahr|frühling)"
)
# a date, or a month with its day said before it ("13. Dezember", "1 März")
_WHEN = (
    rf"(?:(?:0?[1-9]|[12]\d|3[01])\.? {_DE_MONTHS}(?: \d{{4}})?|{_DATE}|{_DE_MONTHS}(?: \d{{4}})?)"
)
_READY = r"(?:verfügbar|verfuegbar|frei|wechselbereit|startklar|einsatzbereit)"

# Right after a month or a date ("ab März wieder melden"), each a fixed-width look-behind.
_AFTER_WHEN = (
    "(?:"
    + "|".join(
        f"(?<={m} )"
        for m in (
            *_EN_MONTHS,
            *"januar jänner februar märz maerz mai juni juli oktober dezember".split(),
        )
    )
    + r"|(?<=\d\. )|(?<=\d{4} ))"
)

# The English of an entry that is a date: ``reading.foreign`` puts the date's words in its place.
DATE = "{date}"

WAITS: tuple[tuple[str, str], ...] = (
    # a period reported over: "Elternzeit war bis Ende Juni", "die Probezeit lief bis März"
    (r"(?:war|waren|ging|lief|dauerte)(?: \w+)? bis(?: zum| zur)?", "was until"),
    (
        rf"(?:frei|verfügbar|verfuegbar|wechselbereit|startklar|einsatzbereit) ab(?: dem)?(?= {_DATE})",
        "available from",
    ),
    # the verb at the end: "ab 01.04. verfügbar", "frühestens ab Oktober frei"
    (rf"ab(?: dem| anfang| mitte| ende)?(?= {_WHEN} {_READY})", "available from"),
    # "bitte erst ab März wieder melden", "erst ab dem 01.04. wieder anrufen": not before then
    (
        rf"(?:bitte )?(?:frühestens|fruehestens|erst)(?: wieder)? ab(?: dem| anfang| mitte| ende)?(?= {_WHEN})",
        "not before",
    ),
    # an event with its day: "erst nach dem Fahrplanwechsel am 13. Dezember", "erst nach der
    # Umstellung im März": not before that day
    (
        rf"(?:bitte )?(?:frühestens|fruehestens|erst)(?: wieder)? nach(?: dem| der| den)?(?: [\w-]+)?"
        rf" (?:am|im|vom|zum)(?= {_WHEN})",
        "not before",
    ),
    # ... and the ask it ends with, closed there so a "not" in it governs nothing after it
    # ("- wir ziehen nach Hamburg um" is where they move, not a place refused)
    (
        rf"{_AFTER_WHEN}wieder (?:melden|anrufen|kontaktieren|schreiben)(?=\s*(?:[-–—,;]|$))",
        "get in touch then.",
    ),
    (rf"ab(?: dem)?(?= {_DATE})", "from"),
    (rf"bis(?: zum| einschließlich| einschliesslich)?(?= {_DATE})", "until"),
    (_DATE, DATE),
    # rest asked for a length of time: "bitte ein Jahr Ruhe", "erst mal ein halbes Jahr Ruhe"
    (r"(?:bitte |erst ?mal )?ein halbes jahr ruhe", "give me half a year"),
    (r"(?:bitte |erst ?mal )?(?:ein|1) jahr ruhe", "give me a year"),
    (r"(?:bitte |erst ?mal )?(?:ein(?:en)?|1) monat ruhe", "give me a month"),
    *(
        (rf"(?:bitte |erst ?mal )?(?:{word}) monate ruhe", f"give me {en} months")
        for word, en in (
            ("zwei|2", "two"),
            ("drei|3", "three"),
            ("vier|4", "four"),
            ("sechs|6", "six"),
        )
    ),
    # a period told as over, the participle last: "Probezeit am 30.09. bestanden", "Elternzeit
    # im März beendet" - a day in the past, no wait
    (
        rf"(?:am|im|zum|mit dem)(?= {_WHEN} (?:bestanden|überstanden|ueberstanden|vorbei|beendet|"
        r"abgeschlossen|erledigt|geschafft)\b)",
        "passed on",
    ),
    # "gern jederzeit melden", "jederzeit anrufen": no time to wait for
    (
        r"(?:gerne? )?jederzeit (?:wieder )?(?:melden|anrufen|kontaktieren|schreiben|ansprechen)",
        "get in touch any time",
    ),
    # notice handed in to a day: "habe zum 31.03. gekündigt", "hat zum 30.06. gekündigt"
    (
        rf"(?:habe|hab|hat|haben)(?: (?:ich|sie|er|wir))?(?: jetzt| schon| bereits)? zum(?= {_DATE} gekündigt)",
        "my notice runs until",
    ),
    (r"(?<=\d\. )gekündigt", "resigned"),
    (
        # "vorher kann ich nicht wechseln", "vorher will sie nicht weg": the verb before the "nicht"
        r"vorher (?:(?:kann|will|darf|möchte|moechte|werde|wird) (?:ich|sie|er|wir) )?(?:bitte )?"
        r"(?:nichts|keine anrufe|kein wechsel|keine gespräche|nicht)",
        "nothing before then",
    ),
    # Whitsun, which the holiday table lacks in German
    (r"pfingsten|pfingstferien", "whitsun"),
    # rest asked for as a span to give: "gebt mir ein Jahr", "geben Sie ihr noch sechs Monate"
    (
        r"(?:gebt|geben sie|gib) (?:mir|ihr|ihm|uns) (?:noch |erst ?mal )?ein halbes jahr",
        "give me half a year",
    ),
    (
        r"(?:gebt|geben sie|gib) (?:mir|ihr|ihm|uns) (?:noch |erst ?mal )?(?:ein|1) jahr",
        "give me a year",
    ),
    *(
        (
            rf"(?:gebt|geben sie|gib) (?:mir|ihr|ihm|uns) (?:noch |erst ?mal )?(?:{word}) monate",
            f"give me {en} months",
        )
        for word, en in (
            ("zwei|2", "two"),
            ("drei|3", "three"),
            ("vier|4", "four"),
            ("sechs|6", "six"),
        )
    ),
    # "vor Ostern geht bei mir nichts": not before a month or a holiday (the "vor" of a date
    # told, "vor Ostern gewechselt", stays "before")
    (
        rf"vor(?=\s+(?:dem |der |den )?(?:{_DE_MONTHS}|{_DE_FEASTS})\s+(?:geht|läuft|laeuft|passiert|wird)\s+"
        r"(?:bei (?:mir|ihr|ihm|uns)\s+|da\s+)?(?:gar\s+|leider\s+|erst ?mal\s+|wohl\s+)?nichts\b)",
        "not before",
    ),
    # ... and the "nothing" itself, which the typo corrector would take for "nights"
    (
        r"(?:geht|läuft|laeuft|passiert|wird) (?:bei (?:mir|ihr|ihm|uns) |da )?(?:gar |leider |erst ?mal |wohl )?"
        r"nichts",
        "nothing doing",
    ),
)

WORDS: tuple[tuple[str, str], ...] = (
    # travel: "keine Reisetätigkeit mehr", "Reisebereitschaft 50-60% ok"
    (
        r"reiset[äa]tigkeit(?:en)?|reisebereitschaft|dienstreisen|gesch[äa]ftsreisen|reisen",
        "travel",
    ),
    # "ich habe nichts gegen Reisen": no objection (not a misspelt "nights")
    (r"nichts (?:dagegen|gegen)", "nothing against"),
    (
        r"(?:kommt|kommen) (?:für (?:mich|ihn|sie|uns) )?(?:derzeit |momentan |aktuell |gerade |im moment |"
        r"zurzeit )?(?:nicht|gar nicht|überhaupt nicht) (?:in frage|infrage)",
        "is out of the question",
    ),
    (r"h[öo]chstens|maximal", "at most"),
    # a share said as a part of the time: "Reisen bis zur Hälfte der Zeit", "ein Drittel der Zeit"
    (r"(?:bis zu[rm]? )?(?:der )?h[äa]lfte der (?:zeit|arbeitszeit)", "up to 50 %"),
    (r"(?:bis zu[rm]? )?(?:einem |ein )?drittel der (?:zeit|arbeitszeit)", "up to 33 %"),
    (r"(?:bis zu[rm]? )?(?:einem |ein )?viertel der (?:zeit|arbeitszeit)", "up to 25 %"),
    (r"(?:ist |sind |war |wäre |waere )?in ordnung|(?:ist |sind |war )?okay", "is fine"),
    # too much, told after the thing: "50 % Reisetätigkeit war ihm zu viel" (and "quer durch
    # Sachsen", across it, is no Portuguese "quer", wants)
    (
        r"(?:war|wäre|waere|wären|waeren|ist|sind|waren) (?:ihm|ihr|mir|uns|ihnen)? ?zu viel",
        "was too much",
    ),
    (r"quer durch", "across"),
    # needing a kind of job: "braucht Vollzeit", "ich brauche eine Vollzeitstelle" (not "die S-Bahn
    # braucht 20 Minuten", a time)
    (
        r"(?:braucht|brauche|benötigt|benoetigt)(?: eine| einen| ein)?(?= (?:vollzeit|teilzeit|"
        r"festanstellung|unbefristet|homeoffice|home-office|remote))",
        "needs",
    ),
    (r"vollzeitstelle|vollzeitjob|vollzeit-job", "full time"),
    # work mode: "nur noch Homeoffice", "will wieder täglich ins Büro"
    (
        r"(?:100 ?%|komplett|vollständig|vollstaendig|ausschließlich|ausschliesslich|rein|voll) "
        r"(?:im )?(?:homeoffice|home-office|home office|remote|mobil(?:es arbeiten)?)",
        "fully remote",
    ),
    (r"(?:im )?(?:homeoffice|home-office)|mobiles arbeiten|mobil arbeiten", "working from home"),
    (
        r"(?:täglich|taeglich|jeden tag|an allen tagen|fünf tage|5 tage) (?:ins|im) b[üu]ro",
        "in the office every day",
    ),
    # days counted in words: "zwei Tage Homeoffice", "drei Tage im Büro"
    *(
        (
            rf"{word} tage?(?= (?:im |ins |pro |die |in der |je )?(?:homeoffice|home-office|b[üu]ro|woche|vor ort))",
            f"{n} days",
        )
        for word, n in (("ein(?:en)?", 1), ("zwei", 2), ("drei", 3), ("vier", 4), ("fünf|fuenf", 5))
    ),
    # ... and in figures: "mind. 2 Tage Homeoffice", "3 Tage im Büro"
    (
        r"tage?(?<=\d tage)(?= (?:im |ins |pro |die |in der |je )?(?:homeoffice|home-office|b[üu]ro|woche|"
        r"vor ort))|tage?(?<=\d tag)(?= (?:im |ins |pro |die |in der |je )?(?:homeoffice|home-office|b[üu]ro|"
        r"woche|vor ort))",
        "days",
    ),
    # what it does to them: "Homeoffice macht ihn einsam"
    (
        r"macht (?:mich|ihn|sie) (?:so |total |richtig )?(?:einsam|fertig|unglücklich|ungluecklich|"
        r"verrückt|verrueckt|krank)",
        "makes him lonely",
    ),
    (r"fr[üu]h(?:e)?stens|fruehestens", "at the earliest"),
    (r"vor ort|beim kunden", "at the client"),
    (r"tage?(?= (?:im|pro|je) monat)", "day"),
    (r"lieber", "prefers"),
)
WORDS += (
    # residence: a settlement permit is the right to work; one tied to the employer needs help
    (
        r"niederlassungserlaubnis|daueraufenthalt(?:-eu)?|aufenthaltstitel unbefristet|unbefristete[rn]? "
        r"aufenthalt\w*",
        "permanent residence, has the right to work",
    ),
    (
        r"br[äa]uchte (?:unterst[üu]tzung|sponsoring|ein visum)(?: vom (?:neuen )?arbeitgeber)?|"
        r"braucht (?:ein )?(?:visa-?)?sponsoring",
        "would need sponsorship",
    ),
    # moving
    (
        r"umzug (?:ausgeschlossen|kommt nicht in frage|kommt nicht infrage)",
        "relocation is out of the question",
    ),
    (r"w[üu]rde(?: \w+){0,7}? umziehen", "would relocate"),
    # leading people or staying at the machine
    (
        r"(?:will|m[öo]chte) (?:jetzt |endlich )?(?:mehr )?(?:verantwortung|f[üu]hrungsverantwortung|"
        r"personalverantwortung|mitarbeiterf[üu]hrung|personalf[üu]hrung)(?: und "
        r"(?:ein|eigenes) team)?",
        "wants to lead a team",
    ),
    (
        r"(?:will|m[öo]chte) (?:schrauber|an der maschine|fachkraft|mechaniker|techniker|facharbeiter|"
        r"in der fertigung) bleiben",
        "wants to stay hands-on",
    ),
    # a group against a family firm
    (r"(?:will )?weg vom konzern", "wants to get away from big corporates"),
    (
        r"(?:inhabergef[üu]hrte[sn]? |familiengef[üu]hrte[sn]? )?familienunternehmen|"
        r"inhabergef[üu]hrt\w*|familiengef[üu]hrt\w*",
        "a family-owned small company",
    ),
)

# Phrases that begin with a one-word cue of ``reading.foreign`` ("nur"): read before it.
CUES: tuple[tuple[str, str], ...] = (
    # nights away: "keine Übernachtungen"
    (r"(?:auswärts)?(?:übernachtungen|uebernachtungen|übernachtung|uebernachtung)", "overnights"),
    # flying refused with the verb first as German puts it: "fliegen tu ich (beruflich) nicht mehr",
    # "fliegen will er nie wieder"
    (
        r"(?:fliegen|flüge|fluege|flieger) (?:tu|tue|tut|will|mag|möchte|moechte|mache|macht) (?:ich|er|sie)"
        r"(?: (?!nicht\b|nie\b)[\wäöüß-]+){0,3}? (?:nicht mehr|nie wieder|nie mehr|keinesfalls)(?! als\b)",
        "won't fly any more",
    ),
    # a flat no said after the object: "Dienstreisen generell nein"
    (r"(?:generell|grundsätzlich|grundsaetzlich|prinzipiell|kategorisch) nein", "is a hard no"),
    # the object first, wanted no more: "CATIA will er nicht mehr.", "Azure will ich nicht
    # anfassen" (not "will ich nicht mehr reisen", where the verb follows and the older entry reads it)
    (
        r"(?:will|möchte|moechte|mag) (?:ich|er|sie) (?:(?:nicht mehr|nie wieder|nie mehr)(?: (?:anfassen|"
        r"machen|nutzen|benutzen|einsetzen|sehen))?|nicht (?:anfassen|nutzen|benutzen|einsetzen))"
        r"(?=\s*(?:[.!;,–—-]|$))",
        "never again",
    ),
    # "will weg von Java": away from it
    (
        r"(?:will|möchte|moechte|wollen|möchten|moechten) (?:(?:unbedingt|endlich|dringend|gerne?) )?weg von",
        "wants to move away from",
    ),
    # German "will" is wants, said hard: "will endlich Kotlin produktiv einsetzen", "will explizit
    # Azure lernen" ("möchte" is read as wants already)
    (
        r"will (?:endlich|explizit|unbedingt|wirklich|dringend)",
        "really wants",
    ),
    # the object first, as German puts it: "Rufbereitschaft mache ich nicht mehr", "Dienstreisen tut
    # er sich nie wieder an" (not "nicht mehr als eine Woche", a cap)
    (
        r"(?:mache|mach|macht|tue|tu|tut) (?:ich|er|sie) (?:mir |sich )?(?:nicht mehr|nie wieder|nie mehr|"
        r"keinesfalls mehr)(?! als\b)(?: an\b| mit\b)?",
        "never again",
    ),
    # standby around the clock or all the time: "24/7-Rufbereitschaft", "ständige Bereitschaft"
    (
        r"(?:\d{1,2}/\d|ständige|staendige|dauernde|permanente|dauerhafte)[- ]?(?:ruf)?bereitschaft",
        "constant on-call",
    ),
    # why they left or pulled out: "Hauptwechselgrund: ...", "zurückgezogen wegen ..."
    (
        r"(?:haupt)?wechselgrund|hauptgrund für den wechsel|hauptgrund fuer den wechsel",
        "reason for leaving",
    ),
    (r"(?:zurückgezogen|zurueckgezogen) wegen", "withdrew because of"),
    # "nur noch Homeoffice": only, from now on (not "only still")
    (r"nur noch", "only"),
    # before the one-word "keine": "will keine Personalverantwortung"
    (
        r"keine (?:f[üu]hrung(?:sverantwortung|saufgaben?)?|personalverantwortung|mitarbeiterf[üu]hrung|"
        r"personalf[üu]hrung)",
        "not interested in management",
    ),
    # "will wieder täglich ins Büro": German "will" is wants
    (
        r"(?:will|m[öo]chte|moechte) wieder(?= (?:t[äa]glich|jeden tag|ins|im|zur[üu]ck))",
        "wants to be back",
    ),
    (r"nur (?:ein(?:en)? )?(?:gro(?:ß|ss)e[rn]? )?konzern(?:e|en)?", "only big corporates"),
    # "ich möchte nicht mehr reisen", "will keine Nachtschicht mehr": no longer (not "nicht mehr
    # als 20 %", a cap, nor "nichts gegen Reisen")
    (
        r"(?:m[öo]chte|will|mag|werde|kann)(?: (?:ich|er|sie|eigentlich|wirklich|einfach))? nicht mehr(?! als\b)",
        "no longer wants to",
    ),
)
