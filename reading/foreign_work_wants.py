"""What a person wants of the work itself, said in German, French, Spanish, Dutch or Polish:
to lead a team or to stay hands-on ("Chcę zarządzać zespołem", "wieder fachlich arbeiten",
"rester dans la technique", "geen leidinggevende rol meer"), the kind of employer ("öffentlicher
Dienst", "une association ou une ONG", "le privé", "empresa grande", "czegoś mniejszego",
"software house"), the sector ("Öl- und Gasfirmen", "onderwijs", "Medizintechnik") and the
stack ("me encantaría trabajar con", "chętnie popracuję z"), each rewritten into the English
the rules of this package read, with the verb of wanting or refusing that carries it.

Part of ``reading.foreign``'s table (joined in ``reading.foreign_tables``); its rules hold here.
A sentence about the past ("Führungsverantwortung hatte ich", "j'étais en CDD") gets no cue of
wanting: only the words that say what is wanted now are rewritten into one.
"""

from __future__ import annotations

# Polish "I want" in its persons, and the same negated
_PL_WANT = r"(?:chcę|chce|chciałbym|chciałabym|chciałby|chciałaby|chcialbym|chcialabym)"

# Spanish: "liderar un equipo", "dirigir un equipo", "gestionar personas"
_ES_LEAD = (
    r"(?:liderar|dirigir|gestionar|llevar|coordinar) (?:a )?(?:un |mi |su |el )?(?:propio )?"
    r"(?:equipo|personas|gente)"
)

# What the verbs of ``CUES`` must stand before: one of this table's words, a few words on.
_AHEAD = (
    r"(?:\W+\w+){0,3}?\W+(?:manager|encadrer|diriger|g[ée]rer|rester|une association|une ong|"
    r"le secteur|le priv[ée]|(?:una )?empresa grande|liderar|dirigir|gestionar|leidinggevende|team|"
    r"zelf|onderwijs|iets in het)"
)

CUES: tuple[tuple[str, str], ...] = (
    # Polish: "nie chcę pracować w ..." (the shared table reads "chcę pracować" as a wish)
    (r"nie " + _PL_WANT + r" (?:już |juz )?(?:pracować|pracowac)", "doesn't want to work"),
    # a chapter closed: "das Kapitel ist für mich abgeschlossen", "ce chapitre est clos"
    (
        r"(?:das|dieses) kapitel ist (?:für mich |fuer mich |jetzt |für ihn |für sie )?"
        r"(?:abgeschlossen|vorbei|durch)|(?:ce|le) chapitre est (?:clos|fermé|ferme|terminé)|"
        r"(?:dat|dit|het) hoofdstuk is (?:voor mij )?(?:afgesloten|voorbij)",
        "done with that",
    ),
    # the verbs of looking for, wanting and refusing, before the words of this table only (the
    # same verbs elsewhere are the other tables' business)
    (r"(?:je |il |elle )?cherche(?: plut[ôo]t)?(?=" + _AHEAD + ")", "looking for"),
    (r"(?:je |il |elle )?vise(?: clairement| plut[ôo]t)?(?=" + _AHEAD + ")", "is aiming for"),
    (r"(?:je )?ne veu[xt] pas(?=" + _AHEAD + ")", "doesn't want to"),
    (r"(?:je |il |elle )?pr[ée]f[èe]re(?: plut[ôo]t)?(?=" + _AHEAD + ")", "prefers to"),
    (r"busc(?:o|a|amos|an)(?=" + _AHEAD + ")", "looking for"),
    (r"(?:ik |hij |zij |ze )?wil(?:t)? geen(?=" + _AHEAD + r"[^.;]* meer\b)", "wants no more"),
    (r"(?:ik |hij |zij |ze )?wil(?:t)? (?:graag )?(?=" + _AHEAD + ")", "would like "),
    # tired of a kind of employer, or not against a thing: "ya me cansé de las startups",
    # "no me opongo a liderar equipo"
    (r"(?:ya )?me cans[ée] de(?: las| los)?|(?:ya )?se cans[óo] de(?: las| los)?", "is tired of"),
    (r"no me opongo a|no se opone a", "is not against"),
    # French "je ne cherche qu'un CDI": only that
    (
        r"(?:je |il |elle )?ne (?:cherche|veu[xt]|vise|prend|prends|accepte) qu'(?:un|une) "
        r"(?:(?:poste|contrat) en )?cdi",
        "only wants a permanent role",
    ),
)

WORDS: tuple[tuple[str, str], ...] = (
    # --- leading people, or staying hands-on ---
    # Polish: "chcę zarządzać zespołem", "chciałby kierować ludźmi", "prowadzić zespół"
    (
        r"(?<!nie )" + _PL_WANT + r" (?:zarządzać|zarzadzac|kierować|kierowac|prowadzić|prowadzic) "
        r"(?:zespołem|zespolem|ludźmi|ludzmi|zespół|zespol|działem|dzialem)",
        "wants to manage a team",
    ),
    # Spanish: "liderar un equipo", "dirigir un equipo", "gestionar personas"
    (
        r"(?:quiero|quiere|quisiera|me gustar[íi]a|le gustar[íi]a) " + _ES_LEAD,
        "wants to lead a team",
    ),
    (_ES_LEAD, "lead a team"),
    # French: "manager une équipe", "encadrer une équipe", "gérer des gens"
    (
        r"(?:manager|encadrer|diriger|gérer|gerer) (?:une |d'|des |son |mon |sa |ma )?"
        r"(?:équipe|equipe|gens|personnes|collaborateurs)",
        "manage a team",
    ),
    (
        r"rester (?:dans (?:la |le )?)?(?:technique|tech)|rester technique|"
        r"garder les mains dans le code",
        "stay technical",
    ),
    # German: "wieder fachlich arbeiten", "zurück ins Fachliche", "eine Fachlaufbahn"
    (
        r"(?:wieder )?fachlich (?:arbeiten|tätig sein|taetig sein)|fachlaufbahn|fachkarriere",
        "hands-on work",
    ),
    (r"zur(?:ück|ueck) ins fachliche", "back to hands-on work"),
    (
        r"(?:ein(?:e|en)? )?team (?:leiten|führen|fuehren)|(?:eine )?führungs(?:rolle|position)",
        "lead a team",
    ),
    # Dutch: "geen leidinggevende rol meer", "een team aansturen", "weer zelf ontwerpen"
    (
        r"(?:een )?team (?:aansturen|leiden)|leiding geven(?: aan (?:een |mijn )?team)?",
        "manage a team",
    ),
    (r"(?:een )?leidinggevende (?:rol|functie|positie)", "a management role"),
    (
        r"(?:gewoon )?(?:weer )?zelf (?:ontwerpen|programmeren|bouwen|coderen|ontwikkelen)",
        "wants hands-on work again",
    ),
    # --- the employer's kind ---
    (
        r"(?:in )?(?:den |dem |im )?öffentlichen dienst|(?:im |in den )?oeffentlichen dienst|"
        r"öffentliche(?:n)? sektor|(?:le |la )?fonction publique|(?:le )?secteur public|"
        r"(?:el )?sector público|(?:el )?sector publico|(?:de )?publieke sector|(?:de )?overheid|"
        r"sektor(?:ze)? publiczn(?:y|ym)|budżetówk(?:a|i|ę|ce)",
        "the public sector",
    ),
    (
        r"(?:le )?secteur privé|(?:(?<=vise )|(?<=vise clairement ))le privé|privatwirtschaft",
        "the private sector",
    ),
    (
        r"une association|des associations|(?:le )?secteur associatif|une ong|una ong|"
        r"(?:een )?goed doel|(?:eine )?gemeinnützige organisation",
        "a nonprofit",
    ),
    (
        r"(?:una )?empresa grande|(?:une )?grande boîte|(?:une )?grosse boîte|(?:een )?groot bedrijf",
        "a large company",
    ),
    (
        r"(?:w )?du(?:ż|z)(?:ej|a|ą) korporacj(?:i|a|ę)|(?:w )?korporacji(?= teraz| przez)",
        "a big corporate",
    ),
    (
        r"czego(?:ś|s) mniejszego|co(?:ś|s) mniejszego|etwas kleineres|quelque chose de plus petit",
        "something smaller",
    ),
    (r"nie (?:w|do) software ?hous(?:ie|e|u|ach|ów|ow)", "not at an agency"),
    (r"(?:w )?software ?hous(?:ie|e|u|ach|ów|ow)", "at an agency"),
    # --- the sector ---
    (
        r"öl- und gas\w*|öl und gas\w*|oel- und gas\w*|ölindustrie|ölbranche|"
        r"p[ée]trole et (?:du )?gaz|(?:la )?industrie p[ée]troli[eè]re|petr[óo]leo y gas|olie en gas\w*",
        "oil and gas companies",
    ),
    (
        r"(?:het )?onderwijs|(?:l')?éducation|(?:la )?educación|edukacj(?:a|i|ę)|bildungsbereich",
        "education",
    ),
    (r"medizintechnik|medtechnik|krankenhaus-it|gesundheit der menschen", "health tech"),
    # --- the stack: the verb that wants it ---
    (
        r"me encantar[íi]a (?:trabajar|currar) con|j'adorerais travailler (?:avec|sur)",
        "would love to work with",
    ),
    (
        r"chętnie (?:po)?pracuję z|chetnie (?:po)?pracuje z|chętnie (?:po)?pracowałby z",
        "would love to work with",
    ),
    (r"(?:ik )?wil (?:graag )?naar", "wants to move to"),
    # a thing never done, with a will to learn it: no refusal ("je n'ai jamais fait de SAP")
    (
        r"(?:je )?n'ai jamais (?:fait|utilisé|utilise|travaillé sur|travaille sur)(?: de| du)?",
        "have not yet used",
    ),
    # a freelancer now who wants to stay one
    (
        r"(?:werkt |werk )?(?:nu )?als (?:zzp'?er|zelfstandige|freelancer) en wil (?:dat|het) "
        r"(?:graag )?zo houden",
        "freelances now and wants to stay freelance",
    ),
    (r"(?:als )?zzp'?er", "as a freelancer"),
)
