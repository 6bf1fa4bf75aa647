"""Sectors refused in Polish, Czech, Ukrainian and Romanian, rewritten into the English the rules
know (joined to them in ``reading.foreign_tables``): meat plants and slaughterhouses ("żadnych
zakładów mięsnych ani ubojni", "do masokombinátu ne", "на м'ясокомбінат не піду", "nu lucrez
în abator"), tobacco ("tabák", "тютюн"), and the Polish "won't work at" ("nie będzie pracować
przy ...") and "no ..." ("żadnych ...") around a sector.

"Żadnych" and "ani" are rewritten only before a sector word of this table or of
``reading.foreign_words`` ("żadnych nadgodzin" is read by the schedule tables), and "nie będzie
pracować" only with the place it refuses ("przy", "w", "dla", "na"): "nie będzie pracować w
weekendy" stays a weekend refusal for those tables to read.
"""

from __future__ import annotations

# the sector words this table's "no" and "or" stand before
_SECTOR = (
    r"(?:zakład\w* mięsn|zaklad\w* miesn|mięsn|miesn|ubojn|rzeźn|rzezn|przetwórstw\w* mięs|"
    r"przetworstw\w* mies|tytoń|tyton|tytoni|hazard|zbroje|alkohol|papieros)"
)

# ... and the words of the other three
_SECTOR_ANY = (
    r"(?:masokombin|masn|jatk|jatek|tabák|tabak|zbroj|hazard|alkohol|м['’]?ясо|мясо|бійн|бойн|тютюн|"
    r"табак|сигарет|зброй|abator|fabric\w* de carne|procesare|industria|tutun|țigăr|tigar|arme)"
)

WORDS: tuple[tuple[str, str], ...] = (
    # Polish: "won't work at / in / for" a place or a trade
    (
        r"nie (?:będzie|bedzie|będę|bede) (?:pracować|pracowac|pracował|pracowała|pracowal|pracowala)"
        rf"(?: (?:przy|w|we|dla|na))(?= (?:[\w-]+ )?{_SECTOR})",
        "won't work in",
    ),
    # Czech, Ukrainian and Romanian: "won't / doesn't want to work in" a trade
    (
        r"(?:nechce|nechci|nebude|nebudu) pracovat (?:v|ve|na|pro)|"
        r"(?:не працюватиму|не працюватиме|не буду працювати|не буде працювати|не хоче працювати|"
        r"не хочу працювати) (?:на|в|у|з|для)|не піду (?:на|в|у)|"
        r"(?:nu (?:mai )?lucrez|nu (?:mai )?lucrează|nu (?:mai )?vreau să lucrez|nu (?:mai )?vrea să "
        r"lucreze|nu (?:mai )?vreau sa lucrez) (?:în|in|la|pentru)"
        rf"(?= (?:[\w'’-]+ )?{_SECTOR_ANY})",
        "won't work in",
    ),
    (
        rf"(?:żadnych|zadnych|żadnej|zadnej|żadnego|zadnego|żadne|zadne)(?= (?:[\w-]+ )?{_SECTOR})",
        "no",
    ),
    (rf"ani(?= (?:[\w-]+ )?{_SECTOR})", "or"),
    # meat: the plants, processing and slaughterhouses
    (
        r"(?:zakład\w*|zaklad\w*|fabryk\w*|firm\w*) (?:mięsn\w*|miesn\w*)|"
        r"przetwórstw\w* (?:mięs\w*|mies\w*)|przetworstw\w* mies\w*|"
        r"masokombinát\w*|masokombinat\w*|masn\w* (?:závod\w*|zavod\w*|průmysl\w*|prumysl\w*)|"
        r"м['’]?ясокомбінат\w*|м['’]?ясопереробн\w*|мясокомбинат\w*|"
        r"fabric\w* de (?:carne|mezeluri)|procesare\w* (?:cărnii|carnii)|industria (?:cărnii|carnii)",
        "meat plants",
    ),
    (
        r"ubojni\w*|ubojnia|rzeźni\w*|rzezni\w*|jatk\w*|jatek|бійн\w*|бойн\w*|abator\w*",
        "slaughterhouses",
    ),
    (r"(?:mięsn\w*|miesn\w*)(?= (?:zakład|zaklad|fabryk|przemysł|przemysl|branż|branz))", "meat"),
    # tobacco and cigarettes
    (
        r"tabák\w*|тютюн\w*|табак\w*|papieros\w*|cigaret(?:y|ách|ach|ám|am)|сигарет\w*|țigăr\w*|"
        r"tigări\w*|tigari\w*",
        "tobacco",
    ),
)
