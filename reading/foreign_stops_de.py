"""German stop phrases (formal letters, ATS flags, texting), each mapped to the English opt-out
the rules already know.

Part of the table ``reading.foreign_opt_outs`` joins (in this order); an entry maps a phrase to
an opt-out only when it refuses contact as such.
"""

from __future__ import annotations

DE: tuple[tuple[str, str], ...] = (
    # German
    (
        r"(?:bitte )?(?:kontaktieren sie mich|kontaktiert mich|kontaktier mich|schreiben sie mir|"
        r"schreibt mir)(?: bitte)? (?:nicht mehr|nie wieder|künftig nicht mehr|"
        r"künftig nicht|zukünftig nicht|in zukunft nicht)",
        "please do not contact me again",
    ),
    # a call is one channel: the English rules judge it ("don't call me again during work hours,
    # email is fine" refuses the phone then)
    (
        r"(?:bitte )?(?:rufen sie mich|ruft mich|ruf mich)(?: bitte)? (?:nicht mehr|nie wieder|künftig nicht mehr|"
        r"künftig nicht|zukünftig nicht|in zukunft nicht)(?: an\b)?",
        "please do not call me again",
    ),
    (
        r"(?:während|waehrend) der (?:arbeitszeit|arbeit|bürozeiten|buerozeiten|geschäftszeiten)(?: an\b)?",
        "during work hours",
    ),
    (
        r"(?:per |via |gerne? per |lieber per |gerne? via )(?:e-?mail|mail)(?: (?:gerne?|ok|okay|geht|"
        r"ist (?:ok|okay|in ordnung|gut)))?",
        "email is fine",
    ),
    # a stop to one address of theirs ("nicht mehr über meine Firmenadresse, sondern privat"):
    # said as the English address the rules read as that line only
    (
        r"(?:über|ueber|unter|an|auf) (?:meine[mrn]?|seine[mrn]?|ihre[mrn]?) (?:firmen-?(?:e-?mail-?)?adresse|"
        r"firmen-?e-?mail|firmennummer|firmenhandy|diensthandy|dienstadresse|dienstnummer|arbeitsadresse|"
        r"büroadresse|bueroadresse|büronummer|(?:dienstlichen?|geschäftlichen?|geschaeftlichen?|beruflichen?) "
        r"(?:e-?mail(?:-?adresse)?|adresse|nummer|handynummer))",
        "on my work email",
    ),
    (
        r"(?:bitte )?nicht mehr (?:kontaktieren|anschreiben|anrufen|kontaktiert werden|angeschrieben "
        r"werden|melden)",
        "please do not contact me again",
    ),
    (
        r"(?:von )?(?:jeder |jeglicher |einer )?weiteren? kontaktaufnahme abzusehen",
        "refrain from contacting me again",
    ),
    # "sehen Sie von weiteren Kontaktaufnahmen ab": the formal letter's way to say stop
    (
        r"sehen sie (?:bitte )?(?:künftig |zukünftig |in zukunft )?von (?:jeder |jeglicher |einer )?"
        r"(?:weiteren |künftigen |erneuten )?(?:kontaktaufnahmen?|kontakten|anfragen|anrufen|e-?mails)"
        r"(?: \w+){0,2}? ab",
        "refrain from contacting me again",
    ),
    (
        r"(?:löschen|loeschen|entfernen) sie (?:bitte )?(?:sämtliche|saemtliche|alle)(?: meine)? "
        r"(?:\w+ )?daten",
        "delete all my data",
    ),
    # "bitte um deren Löschung" (after "meiner Daten"), "ich bitte um Löschung meiner Daten"
    (
        r"(?:bitte|bitten|ersuche) (?:sie )?um (?:deren |ihre |die )?(?:(?:umgehende|sofortige|vollst[äa]ndige|"
        r"endg[üu]ltige) )?l[öo]schung(?! (?:meines|des|der alten|meiner alten|von))",
        "request deletion of my data",
    ),
    # "um umgehende Löschung meines Profils": all they are on our books (not "meines alten
    # Profils", a duplicate, nor "meines Termins")
    (
        r"l[öo]schung (?:meines|seines|ihres) (?:(?:kompletten|gesamten|ganzen) )?(?:profils|bewerberprofils|"
        r"kandidatenprofils|datensatzes|eintrags|kontos|accounts|lebenslaufs|dossiers)",
        "deletion of my data",
    ),
    (
        r"keine (?:weitere |weiteren )?(?:kontaktaufnahme|kontakte?)(?: mehr)?(?= *(?:[.!,;—–-]|$|bitte|"
        r"erwünscht|gewünscht|danke))",
        "no further contact",
    ),
    (
        r"keine (?:weiteren )?(?:anfragen|nachrichten|e-?mails|mails|angebote|jobangebote|"
        r"stellenangebote) mehr",
        "no more messages",
    ),
    # "bitte keine weiteren Nachrichten.": "further" says it without "mehr", said on its own
    # ("keine weiteren Nachrichten zu Zeitarbeit" is scoped and stays unread)
    (
        r"keine (?:weiteren|weitere|künftigen|zukünftigen) (?:anfragen|nachrichten|e-?mails|mails|"
        r"angebote|jobangebote|stellenangebote|kontaktaufnahmen|zuschriften)(?= *(?:[.!;—–-]|$|bitte\b|danke\b))",
        "no more messages",
    ),
    (
        r"(?:meine|seine|ihre|alle meine) (?:personenbezogenen |persönlichen )?daten (?:bitte )?(?:zu )?"
        r"(?:löschen|loeschen|entfernen)",
        "delete my data",
    ),
    (
        r"(?:löschen|loeschen|entfernen) sie (?:bitte )?(?:meine|alle meine) (?:\w+ )?daten",
        "delete my data",
    ),
    (
        r"l[öo]schung (?:meiner|seiner|ihrer) (?:personenbezogenen )?daten|datenl[öo]schung",
        "deletion of my data",
    ),
    (r"daten (?:bitte )?l[öo]schen", "delete all data"),
    (
        r"(?:widerrufe|widerrufen|widerruft|widerrief)(?: \w+){0,3}? (?:meine|seine|ihre|die) "
        r"(?:einwilligung|zustimmung|einverständniserklärung)",
        "withdraw my consent",
    ),
    (
        r"(?:meine|seine|ihre|die) (?:einwilligung|zustimmung)(?: \w+){0,4}? (?:widerrufen|"
        r"zurückgezogen|zurückziehen|entzogen)",
        "withdraw my consent",
    ),
    (
        r"(?:widerspreche|widersprechen|widerspricht|widersprach)(?: \w+){0,3}? (?:der |die |jeder )?"
        r"(?:weiteren )?(?:verarbeitung|nutzung|speicherung|verwendung) (?:meiner|seiner|ihrer) "
        r"(?:personenbezogenen )?daten",
        "object to the processing of my data",
    ),
    (
        r"widerspruch (?:gegen die (?:weitere )?(?:verarbeitung|nutzung|speicherung) (?:meiner|seiner|"
        r"ihrer) daten|(?:nach |gemäß |gem\. ?)?(?:art\.? ?21 )?dsgvo)",
        "object to the processing of my data",
    ),
    (
        r"(?:aus (?:ihrer|eurer|der|ihren|euren) (?:datenbank|kartei|liste|bewerberdatenbank|"
        r"talentpool|verteiler)) (?:entfernen|löschen|streichen|austragen)",
        "remove me from your database",
    ),
    (r"lass(?:t|en sie)? mich in ruhe", "leave me alone"),
)
