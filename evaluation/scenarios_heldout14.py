"""Held-out rediscovery cases, fourteenth set: a US healthcare and light-industrial staffing
agency's and a hospital system's in-house recruiters' own words, written by a fourteenth stranger
to the reader (its code, its labelled sets and the earlier case files' sentences were not looked
at; held-out 10 was opened for its format only, and none of its sentences, names or settings are
reused).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 14") and never tuned to what Encore does. The voice is American:
recruiters' text-message logs with candidates pasted into the ATS (SMS shorthand, "k", "lmk",
"ty", emoji, all caps, no punctuation, "Me:" and "Cand:" threads), Spanglish from bilingual
recruiters and candidates and a few notes all in Spanish, call notes dictated on the road
("calling from the car"), compliance notes (TCPA opt-outs, carrier look-ups, I-9 documents,
license verification, drug screens), hiring managers' and unit managers' feedback, and candidates'
emails. The people are travel and staff nurses (telemetry, ICU), CNAs, LPNs, respiratory
therapists, surgical and radiologic technologists, warehouse associates, forklift operators, CDL-A
drivers (OTR, regional and local; home daily, home weekly), industrial maintenance technicians, and
a few hospital IT and revenue-cycle people (Epic analysts, a Clarity report writer, coders). The
talk is of 13-week contracts, per diem and PRN, 3x12s, 8s and 10s, nights against days, rotating
DuPont 12s, self-scheduling, housing stipends and blended rates, compact (NLC) licenses and state
licenses pending, sign-on bonuses with a commitment, temp-to-hire, W2 against 1099, cents per mile,
peak season and mandatory overtime. Dates are US style (11/16, "end of Feb") and the waits are tied
to US things: a contract's end, open enrollment, a license transfer, a kid's school year, tax
season, the next assignment cycle, peak, FMLA, a CDL school's six months, the holidays.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs ("STOP!!", "remove me", "pls dont text this number", a Spanish "ya no me mande
   mensajes", a recruiter's Spanglish note that she is done with agencies, a TCPA keyword
   suppression, a widow's text, all caps, a "stop. 🛑", a dictated "put me on your do not call
   list", leaving nursing, unsubscribe from everything): never shown; beside each a twin that is
   shown ("stop texting after 9pm", "text dont call", "mejor mándeme mensaje", not that job but
   keep her in mind, a landline flag, a wife relaying a driver's interest, "NOT INTERESTED IN
   NIGHTS", "lmaooo stop 😂", don't call during his shift, remove me from the group text, leaving a
   staff job to travel again, unsubscribe from the newsletter only);
2. waits counted from the day said, each against a twin whose wait has run out: a 13-week
   contract started this month, open enrollment, a California license by endorsement, a son's
   school year, CPA busy season to tax day, an extension to the end of March and the next cycle,
   Amazon's peak bonus, FMLA after a birth, a sign-on bonus's two-year commitment, a CDL school's
   six months, PTO over the holidays, a baby due in January;
3. schedule, travel, visa, contract and hours, commute: nights and days (and a past employer's
   nights), second shift and the last bus, rotating DuPont 12s, weekends, call, 8s against 12s,
   self-scheduling, peak overtime; OTR against home daily and home weekly, go-live travel,
   overnights in field service, floating between campuses; a green card against an H-4, STEM OPT,
   a husband's H-1B, Spanish, TN support that is no H-1B; a 13-week contract against staff, PRN
   against full time, temp-to-hire, part time, W2 against 1099, guaranteed hours; commute limits
   in minutes, miles, the Med Center, no car, and a past job's hour each way;
4. pay against the band: a weekly travel package, an hourly CNA rate, cents per mile, an annual
   maintenance salary, a current rate above the band with a lower ask, Spanish, a local contract's
   taxable rate, a coder's salary;
5. work mode said only in the policy field, only in the description, only in the offers and only
   in the title;
6. negation ("not against nights", "OT isn't an issue", "money wasn't why", "never had a problem
   hauling hazmat", "no tengo problema con el turno de noche", "don't mind being floated", "isn't
   remote-only", "used to be days-only, not anymore");
7. location and licenses (a compact license against a single-state one, a move to Phoenix, the
   Pacific Northwest, a sister's move that is not hers, a Spanish move to San Antonio, a terminal
   two hours away), managing against hands-on (charge nurse, warehouse lead, maintenance
   supervisor, a former manager back to the bedside), company stage and size (a critical access
   hospital, a Magnet academic center, a small family carrier), industries wanted or refused
   (hospice, beer distribution, an ammunition plant) and technology (Epic against Cerner, PLCs,
   a 10-speed against an automatic restriction);
8. last time's reason resolved by this role or still standing (pay, nights, OTR, a 13-week
   contract, a commute, second shift, weekends, PRN), the history with us (a no-call no-show and a
   do-not-return, a Prophecy exam failed lately against one failed long ago and retaken, too
   little experience long ago against lately, a unit manager's feedback) and the latest process (a
   final interview against an application never screened, a placement on assignment now, a day-one
   no-show);
9. several notes over time where the latest word counts: nights refused then fine and the
   reverse, a STOP explained away and a "keep me posted" turned into "remove me", OTR then home
   daily and the reverse, a pay ask lowered and raised, travel given up and taken up again, a move
   refused then planned.

Hard cases a careful human still gets right are mixed in: a wife's text that relays her husband's
interest, a widow's text that ends it, a husband's visa that is not hers, a past employer's nights
and OTR this role does not have, a current rate above the band with a lower ask, a sister's move,
a recruiter's opinion beside the candidate's word, and a "lol stop" that is no opt-out.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``);
Thanksgiving that year is Thursday 26 November.
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

TELE_RN = dict(
    current_title="Registered Nurse, Telemetry",
    skills=["Telemetry", "Med-surg", "Cardiac monitoring", "ACLS", "Epic charting"],
    years_experience=6,
    resume_text=(
        "BSN-prepared RN, six years on telemetry and step-down units in community and teaching "
        "hospitals, three of them on 13-week travel contracts: cardiac drips, rhythm "
        "interpretation, admissions and discharges, charting in Epic and Meditech; ACLS and BLS."
    ),
)
ICU_RN = dict(
    current_title="Registered Nurse, ICU",
    skills=["Critical care", "CRRT", "Vasoactive drips", "CCRN", "Ventilated patients"],
    years_experience=8,
    resume_text=(
        "CCRN-certified ICU nurse, eight years in medical and surgical ICUs at Level I and II "
        "trauma centers: vented and proned patients, CRRT, titrated drips, rapid response; five "
        "travel assignments."
    ),
)
CNA = dict(
    current_title="Certified Nursing Assistant",
    skills=["ADLs", "Vital signs", "Hoyer lift", "PointClickCare", "Dementia care"],
    years_experience=4,
    resume_text=(
        "State-certified nursing assistant, four years in skilled nursing and rehab: ADLs, vitals, "
        "transfers with Hoyer and sit-to-stand, memory care, charting in PointClickCare."
    ),
)
LPN = dict(
    current_title="Licensed Practical Nurse",
    skills=["Med pass", "Wound care", "Long-term care", "G-tube feeding", "PointClickCare"],
    years_experience=5,
    resume_text=(
        "LPN, five years in long-term care and subacute rehab: med passes for 25 residents, "
        "wound care, tube feedings, admissions paperwork and supervising CNAs on the hall."
    ),
)
RRT = dict(
    current_title="Registered Respiratory Therapist",
    skills=["Ventilator management", "ABG analysis", "BiPAP", "NRP", "Bronchodilator therapy"],
    years_experience=7,
    resume_text=(
        "RRT with seven years in adult and neonatal critical care: ventilator management, ABGs, "
        "BiPAP and high-flow, codes and rapid responses, NRP and PALS."
    ),
)
SURG_TECH = dict(
    current_title="Certified Surgical Technologist",
    skills=["Scrubbing", "Orthopedics", "General surgery", "Sterile processing", "CST"],
    years_experience=6,
    resume_text=(
        "CST with six years in the OR: ortho, general, GYN and robotics cases, back table set-up, "
        "instrument counts, turnover and some sterile processing."
    ),
)
RAD_TECH = dict(
    current_title="Radiologic Technologist",
    skills=["Diagnostic X-ray", "Portable imaging", "C-arm", "ARRT", "PACS"],
    years_experience=5,
    resume_text=(
        "ARRT-registered rad tech, five years in hospital and urgent care imaging: general "
        "diagnostic, portables, C-arm in the OR, fluoro, PACS."
    ),
)
WAREHOUSE = dict(
    current_title="Warehouse Associate",
    skills=["Picking and packing", "RF scanner", "Shipping and receiving", "Cycle counts"],
    years_experience=3,
    resume_text=(
        "Warehouse associate, three years in e-commerce and grocery distribution centers: "
        "picking to rate with an RF gun, packing, loading trailers, cycle counts."
    ),
)
FORKLIFT = dict(
    current_title="Forklift Operator",
    skills=["Sit-down forklift", "Stand-up reach truck", "Order picker", "OSHA certification"],
    years_experience=5,
    resume_text=(
        "Certified forklift operator, five years in distribution centers: sit-down and stand-up "
        "reach trucks, order pickers, putaway to high racking, loading and unloading trailers."
    ),
)
CDL_DRIVER = dict(
    current_title="CDL-A Truck Driver",
    skills=["Class A CDL", "Dry van", "Reefer", "ELD", "Clean MVR"],
    years_experience=6,
    resume_text=(
        "Class A CDL driver, six years and 600,000 safe miles: dry van and reefer, OTR and "
        "regional lanes, ELD logs, pre-trip inspections, clean MVR, no preventable accidents."
    ),
)
MAINT_TECH = dict(
    current_title="Industrial Maintenance Technician",
    skills=["PLC troubleshooting", "Hydraulics", "Pneumatics", "480V electrical", "PM programs"],
    years_experience=9,
    resume_text=(
        "Maintenance technician, nine years in food, automotive and packaging plants: "
        "troubleshooting conveyors, motors and VFDs, hydraulics and pneumatics, 480V three-phase, "
        "preventive maintenance in a CMMS."
    ),
)
EPIC_ANALYST = dict(
    current_title="Epic Clinical Applications Analyst",
    skills=["Epic ClinDoc", "Epic build", "Go-live support", "Workflow analysis", "SQL"],
    years_experience=7,
    resume_text=(
        "Epic-certified ClinDoc analyst, seven years supporting inpatient nursing workflows: "
        "build and validation, upgrades, go-live command centers, tickets and super-user training."
    ),
)
CLARITY_DEV = dict(
    current_title="Epic Clarity Report Writer",
    skills=["SQL", "Epic Clarity", "Caboodle", "Tableau", "Healthcare data"],
    years_experience=5,
    resume_text=(
        "Clarity- and Caboodle-certified report writer, five years building SQL reports and "
        "Tableau dashboards for quality, revenue cycle and nursing leadership at a health system."
    ),
)
CODER = dict(
    current_title="Certified Professional Coder",
    skills=["ICD-10-CM", "CPT", "Epic HB and PB", "Denials management", "CPC"],
    years_experience=6,
    resume_text=(
        "AAPC-certified coder, six years coding outpatient, ED and professional fee claims in "
        "Epic, working denials and edits with the billing office."
    ),
)
REV_ANALYST = dict(
    current_title="Revenue Cycle Analyst",
    skills=["Excel", "Claims data", "A/R reporting", "Payer contracts", "SQL"],
    years_experience=5,
    resume_text=(
        "Accountant turned revenue cycle analyst, five years reconciling payer remits, A/R aging "
        "and contract variances; a staff accountant at a CPA firm before that."
    ),
)


def roster(profile: str, persona: dict | None = None, where: str = "Dallas, TX"):
    """People of one kind in the agency's or the hospital's ATS: the same profile and persona,
    living in ``where`` unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**(persona or {}), "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def texted(days, words) -> dict:
    """The candidate's text message, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def thread(days, words) -> dict:
    """A text thread the recruiter pasted into the ATS ("Me:" and "Cand:")."""
    return touch(days, "outbound", "replied", "note", note=words, channel="other")


def dictated(days, words) -> dict:
    """A call note the recruiter dictated on the road, as the phone typed it."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def ats_note(days, words) -> dict:
    """A note typed into the ATS: a recruiter, compliance, credentialing, a placement."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def manager_said(days, words) -> dict:
    """A hiring or unit manager's feedback, pasted in by the recruiter."""
    return touch(days, "outbound", None, "note", note=words, channel="meeting")


def emailed(days, words) -> dict:
    """The candidate's email."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def lost_final(days, note=None, *, role="Travel RN - Telemetry") -> dict:
    """Reached the facility's or hiring manager's final interview and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def said_no(days, reason, note, *, past=None, role="Travel RN - Telemetry") -> dict:
    """Turned the offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def backed_out(days, reason, note, *, stage="interview", past=None, role="Travel RN - Telemetry"):
    """Withdrew from the process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def job(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


def onsite(city: str) -> dict:
    return dict(remote_policy="onsite", location=city)


# --- what the jobs are ----------------------------------------------------------------------

TRAVEL_TELE = dict(
    title="Travel RN - Telemetry",
    department="Nursing",
    seniority="mid",
    requirements="Active RN license\n2+ years telemetry\nBLS and ACLS",
    description="13-week travel contract on a 30-bed telemetry unit, 3x12s, day shift.",
)
STAFF_TELE = dict(
    title="Registered Nurse - Telemetry",
    department="Nursing",
    seniority="mid",
    requirements="Active RN license\n1+ year telemetry or step-down\nBLS and ACLS",
    description="Full-time staff RN on a 30-bed telemetry unit, 3x12s, benefits from day one.",
)
TRAVEL_ICU = dict(
    title="Travel RN - ICU",
    department="Critical Care",
    seniority="senior",
    requirements="Active RN license\n2+ years ICU\nCCRN preferred\nBLS and ACLS",
    description="13-week travel contract in a 24-bed medical ICU, 3x12s, days.",
)
CNA_JOB = dict(
    title="Certified Nursing Assistant",
    department="Nursing",
    seniority="junior",
    requirements="Active state CNA certification\nBLS\nLong-term care experience preferred",
    description="CNA in a 120-bed skilled nursing and rehab center, day shift.",
)
LPN_JOB = dict(
    title="Licensed Practical Nurse",
    department="Nursing",
    seniority="mid",
    requirements="Active LPN/LVN license\nLong-term care or rehab experience\nBLS",
    description="Charge LPN on a 30-resident long-term care hall, day shift.",
)
RT_JOB = dict(
    title="Respiratory Therapist (RRT)",
    department="Respiratory Care",
    seniority="mid",
    requirements="RRT credential\nActive state RT license\nAdult critical care experience",
    description="Respiratory therapist covering the adult ICUs and the floors, 3x12s, days.",
)
ST_JOB = dict(
    title="Certified Surgical Technologist",
    department="Perioperative Services",
    seniority="mid",
    requirements="CST\nOrtho and general cases\nBLS",
    description="Surgical tech in a 14-room main OR, day shift, 4x10s.",
)
RAD_JOB = dict(
    title="Radiologic Technologist",
    department="Imaging",
    seniority="mid",
    requirements="ARRT (R)\nState radiography license\nPortables and C-arm",
    description="Diagnostic X-ray, portables and OR C-arm, day shift.",
)
WAREHOUSE_JOB = dict(
    title="Warehouse Associate",
    department="Operations",
    seniority="junior",
    requirements="RF scanner experience\nAble to lift 50 lbs\nHigh school diploma or GED",
    description="Pick, pack and load in a regional distribution center, 1st shift.",
)
FORKLIFT_JOB = dict(
    title="Forklift Operator",
    department="Operations",
    seniority="junior",
    requirements="Forklift certification\nReach truck experience\nAble to pass a drug screen",
    description="Putaway and replenishment on stand-up reach trucks, 1st shift.",
)
CDL_JOB = dict(
    title="CDL-A Driver",
    department="Transportation",
    seniority="mid",
    requirements="Class A CDL\n2+ years verifiable experience\nClean MVR",
    description="Dry van freight for a national carrier.",
)
MAINT_JOB = dict(
    title="Industrial Maintenance Technician",
    department="Maintenance",
    seniority="mid",
    requirements="PLC troubleshooting\nHydraulics and pneumatics\n480V three-phase",
    description="Keep a food packaging plant's lines running: breakdowns, PMs and rebuilds.",
)
EPIC_JOB = dict(
    title="Epic ClinDoc Analyst",
    department="Information Services",
    seniority="senior",
    requirements="Epic ClinDoc certification\nInpatient build\nGo-live experience",
    description="Build and support inpatient clinical documentation for a 9-hospital system.",
)
CLARITY_JOB = dict(
    title="Epic Clarity Report Writer",
    department="Information Services",
    seniority="mid",
    requirements="Clarity certification\nSQL\nTableau or Power BI",
    description="Write Clarity and Caboodle reports and dashboards for clinical leaders.",
)
CODER_JOB = dict(
    title="Outpatient Coder",
    department="Revenue Cycle",
    seniority="mid",
    requirements="CPC or CCS\nICD-10-CM and CPT\nEpic preferred",
    description="Code outpatient, ED and clinic encounters for a regional health system.",
)
REV_JOB = dict(
    title="Revenue Cycle Analyst",
    department="Revenue Cycle",
    seniority="mid",
    requirements="Excel\nClaims and remit data\nA/R reporting",
    description="Analyze denials, payer variances and A/R for a 4-hospital system.",
)

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "'STOP' by text vs stop texting after 9pm",
        "cs",
        [
            roster("cs", CNA, "Fresno, CA")(
                "Yesenia Cardenas-Ruiz", 0, touches=[texted(35, "STOP!!")], excluded=True
            ),
            roster("cs", CNA, "Fresno, CA")(
                "Maribel Ochoa-Frias",
                2,
                touches=[
                    texted(
                        35,
                        "pls stop texting after 9pm the baby is asleep by then 😴 anything "
                        "before that is fine, still need a CNA job",
                    )
                ],
            ),
        ],
        **job(CNA_JOB, onsite("Fresno, CA")),
    ),
    C(
        "'pls dont text this number' vs text dont call",
        "cs",
        [
            roster("cs", RRT, "Tulsa, OK")(
                "Dwight Haskins",
                0,
                touches=[texted(20, "pls dont text this number anymore")],
                excluded=True,
            ),
            roster("cs", RRT, "Tulsa, OK")(
                "Lamar Prewitt",
                2,
                touches=[texted(20, "text dont call, im on the floor all day cant pick up")],
            ),
        ],
        **job(RT_JOB, onsite("Tulsa, OK")),
    ),
    C(
        "Spanish: stop sending me messages vs better to text me than call",
        "cs",
        [
            roster("cs", FORKLIFT, "Ontario, CA")(
                "Heriberto Zamudio",
                0,
                touches=[
                    texted(50, "Ya no me mande mensajes por favor, no me interesa nada. Gracias")
                ],
                excluded=True,
            ),
            roster("cs", FORKLIFT, "Ontario, CA")(
                "Anselmo Villaseñor",
                2,
                touches=[
                    texted(
                        50,
                        "Mejor mándeme mensaje, no puedo contestar llamadas en el warehouse. "
                        "Sigo buscando trabajo de forklift",
                    )
                ],
            ),
        ],
        **job(FORKLIFT_JOB, onsite("Ontario, CA")),
    ),
    C(
        "a Spanglish note that she's done with agencies vs not that job, keep her in mind",
        "cs",
        [
            roster("cs", WAREHOUSE, "Grand Prairie, TX")(
                "Xiomara Bustamante",
                0,
                touches=[
                    ats_note(
                        60,
                        "Hablé con la cand - dijo que no la vuelva a contactar, ya tiene trabajo "
                        "and she's done with agencies period. Removed from all campaigns.",
                    )
                ],
                excluded=True,
            ),
            roster("cs", WAREHOUSE, "Grand Prairie, TX")(
                "Nayeli Quintanilla",
                2,
                touches=[
                    ats_note(
                        60,
                        "Hablé con la cand - no le gustó el job en Mesquite, muy lejos, pero keep "
                        "her in mind for anything in Grand Prairie, she's still looking.",
                    )
                ],
            ),
        ],
        **job(WAREHOUSE_JOB, onsite("Grand Prairie, TX")),
    ),
    C(
        "a TCPA keyword suppression vs a carrier look-up that flags a landline",
        "cs",
        [
            roster("cs", LPN, "Columbus, OH")(
                "Roxanne Tibbetts",
                0,
                touches=[
                    ats_note(
                        90,
                        "Compliance: cand replied STOP to the Textus campaign 8/24, number "
                        "auto-suppressed per TCPA. Cand also asked for no further contact of any "
                        "kind. Do not re-add to SMS or email campaigns.",
                    )
                ],
                excluded=True,
            ),
            roster("cs", LPN, "Columbus, OH")(
                "Charlene Vandergriff",
                2,
                touches=[
                    ats_note(
                        90,
                        "Compliance: carrier lookup flags cand's number as a landline so SMS "
                        "campaigns bounce. Use email or call. Cand still active, wants LTC days.",
                    )
                ],
            ),
        ],
        **job(LPN_JOB, onsite("Columbus, OH")),
    ),
    C(
        "a widow's text to take the number off vs a wife relaying her husband's interest",
        "cs",
        [
            roster("cs", CDL_DRIVER, "Amarillo, TX")(
                "Raymond Stoltzfus",
                0,
                touches=[
                    texted(
                        40,
                        "This is Gloria, Ray's wife. Ray passed away in September. Please take "
                        "this number off your list.",
                    )
                ],
                excluded=True,
            ),
            roster("cs", CDL_DRIVER, "Amarillo, TX")(
                "Marcus Whitlow",
                2,
                touches=[
                    texted(
                        40,
                        "This is Denise, Marcus's wife. He's on the road till Friday and can't "
                        "text while driving, send me the details and I'll show him. He wants "
                        "regional so he's home on weekends.",
                    )
                ],
            ),
        ],
        **job(
            CDL_JOB,
            onsite("Amarillo, TX"),
            title="CDL-A Regional Driver - Home Weekly",
            description="Regional dry van lanes across Texas, Oklahoma and New Mexico, out "
            "Monday to Friday, home every weekend.",
        ),
    ),
    C(
        "all caps: take me off your list vs not interested in nights, send the day contracts",
        "cs",
        [
            roster("cs", TELE_RN, "Tucson, AZ")(
                "Sheree Kowalczyk",
                0,
                touches=[
                    texted(15, "I AM NOT INTERESTED. TAKE ME OFF YOUR LIST. THIS IS THE 5TH TEXT")
                ],
                excluded=True,
            ),
            roster("cs", TELE_RN, "Tucson, AZ")(
                "Darlene Fitzhugh",
                2,
                touches=[
                    texted(
                        15, "NOT INTERESTED IN NIGHTS. DAYS ONLY BUT YES SEND ME THE DAY CONTRACTS"
                    )
                ],
            ),
        ],
        **job(TRAVEL_TELE, onsite("Tucson, AZ")),
    ),
    C(
        "'stop. 🛑 dont reach out again' vs 'lmaooo stop 😂' and yes to the sign-on",
        "cs",
        [
            roster("cs", SURG_TECH, "Orlando, FL")(
                "Tiffani Broussard",
                0,
                touches=[texted(25, "stop. 🛑 not interested, dont reach out again")],
                excluded=True,
            ),
            roster("cs", SURG_TECH, "Orlando, FL")(
                "Keisha Dunwoody",
                2,
                touches=[
                    texted(
                        25,
                        "lmaooo stop 😂😂 a $3k sign on?? ok yes im interested call me at lunch",
                    )
                ],
            ),
        ],
        **job(ST_JOB, onsite("Orlando, FL"), offers=["$3,000 sign-on bonus"]),
    ),
    C(
        "dictated: put me on your do not call list vs don't call during his shift",
        "cs",
        [
            roster("cs", MAINT_TECH, "Dayton, OH")(
                "Clifford Yoder",
                0,
                touches=[
                    dictated(
                        45,
                        "Calling from the car. Just talked to Cliff, he said and I quote do not "
                        "call me again put me on your do not call list. So DNC him please, "
                        "thanks.",
                    )
                ],
                excluded=True,
            ),
            roster("cs", MAINT_TECH, "Dayton, OH")(
                "Russell Ambrosino",
                2,
                touches=[
                    dictated(
                        45,
                        "Calling from the car. Just talked to Russ, he said don't call during his "
                        "shift, he's 6 to 6 at the Honda plant, best after 7 at night. Still "
                        "wants off the rotating schedule so send him straight days stuff.",
                    )
                ],
            ),
        ],
        **job(
            MAINT_JOB,
            onsite("Dayton, OH"),
            description="Keep a food packaging plant's lines running. Straight days, Monday to "
            "Friday, 7 to 3:30.",
        ),
    ),
    C(
        "'remove me' vs remove me from the group text, text me direct",
        "cs",
        [
            roster("cs", WAREHOUSE, "Southaven, MS")(
                "Jarvis Pettaway", 0, touches=[texted(30, "remove me")], excluded=True
            ),
            roster("cs", WAREHOUSE, "Southaven, MS")(
                "Cedric Lumpkin",
                2,
                touches=[
                    texted(
                        30,
                        "pls remove me from the group text its blowing up my phone lol. just "
                        "text me direct if somethin comes up in southaven",
                    )
                ],
            ),
        ],
        **job(WAREHOUSE_JOB, onsite("Southaven, MS")),
    ),
    C(
        "leaving nursing, delete my profile vs leaving a staff job to travel again",
        "cs",
        [
            roster("cs", ICU_RN, "Boise, ID")(
                "Marisol Etcheverry",
                0,
                touches=[
                    emailed(
                        70,
                        "Hi Brianna, I've decided to leave nursing altogether and go back to "
                        "school for something else. Please delete my profile and stop sending me "
                        "assignments. Thank you for everything.",
                    )
                ],
                excluded=True,
            ),
            roster("cs", ICU_RN, "Boise, ID")(
                "Kristen Oberholtzer",
                2,
                touches=[
                    emailed(
                        70,
                        "Hi Brianna, I've decided to leave my staff job and go back to "
                        "traveling. Please update my profile with my new address in Boise and "
                        "send me ICU assignments out west.",
                    )
                ],
            ),
        ],
        **job(TRAVEL_ICU, onsite("Boise, ID")),
    ),
    C(
        "unsubscribe me from everything vs unsubscribe me from the newsletter only",
        "cs",
        [
            roster("cs", EPIC_ANALYST, "Milwaukee, WI")(
                "Gretchen Lindquist",
                0,
                touches=[
                    emailed(
                        100,
                        "Please unsubscribe me from everything - emails, texts, LinkedIn "
                        "messages. I'm not looking and I won't be.",
                    )
                ],
                excluded=True,
            ),
            roster("cs", EPIC_ANALYST, "Milwaukee, WI")(
                "Annika Sorensen",
                2,
                touches=[
                    emailed(
                        100,
                        "Can you unsubscribe me from the monthly newsletter? Too much email. "
                        "Direct messages about Epic roles are still welcome though.",
                    )
                ],
            ),
        ],
        **job(
            EPIC_JOB,
            dict(
                remote_policy="hybrid",
                location="Milwaukee, WI",
                offers=["Hybrid: two days a week at the Wauwatosa IS building"],
            ),
        ),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out -----------

WAITS = [
    C(
        "a 13-week contract started this month vs one that started in June",
        "cs",
        [
            roster("cs", TELE_RN, "Waco, TX")(
                "Brandi Cheatham",
                1,
                touches=[
                    texted(
                        date(2026, 11, 16),
                        "just started my contract at baylor scott and white today 🙌 13 wks so "
                        "im locked in till mid feb. hit me up for march starts",
                    )
                ],
            ),
            roster("cs", TELE_RN, "Waco, TX")(
                "Kelsey Rutledge",
                2,
                touches=[
                    texted(
                        date(2026, 6, 1),
                        "first day at baylor scott and white today, 13 wks so im done end of "
                        "aug. hit me up after that",
                    )
                ],
            ),
        ],
        **job(
            TRAVEL_TELE,
            onsite("Temple, TX"),
            offers=["Start date: December 7", "Weekly housing stipend"],
        ),
    ),
    C(
        "staying till after open enrollment vs last year's open enrollment",
        "cs",
        [
            roster("finance", CODER, "Omaha, NE")(
                "Tamara Kolb",
                1,
                touches=[
                    emailed(
                        date(2026, 11, 2),
                        "I can't move until after open enrollment - my husband and the kids are "
                        "on my plan and I need next year's coverage locked in first. Could you "
                        "reach back out in January?",
                    )
                ],
            ),
            roster("finance", CODER, "Omaha, NE")(
                "Jolene Mrazek",
                2,
                touches=[
                    emailed(
                        date(2025, 11, 3),
                        "Open enrollment is this month so I'm staying put till the new year, "
                        "but please reach out in January.",
                    )
                ],
            ),
        ],
        **job(CODER_JOB, dict(remote_policy="remote", location="Remote (US)")),
    ),
    C(
        "a California license by endorsement applied for last month vs one applied for in June",
        "cs",
        [
            roster("cs", TELE_RN, "Reno, NV")(
                "Alyssa Marchetti",
                1,
                touches=[
                    dictated(
                        date(2026, 11, 9),
                        "Talked to Alyssa on my drive back. She applied for her California "
                        "license by endorsement in October, board's saying ten to twelve weeks, "
                        "so she can't start anything in Sacramento until that comes through. "
                        "Keep her warm.",
                    )
                ],
            ),
            roster("cs", TELE_RN, "Reno, NV")(
                "Courtney Shumaker",
                2,
                touches=[
                    dictated(
                        date(2026, 6, 8),
                        "Talked to Courtney on the drive back. Applied for her California license "
                        "by endorsement last week, board says eight to ten weeks. Call her once "
                        "it's through, she wants Sacramento.",
                    )
                ],
            ),
        ],
        **job(TRAVEL_TELE, onsite("Sacramento, CA"), offers=["Start date: December 14"]),
    ),
    C(
        "after her son's school year ends in June vs a daughter's school year that ended in June",
        "cs",
        [
            roster("cs", CNA, "Bakersfield, CA")(
                "Esperanza Galindo",
                1,
                touches=[
                    texted(
                        date(2026, 10, 5),
                        "cant switch jobs till my sons school year is over in june, hes got an "
                        "IEP and i need my schedule to stay the same. after that im all yours",
                    )
                ],
            ),
            roster("cs", CNA, "Bakersfield, CA")(
                "Rosalinda Tapia",
                2,
                touches=[
                    texted(
                        date(2025, 10, 6),
                        "cant switch till my daughters school year ends in june. after that for "
                        "sure",
                    )
                ],
            ),
        ],
        **job(CNA_JOB, onsite("Bakersfield, CA")),
    ),
    C(
        "CPA busy season to tax day vs last year's busy season",
        "cs",
        [
            roster("finance", REV_ANALYST, "Des Moines, IA")(
                "Brenda Vukovich",
                1,
                touches=[
                    emailed(
                        date(2026, 11, 9),
                        "I'm helping out at my old CPA firm for tax season and promised them "
                        "January through April 15. I can't walk out on them mid-season, so "
                        "please come back to me after tax day.",
                    )
                ],
            ),
            roster("finance", REV_ANALYST, "Des Moines, IA")(
                "Heather Oyler",
                2,
                touches=[
                    emailed(
                        date(2025, 12, 8),
                        "I'm back at the CPA firm for tax season, January to April 15, so not "
                        "before tax day. After that I'd love to talk.",
                    )
                ],
            ),
        ],
        **job(REV_JOB, onsite("Des Moines, IA")),
    ),
    C(
        "extended through March, the spring cycle vs extended through June, the summer cycle",
        "cs",
        [
            roster("cs", ICU_RN, "Nashville, TN")(
                "Jessamyn Pruitt",
                1,
                touches=[
                    thread(
                        date(2026, 10, 26),
                        "Cand: extended at vandy thru end of march 🙄 Me: np! want me to start "
                        "looking for april? Cand: ya next cycle, spring starts",
                    )
                ],
            ),
            roster("cs", ICU_RN, "Nashville, TN")(
                "Mackenzie Strobel",
                2,
                touches=[
                    thread(
                        date(2026, 3, 2),
                        "Cand: extended at vandy thru end of june Me: ok want me to look for "
                        "july? Cand: ya next cycle",
                    )
                ],
            ),
        ],
        **job(TRAVEL_ICU, onsite("Chattanooga, TN"), offers=["Start date: December 14"]),
    ),
    C(
        "not leaving Amazon during peak this year vs peak last year",
        "cs",
        [
            roster("cs", FORKLIFT, "Joliet, IL")(
                "Demetrius Fairley",
                1,
                touches=[
                    texted(
                        date(2026, 11, 9),
                        "not leaving amazon during peak, they pay the bonus if u stay thru dec "
                        "31. january im good",
                    )
                ],
            ),
            roster("cs", FORKLIFT, "Joliet, IL")(
                "Terrance Hollowell",
                2,
                touches=[
                    texted(
                        date(2025, 11, 10),
                        "not leaving during peak, bonus if i stay thru new years. january works",
                    )
                ],
            ),
        ],
        **job(FORKLIFT_JOB, onsite("Joliet, IL")),
    ),
    C(
        "on FMLA after a birth this month vs FMLA that ended in July",
        "cs",
        [
            roster("cs", LPN, "Knoxville, TN")(
                "Ashlynn Cuthbertson",
                1,
                touches=[
                    dictated(
                        date(2026, 11, 16),
                        "Okay so Ashlynn is on FMLA, had the baby on the 10th, out through "
                        "February. Said try her again in March, she'll want days.",
                    )
                ],
            ),
            roster("cs", LPN, "Knoxville, TN")(
                "Bethany Ledford",
                2,
                touches=[
                    dictated(
                        date(2026, 4, 20),
                        "Okay so Bethany is on FMLA, had the baby on the 12th, out through July. "
                        "Try her again in August, she'll want days.",
                    )
                ],
            ),
        ],
        **job(LPN_JOB, onsite("Knoxville, TN")),
    ),
    C(
        "a sign-on bonus owed back till June 2027 vs a two-year commitment that ended in August",
        "cs",
        [
            roster("cs", RRT, "Wichita, KS")(
                "Quentin Ashby-Cole",
                1,
                touches=[
                    emailed(
                        date(2026, 9, 14),
                        "I'd owe HCA the sign-on bonus back if I leave before my two years are "
                        "up, and that's not until June 2027. I'll be in touch then.",
                    )
                ],
            ),
            roster("cs", RRT, "Wichita, KS")(
                "Delbert Fullerton",
                2,
                touches=[
                    emailed(
                        date(2026, 9, 14),
                        "My two-year commitment for the sign-on bonus at HCA ended in August, so "
                        "I can move without paying anything back.",
                    )
                ],
            ),
        ],
        **job(RT_JOB, onsite("Wichita, KS")),
    ),
    C(
        "a CDL school's six months running to February vs six months finished in June",
        "cs",
        [
            roster("cs", CDL_DRIVER, "Little Rock, AR")(
                "Dakota Ridenour",
                1,
                touches=[
                    thread(
                        date(2026, 11, 2),
                        "Cand: started OTR at CRST in august, gotta do 6 months or i owe them "
                        "the school. so february Me: k ill circle back then Cand: ty",
                    )
                ],
            ),
            roster("cs", CDL_DRIVER, "Little Rock, AR")(
                "Brantley Gaddis",
                2,
                touches=[
                    thread(
                        date(2026, 4, 6),
                        "Cand: 4 months in at CRST, 2 more and the school is paid off. june Me: k "
                        "circle back then",
                    )
                ],
            ),
        ],
        **job(
            CDL_JOB,
            onsite("Little Rock, AR"),
            title="CDL-A Local Driver - Home Daily",
            description="Local dry van runs around central Arkansas, home every night.",
        ),
    ),
    C(
        "PTO booked over the holidays, after New Year's vs last year's holidays",
        "cs",
        [
            roster("cs", SURG_TECH, "Charlotte, NC")(
                "Shawna Honeycutt",
                1,
                touches=[
                    texted(
                        date(2026, 11, 2),
                        "got PTO approved for christmas thru new years and im not giving that "
                        "up lol. after the holidays im ready to move",
                    )
                ],
            ),
            roster("cs", SURG_TECH, "Charlotte, NC")(
                "Lacey Pennington",
                2,
                touches=[
                    texted(
                        date(2025, 12, 1),
                        "holidays are crazy, after new years im ready",
                    )
                ],
            ),
        ],
        **job(ST_JOB, onsite("Charlotte, NC"), offers=["Start date: December 7"]),
    ),
    C(
        "a baby due in January, call in March vs a baby born in May, settled now",
        "cs",
        [
            roster("cs", MAINT_TECH, "Decatur, AL")(
                "Colby Hargett",
                1,
                touches=[
                    dictated(
                        date(2026, 10, 19),
                        "Colby says wife's due in January, he's not changing jobs till the "
                        "baby's here and they're settled. Call him in March.",
                    )
                ],
            ),
            roster("cs", MAINT_TECH, "Decatur, AL")(
                "Travis Whitcomb",
                2,
                touches=[
                    dictated(
                        date(2026, 3, 9),
                        "Travis says wife's due in May, not changing jobs till the baby's here. "
                        "Call him in August.",
                    )
                ],
            ),
        ],
        **job(MAINT_JOB, onsite("Decatur, AL")),
    ),
]

# --- 3. schedule, travel, visa, contract and hours, commute ---------------------------------

NIGHTS_TELE = dict(
    STAFF_TELE,
    title="Registered Nurse - Telemetry (Nights)",
    description="Full-time staff RN on a 30-bed telemetry unit, 3x12s, 7p-7a, night "
    "differential $6/hr.",
)
DAYS_TELE = dict(
    STAFF_TELE,
    title="Registered Nurse - Telemetry (Days)",
    description="Full-time staff RN on a 30-bed telemetry unit, 3x12s, 7a-7p, day shift only.",
)

SCHEDULE = [
    C(
        "days only for the kids vs prefers nights, a night-shift tele job",
        "cs",
        [
            roster("cs", TELE_RN, "San Antonio, TX")(
                "Yvette Castellanos",
                0,
                touches=[
                    thread(
                        40,
                        "Me: hey Yvette, full time tele at Methodist, 3x12s Cand: days? Me: its "
                        "nights Cand: nope days only, i have my kids M-F no sitter at night",
                    )
                ],
            ),
            roster("cs", TELE_RN, "San Antonio, TX")(
                "Paloma Arredondo",
                2,
                touches=[
                    thread(
                        40,
                        "Me: hey Paloma, full time tele at Methodist, 3x12s Cand: days or nights? "
                        "Me: nights Cand: oh perfect i like nights better, the diff is nice and i "
                        "sleep fine",
                    )
                ],
            ),
        ],
        **job(NIGHTS_TELE, onsite("San Antonio, TX")),
    ),
    C(
        "a past employer's four years of nights, wants days vs wants only nights, a day job",
        "cs",
        [
            roster("cs", TELE_RN, "Memphis, TN")(
                "Lakeisha Overstreet",
                2,
                touches=[
                    dictated(
                        55,
                        "Lakeisha did four years of nights at Methodist Le Bonheur, that's the "
                        "whole reason she's leaving. Wants days, any unit with tele.",
                    )
                ],
            ),
            roster("cs", TELE_RN, "Memphis, TN")(
                "Tanisha Grubbs",
                0,
                touches=[
                    dictated(
                        55,
                        "Tanisha only wants nights, the night differential is what pays her "
                        "mortgage. Won't look at a day position.",
                    )
                ],
            ),
        ],
        **job(DAYS_TELE, onsite("Memphis, TN")),
    ),
    C(
        "first shift only, the last bus vs likes second shift, classes in the morning",
        "cs",
        [
            roster("cs", WAREHOUSE, "Indianapolis, IN")(
                "Dorian Spates",
                0,
                touches=[
                    texted(
                        30,
                        "1st shift only pls. last indygo bus home is 10:15 and i dont have a car",
                    )
                ],
            ),
            roster("cs", WAREHOUSE, "Indianapolis, IN")(
                "Jaylen Mobley",
                2,
                touches=[
                    texted(
                        30,
                        "2nd shift is actually perfect i got classes at ivy tech in the morning",
                    )
                ],
            ),
        ],
        **job(
            WAREHOUSE_JOB,
            onsite("Indianapolis, IN"),
            title="Warehouse Associate - 2nd Shift",
            description="Pick, pack and load in a regional distribution center. 2nd shift, "
            "Monday to Friday, 2:30pm to 11pm.",
        ),
    ),
    C(
        "no more rotating shifts vs ran DuPont 12s before, a rotating-12s plant",
        "cs",
        [
            roster("cs", MAINT_TECH, "Fort Smith, AR")(
                "Wendell Crabtree",
                0,
                touches=[
                    dictated(
                        70,
                        "Wendell's done with rotating. Had enough of swinging days and nights at "
                        "the steel mill, fixed days or he's not interested.",
                    )
                ],
            ),
            roster("cs", MAINT_TECH, "Fort Smith, AR")(
                "Garrett Yancey",
                2,
                touches=[
                    dictated(
                        70,
                        "Garrett ran a DuPont schedule at Tyson for five years, totally fine with "
                        "it, likes the seven days off.",
                    )
                ],
            ),
        ],
        **job(
            MAINT_JOB,
            onsite("Fort Smith, AR"),
            description="Keep a poultry processing plant's lines running on rotating 12-hour "
            "shifts (DuPont schedule): two weeks days, two weeks nights.",
        ),
    ),
    C(
        "no weekends at all vs weekends fine, every other weekend required",
        "cs",
        [
            roster("cs", CNA, "Jackson, MS")(
                "Precious Whitfield",
                0,
                touches=[
                    texted(
                        20,
                        "no weekends at all. i got my kids every other weekend and sunday is "
                        "church",
                    )
                ],
            ),
            roster("cs", CNA, "Jackson, MS")(
                "Shaquita Bledsoe",
                2,
                touches=[
                    texted(20, "weekends r fine my husband is home w the kids sat and sun"),
                ],
            ),
        ],
        **job(
            CNA_JOB,
            onsite("Jackson, MS"),
            description="CNA in a 120-bed skilled nursing center, day shift, every other weekend "
            "required.",
        ),
    ),
    C(
        "won't take call anymore vs likes the call pay, a job with call",
        "cs",
        [
            roster("cs", SURG_TECH, "Lubbock, TX")(
                "Rhett Gillespie",
                0,
                touches=[
                    texted(
                        45,
                        "no call. done getting called in at 2am for ex laps, not doing it anymore",
                    )
                ],
            ),
            roster("cs", SURG_TECH, "Lubbock, TX")(
                "Brody Kimbrough",
                2,
                touches=[
                    texted(45, "i like call honestly, the call pay adds up. i pick up extra"),
                ],
            ),
        ],
        **job(
            ST_JOB,
            onsite("Lubbock, TX"),
            description="Surgical tech in a Level I trauma OR, 4x10s plus two weekday call "
            "shifts a month and one weekend call.",
        ),
    ),
    C(
        "only 12s for school vs wants 8s, an 8-hour-shift LPN job",
        "cs",
        [
            roster("cs", LPN, "Shreveport, LA")(
                "Danielle Thibodeaux",
                0,
                touches=[
                    dictated(
                        35,
                        "Danielle's in the RN bridge program, she can only do 12s so she has "
                        "four days for clinicals. Eight-hour shifts won't work.",
                    )
                ],
            ),
            roster("cs", LPN, "Shreveport, LA")(
                "Monique Fontenot",
                2,
                touches=[
                    dictated(
                        35,
                        "Monique wants 8s, twelves wreck her back. Monday to Friday days would "
                        "be ideal.",
                    )
                ],
            ),
        ],
        **job(
            LPN_JOB,
            onsite("Shreveport, LA"),
            description="Charge LPN on a long-term care hall, 8-hour shifts, 6a-2p, Monday to "
            "Friday.",
        ),
    ),
    C(
        "Spanglish: needs self-schedule for her husband's rotating shifts vs no condition",
        "cs",
        [
            roster("cs", CNA, "El Paso, TX")(
                "Guadalupe Echeverría",
                2,
                touches=[
                    ats_note(
                        25,
                        "Cand necesita self-schedule porque su esposo trabaja turnos rotativos en "
                        "la refinería. Con eso she's in, otherwise no puede.",
                    )
                ],
            ),
            roster("cs", CNA, "El Paso, TX")(
                "Araceli Zepeda-Montoya",
                1,
                touches=[ats_note(25, "CNA, 4 años en LTC, disponible, buenas referencias.")],
            ),
        ],
        **job(
            CNA_JOB,
            onsite("El Paso, TX"),
            offers=["Self-scheduling: pick your own shifts each month"],
        ),
    ),
    C(
        "no mandatory overtime, a second job vs wants all the OT, a peak-season job",
        "cs",
        [
            roster("cs", WAREHOUSE, "Reno, NV")(
                "Ignacio Perales",
                0,
                touches=[
                    dictated(
                        15,
                        "Ignacio has a second job at night, he can't do mandatory overtime, "
                        "40 hours and out.",
                    )
                ],
            ),
            roster("cs", WAREHOUSE, "Reno, NV")(
                "Fernando Apodaca",
                2,
                touches=[
                    dictated(15, "Fernando wants all the OT he can get, saving for a truck."),
                ],
            ),
        ],
        **job(
            WAREHOUSE_JOB,
            onsite("Sparks, NV"),
            description="Pick, pack and load in a regional distribution center, 1st shift. "
            "Mandatory overtime November to January, 50 to 60 hours a week.",
        ),
    ),
]

TRAVEL = [
    C(
        "home daily only, a single dad vs fine out three weeks, an OTR job",
        "cs",
        [
            roster("cs", CDL_DRIVER, "Joplin, MO")(
                "Levi Musgrave",
                0,
                touches=[
                    texted(
                        30,
                        "gotta be home daily, single dad, nobody else to get the kids off the bus",
                    )
                ],
            ),
            roster("cs", CDL_DRIVER, "Joplin, MO")(
                "Wyatt Kilgore",
                2,
                touches=[
                    texted(30, "otr is fine, no family here, i like the miles"),
                ],
            ),
        ],
        **job(
            CDL_JOB,
            onsite("Joplin, MO"),
            title="CDL-A OTR Driver",
            description="Over-the-road dry van, 48 states, out three weeks and home four days.",
        ),
    ),
    C(
        "did OTR at a past carrier, home weekly is his minimum vs home every night",
        "cs",
        [
            roster("cs", CDL_DRIVER, "Springfield, MO")(
                "Cody Strickland",
                2,
                touches=[
                    dictated(
                        60,
                        "Cody was out three weeks at a time with Werner, never again, but home "
                        "weekly is fine. Regional is the sweet spot.",
                    )
                ],
            ),
            roster("cs", CDL_DRIVER, "Springfield, MO")(
                "Dustin Pafford",
                0,
                touches=[
                    dictated(
                        60,
                        "Dustin needs to be home every night, he takes his mom to dialysis three "
                        "mornings a week.",
                    )
                ],
            ),
        ],
        **job(
            CDL_JOB,
            onsite("Springfield, MO"),
            title="CDL-A Regional Driver",
            description="Regional dry van in the Midwest, out Monday to Friday, home every "
            "weekend.",
        ),
    ),
    C(
        "no more go-live travel, new baby vs loves go-lives, a travelling analyst job",
        "cs",
        [
            roster("cs", EPIC_ANALYST, "Kansas City, MO")(
                "Lindsey Harbaugh",
                0,
                touches=[
                    emailed(
                        50,
                        "I'm done with go-live travel - new baby at home and I'm not getting on "
                        "a plane every other week again.",
                    )
                ],
            ),
            roster("cs", EPIC_ANALYST, "Kansas City, MO")(
                "Brianne Mattingly",
                2,
                touches=[
                    emailed(
                        50,
                        "Honestly the go-lives are my favorite part - send me anywhere, I'll "
                        "pack a bag.",
                    )
                ],
            ),
        ],
        **job(
            EPIC_JOB,
            dict(remote_policy="remote", location="Remote (US)"),
            title="Epic ClinDoc Consultant (Go-Live)",
            offers=["Travel up to 75% to client go-lives across the US"],
        ),
    ),
    C(
        "no overnights, wife works nights vs fine with overnights, a field service job",
        "cs",
        [
            roster("cs", MAINT_TECH, "Greenville, SC")(
                "Dewayne Satterfield",
                0,
                touches=[
                    texted(
                        40,
                        "cant do overnights, my wife works nights at the hospital so im home "
                        "with the kids",
                    )
                ],
            ),
            roster("cs", MAINT_TECH, "Greenville, SC")(
                "Heath Rainwater",
                2,
                touches=[texted(40, "overnights dont bother me, per diem is nice")],
            ),
        ],
        **job(
            MAINT_JOB,
            onsite("Greenville, SC"),
            title="Field Service Technician",
            description="Install and repair packaging machinery at customer plants across the "
            "Southeast; overnight travel about half of the weeks.",
        ),
    ),
    C(
        "one campus only, won't drive between sites vs fine floating with mileage",
        "cs",
        [
            roster("cs", RAD_TECH, "Fort Wayne, IN")(
                "Corinne Lutz",
                0,
                touches=[
                    dictated(
                        20,
                        "Corinne wants one campus. Won't drive between sites during the day, "
                        "did that at Parkview and hated it.",
                    )
                ],
            ),
            roster("cs", RAD_TECH, "Fort Wayne, IN")(
                "Makayla Esch",
                2,
                touches=[
                    dictated(
                        20,
                        "Makayla's fine floating to the outlying sites as long as she gets "
                        "mileage.",
                    )
                ],
            ),
        ],
        **job(
            RAD_JOB,
            onsite("Fort Wayne, IN"),
            description="Float rad tech covering the main hospital and four outpatient sites up "
            "to 60 miles apart; mileage reimbursed.",
        ),
    ),
]

VISA = [
    C(
        "a green card from EB-3 vs on an H-4 and needs sponsoring, a job that can't sponsor",
        "cs",
        [
            roster("cs", TELE_RN, "Houston, TX")(
                "Maricel Tolentino-Baysa",
                2,
                touches=[
                    ats_note(
                        30,
                        "I-9 pre-check: permanent resident card (came over on an EB-3 in 2023). "
                        "No sponsorship needed now or later.",
                    )
                ],
            ),
            roster("cs", TELE_RN, "Houston, TX")(
                "Rowena Pangilinan",
                0,
                touches=[
                    ats_note(
                        30,
                        "I-9 pre-check: cand is here on an H-4 with no EAD yet, would need the "
                        "employer to sponsor her.",
                    )
                ],
            ),
        ],
        **job(
            STAFF_TELE,
            onsite("Houston, TX"),
            requirements="Active Texas or compact RN license\n1+ year telemetry\nMust be "
            "authorized to work in the US; we are unable to sponsor visas",
        ),
    ),
    C(
        "STEM OPT that will need an H-1B vs a green card, no sponsorship",
        "data_eng",
        [
            roster("data_eng", CLARITY_DEV, "Minneapolis, MN")(
                "Pranav Kulkarni",
                0,
                touches=[
                    emailed(
                        45,
                        "Just so you know, I'm on STEM OPT until August 2027 and will need an "
                        "employer to file an H-1B for me before then.",
                    )
                ],
            ),
            roster("data_eng", CLARITY_DEV, "Minneapolis, MN")(
                "Anjali Raghunathan",
                2,
                touches=[
                    emailed(
                        45,
                        "Good news on my side - the green card came through, so I won't need "
                        "any sponsorship going forward.",
                    )
                ],
            ),
        ],
        **job(
            CLARITY_JOB,
            dict(remote_policy="hybrid", location="Minneapolis, MN"),
            offers=["Hybrid: three days remote"],
            requirements="Clarity certification\nSQL\nTableau\nNo visa sponsorship now or in "
            "the future",
        ),
    ),
    C(
        "a husband's H-1B, she's a citizen vs needs an H-1B transfer herself",
        "cs",
        [
            roster("cs", EPIC_ANALYST, "Cleveland, OH")(
                "Deepika Venkatesan",
                2,
                touches=[
                    dictated(
                        35,
                        "Clarifying from last call: Deepika's a US citizen. The H-1B thing was "
                        "her husband, he's at Oracle Health. She needs nothing from us.",
                    )
                ],
            ),
            roster("cs", EPIC_ANALYST, "Cleveland, OH")(
                "Shalini Iyengar",
                0,
                touches=[
                    dictated(
                        35,
                        "Shalini's on an H-1B at Cleveland Clinic, she'd need the new employer "
                        "to do the transfer.",
                    )
                ],
            ),
        ],
        **job(
            EPIC_JOB,
            dict(remote_policy="hybrid", location="Cleveland, OH"),
            offers=["Hybrid: two days on campus", "No visa sponsorship for this position"],
        ),
    ),
    C(
        "Spanish: has a green card vs needs the company to sponsor her",
        "cs",
        [
            roster("cs", CNA, "Laredo, TX")(
                "Yadira Cantú",
                2,
                touches=[
                    texted(
                        30,
                        "tengo mi green card, no necesito patrocinio. puedo empezar cuando quieran",
                    )
                ],
            ),
            roster("cs", CNA, "Laredo, TX")(
                "Jazmín Treviño",
                0,
                touches=[
                    texted(
                        30,
                        "necesito que la empresa me patrocine la visa para poder trabajar aquí",
                    )
                ],
            ),
        ],
        **job(
            CNA_JOB,
            onsite("Laredo, TX"),
            requirements="Active Texas CNA certification\nBLS\nAuthorized to work in the US "
            "without sponsorship",
        ),
    ),
    C(
        "a Canadian RN on TN vs a British RN who needs an H-1B, a TN-only hospital",
        "cs",
        [
            roster("cs", ICU_RN, "Windsor, ON, Canada")(
                "Genevieve Ouellette",
                2,
                touches=[
                    ats_note(
                        50,
                        "Canadian RN, lives in Windsor, would cross daily. Needs TN status "
                        "support only - Michigan license already issued.",
                    )
                ],
            ),
            roster("cs", ICU_RN, "Windsor, ON, Canada")(
                "Fiona Blackwood",
                0,
                touches=[
                    ats_note(
                        50,
                        "UK-trained RN living in Windsor. Not Canadian so TN's out - she'd need "
                        "H-1B sponsorship. Michigan license issued.",
                    )
                ],
            ),
        ],
        **job(
            TRAVEL_ICU,
            onsite("Detroit, MI"),
            title="RN - ICU (Staff)",
            description="Full-time staff RN in a 24-bed medical ICU, 3x12s, days.",
            offers=["TN visa support for Canadian nurses; no H-1B sponsorship"],
        ),
    ),
]

CONTRACT = [
    C(
        "done traveling, wants staff with benefits vs wants another 13-week, a travel contract",
        "cs",
        [
            roster("cs", TELE_RN, "Albuquerque, NM")(
                "Corrina Baca",
                0,
                touches=[
                    texted(
                        50,
                        "im done traveling tbh. want a staff job w benefits and a 401k, im "
                        "tired of packing",
                    )
                ],
            ),
            roster("cs", TELE_RN, "Albuquerque, NM")(
                "Serafina Lucero",
                2,
                touches=[texted(50, "ready for my next 13 wk!! send me whatcha got 🧳")],
            ),
        ],
        **job(TRAVEL_TELE, onsite("Santa Fe, NM")),
    ),
    C(
        "needs full time with benefits vs PRN only on top of a full-time job, a per diem job",
        "cs",
        [
            roster("cs", RRT, "Baton Rouge, LA")(
                "Calvin Broussard",
                0,
                touches=[
                    dictated(
                        40,
                        "Calvin needs full time with benefits, PRN won't pay the bills for him "
                        "and his family's on Medicaid right now.",
                    )
                ],
            ),
            roster("cs", RRT, "Baton Rouge, LA")(
                "Andre Guidry",
                2,
                touches=[
                    dictated(
                        40,
                        "Andre's full time at Our Lady of the Lake, only wants PRN on the side, "
                        "two or three shifts a month.",
                    )
                ],
            ),
        ],
        **job(
            RT_JOB,
            onsite("Baton Rouge, LA"),
            title="Respiratory Therapist - PRN",
            description="Per diem RRT, no guaranteed hours, minimum two shifts a month, no "
            "benefits.",
        ),
    ),
    C(
        "direct hire only after getting burned vs temp-to-hire is fine",
        "cs",
        [
            roster("cs", WAREHOUSE, "Columbus, OH")(
                "Tyrell Cottingham",
                0,
                touches=[
                    texted(
                        25,
                        "no temp jobs. last agency had me 89 days then let me go right before "
                        "hire. direct hire only",
                    )
                ],
            ),
            roster("cs", WAREHOUSE, "Columbus, OH")(
                "Darnell Pinkston",
                2,
                touches=[texted(25, "temp to hire is cool wit me as long as its steady hours")],
            ),
        ],
        **job(
            WAREHOUSE_JOB,
            onsite("Groveport, OH"),
            title="Warehouse Associate (Temp-to-Hire)",
            offers=["Temp-to-hire: 90 days through the agency, then hired on by the client"],
        ),
    ),
    C(
        "only 13-week contracts, won't sign perm vs ready to settle in a staff job",
        "cs",
        [
            roster("cs", ICU_RN, "Denver, CO")(
                "Skyler Vanderpool",
                0,
                touches=[
                    emailed(
                        60,
                        "I'm only doing 13-week contracts. Not signing on anywhere permanent, I "
                        "like moving around too much.",
                    )
                ],
            ),
            roster("cs", ICU_RN, "Denver, CO")(
                "Meredith Tollefson",
                2,
                touches=[
                    emailed(
                        60,
                        "After six contracts I'm ready to settle down somewhere as staff. "
                        "Denver's home now.",
                    )
                ],
            ),
        ],
        **job(
            TRAVEL_ICU,
            onsite("Denver, CO"),
            title="RN - Medical ICU (Staff, Full Time)",
            description="Permanent full-time staff position in a 24-bed medical ICU, 3x12s, "
            "days, full benefits.",
        ),
    ),
    C(
        "needs a full 40 hours vs part time only while in school, a 24-hour job",
        "cs",
        [
            roster("cs", LPN, "Lexington, KY")(
                "Kimberly Stapleton",
                0,
                touches=[
                    texted(
                        20,
                        "i need full time 40 hrs, cant make rent on part time",
                    )
                ],
            ),
            roster("cs", LPN, "Lexington, KY")(
                "Haley Bowling",
                2,
                touches=[
                    texted(
                        20,
                        "part time only, doing my RN prereqs at BCTC so 2-3 days a wk max",
                    )
                ],
            ),
        ],
        **job(
            LPN_JOB,
            onsite("Lexington, KY"),
            title="Licensed Practical Nurse - Part Time",
            description="Part-time LPN (0.6 FTE), three 8-hour day shifts a week on a "
            "long-term care hall.",
        ),
    ),
    C(
        "a 1099 owner-operator on his own authority vs done with lease-purchase, wants W2",
        "cs",
        [
            roster("cs", CDL_DRIVER, "Dallas, TX")(
                "Virgil Coblentz",
                0,
                touches=[
                    thread(
                        35,
                        "Me: company driver spot, W2, $0.60/mi Cand: nah i run my own authority, "
                        "1099 owner op only. not going back to being a company driver",
                    )
                ],
            ),
            roster("cs", CDL_DRIVER, "Dallas, TX")(
                "Jamal Upshaw",
                2,
                touches=[
                    thread(
                        35,
                        "Me: company driver spot, W2, $0.60/mi Cand: yes pls. done with lease "
                        "purchase, lost my shirt. W2 company driver is what i want",
                    )
                ],
            ),
        ],
        **job(
            CDL_JOB,
            onsite("Dallas, TX"),
            title="CDL-A Company Driver (W2)",
            offers=["W2 company driver, $0.60 per mile, newer Freightliners"],
        ),
    ),
    C(
        "needs guaranteed hours after three cancelled shifts vs no condition, a 36-hour guarantee",
        "cs",
        [
            roster("cs", TELE_RN, "Spokane, WA")(
                "Tatum Edgerly",
                2,
                touches=[
                    thread(
                        45,
                        "Cand: last contract they cancelled me 3 shifts in a month, i lost like "
                        "$1500. next one HAS to have guaranteed hours Me: noted 👍",
                    )
                ],
            ),
            roster("cs", TELE_RN, "Spokane, WA")(
                "Cassidy Renfro",
                1,
                touches=[thread(45, "Cand: looking for my next contract, tele or pcu Me: k 👍")],
            ),
        ],
        **job(
            TRAVEL_TELE,
            onsite("Spokane, WA"),
            offers=["36 guaranteed hours a week - no call-offs"],
        ),
    ),
]

COMMUTE = [
    C(
        "won't drive more than 20 minutes vs doesn't mind an hour, a DC 35 minutes away",
        "cs",
        [
            roster("cs", WAREHOUSE, "Moreno Valley, CA")(
                "Rigoberto Saucedo",
                0,
                touches=[
                    texted(
                        30,
                        "not driving more than 20 min, gas is too high. moreno valley or perris "
                        "only",
                    )
                ],
            ),
            roster("cs", WAREHOUSE, "Moreno Valley, CA")(
                "Efrain Madrigal",
                2,
                touches=[texted(30, "i dont mind driving up to an hour if the pay is right")],
            ),
        ],
        **job(WAREHOUSE_JOB, onsite("Fontana, CA")),
    ),
    C(
        "won't drive into the Med Center vs the park and ride is fine",
        "cs",
        [
            roster("cs", RRT, "Katy, TX")(
                "Krystal Hebert",
                0,
                touches=[
                    dictated(
                        50,
                        "Krystal won't drive into the Med Center, the 59 and 610 traffic nearly "
                        "broke her. Katy and Cypress facilities only.",
                    )
                ],
            ),
            roster("cs", RRT, "Katy, TX")(
                "Noelle Landry",
                2,
                touches=[
                    dictated(
                        50,
                        "Noelle's fine with the Med Center, she'll take the park and ride from "
                        "Grand Parkway.",
                    )
                ],
            ),
        ],
        **job(RT_JOB, onsite("Houston, TX (Texas Medical Center)")),
    ),
    C(
        "Spanglish: no car, bus only vs has a car, an industrial park with no bus line",
        "cs",
        [
            roster("cs", FORKLIFT, "Santa Ana, CA")(
                "Everardo Solís",
                0,
                touches=[
                    texted(
                        40,
                        "no tengo carro right now, solo puedo en bus. max 30 min from santa ana",
                    )
                ],
            ),
            roster("cs", FORKLIFT, "Santa Ana, CA")(
                "Leonel Barragán",
                2,
                touches=[texted(40, "tengo carro, no problem con el drive")],
            ),
        ],
        **job(
            FORKLIFT_JOB,
            onsite("Chino, CA"),
            description="Putaway and replenishment on stand-up reach trucks, 1st shift. "
            "Industrial park with no bus service; reliable transportation required.",
        ),
    ),
    C(
        "a past job's hour each way, Louisville is fine vs won't commute up to Louisville",
        "cs",
        [
            roster("cs", MAINT_TECH, "Shepherdsville, KY")(
                "Jeremiah Goins",
                2,
                touches=[
                    dictated(
                        40,
                        "Jeremiah's old job at Toyota in Georgetown was an hour each way, that's "
                        "what he's getting away from. Anything in Louisville is fine.",
                    )
                ],
            ),
            roster("cs", MAINT_TECH, "Shepherdsville, KY")(
                "Tanner Bratcher",
                0,
                touches=[
                    dictated(
                        40,
                        "Tanner won't commute up to Louisville, wants something in Bullitt County.",
                    )
                ],
            ),
        ],
        **job(MAINT_JOB, onsite("Louisville, KY")),
    ),
    C(
        "max 20 miles from Olympia vs will drive to Tacoma, used to drive to Seattle",
        "cs",
        [
            roster("cs", CNA, "Olympia, WA")(
                "Harmony Swofford",
                0,
                touches=[texted(35, "20 miles from olympia max, my car is on its last legs")],
            ),
            roster("cs", CNA, "Olympia, WA")(
                "Breanna Kessling",
                2,
                touches=[
                    texted(35, "tacoma is nothing, i drove to seattle every day for 2 yrs"),
                ],
            ),
        ],
        **job(CNA_JOB, onsite("Tacoma, WA")),
    ),
]

# --- 4. pay against the band ----------------------------------------------------------------

PAY = [
    C(
        "won't take less than $2,800 a week vs $2k a week with full stipends",
        "cs",
        [
            roster("cs", TELE_RN, "Mobile, AL")(
                "Ginger Threadgill",
                0,
                touches=[
                    texted(30, "wont take less than 2800 a week gross, not worth leaving home")
                ],
            ),
            roster("cs", TELE_RN, "Mobile, AL")(
                "Lorelei Bankston",
                2,
                touches=[texted(30, "2k a week works if the housing stipend is the full amount")],
            ),
        ],
        **job(
            TRAVEL_TELE,
            onsite("Pensacola, FL"),
            offers=["$2,150/week gross: $24/hr taxable plus $1,250/week tax-free stipends"],
        ),
    ),
    C(
        "needs $25 an hour vs $19 is fine, a $19-21 CNA job",
        "cs",
        [
            roster("cs", CNA, "Birmingham, AL")(
                "Latrice Gaither",
                0,
                touches=[texted(20, "need 25/hr minimum, got bills")],
            ),
            roster("cs", CNA, "Birmingham, AL")(
                "Sharonda Peebles",
                2,
                touches=[texted(20, "19 an hr is fine if its days")],
            ),
        ],
        **job(
            CNA_JOB,
            onsite("Birmingham, AL"),
            offers=["$19-$21 per hour depending on experience"],
        ),
    ),
    C(
        "70 cents a mile or he stays vs 60 and up, a 62-cent job",
        "cs",
        [
            roster("cs", CDL_DRIVER, "Laredo, TX")(
                "Rolando Garza",
                0,
                touches=[texted(35, "70 cpm or i stay where im at")],
            ),
            roster("cs", CDL_DRIVER, "Laredo, TX")(
                "Octavio Leal",
                2,
                touches=[texted(35, "anything 60 cpm and up im good")],
            ),
        ],
        **job(
            CDL_JOB,
            onsite("Laredo, TX"),
            title="CDL-A Regional Driver",
            offers=["$0.62 per mile, about 2,500 miles a week"],
        ),
    ),
    C(
        "wants $90k vs $65k is right, a $62-72k maintenance job",
        "cs",
        [
            roster("cs", MAINT_TECH, "Lima, OH")(
                "Dale Hochstetler",
                0,
                touches=[dictated(45, "Dale wants ninety K base, won't move for less.")],
            ),
            roster("cs", MAINT_TECH, "Lima, OH")(
                "Kirk Bollinger",
                2,
                touches=[dictated(45, "Kirk's at sixty-one now, sixty-five K would do it.")],
            ),
        ],
        **job(MAINT_JOB, onsite("Lima, OH"), salary_min=62_000, salary_max=72_000, currency="USD"),
    ),
    C(
        "makes $38 on nights but would take $32 for days vs won't drop below $38, a $30-33 job",
        "cs",
        [
            roster("cs", RRT, "Tulsa, OK")(
                "Priscilla Renteria",
                2,
                touches=[
                    dictated(
                        30,
                        "Priscilla's making 38 an hour on nights with the diff, but for straight "
                        "days she'd take 32, she's fine with that.",
                    )
                ],
            ),
            roster("cs", RRT, "Tulsa, OK")(
                "Melinda Crutchfield",
                0,
                touches=[dictated(30, "Melinda won't drop below 38 an hour, days or nights.")],
            ),
        ],
        **job(RT_JOB, onsite("Tulsa, OK"), offers=["$30-$33 per hour, day shift"]),
    ),
    C(
        "Spanish: at least $22 an hour vs $18 is fine, an $18-20 forklift job",
        "cs",
        [
            roster("cs", FORKLIFT, "Phoenix, AZ")(
                "Sergio Valdivia",
                0,
                touches=[texted(25, "mínimo 22 la hora, menos no me conviene")],
            ),
            roster("cs", FORKLIFT, "Phoenix, AZ")(
                "Abelardo Covarrubias",
                2,
                touches=[texted(25, "con 18 la hora estoy bien")],
            ),
        ],
        **job(FORKLIFT_JOB, onsite("Tolleson, AZ"), offers=["$18-$20 per hour, weekly pay"]),
    ),
    C(
        "needs $60 an hour on a local contract vs $50 is fine locally, a $52 no-stipend job",
        "cs",
        [
            roster("cs", ICU_RN, "Sacramento, CA")(
                "Tessa Underhill",
                0,
                touches=[
                    thread(
                        40,
                        "Me: local contracts ok? Cand: only if its 60/hr or more, local doesnt "
                        "get stipends so it has to be high",
                    )
                ],
            ),
            roster("cs", ICU_RN, "Sacramento, CA")(
                "Joanna Quiñones",
                2,
                touches=[
                    thread(
                        40,
                        "Me: local contracts ok? Cand: ya! 50/hr is fine for local, i just want "
                        "to sleep in my own bed",
                    )
                ],
            ),
        ],
        **job(
            TRAVEL_ICU,
            onsite("Sacramento, CA"),
            title="Local Contract RN - ICU (13 weeks)",
            offers=["$52/hr taxable, local contract, no stipends"],
        ),
    ),
    C(
        "needs $75k vs $58k works, a $58-64k remote coding job",
        "cs",
        [
            roster("finance", CODER, "Tulsa, OK")(
                "Rhonda Kirchner",
                0,
                touches=[
                    emailed(
                        60,
                        "I'd need at least $75,000 to move - I have my CPC and CRC both.",
                    )
                ],
            ),
            roster("finance", CODER, "Tulsa, OK")(
                "Vanessa Ybarra",
                2,
                touches=[
                    emailed(
                        60,
                        "$58k works for me as long as it's fully remote.",
                    )
                ],
            ),
        ],
        **job(
            CODER_JOB,
            dict(remote_policy="remote", location="Remote (US)"),
            salary_min=58_000,
            salary_max=64_000,
            currency="USD",
        ),
    ),
]

# --- 5. work mode said in different places of the job ---------------------------------------

WORK_MODE = [
    C(
        "the policy field only: moved to rural Idaho vs doesn't like working alone",
        "cs",
        [
            roster("finance", CODER, "Salmon, ID")(
                "Darcy Wilhite",
                2,
                touches=[
                    emailed(40, "We moved out to Salmon, Idaho, so it's fully remote or nothing."),
                ],
            ),
            roster("finance", CODER, "Salmon, ID")(
                "Loretta Bybee",
                0,
                touches=[
                    emailed(
                        40,
                        "I'd rather be in an office with other coders - working alone at home "
                        "all day drove me nuts.",
                    )
                ],
            ),
        ],
        **job(CODER_JOB, dict(remote_policy="remote", location="Remote (US)")),
    ),
    C(
        "on campus five days in the description only: remote only vs ten minutes away",
        "cs",
        [
            roster("cs", EPIC_ANALYST, "Rochester, MN")(
                "Ingrid Fjelstad",
                0,
                touches=[dictated(30, "Ingrid is remote only, she won't go back on campus.")],
            ),
            roster("cs", EPIC_ANALYST, "Rochester, MN")(
                "Marit Haugland",
                2,
                touches=[
                    dictated(
                        30,
                        "Marit's happy to be on site, she's ten minutes from campus and misses "
                        "the floor.",
                    )
                ],
            ),
        ],
        **job(
            EPIC_JOB,
            dict(location="Rochester, MN"),
            description="Build and support inpatient documentation for a 9-hospital system. "
            "This position works on the main campus five days a week alongside nursing "
            "informatics.",
        ),
    ),
    C(
        "two office days in the offers only: hybrid is fine vs 100% remote or nothing",
        "data_eng",
        [
            roster("data_eng", CLARITY_DEV, "Grand Rapids, MI")(
                "Joelle Vanderwall",
                2,
                touches=[emailed(50, "Hybrid is fine with me, two days in the office max.")],
            ),
            roster("data_eng", CLARITY_DEV, "Grand Rapids, MI")(
                "Kendra Boersma",
                0,
                touches=[emailed(50, "100% remote or I'm not interested, sorry.")],
            ),
        ],
        **job(
            CLARITY_JOB,
            dict(location="Grand Rapids, MI"),
            offers=["Two days a week at the Michigan Street office, three from home"],
        ),
    ),
    C(
        "remote in the title only: wants home vs wants an office",
        "cs",
        [
            roster("finance", CODER, "Lafayette, LA")(
                "Ronda Arceneaux",
                2,
                touches=[texted(30, "need to work from home, my moms with me now and needs care")],
            ),
            roster("finance", CODER, "Lafayette, LA")(
                "Celeste Boudreaux",
                0,
                touches=[
                    texted(30, "want an office job, i cant focus at home w 3 kids lol"),
                ],
            ),
        ],
        **job(CODER_JOB, dict(location="Lafayette, LA"), title="Remote Outpatient Coder"),
    ),
]

# --- 6. negation ----------------------------------------------------------------------------

NEGATIONS = [
    C(
        "'not against nights' vs won't do nights, a night job",
        "cs",
        [
            roster("cs", TELE_RN, "Oklahoma City, OK")(
                "Shelby Ruckman",
                2,
                touches=[
                    dictated(25, "Shelby's not against nights, did them all through school."),
                ],
            ),
            roster("cs", TELE_RN, "Oklahoma City, OK")(
                "Carly Steward",
                0,
                touches=[dictated(25, "Carly won't do nights. Period.")],
            ),
        ],
        **job(NIGHTS_TELE, onsite("Oklahoma City, OK")),
    ),
    C(
        "mandatory OT isn't an issue vs OT is an issue, a peak-overtime job",
        "cs",
        [
            roster("cs", FORKLIFT, "Lockbourne, OH")(
                "Marquise Talbert",
                2,
                touches=[texted(30, "mandatory OT isnt an issue for me")],
            ),
            roster("cs", FORKLIFT, "Lockbourne, OH")(
                "Deshawn Kinlaw",
                0,
                touches=[texted(30, "mandatory OT is an issue, i got a 2nd job")],
            ),
        ],
        **job(
            FORKLIFT_JOB,
            onsite("Lockbourne, OH"),
            description="Putaway and replenishment on stand-up reach trucks, 1st shift; "
            "mandatory overtime in peak, up to 60 hours a week.",
        ),
    ),
    C(
        "money wasn't why she left, the ratios were vs left over money, a low-40s job",
        "cs",
        [
            roster("cs", TELE_RN, "Louisville, KY")(
                "Rebekah Mattox",
                2,
                touches=[
                    dictated(
                        40,
                        "Rebekah says money wasn't why she left Kindred, it was the one to seven "
                        "ratios. Low forties is fine if the ratios are sane.",
                    )
                ],
            ),
            roster("cs", TELE_RN, "Louisville, KY")(
                "Whitney Caudill",
                0,
                touches=[
                    dictated(
                        40,
                        "Whitney left Kindred over money. Needs forty-eight an hour or better.",
                    )
                ],
            ),
        ],
        **job(
            DAYS_TELE,
            onsite("Louisville, KY"),
            offers=["$40-$43 per hour", "1:4 nurse-to-patient ratios"],
        ),
    ),
    C(
        "never had a problem hauling hazmat vs no hazmat, a tanker job",
        "cs",
        [
            roster("cs", CDL_DRIVER, "Odessa, TX")(
                "Clint Rasberry",
                2,
                touches=[
                    texted(
                        40,
                        "never had a problem hauling hazmat, got my H and N on my license",
                    )
                ],
            ),
            roster("cs", CDL_DRIVER, "Odessa, TX")(
                "Beau Tidwell",
                0,
                touches=[texted(40, "no hazmat. not after that rollover i saw on I-20")],
            ),
        ],
        **job(
            CDL_JOB,
            onsite("Odessa, TX"),
            title="CDL-A Tanker Driver - Hazmat",
            requirements="Class A CDL with tanker and hazmat endorsements\n2+ years experience",
            description="Haul fuel and crude from the Permian to Midland terminals, home daily.",
        ),
    ),
    C(
        "Spanish: no problem with nights vs can't work nights, a night CNA job",
        "cs",
        [
            roster("cs", CNA, "McAllen, TX")(
                "Marisela Olivarez",
                2,
                touches=[texted(20, "no tengo problema con el turno de noche")],
            ),
            roster("cs", CNA, "McAllen, TX")(
                "Dulce Benavides",
                0,
                touches=[texted(20, "no puedo trabajar de noche, cuido a mi mamá")],
            ),
        ],
        **job(
            CNA_JOB,
            onsite("McAllen, TX"),
            title="Certified Nursing Assistant - Nights",
            description="CNA in a 120-bed skilled nursing center, night shift, 10p-6a.",
        ),
    ),
    C(
        "doesn't mind being floated vs don't float her, a float-pool job",
        "cs",
        [
            roster("cs", ICU_RN, "Omaha, NE")(
                "Hollis Wendt",
                2,
                touches=[
                    texted(15, "dont mind being floated at all, keeps it interesting"),
                ],
            ),
            roster("cs", ICU_RN, "Omaha, NE")(
                "Brooke Tegeler",
                0,
                touches=[texted(15, "dont float me. ICU only, not doing med surg")],
            ),
        ],
        **job(
            TRAVEL_ICU,
            onsite("Omaha, NE"),
            title="RN - Critical Care Float Pool",
            description="Float pool RN covering the ICUs, step-down and the med-surg floors "
            "across the hospital, 3x12s.",
        ),
    ),
    C(
        "isn't remote-only, can come in two days vs remote only, a hybrid job",
        "cs",
        [
            roster("cs", EPIC_ANALYST, "Madison, WI")(
                "Kirsten Ostrowski",
                2,
                touches=[
                    emailed(
                        45,
                        "To be clear I'm not remote-only - two days on campus is no problem.",
                    )
                ],
            ),
            roster("cs", EPIC_ANALYST, "Madison, WI")(
                "Heidi Brandvold",
                0,
                touches=[emailed(45, "I only want remote positions.")],
            ),
        ],
        **job(
            EPIC_JOB,
            dict(
                remote_policy="hybrid",
                location="Madison, WI",
                offers=["Hybrid: Tuesdays and Thursdays on campus"],
            ),
        ),
    ),
    C(
        "used to be days-only, not anymore vs still days-only, a night job",
        "cs",
        [
            roster("cs", LPN, "Evansville, IN")(
                "Stacy Hornbeck",
                2,
                touches=[
                    dictated(
                        30,
                        "Stacy used to be days only but not anymore, the kids are teenagers now. "
                        "Nights are open.",
                    )
                ],
            ),
            roster("cs", LPN, "Evansville, IN")(
                "Tonya Schnell",
                0,
                touches=[dictated(30, "Tonya's still days only, nothing's changed there.")],
            ),
        ],
        **job(
            LPN_JOB,
            onsite("Evansville, IN"),
            title="Licensed Practical Nurse - Nights",
            description="LPN on a long-term care hall, night shift, 10p-6a.",
        ),
    ),
]

# --- 7. location and licenses, level, company stage and size, industry, technology ----------

LOCATIONS = [
    C(
        "a compact license from Texas vs a California-only license, a Tennessee contract",
        "cs",
        [
            roster("cs", TELE_RN, "San Diego, CA")(
                "Camille Ferraro",
                2,
                touches=[
                    ats_note(
                        45,
                        "Credentialing: multistate (NLC) license, primary state Texas, verified "
                        "on Nursys. Good for any compact state.",
                    )
                ],
            ),
            roster("cs", TELE_RN, "San Diego, CA")(
                "Lauren Takahashi",
                0,
                touches=[
                    ats_note(
                        45,
                        "Credentialing: single-state California RN license only, not compact. "
                        "Cand has no plans to apply anywhere else - CA contracts only.",
                    )
                ],
            ),
        ],
        **job(
            TRAVEL_TELE,
            onsite("Knoxville, TN"),
            requirements="Tennessee or multistate (NLC) RN license\n2+ years telemetry\nBLS "
            "and ACLS",
        ),
    ),
    C(
        "moving to Phoenix, lease signed vs won't leave Chicago, a Phoenix staff job",
        "cs",
        [
            roster("cs", RAD_TECH, "Chicago, IL")(
                "Natalia Wozniak",
                2,
                touches=[
                    texted(
                        60,
                        "we signed a lease in phoenix!! moving end of the month, can u find me "
                        "something out there",
                    )
                ],
            ),
            roster("cs", RAD_TECH, "Chicago, IL")(
                "Agnieszka Wojtaszek",
                0,
                touches=[texted(60, "not leaving chicago, my whole family is here")],
            ),
        ],
        **job(RAD_JOB, onsite("Phoenix, AZ")),
    ),
    C(
        "assignments near family in Spokane only vs Florida only, a Spokane contract",
        "cs",
        [
            roster("cs", ICU_RN, "Coeur d'Alene, ID")(
                "Tabitha Ostergaard",
                2,
                touches=[
                    thread(
                        30,
                        "Cand: only want pacific NW contracts this year, my dad's in spokane and "
                        "not doing great Me: 💙 got it",
                    )
                ],
            ),
            roster("cs", ICU_RN, "Coeur d'Alene, ID")(
                "Savannah Merriweather",
                0,
                touches=[
                    thread(
                        30,
                        "Cand: florida only this winter, im not doing another cold one Me: lol "
                        "got it",
                    )
                ],
            ),
        ],
        **job(TRAVEL_ICU, onsite("Spokane, WA")),
    ),
    C(
        "her sister's move to Denver, she's staying vs open to Denver to be near her sister",
        "cs",
        [
            roster("cs", LPN, "Omaha, NE")(
                "Gwendolyn Peltz",
                0,
                touches=[
                    dictated(
                        50,
                        "Gwendolyn mentioned her sister's moving to Denver, but she's staying in "
                        "Omaha, her house is paid off. Not relocating.",
                    )
                ],
            ),
            roster("cs", LPN, "Omaha, NE")(
                "Priscila Amundson",
                2,
                touches=[
                    dictated(
                        50,
                        "Priscila wants to move to Denver to be near her sister, open to "
                        "relocating for the right job.",
                    )
                ],
            ),
        ],
        **job(LPN_JOB, onsite("Denver, CO")),
    ),
    C(
        "Spanish: already moved to San Antonio vs doesn't want to leave El Paso",
        "cs",
        [
            roster("cs", CNA, "El Paso, TX")(
                "Itzel Carrasco",
                2,
                touches=[
                    texted(
                        40,
                        "ya me mudé a san antonio con mi hermana, busco trabajo de CNA aquí",
                    )
                ],
            ),
            roster("cs", CNA, "El Paso, TX")(
                "Griselda Holguín",
                0,
                touches=[texted(40, "no me quiero mudar de el paso, aquí está mi familia")],
            ),
        ],
        **job(CNA_JOB, onsite("San Antonio, TX")),
    ),
    C(
        "moving closer to the Joliet terminal vs two hours away and not moving",
        "cs",
        [
            roster("cs", CDL_DRIVER, "Peoria, IL")(
                "Augustus Pfeiffer",
                2,
                touches=[
                    dictated(
                        40,
                        "Gus says he'll move to Joliet for a local gig, his girlfriend's up "
                        "there anyway.",
                    )
                ],
            ),
            roster("cs", CDL_DRIVER, "Peoria, IL")(
                "Lyle Fenstermaker",
                0,
                touches=[
                    dictated(
                        40,
                        "Lyle's two hours from Joliet and he's not moving. Peoria area only.",
                    )
                ],
            ),
        ],
        **job(
            CDL_JOB,
            onsite("Joliet, IL"),
            title="CDL-A Local Driver - Home Daily",
            description="Local container and dry van runs out of the Joliet terminal, home "
            "every night.",
        ),
    ),
]

LEVEL = [
    C(
        "wants to be charge, has precepted for years vs no charge, just patients",
        "cs",
        [
            roster("cs", TELE_RN, "Little Rock, AR")(
                "Leslie Dorsett",
                2,
                touches=[
                    dictated(
                        40,
                        "Leslie wants charge. She's been precepting new grads for three years "
                        "and running the unit unofficially on weekends.",
                    )
                ],
            ),
            roster("cs", TELE_RN, "Little Rock, AR")(
                "Ashton Pickering",
                0,
                touches=[
                    dictated(
                        40,
                        "Ashton doesn't want charge or anything management. Just wants her "
                        "patients.",
                    )
                ],
            ),
        ],
        **job(
            DAYS_TELE,
            onsite("Little Rock, AR"),
            title="Charge Nurse - Telemetry",
            seniority="lead",
            description="Charge RN on a 30-bed telemetry unit: staffing, assignments, rapid "
            "responses and precepting, 3x12s days.",
        ),
    ),
    C(
        "ready to lead a crew vs no lead roles, just the reach truck",
        "cs",
        [
            roster("cs", FORKLIFT, "Memphis, TN")(
                "Quinton Dandridge",
                2,
                touches=[
                    texted(
                        30,
                        "ready to be a lead fr. been training the new guys for a year anyway",
                    )
                ],
            ),
            roster("cs", FORKLIFT, "Memphis, TN")(
                "Reginald Bivens",
                0,
                touches=[
                    texted(
                        30,
                        "no lead spots, dont want to babysit nobody. just put me on the reach "
                        "truck",
                    )
                ],
            ),
        ],
        **job(
            FORKLIFT_JOB,
            onsite("Memphis, TN"),
            title="Warehouse Lead - Forklift",
            seniority="lead",
            description="Lead a crew of 12 forklift operators on 1st shift: assignments, "
            "safety huddles, training and productivity.",
        ),
    ),
    C(
        "ready to run the maintenance crew vs wants to stay on the tools",
        "cs",
        [
            roster("cs", MAINT_TECH, "Toledo, OH")(
                "Duane Kowalski",
                2,
                touches=[
                    dictated(
                        50,
                        "Duane's ready to run a crew, he's been covering for his supervisor on "
                        "second shift for a year.",
                    )
                ],
            ),
            roster("cs", MAINT_TECH, "Toledo, OH")(
                "Randall Szymanski",
                0,
                touches=[
                    dictated(
                        50,
                        "Randall wants to stay on the tools. Tried a supervisor spot once, hated "
                        "the paperwork.",
                    )
                ],
            ),
        ],
        **job(
            MAINT_JOB,
            onsite("Toledo, OH"),
            title="Maintenance Supervisor",
            seniority="lead",
            description="Supervise eight maintenance technicians across two shifts: work "
            "orders, PM compliance, parts budget and call-outs.",
        ),
    ),
    C(
        "a former nurse manager back to the bedside vs management roles only, a staff job",
        "cs",
        [
            roster("cs", TELE_RN, "Birmingham, AL")(
                "Patrice Holloway",
                2,
                touches=[
                    emailed(
                        60,
                        "After four years as a nurse manager I'm burned out on leadership. I "
                        "want to go back to the bedside as a staff nurse, no charge, no "
                        "meetings.",
                    )
                ],
            ),
            roster("cs", TELE_RN, "Birmingham, AL")(
                "Valencia Ruffin",
                0,
                touches=[
                    emailed(
                        60,
                        "I'm only looking at nurse manager or director roles now - I'm not "
                        "going back to staff.",
                    )
                ],
            ),
        ],
        **job(DAYS_TELE, onsite("Birmingham, AL")),
    ),
]

STAGE_SIZE = [
    C(
        "likes small rural hospitals vs wants a Level I academic center, a critical access job",
        "cs",
        [
            roster("cs", RRT, "Ada, OK")(
                "Lorena Whitebird",
                2,
                touches=[
                    dictated(
                        45,
                        "Lorena loves small rural hospitals, likes knowing everybody and doing "
                        "a bit of everything.",
                    )
                ],
            ),
            roster("cs", RRT, "Ada, OK")(
                "Kacie Haddock",
                0,
                touches=[
                    dictated(
                        45,
                        "Kacie wants a big Level I academic center, ECMO and all the "
                        "specialties. Not interested in small hospitals.",
                    )
                ],
            ),
        ],
        **job(
            RT_JOB,
            onsite("Ada, OK"),
            description="Sole RT on shift at a 25-bed critical access hospital: ER, floor and "
            "the two-bed ICU.",
        ),
    ),
    C(
        "wants a Magnet teaching hospital vs small community hospitals only, a 1,200-bed center",
        "cs",
        [
            roster("cs", TELE_RN, "Pittsburgh, PA")(
                "Ellie Zimmerman",
                2,
                touches=[
                    emailed(
                        40,
                        "I want a Magnet teaching hospital with a real clinical ladder and "
                        "tuition help for my MSN.",
                    )
                ],
            ),
            roster("cs", TELE_RN, "Pittsburgh, PA")(
                "Bridget Kaminski",
                0,
                touches=[
                    emailed(
                        40,
                        "Small community hospitals only please. Big systems swallowed me up "
                        "last time.",
                    )
                ],
            ),
        ],
        **job(
            DAYS_TELE,
            onsite("Pittsburgh, PA"),
            description="Staff RN on telemetry at a 1,200-bed Magnet academic medical center; "
            "clinical ladder and tuition reimbursement.",
        ),
    ),
    C(
        "a small outfit where dispatch knows his name vs big carriers only, a 20-truck company",
        "cs",
        [
            roster("cs", CDL_DRIVER, "Fort Wayne, IN")(
                "Jasper Mullins",
                2,
                touches=[
                    texted(
                        30,
                        "want a small outfit where dispatch knows my name not my truck number",
                    )
                ],
            ),
            roster("cs", CDL_DRIVER, "Fort Wayne, IN")(
                "Trent Oberlin",
                0,
                touches=[
                    texted(
                        30,
                        "big carriers only. newer trucks and they dont go under",
                    )
                ],
            ),
        ],
        **job(
            CDL_JOB,
            onsite("Fort Wayne, IN"),
            description="Regional dry van for a family-owned carrier with 20 trucks, home "
            "weekends.",
        ),
    ),
]

MISSION = [
    C(
        "wants hospice after her dad vs won't do hospice, a hospice job",
        "cs",
        [
            roster("cs", LPN, "Springfield, IL")(
                "Darla Wetherington",
                2,
                touches=[
                    dictated(
                        40,
                        "Darla wants hospice. Lost her dad last year and the hospice nurses "
                        "were amazing, she wants to do that for people.",
                    )
                ],
            ),
            roster("cs", LPN, "Springfield, IL")(
                "Candace Prather",
                0,
                touches=[
                    dictated(
                        40,
                        "Candace won't do hospice, too hard on her emotionally.",
                    )
                ],
            ),
        ],
        **job(
            LPN_JOB,
            onsite("Springfield, IL"),
            title="Hospice LPN",
            description="Visit hospice patients at home and in facilities around Springfield, "
            "days.",
        ),
    ),
    C(
        "no alcohol deliveries for his faith vs beer routes fine, a beer distributor",
        "cs",
        [
            roster("cs", CDL_DRIVER, "Fresno, CA")(
                "Khalid Al-Amin",
                0,
                touches=[
                    dictated(
                        30,
                        "Khalid won't haul or deliver alcohol, it's against his faith. Anything "
                        "else local is fine.",
                    )
                ],
            ),
            roster("cs", CDL_DRIVER, "Fresno, CA")(
                "Mateo Ybarra",
                2,
                touches=[dictated(30, "Mateo's fine with beverage routes, did Pepsi before.")],
            ),
        ],
        **job(
            CDL_JOB,
            onsite("Fresno, CA"),
            title="CDL-A Route Delivery Driver",
            description="Deliver beer and seltzer to bars, stores and restaurants for a "
            "regional beer distributor, home daily.",
        ),
    ),
    C(
        "won't work for weapons makers vs fine, worked at an ammunition plant",
        "cs",
        [
            roster("cs", MAINT_TECH, "Independence, MO")(
                "Ezra Lindahl",
                0,
                touches=[
                    emailed(
                        50,
                        "I won't work anywhere that makes guns or ammunition. Personal thing.",
                    )
                ],
            ),
            roster("cs", MAINT_TECH, "Independence, MO")(
                "Buck Ahlstrom",
                2,
                touches=[emailed(50, "Worked at Olin Winchester 6 years, no issue going back.")],
            ),
        ],
        **job(
            MAINT_JOB,
            onsite("Independence, MO"),
            description="Keep small-caliber ammunition loading lines running at a "
            "government-owned, contractor-operated plant.",
        ),
    ),
]

TECH = [
    C(
        "wants to get Epic certified vs wants to stay on Cerner, an Epic job",
        "cs",
        [
            roster("cs", EPIC_ANALYST, "Kansas City, MO")(
                "Jocelyn Ferris",
                2,
                touches=[
                    emailed(
                        40,
                        "I'm tired of Cerner. I want to get into Epic and get certified.",
                    )
                ],
            ),
            roster("cs", EPIC_ANALYST, "Kansas City, MO")(
                "Mallory Dreier",
                0,
                touches=[
                    emailed(
                        40,
                        "I want to stay on Cerner - Oracle Health - I don't want to start over "
                        "in Epic.",
                    )
                ],
            ),
        ],
        **job(
            EPIC_JOB,
            dict(remote_policy="remote", location="Remote (US)"),
            description="Build and support inpatient documentation on Epic; Epic certification "
            "sponsored within 6 months.",
        ),
    ),
    C(
        "wants more PLC work vs stays away from PLCs, an Allen-Bradley job",
        "cs",
        [
            roster("cs", MAINT_TECH, "Rockford, IL")(
                "Nolan Hertzberg",
                2,
                touches=[
                    dictated(
                        35,
                        "Nolan wants more PLC work, he's teaching himself Studio 5000 at home.",
                    )
                ],
            ),
            roster("cs", MAINT_TECH, "Rockford, IL")(
                "Darrell Kimes",
                0,
                touches=[
                    dictated(
                        35,
                        "Darrell wants straight mechanical, stays away from PLCs and the panels.",
                    )
                ],
            ),
        ],
        **job(
            MAINT_JOB,
            onsite("Rockford, IL"),
            title="Controls Maintenance Technician",
            description="Troubleshoot Allen-Bradley ControlLogix PLCs, HMIs and VFDs on "
            "packaging lines.",
        ),
    ),
    C(
        "an automatic-only restriction on his CDL vs drives a 10-speed, manual trucks",
        "cs",
        [
            roster("cs", CDL_DRIVER, "Tulsa, OK")(
                "Brayden Smoot",
                0,
                touches=[
                    ats_note(
                        40,
                        "MVR pulled: CDL has the E restriction, automatic transmission only. "
                        "Cand says he never learned stick.",
                    )
                ],
            ),
            roster("cs", CDL_DRIVER, "Tulsa, OK")(
                "Colton Gaskins",
                2,
                touches=[
                    ats_note(
                        40,
                        "MVR pulled: no restrictions. Cand drives a 10-speed, learned on his "
                        "dad's Pete.",
                    )
                ],
            ),
        ],
        **job(
            CDL_JOB,
            onsite("Tulsa, OK"),
            title="CDL-A Flatbed Driver",
            description="Regional flatbed out of Tulsa in 10-speed manual Peterbilts, home "
            "weekends.",
        ),
    ),
]

# --- 8. last time's reason, the history with us and the latest process ----------------------

PAST_ATL_78K = dict(
    remote_policy="onsite", location="Atlanta, GA", salary_max=78_000, currency="USD"
)
PAST_ATL_80K = dict(
    remote_policy="onsite", location="Atlanta, GA", salary_max=80_000, currency="USD"
)
PAST_CHICAGO_DC = dict(remote_policy="onsite", location="Chicago, IL")

RESOLVED = [
    C(
        "turned down $78k asking $85k, the band now reaches it vs asked $110k, still above",
        "cs",
        [
            roster("cs", TELE_RN, "Atlanta, GA")(
                "Aaliyah Summerour",
                2,
                apps=[
                    said_no(
                        280,
                        "compensation",
                        "Asked $85k; Piedmont's grid topped out at $78k",
                        past=PAST_ATL_78K,
                        role="RN - Telemetry",
                    )
                ],
            ),
            roster("cs", TELE_RN, "Atlanta, GA")(
                "Jacinda Tolliver",
                0,
                apps=[
                    said_no(
                        280,
                        "compensation",
                        "Wanted $110k base; the grid capped at $80k",
                        past=PAST_ATL_80K,
                        role="RN - Telemetry",
                    )
                ],
            ),
        ],
        **job(
            DAYS_TELE, onsite("Atlanta, GA"), salary_min=88_000, salary_max=96_000, currency="USD"
        ),
    ),
    C(
        "pulled out because only nights were open, this is days vs wanted PRN, full time again",
        "cs",
        [
            roster("cs", TELE_RN, "Tampa, FL")(
                "Brittany Coker",
                2,
                apps=[
                    backed_out(
                        200,
                        "other",
                        "Unit only had nights open; cand wants days",
                        role="RN - Telemetry",
                    )
                ],
            ),
            roster("cs", TELE_RN, "Tampa, FL")(
                "Kaitlyn Moorefield",
                0,
                apps=[
                    backed_out(
                        200,
                        "other",
                        "Cand only wants PRN; the position was full time",
                        role="RN - Telemetry",
                    )
                ],
            ),
        ],
        **job(DAYS_TELE, onsite("Tampa, FL")),
    ),
    C(
        "turned down OTR for home daily, this is local vs turned down local for OTR miles",
        "cs",
        [
            roster("cs", CDL_DRIVER, "Chattanooga, TN")(
                "Harlan Cagle",
                2,
                apps=[
                    said_no(
                        150,
                        "other",
                        "Offer was OTR, three weeks out; cand needs to be home daily",
                        role="CDL-A OTR Driver",
                    )
                ],
            ),
            roster("cs", CDL_DRIVER, "Chattanooga, TN")(
                "Emmett Swafford",
                0,
                apps=[
                    said_no(
                        150,
                        "other",
                        "Offer was local, home daily; cand wants OTR miles and the money",
                        role="CDL-A Local Driver",
                    )
                ],
            ),
        ],
        **job(
            CDL_JOB,
            onsite("Chattanooga, TN"),
            title="CDL-A Local Driver - Home Daily",
            description="Local dry van shuttles around Chattanooga, home every night.",
        ),
    ),
    C(
        "turned down a 13-week for a staff job, this is staff vs no weekends, weekends again",
        "cs",
        [
            roster("cs", ICU_RN, "Raleigh, NC")(
                "Morgan Eubanks",
                2,
                apps=[
                    said_no(
                        220,
                        "other",
                        "Offered a 13-week contract; cand only wants a staff position now",
                        role="Travel RN - ICU",
                    )
                ],
            ),
            roster("cs", ICU_RN, "Raleigh, NC")(
                "Sydney Hatcher",
                0,
                apps=[
                    said_no(
                        220,
                        "other",
                        "Unit required every other weekend; cand can't work weekends",
                        role="RN - ICU",
                    )
                ],
            ),
        ],
        **job(
            TRAVEL_ICU,
            onsite("Raleigh, NC"),
            title="RN - Surgical ICU (Staff)",
            description="Permanent full-time staff RN in a 20-bed surgical ICU, 3x12s days, "
            "every third weekend.",
        ),
    ),
    C(
        "pulled out over the commute to Chicago, this is Merrillville vs 1st only, 2nd again",
        "cs",
        [
            roster("cs", WAREHOUSE, "Gary, IN")(
                "Lashonda Burrell",
                2,
                apps=[
                    backed_out(
                        180,
                        "location",
                        "Commute from Gary to the Chicago DC was too far without a car",
                        past=PAST_CHICAGO_DC,
                        role="Warehouse Associate",
                    )
                ],
            ),
            roster("cs", WAREHOUSE, "Gary, IN")(
                "Tameka Vinson",
                0,
                apps=[
                    backed_out(
                        180,
                        "other",
                        "Job was 2nd shift; cand only works 1st",
                        role="Warehouse Associate",
                    )
                ],
            ),
        ],
        **job(
            WAREHOUSE_JOB,
            onsite("Merrillville, IN"),
            title="Warehouse Associate - 2nd Shift",
            description="Pick, pack and load, 2nd shift, 3pm to 11:30pm, on the bus line.",
        ),
    ),
]

LAST_TIME = [
    C(
        "a no-call no-show and a do-not-return vs a facility that asked her back twice",
        "cs",
        [
            roster("cs", TELE_RN, "New Orleans, LA")(
                "Chantelle Batiste",
                0,
                touches=[
                    ats_note(
                        60,
                        "Facility marked cand DNR (do not return) after a no-call no-show on "
                        "9/20, second one this year. Do not submit without talking to the "
                        "account manager.",
                    )
                ],
            ),
            roster("cs", TELE_RN, "New Orleans, LA")(
                "Renee Robichaux",
                2,
                touches=[
                    ats_note(
                        60,
                        "Cand finished 13 weeks at Touro, manager asked to extend her twice. "
                        "Glowing eval.",
                    )
                ],
            ),
        ],
        **job(TRAVEL_TELE, onsite("New Orleans, LA")),
    ),
    C(
        "a Prophecy exam failed five weeks ago vs one failed two years ago and retaken",
        "cs",
        [
            roster("cs", TELE_RN, "Columbia, SC")(
                "Amber Truesdale",
                0,
                apps=[
                    app(
                        35,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Failed the Prophecy telemetry exam, 61%",
                        role="Travel RN - Telemetry",
                    )
                ],
            ),
            roster("cs", TELE_RN, "Columbia, SC")(
                "Lindsay Gamble",
                2,
                apps=[
                    app(
                        700,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Failed the Prophecy telemetry exam, 58%",
                        role="Travel RN - Telemetry",
                    )
                ],
                touches=[ats_note(240, "Retook Prophecy telemetry in March: 91%. Cleared.")],
            ),
        ],
        **job(TRAVEL_TELE, onsite("Columbia, SC")),
    ),
    C(
        "too little experience as a new grad long ago vs four months' experience lately",
        "cs",
        [
            roster("cs", RRT, "Jackson, MS")(
                "Kiara Funderburk",
                2,
                apps=[
                    app(
                        650,
                        "interview",
                        "rejected",
                        "experience_level",
                        "New grad; unit wanted a year of adult critical care",
                        role="Respiratory Therapist",
                    )
                ],
            ),
            roster("cs", RRT, "Jackson, MS")(
                "Destiny Sanford",
                0,
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "experience_level",
                        "Only four months of adult critical care; unit wants two years",
                        role="Respiratory Therapist",
                    )
                ],
            ),
        ],
        **job(RT_JOB, onsite("Jackson, MS")),
    ),
    C(
        "a unit manager would take her back any time vs don't resend her",
        "cs",
        [
            roster("cs", CNA, "Indianapolis, IN")(
                "Rochelle Pettiford",
                2,
                touches=[
                    manager_said(
                        90,
                        "Unit manager at St. Vincent: great with residents and families, would "
                        "take her back any time.",
                    )
                ],
            ),
            roster("cs", CNA, "Indianapolis, IN")(
                "Alexis Culbreath",
                0,
                touches=[
                    manager_said(
                        90,
                        "Unit manager at St. Vincent: rolled her eyes at the charge nurse in "
                        "report twice and left call lights going. Please don't resend her.",
                    )
                ],
            ),
        ],
        **job(CNA_JOB, onsite("Indianapolis, IN")),
    ),
]

PROCESS = [
    C(
        "lost the final interview to an internal transfer vs an application never screened",
        "cs",
        [
            roster("cs", TELE_RN, "Greenville, SC")(
                "Mackenzie Ellender",
                2,
                apps=[
                    lost_final(
                        120,
                        "Lost to an internal transfer; manager loved her",
                        role="RN - Telemetry",
                    )
                ],
            ),
            roster("cs", TELE_RN, "Greenville, SC")(
                "Paige Hutto",
                1,
                apps=[
                    app(
                        120,
                        "applied",
                        "rejected",
                        "other",
                        "Never screened - req closed before we got to her",
                        role="RN - Telemetry",
                    )
                ],
            ),
        ],
        **job(DAYS_TELE, onsite("Greenville, SC")),
    ),
    C(
        "on assignment through us since October vs an assignment that ended in October",
        "cs",
        [
            roster("cs", ICU_RN, "Baton Rouge, LA")(
                "Simone Landreneau",
                0,
                touches=[
                    ats_note(
                        date(2026, 10, 12),
                        "Placement: cand started a 13-week contract at Ochsner today through "
                        "us, ends 1/9. On assignment - do not submit elsewhere.",
                    )
                ],
            ),
            roster("cs", ICU_RN, "Baton Rouge, LA")(
                "Camille Guillory",
                2,
                touches=[
                    ats_note(
                        date(2026, 10, 12),
                        "Cand's contract at Ochsner (placed by us) ended 10/9. Available now, "
                        "wants the next one.",
                    )
                ],
            ),
        ],
        **job(TRAVEL_ICU, onsite("Lafayette, LA"), offers=["Start date: December 7"]),
    ),
    C(
        "accepted then no-showed orientation vs lost a final",
        "cs",
        [
            roster("cs", WAREHOUSE, "Atlanta, GA")(
                "Devonte Fambro",
                0,
                apps=[
                    app(
                        90,
                        "offer",
                        "withdrew",
                        "other",
                        "Accepted, then no-call no-show for orientation on day one; never "
                        "answered after",
                        role="Warehouse Associate",
                    )
                ],
            ),
            roster("cs", WAREHOUSE, "Atlanta, GA")(
                "Kendrick Ashford",
                2,
                apps=[lost_final(90, role="Warehouse Associate")],
            ),
        ],
        **job(WAREHOUSE_JOB, onsite("Atlanta, GA")),
    ),
]

# --- 9. several notes over time: the latest word counts -------------------------------------

LATEST_WORD = [
    C(
        "nights refused in March then fine in October vs fine then refused, a night job",
        "cs",
        [
            roster("cs", TELE_RN, "Fort Worth, TX")(
                "Alondra Villareal",
                2,
                touches=[
                    texted(date(2026, 3, 16), "no nights, my ex wont keep the kids overnight"),
                    texted(
                        date(2026, 10, 19),
                        "update: custody changed, kids are w their dad weeknights now so nights "
                        "r fine",
                    ),
                ],
            ),
            roster("cs", TELE_RN, "Fort Worth, TX")(
                "Brisa Mondragón",
                0,
                touches=[
                    texted(date(2026, 3, 16), "nights are fine, any shift"),
                    texted(
                        date(2026, 10, 19),
                        "update: doc says no more nights, my blood pressure. days only now",
                    ),
                ],
            ),
        ],
        **job(NIGHTS_TELE, onsite("Fort Worth, TX")),
    ),
    C(
        "a STOP explained away vs a 'keep me posted' turned into 'remove me'",
        "cs",
        [
            roster("cs", CNA, "Tulsa, OK")(
                "Jessenia Arambula",
                2,
                touches=[
                    texted(date(2026, 4, 6), "STOPPP"),
                    texted(
                        date(2026, 4, 7),
                        "sorry abt that my son had my phone 🤦‍♀️ im still looking, days pls",
                    ),
                ],
            ),
            roster("cs", CNA, "Tulsa, OK")(
                "Rosemary Whitebear",
                0,
                touches=[
                    texted(date(2026, 4, 6), "not right now but keep me posted"),
                    texted(date(2026, 8, 10), "remove me from ur list pls. for good"),
                ],
                excluded=True,
            ),
        ],
        **job(CNA_JOB, onsite("Tulsa, OK")),
    ),
    C(
        "OTR fine then home daily only after a baby vs home daily then OTR again, an OTR job",
        "cs",
        [
            roster("cs", CDL_DRIVER, "Abilene, TX")(
                "Cooper Haynie",
                0,
                touches=[
                    dictated(date(2026, 2, 9), "Cooper's good with OTR, three weeks out is fine."),
                    dictated(
                        date(2026, 9, 21),
                        "Cooper had a baby girl in August, home daily only now, no more OTR.",
                    ),
                ],
            ),
            roster("cs", CDL_DRIVER, "Abilene, TX")(
                "Landon Blaylock",
                2,
                touches=[
                    dictated(date(2026, 2, 9), "Landon needs home daily, wife's got a new job."),
                    dictated(
                        date(2026, 9, 21),
                        "Landon's divorced now, wants OTR again, says give him the miles.",
                    ),
                ],
            ),
        ],
        **job(
            CDL_JOB,
            onsite("Abilene, TX"),
            title="CDL-A OTR Driver",
            description="Over-the-road reefer, lower 48, out two to three weeks at a time.",
        ),
    ),
    C(
        "an ask lowered from $30 to $26 vs raised from $24 to $30, a $25-27 LPN job",
        "cs",
        [
            roster("cs", LPN, "Springfield, MO")(
                "Kaylee Brinkman",
                2,
                touches=[
                    texted(date(2026, 3, 2), "30/hr min"),
                    texted(date(2026, 9, 14), "ok id do 26 for straight days honestly"),
                ],
            ),
            roster("cs", LPN, "Springfield, MO")(
                "Shyanne Pardue",
                0,
                touches=[
                    texted(date(2026, 3, 2), "24/hr is fine"),
                    texted(date(2026, 9, 14), "got a raise so i need 30 now to leave"),
                ],
            ),
        ],
        **job(LPN_JOB, onsite("Springfield, MO"), offers=["$25-$27 per hour, day shift"]),
    ),
    C(
        "done traveling then back to it vs travel forever then a staff job, a travel contract",
        "cs",
        [
            roster("cs", ICU_RN, "Phoenix, AZ")(
                "Nicolette Amaya",
                2,
                touches=[
                    emailed(date(2026, 1, 12), "Taking a staff job at Banner, done traveling."),
                    emailed(
                        date(2026, 9, 28),
                        "Staff life is not for me - I'm ready to travel again. Send me ICU "
                        "contracts.",
                    ),
                ],
            ),
            roster("cs", ICU_RN, "Phoenix, AZ")(
                "Raquel Barrientos",
                0,
                touches=[
                    emailed(date(2026, 1, 12), "Traveling forever, send me everything."),
                    emailed(
                        date(2026, 9, 28),
                        "I took a staff job at HonorHealth and I'm staying put. No more "
                        "contracts for me.",
                    ),
                ],
            ),
        ],
        **job(TRAVEL_ICU, onsite("Tucson, AZ")),
    ),
    C(
        "won't move then moving to Tucson vs open to Tucson then not moving",
        "cs",
        [
            roster("cs", RAD_TECH, "Yuma, AZ")(
                "Celina Arvizu",
                2,
                touches=[
                    thread(date(2026, 2, 23), "Cand: not moving, yuma is home"),
                    thread(
                        date(2026, 10, 5),
                        "Cand: ok plot twist my husband got transferred to tucson, find me "
                        "something there 🙏 Me: on it",
                    ),
                ],
            ),
            roster("cs", RAD_TECH, "Yuma, AZ")(
                "Mireya Portillo",
                0,
                touches=[
                    thread(date(2026, 2, 23), "Cand: open to tucson or phoenix"),
                    thread(
                        date(2026, 10, 5),
                        "Cand: not moving anymore, my mom got sick and im staying in yuma Me: "
                        "sorry to hear 💙",
                    ),
                ],
            ),
        ],
        **job(RAD_JOB, onsite("Tucson, AZ")),
    ),
]

HELDOUT14_CASES: list[Case] = [
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
