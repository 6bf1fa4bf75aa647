"""Held-out rediscovery cases, fifty-eighth set: Nordic in-house recruiters' and Baltic agency
recruiters' own words, written by a stranger to the reader (its code, its labelled sets and the
earlier case files' sentences were not looked at; held-out 10 was opened for its format only).

It is measured and reported on its own line ("held-out 58") and never tuned to what Encore does.
The recruiters are in-house talent partners at Stockholm fintechs, a Gothenburg car-parts
maker, a Malmö gaming studio, Oslo and Stavanger energy companies, a Bergen shipping line,
Copenhagen and Aarhus wind and pharma firms, Helsinki and Tampere software houses, and agency
recruiters in Tallinn, Riga and Vilnius placing engineers with Nordic and German clients. The
people are backend, data, platform and frontend engineers, team leads, account executives and
customer success managers; some work remotely for German and US companies. The voices: terse
ATS shorthand with typos ("cand", "LWD", "uppsägningstid 3 mån", "ok m hybrid"), lower-case
Slack and Teams messages and WhatsApps, LinkedIn replies, candidates' emails, a formal letter,
recruiters' third-person call notes, long rambles where one line decides, and lines in Swedish,
Norwegian, Danish, Finnish, Estonian, Latvian and Lithuanian. The setting's furniture: the July
holiday (semester, fellesferie), parental leave, 37.5-hour weeks, collective agreements, notice
periods of one to six months, offshore rotations from Stavanger, the Öresund bridge, the
Helsinki-Tallinn ferry, monthly salaries in SEK, NOK, DKK and EUR.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs in many voices and channels (an email, a LinkedIn reply, a WhatsApp, a formal GDPR
   letter, a recruiter's note, lines in Swedish, Norwegian, Danish, Finnish, Estonian, Latvian
   and Lithuanian): never shown; beside each a scoped stop that is not one (no calls at work, no
   newsletter, not that client again, no consultancy roles, a new address, feedback owed);
2. waits counted from the day said (notice periods, parental leave, the July holiday, a quarter
   end, a bonus, a rotation, a dated event) against a twin whose wait has already run out; and
   notes full of dates that ask for no wait;
3. schedule, travel, visa and right to work, contract type, commute: named routes (the Öresund
   bridge, the Helsinki-Tallinn ferry, the E18, Pendeltåg, Oslo airport train), minutes each way,
   overnights, share of travel, territories, driving, work permits, sponsorship, security
   clearance, offshore rotations, fixed-term against permanent, 80% weeks;
4. pay against the band: monthly SEK, NOK, DKK and EUR, annual bands, floors against current pay,
   hourly and day rates;
5. work mode said in the title only, the description only, hybrid days; negation and its scope;
6. location and relocation, managing against hands-on, company stage and size, industry and
   mission wanted or refused (gambling, defence, oil and gas), technology wanted or refused;
7. last time's reason resolved by this role or still standing; the history with us; the latest
   process counts;
8. several notes over time where the latest word counts.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who writes what ---------------------------------------------------------------------------


def pool(profile: str, where: str = "Stockholm, Sweden"):
    """Equally skilled people of one profile, living in ``where`` unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, where=where, **kw):
        extra = {"location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


def mail(days, words) -> dict:
    """The candidate's own email."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def dm(days, words) -> dict:
    """A LinkedIn reply."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def chat(days, words) -> dict:
    """A WhatsApp or SMS, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def rec(days, words) -> dict:
    """A recruiter's note in the ATS (or pasted from Slack or Teams)."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def rang(days, words) -> dict:
    """A recruiter's call note, third person."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def lost_final(days, note=None, *, role="Senior Backend Engineer", past=None) -> dict:
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role, past=past)


def declined(days, reason, note, *, past=None, role="Senior Backend Engineer") -> dict:
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="final", past=None, role="Senior Backend Engineer"):
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


# --- where the roles are -------------------------------------------------------------------------

STHLM_HYBRID = dict(
    remote_policy="hybrid",
    location="Stockholm, Sweden",
    offers=["Hybrid: two days a week at our office on Götgatan"],
)
STHLM_ONSITE = dict(remote_policy="onsite", location="Stockholm, Sweden")
GBG_ONSITE = dict(remote_policy="onsite", location="Gothenburg, Sweden")
MALMO_HYBRID = dict(
    remote_policy="hybrid",
    location="Malmö, Sweden",
    offers=["Hybrid: three days a week at our studio in Västra Hamnen"],
)
OSLO_HYBRID = dict(
    remote_policy="hybrid",
    location="Oslo, Norway",
    offers=["Hybrid: two office days a week at Bjørvika"],
)
BERGEN_ONSITE = dict(remote_policy="onsite", location="Bergen, Norway")
STAVANGER_ONSITE = dict(remote_policy="onsite", location="Stavanger, Norway")
CPH_HYBRID = dict(
    remote_policy="hybrid",
    location="Copenhagen, Denmark",
    offers=["Hybrid: two days a week in our Nordhavn office"],
)
CPH_ONSITE = dict(remote_policy="onsite", location="Copenhagen, Denmark")
AARHUS_ONSITE = dict(remote_policy="onsite", location="Aarhus, Denmark")
HEL_HYBRID = dict(
    remote_policy="hybrid",
    location="Helsinki, Finland",
    offers=["Hybrid: two days a week in Ruoholahti"],
)
TAMPERE_ONSITE = dict(remote_policy="onsite", location="Tampere, Finland")
TALLINN_HYBRID = dict(
    remote_policy="hybrid",
    location="Tallinn, Estonia",
    offers=["Hybrid: two days a week in Ülemiste City"],
)
TALLINN_ONSITE = dict(remote_policy="onsite", location="Tallinn, Estonia")
RIGA_ONSITE = dict(remote_policy="onsite", location="Riga, Latvia")
VILNIUS_HYBRID = dict(
    remote_policy="hybrid",
    location="Vilnius, Lithuania",
    offers=["Hybrid: two days a week in our Žalgiris office"],
)
NORDIC_REMOTE = dict(
    remote_policy="remote", location="Remote (Nordics)", offers=["Fully remote in the Nordics"]
)
DE_REMOTE = dict(
    remote_policy="remote",
    location="Remote (EU), Berlin-based company",
    offers=["Fully remote for a Berlin company, EU contract"],
)
US_REMOTE = dict(
    remote_policy="remote",
    location="Remote (EU), US company",
    offers=["Fully remote for a Boston company, EU employer of record"],
)

SEK = dict(currency="SEK")
PAST_STHLM_5D = dict(remote_policy="onsite", location="Stockholm, Sweden", salary_max=780_000)

back = pool("backend")
data = pool("data_eng")
sre = pool("sre")
front = pool("frontend")
ae = pool("sales")
csm = pool("cs")
lead = pool("manager")

# --- 1. opt-outs, each beside a scoped stop that is not one -----------------------------------

OPT_OUTS = [
    C(
        "an email asking to be removed vs an email asking for no calls at work",
        "backend",
        [
            back(
                "Henrik Sandqvist",
                0,
                touches=[
                    mail(
                        120,
                        (
                            "Hi, please take me out of your candidate database and don't contact "
                            "me again. Thanks, Henrik"
                        ),
                    )
                ],
                excluded=True,
            ),
            back(
                "Olle Marklund",
                2,
                touches=[
                    mail(
                        120,
                        (
                            "Please don't ring me during work hours, my manager sits next to me. "
                            "Email is fine anytime."
                        ),
                    )
                ],
            ),
        ],
        **STHLM_HYBRID,
    ),
    C(
        "Swedish: kontakta mig inte igen vs inga nyhetsbrev tack",
        "data_eng",
        [
            data(
                "Lovisa Engström",
                0,
                touches=[
                    mail(
                        90,
                        "Hej! Jag vill inte bli kontaktad av er igen. Radera mina uppgifter, tack.",
                    )
                ],
                excluded=True,
            ),
            data(
                "Matilda Holmgren",
                2,
                touches=[
                    mail(
                        90,
                        (
                            "Hej, avregistrera mig från ert nyhetsbrev tack. Men hör gärna av er "
                            "om det dyker upp en relevant tjänst!"
                        ),
                    )
                ],
            ),
        ],
        **STHLM_HYBRID,
    ),
    C(
        "Norwegian: slett meg vs ikke flere konsulentstillinger",
        "sre",
        [
            sre(
                "Eirik Haugland",
                0,
                touches=[dm(100, "Ikke kontakt meg mer. Vennligst slett profilen min hos dere.")],
                where="Oslo, Norway",
                excluded=True,
            ),
            sre(
                "Sindre Bakken",
                2,
                touches=[
                    dm(
                        100,
                        (
                            "Ikke send meg flere konsulentoppdrag, jeg vil bare ha faste "
                            "stillinger. Fast jobb er jeg åpen for."
                        ),
                    )
                ],
                where="Oslo, Norway",
            ),
        ],
        title="Senior SRE (permanent)",
        description="Permanent position on the platform team of an Oslo energy trading company.",
        **OSLO_HYBRID,
    ),
    C(
        "Danish: ønsker ikke at blive kontaktet vs ikke flere opkald, skriv hellere",
        "frontend",
        [
            front(
                "Mette Kjærgaard",
                0,
                touches=[
                    mail(
                        75,
                        (
                            "Jeg ønsker ikke at blive kontaktet af jer igen. Venligst fjern mig "
                            "fra jeres system."
                        ),
                    )
                ],
                where="Copenhagen, Denmark",
                excluded=True,
            ),
            front(
                "Signe Lauridsen",
                2,
                touches=[
                    mail(
                        75,
                        (
                            "Ring venligst ikke til mig, jeg tager aldrig telefonen i "
                            "arbejdstiden. Skriv hellere en mail, så svarer jeg."
                        ),
                    )
                ],
                where="Copenhagen, Denmark",
            ),
        ],
        **CPH_HYBRID,
    ),
    C(
        "Finnish: älkää ottako yhteyttä vs not that client again",
        "backend",
        [
            back(
                "Juha Kettunen",
                0,
                touches=[
                    mail(
                        60,
                        "Älkää ottako minuun enää yhteyttä. Poistakaa tietoni "
                        "rekisteristänne. Juha",
                    )
                ],
                where="Helsinki, Finland",
                excluded=True,
            ),
            back(
                "Antti Rautio",
                2,
                touches=[
                    rang(
                        60,
                        (
                            "Antti said he won't go through another process with Wolt again after"
                            " last spring, but happy to hear about any other company."
                        ),
                    )
                ],
                where="Helsinki, Finland",
            ),
        ],
        description="Build payment services for a Helsinki fintech.",
        **HEL_HYBRID,
    ),
    C(
        "Estonian: palun ärge võtke ühendust vs new email address",
        "data_eng",
        [
            data(
                "Kadri Tamm",
                0,
                touches=[
                    mail(80, "Palun ärge minuga enam ühendust võtke ja kustutage minu andmed.")
                ],
                where="Tallinn, Estonia",
                excluded=True,
            ),
            data(
                "Liis Saar",
                2,
                touches=[
                    mail(
                        80,
                        (
                            "Tere! Mu töömeil suletakse, palun kirjutage edaspidi mu isiklikule "
                            "aadressile. Olen uutest võimalustest huvitatud."
                        ),
                    )
                ],
                where="Tallinn, Estonia",
            ),
        ],
        **TALLINN_HYBRID,
    ),
    C(
        "Latvian: nesazinieties vs no messages on WhatsApp, email only",
        "backend",
        [
            back(
                "Mārtiņš Ozols",
                0,
                touches=[
                    chat(
                        70,
                        "Lūdzu, vairs nesazinieties ar mani. Nevēlos saņemt nekādus piedāvājumus.",
                    )
                ],
                where="Riga, Latvia",
                excluded=True,
            ),
            back(
                "Kristaps Liepiņš",
                2,
                touches=[
                    chat(
                        70,
                        (
                            "pls no whatsapp, thats for family. email me the details and I'll "
                            "have a look"
                        ),
                    )
                ],
                where="Riga, Latvia",
            ),
        ],
        **RIGA_ONSITE,
    ),
    C(
        "Lithuanian: nebesikreipkite vs feedback still owed",
        "sre",
        [
            sre(
                "Tomas Žukauskas",
                0,
                touches=[dm(65, "Prašau daugiau su manimi nesusisiekti. Ačiū.")],
                where="Vilnius, Lithuania",
                excluded=True,
            ),
            sre(
                "Mantas Petrauskas",
                2,
                touches=[
                    dm(
                        65,
                        (
                            "You never told me why I was dropped after the tech round. I'd like "
                            "to know before anything else, but I'm still open to roles with you."
                        ),
                    )
                ],
                where="Vilnius, Lithuania",
            ),
        ],
        **VILNIUS_HYBRID,
    ),
    C(
        "a formal GDPR erasure letter vs a data access request",
        "cs",
        [
            csm(
                "Birgitta Lundgren",
                0,
                touches=[
                    mail(
                        110,
                        (
                            "To whom it may concern. Under Article 17 GDPR I request the erasure "
                            "of all personal data you hold about me, and that I receive no "
                            "further communication. Yours faithfully, Birgitta Lundgren"
                        ),
                    )
                ],
                excluded=True,
            ),
            csm(
                "Annika Sjöberg",
                2,
                touches=[
                    mail(
                        110,
                        (
                            "Under Article 15 GDPR I'd like a copy of the data you hold on me, "
                            "please. Just curious what's there - happy to stay in your pool."
                        ),
                    )
                ],
            ),
        ],
        **STHLM_HYBRID,
    ),
    C(
        "a recruiter's note: cand asked to be blocked vs no sales roles please",
        "sales",
        [
            ae(
                "Rasmus Wikström",
                0,
                touches=[
                    rec(
                        140,
                        (
                            "cand v irritated on call, asked us to stop all contact. flagged DNC "
                            "in Teamtailor."
                        ),
                    )
                ],
                excluded=True,
            ),
            ae(
                "Jonas Berglind",
                2,
                touches=[
                    rec(
                        140,
                        (
                            "cand says no more SDR/BDR roles pls, only closing roles (AE and up)."
                            " otherwise open."
                        ),
                    )
                ],
            ),
        ],
        **STHLM_HYBRID,
    ),
    C(
        "a lower-case WhatsApp 'stop messaging me' vs 'not this month'",
        "frontend",
        [
            front(
                "Emil Nyström",
                0,
                touches=[chat(95, "stop messaging me. not interested in anything from you, ever")],
                where="Malmö, Sweden",
                excluded=True,
            ),
            front(
                "Viktor Åberg",
                2,
                touches=[
                    chat(
                        95,
                        "not this one sorry, a crypto casino isn't for me. send the next one tho",
                    )
                ],
                where="Malmö, Sweden",
            ),
        ],
        description="Build the web client for a Malmö studio's cosy puzzle games.",
        **MALMO_HYBRID,
    ),
    C(
        "a Teams message: unsubscribed from everything vs unsubscribed from the events list",
        "data_eng",
        [
            data(
                "Pernilla Ek",
                0,
                touches=[
                    rec(
                        85,
                        (
                            "fr Teams: Pernilla replied 'please unsubscribe me from everything "
                            "you send, jobs included, I'm out of the market for good'"
                        ),
                    )
                ],
                where="Gothenburg, Sweden",
                excluded=True,
            ),
            data(
                "Sanna Dahlberg",
                2,
                touches=[
                    rec(
                        85,
                        (
                            "fr Teams: Sanna asked to come off the meetup/events invites list. "
                            "Still wants to hear about data roles."
                        ),
                    )
                ],
                where="Gothenburg, Sweden",
            ),
        ],
        **GBG_ONSITE,
    ),
    C(
        "a Norwegian LinkedIn 'nei takk, aldri' vs 'passer ikke akkurat nå'",
        "backend",
        [
            back(
                "Torstein Lie",
                0,
                touches=[
                    dm(100, "Nei takk. Og jeg vil ikke ha flere henvendelser fra dere, aldri.")
                ],
                where="Bergen, Norway",
                excluded=True,
            ),
            back(
                "Øystein Rønning",
                2,
                touches=[
                    dm(
                        100,
                        (
                            "Passer ikke akkurat nå, men ta gjerne kontakt igjen ved en annen "
                            "anledning."
                        ),
                    )
                ],
                where="Bergen, Norway",
            ),
        ],
        **BERGEN_ONSITE,
    ),
]

# --- 2. waits counted from the day said, each against a twin whose wait has run out -----------

WAITS = [
    C(
        "three months' notice given this month vs one month given in August",
        "backend",
        [
            back(
                "Filip Lindahl",
                1,
                (
                    (
                        "Sa upp mig idag på Klarna, uppsägningstid 3 mån. Kan inte börja före "
                        "februari."
                    ),
                    date(2026, 11, 2),
                ),
            ),
            back(
                "Gustav Norén",
                2,
                ("Resigned today, one month's notice, free from mid-September.", date(2026, 8, 10)),
            ),
        ],
        **STHLM_HYBRID,
    ),
    C(
        "Finnish: six months' notice from October vs notice served in spring",
        "sre",
        [
            sre(
                "Ville Heikkinen",
                1,
                (
                    (
                        "Irtisanouduin tänään, irtisanomisaika kuusi kuukautta. En voi aloittaa "
                        "ennen huhtikuuta."
                    ),
                    date(2026, 10, 5),
                ),
                where="Tampere, Finland",
            ),
            sre(
                "Jussi Laaksonen",
                2,
                (
                    "Irtisanomisaika päättyi toukokuussa, olen nyt vapaa aloittamaan.",
                    date(2026, 6, 1),
                ),
                where="Tampere, Finland",
            ),
        ],
        **TAMPERE_ONSITE,
    ),
    C(
        "Swedish parental leave to the end of April vs one that ended in August",
        "data_eng",
        [
            data(
                "Elsa Forsberg",
                1,
                ("Föräldraledig till och med april, hör av dig efter det.", date(2026, 10, 19)),
            ),
            data(
                "Ida Wallin",
                2,
                (
                    "Föräldraledig till augusti, sedan tillbaka och öppen för nytt.",
                    date(2026, 3, 2),
                ),
            ),
        ],
        **STHLM_HYBRID,
    ),
    C(
        "Estonian: lapsehoolduspuhkus until autumn 2027 vs back since September",
        "backend",
        [
            back(
                "Triin Kask",
                1,
                (
                    (
                        "Olen lapsehoolduspuhkusel kuni 2027. aasta septembrini, enne seda ei saa"
                        " tööle asuda."
                    ),
                    40,
                ),
                where="Tallinn, Estonia",
            ),
            back(
                "Merle Pärn",
                2,
                (
                    "Tulin lapsehoolduspuhkuselt tagasi septembris ja otsin nüüd uut väljakutset.",
                    50,
                ),
                where="Tallinn, Estonia",
            ),
        ],
        **TALLINN_HYBRID,
    ),
    C(
        "after the July holiday, said in June, vs after the holiday, said in October",
        "cs",
        [
            csm(
                "Hanna Blomqvist",
                2,
                ("Inget före semestern - hör av dig efter semestern i augusti!", date(2026, 6, 15)),
            ),
            csm(
                "Frida Lindberg",
                1,
                (
                    (
                        "Not before the summer holiday - give me until after July next year, we "
                        "have a big migration until then."
                    ),
                    date(2026, 10, 12),
                ),
            ),
        ],
        **STHLM_HYBRID,
    ),
    C(
        "Norwegian: offshore hitch ending in January vs a rotation that ended in September",
        "sre",
        [
            sre(
                "Håkon Eide",
                1,
                touches=[
                    rang(
                        date(2026, 11, 9),
                        (
                            "Håkon is offshore on Johan Sverdrup on a contract to 15 January. "
                            "Can't interview or start before then, asked us to call after."
                        ),
                    )
                ],
                where="Stavanger, Norway",
            ),
            sre(
                "Kjetil Aas",
                2,
                touches=[
                    rang(
                        date(2026, 11, 9),
                        (
                            "Kjetil's offshore contract finished in September, he's been onshore "
                            "since and is free to start."
                        ),
                    )
                ],
                where="Stavanger, Norway",
            ),
        ],
        **STAVANGER_ONSITE,
    ),
    C(
        "a bonus paid end of Q1 vs a bonus already paid in March",
        "sales",
        [
            ae(
                "Simon Hedlund",
                1,
                ("Won't move before my Q1 bonus pays out end of March 2027.", 30),
            ),
            ae(
                "Axel Brandt",
                2,
                ("Bonus for last year was paid out in March, nothing keeping me now.", 120),
            ),
        ],
        **STHLM_HYBRID,
    ),
    C(
        "Danish: tre måneders opsigelse given last week vs opsigelse given in June",
        "frontend",
        [
            front(
                "Rikke Thomsen",
                1,
                ("Har lige sagt op, tre måneders opsigelse, så tidligst 1. marts.", 8),
                where="Aarhus, Denmark",
            ),
            front(
                "Lærke Bach",
                2,
                (
                    "Har sagt op med tre måneders opsigelse, sidste dag 30. september.",
                    date(2026, 6, 28),
                ),
                where="Aarhus, Denmark",
            ),
        ],
        **AARHUS_ONSITE,
    ),
    C(
        "Latvian: līdz martam vs said 'until March' last year",
        "data_eng",
        [
            data(
                "Ilze Kalniņa",
                1,
                ("Līdz martam nevaru mainīt darbu - projekts jāpabeidz.", 20),
                where="Riga, Latvia",
            ),
            data(
                "Zane Bērziņa",
                2,
                ("Līdz martam nevaru mainīt darbu - projekts jāpabeidz.", date(2025, 12, 1)),
                where="Riga, Latvia",
            ),
        ],
        **RIGA_ONSITE,
    ),
    C(
        "Lithuanian: back from maternity leave in September 2027 vs back this September",
        "backend",
        [
            back(
                "Rūta Kazlauskienė",
                1,
                (
                    (
                        "Grįšiu iš vaiko priežiūros atostogų tik 2027 m. rugsėjį, iki tol "
                        "nesikeisiu darbo."
                    ),
                    25,
                ),
                where="Vilnius, Lithuania",
            ),
            back(
                "Eglė Jankauskaitė",
                2,
                ("Grįžau iš motinystės atostogų rugsėjį, dabar ieškau naujų galimybių.", 60),
                where="Vilnius, Lithuania",
            ),
        ],
        **VILNIUS_HYBRID,
    ),
    C(
        "relative: 'give me six weeks' said last week vs said in the summer",
        "sre",
        [
            sre(
                "Petter Holm",
                1,
                touches=[
                    dm(
                        7,
                        (
                            "Give me six weeks - we are mid-cutover to the new data centre. After"
                            " that, yes."
                        ),
                    )
                ],
            ),
            sre(
                "Linus Ström",
                2,
                touches=[
                    dm(
                        140,
                        (
                            "Give me six weeks - we are mid-cutover to the new data centre. After"
                            " that, yes."
                        ),
                    )
                ],
            ),
        ],
        **STHLM_HYBRID,
    ),
    C(
        "a launch at the end of Q1 2027 vs a wait until after Slush 2025",
        "frontend",
        [
            front(
                "Aino Virtaluoma",
                1,
                (
                    (
                        "not before the end of Q1 2027 - we launch in March and I'm the only "
                        "frontend dev"
                    ),
                    12,
                ),
                where="Helsinki, Finland",
            ),
            front(
                "Emmi Koskinen",
                2,
                ("busy until after Slush in mid-November 2025, then let's talk", date(2025, 10, 6)),
                where="Helsinki, Finland",
            ),
        ],
        **HEL_HYBRID,
    ),
    C(
        "probation ending in February vs probation passed in October",
        "backend",
        [
            back(
                "Jesper Hallberg",
                1,
                (
                    (
                        "Started at Volvo Cars on 1 September, six months provanställning, won't "
                        "jump before it's done."
                    ),
                    80,
                ),
                where="Gothenburg, Sweden",
            ),
            back(
                "Mikael Jonsson",
                2,
                (
                    "Started at Volvo Cars in April; six months' probation, done in October.",
                    date(2026, 4, 6),
                ),
                where="Gothenburg, Sweden",
            ),
        ],
        **GBG_ONSITE,
    ),
    C(
        "'after the collective agreement round in spring' vs a note full of dates and no wait",
        "cs",
        [
            csm(
                "Marianne Solberg",
                1,
                ("Vent til etter lønnsoppgjøret i april - jeg vil se hva vi får først.", 15),
                where="Oslo, Norway",
            ),
            csm(
                "Ingrid Strand",
                2,
                (
                    (
                        "Call on 12 Oct: she joined Equinor 3 Feb 2021, promoted 1 Jan 2024, team"
                        " reorg in May, summer off 1-26 July. Open to talk any time."
                    ),
                    42,
                ),
                where="Oslo, Norway",
            ),
        ],
        **OSLO_HYBRID,
    ),
    C(
        "a rambling note where one line sets a wait vs a rambling note with no wait",
        "data_eng",
        [
            data(
                "Klara Nyberg",
                1,
                touches=[
                    rec(
                        20,
                        (
                            "Long chat w Klara. Loves dbt, hates Informatica, commutes from "
                            "Uppsala on SJ, kids at förskola, had a rough year w reorgs at SEB. "
                            "Bottom line: she's committed to finishing the core banking "
                            "migration, go-live 1 March, and won't leave before that. Nice "
                            "person, v sharp."
                        ),
                    )
                ],
            ),
            data(
                "Moa Sundberg",
                2,
                touches=[
                    rec(
                        20,
                        (
                            "Long chat w Moa. Loves dbt, hates Informatica, commutes from Uppsala"
                            " on SJ, kids at förskola, had a rough year w reorgs at SEB. Bottom "
                            "line: she's ready to go whenever the right thing comes, no notice "
                            "issues (one month). Nice person, v sharp."
                        ),
                    )
                ],
            ),
        ],
        **STHLM_HYBRID,
    ),
    C(
        "a note full of dates that asks for no wait vs a military refresher course till February",
        "sre",
        [
            sre(
                "Aleksi Nieminen",
                1,
                ("kertausharjoitukset till 20 Feb, can't do interviews till after", 10),
                where="Helsinki, Finland",
            ),
            sre(
                "Joonas Lehtonen",
                2,
                (
                    (
                        "Worked at Nokia 2015-2019, Reaktor 2019-2023, Supercell since 4/2023. "
                        "Last review 15.10. Holiday week 52. Fine to talk now."
                    ),
                    10,
                ),
                where="Helsinki, Finland",
            ),
        ],
        **HEL_HYBRID,
    ),
    C(
        "'back in touch after New Year' said in November vs said last November",
        "backend",
        [
            back(
                "Sofie Lund",
                1,
                touches=[
                    mail(
                        date(2026, 11, 6),
                        "Lots going on at home. Let's pick this up after New Year?",
                    )
                ],
                where="Copenhagen, Denmark",
            ),
            back(
                "Nanna Holst",
                2,
                touches=[
                    mail(
                        date(2025, 11, 6),
                        "Lots going on at home. Let's pick this up after New Year?",
                    )
                ],
                where="Copenhagen, Denmark",
            ),
        ],
        **CPH_HYBRID,
    ),
    C(
        "a paternity month in January vs pappaledighet in the spring",
        "manager",
        [
            lead(
                "Anders Wiklund",
                1,
                (
                    (
                        "Going on pappaledighet from 4 January for three months, not looking till"
                        " I'm back in April."
                    ),
                    14,
                ),
            ),
            lead(
                "Björn Lindell",
                2,
                (
                    "Pappaledig mars-maj, back at work since June and open to a lead role.",
                    date(2026, 6, 22),
                ),
            ),
        ],
        **STHLM_HYBRID,
    ),
]

# --- 3. commute, travel, visa, schedule, contract ---------------------------------------------

COMMUTES = [
    C(
        "Öresund bridge: won't cross daily vs happy on the Öresundståg",
        "frontend",
        [
            front(
                "Johanna Persson",
                0,
                (
                    "Won't commute over the bridge to Copenhagen every day again - the "
                    "Öresundståg delays broke me."
                ),
                where="Malmö, Sweden",
            ),
            front(
                "Amanda Nilsson",
                2,
                (
                    "Happy to take the Öresundståg over the bridge, 35 minutes door to desk is "
                    "nothing."
                ),
                where="Malmö, Sweden",
            ),
        ],
        **CPH_ONSITE,
    ),
    C(
        "Öresund bridge refusal, but this role is in Malmö",
        "frontend",
        [
            front(
                "Julia Svensson",
                2,
                "Won't commute over the bridge to Copenhagen, wants something on the Swedish side.",
                where="Lund, Sweden",
            ),
            front("Alma Gustafsson", 1, where="Lund, Sweden"),
        ],
        **MALMO_HYBRID,
    ),
    C(
        "Helsinki-Tallinn ferry every day is too much vs happy to take the ferry",
        "backend",
        [
            back(
                "Priit Mägi",
                0,
                touches=[
                    rang(
                        90,
                        (
                            "Priit did the Tallink ferry to Helsinki daily for a year, says never"
                            " again - 2 hours each way. Tallinn-based roles only."
                        ),
                    )
                ],
                where="Tallinn, Estonia",
            ),
            back(
                "Rasmus Kivi",
                2,
                touches=[
                    rang(
                        90,
                        (
                            "Rasmus is fine with the ferry to Helsinki two days a week, works on "
                            "the Star and likes it."
                        ),
                    )
                ],
                where="Tallinn, Estonia",
            ),
        ],
        **HEL_HYBRID,
    ),
    C(
        "max 45 minutes each way from Märsta vs no limit mentioned",
        "data_eng",
        [
            data(
                "Oskar Lindqvist",
                0,
                (
                    "Lives in Märsta. Max 45 min each way, won't sit on the pendeltåg for 1h+ to "
                    "Södertälje."
                ),
                where="Märsta, Sweden",
            ),
            data(
                "Hugo Åström",
                2,
                "Lives in Märsta too, drives, commute not an issue.",
                where="Märsta, Sweden",
            ),
        ],
        remote_policy="onsite",
        location="Södertälje, Sweden",
        description="Production data platform at a Södertälje truck factory, on site five days.",
    ),
    C(
        "Arlanda Express commute fine vs refuses anything past the airport",
        "sre",
        [
            sre(
                "Noah Sjödin",
                2,
                (
                    "Lives in Uppsala, takes the train through Arlanda to Stockholm C without "
                    "complaint - 40 minutes."
                ),
            ),
            sre(
                "Elias Falk",
                0,
                (
                    "Uppsala-based and done with the train to Stockholm: only Uppsala offices or "
                    "remote."
                ),
            ),
        ],
        **STHLM_ONSITE,
    ),
    C(
        "E18 traffic rules out Oslo office vs the Drammen line is fine",
        "backend",
        [
            back(
                "Magnus Berg",
                0,
                (
                    "Bor i Asker og gidder ikke å sitte i kø på E18 inn til Oslo hver dag. Maks "
                    "én dag i uka på kontoret."
                ),
                where="Asker, Norway",
            ),
            back(
                "Fredrik Hansen",
                2,
                "Asker - tar toget inn, 20 minutter til Nationaltheatret, ingen problem.",
                where="Asker, Norway",
            ),
        ],
        remote_policy="onsite",
        location="Oslo, Norway",
        offers=["On site five days a week in Oslo sentrum"],
    ),
    C(
        "Bergen ferry commute from Askøy ok vs won't commute from Voss",
        "backend",
        [
            back(
                "Trond Vik",
                2,
                (
                    "Commutes from Askøy over the bridge, 25 min - fine for an office in Bergen "
                    "sentrum."
                ),
                where="Askøy, Norway",
            ),
            back(
                "Arne Myklebust",
                0,
                "Lives in Voss. Will not commute 1h15 each way on the Bergensbanen again.",
                where="Voss, Norway",
            ),
        ],
        **BERGEN_ONSITE,
    ),
    C(
        "Aarhus commute from Randers 40 minutes fine vs no more motorway driving",
        "cs",
        [
            csm(
                "Camilla Møller",
                2,
                "Randers to Aarhus on the E45 is 40 min, she's fine with that.",
                where="Randers, Denmark",
            ),
            csm(
                "Louise Pedersen",
                0,
                (
                    "Randers - no more driving the E45 to Aarhus every day after her accident. "
                    "Remote or Randers only."
                ),
                where="Randers, Denmark",
            ),
        ],
        **AARHUS_ONSITE,
    ),
    C(
        "commute limit is about the old Kista office, this one is in Södermalm",
        "backend",
        [
            back(
                "David Lundberg",
                2,
                (
                    "Left Ericsson because Kista was 1h10 each way from Nacka. Anything central "
                    "is fine."
                ),
                where="Nacka, Sweden",
            ),
            back("Erik Söderberg", 1, where="Nacka, Sweden"),
        ],
        **STHLM_HYBRID,
    ),
    C(
        "Tampere-Helsinki train twice a week fine vs refuses the daily train",
        "data_eng",
        [
            data(
                "Tuomas Salo",
                2,
                (
                    "Lives in Tampere. Happy to take the train to Helsinki two days a week, 1h30 "
                    "- works on it."
                ),
                where="Tampere, Finland",
            ),
            data(
                "Ilkka Hämäläinen",
                0,
                "Tampere-based; no commuting to Helsinki at all, tried it, never again.",
                where="Tampere, Finland",
            ),
        ],
        **HEL_HYBRID,
    ),
    C(
        "Riga from Jūrmala: traffic on the bridge is the dealbreaker vs cycles in",
        "backend",
        [
            back(
                "Edgars Kalējs",
                0,
                (
                    "Jūrmala - won't sit in traffic over the Vanšu bridge five days a week. "
                    "Remote 3+ days or no."
                ),
                where="Jūrmala, Latvia",
            ),
            back(
                "Artūrs Zariņš",
                2,
                "Lives in Āgenskalns, 10 minutes by bike to the old town.",
                where="Riga, Latvia",
            ),
        ],
        **RIGA_ONSITE,
    ),
]

TRAVEL = [
    C(
        "no more overnights vs fine with 30% travel in the Nordics",
        "sales",
        [
            ae(
                "Karin Åkesson",
                0,
                "Has two small kids - no more overnight trips, day trips at most.",
            ),
            ae(
                "Maria Håkansson",
                2,
                "Enjoys being on the road - 30% travel around the Nordics is fine.",
            ),
        ],
        description=(
            "Close enterprise deals across Sweden, Norway and Finland; about a third of your time"
            " travelling, regular overnights in Oslo and Helsinki."
        ),
        **STHLM_HYBRID,
    ),
    C(
        "no travel wanted, and this role has none",
        "backend",
        [
            back(
                "Niklas Engberg",
                2,
                "Doesn't want to travel for work any more, had enough of weekly flights to Munich.",
            ),
            back(
                "Tobias Lind",
                1,
                "Loves visiting customers abroad - wants a role with lots of travel.",
            ),
        ],
        description="Build our ordering services. No travel: the whole team sits in Stockholm.",
        **STHLM_HYBRID,
    ),
    C(
        "won't cover the Baltics as a territory vs wants the Baltics",
        "sales",
        [
            ae(
                "Liene Krūmiņa",
                2,
                (
                    "Wants a Baltics territory - speaks Latvian, Lithuanian and Russian, happy "
                    "driving Riga-Vilnius-Tallinn."
                ),
                where="Riga, Latvia",
            ),
            ae(
                "Inga Vītola",
                0,
                "Won't take a territory role with driving between the Baltic capitals again.",
                where="Riga, Latvia",
            ),
        ],
        title="Account Executive, Baltics",
        description=(
            "Own the Estonia, Latvia and Lithuania territory; two to three days a week on the "
            "road by car."
        ),
        **RIGA_ONSITE,
    ),
    C(
        "no driving licence vs has a licence and a car, field role",
        "cs",
        [
            csm(
                "Sara Öberg",
                0,
                "Has no driving licence and doesn't plan to get one.",
                where="Gothenburg, Sweden",
            ),
            csm(
                "Tove Björk",
                2,
                "Has her own car, happy to drive to customers in Västra Götaland.",
                where="Gothenburg, Sweden",
            ),
        ],
        description=(
            "Visit our manufacturing customers across Västra Götaland by car, company car provided."
        ),
        **GBG_ONSITE,
    ),
    C(
        "max one trip a month vs travel up to half the time",
        "sre",
        [
            sre(
                "Jonatan Bergqvist",
                2,
                "Fine with a trip a month to the Berlin office, no more than that.",
            ),
            sre("Ludvig Hellström", 0, "Max one trip a quarter, and never more than a night away."),
        ],
        description=(
            "Platform team split between Stockholm and Berlin: expect roughly 50% of weeks in "
            "Berlin."
        ),
        **STHLM_HYBRID,
    ),
    C(
        "US trips twice a year fine vs no trips to the US",
        "backend",
        [
            back(
                "Mathias Poulsen",
                2,
                "Happy to fly to Boston twice a year for offsites.",
                where="Aarhus, Denmark",
            ),
            back(
                "Kasper Nørgaard",
                0,
                "Won't travel to the US at all, personal reasons.",
                where="Aarhus, Denmark",
            ),
        ],
        description=(
            "Remote for a Boston company: two one-week trips to Boston a year are mandatory."
        ),
        **US_REMOTE,
    ),
    C(
        "offshore visits: won't go offshore vs has BOSIET and wants it",
        "data_eng",
        [
            data(
                "Sigrid Nilsen",
                0,
                "Will not go offshore - no helicopter rides, ever.",
                where="Stavanger, Norway",
            ),
            data(
                "Kristine Larsen",
                2,
                "Has BOSIET and HUET, likes the occasional trip out to the platforms.",
                where="Stavanger, Norway",
            ),
        ],
        description=(
            "Data engineering for offshore operations, with a platform visit every other month."
        ),
        **STAVANGER_ONSITE,
    ),
    C(
        (
            "no travel asked, but her objection was to a past employer's weekly flights, this "
            "role is local"
        ),
        "cs",
        [
            csm(
                "Heidi Jokinen",
                2,
                (
                    "Quit because the old job had her flying Helsinki-Oulu every week; fine with "
                    "local customer visits."
                ),
                where="Helsinki, Finland",
            ),
            csm("Minna Laine", 1, where="Helsinki, Finland"),
        ],
        description=(
            "Customer success for Helsinki-region accounts; occasional visits across town, no "
            "flights."
        ),
        **HEL_HYBRID,
    ),
    C(
        "lots of travel wanted vs travel is out",
        "sales",
        [
            ae(
                "Jakob Frisk",
                2,
                touches=[
                    dm(
                        60,
                        (
                            "I'd love a role where I'm on planes - DACH trips every week would "
                            "suit me fine."
                        ),
                    )
                ],
            ),
            ae(
                "Oliver Hedin",
                0,
                touches=[
                    dm(
                        60,
                        (
                            "I'm staying put - no roles with trips abroad, my partner travels "
                            "enough for both of us."
                        ),
                    )
                ],
            ),
        ],
        description=(
            "Sell into DACH from Stockholm: weekly trips to Germany, Austria and Switzerland."
        ),
        **STHLM_HYBRID,
    ),
]

VISA = [
    C(
        "needs a work permit vs EU citizen, no sponsorship offered",
        "backend",
        [
            back(
                "Arjun Mehtavala",
                0,
                (
                    "Indian citizen in Stockholm on a work permit tied to his employer - would "
                    "need a new arbetstillstånd sponsored."
                ),
            ),
            back("Luca Moretti", 2, "Italian citizen, EU right to work, lives in Stockholm."),
        ],
        description="We can't sponsor work permits for this role; EU/EEA right to work required.",
        **STHLM_HYBRID,
    ),
    C(
        "needs sponsorship, and this role sponsors",
        "data_eng",
        [
            data(
                "Ahmed Rahman",
                2,
                (
                    "Needs visa sponsorship to move to Denmark - wants an employer who'll do the "
                    "Pay Limit Scheme."
                ),
                where="Dhaka, Bangladesh",
            ),
            data(
                "Farhan Chowdhury",
                1,
                "Wants to stay in Dhaka, not moving.",
                where="Dhaka, Bangladesh",
            ),
        ],
        offers=["Relocation package and work permit sponsorship (Pay Limit Scheme)"],
        remote_policy="hybrid",
        location="Copenhagen, Denmark",
    ),
    C(
        "permanent residence, no sponsorship needed vs permit expiring",
        "sre",
        [
            sre(
                "Chen Wei",
                2,
                "Has permanent residence in Norway since 2024, no visa needed.",
                where="Oslo, Norway",
            ),
            sre(
                "Li Na",
                0,
                (
                    "Skilled worker permit runs out in February and she needs a new employer to "
                    "sponsor the renewal."
                ),
                where="Oslo, Norway",
            ),
        ],
        description="No visa sponsorship available.",
        **OSLO_HYBRID,
    ),
    C(
        "security clearance: won't go through säkerhetsprövning vs already cleared",
        "backend",
        [
            back(
                "Karl Wester",
                0,
                (
                    "Not willing to go through a säkerhetsprövning / security vetting for any "
                    "employer."
                ),
            ),
            back(
                "Per Lindmark",
                2,
                "Cleared at säkerhetsklass 2 at his last job, no problem with vetting again.",
            ),
        ],
        description=(
            "Backend for a Swedish defence-logistics supplier; security vetting "
            "(säkerhetsprövning) required."
        ),
        **STHLM_ONSITE,
    ),
    C(
        "US remote needs no US visa; a note about a spouse's visa is not hers",
        "backend",
        [
            back(
                "Gintarė Vaitkutė",
                2,
                (
                    "Her husband is waiting on a US H-1B; she stays in Vilnius with her "
                    "Lithuanian passport."
                ),
                where="Vilnius, Lithuania",
            ),
            back("Rasa Paulauskaitė", 1, where="Vilnius, Lithuania"),
        ],
        **US_REMOTE,
    ),
    C(
        "Ukrainian with temporary protection vs needs a new permit",
        "frontend",
        [
            front(
                "Oksana Shevchenko",
                2,
                (
                    "Under temporary protection in Estonia, allowed to work for any employer, no "
                    "sponsorship needed."
                ),
                where="Tallinn, Estonia",
            ),
            front(
                "Dmytro Kovalenko",
                0,
                "Has a Russian residence permit only, would need an Estonian work visa sponsored.",
                where="Saint Petersburg, Russia",
            ),
        ],
        description="No visa sponsorship.",
        **TALLINN_HYBRID,
    ),
    C(
        (
            "a blue card holder in Germany remote for the Berlin company vs needs a Swedish "
            "permit to move"
        ),
        "data_eng",
        [
            data(
                "Mehmet Yilmazoğlu",
                2,
                "Living in Berlin on an EU Blue Card, happy to stay remote.",
                where="Berlin, Germany",
            ),
            data(
                "Fatih Demir",
                1,
                "Wants to relocate to Stockholm and would need a Swedish work permit.",
                where="Berlin, Germany",
            ),
        ],
        **DE_REMOTE,
    ),
    C(
        "Finnish residence permit waiting for a decision vs has citizenship",
        "backend",
        [
            back(
                "Rahul Nair",
                1,
                (
                    (
                        "My residence permit extension is with Migri, decision expected in "
                        "February - can't change employer before that."
                    ),
                    20,
                ),
                where="Helsinki, Finland",
            ),
            back("Mikko Järvinen", 2, "Finnish citizen.", where="Helsinki, Finland"),
        ],
        **HEL_HYBRID,
    ),
    C(
        "can't work for a US company under export rules vs fine",
        "sre",
        [
            sre(
                "Pavel Ivanov",
                0,
                "Russian citizen in Riga - US employers' export controls have blocked him twice.",
                where="Riga, Latvia",
            ),
            sre(
                "Jānis Bērziņš",
                2,
                "Latvian citizen, has worked for US companies remotely before.",
                where="Riga, Latvia",
            ),
        ],
        description="Remote for a US company; ITAR/EAR export rules apply to all engineers.",
        **US_REMOTE,
    ),
    C(
        "needs sponsorship in Norway vs sponsorship offered there",
        "backend",
        [
            back(
                "Diego Ramírez",
                2,
                (
                    "Chilean, needs a skilled-worker permit to come to Norway - this is what he's"
                    " been waiting for."
                ),
                where="Santiago, Chile",
            ),
            back(
                "Santiago Vega", 1, "Wants remote work only from Santiago.", where="Santiago, Chile"
            ),
        ],
        offers=["We sponsor skilled-worker residence permits and relocate you to Bergen"],
        **BERGEN_ONSITE,
    ),
]

SCHEDULE = [
    C(
        "no on-call vs fine with on-call, role has on-call",
        "sre",
        [
            sre("Anton Viklund", 0, "Ingen beredskap - done with on-call after five years of it."),
            sre("Albin Nordin", 2, "On-call is fine if it's paid per the collective agreement."),
        ],
        description=(
            "Keep the platform up; one week in six on call, paid under the collective agreement."
        ),
        **STHLM_HYBRID,
    ),
    C(
        "no shift work vs fine with shifts at the plant",
        "data_eng",
        [
            data(
                "Lars Wennberg",
                0,
                "No shift work - tried 2-skift at Scania, never again.",
                where="Gothenburg, Sweden",
            ),
            data(
                "Jan Ekström",
                2,
                "Doesn't mind shifts, did 3-skift at SKF.",
                where="Gothenburg, Sweden",
            ),
        ],
        description=(
            "Data for a Gothenburg bearing factory; two-shift rota, alternate weeks early and late."
        ),
        **GBG_ONSITE,
    ),
]


CONTRACT = [
    C(
        "wants 80% (fyra dagar) vs wants full-time; role is 80% ok",
        "data_eng",
        [
            data("Ebba Lindgrenholm", 2, "Vill jobba 80 %, fyra dagar i veckan."),
            data("Tilda Ahlberg", 1),
        ],
        offers=["80% or full-time, your choice", "37.5-hour full-time week"],
        remote_policy="hybrid",
        location="Stockholm, Sweden",
    ),
    C(
        "permanent only vs open to a fixed-term contract; role is a 12-month contract",
        "backend",
        [
            back("Isak Holmberg", 0, "Only fast anställning - no more visstid or consulting gigs."),
            back("Adam Sundqvist", 2, "Happy with a 12-month contract, likes variety."),
        ],
        title="Backend Engineer (12-month fixed-term contract)",
        **STHLM_HYBRID,
    ),
    C(
        "freelancer wants B2B day rate vs wants employment; role is employed",
        "frontend",
        [
            front(
                "Kārlis Ozoliņš",
                0,
                "Only works B2B on a day rate through his SIA, won't take employment.",
                where="Riga, Latvia",
            ),
            front(
                "Roberts Vanags",
                2,
                "Wants a permanent employment contract with benefits.",
                where="Riga, Latvia",
            ),
        ],
        description="Permanent employment, no contractors.",
        **RIGA_ONSITE,
    ),
]

# --- 4. pay against the band -----------------------------------------------------------------

BAND_STHLM = dict(salary_min=720_000, salary_max=840_000, currency="SEK")
BAND_OSLO = dict(salary_min=850_000, salary_max=1_000_000, currency="NOK")
BAND_CPH = dict(salary_min=660_000, salary_max=780_000, currency="DKK")
BAND_EUR = dict(salary_min=60_000, salary_max=72_000, currency="EUR")

PAY = [
    C(
        "monthly SEK floor inside the annual band vs above it",
        "backend",
        [
            back("Viktor Hammar", 2, "Vill ha minst 62 000 kr i månaden."),
            back("Max Carlsson", 0, "Won't move for less than 85k SEK a month."),
        ],
        **BAND_STHLM,
        **STHLM_HYBRID,
    ),
    C(
        "NOK: current pay above band but ask inside vs ask above",
        "sre",
        [
            sre(
                "Espen Dahl",
                2,
                "Earns 1.05M NOK now but would take 950k for a shorter commute.",
                where="Oslo, Norway",
            ),
            sre(
                "Geir Olsen",
                0,
                "Needs at least 1.2 million kroner a year, no less.",
                where="Oslo, Norway",
            ),
        ],
        **BAND_OSLO,
        **OSLO_HYBRID,
    ),
    C(
        "DKK monthly: 55.000 kr om måneden vs 75.000",
        "frontend",
        [
            front(
                "Christian Madsen",
                2,
                "Forventer 55.000 kr om måneden plus pension.",
                where="Copenhagen, Denmark",
            ),
            front(
                "Martin Andersen",
                0,
                "Mindst 75.000 kr om måneden, ellers er det ikke interessant.",
                where="Copenhagen, Denmark",
            ),
        ],
        **BAND_CPH,
        **CPH_HYBRID,
    ),
    C(
        "EUR monthly gross in Tallinn vs annual ask far above",
        "data_eng",
        [
            data("Andres Sepp", 2, "Wants 5,500 EUR gross a month.", where="Tallinn, Estonia"),
            data("Siim Rebane", 0, "Wants 110k EUR a year minimum.", where="Tallinn, Estonia"),
        ],
        **BAND_EUR,
        **TALLINN_HYBRID,
    ),
    C(
        "hourly rate ask as a contractor vs salaried ask inside the band",
        "backend",
        [
            back("Tobias Kron", 0, "Only works at 1,300 SEK an hour invoiced through his AB."),
            back("Patrik Ahl", 2, "Salary expectation around 65k a month, flexible."),
        ],
        **BAND_STHLM,
        **STHLM_HYBRID,
    ),
    C(
        "declined over pay before; the new band is higher",
        "sales",
        [
            ae(
                "Emma Lönn",
                2,
                apps=[
                    declined(
                        260, "compensation", "Asked 70k/month base; our AE band topped out at 58k."
                    )
                ],
            ),
            ae("Lina Roos", 1),
        ],
        salary_min=800_000,
        salary_max=900_000,
        currency="SEK",
        **STHLM_HYBRID,
    ),
    C(
        "day rate in EUR for a German client vs employment ask in range",
        "sre",
        [
            sre(
                "Dainius Kairys",
                0,
                "Contractor at 750 EUR/day only, B2B via his MB.",
                where="Vilnius, Lithuania",
            ),
            sre(
                "Paulius Stankus",
                2,
                "Wants about 5,500 EUR a month gross as an employee.",
                where="Vilnius, Lithuania",
            ),
        ],
        **BAND_EUR,
        **DE_REMOTE,
    ),
]

# --- 5. work mode in title, description, hybrid days; negation -------------------------------

MODE = [
    C(
        "remote only in the title",
        "backend",
        [
            back(
                "Lukas Borg",
                2,
                "Only looking at fully remote roles, lives up in Östersund.",
                where="Östersund, Sweden",
            ),
            back(
                "Albert Stenberg",
                0,
                "Wants to be in an office every day, hates working from home.",
                where="Östersund, Sweden",
            ),
        ],
        title="Senior Backend Engineer (100% remote, Sweden)",
        location="Sweden",
    ),
    C(
        "remote only in the description",
        "data_eng",
        [
            data(
                "Vera Axelsson",
                2,
                "Remote or nothing since moving to Kiruna.",
                where="Kiruna, Sweden",
            ),
            data("Greta Holmqvarn", 0, "Wants an office team, five days in."),
        ],
        location="Sweden",
        description=(
            "The whole data team works from home anywhere in Sweden; we meet in person twice a "
            "year."
        ),
    ),
    C(
        "hybrid: max two days in, role has two",
        "frontend",
        [
            front("Nils Eklund", 2, "Two days a week in the office is my limit."),
            front("Ola Grönlund", 0, "Fully remote or no deal."),
        ],
        **STHLM_HYBRID,
    ),
    C(
        "hybrid: max one day in, role wants three",
        "frontend",
        [
            front("Saga Norberg", 0, "Max one day a week on site.", where="Malmö, Sweden"),
            front(
                "Wilma Blom", 2, "Three days in the office suits me fine.", where="Malmö, Sweden"
            ),
        ],
        **MALMO_HYBRID,
    ),
    C(
        "'never again fully remote' vs 'never again an office'",
        "data_eng",
        [
            data(
                "Astrid Sund",
                2,
                "Never again fully remote - I was so lonely in 2021.",
                where="Oslo, Norway",
            ),
            data(
                "Thea Moen",
                0,
                "Never again an office, I'm done with open plan.",
                where="Oslo, Norway",
            ),
        ],
        remote_policy="onsite",
        location="Oslo, Norway",
    ),
    C(
        "Finnish: etätyö vain vs toimisto ok",
        "sre",
        [
            sre(
                "Sami Koivisto",
                2,
                "Vain etätyö kiinnostaa, asun Kuopiossa.",
                where="Kuopio, Finland",
            ),
            sre("Teemu Mäkelä", 0, "Haluan olla toimistolla joka päivä.", where="Kuopio, Finland"),
        ],
        **NORDIC_REMOTE,
    ),
    C(
        "hybrid office requirement refused earlier; role remote now",
        "backend",
        [
            back(
                "Daniel Wiberg",
                2,
                apps=[
                    declined(
                        200, "remote_policy", "Wouldn't do 5 days at Hötorget.", past=PAST_STHLM_5D
                    )
                ],
            ),
            back("Robin Ståhl", 1),
        ],
        **NORDIC_REMOTE,
    ),
]


NEGATIONS = [
    C(
        "'travel not a problem' negation vs 'travel is a problem'",
        "manager",
        [
            lead(
                "Ulrika Sandberg", 2, "Travel not a problem at all, as long as it's planned ahead."
            ),
            lead(
                "Helena Åhlund", 0, "Travel is a problem - single parent, can't be away overnight."
            ),
        ],
        description="Lead teams in Stockholm and Tallinn; one overnight trip to Tallinn a month.",
        **STHLM_HYBRID,
    ),
    C(
        "pay is not the issue, it's the office days (negation of pay)",
        "backend",
        [
            back(
                "Joel Ek",
                2,
                "Money isn't the problem - it's five office days he can't do.",
                where="Uppsala, Sweden",
            ),
            back(
                "Hampus Lilja",
                0,
                "It's the money, nothing else: needs 90k/month.",
                where="Uppsala, Sweden",
            ),
        ],
        **BAND_STHLM,
        **NORDIC_REMOTE,
    ),
    C(
        "'not remote-only' means office is fine",
        "backend",
        [
            back(
                "Pontus Lidén",
                2,
                "I'm not remote-only, happy to come in every day if the team's there.",
            ),
            back("Rickard Östlund", 0, "I'm remote-only now, no office days."),
        ],
        **STHLM_ONSITE,
    ),
]

# --- 6. location, managing, stage, industry, technology --------------------------------------

LOCATIONS = [
    C(
        "moving to Gothenburg with family vs staying in Umeå",
        "backend",
        [
            back(
                "Elin Hägg",
                2,
                "Family moving to Gothenburg, wants a job there.",
                where="Umeå, Sweden",
            ),
            back(
                "Stina Lundin", 0, "Won't leave Umeå, house and family here.", where="Umeå, Sweden"
            ),
        ],
        **GBG_ONSITE,
    ),
    C(
        "relocating to Tampere anyway vs rooted in Oulu; on-site Tampere role",
        "frontend",
        [
            front(
                "Veikko Pirttikoski",
                2,
                touches=[
                    mail(
                        40,
                        (
                            "Hei! Small update from my side: my wife took a research post at "
                            "Tampere University, so we're packing up and moving south from Oulu "
                            "for good. I'm looking for something in Tampere now and sitting in "
                            "the office every day is no problem. Br, Veikko"
                        ),
                    )
                ],
                where="Oulu, Finland",
            ),
            front("Saimi Vähämaa", 1, where="Oulu, Finland"),
            front(
                "Topi Kellokumpu",
                0,
                touches=[
                    rang(
                        55,
                        (
                            "Rang re Tampere openings. Topi v clear: stays in Oulu - kids in "
                            "school, parents close by, no relocating and no weekly commuting "
                            "down south. Oulu office or remote only."
                        ),
                    )
                ],
                where="Oulu, Finland",
            ),
        ],
        description="Own the customer web app; the whole team sits together in Tampere.",
        **TAMPERE_ONSITE,
    ),
]


LEVEL = [
    C(
        "wants to manage vs wants hands-on, lead role",
        "manager",
        [
            lead("Karolina Berg", 2, "Ready to take on people management - has been acting lead."),
            lead(
                "Gunnar Thorsen", 0, "Wants to go back to hands-on coding, no more direct reports."
            ),
        ],
        **STHLM_HYBRID,
    ),
    C(
        "no people management vs wants to lead, IC role",
        "backend",
        [
            back("Mats Hedberg", 2, "Stay IC, no direct reports - I want to code."),
            back("Lars Stenqvist", 0, "Only interested in team lead roles now."),
        ],
        description="Individual contributor role, no direct reports.",
        **STHLM_HYBRID,
    ),
    C(
        "wants a Staff title vs no title wish; staff role",
        "backend",
        [
            back(
                "Ville Aaltonen",
                2,
                "Wants the Staff Engineer title, been doing the work for two years.",
                where="Helsinki, Finland",
            ),
            back("Eero Niemi", 1, where="Helsinki, Finland"),
        ],
        title="Staff Backend Engineer",
        seniority="staff",
        **HEL_HYBRID,
    ),
]


STAGE_SIZE = [
    C(
        "start-up seeker vs wants a big stable employer; 12-person start-up",
        "data_eng",
        [
            data(
                "Ines Jakobsen",
                2,
                "Wants an early start-up, seed or Series A.",
                where="Copenhagen, Denmark",
            ),
            data(
                "Maja Kristensen",
                0,
                "After two bankruptcies only big, stable employers - Novo, Maersk, that kind.",
                where="Copenhagen, Denmark",
            ),
        ],
        description="Seed-stage climate start-up, 12 people.",
        **CPH_HYBRID,
    ),
    C(
        "wants an established listed employer vs small teams only; large listed group",
        "sre",
        [
            sre(
                "Hilding Skoghäll",
                2,
                touches=[
                    rec(
                        70,
                        (
                            "from slack: hilding says he's done w startups, 3rd one folded in "
                            "june. wants a big established co w proper processes, pension and "
                            "a platform team that isn't 2 ppl. listed company = ideal"
                        ),
                    )
                ],
                where="Gothenburg, Sweden",
            ),
            sre("Majvor Grinndal", 1, where="Gothenburg, Sweden"),
            sre(
                "Algot Brobäck",
                0,
                touches=[
                    dm(
                        35,
                        (
                            "Thanks for thinking of me! I only join small companies though, "
                            "under 50 people, where I can own things end to end. Big corporates "
                            "with layers of sign-off and a quarterly report to please aren't "
                            "for me."
                        ),
                    )
                ],
                where="Gothenburg, Sweden",
            ),
        ],
        description=(
            "Platform team at a Nasdaq Stockholm-listed automotive supplier: 11,000 employees in "
            "20 countries, founded in Gothenburg in 1946."
        ),
        **GBG_ONSITE,
    ),
]


MISSION = [
    C(
        "refuses gambling vs no view; role is at a betting company",
        "backend",
        [
            back(
                "Filippa Rydén",
                0,
                "Won't work in gambling or betting, full stop.",
            ),
            back("Agnes Malm", 2, "Open to any industry."),
        ],
        description="Build the sportsbook platform for a Stockholm betting operator.",
        **STHLM_HYBRID,
    ),
    C(
        "refuses gambling, but this is a sports data company for media",
        "backend",
        [
            back("Kevin Lundqvist", 2, "No gambling companies - but sports is his thing."),
            back("Samuel Franzén", 1),
        ],
        description="Sports statistics API for newspapers and broadcasters; no betting customers.",
        **STHLM_HYBRID,
    ),
    C(
        "refuses oil and gas vs wants energy transition; offshore wind",
        "data_eng",
        [
            data(
                "Marit Bø",
                2,
                "Wants to work in renewables - offshore wind ideally.",
                where="Stavanger, Norway",
            ),
            data(
                "Solveig Aune",
                0,
                "Wants oil and gas, loves upstream, no interest in wind.",
                where="Stavanger, Norway",
            ),
        ],
        description="Data platform for an offshore wind developer in Stavanger.",
        **STAVANGER_ONSITE,
    ),
    C(
        "refuses defence vs fine with defence; defence role",
        "sre",
        [
            sre("Marcus Eriksson", 0, "No defence or weapons companies - conscience."),
            sre(
                "Gabriel Olofsson", 2, "Fine with defence, did his värnplikt and respects the work."
            ),
        ],
        description="Platform engineering for a Swedish defence company (Saab supplier).",
        **STHLM_ONSITE,
    ),
    C(
        "mission: wants shipping decarbonisation, role is green shipping",
        "backend",
        [
            back(
                "Øyvind Strand",
                2,
                "Wants to work on decarbonising shipping.",
                where="Bergen, Norway",
            ),
            back("Bjarne Rød", 1, where="Bergen, Norway"),
        ],
        description="Voyage optimisation software that cuts fuel use for a Bergen shipping line.",
        **BERGEN_ONSITE,
    ),
]


TECH = [
    C(
        "wants Go, refuses Java; role is Go",
        "sre",
        [
            sre("Jimmy Sjöstedt", 2, "Wants to write Go every day."),
            sre("Dennis Rask", 0, "Wants a Java shop - doesn't like Go."),
        ],
        description="Our tooling is all Go.",
        **STHLM_HYBRID,
    ),
    C(
        "refuses Azure, wants GCP; role is on Azure",
        "data_eng",
        [
            data(
                "Alexander Borg",
                0,
                "Never Azure again, GCP or AWS only.",
                where="Helsinki, Finland",
            ),
            data(
                "Otto Lindroos",
                2,
                "Cloud doesn't matter, been on Azure and GCP.",
                where="Helsinki, Finland",
            ),
        ],
        description="Data platform on Azure with Databricks.",
        **HEL_HYBRID,
    ),
]

# --- 7. last time's reason, history, the latest process ---------------------------------------

PAST_OSLO_5D = dict(
    remote_policy="onsite", location="Oslo, Norway", salary_max=900_000, currency="NOK"
)
PAST_CPH = dict(
    remote_policy="onsite", location="Copenhagen, Denmark", salary_max=650_000, currency="DKK"
)

LAST_TIME = [
    C(
        "declined five office days; this role is remote",
        "backend",
        [
            back(
                "Sebastian Krog",
                2,
                apps=[
                    declined(
                        220,
                        "remote_policy",
                        "Kunde inte tänka sig 5 dagar på kontoret.",
                        past=PAST_STHLM_5D,
                    )
                ],
            ),
            back("Leo Åslund", 1),
        ],
        **NORDIC_REMOTE,
    ),
    C(
        "declined five office days; this role is five days again",
        "backend",
        [
            back(
                "Melker Strid",
                0,
                apps=[
                    declined(
                        220,
                        "remote_policy",
                        "Wouldn't do five days in the office.",
                        past=PAST_STHLM_5D,
                    )
                ],
            ),
            back("Theo Berggren", 2),
        ],
        **STHLM_ONSITE,
    ),
    C(
        "declined over pay in NOK; band now higher",
        "sre",
        [
            sre(
                "Vegard Hove",
                2,
                apps=[
                    declined(
                        300,
                        "compensation",
                        "Wanted 1M, we capped at 900k.",
                        past=PAST_OSLO_5D,
                        role="SRE",
                    )
                ],
                where="Oslo, Norway",
            ),
            sre("Stian Moe", 1, where="Oslo, Norway"),
        ],
        salary_min=950_000,
        salary_max=1_100_000,
        currency="NOK",
        **OSLO_HYBRID,
    ),
    C(
        "declined over pay in DKK; band no higher",
        "frontend",
        [
            front(
                "Frederik Vestergaard",
                0,
                apps=[
                    declined(
                        180,
                        "compensation",
                        "Ville have 62.000/md, vi kunne max 54.000.",
                        past=PAST_CPH,
                        role="Frontend Engineer",
                    )
                ],
                where="Copenhagen, Denmark",
            ),
            front("Oliver Dam", 2, where="Copenhagen, Denmark"),
        ],
        salary_min=560_000,
        salary_max=650_000,
        currency="DKK",
        **CPH_ONSITE,
    ),
    C(
        "withdrew over the bridge commute; this role is in Malmö",
        "data_eng",
        [
            data(
                "Linnea Ljung",
                2,
                apps=[
                    withdrew(
                        200,
                        "location",
                        "Couldn't face the Öresund bridge daily to Copenhagen.",
                        past=dict(remote_policy="onsite", location="Copenhagen, Denmark"),
                        role="Data Engineer",
                    )
                ],
                where="Malmö, Sweden",
            ),
            data("Ella Fransson", 1, where="Malmö, Sweden"),
        ],
        remote_policy="onsite",
        location="Malmö, Sweden",
    ),
    C(
        "withdrew over the bridge commute; this role is in Copenhagen again",
        "data_eng",
        [
            data(
                "Tyra Wahlström",
                0,
                apps=[
                    withdrew(
                        200,
                        "location",
                        "Couldn't face the Öresund bridge daily to Copenhagen.",
                        past=dict(remote_policy="onsite", location="Copenhagen, Denmark"),
                        role="Data Engineer",
                    )
                ],
                where="Malmö, Sweden",
            ),
            data("Nora Ekman", 2, where="Malmö, Sweden"),
        ],
        **CPH_ONSITE,
    ),
    C(
        "no sponsorship last time; this role sponsors",
        "backend",
        [
            back(
                "Kwame Mensah-Adjabeng",
                2,
                apps=[
                    app(
                        250,
                        "final",
                        "rejected",
                        "other",
                        "Strong, but we couldn't sponsor his work permit.",
                    )
                ],
                where="Accra, Ghana",
            ),
            back("Yaw Boateng-Nyarko", 1, where="Accra, Ghana"),
        ],
        offers=["Work permit sponsorship and relocation to Stockholm"],
        remote_policy="hybrid",
        location="Stockholm, Sweden",
    ),
    C(
        "no sponsorship last time; still no sponsorship",
        "backend",
        [
            back(
                "Kofi Asante-Ofosuhene",
                0,
                apps=[
                    app(
                        250,
                        "final",
                        "rejected",
                        "other",
                        "Strong, but we couldn't sponsor his work permit.",
                    )
                ],
                where="Accra, Ghana",
            ),
            back("Nils Öhman", 2),
        ],
        description="EU right to work required; no sponsorship.",
        **STHLM_HYBRID,
    ),
    C(
        "took a counteroffer over a promised promotion that never came vs took one and is happy",
        "sales",
        [
            ae(
                "Camilla Rosén",
                2,
                "The promotion they promised with the counteroffer never came - she's ready now.",
                apps=[
                    declined(
                        330,
                        "counteroffer",
                        "Accepted counteroffer from Visma.",
                        role="Account Executive",
                    )
                ],
            ),
            ae(
                "Josefin Bäck",
                0,
                "Very happy since accepting the counteroffer, new team lead role.",
                apps=[
                    declined(
                        330,
                        "counteroffer",
                        "Accepted counteroffer from Visma.",
                        role="Account Executive",
                    )
                ],
            ),
        ],
        **STHLM_HYBRID,
    ),
]

HISTORY = [
    C(
        "rejected for no people management; has led a team since",
        "manager",
        [
            lead(
                "Sofia Lindblad",
                2,
                "Has led a team of six at Spotify since March.",
                apps=[
                    app(
                        400,
                        "final",
                        "rejected",
                        "experience_level",
                        "No direct line management yet.",
                        role="Engineering Manager",
                    )
                ],
            ),
            lead("Cecilia Aronsson", 1),
        ],
        **STHLM_HYBRID,
    ),
    C(
        "rejected for weak Kubernetes recently vs long ago and since certified",
        "sre",
        [
            sre(
                "Roger Fält",
                0,
                apps=[
                    app(
                        45,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Weak on Kubernetes networking.",
                        role="SRE",
                    )
                ],
            ),
            sre(
                "Simon Lindé",
                2,
                "Passed CKA in May.",
                apps=[
                    app(
                        500,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Weak on Kubernetes networking.",
                        role="SRE",
                    )
                ],
            ),
        ],
        **STHLM_HYBRID,
    ),
    C(
        "no-show twice vs final round last year",
        "backend",
        [
            back(
                "Eino Peltonen",
                0,
                apps=[app(150, "interview", "rejected", "no_show", "No-show x2, no message.")],
                where="Helsinki, Finland",
            ),
            back("Lauri Hakala", 2, apps=[lost_final(150)], where="Helsinki, Finland"),
        ],
        **HEL_HYBRID,
    ),
]


PROCESS = [
    C(
        "silver medalist vs CV never reviewed",
        "cs",
        [
            csm(
                "Jenny Lund",
                2,
                apps=[
                    lost_final(
                        280,
                        "Lost to an internal candidate at the final.",
                        role="Customer Success Manager",
                    )
                ],
            ),
            csm(
                "Malin Borg",
                1,
                apps=[
                    app(
                        280,
                        "applied",
                        "rejected",
                        "other",
                        "Not screened in time.",
                        role="Customer Success Manager",
                    )
                ],
            ),
        ],
        **STHLM_HYBRID,
    ),
    C(
        "hired by us eight weeks ago vs silver medalist",
        "data_eng",
        [
            data(
                "Oskar Wahl",
                0,
                apps=[
                    app(
                        56,
                        "offer",
                        "hired",
                        None,
                        "Started 1 Oct in the Data team.",
                        role="Data Engineer",
                    )
                ],
            ),
            data("Erik Rydberg", 2, apps=[lost_final(200, role="Data Engineer")]),
        ],
        **STHLM_HYBRID,
    ),
]

# --- 8. the latest word over several notes ---------------------------------------------------

LATEST = [
    C(
        "remote-only then happy with hybrid (latest) vs hybrid then remote-only (latest)",
        "backend",
        [
            back(
                "Gustaf Lundell",
                2,
                ("Remote only - noted.", 300),
                ("Changed his mind: two office days are fine now, kids are at school.", 30),
            ),
            back(
                "Ture Högberg",
                0,
                ("Two office days fine.", 300),
                ("Now remote only, moved to Dalarna.", 30),
            ),
        ],
        **STHLM_HYBRID,
    ),
    C(
        "stop taken back vs keep me posted hardened into a stop",
        "data_eng",
        [
            data(
                "Anna Kvist",
                2,
                touches=[
                    mail(300, "Please stop contacting me. Anna"),
                    mail(
                        60,
                        (
                            "Sorry for my grumpy email last year - I'm looking now, please do get"
                            " in touch."
                        ),
                    ),
                ],
            ),
            data(
                "Lisa Vall",
                0,
                touches=[
                    mail(300, "Keep me posted! Lisa"),
                    mail(
                        60, "Please remove me from your lists, I no longer want to hear from you."
                    ),
                ],
                excluded=True,
            ),
        ],
        **STHLM_HYBRID,
    ),
    C(
        "would not relocate then relocating (latest) vs the reverse",
        "sre",
        [
            sre(
                "Jon Eliassen",
                2,
                ("Won't move from Tromsø.", 400),
                ("Moving to Oslo in the spring, partner got a job there - wants Oslo roles.", 40),
                where="Tromsø, Norway",
            ),
            sre(
                "Bård Isaksen",
                0,
                ("Would move to Oslo.", 400),
                ("Not moving after all, staying in Tromsø for good.", 40),
                where="Tromsø, Norway",
            ),
        ],
        **OSLO_HYBRID,
    ),
    C(
        "pay ask lowered (latest) vs raised",
        "backend",
        [
            back(
                "Elliot Malmberg",
                2,
                ("Wants 90k/month.", 250),
                ("Dropped his ask to 65k a month, values the product more.", 35),
            ),
            back(
                "Ivar Dalin",
                0,
                ("Wants 65k/month.", 250),
                ("Now wants 90k a month after a counter bid.", 35),
            ),
        ],
        **BAND_STHLM,
        **STHLM_HYBRID,
    ),
    C(
        "travel: no then yes (latest) vs yes then no",
        "sales",
        [
            ae(
                "Oda Fjeld",
                2,
                ("No travel, baby at home.", 380),
                ("Kids older now, overnights are fine again.", 25),
                where="Oslo, Norway",
            ),
            ae(
                "Hilde Brekke",
                0,
                ("Travel is fine.", 380),
                ("Can't travel any more, caring for her father.", 25),
                where="Oslo, Norway",
            ),
        ],
        description="Nordic enterprise territory with weekly overnight trips.",
        **OSLO_HYBRID,
    ),
    C(
        "managing: wanted a team, then wants IC (latest) vs the reverse",
        "manager",
        [
            lead(
                "Tor Sæther",
                0,
                ("Wants to lead a team - noted.", 320),
                ("After a year as lead he's had enough of management, back to IC.", 20),
            ),
            lead(
                "Kaja Lien",
                2,
                ("Prefers IC.", 320),
                ("Now wants to manage people, did the leadership programme.", 20),
            ),
        ],
        **STHLM_HYBRID,
    ),
    C(
        "wait set then called off early (latest) vs no wait then a wait (latest)",
        "frontend",
        [
            front(
                "Veera Lindholm",
                2,
                ("Not before next summer.", 90),
                ("Scrap that - project got cancelled, I can talk now.", 15),
                where="Helsinki, Finland",
            ),
            front(
                "Riikka Salonen",
                1,
                ("Any time.", 90),
                ("Actually not before June 2027, just got promoted.", 15),
                where="Helsinki, Finland",
            ),
        ],
        **HEL_HYBRID,
    ),
    C(
        "gambling refused then fine vs fine then refused",
        "backend",
        [
            back(
                "Dovydas Kazlauskas",
                2,
                ("No gambling.", 350),
                ("Fine with igaming now, knows people at Betsson and likes them.", 40),
                where="Vilnius, Lithuania",
            ),
            back(
                "Lukas Vaitkus",
                0,
                ("Gambling is fine.", 350),
                ("No more gambling companies after what he saw.", 40),
                where="Vilnius, Lithuania",
            ),
        ],
        description="Backend for an online casino operator.",
        **VILNIUS_HYBRID,
    ),
    C(
        "commute: refused Copenhagen then fine via the new job's train (latest) vs reverse",
        "cs",
        [
            csm(
                "Emelie Svärd",
                2,
                ("Won't cross the bridge daily.", 400),
                ("Öresundståg is fine now, she moved next to Malmö C.", 50),
                where="Malmö, Sweden",
            ),
            csm(
                "Ronja Falk",
                0,
                ("Bridge is fine.", 400),
                ("No more bridge commuting, done with the delays.", 50),
                where="Malmö, Sweden",
            ),
        ],
        **CPH_ONSITE,
    ),
    C(
        "permit: needed sponsorship then got residence (latest) vs reverse",
        "data_eng",
        [
            data(
                "Priya Sharma",
                2,
                ("Needs a work permit.", 300),
                ("Got permanent residence in Sweden in October, no sponsorship needed.", 30),
            ),
            data(
                "Anjali Gupta",
                0,
                ("No permit needed (spouse's permit).", 300),
                ("Divorce: now needs her own work permit sponsored.", 30),
            ),
        ],
        description="No visa sponsorship.",
        **STHLM_HYBRID,
    ),
    C(
        "contract: only permanent then open to contract (latest) vs reverse",
        "backend",
        [
            back(
                "Aurimas Jonaitis",
                2,
                ("Only permanent.", 300),
                ("Open to fixed-term now, freelancing suits him.", 20),
                where="Vilnius, Lithuania",
            ),
            back(
                "Mindaugas Rimkus",
                0,
                ("Contract is fine.", 300),
                ("Only permanent employment from now on, mortgage.", 20),
                where="Vilnius, Lithuania",
            ),
        ],
        title="Backend Engineer (9-month contract)",
        **VILNIUS_HYBRID,
    ),
]

HELDOUT58_CASES: list[Case] = [
    *OPT_OUTS,
    *WAITS,
    *COMMUTES,
    *TRAVEL,
    *VISA,
    *SCHEDULE,
    *CONTRACT,
    *PAY,
    *MODE,
    *NEGATIONS,
    *LOCATIONS,
    *LEVEL,
    *STAGE_SIZE,
    *MISSION,
    *TECH,
    *LAST_TIME,
    *HISTORY,
    *PROCESS,
    *LATEST,
]

# The class names the set checks share (tests/test_eval_cases.py), over this file's own lists:
# the commutes are its COMMUTES, the work mode its MODE and the latest word its LATEST; last
# time's reason, resolved or still standing, is the file's LAST_TIME list, and the history with
# us its HISTORY.
COMMUTE, WORK_MODE, LATEST_WORD = COMMUTES, MODE, LATEST
RESOLVED, LAST_TIME = LAST_TIME, HISTORY
