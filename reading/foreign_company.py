"""A company's size and stage said in Dutch, German, French or Spanish, in a person's note: the
small firm ("MKB", "KMU", "PME", "pyme", "Mittelständler"), the family firm ("familiebedrijf",
"entreprise familiale", "empresa familiar"), the group ("Konzern", "grand groupe", "gran
empresa", "groot concern", "multinationale"), the listed company ("beursgenoteerd",
"börsennotiert", "coté en bourse", "cotizada"). Each maps onto the English the company table
(``reading.terms_employer.COMPANY``) reads; the cue around it ("liever", "plus de", "nada de")
is the notes' own table's (``reading.foreign``).
"""

from __future__ import annotations

WORDS: tuple[tuple[str, str], ...] = (
    # a group, a multinational, a large company
    (
        r"(?:gro(?:ß|ss))?konzern(?:e|en)?|gro(?:ß|ss)unternehmen|grands? groupes?|"
        r"grandes? entreprises?|gran(?:des?)? empresas?|gran(?:des)? compañ[íi]as?|multinationales?|"
        r"multinacional(?:es)?|groot concern|grote concerns?|grote bedrijven|groot bedrijf|"
        r"corporates? wereld|korporacj(?:a|i|ę|e|ach|om|ami)|korpo(?:raty)?(?!\w)",
        "large companies",
    ),
    # Polish: a big, stable firm ("szuka dużej, stabilnej firmy", "chce do dużej firmy")
    (
        r"du(?:ż|z)(?:ej|a|ą|a|ych|e),? (?:stabiln(?:ej|a|ą|ych|e) )?(?:firm(?:y|a|ę|ie|ach)?|"
        r"spół(?:ek|ki|ka|kę)|spol(?:ek|ki|ka|ke)|przedsiębiorstw(?:a|o)?)",
        "a large established company",
    ),
    # Polish: a startup ("chce do startupu")
    (r"start-?up(?:u|ie|ów|ow|y|em)?", "a startup"),
    # a listed company
    (
        r"beursgenoteerde?(?: bedrijven| bedrijf| onderneming(?:en)?)?|b[öo]rsennotiert\w*|"
        r"cot[ée]e?s? en bourse|cotizadas?(?: en bolsa)?",
        "large listed companies",
    ),
    # a family firm
    (
        r"familiebedrijf|familiebedrijven|entreprises? familiales?|empresas? familiar(?:es)?|"
        r"familienbetrieb\w*",
        "a family-owned small company",
    ),
    # a small or mid-sized firm
    (
        r"(?:het )?mkb(?:-bedrijf|-bedrijven)?|kmo'?s?|kmu|pmes?|pymes?|mittelst[äa]ndler\w*|"
        r"mittelst[äa]ndische\w*(?: unternehmen)?|(?:den |im |zum )?mittelstand|petites? entreprises?|"
        r"peque[ñn]as? empresas?|kleine bedrijven|klein bedrijf",
        "small companies",
    ),
    # a small studio or shop, as games and agency people say it: "les petits studios
    # indépendants", "une petite boîte", "pequeños estudios independientes"
    (
        r"petit(?:e|s|es)? (?:studios?|bo[iî]tes?|structures?|agences?)(?: ind[ée]pendant(?:e|s|es)?| ind[ée]s?)?|"
        r"studios? ind[ée]pendants?|studios? ind[ée]s?|peque[ñn](?:o|a|os|as) (?:estudios?|agencias?)"
        r"(?: independientes?)?|estudios? independientes?",
        "small studios",
    ),
)

# The company words above, after an article, for the cues below to stand before.
_CO = (
    r"(?= (?:(?:nu|nog|echt|ook|alleen|jetzt|auch|nur|eher|maintenant|plut[ôo]t|seulement|ahora|"
    r"tambi[ée]n|solo|s[óo]lo) )?(?:(?:het|een|une?|la|le|les|el|los|las|una?|der|die|den|dem|ein(?:en|em)?|im|zum|"
    r"naar (?:een|het)|bij (?:een|het)|in (?:een|het|der|die|einem|einer)|dans (?:une?|les)|"
    r"en (?:una?|las?))\s)?(?:" + "|".join(p for p, _ in WORDS) + r"|"
    # ... and the English words said among them: "geen multinational meer", "wil naar een scale-up"
    r"multinationals?|scale-?ups?|start-?ups?|corporates?)(?!\w))"
)
# The cue before a company word, in the language it is said in: "liever geen beursgenoteerd",
# "plus de grand groupe", "busca una pyme", "lieber Mittelstand als Konzern". Only before one of
# these words: the same cue elsewhere is the other tables' business.
CUES: tuple[tuple[str, str], ...] = (
    (
        r"(?:(?:liever |echt )?geen|nooit meer(?: naar| bij)?|niet (?:meer )?(?:naar|bij)|"
        r"kein(?:e|en)?|nie wieder|nicht (?:mehr )?(?:zu|in)|"
        r"plus (?:de|d'|jamais de)|pas (?:de|d')|jamais (?:de|d')|fini les|"
        r"nada de|ninguna|ni (?:una?|hablar de)|nunca m[áa]s(?: en)?|"
        r"nie (?:chce|chcę|chciałby|chciałaby) (?:do|w|pracować w|pracowac w)|(?:ma|mam|mają|mamy) "
        r"(?:już |juz )?(?:dość|dosc|dosyć|dosyc))" + _CO,
        "no",
    ),
    (
        r"(?:zoekt(?: naar)?|wil(?: graag)?(?: naar| bij)?|het liefst|liefst|liever|bij voorkeur|"
        r"sucht|will (?:zu|in)|m[öo]chte (?:zu|in)|lieber|bevorzugt|"
        r"cherche|recherche|veut|souhaite|pr[ée]f[èe]re|"
        r"busca|quiere|prefiere|mejor|"
        r"(?<!nie )(?:chce|chcę|chciałby|chciałaby) (?:do|w|pracować w|pracowac w)|woli|szuka|szukam)"
        + _CO,
        "wants",
    ),
    (r"(?:als|dan|plut[ôo]t qu(?:e|')|m[áa]s que|en vez de|en lugar de)" + _CO, "rather than"),
)
