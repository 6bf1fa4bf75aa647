"""Swedish, Romanian, Finnish, Turkish, Indonesian and Tagalog stop phrases, and the
data-protection laws by their local names, each mapped to the English opt-out the rules
already know.

Part of the table ``reading.foreign_opt_outs`` joins (in this order); an entry maps a phrase to
an opt-out only when it refuses contact as such.
"""

from __future__ import annotations

# Romanian: a call refused on one number, not all calls ("pe numărul ăsta", "pe vechiul număr").
_NOT_THIS_NUMBER = r"(?! (?:pe|la) (?:numărul|numarul|acest număr|acest numar|vechiul|nr\.?)\b)"

SV_RO_FI_TR_ID_TL: tuple[tuple[str, str], ...] = (
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
    # one list named after it ("... från ert nyhetsbrev") narrows it, and it stays unread
    (
        r"avregistrera (?:mig|henne|honom)(?!(?: (?:från|ur|på))?(?: \w+){0,2} (?:nyhetsbrev|"
        r"event|webbinar|evenemang|inbjudningar|nyhetsutskick)\w*)",
        "unsubscribe me",
    ),
    (r"återkallar (?:mitt|sitt) samtycke", "withdraw my consent"),
    # Romanian: "vă rog să nu mă mai contactați", "nu mai doresc să fiu contactat", "ștergeți-mi datele",
    # "scoateți-mă din baza de date"; "nu mă sunați" alone (no "mai") refuses the phone only
    (
        # "nu îmi mai scrieți": writing takes the dative
        r"(?:să |sa )?nu (?:îmi|imi|mi|îi|ii|i) mai (?:scrieți|scrieti|scrie|trimiteți|trimiteti)(?=\W*(?:$|[.!,;]))|"
        r"(?:să |sa )?nu (?:mă|ma|o|îl|il) mai (?:contactați|contactati|contacta|contactezi|căutați|cautati|"
        r"deranjați|deranjati|scrieți|scrieti|trimiteți|trimiteti)"
        # "... pentru joburi" is any role; "... despre roluri de junior" narrows it
        r"(?! (?:despre|referitor la|în legătură cu|in legatura cu|pentru (?!(?:alte |niciun )?(?:joburi|"
        r"posturi|oferte|roluri|oportunități|oportunitati)(?= *(?:[.!,;]|$)))))",
        "do not contact me again",
    ),
    # "... pe numărul ăsta / pe acest număr": that number only (a new one is usually given)
    (
        r"(?:să |sa )?nu (?:mă|ma) mai (?:sunați|sunati|suna)" + _NOT_THIS_NUMBER,
        "do not call me again",
    ),
    (r"nu (?:mă|ma) (?:sunați|sunati|suna)" + _NOT_THIS_NUMBER, "do not call me"),
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
    # Malay drops the prefix: "sila berhenti hubungi saya"
    (
        r"berhenti (?:menghubungi|hubungi|kontak|mengontak|ngehubungin|hubungin)(?: saya| aku| dia| sy)?",
        "stop contacting me",
    ),
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
