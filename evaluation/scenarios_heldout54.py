"""Held-out rediscovery cases, fifty-fourth set: shared-service centres, banking operations,
insurance and IT outsourcing in Central and Eastern Europe and Portugal, written by a stranger
to the reader (its code, its labelled sets and the earlier case files' sentences were not looked
at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured on its own
and never tuned to what Encore does. The recruiters are local agency consultants in Kraków,
Wrocław, Warsaw, Bucharest, Cluj, Iași, Brno, Prague, Budapest, Sofia, Lisbon and Porto, and
in-house TA at the centres (finance and accounting SSCs, KYC and AML operations of banks,
insurance claims hubs, IT service desks and outsourcing delivery centres). The people are
accounts-payable specialists with German, KYC analysts, French-speaking service-desk analysts,
Dutch-speaking claims handlers, Java developers and R2R team leaders. The voices: terse ATS
shorthand with typos ("cand", "LM", "nt", "wypow.", "UoP/B2B", "PFA"), lower-case WhatsApps and
texts, LinkedIn replies, candidates' emails and formal letters, consultants' third-person call
notes, long rambling notes where one line decides, and lines in Polish, Romanian, Czech,
Hungarian, Bulgarian and Portuguese. Money comes in PLN, RON, CZK, HUF, BGN and EUR, gross and
net, monthly, annual, "x14", hourly and daily on B2B; benefits talk (13th salary, meal vouchers,
Multisport, raises against inflation) sits around what decides.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs in many voices and channels (Polish, Romanian, Czech, Hungarian, Bulgarian,
   Portuguese, an angry call, an ATS DNC flag, a bare "No thanks.", a consent withdrawal, a
   "keep me posted" later hardened into erasure): never shown; beside each a scoped stop that is
   no opt-out (one channel, a newsletter, one client, one kind of role, a new number, feedback
   owed, one recruiter);
2. waits counted from the day said (notice periods in months, Orthodox and Catholic Easter, the
   long May weekend, a 13th salary paid in March, a Q1 close, "six weeks", parental leave, the
   summer holidays, an S/4HANA go-live, a probation, peak season, Hungarian "end of January"),
   each against a twin whose wait has already run out; notes full of dates that ask for no wait;
3. schedule (late shifts for US clients, weekends, nights, 80% time, on-call), travel (share of
   time, overnights, driving between sites, flights abroad, onboarding abroad), visa and right to
   work (residence cards, Employee Card, Moldovan citizens, a spouse's visa), contract type (UoP
   against B2B, PFA against CIM, IČO against HPP, fixed-term, recibos verdes) and commutes (named
   tram and metro lines, towns, minutes, bridges, trains, Pipera and Mordor traffic);
4. pay against the band in PLN, RON, CZK, HUF, BGN and EUR: gross against net, x14, hourly B2B,
   a current salary above the band with a lower ask;
5. work mode in the title only, the description only, the offers only, office days, in Polish;
   negation and its scope;
6. location and relocation, managing against hands-on, company stage and size (korpo, startup,
   greenfield centre, family firm, pre-IPO, bootstrapped), industries refused or wanted
   (gambling, defence, tobacco, renewables, crypto) and technology (Azure, S/4HANA, ServiceNow,
   COBOL);
7. last time's reason resolved by this role or still standing; the history with us; the latest
   process counts;
8. several notes over time where the LATEST word counts.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
Easter 2026 was 5 April (Catholic) and 12 April (Orthodox); in 2027 it falls on 28 March and 2 May.
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

PERSONAS: dict[str, tuple[str, dict]] = {
    "ap_de": (
        "finance",
        dict(
            current_title="Accounts Payable Specialist (German)",
            skills=["Accounts payable", "SAP FI", "German C1", "Invoice processing", "Vendor"],
            years_experience=5,
            resume_text=(
                "Five years in a P2P team of a finance shared-service centre serving DACH "
                "entities: invoice processing and three-way match in SAP FI, vendor statement "
                "reconciliations, payment runs and supplier calls in German."
            ),
        ),
    ),
    "kyc": (
        "finance",
        dict(
            current_title="KYC Analyst",
            skills=["KYC", "AML", "Client onboarding", "Periodic review", "World-Check"],
            years_experience=4,
            resume_text=(
                "KYC and AML analyst in a bank operations centre: corporate client onboarding, "
                "periodic reviews, UBO analysis, screening in World-Check and escalations."
            ),
        ),
    ),
    "desk_fr": (
        "cs",
        dict(
            current_title="IT Service Desk Analyst (French)",
            skills=["ServiceNow", "Active Directory", "French C1", "ITIL", "Microsoft 365"],
            years_experience=4,
            resume_text=(
                "First and second line support in French and English for an IT outsourcing "
                "provider: ServiceNow tickets, Active Directory, Microsoft 365, ITIL incident "
                "and request handling."
            ),
        ),
    ),
    "claims_nl": (
        "cs",
        dict(
            current_title="Claims Handler (Dutch)",
            skills=["Claims handling", "Dutch C1", "Guidewire", "Motor claims", "Fraud flags"],
            years_experience=5,
            resume_text=(
                "Motor and property claims handler for a Benelux insurer's service hub: first "
                "notice of loss, coverage checks in Guidewire, reserves and Dutch correspondence."
            ),
        ),
    ),
    "java": (
        "backend",
        dict(
            current_title="Senior Java Developer",
            skills=["Java", "Spring Boot", "Kafka", "PostgreSQL", "Azure"],
            years_experience=8,
            resume_text=(
                "Eight years of Java in IT outsourcing for banks and insurers: Spring Boot "
                "services, Kafka, PostgreSQL, Azure deployments and client-facing delivery."
            ),
        ),
    ),
    "r2r_lead": (
        "manager",
        dict(
            current_title="R2R Team Leader",
            skills=["People management", "Record to report", "Month-end close", "SAP"],
            years_experience=9,
            resume_text=(
                "Nine years in record-to-report, the last three leading a team of eleven "
                "accountants: month-end close, intercompany, KPIs, hiring and transitions."
            ),
        ),
    ),
}

ROLE_KEY = {
    "ap_de": "cs",
    "kyc": "cs",
    "desk_fr": "cs",
    "claims_nl": "cs",
    "java": "backend",
    "r2r_lead": "manager",
}


def pool(kind: str, where: str = "Kraków, Poland"):
    """People of one kind in the pool, living in ``where`` unless a case says otherwise."""
    profile, persona = PERSONAS[kind]

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def call(days, note) -> dict:
    """A consultant's call note, third person."""
    return touch(days, "outbound", "replied", "note", note=note, channel="phone")


def ats(days, note) -> dict:
    """A line typed into the ATS by a recruiter or TA partner."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def mail(days, note) -> dict:
    """The candidate's email or letter."""
    return touch(days, "inbound", "replied", note=note, channel="email")


def wa(days, note) -> dict:
    """A WhatsApp or text from the candidate, as typed."""
    return touch(days, "inbound", "replied", note=note, channel="other")


def li(days, note) -> dict:
    """A LinkedIn reply."""
    return touch(days, "inbound", "replied", note=note, channel="linkedin")


def lost_final(days, note=None, *, role="Accounts Payable Specialist") -> dict:
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def declined(days, reason, note, *, past=None, role="Accounts Payable Specialist") -> dict:
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="KYC Analyst") -> dict:
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


# --- what the roles are ---------------------------------------------------------------------

JOBS: dict[str, dict] = {
    "ap_de": dict(
        title="Accounts Payable Specialist with German",
        department="Finance Operations",
        seniority="mid",
        requirements="Accounts payable\nSAP FI\nGerman C1\nInvoice processing",
        description="Process invoices and run vendor reconciliations for DACH entities in "
        "the P2P tower of our finance shared-service centre.",
    ),
    "kyc": dict(
        title="KYC Analyst",
        department="Banking Operations",
        seniority="mid",
        requirements="KYC\nAML\nCorporate onboarding\nPeriodic review",
        description="Onboard and review corporate clients for the bank's European entities.",
    ),
    "desk_fr": dict(
        title="IT Service Desk Analyst with French",
        department="IT Outsourcing",
        seniority="mid",
        requirements="French C1\nServiceNow\nActive Directory\nITIL",
        description="First and second line support in French for a Belgian banking client.",
    ),
    "claims_nl": dict(
        title="Claims Handler with Dutch",
        department="Insurance Operations",
        seniority="mid",
        requirements="Dutch C1\nClaims handling\nMotor claims\nGuidewire",
        description="Handle motor and property claims for a Benelux insurer end to end.",
    ),
    "java": dict(
        title="Senior Java Developer",
        department="Delivery",
        seniority="senior",
        requirements="Java\nSpring Boot\nKafka\nPostgreSQL",
        description="Build services for a Nordic bank in our delivery centre.",
    ),
    "r2r_lead": dict(
        title="R2R Team Leader",
        department="Finance Operations",
        seniority="lead",
        requirements="People management\nRecord to report\nMonth-end close\nSAP",
        description="Lead a team of ten accountants closing the books for European entities.",
    ),
}


def job(kind: str, place: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**JOBS[kind], **place, **more}


def hybrid(city: str, where_office: str, days: int = 2) -> dict:
    return dict(
        remote_policy="hybrid",
        location=city,
        offers=[f"Hybrid: {days} days a week in our {where_office} office"],
    )


def onsite(city: str) -> dict:
    return dict(remote_policy="onsite", location=city)


KRK = hybrid("Kraków, Poland", "Zabłocie")
WRO = hybrid("Wrocław, Poland", "Legnicka")
WAW = hybrid("Warsaw, Poland", "Służewiec")
BUC = hybrid("Bucharest, Romania", "Pipera")
CLJ = hybrid("Cluj-Napoca, Romania", "Iulius Town")
IAS = hybrid("Iași, Romania", "Palas")
BRQ = hybrid("Brno, Czech Republic", "Spielberk")
PRG = hybrid("Prague, Czech Republic", "Karlín")
BUD = hybrid("Budapest, Hungary", "Váci út")
SOF = hybrid("Sofia, Bulgaria", "Business Park Sofia")
LIS = hybrid("Lisbon, Portugal", "Parque das Nações")
OPO = hybrid("Porto, Portugal", "Boavista")
PLN_BAND = dict(salary_min=13_000, salary_max=16_000, currency="PLN")

# --- 1. opt-outs, each beside a scoped stop that is no opt-out -------------------------------

OPT_OUTS = [
    C(
        "Polish: delete my data and never contact me vs Polish: email only, no calls",
        "cs",
        [
            pool("ap_de")(
                "Bożena Kwiatkowska-Mróz",
                0,
                touches=[
                    mail(
                        75,
                        "Dzień dobry, proszę o usunięcie moich danych z Państwa bazy i "
                        "zaprzestanie jakiegokolwiek kontaktu. Pozdrawiam.",
                    )
                ],
                excluded=True,
            ),
            pool("ap_de")(
                "Radosław Cieślik",
                2,
                touches=[
                    mail(
                        75,
                        "Dzień dobry, proszę nie dzwonić w godzinach pracy - wolę kontakt "
                        "mailowy. Oferty chętnie przejrzę.",
                    )
                ],
            ),
        ],
        **job("ap_de", KRK),
    ),
    C(
        "Romanian WhatsApp: don't contact me any more vs new number, old one is off",
        "cs",
        [
            pool("kyc", "Bucharest, Romania")(
                "Iulian Stănescu",
                0,
                touches=[wa(40, "nu mai vreau sa fiu contactat de voi. va rog sa ma stergeti")],
                excluded=True,
            ),
            pool("kyc", "Bucharest, Romania")(
                "Roxana Dumitrache",
                2,
                touches=[
                    wa(
                        40,
                        "nu ma mai sunati pe numarul asta, il inchid la sfarsitul lunii. "
                        "noul numar e 0744 118 902, acolo sunt disponibila",
                    )
                ],
            ),
        ],
        **job("kyc", BUC),
    ),
    C(
        "withdraws consent to processing vs unsubscribes from the monthly jobs newsletter",
        "cs",
        [
            pool("desk_fr", "Lisbon, Portugal")(
                "Mathieu Carvalho Lemaire",
                0,
                touches=[
                    mail(
                        120,
                        "Dear Sir or Madam, I hereby withdraw my consent to the processing of my "
                        "personal data for recruitment purposes and request that you cease all "
                        "communication with me. Yours faithfully, M. Carvalho Lemaire",
                    )
                ],
                excluded=True,
            ),
            pool("desk_fr", "Lisbon, Portugal")(
                "Océane Duarte",
                2,
                touches=[
                    mail(
                        120,
                        "Hi, could you unsubscribe me from the monthly 'Jobs in Lisbon' "
                        "newsletter? Too much mail. If you have a specific French-speaking role "
                        "for me, do write directly.",
                    )
                ],
            ),
        ],
        **job("desk_fr", LIS),
    ),
    C(
        "ATS DNC flag vs no more roles at one client",
        "backend",
        [
            pool("java", "Wrocław, Poland")(
                "Przemysław Jaworek",
                0,
                touches=[ats(200, "cand req. no further contact. DNC flagged - do NOT call/mail")],
                excluded=True,
            ),
            pool("java", "Wrocław, Poland")(
                "Krystian Zawada",
                2,
                touches=[
                    ats(
                        200,
                        "cand: pls no more roles at the Credit Suisse/UBS client, burnt out on "
                        "that account. any other client ok",
                    )
                ],
            ),
        ],
        **job("java", WRO),
    ),
    C(
        "LinkedIn: stop messaging me, not now or ever vs no call-centre roles, analyst only",
        "cs",
        [
            pool("kyc", "Sofia, Bulgaria")(
                "Desislava Petkova",
                0,
                touches=[
                    li(
                        90,
                        "Please stop messaging me. I am not interested in any role with your "
                        "agency, now or in the future.",
                    )
                ],
                excluded=True,
            ),
            pool("kyc", "Sofia, Bulgaria")(
                "Zornitsa Angelova",
                2,
                touches=[
                    li(
                        90,
                        "Please stop sending me call-centre and customer-care roles. I'm only "
                        "looking at KYC/AML analyst positions.",
                    )
                ],
            ),
        ],
        **job("kyc", SOF),
    ),
    C(
        "Czech: don't contact me, no interest vs Czech: don't call at work, write an email",
        "cs",
        [
            pool("claims_nl", "Brno, Czech Republic")(
                "Radek Sýkora",
                0,
                touches=[mail(60, "Už mě prosím nekontaktujte, o žádné nabídky nemám zájem.")],
                excluded=True,
            ),
            pool("claims_nl", "Brno, Czech Republic")(
                "Lenka Vávrová",
                2,
                touches=[mail(60, "Prosím nevolejte mi do práce, napište mi raději e-mail. Díky!")],
            ),
        ],
        **job("claims_nl", BRQ),
    ),
    C(
        "Hungarian: erase my data vs Hungarian: not during working hours",
        "cs",
        [
            pool("ap_de", "Budapest, Hungary")(
                "Gergely Halász",
                0,
                touches=[
                    mail(
                        150,
                        "Kérem, töröljék az adataimat a rendszerükből, és a jövőben ne keressenek.",
                    )
                ],
                excluded=True,
            ),
            pool("ap_de", "Budapest, Hungary")(
                "Anikó Vörös",
                2,
                touches=[mail(150, "Munkaidőben kérem ne hívjanak, este vagy e-mailben szívesen.")],
            ),
        ],
        **job("ap_de", BUD),
    ),
    C(
        "Bulgarian: don't look for me again vs no newsletter, specific roles welcome",
        "cs",
        [
            pool("desk_fr", "Sofia, Bulgaria")(
                "Kaloyan Dimitrov",
                0,
                touches=[wa(110, "Моля, не ме търсете повече. Не желая да получавам оферти.")],
                excluded=True,
            ),
            pool("desk_fr", "Sofia, Bulgaria")(
                "Viktoria Todorova",
                2,
                touches=[
                    mail(
                        110,
                        "Моля, спрете бюлетина, но за конкретни позиции с френски ми пишете "
                        "спокойно.",
                    )
                ],
            ),
        ],
        **job("desk_fr", SOF),
    ),
    C(
        "angry call, take me off everything vs won't speak to one recruiter again",
        "cs",
        [
            pool("claims_nl", "Lisbon, Portugal")(
                "Rui Meireles",
                0,
                touches=[
                    call(
                        35,
                        "Cand very annoyed, 3rd agency call this week. Told me to take him off "
                        "every list we have and never ring again. Apologised.",
                    )
                ],
                excluded=True,
            ),
            pool("claims_nl", "Lisbon, Portugal")(
                "Beatriz Cordeiro",
                2,
                touches=[
                    call(
                        35,
                        "Cand had a bad experience with Tiago from our Porto desk, doesn't "
                        "want to deal with him again. Happy for me to keep sending Dutch roles.",
                    )
                ],
            ),
        ],
        **job("claims_nl", LIS),
    ),
    C(
        "a bare 'No thanks.' to the outreach vs no thanks to this one, keep me posted",
        "cs",
        [
            pool("kyc", "Porto, Portugal")(
                "Gonçalo Brandão",
                0,
                touches=[mail(28, "No thanks, really.")],
                excluded=True,
            ),
            pool("kyc", "Porto, Portugal")(
                "Filipa Antunes",
                2,
                touches=[
                    mail(
                        28,
                        "No thanks to the Braga one, too far. Keep me posted on anything in Porto.",
                    )
                ],
            ),
        ],
        **job("kyc", OPO),
    ),
    C(
        "Portuguese: never contact me again vs won't talk until feedback is sent",
        "backend",
        [
            pool("java", "Porto, Portugal")(
                "Nuno Sarmento",
                0,
                touches=[
                    mail(
                        66,
                        "Peço que não voltem a contactar-me e que retirem o meu contacto das "
                        "vossas listas. Obrigado.",
                    )
                ],
                excluded=True,
            ),
            pool("java", "Porto, Portugal")(
                "Tiago Loureiro",
                2,
                touches=[
                    mail(
                        66,
                        "Still waiting for the feedback from the final round in September. "
                        "Send that first please, then I'm happy to hear about new roles.",
                    )
                ],
            ),
        ],
        **job("java", OPO),
    ),
]

# --- 2. waits counted from the day said, each against a twin whose wait has run out ----------

WAITS = [
    C(
        "UoP three-month notice handed in this month vs handed in in May",
        "cs",
        [
            pool("ap_de")(
                "Marzena Olech",
                1,
                touches=[
                    call(
                        date(2026, 11, 4),
                        "Rozm. z kand. - złożyła wypowiedzenie dziś, UoP, 3 mies. okresu wypow. "
                        "Może zacząć dopiero po nim.",
                    )
                ],
            ),
            pool("ap_de")(
                "Jolanta Pietras",
                2,
                touches=[
                    call(
                        date(2026, 5, 4),
                        "Rozm. z kand. - złożyła wypowiedzenie dziś, UoP, 3 mies. okresu wypow. "
                        "Po tym czasie dostępna od zaraz.",
                    )
                ],
            ),
        ],
        **job("ap_de", KRK),
    ),
    C(
        "not before Orthodox Easter, said in November vs said in February",
        "cs",
        [
            pool("kyc", "Iași, Romania")(
                "Mihaela Onofrei",
                1,
                touches=[
                    wa(
                        date(2026, 11, 2),
                        "pana dupa Pastele ortodox nu ma misc, am nunta in familie si "
                        "renovam casa. dupa aia da",
                    )
                ],
            ),
            pool("kyc", "Iași, Romania")(
                "Alina Bîrsan",
                2,
                touches=[
                    wa(
                        date(2026, 2, 16),
                        "pana dupa Pastele ortodox nu ma misc, am botez in familie. dupa aia "
                        "scrie-mi",
                    )
                ],
            ),
        ],
        **job("kyc", IAS),
    ),
    C(
        "after the long May weekend, said in October vs said in March",
        "backend",
        [
            pool("java", "Warsaw, Poland")(
                "Bartosz Wilk",
                1,
                touches=[
                    li(
                        date(2026, 10, 19),
                        "Thanks, but not before majówka - big release at the bank until end of "
                        "April. Ping me after the long May weekend.",
                    )
                ],
            ),
            pool("java", "Warsaw, Poland")(
                "Kamil Sadowski",
                2,
                touches=[
                    li(
                        date(2026, 3, 9),
                        "Thanks, but not before majówka - release crunch until end of April. "
                        "Ping me after the long May weekend.",
                    )
                ],
            ),
        ],
        **job("java", WAW),
    ),
    C(
        "waiting for the 13th salary in March, said this autumn vs last December",
        "cs",
        [
            pool("ap_de", "Wrocław, Poland")(
                "Sylwia Gąsior",
                1,
                (
                    "Won't move before the 13th salary is paid out in March - it's a full "
                    "month's pay.",
                    date(2026, 10, 12),
                ),
            ),
            pool("ap_de", "Wrocław, Poland")(
                "Edyta Rogalska",
                2,
                (
                    "Won't move before the 13th salary is paid out in March - it's a full "
                    "month's pay.",
                    date(2025, 12, 8),
                ),
            ),
        ],
        **job("ap_de", WRO),
    ),
    C(
        "after the Q1 close, said in November vs said in January",
        "manager",
        [
            pool("r2r_lead", "Prague, Czech Republic")(
                "Tomáš Kratochvíl",
                1,
                touches=[
                    call(
                        date(2026, 11, 16),
                        "TK leads the close for 14 entities; won't leave mid-cycle. Open to "
                        "talk once Q1 close is done (mid-April).",
                    )
                ],
            ),
            pool("r2r_lead", "Prague, Czech Republic")(
                "Petra Habrmanová",
                2,
                touches=[
                    call(
                        date(2026, 1, 12),
                        "PH leads the close for 12 entities; won't leave mid-cycle. Open to "
                        "talk once Q1 close is done (mid-April).",
                    )
                ],
            ),
        ],
        **job("r2r_lead", PRG),
    ),
    C(
        "call me in six weeks, said a fortnight ago vs said in August",
        "cs",
        [
            pool("desk_fr", "Cluj-Napoca, Romania")(
                "Sorin Pop",
                1,
                touches=[wa(14, "sunt prins cu o migrare, suna-ma peste vreo 6 saptamani")],
            ),
            pool("desk_fr", "Cluj-Napoca, Romania")(
                "Bogdan Mureșan",
                2,
                touches=[wa(110, "sunt prins cu o migrare, suna-ma peste vreo 6 saptamani")],
            ),
        ],
        **job("desk_fr", CLJ),
    ),
    C(
        "on parental leave until next September vs back since this September",
        "cs",
        [
            pool("claims_nl", "Kraków, Poland")(
                "Agnieszka Sowa",
                1,
                touches=[
                    mail(
                        date(2026, 10, 5),
                        "I'm on urlop rodzicielski until September 2027, so I won't take "
                        "anything before then, but please keep me in mind.",
                    )
                ],
            ),
            pool("claims_nl", "Kraków, Poland")(
                "Monika Kurek",
                2,
                touches=[
                    mail(
                        date(2025, 10, 6),
                        "I'm on urlop rodzicielski until September 2026, so I won't take "
                        "anything before then, but please keep me in mind.",
                    )
                ],
            ),
        ],
        **job("claims_nl", KRK),
    ),
    C(
        "after the S/4HANA go-live on 1 February vs go-live on 1 September",
        "cs",
        [
            pool("ap_de", "Brno, Czech Republic")(
                "Jana Dvořáková",
                1,
                touches=[
                    call(
                        date(2026, 10, 26),
                        "Key user for the S/4HANA go-live on 1 February; promised her manager "
                        "to see it through. Nothing before then.",
                    )
                ],
            ),
            pool("ap_de", "Brno, Czech Republic")(
                "Hana Pokorná",
                2,
                touches=[
                    call(
                        date(2026, 6, 15),
                        "Key user for the S/4HANA go-live on 1 September; promised her manager "
                        "to see it through. Nothing before then.",
                    )
                ],
            ),
        ],
        **job("ap_de", BRQ),
    ),
    C(
        "Hungarian: can't switch before the end of January vs before the end of September",
        "cs",
        [
            pool("kyc", "Budapest, Hungary")(
                "Zsófia Kiss",
                1,
                touches=[
                    mail(date(2026, 11, 9), "Január végéig sajnos nem tudok váltani, utána igen.")
                ],
            ),
            pool("kyc", "Budapest, Hungary")(
                "Eszter Molnár",
                2,
                touches=[
                    mail(
                        date(2026, 7, 6), "Szeptember végéig sajnos nem tudok váltani, utána igen."
                    )
                ],
            ),
        ],
        **job("kyc", BUD),
    ),
    C(
        "just started, let me pass the three-month probation: this month vs in April",
        "backend",
        [
            pool("java", "Kraków, Poland")(
                "Mateusz Krawczyk",
                1,
                touches=[
                    li(
                        date(2026, 11, 2),
                        "Started at a new bank hub today - let me get through the 3-month "
                        "okres próbny first, then I'm open.",
                    )
                ],
            ),
            pool("java", "Kraków, Poland")(
                "Dawid Ostrowski",
                2,
                touches=[
                    li(
                        date(2026, 4, 13),
                        "Started at a new bank hub today - let me get through the 3-month "
                        "okres próbny first, then I'm open.",
                    )
                ],
            ),
        ],
        **job("java", KRK),
    ),
    C(
        "nothing till after New Year (peak season): said last week vs said a year ago",
        "cs",
        [
            pool("desk_fr", "Porto, Portugal")(
                "Inês Queirós",
                1,
                touches=[
                    call(
                        date(2026, 11, 16),
                        "Cand supports an e-commerce client, Black Friday to Christmas is peak. "
                        "Nothing till after New Year.",
                    )
                ],
            ),
            pool("desk_fr", "Porto, Portugal")(
                "Catarina Leal",
                2,
                touches=[
                    call(
                        date(2025, 11, 17),
                        "Cand supports an e-commerce client, Black Friday to Christmas is peak. "
                        "Nothing till after New Year.",
                    )
                ],
            ),
        ],
        **job("desk_fr", OPO),
    ),
    C(
        "after the summer holidays, said in November vs said in June",
        "cs",
        [
            pool("claims_nl", "Sofia, Bulgaria")(
                "Boyana Stoyanova",
                1,
                (
                    "След лятната ваканция - децата са вкъщи до средата на септември.",
                    date(2026, 11, 9),
                ),
            ),
            pool("claims_nl", "Sofia, Bulgaria")(
                "Mariela Georgieva",
                2,
                (
                    "След лятната ваканция - децата са вкъщи до средата на септември.",
                    date(2026, 6, 8),
                ),
            ),
        ],
        **job("claims_nl", SOF),
    ),
    # notes full of dates that ask for no wait, against a wait still running
    C(
        "a note full of past dates and 'free any day' vs on holiday till 10 December",
        "cs",
        [
            pool("kyc", "Warsaw, Poland")(
                "Aleksandra Bąk",
                2,
                touches=[
                    call(
                        9,
                        "AB: trainings in Sofia 3-7 Nov, back in the office since 10 Nov, "
                        "reviews closed 20 Nov. Free for interviews any day, starts in 1 mth.",
                    )
                ],
            ),
            pool("kyc", "Warsaw, Poland")(
                "Justyna Lis",
                1,
                touches=[
                    call(
                        9,
                        "JL flying to Madeira tomorrow, away till 10 Dec - don't call before "
                        "she's back.",
                    )
                ],
            ),
        ],
        **job("kyc", WAW),
    ),
    C(
        "a CV timeline of dates with 'available now' vs PFA contract running to 31 March",
        "backend",
        [
            pool("java", "Cluj-Napoca, Romania")(
                "Vlad Rusu",
                2,
                touches=[
                    mail(
                        21,
                        "Quick update for your file: Endava 2019-2023, PFA since Jan 2023, last "
                        "invoice to my client went out on 30 October. I'm available now.",
                    )
                ],
            ),
            pool("java", "Cluj-Napoca, Romania")(
                "Andrei Cozma",
                1,
                touches=[
                    mail(
                        21,
                        "My PFA contract with the client runs to 31 March 2027 and I won't break "
                        "it - talk to me after that.",
                    )
                ],
            ),
        ],
        **job("java", CLJ),
    ),
    C(
        "dates of past interviews and a start 'whenever' vs wait till the bonus in February",
        "cs",
        [
            pool("ap_de", "Lisbon, Portugal")(
                "Joana Gusmão",
                2,
                touches=[
                    call(
                        12,
                        "Had interviews with Siemens on 2/10 and 16/10, declined them on 30/10 "
                        "(too far, Amadora). Can start whenever, 30 days aviso prévio.",
                    )
                ],
            ),
            pool("ap_de", "Lisbon, Portugal")(
                "Marta Bettencourt",
                1,
                touches=[
                    call(
                        12,
                        "Bonus paid end of February - won't resign before it lands. Call her "
                        "in March.",
                    )
                ],
            ),
        ],
        **job("ap_de", LIS),
    ),
]

# --- 3. schedule, travel, visa, contract, commute ------------------------------------------


def pair(name, kind, where, yes, no, opening, *, yes_note=ats, no_note=ats, days=60):
    """Two equally skilled people: ``yes`` (name, words) suits the opening, ``no`` does not."""
    make = pool(kind, where)
    return C(
        name,
        ROLE_KEY[kind],
        [
            make(yes[0], 2, touches=[yes_note(days, yes[1])]),
            make(no[0], 0, touches=[no_note(days, no[1])]),
        ],
        **opening,
    )


SCHEDULE = [
    pair(
        "late shift for US clients: kindergarten pickup vs studies in the mornings",
        "kyc",
        "Kraków, Poland",
        ("Weronika Stępień", "prefers the 14-22 shift, she has MBA classes in the mornings"),
        ("Paulina Majewska", "cannot do late shifts, odbiera dziecko z przedszkola o 17:00"),
        job("kyc", KRK, description="US desk: the shift runs 14:00-22:00 Monday to Friday."),
    ),
    pair(
        "weekend rota: never weekends vs weekends fine with the allowance",
        "desk_fr",
        "Bucharest, Romania",
        ("Cristian Vasilescu", "weekendurile ok daca se plateste sporul, nu e problema"),
        ("Larisa Ionescu", "nu lucrez in weekend, niciodata. punct."),
        job("desk_fr", BUC, description="24/7 desk: one weekend in three on the rota, paid."),
        yes_note=wa,
        no_note=wa,
    ),
    pair(
        "night shifts on a follow-the-sun desk: won't vs likes them",
        "desk_fr",
        "Iași, Romania",
        ("Ciprian Apostol", "Cand actually likes nights - quiet, extra 25% spor de noapte."),
        ("Raluca Tănase", "Cand: no night shifts, health reasons (sleep disorder)."),
        job("desk_fr", IAS, description="Follow-the-sun desk, rotating night shifts 22-06."),
        yes_note=call,
        no_note=call,
    ),
    pair(
        "80% part-time role: wants four days vs needs full hours",
        "ap_de",
        "Porto, Portugal",
        ("Leonor Vieira", "wants 4 days a week max, caring for her mother on Fridays"),
        ("Sara Fontes", "needs full-time pay and hours, single income and a mortgage"),
        job("ap_de", OPO, title="Accounts Payable Specialist with German (80%, 4 days)"),
    ),
    pair(
        "on-call rotation: done with on-call vs fine if paid",
        "java",
        "Brno, Czech Republic",
        ("Ondřej Beneš", "on-call fine if it's paid properly (pohotovost)"),
        ("Michal Holub", "after burnout last year: no on-call, no pager, non-negotiable"),
        job("java", BRQ, description="Includes a paid on-call week every six weeks."),
    ),
]

TRAVEL = [
    pair(
        "30% travel to DACH entities: a few trips a year at most vs loves the travel",
        "ap_de",
        "Wrocław, Poland",
        ("Grzegorz Lach", "Likes going to the German entities, did monthly trips to Munich."),
        ("Iwona Szczepańska", "Max 2-3 trips a year, no more - small kids."),
        job("ap_de", WRO, description="About 30% travel to entities in Germany and Austria."),
        yes_note=call,
        no_note=call,
    ),
    pair(
        "two nights in Frankfurt every month: no overnights vs overnights fine",
        "r2r_lead",
        "Warsaw, Poland",
        ("Łukasz Borowski", "overnights fine, hotel nights don't bother him"),
        ("Marcin Dudek", "single dad, can't be away overnight - day trips only"),
        job("r2r_lead", WAW, description="Two nights a month in Frankfurt with the controllers."),
    ),
    pair(
        "weekly drive between the Wrocław and Opole sites: no licence vs happy to drive",
        "r2r_lead",
        "Wrocław, Poland",
        ("Adrian Nowacki", "has prawo jazdy kat. B, happy with a company car and the A4"),
        ("Ewelina Górska", "doesn't drive - no licence - public transport only"),
        job(
            "r2r_lead",
            WRO,
            description="Team split across Wrocław and Opole; drive to Opole weekly, pool car.",
        ),
    ),
    pair(
        "quarterly flights to the Chennai delivery centre: no long-haul vs been twice, fine",
        "java",
        "Prague, Czech Republic",
        ("Jakub Veselý", "Been to Chennai twice for the client, fine flying there again."),
        ("Vojtěch Marek", "No long-haul flights - fear of flying, only trains and short hops."),
        job("java", PRG, description="Quarterly one-week trips to the delivery centre in Chennai."),
        yes_note=call,
        no_note=call,
    ),
    pair(
        "half the time at client sites: up to 10% max vs 50% is fine",
        "desk_fr",
        "Lisbon, Portugal",
        ("Diogo Pacheco", "Travel up to 50% ok, no kids, likes being on site."),
        ("Rita Amaral", "Travel up to 10% maximum, non-negotiable."),
        job(
            "desk_fr",
            LIS,
            title="Onsite Support Analyst with French",
            description="About 50% of the time at client sites in Portugal and Spain.",
        ),
        yes_note=call,
        no_note=call,
    ),
    C(
        "left over 60% travel and this role has none vs wants travel, role has none",
        "cs",
        [
            pool("claims_nl", "Porto, Portugal")(
                "Hugo Magalhães",
                2,
                touches=[
                    call(45, "Left the loss-adjuster job: 60% on the road, wants a desk job now.")
                ],
            ),
            pool("claims_nl", "Porto, Portugal")(
                "Vasco Pinheiro",
                0,
                touches=[
                    call(45, "Bored at the desk - wants a role with regular travel to Benelux.")
                ],
            ),
        ],
        **job("claims_nl", OPO, description="Desk-based, no business travel."),
    ),
    pair(
        "day trips Katowice-Kraków: not against travel, only no overnights vs no travel at all",
        "kyc",
        "Katowice, Poland",
        (
            "Natalia Wróbel",
            "not against travelling, just no overnights - day trips to Kraków are ok",
        ),
        ("Karolina Kubiak", "no travel at all, not even day trips"),
        job(
            "kyc",
            dict(remote_policy="hybrid", location="Katowice, Poland"),
            description="Day trips to the Kraków hub twice a month, back the same evening.",
        ),
        yes_note=wa,
        no_note=wa,
    ),
    pair(
        "three weeks' onboarding in Dublin: can't leave the kids vs glad to go",
        "kyc",
        "Sofia, Bulgaria",
        ("Nikolay Iliev", "Happy to do training abroad, the longer the better."),
        ("Gergana Koleva", "Cannot be away from the kids for three weeks, max 2-3 days."),
        job("kyc", SOF, description="Starts with three weeks of onboarding in Dublin."),
        yes_note=mail,
        no_note=mail,
    ),
    pair(
        "Hungarian: 40% travel: doesn't want to travel much vs happy to travel",
        "ap_de",
        "Budapest, Hungary",
        ("Bence Takács", "Szívesen utazom, a bécsi és müncheni napok kifejezetten jólesnek."),
        ("Dóra Farkas", "Nem szeretnék sokat utazni, legfeljebb évente egyszer-kétszer."),
        job("ap_de", BUD, description="Around 40% travel to Vienna and Munich."),
        yes_note=mail,
        no_note=mail,
    ),
    pair(
        "visiting branches across Romania by car: won't drive long distances vs road trips fine",
        "kyc",
        "Cluj-Napoca, Romania",
        ("Răzvan Moldovan", "ok cu condusul prin tara, am masina si imi place"),
        ("Ioana Crișan", "nu vreau sa conduc pe distante lungi, max in Cluj"),
        job(
            "kyc",
            CLJ,
            description="Monthly audits at branches in Oradea, Sibiu and Brașov, by car.",
        ),
        yes_note=wa,
        no_note=wa,
    ),
]

NO_SPONSOR = "We cannot sponsor work permits or visas for this role."

VISA = [
    pair(
        "Lisbon, no sponsorship: Brazilian with residence permit vs Brazilian needing a visa",
        "desk_fr",
        "Lisbon, Portugal",
        ("Thiago Sobreira", "Brasileiro com autorização de residência, pode trabalhar já."),
        ("Rafaela Moura", "Brazilian, still in São Paulo - would need a work visa sponsored."),
        job("desk_fr", LIS, description=NO_SPONSOR),
    ),
    pair(
        "Kraków, no sponsorship: Ukrainian with permanent residence card vs needs a work permit",
        "java",
        "Kraków, Poland",
        ("Oleksandr Bondarenko", "Karta stałego pobytu, no permit needed."),
        ("Dmytro Savchenko", "Needs a zezwolenie na pracę from the employer to start."),
        job("java", KRK, description=NO_SPONSOR),
    ),
    pair(
        "Prague: Slovak EU citizen vs needs an Employee Card sponsored",
        "kyc",
        "Prague, Czech Republic",
        ("Zuzana Hudáková", "Slovak, EU citizen - no paperwork."),
        (
            "Arjun Poddar",
            "Indian national, needs an Employee Card (zaměstnanecká karta) sponsored.",
        ),
        job("kyc", PRG, description=NO_SPONSOR),
    ),
    pair(
        "Bucharest: Moldovan with a Romanian passport vs Moldovan needing an aviz de muncă",
        "desk_fr",
        "Bucharest, Romania",
        ("Dumitru Ciobanu", "Are si cetatenie romana, nu are nevoie de aviz."),
        ("Natalia Rotaru", "Doar cetatenie moldoveneasca, are nevoie de aviz de munca."),
        job("desk_fr", BUC, description=NO_SPONSOR),
    ),
    pair(
        "Warsaw: her husband needs a visa, she is Polish vs she needs sponsorship herself",
        "ap_de",
        "Warsaw, Poland",
        (
            "Magdalena Sobczak",
            "Polish citizen. Her husband (Indian) is sorting his own visa - not our concern.",
        ),
        ("Priyanka Rao", "Her own visa ends in Feb; needs the employer to sponsor a permit."),
        job("ap_de", WAW, description=NO_SPONSOR),
    ),
]

CONTRACT = [
    pair(
        "UoP only role: keeps her B2B vs wants UoP",
        "ap_de",
        "Kraków, Poland",
        ("Anna Bielecka", "chce UoP - stabilność, płatny urlop, L4"),
        ("Katarzyna Zięba", "tylko B2B, ma działalność i nie wraca na etat"),
        job("ap_de", KRK, description="Umowa o pracę (UoP) only, no B2B."),
    ),
    pair(
        "B2B role: mortgage needs UoP vs prefers B2B",
        "java",
        "Warsaw, Poland",
        ("Paweł Kalinowski", "B2B preferred, better net, has his JDG already"),
        ("Robert Jasiński", "UoP only - bank wants umowa o pracę for the mortgage next year"),
        job("java", WAW, description="B2B contract only, 160-190 PLN/h net + VAT."),
    ),
    pair(
        "Romania, PFA only: won't do PFA vs prefers PFA",
        "java",
        "Iași, Romania",
        ("Ștefan Lungu", "prefera PFA, deja are"),
        ("Cosmin Ungureanu", "nu vreau PFA, doar contract de munca (CIM)"),
        job("java", IAS, description="Collaboration via PFA or SRL only."),
        yes_note=wa,
        no_note=wa,
    ),
    pair(
        "12-month maternity cover: permanent only vs fixed-term fine",
        "kyc",
        "Wrocław, Poland",
        ("Dominika Wojtas", "fixed-term fine, likes project-type stints"),
        ("Beata Mazurek", "only a contract na czas nieokreślony - no fixed-term"),
        job("kyc", WRO, title="KYC Analyst (12-month maternity cover)"),
    ),
    pair(
        "Czech IČO day rate: HPP only vs fine on IČO",
        "java",
        "Brno, Czech Republic",
        ("Lukáš Černý", "na IČO v pohodě, fakturuje už 3 roky"),
        ("Martin Kopecký", "jen HPP, na IČO nejdu"),
        job("java", BRQ, description="Contract via IČO (živnostenský list), day rate."),
    ),
    pair(
        "Portugal permanent contract: wants sem termo vs freelancer on recibos verdes only",
        "claims_nl",
        "Lisbon, Portugal",
        ("Mariana Serrão", "Quer contrato sem termo, farta de recibos verdes."),
        ("Bruno Carvalhais", "Só trabalha a recibos verdes, não quer contrato de trabalho."),
        job("claims_nl", LIS, description="Permanent employment contract (contrato sem termo)."),
    ),
]

COMMUTE = [
    C(
        "Kraków office by Główny: train from Wieliczka 20 min vs Nowy Targ, max 30 minutes",
        "cs",
        [
            pool("kyc", "Wieliczka, Poland")(
                "Tomasz Urban", 2, touches=[ats(40, "SKA1 Wieliczka - Kraków Gł. 20 min, ok")]
            ),
            pool("kyc", "Nowy Targ, Poland")(
                "Krzysztof Gał",
                0,
                touches=[ats(40, "max 30 min each way, won't commute from Nowy Targ")],
            ),
        ],
        **job("kyc", onsite("Kraków, Poland"), offers=["Office next to Kraków Główny"]),
    ),
    pair(
        "Warsaw Służewiec: won't sit in Mordor traffic vs M1 to Wilanowska",
        "kyc",
        "Warsaw, Poland",
        ("Joanna Czarnecka", "lives on the M1 line, Wilanowska is 5 min from her"),
        ("Michał Sikora", "will not commute to Mordor again - Wołoska jams, 1h each way"),
        job("kyc", onsite("Warsaw, Poland"), offers=["Office at Postępu, Służewiec"]),
    ),
    pair(
        "Budapest office in Buda: won't cross the bridges at rush hour vs M4 direct",
        "ap_de",
        "Budapest, Hungary",
        ("Réka Balogh", "M4 from Keleti to Kelenföld, 15 perc - tökéletes"),
        ("Ádám Szűcs", "Pesten lakik, csúcsban nem akar a hidakon átmenni Budára"),
        job("ap_de", onsite("Budapest, Hungary"), offers=["Office at Kelenföld, Buda side"]),
    ),
    pair(
        "Prague Karlín: Kladno train an hour each way vs tram from Vysočany",
        "kyc",
        "Prague, Czech Republic",
        ("Tereza Horáková", "Vysočany, tramvají 10 minut do Karlína"),
        ("Jiří Procházka", "lives in Kladno, the train is an hour each way - won't do it daily"),
        job("kyc", onsite("Prague, Czech Republic"), offers=["Office in Karlín"]),
    ),
    pair(
        "Oeiras office: Almada and the 25 de Abril bridge queues vs Cascais line 15 min",
        "claims_nl",
        "Lisbon, Portugal",
        ("Pedro Gaspar", "Mora em Cascais, comboio até Oeiras 15 min"),
        ("Susana Fialho", "Mora em Almada; a fila na ponte 25 de Abril todos os dias, não"),
        job("claims_nl", onsite("Oeiras, Portugal"), offers=["Office at Lagoas Park, Oeiras"]),
    ),
    pair(
        "Maia office: Gaia and the bridge every day vs lives in Maia",
        "ap_de",
        "Porto, Portugal",
        ("Cláudia Barros", "Lives in Maia, 10 minutes by car or metro line C"),
        ("Ricardo Sampaio", "Lives in Gaia, won't drive the Arrábida/A28 every morning"),
        job("ap_de", onsite("Maia, Portugal")),
        yes_note=call,
        no_note=call,
    ),
    pair(
        "Bucharest Pipera five days: Pipera traffic is hell vs M2 from Aurel Vlaicu",
        "desk_fr",
        "Bucharest, Romania",
        ("Adrian Constantin", "sta langa metrou Aurel Vlaicu, M2 direct la Pipera"),
        ("Elena Marinescu", "Pipera nu, e iad cu traficul, 1h30 dimineata din Drumul Taberei"),
        job("desk_fr", onsite("Bucharest, Romania"), offers=["Office in Pipera, five days"]),
        yes_note=wa,
        no_note=wa,
    ),
    pair(
        "central Cluj five days: Florești road an hour vs walks from Mănăștur",
        "desk_fr",
        "Cluj-Napoca, Romania",
        ("Anca Pop", "walks 15 min from Mănăștur"),
        ("Lavinia Suciu", "from Florești the road into Cluj takes an hour, can't face it daily"),
        job("desk_fr", onsite("Cluj-Napoca, Romania")),
    ),
    pair(
        "Wrocław office at the station: Oleśnica train 25 min vs Legnica, won't commute",
        "ap_de",
        "Wrocław, Poland",
        ("Izabela Mroczek", "Oleśnica - Wrocław Gł. 25 min pociągiem, office by the station, ok"),
        ("Marta Jurczyk", "Legnica, over an hour each way on the train - not daily"),
        job("ap_de", onsite("Wrocław, Poland"), offers=["Office by Wrocław Główny"]),
    ),
    pair(
        "Brno on-site: Olomouc won't commute daily vs tram 12 from Královo Pole",
        "claims_nl",
        "Brno, Czech Republic",
        ("Kristýna Šťastná", "Královo Pole, tramvaj 12 - 15 minut"),
        ("Jan Navrátil", "Olomouc, nebude každý den dojíždět do Brna"),
        job("claims_nl", onsite("Brno, Czech Republic")),
    ),
    pair(
        "Warsaw two days: Łódź by train twice a week fine vs 30-minute cap from Łódź",
        "java",
        "Łódź, Poland",
        ("Wojciech Baran", "2 days in Warsaw via Łódź Fabryczna (1h15) - fine"),
        ("Sebastian Adamczyk", "commute max 30 min door to door, nothing outside Łódź"),
        job("java", WAW),
    ),
]

# --- 4. pay against the band ----------------------------------------------------------------

PAY = [
    pair(
        "PLN gross monthly band 13-16k: asks 15k vs asks 22k",
        "ap_de",
        "Kraków, Poland",
        ("Klaudia Michalak", "oczekiwania: 15 000 brutto/mies. UoP"),
        ("Ewa Szulc", "oczekiwania: min. 22 000 brutto/mies., inaczej nie rozmawia"),
        job("ap_de", KRK, **PLN_BAND, description="13 000-16 000 PLN gross per month, UoP."),
    ),
    pair(
        "PLN band 13-16k gross: 9k net on hand vs 16k net on hand",
        "kyc",
        "Wrocław, Poland",
        ("Patrycja Kozieł", "chce 9 tys. na rękę (ok. 12,5k brutto)"),
        ("Daria Lewandowska", "minimum 16 tys. netto na rękę"),
        job("kyc", WRO, **PLN_BAND, description="13 000-16 000 PLN gross per month, UoP."),
    ),
    pair(
        "RON net band 9-11k: asks 10k vs asks 15k",
        "desk_fr",
        "Bucharest, Romania",
        ("Teodora Niculescu", "acum are 8.500 net, vrea 10.000 net"),
        ("Florin Dobre", "vrea minim 15.000 lei net, altfel nu se muta"),
        job(
            "desk_fr",
            BUC,
            salary_min=9_000,
            salary_max=11_000,
            currency="RON",
            description="9,000-11,000 RON net per month plus meal vouchers.",
        ),
        yes_note=call,
        no_note=call,
    ),
    pair(
        "CZK band 70-85k gross: won't go under 100k vs 80k is fine",
        "java",
        "Prague, Czech Republic",
        ("Filip Kučera", "80 000 Kč hrubého mu stačí"),
        ("Radim Pospíšil", "pod 100 000 Kč hrubého nejde"),
        job(
            "java",
            PRG,
            salary_min=70_000,
            salary_max=85_000,
            currency="CZK",
            description="70,000-85,000 CZK gross per month, Multisport, meal vouchers.",
        ),
    ),
    pair(
        "HUF band 900k-1.1M gross: 1.5M minimum vs 1M is enough",
        "ap_de",
        "Budapest, Hungary",
        ("Nóra Fekete", "1 millió bruttó elég lenne"),
        ("Tamás Varga", "minimum 1,5 millió bruttó havonta"),
        job(
            "ap_de",
            BUD,
            salary_min=900_000,
            salary_max=1_100_000,
            currency="HUF",
            description="HUF 900,000-1,100,000 gross per month, cafeteria.",
        ),
        yes_note=mail,
        no_note=mail,
    ),
    pair(
        "Lisbon €28-34k a year: 2,200 x 14 vs won't go below €45k",
        "claims_nl",
        "Lisbon, Portugal",
        ("Raquel Simões", "Pede 2.200€ brutos x14 meses."),
        ("André Lobo", "Abaixo de 45 mil euros por ano não aceita."),
        job(
            "claims_nl",
            LIS,
            salary_min=28_000,
            salary_max=34_000,
            currency="EUR",
            description="€28,000-34,000 gross a year, paid in 14 instalments, meal card.",
        ),
        yes_note=call,
        no_note=call,
    ),
    pair(
        "B2B 160-190 PLN/h: asks 220/h vs 170/h",
        "java",
        "Kraków, Poland",
        ("Piotr Wasilewski", "stawka 170 zł/h netto na B2B ok"),
        ("Szymon Kaczmarczyk", "poniżej 220 zł/h netto nie schodzi"),
        job(
            "java",
            KRK,
            salary_min=160,
            salary_max=190,
            currency="PLN",
            description="B2B, 160-190 PLN per hour net.",
        ),
    ),
    pair(
        "BGN band 4-5k gross: wants 4,500 vs 7,000 minimum",
        "kyc",
        "Sofia, Bulgaria",
        ("Ralitsa Hristova", "Wants 4,500 BGN gross, happy with the food vouchers on top."),
        ("Stanimir Kolev", "7,000 BGN gross minimum, has another offer at that."),
        job(
            "kyc",
            SOF,
            salary_min=4_000,
            salary_max=5_000,
            currency="BGN",
            description="4,000-5,000 BGN gross per month, annual raise against inflation.",
        ),
        yes_note=call,
        no_note=call,
    ),
    pair(
        "earns 20k PLN now but would take 15k for the right team vs needs 20k+",
        "ap_de",
        "Warsaw, Poland",
        ("Aneta Pawlak", "earns 20k gross now but would take 15k gross - wants out of the team"),
        ("Kinga Witkowska", "earns 18k gross, needs 20k+ to move"),
        job("ap_de", WAW, **PLN_BAND, description="13 000-16 000 PLN gross per month, UoP."),
        yes_note=call,
        no_note=call,
    ),
]

# --- 5. work mode and negation ----------------------------------------------------------------

WORK_MODE = [
    pair(
        "remote only in the title: remote seeker vs office lover",
        "kyc",
        "Lublin, Poland",
        ("Julia Chmielewska", "wants to work from home in Lublin, no office"),
        ("Oliwia Marciniak", "wants an office and colleagues, hates home office"),
        {**JOBS["kyc"], "title": "KYC Analyst (Remote, Poland)", "location": "Poland"},
    ),
    pair(
        "remote only in the description: remote seeker vs office lover",
        "desk_fr",
        "Brașov, Romania",
        ("Georgiana Stoica", "vrea remote 100%, sta in Brasov"),
        ("Mirela Enache", "vrea birou, nu mai suporta sa lucreze din bucatarie"),
        {
            **JOBS["desk_fr"],
            "location": "Romania",
            "description": "Support for a Belgian bank. This is a fully remote role within "
            "Romania.",
        },
        yes_note=wa,
        no_note=wa,
    ),
    pair(
        "hybrid three days: max two office days vs three is fine",
        "ap_de",
        "Kraków, Poland",
        ("Renata Kołodziej", "3 days in the office is fine with her"),
        ("Wioletta Kamińska", "max 2 days a week in the office, not 3"),
        job("ap_de", hybrid("Kraków, Poland", "Kapelanka", 3)),
    ),
    pair(
        "one office day a month: remote-only who can come monthly vs wants the office daily",
        "java",
        "Gdańsk, Poland",
        ("Maciej Laskowski", "remote only, can come in once a month for planning"),
        ("Hubert Zając", "wants to be in the office every day, lonely at home"),
        job(
            "java",
            dict(remote_policy="remote", location="Poland"),
            offers=["Remote, one day a month in Warsaw"],
        ),
    ),
    pair(
        "Polish: five days on site: 'tylko zdalnie' vs wants to go back to the office",
        "kyc",
        "Warsaw, Poland",
        ("Anita Zalewska", "chce wrócić do biura, ma dość pracy z domu"),
        ("Lucyna Borkowska", "tylko praca zdalna, do biura nie wraca"),
        job("kyc", onsite("Warsaw, Poland")),
        yes_note=call,
        no_note=call,
    ),
    pair(
        "hybrid said only in the offers: remote-only vs wants two office days",
        "claims_nl",
        "Porto, Portugal",
        ("Daniela Freitas", "Prefere híbrido, 2 dias no escritório é ideal"),
        ("Sofia Rebelo", "Só remoto, não põe os pés num escritório"),
        {**JOBS["claims_nl"], "location": "Porto, Portugal", "offers": ["Tue and Thu in Boavista"]},
    ),
]

NEGATION = [
    pair(
        "'not against the office twice a week' vs 'against going back to an office at all'",
        "kyc",
        "Brno, Czech Republic",
        ("Veronika Malá", "not against coming to the office twice a week, actually"),
        ("Barbora Urbanová", "against returning to an office at all, after covid she's done"),
        job("kyc", BRQ),
    ),
    C(
        "'the money was never the problem, the nights were' vs 'the nights weren't, the money was'",
        "cs",
        [
            pool("desk_fr", "Sofia, Bulgaria")(
                "Plamen Nikolov",
                2,
                touches=[call(70, "Left over the night rota - the money was never the problem.")],
            ),
            pool("desk_fr", "Sofia, Bulgaria")(
                "Tsvetan Marinov",
                0,
                touches=[
                    call(
                        70,
                        "The nights were never the problem, the money was - needs 4,800 BGN, "
                        "they offered 3,600.",
                    )
                ],
            ),
        ],
        **job(
            "desk_fr",
            SOF,
            salary_min=3_400,
            salary_max=3_700,
            currency="BGN",
            description="Day shifts only, 8:00-17:00. 3,400-3,700 BGN gross per month.",
        ),
    ),
    pair(
        "Polish: 'no problem with German every day' vs 'doesn't want to work in German any more'",
        "ap_de",
        "Wrocław, Poland",
        ("Elżbieta Nowicka", "nie ma problemu z niemieckim na co dzień"),
        ("Halina Wieczorek", "nie chce już pracować po niemiecku, tylko angielski"),
        job("ap_de", WRO),
    ),
    pair(
        "'never said no to managing' vs 'not interested in managing people'",
        "r2r_lead",
        "Bucharest, Romania",
        ("Oana Popescu", "never said no to managing - happy to take a team"),
        ("Mihai Radu", "not interested in managing people, stays a specialist"),
        job("r2r_lead", BUC),
    ),
    pair(
        "'doesn't mind a trip to Brussels now and then' vs 'minds any travel'",
        "desk_fr",
        "Porto, Portugal",
        ("Miguel Correia", "doesn't mind the odd trip to Brussels"),
        ("Laura Sequeira", "minds any travel - won't go to Brussels"),
        job("desk_fr", OPO, description="A trip to the client in Brussels every quarter."),
    ),
]

# --- 6. location, level, stage and size, industry, technology -------------------------------

LOCATION = [
    pair(
        "Lisbon on site: Porto, would move for the right role vs Porto, won't move",
        "kyc",
        "Porto, Portugal",
        ("Francisco Mota", "would relocate to Lisbon for the right role"),
        ("Carolina Amorim", "won't leave Porto, family here"),
        job("kyc", onsite("Lisbon, Portugal")),
    ),
    pair(
        "Kraków: Katowice, moving to Kraków in January anyway vs staying in Silesia",
        "java",
        "Katowice, Poland",
        ("Rafał Duda", "moving to Kraków in January anyway, flat bought in Ruczaj"),
        ("Artur Kubacki", "staying in Silesia, Kraków is too far"),
        job("java", onsite("Kraków, Poland")),
    ),
    pair(
        "Bucharest: wants to move back from Iași vs won't leave Iași",
        "ap_de",
        "Iași, Romania",
        ("Ionuț Moraru", "vrea sa se intoarca in Bucuresti"),
        ("Diana Chiriac", "nu pleaca din Iasi, are familia aici"),
        job("ap_de", onsite("Bucharest, Romania")),
        yes_note=wa,
        no_note=wa,
    ),
    pair(
        "Prague with relocation: Brno, open to Prague vs Brno only",
        "java",
        "Brno, Czech Republic",
        ("Daniel Fiala", "open to Prague with the relocation package"),
        ("Pavel Šimek", "Brno only, won't move to Prague"),
        job("java", onsite("Prague, Czech Republic"), offers=["Relocation package to Prague"]),
    ),
    pair(
        "Sofia: open to move from Plovdiv vs partner goes to Sofia, she stays in Plovdiv",
        "claims_nl",
        "Plovdiv, Bulgaria",
        ("Yana Petrova", "open to relocating to Sofia"),
        ("Silvia Ivanova", "partner is moving to Sofia for work but she's staying in Plovdiv"),
        job("claims_nl", onsite("Sofia, Bulgaria")),
        yes_note=call,
        no_note=call,
    ),
]

LEVEL = [
    pair(
        "team leader role: wants to lead vs wants to stay a specialist",
        "r2r_lead",
        "Kraków, Poland",
        ("Jakub Wojciechowski", "ready to lead a team, covered for his TL for 6 months"),
        ("Alicja Grabowska", "wants to stay a specialist, no team to manage"),
        job("r2r_lead", KRK),
    ),
    pair(
        "individual contributor role: burnt out managing 12 vs won't go back to no reports",
        "java",
        "Cluj-Napoca, Romania",
        ("Sergiu Matei", "burnt out managing 12 people, wants hands-on coding again"),
        ("Cătălin Oprea", "won't go back to a role without direct reports"),
        job("java", CLJ, description="Hands-on individual contributor, no direct reports."),
    ),
    pair(
        "Polish: wants to grow into a team leader vs doesn't want to manage people",
        "r2r_lead",
        "Warsaw, Poland",
        ("Marek Szymański", "chce rozwijać się w kierunku team leadera"),
        ("Dorota Baranowska", "nie chce zarządzać ludźmi"),
        job("r2r_lead", WAW),
        yes_note=call,
        no_note=call,
    ),
    pair(
        "senior IC Java role: wants the architect track vs engineering manager roles only",
        "java",
        "Budapest, Hungary",
        ("Balázs Nagy", "wants the architect track, not management"),
        ("Levente Tóth", "only engineering manager roles from now on"),
        job("java", BUD),
    ),
]

STAGE_SIZE = [
    pair(
        "Series A fintech of 40: wants a startup after a bank vs wants a big corporate",
        "java",
        "Lisbon, Portugal",
        ("Henrique Paiva", "8 years at a bank hub, wants a small startup now"),
        ("Duarte Caldeira", "wants a big, stable corporate after a startup went bust"),
        job("java", LIS, description="Series A fintech, 40 people."),
    ),
    pair(
        "6,000-person bank centre: wants big and stable vs never again a corporate",
        "kyc",
        "Kraków, Poland",
        ("Adrianna Pawłowska", "after her startup collapsed wants a big stable employer"),
        ("Sandra Wrona", "never again a corporate, too much process"),
        job("kyc", KRK, description="Our Kraków centre employs 6,000 people for a global bank."),
    ),
    pair(
        "Polish 'korpo': doesn't want to go to korpo vs looking for a big firm with benefits",
        "ap_de",
        "Wrocław, Poland",
        ("Ilona Kaczor", "szuka dużej firmy z benefitami i stabilnością"),
        ("Zofia Pietrzak", "nie chce do korpo, woli małą firmę"),
        job("ap_de", WRO, description="Global FMCG shared-service centre, 4,500 employees."),
        yes_note=call,
        no_note=call,
    ),
    pair(
        "greenfield centre, first 20 hires: wants to build from scratch vs wants settled processes",
        "r2r_lead",
        "Iași, Romania",
        ("Gabriel Lazăr", "wants to build a team from scratch"),
        ("Cristina Bălan", "wants established processes, not a greenfield setup again"),
        job(
            "r2r_lead",
            IAS,
            description="New centre opening in Iași: you will be among the first 20 hires.",
        ),
    ),
    pair(
        "family firm of 80: wants small and personal vs wants an international ladder",
        "ap_de",
        "Brno, Czech Republic",
        ("Markéta Sedláčková", "wants a small family firm where people know each other"),
        ("Eva Jelínková", "wants an international corporate with a clear career ladder"),
        job("ap_de", BRQ, description="Family-owned Czech manufacturer, 80 people."),
    ),
    pair(
        "pre-IPO fintech: wants pre-IPO upside vs no startups after two insolvencies",
        "java",
        "Bucharest, Romania",
        ("Alexandru Stan", "wants equity and pre-IPO upside"),
        ("Valentin Badea", "no startups, been through two insolvencies"),
        job("java", BUC, description="Pre-IPO fintech, 150 people, stock options."),
    ),
    pair(
        "Hungarian: 12,000-person bank centre: wants a small company vs big, stable multinational",
        "kyc",
        "Budapest, Hungary",
        ("Krisztina Lakatos", "nagy, stabil multinál szeretne dolgozni"),
        ("Orsolya Pap", "kis cégnél szeretne dolgozni, nem multinál"),
        job("kyc", BUD, description="Our Budapest centre of 12,000 people serves a global bank."),
        yes_note=mail,
        no_note=mail,
    ),
    pair(
        "bootstrapped 25-person software house: small and profitable vs a VC rocket",
        "java",
        "Porto, Portugal",
        ("João Fontoura", "wants a small, profitable company, no VC drama"),
        ("Martim Valente", "wants a VC-backed hypergrowth scale-up, moonshot or nothing"),
        job("java", OPO, description="Bootstrapped and profitable software house, 25 people."),
    ),
    C(
        "left a big bank as bureaucratic, this is a startup vs left a startup as chaotic",
        "backend",
        [
            pool("java", "Warsaw, Poland")(
                "Igor Szewczyk",
                2,
                apps=[
                    withdrew(
                        230,
                        "culture_fit",
                        "Too big and bureaucratic for him - 20,000-person bank",
                        role="Senior Java Developer",
                    )
                ],
            ),
            pool("java", "Warsaw, Poland")(
                "Norbert Kowalczyk",
                0,
                apps=[
                    withdrew(
                        230,
                        "culture_fit",
                        "Startup too chaotic, no processes - wants a large organisation",
                        role="Senior Java Developer",
                    )
                ],
            ),
        ],
        **job("java", WAW, description="Seed-stage insurtech, 30 people."),
    ),
    pair(
        "scale-up of 300: not a startup, wants 1,000+ vs wants mid-sized",
        "desk_fr",
        "Bucharest, Romania",
        ("Loredana Matei", "wants a mid-sized company, a few hundred people"),
        ("Sebastian Preda", "only companies with 1,000+ employees"),
        job("desk_fr", BUC, description="Series C scale-up, 300 people."),
    ),
]

MISSION = [
    pair(
        "Sofia betting operator: no gambling vs sports fan, happy in betting",
        "desk_fr",
        "Sofia, Bulgaria",
        ("Emil Georgiev", "sports fan, happy to support a betting operator"),
        ("Lyubomir Stefanov", "no gambling companies, ethical line"),
        job("desk_fr", SOF, description="Support for an online sports betting operator."),
    ),
    pair(
        "defence group's finance centre: won't work for defence vs wants defence",
        "ap_de",
        "Kraków, Poland",
        ("Jacek Sokołowski", "wants to work in defence, feels it matters now"),
        ("Agata Czerwińska", "won't work for arms manufacturers"),
        job("ap_de", KRK, description="Finance centre of a European defence group."),
    ),
    pair(
        "tobacco group's SSC: no tobacco vs no objection, likes the benefits",
        "ap_de",
        "Cluj-Napoca, Romania",
        ("Daniela Pușcaș", "fine with any industry, likes the benefits package there"),
        ("Adela Rus", "no tobacco companies - her father died of lung cancer"),
        job("ap_de", CLJ, description="Shared-service centre of an international tobacco group."),
    ),
    C(
        "renewables utility: wants green energy vs no stated preference",
        "cs",
        [
            pool("ap_de", "Porto, Portugal")(
                "Inês Tavares",
                2,
                touches=[ats(50, "wants to work for renewables/energy transition")],
            ),
            pool("ap_de", "Porto, Portugal")("Matilde Rocha", 1),
        ],
        **job("ap_de", OPO, description="Finance centre of a renewable energy producer."),
    ),
    pair(
        "a traditional retail bank: won't work for crypto, this is no crypto vs crypto only",
        "kyc",
        "Lisbon, Portugal",
        ("Patrícia Neves", "won't touch crypto firms; banks are fine"),
        ("Rodrigo Lopes", "only crypto/web3 companies, banks bore him"),
        job("kyc", LIS, description="KYC for a traditional retail bank."),
    ),
]

TECH = [
    pair(
        "Java on Azure: wants out of Azure vs wants Azure certificates",
        "java",
        "Wrocław, Poland",
        ("Damian Kołodziejczyk", "wants Azure, doing AZ-204 now"),
        ("Konrad Piątek", "AWS only, done with Azure"),
        job("java", WRO, description="Java services deployed on Azure."),
    ),
    pair(
        "S/4HANA migration: wants to learn S/4 vs refuses SAP, Oracle only",
        "ap_de",
        "Prague, Czech Republic",
        ("Simona Kolářová", "wants to learn S/4HANA"),
        ("Ivana Bartošová", "no SAP, Oracle only"),
        job("ap_de", PRG, description="AP on S/4HANA after the migration."),
    ),
    pair(
        "ServiceNow desk: done with the ServiceNow grind vs loves ServiceNow",
        "desk_fr",
        "Kraków, Poland",
        ("Aurélien Kowal", "loves ServiceNow, wants to grow into admin"),
        ("Camille Nowak-Leroy", "done with ServiceNow ticket grind"),
        job("desk_fr", KRK, description="ServiceNow-based desk with admin growth path."),
    ),
    pair(
        "COBOL-to-Java migration: no legacy vs enjoys migrations",
        "java",
        "Sofia, Bulgaria",
        ("Hristo Vasilev", "enjoys legacy migrations, did COBOL to Java before"),
        ("Ivaylo Popov", "no legacy, no COBOL, only greenfield"),
        job("java", SOF, description="Migrate a bank's COBOL core to Java services."),
    ),
]

# --- 7. last time's reason, the history with us, the latest process -------------------------

PAST_KRK_ONSITE = dict(remote_policy="onsite", location="Kraków, Poland")
PAST_WAW = dict(
    remote_policy="hybrid", location="Warsaw, Poland", salary_max=15_000, currency="PLN"
)


def last_time(name, kind, where, resolved, standing, opening):
    """``resolved``/``standing``: (name, app) — the first reason this role answers, the second
    it does not."""
    make = pool(kind, where)
    return C(
        name,
        ROLE_KEY[kind],
        [make(resolved[0], 2, apps=[resolved[1]]), make(standing[0], 0, apps=[standing[1]])],
        **opening,
    )


LAST_TIME = [
    last_time(
        "declined at 15k when asking 18k, band now 17-20k vs asked 25k",
        "ap_de",
        "Warsaw, Poland",
        (
            "Renata Sikorska",
            declined(300, "compensation", "Asked 18k gross, offer was 15k", past=PAST_WAW),
        ),
        (
            "Jadwiga Nowak",
            declined(300, "compensation", "Asked 25k gross, offer was 15k", past=PAST_WAW),
        ),
        job("ap_de", WAW, salary_min=17_000, salary_max=20_000, currency="PLN"),
    ),
    last_time(
        "withdrew over five office days, this is two vs withdrew over B2B, this is B2B again",
        "java",
        "Kraków, Poland",
        (
            "Mikołaj Nowicki",
            withdrew(
                260,
                "remote_policy",
                "Wouldn't do 5 days at the office",
                past=PAST_KRK_ONSITE,
                role="Java Developer",
            ),
        ),
        (
            "Tadeusz Kowal",
            withdrew(260, "other", "Wanted UoP, offer was B2B only", role="Java Developer"),
        ),
        job("java", KRK, description="B2B contract only."),
    ),
    last_time(
        "declined as UoP only, this one offers B2B vs declined over nights, this has nights",
        "desk_fr",
        "Wrocław, Poland",
        (
            "Olaf Grabski",
            declined(210, "other", "Wanted B2B, client only did UoP", role="Service Desk Analyst"),
        ),
        (
            "Cezary Wilczek",
            declined(
                210, "other", "No night shifts - rota had nights", role="Service Desk Analyst"
            ),
        ),
        job("desk_fr", WRO, description="B2B or UoP, your choice. Rotating night shifts."),
    ),
    last_time(
        "withdrew over Pipera, this is Piața Victoriei vs withdrew over German, still German",
        "ap_de",
        "Bucharest, Romania",
        (
            "Silviu Neagu",
            withdrew(180, "location", "Navetă Pipera prea lungă, 1h30", role="AP Specialist"),
        ),
        (
            "Corina Ilie",
            withdrew(180, "other", "Nu vrea sa lucreze in germana", role="AP Specialist"),
        ),
        job("ap_de", onsite("Bucharest, Romania"), offers=["Office at Piața Victoriei, M1/M2"]),
    ),
    last_time(
        "rejected on German B2 and has since passed Goethe C1 vs rejected last month on German",
        "ap_de",
        "Brno, Czech Republic",
        (
            "Tereza Pokorná",
            app(
                400,
                "interview",
                "rejected",
                "skills_gap",
                "German B2 only; since passed Goethe C1 in June",
                role="AP Specialist",
            ),
        ),
        (
            "Lucie Marková",
            app(
                30,
                "interview",
                "rejected",
                "skills_gap",
                "German too weak for supplier calls",
                role="AP Specialist",
            ),
        ),
        job("ap_de", BRQ),
    ),
    last_time(
        "declined over 50% travel, now none vs no relocation to Lisbon, still none",
        "kyc",
        "Porto, Portugal",
        ("Bernardo Coelho", declined(240, "other", "50% travel too much", role="KYC Analyst")),
        (
            "Tânia Vaz",
            declined(240, "location", "Would not move to Lisbon without relo", role="KYC Analyst"),
        ),
        job("kyc", onsite("Lisbon, Portugal"), description="No travel. No relocation support."),
    ),
    last_time(
        "declined for lack of sponsorship, this one sponsors vs same, this one doesn't",
        "java",
        "Kraków, Poland",
        (
            "Ravi Kaimal",
            declined(
                200,
                "other",
                "Needed work permit sponsored, client would not",
                role="Java Developer",
            ),
        ),
        (
            "Hamza Yilmaz",
            declined(
                200,
                "other",
                "Needs Blue Card sponsorship to move to Germany",
                role="Java Developer",
            ),
        ),
        job("java", KRK, offers=["We sponsor Polish work permits"], description="Kraków-based."),
    ),
    last_time(
        "withdrew over weekend shifts, this is Monday-Friday vs withdrew over pay, same band",
        "claims_nl",
        "Lisbon, Portugal",
        (
            "Alice Marques",
            withdrew(150, "other", "Fins de semana no rota - não", role="Claims Handler"),
        ),
        (
            "Manuel Antunes",
            withdrew(150, "compensation", "Asked €38k, band capped €32k", role="Claims Handler"),
        ),
        job(
            "claims_nl",
            LIS,
            salary_min=28_000,
            salary_max=32_000,
            currency="EUR",
            description="Monday to Friday, no weekends.",
        ),
    ),
    last_time(
        "declined a people-lead job to stay hands-on, this is IC vs declined over pay, same band",
        "java",
        "Prague, Czech Republic",
        (
            "Stanislav Kolář",
            declined(
                280, "other", "Wanted to stay hands-on, role was team lead", role="Java Team Lead"
            ),
        ),
        (
            "Roman Dušek",
            declined(280, "compensation", "Wanted 110k CZK, max was 85k", role="Java Developer"),
        ),
        job(
            "java",
            PRG,
            salary_min=70_000,
            salary_max=85_000,
            currency="CZK",
            description="Hands-on IC.",
        ),
    ),
    last_time(
        "withdrew over a Florești office, now central vs withdrew over nights, still nights",
        "desk_fr",
        "Cluj-Napoca, Romania",
        (
            "Paul Rusu",
            withdrew(190, "location", "Birou in Florești, prea departe", role="Desk Analyst"),
        ),
        ("Horea Pădurean", withdrew(190, "other", "Nu face ture de noapte", role="Desk Analyst")),
        job(
            "desk_fr",
            onsite("Cluj-Napoca, Romania"),
            offers=["Office in the city centre"],
            description="24/7 desk with night shifts.",
        ),
    ),
]

HISTORY = [
    C(
        "silver medalist vs screened out on the CV",
        "cs",
        [
            pool("kyc", "Bucharest, Romania")(
                "Irina Voicu", 2, apps=[lost_final(260, role="KYC Analyst")]
            ),
            pool("kyc", "Bucharest, Romania")(
                "Camelia Dinu",
                1,
                apps=[app(260, "applied", "rejected", "other", "CV screen", role="KYC Analyst")],
            ),
        ],
        **job("kyc", BUC),
    ),
    C(
        "no-show twice vs clean history",
        "cs",
        [
            pool("claims_nl", "Kraków, Poland")(
                "Emilia Rutkowska",
                0,
                apps=[app(120, "interview", "rejected", "no_show", "No-show twice, no message")],
            ),
            pool("claims_nl", "Kraków, Poland")("Laura Wiśniewska", 2),
        ],
        **job("claims_nl", KRK),
    ),
    C(
        "placed by us two months ago vs silver medalist",
        "cs",
        [
            pool("ap_de", "Lisbon, Portugal")(
                "Carla Figueiredo",
                0,
                apps=[app(60, "offer", "hired", None, "Placed at the Siemens hub, started Oct")],
            ),
            pool("ap_de", "Lisbon, Portugal")("Helena Cabral", 2, apps=[lost_final(200)]),
        ],
        **job("ap_de", LIS),
    ),
]

PROCESS = [
    C(
        "latest process a final-round loss vs latest a recent skills gap",
        "backend",
        [
            pool("java", "Sofia, Bulgaria")(
                "Georgi Atanasov",
                2,
                apps=[
                    app(
                        700,
                        "screen",
                        "rejected",
                        "skills_gap",
                        "No Kafka then",
                        role="Java Developer",
                    ),
                    lost_final(90, role="Java Developer"),
                ],
            ),
            pool("java", "Sofia, Bulgaria")(
                "Petar Yordanov",
                0,
                apps=[
                    lost_final(700, role="Java Developer"),
                    app(
                        90,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Weak Spring, failed the live task",
                        role="Java Developer",
                    ),
                ],
            ),
        ],
        **job("java", SOF),
    ),
    C(
        "withdrew last month having accepted another offer vs withdrew a year ago, since open",
        "cs",
        [
            pool("kyc", "Prague, Czech Republic")(
                "Klára Benešová",
                0,
                apps=[withdrew(30, "other", "Accepted an offer at another bank, starts Jan")],
            ),
            pool("kyc", "Prague, Czech Republic")(
                "Adéla Novotná",
                2,
                apps=[withdrew(400, "timing", "Was mid-move")],
                touches=[li(120, "Settled now, open to KYC roles again.")],
            ),
        ],
        **job("kyc", PRG),
    ),
]

# --- 8. several notes over time: the latest word counts -------------------------------------


def over_time(name, kind, where, yes, no, opening, ch=ats):
    """``yes``/``no``: (name, [(days, note), ...]); the latest note of ``yes`` suits the role."""
    make = pool(kind, where)
    return C(
        name,
        ROLE_KEY[kind],
        [
            make(yes[0], 2, touches=[ch(d, n) for d, n in yes[1]]),
            make(no[0], 0, touches=[ch(d, n) for d, n in no[1]]),
        ],
        **opening,
    )


LATEST = [
    over_time(
        "remote only, then moved closer and fine with hybrid vs the reverse",
        "kyc",
        "Kraków, Poland",
        (
            "Agata Maj",
            [(400, "remote only, sorry"), (60, "moved to Podgórze, 2 days office fine now")],
        ),
        ("Beata Kruk", [(400, "hybrid 2 days ok"), (60, "moved to Zakopane - remote only now")]),
        job("kyc", KRK),
    ),
    over_time(
        "no travel, then kids older and travel fine vs the reverse",
        "ap_de",
        "Wrocław, Poland",
        ("Paulina Sroka", [(500, "no travel, kids small"), (40, "kids at school now, travel ok")]),
        ("Marlena Kot", [(500, "travel fine"), (40, "new baby - no travel for now")]),
        job("ap_de", WRO, description="About 30% travel to Germany."),
    ),
    over_time(
        "asked 20k then would take 15k vs asked 15k then 22k after inflation",
        "ap_de",
        "Warsaw, Poland",
        (
            "Milena Gajewska",
            [(300, "min 20k gross"), (50, "would take 15k gross for a stable UoP")],
        ),
        (
            "Karina Bednarek",
            [(300, "15k gross ok"), (50, "after inflation needs 22k gross minimum")],
        ),
        job("ap_de", WAW, **PLN_BAND, description="13 000-16 000 PLN gross per month."),
    ),
    over_time(
        "B2B only, then wants UoP for the mortgage vs UoP, then B2B only",
        "java",
        "Gdańsk, Poland",
        ("Eryk Malinowski", [(350, "B2B only"), (45, "now wants UoP - getting a mortgage")]),
        ("Olgierd Sadowski", [(350, "UoP preferred"), (45, "opened JDG, B2B only from now")]),
        job("java", dict(remote_policy="remote", location="Poland"), description="UoP only."),
    ),
    over_time(
        "would move to Lisbon, then bought a flat in Porto vs the reverse",
        "claims_nl",
        "Porto, Portugal",
        (
            "Luís Carneiro",
            [
                (300, "ficar no Porto"),
                (30, "open to moving to Lisbon now, partner got a job there"),
            ],
        ),
        (
            "Gabriela Faria",
            [(300, "would move to Lisbon"), (30, "bought a flat in Porto, staying")],
        ),
        job("claims_nl", onsite("Lisbon, Portugal")),
    ),
    over_time(
        "wanted to lead, tried it and hated it vs stayed specialist, now ready to lead",
        "r2r_lead",
        "Budapest, Hungary",
        ("Péter Horváth", [(500, "specialist only"), (60, "I'm ready to lead a team now")]),
        (
            "Judit Szabó",
            [(500, "wants to lead"), (60, "tried leading for a year - hated it, back to IC")],
        ),
        job("r2r_lead", BUD),
    ),
    over_time(
        "no more German, then misses it vs happy in German, then done with it",
        "ap_de",
        "Kraków, Poland",
        ("Urszula Sobieraj", [(400, "koniec z niemieckim"), (35, "brakuje mi niemieckiego, ok")]),
        ("Halina Jabłońska", [(400, "niemiecki ok"), (35, "nie chce już po niemiecku")]),
        job("ap_de", KRK),
    ),
    over_time(
        "won't go to Pipera, then moved next to it vs Pipera fine, then moved to Militari",
        "desk_fr",
        "Bucharest, Romania",
        ("Andreea Stoian", [(300, "Pipera nu"), (40, "m-am mutat in Pipera, e la 5 min")]),
        (
            "Bianca Tudose",
            [(300, "Pipera ok"), (40, "m-am mutat in Militari, Pipera iese din discutie")],
        ),
        job("desk_fr", onsite("Bucharest, Romania"), offers=["Office in Pipera"]),
        ch=wa,
    ),
    over_time(
        "no gambling, then fine with it vs fine, then no gambling",
        "desk_fr",
        "Sofia, Bulgaria",
        ("Martin Zhelev", [(450, "no gambling firms"), (50, "gambling is ok now, need the job")]),
        ("Boris Kirilov", [(450, "any industry ok"), (50, "no gambling - brother's addiction")]),
        job("desk_fr", SOF, description="Support for an online casino operator."),
    ),
    C(
        "not before March, then free now vs free any time, then not before March",
        "cs",
        [
            pool("kyc", "Iași, Romania")(
                "Cosmina Hodoroabă",
                2,
                touches=[
                    wa(90, "nu inainte de martie, am proiect"),
                    wa(20, "proiectul s-a anulat, sunt libera acum"),
                ],
            ),
            pool("kyc", "Iași, Romania")(
                "Denisa Bejan",
                1,
                touches=[
                    wa(90, "oricand, sunt libera"),
                    wa(20, "m-am razgandit: nu inainte de martie, am bonus"),
                ],
            ),
        ],
        **job("kyc", IAS),
    ),
    C(
        "keep me posted, then erase me vs stop, then taken back",
        "cs",
        [
            pool("claims_nl", "Warsaw, Poland")(
                "Wiktor Jankowski",
                0,
                touches=[
                    li(300, "Keep me posted about Dutch roles."),
                    mail(40, "Please erase all my data and don't contact me again."),
                ],
                excluded=True,
            ),
            pool("claims_nl", "Warsaw, Poland")(
                "Zuzanna Pawlik",
                2,
                touches=[
                    mail(300, "Stop contacting me altogether please."),
                    mail(40, "Ignore my earlier mail - I'm looking again, send me Dutch roles."),
                ],
            ),
        ],
        **job("claims_nl", WAW),
    ),
]

HELDOUT54_CASES: list[Case] = [
    *OPT_OUTS,
    *WAITS,
    *SCHEDULE,
    *TRAVEL,
    *VISA,
    *CONTRACT,
    *COMMUTE,
    *PAY,
    *WORK_MODE,
    *NEGATION,
    *LOCATION,
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
# here last time's reason, resolved or still standing, is the file's LAST_TIME list, and the
# history with us its HISTORY.
NEGATIONS, LOCATIONS, LATEST_WORD = NEGATION, LOCATION, LATEST
RESOLVED, LAST_TIME = LAST_TIME, HISTORY
