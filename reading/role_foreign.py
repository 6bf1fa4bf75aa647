"""A role's text in Spanish, Portuguese, German, Polish or Taglish, put into the English the
role rules of ``reading.role_facts`` are written against.

Openings abroad state their terms in the local language ("Escala 6x1, inclui domingos",
"Drei-Schicht-System", "praca zmianowa", "Kein Visa-Sponsoring möglich", "Contrato por tiempo
indeterminado", "Homeoffice an 2 Tagen", "Werksbus", "Familienunternehmen"). Like
``reading.foreign`` for notes, this is no translator: a table of the words that carry a role's
terms (schedules, travel, sponsorship, contract kinds, work mode, staff transport, company kind,
pay period) maps each onto the English cue the role rules know, and the rest is left alone. The
notes' own table (``reading.foreign.phrases``) then does the common words ("kein" -> "no",
"domingos" -> "sunday", "brutos mensuales" -> "gross a month").

The role table goes first: its phrases are longer and more particular ("umowa o pracę na czas
określony" is a fixed term, though "umowa o pracę" alone is a permanent seat). A role with none
of its words is not rewritten at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reading import foreign_cjk, foreign_contracts, foreign_role_terms
from reading.foreign import phrases

_N = r"(?:[1-5]|one|two|three|four|zwei|drei|vier|dos|tres|cuatro|dois|duas|três|quatro|jeden|dwa|dwie|trzy|cztery)"
_NUMBERS = {
    "zwei": "2", "drei": "3", "vier": "4", "dos": "2", "tres": "3", "cuatro": "4", "dois": "2",
    "duas": "2", "três": "3", "quatro": "4", "jeden": "1", "dwa": "2", "dwie": "2", "trzy": "3",
    "cztery": "4",
}  # fmt: skip
_OFFICE = (
    r"(?:im (?:werk|büro|buero|office|betrieb)|vor ort|in der firma|en (?:la )?oficina|"
    r"en sitio|presencial(?:es)?|no escrit[óo]rio|na empresa|w biurze|w siedzibie|sa office|onsite)"
)
_DAYS_WORD = r"(?:tage?n?|d[íi]as|dni|araw)"
_WEEK_WORD = r"(?:pro woche|die woche|in der woche|wöchentlich|a la semana|por semana|na semana|w tygodniu|a week)"
_HOME = r"(?:home ?office|homeoffice|mobile[sn]? arbeiten|trabajo remoto|remoto|remote|zdalnie|wfh)"

# (pattern, English): matched case-insensitively as whole words, left to right.
_TABLE: tuple[tuple[str, str], ...] = (
    *foreign_role_terms.ROLES,  # nights away, travel by the week, managing, terms' lengths
    # --- work mode: the days at home make the rest office days -----------------------------
    (
        r"(?:100 ?%|full|total|completamente|totalmente) ?(?:home ?office|homeoffice|remoto|zdaln\w+)|"
        r"(?:home ?office|homeoffice) (?:100 ?%|total|completo)|"
        r"(?:praca|trabalho|trabajo) (?:w pełni |100% |totalmente |completamente )?(?:zdalna|remoto|remota)|"
        # "work from home" as the whole offer; not "work from home two days a week" (hybrid, read
        # by the office days) nor "work from home allowance" (kit for the days at home)
        r"work from home(?! (?:(?:one|two|three|four|[1-4]|a|a couple of|some|(?:\w+ )?or \w+) days?\b|"
        r"days?\b|(?:\w+ )?(?:allowance|stipend|equipment|kit|set-?up|budget)|on\b|mondays?|tuesdays?|"
        r"wednesdays?|thursdays?|fridays?|[1-4]\b|twice|once|part|occasionally|flexibility|options?|when|if|"
        r"after|as needed|by arrangement))|home[- ]based",
        "fully remote",
    ),
    (r"h[íi]brid[oa]|hybrydow\w*|hybride[sn]? arbeiten", "hybrid"),
    (r"(?:100 ?% )?presencial|stacjonarn\w+|praca w biurze|reines präsenz\w*", "on-site"),
    # --- schedules ------------------------------------------------------------------------
    (
        r"nachtschicht\w*|nachtarbeit|nachtdienst\w*|turnos? noctur?n[oa]s?|noctur?n[oa]s?|"
        r"turno da noite|madrugada|nocn[aey] zmian\w*|zmian\w* nocn\w*|nocki|panggabi",
        "night shift",
    ),
    (
        r"(?:drei|zwei|3|2)[- ]?schicht\w*|wechselschicht\w*|schichtarbeit|schichtbetrieb|schichtdienst|"
        r"schichtsystem|schichten|schicht|praca zmianowa|system zmianowy|zmianow\w+|(?:dwie|trzy|2|3) zmiany|"
        r"turnos? rotativos?|turnos? rotatorios?|horario rotativo|rol de turnos|turnos|"
        r"turnos de revezamento|revezamento|escala \d{1,2} ?x ?\d{1,2}|shifting schedule",
        "shifts",
    ),
    (r"nacht|nachts|noche|noches|noite|noites", "nights"),
    (
        r"wochenend\w*|sonn- und feiertag\w*|fines? de semana|fins? de semana|weekendy|w weekend\w*|"
        r"feriados|festivos|niedziele i święta",
        "weekends",
    ),
    (r"rufbereitschaft|bereitschaftsdienst\w*|guardias|sobreaviso|plant[ãa]o|dyżur\w*", "on-call"),
    (
        r"teilzeit|medio tiempo|tiempo parcial|media jornada|meio per[íi]odo|tempo parcial|"
        r"p[óo]ł etatu|niepełny etat|part ?time lang",
        "part-time",
    ),
    (r"pełny etat|pełen etat|cały etat|jornada completa", "full-time"),
    (r"überstunden|horas extras?|nadgodzin\w*", "overtime"),
    # --- contract kinds: the particular before the general -----------------------------------
    *foreign_contracts.ROLES,
    (
        r"umow\w* o pracę na (?:czas określony|okres próbny|zastępstwo)|na czas określony|"
        r"befristet\w*(?: auf \d+ monate)?|befristung|contrato temporal|contratos? temporales|"
        r"por tiempo determinado|por obra(?: determinada)?|contrato tempor[áa]rio|prazo determinado|"
        r"project[- ]based|projectbased|contractual",
        "fixed-term",
    ),
    (
        r"umow\w* o pracę(?: na czas nieokreślony)?|na czas nieokreślony|unbefristet\w*(?: arbeitsvertrag| anstellung)?|"
        r"direkteinstellung|festanstellung|por tiempo indeterminado|contrato indefinido|de planta|"
        r"contrataci[óo]n directa|n[óo]mina con imss|por n[óo]mina|efetiva[çc][ãa]o|contrata[çc][ãa]o efetiva|"
        r"carteira assinada|regime clt|\bclt\b|regulari[sz]ation|regular (?:employment|status|position|hire)|"
        r"direct hire",
        "permanent",
    ),
    (
        r"arbeitnehmerüberlassung|zeitarbeit|leiharbeit|personaldienstleister\w*|"
        r"(?:umow\w*|kontrakt|współprac\w*) b2b|b2b (?:contract|kontrakt)|na b2b|umow\w* zleceni\w*|"
        r"umow\w* o dzieło|(?:por|de|esquema de|pago por) honorarios|honorarios|"
        r"(?:regime|contrata[çc][ãa]o|modelo|como|via) pj",
        "contract role",
    ),
    # --- sponsorship ------------------------------------------------------------------------
    (
        r"visa-?sponsoring|visum-?sponsoring|patroc[íi]nio de vis[ao]s?|patrocinio de visas?|"
        r"patroc[íi]nio de vistos?|sponsorowani\w* wiz\w*",
        "visa sponsorship",
    ),
    (
        r"patrocinamos|patrocinar|patrocinio|patroc[íi]nio|sponsorujemy|sponsorować|sponsoring",
        "sponsor",
    ),
    (
        r"arbeitserlaubnis|aufenthaltserlaubnis|permiso de trabajo|permisos de trabajo|"
        r"autoriza[çc][ãa]o de trabalho|pozwoleni\w* na pracę",
        "work permit",
    ),
    (r"visum|wiz[aey]?|(?<=de )vistos?", "visa"),
    # --- negation words the role rules read before a term -----------------------------------
    (r"nie|n[ãa]o", "not"),
    (r"ohne|bez|sem|sin", "without"),
    (r"brak|walang|wala", "no"),
    (r"unterstützung bei|apoyo con|apoio com|pomoc w|pomagamy w", "support with"),
    (r"nicht möglich|no es posible|não é possível|nie jest możliw\w*", "not possible"),
    (r"möglich", "possible"),
    (r"ca\.|circa|etwa|aprox\.|aproximadamente|około|ok\.", "about"),
    # --- travel: a share of the time away ---------------------------------------------------
    (
        r"reiset[äa]tigkeit(?:en)?|reisebereitschaft|dienstreisen|gesch[äa]ftsreisen|viajes|viagens|"
        r"delegacj\w*|podróże służbowe|wyjazdy służbowe",
        "travel",
    ),
    (r"der (?:arbeits)?zeit|del tiempo|do tempo|czasu pracy|czasu", "of the time"),
    (
        r"(?:die )?h[äa]lfte der zeit|la mitad del tiempo|metade do tempo|połow\w* czasu",
        "half the time",
    ),
    (
        r"(?:eine|1) woche (?:im|pro) monat|una semana al mes|una semana por mes|uma semana por m[êe]s|"
        r"(?:jeden )?tydzień w miesiącu",
        "one week a month",
    ),
    # --- sectors a collector tells apart -----------------------------------------------------
    (
        r"apps? de pr[ée]stamos?(?: personales| en l[íi]nea)*|aplicaci[óo]n(?:es)? de pr[ée]stamos?|"
        r"apps? de empr[ée]stimos?|aplicativos? de empr[ée]stimos?|pr[ée]stamos en l[íi]nea|"
        r"aplikacj\w* pożyczkow\w*|chwilówk\w*|online lending apps?",
        "lending app",
    ),
    (r"para (?:una?|uma?)|für (?:eine[nm]?|ein)", "for a"),
    # --- staff transport --------------------------------------------------------------------
    (
        r"werksbus\w*|shuttlebus\w*|shuttle-?service|(?:darmowy )?(?:auto)?bus\w* pracownicz\w*|"
        r"dowóz (?:do pracy|pracowników)|transporte de personal|transporte fretado|fretado|"
        r"transporte (?:da|pela) empresa|libreng shuttle|shuttle service",
        "staff bus",
    ),
    # --- company kind and size --------------------------------------------------------------
    (
        r"familienunternehmen|familienbetrieb|inhabergeführt\w*|mittelständisch\w*|mittelstand|"
        r"empresa familiar|firma rodzinna|rodzinna firma",
        "family-owned",
    ),
    (
        r"dax[- ]?konzern|dax[- ]?unternehmen|gro(?:ß|ss)konzern|konzern|multinacional|korporacj\w*|"
        r"grand groupe|grande entreprise|multinationale|gran empresa|grandes empresas|groot concern|"
        r"grote onderneming|internationaal concern",
        "multinational",
    ),
    # a listed company: "beursgenoteerd", "börsennotiert", "coté en bourse", "cotizada en bolsa"
    (
        r"beursgenoteerde?|b[öo]rsennotiert\w*|cot[ée]e? en bourse|cotizada(?: en bolsa)?",
        "listed company",
    ),
    # a small firm: "een MKB-bedrijf", "une PME", "una pyme", "ein KMU", "Mittelständler"
    (
        r"(?:een |une |una |ein )?(?:mkb(?:-bedrijf)?|kmo|kmu|pme|pyme|mittelst[äa]ndler)(?!\w)|"
        r"familiebedrijf|entreprise familiale|petite entreprise|peque[ñn]a empresa",
        "a small company",
    ),
    (
        r"mitarbeite\w*|beschäftigte|empleados|colaboradores|funcion[áa]rios|pracownik\w*",
        "employees",
    ),
    # --- the pay's period -------------------------------------------------------------------
    (
        r"mensuales|mensual|al mes|por mes|por m[êe]s|mensais|mensal|miesięcznie|mies\.|/ ?mies|"
        r"im monat|pro monat|monatlich|/ ?monat|kada buwan|a buwan",
        "a month",
    ),
    (
        r"anuales|anual|al año|por año|ao ano|por ano|anuais|rocznie|im jahr|pro jahr|jährlich",
        "a year",
    ),
)
_COMPILED = tuple(
    (re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE), english)
    for pattern, english in _TABLE
)
# The days at home and the days in: "Homeoffice an 2 Tagen pro Woche", "2 días de home office",
# "3 Tage im Werk", "2 dni w biurze".
_HOME_DAYS = re.compile(
    rf"(?<!\w)(?:{_HOME}\W+(?:an |on |for |de |por |przez )?(?P<a>{_N})\W+{_DAYS_WORD}|"
    rf"(?P<b>{_N})\W+{_DAYS_WORD}\W+(?:(?:de|em|w|im|sa) )?{_HOME})(?:\W+{_WEEK_WORD})?(?!\w)",
    re.IGNORECASE,
)
_OFFICE_DAYS = re.compile(
    rf"(?<!\w)(?P<n>{_N})\W+{_DAYS_WORD}(?:\W+{_WEEK_WORD})?\W+{_OFFICE}(?!\w)", re.IGNORECASE
)
# A role with none of its words rewritten and none of these letters or words is English: the
# notes' table (``reading.foreign``) is not run over it.
_FOREIGN = re.compile(
    r"[äöüßñãõçąęłńśźżóáéíúåøæè]|\b(?:der|die|das|und|mit|oder|con|com|para|por|el|los|las|del|una|uma|"
    r"lub|oraz|ng|mga|po|clt|pj|b2b|homeoffice|vous|nous|nos|dans|semaine)\b"
    # an offer in Japanese, Korean or Chinese ("全程远程办公"): its terms in the notes' table too
    rf"|{foreign_cjk.SCRIPT}",
    re.IGNORECASE,
)


def _number(word: str) -> str:
    return _NUMBERS.get(word.lower(), word)


@lru_cache(maxsize=1024)
def english(text: str) -> str:
    """``text`` with its role terms in English, line for line; unchanged when it holds none."""
    if not text:
        return text
    said = text
    text = _HOME_DAYS.sub(lambda m: f"{_number(m['a'] or m['b'])} days a week from home", text)
    text = _OFFICE_DAYS.sub(lambda m: f"{_number(m['n'])} days a week in the office", text)
    for pattern, word in _COMPILED:
        text = pattern.sub(word, text)
    if text == said and not _FOREIGN.search(text):
        return text  # English: the notes' table is not run over it
    out, last = [], 0
    for start, end, word in phrases(text):
        out.append(text[last:start])
        out.append(word)
        last = end
    out.append(text[last:])
    return "".join(out)
