"""Spanish cue phrases that need a verb's several forms: opt-outs said to "tú", "usted",
"vosotros" or "ustedes", and said politely in the past subjunctive ("os agradecería que no
volvierais a contactarme y que borrarais mis datos"), and how someone wants to work ("solo
teletrabajo", "le va bien el híbrido").

``reading.foreign`` puts these tables in front of its own, so a form listed here is rewritten
into the English the rules know. The forms are written out whole (not as a stem and endings)
because ``reading.foreign`` finds which notes may hold a cue from the words in its patterns.
A softer line ("escribidme por la tarde", "no me llaméis por la mañana", "ahora mismo no")
has no entry: a refusal of contact must say "más", "de nuevo", end the sentence, or name our
list or their data.
"""

from __future__ import annotations

# Negative commands are the present subjunctive (usted, tú, ustedes, vosotros); a polite request
# is the past subjunctive ("que no me contactarais"): the endings of an -ar and an -ir verb.
_AR = ("e", "es", "en", "éis", "eis", "ara", "aras", "aran", "arais", "ase", "ases", "asen")
_IR = ("a", "as", "an", "áis", "ais", "iera", "ieras", "ieran", "ierais", "iese", "iesen")


def _forms(stem: str, endings: tuple[str, ...], *, soft: str | None = None) -> str:
    """Every form of a verb as an alternation; ``soft`` is the stem before "e" where spelling
    changes it ("busc" -> "busqu")."""
    words = [(soft if soft and e[0] in "eé" else stem) + e for e in endings]
    return "|".join(dict.fromkeys(words))


_CONTACT = "|".join(
    (
        _forms("contact", _AR),
        _forms("escrib", _IR),
        _forms("molest", _AR),
        _forms("busc", _AR, soft="busqu"),
        _forms("agobi", _AR),
    )
)
_CALL = _forms("llam", _AR)
_SEND = "|".join((_forms("mand", _AR), _forms("envi", _AR), "envíe|envíes|envíen"))
_AGAIN = r"(?:m[aá]s|nunca m[aá]s|de nuevo|otra vez|nada m[aá]s|ya m[aá]s|en adelante)"
# What narrows "no more offers" to one kind of role, a place, a channel or a time ("... vacantes de
# BPO", "... ofertas en Bogotá", "... llamadas por la noche"); "de ustedes" (from you all), "de
# vacantes" (about jobs, all we send) and a closing "por favor" narrow nothing.
UNSCOPED = (
    r"(?! (?:de(?! (?:ustedes|uds|ti|usted|su (?:agencia|empresa)|la agencia|vuestra|vacantes|ofertas|empleo|"
    r"trabajo|reclutamiento|selecci[óo]n))|del|en|para|sobre|con|"
    r"por(?! favor)|a las|antes|despu[ée]s|fuera|que)\b)"
)
# "no volváis a contactarme", "que no me vuelvan a escribir"
_RETURN = "vuelva|vuelvas|vuelvan|volváis|volvais|volviera|volvieras|volvieran|volvierais|volviese|volviesen"
_TO_CONTACT = r"(?:contactar|escribir|molestar|buscar|agobiar)(?:me|nos)?"
# "dejad de escribirme", "que dejéis de contactarme"
_STOP = (
    "deja|deje|dejen|dejad|dejes|dejéis|dejeis|dejara|dejaras|dejaran|dejarais|dejase|dejasen|"
    "parad|paren|pare|paréis"
)
_DELETE = "|".join(
    (
        "borrar|borrad|" + _forms("borr", _AR) + "|borra",
        "eliminar|eliminad|" + _forms("elimin", _AR) + "|elimina",
        "suprimir|suprimid|" + _forms("suprim", _IR),
    )
)
# "sacadme de vuestra lista", "que me quitéis de la base de datos"
_TAKE_ME = (
    "sacadme|quitadme|borradme|eliminadme|sácame|sacame|sáqueme|saqueme|sáquenme|saquenme|quítame|"
    "quitame|quíteme|quiteme|quítenme|quitenme|bórrame|borrame|bórreme|borreme|bórrenme|borrenme|"
    "elimíname|eliminame|elimíneme|elimineme|elimínenme|eliminenme|sacarme|quitarme|borrarme|"
    "eliminarme|darme de baja|dadme de baja"
)
_TAKE = "|".join(
    (
        _forms("sac", _AR, soft="saqu"),
        _forms("quit", _AR),
        _forms("borr", _AR),
        _forms("elimin", _AR),
    )
)
_OUR_LIST = (
    r"(?:su |la |las |los |sus |tu |tus |vuestra |vuestras |vuestro |vuestros |esta |esa )?"
    r"(?:base(?: de datos)?|bases de datos|lista|listas|sistema|registro|bolsa(?: de (?:empleo|trabajo|"
    r"candidatos))?|banco de (?:datos|candidatos|talento)|cartera de candidatos|listado|directorio)"
)
# Where a bare refusal stops: the end of the sentence, or a "please" / "thank you" after it.
_ENDS = r"(?= *(?:[.!;]|$|,? *(?:por favor|porfa|gracias|un saludo|saludos)))"

OPT_OUTS: tuple[tuple[str, str], ...] = (
    (rf"no (?:me |nos )?(?:{_RETURN}) a (?:llamar(?:me)?)", "do not call me again"),
    (
        rf"no (?:me |nos )?(?:{_RETURN}) a (?:mandar|enviar)(?:me)?(?: nada)?",
        "do not send me any more",
    ),
    (rf"no (?:me |nos )?(?:{_RETURN}) a {_TO_CONTACT}", "do not contact me again"),
    (rf"no me (?:{_CALL}) {_AGAIN}", "do not call me again"),
    (rf"no me (?:{_SEND}) {_AGAIN}", "do not send me any more"),
    (rf"no me (?:{_CONTACT}) {_AGAIN}", "do not contact me again"),
    (rf"no me (?:{_CONTACT}){_ENDS}", "do not contact me"),
    # "ya no me mande mensajes", "ya no me manden nada": no more of anything ("ya no me mande
    # vacantes de noche" is about night jobs only, so the sentence must end there)
    (
        rf"ya no me (?:{_SEND}) (?:mensajes|messages|nada|correos|e-?mails|ofertas|vacantes){_ENDS}",
        "do not send me any more",
    ),
    (
        rf"no (?:quiero|quiere|deseo|desea|queremos|deseamos) que (?:me |se me |le |la |lo )?"
        rf"(?:{_CONTACT}|{_CALL}) {_AGAIN}",
        "do not contact me again",
    ),
    (
        rf"no (?:quiero|quiere|deseo|desea|queremos|deseamos) que (?:me |se me )?(?:{_CONTACT}){_ENDS}",
        "do not contact me",
    ),
    (
        rf"(?:{_STOP}) de (?:contactarme|escribirme|molestarme|buscarme|agobiarme)",
        "stop contacting me",
    ),
    (rf"(?:{_STOP}) de (?:mandarme|enviarme)", "stop sending me"),
    (rf"(?:{_STOP}) de llamarme", "stop calling me"),
    (
        rf"(?:{_DELETE}) (?:todos |todos los |los )?(?:mis|sus) datos(?: personales)?",
        "delete my data",
    ),
    (rf"(?:{_TAKE_ME}) de {_OUR_LIST}", "remove me from your database"),
    (rf"me (?:{_TAKE}) de {_OUR_LIST}", "remove me from your database"),
    # a recruiter's note of the request: "pidió que la borremos del sistema", "que lo saquemos
    # de la lista" (we, the ones to do it)
    (
        rf"(?:la|lo|le|los|las) (?:borremos|eliminemos|saquemos|quitemos|demos de baja) "
        rf"(?:de|del) {_OUR_LIST}",
        "asked to be removed from our database",
    ),
    (
        r"no (?:quiero|quiere|deseo|desea|me interesa|le interesa) (?:recibir )?(?:m[aá]s|ya) (?:correos|"
        rf"mensajes|ofertas|vacantes|e-?mails|llamadas|propuestas){UNSCOPED}",
        "does not want any more messages",
    ),
)

# How someone wants to work: "solo teletrabajo al 100 %", "100% en remoto", "le va bien el
# híbrido", "nada de oficina".
WORDS: tuple[tuple[str, str], ...] = (
    (
        r"teletrabajo (?:al |a )?100 ?%|100 ?% (?:en )?(?:teletrabajo|remoto)|(?:totalmente|completamente) "
        r"(?:en )?remoto|teletrabajo (?:total|completo)|en remoto total",
        "fully remote",
    ),
    (
        r"teletrabajo|teletrabajar|en remoto|trabajo a distancia|(?:trabajar|trabajo) desde casa",
        "remote",
    ),
    (r"modelo h[íi]brido|modalidad h[íi]brida|híbrido|hibrido|híbrida|hibrida", "hybrid"),
    (r"presencial(?:idad)?(?: total| al 100 ?%)?", "on-site"),
    (r"(?:la |las )?oficinas?", "office"),
    # "solo" is English too ("a solo founder"): "only" before a way of working
    (
        r"s[óo]lo(?= (?:teletrabajo|remoto|en remoto|h[íi]brido|presencial|100 ?%|(?:trabajo |trabajar )?"
        r"desde casa))",
        "only",
    ),
    (r"sólo", "only"),
    (r"nada de", "no"),
    (r"o nada", "or nothing"),
    # "le va bien el híbrido": fine with what follows; "el híbrido le va bien": it works for her
    (r"(?:le|les|te|nos) (?:va|van|parece|parecen) bien (?:el|la|los|las)", "she is fine with"),
    (r"(?:le|les|te|nos) (?:va|van) bien|(?:le|les|te|nos|me) encaja", "works for her"),
    # "home office" is Mexican and German for working from home: after a Spanish word only
    (
        r"(?:(?<=quiere )|(?<=quiero )|(?<=busco )|(?<=busca )|(?<=hacer )|(?<=% )|(?<=puesto )|"
        r"(?<=solo )|(?<=sólo )|(?<=de ))home office",
        "remote",
    ),
    (r"ya no (?:busco|quiero|busca|quiere)", "no longer wants"),
    (r"(?:solo|sólo) (?:busco|busca|quiero|quiere)", "only wants"),
    (r"ir a (?:la )?oficina todos los d[íi]as", "onsite every day"),
    (r"(?:quiero|quiere) (?:ir a (?:la )?)?oficina", "wants onsite"),
    (r"ir a (?:la )?oficina", "come into the office"),
    # contracts: "busca solo algo temporal de 3 meses", "busca planta", "tiempo indeterminado"
    (
        r"(?:solo |sólo )?(?:algo|un trabajo|un empleo|un puesto) temporal",
        "a temporary fixed-term contract only",
    ),
    (r"(?:por )?tiempo indeterminado|de planta|(?<=busca )planta|(?<=quiere )planta", "permanent"),
    # "30 mil netos mensuales": a thousand, as Spanish and Portuguese speakers write it
    (
        r"(?<=\d )mil(?= (?:netos?|brutos?|pesos|reais|mensuales|mensais|al mes|por mes|por m[êe]s|libres|"
        r"limpios|l[íi]quidos?))",
        "k",
    ),
    (r"no (?:baja|bajo|bajamos) de ah[íi]|de ah[íi] no (?:baja|bajo)", "won't go below that"),
    # "no me molesta trabajar fines de semana": fine with it; "me molesta muchísimo": hates it
    (r"no (?:me|le|les|nos) (?:molesta|molestan|importa|importan)(?: trabajar)?", "doesn't mind"),
    (
        r"(?:me|le|les|nos) (?:molesta|molestan)(?: much[íi]simo| mucho| bastante)?(?: trabajar)?",
        "hates working",
    ),
    # "no tengo problema con el turno de noche": fine with it, not a refusal ("no" is no negation)
    (
        r"no (?:tengo|tiene|tienen|tenemos) (?:ning[úu]n )?problema con|sin (?:ning[úu]n )?problema con|"
        r"no (?:hay|habr[íi]a) (?:ning[úu]n )?problema con",
        "is fine with",
    ),
    # "no puedo trabajar de noche": the night shift
    (
        r"(?<=trabajar )de noche|(?<=trabaja )de noche|(?<=trabajo )de noche|(?<=turnos )de noche",
        "nights",
    ),
    # sponsorship: "no necesito patrocinio" (has the right), "necesito que la empresa me patrocine
    # la visa", "necesita patrocinio de visa"
    (
        r"no (?:necesito|necesita|necesitan|necesitar[íi]a|necesitar[íi]an|ocupo|ocupa|requiero|requiere|"
        r"requerir[íi]a) (?:de )?(?:patrocinio|visa)"
        r"(?: de (?:visa|trabajo))?",
        "doesn't need sponsorship",
    ),
    # "no tiene permiso de trabajo en Colombia", "sin permiso para trabajar": none held now
    (
        r"no (?:tengo|tiene|tienen|cuento con|cuenta con) (?:el |un )?(?:permiso (?:de trabajo|para trabajar)|"
        r"derecho a trabajar)|sin permiso (?:de trabajo|para trabajar)",
        "has no work permit",
    ),
    (
        r"(?:necesito|necesita|necesitan|necesitar[íi]a|necesitar[íi]an|ocupo|ocupa|requiero|requiere|"
        r"requerir[íi]a) (?:que (?:la empresa|el empleador|"
        r"ustedes|la compa[ñn][íi]a|el patr[óo]n|alguien) (?:me |le |nos )?patrocinen? (?:la |mi |su )?visa|"
        r"(?:de )?patrocinio(?: de visa| para (?:la|mi|su) visa)?)",
        "needs sponsorship",
    ),
    # a reason note: "Rechazó la oferta por el horario rotativo con domingos", "era por honorarios"
    (r"(?:rechaz[óo]|declin[óo]) (?:la |nuestra )?oferta(?: por)?", "declined the offer over"),
    (r"horarios? rotativos?|turnos? rotativos?|rol de turnos", "rotating shifts"),
    (r"(?:era|es|fue|ser[íi]a) (?:por|de|a) honorarios", "it was a contractor role"),
    (r"trabaj[óo] (?:por|de|a) honorarios", "worked as a contractor"),
    (r"(?:por|de|a|esquema de) honorarios|honorarios", "contractor work"),
    # lending apps are a sector of their own to a collector: "cobranza de apps de préstamos"
    (
        r"(?:apps?|aplicaci[óo]n(?:es)?) de (?:pr[ée]stamos?|cr[ée]ditos?)(?: personales| en l[íi]nea)*|"
        r"pr[ée]stamos (?:en l[íi]nea|por app)|financieras? en l[íi]nea",
        "lending apps",
    ),
    # someone else's hours: "porque su esposo trabaja turnos rotativos" is her husband's shifts
    (r"su (?:esposo|marido)(?= trabaja| no tiene| tiene| necesita)", "her husband"),
    (r"su esposa(?= trabaja| no tiene| tiene| necesita)", "his wife"),
    (r"(?<=esposo )trabaja|(?<=marido )trabaja|(?<=esposa )trabaja", "works"),
    (r"porque(?= su )", "because"),
    # "necesita self-schedule": a need (after the sponsorship entries above, which name theirs)
    (r"necesit(?:a|o|an|amos)(?= (?!que\b))", "needs"),
)

# A threat to complain beside a stop ("dejen de llamarme o los reporto con la PROFECO") makes it a
# stop of all contact, not a wish to be called some other way.
THREATS: tuple[tuple[str, str], ...] = (
    (
        r"o (?:los|las|les|te|la|lo) (?:reporto|denuncio|demando|acuso|voy a (?:reportar|denunciar|demandar))",
        "or i will report you",
    ),
    (r"ya basta", "enough already"),
)

# Mexico's December holidays: a wait word before them is read ("pasando las fiestas decembrinas").
HOLIDAYS: tuple[tuple[str, str], ...] = (
    (r"(?:vacaciones|fiestas) decembrinas|posadas", "christmas"),
    # the year-end holidays said elsewhere: "hasta después de las fiestas de fin de año", "las
    # fiestas navideñas"
    (r"(?:las )?fiestas (?:de fin de a[ñn]o|navide[ñn]as|de navidad)", "christmas"),
)

# Mexican year-end words: the Christmas bonus and holidays ("hasta después del aguinaldo y de las
# vacaciones decembrinas"), and "platicamos" for "we'll talk".
WAITS: tuple[tuple[str, str], ...] = (
    (r"(?:el )?aguinaldo", "the christmas bonus"),
    # "no antes de 2028" (Portuguese "não antes de 2028"): a year, which the month cues do not take
    (r"(?:no|n[ãa]o|nunca) antes de(?= (?:20\d\d)\b)", "not before"),
    # "retomar en marzo", "buscarla en enero", "volver a llamarlo después de Semana Santa": when we
    # are to reach out again
    (
        r"(?:retomar(?: (?:el )?contacto| la conversaci[óo]n)?|retomamos|retomemos|buscarl[oae]s?|"
        r"contactarl[oae]s?|llamarl[oae]s?|escribirle|volver a (?:contactarl[oae]|llamarl[oae]|"
        r"escribirle|buscarl[oae]))(?= (?:en|a partir|despu[ée]s|pasad[oa]|a (?:finales|principios|mediados))\b)",
        "reconnect",
    ),
    # "contrato hasta que acabe la temporada de invierno en abril": held until the season (or the
    # contract) ends in the month named; the month is read by the month cues
    (
        r"hasta que (?:se )?(?:acabe|termine|finalice|acaben|terminen) (?:la|el|mi|su) (?:temporada|contrato|"
        r"campa[ñn]a)(?: de (?:invierno|verano|esqu[íi]))?(?= en\b)",
        "until the season ends",
    ),
    # "platicamos en enero" (we'll talk in January); "platicamos largo: en marzo ..." is a talk had
    (
        r"platicamos(?=\s+(?:en|despu[eé]s|pasando|a partir|hasta|cuando|a (?:finales|principios|"
        r"mediados))|\s*[.!]|\s*$)|platicar|platiquemos",
        "we talk",
    ),
)
