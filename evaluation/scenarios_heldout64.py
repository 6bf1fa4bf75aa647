"""Held-out rediscovery cases, sixty-fourth set: French-speaking, Benelux and Swiss hiring,
written by a stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at; held-out 10 was opened for its format only).

It is measured and reported on its own line ("held-out 64") and never tuned to what Encore
does. The recruiters are a Paris cabinet de recrutement, an ESN's staffing desk in Lyon and
Lille, the in-house TA teams of a Geneva private bank, a Luxembourg fund administrator, a
luxury maison in Paris, a pharma group in Basel, a logistics operator in Antwerp and
Rotterdam, a Brussels public body and a Montreal scale-up. The people are backend, data,
platform and frontend engineers, engineering managers, account executives and customer
success managers living in Paris, Lyon, Lille, Toulouse, Brussels, Antwerp, Amsterdam,
Rotterdam, Eindhoven, Luxembourg, Geneva, Lausanne, Basel, Zurich, Annemasse, Thionville,
Metz, Saint-Louis and Montreal. The voices: terse ATS shorthand with typos ("cand", "dispo",
"préavis 3m", "TJM", "NRP", "rappel"), lower-case texts and WhatsApps, LinkedIn replies,
candidates' emails, a formal letter, recruiters' third-person call notes, long rambling
notes where one line decides, and lines in French, Dutch and German. The talk is of CDI and
CDD, portage salarial, freelance day rates, the 13th month, préavis of one to three months,
RTT, the August and Christmas shutdowns, the Dutch 30% ruling, Swiss permits B, C and G,
frontaliers, and trains, tolls and bridges on the commute.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs in many voices and channels (a formal RGPD letter, a WhatsApp "stop", a LinkedIn
   "retirez-moi", Dutch, German, a recruiter's "blacklist à sa demande"): never shown; beside
   each a scoped stop that is no opt-out (no calls at work, not that client again, no more
   ESN missions, newsletter unsubscribed, a new phone number, feedback still owed);
2. waits counted from the day said (préavis of three months against one already served, after
   the August shutdown, after Christmas, end of Q1, a 13th month paid in December, a probation
   period, a parental leave, a bonus in March, a certification exam date), each against a
   twin whose wait has already run out; notes full of dates that ask for no wait;
3. schedule, travel, visa and right to work, contract type, commute: Swiss permits B, C, G,
   a Canadian work permit, a Dutch highly-skilled-migrant sponsorship, travel to sites and
   clients, astreintes and weekends, CDI against freelance and portage, CDD refused, and
   commutes by named routes (the A1 and the Mont-Blanc bridge, the Léman Express, the Thalys,
   the Kennedy tunnel, the A31 at Thionville, the TER to Lille) with minutes and tolls;
4. pay against the band: annual gross in EUR and CHF, a 13th month, a TJM against a salary
   band, a monthly net ask, a floor against current pay, CAD;
5. work mode said in the title only, the description only, in hybrid days; negation and its
   scope ("pas contre le présentiel", "not remote-only", "nicht nur remote");
6. location and relocation; managing against hands-on; company stage and size; industry and
   mission wanted or refused (defence, tobacco, oil and gas, gambling, fast fashion, crypto,
   pharma, public service, luxury); technology wanted or refused;
7. last time's reason resolved by this role or still standing; the history with us; the
   latest process counts;
8. several notes over time where the LATEST word counts: minds changed once and twice, in
   notes of different kinds and dates.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from evaluation.scenarios import C, P, app, touch

# --- helpers ----------------------------------------------------------------------------


def X(name, grade, *said, **kw):
    """One person as a case lists them: their name, grade, what they told us and overrides."""
    return (name, grade, said, kw)


def K(name, rk, opening, *people, home=None, **more):
    """A case: every person has the role's profile and lives in ``home`` (or the opening's
    city) unless their own ``location`` says otherwise."""
    where = home or opening.get("home") or "Paris, France"
    opening = {k: v for k, v in {**opening, **more}.items() if k != "home"}
    built = []
    for n, g, said, kw in people:
        kw = dict(kw)
        kw.setdefault("location", where)
        built.append(P(n, rk, g, *said, **kw))
    return C(name, rk, built, **opening)


def opening_at(where, mode, *offers, home=None, **more):
    """An opening's place and work mode; ``home`` is where its candidates live by default."""
    d = dict(remote_policy=mode, location=where, **more)
    if offers:
        d["offers"] = list(offers)
    d["home"] = home or (where if mode != "remote" else "Lyon, France")
    return d


def call(days, text):
    """A recruiter's call note, third person or shorthand."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def crm(days, text):
    """A line typed into the ATS."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def mail(days, text):
    """The candidate's email or letter."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def msg(days, text):
    """A text, WhatsApp or LinkedIn reply, as typed."""
    return touch(days, "inbound", "replied", note=text, channel="other")


def lost(days, note=None, role="Senior Backend Engineer"):
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def declined(days, reason, note, past=None, role="Senior Backend Engineer"):
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, past=None, role="Senior Backend Engineer", stage="interview"):
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


# --- where the roles are ----------------------------------------------------------------------

PARIS_HYB = opening_at(
    "Paris, France", "hybrid", "Hybride : deux jours par semaine au bureau, Paris 9e"
)
PARIS_ONSITE = opening_at("Paris, France", "onsite", "Sur site à La Défense, cinq jours sur cinq")
LYON_HYB = opening_at("Lyon, France", "hybrid", "Deux jours par semaine à la Part-Dieu")
LILLE_ONSITE = opening_at("Lille, France", "onsite", "Bureaux à Euralille, présentiel complet")
TLS_HYB = opening_at("Toulouse, France", "hybrid", "Trois jours sur site à Blagnac")
FR_REMOTE = opening_at(
    "Remote (France)", "remote", "Full remote depuis la France", home="Lyon, France"
)
BXL_HYB = opening_at("Brussels, Belgium", "hybrid", "Two days a week in our office near Schuman")
ANT_ONSITE = opening_at("Antwerp, Belgium", "onsite", "On site at the port offices, five days")
AMS_HYB = opening_at("Amsterdam, Netherlands", "hybrid", "Two days a week at our Zuidas office")
RTM_ONSITE = opening_at(
    "Rotterdam, Netherlands", "onsite", "Full-time at the Maasvlakte terminal office"
)
EHV_HYB = opening_at(
    "Eindhoven, Netherlands", "hybrid", "Three days a week on the High Tech Campus"
)
LUX_HYB = opening_at("Luxembourg, Luxembourg", "hybrid", "Two days on site at the Kirchberg office")
GVA_ONSITE = opening_at("Geneva, Switzerland", "onsite", "Sur site aux Eaux-Vives, cinq jours")
GVA_HYB = opening_at("Geneva, Switzerland", "hybrid", "Deux jours de télétravail par semaine")
LSN_HYB = opening_at("Lausanne, Switzerland", "hybrid", "Trois jours au bureau de Flon")
BSL_ONSITE = opening_at("Basel, Switzerland", "onsite", "On site at the Basel campus, lab-adjacent")
ZRH_HYB = opening_at("Zurich, Switzerland", "hybrid", "Two home-office days a week")
MTL_HYB = opening_at("Montreal, Canada", "hybrid", "Deux jours par semaine au Mile-End")
EU_REMOTE = opening_at(
    "Remote (EU)", "remote", "Fully remote within the EU", home="Brussels, Belgium"
)


# --- 1. opt-outs, each beside a scoped stop that is not one ---------------------------------

OPT_OUTS = [
    K(
        "formal RGPD erasure letter vs a request to stop calls at work",
        "backend",
        PARIS_HYB,
        X(
            "Ghislaine Vautrin",
            0,
            touches=[
                mail(
                    64,
                    "Madame, Monsieur, conformément à l'article 17 du RGPD, je vous demande "
                    "l'effacement de l'ensemble de mes données personnelles et de ne plus me "
                    "solliciter pour quelque poste que ce soit. Je vous prie d'agréer mes "
                    "salutations distinguées.",
                )
            ],
            excluded=True,
        ),
        X(
            "Aurélien Bessonneau",
            2,
            touches=[
                msg(
                    80,
                    "svp ne m'appelez plus sur mon fixe au bureau, mon manager est à côté. "
                    "mail perso ou whatsapp le soir c'est très bien",
                )
            ],
        ),
    ),
    K(
        "whatsapp 'stop' vs 'not that client again'",
        "data_eng",
        LYON_HYB,
        X(
            "Maëlys Pruvost",
            0,
            touches=[msg(41, "STOP. plus de messages svp. merci")],
            excluded=True,
        ),
        X(
            "Thibaut Lemercier",
            2,
            touches=[
                msg(
                    50,
                    "par contre plus jamais chez Vexalis, leur process m'a vacciné. "
                    "pour le reste je reste à l'écoute",
                )
            ],
        ),
    ),
    K(
        "recruiter's blacklist at his request vs no more ESN missions",
        "sre",
        LILLE_ONSITE,
        X(
            "Rodolphe Castagnet",
            0,
            touches=[
                crm(
                    120,
                    "Appel tendu. Cand demande à être retiré de nos fichiers, blacklisté "
                    "à sa demande. NE PLUS CONTACTER.",
                )
            ],
            excluded=True,
        ),
        X(
            "Lucile Fromentin",
            2,
            touches=[
                call(
                    95,
                    "Ne veut plus de missions en ESN / régie, uniquement du CDI chez "
                    "un client final. Ok pour qu'on la rappelle sur ce type de poste.",
                )
            ],
        ),
        title="Senior SRE (CDI, client final)",
    ),
    K(
        "Dutch: haal me uit jullie bestand vs not by phone",
        "backend",
        AMS_HYB,
        X(
            "Joost Verhagen",
            0,
            touches=[
                mail(
                    33,
                    "Haal mij alsjeblieft uit jullie bestand. Ik wil niet meer "
                    "benaderd worden, ook niet voor andere vacatures.",
                )
            ],
            excluded=True,
        ),
        X(
            "Femke Brouwer",
            2,
            touches=[
                mail(
                    47,
                    "Liever niet bellen overdag, ik zit de hele dag in meetings. "
                    "Mailen mag altijd, ik kijk graag naar nieuwe rollen.",
                )
            ],
        ),
    ),
    K(
        "German: bitte keine Kontaktaufnahme mehr vs newsletter unsubscribed",
        "data_eng",
        ZRH_HYB,
        X(
            "Matthias Eggenberger",
            0,
            touches=[
                mail(
                    70,
                    "Ich bitte Sie, mich ab sofort nicht mehr zu kontaktieren und "
                    "meine Daten zu löschen. Besten Dank.",
                )
            ],
            excluded=True,
        ),
        X(
            "Seraina Derungs-Capaul",
            2,
            touches=[
                mail(
                    58,
                    "Bitte nehmen Sie mich aus Ihrem monatlichen Newsletter raus - "
                    "für konkrete Stellen dürfen Sie mich aber gerne direkt anschreiben.",
                )
            ],
        ),
    ),
    K(
        "LinkedIn 'retirez-moi de vos listes' vs a new phone number",
        "frontend",
        BXL_HYB,
        X(
            "Anne-Sophie Delvaux",
            0,
            touches=[
                msg(
                    29,
                    "Bonjour, merci de me retirer de vos listes, je ne souhaite plus "
                    "recevoir de propositions de votre cabinet.",
                )
            ],
            excluded=True,
        ),
        X(
            "Cédric Lambotte",
            2,
            touches=[
                msg(
                    36,
                    "Nouveau numéro : +32 471 00 00 00, l'ancien ne marche plus. "
                    "Toujours partant pour discuter front.",
                )
            ],
        ),
    ),
    K(
        "English email: never contact me again vs feedback still owed",
        "manager",
        LUX_HYB,
        X(
            "Declan Whitmore",
            0,
            touches=[
                mail(
                    90,
                    "I've had three of your consultants ring me this month. Do not "
                    "contact me again, about anything. Consider this final.",
                )
            ],
            excluded=True,
        ),
        X(
            "Priyanka Annamalaisamy",
            2,
            apps=[lost(200, role="Engineering Manager")],
            touches=[
                mail(
                    150,
                    "Still waiting on the feedback from the Kirchberg final - I'd "
                    "appreciate it before we talk about anything new, but do keep me in mind.",
                )
            ],
        ),
    ),
    K(
        "ATS shorthand DNC vs not for sales roles at banks",
        "sales",
        GVA_HYB,
        X(
            "Benoît Rochat",
            0,
            touches=[
                crm(200, "cand ds DNC - a demandé suppression, pas de relance (cf mail 12/05)")
            ],
            excluded=True,
        ),
        X(
            "Valentine Jaquier",
            2,
            touches=[
                call(
                    110,
                    "Plus de postes commerciaux en banque privée, elle en sort. Ok "
                    "pour SaaS / tech, à recontacter.",
                )
            ],
        ),
        title="Senior Account Executive, SaaS (Geneva)",
        description="Sell our workflow SaaS to mid-market industrial firms in Romandy.",
    ),
    K(
        "a 'no thanks' reply to the opt-out line vs 'no thanks' to one role",
        "cs",
        MTL_HYB,
        X("Geneviève Beaudoinville", 0, touches=[msg(22, "no thanks, merci")], excluded=True),
        X(
            "Mathieu Laroquebrune",
            2,
            touches=[
                msg(
                    26,
                    "Non merci pour celui-là (trop junior), mais continuez à "
                    "m'envoyer des postes CSM senior!",
                )
            ],
        ),
    ),
    K(
        "Dutch: geen interesse meer, nooit vs geen recruiters via LinkedIn",
        "sre",
        RTM_ONSITE,
        X(
            "Sander Wolterink",
            0,
            touches=[
                msg(40, "geen interesse, nu niet en later ook niet. verwijder mijn gegevens aub")
            ],
            excluded=True,
        ),
        X(
            "Ilse van Dijk",
            2,
            touches=[
                msg(
                    55,
                    "Ik reageer niet meer op LinkedIn-berichten van recruiters, stuur "
                    "me liever een mail op mijn privéadres. Sta open voor iets nieuws.",
                )
            ],
        ),
    ),
    K(
        "unsubscribe-all from portage candidate vs unsubscribe job alerts only",
        "backend",
        FR_REMOTE,
        X(
            "Hervé Morvan",
            0,
            touches=[
                mail(
                    18,
                    "Désinscrivez-moi de tout : alertes, appels, messages. Je ne "
                    "veux plus entendre parler de votre société.",
                )
            ],
            excluded=True,
        ),
        X(
            "Solène Kerjean",
            2,
            touches=[
                mail(
                    24,
                    "Je me désabonne des alertes emploi automatiques, trop de bruit. "
                    "Un message perso d'un consultant, en revanche, avec plaisir.",
                )
            ],
        ),
    ),
]


# --- 2. waits counted from the day said, each against a twin whose wait has run out ----------

WAITS = [
    K(
        "three months' préavis given last week vs one month served since summer",
        "backend",
        PARIS_HYB,
        X(
            "Grégoire Vasseur",
            1,
            (
                "Démission posée la semaine dernière, préavis de 3 mois à faire, pas dispo avant.",
                10,
            ),
        ),
        X(
            "Inès Bouzid",
            2,
            ("Préavis d'un mois en cours, je serai libre dans quatre semaines.", 120),
        ),
    ),
    K(
        "after the Christmas shutdown vs after the August shutdown",
        "data_eng",
        LYON_HYB,
        X(
            "Clémence Arnoux",
            1,
            ("on reparle après la fermeture de Noël, d'ici là c'est la clôture annuelle", 12),
        ),
        X(
            "Baptiste Teyssier",
            2,
            ("rappelle-moi après la fermeture d'août, là je pars en congés", 125),
        ),
    ),
    K(
        "13th month paid in December vs a March bonus already paid",
        "sales",
        LUX_HYB,
        X(
            "Lorraine Weber",
            1,
            ("Attend le versement de son 13e mois fin décembre, ne bougera qu'après.", 28),
        ),
        X(
            "Jérôme Kieffer",
            2,
            ("Veut toucher son bonus de mars avant de partir, ensuite ok.", 270),
        ),
    ),
    K(
        "probation just started vs probation long passed",
        "sre",
        GVA_HYB,
        X(
            "Noémie Favre",
            1,
            touches=[
                call(
                    35,
                    "Vient de commencer chez un assureur, période d'essai de 3 mois, "
                    "ne veut rien entendre avant qu'elle soit validée.",
                )
            ],
        ),
        X(
            "Loïc Perrenoud",
            2,
            touches=[
                call(
                    260,
                    "Vient de commencer chez un assureur, période d'essai de 3 mois, "
                    "ne veut rien entendre avant qu'elle soit validée.",
                )
            ],
        ),
    ),
    K(
        "parental leave to the end of February vs parental leave that ended in June",
        "frontend",
        BXL_HYB,
        X(
            "Hélène Dujardin",
            1,
            ("En congé parental jusqu'à fin février, pas de process avant.", 50),
        ),
        X("Nicolas Wauters", 2, ("En congé parental jusqu'en juin.", 230)),
    ),
    K(
        "not before the end of Q1 vs busy to the end of Q3",
        "data_eng",
        AMS_HYB,
        X(
            "Pieter Hoekstra",
            1,
            ("Core banking migration goes live end of Q1 - not moving before that.", 14),
        ),
        X(
            "Lotte Oldenkamp-Vos",
            2,
            ("Swamped until the end of Q3 with the warehouse cutover, after that I'm free.", 140),
        ),
    ),
    K(
        "exam in February vs exam sat in October",
        "sre",
        ZRH_HYB,
        X("Dominik Bachmann", 1, ("CKS-Prüfung im Februar, vorher keine Bewerbungen.", 25)),
        X("Yvonne Gerber", 2, ("CKA exam is on 10 October - talk to me once that's done.", 75)),
    ),
    K(
        "Dutch: niet voor maart vs pas na de zomer",
        "backend",
        RTM_ONSITE,
        X("Ruben Smits", 1, ("niet voor maart, eerst mijn project afronden", 20)),
        X("Annelies Bos", 2, ("pas na de zomer, dan heb ik weer ruimte", 165)),
    ),
    K(
        "German: erst nach Ostern vs nach den Sommerferien",
        "cs",
        BSL_ONSITE,
        X("Tobias Vögeli", 1, ("Bitte erst nach Ostern wieder melden.", 30)),
        X("Carla Brunner", 2, ("Nach den Sommerferien gerne wieder.", 150)),
    ),
    K(
        "'in six weeks' said ten days ago vs said a hundred days ago",
        "manager",
        PARIS_HYB,
        X(
            "Mathilde Carpentier",
            1,
            ("Recontacte-moi dans six semaines, je finis un recrutement dans mon équipe.", 10),
        ),
        X(
            "Olivier Bénard",
            2,
            ("Recontacte-moi dans six semaines, je finis un recrutement dans mon équipe.", 100),
        ),
    ),
    K(
        "a note full of dates asking for no wait vs not before 15 January",
        "backend",
        TLS_HYB,
        X(
            "Romain Cazeneuve",
            2,
            touches=[
                call(
                    9,
                    "Point 14/11 : a quitté Airtek le 30/09, RTT soldés début "
                    "novembre, vacances du 1er au 8/11 faites. Dispo immédiatement, entretiens ok "
                    "dès cette semaine.",
                )
            ],
        ),
        X("Audrey Lafitte", 1, ("Pas avant le 15 janvier, déménagement à Colomiers.", 16)),
    ),
    K(
        "luxury peak season to 31/12 vs after September fashion week",
        "frontend",
        PARIS_ONSITE,
        X(
            "Capucine Rivaud",
            1,
            (
                "Campagne de Noël chez la maison, on est à fond jusqu'au 31/12. Pas avant janvier.",
                30,
            ),
        ),
        X("Eloïse Marchal", 2, ("Après la Fashion Week de septembre, là c'est la folie.", 110)),
        title="Senior Frontend Engineer, e-commerce (maison de luxe)",
    ),
    K(
        "a date-heavy LinkedIn reply with no wait vs back from sabbatical in April",
        "data_eng",
        EU_REMOTE,
        X(
            "Wim De Smedt",
            2,
            touches=[
                msg(
                    6,
                    "Joined Colruyt in March 2023, promoted in June 2025, team "
                    "reorg announced 1 Nov. Happy to talk any day this week or next.",
                )
            ],
        ),
        X("Elke Peeters", 1, ("On sabbatical, back in April - contact me then.", 40)),
    ),
]


# --- 3. visa, travel, commute, schedule, contract ---------------------------------------------

NO_SPONSOR_CH = "Right to work in Switzerland required; we cannot apply for permits."
NO_SPONSOR_NL = "No visa sponsorship: you must already have the right to work in the Netherlands."

VISA = [
    K(
        "permit G frontalier vs needs a Swiss work permit",
        "backend",
        {**GVA_ONSITE, "description": "Core banking services. " + NO_SPONSOR_CH},
        X(
            "Arnaud Collomb",
            2,
            "Frontalier, permis G valide, habite Annemasse.",
            location="Annemasse, France",
        ),
        X(
            "Rahul Varadarajan",
            0,
            "Indian national in Lyon, would need a Swiss permit to be sponsored.",
            location="Lyon, France",
        ),
    ),
    K(
        "permit C vs permit B tied to current employer, role offers no permit help",
        "data_eng",
        {**ZRH_HYB, "description": "Risk data platform. " + NO_SPONSOR_CH},
        X("Ana Kovačević", 2, "Hat die Niederlassungsbewilligung C seit 2021."),
        X(
            "Bilal Haddad",
            1,
            (
                "Permis B lié à son employeur actuel; un changement passe par "
                "l'office cantonal, faisable mais quelques semaines.",
                60,
            ),
        ),
    ),
    K(
        "EU citizen vs needs HSM sponsorship, no sponsor",
        "backend",
        {**AMS_HYB, "description": "Payments APIs. " + NO_SPONSOR_NL},
        X(
            "Katarzyna Ciechanowska",
            2,
            "Polish citizen living in Amsterdam, no visa needed.",
            location="Amsterdam, Netherlands",
        ),
        X(
            "Adebayo Okonjo",
            0,
            "Needs a highly skilled migrant visa sponsor to move from Lagos.",
            location="Lagos, Nigeria",
        ),
    ),
    K(
        "needs HSM sponsorship, role sponsors and offers the 30% ruling",
        "data_eng",
        {**EHV_HYB, "offers": ["Kennismigrant visa sponsored", "30% ruling applied for"]},
        X(
            "Sunil Menon",
            2,
            "Needs kennismigrant sponsorship; 30% ruling would make the move work.",
            location="Bangalore, India",
        ),
        X("Tarik Benali", 1, location="Casablanca, Morocco"),
    ),
    K(
        "Canadian permit: PR holder vs closed work permit expiring",
        "cs",
        MTL_HYB,
        X("Amélie Côté", 2, "Résidente permanente, aucune contrainte de permis."),
        X(
            "Karim Belhassen",
            1,
            (
                "Permis de travail fermé chez son employeur, expire en mars; il faudrait une EIMT.",
                45,
            ),
        ),
    ),
    K(
        "spouse's visa is hers, not his: no sponsorship needed",
        "sre",
        {**AMS_HYB, "description": "Platform team. " + NO_SPONSOR_NL},
        X(
            "Marco Bellandi",
            2,
            "His wife is on a HSM permit; he's Italian, no sponsorship for him.",
            location="Amsterdam, Netherlands",
        ),
        X(
            "Wei Situ",
            0,
            "Chinese passport, would need a new employer to sponsor him.",
            location="Amsterdam, Netherlands",
        ),
    ),
    K(
        "waiting on naturalisation vs permit B renewed",
        "manager",
        {**LSN_HYB, "description": "Lead the claims engineering team. " + NO_SPONSOR_CH},
        X("Diego Álvarez", 2, ("Permis B renouvelé en septembre, valable 5 ans.", 60)),
        X(
            "Farah Nassif",
            0,
            "Vit à Beyrouth, aucune autorisation de travail en Suisse.",
            location="Beirut, Lebanon",
        ),
    ),
    K(
        "ex-UK candidate with pre-settled status irrelevant; has French nationality",
        "frontend",
        PARIS_HYB,
        X("Oliver Harrowgill", 2, "Dual British-French since 2022, no paperwork needed in Paris."),
        X(
            "Chidi Eze",
            1,
            ("Titre de séjour passeport talent en renouvellement, récépissé valable.", 30),
        ),
    ),
    K(
        "Luxembourg: cross-border Belgian vs third-country in Metz needing a permit",
        "backend",
        {**LUX_HYB, "description": "Fund accounting services. EU work rights required."},
        X(
            "Quentin Dethier",
            2,
            "Belge, vit à Arlon, frontalier depuis 6 ans.",
            location="Arlon, Belgium",
        ),
        X(
            "Yusuf Aydın",
            0,
            "Turkish national, his French titre de séjour does not cover Luxembourg.",
            location="Metz, France",
        ),
    ),
    K(
        "Swiss role: 'I have the G' typed in shorthand vs non-EU in Annecy",
        "sre",
        {**GVA_HYB, "description": "Trading platform SRE. " + NO_SPONSOR_CH},
        X(
            "Sylvain Pugin",
            2,
            touches=[crm(40, "cand frontalier, permis G ok, annecy -> gva 45min")],
            location="Annecy, France",
        ),
        X(
            "Thiago Vasconcelos Pinho",
            0,
            touches=[
                crm(40, "cand brésilien, titre FR seulement, pas de permis CH, à sponsoriser")
            ],
            location="Annecy, France",
        ),
    ),
]

TRAVEL = [
    K(
        "no travel wanted vs travel to sites fine, role travels 40%",
        "sales",
        {**ANT_ONSITE, "offers": ["40% travel to terminals in Rotterdam, Hamburg and Le Havre"]},
        X("Koen Claes", 2, "Happy on the road, used to visiting terminals weekly."),
        X("Lies Wouters", 0, "Geen reizen meer - kleine kinderen, wil elke avond thuis zijn."),
    ),
    K(
        "travel refused, role has no travel",
        "data_eng",
        {**LYON_HYB, "description": "Analytics for a logistics group; no travel."},
        X("Manon Giraud", 2, "Ne veut plus de déplacements chez les clients."),
        X("Hugo Perret", 1),
    ),
    K(
        "ok with occasional travel vs refuses overnight stays, role needs monthly nights away",
        "cs",
        {**PARIS_HYB, "offers": ["Monthly two-day visits to clients in Geneva and Milan"]},
        X("Claire Royer", 2, "Déplacements ponctuels ok, même avec nuitée."),
        X("Sébastien Morin", 0, "Aucune nuit hors de chez moi, garde alternée."),
    ),
    K(
        "travel limited to Benelux vs anywhere, role is Benelux only",
        "sales",
        {**BXL_HYB, "offers": ["Travel within Benelux, day trips"]},
        X("Jeroen Maes", 2, "Reizen ok binnen de Benelux, geen vluchten."),
        X("Nadia Rahmani", 1),
    ),
    K(
        "former consulting travel burnout: new role in-office only",
        "backend",
        {**LILLE_ONSITE, "description": "In-house team, no client travel."},
        X(
            "Fabien Delattre",
            2,
            (
                "Cramé par 4 ans d'ESN en déplacement chez les clients, veut un poste sédentaire.",
                90,
            ),
        ),
        X("Agathe Lemaire", 1),
    ),
    K(
        "loves travel vs wants none, role is 60% on the road",
        "manager",
        {**BSL_ONSITE, "offers": ["60% travel to manufacturing sites in Europe and the US"]},
        X("Jonas Steiner", 2, "Reist gern, war jahrelang oft in den USA."),
        X("Mirjam Hess", 0, "Maximal ein, zwei Reisetage im Quartal."),
    ),
    K(
        "travel fine 'tant que c'est en train' vs flights ok, role goes by train",
        "sales",
        {**PARIS_HYB, "offers": ["Client visits in Lyon, Lille and Brussels by train"]},
        X("Pauline Guérin", 2, "Déplacements ok tant que c'est en train, pas d'avion."),
        X("Maxime Roux", 1),
    ),
    K(
        "travel refused because of old employer; this role barely travels",
        "sre",
        {
            **TLS_HYB,
            "description": "Two days on site a quarter at our Paris office, otherwise none.",
        },
        X(
            "Damien Sabatier",
            2,
            apps=[withdrew(300, "travel", "Refused weekly trips to Madrid at the old client")],
        ),
        X("Elodie Castel", 1),
    ),
    K(
        "no travel ask, role flies to Montreal monthly",
        "cs",
        {**PARIS_HYB, "offers": ["A week in Montreal every month"]},
        X("Rémi Fournier", 2, "Aime voyager, prêt à aller au Canada souvent."),
        X("Bérénice Faure", 0, "Pas de voyages transatlantiques, peur de l'avion."),
    ),
    K(
        "weekly client travel refused vs fine, role weekly in Luxembourg",
        "backend",
        {**PARIS_HYB, "offers": ["One day a week at the client in Luxembourg"]},
        X("Laurent Hoarau", 2, "Un jour par semaine chez un client en province, aucun souci."),
        X(
            "Juliette Pasquier",
            0,
            ("Plus de déplacements hebdomadaires, c'est non négociable.", 50),
        ),
    ),
]

COMMUTE = [
    K(
        "Annemasse by Léman Express 20 min vs Lausanne A1 with traffic",
        "backend",
        GVA_ONSITE,
        X(
            "Florent Baud",
            2,
            "Léman Express Annemasse-Eaux-Vives, 20 minutes porte à porte.",
            location="Annemasse, France",
        ),
        X(
            "Vincent Monod",
            0,
            "Refuse plus de 40 minutes de trajet; A1 depuis Lausanne = 1h15 le matin.",
            location="Lausanne, Switzerland",
        ),
    ),
    K(
        "Thionville via A31 refused vs Arlon by train fine, Luxembourg",
        "data_eng",
        LUX_HYB,
        X(
            "Aline Schmitt",
            0,
            "Plus jamais l'A31 matin et soir, veut travailler près de Thionville.",
            location="Thionville, France",
        ),
        X(
            "Gilles Thill",
            2,
            "Train Arlon-Luxembourg, 20 minutes, ça roule.",
            location="Arlon, Belgium",
        ),
    ),
    K(
        "Kennedy tunnel every day refused vs bike across the Scheldt fine",
        "sre",
        ANT_ONSITE,
        X(
            "Bart Janssens",
            0,
            "Elke dag door de Kennedytunnel in de file: nooit meer.",
            location="Ghent, Belgium",
        ),
        X(
            "Sofie Vanderstraeten-Ghys",
            2,
            "Fietst naar de haven, 15 minuten.",
            location="Antwerp, Belgium",
        ),
    ),
    K(
        "Lille by TER 35 min vs Paris-Lille daily",
        "cs",
        LILLE_ONSITE,
        X("Justine Vandamme", 2, "TER Arras-Lille 35 min, ça lui va.", location="Arras, France"),
        X(
            "Aymeric Duval",
            0,
            "Ne fera pas Paris-Lille en TGV tous les jours, trop cher et trop long.",
            location="Paris, France",
        ),
    ),
    K(
        "Saint-Louis to Basel 15 min vs Mulhouse no car",
        "data_eng",
        BSL_ONSITE,
        X(
            "Marion Hirtz",
            2,
            "Vit à Saint-Louis, 15 minutes en bus jusqu'au campus.",
            location="Saint-Louis, France",
        ),
        X(
            "Kevin Walch",
            1,
            "Sans permis; Mulhouse-Bâle en TER 25 min, jouable.",
            location="Mulhouse, France",
        ),
    ),
    K(
        "bridge at Rotterdam: Van Brienenoordbrug jams refused vs metro",
        "backend",
        RTM_ONSITE,
        X(
            "Thijs de Graaf",
            0,
            "Max 30 minuten reistijd, wil niet meer over de Van Brienenoordbrug in de file.",
            location="Dordrecht, Netherlands",
        ),
        X(
            "Merel Visser",
            2,
            "Woont in Rotterdam-Zuid, metro naar kantoor.",
            location="Rotterdam, Netherlands",
        ),
    ),
    K(
        "Toulouse: ring road refused from Montauban vs lives in Blagnac",
        "frontend",
        TLS_HYB,
        X(
            "Jérémy Soulié",
            0,
            "Le périph de Toulouse tous les jours depuis Montauban, c'est fini.",
            location="Montauban, France",
        ),
        X("Laura Mazières", 2, "Habite Blagnac, 10 minutes à vélo.", location="Blagnac, France"),
    ),
    K(
        "Eindhoven: hour limit by train from Utrecht vs Den Bosch",
        "sre",
        EHV_HYB,
        X(
            "Gijs Mulder",
            1,
            "Max an hour door to door; Utrecht-Eindhoven is just about that.",
            location="Utrecht, Netherlands",
        ),
        X(
            "Fleur Hendriks",
            2,
            "Den Bosch, 20 min met de trein.",
            location="'s-Hertogenbosch, Netherlands",
        ),
    ),
    K(
        "Zurich: toll-free commute not an issue; refuses >1h train",
        "manager",
        ZRH_HYB,
        X("Reto Wyss", 2, "S-Bahn von Winterthur, 25 Minuten.", location="Winterthur, Switzerland"),
        X(
            "Nathalie Roth",
            0,
            "Pendelt nicht mehr als 45 Min; Bern-Zürich ist zu weit.",
            location="Bern, Switzerland",
        ),
    ),
    K(
        "Lyon: péage A43 from Bourgoin refused vs Villeurbanne tram",
        "backend",
        LYON_HYB,
        X(
            "Cyril Bonnard",
            0,
            ("Fini le péage de l'A43 depuis Bourgoin, cherche sur place.", 40),
            location="Bourgoin-Jallieu, France",
        ),
        X(
            "Sarah Benhamou",
            2,
            "Villeurbanne, tram T1 jusqu'à la Part-Dieu.",
            location="Villeurbanne, France",
        ),
    ),
]

SCHEDULE = [
    K(
        "no astreintes vs fine with on-call, role has astreintes",
        "sre",
        {**PARIS_HYB, "offers": ["Astreinte one week in six, paid"]},
        X("Étienne Raffin", 2, "Astreintes ok si rémunérées."),
        X("Coralie Benoît", 0, "Plus d'astreintes ni de nuits, c'est fini."),
    ),
    K(
        "weekends refused, role Mon-Fri",
        "cs",
        {**AMS_HYB, "offers": ["Monday to Friday, no weekend shifts"]},
        X("Lisanne Bakker", 2, "Nooit meer in het weekend werken."),
        X("Daan Vermeulen", 1),
    ),
]

CONTRACT = [
    K(
        "four-day week wanted, role offers 4 days at 80%",
        "data_eng",
        {**BXL_HYB, "offers": ["4/5e possible from day one"]},
        X("Véronique Dumont", 2, "Wil een vierdagenweek, voor de kinderen."),
        X("Kobe Verstraete", 1),
    ),
    K(
        "CDI only vs freelance only, role is CDI",
        "backend",
        {**LYON_HYB, "title": "Senior Backend Engineer (CDI)"},
        X("Gaëlle Chabert", 2, "Veut un CDI, fini le freelance."),
        X("Mehdi Saïdi", 0, "Reste freelance, TJM 650, pas de CDI."),
    ),
    K(
        "portage welcome vs CDI wanted, role is a 6-month mission in portage",
        "data_eng",
        {
            **PARIS_HYB,
            "title": "Data Engineer – mission 6 mois (portage ou freelance)",
            "description": "Mission freelance ou portage salarial, 6 mois renouvelables.",
        },
        X("Stéphane Le Goff", 2, "En portage salarial, cherche sa prochaine mission."),
        X("Amandine Roussel", 0, "Uniquement CDI, plus de missions."),
    ),
    K(
        "CDD refused vs open to CDD, role is an 18-month CDD",
        "cs",
        {**PARIS_HYB, "title": "Customer Success Manager (CDD 18 mois)"},
        X("Océane Millet", 2, "Un CDD long ne lui fait pas peur."),
        X("Thomas Barbier", 0, "Pas de CDD, veut de la stabilité."),
    ),
]


# --- 4. pay, 5. work mode and negation -----------------------------------------------------------

PAY = [
    K(
        "asks CHF 150k, band CHF 140-160k vs asks CHF 190k",
        "backend",
        {**ZRH_HYB, "salary_min": 140_000, "salary_max": 160_000, "currency": "CHF"},
        X("Lukas Frei", 2, "Wants CHF 150k including the 13th month."),
        X("Andrea Keller", 0, "Unter CHF 190'000 brutto wechsle ich nicht."),
    ),
    K(
        "TJM 700 as freelancer vs salary ask inside band, CDI role",
        "data_eng",
        {**PARIS_HYB, "salary_min": 65_000, "salary_max": 75_000, "currency": "EUR"},
        X("Antoine Lebrun", 2, "Vise 70k€ brut annuel en CDI."),
        X(
            "Marine Chevallier",
            0,
            "Freelance à 700€/jour, ne reviendra pas en dessous de l'équivalent 130k.",
        ),
    ),
    K(
        "monthly net ask fits band vs current pay above band without ask",
        "cs",
        {**LYON_HYB, "salary_min": 48_000, "salary_max": 55_000, "currency": "EUR"},
        X("Chloé Vidal", 2, "Veut 3 300€ net par mois, sur 12 mois."),
        X(
            "Florian Masson",
            1,
            "Gagne 58k aujourd'hui, mais dit que le salaire n'est pas le sujet.",
        ),
    ),
    K(
        "floor of EUR 95k vs ask of EUR 80k, band 75-85k",
        "manager",
        {**AMS_HYB, "salary_min": 75_000, "salary_max": 85_000, "currency": "EUR"},
        X("Jasper Willems", 0, "Floor is €95k base, not negotiable."),
        X("Roos Meijer", 2, "Looking for around €80k plus the 30% ruling if possible."),
    ),
    K(
        "CAD ask inside band vs far above",
        "sre",
        {**MTL_HYB, "salary_min": 130_000, "salary_max": 150_000, "currency": "CAD"},
        X("Félix Bouchard", 2, "Vise 140k$ CAD."),
        X("Samuel Lavoie", 0, "Pas moins de 185 000 $ par année."),
    ),
    K(
        "hourly rate CHF 110 vs annual within band, CDI role in Geneva",
        "data_eng",
        {**GVA_HYB, "salary_min": 130_000, "salary_max": 150_000, "currency": "CHF"},
        X("Mélanie Chappuis", 2, "Attend 140k CHF sur 13 salaires."),
        X("Patrick Dubuis", 0, "Consultant à 160 CHF de l'heure, ne descend pas."),
    ),
]

MODE = [
    K(
        "full remote only vs office-lover; remote only in the title",
        "backend",
        {
            "title": "Senior Backend Engineer (100% télétravail)",
            "location": "France",
            "home": "Lyon, France",
        },
        X("Benjamin Robin", 2, "100% télétravail ou rien."),
        X("Isabelle Noël", 0, "Veut retrouver un bureau tous les jours, l'isolement lui pèse."),
    ),
    K(
        "remote said only in the description",
        "data_eng",
        {
            "location": "Belgium",
            "description": "You work from home; the team meets in Brussels once a quarter.",
            "home": "Liège, Belgium",
        },
        X("Arnaud Lejeune", 2, "Only remote roles from Liège."),
        X("Marie Dubois", 0, "Wants an office five days a week, hates working from home."),
    ),
    K(
        "hybrid 2 days ok vs max one day, role is three days on site",
        "sre",
        TLS_HYB,
        X("Adrien Vidal", 2, "Trois jours sur site max, ça lui convient."),
        X("Camille Rey", 0, "Un jour par semaine au bureau maximum."),
    ),
]

NEGATIONS = [
    K(
        "'pas contre le présentiel' is not remote-only, onsite role",
        "frontend",
        PARIS_ONSITE,
        X("Léa Moreau", 2, "Pas contre le présentiel, au contraire, ça lui manque."),
        X("Kevin Garnier", 0, "Refuse tout poste sans télétravail."),
    ),
    K(
        "German 'nicht nur remote' vs 'nur remote', hybrid role",
        "backend",
        ZRH_HYB,
        X("Fabian Meier", 2, "Nicht nur remote - zwei, drei Tage im Büro sind mir sogar lieber."),
        X("Simone Huber", 0, "Nur noch 100% remote."),
    ),
    K(
        "'not remote-only' vs 'remote only', onsite Rotterdam",
        "data_eng",
        RTM_ONSITE,
        X("Niels Dekker", 2, "Not remote-only - happy in the office every day."),
        X("Eva Smit", 0, "Remote only, she moved to Zeeland."),
    ),
]

# --- 6. location, managing, stage and size, industry and mission, technology ---------------------

PLACE = [
    K(
        "relocating to Lyon in spring vs settled in Paris refusing to move",
        "backend",
        {**LYON_HYB, "home": "Paris, France"},
        X("Anaïs Brunet", 2, "Part vivre à Lyon au printemps avec son conjoint."),
        X("Victor Caron", 0, "Ne quittera pas Paris."),
    ),
    K(
        "wants to move back to Montreal vs stays in Paris",
        "frontend",
        {**MTL_HYB, "home": "Paris, France"},
        X("Laurence Bergeron", 2, "Rentre au Québec l'été prochain, cherche à Montréal."),
        X("Paul Lefèvre", 0, "Ne veut pas s'expatrier."),
    ),
    K(
        "Brussels: lives in Leuven, open to Brussels vs wants Antwerp only",
        "cs",
        {**BXL_HYB, "home": "Leuven, Belgium"},
        X("Hanne Goossens", 2, "Brussel is prima, 25 min met de trein."),
        X("Stijn Peeters", 0, "Alleen Antwerpen, niet Brussel."),
    ),
]

MANAGE = [
    K(
        "wants to manage vs stays hands-on, EM role",
        "manager",
        PARIS_HYB,
        X("Yannick Morel", 2, "Veut passer manager, encadre déjà 3 devs de fait."),
        X("Sandrine Leroy", 0, "Refuse le management, veut rester dans le code."),
    ),
    K(
        "done managing, wants IC again; senior IC role",
        "backend",
        LSN_HYB,
        X("Nicolas Favre", 2, "A managé 8 personnes, veut revenir à l'expertise technique."),
        X("Céline Python", 1),
    ),
    K(
        "'not against managing' vs 'never again', EM role",
        "manager",
        BXL_HYB,
        X("Pierre Lambert", 2, "Pas opposé à encadrer une équipe."),
        X("Mathias Lenoir", 0, "Plus jamais de management après son burn-out de lead."),
    ),
]

STAGE = [
    K(
        "wants a start-up vs big-company seeker, Series A",
        "backend",
        {**PARIS_HYB, "offers": ["Series A, 25 people"]},
        X("Axel Girard", 2, "Veut une start-up early stage, fini les grands groupes."),
        X("Corinne Blanc", 0, "Cherche un grand groupe stable après deux liquidations."),
    ),
    K(
        "wants a large employer: bank of 8000 vs start-up seeker",
        "data_eng",
        {**LUX_HYB, "offers": ["Established bank, 8,000 employees"]},
        X("Marc Reuter", 2, "Veut de la stabilité, un grand groupe."),
        X("Lina Hoffmann", 0, "Only seed or Series A, hates big corporates."),
    ),
    K(
        "scale-up of 200 wanted vs 'pas de boîte de plus de 50'",
        "sre",
        {**MTL_HYB, "offers": ["Scale-up of 200 people, Series C"]},
        X("Olivier Pelletier", 2, "Cherche une scale-up de 100 à 300 personnes."),
        X("Émilie Marchetaud", 0, "Pas de boîte de plus de 50 personnes."),
    ),
]

TECH = [
    K(
        "wants Go vs refuses Go, Go role",
        "sre",
        PARIS_HYB,
        X("Tristan Hamon", 2, "Veut faire du Go en prod."),
        X("Laetitia Perrin", 0, "Ne veut plus toucher à Go."),
    ),
    K(
        "wants off Java, role is Python",
        "backend",
        AMS_HYB,
        X("Sven de Boer", 2, "Done with Java, wants Python."),
        X("Joris Prins", 1),
    ),
    K(
        "refuses Azure vs wants GCP, role is GCP",
        "data_eng",
        {**BSL_ONSITE, "description": "Data platform on GCP (BigQuery)."},
        X("Roman Kunz", 2, "Will zu GCP."),
        X("Stefan Graf", 0, "Only Azure, no interest in GCP."),
    ),
]


INDUSTRY = [
    K(
        "refuses defence vs fine, defence electronics in Toulouse",
        "backend",
        {**TLS_HYB, "description": "Software for defence avionics."},
        X("Julien Escande", 0, "Refuse la défense et l'armement."),
        X("Maud Lacoste", 2, "Aéro ou défense, aucun problème."),
    ),
    K(
        "wants pharma mission vs no mission stated, Basel pharma",
        "data_eng",
        {**BSL_ONSITE, "description": "Clinical trial data for a pharma group."},
        X("Sarah Keller", 2, "Wants her data work to help patients - pharma or health."),
        X("Daniel Vogt", 1),
    ),
    K(
        "refuses tobacco, role at a tobacco group in Lausanne",
        "sales",
        {**LSN_HYB, "description": "Sales ops for a tobacco and nicotine group."},
        X("Aurore Pittet", 0, "Jamais le tabac."),
        X("Raphaël Cuendet", 2),
    ),
    K(
        "refuses gambling, role is sports data for media (not betting)",
        "backend",
        {
            **PARIS_HYB,
            "description": "Sports statistics for broadcasters and newspapers; no betting.",
        },
        X("Mickaël Charpentier", 2, "Pas de paris sportifs ni de jeux d'argent."),
        X("Nadège Colin", 1),
    ),
    K(
        "wants public service vs refuses public sector, Brussels public body",
        "data_eng",
        {**BXL_HYB, "description": "Data for a Brussels regional public body."},
        X("Thomas Leclercq", 2, "Veut un poste qui sert l'intérêt général, service public."),
        X("Sophie Verbeke", 0, "Pas d'administration publique, trop lent."),
    ),
    K(
        "refuses oil and gas vs wants energy transition, offshore wind role",
        "sre",
        {**RTM_ONSITE, "description": "Platform for an offshore wind operator."},
        X("Lars van Leeuwen", 2, "Wants to work on renewables."),
        X("Vera Bakker", 1, "No oil and gas - renewables are fine though."),
    ),
    K(
        "refuses fast fashion but luxury fine; luxury maison role",
        "frontend",
        {**PARIS_ONSITE, "description": "E-commerce for a Paris luxury maison."},
        X("Apolline de Vaublanc", 2, "Pas de fast fashion, mais le luxe oui."),
        X("Gaspard Renaud", 0, "Refuse la mode, luxe compris."),
    ),
    K(
        "crypto refused vs wants fintech, role is crypto custody",
        "backend",
        {**ZRH_HYB, "description": "Crypto custody platform for banks."},
        X("Beat Zimmermann", 0, "Keine Krypto-Firmen."),
        X("Ioana Popescu", 2, "Loves crypto and digital assets."),
    ),
    K(
        "wants logistics impact vs refuses logistics, port logistics",
        "data_eng",
        {**ANT_ONSITE, "description": "Optimise container flows at the port."},
        X("Ward Segers", 2, "Wil in de logistiek werken, haven fascineert hem."),
        X("Emma Claessens", 0, "Geen logistiek meer, te hectisch."),
    ),
    K(
        "refuses banking vs wants banking, private bank role",
        "sre",
        {**GVA_HYB, "description": "Platform for a Geneva private bank."},
        X("Guillaume Mottier", 0, "Ne veut plus travailler pour une banque."),
        X("Estelle Berthoud", 2, "Veut rester dans la banque privée."),
    ),
]

PAST_GVA = dict(
    remote_policy="onsite", location="Geneva, Switzerland", salary_max=120_000, currency="CHF"
)
PAST_PARIS = dict(
    remote_policy="onsite", location="Paris, France", salary_max=60_000, currency="EUR"
)

LAST_REASON = [
    K(
        "declined over pay at CHF 120k; band now 140-160k",
        "backend",
        {**GVA_HYB, "salary_min": 140_000, "salary_max": 160_000, "currency": "CHF"},
        X(
            "Alexandre Rime",
            2,
            apps=[declined(280, "compensation", "Wanted CHF 140k, capped at 120k", PAST_GVA)],
        ),
        X("Caroline Mercier", 1),
    ),
    K(
        "declined over pay; band no higher",
        "backend",
        {**PARIS_HYB, "salary_min": 50_000, "salary_max": 60_000, "currency": "EUR"},
        X(
            "Jean-Baptiste Roy",
            0,
            apps=[declined(200, "compensation", "Demandait 72k, plafond 60k", PAST_PARIS)],
        ),
        X("Lucie Marchand", 2),
    ),
    K(
        "declined five days on site; role now hybrid",
        "data_eng",
        GVA_HYB,
        X(
            "Frédéric Jotterand",
            2,
            apps=[
                declined(
                    220, "remote_policy", "Refusait 5 jours sur site", PAST_GVA, "Data Engineer"
                )
            ],
        ),
        X("Sabine Ducret", 1),
    ),
    K(
        "declined on-site Paris; role is on-site again",
        "backend",
        PARIS_ONSITE,
        X(
            "Benoît Garnier",
            0,
            apps=[declined(150, "remote_policy", "Refus du 100% présentiel", PAST_PARIS)],
        ),
        X("Nathalie Perrot", 2),
    ),
    K(
        "withdrew over CDD; this role is CDI",
        "cs",
        {**LYON_HYB, "title": "Customer Success Manager (CDI)"},
        X(
            "Élise Durand",
            2,
            apps=[withdrew(180, "contract", "Le poste était un CDD de 12 mois", role="CSM")],
        ),
        X("Alexis Petit", 1),
    ),
    K(
        "withdrew over CDD; this role is a CDD again",
        "cs",
        {**LYON_HYB, "title": "Customer Success Manager (CDD 12 mois)"},
        X("Rachel Blanchard", 0, apps=[withdrew(180, "contract", "Refuse un CDD", role="CSM")]),
        X("Jordan Marie", 2),
    ),
    K(
        "withdrew: no sponsorship; this role sponsors",
        "backend",
        {**AMS_HYB, "offers": ["HSM visa sponsorship", "30% ruling"]},
        X(
            "Arjun Krishnan",
            2,
            apps=[withdrew(240, "visa", "Needed HSM sponsorship; client could not sponsor")],
            location="Pune, India",
        ),
        X("Hamza Belkacem", 1, location="Pune, India"),
    ),
    K(
        "withdrew: no sponsorship; this role still cannot sponsor",
        "backend",
        {**AMS_HYB, "description": "Payments. " + NO_SPONSOR_NL},
        X(
            "Ravi Arunachalesan",
            0,
            apps=[withdrew(240, "visa", "Needed a sponsor; none available")],
            location="Chennai, India",
        ),
        X("Jan-Willem Kok", 2, location="Amsterdam, Netherlands"),
    ),
    K(
        "declined: too much travel; this role has none",
        "sales",
        {**BXL_HYB, "description": "Inside sales, no travel."},
        X(
            "Tom Vandenberghe",
            2,
            apps=[declined(260, "travel", "Refused 50% travel across Benelux", role="AE")],
        ),
        X("Charlotte Renard", 1),
    ),
    K(
        "declined over commute to La Défense; role is at La Défense again",
        "data_eng",
        PARIS_ONSITE,
        X(
            "Quentin Marais",
            0,
            apps=[
                declined(
                    120,
                    "location",
                    "RER A jusqu'à La Défense depuis Marne-la-Vallée, trop long",
                    role="Data Engineer",
                )
            ],
            location="Marne-la-Vallée, France",
        ),
        X("Margaux Blanc", 2, location="Courbevoie, France"),
    ),
]

HISTORY = [
    K(
        "silver medalist vs CV never put forward",
        "backend",
        LYON_HYB,
        X("Damien Rolland", 2, apps=[lost(200)]),
        X(
            "Laure Fabre",
            1,
            apps=[app(200, "applied", "rejected", "other", "CV non présenté au client")],
        ),
    ),
    K(
        "no-show at client interview vs clean record",
        "frontend",
        PARIS_HYB,
        X(
            "Jonathan Perret",
            0,
            apps=[
                app(
                    150,
                    "interview",
                    "rejected",
                    "other",
                    "Ne s'est pas présenté à l'entretien client, injoignable",
                )
            ],
        ),
        X("Émeline Roger", 2),
    ),
    K(
        "placed by us three months ago vs silver medalist",
        "sre",
        BXL_HYB,
        X(
            "Kenza Amrani",
            0,
            touches=[
                crm(
                    85,
                    "Placement : a démarré en CDI chez notre client il y a 12 semaines, placée "
                    "par nous, période d'essai en cours.",
                )
            ],
        ),
        X("Loris Van Damme", 2, apps=[lost(300, role="SRE")]),
    ),
]


# --- 8. the latest word over several notes ----------------------------------------------------

LATEST = [
    K(
        "remote-only, then fine with hybrid: hybrid role",
        "backend",
        PARIS_HYB,
        X(
            "Aurélie Jourdan",
            2,
            touches=[
                call(300, "Full remote uniquement."),
                msg(40, "finalement 2 jours au bureau ça me va, je m'ennuie chez moi"),
            ],
        ),
        X(
            "Franck Tessier",
            0,
            touches=[
                call(300, "Hybride ok."),
                mail(30, "Je ne fais plus que du full remote depuis mon déménagement en Bretagne."),
            ],
        ),
    ),
    K(
        "opt-out taken back vs keep-me-posted hardened into erasure",
        "data_eng",
        LYON_HYB,
        X(
            "Morgane Leclerc",
            2,
            touches=[
                msg(250, "stop, ne me contactez plus"),
                mail(
                    60,
                    "Je reviens vers vous : oubliez mon message de mars, je suis de nouveau à "
                    "l'écoute.",
                ),
            ],
        ),
        X(
            "Bastien Guillot",
            0,
            touches=[
                mail(250, "Pas pour l'instant, gardez-moi au chaud."),
                mail(45, "Merci de supprimer mes données et de ne plus me contacter."),
            ],
            excluded=True,
        ),
    ),
    K(
        "refused travel, then ok, then refused again",
        "sales",
        {**ANT_ONSITE, "offers": ["Weekly trips to Rotterdam terminals"]},
        X(
            "Dries Wuyts",
            0,
            touches=[
                call(400, "Geen reizen."),
                call(200, "Reizen ok nu de kinderen groter zijn."),
                msg(20, "sorry, toch geen reizen meer, mijn vrouw werkt nu ook weer"),
            ],
        ),
        X("Jolien Aerts", 2, "Reizen geen probleem."),
    ),
    K(
        "wanted to manage, then back to IC; EM role",
        "manager",
        LUX_HYB,
        X(
            "Cyrille Hansen",
            0,
            ("Veut devenir manager.", 300),
            ("Après 6 mois de lead intérim, il ne veut plus manager, retour au code.", 30),
        ),
        X("Martine Kremer", 2, ("Prête à manager une équipe.", 60)),
    ),
    K(
        "move refused, then wanted: Geneva role",
        "sre",
        {**GVA_ONSITE, "home": "Lyon, France"},
        X(
            "Lionel Dumas",
            2,
            touches=[
                call(320, "Ne quittera pas Lyon."),
                mail(
                    35,
                    "On s'installe à Genève en janvier avec ma compagne, j'ai un permis B via "
                    "elle.",
                ),
            ],
        ),
        X(
            "Fanny Chauvet",
            0,
            touches=[
                call(320, "Mobile sur Genève."),
                call(40, "Finalement reste à Lyon, achat d'appartement."),
            ],
        ),
    ),
    K(
        "pay ask lowered below band max vs raised above",
        "backend",
        {**PARIS_HYB, "salary_min": 60_000, "salary_max": 70_000, "currency": "EUR"},
        X("Hugues Perrin", 2, ("Vise 80k.", 280), ("Revoit ses prétentions : 68k lui irait.", 25)),
        X("Manon Ferrand", 0, ("65k ok.", 280), ("Après sa promo, ne bouge pas sous 85k.", 20)),
    ),
    K(
        "freelance only, then wants CDI: CDI role",
        "data_eng",
        {**LILLE_ONSITE, "title": "Senior Data Engineer (CDI)"},
        X(
            "Grégory Lefebvre",
            2,
            touches=[
                crm(350, "Freelance TJM 600, pas de CDI"),
                call(30, "Marché freelance mort, cherche un CDI maintenant."),
            ],
        ),
        X(
            "Élodie Caron",
            0,
            touches=[
                crm(350, "CDI ok"),
                mail(25, "Je me lance en freelance au 1er janvier, plus de CDI pour moi."),
            ],
        ),
    ),
    K(
        "refused defence, then fine with it: defence role",
        "backend",
        {**TLS_HYB, "description": "Satellite ground segment for a defence prime."},
        X(
            "Pascal Bouvier",
            2,
            touches=[
                call(330, "Pas de défense."),
                call(
                    28,
                    "A réfléchi: le spatial défense, ça lui va, c'est l'armement pur qu'il refuse.",
                ),
            ],
        ),
        X(
            "Vanessa Roche",
            0,
            touches=[
                call(330, "Défense ok."),
                msg(15, "finalement je préfère éviter tout ce qui touche à la défense"),
            ],
        ),
    ),
    K(
        "nights refused then fine then refused again; SRE on-call role",
        "sre",
        {**AMS_HYB, "offers": ["On-call one week in five, nights included"]},
        X(
            "Maarten Kok",
            0,
            ("No on-call.", 400),
            ("On-call fine now.", 200),
            ("Baby due in December - no more nights.", 18),
        ),
        X("Noor Hermans", 2, ("On-call with nights is fine, paid extra.", 50)),
    ),
    K(
        "wait set, then called off early vs whenever turned into not before summer",
        "cs",
        BXL_HYB,
        X(
            "Quentin Bertrand",
            2,
            ("Pas avant juin, gros projet.", 60),
            ("Projet annulé, je suis dispo dès maintenant.", 12),
        ),
        X(
            "Aline Massart",
            1,
            ("Quand tu veux.", 200),
            ("En fait pas avant l'été, je viens de reprendre une équipe.", 14),
        ),
    ),
    K(
        "office-only turned hybrid-seeker, onsite role",
        "frontend",
        LILLE_ONSITE,
        X(
            "Arthur Vasseur",
            0,
            ("Aime le présentiel.", 300),
            ("Depuis la naissance, veut au moins 3 jours de télétravail.", 20),
        ),
        X("Inès Carlier", 2, ("Présentiel complet ok.", 80)),
    ),
]

HELDOUT64_CASES = [
    *OPT_OUTS,
    *WAITS,
    *VISA,
    *TRAVEL,
    *COMMUTE,
    *SCHEDULE,
    *CONTRACT,
    *PAY,
    *MODE,
    *NEGATIONS,
    *PLACE,
    *MANAGE,
    *STAGE,
    *INDUSTRY,
    *TECH,
    *LAST_REASON,
    *HISTORY,
    *LATEST,
]

# The class names the set checks share (tests/test_eval_cases.py), over this file's own lists:
# the work mode is its MODE, the locations its PLACE, managing and level its MANAGE, company
# stage and size its STAGE, industry and mission its INDUSTRY and the latest word its LATEST;
# last time's reason, resolved or still standing, is the file's LAST_REASON list, and the
# history with us its HISTORY.
WORK_MODE, LOCATIONS, LEVEL, STAGE_SIZE = MODE, PLACE, MANAGE, STAGE
MISSION, LATEST_WORD = INDUSTRY, LATEST
RESOLVED, LAST_TIME = LAST_REASON, HISTORY
