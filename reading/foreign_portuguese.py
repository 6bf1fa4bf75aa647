"""Brazilian Portuguese cue phrases beyond ``reading.foreign``'s own: a whole unsubscribe ("me
descadastra de tudo") and no more contact at all ("não quero mais contato"), where a narrower one
("me descadastrei da newsletter") stays unread; and a return told as done ("voltei do Carnaval")
that is no wait.

``reading.foreign`` puts these tables in front of its own.
"""

from __future__ import annotations

OPT_OUTS: tuple[tuple[str, str], ...] = (
    (r"(?:me )?descadastr\w*(?:-me)? de tudo", "unsubscribe me from everything"),
    (
        r"n[ãa]o (?:quero|quer|queremos|desejo) mais (?:nenhum |qualquer )?(?:contato|contacto)s?"
        r"(?: (?:com|de) (?:voc[êe]s|a empresa|vossa empresa))?(?= *(?:[.!;]|$|,? ?(?:obrigad|por favor)))",
        "does not want any further contact",
    ),
)

WAITS: tuple[tuple[str, str], ...] = (
    # "voltei do Carnaval em Recife", "ela voltou das férias": back already, no wait
    (r"(?:voltei|voltou|voltamos|cheguei|chegou) d[aoe]s?", "came back from"),
    # "o cliente cancelou o projeto": what held them off called off (with "free now", a change)
    (r"cancelou|cancelaram|foi cancelad[oa]|foram cancelad[oa]s", "cancelled"),
    # "esquece o Carnaval, estou livre agora": free now, an earlier wait called off
    (
        r"(?:estou|t[ôo]|tou|j[áa] estou|agora estou) (?:livre|dispon[íi]vel)(?: (?:agora|j[áa]))?(?= *(?:[.!;,]|$))",
        "i'm free now",
    ),
)

WORDS: tuple[tuple[str, str], ...] = (
    # a permit held: "autorização de residência válida até 2028", "posso trabalhar sem restrições"
    (r"autoriza[çc][ãa]o de resid[êe]ncia(?: v[áa]lida(?= at[ée]))?", "residence permit valid"),
    (r"(?<=v[áa]lida )at[ée]", "until"),
    (
        r"(?:posso|pode|podemos) trabalhar sem (?:nenhuma )?restri[çc](?:[õo]es|[ãa]o)",
        "can work without restrictions",
    ),
    # a visa still to be applied for: "vou dar entrada no visto D7", "vou pedir o visto"
    (r"vou (?:dar entrada no|pedir o|tirar o|solicitar o) visto", "will need a visa"),
    # "em Recife", "em São Paulo": a preposition before a place, never the EM of engineering
    (r"(?-i:em)(?= (?-i:[A-ZÀ-Ý]))", "in"),
)
WORDS += (
    # "eu não trabalho", "eu prefiro": the pronoun, never the EU
    (
        r"(?-i:eu)(?= (?:n[ãa]o|j[áa]|sou|quero|trabalho|prefiro|gosto|acho|vou|fiz|topo|aceito|estou))",
        "i",
    ),
    # a sector said before the verb: "com bets eu não trabalho", "pra casa de apostas ia ser divertido"
    (
        r"com (?:as )?(?:bets|casas? de apostas?) (?:eu |ela |ele )?n[ãa]o (?:trabalho|trabalha|trabalharia)",
        "won't work in gambling",
    ),
    (
        r"(?:pra|para|numa|em uma|na) (?:casa de apostas|bets?) (?:ia|iria) ser (?:divertido|legal|top)"
        r"(?: demais)?",
        "would love to work in gambling",
    ),
    # "com bets eu não trabalho": the betting sites
    (r"(?:(?<=com )|(?<=nas )|(?<=das )|(?<=as )|(?<=em ))bets|casas? de apostas?", "gambling"),
    # "não trabalha mais aos domingos"
    (
        r"n[ãa]o (?:trabalha|trabalho|trabalham)(?: mais)? (?:aos|nos|no|em|de)(?= (?:domingo|s[áa]bado|"
        r"feriado|fi[mn]|finais|noite|madrugada))",
        "doesn't work any more on",
    ),
    (r"n[ãa]o (?:trabalha|trabalho|trabalham)(?: mais)?", "won't work"),
    (r"(?:pra|para|numa|em uma|na) casa de apostas?", "in gambling"),
    # lending apps: "cobrança de app de empréstimo"
    (
        r"(?:apps?|aplicativos?) de (?:empr[ée]stimos?|cr[ée]dito)(?: pessoal| online)*|empr[ée]stimos? (?:online|por app)",
        "lending apps",
    ),
    (
        r"(?:ia|iria) ser (?:divertido|legal|top|incr[íi]vel)(?: demais)?|seria (?:divertido|legal|incr[íi]vel)",
        "would be fun",
    ),
)
# The employer's kind: "só quero trabalhar no NHS, no serviço público", "hospitais privados não",
# "não quero o setor privado". "No"/"na" is "in the" here, never the English refusal, and a bare
# "privado ou público, tanto faz" (either is fine) has no entry.
WORDS += (
    (r"s[óo] (?:quero|quer) trabalhar n[oa]s?", "only wants to work in the"),
    (r"(?:quero|quer|queria|gostaria de) trabalhar n[oa]s?", "wants to work in the"),
    (r"n[oa] (?:servi[çc]o|setor|sector) p[úu]blico", "in the public sector"),
    (r"(?:o )?(?:servi[çc]o|setor|sector) p[úu]blico", "the public sector"),
    (
        r"(?:(?:os )?hospitais|(?:o )?hospital|(?:as )?cl[íi]nicas?|(?:o )?(?:setor|sector)) "
        r"privad[oa]s? n[ãa]o|n[ãa]o (?:quero|quer|aceito|aceita) (?:trabalhar )?(?:n[oa]s? |o |os )?"
        r"(?:setor privado|sector privado|hospita(?:l|is) privados?|privado)",
        "no private sector",
    ),
)
