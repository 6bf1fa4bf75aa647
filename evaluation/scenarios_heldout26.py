"""Held-out rediscovery cases, twenty-sixth set: the words of recruiters who hire for farms, food
plants, facilities and security, written by a twenty-sixth stranger to the reader (its code, its
labelled sets and the earlier case files' sentences were not looked at; held-out 10 was opened for
its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 26") and never tuned to what Encore does. The recruiters are an
agri-food recruitment desk and an in-house talent team for a facilities-and-security group,
placing people in New Zealand, Canada, the Netherlands, Kenya, Brazil, Ireland and the US
Midwest: dairy farm managers, herd managers and relief milkers, greenhouse growers in the
Westland, flower-farm and seasonal picking team leads, food production line leads, QA and food
safety technicians (HACCP, BRCGS, SQF), maintenance fitters, FM and building managers, security
officers and supervisors (SIA, PSA, Ontario guard licences, door supervision), cleaning
supervisors, pest control technicians and greenkeepers. Their world is calving and mating, harvest
and the safra, the milk price, the Valentine's rose rush, 4-on-4-off and continental rotas, 4am
milkings, night shifts and -25C freezers, tied cottages and farm houses, AEWV, LMIA and
SAWP, H-2A, Stamp 4, TWV and GVVA, CLT against PJ, vast contract against uitzendbureau, union and
non-union plants, forklift, tractor and Growsafe tickets.

The voices: terse ATS shorthand with abbreviations and typos ("cand", "2IC", "ph scrn",
"rtw ok", "pls", "w/", "sup"), lower-case WhatsApp, candidates' emails, LinkedIn messages and
formal letters, a recruiter's third-person call notes, notes that mention audits, courses,
seasons and dates without asking for a wait, and lines in Dutch, Brazilian Portuguese, Swahili
and Sheng, Te Reo greetings and Irish English. Money is NZD, CAD, EUR, KES a month, R$ a month,
USD an hour and a year.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a WhatsApp "take me off your list", a GDPR objection letter, a DNC logged on the
   phone, Dutch, Portuguese and Sheng, "no thanks" to our outreach, a retired pest controller's
   unsubscribe, a stop relayed by a wife on his behalf, "delete my number", a LinkedIn "stop all
   contact"): never shown; beside each a move of region, a CV update, no calls before 2pm, not
   during harvest, not the night shift (in Portuguese and in Sheng), not that site, a
   newsletter-only unsubscribe, a wife taking a message, a new number, another channel;
2. waits counted from the day said, each against a twin whose wait has run out: mid-calving and
   mating, the spring calving against the harvest, a SAWP contract and a trip home, Carnaval
   against Festa Junina, Valentine's against Mother's Day, a licence renewal, a BRCGS audit,
   maternity leave, a Christmas shutdown against the summer one, Easter against autumn
   renovations, a house move in the Dutch of an ATS note, deer season against the county
   fair;
3. schedule, travel, visa, contract and hours, commute and housing: nights on a 4-on-4-off,
   4am milkings, Sunday rotas, continentals, calving nights, evening cleaning; overnight routes,
   outgrower audits, flights against driving, no licence; AEWV, PR, Stamp 2 against an EU
   passport, a Dutch residence permit, H-2A; CLT and PJ, vast contract and uitzend, seasonal and
   permanent, part-time and full-time, union and non-union; a commute limit, half an hour on a
   matatu, the 401, a house on the farm;
4. pay against the band: NZD with a house, KES a month, R$ a month with benefits, US dollars an
   hour against a yearly band, a CAO band in euros a month with a current pay above it and a
   lower ask, an Irish hourly rate, CAD a year, a percentage uplift;
5. work mode said only in the policy field, only in the offers, only in the description and only
   in the title;
6. negation and scope ("never had a problem with the -25", "it wasn't the money, it was the 5am
   start", "wouldn't say no to running a crew", "weekend call-outs are no problem", "not fussed
   about housing", "nachtdiensten? geen probleem");
7. location and relocation (Southland, Naivasha, the interior of São Paulo, Cork, West Michigan),
   managing against hands-on (2IC to manager, a line lead, a head greenkeeper, a supervisor
   stepping back, an assistant building manager), family farm against corporate, a multinational,
   a vertical-farm start-up, a national guarding contractor, regenerative farming, meat, tobacco,
   a food-rescue charity, caged hens, robotic milking, SAP PM, Priva and a control room;
8. last time's reason resolved by this role or still standing (housing, nights, pay, a
   pesticide ticket, the freezer, Sunday work), the history with us (a no-show, a conduct
   dismissal against a man who covered for one, a recent failed HACCP test, a rude panel, a
   reneged acceptance) and the latest process (a final round against a CV never screened, a
   hire six weeks ago, a seasonal rehire, an offer pulled for budget);
9. several notes over time where the latest word counts: housing needed then not, nights fine
   then refused, an opt-out taken back and a "keep me in mind" hardened into a stop, a move
   refused then wanted, a pay ask lowered and raised.

Hard cases a careful human still gets right are mixed in: a partner's visa or job that is not
the candidate's, a vegetarian who has worked in meat QA for years, an objection to a past
employer's flights when this role drives, a current pay above the band with a lower ask, an
hourly ask against a yearly band, a colleague's dismissal in the note of the man who
covered for him, an unsubscribe
from a newsletter only, and a wife taking a message that is no stop.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

HERD_MANAGER = dict(
    current_title="Herd Manager",
    skills=["Dairy herd management", "Calving", "Animal health", "Pasture management"],
    years_experience=9,
    resume_text=(
        "Herd manager on pasture-based dairy farms for nine years, 450 to 900 cows through a "
        "rotary shed: calving and mating, heat detection, animal health plans with the vet, "
        "feed budgets, pasture walks and training farm assistants."
    ),
)
FARM_2IC = dict(
    current_title="Assistant Farm Manager (2IC)",
    skills=["Milking", "Calf rearing", "Tractor driving", "Staff rosters"],
    years_experience=6,
    resume_text=(
        "Second-in-charge on a 600-cow seasonal supply dairy: milking, calf rearing, tractor "
        "and silage work, effluent and irrigation, rosters for four staff and covering for the "
        "farm manager."
    ),
)
GROWER = dict(
    current_title="Greenhouse Grower",
    skills=["Greenhouse climate control", "Crop registration", "IPM", "Hydroponics"],
    years_experience=8,
    resume_text=(
        "Head grower in glasshouse tomatoes and sweet peppers, eight years: climate computer "
        "settings, crop registration, substrate irrigation, integrated pest management and a "
        "team of twelve harvesters."
    ),
)
PICKING_LEAD = dict(
    current_title="Harvest Team Leader",
    skills=["Harvest crews", "Quality grading", "Packhouse", "Health and safety"],
    years_experience=5,
    resume_text=(
        "Harvest team leader for berries, apples and cut flowers: crews of 20 to 40 pickers, "
        "grading and quality checks, packhouse flow, daily tallies and field safety briefings."
    ),
)
LINE_LEAD = dict(
    current_title="Production Line Leader",
    skills=["Food production", "Line changeovers", "GMP", "Forklift licence"],
    years_experience=7,
    resume_text=(
        "Line leader in chilled and frozen food manufacturing, seven years: changeovers, OEE "
        "boards, GMP and allergen controls, a crew of 14 operators, forklift licensed."
    ),
)
QA_TECH = dict(
    current_title="QA Technician",
    skills=["HACCP", "BRCGS", "Internal audits", "Traceability"],
    years_experience=6,
    resume_text=(
        "QA and food safety technician, six years in dairy and meat plants: HACCP level 3, "
        "BRCGS and SQF audits, CCP verification, traceability exercises, swabbing and "
        "customer complaint investigations."
    ),
)
FITTER = dict(
    current_title="Maintenance Fitter",
    skills=[
        "Mechanical maintenance",
        "PLC fault finding",
        "Planned preventive maintenance",
        "Welding",
    ],
    years_experience=10,
    resume_text=(
        "Multi-skilled maintenance fitter, ten years in food and drink plants: breakdowns on "
        "packing and filling lines, PPM schedules, basic PLC fault finding, refrigeration "
        "plant checks and fabrication."
    ),
)
FM_MANAGER = dict(
    current_title="Facilities Manager",
    skills=[
        "Building management",
        "Hard and soft FM",
        "Contractor management",
        "Health and safety",
    ],
    years_experience=11,
    resume_text=(
        "Facilities manager for offices and a distribution campus, eleven years: hard and soft "
        "services contracts, planned maintenance, fire safety and statutory compliance, budgets "
        "and a team of six."
    ),
)
SECURITY = dict(
    current_title="Security Supervisor",
    skills=["Manned guarding", "CCTV", "Incident reporting", "Door supervision"],
    years_experience=8,
    resume_text=(
        "Licensed security supervisor, eight years on retail, logistics and event sites: shift "
        "briefings, patrols, CCTV monitoring, incident reports, access control and door work."
    ),
)
CLEANING_SUP = dict(
    current_title="Cleaning Supervisor",
    skills=["Contract cleaning", "Team supervision", "COSHH", "Quality audits"],
    years_experience=6,
    resume_text=(
        "Cleaning supervisor for offices, hospitals and food sites: teams of 10 to 25 cleaners, "
        "rotas, COSHH and chemical training, quality audits and client walk-rounds."
    ),
)
PEST_TECH = dict(
    current_title="Pest Control Technician",
    skills=["Rodent control", "Insect control", "Food site audits", "Pesticide licence"],
    years_experience=7,
    resume_text=(
        "Pest control technician on a commercial route, seven years: food factories, "
        "warehouses and farms, bait stations and fumigation, audit-ready reports and "
        "certified pesticide use."
    ),
)
GREENKEEPER = dict(
    current_title="Greenkeeper",
    skills=["Turf management", "Machinery operation", "Spraying", "Irrigation"],
    years_experience=8,
    resume_text=(
        "Greenkeeper and groundsman, eight years on golf courses and sports grounds: mowing, "
        "top-dressing, aeration, spraying with a pesticide certificate and irrigation repairs."
    ),
)


def crew(persona: dict, where: str):
    """People of one trade on the desk's books: the same profile and persona, living in
    ``where`` unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(name, "cs", grade, *said, apps=apps, touches=touches, excluded=excluded, **extra)

    return make


# --- who wrote what -------------------------------------------------------------------------


def ats(days, note) -> dict:
    """A recruiter's note typed into the ATS, in their shorthand."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def rang(days, note) -> dict:
    """A recruiter's call note, written about the candidate in the third person."""
    return touch(days, "outbound", "replied", "note", note=note, channel="phone")


def whatsapp(days, words) -> dict:
    """The candidate's WhatsApp message, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def mail(days, words) -> dict:
    """The candidate's email or letter."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def inmail(days, words) -> dict:
    """The candidate's LinkedIn message."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def pitched(days, note) -> dict:
    """Our outreach, as logged, before the candidate answered."""
    return touch(days, "outbound", None, "re_engagement", note=note, channel="email")


def runner_up(days, note=None, *, role="Herd Manager") -> dict:
    """Reached the final interview and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def said_no(days, reason, note, *, past=None, role="Herd Manager") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def stepped_away(days, reason, note, *, stage="interview", past=None, role="Herd Manager"):
    """Withdrew from the process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def job(what: dict, where: dict, **more) -> dict:
    """An opening: the job, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

HERD_ROLE = dict(
    title="Herd Manager",
    department="Dairy",
    seniority="senior",
    requirements="Dairy herd management\nCalving and mating\nAnimal health\nPasture management",
    description="Run the herd on a 700-cow spring-calving dairy farm with a 54-bail rotary.",
)
FARM_MANAGER_ROLE = dict(
    title="Farm Manager",
    department="Dairy",
    seniority="manager",
    requirements="Dairy farm experience\nStaff management\nMilking\nTractor licence",
    description="Manage a 500-cow dairy unit and its three staff for the owners.",
)
GROWER_ROLE = dict(
    title="Head Grower",
    department="Cultivation",
    seniority="lead",
    requirements="Greenhouse climate control\nCrop registration\nIPM\nHydroponic cultivation",
    description="Lead cultivation in 12 hectares of glasshouse tomatoes.",
)
HARVEST_ROLE = dict(
    title="Harvest Team Leader",
    department="Operations",
    seniority="mid",
    requirements="Leading harvest crews\nQuality grading\nPackhouse experience",
    description="Lead a picking crew of 30 through the harvest and into the packhouse.",
)
LINE_ROLE = dict(
    title="Production Line Leader",
    department="Production",
    seniority="lead",
    requirements="Food manufacturing\nLine changeovers\nGMP\nForklift licence",
    description="Lead a crew of 12 operators on a ready-meals line.",
)
QA_ROLE = dict(
    title="QA Technician",
    department="Quality",
    seniority="mid",
    requirements="HACCP level 3\nBRCGS audits\nTraceability\nInternal auditing",
    description="Keep the plant audit-ready: CCP checks, traceability and internal audits.",
)
FITTER_ROLE = dict(
    title="Maintenance Fitter",
    department="Engineering",
    seniority="mid",
    requirements="Mechanical maintenance\nFault finding\nPPM\nFood plant experience",
    description="Breakdown and planned maintenance on high-speed packing lines.",
)
FM_ROLE = dict(
    title="Facilities Manager",
    department="Facilities",
    seniority="manager",
    requirements="Hard and soft FM\nContractor management\nStatutory compliance\nBudgets",
    description="Run the facilities of a corporate campus and its service contracts.",
)
GUARD_ROLE = dict(
    title="Security Supervisor",
    department="Security",
    seniority="lead",
    requirements="Security licence\nSupervising officers\nCCTV\nIncident reporting",
    description="Supervise the security team on a logistics site.",
)
CLEAN_ROLE = dict(
    title="Cleaning Supervisor",
    department="Cleaning services",
    seniority="lead",
    requirements="Contract cleaning\nTeam supervision\nCOSHH\nQuality audits",
    description="Supervise a cleaning team of 18 on a corporate office contract.",
)
PEST_ROLE = dict(
    title="Pest Control Technician",
    department="Field services",
    seniority="mid",
    requirements="Pesticide licence\nRodent and insect control\nFood site audits\nDriving licence",
    description="Service commercial accounts on a route of food sites and farms.",
)
GREENS_ROLE = dict(
    title="Greenkeeper",
    department="Course",
    seniority="mid",
    requirements="Turf management\nMachinery\nSpraying certificate\nIrrigation",
    description="Look after the greens and tees of an 18-hole parkland course.",
)

# --- where they are worked ------------------------------------------------------------------

WAIKATO = dict(remote_policy="onsite", location="Hamilton, Waikato, New Zealand")
CANTERBURY = dict(remote_policy="onsite", location="Ashburton, Canterbury, New Zealand")
SOUTHLAND = dict(remote_policy="onsite", location="Gore, Southland, New Zealand")
TARANAKI = dict(remote_policy="onsite", location="Stratford, Taranaki, New Zealand")
WESTLAND = dict(remote_policy="onsite", location="Naaldwijk, Westland, Netherlands")
VENLO = dict(remote_policy="onsite", location="Venlo, Netherlands")
NAIVASHA = dict(remote_policy="onsite", location="Naivasha, Kenya")
NAIROBI = dict(remote_policy="onsite", location="Nairobi, Kenya")
CAMPINAS = dict(remote_policy="onsite", location="Campinas, São Paulo, Brazil")
RIBEIRAO = dict(remote_policy="onsite", location="Ribeirão Preto, São Paulo, Brazil")
SANTA_CRUZ = dict(remote_policy="onsite", location="Santa Cruz do Sul, Rio Grande do Sul, Brazil")
DUBLIN = dict(remote_policy="onsite", location="Dublin, Ireland")
CORK = dict(remote_policy="onsite", location="Cork, Ireland")
KILKENNY = dict(remote_policy="onsite", location="Kilkenny, Ireland")
TORONTO = dict(remote_policy="onsite", location="Toronto, Ontario, Canada")
MISSISSAUGA = dict(remote_policy="onsite", location="Mississauga, Ontario, Canada")
LEAMINGTON = dict(remote_policy="onsite", location="Leamington, Ontario, Canada")
CALGARY = dict(remote_policy="onsite", location="Calgary, Alberta, Canada")
MADISON = dict(remote_policy="onsite", location="Madison, Wisconsin, USA")
DES_MOINES = dict(remote_policy="onsite", location="Des Moines, Iowa, USA")
GRAND_RAPIDS = dict(remote_policy="onsite", location="Grand Rapids, Michigan, USA")
OMAHA = dict(remote_policy="onsite", location="Omaha, Nebraska, USA")

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "whatsapp 'take me off your list' vs take me off the Canterbury list, Waikato welcome",
        "cs",
        [
            crew(HERD_MANAGER, "Hamilton, Waikato, New Zealand")(
                "Ropata Whaanga-Price",
                0,
                touches=[
                    whatsapp(
                        50,
                        "kia ora, pls take me off your list. not interested in hearing from any "
                        "recruiters again, cheers",
                    )
                ],
                excluded=True,
            ),
            crew(HERD_MANAGER, "Hamilton, Waikato, New Zealand")(
                "Kahurangi Tautahi",
                2,
                touches=[
                    whatsapp(
                        50,
                        "kia ora, take me off the canterbury list pls - we've shifted up to "
                        "the waikato. keep the waikato herd jobs coming tho",
                    )
                ],
            ),
        ],
        **job(HERD_ROLE, WAIKATO),
    ),
    C(
        "a formal GDPR objection to all contact vs a letter sending an updated CV",
        "cs",
        [
            crew(QA_TECH, "Kilkenny, Ireland")(
                "Gráinne Ní Bhriain",
                0,
                touches=[
                    mail(
                        80,
                        "Dear Sir or Madam, I write to object, under Article 21 of the GDPR, to "
                        "the processing of my personal data for the purpose of recruitment "
                        "approaches. Please cease all contact with me by phone, email or post "
                        "and confirm that my details have been deleted. Yours faithfully, "
                        "G. Ní Bhriain",
                    )
                ],
                excluded=True,
            ),
            crew(QA_TECH, "Kilkenny, Ireland")(
                "Eilís Mac Craith",
                2,
                touches=[
                    mail(
                        80,
                        "Dear Sir or Madam, please find enclosed my updated curriculum vitae. "
                        "Since we last spoke I have completed the BRCGS Issue 9 internal auditor "
                        "course, and I would welcome being considered for QA positions in the "
                        "south-east. Yours faithfully, E. Mac Craith",
                    )
                ],
            ),
        ],
        **job(QA_ROLE, KILKENNY),
    ),
    C(
        "DNC asked for on the phone vs no calls before 2pm, he works nights",
        "cs",
        [
            crew(SECURITY, "Omaha, Nebraska, USA")(
                "Dwight Kowalczyk",
                0,
                touches=[
                    ats(
                        35,
                        "ph call 10/19 - cand requested DNC. do not call/text/email. verbal "
                        "request, logged per policy",
                    )
                ],
                excluded=True,
            ),
            crew(SECURITY, "Omaha, Nebraska, USA")(
                "Lamar Petrakis",
                2,
                touches=[
                    ats(
                        35,
                        "ph call 10/19 - cand requested no calls before 2pm (works nights at the "
                        "DC). texts ok anytime. open to sup roles in Omaha",
                    )
                ],
            ),
        ],
        **job(GUARD_ROLE, OMAHA),
    ),
    C(
        "Dutch: remove me from your files vs rather no calls during the harvest",
        "cs",
        [
            crew(GROWER, "Naaldwijk, Westland, Netherlands")(
                "Arjen Hoogendijk",
                0,
                touches=[
                    mail(
                        60,
                        "Haal mij alsjeblieft uit jullie bestand. Ik wil niet meer benaderd "
                        "worden, ook niet voor andere functies.",
                    )
                ],
                excluded=True,
            ),
            crew(GROWER, "Naaldwijk, Westland, Netherlands")(
                "Maarten Vreugdenhil",
                2,
                touches=[
                    mail(
                        60,
                        "Bel me liever niet tijdens de oogst, dan sta ik de hele dag in de kas. "
                        "Mailen is prima, en een teeltfunctie in het Westland blijft "
                        "interessant.",
                    )
                ],
            ),
        ],
        **job(GROWER_ROLE, WESTLAND),
    ),
    C(
        "Portuguese: stop sending me messages vs not the night shift, day shift yes",
        "cs",
        [
            crew(LINE_LEAD, "Campinas, São Paulo, Brazil")(
                "Claudinei Barbosa Leite",
                0,
                touches=[
                    whatsapp(
                        40,
                        "Por favor, não me mandem mais mensagens. Não tenho interesse em "
                        "nenhuma vaga de vocês.",
                    )
                ],
                excluded=True,
            ),
            crew(LINE_LEAD, "Campinas, São Paulo, Brazil")(
                "Josué Nascimento Prado",
                2,
                touches=[
                    whatsapp(
                        40,
                        "Não tenho interesse em vaga no turno da noite, mas se for de dia "
                        "pode mandar que eu olho sim.",
                    )
                ],
            ),
        ],
        **job(
            LINE_ROLE,
            CAMPINAS,
            offers=["Turno A, das 6h às 14h20, segunda a sábado"],
        ),
    ),
    C(
        "Sheng: don't text me again vs no night shift, Naivasha day shift is fine",
        "cs",
        [
            crew(PICKING_LEAD, "Naivasha, Kenya")(
                "Kiprono Chelagat",
                0,
                touches=[
                    whatsapp(
                        30,
                        "Boss please usinitext tena. Sina interest na hizi kazi zenu, "
                        "nimeshasema mara mbili. Asante.",
                    )
                ],
                excluded=True,
            ),
            crew(PICKING_LEAD, "Naivasha, Kenya")(
                "Wambui Gachanja",
                2,
                touches=[
                    whatsapp(
                        30,
                        "Boss sina interest na night shift ya packhouse, lakini day shift ya "
                        "greenhouse hapa Naivasha iko poa. Nitumie details.",
                    )
                ],
            ),
        ],
        **job(
            HARVEST_ROLE,
            NAIVASHA,
            title="Harvest Team Leader, Roses",
            offers=["Day shift, 7am to 4pm, greenhouse harvest"],
        ),
    ),
    C(
        "'no thanks' to our outreach vs no thanks to the Mississauga site, downtown is fine",
        "cs",
        [
            crew(CLEANING_SUP, "Toronto, Ontario, Canada")(
                "Marisol Ancheta",
                0,
                touches=[
                    pitched(20, "Sent the downtown office cleaning supervisor role."),
                    mail(18, "nah, no thanks"),
                ],
                excluded=True,
            ),
            crew(CLEANING_SUP, "Toronto, Ontario, Canada")(
                "Rhoda Villaluz",
                2,
                touches=[
                    pitched(20, "Sent the Mississauga warehouse cleaning supervisor role."),
                    mail(
                        18,
                        "No thanks to the Mississauga one, it's two buses and the GO from me. "
                        "Anything downtown I'd jump at.",
                    ),
                ],
            ),
        ],
        **job(CLEAN_ROLE, TORONTO, offers=["Bay Street office tower, walking distance to Union"]),
    ),
    C(
        "unsubscribe, retired and sold the route vs unsubscribe from the newsletter only",
        "cs",
        [
            crew(PEST_TECH, "Des Moines, Iowa, USA")(
                "Virgil Hanrahan",
                0,
                touches=[
                    mail(
                        90,
                        "Unsubscribe. I retired from pest control in the spring and sold my "
                        "route. Please don't contact me about jobs.",
                    )
                ],
                excluded=True,
            ),
            crew(PEST_TECH, "Des Moines, Iowa, USA")(
                "Cody Brinkerhoff",
                2,
                touches=[
                    mail(
                        90,
                        "Please unsubscribe me from the weekly job-alert newsletter, it's "
                        "mostly residential stuff. I'd still like to hear from you personally "
                        "about commercial accounts roles around Des Moines.",
                    )
                ],
            ),
        ],
        **job(PEST_ROLE, DES_MOINES),
    ),
    C(
        "his wife passes on that he wants no more contact vs his wife takes a message",
        "cs",
        [
            crew(FITTER, "Cork, Ireland")(
                "Donncha Ó Murchadha-Keane",
                0,
                touches=[
                    rang(
                        45,
                        "Rang Donncha's mobile, his wife Siobhán answered. She said Donncha "
                        "asked her to tell us to stop contacting him - he's not interested, "
                        "now or ever. Respect it.",
                    )
                ],
                excluded=True,
            ),
            crew(FITTER, "Cork, Ireland")(
                "Fiachra Twomey",
                2,
                touches=[
                    rang(
                        45,
                        "Rang Fiachra's mobile, his wife answered - he's on a breakdown at the "
                        "plant till 6, ring back after. She said he's been asking about "
                        "fitter jobs closer to Cork.",
                    )
                ],
            ),
        ],
        **job(FITTER_ROLE, CORK),
    ),
    C(
        "'delete my number, I've told two of yours' vs delete my old number, here's the new one",
        "cs",
        [
            crew(GREENKEEPER, "Kilkenny, Ireland")(
                "Pádraig Kinsella",
                0,
                touches=[
                    whatsapp(
                        25,
                        "I've already told two of your lot. Delete my number and leave me alone.",
                    )
                ],
                excluded=True,
            ),
            crew(GREENKEEPER, "Kilkenny, Ireland")(
                "Tadhg Brennock",
                2,
                touches=[
                    whatsapp(
                        25,
                        "Delete my old number, that phone's gone in the lake at the 14th. New "
                        "one is this one. Still mad for a greenkeeping job near home.",
                    )
                ],
            ),
        ],
        **job(GREENS_ROLE, KILKENNY),
    ),
    C(
        "LinkedIn: out of FM, stop all contact vs stop InMailing, use my personal email",
        "cs",
        [
            crew(FM_MANAGER, "Calgary, Alberta, Canada")(
                "Brent Van Heerden",
                0,
                touches=[
                    inmail(
                        70,
                        "Please stop messaging me about facilities roles. I've left the "
                        "industry and don't want any further contact from your firm.",
                    )
                ],
                excluded=True,
            ),
            crew(FM_MANAGER, "Calgary, Alberta, Canada")(
                "Trudy Okonkwo-Lindgren",
                2,
                touches=[
                    inmail(
                        70,
                        "Please stop InMailing me here, I barely log in. Email my personal "
                        "address instead - I'm very open to FM manager roles in Calgary.",
                    )
                ],
            ),
        ],
        **job(FM_ROLE, CALGARY),
    ),
]

# --- 2. waits counted from the day said, each against a twin whose wait has run out ---------

WAITS = [
    C(
        "won't leave before mating ends in late January vs before calving ends in September",
        "cs",
        [
            crew(HERD_MANAGER, "Stratford, Taranaki, New Zealand")(
                "Hemi Tuhiwai",
                1,
                touches=[
                    rang(
                        date(2026, 9, 14),
                        "Spoke w Hemi. Won't leave his boss mid-season - mating runs till the "
                        "end of Jan, he's not moving or interviewing till that's done. After "
                        "that, keen.",
                    )
                ],
            ),
            crew(HERD_MANAGER, "Stratford, Taranaki, New Zealand")(
                "Manaia Ruatapu",
                2,
                touches=[
                    rang(
                        date(2026, 7, 6),
                        "Spoke w Manaia. Won't leave his boss mid-calving - calving's done by "
                        "end of Sept, he's not moving or interviewing till then. After that, "
                        "keen.",
                    )
                ],
            ),
        ],
        **job(HERD_ROLE, TARANAKI),
    ),
    C(
        "not till the spring calving is over in April vs not till the harvest is in",
        "cs",
        [
            crew(FARM_2IC, "Kilkenny, Ireland")(
                "Cathal Dunphy",
                1,
                touches=[
                    mail(
                        date(2026, 10, 26),
                        "Thanks for thinking of me. I'm not going anywhere till the spring "
                        "calving is over, so leave it till the end of April and I'll be "
                        "glad to talk.",
                    )
                ],
            ),
            crew(FARM_2IC, "Kilkenny, Ireland")(
                "Ruairí Hennessy",
                2,
                touches=[
                    mail(
                        date(2026, 6, 8),
                        "Thanks for thinking of me. I'm not going anywhere till the barley and "
                        "wheat are in, so leave it till the end of September and I'll be glad "
                        "to talk.",
                    )
                ],
            ),
        ],
        **job(FARM_MANAGER_ROLE, KILKENNY),
    ),
    C(
        "SAWP contract ends in December, home till March vs contract ended in October",
        "cs",
        [
            crew(PICKING_LEAD, "Leamington, Ontario, Canada")(
                "Eusebio Tzul Caal",
                1,
                touches=[
                    rang(
                        date(2026, 11, 2),
                        "Eusebio (SAWP, greenhouse peppers Leamington): contract ends Dec 15, "
                        "flies home to Guatemala and is there till March. Says don't bother "
                        "till he's back in March.",
                    )
                ],
            ),
            crew(PICKING_LEAD, "Leamington, Ontario, Canada")(
                "Anselmo Quiroga Batz",
                2,
                touches=[
                    rang(
                        date(2026, 5, 11),
                        "Anselmo (SAWP, field tomatoes Leamington): contract ends Oct 9, he's "
                        "home for a few weeks after and wants a call once he's back, early "
                        "November.",
                    )
                ],
            ),
        ],
        **job(HARVEST_ROLE, LEAMINGTON),
    ),
    C(
        "Portuguese: after Carnaval vs after the Festa Junina",
        "cs",
        [
            crew(QA_TECH, "Ribeirão Preto, São Paulo, Brazil")(
                "Tatiane Moura Sampaio",
                1,
                touches=[
                    whatsapp(
                        date(2026, 10, 19),
                        "Oi! Agora não dá, estamos com auditoria e fim de safra. Depois do "
                        "Carnaval a gente conversa, pode ser?",
                    )
                ],
            ),
            crew(QA_TECH, "Ribeirão Preto, São Paulo, Brazil")(
                "Priscila Toledo Amaral",
                2,
                touches=[
                    whatsapp(
                        date(2026, 4, 13),
                        "Oi! Agora não dá, estamos no pico da moagem. Depois da Festa Junina a "
                        "gente conversa, pode ser?",
                    )
                ],
            ),
        ],
        **job(QA_ROLE, RIBEIRAO),
    ),
    C(
        "after the Valentine's rose rush vs after the Mother's Day peak",
        "cs",
        [
            crew(PICKING_LEAD, "Naivasha, Kenya")(
                "Nyokabi Wairimu",
                1,
                touches=[
                    whatsapp(
                        date(2026, 10, 26),
                        "hi, feb is madness on the farm with valentines orders. cant think of "
                        "moving till after 14th feb, call me then pls",
                    )
                ],
            ),
            crew(PICKING_LEAD, "Naivasha, Kenya")(
                "Chebet Kiplagat",
                2,
                touches=[
                    whatsapp(
                        date(2026, 3, 16),
                        "hi, may is madness on the farm with mothers day orders. cant think of "
                        "moving till after the peak, call me in june pls",
                    )
                ],
            ),
        ],
        **job(HARVEST_ROLE, NAIVASHA, title="Harvest Supervisor, Cut Flowers"),
    ),
    C(
        "licence renewal with the SIA, 8-10 weeks, said a fortnight ago vs said in June",
        "cs",
        [
            crew(SECURITY, "Dublin, Ireland")(
                "Lorcan Fitzmaurice",
                1,
                touches=[
                    ats(
                        14,
                        "cand moved over from UK, SIA badge lapsed, PSA licence app in. PSA "
                        "quoting 8-10 wks. cant be deployed till card lands - hold off till "
                        "then",
                    )
                ],
            ),
            crew(SECURITY, "Dublin, Ireland")(
                "Colm Mac Giolla Phádraig",
                2,
                touches=[
                    ats(
                        160,
                        "cand moved over from UK, SIA badge lapsed, PSA licence app in. PSA "
                        "quoting 8-10 wks. cant be deployed till card lands - hold off till "
                        "then",
                    )
                ],
            ),
        ],
        **job(GUARD_ROLE, DUBLIN),
    ),
    C(
        "BRCGS audit first week of February, said in November vs audit in June, said in March",
        "cs",
        [
            crew(QA_TECH, "Cork, Ireland")(
                "Orlaith Cremin",
                1,
                touches=[
                    inmail(
                        date(2026, 11, 2),
                        "Hi - our BRCGS audit is the first week of February and I'm the one "
                        "holding the pen on it. I won't walk out before that. Can we talk "
                        "after the audit?",
                    )
                ],
            ),
            crew(QA_TECH, "Cork, Ireland")(
                "Nuala Desmond",
                2,
                touches=[
                    inmail(
                        date(2026, 3, 9),
                        "Hi - our unannounced BRCGS window opens in June and I'm running the "
                        "prep. I won't walk out before that. Can we talk once the auditor's "
                        "been?",
                    )
                ],
            ),
        ],
        **job(QA_ROLE, CORK),
    ),
    C(
        "maternity leave till September 2027 vs maternity leave that ended in August",
        "cs",
        [
            crew(LINE_LEAD, "Venlo, Netherlands")(
                "Femke Claassen",
                1,
                touches=[
                    mail(
                        date(2026, 9, 7),
                        "I'm on maternity leave till September 2027 - please don't ring before "
                        "I'm back, I want this time with the baby. After that, yes.",
                    )
                ],
            ),
            crew(LINE_LEAD, "Venlo, Netherlands")(
                "Lieke Hermans",
                2,
                touches=[
                    mail(
                        date(2026, 1, 12),
                        "I'm on maternity leave till the end of August - please don't ring "
                        "before I'm back, I want this time with the baby. After that, yes.",
                    )
                ],
            ),
        ],
        **job(LINE_ROLE, VENLO),
    ),
    C(
        "doing the Christmas shutdown works, not before mid-January vs the summer shutdown",
        "cs",
        [
            crew(FITTER, "Madison, Wisconsin, USA")(
                "Garrett Schoenfeld",
                1,
                touches=[
                    rang(
                        21,
                        "Garrett's lead fitter on the Christmas shutdown at the cheese plant, "
                        "Dec 21 to Jan 8. Asked us not to bother him till mid-January, then "
                        "he's all ears.",
                    )
                ],
            ),
            crew(FITTER, "Madison, Wisconsin, USA")(
                "Travis Lindqvist-Moe",
                2,
                touches=[
                    rang(
                        date(2026, 5, 18),
                        "Travis is lead fitter on the July 4th shutdown at the cheese plant, "
                        "two weeks. Asked us not to bother him till the back half of July, "
                        "then he's all ears.",
                    )
                ],
            ),
        ],
        **job(FITTER_ROLE, MADISON),
    ),
    C(
        "leave it till after Easter vs autumn renovations done by the end of October",
        "cs",
        [
            crew(GREENKEEPER, "Cork, Ireland")(
                "Ciarán Lenihan",
                1,
                touches=[
                    whatsapp(
                        date(2026, 10, 12),
                        "Hollow-tining and top dressing all winter then the spring comps. "
                        "Leave it till after Easter would ya, I'll have my head up then",
                    )
                ],
            ),
            crew(GREENKEEPER, "Cork, Ireland")(
                "Darragh Kiely",
                2,
                touches=[
                    whatsapp(
                        date(2026, 8, 10),
                        "Autumn renovations on till the end of October, hollow-tining the "
                        "lot. Leave it till after that would ya, I'll have my head up then",
                    )
                ],
            ),
        ],
        **job(GREENS_ROLE, CORK),
    ),
    C(
        "Dutch: moving house in January, ring after 1 February vs after 1 September",
        "cs",
        [
            crew(FM_MANAGER, "Venlo, Netherlands")(
                "Joost Verhoeven",
                1,
                touches=[
                    ats(
                        date(2026, 10, 5),
                        "Kand. verhuist in januari naar Tegelen, hoofd staat er niet naar. "
                        "Vraagt: bel me na 1 februari.",
                    )
                ],
            ),
            crew(FM_MANAGER, "Venlo, Netherlands")(
                "Ruud Gielen",
                2,
                touches=[
                    ats(
                        date(2026, 6, 15),
                        "Kand. verhuist in augustus naar Blerick, hoofd staat er niet naar. "
                        "Vraagt: bel me na 1 september.",
                    )
                ],
            ),
        ],
        **job(FM_ROLE, VENLO, title="Facilitair Manager"),
    ),
    C(
        "nothing till after deer season vs nothing till after the county fair",
        "cs",
        [
            crew(FARM_2IC, "Madison, Wisconsin, USA")(
                "Dale Wojciechowski",
                1,
                touches=[
                    whatsapp(
                        date(2026, 11, 2),
                        "hey, nothing till after deer season, I'm up north at camp with my "
                        "dad and brothers the whole nine days. text me after",
                    )
                ],
            ),
            crew(FARM_2IC, "Madison, Wisconsin, USA")(
                "Kyle Ostrowski",
                2,
                touches=[
                    whatsapp(
                        date(2026, 7, 13),
                        "hey, nothing till after the county fair, my girls are showing "
                        "heifers all week. text me after",
                    )
                ],
            ),
        ],
        **job(FARM_MANAGER_ROLE, MADISON, title="Dairy Farm Manager"),
    ),
]

# --- 3. schedule, travel, visa, contract and hours, commute and housing ---------------------

NIGHTS_GUARDING = dict(
    GUARD_ROLE,
    description="Supervise the security team on a 24/7 distribution centre. 4-on-4-off, "
    "12-hour shifts, rotating two days and two nights.",
)
EARLY_MILKING = dict(
    HERD_ROLE,
    description="Run the herd on a 700-cow farm. Morning milking starts at 4am; you will be "
    "on the milking roster most days.",
)
SUNDAY_GLASSHOUSE = dict(
    GROWER_ROLE,
    description="Lead cultivation in 12 hectares of glasshouse tomatoes. Growers share a "
    "Sunday and holiday rota for crop and climate checks.",
)
CONTINENTAL_LINE = dict(
    LINE_ROLE,
    description="Lead a crew of 12 on a ready-meals line. Continental shift pattern: two "
    "days, two nights, four off.",
)
CALVING_NIGHTS = dict(
    HERD_ROLE,
    description="Run the herd on a 650-cow spring-calving farm. During calving you share the "
    "night checks of the springer mob on a roster.",
)
EVENING_CLEAN = dict(
    CLEAN_ROLE,
    description="Supervise a cleaning team of 18 in an office tower, Monday to Friday, 6pm to 2am.",
)

SCHEDULE = [
    C(
        "won't do nights again vs prefers nights on a 4-on-4-off",
        "cs",
        [
            crew(SECURITY, "Grand Rapids, Michigan, USA")(
                "Rodney Vanderploeg",
                0,
                touches=[
                    rang(
                        55,
                        "Rodney: 6 yrs on 4-on-4-off at the Meijer DC. Says his body can't "
                        "take nights anymore, days only from here on, doctor's orders.",
                    )
                ],
            ),
            crew(SECURITY, "Grand Rapids, Michigan, USA")(
                "Terrence Bosscher",
                2,
                touches=[
                    rang(
                        55,
                        "Terrence: 6 yrs on 4-on-4-off at a DC in Wyoming MI. Prefers nights, "
                        "the differential is better and it's quieter. Any rota.",
                    )
                ],
            ),
        ],
        **job(NIGHTS_GUARDING, GRAND_RAPIDS),
    ),
    C(
        "no more 4am starts vs up at half three for milking for ten years",
        "cs",
        [
            crew(HERD_MANAGER, "Ashburton, Canterbury, New Zealand")(
                "Shane McIlroy-Tait",
                0,
                touches=[
                    whatsapp(
                        65,
                        "honestly mate the 4am cups-on has wrecked me. looking for something "
                        "7 till 4 now, no milking roster",
                    )
                ],
            ),
            crew(HERD_MANAGER, "Ashburton, Canterbury, New Zealand")(
                "Corey Bellamy-Rangi",
                2,
                touches=[
                    whatsapp(
                        65,
                        "been up at half 3 for cups on for ten years mate, early starts are "
                        "nothing. keen for a bigger herd",
                    )
                ],
            ),
        ],
        **job(EARLY_MILKING, CANTERBURY),
    ),
    C(
        "never works Sundays, church vs his partner does Sundays, he doesn't mind them",
        "cs",
        [
            crew(GROWER, "Naaldwijk, Westland, Netherlands")(
                "Gerrit van der Kooij",
                0,
                touches=[
                    rang(
                        75,
                        "Gerrit (tomaten, 8 jr): zondag gaat hij naar de kerk en werkt hij "
                        "nooit, ook niet voor een klimaatcheck. Daar is geen discussie over.",
                    )
                ],
            ),
            crew(GROWER, "Naaldwijk, Westland, Netherlands")(
                "Wim Zuijderwijk",
                2,
                touches=[
                    rang(
                        75,
                        "Wim (tomaten, 8 jr): zijn vriendin werkt elke zondag in de zorg en "
                        "wil dat hij dan thuis is, maar hij zegt zelf dat een zondagrooster "
                        "hem niks uitmaakt.",
                    )
                ],
            ),
        ],
        **job(SUNDAY_GLASSHOUSE, WESTLAND),
    ),
    C(
        "days only for childcare until 2028 vs used to continentals",
        "cs",
        [
            crew(LINE_LEAD, "Dublin, Ireland")(
                "Sorcha Nic Amhlaoibh",
                0,
                touches=[
                    ats(
                        40,
                        "ph scrn - strong lead, 7 yrs chilled. DAYS ONLY until youngest starts "
                        "school sept 2028, no nights no rotating. rtw ok",
                    )
                ],
            ),
            crew(LINE_LEAD, "Dublin, Ireland")(
                "Aisling Corcoran",
                2,
                touches=[
                    ats(
                        40,
                        "ph scrn - strong lead, 7 yrs chilled. on continentals at Kerry Foods "
                        "now, happy to stay on them. rtw ok",
                    )
                ],
            ),
        ],
        **job(CONTINENTAL_LINE, DUBLIN),
    ),
    C(
        "calving night checks don't bother him vs done with calving nights",
        "cs",
        [
            crew(HERD_MANAGER, "Gore, Southland, New Zealand")(
                "Tama Heremaia",
                2,
                touches=[
                    rang(
                        90,
                        "Tama says night checks on the springers are part of the job, "
                        "doesn't bother him. Wants to run a bigger herd.",
                    )
                ],
            ),
            crew(HERD_MANAGER, "Gore, Southland, New Zealand")(
                "Logan Fairbairn",
                0,
                touches=[
                    rang(
                        90,
                        "Logan says he's done with night checks on the springers - three "
                        "seasons of it and his marriage nearly went. Day work only.",
                    )
                ],
            ),
        ],
        **job(CALVING_NIGHTS, SOUTHLAND),
    ),
    C(
        "evenings suit, studying by day vs home by nine for the kids",
        "cs",
        [
            crew(CLEANING_SUP, "Toronto, Ontario, Canada")(
                "Gurpreet Kaur Bhullar",
                2,
                touches=[
                    mail(
                        30,
                        "Evenings actually suit me best - I'm doing my PSW course at George "
                        "Brown in the daytime until next year.",
                    )
                ],
            ),
            crew(CLEANING_SUP, "Toronto, Ontario, Canada")(
                "Harpreet Dhillon",
                0,
                touches=[
                    mail(
                        30,
                        "I need to be home by 9pm at the latest for my kids, my husband works "
                        "nights. Day or early-evening contracts only please.",
                    )
                ],
            ),
        ],
        **job(EVENING_CLEAN, TORONTO),
    ),
]

ROUTE_PEST = dict(
    PEST_ROLE,
    description="Service commercial accounts across Iowa, Nebraska and South Dakota from a "
    "company van; two or three nights a week in motels on the road.",
)
OUTGROWER_QA = dict(
    QA_ROLE,
    title="QA Officer, Outgrowers",
    description="Audit the smallholder outgrowers who supply our packhouse: on the road "
    "four days a week across Nyandarua, Laikipia and Nakuru.",
)
GTA_REGIONAL_FM = dict(
    FM_ROLE,
    title="Regional Facilities Manager, GTA",
    description="Look after eight sites across the GTA, driving between them in a company "
    "car. No flying.",
)
MOBILE_PATROL = dict(
    GUARD_ROLE,
    title="Mobile Patrol Supervisor",
    description="Supervise mobile patrol officers across Dublin business parks, driving the "
    "patrol van between sites overnight.",
)

TRAVEL = [
    C(
        "doesn't mind motels and the van vs no overnights, carer for his mother",
        "cs",
        [
            crew(PEST_TECH, "Des Moines, Iowa, USA")(
                "Wade Thorsrud",
                2,
                touches=[
                    rang(
                        50,
                        "Wade's been a route tech 7 yrs, three states. Says motels and the "
                        "van don't bother him, kids are grown.",
                    )
                ],
            ),
            crew(PEST_TECH, "Des Moines, Iowa, USA")(
                "Jarrod Kleinschmidt",
                0,
                touches=[
                    rang(
                        50,
                        "Jarrod's been a route tech 7 yrs. He's his mom's carer now - home "
                        "every night, no overnight stays at all.",
                    )
                ],
            ),
        ],
        **job(ROUTE_PEST, DES_MOINES),
    ),
    C(
        "happy on the road to the outgrowers vs done with field auditing",
        "cs",
        [
            crew(QA_TECH, "Nakuru, Kenya")(
                "Achieng Opondo-Wasike",
                2,
                touches=[
                    mail(
                        60,
                        "I enjoy being out with the farmers. I'd take a role visiting "
                        "outgrowers any day over sitting in the lab.",
                    )
                ],
            ),
            crew(QA_TECH, "Nakuru, Kenya")(
                "Awino Odhiambo",
                0,
                touches=[
                    mail(
                        60,
                        "After three years of field audits up and down the Rift Valley I want "
                        "a lab-based role. No more travelling to farms, please.",
                    )
                ],
            ),
        ],
        **job(OUTGROWER_QA, dict(remote_policy="onsite", location="Nakuru, Kenya")),
    ),
    C(
        "the monthly flights to Vancouver were the problem vs doesn't want to drive between sites",
        "cs",
        [
            crew(FM_MANAGER, "Mississauga, Ontario, Canada")(
                "Carolyn Mbeki-Frost",
                2,
                touches=[
                    rang(
                        85,
                        "Carolyn left her last FM job because of the travel - flying out to "
                        "Vancouver every month and losing weekends. Local driving she's fine "
                        "with, has her own car.",
                    )
                ],
            ),
            crew(FM_MANAGER, "Mississauga, Ontario, Canada")(
                "Deborah Ashcroft-Yee",
                0,
                touches=[
                    rang(
                        85,
                        "Deborah doesn't want to be driving between sites all day again - one "
                        "building, one team, that's what she's after.",
                    )
                ],
            ),
        ],
        **job(GTA_REGIONAL_FM, MISSISSAUGA),
    ),
    C(
        "clean licence, loves mobile patrol vs no licence, static sites only",
        "cs",
        [
            crew(SECURITY, "Dublin, Ireland")(
                "Eoin Cuffe",
                2,
                touches=[
                    ats(
                        45,
                        "cand: full clean B licence, 4 yrs mobile patrol w/ Securitas, prefers "
                        "it to static - 'beats standing in a lobby'",
                    )
                ],
            ),
            crew(SECURITY, "Dublin, Ireland")(
                "Shane Lalor",
                0,
                touches=[
                    ats(
                        45,
                        "cand: no driving licence, never had one. static sites only, gets the "
                        "Luas in",
                    )
                ],
            ),
        ],
        **job(MOBILE_PATROL, DUBLIN),
    ),
]

NO_VISA_NZ = dict(
    HERD_ROLE,
    description="Run the herd on a 700-cow farm. The owners are not an accredited employer: "
    "applicants must already hold NZ citizenship, residence or an open work visa.",
)
CITIZENS_PR_ONLY = dict(
    HARVEST_ROLE,
    description="Year-round crew lead in a Leamington greenhouse. No LMIA: Canadian citizens "
    "and permanent residents only.",
)
STAMP4_OR_EU = dict(
    LINE_ROLE,
    description="Lead a crew of 12 on a ready-meals line. Full-time, 39 hours. We cannot "
    "sponsor employment permits: EU/EEA citizens or Stamp 4 only.",
)
EU_ONLY_GLASS = dict(
    GROWER_ROLE,
    description="Lead cultivation in 12 hectares of glasshouse tomatoes. We do not sponsor "
    "work permits (no TWV, GVVA or kennismigrant route).",
)
H2A_SEASON = dict(
    HARVEST_ROLE,
    title="Harvest Crew Lead (seasonal, H-2A sponsored)",
    description="Lead an apple-picking crew near Grand Rapids from August to November. We "
    "file H-2A petitions and provide housing for workers from abroad.",
)

VISA = [
    C(
        "her partner is on a work visa, she is a citizen vs needs a new AEWV to change farm",
        "cs",
        [
            crew(HERD_MANAGER, "Hamilton, Waikato, New Zealand")(
                "Aroha Kereama",
                2,
                touches=[
                    rang(
                        70,
                        "Aroha is a Kiwi citizen - it's her partner Diego who's on a work "
                        "visa, tied to his job at the freezing works. She's free to move "
                        "farms.",
                    )
                ],
            ),
            crew(HERD_MANAGER, "Hamilton, Waikato, New Zealand")(
                "Rommel Dizon Catapang",
                0,
                touches=[
                    rang(
                        70,
                        "Rommel is on an AEWV tied to his current farm - to change jobs he'd "
                        "need a new accredited employer and a new job check.",
                    )
                ],
            ),
        ],
        **job(NO_VISA_NZ, WAIKATO),
    ),
    C(
        "PR card came through in September vs SAWP worker who would need an LMIA",
        "cs",
        [
            crew(PICKING_LEAD, "Leamington, Ontario, Canada")(
                "Everton Blackwood",
                2,
                touches=[
                    mail(
                        75,
                        "Good news - my PR card came through in September, so I can work for "
                        "anyone now. Looking for a year-round crew lead job in Leamington.",
                    )
                ],
            ),
            crew(PICKING_LEAD, "Leamington, Ontario, Canada")(
                "Delroy Hylton-Grant",
                0,
                touches=[
                    mail(
                        75,
                        "I'm here on SAWP with the same grower every season and go back to "
                        "Jamaica in December. A year-round job would need an LMIA for me.",
                    )
                ],
            ),
        ],
        **job(CITIZENS_PR_ONLY, LEAMINGTON),
    ),
    C(
        "Brazilian with an Italian passport vs on a Stamp 2 student permission",
        "cs",
        [
            crew(LINE_LEAD, "Dublin, Ireland")(
                "Thaís Bortolotto Ferraz",
                2,
                touches=[
                    ats(
                        50,
                        "cand brazilian but has italian passport (nonno) - EU citizen, no "
                        "permit needed. full-time ok",
                    )
                ],
            ),
            crew(LINE_LEAD, "Dublin, Ireland")(
                "Rafaela Guimarães Pinho",
                0,
                touches=[
                    ats(
                        50,
                        "cand brazilian on stamp 2 (english school), 20 hrs/wk max in term. "
                        "would need a permit for full-time",
                    )
                ],
            ),
        ],
        **job(STAMP4_OR_EU, DUBLIN),
    ),
    C(
        "would need a kennismigrant permit vs residence permit with work freely allowed",
        "cs",
        [
            crew(GROWER, "Naaldwijk, Westland, Netherlands")(
                "Kamau Wachira-Gathogo",
                0,
                touches=[
                    mail(
                        90,
                        "I am very keen on the Westland. As a Kenyan national I would need an "
                        "employer who can sponsor me as a kennismigrant.",
                    )
                ],
            ),
            crew(GROWER, "Naaldwijk, Westland, Netherlands")(
                "Mwangi Githinji",
                2,
                touches=[
                    mail(
                        90,
                        "I am very keen on the Westland. I am Kenyan but married to a Dutch "
                        "citizen; my residence permit says 'arbeid vrij toegestaan', so no "
                        "sponsorship is needed.",
                    )
                ],
            ),
        ],
        **job(EU_ONLY_GLASS, WESTLAND),
    ),
    C(
        "needs H-2A sponsorship, the role files it vs needs a year-round visa the role lacks",
        "cs",
        [
            crew(PICKING_LEAD, "Grand Rapids, Michigan, USA")(
                "Efraín Solórzano Ruiz",
                2,
                touches=[
                    rang(
                        110,
                        "Efraín led crews in Michigan apples 4 seasons on H-2A. Needs an "
                        "employer to file the H-2A again - back in Michoacán till then.",
                    )
                ],
            ),
            crew(PICKING_LEAD, "Grand Rapids, Michigan, USA")(
                "Abundio Cárdenas Leal",
                0,
                touches=[
                    rang(
                        110,
                        "Abundio done with seasonal work - only wants a year-round job now and "
                        "needs a green card sponsor, won't come back on H-2A.",
                    )
                ],
            ),
        ],
        **job(H2A_SEASON, GRAND_RAPIDS),
    ),
]

CONTRACT = [
    C(
        "Portuguese: only CLT, never PJ again vs only works as PJ",
        "cs",
        [
            crew(FITTER, "Campinas, São Paulo, Brazil")(
                "Edvaldo Siqueira Campos",
                2,
                touches=[
                    whatsapp(
                        45,
                        "Só aceito CLT, carteira assinada. PJ nunca mais, fiquei sem férias "
                        "e sem 13º dois anos.",
                    )
                ],
            ),
            crew(FITTER, "Campinas, São Paulo, Brazil")(
                "Reinaldo Furtado Assis",
                0,
                touches=[
                    whatsapp(
                        45,
                        "Hoje só trabalho como PJ, tenho minha empresa aberta. CLT não "
                        "compensa pra mim.",
                    )
                ],
            ),
        ],
        **job(
            FITTER_ROLE,
            CAMPINAS,
            title="Mecânico de Manutenção Industrial",
            offers=["Contratação CLT", "VR, VT e plano de saúde"],
        ),
    ),
    C(
        "Dutch: wants a vast contract, done with agencies vs wants flexible uitzend work",
        "cs",
        [
            crew(LINE_LEAD, "Venlo, Netherlands")(
                "Bart Janssen-Peeters",
                2,
                touches=[
                    rang(
                        65,
                        "Bart: zeven jaar via uitzendbureaus in de vleesverwerking. Wil nu "
                        "echt een vast contract, klaar met elke zes maanden verlengen.",
                    )
                ],
            ),
            crew(LINE_LEAD, "Venlo, Netherlands")(
                "Paweł Zieliński-Kok",
                0,
                touches=[
                    rang(
                        65,
                        "Paweł wil flexibel blijven via het uitzendbureau - hij gaat elke "
                        "zomer drie maanden naar Polen en wil zich niet vastleggen.",
                    )
                ],
            ),
        ],
        **job(
            LINE_ROLE,
            VENLO,
            title="Teamleider Productie",
            offers=["Vast contract na proeftijd, CAO Vleessector", "Fulltime, jaarrond"],
        ),
    ),
    C(
        "can't do another seasonal contract vs seasonal suits, travels the off-season",
        "cs",
        [
            crew(PICKING_LEAD, "Ashburton, Canterbury, New Zealand")(
                "Brooke Hollingsworth",
                0,
                touches=[
                    mail(
                        100,
                        "I've done six seasons back to back and I can't do another fixed-term "
                        "contract - need something permanent, year-round, so we can get a "
                        "mortgage.",
                    )
                ],
            ),
            crew(PICKING_LEAD, "Ashburton, Canterbury, New Zealand")(
                "Jessie Arkwright",
                2,
                touches=[
                    mail(
                        100,
                        "Seasonal suits me down to the ground - I pick and lead crews from "
                        "December to April then go travelling. Keen for next season.",
                    )
                ],
            ),
        ],
        **job(
            HARVEST_ROLE,
            CANTERBURY,
            title="Harvest Team Leader (seasonal)",
            offers=["Fixed-term: December 2026 to April 2027"],
        ),
    ),
    C(
        "wants three days a week vs needs forty hours for the mortgage",
        "cs",
        [
            crew(FM_MANAGER, "Cork, Ireland")(
                "Muireann Harrington",
                2,
                touches=[
                    rang(
                        80,
                        "Muireann wants to drop to three days a week - minding her dad in "
                        "Macroom the other two. Would take a step down in title for it.",
                    )
                ],
            ),
            crew(FM_MANAGER, "Cork, Ireland")(
                "Caoimhe Barrett",
                0,
                touches=[
                    rang(
                        80,
                        "Caoimhe needs full-time, 40 hours minimum - new mortgage, can't "
                        "take a cut in hours.",
                    )
                ],
            ),
        ],
        **job(
            FM_ROLE,
            CORK,
            title="Facilities Manager (part-time)",
            offers=["Part-time: three days a week, 22.5 hours"],
        ),
    ),
    C(
        "wants a union plant with seniority vs never a union shop again",
        "cs",
        [
            crew(LINE_LEAD, "Omaha, Nebraska, USA")(
                "Marcus Feltenberger",
                2,
                touches=[
                    ats(
                        60,
                        "cand wants a union plant - seniority, the grievance process, the "
                        "pension. left non-union beef plant over shift games",
                    )
                ],
            ),
            crew(LINE_LEAD, "Omaha, Nebraska, USA")(
                "Curtis Vanlandingham",
                0,
                touches=[
                    ats(
                        60,
                        "cand will not go back to a union shop - hated the dues and the "
                        "seniority bidding, wants merit-based",
                    )
                ],
            ),
        ],
        **job(
            LINE_ROLE,
            OMAHA,
            offers=["UFCW Local 293 represented plant, seniority-based shift bidding"],
        ),
    ),
]

BALLYMUN_PLANT = dict(remote_policy="onsite", location="Ballymun, Dublin, Ireland")

COMMUTE = [
    C(
        "a forty-minute drive is fine vs twenty minutes at most, school pickups",
        "cs",
        [
            crew(QA_TECH, "Drogheda, Ireland")(
                "Clodagh Rooney",
                2,
                touches=[
                    rang(
                        70,
                        "Clodagh lives in Drogheda, drives. 40-45 mins up the M1 is no bother "
                        "to her, she does it now to Swords.",
                    )
                ],
            ),
            crew(QA_TECH, "Drogheda, Ireland")(
                "Róisín Mulvihill",
                0,
                touches=[
                    rang(
                        70,
                        "Róisín lives in Drogheda. Max 20 min drive - she's doing the school "
                        "run both ends of the day.",
                    )
                ],
            ),
        ],
        **job(QA_ROLE, BALLYMUN_PLANT),
    ),
    C(
        "won't do the 401 every day again vs the 401 was fine, it was the boss",
        "cs",
        [
            crew(FITTER, "Oshawa, Ontario, Canada")(
                "Kevin Dabrowski",
                0,
                touches=[
                    mail(
                        95,
                        "I won't do the 401 every day again. Two hours a day in traffic to "
                        "Mississauga nearly finished me. Durham Region only.",
                    )
                ],
            ),
            crew(FITTER, "Oshawa, Ontario, Canada")(
                "Scott Tremblay-Ng",
                2,
                touches=[
                    mail(
                        95,
                        "The drive on the 401 was fine, honestly, podcasts. It was the plant "
                        "manager I couldn't stand.",
                    )
                ],
            ),
        ],
        **job(FITTER_ROLE, MISSISSAUGA),
    ),
    C(
        "lives by the plant, ten minutes on a boda vs won't ride a matatu over half an hour",
        "cs",
        [
            crew(LINE_LEAD, "Nakuru, Kenya")(
                "Jeptoo Rotich",
                0,
                touches=[
                    whatsapp(
                        40,
                        "I stay Nakuru town. Sitaki kusafiri zaidi ya nusu saa kwa matatu "
                        "kila siku, ni gharama na hatari usiku.",
                    )
                ],
            ),
            crew(LINE_LEAD, "Nakuru, Kenya")(
                "Kerubo Nyaboke",
                2,
                touches=[
                    whatsapp(
                        40,
                        "I stay Nakuru town but I'm shifting to Naivasha next week to be near "
                        "my sister, so any plant there is 10 min on a boda.",
                    )
                ],
            ),
        ],
        **job(
            LINE_ROLE,
            NAIVASHA,
            title="Production Line Leader, Vegetable Packhouse",
            description="Lead a crew of 12 on a fresh-vegetable packing line near Naivasha, "
            "about an hour and a half from Nakuru.",
        ),
    ),
    C(
        "needs a house on the farm vs wants to live in town and drive out",
        "cs",
        [
            crew(FARM_2IC, "Stratford, Taranaki, New Zealand")(
                "Niko Tapsell-Hohaia",
                2,
                touches=[
                    rang(
                        60,
                        "Niko's got three kids and a dog - needs a house on the farm, won't "
                        "commute out from town.",
                    )
                ],
            ),
            crew(FARM_2IC, "Stratford, Taranaki, New Zealand")(
                "Dylan Hart-Robertson",
                0,
                touches=[
                    rang(
                        60,
                        "Dylan wants to stay in his own place in New Plymouth and drive out, "
                        "won't live on a farm again.",
                    )
                ],
            ),
        ],
        **job(
            FARM_MANAGER_ROLE,
            TARANAKI,
            offers=["Live-in: four-bedroom farm house on the property is part of the package"],
            description="Manage a 500-cow dairy unit; the manager lives on farm.",
        ),
    ),
]

# --- 4. pay against the band ----------------------------------------------------------------

PAY = [
    C(
        "wants $80k plus a house vs won't move for under $100k, band $75-85k with a house",
        "cs",
        [
            crew(HERD_MANAGER, "Gore, Southland, New Zealand")(
                "Wiremu Pohatu",
                2,
                touches=[rang(40, "Wiremu's after 80k + house, happy if there's a ute too.")],
            ),
            crew(HERD_MANAGER, "Gore, Southland, New Zealand")(
                "Jared Crosbie-Kaa",
                0,
                touches=[rang(40, "Jared won't shift for under 100k, house or no house.")],
            ),
        ],
        **job(
            HERD_ROLE,
            SOUTHLAND,
            salary_min=75_000,
            salary_max=85_000,
            currency="NZD",
            offers=["$75,000-$85,000 plus a three-bedroom house and power"],
        ),
    ),
    C(
        "asks KES 140,000 a month vs KES 250,000 a month, band KES 120-150k a month",
        "cs",
        [
            crew(QA_TECH, "Nairobi, Kenya")(
                "Wanjiku Muriithi",
                2,
                touches=[
                    ats(
                        35,
                        "cand expectation KES 140k gross pm. currently 118k at a juice plant "
                        "in Thika",
                    )
                ],
            ),
            crew(QA_TECH, "Nairobi, Kenya")(
                "Nduta Kariuki",
                0,
                touches=[
                    ats(
                        35,
                        "cand expectation KES 250k gross pm, firm. currently 210k at a dairy "
                        "in Ruiru",
                    )
                ],
            ),
        ],
        **job(
            QA_ROLE,
            NAIROBI,
            salary_min=120_000,
            salary_max=150_000,
            currency="KES",
            offers=["KES 120,000-150,000 gross per month, plus medical cover"],
        ),
    ),
    C(
        "Portuguese: asks R$ 4.200 vs asks R$ 7.000, band R$ 3.800-4.500 a month",
        "cs",
        [
            crew(LINE_LEAD, "Ribeirão Preto, São Paulo, Brazil")(
                "Gilmar Teixeira Rocha",
                2,
                touches=[
                    whatsapp(
                        30,
                        "Minha pretensão é R$ 4.200 CLT, mais os benefícios. Hoje ganho R$ 3.600.",
                    )
                ],
            ),
            crew(LINE_LEAD, "Ribeirão Preto, São Paulo, Brazil")(
                "Valdecir Antunes Brito",
                0,
                touches=[
                    whatsapp(
                        30,
                        "Minha pretensão é R$ 7.000, abaixo disso não saio de onde estou.",
                    )
                ],
            ),
        ],
        **job(
            LINE_ROLE,
            RIBEIRAO,
            title="Líder de Linha de Produção",
            salary_min=3_800,
            salary_max=4_500,
            currency="BRL",
            offers=["R$ 3.800 a R$ 4.500 por mês, CLT, VR e VT"],
        ),
    ),
    C(
        "needs $26 an hour vs needs $34 an hour, a yearly band of $50-56k",
        "cs",
        [
            crew(SECURITY, "Des Moines, Iowa, USA")(
                "Tyrell Hoskins",
                2,
                touches=[rang(45, "Tyrell needs $26/hr minimum to move, full-time.")],
            ),
            crew(SECURITY, "Des Moines, Iowa, USA")(
                "Brandon Eichelberger",
                0,
                touches=[rang(45, "Brandon needs $34/hr minimum to move, full-time.")],
            ),
        ],
        **job(
            GUARD_ROLE,
            DES_MOINES,
            salary_min=50_000,
            salary_max=56_000,
            currency="USD",
            offers=["$50,000-$56,000 a year, full-time (about $24-$27 an hour)"],
        ),
    ),
    C(
        "earns €3.600 now, would take €3.200 for a vast contract vs needs €3.800 a month",
        "cs",
        [
            crew(GROWER, "Naaldwijk, Westland, Netherlands")(
                "Sander Zwinkels",
                2,
                touches=[
                    rang(
                        55,
                        "Sander verdient nu €3.600 bruto per maand bij een tijdelijke "
                        "teler, maar voor een vast contract gaat hij naar €3.200.",
                    )
                ],
            ),
            crew(GROWER, "Naaldwijk, Westland, Netherlands")(
                "Erik Koppelaar",
                0,
                touches=[
                    rang(
                        55,
                        "Erik verdient nu €3.400 bruto per maand, maar gaat niet onder de "
                        "€3.800 bruto per maand.",
                    )
                ],
            ),
        ],
        **job(
            GROWER_ROLE,
            WESTLAND,
            salary_min=2_900,
            salary_max=3_300,
            currency="EUR",
            offers=["CAO Glastuinbouw: €2.900-€3.300 bruto per maand, vast contract"],
        ),
    ),
    C(
        "on €15.80 an hour, wants a step up vs won't go under €20 an hour",
        "cs",
        [
            crew(CLEANING_SUP, "Dublin, Ireland")(
                "Bronagh Keogh",
                2,
                touches=[
                    whatsapp(
                        35,
                        "im on 15.80 an hour as a sup now, would love a few euro more. 17 "
                        "would be class",
                    )
                ],
            ),
            crew(CLEANING_SUP, "Dublin, Ireland")(
                "Sinéad Carolan",
                0,
                touches=[
                    whatsapp(
                        35,
                        "not going under 20 an hour, no way. i know what sups on the "
                        "hospital contracts get",
                    )
                ],
            ),
        ],
        **job(
            CLEAN_ROLE,
            DUBLIN,
            offers=["€16.00-€17.50 an hour, 39 hours, Sunday premium"],
        ),
    ),
    C(
        "needs CAD 100k vs needs CAD 130k plus a car allowance, band CAD 95-110k",
        "cs",
        [
            crew(FM_MANAGER, "Calgary, Alberta, Canada")(
                "Janelle Kostiuk",
                2,
                touches=[
                    inmail(
                        60,
                        "Honestly anything from $100k up gets my attention if the building's "
                        "decent.",
                    )
                ],
            ),
            crew(FM_MANAGER, "Calgary, Alberta, Canada")(
                "Raymond Szabo-Whitehorse",
                0,
                touches=[
                    inmail(
                        60,
                        "I'd need $130k base plus a car allowance to make a move worth it.",
                    )
                ],
            ),
        ],
        **job(
            FM_ROLE,
            CALGARY,
            salary_min=95_000,
            salary_max=110_000,
            currency="CAD",
            offers=["$95,000-$110,000 base, benefits from day one"],
        ),
    ),
    C(
        "wants 20% on KES 90k vs wants 50% on KES 90k, band KES 100-115k a month",
        "cs",
        [
            crew(FITTER, "Nairobi, Kenya")(
                "Onyango Ochieng",
                2,
                touches=[
                    rang(
                        50,
                        "Onyango on KES 90k pm at a flour mill in Industrial Area. Looking for "
                        "about 20% more to move.",
                    )
                ],
            ),
            crew(FITTER, "Nairobi, Kenya")(
                "Omondi Wekesa",
                0,
                touches=[
                    rang(
                        50,
                        "Omondi on KES 90k pm at a flour mill in Industrial Area. Won't move "
                        "for less than 50% more.",
                    )
                ],
            ),
        ],
        **job(
            FITTER_ROLE,
            NAIROBI,
            salary_min=100_000,
            salary_max=115_000,
            currency="KES",
            offers=["KES 100,000-115,000 gross per month"],
        ),
    ),
]

# --- 5. work mode, said in one place only ---------------------------------------------------

WORK_MODE = [
    C(
        "remote only in the policy field: done with factory floors vs wants to be on the floor",
        "cs",
        [
            crew(QA_TECH, "Whangārei, Northland, New Zealand")(
                "Mereana Kingi-Walsh",
                2,
                touches=[
                    rang(
                        75,
                        "Mereana wants to work from home now - supplier approvals and "
                        "paperwork suit her, she's done with standing on factory floors.",
                    )
                ],
            ),
            crew(QA_TECH, "Whangārei, Northland, New Zealand")(
                "Stacey Tumahai",
                0,
                touches=[
                    rang(
                        75,
                        "Stacey wants to be on a plant floor every day - hates desk-only QA "
                        "jobs, wants to be where the product is.",
                    )
                ],
            ),
        ],
        **job(
            QA_ROLE,
            dict(remote_policy="remote", location="New Zealand"),
            title="Supplier Quality Specialist",
        ),
    ),
    C(
        "hybrid only in the offers: needs some days at home vs wants fully remote",
        "cs",
        [
            crew(FM_MANAGER, "Kitchener, Ontario, Canada")(
                "Leanne Mackenzie-Oduya",
                2,
                touches=[
                    mail(
                        90,
                        "I'm an hour from Toronto, so I need a couple of days a week at home - "
                        "three on site is fine.",
                    )
                ],
            ),
            crew(FM_MANAGER, "Kitchener, Ontario, Canada")(
                "Glenn Hadfield",
                0,
                touches=[
                    mail(
                        90,
                        "I'm only looking at fully remote roles now - portfolio oversight from "
                        "home, no site days.",
                    )
                ],
            ),
        ],
        **job(
            FM_ROLE,
            dict(location="Toronto, Ontario, Canada"),
            offers=["Two days a week from home, three on site at the campus"],
        ),
    ),
    C(
        "on site only in the description: remote only vs five minutes from the plant",
        "cs",
        [
            crew(QA_TECH, "Ballymun, Dublin, Ireland")(
                "Fionnuala Gormley",
                0,
                touches=[
                    inmail(
                        55,
                        "Hi, I'm only considering remote QA roles at the moment - document "
                        "control, supplier approval, that kind of thing.",
                    )
                ],
            ),
            crew(QA_TECH, "Ballymun, Dublin, Ireland")(
                "Deirbhile Cusack",
                2,
                touches=[
                    inmail(
                        55,
                        "Hi, I'm five minutes from the plant in Ballymun - happy to be on site "
                        "every day, I'd rather be near the line.",
                    )
                ],
            ),
        ],
        **job(
            QA_ROLE,
            dict(location="Ballymun, Dublin, Ireland"),
            description="A fully site-based role on the production floor of our Ballymun "
            "bakery: CCP checks, swabbing and internal audits.",
        ),
    ),
    C(
        "remote only in the title: WFH from a lifestyle block vs wants to be in a plant",
        "cs",
        [
            crew(QA_TECH, "Palmerston North, New Zealand")(
                "Hinemoa Parata",
                2,
                touches=[
                    whatsapp(
                        65,
                        "remote pls if you've got it - we're on a lifestyle block out past "
                        "Feilding, town's a mission every day",
                    )
                ],
            ),
            crew(QA_TECH, "Palmerston North, New Zealand")(
                "Kirsty Fenwick-Lowe",
                0,
                touches=[
                    whatsapp(
                        65,
                        "want to be in a plant every day, tried wfh in covid and went stir crazy",
                    )
                ],
            ),
        ],
        **job(
            QA_ROLE,
            dict(location="Palmerston North, New Zealand"),
            title="Remote Food Safety Compliance Officer",
        ),
    ),
]

# --- 6. negation and scope ------------------------------------------------------------------

FREEZER_STORE = dict(
    LINE_ROLE,
    title="Cold Store Team Leader",
    description="Lead the picking team in a -25C frozen store; freezer allowance paid.",
)
FIVE_AM_LINE = dict(
    LINE_ROLE,
    description="Lead a crew of 12 on a bakery line; shifts start at 5am.",
    offers=["€46,000 a year, well above the local rate"],
)
CALL_OUT_FITTER = dict(
    FITTER_ROLE,
    description="Breakdown and planned maintenance on packing lines, with a one-in-four "
    "weekend call-out rota.",
)
NIGHT_PACKHOUSE = dict(
    HARVEST_ROLE,
    title="Ploegleider Inpak (nachtdienst)",
    description="Lead the night packing crew in a tomato packhouse, 22:00 to 06:30.",
)

NEGATIONS = [
    C(
        "never had a problem with the -25 freezer vs never again in a -25 freezer",
        "cs",
        [
            crew(LINE_LEAD, "Mississauga, Ontario, Canada")(
                "Jermaine Oyelaran",
                2,
                touches=[
                    rang(
                        60,
                        "Jermaine: never had a problem with the -25 freezer, 4 yrs in it, "
                        "likes the allowance.",
                    )
                ],
            ),
            crew(LINE_LEAD, "Mississauga, Ontario, Canada")(
                "Dimitri Papadakis",
                0,
                touches=[
                    rang(
                        60,
                        "Dimitri: never again in a -25 freezer, 4 yrs in it wrecked his knees.",
                    )
                ],
            ),
        ],
        **job(FREEZER_STORE, MISSISSAUGA),
    ),
    C(
        "it wasn't the money, it was the 5am start vs it wasn't the 5am start, it was the money",
        "cs",
        [
            crew(LINE_LEAD, "Kilkenny, Ireland")(
                "Niamh Ó Laoghaire-Bourke",
                0,
                apps=[
                    stepped_away(
                        300,
                        "other",
                        "It wasn't the money, it was the 5am start - she can't do it with "
                        "the kids.",
                        role="Production Line Leader",
                    )
                ],
            ),
            crew(LINE_LEAD, "Kilkenny, Ireland")(
                "Saoirse Delaney",
                2,
                apps=[
                    stepped_away(
                        300,
                        "compensation",
                        "It wasn't the 5am start, it was the money - €36k wouldn't cover her rent.",
                        role="Production Line Leader",
                    )
                ],
            ),
        ],
        **job(FIVE_AM_LINE, KILKENNY, salary_min=44_000, salary_max=48_000, currency="EUR"),
    ),
    C(
        "wouldn't say no to running a crew vs would say no to running a crew again",
        "cs",
        [
            crew(CLEANING_SUP, "Calgary, Alberta, Canada")(
                "Marites Bautista",
                2,
                touches=[
                    mail(
                        80,
                        "I wouldn't say no to running a bigger crew - I cover for my sup all "
                        "the time anyway.",
                    )
                ],
            ),
            crew(CLEANING_SUP, "Calgary, Alberta, Canada")(
                "Lorna Pimentel",
                0,
                touches=[
                    mail(
                        80,
                        "I'd say no to running a crew again - the no-shows and the rota "
                        "drama, never again. Hands-on cleaning only.",
                    )
                ],
            ),
        ],
        **job(CLEAN_ROLE, CALGARY),
    ),
    C(
        "weekend call-outs are no problem vs the weekend call-outs are the problem",
        "cs",
        [
            crew(FITTER, "Grand Rapids, Michigan, USA")(
                "Jamal Vanderwall",
                2,
                touches=[
                    ats(
                        45,
                        "weekend call-outs no problem per cand - likes the OT. wants a plant "
                        "with newer kit",
                    )
                ],
            ),
            crew(FITTER, "Grand Rapids, Michigan, USA")(
                "Nolan Huizenga",
                0,
                touches=[
                    ats(
                        45,
                        "per cand the problem is weekend call-outs - wants M-F, no on-call, "
                        "coaches his son's team sat",
                    )
                ],
            ),
        ],
        **job(CALL_OUT_FITTER, GRAND_RAPIDS),
    ),
    C(
        "not fussed about housing vs not coming without housing",
        "cs",
        [
            crew(FARM_2IC, "Ashburton, Canterbury, New Zealand")(
                "Bailey Fitzgerald-Toa",
                2,
                touches=[
                    whatsapp(
                        50,
                        "not fussed about a house mate, we've got our own place in ashburton",
                    )
                ],
            ),
            crew(FARM_2IC, "Ashburton, Canterbury, New Zealand")(
                "Harrison Udy",
                0,
                touches=[
                    whatsapp(
                        50,
                        "not coming without a house mate, got the missus and two kids and "
                        "rents in town are nuts",
                    )
                ],
            ),
        ],
        **job(
            FARM_MANAGER_ROLE,
            CANTERBURY,
            description="Manage a 500-cow dairy unit and its three staff. No accommodation "
            "is provided.",
        ),
    ),
    C(
        "Dutch: nights? no problem vs nights are no longer an option",
        "cs",
        [
            crew(PICKING_LEAD, "Naaldwijk, Westland, Netherlands")(
                "Kees Spaargaren",
                2,
                touches=[
                    whatsapp(
                        40,
                        "Nachtdiensten? Geen probleem, heb ik jaren gedaan bij de veiling.",
                    )
                ],
            ),
            crew(PICKING_LEAD, "Naaldwijk, Westland, Netherlands")(
                "Dennis Hoogstraten",
                0,
                touches=[
                    whatsapp(
                        40,
                        "Nachtdiensten zijn voor mij geen optie meer, slaap er slecht van.",
                    )
                ],
            ),
        ],
        **job(NIGHT_PACKHOUSE, WESTLAND),
    ),
]

# --- 7. location, level, company stage and size, mission and technology ---------------------

LOCATIONS = [
    C(
        "moving south with her partner's job in Gore vs won't leave the Waikato",
        "cs",
        [
            crew(HERD_MANAGER, "Morrinsville, Waikato, New Zealand")(
                "Ngaire Tomoana",
                2,
                touches=[
                    rang(
                        85,
                        "Ngaire's partner has got the vet job in Gore, they're heading south "
                        "in the new year. She wants a herd down there.",
                    )
                ],
            ),
            crew(HERD_MANAGER, "Morrinsville, Waikato, New Zealand")(
                "Renee Whitiora",
                0,
                touches=[
                    rang(
                        85,
                        "Renee won't leave the Waikato - kids at kura here, whānau all "
                        "around. Waikato herds only.",
                    )
                ],
            ),
        ],
        **job(HERD_ROLE, SOUTHLAND),
    ),
    C(
        "wants to move home to Naivasha vs wants to move to Nairobi",
        "cs",
        [
            crew(GROWER, "Thika, Kenya")(
                "Muthoni Kinyanjui",
                2,
                touches=[
                    mail(
                        70,
                        "I grew up in Naivasha and my mother is there. I would love a growing "
                        "role on one of the lake farms so I can move back home.",
                    )
                ],
            ),
            crew(GROWER, "Thika, Kenya")(
                "Njeri Kimani",
                0,
                touches=[
                    mail(
                        70,
                        "I would like to move into Nairobi for my children's schooling, so "
                        "I am only considering roles within the city.",
                    )
                ],
            ),
        ],
        **job(GROWER_ROLE, NAIVASHA, title="Head Grower, Roses"),
    ),
    C(
        "Portuguese: accepts moving to the interior vs won't move, family in Campinas",
        "cs",
        [
            crew(QA_TECH, "Campinas, São Paulo, Brazil")(
                "Luana Figueiredo Paes",
                2,
                touches=[
                    ats(
                        45,
                        "Candidata aceita mudança pro interior, inclusive Ribeirão. Solteira, "
                        "sem filhos, quer crescer na área de qualidade.",
                    )
                ],
            ),
            crew(QA_TECH, "Campinas, São Paulo, Brazil")(
                "Débora Quintanilha",
                0,
                touches=[
                    ats(
                        45,
                        "Candidata não aceita mudança de cidade - família toda em Campinas e "
                        "marido com emprego fixo aqui.",
                    )
                ],
            ),
        ],
        **job(QA_ROLE, RIBEIRAO, title="Analista de Qualidade"),
    ),
    C(
        "Mallow, Cork city's grand vs moving up to Dublin in February",
        "cs",
        [
            crew(FITTER, "Mallow, Cork, Ireland")(
                "Seánie O'Riordan",
                2,
                touches=[whatsapp(55, "im in mallow, cork city's grand, 35 min on the N20")],
            ),
            crew(FITTER, "Mallow, Cork, Ireland")(
                "Micheál Buckley",
                0,
                touches=[
                    whatsapp(
                        55,
                        "im in mallow but we're moving up to dublin in feb for the wife's "
                        "job, so dublin side only after that",
                    )
                ],
            ),
        ],
        **job(FITTER_ROLE, CORK),
    ),
    C(
        "moving back to West Michigan to be near her parents vs never going back to the winters",
        "cs",
        [
            crew(FM_MANAGER, "Phoenix, Arizona, USA")(
                "Kristin DeVries-Holt",
                2,
                touches=[
                    inmail(
                        100,
                        "We're moving back to West Michigan this spring to be closer to my "
                        "parents in Holland. Grand Rapids would be perfect.",
                    )
                ],
            ),
            crew(FM_MANAGER, "Phoenix, Arizona, USA")(
                "Heather Zylstra",
                0,
                touches=[
                    inmail(
                        100,
                        "I grew up in Grand Rapids and I'm never going back to those winters. "
                        "Sun Belt only.",
                    )
                ],
            ),
        ],
        **job(FM_ROLE, GRAND_RAPIDS),
    ),
]

LEVEL = [
    C(
        "ready to step up from 2IC to manager vs wants to stay 2IC, no staff",
        "cs",
        [
            crew(FARM_2IC, "Hamilton, Waikato, New Zealand")(
                "Taine Morunga",
                2,
                touches=[
                    rang(
                        70,
                        "Taine's been 2IC three seasons, runs the place when the boss is "
                        "away. Ready to step up and manage staff himself.",
                    )
                ],
            ),
            crew(FARM_2IC, "Hamilton, Waikato, New Zealand")(
                "Brodie Kerehoma",
                0,
                touches=[
                    rang(
                        70,
                        "Brodie's happy as 2IC - doesn't want staff under him or the "
                        "paperwork, wants to stay hands-on with the cows.",
                    )
                ],
            ),
        ],
        **job(FARM_MANAGER_ROLE, WAIKATO),
    ),
    C(
        "wants to lead a shift vs tried being a lead and hated it",
        "cs",
        [
            crew(LINE_LEAD, "Omaha, Nebraska, USA")(
                "Ricardo Maldonado Pike",
                2,
                touches=[
                    ats(
                        50,
                        "cand wants to lead a shift - covering for his sup on 2nd shift for "
                        "a year, ready for the title",
                    )
                ],
            ),
            crew(LINE_LEAD, "Omaha, Nebraska, USA")(
                "Justin Haberkorn",
                0,
                touches=[
                    ats(
                        50,
                        "cand tried lead for 6 mo, hated chasing people. wants back on the "
                        "line as an operator, no crew",
                    )
                ],
            ),
        ],
        **job(LINE_ROLE, OMAHA, title="Production Shift Supervisor", seniority="manager"),
    ),
    C(
        "wants the head greenkeeper title vs prefers the mower to paperwork",
        "cs",
        [
            crew(GREENKEEPER, "Kilkenny, Ireland")(
                "Oisín Phelan",
                2,
                touches=[
                    mail(
                        65,
                        "I'm deputy head at the moment and I want the head greenkeeper job "
                        "next - budgets, staff, the lot.",
                    )
                ],
            ),
            crew(GREENKEEPER, "Kilkenny, Ireland")(
                "Eamon Hickey",
                0,
                touches=[
                    mail(
                        65,
                        "Just want to be out on the mower, no budgets or staff. Leave the "
                        "head greenkeeper stuff to someone else.",
                    )
                ],
            ),
        ],
        **job(
            GREENS_ROLE,
            KILKENNY,
            title="Head Greenkeeper",
            seniority="lead",
            description="Lead a team of five greenkeepers, own the course budget and the "
            "machinery plan.",
        ),
    ),
    C(
        "a supervisor stepping back to officer vs won't go back to officer pay",
        "cs",
        [
            crew(SECURITY, "Toronto, Ontario, Canada")(
                "Desmond Achterhof",
                2,
                touches=[
                    rang(
                        75,
                        "Desmond's been a site supervisor five years - burnt out on the "
                        "scheduling. Wants to step back to officer level, less stress.",
                    )
                ],
            ),
            crew(SECURITY, "Toronto, Ontario, Canada")(
                "Winston Abernethy",
                0,
                touches=[
                    rang(
                        75,
                        "Winston's been a site supervisor five years - won't go back to "
                        "officer pay or title, supervisor and up only.",
                    )
                ],
            ),
        ],
        **job(
            GUARD_ROLE,
            TORONTO,
            title="Security Officer",
            seniority="junior",
            description="Static officer on a downtown office tower; reception and patrols.",
        ),
    ),
    C(
        "full building manager only vs happy as an assistant to learn",
        "cs",
        [
            crew(FM_MANAGER, "Dublin, Ireland")(
                "Conall Morrissey",
                0,
                touches=[
                    ats(
                        40,
                        "cand only looking at full BM roles now, wont do assistant again. "
                        "has IOSH + IWFM L5",
                    )
                ],
            ),
            crew(FM_MANAGER, "Dublin, Ireland")(
                "Ailbhe Treacy",
                2,
                touches=[
                    ats(
                        40,
                        "cand happy to come in as assistant BM to learn a big campus. has "
                        "IOSH + IWFM L5",
                    )
                ],
            ),
        ],
        **job(
            FM_ROLE,
            DUBLIN,
            title="Assistant Building Manager",
            seniority="mid",
            description="Support the building manager of a 40,000 sq m office campus.",
        ),
    ),
]

STAGE_SIZE = [
    C(
        "wants a family farm, not a corporate vs wants a corporate with a career path",
        "cs",
        [
            crew(HERD_MANAGER, "Ashburton, Canterbury, New Zealand")(
                "Jackson Paewai",
                2,
                touches=[
                    rang(
                        80,
                        "Jackson wants a family-owned farm - done with corporate farming, "
                        "KPIs from Christchurch and a new area manager every year.",
                    )
                ],
            ),
            crew(HERD_MANAGER, "Ashburton, Canterbury, New Zealand")(
                "Tyler Munro-Ashby",
                0,
                touches=[
                    rang(
                        80,
                        "Tyler wants a corporate farming group - structure, training, a "
                        "clear path to operations manager. Not a family farm.",
                    )
                ],
            ),
        ],
        **job(
            HERD_ROLE,
            CANTERBURY,
            offers=["Family-owned, third generation, 450 cows; the owners live on farm"],
        ),
    ),
    C(
        "wants a big company with training vs done with big corporates",
        "cs",
        [
            crew(QA_TECH, "Madison, Wisconsin, USA")(
                "Kelsey Brandtmeier",
                2,
                touches=[
                    mail(
                        70,
                        "I'd really like to get into one of the big co-ops or a multinational "
                        "- proper training, SQF practitioner course paid, room to move up.",
                    )
                ],
            ),
            crew(QA_TECH, "Madison, Wisconsin, USA")(
                "Brianna Gottschalk",
                0,
                touches=[
                    mail(
                        70,
                        "I'm done with big corporates - five layers of sign-off for a swab "
                        "result. Small creamery or nothing.",
                    )
                ],
            ),
        ],
        **job(
            QA_ROLE,
            MADISON,
            offers=["A global dairy co-operative: 30 plants, paid SQF and PCQI training"],
        ),
    ),
    C(
        "wants to build something new vs his vertical farm went bust, wants an established grower",
        "cs",
        [
            crew(GROWER, "Venlo, Netherlands")(
                "Thijs Hendrikx",
                2,
                touches=[
                    ats(
                        55,
                        "Kand. wil iets nieuws opbouwen - start-up, eerste teelt opzetten, "
                        "risico neemt hij op de koop toe.",
                    )
                ],
            ),
            crew(GROWER, "Venlo, Netherlands")(
                "Luuk Peeters-Moonen",
                0,
                touches=[
                    ats(
                        55,
                        "Kand. heeft een verticale farm failliet zien gaan. Wil nu alleen "
                        "nog naar een gevestigde teler met een gezonde balans.",
                    )
                ],
            ),
        ],
        **job(
            GROWER_ROLE,
            VENLO,
            title="Head Grower, Vertical Farm",
            offers=["Series A start-up, first commercial vertical farm, 22 people"],
        ),
    ),
    C(
        "wants a large firm for stability vs a small local firm that knows your name",
        "cs",
        [
            crew(SECURITY, "Cork, Ireland")(
                "Declan Foley-Hurley",
                2,
                touches=[
                    rang(
                        60,
                        "Declan's small firm lost its contract twice in two years. He wants "
                        "one of the big national contractors now - stability.",
                    )
                ],
            ),
            crew(SECURITY, "Cork, Ireland")(
                "Ger Twohig",
                0,
                touches=[
                    rang(
                        60,
                        "Ger wants a small local firm where the owner knows his name - was "
                        "a number at the last big contractor.",
                    )
                ],
            ),
        ],
        **job(
            GUARD_ROLE,
            CORK,
            offers=["National contractor: 6,000 officers across Ireland, PSA licensed"],
        ),
    ),
]

MISSION = [
    C(
        "wants to farm regeneratively vs thinks regen is a fad",
        "cs",
        [
            crew(FARM_2IC, "Gore, Southland, New Zealand")(
                "Ana-Lise Pomare",
                2,
                touches=[
                    mail(
                        85,
                        "I want to farm regeneratively - multispecies swards, less nitrogen. "
                        "Sick of pouring urea on everything.",
                    )
                ],
            ),
            crew(FARM_2IC, "Gore, Southland, New Zealand")(
                "Cameron Steel",
                0,
                touches=[
                    mail(
                        85,
                        "Regen's a fad as far as I'm concerned. I want a high-input, "
                        "high-production system.",
                    )
                ],
            ),
        ],
        **job(
            FARM_MANAGER_ROLE,
            SOUTHLAND,
            offers=["Regenerative system: multispecies pasture, low synthetic nitrogen"],
        ),
    ),
    C(
        "vegetarian, worked in meat QA for years vs vegetarian, won't work in meat",
        "cs",
        [
            crew(QA_TECH, "Omaha, Nebraska, USA")(
                "Priya Venkataraman-Boyd",
                2,
                touches=[
                    rang(
                        90,
                        "Priya's vegetarian but spent 8 yrs in beef QA - says it's never been "
                        "an issue for her, she's there for the food safety.",
                    )
                ],
            ),
            crew(QA_TECH, "Omaha, Nebraska, USA")(
                "Shreya Balakrishnan",
                0,
                touches=[
                    rang(
                        90,
                        "Shreya's vegetarian and won't work in a meat plant in any role. Dairy "
                        "or produce only.",
                    )
                ],
            ),
        ],
        **job(
            QA_ROLE,
            OMAHA,
            title="QA Technician, Beef Processing",
            description="Keep a beef harvest and fabrication plant audit-ready.",
        ),
    ),
    C(
        "Portuguese: won't work with tobacco vs worked at a tobacco leaf plant, fine",
        "cs",
        [
            crew(FITTER, "Santa Cruz do Sul, Rio Grande do Sul, Brazil")(
                "Alceu Schmidt Kunz",
                0,
                touches=[
                    whatsapp(
                        50,
                        "Com fumo não trabalho de jeito nenhum, perdi meu pai pro cigarro.",
                    )
                ],
            ),
            crew(FITTER, "Santa Cruz do Sul, Rio Grande do Sul, Brazil")(
                "Ivanor Dreher",
                2,
                touches=[
                    whatsapp(
                        50,
                        "Trabalhei 6 anos em fumageira aqui em Santa Cruz, tranquilo pra mim.",
                    )
                ],
            ),
        ],
        **job(
            FITTER_ROLE,
            SANTA_CRUZ,
            title="Mecânico de Manutenção, Beneficiamento de Tabaco",
        ),
    ),
    C(
        "wants to give back at a non-profit vs won't take charity pay",
        "cs",
        [
            crew(LINE_LEAD, "Toronto, Ontario, Canada")(
                "Adebayo Fashola",
                2,
                touches=[
                    mail(
                        110,
                        "After 15 years of making food for profit I'd love to do something "
                        "that gives back - a food bank or food rescue would mean a lot.",
                    )
                ],
            ),
            crew(LINE_LEAD, "Toronto, Ontario, Canada")(
                "Emeka Nwachukwu-Dale",
                0,
                touches=[
                    mail(
                        110,
                        "Please no charities - I did a year at one and the pay and the "
                        "chaos weren't for me.",
                    )
                ],
            ),
        ],
        **job(
            LINE_ROLE,
            TORONTO,
            title="Warehouse and Kitchen Lead, Food Rescue",
            offers=["Registered charity: rescued food to 300 community agencies"],
        ),
    ),
    C(
        "left a cage farm over welfare, this one is free-range vs allergic to feather dust",
        "cs",
        [
            crew(LINE_LEAD, "Des Moines, Iowa, USA")(
                "Rachel Amundsen",
                2,
                apps=[
                    stepped_away(
                        400,
                        "other",
                        "Withdrew: the site was a caged-layer operation and the welfare side "
                        "bothered her too much.",
                        role="Egg Grading Line Lead",
                    )
                ],
            ),
            crew(LINE_LEAD, "Des Moines, Iowa, USA")(
                "Megan Steffensmeier",
                0,
                apps=[
                    stepped_away(
                        400,
                        "other",
                        "Withdrew: she's allergic to the feather dust in any poultry barn, "
                        "found out on the site visit.",
                        role="Egg Grading Line Lead",
                    )
                ],
            ),
        ],
        **job(
            LINE_ROLE,
            DES_MOINES,
            title="Egg Grading Line Lead",
            offers=[
                "Certified free-range and pasture-raised flocks only; the grading "
                "floor is next to the layer barns"
            ],
        ),
    ),
]

TECH = [
    C(
        "Lely certified, wants robots vs wants a rotary, not robots",
        "cs",
        [
            crew(HERD_MANAGER, "Ashburton, Canterbury, New Zealand")(
                "Ethan Ngarimu",
                2,
                touches=[
                    whatsapp(
                        60,
                        "did the lely astronaut course last yr, really keen to work with "
                        "robots full time",
                    )
                ],
            ),
            crew(HERD_MANAGER, "Ashburton, Canterbury, New Zealand")(
                "Blair Ruddenklau",
                0,
                touches=[
                    whatsapp(
                        60,
                        "not keen on robots, id rather be on a big rotary with a good team",
                    )
                ],
            ),
        ],
        **job(
            HERD_ROLE,
            CANTERBURY,
            offers=["Eight Lely Astronaut A5 robots, voluntary milking"],
        ),
    ),
    C(
        "keen to learn SAP PM vs wants paper job cards, no computers",
        "cs",
        [
            crew(FITTER, "Kilkenny, Ireland")(
                "Colm Daly-Furlong",
                2,
                touches=[
                    rang(
                        75,
                        "Colm wants to get onto a proper CMMS - keen to learn SAP PM, sick "
                        "of paper job cards getting lost.",
                    )
                ],
            ),
            crew(FITTER, "Kilkenny, Ireland")(
                "Noel Brophy",
                0,
                touches=[
                    rang(
                        75,
                        "Noel wants nothing to do with computers - paper job cards, spanners, "
                        "that's him. Won't do SAP.",
                    )
                ],
            ),
        ],
        **job(
            FITTER_ROLE,
            KILKENNY,
            offers=["All work orders and PPMs run through SAP PM on tablets"],
        ),
    ),
    C(
        "Priva expert vs only knows Hoogendoorn and won't relearn",
        "cs",
        [
            crew(GROWER, "Naaldwijk, Westland, Netherlands")(
                "Jeroen Vellekoop",
                2,
                touches=[
                    rang(
                        65,
                        "Jeroen werkt al tien jaar met Priva, kent de klimaatcomputer door "
                        "en door en wil daarmee verder.",
                    )
                ],
            ),
            crew(GROWER, "Naaldwijk, Westland, Netherlands")(
                "Ronald Duijvestijn",
                0,
                touches=[
                    rang(
                        65,
                        "Ronald kent alleen Hoogendoorn en heeft geen zin om een ander "
                        "systeem te leren.",
                    )
                ],
            ),
        ],
        **job(GROWER_ROLE, WESTLAND, offers=["Priva Connext klimaatcomputer in alle kassen"]),
    ),
    C(
        "wants control-room work on Genetec vs doesn't want to be stuck behind monitors",
        "cs",
        [
            crew(SECURITY, "Calgary, Alberta, Canada")(
                "Priyanka Sethi-Morin",
                2,
                touches=[
                    inmail(
                        70,
                        "I'd love to move into a control room - I've done the Genetec "
                        "Security Center operator course.",
                    )
                ],
            ),
            crew(SECURITY, "Calgary, Alberta, Canada")(
                "Kurtis Bergeron",
                0,
                touches=[
                    inmail(
                        70,
                        "Please nothing behind monitors all shift - I need to be on my feet "
                        "doing patrols.",
                    )
                ],
            ),
        ],
        **job(
            GUARD_ROLE,
            CALGARY,
            title="Security Operations Centre Supervisor",
            offers=["Genetec Security Center control room, 300 cameras"],
        ),
    ),
]

# --- 8. last time's reason, the history with us, and the latest process ---------------------

PAST_NO_HOUSE = dict(remote_policy="onsite", location="Hamilton, Waikato, New Zealand")
PAST_NIGHTS_PLANT = dict(remote_policy="onsite", location="Mississauga, Ontario, Canada")
PAST_CALGARY_FM = dict(
    remote_policy="onsite", location="Calgary, Alberta, Canada", salary_max=88_000, currency="CAD"
)
PAST_FREEZER = dict(remote_policy="onsite", location="Venlo, Netherlands")
PAST_SUNDAY_PLANT = dict(remote_policy="onsite", location="Campinas, São Paulo, Brazil")

RESOLVED = [
    C(
        "declined: no house for the family, this farm has one vs declined: wanted his own place",
        "cs",
        [
            crew(HERD_MANAGER, "Hamilton, Waikato, New Zealand")(
                "Rawiri Tahuparae",
                2,
                apps=[
                    said_no(
                        260,
                        "location",
                        "Offer declined - no house on the farm and he couldn't bring the "
                        "family out without one.",
                        past=PAST_NO_HOUSE,
                    )
                ],
            ),
            crew(HERD_MANAGER, "Hamilton, Waikato, New Zealand")(
                "Scott Pirini-Lang",
                0,
                apps=[
                    said_no(
                        260,
                        "location",
                        "Offer declined - the job came with a tied house on the farm and he "
                        "wants his own place in town, away from the shed.",
                        past=PAST_NO_HOUSE,
                    )
                ],
            ),
        ],
        **job(
            HERD_ROLE,
            WAIKATO,
            offers=["Three-bedroom house on the farm, rent free, for the herd manager"],
        ),
    ),
    C(
        "withdrew: the job was permanent nights, this one is days vs wanted the night premium",
        "cs",
        [
            crew(LINE_LEAD, "Mississauga, Ontario, Canada")(
                "Fatima Haidari",
                2,
                apps=[
                    stepped_away(
                        190,
                        "other",
                        "Withdrew after the plant tour - the job was permanent nights and she "
                        "needs days.",
                        past=PAST_NIGHTS_PLANT,
                        role="Production Line Leader",
                    )
                ],
            ),
            crew(LINE_LEAD, "Mississauga, Ontario, Canada")(
                "Zainab Rahimi",
                0,
                apps=[
                    stepped_away(
                        190,
                        "compensation",
                        "Withdrew after the plant tour - the job was days only and she wants "
                        "nights for the premium.",
                        past=PAST_NIGHTS_PLANT,
                        role="Production Line Leader",
                    )
                ],
            ),
        ],
        **job(
            LINE_ROLE,
            MISSISSAUGA,
            offers=["Day shift only, Monday to Friday, 7am to 3:30pm"],
        ),
    ),
    C(
        "declined at CAD 88k asking 105k, band now 98-112k vs asking 125k",
        "cs",
        [
            crew(FM_MANAGER, "Calgary, Alberta, Canada")(
                "Shauna Wasylyshyn",
                2,
                apps=[
                    said_no(
                        330,
                        "compensation",
                        "Asked for $105k, our band topped out at $88k.",
                        past=PAST_CALGARY_FM,
                        role="Facilities Manager",
                    )
                ],
            ),
            crew(FM_MANAGER, "Calgary, Alberta, Canada")(
                "Lindsay Prokopchuk",
                0,
                apps=[
                    said_no(
                        330,
                        "compensation",
                        "Asked for $125k, our band topped out at $88k.",
                        past=PAST_CALGARY_FM,
                        role="Facilities Manager",
                    )
                ],
            ),
        ],
        **job(FM_ROLE, CALGARY, salary_min=98_000, salary_max=112_000, currency="CAD"),
    ),
    C(
        "turned down for no Growsafe, passed it since vs still hasn't booked it",
        "cs",
        [
            crew(GREENKEEPER, "Palmerston North, New Zealand")(
                "Manu Tipoki",
                2,
                apps=[
                    app(
                        280,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "No Growsafe certificate - the role does all its own spraying.",
                        role="Greenkeeper",
                    )
                ],
                touches=[whatsapp(100, "passed my growsafe standard in august, cert attached")],
            ),
            crew(GREENKEEPER, "Palmerston North, New Zealand")(
                "Ihaia Marsters",
                0,
                apps=[
                    app(
                        280,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "No Growsafe certificate - the role does all its own spraying.",
                        role="Greenkeeper",
                    )
                ],
                touches=[whatsapp(100, "havent got round to booking the growsafe yet sorry")],
            ),
        ],
        **job(
            GREENS_ROLE,
            dict(remote_policy="onsite", location="Palmerston North, New Zealand"),
            requirements="Turf management\nMachinery\nGrowsafe certificate\nIrrigation",
        ),
    ),
    C(
        "declined -25C freezer work, this store is chilled vs any cold sets off her arthritis",
        "cs",
        [
            crew(LINE_LEAD, "Venlo, Netherlands")(
                "Inge Verstappen",
                2,
                apps=[
                    said_no(
                        210,
                        "other",
                        "Declined: didn't want to work in the -25C freezer all shift.",
                        past=PAST_FREEZER,
                        role="Cold Store Team Leader",
                    )
                ],
            ),
            crew(LINE_LEAD, "Venlo, Netherlands")(
                "Marloes Wijnands",
                0,
                apps=[
                    said_no(
                        210,
                        "other",
                        "Declined: any cold work sets off her arthritis - chilled as much as "
                        "frozen.",
                        past=PAST_FREEZER,
                        role="Cold Store Team Leader",
                    )
                ],
            ),
        ],
        **job(
            LINE_ROLE,
            VENLO,
            title="Chilled Store Team Leader",
            description="Lead order picking in a chilled store held at +2C; no freezer work.",
        ),
    ),
    C(
        "withdrew over Sunday production, this is Monday to Friday vs wanted the overtime",
        "cs",
        [
            crew(FITTER, "Campinas, São Paulo, Brazil")(
                "Adenilson Ribas",
                2,
                apps=[
                    stepped_away(
                        240,
                        "other",
                        "Desistiu: a fábrica roda domingo toda semana e ele não abre mão do "
                        "domingo com a família.",
                        past=PAST_SUNDAY_PLANT,
                        role="Mecânico de Manutenção",
                    )
                ],
            ),
            crew(FITTER, "Campinas, São Paulo, Brazil")(
                "Cleiton Vasconcelos",
                0,
                apps=[
                    stepped_away(
                        240,
                        "compensation",
                        "Desistiu: não tinha hora extra, e sem hora extra o salário não "
                        "fecha pra ele.",
                        past=PAST_SUNDAY_PLANT,
                        role="Mecânico de Manutenção",
                    )
                ],
            ),
        ],
        **job(
            FITTER_ROLE,
            CAMPINAS,
            title="Mecânico de Manutenção",
            offers=["Segunda a sexta, sem hora extra, sem trabalho aos domingos"],
        ),
    ),
]

LAST_TIME = [
    C(
        "a no-show for the farm visit vs the owners sold up before we could offer",
        "cs",
        [
            crew(FARM_2IC, "Gore, Southland, New Zealand")(
                "Kane Whakaruru",
                0,
                apps=[
                    app(
                        150,
                        "interview",
                        "rejected",
                        "no_show",
                        "No-show for the farm visit. No call, no text, phone off for a week.",
                        role="Assistant Farm Manager",
                    )
                ],
            ),
            crew(FARM_2IC, "Gore, Southland, New Zealand")(
                "Riley Dunstan-Hape",
                2,
                apps=[
                    app(
                        150,
                        "final",
                        "position_closed",
                        "headcount",
                        "Owners sold the farm to a neighbour before we could make an offer.",
                        role="Assistant Farm Manager",
                    )
                ],
            ),
        ],
        **job(FARM_MANAGER_ROLE, SOUTHLAND, title="Assistant Farm Manager", seniority="mid"),
    ),
    C(
        "dismissed from a site for sleeping on nights vs covered for a colleague who was",
        "cs",
        [
            crew(SECURITY, "Grand Rapids, Michigan, USA")(
                "Lonnie Vredevoogd",
                0,
                apps=[
                    app(
                        420,
                        "offer",
                        "rejected",
                        "conduct",
                        "Removed from the client's site - found asleep in the gatehouse on "
                        "a night shift, second time.",
                        role="Security Officer",
                    )
                ],
            ),
            crew(SECURITY, "Grand Rapids, Michigan, USA")(
                "Darnell Oosterhouse",
                2,
                apps=[runner_up(420, role="Security Officer")],
                touches=[
                    ats(
                        380,
                        "the other officer on his site got walked off for sleeping on nights - "
                        "Darnell covered the whole rota alone for 3 wks, client asked for him "
                        "by name",
                    )
                ],
            ),
        ],
        **job(GUARD_ROLE, GRAND_RAPIDS),
    ),
    C(
        "failed the HACCP level 3 assessment two months ago vs lost a final to an insider",
        "cs",
        [
            crew(QA_TECH, "Hamilton, Waikato, New Zealand")(
                "Paige Harawira",
                0,
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Failed the HACCP level 3 practical on the day - 52%, missed two "
                        "CCPs on the cook-chill line.",
                        role="QA Technician",
                    )
                ],
            ),
            crew(QA_TECH, "Hamilton, Waikato, New Zealand")(
                "Courtney Whatuira",
                2,
                apps=[
                    runner_up(
                        380,
                        "Lost to an internal candidate at the final; the panel loved her.",
                        role="QA Technician",
                    )
                ],
            ),
        ],
        **job(QA_ROLE, WAIKATO),
    ),
    C(
        "swore at the ops manager in the panel vs lost on a coin flip",
        "cs",
        [
            crew(CLEANING_SUP, "Cork, Ireland")(
                "Jacinta Moynihan",
                0,
                apps=[
                    app(
                        200,
                        "final",
                        "rejected",
                        "culture_fit",
                        "Rude to the panel - swore at the ops manager when asked about "
                        "absences. Not for us.",
                        rating=1.5,
                        role="Cleaning Supervisor",
                    )
                ],
            ),
            crew(CLEANING_SUP, "Cork, Ireland")(
                "Breda Cronin",
                2,
                apps=[
                    app(
                        200,
                        "final",
                        "rejected",
                        "other_candidate",
                        "Really close call - came down to a coin flip with the other "
                        "finalist. Would hire.",
                        rating=4.6,
                        role="Cleaning Supervisor",
                    )
                ],
            ),
        ],
        **job(CLEAN_ROLE, CORK),
    ),
    C(
        "accepted, then never turned up on day one vs declined on a counter-offer, good terms",
        "cs",
        [
            crew(PEST_TECH, "Madison, Wisconsin, USA")(
                "Chad Ringelstetter",
                0,
                apps=[
                    app(
                        180,
                        "offer",
                        "withdrew",
                        "no_show",
                        "Accepted the offer, then never showed on day one. No contact since, "
                        "van and kit sat waiting.",
                        role="Pest Control Technician",
                    )
                ],
            ),
            crew(PEST_TECH, "Madison, Wisconsin, USA")(
                "Bryce Hoeschen",
                2,
                apps=[
                    said_no(
                        430,
                        "counteroffer",
                        "Declined - his branch matched the offer. Thanked us, parted on good "
                        "terms, asked us to keep him in mind.",
                        role="Pest Control Technician",
                    )
                ],
            ),
        ],
        **job(PEST_ROLE, MADISON),
    ),
]

PROCESS = [
    C(
        "reached the final round vs CV received, never screened",
        "cs",
        [
            crew(GROWER, "Venlo, Netherlands")(
                "Stijn Lemmens",
                2,
                apps=[runner_up(240, "Tweede na de finale, scheelde weinig.", role="Teeltmanager")],
            ),
            crew(GROWER, "Venlo, Netherlands")(
                "Bram Geurts-Smeets",
                1,
                apps=[
                    app(
                        240,
                        "applied",
                        "position_closed",
                        "headcount",
                        "CV ontvangen, nooit gescreend - vacature intern ingevuld.",
                        role="Teeltmanager",
                    )
                ],
            ),
        ],
        **job(GROWER_ROLE, VENLO),
    ),
    C(
        "hired by us six weeks ago vs lost a final last spring",
        "cs",
        [
            crew(FITTER, "Omaha, Nebraska, USA")(
                "Austin Schwarting",
                0,
                apps=[
                    app(
                        42,
                        "offer",
                        "hired",
                        None,
                        "Started on B shift at the Omaha plant six weeks ago.",
                        role="Maintenance Technician",
                    )
                ],
            ),
            crew(FITTER, "Omaha, Nebraska, USA")(
                "Tanner Wiebelhaus",
                2,
                apps=[runner_up(230, role="Maintenance Technician")],
            ),
        ],
        **job(FITTER_ROLE, OMAHA),
    ),
    C(
        "seasonal hire who left on good terms, rehire eligible vs walked off mid-harvest",
        "cs",
        [
            crew(PICKING_LEAD, "Hastings, Hawke's Bay, New Zealand")(
                "Siosaia Fifita",
                2,
                apps=[
                    app(
                        220,
                        "offer",
                        "hired",
                        None,
                        "Seasonal crew lead Feb-Apr. Season finished, best tallies on the "
                        "orchard, rehire eligible.",
                        role="Harvest Team Leader",
                    )
                ],
            ),
            crew(PICKING_LEAD, "Hastings, Hawke's Bay, New Zealand")(
                "Viliami Taufa",
                0,
                apps=[
                    app(
                        220,
                        "offer",
                        "hired",
                        None,
                        "Seasonal crew lead Feb-Apr. Walked off mid-harvest with half the "
                        "crew, not eligible for rehire.",
                        role="Harvest Team Leader",
                    )
                ],
            ),
        ],
        **job(
            HARVEST_ROLE,
            dict(remote_policy="onsite", location="Hastings, Hawke's Bay, New Zealand"),
        ),
    ),
    C(
        "offer pulled when the milk price dropped vs screened out last month",
        "cs",
        [
            crew(HERD_MANAGER, "Stratford, Taranaki, New Zealand")(
                "Hone Rangihuna",
                2,
                apps=[
                    app(
                        170,
                        "offer",
                        "position_closed",
                        "headcount",
                        "Offer pulled - owners froze hiring after the milk price forecast "
                        "dropped. Not about him at all.",
                    )
                ],
            ),
            crew(HERD_MANAGER, "Stratford, Taranaki, New Zealand")(
                "Caleb Wetini",
                0,
                apps=[
                    app(
                        30,
                        "screen",
                        "rejected",
                        "skills_gap",
                        "Phone screen: never run mating or a herd health plan, only calf "
                        "rearing. Not ready.",
                    )
                ],
            ),
        ],
        **job(HERD_ROLE, TARANAKI),
    ),
]

# --- 9. several notes over time: the latest word counts -------------------------------------

LATEST_WORD = [
    C(
        "needed farm housing, then bought in town vs had a house, then needs one",
        "cs",
        [
            crew(FARM_2IC, "Te Awamutu, Waikato, New Zealand")(
                "Te Rangi Aperahama",
                2,
                touches=[
                    rang(date(2026, 3, 2), "Needs a house on farm, non-negotiable."),
                    rang(
                        date(2026, 10, 5),
                        "Update: bought a place in Te Awamutu, doesn't need farm housing any more.",
                    ),
                ],
            ),
            crew(FARM_2IC, "Te Awamutu, Waikato, New Zealand")(
                "Lachlan Reweti",
                0,
                touches=[
                    rang(date(2026, 3, 2), "Has his own place in Te Awamutu, no housing needed."),
                    rang(
                        date(2026, 10, 5),
                        "Update: sold up after the split, needs a house on farm now or it's no go.",
                    ),
                ],
            ),
        ],
        **job(
            FARM_MANAGER_ROLE,
            WAIKATO,
            description="Manage a 500-cow dairy unit near Te Awamutu. No accommodation provided.",
        ),
    ),
    C(
        "nights fine, then a day course vs no nights, then the course is done",
        "cs",
        [
            crew(SECURITY, "Toronto, Ontario, Canada")(
                "Olamide Adeyinka",
                0,
                touches=[
                    ats(date(2026, 2, 16), "nights ok, any rota"),
                    ats(
                        date(2026, 9, 21),
                        "update: started a day course at Humber, no nights till 2028",
                    ),
                ],
            ),
            crew(SECURITY, "Toronto, Ontario, Canada")(
                "Folake Adesanya",
                2,
                touches=[
                    ats(date(2026, 2, 16), "no nights - on a day course at Humber"),
                    ats(date(2026, 9, 21), "update: course finished in Aug, nights ok now"),
                ],
            ),
        ],
        **job(NIGHTS_GUARDING, TORONTO),
    ),
    C(
        "stop messaging me, later looking again vs keep me in mind, later stop contacting me",
        "cs",
        [
            crew(CLEANING_SUP, "Cork, Ireland")(
                "Mairéad Sheehan",
                2,
                touches=[
                    whatsapp(date(2026, 1, 12), "pls stop messaging me"),
                    whatsapp(
                        date(2026, 9, 14),
                        "hey sorry about january, bad time. im looking now, send me stuff",
                    ),
                ],
            ),
            crew(CLEANING_SUP, "Cork, Ireland")(
                "Úna Callanan",
                0,
                touches=[
                    mail(date(2026, 1, 12), "Keep me in mind for anything in Cork."),
                    mail(
                        date(2026, 9, 14),
                        "Please stop contacting me, I've no interest any more.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **job(CLEAN_ROLE, CORK),
    ),
    C(
        "won't leave Taranaki, then moving to Ashburton vs open to Canterbury, then staying",
        "cs",
        [
            crew(HERD_MANAGER, "Stratford, Taranaki, New Zealand")(
                "Wikitoria Paki",
                2,
                touches=[
                    rang(date(2026, 4, 6), "Won't leave Taranaki."),
                    rang(
                        date(2026, 10, 19),
                        "Her partner's been transferred to Ashburton, they move in December - "
                        "Canterbury herds now.",
                    ),
                ],
            ),
            crew(HERD_MANAGER, "Stratford, Taranaki, New Zealand")(
                "Chanel Tapuke",
                0,
                touches=[
                    rang(date(2026, 4, 6), "Open to Canterbury."),
                    rang(
                        date(2026, 10, 19),
                        "Mum's crook - she's staying in Taranaki for the foreseeable.",
                    ),
                ],
            ),
        ],
        **job(HERD_ROLE, CANTERBURY),
    ),
    C(
        "KES 180k lowered to 130k vs 130k raised to 180k, band KES 120-150k",
        "cs",
        [
            crew(GROWER, "Naivasha, Kenya")(
                "Kipchumba Sang",
                2,
                touches=[
                    ats(date(2026, 3, 9), "expectation KES 180k pm"),
                    ats(
                        date(2026, 9, 28),
                        "cand called - would take KES 130k pm for a head grower title",
                    ),
                ],
            ),
            crew(GROWER, "Naivasha, Kenya")(
                "Kibet Langat",
                0,
                touches=[
                    ats(date(2026, 3, 9), "expectation KES 130k pm"),
                    ats(
                        date(2026, 9, 28),
                        "cand got a counter at 165k - now needs KES 180k pm to move",
                    ),
                ],
            ),
        ],
        **job(
            GROWER_ROLE,
            NAIVASHA,
            title="Head Grower, Roses",
            salary_min=120_000,
            salary_max=150_000,
            currency="KES",
            offers=["KES 120,000-150,000 gross per month"],
        ),
    ),
]

HELDOUT26_CASES: list[Case] = [
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
