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
    # a call is one channel here too: "bitte nicht mehr anrufen, WhatsApp ist ok" refuses the phone
    (r"(?:bitte )?nicht mehr (?:anrufen|angerufen werden)", "please do not call me again"),
    (
        r"(?:bitte )?nicht mehr (?:kontaktieren|anschreiben|kontaktiert werden|angeschrieben "
        r"werden|melden)",
        "please do not contact me again",
    ),
    # the zu-infinitive of a letter's request: "ich bitte Sie, mich künftig nicht mehr zu kontaktieren"
    (
        r"(?:mich|ihn|sie|uns) (?:bitte )?(?:(?:künftig|kuenftig|zukünftig|zukuenftig|in zukunft|ab sofort) )?"
        r"(?:nicht mehr|nie wieder|nie mehr) (?:zu kontaktieren|anzuschreiben|zu schreiben|zu kontakten)",
        "please do not contact me again",
    ),
    (
        r"(?:mich|ihn|sie|uns) (?:bitte )?(?:(?:künftig|kuenftig|zukünftig|zukuenftig|in zukunft|ab sofort) )?"
        r"(?:nicht mehr|nie wieder|nie mehr) anzurufen",
        "please do not call me again",
    ),
    # "hören Sie (bitte) auf, mir zu schreiben": stop, said as the act to stop
    (
        r"(?:hören|hoeren|hört|hoert|hör|hoer) (?:sie |ihr )?(?:bitte |endlich |jetzt )?auf,? (?:mir|mich|uns) "
        r"(?:zu schreiben|zu kontaktieren|anzuschreiben|zu kontakten|zu nerven|zu belästigen|zu belaestigen|"
        r"ständig zu schreiben|dauernd zu schreiben)",
        "stop messaging me",
    ),
    (
        r"(?:hören|hoeren|hört|hoert|hör|hoer) (?:sie |ihr )?(?:bitte |endlich |jetzt )?auf,? (?:mich|uns) "
        r"(?:ständig |dauernd )?anzurufen",
        "stop calling me",
    ),
    # the channel that will still do: "WhatsApp ist ok", "SMS geht"
    (
        r"whatsapps? (?:ist|sind|geht|gehen)(?: (?:ok|okay|in ordnung|gut|fein|gerne?)|(?=\s*(?:[.!,;–—-]|$)))",
        "whatsapp is fine",
    ),
    (
        r"sms (?:ist|sind|geht|gehen)(?: (?:ok|okay|in ordnung|gut|fein|gerne?)|(?=\s*(?:[.!,;–—-]|$)))",
        "texts are fine",
    ),
    (
        r"(?:e-?)?mails? (?:ist|sind|geht|gehen)(?: (?:ok|okay|in ordnung|gut|fein|gerne?)|(?=\s*(?:[.!,;–—-]|$)))",
        "email is fine",
    ),
    # a bare "Nein danke." to our message; the English rules keep it to the bare reply ("nein danke
    # für die Stelle in X", "nein danke, dieses Mal nicht" refuse a role or a time)
    (r"nein,? danke(?: schön| schoen| sehr)?", "no thanks"),
    (
        r"(?:von )?(?:jeder |jeglicher |einer )?weiteren? kontaktaufnahme (?:abzusehen|abstand (?:zu )?nehmen)",
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
        r"(?:keine|keinerlei) (?:weitere |weiteren )?(?:kontaktaufnahme|kontakte?|ansprache)(?: mehr)?"
        r"(?: (?:durch uns|von uns|unsererseits|seitens uns|durch sie|von ihnen|ihrerseits))?"
        r"(?= *(?:[.!,;—–(-]|$|bitte|erwünscht|gewünscht|danke|egal))",
        "no further contact",
    ),
    (
        r"keine (?:weiteren )?(?:anfragen|nachrichten|e-?mails|mails|angebote|jobangebote|"
        r"stellenangebote) mehr",
        "no more messages",
    ),
    # "wünscht künftig keinerlei Anfragen von Personalberatern", "möchte keine Anfragen von
    # Headhuntern mehr erhalten": requests from our trade (or none whatsoever), refused as such
    # ("keine Anfragen zu Zeitarbeit" is one kind and stays unread)
    (
        r"(?:keine|keinerlei) (?:weiteren? |künftigen )?(?:anfragen|nachrichten|angebote|jobangebote|"
        r"stellenangebote|kontaktaufnahmen?|ansprachen?) (?:mehr )?(?:von|durch|seitens) (?:ihnen|euch|"
        r"uns|personalberatern|personalberatungen|personalvermittlern|headhuntern|recruitern|"
        r"agenturen|vermittlern|ihrer firma|ihrem haus|ihrem unternehmen)(?: mehr)?"
        r"(?: (?:erhalten|bekommen))?(?= *(?:[.!;,—–-]|$|bitte\b|danke\b))",
        "no more messages",
    ),
    (
        r"keinerlei (?:weitere |weiteren )?(?:anfragen|nachrichten|angebote|jobangebote|"
        r"stellenangebote)(?: mehr)?(?= *(?:[.!;,—–-]|$|bitte\b|danke\b))",
        "no more messages",
    ),
    # "bitte keine weiteren Nachrichten.": "further" says it without "mehr", said on its own
    # ("keine weiteren Nachrichten zu Zeitarbeit" is scoped and stays unread)
    (
        r"keine (?:weiteren|weitere|künftigen|zukünftigen) (?:anfragen|nachrichten|e-?mails|mails|"
        r"angebote|jobangebote|stellenangebote|kontaktaufnahmen|zuschriften|ansprachen?)(?= *(?:[.!;—–-]|$|bitte\b|danke\b))",
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
        r"ihrer) daten|gegen die (?:weitere )?(?:datenverarbeitung|datenspeicherung|datennutzung)|(?:nach |gemäß |gem\. ?)?(?:art\.? ?21 )?dsgvo)",
        "object to the processing of my data",
    ),
    (
        r"(?:aus (?:ihrer|eurer|der|ihren|euren|ihrem|eurem|dem) (?:datenbank|kartei|liste|bewerberdatenbank|"
        r"talentpool|verteiler|evidenz|system|bewerberpool|kandidatenpool)) (?:zu )?(?:entfernen|löschen|"
        r"loeschen|streichen|austragen|nehmen)",
        "remove me from your database",
    ),
    # the dossier (Swiss) or record they are on our books as, deleted whole: "mein Dossier bei Ihnen
    # vollständig zu löschen" (not "mein altes Dossier", a duplicate, nor "aktualisieren")
    (
        r"(?:mein|sein|ihr) (?:dossier|profil|bewerberprofil|kandidatenprofil) (?:bei ihnen |bei euch )?"
        r"(?:(?:bitte |vollständig |vollstaendig |komplett |ganz |endgültig |endgueltig |umgehend ){1,2})?"
        r"(?:zu )?(?:löschen|loeschen|entfernen)",
        "delete all my data",
    ),
    (r"lass(?:t|en sie)? mich in ruhe", "leave me alone"),
    # "verbittet sich jede weitere Kontaktaufnahme (durch uns)": contact as such, not one kind of
    # it ("verbittet sich Anrufe im Büro" names a channel and a place and stays unread)
    (
        r"(?:verbittet|verbitte|verbitten|verbat|verbaten) (?:sich|mir|uns) (?:jede|jegliche|alle|sämtliche|"
        r"saemtliche)? ?(?:weitere |weiteren |künftige |kuenftige |künftigen |kuenftigen )?(?:kontaktaufnahmen?|"
        r"kontakte?|ansprachen?|zuschriften)(?: (?:durch uns|von uns|unsererseits|seitens uns))?"
        r"(?= *(?:[.!,;—–(-]|$|egal|ausdrücklich))",
        "does not want to be contacted again",
    ),
)
