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
    r"fra jer|av er|fra jeres side|hos dere|hos jer))*"
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
    # "slett profilen min", "slet mine oplysninger", "slett meg fra databasen", "slet mig"
    (
        r"(?:slett|slet|radera) (?:profilen min|min profil|profilen|mine (?:person)?opplysninger|"
        r"mine (?:person)?oplysninger|opplysningene mine|oplysningerne|dataene mine|mine data|mine "
        r"personopplysninger|cv-en min|mitt cv|mit cv|cv'et|alt om (?:meg|mig)|alle mine (?:data|"
        r"opplysninger|oplysninger)|min profil och mina uppgifter)(?: (?:hos|fra|fra deres|fra jeres) "
        r"(?:dere|jer|databasen|registeret|registret|systemet|basen))?|"
        r"(?:slett|slet) (?:meg|mig)(?: (?:fra|ut av|ud af) (?:databasen|registeret|registret|systemet|"
        r"basen|kandidatbasen|alle lister|listene|listerne|alle registre))?" + _END,
        "delete my data",
    ),
    # "afmeld mig alt", "afmeld mig jeres jobmails", "meld meg av alle e-poster": all of it
    # ("afmeld mig jeres nyhedsbrev" is one list, left unread)
    (
        r"(?:afmeld (?:mig|hende|ham)|meld (?:meg|henne|ham) av|meld (?:mig|hende|ham) fra) (?:fra )?"
        r"(?:alt|alle(?: \w+)?|(?:jeres |deres )?(?:\w+ og )?(?:jobmails|job-mails|jobbmailer|jobagenter|"
        r"jobbagenter|jobannoncer|e-?mails|mails|mailer|e-?poster|beskeder|meldinger))",
        "unsubscribe me from everything",
    ),
    (r"(?:afmeld (?:mig|hende|ham)|meld (?:meg|henne|ham) av)" + _END, "unsubscribe me"),
    # Finnish: "älkää lähettäkö minulle enää mitään", "älkää lähettäkö enää työpaikkoja"
    (
        r"(?:älkää|älä|ei saa) (?:enää )?(?:lähettäkö|lähetä)(?: minulle| hänelle)?(?: enää)? (?:mitään|"
        r"(?:enempää )?(?:työpaikkoja|ilmoituksia|viestejä|sähköposteja|tarjouksia|paikkoja))"
        + _END,
        "do not send me anything again",
    ),
)
