"""Held-out rediscovery cases, fifty-ninth set: life-science recruiters' own words, written by a
stranger to the reader (its code, its labelled sets and the earlier case files' sentences were not
looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured on its own
and never tuned to what Encore does. The recruiters are an in-house talent team at a mid-size
biotech with sites in Cambridge MA, South San Francisco and Basel, a CRO's resourcing desk in
Dublin and Hyderabad, and a specialist life-science agency in Cambridge UK and Copenhagen. The
people are bench scientists (cell therapy, antibody discovery), GMP manufacturing associates and
QC analysts on cleanroom shift patterns, clinical research associates who travel to trial sites,
medical science liaisons on field territories, regulatory affairs managers and biostatisticians.
The voices: terse ATS shorthand with typos ("cand", "LVM", "f/u", "HM", "w/e", "PDUFA"),
recruiters' third-person call notes, hiring scientists' interview notes, candidates' emails,
LinkedIn replies and lower-case WhatsApps, a formal letter or two, long rambling notes where one
line decides, and lines in German and French (Basel), Danish (Copenhagen) and Hindi (Hyderabad).
Money comes in USD, GBP, EUR, CHF, SGD and INR (lakhs), by the year, the month, the hour and the
day.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a formal withdrawal of consent, "no thanks" to our draft, a LinkedIn "take me off
   your list", a hostile call logged DNC, German, French, Danish and Hindi): never shown; beside
   each a scoped stop that is no opt-out (work phone only, one client, no CRO roles, the monthly
   newsletter, a new email address, feedback still owed, not on WhatsApp);
2. waits counted from the day said (three months' notice, a PDUFA date, a Phase II readout,
   after JPM, after the Basler Fasnacht, after Diwali, after Holi, "efter jul", maternity leave,
   a retention bonus, end of Q1, a vesting cliff) each against a twin whose wait has run out, and
   notes full of dates that ask for no wait;
3. schedule (nights, 4-on-4-off, weekend cover), travel (CRA site visits, overnights, an MSL
   territory, trips to Europe), visa and right to work (H-1B transfer and cap, O-1, Critical
   Skills, Swiss B/L permits, Singapore EP, security of the sponsorship), contract type (FSP
   contract against perm, fixed-term, hourly) and commute (the Tobin Bridge, the Red Line, the
   Ted Williams tunnel, the Bay Bridge, Caltrain, the Øresund bridge, the Jack Lynch tunnel, the
   M50, the A14, ORR traffic in Hyderabad, minutes each way);
4. pay against the band (USD base, GBP, CHF a year over thirteen salaries, SGD a month, INR in
   lakhs per annum, an hourly contract rate, a day rate, a floor against current pay);
5. work mode in the title only, the description only, hybrid days, and negation and its scope;
6. location and relocation, managing against hands-on, company stage and size, industries and
   missions wanted or refused (animal testing, tobacco-owned, rare disease, oncology), and
   technology wanted or refused (SAS against R, CRISPR, single-use bioreactors);
7. last time's reason resolved by this role or still standing, the history with us and the
   latest process;
8. several notes over time where the LATEST word counts.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from evaluation.scenarios import C, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

CRA = dict(
    current_title="Senior Clinical Research Associate",
    skills=["Site monitoring", "ICH-GCP", "Oncology trials", "Veeva Vault CTMS", "SDV"],
    years_experience=7,
    resume_text=(
        "Senior CRA, seven years monitoring Phase I-III oncology and immunology trials for a "
        "global CRO: site initiation, routine and close-out visits, source data verification, "
        "risk-based monitoring, TMF upkeep and coaching of junior CRAs."
    ),
)
MSL = dict(
    current_title="Medical Science Liaison",
    skills=["KOL engagement", "Oncology", "Scientific exchange", "Advisory boards"],
    years_experience=6,
    resume_text=(
        "PharmD medical science liaison, six years in solid-tumour oncology: territory KOL "
        "mapping, scientific exchange, investigator-initiated study support, advisory boards and "
        "congress coverage."
    ),
)
QC = dict(
    current_title="QC Analyst II",
    skills=["HPLC", "GMP", "LIMS", "Method validation", "Deviations and CAPA"],
    years_experience=5,
    resume_text=(
        "QC chemist, five years in GMP release and stability testing of biologics: HPLC and "
        "UPLC, method transfer and validation, LIMS, OOS investigations and CAPAs."
    ),
)
MFG = dict(
    current_title="Manufacturing Associate II, Upstream",
    skills=["Bioreactors", "cGMP", "Cleanroom gowning", "Batch records", "Single-use systems"],
    years_experience=4,
    resume_text=(
        "Upstream manufacturing associate, four years on 2,000 L single-use bioreactor suites: "
        "media prep, inoculum expansion, electronic batch records, Grade C/B gowning."
    ),
)
BENCH = dict(
    current_title="Senior Scientist, Cell Therapy",
    skills=["Flow cytometry", "CAR-T", "Primary T cell culture", "Assay development"],
    years_experience=8,
    resume_text=(
        "PhD immunologist, eight years in cell therapy: CAR-T potency and persistence assays, "
        "multicolour flow cytometry, primary T cell culture and tech transfer to process "
        "development."
    ),
)
RA = dict(
    current_title="Regulatory Affairs Manager",
    skills=["IND/CTA", "eCTD", "FDA interactions", "CMC regulatory", "EMA procedures"],
    years_experience=9,
    resume_text=(
        "Regulatory affairs manager, nine years: INDs and CTAs, eCTD publishing, briefing books "
        "for FDA Type B and C meetings, CMC variations and EMA scientific advice."
    ),
)
BIOSTAT = dict(
    current_title="Principal Biostatistician",
    skills=["SAS", "R", "CDISC ADaM", "Phase II/III design", "SAPs"],
    years_experience=9,
    resume_text=(
        "Principal biostatistician, nine years in Phase II/III oncology and cardiometabolic "
        "trials: sample size, SAPs, ADaM and TLF review, DMC support and FDA submissions."
    ),
)


def pool(persona: dict, where: str, profile: str = "cs"):
    """People of one kind in the pool, living in ``where`` unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def ats(days, text) -> dict:
    """A recruiter's line in the ATS, in their shorthand."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def call(days, text) -> dict:
    """A recruiter's third-person call note."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def mail(days, text) -> dict:
    """The candidate's email or letter."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def dm(days, text) -> dict:
    """The candidate's LinkedIn reply, text or WhatsApp, as typed."""
    return touch(days, "inbound", "replied", note=text, channel="other")


def hm(days, text) -> dict:
    """A hiring scientist's note after meeting them."""
    return touch(days, "outbound", None, "note", note=text, channel="meeting")


def lost_final(days, note=None, *, role="Senior Clinical Research Associate") -> dict:
    """Reached the final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def said_no(days, reason, note, *, past=None, role="Senior Clinical Research Associate"):
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def pulled(days, reason, note, *, past=None, role="Senior Clinical Research Associate"):
    """Withdrew from our process."""
    return app(days, "interview", "withdrew", reason, note, past=past, role=role)


def role(what: dict, where: dict, **more) -> dict:
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

CRA_ROLE = dict(
    title="Senior Clinical Research Associate",
    department="Clinical Operations",
    seniority="senior",
    requirements="4+ years independent monitoring\nICH-GCP\nOncology\nRisk-based monitoring",
    description="Monitor oncology trial sites for a sponsor's Phase II programme.",
)
MSL_ROLE = dict(
    title="Medical Science Liaison, Oncology",
    department="Medical Affairs",
    seniority="senior",
    requirements="PharmD, PhD or MD\nOncology\nKOL engagement\nField-based",
    description="Own scientific exchange with thought leaders across a field territory.",
)
QC_ROLE = dict(
    title="QC Analyst II",
    department="Quality Control",
    seniority="mid",
    requirements="GMP release testing\nHPLC\nLIMS\nOOS investigations",
    description="Release and stability testing for a commercial biologics site.",
)
MFG_ROLE = dict(
    title="Manufacturing Associate II, Upstream",
    department="Manufacturing",
    seniority="mid",
    requirements="cGMP\nBioreactor operations\nCleanroom gowning\nElectronic batch records",
    description="Run upstream cell culture in a single-use GMP suite.",
)
BENCH_ROLE = dict(
    title="Senior Scientist, Cell Therapy",
    department="Research",
    seniority="senior",
    requirements="PhD\nFlow cytometry\nPrimary T cell culture\nAssay development",
    description="Build potency assays for an autologous CAR-T programme.",
)
RA_ROLE = dict(
    title="Regulatory Affairs Manager",
    department="Regulatory Affairs",
    seniority="senior",
    requirements="IND/CTA experience\neCTD\nFDA meetings\nCMC",
    description="Lead regulatory submissions for two clinical-stage programmes.",
)
STAT_ROLE = dict(
    title="Principal Biostatistician",
    department="Biometrics",
    seniority="senior",
    requirements="MSc or PhD statistics\nSAS or R\nCDISC\nPhase III experience",
    description="Lead statistics for a Phase III programme from protocol to CSR.",
)

# --- where and how they are worked ----------------------------------------------------------

KENDALL_HYBRID = dict(
    remote_policy="hybrid",
    location="Cambridge, MA, USA",
    offers=["Hybrid: three days a week at our Kendall Square labs"],
)
KENDALL_ONSITE = dict(remote_policy="onsite", location="Cambridge, MA, USA")
WALTHAM_ONSITE = dict(remote_policy="onsite", location="Waltham, MA, USA")
NJ_ONSITE = dict(remote_policy="onsite", location="Princeton, NJ, USA")
SD_ONSITE = dict(remote_policy="onsite", location="San Diego, CA, USA")
SSF_ONSITE = dict(remote_policy="onsite", location="South San Francisco, CA, USA")
SSF_HYBRID = dict(
    remote_policy="hybrid",
    location="South San Francisco, CA, USA",
    offers=["Hybrid: two days a week on our Oyster Point campus"],
)
US_FIELD = dict(remote_policy="remote", location="Remote (USA), field-based")
BASEL_ONSITE = dict(remote_policy="onsite", location="Basel, Switzerland")
BASEL_HYBRID = dict(
    remote_policy="hybrid",
    location="Basel, Switzerland",
    offers=["Hybrid: three days a week on the Basel campus"],
)
CAMUK_ONSITE = dict(remote_policy="onsite", location="Cambridge, UK")
CAMUK_HYBRID = dict(
    remote_policy="hybrid",
    location="Cambridge, UK",
    offers=["Hybrid: two days a week at our Granta Park site"],
)
OXFORD_ONSITE = dict(remote_policy="onsite", location="Oxford, UK")
UK_REMOTE = dict(remote_policy="remote", location="Remote (UK)")
DUBLIN_ONSITE = dict(remote_policy="onsite", location="Dublin, Ireland")
DUBLIN_HYBRID = dict(
    remote_policy="hybrid",
    location="Dublin, Ireland",
    offers=["Hybrid: two days a week in our Sandyford office"],
)
CORK_ONSITE = dict(remote_policy="onsite", location="Ringaskiddy, Cork, Ireland")
CPH_ONSITE = dict(remote_policy="onsite", location="Copenhagen, Denmark")
CPH_HYBRID = dict(
    remote_policy="hybrid",
    location="Copenhagen, Denmark",
    offers=["Hybrid: two days a week in our Ørestad office"],
)
SG_ONSITE = dict(remote_policy="onsite", location="Singapore (Tuas Biomedical Park)")
HYD_HYBRID = dict(
    remote_policy="hybrid",
    location="Hyderabad, India",
    offers=["Hybrid: three days a week at our Genome Valley centre"],
)
HYD_ONSITE = dict(remote_policy="onsite", location="Hyderabad, India (Genome Valley)")
EU_REMOTE = dict(remote_policy="remote", location="Remote (EU)")

# --- 1. opt-outs, each beside a scoped stop that is shown -----------------------------------

OPT_OUTS = [
    C(
        "a formal withdrawal of consent vs a request to use a new email address",
        "cs",
        [
            pool(RA, "Princeton, NJ, USA")(
                "Gretchen Vandermolen",
                0,
                touches=[
                    mail(
                        45,
                        "Dear Sir or Madam, I hereby withdraw my consent to your processing of "
                        "my personal data and ask that my candidate record be deleted. Please "
                        "do not contact me regarding future vacancies. Yours faithfully, G. "
                        "Vandermolen",
                    )
                ],
                excluded=True,
            ),
            pool(RA, "Princeton, NJ, USA")(
                "Theodora Quist",
                2,
                touches=[
                    mail(
                        45,
                        "Hi - my work address will be deactivated when I leave Bristol Myers "
                        "on the 30th, please use theo.quist@example.net from now on. Still keen "
                        "on reg affairs manager roles in central NJ.",
                    )
                ],
            ),
        ],
        **role(RA_ROLE, NJ_ONSITE),
    ),
    C(
        "'no thanks' to our draft vs no thanks to CRO roles only",
        "cs",
        [
            pool(CRA, "Dublin, Ireland")(
                "Ronan Fitzmaurice",
                0,
                touches=[dm(30, "no thanks - Ronan")],
                excluded=True,
            ),
            pool(CRA, "Dublin, Ireland")(
                "Cillian Brennock",
                2,
                touches=[
                    dm(
                        30,
                        "no thanks to anything CRO-side, done with FSP life. a sponsor-side "
                        "CRA job though, I'd listen",
                    )
                ],
            ),
        ],
        **role(
            CRA_ROLE,
            DUBLIN_HYBRID,
            description="Sponsor-side monitoring of our own oncology "
            "sites in Ireland; we are the sponsor, not a CRO.",
        ),
    ),
    C(
        "LinkedIn: take me off your list vs unsubscribe from the newsletter only",
        "cs",
        [
            pool(BENCH, "Cambridge, MA, USA")(
                "Priyanka Venkatasubbu",
                0,
                touches=[
                    dm(
                        60,
                        "Hi, please take me off whatever list this is. I'm not interested in "
                        "hearing from recruiters, now or later.",
                    )
                ],
                excluded=True,
            ),
            pool(BENCH, "Cambridge, MA, USA")(
                "Anneliese Corcoran",
                2,
                touches=[
                    dm(
                        60,
                        "Can you unsubscribe me from the monthly Kendall biotech digest? Too "
                        "many emails. Real roles in cell therapy, yes please, message me here.",
                    )
                ],
            ),
        ],
        **role(BENCH_ROLE, KENDALL_HYBRID),
    ),
    C(
        "hostile call logged DNC vs no calls to the work line",
        "cs",
        [
            pool(QC, "Cork, Ireland")(
                "Declan Hurley",
                0,
                touches=[
                    call(
                        25,
                        "cand v hostile on call, said he's been hassled by 3 agencies & to never "
                        "ring or email again. DNC set.",
                    )
                ],
                excluded=True,
            ),
            pool(QC, "Cork, Ireland")(
                "Eoin Crowley",
                2,
                touches=[
                    call(
                        25,
                        "Cand asked us not to ring the lab landline again - his manager picked "
                        "up. Mobile/email fine. Still wants QC release work in Cork.",
                    )
                ],
            ),
        ],
        **role(QC_ROLE, CORK_ONSITE),
    ),
    C(
        "German: delete my data, no more contact vs not on the office number",
        "cs",
        [
            pool(QC, "Basel, Switzerland")(
                "Lukas Brändli",
                0,
                touches=[
                    mail(
                        50,
                        "Guten Tag, bitte löschen Sie meine Daten vollständig und kontaktieren "
                        "Sie mich künftig nicht mehr. Danke.",
                    )
                ],
                excluded=True,
            ),
            pool(QC, "Basel, Switzerland")(
                "Severin Ammann",
                2,
                touches=[
                    mail(
                        50,
                        "Bitte rufen Sie mich nicht mehr auf der Geschäftsnummer an. Per Mail "
                        "oder privat auf dem Handy gerne, ich bin weiterhin offen für QC-Stellen.",
                    )
                ],
            ),
        ],
        **role(QC_ROLE, BASEL_ONSITE, salary_min=95_000, salary_max=115_000, currency="CHF"),
    ),
    C(
        "French: stop sending me offers vs not for that one company",
        "cs",
        [
            pool(RA, "Saint-Louis, France")(
                "Mathilde Roussel",
                0,
                touches=[
                    mail(
                        40,
                        "Bonjour, merci de ne plus me contacter et de retirer mon profil de "
                        "votre base. Je ne souhaite plus recevoir d'offres. Cordialement.",
                    )
                ],
                excluded=True,
            ),
            pool(RA, "Saint-Louis, France")(
                "Camille Vauthier",
                2,
                touches=[
                    mail(
                        40,
                        "Bonjour, je ne veux plus être proposée chez Lonza, j'y ai déjà "
                        "travaillé. Pour d'autres entreprises à Bâle, volontiers.",
                    )
                ],
            ),
        ],
        **role(
            RA_ROLE,
            BASEL_HYBRID,
            description="Regulatory lead at a Basel biotech of 200 "
            "people (not Lonza) for two clinical-stage antibodies.",
        ),
    ),
    C(
        "Danish: do not contact me again vs write to my private email",
        "data_eng",
        [
            pool(BIOSTAT, "Copenhagen, Denmark", "data_eng")(
                "Mikkel Højgaard",
                0,
                touches=[
                    mail(
                        35,
                        "Jeg ønsker ikke at blive kontaktet igen. Slet venligst mine oplysninger.",
                    )
                ],
                excluded=True,
            ),
            pool(BIOSTAT, "Copenhagen, Denmark", "data_eng")(
                "Signe Damgaard",
                2,
                touches=[
                    mail(
                        35,
                        "Skriv gerne til min private mail fremover og ikke til arbejdsmailen. "
                        "Jeg er stadig interesseret i biostatistik-stillinger.",
                    )
                ],
            ),
        ],
        **role(STAT_ROLE, CPH_HYBRID),
    ),
    C(
        "Hindi WhatsApp: don't contact me again vs not on WhatsApp, email please",
        "cs",
        [
            pool(BIOSTAT, "Hyderabad, India")(
                "Raghav Malhotra",
                0,
                touches=[
                    dm(
                        20,
                        "kripya mujhe dobara contact mat kijiye. mujhe aapki naukri mein koi "
                        "dilchaspi nahi hai.",
                    )
                ],
                excluded=True,
            ),
            pool(BIOSTAT, "Hyderabad, India")(
                "Sowmya Reddy",
                2,
                touches=[
                    dm(
                        20,
                        "whatsapp pe mat bhejiye please, email kijiye. Principal level ke liye "
                        "interested hoon.",
                    )
                ],
            ),
        ],
        **role(STAT_ROLE, HYD_HYBRID, salary_min=3_500_000, salary_max=4_500_000, currency="INR"),
    ),
    C(
        "Hindi in Devanagari: never contact me vs only after office hours",
        "cs",
        [
            pool(QC, "Hyderabad, India")(
                "Anil Kumar Yadav",
                0,
                touches=[mail(55, "कृपया मुझसे दोबारा संपर्क न करें। मेरा नाम अपनी सूची से हटा दें।")],
                excluded=True,
            ),
            pool(QC, "Hyderabad, India")(
                "Deepika Rao",
                2,
                touches=[
                    mail(
                        55,
                        "ऑफिस के समय में फ़ोन मत कीजिए, शाम सात बजे के बाद ठीक है। QC की नौकरी में रुचि है।",
                    )
                ],
            ),
        ],
        **role(QC_ROLE, HYD_ONSITE),
    ),
    C(
        "leaving science for good vs leaving this CRO, not the field",
        "cs",
        [
            pool(CRA, "Boston, MA, USA")(
                "Harriet Kowalczyk",
                0,
                touches=[
                    call(
                        90,
                        "Spoke w/ Harriet. She's retraining as a teacher, out of clin ops for "
                        "good, asked us to close her file and not reach out again.",
                    )
                ],
                excluded=True,
            ),
            pool(CRA, "Boston, MA, USA")(
                "Josephine Adeyemi",
                2,
                touches=[
                    call(
                        90,
                        "Spoke w/ Josephine. Leaving her CRO (burnout from 12 sites), not "
                        "leaving clin ops. Wants sponsor-side with a lighter site load.",
                    )
                ],
            ),
        ],
        **role(CRA_ROLE, KENDALL_HYBRID, offers=["Sponsor-side, 6-7 sites per CRA"]),
    ),
    C(
        "stop contacting me vs stop until you send the feedback you owe me",
        "cs",
        [
            pool(MSL, "San Diego, CA, USA")(
                "Bartholomew Fenn",
                0,
                touches=[
                    mail(
                        40,
                        "Stop contacting me. I've asked twice. If I get another email I'll file "
                        "a complaint.",
                    )
                ],
                excluded=True,
            ),
            pool(MSL, "San Diego, CA, USA")(
                "Marisol Ibarra",
                2,
                touches=[
                    mail(
                        40,
                        "Before you send me anything new, I'd really like the feedback from the "
                        "panel in August - I never got it. After that, happy to talk about "
                        "oncology MSL roles in SoCal.",
                    )
                ],
            ),
        ],
        **role(MSL_ROLE, US_FIELD, location="San Diego, CA, USA (field: Southern California)"),
    ),
    C(
        "ATS: unsubscribed from all comms vs paused job alerts only",
        "data_eng",
        [
            pool(BIOSTAT, "Cambridge, UK", "data_eng")(
                "Alistair Pennhollin",
                0,
                touches=[
                    ats(
                        70,
                        "cand unsubscrbd from ALL comms via portal + emailed to confirm. "
                        "no further contact.",
                    )
                ],
                excluded=True,
            ),
            pool(BIOSTAT, "Cambridge, UK", "data_eng")(
                "Fiona Macaulay",
                2,
                touches=[
                    ats(
                        70,
                        "cand paused the automated job alerts (too many) - asked for "
                        "personal msgs from a recruiter instead when smthg senior comes up",
                    )
                ],
            ),
        ],
        **role(STAT_ROLE, CAMUK_HYBRID),
    ),
    C(
        "a long ramble that ends in a removal vs a long ramble about one hiring manager",
        "cs",
        [
            pool(MFG, "Dublin, Ireland")(
                "Padraig Tierney",
                0,
                touches=[
                    call(
                        35,
                        "Long chat. He's doing 4-on-4-off at a fill-finish site in Grange "
                        "Castle, likes the crew, car's in the garage so he's getting the bus, "
                        "mentioned his daughter's starting college in Galway. Then said he's "
                        "done with recruiters full stop - remove him and don't call again.",
                    )
                ],
                excluded=True,
            ),
            pool(MFG, "Dublin, Ireland")(
                "Niamh Gallachreevy",
                2,
                touches=[
                    call(
                        35,
                        "Long chat. On days at a drug-substance plant in Dublin 15, gowning "
                        "up 3x a shift, enjoys upstream. Said never put her forward to the "
                        "Clonee team again - the HM there was rude. Anyone else, go for it.",
                    )
                ],
            ),
        ],
        **role(
            MFG_ROLE,
            DUBLIN_ONSITE,
            description="Upstream cell culture at our Swords biologics plant.",
        ),
    ),
    C(
        "Singapore: remove my personal data under the PDPA vs change of handphone number",
        "cs",
        [
            pool(MFG, "Singapore")(
                "Tan Wei Ming",
                0,
                touches=[
                    mail(
                        60,
                        "Under the PDPA I withdraw consent for you to keep or use my personal "
                        "data. Please delete it and cease all contact.",
                    )
                ],
                excluded=True,
            ),
            pool(MFG, "Singapore")(
                "Nur Aisyah binte Rahman",
                2,
                touches=[
                    mail(
                        60,
                        "Hi, I changed my handphone number, new one is +65 9000 1234. Still "
                        "looking at MA roles in Tuas, thanks!",
                    )
                ],
            ),
        ],
        **role(
            MFG_ROLE,
            SG_ONSITE,
            salary_min=54_000,
            salary_max=72_000,
            currency="SGD",
            offers=["Monthly salary SGD 4,500-6,000 plus AWS"],
        ),
    ),
]
# --- 2. waits counted from the day said, each beside a twin whose wait has run out ---------

WAITS = [
    C(
        "three months' notice handed in last week vs three months' notice handed in in June",
        "cs",
        [
            pool(QC, "Cork, Ireland")(
                "Siobhan Delaney", 1, ("Handed in my notice last Friday - it's 3 months.", 10)
            ),
            pool(QC, "Cork, Ireland")(
                "Aoife Lenihan", 2, ("Handed in my notice today, 3 months.", 165)
            ),
        ],
        **role(QC_ROLE, CORK_ONSITE),
    ),
    C(
        "waiting on a PDUFA date in January vs a PDUFA that came in August",
        "cs",
        [
            pool(RA, "Princeton, NJ, USA")(
                "Cornelius Oyelaran",
                1,
                ("Not moving until our PDUFA date on Jan 15 - I'm the reg lead on the NDA.", 30),
            ),
            pool(RA, "Princeton, NJ, USA")(
                "Beatrix Hollingsworth",
                2,
                ("Won't move before our PDUFA on August 20th, then let's talk.", 160),
            ),
        ],
        **role(RA_ROLE, NJ_ONSITE),
    ),
    C(
        "after the Phase II readout next quarter vs after the readout that happened in summer",
        "cs",
        [
            pool(BENCH, "San Diego, CA, USA")(
                "Leopoldo Garza",
                1,
                touches=[
                    call(
                        14,
                        "Cand wants to see the Phase II readout through - topline expected "
                        "end of Q1 next year. Asked us to come back after that.",
                    )
                ],
            ),
            pool(BENCH, "San Diego, CA, USA")(
                "Imogen Thackholt",
                2,
                touches=[
                    call(
                        150,
                        "Cand wants to stay for the Phase II readout in July, then open to "
                        "moving. Come back after.",
                    )
                ],
            ),
        ],
        **role(BENCH_ROLE, SD_ONSITE),
    ),
    C(
        "after JPM in January vs after ASCO in June",
        "cs",
        [
            pool(MSL, "Boston, MA, USA")(
                "Quincy Haverford",
                1,
                touches=[dm(12, "slammed until after JPM in January, ping me then")],
            ),
            pool(MSL, "Boston, MA, USA")(
                "Rosalind Achterhoevel",
                2,
                touches=[dm(200, "slammed until after ASCO in June, ping me after")],
            ),
        ],
        **role(MSL_ROLE, US_FIELD, location="Boston, MA, USA (field: New England)"),
    ),
    C(
        "German: after the Fasnacht vs after the summer holidays, said in spring",
        "cs",
        [
            pool(BENCH, "Basel, Switzerland")(
                "Jonas Bürgin",
                1,
                ("Bitte erst nach der Fasnacht wieder melden, vorher ist bei uns Hochbetrieb.", 18),
            ),
            pool(BENCH, "Basel, Switzerland")(
                "Regula Stöcklin",
                2,
                ("Bitte erst nach den Sommerferien wieder melden.", 190),
            ),
        ],
        **role(BENCH_ROLE, BASEL_ONSITE, salary_min=125_000, salary_max=150_000, currency="CHF"),
    ),
    C(
        "French: not before spring vs not before the autumn, said in March",
        "cs",
        [
            pool(CRA, "Geneva, Switzerland")(
                "Héloïse Marchand",
                1,
                ("Pas avant le printemps prochain, je termine une étude pivot.", 21),
            ),
            pool(CRA, "Geneva, Switzerland")(
                "Apolline Giraud",
                2,
                ("Pas avant la rentrée de septembre, je termine une étude pivot.", 245),
            ),
        ],
        **role(CRA_ROLE, BASEL_HYBRID),
    ),
    C(
        "Danish: after Christmas vs after the summer holiday, said in June",
        "data_eng",
        [
            pool(BIOSTAT, "Copenhagen, Denmark", "data_eng")(
                "Rasmus Kjærlykke", 1, ("Kontakt mig igen efter jul, tak.", 16)
            ),
            pool(BIOSTAT, "Copenhagen, Denmark", "data_eng")(
                "Freja Lindholm", 2, ("Kontakt mig igen efter sommerferien.", 170)
            ),
        ],
        **role(STAT_ROLE, CPH_HYBRID),
    ),
    C(
        "Hindi: after Holi vs after Diwali, said in October",
        "cs",
        [
            pool(BIOSTAT, "Hyderabad, India")(
                "Karthik Subramanyapuram",
                1,
                touches=[dm(9, "Holi ke baad baat karte hain, abhi project deadline hai.")],
            ),
            pool(BIOSTAT, "Hyderabad, India")(
                "Meenakshi Iyer",
                2,
                touches=[dm(40, "Diwali ke baad baat karte hain, abhi project deadline hai.")],
            ),
        ],
        **role(STAT_ROLE, HYD_HYBRID),
    ),
    C(
        "on maternity leave until June vs back from maternity leave in September",
        "cs",
        [
            pool(MSL, "London, UK")(
                "Abena Osei",
                1,
                ("On maternity leave till next June, please don't pitch anything before then.", 45),
            ),
            pool(MSL, "London, UK")(
                "Clementine Ashdownholt",
                2,
                ("Back from mat leave in September - open to hearing about roles after that.", 150),
            ),
        ],
        **role(MSL_ROLE, UK_REMOTE, location="Remote (UK), field: South East"),
    ),
    C(
        "a retention bonus paying out in April vs one that paid out in May",
        "cs",
        [
            pool(MFG, "South San Francisco, CA, USA")(
                "Dmitri Volkonsky",
                1,
                touches=[
                    call(
                        20,
                        "Retention bonus from the acquisition vests April 1. Won't leave a "
                        "dollar on the table - call after.",
                    )
                ],
            ),
            pool(MFG, "South San Francisco, CA, USA")(
                "Esperanza Villalobos",
                2,
                touches=[
                    call(
                        220,
                        "Retention bonus from the acquisition vests May 1. Won't leave a dollar "
                        "on the table - call after.",
                    )
                ],
            ),
        ],
        **role(MFG_ROLE, SSF_ONSITE),
    ),
    C(
        "ATS shorthand: n/i till end Q1 vs n/i till end Q2, logged in spring",
        "cs",
        [
            pool(CRA, "Hyderabad, India")(
                "Vikram Choudhary",
                1,
                touches=[ats(8, "cand n/i till end Q1 - study lock. f/u Apr")],
            ),
            pool(CRA, "Hyderabad, India")(
                "Lakshmi Narayanaswamikutty",
                2,
                touches=[ats(230, "cand n/i till end Q2 - study lock. f/u Jul")],
            ),
        ],
        **role(CRA_ROLE, HYD_HYBRID),
    ),
    C(
        "a vesting cliff next year vs a cliff already passed",
        "cs",
        [
            pool(BENCH, "South San Francisco, CA, USA")(
                "Thaddeus Moreland",
                1,
                ("Hit my one-year cliff in February - not moving before that.", 25),
            ),
            pool(BENCH, "South San Francisco, CA, USA")(
                "Winifred Castellbrook",
                2,
                ("Hit my one-year cliff in February - not moving before that.", 320),
            ),
        ],
        **role(BENCH_ROLE, SSF_HYBRID),
    ),
    C(
        "a six-month secondment just started vs one that ended",
        "cs",
        [
            pool(RA, "Dublin, Ireland")(
                "Orla Kavanarragh",
                1,
                touches=[
                    mail(
                        15,
                        "Started a six-month secondment to the EMA liaison team two weeks ago "
                        "- I've committed to seeing it out, so nothing until it ends please.",
                    )
                ],
            ),
            pool(RA, "Dublin, Ireland")(
                "Grainne Molcarrick",
                2,
                touches=[
                    mail(
                        240,
                        "Started a six-month secondment to the EMA liaison team two weeks ago "
                        "- I've committed to seeing it out, so nothing until it ends please.",
                    )
                ],
            ),
        ],
        **role(RA_ROLE, DUBLIN_HYBRID),
    ),
    C(
        "lower-case text: give it a couple of months vs the same said in spring",
        "cs",
        [
            pool(MFG, "Cork, Ireland")(
                "Tadhg O'Riordan",
                1,
                touches=[dm(6, "new baby last week!! give it a couple months")],
            ),
            pool(MFG, "Cork, Ireland")(
                "Ciara Buckley",
                2,
                touches=[dm(210, "new baby last week!! give it a couple months")],
            ),
        ],
        **role(MFG_ROLE, CORK_ONSITE),
    ),
    C(
        "waiting on an IPO lock-up ending in May vs a lock-up that ended",
        "cs",
        [
            pool(BIOSTAT, "Cambridge, MA, USA")(
                "Mortimer Blakeslee",
                1,
                touches=[
                    call(
                        22,
                        "We IPO'd in Oct. He's staying till the 180-day lock-up ends in the "
                        "spring (April-ish), then open.",
                    )
                ],
            ),
            pool(BIOSTAT, "Cambridge, MA, USA")(
                "Philippa Rathbone",
                2,
                touches=[
                    call(
                        300,
                        "They IPO'd in Sept. She's staying till the 180-day lock-up ends in "
                        "March, then open.",
                    )
                ],
            ),
        ],
        **role(STAT_ROLE, KENDALL_HYBRID),
    ),
    C(
        "a grant renewal decided in March vs a grant decided last spring",
        "cs",
        [
            pool(BENCH, "Oxford, UK")(
                "Cressida Wyndham",
                1,
                touches=[
                    mail(
                        28,
                        "My Wellcome renewal is decided at the March panel. I can't look until "
                        "I know - if it fails, I'm all yours.",
                    )
                ],
            ),
            pool(BENCH, "Oxford, UK")(
                "Barnaby Ellery",
                2,
                touches=[
                    mail(
                        280,
                        "My MRC renewal is decided at the May panel. I can't look until I know "
                        "- if it fails, I'm all yours.",
                    )
                ],
            ),
        ],
        **role(BENCH_ROLE, OXFORD_ONSITE, salary_min=55_000, salary_max=68_000, currency="GBP"),
    ),
    # notes full of dates that ask for no wait
    C(
        "a note full of dates asking for no wait vs a real wait",
        "cs",
        [
            pool(CRA, "Dublin, Ireland")(
                "Brendan Mulcahane",
                2,
                touches=[
                    call(
                        12,
                        "Free to interview any day from now. Did his last SIV on 3 Nov, "
                        "close-out 17 Nov, notice is 1 month. Available to start early Jan.",
                    )
                ],
            ),
            pool(CRA, "Dublin, Ireland")(
                "Roisin Flanagan",
                1,
                touches=[call(12, "Asked us to hold off until after her wedding in April.")],
            ),
        ],
        **role(CRA_ROLE, DUBLIN_HYBRID),
    ),
    C(
        "dates of past jobs and a conference attended vs no dates at all",
        "cs",
        [
            pool(MSL, "San Diego, CA, USA")(
                "Evangeline Mossbrackley",
                2,
                touches=[
                    mail(
                        18,
                        "Quick update: left Amgen in March 2024, joined a Series C in June, "
                        "presented at ESMO in October. Interviewing now - send me what you "
                        "have.",
                    )
                ],
            ),
            pool(MSL, "San Diego, CA, USA")("Lorcan Whitfieldholt", 1),
        ],
        **role(MSL_ROLE, US_FIELD, location="San Diego, CA, USA (field: Southern California)"),
    ),
    C(
        "ATS log of dated touchpoints, available now vs not before the new year",
        "cs",
        [
            pool(QC, "Singapore")(
                "Limkoh Jia Hui",
                2,
                touches=[
                    ats(
                        10,
                        "12/10 tel scrn ok; 19/10 HM int (withdrawn - role frozen); 02/11 "
                        "cand ok to be sub'd to other sites, avail immediately",
                    )
                ],
            ),
            pool(QC, "Singapore")(
                "Goh Shu Fen",
                1,
                touches=[ats(10, "cand asked - no moves before CNY, f/u after")],
            ),
        ],
        **role(QC_ROLE, SG_ONSITE),
    ),
]
# --- 3. schedule, travel, visa and right to work, contract, commute -------------------------

NIGHTS = dict(offers=["Rotating 12-hour shifts: 4 on, 4 off, days and nights"])

SCHEDULE = [
    C(
        "no more nights vs fine with nights, 4-on-4-off role",
        "cs",
        [
            pool(MFG, "Cork, Ireland")(
                "Colm Heffernan", 0, "Finished with nights - days only, my sleep is wrecked."
            ),
            pool(MFG, "Cork, Ireland")(
                "Sorcha Whelan", 2, "Happy on a 4-on-4-off with nights, the days off suit me."
            ),
        ],
        **role(MFG_ROLE, CORK_ONSITE, **NIGHTS),
    ),
    C(
        "days-only ask, role is Monday to Friday days vs someone wanting shift premium",
        "cs",
        [
            pool(QC, "Singapore")(
                "Chua Kai Xiang",
                2,
                touches=[call(40, "Wants office hours only, Mon-Fri, no rotating shifts.")],
            ),
            pool(QC, "Singapore")(
                "Siti Hajar",
                1,
                touches=[call(40, "Likes rotating shifts for the allowance, would miss it.")],
            ),
        ],
        **role(QC_ROLE, SG_ONSITE, offers=["Day shift, Monday to Friday, 8:30-17:30"]),
    ),
    C(
        "school-run hours vs no constraint, early-start lab",
        "cs",
        [
            pool(BENCH, "Cambridge, UK")(
                "Henrietta Blay",
                0,
                "Can only work 9:30 to 3 because of the school run - part-time hours only.",
            ),
            pool(BENCH, "Cambridge, UK")("Rupert Lanyon", 2),
        ],
        **role(BENCH_ROLE, CAMUK_ONSITE, offers=["Full-time, 7:30 starts on culture days"]),
    ),
    C(
        "Danish: no evening shifts vs evenings fine, evening-shift role",
        "cs",
        [
            pool(QC, "Copenhagen, Denmark")(
                "Kasper Nørgaardlund", 0, "Jeg kan ikke tage aftenvagter længere."
            ),
            pool(QC, "Copenhagen, Denmark")(
                "Line Mortensen", 2, "Aftenvagter passer mig fint, gerne faste aftener."
            ),
        ],
        **role(QC_ROLE, CPH_ONSITE, offers=["Fixed evening shift, 15:00-23:00, weekdays"]),
    ),
]

TRAVEL = [
    C(
        "CRA: max one overnight a week vs happy on the road, 60% travel role",
        "cs",
        [
            pool(CRA, "Boston, MA, USA")(
                "Lydia Vanterpool",
                0,
                touches=[
                    call(50, "Caps travel at one overnight a week - has an elderly dad at home.")
                ],
            ),
            pool(CRA, "Boston, MA, USA")(
                "Everett Cavanagh",
                2,
                touches=[
                    call(50, "Loves being on the road, 3 nights a week is fine, Marriott status.")
                ],
            ),
        ],
        **role(
            CRA_ROLE,
            US_FIELD,
            location="Remote (USA), Northeast sites",
            offers=["Up to 60% travel, two to three overnights a week"],
        ),
    ),
    C(
        "wants less travel, role is 20% vs wants more travel",
        "cs",
        [
            pool(CRA, "Dublin, Ireland")(
                "Maeve Donoghue",
                2,
                "Done with 70% travel at the CRO - looking for something under 25%.",
            ),
            pool(CRA, "Dublin, Ireland")(
                "Kieran Sheehy",
                1,
                "Wants to travel more, ideally across Europe.",
            ),
        ],
        **role(
            CRA_ROLE, DUBLIN_HYBRID, offers=["About 20% travel, mostly day trips to Irish sites"]
        ),
    ),
    C(
        "MSL: won't cover more than a state vs open to a multi-state territory",
        "cs",
        [
            pool(MSL, "Denver, CO, USA")(
                "Augustina Pereyra",
                0,
                touches=[
                    mail(
                        60,
                        "I'd only consider a territory I can drive in a day - Colorado only, no "
                        "flying.",
                    )
                ],
            ),
            pool(MSL, "Denver, CO, USA")(
                "Nathaniel Broadbent",
                2,
                touches=[mail(60, "Big territories don't bother me, I fly a lot already.")],
            ),
        ],
        **role(
            MSL_ROLE,
            US_FIELD,
            location="Denver, CO, USA (field: Mountain West, 6 states)",
            offers=["Territory: CO, UT, WY, MT, ID, NM - weekly flights"],
        ),
    ),
    C(
        "no driving licence vs driver, field role with a company car",
        "cs",
        [
            pool(MSL, "Cambridge, UK")("Tobias Ainsworth", 0, "Doesn't drive - no licence, fwiw."),
            pool(MSL, "Cambridge, UK")(
                "Verity Hollis", 2, "Happy driving, 25k miles a year is nothing."
            ),
        ],
        **role(
            MSL_ROLE,
            UK_REMOTE,
            location="Remote (UK), field: East of England",
            offers=["Company car, territory across East Anglia"],
        ),
    ),
    C(
        "past employer's heavy travel was the problem; this role has little",
        "cs",
        [
            pool(RA, "Basel, Switzerland")(
                "Ursula Zimmerli",
                2,
                touches=[
                    call(
                        80,
                        "Left her last job over monthly trips to the US FDA office - hates long-"
                        "haul.",
                    )
                ],
            ),
            pool(RA, "Basel, Switzerland")("Adrian Sutter", 1),
        ],
        **role(RA_ROLE, BASEL_HYBRID, offers=["No routine travel; FDA meetings are virtual"]),
    ),
    C(
        "won't fly abroad vs trips to Europe welcome, role with quarterly trips to Basel",
        "data_eng",
        [
            pool(BIOSTAT, "Hyderabad, India", "data_eng")(
                "Pranav Deshpande",
                0,
                touches=[
                    dm(25, "international travel not possible for me, family reasons. India only")
                ],
            ),
            pool(BIOSTAT, "Hyderabad, India", "data_eng")(
                "Ananya Bhattasarkar",
                2,
                touches=[dm(25, "would love some travel to the Basel HQ, never been to Europe")],
            ),
        ],
        **role(STAT_ROLE, HYD_HYBRID, offers=["Quarterly week-long trips to Basel"]),
    ),
    C(
        "German: little travel wanted vs lots of travel, a site-visit role",
        "cs",
        [
            pool(CRA, "Basel, Switzerland")(
                "Nadine Frey", 0, "Ich möchte höchstens zwei Reisetage pro Monat."
            ),
            pool(CRA, "Basel, Switzerland")(
                "Corinne Baumann", 2, "Reisen macht mir nichts aus, auch mehrere Nächte."
            ),
        ],
        **role(
            CRA_ROLE,
            BASEL_HYBRID,
            offers=[
                "Site visits across Switzerland and southern Germany, two to three nights a week"
            ],
        ),
    ),
    C(
        "Long note: happy to travel once the kids are older - they are grown now",
        "cs",
        [
            pool(CRA, "Cambridge, UK")(
                "Gwendolyn Ferrers",
                2,
                touches=[
                    call(
                        20,
                        "Catch-up. Kids both at uni now (youngest went to Leeds in Sept). Said "
                        "the no-overnights rule from 2022 is gone, she's free to travel again.",
                    )
                ],
            ),
            pool(CRA, "Cambridge, UK")(
                "Ophelia Strand",
                0,
                touches=[
                    call(
                        20,
                        "Catch-up. Youngest just started primary, so still no overnights at "
                        "all - same as when we last spoke.",
                    )
                ],
            ),
        ],
        **role(CRA_ROLE, UK_REMOTE, offers=["Two overnights a week at UK sites"]),
    ),
    C(
        "Singapore: regional trips refused vs wanted, APAC role",
        "cs",
        [
            pool(CRA, "Singapore")(
                "Ong Pei Ling", 0, "No regional travel - only Singapore sites please."
            ),
            pool(CRA, "Singapore")(
                "Marcus Teo", 2, "Keen on regional trials, KL and Bangkok trips welcome."
            ),
        ],
        **role(
            CRA_ROLE,
            SG_ONSITE,
            offers=["Monitoring in Singapore, Malaysia and Thailand, about 40% travel"],
        ),
    ),
    C(
        "travel limit was about flying; this role is drive-only",
        "cs",
        [
            pool(CRA, "Princeton, NJ, USA")(
                "Desmond Achebe",
                2,
                touches=[
                    mail(
                        70,
                        "I'll drive anywhere within the tri-state, but I'm not getting on planes "
                        "every week again.",
                    )
                ],
            ),
            pool(CRA, "Princeton, NJ, USA")("Lucinda Farrow", 1),
        ],
        **role(CRA_ROLE, NJ_ONSITE, offers=["Sites in NJ, NY and eastern PA, all driveable"]),
    ),
]

VISA = [
    C(
        "needs H-1B sponsorship, role cannot sponsor vs green card holder",
        "cs",
        [
            pool(BENCH, "Cambridge, MA, USA")(
                "Rohan Kulkarnipatil", 0, "On H-1B - needs a transfer and sponsorship to move."
            ),
            pool(BENCH, "Cambridge, MA, USA")(
                "Xiaoling Zhou", 2, "Green card came through in May, no sponsorship needed."
            ),
        ],
        **role(
            BENCH_ROLE,
            KENDALL_HYBRID,
            description="Build potency assays. We are unable to sponsor visas for this role.",
        ),
    ),
    C(
        "needs H-1B transfer, role sponsors vs no preference",
        "cs",
        [
            pool(BIOSTAT, "South San Francisco, CA, USA")(
                "Arjun Bhatnagar", 2, "Needs an H-1B transfer, already cap-exempt counted."
            ),
            pool(BIOSTAT, "South San Francisco, CA, USA")("Maribel Quintero", 1),
        ],
        **role(STAT_ROLE, SSF_HYBRID, offers=["H-1B transfers and green card sponsorship"]),
    ),
    C(
        "O-1 holder tied to her employer vs US citizen, no sponsorship role",
        "cs",
        [
            pool(BENCH, "San Diego, CA, USA")(
                "Elif Yıldırımtaş",
                0,
                touches=[
                    mail(
                        60,
                        "I'm on an O-1 so any new employer would need to file a new petition for "
                        "me.",
                    )
                ],
            ),
            pool(BENCH, "San Diego, CA, USA")(
                "Calvin Ostrander",
                2,
                touches=[mail(60, "US citizen, no paperwork needed. Still keen on cell therapy.")],
            ),
        ],
        **role(
            BENCH_ROLE,
            SD_ONSITE,
            description="Build potency assays for CAR-T. Candidates "
            "must already have the right to work in the US; no sponsorship.",
        ),
    ),
    C(
        "Ireland: needs a Critical Skills permit, role offers it vs Stamp 4",
        "cs",
        [
            pool(QC, "Cork, Ireland")(
                "Adebayo Ogunlewe-Ade", 2, "Needs a Critical Skills Employment Permit to move."
            ),
            pool(QC, "Cork, Ireland")("Ruairí Nestor", 1, "Irish citizen."),
        ],
        **role(QC_ROLE, CORK_ONSITE, offers=["We support Critical Skills Employment Permits"]),
    ),
    C(
        "Switzerland: needs a B permit from a third country vs cross-border G permit holder",
        "cs",
        [
            pool(RA, "Mulhouse, France")(
                "Sébastien Keller",
                2,
                touches=[
                    call(30, "Lives in Mulhouse, already holds a G permit (frontalier) - no issue.")
                ],
            ),
            pool(RA, "Boston, MA, USA")(
                "Hannah Greenberg",
                0,
                touches=[
                    call(
                        30,
                        "US citizen, would need a Swiss work permit; role says no permits from "
                        "outside EU/EFTA.",
                    )
                ],
            ),
        ],
        **role(
            RA_ROLE,
            BASEL_ONSITE,
            description="Regulatory lead on site in Basel. We cannot "
            "apply for work permits for non-EU/EFTA nationals.",
        ),
    ),
    C(
        "Singapore: Employment Pass needed, role supports EP vs PR holder without ask",
        "cs",
        [
            pool(MFG, "Kuala Lumpur, Malaysia")(
                "Farid Hakimi", 2, "Needs an Employment Pass to come across from KL."
            ),
            pool(MFG, "Singapore")("Leewah Xin Yi", 1),
        ],
        **role(MFG_ROLE, SG_ONSITE, offers=["Employment Pass sponsorship for the right person"]),
    ),
    C(
        "UK: Skilled Worker sponsorship needed, role cannot vs settled status",
        "cs",
        [
            pool(BIOSTAT, "Oxford, UK")(
                "Tomasz Wiśniewski",
                2,
                touches=[dm(40, "I have settled status so no visa needed")],
            ),
            pool(BIOSTAT, "Oxford, UK")(
                "Chinonso Eze",
                0,
                touches=[
                    dm(40, "My Graduate visa ends in Feb, I'll need Skilled Worker sponsorship")
                ],
            ),
        ],
        **role(
            STAT_ROLE,
            OXFORD_ONSITE,
            description="Lead statistics for a Phase III study. "
            "Sponsorship is not available for this position.",
        ),
    ),
    C(
        "spouse's visa, not hers: she has her own green card",
        "cs",
        [
            pool(CRA, "Boston, MA, USA")(
                "Yasmin Haddad",
                2,
                touches=[
                    call(
                        45,
                        "Her husband is on an H-1B renewal - she's a green-card holder herself, "
                        "needs nothing.",
                    )
                ],
            ),
            pool(CRA, "Boston, MA, USA")(
                "Kenji Watanukiyama",
                0,
                touches=[call(45, "He's on an H-1B - would need a transfer to any new sponsor.")],
            ),
        ],
        **role(
            CRA_ROLE,
            KENDALL_HYBRID,
            description="Monitor oncology sites in New England. No visa sponsorship.",
        ),
    ),
    C(
        "Hindi: US visa refused vs passport ready, role with US secondment",
        "cs",
        [
            pool(RA, "Hyderabad, India")(
                "Suresh Pillaikutty",
                0,
                touches=[
                    dm(
                        30,
                        "mera US visa do baar reject ho chuka hai, abroad wala kaam nahi ho payega",
                    )
                ],
            ),
            pool(RA, "Hyderabad, India")(
                "Neha Agarwal",
                2,
                touches=[dm(30, "B1 visa valid hai 2029 tak, US trips koi problem nahi")],
            ),
        ],
        **role(RA_ROLE, HYD_HYBRID, offers=["Six-month secondment to the New Jersey office"]),
    ),
    C(
        "H-1B cap lottery not won vs cap-exempt already",
        "cs",
        [
            pool(BIOSTAT, "Cambridge, MA, USA")(
                "Wenjie Liu",
                0,
                touches=[
                    ats(
                        25,
                        "cand on STEM OPT ending Jun; lost H-1B lottery x2. needs cap "
                        "sponsorship - role can't sponsor",
                    )
                ],
            ),
            pool(BIOSTAT, "Cambridge, MA, USA")(
                "Dariusz Kowal",
                2,
                touches=[ats(25, "cand US perm resident. no sponsorship")],
            ),
        ],
        **role(
            STAT_ROLE,
            KENDALL_HYBRID,
            description="Biostatistics lead. No visa sponsorship available.",
        ),
    ),
]

CONTRACT = [
    C(
        "perm only vs open to contract, FSP contract role",
        "cs",
        [
            pool(CRA, "Dublin, Ireland")(
                "Dervla Rafferty", 0, "Perm only - not going back on FSP contracts."
            ),
            pool(CRA, "Dublin, Ireland")(
                "Fergal Quinlan", 2, "Likes contracting, day rate suits him."
            ),
        ],
        **role(
            CRA_ROLE,
            DUBLIN_HYBRID,
            title="Senior CRA (12-month FSP contract)",
            offers=["12-month contract, day rate"],
        ),
    ),
    C(
        "wants perm after a string of contracts, perm role",
        "cs",
        [
            pool(QC, "San Diego, CA, USA")(
                "Giselle Arceneaux",
                2,
                touches=[dm(60, "3 contracts in 2 yrs, I just want a permanent job with benefits")],
            ),
            pool(QC, "San Diego, CA, USA")(
                "Howard Penhaligon", 1, touches=[dm(60, "contract or perm, whatever")]
            ),
        ],
        **role(QC_ROLE, SD_ONSITE, offers=["Permanent, full benefits"]),
    ),
    C(
        "fixed-term refused vs fixed-term fine, mat cover role",
        "cs",
        [
            pool(RA, "Cambridge, UK")(
                "Imelda Carstairs", 0, "Won't consider fixed-term or maternity cover."
            ),
            pool(RA, "Cambridge, UK")(
                "Lysander Pryce", 2, "A 12-month mat cover would be ideal while I finish my MSc."
            ),
        ],
        **role(
            RA_ROLE, CAMUK_HYBRID, title="Regulatory Affairs Manager (12-month maternity cover)"
        ),
    ),
    C(
        "part-time wanted, role is full-time vs full-time wanted",
        "data_eng",
        [
            pool(BIOSTAT, "Copenhagen, Denmark", "data_eng")(
                "Astrid Vesterlykke", 0, "Kun deltid, højst 25 timer om ugen."
            ),
            pool(BIOSTAT, "Copenhagen, Denmark", "data_eng")(
                "Jeppe Lauritsen", 2, "Fuld tid, gerne med ansvar."
            ),
        ],
        **role(STAT_ROLE, CPH_HYBRID, offers=["Full-time, 37 hours"]),
    ),
]

COMMUTE = [
    C(
        "won't cross the Tobin again vs lives in Somerville, Red Line",
        "cs",
        [
            pool(BENCH, "Revere, MA, USA")(
                "Dolores Mancuso",
                0,
                touches=[
                    call(
                        40,
                        "Lives in Revere. Said never again over the Tobin Bridge at rush hour into"
                        " Cambridge.",
                    )
                ],
            ),
            pool(BENCH, "Somerville, MA, USA")(
                "Ezra Lindqvist",
                2,
                touches=[call(40, "Davis Sq - 10 mins on the Red Line to Kendall, perfect.")],
            ),
        ],
        **role(BENCH_ROLE, KENDALL_ONSITE),
    ),
    C(
        "Ted Williams tunnel from East Boston vs commute limit 30 minutes",
        "cs",
        [
            pool(QC, "East Boston, MA, USA")(
                "Rosa Santangelo",
                2,
                touches=[dm(30, "through the ted williams is 15 min to the seaport, easy")],
            ),
            pool(QC, "Worcester, MA, USA")(
                "Gideon Marshholt",
                0,
                touches=[dm(30, "max 30 min each way, i'm in worcester so seaport is a no")],
            ),
        ],
        **role(QC_ROLE, dict(remote_policy="onsite", location="Boston Seaport, MA, USA")),
    ),
    C(
        "Bay Bridge from Oakland refused vs Caltrain from San Mateo fine",
        "cs",
        [
            pool(MFG, "Oakland, CA, USA")(
                "Tyrone Bascombe",
                0,
                touches=[
                    call(
                        55,
                        "Lives in Oakland, won't do the Bay Bridge to South City every day, 1h+ "
                        "each way.",
                    )
                ],
            ),
            pool(MFG, "San Mateo, CA, USA")(
                "Marisa Fujimoto",
                2,
                touches=[call(55, "Caltrain to South SF is 15 mins, then the shuttle. Easy.")],
            ),
        ],
        **role(MFG_ROLE, SSF_ONSITE),
    ),
    C(
        "Øresund bridge from Malmö: fine vs too far",
        "cs",
        [
            pool(QC, "Malmö, Sweden")(
                "Johan Ekström",
                2,
                touches=[mail(30, "Öresundståget to Ørestad is 25 min, I already commute it.")],
            ),
            pool(QC, "Helsingborg, Sweden")(
                "Elin Sandberg",
                0,
                touches=[
                    mail(30, "From Helsingborg it's 1h40 each way over the bridge - too much.")
                ],
            ),
        ],
        **role(QC_ROLE, CPH_ONSITE),
    ),
    C(
        "Jack Lynch tunnel: Carrigaline to Ringaskiddy fine vs Cork city north side, hates it",
        "cs",
        [
            pool(MFG, "Carrigaline, Cork, Ireland")(
                "Donal Cotter",
                2,
                touches=[dm(20, "carrigaline to ringaskiddy is 10 mins, grand")],
            ),
            pool(MFG, "Blarney, Cork, Ireland")(
                "Emer Twomey",
                0,
                touches=[
                    dm(
                        20,
                        "not doing the jack lynch tunnel twice a day from blarney, it's a car park"
                        " at 8",
                    )
                ],
            ),
        ],
        **role(MFG_ROLE, CORK_ONSITE),
    ),
    C(
        "M50 to Swords from Bray refused vs lives in Swords",
        "cs",
        [
            pool(QC, "Bray, Ireland")(
                "Conor Mahon",
                0,
                touches=[call(40, "Bray to Swords on the M50 = 1h15 at peak. Said no.")],
            ),
            pool(QC, "Swords, Ireland")(
                "Laoise Daly",
                2,
                touches=[call(40, "Lives in Swords, walks to the site.")],
            ),
        ],
        **role(QC_ROLE, dict(remote_policy="onsite", location="Swords, Dublin, Ireland")),
    ),
    C(
        "A14 from Huntingdon fine vs Guided busway commuter who won't drive",
        "cs",
        [
            pool(BENCH, "Huntingdon, UK")(
                "Jasper Kettlewell",
                2,
                touches=[dm(30, "A14 to Granta Park is about 35 min, fine by me")],
            ),
            pool(BENCH, "St Ives, UK")(
                "Persephone Oakes",
                0,
                touches=[
                    dm(
                        30,
                        "I don't drive - busway to the station only, so somewhere off the "
                        "Biomedical Campus or nothing",
                    )
                ],
            ),
        ],
        **role(
            BENCH_ROLE,
            dict(remote_policy="onsite", location="Granta Park, Cambridge, UK"),
            offers=["Site in Great Abington, car needed, no bus link"],
        ),
    ),
    C(
        "Hyderabad ORR: Gachibowli to Genome Valley too long vs lives in Shamirpet",
        "cs",
        [
            pool(QC, "Gachibowli, Hyderabad, India")(
                "Ravi Teja Bandaru",
                0,
                touches=[dm(35, "gachibowli se genome valley 1.5 hr ORR traffic, nahi ho payega")],
            ),
            pool(QC, "Shamirpet, Hyderabad, India")(
                "Swathi Goud",
                2,
                touches=[dm(35, "I stay in Shamirpet, Genome Valley is 15 min")],
            ),
        ],
        **role(QC_ROLE, HYD_ONSITE),
    ),
    C(
        "Oxford: Park and Ride fine vs a two-train commute from Reading refused",
        "cs",
        [
            pool(BIOSTAT, "Kidlington, UK")(
                "Hamish Drumcairnie",
                2,
                touches=[call(50, "Kidlington, bus to Headington 25 mins. No issue.")],
            ),
            pool(BIOSTAT, "Reading, UK")(
                "Felicity Arbuthwaite",
                0,
                touches=[
                    call(
                        50,
                        "Reading to Headington is two trains and a bus, over an hour - won't do it"
                        " five days.",
                    )
                ],
            ),
        ],
        **role(STAT_ROLE, dict(remote_policy="onsite", location="Headington, Oxford, UK")),
    ),
    C(
        "New Jersey: Turnpike from Hoboken refused vs NJ Transit to Princeton Junction fine",
        "cs",
        [
            pool(RA, "Hoboken, NJ, USA")(
                "Vincent Lombardi",
                0,
                touches=[
                    mail(
                        30,
                        "Hoboken to Princeton on the Turnpike every day is 75+ mins. Not doing it.",
                    )
                ],
            ),
            pool(RA, "New Brunswick, NJ, USA")(
                "Akosua Mensah-Kwarteng",
                2,
                touches=[
                    mail(30, "NJ Transit from New Brunswick, 20 mins to Princeton Junction. Fine.")
                ],
            ),
        ],
        **role(RA_ROLE, NJ_ONSITE),
    ),
    C(
        "Basel: tram from Allschwil fine vs the Hauenstein from Olten too far",
        "cs",
        [
            pool(QC, "Allschwil, Switzerland")(
                "Beat Schaub",
                2,
                touches=[
                    mail(25, "Mit dem Tram 8 bin ich in 20 Minuten auf dem Campus, kein Problem.")
                ],
            ),
            pool(QC, "Olten, Switzerland")(
                "Monika Wyss",
                0,
                touches=[
                    mail(25, "Von Olten jeden Tag nach Basel ist mir zu weit, über eine Stunde.")
                ],
            ),
        ],
        **role(QC_ROLE, BASEL_ONSITE),
    ),
]
# --- 4. pay against the band ----------------------------------------------------------------

PAY = [
    C(
        "USD floor above the band vs ask inside it",
        "cs",
        [
            pool(BIOSTAT, "Cambridge, MA, USA")(
                "Lionel Featherholt", 0, "Won't move for less than $230k base."
            ),
            pool(BIOSTAT, "Cambridge, MA, USA")(
                "Marguerite Oduya", 2, "Looking for around $185k base plus bonus."
            ),
        ],
        **role(STAT_ROLE, KENDALL_HYBRID, salary_min=170_000, salary_max=195_000, currency="USD"),
    ),
    C(
        "current pay above the band but a lower ask vs current pay far under",
        "cs",
        [
            pool(RA, "Basel, Switzerland")(
                "Dominik Häfliger",
                2,
                touches=[
                    call(
                        30,
                        "On CHF 165k now at big pharma, but would take 140k for a smaller biotech "
                        "with more scope.",
                    )
                ],
            ),
            pool(RA, "Basel, Switzerland")(
                "Yvonne Rüegg",
                0,
                touches=[call(30, "Minimum CHF 175k, not negotiable.")],
            ),
        ],
        **role(
            RA_ROLE,
            BASEL_HYBRID,
            salary_min=130_000,
            salary_max=150_000,
            currency="CHF",
            offers=["CHF 130-150k over 13 salaries"],
        ),
    ),
    C(
        "GBP: ask within band vs ask well above",
        "cs",
        [
            pool(BENCH, "Cambridge, UK")("Horatio Bramwell", 0, "Needs £80k minimum to move."),
            pool(BENCH, "Cambridge, UK")("Isadora Penroseholt", 2, "Would move for £58k or so."),
        ],
        **role(BENCH_ROLE, CAMUK_HYBRID, salary_min=52_000, salary_max=62_000, currency="GBP"),
    ),
    C(
        "SGD monthly ask inside an annual band vs above",
        "cs",
        [
            pool(QC, "Singapore")(
                "Koh Boon Keng", 2, touches=[dm(20, "expecting around 5.5k a month")]
            ),
            pool(QC, "Singapore")(
                "Wong Mei Lan", 0, touches=[dm(20, "need at least SGD 8k/month basic")]
            ),
        ],
        **role(
            QC_ROLE,
            SG_ONSITE,
            salary_min=60_000,
            salary_max=72_000,
            currency="SGD",
            offers=["SGD 5,000-6,000 a month plus AWS"],
        ),
    ),
    C(
        "INR lakhs: 32 LPA ask in a 30-40 band vs 60 LPA",
        "cs",
        [
            pool(BIOSTAT, "Hyderabad, India")(
                "Harish Venugopal", 2, touches=[ats(30, "cand CTC 26 LPA, exp 32 LPA")]
            ),
            pool(BIOSTAT, "Hyderabad, India")(
                "Kavitha Srinivasan", 0, touches=[ats(30, "cand CTC 48 LPA, exp 60 LPA firm")]
            ),
        ],
        **role(STAT_ROLE, HYD_HYBRID, salary_min=3_000_000, salary_max=4_000_000, currency="INR"),
    ),
    C(
        "hourly contract rate inside vs outside",
        "cs",
        [
            pool(CRA, "San Diego, CA, USA")(
                "Beatriz Montalbarra", 2, "Contract rate of $75/hr W2 is what I'm after."
            ),
            pool(CRA, "San Diego, CA, USA")(
                "Clifford Ashby", 0, "Won't contract for under $120/hr."
            ),
        ],
        **role(
            CRA_ROLE,
            SD_ONSITE,
            title="Senior CRA (contract, W2 hourly)",
            salary_min=140_000,
            salary_max=160_000,
            currency="USD",
            offers=["$70-80 per hour W2, 12 months"],
        ),
    ),
    C(
        "EUR day rate inside vs above, Dublin contract",
        "cs",
        [
            pool(RA, "Dublin, Ireland")("Sinead Fallon", 2, "Day rate around €550 is fine."),
            pool(RA, "Dublin, Ireland")("Garret Mooney", 0, "€900 a day or I'm not interested."),
        ],
        **role(
            RA_ROLE,
            DUBLIN_HYBRID,
            title="Regulatory Affairs Manager (6-month contract)",
            salary_min=110_000,
            salary_max=130_000,
            currency="EUR",
            offers=["€500-600 per day"],
        ),
    ),
    C(
        "declined over DKK pay; band now higher vs no history",
        "data_eng",
        [
            pool(BIOSTAT, "Copenhagen, Denmark", "data_eng")(
                "Troels Bech",
                2,
                apps=[
                    said_no(
                        260,
                        "compensation",
                        "Wanted DKK 70k/month; we capped at 60k",
                        past=dict(
                            remote_policy="hybrid",
                            location="Copenhagen, Denmark",
                            salary_max=720_000,
                            currency="DKK",
                        ),
                        role="Principal Biostatistician",
                    )
                ],
            ),
            pool(BIOSTAT, "Copenhagen, Denmark", "data_eng")("Ida Skov", 1),
        ],
        **role(
            STAT_ROLE,
            CPH_HYBRID,
            salary_min=800_000,
            salary_max=900_000,
            currency="DKK",
            offers=["DKK 67-75k a month plus pension"],
        ),
    ),
]

# --- 5. work mode in the title only, the description only, hybrid days; negation ----------

WORK_MODE = [
    C(
        "remote said only in the title",
        "data_eng",
        [
            pool(BIOSTAT, "Denver, CO, USA", "data_eng")(
                "Marigold Pettersen", 2, "Fully remote only - moved to the mountains."
            ),
            pool(BIOSTAT, "Denver, CO, USA", "data_eng")(
                "Horace Lindley", 0, "Wants to be in an office with the stats team every day."
            ),
        ],
        **role(
            STAT_ROLE,
            dict(location="United States"),
            title="Principal Biostatistician (Remote, US)",
        ),
    ),
    C(
        "on-site said only in the description",
        "cs",
        [
            pool(BIOSTAT, "Waltham, MA, USA")(
                "Cordelia Ashcombe", 0, "Remote or nothing, not commuting again."
            ),
            pool(BIOSTAT, "Waltham, MA, USA")(
                "Ignatius Ferro", 2, "Wants to be back with colleagues in person."
            ),
        ],
        **role(
            STAT_ROLE,
            dict(location="Waltham, MA, USA"),
            description="Lead Phase III "
            "statistics. This is a fully on-site role, five days a week in Waltham.",
        ),
    ),
    C(
        "two hybrid days fine vs max one day, three-day hybrid",
        "cs",
        [
            pool(RA, "Cambridge, MA, USA")(
                "Philomena Grady", 0, "One day a week in the office max."
            ),
            pool(RA, "Cambridge, MA, USA")(
                "Sebastian Crowther", 2, "Three days in Kendall is fine, I like the buzz."
            ),
        ],
        **role(RA_ROLE, KENDALL_HYBRID),
    ),
    C(
        "German: home office wanted vs office wanted, remote role",
        "data_eng",
        [
            pool(BIOSTAT, "Basel, Switzerland", "data_eng")(
                "Stefan Gysin", 2, "Ich möchte nur noch im Homeoffice arbeiten."
            ),
            pool(BIOSTAT, "Basel, Switzerland", "data_eng")(
                "Martina Vögeli", 1, "Ich bin gern im Büro, aber flexibel."
            ),
        ],
        **role(STAT_ROLE, EU_REMOTE, location="Remote (Switzerland or EU)"),
    ),
    C(
        "lab role, remote seeker vs bench-happy scientist",
        "cs",
        [
            pool(BENCH, "San Diego, CA, USA")(
                "Florian Engstrom", 0, "Wants to move to a fully remote computational role."
            ),
            pool(BENCH, "San Diego, CA, USA")(
                "Priscilla Okonjo", 2, "Misses the bench - wants to be in the lab every day."
            ),
        ],
        **role(BENCH_ROLE, SD_ONSITE),
    ),
]


NEGATIONS = [
    C(
        "negation: 'not against weekend cover' vs no weekends at all",
        "cs",
        [
            pool(QC, "Dublin, Ireland")(
                "Shane Madigan",
                2,
                touches=[dm(30, "I'm not against the odd weekend cover if it's rostered fairly")],
            ),
            pool(QC, "Dublin, Ireland")(
                "Ailbhe Corrigan",
                0,
                touches=[dm(30, "weekends are for my kids, can't do any weekend cover at all")],
            ),
        ],
        **role(QC_ROLE, DUBLIN_ONSITE, offers=["One weekend in four on the stability rota"]),
    ),
    C(
        "negation: 'not remote-only' vs remote-only, hybrid role",
        "cs",
        [
            pool(RA, "London, UK")(
                "Ottoline Garside",
                2,
                touches=[dm(30, "I'm not remote-only btw, a couple of office days is good for me")],
            ),
            pool(RA, "London, UK")(
                "Benedict Ashworth",
                0,
                touches=[dm(30, "remote-only from now on, no office days")],
            ),
        ],
        **role(
            RA_ROLE,
            dict(
                remote_policy="hybrid",
                location="London, UK",
                offers=["Two office days a week at King's Cross"],
            ),
        ),
    ),
    C(
        "negation scope: 'the office wasn't the problem, the hours were'",
        "cs",
        [
            pool(QC, "Princeton, NJ, USA")(
                "Abigail Trent",
                2,
                apps=[
                    said_no(
                        200,
                        "other",
                        "The on-site part wasn't the problem - the 6am starts were",
                        role="QC Analyst II",
                    )
                ],
            ),
            pool(QC, "Princeton, NJ, USA")(
                "Morris Delacroix",
                0,
                apps=[
                    said_no(
                        200,
                        "remote_policy",
                        "Wouldn't do five days on site",
                        role="QC Analyst II",
                    )
                ],
            ),
        ],
        **role(QC_ROLE, NJ_ONSITE, offers=["Day shift 9-5:30, five days on site"]),
    ),
]

# --- 6. location, level, stage and size, industry and mission, technology -------------------

LOCATION = [
    C(
        "relocating to Basel for a partner vs staying in Boston",
        "cs",
        [
            pool(RA, "Boston, MA, USA")(
                "Ellery Vantongeren",
                2,
                touches=[
                    mail(
                        40,
                        "My wife starts at Roche in Basel in February - I'm moving with her and "
                        "need a role there.",
                    )
                ],
            ),
            pool(RA, "Boston, MA, USA")(
                "Judith Koenig",
                0,
                touches=[mail(40, "Rooted in Boston, not relocating anywhere.")],
            ),
        ],
        **role(RA_ROLE, BASEL_ONSITE),
    ),
    C(
        "won't leave Cork vs would move to Dublin",
        "cs",
        [
            pool(QC, "Cork, Ireland")("Mairead Cronin", 0, "Cork only, not moving up to Dublin."),
            pool(QC, "Cork, Ireland")(
                "Fionn Hegarty", 2, "Would move to Dublin for the right job."
            ),
        ],
        **role(QC_ROLE, DUBLIN_ONSITE),
    ),
    C(
        "husband's transfer she is not following vs moving to San Diego",
        "cs",
        [
            pool(BENCH, "Boston, MA, USA")(
                "Rebecca Steinfeld",
                0,
                touches=[
                    call(
                        50,
                        "Her husband's firm is moving him to San Diego but she's staying in Boston"
                        " with the kids, they'll do long-distance.",
                    )
                ],
            ),
            pool(BENCH, "Boston, MA, USA")(
                "Isaac Prentiss",
                2,
                touches=[
                    call(
                        50,
                        "He's relocating to San Diego in January, wants to line something up "
                        "there.",
                    )
                ],
            ),
        ],
        **role(BENCH_ROLE, SD_ONSITE),
    ),
    C(
        "Copenhagen to Bagsværd fine vs moving back to Aarhus",
        "cs",
        [
            pool(MFG, "Copenhagen, Denmark")(
                "Nikolaj Brandt",
                0,
                "Vi flytter tilbage til Aarhus til foråret, så kun jobs i Jylland.",
            ),
            pool(MFG, "Copenhagen, Denmark")(
                "Sofie Thygesen", 2, "Bliver i København, Bagsværd passer fint."
            ),
        ],
        **role(MFG_ROLE, dict(remote_policy="onsite", location="Bagsværd, Copenhagen, Denmark")),
    ),
]

LEVEL = [
    C(
        "wants to lead a QC team vs wants to stay on the bench, supervisor role",
        "manager",
        [
            pool(QC, "Cork, Ireland", "manager")(
                "Ultan Keohane", 2, "Ready to supervise - been covering the team lead for a year."
            ),
            pool(QC, "Cork, Ireland", "manager")(
                "Bríd Sweeney", 0, "Wants to stay hands-on at the HPLC, no people management."
            ),
        ],
        **role(
            QC_ROLE,
            CORK_ONSITE,
            title="QC Supervisor",
            seniority="manager",
            description="Lead a team of eight QC analysts on release testing.",
            offers=["Manage eight analysts"],
        ),
    ),
    C(
        "not opposed to line management vs refuses it, associate director role",
        "data_eng",
        [
            pool(BIOSTAT, "Cambridge, UK", "data_eng")(
                "Aurelia Fanshawe",
                2,
                touches=[
                    dm(
                        40,
                        "I'm not opposed to line managing a few statisticians, in fact I'd like it",
                    )
                ],
            ),
            pool(BIOSTAT, "Cambridge, UK", "data_eng")(
                "Crispin Oldroyd",
                0,
                touches=[
                    dm(40, "I never want to line manage anyone again, pure technical track only")
                ],
            ),
        ],
        **role(
            STAT_ROLE,
            CAMUK_HYBRID,
            title="Associate Director, Biostatistics",
            offers=["Line manage four statisticians"],
        ),
    ),
    C(
        "wants to get back to the bench, IC role vs wants to manage",
        "cs",
        [
            pool(BENCH, "Oxford, UK")(
                "Leander Quayle", 2, "Sick of managing a group, wants to be back at the bench."
            ),
            pool(BENCH, "Oxford, UK")(
                "Rosamund Hext", 0, "Only interested in group leader roles now."
            ),
        ],
        **role(BENCH_ROLE, OXFORD_ONSITE, offers=["Individual contributor, no reports"]),
    ),
    C(
        "MSL manager role: wants the team vs happy in the field",
        "manager",
        [
            pool(MSL, "Princeton, NJ, USA", "manager")(
                "Genevieve Lacroix", 2, "Wants to lead an MSL team next."
            ),
            pool(MSL, "Princeton, NJ, USA", "manager")(
                "Barnabas Whitlockholt", 1, "Happy as a field MSL for now."
            ),
        ],
        **role(
            MSL_ROLE,
            US_FIELD,
            title="Regional MSL Director, Northeast",
            seniority="manager",
            offers=["Lead a team of seven MSLs"],
        ),
    ),
]

STAGE_SIZE = [
    C(
        "after a layoff wants big pharma vs wants a seed-stage startup, big pharma role",
        "cs",
        [
            pool(RA, "Cambridge, MA, USA")(
                "Constance Merriweather",
                2,
                "Laid off twice from biotechs after failed readouts - wants a big, stable pharma.",
            ),
            pool(RA, "Cambridge, MA, USA")(
                "Alastair Voss", 0, "Only wants a seed-stage startup, no big pharma bureaucracy."
            ),
        ],
        **role(RA_ROLE, KENDALL_HYBRID, offers=["Top-10 global pharma, 90,000 employees"]),
    ),
    C(
        "wants small biotech vs wants large, 25-person startup role",
        "cs",
        [
            pool(BENCH, "South San Francisco, CA, USA")(
                "Juniper Hale", 2, "Wants an early-stage biotech where she can wear many hats."
            ),
            pool(BENCH, "South San Francisco, CA, USA")(
                "Lucius Marchetti", 0, "Only large pharma - startups burnt him twice."
            ),
        ],
        **role(BENCH_ROLE, SSF_ONSITE, offers=["Series A, 25 people, seed to IND"]),
    ),
    C(
        "pre-IPO wanted vs public company wanted, role at a recently-listed company",
        "cs",
        [
            pool(BIOSTAT, "San Diego, CA, USA")(
                "Fenella Druryholt", 0, "Only pre-IPO - wants the equity upside."
            ),
            pool(BIOSTAT, "San Diego, CA, USA")(
                "Oswald Penhallow",
                2,
                "Wants a listed company with liquid stock, no more private paper.",
            ),
        ],
        **role(STAT_ROLE, SD_ONSITE, offers=["Nasdaq-listed since 2024, RSUs"]),
    ),
    C(
        "CRO fatigue vs CRO fan, sponsor role",
        "cs",
        [
            pool(CRA, "Hyderabad, India")(
                "Aditya Menonkutty", 2, "Wants to move from a CRO to a sponsor company."
            ),
            pool(CRA, "Hyderabad, India")("Pooja Hegde", 1, "Prefers the variety of a CRO."),
        ],
        **role(CRA_ROLE, HYD_HYBRID, offers=["Sponsor-side clinical operations"]),
    ),
]

MISSION = [
    C(
        "refuses animal research vs neutral, in vivo role",
        "cs",
        [
            pool(BENCH, "Cambridge, UK")(
                "Saoirse Ellwood", 0, "Won't work anywhere that does animal studies."
            ),
            pool(BENCH, "Cambridge, UK")("Magnus Whitcombe", 1),
        ],
        **role(
            BENCH_ROLE,
            CAMUK_ONSITE,
            description="Build potency assays and support in vivo mouse efficacy studies.",
        ),
    ),
    C(
        "rare disease mission wanted vs oncology wanted, rare disease role",
        "cs",
        [
            pool(MSL, "Boston, MA, USA")(
                "Thomasina Blackwood",
                2,
                "Her nephew has Duchenne - wants to work in rare disease.",
            ),
            pool(MSL, "Boston, MA, USA")("Reuben Castellano", 1, "Wants to stay in oncology."),
        ],
        **role(
            MSL_ROLE,
            US_FIELD,
            title="Medical Science Liaison, Rare Disease",
            description="Scientific exchange on a gene therapy for Duchenne muscular dystrophy.",
        ),
    ),
    C(
        "refuses tobacco-owned vs fine, role at a tobacco-owned company",
        "cs",
        [
            pool(QC, "Basel, Switzerland")(
                "Valentin Roth", 0, "Will not work for anything owned by a tobacco company."
            ),
            pool(QC, "Basel, Switzerland")("Franziska Meier", 1),
        ],
        **role(
            QC_ROLE, BASEL_ONSITE, offers=["Inhaled-therapeutics subsidiary of a tobacco group"]
        ),
    ),
    C(
        "aesthetics refused but medical devices fine, cardiac device role",
        "cs",
        [
            pool(RA, "Galway, Ireland")(
                "Niall Furlong",
                2,
                touches=[
                    call(
                        40,
                        "Won't do aesthetics or cosmetic fillers again, but cardiac or ortho "
                        "devices he'd love.",
                    )
                ],
            ),
            pool(RA, "Galway, Ireland")(
                "Tara Kinsella",
                1,
                touches=[call(40, "Open to most things, wants a Galway-based role.")],
            ),
        ],
        **role(
            RA_ROLE,
            dict(remote_policy="onsite", location="Galway, Ireland"),
            title="Regulatory Affairs Manager, Cardiac Devices",
            description="EU MDR and FDA 510(k) submissions for transcatheter heart valves.",
        ),
    ),
]

TECH = [
    C(
        "wants R over SAS vs SAS loyalist, R shop",
        "data_eng",
        [
            pool(BIOSTAT, "Cambridge, UK", "data_eng")(
                "Ptolemy Garrick", 2, "Wants to move to R and away from SAS."
            ),
            pool(BIOSTAT, "Cambridge, UK", "data_eng")(
                "Millicent Hoare", 0, "SAS only, not learning R at this stage."
            ),
        ],
        **role(STAT_ROLE, CAMUK_HYBRID, offers=["Open-source stack: R, Quarto, pharmaverse"]),
    ),
    C(
        "wants CRISPR work vs fine with anything",
        "cs",
        [
            pool(BENCH, "Cambridge, MA, USA")(
                "Caspian Holt", 2, "Desperate to get into CRISPR editing of T cells."
            ),
            pool(BENCH, "Cambridge, MA, USA")("Delphine Arnaud", 1),
        ],
        **role(BENCH_ROLE, KENDALL_ONSITE, offers=["CRISPR-edited allogeneic CAR-T platform"]),
    ),
    C(
        "refuses stainless steel vs fine, stainless suite",
        "cs",
        [
            pool(MFG, "Dublin, Ireland")(
                "Ciarán Phelan",
                0,
                "Only single-use - not going back to stainless steel and CIP/SIP.",
            ),
            pool(MFG, "Dublin, Ireland")(
                "Deirdre Lawless", 2, "Stainless or single-use, both fine."
            ),
        ],
        **role(MFG_ROLE, DUBLIN_ONSITE, offers=["Stainless steel 15,000 L bioreactors"]),
    ),
]
# --- 7. last time's reason: resolved by this role or still standing; history; process -----

PAST_KENDALL = dict(
    remote_policy="onsite", location="Cambridge, MA, USA", salary_max=150_000, currency="USD"
)
PAST_BASEL = dict(
    remote_policy="onsite", location="Basel, Switzerland", salary_max=120_000, currency="CHF"
)
PAST_CORK_NIGHTS = dict(remote_policy="onsite", location="Ringaskiddy, Cork, Ireland")

LAST_TIME = [
    C(
        "declined over pay, band now higher vs declined over pay, band the same",
        "cs",
        [
            pool(BENCH, "Cambridge, MA, USA")(
                "Horatia Prendergast",
                2,
                apps=[
                    said_no(
                        210,
                        "compensation",
                        "Asked $175k, we topped out at $150k",
                        past=PAST_KENDALL,
                        role="Senior Scientist",
                    )
                ],
            ),
            pool(BENCH, "Cambridge, MA, USA")("Osric Tillman", 1),
        ],
        **role(BENCH_ROLE, KENDALL_HYBRID, salary_min=165_000, salary_max=185_000, currency="USD"),
    ),
    C(
        "declined over pay; this band is no higher",
        "cs",
        [
            pool(BENCH, "Cambridge, MA, USA")(
                "Wilhelmina Stroud",
                0,
                apps=[
                    said_no(
                        150,
                        "compensation",
                        "Asked $175k, we topped out at $150k",
                        past=PAST_KENDALL,
                        role="Senior Scientist",
                    )
                ],
            ),
            pool(BENCH, "Cambridge, MA, USA")("Evander Pike", 2),
        ],
        **role(BENCH_ROLE, KENDALL_HYBRID, salary_min=135_000, salary_max=150_000, currency="USD"),
    ),
    C(
        "withdrew over five days on site; this role is hybrid vs same reason, onsite again",
        "cs",
        [
            pool(RA, "Basel, Switzerland")(
                "Leonie Hürlimann",
                2,
                apps=[
                    pulled(
                        240,
                        "remote_policy",
                        "Fünf Tage vor Ort ging nicht, Kinderbetreuung",
                        past=PAST_BASEL,
                        role="Regulatory Affairs Manager",
                    )
                ],
            ),
            pool(RA, "Basel, Switzerland")("Pascal Oberli", 1),
        ],
        **role(RA_ROLE, BASEL_HYBRID, offers=["Hybrid: two days on campus, three from home"]),
    ),
    C(
        "withdrew over five days on site; this role is on site again",
        "cs",
        [
            pool(RA, "Basel, Switzerland")(
                "Anouk Tschudin",
                0,
                apps=[
                    pulled(
                        180,
                        "remote_policy",
                        "Could not do five days on site",
                        past=PAST_BASEL,
                        role="Regulatory Affairs Manager",
                    )
                ],
            ),
            pool(RA, "Basel, Switzerland")("Reto Gasser", 2),
        ],
        **role(RA_ROLE, BASEL_ONSITE, offers=["Five days a week on the Basel campus"]),
    ),
    C(
        "turned down over nights; this role is days only vs nights again",
        "cs",
        [
            pool(MFG, "Cork, Ireland")(
                "Eamon Kiely",
                2,
                apps=[
                    said_no(
                        200,
                        "other",
                        "Turned down the 4-on-4-off - wouldn't do nights",
                        past=PAST_CORK_NIGHTS,
                        role="Manufacturing Associate",
                    )
                ],
            ),
            pool(MFG, "Cork, Ireland")("Gráinne Lyons", 1),
        ],
        **role(MFG_ROLE, CORK_ONSITE, offers=["Days only, Monday to Friday, 7am-3:30pm"]),
    ),
    C(
        "turned down over nights; this role has nights too",
        "cs",
        [
            pool(MFG, "Cork, Ireland")(
                "Padraic Doherty",
                0,
                apps=[
                    said_no(
                        120,
                        "other",
                        "Wouldn't do nights on the 4-on-4-off",
                        past=PAST_CORK_NIGHTS,
                        role="Manufacturing Associate",
                    )
                ],
            ),
            pool(MFG, "Cork, Ireland")("Clodagh Hanley", 2),
        ],
        **role(MFG_ROLE, CORK_ONSITE, **NIGHTS),
    ),
    C(
        "pulled out because we couldn't sponsor; this role sponsors",
        "cs",
        [
            pool(BIOSTAT, "Boston, MA, USA")(
                "Ravindra Joshi",
                2,
                apps=[
                    pulled(
                        300,
                        "other",
                        "Needed H-1B transfer, we couldn't sponsor then",
                        role="Principal Biostatistician",
                    )
                ],
            ),
            pool(BIOSTAT, "Boston, MA, USA")("Gerald Finch", 1),
        ],
        **role(STAT_ROLE, KENDALL_HYBRID, offers=["H-1B transfer and green card sponsorship"]),
    ),
    C(
        "pulled out over travel; this role still 70% travel",
        "cs",
        [
            pool(CRA, "Princeton, NJ, USA")(
                "Lavinia Osgood",
                0,
                apps=[
                    pulled(
                        140,
                        "other",
                        "Withdrew: 70% travel too much with a toddler",
                        role="Senior CRA",
                    )
                ],
            ),
            pool(CRA, "Princeton, NJ, USA")("Jerome Whitacreholt", 2),
        ],
        **role(CRA_ROLE, NJ_ONSITE, offers=["Up to 70% travel, overnights most weeks"]),
    ),
    C(
        "turned us down for a counteroffer over Hindi chat; now says counter was hollow",
        "cs",
        [
            pool(QC, "Hyderabad, India")(
                "Rajesh Naidupalli",
                2,
                apps=[said_no(250, "counteroffer", "Took a counter at 14 LPA", role="QC Analyst")],
                touches=[dm(30, "counter offer sirf paisa tha, kaam wahi hai. ab move karna hai")],
            ),
            pool(QC, "Hyderabad, India")(
                "Shalini Verma",
                0,
                apps=[said_no(40, "counteroffer", "Took a counter at 14 LPA", role="QC Analyst")],
                touches=[dm(30, "counter accept kar liya, yahan khush hoon, abhi nahi")],
            ),
        ],
        **role(QC_ROLE, HYD_ONSITE, salary_min=1_400_000, salary_max=1_800_000, currency="INR"),
    ),
    C(
        "declined over relocation to Basel; this role is in Dublin where she lives",
        "cs",
        [
            pool(RA, "Dublin, Ireland")(
                "Eibhlin Forde",
                2,
                apps=[
                    pulled(
                        220,
                        "location",
                        "Wouldn't relocate to Basel",
                        past=PAST_BASEL,
                        role="Regulatory Affairs Manager",
                    )
                ],
            ),
            pool(RA, "Dublin, Ireland")("Cathal Rooney", 1),
        ],
        **role(RA_ROLE, DUBLIN_HYBRID),
    ),
]

HISTORY = [
    C(
        "too junior two years ago, now senior vs too junior three months ago",
        "cs",
        [
            pool(RA, "Dublin, Ireland")(
                "Alannah Keogh",
                2,
                apps=[
                    app(
                        720,
                        "interview",
                        "rejected",
                        "experience_level",
                        "Not enough CMC submission experience yet",
                        role="Regulatory Affairs Manager",
                    )
                ],
            ),
            pool(RA, "Dublin, Ireland")(
                "Brona Cussen",
                0,
                apps=[
                    app(
                        90,
                        "interview",
                        "rejected",
                        "experience_level",
                        "Not enough CMC submission experience yet",
                        role="Regulatory Affairs Manager",
                    )
                ],
            ),
        ],
        **role(RA_ROLE, DUBLIN_HYBRID),
    ),
    C(
        "position frozen in the layoffs at the final round vs culture concern from the panel",
        "cs",
        [
            pool(BENCH, "South San Francisco, CA, USA")(
                "Octavia Renshaw",
                2,
                apps=[
                    app(
                        190,
                        "final",
                        "position_closed",
                        "headcount",
                        "Req pulled in the March RIF after the Phase II miss",
                        role="Senior Scientist",
                    )
                ],
            ),
            pool(BENCH, "South San Francisco, CA, USA")(
                "Emeric Dusault",
                0,
                apps=[
                    app(
                        190,
                        "onsite",
                        "rejected",
                        "culture_fit",
                        "Panel: talked over the RAs, dismissive in lab tour",
                        role="Senior Scientist",
                    )
                ],
            ),
        ],
        **role(BENCH_ROLE, SSF_HYBRID),
    ),
    C(
        "no-show at interview vs silver medalist",
        "cs",
        [
            pool(QC, "Dublin, Ireland")(
                "Darragh Nolan",
                0,
                apps=[
                    app(
                        100,
                        "interview",
                        "rejected",
                        "other",
                        "No-show for panel, no contact",
                        role="QC Analyst II",
                    )
                ],
            ),
            pool(QC, "Dublin, Ireland")(
                "Muireann Tobin",
                2,
                apps=[lost_final(180, role="QC Analyst II")],
            ),
        ],
        **role(QC_ROLE, DUBLIN_ONSITE),
    ),
]


PROCESS = [
    C(
        "silver medalist with a strong HM note vs applied and never screened",
        "cs",
        [
            pool(CRA, "Cambridge, UK")(
                "Penelope Stannard",
                2,
                apps=[lost_final(200, "Lost by a whisker to an internal")],
                touches=[hm(200, "HM: would hire her tomorrow if we had a second req.")],
            ),
            pool(CRA, "Cambridge, UK")(
                "Roderick Lyle",
                1,
                apps=[
                    app(
                        200,
                        "applied",
                        "rejected",
                        "other",
                        "Not reviewed before close - noted",
                        role="Senior CRA",
                    )
                ],
            ),
        ],
        **role(CRA_ROLE, CAMUK_HYBRID),
    ),
    C(
        "the latest process counts: a recent final round vs an old weak screen",
        "cs",
        [
            pool(MSL, "San Diego, CA, USA")(
                "Serafina Bellucci",
                2,
                apps=[
                    app(
                        600,
                        "screen",
                        "rejected",
                        "skills_gap",
                        "Weak on IO data back then",
                        role="MSL",
                    ),
                    lost_final(60, "Strong on IO, lost to an internal transfer", role="MSL"),
                ],
            ),
            pool(MSL, "San Diego, CA, USA")(
                "Archibald Rennie",
                0,
                apps=[
                    lost_final(600, role="MSL"),
                    app(
                        60,
                        "screen",
                        "rejected",
                        "skills_gap",
                        "Weak on IO data, couldn't discuss checkpoint inhibitors",
                        role="MSL",
                    ),
                ],
            ),
        ],
        **role(MSL_ROLE, US_FIELD, location="San Diego, CA, USA (field: Southern California)"),
    ),
    C(
        "placed by us two months ago vs long-silent silver medalist",
        "cs",
        [
            pool(BIOSTAT, "Hyderabad, India")(
                "Gautam Sethi",
                0,
                touches=[
                    ats(
                        65,
                        "PLACED - cand started at a Genome Valley CRO today via us, perm. "
                        "Do not approach in guarantee/settling-in period.",
                    )
                ],
            ),
            pool(BIOSTAT, "Hyderabad, India")(
                "Radhika Krishnan",
                2,
                apps=[lost_final(300, role="Principal Biostatistician")],
            ),
        ],
        **role(STAT_ROLE, HYD_HYBRID),
    ),
]

# --- 8. several notes over time: the LATEST word counts ------------------------------------

LATEST = [
    C(
        "nights refused then fine vs fine then refused",
        "cs",
        [
            pool(MFG, "Singapore")(
                "Yeo Jun Hao",
                2,
                touches=[
                    dm(300, "no night shifts for me"),
                    dm(25, "update: wife changed jobs, nights are ok now actually"),
                ],
            ),
            pool(MFG, "Singapore")(
                "Chong Li Ting",
                0,
                touches=[
                    dm(300, "nights ok for me"),
                    dm(25, "update: baby arrived, no more night shifts please"),
                ],
            ),
        ],
        **role(MFG_ROLE, SG_ONSITE, **NIGHTS),
    ),
    C(
        "a removal taken back vs a 'keep me posted' hardened into a removal",
        "cs",
        [
            pool(CRA, "Copenhagen, Denmark")(
                "Mette Rasmussen",
                2,
                touches=[
                    mail(250, "Fjern mig venligst fra jeres liste."),
                    mail(
                        30,
                        "Jeg fortryder min mail fra marts - jeg er åben for nye "
                        "CRA-stillinger nu, skriv endelig.",
                    ),
                ],
            ),
            pool(CRA, "Copenhagen, Denmark")(
                "Anders Holmgaard",
                0,
                touches=[
                    mail(250, "Hold mig gerne orienteret om nye stillinger."),
                    mail(30, "Jeg vil ikke kontaktes mere. Slet mine data."),
                ],
                excluded=True,
            ),
        ],
        **role(CRA_ROLE, CPH_HYBRID),
    ),
    C(
        "relocation refused then wanted vs wanted then refused",
        "cs",
        [
            pool(QC, "Boston, MA, USA")(
                "Imani Gathers",
                2,
                "Not leaving Boston.",
                ("Update: moving to San Diego in the spring, want something in Torrey Pines.", 20),
            ),
            pool(QC, "Boston, MA, USA")(
                "Fletcher Lowry",
                0,
                ("Happy to move to San Diego.", 200),
                ("Scratch that - we bought a house in Quincy, not relocating.", 20),
            ),
        ],
        **role(QC_ROLE, SD_ONSITE),
    ),
    C(
        "pay ask lowered into band vs raised out of band",
        "cs",
        [
            pool(RA, "Cambridge, UK")(
                "Josephine Tarrant",
                2,
                touches=[
                    call(220, "Wants £95k+."),
                    call(20, "After the Astra layoffs she'd take £78k for the right team."),
                ],
            ),
            pool(RA, "Cambridge, UK")(
                "Gareth Pellow",
                0,
                touches=[
                    call(220, "Would take £78k."),
                    call(20, "Got a retention raise - won't move under £100k now."),
                ],
            ),
        ],
        **role(RA_ROLE, CAMUK_HYBRID, salary_min=72_000, salary_max=82_000, currency="GBP"),
    ),
    C(
        "remote only, then happy with hybrid vs hybrid, then remote only",
        "cs",
        [
            pool(BIOSTAT, "Dublin, Ireland")(
                "Orlaith Brady",
                2,
                ("Remote only, fwiw.", 280),
                ("Living alone now, actually want two office days for the company.", 15),
            ),
            pool(BIOSTAT, "Dublin, Ireland")(
                "Senan Doyle",
                0,
                ("Two office days is fine.", 280),
                ("Moved to Clare - remote only from now on.", 15),
            ),
        ],
        **role(STAT_ROLE, DUBLIN_HYBRID),
    ),
    C(
        "travel refused then fine vs fine then refused, 50% travel role",
        "cs",
        [
            pool(CRA, "San Diego, CA, USA")(
                "Esmeralda Ruiz",
                2,
                touches=[
                    call(330, "No travel while her mom is sick."),
                    call(18, "Mom's recovered. She's fine with 2-3 overnights a week again."),
                ],
            ),
            pool(CRA, "San Diego, CA, USA")(
                "Nolan Hargrave",
                0,
                touches=[
                    call(330, "Loves travel, any amount."),
                    call(18, "Twins born in Oct - no overnights for the foreseeable."),
                ],
            ),
        ],
        **role(
            CRA_ROLE,
            US_FIELD,
            location="Remote (USA), West Coast sites",
            offers=["About 50% travel, overnights weekly"],
        ),
    ),
    C(
        "wants to manage, then changed back to IC vs IC, then wants to manage",
        "manager",
        [
            pool(QC, "Cork, Ireland", "manager")(
                "Fiachra Mulligan",
                2,
                ("Happy as an analyst, no team please.", 300),
                ("Ready to supervise now, I've been training all the new starts.", 20),
            ),
            pool(QC, "Cork, Ireland", "manager")(
                "Nessa Carmody",
                0,
                ("Wants a supervisor role.", 300),
                ("Tried acting up for 3 months - hated it. Back to the bench for good.", 20),
            ),
        ],
        **role(
            QC_ROLE,
            CORK_ONSITE,
            title="QC Supervisor",
            seniority="manager",
            offers=["Lead six QC analysts"],
        ),
    ),
    C(
        "German: not interested, later interested vs interested, later not at all",
        "cs",
        [
            pool(BENCH, "Basel, Switzerland")(
                "Dario Leuenberger",
                2,
                touches=[
                    mail(260, "Momentan kein Interesse, danke."),
                    mail(25, "Die Lage hat sich geändert, ich bin jetzt offen für Gespräche."),
                ],
            ),
            pool(BENCH, "Basel, Switzerland")(
                "Sabine Kälin",
                0,
                touches=[
                    mail(260, "Ich bin offen für Gespräche."),
                    mail(25, "Ich habe intern gewechselt und bleibe. Bitte keine Angebote mehr."),
                ],
                excluded=True,
            ),
        ],
        **role(BENCH_ROLE, BASEL_ONSITE),
    ),
    C(
        "a sponsorship need ended by a green card vs a green card case fallen through",
        "cs",
        [
            pool(BENCH, "San Diego, CA, USA")(
                "Haruto Satonaka",
                2,
                touches=[
                    ats(320, "cand on H-1B, needs transfer"),
                    ats(15, "cand GC approved Oct - no sponsorship needed anymore"),
                ],
            ),
            pool(BENCH, "San Diego, CA, USA")(
                "Bogdan Popescu",
                0,
                touches=[
                    ats(320, "cand GC pending, won't need sponsorship"),
                    ats(15, "cand GC denied, back on H-1B - needs transfer + sponsor"),
                ],
            ),
        ],
        **role(
            BENCH_ROLE,
            SD_ONSITE,
            description="Build CAR-T potency assays. We do not sponsor visas.",
        ),
    ),
    C(
        "commute refused then fine after a move vs fine then refused after a move",
        "cs",
        [
            pool(QC, "Oakland, CA, USA")(
                "Leilani Kahale",
                2,
                touches=[
                    dm(280, "not doing the bay bridge every day"),
                    dm(20, "moved to millbrae! south city is 10 min now"),
                ],
            ),
            pool(QC, "Oakland, CA, USA")(
                "Desmond Fairbairn",
                0,
                touches=[
                    dm(280, "south city's easy from daly city"),
                    dm(20, "we moved to walnut creek, bay bridge + 101 to SSF is a hard no"),
                ],
            ),
        ],
        **role(QC_ROLE, SSF_ONSITE),
    ),
    C(
        "contract only, then perm vs perm, then contract only",
        "cs",
        [
            pool(CRA, "Dublin, Ireland")(
                "Aisling Breen",
                2,
                ("Contract only, I like the day rate.", 260),
                ("Mortgage approval needs a perm job - perm please from now on.", 20),
            ),
            pool(CRA, "Dublin, Ireland")(
                "Colum Farrelly",
                0,
                ("Perm only - noted.", 260),
                ("Set up my own Ltd, contract only from here.", 20),
            ),
        ],
        **role(CRA_ROLE, DUBLIN_HYBRID, offers=["Permanent, pension and health cover"]),
    ),
    C(
        "a wait called off early vs a 'whenever' turned into after Easter",
        "cs",
        [
            pool(MSL, "Princeton, NJ, USA")(
                "Roxanne Delgado",
                2,
                ("Not before our launch in March.", 60),
                ("Launch got pulled forward and it's done - talk anytime.", 10),
            ),
            pool(MSL, "Princeton, NJ, USA")(
                "Winston Abara",
                1,
                ("Whenever, always happy to chat.", 200),
                ("Actually hold off until after Easter, new indication launching.", 12),
            ),
        ],
        **role(MSL_ROLE, US_FIELD, location="Princeton, NJ, USA (field: NJ and eastern PA)"),
    ),
]

HELDOUT59_CASES = [
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
# the locations are its LOCATION and the latest word its LATEST; last time's reason, resolved
# or still standing, is the file's LAST_TIME list, and the history with us its HISTORY.
LOCATIONS, LATEST_WORD = LOCATION, LATEST
RESOLVED, LAST_TIME = LAST_TIME, HISTORY
