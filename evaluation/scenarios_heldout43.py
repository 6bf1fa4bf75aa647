"""Held-out rediscovery cases, forty-third set: technology, engineering and manufacturing
employers in Germany, Austria and Switzerland, in their recruiters' and candidates' own words,
written by a forty-third stranger to the reader (its code, its labelled sets and the earlier case
files' sentences were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 43") and never tuned to what Encore does. The recruiters are in-house
talent acquisition at a DAX Konzern, a Swabian Mittelständler, a Berlin scale-up and a Zurich
engineering firm, plus two headhunters (a Munich boutique placing SAP and automotive people, a
Vienna Personalberatung) typing into their ATS. The voices are mixed German and English: terse
ATS shorthand with abbreviations and typos ("Kand.", "GV", "KüFri", "MA", "AG", "HO", "TL",
"WV", "RR"), lower-case WhatsApp texts, LinkedIn InMails, formal letters ("Sehr geehrte Damen und
Herren"), Swiss emails ("Grüezi", "Dossier", "Bewilligung"), Austrian officialese ("ich ersuche
Sie", "Evidenz"), third-person call notes, and long rambling hand-overs that mention dates
without asking for a wait. The people are Java and platform engineers, embedded C++/AUTOSAR
engineers, SAP S/4HANA FI/CO consultants, mechanical and automotive design engineers, product
managers and controllers, in Munich, Berlin, Hamburg, Stuttgart, Frankfurt, Vienna, Zurich, Basel
and Zug. Money is in EUR or CHF a year (13 or 14 salaries, IG Metall ERA groups, AT contracts,
hourly rates for Freiberufler); calendars run on Kündigungsfrist zum Quartalsende, Probezeit,
Elternzeit, Ostern, Pfingsten, Sommerferien, Jahresabschluss and Go-live with Hypercare.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (an Art. 17 DSGVO erasure, a WhatsApp "hören Sie auf", a recruiter's Sperrvermerk, a
   LinkedIn "take me out of your talent pool", a Swiss "Dossier löschen", an angry call logged
   DNC, a bare "Nein danke." to our outreach, an Austrian "aus der Evidenz streichen"): never
   shown; beside each an Art. 15 request, "nicht anrufen, lieber schreiben", a Sperrvermerk for
   one client only, a newsletter unsubscribe, a Dossier update, a bad moment, "nein danke" to
   one town, a CV update in the Evidenz;
2. waits counted from the day said (Kündigungsfrist zum Quartalsende, Probezeit, Elternzeit,
   Jahresabschluss, Tantieme in March, an MBA, a sabbatical, S/4 Hypercare), each against a twin
   whose wait has run out;
3. schedule (Rufbereitschaft, pager duty one week in eight, Schicht, Gleitzeit and the Kita,
   weekend Go-lives, US calls in the evening), travel (consulting weeks at the client, long-haul
   to suppliers, overnight stays, train not plane, Inbetriebnahme abroad), visa and permits (Blue
   Card, Chancenkarte, Niederlassungserlaubnis, G/B/C permits, Rot-Weiß-Rot-Karte plus, British
   after Brexit, the Westbalkanregelung, a spouse's visa), contract and hours (Freiberufler
   against Festanstellung, ANÜ, Teilzeit, Befristung, IG Metall 35 hours), commute (S-Bahn,
   Elbe ferry, Wochenendpendeln, Railjet, a bike-only 20 minutes);
4. pay against the band (annual, CHF with a 13th salary, 14 Austrian salaries a month, an hourly
   rate, "30% on top", ERA groups against an AT contract);
5. resolved or standing reasons from last time (office days, sponsorship, on-call, band, German
   level, relocation, ANÜ, an AUTOSAR gap), and last time's history (silver medal, no-show,
   bluntness, too junior long ago);
6. negations ("nicht abgeneigt", "kein Problem mit", "nicht nur remote", "Geld war nicht der
   Punkt"), work mode said in the policy, the description, the title and the offers, location
   and Umzug, managing against hands-on, company stage and size (seed, scale-up, Konzern,
   Mittelstand, corporate spin-off, PE owner, a 25-person AG), mission (defence, Energiewende,
   combustion engines, gambling) and technology (Java, Kotlin, S/4HANA, AUTOSAR Classic, Azure,
   Rust, SAP Analytics Cloud, CATIA);
7. the latest word over several notes, and the latest process (final round against a CV never
   read, someone we hired this summer, a counter-offer taken last month against one regretted).

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

JAVA = dict(
    current_title="Senior Java Entwickler",
    skills=["Java", "Spring Boot", "Kubernetes", "PostgreSQL", "Kafka"],
    years_experience=9,
    resume_text=(
        "Neun Jahre Backend-Entwicklung mit Java und Spring Boot: Microservices auf Kubernetes, "
        "PostgreSQL, Event-Streaming mit Kafka, Code-Reviews und Mentoring im Team."
    ),
)
EMBEDDED = dict(
    current_title="Embedded Software Engineer",
    skills=["C++", "AUTOSAR Classic", "CAN", "ISO 26262", "Embedded Linux"],
    years_experience=8,
    resume_text=(
        "Acht Jahre Steuergeräte-Software im Automotive-Umfeld: C++ und C, AUTOSAR Classic, "
        "CAN/LIN, funktionale Sicherheit nach ISO 26262, HIL-Tests und Embedded Linux."
    ),
)
SAP = dict(
    current_title="SAP S/4HANA FI/CO Berater",
    skills=["SAP FI", "SAP CO", "S/4HANA", "Migration", "Customizing"],
    years_experience=10,
    resume_text=(
        "Zehn Jahre SAP-Finanzwesen: Customizing FI/CO, zwei S/4HANA-Conversions, Konzept bis "
        "Hypercare, Key-User-Schulungen und Abstimmung mit Fachbereich und Wirtschaftsprüfern."
    ),
)
MECH = dict(
    current_title="Entwicklungsingenieur Konstruktion",
    skills=["CATIA V5", "FEM", "DFMEA", "Fahrwerk", "Toleranzanalyse"],
    years_experience=7,
    resume_text=(
        "Maschinenbauingenieur, sieben Jahre Fahrwerkskonstruktion bei einem Tier-1: CATIA V5, "
        "FEM-Auslegung, DFMEA, Toleranzketten und Begleitung der Musterphasen bis SOP."
    ),
)
PRODUCT = dict(
    current_title="Senior Product Manager",
    skills=["Product discovery", "Roadmapping", "B2B SaaS", "Stakeholder management"],
    years_experience=8,
    resume_text=(
        "Senior product manager for B2B SaaS: discovery with customers, roadmap ownership, "
        "OKRs, working with two engineering squads and launching pricing changes."
    ),
)
CONTROLLER = dict(
    current_title="Senior Controller",
    skills=["Konzerncontrolling", "SAP CO", "Forecasting", "Reporting", "Excel"],
    years_experience=9,
    resume_text=(
        "Neun Jahre Controlling in Industrieunternehmen: Monats- und Jahresabschluss, "
        "Forecast und Budget, Kostenstellenrechnung in SAP CO, Management-Reporting."
    ),
)
PLATFORM = dict(
    current_title="Platform Engineer",
    skills=["Kubernetes", "Terraform", "AWS", "Prometheus", "Go"],
    years_experience=7,
    resume_text=(
        "Platform engineer, seven years: Kubernetes clusters, Terraform, AWS, Prometheus "
        "alerting, incident handling and Go tooling for deployments."
    ),
)


def pool(profile: str, persona: dict | None = None, where: str = "Munich, Germany"):
    """People of one kind in the talent pool: the same profile and persona, living in
    ``where`` unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**(persona or {}), "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def ats(days, text) -> dict:
    """A note typed into the ATS by the in-house recruiter, in their shorthand."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def call(days, text) -> dict:
    """A recruiter's or headhunter's call note."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def mail(days, text) -> dict:
    """The candidate's email."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def chat(days, text) -> dict:
    """The candidate's WhatsApp message, as typed."""
    return touch(days, "inbound", "replied", note=text, channel="other")


def inmail(days, text) -> dict:
    """The candidate's LinkedIn message."""
    return touch(days, "inbound", "replied", note=text, channel="linkedin")


def answered(days, text) -> dict:
    """The candidate's answer to our re-engagement mail."""
    return touch(days, "inbound", "replied", "re_engagement", note=text, channel="email")


def final_loss(days, note=None, *, role="Senior Java Developer") -> dict:
    """Reached the final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def declined(days, reason, note, *, past=None, role="Senior Java Developer") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="Senior Java Developer"):
    """Pulled out of our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def turned_away(days, stage, reason, note, *, role="Senior Java Developer") -> dict:
    """We said no."""
    return app(days, stage, "rejected", reason, note, role=role)


def role(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said. The
    job's own offers come first, then the case's (or else the place's)."""
    offers = [*what.get("offers", []), *more.pop("offers", where.get("offers", []))]
    opening = {**what, **where, **more}
    if offers:
        opening["offers"] = offers
    return opening


# --- what the roles are ---------------------------------------------------------------------

JAVA_ROLE = dict(
    title="Senior Java Developer (m/w/d)",
    department="Engineering",
    seniority="senior",
    requirements="Java 17+\nSpring Boot\nKubernetes\nPostgreSQL\nKafka",
    description="Weiterentwicklung unserer Order-Management-Plattform im Team von sechs Devs.",
)
EMBEDDED_ROLE = dict(
    title="Embedded Software Engineer AUTOSAR (m/w/d)",
    department="Steuergeräteentwicklung",
    seniority="senior",
    requirements="C++\nAUTOSAR Classic\nCAN/LIN\nISO 26262",
    description="Software für Bremssteuergeräte vom Konzept bis zur Serie.",
)
SAP_ROLE = dict(
    title="SAP S/4HANA FI/CO Consultant (m/w/d)",
    department="SAP Competence Center",
    seniority="senior",
    requirements="SAP FI/CO\nS/4HANA\nMigration\nDeutsch verhandlungssicher",
    description="Einführung und Weiterentwicklung von S/4HANA Finance.",
)
MECH_ROLE = dict(
    title="Entwicklungsingenieur Konstruktion Fahrwerk (m/w/d)",
    department="Entwicklung",
    seniority="senior",
    requirements="CATIA V5\nFEM\nDFMEA\nAutomotive",
    description="Konstruktion und Auslegung von Fahrwerkskomponenten bis SOP.",
)
PM_ROLE = dict(
    title="Senior Product Manager (m/w/d)",
    department="Product",
    seniority="senior",
    requirements="B2B SaaS\nProduct discovery\nRoadmap ownership\nStakeholder management",
    description="Own the roadmap of our fleet-management product.",
)
CONTROLLING_ROLE = dict(
    title="Senior Controller (m/w/d)",
    department="Finance",
    seniority="senior",
    requirements="Konzerncontrolling\nSAP CO\nForecasting\nReporting",
    description="Verantwortung für Forecast, Budget und Management-Reporting.",
)
PLATFORM_ROLE = dict(
    title="Senior Platform Engineer (m/w/d)",
    department="Platform",
    seniority="senior",
    requirements="Kubernetes\nTerraform\nAWS\nPrometheus",
    description="Build and run the Kubernetes platform our 40 product teams deploy on.",
)

# --- where and how they are worked ----------------------------------------------------------

MUC_HYBRID = dict(
    remote_policy="hybrid",
    location="Munich, Germany",
    offers=["Mobiles Arbeiten bis zu 3 Tage pro Woche, 2 Tage im Büro im Werksviertel"],
)
MUC_ONSITE = dict(remote_policy="onsite", location="Munich, Germany")
BER_HYBRID = dict(
    remote_policy="hybrid",
    location="Berlin, Germany",
    offers=["Two days a week in our Kreuzberg office"],
)
BER_ONSITE = dict(remote_policy="onsite", location="Berlin, Germany")
HAM_HYBRID = dict(
    remote_policy="hybrid",
    location="Hamburg, Germany",
    offers=["Zwei Bürotage pro Woche in der HafenCity"],
)
HAM_ONSITE = dict(remote_policy="onsite", location="Hamburg, Germany")
STR_ONSITE = dict(remote_policy="onsite", location="Stuttgart, Germany")
STR_HYBRID = dict(
    remote_policy="hybrid",
    location="Stuttgart, Germany",
    offers=["Zwei Tage mobiles Arbeiten pro Woche laut Betriebsvereinbarung"],
)
FRA_HYBRID = dict(
    remote_policy="hybrid",
    location="Frankfurt am Main, Germany",
    offers=["Drei Tage Homeoffice, zwei Tage im Büro am Westhafen"],
)
FRA_ONSITE = dict(remote_policy="onsite", location="Frankfurt am Main, Germany")
DE_REMOTE = dict(remote_policy="remote", location="Remote (Germany)")
VIE_HYBRID = dict(
    remote_policy="hybrid",
    location="Vienna, Austria",
    offers=["Zwei Tage Homeoffice pro Woche, Büro in Wien-Erdberg"],
)
VIE_ONSITE = dict(remote_policy="onsite", location="Vienna, Austria")
ZRH_HYBRID = dict(
    remote_policy="hybrid",
    location="Zurich, Switzerland",
    offers=["Zwei Tage Homeoffice pro Woche, Büro in Zürich-Oerlikon"],
)
BSL_ONSITE = dict(remote_policy="onsite", location="Basel, Switzerland")
ZUG_HYBRID = dict(
    remote_policy="hybrid",
    location="Zug, Switzerland",
    offers=["Ein Tag Homeoffice pro Woche, Büro am Bahnhof Zug"],
)

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "an Art. 17 DSGVO erasure request vs an Art. 15 request for information",
        "backend",
        [
            pool("backend", JAVA)(
                "Wolfram Düsterwald",
                0,
                touches=[
                    mail(
                        80,
                        "Sehr geehrte Damen und Herren, hiermit verlange ich gemäß Art. 17 DSGVO "
                        "die unverzügliche Löschung sämtlicher über mich gespeicherten Daten "
                        "einschließlich meines Lebenslaufs. Von weiteren Kontaktaufnahmen bitte "
                        "ich abzusehen. Mit freundlichen Grüßen, W. Düsterwald",
                    )
                ],
                excluded=True,
            ),
            pool("backend", JAVA)(
                "Benedikt Aufhauser",
                2,
                touches=[
                    mail(
                        80,
                        "Sehr geehrte Damen und Herren, gemäß Art. 15 DSGVO bitte ich um Auskunft, "
                        "welche personenbezogenen Daten Sie über mich gespeichert haben. Für "
                        "passende Java-Stellen in München bin ich unabhängig davon weiterhin "
                        "offen.",
                    )
                ],
            ),
        ],
        **role(JAVA_ROLE, MUC_HYBRID),
    ),
    C(
        "WhatsApp 'hören Sie auf mir zu schreiben' vs don't call at work, write here",
        "backend",
        [
            pool("backend", EMBEDDED, "Stuttgart, Germany")(
                "Dragan Petković",
                0,
                touches=[
                    chat(
                        45,
                        "Hören Sie bitte auf, mir zu schreiben. Kein Interesse, weder jetzt noch "
                        "später. Nummer bitte löschen.",
                    )
                ],
                excluded=True,
            ),
            pool("backend", EMBEDDED, "Stuttgart, Germany")(
                "Tobias Rennwanz",
                2,
                touches=[
                    chat(
                        45,
                        "bitte nicht mehr während der arbeit anrufen 🙈 chef sitzt neben mir. "
                        "schreib mir lieber hier, bin weiter offen für autosar jobs im raum stgt",
                    )
                ],
            ),
        ],
        **role(EMBEDDED_ROLE, STR_ONSITE),
    ),
    C(
        "recruiter's Sperrvermerk for all contact vs a Sperrvermerk for one client only",
        "data_eng",
        [
            pool("finance", SAP, "Frankfurt am Main, Germany")(
                "Annegret Zwiebelhofer",
                0,
                touches=[
                    ats(
                        130,
                        "Sperrvermerk gesetzt – Kand. wünscht ausdrücklich keinerlei weitere "
                        "Kontaktaufnahme durch uns (tel. besprochen). Bitte nicht mehr in "
                        "Kampagnen aufnehmen.",
                    )
                ],
                excluded=True,
            ),
            pool("finance", SAP, "Frankfurt am Main, Germany")(
                "Ilse Wonnemann",
                2,
                touches=[
                    ats(
                        130,
                        "Sperrvermerk NUR für Mandate bei ihrem Ex-AG (Versicherung, "
                        "Unterföhring) – für alle anderen S/4-Projekte gerne weiter ansprechen, "
                        "ist aktiv auf der Suche.",
                    )
                ],
            ),
        ],
        **role(SAP_ROLE, FRA_HYBRID),
    ),
    C(
        "LinkedIn: take me out of your talent pool vs take me off the newsletter only",
        "frontend",
        [
            pool("designer", PRODUCT, "Berlin, Germany")(
                "Imogen Halberstadt",
                0,
                touches=[
                    inmail(
                        60,
                        "I'd like to be taken out of your talent pool entirely. Please don't "
                        "message me here or by email again - thanks.",
                    )
                ],
                excluded=True,
            ),
            pool("designer", PRODUCT, "Berlin, Germany")(
                "Rasmus Oberdieck",
                2,
                touches=[
                    inmail(
                        60,
                        "Could you take me off the monthly jobs newsletter? Way too much noise. "
                        "Direct messages about senior PM roles in Berlin are still very welcome.",
                    )
                ],
            ),
        ],
        **role(PM_ROLE, BER_HYBRID),
    ),
    C(
        "Swiss: delete my Dossier and don't contact me vs please update my Dossier",
        "data_eng",
        [
            pool("finance", CONTROLLER, "Zurich, Switzerland")(
                "Regula Zwyssig",
                0,
                touches=[
                    mail(
                        95,
                        "Grüezi, ich bitte Sie, mein Dossier bei Ihnen vollständig zu löschen "
                        "und mich künftig nicht mehr zu kontaktieren. Freundliche Grüsse, "
                        "R. Zwyssig",
                    )
                ],
                excluded=True,
            ),
            pool("finance", CONTROLLER, "Zurich, Switzerland")(
                "Beat Schnyder-Imhof",
                2,
                touches=[
                    mail(
                        95,
                        "Grüezi, bitte aktualisieren Sie mein Dossier: Ich habe neu die "
                        "Niederlassungsbewilligung C. Für Controlling-Stellen im Raum Zürich bin "
                        "ich weiterhin gerne verfügbar. Freundliche Grüsse",
                    )
                ],
            ),
        ],
        **role(CONTROLLING_ROLE, ZRH_HYBRID),
    ),
    C(
        "call logged DNC after an angry hang-up vs a bad moment, mail next week",
        "cs",
        [
            pool("cs", MECH, "Stuttgart, Germany")(
                "Gernot Schwärzle",
                0,
                touches=[
                    call(
                        110,
                        "Kand. sehr verärgert, will von uns gar nichts mehr hören – weder Anruf "
                        "noch Mail noch LinkedIn. DNC gesetzt.",
                    )
                ],
                excluded=True,
            ),
            pool("cs", MECH, "Stuttgart, Germany")(
                "Hanno Trefzger",
                2,
                touches=[
                    call(
                        110,
                        "Kand. konnte nicht sprechen, saß im Design-Review. Meinte: 'melden Sie "
                        "sich gern nächste Woche per Mail', Fahrwerk interessiert ihn weiterhin.",
                    )
                ],
            ),
        ],
        **role(MECH_ROLE, STR_ONSITE),
    ),
    C(
        "a bare 'Nein danke.' to our outreach vs no thanks to Ingolstadt, Munich yes",
        "backend",
        [
            pool("backend", EMBEDDED)(
                "Kilian Moosbrugger",
                0,
                touches=[answered(35, "Nein danke.")],
                excluded=True,
            ),
            pool("backend", EMBEDDED)(
                "Severin Haslauer",
                2,
                touches=[
                    answered(
                        35,
                        "Nein danke für die Stelle in Ingolstadt – die tägliche Fahrt tue ich "
                        "mir nicht an. Wenn Sie etwas in München haben, gerne wieder.",
                    )
                ],
            ),
        ],
        **role(EMBEDDED_ROLE, MUC_HYBRID),
    ),
    C(
        "Austrian: strike me from your Evidenz vs update my CV in your Evidenz",
        "backend",
        [
            pool("backend", JAVA, "Vienna, Austria")(
                "Leopold Grünsteidl",
                0,
                touches=[
                    mail(
                        150,
                        "Sehr geehrte Frau Magistra, ich ersuche Sie höflich, mich aus Ihrer "
                        "Evidenz zu streichen und von jeglicher weiteren Kontaktaufnahme Abstand "
                        "zu nehmen. Hochachtungsvoll, L. Grünsteidl",
                    )
                ],
                excluded=True,
            ),
            pool("backend", JAVA, "Vienna, Austria")(
                "Ferdinand Pöschl",
                2,
                touches=[
                    mail(
                        150,
                        "Sehr geehrte Frau Magistra, ich ersuche Sie, meinen beiliegenden, "
                        "aktualisierten Lebenslauf in Ihrer Evidenz zu hinterlegen – seit "
                        "Herbst auch Kubernetes-zertifiziert. Mit besten Grüßen, F. Pöschl",
                    )
                ],
            ),
        ],
        **role(JAVA_ROLE, VIE_HYBRID),
    ),
]

# --- 2. waits counted from the day said, each against a twin whose wait has run out ----------

WAITS = [
    C(
        "resigned in November, 3 Monate zum Quartalsende vs resigned in May",
        "backend",
        [
            pool("backend", JAVA)(
                "Malte Uhlenbrock",
                1,
                touches=[
                    call(
                        date(2026, 11, 2),
                        "Kand. hat heute gekündigt. KüFri 3 Monate zum Quartalsende -> frei ab "
                        "01.04.2027, vorher geht nix. Bis dahin bitte nur unverbindlich.",
                    )
                ],
            ),
            pool("backend", JAVA)(
                "Jannik Wöhrle",
                2,
                touches=[
                    call(
                        date(2026, 5, 4),
                        "Kand. hat heute gekündigt. KüFri 3 Monate zum Quartalsende, also frei "
                        "ab 01.10. – für Starts danach gern vorschlagen.",
                    )
                ],
            ),
        ],
        **role(JAVA_ROLE, MUC_HYBRID),
    ),
    C(
        "in the Probezeit till March vs a Probezeit that ended in August",
        "cs",
        [
            pool("cs", MECH)(
                "Theresa Kögel",
                1,
                touches=[
                    mail(
                        date(2026, 9, 14),
                        "Ich bin seit 1. September bei einem Zulieferer in Garching. Während der "
                        "Probezeit (6 Monate) möchte ich mich nirgends bewerben – danach gerne.",
                    )
                ],
            ),
            pool("cs", MECH)(
                "Veronika Stadlmayr",
                2,
                touches=[
                    mail(
                        date(2026, 3, 2),
                        "Ich bin seit 1. Februar bei einem Zulieferer in Garching. Solange die "
                        "Probezeit läuft (6 Monate), bitte keine Stellen – danach sehr gerne.",
                    )
                ],
            ),
        ],
        **role(MECH_ROLE, MUC_ONSITE),
    ),
    C(
        "Elternzeit till the end of May 2027 vs Elternzeit over in September",
        "data_eng",
        [
            pool("finance", SAP, "Frankfurt am Main, Germany")(
                "Svenja Oltmanns",
                1,
                touches=[
                    chat(
                        date(2026, 10, 12),
                        "hallo! bin bis ende mai 2027 in elternzeit, vorher mag ich nix "
                        "anfangen. ab juni gern wieder s/4 themen 😊",
                    )
                ],
            ),
            pool("finance", SAP, "Frankfurt am Main, Germany")(
                "Merle Hinrichsen",
                2,
                touches=[
                    chat(
                        date(2026, 3, 9),
                        "hallo! bin noch bis ende september in elternzeit, danach gern wieder "
                        "s/4 projekte, gern auch teilzeit-nah",
                    )
                ],
            ),
        ],
        **role(SAP_ROLE, FRA_HYBRID),
    ),
    C(
        "nothing before the Jahresabschluss is done in February vs before Pfingsten",
        "data_eng",
        [
            pool("finance", CONTROLLER, "Hamburg, Germany")(
                "Okke Brodersen",
                1,
                touches=[
                    call(
                        date(2026, 11, 9),
                        "Kand. grds. interessiert, aber vor Abschluss des Jahresabschlusses "
                        "(Testat Ende Feb.) kann er nicht weg – bitte erst im März wieder.",
                    )
                ],
            ),
            pool("finance", CONTROLLER, "Hamburg, Germany")(
                "Hauke Thormählen",
                2,
                touches=[
                    call(
                        date(2026, 4, 13),
                        "Kand. grds. interessiert, aber vor Pfingsten läuft bei ihm die "
                        "Konzernkonsolidierung – danach gern wieder ansprechen.",
                    )
                ],
            ),
        ],
        **role(CONTROLLING_ROLE, HAM_HYBRID),
    ),
    C(
        "waiting for the Tantieme paid in March 2027 vs the one paid in March 2026",
        "frontend",
        [
            pool("designer", PRODUCT, "Berlin, Germany")(
                "Fiona Liebscher",
                1,
                touches=[
                    inmail(
                        date(2026, 10, 26),
                        "Honestly I'd be leaving a lot on the table: my Tantieme is paid out in "
                        "March. Let's talk again from April 2027.",
                    )
                ],
            ),
            pool("designer", PRODUCT, "Berlin, Germany")(
                "Caspar Wendlandt",
                2,
                touches=[
                    inmail(
                        date(2026, 1, 19),
                        "My Tantieme gets paid in March, so nothing before then - from April "
                        "onwards I'm all ears.",
                    )
                ],
            ),
        ],
        **role(PM_ROLE, BER_HYBRID),
    ),
    C(
        "no move before finishing an MBA in June 2027 vs one finished June 2026",
        "data_eng",
        [
            pool("finance", CONTROLLER, "Zurich, Switzerland")(
                "Corsin Caviezel",
                1,
                touches=[
                    mail(
                        date(2026, 9, 21),
                        "Grüezi, ich mache berufsbegleitend den Executive MBA an der HSG, "
                        "Abschluss im Juni 2027. Bis dahin wechsle ich nicht, danach sehr gerne.",
                    )
                ],
            ),
            pool("finance", CONTROLLER, "Zurich, Switzerland")(
                "Gian-Reto Cadonau",
                2,
                touches=[
                    mail(
                        date(2025, 10, 6),
                        "Grüezi, bis zum Abschluss meines berufsbegleitenden MBA im Juni "
                        "möchte ich nicht wechseln – ab Sommer bin ich wieder offen.",
                    )
                ],
            ),
        ],
        **role(CONTROLLING_ROLE, ZRH_HYBRID),
    ),
    C(
        "a six-month sabbatical from December vs one that ended in the summer",
        "backend",
        [
            pool("backend", EMBEDDED, "Stuttgart, Germany")(
                "Lorenz Ziegelmeier",
                1,
                touches=[
                    call(
                        date(2026, 10, 19),
                        "Kand. geht ab 1.12. für sechs Monate ins Sabbatical (Südamerika), "
                        "erst ab Juni 2027 wieder erreichbar und verfügbar.",
                    )
                ],
            ),
            pool("backend", EMBEDDED, "Stuttgart, Germany")(
                "Pascal Bruckmüller",
                2,
                touches=[
                    call(
                        date(2025, 11, 17),
                        "Kand. geht ab Dezember sechs Monate ins Sabbatical, ab Juni wieder da "
                        "und dann offen für AUTOSAR-Themen.",
                    )
                ],
            ),
        ],
        **role(EMBEDDED_ROLE, STR_ONSITE),
    ),
    C(
        "S/4 Go-live on 1 January with Hypercare to February vs Hypercare over in May",
        "data_eng",
        [
            pool("finance", SAP, "Vienna, Austria")(
                "Magdalena Zehetner",
                1,
                touches=[
                    mail(
                        date(2026, 10, 5),
                        "Liebe Frau Kollegin, unser S/4-Go-live ist am 1.1.2027, Hypercare bis "
                        "Ende Februar. Davor lasse ich mein Team nicht im Stich – ab März gern.",
                    )
                ],
            ),
            pool("finance", SAP, "Vienna, Austria")(
                "Johanna Auinger",
                2,
                touches=[
                    mail(
                        date(2026, 2, 9),
                        "Liebe Frau Kollegin, Go-live ist am 1. April, Hypercare bis Ende Mai. "
                        "Danach habe ich Zeit für Gespräche, vorher bitte nicht.",
                    )
                ],
            ),
        ],
        **role(SAP_ROLE, VIE_HYBRID),
    ),
]

# --- 3. schedule ------------------------------------------------------------------------------

ONCALL_PLATFORM = dict(
    PLATFORM_ROLE,
    offers=[
        "Rufbereitschaft: eine Woche von sechs, vergütet nach Betriebsvereinbarung",
        "Drei Tage Homeoffice, zwei Tage im Büro am Westhafen",
    ],
)
NO_ONCALL_JAVA = dict(
    JAVA_ROLE,
    offers=[
        "Keine Rufbereitschaft – Betrieb liegt beim SRE-Team",
        "Gleitzeit ohne Kernarbeitszeit",
        "Mobiles Arbeiten bis zu 3 Tage pro Woche",
    ],
)

SCHEDULE = [
    C(
        "Rufbereitschaft never again vs on-call fine if paid and not every other week",
        "sre",
        [
            pool("sre", PLATFORM, "Frankfurt am Main, Germany")(
                "Arne Sievertsen",
                0,
                "Rufbereitschaft mache ich nicht mehr – nach fünf Jahren 24/7 bin ich durch.",
            ),
            pool("sre", PLATFORM, "Frankfurt am Main, Germany")(
                "Mirko Hasenbein",
                2,
                "Rufbereitschaft ok, solange sie vergütet wird und nicht jede zweite Woche ist.",
            ),
        ],
        **role(
            ONCALL_PLATFORM, dict(remote_policy="hybrid", location="Frankfurt am Main, Germany")
        ),
    ),
    C(
        "leaving because of constant on-call, role has none vs never had on-call",
        "backend",
        [
            pool("backend", JAVA)(
                "Dominik Achleitner",
                2,
                touches=[
                    call(
                        90,
                        "Hauptwechselgrund: ständige Bereitschaft beim jetzigen Dienstleister, "
                        "jedes 2. WE Handy an. Will nur noch Dev, keinen Betrieb.",
                    )
                ],
            ),
            pool("backend", JAVA)(
                "Sebastian Kronawitter",
                1,
                touches=[
                    call(
                        90,
                        "Kand. sucht nach 4 Jahren im Konzern einen Tapetenwechsel, gern "
                        "Produktfirma statt Projektgeschäft.",
                    )
                ],
            ),
        ],
        **role(NO_ONCALL_JAVA, dict(remote_policy="hybrid", location="Munich, Germany")),
    ),
    C(
        "no shifts because his wife works shifts vs used to Wechselschicht, only no nights",
        "cs",
        [
            pool("cs", MECH, "Stuttgart, Germany")(
                "Ralf Schwarzwälder",
                0,
                "Keine Schichtarbeit mehr – meine Frau arbeitet selbst Schicht in der Klinik, wir "
                "brauchen feste Zeiten für die Kinder.",
            ),
            pool("cs", MECH, "Stuttgart, Germany")(
                "Uwe Kächele",
                2,
                "Hat jahrelang Wechselschicht im Werk gemacht und kommt gut damit klar; "
                "ausgeschlossen ist für ihn nur Dauernacht.",
            ),
        ],
        **role(
            dict(
                MECH_ROLE,
                title="Produktionsingenieur Fahrwerksmontage (m/w/d)",
                description="Betreuung der Fahrwerksmontage im 2-Schicht-Betrieb (Früh/Spät), "
                "keine Nachtschicht.",
                offers=["2-Schicht-Betrieb Früh/Spät im Wochenwechsel, Schichtzulage"],
            ),
            STR_ONSITE,
        ),
    ),
    C(
        "the Kita closes at four so she needs Gleitzeit vs childcare sorted, hours don't matter",
        "data_eng",
        [
            pool("finance", CONTROLLER, "Hamburg, Germany")(
                "Wiebke Carstensen",
                2,
                touches=[
                    mail(
                        120,
                        "Die Kita schließt um 16 Uhr, ich müsste also spätestens um 15:30 los. "
                        "Ohne Gleitzeit bzw. ohne frühe Anfangszeiten geht es leider nicht.",
                    )
                ],
            ),
            pool("finance", CONTROLLER, "Hamburg, Germany")(
                "Femke Jürgensen",
                1,
                touches=[
                    mail(
                        120,
                        "Die Kita-Abholung übernimmt mein Mann, bei den Arbeitszeiten bin ich "
                        "also recht frei. Mir geht es eher um die Inhalte.",
                    )
                ],
            ),
        ],
        **role(
            CONTROLLING_ROLE,
            HAM_HYBRID,
            offers=["Gleitzeit ab 6:30 Uhr, keine Kernarbeitszeit", "Zwei Bürotage pro Woche"],
        ),
    ),
    C(
        "weekends are sacred, no Go-live weekends vs a few a year with Freizeitausgleich",
        "data_eng",
        [
            pool("finance", SAP, "Frankfurt am Main, Germany")(
                "Dorothee Kaltenegger",
                0,
                touches=[
                    ats(
                        70,
                        "TI 12.09.: WE sind für sie heilig, keine Go-live-Wochenenden mehr "
                        "(hat 3 Cutover-WEs dieses Jahr hinter sich).",
                    )
                ],
            ),
            pool("finance", SAP, "Frankfurt am Main, Germany")(
                "Marlene Obermaier",
                2,
                touches=[
                    ats(
                        70,
                        "TI 12.09.: Go-live-Wochenenden ein paar Mal im Jahr ok, solange es "
                        "Freizeitausgleich gibt. Cutover-Erfahrung aus 2 Conversions.",
                    )
                ],
            ),
        ],
        **role(
            SAP_ROLE,
            FRA_HYBRID,
            offers=[
                "Cutover-Wochenenden ca. 3-4x pro Jahr mit Freizeitausgleich",
                "Drei Tage Homeoffice",
            ],
        ),
    ),
    C(
        "out at six for the family, no late calls vs used to evening calls with the US",
        "frontend",
        [
            pool("designer", PRODUCT, "Berlin, Germany")(
                "Lennart Vogelsang",
                0,
                "After 6pm I'm offline – family time. No recurring late calls, that's a hard line.",
            ),
            pool("designer", PRODUCT, "Berlin, Germany")(
                "Jonte Rademacher",
                2,
                "Used to evening calls with US colleagues, starts later on those days instead.",
            ),
        ],
        **role(
            PM_ROLE,
            BER_HYBRID,
            description="Own the roadmap of our fleet-management product; the engineering squad "
            "and most customers sit in Chicago and Austin, so calls run until 8pm twice a week.",
        ),
    ),
    C(
        "pager 1-in-4 wrecked his sleep, no more vs 1-in-4 too much, 1-in-8 fine",
        "sre",
        [
            pool("sre", PLATFORM, "Berlin, Germany")(
                "Eamon Fitzgibbon",
                0,
                touches=[
                    inmail(
                        140,
                        "No pager duty please. I did one week in four at my last place and it "
                        "wrecked my sleep for two years. Any rotation is a no for me now.",
                    )
                ],
            ),
            pool("sre", PLATFORM, "Berlin, Germany")(
                "Torben Schliephake",
                2,
                touches=[
                    inmail(
                        140,
                        "Pager duty is fine in principle. One week in four at my last place was "
                        "too much, but something like one in eight would be totally ok.",
                    )
                ],
            ),
        ],
        **role(
            PLATFORM_ROLE,
            BER_HYBRID,
            offers=["On-call one week in eight, paid", "Two days a week in our Kreuzberg office"],
        ),
    ),
    C(
        "only early shift because she cares for her mother vs early shifts preferred, any is ok",
        "cs",
        [
            pool("cs", MECH, "Vienna, Austria")(
                "Ingeborg Rauchenberger",
                0,
                touches=[
                    call(
                        100,
                        "Kandidatin kann nur Frühdienst, pflegt nachmittags die Mutter. "
                        "Spätschicht ist keine Option.",
                    )
                ],
            ),
            pool("cs", MECH, "Vienna, Austria")(
                "Christl Moosleitner",
                2,
                touches=[
                    call(
                        100,
                        "Kandidatin hätte am liebsten Frühdienst, Spätschicht im Wechsel ist "
                        "aber ausdrücklich auch ok.",
                    )
                ],
            ),
        ],
        **role(
            dict(
                MECH_ROLE,
                title="Versuchsingenieurin Prüfstand (m/w/d)",
                description="Betreuung der Fahrwerksprüfstände im Zweischichtbetrieb, Früh- "
                "und Spätdienst im Wochenwechsel.",
            ),
            VIE_ONSITE,
        ),
    ),
]

# --- 4. travel --------------------------------------------------------------------------------

CONSULTING_SAP = dict(
    SAP_ROLE,
    title="Senior SAP FI/CO Berater (m/w/d) – Beratung",
    offers=["Reisetätigkeit ca. 50–60 %, Kundeneinsätze in der DACH-Region", "BahnCard 100"],
)
INHOUSE_SAP = dict(
    SAP_ROLE,
    title="SAP FI/CO Inhouse-Consultant (m/w/d)",
    offers=["Inhouse, keine Reisetätigkeit"],
)

TRAVEL = [
    C(
        "max 20% travel and no overnight stays vs 50–80% travel no problem",
        "data_eng",
        [
            pool("finance", SAP, "Frankfurt am Main, Germany")(
                "Katrin Dellbrügge",
                0,
                "Reisebereitschaft max. 20 %, keine Übernachtungen unter der Woche.",
            ),
            pool("finance", SAP, "Frankfurt am Main, Germany")(
                "Yvonne Tetzlaff",
                2,
                "Reisebereitschaft 50–80 % kein Problem, BahnCard 100 hat sie schon.",
            ),
        ],
        **role(CONSULTING_SAP, FRA_HYBRID),
    ),
    C(
        "eight years Monday to Thursday at the client were enough vs misses the client sites",
        "data_eng",
        [
            pool("finance", SAP, "Frankfurt am Main, Germany")(
                "Roswitha Kleinhenz",
                2,
                touches=[
                    call(
                        160,
                        "Will raus aus dem Beraterleben: acht Jahre Mo–Do beim Kunden, jetzt "
                        "sucht sie Inhouse ohne Koffer.",
                    )
                ],
            ),
            pool("finance", SAP, "Frankfurt am Main, Germany")(
                "Gudrun Lammersdorf",
                1,
                touches=[
                    call(
                        160,
                        "Möchte wieder mehr beim Kunden vor Ort sein, im Homeoffice fehlt ihr der "
                        "Projekttrubel.",
                    )
                ],
            ),
        ],
        **role(INHOUSE_SAP, FRA_HYBRID),
    ),
    C(
        "weeks abroad for commissioning gladly vs no multi-week trips since the baby",
        "cs",
        [
            pool("cs", MECH, "Stuttgart, Germany")(
                "Henrik Baumgärtel",
                2,
                touches=[
                    ats(
                        75,
                        "Auslandseinsätze gern, auch mehrere Wochen am Stück (China/USA), "
                        "ungebunden und flexibel.",
                    )
                ],
            ),
            pool("cs", MECH, "Stuttgart, Germany")(
                "Florian Leibbrand",
                0,
                touches=[
                    ats(
                        75,
                        "Seit Geburt der Tochter keine mehrwöchigen Auslandseinsätze mehr, "
                        "Tagesreisen innerhalb DE gehen.",
                    )
                ],
            ),
        ],
        **role(
            dict(
                MECH_ROLE,
                title="Inbetriebnahme-Ingenieur Prüftechnik (m/w/d)",
                offers=["Inbetriebnahmen bei Kunden in China und den USA, 2–4 Wochen am Stück"],
            ),
            STR_ONSITE,
        ),
    ),
    C(
        "left because of the travel at his old firm, role has none vs travel was fine, pay wasn't",
        "data_eng",
        [
            pool("finance", SAP, "Munich, Germany")(
                "Quirin Hallmayer",
                2,
                touches=[
                    call(
                        200,
                        "Grund für den Wechsel war damals die Reiserei bei der Big-Four-"
                        "Beratung, jede Woche Flieger nach Hamburg.",
                    )
                ],
            ),
            pool("finance", SAP, "Munich, Germany")(
                "Korbinian Stoiber",
                1,
                touches=[
                    call(
                        200,
                        "Reisen bei der Big-Four-Beratung war ok für ihn, Wechselgrund war das "
                        "Gehalt.",
                    )
                ],
            ),
        ],
        **role(dict(INHOUSE_SAP, offers=["Inhouse, keine Reisetätigkeit"]), MUC_HYBRID),
    ),
    C(
        "twice a year to Asia fine, monthly not vs no long-haul flights at all",
        "cs",
        [
            pool("cs", MECH, "Munich, Germany")(
                "Ansgar Holtkamp",
                2,
                touches=[
                    inmail(
                        55,
                        "Happy to fly out to suppliers in Asia twice a year, I just don't want "
                        "to be on a plane every month like in my current job.",
                    )
                ],
            ),
            pool("cs", MECH, "Munich, Germany")(
                "Bastian Ohlendorf",
                0,
                touches=[
                    inmail(
                        55,
                        "No long-haul flights any more, full stop - my fear of flying got a lot "
                        "worse over the last years.",
                    )
                ],
            ),
        ],
        **role(
            MECH_ROLE,
            MUC_ONSITE,
            offers=["Lieferantenbesuche in Asien ca. 2x pro Jahr, je eine Woche"],
        ),
    ),
    C(
        "Austria: no nights away, caring for her father vs father now in a care home",
        "data_eng",
        [
            pool("finance", SAP, "Vienna, Austria")(
                "Elfriede Wimmer-Strasser",
                0,
                touches=[
                    call(
                        85,
                        "Dienstreisen innerhalb Österreichs gern, aber keine Übernachtungen – "
                        "sie pflegt abends ihren Vater.",
                    )
                ],
            ),
            pool("finance", SAP, "Vienna, Austria")(
                "Hermine Schwaighofer",
                2,
                touches=[
                    call(
                        85,
                        "Übernachtungen unter der Woche passen jetzt, der Vater ist seit dem "
                        "Sommer gut im Heim versorgt.",
                    )
                ],
            ),
        ],
        **role(
            dict(
                SAP_ROLE,
                offers=[
                    "Reisetätigkeit ca. 2 Tage pro Woche zu Kunden in Tirol und Vorarlberg, "
                    "mit Übernachtung"
                ],
            ),
            VIE_HYBRID,
        ),
    ),
    C(
        "Basel: lived two years in Suzhou, China trips fine vs only day trips for family reasons",
        "backend",
        [
            pool("backend", EMBEDDED, "Basel, Switzerland")(
                "Reto Allemann",
                2,
                "Reisen nach China sind kein Thema, hat zwei Jahre in Suzhou gelebt.",
            ),
            pool("backend", EMBEDDED, "Basel, Switzerland")(
                "Urs Vögtli",
                0,
                "Kann aus familiären Gründen nur noch tageweise reisen, keine Übersee-Trips.",
            ),
        ],
        **role(
            EMBEDDED_ROLE,
            BSL_ONSITE,
            offers=["Regelmässige Reisen an den Standort Shanghai, 3–4x pro Jahr"],
        ),
    ),
    C(
        "won't fly for the climate, trains fine vs no business travel at all",
        "backend",
        [
            pool("backend", JAVA, "Hamburg, Germany")(
                "Nele Brünjes",
                2,
                touches=[
                    chat(
                        65,
                        "fliegen tu ich beruflich aus klimagründen nicht mehr. mit der bahn "
                        "reise ich aber gern, auch öfter 🚆",
                    )
                ],
            ),
            pool("backend", JAVA, "Hamburg, Germany")(
                "Finja Lüdemann",
                0,
                touches=[
                    chat(
                        65,
                        "dienstreisen generell nein, egal ob bahn oder flug. will abends zuhause "
                        "sein.",
                    )
                ],
            ),
        ],
        **role(
            JAVA_ROLE,
            HAM_HYBRID,
            offers=["Reisen mit der Bahn zu Kunden in der DACH-Region, ca. 30 %"],
        ),
    ),
]

# --- 5. visa and permits ----------------------------------------------------------------------

NO_SPONSOR = "Keine Unterstützung bei Visa oder Aufenthaltstiteln möglich"

VISA = [
    C(
        "Niederlassungserlaubnis since 2024 vs on a Chancenkarte, needs an employer's Blue Card",
        "backend",
        [
            pool("backend", JAVA, "Berlin, Germany")(
                "Arjun Venkataraghavan",
                2,
                "Hat seit 2024 eine Niederlassungserlaubnis, kein Visum nötig.",
            ),
            pool("backend", JAVA, "Berlin, Germany")(
                "Karthik Nallasivam",
                0,
                "Needs visa sponsorship: currently on a Chancenkarte, the Blue Card would have "
                "to be applied for through the new employer.",
            ),
        ],
        **role(JAVA_ROLE, BER_HYBRID, offers=[NO_SPONSOR, "Two days a week in Kreuzberg"]),
    ),
    C(
        "her husband needs the visa, she is German vs she needs one herself",
        "data_eng",
        [
            pool("finance", CONTROLLER, "Hamburg, Germany")(
                "Leyla Wittenberg",
                2,
                touches=[
                    call(
                        95,
                        "Visum-Thema betrifft nur ihren Mann (Ägypter, Familiennachzug läuft). "
                        "Sie selbst ist deutsche Staatsbürgerin.",
                    )
                ],
            ),
            pool("finance", CONTROLLER, "Hamburg, Germany")(
                "Nourhan Abdelrahman",
                0,
                touches=[
                    call(
                        95,
                        "Braucht selbst ein Arbeitsvisum (ägyptische Staatsangehörigkeit), "
                        "aktuelles Visum ist an den jetzigen AG gebunden.",
                    )
                ],
            ),
        ],
        **role(CONTROLLING_ROLE, HAM_HYBRID, offers=[NO_SPONSOR]),
    ),
    C(
        "Zurich: German in Konstanz, a G permit is a formality vs Indian on a Blue Card",
        "backend",
        [
            pool("backend", EMBEDDED, "Konstanz, Germany")(
                "Marius Gnädinger",
                2,
                touches=[
                    mail(
                        120,
                        "Grüezi, ich bin deutscher Staatsbürger und würde als Grenzgänger aus "
                        "Konstanz pendeln – die G-Bewilligung ist für EU-Bürger ja Formsache.",
                    )
                ],
            ),
            pool("backend", EMBEDDED, "Konstanz, Germany")(
                "Pradeep Raghunathan",
                0,
                touches=[
                    mail(
                        120,
                        "Hello, I'm an Indian citizen on a German Blue Card. For Switzerland I "
                        "understand I'd need a permit from the third-country quota.",
                    )
                ],
            ),
        ],
        **role(
            EMBEDDED_ROLE,
            ZRH_HYBRID,
            offers=[
                "Nur mit EU/EFTA-Staatsangehörigkeit oder bestehender Bewilligung B/C; "
                "keine Kontingentsgesuche"
            ],
        ),
    ),
    C(
        "Basel: holds the C permit vs a third-country B permit needing the Migrationsamt",
        "data_eng",
        [
            pool("finance", CONTROLLER, "Basel, Switzerland")(
                "Luana Ferreira-Brunner",
                2,
                "Hat die Niederlassungsbewilligung C, Stellenwechsel ohne Bewilligungsfragen.",
            ),
            pool("finance", CONTROLLER, "Basel, Switzerland")(
                "Thiago Vasconcelos-Frei",
                0,
                "Brasilianer mit B-Bewilligung: ein Stellenwechsel müsste vom Migrationsamt "
                "neu bewilligt werden.",
            ),
        ],
        **role(
            CONTROLLING_ROLE,
            BSL_ONSITE,
            offers=["Wir können keine Bewilligungen für Drittstaatenangehörige beantragen"],
        ),
    ),
    C(
        "Vienna: Rot-Weiß-Rot-Karte plus vs an RWR card tied to her employer",
        "backend",
        [
            pool("backend", JAVA, "Vienna, Austria")(
                "Milica Stojanović",
                2,
                touches=[
                    ats(
                        60,
                        "Hat inzwischen die Rot-Weiß-Rot-Karte plus – freier Arbeitsmarktzugang, "
                        "kein AMS-Verfahren nötig.",
                    )
                ],
            ),
            pool("backend", JAVA, "Vienna, Austria")(
                "Jelena Marković",
                0,
                touches=[
                    ats(
                        60,
                        "Rot-Weiß-Rot-Karte an den jetzigen Arbeitgeber gebunden – neuer AG "
                        "müsste neu beantragen.",
                    )
                ],
            ),
        ],
        **role(
            JAVA_ROLE,
            VIE_HYBRID,
            offers=["Keine Unterstützung bei Aufenthaltstiteln", "Zwei Tage Homeoffice"],
        ),
    ),
    C(
        "Lagos: needs sponsorship and help moving vs refused twice, only remote from Lagos",
        "backend",
        [
            pool("backend", JAVA, "Lagos, Nigeria")(
                "Chidinma Okonkwo-Bauer",
                2,
                touches=[
                    inmail(
                        110,
                        "I'd need visa sponsorship and some help with the move, but I'm keen to "
                        "relocate to Munich. My degree is already recognised (anabin H+).",
                    )
                ],
            ),
            pool("backend", JAVA, "Lagos, Nigeria")(
                "Oluwatobi Adeyemo",
                0,
                touches=[
                    inmail(
                        110,
                        "I've been refused a German visa twice now. Honestly not going through "
                        "that again - I'd only take roles I can do from Lagos.",
                    )
                ],
            ),
        ],
        **role(
            JAVA_ROLE,
            MUC_ONSITE,
            offers=["Blue Card sponsorship and relocation package", "Office in Munich"],
        ),
    ),
    C(
        "Zug: Austrian citizen vs British since Brexit, a third country now",
        "frontend",
        [
            pool("designer", PRODUCT, "Vienna, Austria")(
                "Valentina Hofstätter",
                2,
                "Österreicherin, würde für die richtige Rolle nach Zug ziehen.",
            ),
            pool("designer", PRODUCT, "Vienna, Austria")(
                "Hamish Kerrigan-Leith",
                0,
                "British passport only - since Brexit that makes me a third-country national "
                "in Switzerland, so I'd need a permit.",
            ),
        ],
        **role(
            PM_ROLE,
            ZUG_HYBRID,
            offers=["EU/EFTA citizens only, we cannot apply for permits", "One day home office"],
        ),
    ),
    C(
        "Frankfurt: Croatian, no visa vs Bosnian under the Westbalkanregelung",
        "data_eng",
        [
            pool("finance", SAP, "Frankfurt am Main, Germany")(
                "Ivana Bošnjaković",
                2,
                touches=[
                    call(
                        75,
                        "Kroatische Staatsbürgerin, also EU – kein Visum, keine Zustimmung der "
                        "Arbeitsagentur nötig.",
                    )
                ],
            ),
            pool("finance", SAP, "Frankfurt am Main, Germany")(
                "Emina Hadžiahmetović",
                0,
                touches=[
                    call(
                        75,
                        "Bosnische Staatsbürgerin, bräuchte Arbeitserlaubnis über die "
                        "Westbalkanregelung – AG müsste das Verfahren anstoßen.",
                    )
                ],
            ),
        ],
        **role(SAP_ROLE, FRA_HYBRID, offers=[NO_SPONSOR]),
    ),
]

# --- 6. contract and hours --------------------------------------------------------------------

CONTRACT = [
    C(
        "freelance only at 110 an hour vs back to Festanstellung after five freelance years",
        "backend",
        [
            pool("backend", JAVA)(
                "Detlef Ramsauer",
                0,
                "Nur noch freiberuflich, Stundensatz 110 €, Festanstellung kommt nicht in Frage.",
            ),
            pool("backend", JAVA)(
                "Holger Wiesinger",
                2,
                "War fünf Jahre Freiberufler, will zurück in die Festanstellung – Sicherheit, "
                "Rente, keine Akquise mehr.",
            ),
        ],
        **role(JAVA_ROLE, MUC_HYBRID, offers=["Festanstellung, unbefristet", "30 Tage Urlaub"]),
    ),
    C(
        "freelance project: a Freiberufler free now vs permanent only, no projects",
        "data_eng",
        [
            pool("finance", SAP, "Munich, Germany")(
                "Clemens Huberth",
                2,
                touches=[
                    chat(
                        40,
                        "servus, bin freiberuflich unterwegs und such ein folgeprojekt, "
                        "verfügbar ab sofort. remote wär top",
                    )
                ],
            ),
            pool("finance", SAP, "Munich, Germany")(
                "Anselm Pichlmair",
                0,
                touches=[
                    chat(
                        40,
                        "servus, nur festanstellung bitte, projekte/freelance sind nix für mich",
                    )
                ],
            ),
        ],
        **role(
            SAP_ROLE,
            DE_REMOTE,
            title="Freiberuflicher SAP FI/CO Berater (m/w/d), 12 Monate",
            offers=["Freelance-Projekt, 12 Monate, 100 % remote"],
        ),
    ),
    C(
        "no more ANÜ after 18 months at a service provider vs ANÜ fine with a takeover option",
        "backend",
        [
            pool("backend", EMBEDDED, "Munich, Germany")(
                "Patrick Steinleitner",
                0,
                touches=[
                    call(
                        130,
                        "Keine Arbeitnehmerüberlassung mehr – 18 Monate über einen Dienstleister "
                        "beim OEM waren genug, will direkt angestellt sein.",
                    )
                ],
            ),
            pool("backend", EMBEDDED, "Munich, Germany")(
                "Benjamin Hirschvogel",
                2,
                touches=[
                    call(
                        130,
                        "ANÜ ist für ihn ok, wenn es eine echte Übernahmeoption gibt.",
                    )
                ],
            ),
        ],
        **role(
            EMBEDDED_ROLE,
            MUC_ONSITE,
            title="Embedded Software Engineer AUTOSAR (m/w/d) – ANÜ bei OEM in München",
            offers=["Arbeitnehmerüberlassung mit Übernahmeoption nach 18 Monaten"],
        ),
    ),
    C(
        "wants 30 hours because of the children vs full time only, part time costs too much",
        "data_eng",
        [
            pool("finance", CONTROLLER, "Stuttgart, Germany")(
                "Sabine Häberle",
                2,
                "Sucht 30 Stunden pro Woche, wegen der Kinder.",
            ),
            pool("finance", CONTROLLER, "Stuttgart, Germany")(
                "Nadine Fischbach",
                0,
                "Nur Vollzeit – Teilzeit kommt wegen des Gehalts nicht in Frage.",
            ),
        ],
        **role(
            CONTROLLING_ROLE,
            STR_HYBRID,
            title="Controller (m/w/d) in Teilzeit, 30 Stunden",
            offers=["Teilzeit 30 Stunden, Gleitzeit"],
        ),
    ),
    C(
        "permanent only, the mortgage vs fixed-term fine, seeks Elternzeitvertretungen",
        "frontend",
        [
            pool("designer", PRODUCT, "Hamburg, Germany")(
                "Gesa Thomsen",
                0,
                touches=[
                    mail(
                        90,
                        "Ehrlich gesagt kommt für mich nur unbefristet in Frage – wir haben "
                        "gerade den Hauskredit unterschrieben.",
                    )
                ],
            ),
            pool("designer", PRODUCT, "Hamburg, Germany")(
                "Telse Harmsen",
                2,
                touches=[
                    mail(
                        90,
                        "Eine Befristung stört mich nicht, ich suche sogar gezielt "
                        "Elternzeitvertretungen – danach geht's auf Weltreise.",
                    )
                ],
            ),
        ],
        **role(
            PM_ROLE,
            HAM_HYBRID,
            title="Senior Product Manager (m/w/d) – befristet 24 Monate (Elternzeitvertretung)",
            offers=["Befristet auf 24 Monate"],
        ),
    ),
    C(
        "wants back into an IG Metall Tarif with 35 hours vs fine with 40, Tarif doesn't matter",
        "cs",
        [
            pool("cs", MECH, "Stuttgart, Germany")(
                "Jürgen Eberspächer",
                2,
                touches=[
                    ats(
                        150,
                        "Will zurück in einen IG-Metall-Tarif, 35-h-Woche + Urlaubsgeld, "
                        "aktuell 40 h ohne Tarif beim Engineering-DL.",
                    )
                ],
            ),
            pool("cs", MECH, "Stuttgart, Germany")(
                "Manfred Kienzle",
                1,
                touches=[
                    ats(
                        150,
                        "40 h kein Problem für ihn, Tarif egal – Hauptsache spannende "
                        "Fahrwerksthemen.",
                    )
                ],
            ),
        ],
        **role(
            MECH_ROLE,
            STR_ONSITE,
            offers=["Tarifvertrag IG Metall, 35-Stunden-Woche", "Urlaubs- und Weihnachtsgeld"],
        ),
    ),
]

# --- 7. commute -------------------------------------------------------------------------------

COMMUTE = [
    C(
        "Esslingen to Feuerbach: up to an hour fine vs 20 minutes by bike at most",
        "backend",
        [
            pool("backend", EMBEDDED, "Esslingen am Neckar, Germany")(
                "Achim Bäuerle",
                2,
                "Pendeln bis eine Stunde einfach ist ok, fährt eh S-Bahn.",
            ),
            pool("backend", EMBEDDED, "Esslingen am Neckar, Germany")(
                "Sven Gaißmaier",
                0,
                "Max. 20 Minuten Arbeitsweg, will mit dem Rad fahren – kein Auto, keine S-Bahn.",
            ),
        ],
        **role(
            EMBEDDED_ROLE, dict(remote_policy="onsite", location="Stuttgart-Feuerbach, Germany")
        ),
    ),
    C(
        "Pasing to Garching on the S-Bahn and U6 fine vs no car, Garching too far",
        "backend",
        [
            pool("backend", JAVA, "Munich, Germany")(
                "Lukas Irlbacher",
                2,
                touches=[
                    call(
                        50,
                        "Wohnt in Pasing, Garching mit S-Bahn + U6 ist für ihn kein Problem, "
                        "hat das Deutschlandticket.",
                    )
                ],
            ),
            pool("backend", JAVA, "Munich, Germany")(
                "Matthias Zellhuber",
                0,
                touches=[
                    call(
                        50,
                        "Wohnt in Pasing, kein Auto. Raus nach Garching ist ihm zu weit – nur "
                        "Innenstadt bzw. Westend.",
                    )
                ],
            ),
        ],
        **role(JAVA_ROLE, dict(remote_policy="onsite", location="Garching bei München, Germany")),
    ),
    C(
        "Winterthur to Zug: likes reading on the train vs never over an hour a day",
        "data_eng",
        [
            pool("finance", CONTROLLER, "Winterthur, Switzerland")(
                "Andrea Bösiger",
                2,
                "Pendelt gern mit dem Zug, liest dabei – Winterthur–Zug ist für ihn ok.",
            ),
            pool("finance", CONTROLLER, "Winterthur, Switzerland")(
                "Daniel Hürlimann",
                0,
                "Pendelweg von über einer Stunde pro Strecke kommt nicht in Frage.",
            ),
        ],
        **role(CONTROLLING_ROLE, dict(remote_policy="onsite", location="Zug, Switzerland")),
    ),
    C(
        "Altona to Finkenwerder by the ferry is great vs never south of the Elbe",
        "cs",
        [
            pool("cs", MECH, "Hamburg, Germany")(
                "Jördis Petersen",
                2,
                touches=[
                    chat(
                        70,
                        "finkenwerder wär super, ich nehm die fähre 62 ab landungsbrücken, "
                        "schönster arbeitsweg der welt ⛴️",
                    )
                ],
            ),
            pool("cs", MECH, "Hamburg, Germany")(
                "Ole Feddersen",
                0,
                touches=[
                    chat(
                        70,
                        "bitte nix südlich der elbe, jeden tag elbtunnel-stau mach ich nicht "
                        "mit. nur nördlich",
                    )
                ],
            ),
        ],
        **role(MECH_ROLE, dict(remote_policy="onsite", location="Hamburg-Finkenwerder, Germany")),
    ),
    C(
        "Berlin to Ingolstadt: Wochenendpendeln fine vs done three years of it, family first",
        "backend",
        [
            pool("backend", EMBEDDED, "Berlin, Germany")(
                "Nico Wendtland",
                2,
                touches=[
                    ats(
                        100,
                        "Wochenendpendeln nach Ingolstadt wäre ok, Partnerin bleibt in Berlin, "
                        "Mo–Do vor Ort passt.",
                    )
                ],
            ),
            pool("backend", EMBEDDED, "Berlin, Germany")(
                "Stefan Lübbecke",
                0,
                touches=[
                    ats(
                        100,
                        "Kein Wochenendpendeln mehr – hat das drei Jahre nach Wolfsburg "
                        "gemacht, Familie geht jetzt vor.",
                    )
                ],
            ),
        ],
        **role(EMBEDDED_ROLE, dict(remote_policy="onsite", location="Ingolstadt, Germany")),
    ),
    C(
        "Vienna to St. Pölten by Railjet, 25 minutes vs only within Vienna, no car",
        "data_eng",
        [
            pool("finance", SAP, "Vienna, Austria")(
                "Gerald Hinterleitner",
                2,
                "Pendeln mit dem Railjet nach St. Pölten, 25 Minuten – passt.",
            ),
            pool("finance", SAP, "Vienna, Austria")(
                "Wolfgang Prohaska",
                0,
                "Nur innerhalb Wiens, hat kein Auto und will nicht pendeln.",
            ),
        ],
        **role(SAP_ROLE, dict(remote_policy="onsite", location="St. Pölten, Austria")),
    ),
]

# --- 8. pay against the band ------------------------------------------------------------------

PAY = [
    C(
        "GV 95k fix, nothing below vs on 92k incl. bonus, would move for 82k with home office",
        "backend",
        [
            pool("backend", JAVA)(
                "Rupert Aschenbrenner",
                0,
                "Gehaltsvorstellung 95k fix, darunter wechsle ich nicht.",
            ),
            pool("backend", JAVA)(
                "Elias Wimbauer",
                2,
                "Aktuell 92k inkl. Bonus, würde für mehr Homeoffice auch für 82k fix wechseln.",
            ),
        ],
        **role(JAVA_ROLE, MUC_HYBRID, salary_min=75_000, salary_max=85_000, currency="EUR"),
    ),
    C(
        "CHF 125k over 13 salaries vs at least CHF 150,000",
        "data_eng",
        [
            pool("finance", CONTROLLER, "Zurich, Switzerland")(
                "Stephanie Bachmann-Rüegg",
                2,
                touches=[mail(140, "Meine Erwartung liegt bei CHF 125'000 (13 Monatslöhne).")],
            ),
            pool("finance", CONTROLLER, "Zurich, Switzerland")(
                "Roger Tschudin",
                0,
                touches=[
                    mail(140, "Unter CHF 150'000 im Jahr mache ich den Schritt nicht, sorry.")
                ],
            ),
        ],
        **role(
            CONTROLLING_ROLE,
            ZRH_HYBRID,
            salary_min=120_000,
            salary_max=135_000,
            currency="CHF",
            offers=["CHF 120–135k inkl. 13. Monatslohn", "Zwei Tage Homeoffice"],
        ),
    ),
    C(
        "Austria: 4,600 gross a month times 14 vs at least 6,000 times 14",
        "backend",
        [
            pool("backend", JAVA, "Vienna, Austria")(
                "Alois Fellner",
                2,
                touches=[call(60, "Wunschgehalt 4.600 € brutto/Monat, 14x.")],
            ),
            pool("backend", JAVA, "Vienna, Austria")(
                "Reinhard Stockinger",
                0,
                touches=[
                    call(60, "Mindestens 6.000 brutto im Monat, 14 Gehälter, sonst kein Wechsel.")
                ],
            ),
        ],
        **role(
            JAVA_ROLE,
            VIE_HYBRID,
            salary_min=60_000,
            salary_max=70_000,
            currency="EUR",
            offers=["€60–70k brutto/Jahr (14 Gehälter), Überzahlung je nach Erfahrung"],
        ),
    ),
    C(
        "freelance: 90 an hour remote vs nothing under 120 an hour",
        "data_eng",
        [
            pool("finance", SAP, "Munich, Germany")(
                "Konrad Lechleitner",
                2,
                "Stundensatz 90 € bei 100 % remote, vor Ort 100 €.",
            ),
            pool("finance", SAP, "Munich, Germany")(
                "Engelbert Mitterhuber",
                0,
                "Unter 120 €/h nehme ich kein Projekt mehr an.",
            ),
        ],
        **role(
            SAP_ROLE,
            DE_REMOTE,
            title="Freiberuflicher SAP CO Berater (m/w/d), 9 Monate",
            offers=["Freelance, bis 95 € pro Stunde, 100 % remote"],
        ),
    ),
    C(
        "GV 70-75k, flexibel vs wants 30% on top of 80k",
        "frontend",
        [
            pool("designer", PRODUCT, "Berlin, Germany")(
                "Aylin Korkmaz",
                2,
                touches=[ats(45, "GV 70-75k, flexibel je nach Equity. Wechselmotivation hoch.")],
            ),
            pool("designer", PRODUCT, "Berlin, Germany")(
                "Deniz Yıldırım",
                0,
                touches=[ats(45, "will 30% auf aktuelles gehalt drauf (aktuell 80k fix)")],
            ),
        ],
        **role(PM_ROLE, BER_HYBRID, salary_min=70_000, salary_max=80_000, currency="EUR"),
    ),
    C(
        "at ERA EG 12, wants at least EG 13 vs AT contract at 115k, only AT",
        "cs",
        [
            pool("cs", MECH, "Stuttgart, Germany")(
                "Dietmar Schnaitmann",
                2,
                "Aktuell ERA EG 12 bei einem Zulieferer, will mindestens EG 13.",
            ),
            pool("cs", MECH, "Stuttgart, Germany")(
                "Jochen Pfleiderer",
                0,
                "Hat einen AT-Vertrag mit 115k, kommt nur für außertarifliche Stellen zurück.",
            ),
        ],
        **role(
            MECH_ROLE,
            STR_ONSITE,
            salary_min=82_000,
            salary_max=90_000,
            currency="EUR",
            offers=["IG Metall ERA Entgeltgruppe 13, 35-Stunden-Woche"],
        ),
    ),
]

# --- 9. last time's reason, resolved by this role or still standing ----------------------------

PAST_MUC_OFFICE = dict(
    remote_policy="onsite", location="Munich, Germany", salary_max=82_000, currency="EUR"
)
PAST_STR_ONSITE = dict(remote_policy="onsite", location="Stuttgart, Germany")

RESOLVED = [
    C(
        "declined over five office days, role is remote vs declined over pay, band no higher",
        "backend",
        [
            pool("backend", JAVA, "Regensburg, Germany")(
                "Friedrich Hammerschmid",
                2,
                apps=[
                    declined(
                        260,
                        "remote_policy",
                        "Angebot abgelehnt: 5 Tage Präsenz in München nicht machbar (wohnt in "
                        "Regensburg).",
                        past=PAST_MUC_OFFICE,
                    )
                ],
            ),
            pool("backend", JAVA, "Regensburg, Germany")(
                "Maximilian Gruber-Sedlmeier",
                0,
                apps=[
                    declined(
                        260,
                        "compensation",
                        "Angebot abgelehnt: wollte 98k, Band endete bei 82k.",
                        past=PAST_MUC_OFFICE,
                    )
                ],
            ),
        ],
        **role(JAVA_ROLE, DE_REMOTE, salary_min=72_000, salary_max=82_000, currency="EUR"),
    ),
    C(
        "withdrew because we could not sponsor, now we do vs rejected on German, still required",
        "backend",
        [
            pool("backend", JAVA, "Istanbul, Turkey")(
                "Emre Karaağaç",
                2,
                apps=[
                    withdrew(
                        330,
                        "other",
                        "Withdrew: we could not offer Blue Card sponsorship at the time. German "
                        "C1, strong final round.",
                        stage="final",
                    )
                ],
            ),
            pool("backend", JAVA, "Istanbul, Turkey")(
                "Burak Çetinkaya",
                0,
                apps=[
                    turned_away(
                        120,
                        "interview",
                        "skills_gap",
                        "Deutsch B1 – für die Rolle mit Kundenkontakt ist C1 Pflicht.",
                    )
                ],
            ),
        ],
        **role(
            JAVA_ROLE,
            MUC_HYBRID,
            requirements="Java 17+\nSpring Boot\nKubernetes\nDeutsch C1 (Kundenkontakt)",
            offers=["Blue Card sponsorship and relocation support", "Mobiles Arbeiten 3 Tage"],
        ),
    ),
    C(
        "withdrew over Rufbereitschaft, role has none vs withdrew over 50% travel, still 50%",
        "sre",
        [
            pool("sre", PLATFORM, "Frankfurt am Main, Germany")(
                "Timo Brandhorst",
                2,
                apps=[
                    withdrew(
                        210,
                        "other",
                        "Zurückgezogen wegen 24/7-Rufbereitschaft im Betriebsteam.",
                        role="Platform Engineer",
                    )
                ],
            ),
            pool("sre", PLATFORM, "Frankfurt am Main, Germany")(
                "Jens Krückeberg",
                0,
                apps=[
                    withdrew(
                        210,
                        "other",
                        "Zurückgezogen: 50 % Reisetätigkeit zu Kunden war ihm zu viel.",
                        role="Platform Engineer",
                    )
                ],
            ),
        ],
        **role(
            PLATFORM_ROLE,
            FRA_HYBRID,
            title="Platform Engineer Kundenprojekte (m/w/d)",
            offers=["Keine Rufbereitschaft", "Reisetätigkeit ca. 50 % zu Kunden"],
        ),
    ),
    C(
        "declined at 85k against a 75k band, band now 85–95k vs asked 110k",
        "data_eng",
        [
            pool("finance", CONTROLLER, "Hamburg, Germany")(
                "Birte Nommensen",
                2,
                apps=[
                    declined(
                        300,
                        "compensation",
                        "Absage: wollte 85k, wir konnten max. 75k.",
                        role="Controller",
                    )
                ],
            ),
            pool("finance", CONTROLLER, "Hamburg, Germany")(
                "Kirsten Ahlers",
                0,
                apps=[
                    declined(
                        300,
                        "compensation",
                        "Absage: Forderung 110k, weit über Band.",
                        role="Controller",
                    )
                ],
            ),
        ],
        **role(CONTROLLING_ROLE, HAM_HYBRID, salary_min=85_000, salary_max=95_000, currency="EUR"),
    ),
    C(
        "rejected on German two years ago, now has Goethe C1 vs B1 four months ago",
        "data_eng",
        [
            pool("finance", SAP, "Frankfurt am Main, Germany")(
                "Ana-Maria Ionescu",
                2,
                apps=[
                    turned_away(
                        720,
                        "interview",
                        "skills_gap",
                        "Deutsch B2, für Fachbereichsworkshops C1 nötig.",
                        role="SAP FI/CO Consultant",
                    )
                ],
                touches=[
                    mail(
                        100, "Kurzes Update: Ich habe im Sommer das Goethe-Zertifikat C1 bestanden!"
                    )
                ],
            ),
            pool("finance", SAP, "Frankfurt am Main, Germany")(
                "Bogdan Munteanu",
                0,
                apps=[
                    turned_away(
                        125,
                        "interview",
                        "skills_gap",
                        "Deutsch B1 – reicht für Workshops mit dem Fachbereich nicht.",
                        role="SAP FI/CO Consultant",
                    )
                ],
            ),
        ],
        **role(SAP_ROLE, FRA_HYBRID),
    ),
    C(
        "withdrew, couldn't move to Stuttgart, role is remote vs withdrew, didn't want consulting",
        "cs",
        [
            pool("cs", MECH, "Bremen, Germany")(
                "Karsten Meiners",
                2,
                apps=[
                    withdrew(
                        400,
                        "location",
                        "Umzug nach Stuttgart nicht möglich, Familie in Bremen.",
                        past=PAST_STR_ONSITE,
                        role="Konstrukteur Fahrwerk",
                    )
                ],
            ),
            pool("cs", MECH, "Bremen, Germany")(
                "Heiko Wübbena",
                0,
                apps=[
                    withdrew(
                        400,
                        "not_interested",
                        "Zurückgezogen: wollte nicht in die Engineering-Beratung, nur OEM/Tier-1.",
                        role="Konstrukteur Fahrwerk",
                    )
                ],
            ),
        ],
        **role(
            MECH_ROLE,
            DE_REMOTE,
            title="Konstrukteur Fahrwerk (m/w/d) – Engineering-Dienstleister, remote",
            offers=["100 % remote", "Projektgeschäft für OEM-Kunden"],
        ),
    ),
    C(
        "declined ANÜ, this one is direct employment vs declined a fixed term, still fixed-term",
        "backend",
        [
            pool("backend", EMBEDDED, "Munich, Germany")(
                "Andreas Mayerhofer",
                2,
                apps=[
                    declined(
                        280,
                        "other",
                        "Angebot abgelehnt: nur als ANÜ über Dienstleister, er will direkt "
                        "beim OEM angestellt sein.",
                        role="Embedded SW Engineer",
                    )
                ],
            ),
            pool("backend", EMBEDDED, "Munich, Germany")(
                "Christoph Reisinger",
                0,
                apps=[
                    declined(
                        280,
                        "other",
                        "Angebot abgelehnt wegen Befristung auf 2 Jahre.",
                        role="Embedded SW Engineer",
                    )
                ],
            ),
        ],
        **role(
            EMBEDDED_ROLE,
            MUC_ONSITE,
            offers=["Direktanstellung beim OEM, keine ANÜ", "Befristet auf 24 Monate"],
        ),
    ),
    C(
        "no AUTOSAR Adaptive 18 months ago, a year of it since vs the same gap two months ago",
        "backend",
        [
            pool("backend", EMBEDDED, "Stuttgart, Germany")(
                "Matteo Santangelo",
                2,
                apps=[
                    turned_away(
                        540,
                        "interview",
                        "skills_gap",
                        "Keine Erfahrung mit AUTOSAR Adaptive.",
                        role="Embedded SW Engineer",
                    )
                ],
                touches=[
                    inmail(
                        90,
                        "Quick update: I've spent the last year on an AUTOSAR Adaptive platform "
                        "project - would love another shot.",
                    )
                ],
            ),
            pool("backend", EMBEDDED, "Stuttgart, Germany")(
                "Giuseppe Lombardo",
                0,
                apps=[
                    turned_away(
                        60,
                        "interview",
                        "skills_gap",
                        "AUTOSAR Adaptive fehlt komplett, nur Classic.",
                        role="Embedded SW Engineer",
                    )
                ],
            ),
        ],
        **role(
            EMBEDDED_ROLE,
            STR_ONSITE,
            title="Embedded Software Engineer AUTOSAR Adaptive (m/w/d)",
            requirements="C++\nAUTOSAR Adaptive\nEmbedded Linux\nISO 26262",
        ),
    ),
]

# --- 10. negation and scope -------------------------------------------------------------------

TEAM_LEAD_JAVA = dict(
    JAVA_ROLE,
    title="Teamleiter Java-Entwicklung (m/w/d)",
    seniority="lead",
    offers=["Disziplinarische Führung von 7 Entwickler:innen", "Mobiles Arbeiten 3 Tage"],
)

NEGATIONS = [
    C(
        "'nicht abgeneigt', ein Team zu führen vs kein Interesse an Führung",
        "backend",
        [
            pool("backend", JAVA)(
                "Vincent Oberholzer",
                2,
                "Nicht abgeneigt, ein Team disziplinarisch zu führen – macht es fachlich schon.",
            ),
            pool("backend", JAVA)(
                "Gregor Lindenthal",
                0,
                "Kein Interesse an Führung, möchte Code schreiben.",
            ),
        ],
        **role(TEAM_LEAD_JAVA, dict(remote_policy="hybrid", location="Munich, Germany")),
    ),
    C(
        "'kein Problem mit Präsenz' vs 'keine Präsenz, nur remote'",
        "cs",
        [
            pool("cs", MECH, "Stuttgart, Germany")(
                "Oskar Weinmann",
                2,
                touches=[
                    ats(80, "Kein Problem mit voller Präsenz im Werk, wohnt 10 Min entfernt.")
                ],
            ),
            pool("cs", MECH, "Stuttgart, Germany")(
                "Lars Hägele",
                0,
                touches=[
                    ats(80, "Keine Präsenz vor Ort mehr, nur remote – ist aufs Land gezogen.")
                ],
            ),
        ],
        **role(MECH_ROLE, STR_ONSITE, offers=["Arbeit im Entwicklungszentrum, 5 Tage vor Ort"]),
    ),
    C(
        "'money wasn't the point, the commute was' vs 'the commute wasn't the point, money was'",
        "backend",
        [
            pool("backend", JAVA, "Hamburg, Germany")(
                "Henning Dierksen",
                2,
                touches=[
                    call(
                        150,
                        "Geld war nicht der Punkt – die zwei Stunden Pendeln am Tag waren es.",
                    )
                ],
            ),
            pool("backend", JAVA, "Hamburg, Germany")(
                "Jasper Sörensen",
                1,
                touches=[
                    call(
                        150,
                        "Das Pendeln war nicht der Punkt – das Geld war es, will deutlich mehr.",
                    )
                ],
            ),
        ],
        **role(JAVA_ROLE, DE_REMOTE, salary_min=68_000, salary_max=76_000, currency="EUR"),
    ),
    C(
        "'nicht nur remote' means hybrid is fine vs 'nur remote'",
        "frontend",
        [
            pool("designer", PRODUCT, "Berlin, Germany")(
                "Marisa Kühnapfel",
                2,
                "Sucht nicht nur remote – hybrid mit zwei Bürotagen ist ihr sogar lieber.",
            ),
            pool("designer", PRODUCT, "Berlin, Germany")(
                "Tabea Schimanski",
                0,
                "Sucht nur remote, Büro kommt nicht mehr in Frage.",
            ),
        ],
        **role(PM_ROLE, BER_HYBRID),
    ),
    C(
        "no problem with English as the company language vs no English day to day",
        "data_eng",
        [
            pool("finance", CONTROLLER, "Munich, Germany")(
                "Xaver Huber-Lanz",
                2,
                touches=[
                    mail(
                        110,
                        "Englisch als Konzernsprache ist für mich überhaupt kein Problem, habe "
                        "drei Jahre in Dublin gearbeitet.",
                    )
                ],
            ),
            pool("finance", CONTROLLER, "Munich, Germany")(
                "Waltraud Edenhofer",
                0,
                touches=[
                    mail(
                        110,
                        "Bitte nichts, wo ich täglich Englisch sprechen muss – da fühle ich mich "
                        "nicht sicher.",
                    )
                ],
            ),
        ],
        **role(
            CONTROLLING_ROLE,
            MUC_HYBRID,
            requirements="Konzerncontrolling\nSAP CO\nForecasting\nBusiness English fluent",
            description="Forecast und Reporting an die US-Muttergesellschaft, Konzernsprache "
            "Englisch.",
        ),
    ),
]

# --- 11. work mode said in the policy, the description, the title or the offers ---------------

WORK_MODE = [
    C(
        "remote said only in the policy: 100% remote or nothing vs lonely in home office",
        "backend",
        [
            pool("backend", JAVA, "Leipzig, Germany")(
                "Ronny Haubold",
                2,
                "100 % remote, sonst nicht.",
            ),
            pool("backend", JAVA, "Leipzig, Germany")(
                "Sandro Kießling",
                0,
                "Möchte täglich ins Büro, das Homeoffice macht ihn einsam.",
            ),
        ],
        **role(JAVA_ROLE, DE_REMOTE),
    ),
    C(
        "mostly remote said only in the description: max one office day vs three office days",
        "data_eng",
        [
            pool("finance", CONTROLLER, "Hamburg, Germany")(
                "Antje Blohm",
                2,
                touches=[chat(55, "max 1 bürotag die woche, mehr geht mit dem pendeln nicht")],
            ),
            pool("finance", CONTROLLER, "Hamburg, Germany")(
                "Inken Wulff",
                0,
                touches=[chat(55, "will mind. 3 tage ins büro, kollegen vor ort sind mir wichtig")],
            ),
        ],
        **role(
            CONTROLLING_ROLE,
            dict(remote_policy="hybrid", location="Hamburg, Germany"),
            description="Verantwortung für Forecast und Reporting. Das Team arbeitet vier Tage "
            "pro Woche mobil und trifft sich einmal pro Woche zum Teamtag in der HafenCity.",
        ),
    ),
    C(
        "remote said only in the title: home office share is the main criterion vs wants presence",
        "backend",
        [
            pool("backend", JAVA, "Nuremberg, Germany")(
                "Fabian Döllinger",
                2,
                touches=[
                    ats(95, "Homeoffice-Anteil ist sein Hauptkriterium, alles andere zweitrangig.")
                ],
            ),
            pool("backend", JAVA, "Nuremberg, Germany")(
                "Moritz Scherzer",
                0,
                touches=[
                    ats(95, "Präsenzkultur ist ihm wichtig, will jeden Tag mit dem Team vor Ort.")
                ],
            ),
        ],
        **role(
            dict(JAVA_ROLE, title="Senior Java Developer (m/w/d) – 100 % Homeoffice"),
            dict(remote_policy="remote", location="Germany"),
        ),
    ),
    C(
        "five days on site said only in the offers: loves the test bench vs needs two mobile days",
        "cs",
        [
            pool("cs", MECH, "Munich, Germany")(
                "Raphael Brandl",
                2,
                "Homeoffice braucht er nicht, ist am liebsten am Prüfstand und in der Werkstatt.",
            ),
            pool("cs", MECH, "Munich, Germany")(
                "Simon Wackerle",
                0,
                "Mindestens zwei Tage mobiles Arbeiten pro Woche, hat er aktuell per "
                "Betriebsvereinbarung.",
            ),
        ],
        **role(
            MECH_ROLE,
            dict(location="Munich, Germany"),
            offers=["Präsenzpflicht: 5 Tage pro Woche im Werk und am Prüfstand"],
        ),
    ),
]

# --- 12. location and moving ------------------------------------------------------------------

LOCATIONS = [
    C(
        "Cologne: partner has a job in Hamburg, moving vs just built a house, no move",
        "data_eng",
        [
            pool("finance", SAP, "Cologne, Germany")(
                "Dana Schreinemakers",
                2,
                "Partnerin hat eine Stelle in Hamburg, der Umzug nach Hamburg ist beschlossen.",
            ),
            pool("finance", SAP, "Cologne, Germany")(
                "Till Rosenkranz",
                0,
                "Umzug ausgeschlossen, wir haben gerade in Bergisch Gladbach gebaut.",
            ),
        ],
        **role(SAP_ROLE, HAM_ONSITE),
    ),
    C(
        "Munich to Vienna: wants to go home to family vs Munich stays, kids at school",
        "backend",
        [
            pool("backend", JAVA, "Munich, Germany")(
                "Clemens Wallner",
                2,
                touches=[
                    call(
                        130,
                        "Möchte zurück nach Wien, die Familie ist dort, die Eltern werden älter.",
                    )
                ],
            ),
            pool("backend", JAVA, "Munich, Germany")(
                "Rainer Hochreiter",
                0,
                touches=[
                    call(
                        130,
                        "München bleibt gesetzt, die Kinder sind hier in der Schule.",
                    )
                ],
            ),
        ],
        **role(JAVA_ROLE, VIE_HYBRID),
    ),
    C(
        "Stuttgart: would move to Zurich, wife is Swiss vs Switzerland is out, cost of living",
        "backend",
        [
            pool("backend", EMBEDDED, "Stuttgart, Germany")(
                "Benno Strohmaier",
                2,
                touches=[
                    mail(
                        70,
                        "Für die richtige Stelle ziehe ich nach Zürich, meine Frau ist "
                        "Schweizerin und will eh zurück.",
                    )
                ],
            ),
            pool("backend", EMBEDDED, "Stuttgart, Germany")(
                "Armin Dürrschnabel",
                0,
                touches=[
                    mail(
                        70,
                        "Die Schweiz kommt für mich nicht in Frage – die Lebenshaltungskosten "
                        "fressen das Gehalt auf.",
                    )
                ],
            ),
        ],
        **role(EMBEDDED_ROLE, ZRH_HYBRID),
    ),
    C(
        "Vienna to Zug: wants Central Switzerland vs not abroad, stays in Austria",
        "frontend",
        [
            pool("designer", PRODUCT, "Vienna, Austria")(
                "Lisa-Marie Aigner",
                2,
                "Möchte in die Schweiz, idealerweise Zentralschweiz.",
            ),
            pool("designer", PRODUCT, "Vienna, Austria")(
                "Katharina Pirker",
                0,
                "Ausland nein, bleibt in Österreich.",
            ),
        ],
        **role(PM_ROLE, ZUG_HYBRID),
    ),
    C(
        "Berlin: sold the flat, moving to Munich in December vs bought in Brandenburg, no move",
        "cs",
        [
            pool("cs", MECH, "Berlin, Germany")(
                "Robert Kaminski",
                2,
                touches=[
                    inmail(
                        40,
                        "We sold our flat in Berlin - the move to Munich is done and dusted, new "
                        "place from December.",
                    )
                ],
            ),
            pool("cs", MECH, "Berlin, Germany")(
                "Paul Zimmermann-Oertel",
                0,
                touches=[
                    inmail(
                        40,
                        "We just bought a house in Brandenburg, so moving to Munich is off the "
                        "table for me.",
                    )
                ],
            ),
        ],
        **role(MECH_ROLE, MUC_ONSITE),
    ),
]

# --- 13. last time's history with us ---------------------------------------------------------

LAST_TIME = [
    C(
        "lost the final to an internal candidate vs too thin on Spring three months ago",
        "backend",
        [
            pool("backend", JAVA)(
                "Jakob Sedlaczek",
                2,
                apps=[
                    final_loss(
                        290, "Knapp gegen internen Kandidaten verloren, Team war begeistert."
                    )
                ],
            ),
            pool("backend", JAVA)(
                "Nikolai Reisenauer",
                0,
                apps=[
                    turned_away(
                        90,
                        "interview",
                        "skills_gap",
                        "Fachlich zu dünn bei Spring und Kubernetes.",
                    )
                ],
            ),
        ],
        **role(JAVA_ROLE, MUC_HYBRID),
    ),
    C(
        "no-show at the second interview vs ill, apologised and asked for a new date",
        "data_eng",
        [
            pool("finance", CONTROLLER, "Frankfurt am Main, Germany")(
                "Marcel Übelacker",
                0,
                apps=[
                    turned_away(
                        150,
                        "interview",
                        "no_show",
                        "Zum Zweitgespräch nicht erschienen, keine Absage, nicht erreichbar.",
                        role="Controller",
                    )
                ],
            ),
            pool("finance", CONTROLLER, "Frankfurt am Main, Germany")(
                "Philipp Weidenbach",
                2,
                apps=[
                    app(
                        150,
                        "interview",
                        "position_closed",
                        "headcount",
                        "Zweitgespräch krank abgesagt, hat sich entschuldigt und um neuen Termin "
                        "gebeten – Stelle wurde dann intern besetzt.",
                        role="Controller",
                    )
                ],
            ),
        ],
        **role(CONTROLLING_ROLE, FRA_HYBRID),
    ),
    C(
        "spoke disparagingly about colleagues vs very direct, the hiring manager liked it",
        "frontend",
        [
            pool("designer", PRODUCT, "Berlin, Germany")(
                "Kolja Brettschneider",
                0,
                apps=[
                    turned_away(
                        200,
                        "onsite",
                        "culture_fit",
                        "Hat sich im Interview abfällig über Kolleginnen geäußert.",
                        role="Product Manager",
                    )
                ],
            ),
            pool("designer", PRODUCT, "Berlin, Germany")(
                "Hannes Möbius",
                2,
                apps=[
                    final_loss(
                        200,
                        "Sehr direkt, manchen im Panel zu direkt – HM fand's gut. Knapp verloren.",
                        role="Product Manager",
                    )
                ],
            ),
        ],
        **role(PM_ROLE, BER_HYBRID),
    ),
    C(
        "too junior two years ago vs too junior in the spring",
        "sre",
        [
            pool("sre", PLATFORM, "Berlin, Germany")(
                "Felix Dannenberg",
                2,
                apps=[
                    turned_away(
                        730,
                        "interview",
                        "experience_level",
                        "Noch zu junior für Senior-Level, Potenzial da.",
                        role="Platform Engineer",
                    )
                ],
            ),
            pool("sre", PLATFORM, "Berlin, Germany")(
                "Julian Hartkopf",
                0,
                apps=[
                    turned_away(
                        200,
                        "interview",
                        "experience_level",
                        "Zu junior für die Senior-Rolle, v. a. bei Incident-Handling.",
                        role="Platform Engineer",
                    )
                ],
            ),
        ],
        **role(PLATFORM_ROLE, BER_HYBRID),
    ),
]

# --- 14. managing against hands-on, and the level ----------------------------------------------

LEVEL = [
    C(
        "wants Führungsverantwortung, already leads four vs wants the Fachkarriere",
        "manager",
        [
            pool("manager", EMBEDDED, "Stuttgart, Germany")(
                "Dirk Schwenninger",
                2,
                "Will Führungsverantwortung, leitet bereits fachlich vier Entwickler.",
            ),
            pool("manager", EMBEDDED, "Stuttgart, Germany")(
                "Norbert Klingler",
                0,
                "Möchte die Fachkarriere (Experte), keine disziplinarische Führung.",
            ),
        ],
        **role(
            dict(
                EMBEDDED_ROLE,
                title="Teamleiter Embedded Software (m/w/d)",
                seniority="lead",
                offers=["Disziplinarische Führung von 9 Mitarbeitenden"],
            ),
            STR_ONSITE,
        ),
    ),
    C(
        "back to tech after three years as team lead vs only roles with staff",
        "backend",
        [
            pool("backend", JAVA, "Hamburg, Germany")(
                "Kai-Uwe Petersen",
                2,
                touches=[
                    call(
                        115,
                        "Nach drei Jahren als TL will er zurück in die Technik, kein Personal "
                        "mehr, keine Jahresgespräche.",
                    )
                ],
            ),
            pool("backend", JAVA, "Hamburg, Germany")(
                "Lutz Behrendsen",
                0,
                touches=[
                    call(
                        115,
                        "Will nur noch Rollen mit Personalverantwortung, zurück ins reine "
                        "Entwickeln kommt nicht in Frage.",
                    )
                ],
            ),
        ],
        **role(JAVA_ROLE, HAM_HYBRID, offers=["Senior IC role, no people management"]),
    ),
    C(
        "looking for the step to Head of vs wants to stay a hands-on senior PM",
        "frontend",
        [
            pool("designer", PRODUCT, "Munich, Germany")(
                "Cornelia Fürst",
                2,
                "Looking for the next step: Head of Product, building a team of PMs.",
            ),
            pool("designer", PRODUCT, "Munich, Germany")(
                "Miriam Gassner",
                0,
                "Wants to stay a hands-on senior PM – no Head-of job, no managing PMs.",
            ),
        ],
        **role(
            dict(
                PM_ROLE,
                title="Head of Product (m/w/d)",
                seniority="director",
                offers=["Build and lead a team of five product managers"],
            ),
            MUC_HYBRID,
        ),
    ),
    C(
        "back after Elternzeit, the title doesn't matter vs senior or head roles only",
        "data_eng",
        [
            pool("finance", CONTROLLER, "Frankfurt am Main, Germany")(
                "Susanne Birkenfeld",
                2,
                touches=[
                    mail(
                        60,
                        "Nach der Elternzeit möchte ich wieder einsteigen – der Titel ist mir "
                        "egal, Hauptsache gutes Team.",
                    )
                ],
            ),
            pool("finance", CONTROLLER, "Frankfurt am Main, Germany")(
                "Claudia Heimbach",
                0,
                touches=[
                    mail(
                        60,
                        "Ich schaue mir nur noch Senior- oder Leiterpositionen an, alles andere "
                        "wäre ein Rückschritt.",
                    )
                ],
            ),
        ],
        **role(
            dict(CONTROLLING_ROLE, title="Controller (m/w/d)", seniority="mid"),
            FRA_HYBRID,
        ),
    ),
]

# --- 15. company stage and size ---------------------------------------------------------------

STAGE_SIZE = [
    C(
        "seed start-up: fed up with Konzern bureaucracy vs start-up insolvency in 2024",
        "backend",
        [
            pool("backend", JAVA, "Berlin, Germany")(
                "Leon Grabowski",
                2,
                "Will ins Start-up, die Konzern-Bürokratie hat er satt.",
            ),
            pool("backend", JAVA, "Berlin, Germany")(
                "Marvin Tesch",
                0,
                "Nur noch etablierte Unternehmen – hat 2024 eine Start-up-Insolvenz miterlebt.",
            ),
        ],
        **role(JAVA_ROLE, BER_HYBRID, offers=["Seed-finanziertes Start-up, 15 Leute"]),
    ),
    C(
        "DAX Konzern: wants security, Tarif and a Betriebsrat vs never again a matrix",
        "data_eng",
        [
            pool("finance", CONTROLLER, "Munich, Germany")(
                "Petra Ganghofer",
                2,
                touches=[
                    call(
                        120,
                        "Sucht Sicherheit im Konzern: Tarif, Betriebsrat, geregelte Prozesse.",
                    )
                ],
            ),
            pool("finance", CONTROLLER, "Munich, Germany")(
                "Evelyn Straubinger",
                0,
                touches=[
                    call(
                        120,
                        "Nie wieder Konzern – Matrixorganisation und endlose "
                        "Abstimmungsschleifen haben sie zermürbt.",
                    )
                ],
            ),
        ],
        **role(
            CONTROLLING_ROLE,
            MUC_HYBRID,
            offers=["DAX-Konzern, 90.000 Mitarbeitende, Tarifvertrag und starker Betriebsrat"],
        ),
    ),
    C(
        "family-run Mittelstand: short decision paths vs wants an international Konzern posting",
        "cs",
        [
            pool("cs", MECH, "Ulm, Germany")(
                "Tobias Eisele",
                2,
                "Sucht einen familiengeführten Mittelständler mit kurzen Entscheidungswegen.",
            ),
            pool("cs", MECH, "Ulm, Germany")(
                "Markus Raichle",
                1,
                "Möchte ins internationale Konzernumfeld, gern mit Auslandsentsendung.",
            ),
        ],
        **role(
            MECH_ROLE,
            dict(remote_policy="onsite", location="Ulm, Germany"),
            offers=[
                "Familiengeführter Hidden Champion, 600 Mitarbeitende, Inhaber in 3. Generation"
            ],
        ),
    ),
    C(
        "Series C scale-up: no more early stage but product-market fit yes vs seed only",
        "frontend",
        [
            pool("designer", PRODUCT, "Berlin, Germany")(
                "Johanna Kurzweil",
                2,
                touches=[
                    inmail(
                        85,
                        "No more early-stage chaos for me, but a scale-up with real "
                        "product-market fit would be great.",
                    )
                ],
            ),
            pool("designer", PRODUCT, "Berlin, Germany")(
                "Mareike Düsterhöft",
                0,
                touches=[
                    inmail(
                        85,
                        "Only pre-seed or seed please - I want to be there from day one, not "
                        "join at 300 people.",
                    )
                ],
            ),
        ],
        **role(PM_ROLE, BER_HYBRID, offers=["Series C scale-up, 300 people, profitable in DACH"]),
    ),
    C(
        "a corporate spin-off: start-up feel with a safety net vs the parent always meddles",
        "backend",
        [
            pool("backend", EMBEDDED, "Stuttgart, Germany")(
                "Steffen Wörner",
                2,
                "Start-up-Feeling mit Konzernsicherheit im Rücken wäre für ihn perfekt.",
            ),
            pool("backend", EMBEDDED, "Stuttgart, Germany")(
                "Volker Scheufele",
                0,
                "Kein Konzernableger – da redet die Mutter doch immer rein.",
            ),
        ],
        **role(
            EMBEDDED_ROLE,
            STR_HYBRID,
            offers=["Ausgründung eines Automobilzulieferers, 60 Leute, Konzern als Gesellschafter"],
        ),
    ),
    C(
        "a PE-owned Mittelständler: no more PE after two restructurings vs likes the PE pace",
        "data_eng",
        [
            pool("finance", CONTROLLER, "Frankfurt am Main, Germany")(
                "Bernd Kötzschke",
                0,
                touches=[
                    ats(
                        135,
                        "Kein Private-Equity-Eigentümer mehr: nach dem Carve-out zwei "
                        "Restrukturierungen mitgemacht.",
                    )
                ],
            ),
            pool("finance", CONTROLLER, "Frankfurt am Main, Germany")(
                "Thorsten Ladwig",
                2,
                touches=[
                    ats(
                        135,
                        "PE-Umfeld kennt er aus zwei Buy-and-Builds, mag das Tempo und das "
                        "Reporting an den Investor.",
                    )
                ],
            ),
        ],
        **role(
            CONTROLLING_ROLE,
            FRA_HYBRID,
            offers=["Mittelständler im Besitz eines Private-Equity-Fonds, Buy-and-Build-Strategie"],
        ),
    ),
    C(
        "VC-backed with runway: done with VC after two down rounds vs fine with 2 years' runway",
        "sre",
        [
            pool("sre", PLATFORM, "Munich, Germany")(
                "Dennis Kowalczyk",
                0,
                "Done with VC-backed companies – burned by two down rounds.",
            ),
            pool("sre", PLATFORM, "Munich, Germany")(
                "Kevin Szymański",
                2,
                "Done with corporates; VC-backed is fine as long as there are two years of runway.",
            ),
        ],
        **role(
            PLATFORM_ROLE,
            MUC_HYBRID,
            offers=["Series B, 30 months of runway", "Mobiles Arbeiten bis 3 Tage"],
        ),
    ),
    C(
        "a 25-person AG in Zug: small team, visible vs 5,000 staff and clear structures",
        "data_eng",
        [
            pool("finance", CONTROLLER, "Lucerne, Switzerland")(
                "Adrian Imfeld",
                2,
                touches=[
                    mail(90, "Ich suche ein kleines Team, wo man sichtbar ist und mitgestaltet.")
                ],
            ),
            pool("finance", CONTROLLER, "Lucerne, Switzerland")(
                "Martin Achermann",
                0,
                touches=[
                    mail(
                        90,
                        "Mich interessieren nur Grossunternehmen ab 5'000 Mitarbeitenden, mit "
                        "klaren Strukturen.",
                    )
                ],
            ),
        ],
        **role(CONTROLLING_ROLE, ZUG_HYBRID, offers=["Kleine AG, 25 Mitarbeitende"]),
    ),
]

# --- 16. industry and mission -----------------------------------------------------------------

MISSION = [
    C(
        "defence electronics: no Rüstung, a matter of conscience vs worked in defence, fine",
        "backend",
        [
            pool("backend", EMBEDDED, "Ulm, Germany")(
                "Joachim Reutter",
                0,
                "Keine Rüstungsindustrie – für ihn eine Gewissensfrage.",
            ),
            pool("backend", EMBEDDED, "Ulm, Germany")(
                "Hendrik Zollner",
                2,
                "Hat bei einem Verteidigungskonzern gearbeitet, Rüstung ist für ihn kein Problem.",
            ),
        ],
        **role(
            dict(EMBEDDED_ROLE, description="Embedded Software für Radarsysteme der Bundeswehr."),
            dict(remote_policy="onsite", location="Ulm, Germany"),
        ),
    ),
    C(
        "heat pumps: wants to do something for the Energiewende vs industry doesn't matter",
        "backend",
        [
            pool("backend", JAVA, "Hamburg, Germany")(
                "Merit Hoffmeister",
                2,
                "Will etwas Sinnvolles für die Energiewende machen.",
            ),
            pool("backend", JAVA, "Hamburg, Germany")(
                "Jan-Philipp Stüve",
                1,
                "Branche egal, Hauptsache das Gehalt passt.",
            ),
        ],
        **role(
            JAVA_ROLE,
            HAM_HYBRID,
            description="Software für die Fernsteuerung von Wärmepumpen in 200.000 Haushalten.",
        ),
    ),
    C(
        "combustion ECUs: wants away from the Verbrenner vs powertrain is powertrain",
        "backend",
        [
            pool("backend", EMBEDDED, "Stuttgart, Germany")(
                "Heinrich Bräuninger",
                0,
                touches=[
                    call(
                        105,
                        "Will weg vom Verbrenner, sucht nur noch E-Mobilität oder Batterie.",
                    )
                ],
            ),
            pool("backend", EMBEDDED, "Stuttgart, Germany")(
                "Rüdiger Kauderer",
                2,
                touches=[
                    call(
                        105,
                        "Antrieb ist Antrieb – ob Diesel oder E ist ihm egal, macht gern weiter "
                        "Motorsteuerung.",
                    )
                ],
            ),
        ],
        **role(
            dict(EMBEDDED_ROLE, description="Software für Motorsteuergeräte von Dieselmotoren."),
            STR_ONSITE,
        ),
    ),
    C(
        "a Vienna sports-betting firm: gambling is a no-go vs worked at a bookmaker, fine",
        "backend",
        [
            pool("backend", JAVA, "Vienna, Austria")(
                "Barbara Kranzl",
                0,
                touches=[chat(65, "glücksspiel ist für mich ein no-go, sorry 🙅‍♀️")],
            ),
            pool("backend", JAVA, "Vienna, Austria")(
                "Florian Haselsteiner",
                2,
                touches=[chat(65, "war 3 jahre bei einem buchmacher, die branche passt für mich")],
            ),
        ],
        **role(
            JAVA_ROLE,
            VIE_HYBRID,
            description="Backend für unsere Sportwetten- und Online-Casino-Plattform.",
        ),
    ),
]

# --- 17. technology ---------------------------------------------------------------------------

TECH = [
    C(
        "Java 21 and Spring: wants away from Java to Kotlin or Go vs Java is home",
        "backend",
        [
            pool("backend", JAVA)(
                "Ludwig Fendt",
                0,
                "Will weg von Java, nur noch Kotlin oder Go.",
            ),
            pool("backend", JAVA)(
                "Tassilo Bernrieder",
                2,
                "Java ist seine Heimat, Spring Boot seit zehn Jahren, will dabei bleiben.",
            ),
        ],
        **role(JAVA_ROLE, MUC_HYBRID, offers=["Java 21, Spring Boot 3, Kubernetes"]),
    ),
    C(
        "Kotlin-first team: wants Kotlin in production vs Kotlin doesn't interest him",
        "backend",
        [
            pool("backend", JAVA, "Berlin, Germany")(
                "Finn Lütjohann",
                2,
                touches=[
                    ats(70, "will endlich Kotlin produktiv einsetzen, nutzt es privat seit 2 J.")
                ],
            ),
            pool("backend", JAVA, "Berlin, Germany")(
                "Ben Trautwein",
                0,
                touches=[ats(70, "bleibt bei Java, Kotlin interessiert ihn null")],
            ),
        ],
        **role(
            JAVA_ROLE,
            BER_HYBRID,
            requirements="Kotlin\nSpring Boot\nKubernetes\nPostgreSQL",
            offers=["Kotlin-first: all new services are written in Kotlin"],
        ),
    ),
    C(
        "S/4HANA greenfield: only S/4 projects, no ECC vs ECC run is enough, no migrations",
        "data_eng",
        [
            pool("finance", SAP, "Munich, Germany")(
                "Gabriele Unterreiner",
                2,
                "Nur noch S/4HANA-Projekte, kein ECC mehr.",
            ),
            pool("finance", SAP, "Munich, Germany")(
                "Renate Hofbauer",
                0,
                "ECC-Betrieb reicht ihr, den Stress einer S/4-Migration will sie nicht.",
            ),
        ],
        **role(SAP_ROLE, MUC_HYBRID, offers=["S/4HANA-Greenfield-Einführung 2027"]),
    ),
    C(
        "AUTOSAR Classic: wants away to Adaptive/Linux vs Classic gladly, Adaptive no must",
        "backend",
        [
            pool("backend", EMBEDDED, "Stuttgart, Germany")(
                "Marc Ellwanger",
                0,
                touches=[
                    inmail(
                        95,
                        "I want to move away from AUTOSAR Classic - only Adaptive or Linux-based "
                        "platforms from now on.",
                    )
                ],
            ),
            pool("backend", EMBEDDED, "Stuttgart, Germany")(
                "Nils Gutekunst",
                2,
                touches=[
                    inmail(
                        95,
                        "AUTOSAR Classic suits me fine, happy to keep going - Adaptive isn't a "
                        "must for me.",
                    )
                ],
            ),
        ],
        **role(EMBEDDED_ROLE, STR_ONSITE),
    ),
    C(
        "Azure platform: AWS only, won't touch Azure vs did AWS, wants to learn Azure",
        "sre",
        [
            pool("sre", PLATFORM, "Frankfurt am Main, Germany")(
                "Tim Ostendorf",
                0,
                "Nur AWS – Azure will er nicht anfassen.",
            ),
            pool("sre", PLATFORM, "Frankfurt am Main, Germany")(
                "Yannick Börner",
                2,
                "Hat bisher AWS gemacht, will explizit Azure lernen.",
            ),
        ],
        **role(
            PLATFORM_ROLE,
            FRA_HYBRID,
            requirements="Kubernetes (AKS)\nTerraform\nAzure\nPrometheus",
            offers=["Azure-only platform (AKS)"],
        ),
    ),
    C(
        "Rust on embedded: Rust privately for two years, wants it at work vs the Rust hype annoys",
        "backend",
        [
            pool("backend", EMBEDDED, "Munich, Germany")(
                "Gabriel Nussbaumer",
                2,
                touches=[
                    chat(50, "rust mach ich privat seit 2 jahren, beruflich wär ein traum 🦀")
                ],
            ),
            pool("backend", EMBEDDED, "Munich, Germany")(
                "Werner Sailer",
                0,
                touches=[chat(50, "c++ reicht völlig. dieser rust-hype nervt mich ehrlich gesagt")],
            ),
        ],
        **role(
            EMBEDDED_ROLE,
            MUC_HYBRID,
            title="Embedded Software Engineer Rust (m/w/d)",
            requirements="Rust\nC++\nEmbedded Linux\nISO 26262",
        ),
    ),
    C(
        "SAP Analytics Cloud: away from Excel reporting to SAC vs Excel/VBA, dislikes SAP tools",
        "data_eng",
        [
            pool("finance", CONTROLLER, "Stuttgart, Germany")(
                "Carina Mauch",
                2,
                "Will weg vom Excel-Reporting hin zu SAP Analytics Cloud.",
            ),
            pool("finance", CONTROLLER, "Stuttgart, Germany")(
                "Angelika Bührer",
                0,
                "Ist in der Excel/VBA-Welt zuhause, SAP-Tools mag sie nicht.",
            ),
        ],
        **role(
            CONTROLLING_ROLE,
            STR_HYBRID,
            offers=["Reporting in SAP Analytics Cloud und S/4HANA Group Reporting"],
        ),
    ),
    C(
        "CATIA V5 shop: only Siemens NX from now on vs CATIA V5 for eight years",
        "cs",
        [
            pool("cs", MECH, "Munich, Germany")(
                "Georg Schmuckermair",
                0,
                touches=[ats(110, "Nur noch Siemens NX, CATIA will er nicht mehr.")],
            ),
            pool("cs", MECH, "Munich, Germany")(
                "Stefan Wiesböck",
                2,
                touches=[ats(110, "CATIA V5 seit acht Jahren, NX nur aus einer Schulung.")],
            ),
        ],
        **role(MECH_ROLE, MUC_ONSITE, offers=["Konstruktion in CATIA V5"]),
    ),
]

# --- 18. the latest word over several notes -------------------------------------------------

LATEST_WORD = [
    C(
        "remote only in March, back to the office in October vs hybrid fine, then remote only",
        "backend",
        [
            pool("backend", JAVA)(
                "Alexander Vilsmeier",
                2,
                touches=[
                    ats(date(2026, 3, 9), "Nur remote."),
                    call(
                        date(2026, 10, 12),
                        "Update: Homeoffice-Dauerzustand hängt ihm zum Hals raus, will wieder "
                        "2–3 Tage ins Büro.",
                    ),
                ],
            ),
            pool("backend", JAVA)(
                "Bernhard Kastl",
                0,
                touches=[
                    ats(date(2026, 3, 9), "Hybrid ok, 2 Tage Büro."),
                    call(
                        date(2026, 10, 12),
                        "Update: sind aufs Land nach Niederbayern gezogen, ab jetzt nur noch "
                        "remote.",
                    ),
                ],
            ),
        ],
        **role(JAVA_ROLE, MUC_HYBRID),
    ),
    C(
        "no more mails in February, open again in September vs keep me posted, then delete me",
        "data_eng",
        [
            pool("finance", SAP, "Frankfurt am Main, Germany")(
                "Sonja Kreuzberger",
                2,
                touches=[
                    mail(date(2026, 2, 2), "Bitte keine Mails mehr."),
                    mail(
                        date(2026, 9, 7),
                        "Hallo, ich hatte mich im Februar abgemeldet – inzwischen hat sich bei "
                        "uns viel geändert und ich bin wieder offen. Melden Sie sich gern.",
                    ),
                ],
            ),
            pool("finance", SAP, "Frankfurt am Main, Germany")(
                "Ulrike Mannsfeld",
                0,
                touches=[
                    mail(date(2026, 2, 2), "Halten Sie mich gern auf dem Laufenden."),
                    mail(
                        date(2026, 10, 5),
                        "Bitte löschen Sie alle meine Daten und kontaktieren Sie mich nicht mehr.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **role(SAP_ROLE, FRA_HYBRID),
    ),
    C(
        "GV 95k in January, 80k fine after losing the job vs 80k then 98k after a promotion",
        "backend",
        [
            pool("backend", JAVA, "Berlin, Germany")(
                "Robin Schaarschmidt",
                2,
                touches=[
                    ats(date(2026, 1, 19), "GV 95k."),
                    call(
                        date(2026, 9, 14),
                        "Update: Firma insolvent, jetzt wären 80k absolut ok.",
                    ),
                ],
            ),
            pool("backend", JAVA, "Berlin, Germany")(
                "Mats Jankowski",
                0,
                touches=[
                    ats(date(2026, 1, 19), "GV 80k ok."),
                    call(
                        date(2026, 9, 14),
                        "Update: befördert, liegt jetzt bei 98k – unter 95k kein Wechsel mehr.",
                    ),
                ],
            ),
        ],
        **role(JAVA_ROLE, BER_HYBRID, salary_min=78_000, salary_max=85_000, currency="EUR"),
    ),
    C(
        "no travel with the baby, travel fine now vs travel fine, then none since the twins",
        "data_eng",
        [
            pool("finance", SAP, "Munich, Germany")(
                "Franziska Eckl",
                2,
                touches=[
                    call(date(2025, 11, 3), "Keine Reisen, Baby ist 4 Monate."),
                    call(
                        date(2026, 10, 19),
                        "Update: Kleiner ist in der Krippe, Reisen 2–3 Tage/Woche wieder ok.",
                    ),
                ],
            ),
            pool("finance", SAP, "Munich, Germany")(
                "Elisabeth Pongratz",
                0,
                touches=[
                    call(date(2025, 11, 3), "Reisen kein Thema, gern viel beim Kunden."),
                    call(
                        date(2026, 10, 19),
                        "Update: Zwillinge da – Reisen geht vorerst gar nicht mehr.",
                    ),
                ],
            ),
        ],
        **role(CONSULTING_SAP, MUC_HYBRID),
    ),
]

# --- 19. the latest process and stage reached ----------------------------------------------

PROCESS = [
    C(
        "a final round last year vs a CV never read before the post was filled",
        "data_eng",
        [
            pool("finance", CONTROLLER, "Stuttgart, Germany")(
                "Ulrich Hägele-Brenner",
                2,
                apps=[final_loss(310, "Finalrunde, Entscheidung 51:49.", role="Controller")],
            ),
            pool("finance", CONTROLLER, "Stuttgart, Germany")(
                "Axel Deuschle",
                1,
                apps=[
                    app(
                        310,
                        "applied",
                        "position_closed",
                        "headcount",
                        "CV nicht gesichtet, Stelle vorher besetzt.",
                        role="Controller",
                    )
                ],
            ),
        ],
        **role(CONTROLLING_ROLE, STR_HYBRID),
    ),
    C(
        "a silver medalist vs someone we hired in August",
        "backend",
        [
            pool("backend", JAVA, "Hamburg, Germany")(
                "Torsten Behnke",
                2,
                apps=[final_loss(240, "Zweiter Platz, sehr starke Systemdesign-Runde.")],
            ),
            pool("backend", JAVA, "Hamburg, Germany")(
                "Jonas Rathjen",
                0,
                apps=[
                    app(
                        100,
                        "offer",
                        "hired",
                        None,
                        "Eingestellt zum 1.8., Probezeit läuft.",
                        role="Senior Java Developer",
                    )
                ],
            ),
        ],
        **role(JAVA_ROLE, HAM_HYBRID),
    ),
    C(
        "took a counter-offer last month vs took one 18 months ago and regrets it",
        "backend",
        [
            pool("backend", EMBEDDED, "Munich, Germany")(
                "Peter Lichtenegger",
                0,
                apps=[
                    declined(
                        30,
                        "counteroffer",
                        "Gegenangebot vom AG angenommen (+15 %).",
                        role="Embedded SW Engineer",
                    )
                ],
            ),
            pool("backend", EMBEDDED, "Munich, Germany")(
                "Thomas Gschwendtner",
                2,
                apps=[
                    declined(
                        540,
                        "counteroffer",
                        "Gegenangebot vom AG angenommen.",
                        role="Embedded SW Engineer",
                    )
                ],
                touches=[
                    chat(
                        80,
                        "ehrlich gesagt bereu ich das gegenangebot, versprochene beförderung kam "
                        "nie. meld dich wenn was kommt",
                    )
                ],
            ),
        ],
        **role(EMBEDDED_ROLE, MUC_HYBRID),
    ),
]

HELDOUT43_CASES: list[Case] = [
    *OPT_OUTS,
    *WAITS,
    *SCHEDULE,
    *TRAVEL,
    *VISA,
    *CONTRACT,
    *COMMUTE,
    *PAY,
    *WORK_MODE,
    *NEGATIONS,
    *LOCATIONS,
    *LEVEL,
    *STAGE_SIZE,
    *MISSION,
    *TECH,
    *RESOLVED,
    *LAST_TIME,
    *PROCESS,
    *LATEST_WORD,
]
