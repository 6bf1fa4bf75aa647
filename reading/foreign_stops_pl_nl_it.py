"""Polish, Dutch and Italian stop phrases, each mapped to the English opt-out the rules already
know.

Part of the table ``reading.foreign_opt_outs`` joins (in this order); an entry maps a phrase to
an opt-out only when it refuses contact as such.
"""

from __future__ import annotations

PL_NL_IT: tuple[tuple[str, str], ...] = (
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
        # "nie piszcie do mnie więcej": written or called "to me" as well as "with me"
        r"(?: (?:ze mną|ze mna|z nią|z nia|z nim|do mnie|do niej|do niego))? (?:więcej|wiecej|już|juz|ponownie)",
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
    # "niet langer" is "niet meer" in a letter's register
    (
        r"niet (?:meer|langer) (?:benaderen|contacteren|mailen|bellen|benaderd worden|gecontacteerd worden)",
        "do not contact me again",
    ),
    # "wil niet meer door ons benaderd worden"; an ATS flag "NIET BENADEREN" (bellen alone is a channel)
    (
        r"niet (?:meer|langer) door (?:ons|jullie|u|recruiters|wie dan ook) (?:benaderd|gecontacteerd|gemaild|"
        r"gebeld) (?:te )?worden",
        "do not contact me again",
    ),
    # "wil door niemand (van jullie kantoor) meer benaderd worden": nobody of ours, ever again
    (
        r"door niemand (?:(?:van|bij|uit) (?:jullie|uw|jouw|je|dit|het) (?:\w+ )?)?(?:nog )?meer "
        r"(?:benaderd|gecontacteerd|gemaild|gebeld) (?:te )?worden",
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
    # the imperative with nothing narrowing it: "haal me uit jullie bestand", "verwijder mijn
    # gegevens, graag" (not "verwijder mijn gegevens van de referentielijst": another list)
    (
        r"haal (?:mij|me|haar|hem) (?:alsjeblieft |alstublieft |aub |a\.u\.b\. |svp |even |graag )?uit "
        r"(?:het|jullie|uw|je|de) (?:systeem|bestand|bestanden|database|ats|administratie|kandidatenbestand)",
        "remove me from your database",
    ),
    (
        r"verwijder(?:t|en)? (?:alsjeblieft |alstublieft |aub |graag )?(?:al |alle )?(?:mijn|zijn|haar) "
        r"(?:persoons)?gegevens(?= *(?:[.!;,]|$|graag|alstublieft|aub|a\.u\.b\.))",
        "delete my data",
    ),
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
)
