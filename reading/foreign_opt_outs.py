"""The stop phrases of the European languages ``reading.foreign`` reads (German, French,
Portuguese, Polish, Dutch, Italian, Swedish, Romanian, Finnish, Turkish and the data-protection
laws by their local names), each mapped to the English opt-out the rules already know.

Kept apart from ``reading.foreign`` for size only: it puts this table after the tables of the
languages that have modules of their own. An entry maps a phrase to an opt-out only when it
refuses contact as such; a scoped or softer wish ("write to me in French", "not now, keep
sending") has no entry and stays unread.
"""

from __future__ import annotations

_ME = r"(?:me|mich|moi|mnie|mij|mi)"
# A Portuguese word that narrows what is not to be sent: "... vagas de noite", "... em Campinas"
# ("... de vocês", from you all, narrows nothing).
_PT_SCOPE = (
    r"(?:de(?! voc)|do|da|dos|das|no|na|nos|nas|em|sobre|para|fora|abaixo|acima|que|com|exceto|por|"
    r"neste|nesse|deste|desse)\b"
)
_PT_UNSCOPED = rf"(?! {_PT_SCOPE})"

OPT_OUTS: tuple[tuple[str, str], ...] = (
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
    # French
    (
        r"(?:veuillez |merci de |pourriez-vous |pouvez-vous |svp |stp )?(?:retirer|supprimer|effacer|"
        r"enlever|retirez|supprimez|effacez|enlevez|retire|supprime|efface|enlève)(?:[- ]moi)? "
        r"(?:mes|ses|leurs|toutes mes) (?:coordonnées|coordonnees|données(?: personnelles)?|donnees|"
        r"informations(?: personnelles)?|infos|cv|dossier|profil)",
        "remove my details",
    ),
    (
        r"(?:retirez|retirer|supprimez|supprimer|enlevez|enlever|rayez|rayer)[- ](?:moi|la|le) (?:de|des) "
        r"(?:votre|vos|la|ta|tes|les) (?:liste|listes|base|bases|fichier|fichiers|banque|vivier|cvthèque)",
        "remove me from your database",
    ),
    # "retirer mon nom de votre banque de candidats" (Québec), "supprimez mon profil de vos fichiers"
    (
        r"(?:retirer|retirez|retire|supprimer|supprimez|supprime|enlever|enlevez|enlève|effacer|effacez|"
        r"efface|rayer|rayez|ôter|ôtez|oter|otez) (?:mon|son|leur) (?:nom|profil|cv|dossier|numéro|numero|"
        r"courriel|adresse(?: courriel| e-?mail)?) (?:de|des|du) (?:votre|vos|la|ta|tes|les|leur|leurs|"
        r"notre|nos) (?:liste|listes|base|bases|fichier|fichiers|banque|vivier|cvthèque|répertoire|"
        r"repertoire|système|systeme|registre)",
        "remove me from your database",
    ),
    # "de ne plus m'écrire", "ne m'appelez plus": writing is contact, a call is a channel
    (r"(?:de )?ne (?:plus|jamais) m'(?:appeler|téléphoner|telephoner)", "do not call me again"),
    (r"ne m'(?:appelez|appelle|téléphonez|telephonez) plus", "do not call me again"),
    (
        r"(?:de )?ne (?:plus|jamais) m'(?:écrire|ecrire|écrire de nouveau)",
        "do not contact me again",
    ),
    (r"ne m'(?:écrivez|ecrivez|écris|ecris) plus", "do not contact me again"),
    (r"(?:de )?ne (?:plus|jamais) m'envoyer|ne m'envoyez plus", "do not send me any more"),
    (
        r"(?:de )?ne (?:plus|jamais) (?:me|la|le|nous) (?:contacter|recontacter|solliciter|relancer|"
        r"écrire|ecrire|appeler|déranger|deranger)",
        "do not contact me again",
    ),
    (
        r"ne (?:me|la|le) (?:contactez|recontactez|sollicitez|relancez|écrivez|ecrivez|appelez|"
        r"dérangez) plus",
        "do not contact me again",
    ),
    (
        r"ne (?:souhaite|veux|désire|desire|voudrais|souhaitons|veut|souhaite) plus (?:être |etre )?"
        r"(?:contacté|contacte|sollicité|sollicite|recontacté|relancé|dérangé)e?s?(?: par (?:votre|vous|"
        r"vos|ton|ta) ?\w*)?",
        "do not contact me again",
    ),
    (
        r"ne (?:souhaite|veux|désire|veut) plus (?:recevoir|avoir) (?:de |d'|vos |aucune )?(?:offres|"
        r"messages|courriels|e-?mails|mails|nouvelles|sollicitations)"
        # "... d'offres pour Laval", "... pour des postes en Java": one place or kind, not all mail
        # ("de votre part", "de vous": from us, so all of it)
        r"(?!\s+(?:pour|à|a|en|dans|sur|concernant|hors)\b|\s+(?:de|du|des)\b(?!\s+(?:votre|vos|vous|la part)\b))",
        "does not want any more messages",
    ),
    (
        r"(?:arrêtez|arretez|arrête|arrete|cessez|cesse|merci d'arrêter) de (?:me|la|le) (?:contacter|"
        r"solliciter|relancer|harceler)",
        "stop contacting me",
    ),
    (
        r"(?:arrêtez|arretez|arrête|arrete|cessez|cesse|merci d'arrêter) de m'(?:envoyer|écrire|ecrire|"
        r"appeler)",
        "stop sending me",
    ),
    (r"laissez-moi tranquille|fichez-moi la paix|foutez-moi la paix", "leave me alone"),
    (r"(?:je )?(?:retire|retirer|retirons) (?:mon|son|leur) consentement", "withdraw my consent"),
    (r"(?:je )?m'oppose au traitement de mes données", "object to the processing of my data"),
    # a line or an address named after the stop ("ne plus m'appeler au bureau", "ne plus m'écrire
    # sur mon adresse professionnelle"): that line only, as "at work" reads in English
    (
        # ("être contacté sur mon numéro professionnel", "m'appeler sur ma ligne au bureau": the same)
        r"(?:(?<=appeler )|(?<=appelez )|(?<=écrire )|(?<=ecrire )|(?<=joindre )|(?<=contacter )|(?<=contacté )|"
        r"(?<=contactée )|(?<=contacte )|(?<=contactee ))(?:au bureau|"
        r"au travail|sur mon lieu de travail|(?:sur|à|a) (?:mon|ma) (?:adresse|e-?mail|mail|courriel|numéro|"
        r"numero|téléphone|telephone|poste|ligne|portable|mobile)(?: (?:e-?mail|mail|courriel|fixe|directe?))? "
        r"(?:professionnel(?:le)?|pro|du bureau|au bureau|du travail|au travail))",
        "at work",
    ),
    (r"[ée]crivez[- ]moi|[ée]cris[- ]moi", "write to me"),
    (r"droit à l'oubli|droit a l'oubli|droit à l'effacement", "right to be forgotten"),
    (
        r"(?:désabonnez|desabonnez|désinscrivez|desinscrivez|désabonne|désinscris)[- ]moi de tout|"
        r"me désabonner de tout",
        "unsubscribe me from everything",
    ),
    (
        r"(?:désabonnez|desabonnez|désinscrivez|desinscrivez|désabonne|désinscris)[- ]moi"
        r"(?= *(?:[.!]|$|,? ?(?:merci|svp|s'il)))",
        "unsubscribe me",
    ),
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
        r"(?:me )?(?:tirem|tire|removam|remova|excluam|exclua|apaguem|apague)(?:-me)? d[ao]s? (?:sua |vossa )?"
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
        r"(?:usini|msini)(?:text|texti|tafute|pigie|tumie|andikie|sumbue|call|message|msg|whatsapp)"
        r"(?:e|ni)? (?:tena|kamwe)",
        "do not contact me again",
    ),
    # Spanish
    (
        r"no me (?:contacten|contactes|contacte|escriban|escribas|llamen|llames|busquen|molesten|"
        r"moleste|molestes) (?:m[aá]s|nunca m[aá]s|de nuevo|otra vez)",
        "do not contact me again",
    ),
    (r"no me vuelvan? a (?:contactar|escribir|llamar|buscar|molestar)", "do not contact me again"),
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
    (
        r"no (?:quiero|quiere|deseo) (?:recibir )?m[aá]s (?:correos|mensajes|ofertas|vacantes|e-?mails|"
        r"llamadas)",
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
    # Polish
    (
        r"(?:(?:prosi|proszę|prosze|prosimy)(?: o)? )?(?:usunięcie|usuniecie|usunąć|usunac|usuń|usun|"
        r"wykreślenie|wykreślić)(?: (?:mnie|jej|jego|moich danych|jej danych|jego danych|mojego cv|danych|"
        r"kandydatki|kandydata))? z (?:waszej |naszej |państwa |panstwa )?(?:bazy(?: danych)?|listy|list|"
        r"systemu|mailingu)",
        "remove me from your database",
    ),
    (
        r"(?:usunąć|usunac|usuń|usunięcie|usuniecie) (?:moje|moich|jej|jego) dan(?:e|ych)",
        "delete my data",
    ),
    # "proszę usunąć mój numer" ("mój stary numer", an old one, is not this)
    (
        r"(?:usunąć|usunac|usuńcie|usuncie|usuń|usun|usunięcie|usuniecie) (?:mój|moj|mojego|jej|jego) (?:numer|numeru)"
        r"(?: telefonu)?",
        "delete my number",
    ),
    (
        r"(?:(?:proszę|prosze|prosi|prosimy)(?: o)? )?(?:nie|nigdy nie) (?:kontaktować|kontaktowac|"
        r"kontaktowanie|kontaktujcie|kontaktuj|pisać|pisac|piszcie|dzwonić|dzwonic|dzwońcie)(?: się| sie)?"
        r"(?: (?:ze mną|ze mna|z nią|z nia|z nim))? (?:więcej|wiecej|już|juz|ponownie)",
        "do not contact me again",
    ),
    (
        r"(?:(?:proszę|prosze|prosi|prosimy)(?: o)? )?nie (?:kontaktować|kontaktowac|kontaktowanie|"
        r"kontaktujcie)(?: się| sie)?(?: (?:ze mną|ze mna|z nią|z nia|z nim))?",
        "do not contact me",
    ),
    (
        r"nie (?:chce|chcę|chcemy)(?: już| juz)?(?: (?:więcej|wiecej|już|juz))? (?:więcej|wiecej|żadnych|zadnych|"
        r"już|juz) (?:ofert|"
        r"wiadomości|wiadomosci|maili|e-maili|kontaktu|telefonów)"
        # "... ofert z nocnymi zmianami", "... ofert na magazyn": a kind of offer, not all of them
        r"(?! (?:z|ze|na|w|we|do|dotycz\w*|typu|o|poza)\b(?! (?:państwa|panstwa|waszej|was|tej)\b))",
        "does not want any more messages",
    ),
    (r"(?:wypisz(?:cie)?) mnie ze wszystkiego", "unsubscribe me from everything"),
    (r"(?:wypisz(?:cie)?) mnie(?= *(?:[.!,]|$|proszę|prosze))", "unsubscribe me"),
    (
        r"(?:wycofuję|wycofuje|wycofać|wycofac|cofam|wycofała|wycofał|wycofala|wycofal) (?:\w+ )?zgod[ęea]",
        "withdraw my consent",
    ),
    (r"dajcie mi spok[óo]j", "leave me alone"),
    # "nie życzę sobie dalszego kontaktu z Państwa strony", "proszę więcej się ze mną nie
    # kontaktować", "nie chcę już otrzymywać wiadomości": all contact, nothing after that narrows it
    (
        r"nie (?:życzę|zycze|życzy|zyczy) sobie (?:już |juz )?(?:dalszego|dalszych|więcej|wiecej|żadnego|zadnego|"
        r"żadnych|zadnych)? ?(?:kontaktu|kontaktów|kontaktow|wiadomości|wiadomosci|maili|e-maili|telefonów|"
        r"telefonow|ofert)(?: (?:z|ze) (?:państwa|panstwa|waszej|pana|pani|twojej) strony| ze strony (?:państwa|"
        r"panstwa|waszej firmy|agencji)| od (?:państwa|panstwa|was|pana|pani))?(?= *(?:[.!;]|$|,? ?(?:dziękuję|"
        r"dziekuje|pozdrawiam)))",
        "does not want any further contact",
    ),
    (
        r"nie (?:chcę|chce|chcemy) (?:już |juz )?(?:więcej |wiecej )?otrzymywać (?:już |juz )?(?:więcej |wiecej |"
        r"żadnych |zadnych )?(?:wiadomości|wiadomosci|maili|e-maili|ofert|telefonów|telefonow)(?: od (?:państwa|"
        r"panstwa|was|pana|pani))?(?= *(?:[.!;]|$|,? ?(?:dziękuję|dziekuje|pozdrawiam)))",
        "does not want any more messages",
    ),
    (
        r"(?:(?:proszę|prosze|prosimy) )?(?:więcej|wiecej|już|juz) (?:się |sie )?(?:ze mną |ze mna |z nią |z nia |"
        r"z nim |do mnie |do niej |do niego )?nie (?:kontaktować|kontaktowac|pisać|pisac|dzwonić|dzwonic)"
        r"(?: się| sie)?|(?:proszę|prosze|prosimy) o "
        r"niekontaktowanie (?:się|sie)(?: (?:ze mną|ze mna|z nią|z nia|z nim))?",
        "do not contact me again",
    ),
    (
        r"(?:proszę |prosze )?nie (?:wysyłać|wysylac|przesyłać|przesylac|wysyłajcie|wysylajcie) mi (?:już |juz )?"
        r"(?:więcej|wiecej|żadnych|zadnych) (?:ofert|wiadomości|wiadomosci|maili)(?= *(?:[.!;]|$|,? ?(?:dziękuję|"
        r"dziekuje|pozdrawiam)))",
        "do not send me anything",
    ),
    # Dutch
    (
        r"neem (?:alstublieft |aub |a\.u\.b\. |svp )?geen contact (?:meer )?(?:met (?:mij|me) )?op",
        "do not contact me again",
    ),
    (r"geen contact meer", "no further contact"),
    (
        r"niet meer (?:benaderen|contacteren|mailen|bellen|benaderd worden|gecontacteerd worden)",
        "do not contact me again",
    ),
    # "wil niet meer door ons benaderd worden"; an ATS flag "NIET BENADEREN" (bellen alone is a channel)
    (
        r"niet meer door (?:ons|jullie|u|recruiters|wie dan ook) (?:benaderd|gecontacteerd|gemaild|"
        r"gebeld) (?:te )?worden",
        "do not contact me again",
    ),
    (r"niet (?:benaderen|contacteren)(?= *(?:[.!,;—–-]|$))", "do not contact"),
    (
        r"nooit meer (?:door (?:ons|jullie|u|recruiters|wie dan ook) )?(?:benaderd|gecontacteerd|gemaild|"
        r"gebeld) (?:te )?worden|(?:neem|neemt) nooit meer contact (?:met (?:mij|me|haar|hem) )?op",
        "never contact me again",
    ),
    (
        r"uit (?:het|jullie|uw|ons) (?:systeem|bestand|database|ats) (?:te )?(?:halen|verwijderen|schrappen)",
        "remove me from your database",
    ),
    (
        r"verwijder(?:t|en)? (?:mij|me|(?:al |alle )?(?:mijn|zijn|haar) (?:persoons)?gegevens) uit "
        r"(?:uw|jullie|het|de|je) (?:bestand|database|systeem|lijst|bestanden|administratie|ats)",
        "remove me from your database",
    ),
    (r"(?:mijn|zijn|haar) gegevens (?:te )?verwijderen", "delete my data"),
    (r"(?:trek|trekt|ik trek) (?:mijn|zijn|haar) toestemming in", "withdraw my consent"),
    (r"laat (?:me|mij) met rust", "leave me alone"),
    # "ik wil geen berichten meer van jullie ontvangen", "stuur me geen vacatures meer", "gelieve mij
    # niet meer te contacteren": all we send, nothing after that narrows it ("... over Java-rollen")
    (
        r"(?:ik )?(?:wil|wens|ontvang) (?:graag )?geen (?:berichten|mails|e-?mails|mailtjes|vacatures|"
        r"telefoontjes|appjes|contact|benaderingen) meer(?: (?:van|vanuit) (?:jullie|u|jou|je|uw bureau|"
        r"jullie kant|uw kant))?(?: (?:te )?ontvangen)?(?= *(?:[.!;]|$|,? ?(?:dank|bedankt|alstublieft|aub|"
        r"groet|mvg)))",
        "does not want any more messages",
    ),
    (
        r"(?:stuur|stuurt|sturen) (?:me|mij) (?:alstublieft |aub |graag )?geen (?:berichten|mails|e-?mails|"
        r"vacatures|appjes) meer(?= *(?:[.!;]|$|,? ?(?:dank|bedankt|alstublieft|aub|groet|mvg)))",
        "do not send me anything",
    ),
    (
        r"(?:niet|nooit) meer te (?:contacteren|benaderen|mailen|berichten)",
        "do not contact me again",
    ),
    # Italian
    (
        r"non (?:contattatemi|mi contattate|mi contattare|contattarmi|scrivetemi|mi scrivete|chiamatemi|"
        r"mi chiamate|mi cercate) più",
        "do not contact me again",
    ),
    (
        r"non (?:voglio|desidero|vuole) più essere (?:contattat|ricontattat)[oaie]|non (?:voglio|desidero|"
        r"vuole) essere (?:contattat|ricontattat)[oaie] (?:più|di nuovo|ancora)",
        "do not contact me again",
    ),
    (
        r"(?:cancellate|cancellare|eliminate|eliminare|rimuovete|rimuovere) (?:i )?(?:miei|suoi) dati",
        "delete my data",
    ),
    (
        r"(?:rimuovetemi|cancellatemi|toglietemi) dalla (?:vostra )?(?:lista|banca dati|database|mailing list)",
        "remove me from your database",
    ),
    # "non voglio più ricevere offerte (da voi)", "non mandatemi più annunci": all we send, refused;
    # a kind or a place after it ("offerte per Milano", "offerte part-time") is a narrower no
    (
        r"(?:non (?:voglio|desidero|vuole) più ricevere|non (?:mandatemi|inviatemi|mandategli|"
        r"mandatele|mi mandate|mi inviate) più) (?:le |delle )?(?:vostre |sue )?(?:offerte|proposte|"
        r"annunci|e-?mail|mail|messaggi|posizioni)(?: di lavoro)?(?: (?:da voi|da parte vostra|"
        r"dalla vostra agenzia))?(?= *(?:[.!;]|$|,? ?(?:grazie|saluti|cordiali)))",
        "do not send me anything",
    ),
    (r"smettete(?:la)? di (?:contattarmi|scrivermi|chiamarmi|mandarmi)", "stop contacting me"),
    (r"revoco il (?:mio )?consenso|revoca del consenso", "withdraw my consent"),
    (r"lasciatemi in pace|lasciatemi stare", "leave me alone"),
    # Swedish
    (
        r"sluta (?:att )?(?:kontakta|höra av (?:er|dig|sig|oss)(?: till (?:mig|henne|honom))?|ringa|mejla|"
        r"maila|skriva till) ?(?:mig|henne|honom)?(?: helt(?: och hållet)?| överhuvudtaget)?(?= *(?:[.!,;—–-]|$|"
        r"och|,|vill|tack))",
        "stop contacting me altogether",
    ),
    (
        r"(?:vill|önskar) inte (?:längre )?bli (?:kontaktad|kontaktade|kontaktat)(?: (?:igen|mer|"
        r"längre|av (?:er|oss)))*|kontakta (?:mig|henne|honom) inte (?:igen|mer)|"
        # "(jag vill att ni) inte kontaktar mig igen": the wish in the present tense
        r"(?:inte|aldrig) (?:längre |mer )?(?:kontaktar|hör av er till) (?:mig|henne|honom) (?:igen|mer|längre)|"
        r"(?:kontaktar|hör av er till) (?:mig|henne|honom) inte (?:igen|mer|längre)",
        "does not want to be contacted again",
    ),
    (
        # the imperative, or the present after "jag vill att ni": "raderar mina uppgifter", "tar bort mig"
        r"(?:raderar?|tar? bort|stryk(?:er)?) (?:mina|hennes|hans|alla mina) (?:person)?uppgifter|"
        r"tar? bort (?:mig|henne|honom) (?:från|ur) (?:er|era|din|listan|registret|databasen)\w*(?: \w+)?",
        "delete my data",
    ),
    (r"avregistrera (?:mig|henne|honom)", "unsubscribe me"),
    (r"återkallar (?:mitt|sitt) samtycke", "withdraw my consent"),
    # Romanian: "vă rog să nu mă mai contactați", "nu mai doresc să fiu contactat", "ștergeți-mi datele",
    # "scoateți-mă din baza de date"; "nu mă sunați" alone (no "mai") refuses the phone only
    (
        r"(?:să |sa )?nu (?:mă|ma|o|îl|il) mai (?:contactați|contactati|contacta|contactezi|căutați|cautati|"
        r"deranjați|deranjati|scrieți|scrieti|trimiteți|trimiteti)"
        # "... pentru joburi" is any role; "... despre roluri de junior" narrows it
        r"(?! (?:despre|referitor la|în legătură cu|in legatura cu|pentru (?!(?:alte |niciun )?(?:joburi|"
        r"posturi|oferte|roluri|oportunități|oportunitati)(?= *(?:[.!,;]|$)))))",
        "do not contact me again",
    ),
    (r"(?:să |sa )?nu (?:mă|ma) mai (?:sunați|sunati|suna)", "do not call me again"),
    (r"nu (?:mă|ma) (?:sunați|sunati|suna)", "do not call me"),
    (
        r"nu (?:mai )?(?:doresc|vreau|dorește|doreste|vrea) (?:să|sa) (?:mai )?fiu (?:contactat|contactată|"
        r"contactata|abordat|abordată|abordata)",
        "does not want to be contacted again",
    ),
    (
        r"nu (?:mai )?(?:doresc|vreau) (?:să|sa) (?:mai )?primesc (?:alte |niciun |nicio |vreun |vreo )?"
        r"(?:mesaje|e-?mailuri|emailuri|oferte|apeluri|mesaj|e-?mail)(?: de la (?:dumneavoastră|dumneavoastra|"
        r"voi))?(?= *(?:[.!;]|$|,? ?(?:mulțumesc|multumesc|vă mulțumesc|va multumesc)))",
        "does not want any more messages",
    ),
    (
        r"(?:(?:să |sa )?(?:îmi|imi|mi) (?:ștergeți|stergeti|șterge|sterge)|(?:ștergeți|stergeti)-mi) "
        r"(?:toate )?(?:datele|cv-ul|cv-ul meu|profilul|contul|informațiile|informatiile)(?: (?:personale|mele))?"
        r"(?: din (?:baza de date|baza dumneavoastră de date|evidențe|evidente|sistem|listă|lista))?",
        "delete my data",
    ),
    (
        r"(?:ștergeți|stergeti|scoateți|scoateti|eliminați|eliminati)-(?:mă|ma) (?:din|de pe) (?:baza de date|"
        r"baza dumneavoastră de date|listă|lista|listele|sistem|evidențe|evidente)",
        "remove me from your database",
    ),
    (r"dezaboneaz[ăa]-(?:mă|ma)|dezabonați-(?:mă|ma)|dezabonati-ma", "unsubscribe me"),
    (r"(?:îmi |imi )?retrag consim[țt][ăa]m[âa]ntul", "withdraw my consent"),
    (
        r"în timpul programului(?: de lucru)?|in timpul programului(?: de lucru)?",
        "during work hours",
    ),
    # Finnish
    (
        r"(?:älkää|älä) (?:enää )?(?:ottako|ota) (?:minuun|häneen|meihin) (?:enää )?yhteyttä|"
        r"ei halua (?:enää )?(?:yhteydenottoja|että häneen otetaan yhteyttä)",
        "do not contact me again",
    ),
    (r"poistakaa (?:minut|tietoni|hänet|hänen tietonsa)(?: \w+)?", "delete my data"),
    (r"lopettakaa yhteydenotot", "stop contacting me"),
    # Turkish
    (
        r"(?:beni|onu) (?:\w+ )?(?:listenizden|listeden|veritabanınızdan|sisteminizden) (?:çıkarın|çıkarın|"
        r"silin|çıkartın|kaldırın|kaldirin|cikarin)",
        "remove me from your list",
    ),
    (
        r"bir daha (?:bana |benimle |ona )?(?:ulaşmayın|aramayın ve yazmayın|iletişime geçmeyin|"
        r"yazmayın)|(?:bana|benimle) (?:bir daha )?(?:hiç )?(?:ulaşmayın|iletişime geçmeyin)(?= *(?:[.!,]|$))",
        "never contact me again",
    ),
    # "artık benimle hiçbir şekilde iletişime geçmeyin", "bir daha mesaj atmayın": any more, or at
    # all; "beni aramayın" alone refuses the phone
    (
        r"(?:(?:artık|artik|bir daha|bundan sonra|hiçbir şekilde|hicbir sekilde|asla) )+(?:(?:bana|benimle|"
        r"beni|ona|onunla) )?(?:(?:artık|bir daha|hiçbir şekilde|hicbir sekilde|asla|hiç|kesinlikle) )*"
        r"(?:aramayın|aramayin)",
        "never call me again",
    ),
    (
        r"(?:(?:artık|artik|bir daha|bundan sonra|hiçbir şekilde|hicbir sekilde|asla) )+(?:(?:bana|benimle|"
        r"beni|ona|onunla) )?(?:(?:artık|bir daha|hiçbir şekilde|hicbir sekilde|asla|hiç|kesinlikle) )*"
        r"(?:ulaşmayın|ulasmayin|iletişime geçmeyin|iletisime gecmeyin|iletişim kurmayın|yazmayın|yazmayin|"
        r"mesaj atmayın|mesaj atmayin|mesaj göndermeyin|rahatsız etmeyin|rahatsiz etmeyin)",
        "never contact me again",
    ),
    (
        r"(?:bana|benimle|beni|ona|onunla) (?:(?:artık|artik|bir daha|hiçbir şekilde|hicbir sekilde|asla|"
        r"hiç|kesinlikle) )+(?:ulaşmayın|ulasmayin|iletişime geçmeyin|iletisime gecmeyin|iletişim kurmayın|"
        r"yazmayın|yazmayin|mesaj atmayın|mesaj atmayin|mesaj göndermeyin|rahatsız etmeyin|rahatsiz etmeyin)",
        "never contact me again",
    ),
    (r"beni aramayın|beni aramayin", "do not call me"),
    (
        r"(?:(?:artık|artik|bir daha|bundan sonra) )+(?:bana )?(?:(?:bir daha|artık|artik) )?"
        r"(?:[\wçğıöşü]+ ){0,2}?(?:göndermeyin|gondermeyin|yollamayın|yollamayin)",
        "do not send me any more",
    ),
    (
        r"(?:telefon )?(?:numaramı|numarami|iletişim bilgilerimi|cv'?mi|özgeçmişimi) (?:listenizden|"
        r"sisteminizden|veritabanınızdan|rehberinizden|listeden) (?:silin|çıkarın|cikarin|kaldırın|kaldirin)",
        "remove my number from your list",
    ),
    (r"(?:verilerimi|bilgilerimi|kişisel verilerimi) silin", "delete my data"),
    (r"kvkk", "gdpr"),
    # Indonesian
    (
        r"(?:jangan|tolong jangan|mohon jangan|nggak usah|gak usah|ga usah|tidak usah) (?:\w+ )?"
        r"(?:hubungi|kontak|menghubungi|ngehubungin|chat|telepon)(?: saya| aku| dia| gue)? lagi",
        "do not contact me again",
    ),
    (
        r"(?:tolong |mohon )?(?:hapus|keluarkan)(?: saya| aku| data saya| data dia| nomor saya)? dari "
        r"(?:daftar|database|list|sistem)\w*",
        "remove me from your database",
    ),
    (r"berhenti (?:menghubungi|kontak|ngehubungin)(?: saya| aku| dia)?", "stop contacting me"),
    # Tagalog and Taglish
    (
        r"(?:(?:pls|please|paki) )?remove (?:me|mo ako|na ako)(?: na)?(?: po)? sa (?:list|listahan|database)",
        "remove me from your list",
    ),
    (
        r"(?:wag|huwag) (?:na )?(?:po )?(?:n?yo )?(?:akong|ako|siyang|siya) (?:i-?contact|kontakin|"
        r"i-?message|tawagan|guluhin)(?: ulit| uli| pa)?|(?:ayoko|ayaw ko|ayaw niya) na (?:po )?(?:ma-?contact|"
        r"makontak|i-?contact)",
        "do not contact me again",
    ),
    # data-protection law by its local name
    (r"dsgvo|rgpd|lgpd|rodo|gdpr-begäran", "gdpr"),
    # the Dutch law's name is "avg", an English abbreviation too: only as a request
    (r"avg[- ]?(?:verzoek|request|aanvraag)", "gdpr request"),
)
