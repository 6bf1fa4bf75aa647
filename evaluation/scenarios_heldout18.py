"""Held-out rediscovery cases, eighteenth set: trades, construction, energy and mining recruiters'
own words, written by an eighteenth stranger to the reader (its code, its labelled sets and the
earlier case files' sentences were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 18") and never tuned to what Encore does. The recruiters are agency
consultants on trades and energy desks in the UK, Ireland, Australia, Canada and the Gulf, and a
few site and project managers who text their feedback in. The voices: consultants typing fast
into the ATS ("cand", "LM", "spoke w/", "happy to be put fwd", "avail", "min rate", typos left
in), site managers' texts, tradespeople's WhatsApps in lower case, LinkedIn replies, a few
formal emails and letters, and lines in Polish, Afrikaans and Arabic. The people are approved
electricians (ECS, 18th Edition), commercial plumbers, HVAC service engineers (F-gas), site and
project managers (SMSTS, CSCS), quantity surveyors (RICS, CostX), tower crane operators (CPCS,
White Card high-risk licences), FIFO haul truck operators and heavy diesel fitters on 2:1, 8/6
and 14/14 rosters, offshore instrument technicians (BOSIET, OPITO, 3-on/3-off swings),
rail possession crews (PTS, COSS, nights and blockades) and wind turbine technicians (GWO).
Their talk: day rates, CIS against PAYE against umbrella, a Ltd co, union and EBA rates, LOA and
per diems, camp life, site hours, nights on possessions, travel to site, a van and a fuel card,
shutdowns and turnarounds, R&R, long service leave, tax-free AED and SAR packages, iqamas, LMIAs,
482 visas and Stamp 4s. Many notes are long and mention dates (tickets renewed, swings, holidays)
that ask for no wait; one line decides.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a WhatsApp to delete his number, an Irish GDPR erasure letter, Polish, Afrikaans and
   Arabic, a consultant's "DO NOT CONTACT", a retired crane driver, "UNSUBSCRIBE", a last warning
   before an ICO complaint, a CASL removal): never shown; beside each a changed number, a ticket
   date to correct, "write about offshore", "send me Pilbara work", "WhatsApp not calls", "not
   Hinkley again", "retiring from nights only", "only the newsletter", a site manager's gripe that
   is not the candidate's, and "not Fort Mac again";
2. waits counted from the day said, each against a twin whose wait has run out: a six-month FIFO
   contract, an offshore shutdown, a baby due, a Gulf contract to Eid, a Christmas blockade, the
   RICS APC, a Polish service season in Germany, a term with an oil sands operator, a knee
   operation and no climbing, long service leave;
3. schedule, travel, visa, contract and hours, commute: nights on possessions, 2:1 against 8/6,
   three-week swings, weekend call-outs, seven twelves on a turnaround, a four-day week, a six-day
   Saudi week; stop-aways, interstate flights to a charter, helicopters, Oman trips, a past
   employer's van miles; 482 against PR, an open work permit against an LMIA, Skilled Worker
   against ILR, a Stamp 1 against a Stamp 4, a working holiday visa against a New Zealander;
   CIS against PAYE, umbrella against a Ltd co, perm against contract, a six-week shutdown,
   three days a week, EBA sites; a commute limit, a driving ban, a van and fuel card, no car for
   an out-of-town site, a childminder on the wrong side of the city;
4. pay against the band: a day rate, a union hourly rate with LOA, an Australian package, a
   tax-free AED monthly, a nightly subsistence, a current salary above the band with a lower ask,
   and a weekly wage in euros against an annual band;
5. work mode said only in the policy field, only in the offers, only in the description and
   only in the title (estimators, QSs and planners);
6. negation and scope ("not against nights", "the rate wasn't the problem, the bus was", heights
   fine but confined spaces not, "never had a problem with FIFO", Afrikaans shift work, "not only
   offshore", "wouldn't say no to supervising");
7. location and relocation (home to Cork though the file says Perth, UAE only against KSA, the
   north-east, living in Wood Buffalo, a brother's move that is not hers), managing against
   hands-on (assistant to site manager, chargehand, project director stepping back, leading
   hand), company stage and size (a family firm, a hydrogen start-up, an oil major), industries
   (offshore wind, met coal against any coal, nuclear, council-home retrofit) and technology
   (heat pumps, autonomous haulage, CostX and 5D BIM);
8. last time's reason resolved by this role or still standing (a roster, CIS, a day rate, a
   drive, a family-status contract, a lapsed BOSIET), the history with us (a no-show at an
   induction, sent home from camp, a recent skills gap, walking off a shutdown, a failed D&A
   test) and the latest process (a final against a CV never sent, a placement five weeks ago, a
   new start against live interviews, an offer pulled by a cancelled project);
9. several notes over time where the latest word counts: FIFO refused then wanted and the
   reverse, a removal taken back against a "keep me posted" hardened into an erasure, a rate ask
   lowered and raised, the Gulf refused then wanted, swings, stop-aways.

Hard cases a careful human still gets right are mixed in: a site manager's complaint typed under
the candidate, a brother's move, the rate on file against what was asked, a weekly wage against
an annual band, a past employer's travel or drive this role does not have, and notes where a
date is only a ticket renewal.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

SPARKY = dict(
    current_title="Approved Electrician",
    skills=["ECS Gold Card", "18th Edition", "Commercial containment", "Inspection and testing"],
    years_experience=10,
    resume_text=(
        "Approved electrician, ten years on commercial and industrial jobs: data centres, "
        "warehouses and schools; containment, SWA and tray, DB changes, fire alarm and 2391 "
        "inspection and testing."
    ),
)
PLUMBER = dict(
    current_title="Commercial Plumber",
    skills=["Press-fit copper", "Unvented hot water G3", "Commercial first fix", "CSCS Blue Card"],
    years_experience=8,
    resume_text=(
        "Commercial plumber and pipefitter: first and second fix on hotels and student blocks, "
        "press-fit and screwed steel, G3 unvented systems, booster sets and plant rooms."
    ),
)
HVAC = dict(
    current_title="HVAC Service Engineer",
    skills=["F-gas Category 1", "VRF systems", "Chillers", "Planned maintenance"],
    years_experience=9,
    resume_text=(
        "HVAC and refrigeration service engineer: planned and reactive maintenance on VRF, "
        "split and chiller plant, F-gas leak checks, commissioning and BMS fault finding."
    ),
)
SITE_MGR = dict(
    current_title="Site Manager",
    skills=["SMSTS", "CSCS Black Card", "Commercial new build", "Temporary works"],
    years_experience=12,
    resume_text=(
        "Site manager on commercial and mixed-use new build up to £30m: programmes, "
        "subcontractor coordination, SMSTS safety, temporary works and handovers."
    ),
)
ASSISTANT = dict(
    current_title="Assistant Site Manager",
    skills=["SSSTS", "CSCS Gold Card", "Quality inspections", "Permits to work"],
    years_experience=5,
    resume_text=(
        "Assistant site manager on apartment blocks and a care home: toolbox talks, permits, "
        "quality inspections, deliveries and covering the site manager's leave."
    ),
)
PM = dict(
    current_title="Construction Project Manager",
    skills=["NEC4", "Programme management", "Stakeholder management", "Commercial fit-out"],
    years_experience=15,
    resume_text=(
        "Project manager on NEC4 and JCT projects up to £60m: programme, cost and risk, "
        "client reporting, design coordination and handover."
    ),
)
QS = dict(
    current_title="Quantity Surveyor",
    skills=["Cost planning", "NEC4", "Valuations", "CostX"],
    years_experience=7,
    resume_text=(
        "Contractor-side quantity surveyor: valuations, variations, subcontract procurement, "
        "final accounts and cost reporting on NEC4 and JCT schemes."
    ),
)
PLANNER = dict(
    current_title="Project Planner",
    skills=["Primavera P6", "Asta Powerproject", "4D planning", "Programme reviews"],
    years_experience=8,
    resume_text=(
        "Planner on rail and highways schemes: P6 baselines, monthly updates, delay analysis "
        "and look-ahead programmes."
    ),
)
CRANE = dict(
    current_title="Tower Crane Operator",
    skills=["CPCS A04", "Luffing jib", "Flat top", "Blind lifts"],
    years_experience=14,
    resume_text=(
        "Tower crane operator, fourteen years on luffers and flat tops on city-centre towers: "
        "blind lifts on radio, tandem lifts and pre-use checks."
    ),
)
HAUL = dict(
    current_title="Haul Truck Operator",
    skills=["CAT 793", "Komatsu 930E", "Open-cut mining", "HR licence"],
    years_experience=6,
    resume_text=(
        "Haul truck operator in open-cut iron ore and gold: CAT 793 and Komatsu 930E, water "
        "cart, pre-starts and pit dispatch, on FIFO rosters."
    ),
)
FITTER = dict(
    current_title="Heavy Diesel Fitter",
    skills=["CAT mining fleet", "Hydraulics", "Field service", "Trade certificate"],
    years_experience=9,
    resume_text=(
        "Heavy diesel fitter: field and workshop service on CAT and Komatsu fleets, hydraulic "
        "fault finding and component change-outs on shutdowns."
    ),
)
INST_TECH = dict(
    current_title="Offshore Instrument Technician",
    skills=["BOSIET", "CompEx", "Fire and gas systems", "Control valves"],
    years_experience=11,
    resume_text=(
        "Instrument technician on North Sea platforms: fire and gas, ESD, control valves and "
        "transmitters, CompEx inspections and permit-to-work."
    ),
)
PROCESS_TECH = dict(
    current_title="Process Technician",
    skills=["Refinery operations", "Turnarounds", "DCS", "Permit to work"],
    years_experience=10,
    resume_text=(
        "Process technician on refinery and gas plant: DCS panel and field operations, "
        "isolations, start-ups after turnarounds."
    ),
)
TRACK = dict(
    current_title="Track Maintenance Operative",
    skills=["PTS", "COSS", "Track renewals", "Small plant"],
    years_experience=7,
    resume_text=(
        "Track operative and COSS on renewals and maintenance possessions: plain line, S&C, "
        "small plant and safe systems of work."
    ),
)
WIND = dict(
    current_title="Wind Turbine Technician",
    skills=["GWO BST", "GWO BTT", "Blade inspection", "Main component exchange"],
    years_experience=6,
    resume_text=(
        "Wind turbine technician on onshore and offshore fleets: scheduled service, fault "
        "finding, torque and tension, main component exchanges."
    ),
)


def crew(persona: dict, where: str):
    """People of one trade: the same persona, living in ``where`` unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(name, "cs", grade, *said, apps=apps, touches=touches, excluded=excluded, **extra)

    return make


# --- who wrote what -------------------------------------------------------------------------


def call(days, words) -> dict:
    """A consultant's call log, typed fast."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def ats(days, words) -> dict:
    """A note typed into the ATS by a consultant."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def site_said(days, words) -> dict:
    """A site or project manager's text, pasted in by the consultant."""
    return touch(days, "outbound", None, "note", note=words, channel="meeting")


def wa(days, words) -> dict:
    """The candidate's WhatsApp or text, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def email(days, words) -> dict:
    """The candidate's email or letter."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def linkedin(days, words) -> dict:
    """The candidate's LinkedIn message."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def lost_final(days, note=None, *, role="Site Manager") -> dict:
    """Put forward, reached the client's final stage and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.2, role=role)


def declined(days, reason, note, *, past=None, role="Site Manager") -> dict:
    """Turned the client's offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="Site Manager") -> dict:
    """Pulled out of the client's process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def job(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------


def trade(title, department, seniority, requirements, description) -> dict:
    return dict(
        title=title,
        department=department,
        seniority=seniority,
        requirements="\n".join(requirements),
        description=description,
    )


SPARKY_JOB = trade(
    "Approved Electrician",
    "Electrical",
    "mid",
    ["ECS Gold Card", "18th Edition", "Commercial installation", "2391 desirable"],
    "Install and test on a commercial fit-out package.",
)
PLUMBER_JOB = trade(
    "Commercial Plumber",
    "Mechanical",
    "mid",
    ["Commercial first and second fix", "Press-fit copper", "G3 unvented", "CSCS card"],
    "First and second fix plumbing on a hotel and student accommodation scheme.",
)
HVAC_JOB = trade(
    "HVAC Service Engineer",
    "Building services",
    "mid",
    ["F-gas Category 1", "VRF and chillers", "Planned and reactive maintenance"],
    "Service and repair HVAC plant across a portfolio of commercial buildings.",
)
SM_JOB = trade(
    "Site Manager",
    "Construction",
    "senior",
    ["SMSTS", "CSCS Black Card", "Commercial new build", "First aid at work"],
    "Run a commercial new-build project from groundworks to handover.",
)
PM_JOB = trade(
    "Project Manager",
    "Construction",
    "senior",
    ["NEC4 or JCT", "Projects over £20m", "Client reporting", "Programme and risk"],
    "Lead delivery of a commercial scheme for a main contractor.",
)
QS_JOB = trade(
    "Quantity Surveyor",
    "Commercial",
    "mid",
    ["Valuations and variations", "NEC4", "Final accounts", "CostX"],
    "Run the commercial side of two live projects for a main contractor.",
)
PLANNER_JOB = trade(
    "Project Planner",
    "Project controls",
    "mid",
    ["Primavera P6", "Programme updates", "Delay analysis"],
    "Build and maintain programmes for rail and highways schemes.",
)
CRANE_JOB = trade(
    "Tower Crane Operator",
    "Plant",
    "mid",
    ["CPCS A04 or NPORS equivalent", "Luffing jib experience", "Blind lifts"],
    "Operate a luffing jib tower crane on a city-centre residential tower.",
)
HAUL_JOB = trade(
    "Haul Truck Operator",
    "Mining production",
    "mid",
    ["Haul truck experience (CAT 793 or Komatsu)", "HR licence", "Open-cut mining"],
    "Operate haul trucks on an open-cut iron ore mine.",
)
FITTER_JOB = trade(
    "Heavy Diesel Fitter",
    "Maintenance",
    "mid",
    ["Trade certificate", "CAT or Komatsu mining fleet", "Hydraulics"],
    "Field and workshop maintenance on a mining fleet.",
)
INST_JOB = trade(
    "Instrument Technician",
    "Maintenance",
    "mid",
    ["BOSIET or FOET in date", "CompEx", "Fire and gas, ESD", "Control valves"],
    "Maintain instrumentation and safety systems on a producing asset.",
)
PROCESS_JOB = trade(
    "Process Technician",
    "Operations",
    "mid",
    ["Refinery or gas plant operations", "Turnaround experience", "DCS"],
    "Field and panel operations on a refinery.",
)
TRACK_JOB = trade(
    "Track Maintenance Operative (COSS)",
    "Rail",
    "mid",
    ["PTS", "COSS", "Track renewals experience"],
    "Track renewals and maintenance on possessions.",
)
WIND_JOB = trade(
    "Wind Turbine Technician",
    "Operations and maintenance",
    "mid",
    ["GWO BST and BTT", "Turbine service experience", "Working at height"],
    "Service and fault-find on a fleet of wind turbines.",
)

# --- where and how they are worked ----------------------------------------------------------


def onsite(where: str, *offers: str) -> dict:
    return dict(remote_policy="onsite", location=where, offers=list(offers))


ABERDEEN = onsite("Aberdeen, UK", "Offshore rotation, flights from Aberdeen")
MANCHESTER = onsite("Manchester, UK")
LONDON = onsite("London, UK")
LEEDS = onsite("Leeds, UK")
GLASGOW = onsite("Glasgow, UK")
BIRMINGHAM = onsite("Birmingham, UK")
BRISTOL_FILTON = onsite("Filton, Bristol, UK")
DUBLIN = onsite("Dublin, Ireland")
CORK = onsite("Cork, Ireland")
PILBARA = onsite(
    "Port Hedland, WA, Australia",
    "FIFO ex Perth on a 2:1 roster",
    "Camp accommodation and meals provided",
)
PERTH = onsite("Perth, WA, Australia")
BOWEN_BASIN = onsite(
    "Moranbah, QLD, Australia", "FIFO ex Brisbane, 7 on 7 off", "Single-person quarters on site"
)
FORT_MAC = onsite("Fort McMurray, AB, Canada", "Camp rotation 14 in 14 out", "LOA paid")
EDMONTON = onsite("Edmonton, AB, Canada")
DUBAI = onsite("Dubai, UAE")
ABU_DHABI = onsite("Abu Dhabi, UAE")
RIYADH = onsite("Riyadh, Saudi Arabia")
DOHA = onsite("Doha, Qatar")

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "a WhatsApp to delete his number for good vs delete the old number, here's the new one",
        "cs",
        [
            crew(HAUL, "Perth, WA, Australia")(
                "Brodie Kettleworth",
                0,
                touches=[
                    wa(
                        35,
                        "mate pls delete my number off ur system. not interested in agency work "
                        "ever again, dont msg me",
                    )
                ],
                excluded=True,
            ),
            crew(HAUL, "Perth, WA, Australia")(
                "Jarrah Muldoon",
                2,
                touches=[
                    wa(
                        35,
                        "hey delete the old 0412 number its dead, new one is this. still keen on "
                        "pilbara work on a 2:1 if u got any",
                    )
                ],
            ),
        ],
        **job(HAUL_JOB, PILBARA),
    ),
    C(
        "an Irish GDPR erasure letter vs a letter asking to correct a ticket date on file",
        "cs",
        [
            crew(SPARKY, "Dublin, Ireland")(
                "Cathal Brosnahan",
                0,
                touches=[
                    email(
                        80,
                        "Dear Sir or Madam, I write to request the erasure of all personal data "
                        "your company holds about me, in accordance with Article 17 GDPR. Please "
                        "do not contact me again in relation to employment. Yours faithfully, "
                        "C. Brosnahan",
                    )
                ],
                excluded=True,
            ),
            crew(SPARKY, "Dublin, Ireland")(
                "Fiachra Dunleavy",
                2,
                touches=[
                    email(
                        80,
                        "Dear Sir or Madam, your records show my Safe Pass expiring in 2025. It "
                        "was renewed in June and now runs to 2030 - please correct this. I remain "
                        "available for commercial electrical work around Dublin. Regards, "
                        "F. Dunleavy",
                    )
                ],
            ),
        ],
        **job(SPARKY_JOB, DUBLIN),
    ),
    C(
        "Polish: never write or call again vs in Norway now but write about offshore work",
        "cs",
        [
            crew(INST_TECH, "Aberdeen, UK")(
                "Radosław Wierzbicki",
                0,
                touches=[
                    email(
                        60,
                        "Proszę więcej do mnie nie pisać ani nie dzwonić. Nie jestem "
                        "zainteresowany żadną pracą przez agencję. Dziękuję.",
                    )
                ],
                excluded=True,
            ),
            crew(INST_TECH, "Aberdeen, UK")(
                "Zbigniew Kołodziejczak",
                2,
                touches=[
                    email(
                        60,
                        "Teraz pracuję dorywczo w Norwegii, ale proszę śmiało pisać o pracy "
                        "offshore na Morzu Północnym, najlepiej z Aberdeen.",
                    )
                ],
            ),
        ],
        **job(INST_JOB, ABERDEEN),
    ),
    C(
        "Afrikaans: don't contact me, remove my details vs send me any Pilbara FIFO work",
        "cs",
        [
            crew(FITTER, "Perth, WA, Australia")(
                "Hendrik Oosthuysen",
                0,
                touches=[
                    wa(
                        50,
                        "Moet my asseblief nie weer kontak nie. Verwyder al my besonderhede uit "
                        "julle stelsel.",
                    )
                ],
                excluded=True,
            ),
            crew(FITTER, "Perth, WA, Australia")(
                "Ruan Steenkamp",
                2,
                touches=[
                    wa(
                        50,
                        "Stuur gerus vir my enige FIFO-werk in die Pilbara, ek is beskikbaar en "
                        "my trade papers is reg.",
                    )
                ],
            ),
        ],
        **job(FITTER_JOB, PILBARA),
    ),
    C(
        "Arabic: please don't contact me again vs can't answer calls on site, use WhatsApp",
        "cs",
        [
            crew(HVAC, "Dubai, UAE")(
                "Tariq Al-Mansouri",
                0,
                touches=[
                    wa(
                        40,
                        "أرجو عدم التواصل معي مرة أخرى بخصوص أي وظائف. شكراً.",
                    )
                ],
                excluded=True,
            ),
            crew(HVAC, "Dubai, UAE")(
                "Yazan Haddadin",
                2,
                touches=[
                    wa(
                        40,
                        "لا أستطيع الرد على المكالمات أثناء العمل في الموقع، أرسل لي التفاصيل "
                        "على الواتساب وسأرد في المساء.",
                    )
                ],
            ),
        ],
        **job(HVAC_JOB, DUBAI),
    ),
    C(
        "consultant flagged DO NOT CONTACT vs don't call him about Hinkley again",
        "cs",
        [
            crew(SITE_MGR, "Bristol, UK")(
                "Gareth Penhaligon",
                0,
                touches=[
                    call(
                        110,
                        "spoke w/ cand - v angry, 5th agency this wk. told me in no uncertain "
                        "terms never to ring again. DO NOT CONTACT, flagged.",
                    )
                ],
                excluded=True,
            ),
            crew(SITE_MGR, "Bristol, UK")(
                "Rhodri Kinsella",
                2,
                touches=[
                    call(
                        110,
                        "spoke w/ cand - said dont ring him about Hinkley again, done 3 yrs "
                        "there. anything commercial round Bristol he's all ears. happy to be put "
                        "fwd",
                    )
                ],
            ),
        ],
        **job(SM_JOB, BRISTOL_FILTON),
    ),
    C(
        "retired off the cranes, take him off the lists vs retiring from nights only",
        "cs",
        [
            crew(CRANE, "Manchester, UK")(
                "Clive Ashworth-Pugh",
                0,
                touches=[
                    email(
                        90,
                        "Hello, I've retired now after 38 years in the cab, so please take me off "
                        "all your lists. No more calls or emails. All the best, Clive",
                    )
                ],
                excluded=True,
            ),
            crew(CRANE, "Manchester, UK")(
                "Dennis Wolstenholme",
                2,
                touches=[
                    email(
                        90,
                        "Hi, I'm retiring from nights - days only from now on, but keep the "
                        "crane jobs coming, luffers preferably. Cheers, Den",
                    )
                ],
            ),
        ],
        **job(CRANE_JOB, MANCHESTER),
    ),
    C(
        "'UNSUBSCRIBE' vs unsubscribe me from the job alert but keep ringing about wind jobs",
        "cs",
        [
            crew(WIND, "Hull, UK")(
                "Kyle Brackenbury",
                0,
                touches=[email(25, "UNSUBSCRIBE. ALL OF IT. EVERY LIST.")],
                excluded=True,
            ),
            crew(WIND, "Hull, UK")(
                "Liam Fotheringay",
                2,
                touches=[
                    email(
                        25,
                        "Can you unsubscribe me from the weekly job alert email, it's clogging "
                        "my inbox. Keep ringing me when there's a proper wind tech job though.",
                    )
                ],
            ),
        ],
        **job(WIND_JOB, onsite("Hull, UK", "Offshore wind O&M base in Hull")),
    ),
    C(
        "a last warning before an ICO complaint vs a site manager's gripe typed under him",
        "cs",
        [
            crew(PLUMBER, "Leeds, UK")(
                "Warren Hepplethwaite",
                0,
                touches=[
                    email(
                        45,
                        "Third time of asking: do not contact me. If I hear from your company "
                        "again I'm complaining to the ICO.",
                    )
                ],
                excluded=True,
            ),
            crew(PLUMBER, "Leeds, UK")(
                "Nathan Oddie",
                1,
                touches=[
                    site_said(
                        45,
                        "SM at the Salford job: don't send Nathan back to us, him and our foreman "
                        "didn't get on.",
                    ),
                    call(40, "cand fine, wants work nearer Leeds anyway. avail now."),
                ],
            ),
        ],
        **job(PLUMBER_JOB, LEEDS),
    ),
    C(
        "a CASL removal request vs not Fort Mac again, keep him on for Edmonton shutdowns",
        "cs",
        [
            crew(PROCESS_TECH, "Edmonton, AB, Canada")(
                "Darryl Kowalchuk",
                0,
                touches=[
                    email(
                        55,
                        "Please remove me from your mailing list under CASL. I do not consent to "
                        "any further electronic messages from your firm.",
                    )
                ],
                excluded=True,
            ),
            crew(PROCESS_TECH, "Edmonton, AB, Canada")(
                "Brayden Hrynchuk",
                2,
                touches=[
                    email(
                        55,
                        "Got your message about Fort Mac. Not going back to camp after 3 years up "
                        "there - but keep me on your list for Edmonton-area turnarounds.",
                    )
                ],
            ),
        ],
        **job(
            PROCESS_JOB,
            onsite("Strathcona County, AB, Canada", "Refinery turnaround, drive-in daily"),
        ),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out -----------

WAITS = [
    C(
        "a six-month FIFO contract signed in October vs one signed in March",
        "cs",
        [
            crew(HAUL, "Perth, WA, Australia")(
                "Tyson Ferrabee",
                1,
                touches=[
                    call(
                        date(2026, 10, 26),
                        "cand just signed a 6 mth contract at Roy Hill, done end of April. "
                        "won't break it. call him then",
                    )
                ],
            ),
            crew(HAUL, "Perth, WA, Australia")(
                "Corey Wanganeen",
                2,
                touches=[
                    call(
                        date(2026, 3, 2),
                        "cand just signed a 6 mth contract at Christmas Creek, finishes end of "
                        "Aug. won't break it",
                    )
                ],
            ),
        ],
        **job(HAUL_JOB, PILBARA),
    ),
    C(
        "on the platform till the shutdown's done in mid-February vs till mid-July",
        "cs",
        [
            crew(INST_TECH, "Aberdeen, UK")(
                "Fraser Imlach",
                1,
                touches=[
                    email(
                        date(2026, 11, 2),
                        "I'm tied up on the Brae shutdown till mid-Feb, can't walk off it. Try "
                        "me once it's done.",
                    )
                ],
            ),
            crew(INST_TECH, "Aberdeen, UK")(
                "Euan Cruickshank",
                2,
                touches=[
                    email(
                        date(2026, 4, 13),
                        "Tied up on the Forties shutdown till mid-July, no chance of leaving "
                        "early. Try me after that.",
                    )
                ],
            ),
        ],
        **job(INST_JOB, ABERDEEN),
    ),
    C(
        "baby due in December and three months off vs baby born in May, two months off",
        "cs",
        [
            crew(SPARKY, "Cork, Ireland")(
                "Donal Twomey",
                1,
                touches=[
                    wa(
                        date(2026, 10, 19),
                        "wife due 10th dec so im taking 3 months off after, not looking at "
                        "anything til march",
                    )
                ],
            ),
            crew(SPARKY, "Cork, Ireland")(
                "Colm Ahearne",
                2,
                touches=[
                    wa(
                        date(2026, 4, 27),
                        "baby due any day now, taking 2 months off after so nothing til the summer",
                    )
                ],
            ),
        ],
        **job(SPARKY_JOB, CORK),
    ),
    C(
        "a Gulf contract he'll finish after Eid al-Fitr vs one that ended after Eid al-Adha",
        "cs",
        [
            crew(HVAC, "Abu Dhabi, UAE")(
                "Imran Qureshi-Baig",
                1,
                touches=[
                    call(
                        date(2026, 11, 9),
                        "Cand's contract runs till after Eid al-Fitr - won't break it and lose "
                        "his gratuity. Open to moves from then.",
                    )
                ],
            ),
            crew(HVAC, "Abu Dhabi, UAE")(
                "Shafeeq Puthenveetil",
                2,
                touches=[
                    call(
                        date(2026, 1, 12),
                        "Cand's contract runs till after Eid al-Adha, won't break it, gratuity "
                        "at stake. Open to moves after.",
                    )
                ],
            ),
        ],
        **job(HVAC_JOB, ABU_DHABI),
    ),
    C(
        "booked on the Christmas blockade till mid-January vs booked on the Easter blockade",
        "cs",
        [
            crew(TRACK, "Birmingham, UK")(
                "Lee Mountford",
                1,
                touches=[
                    wa(
                        date(2026, 11, 16),
                        "booked solid on the xmas blockade at euston, nights right thru. free "
                        "from mid jan",
                    )
                ],
            ),
            crew(TRACK, "Birmingham, UK")(
                "Jordan Stokoe",
                2,
                touches=[
                    wa(
                        date(2026, 3, 9),
                        "booked solid on the easter blockade at new st, free from mid april",
                    )
                ],
            ),
        ],
        **job(TRACK_JOB, BIRMINGHAM),
    ),
    C(
        "won't move till the RICS APC in spring vs APC assessment that was in September",
        "cs",
        [
            crew(QS, "Leeds, UK")(
                "Harriet Brocklehurst",
                1,
                touches=[
                    linkedin(
                        date(2026, 10, 12),
                        "Thanks for reaching out! My APC final assessment is in the spring "
                        "sitting and my counsellor is here, so I won't move until I'm chartered.",
                    )
                ],
            ),
            crew(QS, "Leeds, UK")(
                "Imogen Thackray",
                2,
                touches=[
                    linkedin(
                        date(2026, 6, 15),
                        "Thanks for the message. My APC final assessment is in September and my "
                        "counsellor is here - after that I'm all yours.",
                    )
                ],
            ),
        ],
        **job(QS_JOB, LEEDS),
    ),
    C(
        "Polish: in Germany on service till end of February vs till end of September",
        "cs",
        [
            crew(WIND, "Szczecin, Poland")(
                "Piotr Szczepankiewicz",
                1,
                touches=[
                    wa(
                        date(2026, 11, 9),
                        "Jestem w Niemczech na serwisie turbin do końca lutego, wcześniej nie "
                        "mogę nic zacząć.",
                    )
                ],
            ),
            crew(WIND, "Szczecin, Poland")(
                "Kamil Wróbliński",
                2,
                touches=[
                    wa(
                        date(2026, 7, 6),
                        "Jestem w Niemczech na serwisie do końca września, potem wracam i "
                        "szukam czegoś nowego.",
                    )
                ],
            ),
        ],
        **job(WIND_JOB, onsite("Szczecin, Poland", "Baltic offshore wind O&M")),
    ),
    C(
        "a nine-month term with an oil sands operator wrapping in June vs one that wrapped",
        "cs",
        [
            crew(FITTER, "Edmonton, AB, Canada")(
                "Cody Yaremko",
                1,
                touches=[
                    call(
                        date(2026, 10, 5),
                        "Locked into a 9-month term with Suncor, wraps in June. Won't walk, "
                        "wants his completion bonus.",
                    )
                ],
            ),
            crew(FITTER, "Edmonton, AB, Canada")(
                "Shane Ostapovich",
                2,
                touches=[
                    call(
                        date(2026, 1, 12),
                        "Locked into a 9-month term with CNRL, wraps in October. Won't walk, "
                        "completion bonus.",
                    )
                ],
            ),
        ],
        **job(FITTER_JOB, FORT_MAC),
    ),
    C(
        "knee op three weeks ago, no climbing for twelve weeks vs the same op in June",
        "cs",
        [
            crew(WIND, "Inverness, UK")(
                "Callum Urquhart",
                1,
                touches=[
                    email(
                        date(2026, 11, 2),
                        "Had my knee done on Friday. Surgeon says no climbing for 12 weeks so "
                        "I'm no use on a turbine till then.",
                    )
                ],
            ),
            crew(WIND, "Inverness, UK")(
                "Ross MacIlwraith",
                2,
                touches=[
                    email(
                        date(2026, 6, 1),
                        "Had the knee op last week - no climbing for 12 weeks according to the "
                        "surgeon, so nothing on towers till then.",
                    )
                ],
            ),
        ],
        **job(WIND_JOB, onsite("Inverness, UK", "Onshore wind farms across the Highlands")),
    ),
    C(
        "three months' long service leave from December vs long service leave June to August",
        "cs",
        [
            crew(HAUL, "Brisbane, QLD, Australia")(
                "Kurt Vandenberg",
                1,
                touches=[
                    call(
                        date(2026, 11, 16),
                        "Cand taking 3 mths long service leave from 1 Dec, travelling with the "
                        "missus. Not interested in anything till he's back.",
                    )
                ],
            ),
            crew(HAUL, "Brisbane, QLD, Australia")(
                "Blake Doughty",
                2,
                touches=[
                    call(
                        date(2026, 5, 18),
                        "Cand on long service leave June to Aug, caravan trip round the NT. "
                        "Nothing till he's back.",
                    )
                ],
            ),
        ],
        **job(HAUL_JOB, BOWEN_BASIN),
    ),
]

# --- 3. schedule, travel, visa, contract and hours, commute ----------------------------------

NIGHT_POSSESSIONS = dict(
    TRACK_JOB,
    description="Track renewals on weekend and midweek night possessions, 22:00 to 06:00, "
    "with night enhancements.",
)
TWO_ONE = dict(HAUL_JOB, description="Operate haul trucks on a 2:1 roster, 12-hour shifts.")
THREE_THREE = dict(
    INST_JOB, description="Three weeks on, three weeks off on a central North Sea platform."
)
CALL_OUT = dict(
    HVAC_JOB,
    description="Service and repair HVAC plant across Greater Manchester, plus a paid "
    "call-out rota of one weekend in four.",
)
TURNAROUND = dict(
    PROCESS_JOB,
    title="Process Technician - Turnaround",
    description="Six-week refinery turnaround, seven 12-hour shifts a week.",
)
MON_FRI = dict(SM_JOB, description="Run a commercial new build, Monday to Friday 07:30 to 17:00.")
SAUDI_WEEK = dict(
    HVAC_JOB,
    description="Maintain HVAC plant for a hospital campus; six-day week, Saturday to "
    "Thursday, Friday off.",
)

SCHEDULE = [
    C(
        "no nights any more, his wife works them vs nights suit him for the enhancements",
        "cs",
        [
            crew(TRACK, "Crewe, UK")(
                "Liam Hassall",
                0,
                touches=[
                    call(
                        60,
                        "spoke w/ cand. PTS and COSS in date, sentinel card renewed 14/09, "
                        "medical due next yr. BUT no nights anymore - wife's on nights at "
                        "Leighton hosp and they've 2 little ones. days only",
                    )
                ],
            ),
            crew(TRACK, "Crewe, UK")(
                "Jamie Tomlinson-Oakes",
                2,
                touches=[
                    call(
                        60,
                        "spoke w/ cand. PTS and COSS in date. nights suit him, likes the "
                        "enhancements and the weekend possessions. happy to be put fwd",
                    )
                ],
            ),
        ],
        **job(NIGHT_POSSESSIONS, onsite("Crewe, UK")),
    ),
    C(
        "only 8/6 or even time, 2:1 wrecked his marriage vs did 2:1 at BHP for five years",
        "cs",
        [
            crew(HAUL, "Perth, WA, Australia")(
                "Dale Whitehurst",
                0,
                touches=[
                    wa(
                        70,
                        "only doing 8/6 or even time now. 2:1 wrecked my marriage, not going "
                        "back to it",
                    )
                ],
            ),
            crew(HAUL, "Perth, WA, Australia")(
                "Nathan Cuthbertson",
                2,
                touches=[wa(70, "2:1 is fine by me, did it at BHP 5 yrs. just want a good crew")],
            ),
        ],
        **job(TWO_ONE, PILBARA),
    ),
    C(
        "won't do more than two weeks offshore vs prefers three-on three-off",
        "cs",
        [
            crew(INST_TECH, "Aberdeen, UK")(
                "Graeme Milne-Sangster",
                0,
                touches=[
                    call(
                        80,
                        "Cand won't do more than 2 wks on the platform at a time any more - "
                        "14/21 or 2/2 only.",
                    )
                ],
            ),
            crew(INST_TECH, "Aberdeen, UK")(
                "Stuart Ogston",
                2,
                touches=[
                    call(
                        80,
                        "Cand prefers 3/3 - fewer trips, longer at home. Happy with any central "
                        "North Sea asset.",
                    )
                ],
            ),
        ],
        **job(THREE_THREE, ABERDEEN),
    ),
    C(
        "no weekend call-outs, coaches Sunday league vs a paid call-out rota is fine",
        "cs",
        [
            crew(HVAC, "Manchester, UK")(
                "Craig Birtwistle",
                0,
                touches=[
                    wa(
                        45,
                        "no weekend call outs for me, i coach the lads sunday league and "
                        "saturdays are for the family",
                    )
                ],
            ),
            crew(HVAC, "Manchester, UK")(
                "Aaron Liptrot",
                2,
                touches=[
                    wa(45, "call out rota fine as long as its paid, 1 in 4 is nothing"),
                ],
            ),
        ],
        **job(CALL_OUT, MANCHESTER),
    ),
    C(
        "seven twelves on a turnaround, bring it on vs never seven twelves again",
        "cs",
        [
            crew(PROCESS_TECH, "Grangemouth, UK")(
                "Scott Baillie-Renton",
                2,
                touches=[
                    wa(
                        90,
                        "7x12s on a TA no bother, 6 weeks hard graft then home with a fat "
                        "wage. sign me up",
                    )
                ],
            ),
            crew(PROCESS_TECH, "Grangemouth, UK")(
                "Kenneth Dalgetty",
                0,
                touches=[
                    wa(
                        90,
                        "after the last TA i'm not doing 7 x 12s again, my back's done. 5 days max",
                    )
                ],
            ),
        ],
        **job(TURNAROUND, onsite("Grangemouth, UK")),
    ),
    C(
        "a four-day week with Fridays off for his dad vs Monday to Friday is ideal",
        "cs",
        [
            crew(SITE_MGR, "Leeds, UK")(
                "Adrian Sowerby",
                0,
                touches=[
                    call(
                        75,
                        "Cand looking for a 4 day week - Fridays off, he's caring for his dad "
                        "since the stroke. Won't budge on it.",
                    )
                ],
            ),
            crew(SITE_MGR, "Leeds, UK")(
                "Mark Bramley-Hirst",
                2,
                touches=[
                    call(
                        75,
                        "Cand wants Mon to Fri, sick of Saturday working at Wates. Happy to be "
                        "put fwd.",
                    )
                ],
            ),
        ],
        **job(MON_FRI, LEEDS),
    ),
    C(
        "five days a week maximum vs ten years of six-day Saudi weeks",
        "cs",
        [
            crew(HVAC, "Riyadh, Saudi Arabia")(
                "Rommel Dimaculangan",
                0,
                touches=[
                    email(
                        100,
                        "I'm no longer willing to work six days a week. Five days maximum, "
                        "that's my condition for any new contract.",
                    )
                ],
            ),
            crew(HVAC, "Riyadh, Saudi Arabia")(
                "Jerwin Macapagal",
                2,
                touches=[
                    email(
                        100,
                        "Six days with Friday off is normal for me, ten years in KSA already. "
                        "Looking for a hospital or mall maintenance job.",
                    )
                ],
            ),
        ],
        **job(SAUDI_WEEK, RIYADH),
    ),
]

ROVING_SCOTLAND = dict(
    WIND_JOB,
    description="Roving technician across Scottish wind farms, stopping away Monday to "
    "Thursday with accommodation paid.",
)
BRISBANE_FIFO = dict(
    FITTER_JOB, description="FIFO ex Brisbane only: flights from Brisbane to site on a 7/7."
)
HELI = dict(INST_JOB, description="Platform-based; helicopter transfers from Aberdeen each swing.")
OMAN_TRIPS = dict(
    HVAC_JOB,
    description="Dubai-based, with two weeks a month at client sites in Sohar and Muscat, Oman.",
)
ONE_SITE = dict(
    SPARKY_JOB, description="One fixed site for 18 months: a data centre in Tyseley, Birmingham."
)

TRAVEL = [
    C(
        "home every night, no stop-aways vs happy to stop away Monday to Thursday",
        "cs",
        [
            crew(WIND, "Perth, UK")(
                "Iain Gilfillan",
                0,
                touches=[call(50, "cand home every night or nothing. no stop aways, 3 kids.")],
            ),
            crew(WIND, "Perth, UK")(
                "Neil Scobbie",
                2,
                touches=[call(50, "cand happy to stop away mon-thurs if digs are paid.")],
            ),
        ],
        **job(ROVING_SCOTLAND, onsite("Perth, UK")),
    ),
    C(
        "Perth point of hire only vs happy to fly himself over to pick up the charter",
        "cs",
        [
            crew(FITTER, "Perth, WA, Australia")(
                "Brett Kinnersley",
                0,
                touches=[
                    wa(
                        65,
                        "perth point of hire only. not paying to fly interstate to catch a "
                        "charter, done that once",
                    )
                ],
            ),
            crew(FITTER, "Perth, WA, Australia")(
                "Travis Mundine",
                2,
                touches=[
                    wa(
                        65,
                        "dont mind flying perth to brissie myself to get the charter, did it "
                        "for 2 yrs with Anglo",
                    )
                ],
            ),
        ],
        **job(BRISBANE_FIFO, BOWEN_BASIN),
    ),
    C(
        "no more helicopters since a ditching, onshore only vs HUET in date, helis fine",
        "cs",
        [
            crew(INST_TECH, "Aberdeen, UK")(
                "Alasdair Strachan",
                0,
                touches=[
                    call(
                        120,
                        "Cand was on the heli that ditched in 2013. Onshore only now, won't get "
                        "on a helicopter again.",
                    )
                ],
            ),
            crew(INST_TECH, "Aberdeen, UK")(
                "Murray Lumsden-Keir",
                2,
                touches=[
                    call(120, "Cand's HUET and BOSIET in date, helis no issue. Avail Jan swing."),
                ],
            ),
        ],
        **job(HELI, ABERDEEN),
    ),
    C(
        "no travel outside Dubai vs has done Muscat and Sohar plenty",
        "cs",
        [
            crew(HVAC, "Dubai, UAE")(
                "Faisal Rahimtoola",
                0,
                touches=[
                    email(
                        85,
                        "I'm looking only for Dubai-based roles with no travel outside the "
                        "city - my wife is expecting.",
                    )
                ],
            ),
            crew(HVAC, "Dubai, UAE")(
                "Anwar Kadavil",
                2,
                touches=[
                    email(
                        85,
                        "Happy with trips to Oman, done the Muscat and Sohar sites many times in "
                        "my last job.",
                    )
                ],
            ),
        ],
        **job(OMAN_TRIPS, DUBAI),
    ),
    C(
        "left his last firm over van miles, wants one site vs loves being on the road",
        "cs",
        [
            crew(SPARKY, "Birmingham, UK")(
                "Daniel Kettering",
                2,
                touches=[
                    call(
                        55,
                        "cand left his last firm bc of the travelling - 3 hrs a day in the van "
                        "all over the Midlands. wants one site, stay put",
                    )
                ],
            ),
            crew(SPARKY, "Birmingham, UK")(
                "Ricky Gilholme",
                1,
                touches=[
                    call(
                        55,
                        "cand loves being out on the road, gets bored stuck on one site for months",
                    )
                ],
            ),
        ],
        **job(ONE_SITE, BIRMINGHAM),
    ),
]

VISA = [
    C(
        "on a 482 tied to his employer vs PR granted in August",
        "cs",
        [
            crew(FITTER, "Perth, WA, Australia")(
                "Gerhard van Rensburg",
                0,
                touches=[
                    call(70, "cand on a 482 tied to Downer, would need a new sponsor to move."),
                ],
            ),
            crew(FITTER, "Perth, WA, Australia")(
                "Wikus Pretorius",
                2,
                touches=[
                    call(70, "cand got his PR grant in Aug, no sponsorship needed now."),
                ],
            ),
        ],
        **job(
            FITTER_JOB,
            PILBARA,
            description="Field maintenance on a Pilbara iron ore fleet. Australian citizens or "
            "permanent residents only; no visa sponsorship.",
        ),
    ),
    C(
        "an open work permit through his wife vs needs an LMIA to come over",
        "cs",
        [
            crew(PROCESS_TECH, "Calgary, AB, Canada")(
                "Ciarán Mac Giolla",
                2,
                touches=[
                    email(
                        60,
                        "I'm on an open work permit through my wife's PGWP, valid till 2028, so "
                        "I can work for any employer in Alberta.",
                    )
                ],
            ),
            crew(PROCESS_TECH, "Calgary, AB, Canada")(
                "Owen Treharne",
                0,
                touches=[
                    email(
                        60,
                        "I'd need an LMIA to come over from Wales - no other route for me.",
                    )
                ],
            ),
        ],
        **job(
            PROCESS_JOB,
            EDMONTON,
            description="Refinery operations. Must hold Canadian work authorisation; we cannot "
            "sponsor LMIAs.",
        ),
    ),
    C(
        "a Skilled Worker visa tied to his employer vs ILR granted last month",
        "cs",
        [
            crew(HVAC, "Manchester, UK")(
                "Reynaldo Bautista",
                0,
                touches=[
                    call(
                        40,
                        "cand on Skilled Worker visa sponsored by his current firm - would need "
                        "a new CoS to move",
                    )
                ],
            ),
            crew(HVAC, "Manchester, UK")(
                "Arnel Tolentino",
                2,
                touches=[call(40, "cand got ILR last month!! no sponsorship needed, free agent")],
            ),
        ],
        **job(
            HVAC_JOB,
            MANCHESTER,
            description="Service HVAC plant across Greater Manchester. Unable to sponsor visas.",
        ),
    ),
    C(
        "a Stamp 1 employment permit tied to his employer vs Stamp 4, free to work anywhere",
        "cs",
        [
            crew(SPARKY, "Dublin, Ireland")(
                "Thiago Cavalcanti",
                0,
                touches=[
                    wa(
                        50,
                        "im on stamp 1 general employment permit with my employer, i need a "
                        "new permit to change job",
                    )
                ],
            ),
            crew(SPARKY, "Dublin, Ireland")(
                "Rafael Bezerra Lins",
                2,
                touches=[wa(50, "i have stamp 4 now, can work for any company no permit")],
            ),
        ],
        **job(
            SPARKY_JOB,
            DUBLIN,
            description="Commercial fit-out in Dublin city centre. We do not support employment "
            "permit applications.",
        ),
    ),
    C(
        "a working holiday visa, six months per employer vs a New Zealander",
        "cs",
        [
            crew(HAUL, "Perth, WA, Australia")(
                "Connor Mulligan-Hayes",
                0,
                touches=[
                    call(
                        30,
                        "cand on a working holiday visa (417), 6 months max with any one "
                        "employer, 2nd year visa pending",
                    )
                ],
            ),
            crew(HAUL, "Perth, WA, Australia")(
                "Tane Parata",
                2,
                touches=[call(30, "cand is a Kiwi - special category visa, no restrictions.")],
            ),
        ],
        **job(HAUL_JOB, PILBARA, description="Haul truck operator on a 12-month contract."),
    ),
]

CONTRACT = [
    C(
        "CIS only, won't go PAYE vs wants PAYE for holiday pay and a pension",
        "cs",
        [
            crew(SPARKY, "London, UK")(
                "Terry Akinwale",
                0,
                touches=[
                    call(
                        40,
                        "cand CIS only, self-employed 15 yrs, won't go PAYE - loses too much.",
                    )
                ],
            ),
            crew(SPARKY, "London, UK")(
                "Marlon Ezeoke",
                2,
                touches=[
                    call(
                        40,
                        "cand wants PAYE now - holiday pay, pension, sick pay. done with CIS.",
                    )
                ],
            ),
        ],
        **job(SPARKY_JOB, LONDON, offers=["PAYE staff position", "Company pension"]),
    ),
    C(
        "Ltd co only, won't touch an umbrella vs umbrella fine, show him the take-home",
        "cs",
        [
            crew(PLANNER, "Birmingham, UK")(
                "Howard Llewellyn",
                0,
                touches=[
                    email(
                        55,
                        "I only contract through my Ltd company. I won't work via an umbrella "
                        "under any circumstances.",
                    )
                ],
            ),
            crew(PLANNER, "Birmingham, UK")(
                "Simon Grealish",
                2,
                touches=[
                    email(55, "Umbrella's fine, just send me the take-home figures."),
                ],
            ),
        ],
        **job(
            PLANNER_JOB,
            BIRMINGHAM,
            title="Project Planner (contract, inside IR35)",
            offers=["£450 a day inside IR35 via umbrella", "12-month contract"],
        ),
    ),
    C(
        "contract only, likes picking his jobs vs done with contracting, wants staff and a van",
        "cs",
        [
            crew(PLUMBER, "Glasgow, UK")(
                "Stevie McGlashan",
                0,
                touches=[
                    wa(
                        35,
                        "contract only pal, like picking my jobs. no staff positions",
                    )
                ],
            ),
            crew(PLUMBER, "Glasgow, UK")(
                "Gary Drummond-Weir",
                2,
                touches=[
                    wa(35, "done with contracting, want staff with a company van and pension"),
                ],
            ),
        ],
        **job(PLUMBER_JOB, GLASGOW, offers=["Permanent staff role", "Company van"]),
    ),
    C(
        "wants something steady, no more six-week jobs vs shutdowns suit him",
        "cs",
        [
            crew(FITTER, "Mackay, QLD, Australia")(
                "Jesse Rowbotham",
                0,
                touches=[
                    call(
                        65,
                        "cand wants something steady now, no more 6 wk shutdown gigs - "
                        "mortgage approval needs a perm role.",
                    )
                ],
            ),
            crew(FITTER, "Mackay, QLD, Australia")(
                "Mitch Kearsley",
                2,
                touches=[
                    call(
                        65,
                        "cand lives for shutdowns - short, hard, good money, then home to fish.",
                    )
                ],
            ),
        ],
        **job(
            FITTER_JOB,
            BOWEN_BASIN,
            title="Heavy Diesel Fitter - Shutdown",
            description="Six-week dragline shutdown, 12-hour shifts.",
        ),
    ),
    C(
        "wants to drop to three days a week vs needs full-time hours",
        "cs",
        [
            crew(QS, "Bristol, UK")(
                "Penelope Hartigan",
                2,
                touches=[
                    linkedin(
                        60,
                        "I'm hoping to drop to three days a week next - kids are small and "
                        "full-time is too much right now.",
                    )
                ],
            ),
            crew(QS, "Bristol, UK")(
                "Georgina Lyte",
                0,
                touches=[
                    linkedin(60, "I need full-time hours - I'm the main earner at home now."),
                ],
            ),
        ],
        **job(
            QS_JOB,
            onsite("Bristol, UK"),
            title="Quantity Surveyor (3 days a week)",
            offers=["Part-time: three days a week"],
        ),
    ),
    C(
        "only works EBA sites vs not fussed about the EBA",
        "cs",
        [
            crew(CRANE, "Sydney, NSW, Australia")(
                "Wayne Karapetian",
                0,
                touches=[
                    call(
                        45,
                        "cand only works EBA sites, CFMEU member 20 yrs. no non-union jobs",
                    )
                ],
            ),
            crew(CRANE, "Sydney, NSW, Australia")(
                "Luke Barassi",
                2,
                touches=[call(45, "cand not fussed about EBA or not, wants steady hours")],
            ),
        ],
        **job(
            CRANE_JOB,
            onsite("Sydney, NSW, Australia"),
            description="Operate a luffer on a residential tower; non-EBA site, award plus "
            "above-award rate.",
        ),
    ),
]

COMMUTE = [
    C(
        "won't drive more than thirty minutes to site vs will travel ninety minutes, has a van",
        "cs",
        [
            crew(SITE_MGR, "Chelmsford, UK")(
                "Paul Stansfield",
                0,
                touches=[call(50, "cand won't drive more than 30 mins to site. Chelmsford only")],
            ),
            crew(SITE_MGR, "Chelmsford, UK")(
                "Darren Fairweather",
                2,
                touches=[call(50, "cand will do up to 90 mins each way, has his own van")],
            ),
        ],
        **job(SM_JOB, onsite("Canary Wharf, London, UK")),
    ),
    C(
        "banned from driving till 2027 vs a clean licence",
        "cs",
        [
            crew(HVAC, "Leeds, UK")(
                "Jason Ackroyd-Fenn",
                0,
                touches=[wa(40, "lost my licence, banned till march 2027. getting lifts for now")],
            ),
            crew(HVAC, "Leeds, UK")(
                "Kieran Sutcliffe",
                2,
                touches=[wa(40, "full clean licence, happy driving between sites all day")],
            ),
        ],
        **job(
            HVAC_JOB,
            LEEDS,
            description="Mobile engineer covering West Yorkshire sites; driving licence "
            "essential, van provided.",
        ),
    ),
    C(
        "only moves for a van and fuel card vs said nothing about travel",
        "cs",
        [
            crew(PLUMBER, "Newcastle upon Tyne, UK")(
                "Lewis Charlton",
                2,
                touches=[
                    call(
                        70,
                        "cand will only move for a van + fuel card, diesel's killing him at the "
                        "minute",
                    )
                ],
            ),
            crew(PLUMBER, "Newcastle upon Tyne, UK")(
                "Ryan Heslop",
                1,
                touches=[call(70, "cand avail, CSCS blue in date, G3 done 2024.")],
            ),
        ],
        **job(
            PLUMBER_JOB,
            onsite("Newcastle upon Tyne, UK", "Company van and fuel card"),
        ),
    ),
    C(
        "no car, relies on the Luas vs drives and lives in Lucan, out-of-town site",
        "cs",
        [
            crew(SPARKY, "Dublin, Ireland")(
                "Oisín Mac Carthaigh",
                0,
                touches=[
                    email(50, "I don't drive - rely on the Luas and Dublin Bus to get anywhere.")
                ],
            ),
            crew(SPARKY, "Dublin, Ireland")(
                "Eoin Kilbracken",
                2,
                touches=[email(50, "I drive, living in Lucan now - west Dublin sites are handy.")],
            ),
        ],
        **job(
            SPARKY_JOB,
            onsite("Grange Castle, Dublin, Ireland"),
            description="Data centre build at Grange Castle business park; no public transport "
            "to site, 7am start.",
        ),
    ),
    C(
        "left a job over a two-hour drive, this is local vs childminder in south Bristol",
        "cs",
        [
            crew(SITE_MGR, "Bristol, UK")(
                "Owen Champion",
                2,
                touches=[
                    call(
                        65,
                        "cand left Balfour over the 2 hr drive to Hinkley each way. lives in "
                        "Horfield, wants something close",
                    )
                ],
            ),
            crew(SITE_MGR, "Bristol, UK")(
                "Martyn Coombes",
                0,
                touches=[
                    call(
                        65,
                        "cand can only do sites in south Bristol - childminder in Bedminster, "
                        "back by 5.30 every day",
                    )
                ],
            ),
        ],
        **job(SM_JOB, BRISTOL_FILTON),
    ),
]

# --- 4. pay against the role's band ---------------------------------------------------------

PAY = [
    C(
        "won't get out of bed under £300 a day vs £260 a day minimum, role pays £280",
        "cs",
        [
            crew(SPARKY, "London, UK")(
                "Jermaine Osei-Bonsu",
                0,
                touches=[wa(30, "wont get out of bed for less than 300 a day on CIS. thats it")],
            ),
            crew(SPARKY, "London, UK")(
                "Callum Arbuthnot",
                2,
                touches=[wa(30, "260 a day min on CIS and im there, need to be working")],
            ),
        ],
        **job(
            SPARKY_JOB,
            LONDON,
            offers=["£280 a day CIS", "Eight months of work"],
        ),
    ),
    C(
        "needs $60 an hour plus LOA vs $48 works if LOA's paid, union rate $52",
        "cs",
        [
            crew(FITTER, "Edmonton, AB, Canada")(
                "Tanner Lozinski",
                0,
                touches=[call(55, "Cand needs $60/hr + LOA minimum to go back up north.")],
            ),
            crew(FITTER, "Edmonton, AB, Canada")(
                "Brock Semeniuk",
                2,
                touches=[call(55, "Cand: $48 an hour works for him if LOA is paid.")],
            ),
        ],
        **job(
            FITTER_JOB,
            FORT_MAC,
            offers=["Union scale C$52 an hour", "LOA paid", "Camp rotation 14 in 14 out"],
            salary_min=100_000,
            salary_max=110_000,
            currency="CAD",
        ),
    ),
    C(
        "chasing $180k base vs on $140k, after $150k, package A$150k-165k",
        "cs",
        [
            crew(HAUL, "Perth, WA, Australia")(
                "Reece Calleja",
                0,
                touches=[call(45, "cand chasing $180k+ base, nothing under that")],
            ),
            crew(HAUL, "Perth, WA, Australia")(
                "Bailey Tonkin",
                2,
                touches=[call(45, "cand on $140k now, after $150k to move")],
            ),
        ],
        **job(HAUL_JOB, PILBARA, salary_min=150_000, salary_max=165_000, currency="AUD"),
    ),
    C(
        "wants AED 35k a month all in vs 25k a month plus accommodation would do",
        "cs",
        [
            crew(SITE_MGR, "Dubai, UAE")(
                "Niall Fitzmaurice",
                0,
                touches=[
                    email(
                        75,
                        "For the Gulf I'd need AED 35k a month all in, tax free, nothing less.",
                    )
                ],
            ),
            crew(SITE_MGR, "Dubai, UAE")(
                "Sean Brannigan",
                2,
                touches=[
                    email(75, "25k a month plus accommodation would do me for the right project."),
                ],
            ),
        ],
        **job(
            SM_JOB,
            DUBAI,
            offers=["AED 28,000 a month tax free", "Company accommodation", "Annual flight home"],
        ),
    ),
    C(
        "won't work away under £60 a night subbie vs fine with a £45 lodge",
        "cs",
        [
            crew(TRACK, "Doncaster, UK")(
                "Shaun Greenhalgh",
                0,
                touches=[wa(40, "not working away for less than £60 a night subbie, end of")],
            ),
            crew(TRACK, "Doncaster, UK")(
                "Kyle Hemingbrough",
                2,
                touches=[wa(40, "£45 a night lodge is fine, i just want the shifts")],
            ),
        ],
        **job(
            TRACK_JOB,
            onsite("York, UK"),
            offers=["£50 a night subsistence when working away", "Night enhancements"],
        ),
    ),
    C(
        "on £72k but would take £60k to get off HS2 vs £65k minimum, band £55k-£62k",
        "cs",
        [
            crew(QS, "Birmingham, UK")(
                "Rosalind Ettershank",
                2,
                touches=[
                    call(
                        60,
                        "Cand on £72k at a tier 1 on HS2 but would take £60k to get off the "
                        "job - burnt out.",
                    )
                ],
            ),
            crew(QS, "Birmingham, UK")(
                "Gemma Lightbody",
                0,
                touches=[call(60, "Cand: £65k minimum, won't look at less.")],
            ),
        ],
        **job(QS_JOB, BIRMINGHAM, salary_min=55_000, salary_max=62_000, currency="GBP"),
    ),
    C(
        "€1,200 a week gross minimum vs €950 a week, band €48k-€54k a year",
        "cs",
        [
            crew(PLUMBER, "Cork, Ireland")(
                "Pádraig Hegarty",
                0,
                touches=[wa(50, "1200 a week gross is my floor, wont go lower")],
            ),
            crew(PLUMBER, "Cork, Ireland")(
                "Ronan Scanlon",
                2,
                touches=[wa(50, "950 a week would do me grand")],
            ),
        ],
        **job(PLUMBER_JOB, CORK, salary_min=48_000, salary_max=54_000, currency="EUR"),
    ),
]

# --- 8. last time's reason, the history with us and the latest process -----------------------

PAST_PILBARA_21 = dict(
    remote_policy="onsite", location="Port Hedland, WA, Australia", offers=["2:1 roster"]
)
PAST_CAMP = dict(
    remote_policy="onsite", location="Newman, WA, Australia", offers=["FIFO, camp accommodation"]
)
PAST_PAYE = dict(remote_policy="onsite", location="London, UK", offers=["PAYE only"])
PAST_NIGHTS = dict(remote_policy="onsite", location="London, UK", offers=["Night shift"])
PAST_250 = dict(remote_policy="onsite", location="Manchester, UK", offers=["£250 a day"])
PAST_300 = dict(remote_policy="onsite", location="Manchester, UK", offers=["£300 a day"])
PAST_HINKLEY = dict(remote_policy="onsite", location="Hinkley Point, Somerset, UK")
PAST_NO_VAN = dict(remote_policy="onsite", location="Bristol, UK", offers=["No vehicle"])
PAST_SINGLE = dict(
    remote_policy="onsite", location="Doha, Qatar", offers=["Single status contract"]
)
PAST_OUTDOOR = dict(remote_policy="onsite", location="Doha, Qatar", offers=["Outdoor site"])

RESOLVED = [
    C(
        "declined a 2:1 roster, this is 8/6 vs declined camp life, this is camp again",
        "cs",
        [
            crew(HAUL, "Perth, WA, Australia")(
                "Damon Pitcairn",
                2,
                apps=[
                    declined(
                        280,
                        "other",
                        "Turned down - 2:1 roster, wants 8/6 or better",
                        past=PAST_PILBARA_21,
                        role="Haul Truck Operator",
                    )
                ],
            ),
            crew(HAUL, "Perth, WA, Australia")(
                "Lachlan Broadbent",
                0,
                apps=[
                    declined(
                        280,
                        "other",
                        "Turned down - doesn't want camp life, residential or drive-in only",
                        past=PAST_CAMP,
                        role="Haul Truck Operator",
                    )
                ],
            ),
        ],
        **job(
            HAUL_JOB,
            onsite("Newman, WA, Australia", "FIFO ex Perth, 8/6 roster", "Camp accommodation"),
        ),
    ),
    C(
        "declined PAYE, wanted CIS, this one is CIS vs declined nights, this is nights",
        "cs",
        [
            crew(SPARKY, "London, UK")(
                "Tobias Fennimore",
                2,
                apps=[
                    declined(
                        220,
                        "other",
                        "Client PAYE only, cand CIS - wouldn't switch",
                        past=PAST_PAYE,
                        role="Approved Electrician",
                    )
                ],
            ),
            crew(SPARKY, "London, UK")(
                "Kwame Asante-Boateng",
                0,
                apps=[
                    declined(
                        220,
                        "other",
                        "Night shift fit-out, cand days only",
                        past=PAST_NIGHTS,
                        role="Approved Electrician",
                    )
                ],
            ),
        ],
        **job(
            SPARKY_JOB,
            LONDON,
            description="Night-shift fit-out of a live retail unit, 22:00 to 06:00.",
            offers=["£290 a day CIS", "Nights"],
        ),
    ),
    C(
        "declined £250 a day, this one is £300 vs asked £350, this one is £300",
        "cs",
        [
            crew(CRANE, "Manchester, UK")(
                "Gordon Heathcote",
                2,
                apps=[
                    declined(
                        260,
                        "compensation",
                        "Offered £250/day, wanted £290",
                        past=PAST_250,
                        role="Tower Crane Operator",
                    )
                ],
            ),
            crew(CRANE, "Manchester, UK")(
                "Phil Entwistle",
                0,
                apps=[
                    declined(
                        260,
                        "compensation",
                        "Offered £300/day, holding out for £350",
                        past=PAST_300,
                        role="Tower Crane Operator",
                    )
                ],
            ),
        ],
        **job(CRANE_JOB, MANCHESTER, offers=["£300 a day", "18-month tower job"]),
    ),
    C(
        "pulled out over a two-hour drive to Hinkley, this is Bristol vs no van, still none",
        "cs",
        [
            crew(PLUMBER, "Bristol, UK")(
                "Jake Trenchard",
                2,
                apps=[
                    withdrew(
                        200,
                        "location",
                        "Pulled out - 2hr drive each way to Hinkley, too much",
                        past=PAST_HINKLEY,
                        role="Commercial Plumber",
                    )
                ],
            ),
            crew(PLUMBER, "Bristol, UK")(
                "Nick Vowles",
                0,
                apps=[
                    withdrew(
                        200,
                        "other",
                        "Pulled out - no van supplied, won't use his own car for tools",
                        past=PAST_NO_VAN,
                        role="Commercial Plumber",
                    )
                ],
            ),
        ],
        **job(
            PLUMBER_JOB,
            onsite("Bristol, UK"),
            description="Hotel fit-out in Bristol city centre; own transport to site, no "
            "company vehicle.",
        ),
    ),
    C(
        "declined single status, this is family status vs declined working outdoors in the heat",
        "cs",
        [
            crew(PM, "London, UK")(
                "Alistair Rennard",
                2,
                apps=[
                    declined(
                        300,
                        "other",
                        "Single status only - won't go without wife and kids",
                        past=PAST_SINGLE,
                        role="Project Manager",
                    )
                ],
            ),
            crew(PM, "London, UK")(
                "Jonathan Ferriday",
                0,
                apps=[
                    declined(
                        300,
                        "other",
                        "Couldn't face the summer heat on an outdoor site",
                        past=PAST_OUTDOOR,
                        role="Project Manager",
                    )
                ],
            ),
        ],
        **job(
            PM_JOB,
            DOHA,
            description="Lead delivery of a stadium-precinct infrastructure package, mostly "
            "outdoors, year-round.",
            offers=["Family status contract", "Schooling allowance", "Tax free"],
        ),
    ),
    C(
        "turned away over a lapsed BOSIET, renewed since vs a recent gap in CompEx",
        "cs",
        [
            crew(INST_TECH, "Aberdeen, UK")(
                "Hamish Leiper",
                2,
                apps=[
                    app(
                        150,
                        "interview",
                        "rejected",
                        "other",
                        "BOSIET lapsed - can't mobilise",
                        role="Instrument Technician",
                    )
                ],
                touches=[email(90, "FOET done last week, certs attached. Ready to go.")],
            ),
            crew(INST_TECH, "Aberdeen, UK")(
                "Duncan Yeats",
                0,
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Client tech test: weak on CompEx inspections, couldn't grade a gland",
                        role="Instrument Technician",
                    )
                ],
            ),
        ],
        **job(INST_JOB, ABERDEEN),
    ),
]

LAST_TIME = [
    C(
        "no-show at a site induction two months ago vs lost a final to one other",
        "cs",
        [
            crew(SITE_MGR, "Manchester, UK")(
                "Carl Lomax-Duffy",
                0,
                apps=[
                    app(
                        60,
                        "offer",
                        "withdrew",
                        "no_show",
                        "Didn't turn up to the Monday induction, phone off",
                        role="Site Manager",
                    )
                ],
            ),
            crew(SITE_MGR, "Manchester, UK")(
                "Anthony Pendlebury",
                2,
                apps=[lost_final(140, "Client liked him, went with a Laing man by a whisker")],
            ),
        ],
        **job(SM_JOB, MANCHESTER),
    ),
    C(
        "sent home from camp for drinking vs project shelved at offer",
        "cs",
        [
            crew(FITTER, "Perth, WA, Australia")(
                "Trent Dabrowski",
                0,
                apps=[
                    app(
                        180,
                        "offer",
                        "rejected",
                        "conduct",
                        "Sent home from camp 2nd swing - drunk at the wet mess, abusive to "
                        "security",
                        role="Heavy Diesel Fitter",
                    )
                ],
            ),
            crew(FITTER, "Perth, WA, Australia")(
                "Joel Featherstone",
                2,
                apps=[
                    app(
                        180,
                        "offer",
                        "position_closed",
                        "headcount",
                        "Project shelved by the client before mobilisation",
                        role="Heavy Diesel Fitter",
                    )
                ],
            ),
        ],
        **job(FITTER_JOB, PILBARA),
    ),
    C(
        "too green for luffers three years ago vs too green two months ago",
        "cs",
        [
            crew(CRANE, "London, UK")(
                "Vincent Oyelaran",
                2,
                apps=[
                    app(
                        1100,
                        "interview",
                        "rejected",
                        "experience_level",
                        "Not enough luffer hours for a city tower",
                        role="Tower Crane Operator",
                    )
                ],
            ),
            crew(CRANE, "London, UK")(
                "Patrick Heffernan",
                0,
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "experience_level",
                        "Luffer hours too low, blind lifts shaky per the appointed person",
                        role="Tower Crane Operator",
                    )
                ],
            ),
        ],
        **job(CRANE_JOB, LONDON),
    ),
    C(
        "walked off a shutdown halfway vs finished the shutdown with a good reference",
        "cs",
        [
            crew(PROCESS_TECH, "Teesside, UK")(
                "Lee Dowson",
                0,
                touches=[
                    ats(
                        200,
                        "Walked off the Wilton TA at day 19 of 42, no notice - left us short "
                        "on nights. Client furious.",
                    )
                ],
            ),
            crew(PROCESS_TECH, "Teesside, UK")(
                "Craig Brunskill",
                2,
                touches=[
                    ats(
                        200,
                        "Finished the Wilton TA, all 42 days. Client asked for him back by name.",
                    )
                ],
            ),
        ],
        **job(TURNAROUND, onsite("Teesside, UK")),
    ),
    C(
        "failed a drug and alcohol test at pre-mob vs failed on blood pressure, now cleared",
        "cs",
        [
            crew(HAUL, "Brisbane, QLD, Australia")(
                "Kane Willoughby",
                0,
                apps=[
                    app(
                        90,
                        "offer",
                        "rejected",
                        "conduct",
                        "Non-negative D&A at pre-mob medical, offer withdrawn",
                        role="Haul Truck Operator",
                    )
                ],
            ),
            crew(HAUL, "Brisbane, QLD, Australia")(
                "Jayden Pollock",
                2,
                apps=[
                    app(
                        90,
                        "offer",
                        "rejected",
                        "other",
                        "Pre-mob medical: BP too high on the day, offer withdrawn",
                        role="Haul Truck Operator",
                    )
                ],
                touches=[
                    email(40, "GP has my blood pressure sorted, letter attached. Fit to work."),
                ],
            ),
        ],
        **job(HAUL_JOB, BOWEN_BASIN),
    ),
]

# --- 7. location, level, company stage and size, industry and mission, technology -------------

LEVEL = [
    C(
        "ready to run his own site vs happy as assistant, doesn't want the responsibility",
        "cs",
        [
            crew(ASSISTANT, "Nottingham, UK")(
                "Ashley Wragg",
                2,
                touches=[
                    call(50, "cand ready to step up, wants his own site. SMSTS booked for Jan")
                ],
            ),
            crew(ASSISTANT, "Nottingham, UK")(
                "Jordan Ellerby",
                0,
                touches=[
                    call(
                        50,
                        "cand happy as ASM, doesn't want the SM headache - programme, "
                        "client, all of it",
                    )
                ],
            ),
        ],
        **job(SM_JOB, onsite("Nottingham, UK")),
    ),
    C(
        "wants to stay on the tools, no paperwork vs wants a chargehand role",
        "cs",
        [
            crew(SPARKY, "Glasgow, UK")(
                "Barry Quigley",
                0,
                touches=[wa(35, "stay on the tools me, no paperwork, no running lads")],
            ),
            crew(SPARKY, "Glasgow, UK")(
                "Chris Lafferty",
                2,
                touches=[wa(35, "after a chargehand job now, ready to run a squad")],
            ),
        ],
        **job(
            SPARKY_JOB,
            GLASGOW,
            title="Electrical Chargehand",
            seniority="lead",
            description="Lead a squad of eight electricians on a hospital build.",
        ),
    ),
    C(
        "a director title only vs stepping back from director to PM",
        "cs",
        [
            crew(PM, "London, UK")(
                "Rupert Challenor",
                0,
                touches=[
                    linkedin(
                        80,
                        "I'm only looking at Project Director titles now, I've done the PM "
                        "seat long enough.",
                    )
                ],
            ),
            crew(PM, "London, UK")(
                "Gideon Marchetti",
                2,
                touches=[
                    linkedin(
                        80,
                        "I'd like to step back from director to a hands-on PM role - less "
                        "politics, more building.",
                    )
                ],
            ),
        ],
        **job(PM_JOB, LONDON),
    ),
    C(
        "keen on a leading hand gig vs just wants to drive trucks",
        "cs",
        [
            crew(HAUL, "Kalgoorlie, WA, Australia")(
                "Zac Templeman",
                2,
                touches=[call(40, "cand keen to get a leading hand gig, done relief LH at Kal")],
            ),
            crew(HAUL, "Kalgoorlie, WA, Australia")(
                "Riley Hocking",
                0,
                touches=[
                    call(40, "cand not interested in supervising, just wants to drive trucks")
                ],
            ),
        ],
        **job(
            HAUL_JOB,
            onsite("Kalgoorlie, WA, Australia"),
            title="Leading Hand - Mine Production",
            seniority="lead",
            description="Lead a crew of twelve operators on an open-pit gold mine.",
        ),
    ),
]

STAGE_SIZE = [
    C(
        "wants a small family outfit vs tier 1s only for the CV",
        "cs",
        [
            crew(SITE_MGR, "Leicester, UK")(
                "Graham Spilsbury",
                2,
                touches=[
                    call(
                        55,
                        "cand wants a small family outfit where the MD knows his name, sick of "
                        "tier 1 box ticking",
                    )
                ],
            ),
            crew(SITE_MGR, "Leicester, UK")(
                "Dean Tandy",
                0,
                touches=[call(55, "cand tier 1 only - Laing, Mace, Balfour - for the CV")],
            ),
        ],
        **job(
            SM_JOB,
            onsite("Leicester, UK"),
            description="Run projects for a family-owned builder of 25 staff, second generation.",
        ),
    ),
    C(
        "likes the idea of a start-up vs wants a big operator after redundancy",
        "cs",
        [
            crew(PROCESS_TECH, "Teesside, UK")(
                "Matthew Coatsworth",
                2,
                touches=[
                    linkedin(
                        70,
                        "A start-up appeals - I'd like to help build something from day one.",
                    )
                ],
            ),
            crew(PROCESS_TECH, "Teesside, UK")(
                "Stephen Pounder",
                0,
                touches=[
                    linkedin(
                        70,
                        "After the redundancy I want a big established operator with a "
                        "proper pension.",
                    )
                ],
            ),
        ],
        **job(
            PROCESS_JOB,
            onsite("Teesside, UK"),
            title="Process Technician - Green Hydrogen",
            description="Join a 15-person hydrogen start-up commissioning its first "
            "electrolyser plant.",
        ),
    ),
    C(
        "wants a major operator vs hates the majors' red tape",
        "cs",
        [
            crew(PROCESS_TECH, "Abu Dhabi, UAE")(
                "Khalid Al-Zaabi",
                2,
                touches=[
                    call(60, "Cand wants a national oil company or a major, not a contractor.")
                ],
            ),
            crew(PROCESS_TECH, "Abu Dhabi, UAE")(
                "Suresh Pallikkara",
                0,
                touches=[
                    call(
                        60,
                        "Cand prefers small contractors - hates the majors' red tape and layers.",
                    )
                ],
            ),
        ],
        **job(
            PROCESS_JOB,
            ABU_DHABI,
            description="Operations at a gas processing plant of a national oil company "
            "with 50,000 staff.",
        ),
    ),
]

MISSION = [
    C(
        "wants out of oil and gas into renewables vs wants to stay in O&G for the money",
        "cs",
        [
            crew(INST_TECH, "Aberdeen, UK")(
                "Calum Farquharson",
                2,
                touches=[
                    email(
                        90,
                        "I want out of oil and gas - renewables is where I want to finish my "
                        "career.",
                    )
                ],
            ),
            crew(INST_TECH, "Aberdeen, UK")(
                "Bruce Mackintosh",
                1,
                touches=[email(90, "Staying in O&G, the money's better than anywhere else.")],
            ),
        ],
        **job(
            INST_JOB,
            ABERDEEN,
            title="Instrument Technician - Offshore Wind",
            description="Maintain substations and turbine instrumentation on an offshore wind "
            "farm.",
        ),
    ),
    C(
        "no thermal coal, met coal for steel is fine vs no coal of any kind",
        "cs",
        [
            crew(FITTER, "Brisbane, QLD, Australia")(
                "Hamish Colquhoun",
                2,
                touches=[
                    call(
                        75,
                        "cand won't do thermal coal, but met coal for steelmaking he's ok with",
                    )
                ],
            ),
            crew(FITTER, "Brisbane, QLD, Australia")(
                "Dylan Ferrante",
                0,
                touches=[call(75, "cand out of coal altogether, any coal, ethics")],
            ),
        ],
        **job(
            FITTER_JOB,
            BOWEN_BASIN,
            description="Maintain the fleet on a metallurgical coal mine supplying steelmakers.",
        ),
    ),
    C(
        "won't work in nuclear vs keen on Sizewell or Hinkley new build",
        "cs",
        [
            crew(SPARKY, "Ipswich, UK")(
                "Derek Pettigrew",
                0,
                touches=[call(90, "cand won't work in nuclear, full stop. family reasons")],
            ),
            crew(SPARKY, "Ipswich, UK")(
                "Owen Bassingthwaite",
                2,
                touches=[call(90, "cand keen on nuclear new build, Sizewell C ideally")],
            ),
        ],
        **job(
            SPARKY_JOB,
            onsite("Leiston, Suffolk, UK"),
            title="Approved Electrician - Sizewell C",
            description="Temporary and permanent electrical works on the Sizewell C nuclear "
            "new build.",
        ),
    ),
    C(
        "wants work that matters, fuel poverty retrofit vs wants high-end private resi",
        "cs",
        [
            crew(SITE_MGR, "Liverpool, UK")(
                "Siobhan McCready",
                2,
                touches=[
                    linkedin(
                        65,
                        "I want to do something that matters - retrofit, fuel poverty, homes "
                        "that people can afford to heat.",
                    )
                ],
            ),
            crew(SITE_MGR, "Liverpool, UK")(
                "Victoria Sandiford",
                1,
                touches=[linkedin(65, "I'd love to run a high-end private residential scheme.")],
            ),
        ],
        **job(
            SM_JOB,
            onsite("Liverpool, UK"),
            title="Site Manager - Retrofit",
            description="Deep retrofit of 300 council homes: insulation, heat pumps and solar.",
        ),
    ),
]

TECH = [
    C(
        "wants into heat pumps, did the MCS course vs gas only, won't touch heat pumps",
        "cs",
        [
            crew(PLUMBER, "Norwich, UK")(
                "Sam Gedge",
                2,
                touches=[wa(60, "want to get into heat pumps, did the MCS course in the spring")],
            ),
            crew(PLUMBER, "Norwich, UK")(
                "Andy Flowerdew",
                0,
                touches=[wa(60, "gas only for me, not touching heat pumps")],
            ),
        ],
        **job(
            PLUMBER_JOB,
            onsite("Norwich, UK"),
            title="Heat Pump Installer",
            description="Install air source heat pumps and wet systems in homes across Norfolk.",
        ),
    ),
    C(
        "keen to move into autonomous haulage control vs doesn't trust driverless trucks",
        "cs",
        [
            crew(HAUL, "Perth, WA, Australia")(
                "Mason Bellairs",
                2,
                touches=[call(55, "cand keen on autonomous, wants to move into AHS control")],
            ),
            crew(HAUL, "Perth, WA, Australia")(
                "Ethan Carslake",
                0,
                touches=[call(55, "cand doesn't trust driverless trucks, wants manual fleet")],
            ),
        ],
        **job(
            HAUL_JOB,
            PERTH,
            title="AHS Controller",
            description="Control autonomous haul trucks from the Perth remote operations centre.",
        ),
    ),
    C(
        "wants to stay on Excel bills vs wants to use CostX and 5D BIM",
        "cs",
        [
            crew(QS, "Glasgow, UK")(
                "Fiona Liddell",
                0,
                touches=[
                    call(70, "Cand happy on Excel bills, no interest in CostX or BIM stuff"),
                ],
            ),
            crew(QS, "Glasgow, UK")(
                "Kirsty Gallacher-Reid",
                2,
                touches=[call(70, "Cand wants to work in CostX and get into 5D BIM")],
            ),
        ],
        **job(
            QS_JOB,
            GLASGOW,
            description="Take-offs and cost plans in CostX from 5D BIM models.",
        ),
    ),
]

# --- 6. negation and scope -------------------------------------------------------------------

NIGHT_SPARKS = dict(
    SPARKY_JOB, description="Night-shift fit-out in a live airport terminal, 22:00 to 06:00."
)
CAMP_CLOSE = dict(
    HAUL_JOB,
    description="Camp is a ten-minute walk from the pit; rate A$52 an hour, 2:1 roster.",
)
TURBINE = dict(WIND_JOB, description="Climbing 100m towers daily; no confined-space entries.")
SHIFT_PLANT = dict(
    PROCESS_JOB, description="Continuous shift work: two days, two nights, four off."
)
ONSHORE_TERMINAL = dict(
    INST_JOB,
    title="Instrument Technician - Onshore Terminal",
    description="Maintain instrumentation at an onshore gas terminal, days.",
)
SUPERVISOR = dict(
    SPARKY_JOB,
    title="Electrical Supervisor",
    seniority="lead",
    description="Supervise electricians on a pharmaceutical plant build.",
)

NEGATIONS = [
    C(
        "'not against nights' vs 'nights are not for me', a night fit-out",
        "cs",
        [
            crew(SPARKY, "Luton, UK")(
                "Ben Ashdown",
                2,
                touches=[call(45, "cand not against nights if the rate's right")],
            ),
            crew(SPARKY, "Luton, UK")(
                "Tom Ravenscroft",
                0,
                touches=[call(45, "cand says nights are not for him, tried it, never again")],
            ),
        ],
        **job(NIGHT_SPARKS, onsite("Luton, UK")),
    ),
    C(
        "the rate wasn't the problem, the bus from camp was vs the rate was the problem",
        "cs",
        [
            crew(HAUL, "Perth, WA, Australia")(
                "Cooper Alderton",
                2,
                touches=[
                    wa(
                        80,
                        "the rate wasnt the problem at the last job, it was the 2 hr bus from "
                        "camp to the pit every shift",
                    )
                ],
            ),
            crew(HAUL, "Perth, WA, Australia")(
                "Harley Rushworth",
                0,
                touches=[
                    wa(
                        80,
                        "the bus wasnt the problem at the last job, the rate was. 52 an hour "
                        "is a joke",
                    )
                ],
            ),
        ],
        **job(CAMP_CLOSE, PILBARA),
    ),
    C(
        "heights fine, it's confined spaces he won't do vs doesn't do heights any more",
        "cs",
        [
            crew(WIND, "Swansea, UK")(
                "Gethin Prosser",
                2,
                touches=[
                    email(
                        70,
                        "I don't mind heights at all - it's confined spaces I won't do.",
                    )
                ],
            ),
            crew(WIND, "Swansea, UK")(
                "Dafydd Rowlands",
                0,
                touches=[email(70, "I don't do heights any more after a bad fall last year.")],
            ),
        ],
        **job(TURBINE, onsite("Swansea, UK")),
    ),
    C(
        "'never had a problem with FIFO' vs 'never again FIFO'",
        "cs",
        [
            crew(FITTER, "Perth, WA, Australia")(
                "Aiden Whitlam",
                2,
                touches=[call(50, "cand never had a problem with FIFO, 8 yrs of it")],
            ),
            crew(FITTER, "Perth, WA, Australia")(
                "Jarrod Pellegrini",
                0,
                touches=[call(50, "cand: never again FIFO. residential only")],
            ),
        ],
        **job(FITTER_JOB, PILBARA),
    ),
    C(
        "Afrikaans: no problem with shift work vs doesn't work shifts any more",
        "cs",
        [
            crew(PROCESS_TECH, "Perth, WA, Australia")(
                "Jacques du Toit",
                2,
                touches=[wa(60, "Ek het nie 'n probleem met skofwerk nie, dag of nag is reg.")],
            ),
            crew(PROCESS_TECH, "Perth, WA, Australia")(
                "Pieter Kruger-Botha",
                0,
                touches=[wa(60, "Ek werk nie meer skofte nie, net dagwerk.")],
            ),
        ],
        **job(SHIFT_PLANT, onsite("Kwinana, WA, Australia")),
    ),
    C(
        "not only offshore, onshore's fine too vs offshore only, onshore pay's not worth it",
        "cs",
        [
            crew(INST_TECH, "Aberdeen, UK")(
                "Lewis Ritchie-Milne",
                2,
                touches=[call(65, "cand not only offshore - onshore's fine too, St Fergus ideal")],
            ),
            crew(INST_TECH, "Aberdeen, UK")(
                "Gregor Buchan",
                0,
                touches=[call(65, "cand offshore only, onshore pay isn't worth his while")],
            ),
        ],
        **job(ONSHORE_TERMINAL, onsite("St Fergus, UK")),
    ),
    C(
        "wouldn't say no to supervising vs wouldn't take supervising on again",
        "cs",
        [
            crew(SPARKY, "Cork, Ireland")(
                "Declan Horgan",
                2,
                touches=[wa(55, "wouldnt say no to a supervisor job if one came up")],
            ),
            crew(SPARKY, "Cork, Ireland")(
                "Finbarr O'Leary",
                0,
                touches=[wa(55, "wouldnt take on supervising again, the stress isnt worth it")],
            ),
        ],
        **job(SUPERVISOR, onsite("Ringaskiddy, Cork, Ireland")),
    ),
]

# --- 5. work mode said in different places of the role ---------------------------------------

WORK_MODE = [
    C(
        "remote only in the policy field: wants home working vs wants to be on site",
        "cs",
        [
            crew(QS, "Sheffield, UK")(
                "Laura Middlebrook",
                2,
                touches=[
                    linkedin(50, "I'd love to work from home full-time, sick of site cabins.")
                ],
            ),
            crew(QS, "Sheffield, UK")(
                "Hannah Stainrod",
                0,
                touches=[linkedin(50, "I need to be on site - I hate sitting at home on my own.")],
            ),
        ],
        **job(
            QS_JOB,
            dict(remote_policy="remote", location="United Kingdom"),
            title="Estimator",
            description="Price tenders for a groundworks contractor.",
        ),
    ),
    C(
        "hybrid only in the offers: two days home for school runs vs fully remote only",
        "cs",
        [
            crew(PLANNER, "Manchester, UK")(
                "Ruth Haworth",
                2,
                touches=[
                    email(
                        60,
                        "I need two days at home for the school runs, happy in the office the "
                        "rest.",
                    )
                ],
            ),
            crew(PLANNER, "Manchester, UK")(
                "Ellen Kershaw",
                0,
                touches=[email(60, "Fully remote only for me now, no office days at all.")],
            ),
        ],
        **job(
            PLANNER_JOB,
            dict(location="Manchester, UK"),
            offers=["Three days in our Salford Quays office, two from home"],
        ),
    ),
    C(
        "on site only in the description: wants remote vs wants to be site-based",
        "cs",
        [
            crew(QS, "London, UK")(
                "Natasha Pemberton",
                0,
                touches=[call(45, "cand wants remote, home-based QS only")],
            ),
            crew(QS, "London, UK")(
                "Olivia Cartledge",
                2,
                touches=[call(45, "cand wants to be site-based, close to the work")],
            ),
        ],
        **job(
            QS_JOB,
            dict(location="London, UK"),
            description="Based full time in the site cabin at a Battersea residential scheme.",
        ),
    ),
    C(
        "remote only in the title: home-based P6 planning vs wants the office buzz",
        "cs",
        [
            crew(PLANNER, "Manchester, UK")(
                "Yasmin Chaudhry",
                2,
                touches=[linkedin(70, "Ideally home-based planning in P6, I'm productive there.")],
            ),
            crew(PLANNER, "Manchester, UK")(
                "Becky Openshaw",
                0,
                touches=[
                    linkedin(70, "I want the office buzz back, Manchester city centre ideally.")
                ],
            ),
        ],
        **job(PLANNER_JOB, dict(location="United Kingdom"), title="Project Planner (Remote)"),
    ),
]

# --- 7 (cont.). location and relocation ------------------------------------------------------

LOCATIONS = [
    C(
        "home in Cork since October though the file says Perth vs settled in WA for good",
        "cs",
        [
            crew(SPARKY, "Perth, WA, Australia")(
                "Killian Ó Súilleabháin",
                2,
                touches=[
                    wa(
                        30,
                        "moved home to cork in october, missing the family too much. looking "
                        "for work round cork now",
                    )
                ],
            ),
            crew(SPARKY, "Perth, WA, Australia")(
                "Tadhg Bermingham",
                0,
                touches=[wa(30, "settled in WA now, not going back to ireland")],
            ),
        ],
        **job(SPARKY_JOB, CORK),
    ),
    C(
        "UAE only, won't go to KSA vs open to KSA, done NEOM before",
        "cs",
        [
            crew(PM, "Dubai, UAE")(
                "Graham Lorimer",
                0,
                touches=[email(80, "UAE only for me, I won't go to KSA whatever the package.")],
            ),
            crew(PM, "Dubai, UAE")(
                "Martin Oakshott",
                2,
                touches=[
                    email(80, "Open to KSA for the right package, did 2 years on NEOM already.")
                ],
            ),
        ],
        **job(PM_JOB, RIYADH),
    ),
    C(
        "would relocate to the north-east vs Central Belt only",
        "cs",
        [
            crew(PROCESS_TECH, "Glasgow, UK")(
                "Angus McPhail",
                2,
                touches=[call(60, "cand would relocate to the north east for the right job")],
            ),
            crew(PROCESS_TECH, "Glasgow, UK")(
                "Robert Gillespie",
                0,
                touches=[call(60, "cand Central Belt only, won't move")],
            ),
        ],
        **job(PROCESS_JOB, onsite("Aberdeen, UK")),
    ),
    C(
        "would move to Fort Mac with his family vs won't live up north",
        "cs",
        [
            crew(FITTER, "Edmonton, AB, Canada")(
                "Garrett Hnatiuk",
                2,
                touches=[
                    call(70, "Cand would move up to Fort Mac with the family, house is cheaper")
                ],
            ),
            crew(FITTER, "Edmonton, AB, Canada")(
                "Dustin Melnychuk",
                0,
                touches=[call(70, "Cand won't live up north, camp rotation only")],
            ),
        ],
        **job(
            FITTER_JOB,
            onsite("Fort McMurray, AB, Canada"),
            description="Residential position: must live in Wood Buffalo, no camp.",
        ),
    ),
    C(
        "she and her partner are moving to Perth vs her brother's moving there, not her",
        "cs",
        [
            crew(QS, "Brisbane, QLD, Australia")(
                "Chloe Pennefather",
                2,
                touches=[call(45, "Cand and her partner relocating to Perth early next year.")],
            ),
            crew(QS, "Brisbane, QLD, Australia")(
                "Jess Kirkwood",
                0,
                touches=[
                    call(
                        45,
                        "Cand's brother is moving to Perth; she's staying put in Brisbane.",
                    )
                ],
            ),
        ],
        **job(QS_JOB, PERTH),
    ),
]

# --- 9. several notes over time: the latest word counts ---------------------------------------

LATEST_WORD = [
    C(
        "no FIFO, then FIFO wanted vs FIFO fine, then done with it",
        "cs",
        [
            crew(FITTER, "Perth, WA, Australia")(
                "Glenn Ashburner",
                2,
                touches=[
                    call(date(2026, 3, 9), "no FIFO, residential only"),
                    wa(date(2026, 10, 12), "split with the missus, fifo is fine now, need the $"),
                ],
            ),
            crew(FITTER, "Perth, WA, Australia")(
                "Scott Ainsworth",
                0,
                touches=[
                    call(date(2026, 3, 9), "FIFO fine, any roster"),
                    wa(
                        date(2026, 10, 12),
                        "done with fifo, kids starting school next yr, residential only",
                    ),
                ],
            ),
        ],
        **job(FITTER_JOB, PILBARA),
    ),
    C(
        "a removal taken back vs a 'keep me posted' hardened into an erasure",
        "cs",
        [
            crew(CRANE, "Birmingham, UK")(
                "Malcolm Threlfall",
                2,
                touches=[
                    email(date(2026, 2, 16), "Take me off your list please."),
                    email(
                        date(2026, 9, 14),
                        "Sorry about earlier in the year, rough patch. I'm looking again - "
                        "luffers or flat tops around Brum.",
                    ),
                ],
            ),
            crew(CRANE, "Birmingham, UK")(
                "Vernon Gittins",
                0,
                touches=[
                    email(date(2026, 2, 16), "Keep me posted on anything in Brum."),
                    email(
                        date(2026, 9, 14),
                        "Please delete my details and stop emailing me - I'm done with agencies.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **job(CRANE_JOB, BIRMINGHAM),
    ),
    C(
        "a rate ask lowered to £270 vs raised to £310, role pays £280",
        "cs",
        [
            crew(SPARKY, "Whitehaven, UK")(
                "Colin Fearon",
                2,
                touches=[
                    call(date(2026, 4, 20), "min £320/day"),
                    call(date(2026, 10, 19), "work's dried up, would take £270 now"),
                ],
            ),
            crew(SPARKY, "Whitehaven, UK")(
                "Stuart Tyson",
                0,
                touches=[
                    call(date(2026, 4, 20), "£260/day fine"),
                    call(date(2026, 10, 19), "on £310 at Sellafield now, won't drop"),
                ],
            ),
        ],
        **job(SPARKY_JOB, onsite("Whitehaven, UK"), offers=["£280 a day", "Six months"]),
    ),
    C(
        "Doha agreed then the family said no vs UK only then going for the Gulf",
        "cs",
        [
            crew(SITE_MGR, "Birmingham, UK")(
                "Nigel Heseltine-Ward",
                0,
                touches=[
                    call(date(2026, 3, 16), "cand happy to go to Doha, single status ok"),
                    call(date(2026, 9, 21), "family said no to the Gulf, staying in UK"),
                ],
            ),
            crew(SITE_MGR, "Birmingham, UK")(
                "Steve Ollerenshaw",
                2,
                touches=[
                    call(date(2026, 3, 16), "cand not leaving UK"),
                    call(date(2026, 9, 21), "we've decided to go for it, Gulf is on - Qatar ok"),
                ],
            ),
        ],
        **job(SM_JOB, DOHA),
    ),
    C(
        "only 2/2, then 3/3 welcome vs 3/3 fine, then 2/2 only",
        "cs",
        [
            crew(INST_TECH, "Aberdeen, UK")(
                "Ewan Pirie",
                2,
                touches=[
                    call(date(2026, 2, 2), "2/2 only"),
                    email(date(2026, 9, 28), "Would do 3/3 now - the kids have left home."),
                ],
            ),
            crew(INST_TECH, "Aberdeen, UK")(
                "Ally Sutherland",
                0,
                touches=[
                    call(date(2026, 2, 2), "3/3 fine"),
                    email(date(2026, 9, 28), "2 on 2 off only from now on, my dad's not well."),
                ],
            ),
        ],
        **job(THREE_THREE, ABERDEEN),
    ),
    C(
        "no working away, then Monday to Friday away is fine vs the reverse",
        "cs",
        [
            crew(TRACK, "Sheffield, UK")(
                "Dean Hinchliffe",
                2,
                touches=[
                    wa(date(2026, 1, 19), "no working away, home every nite"),
                    wa(date(2026, 8, 24), "can work away mon-fri now, mrs is fine with it"),
                ],
            ),
            crew(TRACK, "Sheffield, UK")(
                "Gavin Senior",
                0,
                touches=[
                    wa(date(2026, 1, 19), "working away is fine"),
                    wa(date(2026, 8, 24), "no more working away, need to be home now"),
                ],
            ),
        ],
        **job(
            TRACK_JOB,
            onsite("Sheffield, UK"),
            description="Renewals crew working away Monday to Friday across the North East, "
            "hotels paid.",
        ),
    ),
]

# --- 8 (cont.). the latest process and stage reached ------------------------------------------

PROCESS = [
    C(
        "a client's final round vs a CV never sent",
        "cs",
        [
            crew(SITE_MGR, "Leeds, UK")(
                "Alan Ruddock",
                2,
                apps=[lost_final(110, "Client rated him, lost to an internal by a nose")],
            ),
            crew(SITE_MGR, "Leeds, UK")(
                "Trevor Blakey",
                1,
                apps=[
                    app(
                        110,
                        "applied",
                        "rejected",
                        "other",
                        "CV not sent - client filled before we got to him",
                        role="Site Manager",
                    )
                ],
            ),
        ],
        **job(SM_JOB, LEEDS),
    ),
    C(
        "placed by us five weeks ago vs our placement ended, looking now",
        "cs",
        [
            crew(HVAC, "Birmingham, UK")(
                "Darius Okonkwo",
                0,
                touches=[ats(35, "PLACED - started Mon at ENGIE, perm, 6 month rebate period.")],
            ),
            crew(HVAC, "Birmingham, UK")(
                "Lloyd Beckford",
                2,
                touches=[
                    ats(
                        35,
                        "Our placement at ENGIE ended - contract finished. Cand looking now.",
                    )
                ],
            ),
        ],
        **job(HVAC_JOB, BIRMINGHAM),
    ),
    C(
        "started with Jacobs on Monday vs interviewing elsewhere, still keen",
        "cs",
        [
            crew(PLANNER, "Warrington, UK")(
                "Neville Parkinson",
                1,
                touches=[call(14, "cand accepted Jacobs, started Mon. nice lad.")],
            ),
            crew(PLANNER, "Warrington, UK")(
                "Tony Kilbride",
                2,
                touches=[
                    call(14, "cand interviewing with two others, still keen on ours, move fast")
                ],
            ),
        ],
        **job(PLANNER_JOB, onsite("Warrington, UK")),
    ),
    C(
        "an offer pulled by a cancelled project vs ghosted us at the screen",
        "cs",
        [
            crew(WIND, "Grimsby, UK")(
                "Josh Maltby",
                2,
                apps=[
                    app(
                        240,
                        "offer",
                        "position_closed",
                        "headcount",
                        "Offer pulled - the client lost the O&M contract",
                        role="Wind Turbine Technician",
                    )
                ],
            ),
            crew(WIND, "Grimsby, UK")(
                "Ryan Cotterill",
                1,
                apps=[
                    app(
                        240,
                        "screen",
                        "withdrew",
                        "other",
                        "Stopped answering after the first screen",
                        role="Wind Turbine Technician",
                    )
                ],
            ),
        ],
        **job(WIND_JOB, onsite("Grimsby, UK", "Offshore wind O&M base, crew transfer vessels")),
    ),
]

HELDOUT18_CASES: list[Case] = [
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
