"""Work papers and moving home in French, German, Spanish and Portuguese, beyond the tables of
``reading.foreign_german``, ``reading.foreign_moves`` and ``reading.foreign_spanish``: a permit
or sponsorship needed ("braucht eine Blaue Karte", "aura besoin d'un parrainage", "precisa de
visto de trabalho patrocinado", "necesita que la empresa tramite el permiso"), the right to work
held ("tem cidadania portuguesa", "doble nacionalidad", "carte de résident", "freien Zugang zum
Arbeitsmarkt", "braucht keine Bewilligung"), and a move refused or wished ("Umzug kommt für sie
nicht in Frage", "dispuesto a reubicarse", "s'installer à", "möchte zurück nach").

A permit needed in the past ("a eu besoin d'un parrainage") reads as one held before, and a
citizenship still pending ("cidadania ainda em análise") has no entry. ``reading.foreign`` puts
this table in front of its own (``reading.foreign_tables``).
"""

from __future__ import annotations

# the papers themselves, as each language names them
_DE_PERMIT = (
    r"(?:blaue karte|arbeitserlaubnis|arbeitsbewilligung|aufenthaltserlaubnis|arbeitsvisum|"
    r"bewilligung|visum)"
)
_FR_PERMIT = (
    r"(?:parrainage|sponsorisation|permis de travail|autorisation de travail|visa de travail|visa)"
)
_ES_PT_PERMIT = (
    r"(?:permiso de trabajo|visado de trabajo|visa de trabajo|patrocinio|autoriza[çc][ãa]o de trabalho|"
    r"visto de trabalho|visto|patroc[íi]nio)"
)

WORDS: tuple[tuple[str, str], ...] = (
    # the right to work held (before the needs: "braucht keine Bewilligung" holds "braucht")
    (
        rf"(?:braucht|brauche|benötigt|benötige) keine (?:eu-?)?{_DE_PERMIT}",
        "no work permit needed",
    ),
    (r"freien zugang zum arbeitsmarkt", "the right to work"),
    (
        rf"n[ãa]o (?:precisa|preciso|necessita) de {_ES_PT_PERMIT}|"
        rf"no (?:necesita|necesito|requiere) {_ES_PT_PERMIT}",
        "no work permit needed",
    ),
    (
        r"(?:tem|possui|obteve|recebeu|tiene|posee|obtuvo) (?:a |la )?(?:cidadania|nacionalidade|"
        r"ciudadan[íi]a|nacionalidad)(?! (?:ainda|todav[íi]a|pendiente|pendente))",
        "has citizenship",
    ),
    (r"doble nacionalidad|dupla (?:cidadania|nacionalidade)", "dual citizenship"),
    (
        r"passaporte (?:italiano|portugu[êe]s|europeu|espanhol|alem[ãa]o|franc[êe]s|irland[êe]s)|"
        r"pasaporte (?:italiano|portugu[ée]s|europeo|español|espanol|alem[áa]n|franc[ée]s|irland[ée]s)|"
        r"passeport (?:européen|europeen|français|francais|italien|espagnol|portugais|allemand)",
        "eu passport",
    ),
    (
        r"carte de r[ée]sident|r[ée]sidente? permanente?|residente permanente",
        "permanent resident",
    ),
    (
        r"(?:tiene|tem) (?:el |un |o )?(?:permiso de residencia y trabajo|permiso de trabajo|"
        r"autoriza[çc][ãa]o de resid[êe]ncia e trabalho)|(?<=\w y )permiso de residencia y trabajo",
        "has a work permit",
    ),
    (
        r"(?:peut|peux|pouvez) travailler sans (?:autorisation|restriction|permis)",
        "can work without restrictions",
    ),
    # a permit needed now ("a eu besoin", past, is one held before)
    (rf"a eu besoin d'une? {_FR_PERMIT}", "had a sponsored visa"),
    (
        rf"(?:aura|aurait|a) besoin d'une? {_FR_PERMIT}|il (?:lui )?faudra une? {_FR_PERMIT}|"
        rf"il (?:lui )?faut une? {_FR_PERMIT}",
        "will need a work permit",
    ),
    (
        rf"(?:braucht|brauche|benötigt|benötige|bräuchte|braeuchte) (?:eine |ein )?{_DE_PERMIT}",
        "needs a work permit",
    ),
    (
        rf"(?:precisa|preciso|necessita|precisar[áa]) de {_ES_PT_PERMIT}|"
        rf"(?:necesita|necesito|necesitar[áa]|requiere) (?:un |una |el |la )?{_ES_PT_PERMIT}",
        "needs a work permit",
    ),
    (
        r"(?:necesita|necesitar[áa]|precisa|precisar[áa]) que (?:la|a) (?:empresa|compa[ñn][íi]a) "
        r"(?:le |lhe )?(?:tramite|gestione|solicite|patrocine|pe[çc]a|tire) (?:el|un|su|o|um|seu) "
        r"(?:permiso|visado|visa|visto|autoriza[çc][ãa]o)(?: de trabajo| de trabalho)?",
        "needs the company to apply for a work permit",
    ),
    # moving home refused
    (
        r"(?:ein )?umzug kommt (?:für (?:sie|ihn|mich|uns) )?(?:nicht|keinesfalls) in ?frage|"
        r"(?:will|möchte|kann|wird) nicht umziehen|zieht nicht um",
        "relocation is out of the question",
    ),
    (
        r"no (?:est[áa]|estoy) dispuest[oa]s? a reubicarse|no (?:quiere|quiero|puede) reubicarse|"
        r"no se mueve por nada",
        "won't relocate",
    ),
    # moving home wished, and the place it goes to
    (r"dispuest[oa]s? a reubicarse|dispuest[oa]s? a reubicarme", "willing to relocate"),
    (r"(?<=reubicarse )en(?= [A-ZÀ-Ý])|(?<=mudar-se )para(?= [A-ZÀ-Ý])", "to"),
    (r"(?<=déménager )(?:à|a)(?= [A-ZÀ-Ý])|(?<=demenager )(?:à|a)(?= [A-ZÀ-Ý])", "to"),
    (r"(?:souhaite|veut|voudrait|aimerait) s'installer (?:à|a|en)", "wants to move to"),
    (r"(?:möchte|will|würde gern|würde gerne) zurück nach", "wants to move back to"),
    (
        r"am liebsten (?:nach|in)(?= [A-ZÀ-Ý])|de prefer[êe]ncia|de preferencia|de préférence",
        "ideally",
    ),
    (
        r"sucht (?:ausschließlich|ausschliesslich|nur) (?:stellen|jobs|positionen) im raum",
        "only looking for roles in",
    ),
)
