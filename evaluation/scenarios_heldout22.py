"""Held-out rediscovery cases, twenty-second set: transport, logistics, aviation and maritime
recruiters in their own words, written by a twenty-second stranger to the reader (its code, its
labelled sets and the earlier case files' sentences were not looked at; held-out 10 was opened
for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 22") and never tuned to what Encore does. The recruiters are an
aviation crewing agency placing pilots, cabin crew and licensed engineers across Australia, New
Zealand, Singapore, the Gulf and the UK; a logistics in-house TA team hiring HGV and HC/MC
drivers, forklift operators, DC shift managers, transport planners and dispatchers; and a
maritime manning desk for seafarers, marine engineers and port and terminal staff in Durban,
Port Klang, Jebel Ali and Auckland. The voices: the crewing agency's terse notes ("TT", "on
type", "cmd upgrade", "RTB", "CoC", "sign-on"), the TA team's ATS shorthand with typos, drivers'
WhatsApps and voice-note transcripts, LinkedIn replies, formal letters from senior officers, and
a few lines in Malay, Gulf Arabic written in Latin letters, and Afrikaans. Their talk is rosters
and lines, bases and commuting to base, days-off patterns, fatigue rules, overnights in the cab,
per diems, type-rating bonds, seniority lists, DG and hazmat tickets, FIFO swings, tours of duty,
Ramadan working hours, Hari Raya, the Chinese New Year peak, Singapore EP and S Pass, Saudi
iqama and naql kafala, UAE residence visas, Emiratisation and Saudisation, 482 visas and AEWV,
in AUD, NZD, SGD, MYR, AED, SAR, ZAR, USD day rates and GBP.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a WhatsApp to delete his number, a PDPA letter, Malay, Afrikaans, Gulf Arabic, an
   agency DNC, a voice note, a LinkedIn "never", a seafarer come ashore for good, an
   UNSUBSCRIBE, a retired dispatcher): never shown; beside each a new number, logbook hours to
   file, WhatsApp-only, "not during shift", email rather than mobile, one mailer only, "not
   while driving", "not Gulf roles", ashore for a year, newsletter only, and an RAAF leaver;
2. waits counted from the day said, each against a twin whose wait has run out: a FIFO swing, a
   tour at sea, a type-rating bond, Hari Raya, the CNY peak, a notice period, a probation, an
   iqama transfer, a command course, Part-66 exams, the Christmas peak;
3. schedule, travel, visa, contract and hours, commute: nights, fixed lines against reserve,
   early sign-ons, weekends, Ramadan hours, overnights in the cab, long-haul, factory trips, AOG
   travel, FIFO; EP and PR, Saudisation, Emiratisation, UK sponsorship, 482 and PR, AEWV;
   rotation against trip contracts, casual against permanent, part-time, bonds, fixed term,
   contract LAME; a depot drive, commuting to base, a 3am start without a car, the Causeway, the
   Sharjah to Jebel Ali run;
4. pay against the band: an hourly rate, SGD, AED and ZAR a month, MYR, a captain's salary above
   the band with a lower ask, NZD an hour against an annual band;
5. work mode in the policy field, the description, the title, the offers, and in Malay;
6. negation and scope ("not against nights", "the bond wasn't the issue", "never had a problem
   with DG", "no worries with FIFO", "not remote-only", "the heat doesn't bother me");
7. location and relocation, managing against hands-on, command upgrades, company stage and size,
   missions refused or wanted (defence, live export, pharma cold chain, humanitarian) and
   technology (electric prime movers, Manhattan against SAP, the 787, CargoWise);
8. last time's reason resolved by this role or still standing, the history with us (a no-show,
   a failed sim, abuse at induction, a contract lost at offer) and the latest process (a
   placement we made, a counter-offer, a withdrawal a month ago);
9. several notes over time where the latest word counts: nights, an opt-out taken back and one
   hardened, Darwin, a pay ask lowered and raised, FIFO both ways.

Hard cases a careful human still gets right are mixed in: a past employer's travel this role
does not have, a company bus that answers one man's commute and not another's, a current salary
above the band with a lower ask, a spouse's posting she is not following, and a note full of
dates that asks for no wait.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

HC_DRIVER = dict(
    current_title="HC/MC Truck Driver",
    skills=["MC licence", "B-double", "Linehaul", "Fatigue management (BFM)"],
    years_experience=11,
    resume_text=(
        "Heavy vehicle driver, eleven years on linehaul and metro work: MC licence, B-doubles "
        "and tautliners on the Hume and Pacific, BFM fatigue accreditation, electronic work "
        "diary, load restraint and pre-start checks."
    ),
)
FORKLIFT_OP = dict(
    current_title="Forklift Operator",
    skills=["LF licence", "Reach truck", "RF scanning", "Pick and pack"],
    years_experience=6,
    resume_text=(
        "Forklift and reach truck operator, six years in ambient and chilled DCs: putaway, "
        "replenishment at height, RF scanning, container unloads and stocktakes."
    ),
)
DC_MANAGER = dict(
    current_title="DC Shift Manager",
    skills=["Warehouse operations", "WMS", "People leadership", "Safety"],
    years_experience=10,
    resume_text=(
        "Distribution centre shift manager, ten years in grocery and retail DCs: shifts of 60 "
        "to 90 staff, inbound and outbound flow, WMS exceptions, KPIs, safety walks and labour "
        "planning through peak."
    ),
)
PLANNER = dict(
    current_title="Transport Planner",
    skills=["Route planning", "TMS", "Carrier management", "Excel"],
    years_experience=7,
    resume_text=(
        "Transport planner, seven years planning metro and regional deliveries: route builds "
        "in a TMS, carrier allocation, cost per drop, on-time in full reporting and driver "
        "hours compliance."
    ),
)
FORWARDER = dict(
    current_title="Senior Freight Forwarder",
    skills=["Sea freight", "Air freight", "Customs documentation", "Incoterms"],
    years_experience=8,
    resume_text=(
        "Freight forwarder, eight years on import and export sea and air: FCL and LCL bookings, "
        "Incoterms, customs documentation, carrier rate negotiation and key account handling."
    ),
)
DISPATCHER = dict(
    current_title="Operations Dispatcher",
    skills=["Fleet dispatch", "Telematics", "Driver allocation", "Incident handling"],
    years_experience=6,
    resume_text=(
        "Dispatcher in a 24/7 transport control room, six years: driver allocation, telematics "
        "tracking, breakdown and incident handling, customer ETAs and fatigue rule checks."
    ),
)
PILOT = dict(
    current_title="First Officer, A320",
    skills=["A320 type rating", "ATPL", "Multi-crew", "CRM"],
    years_experience=9,
    resume_text=(
        "Airline first officer, 6,200 hours total, 3,900 on the A320 family, frozen ATPL then "
        "full ATPL, line training captain's recommendation for command, clean record."
    ),
)
CABIN_CREW = dict(
    current_title="Senior Cabin Crew",
    skills=["Safety and emergency procedures", "Premium cabin service", "First aid", "CRM"],
    years_experience=7,
    resume_text=(
        "Cabin crew for seven years on narrowbody and widebody fleets, the last three as "
        "purser on regional sectors: SEP, first aid, premium service and crew briefings."
    ),
)
LAME = dict(
    current_title="Licensed Aircraft Engineer (B1)",
    skills=["B1 licence", "A320 type rating", "Line maintenance", "Part-145"],
    years_experience=12,
    resume_text=(
        "Licensed aircraft maintenance engineer, twelve years: B1 licence with A320 and ATR 72 "
        "type ratings, line and base maintenance under Part-145, CRS signatory, AOG recovery."
    ),
)
MARINE_ENG = dict(
    current_title="Second Engineer",
    skills=["STCW", "Class 2 CoC", "Main engine overhaul", "Planned maintenance"],
    years_experience=10,
    resume_text=(
        "Marine engineer, ten years at sea on container ships and product tankers: Class 2 "
        "Certificate of Competency, STCW, main engine and purifier overhauls, planned "
        "maintenance systems and bunkering."
    ),
)
PORT_OPERATOR = dict(
    current_title="Ship-to-Shore Crane Operator",
    skills=["STS crane", "Straddle carrier", "Terminal safety", "Lashing"],
    years_experience=8,
    resume_text=(
        "Container terminal operator, eight years: ship-to-shore crane and straddle carrier "
        "tickets, vessel turnarounds, lashing supervision and terminal safety."
    ),
)


def crew(persona: dict, where: str):
    """People of one trade on the books: the same profile and persona, living in ``where``
    unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(name, "cs", grade, *said, apps=apps, touches=touches, excluded=excluded, **extra)

    return make


# --- who wrote what -------------------------------------------------------------------------


def agency(days, words) -> dict:
    """The aviation crewing agency's note, in its shorthand."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def ta(days, words) -> dict:
    """The logistics in-house TA team's ATS note."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def rang(days, words) -> dict:
    """A phone call that got through, as logged."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def wa(days, words) -> dict:
    """The candidate's WhatsApp, as typed (voice notes arrive transcribed)."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def mail(days, words) -> dict:
    """The candidate's email or letter."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def inmail(days, words) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def lost_final(days, note=None, *, role="Transport Role") -> dict:
    """Reached the final stage and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.2, role=role)


def declined(days, reason, note, *, past=None, role="Transport Role") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="Transport Role") -> dict:
    """Withdrew from our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def rejected(days, reason, note, *, stage="interview", role="Transport Role") -> dict:
    """Turned down by us."""
    return app(days, stage, "rejected", reason, note, role=role)


def job(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

LINEHAUL = dict(
    title="MC Linehaul Driver",
    department="Transport",
    seniority="mid",
    requirements="MC licence\nB-double experience\nBFM accreditation\nClean driving record",
    description="Interstate B-double linehaul on the Hume for a national carrier.",
)
FORKLIFT_JOB = dict(
    title="Forklift Operator",
    department="Warehouse",
    seniority="junior",
    requirements="LF licence\nReach truck\nRF scanning",
    description="Putaway and replenishment in a high-bay ambient DC.",
)
DC_JOB = dict(
    title="DC Shift Manager",
    department="Warehouse Operations",
    seniority="manager",
    requirements="Leading shifts of 50+\nWMS\nSafety leadership\nLabour planning",
    description="Run a shift in a 60,000 sqm grocery distribution centre.",
)
PLANNER_JOB = dict(
    title="Senior Transport Planner",
    department="Transport",
    seniority="senior",
    requirements="Route planning\nTMS\nCarrier management\nDriver hours compliance",
    description="Plan metro and regional routes for a fleet of 120 trucks.",
)
FORWARDING_JOB = dict(
    title="Senior Freight Forwarder",
    department="Freight",
    seniority="senior",
    requirements="Sea and air freight\nCustoms documentation\nIncoterms\nKey accounts",
    description="Handle import and export shipments for key accounts.",
)
DISPATCH_JOB = dict(
    title="Operations Dispatcher",
    department="Control Room",
    seniority="mid",
    requirements="Fleet dispatch\nTelematics\nIncident handling",
    description="Dispatch drivers and handle incidents from our control room.",
)
FO_JOB = dict(
    title="First Officer, A320",
    department="Flight Operations",
    seniority="mid",
    requirements="A320 type rating\nATPL or frozen ATPL\n1,500+ hours\nClass 1 medical",
    description="Fly A320 family aircraft on domestic and short-haul international sectors.",
)
CABIN_JOB = dict(
    title="Senior Cabin Crew",
    department="Inflight",
    seniority="mid",
    requirements="Current SEP\nPremium cabin experience\nFirst aid",
    description="Lead the cabin on narrowbody sectors.",
)
LAME_JOB = dict(
    title="Licensed Aircraft Engineer (B1)",
    department="Engineering",
    seniority="senior",
    requirements="B1 licence\nA320 type rating\nLine maintenance\nCRS authorisation",
    description="Line maintenance and certification on the A320 fleet.",
)
MARINE_JOB = dict(
    title="Second Engineer",
    department="Marine",
    seniority="senior",
    requirements="Class 2 CoC\nSTCW\nMain engine maintenance\nContainer or tanker experience",
    description="Sail as second engineer on a container feeder fleet.",
)
CRANE_JOB = dict(
    title="Ship-to-Shore Crane Operator",
    department="Terminal Operations",
    seniority="mid",
    requirements="STS crane ticket\nStraddle carrier\nTerminal safety",
    description="Operate ship-to-shore cranes on a 24/7 container terminal.",
)

# --- where and how they are worked ----------------------------------------------------------

MELBOURNE = dict(remote_policy="onsite", location="Melbourne, Australia")
SYDNEY = dict(remote_policy="onsite", location="Sydney, Australia")
BRISBANE = dict(remote_policy="onsite", location="Brisbane, Australia")
PERTH = dict(remote_policy="onsite", location="Perth, Australia")
DARWIN = dict(remote_policy="onsite", location="Darwin, Australia")
AUCKLAND = dict(remote_policy="onsite", location="Auckland, New Zealand")
SINGAPORE = dict(remote_policy="onsite", location="Singapore")
SINGAPORE_HYBRID = dict(
    remote_policy="hybrid",
    location="Singapore",
    offers=["Hybrid: two days a week at our Changi South office"],
)
KL = dict(remote_policy="onsite", location="Kuala Lumpur, Malaysia")
PORT_KLANG = dict(remote_policy="onsite", location="Port Klang, Malaysia")
PENANG = dict(remote_policy="onsite", location="Penang, Malaysia")
DUBAI = dict(remote_policy="onsite", location="Dubai, UAE")
ABU_DHABI = dict(remote_policy="onsite", location="Abu Dhabi, UAE")
RIYADH = dict(remote_policy="onsite", location="Riyadh, Saudi Arabia")
JEDDAH = dict(remote_policy="onsite", location="Jeddah, Saudi Arabia")
DURBAN = dict(remote_policy="onsite", location="Durban, South Africa")
JOBURG = dict(remote_policy="onsite", location="Johannesburg, South Africa")
LONDON = dict(remote_policy="onsite", location="London, UK")
EAST_MIDLANDS = dict(remote_policy="onsite", location="East Midlands Airport, UK")
MANCHESTER = dict(remote_policy="onsite", location="Manchester, UK")
AT_SEA = dict(remote_policy="onsite", location="At sea (Asia feeder trades)")

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "a WhatsApp to delete his number vs a WhatsApp with a new number, still keen",
        "cs",
        [
            crew(HC_DRIVER, "Campbellfield, Australia")(
                "Brodie Vanstone-Keogh",
                0,
                touches=[
                    wa(
                        35,
                        "mate delete my number off ur system. dont want any more job msgs "
                        "from yous, ive told the last bloke twice",
                    )
                ],
                excluded=True,
            ),
            crew(HC_DRIVER, "Campbellfield, Australia")(
                "Lachie Broadbridge",
                2,
                touches=[
                    wa(
                        35,
                        "new number mate this is it now, old phone got smashed at the yard. "
                        "still chasing B-double work on the Hume if u got any",
                    )
                ],
            ),
        ],
        **job(LINEHAUL, MELBOURNE),
    ),
    C(
        "a PDPA letter to cease contact vs a letter with logbook hours for the file",
        "cs",
        [
            crew(PILOT, "Singapore")(
                "Rexford Lim Jun Hao",
                0,
                touches=[
                    mail(
                        60,
                        "Dear Sir/Madam, pursuant to the Personal Data Protection Act I "
                        "withdraw my consent to your agency holding or using my personal data. "
                        "Please cease all contact and confirm deletion within 30 days. "
                        "Yours faithfully.",
                    )
                ],
                excluded=True,
            ),
            crew(PILOT, "Singapore")(
                "Darius Quek Wei Ming",
                2,
                touches=[
                    mail(
                        60,
                        "Dear Sir/Madam, please find attached my updated logbook summary "
                        "(6,200 TT, 3,900 on type) for your records. I remain interested in "
                        "A320 first officer vacancies based in Singapore. Yours faithfully.",
                    )
                ],
            ),
        ],
        **job(FO_JOB, SINGAPORE),
    ),
    C(
        "Malay: don't contact me again vs WhatsApp only, not during working hours",
        "cs",
        [
            crew(FORKLIFT_OP, "Shah Alam, Malaysia")(
                "Hairul Nizam bin Jaafar",
                0,
                touches=[
                    wa(
                        40,
                        "Tolong jangan hubungi saya lagi. Padam nombor saya dari senarai "
                        "awak. Terima kasih.",
                    )
                ],
                excluded=True,
            ),
            crew(FORKLIFT_OP, "Shah Alam, Malaysia")(
                "Khairul Anuar bin Rosli",
                2,
                touches=[
                    wa(
                        40,
                        "Jangan call waktu saya kerja ya, WhatsApp je. Masih berminat kerja "
                        "forklift area Klang, reach truck pun boleh.",
                    )
                ],
            ),
        ],
        **job(FORKLIFT_JOB, PORT_KLANG),
    ),
    C(
        "Afrikaans: never contact me again vs don't ring during shift, send an email",
        "cs",
        [
            crew(PORT_OPERATOR, "Durban, South Africa")(
                "Gerhardus Swanepoel",
                0,
                touches=[
                    mail(
                        50,
                        "Moet my asseblief nooit weer kontak nie. Verwyder al my besonderhede "
                        "uit julle stelsel.",
                    )
                ],
                excluded=True,
            ),
            crew(PORT_OPERATOR, "Durban, South Africa")(
                "Riaan Wolmarans-Pienaar",
                2,
                touches=[
                    mail(
                        50,
                        "Moenie my bel terwyl ek op skof is nie, stuur eerder 'n e-pos. Ek "
                        "stel nog steeds belang in 'n kraanpos by die hawe.",
                    )
                ],
            ),
        ],
        **job(CRANE_JOB, DURBAN),
    ),
    C(
        "Gulf Arabic in Latin letters: stop contacting me vs not on my mobile, email is better",
        "cs",
        [
            crew(DISPATCHER, "Riyadh, Saudi Arabia")(
                "Fahad Al-Dosari",
                0,
                touches=[
                    wa(
                        45,
                        "ya akhi la tetwasal ma3i marra thanya. mo mohtam, imsa7 raqmi law sama7t",
                    )
                ],
                excluded=True,
            ),
            crew(DISPATCHER, "Riyadh, Saudi Arabia")(
                "Turki Al-Harbi",
                2,
                touches=[
                    wa(
                        45,
                        "la tetasel 3ala al jawal wagt al dawam, al email afdal. ana mohtam "
                        "bil wazifa fi al control room",
                    )
                ],
            ),
        ],
        **job(DISPATCH_JOB, RIYADH),
    ),
    C(
        "crewing agency flagged DNC vs taken off the Gulf mailer only",
        "cs",
        [
            crew(CABIN_CREW, "Auckland, New Zealand")(
                "Maraea Tipene-Walsh",
                0,
                touches=[
                    agency(
                        80,
                        "CC rang in v upset re volume of emails. Asked to be removed from ALL "
                        "agency comms permanently. Flagged DNC in Vincere - do not re-add.",
                    )
                ],
                excluded=True,
            ),
            crew(CABIN_CREW, "Auckland, New Zealand")(
                "Ngaire Paewai",
                2,
                touches=[
                    agency(
                        80,
                        "CC asked to come off the Middle East mailer only - not moving to the "
                        "Gulf. Still wants AKL-based narrowbody roles, send those.",
                    )
                ],
            ),
        ],
        **job(CABIN_JOB, AUCKLAND),
    ),
    C(
        "a voice note: done with recruiters vs don't ring while I'm driving",
        "cs",
        [
            crew(HC_DRIVER, "Toowoomba, Australia")(
                "Shane Cuthbertson",
                0,
                touches=[
                    wa(
                        25,
                        "[voice note 0:41, transcribed] yeah look mate I'm done with you "
                        "recruiters, don't ring me, don't text me, nothing. Take me off "
                        "whatever list I'm on. Cheers.",
                    )
                ],
                excluded=True,
            ),
            crew(HC_DRIVER, "Toowoomba, Australia")(
                "Darcy Pemberthy",
                2,
                touches=[
                    wa(
                        25,
                        "[voice note 0:37, transcribed] mate don't ring me while I'm behind "
                        "the wheel, I'll call you back from the servo at Gatton. Yeah still "
                        "keen for linehaul, Brissy based.",
                    )
                ],
            ),
        ],
        **job(LINEHAUL, BRISBANE),
    ),
    C(
        "LinkedIn: never send me roles vs no Gulf roles, UK ones welcome",
        "cs",
        [
            crew(LAME, "Derby, UK")(
                "Royston Eggleshaw",
                0,
                touches=[
                    inmail(
                        90,
                        "Please stop sending me InMails about roles. I am not interested, "
                        "now or ever. Do not message me again.",
                    )
                ],
                excluded=True,
            ),
            crew(LAME, "Derby, UK")(
                "Tobias Wrigglesworth",
                2,
                touches=[
                    inmail(
                        90,
                        "Please stop sending me roles in Doha and Riyadh - I won't relocate to "
                        "the Gulf. Anything B1 A320 in the Midlands, I'm all ears.",
                    )
                ],
            ),
        ],
        **job(LAME_JOB, EAST_MIDLANDS),
    ),
    C(
        "a seafarer ashore for good, remove my CV vs ashore for a year, keep my CV live",
        "cs",
        [
            crew(MARINE_ENG, "Cebu, Philippines")(
                "Rommel Dagohoy",
                0,
                touches=[
                    mail(
                        100,
                        "Good day. I have come ashore for good and will not sail again. Kindly "
                        "remove my CV from your manning pool and do not contact me further.",
                    )
                ],
                excluded=True,
            ),
            crew(MARINE_ENG, "Cebu, Philippines")(
                "Jericho Lagdameo",
                1,
                touches=[
                    mail(
                        100,
                        "Good day. I stayed ashore this year for my daughter's operation. "
                        "Kindly keep my CV active in your manning pool, I will sail again.",
                    )
                ],
            ),
        ],
        **job(MARINE_JOB, AT_SEA),
    ),
    C(
        "UNSUBSCRIBE vs unsubscribe me from the newsletter, keep me for broker roles",
        "cs",
        [
            crew(FORWARDER, "Sydney, Australia")(
                "Phaedra Kostopoulos",
                0,
                touches=[mail(30, "UNSUBSCRIBE. All lists, all roles.")],
                excluded=True,
            ),
            crew(FORWARDER, "Sydney, Australia")(
                "Ileana Vourakis",
                2,
                touches=[
                    mail(
                        30,
                        "Unsubscribe me from the monthly freight market newsletter please - "
                        "but keep me on your books for customs broker and forwarding roles.",
                    )
                ],
            ),
        ],
        **job(FORWARDING_JOB, SYDNEY),
    ),
    C(
        "retired dispatcher, take me off your books vs RAAF leaver looking for civvy dispatch",
        "cs",
        [
            crew(DISPATCHER, "Townsville, Australia")(
                "Merv Trethowan",
                0,
                touches=[
                    rang(
                        70,
                        "Merv retired from the control room end of Sept. Says he's hung up "
                        "the headset for good - take him off our books, no more calls.",
                    )
                ],
                excluded=True,
            ),
            crew(DISPATCHER, "Townsville, Australia")(
                "Keiran Blomfield",
                2,
                touches=[
                    rang(
                        70,
                        "Keiran discharged from the RAAF in Sept after 12 yrs in air movements. "
                        "Keen on a civvy dispatch job in Townsville, shift work no drama.",
                    )
                ],
            ),
        ],
        **job(DISPATCH_JOB, dict(remote_policy="onsite", location="Townsville, Australia")),
    ),
]

# --- 2. waits counted from the day said, each against a twin whose wait has run out ----------

WAITS = [
    C(
        "on a FIFO swing till mid-December vs a swing that ended in October",
        "cs",
        [
            crew(DISPATCHER, "Mandurah, Australia")(
                "Jarrah Woolcock",
                1,
                touches=[
                    wa(
                        12,
                        "on swing at port hedland til the 14th dec, no signal half the time. "
                        "dont want to talk jobs til im back in mandurah",
                    )
                ],
            ),
            crew(DISPATCHER, "Mandurah, Australia")(
                "Corey Mabberley",
                2,
                touches=[
                    wa(
                        60,
                        "on swing at karratha til the 30th oct, ring me once im home after that",
                    )
                ],
            ),
        ],
        **job(DISPATCH_JOB, PERTH),
    ),
    C(
        "signed on for six months in October vs a tour that ended in September",
        "cs",
        [
            crew(MARINE_ENG, "Port Klang, Malaysia")(
                "Thiruselvam Arumugam",
                1,
                touches=[
                    mail(
                        50,
                        "Signed on MV Kota Lestari at Tanjung Pelepas on 3 Oct, six-month "
                        "contract. Please contact me after I sign off around early April.",
                    )
                ],
            ),
            crew(MARINE_ENG, "Port Klang, Malaysia")(
                "Gunaseelan Pillay",
                2,
                touches=[
                    mail(
                        190,
                        "Onboard till end September on this tanker. Contact me once I sign off "
                        "and I will be ready for the next contract.",
                    )
                ],
            ),
        ],
        **job(MARINE_JOB, AT_SEA),
    ),
    C(
        "bonded for a type rating till March 2027 vs a bond that ended in August",
        "cs",
        [
            crew(PILOT, "Gold Coast, Australia")(
                "Fletcher Abernethy-Rowe",
                1,
                touches=[
                    agency(
                        40,
                        "FO bonded to current carrier for the A321neo rating till Mar 2027 - "
                        "$38k to buy out, won't break it. Revisit after the bond.",
                    )
                ],
            ),
            crew(PILOT, "Gold Coast, Australia")(
                "Harlan Dewhurst",
                2,
                touches=[
                    agency(
                        300,
                        "FO on a 3-yr bond for his rating, runs out Aug 2026. Won't move "
                        "before, revisit after.",
                    )
                ],
            ),
        ],
        **job(FO_JOB, BRISBANE),
    ),
    C(
        "Malay: after Hari Raya next year vs after Hari Raya, said in January",
        "cs",
        [
            crew(FORKLIFT_OP, "Klang, Malaysia")(
                "Syafiq Haziq bin Othman",
                1,
                touches=[
                    wa(
                        14,
                        "Tunggu lepas Hari Raya tahun depan baru saya nak tukar kerja. "
                        "Bonus dapat sebelum raya.",
                    )
                ],
            ),
            crew(FORKLIFT_OP, "Klang, Malaysia")(
                "Amirul Hakimi bin Zulkifli",
                2,
                touches=[
                    wa(
                        310,
                        "Lepas raya nanti baru saya fikir pasal kerja baru. Sekarang sibuk.",
                    )
                ],
            ),
        ],
        **job(FORKLIFT_JOB, PORT_KLANG),
    ),
    C(
        "not before the CNY peak is over, said this month vs said last November",
        "cs",
        [
            crew(FORWARDER, "Singapore")(
                "Evangeline Teo Shu Min",
                1,
                touches=[
                    inmail(
                        16,
                        "Thanks for reaching out! Run off my feet with the pre-CNY rush till "
                        "February - can we talk after Chinese New Year?",
                    )
                ],
            ),
            crew(FORWARDER, "Singapore")(
                "Cordelia Ang Pei Xuan",
                2,
                touches=[
                    inmail(
                        375,
                        "Thanks! Drowning in the CNY peak right now, let's talk once Chinese "
                        "New Year is over.",
                    )
                ],
            ),
        ],
        **job(FORWARDING_JOB, SINGAPORE_HYBRID),
    ),
    C(
        "three months' notice to mid-February vs notice that ran out in September",
        "cs",
        [
            crew(DC_MANAGER, "Western Sydney, Australia")(
                "Ramona Castellucci",
                1,
                touches=[
                    ta(
                        18,
                        "Spoke w Ramona - resigned frm her DC, 3 mths notice, finishes ~20 "
                        "Feb. Cant start or interview properly b4 then, pls hold.",
                    )
                ],
            ),
            crew(DC_MANAGER, "Western Sydney, Australia")(
                "Valentina Scarcella",
                2,
                touches=[
                    ta(
                        140,
                        "Spoke w Valentina - 3 mths notice, finishes end Sept. Hold till then.",
                    )
                ],
            ),
        ],
        **job(DC_JOB, SYDNEY),
    ),
    C(
        "probation at the new carrier to April vs a probation finished in August",
        "cs",
        [
            crew(PLANNER, "Auckland, New Zealand")(
                "Tamati Hohaia",
                1,
                touches=[
                    mail(
                        30,
                        "Kia ora, only started at the new carrier in October and I'm on six "
                        "months' probation till April. Not jumping before that, sorry.",
                    )
                ],
            ),
            crew(PLANNER, "Auckland, New Zealand")(
                "Rawiri Ngataki",
                2,
                touches=[
                    mail(
                        200,
                        "Kia ora, on probation till the end of August so won't look before "
                        "then. Flick me something after.",
                    )
                ],
            ),
        ],
        **job(PLANNER_JOB, AUCKLAND),
    ),
    C(
        "a naql kafala pending till January vs a transfer approved in September",
        "cs",
        [
            crew(LAME, "Jeddah, Saudi Arabia")(
                "Anwar Hossain Talukder",
                1,
                touches=[
                    agency(
                        15,
                        "Eng's iqama transfer (naql kafala) to his current MRO still pending "
                        "at Qiwa, expected early Jan. Can't be submitted anywhere till it "
                        "clears.",
                    )
                ],
            ),
            crew(LAME, "Jeddah, Saudi Arabia")(
                "Shahriar Mahmud Chowdhury",
                2,
                touches=[
                    agency(
                        130,
                        "Eng's naql kafala in process, expected to clear by mid-Sept. Don't "
                        "submit him till then.",
                    )
                ],
            ),
        ],
        **job(LAME_JOB, JEDDAH),
    ),
    C(
        "a command course to the end of February vs an upgrade course finished in July",
        "cs",
        [
            crew(PILOT, "Johannesburg, South Africa")(
                "Pieter-Jan Lategan",
                1,
                touches=[
                    agency(
                        35,
                        "FO started cmd upgrade course 2 Nov - sim, LOFT, line training to end "
                        "Feb. Do NOT approach till he's through it.",
                    )
                ],
            ),
            crew(PILOT, "Johannesburg, South Africa")(
                "Wessel Bezuidenhout",
                2,
                touches=[
                    agency(
                        180,
                        "FO on his upgrade course till end of July. Approach after.",
                    )
                ],
            ),
        ],
        **job(FO_JOB, JOBURG),
    ),
    C(
        "Part-66 module exams in mid-January vs module exams that finished in June",
        "cs",
        [
            crew(LAME, "Manchester, UK")(
                "Ottilie Fairbrass",
                1,
                touches=[
                    inmail(
                        28,
                        "Hi! Sitting my last B2 modules over Christmas - exams finish mid-Jan. "
                        "Could you get back to me after that?",
                    )
                ],
            ),
            crew(LAME, "Manchester, UK")(
                "Saoirse Hennelly",
                2,
                touches=[
                    inmail(
                        220,
                        "Hi! Exams for my last two Part-66 modules finish in June. Get back "
                        "to me after that?",
                    )
                ],
            ),
        ],
        **job(LAME_JOB, MANCHESTER),
    ),
    C(
        "no interviews till after the Christmas peak, said this month vs said a year ago",
        "cs",
        [
            crew(DC_MANAGER, "Daventry, UK")(
                "Grainne Moloney",
                1,
                touches=[
                    rang(
                        9,
                        "Grainne - in peak, 6 days a week at the DC till Boxing Day. No "
                        "interviews till mid-January, she'll pick up then.",
                    )
                ],
            ),
            crew(DC_MANAGER, "Daventry, UK")(
                "Bronagh Devlin",
                2,
                touches=[
                    rang(
                        380,
                        "Bronagh - peak's started at her DC. Nothing till after New Year, "
                        "she'll pick up in January.",
                    )
                ],
            ),
        ],
        **job(DC_JOB, dict(remote_policy="onsite", location="Daventry, UK")),
    ),
]

# --- 3. schedule ------------------------------------------------------------------------------

NIGHT_DC = dict(
    DC_JOB,
    title="Night Shift Manager, DC",
    description="Run the Sunday to Thursday night shift (22:00 to 06:30) in a grocery DC.",
)

SCHEDULE = [
    C(
        "done with nights after four years vs prefers nights for the penalty rates",
        "cs",
        [
            crew(DC_MANAGER, "Moorebank, Australia")(
                "Leontyne Barraclough",
                0,
                touches=[
                    ta(
                        60,
                        "4 yrs on nights at Woolies DC, says never again - days only, her "
                        "sleep is shot. Wld consider afternoons at a push.",
                    )
                ],
            ),
            crew(DC_MANAGER, "Moorebank, Australia")(
                "Mireille Quinlivan",
                2,
                touches=[
                    ta(
                        60,
                        "Actually prefers nights - the penalty rates pay the mortgage and "
                        "partner does school drop-off. Keen on a night shift mgr gig.",
                    )
                ],
            ),
        ],
        **job(NIGHT_DC, SYDNEY),
    ),
    C(
        "wants a fixed line for the kids vs no fuss about rosters, fixed 5/4 role",
        "cs",
        [
            crew(PILOT, "Melbourne, Australia")(
                "Cormac Tiernan-Hale",
                2,
                touches=[
                    agency(
                        55,
                        "FO wants out of the reserve-heavy roster - after a fixed pattern "
                        "(5 on / 4 off or similar) so he can do custody weekends.",
                    )
                ],
            ),
            crew(PILOT, "Melbourne, Australia")(
                "Alasdair Pennefather",
                1,
                touches=[
                    agency(55, "FO easy on rostering - lines, reserve, whatever. Wants A320.")
                ],
            ),
        ],
        **job(FO_JOB, MELBOURNE, offers=["Fixed roster: 5 on, 4 off", "MEL base"]),
    ),
    C(
        "can't sign on before 5am with no childcare vs early sign-ons suit her",
        "cs",
        [
            crew(CABIN_CREW, "Christchurch, New Zealand")(
                "Aroha Tawhiri",
                0,
                touches=[
                    agency(
                        45,
                        "CC is a solo mum - can't do sign-ons before 0500, no childcare that "
                        "early. Otherwise flexible.",
                    )
                ],
            ),
            crew(CABIN_CREW, "Christchurch, New Zealand")(
                "Hinemoa Pirihi",
                2,
                touches=[
                    agency(
                        45,
                        "CC loves the early trips - up at 3, home by lunch. Happy with 0430 "
                        "sign-ons every day of the week.",
                    )
                ],
            ),
        ],
        **job(
            CABIN_JOB,
            dict(remote_policy="onsite", location="Christchurch, New Zealand"),
            offers=["Early pattern: sign-ons from 04:30, off by early afternoon"],
        ),
    ),
    C(
        "Saturdays are junior footy vs weekends for the penalty rates, rotating weekend role",
        "cs",
        [
            crew(FORKLIFT_OP, "Dandenong, Australia")(
                "Kade Brinkworth",
                0,
                touches=[
                    wa(
                        20,
                        "weekends are a no from me bro, coach the u12s saturday mornings and "
                        "sundays are for the family",
                    )
                ],
            ),
            crew(FORKLIFT_OP, "Dandenong, Australia")(
                "Taine Ruatapu",
                2,
                touches=[
                    wa(
                        20,
                        "weekends sweet as, actually after the sat/sun penalty rates. saving "
                        "for a house",
                    )
                ],
            ),
        ],
        **job(
            FORKLIFT_JOB,
            MELBOURNE,
            description="Rotating roster including Saturday and Sunday shifts in a Dandenong DC.",
        ),
    ),
    C(
        "fasting and wants an employer that keeps Ramadan hours vs nothing said",
        "cs",
        [
            crew(DISPATCHER, "Dubai, UAE")(
                "Imran Qureshi Siddiqui",
                2,
                touches=[
                    rang(
                        70,
                        "Imran - last company ignored Ramadan hours, had him on 10-hr shifts "
                        "while fasting. Wants an employer that actually gives the reduced "
                        "hours.",
                    )
                ],
            ),
            crew(DISPATCHER, "Dubai, UAE")("Nadeem Akhtar Rana", 1),
        ],
        **job(
            DISPATCH_JOB,
            DUBAI,
            offers=["Six-hour days during Ramadan, per UAE labour law", "Day shift"],
        ),
    ),
    C(
        "afternoons only while studying vs day shift suits, 6am starts",
        "cs",
        [
            crew(PLANNER, "Brisbane, Australia")(
                "Juniper Halloway",
                0,
                touches=[
                    ta(
                        35,
                        "Doing her supply chain masters at QUT, lectures mornings - can only "
                        "work 12-8:30 type shifts till end of 2027.",
                    )
                ],
            ),
            crew(PLANNER, "Brisbane, Australia")(
                "Marigold Eastaughffe",
                2,
                touches=[
                    ta(
                        35,
                        "Early bird - would love a 6am start, finishes in time for the kids.",
                    )
                ],
            ),
        ],
        **job(
            PLANNER_JOB,
            BRISBANE,
            description="Day shift, 06:00 to 14:30, planning next-day metro routes.",
        ),
    ),
]

# --- 4. travel --------------------------------------------------------------------------------

TRAVEL = [
    C(
        "home every night, no sleeper cab vs happy in the sleeper Monday to Friday",
        "cs",
        [
            crew(HC_DRIVER, "Albury, Australia")(
                "Wade Tullamore",
                0,
                touches=[
                    wa(
                        30,
                        "need to be home every night now, no more sleeper cab. wife's crook "
                        "and i do the school run",
                    )
                ],
            ),
            crew(HC_DRIVER, "Albury, Australia")(
                "Ricky Glasscock",
                2,
                touches=[
                    wa(
                        30,
                        "happy to live in the sleeper mon-fri, home weekends. good money on "
                        "the overnights suits me",
                    )
                ],
            ),
        ],
        **job(
            LINEHAUL,
            MELBOURNE,
            offers=["Sydney to Melbourne and Brisbane runs, four nights a week in the sleeper"],
        ),
    ),
    C(
        "no long-haul with young kids vs wants long-haul hours, long-haul role",
        "cs",
        [
            crew(PILOT, "Sydney, Australia")(
                "Benedict Oyelaran-Shaw",
                0,
                touches=[
                    agency(
                        65,
                        "FO - shorthaul only. Tried long-haul in his 20s, jet lag with two "
                        "under-fives is a hard no.",
                    )
                ],
            ),
            crew(PILOT, "Sydney, Australia")(
                "Leopold Yarrowby",
                2,
                touches=[
                    agency(
                        65,
                        "FO wants long-haul - likes the slip ports and the 4-pilot ops. Would "
                        "happily convert from the bus to a widebody.",
                    )
                ],
            ),
        ],
        **job(
            FO_JOB,
            SYDNEY,
            title="Second Officer, A350 (long-haul)",
            description="Long-haul flying from Sydney with slips in Asia, Europe and the US.",
        ),
    ),
    C(
        "no more factory trips vs it was the old job's three weeks a month, a few trips fine",
        "cs",
        [
            crew(FORWARDER, "Melbourne, Australia")(
                "Clementine Ashworth-Pugh",
                0,
                touches=[
                    ta(
                        90,
                        "Does not want ANY overseas travel now - did 10 supplier trips to "
                        "Shenzhen a year and says she's done with flights.",
                    )
                ],
            ),
            crew(FORWARDER, "Melbourne, Australia")(
                "Perpetua Lockyer",
                2,
                touches=[
                    ta(
                        90,
                        "Left last job bc she was in Asia 3 wks out of 4. A few trips a year "
                        "would be fine, it was the constant travel.",
                    )
                ],
            ),
        ],
        **job(
            FORWARDING_JOB,
            MELBOURNE,
            offers=["Up to four supplier visits a year in South China"],
        ),
    ),
    C(
        "won't go on AOG recovery trips vs loves AOG trips for the per diems",
        "cs",
        [
            crew(LAME, "Auckland, New Zealand")(
                "Hemi Rangitaawa",
                0,
                touches=[
                    agency(
                        50,
                        "Eng wants to stay put at the home station. Won't do AOG recovery "
                        "trips or outstation cover any more.",
                    )
                ],
            ),
            crew(LAME, "Auckland, New Zealand")(
                "Kauri Whaanga",
                2,
                touches=[
                    agency(
                        50,
                        "Eng loves AOG recovery work - Pacific islands, per diems, the lot. "
                        "Bored on base maintenance.",
                    )
                ],
            ),
        ],
        **job(
            LAME_JOB,
            AUCKLAND,
            title="AOG Recovery Engineer (B1)",
            offers=["Around 40% travel to outstations and Pacific islands", "Per diems"],
        ),
    ),
    C(
        "FIFO is a no, residential only vs FIFO fine on an 8/6",
        "cs",
        [
            crew(DISPATCHER, "Perth, Australia")(
                "Skye Trengove",
                0,
                touches=[
                    rang(
                        40,
                        "Skye - residential only, won't do FIFO again after 3 yrs in the "
                        "Pilbara, missed too much.",
                    )
                ],
            ),
            crew(DISPATCHER, "Perth, Australia")(
                "Tegan Illingworth",
                2,
                touches=[
                    rang(
                        40,
                        "Tegan - FIFO fine, would prefer an 8/6 but 2/1 ok. Just wants a "
                        "site control room job.",
                    )
                ],
            ),
        ],
        **job(
            DISPATCH_JOB,
            PERTH,
            title="Mine Site Dispatcher (FIFO)",
            offers=["FIFO 8 days on / 6 off from Perth airport"],
        ),
    ),
]

# --- 5. visa ----------------------------------------------------------------------------------

VISA = [
    C(
        "would need an EP vs became a Singapore PR last year, citizens and PRs only",
        "cs",
        [
            crew(FORWARDER, "Singapore")(
                "Yeoh Kah Seng",
                0,
                touches=[
                    ta(
                        50,
                        "Malaysian, commutes from JB currently on S Pass with a forwarder. "
                        "Would need an EP to move.",
                    )
                ],
            ),
            crew(FORWARDER, "Singapore")(
                "Ooi Chee Keong",
                2,
                touches=[
                    ta(
                        50,
                        "Malaysian-born, got his Singapore PR in 2025 so no pass needed any "
                        "more. Wants a senior forwarding role.",
                    )
                ],
            ),
        ],
        **job(
            FORWARDING_JOB,
            SINGAPORE_HYBRID,
            description="Singapore Citizens and PRs only; no EP or S Pass for this role.",
        ),
    ),
    C(
        "an expat on an iqama vs a Saudi national, a Saudisation role",
        "cs",
        [
            crew(DISPATCHER, "Riyadh, Saudi Arabia")(
                "Hosni Abdelmeguid",
                0,
                touches=[
                    ta(
                        60,
                        "Egyptian national, on iqama with current employer 6 yrs. Strong in "
                        "the control room.",
                    )
                ],
            ),
            crew(DISPATCHER, "Riyadh, Saudi Arabia")(
                "Abdulmajeed Al-Shammari",
                2,
                touches=[
                    ta(
                        60,
                        "Saudi national, ex-Saudia cargo ops. Wants a dispatch role in Riyadh.",
                    )
                ],
            ),
        ],
        **job(
            DISPATCH_JOB,
            RIYADH,
            description="Saudisation position: open to Saudi nationals only.",
        ),
    ),
    C(
        "an Emirati national vs a residence-visa holder, an Emiratisation role",
        "cs",
        [
            crew(CABIN_CREW, "Abu Dhabi, UAE")(
                "Mariam Al-Mazrouei",
                2,
                touches=[
                    agency(
                        40,
                        "UAE national, khulasat al qaid in hand, keen on a senior crew role "
                        "close to family in Abu Dhabi.",
                    )
                ],
            ),
            crew(CABIN_CREW, "Abu Dhabi, UAE")(
                "Jovelyn Sarmiento",
                0,
                touches=[
                    agency(
                        40,
                        "Filipina, on UAE residence visa via current airline. Excellent "
                        "premium cabin feedback.",
                    )
                ],
            ),
        ],
        **job(
            CABIN_JOB,
            ABU_DHABI,
            description="Emiratisation role: open to UAE nationals only.",
        ),
    ),
    C(
        "a Graduate visa needing sponsorship vs ILR since 2024, no sponsorship offered",
        "cs",
        [
            crew(PLANNER, "Birmingham, UK")(
                "Chidiebere Okonkwo-Lane",
                0,
                touches=[
                    ta(
                        45,
                        "On Graduate visa til Feb 27, would need Skilled Worker sponsorship "
                        "to stay on.",
                    )
                ],
            ),
            crew(PLANNER, "Birmingham, UK")(
                "Olumide Fashola-Grant",
                2,
                touches=[
                    ta(
                        45,
                        "ILR granted 2024 - no sponsorship needed. Wants a senior planner job "
                        "in the Midlands.",
                    )
                ],
            ),
        ],
        **job(
            PLANNER_JOB,
            dict(remote_policy="onsite", location="Birmingham, UK"),
            description="Right to work in the UK required; we cannot sponsor visas.",
        ),
    ),
    C(
        "on a 482 tied to his employer vs PR came through in June, full rights required",
        "cs",
        [
            crew(LAME, "Brisbane, Australia")(
                "Baljinder Sandhu",
                0,
                touches=[
                    agency(
                        75,
                        "Eng on a 482 with current MRO, needs a new sponsor to move. PR "
                        "pathway 2+ yrs away.",
                    )
                ],
            ),
            crew(LAME, "Brisbane, Australia")(
                "Gurpreet Randhawa",
                2,
                touches=[
                    agency(
                        75,
                        "Eng's 186 PR granted June - was on a 482, now free of sponsor ties.",
                    )
                ],
            ),
        ],
        **job(
            LAME_JOB,
            BRISBANE,
            description="Must hold full Australian working rights; no sponsorship.",
        ),
    ),
    C(
        "needs an AEWV and the employer is accredited vs needs sponsorship but for Australia",
        "cs",
        [
            crew(HC_DRIVER, "Hamilton, New Zealand")(
                "Callum Drysdale-Fenn",
                2,
                touches=[
                    mail(
                        30,
                        "I'm on a working holiday visa till March and would need an accredited "
                        "employer to get an AEWV and stay in NZ. Class 5 licence held.",
                    )
                ],
            ),
            crew(HC_DRIVER, "Hamilton, New Zealand")(
                "Rhys Penhallow",
                0,
                touches=[
                    mail(
                        30,
                        "Working holiday in NZ ends in March and then I'm heading to "
                        "Brisbane - only after sponsorship over there.",
                    )
                ],
            ),
        ],
        **job(
            LINEHAUL,
            dict(remote_policy="onsite", location="Hamilton, New Zealand"),
            title="Class 5 Linehaul Driver",
            offers=["Accredited employer: AEWV sponsorship for the right driver"],
        ),
    ),
]

# --- 6. contract and hours --------------------------------------------------------------------

CONTRACT = [
    C(
        "wants a permanent rotation vs prefers trip-by-trip, a permanent rotation role",
        "cs",
        [
            crew(MARINE_ENG, "Durban, South Africa")(
                "Sizwe Mthembu",
                2,
                touches=[
                    mail(
                        70,
                        "I am tired of single-voyage contracts with no leave pay. I want a "
                        "permanent position with a fixed rotation.",
                    )
                ],
            ),
            crew(MARINE_ENG, "Durban, South Africa")(
                "Themba Ngcobo",
                0,
                touches=[
                    mail(
                        70,
                        "I prefer to sail contract by contract. I take long breaks at home "
                        "between trips and don't want a permanent company.",
                    )
                ],
            ),
        ],
        **job(MARINE_JOB, AT_SEA, offers=["Permanent contract, 3 months on / 3 months off"]),
    ),
    C(
        "wants to stay casual for the loading vs done with labour hire, a casual role",
        "cs",
        [
            crew(FORKLIFT_OP, "Laverton, Australia")(
                "Jai Pettigrove",
                2,
                touches=[
                    wa(
                        25,
                        "rather stay casual honestly, the 25% loading beats perm and i can "
                        "knock back shifts when i want",
                    )
                ],
            ),
            crew(FORKLIFT_OP, "Laverton, Australia")(
                "Zeke Hollandsworth",
                0,
                touches=[
                    wa(
                        25,
                        "need a perm full time job now, bank wont look at my home loan on "
                        "casual labour hire",
                    )
                ],
            ),
        ],
        **job(
            FORKLIFT_JOB,
            MELBOURNE,
            title="Forklift Operator (casual, labour hire)",
            offers=["Casual with 25% loading, ongoing shifts"],
        ),
    ),
    C(
        "three days a week while caring for mum vs part-time now but wants full-time",
        "cs",
        [
            crew(PLANNER, "Adelaide, Australia")(
                "Rosalind Kingscote",
                0,
                touches=[
                    ta(
                        50,
                        "Can only do 3 days/wk - caring for her mum. Part-time or nothing for now.",
                    )
                ],
            ),
            crew(PLANNER, "Adelaide, Australia")(
                "Philippa Moorhouse",
                2,
                touches=[
                    ta(
                        50,
                        "Currently 3 days/wk but youngest starts school in Feb - wants full "
                        "time hours back.",
                    )
                ],
            ),
        ],
        **job(
            PLANNER_JOB,
            dict(remote_policy="onsite", location="Adelaide, Australia"),
            offers=["Full-time, 38 hours Monday to Friday"],
        ),
    ),
    C(
        "won't sign another type-rating bond vs happy to be bonded if the rating's paid",
        "cs",
        [
            crew(PILOT, "Kuala Lumpur, Malaysia")(
                "Faizal Iskandar bin Hamdan",
                0,
                touches=[
                    agency(
                        80,
                        "FO: absolutely no more bonds. Paid back RM180k on the last one, "
                        "won't sign another whatever the type.",
                    )
                ],
            ),
            crew(PILOT, "Kuala Lumpur, Malaysia")(
                "Haziq Danial bin Roslan",
                2,
                touches=[
                    agency(
                        80,
                        "FO fine with a bond as long as the airline funds the rating. Keen on "
                        "a new type.",
                    )
                ],
            ),
        ],
        **job(
            FO_JOB,
            KL,
            title="First Officer, A330 (type rating provided)",
            offers=["Company-funded A330 type rating with a three-year bond"],
        ),
    ),
    C(
        "needs permanent for a mortgage vs a fixed term fits, back to Joburg in 2028 anyway",
        "cs",
        [
            crew(PORT_OPERATOR, "Auckland, New Zealand")(
                "Johan Vermaak",
                0,
                touches=[
                    rang(
                        55,
                        "Johan - applying for a mortgage, needs permanent. Won't take a "
                        "fixed term.",
                    )
                ],
            ),
            crew(PORT_OPERATOR, "Auckland, New Zealand")(
                "Dewald Steenkamp",
                2,
                touches=[
                    rang(
                        55,
                        "Dewald - heading home to Joburg early 2028 anyway, a 12-month fixed "
                        "term would suit him perfectly.",
                    )
                ],
            ),
        ],
        **job(CRANE_JOB, AUCKLAND, offers=["12-month fixed-term contract"]),
    ),
    C(
        "contract LAME on an hourly rate only vs tired of contracting, wants perm",
        "cs",
        [
            crew(LAME, "London, UK")(
                "Peregrine Huxtable",
                0,
                touches=[
                    inmail(
                        60,
                        "Thanks but I only do contract work these days - hourly rate, Ltd "
                        "company, no perm.",
                    )
                ],
            ),
            crew(LAME, "London, UK")(
                "Ambrose Quayle-Dunn",
                2,
                touches=[
                    inmail(
                        60,
                        "Ten years of contracting round Europe and I'm done - want a perm "
                        "job with a pension and a roster I can plan round.",
                    )
                ],
            ),
        ],
        **job(LAME_JOB, LONDON, offers=["Permanent, with pension and a fixed 4-on-4-off"]),
    ),
]

# --- 7. commute -------------------------------------------------------------------------------

COMMUTE = [
    C(
        "max half an hour to the depot from Geelong vs the same limit from Werribee",
        "cs",
        [
            crew(HC_DRIVER, "Geelong, Australia")(
                "Murray Tonkinson",
                0,
                touches=[ta(40, "Wont drive more than 30 min to the depot, no exceptions.")],
            ),
            crew(HC_DRIVER, "Werribee, Australia")(
                "Brendon Kilpatrick-Ivey",
                2,
                touches=[ta(40, "Max 30 mins to the yard pls, early starts.")],
            ),
        ],
        **job(
            LINEHAUL,
            dict(remote_policy="onsite", location="Laverton North, Melbourne, Australia"),
        ),
    ),
    C(
        "happy to commute to base on staff travel vs must live at base",
        "cs",
        [
            crew(PILOT, "Gold Coast, Australia")(
                "Rupert Saint-Ledger",
                2,
                touches=[
                    agency(
                        50,
                        "FO happy to commute to base on staff travel from OOL - done it "
                        "before, fine with positioning the night before an early.",
                    )
                ],
            ),
            crew(PILOT, "Gold Coast, Australia")(
                "Emmerson Clutterbuck",
                0,
                touches=[
                    agency(
                        50,
                        "FO won't commute to base again, fatigue was awful. Must be base = "
                        "home, i.e. OOL or BNE only.",
                    )
                ],
            ),
        ],
        **job(FO_JOB, SYDNEY, offers=["Sydney base"]),
    ),
    C(
        "no licence and relies on trains for a 10pm start vs drives, twenty minutes away",
        "cs",
        [
            crew(DC_MANAGER, "Liverpool, Australia")(
                "Sunita Ramkissoon",
                0,
                touches=[
                    ta(
                        30,
                        "No drivers licence - train/bus only. No buses into the Moorebank "
                        "estate after 9pm so a 10pm start is a problem.",
                    )
                ],
            ),
            crew(DC_MANAGER, "Liverpool, Australia")(
                "Anjali Moodley",
                2,
                touches=[ta(30, "Drives, 20 min from Moorebank, any shift ok.")],
            ),
        ],
        **job(
            NIGHT_DC,
            dict(remote_policy="onsite", location="Moorebank, Sydney, Australia"),
        ),
    ),
    C(
        "the Causeway daily rules out 4am sign-ons vs already crosses it daily, fine",
        "cs",
        [
            crew(CABIN_CREW, "Johor Bahru, Malaysia")(
                "Nurul Ain binti Kamarudin",
                0,
                touches=[
                    agency(
                        35,
                        "CC lives in JB - says crossing the Causeway for a 4am Changi sign-on "
                        "isn't possible, the jam starts at 5. Would need later reports.",
                    )
                ],
            ),
            crew(CABIN_CREW, "Johor Bahru, Malaysia")(
                "Siti Khadijah binti Ismail",
                2,
                touches=[
                    agency(
                        35,
                        "CC already crosses the Causeway every day for her Changi job, leaves "
                        "at 2:30 for earlies. No issue.",
                    )
                ],
            ),
        ],
        **job(CABIN_JOB, SINGAPORE, offers=["Early sign-ons from 04:00 at Changi"]),
    ),
    C(
        "the Sharjah run only with company transport, which is offered vs never again",
        "cs",
        [
            crew(PORT_OPERATOR, "Sharjah, UAE")(
                "Rajeevan Kuttappan",
                2,
                touches=[
                    rang(
                        45,
                        "Rajeevan - left Jebel Ali because driving from Sharjah took 2 hrs "
                        "each way. Would go back only if company bus provided.",
                    )
                ],
            ),
            crew(PORT_OPERATOR, "Sharjah, UAE")(
                "Sasidharan Nambiar",
                0,
                touches=[
                    rang(
                        45,
                        "Sasi - won't do Sharjah to Jebel Ali again, bus or no bus, 4 hrs a "
                        "day on the road is too much.",
                    )
                ],
            ),
        ],
        **job(
            CRANE_JOB,
            dict(remote_policy="onsite", location="Jebel Ali, Dubai, UAE"),
            offers=["Company bus from Sharjah and Ajman"],
        ),
    ),
]

# --- 8. pay against the band ------------------------------------------------------------------

PAY = [
    C(
        "$42 an hour minimum vs on $36 and after $39, a $38 to $40 an hour role",
        "cs",
        [
            crew(HC_DRIVER, "Wodonga, Australia")(
                "Brett Cavanough",
                0,
                touches=[
                    wa(
                        20,
                        "not getting out of bed for less than $42 an hour for MC work, thats "
                        "the going rate on the hume",
                    )
                ],
            ),
            crew(HC_DRIVER, "Wodonga, Australia")(
                "Nathan Curnow-Briggs",
                2,
                touches=[
                    wa(
                        20,
                        "on $36/hr at the moment, would move for $39 plus the overtime",
                    )
                ],
            ),
        ],
        **job(
            LINEHAUL,
            MELBOURNE,
            offers=["$38 to $40 an hour plus overtime and meal allowance"],
            salary_min=79_000,
            salary_max=83_000,
            currency="AUD",
        ),
    ),
    C(
        "S$5,500 a month vs S$8,500 a month, a S$72k to S$84k role",
        "cs",
        [
            crew(FORWARDER, "Singapore")(
                "Goh Li Ting Rachel",
                2,
                touches=[
                    ta(
                        40,
                        "Expected: SGD 5.5k/mth basic + AWS. Currently 4.8k at a small NVOCC.",
                    )
                ],
            ),
            crew(FORWARDER, "Singapore")(
                "Seah Hui Wen Germaine",
                0,
                touches=[ta(40, "Expected: SGD 8.5k/mth basic, firm on it. Current 7.9k.")],
            ),
        ],
        **job(
            FORWARDING_JOB,
            SINGAPORE_HYBRID,
            salary_min=72_000,
            salary_max=84_000,
            currency="SGD",
        ),
    ),
    C(
        "AED 28k a month vs above AED 17k a month, an AED 216k to 264k role",
        "cs",
        [
            crew(DISPATCHER, "Dubai, UAE")(
                "Vikrant Deshmukh",
                0,
                touches=[
                    rang(
                        35,
                        "Vikrant - won't move under AED 28k per month, says that's what "
                        "ops leads get at DP World.",
                    )
                ],
            ),
            crew(DISPATCHER, "Dubai, UAE")(
                "Anoop Pillai Menon",
                2,
                touches=[
                    rang(
                        35,
                        "Anoop - anything above AED 17k a month works, plus the annual "
                        "ticket home.",
                    )
                ],
            ),
        ],
        **job(
            DISPATCH_JOB,
            DUBAI,
            salary_min=216_000,
            salary_max=264_000,
            currency="AED",
        ),
    ),
    C(
        "R45k a month CTC vs R65k a month, an R480k to R540k role",
        "cs",
        [
            crew(PLANNER, "Johannesburg, South Africa")(
                "Lerato Mashabane-Tlou",
                2,
                touches=[
                    mail(
                        45,
                        "My expectation is around R45k per month CTC, I'm on R39k now at a "
                        "cold chain company in Isando.",
                    )
                ],
            ),
            crew(PLANNER, "Johannesburg, South Africa")(
                "Nomvula Dlamini-Khoza",
                0,
                touches=[
                    mail(
                        45,
                        "I won't consider anything below R65k per month cost to company.",
                    )
                ],
            ),
        ],
        **job(
            PLANNER_JOB,
            JOBURG,
            salary_min=480_000,
            salary_max=540_000,
            currency="ZAR",
        ),
    ),
    C(
        "on £120k but would take £100k for a base near family vs wants £110k plus",
        "cs",
        [
            crew(PILOT, "Bristol, UK")(
                "Hugo Pendlebury-Marsh",
                2,
                touches=[
                    agency(
                        60,
                        "Capt currently on £120k at LGW. Would take ~£100k to be based at "
                        "BRS near his parents - money not the driver.",
                    )
                ],
            ),
            crew(PILOT, "Bristol, UK")(
                "Lysander Frogley",
                0,
                touches=[agency(60, "Capt - £110k basic minimum, won't go lower. Any base.")],
            ),
        ],
        **job(
            FO_JOB,
            dict(remote_policy="onsite", location="Bristol, UK"),
            title="Captain, A320",
            seniority="lead",
            salary_min=95_000,
            salary_max=105_000,
            currency="GBP",
        ),
    ),
    C(
        "Malay: RM2,800 a month vs RM4,500 a month, an RM2,400 to RM3,000 role",
        "cs",
        [
            crew(FORKLIFT_OP, "Klang, Malaysia")(
                "Muhammad Irfan bin Sulaiman",
                2,
                touches=[wa(25, "Gaji RM2,800 sebulan ok la, campur OT lagi bagus.")],
            ),
            crew(FORKLIFT_OP, "Klang, Malaysia")(
                "Azlan Shah bin Mokhtar",
                0,
                touches=[
                    wa(
                        25,
                        "Saya minta RM4,500 sebulan, bawah tu tak payah la. Dah 6 tahun "
                        "bawa forklift.",
                    )
                ],
            ),
        ],
        **job(
            FORKLIFT_JOB,
            PORT_KLANG,
            salary_min=28_800,
            salary_max=36_000,
            currency="MYR",
        ),
    ),
    C(
        "NZ$58 an hour vs a contract rate of NZ$80 an hour, an NZ$120k to 135k role",
        "cs",
        [
            crew(LAME, "Christchurch, New Zealand")(
                "Mahina Te Rauna",
                2,
                touches=[
                    agency(
                        55,
                        "Eng on NZ$52/hr now, would move for $58 or so. Perm preferred.",
                    )
                ],
            ),
            crew(LAME, "Christchurch, New Zealand")(
                "Kingi Pomare-Hauraki",
                0,
                touches=[
                    agency(
                        55,
                        "Eng wants NZ$80/hr - contract rates or nothing, knows his worth on ATRs.",
                    )
                ],
            ),
        ],
        **job(
            LAME_JOB,
            dict(remote_policy="onsite", location="Christchurch, New Zealand"),
            salary_min=120_000,
            salary_max=135_000,
            currency="NZD",
        ),
    ),
]

# --- 9. last time's reason: resolved by this role or still standing ---------------------------

RESOLVED = [
    C(
        "declined over pay, the band has risen vs declined over nights, still nights",
        "cs",
        [
            crew(DC_MANAGER, "Eastern Creek, Australia")(
                "Teodora Vasilakis",
                2,
                apps=[
                    declined(
                        250,
                        "compensation",
                        "Wanted $115k + super, band topped at $102k",
                        past=dict(
                            remote_policy="onsite",
                            location="Eastern Creek, Australia",
                            salary_max=102_000,
                            currency="AUD",
                        ),
                        role="Night Shift Manager, DC",
                    )
                ],
            ),
            crew(DC_MANAGER, "Eastern Creek, Australia")(
                "Eleni Papadakis",
                0,
                apps=[
                    declined(
                        250,
                        "other",
                        "Turned down the night shift mgr offer - won't work nights, days only",
                        role="Night Shift Manager, DC",
                    )
                ],
            ),
        ],
        **job(NIGHT_DC, SYDNEY, salary_min=112_000, salary_max=122_000, currency="AUD"),
    ),
    C(
        "withdrew over no sponsorship, this role sponsors vs withdrew over Aberdeen, still there",
        "cs",
        [
            crew(MARINE_ENG, "Glasgow, UK")(
                "Emeka Obiakor",
                2,
                apps=[
                    withdrew(
                        200,
                        "other",
                        "Needed Skilled Worker sponsorship for the shore role; client couldn't "
                        "sponsor",
                        role="Marine Superintendent",
                    )
                ],
            ),
            crew(MARINE_ENG, "Glasgow, UK")(
                "Fraser Cruickshank",
                0,
                apps=[
                    withdrew(
                        200,
                        "location",
                        "Wouldn't move to Aberdeen, wife's job in Glasgow",
                        role="Marine Superintendent",
                    )
                ],
            ),
        ],
        **job(
            MARINE_JOB,
            dict(remote_policy="onsite", location="Aberdeen, UK"),
            title="Marine Superintendent",
            offers=["Skilled Worker visa sponsorship available"],
        ),
    ),
    C(
        "declined a 4/1 swing but would do 8/6, an 8/6 role vs declined any FIFO",
        "cs",
        [
            crew(DISPATCHER, "Rockingham, Australia")(
                "Brianna Colquhoun",
                2,
                apps=[
                    declined(
                        180,
                        "other",
                        "4 weeks on 1 off too long with a toddler - said she'd do an 8/6",
                        role="Mine Site Dispatcher (FIFO)",
                    )
                ],
            ),
            crew(DISPATCHER, "Rockingham, Australia")(
                "Shannon Merriweather",
                0,
                apps=[
                    declined(
                        180,
                        "other",
                        "Declined - no FIFO at all, wants to be home every night",
                        role="Mine Site Dispatcher (FIFO)",
                    )
                ],
            ),
        ],
        **job(
            DISPATCH_JOB,
            PERTH,
            title="Mine Site Dispatcher (FIFO)",
            offers=["FIFO 8 days on / 6 off from Perth airport"],
        ),
    ),
    C(
        "declined a Darwin base, this one is Brisbane vs declined over a bond, bonded again",
        "cs",
        [
            crew(PILOT, "Brisbane, Australia")(
                "Lachlan Featherstonhaugh",
                2,
                apps=[
                    declined(
                        220,
                        "location",
                        "Offered DRW base, wouldn't move the family to Darwin",
                        past=dict(remote_policy="onsite", location="Darwin, Australia"),
                        role="First Officer, A320",
                    )
                ],
            ),
            crew(PILOT, "Brisbane, Australia")(
                "Montgomery Illsley",
                0,
                apps=[
                    declined(
                        220,
                        "other",
                        "Declined because of the 3-yr training bond",
                        role="First Officer, A320",
                    )
                ],
            ),
        ],
        **job(
            FO_JOB,
            BRISBANE,
            offers=["Brisbane base", "Type rating paid, with a three-year bond"],
        ),
    ),
    C(
        "withdrew over no staff travel, now offered vs withdrew over the roster, unchanged",
        "cs",
        [
            crew(CABIN_CREW, "Perth, Australia")(
                "Marisol Ybarrondo",
                2,
                apps=[
                    withdrew(
                        160,
                        "other",
                        "Pulled out - charter operator, no staff travel and her family's in Manila",
                        role="Senior Cabin Crew",
                    )
                ],
            ),
            crew(CABIN_CREW, "Perth, Australia")(
                "Kirrily Hepburn",
                0,
                apps=[
                    withdrew(
                        160,
                        "other",
                        "Pulled out - the FIFO charter roster of 5 earlies in a row was a no",
                        role="Senior Cabin Crew",
                    )
                ],
            ),
        ],
        **job(
            CABIN_JOB,
            PERTH,
            description="FIFO charter flying from Perth: five early sign-ons in a row, then off.",
            offers=["Staff travel on our network and partner airlines"],
        ),
    ),
    C(
        "declined five days in the Port Klang office, now hybrid vs declined the title, same title",
        "cs",
        [
            crew(FORWARDER, "Petaling Jaya, Malaysia")(
                "Lim Siew Ling",
                2,
                apps=[
                    declined(
                        200,
                        "remote_policy",
                        "5 days a week in the Port Klang office was too much from PJ",
                        past=dict(remote_policy="onsite", location="Port Klang, Malaysia"),
                        role="Senior Freight Forwarder",
                    )
                ],
            ),
            crew(FORWARDER, "Petaling Jaya, Malaysia")(
                "Tan Mei Fong",
                0,
                apps=[
                    declined(
                        200,
                        "other",
                        "Wanted Manager title, we offered Senior Executive",
                        role="Senior Freight Forwarder",
                    )
                ],
            ),
        ],
        **job(
            FORWARDING_JOB,
            dict(
                remote_policy="hybrid",
                location="Port Klang, Malaysia",
                offers=["Hybrid: three days at home, two in Port Klang"],
            ),
            title="Senior Executive, Freight Forwarding",
        ),
    ),
]

# --- 10. negations and scope ------------------------------------------------------------------

NEGATIONS = [
    C(
        "'not against nights' vs 'not doing nights', a night role",
        "cs",
        [
            crew(DISPATCHER, "Penrose, New Zealand")(
                "Wiremu Tapsell",
                2,
                touches=[rang(30, "Wiremu - not against nights at all, did 3 yrs of them.")],
            ),
            crew(DISPATCHER, "Penrose, New Zealand")(
                "Hamiora Kereama",
                0,
                touches=[rang(30, "Hamiora - not doing nights any more, doctor's orders.")],
            ),
        ],
        **job(
            DISPATCH_JOB,
            AUCKLAND,
            title="Night Dispatcher",
            description="Night shift, 19:00 to 07:00, four on four off.",
        ),
    ),
    C(
        "the bond wasn't the issue, the base was vs the base wasn't the issue, the bond was",
        "cs",
        [
            crew(PILOT, "Adelaide, Australia")(
                "Ignatius Fairweather",
                0,
                apps=[
                    declined(
                        150,
                        "other",
                        "Bond wasn't the issue - it was the Perth base, won't leave Adelaide",
                        role="First Officer, A320",
                    )
                ],
            ),
            crew(PILOT, "Adelaide, Australia")(
                "Barnabas Threadgold",
                2,
                apps=[
                    declined(
                        150,
                        "other",
                        "Perth base wasn't the issue - it was the 4-year bond",
                        role="First Officer, A320",
                    )
                ],
            ),
        ],
        **job(FO_JOB, PERTH, offers=["Perth base", "No training bond"]),
    ),
    C(
        "'never had a problem with DG loads' vs won't haul DG again",
        "cs",
        [
            crew(HC_DRIVER, "Gladstone, Australia")(
                "Dale Pocklington",
                2,
                touches=[
                    wa(
                        40,
                        "never had a problem with DG loads, got the dg licence and 8 yrs on "
                        "fuel tankers",
                    )
                ],
            ),
            crew(HC_DRIVER, "Gladstone, Australia")(
                "Troy Bickerstaffe",
                0,
                touches=[
                    wa(
                        40,
                        "not hauling DG again after the rollover at Miriam Vale, general "
                        "freight only",
                    )
                ],
            ),
        ],
        **job(
            LINEHAUL,
            dict(remote_policy="onsite", location="Gladstone, Australia"),
            title="DG Tanker Driver (MC)",
            requirements="MC licence\nDangerous goods licence\nTanker experience",
        ),
    ),
    C(
        "'no worries with FIFO' vs worried about FIFO with a newborn",
        "cs",
        [
            crew(PLANNER, "Perth, Australia")(
                "Jasper Kilminster",
                2,
                touches=[ta(45, "No worries with FIFO, did 2/1 at Newman before.")],
            ),
            crew(PLANNER, "Perth, Australia")(
                "Orson Bellchambers",
                0,
                touches=[ta(45, "Worried about FIFO - newborn at home, wants to stay in town.")],
            ),
        ],
        **job(
            PLANNER_JOB,
            PERTH,
            title="Site Logistics Planner (FIFO)",
            offers=["FIFO 2 weeks on / 1 off to the Pilbara"],
        ),
    ),
    C(
        "'not remote-only, prefers the ops room' vs remote only, an ops-room role",
        "cs",
        [
            crew(DISPATCHER, "Singapore")(
                "Soh Jia Hui Vanessa",
                2,
                touches=[
                    inmail(
                        35,
                        "To be clear I'm not remote-only - I actually prefer being in the ops "
                        "room with the team.",
                    )
                ],
            ),
            crew(DISPATCHER, "Singapore")(
                "Low Zhi Wei Marcus",
                0,
                touches=[inmail(35, "Only looking at fully remote dispatch roles, thanks.")],
            ),
        ],
        **job(DISPATCH_JOB, SINGAPORE, description="Based in our Tuas control room."),
    ),
    C(
        "the summer heat on the ramp doesn't bother him vs can't do another Gulf summer outside",
        "cs",
        [
            crew(PORT_OPERATOR, "Dammam, Saudi Arabia")(
                "Ghulam Mustafa Baig",
                2,
                touches=[
                    rang(
                        30,
                        "Ghulam - the heat doesn't bother him, 14 summers on the quay at Dammam.",
                    )
                ],
            ),
            crew(PORT_OPERATOR, "Dammam, Saudi Arabia")(
                "Shakeel Ahmed Abbasi",
                0,
                touches=[
                    rang(
                        30,
                        "Shakeel - can't do another summer working outside, heat exhaustion "
                        "twice last year. Indoor roles only.",
                    )
                ],
            ),
        ],
        **job(
            CRANE_JOB,
            JEDDAH,
            title="Straddle Carrier and Quay Operator",
            description="Outdoor quay work on a Red Sea container terminal, year-round.",
        ),
    ),
]

# --- 11. work mode ----------------------------------------------------------------------------

WORK_MODE = [
    C(
        "wants two WFH days vs remote only after moving to Tasmania, hybrid in the policy",
        "cs",
        [
            crew(PLANNER, "Melbourne, Australia")(
                "Tabitha Greenhalgh",
                2,
                touches=[ta(40, "Wants 2 WFH days a wk, rest in the office fine.")],
            ),
            crew(PLANNER, "Melbourne, Australia")(
                "Wilhelmina Starkey",
                0,
                touches=[
                    ta(40, "Moved to Hobart - fully remote only now, can't do any office days.")
                ],
            ),
        ],
        **job(PLANNER_JOB, dict(remote_policy="hybrid", location="Melbourne, Australia")),
    ),
    C(
        "remote only vs wants to be back on the floor, on-site said in the description",
        "cs",
        [
            crew(DISPATCHER, "Dubai, UAE")(
                "Rohan Fernandes",
                0,
                touches=[rang(25, "Rohan - only fully remote now, WFH since Covid.")],
            ),
            crew(DISPATCHER, "Dubai, UAE")(
                "Clifton D'Souza",
                2,
                touches=[rang(25, "Clifton - misses the control room buzz, wants to be on site.")],
            ),
        ],
        **job(
            dict(
                DISPATCH_JOB,
                description="You will work on site in our Jebel Ali control tower every day.",
            ),
            dict(location="Dubai, UAE"),
        ),
    ),
    C(
        "wants WFH with two kids vs lonely at home, remote in the title",
        "cs",
        [
            crew(FORWARDER, "Geelong, Australia")(
                "Henrietta Oakeshott",
                2,
                touches=[
                    mail(
                        50,
                        "With two little ones, working from home would make all the "
                        "difference. Customs brokerage is ideal for it.",
                    )
                ],
            ),
            crew(FORWARDER, "Geelong, Australia")(
                "Araminta Pocock-Lyle",
                0,
                touches=[
                    mail(
                        50,
                        "I've been home-based for two years and it's so lonely - I want an "
                        "office with people in it again.",
                    )
                ],
            ),
        ],
        **job(
            FORWARDING_JOB,
            dict(location="Australia"),
            title="Licensed Customs Broker (Remote, work from home)",
        ),
    ),
    C(
        "needs at least two days at home vs nothing said, WFH in the offers",
        "cs",
        [
            crew(PLANNER, "Leeds, UK")(
                "Gwendolyn Ackerley",
                2,
                touches=[inmail(45, "Would need at least two days working from home each week.")],
            ),
            crew(PLANNER, "Leeds, UK")("Morwenna Trelawny", 1),
        ],
        **job(
            PLANNER_JOB,
            dict(location="Leeds, UK", offers=["Work from home Mondays and Fridays"]),
        ),
    ),
    C(
        "Malay: fully from home vs happy to come in every day, an on-site role",
        "cs",
        [
            crew(PLANNER, "Shah Alam, Malaysia")(
                "Nur Syahirah binti Azman",
                0,
                touches=[
                    wa(
                        30,
                        "Saya nak kerja dari rumah sepenuhnya, tak boleh datang pejabat dah.",
                    )
                ],
            ),
            crew(PLANNER, "Shah Alam, Malaysia")(
                "Nur Aisyah binti Hamzah",
                2,
                touches=[wa(30, "Boleh datang pejabat setiap hari, rumah dekat je.")],
            ),
        ],
        **job(PLANNER_JOB, dict(remote_policy="onsite", location="Shah Alam, Malaysia")),
    ),
]

# --- 12. location and relocation --------------------------------------------------------------

LOCATIONS = [
    C(
        "moving to Brisbane in January with a partner's transfer vs Sydney, nothing said",
        "cs",
        [
            crew(DC_MANAGER, "Sydney, Australia")(
                "Bernadette Kilcullen",
                2,
                touches=[
                    ta(
                        40,
                        "Relocating to Brisbane in Jan - partner's transferring with the AFP. "
                        "Wants a DC role up there.",
                    )
                ],
            ),
            crew(DC_MANAGER, "Sydney, Australia")("Concetta Barbagallo", 1),
        ],
        **job(DC_JOB, BRISBANE),
    ),
    C(
        "husband posted to Perth but she's staying in Adelaide vs following her partner to Perth",
        "cs",
        [
            crew(PLANNER, "Adelaide, Australia")(
                "Sorcha Mulqueen",
                0,
                touches=[
                    ta(
                        60,
                        "Husband's been posted to Perth but she's staying in Adelaide with "
                        "the kids - he'll FIFO home. Adelaide roles only.",
                    )
                ],
            ),
            crew(PLANNER, "Adelaide, Australia")(
                "Eimear Costigan",
                2,
                touches=[
                    ta(
                        60,
                        "Following her partner to Perth in Dec, wants to line something up there.",
                    )
                ],
            ),
        ],
        **job(PLANNER_JOB, PERTH),
    ),
    C(
        "won't leave Christchurch vs lives in Auckland, an Auckland role",
        "cs",
        [
            crew(PORT_OPERATOR, "Christchurch, New Zealand")(
                "Manaia Tuhiwai",
                0,
                touches=[rang(50, "Manaia - Lyttelton or nothing, not leaving Chch.")],
            ),
            crew(PORT_OPERATOR, "Auckland, New Zealand")(
                "Tawhiri Marsden",
                2,
                touches=[rang(50, "Tawhiri - on the wharf at Fergusson now, wants a change.")],
            ),
        ],
        **job(CRANE_JOB, AUCKLAND),
    ),
    C(
        "would relocate to Abu Dhabi for tax-free and housing vs not moving to the Middle East",
        "cs",
        [
            crew(LAME, "Leeds, UK")(
                "Barnaby Quenby",
                2,
                touches=[
                    inmail(
                        70,
                        "Abu Dhabi would be perfect - tax free with housing, and the wife's "
                        "keen. Happy to relocate.",
                    )
                ],
            ),
            crew(LAME, "Leeds, UK")(
                "Cuthbert Oldroyd",
                0,
                touches=[
                    inmail(
                        70,
                        "Not moving to the Middle East, family's all in Leeds. UK only.",
                    )
                ],
            ),
        ],
        **job(LAME_JOB, ABU_DHABI, offers=["Tax-free salary", "Housing allowance"]),
    ),
    C(
        "Malay: going home to Penang vs based in KL and won't move north, a Penang role",
        "cs",
        [
            crew(FORWARDER, "Kuala Lumpur, Malaysia")(
                "Chong Wai Keat",
                2,
                touches=[
                    wa(
                        45,
                        "Nak balik kampung Penang tahun depan, jaga mak. Cari kerja area "
                        "Bayan Lepas.",
                    )
                ],
            ),
            crew(FORWARDER, "Kuala Lumpur, Malaysia")(
                "Yap Kok Leong",
                0,
                touches=[wa(45, "Saya stay KL je, tak nak pindah utara.")],
            ),
        ],
        **job(FORWARDING_JOB, PENANG),
    ),
    C(
        "would move to Durban if relocation's paid, which it is vs won't leave the Western Cape",
        "cs",
        [
            crew(PORT_OPERATOR, "Cape Town, South Africa")(
                "Francois du Plessis-Rademeyer",
                2,
                touches=[
                    mail(
                        55,
                        "Ek sal Durban toe trek as hulle die verhuising betaal. Would move "
                        "for the right crane job.",
                    )
                ],
            ),
            crew(PORT_OPERATOR, "Cape Town, South Africa")(
                "Hendrik Kruger-Basson",
                0,
                touches=[mail(55, "I'm not leaving the Western Cape, Cape Town port roles only.")],
            ),
        ],
        **job(CRANE_JOB, DURBAN, offers=["Relocation package"]),
    ),
]

# --- 13. the history with us ------------------------------------------------------------------

LAST_TIME = [
    C(
        "a no-show at the driving assessment last month vs lost a final to an internal driver",
        "cs",
        [
            crew(HC_DRIVER, "Ipswich, Australia")(
                "Kyle Sturdivant",
                0,
                apps=[
                    rejected(
                        30,
                        "no_show",
                        "Didn't turn up to the practical at Wacol, no call, phone off",
                        stage="screen",
                        role="MC Linehaul Driver",
                    )
                ],
            ),
            crew(HC_DRIVER, "Ipswich, Australia")(
                "Jarrod Spillane",
                2,
                apps=[
                    lost_final(
                        200,
                        "Great drive, lost out to an internal driver stepping up",
                        role="MC Linehaul Driver",
                    )
                ],
            ),
        ],
        **job(LINEHAUL, BRISBANE),
    ),
    C(
        "failed the sim three months ago vs failed two years ago, clean checks since",
        "cs",
        [
            crew(PILOT, "Perth, Australia")(
                "Thaddeus Wigmore",
                0,
                apps=[
                    rejected(
                        90,
                        "skills_gap",
                        "Sim assessment: engine failure after V1 handled poorly, not recommended",
                        stage="onsite",
                        role="First Officer, A320",
                    )
                ],
            ),
            crew(PILOT, "Perth, Australia")(
                "Ptolemy Cardew",
                2,
                apps=[
                    rejected(
                        730,
                        "skills_gap",
                        "Sim assessment marginal on non-normals",
                        stage="onsite",
                        role="First Officer, A320",
                    )
                ],
                touches=[
                    agency(
                        60,
                        "Since the sim fail: 1,800 hrs more on type, passed every check "
                        "first time, now training captain recommended.",
                    )
                ],
            ),
        ],
        **job(FO_JOB, PERTH),
    ),
    C(
        "abusive to the dispatcher at induction vs lost a final for want of an MC, has it now",
        "cs",
        [
            crew(HC_DRIVER, "Dandenong, Australia")(
                "Travis Hocking",
                0,
                apps=[
                    rejected(
                        120,
                        "conduct",
                        "Swore at and threatened the dispatcher on induction day, walked off",
                        stage="offer",
                        role="MC Linehaul Driver",
                    )
                ],
            ),
            crew(HC_DRIVER, "Dandenong, Australia")(
                "Lance Werrimull",
                2,
                apps=[
                    rejected(
                        300,
                        "skills_gap",
                        "Only held HC, role needed MC",
                        stage="final",
                        role="MC Linehaul Driver",
                    )
                ],
                touches=[wa(40, "got my MC ticket in august mate, B-doubles now")],
            ),
        ],
        **job(LINEHAUL, MELBOURNE),
    ),
    C(
        "too junior for the crane two years ago vs too junior two months ago",
        "cs",
        [
            crew(PORT_OPERATOR, "Port Klang, Malaysia")(
                "Kamalrul Ariffin bin Yusof",
                2,
                apps=[
                    rejected(
                        700,
                        "experience_level",
                        "Only 18 months on straddles, not ready for STS",
                        role="Ship-to-Shore Crane Operator",
                    )
                ],
            ),
            crew(PORT_OPERATOR, "Port Klang, Malaysia")(
                "Ridzuan Haikal bin Nasir",
                0,
                apps=[
                    rejected(
                        60,
                        "experience_level",
                        "Not enough STS hours yet, needs another year",
                        role="Ship-to-Shore Crane Operator",
                    )
                ],
            ),
        ],
        **job(CRANE_JOB, PORT_KLANG),
    ),
    C(
        "an offer pulled when the contract was lost vs a culture-fit reject last month",
        "cs",
        [
            crew(DC_MANAGER, "Auckland, New Zealand")(
                "Ngaio Rewiti-Hansen",
                2,
                apps=[
                    app(
                        240,
                        "offer",
                        "position_closed",
                        "headcount",
                        "Offer withdrawn - we lost the Foodstuffs contract the week she was "
                        "due to sign",
                        role="DC Shift Manager",
                    )
                ],
            ),
            crew(DC_MANAGER, "Auckland, New Zealand")(
                "Leilani Faleolo",
                0,
                apps=[
                    rejected(
                        35,
                        "culture_fit",
                        "Panel felt her style too command-and-control for our team",
                        stage="final",
                        role="DC Shift Manager",
                    )
                ],
            ),
        ],
        **job(DC_JOB, AUCKLAND),
    ),
]

# --- 14. managing and level -------------------------------------------------------------------

LEVEL = [
    C(
        "wants to step up to team leader vs just wants to drive the forklift, a TL role",
        "cs",
        [
            crew(FORKLIFT_OP, "Eastern Creek, Australia")(
                "Dakota Wilberforce",
                2,
                touches=[
                    ta(
                        30,
                        "Covers the TL on his shift already - wants the step up to team "
                        "leader properly.",
                    )
                ],
            ),
            crew(FORKLIFT_OP, "Eastern Creek, Australia")(
                "Caleb Ironmonger",
                0,
                touches=[ta(30, "No interest in supervising anyone - just wants to drive forks.")],
            ),
        ],
        **job(
            FORKLIFT_JOB,
            SYDNEY,
            title="Warehouse Team Leader",
            seniority="lead",
            description="Lead a team of 14 forklift and pick operators on day shift.",
        ),
    ),
    C(
        "ready for command vs happy to stay an FO, a command role",
        "cs",
        [
            crew(PILOT, "Auckland, New Zealand")(
                "Tane Whakarongo",
                2,
                touches=[
                    agency(
                        45,
                        "FO 6,200 TT, meets cmd mins, LTC recommended - wants a DEC or an "
                        "upgrade, won't wait 8 yrs on a seniority list.",
                    )
                ],
            ),
            crew(PILOT, "Auckland, New Zealand")(
                "Ruawai Herangi",
                0,
                touches=[
                    agency(
                        45,
                        "FO content in the right seat - no interest in command, likes his "
                        "lifestyle roster.",
                    )
                ],
            ),
        ],
        **job(
            FO_JOB,
            AUCKLAND,
            title="Direct Entry Captain, A320",
            seniority="lead",
        ),
    ),
    C(
        "done managing eighty people vs wants a bigger shift, a manager role",
        "cs",
        [
            crew(DC_MANAGER, "Northampton, UK")(
                "Cressida Holloway-Brand",
                0,
                touches=[
                    inmail(
                        50,
                        "I'm done managing 80 people on a shift. Looking for an analyst or "
                        "continuous improvement role with no direct reports.",
                    )
                ],
            ),
            crew(DC_MANAGER, "Northampton, UK")(
                "Philomena Dankworth",
                2,
                touches=[
                    inmail(50, "Ready for a bigger shift - 100+ heads would be the next step.")
                ],
            ),
        ],
        **job(DC_JOB, dict(remote_policy="onsite", location="Northampton, UK")),
    ),
    C(
        "holds a Class 1 and wants to sail as chief vs not ready for the chief's job",
        "cs",
        [
            crew(MARINE_ENG, "Mumbai, India")(
                "Venkatesh Kodandarami",
                2,
                touches=[
                    mail(
                        60,
                        "I hold my Class 1 CoC since March and wish to sail as Chief Engineer "
                        "on my next contract.",
                    )
                ],
            ),
            crew(MARINE_ENG, "Mumbai, India")(
                "Srinivasan Raghavachari",
                0,
                touches=[
                    mail(
                        60,
                        "I would like to continue as Second Engineer. I am not ready for the "
                        "responsibility of Chief yet.",
                    )
                ],
            ),
        ],
        **job(MARINE_JOB, AT_SEA, title="Chief Engineer", seniority="lead"),
    ),
    C(
        "stepping back from ops manager to planner vs only manager roles now, a planner role",
        "cs",
        [
            crew(PLANNER, "Christchurch, New Zealand")(
                "Isadora Wetherall",
                2,
                touches=[
                    mail(
                        45,
                        "After five years as ops manager I want to step back to a planning "
                        "role - no people, no after-hours calls.",
                    )
                ],
            ),
            crew(PLANNER, "Christchurch, New Zealand")(
                "Octavia Brabazon",
                0,
                touches=[mail(45, "Only looking at ops manager roles or above now.")],
            ),
        ],
        **job(
            PLANNER_JOB,
            dict(remote_policy="onsite", location="Christchurch, New Zealand"),
            description="Individual contributor planner, no direct reports.",
        ),
    ),
]

# --- 15. company stage and size ---------------------------------------------------------------

STAGE_SIZE = [
    C(
        "only established carriers after Bonza vs excited about a start-up airline",
        "cs",
        [
            crew(CABIN_CREW, "Sunshine Coast, Australia")(
                "Shaylee Outridge",
                0,
                touches=[
                    agency(
                        55,
                        "CC lost her job when Bonza collapsed - only wants an established "
                        "carrier now, no start-ups.",
                    )
                ],
            ),
            crew(CABIN_CREW, "Sunshine Coast, Australia")(
                "Bree Marchetti",
                2,
                touches=[
                    agency(
                        55,
                        "CC would love to be part of a new airline from day one - helped set "
                        "up SEP manuals at her last place.",
                    )
                ],
            ),
        ],
        **job(
            CABIN_JOB,
            BRISBANE,
            description="Founding crew for a new regional airline, AOC granted this year.",
        ),
    ),
    C(
        "hates corporate, wants family-owned vs wants a big listed carrier, a 40-truck firm",
        "cs",
        [
            crew(PLANNER, "Toowoomba, Australia")(
                "Dustin Huckerby",
                2,
                touches=[
                    ta(
                        40,
                        "Sick of the corporate layers at the big carriers - wants a family "
                        "owned outfit where he knows the boss.",
                    )
                ],
            ),
            crew(PLANNER, "Toowoomba, Australia")(
                "Reuben Gatenby",
                0,
                touches=[
                    ta(
                        40,
                        "Wants a big ASX-listed carrier for the career path and the training.",
                    )
                ],
            ),
        ],
        **job(
            PLANNER_JOB,
            dict(remote_policy="onsite", location="Toowoomba, Australia"),
            description="Family-owned carrier, 40 trucks, second generation.",
        ),
    ),
    C(
        "wants a global 3PL with transfers vs small forwarders only, a global 3PL",
        "cs",
        [
            crew(FORWARDER, "Dubai, UAE")(
                "Zainab Al-Rawahi",
                2,
                touches=[
                    inmail(
                        35,
                        "Looking for a global 3PL - would love the chance to transfer to "
                        "another country later.",
                    )
                ],
            ),
            crew(FORWARDER, "Dubai, UAE")(
                "Noor Al-Huda Kassab",
                0,
                touches=[
                    inmail(
                        35,
                        "After eight years at a multinational I only want a small local "
                        "forwarder now - too many layers.",
                    )
                ],
            ),
        ],
        **job(
            FORWARDING_JOB,
            DUBAI,
            description="Global 3PL in 60 countries, internal mobility programme.",
        ),
    ),
    C(
        "wants a freight-tech scale-up vs nothing said",
        "cs",
        [
            crew(DISPATCHER, "Sydney, Australia")(
                "Remy Achterberg",
                2,
                touches=[
                    inmail(
                        40,
                        "Keen on a scale-up - somewhere still building the product and the "
                        "playbook.",
                    )
                ],
            ),
            crew(DISPATCHER, "Sydney, Australia")("Lucian Pettifer", 1),
        ],
        **job(
            DISPATCH_JOB,
            SYDNEY,
            description="Series B freight-tech scale-up, 70 people.",
        ),
    ),
]

# --- 16. mission and industry -----------------------------------------------------------------

MISSION = [
    C(
        "won't work on defence contracts vs ex-army, wants defence logistics",
        "cs",
        [
            crew(PLANNER, "Canberra, Australia")(
                "Hester Llewellyn-Prys",
                0,
                touches=[
                    ta(
                        60,
                        "Won't touch defence work - conscientious, Quaker family. Civilian "
                        "freight only.",
                    )
                ],
            ),
            crew(PLANNER, "Canberra, Australia")(
                "Digby Strathearn",
                2,
                touches=[
                    ta(
                        60,
                        "Ex-RACT, 12 yrs army logistics - wants to stay close to Defence work.",
                    )
                ],
            ),
        ],
        **job(
            PLANNER_JOB,
            dict(remote_policy="onsite", location="Canberra, Australia"),
            description="Plan freight for a Department of Defence logistics contract.",
        ),
    ),
    C(
        "wants to move vaccines and medicines vs nothing said, a pharma cold-chain role",
        "cs",
        [
            crew(DC_MANAGER, "Singapore")(
                "Chua Bee Lian Serene",
                2,
                touches=[
                    inmail(
                        50,
                        "After Covid I'd love to work in pharma cold chain - moving vaccines "
                        "feels like it matters.",
                    )
                ],
            ),
            crew(DC_MANAGER, "Singapore")("Koh Swee Hoon Adeline", 1),
        ],
        **job(
            DC_JOB,
            SINGAPORE,
            title="Shift Manager, Pharma Cold Chain DC",
            description="GDP-certified 2-8°C distribution of vaccines and medicines.",
        ),
    ),
    C(
        "never crew a livestock carrier again vs no problem with livestock carriers",
        "cs",
        [
            crew(MARINE_ENG, "Fremantle, Australia")(
                "Declan Fitzmaurice",
                0,
                touches=[
                    mail(
                        90,
                        "I will never again sail on a livestock carrier after what I saw on "
                        "the Gulf run in summer.",
                    )
                ],
            ),
            crew(MARINE_ENG, "Fremantle, Australia")(
                "Ewan Macrae-Lindsay",
                2,
                touches=[
                    mail(
                        90,
                        "Two contracts on livestock carriers, no problem with them - decent "
                        "ships, good engine rooms.",
                    )
                ],
            ),
        ],
        **job(
            MARINE_JOB,
            AT_SEA,
            title="Second Engineer, Livestock Carrier",
            description="Sail on a livestock carrier on the Fremantle to Middle East run.",
        ),
    ),
    C(
        "wants humanitarian work vs after the salary, a humanitarian logistics role",
        "cs",
        [
            crew(FORWARDER, "Dubai, UAE")(
                "Amara Chukwuma-Nwosu",
                2,
                touches=[
                    mail(
                        45,
                        "Volunteered in a relief warehouse after the Türkiye earthquake - I "
                        "want my logistics to go to humanitarian work.",
                    )
                ],
            ),
            crew(FORWARDER, "Dubai, UAE")(
                "Ifeoma Adebanjo",
                1,
                touches=[mail(45, "Honestly it's about the package for me at this point.")],
            ),
        ],
        **job(
            FORWARDING_JOB,
            DUBAI,
            title="Humanitarian Logistics Officer",
            description="Move relief cargo from the Dubai humanitarian hub.",
        ),
    ),
]

# --- 17. technology ---------------------------------------------------------------------------

TECH = [
    C(
        "wants to drive electric prime movers vs diesel man, no EVs, an electric fleet",
        "cs",
        [
            crew(HC_DRIVER, "Port Melbourne, Australia")(
                "Jackson Thirlwell",
                2,
                touches=[
                    wa(35, "keen as to drive one of them electric volvos, future of the game")
                ],
            ),
            crew(HC_DRIVER, "Port Melbourne, Australia")(
                "Ashton Bramwell-Cole",
                0,
                touches=[wa(35, "diesel man thru and thru, not interested in driving a battery")],
            ),
        ],
        **job(
            LINEHAUL,
            MELBOURNE,
            title="HC Driver, Electric Fleet",
            offers=["Battery-electric prime movers on metro container work"],
        ),
    ),
    C(
        "wants off SAP and onto Manhattan vs wants to stay in SAP, a Manhattan site",
        "cs",
        [
            crew(DC_MANAGER, "Johannesburg, South Africa")(
                "Thandeka Zungu",
                2,
                touches=[
                    mail(
                        40,
                        "I'd love to leave SAP EWM behind - Manhattan Active is where I want "
                        "to be.",
                    )
                ],
            ),
            crew(DC_MANAGER, "Johannesburg, South Africa")(
                "Palesa Motaung",
                0,
                touches=[mail(40, "I want to stay in the SAP world, EWM is my career path.")],
            ),
        ],
        **job(
            DC_JOB,
            JOBURG,
            requirements="Leading shifts of 50+\nManhattan WMS\nSafety leadership",
        ),
    ),
    C(
        "wants off ATRs and onto the 787 vs wants to stay on turboprops, a 787 role",
        "cs",
        [
            crew(LAME, "Auckland, New Zealand")(
                "Tui Parekowhai",
                2,
                touches=[
                    agency(50, "Eng wants off ATRs - after a 787 course, widebody is the goal.")
                ],
            ),
            crew(LAME, "Auckland, New Zealand")(
                "Marama Tekoi",
                0,
                touches=[agency(50, "Eng happy on turboprops, no interest in widebodies.")],
            ),
        ],
        **job(
            LAME_JOB,
            AUCKLAND,
            title="Licensed Aircraft Engineer (B1), B787",
            offers=["B787 type course paid"],
        ),
    ),
    C(
        "refuses to go back to CargoWise vs a CargoWise power user, a CargoWise shop",
        "cs",
        [
            crew(FORWARDER, "Brisbane, Australia")(
                "Georgiana Tolhurst",
                0,
                touches=[ta(40, "Says she'll never go back to CargoWise, hated it.")],
            ),
            crew(FORWARDER, "Brisbane, Australia")(
                "Felicity Ravenscroft",
                2,
                touches=[ta(40, "CW1 power user, wants to stay on CargoWise.")],
            ),
        ],
        **job(
            FORWARDING_JOB,
            BRISBANE,
            requirements="Sea and air freight\nCargoWise One\nIncoterms",
        ),
    ),
]

# --- 18. the latest process -------------------------------------------------------------------

PROCESS = [
    C(
        "placed by us two months ago vs lost a final in the spring",
        "cs",
        [
            crew(PLANNER, "Brisbane, Australia")(
                "Oberon Fitzwilliam",
                0,
                apps=[
                    app(
                        60,
                        "offer",
                        "hired",
                        None,
                        "Placed with our Wacol client as planner, started late Sept",
                        role="Transport Planner",
                    )
                ],
            ),
            crew(PLANNER, "Brisbane, Australia")(
                "Percival Ainsworth",
                2,
                apps=[lost_final(220, "Close second", role="Transport Planner")],
            ),
        ],
        **job(PLANNER_JOB, BRISBANE),
    ),
    C(
        "reached the final vs CV never put forward",
        "cs",
        [
            crew(CABIN_CREW, "Kuala Lumpur, Malaysia")(
                "Farah Nadhirah binti Aziz",
                2,
                apps=[
                    lost_final(
                        180,
                        "Final panel loved her, one seat only",
                        role="Senior Cabin Crew",
                    )
                ],
            ),
            crew(CABIN_CREW, "Kuala Lumpur, Malaysia")(
                "Nabilah Huda binti Rahim",
                1,
                apps=[
                    rejected(
                        180,
                        "other",
                        "CV not put forward, role filled first",
                        stage="applied",
                        role="Senior Cabin Crew",
                    )
                ],
            ),
        ],
        **job(CABIN_JOB, KL),
    ),
    C(
        "took a counter-offer three weeks ago vs took one two years ago and regrets it",
        "cs",
        [
            crew(FORWARDER, "Auckland, New Zealand")(
                "Juliet Harcourt-Vane",
                0,
                apps=[
                    declined(
                        21,
                        "counteroffer",
                        "Accepted a counter from her current forwarder at the last minute",
                    )
                ],
            ),
            crew(FORWARDER, "Auckland, New Zealand")(
                "Ottoline Beresford",
                2,
                apps=[
                    declined(
                        720,
                        "counteroffer",
                        "Took a counteroffer",
                    )
                ],
                touches=[
                    mail(
                        80,
                        "Staying for the counter was a mistake - nothing changed. Would "
                        "love to hear from you.",
                    )
                ],
            ),
        ],
        **job(FORWARDING_JOB, AUCKLAND),
    ),
    C(
        "withdrew a month ago to take another job vs withdrew long ago, that job has ended",
        "cs",
        [
            crew(DISPATCHER, "Durban, South Africa")(
                "Sibusiso Mahlangu",
                0,
                apps=[
                    withdrew(
                        30,
                        "other",
                        "Withdrew - accepted a dispatch job at a Pinetown carrier",
                        role="Operations Dispatcher",
                    )
                ],
            ),
            crew(DISPATCHER, "Durban, South Africa")(
                "Mandla Zwane",
                2,
                apps=[
                    withdrew(
                        540,
                        "other",
                        "Withdrew - accepted a job elsewhere",
                        role="Operations Dispatcher",
                    )
                ],
                touches=[rang(50, "Mandla - that carrier closed its depot in Aug, he's looking.")],
            ),
        ],
        **job(DISPATCH_JOB, DURBAN),
    ),
]

# --- 19. the latest word over time ------------------------------------------------------------

LATEST_WORD = [
    C(
        "nights refused then fine vs nights fine then refused, a night role",
        "cs",
        [
            crew(DC_MANAGER, "Truganina, Australia")(
                "Roxanne Tregaskis",
                2,
                touches=[
                    ta(300, "No nights - kids too young."),
                    ta(40, "Update: kids at high school now, nights fine again."),
                ],
            ),
            crew(DC_MANAGER, "Truganina, Australia")(
                "Delphine Attwater",
                0,
                touches=[
                    ta(300, "Nights fine, done them for years."),
                    ta(40, "Update: after the heart scare, day shift only from now on."),
                ],
            ),
        ],
        **job(NIGHT_DC, MELBOURNE),
    ),
    C(
        "a stop taken back vs a 'keep me posted' hardened into a deletion",
        "cs",
        [
            crew(HC_DRIVER, "Townsville, Australia")(
                "Garth Pennycuick",
                2,
                touches=[
                    wa(250, "stop messaging me, not interested in yous"),
                    wa(
                        30,
                        "sorry bout earlier in the year mate, rough patch. looking now if u "
                        "got anything",
                    ),
                ],
            ),
            crew(HC_DRIVER, "Townsville, Australia")(
                "Blair Quigg",
                0,
                touches=[
                    wa(250, "keep me posted mate"),
                    wa(30, "actually delete my details, dont contact me again"),
                ],
                excluded=True,
            ),
        ],
        **job(LINEHAUL, dict(remote_policy="onsite", location="Townsville, Australia")),
    ),
    C(
        "Darwin refused then wanted vs Darwin wanted then refused",
        "cs",
        [
            crew(LAME, "Adelaide, Australia")(
                "Horatio Pilbeam",
                2,
                touches=[
                    agency(320, "Eng won't go to Darwin - the wet season, no thanks."),
                    agency(45, "Eng now keen on Darwin - partner got a job at RDH."),
                ],
            ),
            crew(LAME, "Adelaide, Australia")(
                "Algernon Beckwith",
                0,
                touches=[
                    agency(320, "Eng keen on Darwin, likes the heat."),
                    agency(45, "Eng has changed his mind, Darwin off the table - Adelaide only."),
                ],
            ),
        ],
        **job(LAME_JOB, DARWIN),
    ),
    C(
        "a pay ask lowered vs a pay ask raised, a $120k to $130k role",
        "cs",
        [
            crew(PLANNER, "Sydney, Australia")(
                "Cosima Fairclough",
                2,
                touches=[
                    ta(280, "Wants $150k base."),
                    ta(35, "Revised: $125k base fine if it's close to home."),
                ],
            ),
            crew(PLANNER, "Sydney, Australia")(
                "Seraphina Waddington",
                0,
                touches=[
                    ta(280, "Wants $120k base."),
                    ta(35, "Revised: now needs $150k base after an offer elsewhere."),
                ],
            ),
        ],
        **job(PLANNER_JOB, SYDNEY, salary_min=120_000, salary_max=130_000, currency="AUD"),
    ),
    C(
        "FIFO wanted then residential only vs residential only then FIFO wanted",
        "cs",
        [
            crew(HC_DRIVER, "Kalgoorlie, Australia")(
                "Rhett Cattermull",
                0,
                touches=[
                    rang(330, "Rhett - keen on FIFO haul work."),
                    rang(40, "Rhett - bub arrived, residential only now."),
                ],
            ),
            crew(HC_DRIVER, "Kalgoorlie, Australia")(
                "Cooper Wintergreen",
                2,
                touches=[
                    rang(330, "Cooper - residential only."),
                    rang(40, "Cooper - split with the missus, FIFO suits him now."),
                ],
            ),
        ],
        **job(
            LINEHAUL,
            PERTH,
            title="Road Train Driver (FIFO)",
            offers=["FIFO 2 weeks on / 1 off to the Goldfields"],
        ),
    ),
]

HELDOUT22_CASES: list[Case] = [
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
