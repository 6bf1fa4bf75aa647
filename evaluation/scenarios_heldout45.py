"""Held-out rediscovery cases, forty-fifth set: defence, aerospace, space and government
contracting, written by a forty-fifth stranger to the reader (its code, its labelled sets and
the earlier case files' sentences were not looked at; held-out 10 was opened for its format
only).

It stands in for the records outsiders will check Encore against, so it is measured and
reported on its own line ("held-out 45") and never tuned to what Encore does. The recruiters
are cleared recruiters at staffing firms that serve the primes, the in-house talent teams of
defence primes and space start-ups, and a federal-side hiring desk, in the US (Northern
Virginia and the Beltway, Fort Meade, Huntsville and Redstone Arsenal, Colorado Springs and
Schriever, San Diego, Dayton and Wright-Patterson, Patuxent River, Edwards), the UK (Filton and
Bristol, Farnborough, Barrow-in-Furness, Portsmouth, Boscombe Down), Canada (Ottawa, Gatineau,
Montreal) and Australia (Canberra, Adelaide, Osborne, RAAF Edinburgh, Woomera). The people are
embedded and systems engineers, flight-test engineers and a test pilot, satellite operators,
cyber analysts, programme managers, avionics technicians and facility security officers.

The voices: terse ATS shorthand ("cand", "TS/SCI w/ FSP", "LVM", "per DISS", "CONUS", "PCS",
"TDY", "R/C", "9/80"), cleared recruiters' call notes, long rambling screening notes that name
dates without asking for a wait, candidates' own emails, LinkedIn and WhatsApp replies in lower
case with typos, formal letters, an FSO's hand-over, and lines in Canadian French. Money is in
US dollars (GS grades and locality pay, salaries, hourly rates), pounds, Australian dollars
plus super (APS EL1) and Canadian dollars an hour incorporated.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a formal letter, a LinkedIn "stop", a text, an ATS "DNC", French, an Aussie "I'm
   out", a desk call, "UNSUBSCRIBE", an FSO's hand-over): never shown; beside each a scoped
   stop that is not one (the work address only, no polygraph roles, one requisition, the desk
   phone in the SCIF, office calls, one shipyard, weapons programmes only, one bulletin) or a
   request that keeps the door open (a Secret kept from lapsing);
2. waits counted from the day said, each against a twin whose wait has run out: a polygraph
   awaiting adjudication, a re-compete award, a launch campaign, sea trials, a retention bonus,
   an NV1 revalidation, parental leave in French, a year to settle in;
3. schedule (rotating 12s, mids, test-campaign weekends, an on-call rota, 4-on-4-off, a 9/80),
   travel (range TDYs, shipyards, deployments, AUKUS long-haul, a percentage cap, FIFO to
   Woomera), clearance and citizenship (US citizens only, an active Secret, sponsorship, DV,
   UK Eyes Only, Canadian Secret, an Australian NV1, a full-scope polygraph), contract forms
   (W-2 contract-to-hire, outside IR35, part-time, contingent on award) and commutes (the
   Legion Bridge, the Redstone gate, the M3, Queanbeyan, I-15, the Ottawa bridges);
4. pay against the band: GS-13, a poly premium, Barrow in pounds, APS plus super, Canadian
   dollars an hour, a current salary above the band with a lower ask;
5. last time's reason resolved by this role or still standing (telework days, pay, an interim
   clearance made final, relocation, a relocation package, travel), the history with us (a
   phone in the SCIF, a no-show, a recent skills gap) and the latest process (a final round,
   a placement we made, a counter-offer);
6. negation and scope ("not opposed to a SCIF", "weapons work doesn't bother me", "never had a
   problem with the poly", "not unwilling to relocate", "not the travel, the money");
7. work mode said only in the policy field, the title, the description or the offers;
   location and relocation (a spouse's PCS she is and is not following, Portsmouth England
   against Portsmouth New Hampshire, Ottawa to Montreal, Canberra to Adelaide); managing
   against hands-on; company stage and size (start-up against prime, small business against
   prime, government side against contractor side); mission (weapons, nuclear boats, civil
   space, the IC, lethal autonomy, search and rescue) and technology (Ada/SPARK, MBSE, FPGA,
   GovCloud, Elastic, Python ground software, Simulink, Platform One);
8. several notes over time where the latest word counts (a polygraph refused then accepted, a
   stop taken back, a move, a pay ask, a moral objection, travel, a clearance, contracting).

Hard cases a careful human still gets right are mixed in: a spouse's move she is not following,
a scoped weapons objection the role does not touch, a current salary above the band with a
lower ask, a "Portsmouth" that is another country's, a refusal that was about a past employer.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

EMBEDDED = dict(
    current_title="Senior Embedded Software Engineer",
    skills=["C", "C++", "VxWorks", "DO-178C", "MIL-STD-1553"],
    years_experience=8,
    resume_text=(
        "Embedded software engineer, eight years on mission computers and flight management "
        "software: C and C++ on VxWorks and INTEGRITY, DO-178C Level B artefacts, MIL-STD-1553 "
        "and ARINC 429 drivers, hardware-in-the-loop rigs and formal test witnessing."
    ),
)
SYSTEMS = dict(
    current_title="Senior Systems Engineer",
    skills=["MBSE", "Cameo SysML", "DOORS", "Requirements management", "Verification"],
    years_experience=9,
    resume_text=(
        "Systems engineer, nine years across radar and C2 programmes: requirements capture and "
        "flow-down in DOORS, SysML models in Cameo, interface control documents, SRR to CDR "
        "reviews, and verification cross-reference matrices through qualification."
    ),
)
FLIGHT_TEST = dict(
    current_title="Flight Test Engineer",
    skills=["Flight test planning", "Telemetry", "IADS", "Test cards", "Data reduction"],
    years_experience=7,
    resume_text=(
        "Flight test engineer, seven years on fixed- and rotary-wing programmes: test plans and "
        "cards, control-room telemetry in IADS, instrumentation requirements, post-flight data "
        "reduction and test reports for airworthiness authorities."
    ),
)
SAT_OPS = dict(
    current_title="Satellite Operations Engineer",
    skills=["Spacecraft command and control", "Anomaly resolution", "Orbit operations"],
    years_experience=6,
    resume_text=(
        "Satellite operations engineer, six years on GEO and LEO constellations: pass planning, "
        "commanding, telemetry trending, anomaly resolution, station-keeping manoeuvres and "
        "console certification of new operators."
    ),
)
CYBER = dict(
    current_title="Cyber Security Analyst",
    skills=["Splunk", "Incident response", "RMF", "STIG compliance", "Threat hunting"],
    years_experience=6,
    resume_text=(
        "Cyber analyst, six years in defence SOCs: Splunk detections, incident response, threat "
        "hunting, RMF packages and STIG compliance for accredited systems, and ATO support."
    ),
)
PROGRAMME = dict(
    current_title="Deputy Programme Manager",
    skills=["Earned value management", "Integrated master schedule", "Risk management"],
    years_experience=12,
    resume_text=(
        "Twelve years on defence programmes, the last four as deputy programme manager on a "
        "$180M development contract: EVM and CPRs, the integrated master schedule, CDRLs, risk "
        "boards and monthly reviews with the government customer."
    ),
)
AVIONICS_TECH = dict(
    current_title="Avionics Technician",
    skills=["Avionics maintenance", "Wiring harness repair", "Fault finding", "Test sets"],
    years_experience=10,
    resume_text=(
        "Avionics technician, ten years on military aircraft after service: line and depot "
        "maintenance, wiring harness repair, fault finding with ATE and test sets, and "
        "maintenance records to MIL and DEF STAN standards."
    ),
)
SECURITY_OFFICER = dict(
    current_title="Facility Security Officer",
    skills=["NISPOM", "DISS", "SCIF accreditation", "Insider threat programme"],
    years_experience=8,
    resume_text=(
        "Facility security officer, eight years at cleared contractor sites: NISPOM compliance, "
        "clearance processing in DISS and NBIS, SCIF accreditation packages, visit requests, "
        "insider threat training and DCSA vulnerability assessments."
    ),
)
TEST_PILOT = dict(
    current_title="Experimental Test Pilot",
    skills=["Experimental flight test", "Envelope expansion", "Fixed-wing", "Test planning"],
    years_experience=15,
    resume_text=(
        "Experimental test pilot, fifteen years and 3,200 hours on fast jets and transports, a "
        "test pilot school graduate: envelope expansion, flutter and handling-qualities test "
        "points, test planning and safety review boards."
    ),
)


def on_file(profile: str, persona: dict | None = None, where: str = "Reston, VA"):
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
    """A recruiter's note typed into the ATS, in their shorthand."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def call(days, text) -> dict:
    """A recruiter's note of a phone screen or a catch-up call."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def email(days, text) -> dict:
    """The candidate's email, or a formal letter scanned into the file."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def linkedin(days, text) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=text, channel="linkedin")


def whatsapp(days, text) -> dict:
    """The candidate's text or WhatsApp message, as typed."""
    return touch(days, "inbound", "replied", note=text, channel="other")


def lost_final(days, note=None, *, role="Senior Embedded Software Engineer") -> dict:
    """Reached the final panel and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def declined(days, reason, note, *, past=None, role="Senior Embedded Software Engineer"):
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="Systems Engineer"):
    """Pulled out of the process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def turned_away(days, reason, note, *, stage="interview", role="Cyber Security Analyst"):
    """We said no."""
    return app(days, stage, "rejected", reason, note, role=role)


def role(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

MISSION_COMPUTER = dict(
    title="Senior Embedded Software Engineer, Mission Computer",
    department="Avionics Software",
    seniority="senior",
    requirements="C and C++\nVxWorks or INTEGRITY\nDO-178C\nMIL-STD-1553 or ARINC 429",
    description="Flight software for the mission computer of a rotary-wing upgrade programme.",
)
SYSTEMS_ROLE = dict(
    title="Senior Systems Engineer",
    department="Systems Engineering",
    seniority="senior",
    requirements="Requirements management in DOORS\nMBSE with SysML\nInterface control\nV&V",
    description="Own requirements and interfaces for a ground-based radar through CDR.",
)
FTE_ROLE = dict(
    title="Flight Test Engineer",
    department="Flight Test",
    seniority="mid",
    requirements="Flight test planning\nTelemetry and IADS\nTest cards\nData reduction",
    description="Plan and run test points from the control room for a developmental aircraft.",
)
SATOPS_ROLE = dict(
    title="Satellite Operations Engineer",
    department="Mission Operations",
    seniority="mid",
    requirements="Spacecraft command and control\nAnomaly resolution\nOrbit operations",
    description="Fly a constellation from the mission operations centre.",
)
CYBER_ROLE = dict(
    title="Cyber Security Analyst",
    department="Cyber Operations",
    seniority="mid",
    requirements="Incident response\nSIEM detections\nRMF\nSTIG compliance",
    description="Detect and respond to threats on accredited defence networks.",
)
PM_ROLE = dict(
    title="Programme Manager",
    department="Programmes",
    seniority="manager",
    requirements="EVM\nIntegrated master schedule\nCustomer management\nRisk management",
    description="Run a development programme end to end and own the customer relationship.",
)
TECH_ROLE = dict(
    title="Avionics Technician",
    department="Maintenance",
    seniority="mid",
    requirements="Avionics maintenance\nWiring harness repair\nFault finding\nTest sets",
    description="Maintain and modify the avionics of military aircraft.",
)
FSO_ROLE = dict(
    title="Facility Security Officer",
    department="Security",
    seniority="senior",
    requirements="NISPOM\nDISS and NBIS\nSCIF accreditation\nInsider threat",
    description="Run industrial security for a cleared facility.",
)
PILOT_ROLE = dict(
    title="Experimental Test Pilot",
    department="Flight Test",
    seniority="senior",
    requirements="Test pilot school graduate\nFast-jet experience\nEnvelope expansion",
    description="Fly developmental test sorties and sit on the safety review board.",
)

# --- where and how they are worked ----------------------------------------------------------

CHANTILLY_ONSITE = dict(
    remote_policy="onsite",
    location="Chantilly, VA",
    offers=["On site in a SCIF in Chantilly, five days a week"],
)
RESTON_HYBRID = dict(
    remote_policy="hybrid",
    location="Reston, VA",
    offers=["Hybrid: three days on site in Reston, two days telework"],
)
FORT_MEADE_ONSITE = dict(remote_policy="onsite", location="Annapolis Junction, MD")
HUNTSVILLE_ONSITE = dict(remote_policy="onsite", location="Huntsville, AL")
REDSTONE_ONSITE = dict(
    remote_policy="onsite",
    location="Redstone Arsenal, Huntsville, AL",
    offers=["Badge access to Redstone Arsenal; office inside the gate"],
)
SPRINGS_ONSITE = dict(remote_policy="onsite", location="Colorado Springs, CO")
SAN_DIEGO_ONSITE = dict(remote_policy="onsite", location="San Diego, CA")
DAYTON_ONSITE = dict(remote_policy="onsite", location="Dayton, OH")
PAX_ONSITE = dict(remote_policy="onsite", location="Patuxent River, MD")
US_REMOTE = dict(remote_policy="remote", location="Remote (US)")
FILTON_HYBRID = dict(
    remote_policy="hybrid",
    location="Bristol, UK",
    offers=["Hybrid: three days at the Filton site, two from home"],
)
FARNBOROUGH_ONSITE = dict(remote_policy="onsite", location="Farnborough, UK")
BARROW_ONSITE = dict(remote_policy="onsite", location="Barrow-in-Furness, UK")
PORTSMOUTH_ONSITE = dict(remote_policy="onsite", location="Portsmouth, UK")
OTTAWA_ONSITE = dict(remote_policy="onsite", location="Ottawa, ON, Canada")
MONTREAL_HYBRID = dict(
    remote_policy="hybrid",
    location="Montreal, QC, Canada",
    offers=["Hybride : trois jours par semaine au bureau de Saint-Laurent"],
)
CANBERRA_ONSITE = dict(remote_policy="onsite", location="Canberra, ACT, Australia")
ADELAIDE_ONSITE = dict(remote_policy="onsite", location="Adelaide, SA, Australia")

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "a formal letter to cease all contact vs a letter to stop using his work address",
        "backend",
        [
            on_file("backend", where="Herndon, VA")(
                "Thornton Ashgrove",
                0,
                touches=[
                    email(
                        75,
                        "Dear Sir or Madam, I write to request that your firm cease all further "
                        "contact with me regarding employment, by any channel, and that my "
                        "résumé be removed from your systems. Yours faithfully, T. Ashgrove",
                    )
                ],
                excluded=True,
            ),
            on_file("backend", where="Herndon, VA")(
                "Everett Quillfeather",
                2,
                touches=[
                    email(
                        75,
                        "Dear Ms Alvarado, please do not write to my company address again - our "
                        "security office screens it and recruiter mail gets flagged. My personal "
                        "address is on my résumé. I remain interested in cleared Python work in "
                        "Northern Virginia. Regards, E. Quillfeather",
                    )
                ],
            ),
        ],
        **role({}, RESTON_HYBRID),
    ),
    C(
        "LinkedIn: done with recruiters for good vs no more polygraph roles",
        "sre",
        [
            on_file("sre", CYBER, "Columbia, MD")(
                "Delphine Okorafor",
                0,
                touches=[
                    linkedin(
                        40,
                        "Please stop messaging me. Not about this job, not about any job. I'm "
                        "done with recruiters, full stop.",
                    )
                ],
                excluded=True,
            ),
            on_file("sre", CYBER, "Columbia, MD")(
                "Ingrid Maplethorpe",
                2,
                touches=[
                    linkedin(
                        40,
                        "please stop sending me anything that needs a poly, I'm not sitting "
                        "another one. TS-only reqs are welcome though",
                    )
                ],
            ),
        ],
        **role(
            CYBER_ROLE,
            FORT_MEADE_ONSITE,
            title="Cyber Security Analyst (TS/SCI, no polygraph)",
        ),
    ),
    C(
        "a text: off your list for good vs off one requisition, already applied direct",
        "sre",
        [
            on_file("sre", SAT_OPS, "Colorado Springs, CO")(
                "Brannigan Cole-Whitby",
                0,
                touches=[whatsapp(25, "remove me from ur list pls. not interested ever, thx")],
                excluded=True,
            ),
            on_file("sre", SAT_OPS, "Colorado Springs, CO")(
                "Lucan Haverford",
                2,
                touches=[
                    whatsapp(
                        25,
                        "remove me from the schriever req pls, already put in direct thru their "
                        "portal. other stuff in the springs is fine",
                    )
                ],
            ),
        ],
        **role(SATOPS_ROLE, SPRINGS_ONSITE, title="Satellite Operations Engineer, Peterson SFB"),
    ),
    C(
        "ATS: DNC at the candidate's request vs DNC on the desk phone inside the SCIF",
        "backend",
        [
            on_file("backend", EMBEDDED, "Chantilly, VA")(
                "Rosamund Tarleton",
                0,
                touches=[ats(55, "DNC - cand req'd no further contact of any kind per call 9/28.")],
                excluded=True,
            ),
            on_file("backend", EMBEDDED, "Chantilly, VA")(
                "Cassius Wendover",
                2,
                touches=[
                    ats(
                        55,
                        "DNC on desk line - he sits on a SCIF floor, no phones. Use personal "
                        "cell after 1700, still wants embedded C++ roles.",
                    )
                ],
            ),
        ],
        **role(MISSION_COMPUTER, CHANTILLY_ONSITE),
    ),
    C(
        "French: no more contact by any means vs stop calling the office, email instead",
        "data_eng",
        [
            on_file("data_eng", SYSTEMS, "Montreal, QC, Canada")(
                "Apolline Desrochers",
                0,
                touches=[
                    email(
                        60,
                        "Je vous prie de ne plus me contacter, ni par courriel ni par téléphone, "
                        "et de retirer mon dossier de votre base.",
                    )
                ],
                excluded=True,
            ),
            on_file("data_eng", SYSTEMS, "Montreal, QC, Canada")(
                "Benoît Larochelle",
                2,
                touches=[
                    email(
                        60,
                        "Merci de ne plus m'appeler au bureau, mon gestionnaire entend tout. "
                        "Écrivez-moi par courriel, je reste ouvert aux postes à Montréal.",
                    )
                ],
            ),
        ],
        **role(SYSTEMS_ROLE, MONTREAL_HYBRID),
    ),
    C(
        "Australian: I'm out, wipe my details vs nothing at Osborne, Edinburgh roles fine",
        "cs",
        [
            on_file("cs", AVIONICS_TECH, "Elizabeth, SA, Australia")(
                "Rhys Tregonning",
                0,
                touches=[
                    whatsapp(
                        35,
                        "mate I'm out. not interested in hearing from any defence recruiters "
                        "again, wipe my details",
                    )
                ],
                excluded=True,
            ),
            on_file("cs", AVIONICS_TECH, "Elizabeth, SA, Australia")(
                "Callum Brightwater",
                2,
                touches=[
                    whatsapp(
                        35,
                        "not interested in anything down at Osborne while the sub program's "
                        "in limbo mate, but keep me on for RAAF Edinburgh jobs",
                    )
                ],
            ),
        ],
        **role(
            TECH_ROLE,
            dict(remote_policy="onsite", location="RAAF Base Edinburgh, Adelaide, SA, Australia"),
            title="Avionics Technician, P-8A",
        ),
    ),
    C(
        "a desk call: nothing more from us at all vs nothing more about weapons",
        "data_eng",
        [
            on_file("data_eng", SYSTEMS, "Bristol, UK")(
                "Philippa Cardew",
                0,
                touches=[
                    call(
                        45,
                        "Rang the desk to say she wants nothing more from us - no calls, no "
                        "emails, no job alerts. Please action.",
                    )
                ],
                excluded=True,
            ),
            on_file("data_eng", SYSTEMS, "Bristol, UK")(
                "Morwenna Illingworth",
                2,
                touches=[
                    call(
                        45,
                        "Rang the desk to say she wants nothing more to do with weapons "
                        "programmes - no missiles, no munitions. Space and civil aero still "
                        "very much of interest.",
                    )
                ],
            ),
        ],
        **role(
            SYSTEMS_ROLE,
            FILTON_HYBRID,
            title="Systems Engineer, Earth Observation Payloads",
            description="Requirements and interfaces for an Earth observation satellite payload.",
        ),
    ),
    C(
        "'UNSUBSCRIBE' vs off the weekly bulletin but call about real SC roles",
        "backend",
        [
            on_file("backend", EMBEDDED, "Farnborough, UK")(
                "Wilbur Stanbridge",
                0,
                touches=[email(30, "UNSUBSCRIBE. All lists, all of it.")],
                excluded=True,
            ),
            on_file("backend", EMBEDDED, "Farnborough, UK")(
                "Ossian Kettleburn",
                2,
                touches=[
                    email(
                        30,
                        "Unsubscribe me from the weekly jobs bulletin please, it's noise. But "
                        "I'd still like a call when a proper SC-cleared embedded role comes up.",
                    )
                ],
            ),
        ],
        **role(MISSION_COMPUTER, FARNBOROUGH_ONSITE, title="Embedded Software Engineer (SC)"),
    ),
    C(
        "an FSO's hand-over: she asked to be erased vs she asked for her clearance to be held",
        "cs",
        [
            on_file("cs", SECURITY_OFFICER, "Dayton, OH")(
                "Genevieve Harrowgate",
                0,
                touches=[
                    ats(
                        90,
                        "Hand-over from Dana (FSO desk): candidate left cleared work and asked "
                        "in writing that we delete her profile and never approach her again.",
                    )
                ],
                excluded=True,
            ),
            on_file("cs", SECURITY_OFFICER, "Dayton, OH")(
                "Marisol Fairweather",
                2,
                touches=[
                    ats(
                        90,
                        "Hand-over from Dana (FSO desk): candidate between roles and asked that "
                        "we keep her Secret in DISS from lapsing - wants a cleared FSO job "
                        "around Wright-Patt.",
                    )
                ],
            ),
        ],
        **role(FSO_ROLE, DAYTON_ONSITE),
    ),
]

# --- 2. waits counted from the day said, each against a twin whose wait has run out ---------

WAITS = [
    C(
        "a CI poly awaiting adjudication into the new year vs one adjudicated by the summer",
        "sre",
        [
            on_file("sre", CYBER, "Laurel, MD")(
                "Fitzgerald Ambrose-Nunn",
                1,
                touches=[
                    call(
                        date(2026, 10, 26),
                        "Sat his CI poly last week; adjudication won't be done before "
                        "February. Doesn't want to move while it's pending.",
                    )
                ],
            ),
            on_file("sre", CYBER, "Laurel, MD")(
                "Lysander Okwuosa",
                2,
                touches=[
                    call(
                        date(2026, 2, 9),
                        "Sat his CI poly last week; adjudication should be done by June. "
                        "Doesn't want to move while it's pending.",
                    )
                ],
            ),
        ],
        **role(CYBER_ROLE, FORT_MEADE_ONSITE),
    ),
    C(
        "staying to see a re-compete awarded in March vs one awarded in the summer",
        "manager",
        [
            on_file("manager", PROGRAMME, "Huntsville, AL")(
                "Cordelia Ngata-Vance",
                1,
                touches=[
                    email(
                        date(2026, 9, 14),
                        "Our contract is in re-compete and the award is slated for March 2027. "
                        "I owe it to my team to see it through, so nothing until then please.",
                    )
                ],
            ),
            on_file("manager", PROGRAMME, "Huntsville, AL")(
                "Seraphina Oyelaran",
                2,
                touches=[
                    email(
                        date(2026, 1, 19),
                        "Our contract is in re-compete and the award is slated for July. I owe "
                        "it to my team to see it through, so nothing until then please.",
                    )
                ],
            ),
        ],
        **role(PM_ROLE, HUNTSVILLE_ONSITE),
    ),
    C(
        "console lead until the March launch campaign vs until the August launch",
        "sre",
        [
            on_file("sre", SAT_OPS, "Torrance, CA")(
                "Tobias Quenby-Akande",
                1,
                touches=[
                    linkedin(
                        date(2026, 10, 12),
                        "I'm console lead for our launch campaign in March, no way I leave "
                        "before that. Ping me after.",
                    )
                ],
            ),
            on_file("sre", SAT_OPS, "Torrance, CA")(
                "Quentin Alabaster",
                2,
                touches=[
                    linkedin(
                        date(2026, 4, 13),
                        "i'm console lead for the august launch, no way i leave before then. "
                        "ping me after",
                    )
                ],
            ),
        ],
        **role(SATOPS_ROLE, SPRINGS_ONSITE),
    ),
    C(
        "on sea trials until the end of January vs sea trials that ended in September",
        "backend",
        [
            on_file("backend", EMBEDDED, "Barrow-in-Furness, UK")(
                "Hamish Pettigrew",
                1,
                touches=[
                    email(
                        date(2026, 11, 2),
                        "Off on sea trials with the boat till the end of January, no signal "
                        "half the time. Get back to me in February and I'll be all ears.",
                    )
                ],
            ),
            on_file("backend", EMBEDDED, "Barrow-in-Furness, UK")(
                "Alasdair Penhaligon",
                2,
                touches=[
                    email(
                        date(2026, 7, 6),
                        "Off on sea trials with the boat till the end of September, no signal "
                        "most days. Get back to me in October.",
                    )
                ],
            ),
        ],
        **role(MISSION_COMPUTER, BARROW_ONSITE, title="Embedded Software Engineer, Combat Systems"),
    ),
    C(
        "a retention bonus vesting 31 March 2027 vs one that vested in June",
        "data_eng",
        [
            on_file("data_eng", SYSTEMS, "Chantilly, VA")(
                "Percival Dunmore",
                1,
                touches=[
                    call(
                        date(2026, 9, 21),
                        "Cand has a retention bonus vesting 3/31/27 - not walking away from "
                        "that, talk after it pays out.",
                    )
                ],
            ),
            on_file("data_eng", SYSTEMS, "Chantilly, VA")(
                "Jocasta Brindlecombe",
                2,
                touches=[
                    call(
                        date(2026, 3, 2),
                        "Cand has a retention bonus vesting 6/30 - not walking away from that, "
                        "talk after it pays out.",
                    )
                ],
            ),
        ],
        **role(SYSTEMS_ROLE, RESTON_HYBRID),
    ),
    C(
        "an NV1 revalidation AGSVA says runs to Easter vs one said to run to Easter last January",
        "sre",
        [
            on_file("sre", CYBER, "Canberra, ACT, Australia")(
                "Lachlan Brookfield",
                1,
                touches=[
                    call(
                        date(2026, 10, 19),
                        "NV1 revalidation underway, AGSVA reckons it'll run till about Easter. "
                        "Doesn't want to move mid-process, come back after.",
                    )
                ],
            ),
            on_file("sre", CYBER, "Canberra, ACT, Australia")(
                "Mackenzie Strathairn",
                2,
                touches=[
                    call(
                        date(2026, 1, 12),
                        "NV1 reval underway, AGSVA reckons till about Easter. Doesn't want to "
                        "change jobs mid-process - come back after.",
                    )
                ],
            ),
        ],
        **role(CYBER_ROLE, CANBERRA_ONSITE, title="Cyber Security Analyst (NV1)"),
    ),
    C(
        "French: parental leave until May 2027 vs parental leave that ended in August",
        "data_eng",
        [
            on_file("data_eng", SYSTEMS, "Laval, QC, Canada")(
                "Élodie Marchessault",
                1,
                touches=[
                    email(
                        date(2026, 10, 5),
                        "Je suis en congé parental jusqu'en mai 2027. Recontactez-moi à ce "
                        "moment-là, avec plaisir.",
                    )
                ],
            ),
            on_file("data_eng", SYSTEMS, "Laval, QC, Canada")(
                "Géraldine Beauchemin",
                2,
                touches=[
                    email(
                        date(2026, 1, 26),
                        "Je suis en congé parental jusqu'à la fin août. Recontactez-moi en "
                        "septembre, avec plaisir.",
                    )
                ],
            ),
        ],
        **role(SYSTEMS_ROLE, MONTREAL_HYBRID),
    ),
    C(
        "a year to settle in at a start-up joined in September vs one joined last September",
        "backend",
        [
            on_file("backend", where="Costa Mesa, CA")(
                "Ignatius Holloway-Pike",
                1,
                touches=[
                    linkedin(
                        date(2026, 9, 21),
                        "Just started at a defense tech start-up this month. Give it a year "
                        "before you pitch me anything.",
                    )
                ],
            ),
            on_file("backend", where="Costa Mesa, CA")(
                "Bartholomew Achterberg",
                2,
                touches=[
                    linkedin(
                        date(2025, 9, 22),
                        "Just joined a defense tech start-up this month - give it a year "
                        "before pitching me anything.",
                    )
                ],
            ),
        ],
        **role({}, dict(remote_policy="onsite", location="Costa Mesa, CA")),
    ),
]

# --- 3. schedule, travel, clearance and citizenship, contract forms, commute -----------------

SCHEDULE = [
    C(
        "no more rotating 12s vs the Panama schedule never bothered him, a 24/7 ops floor",
        "sre",
        [
            on_file("sre", SAT_OPS, "Colorado Springs, CO")(
                "Dashiell Pemberton",
                0,
                touches=[
                    call(
                        50,
                        "Six yrs on a rotating 12-hr Panama schedule at Schriever. Done with "
                        "shift work - days only, M-F, or he's not interested.",
                    )
                ],
            ),
            on_file("sre", SAT_OPS, "Colorado Springs, CO")(
                "Florian Etheridge",
                2,
                touches=[
                    call(
                        50,
                        "Six yrs on the rotating Panama schedule at Schriever, never bothered "
                        "him - likes the long weekends. Wants more orbit work.",
                    )
                ],
            ),
        ],
        **role(
            SATOPS_ROLE,
            SPRINGS_ONSITE,
            offers=["24/7 operations floor: rotating 12-hour shifts, Panama pattern"],
        ),
    ),
    C(
        "can't do mids vs prefers mids for the differential, a night-shift SOC",
        "sre",
        [
            on_file("sre", CYBER, "Odenton, MD")(
                "Kestrel Baptiste",
                0,
                touches=[
                    linkedin(
                        40,
                        "days only for me, cant do mids - my daughter's got type 1 diabetes and "
                        "I'm on overnight checks",
                    )
                ],
            ),
            on_file("sre", CYBER, "Odenton, MD")(
                "Winslow Achebe",
                2,
                touches=[
                    linkedin(
                        40,
                        "honestly I'd rather be on mids, the night differential pays and the "
                        "SOC is quieter. any mids openings?",
                    )
                ],
            ),
        ],
        **role(
            CYBER_ROLE,
            FORT_MEADE_ONSITE,
            title="SOC Analyst, Mid Shift (2300-0700)",
            offers=["Night shift differential of 15%"],
        ),
    ),
    C(
        "no weekend work vs test-campaign weekends fine after years at Pax",
        "sre",
        [
            on_file("sre", FLIGHT_TEST, "Lexington Park, MD")(
                "Gwendolyn Rutherford",
                0,
                touches=[
                    call(
                        60,
                        "Won't do weekend work. Saturdays are swim meets and Sundays are church, "
                        "not negotiable.",
                    )
                ],
            ),
            on_file("sre", FLIGHT_TEST, "Lexington Park, MD")(
                "Henrietta Vashchenko",
                2,
                touches=[
                    call(
                        60,
                        "Weekend flying during test campaigns is fine - did it at Pax for years. "
                        "Wants more control-room time.",
                    )
                ],
            ),
        ],
        **role(
            FTE_ROLE,
            PAX_ONSITE,
            offers=["Test campaign weeks include Saturday and Sunday sorties"],
        ),
    ),
    C(
        "sick of 1-in-3 on-call, 1-in-8 fine vs no on-call of any kind, a 1-in-8 rota",
        "backend",
        [
            on_file("backend", where="Huntsville, AL")(
                "Roderick Mbeki-Lund",
                2,
                touches=[
                    email(
                        70,
                        "The on-call at my current place is 1 week in 3 and it's killing me. "
                        "Something like 1 in 8 would be perfectly fine.",
                    )
                ],
            ),
            on_file("backend", where="Huntsville, AL")(
                "Thaddeus Crabtree",
                0,
                touches=[
                    email(
                        70,
                        "I won't take a job with any on-call. Not 1 in 3, not 1 in 10. I sleep "
                        "at night now and I'm keeping it that way.",
                    )
                ],
            ),
        ],
        **role(
            {},
            HUNTSVILLE_ONSITE,
            offers=["On-call rota one week in eight for the ground-test data services"],
        ),
    ),
    C(
        "4-on-4-off fine vs needs Monday to Friday for the school run, shipyard shifts",
        "cs",
        [
            on_file("cs", AVIONICS_TECH, "Barrow-in-Furness, UK")(
                "Gareth Pennington-Rae",
                2,
                touches=[
                    call(
                        45,
                        "Spoke to him - 4 on 4 off continental suits him, did it in the RAF. "
                        "Keen on the yard.",
                    )
                ],
            ),
            on_file("cs", AVIONICS_TECH, "Barrow-in-Furness, UK")(
                "Dylan Thwaites",
                0,
                touches=[
                    call(
                        45,
                        "Spoke to him - needs Mon-Fri 8 till 4, he does the school run both "
                        "ends. No shifts.",
                    )
                ],
            ),
        ],
        **role(
            TECH_ROLE,
            BARROW_ONSITE,
            title="Electrical Systems Technician, Submarine Build",
            offers=["Continental shifts: four days on, four days off, days and nights"],
        ),
    ),
    C(
        "wants every other Friday off vs no view on hours, a 9/80 role",
        "data_eng",
        [
            on_file("data_eng", SYSTEMS, "Dayton, OH")(
                "Ambrose Castellanos",
                2,
                touches=[
                    ats(
                        80,
                        "Big ask for him is every other Fri off - 9/80 or a compressed week. "
                        "Current employer killed theirs in July.",
                    )
                ],
            ),
            on_file("data_eng", SYSTEMS, "Dayton, OH")(
                "Leopold Varga",
                1,
                touches=[ats(80, "Solid SE, DOORS+Cameo, open to hearing about WPAFB work.")],
            ),
        ],
        **role(SYSTEMS_ROLE, DAYTON_ONSITE, offers=["9/80 schedule: every other Friday off"]),
    ),
]

TRAVEL = [
    C(
        "up to half his time at the ranges vs a couple of nights a month at most",
        "sre",
        [
            on_file("sre", FLIGHT_TEST, "Dayton, OH")(
                "Cornelius Rookwood-Adjei",
                2,
                touches=[
                    call(
                        55,
                        "Happy to live out of a bag at White Sands or Edwards up to 50% - kids "
                        "are grown, wife travels too.",
                    )
                ],
            ),
            on_file("sre", FLIGHT_TEST, "Dayton, OH")(
                "Barnaby Okonjo",
                0,
                touches=[
                    call(
                        55,
                        "Single dad, two kids at home. A couple of nights a month away is his "
                        "max, no more.",
                    )
                ],
            ),
        ],
        **role(
            FTE_ROLE,
            DAYTON_ONSITE,
            offers=["Travel about 40% to White Sands Missile Range and Edwards AFB"],
        ),
    ),
    C(
        "no overnight stays as a carer vs used to be on the road to Faslane fortnightly",
        "data_eng",
        [
            on_file("data_eng", SYSTEMS, "Portsmouth, UK")(
                "Wilhelmina Pascoe",
                0,
                touches=[
                    email(
                        35,
                        "I'm my mum's carer so I can't do overnight stays, I'm afraid - has to "
                        "be home every evening.",
                    )
                ],
            ),
            on_file("data_eng", SYSTEMS, "Portsmouth, UK")(
                "Imogen Polkinghorne-Shaw",
                2,
                touches=[
                    email(
                        35,
                        "Travel's no problem - at my last job I was up to Faslane every other "
                        "week. Happy to do the same to Barrow and Devonport.",
                    )
                ],
            ),
        ],
        **role(
            SYSTEMS_ROLE,
            PORTSMOUTH_ONSITE,
            title="Systems Engineer, Naval Platforms",
            offers=["Monthly trips of two or three nights to Barrow and Devonport"],
        ),
    ),
    C(
        "no deployments after two tours vs wants a deployable role for the uplift",
        "cs",
        [
            on_file("cs", AVIONICS_TECH, "Fayetteville, NC")(
                "Marcus Delacroix-Hume",
                0,
                touches=[
                    call(
                        65,
                        "Prior Army, 2 tours. No deployments, no OCONUS, not going back to the "
                        "sandbox for any money.",
                    )
                ],
            ),
            on_file("cs", AVIONICS_TECH, "Fayetteville, NC")(
                "Jethro Amankwah",
                2,
                touches=[
                    call(
                        65,
                        "Prior Army. Wants a deployable contractor slot - the OCONUS uplift and "
                        "the tax break are the whole reason he's looking.",
                    )
                ],
            ),
        ],
        **role(
            TECH_ROLE,
            dict(remote_policy="onsite", location="Deployed (CENTCOM AOR)"),
            title="Avionics Field Service Technician (deployed)",
            offers=["Six-month rotations overseas with an OCONUS uplift"],
        ),
    ),
    C(
        "left Boeing over 60% travel vs likes travel, a desk role with no travel",
        "backend",
        [
            on_file("backend", EMBEDDED, "Dayton, OH")(
                "Ptolemy Ferrante",
                2,
                touches=[
                    call(
                        80,
                        "Left Boeing because of 60% travel to St Louis. Wants to be home for "
                        "dinner every night.",
                    )
                ],
            ),
            on_file("backend", EMBEDDED, "Dayton, OH")(
                "Anselm Kowalczyk",
                1,
                touches=[call(80, "Likes a bit of travel, gets restless at a desk all week.")],
            ),
        ],
        **role(MISSION_COMPUTER, DAYTON_ONSITE, offers=["No travel: lab-based in Beavercreek"]),
    ),
    C(
        "won't fly long-haul vs would jump at AUKUS trips to Adelaide",
        "backend",
        [
            on_file("backend", EMBEDDED, "Groton, CT")(
                "Evander Whitlock",
                0,
                touches=[
                    linkedin(
                        70,
                        "domestic trips are ok but I won't fly long-haul anymore, my back can't "
                        "take 20 hrs in economy",
                    )
                ],
            ),
            on_file("backend", EMBEDDED, "Groton, CT")(
                "Caspian Ruddock",
                2,
                touches=[
                    linkedin(
                        70,
                        "I'd jump at anything with AUKUS trips to Adelaide or Barrow, been "
                        "trying to get on that work for a year",
                    )
                ],
            ),
        ],
        **role(
            MISSION_COMPUTER,
            dict(remote_policy="onsite", location="Groton, CT"),
            title="Embedded Software Engineer, AUKUS Combat Systems",
            offers=["Three two-week trips a year to Adelaide, Australia"],
        ),
    ),
    C(
        "a 25% travel cap vs under 10% or no deal, a role with about 20% travel",
        "sre",
        [
            on_file("sre", SAT_OPS, "Huntsville, AL")(
                "Sterling Mbatha",
                2,
                touches=[ats(45, "Travel: up to 25% OK. Has been to the Cape for 3 launches.")],
            ),
            on_file("sre", SAT_OPS, "Huntsville, AL")(
                "Octavius Fenwick",
                0,
                touches=[ats(45, "Travel <10% or no deal. Wife deployed till 2028.")],
            ),
        ],
        **role(
            SATOPS_ROLE,
            HUNTSVILLE_ONSITE,
            offers=["Travel about 20% to Cape Canaveral for launch support"],
        ),
    ),
    C(
        "TDY life fine at GSA per diem vs no more TDYs after 200 hotel nights",
        "sre",
        [
            on_file("sre", CYBER, "Fort Walton Beach, FL")(
                "Augustin Pellegrino",
                2,
                touches=[
                    linkedin(
                        30,
                        "TDY life is fine w/ me as long as per diem is GSA rate and I get my "
                        "points. where to?",
                    )
                ],
            ),
            on_file("sre", CYBER, "Fort Walton Beach, FL")(
                "Zebulon Farquharson",
                0,
                touches=[
                    linkedin(
                        30,
                        "no more TDYs. I've spent 200 nights in Marriotts this year and my kids "
                        "barely know me",
                    )
                ],
            ),
        ],
        **role(
            CYBER_ROLE,
            dict(remote_policy="onsite", location="Eglin AFB, FL"),
            title="Cyber Assessment Analyst (TDY)",
            offers=["Frequent TDYs to Tyndall and Hurlburt Field, GSA per diem"],
        ),
    ),
    C(
        "not doing FIFO again vs FIFO suited him at the mine, a Woomera swing",
        "sre",
        [
            on_file("sre", FLIGHT_TEST, "Adelaide, SA, Australia")(
                "Jarrah McConnochie",
                0,
                touches=[
                    call(
                        50,
                        "Did FIFO in the Pilbara for four years. Not doing FIFO again - wants "
                        "to be home every night with the missus.",
                    )
                ],
            ),
            on_file("sre", FLIGHT_TEST, "Adelaide, SA, Australia")(
                "Torquil Mactaggart-Rowe",
                2,
                touches=[
                    call(
                        50,
                        "Did FIFO in the Pilbara, an 8/6 swing suited him down to the ground. "
                        "Keen to get onto range work.",
                    )
                ],
            ),
        ],
        **role(
            FTE_ROLE,
            dict(remote_policy="onsite", location="Woomera, SA, Australia"),
            title="Range Flight Test Engineer, Woomera",
            offers=["FIFO from Adelaide: two weeks on, one week off"],
        ),
    ),
]

VISA = [
    C(
        "a green-card holder vs a naturalised citizen with an active TS/SCI, citizens only",
        "backend",
        [
            on_file("backend", where="Springfield, VA")(
                "Anand Raghunathan",
                0,
                touches=[
                    call(
                        60,
                        "LPR (green card) since 2021, naturalization interview not till 2027. "
                        "No clearance yet.",
                    )
                ],
            ),
            on_file("backend", where="Springfield, VA")(
                "Viktor Halvorsen-Diaz",
                2,
                touches=[
                    call(
                        60,
                        "Naturalized 2019, US citizen. Active TS/SCI through his current sub, "
                        "PR done 2024.",
                    )
                ],
            ),
        ],
        **role(
            {},
            CHANTILLY_ONSITE,
            title="Software Engineer (TS/SCI, U.S. citizenship required)",
        ),
    ),
    C(
        "a Secret lapsed when he went commercial vs a current Secret, no sponsorship",
        "backend",
        [
            on_file("backend", EMBEDDED, "San Diego, CA")(
                "Emeric Salisbury",
                0,
                touches=[
                    ats(
                        70,
                        "Secret lapsed 2021 when he went to commercial avionics. Would need "
                        "re-sponsoring from scratch.",
                    )
                ],
            ),
            on_file("backend", EMBEDDED, "San Diego, CA")(
                "Crispin Yarborough",
                2,
                touches=[
                    ats(70, "Secret current per DISS, in CE. No breaks in access since 2015.")
                ],
            ),
        ],
        **role(
            MISSION_COMPUTER,
            SAN_DIEGO_ONSITE,
            requirements="Active Secret clearance (no sponsorship)\nC and C++\nVxWorks\nDO-178C",
        ),
    ),
    C(
        "never cleared but happy to fill in an SF-86 vs won't do an SF-86 again, sponsored",
        "data_eng",
        [
            on_file("data_eng", SYSTEMS, "Huntsville, AL")(
                "Linnea Ashcombe",
                2,
                touches=[
                    email(
                        65,
                        "I've never held a clearance but I'm a US citizen with a clean record "
                        "and happy to go through the SF-86.",
                    )
                ],
            ),
            on_file("data_eng", SYSTEMS, "Huntsville, AL")(
                "Rosalind Umeh",
                0,
                touches=[
                    email(
                        65,
                        "I did an SF-86 once and I won't do it again - too intrusive. Uncleared "
                        "work only for me from now on.",
                    )
                ],
            ),
        ],
        **role(
            SYSTEMS_ROLE,
            REDSTONE_ONSITE,
            offers=["Secret clearance sponsored for the right candidate"],
        ),
    ),
    C(
        "SC held and happy to go to DV vs holds SC and refused DV at BAE",
        "backend",
        [
            on_file("backend", EMBEDDED, "Ulverston, UK")(
                "Fergus Lonsdale",
                2,
                touches=[
                    call(
                        40,
                        "SC held via Thales. Happy to go through DV - knows the questionnaire "
                        "and the interview, nothing to hide.",
                    )
                ],
            ),
            on_file("backend", EMBEDDED, "Ulverston, UK")(
                "Ewan Gillespie-Hart",
                0,
                touches=[
                    call(
                        40,
                        "SC held. Refused DV when BAE asked two years ago - says the finances "
                        "and relationships interview is a step too far.",
                    )
                ],
            ),
        ],
        **role(
            MISSION_COMPUTER,
            BARROW_ONSITE,
            title="Embedded Software Engineer (DV required)",
            requirements="DV clearance or willing to undergo DV\nC and C++\nReal-time software",
        ),
    ),
    C(
        "on a Skilled Worker visa, so UK Eyes Only is out vs British with SC held",
        "data_eng",
        [
            on_file("data_eng", SYSTEMS, "Farnborough, UK")(
                "Prakash Ilangovan-Reddy",
                0,
                touches=[
                    email(
                        50,
                        "I'm an Indian national on a Skilled Worker visa, so UK Eyes Only posts "
                        "are out for me until I naturalise.",
                    )
                ],
            ),
            on_file("data_eng", SYSTEMS, "Farnborough, UK")(
                "Aurelia Stonehouse",
                2,
                touches=[
                    email(
                        50,
                        "British citizen, SC held through Leonardo, and I'd love something "
                        "closer to Farnborough than Luton.",
                    )
                ],
            ),
        ],
        **role(
            SYSTEMS_ROLE,
            FARNBOROUGH_ONSITE,
            title="Systems Engineer (UK Eyes Only)",
        ),
    ),
    C(
        "Reliability only, sponsored to Secret vs a permanent resident with three years here",
        "sre",
        [
            on_file("sre", CYBER, "Ottawa, ON, Canada")(
                "Siobhan Ferraday",
                2,
                touches=[
                    call(
                        55,
                        "Canadian citizen, Reliability status only but ready to be sponsored "
                        "for Secret (Level II). Ottawa born and raised.",
                    )
                ],
            ),
            on_file("sre", CYBER, "Ottawa, ON, Canada")(
                "Dariusz Wojnarowski",
                0,
                touches=[
                    call(
                        55,
                        "PR since 2023, only three years of Canadian history - he says the "
                        "Secret background checks stalled for him last time.",
                    )
                ],
            ),
        ],
        **role(
            CYBER_ROLE,
            OTTAWA_ONSITE,
            offers=["Secret (Level II) clearance sponsored through the CSP"],
        ),
    ),
    C(
        "a New Zealander who can't hold a clearance yet vs an Australian with Baseline",
        "sre",
        [
            on_file("sre", SAT_OPS, "Adelaide, SA, Australia")(
                "Tamati Whitcombe",
                0,
                touches=[
                    whatsapp(
                        45,
                        "kia ora, heads up I'm a kiwi on the 444 visa so I can't hold an AGSVA "
                        "clearance till I get citizenship",
                    )
                ],
            ),
            on_file("sre", SAT_OPS, "Adelaide, SA, Australia")(
                "Kirrily Dunstan",
                2,
                touches=[
                    whatsapp(
                        45,
                        "aussie citizen, baseline current, keen to step up to NV1 if the job "
                        "needs it",
                    )
                ],
            ),
        ],
        **role(
            SATOPS_ROLE,
            ADELAIDE_ONSITE,
            requirements=(
                "Australian citizen\nBaseline minimum, NV1 sponsored\nSpacecraft operations"
            ),
        ),
    ),
    C(
        "a CI poly but never a full scope vs a current full-scope poly",
        "backend",
        [
            on_file("backend", where="Annapolis Junction, MD")(
                "Osborne Kitteridge",
                0,
                touches=[
                    call(
                        50,
                        "Has TS/SCI with CI poly. Will not sit a full scope - says the "
                        "lifestyle questions are a line for him.",
                    )
                ],
            ),
            on_file("backend", where="Annapolis Junction, MD")(
                "Leontyne Ashdown",
                2,
                touches=[call(50, "TS/SCI with FSP, current - poly done spring 2024.")],
            ),
        ],
        **role(
            {},
            FORT_MEADE_ONSITE,
            title="Software Engineer (TS/SCI with Full Scope Polygraph)",
        ),
    ),
]

CONTRACT = [
    C(
        "full-time employee only for the benefits vs contract fine on Tricare, a W-2 contract",
        "manager",
        [
            on_file("manager", PROGRAMME, "Colorado Springs, CO")(
                "Reginald Okafor-Wynn",
                0,
                touches=[
                    call(
                        60,
                        "FTE only - wife's on his medical and they have a kid with a heart "
                        "condition. Won't touch contract work.",
                    )
                ],
            ),
            on_file("manager", PROGRAMME, "Colorado Springs, CO")(
                "Montgomery Bassett",
                2,
                touches=[
                    call(
                        60,
                        "Retired Air Force, has Tricare and a pension, so a W-2 contract is "
                        "fine by him - actually prefers the hourly rate.",
                    )
                ],
            ),
        ],
        **role(
            PM_ROLE,
            SPRINGS_ONSITE,
            title="Programme Manager (W-2 contract, 12 months)",
            offers=["W-2 hourly contract on the task order, no benefits"],
        ),
    ),
    C(
        "only through his Ltd outside IR35 vs perm only, done with contracting",
        "backend",
        [
            on_file("backend", EMBEDDED, "Bristol, UK")(
                "Digby Harcourt-Vane",
                2,
                touches=[
                    email(
                        45,
                        "I only work through my own Ltd now, outside IR35. Day rate over perm "
                        "every time.",
                    )
                ],
            ),
            on_file("backend", EMBEDDED, "Bristol, UK")(
                "Jeremiah Stallworth",
                0,
                touches=[
                    email(
                        45,
                        "Perm only please. Did three years contracting after the IR35 changes "
                        "and I'm done with it.",
                    )
                ],
            ),
        ],
        **role(
            MISSION_COMPUTER,
            FILTON_HYBRID,
            title="Embedded Software Contractor (outside IR35)",
            offers=["£600 a day outside IR35, six-month initial term"],
        ),
    ),
    C(
        "wants three days a week winding down vs needs full-time hours, a part-time APS role",
        "cs",
        [
            on_file("cs", SECURITY_OFFICER, "Canberra, ACT, Australia")(
                "Margery Fitzsimmons",
                2,
                touches=[
                    call(
                        40,
                        "Winding down towards retirement - looking for three days a week, "
                        "happy with non-ongoing.",
                    )
                ],
            ),
            on_file("cs", SECURITY_OFFICER, "Canberra, ACT, Australia")(
                "Beatrix Oyelowo",
                0,
                touches=[
                    call(
                        40,
                        "Needs full-time hours, single income with a mortgage in Gungahlin.",
                    )
                ],
            ),
        ],
        **role(
            FSO_ROLE,
            CANBERRA_ONSITE,
            title="Agency Security Adviser (part-time, 22.5 hours a week)",
            offers=["Non-ongoing APS 6, part-time three days a week"],
        ),
    ),
    C(
        "won't take a contingent offer after a protest vs knows how contingent hires work",
        "data_eng",
        [
            on_file("data_eng", SYSTEMS, "Ashburn, VA")(
                "Nathaniel Oduya",
                0,
                touches=[
                    call(
                        75,
                        "Won't accept a contingent offer again - resigned for one in 2024, the "
                        "award got protested and he was out of work four months.",
                    )
                ],
            ),
            on_file("data_eng", SYSTEMS, "Ashburn, VA")(
                "Horatio Tewkesbury-Nair",
                2,
                touches=[
                    call(
                        75,
                        "Fine with contingent offers, been through three award cycles, knows "
                        "the drill. Wants an SE lead spot.",
                    )
                ],
            ),
        ],
        **role(
            SYSTEMS_ROLE,
            RESTON_HYBRID,
            title="Senior Systems Engineer (contingent upon contract award)",
        ),
    ),
]

COMMUTE = [
    C(
        "anything past Tysons is a no vs leaves at five and doesn't mind Chantilly",
        "backend",
        [
            on_file("backend", where="Frederick, MD")(
                "Leopoldine Carstairs",
                0,
                touches=[
                    ats(
                        50,
                        "Lives Frederick. Anything past Tysons is a no - Legion Bridge every "
                        "morning nearly ended her last job.",
                    )
                ],
            ),
            on_file("backend", where="Frederick, MD")(
                "Ottoline Rafferty",
                2,
                touches=[
                    ats(
                        50,
                        "Lives Frederick. Doesn't mind driving to Chantilly, leaves at 0500 and "
                        "listens to podcasts, back by 1530.",
                    )
                ],
            ),
        ],
        **role({}, CHANTILLY_ONSITE),
    ),
    C(
        "anywhere in Research Park but not through the Gate 9 queue vs fine with the gate",
        "data_eng",
        [
            on_file("data_eng", SYSTEMS, "Madison, AL")(
                "Clementine Oyelaran-Boyd",
                0,
                touches=[
                    call(
                        40,
                        "Happy anywhere in Cummings Research Park, just not on the Arsenal - the "
                        "Gate 9 queue is 45 min some mornings.",
                    )
                ],
            ),
            on_file("data_eng", SYSTEMS, "Madison, AL")(
                "Wendeline Strickland",
                2,
                touches=[
                    call(
                        40,
                        "Doesn't mind the gate at all, 25 minutes door to door from Madison. "
                        "Wants an Army program.",
                    )
                ],
            ),
        ],
        **role(SYSTEMS_ROLE, REDSTONE_ONSITE),
    ),
    C(
        "Reading to Farnborough is fine vs half an hour on the M3 at most",
        "backend",
        [
            on_file("backend", EMBEDDED, "Reading, UK")(
                "Tristram Ellery",
                2,
                touches=[
                    email(
                        55,
                        "Max 45 mins each way by car - Reading to Farnborough is fine, I've "
                        "done it before.",
                    )
                ],
            ),
            on_file("backend", EMBEDDED, "Reading, UK")(
                "Peregrine Askwith",
                0,
                touches=[
                    email(
                        55,
                        "No more than half an hour in the car - I'm not sitting on the M4 and "
                        "M3 every day again.",
                    )
                ],
            ),
        ],
        **role(MISSION_COMPUTER, FARNBOROUGH_ONSITE),
    ),
    C(
        "Queanbeyan to Russell is fifteen minutes vs walking distance of Brindabella Park only",
        "sre",
        [
            on_file("sre", CYBER, "Queanbeyan, NSW, Australia")(
                "Saoirse Dunleavy-Marr",
                2,
                touches=[
                    whatsapp(
                        35,
                        "russell would be perfect tbh, 15 mins from queanbeyan and i can park "
                        "at the offices",
                    )
                ],
            ),
            on_file("sre", CYBER, "Queanbeyan, NSW, Australia")(
                "Bronwyn Athersmith",
                0,
                touches=[
                    whatsapp(
                        35,
                        "has to be within walking distance of brindabella park, i don't drive "
                        "and the buses from here are hopeless",
                    )
                ],
            ),
        ],
        **role(
            CYBER_ROLE,
            dict(remote_policy="onsite", location="Russell Offices, Canberra, ACT, Australia"),
        ),
    ),
    C(
        "not doing I-15 to Point Loma vs an hour is fine with a 9/80",
        "sre",
        [
            on_file("sre", CYBER, "Escondido, CA")(
                "Valentina Rosenkrantz",
                0,
                touches=[
                    linkedin(
                        45,
                        "I-15 down to Point Loma is 90 min at rush hour, not doing that every "
                        "day. Anything north county?",
                    )
                ],
            ),
            on_file("sre", CYBER, "Escondido, CA")(
                "Marguerite Oyenuga",
                2,
                touches=[
                    linkedin(
                        45,
                        "an hour each way doesn't bother me if there's a 9/80, done it to "
                        "Point Loma before",
                    )
                ],
            ),
        ],
        **role(
            CYBER_ROLE,
            dict(remote_policy="onsite", location="Naval Base Point Loma, San Diego, CA"),
            offers=["9/80 schedule"],
        ),
    ),
    C(
        "Gatineau to Kanata over the bridges in winter is a no vs carpools there in forty",
        "backend",
        [
            on_file("backend", EMBEDDED, "Gatineau, QC, Canada")(
                "Anatole Beaulieu-Grant",
                0,
                touches=[
                    call(
                        50,
                        "Max 30 min. Gatineau to Kanata over the bridges is an hour in winter - "
                        "he won't do it.",
                    )
                ],
            ),
            on_file("backend", EMBEDDED, "Gatineau, QC, Canada")(
                "Maximilien Carrière",
                2,
                touches=[
                    call(
                        50,
                        "Carpools with a buddy to the March Road campus already, 40 min is "
                        "fine. Wants more RTOS work.",
                    )
                ],
            ),
        ],
        **role(
            MISSION_COMPUTER,
            dict(remote_policy="onsite", location="Kanata, Ottawa, ON, Canada"),
        ),
    ),
]

# --- 4. pay against the band ----------------------------------------------------------------

PAY = [
    C(
        "GS-14 minimum vs would take a GS-13 to get into civil service",
        "backend",
        [
            on_file("backend", EMBEDDED, "Beavercreek, OH")(
                "Sylvester Abernathy-Cole",
                0,
                touches=[
                    call(
                        60,
                        "Fed-side interest but GS-14 minimum, won't take a step back to a 13.",
                    )
                ],
            ),
            on_file("backend", EMBEDDED, "Beavercreek, OH")(
                "Cuthbert Villanueva",
                2,
                touches=[
                    call(
                        60,
                        "Would take a GS-13 to get into civil service - on 95k at a sub with "
                        "no pension.",
                    )
                ],
            ),
        ],
        **role(
            MISSION_COMPUTER,
            dict(remote_policy="onsite", location="Wright-Patterson AFB, Dayton, OH"),
            title="Computer Engineer, GS-0854-13",
            salary_min=106_000,
            salary_max=138_000,
            currency="USD",
            offers=["GS-13 with Dayton locality pay, FERS pension and TSP"],
        ),
    ),
    C(
        "needs $185k for the poly vs $150k would do it, a $140-160k role",
        "backend",
        [
            on_file("backend", where="Columbia, MD")(
                "Bertrand Oluwaseun",
                0,
                touches=[
                    ats(
                        40,
                        "Wants 185k to move, says FSP people in the corridor are getting that. "
                        "Firm.",
                    )
                ],
            ),
            on_file("backend", where="Columbia, MD")(
                "Desmond Kilbane-Osei",
                2,
                touches=[ats(40, "150k base would do it for him. FSP current.")],
            ),
        ],
        **role(
            {},
            FORT_MEADE_ONSITE,
            title="Software Engineer (TS/SCI with polygraph)",
            salary_min=140_000,
            salary_max=160_000,
            currency="USD",
        ),
    ),
    C(
        "won't move north for under £75k vs £60k plus relocation would tempt her",
        "backend",
        [
            on_file("backend", EMBEDDED, "Manchester, UK")(
                "Eleanor Pendlebury",
                0,
                touches=[
                    email(
                        55,
                        "I'm not moving up to Barrow for less than £75k, simple as that.",
                    )
                ],
            ),
            on_file("backend", EMBEDDED, "Manchester, UK")(
                "Harriet Oyewole-Grey",
                2,
                touches=[
                    email(
                        55,
                        "£60k with a proper relocation package would genuinely tempt me to "
                        "move to Barrow.",
                    )
                ],
            ),
        ],
        **role(
            MISSION_COMPUTER,
            BARROW_ONSITE,
            salary_min=55_000,
            salary_max=65_000,
            currency="GBP",
            offers=["Relocation package up to £8,000"],
        ),
    ),
    C(
        "$135k plus super would see her move vs wants $190k base, an EL1 band",
        "sre",
        [
            on_file("sre", CYBER, "Canberra, ACT, Australia")(
                "Kirralee Macquarie",
                2,
                touches=[call(45, "135k + super would see her move to the department.")],
            ),
            on_file("sre", CYBER, "Canberra, ACT, Australia")(
                "Roslyn Papadakis",
                0,
                touches=[
                    call(
                        45,
                        "Wants 190k base minimum - that's what the consultancies pay her now.",
                    )
                ],
            ),
        ],
        **role(
            CYBER_ROLE,
            CANBERRA_ONSITE,
            title="Cyber Security Analyst (APS Executive Level 1)",
            salary_min=130_000,
            salary_max=145_000,
            currency="AUD",
            offers=["15.4% superannuation on top of salary"],
        ),
    ),
    C(
        "a $120 an hour floor vs $100 an hour incorporated fine, a $95-110 contract",
        "data_eng",
        [
            on_file("data_eng", SYSTEMS, "Ottawa, ON, Canada")(
                "Gregoire Tremblay-Shaw",
                0,
                touches=[
                    email(
                        50,
                        "My floor is $120/hr incorporated. Below that I'll stay where I am.",
                    )
                ],
            ),
            on_file("data_eng", SYSTEMS, "Ottawa, ON, Canada")(
                "Ambroise Lalonde",
                2,
                touches=[
                    email(
                        50,
                        "$100/hr incorporated is fine, I care more about being on a real program.",
                    )
                ],
            ),
        ],
        **role(
            SYSTEMS_ROLE,
            OTTAWA_ONSITE,
            title="Systems Engineer (contract, incorporated)",
            salary_min=95,
            salary_max=110,
            currency="CAD",
            offers=["$95-$110 an hour incorporated, one-year term"],
        ),
    ),
    C(
        "paid $175k now but would take $155k vs paid $150k and wants 20% more",
        "backend",
        [
            on_file("backend", where="Fairfax, VA")(
                "Lucius Hargreave",
                2,
                touches=[
                    call(
                        50,
                        "Currently on 175k at Booz but would take 155k to get off the Beltway "
                        "and into Reston.",
                    )
                ],
            ),
            on_file("backend", where="Fairfax, VA")(
                "Evangeline Osei-Bonsu",
                0,
                touches=[
                    call(
                        50,
                        "Currently on 150k and wants a 20% bump to move, nothing less.",
                    )
                ],
            ),
        ],
        **role(
            {},
            RESTON_HYBRID,
            salary_min=140_000,
            salary_max=160_000,
            currency="USD",
        ),
    ),
]

# --- 5. last time's reason against this role, the history with us, the latest process -------

PAST_SCIF_FIVE = dict(remote_policy="onsite", location="Chantilly, VA")
PAST_NOVA_PAY = dict(
    remote_policy="hybrid", location="Reston, VA", salary_max=130_000, currency="USD"
)
PAST_HUNTSVILLE = dict(remote_policy="onsite", location="Huntsville, AL")
PAST_BARROW = dict(remote_policy="onsite", location="Barrow-in-Furness, UK")
PAST_PAX_TRAVEL = dict(
    remote_policy="onsite",
    location="Dayton, OH",
    offers=["Travel 50% to Patuxent River"],
)

RESOLVED = [
    C(
        "turned down five days on site for two telework days vs wants full telework",
        "backend",
        [
            on_file("backend", where="Manassas, VA")(
                "Winifred Ashdown-Ebo",
                2,
                apps=[
                    declined(
                        240,
                        "remote_policy",
                        "Turned us down: needs at least two telework days, that req was five "
                        "days badged in.",
                        past=PAST_SCIF_FIVE,
                        role="Software Engineer",
                    )
                ],
            ),
            on_file("backend", where="Manassas, VA")(
                "Araminta Solberg-Nash",
                0,
                apps=[
                    declined(
                        240,
                        "remote_policy",
                        "Turned us down: wants 100% telework and won't badge in anywhere, ever.",
                        past=PAST_SCIF_FIVE,
                        role="Software Engineer",
                    )
                ],
            ),
        ],
        **role({}, RESTON_HYBRID),
    ),
    C(
        "declined at a $130k cap, this band is higher vs declined asking $190k",
        "data_eng",
        [
            on_file("data_eng", SYSTEMS, "Herndon, VA")(
                "Fenwick Adeyemi-Ross",
                2,
                apps=[
                    declined(
                        300,
                        "compensation",
                        "Declined - wanted 145k, req capped at 130k.",
                        past=PAST_NOVA_PAY,
                        role="Systems Engineer",
                    )
                ],
            ),
            on_file("data_eng", SYSTEMS, "Herndon, VA")(
                "Rupertina Galloway",
                0,
                apps=[
                    declined(
                        300,
                        "compensation",
                        "Declined - wanted 190k, req capped at 130k, wouldn't budge.",
                        past=PAST_NOVA_PAY,
                        role="Systems Engineer",
                    )
                ],
            ),
        ],
        **role(
            SYSTEMS_ROLE,
            RESTON_HYBRID,
            salary_min=145_000,
            salary_max=165_000,
            currency="USD",
        ),
    ),
    C(
        "turned away on an interim Secret now made final vs still interim",
        "backend",
        [
            on_file("backend", EMBEDDED, "San Diego, CA")(
                "Horace Blackwood-Tan",
                2,
                apps=[
                    turned_away(
                        200,
                        "other",
                        "Only had an interim Secret; the program needed a final.",
                        stage="final",
                        role="Embedded Software Engineer",
                    )
                ],
                touches=[
                    email(
                        date(2026, 8, 17),
                        "Good news - my final Secret was adjudicated last week. Would love "
                        "another shot.",
                    )
                ],
            ),
            on_file("backend", EMBEDDED, "San Diego, CA")(
                "Gideon Stavrakis-Lowe",
                0,
                apps=[
                    turned_away(
                        200,
                        "other",
                        "Interim Secret only; the program needed it final.",
                        stage="final",
                        role="Embedded Software Engineer",
                    )
                ],
                touches=[
                    email(
                        date(2026, 8, 17),
                        "Still sitting on an interim, DCSA says the backlog is months. Would "
                        "love another shot when it's final.",
                    )
                ],
            ),
        ],
        **role(
            MISSION_COMPUTER,
            SAN_DIEGO_ONSITE,
            requirements="Final Secret clearance\nC and C++\nVxWorks\nDO-178C",
        ),
    ),
    C(
        "wouldn't move to Huntsville as his wife works in the Springs vs wouldn't leave Huntsville",
        "sre",
        [
            on_file("sre", SAT_OPS, "Colorado Springs, CO")(
                "Barnabas Threlfall",
                2,
                apps=[
                    withdrew(
                        260,
                        "location",
                        "Withdrew - wouldn't relocate to Huntsville, wife's job is in Colorado "
                        "Springs.",
                        past=PAST_HUNTSVILLE,
                        role="Satellite Operations Engineer",
                    )
                ],
            ),
            on_file("sre", SAT_OPS, "Colorado Springs, CO")(
                "Obadiah Pennywhistle",
                0,
                apps=[
                    withdrew(
                        260,
                        "location",
                        "Withdrew - he's not leaving Huntsville, kids at school on the Arsenal "
                        "and a house he loves.",
                        past=PAST_HUNTSVILLE,
                        role="Satellite Operations Engineer",
                    )
                ],
                location="Huntsville, AL",
            ),
        ],
        **role(SATOPS_ROLE, SPRINGS_ONSITE),
    ),
    C(
        "pulled out over no relocation help, this role pays it vs won't live in Barrow at all",
        "backend",
        [
            on_file("backend", EMBEDDED, "Derby, UK")(
                "Cedric Ollerenshaw",
                2,
                apps=[
                    withdrew(
                        330,
                        "location",
                        "Pulled out: no relocation support to Barrow and he couldn't fund the "
                        "move himself.",
                        stage="final",
                        past=PAST_BARROW,
                        role="Embedded Software Engineer",
                    )
                ],
            ),
            on_file("backend", EMBEDDED, "Derby, UK")(
                "Reginaldo Fairclough",
                0,
                apps=[
                    withdrew(
                        330,
                        "location",
                        "Pulled out: won't live in Barrow, full stop - too far from everything "
                        "for his family.",
                        stage="final",
                        past=PAST_BARROW,
                        role="Embedded Software Engineer",
                    )
                ],
            ),
        ],
        **role(
            MISSION_COMPUTER,
            BARROW_ONSITE,
            offers=["Full relocation package to Barrow-in-Furness, up to £10,000"],
        ),
    ),
    C(
        "withdrew over 50% travel, this role has none vs withdrew wanting remote, on site again",
        "sre",
        [
            on_file("sre", FLIGHT_TEST, "Dayton, OH")(
                "Ezekiel Hawthornthwaite",
                2,
                apps=[
                    withdrew(
                        280,
                        "other",
                        "Withdrew - 50% travel to Pax River was too much with a newborn.",
                        past=PAST_PAX_TRAVEL,
                        role="Flight Test Engineer",
                    )
                ],
            ),
            on_file("sre", FLIGHT_TEST, "Dayton, OH")(
                "Jedediah Ravensworth",
                0,
                apps=[
                    withdrew(
                        280,
                        "remote_policy",
                        "Withdrew - wanted a remote data-analysis role, not on site at the base.",
                        past=PAST_PAX_TRAVEL,
                        role="Flight Test Engineer",
                    )
                ],
            ),
        ],
        **role(
            FTE_ROLE,
            dict(remote_policy="onsite", location="Wright-Patterson AFB, Dayton, OH"),
            offers=["No travel: control room and data lab at Wright-Patt"],
        ),
    ),
]

LAST_TIME = [
    C(
        "escorted out for a phone in the SCIF vs thin on RTOS two years ago",
        "backend",
        [
            on_file("backend", EMBEDDED, "Chantilly, VA")(
                "Silas Vandermeer",
                0,
                apps=[
                    turned_away(
                        150,
                        "conduct",
                        "Security incident on interview day: brought his personal phone into "
                        "the SCIF twice after being told, escorted off site. Do not re-submit.",
                        stage="onsite",
                        role="Embedded Software Engineer",
                    )
                ],
            ),
            on_file("backend", EMBEDDED, "Chantilly, VA")(
                "Magnus Oyinlola",
                2,
                apps=[
                    turned_away(
                        720,
                        "skills_gap",
                        "Panel felt his RTOS experience was thin at the time.",
                        stage="onsite",
                        role="Embedded Software Engineer",
                    )
                ],
            ),
        ],
        **role(MISSION_COMPUTER, CHANTILLY_ONSITE),
    ),
    C(
        "a no-show at the Filton final panel vs rescheduled twice for sea trials",
        "data_eng",
        [
            on_file("data_eng", SYSTEMS, "Bath, UK")(
                "Roderick Penhallow",
                0,
                apps=[
                    app(
                        210,
                        "final",
                        "rejected",
                        "no_show",
                        "No-show for the final panel at Filton, no call, no email, never heard "
                        "from him again.",
                        role="Systems Engineer",
                    )
                ],
            ),
            on_file("data_eng", SYSTEMS, "Bath, UK")(
                "Ignatius Bellweather",
                2,
                apps=[
                    app(
                        210,
                        "final",
                        "withdrew",
                        "timing",
                        "Had to move the final panel twice for sea trials, apologised each "
                        "time, then the req was filled.",
                        role="Systems Engineer",
                    )
                ],
            ),
        ],
        **role(SYSTEMS_ROLE, FILTON_HYBRID),
    ),
    C(
        "failed the C++ technical in August vs the same gap two and a half years ago",
        "backend",
        [
            on_file("backend", EMBEDDED, "Huntsville, AL")(
                "Alphonse Dremmel",
                0,
                apps=[
                    turned_away(
                        95,
                        "skills_gap",
                        "Failed the C++ technical - shaky on templates, RAII and RTOS scheduling.",
                        role="Embedded Software Engineer",
                    )
                ],
            ),
            on_file("backend", EMBEDDED, "Huntsville, AL")(
                "Benedikt Osterhagen",
                2,
                apps=[
                    turned_away(
                        900,
                        "skills_gap",
                        "Didn't pass the C++ tech screen - weak on templates and RTOS "
                        "scheduling back then.",
                        role="Embedded Software Engineer",
                    )
                ],
                touches=[
                    email(
                        120,
                        "Since we last spoke I've shipped two DO-178C Level A releases in C++ "
                        "on INTEGRITY.",
                    )
                ],
            ),
        ],
        **role(MISSION_COMPUTER, HUNTSVILLE_ONSITE),
    ),
]

PROCESS = [
    C(
        "lost the final panel to one other person vs screened out at the résumé stage",
        "sre",
        [
            on_file("sre", SAT_OPS, "Colorado Springs, CO")(
                "Cosima Vandeleur",
                2,
                apps=[
                    lost_final(
                        180,
                        "Neck and neck with the hire at the final panel - program office loved "
                        "her.",
                        role="Satellite Operations Engineer",
                    )
                ],
            ),
            on_file("sre", SAT_OPS, "Colorado Springs, CO")(
                "Persephone Radcliffe",
                1,
                apps=[
                    app(
                        180,
                        "applied",
                        "rejected",
                        "other",
                        "Résumé screened out, not reviewed by the hiring manager.",
                        role="Satellite Operations Engineer",
                    )
                ],
            ),
        ],
        **role(SATOPS_ROLE, SPRINGS_ONSITE),
    ),
    C(
        "placed by us ten weeks ago vs lost a final in the spring",
        "manager",
        [
            on_file("manager", PROGRAMME, "Huntsville, AL")(
                "Aldous Whitmarsh",
                0,
                apps=[
                    app(
                        70,
                        "offer",
                        "hired",
                        None,
                        "Placed with the Redstone missile-defense program, started 9/14.",
                        role="Programme Manager",
                    )
                ],
            ),
            on_file("manager", PROGRAMME, "Huntsville, AL")(
                "Clarimond Okeke",
                2,
                apps=[lost_final(220, role="Programme Manager")],
            ),
        ],
        **role(PM_ROLE, HUNTSVILLE_ONSITE),
    ),
    C(
        "took a counteroffer last month vs a final round closed by a funding cut last year",
        "sre",
        [
            on_file("sre", CYBER, "San Antonio, TX")(
                "Thelonius Brackenridge",
                0,
                apps=[
                    app(
                        32,
                        "offer",
                        "declined_offer",
                        "counteroffer",
                        "Accepted a counter from his current prime on 10/19 - staying put, "
                        "new title and a retention bonus.",
                        role="Cyber Security Analyst",
                    )
                ],
            ),
            on_file("sre", CYBER, "San Antonio, TX")(
                "Severin Achterberg-Lowe",
                2,
                apps=[
                    app(
                        380,
                        "final",
                        "position_closed",
                        "headcount",
                        "Req pulled after the final round - CR funding cut the task order.",
                        role="Cyber Security Analyst",
                    )
                ],
            ),
        ],
        **role(CYBER_ROLE, dict(remote_policy="onsite", location="San Antonio, TX")),
    ),
]

# --- 6. negation and scope -------------------------------------------------------------------

NEGATIONS = [
    C(
        "not opposed to a SCIF vs opposed to SCIF work",
        "backend",
        [
            on_file("backend", where="Reston, VA")(
                "Cornelius Fairbairn",
                2,
                touches=[
                    call(
                        45,
                        "Not opposed to working in a SCIF at all, he's used to leaving the phone "
                        "in the car.",
                    )
                ],
            ),
            on_file("backend", where="Reston, VA")(
                "Lavinia Strachan-Moore",
                0,
                touches=[
                    call(
                        45,
                        "Opposed to SCIF work - no phone for nine hours drives her up the wall, "
                        "wants unclassified.",
                    )
                ],
            ),
        ],
        **role({}, CHANTILLY_ONSITE),
    ),
    C(
        "weapons work doesn't bother him vs weapons work bothers him",
        "backend",
        [
            on_file("backend", EMBEDDED, "Tucson, AZ")(
                "Augustus Prendergast",
                2,
                touches=[
                    linkedin(
                        60,
                        "weapons work doesn't bother me, it's engineering. seeker software "
                        "sounds fun",
                    )
                ],
            ),
            on_file("backend", EMBEDDED, "Tucson, AZ")(
                "Maximilian Oberholzer",
                0,
                touches=[
                    linkedin(
                        60,
                        "weapons work bothers me honestly, I'd rather stay on the commercial side",
                    )
                ],
            ),
        ],
        **role(
            MISSION_COMPUTER,
            dict(remote_policy="onsite", location="Tucson, AZ"),
            title="Embedded Software Engineer, Missile Seeker",
            description="Real-time software for an air-to-air missile seeker.",
        ),
    ),
    C(
        "never had a problem with the poly vs never again with the poly",
        "sre",
        [
            on_file("sre", CYBER, "Hanover, MD")(
                "Ferdinand Kowalewski",
                2,
                touches=[ats(55, "Never had a problem with the poly, sat two, both clean.")],
            ),
            on_file("sre", CYBER, "Hanover, MD")(
                "Ottilie Grosvenor",
                0,
                touches=[
                    ats(55, "Never again with the poly - 3 sessions last time. No poly reqs.")
                ],
            ),
        ],
        **role(
            CYBER_ROLE,
            FORT_MEADE_ONSITE,
            title="Cyber Analyst (TS/SCI with CI polygraph)",
        ),
    ),
    C(
        "not unwilling to relocate to Adelaide vs unwilling to relocate to Adelaide",
        "data_eng",
        [
            on_file("data_eng", SYSTEMS, "Melbourne, VIC, Australia")(
                "Lachlan Ferrier-Quinn",
                2,
                touches=[
                    call(
                        50,
                        "Not unwilling to relocate to Adelaide - reckons the housing's better "
                        "value than Melbourne.",
                    )
                ],
            ),
            on_file("data_eng", SYSTEMS, "Melbourne, VIC, Australia")(
                "Bronte Wishart-Mulvaney",
                0,
                touches=[
                    call(
                        50,
                        "Unwilling to relocate to Adelaide, partner's a GP in Fitzroy with a "
                        "full book.",
                    )
                ],
            ),
        ],
        **role(
            SYSTEMS_ROLE,
            dict(remote_policy="onsite", location="Osborne, Adelaide, SA, Australia"),
            title="Systems Engineer, Submarine Combat Systems",
        ),
    ),
    C(
        "not the travel that put him off last time, the money vs not the money, the travel",
        "sre",
        [
            on_file("sre", FLIGHT_TEST, "Lancaster, CA")(
                "Isidore Templeton",
                2,
                touches=[
                    call(
                        40,
                        "Not the travel that put him off Raytheon - it was the money. Happy on "
                        "the road if the pay's right.",
                    )
                ],
            ),
            on_file("sre", FLIGHT_TEST, "Lancaster, CA")(
                "Barnabus Quennell",
                0,
                touches=[
                    call(
                        40,
                        "Not the money that put him off Raytheon - it was the travel. Wants to "
                        "stay put at Edwards.",
                    )
                ],
            ),
        ],
        **role(
            FTE_ROLE,
            dict(remote_policy="onsite", location="Edwards AFB, CA"),
            salary_min=135_000,
            salary_max=155_000,
            currency="USD",
            offers=["Travel about 40% to China Lake and Point Mugu", "Pay at the top of market"],
        ),
    ),
]

# --- 7. work mode, location, level, company stage and size, mission, technology --------------

WORK_MODE = [
    C(
        "remote only from rural West Virginia vs wants the badge and the team, remote in the field",
        "backend",
        [
            on_file("backend", where="Shepherdstown, WV")(
                "Josiah Merriweather",
                2,
                touches=[
                    email(
                        60,
                        "I moved out to the mountains and need full remote. Unclassified work "
                        "suits me fine.",
                    )
                ],
            ),
            on_file("backend", where="Shepherdstown, WV")(
                "Philomena Quartermaine",
                0,
                touches=[
                    email(
                        60,
                        "I want to badge in with my team every day - working from home for two "
                        "years was miserable.",
                    )
                ],
            ),
        ],
        **US_REMOTE,
    ),
    C(
        "remote only vs hates video calls, remote said only in the title",
        "sre",
        [
            on_file("sre", CYBER, "Boise, ID")(
                "Tallulah Ravenhill",
                2,
                touches=[linkedin(50, "only looking at remote, not moving back east")],
            ),
            on_file("sre", CYBER, "Boise, ID")(
                "Cressida Bannerman",
                0,
                touches=[
                    linkedin(
                        50,
                        "want an actual office w/ people, I hate living on Teams calls all day",
                    )
                ],
            ),
        ],
        **role(CYBER_ROLE, {}, title="Cyber Security Analyst (100% Remote, unclassified)"),
    ),
    C(
        "needs two telework days vs prefers to be on site daily, said only in the description",
        "sre",
        [
            on_file("sre", CYBER, "Glen Burnie, MD")(
                "Bellamy Okonkwo-Hart",
                0,
                touches=[call(40, "Needs 2 days telework minimum, elderly dad at home.")],
            ),
            on_file("sre", CYBER, "Glen Burnie, MD")(
                "Augustina Pryce",
                2,
                touches=[
                    call(40, "Prefers being on site every day, likes the separation from home.")
                ],
            ),
        ],
        **role(
            CYBER_ROLE,
            dict(location="Annapolis Junction, MD"),
            description="This is a fully on-site position inside a SCIF at Fort Meade; there "
            "is no telework.",
        ),
    ),
    C(
        "a couple of days at home is ideal vs fully remote from Cornwall, said only in the offers",
        "data_eng",
        [
            on_file("data_eng", SYSTEMS, "Bristol, UK")(
                "Rosalie Trenowden",
                2,
                touches=[
                    email(
                        45,
                        "A couple of days at home and the rest in the office would be ideal - "
                        "no more than three in.",
                    )
                ],
            ),
            on_file("data_eng", SYSTEMS, "Bristol, UK")(
                "Tamsin Polglaze",
                0,
                touches=[
                    email(
                        45,
                        "I'm moving back to Cornwall in the spring so it would have to be fully "
                        "remote, no office days.",
                    )
                ],
            ),
        ],
        **role(
            SYSTEMS_ROLE,
            dict(location="Bristol, UK", offers=["3 days at Filton, 2 days from home"]),
        ),
    ),
]

LOCATIONS = [
    C(
        "moving to Huntsville with a spouse posted to Redstone vs not leaving San Diego",
        "backend",
        [
            on_file("backend", EMBEDDED, "San Diego, CA")(
                "Marigold Featherstonehaugh",
                2,
                touches=[
                    email(
                        60,
                        "My husband's been assigned to Redstone from January, so I'm moving to "
                        "Huntsville and need something there.",
                    )
                ],
            ),
            on_file("backend", EMBEDDED, "San Diego, CA")(
                "Esmeralda Vos-Carrington",
                0,
                touches=[email(60, "Not leaving San Diego. The beach and my parents are here.")],
            ),
        ],
        **role(MISSION_COMPUTER, HUNTSVILLE_ONSITE),
    ),
    C(
        "following her husband's PCS to Wright-Patt vs staying in Colorado while he PCSes",
        "cs",
        [
            on_file("cs", SECURITY_OFFICER, "Colorado Springs, CO")(
                "Adelaide Brackwater",
                2,
                touches=[
                    call(
                        55,
                        "Husband PCSing to Wright-Patt next summer and she's going with him - "
                        "wants an FSO job in Dayton lined up.",
                    )
                ],
            ),
            on_file("cs", SECURITY_OFFICER, "Colorado Springs, CO")(
                "Honoria Delamere",
                0,
                touches=[
                    call(
                        55,
                        "Husband PCSing to Wright-Patt next summer; she's staying put in "
                        "Colorado with the kids till they finish high school.",
                    )
                ],
            ),
        ],
        **role(FSO_ROLE, DAYTON_ONSITE),
    ),
    C(
        "would move to Portsmouth for family in Southsea vs Bristol only",
        "data_eng",
        [
            on_file("data_eng", SYSTEMS, "Bristol, UK")(
                "Georgiana Pentreath",
                2,
                touches=[
                    ats(
                        70,
                        "Would reloc to Portsmouth, family in Southsea & she misses the sea. "
                        "Naval work ideal.",
                    )
                ],
            ),
            on_file("data_eng", SYSTEMS, "Bristol, UK")(
                "Lettice Underhill",
                0,
                touches=[ats(70, "Bristol only - owns in Bishopston, kids settled at school.")],
            ),
        ],
        **role(SYSTEMS_ROLE, PORTSMOUTH_ONSITE),
    ),
    C(
        "open to Montreal with a partner from Laval vs no question of moving to Montreal",
        "data_eng",
        [
            on_file("data_eng", SYSTEMS, "Ottawa, ON, Canada")(
                "Anneliese Gauthier-Ross",
                2,
                touches=[
                    email(
                        50,
                        "Open to Montreal - I'm bilingual and my partner's from Laval, we've "
                        "been meaning to move.",
                    )
                ],
            ),
            on_file("data_eng", SYSTEMS, "Ottawa, ON, Canada")(
                "Jacinthe Bellerose",
                0,
                touches=[
                    email(
                        50,
                        "Pas question de déménager à Montréal, ma vie est à Ottawa. Merci quand "
                        "même.",
                    )
                ],
            ),
        ],
        **role(SYSTEMS_ROLE, MONTREAL_HYBRID),
    ),
    C(
        "would go to Adelaide for a sub role vs Canberra only, partner at Defence",
        "backend",
        [
            on_file("backend", EMBEDDED, "Canberra, ACT, Australia")(
                "Rowan Tindal",
                2,
                touches=[
                    call(
                        65,
                        "Would relocate to Adelaide for the right submarine role, houses are "
                        "half the price of Canberra.",
                    )
                ],
            ),
            on_file("backend", EMBEDDED, "Canberra, ACT, Australia")(
                "Sinclair Mowbray",
                0,
                touches=[
                    call(
                        65,
                        "Canberra only - kids at school in Weston Creek and his partner is at "
                        "Defence in Russell.",
                    )
                ],
            ),
        ],
        **role(
            MISSION_COMPUTER,
            dict(remote_policy="onsite", location="Osborne, Adelaide, SA, Australia"),
        ),
    ),
    C(
        "wants Portsmouth, England after an AUKUS exchange vs means Portsmouth, New Hampshire",
        "backend",
        [
            on_file("backend", EMBEDDED, "Norfolk, VA")(
                "Cordelia Ashenhurst",
                2,
                touches=[
                    linkedin(
                        75,
                        "My AUKUS exchange made me want to move to Portsmouth, England for "
                        "good. Anything on the Royal Navy side there?",
                    )
                ],
            ),
            on_file("backend", EMBEDDED, "Norfolk, VA")(
                "Evadne Silverthorne",
                0,
                touches=[
                    linkedin(
                        75,
                        "Would move to Portsmouth - the naval shipyard in Kittery, near my "
                        "wife's family in Maine.",
                    )
                ],
            ),
        ],
        **role(MISSION_COMPUTER, PORTSMOUTH_ONSITE),
    ),
    C(
        "wants out of Denver for the Springs vs Denver metro only",
        "sre",
        [
            on_file("sre", SAT_OPS, "Denver, CO")(
                "Bartholomew Quist",
                2,
                touches=[whatsapp(40, "want out of denver, the springs would be ideal honestly")],
            ),
            on_file("sre", SAT_OPS, "Denver, CO")(
                "Wolfgang Ainsworth",
                0,
                touches=[
                    whatsapp(40, "denver metro only, the springs is too far and I won't move")
                ],
            ),
        ],
        **role(SATOPS_ROLE, SPRINGS_ONSITE),
    ),
    C(
        "an Ohio native wanting to get back near family vs no interest in the Midwest",
        "sre",
        [
            on_file("sre", FLIGHT_TEST, "Arlington, VA")(
                "Clementina Osterberg",
                2,
                touches=[
                    call(
                        80,
                        "Grew up in Springfield OH, wants to get back near her folks - Dayton "
                        "would be perfect.",
                    )
                ],
            ),
            on_file("sre", FLIGHT_TEST, "Arlington, VA")(
                "Tiberius Hollingworth",
                0,
                touches=[
                    call(
                        80,
                        "No interest in the Midwest whatsoever, East Coast or West Coast only.",
                    )
                ],
            ),
        ],
        **role(FTE_ROLE, DAYTON_ONSITE),
    ),
]

LEVEL = [
    C(
        "deputy for three years and wants to lead vs wants to stay on the console",
        "sre",
        [
            on_file("sre", FLIGHT_TEST, "Lancaster, CA")(
                "Evangelos Ashcroft",
                2,
                touches=[
                    call(
                        55,
                        "Deputy test lead for three years, ready to run the test team himself.",
                    )
                ],
            ),
            on_file("sre", FLIGHT_TEST, "Lancaster, CA")(
                "Fitzroy Gallagher-Wynn",
                0,
                touches=[
                    call(
                        55,
                        "Wants to stay hands-on in the control room - turned down a lead slot "
                        "last year, hates the paperwork.",
                    )
                ],
            ),
        ],
        **role(
            FTE_ROLE,
            dict(remote_policy="onsite", location="Edwards AFB, CA"),
            title="Lead Flight Test Engineer",
            seniority="lead",
            offers=["Lead a test team of eight engineers"],
        ),
    ),
    C(
        "ready to step up from deputy to PM vs happy as a deputy out of the customer's firing line",
        "manager",
        [
            on_file("manager", PROGRAMME, "Huntsville, AL")(
                "Harriet Kilcullen",
                2,
                touches=[
                    email(
                        70,
                        "Four years as deputy PM - I'm ready to own a program with full P&L "
                        "and the customer relationship.",
                    )
                ],
            ),
            on_file("manager", PROGRAMME, "Huntsville, AL")(
                "Philippa Oyebanji",
                0,
                touches=[
                    email(
                        70,
                        "Honestly I'm happy as a deputy. I don't want to be the one in front of "
                        "the PEO when it goes wrong.",
                    )
                ],
            ),
        ],
        **role(PM_ROLE, HUNTSVILLE_ONSITE),
    ),
    C(
        "wants to step back from managing vs only people-leader roles, a principal IC role",
        "manager",
        [
            on_file("manager", PROGRAMME, "Chantilly, VA")(
                "Cornelius Wakefield-Obi",
                2,
                touches=[
                    call(
                        60,
                        "Wants to step back from managing and get back to engineering, no "
                        "direct reports for a while.",
                    )
                ],
            ),
            on_file("manager", PROGRAMME, "Chantilly, VA")(
                "Drusilla Harrowby",
                0,
                touches=[call(60, "Only considering people-leader roles now, 8+ reports.")],
            ),
        ],
        **role(
            SYSTEMS_ROLE,
            CHANTILLY_ONSITE,
            title="Principal Systems Engineer (individual contributor)",
            seniority="staff",
            offers=["Technical authority role with no direct reports"],
        ),
    ),
]

STAGE_SIZE = [
    C(
        "wants start-up pace after twelve years at a prime vs wants a big prime's pension",
        "backend",
        [
            on_file("backend", EMBEDDED, "Long Beach, CA")(
                "Wystan Achebe-Lord",
                2,
                touches=[
                    call(
                        50,
                        "Twelve years at Lockheed, wants start-up pace - ship hardware in "
                        "months, not years.",
                    )
                ],
            ),
            on_file("backend", EMBEDDED, "Long Beach, CA")(
                "Constance Ellsworth",
                0,
                touches=[
                    call(
                        50,
                        "Wants a big prime with a pension and a program of record, nothing "
                        "VC-funded.",
                    )
                ],
            ),
        ],
        **role(
            MISSION_COMPUTER,
            dict(remote_policy="onsite", location="Long Beach, CA"),
            title="Flight Software Engineer",
            offers=["Series B space start-up, 80 people, first launch next year"],
        ),
    ),
    C(
        "after his start-up folded he wants a prime's stability vs primes are too slow for her",
        "backend",
        [
            on_file("backend", where="Huntsville, AL")(
                "Raymond Oduya-Brent",
                2,
                touches=[
                    email(
                        65,
                        "My start-up folded when the SDA funding slipped. I want a big prime "
                        "with some stability now.",
                    )
                ],
            ),
            on_file("backend", where="Huntsville, AL")(
                "Henrietta Lisgar",
                0,
                touches=[
                    email(
                        65,
                        "Big primes are too slow for me - three approvals to change a config "
                        "file. Small and scrappy only.",
                    )
                ],
            ),
        ],
        **role(
            {},
            HUNTSVILLE_ONSITE,
            offers=["A Fortune 100 defence prime with a 60-year history in Huntsville"],
        ),
    ),
    C(
        "prefers a small sub where he knows the owner vs primes only after a lost set-aside",
        "cs",
        [
            on_file("cs", SECURITY_OFFICER, "Stafford, VA")(
                "Leopold Mbanefo",
                2,
                touches=[
                    ats(
                        80,
                        "Prefers a small sub where he knows the owner by name - 40 people "
                        "sounds right.",
                    )
                ],
            ),
            on_file("cs", SECURITY_OFFICER, "Stafford, VA")(
                "Archibald Fennimore",
                0,
                touches=[
                    ats(
                        80,
                        "Primes only - got burned when his 8(a) lost its set-aside and laid "
                        "everyone off.",
                    )
                ],
            ),
        ],
        **role(
            FSO_ROLE,
            dict(remote_policy="onsite", location="Quantico, VA"),
            offers=["8(a) small business, 40 people, sub to two primes"],
        ),
    ),
    C(
        "wants out of tier-one bureaucracy vs only tier-ones like BAE, Leonardo, Thales",
        "data_eng",
        [
            on_file("data_eng", SYSTEMS, "Bristol, UK")(
                "Hermione Cartwright-Dee",
                2,
                touches=[
                    email(
                        55,
                        "Want out of BAE-scale bureaucracy. Somewhere small where my work "
                        "actually ships.",
                    )
                ],
            ),
            on_file("data_eng", SYSTEMS, "Bristol, UK")(
                "Oriana Blakiston",
                0,
                touches=[
                    email(
                        55,
                        "Only interested in the tier-ones - BAE, Leonardo, Thales. Not an SME.",
                    )
                ],
            ),
        ],
        **role(
            SYSTEMS_ROLE,
            FILTON_HYBRID,
            offers=["Independent SME of 60 engineers, owner-managed"],
        ),
    ),
    C(
        "wants a Lot Fourteen start-up vs wants the security of the APS or a prime",
        "sre",
        [
            on_file("sre", SAT_OPS, "Adelaide, SA, Australia")(
                "Matilda Fairbrother",
                2,
                touches=[
                    call(
                        60,
                        "Keen on a Lot Fourteen start-up, wants to build something from the "
                        "ground up.",
                    )
                ],
            ),
            on_file("sre", SAT_OPS, "Adelaide, SA, Australia")(
                "Ottilie Renwick",
                0,
                touches=[
                    call(
                        60,
                        "Wants the security of the APS or a prime, not a start-up that might "
                        "not be here next year.",
                    )
                ],
            ),
        ],
        **role(
            SATOPS_ROLE,
            dict(remote_policy="onsite", location="Lot Fourteen, Adelaide, SA, Australia"),
            offers=["Space start-up of 25 people, seed-funded"],
        ),
    ),
    C(
        "wants the government side after re-competes vs would never go government side",
        "manager",
        [
            on_file("manager", PROGRAMME, "Dayton, OH")(
                "Basil Carrington-Oyo",
                2,
                touches=[
                    call(
                        50,
                        "Wants to go government side - tired of re-compete roulette every five "
                        "years.",
                    )
                ],
            ),
            on_file("manager", PROGRAMME, "Dayton, OH")(
                "Delphine Warburton",
                0,
                touches=[
                    call(
                        50,
                        "Would never go government side - pay ceiling and the hiring process "
                        "put her off for life.",
                    )
                ],
            ),
        ],
        **role(
            PM_ROLE,
            dict(remote_policy="onsite", location="Wright-Patterson AFB, Dayton, OH"),
            title="Program Manager, GS-0801-14 (Air Force Life Cycle Management Center)",
            offers=["Federal civil service position, FERS pension"],
        ),
    ),
]

MISSION = [
    C(
        "no weapons programmes as a Quaker vs wants missile defence after a brother's service",
        "backend",
        [
            on_file("backend", EMBEDDED, "Huntsville, AL")(
                "Prudence Ashworth",
                0,
                touches=[
                    email(
                        70,
                        "I'm a Quaker, so no weapons programmes for me - I hope you understand.",
                    )
                ],
            ),
            on_file("backend", EMBEDDED, "Huntsville, AL")(
                "Everard Nkemelu",
                2,
                touches=[
                    email(
                        70,
                        "I want to work on missile defense - my brother was Army air defense "
                        "and it matters to me.",
                    )
                ],
            ),
        ],
        **role(
            MISSION_COMPUTER,
            REDSTONE_ONSITE,
            title="Embedded Software Engineer, Interceptor Guidance",
            description="Guidance software for a ground-based missile interceptor.",
        ),
    ),
    C(
        "wants civil space vs national security space only, a weather constellation",
        "sre",
        [
            on_file("sre", SAT_OPS, "Boulder, CO")(
                "Isolde Marchbanks",
                2,
                touches=[
                    linkedin(
                        55,
                        "I'd love to get onto civil space - weather, climate, science. Tired of "
                        "classified programs.",
                    )
                ],
            ),
            on_file("sre", SAT_OPS, "Boulder, CO")(
                "Ravinder Sandhu-Cole",
                0,
                touches=[
                    linkedin(
                        55,
                        "national security space only for me, that's where I want my career",
                    )
                ],
            ),
        ],
        **role(
            SATOPS_ROLE,
            dict(remote_policy="onsite", location="Boulder, CO"),
            title="Satellite Operations Engineer, Weather Constellation",
            offers=["Civil mission: operational weather satellites for NOAA"],
        ),
    ),
    C(
        "won't work on anything nuclear-armed vs the boats are why she became an engineer",
        "data_eng",
        [
            on_file("data_eng", SYSTEMS, "Lancaster, UK")(
                "Perpetua Hollins",
                0,
                touches=[
                    call(
                        45,
                        "Lifelong CND member - won't work on Trident or anything nuclear-armed.",
                    )
                ],
            ),
            on_file("data_eng", SYSTEMS, "Lancaster, UK")(
                "Briony Capstick",
                2,
                touches=[
                    call(
                        45,
                        "The boats are why she got into engineering - grandad built them at "
                        "Vickers.",
                    )
                ],
            ),
        ],
        **role(
            SYSTEMS_ROLE,
            BARROW_ONSITE,
            title="Systems Engineer, Dreadnought Class",
            description="Systems engineering for the Dreadnought-class ballistic missile "
            "submarine.",
        ),
    ),
    C(
        "no offensive weapons but defensive radar fine vs nothing defence at all, a radar role",
        "data_eng",
        [
            on_file("data_eng", SYSTEMS, "Syracuse, NY")(
                "Emmeline Arkwright",
                2,
                touches=[
                    call(
                        60,
                        "Won't work on offensive weapons. Defensive systems like radar or "
                        "early warning are fine by her.",
                    )
                ],
            ),
            on_file("data_eng", SYSTEMS, "Syracuse, NY")(
                "Lavender Okolie",
                0,
                touches=[
                    call(
                        60,
                        "Won't do anything defence at all, radar or otherwise. Commercial "
                        "aerospace only.",
                    )
                ],
            ),
        ],
        **role(
            SYSTEMS_ROLE,
            dict(remote_policy="onsite", location="Syracuse, NY"),
            title="Systems Engineer, Air Surveillance Radar",
        ),
    ),
    C(
        "wants work that saves lives vs no stated mission, a search-and-rescue helicopter",
        "cs",
        [
            on_file("cs", AVIONICS_TECH, "Halifax, NS, Canada")(
                "Cormac MacIsaac",
                2,
                touches=[
                    call(
                        50,
                        "Wants work that saves lives - would love SAR after 10 years of "
                        "maritime patrol.",
                    )
                ],
            ),
            on_file("cs", AVIONICS_TECH, "Halifax, NS, Canada")(
                "Duncan Fraser-Whyte",
                1,
                touches=[call(50, "Ex-RCAF avionics tech, licence current, open to roles.")],
            ),
        ],
        **role(
            TECH_ROLE,
            dict(remote_policy="onsite", location="Greenwood, NS, Canada"),
            title="Avionics Technician, Search and Rescue Helicopters",
        ),
    ),
    C(
        "wants IC mission work vs left the IC on purpose, an IC contractor",
        "backend",
        [
            on_file("backend", where="Springfield, VA")(
                "Valerian Ashbourne",
                2,
                touches=[
                    call(
                        40,
                        "Wants mission work in the IC. Ad-tech felt pointless, wants work that "
                        "matters.",
                    )
                ],
            ),
            on_file("backend", where="Springfield, VA")(
                "Peregrina Okonedo",
                0,
                touches=[
                    call(
                        40,
                        "Left the IC on purpose, won't go back to collection or surveillance work.",
                    )
                ],
            ),
        ],
        **role(
            {},
            dict(remote_policy="onsite", location="Springfield, VA"),
            title="Software Engineer, Intelligence Community Mission Systems",
        ),
    ),
    C(
        "wants to defend Australian networks vs won't work for spooks, a signals agency",
        "sre",
        [
            on_file("sre", CYBER, "Canberra, ACT, Australia")(
                "Imogen Rutherglen",
                2,
                touches=[
                    whatsapp(
                        45,
                        "did the ASD cadetship, wanna get back to defending aussie networks",
                    )
                ],
            ),
            on_file("sre", CYBER, "Canberra, ACT, Australia")(
                "Jessamy Kilgour",
                0,
                touches=[whatsapp(45, "not working for spooks, sorry. private sector only")],
            ),
        ],
        **role(
            CYBER_ROLE,
            CANBERRA_ONSITE,
            title="Cyber Security Analyst, Australian Signals Directorate",
        ),
    ),
    C(
        "draws the line at lethal autonomy vs doesn't care what the payload is",
        "backend",
        [
            on_file("backend", where="Costa Mesa, CA")(
                "Auberon Castellanos",
                0,
                touches=[
                    linkedin(
                        60,
                        "love autonomy work but I draw the line at lethal autonomous weapons. "
                        "ISR drones fine",
                    )
                ],
            ),
            on_file("backend", where="Costa Mesa, CA")(
                "Thorsten Abiodun",
                2,
                touches=[
                    linkedin(
                        60,
                        "love autonomy work, don't much care what the payload is. send it",
                    )
                ],
            ),
        ],
        **role(
            {},
            dict(remote_policy="onsite", location="Costa Mesa, CA"),
            title="Autonomy Software Engineer, Loitering Munitions",
            description="Autonomy software for a loitering munition that selects and engages "
            "targets.",
        ),
    ),
]

TECH = [
    C(
        "loves Ada and SPARK vs never writing Ada again, an Ada role",
        "backend",
        [
            on_file("backend", EMBEDDED, "Farnborough, UK")(
                "Algernon Quarrington-Pyke",
                2,
                touches=[
                    email(
                        50,
                        "Happiest writing Ada - would love to keep going with SPARK proofs.",
                    )
                ],
            ),
            on_file("backend", EMBEDDED, "Farnborough, UK")(
                "Winnifred Oakes-Mensah",
                0,
                touches=[
                    email(
                        50,
                        "Never writing Ada again. Modern C++ or Rust please, nothing legacy.",
                    )
                ],
            ),
        ],
        **role(
            MISSION_COMPUTER,
            FARNBOROUGH_ONSITE,
            title="Safety-Critical Software Engineer (Ada/SPARK)",
            requirements="Ada\nSPARK proofs\nDO-178C or DEF STAN 00-55\nReal-time systems",
        ),
    ),
    C(
        "wants to move from DOORS to MBSE vs hates model-based tooling, an MBSE role",
        "data_eng",
        [
            on_file("data_eng", SYSTEMS, "Colorado Springs, CO")(
                "Octavia Lindqvist-Bell",
                2,
                touches=[
                    ats(
                        65,
                        "Wants to move off doc-centric DOORS work and go properly MBSE, Cameo "
                        "day in day out.",
                    )
                ],
            ),
            on_file("data_eng", SYSTEMS, "Colorado Springs, CO")(
                "Florentyna Wexford",
                0,
                touches=[
                    ats(
                        65,
                        "Hates MBSE tooling, says Cameo slows her down. Document-based SE only.",
                    )
                ],
            ),
        ],
        **role(
            SYSTEMS_ROLE,
            SPRINGS_ONSITE,
            title="MBSE Systems Engineer",
            offers=["Digital engineering: the whole programme lives in Cameo SysML"],
        ),
    ),
    C(
        "wants to get into FPGA and VHDL vs no more hardware, software only",
        "backend",
        [
            on_file("backend", EMBEDDED, "Melbourne, FL")(
                "Cassian Oyelowo-Pratt",
                2,
                touches=[
                    call(
                        55,
                        "Wants to get into FPGA work - has been teaching himself VHDL on a "
                        "Zynq board at home.",
                    )
                ],
            ),
            on_file("backend", EMBEDDED, "Melbourne, FL")(
                "Leander Whitfield",
                0,
                touches=[call(55, "No more hardware, software only - done with bench work.")],
            ),
        ],
        **role(
            MISSION_COMPUTER,
            dict(remote_policy="onsite", location="Melbourne, FL"),
            title="FPGA / Embedded Engineer",
            requirements="VHDL\nXilinx FPGAs\nC for embedded targets\nLab bench testing",
        ),
    ),
    C(
        "wants GovCloud experience vs wants to stay on-prem",
        "backend",
        [
            on_file("backend", where="Herndon, VA")(
                "Aurelian Fitzwilliam",
                2,
                touches=[
                    linkedin(
                        45,
                        "want GovCloud / C2S experience on my resume, that's the next step for me",
                    )
                ],
            ),
            on_file("backend", where="Herndon, VA")(
                "Bathsheba Oduro",
                0,
                touches=[
                    linkedin(
                        45,
                        "I'd rather stay on-prem, racks and VMs. not interested in cloud "
                        "migrations",
                    )
                ],
            ),
        ],
        **role(
            {},
            RESTON_HYBRID,
            title="Cloud Software Engineer (AWS GovCloud)",
            offers=["Migrating classified workloads to AWS GovCloud and C2S"],
        ),
    ),
    C(
        "wants off Splunk onto Elastic vs Splunk or nothing",
        "sre",
        [
            on_file("sre", CYBER, "San Antonio, TX")(
                "Marcellus Drummond",
                2,
                touches=[
                    whatsapp(
                        35,
                        "want off splunk tbh, keen to build detections in elastic",
                    )
                ],
            ),
            on_file("sre", CYBER, "San Antonio, TX")(
                "Eudora Castlemaine",
                0,
                touches=[whatsapp(35, "splunk or nothing for me, 6 yrs of SPL I'm not wasting")],
            ),
        ],
        **role(
            CYBER_ROLE,
            dict(remote_policy="onsite", location="San Antonio, TX"),
            title="Detection Engineer (Elastic)",
            offers=["Elastic Security stack; Splunk being retired"],
        ),
    ),
    C(
        "wants to automate ops with Python vs not a coder, likes the legacy ground system",
        "sre",
        [
            on_file("sre", SAT_OPS, "Colorado Springs, CO")(
                "Thaddea Brennan",
                2,
                touches=[
                    call(
                        50,
                        "Wants to automate pass planning in Python, tired of clicking through "
                        "the legacy GUI.",
                    )
                ],
            ),
            on_file("sre", SAT_OPS, "Colorado Springs, CO")(
                "Wilfrida Okereke",
                0,
                touches=[
                    call(
                        50,
                        "Not a coder and doesn't want to be - happy on the legacy ground "
                        "system she knows.",
                    )
                ],
            ),
        ],
        **role(
            SATOPS_ROLE,
            SPRINGS_ONSITE,
            offers=["Modern ground software: Python automation and scripted procedures"],
        ),
    ),
    C(
        "Simulink autocode is his thing vs done with Simulink, hand-written C only",
        "backend",
        [
            on_file("backend", EMBEDDED, "Stevenage, UK")(
                "Hamilton Prewitt",
                2,
                touches=[
                    ats(
                        60,
                        "GNC guy, Simulink autocode is his thing. Wants more of the same.",
                    )
                ],
            ),
            on_file("backend", EMBEDDED, "Stevenage, UK")(
                "Crispian Oduwole",
                0,
                touches=[
                    ats(
                        60,
                        "Done with Simulink - wants to hand-write C, hates autocode output.",
                    )
                ],
            ),
        ],
        **role(
            MISSION_COMPUTER,
            dict(remote_policy="onsite", location="Stevenage, UK"),
            title="GNC Software Engineer (MATLAB/Simulink)",
            requirements="MATLAB and Simulink\nEmbedded Coder autocode\nGNC algorithms",
        ),
    ),
    C(
        "wants Platform One and Iron Bank work vs wants to stay pure development",
        "sre",
        [
            on_file("sre", where="Colorado Springs, CO")(
                "Jasper Onwuachi",
                2,
                touches=[
                    email(
                        45,
                        "I'd love to work on Platform One - hardening containers for Iron Bank "
                        "is exactly my thing.",
                    )
                ],
            ),
            on_file("sre", where="Colorado Springs, CO")(
                "Ferelith Dunsany",
                0,
                touches=[
                    email(
                        45,
                        "Please no DevSecOps or pipeline work. I want to write features, not "
                        "babysit Kubernetes.",
                    )
                ],
            ),
        ],
        **role(
            {},
            SPRINGS_ONSITE,
            title="DevSecOps Engineer (Platform One)",
            offers=["Kubernetes on classified networks; Iron Bank hardened containers"],
        ),
    ),
]

# --- 8. several notes over time: the latest word counts --------------------------------------

LATEST_WORD = [
    C(
        "refused a poly in February, will sit one in October vs the reverse",
        "backend",
        [
            on_file("backend", where="Laurel, MD")(
                "Ambrosine Talbot",
                2,
                touches=[
                    call(date(2026, 2, 16), "Won't sit a poly, TS/SCI no-poly reqs only."),
                    call(
                        date(2026, 10, 19),
                        "Update: she's changed her mind - will do a CI poly for the right program.",
                    ),
                ],
            ),
            on_file("backend", where="Laurel, MD")(
                "Wilhelmus Dobrowski",
                0,
                touches=[
                    call(date(2026, 2, 16), "Happy to sit a CI poly, has nothing to hide."),
                    call(
                        date(2026, 10, 19),
                        "Update: no poly after all - a friend's went badly and he's spooked.",
                    ),
                ],
            ),
        ],
        **role({}, FORT_MEADE_ONSITE, title="Software Engineer (TS/SCI with CI polygraph)"),
    ),
    C(
        "told us to stop in January and came back in September vs the reverse",
        "sre",
        [
            on_file("sre", SAT_OPS, "Colorado Springs, CO")(
                "Hyacinth Lowther",
                2,
                touches=[
                    linkedin(date(2026, 1, 12), "Stop contacting me please."),
                    linkedin(
                        date(2026, 9, 14),
                        "Hi, I know I told you to stop back in January, but I'm looking now - "
                        "please do reach out with ops roles.",
                    ),
                ],
            ),
            on_file("sre", SAT_OPS, "Colorado Springs, CO")(
                "Zephyrine Abbott",
                0,
                touches=[
                    linkedin(date(2026, 1, 12), "Keep in touch, always happy to hear."),
                    linkedin(
                        date(2026, 9, 14),
                        "Please remove me from your contacts and don't message me again.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **role(SATOPS_ROLE, SPRINGS_ONSITE),
    ),
    C(
        "wouldn't leave DC, then moving to Huntsville in January vs the reverse",
        "data_eng",
        [
            on_file("data_eng", SYSTEMS, "Alexandria, VA")(
                "Rosamond Ekwueme",
                2,
                touches=[
                    ats(date(2026, 3, 9), "DMV only, won't relocate."),
                    ats(
                        date(2026, 10, 26),
                        "Update - wife got a job at Redstone, they're moving to Huntsville in "
                        "Jan. Wants SE roles there.",
                    ),
                ],
            ),
            on_file("data_eng", SYSTEMS, "Alexandria, VA")(
                "Sebastiano Holt",
                0,
                touches=[
                    ats(date(2026, 3, 9), "Open to Huntsville, likes the cost of living."),
                    ats(
                        date(2026, 10, 26),
                        "Update - bought a house in Del Ray, DMV only now, no relocation.",
                    ),
                ],
            ),
        ],
        **role(SYSTEMS_ROLE, HUNTSVILLE_ONSITE),
    ),
    C(
        "asked $170k, then $150k for remote vs asked $150k, then $180k after a raise",
        "backend",
        [
            on_file("backend", where="Norfolk, VA")(
                "Cornelia Westerholt",
                2,
                touches=[
                    call(date(2026, 4, 6), "Needs 170k minimum."),
                    call(
                        date(2026, 10, 5),
                        "Would take 150k now for a fully remote role - commuting costs her a "
                        "fortune.",
                    ),
                ],
            ),
            on_file("backend", where="Norfolk, VA")(
                "Florizel Adebayo",
                0,
                touches=[
                    call(date(2026, 4, 6), "150k would do it."),
                    call(
                        date(2026, 10, 5),
                        "Got a raise in the summer, now needs 180k to move.",
                    ),
                ],
            ),
        ],
        **role({}, US_REMOTE, salary_min=140_000, salary_max=155_000, currency="USD"),
    ),
    C(
        "no weapons, then air defence fine after Ukraine vs the reverse",
        "data_eng",
        [
            on_file("data_eng", SYSTEMS, "Farnborough, UK")(
                "Gwendolen Abiola-Marsh",
                2,
                touches=[
                    email(date(2025, 11, 10), "No weapons work for me, thank you."),
                    email(
                        date(2026, 9, 7),
                        "Watching what's happened in Ukraine has changed my view - air "
                        "defence is something I'd now be proud to work on.",
                    ),
                ],
            ),
            on_file("data_eng", SYSTEMS, "Farnborough, UK")(
                "Araminta Coldwell",
                0,
                touches=[
                    email(date(2025, 11, 10), "Air defence would be fascinating."),
                    email(
                        date(2026, 9, 7),
                        "I've thought hard about it and I can't work on weapons systems of any "
                        "kind, defensive or not.",
                    ),
                ],
            ),
        ],
        **role(
            SYSTEMS_ROLE,
            FARNBOROUGH_ONSITE,
            title="Systems Engineer, Ground-Based Air Defence",
        ),
    ),
    C(
        "travel fine, then a new baby and none vs no travel, then travel fine again",
        "sre",
        [
            on_file("sre", FLIGHT_TEST, "California, MD")(
                "Eulalie Brockhurst",
                0,
                touches=[
                    call(date(2026, 2, 2), "Travel fine, any range."),
                    call(
                        date(2026, 9, 28),
                        "New baby in August - no travel at all for now, home every night.",
                    ),
                ],
            ),
            on_file("sre", FLIGHT_TEST, "California, MD")(
                "Kingsley Ogunbiyi",
                2,
                touches=[
                    call(date(2026, 2, 2), "No travel, dad's in hospice."),
                    call(
                        date(2026, 9, 28),
                        "Dad passed in the spring. Travel's fine again, range trips welcome.",
                    ),
                ],
            ),
        ],
        **role(
            FTE_ROLE,
            PAX_ONSITE,
            offers=["Travel about 30% to China Lake and Point Mugu"],
        ),
    ),
    C(
        "TS active, then lapsed after two years out vs Secret lapsed, then reinstated",
        "backend",
        [
            on_file("backend", EMBEDDED, "Annapolis, MD")(
                "Drummond Featherby",
                0,
                touches=[
                    ats(date(2025, 6, 2), "TS active, in CE."),
                    ats(
                        date(2026, 10, 12),
                        "Clearance now lapsed - out of cleared work over two years, not in "
                        "DISS any more.",
                    ),
                ],
            ),
            on_file("backend", EMBEDDED, "Annapolis, MD")(
                "Evelina Strangways",
                2,
                touches=[
                    ats(date(2025, 6, 2), "Secret lapsed, needs sponsor."),
                    ats(
                        date(2026, 10, 12),
                        "Reinstated by her new employer - Secret active again, shows in DISS.",
                    ),
                ],
            ),
        ],
        **role(
            MISSION_COMPUTER,
            dict(remote_policy="onsite", location="Annapolis, MD"),
            requirements="Active Secret clearance\nC and C++\nVxWorks\nDO-178C",
        ),
    ),
    C(
        "perm only, then contracting fine on a military pension vs the reverse",
        "cs",
        [
            on_file("cs", AVIONICS_TECH, "Warner Robins, GA")(
                "Gaylord Pettibone",
                2,
                touches=[
                    call(date(2026, 3, 16), "Perm only, needs the benefits."),
                    call(
                        date(2026, 10, 19),
                        "Retired from the Air Force in Sept, has Tricare now - contract work "
                        "is fine.",
                    ),
                ],
            ),
            on_file("cs", AVIONICS_TECH, "Warner Robins, GA")(
                "Hezekiah Bramwell",
                0,
                touches=[
                    call(date(2026, 3, 16), "Contract fine, 1099 or W-2."),
                    call(
                        date(2026, 10, 19),
                        "Wife lost her job - he needs a perm role with benefits now, no contracts.",
                    ),
                ],
            ),
        ],
        **role(
            TECH_ROLE,
            dict(remote_policy="onsite", location="Robins AFB, GA"),
            title="Avionics Technician (contract, 12 months)",
            offers=["W-2 hourly contract, no benefits"],
        ),
    ),
]

HELDOUT45_CASES: list[Case] = [
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
