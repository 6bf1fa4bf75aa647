"""Held-out rediscovery cases, tenth set: a staffing agency's and an RPO team's own words, written
by a tenth stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at; held-out 9 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 10") and never tuned to what Encore does. The voice is a UK and
European staffing agency and an RPO desk working out of a CRM like Bullhorn: consultants' terse
call logs ("LM", "VM", "NA", "spoke to cand", "cand advised", "happy to be put fwd", "on the
bench"), placement-team hand-overs, compliance notes (DBS, right-to-work and share codes, settled
status, Skilled Worker and Graduate visas, SC and NPPV vetting), clients' feedback lines, and
candidates' emails and texts, some in Dutch, Polish, Portuguese, Romanian and Swedish. Contractor
talk is everywhere: IR35 inside and outside, umbrella against PAYE against a Ltd co, day rates,
perm against contract, notice periods, garden leave, counter-offers, extensions. The people are
NHS nurses on Agenda for Change bands, site managers and electricians with their CSCS and SMSTS
tickets, head and sous chefs (split shifts, live-in), maths teachers (term dates, half-term, mat
cover, TLRs), interim accountants, field sales, and software, data and platform engineers, in the
UK, Ireland, the Netherlands, Poland, Portugal, Romania and the Nordics. Some notes are one word;
many are long rambles over several topics where one line decides; dates are in UK format (03/02),
or "w/c 12th", "post-Christmas", "end of Q1", "once my contract ends in March".

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a UK GDPR Article 17 erasure request, "please remove me from your database", an
   angry text, a consultant's "marked DNC", "Stop texting me.", Dutch, Polish, Portuguese,
   Romanian and Swedish, a nurse leaving the profession, a retired supply teacher): never shown;
   beside each a subject access request, a changed mobile number, "don't ring me on the tools",
   "not that client again", "not during service", "nu even niet", "not this one", a husband's
   stop that is not hers, and one school day taken off a supply list;
2. waits counted from the day said, each against a twin whose wait has run out: three months'
   notice against one month, garden leave, a contract ending in March against one that ended in
   September, a six-month extension, a mat cover to February half-term, the end of the school
   year, Christmas party season, a probation (against one passed, a note full of dates), a bonus
   in March, a house move, paternity and shared parental leave, an ILR decision, an ACCA exam, a
   site hand-over "w/c 11th Jan", a launch at the end of Q1;
3. schedule, travel, visa and vetting, contract and hours, commute: split shifts, nights,
   weekends, on-call, field travel and stopovers, sponsorship, a Graduate visa running out, SC
   and NPPV, inside and outside IR35, PAYE against a Ltd co, perm against contract, a fixed-term
   mat cover, part-time days both ways, a commute limit, no driving licence; each against someone
   who does not object or whose objection was about a past employer this role is not like;
4. pay against the band: an annual basic, a day rate inside IR35, an hourly rate, an NHS band,
   "£45k + car", OTE against basic, a current salary that is no ask, "10% uplift on current",
   euros, and PLN a month on B2B against a monthly band;
5. work mode said only in the policy field, only in the description, only in the title, only in
   the offers, and in Polish;
6. negation and scope ("not against nights", "the money wasn't the problem, the drive was", "no
   problem with weekends", "not remote-only", "not opposed to line management", gambling refused
   but sports data for media fine, fast fashion refused but luxury fine);
7. location and relocation (Cork against Dublin, Warsaw to Rotterdam, GCSEs finished, a live-in
   Highland hotel, a husband's transfer she is not following), managing against hands-on (an
   assistant site manager, a sous chef, a head of department), company stage and size, an NHS
   lifer, industries refused or wanted (gambling, defence, oil and gas, tobacco, renewables, fast
   fashion) and technology (Azure, Databricks, Go);
8. last time's reason resolved by this role or still standing (pay, office days, inside IR35,
   split shifts, sponsorship), the history with us (conduct on a client's site, a no-show, a
   recent skills gap, a ticket since passed) and the latest process and stage reached (a final
   round against a CV never put forward, a placement we made ten weeks ago, a counter-offer);
9. several notes over time where the latest word counts: nights refused then fine and the
   reverse, a removal taken back and a "keep me posted" hardened into an erasure, a move refused
   then wanted and the reverse, a pay ask lowered and raised, inside IR35 taken up and given up.

Hard cases a careful human still gets right are mixed in: a sous chef's or a husband's
condition that is not the candidate's, a client's brief pasted into the candidate's note, a
consultant's own opinion against the candidate's word, a spouse's visa, a current salary above
the band with a lower ask, a monthly ask against an annual band, and a past employer's on-call
or travel this role does not have.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

WARD_NURSE = dict(
    current_title="Senior Staff Nurse",
    skills=["Acute medicine", "Nurse in charge", "IV therapy", "Preceptorship"],
    years_experience=7,
    resume_text=(
        "NMC-registered adult nurse, seven years on acute medical and respiratory wards, the last "
        "three at Band 6: nurse-in-charge shifts, e-rostering, IV therapy and NIV, preceptorship "
        "of newly qualified nurses and ward audits."
    ),
)
SITE_MANAGER = dict(
    current_title="Site Manager",
    skills=["SMSTS", "CSCS Black Card", "Residential new build", "Subcontractor management"],
    years_experience=11,
    resume_text=(
        "Site manager, eleven years on residential new build and refurbishment up to 120 units: "
        "programmes, subcontractor packages, SMSTS-led health and safety, NHBC inspections, "
        "snagging and handover to sales."
    ),
)
ASSISTANT_SM = dict(
    current_title="Assistant Site Manager",
    skills=["SSSTS", "CSCS Gold Card", "Residential new build", "Snagging"],
    years_experience=5,
    resume_text=(
        "Assistant site manager, five years on housebuilder sites of 60 to 200 plots: daily "
        "briefings, permits, quality checks, snagging and covering for the site manager."
    ),
)
SPARK = dict(
    current_title="Approved Electrician",
    skills=["18th Edition", "ECS Gold Card", "Commercial fit-out", "Testing and inspection"],
    years_experience=9,
    resume_text=(
        "JIB approved electrician, nine years on commercial fit-outs, retail units and schools: "
        "containment, distribution boards, fire alarm and emergency lighting, testing and "
        "inspection to BS 7671."
    ),
)
HEAD_CHEF = dict(
    current_title="Head Chef",
    skills=["Menu development", "Kitchen brigade", "Food safety Level 3", "GP and stock control"],
    years_experience=12,
    resume_text=(
        "Head chef, twelve years in restaurants and hotels: seasonal menus, a brigade of eight, "
        "GP at 70%, ordering and stock, EHO five-star ratings and allergen management."
    ),
)
SOUS_CHEF = dict(
    current_title="Sous Chef",
    skills=["Kitchen brigade", "Menu costing", "Food safety Level 3", "Rota planning"],
    years_experience=7,
    resume_text=(
        "Sous chef, seven years in brasseries and hotel kitchens: running the pass, costing "
        "specials, ordering, rotas and training commis chefs."
    ),
)
MATHS_TEACHER = dict(
    current_title="Teacher of Mathematics",
    skills=["KS3 and KS4 maths", "A level maths", "Behaviour management", "Curriculum planning"],
    years_experience=8,
    resume_text=(
        "Maths teacher with QTS, eight years in 11-18 comprehensives: KS3 to A level, GCSE "
        "intervention groups, schemes of work and mentoring early career teachers."
    ),
)
INTERIM_ACCOUNTANT = dict(
    current_title="Management Accountant",
    skills=["Management accounts", "Month-end close", "Sage Intacct", "Variance analysis"],
    years_experience=8,
    resume_text=(
        "ACCA-qualified management accountant, eight years across housing associations and "
        "private groups: month-end close, management packs, balance sheet reconciliations, "
        "budgets and forecasts in Sage Intacct and Excel."
    ),
)


def on_books(profile: str, persona: dict | None = None, where: str = "London, UK"):
    """Candidates of one kind on the agency's books: the same profile and persona, living in
    ``where`` unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**(persona or {}), "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def call(days, text) -> dict:
    """A consultant's call log in the CRM, in their shorthand."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def crm(days, text) -> dict:
    """A note typed into the CRM: a consultant, a compliance check, a placement hand-over."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def client_said(days, text) -> dict:
    """A client's feedback line, as the consultant pasted it in."""
    return touch(days, "outbound", None, "note", note=text, channel="meeting")


def email(days, text) -> dict:
    """The candidate's email."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def text(days, words) -> dict:
    """The candidate's text message, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def tried(days, note) -> dict:
    """A call that reached nobody ("LM", "VM", "NA"), as logged."""
    return touch(days, "outbound", "no_reply", note=note, channel="phone")


def final_loss(days, note=None, *, role="Senior Backend Engineer") -> dict:
    """Put forward, reached the client's final stage and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.3, role=role)


def turned_down(days, reason, note, *, past=None, role="Senior Backend Engineer") -> dict:
    """Turned the client's offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def pulled_out(days, reason, note, *, stage="interview", past=None, role="Senior Backend Engineer"):
    """Withdrew from the client's process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def role(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

AMU_BAND6 = dict(
    title="Senior Staff Nurse (Band 6), Acute Medical Unit",
    department="Nursing",
    seniority="senior",
    requirements="NMC registration\nAcute medical experience\nIV therapy\nNurse-in-charge shifts",
    description="Run shifts as nurse in charge on a 28-bed acute medical unit, NHS trust, "
    "Agenda for Change terms.",
)
SITE_ROLE = dict(
    title="Site Manager",
    department="Construction",
    seniority="senior",
    requirements="SMSTS\nCSCS Black Card\nResidential new build\nFirst aid at work",
    description="Run a 90-home new-build phase for a regional housebuilder.",
)
SPARK_ROLE = dict(
    title="Approved Electrician",
    department="Electrical",
    seniority="mid",
    requirements="18th Edition\nECS Gold Card\nCommercial installation\nTesting and inspection",
    description="Installation and fit-out work on office and retail projects.",
)
KITCHEN_ROLE = dict(
    title="Head Chef",
    department="Kitchen",
    seniority="lead",
    requirements="Running a kitchen brigade\nMenu development\nFood safety Level 3\nGP control",
    description="Lead the kitchen of a 90-cover restaurant and its brigade of seven.",
)
MATHS_ROLE = dict(
    title="Teacher of Mathematics",
    department="Mathematics",
    seniority="mid",
    requirements="QTS\nKS3 and KS4 maths\nA level maths desirable",
    description="Teach maths from Year 7 to Year 11 in an 11-18 comprehensive.",
)
ACCOUNTS_ROLE = dict(
    title="Management Accountant",
    department="Finance",
    seniority="mid",
    requirements="ACCA or CIMA\nMonth-end close\nManagement accounts\nSage or NetSuite",
    description="Own month-end and the monthly management pack for a group finance team.",
)

# --- where and how they are worked ----------------------------------------------------------

LONDON_HYBRID = dict(
    remote_policy="hybrid", location="London, UK", offers=["Hybrid: two days a week in EC2"]
)
LONDON_ONSITE = dict(remote_policy="onsite", location="London, UK")
LEEDS_ONSITE = dict(remote_policy="onsite", location="Leeds, UK")
MANCHESTER_ONSITE = dict(remote_policy="onsite", location="Manchester, UK")
MANCHESTER_HYBRID = dict(
    remote_policy="hybrid",
    location="Manchester, UK",
    offers=["Hybrid: two days a week at our Spinningfields office"],
)
BRISTOL_ONSITE = dict(remote_policy="onsite", location="Bristol, UK")
GLASGOW_ONSITE = dict(remote_policy="onsite", location="Glasgow, UK")
NOTTINGHAM_ONSITE = dict(remote_policy="onsite", location="Nottingham, UK")
NEWCASTLE_HYBRID = dict(
    remote_policy="hybrid",
    location="Newcastle upon Tyne, UK",
    offers=["Hybrid: two days a week on the Quayside"],
)
UK_REMOTE = dict(remote_policy="remote", location="Remote (UK)")
DUBLIN_ONSITE = dict(remote_policy="onsite", location="Dublin, Ireland")
DUBLIN_HYBRID = dict(
    remote_policy="hybrid",
    location="Dublin, Ireland",
    offers=["Hybrid: two days a week in our Grand Canal Dock office"],
)
AMSTERDAM_HYBRID = dict(
    remote_policy="hybrid",
    location="Amsterdam, Netherlands",
    offers=["Hybrid: two days a week in our Amsterdam office"],
)
ROTTERDAM_ONSITE = dict(remote_policy="onsite", location="Rotterdam, Netherlands")
KRAKOW_HYBRID = dict(
    remote_policy="hybrid",
    location="Kraków, Poland",
    offers=["Hybrid: two days a week in our Kraków office"],
)
POLAND_REMOTE = dict(remote_policy="remote", location="Remote (Poland)")
LISBON_ONSITE = dict(remote_policy="onsite", location="Lisbon, Portugal")
BUCHAREST_HYBRID = dict(
    remote_policy="hybrid",
    location="Bucharest, Romania",
    offers=["Hybrid: two days a week in our Pipera office"],
)
STOCKHOLM_HYBRID = dict(
    remote_policy="hybrid",
    location="Stockholm, Sweden",
    offers=["Hybrid: two days a week in our Södermalm office"],
)

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "a UK GDPR erasure request vs a subject access request",
        "backend",
        [
            on_books("backend")(
                "Rowena Talbot-Hayes",
                0,
                touches=[
                    email(
                        70,
                        "Subject: Erasure request. Under Article 17 of the UK GDPR I am asking "
                        "your agency to erase all personal data you hold on me, CV included, and "
                        "to confirm in writing once it is done. I do not want to be approached "
                        "about roles again.",
                    )
                ],
                excluded=True,
            ),
            on_books("backend")(
                "Ciaran Mulvey",
                2,
                touches=[
                    email(
                        70,
                        "Subject: Subject access request. Could you send me a copy of everything "
                        "you hold on me under the UK GDPR? Just curious what's on file after all "
                        "these years. Still very open to Python roles btw, hybrid London ideal.",
                    )
                ],
            ),
        ],
        **role({}, LONDON_HYBRID),
    ),
    C(
        "'please remove me from your database' vs please update my details in your database",
        "cs",
        [
            on_books("cs", SITE_MANAGER, "Leeds, UK")(
                "Gavin Threlkeld",
                0,
                touches=[email(40, "Please remove me from your database. Had enough of agencies.")],
                excluded=True,
            ),
            on_books("cs", SITE_MANAGER, "Leeds, UK")(
                "Lewis Ackroyd",
                2,
                touches=[
                    email(
                        40,
                        "Please update my details in your database - new mobile 07700 900462, "
                        "and my SMSTS is renewed till 2031. Still after an SM job round Leeds.",
                    )
                ],
            ),
        ],
        **role(SITE_ROLE, LEEDS_ONSITE),
    ),
    C(
        "an angry text to lose his number vs don't ring on the tools, text after five",
        "cs",
        [
            on_books("cs", SPARK, "Birmingham, UK")(
                "Dale Pennock",
                0,
                touches=[
                    text(
                        20,
                        "4th call this week from yous. lose my number and dont ring me again or "
                        "im reporting you",
                    )
                ],
                excluded=True,
            ),
            on_books("cs", SPARK, "Birmingham, UK")(
                "Craig Hemmings",
                2,
                touches=[
                    text(
                        20,
                        "dont ring me in work hours mate im on the tools. text me after 5 and ill "
                        "call u back, still want commercial work",
                    )
                ],
            ),
        ],
        **role(SPARK_ROLE, dict(remote_policy="onsite", location="Birmingham, UK")),
    ),
    C(
        "consultant marked him DNC vs asked not to be put forward to one client again",
        "data_eng",
        [
            on_books("data_eng", where="Manchester, UK")(
                "Stuart Blakemore",
                0,
                touches=[
                    call(90, "Spoke to cand - cand asked not to be contacted again. Marked DNC.")
                ],
                excluded=True,
            ),
            on_books("data_eng", where="Manchester, UK")(
                "Nathan Ormerod",
                2,
                touches=[
                    call(
                        90,
                        "Spoke to cand - asked not to be put fwd to the Co-op again (bad "
                        "experience with their HM). Fine with any other client, happy to be "
                        "put fwd for hybrid roles in Manc.",
                    )
                ],
            ),
        ],
        **role({}, MANCHESTER_HYBRID),
    ),
    C(
        "'Stop texting me.' vs stop texting during service, email instead",
        "cs",
        [
            on_books("cs", HEAD_CHEF, "Bristol, UK")(
                "Marcus Pengelly",
                0,
                touches=[text(15, "Stop texting me.")],
                excluded=True,
            ),
            on_books("cs", HEAD_CHEF, "Bristol, UK")(
                "Tamsin Carew",
                2,
                touches=[
                    text(
                        15,
                        "Stop texting me during service please!! Email's better, I go through it "
                        "on my day off. Still keen on a head chef job in town.",
                    )
                ],
            ),
        ],
        **role(KITCHEN_ROLE, BRISTOL_ONSITE),
    ),
    C(
        "Dutch: take me out of your files vs not right now but keep me posted",
        "data_eng",
        [
            on_books("data_eng", where="Utrecht, Netherlands")(
                "Bram Hoogeveen",
                0,
                touches=[
                    email(
                        50,
                        "Haal mij alstublieft uit jullie bestand. Ik wil niet meer door jullie "
                        "benaderd worden.",
                    )
                ],
                excluded=True,
            ),
            on_books("data_eng", where="Utrecht, Netherlands")(
                "Joost Verbeek",
                1,
                touches=[
                    email(
                        50,
                        "Nu even niet, ik zit midden in een migratie naar Snowflake. Maar houd "
                        "me vooral op de hoogte.",
                    )
                ],
            ),
        ],
        **role({}, AMSTERDAM_HYBRID),
    ),
    C(
        "Polish: delete my data vs not this offer, but write about fully remote Python",
        "backend",
        [
            on_books("backend", where="Wrocław, Poland")(
                "Mateusz Jabłoński",
                0,
                touches=[
                    email(
                        60,
                        "Proszę o usunięcie moich danych z Państwa bazy i niekontaktowanie się "
                        "ze mną w przyszłości.",
                    )
                ],
                excluded=True,
            ),
            on_books("backend", where="Wrocław, Poland")(
                "Bartosz Chmielewski",
                2,
                touches=[
                    email(
                        60,
                        "Ta konkretna oferta mnie nie interesuje, ale proszę pisać, jeśli pojawi "
                        "się coś z Pythonem w pełni zdalnie.",
                    )
                ],
            ),
        ],
        **role({}, POLAND_REMOTE),
    ),
    C(
        "Portuguese: don't contact me again vs not the moment but keep sending",
        "frontend",
        [
            on_books("frontend", where="Lisbon, Portugal")(
                "Rui Anjos-Pimentel",
                0,
                touches=[
                    email(
                        35,
                        "Por favor, não me contactem mais e apaguem os meus dados da vossa base.",
                    )
                ],
                excluded=True,
            ),
            on_books("frontend", where="Lisbon, Portugal")(
                "Tiago Quintela",
                1,
                touches=[
                    email(
                        35,
                        "Agora não é o momento certo, mas continuem a enviar-me oportunidades, "
                        "por favor.",
                    )
                ],
            ),
        ],
        **role({}, LISBON_ONSITE),
    ),
    C(
        "Romanian: stop contacting me and delete my CV vs don't call during working hours",
        "sre",
        [
            on_books("sre", where="Bucharest, Romania")(
                "Sorin Dumitrescu",
                0,
                touches=[
                    email(
                        25,
                        "Vă rog să nu mă mai contactați și să îmi ștergeți CV-ul din baza de date.",
                    )
                ],
                excluded=True,
            ),
            on_books("sre", where="Bucharest, Romania")(
                "Radu Ionescu",
                2,
                touches=[
                    email(
                        25,
                        "Vă rog să nu mă sunați în timpul programului de lucru; prefer e-mail. "
                        "Sunt deschis la un rol hibrid în București.",
                    )
                ],
            ),
        ],
        **role({}, BUCHAREST_HYBRID),
    ),
    C(
        "she left nursing and wants no contact vs a husband's stop logged on her file",
        "cs",
        [
            on_books("cs", WARD_NURSE, "Sheffield, UK")(
                "Janine Oxley",
                0,
                touches=[
                    crm(
                        30,
                        "Cand rang the branch: she has left nursing for good and wants no "
                        "further contact from us by any means. Taken off mailers.",
                    )
                ],
                excluded=True,
            ),
            on_books("cs", WARD_NURSE, "Sheffield, UK")(
                "Kerry Lindley",
                2,
                touches=[
                    call(
                        30,
                        "Cand's husband (also on our books, HGV driver) asked us to stop ringing "
                        "HIM. Not her - she's keen, wants Band 6 AMU, happy to be put fwd.",
                    )
                ],
            ),
        ],
        **role(AMU_BAND6, dict(remote_policy="onsite", location="Sheffield, UK")),
    ),
    C(
        "Swedish: don't contact me again vs not this post",
        "backend",
        [
            on_books("backend", where="Stockholm, Sweden")(
                "Linnea Bergkvist",
                0,
                touches=[
                    email(45, "Jag vill inte bli kontaktad av er igen. Radera mina uppgifter.")
                ],
                excluded=True,
            ),
            on_books("backend", where="Stockholm, Sweden")(
                "Oskar Wallgren",
                1,
                touches=[
                    email(
                        45,
                        "Inte den här tjänsten, tack. Men hör gärna av dig när något annat dyker "
                        "upp.",
                    )
                ],
            ),
        ],
        **role({}, STOCKHOLM_HYBRID),
    ),
    C(
        "retired, take me off the supply list vs take Tuesdays off the supply list",
        "cs",
        [
            on_books("cs", MATHS_TEACHER, "Derby, UK")(
                "Gillian Stacey",
                0,
                touches=[
                    email(
                        55,
                        "I've retired from teaching as of half term. Please take me off your "
                        "supply list and your mailing list altogether - no more calls.",
                    )
                ],
                excluded=True,
            ),
            on_books("cs", MATHS_TEACHER, "Derby, UK")(
                "Heather Rowbotham",
                2,
                touches=[
                    email(
                        55,
                        "Please take me off the supply list for Tuesdays only - I've picked up a "
                        "regular day at St Benedict's. Still after a permanent maths post.",
                    )
                ],
            ),
        ],
        **role(MATHS_ROLE, dict(remote_policy="onsite", location="Derby, UK")),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out -----------

WAITS = [
    C(
        "three months' notice handed in this month vs one month's notice handed in in August",
        "backend",
        [
            on_books("backend")(
                "Declan Forsythe",
                1,
                touches=[
                    call(
                        date(2026, 11, 9),
                        "Spoke to cand. Resigned from Ocado today, notice 3m so LWD early Feb. "
                        "Happy to be put fwd but only for starts after that.",
                    )
                ],
            ),
            on_books("backend")(
                "Owain Prothero",
                2,
                touches=[
                    call(
                        date(2026, 8, 3),
                        "Spoke to cand. Handed his notice in at Ocado today - notice 1m. Happy to "
                        "be put fwd for anything starting after that.",
                    )
                ],
            ),
        ],
        **role({}, LONDON_HYBRID),
    ),
    C(
        "garden leave till 28/02 vs garden leave that ended in August",
        "sales",
        [
            on_books("sales", where="Dublin, Ireland")(
                "Aoife Scanlan",
                1,
                touches=[
                    email(
                        date(2026, 10, 19),
                        "I'm on garden leave till 28/02 and my contract bars me from starting "
                        "anywhere before then. Keep me in mind for March starts.",
                    )
                ],
            ),
            on_books("sales", where="Dublin, Ireland")(
                "Sinead Culhane",
                2,
                touches=[
                    email(
                        date(2026, 5, 11),
                        "On gardening leave until the end of August, so can't start anything "
                        "before then - give me a shout after.",
                    )
                ],
            ),
        ],
        **role({}, DUBLIN_HYBRID),
    ),
    C(
        "won't leave the assignment till it ends in March vs it ended in September",
        "cs",
        [
            on_books("cs", INTERIM_ACCOUNTANT, "Birmingham, UK")(
                "Trevor Maddox",
                1,
                touches=[
                    call(
                        date(2026, 10, 5),
                        "Cand on assignment at Network Rail, inside IR35 via umbrella. Not "
                        "available until his contract ends in March - won't walk out early, "
                        "reputation matters to him.",
                    )
                ],
            ),
            on_books("cs", INTERIM_ACCOUNTANT, "Birmingham, UK")(
                "Kieron Bagnall",
                2,
                touches=[
                    call(
                        date(2026, 6, 8),
                        "Cand on assignment at Network Rail, inside IR35. Available once his "
                        "contract ends at the end of September, not before - won't leave "
                        "the client in the lurch.",
                    )
                ],
            ),
        ],
        **role(ACCOUNTS_ROLE, dict(remote_policy="onsite", location="Birmingham, UK")),
    ),
    C(
        "a six-month extension signed in October vs one signed in March",
        "sre",
        [
            on_books("sre", where="Newcastle upon Tyne, UK")(
                "Fraser Lumsden",
                1,
                touches=[
                    crm(
                        date(2026, 10, 12),
                        "Cand just signed a 6-month extension at HMRC, runs to mid-April. "
                        "Not available till then, on the bench after.",
                    )
                ],
            ),
            on_books("sre", where="Newcastle upon Tyne, UK")(
                "Graeme Ritson",
                2,
                touches=[
                    crm(
                        date(2026, 3, 2),
                        "Cand has taken a 6-month extension at HMRC - finishes early Sept. Not "
                        "available till it's done.",
                    )
                ],
            ),
        ],
        **role({}, NEWCASTLE_HYBRID),
    ),
    C(
        "covering a mat leave to February half-term vs a cover that ended at October half-term",
        "cs",
        [
            on_books("cs", MATHS_TEACHER, "Nottingham, UK")(
                "Philippa Dunmore",
                1,
                touches=[
                    call(
                        date(2026, 10, 12),
                        "Cand covering a maternity leave at Hollins Park till Feb half term. "
                        "Won't leave the kids mid-cover; free for a perm post after that.",
                    )
                ],
            ),
            on_books("cs", MATHS_TEACHER, "Nottingham, UK")(
                "Rosalind Eyre",
                2,
                touches=[
                    call(
                        date(2026, 6, 15),
                        "Cand covering a maternity leave at Hollins Park until October half "
                        "term; wants a perm maths post once that finishes.",
                    )
                ],
            ),
        ],
        **role(MATHS_ROLE, NOTTINGHAM_ONSITE),
    ),
    C(
        "seeing out this school year vs saw out last school year",
        "cs",
        [
            on_books("cs", MATHS_TEACHER, "Leeds, UK")(
                "Bethan Gwilliam",
                1,
                touches=[
                    email(
                        date(2026, 11, 16),
                        "I want to see out the academic year with my Year 11s - I'd resign by "
                        "31 May and start in September, not before.",
                    )
                ],
            ),
            on_books("cs", MATHS_TEACHER, "Leeds, UK")(
                "Imogen Tindall",
                2,
                touches=[
                    email(
                        date(2025, 11, 17),
                        "I'll stay with my exam classes until the summer, then I'm free to "
                        "start somewhere new from September.",
                    )
                ],
            ),
        ],
        **role(MATHS_ROLE, LEEDS_ONSITE),
    ),
    C(
        "not till post-Christmas, said this November vs said last November",
        "cs",
        [
            on_books("cs", HEAD_CHEF, "Manchester, UK")(
                "Jamie Worsnop",
                1,
                touches=[
                    text(
                        date(2026, 11, 2),
                        "honestly cant think about moving till post-Christmas, 40 parties "
                        "booked. try me in Jan",
                    )
                ],
            ),
            on_books("cs", HEAD_CHEF, "Manchester, UK")(
                "Lee Brocklehurst",
                2,
                touches=[
                    text(
                        date(2025, 11, 3),
                        "party season is mental, no chance of moving until after Christmas. "
                        "new year I'm all yours",
                    )
                ],
            ),
        ],
        **role(KITCHEN_ROLE, MANCHESTER_ONSITE),
    ),
    C(
        "in probation till April vs a note full of dates that asks no wait",
        "backend",
        [
            on_books("backend")(
                "Callum Hebden",
                1,
                touches=[
                    call(
                        date(2026, 10, 26),
                        "Cand started at Monzo 05/10, probation till early April - won't risk "
                        "it by interviewing. Call after that.",
                    )
                ],
            ),
            on_books("backend")(
                "Adeel Rashid",
                2,
                touches=[
                    call(
                        date(2026, 10, 26),
                        "Cand joined Monzo 02/03, passed probation 04/09, got his Kafka cert "
                        "17/10. Open to hearing about roles now, evenings best.",
                    )
                ],
            ),
        ],
        **role({}, LONDON_HYBRID),
    ),
    C(
        "bonus pays end of March, said this October vs said last October",
        "sales",
        [
            on_books("sales")(
                "Harriet Colville",
                1,
                touches=[
                    email(
                        date(2026, 10, 14),
                        "Bonus pays out end of March - I'm not leaving that on the table. Talk "
                        "to me from April.",
                    )
                ],
            ),
            on_books("sales")(
                "Zara Kapoor",
                2,
                touches=[
                    email(
                        date(2025, 10, 13),
                        "Staying put until my bonus lands in March, then happy to look. Speak "
                        "in the spring.",
                    )
                ],
            ),
        ],
        **role({}, LONDON_HYBRID),
    ),
    C(
        "moving house w/c 4th Jan vs a move done in September",
        "data_eng",
        [
            on_books("data_eng", where="Bristol, UK")(
                "Morwenna Jory",
                1,
                touches=[
                    call(
                        date(2026, 11, 16),
                        "Cand completing on a house purchase 18/12, moving w/c 4th Jan. Nothing "
                        "till the move's done - call mid-Jan.",
                    )
                ],
            ),
            on_books("data_eng", where="Bristol, UK")(
                "Eleri Pugh-Jenkins",
                2,
                touches=[
                    call(
                        date(2026, 8, 17),
                        "Cand completing on her sale 25/09, nothing till the move's done, then "
                        "she's free to interview.",
                    )
                ],
            ),
        ],
        **role({}, dict(remote_policy="hybrid", location="Bristol, UK")),
    ),
    C(
        "paternity then shared parental leave to end of Feb vs a fortnight in August",
        "sre",
        [
            on_books("sre", where="Edinburgh, UK")(
                "Ruaridh Kinnear",
                1,
                touches=[
                    crm(
                        date(2026, 11, 9),
                        "Cand's partner due 01/12; he's taking 2 wks paternity then shared "
                        "parental leave till end of Feb. Not interviewing before March.",
                    )
                ],
            ),
            on_books("sre", where="Edinburgh, UK")(
                "Euan Dalgleish",
                2,
                touches=[
                    crm(
                        date(2026, 8, 10),
                        "Cand off on paternity leave for a fortnight from 17/08, then back at "
                        "work and open to roles.",
                    )
                ],
            ),
        ],
        **role({}, dict(remote_policy="hybrid", location="Edinburgh, UK")),
    ),
    C(
        "won't move employer till ILR lands vs ILR granted in August",
        "backend",
        [
            on_books("backend")(
                "Tendai Mukwasi",
                1,
                touches=[
                    call(
                        date(2026, 11, 2),
                        "Cand's ILR application is in, decision due Feb/March. Won't change "
                        "employer until it's granted as his visa is tied to Deliveroo.",
                    )
                ],
            ),
            on_books("backend")(
                "Farhan Siddiqui",
                2,
                touches=[
                    call(
                        date(2026, 11, 2),
                        "Cand got ILR in August so no longer tied to Deliveroo's sponsorship - "
                        "free to move now, keen on hybrid.",
                    )
                ],
            ),
        ],
        **role({}, LONDON_HYBRID),
    ),
    C(
        "sitting an ACCA paper on 03/03 vs a CIMA case study sat in September",
        "cs",
        [
            on_books("cs", INTERIM_ACCOUNTANT, "Leeds, UK")(
                "Natalie Rushworth",
                1,
                touches=[
                    email(
                        date(2026, 11, 12),
                        "Sitting ACCA SBL on 03/03 - no interviews until after that, sorry.",
                    )
                ],
            ),
            on_books("cs", INTERIM_ACCOUNTANT, "Leeds, UK")(
                "Ruth Haigh",
                2,
                touches=[
                    email(
                        date(2026, 8, 20),
                        "Last CIMA case study is on 12/09 - after that I'm all yours.",
                    )
                ],
            ),
        ],
        **role(ACCOUNTS_ROLE, LEEDS_ONSITE),
    ),
    C(
        "site hand-over till w/c 11th Jan vs a hand-over done w/c 12th Oct",
        "cs",
        [
            on_books("cs", SITE_MANAGER, "Nottingham, UK")(
                "Wayne Scothern",
                1,
                touches=[
                    call(
                        date(2026, 11, 20),
                        "Cand tied up with the plot handovers at Barratt till w/c 11th Jan. Ring "
                        "him after that, not before.",
                    )
                ],
            ),
            on_books("cs", SITE_MANAGER, "Nottingham, UK")(
                "Shaun Widdowson",
                2,
                touches=[
                    call(
                        date(2026, 10, 5),
                        "Cand's handover at Barratt finishes w/c 12th Oct - ring him after that.",
                    )
                ],
            ),
        ],
        **role(SITE_ROLE, NOTTINGHAM_ONSITE),
    ),
    C(
        "a launch at the end of Q1 next year vs a launch at the end of Q1 this year",
        "frontend",
        [
            on_books("frontend")(
                "Esme Hathaway",
                1,
                touches=[
                    email(
                        date(2026, 11, 4),
                        "We ship the new checkout at the end of Q1 and I want my name on it. "
                        "Ping me in April.",
                    )
                ],
            ),
            on_books("frontend")(
                "Priya Raghavan",
                2,
                touches=[
                    email(
                        date(2026, 1, 12),
                        "Want to see our app launch through - it's end of Q1. Ping me after that.",
                    )
                ],
            ),
        ],
        **role({}, LONDON_HYBRID),
    ),
]

# --- 3. schedule, travel, visa and vetting, contract and hours, commute ----------------------

SPLITS_KITCHEN = dict(
    KITCHEN_ROLE,
    description="Lead the kitchen of a 90-cover restaurant. Split shifts Tuesday to Saturday: "
    "10 till 3, then 5 till close.",
)
NIGHTS_AMU = dict(
    AMU_BAND6,
    description="Nurse in charge on a 28-bed acute medical unit, NHS trust, Agenda for Change "
    "terms. Internal rotation: days and nights.",
)
WEEKEND_KITCHEN = dict(
    KITCHEN_ROLE,
    description="Lead the kitchen of a 90-cover brasserie open Wednesday to Sunday; weekend "
    "services are the busiest of the week.",
)

SCHEDULE = [
    C(
        "won't do split shifts again vs fine with splits, split-shift kitchen",
        "cs",
        [
            on_books("cs", HEAD_CHEF, "Bath, UK")(
                "Ashley Trebilcock",
                0,
                touches=[
                    call(
                        60,
                        "Spoke to cand re the Bath job. GP's been good at his place, menu's his "
                        "own, owners are fine - but he won't do split shifts again, straight "
                        "shifts only, he's got an hour's drive each way. Car's a diesel, asked "
                        "about parking.",
                    )
                ],
            ),
            on_books("cs", HEAD_CHEF, "Bath, UK")(
                "Dominic Fairclough",
                2,
                touches=[
                    call(
                        60,
                        "Cand fine with splits, used to them at the Ivy. Wants his own kitchen "
                        "and a head chef title, happy to be put fwd.",
                    )
                ],
            ),
        ],
        **role(SPLITS_KITCHEN, dict(remote_policy="onsite", location="Bath, UK")),
    ),
    C(
        "days only for childcare vs happy on internal rotation, nights on the rota",
        "cs",
        [
            on_books("cs", WARD_NURSE, "Leicester, UK")(
                "Leanne Purcell",
                0,
                touches=[
                    call(
                        45,
                        "Spoke to cand. Left Pinderfields in Aug, living in Oadby now. DBS on "
                        "the update service, revalidation due in March, wants AMU or "
                        "respiratory. Can only do days now - childcare, no nights at all. "
                        "Mobile best after 7pm.",
                    )
                ],
            ),
            on_books("cs", WARD_NURSE, "Leicester, UK")(
                "Michelle Ogundipe",
                2,
                touches=[
                    call(
                        45,
                        "Spoke to cand. Left Pinderfields in Aug, lives in Wigston. DBS on the "
                        "update service, wants AMU. Happy on internal rotation, nights "
                        "included. Mobile best after 7pm.",
                    )
                ],
            ),
        ],
        **role(NIGHTS_AMU, dict(remote_policy="onsite", location="Leicester, UK")),
    ),
    C(
        "his sous refuses weekends, he works them vs he refuses weekends, weekend kitchen",
        "cs",
        [
            on_books("cs", HEAD_CHEF, "York, UK")(
                "Gareth Mossop",
                2,
                touches=[
                    call(
                        70,
                        "Cand moaning that his sous, Kieran, refuses weekends and it wrecks the "
                        "rota. Cand himself works every weekend and doesn't mind one bit.",
                    )
                ],
            ),
            on_books("cs", HEAD_CHEF, "York, UK")(
                "Neil Sugden",
                0,
                touches=[
                    call(
                        70,
                        "Cand refuses weekend work - Saturdays and Sundays are for his kids, "
                        "not negotiable.",
                    )
                ],
            ),
        ],
        **role(WEEKEND_KITCHEN, dict(remote_policy="onsite", location="York, UK")),
    ),
    C(
        "left over unpaid 1-in-2 on-call, a paid rota is fine vs no on-call in any form",
        "sre",
        [
            on_books("sre")(
                "Toby Ashdown",
                2,
                touches=[
                    call(
                        80,
                        "Left Sky because the on-call was 1-in-2 and unpaid. A sensible, paid "
                        "rota is fine with him.",
                    )
                ],
            ),
            on_books("sre")(
                "Marcel Oyelaran",
                0,
                touches=[call(80, "Cand will not do on-call in any form - not negotiable.")],
            ),
        ],
        **role(
            {},
            LONDON_HYBRID,
            description="Keep the platform fast and boring. Paid on-call, one week in six.",
        ),
    ),
    C(
        "the consultant thinks she'd suit days but she is fine with nights vs no nights",
        "cs",
        [
            on_books("cs", WARD_NURSE, "Hull, UK")(
                "Carly Fenwick",
                2,
                touches=[
                    call(
                        25,
                        "Cand ok with nights. (My own view: she looked shattered and might do "
                        "better on days, but she was clear nights are fine.)",
                    )
                ],
            ),
            on_books("cs", WARD_NURSE, "Hull, UK")(
                "Stacey Mellor",
                0,
                touches=[call(25, "Cand was clear: no nights under any circumstances.")],
            ),
        ],
        **role(NIGHTS_AMU, dict(remote_policy="onsite", location="Hull, UK")),
    ),
    C(
        "a client's 'unable to do nights' pasted into her note, she is fine vs she won't",
        "cs",
        [
            on_books("cs", WARD_NURSE, "Oxford, UK")(
                "Harriet Newbold",
                2,
                touches=[
                    tried(50, "LM"),
                    call(
                        45,
                        "JD pasted from client (Nuffield, ref 5521): 'Must work the full rota "
                        "incl. nights; applicants unable to do nights will not be considered.' "
                        "Read it to cand - she's fine with nights, did them at the JR.",
                    ),
                ],
            ),
            on_books("cs", WARD_NURSE, "Oxford, UK")(
                "Bryony Ledger",
                0,
                touches=[
                    tried(50, "VM"),
                    call(45, "Read the rota to cand - she won't do nights, days only."),
                ],
            ),
        ],
        **role(NIGHTS_AMU, dict(remote_policy="onsite", location="Oxford, UK")),
    ),
    C(
        "no nights please vs wants nights for the enhancement, a Monday-to-Friday clinic",
        "cs",
        [
            on_books("cs", WARD_NURSE, "Reading, UK")(
                "Yvonne Adjei",
                2,
                touches=[call(30, "No nights please - done ten years of them.")],
            ),
            on_books("cs", WARD_NURSE, "Reading, UK")(
                "Donna Pickering",
                1,
                touches=[
                    call(30, "Actively wants nights - needs the unsocial hours enhancements.")
                ],
            ),
        ],
        **role(
            AMU_BAND6,
            dict(remote_policy="onsite", location="Reading, UK"),
            title="Senior Staff Nurse (Band 6), Day Treatment Unit",
            description="Day treatment unit, Monday to Friday 8 till 4. No nights, no weekends.",
        ),
    ),
]

TRAVEL = [
    C(
        "a day a week on the road at most vs loves field work, field role across Scotland",
        "sales",
        [
            on_books("sales", where="Stirling, UK")(
                "Alasdair Cowie",
                0,
                touches=[
                    call(50, "Cand wants max 1 day a week travelling - young kids, no overnights.")
                ],
            ),
            on_books("sales", where="Stirling, UK")(
                "Kirsty Imrie",
                2,
                touches=[
                    call(
                        50,
                        "Cand loves field work, happy on the road all over Scotland, just wants "
                        "a car allowance.",
                    )
                ],
            ),
        ],
        **role(
            {},
            dict(remote_policy="onsite", location="Scotland (field-based)"),
            description="Field-based across Scotland: about 60% of the week on the road, "
            "with regular overnights in Aberdeen and Inverness.",
            offers=["£6,000 car allowance"],
        ),
    ),
    C(
        "needs to be home every night vs happy in digs, sites with stopovers",
        "cs",
        [
            on_books("cs", SITE_MANAGER, "Exeter, UK")(
                "Royston Penhale",
                0,
                touches=[
                    call(40, "No stopovers - needs to be home every night, he's carer for his dad.")
                ],
            ),
            on_books("cs", SITE_MANAGER, "Exeter, UK")(
                "Jason Coombe",
                2,
                touches=[call(40, "Happy in digs Mon-Thu, has done stopovers for years.")],
            ),
        ],
        **role(
            SITE_ROLE,
            dict(remote_policy="onsite", location="South West England (various sites)"),
            description="Cover new-build sites across Cornwall and Devon; stopovers Monday "
            "to Thursday, digs paid.",
        ),
    ),
    C(
        "left a job that had him in Frankfurt weekly vs can't travel overnight at all",
        "backend",
        [
            on_books("backend", where="Kraków, Poland")(
                "Wojciech Sadowski",
                2,
                touches=[
                    email(
                        90,
                        "I left my last job because I was in Frankfurt every single week. A few "
                        "trips a year is no problem at all.",
                    )
                ],
            ),
            on_books("backend", where="Kraków, Poland")(
                "Paweł Kołodziej",
                0,
                touches=[
                    email(90, "I can't travel overnight at all - I'm the only carer for my mum.")
                ],
            ),
        ],
        **role(
            {},
            KRAKOW_HYBRID,
            offers=[
                "Hybrid: two days a week in our Kraków office",
                "Quarterly team week in London (three nights)",
            ],
        ),
    ),
]

NO_SPONSOR = "We are unable to offer visa sponsorship for this role."

VISA = [
    C(
        "needs Skilled Worker sponsorship vs settled status with a share code, no sponsorship",
        "backend",
        [
            on_books("backend")(
                "Vikram Choudhury",
                0,
                touches=[
                    call(
                        40,
                        "Spoke to cand re Deliveroo-type roles. 7 yrs Python, Kafka heavy, "
                        "wants hybrid, notice 1m, current £78k. Compliance: on a Skilled "
                        "Worker visa with his current employer - would need "
                        "sponsorship to move.",
                    )
                ],
            ),
            on_books("backend")(
                "Karolina Wysocka",
                2,
                touches=[
                    crm(
                        40,
                        "Spoke to cand re Deliveroo-type roles. 7 yrs Python, Kafka heavy, "
                        "wants hybrid, notice 1m. RTW: settled status (EUSS), share code "
                        "checked 02/10. Full RTW.",
                    )
                ],
            ),
        ],
        **role(
            {},
            LONDON_HYBRID,
            description="Build the services behind our ordering platform. " + NO_SPONSOR,
        ),
    ),
    C(
        "a Graduate visa that runs out in April vs a British passport, no sponsorship",
        "data_eng",
        [
            on_books("data_eng", where="Manchester, UK")(
                "Chidera Okonkwo",
                0,
                touches=[
                    call(
                        35,
                        "Cand on a Graduate visa, expires April 2027 - would need sponsorship "
                        "after that.",
                    )
                ],
            ),
            on_books("data_eng", where="Manchester, UK")(
                "Hollie Greenhalgh",
                2,
                touches=[crm(35, "Cand British citizen, passport RTW check done 14/10.")],
            ),
        ],
        **role({}, MANCHESTER_HYBRID, description="Own the analytics pipelines. " + NO_SPONSOR),
    ),
    C(
        "the sponsorship query was her husband's, she holds ILR vs needs sponsorship",
        "backend",
        [
            on_books("backend")(
                "Anjali Menon",
                2,
                touches=[
                    crm(
                        50,
                        "Compliance: cand holds ILR (BRP seen). The sponsorship query on her "
                        "file was about her husband, who's also job hunting - not her.",
                    )
                ],
            ),
            on_books("backend")(
                "Rohan Bhatt",
                0,
                touches=[
                    crm(50, "Cand needs sponsorship to move - current visa tied to employer.")
                ],
            ),
        ],
        **role({}, LONDON_HYBRID, description="Build the ordering services. " + NO_SPONSOR),
    ),
    C(
        "holds active SC vs can't get SC on residency, SC-cleared role",
        "sre",
        [
            on_books("sre", where="Bristol, UK")(
                "Hamish Buchanan",
                2,
                touches=[call(60, "Cand holds active SC (renewed 2025), happy to transfer it.")],
            ),
            on_books("sre", where="Bristol, UK")(
                "Luca Ferrante",
                0,
                touches=[
                    call(
                        60,
                        "Cand can't get SC - only been in the UK two years, doesn't meet the "
                        "residency requirement.",
                    )
                ],
            ),
        ],
        **role(
            {},
            BRISTOL_ONSITE,
            title="DevOps Engineer (SC cleared)",
            requirements="Active SC clearance\nKubernetes\nTerraform\nGo\nPrometheus",
        ),
    ),
    C(
        "won't go through NPPV vetting vs holds NPPV3, police contract",
        "data_eng",
        [
            on_books("data_eng", where="Glasgow, UK")(
                "Calum Strachan",
                0,
                touches=[
                    call(
                        60,
                        "Cand won't go through NPPV vetting - not comfortable with the family "
                        "checks.",
                    )
                ],
            ),
            on_books("data_eng", where="Glasgow, UK")(
                "Morag Lindsay",
                2,
                touches=[call(60, "Cand holds NPPV3 from the Met contract, valid till 2028.")],
            ),
        ],
        **role(
            {},
            GLASGOW_ONSITE,
            title="Data Engineer (police contract, NPPV3 required)",
            requirements="NPPV3 vetting\nSQL\ndbt\nAirflow\nPython",
        ),
    ),
]

CONTRACT = [
    C(
        "outside IR35 only vs fine inside via umbrella, an inside contract",
        "backend",
        [
            on_books("backend")(
                "Ross Kilbride",
                0,
                touches=[
                    call(
                        30,
                        "Spoke to cand re Hiscox gig. On the bench since 30/09, wife's just had "
                        "a baby, Django and Kafka at Ocado, likes Farringdon. Rate ideas £550. "
                        "IR35: outside only - won't touch inside, not even via umbrella. Has "
                        "his CV with two other agencies.",
                    )
                ],
            ),
            on_books("backend")(
                "Jonty Ashworth",
                2,
                touches=[
                    call(
                        30,
                        "Spoke to cand re Hiscox gig. On the bench since 30/09, Django and "
                        "Kafka at Ocado, likes Farringdon. Rate ideas £550. Fine inside IR35 "
                        "via umbrella, the rate matters more to him.",
                    )
                ],
            ),
        ],
        **role(
            {},
            LONDON_HYBRID,
            title="Python Developer (6-month contract, inside IR35)",
            offers=["£550 a day inside IR35, paid via umbrella", "Two days a week in EC2"],
        ),
    ),
    C(
        "PAYE only, closed his Ltd co vs runs his own Ltd co, an outside-IR35 interim",
        "cs",
        [
            on_books("cs", INTERIM_ACCOUNTANT, "Bristol, UK")(
                "Clive Rendell",
                0,
                touches=[
                    call(
                        30,
                        "Cand wants PAYE only - closed his Ltd co after the 2021 changes and "
                        "won't open another.",
                    )
                ],
            ),
            on_books("cs", INTERIM_ACCOUNTANT, "Bristol, UK")(
                "Martin Yeo",
                2,
                touches=[call(30, "Cand has his own Ltd co, prefers outside IR35 gigs.")],
            ),
        ],
        **role(
            ACCOUNTS_ROLE,
            BRISTOL_ONSITE,
            title="Interim Management Accountant (outside IR35)",
            description="Three-month interim covering month-end for a housing group. Outside "
            "IR35; contractors must work through their own limited company.",
        ),
    ),
    C(
        "contract only, perm bores him vs tired of contracting, a perm role",
        "data_eng",
        [
            on_books("data_eng", where="Leeds, UK")(
                "Dev Chauhan",
                0,
                touches=[
                    call(45, "Contract only - perm doesn't interest him, likes the day rate.")
                ],
            ),
            on_books("data_eng", where="Leeds, UK")(
                "Emma Sowerby",
                2,
                touches=[
                    call(45, "Tired of contracting, wants a perm role with a proper pension.")
                ],
            ),
        ],
        **role(
            {},
            dict(remote_policy="hybrid", location="Leeds, UK"),
            title="Senior Data Engineer (permanent)",
            offers=["Permanent, 8% employer pension"],
        ),
    ),
    C(
        "needs a permanent post for the mortgage vs happy with a fixed-term mat cover",
        "cs",
        [
            on_books("cs", MATHS_TEACHER, "Sheffield, UK")(
                "Abigail Marsden",
                0,
                touches=[
                    call(
                        40,
                        "Cand teaching at Tapton since 2019, Y7-Y13, runs the maths club, DBS "
                        "on update service. Partner's a TA. Needs a permanent post - the "
                        "mortgage application needs it. Free period Weds p3 for calls.",
                    )
                ],
            ),
            on_books("cs", MATHS_TEACHER, "Sheffield, UK")(
                "Chloe Staniforth",
                2,
                touches=[
                    call(
                        40,
                        "Cand teaching at Tapton since 2019, Y7-Y13, DBS on update service. "
                        "Happy with fixed-term or mat cover, likes the variety. Free period "
                        "Thurs p2 for calls.",
                    )
                ],
            ),
        ],
        **role(
            MATHS_ROLE,
            dict(remote_policy="onsite", location="Sheffield, UK"),
            title="Teacher of Mathematics (maternity cover to July 2027)",
        ),
    ),
    C(
        "three days a week only vs full-time fine, a full-time role",
        "cs",
        [
            on_books("cs", where="Cardiff, UK")(
                "Ffion Pritchard",
                0,
                touches=[email(30, "I can only do three days a week now, because of childcare.")],
            ),
            on_books("cs", where="Cardiff, UK")(
                "Seren Howells",
                2,
                touches=[email(30, "Full-time hours are fine, Monday to Friday.")],
            ),
        ],
        **role(
            {},
            dict(remote_policy="hybrid", location="Cardiff, UK"),
            offers=["Full-time, 37.5 hours Monday to Friday"],
        ),
    ),
    C(
        "wants three days a week vs needs full-time hours, a three-day role",
        "cs",
        [
            on_books("cs", INTERIM_ACCOUNTANT, "Norwich, UK")(
                "Louise Gedge",
                2,
                touches=[call(35, "Wants three days a week to fit round the school run.")],
            ),
            on_books("cs", INTERIM_ACCOUNTANT, "Norwich, UK")(
                "Sarah Thirtle",
                0,
                touches=[call(35, "Needs full-time hours - can't afford to drop any days.")],
            ),
        ],
        **role(
            ACCOUNTS_ROLE,
            dict(remote_policy="hybrid", location="Norwich, UK"),
            title="Management Accountant (part-time, 3 days a week)",
        ),
    ),
]

COMMUTE = [
    C(
        "a 30-minute commute limit from Southampton vs does the Waterloo run now",
        "backend",
        [
            on_books("backend", where="Southampton, UK")(
                "Ollie Brackley",
                0,
                touches=[
                    call(50, "Lives in Southampton; commute must be under 30 mins door to door.")
                ],
            ),
            on_books("backend", where="Southampton, UK")(
                "Gemma Lockyer",
                2,
                touches=[
                    call(
                        50,
                        "Lives in Southampton, does the Waterloo commute five days a week now "
                        "and doesn't mind it.",
                    )
                ],
            ),
        ],
        **role({}, LONDON_ONSITE, offers=["Five days a week in our Farringdon office"]),
    ),
    C(
        "no driving licence vs own van, rural sites needing a licence",
        "cs",
        [
            on_books("cs", SITE_MANAGER, "Lincoln, UK")(
                "Terence Bousfield",
                0,
                touches=[call(40, "Cand doesn't drive - no licence, relies on trains and buses.")],
            ),
            on_books("cs", SITE_MANAGER, "Lincoln, UK")(
                "Karl Epton",
                2,
                touches=[call(40, "Own van, happy to drive up to 90 mins to site.")],
            ),
        ],
        **role(
            SITE_ROLE,
            dict(remote_policy="onsite", location="Lincolnshire, UK (rural sites)"),
            requirements="SMSTS\nCSCS Black Card\nFull UK driving licence\nResidential new build",
            description="Village sites across rural Lincolnshire with no public transport; a "
            "full UK driving licence is essential.",
        ),
    ),
    C(
        "left Bradford over the M62 crawl, wants Leeds vs 20 minutes at most from Wetherby",
        "backend",
        [
            on_books("backend", where="Leeds, UK")(
                "Liam Hardcastle",
                2,
                touches=[
                    call(
                        40,
                        "Left his Bradford job over the M62 crawl - two hours a day. Anything in "
                        "Leeds centre is perfect, he's on the bus route.",
                    )
                ],
            ),
            on_books("backend", where="Wetherby, UK")(
                "Robbie Fawcett",
                0,
                touches=[call(40, "Won't commute more than 20 minutes from Wetherby, full stop.")],
            ),
        ],
        **role({}, LEEDS_ONSITE, offers=["Office in Leeds city centre, five days a week"]),
    ),
]

# --- 4. pay against the role's band ---------------------------------------------------------

PAY = [
    C(
        "won't look under £70k basic vs £58k plus a van, a £55-62k site role",
        "cs",
        [
            on_books("cs", SITE_MANAGER, "Milton Keynes, UK")(
                "Barry Chilvers",
                0,
                touches=[
                    call(
                        30,
                        "Spoke to cand. Running 140 plots for Persimmon at Broughton, CSCS "
                        "Black and SMSTS in date, first aid due a refresher. Won't look at "
                        "anything under £70k basic. Wants a van, 25 days hols.",
                    )
                ],
            ),
            on_books("cs", SITE_MANAGER, "Milton Keynes, UK")(
                "Glenn Ashby",
                2,
                touches=[
                    call(
                        30,
                        "Spoke to cand. Running 110 plots for Persimmon at Oakgrove, CSCS Black "
                        "and SMSTS in date. Looking for £58k basic plus a van, 25 days hols.",
                    )
                ],
            ),
        ],
        **role(
            SITE_ROLE,
            dict(remote_policy="onsite", location="Milton Keynes, UK"),
            salary_min=55_000,
            salary_max=62_000,
            currency="GBP",
            offers=["Company van and fuel card"],
        ),
    ),
    C(
        "£650 a day inside vs £525 a day inside, a £500-550 inside contract",
        "backend",
        [
            on_books("backend")(
                "Nikhil Rao",
                0,
                touches=[call(30, "Rate expectation £650/day inside IR35, won't go lower.")],
            ),
            on_books("backend")(
                "Tom Garside",
                2,
                touches=[call(30, "£525/day inside works for him, on the bench since Oct.")],
            ),
        ],
        **role(
            {},
            LONDON_HYBRID,
            title="Python Contractor (inside IR35)",
            offers=["£500-£550 per day inside IR35 via umbrella", "Two days a week in EC2"],
        ),
    ),
    C(
        "won't go below £32 an hour vs £24 an hour is fine, a £24-an-hour PAYE job",
        "cs",
        [
            on_books("cs", SPARK, "Coventry, UK")(
                "Darren Quigley",
                0,
                touches=[text(20, "wont go below £32 an hour on the tools")],
            ),
            on_books("cs", SPARK, "Coventry, UK")(
                "Scott Eccleston",
                2,
                touches=[text(20, "£24 an hour is fine if its steady work through the winter")],
            ),
        ],
        **role(
            SPARK_ROLE,
            dict(remote_policy="onsite", location="Coventry, UK"),
            offers=["£24 an hour PAYE, 45 hours a week plus overtime at time and a half"],
        ),
    ),
    C(
        "Band 7 posts only vs Band 6 is where she wants to be, a Band 6 post",
        "cs",
        [
            on_books("cs", WARD_NURSE, "Bradford, UK")(
                "Rachael Sutcliffe",
                0,
                touches=[call(30, "Only applying for Band 7 posts now - won't go back to a 6.")],
            ),
            on_books("cs", WARD_NURSE, "Bradford, UK")(
                "Nasreen Akhtar",
                2,
                touches=[
                    call(30, "Band 6 is where she wants to be - doesn't want the Band 7 admin.")
                ],
            ),
        ],
        **role(
            AMU_BAND6,
            dict(remote_policy="onsite", location="Bradford, UK"),
            salary_min=38_682,
            salary_max=46_580,
            currency="GBP",
        ),
    ),
    C(
        "needs £45k + car vs needs £60k + car, a £40-45k role with a car",
        "sales",
        [
            on_books("sales", where="Bristol, UK")(
                "Rhys Tranter",
                2,
                touches=[call(30, "Needs £45k + car to move.")],
            ),
            on_books("sales", where="Bristol, UK")(
                "Jordan Keast",
                0,
                touches=[call(30, "Needs £60k + car to move.")],
            ),
        ],
        **role(
            {},
            dict(remote_policy="hybrid", location="Bristol, UK"),
            salary_min=40_000,
            salary_max=45_000,
            currency="GBP",
            offers=["Company car or £5,000 car allowance"],
        ),
    ),
    C(
        "wants £80k OTE, base less important vs a £65k basic minimum, £40-45k base",
        "sales",
        [
            on_books("sales", where="Reading, UK")(
                "Kelly Ransome",
                2,
                touches=[
                    call(
                        40,
                        "Wants OTE of £80k+, happy to take a lower base if commission is uncapped.",
                    )
                ],
            ),
            on_books("sales", where="Reading, UK")(
                "Mitchell Arkwright",
                0,
                touches=[call(40, "Needs a basic of £65k minimum - commission is a nice-to-have.")],
            ),
        ],
        **role(
            {},
            dict(remote_policy="hybrid", location="Reading, UK"),
            salary_min=40_000,
            salary_max=45_000,
            currency="GBP",
            offers=["OTE £85,000, commission uncapped"],
        ),
    ),
    C(
        "on £68k now but would take £58k for hybrid vs won't move under £70k, a £55-62k band",
        "data_eng",
        [
            on_books("data_eng", where="Norwich, UK")(
                "Fiona Blyth",
                2,
                touches=[
                    call(
                        40,
                        "Cand on £68k at Aviva currently, 5 days in the office. Money isn't why "
                        "she'd move - would take £58k to get out of the five-day office.",
                    )
                ],
            ),
            on_books("data_eng", where="Norwich, UK")(
                "Kate Woodhouse",
                0,
                touches=[call(40, "Won't move for less than £70k.")],
            ),
        ],
        **role(
            {},
            dict(
                remote_policy="hybrid",
                location="Norwich, UK",
                offers=["Hybrid: one day a week in the Norwich office"],
            ),
            salary_min=55_000,
            salary_max=62_000,
            currency="GBP",
        ),
    ),
    C(
        "10% uplift on £44k vs 10% uplift on £52k, a £48-52k band",
        "backend",
        [
            on_books("backend", where="Newcastle upon Tyne, UK")(
                "Craig Mordue",
                2,
                touches=[call(35, "Cand on £44k, needs a 10% uplift on current to move.")],
            ),
            on_books("backend", where="Newcastle upon Tyne, UK")(
                "Andrew Hepple",
                0,
                touches=[call(35, "Cand on £52k, needs a 10% uplift on current to move.")],
            ),
        ],
        **role({}, NEWCASTLE_HYBRID, salary_min=48_000, salary_max=52_000, currency="GBP"),
    ),
    C(
        "a €90k floor vs €70k would work, a €65-75k Amsterdam role",
        "data_eng",
        [
            on_books("data_eng", where="Amsterdam, Netherlands")(
                "Sanne Dijkstra",
                0,
                touches=[
                    email(
                        30,
                        "Thanks for the call! To recap: dbt and Airflow daily, moving us to "
                        "Snowflake now, two days in the office is fine and I bike to Zuidas. "
                        "My floor is €90k gross a year plus the 8% holiday allowance.",
                    )
                ],
            ),
            on_books("data_eng", where="Amsterdam, Netherlands")(
                "Maarten Oosterhuis",
                2,
                touches=[
                    email(
                        30,
                        "Thanks for the call! To recap: dbt and Airflow daily, two days in the "
                        "office is fine. €70k gross would work for me.",
                    )
                ],
            ),
        ],
        **role({}, AMSTERDAM_HYBRID, salary_min=65_000, salary_max=75_000, currency="EUR"),
    ),
    C(
        "32k PLN a month on B2B vs 23k PLN a month, a 21-25k monthly band",
        "backend",
        [
            on_books("backend", where="Kraków, Poland")(
                "Krzysztof Wieczorek",
                0,
                touches=[call(30, "Expects 32k PLN a month on B2B, net of VAT.")],
            ),
            on_books("backend", where="Kraków, Poland")(
                "Damian Górecki",
                2,
                touches=[call(30, "Expects 23k PLN a month on B2B, net of VAT.")],
            ),
        ],
        **role(
            {},
            KRAKOW_HYBRID,
            salary_min=252_000,
            salary_max=300_000,
            currency="PLN",
            offers=["B2B: 21,000-25,000 PLN net a month", "Hybrid: two days in Kraków"],
        ),
    ),
]

# --- 5. work mode said in different places of the role ---------------------------------------

WORK_MODE = [
    C(
        "remote policy field only: moved to Cornwall vs hates working from home",
        "backend",
        [
            on_books("backend", where="Truro, UK")(
                "Jago Rowse",
                2,
                touches=[call(30, "Cand wants fully remote - moved to Cornwall.")],
            ),
            on_books("backend", where="Truro, UK")(
                "Becky Tonkin",
                0,
                touches=[call(30, "Cand wants an office five days - hates WFH, lives alone.")],
            ),
        ],
        **role({}, UK_REMOTE),
    ),
    C(
        "a client's 'no remote working' pasted in, she wants remote vs wants the office",
        "data_eng",
        [
            on_books("data_eng", where="Norwich, UK")(
                "Georgina Hollis",
                2,
                touches=[
                    tried(120, "NA - try Thurs"),
                    crm(
                        90,
                        "Brief from client (Aviva, req 2231 - now filled): 'No remote working. "
                        "Five days a week in Norwich.' Cand lost out at final. She'd love a "
                        "fully remote role next - kids at school in Holt.",
                    ),
                ],
            ),
            on_books("data_eng", where="Norwich, UK")(
                "Amelia Crisp",
                0,
                touches=[
                    tried(120, "NA"),
                    crm(90, "Cand lost out at final at Aviva. Wants five days in an office next."),
                ],
            ),
        ],
        **role({}, UK_REMOTE),
    ),
    C(
        "office-based only in the description: remote only vs wants the office back",
        "data_eng",
        [
            on_books("data_eng", where="Manchester, UK")(
                "Asif Hussain",
                0,
                touches=[call(30, "Remote only, won't commute in.")],
            ),
            on_books("data_eng", where="Manchester, UK")(
                "Jade Kershaw",
                2,
                touches=[call(30, "Wants to be back in an office full-time, misses the team.")],
            ),
        ],
        **role(
            {},
            dict(location="Manchester, UK"),
            description="Own the analytics pipelines. This role is fully office-based at our "
            "Manchester HQ, five days a week.",
        ),
    ),
    C(
        "remote in the title only: no more Tube vs needs the structure of an office",
        "frontend",
        [
            on_books("frontend")(
                "Niamh Gorman",
                2,
                touches=[email(30, "Remote please - no more Tube.")],
            ),
            on_books("frontend")(
                "Harvey Lennox",
                0,
                touches=[email(30, "Office-based only for me, I need the structure.")],
            ),
        ],
        **role({}, dict(location="United Kingdom"), title="Senior Frontend Engineer (Remote, UK)"),
    ),
    C(
        "three days in the office in the offers: one day a week at most vs likes team days",
        "backend",
        [
            on_books("backend", where="Amsterdam, Netherlands")(
                "Thijs Brouwershaven",
                0,
                touches=[email(35, "Max one day a week in an office for me.")],
            ),
            on_books("backend", where="Amsterdam, Netherlands")(
                "Femke Wolthuis",
                2,
                touches=[email(35, "Three days in is fine, I like team days.")],
            ),
        ],
        **role(
            {},
            dict(location="Amsterdam, Netherlands"),
            offers=["Three days a week in our Amsterdam office", "NS Business Card"],
        ),
    ),
    C(
        "Polish description of a five-day office: remote only vs prefers the office nearby",
        "sre",
        [
            on_books("sre", where="Gdańsk, Poland")(
                "Tomasz Szymański",
                0,
                touches=[email(40, "Szukam wyłącznie pracy zdalnej.")],
            ),
            on_books("sre", where="Gdańsk, Poland")(
                "Agnieszka Rutkowska",
                2,
                touches=[email(40, "Wolę pracę w biurze, mieszkam 10 minut od Oliwy.")],
            ),
        ],
        **role(
            {},
            dict(location="Gdańsk, Poland"),
            description="Praca stacjonarna w biurze w Gdańsku Oliwie, 5 dni w tygodniu.",
        ),
    ),
]

# --- 6. negation and scope -------------------------------------------------------------------

NEGATIONS = [
    C(
        "not against nights vs dead against nights, a rota with nights",
        "cs",
        [
            on_books("cs", WARD_NURSE, "Leeds, UK")(
                "Lorraine Crabtree",
                2,
                touches=[call(30, "Cand not against nights - did years of them at the LGI.")],
            ),
            on_books("cs", WARD_NURSE, "Leeds, UK")(
                "Paula Hinchliffe",
                0,
                touches=[call(30, "Cand dead against nights.")],
            ),
        ],
        **role(NIGHTS_AMU, LEEDS_ONSITE),
    ),
    C(
        "the money wasn't the problem, the drive was vs the drive was fine, it was the money",
        "cs",
        [
            on_books("cs", SITE_MANAGER, "Nottingham, UK")(
                "Mick Goodall",
                2,
                touches=[
                    call(
                        60,
                        "Turned down Kier - the money wasn't the problem, the 90-min drive to "
                        "Derby was. Wants something in Nottingham itself.",
                    )
                ],
            ),
            on_books("cs", SITE_MANAGER, "Nottingham, UK")(
                "Dean Stapleford",
                0,
                touches=[
                    call(
                        60,
                        "Turned down Kier - the drive was fine, it was the money. Won't move for "
                        "under £65k.",
                    )
                ],
            ),
        ],
        **role(
            SITE_ROLE,
            NOTTINGHAM_ONSITE,
            salary_min=50_000,
            salary_max=56_000,
            currency="GBP",
        ),
    ),
    C(
        "no problem with weekends vs weekends are a problem, a weekend kitchen",
        "cs",
        [
            on_books("cs", HEAD_CHEF, "Cheltenham, UK")(
                "Russell Painter",
                2,
                touches=[call(30, "No problem with weekends.")],
            ),
            on_books("cs", HEAD_CHEF, "Cheltenham, UK")(
                "Gary Whitlock",
                0,
                touches=[
                    call(30, "Weekends are a problem - he has his kids every Saturday and Sunday.")
                ],
            ),
        ],
        **role(WEEKEND_KITCHEN, dict(remote_policy="onsite", location="Cheltenham, UK")),
    ),
    C(
        "not remote-only vs remote-only, full stop, a two-day hybrid",
        "backend",
        [
            on_books("backend", where="Dublin, Ireland")(
                "Cormac Dillane",
                2,
                touches=[call(30, "Not remote-only - two days in Dublin is grand.")],
            ),
            on_books("backend", where="Dublin, Ireland")(
                "Eoin Fitzmaurice",
                0,
                touches=[call(30, "Remote-only, full stop.")],
            ),
        ],
        **role({}, DUBLIN_HYBRID),
    ),
    C(
        "not opposed to line management vs opposed to it, a manager role",
        "manager",
        [
            on_books("manager")(
                "Yusra Qureshi",
                2,
                touches=[
                    call(40, "Not opposed to line management - actually keen to build a team.")
                ],
            ),
            on_books("manager")(
                "Duncan Fairweather",
                0,
                touches=[call(40, "Opposed to line management, wants to stay an IC.")],
            ),
        ],
        **role({}, LONDON_HYBRID),
    ),
    C(
        "no gambling, but sports data for media is fine vs wants a bookmaker's trading desk",
        "backend",
        [
            on_books("backend", where="Leeds, UK")(
                "Ravinder Sandhu",
                2,
                touches=[
                    call(
                        40,
                        "Won't work in gambling - but a sports data firm that only sells to "
                        "broadcasters would be fine.",
                    )
                ],
            ),
            on_books("backend", where="Leeds, UK")(
                "Jake Illingworth",
                1,
                touches=[call(40, "Wants to join a bookmaker's trading team specifically.")],
            ),
        ],
        **role(
            {},
            dict(remote_policy="hybrid", location="Leeds, UK"),
            description="Build the feeds behind our sports statistics for broadcasters and "
            "newspapers. We do not work with betting operators.",
        ),
    ),
    C(
        "never fast fashion again, luxury is different vs no fashion retail of any kind",
        "frontend",
        [
            on_books("frontend")(
                "Poppy Chamberlain",
                2,
                touches=[
                    email(
                        45,
                        "Never again fast fashion - but a heritage luxury house that makes to "
                        "last would be different.",
                    )
                ],
            ),
            on_books("frontend")(
                "Lydia Fothergill",
                0,
                touches=[email(45, "I won't work in fashion retail of any kind.")],
            ),
        ],
        **role(
            {},
            LONDON_HYBRID,
            description="Own the web store of a British heritage luxury house: coats made to "
            "last, repaired for life.",
        ),
    ),
]

# --- 7. location, level, company stage and size, industry and mission, technology -------------

LOCATIONS = [
    C(
        "lives twenty minutes away vs won't leave Cork, a Dublin office role",
        "cs",
        [
            on_books("cs", where="Dublin, Ireland")(
                "Orla Kinsella",
                2,
                touches=[call(30, "Lives in Phibsborough, twenty mins to the office on the Luas.")],
            ),
            on_books("cs", where="Cork, Ireland")(
                "Padraig Hegarty",
                0,
                touches=[call(30, "Won't relocate from Cork, not even for a hybrid job.")],
            ),
        ],
        **role({}, DUBLIN_ONSITE),
    ),
    C(
        "relocating from Warsaw to Rotterdam in February vs not leaving Poland",
        "data_eng",
        [
            on_books("data_eng", where="Warsaw, Poland")(
                "Zofia Kwiatkowska",
                2,
                touches=[
                    email(
                        40,
                        "We're relocating to Rotterdam in February - my partner starts at "
                        "Erasmus MC. I'd love something there.",
                    )
                ],
            ),
            on_books("data_eng", where="Warsaw, Poland")(
                "Magdalena Sikora",
                0,
                touches=[email(40, "I'm not leaving Poland, my parents are close by.")],
            ),
        ],
        **role({}, ROTTERDAM_ONSITE),
    ),
    C(
        "couldn't move mid-GCSEs, now free to move to Bristol vs family settled, won't move",
        "backend",
        [
            on_books("backend", where="Birmingham, UK")(
                "Sunil Parmar",
                2,
                touches=[
                    call(
                        40,
                        "Couldn't relocate last year - kids mid-GCSEs. Youngest finished in "
                        "June, now open to moving to Bristol.",
                    )
                ],
            ),
            on_books("backend", where="Birmingham, UK")(
                "Gurpreet Bains",
                0,
                touches=[call(40, "Won't relocate - family settled in Brum.")],
            ),
        ],
        **role({}, BRISTOL_ONSITE),
    ),
    C(
        "wants a live-in job in the Highlands vs no live-in, nothing rural",
        "cs",
        [
            on_books("cs", HEAD_CHEF, "Glasgow, UK")(
                "Iona MacLeod",
                2,
                touches=[call(30, "Wants a live-in head chef job up north, fancies the quiet.")],
            ),
            on_books("cs", HEAD_CHEF, "Glasgow, UK")(
                "Kenny Baird",
                0,
                touches=[call(30, "No live-in and nothing rural - has to stay in Glasgow.")],
            ),
        ],
        **role(
            KITCHEN_ROLE,
            dict(remote_policy="onsite", location="Wester Ross, Scottish Highlands"),
            title="Head Chef (live-in)",
            description="Lead the kitchen of a 20-bedroom country house hotel on the west "
            "coast of the Highlands. Live-in accommodation provided.",
        ),
    ),
    C(
        "her husband is transferred to Lisbon and she stays vs his wife's transfer, he goes too",
        "frontend",
        [
            on_books("frontend")(
                "Catriona Devlin",
                0,
                touches=[
                    email(
                        40,
                        "My husband's been transferred to Lisbon, but I'm staying in London "
                        "with the kids for now.",
                    )
                ],
            ),
            on_books("frontend")(
                "Nicholas Ashcroft",
                2,
                touches=[
                    email(
                        40,
                        "We're moving to Lisbon in January - my wife's firm is transferring her "
                        "and I'm going with her.",
                    )
                ],
            ),
        ],
        **role({}, LISBON_ONSITE),
    ),
    C(
        "open to moving to Stockholm vs only Oslo",
        "backend",
        [
            on_books("backend", where="Oslo, Norway")(
                "Sindre Haugland",
                2,
                touches=[email(30, "Open to moving to Stockholm.")],
            ),
            on_books("backend", where="Oslo, Norway")(
                "Eirik Brekke",
                0,
                touches=[email(30, "Only Oslo.")],
            ),
        ],
        **role({}, STOCKHOLM_HYBRID),
    ),
]

LEVEL = [
    C(
        "an assistant ready to step up vs happy as an assistant, a site manager post",
        "cs",
        [
            on_books("cs", ASSISTANT_SM, "Peterborough, UK")(
                "Ryan Seaton",
                2,
                touches=[
                    call(
                        40,
                        "Ready to step up to Site Manager - been running the plots whenever "
                        "his SM is off.",
                    )
                ],
            ),
            on_books("cs", ASSISTANT_SM, "Peterborough, UK")(
                "Connor Bellamy",
                0,
                touches=[call(40, "Happy as an assistant; doesn't want the SM responsibility.")],
            ),
        ],
        **role(SITE_ROLE, dict(remote_policy="onsite", location="Peterborough, UK")),
    ),
    C(
        "a sous who wants her own kitchen vs a sous who wants to stay a sous",
        "cs",
        [
            on_books("cs", SOUS_CHEF, "Brighton, UK")(
                "Charlotte Pengilly",
                2,
                touches=[call(30, "Wants to run her own kitchen now, head chef or nothing.")],
            ),
            on_books("cs", SOUS_CHEF, "Brighton, UK")(
                "Ellie Varndell",
                0,
                touches=[call(30, "Happy as a sous, doesn't want the head chef pressure.")],
            ),
        ],
        **role(KITCHEN_ROLE, dict(remote_policy="onsite", location="Brighton, UK")),
    ),
    C(
        "hands-on, no reports vs Head of Data roles only, an individual contributor role",
        "data_eng",
        [
            on_books("data_eng")(
                "Tobias Quennell",
                2,
                touches=[call(35, "Wants to stay hands-on - no people management.")],
            ),
            on_books("data_eng")(
                "Serena Maitland",
                0,
                touches=[call(35, "Only looking at Head of Data roles now.")],
            ),
        ],
        **role(
            {},
            LONDON_HYBRID,
            description="Own the analytics pipelines. Individual contributor role, no line "
            "reports.",
        ),
    ),
    C(
        "second in department, ready for head of maths vs classroom only, no TLR",
        "cs",
        [
            on_books("cs", MATHS_TEACHER, "Wolverhampton, UK")(
                "Victoria Ashmore",
                2,
                touches=[call(40, "Ready for HoD - has been 2i/c of maths for three years.")],
            ),
            on_books("cs", MATHS_TEACHER, "Wolverhampton, UK")(
                "Anita Bhogal",
                0,
                touches=[call(40, "Wants to stay in the classroom - no TLR, no management.")],
            ),
        ],
        **role(
            MATHS_ROLE,
            dict(remote_policy="onsite", location="Wolverhampton, UK"),
            title="Head of Mathematics",
            seniority="lead",
            description="Lead a department of nine maths teachers in an 11-18 academy (TLR 1b).",
        ),
    ),
]

STAGE_SIZE = [
    C(
        "after redundancy wants a big stable employer vs wants a small early team, 12 people",
        "backend",
        [
            on_books("backend")(
                "Lucinda Pryce",
                0,
                touches=[call(30, "After redundancy wants a big, stable employer - no startups.")],
            ),
            on_books("backend")(
                "Arjun Nair",
                2,
                touches=[call(30, "Wants a small, early-stage team where he can build.")],
            ),
        ],
        **role(
            {},
            LONDON_HYBRID,
            offers=["Seed-funded, 12 people", "Two days a week in EC2"],
        ),
    ),
    C(
        "no more corporates vs wants a big employer with a pension, a FTSE 100 bank",
        "data_eng",
        [
            on_books("data_eng", where="Edinburgh, UK")(
                "Ailsa Drummond",
                0,
                touches=[call(30, "No more corporates - wants an SME.")],
            ),
            on_books("data_eng", where="Edinburgh, UK")(
                "Gordon Lamont",
                2,
                touches=[call(30, "Wants a big established employer with a good pension scheme.")],
            ),
        ],
        **role(
            {},
            dict(remote_policy="hybrid", location="Edinburgh, UK"),
            description="Own the analytics pipelines at a FTSE 100 bank with 60,000 staff.",
            offers=["Defined contribution pension up to 14%"],
        ),
    ),
    C(
        "NHS for life vs out of the NHS for good, an NHS trust post",
        "cs",
        [
            on_books("cs", WARD_NURSE, "Preston, UK")(
                "Sharon Entwistle",
                2,
                touches=[call(30, "NHS for life - wants to keep her NHS pension.")],
            ),
            on_books("cs", WARD_NURSE, "Preston, UK")(
                "Joanne Kenyon",
                0,
                touches=[call(30, "Wants out of the NHS - private hospitals only.")],
            ),
        ],
        **role(AMU_BAND6, dict(remote_policy="onsite", location="Preston, UK")),
    ),
]

MISSION = [
    C(
        "won't work in gambling vs fine with betting, an online bookmaker",
        "backend",
        [
            on_books("backend", where="Leeds, UK")(
                "Nadia Rahman",
                0,
                touches=[call(30, "Won't work in gambling, personal reasons.")],
            ),
            on_books("backend", where="Leeds, UK")(
                "Ben Thackray",
                2,
                touches=[call(30, "Fine with betting and gaming - did four years at Sky Bet.")],
            ),
        ],
        **role(
            {},
            dict(remote_policy="hybrid", location="Leeds, UK"),
            description="Build the services behind our online sportsbook and casino.",
        ),
    ),
    C(
        "an ethical objection to defence vs ex-RAF who wants defence, a defence prime",
        "sre",
        [
            on_books("sre", where="Bristol, UK")(
                "Isla Merriman",
                0,
                touches=[call(30, "No defence work - ethical objection.")],
            ),
            on_books("sre", where="Bristol, UK")(
                "Craig Dobbie",
                2,
                touches=[call(30, "Ex-RAF, wants to get back into defence.")],
            ),
        ],
        **role(
            {},
            BRISTOL_ONSITE,
            description="Run the build and deploy platform for a defence prime's missile "
            "systems programme.",
        ),
    ),
    C(
        "won't work for oil and gas vs wants to stay in O&G, a North Sea operator",
        "data_eng",
        [
            on_books("data_eng", where="Aberdeen, UK")(
                "Rona Gauld",
                0,
                touches=[call(30, "Won't work for oil and gas any more - climate.")],
            ),
            on_books("data_eng", where="Aberdeen, UK")(
                "Stewart Milne",
                2,
                touches=[call(30, "Wants to stay in O&G, knows offshore data inside out.")],
            ),
        ],
        **role(
            {},
            dict(remote_policy="hybrid", location="Aberdeen, UK"),
            description="Own the production data pipelines for a North Sea oil and gas operator.",
        ),
    ),
    C(
        "won't sell tobacco vs wants a bigger territory, a tobacco field role",
        "sales",
        [
            on_books("sales", where="Manchester, UK")(
                "Phil Haworth",
                0,
                touches=[call(30, "Won't sell tobacco - lost his dad to lung cancer.")],
            ),
            on_books("sales", where="Manchester, UK")(
                "Carl Birtwistle",
                1,
                touches=[call(30, "Wants a bigger territory and a better car.")],
            ),
        ],
        **role(
            {},
            MANCHESTER_ONSITE,
            title="Trade Account Manager",
            description="Sell our cigarette and rolling tobacco brands into independent "
            "retailers across the North West.",
        ),
    ),
    C(
        "wants to move into renewables vs no view on sector, an offshore wind developer",
        "data_eng",
        [
            on_books("data_eng", where="Newcastle upon Tyne, UK")(
                "Hannah Rutherford",
                2,
                touches=[call(30, "Wants to move into renewables, badly.")],
            ),
            on_books("data_eng", where="Newcastle upon Tyne, UK")(
                "Peter Charlton",
                1,
                touches=[call(30, "No strong views on sector.")],
            ),
        ],
        **role(
            {},
            NEWCASTLE_HYBRID,
            description="Own the turbine performance pipelines for an offshore wind developer.",
        ),
    ),
    C(
        "won't work for fast fashion vs loves fashion e-com, a fast-fashion retailer",
        "frontend",
        [
            on_books("frontend", where="Manchester, UK")(
                "Saoirse Mac Giolla",
                0,
                touches=[
                    email(30, "I won't work for a fast fashion brand, sustainability matters.")
                ],
            ),
            on_books("frontend", where="Manchester, UK")(
                "Kayleigh Moss",
                2,
                touches=[email(30, "I love fashion e-com, would be a dream.")],
            ),
        ],
        **role(
            {},
            MANCHESTER_HYBRID,
            description="Own the web store of a fast-fashion brand dropping 500 new lines a week.",
        ),
    ),
]

TECH = [
    C(
        "AWS only, not Azure vs keen to get Azure on the CV, a Python-on-Azure role",
        "backend",
        [
            on_books("backend")(
                "Neville Gosling",
                0,
                touches=[tried(75, "LM x2"), call(30, "AWS only - not interested in Azure.")],
            ),
            on_books("backend")(
                "Ifeoma Eze",
                2,
                touches=[tried(75, "LM, no reply"), call(30, "Keen to get Azure on the CV.")],
            ),
        ],
        **role(
            {},
            LONDON_HYBRID,
            requirements="5+ years of Python\nFastAPI\nPostgreSQL\nAzure\nService Bus",
            description="Build Python services on Azure (AKS, Service Bus, Azure SQL).",
        ),
    ),
    C(
        "wants Databricks and Spark vs staying on dbt and Snowflake, a Databricks role",
        "data_eng",
        [
            on_books("data_eng")(
                "Rosie Kavanagh",
                2,
                touches=[call(30, "Wants Databricks and Spark on her next role.")],
            ),
            on_books("data_eng")(
                "Ahmed Yusuf",
                0,
                touches=[call(30, "Wants to stay on dbt and Snowflake - not interested in Spark.")],
            ),
        ],
        **role(
            {},
            LONDON_HYBRID,
            requirements="Databricks\nSpark\nPython\nSQL\nDelta Lake",
            description="Move our pipelines onto Databricks and Spark.",
        ),
    ),
    C(
        "wants to write more Go vs wants to get away from Go, a Go platform role",
        "sre",
        [
            on_books("sre")(
                "Ewan Gillies",
                2,
                touches=[call(30, "Wants to write more Go.")],
            ),
            on_books("sre")(
                "Benedict Harlow",
                0,
                touches=[call(30, "Wants to get away from Go, prefers Python.")],
            ),
        ],
        **role(
            {}, LONDON_HYBRID, description="Write the Go services and tooling for our platform."
        ),
    ),
]

# --- 8. last time's reason, the history with us and the latest process -----------------------

PAST_LONDON_65K = dict(
    remote_policy="hybrid", location="London, UK", salary_max=65_000, currency="GBP"
)
PAST_LONDON_70K = dict(
    remote_policy="hybrid", location="London, UK", salary_max=70_000, currency="GBP"
)
PAST_MANC_OFFICE = dict(remote_policy="onsite", location="Manchester, UK")
PAST_MANC_HYBRID = dict(
    remote_policy="hybrid",
    location="Manchester, UK",
    offers=["Hybrid: two days a week in the office"],
)

RESOLVED = [
    C(
        "declined over pay at £65k; the band now reaches her ask vs an ask still above it",
        "backend",
        [
            on_books("backend")(
                "Rebecca Lomax",
                2,
                apps=[
                    turned_down(
                        300,
                        "compensation",
                        "Asked £75k; client capped at £65k",
                        past=PAST_LONDON_65K,
                    )
                ],
            ),
            on_books("backend")(
                "Alistair Trevaskis",
                0,
                apps=[
                    turned_down(
                        300,
                        "compensation",
                        "Wanted £90k, client's ceiling was £70k",
                        past=PAST_LONDON_70K,
                    )
                ],
            ),
        ],
        **role({}, LONDON_HYBRID, salary_min=72_000, salary_max=80_000, currency="GBP"),
    ),
    C(
        "declined a five-day office, this one is two days vs wanted fully remote, still hybrid",
        "data_eng",
        [
            on_books("data_eng", where="Manchester, UK")(
                "Helen Ainscough",
                2,
                apps=[
                    turned_down(
                        250,
                        "remote_policy",
                        "Client wanted five days in; cand will do two at most",
                        past=PAST_MANC_OFFICE,
                        role="Senior Data Engineer",
                    )
                ],
            ),
            on_books("data_eng", where="Manchester, UK")(
                "Usman Qadri-Baig",
                0,
                apps=[
                    turned_down(
                        250,
                        "remote_policy",
                        "Client offered hybrid, two days in; cand only wants fully remote",
                        past=PAST_MANC_HYBRID,
                        role="Senior Data Engineer",
                    )
                ],
            ),
        ],
        **role({}, MANCHESTER_HYBRID),
    ),
    C(
        "pulled out over an inside determination, this is outside vs wanted perm, a contract",
        "backend",
        [
            on_books("backend")(
                "Keith Armitage",
                2,
                apps=[
                    pulled_out(
                        200,
                        "other",
                        "Pulled out - client's SDS came back inside IR35 and he's outside only",
                        role="Python Contractor",
                    )
                ],
            ),
            on_books("backend")(
                "Simon Pickles",
                0,
                apps=[
                    pulled_out(
                        200,
                        "other",
                        "Pulled out - wanted a perm job, this was a 6-month contract",
                        role="Python Contractor",
                    )
                ],
            ),
        ],
        **role(
            {},
            LONDON_HYBRID,
            title="Python Contractor (6 months, outside IR35)",
            offers=["£600 a day outside IR35", "Two days a week in EC2"],
        ),
    ),
    C(
        "declined over split shifts, straight shifts now vs declined late finishes, 1am close",
        "cs",
        [
            on_books("cs", HEAD_CHEF, "Liverpool, UK")(
                "Anthony Rimmer",
                2,
                apps=[
                    turned_down(
                        300, "other", "Declined - split shifts, won't do them", role="Head Chef"
                    )
                ],
            ),
            on_books("cs", HEAD_CHEF, "Liverpool, UK")(
                "Paul Cregeen",
                0,
                apps=[
                    turned_down(
                        300,
                        "other",
                        "Declined - late finishes, won't work past 11pm",
                        role="Head Chef",
                    )
                ],
            ),
        ],
        **role(
            KITCHEN_ROLE,
            dict(remote_policy="onsite", location="Liverpool, UK"),
            description="Lead the kitchen of a 90-cover late-night bistro: straight shifts, four "
            "on and three off, no splits. Kitchen open till 1am Friday and Saturday.",
        ),
    ),
    C(
        "withdrew as the client couldn't sponsor, this one does vs needed four days, it's five",
        "backend",
        [
            on_books("backend")(
                "Mei Ling Chua",
                2,
                apps=[
                    pulled_out(
                        180,
                        "other",
                        "Withdrew - client couldn't sponsor her Skilled Worker visa",
                    )
                ],
            ),
            on_books("backend")(
                "Laura Westwood",
                0,
                apps=[
                    pulled_out(
                        180,
                        "other",
                        "Withdrew - needed a four-day week, client insisted on five",
                    )
                ],
            ),
        ],
        **role(
            {},
            LONDON_HYBRID,
            offers=["Skilled Worker visa sponsorship available", "Full-time, five days a week"],
        ),
    ),
]

LAST_TIME = [
    C(
        "late and rude at a client's site trial vs lost to an internal",
        "cs",
        [
            on_books("cs", SPARK, "Leicester, UK")(
                "Lee Gotheridge",
                0,
                apps=[
                    app(
                        150,
                        "interview",
                        "rejected",
                        "other",
                        "Client feedback: turned up late to the site trial and was rude to the "
                        "site manager. Client asked us not to send him again.",
                        role="Approved Electrician",
                    )
                ],
            ),
            on_books("cs", SPARK, "Leicester, UK")(
                "Stephen Orme",
                2,
                apps=[
                    final_loss(
                        150,
                        "Client liked him, went with an internal",
                        role="Approved Electrician",
                    )
                ],
            ),
        ],
        **role(SPARK_ROLE, dict(remote_policy="onsite", location="Leicester, UK")),
    ),
    C(
        "didn't turn up to the client interview twice vs lost a final",
        "cs",
        [
            on_books("cs", where="Manchester, UK")(
                "Shannon Dwyer",
                0,
                apps=[
                    app(
                        100,
                        "interview",
                        "rejected",
                        "other",
                        "DNA'd the client interview twice, no call, no text",
                        role="Customer Success Manager",
                    )
                ],
            ),
            on_books("cs", where="Manchester, UK")(
                "Lauren Heywood",
                2,
                apps=[final_loss(100, role="Customer Success Manager")],
            ),
        ],
        **role({}, MANCHESTER_HYBRID),
    ),
    C(
        "weak on Terraform two months ago vs strong on Terraform, lost on notice",
        "sre",
        [
            on_books("sre")(
                "Darius Moradi",
                0,
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Client feedback: weak on Terraform, couldn't write a module",
                        role="Senior SRE",
                    )
                ],
            ),
            on_books("sre")(
                "Gethin Lloyd",
                2,
                apps=[
                    final_loss(
                        60,
                        "Client: strong on Terraform and GCP, lost out on notice period",
                        role="Senior SRE",
                    )
                ],
            ),
        ],
        **role({}, LONDON_HYBRID),
    ),
    C(
        "no SMSTS last year, passed it in June vs no SMSTS two months ago",
        "cs",
        [
            on_books("cs", ASSISTANT_SM, "Derby, UK")(
                "Adam Slater",
                2,
                apps=[
                    app(
                        420,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Client: no SMSTS, needs it for an SM post",
                        role="Site Manager",
                    )
                ],
                touches=[crm(40, "Cand passed SMSTS in June - certificate scanned to file.")],
            ),
            on_books("cs", ASSISTANT_SM, "Derby, UK")(
                "Jack Mellors",
                0,
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Client won't go further without an SMSTS ticket - he hasn't got one",
                        role="Site Manager",
                    )
                ],
            ),
        ],
        **role(SITE_ROLE, dict(remote_policy="onsite", location="Derby, UK")),
    ),
]

PROCESS = [
    C(
        "a client's final round vs a CV never put forward",
        "backend",
        [
            on_books("backend")(
                "Matthew Kettle",
                2,
                apps=[final_loss(120, "Pipped by one other, client rated him highly")],
            ),
            on_books("backend")(
                "Zain Malik",
                1,
                apps=[
                    app(
                        120,
                        "applied",
                        "rejected",
                        "other",
                        "CV not put forward - client filled internally",
                    )
                ],
            ),
        ],
        **role({}, LONDON_HYBRID),
    ),
    C(
        "a weak interview long ago then a final vs a final long ago then a recent Kafka gap",
        "backend",
        [
            on_books("backend")(
                "Abdul Karim",
                2,
                apps=[
                    app(700, "interview", "rejected", "skills_gap", "Light on Kafka back then"),
                    final_loss(100),
                ],
            ),
            on_books("backend")(
                "Jonathan Pybus",
                1,
                apps=[
                    final_loss(700),
                    app(
                        100,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Client: Kafka knowledge thin, couldn't explain consumer groups",
                    ),
                ],
            ),
        ],
        **role({}, LONDON_HYBRID),
    ),
    C(
        "we placed him ten weeks ago vs our placement ended and he's on the bench",
        "backend",
        [
            on_books("backend", where="Bristol, UK")(
                "Marcus Trevithick",
                0,
                touches=[
                    crm(
                        date(2026, 9, 14),
                        "Placement: cand started at Arup today (perm), placed by us. 12-week "
                        "rebate period. Hands off - do not approach for other roles.",
                    )
                ],
            ),
            on_books("backend", where="Bristol, UK")(
                "Elliot Crane",
                2,
                touches=[
                    crm(
                        date(2026, 9, 14),
                        "Cand's contract at Arup (placed by us in 2024) ended 11/09. On the "
                        "bench now, happy to be put fwd.",
                    )
                ],
            ),
        ],
        **role({}, dict(remote_policy="hybrid", location="Bristol, UK")),
    ),
    C(
        "a third offer used for a counter-offer vs lost a final",
        "sales",
        [
            on_books("sales")(
                "Spencer Holloway",
                0,
                apps=[
                    turned_down(
                        200,
                        "counteroffer",
                        "Took the counter-offer from Salesforce (+15%). Third time he's used an "
                        "offer through us to get a raise.",
                        role="Account Executive",
                    )
                ],
            ),
            on_books("sales")(
                "Priyanka Desai",
                2,
                apps=[final_loss(200, role="Account Executive")],
            ),
        ],
        **role({}, LONDON_HYBRID),
    ),
]

# --- 9. several notes over time: the latest word counts ---------------------------------------

LATEST_WORD = [
    C(
        "no nights in March, nights fine in October vs nights fine then no more nights",
        "cs",
        [
            on_books("cs", WARD_NURSE, "Stoke-on-Trent, UK")(
                "Claire Bostock",
                2,
                touches=[
                    call(date(2026, 3, 9), "No nights - youngest is only 2."),
                    call(
                        date(2026, 10, 12),
                        "Update: nights fine now, husband's gone part-time so childcare's sorted.",
                    ),
                ],
            ),
            on_books("cs", WARD_NURSE, "Stoke-on-Trent, UK")(
                "Tracey Mountford",
                0,
                touches=[
                    call(date(2026, 3, 9), "Happy with nights, any rota."),
                    call(
                        date(2026, 10, 12),
                        "Update: no more nights - occupational health have signed her off them.",
                    ),
                ],
            ),
        ],
        **role(NIGHTS_AMU, dict(remote_policy="onsite", location="Stoke-on-Trent, UK")),
    ),
    C(
        "asked to be removed, then asked to be kept on file vs keep me posted, then erase me",
        "backend",
        [
            on_books("backend")(
                "Jasper Willoughby",
                2,
                touches=[
                    email(date(2026, 2, 2), "Please remove me from your lists."),
                    email(
                        date(2026, 10, 5),
                        "Hi - I asked to come off your lists in February, but things have "
                        "changed here and I'm looking again. Please keep me on file.",
                    ),
                ],
            ),
            on_books("backend")(
                "Felicity Orchard",
                0,
                touches=[
                    email(date(2026, 2, 2), "Not right now, but keep me posted."),
                    email(
                        date(2026, 10, 5),
                        "Please delete my details and don't contact me again.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **role({}, LONDON_HYBRID),
    ),
    C(
        "not moving to Manchester, then moving there vs open to it, then bought in Bristol",
        "backend",
        [
            on_books("backend", where="Bristol, UK")(
                "Oliver Tremlett",
                2,
                touches=[
                    call(date(2026, 3, 16), "Not moving to Manchester."),
                    call(
                        date(2026, 10, 19),
                        "Partner got a job in Manchester, they're moving in Jan - keen on roles "
                        "up there now.",
                    ),
                ],
            ),
            on_books("backend", where="Bristol, UK")(
                "Hugo Pettigrew",
                0,
                touches=[
                    call(date(2026, 3, 16), "Open to moving to Manchester."),
                    call(
                        date(2026, 10, 19),
                        "They've bought a house in Bristol - not relocating now.",
                    ),
                ],
            ),
        ],
        **role({}, MANCHESTER_ONSITE),
    ),
    C(
        "£70k floor lowered to £55k vs £55k raised to £70k after a counter, a £52-58k band",
        "data_eng",
        [
            on_books("data_eng", where="Birmingham, UK")(
                "Naomi Bickerstaff",
                2,
                touches=[
                    call(date(2026, 2, 16), "£70k min."),
                    call(
                        date(2026, 9, 21),
                        "Would now consider £55k for the right role, market's tough.",
                    ),
                ],
            ),
            on_books("data_eng", where="Birmingham, UK")(
                "Gareth Kimberley",
                0,
                touches=[
                    call(date(2026, 2, 16), "Would do £55k."),
                    call(
                        date(2026, 9, 21),
                        "Got counter-offered to £68k - needs £70k+ to move now.",
                    ),
                ],
            ),
        ],
        **role(
            {},
            dict(remote_policy="hybrid", location="Birmingham, UK"),
            salary_min=52_000,
            salary_max=58_000,
            currency="GBP",
        ),
    ),
    C(
        "outside only, then would consider inside vs inside fine, then outside only",
        "backend",
        [
            on_books("backend")(
                "Clement Ashford",
                2,
                touches=[
                    call(date(2026, 2, 9), "Outside only."),
                    call(
                        date(2026, 10, 12),
                        "Would consider inside now - the market's dried up, 6 weeks on the bench.",
                    ),
                ],
            ),
            on_books("backend")(
                "Vernon Sillitoe",
                0,
                touches=[
                    call(date(2026, 2, 9), "Inside's fine."),
                    call(
                        date(2026, 10, 12),
                        "Got burnt on an inside gig - outside IR35 only from now on.",
                    ),
                ],
            ),
        ],
        **role(
            {},
            LONDON_HYBRID,
            title="Python Contractor (inside IR35)",
            offers=["£575 a day inside IR35 via umbrella", "Two days a week in EC2"],
        ),
    ),
]

HELDOUT10_CASES: list[Case] = [
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
