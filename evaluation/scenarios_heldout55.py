"""Held-out rediscovery cases, fifty-fifth set: construction, skilled trades and field engineering
in the US and Canada, written by a stranger to the reader (its code, its labelled sets and the
earlier case files' sentences were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured on its own
and never tuned to what Encore does. The recruiters are a trades staffing desk and an EPC's
craft-recruiting team working out of Houston, Calgary, Edmonton and Montréal: they place
journeyman electricians, pipefitters and pressure welders, heavy equipment operators, CDL-A and
Class 1 drivers, linemen for storm work, millwrights, superintendents, field engineers and
estimators on union and open-shop jobs, turnarounds and shutdowns, camps in northern Alberta and
Fort McMurray, the Bakken in North Dakota, Gulf Coast petrochemical plants and Baie-James.

The voices: recruiters' terse ATS shorthand ("per cand", "LVM", "w/", "GF", "TA", "LOA"),
superintendents' feedback pasted in, union business agents relaying a brother's word from the
hall, workers' lower-case texts and WhatsApps, voicemails transcribed, LinkedIn replies, a few
formal emails, long call notes where one line decides, and lines in Spanish and Québécois French.
Money is hourly in USD and CAD, with per diem, LOA, day rates and a few annual salaries.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a texted STOP, a business agent passing on a brother's stop, a formal erasure
   letter, a voicemail from a lineman hanging up his hooks, Spanish and Québécois stops, a
   recruiter's DNC, a LinkedIn "stop messaging me", an "unsub all", a WhatsApp "lose my number",
   leaving the trade, a bare "no thanks", a stop that came after "keep me posted"): never shown;
   beside each a scoped stop that is not one (a new number, dispatch-only, the newsletter, no
   daytime calls, WhatsApp not work phone, not one GC or one client, email not LinkedIn, no camp
   jobs, not the foreman job, feedback owed, not that town);
2. waits counted from the day said (a six-week turnaround, Christmas, spring, end of Q1, thirty
   days' notice, the Calgary Stampede, US Thanksgiving, 1 March, "in 3 months", Pâques, the winter
   shutdown, a Red Seal exam, año nuevo), each against a twin whose wait has run out; notes full
   of dates that ask for no wait;
3. schedule (nights, 21/7 and 14/7 rotations, overtime, weekends), travel (overnights, a share of
   the time on the road, driving between sites, trips to Mexico, camps and fly-in, per diem
   crews, Baie-James, field against office), visa and right to work (sponsorship, LMIA-tied
   permits, a green card, an expiring permit), contract type (permanent, turnaround terms, union
   or open shop, seasonal), commutes (minutes, the 401 and the 225, Lions Gate and Second
   Narrows, the GO train, the Champlain bridge, the Nanaimo ferry, Stoney Trail, the
   Detroit-Windsor tunnel, no car);
4. pay against the band (USD and CAD hourly, a floor against current pay, an annual band, a
   day rate, a CAD ask against a USD rate, per diem, prevailing wage, Spanish);
5. work mode in the title only, the description only, hybrid office days, an on-site field job;
   negation and its scope (not against nights, the camp not the money, no problem with heights,
   no foreman role, no oil and gas but a water main is fine);
6. location and relocation; managing against the tools; company stage and size (a family
   contractor, a Fortune 500 EPC, a modular start-up, a first-year outfit, a utility, a PE
   roll-up, a five-man sub); industry and mission (renewables, oil sands, hospitals, prisons,
   data centers, nuclear); technology (P6, TIG, PLCs, Revit); title;
7. last time's reason resolved by this role or still standing (pay, rotation, commute, CDL,
   nights, open shop, per diem, Red Seal), the history with us (a no-show, a safety firing, a
   recent placement) and the latest process;
8. several notes over time where the latest word counts (nights, camp, a stop taken back,
   moving, the pay ask, travel, the union card, running a crew, Baie-James, viajar, remote).

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

ELECTRICIAN = dict(
    current_title="Journeyman Electrician",
    skills=["Journeyman license", "Industrial conduit", "Motor controls", "OSHA 30"],
    years_experience=11,
    resume_text=(
        "Journeyman inside wireman, eleven years on refineries, water plants and tilt-up "
        "warehouses: rigid conduit runs, MCCs and VFDs, cable pulls, terminations and "
        "loop checks, OSHA 30 and NFPA 70E."
    ),
)
PIPEFITTER = dict(
    current_title="Journeyman Pipefitter",
    skills=["Red Seal Steamfitter-Pipefitter", "Turnarounds", "Rigging", "Blueprint reading"],
    years_experience=12,
    resume_text=(
        "Red Seal steamfitter-pipefitter, twelve years of turnarounds and new builds at "
        "upgraders and refineries: spool fit-up, flange management, hydrotests, rigging and "
        "reading isos."
    ),
)
WELDER = dict(
    current_title="Pressure Welder",
    skills=["B-pressure ticket", "6G SMAW and GTAW", "Pipeline", "API 1104"],
    years_experience=9,
    resume_text=(
        "B-pressure welder, nine years on pipeline spreads, gas plants and shop fabrication: "
        "6G root-to-cap in SMAW and GTAW, carbon and stainless, API 1104 and ASME IX tests."
    ),
)
OPERATOR = dict(
    current_title="Heavy Equipment Operator",
    skills=["Excavator", "Dozer", "Grader", "GPS grade control"],
    years_experience=10,
    resume_text=(
        "Heavy equipment operator, ten years on highway, site prep and mine work: 300-class "
        "excavators, D6 and D8 dozers, finish grading with Trimble GPS, OSHA 10 and MSHA."
    ),
)
DRIVER = dict(
    current_title="CDL-A Driver",
    skills=["CDL-A", "Lowboy", "Equipment hauling", "Tanker and hazmat endorsements"],
    years_experience=8,
    resume_text=(
        "Class A driver, eight years hauling heavy equipment on lowboys and step-decks, "
        "permitted oversize loads, pre-trips and ELD logs, clean MVR."
    ),
)
SUPER = dict(
    current_title="Site Superintendent",
    skills=["OSHA 30", "Three-week lookaheads", "Subcontractor coordination", "Commercial"],
    years_experience=15,
    resume_text=(
        "Superintendent, fifteen years on commercial and light-industrial builds up to $60M: "
        "lookahead schedules, trade coordination, daily reports, safety and inspections."
    ),
)
FIELD_ENG = dict(
    current_title="Field Engineer",
    skills=["RFIs and submittals", "Procore", "Quantity tracking", "Layout"],
    years_experience=5,
    resume_text=(
        "Field engineer, five years with general contractors and an EPC: RFIs, submittals, "
        "quantity tracking, total-station layout, QA/QC paperwork and daily reports."
    ),
)
LINEMAN = dict(
    current_title="Journeyman Lineman",
    skills=["Distribution", "Storm restoration", "Bucket truck", "Hot stick"],
    years_experience=10,
    resume_text=(
        "Journeyman lineman, ten years on distribution and storm restoration crews: "
        "energised work with hot sticks, bucket and digger-derrick trucks, pole changes."
    ),
)
MILLWRIGHT = dict(
    current_title="Millwright",
    skills=["Red Seal Millwright", "Laser alignment", "Rotating equipment", "Rigging"],
    years_experience=10,
    resume_text=(
        "Red Seal industrial mechanic (millwright), ten years in pulp mills, smelters and "
        "shutdowns: pumps, gearboxes, conveyors, laser alignment and vibration checks."
    ),
)
ESTIMATOR = dict(
    current_title="Mechanical Estimator",
    skills=["Quantity takeoffs", "Bid leveling", "Accubid", "Mechanical and plumbing"],
    years_experience=8,
    resume_text=(
        "Mechanical estimator, eight years with HVAC and plumbing subcontractors: takeoffs, "
        "labour units, vendor quotes, bid leveling and hand-over to project managers."
    ),
)
FOREMAN = dict(
    current_title="Electrical Foreman",
    skills=["Journeyman license", "Crew lead", "Material takeoffs", "OSHA 30"],
    years_experience=13,
    resume_text=(
        "Journeyman electrician and foreman, thirteen years: ran crews of four to twelve "
        "on commercial and industrial jobs, lookaheads, material orders and toolbox talks."
    ),
)


def crew(profile: str, persona: dict, where: str):
    """Tradespeople of one kind on the desk's books, living in ``where`` unless a case says
    otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def call(days, note) -> dict:
    """A recruiter's call note in the ATS, in their shorthand."""
    return touch(days, "outbound", "replied", "note", note=note, channel="phone")


def ats(days, note) -> dict:
    """A note typed into the ATS by the recruiter."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def super_said(days, note) -> dict:
    """A superintendent's or a client's feedback, as the recruiter pasted it in."""
    return touch(days, "outbound", None, "note", note=note, channel="meeting")


def hall(days, note) -> dict:
    """A union business agent or dispatcher passing word on."""
    return touch(days, "inbound", "replied", "note", note=note, channel="phone")


def email(days, note) -> dict:
    """The worker's email."""
    return touch(days, "inbound", "replied", note=note, channel="email")


def text(days, words) -> dict:
    """A text or WhatsApp message, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def vm(days, words) -> dict:
    """A voicemail they left, as the phone system transcribed it."""
    return touch(days, "inbound", "replied", note=words, channel="phone")


def linkedin(days, words) -> dict:
    """A LinkedIn reply."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def pitched(days) -> dict:
    """Our outreach about a role."""
    return touch(days, "outbound", None, "re_engagement")


def final_loss(days, note=None, *, role="Journeyman Electrician") -> dict:
    return app(days, "final", "rejected", "other_candidate", note, rating=4.3, role=role)


def turned_down(days, reason, note, *, past=None, role="Journeyman Electrician") -> dict:
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def pulled_out(days, reason, note, *, stage="interview", past=None, role="Pipefitter"):
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def job(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the jobs are ----------------------------------------------------------------------

ELEC_JOB = dict(
    title="Journeyman Electrician",
    department="Electrical",
    seniority="mid",
    requirements="Journeyman license\nIndustrial conduit\nMotor controls\nOSHA 30",
    description="Industrial electrical work on a plant expansion: conduit, pulls, terminations.",
)
PIPE_JOB = dict(
    title="Journeyman Pipefitter",
    department="Mechanical",
    seniority="mid",
    requirements="Red Seal Steamfitter-Pipefitter or journeyman card\nTurnarounds\nRigging",
    description="Pipefitting on a refinery turnaround: spool fit-up, flanges, hydrotests.",
)
WELD_JOB = dict(
    title="Pressure Welder",
    department="Welding",
    seniority="mid",
    requirements="B-pressure ticket\n6G SMAW and GTAW\nPipeline experience",
    description="Tie-in and mainline welding on a gas pipeline spread.",
)
OPER_JOB = dict(
    title="Heavy Equipment Operator",
    department="Earthworks",
    seniority="mid",
    requirements="Excavator\nDozer\nGPS grade control",
    description="Run excavator and dozer on site prep and mass earthworks.",
)
CDL_JOB = dict(
    title="CDL-A Lowboy Driver",
    department="Logistics",
    seniority="mid",
    requirements="CDL-A\nLowboy experience\nClean MVR",
    description="Haul heavy equipment between jobsites and the yard.",
)
SUPER_JOB = dict(
    title="Site Superintendent",
    department="Operations",
    seniority="senior",
    requirements="OSHA 30\nCommercial construction\nSchedule and subcontractor management",
    description="Run a commercial build from foundations to turnover.",
)
FE_JOB = dict(
    title="Field Engineer",
    department="Project Engineering",
    seniority="mid",
    requirements="RFIs and submittals\nProcore\nLayout\nQuantity tracking",
    description="Support the superintendent with RFIs, submittals, layout and quantities.",
)
LINE_JOB = dict(
    title="Journeyman Lineman",
    department="Distribution",
    seniority="mid",
    requirements="Journeyman lineman card\nDistribution\nBucket truck\nCDL-A",
    description="Distribution line work: pole changes, reconductoring and service calls.",
)
MW_JOB = dict(
    title="Millwright",
    department="Maintenance",
    seniority="mid",
    requirements="Red Seal Millwright\nLaser alignment\nRotating equipment",
    description="Install and align rotating equipment at an industrial plant.",
)
EST_JOB = dict(
    title="Mechanical Estimator",
    department="Preconstruction",
    seniority="mid",
    requirements="Quantity takeoffs\nAccubid or similar\nMechanical and plumbing bids",
    description="Price HVAC and plumbing bids for commercial and institutional projects.",
)
GF_JOB = dict(
    title="Electrical General Foreman",
    department="Electrical",
    seniority="lead",
    requirements="Journeyman license\nCrew leadership\nLookahead planning\nOSHA 30",
    description="Run four foremen and about thirty electricians on a hospital build.",
)

# --- where and how they are worked ----------------------------------------------------------


def site(location: str, *offers: str) -> dict:
    return dict(remote_policy="onsite", location=location, offers=list(offers))


HOUSTON = site("Houston, TX")
BAYTOWN = site("Baytown, TX")
LAKE_CHARLES = site("Lake Charles, LA")
DALLAS = site("Dallas, TX")
EDMONTON = site("Edmonton, AB")
CALGARY = site("Calgary, AB")
FORT_MAC_CAMP = site(
    "Fort McMurray, AB",
    "14/7 rotation, camp room and board",
    "Flights from Edmonton and Calgary covered",
)
WILLISTON = site("Williston, ND")
REGINA = site("Regina, SK")
SASKATOON = site("Saskatoon, SK")
TORONTO = site("Toronto, ON")
MISSISSAUGA = site("Mississauga, ON")
MONTREAL = site("Montréal, QC")
BECANCOUR = site("Bécancour, QC")


# --- 1. opt-outs, each beside a scoped stop that is shown ------------------------------------

OPT_OUTS = [
    C(
        "texted STOP vs texted a new number",
        "cs",
        [
            crew("cs", ELECTRICIAN, "Houston, TX")(
                "Wade Tisdale",
                0,
                touches=[text(12, "STOP. remove this number from ur list")],
                excluded=True,
            ),
            crew("cs", ELECTRICIAN, "Houston, TX")(
                "Colby Harlan",
                2,
                touches=[
                    text(
                        12,
                        "new number is 713-555-0148, this phone gets shut off friday. "
                        "still want industrial work",
                    )
                ],
            ),
        ],
        **job(ELEC_JOB, HOUSTON),
    ),
    C(
        "business agent passes on a brother's stop vs send it through dispatch",
        "cs",
        [
            crew("cs", PIPEFITTER, "Edmonton, AB")(
                "Garnet Loewen",
                0,
                touches=[
                    hall(
                        30,
                        "BA from the local called. Brother Loewen asked him to tell us he wants "
                        "no further contact from our firm, by any means - take him off all lists.",
                    )
                ],
                excluded=True,
            ),
            crew("cs", PIPEFITTER, "Edmonton, AB")(
                "Reid Sawatzky",
                2,
                touches=[
                    hall(
                        30,
                        "BA from the local: Sawatzky is on the out-of-work list. Send any call "
                        "through dispatch, don't ring him on site. He's keen for shutdown work.",
                    )
                ],
            ),
        ],
        **job(PIPE_JOB, EDMONTON),
    ),
    C(
        "formal letter asking for deletion vs stop the Hot Jobs newsletter",
        "cs",
        [
            crew("cs", SUPER, "Dallas, TX")(
                "Lorraine Abernathy",
                0,
                touches=[
                    email(
                        45,
                        "To whom it may concern: I request that you delete all information you "
                        "hold about me and cease any further contact, effective immediately. "
                        "Regards, L. Abernathy",
                    )
                ],
                excluded=True,
            ),
            crew("cs", SUPER, "Dallas, TX")(
                "Marcy Dunaway",
                2,
                touches=[
                    email(
                        45,
                        "Please take me off the weekly Hot Jobs newsletter, it's too much mail. "
                        "But do call me if a super role comes up in DFW, I'm looking.",
                    )
                ],
            ),
        ],
        **job(SUPER_JOB, DALLAS),
    ),
    C(
        "voicemail: hanging up the hooks, don't call back vs don't call daytime",
        "cs",
        [
            crew("cs", LINEMAN, "Lafayette, LA")(
                "Earl Thibodeaux",
                0,
                touches=[
                    vm(
                        20,
                        "yeah this is Earl returning your call uh listen I'm hanging up the "
                        "hooks, done with line work, so take me off whatever list you got and "
                        "don't call back. alright thanks",
                    )
                ],
                excluded=True,
            ),
            crew("cs", LINEMAN, "Lafayette, LA")(
                "Beau Fontenot",
                2,
                touches=[
                    vm(
                        20,
                        "hey it's Beau, don't be calling me daytime, I'm up a pole and can't "
                        "pick up. after six is good or just text. still want storm work",
                    )
                ],
            ),
        ],
        **job(LINE_JOB, site("Lafayette, LA")),
    ),
    C(
        "Spanish: delete me from your list vs not on the work phone, WhatsApp instead",
        "cs",
        [
            crew("cs", OPERATOR, "Houston, TX")(
                "Rigoberto Barraza",
                0,
                touches=[
                    text(
                        25,
                        "ya no me manden mensajes ni me llamen. no me interesa nada de su "
                        "compañía. bórrenme de su lista por favor",
                    )
                ],
                excluded=True,
            ),
            crew("cs", OPERATOR, "Houston, TX")(
                "Efraín Mondragón",
                2,
                touches=[
                    text(
                        25,
                        "no me llamen al trabajo porfa, el mayordomo se enoja. mándenme todo "
                        "por whatsapp y les contesto en la tarde",
                    )
                ],
            ),
        ],
        **job(OPER_JOB, HOUSTON),
    ),
    C(
        "Québécois: stop calling, erase my file vs not for Pomerleau jobs",
        "cs",
        [
            crew("cs", MILLWRIGHT, "Trois-Rivières, QC")(
                "Réjean Thibault",
                0,
                touches=[
                    call(
                        35,
                        "Retour d'appel. Textuellement: « Arrêtez de m'appeler, j'veux pus rien "
                        "savoir de vous autres. Effacez mon dossier. »",
                    )
                ],
                excluded=True,
            ),
            crew("cs", MILLWRIGHT, "Trois-Rivières, QC")(
                "Sylvain Bouchard",
                2,
                touches=[
                    text(
                        35,
                        "appelez-moi pus pour des jobs chez Pomerleau, j'ai eu ma claque. pour "
                        "le reste chu game, surtout proche de Trois-Rivières",
                    )
                ],
            ),
        ],
        **job(
            MW_JOB,
            BECANCOUR,
            description="Installation de pompes et convoyeurs pour un fabricant d'aluminium "
            "du parc industriel de Bécancour (employeur direct).",
        ),
    ),
    C(
        "recruiter set DNC vs don't submit him to one EPC again",
        "cs",
        [
            crew("cs", FIELD_ENG, "Beaumont, TX")(
                "Desmond Pruitt",
                0,
                touches=[
                    ats(60, "Spoke w/ cand. Asked to be DNC - no contact under any circumstances.")
                ],
                excluded=True,
            ),
            crew("cs", FIELD_ENG, "Beaumont, TX")(
                "Travis Oyelaran",
                2,
                touches=[
                    ats(
                        60,
                        "Spoke w/ cand. Do NOT submit him to Bechtel again after the Port Arthur "
                        "job - any other EPC he's open to. Wants to stay in the Golden Triangle.",
                    )
                ],
            ),
        ],
        **job(
            FE_JOB,
            site("Beaumont, TX"),
            description="Field engineer for a mid-size regional EPC on a petrochemical unit "
            "expansion near Beaumont.",
        ),
    ),
    C(
        "LinkedIn: stop messaging me vs email me instead",
        "cs",
        [
            crew("cs", ESTIMATOR, "Calgary, AB")(
                "Kendra Vollmer",
                0,
                touches=[
                    linkedin(
                        50,
                        "Please stop messaging me. I'm not interested in hearing from your firm, "
                        "now or later.",
                    )
                ],
                excluded=True,
            ),
            crew("cs", ESTIMATOR, "Calgary, AB")(
                "Priya Ramdeen",
                2,
                touches=[
                    linkedin(
                        50,
                        "I hardly check LinkedIn - email me at priya.ramdeen.est@gmail.com "
                        "instead, I'd like to hear about estimating roles.",
                    )
                ],
            ),
        ],
        **job(EST_JOB, CALGARY),
    ),
    C(
        "ATS: unsub all, DNC vs no camp jobs, local only",
        "cs",
        [
            crew("cs", DRIVER, "Regina, SK")(
                "Dustin Kowalchuk",
                0,
                touches=[ats(15, "per cand - unsub all, no further contact. DNC")],
                excluded=True,
            ),
            crew("cs", DRIVER, "Regina, SK")(
                "Lyle Bzdel",
                2,
                touches=[
                    ats(15, "per cand - no more camp/fly-in jobs, local Regina only. ok to call")
                ],
            ),
        ],
        **job(
            CDL_JOB,
            REGINA,
            title="Class 1 Lowboy Driver",
            offers=["Local hauls around Regina, home every night"],
        ),
    ),
    C(
        "WhatsApp: lose my number vs not the foreman one, journeyman work yes",
        "cs",
        [
            crew("cs", WELDER, "Grande Prairie, AB")(
                "Jaxon Pelletier",
                0,
                touches=[text(8, "bro quit hitting me up. im good. lose my number")],
                excluded=True,
            ),
            crew("cs", WELDER, "Grande Prairie, AB")(
                "Cody Wiebe",
                2,
                touches=[
                    text(
                        8,
                        "nah not the foreman one, dont want to babysit. keep me in mind for "
                        "journeyman welding tho",
                    )
                ],
            ),
        ],
        **job(WELD_JOB, site("Grande Prairie, AB")),
    ),
    C(
        "left construction, unsubscribe me vs still owed feedback from an interview",
        "cs",
        [
            crew("cs", OPERATOR, "Fort McMurray, AB")(
                "Shawna Tremblay",
                0,
                touches=[
                    email(
                        40,
                        "I've left construction for good. Unsubscribe me from everything and "
                        "please don't contact me again.",
                    )
                ],
                excluded=True,
            ),
            crew("cs", OPERATOR, "Fort McMurray, AB")(
                "Kirby Nakamura",
                2,
                touches=[
                    email(
                        40,
                        "Still waiting on feedback from the mine interview in September - nobody "
                        "got back to me. Would appreciate it. I'm still looking.",
                    )
                ],
            ),
        ],
        **job(OPER_JOB, site("Fort McMurray, AB")),
    ),
    C(
        "a bare 'no thanks' to our outreach vs no thanks to Estevan, Saskatoon yes",
        "cs",
        [
            crew("cs", ELECTRICIAN, "Saskatoon, SK")(
                "Marlon Yellowhorn",
                0,
                touches=[pitched(19), email(18, "no thanks bud")],
                excluded=True,
            ),
            crew("cs", ELECTRICIAN, "Saskatoon, SK")(
                "Trent Halvorsen",
                2,
                touches=[
                    pitched(19),
                    email(
                        18,
                        "No thanks to that one, Estevan's too far. Anything around Saskatoon "
                        "send it my way.",
                    ),
                ],
            ),
        ],
        **job(ELEC_JOB, SASKATOON),
    ),
]

# --- 2. waits counted from the day said, each against a twin whose wait has run out ---------

WAITS = [
    C(
        "six weeks of turnaround started last week vs the same said in September",
        "cs",
        [
            crew("cs", PIPEFITTER, "Edmonton, AB")(
                "Hollis Vanderbeek",
                1,
                (
                    "Just started the Scotford turnaround, six weeks of 12s. Call me after it "
                    "wraps.",
                    8,
                ),
            ),
            crew("cs", PIPEFITTER, "Edmonton, AB")(
                "Quinn Marchetti",
                2,
                ("On the Scotford turnaround, six weeks of 12s - call when it wraps.", 75),
            ),
        ],
        **job(PIPE_JOB, EDMONTON),
    ),
    C(
        "not before Christmas said this month vs said last December",
        "cs",
        [
            crew("cs", ELECTRICIAN, "Houston, TX")(
                "Ambrose Castillo",
                1,
                ("not moving til after christmas, want the holiday bonus and time w the kids", 12),
            ),
            crew("cs", ELECTRICIAN, "Houston, TX")(
                "Vernon Reinholt",
                2,
                ("not moving til after christmas, want the holiday bonus", 340),
            ),
        ],
        **job(ELEC_JOB, HOUSTON),
    ),
    C(
        "don't bother me before spring vs before fall, said in May",
        "cs",
        [
            crew("cs", OPERATOR, "Red Deer, AB")(
                "Corbin Ashdown",
                1,
                ("Home with the new baby - don't bother me before spring.", 20),
            ),
            crew("cs", OPERATOR, "Red Deer, AB")(
                "Wes Kilbride",
                2,
                ("Home with the new baby, don't bother me before the fall.", 190),
            ),
        ],
        **job(OPER_JOB, site("Red Deer, AB")),
    ),
    C(
        "closeout runs to end of Q1 vs ran to end of Q3",
        "cs",
        [
            crew("cs", FIELD_ENG, "Denver, CO")(
                "Anjali Deshmukh",
                1,
                ("Project closeout runs through the end of Q1 - I won't leave before that.", 25),
            ),
            crew("cs", FIELD_ENG, "Denver, CO")(
                "Tobias Lindgren",
                2,
                ("Closeout runs through end of Q3, won't leave before then.", 150),
            ),
        ],
        **job(FE_JOB, site("Denver, CO")),
    ),
    C(
        "gave thirty days' notice last week vs thirty days given in August",
        "cs",
        [
            crew("cs", SUPER, "Calgary, AB")(
                "Garrett Holloway",
                1,
                ("Gave my 30 days at Ledcor last week - nothing new till I'm out the door.", 6),
            ),
            crew("cs", SUPER, "Calgary, AB")(
                "Nolan Brightwater",
                2,
                ("Gave 30 days' notice at Ledcor, won't start anything till I'm out.", 95),
            ),
        ],
        **job(SUPER_JOB, CALGARY),
    ),
    C(
        "busy until the Stampede is done in July, said now vs said in April",
        "cs",
        [
            crew("cs", OPERATOR, "Calgary, AB")(
                "Ty Kostiuk",
                1,
                ("Running the grounds crew for Stampede - not free until it's done in July.", 30),
            ),
            crew("cs", OPERATOR, "Calgary, AB")(
                "Rory Ferrante",
                2,
                ("Grounds crew for Stampede, not free until it's done in July.", 210),
            ),
        ],
        **job(OPER_JOB, CALGARY),
    ),
    C(
        "call after Thanksgiving (this Thursday) vs after Canadian Thanksgiving in October",
        "cs",
        [
            crew("cs", WELDER, "Tulsa, OK")(
                "Dewey Partain",
                1,
                ("Deer camp then family in Arkansas - call me after Thanksgiving.", 10),
            ),
            crew("cs", WELDER, "Tulsa, OK")(
                "Alastair MacInnis",
                2,
                ("Visiting family in Nova Scotia, call me after Canadian Thanksgiving.", 60),
            ),
        ],
        **job(WELD_JOB, site("Tulsa, OK")),
    ),
    C(
        "not before March 1st vs not before October 1st said in September",
        "cs",
        [
            crew("cs", WELDER, "Casper, WY")(
                "Lacey Brandvold",
                1,
                ("Committed to the shop through winter. Not before March 1st.", 20),
            ),
            crew("cs", WELDER, "Casper, WY")(
                "Imogen Stroud",
                2,
                ("Committed to the shop through summer. Not before October 1st.", 80),
            ),
        ],
        **job(WELD_JOB, site("Casper, WY")),
    ),
    C(
        "ask me again in three months, a month ago vs four months ago",
        "cs",
        [
            crew("cs", DRIVER, "Bismarck, ND")(
                "Lonnie Tubbville",
                1,
                ("just signed on w a new carrier. ask me again in 3 months", 35),
            ),
            crew("cs", DRIVER, "Bismarck, ND")(
                "Harlan Meeks",
                2,
                ("new carrier, ask again in 3 months", 130),
            ),
        ],
        **job(CDL_JOB, site("Bismarck, ND")),
    ),
    C(
        "Québécois: pas avant Pâques said in October vs said in January",
        "cs",
        [
            crew("cs", MILLWRIGHT, "Québec, QC")(
                "Marc-André Gosselin",
                1,
                ("Pas avant Pâques, j'ai un contrat avec Hydro jusque-là.", 40),
            ),
            crew("cs", MILLWRIGHT, "Québec, QC")(
                "Éric Lapointe",
                2,
                ("Pas avant Pâques, contrat avec Hydro jusque-là.", 300),
            ),
        ],
        **job(MW_JOB, site("Québec, QC")),
    ),
    C(
        "back after the winter shutdown in March, said now vs said in January",
        "cs",
        [
            crew("cs", ELECTRICIAN, "Fort McMurray, AB")(
                "Keegan Oakes",
                1,
                (
                    "Going home to Cape Breton for the winter shutdown - don't call before March.",
                    10,
                ),
            ),
            crew("cs", ELECTRICIAN, "Fort McMurray, AB")(
                "Bram Tuplin",
                2,
                ("Home for the winter shutdown, don't call before March.", 320),
            ),
        ],
        **job(ELEC_JOB, site("Fort McMurray, AB")),
    ),
    C(
        "Red Seal exam in January, leave me till February: now vs last December",
        "cs",
        [
            crew("cs", PIPEFITTER, "Saskatoon, SK")(
                "Jordy Lemieux",
                1,
                (
                    "Writing my Red Seal interprovincial in January - leave me alone till "
                    "February.",
                    15,
                ),
            ),
            crew("cs", PIPEFITTER, "Saskatoon, SK")(
                "Corey Faubert",
                2,
                ("Writing the Red Seal in January, leave me alone till February.", 330),
            ),
        ],
        **job(PIPE_JOB, SASKATOON),
    ),
    C(
        "Spanish: después de año nuevo said in October vs said last autumn",
        "cs",
        [
            crew("cs", OPERATOR, "San Antonio, TX")(
                "Fidencio Garza",
                1,
                ("Me quedo con esta compañía hasta después de año nuevo, luego hablamos.", 30),
            ),
            crew("cs", OPERATOR, "San Antonio, TX")(
                "Celestino Arreola",
                2,
                ("Me quedo aquí hasta después de año nuevo, luego hablamos.", 400),
            ),
        ],
        **job(OPER_JOB, site("San Antonio, TX")),
    ),
    C(
        "a note full of dates, available now vs a four-week turnaround just started",
        "cs",
        [
            crew("cs", PIPEFITTER, "Port Arthur, TX")(
                "Dolores Quintanilla",
                2,
                (
                    "Finished the Motiva TA Nov 6, took the 9th-13th off, OSHA 30 renewed Oct "
                    "30. Available now, call anytime.",
                    7,
                ),
            ),
            crew("cs", PIPEFITTER, "Port Arthur, TX")(
                "Inez Barragán",
                1,
                ("Started a 4-week TA Nov 16 - call me after, mid-December.", 7),
            ),
        ],
        **job(PIPE_JOB, site("Port Arthur, TX")),
    ),
    C(
        "handover, punch list and vacation all dated and done vs handover not till 15 January",
        "cs",
        [
            crew("cs", SUPER, "Toronto, ON")(
                "Graham Ostrowski",
                2,
                touches=[
                    call(
                        9,
                        "Spoke to cand. Handed over Oct 14, punch list closed Nov 2, took Nov "
                        "5-12 off at the cottage. Ready to go whenever.",
                    )
                ],
            ),
            crew("cs", SUPER, "Toronto, ON")(
                "Leland Fairweather",
                1,
                touches=[
                    call(
                        9,
                        "Spoke to cand. Handover isn't until Jan 15 - can't walk off the job "
                        "before then, call him after.",
                    )
                ],
            ),
        ],
        **job(SUPER_JOB, TORONTO),
    ),
]


def who(name, grade, *said, **kw):
    """One person of a case: their name, grade, what they said and anything else on file."""
    return (name, grade, said, kw)


def case(title, persona, where, opening, *people) -> Case:
    """A case of equally skilled people of one trade living in ``where``."""
    make = crew("cs", persona, where)
    return C(title, "cs", [make(n, g, *said, **kw) for n, g, said, kw in people], **opening)


# --- 3a. travel -----------------------------------------------------------------------------

TRAVEL = [
    case(
        "overnights in the Permian fine vs home every night for his mother",
        FIELD_ENG,
        "San Angelo, TX",
        job(
            FE_JOB, site("Midland, TX", "About 50% travel with overnight stays in Odessa and Pecos")
        ),
        who("Rusty Calloway", 2, "Travel's fine, overnight stays no problem, kids are grown"),
        who(
            "Hector Villalobos",
            0,
            "No overnights - has to be home every night, cares for his mother",
        ),
    ),
    case(
        "a quarter of the time on the road is ok vs 10% travel max",
        SUPER,
        "Nashville, TN",
        job(SUPER_JOB, site("Nashville, TN", "Up to 25% travel to the client's other sites")),
        who(
            "Dwight Emberton",
            2,
            touches=[call(30, "Said he can do maybe a quarter of the time on the road.")],
        ),
        who("Jolene Boggs", 0, touches=[call(30, "10% travel max, anything more is a no.")]),
    ),
    case(
        "fine driving between jobs all day vs wants one site, no windshield time",
        SUPER,
        "Charlotte, NC",
        job(
            SUPER_JOB,
            site("Charlotte, NC", "Company truck and fuel card"),
            description="Oversee three retail builds within two hours of Charlotte, driving "
            "between the sites most days.",
        ),
        who("Cletus Barfield", 2, "fine driving between jobs all day, company truck a plus"),
        who(
            "Audra Pennington",
            0,
            "Hates windshield time - wants one site, not bouncing between jobs",
        ),
    ),
    case(
        "passport and happy to visit the Monterrey fab yard vs no trips outside the US",
        WELDER,
        "Laredo, TX",
        job(
            WELD_JOB,
            site(
                "Laredo, TX", "Trips to our fabrication yard in Monterrey, Mexico, a week a month"
            ),
        ),
        who(
            "Ulises Cárdenas",
            2,
            "Has a passport, bilingual, happy to go down to the Monterrey yard",
        ),
        who("Brent Oakley", 0, "No passport and won't get one - no trips outside the US"),
    ),
    case(
        "wants camp work on a 14/7 vs done with camp life",
        PIPEFITTER,
        "Kelowna, BC",
        job(PIPE_JOB, FORT_MAC_CAMP),
        who(
            "Shane McCrimmon",
            2,
            touches=[text(22, "lookin for camp work, 14/7 or 21/7 either is fine")],
        ),
        who(
            "Darcy Lindahl", 0, touches=[text(22, "done w camp life. home every night or nothing")]
        ),
    ),
    case(
        "not opposed to travelling two weeks at a time vs no travelling jobs",
        MILLWRIGHT,
        "Prince George, BC",
        job(
            MW_JOB,
            site("Kitimat, BC", "14 days in, 7 out, travel and lodging paid"),
        ),
        who(
            "Kurtis Dyck",
            2,
            "Not opposed to travelling, just not more than two weeks away at a time",
        ),
        who("Ronan Gillis", 0, "Not willing to travel anymore - local jobs only"),
    ),
    case(
        "left storm chasing for home every night vs said nothing, a local role",
        LINEMAN,
        "Birmingham, AL",
        job(LINE_JOB, site("Birmingham, AL", "Local crew, home every night, no storm travel")),
        who(
            "Jimmy Lee Satterfield",
            2,
            apps=[
                pulled_out(
                    260,
                    "other",
                    "Quit storm crews - wants a job where he's home every night",
                    role="Journeyman Lineman",
                )
            ],
        ),
        who("Carson Pridgen", 1),
    ),
    case(
        "wants travel work for the per diem vs said nothing",
        ELECTRICIAN,
        "Shreveport, LA",
        job(
            ELEC_JOB,
            site("Lake Charles, LA", "Travelling crew, $150 a day per diem", "Six 10s"),
        ),
        who("Travis Beauregard", 2, "wants travel work for the per diem, single, no ties"),
        who("Gordon Ashby", 1),
    ),
    case(
        "Spanish: can't travel, wife is ill vs can be away weeks at a time",
        WELDER,
        "Corpus Christi, TX",
        job(
            WELD_JOB,
            site(
                "Corpus Christi, TX", "Travelling tie-in crew across the Gulf Coast, per diem paid"
            ),
        ),
        who(
            "Nicanor Esparza",
            0,
            touches=[text(40, "no puedo viajar, mi esposa está enferma y tengo que estar en casa")],
        ),
        who(
            "Ramiro Ybarra",
            2,
            touches=[text(40, "puedo viajar sin problema, fuera de casa semanas si hay per diem")],
        ),
    ),
    case(
        "Québécois: jobs in the regions fine, even Baie-James vs wants to sleep at home",
        ELECTRICIAN,
        "Val-d'Or, QC",
        job(
            ELEC_JOB,
            site("Baie-James, QC", "Horaire 14/7, avion nolisé depuis Val-d'Or, camp fourni"),
            title="Électricien - chantier Baie-James",
        ),
        who("Denis Beaulieu", 2, "Les chantiers en région ça me dérange pas, la Baie-James même"),
        who(
            "Luc Pelchat",
            0,
            "Pas de chantiers à l'extérieur, je veux coucher chez nous tous les soirs",
        ),
    ),
    case(
        "wants to be out in the field vs office-based, 10% field at most",
        FIELD_ENG,
        "Pittsburgh, PA",
        job(
            FE_JOB,
            site("Pittsburgh, PA"),
            description="Out in the field about 80% of the time across our bridge jobs in "
            "western Pennsylvania.",
        ),
        who("Madison Kraus", 2, "wants to be out in the field, hates being stuck in the trailer"),
        who("Evan Lutz", 0, "wants an office-based job, 10% field time at most"),
    ),
]

# --- 3b. commutes ---------------------------------------------------------------------------

COMMUTES = [
    case(
        "Brampton, thirty minutes max vs Oshawa, thirty minutes max, a Mississauga site",
        ELECTRICIAN,
        "Brampton, ON",
        job(ELEC_JOB, MISSISSAUGA),
        who("Harjit Sandhu", 2, "Max 30 minute commute each way", location="Brampton, ON"),
        who("Owen Bracebridge", 0, "Max 30 minute commute each way", location="Oshawa, ON"),
    ),
    case(
        "lives in North Van vs not crossing the Second Narrows every day from Surrey",
        FIELD_ENG,
        "North Vancouver, BC",
        job(FE_JOB, site("North Vancouver, BC")),
        who("Callum Nordstrom", 2, location="North Vancouver, BC"),
        who(
            "Parveen Gill",
            0,
            "Lives in Surrey - not crossing the Second Narrows or Lions Gate every day again",
            location="Surrey, BC",
        ),
    ),
    case(
        "no car, GO from Oakville to Union is perfect vs needs parking, won't do downtown",
        FIELD_ENG,
        "Oakville, ON",
        job(
            FE_JOB,
            site("Toronto, ON", "Site on Front St W, five minutes' walk from Union Station"),
        ),
        who("Tamsin Okafor", 2, "No car - takes the GO from Oakville, anything near Union works"),
        who(
            "Brody Kessler", 0, "Drives in from Oakville, needs parking, won't do downtown Toronto"
        ),
    ),
    case(
        "anything on the 225 from Pasadena vs not doing I-10 east from Katy",
        PIPEFITTER,
        "Pasadena, TX",
        job(PIPE_JOB, BAYTOWN),
        who(
            "Armando Treviño",
            2,
            "anything along the 225 corridor is perfect",
            location="Pasadena, TX",
        ),
        who(
            "Kyle Dressler",
            0,
            "Not doing I-10 east through downtown twice a day, jobs on the west side only",
            location="Katy, TX",
        ),
    ),
    case(
        "Québécois: lives in Laval vs not the bridges from the Rive-Sud to Laval",
        MILLWRIGHT,
        "Laval, QC",
        job(MW_JOB, site("Laval, QC")),
        who("Patrice Giguère", 2, location="Laval, QC"),
        who(
            "Stéphane Hamelin",
            0,
            "Pas question de traverser le pont Champlain et toute l'île matin et soir - jobs sur "
            "la Rive-Sud seulement",
            location="Brossard, QC",
        ),
    ),
    case(
        "lives in Nanaimo vs won't ride the ferry daily from Richmond",
        ELECTRICIAN,
        "Nanaimo, BC",
        job(ELEC_JOB, site("Nanaimo, BC")),
        who("Mackenzie Rowe", 2, location="Nanaimo, BC"),
        who(
            "Dieter Vandenberg",
            0,
            "Not doing the Horseshoe Bay ferry every day",
            location="Richmond, BC",
        ),
    ),
    case(
        "NE Calgary, Stoney Trail to Airdrie in 20 minutes vs won't cross the city from Okotoks",
        OPERATOR,
        "Calgary, AB",
        job(OPER_JOB, site("Airdrie, AB")),
        who(
            "Baljit Dhaliwal",
            2,
            "Stoney Trail up to Airdrie is 20 min from NE Calgary, fine",
            location="Calgary, AB",
        ),
        who(
            "Trina Baptiste",
            0,
            "Won't drive through Calgary every day from Okotoks",
            location="Okotoks, AB",
        ),
    ),
    case(
        "has his own truck vs no car, rides the bus, a yard off transit",
        DRIVER,
        "Sioux Falls, SD",
        job(
            CDL_JOB,
            site("Sioux Falls, SD"),
            description="Report to our yard 12 miles out of town at 5 a.m. - no bus service, "
            "own vehicle needed.",
        ),
        who("Merle Vanderpool", 2, "Has his own truck, 20 minutes to anywhere in Sioux Falls"),
        who("Tyrell Hawkins", 0, "No car - gets around on the city bus"),
    ),
    case(
        "an hour's drive isn't an issue vs an hour each way is a dealbreaker",
        WELDER,
        "Lethbridge, AB",
        job(WELD_JOB, site("Medicine Hat, AB")),
        who("Brennan Koch", 2, "Commute's not an issue, I'd drive an hour no problem"),
        who("Clint Sauvé", 0, "An hour each way is a dealbreaker for me"),
    ),
    case(
        "lives in Windsor vs won't sit in the tunnel line-ups from Detroit",
        MILLWRIGHT,
        "Windsor, ON",
        job(MW_JOB, site("Windsor, ON")),
        who("Nadia Haddad-Ross", 2, location="Windsor, ON"),
        who(
            "Marcus Belton",
            0,
            "Won't cross the Detroit-Windsor tunnel every day, the border line-ups kill me",
            location="Detroit, MI",
        ),
    ),
]

# --- 3c. schedule, visa and right to work, contract type -----------------------------------

SCHEDULE = [
    case(
        "prefers nights for the premium vs can't do nights",
        PIPEFITTER,
        "Baton Rouge, LA",
        job(PIPE_JOB, site("Baton Rouge, LA", "Night shift, 7p-7a, $3/hr shift premium")),
        who("Lamar Guidry", 2, "prefers nights, likes the premium"),
        who("Ashton Fruge", 0, "can't do nights, kids and nobody to watch them"),
    ),
    case(
        "fine with 21/7 vs never longer than 14 days in",
        MILLWRIGHT,
        "Edmonton, AB",
        job(MW_JOB, site("Fort McMurray, AB", "21 days in, 7 out, camp provided")),
        who("Conrad Pelly", 2, "21/7 is fine"),
        who("Jason Mercredi", 0, "Won't go longer than 14 days in, the wife's rule"),
    ),
    case(
        "wants all the overtime he can get vs 40 hours max",
        ELECTRICIAN,
        "Williston, ND",
        job(ELEC_JOB, site("Williston, ND", "Six 10s, 60-hour weeks, OT after 40")),
        who("Wyatt Haugen", 2, "wants all the OT he can get"),
        who("Randall Ostby", 0, "done with 60-hour weeks. 40 max"),
    ),
    case(
        "needs weekends off for custody vs said nothing, a Monday-Friday job",
        OPERATOR,
        "Boise, ID",
        job(OPER_JOB, site("Boise, ID", "Monday to Friday, no weekends")),
        who("Skyler Dunbar", 2, "needs weekends off - has the kids Sat/Sun"),
        who("Garth Illingworth", 1),
    ),
]

VISA = [
    case(
        "US citizen vs needs H-2B sponsorship, a no-sponsorship role",
        WELDER,
        "Beaumont, TX",
        job(
            WELD_JOB,
            site("Beaumont, TX"),
            description="Must be authorized to work in the US; no visa sponsorship.",
        ),
        who("Boone Ledet", 2, "US citizen"),
        who(
            "Gavin Ferreira",
            0,
            touches=[ats(20, "Cdn ticket holder - would need H-2B sponsorship to work stateside")],
        ),
    ),
    case(
        "permanent resident, any employer vs LMIA-tied to his current employer",
        PIPEFITTER,
        "Edmonton, AB",
        job(
            PIPE_JOB,
            EDMONTON,
            description="Must be legally entitled to work in Canada; we do "
            "not support LMIA applications.",
        ),
        who("Rommel Dagdag", 2, "PR since 2023, can work for any employer"),
        who(
            "Aldrin Santiago",
            0,
            "On an LMIA work permit tied to his current employer - would need a new LMIA to switch",
        ),
    ),
    case(
        "green card, no sponsorship needed vs needs an H-1B transfer",
        FIELD_ENG,
        "Houston, TX",
        job(
            FE_JOB, HOUSTON, description="No visa sponsorship or transfers available for this role."
        ),
        who("Karthik Muthuswamy", 2, "Green card holder - no sponsorship needed, ever"),
        who("Vikram Bhide", 0, "On H-1B, will need the new employer to file a transfer"),
    ),
    case(
        "her husband's on a permit but she's a citizen vs her permit runs out in January",
        ESTIMATOR,
        "Vancouver, BC",
        job(EST_JOB, site("Vancouver, BC")),
        who("Mariel Aquino", 2, "Her husband's on a work permit, she's a Canadian citizen herself"),
        who("Joanne Trinidad", 0, "Her open work permit expires in January and can't be extended"),
    ),
]

CONTRACT = [
    case(
        "wants steady permanent work vs only 1099 through his own LLC, a permanent W-2 role",
        SUPER,
        "Phoenix, AZ",
        job(SUPER_JOB, site("Phoenix, AZ", "Permanent full-time W-2, benefits and 401k")),
        who("Rhett Calder", 2, "done with contracts, wants steady permanent work"),
        who("Dominic Sáenz", 0, "only works 1099 through his own LLC, not going W-2"),
    ),
    case(
        "likes short contracts between seasons vs permanent only, a six-week turnaround",
        PIPEFITTER,
        "Sarnia, ON",
        job(PIPE_JOB, site("Sarnia, ON", "Six-week spring turnaround contract")),
        who("Ewan Fitzgerald", 2, "likes short contracts, TA season then summers off"),
        who("Martin Vos", 0, "permanent only, no more term work"),
    ),
    case(
        "card-carrying and staying union vs won't join a union, a union job",
        ELECTRICIAN,
        "Chicago, IL",
        job(
            ELEC_JOB,
            site("Chicago, IL", "IBEW union job, dispatched through the local"),
            description="Union electrical work on a transit garage.",
        ),
        who("Sean Costigan", 2, "card-carrying IBEW, wants to stay union"),
        who("Jared Plum", 0, "won't join a union, open shop only"),
    ),
    case(
        "wants seasonal with winters off vs needs year-round, a seasonal job",
        OPERATOR,
        "Thunder Bay, ON",
        job(OPER_JOB, site("Thunder Bay, ON", "Seasonal, April to November, winter layoff")),
        who("Emmett Koski", 2, "wants seasonal - winters off for the trapline"),
        who("Bradley Nystrom", 0, "needs year-round work, can't do winter layoffs"),
    ),
]

# --- 4. pay against the band ----------------------------------------------------------------

PAY = [
    case(
        "looking for $44 an hour vs won't move under $55, a $42-46 job",
        ELECTRICIAN,
        "Phoenix, AZ",
        job(ELEC_JOB, site("Phoenix, AZ", "$42-$46/hr depending on experience")),
        who("Alvin Tso", 2, touches=[call(30, "looking for $44/hr")]),
        who("Dante Rossetti", 0, touches=[call(30, "won't move for less than $55/hr")]),
    ),
    case(
        "$55 CAD an hour matches vs floor of $68, a $52-58 CAD job",
        PIPEFITTER,
        "Edmonton, AB",
        job(PIPE_JOB, site("Edmonton, AB", "$52-$58 CAD/hr plus $180 LOA")),
        who("Ivan Stoykov", 2, "makes $55 an hour now, happy at that"),
        who("Tyson Schultz", 0, "floor is $68/hr, not a penny less"),
    ),
    case(
        "on $52 now but would take $46 to be home vs on $40 now with a $52 floor",
        ELECTRICIAN,
        "Spokane, WA",
        job(ELEC_JOB, site("Spokane, WA", "$44-$48/hr, home every night")),
        who(
            "Lincoln Farrow",
            2,
            touches=[call(25, "Makes $52/hr on a travel card, would take $46 to be home.")],
        ),
        who("Paxton Greer", 0, touches=[call(25, "Makes $40/hr now, floor is $52 to move.")]),
    ),
    case(
        "wants 140 vs won't consider under 175, a $130-150k super role",
        SUPER,
        "Austin, TX",
        job(SUPER_JOB, site("Austin, TX"), salary_min=130_000, salary_max=150_000, currency="USD"),
        who("Duncan Royce", 2, "wants around $140k base"),
        who("Philip Marchand", 0, "won't consider anything under $175k"),
    ),
    case(
        "$600 a day vs $900 a day minimum, a $650 day-rate field job",
        FIELD_ENG,
        "Calgary, AB",
        job(FE_JOB, site("Calgary, AB", "$650 CAD per day, 10-hour days, contract")),
        who("Jocelyn Marr", 2, "$600/day works"),
        who("Gideon Pratt", 0, "$900 a day minimum"),
    ),
    case(
        "$60 CAD an hour vs $60 USD an hour, a $48 USD Bakken job",
        WELDER,
        "Estevan, SK",
        job(WELD_JOB, site("Williston, ND", "$48 USD/hr, per diem $120")),
        who("Brock Kuntz", 2, "wants $60 CAD an hour"),
        who("Landon Greig", 0, "wants $60 USD an hour, not a cent less"),
    ),
    case(
        "needs $140 per diem vs won't travel without $250 a day, a $150 per diem crew",
        PIPEFITTER,
        "Mobile, AL",
        job(PIPE_JOB, site("Lake Charles, LA", "$45/hr plus $150/day per diem")),
        who("Otis Langley", 2, "needs at least $140/day per diem to make the travel worth it"),
        who("Ford Huckabee", 0, "won't travel without $250 a day per diem"),
    ),
    case(
        "wants prevailing wage work vs said nothing, a prevailing-wage job",
        ELECTRICIAN,
        "Sacramento, CA",
        job(
            ELEC_JOB, site("Sacramento, CA", "Public works, prevailing wage $61.50/hr plus fringe")
        ),
        who("Mateo Quiroga", 2, "wants prevailing wage work on public jobs"),
        who("Arlo Whitfield", 1),
    ),
    case(
        "Spanish: minimum $30 an hour vs no less than $40, a $28-32 job",
        OPERATOR,
        "Dallas, TX",
        job(OPER_JOB, site("Dallas, TX", "$28-$32/hr")),
        who("Anselmo Tovar", 2, touches=[text(30, "pido mínimo 30 dólares la hora")]),
        who("Evaristo Lugo", 0, touches=[text(30, "no menos de 40 la hora, si no no me muevo")]),
    ),
]


# --- 5. work mode and negation --------------------------------------------------------------

WORK_MODE = [
    case(
        "remote in the title only: wants remote vs wants the office every day",
        ESTIMATOR,
        "Bozeman, MT",
        job(EST_JOB, dict(location="United States"), title="Remote Mechanical Estimator"),
        who("Hadley Brunson", 2, "wants fully remote, lives out of town near Bozeman"),
        who("Cooper Whitlock", 0, "wants to be in the office with the PMs every day"),
    ),
    case(
        "work from home in the description only: remote wanted vs office wanted",
        ESTIMATOR,
        "Winnipeg, MB",
        job(
            EST_JOB,
            dict(location="Winnipeg, MB"),
            description="This is a work-from-home estimating position; you'll visit jobsites a "
            "few times a year.",
        ),
        who("Leah Bergen", 2, "remote pls, tired of the Pembina Hwy drive"),
        who("Norm Friesen", 0, "Likes being in the office, wants to be around the team"),
    ),
    case(
        "open to 2-3 office days vs fully remote only, a three-day Calgary hybrid",
        ESTIMATOR,
        "Calgary, AB",
        job(
            EST_JOB,
            dict(
                remote_policy="hybrid",
                location="Calgary, AB",
                offers=["Three days a week in our downtown Calgary office"],
            ),
            title="Project Controls Specialist",
        ),
        who("Rosalind Yee", 2, "open to 2-3 days a week in the office"),
        who("Brent Jankowiak", 0, "Fully remote only, won't commute downtown"),
    ),
    case(
        "remote but a day a week is fine vs zero office days, a one-day hybrid",
        ESTIMATOR,
        "Denver, CO",
        job(
            EST_JOB,
            dict(
                remote_policy="hybrid",
                location="Denver, CO",
                offers=["One day a week in the Denver office"],
            ),
        ),
        who("Corinne Talley", 2, "remote pref, but a day a week in the office is fine"),
        who("Matthias Eberle", 0, "remote only, zero office days"),
    ),
    case(
        "wants to be on site vs only work-from-home scheduling roles, an on-site field job",
        FIELD_ENG,
        "Omaha, NE",
        job(FE_JOB, site("Omaha, NE")),
        who("Garrison Stuckey", 2, "wants to be on site, not behind a desk"),
        who("Eliza Kerrigan", 0, "only wants work-from-home scheduling roles now"),
    ),
]

NEGATION = [
    case(
        "not against nights vs against nights, a night-shift shutdown",
        MILLWRIGHT,
        "Sudbury, ON",
        job(MW_JOB, site("Sudbury, ON", "Night shift for the smelter shutdown")),
        who("Réal Courchesne", 2, "not against nights at all"),
        who("Mitch Lalonde", 0, "against nights - won't do them"),
    ),
    case(
        "the camp was the problem not the money vs said nothing, a home-every-night job",
        OPERATOR,
        "Grande Prairie, AB",
        job(OPER_JOB, site("Grande Prairie, AB", "Local, home every night")),
        who(
            "Dallas Wuttunee",
            2,
            touches=[
                call(45, "Left Kearl - money wasn't the issue, the camp was. Wants to be home.")
            ],
        ),
        who("Gerrit Bosma", 1),
    ),
    case(
        "no problem with heights vs no heights since the fall",
        ELECTRICIAN,
        "Seattle, WA",
        job(
            ELEC_JOB,
            site("Seattle, WA"),
            description="Work from boom lifts and scaffolds up to 80 ft on a high-rise.",
        ),
        who("Declan Harte", 2, "no problem with heights"),
        who("Jeremiah Vance", 0, "no more heights since his fall in 2024"),
    ),
    case(
        "not opposed to running a crew vs not looking for a foreman role, a GF job",
        FOREMAN,
        "Minneapolis, MN",
        job(GF_JOB, site("Minneapolis, MN")),
        who("Nels Amundson", 2, "not opposed to running a crew, would like the step up"),
        who("Pete Hallgren", 0, "not looking for a foreman role, rather stay on the tools"),
    ),
    case(
        "no oil and gas, but a water main is fine vs no pipeline of any kind",
        WELDER,
        "Kamloops, BC",
        job(
            WELD_JOB,
            site("Kamloops, BC"),
            title="Welder - Municipal Water Main",
            description="Weld steel water main for the city's new reservoir line.",
        ),
        who("Aiden Sam", 2, "no oil and gas work - but water or municipal pipe is fine"),
        who("Caleb Schmidt", 0, "no pipeline work of any kind, shop only"),
    ),
]

# --- 6. location, managing, company stage and size, industry, technology, title -------------

LOCATION = [
    case(
        "just moved to Edmonton vs won't leave the Maritimes",
        PIPEFITTER,
        "Halifax, NS",
        job(PIPE_JOB, EDMONTON),
        who("Alana MacLeod", 2, "Just moved to Edmonton last month", location="Edmonton, AB"),
        who("Neil Doucette", 0, "Won't leave the Maritimes", location="Halifax, NS"),
    ),
    case(
        "will relocate anywhere on the Gulf Coast vs not leaving Oklahoma",
        ELECTRICIAN,
        "Tulsa, OK",
        job(ELEC_JOB, LAKE_CHARLES),
        who("Kelvin Roark", 2, "will relocate anywhere on the Gulf Coast"),
        who("Jerry Dale Upshaw", 0, "not leaving Oklahoma"),
    ),
    case(
        "Spanish: moving to San Antonio vs not leaving El Paso",
        OPERATOR,
        "El Paso, TX",
        job(OPER_JOB, site("San Antonio, TX")),
        who("Genaro Palomares", 2, "Me voy a mudar a San Antonio con mi familia en diciembre"),
        who("Leopoldo Chávez", 0, "No me muevo de El Paso"),
    ),
    case(
        "Québécois: ready to move to the Côte-Nord vs not leaving Québec city",
        MILLWRIGHT,
        "Québec, QC",
        job(MW_JOB, site("Sept-Îles, QC")),
        who("Yannick Fortin", 2, "Prêt à déménager sur la Côte-Nord avec la famille"),
        who("Benoît Caron", 0, "Je quitte pas Québec, point"),
    ),
    case(
        "moving home to Newfoundland, fly-in from St. John's only vs wants local Calgary work",
        PIPEFITTER,
        "Calgary, AB",
        job(
            PIPE_JOB,
            site(
                "Fort McMurray, AB",
                "14/7 rotation, flights from St. John's covered",
                "Camp provided",
            ),
        ),
        who(
            "Wallace Pike", 2, "Moving home to Newfoundland for good - fly-in from St. John's only"
        ),
        who("Spencer Ruel", 0, "Staying in Calgary, wants local work, no fly-in"),
    ),
]

MANAGING = [
    case(
        "ready to run a crew, been acting GF vs wants to stay on the tools, a GF job",
        FOREMAN,
        "Columbus, OH",
        job(GF_JOB, site("Columbus, OH")),
        who("Ray Delmonico", 2, "ready to run the whole job, been acting GF for a year"),
        who("Lyndon Aikens", 0, "wants to stay on the tools, no paperwork, no crews"),
    ),
    case(
        "sick of being foreman, back on the tools vs only running crews, a journeyman job",
        FOREMAN,
        "Columbus, OH",
        job(ELEC_JOB, site("Columbus, OH")),
        who("Buck Tolliver", 2, "sick of being foreman - wants to go back on the tools"),
        who("Warren Pickett", 0, "wants to run crews, won't go back on the tools"),
    ),
    case(
        "wants to manage several foremen vs said nothing, a senior super role",
        SUPER,
        "Atlanta, GA",
        job(
            SUPER_JOB,
            site("Atlanta, GA"),
            title="Senior Superintendent",
            description="Lead four assistant supers and the trade foremen on a $120M hospital.",
        ),
        who("Quentin Ashford", 2, "wants to manage multiple foremen and assistant supers"),
        who("Lowell Banning", 1),
    ),
    case(
        "Québécois: wants to be foreman vs no crew management, a foreman job",
        FOREMAN,
        "Montréal, QC",
        job(GF_JOB, MONTREAL, title="Contremaître général en électricité"),
        who(
            "Mathieu Desrosiers", 2, "Je veux être contremaître, j'ai fait mon temps sur les outils"
        ),
        who("Alain Pichette", 0, "Pas de gestion d'équipe pour moi, je reste sur les outils"),
    ),
]

STAGE = [
    case(
        "wants a small outfit where the owner knows you vs only big GCs, a 40-person shop",
        ELECTRICIAN,
        "Boise, ID",
        job(
            ELEC_JOB,
            site("Boise, ID"),
            description="Family-owned electrical contractor, about "
            "40 employees, the owner walks every job.",
        ),
        who("Ezra Pruett", 2, "wants a small outfit where the owner knows your name"),
        who("Logan Mercer", 0, "only wants the big GCs with structure - Bechtel/Fluor size"),
    ),
    case(
        "wants a big company with pension vs done with big corporate EPCs, a Fortune 500 EPC",
        FIELD_ENG,
        "Houston, TX",
        job(
            FE_JOB,
            HOUSTON,
            description="Fortune 500 EPC, 40,000 employees worldwide, pension and full benefits.",
        ),
        who("Dana Kjelstad", 2, "wants a big company with a pension and benefits"),
        who("Miles Okonkwo", 0, "done with big corporate EPCs - too much red tape"),
    ),
    case(
        "wants in early at a construction-tech start-up vs only established firms after one folded",
        FIELD_ENG,
        "Denver, CO",
        job(
            FE_JOB,
            site("Denver, CO", "Equity"),
            description="Series A modular construction "
            "start-up, 25 people, building our first factory.",
        ),
        who(
            "Sierra Valdez",
            2,
            "wants to get in early at a construction-tech startup, equity a plus",
        ),
        who("Ian Kessler", 0, "after the modular startup he was at folded, established firms only"),
    ),
    case(
        "doesn't mind a brand-new outfit vs lost wages when a new sub went bust",
        OPERATOR,
        "Bismarck, ND",
        job(
            OPER_JOB,
            site("Bismarck, ND"),
            description="Newly formed earthworks contractor in its first year of operations.",
        ),
        who("Hank Rasmussen", 2, "doesn't mind a brand-new outfit if the pay's there"),
        who(
            "Dell Ostrander",
            0,
            "wants a company with a long track record - lost wages when a new sub went bust",
        ),
    ),
    case(
        "wants mid-size, not tiny, not huge vs said nothing, a 200-person regional",
        SUPER,
        "Kansas City, MO",
        job(
            SUPER_JOB,
            site("Kansas City, MO"),
            description="Regional GC of about 200 people, growing steadily across the Midwest.",
        ),
        who("Vance Holt", 2, "wants a mid-size company, not a tiny shop and not a giant"),
        who("Elmer Graves", 1),
    ),
    case(
        "wants a utility with a pension vs wants a scrappy small contractor",
        LINEMAN,
        "Vancouver, BC",
        job(
            LINE_JOB,
            site("Burnaby, BC"),
            description="Crown corporation utility, 7,000 employees, defined-benefit pension.",
        ),
        who("Graeme Sinclair", 2, "wants a utility, stable with a pension"),
        who("Rocco Santangelo", 0, "wants a scrappy small contractor, not a big utility"),
    ),
    case(
        "likes family-run shops vs never again a family business, a third-generation firm",
        MILLWRIGHT,
        "Hamilton, ON",
        job(
            MW_JOB,
            site("Hamilton, ON"),
            description="Third-generation family-owned millwright contractor, 60 people.",
        ),
        who("Fergus Lindsay", 2, "likes family-run shops"),
        who("Wendell Crouse", 0, "had a bad go with a family business - nepotism, never again"),
    ),
    case(
        "Spanish: wants a big company with insurance vs prefers small companies, a big GC",
        OPERATOR,
        "Houston, TX",
        job(
            OPER_JOB,
            HOUSTON,
            description="One of the largest civil contractors in Texas, 5,000 "
            "employees, full medical.",
        ),
        who("Baltazar Nieves", 2, "quiero una compañía grande, con seguro médico y estable"),
        who("Porfirio Salas", 0, "prefiero compañías chicas, en las grandes eres un número"),
    ),
    case(
        "Québécois: wants a small family business vs wants a big company, a 12-person shop",
        ELECTRICIAN,
        "Sherbrooke, QC",
        job(
            ELEC_JOB,
            site("Sherbrooke, QC"),
            title="Électricien",
            description="Petite entreprise familiale de 12 employés en électricité commerciale.",
        ),
        who("Gaétan Roy", 2, "Je cherche une petite entreprise familiale"),
        who("Francis Labbé", 0, "Je veux une grosse compagnie, pas une shop de 10 gars"),
    ),
    case(
        "wants fast growth vs won't work for PE-owned again, a PE roll-up",
        ESTIMATOR,
        "Charlotte, NC",
        job(
            EST_JOB,
            site("Charlotte, NC"),
            description="Recently acquired by a private-equity "
            "platform, growing fast through acquisitions across the Southeast.",
        ),
        who("Cassidy Moore", 2, "wants a fast-growing company with room to move up"),
        who(
            "Rodney Baird",
            0,
            "left his last job after private equity bought it - won't work PE-owned again",
        ),
    ),
    case(
        "wants a tiny crew under ten vs wants 500+ employees, a five-person specialty sub",
        WELDER,
        "Billings, MT",
        job(WELD_JOB, site("Billings, MT"), description="Five-person specialty welding sub."),
        who("Jace Holmgren", 2, "wants a tiny crew, under 10 guys"),
        who("Kirk Lundquist", 0, "wants a company with 500+ employees"),
    ),
]

INDUSTRY = [
    case(
        "wants into renewables vs wants oil and gas money, a solar farm",
        ELECTRICIAN,
        "Amarillo, TX",
        job(
            ELEC_JOB,
            site("Amarillo, TX"),
            title="Journeyman Electrician - Utility-Scale Solar",
            description="Build a 400 MW solar farm.",
        ),
        who("Skye Ramirez", 2, "wants to get into renewables"),
        who("Chet Dawson", 0, "no interest in solar, wants oil and gas money"),
    ),
    case(
        "wants the oil sands for the money vs won't work the oil sands",
        PIPEFITTER,
        "Edmonton, AB",
        job(PIPE_JOB, FORT_MAC_CAMP, description="Pipefitting at an oil sands upgrader."),
        who("Terrance Bull", 2, "wants oil sands work, the money's good"),
        who("Kieran Whitford", 0, "won't work in the oil sands, ethical reasons"),
    ),
    case(
        "wants to build something that matters vs said nothing, a children's hospital",
        SUPER,
        "Cincinnati, OH",
        job(
            SUPER_JOB, site("Cincinnati, OH"), description="Build a new children's hospital tower."
        ),
        who("Marianne Foust", 2, "wants to build something that matters - schools, hospitals"),
        who("Roger Tillman", 1),
    ),
    case(
        "won't work on prisons vs any government work is fine, a detention center",
        ELECTRICIAN,
        "Phoenix, AZ",
        job(
            ELEC_JOB,
            site("Florence, AZ"),
            description="Electrical for a new state detention center.",
        ),
        who("Tobias Begay", 0, "won't work on prisons or detention centers"),
        who("Gus Pardee", 2, "any government work is fine, likes the steady public jobs"),
    ),
    case(
        "wants data center work vs refuses data centers, a hyperscale build",
        ELECTRICIAN,
        "Ashburn, VA",
        job(
            ELEC_JOB,
            site("Ashburn, VA"),
            description="Hyperscale data center build, mission-critical electrical.",
        ),
        who("Malik Greene", 2, "wants mission-critical and data center work"),
        who("Stuart Pell", 0, "refuses data centers - sick of commissioning hell"),
    ),
    case(
        "wants nuclear vs won't work nuclear, a refurbishment",
        MILLWRIGHT,
        "Kincardine, ON",
        job(
            MW_JOB,
            site("Tiverton, ON"),
            description="Nuclear generating station refurbishment outage.",
        ),
        who("Craig Anstey", 2, "wants nuclear work, clearance-eligible"),
        who("Liam Driscoll", 0, "won't work nuclear"),
    ),
]

TECH = [
    case(
        "wants P6 scheduling vs hates P6, MS Project only",
        FIELD_ENG,
        "Houston, TX",
        job(
            FE_JOB,
            HOUSTON,
            title="Field Engineer / Scheduler",
            requirements="Primavera P6\nRFIs and submittals\nProcore",
        ),
        who("Yolanda Pierce", 2, "wants more P6 scheduling work"),
        who("Brandt Oyler", 0, "hates P6, MS Project only"),
    ),
    case(
        "wants more TIG on stainless vs stick only, no TIG",
        WELDER,
        "Baton Rouge, LA",
        job(
            WELD_JOB,
            site("Baton Rouge, LA"),
            description="TIG welding stainless process piping in a pharma plant.",
        ),
        who("Lucien Broussard", 2, "wants to do more TIG, stainless"),
        who("Hollis Grubb", 0, "stick only, doesn't want to TIG"),
    ),
    case(
        "wants PLC and controls work vs no controls, straight conduit",
        ELECTRICIAN,
        "Louisville, KY",
        job(
            ELEC_JOB,
            site("Louisville, KY"),
            requirements="Journeyman license\nAllen-Bradley PLCs\nControls troubleshooting",
        ),
        who("Desiree Combs", 2, "wants to get into PLCs and controls"),
        who("Dwayne Ritchie", 0, "no controls work, straight conduit and pulls"),
    ),
    case(
        "wants BIM and VDC vs won't work in Revit",
        ESTIMATOR,
        "Toronto, ON",
        job(
            EST_JOB,
            TORONTO,
            title="Mechanical BIM Coordinator",
            requirements="Revit\nNavisworks\nClash detection",
        ),
        who("Anika Sharma", 2, "wants BIM/VDC work in Revit"),
        who("Russell Pang", 0, "won't work in Revit, 2D takeoffs only"),
    ),
]

TITLE = [
    case(
        "wants the Senior Super title vs said nothing",
        SUPER,
        "Raleigh, NC",
        job(SUPER_JOB, site("Raleigh, NC"), title="Senior Superintendent"),
        who("Clay Whitmire", 2, "wants the Senior Superintendent title, been doing the job"),
        who("Donnie Fentress", 1),
    ),
    case(
        "wants off Field Engineer to Project Engineer vs said nothing",
        FIELD_ENG,
        "Salt Lake City, UT",
        job(FE_JOB, site("Salt Lake City, UT"), title="Project Engineer"),
        who("Brianna Hatch", 2, "wants to move up from Field Engineer to Project Engineer"),
        who("Tanner Sorensen", 1),
    ),
]


# --- 7. last time's reason, the history with us, the latest process -------------------------

LAST_TIME = [
    case(
        "turned down $38 an hour last year; this one pays $48 vs said nothing",
        ELECTRICIAN,
        "Houston, TX",
        job(ELEC_JOB, site("Houston, TX", "$46-$50/hr")),
        who(
            "Royce Talbert",
            2,
            apps=[turned_down(280, "compensation", "Offer was $38/hr, he wanted $45 minimum")],
        ),
        who("Sammy Ocampo", 1),
    ),
    case(
        "turned down $40 an hour; this one pays $40 again vs said nothing",
        ELECTRICIAN,
        "Houston, TX",
        job(ELEC_JOB, site("Houston, TX", "$38-$40/hr")),
        who(
            "Jerome Whitlow",
            0,
            apps=[turned_down(150, "compensation", "Wanted $46/hr, client capped at $40")],
        ),
        who("Cyrus Blaine", 2),
    ),
    case(
        "withdrew over a 21/7; this one is 14/7 vs said nothing",
        PIPEFITTER,
        "Edmonton, AB",
        job(PIPE_JOB, FORT_MAC_CAMP),
        who(
            "Derrick Makokis",
            2,
            apps=[
                pulled_out(
                    200,
                    "other",
                    "Withdrew - 21/7 rotation too long with a newborn, 14/7 would work",
                )
            ],
        ),
        who("Owen Stelmach", 1),
    ),
    case(
        "withdrew over a 21/7; this one is 21/7 again vs said nothing",
        PIPEFITTER,
        "Edmonton, AB",
        job(PIPE_JOB, site("Fort McMurray, AB", "21 days in, 7 out, camp")),
        who(
            "Ernie Cardinal",
            0,
            apps=[pulled_out(90, "other", "Withdrew - won't do 21/7, max 14 in")],
        ),
        who("Lance Borys", 2),
    ),
    case(
        "withdrew over the drive to Oakville; this site is in Hamilton where he lives vs said "
        "nothing",
        ELECTRICIAN,
        "Hamilton, ON",
        job(ELEC_JOB, site("Hamilton, ON")),
        who(
            "Giovanni Russo",
            2,
            apps=[
                pulled_out(
                    220,
                    "location",
                    "QEW to Oakville every day was too much, wants Hamilton",
                    role="Journeyman Electrician",
                )
            ],
        ),
        who("Kevin Brisebois", 1),
    ),
    case(
        "no CDL-A last year, got it in August vs no CDL-A two months ago, nothing since",
        DRIVER,
        "Fargo, ND",
        job(CDL_JOB, site("Fargo, ND")),
        who(
            "Dalton Fjeld",
            2,
            apps=[
                app(
                    300,
                    "interview",
                    "rejected",
                    "skills_gap",
                    "No CDL-A at the time",
                    role="CDL-A Driver",
                )
            ],
            touches=[text(100, "got my CDL-A in august, clean record, ready to haul")],
        ),
        who(
            "Marty Engstrom",
            0,
            apps=[
                app(
                    60,
                    "interview",
                    "rejected",
                    "skills_gap",
                    "No CDL-A yet, still on his permit",
                    role="CDL-A Driver",
                )
            ],
        ),
    ),
    case(
        "declined over nights; this one is days vs said nothing",
        MILLWRIGHT,
        "Sudbury, ON",
        job(MW_JOB, site("Sudbury, ON", "Day shift, Monday to Friday")),
        who(
            "Gilles Ouellette",
            2,
            apps=[
                turned_down(
                    180, "other", "Turned it down, nights only - wants days", role="Millwright"
                )
            ],
        ),
        who("Barry Noonan", 1),
    ),
    case(
        "declined over nights; this one is nights too vs said nothing",
        MILLWRIGHT,
        "Sudbury, ON",
        job(MW_JOB, site("Sudbury, ON", "Permanent nights, 12-hour shifts")),
        who(
            "Norbert Lacroix",
            0,
            apps=[turned_down(120, "other", "Declined - he won't work nights", role="Millwright")],
        ),
        who("Kent Hollis", 2),
    ),
    case(
        "position closed at the winter shutdown vs failed the weld test six weeks ago",
        WELDER,
        "Regina, SK",
        job(WELD_JOB, REGINA),
        who(
            "Aaron Desjarlais",
            2,
            apps=[
                app(
                    250,
                    "final",
                    "position_closed",
                    "headcount",
                    "Job shut down for winter before start",
                    role="Pressure Welder",
                )
            ],
        ),
        who(
            "Blaine Kozak",
            0,
            apps=[
                app(
                    45,
                    "interview",
                    "rejected",
                    "skills_gap",
                    "Failed the 6G bend test",
                    role="Pressure Welder",
                )
            ],
        ),
    ),
    case(
        "turned down an open-shop job; this one is union vs said nothing",
        ELECTRICIAN,
        "Pittsburgh, PA",
        job(ELEC_JOB, site("Pittsburgh, PA", "IBEW Local job, union scale and benefits")),
        who(
            "Francis Kowalski",
            2,
            apps=[turned_down(200, "other", "Won't go non-union, wants a union job")],
        ),
        who("Derek Stahl", 1),
    ),
    case(
        "pulled out over no per diem; this crew pays $160 vs said nothing",
        PIPEFITTER,
        "Jackson, MS",
        job(PIPE_JOB, site("Lake Charles, LA", "$160/day per diem", "$44/hr")),
        who(
            "Tremaine Oliphant",
            2,
            apps=[
                pulled_out(
                    170, "compensation", "No per diem on that job - not travelling without it"
                )
            ],
        ),
        who("Wesley Cobb", 1),
    ),
    case(
        "no Red Seal last year, passed since vs no Red Seal in the spring, not written yet",
        PIPEFITTER,
        "Edmonton, AB",
        job(PIPE_JOB, EDMONTON),
        who(
            "Jarrett Laboucan",
            2,
            apps=[
                app(340, "screen", "rejected", "skills_gap", "No Red Seal yet, 4th year apprentice")
            ],
            touches=[email(60, "Passed my Red Seal in September! Journeyman now.")],
        ),
        who(
            "Morgan Ironstand",
            0,
            apps=[
                app(
                    150, "screen", "rejected", "skills_gap", "No Red Seal - hasn't written the exam"
                )
            ],
        ),
    ),
]

HISTORY = [
    case(
        "no-show at orientation vs a silver medalist",
        OPERATOR,
        "Tulsa, OK",
        job(OPER_JOB, site("Tulsa, OK")),
        who(
            "Cory Stubbs",
            0,
            apps=[
                app(
                    90,
                    "offer",
                    "rejected",
                    "no_show",
                    "Didn't show for orientation or answer the phone",
                    role="Operator",
                )
            ],
        ),
        who(
            "Eli Bratcher",
            2,
            apps=[final_loss(150, "Lost to a guy with more GPS hours", role="Operator")],
        ),
    ),
    case(
        "walked off site for a tie-off violation vs a clean record",
        ELECTRICIAN,
        "Denver, CO",
        job(ELEC_JOB, site("Denver, CO")),
        who(
            "Jody Kittredge",
            0,
            touches=[
                super_said(
                    120,
                    "Super: ran him off site for no tie-off at 30 ft after two warnings. Not "
                    "eligible for rehire.",
                )
            ],
        ),
        who("Preston Lyle", 2),
    ),
    case(
        "placed by us ten weeks ago vs a silver medalist",
        SUPER,
        "Dallas, TX",
        job(SUPER_JOB, DALLAS),
        who(
            "Wayne Castell",
            0,
            apps=[
                app(
                    70,
                    "offer",
                    "hired",
                    None,
                    "Placed with a DFW GC, started in September",
                    role="Superintendent",
                )
            ],
        ),
        who("Hal Brewster", 2, apps=[final_loss(200, role="Superintendent")]),
    ),
]

PROCESS = [
    case(
        "final round with the super, rated 4.5 vs applied only",
        FIELD_ENG,
        "Atlanta, GA",
        job(FE_JOB, site("Atlanta, GA")),
        who(
            "Noelle Branch",
            2,
            apps=[
                app(
                    160,
                    "final",
                    "rejected",
                    "other_candidate",
                    "Super liked her, went with an internal",
                    rating=4.5,
                    role="Field Engineer",
                )
            ],
        ),
        who(
            "Garrett Penn",
            1,
            apps=[
                app(
                    160,
                    "applied",
                    "rejected",
                    "other",
                    "Not reviewed before it filled",
                    role="Field Engineer",
                )
            ],
        ),
    ),
    case(
        "old screen rejection but a recent final vs an old final but walked out recently",
        FIELD_ENG,
        "Atlanta, GA",
        job(FE_JOB, site("Atlanta, GA")),
        who(
            "Rachel Odom",
            2,
            apps=[
                app(
                    700, "screen", "rejected", "skills_gap", "Too green then", role="Field Engineer"
                ),
                app(120, "final", "rejected", "other_candidate", rating=4.4, role="Field Engineer"),
            ],
        ),
        who(
            "Brett Lusk",
            0,
            apps=[
                app(700, "final", "rejected", "other_candidate", rating=4.2, role="Field Engineer"),
                app(
                    90,
                    "interview",
                    "rejected",
                    "conduct",
                    "Walked out of the interview swearing at the PM",
                    role="Field Engineer",
                ),
            ],
        ),
    ),
]

# --- 8. several notes over time: the latest word counts -------------------------------------

LATEST = [
    case(
        "no nights then nights fine now vs nights fine then no more nights, a night shift",
        PIPEFITTER,
        "Sarnia, ON",
        job(PIPE_JOB, site("Sarnia, ON", "Night shift turnaround crew")),
        who(
            "Keith Brisco",
            2,
            ("No nights, kids are small", 300),
            ("nights are fine now, kids are older", 20),
        ),
        who("Adrian Vlasic", 0, ("nights ok", 300), ("no more nights, doctor's orders", 20)),
    ),
    case(
        "no camp then camp's fine now vs wanted camp, now done with it",
        WELDER,
        "Kamloops, BC",
        job(WELD_JOB, FORT_MAC_CAMP),
        who(
            "Logan Tait",
            2,
            touches=[
                text(280, "no camp jobs"),
                text(25, "split up w the ex, camp is fine now, need the money"),
            ],
        ),
        who(
            "Riley Shaw",
            0,
            touches=[
                text(280, "camp work is what i want"),
                text(25, "done w camp, met someone, home every night now"),
            ],
        ),
    ),
    case(
        "a stop taken back vs 'keep me posted' hardened into a stop",
        ELECTRICIAN,
        "Winnipeg, MB",
        job(ELEC_JOB, site("Winnipeg, MB")),
        who(
            "Chantal Flett",
            2,
            touches=[
                email(200, "Please stop contacting me, thanks."),
                email(
                    30,
                    "I asked you to stop back in the spring, but I'm looking again - please reach "
                    "out with anything in Winnipeg.",
                ),
            ],
        ),
        who(
            "Darryl Kipling",
            0,
            touches=[
                email(200, "Keep me posted on anything good."),
                email(30, "Take me off your list. No more contact, I mean it."),
            ],
            excluded=True,
        ),
    ),
    case(
        "won't leave Sudbury then open to Thunder Bay vs the reverse",
        MILLWRIGHT,
        "Sudbury, ON",
        job(MW_JOB, site("Thunder Bay, ON")),
        who(
            "Justin Paquette",
            2,
            ("won't leave Sudbury", 250),
            ("open to moving to Thunder Bay now, partner got a job there", 15),
        ),
        who(
            "Greg Mayhew",
            0,
            ("open to Thunder Bay", 250),
            ("staying in Sudbury, mother's sick, no moves", 15),
        ),
    ),
    case(
        "asked $60 then would take $50 vs asked $50 then needs $62, a $48-52 job",
        ELECTRICIAN,
        "Minneapolis, MN",
        job(ELEC_JOB, site("Minneapolis, MN", "$48-$52/hr")),
        who(
            "Troy Lindquist",
            2,
            touches=[call(240, "wants $60/hr"), call(20, "would do $50/hr now to get steady work")],
        ),
        who(
            "Cal Bergstrom",
            0,
            touches=[call(240, "wants $50/hr"), call(20, "needs $62/hr now, got an offer at 60")],
        ),
    ),
    case(
        "home every night then travel's fine again vs the reverse, a travelling crew",
        LINEMAN,
        "Jackson, MS",
        job(LINE_JOB, site("Jackson, MS", "Storm crew, travel across the Southeast, per diem")),
        who(
            "Bobby Ray Hux",
            2,
            ("home every night", 300),
            ("travel's fine again, kids moved out", 30),
        ),
        who(
            "Tad Whitsett",
            0,
            ("loves storm travel", 300),
            ("no more travel, wife put her foot down", 30),
        ),
    ),
    case(
        "staying union then dropped his card vs open shop then union only, an open-shop job",
        ELECTRICIAN,
        "Nashville, TN",
        job(ELEC_JOB, site("Nashville, TN", "Open shop, merit pay")),
        who("Hoyt Gaskins", 2, ("staying union", 320), ("dropped my card, non-union is fine", 40)),
        who(
            "Milo Stringer",
            0,
            ("open shop is fine", 320),
            ("joined the IBEW, union jobs only now", 40),
        ),
    ),
    case(
        "wanted a crew then tools only vs tools only then wants a crew, a GF job",
        FOREMAN,
        "St. Louis, MO",
        job(GF_JOB, site("St. Louis, MO")),
        who(
            "Arnie Vogel",
            0,
            ("wants to run a crew", 300),
            ("changed my mind, tools only, GF stress isn't worth it", 20),
        ),
        who(
            "Lonnie Dacus",
            2,
            ("tools only", 300),
            ("ready to run crews now, did GF on the last job", 20),
        ),
    ),
    case(
        "Québécois: pas de Baie-James then finally yes vs the reverse",
        ELECTRICIAN,
        "Val-d'Or, QC",
        job(
            ELEC_JOB,
            site("Baie-James, QC", "Horaire 14/7, camp fourni"),
            title="Électricien - Baie-James",
        ),
        who(
            "Jean-Guy Lafrenière",
            2,
            ("Pas de Baie-James", 280),
            ("Finalement, la Baie-James ça me tente", 25),
        ),
        who(
            "Sébastien Drapeau",
            0,
            ("La Baie-James, pas de trouble", 280),
            ("Plus de Baie-James, je reste à Val-d'Or", 25),
        ),
    ),
    case(
        "Spanish: no travel then can travel now vs the reverse",
        WELDER,
        "Corpus Christi, TX",
        job(WELD_JOB, site("Corpus Christi, TX", "Travelling crew, Gulf Coast, per diem")),
        who(
            "Ismael Cantú",
            2,
            ("no viajo", 260),
            ("ya puedo viajar, mis hijos ya están grandes", 30),
        ),
        who("Aurelio Meza", 0, ("puedo viajar", 260), ("ya no viajo, me quedo en Corpus", 30)),
    ),
    case(
        "remote, then hybrid ok, then remote only again vs remote, then office fine, a hybrid role",
        ESTIMATOR,
        "Edmonton, AB",
        job(
            EST_JOB,
            dict(
                remote_policy="hybrid",
                location="Edmonton, AB",
                offers=["Three days a week in the Edmonton office"],
            ),
        ),
        who(
            "Greta Sorensen",
            0,
            ("remote only, no office", 400),
            ("hybrid ok", 200),
            ("remote only again - moved out to the lake, 2 hrs from Edmonton", 20),
        ),
        who(
            "Lorne Haverstock",
            2,
            ("strictly remote only", 400),
            ("office is fine now, moved back to the city", 200),
        ),
    ),
]

HELDOUT55_CASES: list[Case] = [
    *OPT_OUTS,
    *WAITS,
    *TRAVEL,
    *COMMUTES,
    *SCHEDULE,
    *VISA,
    *CONTRACT,
    *PAY,
    *WORK_MODE,
    *NEGATION,
    *LOCATION,
    *MANAGING,
    *STAGE,
    *INDUSTRY,
    *TECH,
    *TITLE,
    *LAST_TIME,
    *HISTORY,
    *PROCESS,
    *LATEST,
]

# The class names the set checks share (tests/test_eval_cases.py), over this file's own lists:
# here last time's reason, resolved or still standing, is the file's LAST_TIME list, the history
# with us its HISTORY, and the title wanted sits with managing.
COMMUTE, NEGATIONS, LOCATIONS, LATEST_WORD = COMMUTES, NEGATION, LOCATION, LATEST
LEVEL, STAGE_SIZE, MISSION = MANAGING + TITLE, STAGE, INDUSTRY
RESOLVED, LAST_TIME = LAST_TIME, HISTORY
