"""Travel and driving in Spanish and Portuguese notes, rewritten into the English the travel and
driving rules know:

- nights away refused: "sin pernoctar fuera de Lima", "no duerme fuera de casa", "sem pernoitar";
- travel wanted or taken in stride: "quiero viajar más", "dispuesta a viajar", "viaja sin
  problema", "topa viajar" (a "no" before it, "no quiere viajar", stays a refusal);
- travel refused outright: "nada de viajes", "cero viajes", "zero viagem";
- a few trips a year taken in stride: "un par de viajes al año no le molestan", "un viaje por
  trimestre me parece perfecto" (what they say of their last job, "viajaba cada semana", is history);
- driving: "no maneja", "no tiene licencia", "não tem CNH" against "maneja diario", "tiene carro
  propio", "tem carro".

``reading.foreign_tables`` puts this table in front of ``reading.foreign_words``, whose "viajar"
and "quiere" it holds.
"""

from __future__ import annotations

# A "no" just before a wish turns it into a refusal, which the older table reads word by word
_NOT = r"(?<!\bno )(?<!\bn[ãa]o )(?<!\bnunca )"

WORDS: tuple[tuple[str, str], ...] = (
    # nights away
    (
        r"sin (?:pernoctar|dormir fuera(?: de casa)?)|no (?:puede |quiere |quiero |puedo |le gusta )?"
        r"(?:pernoctar|dormir fuera(?: de casa)?)|no (?:duerme|duermo) fuera(?: de casa)?|"
        r"sem (?:pernoitar|dormir fora(?: de casa)?)|n[ãa]o (?:pode |quer |posso |quero )?(?:pernoitar|"
        r"dormir fora(?: de casa)?)|n[ãa]o dorme fora(?: de casa)?",
        "no overnights",
    ),
    # travel wanted ("quiero viajar menos" wants less of it, and is left to the older table)
    (
        rf"{_NOT}(?:(?:quiero|quiere|quisiera|busca|busco|(?:me|le) gustar[íi]a) viajar(?: m[aá]s)?|"
        r"(?:quero|quer|gostaria de|topo|topa) viajar(?: mais)?|dispuest[oa]s? a viajar|"
        r"dispon[íi]vel (?:para|pra) viajar|(?:viaja|viajo) sin problemas?|(?:viaja|viajo) sem problemas?|"
        r"viajo sim)(?! menos| poco| pouco)",
        "happy to travel",
    ),
    # travel able again: "ya puedo viajar", "puedo viajar sin problema" ("no puedo viajar" stays a
    # refusal; "puedo viajar un poco", "... poco", "... a veces" is only some)
    (
        rf"{_NOT}(?<!\bya no )(?:ya |s[íi] )?(?:puedo|puede|podemos|posso|pode) viajar"
        r"(?! (?:menos|poco|pouco|un poco|um pouco|a veces|[àa]s vezes|de vez en cuando|solo|s[óo]lo|s[óo])\b)"
        # "puede viajar a Texas": a visa good for one place, not travel taken on ("... a donde
        # sea", anywhere, is)
        r"(?! (?:a|al|para|pra|hacia) (?!donde sea|cualquier|todas partes|todo|qualquer)\w)",
        "happy to travel",
    ),
    # travel given up: "ya no viajo", "no viajo" ("no viajo a México", "no viajo más de dos
    # semanas" are one place or a limit)
    (
        r"(?:ya )?no (?:viajo|viaja|viajamos)(?! (?:a|al|en|fuera|por|de|los|las|con|m[aá]s de|lejos)\b)",
        "no travel",
    ),
    # travel refused outright: "cero viajes", "nada de viajes, ni uno por trimestre" (not even one)
    # is none at all; a bare "nada de viajes" may still take a trip or two
    (
        r"(?:cero|ning[úu]n|zero|nenhuma) (?:viajes?|viagem|viagens)(?![\w-])|(?:nada de|sin|sem) "
        r"(?:viajes|viagens)\W+(?:ni|nem) (?:uno|una|un viaje|siquiera uno|um|uma|uma viagem)\b",
        "no travel at all",
    ),
    (r"(?:nada de|sem) (?:viajes|viagens)(?![\w-])", "no travel"),
    # a few trips taken in stride: the count and how often, then the "no bother"
    (r"un par de viajes", "a couple of trips"),
    (r"(?:un|1) viaje|uma viagem", "one trip"),
    (r"dos viajes|duas viagens", "two trips"),
    (r"(?<=viaje )(?:por|al|cada) trimestre|(?<=viajes )(?:por|al|cada) trimestre", "a quarter"),
    (r"(?<=viajes )(?:al|por|cada) a[ñn]o|(?<=viagens )(?:por|ao|cada) ano", "a year"),
    (r"(?<=viaje )(?:al|por|cada) mes|(?<=viajes )(?:al|por|cada) mes", "a month"),
    (
        # said of the trips just named ("... al año no le molestan"); of anything else "no me
        # molesta" is the older table's "doesn't mind"
        r"(?:(?<=viajes )|(?<=viagens )|(?<=a[ñn]o )|(?<=ano )|(?<=mes )|(?<=m[êe]s )|(?<=trimestre ))"
        r"(?:no (?:me|le|les) (?:molesta|importa)n?|n[ãa]o (?:me|o|a) incomoda(?:m)?)|(?:me|le) parece(?:n)? "
        r"(?:bien|perfecto|perfect[oa]s?|ok|razonable)|"
        r"(?:me|lhe) parece(?:m)? (?:bom|[óo]timo|perfeito|ok)",
        "are fine",
    ),
    # driving
    (
        r"no (?:maneja|manejo|conduce|conduzco|sabe (?:manejar|conducir))|n[ãa]o (?:dirige|dirijo|sabe dirigir)",
        "doesn't drive",
    ),
    (
        r"(?:no tiene|no tengo|sin) (?:licencia|brevete)(?: de (?:conducir|manejo|manejar))?(?! de)|"
        r"n[ãa]o (?:tem|tenho) (?:cnh|carteira(?: de motorista)?|carta(?: de condu[çc][ãa]o)?)|sem cnh",
        "has no licence",
    ),
    (
        rf"{_NOT}(?:maneja|manejo|conduce|dirige) (?:diario|a diario|todos los d[íi]as|todo dia|diariamente|"
        r"sin problemas?|sem problemas?)",
        "drives daily",
    ),
    (
        r"(?:no tiene|no tengo|sin|n[ãa]o tem|n[ãa]o tenho|sem) (?:carro|coche|auto|veh[íi]culo)(?: propio| pr[óo]prio)?",
        "has no car",
    ),
    (
        rf"{_NOT}(?:tiene|tengo|tem|tenho|con|com) (?:carro|coche|auto|veh[íi]culo|moto)(?: propio| pr[óo]prio)",
        "has own car",
    ),
)

# Put in front of the older cue table, whose "nunca" (never) would take the sentence first
CUES: tuple[tuple[str, str], ...] = (
    # "nunca salgo de la oficina" (I never leave the office): where they work now, no refusal of it
    (r"(?:nunca|no) (?:salgo|sale|salimos|salen) de la oficina", "always at the desk"),
)
