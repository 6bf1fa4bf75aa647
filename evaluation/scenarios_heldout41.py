"""Held-out rediscovery cases, forty-first set: the words of recruiters who hire for remote-first
and distributed companies across time zones, written by a forty-first stranger to the reader (its
code, its labelled sets and the earlier case files' sentences were not looked at; held-out 10 was
opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 41") and never tuned to what Encore does. The recruiters work for US
and EU start-ups and agencies that employ people in Latin America (Mexico, Colombia, Argentina,
Brazil), Eastern Europe (Poland, Romania, Ukraine, Serbia), Africa (Nigeria, Kenya, Egypt, South
Africa) and South-East Asia (the Philippines, Vietnam, Indonesia) as contractors or through an EOR
(Deel, Remote.com): React, Python, Node, Laravel, Flutter and Shopify developers, QA engineers,
product designers, data analysts, virtual assistants, customer support agents, DevOps engineers,
technical writers and sales development reps. The voices: terse ATS shorthand with abbreviations
and typos ("cand req'd", "DNC", "mat leave til"), recruiters' third-person call notes, long
rambling screening notes full of dates that ask for no wait, candidates' own emails, WhatsApp
messages and LinkedIn InMails in the English of non-native speakers, and lines in Spanish,
Brazilian Portuguese, Polish, Romanian and Tagalog/Taglish. The talk is of USD and EUR per month
or per hour, PHP and ARS, contractor against employee against EOR, B2B against umowa o pracę, PJ
against CLT, overlap hours with EST and PST, async against synchronous teams, graveyard shifts for
US clients, Friday as the weekend in Cairo, offsites and trade shows, Schengen, US, Canadian and
Portuguese visas and the EU Blue Card, power cuts and fibre installs, Carnaval, Semana Santa,
Ramadan and Eid, and Tết.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a Spanish WhatsApp, an InMail reported as spam, an ATS "DNC", a Brazilian LGPD
   erasure request, Taglish, a "no thanks, don't write again", a recruiter's call note, Polish,
   a bare "UNSUBSCRIBE"): never shown; beside each a near-miss that is shown (email rather than
   WhatsApp, email rather than InMail, an old CV swapped for a new one, an update to the talent
   pool, chat rather than calls, no to one night-shift role only, email during power cuts, calls
   only after four, the newsletter only);
2. waits counted from the day said, each against a twin whose wait has run out: after Carnaval,
   after Eid, after Tết, a Toptal engagement to 31 January, maternity leave, a move from Lagos to
   Nairobi, after Semana Santa (a rambling note), a fibre install, a certification exam;
3. schedule (a graveyard shift both ways, overlap with US Pacific from Warsaw, async against live
   pairing, a paid weekend pager, Pacific hours "never again" against "liked the quiet", EST hours
   from Lagos, a day-shift Australian client, Fridays in Cairo), travel (offsites, Schengen
   refusals, a past employer's travel, fear of flying, once a year against quarterly, "not against
   travel", a sick mother, a wife who won't fly), visas (US-only without sponsorship, a Canadian
   work permit, Portuguese residence against a D7 plan, a US visa for San Diego trips, a Blue Card,
   a UK dependant visa against a Graduate visa, Italian citizenship pending, a Venezuelan PPT),
   contract form and hours (Deel contractor against IMSS, umowa o pracę against B2B, part-time
   against full-time, a second client, six-month gigs, CLT against PJ) and commute (Suba to Calle
   93, Ikorodu to Lekki, Cavite to Makati, 6th of October to New Cairo);
4. pay against the band: USD a month, USD an hour, EUR a month in Romanian, a current salary above
   the band with a lower ask, PHP a month, and pesos adjusted for inflation against dollars only;
5. work mode said only in the title, only in the description, only in the offers, and in Tagalog;
6. negation and scope ("not opposed to nights", "pay wasn't the problem", "never said no to
   Laravel", "no problem with cameras on", "nada contra startup");
7. location (Latin America only, a move to Lisbon, payroll countries, a move inside Serbia, a
   Mexico City office), managing and level, company stage and size (seed, listed, bootstrapped,
   Series B, a big BPO, "not pre-revenue", family-owned, Series A in Spanish), industry and mission
   (crypto, iGaming, off-grid solar, edtech) and technology (Laravel to Node, Flutter, AWS against
   GCP, Shopify Hydrogen, Angular, docs-as-code, Playwright, Looker);
8. last time's reason resolved by this role or still standing (pay, office days, contractor against
   employee, a graveyard shift, no relocation help), the history with us (a recent skills gap, a
   no-show, rudeness, a counteroffer) and the latest process (a final round against a CV screened
   out, a placement two months ago, an offer accepted then ghosted against one we cancelled);
9. several notes over time where the latest word counts: nights refused then fine and the reverse,
   a removal taken back and a "keep me in the loop" hardened into an erasure, a pay ask lowered and
   raised, a move to Canada refused then wanted and the reverse.

Hard cases a careful recruiter still gets right are mixed in: a wife's fear of flying that is not
his, a past client's night hours this role does not have, a current salary above the band with a
lower ask, a monthly ask against an hourly or annual band, overlap hours that need the arithmetic
from Warsaw to Pacific time, and a Friday that is the weekend in Egypt.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

QA_ENGINEER = dict(
    current_title="QA Automation Engineer",
    skills=["Cypress", "Playwright", "API testing", "Test planning"],
    years_experience=5,
    resume_text=(
        "QA automation engineer, five years testing SaaS products for US start-ups: end-to-end "
        "suites in Cypress and Playwright, API tests in Postman, test plans and release sign-off."
    ),
)
VIRTUAL_ASSISTANT = dict(
    current_title="Executive Virtual Assistant",
    skills=["Calendar management", "Inbox triage", "Google Workspace", "Travel booking"],
    years_experience=6,
    resume_text=(
        "Executive virtual assistant for US founders for six years: calendars across time zones, "
        "inbox triage, travel booking, expense reports and Notion upkeep."
    ),
)
SUPPORT_AGENT = dict(
    current_title="Customer Support Specialist",
    skills=["Zendesk", "Intercom", "Tier 2 troubleshooting", "Macros and help-centre articles"],
    years_experience=5,
    resume_text=(
        "Customer support specialist, five years on SaaS and e-commerce queues for US and EU "
        "clients: Zendesk and Intercom, tier 2 troubleshooting, macros and CSAT above 95%."
    ),
)
TECH_WRITER = dict(
    current_title="Technical Writer",
    skills=["API documentation", "OpenAPI", "Markdown", "Information architecture"],
    years_experience=6,
    resume_text=(
        "Technical writer, six years documenting developer platforms: API references from "
        "OpenAPI specs, tutorials, release notes and the information architecture of help centres."
    ),
)
SDR = dict(
    current_title="Sales Development Representative",
    skills=["Outbound prospecting", "HubSpot", "Cold calling", "Apollo"],
    years_experience=4,
    resume_text=(
        "SDR for four years selling B2B SaaS into North America: cold calls, sequences in Apollo "
        "and HubSpot, 140% of meeting quota last year."
    ),
)
DATA_ANALYST = dict(
    current_title="Data Analyst",
    skills=["SQL", "Dashboards", "Python", "A/B test analysis"],
    years_experience=5,
    resume_text=(
        "Data analyst, five years at marketplaces and retailers: SQL, dashboards for sales and "
        "operations, Python notebooks and A/B test readouts for product teams."
    ),
)
DEVOPS = dict(
    current_title="DevOps Engineer",
    skills=["AWS", "Terraform", "Kubernetes", "GitHub Actions"],
    years_experience=7,
    resume_text=(
        "DevOps engineer, seven years: AWS and Kubernetes infrastructure in Terraform, CI/CD in "
        "GitHub Actions, observability and cost reviews for SaaS companies."
    ),
)
LARAVEL_DEV = dict(
    current_title="Full-stack Developer (PHP)",
    skills=["PHP", "Laravel", "MySQL", "Vue.js", "JavaScript"],
    years_experience=6,
    resume_text=(
        "Full-stack developer, six years of Laravel and Vue for agencies and SaaS clients: REST "
        "APIs, queues, MySQL tuning and some Node scripting."
    ),
)
MOBILE_DEV = dict(
    current_title="Mobile Developer",
    skills=["React Native", "Flutter", "Firebase", "App Store releases"],
    years_experience=5,
    resume_text=(
        "Mobile developer, five years shipping consumer apps for US start-ups, mostly React "
        "Native with one Flutter app, Firebase back ends and store releases."
    ),
)
SHOPIFY_DEV = dict(
    current_title="Shopify Developer",
    skills=["Shopify Liquid", "JavaScript", "Shopify apps", "Headless commerce"],
    years_experience=5,
    resume_text=(
        "Shopify developer, five years building themes and private apps for DTC brands in the US "
        "and UK, and one headless storefront."
    ),
)


def hires(profile: str, persona: dict | None = None, where: str = "Remote"):
    """People of one kind in the talent pool: the same profile and persona, living in ``where``
    unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**(persona or {}), "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def ats(days, text) -> dict:
    """A recruiter's note typed into the ATS, in their shorthand."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def screen(days, text) -> dict:
    """A recruiter's note of a screening or catch-up call."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def mail(days, text) -> dict:
    """The candidate's email."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def whatsapp(days, text) -> dict:
    """The candidate's WhatsApp message, as typed."""
    return touch(days, "inbound", "replied", note=text, channel="other")


def inmail(days, text) -> dict:
    """The candidate's LinkedIn message."""
    return touch(days, "inbound", "replied", note=text, channel="linkedin")


def lost_final(days, note=None, *, role="Senior Software Engineer") -> dict:
    """Reached the final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.2, role=role)


def said_no(days, reason, note, *, past=None, role="Senior Software Engineer") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def stepped_out(
    days, reason, note, *, stage="interview", past=None, role="Senior Software Engineer"
):
    """Withdrew from our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def turned_away(days, reason, note, *, stage="interview", role="Senior Software Engineer"):
    """We turned them down."""
    return app(days, stage, "rejected", reason, note, role=role)


def job(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the jobs are ----------------------------------------------------------------------

REACT_JOB = dict(
    title="Senior React Developer",
    department="Engineering",
    seniority="senior",
    requirements="TypeScript\nReact\nNext.js\nAccessibility",
    description="Build the customer dashboard of a US fintech start-up with a distributed team.",
)
PY_JOB = dict(
    title="Senior Python Engineer",
    department="Engineering",
    seniority="senior",
    requirements="5+ years of Python\nDjango or FastAPI\nPostgreSQL\nAWS\nKafka",
    description="Build the services behind a US logistics platform, with a distributed team.",
)
NODE_JOB = dict(
    title="Senior Node.js Developer",
    department="Engineering",
    seniority="senior",
    requirements="JavaScript\nNode.js\nMySQL or PostgreSQL\nREST APIs",
    description="Move a US marketplace's PHP back end onto Node.js and TypeScript services.",
)
LARAVEL_JOB = dict(
    title="Senior Laravel Developer",
    department="Engineering",
    seniority="senior",
    requirements="PHP\nLaravel\nMySQL\nVue.js",
    description="Build and run the Laravel back office of an online retailer.",
)
FLUTTER_JOB = dict(
    title="Senior Flutter Developer",
    department="Mobile",
    seniority="senior",
    requirements="Flutter\nDart\nFirebase\nApp Store and Google Play releases",
    description="Own a Flutter app used by a million riders, in a Flutter-only mobile team.",
)
SHOPIFY_JOB = dict(
    title="Shopify Developer",
    department="E-commerce",
    seniority="mid",
    requirements="Shopify Liquid\nJavaScript\nShopify apps\nHeadless commerce",
    description="Build storefronts and apps for the DTC brands an e-commerce agency serves.",
)
QA_JOB = dict(
    title="QA Automation Engineer",
    department="Engineering",
    seniority="mid",
    requirements="Cypress or Playwright\nAPI testing\nTest planning",
    description="Own end-to-end test automation for a B2B SaaS product.",
)
VA_JOB = dict(
    title="Executive Virtual Assistant",
    department="Operations",
    seniority="mid",
    requirements="Calendar management\nInbox triage\nGoogle Workspace\nTravel booking",
    description="Run the calendar, inbox and travel of a founder and two executives.",
)
SUPPORT_JOB = dict(
    title="Customer Support Specialist",
    department="Customer Support",
    seniority="mid",
    requirements="Zendesk or Intercom\nTier 2 troubleshooting\nWritten English",
    description="Answer tickets and chats for a SaaS product's customers.",
)
WRITER_JOB = dict(
    title="Technical Writer",
    department="Developer Experience",
    seniority="mid",
    requirements="API documentation\nOpenAPI\nMarkdown",
    description="Write the API reference, guides and release notes of a developer platform.",
)
SDR_JOB = dict(
    title="Sales Development Representative",
    department="Sales",
    seniority="mid",
    requirements="Outbound prospecting\nHubSpot\nCold calling",
    description="Book meetings with North American mid-market prospects for the account team.",
)
ANALYST_JOB = dict(
    title="Data Analyst",
    department="Data",
    seniority="mid",
    requirements="SQL\nDashboards\nPython\nA/B testing",
    description="Answer the commercial team's questions with SQL and dashboards.",
)
DEVOPS_JOB = dict(
    title="Senior DevOps Engineer",
    department="Platform",
    seniority="senior",
    requirements="AWS\nTerraform\nKubernetes\nCI/CD",
    description="Run the AWS and Kubernetes platform of a SaaS company.",
)
DESIGN_JOB = dict(
    title="Senior Product Designer",
    department="Design",
    seniority="senior",
    requirements="Figma\nUser research\nPrototyping\nDesign systems",
    description="Design the web and mobile product of a remote-first start-up.",
)

# --- where and how they are worked ----------------------------------------------------------

LATAM = dict(remote_policy="remote", location="Remote (Latin America)")
CEE = dict(remote_policy="remote", location="Remote (Eastern Europe)")
AFRICA = dict(remote_policy="remote", location="Remote (Africa)")
SEA = dict(remote_policy="remote", location="Remote (South-East Asia)")
PH = dict(remote_policy="remote", location="Remote (Philippines)")
EMEA = dict(remote_policy="remote", location="Remote (EMEA)")
ANYWHERE = dict(remote_policy="remote", location="Remote (anywhere)")

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "WhatsApp in Spanish: stop writing, delete my number vs write by email, not WhatsApp",
        "frontend",
        [
            hires("frontend", where="Medellín, Colombia")(
                "Valentina Ocampo Restrepo",
                0,
                touches=[
                    whatsapp(
                        35,
                        "Por favor no me escriban más. No me interesa ninguna oferta de ustedes, "
                        "borren mi número de su base.",
                    )
                ],
                excluded=True,
            ),
            hires("frontend", where="Medellín, Colombia")(
                "Mariana Zuluaga Henao",
                2,
                touches=[
                    whatsapp(
                        35,
                        "Por favor no me escriban por acá, el WhatsApp es para mi familia. "
                        "Mándenme todo al correo, sigo buscando algo 100% remoto con React.",
                    )
                ],
            ),
        ],
        **job(REACT_JOB, LATAM),
    ),
    C(
        "InMails reported as spam, remove me vs no InMails please, email me instead",
        "sales",
        [
            hires("sales", SDR, "Lagos, Nigeria")(
                "Obinna Ezeagu",
                0,
                touches=[
                    inmail(
                        20,
                        "This is the fourth InMail from your agency. I've reported the last two "
                        "as spam. Remove me from whatever sequence this is and do not contact me "
                        "on any channel.",
                    )
                ],
                excluded=True,
            ),
            hires("sales", SDR, "Lagos, Nigeria")(
                "Tochukwu Ezeobi",
                2,
                touches=[
                    inmail(
                        20,
                        "Please stop sending InMails here, I only open LinkedIn once a month. "
                        "Email is better - still keen on SDR roles selling into the US.",
                    )
                ],
            ),
        ],
        **job(SDR_JOB, AFRICA),
    ),
    C(
        "ATS: removal from the pool and DNC vs removal of an old CV, keep warm",
        "cs",
        [
            hires("cs", QA_ENGINEER, "Wrocław, Poland")(
                "Bartosz Wierzbicki",
                0,
                touches=[
                    ats(
                        60,
                        "cand req'd full removal from pool + delete CV (RODO/GDPR). marked DNC - "
                        "do NOT re-add to sequences!!",
                    )
                ],
                excluded=True,
            ),
            hires("cs", QA_ENGINEER, "Wrocław, Poland")(
                "Kamil Sobczak",
                2,
                touches=[
                    ats(
                        60,
                        "cand req'd removal of OLD cv from pool, sent updated one w/ Playwright "
                        "exp. keep warm, open to EU-hours roles",
                    )
                ],
            ),
        ],
        **job(QA_JOB, CEE),
    ),
    C(
        "Portuguese: LGPD erasure request vs an update to the talent pool",
        "frontend",
        [
            hires("designer", where="Recife, Brazil")(
                "Thiago Albuquerque Nóbrega",
                0,
                touches=[
                    mail(
                        45,
                        "Olá. Com base na LGPD, peço a exclusão de todos os meus dados do banco "
                        "de talentos de vocês e que não me contatem mais. Obrigado.",
                    )
                ],
                excluded=True,
            ),
            hires("designer", where="Florianópolis, Brazil")(
                "Rafael Guimarães Teles",
                2,
                touches=[
                    mail(
                        45,
                        "Olá! Gostaria de atualizar meus dados no banco de talentos de vocês: "
                        "mudei de Recife para Florianópolis e tenho portfólio novo. Continuo "
                        "aberto a vagas remotas de product design.",
                    )
                ],
            ),
        ],
        **job(DESIGN_JOB, LATAM),
    ),
    C(
        "Taglish: don't message me again vs no calls for now, chat only",
        "cs",
        [
            hires("cs", VIRTUAL_ASSISTANT, "Quezon City, Philippines")(
                "Kristine Joy Dumlao",
                0,
                touches=[
                    whatsapp(
                        25,
                        "Hi po, pls wag nyo na po ako i-message ulit. Hindi na po talaga ako "
                        "interested, paki-remove na lang po ako sa list nyo. Salamat.",
                    )
                ],
                excluded=True,
            ),
            hires("cs", VIRTUAL_ASSISTANT, "Quezon City, Philippines")(
                "Rowena Bernabe Catapang",
                2,
                touches=[
                    whatsapp(
                        25,
                        "Hi po! Pls wag po muna tawag, night shift po ako ngayon at tulog sa "
                        "umaga. Chat lang po, interested pa rin ako sa VA role.",
                    )
                ],
            ),
        ],
        **job(VA_JOB, PH),
    ),
    C(
        "'no thanks, don't write again' vs no thanks to a night-shift role, daytime welcome",
        "cs",
        [
            hires("cs", SUPPORT_AGENT, "Nairobi, Kenya")(
                "Wanjiru Nduta",
                0,
                touches=[
                    mail(
                        15,
                        "no thanks. and please don't write again - this is the third time I've "
                        "said so.",
                    )
                ],
                excluded=True,
            ),
            hires("cs", SUPPORT_AGENT, "Nairobi, Kenya")(
                "Akinyi Awuor Ogola",
                2,
                touches=[
                    mail(
                        15,
                        "No thanks to the night-shift one for the US client, that would wreck my "
                        "sleep. Anything on EMEA daytime hours, though, I'm all ears.",
                    )
                ],
            ),
        ],
        **job(
            SUPPORT_JOB,
            EMEA,
            offers=["EMEA daytime hours, 8:00-16:00 GMT", "Contractor via Deel, paid in USD"],
        ),
    ),
    C(
        "call note: leaving tech, nobody contact her again vs email her during power cuts",
        "backend",
        [
            hires("backend", where="Enugu, Nigeria")(
                "Chidinma Okonkwo-Eze",
                0,
                touches=[
                    screen(
                        50,
                        "Called Chidinma on the number from her CV. She's leaving tech to run "
                        "the family pharmacy in Enugu and asked, firmly, that nobody from our "
                        "team contacts her again. Respect it.",
                    )
                ],
                excluded=True,
            ),
            hires("backend", where="Enugu, Nigeria")(
                "Adaeze Obiageli Umeh",
                2,
                touches=[
                    screen(
                        50,
                        "Called Adaeze. Power went off mid-call (grid collapse again); she asked "
                        "that during outages we reach her on email rather than phone. Keen on the "
                        "Python role, wants remote.",
                    )
                ],
            ),
        ],
        **job(PY_JOB, AFRICA),
    ),
    C(
        "Polish: delete my data, no more contact vs call only after four",
        "sre",
        [
            hires("sre", DEVOPS, "Gdańsk, Poland")(
                "Przemysław Kołodziejczyk",
                0,
                touches=[
                    mail(
                        40,
                        "Proszę usunąć moje dane z Państwa bazy i więcej się ze mną nie "
                        "kontaktować.",
                    )
                ],
                excluded=True,
            ),
            hires("sre", DEVOPS, "Gdańsk, Poland")(
                "Dariusz Wawrzyniak",
                2,
                touches=[
                    mail(
                        40,
                        "Proszę o kontakt dopiero po 16:00 - w pracy nie mogę odbierać telefonów. "
                        "Oferta DevOps jak najbardziej mnie interesuje.",
                    )
                ],
            ),
        ],
        **job(DEVOPS_JOB, CEE),
    ),
    C(
        "a bare UNSUBSCRIBE vs unsubscribe from the newsletter only, job matches welcome",
        "data_eng",
        [
            hires("data_eng", DATA_ANALYST, "Alexandria, Egypt")(
                "Mostafa Abdelrahman Fathy",
                0,
                touches=[mail(30, "UNSUBSCRIBE. All of it.")],
                excluded=True,
            ),
            hires("data_eng", DATA_ANALYST, "Alexandria, Egypt")(
                "Youssef El-Sayed Hamdy",
                2,
                touches=[
                    mail(
                        30,
                        "Please unsubscribe me from the monthly newsletter only - the personal "
                        "job matches you send are actually useful, keep those coming.",
                    )
                ],
            ),
        ],
        **job(ANALYST_JOB, EMEA),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out -----------

WAITS = [
    C(
        "after Carnaval, said in October vs after Carnaval, said last January",
        "frontend",
        [
            hires("frontend", where="Salvador, Brazil")(
                "Lucas Meirelles Prado",
                1,
                touches=[
                    whatsapp(
                        date(2026, 10, 5),
                        "Só depois do Carnaval, tá? Estou fechando a migração do app para "
                        "Next.js até lá e não consigo pensar em outra coisa.",
                    )
                ],
            ),
            hires("frontend", where="Salvador, Brazil")(
                "Gabriel Figueiró Lins",
                2,
                touches=[
                    whatsapp(
                        date(2026, 1, 12),
                        "Só depois do Carnaval, por favor - até lá estou terminando um freela "
                        "grande.",
                    )
                ],
            ),
        ],
        **job(REACT_JOB, LATAM),
    ),
    C(
        "after Eid al-Fitr next year, said in November vs after Eid, said before Ramadan 2026",
        "cs",
        [
            hires("cs", SUPPORT_AGENT, "Cairo, Egypt")(
                "Nourhan Abdelaziz",
                1,
                touches=[
                    mail(
                        date(2026, 11, 2),
                        "Thank you for thinking of me. We're mid-restructure until the new year "
                        "and then it's Ramadan, so please reach out after Eid al-Fitr and I'll "
                        "be ready.",
                    )
                ],
            ),
            hires("cs", SUPPORT_AGENT, "Cairo, Egypt")(
                "Salma Hegazy",
                2,
                touches=[
                    mail(
                        date(2026, 2, 9),
                        "Ramadan starts next week and I'm fasting while on evening coverage - "
                        "could we talk after Eid instead?",
                    )
                ],
            ),
        ],
        **job(SUPPORT_JOB, EMEA),
    ),
    C(
        "after Tết, said in October vs after Tết, said last December",
        "cs",
        [
            hires("cs", QA_ENGINEER, "Hà Nội, Vietnam")(
                "Nguyễn Thị Thu Hà",
                1,
                touches=[
                    inmail(
                        date(2026, 10, 19),
                        "Thanks anh. Please contact me again after Tết - we have a year-end "
                        "release and then I go home to Huế for the holiday.",
                    )
                ],
            ),
            hires("cs", QA_ENGINEER, "Hà Nội, Vietnam")(
                "Trần Minh Khôi",
                2,
                touches=[
                    inmail(
                        date(2025, 12, 8),
                        "Thank you! After Tết I will be free to talk, now is the busiest season "
                        "at my company.",
                    )
                ],
            ),
        ],
        **job(QA_JOB, SEA),
    ),
    C(
        "a Toptal engagement to 31 January vs one that ran to 30 September",
        "backend",
        [
            hires("backend", where="Rosario, Argentina")(
                "Joaquín Iturralde",
                1,
                touches=[
                    screen(
                        date(2026, 9, 14),
                        "Joaquín is on a Toptal engagement that runs until 31 January and he "
                        "won't break it - loyal to the client. Don't pitch anything starting "
                        "before February.",
                    )
                ],
            ),
            hires("backend", where="Rosario, Argentina")(
                "Facundo Berardi",
                2,
                touches=[
                    screen(
                        date(2026, 6, 15),
                        "Facundo's Toptal engagement runs until 30 September and he won't break "
                        "it. Anything starting after that is fair game.",
                    )
                ],
            ),
        ],
        **job(PY_JOB, LATAM),
    ),
    C(
        "ATS: mat leave til end of March '27 vs mat leave til end of August '26",
        "data_eng",
        [
            hires("data_eng", DATA_ANALYST, "Nairobi, Kenya")(
                "Njeri Wambugu",
                1,
                touches=[
                    ats(
                        date(2026, 8, 10),
                        "cand on mat leave til end of Mar '27. pls dont pitch before then, she "
                        "was v clear",
                    )
                ],
            ),
            hires("data_eng", DATA_ANALYST, "Nairobi, Kenya")(
                "Muthoni Kariuki",
                2,
                touches=[
                    ats(
                        date(2026, 3, 2),
                        "cand on mat leave til end of Aug '26, dont pitch b4 that",
                    )
                ],
            ),
        ],
        **job(ANALYST_JOB, AFRICA),
    ),
    C(
        "moving Lagos to Nairobi in December, talk in February vs moved in July, talk in September",
        "sre",
        [
            hires("sre", DEVOPS, "Lagos, Nigeria")(
                "Emeka Obiora",
                1,
                touches=[
                    mail(
                        date(2026, 10, 26),
                        "We're relocating from Lagos to Nairobi in December. Until I've sorted a "
                        "flat and a decent fibre line I can't take interviews - let's talk in "
                        "February.",
                    )
                ],
            ),
            hires("sre", DEVOPS, "Nairobi, Kenya")(
                "Ifeanyi Nwosu",
                2,
                touches=[
                    mail(
                        date(2026, 5, 4),
                        "We're relocating from Lagos to Nairobi in July. Until the flat and the "
                        "fibre are sorted I can't interview - let's talk in September.",
                    )
                ],
            ),
        ],
        **job(DEVOPS_JOB, AFRICA),
    ),
    C(
        "rambling call note: hold off till after Semana Santa, said in November vs in January",
        "data_eng",
        [
            hires("data_eng", DATA_ANALYST, "Monterrey, Mexico")(
                "Fernanda Castañeda Ruelas",
                1,
                touches=[
                    screen(
                        date(2026, 11, 9),
                        "Long call with Fernanda. She's closing the books on a big retail "
                        "dashboard project, her sister's wedding is in Oaxaca on 16 January, she "
                        "moved flats in October, and she asked us to hold off until after Semana "
                        "Santa - she wants a clean start in April.",
                    )
                ],
            ),
            hires("data_eng", DATA_ANALYST, "Monterrey, Mexico")(
                "Daniela Garza Villarreal",
                2,
                touches=[
                    screen(
                        date(2026, 1, 19),
                        "Long call with Daniela. Closing a retail dashboard project, cousin's "
                        "wedding in Puebla on 7 February; asked us to hold off until after Semana "
                        "Santa and then go for it.",
                    )
                ],
            ),
        ],
        **job(ANALYST_JOB, LATAM),
    ),
    C(
        "Taglish: fibre install on 15 January, hold off vs install was on 10 September",
        "cs",
        [
            hires("cs", SUPPORT_AGENT, "Pasig, Philippines")(
                "Jerome Pangilinan",
                1,
                touches=[
                    whatsapp(
                        date(2026, 11, 16),
                        "Sir, fiber install sa new condo ko is scheduled January 15 pa. Wala "
                        "akong stable internet hanggang doon, so hold off muna tayo.",
                    )
                ],
            ),
            hires("cs", SUPPORT_AGENT, "Pasig, Philippines")(
                "Mark Anthony Lagdameo",
                2,
                touches=[
                    whatsapp(
                        date(2026, 8, 17),
                        "Sir, fiber install sa bagong bahay is on Sept 10. Wala pa akong stable "
                        "internet hanggang doon, hold off muna.",
                    )
                ],
            ),
        ],
        **job(SUPPORT_JOB, PH),
    ),
    C(
        "heads-down till the AWS exam on 20 January vs the exam was in June",
        "sre",
        [
            hires("sre", DEVOPS, "Lviv, Ukraine")(
                "Serhii Tkachenko",
                1,
                touches=[
                    inmail(
                        date(2026, 11, 2),
                        "I booked the AWS Solutions Architect Professional exam for 20 January "
                        "and I'm heads-down until then. Write to me after it, please.",
                    )
                ],
            ),
            hires("sre", DEVOPS, "Lviv, Ukraine")(
                "Oleksandr Kravets",
                2,
                touches=[
                    inmail(
                        date(2026, 4, 13),
                        "My SA Pro exam is booked for 15 June, so I'm heads-down until then. "
                        "Write to me after that.",
                    )
                ],
            ),
        ],
        **job(DEVOPS_JOB, CEE),
    ),
]

# --- 3. schedule ----------------------------------------------------------------------------

SCHEDULE = [
    C(
        "Taglish: no more graveyard shift vs used to graveyard, a US-hours night shift",
        "cs",
        [
            hires("cs", SUPPORT_AGENT, "Cebu City, Philippines")(
                "Carlo Villanueva",
                0,
                touches=[
                    whatsapp(
                        40,
                        "Ayoko na po ng graveyard shift, two years na akong puyat. Day shift "
                        "Manila time lang po please.",
                    )
                ],
            ),
            hires("cs", SUPPORT_AGENT, "Cebu City, Philippines")(
                "Jonathan Tolentino",
                2,
                touches=[
                    whatsapp(
                        40,
                        "Sanay na po ako sa graveyard, 4 years na akong US accounts. Okay lang po "
                        "night shift basta may night diff.",
                    )
                ],
            ),
        ],
        **job(
            SUPPORT_JOB,
            PH,
            offers=["Night shift, 9pm-6am Manila time, covering US Eastern business hours"],
        ),
    ),
    C(
        "overlap only till 19:00 Warsaw vs works till midnight Warsaw, four hours with Pacific",
        "backend",
        [
            hires("backend", where="Warsaw, Poland")(
                "Agnieszka Zielińska",
                0,
                touches=[
                    screen(
                        55,
                        "Agnieszka can overlap until 19:00 Warsaw time at the very latest - "
                        "evenings are for her kids and she won't budge.",
                    )
                ],
            ),
            hires("backend", where="Warsaw, Poland")(
                "Małgorzata Kaczmarek",
                2,
                touches=[
                    screen(
                        55,
                        "Małgorzata is a night owl; working until midnight Warsaw time for a West "
                        "Coast team suits her fine.",
                    )
                ],
            ),
        ],
        **job(
            PY_JOB,
            CEE,
            offers=["At least four hours' overlap with US Pacific time, 9am-1pm PT"],
        ),
    ),
    C(
        "wants a truly async team vs needs live pairing and cameras, an async-first team",
        "cs",
        [
            hires("cs", TECH_WRITER, "Córdoba, Argentina")(
                "Paula Etchegaray",
                2,
                touches=[
                    mail(
                        70,
                        "What I want next is a truly async team. I write best alone, and "
                        "back-to-back Zooms at my current job are killing me.",
                    )
                ],
            ),
            hires("cs", TECH_WRITER, "Córdoba, Argentina")(
                "Martina Goñi",
                1,
                touches=[
                    mail(
                        70,
                        "Honestly I need people on camera - live pairing, a daily standup, Slack "
                        "huddles. Fully async teams leave me lonely.",
                    )
                ],
            ),
        ],
        **job(
            WRITER_JOB,
            ANYWHERE,
            offers=["Async-first: no standing meetings, decisions made in written RFCs"],
        ),
    ),
    C(
        "no more weekend pager vs paid on-call is fine, a paid weekend rota",
        "sre",
        [
            hires("sre", DEVOPS, "Belgrade, Serbia")(
                "Nemanja Stojanović",
                0,
                touches=[
                    screen(
                        80,
                        "Nemanja: no more weekend pager. Did three years of it at a betting "
                        "company and his marriage barely survived.",
                    )
                ],
            ),
            hires("sre", DEVOPS, "Belgrade, Serbia")(
                "Stefan Milošević",
                2,
                touches=[
                    screen(
                        80,
                        "Stefan: on-call is fine by him as long as it's paid and the rota is fair.",
                    )
                ],
            ),
        ],
        **job(
            DEVOPS_JOB,
            CEE,
            offers=["Weekend on-call one week in four, paid EUR 300 a weekend"],
        ),
    ),
    C(
        "Pacific hours till 1am 'never again' vs 'liked the quiet', a Pacific-hours role",
        "frontend",
        [
            hires("frontend", where="Bogotá, Colombia")(
                "Santiago Bermúdez Ríos",
                0,
                touches=[
                    mail(
                        90,
                        "My last client kept me on Pacific hours until 1am Bogotá time. Never "
                        "again - I want to be done by 6pm.",
                    )
                ],
            ),
            hires("frontend", where="Bogotá, Colombia")(
                "Sebastián Quintero Mejía",
                2,
                touches=[
                    mail(
                        90,
                        "My last client kept me on Pacific hours until 1am Bogotá time, and "
                        "honestly I liked the quiet afternoons. Pacific is fine.",
                    )
                ],
            ),
        ],
        **job(
            REACT_JOB,
            LATAM,
            offers=["Core hours on US Pacific time: 1pm-9pm in Bogotá"],
        ),
    ),
    C(
        "8 to 5 Lagos time only vs already works 3pm-11pm, EST calling hours",
        "sales",
        [
            hires("sales", SDR, "Lagos, Nigeria")(
                "Funmilayo Oduwole",
                0,
                touches=[
                    screen(
                        45,
                        "Funmilayo shares a flat and the estate generator goes off at 10pm, so "
                        "evenings are out. 8 to 5 WAT only.",
                    )
                ],
            ),
            hires("sales", SDR, "Lagos, Nigeria")(
                "Oluwaseun Bakare",
                2,
                touches=[
                    screen(
                        45,
                        "Oluwaseun already does 3pm-11pm for a Boston agency and likes it; "
                        "inverter and solar at home, no power issues.",
                    )
                ],
            ),
        ],
        **job(
            SDR_JOB,
            AFRICA,
            offers=["Calling US East Coast prospects 9am-5pm EST (3pm-11pm in Lagos)"],
        ),
    ),
    C(
        "Taglish: day shift wanted vs prefers graveyard for the night diff, a day-shift client",
        "cs",
        [
            hires("cs", VIRTUAL_ASSISTANT, "Davao City, Philippines")(
                "Maricel Bautista",
                2,
                touches=[
                    whatsapp(
                        65,
                        "Day shift lang po hanap ko, para makasabay ko mga anak ko sa dinner.",
                    )
                ],
            ),
            hires("cs", VIRTUAL_ASSISTANT, "Davao City, Philippines")(
                "Jerwin Manalastas",
                1,
                touches=[
                    whatsapp(
                        65,
                        "Mas gusto ko po graveyard, mas malaki kasi yung night differential.",
                    )
                ],
            ),
        ],
        **job(
            VA_JOB,
            PH,
            offers=["Australian client: 7am-4pm Manila time, day shift, Monday to Friday"],
        ),
    ),
    C(
        "won't work Fridays, the Egyptian weekend vs Fridays fine, a Monday-to-Friday role",
        "cs",
        [
            hires("cs", SUPPORT_AGENT, "Giza, Egypt")(
                "Karim Abouelnaga",
                0,
                touches=[
                    mail(
                        75,
                        "I won't work Fridays - it's our weekend here and the only day my family "
                        "is together. Sunday to Thursday, like my current job, is what I need.",
                    )
                ],
            ),
            hires("cs", SUPPORT_AGENT, "Giza, Egypt")(
                "Ahmed Soliman",
                2,
                touches=[
                    mail(
                        75,
                        "I've worked Monday to Friday for a German client for two years; Fridays "
                        "are no problem, I pray Jumu'ah on my lunch break.",
                    )
                ],
            ),
        ],
        **job(SUPPORT_JOB, EMEA, offers=["Monday to Friday, 10:00-18:00 CET"]),
    ),
]

# --- 4. travel ------------------------------------------------------------------------------

TRAVEL = [
    C(
        "can't travel abroad, raising two kids alone vs offsites a plus, two offsites a year",
        "frontend",
        [
            hires("designer", where="Puebla, Mexico")(
                "Itzel Montaño Robles",
                0,
                touches=[
                    mail(
                        50,
                        "I can't travel abroad for work. I'm raising my two kids alone and "
                        "there's nobody to leave them with for a week.",
                    )
                ],
            ),
            hires("designer", where="Puebla, Mexico")(
                "Renata Salgado Ibarra",
                2,
                touches=[
                    mail(
                        50,
                        "Meeting the team in person a couple of times a year would be a real "
                        "plus - I miss that after four years fully remote.",
                    )
                ],
            ),
        ],
        **job(
            DESIGN_JOB,
            LATAM,
            offers=[
                "Fully remote",
                "Two team offsites a year (Lisbon and Mexico City), a week each, flights paid",
            ],
        ),
    ),
    C(
        "Schengen visa refused twice vs a multi-entry Schengen to 2028, team weeks in Barcelona",
        "frontend",
        [
            hires("frontend", where="Abuja, Nigeria")(
                "Ikechukwu Ogbonna",
                0,
                touches=[
                    screen(
                        35,
                        "Ikechukwu's Schengen applications were refused twice; he says he can't "
                        "commit to anything that needs regular trips to Europe.",
                    )
                ],
            ),
            hires("frontend", where="Abuja, Nigeria")(
                "Olumide Ajibade-Coker",
                2,
                touches=[
                    screen(
                        35,
                        "Olumide holds a multi-entry Schengen visa valid to 2028 from his last "
                        "employer's offsites; getting to Europe is easy for him.",
                    )
                ],
            ),
        ],
        **job(
            REACT_JOB,
            AFRICA,
            offers=["Quarterly team week in Barcelona, attendance expected, travel paid"],
        ),
    ),
    C(
        "hated her last job's trade-show travel vs misses the road, a role with no travel",
        "sales",
        [
            hires("sales", SDR, "Cluj-Napoca, Romania")(
                "Ioana Dumitrescu",
                2,
                touches=[
                    screen(
                        120,
                        "Ioana hated her last job: two weeks a month on the road at trade shows "
                        "around Germany. Wants a desk job from Cluj, no more suitcases.",
                    )
                ],
            ),
            hires("sales", SDR, "Cluj-Napoca, Romania")(
                "Andreea Munteanu",
                1,
                touches=[
                    screen(
                        120,
                        "Andreea misses being on the road - trade shows, client dinners, "
                        "airports. Wants a role with plenty of travel.",
                    )
                ],
            ),
        ],
        **job(SDR_JOB, EMEA, offers=["Fully remote, no travel; one optional meetup a year"]),
    ),
    C(
        "Spanish: terrified of planes vs loves flying to trade shows, US trade shows",
        "sales",
        [
            hires("sales", SDR, "Pereira, Colombia")(
                "Camilo Arango Vélez",
                0,
                touches=[
                    whatsapp(
                        30,
                        "Le tengo pánico a los aviones, no vuelo. Si el cargo exige viajar a "
                        "ferias en EE.UU. no es para mí.",
                    )
                ],
            ),
            hires("sales", SDR, "Pereira, Colombia")(
                "Andrés Felipe Cardona",
                2,
                touches=[
                    whatsapp(
                        30,
                        "Viajar a ferias en Las Vegas o Austin me encanta, ya lo hice con mi "
                        "empleo anterior.",
                    )
                ],
            ),
        ],
        **job(
            SDR_JOB,
            LATAM,
            offers=["Three US trade shows a year (Las Vegas, Austin, Chicago)"],
        ),
    ),
    C(
        "travel once a year at most vs quarterly is fine, a quarterly week in Austin",
        "data_eng",
        [
            hires("data_eng", DATA_ANALYST, "Kisumu, Kenya")(
                "Okoth Onyango Amolo",
                0,
                touches=[
                    mail(
                        60,
                        "I can travel, but once a year at most - I'm doing a part-time MSc on "
                        "weekends and can't miss sessions.",
                    )
                ],
            ),
            hires("data_eng", DATA_ANALYST, "Kisumu, Kenya")(
                "Kiprop Chelimo Kosgei",
                2,
                touches=[
                    mail(
                        60,
                        "Quarterly trips to Austin are fine, even monthly. I hold a US B1/B2 "
                        "visa until 2030.",
                    )
                ],
            ),
        ],
        **job(
            ANALYST_JOB,
            AFRICA,
            offers=["One week every quarter at the client's HQ in Austin, Texas"],
        ),
    ),
    C(
        "'not against travel, just not over a week' vs against any work travel, a Bali offsite",
        "backend",
        [
            hires("backend", where="Yogyakarta, Indonesia")(
                "Putu Wirawan",
                2,
                touches=[
                    inmail(
                        40,
                        "I'm not against travel at all - just nothing longer than a week at a "
                        "time.",
                    )
                ],
            ),
            hires("backend", where="Yogyakarta, Indonesia")(
                "Dimas Aryo Wicaksono",
                0,
                touches=[inmail(40, "I'm against any work travel. Remote means remote to me.")],
            ),
        ],
        **job(PY_JOB, SEA, offers=["One offsite a year: five days in Bali, all paid"]),
    ),
    C(
        "Spanish: caring for a sick mother, can't travel vs travels freely, Miami twice a year",
        "cs",
        [
            hires("cs", SUPPORT_AGENT, "Mendoza, Argentina")(
                "Lucía Bianchi Ferreyra",
                0,
                touches=[
                    mail(
                        45,
                        "No puedo viajar: estoy cuidando a mi mamá, que está enferma, y no la "
                        "puedo dejar sola ni un fin de semana.",
                    )
                ],
            ),
            hires("cs", SUPPORT_AGENT, "Mendoza, Argentina")(
                "Agustina Pereyra Luna",
                2,
                touches=[
                    mail(
                        45,
                        "Puedo viajar sin problema, tengo la visa americana vigente y me encanta "
                        "Miami.",
                    )
                ],
            ),
        ],
        **job(SUPPORT_JOB, LATAM, offers=["Two trips a year to our Miami HQ"]),
    ),
    C(
        "his wife won't fly, he travels alone vs he won't fly, quarterly Frankfurt visits",
        "sre",
        [
            hires("sre", DEVOPS, "Novi Sad, Serbia")(
                "Vladimir Jovanović",
                2,
                touches=[
                    screen(
                        85,
                        "Vladimir's wife won't fly, so their holidays are by car - but he's "
                        "happy to go to Frankfurt alone every quarter.",
                    )
                ],
            ),
            hires("sre", DEVOPS, "Novi Sad, Serbia")(
                "Dušan Petrović",
                0,
                touches=[
                    screen(
                        85, "Dušan won't fly and won't do site visits; remote from Novi Sad only."
                    )
                ],
            ),
        ],
        **job(DEVOPS_JOB, CEE, offers=["Quarterly visit to our data centre in Frankfurt"]),
    ),
]

# --- 5. visas and the right to work ---------------------------------------------------------

VISA = [
    C(
        "on an H-1B needing a transfer vs a green card, US-only without sponsorship",
        "backend",
        [
            hires("backend", where="Austin, TX, USA")(
                "Rohit Venkataraman",
                0,
                touches=[
                    screen(
                        40,
                        "Rohit is on an H-1B with his current employer; moving would need a "
                        "transfer petition.",
                    )
                ],
            ),
            hires("backend", where="Austin, TX, USA")(
                "Priyanka Subramaniam-Iyer",
                2,
                touches=[
                    screen(
                        40, "Priyanka has had her green card since 2023 - no sponsorship needed."
                    )
                ],
            ),
        ],
        **job(
            PY_JOB,
            dict(remote_policy="remote", location="Remote (United States only)"),
            description="Build the services behind a US logistics platform. You must already be "
            "authorised to work in the US; we cannot sponsor or transfer visas.",
        ),
    ),
    C(
        "ready to move with a Canadian work permit vs never another visa process, Toronto",
        "cs",
        [
            hires("cs", QA_ENGINEER, "Manila, Philippines")(
                "Paolo Dela Cruz",
                2,
                touches=[
                    mail(
                        55,
                        "If you can help with the Canadian work permit, I'm ready to move with my "
                        "family. Toronto has always been the plan.",
                    )
                ],
            ),
            hires("cs", QA_ENGINEER, "Manila, Philippines")(
                "Joseph Ramirez Santos",
                0,
                touches=[
                    mail(
                        55,
                        "I went through a work-visa process for Singapore and it was hell. I "
                        "won't do another one - remote from Manila only.",
                    )
                ],
            ),
        ],
        **job(
            QA_JOB,
            dict(remote_policy="hybrid", location="Toronto, Canada"),
            offers=[
                "We support the work permit (Global Talent Stream) and pay relocation",
                "Two days a week in our King Street office",
            ],
        ),
    ),
    C(
        "Portuguese residence permit to 2028 vs plans a D7 visa next year, no sponsorship",
        "frontend",
        [
            hires("frontend", where="Lisbon, Portugal")(
                "Beatriz Lacerda",
                2,
                touches=[
                    mail(
                        30,
                        "Moro em Lisboa desde 2023 e tenho autorização de residência válida até "
                        "2028, posso trabalhar sem restrições.",
                    )
                ],
            ),
            hires("frontend", where="São Paulo, Brazil")(
                "Larissa Campos Teixeira",
                0,
                touches=[
                    mail(
                        30,
                        "Quero muito morar em Portugal! Vou dar entrada no visto D7 no ano que "
                        "vem.",
                    )
                ],
            ),
        ],
        **job(
            REACT_JOB,
            dict(remote_policy="hybrid", location="Lisbon, Portugal"),
            description="Build the customer dashboard of a fintech. Employed by our Portuguese "
            "entity: you must already have the right to live and work in Portugal, we can't "
            "sponsor.",
        ),
    ),
    C(
        "Spanish: US visa valid to 2030 vs expired, renewal appointment in 2027, San Diego trips",
        "sales",
        [
            hires("sales", SDR, "Tijuana, Mexico")(
                "Rodrigo Tamez Cantú",
                2,
                touches=[
                    whatsapp(
                        40,
                        "Tengo visa de turista americana vigente hasta 2030, cruzo a San Diego "
                        "seguido.",
                    )
                ],
            ),
            hires("sales", SDR, "Tijuana, Mexico")(
                "Héctor Ochoa Lugo",
                0,
                touches=[
                    whatsapp(
                        40,
                        "Mi visa americana venció en 2024 y la cita para renovarla me la dieron "
                        "hasta 2027.",
                    )
                ],
            ),
        ],
        **job(
            SDR_JOB,
            dict(remote_policy="remote", location="Remote (Mexico)"),
            offers=["A week at our San Diego office every quarter - a valid US visa is required"],
        ),
    ),
    C(
        "needs a Blue Card and will move vs won't go through a work-visa process, Berlin",
        "backend",
        [
            hires("backend", where="Belgrade, Serbia")(
                "Miloš Radovanović",
                2,
                touches=[
                    screen(
                        70,
                        "Miloš would need an EU Blue Card; with sponsorship he's ready to move to "
                        "Berlin - his partner already works there.",
                    )
                ],
            ),
            hires("backend", where="Belgrade, Serbia")(
                "Marko Ilić",
                0,
                touches=[
                    screen(
                        70,
                        "Marko doesn't want to go through any work-visa process; he'd only "
                        "consider roles remote from Belgrade.",
                    )
                ],
            ),
        ],
        **job(
            PY_JOB,
            dict(remote_policy="hybrid", location="Berlin, Germany"),
            offers=["EU Blue Card sponsorship and relocation paid", "Two days a week in Kreuzberg"],
        ),
    ),
    C(
        "ATS: dependant visa, unrestricted RTW vs Graduate visa ending, London, no sponsorship",
        "data_eng",
        [
            hires("data_eng", DATA_ANALYST, "London, UK")(
                "Temitope Alabi",
                2,
                touches=[
                    ats(
                        45,
                        "RTW ok - dependant visa via husband's Skilled Worker, unrestricted right "
                        "to work. share code checked",
                    )
                ],
            ),
            hires("data_eng", DATA_ANALYST, "London, UK")(
                "Damilola Ogunleye",
                0,
                touches=[
                    ats(
                        45,
                        "RTW issue - Graduate visa exp Mar '27, would need Skilled Worker "
                        "sponsorship after",
                    )
                ],
            ),
        ],
        **job(
            ANALYST_JOB,
            dict(remote_policy="hybrid", location="London, UK"),
            description="Answer the commercial team's questions with SQL and dashboards. We are "
            "unable to sponsor visas.",
        ),
    ),
    C(
        "Spanish: Italian passport since 2021 vs Italian citizenship still pending, Madrid",
        "backend",
        [
            hires("backend", where="Buenos Aires, Argentina")(
                "Tomás Scaglione",
                2,
                touches=[
                    mail(
                        50,
                        "Tengo pasaporte italiano desde 2021, así que puedo trabajar en España "
                        "sin trámites.",
                    )
                ],
            ),
            hires("backend", where="Buenos Aires, Argentina")(
                "Nicolás Bertolotti",
                0,
                touches=[
                    mail(
                        50,
                        "Mi ciudadanía italiana sigue en trámite en el consulado, calculo dos o "
                        "tres años más.",
                    )
                ],
            ),
        ],
        **job(
            PY_JOB,
            dict(remote_policy="onsite", location="Madrid, Spain"),
            description="Build the services behind a logistics platform. Employee of our Madrid "
            "entity; EU work authorisation required, no sponsorship.",
            offers=["Relocation allowance for EU citizens moving to Madrid"],
        ),
    ),
    C(
        "Spanish: a Venezuelan with a valid PPT vs residency lapsed, can't open a bank account",
        "cs",
        [
            hires("cs", SUPPORT_AGENT, "Medellín, Colombia")(
                "Yusmary Rondón",
                2,
                touches=[
                    whatsapp(
                        35,
                        "Soy venezolana, vivo en Medellín con PPT vigente; trabajo legal y "
                        "cuenta bancaria al día.",
                    )
                ],
            ),
            hires("cs", SUPPORT_AGENT, "Santiago, Chile")(
                "Yorman Castillo",
                1,
                touches=[
                    whatsapp(
                        35,
                        "Soy venezolano en Santiago; mi residencia temporal venció y estoy en "
                        "trámite, todavía no puedo abrir cuenta en banco para cobrar.",
                    )
                ],
            ),
        ],
        **job(
            SUPPORT_JOB,
            LATAM,
            offers=["Contractor, paid monthly to a local bank account in your country"],
        ),
    ),
]

# --- 6. contract form and hours -------------------------------------------------------------

CONTRACT = [
    C(
        "wants employment with IMSS vs prefers invoicing, a Deel contractor role",
        "frontend",
        [
            hires("frontend", where="Guadalajara, Mexico")(
                "Emiliano Treviño",
                0,
                touches=[
                    screen(
                        50,
                        "Emiliano wants a proper employment contract - IMSS, aguinaldo, vacation. "
                        "No more contractor gigs since his daughter was born.",
                    )
                ],
            ),
            hires("frontend", where="Guadalajara, Mexico")(
                "Diego Armando Leal",
                2,
                touches=[
                    screen(
                        50,
                        "Diego prefers contracting; he invoices through his own persona moral "
                        "and nets more that way.",
                    )
                ],
            ),
        ],
        **job(
            REACT_JOB,
            LATAM,
            offers=["Independent contractor via Deel, invoiced monthly in USD, no benefits"],
        ),
    ),
    C(
        "Polish: B2B only vs wants umowa o pracę, an EOR employment contract",
        "backend",
        [
            hires("backend", where="Poznań, Poland")(
                "Tomasz Jabłoński",
                0,
                touches=[
                    mail(
                        65,
                        "Tylko B2B. Umowa o pracę to dla mnie za duże obciążenie podatkowe, nie "
                        "wchodzę w to.",
                    )
                ],
            ),
            hires("backend", where="Poznań, Poland")(
                "Paweł Kurowski",
                2,
                touches=[
                    mail(
                        65,
                        "Szukam umowy o pracę - od kiedy urodził się syn, płatny urlop i L4 są "
                        "dla mnie ważniejsze niż stawka.",
                    )
                ],
            ),
        ],
        **job(
            PY_JOB,
            CEE,
            offers=["Umowa o pracę through our EOR, Remote.com", "26 days' paid leave"],
        ),
    ),
    C(
        "Taglish: needs full-time vs part-time only, a 20-hour VA role",
        "cs",
        [
            hires("cs", VIRTUAL_ASSISTANT, "Iloilo City, Philippines")(
                "Lovely Cabrera",
                0,
                touches=[
                    whatsapp(40, "Need ko po full-time 40 hrs, ako lang po may trabaho sa bahay.")
                ],
            ),
            hires("cs", VIRTUAL_ASSISTANT, "Iloilo City, Philippines")(
                "Angelica Navarro",
                2,
                touches=[
                    whatsapp(40, "Part-time lang po kaya ko, nag-mamasters po ako sa UP Visayas.")
                ],
            ),
        ],
        **job(VA_JOB, PH, offers=["Part-time: 20 hours a week, flexible"]),
    ),
    C(
        "25 hours at most beside a long-term client vs other client ends this month, full-time",
        "frontend",
        [
            hires("designer", where="Niš, Serbia")(
                "Milica Đorđević",
                0,
                touches=[
                    mail(
                        75,
                        "I can give 25 hours a week at most - my long-term client in Amsterdam "
                        "takes the rest and I'm not dropping them.",
                    )
                ],
            ),
            hires("designer", where="Niš, Serbia")(
                "Jelena Popović",
                2,
                touches=[
                    mail(
                        75,
                        "My other client wraps up at the end of this month, so from December I'm "
                        "free for a full-time role.",
                    )
                ],
            ),
        ],
        **job(DESIGN_JOB, CEE, offers=["Full-time, 40 hours a week"]),
    ),
    C(
        "done with short gigs vs six-month contracts suit him, a six-month fixed term",
        "frontend",
        [
            hires("frontend", SHOPIFY_DEV, "Cape Town, South Africa")(
                "Thabo Letsoalo",
                0,
                touches=[
                    mail(
                        55,
                        "I'm done with short gigs. Looking for something permanent I can build "
                        "a career in.",
                    )
                ],
            ),
            hires("frontend", SHOPIFY_DEV, "Cape Town, South Africa")(
                "Sipho Mthembu-Radebe",
                2,
                touches=[
                    mail(
                        55,
                        "Six-month contracts suit me perfectly - I take a couple of months off "
                        "between them to travel.",
                    )
                ],
            ),
        ],
        **job(
            SHOPIFY_JOB,
            AFRICA,
            offers=["Six-month fixed-term contract for the Black Friday rebuild"],
        ),
    ),
    C(
        "Portuguese: PJ only vs wants CLT, a CLT role",
        "data_eng",
        [
            hires("data_eng", DATA_ANALYST, "Belo Horizonte, Brazil")(
                "Vinícius Barbosa Rangel",
                0,
                touches=[
                    whatsapp(60, "Só topo PJ. CLT não compensa pra mim, o líquido cai demais.")
                ],
            ),
            hires("data_eng", DATA_ANALYST, "Belo Horizonte, Brazil")(
                "Caio Medeiros Fontes",
                2,
                touches=[
                    whatsapp(
                        60, "Quero CLT com carteira assinada: 13º, férias, FGTS. Cansei de ser PJ."
                    )
                ],
            ),
        ],
        **job(
            ANALYST_JOB,
            dict(remote_policy="remote", location="Remote (Brazil)"),
            offers=["Contratação CLT pela nossa entidade no Brasil: 13º, férias e plano de saúde"],
        ),
    ),
]

# --- 7. commute -----------------------------------------------------------------------------

COMMUTE = [
    C(
        "Spanish recruiter's note: two hours from Suba vs a walk from Chapinero, Calle 93 office",
        "data_eng",
        [
            hires("data_eng", DATA_ANALYST, "Suba, Bogotá, Colombia")(
                "Juliana Suárez Pineda",
                0,
                touches=[
                    screen(
                        40,
                        "Juliana lives out in Suba - more than two hours each way on TransMilenio. "
                        "She won't do office days on that commute.",
                    )
                ],
            ),
            hires("data_eng", DATA_ANALYST, "Chapinero, Bogotá, Colombia")(
                "Laura Camila Rincón",
                2,
                touches=[
                    screen(
                        40,
                        "Laura Camila lives in Chapinero, a fifteen-minute walk from Calle 93. "
                        "Office days are no problem.",
                    )
                ],
            ),
        ],
        **job(
            ANALYST_JOB,
            dict(remote_policy="hybrid", location="Bogotá, Colombia"),
            offers=["Two days a week at our WeWork on Calle 93"],
        ),
    ),
    C(
        "three hours each way from Ikorodu vs ten minutes from Lekki, a Lekki office",
        "cs",
        [
            hires("cs", SUPPORT_AGENT, "Ikorodu, Lagos, Nigeria")(
                "Babajide Oyelaran",
                0,
                touches=[
                    whatsapp(
                        50,
                        "Ikorodu to Lekki is 3 hours each way with Third Mainland Bridge traffic. "
                        "I can't do that three times a week.",
                    )
                ],
            ),
            hires("cs", SUPPORT_AGENT, "Lekki, Lagos, Nigeria")(
                "Kehinde Adebayo-Cole",
                2,
                touches=[
                    whatsapp(50, "I live ten minutes from Lekki Phase 1, office days are easy.")
                ],
            ),
        ],
        **job(
            SUPPORT_JOB,
            dict(remote_policy="hybrid", location="Lagos, Nigeria"),
            offers=["Three days a week at our Lekki Phase 1 office"],
        ),
    ),
    C(
        "Taglish: Cavite to Makati is too far vs twenty minutes from BGC, onsite in Makati",
        "cs",
        [
            hires("cs", SUPPORT_AGENT, "Dasmariñas, Cavite, Philippines")(
                "Rommel Aquino",
                0,
                touches=[
                    whatsapp(
                        30,
                        "Taga-Cavite po ako, 2-3 hours po byahe papuntang Makati. Hindi ko po "
                        "kaya araw-araw.",
                    )
                ],
            ),
            hires("cs", SUPPORT_AGENT, "Taguig, Philippines")(
                "Janine Soriano",
                2,
                touches=[whatsapp(30, "Taga-BGC lang po ako, 20 minutes lang papuntang Makati.")],
            ),
        ],
        **job(SUPPORT_JOB, dict(remote_policy="onsite", location="Makati, Philippines")),
    ),
    C(
        "90 minutes from 6th of October, 45 is his limit vs ten minutes away, New Cairo hybrid",
        "data_eng",
        [
            hires("data_eng", DATA_ANALYST, "6th of October City, Egypt")(
                "Omar Farouk Zaki",
                0,
                touches=[
                    mail(
                        60,
                        "The drive from 6th of October to New Cairo is 90 minutes each way on a "
                        "good day. 45 minutes is my limit.",
                    )
                ],
            ),
            hires("data_eng", DATA_ANALYST, "New Cairo, Egypt")(
                "Hassan Abdelmoneim",
                2,
                touches=[mail(60, "I'm in Rehab City, ten minutes from your office.")],
            ),
        ],
        **job(
            ANALYST_JOB,
            dict(remote_policy="hybrid", location="New Cairo, Egypt"),
            offers=["Three days a week in our Fifth Settlement office"],
        ),
    ),
]

# --- 8. pay against the band ----------------------------------------------------------------

PAY = [
    C(
        "asks USD 7k a month vs about 4.5k, a 4-5k monthly contractor band",
        "backend",
        [
            hires("backend", where="La Plata, Argentina")(
                "Matías Quiroga",
                0,
                touches=[screen(40, "Matías asks USD 7k a month minimum, won't go lower.")],
            ),
            hires("backend", where="La Plata, Argentina")(
                "Franco Lombardi Sosa",
                2,
                touches=[screen(40, "Franco is looking for about 4.5k USD/month.")],
            ),
        ],
        **job(
            PY_JOB,
            LATAM,
            offers=["USD 4,000-5,000 a month, contractor via Deel"],
            salary_min=48_000,
            salary_max=60_000,
            currency="USD",
        ),
    ),
    C(
        "a firm 45 USD an hour vs bills 28, would take 30, a 25-30 USD hourly rate",
        "frontend",
        [
            hires("frontend", where="Kharkiv, Ukraine")(
                "Kateryna Lysenko",
                0,
                touches=[mail(45, "My rate is 45 USD per hour, that's firm.")],
            ),
            hires("frontend", where="Kharkiv, Ukraine")(
                "Iryna Savchuk",
                2,
                touches=[mail(45, "I bill 28 an hour at the moment; 30 would make me happy.")],
            ),
        ],
        **job(
            REACT_JOB,
            CEE,
            offers=["USD 25-30 an hour, full-time contractor"],
            salary_min=52_000,
            salary_max=62_400,
            currency="USD",
        ),
    ),
    C(
        "Romanian: at least EUR 6,000 net a month vs about 4,000, a EUR 3,500-4,200 band",
        "cs",
        [
            hires("cs", QA_ENGINEER, "Iași, Romania")(
                "Mihai Constantinescu",
                0,
                touches=[
                    mail(50, "Vreau minim 6.000 EUR net pe lună, altfel nu are sens să schimb.")
                ],
            ),
            hires("cs", QA_ENGINEER, "Iași, Romania")(
                "Radu Gheorghiu",
                2,
                touches=[mail(50, "Acum am 3.200 EUR pe lună, aș vrea în jur de 4.000.")],
            ),
        ],
        **job(
            QA_JOB,
            CEE,
            offers=["EUR 3,500-4,200 gross a month, employed via EOR"],
            salary_min=42_000,
            salary_max=50_400,
            currency="EUR",
        ),
    ),
    C(
        "earns $8k, would take $5.5k in a calm team vs earns $5.5k, won't move under $8k",
        "frontend",
        [
            hires("designer", where="Querétaro, Mexico")(
                "Ximena Arriaga Solís",
                2,
                touches=[
                    mail(
                        70,
                        "I make $8k a month now but the place is toxic. $5.5k in a calm team "
                        "would be more than fine.",
                    )
                ],
            ),
            hires("designer", where="Querétaro, Mexico")(
                "Paulina Garrido Ortega",
                0,
                touches=[mail(70, "I make $5.5k a month now and I won't move for less than $8k.")],
            ),
        ],
        **job(
            DESIGN_JOB,
            LATAM,
            offers=["USD 5,000-6,000 a month"],
            salary_min=60_000,
            salary_max=72_000,
            currency="USD",
        ),
    ),
    C(
        "Taglish: 80k PHP non-negotiable vs 50k is okay, a PHP 45-55k band",
        "cs",
        [
            hires("cs", VIRTUAL_ASSISTANT, "Bacolod, Philippines")(
                "Princess Mae Ocampo",
                0,
                touches=[whatsapp(35, "Expected salary ko po is 80k PHP monthly, non-negotiable.")],
            ),
            hires("cs", VIRTUAL_ASSISTANT, "Bacolod, Philippines")(
                "Kimberly Lacson",
                2,
                touches=[whatsapp(35, "Okay na po sa akin ang 50k a month, basta WFH.")],
            ),
        ],
        **job(
            VA_JOB,
            PH,
            offers=["PHP 45,000-55,000 a month, HMO after probation"],
            salary_min=540_000,
            salary_max=660_000,
            currency="PHP",
        ),
    ),
    C(
        "Spanish: dollars only vs pesos fine if indexed, pesos adjusted for inflation",
        "cs",
        [
            hires("cs", SUPPORT_AGENT, "Buenos Aires, Argentina")(
                "Micaela Rossetti",
                0,
                touches=[
                    whatsapp(
                        55, "Solo acepto cobrar en dólares. En pesos ni loca, con esta inflación."
                    )
                ],
            ),
            hires("cs", SUPPORT_AGENT, "Buenos Aires, Argentina")(
                "Florencia Galván",
                2,
                touches=[
                    whatsapp(55, "Cobrar en pesos me sirve si hay ajuste por inflación trimestral.")
                ],
            ),
        ],
        **job(
            SUPPORT_JOB,
            dict(remote_policy="remote", location="Remote (Argentina)"),
            offers=["Salario en pesos, ajustado por inflación cada trimestre"],
        ),
    ),
]

# --- 9. work mode said in one place only ----------------------------------------------------

WORK_MODE = [
    C(
        "Spanish: remote or nothing vs wants an office, remote said only in the title",
        "cs",
        [
            hires("cs", QA_ENGINEER, "Quito, Ecuador")(
                "Esteban Morales Cifuentes",
                2,
                touches=[mail(50, "100% remoto o nada. No vuelvo a una oficina.")],
            ),
            hires("cs", QA_ENGINEER, "Quito, Ecuador")(
                "Cristian Paredes Lozano",
                0,
                touches=[mail(50, "Quiero volver a una oficina, en casa me siento muy solo.")],
            ),
        ],
        **job(
            QA_JOB,
            dict(location="Latin America"),
            title="Remote QA Automation Engineer (LatAm, work from home)",
        ),
    ),
    C(
        "wants a few office days vs fully remote only, hybrid said only in the description",
        "sre",
        [
            hires("sre", DEVOPS, "Kraków, Poland")(
                "Wojciech Sikora",
                2,
                touches=[
                    mail(
                        80,
                        "After two years alone at home I want a hybrid setup - a few days a week "
                        "in an office with people.",
                    )
                ],
            ),
            hires("sre", DEVOPS, "Kraków, Poland")(
                "Łucja Zawadzka",
                0,
                touches=[
                    mail(
                        80,
                        "Only fully remote. I'm not going back to an office, even part-time.",
                    )
                ],
            ),
        ],
        **job(
            DEVOPS_JOB,
            dict(location="Kraków, Poland"),
            description="Run the AWS and Kubernetes platform of a SaaS company: three days a week "
            "at our Kraków office, two from home.",
        ),
    ),
    C(
        "wants an office because of power cuts vs remote with solar, onsite said only in offers",
        "cs",
        [
            hires("cs", SUPPORT_AGENT, "Yaba, Lagos, Nigeria")(
                "Chiamaka Igwe",
                2,
                touches=[
                    whatsapp(
                        45,
                        "I'd love an office to go to. NEPA takes light at home every day and my "
                        "inverter can't carry a full shift.",
                    )
                ],
            ),
            hires("cs", SUPPORT_AGENT, "Yaba, Lagos, Nigeria")(
                "Uchenna Okafor",
                0,
                touches=[
                    whatsapp(
                        45,
                        "Remote only for me - I've got solar and Starlink at home, no need for an "
                        "office.",
                    )
                ],
            ),
        ],
        **job(
            SUPPORT_JOB,
            dict(location="Lagos, Nigeria"),
            offers=["Your own desk at our Yaba hub, Monday to Friday, with backup power and fibre"],
        ),
    ),
    C(
        "Taglish: wants WFH vs prefers onsite, work from home said in the description",
        "cs",
        [
            hires("cs", VIRTUAL_ASSISTANT, "Antipolo, Philippines")(
                "Rochelle Tan",
                2,
                touches=[whatsapp(30, "Gusto ko po talaga WFH, ayoko na ng traffic sa EDSA.")],
            ),
            hires("cs", VIRTUAL_ASSISTANT, "Antipolo, Philippines")(
                "Arvin Salonga",
                0,
                touches=[
                    whatsapp(30, "Mas gusto ko po onsite, maingay po sa bahay at mahina signal.")
                ],
            ),
        ],
        **job(
            VA_JOB,
            dict(location="Philippines"),
            description="Run the calendar, inbox and travel of a US founder. Permanent "
            "work-from-home setup, no office.",
        ),
    ),
]

# --- 10. negation and scope -----------------------------------------------------------------

NEGATIONS = [
    C(
        "'not opposed to night shifts' vs 'not open to night shifts', a US night shift",
        "cs",
        [
            hires("cs", SUPPORT_AGENT, "Bandung, Indonesia")(
                "Ayu Kartika Hapsari",
                2,
                touches=[
                    inmail(
                        45,
                        "I'm not opposed to night shifts for a US client, as long as it's "
                        "permanent and not rotating.",
                    )
                ],
            ),
            hires("cs", SUPPORT_AGENT, "Bandung, Indonesia")(
                "Sari Puspitasari",
                0,
                touches=[inmail(45, "I'm not open to night shifts anymore, whatever the client.")],
            ),
        ],
        **job(
            SUPPORT_JOB,
            SEA,
            offers=["Permanent night shift covering US business hours, 9pm-5am Jakarta time"],
        ),
    ),
    C(
        "pay wasn't the problem, overlap was vs overlap wasn't, pay was, an async modest band",
        "backend",
        [
            hires("backend", where="Łódź, Poland")(
                "Jakub Michalski",
                2,
                touches=[
                    screen(
                        100,
                        "Jakub: pay wasn't the problem last time - it was six hours of daily "
                        "overlap with PST.",
                    )
                ],
            ),
            hires("backend", where="Łódź, Poland")(
                "Mateusz Górski",
                0,
                touches=[
                    screen(
                        100,
                        "Mateusz: overlap wasn't the problem last time - the pay was. He needs "
                        "7k USD a month now.",
                    )
                ],
            ),
        ],
        **job(
            PY_JOB,
            CEE,
            offers=["Async team, no fixed overlap hours", "USD 4,000-5,000 a month"],
            salary_min=48_000,
            salary_max=60_000,
            currency="USD",
        ),
    ),
    C(
        "never said no to Laravel, only WordPress vs said no to Laravel, a Laravel role",
        "backend",
        [
            hires("backend", LARAVEL_DEV, "Montevideo, Uruguay")(
                "Adrián Villalobos",
                2,
                touches=[
                    mail(
                        60,
                        "To be clear, I never said no to Laravel - I said no to WordPress plugins.",
                    )
                ],
            ),
            hires("backend", LARAVEL_DEV, "Montevideo, Uruguay")(
                "Gustavo Ferrara",
                0,
                touches=[mail(60, "To be clear, I said no to Laravel. I'd rather stay on Node.")],
            ),
        ],
        **job(LARAVEL_JOB, LATAM),
    ),
    C(
        "no problem with cameras on vs no cameras ever, daily cameras-on standup",
        "sales",
        [
            hires("sales", SDR, "Johannesburg, South Africa")(
                "Nthabiseng Dlamini",
                2,
                touches=[mail(40, "No problem with cameras on, I actually prefer it.")],
            ),
            hires("sales", SDR, "Johannesburg, South Africa")(
                "Lerato Mahlangu",
                0,
                touches=[mail(40, "No cameras, ever. I'll join calls but the camera stays off.")],
            ),
        ],
        **job(SDR_JOB, AFRICA, offers=["Daily cameras-on standup with the US sales team"]),
    ),
    C(
        "Portuguese: nothing against start-ups vs start-ups never again, a seed start-up",
        "frontend",
        [
            hires("frontend", where="Campinas, Brazil")(
                "Pedro Henrique Valadares",
                2,
                touches=[
                    whatsapp(70, "Não tenho nada contra startup, desde que o salário caia em dia.")
                ],
            ),
            hires("frontend", where="Campinas, Brazil")(
                "João Vitor Amaral",
                0,
                touches=[whatsapp(70, "Startup nunca mais. Nada de seed, nada de Série A.")],
            ),
        ],
        **job(REACT_JOB, LATAM, offers=["Seed-stage start-up, 9 people", "USD 4k-5k a month"]),
    ),
]

# --- 11. location ---------------------------------------------------------------------------

LOCATIONS = [
    C(
        "moved Buenos Aires to Madrid vs moved back to Buenos Aires, Latin America only",
        "backend",
        [
            hires("backend", where="Madrid, Spain")(
                "Ignacio Montero Aguirre",
                0,
                touches=[
                    mail(30, "I moved from Buenos Aires to Madrid last month - staying for good.")
                ],
            ),
            hires("backend", where="Buenos Aires, Argentina")(
                "Santino Vidal Cáceres",
                2,
                touches=[
                    mail(30, "I moved back from Madrid to Buenos Aires last month - home for good.")
                ],
            ),
        ],
        **job(
            PY_JOB,
            dict(remote_policy="remote", location="Remote (Latin America, UTC-3 to UTC-6)"),
            description="Build the services behind a US logistics platform. Contractors must "
            "live in Latin America.",
        ),
    ),
    C(
        "moving to Lisbon in spring vs settled in Curitiba after buying a house, Lisbon office",
        "frontend",
        [
            hires("frontend", where="Belo Horizonte, Brazil")(
                "Isabela Rocha Monteiro",
                2,
                touches=[
                    mail(
                        50,
                        "My partner and I are moving to Lisbon in the spring, so a job there "
                        "would be perfect.",
                    )
                ],
            ),
            hires("frontend", where="Curitiba, Brazil")(
                "Mariana Queiroz",
                0,
                touches=[
                    mail(
                        50,
                        "Lisbon was on the cards last year, but we just bought a house in "
                        "Curitiba - we're staying.",
                    )
                ],
            ),
        ],
        **job(
            REACT_JOB,
            dict(remote_policy="onsite", location="Lisbon, Portugal"),
            offers=["Office in Lisbon's Cais do Sodré", "Relocation support for new joiners"],
        ),
    ),
    C(
        "in Nairobi vs a Kenyan settled in Kigali, payroll in Kenya, Nigeria or South Africa",
        "data_eng",
        [
            hires("data_eng", DATA_ANALYST, "Nairobi, Kenya")(
                "Wairimu Gitau",
                2,
                touches=[
                    screen(
                        40, "Wairimu is in Nairobi (Kilimani), on fibre with a backup LTE router."
                    )
                ],
            ),
            hires("data_eng", DATA_ANALYST, "Kigali, Rwanda")(
                "Achieng Were",
                0,
                touches=[
                    screen(
                        40,
                        "Achieng is Kenyan but has lived in Kigali for two years, plans to stay.",
                    )
                ],
            ),
        ],
        **job(
            ANALYST_JOB,
            dict(remote_policy="remote", location="Remote (Kenya, Nigeria or South Africa)"),
            description="Answer the commercial team's questions with SQL and dashboards. We can "
            "only hire where we run payroll: Kenya, Nigeria or South Africa.",
        ),
    ),
    C(
        "moving Belgrade to Novi Sad vs Belgrade to Dubai, remote within Serbia",
        "sre",
        [
            hires("sre", DEVOPS, "Belgrade, Serbia")(
                "Luka Marković",
                2,
                touches=[
                    mail(
                        60,
                        "We're moving from Belgrade to Novi Sad next month - still Serbia, same "
                        "everything.",
                    )
                ],
            ),
            hires("sre", DEVOPS, "Belgrade, Serbia")(
                "Nikola Stanković",
                0,
                touches=[
                    mail(60, "We're moving from Belgrade to Dubai next month for my wife's job.")
                ],
            ),
        ],
        **job(
            DEVOPS_JOB,
            dict(remote_policy="remote", location="Remote (Serbia)"),
            description="Run the AWS and Kubernetes platform of a SaaS company. Employed by our "
            "Serbian entity, remote from anywhere in Serbia.",
        ),
    ),
    C(
        "Spanish: lives in Coyoacán vs staying in Guadalajara, a Polanco office two days",
        "data_eng",
        [
            hires("data_eng", DATA_ANALYST, "Coyoacán, Mexico City, Mexico")(
                "Regina Ávalos Pacheco",
                2,
                touches=[whatsapp(35, "Vivo en Coyoacán, a Polanco llego bien en metro.")],
            ),
            hires("data_eng", DATA_ANALYST, "Guadalajara, Mexico")(
                "Valeria Anaya Medina",
                0,
                touches=[whatsapp(35, "Me quedo en Guadalajara, no me mudo a la CDMX por nada.")],
            ),
        ],
        **job(
            ANALYST_JOB,
            dict(remote_policy="hybrid", location="Mexico City, Mexico"),
            offers=["Two days a week at our Polanco office"],
        ),
    ),
]

# --- 12. managing and level -----------------------------------------------------------------

LEVEL = [
    C(
        "wants to lead, mentors three juniors vs IC forever, a team-lead role",
        "manager",
        [
            hires("manager", where="Santiago, Chile")(
                "Gonzalo Arce",
                2,
                touches=[
                    screen(
                        50,
                        "Gonzalo wants to lead a team; he's been mentoring three juniors "
                        "unofficially for a year.",
                    )
                ],
            ),
            hires("manager", where="Santiago, Chile")(
                "Leandro Villar",
                0,
                touches=[
                    screen(50, "Leandro: no people management, IC forever. Says 1:1s drain him.")
                ],
            ),
        ],
        **job(
            {},
            LATAM,
            title="Engineering Team Lead, LatAm squad",
            offers=["Lead a squad of five engineers across Chile, Argentina and Uruguay"],
        ),
    ),
    C(
        "a team lead stepping back to an agent seat vs wants a team-lead title, an agent role",
        "cs",
        [
            hires("cs", SUPPORT_AGENT, "Kano, Nigeria")(
                "Zainab Bello-Yakasai",
                2,
                touches=[
                    mail(
                        60,
                        "After five years as a team lead I want to step back to a plain agent "
                        "seat - less stress, no reporting.",
                    )
                ],
            ),
            hires("cs", SUPPORT_AGENT, "Kano, Nigeria")(
                "Halima Danjuma",
                0,
                touches=[
                    mail(
                        60, "After five years on the queue I want a team lead title, nothing less."
                    )
                ],
            ),
        ],
        **job(
            SUPPORT_JOB,
            AFRICA,
            title="Customer Support Agent",
            seniority="junior",
            offers=["Individual agent seat on the tier 1 queue, no reports"],
        ),
    ),
    C(
        "wants the principal title he's been doing vs titles don't matter, a principal role",
        "backend",
        [
            hires("backend", where="Katowice, Poland")(
                "Damian Lewandowski",
                2,
                touches=[
                    inmail(
                        80,
                        "I've been doing principal-level work for two years without the title. "
                        "That's what I'm after.",
                    )
                ],
            ),
            hires("backend", where="Katowice, Poland")(
                "Artur Nowakowski",
                1,
                touches=[inmail(80, "Titles don't matter to me, the problem does.")],
            ),
        ],
        **job(PY_JOB, CEE, title="Principal Engineer", seniority="staff"),
    ),
    C(
        "back to hands-on after managing vs Head of Design roles only, an IC designer role",
        "frontend",
        [
            hires("designer", where="Porto Alegre, Brazil")(
                "Gabriela Moura",
                2,
                touches=[
                    mail(
                        90,
                        "I managed a team of six for three years and I miss designing. I want to "
                        "go back to being hands-on.",
                    )
                ],
            ),
            hires("designer", where="Porto Alegre, Brazil")(
                "Fernanda Brito Alencar",
                0,
                touches=[mail(90, "I'm only looking at Head of Design roles now.")],
            ),
        ],
        **job(
            DESIGN_JOB,
            LATAM,
            title="Senior Product Designer (IC)",
            offers=["Individual contributor, no reports"],
        ),
    ),
]

# --- 13. company stage and size -------------------------------------------------------------

STAGE_SIZE = [
    C(
        "wants to join a seed team early vs wants a listed company, a seed start-up of 8",
        "frontend",
        [
            hires("frontend", where="Hồ Chí Minh City, Vietnam")(
                "Hoàng Văn Nam",
                2,
                touches=[
                    inmail(
                        70,
                        "I want to join early - a seed team where I can own things and get real "
                        "equity.",
                    )
                ],
            ),
            hires("frontend", where="Hồ Chí Minh City, Vietnam")(
                "Lê Quốc Bảo",
                0,
                touches=[
                    inmail(
                        70,
                        "My last startup ran out of money. Next I want a listed company, proper "
                        "HR, proper payroll.",
                    )
                ],
            ),
        ],
        **job(REACT_JOB, SEA, offers=["Seed-stage, 8 people, meaningful equity"]),
    ),
    C(
        "wants a public company with RSUs vs no corporates, a NASDAQ-listed employer",
        "backend",
        [
            hires("backend", where="Szczecin, Poland")(
                "Marcin Krawczyk",
                2,
                touches=[
                    mail(
                        55,
                        "After two seed rounds that fizzled I want a public company with RSUs and "
                        "a boring payroll.",
                    )
                ],
            ),
            hires("backend", where="Szczecin, Poland")(
                "Piotr Szymański",
                0,
                touches=[
                    mail(
                        55,
                        "No corporates. I want a small team where decisions don't take three "
                        "committees.",
                    )
                ],
            ),
        ],
        **job(PY_JOB, CEE, offers=["NASDAQ-listed, 4,000 employees, RSUs every year"]),
    ),
    C(
        "tired of VC burn, bootstrapped is heaven vs wants hypergrowth, a bootstrapped agency",
        "frontend",
        [
            hires("frontend", SHOPIFY_DEV, "Durban, South Africa")(
                "Refilwe Sithole",
                2,
                touches=[
                    mail(
                        45,
                        "Tired of VC burn and surprise layoffs. Bootstrapped and profitable sounds "
                        "like heaven.",
                    )
                ],
            ),
            hires("frontend", SHOPIFY_DEV, "Durban, South Africa")(
                "Zanele Mabuza",
                1,
                touches=[
                    mail(45, "I want hypergrowth - a Series B rocket where things break weekly.")
                ],
            ),
        ],
        **job(
            SHOPIFY_JOB,
            AFRICA,
            offers=["Bootstrapped and profitable since 2014, 25 people, no investors"],
        ),
    ),
    C(
        "wants a Series B or C scale-up vs only pre-seed, a Series B of 150",
        "sre",
        [
            hires("sre", DEVOPS, "Odesa, Ukraine")(
                "Bohdan Hnatyuk",
                2,
                touches=[
                    inmail(
                        60,
                        "I'm looking for a scale-up, Series B or C - past the chaos, before the "
                        "bureaucracy.",
                    )
                ],
            ),
            hires("sre", DEVOPS, "Odesa, Ukraine")(
                "Yurii Marchenko",
                0,
                touches=[inmail(60, "Only pre-seed. I want to be one of the first five hires.")],
            ),
        ],
        **job(DEVOPS_JOB, CEE, offers=["Series B, 150 people, raised USD 40M this year"]),
    ),
    C(
        "Taglish: wants a big BPO with HMO vs done with BPOs, a 600-agent BPO",
        "cs",
        [
            hires("cs", SUPPORT_AGENT, "Mandaue, Philippines")(
                "Aileen Cabahug",
                2,
                touches=[
                    whatsapp(
                        50,
                        "Mas gusto ko po big BPO na may HMO at career path, hindi yung maliit na "
                        "startup.",
                    )
                ],
            ),
            hires("cs", SUPPORT_AGENT, "Mandaue, Philippines")(
                "Jessa Mae Ybañez",
                0,
                touches=[
                    whatsapp(50, "Ayoko na po sa BPO, gusto ko maliit na startup na direct client.")
                ],
            ),
        ],
        **job(
            SUPPORT_JOB,
            PH,
            offers=["Established BPO, 600 agents, HMO from day one and a clear career ladder"],
        ),
    ),
    C(
        "'not against startups, just not pre-revenue' vs against startups, a seed with $2M ARR",
        "data_eng",
        [
            hires("data_eng", DATA_ANALYST, "Mansoura, Egypt")(
                "Mohamed Abdelfattah",
                2,
                touches=[
                    mail(
                        40,
                        "I'm not against startups, just not pre-revenue ones - I've been burned "
                        "by a company with no customers.",
                    )
                ],
            ),
            hires("data_eng", DATA_ANALYST, "Mansoura, Egypt")(
                "Tarek Shalaby",
                0,
                touches=[mail(40, "I'm against startups, full stop. Corporate or nothing.")],
            ),
        ],
        **job(ANALYST_JOB, EMEA, offers=["Seed-stage start-up, 14 people, USD 2M ARR"]),
    ),
    C(
        "wants small and steady, no investors vs wants a VC rocket, a family-owned retailer",
        "backend",
        [
            hires("backend", LARAVEL_DEV, "León, Mexico")(
                "Ricardo Peña Alvarado",
                2,
                touches=[
                    screen(
                        75,
                        "Ricardo wants somewhere small and steady - no investors breathing down "
                        "anyone's neck.",
                    )
                ],
            ),
            hires("backend", LARAVEL_DEV, "León, Mexico")(
                "Guillermo Zepeda",
                1,
                touches=[
                    screen(
                        75,
                        "Guillermo wants a VC-backed rocket ship with options that might be worth "
                        "something.",
                    )
                ],
            ),
        ],
        **job(
            LARAVEL_JOB,
            LATAM,
            offers=["Family-owned online retailer, 20 years old, 40 people, no outside investors"],
        ),
    ),
    C(
        "Spanish: a small company under fifty vs a multinational over a thousand, Series A of 30",
        "frontend",
        [
            hires("frontend", where="Cali, Colombia")(
                "Catalina Herrera Ospina",
                2,
                touches=[
                    mail(
                        65,
                        "Quiero una empresa chica, de menos de cincuenta personas, donde se note "
                        "lo que hago.",
                    )
                ],
            ),
            hires("frontend", where="Cali, Colombia")(
                "Manuela Betancur",
                0,
                touches=[
                    mail(
                        65,
                        "Busco una multinacional grande, de más de mil empleados, con plan de "
                        "carrera.",
                    )
                ],
            ),
        ],
        **job(REACT_JOB, LATAM, offers=["Series A, 30 people"]),
    ),
]

# --- 14. industry and mission ---------------------------------------------------------------

MISSION = [
    C(
        "no crypto ever vs big on crypto, a crypto exchange",
        "backend",
        [
            hires("backend", where="Kragujevac, Serbia")(
                "Dragan Nikolić",
                0,
                touches=[
                    screen(
                        45, "Dragan: no crypto, ever. Watched friends lose their savings in 2022."
                    )
                ],
            ),
            hires("backend", where="Kragujevac, Serbia")(
                "Bojan Todorović",
                2,
                touches=[screen(45, "Bojan is big on crypto; wants to work on an exchange.")],
            ),
        ],
        **job(
            PY_JOB,
            CEE,
            description="Build the matching engine and wallets of a crypto exchange.",
        ),
    ),
    C(
        "won't work for betting, against his faith vs iGaming is fine, a casino and sportsbook",
        "frontend",
        [
            hires("frontend", where="Tanta, Egypt")(
                "Yasser Abdallah",
                0,
                touches=[
                    mail(
                        55, "I won't work for betting or casino companies - it's against my faith."
                    )
                ],
            ),
            hires("frontend", where="Tanta, Egypt")(
                "Mahmoud Ragab",
                2,
                touches=[mail(55, "iGaming is fine by me, I've done two years at a sportsbook.")],
            ),
        ],
        **job(
            REACT_JOB,
            EMEA,
            description="Build the front end of a Malta-licensed online casino and sportsbook.",
        ),
    ),
    C(
        "energy access is what he talked about vs just wants a paycheque, off-grid solar",
        "data_eng",
        [
            hires("data_eng", DATA_ANALYST, "Nakuru, Kenya")(
                "Kamau wa Gichuru",
                2,
                touches=[
                    screen(
                        60,
                        "Kamau wants his work to matter - energy access for rural homes is exactly "
                        "what he talked about.",
                    )
                ],
            ),
            hires("data_eng", DATA_ANALYST, "Nakuru, Kenya")(
                "Mwangi Gachanja",
                1,
                touches=[
                    screen(
                        60, "Mwangi just wants a solid paycheque; no strong feelings on industry."
                    )
                ],
            ),
        ],
        **job(
            ANALYST_JOB,
            AFRICA,
            description="Analyse repayments of pay-as-you-go solar kits for off-grid households "
            "in Kenya and Uganda.",
        ),
    ),
    C(
        "a former teacher who wants education vs no edtech after a collapse, a reading app",
        "cs",
        [
            hires("cs", TECH_WRITER, "Lima, Peru")(
                "Sofía Valdivia Luján",
                2,
                touches=[
                    mail(
                        50,
                        "I taught primary school for six years before I moved into tech writing; "
                        "education is where I want to be.",
                    )
                ],
            ),
            hires("cs", TECH_WRITER, "Lima, Peru")(
                "Carolina Ibáñez Ruiz",
                0,
                touches=[
                    mail(
                        50,
                        "No edtech please - my last one went under and I watched the whole thing "
                        "unravel.",
                    )
                ],
            ),
        ],
        **job(
            WRITER_JOB,
            LATAM,
            description="Write the help centre and teacher guides of a reading app for primary "
            "schools in Latin America.",
        ),
    ),
]

# --- 15. technology -------------------------------------------------------------------------

TECH = [
    C(
        "out of PHP into Node vs staying on Laravel, a Node migration",
        "backend",
        [
            hires("backend", LARAVEL_DEV, "Asunción, Paraguay")(
                "Álvaro Benavides",
                2,
                touches=[
                    mail(
                        60,
                        "I want out of PHP. Six years of Laravel is enough - Node and TypeScript "
                        "are where I want to go.",
                    )
                ],
            ),
            hires("backend", LARAVEL_DEV, "Asunción, Paraguay")(
                "Emilio Carranza",
                0,
                touches=[
                    mail(60, "Staying on Laravel. The Node ecosystem is chaos, I don't want it.")
                ],
            ),
        ],
        **job(NODE_JOB, LATAM),
    ),
    C(
        "done with React Native, wants Flutter vs Dart a dead end, a Flutter-only team",
        "frontend",
        [
            hires("frontend", MOBILE_DEV, "Đà Nẵng, Vietnam")(
                "Phạm Đức Anh",
                2,
                touches=[
                    inmail(70, "Done with React Native bridges. I'd love a Flutter-only team.")
                ],
            ),
            hires("frontend", MOBILE_DEV, "Đà Nẵng, Vietnam")(
                "Vũ Hải Long",
                0,
                touches=[inmail(70, "Flutter? No thanks. Dart feels like a dead end to me.")],
            ),
        ],
        **job(FLUTTER_JOB, SEA),
    ),
    C(
        "lives in AWS vs GCP only after an AWS billing nightmare, an AWS platform",
        "sre",
        [
            hires("sre", DEVOPS, "Kaduna, Nigeria")(
                "Abdullahi Musa",
                2,
                touches=[
                    screen(
                        45,
                        "Abdullahi lives in AWS - going for the DevOps Pro cert, wants EKS and CDK "
                        "all day.",
                    )
                ],
            ),
            hires("sre", DEVOPS, "Kaduna, Nigeria")(
                "Ibrahim Sani",
                0,
                touches=[
                    screen(
                        45,
                        "Ibrahim only wants GCP work; refuses AWS after a billing nightmare at his "
                        "last job.",
                    )
                ],
            ),
        ],
        **job(DEVOPS_JOB, AFRICA, offers=["AWS only: EKS, CDK and Lambda"]),
    ),
    C(
        "wants Hydrogen and headless vs out of e-commerce platforms, headless Shopify Plus",
        "frontend",
        [
            hires("frontend", SHOPIFY_DEV, "Pretoria, South Africa")(
                "Nomvula Khanyile",
                2,
                touches=[
                    mail(
                        40,
                        "I want to get into Hydrogen and headless Shopify - Liquid themes are "
                        "getting old.",
                    )
                ],
            ),
            hires("frontend", SHOPIFY_DEV, "Pretoria, South Africa")(
                "Ayanda Ntuli",
                0,
                touches=[
                    mail(40, "I'm sick of Shopify entirely, I want out of e-commerce platforms.")
                ],
            ),
        ],
        **job(
            SHOPIFY_JOB,
            AFRICA,
            offers=["Shopify Plus storefronts built headless on Hydrogen and Oxygen"],
        ),
    ),
    C(
        "'not a fan of Angular, React is great' vs 'React is fine, rather Angular', React",
        "frontend",
        [
            hires("frontend", where="Hải Phòng, Vietnam")(
                "Đỗ Khánh Linh",
                2,
                touches=[inmail(55, "Not a fan of Angular, but React is great.")],
            ),
            hires("frontend", where="Hải Phòng, Vietnam")(
                "Bùi Thanh Tâm",
                1,
                touches=[inmail(55, "React is fine, but I'd rather do Angular.")],
            ),
        ],
        **job(REACT_JOB, SEA),
    ),
    C(
        "wants docs-as-code vs stays with Flare and Confluence, docs in Git",
        "cs",
        [
            hires("cs", TECH_WRITER, "Timișoara, Romania")(
                "Anca Marinescu",
                2,
                touches=[
                    mail(
                        65,
                        "I want docs-as-code. Pull requests, Markdown, CI checks - Confluence has "
                        "worn me down.",
                    )
                ],
            ),
            hires("cs", TECH_WRITER, "Timișoara, Romania")(
                "Simona Vlad",
                0,
                touches=[
                    mail(
                        65,
                        "I'd like to stay with MadCap Flare and Confluence. Git for docs isn't for "
                        "me.",
                    )
                ],
            ),
        ],
        **job(
            WRITER_JOB,
            CEE,
            offers=["Docs-as-code: Markdown in Git, Docusaurus, OpenAPI, reviews in pull requests"],
        ),
    ),
    C(
        "moving from Selenium to Playwright vs Selenium with Java only, Playwright in TypeScript",
        "cs",
        [
            hires("cs", QA_ENGINEER, "Cần Thơ, Vietnam")(
                "Ngô Thị Mai",
                2,
                touches=[
                    inmail(
                        80,
                        "I want to move from Selenium to Playwright, I'm already doing it on a "
                        "side project.",
                    )
                ],
            ),
            hires("cs", QA_ENGINEER, "Cần Thơ, Vietnam")(
                "Đặng Văn Hùng",
                0,
                touches=[inmail(80, "Selenium with Java only. I'm not learning TypeScript.")],
            ),
        ],
        **job(QA_JOB, SEA, offers=["Playwright in TypeScript, tests run in GitHub Actions"]),
    ),
    C(
        "wants to learn Looker and BigQuery vs Power BI only, a Looker and BigQuery team",
        "data_eng",
        [
            hires("data_eng", DATA_ANALYST, "Barranquilla, Colombia")(
                "Nicole Arboleda",
                2,
                touches=[
                    mail(
                        50,
                        "I'd love to learn Looker and BigQuery - the Microsoft stack at my job is "
                        "a dead end.",
                    )
                ],
            ),
            hires("data_eng", DATA_ANALYST, "Barranquilla, Colombia")(
                "Tatiana Moncada",
                0,
                touches=[mail(50, "Power BI only. I don't want to start over on another BI tool.")],
            ),
        ],
        **job(ANALYST_JOB, LATAM, offers=["Looker on BigQuery, dbt models owned by the team"]),
    ),
]

# --- 16. last time's reason, resolved by this role or still standing ------------------------

PAST_LOW_BAND = dict(
    remote_policy="remote", location="Remote (Latin America)", salary_max=42_000, currency="USD"
)
PAST_MEDELLIN = dict(remote_policy="onsite", location="Medellín, Colombia")
PAST_LISBON = dict(remote_policy="onsite", location="Lisbon, Portugal")

RESOLVED = [
    C(
        "declined over a 3.5k monthly cap; the band is now 5-6k",
        "backend",
        [
            hires("backend", where="Fortaleza, Brazil")(
                "Bruno Caldeira Vaz",
                2,
                apps=[
                    said_no(
                        260,
                        "compensation",
                        "Asked USD 5k/month; we capped at 3.5k",
                        past=PAST_LOW_BAND,
                    )
                ],
            ),
            hires("backend", where="Fortaleza, Brazil")(
                "Henrique Sampaio", 1, apps=[lost_final(260)]
            ),
        ],
        **job(
            PY_JOB,
            LATAM,
            offers=["USD 5,000-6,000 a month"],
            salary_min=60_000,
            salary_max=72_000,
            currency="USD",
        ),
    ),
    C(
        "Spanish: withdrew over five days at the El Poblado office; this role is remote",
        "frontend",
        [
            hires("frontend", where="Envigado, Colombia")(
                "Alejandro Restrepo Gil",
                2,
                apps=[
                    stepped_out(
                        200,
                        "remote_policy",
                        "No iba a ir cinco días a la oficina de El Poblado",
                        past=PAST_MEDELLIN,
                        role="Senior React Developer",
                    )
                ],
            ),
            hires("frontend", where="Envigado, Colombia")(
                "Mateo Salazar Uribe", 1, apps=[lost_final(200, role="Senior React Developer")]
            ),
        ],
        **job(REACT_JOB, LATAM, offers=["Fully remote, no office at all"]),
    ),
    C(
        "wanted employment, we offered B2B vs wanted B2B, we offered EOR; this role is EOR",
        "backend",
        [
            hires("backend", where="Lublin, Poland")(
                "Aleksandra Nowicka",
                2,
                apps=[
                    said_no(
                        300,
                        "other",
                        "Wanted an employment contract; we only offered B2B contracting",
                    )
                ],
            ),
            hires("backend", where="Lublin, Poland")(
                "Katarzyna Domańska",
                0,
                apps=[
                    said_no(
                        300,
                        "other",
                        "Wanted B2B; our offer was an employment contract through the EOR",
                    )
                ],
            ),
        ],
        **job(
            PY_JOB,
            CEE,
            offers=["Employment contract (umowa o pracę) through our EOR, with paid leave"],
        ),
    ),
    C(
        "pulled out over a graveyard shift vs over a pay ceiling; day shift, same ceiling",
        "cs",
        [
            hires("cs", VIRTUAL_ASSISTANT, "Baguio, Philippines")(
                "Rhea Manalo",
                2,
                apps=[
                    stepped_out(
                        180,
                        "other",
                        "Pulled out - graveyard shift for the US client",
                        role="Virtual Assistant",
                    )
                ],
            ),
            hires("cs", VIRTUAL_ASSISTANT, "Baguio, Philippines")(
                "Cheryl Ann Dizon",
                0,
                apps=[
                    stepped_out(
                        180,
                        "compensation",
                        "Pulled out - PHP 40k ceiling too low, asked 60k",
                        role="Virtual Assistant",
                    )
                ],
            ),
        ],
        **job(
            VA_JOB,
            PH,
            offers=["Day shift for an Australian client", "PHP 35,000-40,000 a month"],
            salary_min=420_000,
            salary_max=480_000,
            currency="PHP",
        ),
    ),
    C(
        "declined when there was no relocation help for Lisbon; now there is",
        "frontend",
        [
            hires("frontend", where="Natal, Brazil")(
                "Yasmin Cardoso Pires",
                2,
                apps=[
                    said_no(
                        330,
                        "location",
                        "Declined: no relocation help for Lisbon, couldn't afford the move",
                        past=PAST_LISBON,
                        role="Senior React Developer",
                    )
                ],
            ),
            hires("frontend", where="Natal, Brazil")(
                "Camila Nogueira", 1, apps=[lost_final(330, role="Senior React Developer")]
            ),
        ],
        **job(
            REACT_JOB,
            dict(remote_policy="hybrid", location="Lisbon, Portugal"),
            offers=["Relocation package up to EUR 8,000 and visa support for your family"],
        ),
    ),
]

# --- 17. the history with us ----------------------------------------------------------------

LAST_TIME = [
    C(
        "flaky Cypress two months ago vs weak on Cypress two years ago, since fixed",
        "cs",
        [
            hires("cs", QA_ENGINEER, "Brașov, Romania")(
                "Bogdan Ionescu",
                0,
                apps=[
                    turned_away(
                        60,
                        "skills_gap",
                        "Take-home: Cypress component tests flaky, no idea of network stubbing",
                        role="QA Automation Engineer",
                    )
                ],
            ),
            hires("cs", QA_ENGINEER, "Brașov, Romania")(
                "Vlad Popescu",
                2,
                apps=[
                    turned_away(
                        720,
                        "skills_gap",
                        "Take-home: weak on Cypress back then",
                        role="QA Automation Engineer",
                    )
                ],
                touches=[
                    mail(
                        90,
                        "Since we last spoke I've built the whole Cypress suite at my current "
                        "company, stubbing and all.",
                    )
                ],
            ),
        ],
        **job(QA_JOB, CEE),
    ),
    C(
        "no-show at the panel twice vs rescheduled once for a grid outage, told us ahead",
        "backend",
        [
            hires("backend", where="Ibadan, Nigeria")(
                "Segun Adewale",
                0,
                apps=[
                    app(
                        150,
                        "interview",
                        "rejected",
                        "no_show",
                        "No-show at the panel twice, no message either time",
                    )
                ],
            ),
            hires("backend", where="Ibadan, Nigeria")(
                "Tunde Akinwunmi",
                2,
                apps=[
                    app(
                        150,
                        "final",
                        "position_closed",
                        "headcount",
                        "Rescheduled his panel once (grid outage, told us an hour ahead); role "
                        "then frozen",
                    )
                ],
            ),
        ],
        **job(PY_JOB, AFRICA),
    ),
    C(
        "rude to our QA lead vs blunt but fair in review, lost to one other",
        "backend",
        [
            hires("backend", where="Constanța, Romania")(
                "Andrei Vasile",
                0,
                apps=[
                    turned_away(
                        200,
                        "culture_fit",
                        "Rude to our QA lead in the take-home review - called her questions stupid",
                    )
                ],
            ),
            hires("backend", where="Constanța, Romania")(
                "Cosmin Stan",
                2,
                apps=[lost_final(200, "Blunt but fair in the code review; team liked him")],
            ),
        ],
        **job(PY_JOB, CEE),
    ),
    C(
        "took a counteroffer in September vs two years ago, has since left that company",
        "frontend",
        [
            hires("frontend", where="Dnipro, Ukraine")(
                "Oleksii Shevchuk",
                0,
                apps=[
                    said_no(
                        70,
                        "counteroffer",
                        "Took his employer's counteroffer in September",
                        role="Senior React Developer",
                    )
                ],
            ),
            hires("frontend", where="Dnipro, Ukraine")(
                "Taras Melnyk",
                2,
                apps=[
                    said_no(
                        750,
                        "counteroffer",
                        "Took a counter two years ago",
                        role="Senior React Developer",
                    )
                ],
                touches=[
                    inmail(
                        100, "I've since left the company that counter-offered me. Open to a chat."
                    )
                ],
            ),
        ],
        **job(REACT_JOB, CEE),
    ),
]

# --- 18. the latest process -----------------------------------------------------------------

PROCESS = [
    C(
        "lost our final by a hair vs a CV screened out before anyone read it",
        "backend",
        [
            hires("backend", where="Recife, Brazil")(
                "Gustavo Lemos",
                2,
                apps=[lost_final(130, "Reached the final, lost to one other by a hair")],
            ),
            hires("backend", where="Recife, Brazil")(
                "Rodrigo Falcão",
                1,
                apps=[
                    app(
                        130,
                        "applied",
                        "rejected",
                        "other",
                        "CV screened out - req filled by a referral before screening",
                    )
                ],
            ),
        ],
        **job(PY_JOB, LATAM),
    ),
    C(
        "placed with the Austin client in September vs her Deel engagement there ended",
        "data_eng",
        [
            hires("data_eng", DATA_ANALYST, "Port Harcourt, Nigeria")(
                "Adebola Ogunbiyi",
                0,
                touches=[
                    ats(
                        60,
                        "Placed with the Austin client in Sept via Deel, started 21/09. Don't "
                        "poach.",
                    )
                ],
            ),
            hires("data_eng", DATA_ANALYST, "Port Harcourt, Nigeria")(
                "Ngozika Anyaoku",
                2,
                touches=[
                    ats(
                        60,
                        "Her Deel engagement with the Austin client ended 30/09 - the client's "
                        "funding round fell through. Available.",
                    )
                ],
            ),
        ],
        **job(ANALYST_JOB, AFRICA),
    ),
    C(
        "accepted our offer then ghosted on day one vs accepted, then we cancelled the role",
        "sre",
        [
            hires("sre", DEVOPS, "Eldoret, Kenya")(
                "Brian Kipkemboi",
                0,
                apps=[
                    app(
                        110,
                        "offer",
                        "withdrew",
                        "no_show",
                        "Accepted the offer, then ghosted on day one",
                        role="DevOps Engineer",
                    )
                ],
            ),
            hires("sre", DEVOPS, "Eldoret, Kenya")(
                "Dennis Kiprotich",
                2,
                apps=[
                    app(
                        110,
                        "offer",
                        "position_closed",
                        "headcount",
                        "Accepted the offer; we cancelled the role a week before start (budget "
                        "cut)",
                        role="DevOps Engineer",
                    )
                ],
            ),
        ],
        **job(DEVOPS_JOB, AFRICA),
    ),
]

# --- 19. several notes over time: the latest word counts ------------------------------------

LATEST_WORD = [
    C(
        "Taglish: no nights in January, fine in October vs fine in January, no more in October",
        "cs",
        [
            hires("cs", SUPPORT_AGENT, "Lipa, Batangas, Philippines")(
                "Ma. Theresa Ilagan",
                2,
                touches=[
                    whatsapp(date(2026, 1, 12), "Wala muna pong night shift, baby pa si bunso."),
                    whatsapp(
                        date(2026, 10, 19),
                        "Update po: okay na ako sa night shift, nandito na si mama para mag-alaga.",
                    ),
                ],
            ),
            hires("cs", SUPPORT_AGENT, "Lipa, Batangas, Philippines")(
                "Gemma Pascual",
                0,
                touches=[
                    whatsapp(date(2026, 1, 12), "Kaya ko po night shift, kahit anong account."),
                    whatsapp(
                        date(2026, 10, 19),
                        "Update po: hindi na po ako pwede sa night shift, payo ng doktor.",
                    ),
                ],
            ),
        ],
        **job(
            SUPPORT_JOB,
            PH,
            offers=["Night shift, 10pm-7am Manila time, for a US West Coast client"],
        ),
    ),
    C(
        "take me off your list, then back looking vs keep me in the loop, then delete my data",
        "frontend",
        [
            hires("designer", where="Bydgoszcz, Poland")(
                "Wiktoria Szczepaniak",
                2,
                touches=[
                    mail(date(2026, 2, 9), "Please take me off your list."),
                    mail(
                        date(2026, 9, 21),
                        "I asked to be taken off your list in February - circumstances changed "
                        "and I'm looking again. Please keep me in the loop.",
                    ),
                ],
            ),
            hires("designer", where="Bydgoszcz, Poland")(
                "Zuzanna Malinowska",
                0,
                touches=[
                    mail(date(2026, 2, 9), "Not right now - but do keep me in the loop, please."),
                    mail(
                        date(2026, 9, 21),
                        "Please delete my profile and all my data. I don't want further contact.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **job(DESIGN_JOB, CEE),
    ),
    C(
        "asked 7k, laid off, now 5k vs asked 5k, got a raise, now 8k; a 5-6k band",
        "backend",
        [
            hires("backend", where="Mérida, Mexico")(
                "Eduardo Saldívar",
                2,
                touches=[
                    screen(date(2026, 3, 16), "Eduardo asks 7k USD/month."),
                    screen(date(2026, 10, 12), "Eduardo got laid off; he'd now take 5k USD/month."),
                ],
            ),
            hires("backend", where="Mérida, Mexico")(
                "Arturo Beltrán",
                0,
                touches=[
                    screen(date(2026, 3, 16), "Arturo asks 5k USD/month."),
                    screen(
                        date(2026, 10, 12),
                        "Arturo got a raise; now won't move for under 8k USD/month.",
                    ),
                ],
            ),
        ],
        **job(
            PY_JOB,
            LATAM,
            offers=["USD 5,000-6,000 a month, contractor"],
            salary_min=60_000,
            salary_max=72_000,
            currency="USD",
        ),
    ),
    C(
        "Canada too cold, then her sister moved there vs a dream, then staying home; Toronto",
        "cs",
        [
            hires("cs", QA_ENGINEER, "Bandung, Indonesia")(
                "Dian Permatasari",
                2,
                touches=[
                    inmail(date(2026, 4, 6), "Canada is too cold for me, I'll pass on relocation."),
                    inmail(
                        date(2026, 10, 5),
                        "Changed my mind - my sister just moved to Toronto. I'd relocate now.",
                    ),
                ],
            ),
            hires("cs", QA_ENGINEER, "Bandung, Indonesia")(
                "Rina Kusumawati",
                0,
                touches=[
                    inmail(date(2026, 4, 6), "Canada would be a dream, happy to relocate."),
                    inmail(
                        date(2026, 10, 5),
                        "We've decided to stay in Bandung, my father is ill. No relocation.",
                    ),
                ],
            ),
        ],
        **job(
            QA_JOB,
            dict(remote_policy="onsite", location="Toronto, Canada"),
            offers=["Relocation to Toronto paid, work permit handled by us"],
        ),
    ),
]

HELDOUT41_CASES: list[Case] = [
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
