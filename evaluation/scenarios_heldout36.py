"""Held-out rediscovery cases, thirty-sixth set: US agency and in-house recruiters' own words
about healthcare, hospitality, retail, warehouse, skilled-trades and trucking people, written by
a thirty-sixth stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 36") and never tuned to what Encore does. The recruiters are a
healthcare staffing agency placing RNs, LPNs, CNAs, travel nurses, respiratory therapists and
medical assistants in hospitals and clinics in Texas, Florida, Ohio, Arizona and the Carolinas;
the in-house talent teams of restaurant and hotel groups in Las Vegas, Orlando and Chicago; a
big-box retailer's store and distribution-center recruiting desk; electrical, HVAC and plumbing
contractors; and trucking fleets hiring CDL-A drivers (OTR, regional, local, home time). The
voices: terse ATS shorthand with typos ("LVM", "cand", "w/", "3x12s", "NCNS", "DNC", "f/u"),
lower-case texts and WhatsApp messages, candidates' emails and LinkedIn replies, a recruiter's
third-person call notes, long rambling notes full of dates that ask for no wait, a formal
letter, a spouse answering the phone, and lines in Spanish and Spanglish. The money is hourly
rates and differentials, weekly travel packages, cents per mile, tips and tip pools, annual
salaries with bonus, sign-on bonuses with commitments; the calendar is Thanksgiving, Black
Friday, New Year's, Super Bowl weekend, Memorial Day, July 4th, Labor Day, heating and cooling
seasons, peak season at the DC, new-grad residencies and journeyman exams.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a text demanding removal, a formal email after a hire, Spanish, a compliance DNC
   note, a driver's "take me off the list", a LinkedIn refusal of everything, a withdrawal note
   asking for no more emails, a voicemail asking for deletion, a texted "STOP ALL MSGS"): never
   shown; beside each someone who only limits when or how (not on shift, not in the morning,
   not at work, not while driving), narrows the kind of job, or whose wife answers for him;
2. waits counted from the day said, each against a twin whose wait has run out: holiday retail
   blackout, a new-grad residency, a travel contract to Valentine's Day, a sign-on bonus
   clawback ("next June" said in 2025 against said in 2026), maternity leave, a journeyman
   exam, a baby due in December (in Spanish), CES and Super Bowl weekend in Vegas, a degree
   finishing in May, the heating season against the cooling season;
3. schedule, travel, visa and license, contract and hours, commute: nights and the night diff,
   custody weekends, a weekend-option program, rotating 4x10s, on-call, holidays; overnight
   jobsites, OTR against home daily, 13-week travel contracts, out-of-town per diem; sponsorship,
   a TN against an H-1B, an EAD renewal, a spouse's visa; PRN against benefits, seasonal peak
   against direct hire, part-time, union against non-union, 1099 against W-2, a sign-on
   commitment; I-4 to Lake Mary, inside the 610 Loop, no car, a mileage limit, the Metra;
4. pay against the band: hourly base with diffs, a weekly travel package, an annual GM salary, a
   current salary above the band with a lower ask, a tip pool, a union scale, cents per mile,
   Spanish, and a weekly ask against an annual band;
5. work mode (telehealth triage, work-from-home prior auth, dispatch from home, an on-property
   front desk), negations and scope ("not opposed to nights", "never about the money", "no
   problem with weekends", "unless they pay relocation", Spanish), location and relocation
   (military orders a wife is not following, hurricanes, Chicago winters, Cleveland, Spanglish);
6. managing against hands-on (charge nurse, line cook to sous, a journeyman card against
   apprentice pay, district manager, driver trainer), company stage and size, mission (hospice,
   peds, a casino, a community health center), technology and equipment (Epic, reach trucks,
   VRF, a 10-speed and an automatic restriction);
7. last time's reason resolved or still standing (pay, nights, a drive, OTR, endorsements, PRN,
   a license by endorsement), the history with us (NCNS, a facility's do-not-return, a failed
   hands-on test, a failed road test, quitting without notice) and the latest process (a final
   round against an Indeed apply, hired six weeks ago, a fresh counteroffer, a closed req);
8. several notes over time where the latest word counts: nights, an opt-out taken back and a
   "keep me posted" turned into removal, a pay ask, a move, OTR and local, union and non-union.

Hard cases a careful human still gets right: a wife's or husband's plans that are not the
candidate's, "next June" said a year apart, a "DNR" that means do-not-return, a current salary
above the band with a lower ask, a weekly ask against an annual band, an H-1B that belongs to the
spouse, and a TN the role supports against an H-1B it does not.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

MEDSURG_RN = dict(
    current_title="Registered Nurse, Med-Surg/Tele",
    skills=["Med-surg", "Telemetry", "Epic", "BLS", "ACLS"],
    years_experience=6,
    resume_text=(
        "BSN-prepared RN, six years on med-surg and telemetry floors in 5-6 patient "
        "assignments: admissions and discharges, cardiac monitoring, IV starts, wound care, "
        "Epic charting and precepting new grads."
    ),
)
ICU_RN = dict(
    current_title="Registered Nurse, ICU",
    skills=["Critical care", "Vent management", "Titratable drips", "CCRN", "ACLS"],
    years_experience=8,
    resume_text=(
        "CCRN-certified ICU nurse, eight years in mixed medical-surgical ICUs at Level I and II "
        "trauma centers, four of them on 13-week travel contracts: vented patients, CRRT, "
        "titratable drips and rapid response."
    ),
)
NEW_RN = dict(
    current_title="Registered Nurse",
    skills=["Med-surg", "Patient assessment", "Epic", "BLS"],
    years_experience=1,
    resume_text=(
        "New-graduate RN, ADN then RN-BSN in progress, one year on a med-surg floor after a "
        "nurse residency: assessments, med passes, patient teaching and discharge planning."
    ),
)
LPN = dict(
    current_title="Licensed Practical Nurse",
    skills=["Med pass", "Wound care", "Long-term care", "PointClickCare"],
    years_experience=5,
    resume_text=(
        "LPN, five years in skilled nursing and long-term care: med passes for 25 residents, "
        "wound care, G-tube feedings, admission paperwork and charting in PointClickCare."
    ),
)
CNA = dict(
    current_title="Certified Nursing Assistant",
    skills=["ADLs", "Vital signs", "Hoyer lifts", "Dementia care"],
    years_experience=4,
    resume_text=(
        "State-certified nursing assistant, four years in nursing homes and on a hospital "
        "step-down unit: ADLs, vitals, turning and repositioning, Hoyer transfers, memory care."
    ),
)
RRT = dict(
    current_title="Registered Respiratory Therapist",
    skills=["Ventilator management", "ABGs", "BiPAP", "NRP", "PALS"],
    years_experience=7,
    resume_text=(
        "RRT, seven years in adult ICU and ER: vent management, ABG draws, BiPAP and high-flow, "
        "breathing treatments, rapid responses and NICU deliveries."
    ),
)
MED_ASSISTANT = dict(
    current_title="Certified Medical Assistant",
    skills=["Rooming patients", "Phlebotomy", "Injections", "EHR", "Prior authorizations"],
    years_experience=4,
    resume_text=(
        "CMA, four years in family medicine and urgent care: rooming, vitals, phlebotomy, "
        "injections, EKGs, refills and prior authorizations, bilingual English/Spanish."
    ),
)
LINE_COOK = dict(
    current_title="Line Cook",
    skills=["Sauté", "Grill", "Prep", "ServSafe", "High-volume service"],
    years_experience=5,
    resume_text=(
        "Line cook, five years on sauté, grill and fry in high-volume restaurants and a casino "
        "buffet: 400-cover nights, prep lists, ServSafe food handler, closing the station."
    ),
)
SOUS = dict(
    current_title="Sous Chef",
    skills=["Kitchen leadership", "Ordering", "Food cost", "ServSafe Manager", "Banquets"],
    years_experience=9,
    resume_text=(
        "Sous chef, nine years in hotel and resort kitchens: running the line, banquets up to "
        "800, ordering and inventory, schedules for 20 cooks, food cost at 29%."
    ),
)
REST_GM = dict(
    current_title="Restaurant General Manager",
    skills=["P&L", "Labor scheduling", "Hiring", "Guest experience", "Toast POS"],
    years_experience=10,
    resume_text=(
        "General manager of full-service restaurants doing $4-6M a year: P&L, labor at 28%, "
        "hiring and training 60 team members, health inspections and Toast POS."
    ),
)
FRONT_DESK = dict(
    current_title="Front Desk Manager",
    skills=["Opera PMS", "Guest recovery", "Team scheduling", "Night audit"],
    years_experience=6,
    resume_text=(
        "Front office manager in 300-600 room hotels: check-in and check-out teams, Opera PMS, "
        "guest recovery, night audit, group arrivals and loyalty program scores."
    ),
)
STORE_MGR = dict(
    current_title="Store Manager",
    skills=["Big-box retail", "P&L", "Shrink", "Scheduling", "Holiday readiness"],
    years_experience=9,
    resume_text=(
        "Store manager in big-box retail, nine years: $40M stores, 120 team members, shrink "
        "under 1.2%, holiday readiness, Black Friday events and new-hire onboarding."
    ),
)
FORKLIFT = dict(
    current_title="Forklift Operator",
    skills=["Sit-down forklift", "Reach truck", "RF scanner", "OSHA forklift certification"],
    years_experience=5,
    resume_text=(
        "Certified forklift operator, five years in distribution centers: receiving, "
        "putaway and replenishment with RF scanners, loading trailers, cycle counts."
    ),
)
JOURNEYMAN = dict(
    current_title="Journeyman Electrician",
    skills=["Commercial wiring", "Conduit bending", "NEC", "Troubleshooting"],
    years_experience=8,
    resume_text=(
        "Licensed journeyman electrician, eight years on commercial and light industrial jobs: "
        "EMT and rigid conduit, panels and switchgear, lighting controls, service calls, NEC."
    ),
)
APPRENTICE = dict(
    current_title="Apprentice Electrician",
    skills=["Conduit bending", "Rough-in", "Pulling wire", "OSHA 10"],
    years_experience=3,
    resume_text=(
        "Third-year electrical apprentice: residential and commercial rough-in, pulling wire, "
        "bending EMT, trim-out, OSHA 10, 6,000 logged hours toward the journeyman exam."
    ),
)
HVAC = dict(
    current_title="HVAC Service Technician",
    skills=["EPA 608 Universal", "Heat pumps", "Rooftop units", "Diagnostics"],
    years_experience=7,
    resume_text=(
        "HVAC service tech, seven years on residential and light commercial: heat pumps, gas "
        "furnaces, rooftop units, refrigerant charging, EPA 608 Universal, service agreements."
    ),
)
CDL_DRIVER = dict(
    current_title="CDL-A Truck Driver",
    skills=["CDL-A", "Dry van", "Reefer", "ELD", "Clean MVR"],
    years_experience=9,
    resume_text=(
        "CDL-A driver, nine years: OTR and regional dry van and reefer, 1.1 million safe miles, "
        "ELD logs, pre-trips, drop and hook and live unloads, clean MVR."
    ),
)


def on_file(persona: dict, where: str):
    """Candidates of one kind in the ATS: the same persona (so equally skilled), living in
    ``where`` unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(name, "cs", grade, *said, apps=apps, touches=touches, excluded=excluded, **extra)

    return make


# --- who wrote what -------------------------------------------------------------------------


def ats(days, note) -> dict:
    """A recruiter's note typed into the ATS, in their shorthand."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def called(days, note) -> dict:
    """A recruiter's phone-screen or call note, third person."""
    return touch(days, "outbound", "replied", "note", note=note, channel="phone")


def sms(days, words) -> dict:
    """The candidate's text or WhatsApp message, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def mail(days, words) -> dict:
    """The candidate's email."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def inmail(days, words) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def lost_final(days, note=None, *, role="Registered Nurse") -> dict:
    """Reached the final interview and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def said_no(days, reason, note, *, past=None, role="Registered Nurse") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def dropped(days, reason, note, *, stage="interview", past=None, role="Registered Nurse"):
    """Withdrew from the process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def turned_away(days, reason, note, *, stage="interview", role="Registered Nurse") -> dict:
    """We turned them down."""
    return app(days, stage, "rejected", reason, note, role=role)


def job(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


def site(city: str) -> dict:
    return dict(remote_policy="onsite", location=city)


# --- what the roles are ---------------------------------------------------------------------

MEDSURG_JOB = dict(
    title="RN - Med/Surg Telemetry",
    department="Nursing",
    seniority="mid",
    requirements="Active RN license (state or compact)\nBLS and ACLS\n1+ year acute care",
    description="Staff RN on a 32-bed med-surg/tele unit, 3x12s, 1:5 ratio.",
)
ICU_JOB = dict(
    title="RN - Medical ICU",
    department="Critical Care",
    seniority="senior",
    requirements="Active RN license\n2+ years ICU\nACLS\nCCRN preferred",
    description="Staff nurse in a 24-bed medical ICU at a Level I trauma center, 3x12s.",
)
NEWGRAD_JOB = dict(
    title="RN - Med/Surg (New Grads Welcome)",
    department="Nursing",
    seniority="junior",
    requirements="Active RN license\nBLS",
    description="Staff RN on a med-surg floor with a 12-week preceptorship.",
)
LPN_JOB = dict(
    title="LPN - Skilled Nursing",
    department="Nursing",
    seniority="mid",
    requirements="Active LPN license\nLong-term care experience\nMed pass",
    description="Charge LPN on a 30-bed skilled nursing hall.",
)
CNA_JOB = dict(
    title="Certified Nursing Assistant",
    department="Nursing",
    seniority="junior",
    requirements="Active state CNA certification\nBLS",
    description="CNA in a 120-bed nursing and rehab center.",
)
RT_JOB = dict(
    title="Respiratory Therapist (RRT)",
    department="Respiratory Care",
    seniority="mid",
    requirements="RRT credential\nState RT license\nVent management\nBLS, ACLS",
    description="Adult ICU and ED coverage at a 400-bed hospital.",
)
MA_JOB = dict(
    title="Medical Assistant",
    department="Clinic Operations",
    seniority="junior",
    requirements="CMA, RMA or CCMA\nPhlebotomy\nEHR experience",
    description="Room patients and support two providers in a primary care clinic.",
)
COOK_JOB = dict(
    title="Line Cook",
    department="Culinary",
    seniority="junior",
    requirements="2+ years high-volume line experience\nFood handler card",
    description="Sauté and grill station in a 250-seat restaurant.",
)
SOUS_JOB = dict(
    title="Sous Chef",
    department="Culinary",
    seniority="lead",
    requirements="5+ years in high-volume kitchens\nServSafe Manager\nOrdering and food cost",
    description="Second in command of a hotel kitchen: line, banquets and ordering.",
)
GM_JOB = dict(
    title="Restaurant General Manager",
    department="Operations",
    seniority="manager",
    requirements="5+ years as GM or AGM\nP&L ownership\nFull-service restaurants",
    description="Run a full-service restaurant doing $5M a year.",
)
FRONT_DESK_JOB = dict(
    title="Front Desk Manager",
    department="Rooms",
    seniority="manager",
    requirements="3+ years front office leadership\nOpera PMS\nGuest recovery",
    description="Lead the front desk team of a 450-room hotel.",
)
STORE_JOB = dict(
    title="Store Manager",
    department="Retail Operations",
    seniority="manager",
    requirements="5+ years big-box store leadership\nP&L\nShrink and inventory control",
    description="Run a high-volume big-box store and its leadership team.",
)
FORKLIFT_JOB = dict(
    title="Forklift Operator",
    department="Distribution Center",
    seniority="junior",
    requirements="Forklift certification\nRF scanner\nAble to lift 50 lbs",
    description="Receiving, putaway and replenishment in a 1M sq ft distribution center.",
)
ELECTRICIAN_JOB = dict(
    title="Journeyman Electrician",
    department="Field Operations",
    seniority="mid",
    requirements="State journeyman license\nCommercial experience\nOSHA 10",
    description="Commercial tenant build-outs and service work.",
)
APPRENTICE_JOB = dict(
    title="Apprentice Electrician (2nd-3rd year)",
    department="Field Operations",
    seniority="junior",
    requirements="Enrolled in or completed 2+ years of apprenticeship\nOSHA 10\nValid license",
    description="Work under a journeyman on commercial jobs, hours signed off toward the exam.",
)
HVAC_JOB = dict(
    title="HVAC Service Technician",
    department="Service",
    seniority="mid",
    requirements="EPA 608 Universal\n3+ years service experience\nValid driver's license",
    description="Service and repair on residential and light commercial systems, company van.",
)
CDL_JOB = dict(
    title="CDL-A Driver",
    department="Transportation",
    seniority="mid",
    requirements="CDL-A\n2+ years experience\nClean MVR\nDOT physical and drug screen",
    description="Dry van freight for a 400-truck carrier.",
)

HOUSTON = site("Houston, TX")
DALLAS = site("Dallas, TX")
SAN_ANTONIO = site("San Antonio, TX")
ORLANDO = site("Orlando, FL")
TAMPA = site("Tampa, FL")
CLEVELAND = site("Cleveland, OH")
COLUMBUS = site("Columbus, OH")
PHOENIX = site("Phoenix, AZ")
CHARLOTTE = site("Charlotte, NC")
RALEIGH = site("Raleigh, NC")
LAS_VEGAS = site("Las Vegas, NV")
CHICAGO = site("Chicago, IL")

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "texted to remove her number for good vs texted not to call on shift",
        "cs",
        [
            on_file(MEDSURG_RN, "Houston, TX")(
                "Marisol Quintanilla-Reyes",
                0,
                touches=[
                    sms(
                        35,
                        "This is the 3rd text this month about travel contracts. Remove my number "
                        "from your list, I'm not interested in hearing from your agency period.",
                    )
                ],
                excluded=True,
            ),
            on_file(MEDSURG_RN, "Houston, TX")(
                "Tamika Broadnax",
                2,
                touches=[
                    sms(
                        35,
                        "Please don't call while I'm on shift, I work 7p-7a and can't pick up on "
                        "the unit. Text me the rate and the unit and I'll look on my break.",
                    )
                ],
            ),
        ],
        **job(MEDSURG_JOB, HOUSTON, offers=["$44-$50/hr base, 3x12s"]),
    ),
    C(
        "formal email after a hire asking to be deleted vs a new email, still open nearby",
        "cs",
        [
            on_file(STORE_MGR, "Charlotte, NC")(
                "Bradford Ellingsworth",
                0,
                touches=[
                    mail(
                        90,
                        "Good afternoon. I have accepted a permanent position and ask that you "
                        "remove me from your candidate database and all mailing lists. Please "
                        "do not contact me regarding future openings. Regards, B. Ellingsworth",
                    )
                ],
                excluded=True,
            ),
            on_file(STORE_MGR, "Charlotte, NC")(
                "Lakeisha Stubbs",
                2,
                touches=[
                    mail(
                        90,
                        "Hi! Switching to my personal email, please use this one going forward. "
                        "Still open to store manager spots around Charlotte, just not Gastonia.",
                    )
                ],
            ),
        ],
        **job(STORE_JOB, CHARLOTTE, salary_min=82_000, salary_max=95_000, currency="USD"),
    ),
    C(
        "Spanish: erase me from your list vs not in the morning, I work nights",
        "cs",
        [
            on_file(LINE_COOK, "Orlando, FL")(
                "Wilfredo Castañeda",
                0,
                touches=[
                    sms(
                        50,
                        "Ya no me manden mensajes, no me interesa trabajar con ustedes. "
                        "Bórrenme de su lista por favor.",
                    )
                ],
                excluded=True,
            ),
            on_file(LINE_COOK, "Orlando, FL")(
                "Yesenia Barragán",
                2,
                touches=[
                    sms(
                        50,
                        "No me manden mensajes en la mañana porque trabajo de noche, mejor "
                        "después de las 2pm. Sí me interesa lo de line cook.",
                    )
                ],
            ),
        ],
        **job(COOK_JOB, ORLANDO, offers=["$18-$20/hr plus BOH tip share"]),
    ),
    C(
        "compliance note: DNC at her request vs do not contact at her current employer",
        "cs",
        [
            on_file(RRT, "Phoenix, AZ")(
                "Dolores Whitfield-Obi",
                0,
                touches=[
                    ats(
                        70,
                        "Per cand phone call 9/14: DO NOT CONTACT. Req'd removal from all future "
                        "recruiting comms, email + text + phone. Compliance notified, flag set.",
                    )
                ],
                excluded=True,
            ),
            on_file(RRT, "Phoenix, AZ")(
                "Renata Kowalczyk",
                2,
                touches=[
                    ats(
                        70,
                        "Per cand phone call 9/14: do not contact at her work number (Banner), "
                        "personal cell only, after 5pm AZ time. Interested in adult ICU RT.",
                    )
                ],
            ),
        ],
        **job(RT_JOB, PHOENIX),
    ),
    C(
        "a driver's 'take me off the list for good' vs don't call while I'm driving",
        "cs",
        [
            on_file(CDL_DRIVER, "Lakeland, FL")(
                "Cletus Varnadoe",
                0,
                touches=[
                    sms(
                        20,
                        "quit blowing up my phone. i aint interested in your company or any "
                        "other one you recruit for, take me off the list for good",
                    )
                ],
                excluded=True,
            ),
            on_file(CDL_DRIVER, "Lakeland, FL")(
                "Rusty Pennington",
                2,
                touches=[
                    sms(
                        20,
                        "quit calling while im rolling, cant pick up hands free or not. text "
                        "me and ill call back on my 10",
                    )
                ],
            ),
        ],
        **job(CDL_JOB, site("Lakeland, FL"), offers=["Regional, home every weekend"]),
    ),
    C(
        "LinkedIn: nothing from you or your clients vs commercial only, reach out for that",
        "cs",
        [
            on_file(HVAC, "Raleigh, NC")(
                "Garrison Pettiford",
                0,
                touches=[
                    inmail(
                        110,
                        "Not interested in any opportunities with you or your clients, now or "
                        "later. Please stop reaching out here and by email.",
                    )
                ],
                excluded=True,
            ),
            on_file(HVAC, "Raleigh, NC")(
                "Desmond Ogletree",
                2,
                touches=[
                    inmail(
                        110,
                        "Not interested in residential service anymore, I'm done crawling "
                        "attics. Commercial only - feel free to reach out here for those.",
                    )
                ],
            ),
        ],
        **job(
            HVAC_JOB,
            RALEIGH,
            title="Commercial HVAC Service Technician",
            description="Rooftop units and split systems for offices and schools, no residential.",
        ),
    ),
    C(
        "withdrawal note asking for no more recruiting emails vs asking about day shift",
        "cs",
        [
            on_file(CNA, "Columbus, OH")(
                "Shanice Threadgill",
                0,
                apps=[
                    dropped(
                        160,
                        "not_interested",
                        "Withdrew after the phone screen and asked to be removed from all "
                        "future recruiting emails and texts from the health system.",
                        stage="screen",
                        role="CNA",
                    )
                ],
                excluded=True,
            ),
            on_file(CNA, "Columbus, OH")(
                "Brittani Fugate",
                2,
                apps=[
                    dropped(
                        160,
                        "timing",
                        "Withdrew after the phone screen: 2nd shift clashed with her LPN classes. "
                        "Asked to hear about day-shift CNA openings.",
                        stage="screen",
                        role="CNA",
                    )
                ],
            ),
        ],
        **job(CNA_JOB, COLUMBUS, offers=["Day shift 6a-2:30p", "$18.50/hr"]),
    ),
    C(
        "returned voicemail: delete my info vs done with the Strip, Henderson is fine",
        "cs",
        [
            on_file(FRONT_DESK, "Las Vegas, NV")(
                "Ximena Alcantar",
                0,
                touches=[
                    called(
                        45,
                        "Returned cand's VM. She's out of hospitality for good and wants her "
                        "info deleted from our system. No more calls, she was clear.",
                    )
                ],
                excluded=True,
            ),
            on_file(FRONT_DESK, "Las Vegas, NV")(
                "Charmaine Delacroix",
                2,
                touches=[
                    called(
                        45,
                        "Returned cand's VM. She's done with the Strip properties (parking, "
                        "crowds) but wants to hear about off-Strip / Henderson hotels.",
                    )
                ],
            ),
        ],
        **job(FRONT_DESK_JOB, site("Henderson, NV"), offers=["Off-Strip resort, free parking"]),
    ),
    C(
        "'STOP ALL MSGS' vs his wife answering: he's out on a run, call Thursday",
        "cs",
        [
            on_file(CDL_DRIVER, "San Antonio, TX")(
                "Dwight Huckabee",
                0,
                touches=[
                    touch(14, outcome="no_reply", channel="other", note="Texted local job blast."),
                    sms(13, "STOP ALL MSGS"),
                ],
                excluded=True,
            ),
            on_file(CDL_DRIVER, "San Antonio, TX")(
                "Ray Lee Tillotson",
                2,
                touches=[
                    touch(
                        14, outcome="no_reply", channel="other", note="Texted local job details."
                    ),
                    sms(
                        13,
                        "This is Ray's wife, he's out on a run till Thursday. He said yes he "
                        "wants the local job, call him Thursday night after 7.",
                    ),
                ],
            ),
        ],
        **job(CDL_JOB, SAN_ANTONIO, title="CDL-A Local Driver", offers=["Home daily"]),
    ),
]

# --- 2. waits counted from the day said, each against a twin whose wait has run out ---------

WAITS = [
    C(
        "won't leave before the holiday blackout ends in January vs after the July 4th reset",
        "cs",
        [
            on_file(STORE_MGR, "Charlotte, NC")(
                "Terrance Mabry",
                1,
                touches=[
                    called(
                        date(2026, 10, 14),
                        "Spoke w/ cand. Won't leave before Q4 is done - Black Friday thru the "
                        "week after New Year's all PTO is blacked out and his bonus rides on "
                        "holiday comp. Call back mid-Jan.",
                    )
                ],
            ),
            on_file(STORE_MGR, "Charlotte, NC")(
                "Kendrick Youngblood",
                2,
                touches=[
                    called(
                        date(2026, 6, 2),
                        "Spoke w/ cand. Won't interview until the July 4th promo and the "
                        "back-to-school reset are behind him - call back mid-Sept.",
                    )
                ],
            ),
        ],
        **job(STORE_JOB, CHARLOTTE),
    ),
    C(
        "in a new-grad residency until March 2027 vs a residency that ended in August",
        "cs",
        [
            on_file(NEW_RN, "Orlando, FL")(
                "Kaylee Bergstrom",
                1,
                touches=[
                    mail(
                        date(2026, 9, 8),
                        "I'm in the nurse residency program until March 2027 and I signed a "
                        "commitment, so I can't start anywhere else before that. Please reach "
                        "back out in the spring!",
                    )
                ],
            ),
            on_file(NEW_RN, "Orlando, FL")(
                "Mackenzie Oduya",
                2,
                touches=[
                    mail(
                        date(2026, 3, 9),
                        "I'm in the new grad residency through the end of August, after that "
                        "I'm free to look. Please keep me in mind!!",
                    )
                ],
            ),
        ],
        **job(NEWGRAD_JOB, ORLANDO),
    ),
    C(
        "on assignment in Tucson till after Valentine's vs till late September",
        "cs",
        [
            on_file(ICU_RN, "Phoenix, AZ")(
                "Savannah Riggsby",
                1,
                touches=[
                    sms(
                        date(2026, 11, 2),
                        "on assignment in tucson til 2/13, already signed the extension so im "
                        "locked in. after valentines im all yours lol",
                    )
                ],
            ),
            on_file(ICU_RN, "Phoenix, AZ")(
                "Brianna Castellanos",
                2,
                touches=[
                    sms(
                        date(2026, 7, 6),
                        "on assignment in tucson til 9/26 then im free, send me staff jobs "
                        "for after that",
                    )
                ],
            ),
        ],
        **job(ICU_JOB, PHOENIX),
    ),
    C(
        "a sign-on clawback to next June said this July vs the same said in August 2025",
        "cs",
        [
            on_file(CDL_DRIVER, "Dallas, TX")(
                "Jimmie Lee Strickland",
                1,
                touches=[
                    called(
                        date(2026, 7, 20),
                        "Driver signed on w/ a mega carrier in June, $10k sign-on he pays back "
                        "if he leaves inside a year. Not moving until next June.",
                    )
                ],
            ),
            on_file(CDL_DRIVER, "Dallas, TX")(
                "Wendell Bramlett",
                2,
                touches=[
                    called(
                        date(2025, 8, 11),
                        "Driver signed on w/ his carrier in June, $7,500 sign-on he'd owe back "
                        "if he quits within 12 months. Not moving until that clears next June.",
                    )
                ],
            ),
        ],
        **job(CDL_JOB, DALLAS, offers=["Regional, home weekends", "$1,450/wk average"]),
    ),
    C(
        "maternity leave until January vs a maternity leave that ended in July",
        "cs",
        [
            on_file(RRT, "Cleveland, OH")(
                "Ashleigh Vukovich",
                1,
                touches=[
                    ats(
                        date(2026, 10, 1),
                        "Cand on maternity leave (FMLA + PTO), back to work 1/4/27. Doesn't "
                        "want to interview before she's back and settled.",
                    )
                ],
            ),
            on_file(RRT, "Cleveland, OH")(
                "Courtney Szabo",
                2,
                touches=[
                    ats(
                        date(2026, 4, 13),
                        "Cand on maternity leave, back at work mid-July. Open to interviewing "
                        "once she's back on her feet.",
                    )
                ],
            ),
        ],
        **job(RT_JOB, CLEVELAND),
    ),
    C(
        "journeyman test in January vs the test he sat in August",
        "cs",
        [
            on_file(APPRENTICE, "Phoenix, AZ")(
                "Tanner Holloway",
                1,
                touches=[
                    sms(
                        date(2026, 10, 19),
                        "sitting for my journeyman test in jan. not jumping ship til i got my "
                        "card in hand, hit me after",
                    )
                ],
            ),
            on_file(APPRENTICE, "Phoenix, AZ")(
                "Colton Ybarra",
                2,
                touches=[
                    sms(
                        date(2026, 5, 4),
                        "got my journeyman exam in august, not jumping ship before that. hit "
                        "me up after",
                    )
                ],
            ),
        ],
        **job(ELECTRICIAN_JOB, PHOENIX, offers=["$34-$38/hr", "Company truck"]),
    ),
    C(
        "Spanish: baby due in December, not before New Year's vs baby born in July",
        "cs",
        [
            on_file(LINE_COOK, "Kissimmee, FL")(
                "Eliseo Maldonado",
                1,
                touches=[
                    sms(
                        date(2026, 10, 26),
                        "Gracias pero mi esposa da a luz en diciembre, no voy a cambiar de "
                        "trabajo hasta después de Año Nuevo. Escríbeme en enero.",
                    )
                ],
            ),
            on_file(LINE_COOK, "Kissimmee, FL")(
                "Rigoberto Anaya",
                2,
                touches=[
                    sms(
                        date(2026, 6, 15),
                        "Gracias, mi esposa da a luz en julio. No cambio de trabajo hasta "
                        "septiembre, escríbeme después.",
                    )
                ],
            ),
        ],
        **job(COOK_JOB, site("Kissimmee, FL")),
    ),
    C(
        "slammed through CES and Super Bowl weekend vs through graduation season",
        "cs",
        [
            on_file(SOUS, "Las Vegas, NV")(
                "Dominic Ferraro-Vance",
                1,
                touches=[
                    inmail(
                        date(2026, 11, 9),
                        "Appreciate you thinking of me. We're slammed through CES and Super "
                        "Bowl weekend and I'm not leaving my chef hanging, so nothing until "
                        "mid-February. Circle back then?",
                    )
                ],
            ),
            on_file(SOUS, "Las Vegas, NV")(
                "Jolene Marchetti",
                2,
                touches=[
                    inmail(
                        date(2026, 3, 16),
                        "Appreciate you thinking of me. We're slammed through March Madness "
                        "and graduation season - circle back after Memorial Day?",
                    )
                ],
            ),
        ],
        **job(SOUS_JOB, LAS_VEGAS, salary_min=68_000, salary_max=78_000, currency="USD"),
    ),
    C(
        "graduating in May 2027 vs 'next May' said in September 2025",
        "cs",
        [
            on_file(FRONT_DESK, "Orlando, FL")(
                "Priyanka Ramdeen",
                1,
                touches=[
                    mail(
                        date(2026, 8, 24),
                        "I'm finishing my hospitality management degree at UCF and graduate in "
                        "May 2027. I'd rather wait until I've walked before making a move.",
                    )
                ],
            ),
            on_file(FRONT_DESK, "Orlando, FL")(
                "Alondra Fuentes-Whitley",
                2,
                touches=[
                    mail(
                        date(2025, 9, 15),
                        "I'm wrapping up my hospitality degree and graduate next May. I'd "
                        "like to wait until I've walked before I make a move, if that's ok.",
                    )
                ],
            ),
        ],
        **job(FRONT_DESK_JOB, ORLANDO),
    ),
    C(
        "won't leave mid heating season, call in March vs mid cooling season, after Labor Day",
        "cs",
        [
            on_file(HVAC, "Dayton, OH")(
                "Beau Shackelford",
                1,
                touches=[
                    called(
                        date(2026, 10, 6),
                        "Tech won't leave his shop mid heating season - loyalty thing w/ the "
                        "owner. Said hit him up in March once the furnace calls die down.",
                    )
                ],
            ),
            on_file(HVAC, "Dayton, OH")(
                "Harlan Cheatham",
                2,
                touches=[
                    called(
                        date(2026, 6, 8),
                        "Tech won't walk out on his shop in the middle of cooling season. Said "
                        "hit him up after Labor Day when AC calls slow down.",
                    )
                ],
            ),
        ],
        **job(HVAC_JOB, site("Dayton, OH")),
    ),
]

# --- 3. schedule, travel, visa and license, contract and hours, commute --------------------

NIGHTS_TELE = dict(
    MEDSURG_JOB,
    title="RN - Med/Surg Tele, Nights",
    description="Night shift 7p-7a, 3x12s, on a 32-bed med-surg/tele unit.",
)

SCHEDULE = [
    C(
        "days only after four years of nights vs prefers nights for the diff",
        "cs",
        [
            on_file(MEDSURG_RN, "Dallas, TX")(
                "Kristal Dunnigan",
                0,
                touches=[
                    called(
                        60,
                        "Days only. Did nights for 4 yrs at her last hospital and her body is "
                        "done - won't go back to nights for any diff.",
                    )
                ],
            ),
            on_file(MEDSURG_RN, "Dallas, TX")(
                "Latrice Honeycutt",
                2,
                touches=[
                    called(
                        60,
                        "Prefers nights - kids are in school during the day and the diff "
                        "helps. 3x12s ideal.",
                    )
                ],
            ),
        ],
        **job(NIGHTS_TELE, DALLAS, offers=["$6/hr night differential"]),
    ),
    C(
        "custody weekends, can't work them vs wants Friday and Saturday for the hours",
        "cs",
        [
            on_file(LINE_COOK, "Chicago, IL")(
                "Marcus Oyelaran",
                0,
                touches=[sms(40, "cant do weekends no more, i got my kids fri to sun now")],
            ),
            on_file(LINE_COOK, "Chicago, IL")(
                "Julio Betancourt",
                2,
                touches=[sms(40, "weekends r good, i want fri sat nights for the hours")],
            ),
        ],
        **job(
            COOK_JOB,
            CHICAGO,
            description="Sauté station, Thursday to Sunday dinner service in a River North "
            "steakhouse; Friday and Saturday nights are required.",
        ),
    ),
    C(
        "wants the weekend option for BSN classes vs needs weekends off for church and ball",
        "cs",
        [
            on_file(MEDSURG_RN, "Columbus, OH")(
                "Heather Lindquist",
                2,
                "Looking for a weekend-only option so she can do her BSN classes Monday to Friday",
            ),
            on_file(MEDSURG_RN, "Columbus, OH")(
                "Rebekah Stoltzfus",
                0,
                "Needs every weekend off - church on Sunday and her son's travel baseball. "
                "M-F only",
            ),
        ],
        **job(
            MEDSURG_JOB,
            COLUMBUS,
            title="RN - Weekend Option Program",
            description="Work every Saturday and Sunday, two 12s, paid at a premium rate.",
        ),
    ),
    C(
        "first shift only, cares for his mother evenings vs any shift, 2nd or 3rd preferred",
        "cs",
        [
            on_file(FORKLIFT, "Charlotte, NC")(
                "Otis Drummond",
                0,
                touches=[
                    called(
                        25,
                        "Can only do 1st shift, no rotating. Takes care of his mom in the "
                        "evenings after his sister leaves.",
                    )
                ],
            ),
            on_file(FORKLIFT, "Charlotte, NC")(
                "Dante Whitlock",
                2,
                touches=[
                    called(
                        25,
                        "Any shift's fine, 2nd or 3rd preferred for the shift diff. Has "
                        "worked rotating before at the Amazon DC.",
                    )
                ],
            ),
        ],
        **job(
            FORKLIFT_JOB,
            CHARLOTTE,
            description="Rotating 4x10 shifts (days, swings and nights, Sundays included).",
        ),
    ),
    C(
        "no on-call after missing every game vs likes on-call weeks for the OT",
        "cs",
        [
            on_file(HVAC, "Tampa, FL")(
                "Boyd Castleberry",
                0,
                touches=[
                    called(
                        80,
                        "No on-call. Did the after-hours emergency rotation at his last shop "
                        "and missed every one of his kids' games.",
                    )
                ],
            ),
            on_file(HVAC, "Tampa, FL")(
                "Reggie Applewhite",
                2,
                touches=[
                    called(80, "Likes on-call weeks for the OT - said put him on the rotation.")
                ],
            ),
        ],
        **job(HVAC_JOB, TAMPA, offers=["On-call one week in four, paid at time and a half"]),
    ),
    C(
        "won't work Thanksgiving or Christmas again vs holidays fine at time and a half",
        "cs",
        [
            on_file(SOUS, "Orlando, FL")(
                "Anneliese Grubbs",
                0,
                touches=[
                    inmail(
                        120,
                        "Honestly I won't work Christmas or Thanksgiving anymore. Missed eight "
                        "years of family holidays and that's non-negotiable now.",
                    )
                ],
            ),
            on_file(SOUS, "Orlando, FL")(
                "Teodoro Villalobos",
                2,
                touches=[inmail(120, "Holidays don't bother me as long as it's time and a half.")],
            ),
        ],
        **job(
            SOUS_JOB,
            ORLANDO,
            description="Banquet sous chef at a convention resort; Thanksgiving, Christmas and "
            "New Year's Eve are our biggest banquet days and are worked.",
            offers=["Holiday pay at time and a half"],
        ),
    ),
]

TRAVEL = [
    C(
        "home every night, wife works nights vs single, likes the road with per diem",
        "cs",
        [
            on_file(HVAC, "Charlotte, NC")(
                "Clayton Rutledge",
                0,
                touches=[
                    called(
                        55,
                        "Won't do overnights. Home every night period - wife works nights at "
                        "Atrium and somebody has to be with the kids.",
                    )
                ],
            ),
            on_file(HVAC, "Charlotte, NC")(
                "Jace Ledbetter",
                2,
                touches=[
                    called(
                        55,
                        "Doesn't mind travel if there's per diem. Single, no kids, kind of "
                        "likes the road.",
                    )
                ],
            ),
        ],
        **job(
            HVAC_JOB,
            CHARLOTTE,
            title="Commercial HVAC Technician - Traveling",
            description="Startups and warranty work on new stores across the Carolinas and "
            "Virginia, out Monday to Thursday about two weeks a month.",
            offers=["$65/day per diem and hotel paid"],
        ),
    ),
    C(
        "never OTR again vs wants OTR, home every three weeks is fine",
        "cs",
        [
            on_file(CDL_DRIVER, "Memphis, TN")(
                "Buford Tillery",
                0,
                touches=[
                    sms(
                        30,
                        "only local or regional w/ home every weekend. did OTR 6 yrs never again",
                    )
                ],
            ),
            on_file(CDL_DRIVER, "Memphis, TN")(
                "Lamont Gaither",
                2,
                touches=[
                    sms(
                        30,
                        "i want OTR. like being out, send money home, home every 3 wks is fine "
                        "by me",
                    )
                ],
            ),
        ],
        **job(
            CDL_JOB,
            site("Memphis, TN"),
            title="CDL-A OTR Driver",
            description="Over-the-road dry van, 48 states, out 3 weeks and home 4 days.",
        ),
    ),
    C(
        "done traveling, wants staff near Katy vs wants her next 13-week contract",
        "cs",
        [
            on_file(ICU_RN, "Katy, TX")(
                "Mallory Bechtel",
                0,
                touches=[
                    mail(
                        65,
                        "After four years of contracts I'm done traveling. Looking for a staff "
                        "ICU job close to home in Katy, no more 13-weekers.",
                    )
                ],
            ),
            on_file(ICU_RN, "Katy, TX")(
                "Genevieve Okafor-Lutz",
                2,
                touches=[
                    mail(
                        65,
                        "Ready for my next 13-week contract! Open to anywhere warm this winter, "
                        "AZ or FL preferred.",
                    )
                ],
            ),
        ],
        **job(
            ICU_JOB,
            PHOENIX,
            title="Travel RN - ICU (13 weeks)",
            description="13-week travel contract in a Phoenix medical ICU, 3x12s.",
            offers=["$2,650/wk gross with tax-free housing stipend"],
        ),
    ),
    C(
        "no more out-of-town work after Midland vs goes out of town for per diem",
        "cs",
        [
            on_file(JOURNEYMAN, "San Antonio, TX")(
                "Wade Kimbrough",
                0,
                touches=[
                    called(
                        95,
                        "No out-of-town work. Went to Midland for the oilfield job last year "
                        "and it about ended his marriage.",
                    )
                ],
            ),
            on_file(JOURNEYMAN, "San Antonio, TX")(
                "Efrain Solorzano",
                2,
                touches=[
                    called(
                        95,
                        "Will go out of town for the right per diem - did data center builds "
                        "in Abilene last year.",
                    )
                ],
            ),
        ],
        **job(
            ELECTRICIAN_JOB,
            SAN_ANTONIO,
            description="Data center and solar builds across West Texas: 10 days on, 4 off.",
            offers=["$110/day per diem, motel paid"],
        ),
    ),
]

VISA = [
    C(
        "needs an EB-3 sponsor vs green card holder, no sponsorship",
        "cs",
        [
            on_file(MEDSURG_RN, "Tampa, FL")(
                "Rowena Macapagal-Tuazon",
                0,
                touches=[
                    ats(
                        140,
                        "Foreign-educated RN, NCLEX passed 2025, Florida license. Needs an "
                        "employer to sponsor her EB-3 green card to work here.",
                    )
                ],
            ),
            on_file(MEDSURG_RN, "Tampa, FL")(
                "Jocelyn Abernathy-Sy",
                2,
                touches=[
                    ats(140, "Green card holder since 2019, no sponsorship needed. FL license.")
                ],
            ),
        ],
        **job(MEDSURG_JOB, TAMPA, offers=["We are unable to sponsor work visas"]),
    ),
    C(
        "a Canadian RN needing a TN the hospital supports vs an H-1B it does not",
        "cs",
        [
            on_file(MEDSURG_RN, "Windsor, ON, Canada")(
                "Mireille Tremblay",
                2,
                touches=[
                    mail(
                        75,
                        "I'm a Canadian RN (Ontario), NCLEX done and Ohio license approved. I'd "
                        "come down on a TN - the hospital would just need to give me the offer "
                        "letter for the border.",
                    )
                ],
            ),
            on_file(MEDSURG_RN, "Windsor, ON, Canada")(
                "Ananya Raghunathan",
                0,
                touches=[
                    mail(
                        75,
                        "I'm currently in Ontario on a work permit, NCLEX done and Ohio license "
                        "approved. I'd need an H-1B petition to work in the US.",
                    )
                ],
            ),
        ],
        **job(
            MEDSURG_JOB,
            site("Toledo, OH"),
            offers=["TN visa support for Canadian RNs", "No H-1B sponsorship"],
        ),
    ),
    C(
        "EAD lapsed, renewal pending vs EAD renewed through 2028",
        "cs",
        [
            on_file(FORKLIFT, "Orlando, FL")(
                "Yanelis Corrales",
                0,
                touches=[
                    sms(
                        30,
                        "my work permit (EAD) expired in august and the renewal is still "
                        "pending, i cant work till uscis approves it",
                    )
                ],
            ),
            on_file(FORKLIFT, "Orlando, FL")(
                "Osmany Carbonell",
                2,
                touches=[sms(30, "my EAD got renewed, good thru 2028. ready to work")],
            ),
        ],
        **job(FORKLIFT_JOB, ORLANDO, offers=["Must be authorized to work in the US; E-Verify"]),
    ),
    C(
        "a seasonal H-2B ending vs a citizen whose wife is the one on an H-1B",
        "cs",
        [
            on_file(SOUS, "Las Vegas, NV")(
                "Stanislav Hrubý",
                0,
                touches=[
                    ats(
                        85,
                        "Cand here on an H-2B for the summer season at the Tahoe resort, visa "
                        "ends in October. Would need sponsorship to stay on.",
                    )
                ],
            ),
            on_file(SOUS, "Las Vegas, NV")(
                "Declan Moriarty-Baptiste",
                2,
                touches=[
                    ats(
                        85,
                        "Wife is on an H-1B at UNLV; he's a US citizen, no sponsorship needed "
                        "for him.",
                    )
                ],
            ),
        ],
        **job(SOUS_JOB, LAS_VEGAS, offers=["Year-round position; no visa sponsorship"]),
    ),
]

CONTRACT = [
    C(
        "needs full-time benefits, husband's insurance ends vs PRN only, has the VA",
        "cs",
        [
            on_file(RRT, "San Antonio, TX")(
                "Darlene Kowalski-Pruitt",
                0,
                touches=[
                    called(
                        45,
                        "Needs full-time w/ benefits - husband's insurance ends in Jan and she "
                        "doesn't want to go on the ACA marketplace. Can't do PRN.",
                    )
                ],
            ),
            on_file(RRT, "San Antonio, TX")(
                "Fatima Ogundipe",
                2,
                touches=[
                    called(
                        45,
                        "Only wants PRN - has a FT job at the VA w/ benefits, looking for "
                        "extra shifts.",
                    )
                ],
            ),
        ],
        **job(
            RT_JOB,
            SAN_ANTONIO,
            title="Respiratory Therapist - PRN",
            description="Per diem RT, two shifts a month minimum, no benefits.",
            offers=["$52/hr PRN rate"],
        ),
    ),
    C(
        "no more temp after an agency burned him vs wants seasonal peak only",
        "cs",
        [
            on_file(FORKLIFT, "Columbus, OH")(
                "Curtis Mayweather",
                0,
                touches=[
                    called(
                        70,
                        "Not doing temp again. Wants direct hire w/ 401k - staffing agency "
                        "let him go the week after peak last year.",
                    )
                ],
            ),
            on_file(FORKLIFT, "Columbus, OH")(
                "Skyler Fenstermacher",
                2,
                touches=[
                    called(
                        70,
                        "Only wants seasonal peak work, runs his own lawn business spring to fall.",
                    )
                ],
            ),
        ],
        **job(
            FORKLIFT_JOB,
            COLUMBUS,
            title="Seasonal Forklift Operator (Peak)",
            description="Temporary through the agency, mid-October to mid-January peak season.",
        ),
    ),
    C(
        "three days a week while her youngest is in pre-K vs needs 40 plus OT",
        "cs",
        [
            on_file(MED_ASSISTANT, "Mesa, AZ")(
                "Carina Villaseñor",
                2,
                touches=[
                    sms(
                        50,
                        "Looking for part time, 3 days a week max while my youngest is in pre-K",
                    )
                ],
            ),
            on_file(MED_ASSISTANT, "Mesa, AZ")(
                "Krystle Baumgardner",
                0,
                touches=[sms(50, "I need 40 hrs plus OT, single income household rn")],
            ),
        ],
        **job(
            MA_JOB,
            site("Mesa, AZ"),
            title="Medical Assistant - Part Time",
            description="24 hours a week: Monday, Wednesday, Friday in a pediatric clinic.",
        ),
    ),
    C(
        "non-union, won't go through the hall vs wants a union shop for the pension",
        "cs",
        [
            on_file(JOURNEYMAN, "Chicago, IL")(
                "Vince Pagliaro",
                0,
                touches=[
                    called(
                        100,
                        "Non-union guy, doesn't want to pay dues or go through the hall. Open "
                        "shop only.",
                    )
                ],
            ),
            on_file(JOURNEYMAN, "Chicago, IL")(
                "Emmett Dziedzic",
                2,
                touches=[
                    called(
                        100,
                        "Wants into a union shop for the pension and the wage scale, been open "
                        "shop his whole career.",
                    )
                ],
            ),
        ],
        **job(
            ELECTRICIAN_JOB,
            CHICAGO,
            description="IBEW signatory contractor; dispatched through the local.",
            offers=["Union scale, pension and annuity"],
        ),
    ),
    C(
        "W-2 only after the self-employment tax vs has an LLC, prefers 1099",
        "cs",
        [
            on_file(HVAC, "Phoenix, AZ")(
                "Lyle Gutknecht",
                0,
                touches=[sms(35, "W2 only. got burned on 1099, self employment tax killed me")],
            ),
            on_file(HVAC, "Phoenix, AZ")(
                "Armando Trujillo-Baca",
                2,
                touches=[sms(35, "i got my own LLC, rather 1099 so i can write off my truck")],
            ),
        ],
        **job(
            HVAC_JOB,
            PHOENIX,
            title="HVAC Technician (1099 Subcontractor)",
            description="Independent contractor for summer install and service overflow.",
        ),
    ),
    C(
        "won't sign another bonus commitment vs fine with two years for the sign-on",
        "cs",
        [
            on_file(MEDSURG_RN, "Raleigh, NC")(
                "Tiffani Greer",
                0,
                touches=[
                    mail(
                        100,
                        "I'm not signing anything with a commitment attached ever again. Had to "
                        "pay back half a sign-on when my last unit went to hell.",
                    )
                ],
            ),
            on_file(MEDSURG_RN, "Raleigh, NC")(
                "Morgan Ashcraft",
                2,
                touches=[mail(100, "A 2-year commitment for a sign-on is totally fine with me.")],
            ),
        ],
        **job(MEDSURG_JOB, RALEIGH, offers=["$15,000 sign-on bonus, 24-month commitment"]),
    ),
]

COMMUTE = [
    C(
        "won't do I-4 at rush hour from Kissimmee vs fifteen minutes from Sanford",
        "cs",
        [
            on_file(MED_ASSISTANT, "Kissimmee, FL")(
                "Nayeli Santamaría",
                0,
                touches=[
                    called(
                        40,
                        "Lives in Kissimmee. Won't do I-4 at rush hour to Lake Mary, 25 min "
                        "drive max.",
                    )
                ],
            ),
            on_file(MED_ASSISTANT, "Sanford, FL")(
                "Jazmine Holcomb",
                2,
                touches=[called(40, "Lives in Sanford, 15 min to Lake Mary.")],
            ),
        ],
        **job(MA_JOB, site("Lake Mary, FL")),
    ),
    C(
        "refuses to drive inside the Loop again vs ten minutes from the Med Center",
        "cs",
        [
            on_file(MEDSURG_RN, "Cypress, TX")(
                "Stacey Broussard",
                0,
                touches=[
                    called(
                        90,
                        "Lives in Cypress. Refuses to drive inside the 610 Loop again - 290 "
                        "traffic plus $150/mo parking at the Med Center wasn't worth it.",
                    )
                ],
            ),
            on_file(MEDSURG_RN, "Bellaire, TX")(
                "Ngozi Fairbanks",
                2,
                touches=[
                    called(90, "Lives in Bellaire, 10 min to the Med Center, rides METRORail.")
                ],
            ),
        ],
        **job(MEDSURG_JOB, site("Houston, TX (Texas Medical Center)")),
    ),
    C(
        "no car, needs a bus line vs has his own truck, DC has no bus service",
        "cs",
        [
            on_file(FORKLIFT, "Charlotte, NC")(
                "Antwan Lassiter",
                0,
                touches=[sms(20, "no car rn, i take the CATS bus. need something on a bus line")],
            ),
            on_file(FORKLIFT, "Charlotte, NC")(
                "Colby Harrelson",
                2,
                touches=[sms(20, "got my own truck, reliable transportation no problem")],
            ),
        ],
        **job(
            FORKLIFT_JOB,
            site("Concord, NC"),
            description="Distribution center off I-85 exit 49; no public transit to the site, "
            "reliable transportation required.",
        ),
    ),
    C(
        "won't drive over 20 miles from Delaware, OH vs will drive an hour for the rate",
        "cs",
        [
            on_file(LPN, "Delaware, OH")(
                "Randi Hochstetler",
                0,
                touches=[called(35, "Won't drive more than 20 mi each way, gas is killing her.")],
            ),
            on_file(LPN, "Delaware, OH")(
                "Tonya Blankenship",
                2,
                touches=[called(35, "Will drive up to an hour for the right rate.")],
            ),
        ],
        **job(LPN_JOB, site("Grove City, OH")),
    ),
    C(
        "Pilsen, no car, no train to Schaumburg for 6am vs ten minutes from Hoffman Estates",
        "cs",
        [
            on_file(FRONT_DESK, "Chicago, IL")(
                "Guadalupe Ocampo",
                0,
                touches=[
                    mail(
                        60,
                        "I live in Pilsen and don't drive. The Metra doesn't get out to "
                        "Schaumburg early enough for a 6am shift, so suburbs are out for me.",
                    )
                ],
            ),
            on_file(FRONT_DESK, "Hoffman Estates, IL")(
                "Kelsey Wojcik",
                2,
                touches=[mail(60, "I'm in Hoffman Estates - Schaumburg is 10 minutes for me.")],
            ),
        ],
        **job(
            FRONT_DESK_JOB,
            site("Schaumburg, IL"),
            description="Lead the front desk of a 500-room convention hotel; 6am openings.",
        ),
    ),
]

# --- 4. pay against the band -----------------------------------------------------------------

PAY = [
    C(
        "won't take under $58 base vs asking $45, flexible with a good diff",
        "cs",
        [
            on_file(MEDSURG_RN, "Houston, TX")(
                "Tabitha Roundtree",
                0,
                touches=[
                    called(
                        30,
                        "Won't take less than $58/hr base, that's what she makes now at her "
                        "current hospital.",
                    )
                ],
            ),
            on_file(MEDSURG_RN, "Houston, TX")(
                "Yolanda Perales",
                2,
                touches=[called(30, "Asking $45/hr base, flexible if the night diff is decent.")],
            ),
        ],
        **job(NIGHTS_TELE, HOUSTON, offers=["$42-$48/hr base", "+$5/hr nights"]),
    ),
    C(
        "won't look under $3,200 a week vs $2,200 is fine with a tax-free stipend",
        "cs",
        [
            on_file(ICU_RN, "Tucson, AZ")(
                "Shelby Cornwell",
                0,
                touches=[sms(45, "wont look at anything under 3200/wk gross, ICU rates are up")],
            ),
            on_file(ICU_RN, "Tucson, AZ")(
                "Evangeline Sobczak",
                2,
                touches=[sms(45, "2200 a week is fine by me if the housing stipend is tax free")],
            ),
        ],
        **job(
            ICU_JOB,
            PHOENIX,
            title="Travel RN - ICU (13 weeks)",
            offers=["$2,350/wk gross including tax-free housing and M&IE"],
        ),
    ),
    C(
        "GM wants $110k base vs looking for $80k, a $78-85k GM role",
        "cs",
        [
            on_file(REST_GM, "Chicago, IL")(
                "Nicolette Fairweather",
                0,
                touches=[
                    inmail(
                        50,
                        "Thanks for reaching out. To be transparent, I'm not looking at "
                        "anything under $110k base at this point.",
                    )
                ],
            ),
            on_file(REST_GM, "Chicago, IL")(
                "Rashad Kimbrell",
                2,
                touches=[
                    inmail(
                        50,
                        "Thanks for reaching out! I'm at $72k now and looking for around $80k "
                        "plus bonus.",
                    )
                ],
            ),
        ],
        **job(
            GM_JOB,
            CHICAGO,
            salary_min=78_000,
            salary_max=85_000,
            currency="USD",
            offers=["Quarterly bonus up to 15%"],
        ),
    ),
    C(
        "makes $105k but would take $90k vs makes $88k, won't move under $100k",
        "cs",
        [
            on_file(STORE_MGR, "Tampa, FL")(
                "Gordon Whitehurst",
                2,
                touches=[
                    called(
                        40,
                        "Makes $105k at his current big-box but would take $90k to get off the "
                        "60-hr weeks.",
                    )
                ],
            ),
            on_file(STORE_MGR, "Tampa, FL")(
                "Lorena Echeverría",
                0,
                touches=[called(40, "Makes $88k now, won't move for less than $100k + bonus.")],
            ),
        ],
        **job(STORE_JOB, TAMPA, salary_min=85_000, salary_max=95_000, currency="USD"),
    ),
    C(
        "needs $24 flat, tips don't count vs $17-18 plus tip share works",
        "cs",
        [
            on_file(LINE_COOK, "Las Vegas, NV")(
                "Deonte Richburg",
                0,
                touches=[
                    sms(
                        25,
                        "need $24/hr flat. dont count the tip share, that changes every week",
                    )
                ],
            ),
            on_file(LINE_COOK, "Las Vegas, NV")(
                "Marco Antonio Leyva",
                2,
                touches=[sms(25, "17 or 18 an hour plus the tip share works for me")],
            ),
        ],
        **job(COOK_JOB, LAS_VEGAS, offers=["$18/hr plus BOH tip pool (about $4/hr)"]),
    ),
    C(
        "the local's scale of $46 or nothing vs making $29, wants $33-35",
        "cs",
        [
            on_file(JOURNEYMAN, "Cleveland, OH")(
                "Stosh Wiercinski",
                0,
                touches=[
                    called(
                        75,
                        "Journeyman scale in his local is $46/hr plus the benefit package. "
                        "Won't go non-union for less than that.",
                    )
                ],
            ),
            on_file(JOURNEYMAN, "Cleveland, OH")(
                "Brady Kowalewski",
                2,
                touches=[called(75, "Making $29 now at a resi shop, wants $33-35.")],
            ),
        ],
        **job(ELECTRICIAN_JOB, CLEVELAND, offers=["$32-$36/hr, open shop", "401k with 4% match"]),
    ),
    C(
        "won't drive under 75 cpm vs anything over 60 cpm",
        "cs",
        [
            on_file(CDL_DRIVER, "Columbus, OH")(
                "Virgil Oakes",
                0,
                touches=[sms(60, "wont drive for under 75 cpm, i know what im worth")],
            ),
            on_file(CDL_DRIVER, "Columbus, OH")(
                "Thaddeus Merriweather",
                2,
                touches=[sms(60, "anything over 60 cpm and steady miles im good")],
            ),
        ],
        **job(CDL_JOB, COLUMBUS, offers=["62-68 cents per mile, 2,500 miles a week average"]),
    ),
    C(
        "Spanish: at least $22 an hour vs $16-17 is fine, she needs fixed hours",
        "cs",
        [
            on_file(CNA, "San Antonio, TX")(
                "Maribel Zamarripa",
                0,
                touches=[
                    sms(
                        40,
                        "Busco mínimo $22 la hora, en el nursing home donde estoy ya me pagan $20.",
                    )
                ],
            ),
            on_file(CNA, "San Antonio, TX")(
                "Rocío Bustamante",
                2,
                touches=[
                    sms(
                        40,
                        "Con $16-17 la hora estoy bien, lo que necesito son horas fijas.",
                    )
                ],
            ),
        ],
        **job(CNA_JOB, SAN_ANTONIO, offers=["$17/hr, set schedule"]),
    ),
    C(
        "about $1,300 a week vs $40 an hour, against a $60-70k salary",
        "cs",
        [
            on_file(HVAC, "Greenville, SC")(
                "Cody Satterfield",
                2,
                touches=[called(55, "Wants to clear about $1,300 a week.")],
            ),
            on_file(HVAC, "Greenville, SC")(
                "Luther Pendarvis",
                0,
                touches=[called(55, "Wants $40 an hour, not a penny less.")],
            ),
        ],
        **job(
            HVAC_JOB,
            site("Greenville, SC"),
            salary_min=60_000,
            salary_max=70_000,
            currency="USD",
        ),
    ),
]

# --- 5. work mode, negations and scope, location ---------------------------------------------

WORK_MODE = [
    C(
        "wants off the floor into telehealth after a back injury vs bedside only",
        "cs",
        [
            on_file(MEDSURG_RN, "Jacksonville, FL")(
                "Bernadette Quarles",
                2,
                "Wants to get off the floor - looking at telehealth or remote triage after a "
                "back injury",
            ),
            on_file(MEDSURG_RN, "Jacksonville, FL")(
                "Consuelo Arredondo",
                0,
                "Bedside nurse through and through, would never do telephonic nursing",
            ),
        ],
        **job(
            MEDSURG_JOB,
            dict(remote_policy="remote", location="Remote (US, FL compact license)"),
            title="RN - Telehealth Triage",
            description="Nurse triage line for a health plan's members.",
        ),
    ),
    C(
        "wants to work from home with kids vs wants to be in the clinic, said only in the text",
        "cs",
        [
            on_file(MED_ASSISTANT, "Greensboro, NC")(
                "Alisha Pruitt",
                2,
                touches=[sms(70, "anything WFH? my kids are home after 3 and daycare is $$$")],
            ),
            on_file(MED_ASSISTANT, "Greensboro, NC")(
                "Beatriz Montalvo",
                0,
                touches=[
                    sms(
                        70,
                        "I want to stay in a clinic with patients, I'd go crazy stuck at a desk "
                        "at home",
                    )
                ],
            ),
        ],
        **job(
            MA_JOB,
            dict(location="Greensboro, NC"),
            title="Prior Authorization Specialist",
            description="Work from home after two weeks of onsite training: prior "
            "authorizations and referrals for a cardiology group.",
        ),
    ),
    C(
        "off the road into dispatch from home vs can't stand a desk at home",
        "cs",
        [
            on_file(CDL_DRIVER, "Gastonia, NC")(
                "Earl Dean Puckett",
                2,
                touches=[
                    called(
                        90,
                        "Wants off the road, knees are shot. Would love to work from home for "
                        "the grandkids.",
                    )
                ],
            ),
            on_file(CDL_DRIVER, "Gastonia, NC")(
                "Howard Bassinger",
                0,
                touches=[
                    called(
                        90,
                        "Can't stand being cooped up. If he comes off the truck he wants to be "
                        "in the yard with the drivers, not at a desk in his house.",
                    )
                ],
            ),
        ],
        **job(
            CDL_JOB,
            dict(location="Gastonia, NC"),
            title="Driver Manager / Dispatcher",
            description="Manage a board of 45 drivers.",
            offers=["Dispatch from home after 90 days of training in the terminal"],
        ),
    ),
    C(
        "remote reservations only now vs misses being on property, an on-site front desk",
        "cs",
        [
            on_file(FRONT_DESK, "Orlando, FL")(
                "Gwendolyn Ashby-Nuñez",
                0,
                touches=[
                    inmail(
                        80,
                        "I'm only looking at remote roles now - reservations or guest services "
                        "from home.",
                    )
                ],
            ),
            on_file(FRONT_DESK, "Orlando, FL")(
                "Precious Onwuachi",
                2,
                touches=[
                    inmail(
                        80,
                        "Corporate has me doing revenue reports at home and I miss being on "
                        "property with the guests.",
                    )
                ],
            ),
        ],
        **job(FRONT_DESK_JOB, ORLANDO),
    ),
]

NEGATIONS = [
    C(
        "not opposed to nights at all vs not doing nights, not even for the diff",
        "cs",
        [
            on_file(LPN, "Akron, OH")(
                "Loretta Gingerich",
                2,
                touches=[called(50, "Not opposed to nights at all, did them for years.")],
            ),
            on_file(LPN, "Akron, OH")(
                "Velma Strouse",
                0,
                touches=[called(50, "Not doing nights, not even for the diff.")],
            ),
        ],
        **job(
            LPN_JOB,
            site("Akron, OH"),
            description="Night charge LPN, 10p-6:30a, on a 30-bed skilled hall.",
        ),
    ),
    C(
        "never about the money, it was the drive vs never about the drive, it was the money",
        "cs",
        [
            on_file(CNA, "Greenville, NC")(
                "Sharonda Manigault",
                2,
                touches=[
                    sms(
                        65,
                        "it was never about the money at my last job, it was the hour drive "
                        "each way",
                    )
                ],
            ),
            on_file(CNA, "Greenville, NC")(
                "Tracie Baggett",
                0,
                touches=[
                    sms(
                        65,
                        "it was never the drive, it was the money. $15 an hour for what we do is "
                        "insulting",
                    )
                ],
            ),
        ],
        **job(CNA_JOB, site("Greenville, NC"), offers=["$15.50/hr", "10 minutes from downtown"]),
    ),
    C(
        "no problem with weekends vs the problem is weekends, no childcare",
        "cs",
        [
            on_file(STORE_MGR, "Mesa, AZ")(
                "Kirsten Vanlandingham",
                2,
                touches=[ats(30, "No problem w/ weekends or closing shifts.")],
            ),
            on_file(STORE_MGR, "Mesa, AZ")(
                "Rosalind Etheridge",
                0,
                touches=[ats(30, "The problem is weekends - no childcare Sat/Sun.")],
            ),
        ],
        **job(
            STORE_JOB,
            site("Mesa, AZ"),
            description="Run a high-volume store; managers work two weekend days a month.",
        ),
    ),
    C(
        "doesn't mind running the line if she still cooks vs doesn't want to manage anyone",
        "cs",
        [
            on_file(LINE_COOK, "Orlando, FL")(
                "Tamsin Okerlund",
                2,
                touches=[
                    called(
                        45,
                        "Doesn't mind running the line and doing the schedule as long as she's "
                        "still on the stove.",
                    )
                ],
            ),
            on_file(LINE_COOK, "Orlando, FL")(
                "Hector Valladares",
                0,
                touches=[
                    called(
                        45,
                        "Doesn't want to manage anybody anymore, just wants to cook his station.",
                    )
                ],
            ),
        ],
        **job(SOUS_JOB, ORLANDO, title="Sous Chef (working)"),
    ),
    C(
        "no issues with a DOT drug screen vs says he'd fail a hair test right now",
        "cs",
        [
            on_file(CDL_DRIVER, "Phoenix, AZ")(
                "Lonnie Birdsong",
                2,
                touches=[
                    called(
                        40, "No issues w/ the DOT physical or drug screen, clean MVR, no tickets."
                    )
                ],
            ),
            on_file(CDL_DRIVER, "Phoenix, AZ")(
                "Cecil Womack",
                0,
                touches=[
                    called(
                        40,
                        "Told me he'd fail a hair follicle test right now, asked if we have "
                        "any non-DOT jobs.",
                    )
                ],
            ),
        ],
        **job(CDL_JOB, PHOENIX, offers=["Pre-employment DOT drug screen (hair test)"]),
    ),
    C(
        "Spanish: no problem with the night shift vs can't do the night shift",
        "cs",
        [
            on_file(LINE_COOK, "Las Vegas, NV")(
                "Evaristo Galindo",
                2,
                touches=[sms(55, "No tengo problema con el turno de noche, ya lo he trabajado.")],
            ),
            on_file(LINE_COOK, "Las Vegas, NV")(
                "Abundio Carrillo",
                0,
                touches=[sms(55, "El turno de noche no lo puedo hacer, cuido a mis hijos.")],
            ),
        ],
        **job(
            COOK_JOB,
            LAS_VEGAS,
            title="Line Cook - Graveyard",
            description="24-hour casino café, 11pm-7am shift.",
        ),
    ),
    C(
        "won't relocate unless they pay for it vs won't relocate, not even with assistance",
        "cs",
        [
            on_file(RRT, "El Paso, TX")(
                "Graciela Olivarez",
                2,
                touches=[
                    mail(
                        85,
                        "I wouldn't relocate unless the hospital pays for the move - I can't "
                        "float a U-Haul and deposits on my own.",
                    )
                ],
            ),
            on_file(RRT, "El Paso, TX")(
                "Esperanza Dominguez-Kuhn",
                0,
                touches=[
                    mail(
                        85,
                        "I won't relocate, not even with relocation assistance. My parents are "
                        "here.",
                    )
                ],
            ),
        ],
        **job(RT_JOB, DALLAS, offers=["$5,000 relocation assistance"]),
    ),
]

LOCATIONS = [
    C(
        "husband's orders to Fort Bragg, moving in January vs husband moving, she's staying",
        "cs",
        [
            on_file(MEDSURG_RN, "Raleigh, NC")(
                "Whitney Crenshaw",
                2,
                touches=[
                    mail(
                        70,
                        "My husband got orders to Fort Bragg so we're moving to Fayetteville in "
                        "January. Looking for a floor job there.",
                    )
                ],
            ),
            on_file(MEDSURG_RN, "Raleigh, NC")(
                "Paulette Greathouse",
                0,
                touches=[
                    mail(
                        70,
                        "My husband took a job in Fayetteville but I'm staying in Raleigh with "
                        "the kids till they finish school. Raleigh jobs only for me.",
                    )
                ],
            ),
        ],
        **job(MEDSURG_JOB, site("Fayetteville, NC")),
    ),
    C(
        "anywhere in Florida vs Florida but not the Gulf coast after the hurricanes",
        "cs",
        [
            on_file(FRONT_DESK, "Orlando, FL")(
                "Lacey Dunaway",
                2,
                touches=[called(45, "Willing to relocate anywhere in Florida.")],
            ),
            on_file(FRONT_DESK, "Orlando, FL")(
                "Marguerite Boisvert",
                0,
                touches=[
                    called(
                        45,
                        "Will relocate in Florida but not the Gulf coast - lost her car in the "
                        "flooding two hurricane seasons back.",
                    )
                ],
            ),
        ],
        **job(FRONT_DESK_JOB, site("St. Petersburg, FL")),
    ),
    C(
        "wants out of Chicago winters for Phoenix vs not leaving Cook County",
        "cs",
        [
            on_file(REST_GM, "Chicago, IL")(
                "Brendan Mulcahy",
                2,
                touches=[inmail(100, "Done with Chicago winters. Phoenix or Scottsdale, ideally.")],
            ),
            on_file(REST_GM, "Chicago, IL")(
                "Ignatius Wroblewski",
                0,
                touches=[inmail(100, "Not leaving Cook County, my whole family's here.")],
            ),
        ],
        **job(GM_JOB, site("Scottsdale, AZ")),
    ),
    C(
        "anywhere in Ohio but Cleveland vs Cleveland, Columbus or Cincy",
        "cs",
        [
            on_file(RRT, "Toledo, OH")(
                "Margo Stutzman",
                0,
                touches=[called(60, "Will relocate within Ohio but not Cleveland.")],
            ),
            on_file(RRT, "Toledo, OH")(
                "Kiara Holtzclaw",
                2,
                touches=[called(60, "Open to Cleveland, Columbus or Cincy.")],
            ),
        ],
        **job(RT_JOB, CLEVELAND),
    ),
    C(
        "moving back to San Antonio to be near her mom vs staying in Austin",
        "cs",
        [
            on_file(MED_ASSISTANT, "Austin, TX")(
                "Dulce Villarreal",
                2,
                "Moving back to San Antonio to be near her mom",
            ),
            on_file(MED_ASSISTANT, "Austin, TX")(
                "Aracely Montemayor",
                0,
                "Staying in Austin, her kids' school is here",
            ),
        ],
        **job(MA_JOB, SAN_ANTONIO),
    ),
    C(
        "Spanglish: moving to Kissimmee with the family vs the family moves, he stays in Miami",
        "cs",
        [
            on_file(LINE_COOK, "Miami, FL")(
                "Yadier Cintrón",
                2,
                touches=[
                    sms(
                        50,
                        "Me voy a mudar a Kissimmee con mi familia en diciembre, looking for "
                        "kitchen jobs por allá",
                    )
                ],
            ),
            on_file(LINE_COOK, "Miami, FL")(
                "Reinaldo Pichardo",
                0,
                touches=[
                    sms(
                        50,
                        "Mi familia se muda a Kissimmee pero yo me quedo en Miami por mi "
                        "trabajo, only Miami jobs bro",
                    )
                ],
            ),
        ],
        **job(COOK_JOB, site("Kissimmee, FL")),
    ),
]

# --- 6. managing and level, company stage and size, mission, technology ---------------------

LEVEL = [
    C(
        "ready for charge, MSN in leadership vs turned down charge twice, bedside",
        "cs",
        [
            on_file(MEDSURG_RN, "Charlotte, NC")(
                "Antoinette Rhyne",
                2,
                "Ready for charge or a unit manager role - finished her MSN in leadership in May",
            ),
            on_file(MEDSURG_RN, "Charlotte, NC")(
                "Celeste Hinnant",
                0,
                "Wants to stay bedside, has turned down charge twice",
            ),
        ],
        **job(
            MEDSURG_JOB,
            CHARLOTTE,
            title="Assistant Nurse Manager - Med/Surg",
            seniority="manager",
            description="Lead 40 RNs and CNAs on a med-surg unit: staffing, huddles, reviews.",
        ),
    ),
    C(
        "line cook ready to step up to sous vs wants to stay on the line, no paperwork",
        "cs",
        [
            on_file(LINE_COOK, "Las Vegas, NV")(
                "Ezekiel Batiste",
                2,
                touches=[
                    called(
                        60,
                        "Been covering for his sous on Mondays for a year, wants the title and "
                        "the next step up.",
                    )
                ],
            ),
            on_file(LINE_COOK, "Las Vegas, NV")(
                "Ignacio Tavárez",
                0,
                touches=[
                    called(
                        60, "Happy on the line, no interest in ordering, schedules or paperwork."
                    )
                ],
            ),
        ],
        **job(SOUS_JOB, LAS_VEGAS),
    ),
    C(
        "just got his journeyman card, won't take apprentice pay vs wants hours signed off",
        "cs",
        [
            on_file(APPRENTICE, "Tampa, FL")(
                "Hunter Blalock",
                0,
                touches=[sms(40, "just got my journeyman card!! not taking apprentice pay again")],
            ),
            on_file(APPRENTICE, "Tampa, FL")(
                "Jaylen Fortenberry",
                2,
                touches=[
                    sms(40, "3rd yr apprentice, need a shop thatll actually sign off my hours")
                ],
            ),
        ],
        **job(APPRENTICE_JOB, TAMPA),
    ),
    C(
        "district manager roles only vs turned down DM to stay close to family",
        "cs",
        [
            on_file(STORE_MGR, "Columbus, OH")(
                "Douglas Hartsfield",
                0,
                touches=[
                    inmail(
                        75,
                        "At this point I'm only looking at district manager roles - done "
                        "running a single box.",
                    )
                ],
            ),
            on_file(STORE_MGR, "Columbus, OH")(
                "Wanda Sturgill",
                2,
                touches=[
                    inmail(
                        75,
                        "Happy running one store. I turned down a DM job last year to stay "
                        "close to my family.",
                    )
                ],
            ),
        ],
        **job(STORE_JOB, COLUMBUS),
    ),
    C(
        "wants to train new drivers, a million safe miles vs never a student in his truck",
        "cs",
        [
            on_file(CDL_DRIVER, "Fort Worth, TX")(
                "Roscoe Bledsoe",
                2,
                touches=[called(85, "Wants to train new drivers, has 1M+ safe miles.")],
            ),
            on_file(CDL_DRIVER, "Fort Worth, TX")(
                "Clement Threatt",
                0,
                touches=[called(85, "Doesn't ever want a student in his truck again.")],
            ),
        ],
        **job(
            CDL_JOB,
            site("Fort Worth, TX"),
            title="CDL-A Driver Trainer",
            description="Team up with new CDL grads for their first 240 hours on the road.",
        ),
    ),
]

STAGE_SIZE = [
    C(
        "wants a small community hospital vs wants a Level I academic center",
        "cs",
        [
            on_file(MEDSURG_RN, "Lubbock, TX")(
                "Jolene Arceneaux",
                2,
                "Wants a small community hospital - tired of big-system politics and "
                "floating to six units",
            ),
            on_file(MEDSURG_RN, "Lubbock, TX")(
                "Simone Attaway",
                0,
                "Wants a Level I trauma center or an academic medical center, big system only",
            ),
        ],
        **job(
            MEDSURG_JOB,
            site("Plainview, TX"),
            description="25-bed critical access hospital; med-surg, swing beds and ER overflow.",
        ),
    ),
    C(
        "wants a chef-driven independent vs wants a big group with a 401k match",
        "cs",
        [
            on_file(SOUS, "Chicago, IL")(
                "Sigourney Vandersloot",
                2,
                touches=[
                    inmail(
                        95,
                        "Looking for a chef-driven independent. I'm tired of corporate spec "
                        "sheets and plating guides from a test kitchen in Dallas.",
                    )
                ],
            ),
            on_file(SOUS, "Chicago, IL")(
                "Franklin Odom",
                0,
                touches=[
                    inmail(
                        95,
                        "Only looking at big restaurant groups now, want a 401k match and "
                        "real benefits.",
                    )
                ],
            ),
        ],
        **job(
            SOUS_JOB,
            CHICAGO,
            title="Sous Chef - Opening Team",
            description="A chef-owned 80-seat restaurant opening in the West Loop, one location.",
        ),
    ),
    C(
        "wants a family shop where the owner knows his name vs no mom-and-pop again",
        "cs",
        [
            on_file(HVAC, "Columbia, SC")(
                "Dewayne Funderburk",
                2,
                touches=[
                    called(
                        110,
                        "Wants a small family shop where the owner knows his name, not a "
                        "private-equity rollup.",
                    )
                ],
            ),
            on_file(HVAC, "Columbia, SC")(
                "Travis Kinard",
                0,
                touches=[
                    called(
                        110,
                        "Won't do mom-and-pop again after his payroll bounced twice. Big outfit "
                        "with a career ladder only.",
                    )
                ],
            ),
        ],
        **job(
            HVAC_JOB,
            site("Columbia, SC"),
            description="Family-owned since 1978, 12 trucks, the owner still runs calls.",
        ),
    ),
    C(
        "loves new store openings vs wants an established store with a trained team",
        "cs",
        [
            on_file(STORE_MGR, "Phoenix, AZ")(
                "Renee Castaneda-Holt",
                2,
                touches=[ats(50, "Loves new store openings - did 3 grand openings in the Valley.")],
            ),
            on_file(STORE_MGR, "Phoenix, AZ")(
                "Gilbert Zapata",
                0,
                touches=[
                    ats(50, "Wants an established store w/ a trained team, no more grand openings.")
                ],
            ),
        ],
        **job(
            STORE_JOB,
            site("Buckeye, AZ"),
            description="New store opening in March: hire and train the team from zero.",
        ),
    ),
]

MISSION = [
    C(
        "drawn to hospice after her dad vs can't do end-of-life care",
        "cs",
        [
            on_file(MEDSURG_RN, "Sarasota, FL")(
                "Philippa Goodnight",
                2,
                "Wants to go into hospice after her dad's passing - the hospice nurses changed "
                "everything for her family",
            ),
            on_file(MEDSURG_RN, "Sarasota, FL")(
                "Dana Scarborough",
                0,
                "Can't do end-of-life care, it's too much emotionally",
            ),
        ],
        **job(
            MEDSURG_JOB,
            site("Sarasota, FL"),
            title="RN Case Manager - Hospice",
            description="Home hospice case manager for 12-14 patients and their families.",
        ),
    ),
    C(
        "always wanted peds vs won't work with kids",
        "cs",
        [
            on_file(RRT, "Cincinnati, OH")(
                "Hollis Engebretsen",
                2,
                touches=[called(70, "Always wanted peds, did her clinicals at Children's.")],
            ),
            on_file(RRT, "Cincinnati, OH")(
                "Marvin Eckstein",
                0,
                touches=[called(70, "Won't work with kids, adults only.")],
            ),
        ],
        **job(
            RT_JOB,
            site("Cincinnati, OH"),
            title="Respiratory Therapist - Pediatric ICU",
            description="PICU and NICU coverage at a children's hospital.",
        ),
    ),
    C(
        "won't work in a casino, family and gambling vs prefers casino properties",
        "cs",
        [
            on_file(FRONT_DESK, "Las Vegas, NV")(
                "Ruth Ann Kesselring",
                0,
                touches=[
                    mail(
                        60,
                        "I won't work at a casino property. Gambling hurt my family and I "
                        "don't want to be around it every day.",
                    )
                ],
            ),
            on_file(FRONT_DESK, "Las Vegas, NV")(
                "Trinidad Espinal",
                2,
                touches=[
                    mail(60, "I actually prefer casino properties, the energy and the comps.")
                ],
            ),
        ],
        **job(
            FRONT_DESK_JOB,
            LAS_VEGAS,
            description="Lead the front desk of a 2,000-room casino resort on the Strip.",
        ),
    ),
    C(
        "wants to serve her community at a free clinic vs wants concierge medicine",
        "cs",
        [
            on_file(MED_ASSISTANT, "Phoenix, AZ")(
                "Itzel Bojórquez",
                2,
                "Wants to serve her community - volunteered at a free clinic, bilingual, "
                "knows AHCCCS",
            ),
            on_file(MED_ASSISTANT, "Phoenix, AZ")(
                "Courtenay Fitzsimmons",
                0,
                "Wants a concierge or boutique private practice with an upscale clientele",
            ),
        ],
        **job(
            MA_JOB,
            PHOENIX,
            description="Federally qualified health center serving Medicaid (AHCCCS) and "
            "uninsured patients, sliding-fee scale.",
        ),
    ),
]

TECH = [
    C(
        "Epic super user, wants to stay on Epic vs refuses to go back to Epic",
        "cs",
        [
            on_file(MEDSURG_RN, "Tampa, FL")(
                "Jeanette Sokolowski",
                2,
                touches=[
                    called(55, "Epic super user at her last hospital, wants to stay on Epic.")
                ],
            ),
            on_file(MEDSURG_RN, "Tampa, FL")(
                "Vivienne Tallent",
                0,
                touches=[
                    called(
                        55,
                        "Refuses to go back to an Epic hospital - prefers Meditech, says the "
                        "clicks were killing her.",
                    )
                ],
            ),
        ],
        **job(MEDSURG_JOB, TAMPA, offers=["Epic EHR"]),
    ),
    C(
        "certified on reach trucks and order pickers vs sit-down only, scared of heights",
        "cs",
        [
            on_file(FORKLIFT, "Dallas, TX")(
                "Jermaine Tolliver",
                2,
                touches=[
                    sms(
                        35,
                        "certified on reach trucks and order pickers, high racking dont bother me",
                    )
                ],
            ),
            on_file(FORKLIFT, "Dallas, TX")(
                "Rodney Vandergriff",
                0,
                touches=[
                    sms(
                        35,
                        "i only run sit down counterbalance. not getting up on a order picker, "
                        "scared of heights",
                    )
                ],
            ),
        ],
        **job(
            FORKLIFT_JOB,
            DALLAS,
            title="Reach Truck Operator",
            description="Narrow-aisle reach trucks and order pickers, racking to 32 feet.",
        ),
    ),
    C(
        "wants to learn VRF vs residential splits only, nothing big",
        "cs",
        [
            on_file(HVAC, "Orlando, FL")(
                "Quentin Aldridge",
                2,
                touches=[
                    called(
                        65,
                        "Wants to get into VRF and rooftops, did the Mitsubishi City Multi "
                        "class on his own dime.",
                    )
                ],
            ),
            on_file(HVAC, "Orlando, FL")(
                "Sherman Beasley",
                0,
                touches=[
                    called(
                        65,
                        "Residential split systems only, wants nothing to do with chillers, "
                        "RTUs or VRF.",
                    )
                ],
            ),
        ],
        **job(
            HVAC_JOB,
            ORLANDO,
            title="Commercial HVAC Technician - VRF",
            description="VRF and rooftop unit service for hotels and office parks.",
        ),
    ),
    C(
        "an automatic restriction on his CDL vs prefers a stick, 13-speed no problem",
        "cs",
        [
            on_file(CDL_DRIVER, "Tulsa, OK")(
                "Arvel Hendershot",
                0,
                touches=[
                    called(
                        45,
                        "Has the E restriction on his CDL (tested in an automatic), can't "
                        "legally drive a 10-speed.",
                    )
                ],
            ),
            on_file(CDL_DRIVER, "Tulsa, OK")(
                "Ezra Blackwood",
                2,
                touches=[called(45, "Prefers a stick. 10 or 13-speed Eaton, no problem.")],
            ),
        ],
        **job(CDL_JOB, site("Tulsa, OK"), offers=["Manual 10-speed fleet"]),
    ),
]

# --- 7. last time's reason, the history with us and the latest process -----------------------

PAST_HOUSTON = dict(remote_policy="onsite", location="Houston, TX")
PAST_GASTONIA = dict(remote_policy="onsite", location="Gastonia, NC")
PAST_MATTHEWS = dict(remote_policy="onsite", location="Matthews, NC")

RESOLVED = [
    C(
        "declined at $41 asking $46, the new rate reaches it vs asked $60, still above",
        "cs",
        [
            on_file(MEDSURG_RN, "Houston, TX")(
                "Claudette Ivory",
                2,
                apps=[
                    said_no(
                        280,
                        "compensation",
                        "Offer was $41/hr, she wanted $46. Unit couldn't move.",
                        past=PAST_HOUSTON,
                    )
                ],
            ),
            on_file(MEDSURG_RN, "Houston, TX")(
                "Valentina Okwuosa",
                0,
                apps=[
                    said_no(
                        280,
                        "compensation",
                        "Offered $43/hr; she's holding out for $60 like her travel contract.",
                        past=PAST_HOUSTON,
                    )
                ],
            ),
        ],
        **job(MEDSURG_JOB, HOUSTON, offers=["$46-$52/hr base"]),
    ),
    C(
        "declined a nights-only offer, this is days vs declined days, wanted nights",
        "cs",
        [
            on_file(LPN, "Jacksonville, FL")(
                "Opal Haskins",
                2,
                apps=[
                    said_no(
                        220,
                        "other",
                        "Offer was nights only; she needs days for her kids' school run.",
                        role="LPN",
                    )
                ],
            ),
            on_file(LPN, "Jacksonville, FL")(
                "Winona Spivey",
                0,
                apps=[
                    said_no(
                        220,
                        "other",
                        "Offer was days; she only wants nights so she can be home afternoons.",
                        role="LPN",
                    )
                ],
            ),
        ],
        **job(
            LPN_JOB,
            site("Jacksonville, FL"),
            description="Day shift charge LPN, 7a-3p, on a 30-bed skilled hall.",
        ),
    ),
    C(
        "pulled out over the drive to Gastonia, this store is near her vs can't drive to Matthews",
        "cs",
        [
            on_file(STORE_MGR, "Matthews, NC")(
                "Henrietta Blount",
                2,
                apps=[
                    dropped(
                        300,
                        "location",
                        "Store was in Gastonia - 50 min each way on I-85 and she has a toddler.",
                        stage="final",
                        past=PAST_GASTONIA,
                        role="Store Manager",
                    )
                ],
            ),
            on_file(STORE_MGR, "Gastonia, NC")(
                "Loretta Mayhew",
                0,
                apps=[
                    dropped(
                        300,
                        "location",
                        "Couldn't do the drive to Matthews every day from Gastonia.",
                        stage="final",
                        past=PAST_MATTHEWS,
                        role="Store Manager",
                    )
                ],
            ),
        ],
        **job(STORE_JOB, site("Matthews, NC")),
    ),
    C(
        "declined OTR, this is home daily vs declined local for the OTR money, local again",
        "cs",
        [
            on_file(CDL_DRIVER, "Jacksonville, FL")(
                "Earnest Goolsby",
                2,
                apps=[
                    said_no(
                        190,
                        "other",
                        "Declined: job was OTR, he wants home every night for his wife's dialysis.",
                        role="CDL-A Driver",
                    )
                ],
            ),
            on_file(CDL_DRIVER, "Jacksonville, FL")(
                "Horace Culpepper",
                0,
                apps=[
                    said_no(
                        190,
                        "compensation",
                        "Declined: local pay too low, he makes way more running OTR.",
                        role="CDL-A Driver",
                    )
                ],
            ),
        ],
        **job(
            CDL_JOB,
            site("Jacksonville, FL"),
            title="CDL-A Local Driver",
            description="Home daily: port and rail drayage around Jacksonville.",
        ),
    ),
    C(
        "turned away for no tanker and hazmat, has them now vs no word since",
        "cs",
        [
            on_file(CDL_DRIVER, "Houston, TX")(
                "Lucius Fontenot",
                2,
                apps=[
                    turned_away(
                        240,
                        "skills_gap",
                        "No tanker or HazMat endorsements; the lane needs both.",
                        stage="screen",
                        role="CDL-A Tanker Driver",
                    )
                ],
                touches=[sms(60, "got my N and H endorsements plus TWIC, hazmat tanker ready")],
            ),
            on_file(CDL_DRIVER, "Houston, TX")(
                "Mervin Gautreaux",
                0,
                apps=[
                    turned_away(
                        240,
                        "skills_gap",
                        "No X endorsement yet; he said he'd look into it someday.",
                        stage="screen",
                        role="CDL-A Tanker Driver",
                    )
                ],
            ),
        ],
        **job(
            CDL_JOB,
            HOUSTON,
            title="CDL-A Tanker Driver (HazMat)",
            requirements="CDL-A with tanker and HazMat (X) endorsements\nTWIC\nClean MVR",
        ),
    ),
    C(
        "declined a PRN job for lack of benefits, this is full-time vs declined full-time",
        "cs",
        [
            on_file(MED_ASSISTANT, "Charlotte, NC")(
                "Josefina Arreola",
                2,
                apps=[
                    said_no(
                        260,
                        "other",
                        "Turned down the PRN spot - needs health insurance for her son, PRN had "
                        "no benefits.",
                        role="Medical Assistant",
                    )
                ],
            ),
            on_file(MED_ASSISTANT, "Charlotte, NC")(
                "Starla Hatchett",
                0,
                apps=[
                    said_no(
                        260,
                        "other",
                        "Turned down full-time - she's covered on her husband's plan and only "
                        "wants PRN.",
                        role="Medical Assistant",
                    )
                ],
            ),
        ],
        **job(
            MA_JOB,
            CHARLOTTE,
            description="Full-time, 40 hours, medical, dental, vision and 401k from day one.",
        ),
    ),
    C(
        "withdrew waiting on a Florida license, it came through vs no word since",
        "cs",
        [
            on_file(MEDSURG_RN, "Tampa, FL")(
                "Sunniva Halvorsen",
                2,
                apps=[
                    dropped(
                        210,
                        "timing",
                        "Withdrew: Florida license by endorsement still pending, couldn't "
                        "commit to a start date.",
                        role="RN - Med/Surg",
                    )
                ],
                touches=[sms(75, "got my FL license!! active since september")],
            ),
            on_file(MEDSURG_RN, "Tampa, FL")(
                "Imogen Pettibone",
                1,
                apps=[
                    dropped(
                        210,
                        "timing",
                        "Withdrew: her Florida endorsement application was still sitting at "
                        "the Board, no start date possible.",
                        role="RN - Med/Surg",
                    )
                ],
            ),
        ],
        **job(MEDSURG_JOB, TAMPA, requirements="Active Florida or multistate RN license\nBLS"),
    ),
]

LAST_TIME = [
    C(
        "a no-call no-show last month vs lost a final to an internal last spring",
        "cs",
        [
            on_file(CNA, "Mesa, AZ")(
                "Kayleigh Drummond-Price",
                0,
                apps=[
                    turned_away(
                        40,
                        "no_show",
                        "NCNS for the 2nd interview, never answered f/u calls or texts.",
                        role="CNA",
                    )
                ],
            ),
            on_file(CNA, "Mesa, AZ")(
                "Esmeralda Quiñones",
                2,
                apps=[
                    lost_final(
                        220, "Strong - lost only to an internal transfer from 2 West.", role="CNA"
                    )
                ],
            ),
        ],
        **job(CNA_JOB, site("Mesa, AZ")),
    ),
    C(
        "the facility's 'DNR' means do not return vs a facility asking for her back",
        "cs",
        [
            on_file(LPN, "Dayton, OH")(
                "Trudy Ballentine",
                0,
                touches=[
                    ats(
                        150,
                        "Facility marked her DNR (do not return) after she left the building "
                        "mid-shift without report. Not eligible for that client or any other.",
                    )
                ],
            ),
            on_file(LPN, "Dayton, OH")(
                "Ramona Eichelberger",
                2,
                touches=[
                    ats(
                        150,
                        "Facility requested her back by name - 'great with our DNR/hospice "
                        "residents, extend if possible.'",
                    )
                ],
            ),
        ],
        **job(LPN_JOB, site("Dayton, OH")),
    ),
    C(
        "failed the hands-on troubleshoot two months ago vs two years ago, NATE since",
        "cs",
        [
            on_file(HVAC, "Columbus, OH")(
                "Dusty Mullenix",
                0,
                apps=[
                    turned_away(
                        60,
                        "skills_gap",
                        "Failed the hands-on bench test - couldn't find the bad capacitor or "
                        "read the wiring diagram.",
                        role="HVAC Service Technician",
                    )
                ],
            ),
            on_file(HVAC, "Columbus, OH")(
                "Anton Pruszynski",
                2,
                apps=[
                    turned_away(
                        720,
                        "skills_gap",
                        "Struggled on the hands-on troubleshoot, green on heat pumps.",
                        role="HVAC Service Technician",
                    )
                ],
                touches=[ats(90, "Now NATE-certified in heat pumps and gas heat, 3 more yrs in.")],
            ),
        ],
        **job(HVAC_JOB, COLUMBUS),
    ),
    C(
        "failed the road test last month vs passed it, lost the seat on start date",
        "cs",
        [
            on_file(CDL_DRIVER, "Charlotte, NC")(
                "Orville Suggs",
                0,
                apps=[
                    turned_away(
                        30,
                        "skills_gap",
                        "Failed the road test - hit the curb twice on the right turns, "
                        "couldn't back into the dock in 3 tries.",
                        role="CDL-A Driver",
                    )
                ],
            ),
            on_file(CDL_DRIVER, "Charlotte, NC")(
                "Cornelius Ashe",
                2,
                apps=[
                    lost_final(
                        180,
                        "Passed road test clean. Seat went to a driver who could start a week "
                        "sooner.",
                        role="CDL-A Driver",
                    )
                ],
            ),
        ],
        **job(CDL_JOB, CHARLOTTE),
    ),
    C(
        "hired and quit in three weeks without notice vs two seasonal summers, rehire eligible",
        "cs",
        [
            on_file(LINE_COOK, "Orlando, FL")(
                "Bryce Tolbert",
                0,
                touches=[
                    ats(
                        400,
                        "Hired as line cook 2025, walked out mid-service in week 3, no notice. "
                        "Not eligible for rehire per chef.",
                    )
                ],
            ),
            on_file(LINE_COOK, "Orlando, FL")(
                "Jovanny Ruelas",
                2,
                touches=[
                    ats(
                        400,
                        "Worked two summer seasons with us on grill, great reviews, eligible "
                        "for rehire per chef.",
                    )
                ],
            ),
        ],
        **job(COOK_JOB, ORLANDO),
    ),
]

PROCESS = [
    C(
        "lost a final round by a hair vs an Indeed apply never screened",
        "cs",
        [
            on_file(RRT, "Columbus, OH")(
                "Marguerite Lindahl",
                2,
                apps=[lost_final(150, "Panel split 3-2, loved her. Rehire eligible.", role="RRT")],
            ),
            on_file(RRT, "Columbus, OH")(
                "Tobias Eberhardt",
                1,
                apps=[
                    app(
                        150,
                        "applied",
                        "rejected",
                        "other",
                        "Indeed apply, req closed before anyone screened him.",
                        role="RRT",
                    )
                ],
            ),
        ],
        **job(RT_JOB, COLUMBUS),
    ),
    C(
        "hired by us six weeks ago vs a silver medalist from spring",
        "cs",
        [
            on_file(FRONT_DESK, "Las Vegas, NV")(
                "Felicity Amundsen",
                0,
                apps=[
                    app(
                        42,
                        "offer",
                        "hired",
                        None,
                        "Started as front desk manager at our Henderson property 10/12.",
                        role="Front Desk Manager",
                    )
                ],
            ),
            on_file(FRONT_DESK, "Las Vegas, NV")(
                "Rosario Benavídez",
                2,
                apps=[lost_final(200, "Runner-up, GM wants her for the next opening.")],
            ),
        ],
        **job(FRONT_DESK_JOB, LAS_VEGAS),
    ),
    C(
        "took a counteroffer three weeks ago vs a counteroffer that fell apart",
        "cs",
        [
            on_file(SOUS, "Orlando, FL")(
                "Laszlo Ferencz",
                0,
                apps=[
                    said_no(
                        21,
                        "counteroffer",
                        "Took the counter - exec chef matched at $72k and gave him Sundays off.",
                        role="Sous Chef",
                    )
                ],
            ),
            on_file(SOUS, "Orlando, FL")(
                "Cosimo Palladino",
                2,
                apps=[
                    said_no(
                        540,
                        "counteroffer",
                        "Took his hotel's counteroffer at the last minute.",
                        role="Sous Chef",
                    )
                ],
                touches=[
                    inmail(
                        120,
                        "That counter didn't stick - they cut my hours by spring. Wish I'd "
                        "taken your offer, honestly.",
                    )
                ],
            ),
        ],
        **job(SOUS_JOB, ORLANDO),
    ),
    C(
        "reached offer before a budget freeze closed the req vs rejected at the phone screen",
        "cs",
        [
            on_file(MED_ASSISTANT, "Tampa, FL")(
                "Anabel Cuevas",
                2,
                apps=[
                    app(
                        170,
                        "offer",
                        "position_closed",
                        "headcount",
                        "Verbal offer out, then the clinic froze the req in the budget cuts.",
                        role="Medical Assistant",
                    )
                ],
            ),
            on_file(MED_ASSISTANT, "Tampa, FL")(
                "Tasha Burkhalter",
                1,
                apps=[
                    turned_away(
                        170,
                        "experience_level",
                        "Phone screen: light on phlebotomy at the time.",
                        stage="screen",
                        role="Medical Assistant",
                    )
                ],
            ),
        ],
        **job(MA_JOB, TAMPA),
    ),
]

# --- 8. several notes over time: the latest word counts -------------------------------------

LATEST_WORD = [
    C(
        "no nights, then fine with nights now vs fine with nights, then days only",
        "cs",
        [
            on_file(MEDSURG_RN, "Raleigh, NC")(
                "Adrienne Coble",
                2,
                touches=[
                    called(date(2026, 2, 9), "No nights - husband travels for work, kids."),
                    called(
                        date(2026, 9, 21),
                        "Update: husband's home now, she's fine with nights.",
                    ),
                ],
            ),
            on_file(MEDSURG_RN, "Raleigh, NC")(
                "Marla Hinshaw",
                0,
                touches=[
                    called(date(2026, 2, 9), "Nights are fine, she likes the diff."),
                    called(
                        date(2026, 9, 21),
                        "Update: doctor took her off nights (sleep issues). Days only.",
                    ),
                ],
            ),
        ],
        **job(NIGHTS_TELE, RALEIGH, offers=["$5.50/hr night differential"]),
    ),
    C(
        "a removal taken back vs 'keep me in mind' turned into a removal",
        "cs",
        [
            on_file(CNA, "Tampa, FL")(
                "Shaniqua Frierson",
                2,
                touches=[
                    sms(date(2026, 3, 2), "take me off ur list"),
                    sms(
                        date(2026, 9, 14),
                        "hey sorry i was rude back in march, bad week. i'm looking now if "
                        "you got anything",
                    ),
                ],
            ),
            on_file(CNA, "Tampa, FL")(
                "Georgia Pelletier",
                0,
                touches=[
                    sms(date(2026, 3, 2), "not right now but keep me in mind!"),
                    sms(
                        date(2026, 9, 14),
                        "please take my name off your list, found something permanent",
                    ),
                ],
                excluded=True,
            ),
        ],
        **job(CNA_JOB, TAMPA),
    ),
    C(
        "asked $110k, now would take $85k vs asked $80k, now needs $100k",
        "cs",
        [
            on_file(REST_GM, "Orlando, FL")(
                "Vaughn Ellery",
                2,
                touches=[
                    called(date(2026, 4, 6), "Wants $110k base, not budging."),
                    called(
                        date(2026, 10, 5),
                        "Restaurant closed, he's realistic now - would take $85k.",
                    ),
                ],
            ),
            on_file(REST_GM, "Orlando, FL")(
                "Cordelia Penrose",
                0,
                touches=[
                    called(date(2026, 4, 6), "Would be happy at $80k."),
                    called(
                        date(2026, 10, 5),
                        "Got a $96k offer from a competitor, needs $100k to move now.",
                    ),
                ],
            ),
        ],
        **job(GM_JOB, ORLANDO, salary_min=80_000, salary_max=86_000, currency="USD"),
    ),
    C(
        "not moving, then moving to Phoenix vs moving to Phoenix, then staying put",
        "cs",
        [
            on_file(MED_ASSISTANT, "Albuquerque, NM")(
                "Xiomara Apodaca",
                2,
                touches=[
                    mail(date(2026, 1, 12), "Not moving anywhere, Albuquerque is home."),
                    mail(
                        date(2026, 8, 31),
                        "Change of plans - my fiancé got into ASU so we're moving to Phoenix "
                        "in December!",
                    ),
                ],
            ),
            on_file(MED_ASSISTANT, "Albuquerque, NM")(
                "Leticia Gurulé",
                0,
                touches=[
                    mail(date(2026, 1, 12), "We're planning to move to Phoenix later this year."),
                    mail(
                        date(2026, 8, 31),
                        "We're not moving after all, my mom got sick so we're staying in "
                        "Albuquerque.",
                    ),
                ],
            ),
        ],
        **job(MA_JOB, PHOENIX),
    ),
    C(
        "wanted OTR, now local only with a baby vs local only, now ready for OTR",
        "cs",
        [
            on_file(CDL_DRIVER, "Memphis, TN")(
                "Darius Pegues",
                0,
                touches=[
                    sms(date(2026, 3, 16), "OTR all day, more miles more money"),
                    sms(date(2026, 10, 19), "new baby girl!! local only from here on out"),
                ],
            ),
            on_file(CDL_DRIVER, "Memphis, TN")(
                "Monroe Lattimore",
                2,
                touches=[
                    sms(date(2026, 3, 16), "local only, need to be home for the kids"),
                    sms(
                        date(2026, 10, 19),
                        "youngest just left for college, ready to run OTR again",
                    ),
                ],
            ),
        ],
        **job(
            CDL_JOB,
            site("Memphis, TN"),
            title="CDL-A OTR Driver",
            description="Over-the-road reefer, out 2-3 weeks at a time.",
        ),
    ),
    C(
        "won't leave the local, then left it vs open shop fine, then union only",
        "cs",
        [
            on_file(JOURNEYMAN, "Chicago, IL")(
                "Thaddeus Wilczek",
                2,
                touches=[
                    called(date(2026, 2, 23), "Won't leave the local, 15 yrs in the pension."),
                    called(
                        date(2026, 9, 28),
                        "Left the local over the bench time - open to non-union shops now.",
                    ),
                ],
            ),
            on_file(JOURNEYMAN, "Chicago, IL")(
                "Casimir Lesniak",
                0,
                touches=[
                    called(date(2026, 2, 23), "Open shop is fine, never been union."),
                    called(
                        date(2026, 9, 28),
                        "Got sworn into the IBEW last month - union work only now.",
                    ),
                ],
            ),
        ],
        **job(
            ELECTRICIAN_JOB,
            CHICAGO,
            description="Open-shop contractor, tenant build-outs in the suburbs.",
            offers=["$38-$42/hr, non-union"],
        ),
    ),
]

HELDOUT36_CASES: list[Case] = [
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
