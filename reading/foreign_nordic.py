"""Norwegian, Danish, Swedish and Finnish stops the older tables (``reading.foreign_opt_outs``) do
not hold, each mapped to the English opt-out the rules already know: "ikke send meg flere
stillinger", "slett profilen min", "jeg ønsker ikke å bli kontaktet", "stop med at skrive til mig",
"afmeld mig alle jobmails", "sluta skicka jobb till mig", "älkää lähettäkö enää mitään".

``reading.foreign`` puts this table in front of its own. The rewritten English keeps nothing of
what follows, so an entry holds only a stop that ends its clause, or one followed by "again", "from
you" or "thanks": a place, a topic, a channel or a list named after it ("... i Bergen", "... om
konsulentopgaver", "... på telefon", "afmeld mig jeres nyhedsbrev") narrows the stop, and it has no
entry and stays unread.
"""

from __future__ import annotations

# The end of the clause: a stop, a dash, "thanks" or "and"; nothing that narrows what is stopped.
_END = r"(?= *(?:[.!,;:—–-]|$|takk|tak\b|tack\b|kiitos|og\b|och\b|ja\b))"
# "again", "any more", "from you" (Norwegian, Danish, Swedish)
_AGAIN = (
    r"(?: (?:igjen|igen|mer|mere|lenger|længere|längre|noensinne|nogensinde|av dere|af jer|fra dere|"
    r"fra jer|av er|fra jeres side|hos dere|hos jer|"
    # for good: "afmeld mig permanent", "slett meg for godt", "för alltid"
    r"permanent|permanenta|for godt|for altid|for alltid|för gott|för alltid|definitivt|helt))*"
)
_ME = r"(?:meg|mig|henne|ham|honom|hende)"
# What we send: jobs, posts, offers, mails, messages
_SENT = (
    r"(?:stillinger|stillingsannonser|jobber|jobb|jobs?|jobbtilbud|jobtilbud|jobforslag|jobbforslag|jobbannonser|"
    r"jobopslag|tilbud|annonser|tjänster|erbjudanden|förslag|meldinger|beskeder|meddelanden|e-?poster|"
    r"e-?mails?|mails?|mejl|sms|henvendelser|forespørsler|forespørgsler|mer|mere|noe mer|noget mere|"
    r"något mer|noe|noget|något)"
)

OPT_OUTS: tuple[tuple[str, str], ...] = (
    # "ikke send meg flere stillinger", "send mig ikke flere jobs", "skicka inte fler jobb till mig"
    (
        rf"(?:ikke|inte|aldri|aldrig) (?:send|skicka) {_ME} (?:flere|fler|flera|mer|mere) {_SENT}?"
        rf"(?: til {_ME}| till {_ME})?{_AGAIN}{_END}|"
        rf"(?:send|skicka) {_ME} (?:ikke|inte|aldri|aldrig) (?:flere|fler|flera|mer|mere)(?: {_SENT})?"
        rf"{_AGAIN}{_END}|"
        rf"(?:send|skicka) (?:ikke|inte) (?:flere|fler|flera|mer|mere) {_SENT}? ?(?:til|till) {_ME}{_AGAIN}{_END}",
        "do not send me any more",
    ),
    # "sluta skicka jobb till mig", "slutt å sende meg stillinger", "stop med at sende mig jobs"
    (
        r"(?:sluta|slutt (?:å|med å)|stop (?:med )?at|stopp (?:å|med å)|hold op med at|hold opp med å|"
        r"lad være med at|la være å) (?:skicka|sende|sende) "
        rf"(?:{_ME} )?(?:{_SENT} )?(?:til {_ME}|till {_ME})?{_AGAIN}{_END}",
        "stop sending me anything",
    ),
    # "stop med at skrive til mig", "slutt å kontakte meg", "hold op med at kontakte mig"
    (
        r"(?:slutt (?:å|med å)|stop (?:med )?at|stopp (?:å|med å)|hold op med at|hold opp med å|"
        r"lad være med at|la være å) "
        rf"(?:kontakte {_ME}|skrive til {_ME}|skrive {_ME}|mase på {_ME}|plage {_ME}){_AGAIN}{_END}",
        "stop contacting me",
    ),
    (
        r"(?:slutt (?:å|med å)|stop (?:med )?at|stopp (?:å|med å)|hold op med at|hold opp med å|"
        rf"lad være med at|la være å) ringe(?: til)? {_ME}{_AGAIN}{_END}",
        "stop calling me",
    ),
    # "jeg ønsker ikke å bli kontaktet av dere igjen", "ønsker ikke at blive kontaktet", "vil ikke
    # kontaktes igen", "ikke kontakt meg igjen", "kontakt mig ikke mere"
    (
        r"(?:ønsker|vil|onsker) ikke (?:å bli|at blive|at bli|bli) (?:kontaktet|kontaktede|kontakta|"
        rf"kontaktad){_AGAIN}{_END}|"
        rf"(?:ønsker|vil) ikke (?:at )?kontaktes{_AGAIN}{_END}|"
        r"(?:ikke|aldri|aldrig) (?:kontakt|ta kontakt med|kontakte) (?:meg|mig)(?: (?:igjen|igen|mer|"
        rf"mere|lenger|længere))+{_END}|"
        rf"kontakt (?:meg|mig) (?:ikke|aldri|aldrig)(?: (?:igjen|igen|mer|mere|lenger|længere))*{_END}|"
        rf"(?:ikke|aldri|aldrig) ta kontakt (?:igjen|igen|mer|mere)(?: med (?:meg|mig))?{_END}",
        "do not contact me again",
    ),
    # Swedish "hör inte av er mer", "hör aldrig av dig igen", "kontakta mig aldrig mer"; the clause
    # must end there ("hör inte av er förrän i mars" is a wait, "... på telefon" one channel)
    (
        r"(?:hör|hörs) (?:inte|aldrig) (?:mer )?av (?:er|dig)(?: till (?:mig|henne|honom))?"
        rf"(?: (?:mer|igen|längre|någonsin))*{_END}|"
        rf"kontakta (?:mig|henne|honom) aldrig(?: (?:mer|igen|någonsin))*{_END}|"
        rf"kontakt (?:meg|mig) aldri(?:g)? (?:mer|igjen|igen|mere)?{_END}",
        "do not contact me again",
    ),
    # "jag vill inte ha några fler kontakter från er", "jeg vil ikke ha flere henvendelser fra dere":
    # contact as such (a topic or a channel after it narrows it, and ends no clause)
    (
        r"(?:vill|önskar|vil|ønsker) (?:inte|ikke) (?:ha|have) (?:några |noen |nogen )?(?:fler|flere|mer|mere) "
        r"(?:kontakter|kontakt|henvendelser|henvendelse|förfrågningar|forespørsler|forespørgsler)"
        rf"{_AGAIN}(?: (?:från er|från dig|fra deg|fra dig))?{_END}",
        "do not contact me again",
    ),
    # "jeg vil ikke høre mere fra jer", "ønsker ikke å høre mer fra dere", "vill inte höra mer
    # från er": nothing more from us ("... om konsulentopgaver" names a topic, and is unread)
    (
        r"(?:vil|vill|ønsker|önskar) (?:ikke|inte) (?:å |at )?(?:høre|höra) (?:mere|mer|mera|noget|noe|"
        rf"något|noget mere|noe mer|något mer) (?:fra|från) (?:jer|dere|er|jeres side){_AGAIN}{_END}",
        "do not contact me again",
    ),
    # "slett profilen min", "slet mine oplysninger", "slett meg fra databasen", "slet mig"
    (
        r"(?:slett|slet|radera) (?:profilen min|min profil|profilen|mine (?:person)?opplysninger|"
        r"mine (?:person)?oplysninger|opplysningene mine|oplysningerne|dataene mine|mine data|mine "
        r"personopplysninger|cv-en min|mitt cv|mit cv|cv'et|alt om (?:meg|mig)|alle mine (?:data|"
        r"opplysninger|oplysninger)|min profil och mina uppgifter)(?: (?:hos|fra|fra deres|fra jeres) "
        r"(?:dere|jer|databasen|registeret|registret|systemet|basen))?|"
        r"(?:slett|slet) (?:meg|mig)(?: (?:fra|ut av|ud af) (?:databasen|registeret|registret|systemet|"
        r"basen|kandidatbasen|alle lister|listene|listerne|alle registre)(?: deres| jeres| hos dere| hos jer)?)?"
        + _AGAIN
        + _END,
        "delete my data",
    ),
    # "slett alle opplysninger dere har om meg": all they hold of the person
    (
        r"(?:slett|slet|radera) (?:alle|alla) (?:opplysninger|oplysninger|personopplysninger|data|uppgifter)"
        r"(?: (?:dere|i|jer|ni) (?:har|lagrer|gemmer))?(?: (?:om|på) (?:meg|mig))?",
        "delete all the data you hold about me",
    ),
    # "afmeld mig alt", "afmeld mig jeres jobmails", "meld meg av alle e-poster": all of it
    # ("afmeld mig jeres nyhedsbrev" is one list, left unread)
    (
        r"(?:afmeld (?:mig|hende|ham)|meld (?:meg|henne|ham) av|meld (?:mig|hende|ham) fra) (?:fra )?"
        r"(?:alt|alle(?: \w+)?|(?:jeres |deres )?(?:\w+ og )?(?:jobmails|job-mails|jobbmailer|jobagenter|"
        r"jobbagenter|jobannoncer|e-?mails|mails|mailer|e-?poster|beskeder|meldinger))",
        "unsubscribe me from everything",
    ),
    (r"(?:afmeld (?:mig|hende|ham)|meld (?:meg|henne|ham) av)" + _AGAIN + _END, "unsubscribe me"),
    # Finnish: "älkää lähettäkö minulle enää mitään", "älkää lähettäkö enää työpaikkoja"
    (
        r"(?:älkää|älä|ei saa) (?:enää )?(?:lähettäkö|lähetä)(?: minulle| hänelle)?(?: enää)? (?:mitään|"
        r"(?:enempää )?(?:työpaikkoja|ilmoituksia|viestejä|sähköposteja|tarjouksia|paikkoja))"
        + _END,
        "do not send me anything again",
    ),
    # Finnish with the object last: "älkää enää ottako yhteyttä minuun (millään tavalla)"
    (
        r"(?:älkää|älä) (?:enää )?(?:ottako|ota) (?:enää )?yhteyttä (?:minuun|häneen|meihin)"
        r"(?: (?:enää|millään tavalla|ikinä|koskaan))*" + _END,
        "do not contact me again",
    ),
)

# --- waits: the holidays, "after", "at the earliest", "back in", and a notice period's length ----

_MONTH = (
    # whole words, no character class after a stem: "januar" must not be a stem of "january"
    r"(?:januar|januari|februar|februari|mars|marts|april|mai|maj|juni|juli|august|augusti|september|"
    r"oktober|november|desember|december)"
)
_FEAST = r"(?:jul(?:en|a|ehelgen|eferien|ferien|helgen)?|påsk(?:en)?|påske(?:n|ferien|lovet)?|nyttår|nytår|nyår)"
# The Nordic summer holiday is July ("semestern" in Swedish, "fellesferien" in Norwegian): not
# the southern summer the English "summer holidays" may mean
_SUMMER = r"(?:(?:sommar)?semestern|sommarledigheten|sommarlovet|fellesferien|sommerferien)"
# Before a month or a holiday only ("etter at", "tidligst mulig" are no wait)
_TIME = rf"(?= (?:{_MONTH}|{_FEAST}|{_SUMMER})\b)"
_NUMBERS = (
    ("one", "ett|et"),
    ("two", "två|to"),
    ("three", "tre"),
    ("four", "fyra|fire"),
    ("five", "fem"),
    ("six", "sex|seks"),
    ("seven", "sju|syv"),
    ("eight", "åtta|åtte|otte"),
    ("nine", "nio|ni"),
    ("ten", "tio|ti"),
    ("twelve", "tolv"),
)
_SPAN = r"(?= (?:månaders|måneders|månader|måneder|månad|måned|veckors|veckor|ukers|uker|ugers|uger|år|års)\b)"
_COUNTED = "|".join(words for _, words in _NUMBERS)

HOLIDAYS: tuple[tuple[str, str], ...] = (
    (r"påsk(?:en)?|påske(?:n|ferien|lovet)?", "easter"),
    # "jul" is Christmas in all three languages, never July (that is "juli"): only after a word
    # that waits for it ("efter jul", "etter jul", "till jul", "over jul")
    (
        r"(?:(?<=efter )|(?<=etter )|(?<=till )|(?<=til )|(?<=før )|(?<=före )|(?<=innan )|(?<=inden )|"
        r"(?<=over ))jul(?:en|a|ehelgen|eferien|ferien|helgen)?",
        "christmas",
    ),
    (r"nyttår(?:et)?|nytår(?:et)?|nyår(?:et)?", "new year"),
)

WAITS: tuple[tuple[str, str], ...] = (
    # Norwegian "etter" ("etter påske", "etter jul"); the Danish and Swedish "efter" is read already
    (rf"etter{_TIME}", "after"),
    (rf"efter(?= {_SUMMER})", "after"),
    # "inget före mars", "ikke før påske", "intet før sommerferien": nothing before it
    (
        r"(?:inget|inte|ingenting|ikke|ikkje|intet|ingen ting|aldrig|aldri)(?: (?:noe|något|noget|nytt))?"
        rf" (?:före|innan|før|inden|innen){_TIME}",
        "nothing before",
    ),
    (rf"(?:tidigast|tidligst)(?: i| fra| från)?{_TIME}", "at the earliest in"),
    (rf"(?:tillbaka|tilbake|tilbage)(?: i| på)?{_TIME}", "back in"),
    (
        rf"(?:hör|hør) (?:av|af|fra) (?:dig|er|deg|dere|jer)(?: gärna| gerne| gjerne)?(?: igen| igjen)?"
        rf"(?: i| på)?{_TIME}",
        "get in touch in",
    ),
    # a notice period's length: "sex månaders uppsägningstid", "tre måneders oppsigelsestid"
    *((rf"(?:{words}){_SPAN}", english) for english, words in _NUMBERS),
    (r"(?<=\w )(?:månaders|måneders)(?= (?:uppsägningstid|oppsigelse|opsigelse))", "months'"),
    (rf"(?:(?<={_COUNTED.replace('|', ' )|(?<=')} ))(?:månader|måneder|månad|måned)", "months"),
    (
        r"uppsägningstiden|oppsigelsestid(?:en)?|opsigelsesperioden?|opsigelsesvarsel(?:et)?|opsigelsestid(?:en)?",
        "notice period",
    ),
    # the notice itself after its length: "tre måneders opsigelse", "två månaders uppsägning"
    (r"(?<=måneders )(?:opsigelse|oppsigelse)|(?<=månaders )uppsägning", "notice"),
    # only after a word that waits for it: "travlt op til sommerferien, men nu er der ro" is a
    # time gone by (German "nach den Sommerferien" is the schools', ``reading.foreign_times``)
    (
        "(?:"
        + "|".join(
            f"(?<={w} )"
            for w in ("efter", "etter", "före", "innan", "før", "inden", "innen", "tidigast")
        )
        + rf"|(?<=tidligst )){_SUMMER}",
        "the july holiday",
    ),
    # a time gone by: "efter semestern i fjol" was last summer, no wait ahead
    (r"i fjol|i fjor|förra året|forrige år|sidste år|i fjord", "last year"),
)

# --- the words of ways of working and of pay periods ("3 dage på kontoret", "58.000 kr. om
# måneden", "650 000 kr i året") ----------------------------------------------------------------

WORDS: tuple[tuple[str, str], ...] = (
    # --- ways of working: "3 dage på kontoret og 2 hjemmefra", "max 2 dagar på kontoret i veckan"
    (r"(?<=\d )(?:dage|dagar|dager|dagen)|(?<=to )dage|(?<=tre )dage", "days"),
    (r"(?<=\b1 )dag|(?<=\ben )dag|(?<=\bén )dag", "day"),
    (r"maks|højst|høyst|högst", "max"),
    (r"på kontoret|på kontor|på jobbet|inde på kontoret", "in the office"),
    (r"(?<=\d )inde", "in the office"),
    (r"hjemmefra|hemifrån|hjemme|hemma", "from home"),
    (
        r"om ugen|i ugen|hver uge|om uken|i uka|i uken|per uke|hver uke|i veckan|per vecka|om veckan|"
        r"varje vecka",
        "a week",
    ),
    (
        r"om måneden|i måneden|pr\.? ?måned|per måned|om månaden|månedlig(?:t|e)?|"
        r"(?<=kr\. )md\.|(?<=kr )md\.?",
        "a month",
    ),
    # its own entry: a pattern that starts with "/" may follow a figure ("62.000/md")
    (r"/md\.?|/mdr\.?", "/month"),
    (r"om året|i året|pr\.? ?år|per år|årlig(?:t|e)?", "a year"),
)

# --- refusals and acceptance: "inget emot resor", "resorna orkar jag inte längre" ---------------

CUES: tuple[tuple[str, str], ...] = (
    # an earlier word taken back: "glem det jeg sa i februar" (the month dates what was said, it
    # is no wait), "jeg er åpen for nye roller igjen"
    (
        r"(?:glem|glöm) det (?:jeg|jag) (?:sa|sagde|skrev|sade)(?: (?:i|om) \w+)?",
        "forget what i said",
    ),
    (
        r"(?:jeg er|jag är|hun er|han er|hon är) (?:åpen|åben|öppen) (?:for|för) (?:nye|nya) (?:roller|stillinger|"
        r"jobber|job|muligheder|muligheter|möjligheter|tjänster) (?:igjen|igen)",
        "i'm open to new roles again",
    ),
    (
        r"(?:jag |jeg |hon |han |hun )?(?:har inget emot|har ingenting emot|har ikke noe imot|"
        r"har ikke noget imod|har intet imod)",
        "i don't mind",
    ),
    # the thing first, then "I can't face it any more" ("resorna orkar jag inte längre")
    (
        r"(?<=\w )orkar (?:jag|hon|han|vi) inte(?: längre| mer)?|(?<=\w )orker (?:jeg|hun|han) ikke"
        r"(?: lenger| mer)?",
        "is too much for me now",
    ),
    (
        r"resor(?:na)?|resandet|resande i tjänsten|reiser|reisingen|reising|rejser|rejserne|"
        r"rejseaktivitet(?:en)?|tjenestereiser",
        "travel",
    ),
    # driving: "har inget körkort", "ikke kørekort", "har bil"
    (
        r"(?:har |hun har |han har )?(?:inget|inte|ikke|ikkje|ingen|intet)(?: något| noget| noe)? "
        r"(?:körkort|kørekort|førerkort|førarkort)",
        "no driving licence",
    ),
    (r"(?:har|hun har|han har|jeg har|jag har) (?:egen |eget |en |ei )?bil(?!\w)", "has a car"),
)
