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
_ES_SELF = rf"(?:{_ES_VERB}(?:me|se|nos|te))"
_PT_SELF = r"(?:(?:se |me |nos )mudar|mudar-(?:se|me|nos))"
_IT_SELF = r"(?:trasferir(?:si|mi|ci)|traslocare)"
_FR = r"(?:d[ée]m[ée]nager|s'installer|se relocaliser)"

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
        rf"refuse de {_FR}|ne d[ée]m[ée]nagera(?:it|is|i)? pas|n'est pas (?:prêt|prête|pret|prete) à {_FR}",
        "won't relocate",
    ),
    # a move to a place
    (
        r"(?:me|se|nos) (?:mudar[íi]a|mudar[íi]an|mudo|muda|mudamos|trasladar[íi]a|traslado) a|"
        r"(?:me |se |nos )?mudaria para|(?:mi|si|ci) trasferirei? (?:a|in)|"
        r"(?:si|mi) trasferirebbe (?:a|in)|trasferir(?:si|mi|ci) (?:a|in)|"
        r"d[ée]m[ée]nagerai(?:t|s)? (?:à|a|en)",
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
        r"(?:mi|si|ci) trasferire(?:i|bbe)|d[ée]m[ée]nagerai(?:t|s)?",
        "would relocate",
    ),
    (rf"{_ES_SELF}|{_PT_SELF}|{_IT_SELF}|d[ée]m[ée]nager", "relocate"),
)
