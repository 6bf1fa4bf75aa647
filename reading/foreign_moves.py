"""Moving home for work in Spanish, Portuguese, Italian and French: the verbs' finite and
conditional forms and their negations ("me mudaría a Monterrey", "no se quiere mudar", "dispuesta
a trasladarse", "não se muda", "mudaria para Curitiba", "non vuole trasferirsi", "ne veut pas
déménager"), rewritten into the English ``reading.mobility`` reads.

``reading.foreign`` puts this table in front of its own, so a negation is read before the bare
verb inside it. Portuguese "mudar" alone is also "to change" ("mudar de emprego", change jobs):
it is a move only reflexive ("se mudar", "mudar-se"), with a place ("mudar para"), or with a
home ("mudar de cidade"). Italian "trasferta" (a work trip) is not "trasferirsi".
"""

from __future__ import annotations

_ES_VERB = r"(?:mudar|trasladar)"
# Each form spelt out: the gate (``reading.foreign``) finds a note's words only as written here.
_ES_SELF = r"(?:mudarme|mudarse|mudarnos|mudarte|trasladarme|trasladarse|trasladarnos|trasladarte)"
_PT_SELF = r"(?:(?:se |me |nos )mudar|mudar-(?:se|me|nos))"
_IT_SELF = r"(?:trasferirsi|trasferirmi|trasferirci|traslocare)"
# Spelt out with and without accents (a character class would hide the word from the gate).
# "s'installer à Lyon" (to settle somewhere) is a move too, only reflexive ("installer" alone is
# to install) and with the place it goes to: not "un an pour m'installer" (to settle into a new
# job) nor "s'installer à son compte" (to go self-employed)
_FR = (
    r"(?:déménager|demenager|se relocaliser|(?:(?:m|s|t)['’]|nous )installer(?= (?:à|au|aux|en|dans) )"
    r"(?! (?:à|a) (?:son|mon|ton|leur|notre) compte| en (?:freelance|indépendant|libéral)))"
)
_FR_WOULD = r"(?:déménagerait|déménagerais|déménagerai|demenagerait|demenagerais|demenagerai)"

WORDS: tuple[tuple[str, str], ...] = (
    # refusals
    (
        rf"no (?:me|se|nos) (?:quiero|quiere|quieren|puedo|puede|voy a|va a|pienso|piensa) {_ES_VERB}|"
        r"no (?:quiero|quiere|quieren|puedo|puede|voy a|va a|pienso|piensa|acepta|aceptar[íi]a) "
        rf"{_ES_SELF}|no (?:est[áa]|estoy) dispuest[oa]s? a {_ES_SELF}|"
        r"no (?:me|se|nos) (?:mudo|muda|mudan|mudamos|mudar[íi]a|mudar[íi]an|traslado|traslada|trasladamos|"
        r"trasladar[íi]a)",
        "won't relocate",
    ),
    # "no me muevo de la isla", "no se mueve de aquí": won't move away from home ("no me muevo
    # del puesto", not leaving the job, names no home and has no entry)
    (
        r"no (?:me|se|nos) (?:muevo|mueve|mueven|movemos|mover[íi]a|mover[íi]an) (?:de|del) "
        r"(?:la isla|aqu[íi]|la ciudad|mi ciudad|su ciudad|mi isla|su isla|mi pueblo|su pueblo|mi tierra|"
        r"su tierra|la zona|mi zona|su zona)",
        "won't relocate",
    ),
    (
        r"n[ãa]o (?:quero|quer|querem|posso|pode|vou|vai|pretendo|pretende|topa|aceita) "
        rf"{_PT_SELF}|n[ãa]o (?:me|se|nos) (?:muda|mudo|mudaria|mudam|mudariam)|"
        rf"n[ãa]o (?:est[áa]|estou) dispost[oa]s? a {_PT_SELF}|"
        r"n[ãa]o (?:quero|quer|pode|vai|pretende|topa|aceita) mudar de (?:cidade|estado|pa[íi]s)",
        "won't relocate",
    ),
    (
        rf"non (?:vuole|voglio|vogliono|può|puo|posso|intende|intendo|pensa) {_IT_SELF}|"
        r"non (?:mi|si|ci) (?:trasferisc[eo]|trasferirebbe|trasferirei|trasferiscono)|"
        rf"non (?:è|e|sono) dispost[oa] a {_IT_SELF}",
        "won't relocate",
    ),
    (
        rf"ne (?:veut|veux|peut|peux|souhaite|compte|va) pas {_FR}|pas question de {_FR}|"
        rf"refuse de {_FR}|ne (?:déménagera|demenagera|{_FR_WOULD}) pas|"
        rf"n'est pas (?:prêt|prête|pret|prete) à {_FR}",
        "won't relocate",
    ),
    # a move to a place
    (
        r"(?:me|se|nos) (?:mudar[íi]a|mudar[íi]an|mudo|muda|mudamos|trasladar[íi]a|traslado) a|"
        r"(?:me |se |nos )?mudaria para|(?:mi|si|ci) trasferirei? (?:a|in)|"
        rf"(?:si|mi) trasferirebbe (?:a|in)|{_IT_SELF} (?:a|in)|"
        rf"{_FR_WOULD} (?:à|a|en)",
        "would move to",
    ),
    (r"mudar de (?:cidade|estado|pa[íi]s)|cambiar de (?:ciudad|pa[íi]s)", "relocate"),
    # a move said without its place
    (
        rf"dispuest[oa]s? a {_ES_SELF}|dispost[oa]s? a {_PT_SELF}|dispost[oa] a {_IT_SELF}|"
        rf"(?:prêt|prête|pret|prete)s? à {_FR}",
        "willing to relocate",
    ),
    (
        r"(?:me|se|nos) (?:mudar[íi]a|mudar[íi]an|trasladar[íi]a)|(?:me |se |nos )mudaria|"
        rf"(?:mi|si|ci) (?:trasferirei|trasferirebbe)|{_FR_WOULD}",
        "would relocate",
    ),
    (rf"{_ES_SELF}|{_PT_SELF}|{_IT_SELF}|{_FR}", "relocate"),
)
