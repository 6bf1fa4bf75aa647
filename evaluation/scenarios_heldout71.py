"""Held-out rediscovery cases, seventy-first set: Canadian recruiters' own words, written by a
stranger to the reader (its code, its labelled sets and the earlier case files' sentences were
not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 71") and never tuned to what Encore does. The recruiters are a
Toronto tech agency, a Montréal bilingual desk (notes half in québécois shorthand: "dispo",
"pas avant", "svp", "cell", "job", "char"), an in-house talent team at a Calgary engineering
firm, and a public-sector staffing pool in Ottawa-Gatineau. The people are software, data and
platform engineers, CPAs and financial analysts, civil engineers (P.Eng, EIT), Red Seal
electricians (309A) and bilingual policy analysts (EC-05, CBE/CBE), across Ontario, Quebec,
British Columbia and Alberta. The voices: terse ATS shorthand with typos ("cand", "w/", "tmrw",
"LM", "f/u"), lower-case texts and WhatsApps, LinkedIn replies, candidates' emails, a formal
letter, recruiters' third-person call notes, long rambling notes where one line decides, and
lines in Canadian French. The talk: PGWP, LMIA, open work permits and PR (Express Entry,
CAQ/CSQ in Quebec), union and public-service pay scales (IBEW, PSAC, EC and IT groups), GO
trains, the SkyTrain and BC Ferries, the bridges between Ottawa and Gatineau and onto the
island of Montréal, Deerfoot Trail, winter tires, hockey season and the construction holiday.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (CASL unsubscribe, an angry text, a formal letter, a LinkedIn block-warning, a
   recruiter's "DNC per cand", French "retirez-moi de vos listes", "arrêtez de m'écrire",
   "plus jamais", a retired electrician): never shown; beside each a scoped stop that is not
   one (no more calls at work, not that client, no newsletters, a new email, feedback still
   owed, not contract roles, no more LinkedIn InMails but email fine, "pas cette job-là");
2. waits counted from the day said (relative dates, after the holidays, after hockey season,
   end of Q1, a notice period, the construction holiday, a PR landing, the end of the tax
   season, "pas avant le printemps"), each against a twin whose wait has already run out, and
   notes full of dates that ask for no wait;
3. schedule, travel, visa / right to work, contract type and commute (PGWP running out against
   PR in hand, LMIA needed against a Canadian citizen, a spouse's open work permit, travel to
   site camps in Fort McMurray, no flying, the GO train from Oshawa, the Champlain and
   Jacques-Cartier bridges, the Macdonald-Cartier bridge to Gatineau, the Horseshoe Bay ferry,
   SkyTrain from Surrey, Deerfoot Trail, no car, 45 minutes max); each beside a twin who does
   not object or whose objection was about something this role is not;
4. pay against the band (CAD and USD, hourly against annual, day rates, a floor above the
   band, a current salary above the band with a lower ask, union scale, an EC-05 step);
5. work mode in the title only, the description only, the offers only, hybrid days; negation
   and its scope ("not opposed to the office", "no problem with nights, the problem was the
   pay");
6. location and relocation (Toronto to Calgary, back to Quebec, a partner's posting), managing
   against hands-on, company stage and size, industry and mission wanted or refused (oil sands,
   pipelines, cannabis, gambling, defence, mining, public health, clean energy), technology
   wanted or refused;
7. last time's reason resolved by this role or still standing (pay, office days, bilingualism,
   sponsorship, travel, the commute), the history with us, the latest process;
8. several notes over time where the latest word counts (a mind changed once or twice, across
   a text, a call note, an email and an ATS line).

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

CIVIL_ENG = dict(
    current_title="Project Engineer, Municipal Infrastructure",
    skills=["P.Eng", "Civil 3D", "Watermain design", "Contract administration"],
    years_experience=8,
    resume_text=(
        "Licensed P.Eng, eight years on municipal roads, watermains and storm sewers: detailed "
        "design in Civil 3D, tender packages, contract administration and site inspection."
    ),
)
ELECTRICIAN = dict(
    current_title="Construction Electrician (309A)",
    skills=["Red Seal", "309A licence", "Commercial fit-out", "Conduit bending"],
    years_experience=10,
    resume_text=(
        "Red Seal construction electrician, ten years on commercial and institutional jobs: "
        "conduit and cable tray, panels and distribution, fire alarm, and CEC code compliance."
    ),
)
CPA = dict(
    current_title="Senior Accountant",
    skills=["CPA", "Month-end close", "IFRS", "Year-end audit"],
    years_experience=7,
    resume_text=(
        "CPA with seven years in industry: month-end close, IFRS reporting, audit files, "
        "account reconciliations and GST/HST and QST filings."
    ),
)
POLICY = dict(
    current_title="Policy Analyst (EC-05)",
    skills=["Policy analysis", "Cabinet documents", "Bilingual CBC", "Stakeholder consultation"],
    years_experience=6,
    resume_text=(
        "Bilingual federal policy analyst, six years: memoranda to Cabinet, briefing notes, "
        "consultations with provinces and Indigenous partners, French and English drafting."
    ),
)


def pool(profile: str, persona: dict | None = None, where: str = "Toronto, ON"):
    """People of one kind in the pool: the same profile and persona, living in ``where``
    unless a case says otherwise (a ``location=`` keyword wins)."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**(persona or {}), "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def call(days, note) -> dict:
    """A recruiter's third-person call note."""
    return touch(days, "outbound", "replied", "note", note=note, channel="phone")


def ats(days, note) -> dict:
    """A line typed into the ATS, in shorthand."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def email(days, note) -> dict:
    """The candidate's email."""
    return touch(days, "inbound", "replied", note=note, channel="email")


def sms(days, note) -> dict:
    """The candidate's text or WhatsApp, as typed."""
    return touch(days, "inbound", "replied", note=note, channel="other")


def inmail(days, note) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=note, channel="linkedin")


def lost_final(days, note=None, *, role="Senior Backend Engineer") -> dict:
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def declined(days, reason, note, *, past=None, role="Senior Backend Engineer") -> dict:
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="Senior Backend Engineer"):
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def role(what: dict, where: dict, **more) -> dict:
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

CIVIL_ROLE = dict(
    title="Project Engineer, Municipal Infrastructure",
    department="Engineering",
    seniority="senior",
    requirements="P.Eng (PEO, OIQ or APEGA)\nMunicipal design\nCivil 3D\nContract administration",
    description="Design and administer watermain and road reconstruction contracts.",
)
SPARKY_ROLE = dict(
    title="Construction Electrician (309A / Red Seal)",
    department="Electrical",
    seniority="mid",
    requirements="Red Seal or 309A\nCommercial and institutional work\nConduit and panels",
    description="Install and terminate on a new hospital wing and school projects.",
)
CPA_ROLE = dict(
    title="Senior Accountant",
    department="Finance",
    seniority="senior",
    requirements="CPA designation\nMonth-end close\nIFRS\nAudit coordination",
    description="Own month-end close and the year-end audit file for a group of companies.",
)
POLICY_ROLE = dict(
    title="Senior Policy Analyst (EC-06), bilingual imperative CBC/CBC",
    department="Policy",
    seniority="senior",
    requirements="Policy analysis\nBriefing notes and MCs\nBilingual CBC/CBC",
    description="Lead policy files for a federal department, briefing the ADM.",
)

# --- where and how they are worked ----------------------------------------------------------

TORONTO_HYBRID = dict(
    remote_policy="hybrid",
    location="Toronto, ON",
    offers=["Hybrid: two days a week at our King West office"],
)
TORONTO_ONSITE = dict(remote_policy="onsite", location="Toronto, ON")
OTTAWA_HYBRID = dict(
    remote_policy="hybrid",
    location="Ottawa, ON",
    offers=["Three days a week at Place du Portage, Gatineau, under the federal office policy"],
)
GATINEAU_ONSITE = dict(remote_policy="onsite", location="Gatineau, QC")
MONTREAL_HYBRID = dict(
    remote_policy="hybrid",
    location="Montréal, QC",
    offers=["Hybride : deux jours par semaine au bureau du Mile-Ex"],
)
MONTREAL_ONSITE = dict(remote_policy="onsite", location="Montréal, QC")
VANCOUVER_HYBRID = dict(
    remote_policy="hybrid",
    location="Vancouver, BC",
    offers=["Hybrid: two days a week at our Gastown office"],
)
VANCOUVER_ONSITE = dict(remote_policy="onsite", location="Vancouver, BC")
CALGARY_ONSITE = dict(remote_policy="onsite", location="Calgary, AB")
CALGARY_HYBRID = dict(
    remote_policy="hybrid",
    location="Calgary, AB",
    offers=["Hybrid: three days a week downtown, Plus 15 connected"],
)
EDMONTON_ONSITE = dict(remote_policy="onsite", location="Edmonton, AB")
CANADA_REMOTE = dict(
    remote_policy="remote", location="Remote (Canada)", offers=["Fully remote anywhere in Canada"]
)
CAD = dict(currency="CAD")

# --- 1. opt-outs, each beside a scoped stop that is shown ------------------------------------

OPT_OUTS = [
    C(
        "CASL unsubscribe from all messages vs unsubscribe from the newsletter only",
        "backend",
        [
            pool("backend")(
                "Desmond Okwuosa-Reade",
                0,
                touches=[
                    email(
                        45,
                        "Under CASL I'm withdrawing my consent to receive any electronic "
                        "messages from your firm. Unsubscribe me from everything, no more job "
                        "emails, no calls.",
                    )
                ],
                excluded=True,
            ),
            pool("backend")(
                "Priyanka Venkadurai",
                2,
                touches=[
                    email(
                        45,
                        "Can you take me off the monthly market-report newsletter? Too much "
                        "in my inbox. Real roles for Python folks in Toronto still welcome.",
                    )
                ],
            ),
        ],
        **role({}, TORONTO_HYBRID),
    ),
    C(
        "French: retirez-moi de vos listes vs pas cette job-là",
        "data_eng",
        [
            pool("data_eng", where="Montréal, QC")(
                "Jean-Sébastien Tremblay",
                0,
                touches=[
                    email(
                        30,
                        "Bonjour, svp retirez-moi de vos listes et effacez mon dossier. Je ne "
                        "veux plus être sollicité par votre agence. Merci.",
                    )
                ],
                excluded=True,
            ),
            pool("data_eng", where="Montréal, QC")(
                "Marie-Ève Gagnerette",
                2,
                touches=[
                    email(
                        30,
                        "Merci pour l'offre mais pas cette job-là, c'est trop loin de mes "
                        "affaires. Gardez-moi en tête pour du dbt/Snowflake à Montréal par "
                        "contre!",
                    )
                ],
            ),
        ],
        **role({}, MONTREAL_HYBRID),
    ),
    C(
        "an angry text: stop messaging me vs stop calling at work, text after 4",
        "cs",
        [
            pool("cs", ELECTRICIAN, "Mississauga, ON")(
                "Travis Kowalchuk",
                0,
                touches=[
                    sms(
                        12,
                        "3rd msg this wk. i told ur other guy already. STOP messaging me, "
                        "delete my number",
                    )
                ],
                excluded=True,
            ),
            pool("cs", ELECTRICIAN, "Mississauga, ON")(
                "Brody Lachance",
                2,
                touches=[
                    sms(
                        12,
                        "cant pick up on site bud, foreman gets choked. text me after 4 and "
                        "ill call back. still want the hospital job",
                    )
                ],
            ),
        ],
        **role(SPARKY_ROLE, dict(remote_policy="onsite", location="Mississauga, ON")),
    ),
    C(
        "recruiter's DNC per cand vs not to be put forward to one client",
        "finance",
        [
            pool("finance", CPA, "Calgary, AB")(
                "Gordon McTavish",
                0,
                touches=[ats(60, "spoke w/ cand, asked us not to contact again. DNC per cand.")],
                excluded=True,
            ),
            pool("finance", CPA, "Calgary, AB")(
                "Harpreet Sandharwal",
                2,
                touches=[
                    ats(
                        60,
                        "spoke w/ cand - do NOT submit to Cenovus again (bad exp. there). "
                        "open to everything else in YYC, wants a senior acct role.",
                    )
                ],
            ),
        ],
        **role(CPA_ROLE, CALGARY_ONSITE),
    ),
    C(
        "a formal letter withdrawing consent vs a formal letter with new contact details",
        "cs",
        [
            pool("cs", POLICY, "Ottawa, ON")(
                "Margaret Fitzgerald-Boyle",
                0,
                touches=[
                    email(
                        90,
                        "Dear Sir or Madam, I write to formally withdraw my consent to the "
                        "retention and use of my personal information by your organization. "
                        "Kindly cease all further correspondence. Yours truly, M. "
                        "Fitzgerald-Boyle",
                    )
                ],
                excluded=True,
            ),
            pool("cs", POLICY, "Ottawa, ON")(
                "Geneviève Lalonde",
                2,
                touches=[
                    email(
                        90,
                        "Dear Ms. Arsenault, please note my new personal address and telephone "
                        "number for your records; my departmental email will close on my "
                        "transfer. I remain interested in EC-06 opportunities. Sincerely, G. "
                        "Lalonde",
                    )
                ],
            ),
        ],
        **role(POLICY_ROLE, OTTAWA_HYBRID),
    ),
    C(
        "LinkedIn: stop or I report you vs no InMails, email me instead",
        "sre",
        [
            pool("sre", where="Vancouver, BC")(
                "Kieran O'Loughlin",
                0,
                touches=[
                    inmail(
                        25,
                        "This is the fifth recruiter message from your company. I'm not "
                        "interested, now or later. Do not contact me again on any channel or "
                        "I'll report the account.",
                    )
                ],
                excluded=True,
            ),
            pool("sre", where="Vancouver, BC")(
                "Mei-Lin Cheung",
                2,
                touches=[
                    inmail(
                        25,
                        "I barely check LinkedIn, please stop the InMails and email me "
                        "instead at my gmail. Platform roles in Van are of interest.",
                    )
                ],
            ),
        ],
        **role({}, VANCOUVER_HYBRID),
    ),
    C(
        "French whatsapp: arrêtez de m'écrire vs pas pendant les heures de bureau",
        "frontend",
        [
            pool("frontend", where="Laval, QC")(
                "Mathieu Bélanger",
                0,
                touches=[
                    sms(
                        18,
                        "arrêtez de m'écrire svp, ça fait 3 fois. j'suis pas intéressé pis je "
                        "le serai pas. effacez mon cell",
                    )
                ],
                excluded=True,
            ),
            pool("frontend", where="Laval, QC")(
                "Audrey Pelletier",
                2,
                touches=[
                    sms(
                        18,
                        "pas pendant les heures de bureau svp, mon boss est à côté 😅 "
                        "écris-moi le soir, je suis encore ouverte pour du React",
                    )
                ],
            ),
        ],
        **role({}, MONTREAL_HYBRID),
    ),
    C(
        "retired from the trade, take me off vs off the tools for a season, shoulder surgery",
        "cs",
        [
            pool("cs", ELECTRICIAN, "Hamilton, ON")(
                "Wayne Dziedzic",
                0,
                touches=[
                    call(
                        120,
                        "Wayne called in - hung up the tool belt for good, retired as of "
                        "Sept, pension's in. Wants off our lists permanently, no more calls.",
                    )
                ],
                excluded=True,
            ),
            pool("cs", ELECTRICIAN, "Hamilton, ON")(
                "Curtis Van der Berg",
                2,
                touches=[
                    call(
                        120,
                        "Curtis off the tools over the summer for shoulder surgery, cleared "
                        "by the physio in Oct. Keen for commercial work again.",
                    )
                ],
            ),
        ],
        **role(SPARKY_ROLE, dict(remote_policy="onsite", location="Hamilton, ON")),
    ),
    C(
        "plus jamais in a call note vs no contract roles, permanent only",
        "finance",
        [
            pool("finance", CPA, "Québec, QC")(
                "Sylvain Thibaudière",
                0,
                touches=[
                    call(
                        75,
                        "Cand très fâché, dit qu'on l'a harcelé. Plus jamais le contacter, "
                        "ni courriel ni téléphone. Demande la suppression du dossier.",
                    )
                ],
                excluded=True,
            ),
            pool("finance", CPA, "Québec, QC")(
                "Catherine Roy-Dufresne",
                2,
                touches=[
                    call(
                        75,
                        "Cand pas intéressée aux mandats contractuels. Seulement du permanent "
                        "à temps plein à Québec, sinon on peut l'appeler n'importe quand.",
                    )
                ],
            ),
        ],
        **role(CPA_ROLE, dict(remote_policy="onsite", location="Québec, QC")),
    ),
    C(
        "'no thanks' to the opt-out line vs 'no thanks to this one' and feedback still owed",
        "backend",
        [
            pool("backend", where="Waterloo, ON")(
                "Bradley Hutchinson",
                0,
                touches=[email(15, "no thanks - Bradley")],
                excluded=True,
            ),
            pool("backend", where="Waterloo, ON")(
                "Anjali Raghumurthy",
                2,
                touches=[
                    email(
                        15,
                        "No thanks to this one (fintech isn't me), but I'm still waiting on "
                        "feedback from the Shopify-adjacent loop in the spring. Happy to hear "
                        "about other backend roles.",
                    )
                ],
            ),
        ],
        **role({}, TORONTO_HYBRID),
    ),
    C(
        "husband asks to be removed (his own stop) vs she asks to be removed herself",
        "data_eng",
        [
            pool("data_eng", where="Burnaby, BC")(
                "Fiona Gallagher-Wong",
                2,
                touches=[
                    email(
                        40,
                        "Hi, my husband Derek got one of your emails too and asked me to tell "
                        "you to take HIM off your list - he's not in tech. I'm still very "
                        "interested in data roles though!",
                    )
                ],
            ),
            pool("data_eng", where="Burnaby, BC")(
                "Natasha Petrenko",
                0,
                touches=[
                    email(
                        40,
                        "Please take me off your list. I've accepted a role and don't want "
                        "to hear from recruiters again.",
                    )
                ],
                excluded=True,
            ),
        ],
        **role({}, VANCOUVER_HYBRID),
    ),
    C(
        "unsubscribed by ATS flag vs replied STOP to a job-alert keyword only",
        "manager",
        [
            pool("manager")(
                "Reginald Ashbrindle",
                0,
                touches=[ats(35, "Cand unsubscribed - all comms. do not contact.")],
                excluded=True,
            ),
            pool("manager")(
                "Oluwaseun Adeyinkolu",
                2,
                touches=[
                    ats(
                        35,
                        "Cand opted out of the automated 'engineering jobs' SMS alerts only. "
                        "Said on the phone she's happy for me to reach out directly re EM "
                        "roles.",
                    )
                ],
            ),
        ],
        **role({}, TORONTO_HYBRID),
    ),
]

# --- 2. waits counted from the day said, each against a twin whose wait is over --------------

WAITS = [
    C(
        "three months' notice given last week vs two weeks' notice given in the summer",
        "backend",
        [
            pool("backend")(
                "Darnell Whitcastle",
                1,
                (
                    "Gave notice last Fri at RBC, 3 months - can't start anything till it's served",
                    date(2026, 11, 16),
                ),
            ),
            pool("backend")(
                "Sunita Chaudhary",
                2,
                ("Resigned, two weeks' notice, done at the end of the month", date(2026, 7, 6)),
            ),
        ],
        **role({}, TORONTO_HYBRID),
    ),
    C(
        "not before the holidays are over vs said the same last December",
        "data_eng",
        [
            pool("data_eng", where="Calgary, AB")(
                "Connor MacIsaac",
                1,
                ("not looking till after the holidays, ping me in the new year", 10),
            ),
            pool("data_eng", where="Calgary, AB")(
                "Rebecca Lindvallen",
                2,
                ("not looking till after the holidays, ping me in the new year", date(2025, 12, 8)),
            ),
        ],
        **role({}, CALGARY_HYBRID),
    ),
    C(
        "French: pas avant le printemps vs said it a year and a half ago",
        "frontend",
        [
            pool("frontend", where="Sherbrooke, QC")(
                "Maxime Charbonneau",
                1,
                ("pas dispo avant le printemps, on a un bébé en route", 20),
            ),
            pool("frontend", where="Sherbrooke, QC")(
                "Josée Cloutier",
                2,
                ("pas dispo avant le printemps, on a un bébé en route", date(2025, 5, 1)),
            ),
        ],
        **role({}, MONTREAL_HYBRID),
    ),
    C(
        "after hockey season (he coaches) vs after last hockey season",
        "sales",
        [
            pool("sales", where="Winnipeg, MB")(
                "Tyler Bergeron",
                1,
                touches=[
                    call(
                        14,
                        "Tyler coaches his kid's AA team, season runs to the end of March. "
                        "Said call him once hockey's done, not before.",
                    )
                ],
            ),
            pool("sales", where="Winnipeg, MB")(
                "Jordan Haldane",
                2,
                touches=[
                    call(
                        date(2026, 2, 2),
                        "Jordan coaches U13, busy till the end of March. Call him once the "
                        "season's over.",
                    )
                ],
            ),
        ],
        **role({}, CANADA_REMOTE),
    ),
    C(
        "busy season: CPA won't move till after April 30 vs said so last January",
        "finance",
        [
            pool("finance", CPA)(
                "Lorraine Szabo",
                1,
                ("Public practice - nothing till tax season is done after April 30.", 30),
            ),
            pool("finance", CPA)(
                "Imran Qureshabad",
                2,
                (
                    "Public practice - nothing till tax season is done after April 30.",
                    date(2026, 1, 12),
                ),
            ),
        ],
        **role(CPA_ROLE, TORONTO_HYBRID, **CAD),
    ),
    C(
        "French: construction-holiday wait said in June, over vs pas avant la fin d'avril",
        "cs",
        [
            pool("cs", ELECTRICIAN, "Longueuil, QC")(
                "Réjean Lapointe",
                2,
                touches=[
                    sms(
                        date(2026, 6, 15),
                        "salut, rien avant la fin des vacances de la construction, après ça "
                        "chu game",
                    )
                ],
            ),
            pool("cs", ELECTRICIAN, "Longueuil, QC")(
                "Kevin Ouellette",
                1,
                touches=[
                    sms(
                        16,
                        "chu sur un chantier jusqu'en avril, pas avant la fin du mois d'avril svp",
                    )
                ],
            ),
        ],
        **role(SPARKY_ROLE, MONTREAL_ONSITE),
    ),
    C(
        "end of Q1 launch vs a launch that shipped in September",
        "ml",
        [
            pool("ml", where="Toronto, ON")(
                "Samir Haddadi",
                1,
                ("Leading the model launch, it lands end of Q1 - won't jump ship before", 21),
            ),
            pool("ml", where="Toronto, ON")(
                "Allison Kerr",
                2,
                (
                    "Leading the model launch, ships in Sept - won't jump ship before",
                    date(2026, 5, 4),
                ),
            ),
        ],
        **role({}, TORONTO_HYBRID),
    ),
    C(
        "PR landing expected in the spring vs PR landed",
        "backend",
        [
            pool("backend", where="Vancouver, BC")(
                "Arjun Malhotrayan",
                1,
                touches=[
                    email(
                        20,
                        "My PR landing is booked for mid-April, I'd rather not switch "
                        "employers before it's done. Talk after that?",
                    )
                ],
            ),
            pool("backend", where="Vancouver, BC")(
                "Thanh Nguyen",
                2,
                touches=[
                    email(
                        date(2026, 3, 2),
                        "Waiting on my PR landing in May, would rather not switch before. "
                        "Talk after that?",
                    )
                ],
            ),
        ],
        **role({}, VANCOUVER_HYBRID),
    ),
    C(
        "in six weeks vs in six weeks, said in the spring",
        "sre",
        [
            pool("sre", where="Edmonton, AB")(
                "Dustin Kravchenko",
                1,
                touches=[inmail(9, "swamped with a migration, hit me up in 6 wks")],
            ),
            pool("sre", where="Edmonton, AB")(
                "Leah Abernathy",
                2,
                touches=[inmail(200, "swamped with a migration, hit me up in 6 wks")],
            ),
        ],
        **role({}, CANADA_REMOTE),
    ),
    C(
        "a note full of dates that asks for no wait vs probation till March",
        "cs",
        [
            pool("cs", CIVIL_ENG, "Ottawa, ON")(
                "Nadine Levesque",
                2,
                (
                    "Got P.Eng stamp Oct 3, wrapped Bank St job Oct 30, back from Cuba Nov 14 "
                    "- free to talk any time",
                    9,
                ),
            ),
            pool("cs", CIVIL_ENG, "Ottawa, ON")(
                "Stephane Beauchemin",
                1,
                (
                    "Started with the City Sept 8, six-month probation - nothing till it's passed",
                    date(2026, 9, 21),
                ),
            ),
        ],
        **role(CIVIL_ROLE, OTTAWA_HYBRID),
    ),
    C(
        "French: rappelle-moi en février vs rappelle-moi en août, said in the spring",
        "cs",
        [
            pool("cs", POLICY, "Gatineau, QC")(
                "Isabelle Fournier",
                1,
                ("rappelle-moi en février, on est en pleine préparation du budget", 11),
            ),
            pool("cs", POLICY, "Gatineau, QC")(
                "Patrice Gauthier",
                2,
                ("rappelle-moi en août, on est en pleine session parlementaire", date(2026, 5, 11)),
            ),
        ],
        **role(POLICY_ROLE, OTTAWA_HYBRID),
    ),
    C(
        "bonus paid in March vs bonus paid last March, notes full of dates",
        "sales",
        [
            pool("sales")(
                "Chantal Beaulieu",
                1,
                touches=[
                    call(
                        22,
                        "Chantal's annual bonus pays out mid-March, she won't leave money on "
                        "the table - revisit after it lands.",
                    )
                ],
            ),
            pool("sales")(
                "Owen Prendergast",
                2,
                touches=[
                    call(
                        22,
                        "Owen got his bonus in March, promo in June, crushed Q3 (closed Sept "
                        "30), moved condos Oct 15. Open to talk, no blackout dates.",
                    )
                ],
            ),
        ],
        **role({}, TORONTO_HYBRID),
    ),
]

# --- 3a. visa and right to work -------------------------------------------------------------

NO_SPONSOR = ["Must be legally entitled to work in Canada; we cannot support an LMIA"]

VISA = [
    C(
        "PGWP ends in February, needs an LMIA vs PR card in hand; no sponsorship",
        "backend",
        [
            pool("backend")(
                "Vikram Rajagopal",
                0,
                ("PGWP expires Feb 2027 - would need the employer to do an LMIA", 40),
            ),
            pool("backend")(
                "Ebere Nwachukwu",
                2,
                ("Got my PR card in June, no restrictions anymore", 40),
            ),
        ],
        **role({}, TORONTO_HYBRID, offers=[*TORONTO_HYBRID["offers"], *NO_SPONSOR]),
    ),
    C(
        "French: permis fermé lié à l'employeur vs résidente permanente",
        "data_eng",
        [
            pool("data_eng", where="Montréal, QC")(
                "Luis Fernando Ortega",
                0,
                touches=[
                    call(
                        33,
                        "Cand a un permis de travail fermé lié à son employeur actuel. Pour "
                        "changer il lui faut une nouvelle EIMT + CAQ.",
                    )
                ],
            ),
            pool("data_eng", where="Montréal, QC")(
                "Amélie Côté-Rivard",
                2,
                touches=[call(33, "Cand résidente permanente depuis 2023, aucun permis requis.")],
            ),
        ],
        **role({}, MONTREAL_HYBRID, offers=[*MONTREAL_HYBRID["offers"], "Aucune EIMT possible"]),
    ),
    C(
        "the husband is the one on a PGWP vs her own PGWP running out",
        "frontend",
        [
            pool("frontend", where="Vancouver, BC")(
                "Rachel Abramowitz",
                2,
                touches=[
                    email(
                        50,
                        "Just so you know, I'm a Canadian citizen - it's my husband whose PGWP "
                        "is up next year, not me. I can start anywhere.",
                    )
                ],
            ),
            pool("frontend", where="Vancouver, BC")(
                "Yusra Al-Khatib",
                0,
                touches=[
                    email(
                        50,
                        "My PGWP runs out in January and I'd need a sponsor (LMIA) to stay on.",
                    )
                ],
            ),
        ],
        **role({}, VANCOUVER_HYBRID, offers=[*VANCOUVER_HYBRID["offers"], *NO_SPONSOR]),
    ),
    C(
        "negation: doesn't need sponsorship vs does need it; no sponsorship",
        "sre",
        [
            pool("sre", where="Calgary, AB")(
                "Andrés Villalobos",
                2,
                ("No sponsorship needed - spousal open work permit valid till 2029", 20),
            ),
            pool("sre", where="Calgary, AB")(
                "Bogdan Marinescu",
                0,
                ("Does need sponsorship: closed permit, any move means a new LMIA", 20),
            ),
        ],
        **role({}, CALGARY_HYBRID, offers=[*CALGARY_HYBRID["offers"], *NO_SPONSOR]),
    ),
    C(
        "last time the client wouldn't do an LMIA; this employer sponsors",
        "ml",
        [
            pool("ml", where="Toronto, ON")(
                "Kwame Asantefo",
                2,
                apps=[
                    withdrew(
                        210,
                        "other",
                        "Client would not file an LMIA, cand on a closed permit",
                        stage="final",
                        role="ML Engineer",
                    )
                ],
            ),
            pool("ml", where="Toronto, ON")("Hannah Skorupski", 1),
        ],
        **role(
            {},
            TORONTO_HYBRID,
            offers=[*TORONTO_HYBRID["offers"], "We file LMIAs and support PR applications"],
        ),
    ),
    C(
        "citizenship required for Secret: permanent resident vs citizen",
        "cs",
        [
            pool("cs", POLICY, "Ottawa, ON")(
                "Farida Hosseini",
                0,
                ("PR since 2024, not eligible for citizenship before 2027", 70),
            ),
            pool("cs", POLICY, "Ottawa, ON")(
                "Graham Pettigrew",
                2,
                ("Canadian citizen, holds a valid Secret clearance", 70),
            ),
        ],
        **role(
            POLICY_ROLE,
            OTTAWA_HYBRID,
            offers=["Secret clearance required; open to Canadian citizens only"],
        ),
    ),
    C(
        "bridging open work permit while the CSQ is processed vs permit expired",
        "finance",
        [
            pool("finance", CPA, "Montréal, QC")(
                "Oksana Hrytsevych",
                2,
                touches=[
                    email(
                        28,
                        "My bridging open work permit came through, valid two more years "
                        "while PR is processed - I can work for any employer.",
                    )
                ],
            ),
            pool("finance", CPA, "Montréal, QC")(
                "Adebayo Ogunderinde",
                0,
                touches=[
                    email(
                        28,
                        "My permit expired last month, I'm on maintained status and can't "
                        "start a new job until a new permit is issued with an LMIA.",
                    )
                ],
            ),
        ],
        **role(CPA_ROLE, MONTREAL_ONSITE, offers=NO_SPONSOR),
    ),
    C(
        "wants a TN to move to the US vs happy to stay in Canada; Canada-only role",
        "backend",
        [
            pool("backend", where="Ottawa, ON")(
                "Ian Sutherland",
                0,
                ("Only interested in roles that get me a TN visa and a move to the Bay Area", 60),
            ),
            pool("backend", where="Ottawa, ON")(
                "Corinne Leblanc",
                2,
                ("Wants to stay in Canada, no interest in moving south", 60),
            ),
        ],
        **role({}, CANADA_REMOTE),
    ),
    C(
        "ATS: needs LMIA (typo'd) vs needs nothing, Cdn citizen",
        "data_eng",
        [
            pool("data_eng", where="Edmonton, AB")(
                "Ravindra Pillai",
                0,
                touches=[ats(55, "cand on PGWP exp 01/27 - will need LIMA/sponsor, no PR yet")],
            ),
            pool("data_eng", where="Edmonton, AB")(
                "Shelby Kowalski",
                2,
                touches=[ats(55, "cand cdn citizen. no work auth issues. avail 2 wks")],
            ),
        ],
        **role({}, dict(EDMONTON_ONSITE, offers=NO_SPONSOR)),
    ),
    C(
        "French: plus besoin de permis, RP obtenue vs en attente d'un permis",
        "cs",
        [
            pool("cs", CIVIL_ENG, "Québec, QC")(
                "Karim Benalouch",
                2,
                touches=[
                    sms(
                        25,
                        "bonne nouvelle, j'ai eu ma RP la semaine passée! plus besoin de "
                        "permis, je peux changer d'employeur",
                    )
                ],
            ),
            pool("cs", CIVIL_ENG, "Québec, QC")(
                "Youssef El Amrani",
                0,
                touches=[
                    sms(
                        25,
                        "mon permis est expiré, j'attends le nouveau, faut que l'employeur "
                        "fasse une EIMT pour moi",
                    )
                ],
            ),
        ],
        **role(CIVIL_ROLE, dict(remote_policy="onsite", location="Québec, QC"), offers=NO_SPONSOR),
    ),
]

# --- 3b. travel -----------------------------------------------------------------------------

TRAVEL = [
    C(
        "no fly-in fly-out with young kids vs happy to do rotations; site camp role",
        "cs",
        [
            pool("cs", CIVIL_ENG, "Edmonton, AB")(
                "Marcus Halvorsen",
                0,
                ("No FIFO anymore - two kids under five, home every night", 35),
            ),
            pool("cs", CIVIL_ENG, "Edmonton, AB")(
                "Tamara Wiebe",
                2,
                ("14 on / 7 off rotations suit me fine, did camp work for years", 35),
            ),
        ],
        **role(
            CIVIL_ROLE,
            EDMONTON_ONSITE,
            offers=["Fly-in fly-out to a site camp north of Fort McMurray, 14 days on, 7 off"],
        ),
    ),
    C(
        "left a job over weekly travel; this role has none vs no word",
        "finance",
        [
            pool("finance", CPA, "Calgary, AB")(
                "Bethany Crowfoot",
                2,
                ("Left Big 4 audit because of the weekly travel to client sites - wants none", 80),
            ),
            pool("finance", CPA, "Calgary, AB")("Devon Achterberg", 1),
        ],
        **role(CPA_ROLE, CALGARY_ONSITE, offers=["No travel; one office in the Beltline"]),
    ),
    C(
        "French: fini la route vs la route me dérange pas; 2 days a week on the road",
        "sales",
        [
            pool("sales", where="Trois-Rivières, QC")(
                "Pierre-Luc Dion",
                0,
                touches=[
                    call(
                        40,
                        "Veut plus faire de route, a fait 60 000 km l'an passé. Cherche du "
                        "bureau ou du télétravail seulement.",
                    )
                ],
            ),
            pool("sales", where="Trois-Rivières, QC")(
                "Valérie Lemieux",
                2,
                touches=[
                    call(40, "La route la dérange pas, a son char, connaît bien la Mauricie.")
                ],
            ),
        ],
        **role(
            {},
            dict(remote_policy="onsite", location="Trois-Rivières, QC"),
            offers=["Visites clients en région deux jours par semaine, auto fournie"],
        ),
    ),
    C(
        "won't fly, period vs fine with monthly trips; quarterly flights to Toronto",
        "manager",
        [
            pool("manager", where="Vancouver, BC")(
                "Gregory Nakamura",
                0,
                ("Won't get on a plane for work, period. Ground travel only.", 50),
            ),
            pool("manager", where="Vancouver, BC")(
                "Simone Arsenault",
                2,
                ("Travel's fine if it's no more than once a month", 50),
            ),
        ],
        **role({}, VANCOUVER_HYBRID, offers=["Fly to the Toronto HQ once a quarter for planning"]),
    ),
    C(
        "negation: not against travel, against weekends away vs against travel",
        "cs",
        [
            pool("cs", CIVIL_ENG, "Regina, SK")(
                "Colton Pruden",
                2,
                ("I'm not against travel - what I won't do is weekends away from home", 30),
            ),
            pool("cs", CIVIL_ENG, "Regina, SK")(
                "Darcy Fehr",
                0,
                ("Against any travel now, done living out of a Holiday Inn", 30),
            ),
        ],
        **role(
            CIVIL_ROLE,
            CALGARY_ONSITE,
            offers=["Site visits across southern Alberta, Tuesday to Thursday, home weekends"],
        ),
    ),
    C(
        "no passport, can't cross the border vs NEXUS holder; monthly US client visits",
        "sales",
        [
            pool("sales", where="Windsor, ON")(
                "Jerome Fontaine",
                0,
                touches=[
                    call(
                        65,
                        "Jerome doesn't have a passport and can't get one soon (record from "
                        "years ago) - can't cross into the US.",
                    )
                ],
            ),
            pool("sales", where="Windsor, ON")(
                "Kimberly Szymanski",
                2,
                touches=[call(65, "Kim has NEXUS, crosses to Detroit weekly, no issue.")],
            ),
        ],
        **role(
            {},
            dict(remote_policy="hybrid", location="Windsor, ON"),
            offers=["Monthly visits to Michigan and Ohio accounts"],
        ),
    ),
    C(
        "one night away a week max (custody) vs road warrior; 50% travel across the West",
        "sales",
        [
            pool("sales", where="Calgary, AB")(
                "Brent Lazaruk",
                0,
                touches=[
                    sms(
                        20,
                        "shared custody now so 1 night away a wk max, sorry. 50% travel is a no go",
                    )
                ],
            ),
            pool("sales", where="Calgary, AB")(
                "Jillian Moorcroft",
                2,
                touches=[sms(20, "kids are grown, happy to be on the road, love Western Canada")],
            ),
        ],
        **role(
            {},
            CALGARY_HYBRID,
            offers=["About 50% travel: BC, Alberta, Saskatchewan and Manitoba accounts"],
        ),
    ),
    C(
        "French: déplacements ok jusqu'à 25% vs aucun déplacement, proche aidant",
        "cs",
        [
            pool("cs", POLICY, "Gatineau, QC")(
                "Roxanne Desjardins",
                2,
                ("déplacements ok jusqu'à 25 %", 45),
            ),
            pool("cs", POLICY, "Gatineau, QC")(
                "Hugo Marcoux",
                0,
                ("aucun déplacement possible, je suis proche aidant pour ma mère", 45),
            ),
        ],
        **role(
            POLICY_ROLE,
            OTTAWA_HYBRID,
            offers=["About 20% travel to regional offices and provincial consultations"],
        ),
    ),
    C(
        "wants more site visits on a desk role vs hated weekly travel; no travel",
        "data_eng",
        [
            pool("data_eng", where="Toronto, ON")(
                "Nikhil Bhattacharya",
                1,
                ("Would love a job with lots of travel, gets restless at a desk", 40),
            ),
            pool("data_eng", where="Toronto, ON")(
                "Olivia Mackenzie",
                2,
                ("Left consulting over the Monday-to-Thursday flights; wants zero travel", 40),
            ),
        ],
        **role({}, TORONTO_HYBRID, offers=[*TORONTO_HYBRID["offers"], "No travel"]),
    ),
    C(
        "a rambling call note where one line rules out travel to the mine vs fine with it",
        "cs",
        [
            pool("cs", ELECTRICIAN, "Sudbury, ON")(
                "Gilles Paquette",
                0,
                touches=[
                    call(
                        27,
                        "Long chat w/ Gilles - talked about the Wolves game, his truck "
                        "needing winter tires, his brother in Timmins, the union hall's "
                        "dispatch list, and his ticket renewals (all good). Wife just had "
                        "surgery so he can't do any out-of-town or camp work this year. "
                        "Otherwise loves industrial.",
                    )
                ],
            ),
            pool("cs", ELECTRICIAN, "Sudbury, ON")(
                "Shawn Lafrenière",
                2,
                touches=[
                    call(
                        27,
                        "Shawn talked Wolves, snowmobiles, his truck's winter tires. Tickets "
                        "all current. Happy to go to camp, the more OT the better.",
                    )
                ],
            ),
        ],
        **role(
            SPARKY_ROLE,
            dict(remote_policy="onsite", location="Sudbury, ON"),
            description="Industrial electrical work at a fly-in mine camp, 2 weeks in, 2 out.",
        ),
    ),
]

# --- 3c. commute ----------------------------------------------------------------------------

PORTAGE = dict(
    remote_policy="hybrid",
    location="Gatineau, QC",
    offers=["Three days a week at Place du Portage, Gatineau"],
)

COMMUTE = [
    C(
        "Lakeshore East GO from Oshawa is fine vs max 30 minutes' drive, also in Oshawa",
        "backend",
        [
            pool("backend", where="Oshawa, ON")(
                "Derek Fairweather",
                2,
                ("GO from Oshawa to Union is under an hour, fine for two days a week", 30),
            ),
            pool("backend", where="Oshawa, ON")(
                "Lindsay Proulx",
                0,
                ("Max 30 min drive, not taking the train into downtown Toronto", 30),
            ),
        ],
        **role({}, TORONTO_HYBRID),
    ),
    C(
        "won't cross the bridge to Gatineau anymore vs Portage bridge by bus is fine",
        "cs",
        [
            pool("cs", POLICY, "Orléans, ON")(
                "Bernard Whitlock",
                0,
                touches=[
                    call(
                        50,
                        "Bernard done with crossing into Gatineau - Chaudière closures and the "
                        "Macdonald-Cartier backups in winter. Ottawa-side buildings only.",
                    )
                ],
            ),
            pool("cs", POLICY, "Kanata, ON")(
                "Aisling Murphy",
                2,
                touches=[call(50, "Aisling fine with the bus over the Portage bridge 3x/wk.")],
            ),
        ],
        **role(POLICY_ROLE, PORTAGE),
    ),
    C(
        "French: pas question de traverser Jacques-Cartier vs le REM de Brossard, 15 min",
        "frontend",
        [
            pool("frontend", where="Laval, QC")(
                "Simon-Pierre Gendron",
                0,
                ("pas question de traverser le pont Jacques-Cartier tous les jours", 35),
            ),
            pool("frontend", where="Brossard, QC")(
                "Émilie Nadeau",
                2,
                ("le REM de Brossard me met au bureau en 15 min, parfait", 35),
            ),
        ],
        **role(
            {},
            dict(remote_policy="onsite", location="Longueuil, QC"),
            offers=["Bureau à Longueuil, cinq jours par semaine"],
        ),
    ),
    C(
        "the Gibsons ferry every day is a non-starter vs SkyTrain from Surrey is fine",
        "backend",
        [
            pool("backend", where="Gibsons, BC")(
                "Callum Frasermount",
                0,
                touches=[
                    email(
                        45,
                        "Daily commute on the Langdale-Horseshoe Bay ferry is a non-starter "
                        "for me, remote or close-to-remote only.",
                    )
                ],
            ),
            pool("backend", where="Surrey, BC")(
                "Gurpreet Dhillon",
                2,
                touches=[email(45, "Expo Line from King George is 40 min to downtown, no sweat.")],
            ),
        ],
        **role({}, VANCOUVER_ONSITE),
    ),
    C(
        "max 30 min, lives in Okotoks vs same limit, lives in Airdrie; north Calgary office",
        "sre",
        [
            pool("sre", where="Okotoks, AB")(
                "Ryan Dempster",
                0,
                ("Max 30 min each way - not doing Deerfoot end to end in January", 40),
            ),
            pool("sre", where="Airdrie, AB")(
                "Megan Tollefson",
                2,
                ("Max 30 min each way - not doing Deerfoot end to end in January", 40),
            ),
        ],
        **role(
            {},
            dict(remote_policy="onsite", location="Calgary, AB (Country Hills, north Calgary)"),
        ),
    ),
    C(
        "no licence, transit only vs drives; industrial park, no transit",
        "cs",
        [
            pool("cs", CIVIL_ENG, "Toronto, ON")(
                "Abdirahman Warsame",
                0,
                ("No driver's licence - TTC and GO only", 25),
            ),
            pool("cs", CIVIL_ENG, "Toronto, ON")(
                "Kristen Olafson",
                2,
                ("Has a car, doesn't mind the 400", 25),
            ),
        ],
        **role(
            CIVIL_ROLE,
            dict(remote_policy="onsite", location="Vaughan, ON"),
            offers=["Office in a Vaughan industrial park; free parking, no transit service"],
        ),
    ),
    C(
        "45 minutes door to door from Hamilton vs the same from Leslieville; downtown Toronto",
        "data_eng",
        [
            pool("data_eng", where="Hamilton, ON")(
                "Jasmine Thiessen",
                0,
                ("45 min door to door is my limit", 30),
            ),
            pool("data_eng", where="Toronto, ON (Leslieville)")(
                "Ahmed Farouk",
                2,
                ("45 min door to door is my limit", 30),
            ),
        ],
        **role({}, dict(remote_policy="onsite", location="Toronto, ON (Financial District)")),
    ),
    C(
        "left over a two-hour drive to Brampton; this office is in Brampton vs no word",
        "finance",
        [
            pool("finance", CPA, "Brampton, ON")(
                "Manpreet Gill",
                2,
                apps=[
                    declined(
                        260,
                        "location",
                        "Downtown Toronto 5 days - 2 hrs each way from Brampton on the 410",
                        past=dict(remote_policy="onsite", location="Toronto, ON"),
                        role="Senior Accountant",
                    )
                ],
            ),
            pool("finance", CPA, "Brampton, ON")("Cheryl Dumont", 1),
        ],
        **role(CPA_ROLE, dict(remote_policy="onsite", location="Brampton, ON")),
    ),
    C(
        "French: le pont de Québec l'hiver, plus jamais vs le traversier me dérange pas",
        "cs",
        [
            pool("cs", CIVIL_ENG, "Lévis, QC")(
                "Sébastien Morelière",
                0,
                ("traverse plus les ponts vers Québec, surtout l'hiver - job sur la Rive-Sud", 38),
            ),
            pool("cs", CIVIL_ENG, "Lévis, QC")(
                "Marilou Bérubé",
                2,
                ("le traversier Lévis-Québec me dérange pas, 12 minutes pis je lis", 38),
            ),
        ],
        **role(CIVIL_ROLE, dict(remote_policy="onsite", location="Québec, QC (Vieux-Québec)")),
    ),
    C(
        "won't do the Henday in winter from St. Albert vs LRT park-and-ride from Sherwood Park",
        "backend",
        [
            pool("backend", where="St. Albert, AB")(
                "Kyle Sawatzky",
                0,
                touches=[
                    call(
                        28,
                        "Kyle won't drive the Henday to the south side twice a day in winter. "
                        "North end only.",
                    )
                ],
            ),
            pool("backend", where="Sherwood Park, AB")(
                "Priya Balasubramanian",
                2,
                touches=[call(28, "Priya ok with park-and-ride + LRT, 3 days/wk.")],
            ),
        ],
        **role(
            {},
            dict(remote_policy="hybrid", location="Edmonton, AB (South Edmonton Common)"),
            offers=["Three days a week at our south Edmonton office, next to the LRT"],
        ),
    ),
]

# --- 3d. schedule and contract --------------------------------------------------------------

SCHEDULE = [
    C(
        "no on-call, sole parent vs on-call fine if paid; 1-in-6 pager",
        "sre",
        [
            pool("sre", where="Toronto, ON")(
                "Lauren Vasquez",
                0,
                ("Sole parent now - no on-call, no pager, no exceptions", 55),
            ),
            pool("sre", where="Toronto, ON")(
                "Mohammed Al-Sayed",
                2,
                ("On-call's fine if it's paid and the rotation is sane", 55),
            ),
        ],
        **role({}, TORONTO_HYBRID, offers=["On-call one week in six, paid stipend"]),
    ),
    C(
        "wants Fridays off vs no word; compressed 4x10 schedule",
        "cs",
        [
            pool("cs", CIVIL_ENG, "Winnipeg, MB")(
                "Heather Enns",
                2,
                ("Dreams of a compressed week with every Friday off", 60),
            ),
            pool("cs", CIVIL_ENG, "Winnipeg, MB")("Adam Wolchuk", 1),
        ],
        **role(
            CIVIL_ROLE,
            dict(remote_policy="onsite", location="Winnipeg, MB"),
            offers=["Compressed work week: four 10-hour days, Fridays off"],
        ),
    ),
    C(
        "no nights vs nights fine for the premium; hospital night-shift tie-ins",
        "cs",
        [
            pool("cs", ELECTRICIAN, "Montréal, QC")(
                "Normand Girard",
                0,
                touches=[sms(22, "pu de nuits pour moi, fini. jour seulement")],
            ),
            pool("cs", ELECTRICIAN, "Montréal, QC")(
                "Jonathan Caron",
                2,
                touches=[sms(22, "les nuits ça me dérange pas, la prime est bonne")],
            ),
        ],
        **role(
            SPARKY_ROLE,
            MONTREAL_ONSITE,
            offers=["Night shift tie-ins at an occupied hospital, night premium"],
        ),
    ),
    C(
        "part-time 3 days only vs wants full-time back; full-time role",
        "cs",
        [
            pool("cs", POLICY, "Ottawa, ON")(
                "Deborah Kingsley",
                0,
                ("Only part-time, three days a week, for the next few years", 45),
            ),
            pool("cs", POLICY, "Ottawa, ON")(
                "Nathalie Perron",
                2,
                ("Back to full-time after two years at 60%, kids in school now", 45),
            ),
        ],
        **role(POLICY_ROLE, OTTAWA_HYBRID, offers=["Full-time, 37.5 hours a week"]),
    ),
]

CONTRACT = [
    C(
        "perm only vs incorporated and happy with contract; 12-month contract",
        "backend",
        [
            pool("backend")(
                "Spencer Wilmot-Arcand",
                0,
                ("Perm only - not doing contract again, no benefits last time", 40),
            ),
            pool("backend")(
                "Tanvi Deshpande",
                2,
                ("Incorporated, prefers contract at a good hourly rate", 40),
            ),
        ],
        **role(
            {},
            TORONTO_HYBRID,
            title="Senior Python Developer (12-month contract, incorporated)",
            offers=["12-month contract, $95-110/hr corp-to-corp", "Two days a week downtown"],
        ),
    ),
    C(
        "only contracts at day rates vs tired of contracts; permanent role",
        "data_eng",
        [
            pool("data_eng", where="Calgary, AB")(
                "Lucas Brandt",
                0,
                ("Contract only - has his own corp, won't go back to salary", 35),
            ),
            pool("data_eng", where="Calgary, AB")(
                "Paige Hendricks",
                2,
                ("Tired of chasing contract renewals, wants a permanent job with benefits", 35),
            ),
        ],
        **role({}, CALGARY_HYBRID, offers=[*CALGARY_HYBRID["offers"], "Permanent, full benefits"]),
    ),
    C(
        "only indeterminate, no more terms vs no word; indeterminate position",
        "cs",
        [
            pool("cs", POLICY, "Gatineau, QC")(
                "Louise Bergeron",
                2,
                ("Won't take another term - indeterminate only", 90),
            ),
            pool("cs", POLICY, "Gatineau, QC")("Martin Desrosiers", 1),
        ],
        **role(POLICY_ROLE, PORTAGE, offers=["Indeterminate (permanent) appointment"]),
    ),
    C(
        "French: pas de contrat à durée déterminée vs un an c'est parfait; 12-month term",
        "finance",
        [
            pool("finance", CPA, "Montréal, QC")(
                "Benoît Lavigne",
                0,
                touches=[
                    call(30, "Cand ne veut aucun contrat à durée déterminée, permanent seul.")
                ],
            ),
            pool("finance", CPA, "Montréal, QC")(
                "Stéphanie Vachon",
                2,
                touches=[
                    call(
                        30,
                        "Un contrat d'un an, c'est parfait pour elle (retour aux études en 2028).",
                    )
                ],
            ),
        ],
        **role(
            CPA_ROLE,
            MONTREAL_HYBRID,
            title="Comptable senior - remplacement de congé de maternité (12 mois)",
            offers=["Contrat de 12 mois", "Hybride, deux jours au bureau"],
        ),
    ),
]

# --- 4. pay against the band ----------------------------------------------------------------

PAY = [
    C(
        "floor of $165k above a $130-145k band vs ask of $135k",
        "backend",
        [
            pool("backend")("Elliot Fairbanks", 0, ("won't move for less than 165k base", 30)),
            pool("backend")("Ngozi Ezeobika", 2, ("looking for ~135k base, flexible", 30)),
        ],
        salary_min=130_000,
        salary_max=145_000,
        **CAD,
        **TORONTO_HYBRID,
    ),
    C(
        "current salary above the band but a lower ask vs a floor above the band",
        "data_eng",
        [
            pool("data_eng", where="Vancouver, BC")(
                "Camille Desautels",
                2,
                touches=[
                    call(
                        40,
                        "Makes 160k now at a startup that's wobbling, would happily take 140k "
                        "for stability.",
                    )
                ],
            ),
            pool("data_eng", where="Vancouver, BC")(
                "Trevor Bakshi",
                0,
                touches=[call(40, "Won't consider anything under 160k, that's his floor.")],
            ),
        ],
        salary_min=130_000,
        salary_max=145_000,
        **CAD,
        **VANCOUVER_HYBRID,
    ),
    C(
        "USD ask that converts above the band vs CAD ask inside it",
        "sre",
        [
            pool("sre", where="Montréal, QC")(
                "Olivier St-Onge",
                0,
                ("Wants US pay - 180k USD minimum", 50),
            ),
            pool("sre", where="Montréal, QC")(
                "Zoé Lacasse",
                2,
                ("Cherche autour de 140 000 $ CAD", 50),
            ),
        ],
        salary_min=130_000,
        salary_max=150_000,
        **CAD,
        **MONTREAL_HYBRID,
    ),
    C(
        "hourly ask inside the union scale vs hourly ask far above it",
        "cs",
        [
            pool("cs", ELECTRICIAN, "Toronto, ON")(
                "Dale Rutherford",
                2,
                touches=[sms(25, "scale's fine by me, ~$52/hr plus benefits is what im after")],
            ),
            pool("cs", ELECTRICIAN, "Toronto, ON")(
                "Jared McNeil",
                0,
                touches=[sms(25, "not moving for less than $75/hr, got a side biz that pays that")],
            ),
        ],
        **role(
            SPARKY_ROLE,
            TORONTO_ONSITE,
            offers=["IBEW Local 353 scale, about $53/hr plus benefits and pension"],
        ),
    ),
    C(
        "wants a raise, band is well above current vs no word",
        "finance",
        [
            pool("finance", CPA, "Halifax, NS")(
                "Alana MacDonald",
                2,
                ("Underpaid at 78k, wants a real jump", 60),
            ),
            pool("finance", CPA, "Halifax, NS")("Sean Doucette", 1),
        ],
        salary_min=100_000,
        salary_max=115_000,
        **CAD,
        **CANADA_REMOTE,
        **role(CPA_ROLE, {}),
    ),
    C(
        "public service step: wants top of EC-06 vs wants 160k; EC-06 scale",
        "cs",
        [
            pool("cs", POLICY, "Ottawa, ON")(
                "Fatou Diallo",
                2,
                ("Would move for an EC-06 at any step, top step ideal", 40),
            ),
            pool("cs", POLICY, "Ottawa, ON")(
                "Russell Tanaka",
                0,
                ("Needs 160k minimum to leave consulting", 40),
            ),
        ],
        salary_min=100_000,
        salary_max=117_000,
        **CAD,
        **role(POLICY_ROLE, OTTAWA_HYBRID),
    ),
    C(
        "day rate ask vs annual band: $1,400/day vs $650/day; contract at $700/day",
        "manager",
        [
            pool("manager")(
                "Victor Almeida",
                0,
                ("Day rate floor is $1,400 CAD", 35),
            ),
            pool("manager")(
                "Siobhan Kearnaghan",
                2,
                ("Around $650 a day works", 35),
            ),
        ],
        **role(
            {},
            TORONTO_HYBRID,
            title="Interim Engineering Manager (6-month contract)",
            offers=["$700 per day, 6-month contract", "Two days a week downtown"],
        ),
    ),
    C(
        "French: minimum 95 000 $ vs minimum 130 000 $; band 90-100k",
        "frontend",
        [
            pool("frontend", where="Québec, QC")(
                "Gabriel Turcotte",
                2,
                ("minimum 95 000 $ par année", 20),
            ),
            pool("frontend", where="Québec, QC")(
                "Anne-Sophie Poirier",
                0,
                ("minimum 130 000 $, pas en bas de ça", 20),
            ),
        ],
        salary_min=90_000,
        salary_max=100_000,
        **CAD,
        **role({}, dict(remote_policy="hybrid", location="Québec, QC")),
    ),
]

# --- 5. work mode and negation --------------------------------------------------------------

MODE = [
    C(
        "remote said only in the title: remote-only seeker vs office lover",
        "backend",
        [
            pool("backend", where="Kingston, ON")(
                "Harold Beaumont",
                2,
                ("remote only, moved to the country", 30),
            ),
            pool("backend", where="Kingston, ON")(
                "Tessa Varghese",
                0,
                ("wants to be in an office every day, lonely at home", 30),
            ),
        ],
        title="Senior Backend Engineer (Remote, Canada)",
        location="Canada",
    ),
    C(
        "on-site said only in the description: remote-only vs office-happy",
        "data_eng",
        [
            pool("data_eng", where="Toronto, ON")(
                "Ivy Chen-Marshall",
                0,
                ("Fully remote or nothing", 30),
            ),
            pool("data_eng", where="Toronto, ON")(
                "Bryce Lundqvist",
                2,
                ("Happy in the office, misses whiteboards", 30),
            ),
        ],
        description="Own our pipelines. This is an in-office role, five days a week at Yonge "
        "and Eglinton.",
        location="Toronto, ON",
    ),
    C(
        "hybrid days in the offers: max two days vs remote-only; two days",
        "frontend",
        [
            pool("frontend", where="Vancouver, BC")(
                "Wesley Kam",
                2,
                ("Two days a week in an office is my max", 40),
            ),
            pool("frontend", where="Vancouver, BC")(
                "Aurora Sinclair",
                0,
                ("Zero office days, remote only", 40),
            ),
        ],
        **VANCOUVER_HYBRID,
    ),
    C(
        "three office days against a max of two vs fine with three",
        "cs",
        [
            pool("cs", POLICY, "Ottawa, ON")(
                "Claudette Raymond",
                0,
                ("Two days on site max, not three", 30),
            ),
            pool("cs", POLICY, "Ottawa, ON")(
                "Peter Vandermeer",
                2,
                ("Three days in the office is fine", 30),
            ),
        ],
        **role(POLICY_ROLE, OTTAWA_HYBRID),
    ),
]

NEGATIONS = [
    C(
        "negation: not opposed to the office vs opposed to the office; on-site role",
        "sre",
        [
            pool("sre", where="Calgary, AB")(
                "Garrett Yellowhorn",
                2,
                ("Not opposed to being in the office full-time", 25),
            ),
            pool("sre", where="Calgary, AB")(
                "Kendra Olsen",
                0,
                ("Opposed to full-time office, at most hybrid", 25),
            ),
        ],
        **CALGARY_ONSITE,
    ),
    C(
        "negation scope: no problem with nights, the problem was the pay; pay fixed",
        "cs",
        [
            pool("cs", ELECTRICIAN, "Edmonton, AB")(
                "Curtis Lamoureux",
                2,
                apps=[
                    declined(
                        200,
                        "compensation",
                        "No problem with the night shift - the problem was $38/hr vs $48 ask",
                        past=dict(remote_policy="onsite", location="Edmonton, AB"),
                        role="Construction Electrician",
                    )
                ],
            ),
            pool("cs", ELECTRICIAN, "Edmonton, AB")("Dean Hrynchuk", 1),
        ],
        **role(
            SPARKY_ROLE,
            EDMONTON_ONSITE,
            offers=["Night shift, $50/hr plus night premium"],
        ),
    ),
    C(
        "French: télétravail complet seulement vs pas contre le bureau; on-site Montréal",
        "backend",
        [
            pool("backend", where="Montréal, QC")(
                "Laurent Giroux",
                0,
                ("télétravail à 100 % seulement", 20),
            ),
            pool("backend", where="Montréal, QC")(
                "Noémie Bouchard",
                2,
                ("je suis pas contre le bureau, au contraire", 20),
            ),
        ],
        **MONTREAL_ONSITE,
    ),
    C(
        "negation: never wants remote again vs wants remote; remote role",
        "manager",
        [
            pool("manager", where="Toronto, ON")(
                "Cedric Oyelaran",
                0,
                ("Never going fully remote again - the isolation wrecked me", 30),
            ),
            pool("manager", where="Toronto, ON")(
                "Hilary Bowman",
                2,
                ("Fully remote please, I'm never going back to a commute", 30),
            ),
        ],
        **CANADA_REMOTE,
    ),
]

# --- 6. location, level, stage and size, mission, technology --------------------------------

PLACE = [
    C(
        "moving to Calgary in the spring vs rooted in Toronto; Calgary role",
        "data_eng",
        [
            pool("data_eng", where="Toronto, ON")(
                "Brenda Kalinowski",
                2,
                ("Partner got a posting in Calgary, we're moving out west", 30),
            ),
            pool("data_eng", where="Toronto, ON")(
                "Marco Pellegrini",
                0,
                ("Staying in the GTA, won't relocate", 30),
            ),
        ],
        **CALGARY_ONSITE,
    ),
    C(
        "French: veut revenir au Québec vs installée à Toronto pour de bon; Montréal role",
        "finance",
        [
            pool("finance", CPA, "Toronto, ON")(
                "Geneviève Ouellemont",
                2,
                ("veut revenir vivre à Montréal, proche de la famille", 40),
            ),
            pool("finance", CPA, "Toronto, ON")(
                "Dominic Ferreira",
                0,
                ("settled in Toronto for good, no move", 40),
            ),
        ],
        **role(CPA_ROLE, MONTREAL_ONSITE),
    ),
    C(
        "partner's Halifax posting she is not following vs relocating with him",
        "frontend",
        [
            pool("frontend", where="Ottawa, ON")(
                "Keira Donnelly",
                0,
                touches=[
                    call(
                        35,
                        "Her husband's CAF posting is Halifax, but she's staying in Ottawa "
                        "with the kids - not moving.",
                    )
                ],
            ),
            pool("frontend", where="Ottawa, ON")(
                "Sophie Maclean",
                2,
                touches=[call(35, "Husband posted to Halifax next summer, she's going with him.")],
            ),
        ],
        **role({}, dict(remote_policy="onsite", location="Halifax, NS")),
    ),
    C(
        "lives in Kelowna, won't move vs lives in Kelowna, wants Vancouver; Vancouver role",
        "sre",
        [
            pool("sre", where="Kelowna, BC")(
                "Travis Ng",
                0,
                ("Kelowna for life, not moving to the coast", 45),
            ),
            pool("sre", where="Kelowna, BC")(
                "Ruby Okafor",
                2,
                ("Want to move to Vancouver next year, Kelowna's too quiet", 45),
            ),
        ],
        **VANCOUVER_ONSITE,
    ),
]

LEVEL = [
    C(
        "wants to lead a team vs wants to stay hands-on; EM role",
        "manager",
        [
            pool("manager", where="Waterloo, ON")(
                "Roland Achebe",
                2,
                ("Ready for a real EM title, has run the team unofficially", 40),
            ),
            pool("manager", where="Waterloo, ON")(
                "Ingrid Solbrekke",
                0,
                ("Wants to stay hands-on, no direct reports", 40),
            ),
        ],
        **TORONTO_HYBRID,
    ),
    C(
        "done managing, back to the tools vs no word; hands-on IC role",
        "backend",
        [
            pool("backend", where="Ottawa, ON")(
                "Gavin Pickering",
                2,
                ("Done managing people - wants to write code again", 55),
            ),
            pool("backend", where="Ottawa, ON")("Lisa Kovacs", 1),
        ],
        **role({}, CANADA_REMOTE, offers=["Individual contributor, no direct reports"]),
    ),
    C(
        "French: veut gérer une équipe vs veut rester technique; Chef d'équipe role",
        "cs",
        [
            pool("cs", CIVIL_ENG, "Montréal, QC")(
                "Francis Lachapelle",
                0,
                ("veut rester technique, pas de gestion de personnel", 30),
            ),
            pool("cs", CIVIL_ENG, "Montréal, QC")(
                "Mélanie Gosselin",
                2,
                ("prête à gérer une équipe d'ingénieurs", 30),
            ),
        ],
        **role(
            CIVIL_ROLE,
            MONTREAL_ONSITE,
            title="Chef d'équipe, infrastructures municipales",
            offers=["Gestion d'une équipe de six ingénieurs et techniciens"],
        ),
    ),
]

STAGE = [
    C(
        "wants an early startup vs wants a big stable employer; 12-person seed startup",
        "backend",
        [
            pool("backend")(
                "Jacob Wendt",
                2,
                ("Wants a seed-stage startup, wear many hats", 30),
            ),
            pool("backend")(
                "Alicia Fernandes",
                0,
                ("After two layoffs, big stable employers only - a bank or a Crown corp", 30),
            ),
        ],
        **role({}, TORONTO_HYBRID, offers=["Seed stage, 12 people, equity"]),
    ),
    C(
        "after a layoff wants stability vs no word; a federal Crown corporation",
        "data_eng",
        [
            pool("data_eng", where="Ottawa, ON")(
                "Stuart Langevin",
                2,
                ("Laid off twice in a year, wants somewhere that won't fold", 50),
            ),
            pool("data_eng", where="Ottawa, ON")("Maya Rosenthal", 1),
        ],
        **role({}, OTTAWA_HYBRID, offers=["Federal Crown corporation, defined-benefit pension"]),
    ),
    C(
        "no more big companies vs wants big; a 40,000-person bank",
        "frontend",
        [
            pool("frontend")(
                "Quinn Abernethy",
                0,
                ("No more big companies, too much process", 30),
            ),
            pool("frontend")(
                "Esther Mwangi",
                2,
                ("Wants a big org with structure and a real career ladder", 30),
            ),
        ],
        **role({}, TORONTO_HYBRID, offers=["Big Five bank, 40,000 employees"]),
    ),
]

MISSION = [
    C(
        "won't work in oil and gas vs fine with the oil sands; an oil sands operator",
        "data_eng",
        [
            pool("data_eng", where="Calgary, AB")(
                "Willow Greyeyes",
                0,
                ("Won't work for oil and gas, climate reasons", 40),
            ),
            pool("data_eng", where="Calgary, AB")(
                "Blake Henderson",
                2,
                ("Grew up in Fort Mac, energy sector is home", 40),
            ),
        ],
        **role({}, CALGARY_HYBRID, offers=["Oil sands operator, in-situ production data"]),
    ),
    C(
        "wants clean energy work vs no word; a hydro and wind utility",
        "sre",
        [
            pool("sre", where="Montréal, QC")(
                "Félix Lamontagne",
                2,
                ("veut travailler en énergie renouvelable, la transition c'est important", 30),
            ),
            pool("sre", where="Montréal, QC")("Rémi Dufour", 1),
        ],
        **role({}, MONTREAL_HYBRID, offers=["Hydro and wind utility, decarbonizing the grid"]),
    ),
    C(
        "refuses gambling vs fine with it; an online sportsbook",
        "backend",
        [
            pool("backend")(
                "Nathaniel Cho",
                0,
                touches=[inmail(30, "Not gambling. My dad had a problem. Anything else, sure.")],
            ),
            pool("backend")(
                "Dominique Aubin",
                2,
                touches=[inmail(30, "Sports betting's fine by me, big hockey fan")],
            ),
        ],
        **role({}, TORONTO_HYBRID, offers=["iGaming Ontario-licensed online sportsbook"]),
    ),
    C(
        "refuses gambling; the role is sports stats for broadcasters vs no word",
        "data_eng",
        [
            pool("data_eng")(
                "Marcel Whitehorse",
                2,
                ("Won't touch betting or casinos; sports data otherwise would be a dream", 45),
            ),
            pool("data_eng")("Chloe Barrington", 1),
        ],
        **role(
            {},
            TORONTO_HYBRID,
            offers=["Hockey and basketball stats for broadcasters; no betting clients"],
        ),
    ),
    C(
        "won't do defence vs keen on defence; a defence contractor",
        "sre",
        [
            pool("sre", where="Ottawa, ON")(
                "Naomi Ferguson",
                0,
                ("No defence or weapons work, ever", 50),
            ),
            pool("sre", where="Ottawa, ON")(
                "Gordon Iqbal",
                2,
                ("Ex-CAF, would love to work in defence again", 50),
            ),
        ],
        **role({}, OTTAWA_HYBRID, offers=["Defence contractor supporting DND programs"]),
    ),
    C(
        "wants public health mission vs wants fintech; public health agency",
        "data_eng",
        [
            pool("data_eng", where="Ottawa, ON")(
                "Priscilla Amankwah",
                2,
                ("Wants her work to matter - health or public good", 40),
            ),
            pool("data_eng", where="Ottawa, ON")(
                "Jared Kessler",
                1,
                ("Wants fintech, likes money problems", 40),
            ),
        ],
        **role({}, OTTAWA_HYBRID, offers=["Public health surveillance for a federal agency"]),
    ),
    C(
        "French: pas de cannabis vs le cannabis me dérange pas; a licensed producer",
        "finance",
        [
            pool("finance", CPA, "Gatineau, QC")(
                "Lise Champagne",
                0,
                ("pas d'industrie du cannabis, question de valeurs", 30),
            ),
            pool("finance", CPA, "Gatineau, QC")(
                "Yannick Boucher",
                2,
                ("le cannabis me dérange pas, c'est légal", 30),
            ),
        ],
        **role(CPA_ROLE, GATINEAU_ONSITE, offers=["Licensed cannabis producer, Health Canada"]),
    ),
    C(
        "refuses pipelines; a municipal watermain role is no pipeline vs no word",
        "cs",
        [
            pool("cs", CIVIL_ENG, "Edmonton, AB")(
                "Rhiannon Cardinal",
                2,
                ("Won't work on oil pipelines again - water and transit projects are fine", 60),
            ),
            pool("cs", CIVIL_ENG, "Edmonton, AB")("Clayton Ruud", 1),
        ],
        **role(CIVIL_ROLE, EDMONTON_ONSITE, offers=["City watermain renewal program"]),
    ),
    C(
        "no mining vs wants mining; a mine site role, ATS shorthand",
        "cs",
        [
            pool("cs", ELECTRICIAN, "Timmins, ON")(
                "Dwight Koski",
                0,
                touches=[ats(35, "cand - NO mining, did 8 yrs underground, done w/ it")],
            ),
            pool("cs", ELECTRICIAN, "Timmins, ON")(
                "Lorne Brisebois",
                2,
                touches=[ats(35, "cand wants back in mining, misses the $$ and crew")],
            ),
        ],
        **role(
            SPARKY_ROLE,
            dict(remote_policy="onsite", location="Timmins, ON"),
            description="Maintenance electrician at an underground gold mine.",
        ),
    ),
    C(
        "wants social impact; a nonprofit housing role vs wants the highest pay",
        "finance",
        [
            pool("finance", CPA, "Vancouver, BC")(
                "Siobhan Reyes",
                2,
                touches=[
                    email(
                        50,
                        "I've spent seven years making rich firms richer. Next move has to be "
                        "somewhere that helps people - housing, health, anything like that.",
                    )
                ],
            ),
            pool("finance", CPA, "Vancouver, BC")(
                "Carter Bloomfield",
                0,
                touches=[email(50, "Only moving for top dollar, mission doesn't matter to me")],
            ),
        ],
        salary_min=85_000,
        salary_max=95_000,
        **CAD,
        **role(
            CPA_ROLE,
            VANCOUVER_ONSITE,
            offers=["Nonprofit affordable housing society", "Modest pay, strong pension"],
        ),
    ),
]

TECH = [
    C(
        "wants Go vs refuses Go; a Go platform role",
        "sre",
        [
            pool("sre", where="Toronto, ON")(
                "Adrian Kowal",
                2,
                ("Wants to write Go full-time", 30),
            ),
            pool("sre", where="Toronto, ON")(
                "Pamela Hutton",
                0,
                ("Done with Go, wants Rust or nothing", 30),
            ),
        ],
        **role({}, TORONTO_HYBRID, offers=["Go services on GKE"]),
    ),
    C(
        "no more Azure vs Azure fan; an Azure shop",
        "data_eng",
        [
            pool("data_eng", where="Montréal, QC")(
                "Jean-François Hébert",
                0,
                ("plus jamais Azure, que du GCP ou AWS", 30),
            ),
            pool("data_eng", where="Montréal, QC")(
                "Camille Fortier",
                2,
                ("adore Azure et Databricks", 30),
            ),
        ],
        **role({}, MONTREAL_HYBRID, offers=["Azure Data Factory and Databricks stack"]),
    ),
    C(
        "negation: not against Java vs against Java; a Java/Kotlin role",
        "backend",
        [
            pool("backend", where="Vancouver, BC")(
                "Oscar Lindahl",
                2,
                ("Not against Java at all, happy to pick Kotlin back up", 25),
            ),
            pool("backend", where="Vancouver, BC")(
                "Meghan Ashby",
                0,
                ("Against going back to Java, Python only", 25),
            ),
        ],
        **role({}, VANCOUVER_HYBRID, offers=["Kotlin and Java services"]),
    ),
    C(
        "wants to learn PyTorch deeply vs no word; research-heavy ML",
        "ml",
        [
            pool("ml", where="Montréal, QC")(
                "Théo Gravel",
                2,
                ("Wants to go deeper into PyTorch and real research, near Mila", 40),
            ),
            pool("ml", where="Montréal, QC")("Kenji Watanakura", 1),
        ],
        **role({}, MONTREAL_HYBRID, offers=["Applied research in PyTorch with Mila partners"]),
    ),
]

# --- 7. last time's reason, history, latest process ------------------------------------------

PAST_TO_ONSITE = dict(
    remote_policy="onsite", location="Toronto, ON", salary_max=135_000, currency="CAD"
)
PAST_YYC_ONSITE = dict(remote_policy="onsite", location="Calgary, AB")
PAST_TRAVEL = dict(
    remote_policy="onsite",
    location="Calgary, AB",
    offers=["60% travel to field sites across Alberta"],
)

LAST_TIME = [
    C(
        "declined over a $135k cap, band now higher vs wanted no office days, hybrid again",
        "backend",
        [
            pool("backend")(
                "Rohan Mehta-Sinclair",
                2,
                apps=[
                    declined(280, "compensation", "asked 150k, cap was 135k", past=PAST_TO_ONSITE)
                ],
            ),
            pool("backend")(
                "Heidi Brunner",
                0,
                apps=[
                    declined(
                        280,
                        "remote_policy",
                        "won't do any office days, full remote only",
                        past=PAST_TO_ONSITE,
                    )
                ],
            ),
        ],
        salary_min=150_000,
        salary_max=165_000,
        **CAD,
        **TORONTO_HYBRID,
    ),
    C(
        "rejected for French level; this role is English essential vs no history",
        "cs",
        [
            pool("cs", POLICY, "Ottawa, ON")(
                "Duncan Fairley",
                2,
                apps=[
                    app(
                        220,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "SLE oral result B, the post was bilingual imperative CBC",
                        role="Policy Analyst EC-05",
                    )
                ],
            ),
            pool("cs", POLICY, "Ottawa, ON")("Wendy Tremblay-Ross", 1),
        ],
        **role(
            POLICY_ROLE,
            OTTAWA_HYBRID,
            title="Senior Policy Analyst (EC-06), English essential",
            requirements="Policy analysis\nBriefing notes and MCs\nEnglish essential",
        ),
    ),
    C(
        "French gap since fixed (SLE CBC passed) vs French gap still standing; imperative CBC",
        "cs",
        [
            pool("cs", POLICY, "Ottawa, ON")(
                "Owen Riordan",
                2,
                apps=[
                    app(
                        250,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Oral French at A, post needs C",
                        role="Policy Analyst EC-05",
                    )
                ],
                touches=[email(30, "Passed my SLE in October - CBC! Finally bilingual on paper.")],
            ),
            pool("cs", POLICY, "Ottawa, ON")(
                "Lydia Carmichael",
                0,
                apps=[
                    app(
                        90,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Oral French at A, post needs C",
                        role="Policy Analyst EC-05",
                    )
                ],
            ),
        ],
        **role(POLICY_ROLE, OTTAWA_HYBRID),
    ),
    C(
        "declined over 60% field travel; this role has none vs no history",
        "cs",
        [
            pool("cs", CIVIL_ENG, "Calgary, AB")(
                "Ashton Rempel",
                2,
                apps=[
                    declined(
                        300,
                        "other",
                        "Too much travel, 60% in the field",
                        past=PAST_TRAVEL,
                        role="Project Engineer",
                    )
                ],
            ),
            pool("cs", CIVIL_ENG, "Calgary, AB")("Noelle Hartigan", 1),
        ],
        **role(CIVIL_ROLE, CALGARY_ONSITE, offers=["Office-based design role, no field travel"]),
    ),
    C(
        "withdrew over the Champlain bridge to Brossard; now downtown vs no word",
        "frontend",
        [
            pool("frontend", where="Montréal, QC (Plateau)")(
                "Clara Santerre",
                2,
                apps=[
                    withdrew(
                        190,
                        "location",
                        "Pont Champlain matin et soir vers Brossard, impossible",
                        past=dict(remote_policy="onsite", location="Brossard, QC"),
                        role="Développeuse front-end",
                    )
                ],
            ),
            pool("frontend", where="Montréal, QC (Plateau)")("Antoine Rioux", 1),
        ],
        **role({}, dict(remote_policy="onsite", location="Montréal, QC (Quartier international)")),
    ),
    C(
        "needed an LMIA last time, PR since vs still on a closed permit; no sponsorship",
        "data_eng",
        [
            pool("data_eng", where="Toronto, ON")(
                "Chidi Okafor",
                2,
                apps=[
                    withdrew(
                        240,
                        "other",
                        "needed LMIA, client wouldn't",
                        stage="final",
                        role="Data Engineer",
                    )
                ],
                touches=[sms(45, "hey! got PR in sept, no permit stuff anymore")],
            ),
            pool("data_eng", where="Toronto, ON")(
                "Sanjay Reddikonda",
                0,
                apps=[
                    withdrew(
                        240,
                        "other",
                        "needed LMIA, client wouldn't",
                        stage="final",
                        role="Data Engineer",
                    )
                ],
                touches=[sms(45, "still on the closed permit, PR maybe late 2027")],
            ),
        ],
        **role({}, TORONTO_HYBRID, offers=[*TORONTO_HYBRID["offers"], *NO_SPONSOR]),
    ),
    C(
        "declined five days on site from Canmore; remote now vs no history",
        "sre",
        [
            pool("sre", where="Canmore, AB")(
                "Morgan Blackwood",
                2,
                apps=[
                    declined(
                        200,
                        "remote_policy",
                        "5 days downtown, no way from Canmore",
                        past=PAST_YYC_ONSITE,
                        role="SRE",
                    )
                ],
            ),
            pool("sre", where="Canmore, AB")(
                "Tobias Engelbrand",
                1,
            ),
        ],
        **CANADA_REMOTE,
    ),
    C(
        "declined on-site from Canmore; this role is on site again vs no history",
        "sre",
        [
            pool("sre", where="Canmore, AB")(
                "Wren Fitzsimmons",
                0,
                apps=[
                    declined(
                        200,
                        "remote_policy",
                        "5 days downtown, no way from Canmore",
                        past=PAST_YYC_ONSITE,
                        role="SRE",
                    )
                ],
            ),
            pool("sre", where="Canmore, AB")("Julian Pacheco", 2),
        ],
        **CALGARY_ONSITE,
    ),
    C(
        "turned down for no P.Eng long ago, stamped since vs turned down recently, still EIT",
        "cs",
        [
            pool("cs", CIVIL_ENG, "London, ON")(
                "Evan Szczepanski",
                2,
                apps=[
                    app(
                        420,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "EIT only, needs P.Eng",
                        role="Project Engineer",
                    )
                ],
                touches=[email(100, "Got my P.Eng licence from PEO this summer.")],
            ),
            pool("cs", CIVIL_ENG, "London, ON")(
                "Paula Gregoire",
                0,
                apps=[
                    app(
                        50,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "EIT only, needs P.Eng",
                        role="Project Engineer",
                    )
                ],
            ),
        ],
        **role(CIVIL_ROLE, dict(remote_policy="onsite", location="London, ON")),
    ),
    C(
        "declined over on-call; no on-call here vs declined over on-call; on-call here",
        "backend",
        [
            pool("backend", where="Halifax, NS")(
                "Bridget O'Hanlon",
                2,
                apps=[declined(230, "other", "24/7 on-call rotation was a dealbreaker")],
            ),
            pool("backend", where="Halifax, NS")("Gareth Mulroney", 1),
        ],
        **role({}, CANADA_REMOTE, offers=["No on-call: a separate ops team runs incidents"]),
    ),
    C(
        "declined over travel; this role's 50% travel still stands vs no history",
        "cs",
        [
            pool("cs", CIVIL_ENG, "Calgary, AB")(
                "Everett Sandovar",
                0,
                apps=[
                    declined(
                        150,
                        "other",
                        "Too much travel, 60% in the field",
                        past=PAST_TRAVEL,
                        role="Project Engineer",
                    )
                ],
            ),
            pool("cs", CIVIL_ENG, "Calgary, AB")("Bonnie Steinberg", 2),
        ],
        **role(CIVIL_ROLE, CALGARY_ONSITE, offers=["About 50% travel to field sites in Alberta"]),
    ),
]

HISTORY = [
    C(
        "final round silver medalist vs applied and never screened",
        "backend",
        [
            pool("backend")(
                "Jasper Whitcombe-Lee",
                2,
                apps=[lost_final(200, "Lost at final to an internal transfer")],
            ),
            pool("backend")(
                "Rosalind Achtermeer",
                1,
                apps=[app(200, "applied", "rejected", "other", "Not reviewed, req closed")],
            ),
        ],
        **TORONTO_HYBRID,
    ),
    C(
        "no-show at the client's final vs clean history",
        "finance",
        [
            pool("finance", CPA)(
                "Dylan Kostiuk",
                0,
                apps=[
                    app(
                        120,
                        "final",
                        "rejected",
                        "no_show",
                        "no-show to final, no call",
                        role="Senior Accountant",
                    )
                ],
            ),
            pool("finance", CPA)("Marisol Vegazzara", 2),
        ],
        **role(CPA_ROLE, TORONTO_HYBRID),
    ),
    C(
        "we placed him eight weeks ago vs silver medalist",
        "data_eng",
        [
            pool("data_eng", where="Vancouver, BC")(
                "Fraser Livingstone",
                0,
                apps=[
                    app(
                        56,
                        "offer",
                        "hired",
                        None,
                        "Placed at Telus, started Oct 1",
                        role="Data Engineer",
                    )
                ],
            ),
            pool("data_eng", where="Vancouver, BC")(
                "Anika Sorensen",
                2,
                apps=[lost_final(160, role="Data Engineer")],
            ),
        ],
        **VANCOUVER_HYBRID,
    ),
    C(
        "messaged six days ago, no reply vs quiet for half a year",
        "frontend",
        [
            pool("frontend")(
                "Ophelia Grant",
                0,
                touches=[touch(6, outcome="no_reply", note="sent the Shopify-partner role")],
            ),
            pool("frontend")(
                "Isaac Bellamy",
                2,
                touches=[touch(190, "inbound", "replied", note="thanks, keep me in mind")],
            ),
        ],
        **TORONTO_HYBRID,
    ),
]

# --- 8. several notes over time: the latest word counts --------------------------------------

LATEST_WORD = [
    C(
        "remote only, then fine with hybrid vs fine with hybrid, then remote only",
        "backend",
        [
            pool("backend")(
                "Marguerite Odukaye",
                2,
                touches=[
                    call(date(2026, 1, 19), "Remote only, won't do any office."),
                    email(
                        date(2026, 10, 5),
                        "Honestly, two days in King West would be nice "
                        "now - I miss people. Hybrid is fine.",
                    ),
                ],
            ),
            pool("backend")(
                "Conrad Baptiste",
                0,
                touches=[
                    call(date(2026, 1, 19), "Hybrid's fine, 2 days ok."),
                    email(
                        date(2026, 10, 5),
                        "Moved to Collingwood. Remote only from now on, sorry - no office days.",
                    ),
                ],
            ),
        ],
        **TORONTO_HYBRID,
    ),
    C(
        "moving to Calgary, then not, then yes vs moving, then staying put",
        "data_eng",
        [
            pool("data_eng", where="Winnipeg, MB")(
                "Kirsten Fjelstad",
                2,
                touches=[
                    ats(date(2026, 3, 2), "cand relocating to YYC in summer"),
                    sms(date(2026, 6, 1), "move's off, staying in the peg for now"),
                    email(
                        date(2026, 10, 26),
                        "Change of plans again - we bought in Calgary, "
                        "moving in January! Calgary roles please.",
                    ),
                ],
            ),
            pool("data_eng", where="Winnipeg, MB")(
                "Dwayne Kosowan",
                0,
                touches=[
                    ats(date(2026, 3, 2), "cand relocating to YYC in summer"),
                    sms(
                        date(2026, 9, 14),
                        "not moving after all, wife's job here got permanent. winnipeg only",
                    ),
                ],
            ),
        ],
        **CALGARY_ONSITE,
    ),
    C(
        "DNC in March taken back in September vs keep me posted hardened into remove me",
        "sre",
        [
            pool("sre", where="Vancouver, BC")(
                "Benedict Aalto",
                2,
                touches=[
                    ats(date(2026, 3, 9), "cand asked not to be contacted. DNC."),
                    email(
                        date(2026, 9, 21),
                        "I know I told you to stop in March - things "
                        "changed at work, I'm looking. Please do reach out.",
                    ),
                ],
            ),
            pool("sre", where="Vancouver, BC")(
                "Celeste Marchetti",
                0,
                touches=[
                    inmail(date(2026, 3, 9), "Keep me posted on platform roles!"),
                    email(
                        date(2026, 9, 21),
                        "Please remove me from your system and don't contact me again. Thanks.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **VANCOUVER_HYBRID,
    ),
    C(
        "French: 150k then 130 ça irait vs 130 then 150 minimum; band 125-135k",
        "backend",
        [
            pool("backend", where="Montréal, QC")(
                "Alexandre Paradis",
                2,
                touches=[
                    call(date(2026, 2, 16), "Minimum 150k, sinon il bouge pas."),
                    sms(date(2026, 10, 19), "finalement 130 ça irait si le projet est bon"),
                ],
            ),
            pool("backend", where="Montréal, QC")(
                "Julie Bernier",
                0,
                touches=[
                    call(date(2026, 2, 16), "130k lui irait."),
                    sms(date(2026, 10, 19), "j'ai eu une augmentation, 150 minimum maintenant"),
                ],
            ),
        ],
        salary_min=125_000,
        salary_max=135_000,
        **CAD,
        **MONTREAL_HYBRID,
    ),
    C(
        "no travel, then travel ok vs travel ok, then none; 30% travel",
        "sales",
        [
            pool("sales", where="Edmonton, AB")(
                "Felicity Rowecroft",
                2,
                touches=[
                    call(date(2025, 11, 10), "No travel - baby at home."),
                    email(
                        date(2026, 9, 8),
                        "Kids are in daycare now, I can travel again, overnights too.",
                    ),
                ],
            ),
            pool("sales", where="Edmonton, AB")(
                "Hamish Gordon",
                0,
                touches=[
                    call(date(2025, 11, 10), "Happy to travel - noted."),
                    email(
                        date(2026, 9, 8),
                        "Dad's care is on me now, I can't be away overnight anymore.",
                    ),
                ],
            ),
        ],
        **role({}, EDMONTON_ONSITE, offers=["About 30% travel across the Prairies, overnights"]),
    ),
    C(
        "wants to manage, then tried it and wants IC vs IC, then wants to manage; EM role",
        "manager",
        [
            pool("manager", where="Ottawa, ON")(
                "Preston Oakes",
                0,
                touches=[
                    call(date(2026, 2, 2), "Wants an EM role next."),
                    sms(date(2026, 10, 12), "did 6 months as acting mgr. hated it. IC only pls"),
                ],
            ),
            pool("manager", where="Ottawa, ON")(
                "Leticia Barros",
                2,
                touches=[
                    call(date(2026, 2, 2), "Staying IC for now."),
                    email(
                        date(2026, 10, 12),
                        "I've been leading our squad since spring and "
                        "I love it - ready for a proper EM job.",
                    ),
                ],
            ),
        ],
        **OTTAWA_HYBRID,
    ),
    C(
        "busy till spring, then project cancelled vs free, then an audit till after April",
        "finance",
        [
            pool("finance", CPA, "Calgary, AB")(
                "Nolan Pruett",
                2,
                touches=[
                    email(12, "Slammed until spring with the ERP go-live, talk then."),
                    email(3, "Update: go-live got cancelled. I'm free to talk now."),
                ],
            ),
            pool("finance", CPA, "Calgary, AB")(
                "Harriet Lam",
                1,
                touches=[
                    email(60, "Free to chat whenever."),
                    email(5, "Just got pulled onto the year-end audit - not before May, please."),
                ],
            ),
        ],
        **role(CPA_ROLE, CALGARY_ONSITE),
    ),
    C(
        "no oil and gas, then would take energy work vs fine with energy, then never again",
        "sre",
        [
            pool("sre", where="Calgary, AB")(
                "Quentin Maclure",
                2,
                touches=[
                    inmail(date(2025, 9, 1), "Not oil and gas, thanks."),
                    call(
                        date(2026, 8, 17),
                        "After the layoff he's fine with energy work - "
                        "oil sands included, just wants stable.",
                    ),
                ],
            ),
            pool("sre", where="Calgary, AB")(
                "Tamsin Redhawk",
                0,
                touches=[
                    inmail(date(2025, 9, 1), "Energy sector's fine."),
                    call(
                        date(2026, 8, 17),
                        "She's out of oil and gas for good now - climate stuff weighs on her.",
                    ),
                ],
            ),
        ],
        **role({}, CALGARY_HYBRID, offers=["Oil sands producer's platform team"]),
    ),
    C(
        "office, then remote, then office again vs remote, then office, then remote",
        "frontend",
        [
            pool("frontend", where="Toronto, ON")(
                "Dahlia Rosen",
                2,
                touches=[
                    ats(date(2025, 6, 2), "likes office"),
                    sms(date(2026, 1, 12), "remote only now, new puppy lol"),
                    email(
                        date(2026, 10, 20),
                        "ok WFH got old fast. I'd take an office job again, 5 days even.",
                    ),
                ],
            ),
            pool("frontend", where="Toronto, ON")(
                "Ferdinand Osei",
                0,
                touches=[
                    ats(date(2025, 6, 2), "remote only, fyi"),
                    sms(date(2026, 1, 12), "office would be ok actually"),
                    email(
                        date(2026, 10, 20),
                        "Scratch that - we moved to Huntsville, fully "
                        "remote is the only option now.",
                    ),
                ],
            ),
        ],
        **TORONTO_ONSITE,
    ),
    C(
        "needed an LMIA, then PR approved vs PR coming, then refused; no sponsorship",
        "ml",
        [
            pool("ml", where="Waterloo, ON")(
                "Rahul Banerkanti",
                2,
                touches=[
                    ats(date(2026, 2, 9), "cand on PGWP, would need LMIA"),
                    sms(date(2026, 10, 26), "PR approved!! confirmation of PR in hand 🎉"),
                ],
            ),
            pool("ml", where="Waterloo, ON")(
                "Mehdi Karimi",
                0,
                touches=[
                    ats(date(2026, 2, 9), "cand expects PR by summer"),
                    sms(
                        date(2026, 10, 26),
                        "PR got refused, PGWP ends next month - I'd need an LMIA to keep working",
                    ),
                ],
            ),
        ],
        **role({}, TORONTO_HYBRID, offers=[*TORONTO_HYBRID["offers"], *NO_SPONSOR]),
    ),
    C(
        "won't do the GO, then moved near Lakeshore West vs happy, then moved to Barrie",
        "data_eng",
        [
            pool("data_eng", where="Mississauga, ON (Port Credit)")(
                "Yvonne Hargreaves",
                2,
                touches=[
                    call(date(2026, 1, 26), "Won't commute downtown, lives out in Milton."),
                    email(
                        date(2026, 9, 28),
                        "We moved to Port Credit - Lakeshore West GO is "
                        "25 min to Union. Downtown is fine now.",
                    ),
                ],
            ),
            pool("data_eng", where="Barrie, ON")(
                "Malcolm Strachallan",
                0,
                touches=[
                    call(date(2026, 1, 26), "Downtown commute is fine."),
                    email(
                        date(2026, 9, 28),
                        "We bought in Barrie - downtown Toronto is too "
                        "far now, the Barrie GO is 1h40.",
                    ),
                ],
            ),
        ],
        **role({}, dict(remote_policy="onsite", location="Toronto, ON (Union Station)")),
    ),
]

HELDOUT71_CASES: list[Case] = [
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
    *LEVEL,
    *STAGE,
    *MISSION,
    *TECH,
    *LAST_TIME,
    *HISTORY,
    *LATEST_WORD,
]

# The class names the set checks share (tests/test_eval_cases.py), over this file's own lists:
# work mode is its MODE, the locations its PLACE and stage and size its STAGE; last time's
# reason, resolved or still standing, is the file's LAST_TIME list, and the history with us its
# HISTORY.
WORK_MODE, LOCATIONS, STAGE_SIZE = MODE, PLACE, STAGE
RESOLVED, LAST_TIME = LAST_TIME, HISTORY
