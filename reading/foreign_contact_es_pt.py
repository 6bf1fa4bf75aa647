"""Contact wishes in Spanish and Portuguese that the older tables (``reading.foreign_stops_pt_es``,
``reading.foreign_contact``) do not hold, rewritten into the English the rules know:

- a data-protection request said as a noun ("solicito la supresión de mis datos", "peço a
  exclusão dos meus dados"), a lawyer's "que cese todo contacto", "que não entrem mais em contato",
  "sem mais contato";
- a refusal of contact made absolute ("no desea ser contactado bajo ninguna circunstancia"), and a
  recruiter's note of it in the first person plural ("pidió que no lo contactemos más");
- a bare "BAJA" (the Spanish STOP of a text message), "no más mensajes", "me esquece",
  "apaga meu contato";
- a stop of theirs taken back: the stop recalled ("sé que les pedí que me borraran") and the turn
  ("pero ya estoy buscando", "pero ahora sí busco"), or looking again now in so many words ("ya
  estoy buscando", "vuelvo a buscar").

``reading.foreign_tables`` puts this table in front of the others. A stop narrowed to a kind of
role, a channel or a time ("no quiere que lo contactemos más para BPO") has no entry.
"""

from __future__ import annotations

# What narrows a refusal of contact to one kind of role, a channel or a time ("... para vacantes
# de BPO", "... por teléfono"); "por ningún medio" (by no means at all) narrows nothing.
_ES_SCOPE = (
    r"(?!,? (?:para|sobre|acerca|con|en|de|del|a las|antes|despu[ée]s|hasta|"
    r"(?:por|x) (?!ning[úu]n|nada|nadie)))"
)
_PT_SCOPE = r"(?! (?:sobre|para|de|da|do|com|em|no|na|por|pelo|pela|antes|depois|at[ée])\b)"
# Said as an absolute: for good, by no means, in no case
_ES_EVER = (
    r"(?:bajo ning[úu]na? (?:circunstancia|concepto|motivo)|(?:por|x) ning[úu]n (?:medio|motivo|canal)|"
    r"en ning[úu]n (?:caso|momento)|de ninguna (?:forma|manera)|nunca(?: m[aá]s)?|m[aá]s|de nuevo|otra vez)"
)

OPT_OUTS: tuple[tuple[str, str], ...] = (
    # Spanish: the deletion asked for as a noun, under habeas data or the ARCO rights ("la supresión
    # de todos sus datos personales", "la cancelación de mis datos")
    (
        r"(?:supresi[óo]n|eliminaci[óo]n|borrado|cancelaci[óo]n) de (?:todos )?(?:mis|sus|los) datos"
        r"(?: personales)?(?! (?:de (?:la|los|las|el) )?(?:client|usuari|empresa))",
        "deletion of my data",
    ),
    # Portuguese: "a exclusão dos meus dados", "a remoção de todos os meus dados pessoais"
    (
        r"(?:exclus[ãa]o|remo[çc][ãa]o|elimina[çc][ãa]o|apagamento|dele[çc][ãa]o) (?:de |dos |de todos os |d[eo] )?"
        r"(?:meus|seus) dados(?: pessoais)?",
        "deletion of my data",
    ),
    # Portuguese, the singular imperative of a WhatsApp: "apaga meu contato", "exclui meus dados"
    # ("apaga o número antigo": one old detail, not the person)
    (
        r"(?:apaga|exclui|remove|deleta|apague|exclua|remova) (?:o |os |todos os )?(?:meu|meus) "
        r"(?:contato|contatos|dados|cadastro)(?! (?:antigo|velho|anterior)s?)",
        "delete my data",
    ),
    # "me esquece", "esqueçam-me": leave me alone ("não me esquece" asks the opposite)
    (
        r"(?<!n[ãa]o )(?:me esque[çc](?:e|a|am|em)|esque[çc](?:a|am)-me)(?! (?:de|quando|se)\b)",
        "leave me alone",
    ),
    # a lawyer's or the person's "que cese todo contacto", "que cessem todo contato"
    (
        r"(?:cese|cesen|cesar|cesa|cessem|cesse|cessar) (?:todo|cualquier|qualquer|o|el)? ?(?:tipo de )?"
        r"(?:contacto|contato|comunicaci[óo]n|comunica[çc][ãa]o)",
        "cease all contact",
    ),
    # Portuguese: "que não entrem mais em contato", "não entre em contato comigo novamente"
    (
        r"n[ãa]o (?:entrem|entre|entrar|voltem a entrar|volte a entrar) mais em contato(?: comigo)?"
        rf"{_PT_SCOPE}|n[ãa]o (?:entrem|entre|entrar) em contato(?: comigo)? (?:novamente|de novo|nunca mais)"
        rf"{_PT_SCOPE}",
        "do not contact me again",
    ),
    # "sem mais contato", "sin más contacto", "ningún contacto más": said on its own
    (
        r"(?:sem mais|sin m[aá]s|nenhum|ning[úu]n) (?:contato|contacto)s?(?: mais| m[aá]s)?(?=\s*(?:[.!;]|$))",
        "no further contact",
    ),
    # Spanish: refused as an absolute ("no desea ser contactado por la agencia bajo ninguna
    # circunstancia"), or as a recruiter writes it down ("pidió q no lo contactemos más")
    (
        r"no (?:desea|quiere|quiero|deseo|desean|quieren) (?:volver a )?ser (?:contactad|llamad|buscad)[oa]s?"
        r"(?: (?:por|x) (?:la agencia|nosotros|ustedes|uds|la empresa|la consultora|nadie))? "
        rf"{_ES_EVER}{_ES_SCOPE}",
        "do not contact me again",
    ),
    (
        r"no (?:l[oae]s?) (?:contactemos|llamemos|escribamos|busquemos|molestemos|volvamos a (?:contactar|"
        rf"llamar|escribir|buscar)) {_ES_EVER}{_ES_SCOPE}",
        "do not contact him again",
    ),
    # "no más mensajes", "no mas llamadas": every way we write, said on its own
    (
        r"no m[aá]s (?:mensajes|correos|llamadas|whatsapps?|e-?mails|wsp)(?=\s*(?:[.!;]|$|por favor|porfa|gracias))",
        "no more messages",
    ),
    # a bare "BAJA" opening a message or a sentence: the Spanish STOP ("está de baja", on leave,
    # is none)
    (r"(?:^|(?<=[.!?] ))baja(?=\s*(?:[.!]|$))", "unsubscribe"),
    # a stop taken back: the stop recalled ("sé que les pedí que me borraran", "sei que pedi pra não
    # me procurarem"), then the turn ("pero ya estoy buscando")
    (
        r"(?:s[ée] que|ya s[ée] que|sei que) (?:en \w+ |hace \w+ \w+ |em \w+ )?(?:les |te |le |a ustedes )?"
        r"(?:ped[íi]|dije|pedi|disse|falei)(?: en \w+| em \w+)? (?:que|pra|para) (?:voc[êe]s? )?"
        r"(?:no me (?:contact|escrib|llam|busc|molest)\w+|me (?:borr|elimin|sac|quit)\w+|"
        r"n[ãa]o me (?:contat|contact|procur|mand|lig)\w+|me (?:tir|apag|exclu|remov)\w+)",
        "i know i asked you to stop contacting me",
    ),
    (
        r"(?:(?:ya|ahora|ahorita)(?: s[íi])? estoy buscando|estoy buscando (?:de nuevo|otra vez)|"
        # a bare "busco" only with its "sí" and nothing after it ("ahora busco piso" is a flat)
        r"(?:ya|ahora|ahorita) s[íi] busco(?: trabajo| empleo| cambio)?(?=\s*(?:[.!,;]|$))|"
        r"vuelvo a buscar(?: trabajo| empleo)?(?=\s*(?:[.!,;]|$))|"
        r"(?:j[áa]|agora) (?:estou|t[ôo]) procurando|(?:estou|t[ôo]) procurando de novo)(?!\s*\?)",
        "i'm looking now",
    ),
)
