"""Held-out rediscovery cases, forty-ninth set: energy and utilities, written by a forty-ninth
stranger to the reader (its code, its labelled sets and the earlier case files' sentences were
not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 49") and never tuned to what Encore does. The recruiters are an
engineering-staffing agency placing offshore and field crews (Aberdeen, Great Yarmouth,
Stavanger, Houston, Calgary, Abu Dhabi) and in-house energy talent teams at a grid operator, a
nuclear new build, a water utility, a power-trading house and a battery-storage developer. The
people are wind turbine technicians, HV authorised persons, control-room operators, renewables
project managers, geoscientists, IRATA rope-access techs, commissioning engineers and power
traders, in the UK, Norway, Germany, Texas, Alberta and the Gulf. Their world is rotations
(2-on-2-off, 3/3, 28/28, the Norwegian 2-4), BOSIET, GWO and TWIC tickets, day rates and hourly
rates with per diem, turnarounds, refuelling outages, hurricane season and Ramadan.

Voices: terse ATS shorthand with typos ("cand", "LM", "2/2 ok", "ROTW", "no nites"), lower-case
WhatsApps from the beach or the rig, LinkedIn replies, candidates' emails, formal letters,
recruiters' third-person call notes, long rambling notes where one line decides, and lines in
Norwegian and German.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (an email leaving the industry, a WhatsApp, a LinkedIn reply, Norwegian, German GDPR
   erasure, a consultant's DNC, a formal letter withdrawing consent, a Texan "quit calling", a
   one-word "Unsubscribe", a Gulf "kindly remove my number", a furious reply after a final):
   never shown; beside each a scoped stop (the newsletter only, not on WhatsApp, not on LinkedIn,
   not while offshore, a new mobile, not that operator again, a change of address, no more
   oil-field roles, the digest only, not in site hours, feedback owed first);
2. waits counted from the day said (three weeks on a hitch, three months' notice, a German
   Kündigungsfrist to the quarter end, "nothing before March" in ERCOT's winter, etter påske,
   after the Q1 bonus, a spring turnaround, after Eid, nach Neujahr, a refuelling outage, a baby,
   a ticket course in January, six months of commissioning), each against a twin whose wait ran
   out long ago; notes full of dates that ask for no wait, against a probation and a hitch;
3. schedule (2/2, 28/28, continental shifts, on-call storm cover, weekends, outage hours, 3/3,
   turnus, Nachtschicht, Mon-Fri days), travel (field service, FIFO, Permian driving, flying,
   hotels, Oslo trips, site visits), visa and right to work (sponsorship, ILR, EEA, H-1B, SC
   vetting), contract (perm, day rate, fixed term, part time, IR35) and commute (the M5 to
   Hinkley, the Queensferry Crossing, the Humber Bridge, I-45, the QE2, the Nordwestbahn, the
   Elizabeth line, the Ruwais road, the Stavanger tunnels);
4. pay against the band: GBP annual, a day rate, NOK, euros a month against a year, dollars an
   hour with per diem, a current salary above the band with a lower ask, AED a month, a trading
   base against bonus;
5. work mode said only in the title, only in the description, hybrid days in the offers, in the
   policy field; negation and its scope ("not opposed to", "it wasn't the pay, it was the
   rotation", "no problem with heights", "never said no to oil and gas, only to fracking");
6. location and relocation, managing against hands-on, company stage and size (start-ups,
   Mittelstand, majors, NOCs, PE-backed, consultancies), industry and mission (oil and gas,
   oil sands, fracking, nuclear, CCS, the Energiewende, oil majors' new-energy arms, water,
   gas trading, Gulf solar) and technology (Vestas against Siemens Gamesa, Python, Megapacks,
   Petrel);
7. last time's reason resolved by this role or still standing, the history with us (a GWO
   since renewed, a safety breach, a placement we made weeks ago, a no-show) and the latest
   process;
8. several notes over time where the latest word counts (rotations, an opt-out taken back and a
   "keep me posted" turned into erasure, Norway, a pay ask, oil and gas, nights, the office).

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

WIND_TECH = dict(
    current_title="Wind Turbine Technician",
    skills=["GWO BST", "Siemens Gamesa SG 8.0", "Torque and tension", "Main component exchange"],
    years_experience=6,
    resume_text=(
        "Offshore wind technician, six years on Siemens Gamesa and Vestas turbines: scheduled "
        "service, bolt torque and tension, fault finding, main component exchange, GWO BST and "
        "BOSIET in date."
    ),
)
HV_ENG = dict(
    current_title="Senior HV Engineer",
    skills=["132kV substations", "Senior Authorised Person", "Protection testing", "Switching"],
    years_experience=10,
    resume_text=(
        "HV engineer and SAP, ten years on 33kV to 132kV substations for a DNO and offshore wind "
        "export systems: switching programmes, protection testing, permits and safety documents."
    ),
)
CRO = dict(
    current_title="Control Room Operator",
    skills=["DCS", "Permit to work", "Process safety", "Shift handover"],
    years_experience=8,
    resume_text=(
        "Control room operator, eight years on gas processing and CCGT plant: Honeywell and ABB "
        "DCS, start-ups and trips, permit to work, alarm management and shift handovers."
    ),
)
RENEW_PM = dict(
    current_title="Project Manager, Renewables",
    skills=["Solar PV EPC", "Battery storage", "NEC4", "Primavera P6"],
    years_experience=9,
    resume_text=(
        "Renewables project manager, nine years delivering utility-scale solar and battery "
        "projects from financial close to COD: NEC4 contracts, P6 programmes, grid connection "
        "and EPC interfaces."
    ),
)
GEO = dict(
    current_title="Senior Geoscientist",
    skills=["Seismic interpretation", "Petrel", "Reservoir characterisation", "CO2 storage"],
    years_experience=11,
    resume_text=(
        "Geoscientist, eleven years on North Sea and Western Canada assets: seismic "
        "interpretation in Petrel, reservoir characterisation, well planning and a CO2 storage "
        "site appraisal."
    ),
)
ROPE = dict(
    current_title="IRATA Level 3 Rope Access Technician",
    skills=["IRATA Level 3", "Blade repair", "BOSIET", "NDT inspection"],
    years_experience=7,
    resume_text=(
        "IRATA Level 3 supervisor, seven years of blade repair, leading-edge protection and NDT "
        "inspection on onshore and offshore turbines and platform structures."
    ),
)
COMMS = dict(
    current_title="Commissioning Engineer",
    skills=["HV commissioning", "BESS", "SCADA", "Inverters"],
    years_experience=8,
    resume_text=(
        "Commissioning engineer, eight years energising solar farms, battery storage and "
        "substations: inverter and BESS commissioning, SCADA integration, cold and hot testing."
    ),
)
TRADER = dict(
    current_title="Power Trader",
    skills=["Day-ahead and intraday", "EPEX SPOT", "Python", "Risk limits"],
    years_experience=6,
    resume_text=(
        "Power trader, six years on day-ahead and intraday desks in GB and Germany: EPEX and "
        "Nord Pool, battery optimisation, Python models and working within risk limits."
    ),
)

# --- what the roles are ---------------------------------------------------------------------

WIND_ROLE = dict(
    title="Offshore Wind Turbine Technician",
    department="Operations and Maintenance",
    seniority="mid",
    requirements="GWO BST\nBOSIET or equivalent\nWind turbine service\nTorque and tension",
    description="Service and repair turbines on an operating offshore wind farm.",
)
HV_ROLE = dict(
    title="Senior HV Engineer (SAP)",
    department="Networks",
    seniority="senior",
    requirements="Senior Authorised Person\n132kV substations\nProtection testing\nSwitching",
    description="Own switching and protection work on a transmission and distribution network.",
)
CRO_ROLE = dict(
    title="Control Room Operator",
    department="Operations",
    seniority="mid",
    requirements="DCS experience\nPermit to work\nProcess safety\nShift handover",
    description="Run the plant from the central control room.",
)
PM_ROLE = dict(
    title="Project Manager, Solar and Storage",
    department="Projects",
    seniority="senior",
    requirements="Utility-scale solar or BESS delivery\nNEC4\nPrimavera P6\nGrid connection",
    description="Deliver utility-scale solar and battery projects from financial close to COD.",
)
GEO_ROLE = dict(
    title="Senior Geoscientist",
    department="Subsurface",
    seniority="senior",
    requirements="Seismic interpretation\nPetrel\nReservoir characterisation",
    description="Interpret seismic and characterise reservoirs across the portfolio.",
)
ROPE_ROLE = dict(
    title="IRATA Level 3 Rope Access Technician",
    department="Blade Services",
    seniority="mid",
    requirements="IRATA Level 3\nBlade repair\nBOSIET\nNDT",
    description="Blade inspection and repair campaigns on wind turbines.",
)
COMMS_ROLE = dict(
    title="Commissioning Engineer",
    department="Projects",
    seniority="senior",
    requirements="HV commissioning\nBESS\nSCADA\nInverters",
    description="Commission battery storage and solar sites and hand them over to operations.",
)
TRADE_ROLE = dict(
    title="Power Trader",
    department="Trading",
    seniority="senior",
    requirements="Day-ahead and intraday trading\nPython\nRisk management",
    description="Trade short-term power and optimise a battery fleet.",
)


def job(what: dict, remote_policy="onsite", location="Aberdeen, UK", **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, "remote_policy": remote_policy, "location": location, **more}


# --- who wrote what -------------------------------------------------------------------------


def ats(days, note) -> dict:
    """A line typed into the ATS by a consultant, in their shorthand."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def call(days, note) -> dict:
    """A recruiter's third-person call note."""
    return touch(days, "outbound", "replied", "note", note=note, channel="phone")


def wa(days, words) -> dict:
    """A WhatsApp or text from the candidate, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def li(days, words) -> dict:
    """A LinkedIn reply from the candidate."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def mail(days, words) -> dict:
    """The candidate's email or letter."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def x(name, grade, *bits, excluded=False, **kw) -> dict:
    """One person: statements (``(text, days_ago)`` when the day matters), applications and
    touchpoints in any order, and anything else about them."""
    said = [b for b in bits if isinstance(b, str | tuple)]
    apps = [b for b in bits if isinstance(b, dict) and "stage_reached" in b]
    touches = [b for b in bits if isinstance(b, dict) and "stage_reached" not in b]
    return dict(
        name=name, grade=grade, said=said, apps=apps, touches=touches, excluded=excluded, kw=kw
    )


def case(name, opening, persona, where, *people) -> Case:
    """People of one kind (``persona``), living in ``where`` unless they say otherwise."""
    return C(
        name,
        "sre",
        [
            P(
                p["name"],
                "sre",
                p["grade"],
                *p["said"],
                apps=p["apps"],
                touches=p["touches"],
                excluded=p["excluded"],
                **{**persona, "location": where, **p["kw"]},
            )
            for p in people
        ],
        **opening,
    )


def final_loss(days, note=None, role="Wind Turbine Technician") -> dict:
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


# --- 1. opt-outs, each beside a scoped stop that is not one ----------------------------------

OPT_OUTS = [
    case(
        "left the industry, take me off your books vs take me off the newsletter only",
        job(WIND_ROLE, location="Great Yarmouth, UK"),
        WIND_TECH,
        "Lowestoft, UK",
        x(
            "Darren Cobbold",
            0,
            mail(
                45,
                "Hi, I've packed in wind and gone back to the family farm. Take me off "
                "your books completely please and don't contact me about anything again.",
            ),
            excluded=True,
        ),
        x(
            "Kieran Thirtle",
            2,
            mail(
                45,
                "Can you take me off the monthly newsletter? Too much spam. Still want "
                "a call if a tech job comes up out of Yarmouth though.",
            ),
        ),
    ),
    case(
        "WhatsApp: stop messaging me, ever vs stop the whatsapps, email instead",
        job(WIND_ROLE, location="Grimsby, UK", offers=["2 weeks on, 2 weeks off, CTV transfers"]),
        WIND_TECH,
        "Cleethorpes, UK",
        x(
            "Shane Ridlington",
            0,
            wa(30, "stop messaging me. not interested in anything from you lot, now or ever"),
            excluded=True,
        ),
        x(
            "Liam Stobart",
            2,
            wa(
                30,
                "pls stop the whatsapps mate im offshore half the time with no signal. "
                "email me instead, still after a move",
            ),
        ),
    ),
    case(
        "LinkedIn: do not contact me again vs not on LinkedIn, email me",
        job(HV_ROLE, location="Glasgow, UK"),
        HV_ENG,
        "Glasgow, UK",
        x(
            "Fraser McAlinden",
            0,
            li(
                60,
                "Please do not contact me again about opportunities, here or anywhere "
                "else. I'm not interested.",
            ),
            excluded=True,
        ),
        x(
            "Euan Hebden",
            2,
            li(
                60,
                "I hardly ever log in here, so please don't message me on LinkedIn. "
                "Email is best - and yes, still open to SAP roles in the central belt.",
            ),
        ),
    ),
    case(
        "Norwegian: never contact me again vs don't ring while I'm offshore",
        job(CRO_ROLE, location="Stavanger, Norway", offers=["2-4 turnus offshore"]),
        CRO,
        "Sandnes, Norway",
        x(
            "Øystein Haugland",
            0,
            mail(50, "Ikke kontakt meg igjen, og slett alle opplysningene dere har om meg."),
            excluded=True,
        ),
        x(
            "Torbjørn Eikeland",
            2,
            mail(
                50,
                "Ikke ring meg mens jeg er offshore, send heller en e-post, så svarer "
                "jeg når jeg er hjemme. Fortsatt interessert i kontrollromsjobber.",
            ),
        ),
    ),
    case(
        "German: erase my data under the GDPR vs use my new mobile, not the company number",
        job(TRADE_ROLE, location="Düsseldorf, Germany", remote_policy="hybrid"),
        TRADER,
        "Düsseldorf, Germany",
        x(
            "Jens Brockhoff",
            0,
            mail(
                40,
                "Bitte löschen Sie gemäß Art. 17 DSGVO sämtliche Daten zu meiner Person "
                "und sehen Sie von jeder weiteren Kontaktaufnahme ab.",
            ),
            excluded=True,
        ),
        x(
            "Marcel Overbeck",
            2,
            mail(
                40,
                "Bitte nicht mehr über die Firmennummer anrufen - meine neue Handynummer "
                "ist 0171 5550192. Angebote für Intraday-Desks gerne weiterhin.",
            ),
        ),
    ),
    case(
        "consultant: DNC on all lists vs not to be put forward to Equinor again",
        job(
            GEO_ROLE,
            location="Stavanger, Norway",
            description="Aker BP: interpret seismic and characterise reservoirs on the "
            "Yggdrasil area.",
        ),
        GEO,
        "Stavanger, Norway",
        x(
            "Ingrid Sæther",
            0,
            call(
                80,
                "Spoke to cand. V clear she wants no contact of any kind from us again - "
                "removed from all mailings, DNC set on her record.",
            ),
            excluded=True,
        ),
        x(
            "Kari Tveit",
            2,
            call(
                80,
                "Spoke to cand. Asked us never to submit her to Equinor again (left on "
                "bad terms) - any other operator is fine, keen on Aker BP.",
            ),
        ),
    ),
    case(
        "formal letter withdrawing consent vs formal letter with a change of address",
        job(HV_ROLE, location="Warrington, UK"),
        HV_ENG,
        "Runcorn, UK",
        x(
            "Geoffrey Ainsworth",
            0,
            mail(
                100,
                "Dear Sir or Madam, I write to withdraw my consent to your holding my "
                "personal details and to ask that you cease all contact with me forthwith. "
                "Yours faithfully, G. Ainsworth",
            ),
            excluded=True,
        ),
        x(
            "Malcolm Pendlebury",
            2,
            mail(
                100,
                "Dear Sir or Madam, please note that I have moved house to Runcorn and "
                "changed employer. Kindly update your records; I remain interested in HV "
                "positions in the North West. Yours faithfully, M. Pendlebury",
            ),
        ),
    ),
    case(
        "Texas: quit calling, I'm done vs quit sending oil-field jobs, solar only",
        job(
            PM_ROLE,
            location="Midland, TX, USA",
            description="Deliver a 300 MW solar and storage project in West Texas.",
        ),
        RENEW_PM,
        "Midland, TX, USA",
        x(
            "Cody Fairchild",
            0,
            wa(25, "yall need to quit calling me. im done. unsubscribe me from everything you got"),
            excluded=True,
        ),
        x(
            "Travis Odom",
            2,
            wa(
                25,
                "quit sending me the Permian oilfield stuff, Im out of oil for good. solar "
                "or battery jobs round Midland, yes please",
            ),
        ),
    ),
    case(
        "one-word 'Unsubscribe' to a job email vs unsubscribe from the market-jobs digest",
        job(TRADE_ROLE, location="London, UK", remote_policy="hybrid"),
        TRADER,
        "London, UK",
        x("Oliver Ogilvie", 0, mail(35, "Unsubscribe me."), excluded=True),
        x(
            "Rupert Kinsella",
            2,
            mail(
                35,
                "Please unsubscribe me from the weekly trading-jobs digest - but direct "
                "approaches for intraday roles are still very welcome.",
            ),
        ),
    ),
    case(
        "Gulf: kindly remove my number vs kindly call after 4pm, on site at Ruwais",
        job(COMMS_ROLE, location="Abu Dhabi, UAE"),
        COMMS,
        "Abu Dhabi, UAE",
        x(
            "Rajesh Menon",
            0,
            wa(
                55,
                "Kindly remove my number from your system. I am not looking and do not "
                "wish to be contacted further.",
            ),
            excluded=True,
        ),
        x(
            "Suresh Tulloch",
            2,
            wa(
                55,
                "Kindly call only after 4pm Gulf time, I am on site at Ruwais during the "
                "day. Interested in BESS commissioning roles.",
            ),
        ),
    ),
    case(
        "furious after the final, never again vs feedback owed, still keen",
        job(WIND_ROLE, location="Esbjerg, Denmark"),
        WIND_TECH,
        "Esbjerg, Denmark",
        x(
            "Mikkel Vestergaard",
            0,
            final_loss(120),
            mail(
                90,
                "After the way that final was handled I never want to hear from your "
                "agency again. Delete me.",
            ),
            excluded=True,
        ),
        x(
            "Rasmus Quayle",
            2,
            final_loss(120),
            mail(
                90,
                "Still waiting on feedback from the final in Esbjerg - would really like "
                "it. Doesn't change that I'd go for the next O&M tech job you have.",
            ),
        ),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait ran out --------------

WAITS = [
    case(
        "back on the beach in three weeks: said five days ago vs said in the summer",
        job(WIND_ROLE, location="Great Yarmouth, UK"),
        WIND_TECH,
        "Norwich, UK",
        x("Gary Tuttle", 1, wa(5, "on a hitch, back on the beach in 3 wks, call me then")),
        x("Wayne Hipperson", 2, wa(130, "on a hitch, back on the beach in 3 wks, call me then")),
    ),
    case(
        "three months' notice: resigned a fortnight ago vs resigned in June",
        job(HV_ROLE, location="Glasgow, UK"),
        HV_ENG,
        "Paisley, UK",
        x(
            "Alasdair Aldous",
            1,
            call(14, "Cand resigned from SPEN today. 3 months notice, can't start before then."),
        ),
        x(
            "Ruaridh Menzies",
            2,
            call(160, "Cand resigned from SPEN today. 3 months notice, can't start before then."),
        ),
    ),
    case(
        "German notice to the quarter end: said this month vs said in the spring",
        job(HV_ROLE, location="Hamburg, Germany"),
        HV_ENG,
        "Hamburg, Germany",
        x(
            "Lars Petersen",
            1,
            mail(
                20,
                "Meine Kündigungsfrist beträgt drei Monate zum Quartalsende - "
                "ich bin also frühestens ab dem 1. April verfügbar.",
            ),
        ),
        x(
            "Hauke Jansen",
            2,
            mail(
                230,
                "Meine Kündigungsfrist beträgt drei Monate zum Quartalsende - "
                "ich bin also frühestens ab dem 1. Juli verfügbar.",
            ),
        ),
    ),
    case(
        "nothing before March (ERCOT winter prep): said this month vs said last January",
        job(CRO_ROLE, location="Houston, TX, USA", title="Control Room Operator, CCGT"),
        CRO,
        "Pasadena, TX, USA",
        x(
            "Dustin Kopecky",
            1,
            ("Mid-way through winter readiness for ERCOT - nothing before March.", 15),
        ),
        x(
            "Brandon Ybarra",
            2,
            ("Mid-way through winter readiness for ERCOT - nothing before March.", 320),
        ),
    ),
    case(
        "etter påske: said last month vs said last winter",
        job(GEO_ROLE, location="Bergen, Norway"),
        GEO,
        "Bergen, Norway",
        x("Sigrid Rennie", 1, mail(30, "Vi tar det etter påske - ikke før.")),
        x("Astrid Myklebust", 2, mail(300, "Vi tar det etter påske - ikke før.")),
    ),
    case(
        "after the Q1 bonus pays out: said in October vs said a year ago",
        job(TRADE_ROLE, location="London, UK", remote_policy="hybrid"),
        TRADER,
        "London, UK",
        x("Hugo Pemberton", 1, ("Desk bonus pays end of Q1 - not moving before.", 40)),
        x("Felix Ashdown", 2, ("Desk bonus pays end of Q1 - not moving before.", 330)),
    ),
    case(
        "a spring turnaround at Mongstad: said this month vs said last autumn",
        job(CRO_ROLE, location="Bergen, Norway"),
        CRO,
        "Knarvik, Norway",
        x(
            "Eirik Hope",
            1,
            call(
                20,
                "Cand committed to the Mongstad turnaround Feb-April. Won't walk out "
                "mid-TA. Re-approach once it's done.",
            ),
        ),
        x(
            "Håkon Rasmussen",
            2,
            call(
                400,
                "Cand committed to the Mongstad turnaround Feb-April. Won't walk out "
                "mid-TA. Re-approach once it's done.",
            ),
        ),
    ),
    case(
        "after Eid al-Fitr: said this month vs said last January",
        job(COMMS_ROLE, location="Doha, Qatar"),
        COMMS,
        "Doha, Qatar",
        x("Omar Al-Sayed", 1, wa(10, "Please, after Eid al-Fitr. Not during Ramadan.")),
        x("Khalid Haddad", 2, wa(320, "Please, after Eid al-Fitr. Not during Ramadan.")),
    ),
    case(
        "nach Neujahr: said a fortnight ago vs said last December",
        job(COMMS_ROLE, location="Bremen, Germany"),
        COMMS,
        "Bremen, Germany",
        x("Timo Wessels", 1, mail(12, "Lassen Sie uns nach Neujahr sprechen, vorher geht nix.")),
        x("Sven Ahlers", 2, mail(340, "Lassen Sie uns nach Neujahr sprechen, vorher geht nix.")),
    ),
    case(
        "a refuelling outage with six weeks to run: said ten days ago vs said in August",
        job(CRO_ROLE, location="Bridgwater, UK", title="Reactor Desk Operator"),
        CRO,
        "Bridgwater, UK",
        x(
            "Neil Coombes",
            1,
            ats(10, "cand on Sizewell B refuelling outage, 6 wks left. wont leave mid-outage"),
        ),
        x(
            "Stuart Venn",
            2,
            ats(100, "cand on Sizewell B refuelling outage, 6 wks left. wont leave mid-outage"),
        ),
    ),
    case(
        "a baby due in January, six weeks off: said this month vs said two years ago",
        job(PM_ROLE, location="Bristol, UK", remote_policy="hybrid"),
        RENEW_PM,
        "Bristol, UK",
        x(
            "Tom Wheatcroft",
            1,
            mail(
                20,
                "Baby due in January and I'm taking six weeks off after - let's talk "
                "once I'm back.",
            ),
        ),
        x(
            "James Hollyoak",
            2,
            mail(
                700,
                "Baby due in January and I'm taking six weeks off after - let's talk "
                "once I'm back.",
            ),
        ),
    ),
    case(
        "GWO refresher and BOSIET renewal in mid-January: said this month vs said last year",
        job(ROPE_ROLE, location="Aberdeen, UK"),
        ROPE,
        "Aberdeen, UK",
        x(
            "Callum Birnie",
            1,
            ("GWO refresher and BOSIET renewal booked mid-Jan - put me forward after.", 20),
        ),
        x(
            "Jamie Duthie",
            2,
            ("GWO refresher and BOSIET renewal booked mid-Jan - put me forward after.", 330),
        ),
    ),
    case(
        "six months to finish Dogger Bank C: said last month vs said in March",
        job(COMMS_ROLE, location="Teesside, UK"),
        COMMS,
        "Middlesbrough, UK",
        x(
            "Andrew Pickersgill",
            1,
            call(30, "Cand wants 6 months to see Dogger Bank C commissioning through."),
        ),
        x(
            "Michael Dobson",
            2,
            call(250, "Cand wants 6 months to see Dogger Bank C commissioning through."),
        ),
    ),
]

NO_WAIT = [
    case(
        "tickets and hitch dates, free on off weeks vs don't call before the hitch ends",
        job(WIND_ROLE, location="Aberdeen, UK"),
        WIND_TECH,
        "Aberdeen, UK",
        x(
            "Ross Mackie",
            2,
            wa(
                10,
                "BOSIET renewed 03/25, GWO good till 09/27, next hitch starts 2 dec. free "
                "to interview any of my off weeks",
            ),
        ),
        x(
            "Gordon Strachan-Bell",
            1,
            wa(
                10,
                "BOSIET renewed 03/25, GWO good till 09/27. on hitch till mid jan, dont put "
                "me forward before that",
            ),
        ),
    ),
    case(
        "joined in March, probation passed in September vs joined in October, on probation",
        job(HV_ROLE, location="Reading, UK"),
        HV_ENG,
        "Reading, UK",
        x(
            "Priya Chandrasekar",
            2,
            call(
                15,
                "Cand joined SSEN 01/03/26, probation signed off 01/09, moved house "
                "in Oct. Ready to talk whenever.",
            ),
        ),
        x(
            "Anjali Rathore",
            1,
            call(
                15, "Cand joined SSEN 01/10/26, on probation till April, won't risk it before then."
            ),
        ),
    ),
    case(
        "a rambling note of dates with no ask vs the same with 'not before summer'",
        job(GEO_ROLE, location="Calgary, AB, Canada"),
        GEO,
        "Calgary, AB, Canada",
        x(
            "Brent Kowalchuk",
            2,
            call(
                25,
                "Long chat. Back from Banff 12 Nov, daughter's grad in June, field trip "
                "to the Montney in Sept, Petrel 2024 course last spring. Free to interview "
                "any afternoon.",
            ),
        ),
        x(
            "Darcy Lemieux",
            1,
            call(
                25,
                "Long chat. Back from Banff 12 Nov, daughter's grad in June, field trip "
                "to the Montney in Sept. Not moving before summer, wants to see the grad "
                "through first.",
            ),
        ),
    ),
]

# --- 3. schedule, travel, visa, contract, commute --------------------------------------------

SCHEDULE = [
    case(
        "a 2/2 offshore role: done 2/2 for years vs needs to be home every night",
        job(WIND_ROLE, location="Great Yarmouth, UK", offers=["2 weeks on / 2 weeks off"]),
        WIND_TECH,
        "Great Yarmouth, UK",
        x("Lee Gedge", 2, ats(30, "2/2 no probs, done it 6yrs on SOV")),
        x(
            "Craig Bunn",
            0,
            call(
                30,
                "Cand can't do rotations any more - twins started school, needs to be "
                "home every night.",
            ),
        ),
    ),
    case(
        "a 28/28 Gulf rotation: family stays in Aberdeen vs wants a residential posting",
        job(
            CRO_ROLE,
            location="Abu Dhabi, UAE",
            description="Run an offshore gas plant control room on a 28/28 rotation, flights "
            "home each break.",
        ),
        CRO,
        "Aberdeen, UK",
        x(
            "Iain Gauld",
            2,
            mail(
                40,
                "28/28 suits me down to the ground - the family stays in Aberdeen and I "
                "get a month at home every time.",
            ),
        ),
        x(
            "Brian Kinnear",
            0,
            mail(
                40,
                "Not doing rotations again. Only a residential posting where my wife "
                "and kids come with me.",
            ),
        ),
    ),
    case(
        "continental shifts with nights: no nights, health vs likes the days off",
        job(
            CRO_ROLE,
            location="Grangemouth, UK",
            offers=["12-hour continental shifts: 2 days, 2 nights, 4 off"],
        ),
        CRO,
        "Falkirk, UK",
        x("Stephen Quigley", 0, ats(25, "NO NITES. health reasons. days only")),
        x(
            "Derek Lauder",
            2,
            call(25, "Cand happy on continental shifts incl nights - likes the 4 off."),
        ),
    ),
    case(
        "storm on-call 1 in 4: never on-call again vs fine if paid",
        job(
            HV_ROLE,
            location="Exeter, UK",
            description="Switching and fault response on the South West network, 1-in-4 "
            "on-call rota for storms.",
        ),
        HV_ENG,
        "Exeter, UK",
        x(
            "Philip Tozer",
            0,
            call(
                45,
                "Cand burnt out at UKPN doing storm call-outs - won't go on an on-call "
                "rota again, full stop.",
            ),
        ),
        x("Kevin Luscombe", 2, ats(45, "on-call fine if its paid properly. storms no issue")),
    ),
    case(
        "rotating shifts with some nights: not against nights, only permanent nights vs no nights",
        job(
            CRO_ROLE,
            location="Warrington, UK",
            title="Grid Control Engineer",
            description="National grid control room, rotating days and nights, never "
            "permanent nights.",
        ),
        CRO,
        "Warrington, UK",
        x(
            "Mark Dainty",
            2,
            mail(
                35,
                "I'm not against nights as part of a rotation - it's permanent nights I "
                "won't go back to.",
            ),
        ),
        x("Gareth Bibby", 0, mail(35, "Nights are a no for me now, rotating or otherwise.")),
    ),
    case(
        "Mon-Fri days onshore: sick of shift work vs wants to stay on a rotation",
        job(
            COMMS_ROLE,
            location="Peterborough, UK",
            offers=["Monday to Friday, 8 to 4:30, no shifts"],
        ),
        COMMS,
        "Peterborough, UK",
        x(
            "Adam Fensome",
            2,
            wa(20, "sick to death of shifts. want a monday to friday job, home for tea"),
        ),
        x(
            "Jason Pocklington",
            0,
            wa(20, "only want rotation work, not giving up my weeks off for a 9 to 5"),
        ),
    ),
    case(
        "German shift work: no more night shifts vs shift work no problem",
        job(CRO_ROLE, location="Hamm, Germany", offers=["Vollkontinuierlicher Schichtbetrieb"]),
        CRO,
        "Hamm, Germany",
        x("Dirk Rademacher", 0, mail(30, "Keine Nachtschichten mehr - das mache ich nicht mit.")),
        x("Uwe Schnieder", 2, mail(30, "Schichtdienst ist für mich überhaupt kein Problem.")),
    ),
    case(
        "a 3/3 rotation: equal time is fine vs never more than two weeks away",
        job(ROPE_ROLE, location="Aberdeen, UK", offers=["3 weeks on / 3 weeks off"]),
        ROPE,
        "Inverurie, UK",
        x("Kyle Riddoch", 2, ats(40, "equal time rotations only. 3/3 or 2/2 both gd")),
        x(
            "Scott Ironside",
            0,
            call(40, "Cand won't be away more than 2 weeks at a stretch - wife works shifts."),
        ),
    ),
    case(
        "a solar O&M weekend rota: no weekends, coaches Saturdays vs weekends fine",
        job(
            COMMS_ROLE,
            location="Abilene, TX, USA",
            title="Solar O&M Technician Lead",
            offers=["Weekend rota one in three"],
        ),
        COMMS,
        "Abilene, TX, USA",
        x(
            "Cole Whitaker",
            0,
            wa(15, "no weekends for me, I coach my boys football every saturday"),
        ),
        x("Garrett Pruitt", 2, wa(15, "weekends are fine, work's work")),
    ),
    case(
        "outage-season hours: likes the overtime vs won't do outage hours again",
        job(
            COMMS_ROLE,
            location="Hartlepool, UK",
            description="Plant commissioning and outage support; 60-hour weeks during spring "
            "and autumn outages.",
        ),
        COMMS,
        "Hartlepool, UK",
        x("Paul Atkinson", 2, call(50, "Cand done 4 outage seasons, loves the overtime.")),
        x(
            "Nigel Trotter",
            0,
            call(50, "Cand won't do outage hours again - 70-hour weeks wrecked his marriage."),
        ),
    ),
    case(
        "Norwegian 2-4 turnus: doesn't want turnus any more vs 2-4 suits me",
        job(WIND_ROLE, location="Haugesund, Norway", offers=["2-4 turnus"]),
        WIND_TECH,
        "Haugesund, Norway",
        x("Bjørn Skeie", 0, mail(25, "Jeg vil ikke jobbe turnus lenger, bare dagtid på land.")),
        x("Arne Vik", 2, mail(25, "2-4 turnus passer meg fint.")),
    ),
]

TRAVEL = [
    case(
        "field service across Europe, 60% travel: loves site work vs one night away at most",
        job(
            COMMS_ROLE,
            location="Hamburg, Germany",
            title="Field Service Engineer, BESS",
            offers=["60% travel across European sites"],
        ),
        COMMS,
        "Hamburg, Germany",
        x("Nils Carstensen", 2, call(30, "Cand single, loves being on site, travel welcome.")),
        x("Florian Meier", 0, call(30, "Cand max one night away a week - young family.")),
    ),
    case(
        "a desk role with no travel: done with travel vs wants to travel",
        job(
            TRADE_ROLE,
            location="London, UK",
            remote_policy="hybrid",
            offers=["Desk-based, no travel"],
        ),
        TRADER,
        "London, UK",
        x(
            "Charlotte Verity",
            2,
            mail(
                40,
                "After three years of flying to Oslo and Amsterdam every week I'm done "
                "with travel - a desk I go home from, please.",
            ),
        ),
        x(
            "Harriet Osei",
            1,
            mail(40, "Would love something with a bit of travel, got itchy feet."),
        ),
    ),
    case(
        "Gulf commissioning, 3 weeks a month away: never again vs happy to be away",
        job(
            COMMS_ROLE,
            location="Abu Dhabi, UAE",
            description="Commission substations and BESS across sites in the UAE and Oman; "
            "2-3 weeks a month away from base.",
        ),
        COMMS,
        "Dubai, UAE",
        x(
            "Faisal Qureshi",
            0,
            mail(20, "Never again the three-weeks-away life - baby coming in spring."),
        ),
        x("Imran Jardine", 2, mail(20, "Happy to be away on site, lots of travel is ok.")),
    ),
    case(
        "substation visits by car with overnights: travel fine, only no flying vs home every night",
        job(
            HV_ROLE,
            location="Perth, UK",
            offers=["Company car; substation visits across Scotland, 1-2 nights away a week"],
        ),
        HV_ENG,
        "Perth, UK",
        x(
            "Graeme Lennie",
            2,
            call(
                35,
                "Travel's not the issue, it's flying - cand will drive anywhere, "
                "overnights no bother.",
            ),
        ),
        x("Douglas Rattray", 0, call(35, "Cand must be home every night, no stays away.")),
    ),
    case(
        "under 10% travel: left Siemens over 200 hotel nights vs wants international travel",
        job(
            COMMS_ROLE,
            location="Hamburg, Germany",
            offers=["Based in Hamburg, occasional site visits (under 10% travel)"],
        ),
        COMMS,
        "Hamburg, Germany",
        x(
            "Kai Jürgensen",
            2,
            mail(
                60,
                "Habe Siemens verlassen wegen 200 Hotelnächten im Jahr. Ich suche "
                "etwas mit wenig Reisen.",
            ),
        ),
        x(
            "Ole Thiessen",
            1,
            mail(60, "Ich suche eine Stelle mit viel internationaler Reisetätigkeit."),
        ),
    ),
    case(
        "Permian field role: done driving the Permian vs fine on the road",
        job(
            PM_ROLE,
            location="Midland, TX, USA",
            description="Daily driving between solar sites across the Permian Basin.",
        ),
        RENEW_PM,
        "Odessa, TX, USA",
        x(
            "Ty Harkins",
            0,
            wa(30, "dont want to be on the road all over the permian no more. office job"),
        ),
        x("Wade Bostick", 2, wa(30, "driving round the basin all day is fine by me")),
    ),
    case(
        "fly-in fly-out to Fort McMurray: FIFO is fine vs no more FIFO",
        job(
            CRO_ROLE,
            location="Fort McMurray, AB, Canada",
            offers=["Fly-in fly-out from Calgary or Edmonton, 14 on / 14 off, camp provided"],
        ),
        CRO,
        "Edmonton, AB, Canada",
        x("Jared Paquette", 2, ats(30, "FIFO ok, done Syncrude camps before")),
        x("Curtis Boychuk", 0, ats(30, "no more FIFO. wife said never again")),
    ),
    case(
        "international service, 70% travel: no travel, home base only vs high travel wanted",
        job(
            WIND_ROLE,
            location="Bremerhaven, Germany",
            title="International Service Technician",
            offers=["70% travel, international"],
        ),
        WIND_TECH,
        "Bremerhaven, Germany",
        x("Jannik Frerichs", 0, ats(50, "Reisebereitschaft: keine. Nur noch Homebase.")),
        x("Tjark Ohlsen", 2, ats(50, "Reisebereitschaft hoch, gern international.")),
    ),
    case(
        "monthly trips to Oslo: happy to go vs no trips abroad, caring for mum",
        job(
            TRADE_ROLE,
            location="London, UK",
            remote_policy="hybrid",
            offers=["Monthly trips to the Oslo desk"],
        ),
        TRADER,
        "London, UK",
        x("Edward Linley", 2, li(40, "Oslo once a month sounds great, count me in.")),
        x(
            "Simon Greenhalgh",
            0,
            li(40, "I can't do any travel abroad at the moment - I'm caring for my mum."),
        ),
    ),
    case(
        "weekly site visits: misses site vs wants desk only",
        job(
            PM_ROLE,
            location="Bristol, UK",
            remote_policy="hybrid",
            offers=["Weekly visits to solar sites across the South West"],
        ),
        RENEW_PM,
        "Bristol, UK",
        x("Rachel Pengelly", 2, call(30, "Cand misses being on site, wants weekly visits.")),
        x("Lucy Trelawny", 0, call(30, "Cand wants desk-based only - no site visits at all.")),
    ),
]

VISA = [
    case(
        "UK role, no sponsorship: needs a Skilled Worker visa vs has ILR",
        job(HV_ROLE, location="Birmingham, UK", offers=["Unable to offer visa sponsorship"]),
        HV_ENG,
        "Birmingham, UK",
        x("Chinedu Okafor", 0, ats(30, "needs skilled worker sponsorship to move")),
        x("Emeka Gorrie", 2, ats(30, "ILR granted, no sponsorship needed")),
    ),
    case(
        "Norway, no visa support: EEA citizen vs needs a work permit",
        job(WIND_ROLE, location="Stavanger, Norway", offers=["No visa support available"]),
        WIND_TECH,
        "Stavanger, Norway",
        x("Paweł Nowicki", 2, call(30, "Polish, EEA citizen - free to work in Norway.")),
        x(
            "Arjun Brackley",
            0,
            call(30, "Indian passport, would need a Norwegian work permit sponsored."),
        ),
    ),
    case(
        "Texas, no H-1B: US citizen with a TWIC vs needs H-1B sponsorship",
        job(
            CRO_ROLE,
            location="Baytown, TX, USA",
            offers=["Must be authorized to work in the US; no visa sponsorship"],
        ),
        CRO,
        "Baytown, TX, USA",
        x("Randy Guidry", 2, ats(20, "US citizen, TWIC current")),
        x("Vikram Desai", 0, ats(20, "requires H-1B sponsorship")),
    ),
    case(
        "a sponsoring role: lost an offer over sponsorship last time vs no visa issue",
        job(GEO_ROLE, location="Aberdeen, UK", offers=["Skilled Worker visa sponsorship"]),
        GEO,
        "Aberdeen, UK",
        x(
            "Adebayo Ogunleye",
            2,
            app(
                200,
                "offer",
                "withdrew",
                "other",
                "Offer pulled - client wouldn't sponsor his Skilled Worker visa",
                role="Geoscientist",
            ),
        ),
        x("Fiona Gillanders", 1),
    ),
    case(
        "nuclear vetting: can't get SC yet vs holds active SC",
        job(
            HV_ROLE,
            location="Bridgwater, UK",
            offers=["SC clearance required (nuclear new build)"],
        ),
        HV_ENG,
        "Bridgwater, UK",
        x(
            "Dmitri Fenwick",
            0,
            call(40, "Cand only 2 yrs in UK - can't get SC vetting yet."),
        ),
        x("Owen Hembrow", 2, call(40, "Cand holds active SC from Hinkley.")),
    ),
]

CONTRACT = [
    case(
        "a permanent role: contract only via Ltd co vs wants a perm job with a pension",
        job(COMMS_ROLE, location="Glasgow, UK", offers=["Permanent, 10% pension"]),
        COMMS,
        "Glasgow, UK",
        x("Barry Kilpatrick", 0, ats(30, "contract only, day rate thru ltd co, wont go perm")),
        x(
            "Colin McGeachy",
            2,
            mail(30, "Tired of contracting - I'd like a permanent job with a proper pension."),
        ),
    ),
    case(
        "a six-month day-rate contract: wants perm only vs contract is what I do",
        job(
            HV_ROLE,
            location="Lowestoft, UK",
            title="HV Authorised Person (contract)",
            offers=["6-month contract, day rate outside IR35"],
        ),
        HV_ENG,
        "Lowestoft, UK",
        x("Terry Balls", 0, call(30, "Cand after perm only - no more contracts.")),
        x("Dean Sillis", 2, call(30, "Cand contracts, Ltd co, happy with 6 months.")),
    ),
    case(
        "a 12-month fixed term: needs permanent for the mortgage vs fixed term suits",
        job(PM_ROLE, location="Cardiff, UK", offers=["12-month fixed-term contract"]),
        RENEW_PM,
        "Cardiff, UK",
        x(
            "Rhys Prosser",
            0,
            mail(25, "It has to be permanent - we're remortgaging and the bank wants it."),
        ),
        x(
            "Gethin Inverarity",
            2,
            mail(25, "A 12-month fixed term would suit me, I'm winding down to retirement."),
        ),
    ),
    case(
        "a full-time role: three days a week only vs full time is fine",
        job(GEO_ROLE, location="Aberdeen, UK", remote_policy="hybrid", offers=["Full time"]),
        GEO,
        "Aberdeen, UK",
        x("Morag Gray", 0, mail(30, "Three days a week only - I won't go back full time.")),
        x("Elspeth Reid", 2, mail(30, "Full time is fine.")),
    ),
    case(
        "inside IR35 via umbrella: outside IR35 only vs inside is fine",
        job(
            HV_ROLE,
            location="Leeds, UK",
            title="HV Engineer (contract, inside IR35)",
            offers=["£450 a day inside IR35 via umbrella"],
        ),
        HV_ENG,
        "Leeds, UK",
        x("Ian Holroyd", 0, ats(30, "outside IR35 only, wont touch inside")),
        x("Neil Niven", 2, ats(30, "inside IR35 fine, happy thru umbrella")),
    ),
]

COMMUTE = [
    case(
        "Hinkley Point C: Taunton, twenty minutes vs Bristol, not doing the M5 daily",
        job(HV_ROLE, location="Bridgwater, UK", title="HV Engineer, Hinkley Point C"),
        HV_ENG,
        "Taunton, UK",
        x("Martin Gillard", 2, call(30, "Cand in Taunton - 20 mins up the M5 to HPC, perfect.")),
        x(
            "Jon Haskins",
            0,
            call(
                30,
                "Cand in Bristol, won't do the M5 down to Bridgwater every day - over "
                "an hour each way.",
            ),
            location="Bristol, UK",
        ),
    ),
    case(
        "an Aberdeen office: Stonehaven, thirty minutes vs Dundee, won't drive up daily",
        job(GEO_ROLE, location="Aberdeen, UK"),
        GEO,
        "Stonehaven, UK",
        x("Heather Milne", 2, mail(30, "Stonehaven to Aberdeen is 30 minutes, easy.")),
        x(
            "Karen Wishart",
            0,
            mail(30, "I'm in Dundee and won't drive to Aberdeen every day."),
            location="Dundee, UK",
        ),
    ),
    case(
        "Rosyth from Edinburgh: crossing the Forth is fine vs won't do the Queensferry daily",
        job(COMMS_ROLE, location="Rosyth, UK"),
        COMMS,
        "Edinburgh, UK",
        x(
            "Calum Syme",
            2,
            wa(25, "edinburgh to rosyth is 35 mins over the forth, fine by me"),
        ),
        x(
            "Niall Ogilvie",
            0,
            wa(25, "not doing the queensferry crossing every day, closed half the winter"),
        ),
    ),
    case(
        "Warrington: train from Manchester in twenty minutes vs Lancaster, no more than 30 min",
        job(HV_ROLE, location="Warrington, UK"),
        HV_ENG,
        "Manchester, UK",
        x(
            "Daniel Ashworth",
            2,
            call(30, "Cand gets the train to Warrington Bank Quay, 20 mins. Fine."),
        ),
        x(
            "Robert Catterall",
            0,
            call(30, "Cand in Lancaster - won't commute more than half an hour."),
            location="Lancaster, UK",
        ),
    ),
    case(
        "Forus, Stavanger: Sandnes in ten minutes vs Haugesund, won't ferry daily",
        job(GEO_ROLE, location="Stavanger, Norway"),
        GEO,
        "Sandnes, Norway",
        x("Marte Espeland", 2, mail(30, "Fra Sandnes er det ti minutter til Forus.")),
        x(
            "Silje Tjelta",
            0,
            mail(30, "Jeg bor i Haugesund og pendler ikke med ferje til Stavanger hver dag."),
            location="Haugesund, Norway",
        ),
    ),
    case(
        "The Woodlands: Spring, fifteen minutes vs Katy, not doing the Grand Parkway daily",
        job(PM_ROLE, location="The Woodlands, TX, USA"),
        RENEW_PM,
        "Spring, TX, USA",
        x("Kyle Tomlinson", 2, wa(30, "Spring to the Woodlands is 15 min, easy")),
        x(
            "Jordan Mayfield",
            0,
            wa(30, "im in Katy, not sitting on the Grand Parkway an hour+ each way"),
            location="Katy, TX, USA",
        ),
    ),
    case(
        "downtown Calgary: Airdrie is fine vs Red Deer, won't do the QE2 daily",
        job(GEO_ROLE, location="Calgary, AB, Canada"),
        GEO,
        "Airdrie, AB, Canada",
        x("Shawna Friesen", 2, call(30, "Cand in Airdrie, fine driving downtown.")),
        x(
            "Tanya Hrycyk",
            0,
            call(30, "Cand in Red Deer, won't do the QE2 to Calgary every day."),
            location="Red Deer, AB, Canada",
        ),
    ),
    case(
        "Bremerhaven: Bremen by Nordwestbahn, 40 minutes vs Hamburg, commuting out of the question",
        job(WIND_ROLE, location="Bremerhaven, Germany", title="Servicetechniker Onshore"),
        WIND_TECH,
        "Bremen, Germany",
        x("Finn Bruns", 2, mail(30, "Mit der Nordwestbahn 40 Minuten - passt.")),
        x(
            "Lukas Harms",
            0,
            mail(30, "Pendeln von Hamburg nach Bremerhaven kommt nicht infrage."),
            location="Hamburg, Germany",
        ),
    ),
    case(
        "Grimsby from Hull: the Humber Bridge is fine vs not crossing the Humber daily",
        job(WIND_ROLE, location="Grimsby, UK", title="Wind Turbine Technician, O&M base"),
        WIND_TECH,
        "Hull, UK",
        x("Ryan Foston", 2, wa(30, "humber bridge every day is fine, 40 min")),
        x("Connor Leggott", 0, wa(30, "not crossing the humber every day, no chance")),
    ),
    case(
        "Ruwais from Abu Dhabi city: 2.5 hours each way is a no vs will live in camp",
        job(CRO_ROLE, location="Ruwais, UAE", offers=["Bachelor camp accommodation"]),
        CRO,
        "Abu Dhabi, UAE",
        x(
            "Tariq Mahmood",
            0,
            call(
                30,
                "Cand lives in Abu Dhabi city and won't drive 2.5 hrs to Ruwais each "
                "way; won't live in camp either.",
            ),
        ),
        x("Anwar Hussain", 2, call(30, "Cand happy to live in the Ruwais camp, on site.")),
    ),
    case(
        "Canary Wharf: 35 minutes on the Elizabeth line vs Brighton with a 45-minute limit",
        job(TRADE_ROLE, location="London, UK", title="Power Trader, Canary Wharf"),
        TRADER,
        "Romford, UK",
        x(
            "Oscar Bellamy",
            2,
            li(30, "Elizabeth line gets me to Canary Wharf in 35 minutes, no problem."),
        ),
        x(
            "Theo Marchant",
            0,
            li(30, "I'm in Brighton and won't commute more than 45 minutes."),
            location="Brighton, UK",
        ),
    ),
]

# --- 4. pay against the band -----------------------------------------------------------------

PAY = [
    case(
        "a £55-65k band: won't move under £75k vs £60k would do it",
        job(
            WIND_ROLE,
            location="Great Yarmouth, UK",
            salary_min=55_000,
            salary_max=65_000,
            currency="GBP",
        ),
        WIND_TECH,
        "Great Yarmouth, UK",
        x("Jake Brundish", 0, ats(30, "min 75k basic to move, wont budge")),
        x("Ben Rackham", 2, ats(30, "60k basic wd do it")),
    ),
    case(
        "a £450-500 day rate: £650 a day minimum vs £475 a day",
        job(
            HV_ROLE,
            location="Inverness, UK",
            title="HV Authorised Person (contract)",
            offers=["£450-£500 per day, outside IR35"],
        ),
        HV_ENG,
        "Inverness, UK",
        x("Donald Munro", 0, call(30, "Cand's floor is £650/day. Won't go lower.")),
        x("Hamish Fraser", 2, call(30, "Cand looking for around £475/day.")),
    ),
    case(
        "a NOK 850-950k band: at least 1.2 million vs around 900,000",
        job(
            GEO_ROLE,
            location="Stavanger, Norway",
            salary_min=850_000,
            salary_max=950_000,
            currency="NOK",
        ),
        GEO,
        "Stavanger, Norway",
        x("Per Øvrebø", 0, mail(30, "Jeg forventer minst 1,2 millioner i årslønn.")),
        x("Jon Aarsheim", 2, mail(30, "Jeg ønsker en lønn på rundt 900 000 kroner.")),
    ),
    case(
        "a €65-75k band: €5,500 gross a month vs at least €95k a year",
        job(
            COMMS_ROLE,
            location="Hanover, Germany",
            salary_min=65_000,
            salary_max=75_000,
            currency="EUR",
        ),
        COMMS,
        "Hanover, Germany",
        x("Tobias Kranz", 2, mail(30, "Gehaltsvorstellung: 5.500 € brutto im Monat.")),
        x("Matthias Brandt", 0, mail(30, "Unter 95.000 € im Jahr wechsle ich nicht.")),
    ),
    case(
        "$38-45 an hour: $42 plus per diem vs a $60 floor",
        job(
            WIND_ROLE,
            location="Sweetwater, TX, USA",
            offers=["$38-$45 per hour plus per diem"],
        ),
        WIND_TECH,
        "Sweetwater, TX, USA",
        x("Hunter Bledsoe", 2, wa(30, "42 an hour plus per diem and im in")),
        x("Dalton Sikes", 0, wa(30, "60/hr floor, not a cent less")),
    ),
    case(
        "CAD 110-130k: on 140k but would take 125k for days vs on 140k and needs 150k",
        job(
            CRO_ROLE,
            location="Calgary, AB, Canada",
            salary_min=110_000,
            salary_max=130_000,
            currency="CAD",
            offers=["Days only"],
        ),
        CRO,
        "Calgary, AB, Canada",
        x(
            "Trent Ouellette",
            2,
            call(30, "Cand on $140k at the upgrader but would take $125k for a days-only role."),
        ),
        x("Brady Sawchuk", 0, call(30, "Cand on $140k, needs $150k to move.")),
    ),
    case(
        "AED 35-42k a month: 40k a month plus housing vs nothing under 55k a month",
        job(
            COMMS_ROLE,
            location="Abu Dhabi, UAE",
            offers=["AED 35,000-42,000 per month, tax-free, plus housing"],
        ),
        COMMS,
        "Abu Dhabi, UAE",
        x("Nadeem Akhtar", 2, wa(30, "looking for AED 40k per month + housing")),
        x("Sameer Joshi", 0, wa(30, "won't consider under AED 55k a month")),
    ),
    case(
        "a £90-110k base plus bonus: needs £150k base vs £100k base is fine",
        job(
            TRADE_ROLE,
            location="London, UK",
            remote_policy="hybrid",
            salary_min=90_000,
            salary_max=110_000,
            currency="GBP",
            offers=["Discretionary bonus on desk P&L"],
        ),
        TRADER,
        "London, UK",
        x("Alexander Thorne", 0, li(30, "Base has to be £150k, I'm not gambling on bonus.")),
        x("William Fenwick", 2, li(30, "£100k base is fine - I'd rather have the bonus upside.")),
    ),
]

# --- 5. work mode and negation ---------------------------------------------------------------

WORK_MODE = [
    case(
        "remote in the title only: wants remote vs wants the office",
        {**TRADE_ROLE, "title": "Power Trader (Remote, UK)", "location": "United Kingdom"},
        TRADER,
        "York, UK",
        x("Sophie Kettlewell", 2, mail(30, "Remote only now - I've moved to the Dales.")),
        x("Grace Ormerod", 0, mail(30, "I want a desk in an office with the team every day.")),
    ),
    case(
        "office-based in the description only: remote only vs wants a trading floor",
        {
            **TRADE_ROLE,
            "location": "London, UK",
            "description": "Sit on our Canary Wharf trading floor five days a week.",
        },
        TRADER,
        "London, UK",
        x("Ella Whitmore", 0, li(30, "Will only consider fully remote roles.")),
        x("Freya Lanning", 2, li(30, "I miss the buzz of a trading floor - office is a plus.")),
    ),
    case(
        "three office days in Hamburg in the offers: one day at most vs three are fine",
        job(
            PM_ROLE,
            remote_policy="hybrid",
            location="Hamburg, Germany",
            offers=["Drei Tage pro Woche im Büro Hamburg"],
        ),
        RENEW_PM,
        "Hamburg, Germany",
        x("Jonas Koch", 0, mail(30, "Maximal ein Tag pro Woche im Büro.")),
        x("Lea Albers", 2, mail(30, "Drei Tage Büro sind okay für mich.")),
    ),
    case(
        "remote policy field: moved to the Highlands vs wants the Stavanger office",
        job(GEO_ROLE, remote_policy="remote", location="Remote (UK)"),
        GEO,
        "Ullapool, UK",
        x("Isla MacRae", 2, call(30, "Cand moved to the Highlands - remote only.")),
        x("Kirsty Mowat", 0, call(30, "Cand wants an office with the subsurface team daily.")),
    ),
    case(
        "two days downtown Calgary: fully remote or nothing vs two days is fine",
        job(
            GEO_ROLE,
            remote_policy="hybrid",
            location="Calgary, AB, Canada",
            offers=["Two days a week downtown"],
        ),
        GEO,
        "Calgary, AB, Canada",
        x("Megan Dueck", 0, ats(30, "fully remote or nothing")),
        x("Jenna Loewen", 2, ats(30, "2 days downtown fine")),
    ),
]

NEGATIONS = [
    case(
        "an offshore rotation: not opposed to rotations vs opposed to them",
        job(CRO_ROLE, location="Aberdeen, UK", offers=["Offshore, 2 weeks on / 3 weeks off"]),
        CRO,
        "Aberdeen, UK",
        x("Allan Gammie", 2, call(30, "Cand not opposed to offshore rotations at all.")),
        x("Ewan Shand", 0, call(30, "Cand opposed to offshore rotations now.")),
    ),
    case(
        "same rotation, higher pay: it wasn't the pay, it was the rotation vs the reverse",
        job(
            CRO_ROLE,
            location="Stavanger, Norway",
            salary_min=900_000,
            salary_max=1_000_000,
            currency="NOK",
            offers=["2-4 turnus offshore"],
        ),
        CRO,
        "Stavanger, Norway",
        x(
            "Geir Nesheim",
            0,
            mail(
                60,
                "It wasn't the pay that made me say no to the platform job, it was the "
                "2-4 rotation. I won't do offshore turnus.",
            ),
        ),
        x(
            "Rune Skadberg",
            2,
            mail(
                60,
                "It wasn't the rotation that made me say no, 2-4 is fine - it was the "
                "pay, they offered 750k.",
            ),
        ),
    ),
    case(
        "heights: no problem with heights or confined spaces vs no more heights",
        job(ROPE_ROLE, location="Great Yarmouth, UK"),
        ROPE,
        "Great Yarmouth, UK",
        x("Matt Jermy", 2, ats(30, "no problem w heights or confined space")),
        x("Lewis Cushion", 0, ats(30, "no more heights after the fall in 2024, ground only")),
    ),
    case(
        "a North Sea gas platform: never said no to oil and gas, only to fracking vs no O&G at all",
        job(
            GEO_ROLE,
            location="Aberdeen, UK",
            description="Interpret seismic on conventional North Sea gas fields.",
        ),
        GEO,
        "Aberdeen, UK",
        x(
            "Alison Cruickshank",
            2,
            mail(
                30,
                "I never said no to oil and gas - just no to fracking. Conventional "
                "North Sea work is fine.",
            ),
        ),
        x("Lorna Buchan", 0, mail(30, "No oil and gas, full stop.")),
    ),
    case(
        "a night-shift grid desk: nights don't bother me vs nights bother me a lot now",
        job(CRO_ROLE, location="Wokingham, UK", title="Control Engineer (nights)"),
        CRO,
        "Wokingham, UK",
        x("Adrian Fewtrell", 2, ats(30, "nights dont bother him")),
        x("Colin Medhurst", 0, ats(30, "nights bother him a lot now, after his heart op")),
    ),
]

# --- 6. location, level, company stage and size, mission, technology -------------------------

LOCATIONS = [
    case(
        "Aberdeen: relocating there in January vs won't leave Newcastle",
        job(HV_ROLE, location="Aberdeen, UK"),
        HV_ENG,
        "Newcastle upon Tyne, UK",
        x(
            "Chris Heslop",
            2,
            call(30, "Cand relocating to Aberdeen in Jan - partner's got a job at bp."),
        ),
        x("Paul Charlton", 0, call(30, "Cand won't leave Newcastle, full stop.")),
    ),
    case(
        "Stavanger from Glasgow: would move in a heartbeat vs can't relocate abroad",
        job(WIND_ROLE, location="Stavanger, Norway"),
        WIND_TECH,
        "Glasgow, UK",
        x(
            "Jamie Rennie",
            2,
            mail(30, "I'd move to Norway in a heartbeat - already learning Norwegian."),
        ),
        x("Scott Baird", 0, mail(30, "Can't relocate abroad with the kids in school.")),
    ),
    case(
        "Houston from Calgary: open to moving with a package vs Texas is a no",
        job(GEO_ROLE, location="Houston, TX, USA", offers=["Relocation package"]),
        GEO,
        "Calgary, AB, Canada",
        x("Logan Tkachuk", 2, li(30, "Open to relocating to Houston with a package.")),
        x("Ryan Sokolowski", 0, li(30, "Texas is a no for family reasons.")),
    ),
    case(
        "Abu Dhabi: wants a Gulf posting vs won't go to the Gulf",
        job(PM_ROLE, location="Abu Dhabi, UAE"),
        RENEW_PM,
        "Manchester, UK",
        x("Nathan Rimmer", 2, call(30, "Cand wants a Middle East posting, tax-free.")),
        x("Joel Birtwistle", 0, call(30, "Cand won't go to the Gulf under any circumstances.")),
    ),
    case(
        "Essen: won't move to the Ruhr vs moving to NRW is no problem",
        job(HV_ROLE, location="Essen, Germany"),
        HV_ENG,
        "Leipzig, Germany",
        x("Robert Schubert", 0, mail(30, "Ins Ruhrgebiet ziehe ich nicht.")),
        x("Stefan Sutherby", 2, mail(30, "Ein Umzug nach NRW ist kein Problem.")),
    ),
]

LEVEL = [
    case(
        "an O&M site manager over 25 techs: wants to step up vs wants to stay on the tools",
        job(
            WIND_ROLE,
            location="Great Yarmouth, UK",
            title="O&M Site Manager",
            seniority="manager",
            description="Lead a team of 25 wind technicians at the O&M base.",
        ),
        WIND_TECH,
        "Great Yarmouth, UK",
        x("Aaron Gotts", 2, call(30, "Cand wants to step up and lead a team of techs.")),
        x("Sam Blowers", 0, call(30, "Cand wants to stay on the tools - no people management.")),
    ),
    case(
        "a hands-on commissioning role, no reports: done managing vs only wants to lead",
        job(
            COMMS_ROLE, location="Glasgow, UK", offers=["Individual contributor, no direct reports"]
        ),
        COMMS,
        "Glasgow, UK",
        x(
            "Stuart Cairns",
            2,
            mail(30, "Done with managing people - I want to get back to hands-on commissioning."),
        ),
        x("Andy Lockhart", 0, mail(30, "I only want roles leading a team now.")),
    ),
    case(
        "a shift supervisor role: keen to supervise vs no interest in supervising",
        job(
            CRO_ROLE,
            location="Grangemouth, UK",
            title="Shift Supervisor, Control Room",
            seniority="lead",
        ),
        CRO,
        "Falkirk, UK",
        x("Gordon Paterson", 2, ats(30, "keen on shift sup role")),
        x("Willie Drummond", 0, ats(30, "no interest in supervising, wants panel only")),
    ),
    case(
        "a principal individual-contributor role: keep interpreting vs head of subsurface next",
        job(
            GEO_ROLE,
            location="Calgary, AB, Canada",
            title="Principal Geoscientist (individual contributor)",
        ),
        GEO,
        "Calgary, AB, Canada",
        x(
            "Dana Schmidt",
            2,
            mail(30, "I want to keep interpreting seismic, not run a team."),
        ),
        x("Kelsey Hart", 0, mail(30, "Head of Subsurface, managing a team, is my next step.")),
    ),
]

STAGE_SIZE = [
    case(
        "a 15-person Series A BESS developer: wants a start-up vs wants a big employer",
        job(
            PM_ROLE,
            location="London, UK",
            remote_policy="hybrid",
            offers=["Series A battery storage developer, 15 people"],
        ),
        RENEW_PM,
        "London, UK",
        x("Laura Pettigrew", 2, mail(30, "I want a start-up with a small team.")),
        x(
            "Helen Axford",
            0,
            mail(30, "After the Siemens Energy layoffs I want a big, stable employer."),
        ),
    ),
    case(
        "a 30,000-person utility: wants stability of a large utility vs hates big corporates",
        job(HV_ROLE, location="Warwick, UK", offers=["Large regulated utility, 30,000 staff"]),
        HV_ENG,
        "Coventry, UK",
        x("Simon Blackwell", 2, call(30, "Cand wants the stability of a large utility.")),
        x("Gavin Sherratt", 0, call(30, "Cand wants early stage, can't stand big corporates.")),
    ),
    case(
        "a family-owned Mittelstand firm of 200: wants exactly that vs group only",
        job(
            COMMS_ROLE,
            location="Osnabrück, Germany",
            offers=["Familiengeführtes mittelständisches Unternehmen, 200 Mitarbeitende"],
        ),
        COMMS,
        "Osnabrück, Germany",
        x(
            "Christian Lüken",
            2,
            mail(30, "Ich möchte zu einem mittelständischen Familienunternehmen."),
        ),
        x("Daniel Tepe", 0, mail(30, "Für mich kommt nur ein Großkonzern infrage.")),
    ),
    case(
        "a 20,000-person major: wants a big company vs wants a small start-up",
        job(
            GEO_ROLE,
            location="Stavanger, Norway",
            offers=["Large international energy company, 20,000 employees"],
        ),
        GEO,
        "Stavanger, Norway",
        x("Hilde Bjørnstad", 2, mail(30, "Jeg vil jobbe i et stort selskap.")),
        x("Tone Aasland", 0, mail(30, "Jeg vil til et lite oppstartsselskap.")),
    ),
    case(
        "an 8-person pre-seed geothermal spin-out: wants the ground floor vs no start-ups",
        job(
            GEO_ROLE,
            location="Calgary, AB, Canada",
            offers=["Pre-seed geothermal spin-out, 8 people, equity"],
        ),
        GEO,
        "Calgary, AB, Canada",
        x("Corey Lachance", 2, call(30, "Cand wants in on the ground floor, equity, tiny team.")),
        x(
            "Mitch Fehr",
            0,
            call(30, "Cand needs salary certainty - no start-ups after the last one folded."),
        ),
    ),
    case(
        "a PE-backed scale-up of 300: wants a scale-up vs no PE-owned firms",
        job(
            ROPE_ROLE,
            location="Aberdeen, UK",
            offers=["Private-equity-backed scale-up, 300 people"],
        ),
        ROPE,
        "Aberdeen, UK",
        x("Dale Mearns", 2, ats(30, "wants scale-up 100-500 ppl, growth")),
        x("Grant Forbes", 0, ats(30, "no PE-owned firms after last one asset-stripped")),
    ),
    case(
        "a 40-person Calgary independent: wants a small independent vs wants a supermajor",
        job(
            GEO_ROLE,
            location="Calgary, AB, Canada",
            offers=["Small independent producer, 40 people"],
        ),
        GEO,
        "Calgary, AB, Canada",
        x(
            "Erin Boucher",
            2,
            mail(30, "I'd like a small independent where I see the whole asset."),
        ),
        x(
            "Paige Rutherford",
            0,
            mail(30, "I want a supermajor with international postings."),
        ),
    ),
    case(
        "a national oil company in Abu Dhabi: wants a NOC vs wants a small consultancy",
        job(CRO_ROLE, location="Abu Dhabi, UAE", offers=["National oil company, 60,000 employees"]),
        CRO,
        "Abu Dhabi, UAE",
        x("Yousef Darwish", 2, wa(30, "I want to join a NOC or a major")),
        x("Hamza Rashid", 0, wa(30, "I prefer a small consultancy, not a big NOC")),
    ),
    case(
        "an owner-operator: done with consultancies vs prefers consultancy variety",
        job(HV_ROLE, location="Glasgow, UK", offers=["Owner-operator of 40 wind farms"]),
        HV_ENG,
        "Glasgow, UK",
        x(
            "Craig Elphick",
            2,
            call(30, "Cand doesn't want a consultancy again - wants an owner-operator."),
        ),
        x("Ross Moffat", 0, call(30, "Cand wants to stay in consultancy for the variety.")),
    ),
    case(
        "a 25-person trading start-up: wants a small desk with P&L vs wants a big bank",
        job(
            TRADE_ROLE,
            location="London, UK",
            remote_policy="hybrid",
            offers=["25-person trading start-up"],
        ),
        TRADER,
        "London, UK",
        x("Max Holloway", 2, li(30, "I want a small desk where I own my P&L.")),
        x(
            "Piers Lancaster",
            0,
            li(30, "Only a big bank's commodities desk now - no start-ups."),
        ),
    ),
]

MISSION = [
    case(
        "an offshore wind role: wants climate work, out of oil vs no stated mission",
        job(
            WIND_ROLE,
            location="Aberdeen, UK",
            offers=["Offshore wind: help decarbonise the UK grid"],
        ),
        WIND_TECH,
        "Aberdeen, UK",
        x(
            "Euan Sutherland",
            2,
            call(30, "Cand wants out of oil - wants work that helps the climate."),
        ),
        x("Barry Leask", 1),
    ),
    case(
        "a North Sea platform: refuses fossil fuels now vs happy staying in O&G",
        job(
            CRO_ROLE, location="Aberdeen, UK", title="Control Room Operator, North Sea oil platform"
        ),
        CRO,
        "Aberdeen, UK",
        x("Niamh Donald", 0, mail(30, "I won't work on fossil fuels any more.")),
        x("Kenny Still", 2, mail(30, "Happy to stay in oil and gas.")),
    ),
    case(
        "a nuclear new build: won't work in nuclear vs nuclear is clean baseload",
        job(HV_ROLE, location="Bridgwater, UK", title="HV Engineer, nuclear new build"),
        HV_ENG,
        "Bridgwater, UK",
        x("Peter Hurford", 0, call(30, "Cand won't work in nuclear, moral objection.")),
        x("Mike Yeandle", 2, call(30, "Cand keen on nuclear - clean baseload, he says.")),
    ),
    case(
        "a Permian oil-field role: loves the oil field vs done with fossil fuels",
        job(CRO_ROLE, location="Midland, TX, USA", title="Production Operator, Permian"),
        CRO,
        "Midland, TX, USA",
        x("Clint Huckabee", 2, wa(30, "love the oilfield, stayin in it")),
        x("Lane Tidwell", 0, wa(30, "done with fossil fuels. renewables only")),
    ),
    case(
        "CO2 storage in Norway: wants CCS for the climate vs CCS is greenwash",
        job(GEO_ROLE, location="Bergen, Norway", title="Senior Geoscientist, CO2 storage"),
        GEO,
        "Bergen, Norway",
        x(
            "Maren Solheim",
            2,
            mail(30, "Jeg vil bruke undergrunnskompetansen min på klima - gjerne CCS."),
        ),
        x(
            "Liv Hovland",
            0,
            mail(30, "CCS is greenwashing for oil companies; I won't work on it."),
        ),
    ),
    case(
        "oil sands in Alberta: won't work oil sands vs oil sands are fine",
        job(CRO_ROLE, location="Fort McMurray, AB, Canada", title="Panel Operator, oil sands"),
        CRO,
        "Fort McMurray, AB, Canada",
        x("Jessica Tremblay", 0, ats(30, "wont work oil sands")),
        x("Brett Kuzyk", 2, ats(30, "oil sands fine")),
    ),
    case(
        "a German grid operator: wants the Energiewende vs any industry",
        job(
            HV_ROLE,
            location="Dortmund, Germany",
            title="HV-Ingenieur, Übertragungsnetz",
            offers=["Netzausbau für die Energiewende"],
        ),
        HV_ENG,
        "Dortmund, Germany",
        x("Katrin Kershaw", 2, mail(30, "Ich will in die Energiewende.")),
        x("Sabine Hermes", 1, mail(30, "Die Branche ist mir egal.")),
    ),
    case(
        "an oil major's new-energy arm: won't work for a major even in renewables vs wants to help",
        job(
            PM_ROLE,
            location="London, UK",
            remote_policy="hybrid",
            title="Project Manager, Hydrogen (oil major's low-carbon division)",
        ),
        RENEW_PM,
        "London, UK",
        x(
            "Zoe Fairclough",
            0,
            mail(30, "I won't work for an oil major, not even in their renewables arm."),
        ),
        x(
            "Hannah Lyle",
            2,
            mail(30, "I'd like to help the majors transition - their new energy units appeal."),
        ),
    ),
    case(
        "a public water utility: wants public service vs private sector only",
        job(
            PM_ROLE,
            location="Bristol, UK",
            title="Project Manager, Water Treatment",
            offers=["Public water utility"],
        ),
        RENEW_PM,
        "Bristol, UK",
        x("Sarah Coles", 2, call(30, "Cand wants public service - water appeals.")),
        x("Emma Chidgey", 0, call(30, "Cand only private sector, wants a bonus scheme.")),
    ),
    case(
        "a gas trading house: won't trade gas or coal vs happy trading gas",
        job(
            TRADE_ROLE,
            location="London, UK",
            remote_policy="hybrid",
            title="Gas Trader",
            offers=["Trading NBP and TTF gas"],
        ),
        TRADER,
        "London, UK",
        x("Ruby Stirling", 0, li(30, "I won't trade gas or coal - power and PPAs only.")),
        x("Isobel Hargreaves", 2, li(30, "Happy trading gas.")),
    ),
    case(
        "Gulf solar: wants renewables in the Gulf vs only O&G, hated solar",
        job(PM_ROLE, location="Abu Dhabi, UAE", title="Project Manager, 2 GW Solar PV"),
        RENEW_PM,
        "Dubai, UAE",
        x("Ahmed Al-Mansoori", 2, call(30, "Cand wants renewables in the Gulf.")),
        x(
            "Bilal Cairncross",
            0,
            call(30, "Cand only O&G - tried solar in Saudi and hated it."),
        ),
    ),
    case(
        "battery storage: wants to decarbonise the grid vs no stated mission",
        job(COMMS_ROLE, location="Leeds, UK", offers=["Battery storage to decarbonise the grid"]),
        COMMS,
        "Leeds, UK",
        x("Tom Hebden", 2, ats(30, "wants work that decarbonises the grid")),
        x("Jack Illingworth", 1),
    ),
]

TECH = [
    case(
        "Siemens Gamesa turbines: wants to move onto SG vs Vestas only",
        job(WIND_ROLE, location="Hull, UK", offers=["Siemens Gamesa SG 14-222 fleet"]),
        WIND_TECH,
        "Hull, UK",
        x("Jordan Leaper", 2, wa(30, "want to get onto SG turbines, fed up of vestas")),
        x("Bradley Pickering", 0, wa(30, "vestas only, not retraining on SG")),
    ),
    case(
        "SCADA with Python: wants into Python automation vs refuses to code",
        job(COMMS_ROLE, location="Glasgow, UK", offers=["SCADA automation in Python"]),
        COMMS,
        "Glasgow, UK",
        x("Ryan Hendry", 2, mail(30, "I want to get into Python automation.")),
        x("Gary Boyle", 0, mail(30, "I don't want to code, ever.")),
    ),
    case(
        "Tesla Megapacks: keen on battery storage tech vs gas turbines only",
        job(COMMS_ROLE, location="Angleton, TX, USA", offers=["Tesla Megapack sites"]),
        COMMS,
        "Angleton, TX, USA",
        x("Austin Boudreaux", 2, wa(30, "keen on battery storage tech, megapacks esp")),
        x("Blake Fontenot", 0, wa(30, "only want GE frame 7 gas turbines")),
    ),
    case(
        "a Python-driven desk: wants to automate with Python vs an Excel trader, no code",
        job(
            TRADE_ROLE,
            location="Berlin, Germany",
            remote_policy="hybrid",
            offers=["Python-first trading stack"],
        ),
        TRADER,
        "Berlin, Germany",
        x("Moritz Mowbray", 2, li(30, "I want to automate my trading with Python.")),
        x("Felix Hartung", 0, li(30, "I'm an Excel trader and don't want to code.")),
    ),
    case(
        "a Petrel shop: happy to learn Petrel vs won't leave Kingdom",
        job(GEO_ROLE, location="Houston, TX, USA", offers=["Petrel and Techlog"]),
        GEO,
        "Houston, TX, USA",
        x("Morgan Delacroix", 2, call(30, "Cand happy to learn Petrel.")),
        x("Tyler Kaminski", 0, call(30, "Cand won't switch from Kingdom to Petrel.")),
    ),
]

# --- 7. last time's reason, the history with us, the latest process --------------------------

PAST_3_3 = dict(remote_policy="onsite", location="Aberdeen, UK")
PAST_RATE = dict(remote_policy="onsite", location="Aberdeen, UK", salary_max=60_000, currency="GBP")

RESOLVED = [
    case(
        "declined a 3/3 rotation, this one is 2/2 vs declined over pay, band the same",
        job(
            WIND_ROLE,
            location="Aberdeen, UK",
            salary_min=50_000,
            salary_max=60_000,
            currency="GBP",
            offers=["2 weeks on / 2 weeks off"],
        ),
        WIND_TECH,
        "Aberdeen, UK",
        x(
            "Connor Shewan",
            2,
            app(
                200,
                "offer",
                "declined_offer",
                "other",
                "Declined - 3/3 rotation too long with a newborn",
                past=PAST_3_3,
            ),
        ),
        x(
            "Liam Bain",
            0,
            app(
                200,
                "offer",
                "declined_offer",
                "compensation",
                "Wanted £72k, band topped at £60k",
                past=PAST_RATE,
            ),
        ),
    ),
    case(
        "withdrew over sponsorship, this role sponsors vs withdrew over Aberdeen, role in Aberdeen",
        job(GEO_ROLE, location="Aberdeen, UK", offers=["Skilled Worker visa sponsorship"]),
        GEO,
        "London, UK",
        x(
            "Tunde Urquhart",
            2,
            app(
                180,
                "final",
                "withdrew",
                "other",
                "Withdrew - client couldn't sponsor",
                role="Geoscientist",
            ),
        ),
        x(
            "Chloe Denning",
            0,
            app(
                180,
                "final",
                "withdrew",
                "location",
                "Won't relocate to Aberdeen",
                role="Geoscientist",
                past=dict(remote_policy="onsite", location="Aberdeen, UK"),
            ),
        ),
    ),
    case(
        "declined five office days, this role is hybrid vs a recent skills gap",
        job(
            HV_ROLE,
            remote_policy="hybrid",
            location="Reading, UK",
            offers=["Two days a week in Reading"],
        ),
        HV_ENG,
        "Reading, UK",
        x(
            "Laura Brimble",
            2,
            app(
                240,
                "offer",
                "declined_offer",
                "remote_policy",
                "Couldn't do 5 days in the office",
                past=dict(remote_policy="onsite", location="Reading, UK"),
            ),
        ),
        x(
            "Jack Rowntree",
            0,
            app(60, "interview", "rejected", "skills_gap", "Weak on protection testing"),
        ),
    ),
    case(
        "declined a start-up, this is a large utility vs declined because he wanted a start-up",
        job(PM_ROLE, location="Glasgow, UK", offers=["Large utility, 25,000 staff"]),
        RENEW_PM,
        "Glasgow, UK",
        x(
            "Andrew Paton",
            2,
            app(
                300,
                "offer",
                "declined_offer",
                "other",
                "Too risky - 12-person start-up, wants a big established employer",
            ),
        ),
        x(
            "Neil Dunlop",
            0,
            app(
                300,
                "offer",
                "declined_offer",
                "other",
                "Wanted a start-up, found the utility too corporate and slow",
            ),
        ),
    ),
    case(
        "declined 80% travel, this role has little vs declined nights, this role is nights",
        job(
            CRO_ROLE,
            location="Immingham, UK",
            title="Control Room Operator (nights)",
            offers=["Site-based, no travel"],
        ),
        CRO,
        "Grimsby, UK",
        x(
            "Mark Sowerby",
            2,
            app(250, "offer", "declined_offer", "other", "Declined - 80% travel was too much"),
        ),
        x(
            "Dean Wraith",
            0,
            app(250, "offer", "declined_offer", "other", "Declined - won't work nights"),
        ),
    ),
]

HISTORY = [
    case(
        "failed on an expired GWO, since renewed vs failed on no BOSIET, nothing since",
        job(WIND_ROLE, location="Great Yarmouth, UK"),
        WIND_TECH,
        "Great Yarmouth, UK",
        x(
            "Ashley Dye",
            2,
            app(150, "interview", "rejected", "skills_gap", "GWO expired"),
            wa(60, "GWO renewed last month, all in date now"),
        ),
        x("Kyle Bessey", 0, app(40, "interview", "rejected", "skills_gap", "No BOSIET")),
    ),
    case(
        "position closed at the final in the oil-price freeze vs a safety breach on site",
        job(ROPE_ROLE, location="Aberdeen, UK"),
        ROPE,
        "Aberdeen, UK",
        x(
            "Grant Urquhart",
            2,
            app(
                220,
                "final",
                "position_closed",
                "headcount",
                "Hiring frozen after the oil price drop",
            ),
        ),
        x(
            "Darren Slessor",
            0,
            app(
                220,
                "onsite",
                "rejected",
                "conduct",
                "Unclipped at height on the client's trial day - safety breach",
            ),
        ),
    ),
    case(
        "a silver medalist rated 4.6 vs a CV never put forward",
        job(COMMS_ROLE, location="Newcastle upon Tyne, UK"),
        COMMS,
        "Newcastle upon Tyne, UK",
        x(
            "Lee Armstrong",
            2,
            final_loss(200, "Lost to one other on the final", role="Commissioning Engineer"),
        ),
        x("Gary Robson", 1, app(200, "applied", "rejected", "other", "Not reviewed")),
    ),
    case(
        "placed by us eight weeks ago vs a final lost last year",
        job(HV_ROLE, location="Glasgow, UK"),
        HV_ENG,
        "Glasgow, UK",
        x("Iain Sneddon", 0, app(56, "offer", "hired", None, "Placed with SSE, started 8 wks ago")),
        x("Craig Nisbet", 2, final_loss(330, role="HV Engineer")),
    ),
    case(
        "a no-show at the client interview last month vs a polite decline",
        job(CRO_ROLE, location="Grangemouth, UK"),
        CRO,
        "Falkirk, UK",
        x("Robbie Gunn", 0, app(30, "interview", "rejected", "no_show", "Didn't turn up, no call")),
        x(
            "Alan Lumsden",
            2,
            app(
                200,
                "final",
                "withdrew",
                "timing",
                "Politely withdrew - mid-turnaround, asked us to keep him in mind",
            ),
        ),
    ),
    case(
        "latest process: old skills gap then a recent final vs old final then a screen fail",
        job(GEO_ROLE, location="Aberdeen, UK"),
        GEO,
        "Aberdeen, UK",
        x(
            "Nicola Ewen",
            2,
            app(700, "interview", "rejected", "skills_gap", "Thin on Petrel"),
            final_loss(90, role="Geoscientist"),
        ),
        x(
            "Rachel Innes",
            0,
            final_loss(700, role="Geoscientist"),
            app(45, "screen", "rejected", "skills_gap", "Couldn't do the seismic exercise"),
        ),
    ),
]

# --- 8. several notes over time: the latest word counts --------------------------------------

LATEST_WORD = [
    case(
        "rotations: refused then fine vs fine then refused, a 2/2 role",
        job(WIND_ROLE, location="Grimsby, UK", offers=["2 weeks on / 2 weeks off"]),
        WIND_TECH,
        "Grimsby, UK",
        x(
            "Nathan Cammack",
            2,
            ats(300, "no rotations, kids small"),
            wa(20, "kids older now, 2/2 is fine again"),
        ),
        x(
            "Owen Tindall",
            0,
            ats(300, "2/2 fine"),
            wa(20, "changed my mind, no more rotations, home every night"),
        ),
    ),
    case(
        "remove me then looking again vs keep me posted then delete my data",
        job(HV_ROLE, location="Cardiff, UK"),
        HV_ENG,
        "Cardiff, UK",
        x(
            "Dylan Pritchard",
            2,
            mail(200, "Remove me from your list please."),
            mail(30, "Sorry about earlier in the year - I'm looking again, please send HV roles."),
        ),
        x(
            "Aled Vaughan",
            0,
            mail(200, "Keep me posted, cheers!"),
            mail(30, "Please delete all my data and don't contact me again."),
            excluded=True,
        ),
    ),
    case(
        "Norway: won't move then moving to Bergen vs moving then won't",
        job(GEO_ROLE, location="Bergen, Norway"),
        GEO,
        "Edinburgh, UK",
        x(
            "Fiona Lockhart",
            2,
            call(250, "Cand won't move to Norway."),
            call(25, "Cand now moving to Bergen with partner in spring - keen."),
        ),
        x(
            "Catriona Weir",
            0,
            call(250, "Cand keen to move to Bergen."),
            call(25, "Cand's plans changed - not moving to Norway after all."),
        ),
    ),
    case(
        "pay: £80k lowered to £62k vs £60k raised to £80k, a £58-65k band",
        job(
            CRO_ROLE,
            location="Grangemouth, UK",
            salary_min=58_000,
            salary_max=65_000,
            currency="GBP",
        ),
        CRO,
        "Falkirk, UK",
        x(
            "Derek Brodie",
            2,
            ats(200, "wants 80k"),
            call(20, "Cand would take £62k for days-based now."),
        ),
        x(
            "Sean Tulloch",
            0,
            ats(200, "wants 60k"),
            call(20, "Cand had a counter-offer, now needs £80k."),
        ),
    ),
    case(
        "oil and gas: refused then fine vs fine then refused, an O&G role",
        job(CRO_ROLE, location="Aberdeen, UK", title="Control Room Operator, FPSO"),
        CRO,
        "Aberdeen, UK",
        x(
            "Murray Cassie",
            2,
            mail(280, "No oil and gas please."),
            mail(15, "Happy to go back into oil and gas - I just need the work."),
        ),
        x(
            "Stewart Craib",
            0,
            mail(280, "Oil and gas is fine."),
            mail(15, "Renewables only from now on, no more oil and gas."),
        ),
    ),
    case(
        "nights: fine then days only vs days only then nights fine, a nights role",
        job(CRO_ROLE, location="Houston, TX, USA", title="Night Shift Board Operator"),
        CRO,
        "Houston, TX, USA",
        x(
            "Rusty Gautreaux",
            0,
            ats(250, "nights fine"),
            call(20, "After the health scare cand is days only."),
        ),
        x(
            "Ricky Landry",
            2,
            ats(250, "days only"),
            call(20, "Cand says nights are fine again now."),
        ),
    ),
    case(
        "the office: remote then wants the office vs office then remote only, an on-site role",
        job(TRADE_ROLE, location="Oslo, Norway", remote_policy="onsite"),
        TRADER,
        "Oslo, Norway",
        x(
            "Henrik Dahle",
            2,
            li(220, "Fully remote only."),
            li(20, "Actually I want an office again, remote got lonely."),
        ),
        x("Anders Lie", 0, li(220, "Office is great."), li(20, "Remote only from now on.")),
    ),
]

HELDOUT49_CASES: list[Case] = [
    *OPT_OUTS,
    *WAITS,
    *NO_WAIT,
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
    *HISTORY,
    *LATEST_WORD,
]

# The class names the set checks share (tests/test_eval_cases.py), over this file's own lists.
LAST_TIME = HISTORY
