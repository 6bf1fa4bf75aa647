"""Held-out rediscovery cases, sixty-first set: education and research recruiters' own words,
written by a stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured on its own
and never tuned to what Encore does. The recruiters are school business managers and trust HR
teams in England, Wales and Ireland, a sixth-form and FE college's people team, university
recruiters (research office, faculty HR) in the UK, Ireland, the US, Canada and Australia, an
edtech company's talent team, and a research institute's grants and HR office. The people are
secondary science and primary teachers (QTS, Teaching Council registration, ECTs, TLRs, supply
and cover), FE lecturers, lecturers and assistant professors on and off the tenure track,
postdocs on grant-funded fixed terms, school business managers, and edtech engineers, data
engineers, customer success and sales staff who sell to schools. The voices: terse ATS shorthand
with typos ("cand", "LM", "f/u", "TT", "ECT yr2", "DBS ok"), lower-case texts and WhatsApps,
LinkedIn replies, candidates' emails, formal letters, recruiters' third-person call notes, long
rambling notes where one line decides, and lines in Irish, Canadian French and Spanish. Talk is
of term and semester dates, half-terms, the academic year's start, exam and marking seasons,
tenure clocks, grant end dates, sabbaticals, contact hours, DBS and Working-with-Children checks,
Global Talent, Skilled Worker, J-1 and H-1B visas, term-time-only contracts and school runs.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (an erasure request, a head teacher's formal letter, "unsubscribe me from
   everything", a WhatsApp "stop messaging me", a recruiter's "DNC per cand", leaving
   teaching, Irish, Canadian French and Spanish): never shown; beside each a scoped stop that
   is not an opt-out (the newsletter only, not on the school phone, not that trust again, no
   supply work, a new email address, feedback still owed, no more LinkedIn InMails);
2. waits counted from the day said (February half-term, Easter, the end of the summer term,
   marking season, a sabbatical, a grant ending, a term's notice, "give me six weeks", Irish,
   French and Spanish), each against a twin whose wait has already run out; notes full of
   dates (term calendars, exam boards, open evenings) that ask for no wait;
3. schedule (term-time-only, part-time days, evening teaching, summer schools), travel
   (conference travel, field trips, school visits across a region), visa and right to work
   (Skilled Worker sponsorship, Global Talent, J-1 two-year home rule, H-1B, Stamp 4,
   Australian 482), contract type (fixed-term grant posts, permanent, supply, maternity
   cover, sessional), commute (the M60, the Severn bridge, the DART, the Tube, minutes on the
   school run);
4. pay against the band (MPS/UPS points, Irish scales, USD nine-month salaries, AUD with
   super, CAD, day rates for supply, hourly sessional rates, a floor against current pay);
5. work mode said only in the title, only in the description, hybrid days; negation and its
   scope ("not against being on campus", "no issue with remote, the issue was the pay");
6. location and relocation; managing (head of department, lab lead) against hands-on;
   company stage and size (a seed-stage edtech, a large multi-academy trust); industry and
   mission wanted or refused (state education, for-profit tutoring, defence-funded research,
   exam-cramming apps, accessibility, early years); technology wanted or refused;
7. last time's reason resolved by this role or still standing; the history with us (a no-show,
   a safeguarding concern, a final round lost narrowly); the latest process counts;
8. several notes over time where the latest word counts, sometimes changing twice.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

SCIENCE_TEACHER = dict(
    current_title="Teacher of Science (Chemistry)",
    skills=["QTS", "KS3 science", "GCSE chemistry", "A level chemistry", "Practical work"],
    years_experience=7,
    resume_text=(
        "Chemistry specialist with QTS, seven years in 11-18 schools: KS3 science, GCSE triple "
        "and combined, A level chemistry, required practicals, mentoring ECTs and running a "
        "STEM club."
    ),
)
PRIMARY_TEACHER = dict(
    current_title="Primary Class Teacher",
    skills=["QTS", "KS2", "Phonics", "SEND support", "Year 6 SATs"],
    years_experience=6,
    resume_text=(
        "Primary teacher with QTS, six years across KS1 and KS2, Year 6 SATs, phonics lead for "
        "two years and close work with the SENCo on support plans."
    ),
)
LECTURER = dict(
    current_title="Lecturer in Computer Science",
    skills=["Teaching", "Machine learning research", "PhD supervision", "Grant writing"],
    years_experience=8,
    resume_text=(
        "Lecturer with a PhD in machine learning: modules in algorithms and data science, "
        "four PhD students supervised, a research council grant as co-investigator and twelve "
        "peer-reviewed papers."
    ),
)
POSTDOC = dict(
    current_title="Postdoctoral Research Associate",
    skills=["Python", "Statistics", "Research software", "Academic writing", "R"],
    years_experience=5,
    resume_text=(
        "Postdoc in computational biology: analysis pipelines in Python and R, HPC batch jobs, "
        "six first-author papers and co-supervision of master's students."
    ),
)
FE_LECTURER = dict(
    current_title="FE Lecturer, Computing",
    skills=["Teaching", "BTEC Computing", "T Levels", "Assessment", "Safeguarding"],
    years_experience=6,
    resume_text=(
        "Further education lecturer: BTEC and T Level computing, 16-19 and adult learners, "
        "internal verification, work placements and pastoral tutoring."
    ),
)
SBM = dict(
    current_title="School Business Manager",
    skills=["School finance", "HR", "Premises", "Budget planning", "Procurement"],
    years_experience=9,
    resume_text=(
        "School business manager for a 900-pupil secondary: budget planning and returns to the "
        "trust, HR and payroll liaison, premises and compliance, procurement and lettings."
    ),
)


def on_file(profile: str, persona: dict | None = None, where: str = "London, UK"):
    """People of one kind in the pool: the same profile and persona, living in ``where`` unless
    a case gives them another place."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**(persona or {}), "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def email(days, words) -> dict:
    """The candidate's email, as sent."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def text(days, words) -> dict:
    """A text or WhatsApp from the candidate, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def linkedin(days, words) -> dict:
    """A reply on LinkedIn."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def call(days, words) -> dict:
    """The recruiter's note of a phone call, in the third person."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def ats(days, words) -> dict:
    """A line typed into the ATS or the HR system."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def lost_final(days, note=None, *, role="Teacher of Science") -> dict:
    """Reached the final interview and lost to one other candidate."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.2, role=role)


def declined(days, reason, note, *, past=None, role="Teacher of Science") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="Teacher of Science"):
    """Pulled out of our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def job(what: dict, where: dict, **more) -> dict:
    """An opening: the post, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- the posts --------------------------------------------------------------------------------

SCIENCE_POST = dict(
    title="Teacher of Science (Chemistry specialism)",
    department="Science",
    seniority="mid",
    requirements="QTS or equivalent\nKS3 and KS4 science\nA level chemistry desirable",
    description="Teach science to Years 7-11 and chemistry in the sixth form of an 11-18 school.",
)
PRIMARY_POST = dict(
    title="Year 5 Class Teacher",
    department="Primary",
    seniority="mid",
    requirements="QTS\nKS2 experience\nPhonics and reading",
    description="Teach a Year 5 class in a two-form-entry primary school.",
)
LECTURER_POST = dict(
    title="Lecturer in Computer Science",
    department="School of Computing",
    seniority="mid",
    requirements="PhD in computing or related\nTeaching in higher education\nResearch record",
    description="Teach undergraduate modules and build a research group in machine learning.",
)
POSTDOC_POST = dict(
    title="Postdoctoral Research Associate, Computational Biology",
    department="Research",
    seniority="mid",
    requirements="PhD\nPython or R\nStatistics\nPublications",
    description="Analyse single-cell data for a funded research programme.",
)
FE_POST = dict(
    title="Lecturer in Computing (FE)",
    department="Digital",
    seniority="mid",
    requirements="Teaching qualification or working towards\nBTEC or T Level computing\n"
    "Safeguarding",
    description="Teach 16-19 computing courses at a general further education college.",
)
SBM_POST = dict(
    title="School Business Manager",
    department="Operations",
    seniority="senior",
    requirements="School finance\nHR and payroll\nPremises and compliance\nBudget planning",
    description="Run the finance, HR and premises of a 1,100-pupil secondary academy.",
)
EDTECH_BACKEND = dict(
    title="Senior Backend Engineer, Learning Platform",
    description="Build the Python services behind a homework and assessment platform used by "
    "schools.",
)
EDTECH_CSM = dict(
    title="Customer Success Manager, Schools",
    description="Look after secondary schools and trusts using our assessment platform.",
)
EDTECH_SALES = dict(
    title="Account Executive, UK Schools and Trusts",
    description="Sell our platform to multi-academy trusts and independent schools.",
)
RESEARCH_DATA = dict(
    title="Research Data Engineer",
    description="Build the data pipelines for a longitudinal education study.",
)

# --- where and how they are worked ----------------------------------------------------------

LONDON_SCHOOL = dict(remote_policy="onsite", location="London, UK")
MANCHESTER_SCHOOL = dict(remote_policy="onsite", location="Manchester, UK")
LEEDS_SCHOOL = dict(remote_policy="onsite", location="Leeds, UK")
BRISTOL_SCHOOL = dict(remote_policy="onsite", location="Bristol, UK")
CARDIFF_SCHOOL = dict(remote_policy="onsite", location="Cardiff, UK")
DUBLIN_SCHOOL = dict(remote_policy="onsite", location="Dublin, Ireland")
GALWAY_CAMPUS = dict(remote_policy="onsite", location="Galway, Ireland")
EDINBURGH_CAMPUS = dict(remote_policy="onsite", location="Edinburgh, UK")
OXFORD_LAB = dict(remote_policy="onsite", location="Oxford, UK")
CAMBRIDGE_LAB = dict(remote_policy="onsite", location="Cambridge, UK")
TORONTO_CAMPUS = dict(remote_policy="onsite", location="Toronto, Canada")
MONTREAL_CAMPUS = dict(remote_policy="onsite", location="Montreal, Canada")
BOSTON_CAMPUS = dict(remote_policy="onsite", location="Boston, MA, USA")
MELBOURNE_CAMPUS = dict(remote_policy="onsite", location="Melbourne, Australia")
SYDNEY_SCHOOL = dict(remote_policy="onsite", location="Sydney, Australia")
LONDON_HYBRID = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Hybrid: two days a week in our King's Cross office"],
)
DUBLIN_HYBRID = dict(
    remote_policy="hybrid",
    location="Dublin, Ireland",
    offers=["Hybrid: Tuesdays and Thursdays in our Docklands office"],
)
UK_REMOTE = dict(remote_policy="remote", location="Remote (UK)")
MANCHESTER_HYBRID = dict(
    remote_policy="hybrid",
    location="Manchester, UK",
    offers=["Hybrid: two days a week in our Ancoats office"],
)

# --- 1. opt-outs, each beside a scoped stop that is shown --------------------------------------

sci_ldn = on_file("cs", SCIENCE_TEACHER, "London, UK")
prim_mcr = on_file("cs", PRIMARY_TEACHER, "Manchester, UK")
dev_ldn = on_file("backend", where="London, UK")
csm_ldn = on_file("cs", where="London, UK")
lect_dub = on_file("cs", LECTURER, "Dublin, Ireland")
lect_mtl = on_file("cs", LECTURER, "Montreal, Canada")
post_cam = on_file("data_eng", POSTDOC, "Cambridge, UK")
sbm_lds = on_file("cs", SBM, "Leeds, UK")
fe_bri = on_file("cs", FE_LECTURER, "Bristol, UK")

OPT_OUTS = [
    C(
        "an erasure request vs a request to stop the newsletter only",
        "cs",
        [
            sci_ldn(
                "Imogen Threadgold",
                0,
                touches=[
                    email(
                        45,
                        "Dear HR team, I'd like all my details deleted from your recruitment "
                        "system under data protection law, my application from 2024 included. "
                        "Please don't contact me about vacancies again.",
                    )
                ],
                excluded=True,
            ),
            sci_ldn(
                "Barnaby Quartermoss",
                2,
                touches=[
                    email(
                        45,
                        "Hi, could you take me off the trust's monthly newsletter? Too much "
                        "inbox noise. I do still want to hear about chemistry posts though!",
                    )
                ],
            ),
        ],
        **job(SCIENCE_POST, LONDON_SCHOOL),
    ),
    C(
        "WhatsApp 'stop messaging me' vs not on the school phone, evenings fine",
        "cs",
        [
            prim_mcr(
                "Kayleigh Ormerod",
                0,
                touches=[text(12, "stop messaging me. not interested in ur jobs. ever")],
                excluded=True,
            ),
            prim_mcr(
                "Shannon Brierley",
                2,
                touches=[
                    text(
                        12,
                        "pls dont message during the school day i get told off for my phone "
                        "lol. after 4 is grand, still keen on yr5/6",
                    )
                ],
            ),
        ],
        **job(PRIMARY_POST, MANCHESTER_SCHOOL),
    ),
    C(
        "recruiter's DNC per candidate vs not that trust again",
        "cs",
        [
            sbm_lds(
                "Gareth Pickersgill",
                0,
                touches=[ats(80, "spoke w cand - wants NO further contact from us. DNC per cand.")],
                excluded=True,
            ),
            sbm_lds(
                "Rhiannon Sutcliffe",
                2,
                touches=[
                    ats(
                        80,
                        "spoke w cand - doesnt want anything from Aire Valley Trust again "
                        "(bad exp there), any other academy fine. keen on SBM roles",
                    )
                ],
            ),
        ],
        **job(SBM_POST, LEEDS_SCHOOL),
    ),
    C(
        "leaving teaching for good vs no supply work please, permanent posts fine",
        "cs",
        [
            sci_ldn(
                "Percival Oyelaran",
                0,
                touches=[
                    email(
                        60,
                        "I've handed in my resignation and I'm leaving teaching altogether - "
                        "retraining as a pharmacist. Please close my file and stop sending me "
                        "roles.",
                    )
                ],
                excluded=True,
            ),
            sci_ldn(
                "Temperance Adeyemi",
                2,
                touches=[
                    email(
                        60,
                        "Please stop offering me day-to-day supply - I won't do cover work "
                        "again. A permanent chemistry post though, yes please.",
                    )
                ],
            ),
        ],
        **job(SCIENCE_POST, LONDON_SCHOOL),
    ),
    C(
        "'unsubscribe me from everything' vs no more InMails, email me instead",
        "backend",
        [
            dev_ldn(
                "Caspian Mulholland",
                0,
                touches=[linkedin(30, "Unsubscribe me from everything you send. Thanks.")],
                excluded=True,
            ),
            dev_ldn(
                "Oriel Fitzwarren",
                2,
                touches=[
                    linkedin(
                        30,
                        "Please no more InMails, I barely check LinkedIn - use my personal "
                        "email (on my CV). Open to edtech backend roles.",
                    )
                ],
            ),
        ],
        **job(EDTECH_BACKEND, LONDON_HYBRID),
    ),
    C(
        "Irish: do not contact me again vs not in term time, contact me at Christmas",
        "cs",
        [
            lect_dub(
                "Caoimhín Ó Duibhir",
                0,
                touches=[
                    email(
                        50,
                        "Ná déan teagmháil liom arís, le do thoil. "
                        "Bain m'ainm de do liosta. Caoimhín",
                    )
                ],
                excluded=True,
            ),
            lect_dub(
                "Saoirse Ní Bhriain",
                2,
                touches=[
                    email(
                        50,
                        "Is féidir leat scríobh chugam faoi phoist léachtóireachta - ach ar "
                        "ríomhphost amháin, ní ar an bhfón, le do thoil.",
                    )
                ],
            ),
        ],
        **job(LECTURER_POST, DUBLIN_SCHOOL),
    ),
    C(
        "Canadian French: remove me from your lists vs write to my new address",
        "cs",
        [
            lect_mtl(
                "Ghislain Tremblay-Roy",
                0,
                touches=[
                    email(
                        70,
                        "Veuillez me retirer de toutes vos listes et ne plus me solliciter "
                        "pour des postes. Merci de respecter ma demande.",
                    )
                ],
                excluded=True,
            ),
            lect_mtl(
                "Maude Bélanger",
                2,
                touches=[
                    email(
                        70,
                        "J'ai changé d'adresse courriel - écrivez-moi désormais à mon adresse "
                        "personnelle. Toujours intéressée par un poste de professeure.",
                    )
                ],
            ),
        ],
        **job(LECTURER_POST, MONTREAL_CAMPUS),
    ),
    C(
        "Spanish: do not write to me any more vs not about administrative posts",
        "data_eng",
        [
            post_cam(
                "Esteban Villalobos",
                0,
                touches=[
                    email(
                        40,
                        "Les pido que no me escriban más ni me llamen. Borren mis datos de su "
                        "base, por favor.",
                    )
                ],
                excluded=True,
            ),
            post_cam(
                "Inmaculada Ferrándiz",
                2,
                touches=[
                    email(
                        40,
                        "No me manden más ofertas de puestos administrativos, por favor; sí "
                        "me interesan los puestos de investigación postdoctoral.",
                    )
                ],
            ),
        ],
        **job(POSTDOC_POST, CAMBRIDGE_LAB),
    ),
    C(
        "a formal letter withdrawing consent vs feedback still owed",
        "cs",
        [
            fe_bri(
                "Desmond Whitlock-Evans",
                0,
                touches=[
                    email(
                        100,
                        "Dear Sir or Madam, I write to withdraw my consent for the college to "
                        "hold or use my personal information for recruitment purposes. I ask "
                        "that no further correspondence be sent. Yours faithfully, D. "
                        "Whitlock-Evans",
                    )
                ],
                excluded=True,
            ),
            fe_bri(
                "Philippa Conibear",
                2,
                touches=[
                    email(
                        100,
                        "I'm still waiting on the feedback from my teaching observation in "
                        "June - I'd really like it before applying again. Please do send it.",
                    )
                ],
            ),
        ],
        **job(FE_POST, BRISTOL_SCHOOL),
    ),
    C(
        "a call note 'never ring again' vs wants no calls from the other recruiter",
        "cs",
        [
            csm_ldn(
                "Lucinda Pemberton-Hale",
                0,
                touches=[
                    call(
                        25,
                        "Called re CSM Schools role. She was very clear: never ring her again "
                        "and take her out of the talent pool. Done, logged.",
                    )
                ],
                excluded=True,
            ),
            csm_ldn(
                "Jocasta Ebrahimi",
                2,
                touches=[
                    call(
                        25,
                        "Called re CSM Schools role. Asked that Tom from our agency partner "
                        "stops calling her - happy to hear from us directly. Interested.",
                    )
                ],
            ),
        ],
        **job(EDTECH_CSM, LONDON_HYBRID),
    ),
    C(
        "a head teacher's 'take me off your books' vs not for primary headships",
        "cs",
        [
            prim_mcr(
                "Winifred Hargreaves",
                0,
                touches=[
                    email(
                        90,
                        "Please take me off your books entirely. I'm retiring at Christmas and "
                        "won't want to be contacted about anything.",
                    )
                ],
                excluded=True,
            ),
            prim_mcr(
                "Ottilie Ramsdenholt",
                2,
                touches=[
                    email(
                        90,
                        "Don't send me headship or deputy posts please, I'm happy in the "
                        "classroom. Class teacher jobs in KS2 yes.",
                    )
                ],
            ),
        ],
        **job(PRIMARY_POST, MANCHESTER_SCHOOL),
    ),
    C(
        "lower-case 'no more jobs pls, delete me' vs no more sales roles, csm fine",
        "cs",
        [
            csm_ldn(
                "Tobias Kettleborough",
                0,
                touches=[text(15, "no more jobs pls. delete me from whatever system this is")],
                excluded=True,
            ),
            csm_ldn(
                "Henrietta Mbatha",
                2,
                touches=[
                    text(
                        15,
                        "no more sales roles pls, not my thing. customer success for schools "
                        "id love tho",
                    )
                ],
            ),
        ],
        **job(EDTECH_CSM, LONDON_HYBRID),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out -------------

sci_bri = on_file("cs", SCIENCE_TEACHER, "Bristol, UK")
prim_ldn = on_file("cs", PRIMARY_TEACHER, "London, UK")
lect_edi = on_file("cs", LECTURER, "Edinburgh, UK")
post_ox = on_file("data_eng", POSTDOC, "Oxford, UK")
dev_mcr = on_file("backend", where="Manchester, UK")
data_ldn = on_file("data_eng", where="London, UK")
sales_ldn = on_file("sales", where="London, UK")
lect_gal = on_file("cs", LECTURER, "Galway, Ireland")
lect_tor = on_file("cs", LECTURER, "Toronto, Canada")

WAITS = [
    C(
        "not before February half-term, said this month vs said last January",
        "cs",
        [
            sci_bri(
                "Ambrose Kinnear",
                1,
                ("ECT mentor this yr - don't want to move before Feb half-term.", 20),
            ),
            sci_bri(
                "Perpetua Lavington",
                2,
                ("ECT mentor this yr - don't want to move before Feb half-term.", 300),
            ),
        ],
        **job(SCIENCE_POST, BRISTOL_SCHOOL),
    ),
    C(
        "six weeks of marking, said ten days ago vs said in August",
        "cs",
        [
            lect_edi(
                "Fenella Auchterlonie",
                1,
                ("Drowning in coursework marking - give me six weeks and then call.", 10),
            ),
            lect_edi(
                "Torquil Macaskill",
                2,
                ("Drowning in coursework marking - give me six weeks and then call.", 100),
            ),
        ],
        **job(LECTURER_POST, EDINBURGH_CAMPUS),
    ),
    C(
        "a sabbatical for the next academic year, said recently vs two years ago",
        "cs",
        [
            lect_edi(
                "Isadora Penhaligon",
                1,
                touches=[
                    email(
                        45,
                        "I've been granted a sabbatical for the whole of next academic year, so "
                        "I'm off the market until it finishes. Do try me after that.",
                    )
                ],
            ),
            lect_edi(
                "Lachlan Drummond-Reid",
                2,
                touches=[
                    email(
                        720,
                        "I've been granted a sabbatical for the whole of next academic year, so "
                        "I'm off the market until it finishes. Do try me after that.",
                    )
                ],
            ),
        ],
        **job(LECTURER_POST, EDINBURGH_CAMPUS),
    ),
    C(
        "a grant running to next summer vs a grant that ended in the summer",
        "data_eng",
        [
            post_ox(
                "Cosmo Harbottle",
                1,
                (
                    "Funded on the Wellcome grant until next July - won't leave the project early.",
                    30,
                ),
            ),
            post_ox(
                "Eudora Pennyfeather",
                2,
                ("Funded on the Wellcome grant until July - won't leave the project early.", 240),
            ),
        ],
        **job(POSTDOC_POST, OXFORD_LAB),
    ),
    C(
        "a term's notice to hand in at Christmas vs notice served last year",
        "cs",
        [
            prim_ldn(
                "Araminta Oduya",
                1,
                (
                    "Has to give a full term's notice - will resign by 31 Dec, so free to "
                    "start after Easter at the earliest.",
                    14,
                ),
            ),
            prim_ldn(
                "Clementine Ashgarth",
                2,
                (
                    "Has to give a full term's notice - will resign by 31 Dec, so free to "
                    "start after Easter at the earliest.",
                    400,
                ),
            ),
        ],
        **job(PRIMARY_POST, LONDON_SCHOOL),
    ),
    C(
        "after results day in August, said last week vs said in June",
        "cs",
        [
            sci_bri(
                "Jeremiah Cottle",
                1,
                ("Head of Y11 - nothing till after results day in August pls.", 5),
            ),
            sci_bri(
                "Marigold Tresidder",
                2,
                ("Head of Y11 - nothing till after results day in August pls.", 160),
            ),
        ],
        **job(SCIENCE_POST, BRISTOL_SCHOOL),
    ),
    C(
        "after my viva in January, said last month vs said last year",
        "data_eng",
        [
            post_ox(
                "Wilfred Agyemang",
                1,
                touches=[
                    email(
                        25,
                        "My viva is booked for mid-January. I'd rather not interview anywhere "
                        "until it's behind me - could you come back to me after?",
                    )
                ],
            ),
            post_ox(
                "Ptolemy Sandercock",
                2,
                touches=[
                    email(
                        330,
                        "My viva is booked for mid-January. I'd rather not interview anywhere "
                        "until it's behind me - could you come back to me after?",
                    )
                ],
            ),
        ],
        **job(POSTDOC_POST, OXFORD_LAB),
    ),
    C(
        "after Christmas, said a week ago vs said last December",
        "backend",
        [
            dev_mcr("Horatio Beddoes", 1, ("lets talk after christmas, peak season at work", 7)),
            dev_mcr(
                "Zinnia Copplestone", 2, ("lets talk after christmas, peak season at work", 345)
            ),
        ],
        **job(EDTECH_BACKEND, MANCHESTER_HYBRID),
    ),
    C(
        "not before Q2, said in October vs said a year ago",
        "sales",
        [
            sales_ldn(
                "Marcus Delacroix-Webb",
                1,
                touches=[
                    call(
                        35,
                        "He's got a big trust renewal closing this quarter and next - asked us "
                        "not to come back before Q2.",
                    )
                ],
            ),
            sales_ldn(
                "Tabitha Ventnor",
                2,
                touches=[
                    call(
                        390,
                        "She's got a big trust renewal closing this quarter and next - asked us "
                        "not to come back before Q2.",
                    )
                ],
            ),
        ],
        **job(EDTECH_SALES, LONDON_HYBRID, salary_min=55_000, salary_max=65_000, currency="GBP"),
    ),
    C(
        "a year's maternity leave from September vs maternity leave that has ended",
        "data_eng",
        [
            data_ldn(
                "Nerys Llewellyn-Price",
                1,
                ("Starting a year's mat leave in Sept - nothing until it's over.", 80),
            ),
            data_ldn(
                "Blessing Onwuachi",
                2,
                ("Starting a year's mat leave in Sept - nothing until it's over.", 500),
            ),
        ],
        **job(RESEARCH_DATA, LONDON_HYBRID),
    ),
    C(
        "Irish: not before Easter, said this month vs said last year",
        "cs",
        [
            lect_gal(
                "Tadhg Mac Giolla Phádraig",
                1,
                touches=[email(12, "Ná cuir glaoch orm roimh an Cháisc, tá an iomarca ar siúl.")],
            ),
            lect_gal(
                "Éabha Ní Chonghaile",
                2,
                touches=[email(400, "Ná cuir glaoch orm roimh an Cháisc, tá an iomarca ar siúl.")],
            ),
        ],
        **job(LECTURER_POST, GALWAY_CAMPUS),
    ),
    C(
        "Canadian French: not before the end of the winter session vs said last year",
        "cs",
        [
            lect_tor(
                "Anne-Sophie Gagnon",
                1,
                touches=[
                    email(
                        20,
                        "Je donne trois cours cette session d'hiver; pas avant la fin de la "
                        "session en avril, s'il vous plaît.",
                    )
                ],
            ),
            lect_tor(
                "Jean-Philippe Lévesque",
                2,
                touches=[
                    email(
                        380,
                        "Je donne trois cours cette session d'hiver; pas avant la fin de la "
                        "session en avril, s'il vous plaît.",
                    )
                ],
            ),
        ],
        **job(LECTURER_POST, TORONTO_CAMPUS),
    ),
    C(
        "Spanish: not before March, said two weeks ago vs said last winter",
        "data_eng",
        [
            post_ox(
                "Remedios Alcántara",
                1,
                touches=[
                    text(15, "ahora imposible, no antes de marzo por favor, entrego el informe")
                ],
            ),
            post_ox(
                "Baltasar Echeverría",
                2,
                touches=[
                    text(300, "ahora imposible, no antes de marzo por favor, entrego el informe")
                ],
            ),
        ],
        **job(POSTDOC_POST, OXFORD_LAB),
    ),
    C(
        "a note full of term dates that asks for no wait vs a real wait",
        "cs",
        [
            prim_ldn(
                "Octavia Runciman",
                2,
                touches=[
                    call(
                        9,
                        "Long chat. Her school breaks up 18 Dec, back 5 Jan, Feb half-term "
                        "15-19, SATs week is 10 May, Y6 residential in June. Free for interview "
                        "any afternoon from now on - keen to move for September or sooner.",
                    )
                ],
            ),
            prim_ldn(
                "Griselda Monkhouse",
                1,
                touches=[
                    call(
                        9,
                        "Long chat. Taking Y6 through SATs - asked us not to approach her about "
                        "anything until SATs week in May is done.",
                    )
                ],
            ),
        ],
        **job(PRIMARY_POST, LONDON_SCHOOL),
    ),
    C(
        "exam-board dates in passing vs three months to finish a funding bid",
        "data_eng",
        [
            data_ldn(
                "Florian Abernethy",
                2,
                touches=[
                    email(
                        6,
                        "Quick update: our GCSE results dataset lands 20 Aug and the Ofqual "
                        "release is 1 Sept, so the pipeline I built is busiest then. Anyway - "
                        "available, looking, happy to interview next week.",
                    )
                ],
            ),
            data_ldn(
                "Hester Pardoe",
                1,
                touches=[
                    email(
                        6,
                        "I'm writing the renewal bid for our study - three months of it. "
                        "Please give me until it's submitted before talking roles.",
                    )
                ],
            ),
        ],
        **job(RESEARCH_DATA, LONDON_HYBRID),
    ),
]

# --- 3. schedule, travel, visa, contract, commute ----------------------------------------------

csm_mcr = on_file("cs", where="Manchester, UK")
lect_bos = on_file("cs", LECTURER, "Boston, MA, USA")
lect_mel = on_file("cs", LECTURER, "Melbourne, Australia")
sci_syd = on_file("cs", SCIENCE_TEACHER, "Sydney, Australia")
sci_mcr = on_file("cs", SCIENCE_TEACHER, "Manchester, UK")
sci_dub = on_file("cs", SCIENCE_TEACHER, "Dublin, Ireland")
prim_car = on_file("cs", PRIMARY_TEACHER, "Cardiff, UK")

SCHEDULE = [
    C(
        "wants term-time only vs wants year-round hours, term-time-only post",
        "cs",
        [
            sbm_lds(
                "Philomena Greatorex",
                2,
                "Two kids at primary - needs a term-time-only contract, school holidays off.",
            ),
            sbm_lds("Crispin Haworth", 0, "Wants a 52-week role, can't afford term-time-only pay."),
        ],
        **job(
            SBM_POST,
            LEEDS_SCHOOL,
            offers=["Term-time only plus two weeks (41 weeks a year)", "8am-4pm"],
        ),
    ),
    C(
        "can't do evening classes vs happy to teach evenings, adult evening programme",
        "cs",
        [
            fe_bri(
                "Lorcan Whitcombe", 2, "Fine teaching adult learners 6-9pm, likes evening work."
            ),
            fe_bri(
                "Genevieve Trowbridge",
                0,
                "Cannot do evening teaching at all - childcare after 5pm is impossible.",
            ),
        ],
        **job(
            FE_POST,
            BRISTOL_SCHOOL,
            title="Lecturer in Computing (adult evening programme)",
            offers=["Teaching Monday to Thursday, 5.30-9pm"],
        ),
    ),
    C(
        "wants three days a week vs wants full-time, 0.6 FTE post",
        "cs",
        [
            prim_ldn(
                "Rosamund Aldous",
                2,
                "Looking for 0.6 - three days, ideally Mon-Wed, not full-time any more.",
            ),
            prim_ldn(
                "Fabian Okonkwo-Marsh",
                0,
                "Needs a full-time post, 1.0 FTE - part-time won't pay the mortgage.",
            ),
        ],
        **job(
            PRIMARY_POST,
            LONDON_SCHOOL,
            title="Year 5 Class Teacher (0.6 FTE, job share)",
            offers=["Three days a week, Monday to Wednesday, job share"],
        ),
    ),
    C(
        "won't teach summer school vs no problem with summer teaching",
        "cs",
        [
            lect_bos(
                "Everett Calloway",
                2,
                "Doesn't mind teaching the summer session - extra pay is welcome.",
            ),
            lect_bos(
                "Prudence Whitfield",
                0,
                "Summers are for research; won't take a post with summer teaching.",
            ),
        ],
        **job(
            LECTURER_POST,
            BOSTON_CAMPUS,
            title="Assistant Teaching Professor, Computer Science",
            offers=["Teaching across fall, spring and the summer session"],
        ),
    ),
    C(
        "negated: 'not against Saturday open days' vs refuses weekend work",
        "cs",
        [
            csm_mcr(
                "Hamish Trelowarth",
                2,
                "Not against the odd Saturday event - the schools shows are fun.",
            ),
            csm_mcr("Delphine Sowerby", 0, "No weekends. Full stop - Saturdays are family time."),
        ],
        **job(
            EDTECH_CSM,
            MANCHESTER_HYBRID,
            offers=["Includes six Saturday education shows a year (time off in lieu)"],
        ),
    ),
]

TRAVEL = [
    C(
        "refuses overnight travel vs likes being out visiting schools, regional role",
        "cs",
        [
            csm_mcr(
                "Lavinia Stainthorpe",
                2,
                "Loves being out at schools - happy driving round the North West all week.",
            ),
            csm_mcr(
                "Bartholomew Quayle",
                0,
                "No more travel - wants a desk job after years on the road visiting schools.",
            ),
        ],
        **job(
            EDTECH_CSM,
            MANCHESTER_HYBRID,
            offers=["On the road three days a week visiting schools across the North West"],
        ),
    ),
    C(
        "no overnights was about the last job; this role has none",
        "sales",
        [
            sales_ldn(
                "Cordelia Fanshawe",
                2,
                apps=[
                    declined(
                        260,
                        "other",
                        "Too many overnights at BETT and regional shows - two nights a week.",
                        role="Account Executive, Schools",
                    )
                ],
            ),
            sales_ldn("Ignatius Pole", 1),
        ],
        **job(
            EDTECH_SALES,
            LONDON_HYBRID,
            offers=["London-based, no overnight stays, shows within the M25 only"],
        ),
    ),
    C(
        "no overnights still standing; this role has weekly overnights",
        "sales",
        [
            sales_ldn(
                "Magnus Ellerby",
                0,
                apps=[
                    declined(
                        260,
                        "other",
                        "Too many overnights at regional shows - he has two under fives.",
                        role="Account Executive, Schools",
                    )
                ],
            ),
            sales_ldn("Juniper Castellane", 2),
        ],
        **job(
            EDTECH_SALES,
            LONDON_HYBRID,
            title="Account Executive, Schools (national, travelling)",
            offers=["Two nights a week away visiting trusts across England"],
        ),
    ),
    C(
        "wants fieldwork trips abroad vs hates flying, field station post",
        "data_eng",
        [
            post_ox(
                "Sylvester Ainsworth", 2, "Would love fieldwork abroad - misses being in the field."
            ),
            post_ox("Henrietta Goodbody", 0, "Won't fly any more; no field seasons abroad."),
        ],
        **job(
            POSTDOC_POST,
            OXFORD_LAB,
            offers=["Two six-week field seasons a year in Kenya"],
        ),
    ),
    C(
        "conference travel fine vs only local; role with international conferences",
        "cs",
        [
            lect_mel(
                "Ashwin Ramaswamy",
                2,
                "Keen to present abroad again - conference travel is a plus.",
            ),
            lect_mel(
                "Harriet Koutsoukos",
                0,
                "Caring for her dad, can't travel overseas at all for the next few years.",
            ),
        ],
        **job(
            LECTURER_POST,
            MELBOURNE_CAMPUS,
            offers=["Funded travel to two international conferences a year (Europe, US)"],
        ),
    ),
    C(
        "school trips: leads residentials vs won't do residentials",
        "cs",
        [
            prim_car(
                "Gwenllian Prysorwen",
                2,
                "Runs the Y6 residential every year, loves it - happy to do trips.",
            ),
            prim_car("Iestyn Rowlands", 0, "Won't go on residential trips, not with his back."),
        ],
        **job(
            PRIMARY_POST,
            CARDIFF_SCHOOL,
            offers=["Leads the annual Year 5 residential to Llangrannog (three nights)"],
        ),
    ),
    C(
        "travel refused in the past; new role has no travel",
        "cs",
        [
            csm_ldn(
                "Percy Lanyon",
                2,
                apps=[
                    withdrew(
                        200,
                        "other",
                        "Withdrew - the role had site visits to schools in Kent every week and "
                        "she doesn't drive.",
                        role="Customer Success Manager",
                    )
                ],
            ),
            csm_ldn("Viola Kerslake", 1),
        ],
        **job(
            EDTECH_CSM,
            LONDON_HYBRID,
            offers=["All account calls by video - no school visits required"],
        ),
    ),
    C(
        "negation: 'travel wasn't the issue, the pay was' vs travel was the issue",
        "sales",
        [
            sales_ldn(
                "Ottoline Brackenthwaite",
                2,
                "Travel wasn't the issue last time at all - it was the basic. Happy on the road.",
            ),
            sales_ldn(
                "Seraphina Cloke",
                0,
                "Travel was the issue last time - she won't be on the road every week again.",
            ),
        ],
        **job(
            EDTECH_SALES,
            LONDON_HYBRID,
            title="Field Account Executive, Schools",
            offers=["On the road visiting schools four days a week"],
            salary_min=60_000,
            salary_max=70_000,
            currency="GBP",
        ),
    ),
    C(
        "occasional campus visits fine vs no travel to the other campus",
        "cs",
        [
            lect_dub(
                "Fionnuala Carberry",
                2,
                "Happy to teach at the Athlone campus a day a week, doesn't mind the train.",
            ),
            lect_dub(
                "Diarmuid Keaveney",
                0,
                "Won't do split-campus posts - not commuting to Athlone again.",
            ),
        ],
        **job(
            LECTURER_POST,
            DUBLIN_SCHOOL,
            offers=["Teaching split between Dublin and the Athlone campus (one day a week)"],
        ),
    ),
    C(
        "Spanish: happy to travel to schools vs no travel at all",
        "cs",
        [
            csm_mcr(
                "Consuelo Arbeloa",
                2,
                "Me encanta visitar colegios, no me importa viajar por la región.",
            ),
            csm_mcr(
                "Leocadio Ibarra",
                0,
                "No quiero viajar nada, busco un puesto sin desplazamientos.",
            ),
        ],
        **job(
            EDTECH_CSM,
            MANCHESTER_HYBRID,
            offers=["Regular visits to schools across Greater Manchester and Lancashire"],
        ),
    ),
]

VISA = [
    C(
        "needs Skilled Worker sponsorship vs settled status, school can't sponsor",
        "cs",
        [
            sci_ldn(
                "Kwabena Asante-Darko",
                0,
                "Trained in Ghana, will need Skilled Worker sponsorship to take a UK post.",
            ),
            sci_ldn("Małgorzata Wierzbicka", 2, "Has settled status, no visa needed."),
        ],
        **job(SCIENCE_POST, LONDON_SCHOOL, offers=["Please note we are unable to sponsor visas"]),
    ),
    C(
        "sponsorship was the blocker last time; this academy now sponsors",
        "cs",
        [
            sci_mcr(
                "Thandiwe Mokgethwa",
                2,
                apps=[
                    lost_final(
                        300,
                        "Strong lesson - but the school couldn't sponsor a visa, so no offer.",
                    )
                ],
            ),
            sci_mcr("Aurelio Banverdi", 1),
        ],
        **job(
            SCIENCE_POST,
            MANCHESTER_SCHOOL,
            offers=["We are a licensed sponsor and will sponsor Skilled Worker visas"],
        ),
    ),
    C(
        "Global Talent visa holder vs needs a sponsor, lab that can't sponsor",
        "data_eng",
        [
            post_cam(
                "Dr Yusra Al-Khatib",
                2,
                "On a Global Talent visa (endorsed by the Royal Society) - no sponsor needed.",
            ),
            post_cam(
                "Dr Anselm Hohenberg",
                0,
                "His Tier 2 ends with this contract; needs a new sponsor to stay in the UK.",
            ),
        ],
        **job(POSTDOC_POST, CAMBRIDGE_LAB, offers=["This post cannot offer visa sponsorship"]),
    ),
    C(
        "J-1 two-year home rule not waived vs waiver granted, US tenure-track post",
        "cs",
        [
            lect_bos(
                "Dr Matthias Grünewald",
                0,
                "On a J-1 with the two-year home residency rule; no waiver - must go home "
                "before any US job.",
            ),
            lect_bos(
                "Dr Oluwaseun Bakare",
                2,
                "J-1 two-year home requirement waived in September; free to take an H-1B.",
            ),
        ],
        **job(
            LECTURER_POST,
            BOSTON_CAMPUS,
            title="Assistant Professor (tenure track), Computer Science",
            offers=["H-1B sponsorship available; start August 2027"],
        ),
    ),
    C(
        "Irish Stamp 4 vs needs a Critical Skills permit the college won't get",
        "cs",
        [
            lect_dub(
                "Dr Priyanka Venkataraman", 2, "Holds Stamp 4 - full right to work in Ireland."
            ),
            lect_dub(
                "Dr Tomasz Zieliński-Byrne",
                0,
                "Would need a Critical Skills Employment Permit to move to Ireland.",
            ),
        ],
        **job(
            LECTURER_POST,
            DUBLIN_SCHOOL,
            offers=["Applicants must already hold the right to work in Ireland"],
        ),
    ),
    C(
        "Australian 482 needed vs permanent resident, school not sponsoring",
        "cs",
        [
            sci_syd("Callum Fairwellow", 0, "In Sydney on a working holiday, would need a 482."),
            sci_syd(
                "Ngaio Te Rangi",
                2,
                "Kiwi citizen, lives in Sydney - full work rights, WWCC current.",
            ),
        ],
        **job(
            SCIENCE_POST,
            SYDNEY_SCHOOL,
            title="Science Teacher (Chemistry), Years 7-12",
            offers=["Australian citizens and permanent residents only - no sponsorship"],
        ),
    ),
    C(
        "Canadian work permit ending vs permanent resident, permanent post",
        "cs",
        [
            lect_tor(
                "Dr Rafael Quintanilla",
                0,
                "Post-grad work permit expires in February; no LMIA support means he can't stay.",
            ),
            lect_tor("Dr Chiamaka Eze", 2, "Became a permanent resident of Canada in the spring."),
        ],
        **job(
            LECTURER_POST,
            TORONTO_CAMPUS,
            offers=["Canadian citizens and permanent residents will be given priority"],
        ),
    ),
    C(
        "a husband's visa question that isn't hers vs her own sponsorship need",
        "cs",
        [
            prim_ldn(
                "Rukhsana Qureshi",
                2,
                touches=[
                    call(
                        40,
                        "Chatty call. Her husband's Skilled Worker visa renewal is in January "
                        "which is stressing them; she's British herself, no visa issues. Keen "
                        "on KS2.",
                    )
                ],
            ),
            prim_ldn(
                "Adaeze Nwachinemere",
                0,
                touches=[
                    call(
                        40,
                        "Chatty call. Her own dependant visa ends when her husband's PhD does, "
                        "so she would need the school to sponsor her. Keen on KS2.",
                    )
                ],
            ),
        ],
        **job(PRIMARY_POST, LONDON_SCHOOL, offers=["We cannot sponsor visas for this post"]),
    ),
    C(
        "couldn't be sponsored last time, now has ILR",
        "backend",
        [
            dev_ldn(
                "Arjun Balasubramanian",
                2,
                ("Got ILR in the summer - no longer needs a sponsor.", 90),
                apps=[
                    lost_final(
                        420,
                        "Great tech test; we couldn't sponsor at the time.",
                        role="Backend Engineer",
                    )
                ],
            ),
            dev_ldn("Rosalind Ayckbourn", 1),
        ],
        **job(EDTECH_BACKEND, LONDON_HYBRID, offers=["No visa sponsorship available"]),
    ),
    C(
        "QTS awarded vs overseas qualification not yet recognised, QTS required",
        "cs",
        [
            sci_mcr("Deon van der Merwe", 2, "QTS came through via the new iQTS route in October."),
            sci_mcr(
                "Ayesha Siddiqa Rahman",
                0,
                "Her Pakistani B.Ed isn't recognised yet - no QTS, would need an unqualified "
                "teacher post.",
            ),
        ],
        **job(SCIENCE_POST, MANCHESTER_SCHOOL, offers=["QTS required - not an unqualified post"]),
    ),
]

CONTRACT = [
    C(
        "fine with a two-year grant post vs wants permanent only, fixed-term postdoc",
        "data_eng",
        [
            post_cam(
                "Dr Linnea Strand", 2, "A two- or three-year grant post is fine, that's academia."
            ),
            post_cam(
                "Dr Ewan Lockhart",
                0,
                "Done with fixed-term contracts - only permanent posts from now on.",
            ),
        ],
        **job(
            POSTDOC_POST,
            CAMBRIDGE_LAB,
            offers=["Fixed term for 24 months (grant-funded)"],
        ),
    ),
    C(
        "wants supply only vs wants a permanent post, permanent role",
        "cs",
        [
            prim_car(
                "Bethan Gwynfor-Jones",
                0,
                "Only wants day-to-day supply - no planning, no permanent contract.",
            ),
            prim_car(
                "Cerys Vaughan-Rees", 2, "Sick of supply, wants a permanent class of her own."
            ),
        ],
        **job(PRIMARY_POST, CARDIFF_SCHOOL, offers=["Permanent, full-time, from January"]),
    ),
    C(
        "happy to do a mat cover vs no more temporary contracts, maternity cover post",
        "cs",
        [
            sci_dub(
                "Niamh Cullinagh", 2, "Would take a maternity cover, gets her a foot in the door."
            ),
            sci_dub(
                "Ronan Maguire",
                0,
                "No more temporary contracts - needs a CID or permanent post now.",
            ),
        ],
        **job(
            SCIENCE_POST,
            DUBLIN_SCHOOL,
            title="Chemistry and Science Teacher (maternity cover to June)",
            offers=["Fixed-term maternity cover, January to June"],
        ),
    ),
    C(
        "wants permanent; this tenure-track post is permanent vs wants to stay sessional",
        "cs",
        [
            lect_edi(
                "Dr Morag Cairncross",
                2,
                "After six years of fixed-term contracts, wants a permanent post.",
            ),
            lect_edi(
                "Dr Benedict Allardyce",
                0,
                "Only wants a few sessional hours' teaching alongside his consultancy.",
            ),
        ],
        **job(
            LECTURER_POST,
            EDINBURGH_CAMPUS,
            offers=["Open-ended (permanent) contract, full-time"],
        ),
    ),
]

dev_bri = on_file("backend", where="Newport, UK")
prim_dub = on_file("cs", PRIMARY_TEACHER, "Dublin, Ireland")
sci_rdg = on_file("cs", SCIENCE_TEACHER, "Reading, UK")

COMMUTE = [
    C(
        "won't cross the Severn bridge daily vs happy to, Bristol office",
        "backend",
        [
            dev_bri(
                "Aneurin Probert", 2, "Lives in Newport, fine driving over the bridge to Bristol."
            ),
            dev_bri(
                "Lowri Gethin",
                0,
                "Lives in Newport - never again commuting over the Severn bridge every day.",
            ),
        ],
        **job(
            EDTECH_BACKEND,
            dict(
                remote_policy="onsite",
                location="Bristol, UK",
                offers=["Office in Temple Quarter, five days a week"],
            ),
        ),
    ),
    C(
        "M60 at rush hour is a no vs Stockport is easy for her",
        "cs",
        [
            sci_mcr(
                "Kirsty Openshaw",
                0,
                "Lives in Bury; the M60 round to Stockport at 7.30 is a no, max 30 mins.",
            ),
            sci_mcr(
                "Gemma Tattersall", 2, "Lives in Heaton Moor, Stockport schools are ten minutes."
            ),
        ],
        **job(
            SCIENCE_POST,
            MANCHESTER_SCHOOL,
            description="Teach science in an 11-16 academy in Stockport.",
        ),
    ),
    C(
        "no car and off the DART line vs drives, Tallaght school",
        "cs",
        [
            prim_dub(
                "Aoife Brenvaragh",
                0,
                "No car; can only do schools on the DART line - Tallaght's out.",
            ),
            prim_dub("Clodagh Moriarty", 2, "Drives, lives in Firhouse - Tallaght is 10 minutes."),
        ],
        **job(
            PRIMARY_POST,
            DUBLIN_SCHOOL,
            title="Primary Teacher, Tallaght",
            description="Mainstream class teacher in a DEIS primary school in Tallaght.",
        ),
    ),
    C(
        "train from Reading daily fine vs won't commute into London any more",
        "cs",
        [
            sci_rdg("Jolyon Ashcombe", 2, "Happy on the Elizabeth line from Reading every day."),
            sci_rdg(
                "Maisie Tunnicliffe",
                0,
                "Stopped commuting into London from Reading - local schools only now.",
            ),
        ],
        **job(SCIENCE_POST, LONDON_SCHOOL),
    ),
    C(
        "school run: needs to leave by 3pm vs no constraint, 8-5 post",
        "cs",
        [
            sbm_lds(
                "Harriet Wolsterdale",
                0,
                "Does the school run both ends - must leave by 3pm every day.",
            ),
            sbm_lds("Mehreen Akhtar", 2, "Kids are grown, hours aren't an issue."),
        ],
        **job(SBM_POST, LEEDS_SCHOOL, offers=["Hours 8am to 5pm, 52 weeks a year"]),
    ),
    C(
        "withdrew over a 75-minute drive; this school is in her own town",
        "cs",
        [
            sci_mcr(
                "Yvonne Greenhalgh",
                2,
                apps=[
                    withdrew(
                        210,
                        "location",
                        "Withdrew - 75 mins each way to the Oldham school, lives in Wigan.",
                        past=dict(remote_policy="onsite", location="Oldham, UK"),
                    )
                ],
                location="Wigan, UK",
            ),
            sci_mcr("Sadie Pennington", 1, location="Wigan, UK"),
        ],
        **job(
            SCIENCE_POST,
            dict(remote_policy="onsite", location="Wigan, UK"),
            description="Teach science in an 11-18 school in Wigan town centre.",
        ),
    ),
    C(
        "withdrew over the Cambridge commute; this post is in Cambridge again",
        "data_eng",
        [
            post_cam(
                "Dr Ruari Fotheringham",
                0,
                apps=[
                    withdrew(
                        180,
                        "location",
                        "Pulled out: Peterborough to Cambridge daily with the A14 roadworks "
                        "was too much. Won't do it.",
                        past=dict(remote_policy="onsite", location="Cambridge, UK"),
                        role="Research Associate",
                    )
                ],
                location="Peterborough, UK",
            ),
            post_cam("Dr Ingrid Solberg", 2, location="Peterborough, UK"),
        ],
        **job(POSTDOC_POST, CAMBRIDGE_LAB),
    ),
    C(
        "the 401 to Mississauga is a no vs Mississauga campus fine",
        "cs",
        [
            lect_tor(
                "Dr Priya Ramdial",
                0,
                "Lives in Scarborough - the 401 to the Mississauga campus twice a day is a no.",
            ),
            lect_tor("Dr Colm Hennessy", 2, "Lives in Oakville, Mississauga campus is 20 minutes."),
        ],
        **job(
            LECTURER_POST,
            dict(remote_policy="onsite", location="Mississauga, Canada"),
            description="Teaching-stream lecturer at the Mississauga campus.",
        ),
    ),
    C(
        "Parramatta local only vs happy on the train into the city",
        "cs",
        [
            sci_syd(
                "Dimitra Papadakis",
                0,
                "Lives in Parramatta - western Sydney schools only, not going into the CBD.",
            ),
            sci_syd("Tahlia Brockhurst", 2, "Train from Parramatta into the city is fine by her."),
        ],
        **job(
            SCIENCE_POST,
            SYDNEY_SCHOOL,
            title="Science Teacher (Chemistry), Sydney CBD",
            description="Teach science at a girls' school in the Sydney CBD.",
        ),
    ),
    C(
        "Irish: happy to travel to Galway daily vs can't travel to Galway",
        "cs",
        [
            lect_gal(
                "Dr Ruairí Ó Flatharta",
                2,
                "Tá mé sásta taisteal go Gaillimh gach lá ón Uachtar Ard.",
                location="Oughterard, Ireland",
            ),
            lect_gal(
                "Dr Gráinne Ní Fhlatharta",
                0,
                "Ní féidir liom taisteal go Gaillimh gach lá, tá sé rófhada ó Charna.",
                location="Carna, Ireland",
            ),
        ],
        **job(LECTURER_POST, GALWAY_CAMPUS),
    ),
]

# --- 4. pay against the band -------------------------------------------------------------------

PAY = [
    C(
        "wants UPS2 or above vs fine on M6, band tops out at M6",
        "cs",
        [
            sci_ldn(
                "Ezekiel Boatwenya", 0, "Won't drop below UPS2 - he's been on it for three years."
            ),
            sci_ldn("Juno Halliwell", 2, "Happy anywhere on the main scale, currently M5."),
        ],
        **job(
            SCIENCE_POST,
            LONDON_SCHOOL,
            offers=["Main pay scale M1-M6 (Inner London)"],
            salary_min=38_766,
            salary_max=51_743,
            currency="GBP",
        ),
    ),
    C(
        "asks USD 95k for nine months vs asks 130k, band 100-115k",
        "cs",
        [
            lect_bos("Dr Calloway Reyes", 2, "Looking for at least $95k on a nine-month contract."),
            lect_bos("Dr Winslow Hartigan", 0, "Won't move for under $130k, nine-month basis."),
        ],
        **job(
            LECTURER_POST,
            BOSTON_CAMPUS,
            offers=["Nine-month salary $100,000-$115,000"],
            salary_min=100_000,
            salary_max=115_000,
            currency="USD",
        ),
    ),
    C(
        "current pay above the band but a lower floor vs a floor above it",
        "backend",
        [
            dev_mcr(
                "Leopoldine Marshcombe",
                2,
                "On £82k now at a fintech but would take £70k for mission work in education.",
            ),
            dev_mcr("Rupert Feltham", 0, "Needs £85k minimum, non-negotiable."),
        ],
        **job(
            EDTECH_BACKEND,
            MANCHESTER_HYBRID,
            salary_min=65_000,
            salary_max=75_000,
            currency="GBP",
        ),
    ),
    C(
        "AUD with super: wants 120k package vs wants 160k base",
        "cs",
        [
            lect_mel("Dr Keziah Lomax", 2, "Would move for A$120k plus super."),
            lect_mel(
                "Dr Barnabas Ng", 0, "Needs A$160k base before super to leave his current post."
            ),
        ],
        **job(
            LECTURER_POST,
            MELBOURNE_CAMPUS,
            offers=["Level B: A$118,000-A$140,000 plus 17% super"],
            salary_min=118_000,
            salary_max=140_000,
            currency="AUD",
        ),
    ),
    C(
        "supply day rate: wants £250 a day vs fine at £180, permanent post at £45k",
        "cs",
        [
            prim_ldn(
                "Carys Penhallick",
                2,
                "Doing supply at £180 a day but would go permanent on the main scale.",
            ),
            prim_ldn(
                "Quentin Bellamy-Roe",
                0,
                "Won't go permanent for less than the equivalent of £250 a day - about £60k.",
            ),
        ],
        **job(
            PRIMARY_POST,
            LONDON_SCHOOL,
            salary_min=38_766,
            salary_max=47_000,
            currency="GBP",
        ),
    ),
]

# --- 5. work mode in the title, the description, hybrid days; negation -------------------------

WORK_MODE = [
    C(
        "remote said only in the title: remote seeker vs office seeker",
        "backend",
        [
            dev_ldn("Benedikt Ashgrove", 2, "fully remote pls, moved to the Peak District"),
            dev_ldn("Cressida Mountjoy", 0, "Wants an office every day, hates working from home."),
        ],
        **job(
            EDTECH_BACKEND,
            dict(location="United Kingdom"),
            title="Senior Backend Engineer (Remote, UK)",
        ),
    ),
    C(
        "on-site said only in the description: remote-only vs happy on campus",
        "data_eng",
        [
            data_ldn("Gideon Farquharson", 0, "Remote only; won't go back to an office."),
            data_ldn("Philippa Oyinlola", 2, "Misses being on a campus - wants in-person work."),
        ],
        **job(
            RESEARCH_DATA,
            dict(location="London, UK"),
            description="Build the study's data pipelines; the post is based full-time on our "
            "Bloomsbury campus with no remote working.",
        ),
    ),
    C(
        "hybrid two days: max two days in vs wants fully remote",
        "cs",
        [
            csm_ldn("Ophelia Strangeways", 2, "Two days in the office is my max, two is perfect."),
            csm_ldn("Lysander Culpepper", 0, "Fully remote only - no office days at all."),
        ],
        **job(EDTECH_CSM, LONDON_HYBRID),
    ),
    C(
        "hybrid four days in vs wants one day max",
        "backend",
        [
            dev_mcr("Ignatia Roscoe", 0, "One day a week in the office at most."),
            dev_mcr("Thaddeus Birtwistle", 2, "Happy in the office most of the week."),
        ],
        **job(
            EDTECH_BACKEND,
            dict(
                remote_policy="hybrid",
                location="Manchester, UK",
                offers=["Four days a week in the Ancoats office, Fridays from home"],
            ),
        ),
    ),
]

NEGATIONS = [
    C(
        "'no issue with the office, the issue was the pay' vs refused office days",
        "backend",
        [
            dev_ldn(
                "Evander Lisle",
                2,
                "Had no issue with being in the office, the issue was the money. Office is fine.",
            ),
            dev_ldn("Marguerite Olde", 0, "Won't be in an office again. Remote or nothing."),
        ],
        **job(
            EDTECH_BACKEND,
            dict(remote_policy="onsite", location="London, UK"),
            salary_min=80_000,
            salary_max=90_000,
            currency="GBP",
        ),
    ),
    C(
        "'not against managing, just not yet' scope vs refuses managing",
        "manager",
        [
            on_file("manager", where="London, UK")(
                "Cornelius Aplin", 2, "Not against managing people - ready for it now, in fact."
            ),
            on_file("manager", where="London, UK")(
                "Delia Marchbanks", 0, "Does not want to manage people, wants to stay hands-on."
            ),
        ],
        **job(
            dict(
                title="Engineering Manager, Assessment Platform",
                description="Lead six engineers building our exam-marking product.",
            ),
            LONDON_HYBRID,
        ),
    ),
]

# --- 6. location, level, stage and size, mission, technology -----------------------------------

LOCATIONS = [
    C(
        "moving to Cork in the summer vs settled in Belfast, Cork campus",
        "cs",
        [
            lect_dub(
                "Dr Sorcha Twomey",
                2,
                "Partner got a job at UCC - relocating to Cork, wants to be there by August.",
                location="Belfast, UK",
            ),
            lect_dub(
                "Dr Conall McAteer",
                0,
                "Settled in Belfast, won't relocate.",
                location="Belfast, UK",
            ),
        ],
        **job(LECTURER_POST, dict(remote_policy="onsite", location="Cork, Ireland")),
    ),
    C(
        "wants to move back to Wales vs no move, Cardiff school",
        "cs",
        [
            sci_ldn(
                "Elinor Madoc-Jones", 2, "Desperate to move home to Cardiff, parents are there."
            ),
            sci_ldn("Bramwell Ogunsanya", 0, "Not leaving London - partner's job and the kids."),
        ],
        **job(SCIENCE_POST, CARDIFF_SCHOOL),
    ),
    C(
        "a spouse's move she is not following vs relocating herself",
        "cs",
        [
            lect_edi(
                "Dr Anwen Carradine",
                0,
                "Her ex-husband is moving to Melbourne with his job; she's staying in Edinburgh.",
            ),
            lect_edi(
                "Dr Fergus Menteith",
                2,
                "Moving his family to Melbourne next year - wants a post there.",
            ),
        ],
        **job(LECTURER_POST, MELBOURNE_CAMPUS),
    ),
]

LEVEL = [
    C(
        "wants to lead a department vs wants fewer responsibilities, head of science post",
        "cs",
        [
            sci_bri(
                "Caractacus Dunmore", 2, "Ready for head of department - been 2i/c for three years."
            ),
            sci_bri(
                "Philippa Tregothnan", 0, "Gave up her TLR - wants to just teach, no leadership."
            ),
        ],
        **job(
            SCIENCE_POST,
            BRISTOL_SCHOOL,
            title="Head of Science",
            seniority="lead",
            offers=["TLR 1b, leading a department of eleven"],
        ),
    ),
    C(
        "wants to stay hands-on vs wants a lab lead role, senior research software post",
        "data_eng",
        [
            post_ox("Dr Wystan Pargeter", 2, "Wants to stay hands-on writing code, no managing."),
            post_ox("Dr Hermione Sturridge", 1, "Wants to run her own group soon."),
        ],
        **job(
            RESEARCH_DATA,
            OXFORD_LAB,
            title="Senior Research Software Engineer (individual contributor)",
            offers=["Hands-on technical role, no line management"],
        ),
    ),
]

STAGE_SIZE = [
    C(
        "wants a small startup vs wants a big stable employer, seed-stage edtech",
        "backend",
        [
            dev_ldn(
                "Peregrine Oakhurstley",
                2,
                "Wants an early-stage edtech, 10-20 people, build from scratch.",
            ),
            dev_ldn(
                "Millicent Grayling", 0, "After a layoff, wants a large established employer only."
            ),
        ],
        **job(EDTECH_BACKEND, LONDON_HYBRID, offers=["Seed-stage: 12 people, just raised £3m"]),
    ),
    C(
        "wants a big trust with career paths vs wants a small village school",
        "cs",
        [
            sbm_lds("Augustina Roebuck", 2, "Wants a large MAT with a central team and a ladder."),
            sbm_lds("Mortimer Sugden", 0, "Wants a small standalone school, no trust bureaucracy."),
        ],
        **job(
            SBM_POST,
            LEEDS_SCHOOL,
            offers=["Part of a 34-school multi-academy trust with a central finance team"],
        ),
    ),
]

MISSION = [
    C(
        "wants state-school impact vs no view, a free-to-schools charity",
        "backend",
        [
            dev_ldn("Alaric Penrossick", 2, "Wants to work on something that helps state schools."),
            dev_ldn("Honoria Blakiston", 1),
        ],
        **job(
            EDTECH_BACKEND,
            LONDON_HYBRID,
            offers=["Education charity: free to every state school in England"],
        ),
    ),
    C(
        "refuses exam-cramming apps vs no view, an exam-cramming app",
        "backend",
        [
            dev_mcr(
                "Cosima Ravenhill",
                0,
                "Won't work on test-prep or cramming apps - thinks they harm kids.",
            ),
            dev_mcr("Gulliver Hartnell", 2),
        ],
        **job(
            EDTECH_BACKEND,
            MANCHESTER_HYBRID,
            title="Senior Backend Engineer, GCSE Revision App",
            offers=["Our app drills students for GCSE exams with daily timed tests"],
        ),
    ),
    C(
        "refuses defence-funded research vs wants applied research, defence-funded lab",
        "data_eng",
        [
            post_cam(
                "Dr Seren Aldridge", 0, "Won't take any post funded by defence or the military."
            ),
            post_cam("Dr Obadiah Kemp", 2, "Keen on applied research, whoever funds it."),
        ],
        **job(
            POSTDOC_POST,
            CAMBRIDGE_LAB,
            title="Research Associate, Autonomous Systems",
            offers=["Funded by the Defence Science and Technology Laboratory (Dstl)"],
        ),
    ),
    C(
        "defence refusal stands but this lab is health-funded",
        "data_eng",
        [
            post_cam(
                "Dr Evangeline Thorne", 2, "Won't take any post funded by defence or the military."
            ),
            post_cam("Dr Barnaby Quist", 1),
        ],
        **job(POSTDOC_POST, CAMBRIDGE_LAB, offers=["Funded by the Wellcome Trust and the NIHR"]),
    ),
    C(
        "wants accessibility work vs no view, an assistive-tech edtech",
        "backend",
        [
            dev_ldn(
                "Ferdinand Ashwellby",
                2,
                "Wants to build tools for kids with SEND - his son is dyslexic.",
            ),
            dev_ldn("Wilhelmina Crane", 1),
        ],
        **job(
            EDTECH_BACKEND,
            LONDON_HYBRID,
            offers=["Mission: reading tools for dyslexic and SEND pupils"],
        ),
    ),
    C(
        "refuses private schools vs no view, an independent school",
        "cs",
        [
            sci_ldn(
                "Rosalind Achebe-Hart",
                0,
                "Committed to state education - won't teach in the independent sector.",
            ),
            sci_ldn("Horace Penfold", 2),
        ],
        **job(
            SCIENCE_POST,
            LONDON_SCHOOL,
            title="Teacher of Chemistry, independent day school",
            offers=["Independent fee-paying school, small classes"],
        ),
    ),
    C(
        "private school refusal vs a state comprehensive: the refusal doesn't bite",
        "cs",
        [
            sci_ldn(
                "Leonora Fairclough",
                2,
                "Committed to state education - won't teach in the independent sector.",
            ),
            sci_ldn("Cuthbert Ellingham", 1),
        ],
        **job(SCIENCE_POST, LONDON_SCHOOL, offers=["Oversubscribed state comprehensive"]),
    ),
    C(
        "wants early years vs wants secondary, nursery edtech",
        "cs",
        [
            csm_ldn(
                "Posy Whitaker", 2, "Ex-nursery teacher, wants to work with early years settings."
            ),
            csm_ldn(
                "Ivo Stanhope", 0, "Only wants to work with secondary schools and sixth forms."
            ),
        ],
        **job(
            EDTECH_CSM,
            LONDON_HYBRID,
            title="Customer Success Manager, Early Years",
            offers=["Our customers are nurseries and early years settings"],
        ),
    ),
    C(
        "Spanish: won't work for betting companies vs wants education mission",
        "sales",
        [
            sales_ldn(
                "Encarnación Ruiz-Tagle",
                2,
                "Quiero trabajar en educación, algo con impacto social.",
            ),
            sales_ldn("Florencio Maldonado", 0, "Solo me interesa vender para casas de apuestas."),
        ],
        **job(
            EDTECH_SALES,
            LONDON_HYBRID,
            offers=["Mission: every child reading fluently by age 11"],
        ),
    ),
    C(
        "refuses oil-funded research chairs vs no view, oil-funded centre",
        "cs",
        [
            lect_edi("Dr Isla Macphail", 0, "Won't accept a post funded by oil and gas companies."),
            lect_edi("Dr Auberon Kincaid", 2),
        ],
        **job(
            LECTURER_POST,
            EDINBURGH_CAMPUS,
            offers=["Post funded by an endowment from a North Sea oil and gas operator"],
        ),
    ),
]

TECH = [
    C(
        "wants to leave PHP vs wants PHP; a Python platform",
        "backend",
        [
            dev_mcr("Aurelian Booth", 2, "Wants out of PHP - Python is where he wants to be."),
            dev_mcr("Clemency Foyle", 0, "Only wants to keep working in PHP and Laravel."),
        ],
        **job(EDTECH_BACKEND, MANCHESTER_HYBRID),
    ),
    C(
        "refuses Moodle admin vs no view, a Moodle-heavy FE post",
        "cs",
        [
            fe_bri("Hildegard Penhale", 0, "Will not touch Moodle again - years of admin misery."),
            fe_bri("Ambrose Tolley", 2),
        ],
        **job(
            FE_POST,
            BRISTOL_SCHOOL,
            offers=["You'll also run the department's Moodle courses"],
        ),
    ),
]

# --- 7. last time's reason, the history with us, the latest process ----------------------------

PAST_HYBRID3 = dict(
    remote_policy="hybrid", location="London, UK", salary_max=62_000, currency="GBP"
)


LAST_TIME = [
    C(
        "declined over pay; the new band is higher",
        "backend",
        [
            dev_ldn(
                "Marcellus Doughty",
                2,
                apps=[
                    declined(
                        250,
                        "compensation",
                        "Wanted £75k, we capped at £62k.",
                        past=PAST_HYBRID3,
                        role="Backend Engineer",
                    )
                ],
            ),
            dev_ldn("Rowena Pitchford", 1),
        ],
        **job(EDTECH_BACKEND, LONDON_HYBRID, salary_min=74_000, salary_max=85_000, currency="GBP"),
    ),
    C(
        "declined over pay; the band is no higher",
        "backend",
        [
            dev_ldn(
                "Jethro Caldicott",
                0,
                apps=[
                    declined(
                        250,
                        "compensation",
                        "Wanted £75k, we capped at £62k.",
                        past=PAST_HYBRID3,
                        role="Backend Engineer",
                    )
                ],
            ),
            dev_ldn("Araminta Fludd", 2),
        ],
        **job(EDTECH_BACKEND, LONDON_HYBRID, salary_min=55_000, salary_max=62_000, currency="GBP"),
    ),
    C(
        "withdrew over three office days; this post is remote",
        "data_eng",
        [
            data_ldn(
                "Solveig Amundsen",
                2,
                apps=[
                    withdrew(
                        190,
                        "remote_policy",
                        "Three days in Bloomsbury was too many with a baby at home.",
                        past=PAST_HYBRID3,
                        role="Data Engineer",
                    )
                ],
            ),
            data_ldn("Godfrey Lambourne", 1),
        ],
        **job(RESEARCH_DATA, UK_REMOTE, title="Research Data Engineer (remote)"),
    ),
    C(
        "withdrew over office days; this post wants four days in",
        "data_eng",
        [
            data_ldn(
                "Verity Ashenden",
                0,
                apps=[
                    withdrew(
                        190,
                        "remote_policy",
                        "Three office days was too many - one day max for her.",
                        past=PAST_HYBRID3,
                        role="Data Engineer",
                    )
                ],
            ),
            data_ldn("Lucius Garside", 2),
        ],
        **job(
            RESEARCH_DATA,
            dict(
                remote_policy="hybrid",
                location="London, UK",
                offers=["Four days a week on campus"],
            ),
        ),
    ),
    C(
        "turned down a fixed-term post; this one is permanent",
        "cs",
        [
            lect_edi(
                "Dr Cressida Balfour",
                2,
                apps=[
                    declined(
                        300,
                        "other",
                        "Turned down the 3-year fixed-term lectureship - wants open-ended only.",
                        role="Lecturer",
                    )
                ],
            ),
            lect_edi("Dr Angus Lennox", 1),
        ],
        **job(LECTURER_POST, EDINBURGH_CAMPUS, offers=["Open-ended (permanent) appointment"]),
    ),
    C(
        "turned down a fixed-term post; this one is fixed-term too",
        "cs",
        [
            lect_edi(
                "Dr Tamsin Orr-Ewing",
                0,
                apps=[
                    declined(
                        300,
                        "other",
                        "Turned down the 3-year fixed-term lectureship - wants open-ended only.",
                        role="Lecturer",
                    )
                ],
            ),
            lect_edi("Dr Hamish Urquhart", 2),
        ],
        **job(LECTURER_POST, EDINBURGH_CAMPUS, offers=["Fixed-term for 36 months (grant-funded)"]),
    ),
    C(
        "term-time only was the blocker; this post is term-time only",
        "cs",
        [
            sbm_lds(
                "Theodora Hinchliffe",
                2,
                apps=[
                    declined(
                        230,
                        "other",
                        "Declined - the role was 52 weeks and she needs school holidays off.",
                        role="School Business Manager",
                    )
                ],
            ),
            sbm_lds("Oswin Pickles", 1),
        ],
        **job(SBM_POST, LEEDS_SCHOOL, offers=["Term-time only plus INSET days"]),
    ),
]

HISTORY = [
    C(
        "lost a final narrowly with feedback 'hire next time' vs a no-show",
        "cs",
        [
            sci_ldn(
                "Oriana Delamere",
                2,
                apps=[lost_final(150, "Superb lesson obs; panel split - would hire next time.")],
            ),
            sci_ldn(
                "Cedric Throssell",
                0,
                apps=[app(150, "interview", "rejected", "no_show", "Didn't turn up, no call.")],
            ),
        ],
        **job(SCIENCE_POST, LONDON_SCHOOL),
    ),
    C(
        "a safeguarding concern on file vs a clean final round",
        "cs",
        [
            prim_ldn(
                "Leofric Pendleton",
                0,
                apps=[
                    app(
                        200,
                        "final",
                        "rejected",
                        "conduct",
                        "Safeguarding concern raised in references - not to be progressed.",
                        role="Class Teacher",
                    )
                ],
            ),
            prim_ldn("Juliet Mapplebeck", 2, apps=[lost_final(200, role="Class Teacher")]),
        ],
        **job(PRIMARY_POST, LONDON_SCHOOL),
    ),
]

PROCESS = [
    C(
        "the latest process counts: withdrew last month vs a final two years ago",
        "cs",
        [
            sci_bri(
                "Eulalia Trevithick",
                0,
                apps=[
                    lost_final(700, "Strong final, lost narrowly."),
                    withdrew(30, "not_interested", "Withdrew: decided to stay at her school."),
                ],
            ),
            sci_bri(
                "Bartholomew Rundle",
                2,
                apps=[
                    withdrew(700, "not_interested", "Withdrew: decided to stay at his school."),
                    lost_final(30, "Strong final, lost narrowly - would hire next time."),
                ],
            ),
        ],
        **job(SCIENCE_POST, BRISTOL_SCHOOL),
    ),
    C(
        "placed with a school three months ago vs silver medalist",
        "cs",
        [
            prim_car(
                "Gethin Llewelyn",
                0,
                apps=[app(90, "offer", "hired", None, "Placed at Ysgol Glan Ely from September.")],
            ),
            prim_car("Manon Pritchard", 2, apps=[lost_final(90, role="Class Teacher")]),
        ],
        **job(PRIMARY_POST, CARDIFF_SCHOOL),
    ),
]

# --- 8. several notes over time: the latest word counts ----------------------------------------

LATEST_WORD = [
    C(
        "remote only, then happy to come in vs the reverse, on-site post",
        "backend",
        [
            dev_ldn(
                "Fitzgerald Amory",
                2,
                ("remote only for me - Fitzgerald", 400),
                touches=[
                    email(
                        20,
                        "Update: I've changed my mind, I'd like an office again - "
                        "five days in is fine now, I miss the people.",
                    )
                ],
            ),
            dev_ldn(
                "Clarissa Wyndham",
                0,
                ("Loves the office, in every day.", 400),
                touches=[email(20, "Since moving to Devon I can only do fully remote roles.")],
            ),
        ],
        **job(EDTECH_BACKEND, dict(remote_policy="onsite", location="London, UK")),
    ),
    C(
        "an opt-out taken back vs a 'keep me posted' hardened into an opt-out",
        "cs",
        [
            sci_mcr(
                "Jonty Wraithmell",
                2,
                touches=[
                    text(300, "stop contacting me - Jonty"),
                    email(
                        25,
                        "Sorry for the grumpy text last year - bad week. I'm looking "
                        "now, please do send me chemistry posts.",
                    ),
                ],
            ),
            sci_mcr(
                "Pandora Ellwood",
                0,
                touches=[
                    email(300, "Keep me posted on chemistry roles!"),
                    email(
                        25, "Please stop contacting me and delete my details - I've left teaching."
                    ),
                ],
                excluded=True,
            ),
        ],
        **job(SCIENCE_POST, MANCHESTER_SCHOOL),
    ),
    C(
        "won't relocate, then will, then won't again vs won't, then will",
        "cs",
        [
            lect_tor(
                "Dr Cormac Devereux",
                0,
                ("Not relocating to Boston.", 500),
                ("Might consider Boston now the kids are older.", 250),
                touches=[
                    call(15, "He's ruled the US out again - wife's job won't move. Toronto only.")
                ],
            ),
            lect_tor(
                "Dr Eleanora Voss",
                2,
                ("Not relocating to Boston.", 500),
                touches=[call(15, "Keen to move to Boston now - partner's got a post at MIT.")],
            ),
        ],
        **job(LECTURER_POST, BOSTON_CAMPUS),
    ),
    C(
        "wanted management, then went back to hands-on vs the reverse, HoD post",
        "cs",
        [
            sci_bri(
                "Rosalind Featherstonehaugh",
                0,
                ("Wants to be head of department.", 360),
                touches=[
                    ats(30, "cand update: did a yr as acting HoD, hated it. classroom only now")
                ],
            ),
            sci_bri(
                "Gawain Ellacott",
                2,
                ("Happy as a classroom teacher, no leadership.", 360),
                touches=[ats(30, "cand update: now wants HoD, has done NPQSL, ready to lead")],
            ),
        ],
        **job(
            SCIENCE_POST,
            BRISTOL_SCHOOL,
            title="Head of Science",
            seniority="lead",
            offers=["TLR 1a, leading a department of twelve"],
        ),
    ),
    C(
        "pay ask lowered below the band top vs ask raised above it",
        "backend",
        [
            dev_mcr(
                "Alistair Quennell",
                2,
                ("Needs £90k minimum.", 300),
                ("Would take £70k for the right edtech mission.", 30),
            ),
            dev_mcr(
                "Beatrix Hollowmere",
                0,
                ("Would take £70k for the right edtech mission.", 300),
                ("Got a counter-offer at £88k - won't move for less than £90k now.", 30),
            ),
        ],
        **job(
            EDTECH_BACKEND, MANCHESTER_HYBRID, salary_min=65_000, salary_max=75_000, currency="GBP"
        ),
    ),
    C(
        "fixed-term refused, then accepted, then refused again vs accepted latest",
        "data_eng",
        [
            post_ox(
                "Dr Percival Stannard",
                0,
                ("No more fixed-term contracts.", 500),
                touches=[
                    email(200, "I'd take a two-year grant post after all."),
                    email(
                        10,
                        "Scratch that - mortgage application says permanent only. "
                        "No fixed-term posts please.",
                    ),
                ],
            ),
            post_ox(
                "Dr Esmeralda Quince",
                2,
                ("No more fixed-term contracts.", 500),
                touches=[email(10, "Honestly a two-year grant post would suit me now.")],
            ),
        ],
        **job(POSTDOC_POST, OXFORD_LAB, offers=["Fixed term for 24 months (grant-funded)"]),
    ),
    C(
        "French: no travel, then travel welcome vs travel welcome, then none",
        "cs",
        [
            lect_mtl(
                "Dr Éloïse Fortin",
                2,
                ("Pas de déplacements, s'il vous plaît.", 400),
                touches=[
                    email(
                        20,
                        "Mes enfants sont grands maintenant - les congrès à "
                        "l'étranger, avec plaisir.",
                    )
                ],
            ),
            lect_mtl(
                "Dr Mathieu Bouchard",
                0,
                ("Aime voyager pour les congrès.", 400),
                touches=[email(20, "Je ne veux plus voyager du tout, c'est fini les congrès.")],
            ),
        ],
        **job(
            LECTURER_POST,
            MONTREAL_CAMPUS,
            offers=["Funded travel to three international conferences a year"],
        ),
    ),
    C(
        "term-time only wanted, then not needed vs not needed, then wanted",
        "cs",
        [
            sbm_lds(
                "Wilhelmina Ackroyd",
                2,
                ("Needs term-time only while the kids are small.", 450),
                touches=[call(25, "Kids at secondary now - she's fine with a 52-week role.")],
            ),
            sbm_lds(
                "Ptolemy Gathercole",
                0,
                ("Full-year is fine.", 450),
                touches=[call(25, "New baby - he now needs term-time only, holidays off.")],
            ),
        ],
        **job(
            SBM_POST, LEEDS_SCHOOL, offers=["52 weeks a year, 25 days' leave plus bank holidays"]
        ),
    ),
    C(
        "visa: needed sponsorship, now has Global Talent vs had status, now needs sponsor",
        "data_eng",
        [
            post_cam(
                "Dr Anjali Raghunathan",
                2,
                ("Will need Skilled Worker sponsorship.", 400),
                touches=[
                    email(30, "Good news - my Global Talent visa came through, no sponsor needed.")
                ],
            ),
            post_cam(
                "Dr Viktor Lindahl",
                0,
                ("Right to work via his partner's visa.", 400),
                touches=[
                    email(
                        30,
                        "We've separated, so I've lost the dependant visa - I'd now "
                        "need a sponsor.",
                    )
                ],
            ),
        ],
        **job(POSTDOC_POST, CAMBRIDGE_LAB, offers=["This post cannot offer visa sponsorship"]),
    ),
    C(
        "refused for-profit edtech, then came round vs keen, then refused",
        "cs",
        [
            csm_ldn(
                "Marisol Ventura",
                2,
                touches=[
                    linkedin(380, "Only charities and public sector for me, no for-profit edtech."),
                    linkedin(
                        20,
                        "I've softened on that - a commercial edtech that's good for "
                        "schools would be fine now.",
                    ),
                ],
            ),
            csm_ldn(
                "Quentin Haverford",
                0,
                touches=[
                    linkedin(380, "Happy with any edtech, commercial or not."),
                    linkedin(
                        20,
                        "After my last job I won't work for a VC-backed for-profit "
                        "edtech again - charities only.",
                    ),
                ],
            ),
        ],
        **job(
            EDTECH_CSM,
            LONDON_HYBRID,
            offers=["VC-backed, for-profit edtech (Series B)"],
        ),
    ),
    C(
        "commute: no Tube, then fine, then no again vs no, then fine",
        "cs",
        [
            csm_ldn(
                "Lorelei Vanstone",
                0,
                ("Can't face the Northern line every day.", 500),
                ("Tube's fine again, new flat near Angel.", 300),
                touches=[text(12, "moved out to st albans, no way im doing london daily now")],
            ),
            csm_ldn(
                "Dashiell Pryor",
                2,
                ("Can't face the Northern line every day.", 500),
                touches=[text(12, "moved to kentish town, kings cross is 10 mins on the tube now")],
            ),
        ],
        **job(
            EDTECH_CSM,
            dict(remote_policy="onsite", location="London, UK", offers=["Office at King's Cross"]),
        ),
    ),
]

HELDOUT61_CASES: list[Case] = [
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
    *LAST_TIME,
    *HISTORY,
    *PROCESS,
    *LATEST_WORD,
]

# The class names the set checks share (tests/test_eval_cases.py), over this file's own lists:
# last time's reason, resolved or still standing, is the file's LAST_TIME list, and the history
# with us its HISTORY.
RESOLVED, LAST_TIME = LAST_TIME, HISTORY
