"""Travel for work and the journey to work in German, Dutch, French, Spanish and Portuguese
notes, rewritten into the English the travel and commute rules know:

- nights away: "Übernachtungen", "blijven slapen bij klanten", "déplacements avec nuitées",
  "dormir fuera de casa" said without a "no" of its own ("renuncia a ... que implique dormir
  fuera"), "nicht mehr in Frage";
- flying refused: "steigt in kein Flugzeug mehr", "wil niet meer vliegen", "viajar de avião";
- trips kept at home: "nur innerhalb Deutschlands", "pas d'étranger", "nada no estrangeiro";
- a cap in trips or time: "één keer per maand naar het buitenland", "como mucho una semana al
  mes", "se déplacer 2 jours par mois", "até 15% de viagens";
- travel wanted: "aimerait voyager davantage", "gostaria de um cargo com viagens", "mehr
  unterwegs sein", "met veel reizen", "le encantaría ... con viajes";
- the commute's length: "30 Minuten", "een uur enkele reis", "media hora de trayecto", "drie
  kwartier reizen", "mais de uma hora de deslocação", "binnen een uur van".

Kept as CUES (``reading.foreign_tables``) so they come before the older tables' single words
("uur", "não quer mais") that would otherwise take their first word.
"""

from __future__ import annotations

CUES: tuple[tuple[str, str], ...] = (
    # nights away
    (
        r"(?:wil|wilt|willen) niet meer (?:blijven )?(?:slapen|overnachten)(?: bij (?:klanten|de klant))?",
        "no more overnight stays",
    ),
    (
        r"[üu]bernachtungen(?: ausw[äa]rts)?|ausw[äa]rts (?:übernachten|schlafen)|"
        r"(?:blijven )?(?:slapen|overnachten) bij (?:klanten|de klant)|blijven (?:slapen|overnachten)|"
        r"overnachtingen|d[ée]placements avec nuit[ée]es|nuit[ée]es|"
        r"(?<!no )(?<!sin )(?<!sem )(?<!não )(?:dormir|pernoctar) fuera de casa|dormir fora de casa",
        "overnight stays",
    ),
    (r"tagesreisen|dagtripjes|dagreizen", "day trips"),
    (
        r"(?:kommt|kommen) (?:für (?:mich|ihn|sie|uns) )?nicht mehr (?:in frage|infrage)",
        "is out of the question any more",
    ),
    (r"renuncia a cualquier (?:puesto|trabajo|empleo) que implique", "refuses any job with"),
    # flying
    (
        r"(?:steigt|steige|steigen) (?:in )?kein(?:en)? (?:flugzeug|flieger) mehr|"
        r"(?:fliegt|fliege|fliegen) (?:nicht mehr|nie wieder)|"
        r"(?:wil|wilt|willen) niet meer vliegen|vliegt niet meer",
        "won't fly any more",
    ),
    (
        r"n[ãa]o (?:quer|quero) (?:viajar de avi[ãa]o|voar)|no (?:quiere|quiero) (?:viajar en avi[óo]n|volar)",
        "won't fly",
    ),
    (r"viajar de avi[ãa]o|viajar en avi[óo]n", "flying"),
    # ("em" alone is read as the English EM, an engineering manager)
    (r"em trabalho|por trabajo", "for work"),
    # at home only
    (
        r"nur innerhalb (?:von )?(?:deutschlands?|[öo]sterreichs?|der schweiz|des landes)|"
        r"alleen binnen (?:nederland|belgi[ëe]|het land)|"
        r"(?:viagens |viajes )?(?:s[óo]lo |somente |apenas )?dentro de(?:l)? (?:portugal|brasil|espa[ñn]a|m[ée]xico|pa[íi]s)",
        "only within the country",
    ),
    (
        r"pas (?:d'|à l')[ée]tranger|nada (?:no|en el) (?:estrangeiro|extranjero)|"
        r"nada fora do pa[íi]s|auslandseins[äa]tze macht (?:sie|er) nicht|niets in het buitenland",
        "no travel abroad",
    ),
    # a cap in trips or time
    (r"(?:één|een|1) keer per maand naar het buitenland", "once a month travel abroad"),
    (r"vaker niet", "no more"),
    (r"como mucho|no m[áa]s de", "at most"),
    (r"una semana al mes", "one week a month"),
    (r"(?:peut |peux )?se d[ée]placer", "can travel"),
    (r"até(?= \d{1,3}\s?%)", "up to"),
    (r"(?<=%) de (?:viagens|viajes|d[ée]placements)", " travel"),
    (r"nada mais", "nothing more"),
    # travel wanted
    (
        r"(?:il |elle )?aimerait voyager davantage|aimerait voyager plus",
        "would like to travel more",
    ),
    (r"gostaria de um (?:cargo|trabalho|emprego) com viagens", "would like a role with travel"),
    (r"(?:wieder )?mehr unterwegs (?:zu )?sein", "to travel more again"),
    (
        r"zou graag een (?:functie|baan|rol) met veel reizen willen",
        "would like a role with lots of travel",
    ),
    (
        r"le encantar[íi]a un (?:puesto|trabajo|empleo)(?: \w+)? con viajes",
        "would love a role with travel",
    ),
    # the commute's length
    (r"minuten|minutos", "minutes"),
    (r"drie kwartier", "45 minutes"),
    (r"(?:een|één) half uur|een halfuur|media hora|meia hora", "half an hour"),
    (r"(?:een|één) uur|una hora|uma hora", "an hour"),
    (r"enkele reis|pro strecke", "each way"),
    (r"von t[üu]r zu t[üu]r|van deur tot deur|de porta a porta|puerta a puerta", "door to door"),
    (
        r"noches? al mes fuera(?: de casa)?|noites? por m[êe]s fora(?: de casa)?",
        "nights away a month",
    ),
    (r"binnen(?= (?:een|één|\d{1,3}) (?:uur|minuten)\b)", "within"),
    (r"(?<=uur) van|(?<=minuten) van", " of"),
    (r"(?<=kwartier )reizen|(?<=minuten )reizen|(?<=uur )reizen", "commute"),
    (r"(?:não quer|no quiere) mais de|(?:não quer|no quiere) más de", "won't do more than"),
    (r"deslocaç[ãa]o|desloca[çc][õo]es", "commute"),
    # the journey as it is now, a fact: "demora uma hora", "tarda media hora" (it takes)
    (
        r"(?:demora|leva|tarda)(?= (?:uma|una|um|un|\d{1,3}|meia|media|mais|más|cerca|quase|casi) )",
        "currently takes",
    ),
)
