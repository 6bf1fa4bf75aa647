"""Portuguese (Brazil and Portugal), Swahili and Sheng, and Spanish stop phrases, each mapped to
the English opt-out the rules already know.

Part of the table ``reading.foreign_opt_outs`` joins (in this order); an entry maps a phrase to
an opt-out only when it refuses contact as such.
"""

from __future__ import annotations

from reading.foreign_spanish import UNSCOPED

# A Portuguese word that narrows what is not to be sent: "... vagas de noite", "... em Campinas"
# ("... de vocês", from you all, narrows nothing).
_PT_SCOPE = (
    r"(?:de(?! voc)|do|da|dos|das|no|na|nos|nas|em|sobre|para|fora|abaixo|acima|que|com|exceto|por|"
    r"neste|nesse|deste|desse)\b"
)
_PT_UNSCOPED = rf"(?! {_PT_SCOPE})"

PT_SW_ES: tuple[tuple[str, str], ...] = (
    # Portuguese
    (r"(?:para|par[ae]m) de (?:me |nos )?(?:mandar|enviar)", "stop sending me"),
    (
        r"(?:para|par[ae]m) de (?:me )?(?:contactar|contatar|ligar|procurar|chamar|incomodar)",
        "stop contacting me",
    ),
    # "não me mandem mais mensagens": all messages ("... mensagens de vagas à noite", "... propostas
    # em Campinas" are scoped)
    (
        r"n[ãa]o me (?:mandem|enviem|mande|envie|manda|envia) mais (?:mensagens|mensagem|e-?mails|"
        rf"whatsapps?|vagas|propostas){_PT_UNSCOPED}",
        "do not send me any more messages",
    ),
    (
        rf"n[ãa]o me (?:mandem|enviem|mande|envie) mais(?: nada)?(?! (?:\w+ )?{_PT_SCOPE})",
        "do not send me anything",
    ),
    (
        r"n[ãa]o (?:quero|queremos|quer|desejo) mais receber(?: nada| mensagens| e-?mails| vagas| "
        r"propostas)?(?: de voc[êe]s)?",
        "do not send me anything",
    ),
    (
        r"n[ãa]o me (?:contactem|contatem|procurem|liguem|incomodem|contacte|contate|procure|ligue) mais",
        "do not contact me again",
    ),
    (
        r"n[ãa]o (?:quero|quer|desejo) mais ser (?:contactad|contatad|procurad)[oa]s?|n[ãa]o (?:quero|quer|"
        r"desejo) ser (?:contactad|contatad|procurad)[oa]s? (?:mais|novamente|de novo)",
        "do not contact me again",
    ),
    (
        # "me tirem da lista", and the infinitive after a please: "favor me remover da lista",
        # "podem retirar-me da base" ("... do grupo de WhatsApp" is one channel and stays unread)
        r"(?:(?:me )?(?:tirem|tire|removam|remova|excluam|exclua|apaguem|apague)(?:-me)?|me (?:remover|tirar|"
        r"retirar|excluir|apagar|deletar)|(?:remover|tirar|retirar|excluir|apagar|deletar)-me) d[ao]s? "
        r"(?:sua |vossa )?"
        r"(?:lista|listas|base|banco de (?:dados|talentos)|cadastro)",
        "remove me from your database",
    ),
    (
        r"(?:remover|excluir|apagar|deletar|removam|excluam|apaguem|deletem)(?: os| todos os)? (?:meus|seus) "
        r"(?:dados|contatos?|cadastro|cv|curr[íi]culo)",
        "delete my data",
    ),
    (r"(?:me )?descadastr\w*(?:-me)?(?= *(?:[.!]|$|,? ?(?:por favor|obrigad)))", "unsubscribe me"),
    # "não quero receber mais mensagens vossas", "não desejo receber mais contactos da vossa parte":
    # all we send, with nothing after it that narrows it ("... sobre vagas em Lisboa")
    (
        r"n[ãa]o (?:quero|queremos|quer|desejo|pretendo) (?:voltar a )?receber (?:mais )?(?:nenhuma |nenhum |"
        r"quaisquer |outras |outros )?(?:mensagens|e-?mails|emails|contactos|contatos|comunica[çc][õo]es|"
        r"propostas|chamadas|nada)(?: (?:vossas|vossos|de voc[êe]s|da vossa parte|da sua parte|vindas de voc[êe]s|"
        r"da vossa empresa|vossa))?(?= *(?:[.!;]|$|,? ?(?:obrigad|por favor|cumprimentos)))",
        "does not want any more messages",
    ),
    (
        r"(?:deixem|deixe|deixa) de me (?:contactar|contatar|enviar mensagens|mandar mensagens|incomodar|"
        r"ligar|telefonar)",
        "stop contacting me",
    ),
    (
        r"n[ãa]o (?:me )?voltem a (?:contactar|contatar|escrever|incomodar)(?:-me)?|n[ãa]o me (?:contactem|"
        r"contatem|procurem) (?:novamente|de novo|outra vez)",
        "do not contact me again",
    ),
    # Swahili and Sheng: "don't <verb> me" with "again" ("usinipigie asubuhi", don't ring me in the
    # mornings, names a time, not a stop)
    (
        # "usiniwasiliane tena" (don't get in touch with me again)
        r"(?:usini|msini)(?:text|texti|tafute|pigie|tumie|andikie|sumbue|call|message|msg|whatsapp|wasilian)"
        r"(?:e|ni)? (?:tena|kamwe)",
        "do not contact me again",
    ),
    # "acha kunitumia ujumbe" (stop sending me messages): the English rules weigh what follows,
    # "sitaki tena" (I don't want them any more) or "kwa sasa" (for now, no stop)
    (
        r"(?:acha|acheni|wacha|wacheni) (?:kunitumia|kunitext\w*|kunipigia|kunisumbua|kunitafuta)"
        r"(?: (?:ujumbe|jumbe|meseji|sms|simu|kazi))?",
        "stop sending me messages",
    ),
    (r"sitaki tena", "i don't want them anymore"),
    (r"kwa sasa", "for now"),
    # Spanish
    (
        r"no me (?:contacten|contactes|contacte|escriban|escribas|llamen|llames|busquen|molesten|"
        r"moleste|molestes) (?:m[aá]s|nunca m[aá]s|de nuevo|otra vez)",
        "do not contact me again",
    ),
    (r"no me vuelvan? a (?:contactar|escribir|llamar|buscar|molestar)", "do not contact me again"),
    # "ya no me escriban" (no longer write to me): "ya no" is the "any more" - unless it goes on to
    # another way in ("ya no me llamen, mejor por WhatsApp") or narrows ("... al trabajo"); what
    # is sent ("ya no me manden vacantes de cobranza") names its own kind, so it is not here
    (
        r"ya no me (?:contacten|contactes|contacte|escriban|escribas|escriba|llamen|llames|llame|busquen|"
        r"molesten|moleste|molestes)"
        rf"{UNSCOPED}(?! (?:al|a mi|a este|a ese|de noche|en la noche|en el d[íi]a)\b)"
        r"(?![^.!?;]{0,60}\b(?:mejor|pero|s[óo]lo|nom[áa]s|salvo|excepto|whatsapp|wasap|correo|mensajes?|"
        r"textos?)\b)",
        "do not contact me again",
    ),
    # "no quiero nada con ustedes", "ya no quiero saber nada de ustedes", "ya no quiero saber de
    # trabajos": nothing more from us at all ("... de trabajos en Monterrey" is one place)
    (
        r"no (?:quiero|quiere|queremos) (?:saber )?nada (?:m[aá]s )?(?:con|de) (?:ustedes|uds|usted|ti|"
        r"su agencia|la agencia)\b",
        "do not contact me again",
    ),
    (
        r"ya no (?:quiero|quiere) saber (?:nada )?(?:m[aá]s )?de (?:trabajos?|vacantes|ofertas|empleos?|"
        rf"chambas?|jales?){UNSCOPED}",
        "do not contact me again",
    ),
    (
        r"no (?:quiero|quiere|deseo) (?:que me (?:contacten|escriban|llamen)|ser contactad[oa]) "
        r"(?:m[aá]s|nunca m[aá]s|de nuevo)",
        "do not contact me again",
    ),
    (
        r"(?:dejen|deja|deje) de (?:contactarme|escribirme|llamarme|molestarme|buscarme)",
        "stop contacting me",
    ),
    (r"(?:dejen|deja|deje) de (?:mandarme|enviarme)", "stop sending me"),
    # "no quiero más correos": all we send, unless narrowed ("... vacantes de BPO")
    (
        r"no (?:quiero|quiere|deseo) (?:recibir )?m[aá]s (?:correos|mensajes|ofertas|vacantes|e-?mails|"
        rf"llamadas){UNSCOPED}",
        "does not want any more messages",
    ),
    (
        r"(?:b[óo]rr(?:en|a|e)me|s[áa]qu(?:en|e)me|elim[íi]n(?:en|e)me|qu[íi]t(?:en|e)me) de (?:su |la |sus |tu |"
        r"vuestra )?(?:base(?: de datos)?|lista|listas|sistema|registro)",
        "remove me from your database",
    ),
    (
        r"(?:borrar|eliminar|borren|eliminen|suprimir|supriman) (?:todos )?(?:mis|sus) datos(?: personales)?",
        "delete my data",
    ),
    (
        r"(?:den|denme|dame|darme|d[ée]me|me dan|me den|dar) de baja de todo",
        "unsubscribe me from everything",
    ),
    (
        r"(?:den|denme|dame|darme|d[ée]me|me dan|me den|dar|me doy|me di) de baja"
        r"(?= *(?:[.!,;]|$|por favor|porfa|gracias|ya))",
        "unsubscribe me",
    ),
    (r"d[ée]j(?:en|a|e)me en paz", "leave me alone"),
)
