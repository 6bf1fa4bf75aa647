"""French stop phrases (France, Belgium, Switzerland, Québec), each mapped to the English opt-out
the rules already know.

Part of the table ``reading.foreign_opt_outs`` joins (in this order); an entry maps a phrase to
an opt-out only when it refuses contact as such.
"""

from __future__ import annotations

# A call refused with another way in offered ("m'appelez pus, écrivez-moi", "... mais textez"): a
# channel, not a stop
_OTHER_WAY = (
    r"(?![^.!?;]{0,60}\b(?:écrivez|ecrivez|écris|ecris|textez|texte|courriel|e-?mail|whatsapp|messenger|"
    r"mais|sauf|seulement)\b)"
)

FR: tuple[tuple[str, str], ...] = (
    # French
    # a stop recalled, and what turns it back: "j'avais demandé de ne plus être contactée en
    # février, mais ma situation a changé - n'hésitez pas à m'écrire"
    (
        r"j'(?:avais|ai) demandé (?:de |à |a )?ne plus être (?:re)?contact(?:é|e)e?s?",
        "i had asked not to be contacted",
    ),
    (
        r"(?:elle|il) (?:a|avait) demandé (?:de |à |a )?ne plus être (?:re)?contact(?:é|e)e?s?",
        "she had asked not to be contacted",
    ),
    (
        r"(?:a|avait) demandé (?:de |à |a )?ne plus être (?:re)?contact(?:é|e)e?s?",
        "asked not to be contacted",
    ),
    (r"(?:ma|sa|leur) situation a (?:changé|change)", "my situation has changed"),
    (
        r"n'(?:hésitez|hesitez|hésite|hesite) pas à (?:m'écrire|m'ecrire|me contacter|me recontacter|"
        r"m'appeler|me relancer)",
        "don't hesitate to contact me",
    ),
    (
        r"(?:veuillez |merci de |pourriez-vous |pouvez-vous |svp |stp )?(?:retirer|supprimer|effacer|"
        r"enlever|retirez|supprimez|effacez|enlevez|retire|supprime|efface|enlève)(?:[- ]moi)? "
        r"(?:mes|ses|leurs|toutes mes) (?:coordonnées|coordonnees|données(?: personnelles)?|donnees|"
        r"informations(?: personnelles)?|infos|cv|dossier|profil)",
        "remove my details",
    ),
    (
        r"(?:retirez|retirer|supprimez|supprimer|enlevez|enlever|rayez|rayer)[- ](?:moi|la|le) (?:de|des) "
        r"(?:votre|vos|la|ta|tes|les) (?:liste|listes|base|bases|fichier|fichiers|banque|vivier|cvthèque)"
        # what the list is of: "de la liste des postes en Ontario", "... pour les CDD" is one list
        # ("base de données", "liste de diffusion", "banque de candidats" are all of it)
        r"(?: (?:de|des|d') ?(?:données|donnees|diffusion|candidats|candidatures|cv|talents|contacts))?"
        r"(?!\s+(?:de|des|du|d'|pour|en|sur|concernant|hors)\b)",
        "remove me from your database",
    ),
    # "retirez-moi de la liste des postes en Ontario": one place's list, read as the English scoped stop
    (
        r"(?:retirez|retirer|supprimez|supprimer|enlevez|enlever|rayez|rayer)[- ](?:moi|la|le) (?:de|des) "
        r"(?:votre|vos|la|ta|tes|les) (?:liste|listes) (?:des|de|pour les|pour des) (?:postes|offres|emplois|"
        r"annonces|jobs) (?:en|à|a|au|aux|dans|sur)",
        "remove me from the list for jobs in",
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
        # ("qu'on ne la recontacte plus": the subjunctive after "demande qu'on", as the imperative)
        r"ne (?:me|la|le) (?:contactez|recontactez|sollicitez|relancez|écrivez|ecrivez|appelez|"
        r"dérangez|contacte|recontacte|sollicite|relance|dérange|derange) plus",
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
        r"appeler)"
        # "arrêtez de m'écrire en anglais", "... sur mon adresse pro", "... pour des CDD": that only
        r"(?!\s+(?:en|sur|au|aux|à|a|pour|pendant|concernant|hors|dans|le soir|la nuit|le week-end)\b)",
        "stop sending me",
    ),
    # the polite infinitive: "veuillez cesser de me contacter", "merci de ne pas..." is above;
    # only after a request word ("je vais arrêter de le relancer" is the recruiter's own plan)
    (
        r"(?:veuillez|merci de|prière de|priere de|pourriez-vous|pouvez-vous|je vous demande de|"
        r"je vous prie de) (?:cesser|arrêter|arreter) de (?:me|la|le) (?:contacter|solliciter|relancer|"
        r"harceler|déranger|deranger)",
        "stop contacting me",
    ),
    (r"laissez-moi tranquille|fichez-moi la paix|foutez-moi la paix", "leave me alone"),
    # Québécois "lâchez-moi pour de bon" (leave me be for good); a bare "lâchez-moi un peu" is only a
    # break, so the "for good" or "alone" must be said
    (
        r"(?:l[âa]chez|l[âa]che|lâchez)[- ]moi (?:pour de bon|une fois pour toutes|tranquille|la paix|"
        r"avec (?:vos|tes|ces) (?:jobs|appels|offres|messages|courriels))",
        "leave me alone",
    ),
    # "rappelez pus jamais", "m'appelez pus" (Québec drops the "ne" and says "pus" for "plus"); "pus
    # avant mars", "plus le soir" are a wait and an hour, not a stop
    (
        rf"(?:r|re)?(?:appelez|appelle|appeler)(?:[- ]moi)? (?:pus|plus) jamais{_OTHER_WAY}",
        "do not call me again",
    ),
    (
        r"(?:ne )?m'(?:appelez|appelle|rappelez|rappelle|écrivez|ecrivez) pus"
        r"(?! (?:avant|le|la|les|au|aux|à|a|sur|en|de|du|pendant|durant|quand|tant|que|après|apres)\b)"
        rf"{_OTHER_WAY}",
        "do not call me again",
    ),
    # "demande à ne plus figurer dans nos fichiers", "ne souhaite plus apparaître dans votre vivier":
    # off our books as a whole
    (
        r"ne (?:plus|pas|jamais) (?:figurer|apparaître|apparaitre|être|etre|rester) (?:dans|sur) (?:nos|vos|"
        r"votre|notre|les|la|le|leurs?) (?:fichiers?|bases?(?: de données| de donnees)?|vivier|listes?|cvthèque|"
        r"registres?|banques? de (?:candidats|cv|talents))"
        r"(?!\s+(?:de|des|du|d'|pour|en|sur|concernant|hors)\b)",
        "does not want to be on your database",
    ),
    (
        r"ne (?:souhaite|veux|veut|désire|desire) plus (?:figurer|apparaître|apparaitre|être|etre|rester) "
        r"(?:dans|sur) (?:nos|vos|votre|notre|les|la|le) (?:fichiers?|bases?(?: de données| de donnees)?|"
        r"vivier|listes?|cvthèque|registres?)(?!\s+(?:de|des|du|d'|pour|en|sur|concernant|hors)\b)",
        "does not want to be on your database",
    ),
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
)
