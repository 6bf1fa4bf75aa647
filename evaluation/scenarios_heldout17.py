"""Held-out rediscovery cases, seventeenth set: recruiters for retail, hospitality and field
sales, in their own words, written by a seventeenth stranger to the reader (its code, its
labelled sets and the earlier case files' sentences were not looked at; held-out 10 was opened
for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 17") and never tuned to what Encore does. The setting is high-volume
frontline hiring in the UK, Ireland, the US, Canada, Australia and India: store, assistant and
area managers, head and sous chefs, hotel front-office managers and executive housekeepers,
baristas and shift leads, field sales reps with a territory, real-estate and insurance agents,
car-sales executives, call-centre and telesales staff, and event and seasonal crews (summer
season, ski season, Christmas peak, Black Friday, festival season, Diwali trading). The voices
are many: store managers' texts, area managers' emails, agency consultants' call notes typed
fast with abbreviations and typos ("cand", "w/", "abt", "agn", "SM", "ASM", "2IC", "LPA"),
candidates' WhatsApp replies with emoji, exit-interview snippets, a few lines in French
(Quebec) and Hinglish, formal letters, and notes that ramble through dates without asking for
any wait. Trade talk runs through them: commission, OTE, uncapped, base plus bonus, car
allowance, mileage, territory and patch, rota, split shifts, lates and earlies, opens and
closes, tronc, tips, service charge, live-in, seasonal contracts, zero-hours, bank holidays,
mystery shops and KPIs.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a WhatsApp "stop messaging me", a data-protection letter, a consultant's "DO NOT
   CONTACT", a block threat, an "unsubscribe", a TRAI complaint threat, a placement's exit
   interview, French, an Aussie "take me off your list", a reply STOP to our SMS blast, a formal
   "do not contact me again", a "no thanks, and don't write again"): never shown; beside each a
   twin that is shown (not during trading hours, a new email address, text not call, no more
   call-centre roles, keep me subscribed, email only, off the Christmas temp list only, a
   husband's stop that is not hers, write in French, off one city's list, STOP sent to a
   dealership's promotions, an apology for a stop, a "no thanks" to one store only);
2. waits counted from the day said, each against a twin whose wait has run out: a ski season to
   April against a summer season to Thanksgiving, the Christmas peak against Easter trading, a
   commission payout in January against one in August, a car lease to March against one to
   September, a flat lease to February against one to August, the Easter school holidays
   against the summer ones, Christmas sales in India against Diwali, ninety days' notice against
   sixty, Christmas markets and Hogmanay against the summer festivals, a probation, "give it a
   quarter" said in October against one said in May, "not before January" against a January
   merely mentioned, open enrollment against Q1 renewals;
3. schedule, travel, visa, contract and hours, commute: split shifts, closes, Saturday open
   homes, Boxing Day and bank holidays, nights, school hours, Sundays, weekend on-call; field
   overnights, an area on the road four days a week, touring India's West zone, a past
   employer's travel, a festival tour; Skilled Worker sponsorship, an Irish permit, an
   Australian working-holiday visa, a closed Canadian work permit, a J-1 running out; zero-hours,
   a Christmas temp contract, part-time, live-in, commission-only, a fixed-term contract; a
   commute limit, no driving licence, Bengaluru traffic, no car in Chicago, a past commute;
   each against someone who does not object, or whose objection was to a past employer or is
   someone else's;
4. pay against the band: basic against OTE, an hourly ask against an hourly band plus tips,
   lakhs per annum, a current salary above the band with a lower ask, tronc on top of basic,
   Australian, Irish and Canadian money;
5. work mode said only in the policy field, only in the description, only in the title and only
   in the offers;
6. negation and scope ("never said no to a split", "the pay was the problem, not the starts",
   "no problem with a low base", "not averse to line management", alcohol fine but not tobacco,
   "not remote-only", "no longer refuses Sundays");
7. location and relocation (a move to Brisbane, a husband's transfer she is not following,
   anywhere in South India, anywhere in the UK for a winter season, home to Cork), managing
   against selling and the level asked for, independents against chains and pre-openings,
   mission and industry (sustainable retail, gambling, health insurance) and technology (a CRM,
   a PMS);
8. last time's reason resolved by this role or still standing (pay, split shifts, live-in,
   commission-only, sponsorship, the size of a patch), the history with us (a no-show at a
   trial shift, rudeness to a client, a recent skills gap, a counter-offer) and the latest
   process (a placement we made weeks ago, a trial shift against a CV, a job accepted elsewhere);
9. several notes over time where the latest word counts: nights refused then fine and the
   reverse, a stop taken back and a "keep me in mind" hardened into a deletion, a move refused
   then wanted and the reverse, a pay ask lowered and raised, a wait called off and one put in,
   commission-only refused then taken up.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``); a
wait is dated by the day it was said.
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

STORE_MANAGER = dict(
    current_title="Store Manager",
    skills=["Store P&L", "Rota planning", "Visual merchandising", "Shrink control"],
    years_experience=9,
    resume_text=(
        "Store manager, nine years in high-street fashion and homeware: teams of 25 to 40, "
        "weekly rotas against a wage budget, stock loss under 1%, visual merchandising to "
        "head-office guidelines, mystery-shop scores above 90% and Christmas peak recruitment."
    ),
)
AREA_MANAGER = dict(
    current_title="Area Manager",
    skills=["Multi-site retail", "Coaching store managers", "KPI reviews", "Store P&L"],
    years_experience=13,
    resume_text=(
        "Area manager for eleven convenience and high-street stores: weekly KPI calls, store "
        "visits and audits, coaching store managers, new-store openings and a £28m sales line."
    ),
)
HEAD_CHEF = dict(
    current_title="Head Chef",
    skills=["Menu development", "Brigade leadership", "Food cost and GP", "Allergen control"],
    years_experience=11,
    resume_text=(
        "Head chef, eleven years in gastropubs, hotels and a 120-cover brasserie: seasonal "
        "menus, a brigade of six to ten, food cost at 28%, supplier ordering and a five-star "
        "hygiene rating kept for six straight years."
    ),
)
FRONT_OFFICE = dict(
    current_title="Front Office Manager",
    skills=["Opera PMS", "Guest relations", "Upselling at check-in", "Night audit"],
    years_experience=8,
    resume_text=(
        "Front office manager in 150- to 300-room city hotels: reception, concierge and night "
        "audit teams, rota planning, upsell targets, guest complaints and OTA reviews."
    ),
)
HOUSEKEEPER = dict(
    current_title="Executive Housekeeper",
    skills=["Room inspections", "Linen and laundry control", "Housekeeping rotas", "Deep cleans"],
    years_experience=10,
    resume_text=(
        "Executive housekeeper, ten years in resort and country-house hotels: teams of 20 room "
        "attendants, inspections, linen par levels, contractor laundry and deep-clean programmes."
    ),
)
SHIFT_LEAD = dict(
    current_title="Shift Lead",
    skills=["Espresso bar", "Opening and closing", "Cash handling", "Training baristas"],
    years_experience=4,
    resume_text=(
        "Barista and shift lead in busy coffee chains: running the floor on a shift of six, "
        "opening and closing, cash-ups, milk and bean ordering and training new starters."
    ),
)
FIELD_REP = dict(
    current_title="Territory Sales Manager",
    skills=["Territory planning", "Independent retail accounts", "New business", "Salesforce"],
    years_experience=7,
    resume_text=(
        "Field sales rep for drinks and snacks brands, seven years: a patch of 180 independent "
        "and symbol-group stores, route planning, listings and promotions, 115% of target."
    ),
)
ESTATE_AGENT = dict(
    current_title="Sales Agent",
    skills=["Listings and appraisals", "Vendor negotiation", "Open homes", "Buyer pipeline"],
    years_experience=6,
    resume_text=(
        "Residential sales agent, six years: appraisals, listings, open homes and auctions, a "
        "buyer database of 1,400 and about forty settled sales a year."
    ),
)
INSURANCE_AGENT = dict(
    current_title="Insurance Sales Agent",
    skills=["Licensed life and health", "Outbound prospecting", "Policy reviews", "Renewals"],
    years_experience=5,
    resume_text=(
        "Licensed insurance sales agent, five years selling life, health and motor cover: "
        "outbound and referral leads, needs analysis, renewals and a 92% persistency rate."
    ),
)
CAR_SALES = dict(
    current_title="Sales Executive",
    skills=["New and used car sales", "Finance and add-ons", "Part-exchange", "Handovers"],
    years_experience=6,
    resume_text=(
        "Car sales executive at franchised dealerships, six years: 14 units a month on "
        "average, finance penetration over 60%, part-exchange appraisals and handovers."
    ),
)
TELESALES = dict(
    current_title="Telesales Advisor",
    skills=["Outbound calling", "Energy and broadband sales", "Objection handling", "Compliance"],
    years_experience=4,
    resume_text=(
        "Telesales advisor in contact centres, four years: 120 dials a day, energy, broadband "
        "and insurance products, top-quartile conversion and clean compliance audits."
    ),
)
EVENTS = dict(
    current_title="Event Supervisor",
    skills=["Bar and concession teams", "Crowd flow", "Cash-up and stock", "Safety briefings"],
    years_experience=5,
    resume_text=(
        "Event supervisor at festivals, stadiums and Christmas markets, five years: bar teams "
        "of 15, stock and cash-ups, licensing rules and safety briefings."
    ),
)


def crew(profile: str, persona: dict, where: str):
    """People of one kind: the same profile and persona, living in ``where`` unless a case
    says otherwise."""

    def person(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return person


# --- who wrote what -------------------------------------------------------------------------


def whatsapp(days, words) -> dict:
    """The candidate's WhatsApp or text message, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def mail(days, words) -> dict:
    """The candidate's own email."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def rang(days, words) -> dict:
    """An agency consultant's call notes, typed fast."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def logged(days, words) -> dict:
    """A note typed into the CRM by a consultant or a coordinator."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def exit_chat(days, words) -> dict:
    """A snippet from an exit interview, as written up."""
    return touch(days, "inbound", "replied", "note", note=words, channel="meeting")


def lost_final(days, note=None, *, role="Store Manager") -> dict:
    """Reached the last stage (a trial shift or a final interview) and lost to one other."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def said_no(days, reason, note, *, past=None, role="Store Manager") -> dict:
    """Turned the offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def backed_out(days, reason, note, *, stage="interview", past=None, role="Store Manager"):
    """Withdrew from the process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def job(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


def site(city: str) -> dict:
    return dict(remote_policy="onsite", location=city)


# --- what the roles are ---------------------------------------------------------------------

STORE_ROLE = dict(
    title="Store Manager",
    department="Retail Operations",
    seniority="manager",
    requirements="Running a store team of 20+\nP&L and wage budget\nRota planning\nVM standards",
    description="Run a high-street store: sales, people, stock, standards and mystery shops.",
)
AREA_ROLE = dict(
    title="Area Manager",
    department="Retail Operations",
    seniority="manager",
    requirements="Multi-site experience\nCoaching store managers\nKPI and P&L reviews",
    description="Look after a group of stores: visits, KPI reviews and coaching store managers.",
)
CHEF_ROLE = dict(
    title="Head Chef",
    department="Kitchen",
    seniority="lead",
    requirements="Running a brigade\nMenu development\nFood cost and GP\nFood safety Level 3",
    description="Run the kitchen of an 80-cover restaurant and its brigade of six.",
)
FRONT_OFFICE_ROLE = dict(
    title="Front Office Manager",
    department="Rooms Division",
    seniority="manager",
    requirements="Front office management\nOpera or a similar PMS\nUpselling\nRota planning",
    description="Lead reception, concierge and night audit in a 220-room hotel.",
)
HOUSEKEEPING_ROLE = dict(
    title="Executive Housekeeper",
    department="Rooms Division",
    seniority="manager",
    requirements="Leading a housekeeping team\nRoom inspections\nLinen control",
    description="Lead housekeeping for a 140-room resort hotel and its team of 22.",
)
SHIFT_ROLE = dict(
    title="Shift Lead",
    department="Coffee Shops",
    seniority="junior",
    requirements="Barista experience\nRunning a shift\nCash handling",
    description="Run shifts in a busy coffee shop: the floor, the till and the team.",
)
FIELD_ROLE = dict(
    title="Territory Sales Manager",
    department="Field Sales",
    seniority="mid",
    requirements="Field sales experience\nIndependent retail accounts\nFull driving licence",
    description="Sell our drinks range into independent stores across your patch.",
)
AGENT_ROLE = dict(
    title="Residential Sales Agent",
    department="Sales",
    seniority="mid",
    requirements="Residential sales experience\nListings and appraisals\nNegotiation",
    description="List and sell homes for a busy agency office.",
)
INSURANCE_ROLE = dict(
    title="Insurance Sales Agent",
    department="Sales",
    seniority="mid",
    requirements="Insurance sales licence\nOutbound prospecting\nNeeds analysis",
    description="Sell life, health and motor cover to new and existing customers.",
)
CAR_ROLE = dict(
    title="Car Sales Executive",
    department="Sales",
    seniority="mid",
    requirements="Car sales experience\nFinance and add-ons\nPart-exchange appraisal",
    description="Sell new and used cars from a franchised dealership showroom.",
)
TELESALES_ROLE = dict(
    title="Telesales Advisor",
    department="Contact Centre",
    seniority="junior",
    requirements="Outbound sales experience\nObjection handling\nCall compliance",
    description="Call warm leads and sell energy and broadband plans.",
)
EVENTS_ROLE = dict(
    title="Event Supervisor",
    department="Events",
    seniority="junior",
    requirements="Bar or concession supervision\nCash-up and stock\nSafety awareness",
    description="Supervise bar and concession teams at live events.",
)

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "WhatsApp: stop messaging me, done with retail vs not during trading hours",
        "cs",
        [
            crew("cs", STORE_MANAGER, "Manchester, UK")(
                "Kerry-Ann Lowther",
                0,
                touches=[
                    whatsapp(
                        35,
                        "pls stop messaging me about jobs. I'm done with retail for good, "
                        "retraining as a TA ✋",
                    )
                ],
                excluded=True,
            ),
            crew("cs", STORE_MANAGER, "Manchester, UK")(
                "Natalie Brough",
                2,
                touches=[
                    whatsapp(
                        35,
                        "can u stop messaging me during trading hrs 🙏 my ASM sees my phone "
                        "light up lol. after 6 is fine, still v keen on SM roles",
                    )
                ],
            ),
        ],
        **job(STORE_ROLE, site("Manchester, UK")),
    ),
    C(
        "a formal letter to cease contact and delete vs a letter with a new email address",
        "cs",
        [
            crew("cs", FRONT_OFFICE, "Dublin, Ireland")(
                "Siobhán Cullinane",
                0,
                touches=[
                    mail(
                        60,
                        "Dear Sir or Madam, I am writing to ask that your agency ceases all "
                        "contact with me and deletes the personal details you hold, in line "
                        "with data protection law. Yours faithfully, S. Cullinane",
                    )
                ],
                excluded=True,
            ),
            crew("cs", FRONT_OFFICE, "Dublin, Ireland")(
                "Gráinne Moloney",
                2,
                touches=[
                    mail(
                        60,
                        "Dear Sir or Madam, I am writing to update my details: please use this "
                        "address from now on rather than my work one. I remain interested in "
                        "front office management roles in Dublin. Kind regards, G. Moloney",
                    )
                ],
            ),
        ],
        **job(FRONT_OFFICE_ROLE, site("Dublin, Ireland")),
    ),
    C(
        "consultant: DO NOT CONTACT agn per cand vs don't call her at the store, text only",
        "cs",
        [
            crew("cs", STORE_MANAGER, "Leeds, UK")(
                "Shelley Dunkerley",
                0,
                touches=[
                    rang(
                        80,
                        "spoke w cand, v unhappy abt the no. of calls frm us this month. DO NOT "
                        "CONTACT agn per cand - removed frm all campaigns",
                    )
                ],
                excluded=True,
            ),
            crew("cs", STORE_MANAGER, "Leeds, UK")(
                "Tamsin Greaves",
                2,
                touches=[
                    rang(
                        80,
                        "spoke w cand, dnt call her at the store - her RM listens in. txt only, "
                        "she'll ring bk on her day off (weds). keen on SM roles in Leeds",
                    )
                ],
            ),
        ],
        **job(STORE_ROLE, site("Leeds, UK")),
    ),
    C(
        "emoji: no more msgs, blocking this number vs no more call-centre jobs, field only",
        "sales",
        [
            crew("sales", FIELD_REP, "Bristol, UK")(
                "Jaxon Pellow",
                0,
                touches=[whatsapp(25, "🛑 no more msgs pls. blocking this number now 👋")],
                excluded=True,
            ),
            crew("sales", FIELD_REP, "Bristol, UK")(
                "Riley Tremayne",
                2,
                touches=[
                    whatsapp(
                        25,
                        "🛑 no more msgs abt call centre jobs pls 😅 field sales only, got a car",
                    )
                ],
            ),
        ],
        **job(FIELD_ROLE, site("Bristol, UK"), offers=["Car allowance", "Mileage paid"]),
    ),
    C(
        "unsubscribe, now or ever vs happy at the brokerage but keep me subscribed",
        "sales",
        [
            crew("sales", ESTATE_AGENT, "Phoenix, AZ, USA")(
                "Brandi Szymanowski",
                0,
                touches=[
                    mail(
                        90,
                        "Unsubscribe. I'm with a brokerage I love and I don't want recruiter "
                        "emails, now or ever.",
                    )
                ],
                excluded=True,
            ),
            crew("sales", ESTATE_AGENT, "Phoenix, AZ, USA")(
                "Dana Throckmorton",
                2,
                touches=[
                    mail(
                        90,
                        "Love my brokerage but the splits are getting worse - definitely keep "
                        "me subscribed, I read every one of your emails.",
                    )
                ],
            ),
        ],
        **job(AGENT_ROLE, site("Phoenix, AZ, USA"), title="Real Estate Sales Agent"),
    ),
    C(
        "kindly remove my number, TRAI complaint vs kindly share openings on email only",
        "sales",
        [
            crew("sales", INSURANCE_AGENT, "Pune, India")(
                "Prakash Edathil",
                0,
                touches=[
                    mail(
                        45,
                        "Kindly remove my number from your database. I have not given consent "
                        "for these calls and will register a complaint with TRAI if they "
                        "continue.",
                    )
                ],
                excluded=True,
            ),
            crew("sales", INSURANCE_AGENT, "Pune, India")(
                "Sandeep Rathore",
                2,
                touches=[
                    mail(
                        45,
                        "Kindly share future openings on email only, calls during branch hours "
                        "are difficult for me. I am still looking for a bancassurance or "
                        "agency channel role in Pune.",
                    )
                ],
            ),
        ],
        **job(INSURANCE_ROLE, site("Pune, India")),
    ),
    C(
        "exit interview: take her off our books vs off the Christmas temp list only",
        "cs",
        [
            crew("cs", STORE_MANAGER, "London, UK")(
                "Imogen Clatworthy",
                0,
                touches=[
                    exit_chat(
                        120,
                        "Exit interview at the end of her placement: asked us to take her off "
                        "our books completely and not to contact her again about anything.",
                    )
                ],
                excluded=True,
            ),
            crew("cs", STORE_MANAGER, "London, UK")(
                "Harriet Penhaligon",
                2,
                touches=[
                    exit_chat(
                        120,
                        "Exit interview at the end of her placement: asked us to take her off "
                        "the Christmas temp list - she wants perm store management only now.",
                    )
                ],
            ),
        ],
        **job(STORE_ROLE, site("London, UK")),
    ),
    C(
        "her husband wants no calls from us vs she wants no calls or emails, ever",
        "cs",
        [
            crew("cs", HEAD_CHEF, "Edinburgh, UK")(
                "Fiona Gilchrist",
                2,
                touches=[
                    rang(
                        50,
                        "Husband (also on our books, sous chef) picked up - HE doesn't want any "
                        "more calls from us. Spoke to Fiona after: she's still keen on head "
                        "chef jobs in Edinburgh, call her mobile not the house.",
                    )
                ],
            ),
            crew("cs", HEAD_CHEF, "Edinburgh, UK")(
                "Morag Tulloch",
                0,
                touches=[
                    rang(
                        50,
                        "Cand rang in to say she wants no more calls or emails from us, ever. "
                        "Polite but very clear.",
                    )
                ],
                excluded=True,
            ),
        ],
        **job(CHEF_ROLE, site("Edinburgh, UK")),
    ),
    C(
        "French: take my name off your lists vs write to me in French, please",
        "cs",
        [
            crew("cs", STORE_MANAGER, "Montréal, QC, Canada")(
                "Geneviève Lapointe-Morin",
                0,
                touches=[
                    mail(
                        70,
                        "Bonjour, veuillez retirer mon nom de vos listes. Je ne veux plus être "
                        "sollicitée par votre agence. Merci.",
                    )
                ],
                excluded=True,
            ),
            crew("cs", STORE_MANAGER, "Montréal, QC, Canada")(
                "Josée Paquette",
                2,
                touches=[
                    mail(
                        70,
                        "Bonjour, pourriez-vous m'écrire en français plutôt qu'en anglais? "
                        "Toujours intéressée par un poste de gérante de magasin à Montréal.",
                    )
                ],
            ),
        ],
        **job(STORE_ROLE, site("Montréal, QC, Canada"), title="Store Manager / Gérant(e)"),
    ),
    C(
        "Aussie: take me off your list, out of hospo vs off the Gold Coast list, in Melbourne now",
        "cs",
        [
            crew("cs", FRONT_OFFICE, "Melbourne, VIC, Australia")(
                "Brodie McAlister",
                0,
                touches=[
                    whatsapp(
                        40,
                        "mate take me off your list, I'm out of hospo for good. doing my "
                        "sparky apprenticeship now, cheers",
                    )
                ],
                excluded=True,
            ),
            crew("cs", FRONT_OFFICE, "Melbourne, VIC, Australia")(
                "Lachlan Trethewey",
                2,
                touches=[
                    whatsapp(
                        40,
                        "mate take me off the Gold Coast list, moved down to Melbourne in "
                        "winter. still keen on hotel FOM jobs down here 👍",
                    )
                ],
            ),
        ],
        **job(FRONT_OFFICE_ROLE, site("Melbourne, VIC, Australia")),
    ),
    C(
        "replied STOP to our SMS campaign vs STOP to a dealership's promos, forwarded to us",
        "sales",
        [
            crew("sales", CAR_SALES, "Dallas, TX, USA")(
                "Travis Heckmann",
                0,
                touches=[
                    logged(
                        65,
                        "Cand replied STOP to our October SMS job blast. Opted out of all "
                        "contact - suppress everywhere.",
                    )
                ],
                excluded=True,
            ),
            crew("sales", CAR_SALES, "Dallas, TX, USA")(
                "Cody Brannigan",
                2,
                touches=[
                    logged(
                        65,
                        "Cand forwarded us the STOP he sent to a dealership's promo texts "
                        "(not ours - he thought it was funny). Still wants a spot on a busy "
                        "sales floor in Dallas.",
                    )
                ],
            ),
        ],
        **job(CAR_ROLE, site("Dallas, TX, USA")),
    ),
    C(
        "formal: I do not want to be contacted vs asked us to stop in October, then apologised",
        "cs",
        [
            crew("cs", AREA_MANAGER, "Glasgow, UK")(
                "Duncan Ferrier",
                0,
                touches=[
                    mail(
                        30,
                        "I do not wish to be contacted by recruitment agencies, including "
                        "yours, any longer. Please respect that.",
                    )
                ],
                excluded=True,
            ),
            crew("cs", AREA_MANAGER, "Glasgow, UK")(
                "Euan Baillie",
                2,
                touches=[
                    rang(
                        30,
                        "cand told us to stop calling on the 5th, rang back a wk later to "
                        "apologise - bad day at a store audit. wants to hear abt area roles "
                        "in the west of Scotland",
                    )
                ],
            ),
        ],
        **job(AREA_ROLE, site("Glasgow, UK")),
    ),
    C(
        "no thanks, don't write again vs no thanks to Oxford St, anything nearer Croydon",
        "cs",
        [
            crew("cs", SHIFT_LEAD, "Croydon, UK")(
                "Kayleigh Stott",
                0,
                touches=[whatsapp(20, "no thanks, and please don't write to me again")],
                excluded=True,
            ),
            crew("cs", SHIFT_LEAD, "Croydon, UK")(
                "Precious Adeyemi",
                2,
                touches=[
                    whatsapp(
                        20,
                        "no thanks 🙂 Oxford St is too far for me, anything closer to Croydon "
                        "I'm all ears",
                    )
                ],
            ),
        ],
        **job(SHIFT_ROLE, site("Croydon, UK")),
    ),
]

# --- 2. waits counted from the day said, each against a twin whose wait has run out ----------

WAITS = [
    C(
        "a ski season to closing day in April vs a summer season that ended at Thanksgiving",
        "cs",
        [
            crew("cs", FRONT_OFFICE, "Banff, AB, Canada")(
                "Kaitlyn Beaulieu",
                1,
                (
                    "Signed on for the whole ski season at the lodge, through to closing day "
                    "in April - won't break the contract, so nothing before then.",
                    date(2026, 10, 19),
                ),
            ),
            crew("cs", FRONT_OFFICE, "Banff, AB, Canada")(
                "Morgan Desrosiers",
                2,
                (
                    "Committed to the summer season at the Jasper lodge until it wraps at "
                    "Thanksgiving in October - can't leave before that.",
                    date(2026, 6, 8),
                ),
            ),
        ],
        **job(FRONT_OFFICE_ROLE, site("Banff, AB, Canada")),
    ),
    C(
        "not till after the Christmas peak vs not till after Easter trading, said in March",
        "cs",
        [
            crew("cs", STORE_MANAGER, "Birmingham, UK")(
                "Jodie Pargeter",
                1,
                touches=[
                    whatsapp(
                        date(2026, 10, 26),
                        "Not moving till after the Christmas peak hun, won't leave my team "
                        "short over Black Friday and Boxing Day. Jan onwards I'm all yours x",
                    )
                ],
            ),
            crew("cs", STORE_MANAGER, "Birmingham, UK")(
                "Leanne Whitehouse",
                2,
                touches=[
                    whatsapp(
                        date(2026, 3, 2),
                        "Not moving till after the Easter trading weekend, won't leave the "
                        "team mid-launch. After that I'm all yours x",
                    )
                ],
            ),
        ],
        **job(STORE_ROLE, site("Birmingham, UK")),
    ),
    C(
        "Q4 commission pays out 31 Jan vs H1 commission that landed in August",
        "sales",
        [
            crew("sales", FIELD_REP, "Leeds, UK")(
                "Darren Oddie",
                1,
                touches=[
                    rang(
                        date(2026, 10, 12),
                        "cand's Q4 commish pays out 31 Jan - not walking away frm £9k so "
                        "nothing til Feb. otherwise v open, patch is Leeds/Bradford",
                    )
                ],
            ),
            crew("sales", FIELD_REP, "Leeds, UK")(
                "Mark Hirstwood",
                2,
                touches=[
                    rang(
                        date(2026, 6, 15),
                        "cand's H1 commish lands end of Aug - not moving til it's in the bank. "
                        "otherwise v open, patch is Leeds/Wakefield",
                    )
                ],
            ),
        ],
        **job(FIELD_ROLE, site("Leeds, UK")),
    ),
    C(
        "company car lease runs to end of March vs a lease that ran to September",
        "sales",
        [
            crew("sales", FIELD_REP, "Nottingham, UK")(
                "Gareth Spink",
                1,
                (
                    "Company car lease runs to the end of March - if he leaves early he's "
                    "stuck with the penalty, so April start at the earliest.",
                    date(2026, 10, 5),
                ),
            ),
            crew("sales", FIELD_REP, "Nottingham, UK")(
                "Wayne Hollinshead",
                2,
                (
                    "Car lease is up in September, he'll jump once it's handed back, not before.",
                    date(2026, 5, 11),
                ),
            ),
        ],
        **job(FIELD_ROLE, site("Nottingham, UK"), offers=["£5,400 car allowance", "Mileage"]),
    ),
    C(
        "the Galway flat lease ends in February, then Dublin vs a lease that ended in August",
        "cs",
        [
            crew("cs", HEAD_CHEF, "Galway, Ireland")(
                "Cathal Breathnach",
                1,
                touches=[
                    mail(
                        date(2026, 11, 2),
                        "The lease on my flat in Galway is up at the end of February. I'd "
                        "move to Dublin after that, not before - can't afford two rents.",
                    )
                ],
            ),
            crew("cs", HEAD_CHEF, "Galway, Ireland")(
                "Ronan Fahy",
                2,
                touches=[
                    mail(
                        date(2026, 4, 13),
                        "The lease on my flat in Galway runs to the end of August. I'd move "
                        "to Dublin any time after that - can't afford two rents before.",
                    )
                ],
            ),
        ],
        **job(CHEF_ROLE, site("Dublin, Ireland")),
    ),
    C(
        "no childcare till after the Easter holidays vs till the kids went back in September",
        "cs",
        [
            crew("cs", HOUSEKEEPER, "Brighton, UK")(
                "Sharon Pettifer",
                1,
                (
                    "Can't start anything till the kids are back at school after the Easter "
                    "holidays - no childcare before then.",
                    date(2026, 11, 9),
                ),
            ),
            crew("cs", HOUSEKEEPER, "Brighton, UK")(
                "Donna Crick",
                2,
                (
                    "Can't start anything till the kids go back in September - no childcare "
                    "over the summer holidays.",
                    date(2026, 6, 22),
                ),
            ),
        ],
        **job(HOUSEKEEPING_ROLE, site("Brighton, UK")),
    ),
    C(
        "India: not before the Christmas and New Year sale vs not before Diwali, said in August",
        "cs",
        [
            crew("cs", STORE_MANAGER, "Bengaluru, India")(
                "Harsha Gowda",
                1,
                touches=[
                    rang(
                        date(2026, 10, 19),
                        "cand won't switch before the Christmas-New Year sale is over, his "
                        "mall targets are tied to it. Feb onwards ok. Current CTC 11 LPA.",
                    )
                ],
            ),
            crew("cs", STORE_MANAGER, "Bengaluru, India")(
                "Vikas Shetty",
                2,
                touches=[
                    rang(
                        date(2026, 8, 17),
                        "cand won't switch before Diwali, festive targets. Once the first "
                        "week of Nov is done he's free. Current CTC 11 LPA.",
                    )
                ],
            ),
        ],
        **job(STORE_ROLE, site("Bengaluru, India"), title="Store Manager - Apparel"),
    ),
    C(
        "serving 90 days' notice from late October vs 60 days' notice served from August",
        "sales",
        [
            crew("sales", INSURANCE_AGENT, "Mumbai, India")(
                "Nikhil Gokhale",
                1,
                touches=[
                    mail(
                        date(2026, 10, 26),
                        "Resigned today, serving 90 days notice, no buyout possible. Can join "
                        "only after that.",
                    )
                ],
            ),
            crew("sales", INSURANCE_AGENT, "Mumbai, India")(
                "Rohan Bapat",
                2,
                touches=[
                    mail(
                        date(2026, 8, 3),
                        "Resigned today, serving 60 days notice, no buyout possible. Can join "
                        "only after that.",
                    )
                ],
            ),
        ],
        **job(INSURANCE_ROLE, site("Mumbai, India")),
    ),
    C(
        "Christmas markets then Hogmanay, talk in January vs festivals till mid-September",
        "cs",
        [
            crew("cs", EVENTS, "Edinburgh, UK")(
                "Callum Rennie",
                1,
                touches=[
                    whatsapp(
                        date(2026, 10, 26),
                        "booked solid 🎄 Christmas markets till the 23rd then Hogmanay. talk "
                        "to me in January!",
                    )
                ],
            ),
            crew("cs", EVENTS, "Edinburgh, UK")(
                "Struan Macleod",
                2,
                touches=[
                    whatsapp(
                        date(2026, 5, 18),
                        "booked solid ⛺ festivals every weekend till mid-September. talk to "
                        "me after that!",
                    )
                ],
            ),
        ],
        **job(EVENTS_ROLE, site("Edinburgh, UK")),
    ),
    C(
        "six-month probation from 2 November vs one that started in March",
        "cs",
        [
            crew("cs", SHIFT_LEAD, "London, UK")(
                "Ashanti Boateng",
                1,
                (
                    "Just started as a shift lead at a new chain on 2 Nov - wants to get "
                    "through her six-month probation before she looks.",
                    date(2026, 11, 9),
                ),
            ),
            crew("cs", SHIFT_LEAD, "London, UK")(
                "Ebony Fraser",
                2,
                (
                    "Started as a shift lead on 2 March, probation is six months - she'll "
                    "look once it's done.",
                    date(2026, 3, 16),
                ),
            ),
        ],
        **job(SHIFT_ROLE, site("London, UK")),
    ),
    C(
        "give it a quarter, said in October vs give it a quarter, said in May",
        "cs",
        [
            crew("cs", AREA_MANAGER, "Sydney, NSW, Australia")(
                "Tahnee Wolstenholme",
                1,
                touches=[
                    mail(
                        date(2026, 10, 19),
                        "Give it a quarter - I've just been handed two more stores and want "
                        "to bed them in before I go anywhere.",
                    )
                ],
            ),
            crew("cs", AREA_MANAGER, "Sydney, NSW, Australia")(
                "Kirra Donnellan",
                2,
                touches=[
                    mail(
                        date(2026, 5, 18),
                        "Give it a quarter - I've just taken on two more stores and want to "
                        "settle them before I look around.",
                    )
                ],
            ),
        ],
        **job(AREA_ROLE, site("Sydney, NSW, Australia")),
    ),
    C(
        "not before January, stocktake vs a rough January stocktake, free to chat whenever",
        "cs",
        [
            crew("cs", STORE_MANAGER, "Sheffield, UK")(
                "Gail Ackerley",
                1,
                (
                    "Not before January please - stocktake, then the sale. Will have my "
                    "head above water after that.",
                    date(2026, 11, 16),
                ),
            ),
            crew("cs", STORE_MANAGER, "Sheffield, UK")(
                "Yvonne Stansfield",
                2,
                (
                    "Had a rough January with stocktake and the sale, and a worse March with "
                    "a refit, but I'm free to chat whenever you've got something.",
                    date(2026, 11, 16),
                ),
            ),
        ],
        **job(STORE_ROLE, site("Sheffield, UK")),
    ),
    C(
        "open enrollment to Dec 15, after New Year vs Q1 renewals through March, said in January",
        "sales",
        [
            crew("sales", INSURANCE_AGENT, "Atlanta, GA, USA")(
                "Courtney Albrecht",
                1,
                touches=[
                    mail(
                        date(2026, 10, 26),
                        "Open enrollment runs through Dec 15 and I'm slammed - can't "
                        "interview until after New Year.",
                    )
                ],
            ),
            crew("sales", INSURANCE_AGENT, "Atlanta, GA, USA")(
                "Shanice Dupree",
                2,
                touches=[
                    mail(
                        date(2026, 1, 19),
                        "Q1 renewals have me buried through the end of March - call me in "
                        "April and I'll happily interview.",
                    )
                ],
            ),
        ],
        **job(INSURANCE_ROLE, site("Atlanta, GA, USA")),
    ),
]

# --- 3. schedule, travel, visa, contract and hours, commute -----------------------------------

SPLITS_CHEF_ROLE = dict(
    CHEF_ROLE,
    description="Run the kitchen of an 80-cover restaurant. Split shifts Tuesday to Saturday: "
    "11 till 3, back for 5.30 till close.",
)
CLOSING_SHIFTS = dict(
    SHIFT_ROLE,
    description="Run shifts in a city-centre coffee shop open till 10pm; closing shifts three "
    "nights a week, cashing up and locking up.",
)
SATURDAY_OPENS = dict(
    AGENT_ROLE,
    description="List and sell homes in the eastern suburbs. Saturday open homes and auctions "
    "every week, a weekday off in lieu.",
)
BOXING_DAY = dict(
    STORE_ROLE,
    description="Run a retail-park store open every bank holiday, Boxing Day included; the "
    "manager leads the Boxing Day sale on the shop floor.",
)
NIGHT_MANAGER = dict(
    FRONT_OFFICE_ROLE,
    title="Night Manager",
    description="Run the hotel overnight, 11pm to 7am, four nights on and three off: night "
    "audit, security and late arrivals.",
)
LATE_SHIFT_SALES = dict(
    TELESALES_ROLE,
    description="Call warm leads and sell broadband plans. Shifts are 12 till 8pm, Monday to "
    "Friday, plus one Saturday in four.",
)
WEEKDAY_OFF = dict(
    STORE_ROLE,
    title="Store Manager - Footwear",
    description="Run a mall store; weekends are peak trading, so your weekly off is a weekday.",
)
ON_CALL_HOUSEKEEPING = dict(
    HOUSEKEEPING_ROLE,
    description="Lead housekeeping for a 90-room lakeside hotel and share the weekend on-call "
    "rota with the front office manager.",
)

SCHEDULE = [
    C(
        "no more splits, straight shifts or nothing vs splits fine, left over the owner",
        "cs",
        [
            crew("cs", HEAD_CHEF, "Cork, Ireland")(
                "Lorcan Devlin",
                0,
                touches=[
                    rang(
                        55,
                        "Spoke to cand - GP strong, menus his own, brigade loyal. BUT no more "
                        "splits, he's done 15 yrs of 11-3 then back for service. Straight "
                        "shifts or nothing, even for more money.",
                    )
                ],
            ),
            crew("cs", HEAD_CHEF, "Cork, Ireland")(
                "Padraig Tiernan",
                2,
                touches=[
                    rang(
                        55,
                        "Spoke to cand - last place ran splits, he didn't mind them at all. "
                        "Left because the owner sold up to a group. Wants his own kitchen.",
                    )
                ],
            ),
        ],
        **job(SPLITS_CHEF_ROLE, site("Cork, Ireland")),
    ),
    C(
        "earlies only, can't do closes vs earlies or lates, closes fine",
        "cs",
        [
            crew("cs", SHIFT_LEAD, "Liverpool, UK")(
                "Chantelle Osei",
                0,
                touches=[
                    whatsapp(
                        30,
                        "earlies only pls, cant do closes 😬 last bus back to Kirkby is 9.40",
                    )
                ],
            ),
            crew("cs", SHIFT_LEAD, "Liverpool, UK")(
                "Jasmine Whitlock",
                2,
                touches=[whatsapp(30, "earlies or lates, whatever, can do closes no bother 👍")],
            ),
        ],
        **job(CLOSING_SHIFTS, site("Liverpool, UK")),
    ),
    C(
        "won't do Saturday open homes vs his wife wants weekends, he's fine with Saturdays",
        "sales",
        [
            crew("sales", ESTATE_AGENT, "Sydney, NSW, Australia")(
                "Damien Kostopoulos",
                0,
                touches=[
                    rang(
                        40,
                        "cand - weekends are family time now, won't do Saturday opens or "
                        "auctions any more. Wants a Mon-Fri role.",
                    )
                ],
            ),
            crew("sales", ESTATE_AGENT, "Sydney, NSW, Australia")(
                "Nathan Cheung-Whitby",
                2,
                touches=[
                    rang(
                        40,
                        "cand - his wife would love him home on weekends but he's fine doing "
                        "Saturday opens, says it's where the deals get done.",
                    )
                ],
            ),
        ],
        **job(SATURDAY_OPENS, site("Sydney, NSW, Australia")),
    ),
    C(
        "never Boxing Day or a bank holiday again vs happy on Boxing Day, double time",
        "cs",
        [
            crew("cs", STORE_MANAGER, "Wakefield, UK")(
                "Michaela Hinchliffe",
                0,
                (
                    "I won't work Boxing Day or any bank holiday again, not after last "
                    "year's sale.",
                    45,
                ),
            ),
            crew("cs", STORE_MANAGER, "Wakefield, UK")(
                "Stacey Renshaw",
                2,
                ("Happy to work Boxing Day, always have - double time and the buzz 😂", 45),
            ),
        ],
        **job(BOXING_DAY, site("Wakefield, UK")),
    ),
    C(
        "done with night audit, days only vs happy on nights, did three years of them",
        "cs",
        [
            crew("cs", FRONT_OFFICE, "Toronto, ON, Canada")(
                "Tobias Ravenscroft",
                0,
                touches=[
                    mail(
                        75,
                        "I'm done with night audit. Days only from now on - my health took a "
                        "hit from three years of it.",
                    )
                ],
            ),
            crew("cs", FRONT_OFFICE, "Toronto, ON, Canada")(
                "Jerome Castellano",
                2,
                touches=[
                    mail(
                        75,
                        "Happy to go back on nights - I ran night audit for three years and "
                        "honestly liked the quiet.",
                    )
                ],
            ),
        ],
        **job(NIGHT_MANAGER, site("Toronto, ON, Canada")),
    ),
    C(
        "can only do 9 till 3 school hours vs did school hours when the kids were small",
        "sales",
        [
            crew("sales", TELESALES, "Bolton, UK")(
                "Kerry Pendlebury",
                0,
                touches=[
                    rang(
                        35,
                        "cand can only do 9-3 school hrs, nothing after 3 - no one to collect "
                        "the kids",
                    )
                ],
            ),
            crew("sales", TELESALES, "Bolton, UK")(
                "Joanne Tierney",
                2,
                touches=[
                    rang(
                        35,
                        "cand did 9-3 school hrs when the kids were small, they're at college "
                        "now - any shift ok, lates included",
                    )
                ],
            ),
        ],
        **job(LATE_SHIFT_SALES, site("Bolton, UK")),
    ),
    C(
        "needs Sunday off, non-negotiable vs weekly off on any weekday is fine",
        "cs",
        [
            crew("cs", STORE_MANAGER, "Chennai, India")(
                "Deepak Iyengar",
                0,
                touches=[
                    rang(
                        50,
                        "cand needs sunday off, non negotiable - family commitments. weekday "
                        "off not acceptable to him",
                    )
                ],
            ),
            crew("cs", STORE_MANAGER, "Chennai, India")(
                "Arvind Menon",
                2,
                touches=[
                    rang(
                        50,
                        "cand ok with sunday working, weekly off on any weekday is fine, used "
                        "to it from mall retail",
                    )
                ],
            ),
        ],
        **job(WEEKDAY_OFF, site("Chennai, India")),
    ),
    C(
        "no more on-call at 2am vs her last GM was on call every weekend, she'd cover",
        "cs",
        [
            crew("cs", HOUSEKEEPER, "Windermere, UK")(
                "Bernadette Quigley",
                0,
                touches=[
                    rang(
                        60,
                        "Cand clear: no on-call. Done with being rung at 2am about a flooded "
                        "bathroom - wants her weekends to be her own.",
                    )
                ],
            ),
            crew("cs", HOUSEKEEPER, "Windermere, UK")(
                "Orla Fitzmaurice",
                2,
                touches=[
                    rang(
                        60,
                        "Cand says the GM at her last hotel was on call every weekend and "
                        "burnt out - she wasn't on the rota herself but would happily share "
                        "one.",
                    )
                ],
            ),
        ],
        **job(ON_CALL_HOUSEKEEPING, site("Windermere, UK")),
    ),
]

OVERNIGHT_PATCH = dict(
    FIELD_ROLE,
    description="Sell our drinks range into independents across the North of England and "
    "Scotland; two overnight stays most weeks, hotel and subsistence paid.",
)
ROAD_AREA = dict(
    AREA_ROLE,
    description="Area manager for 14 stores across Ontario, on the road four days a week, "
    "home-based the fifth.",
)
WEST_ZONE = dict(
    FIELD_ROLE,
    title="Area Sales Manager - West Zone",
    description="Sell our paints range to dealers across Maharashtra and Gujarat; touring "
    "15 to 20 days a month.",
)
LOCAL_AGENCY = dict(
    INSURANCE_ROLE,
    description="Office-based at our Denver agency; customers come to us or call in, no travel.",
)
FESTIVAL_TOUR = dict(
    EVENTS_ROLE,
    title="Touring Bar Supervisor",
    description="Tour the summer festival circuit with our bars: Byron Bay, Melbourne, "
    "Adelaide and Perth, six weeks on the road.",
)

TRAVEL = [
    C(
        "home every night for the kids vs two overnights a week covering Scotland",
        "sales",
        [
            crew("sales", FIELD_REP, "Preston, UK")(
                "Graham Lumb",
                0,
                touches=[
                    rang(
                        45,
                        "cand - no overnights, has to be home every night for the kids, wife "
                        "works nights. day trips fine",
                    )
                ],
            ),
            crew("sales", FIELD_REP, "Preston, UK")(
                "Neil Ormerod",
                2,
                touches=[
                    rang(
                        45,
                        "cand - did 2 overnights a wk covering Scotland for Britvic, happy to "
                        "again, kids grown up",
                    )
                ],
            ),
        ],
        **job(OVERNIGHT_PATCH, site("Preston, UK")),
    ),
    C(
        "done with four days a week on the road vs his partner hates it, he loves it",
        "cs",
        [
            crew("cs", AREA_MANAGER, "Toronto, ON, Canada")(
                "Brent Kowalski",
                0,
                touches=[
                    mail(
                        60,
                        "I don't want to be on the road four days a week any more. One or "
                        "two store visits a week, max.",
                    )
                ],
            ),
            crew("cs", AREA_MANAGER, "Toronto, ON, Canada")(
                "Tyler Vandermeer",
                2,
                touches=[
                    mail(
                        60,
                        "My partner hates me being on the road so much, but honestly I love "
                        "it - being in stores is the best part of the job.",
                    )
                ],
            ),
        ],
        **job(ROAD_AREA, site("Toronto, ON, Canada")),
    ),
    C(
        "Maharashtra only, no 15 days' touring vs touring was his life at the last job",
        "sales",
        [
            crew("sales", FIELD_REP, "Pune, India")(
                "Sachin Pawar",
                0,
                touches=[
                    rang(
                        40,
                        "cand ok with day travel within Maharashtra but NOT 15 days a month "
                        "touring, aged parents at home",
                    )
                ],
            ),
            crew("sales", FIELD_REP, "Pune, India")(
                "Amol Jadhav",
                2,
                touches=[
                    rang(
                        40,
                        "cand toured 15-20 days a month at his last co across West zone, "
                        "happy to continue, no issues",
                    )
                ],
            ),
        ],
        **job(WEST_ZONE, site("Pune, India")),
    ),
    C(
        "left her last agency over travel, wants local vs wants a job on the road",
        "sales",
        [
            crew("sales", INSURANCE_AGENT, "Denver, CO, USA")(
                "Marisol Vega",
                2,
                touches=[
                    rang(
                        70,
                        "Left her last agency because of the travel - three states, every "
                        "week. Wants a local, office-based book of business.",
                    )
                ],
            ),
            crew("sales", INSURANCE_AGENT, "Denver, CO, USA")(
                "Kendra Holloway",
                0,
                touches=[
                    rang(
                        70,
                        "Wants a field role with lots of travel - hates sitting in one office "
                        "all day, wants to be out meeting clients.",
                    )
                ],
            ),
        ],
        **job(LOCAL_AGENCY, site("Denver, CO, USA")),
    ),
    C(
        "happy to tour the festival circuit vs Sydney events only, can't leave the dog",
        "cs",
        [
            crew("cs", EVENTS, "Sydney, NSW, Australia")(
                "Jarrah Coleman",
                2,
                touches=[
                    whatsapp(50, "happy to tour the festival circuit all summer, van and tent 🎪🚐")
                ],
            ),
            crew("cs", EVENTS, "Sydney, NSW, Australia")(
                "Bianca Fitzgerald",
                0,
                touches=[
                    whatsapp(50, "no touring for me, Sydney events only - can't leave the dog 🐶")
                ],
            ),
        ],
        **job(FESTIVAL_TOUR, site("Sydney, NSW, Australia")),
    ),
]

NO_SPONSORSHIP = "We are not able to sponsor a visa for this role."

VISA = [
    C(
        "on a Graduate visa, needs Skilled Worker sponsorship vs indefinite leave to remain",
        "cs",
        [
            crew("cs", HEAD_CHEF, "London, UK")(
                "Arjun Nambiar",
                0,
                touches=[
                    logged(
                        50,
                        "RTW check: Graduate visa runs out in Feb - cand will need Skilled "
                        "Worker sponsorship from his next employer.",
                    )
                ],
            ),
            crew("cs", HEAD_CHEF, "London, UK")(
                "Tendai Chikowore",
                2,
                touches=[
                    logged(
                        50,
                        "RTW check: indefinite leave to remain, share code verified. No "
                        "sponsorship needed.",
                    )
                ],
            ),
        ],
        **job(
            CHEF_ROLE,
            site("London, UK"),
            description=CHEF_ROLE["description"] + " " + NO_SPONSORSHIP,
        ),
    ),
    C(
        "needs an employment permit vs an Irish citizen whose partner needs one",
        "cs",
        [
            crew("cs", FRONT_OFFICE, "Dublin, Ireland")(
                "Carlos Mendonça",
                0,
                touches=[
                    rang(
                        45,
                        "Cand's Stamp 1 is tied to his current hotel - would need a new "
                        "General Employment Permit to move.",
                    )
                ],
            ),
            crew("cs", FRONT_OFFICE, "Dublin, Ireland")(
                "Aoibheann Kinsella",
                2,
                touches=[
                    rang(
                        45,
                        "Cand is an Irish citizen, full right to work. Her partner is the one "
                        "sorting a work permit, separate thing.",
                    )
                ],
            ),
        ],
        **job(
            FRONT_OFFICE_ROLE,
            site("Dublin, Ireland"),
            description=FRONT_OFFICE_ROLE["description"] + " " + NO_SPONSORSHIP,
        ),
    ),
    C(
        "on a working holiday visa, six months per employer vs on one in 2019, PR now",
        "cs",
        [
            crew("cs", HEAD_CHEF, "Brisbane, QLD, Australia")(
                "Léa Marchand",
                0,
                touches=[
                    whatsapp(
                        30,
                        "I'm on a working holiday visa (417), so I can only stay 6 months "
                        "with one employer 🙏",
                    )
                ],
            ),
            crew("cs", HEAD_CHEF, "Brisbane, QLD, Australia")(
                "Ciara Donohoe",
                2,
                touches=[
                    whatsapp(
                        30,
                        "came over on a working holiday visa back in 2019 but I'm a "
                        "permanent resident now, no restrictions 🙌",
                    )
                ],
            ),
        ],
        **job(
            CHEF_ROLE,
            site("Brisbane, QLD, Australia"),
            offers=["Permanent full-time"],
            description=CHEF_ROLE["description"] + " " + NO_SPONSORSHIP,
        ),
    ),
    C(
        "a closed work permit tied to her employer vs an open permit through her spouse",
        "cs",
        [
            crew("cs", STORE_MANAGER, "Brampton, ON, Canada")(
                "Navdeep Grewal",
                0,
                touches=[
                    logged(
                        55,
                        "Cand on a closed work permit tied to her current employer - would "
                        "need an LMIA to switch.",
                    )
                ],
            ),
            crew("cs", STORE_MANAGER, "Brampton, ON, Canada")(
                "Manpreet Aulakh",
                2,
                touches=[
                    logged(
                        55,
                        "Cand holds an open work permit through her spouse, valid to 2028 - "
                        "can work for any employer.",
                    )
                ],
            ),
        ],
        **job(
            STORE_ROLE,
            site("Brampton, ON, Canada"),
            description="Run a big-box store. We do not support LMIA applications.",
        ),
    ),
    C(
        "a J-1 that ends mid-December vs a J-1 good through April, winter season role",
        "cs",
        [
            crew("cs", EVENTS, "Vail, CO, USA")(
                "Nicolás Ferreyra",
                0,
                touches=[
                    mail(
                        40,
                        "My J-1 ends on December 15 and I can't extend it, but I'd love to "
                        "work the winter season with you!",
                    )
                ],
            ),
            crew("cs", EVENTS, "Vail, CO, USA")(
                "Tomás Barreiro",
                2,
                touches=[
                    mail(
                        40,
                        "My J-1 is good through the end of April, so I can cover the whole "
                        "winter season with you!",
                    )
                ],
            ),
        ],
        **job(
            EVENTS_ROLE,
            site("Vail, CO, USA"),
            title="Winter Season Bar Supervisor",
            description="Supervise mountain bars for the full ski season, December to mid-April."
            " We cannot sponsor or extend visas.",
        ),
    ),
]

ZERO_HOURS = dict(
    EVENTS_ROLE,
    title="Casual Event Supervisor",
    description="Casual, zero-hours: pick the events you want from our app, stadium and arena "
    "shows most weeks.",
)
XMAS_TEMP = dict(
    STORE_ROLE,
    title="Christmas Assistant Store Manager (temporary)",
    description="Temporary contract from November to the end of January to cover peak.",
)
FULL_TIME_CARS = dict(
    CAR_ROLE,
    description="Full-time, 45 hours over five days out of seven, including Saturdays.",
)
LIVE_IN = dict(
    CHEF_ROLE,
    description="Run the kitchen of a 40-room country-house hotel in the Lake District; "
    "live-in, with staff accommodation on site.",
)
COMMISSION_ONLY = dict(
    AGENT_ROLE,
    description="List and sell homes in the inner east. Commission-only: 50% of the office "
    "fee, no retainer.",
)
FIXED_TERM = dict(
    TELESALES_ROLE,
    description="Six-month fixed-term contract to cover a new client campaign.",
)

CONTRACT = [
    C(
        "never zero-hours again, needs guaranteed hours vs zero-hours suits her at uni",
        "cs",
        [
            crew("cs", EVENTS, "Leeds, UK")(
                "Jordan Blakey",
                0,
                ("Won't do zero-hours again - needs guaranteed hours for the rent.", 40),
            ),
            crew("cs", EVENTS, "Leeds, UK")(
                "Ellie Ashworth",
                2,
                ("Zero hours suits me fine, I'm at uni and pick shifts round lectures.", 40),
            ),
        ],
        **job(ZERO_HOURS, site("Leeds, UK")),
    ),
    C(
        "perm only, no temp contracts vs happy with a Christmas temp for the extra cash",
        "cs",
        [
            crew("cs", STORE_MANAGER, "Cardiff, UK")(
                "Abigail Thistlethwaite",
                0,
                touches=[
                    rang(
                        30,
                        "cand perm only, no temp contracts - needs stability after the "
                        "Wilko closure",
                    )
                ],
            ),
            crew("cs", STORE_MANAGER, "Cardiff, UK")(
                "Megan Pryce",
                2,
                touches=[
                    rang(
                        30,
                        "cand happy w a christmas temp contract, wants the extra cash before "
                        "she starts her course in Feb",
                    )
                ],
            ),
        ],
        **job(XMAS_TEMP, site("Cardiff, UK")),
    ),
    C(
        "three days a week max vs his old job was part-time, he wants full-time now",
        "sales",
        [
            crew("sales", CAR_SALES, "Swansea, UK")(
                "Rhys Cadwaladr",
                0,
                touches=[
                    rang(
                        35,
                        "cand looking for 3 days a wk max, caring for his dad the rest",
                    )
                ],
            ),
            crew("sales", CAR_SALES, "Swansea, UK")(
                "Owen Prydderch",
                2,
                touches=[
                    rang(
                        35,
                        "cand's last role was part-time (3 days), wants full-time now, "
                        "Saturdays fine",
                    )
                ],
            ),
        ],
        **job(FULL_TIME_CARS, site("Swansea, UK")),
    ),
    C(
        "no more live-in vs live-in suits him, saves rent",
        "cs",
        [
            crew("cs", HEAD_CHEF, "Kendal, UK")(
                "Kieran Mottram",
                0,
                (
                    "Won't do live-in again - had enough of staff accommodation and never "
                    "switching off.",
                    50,
                ),
            ),
            crew("cs", HEAD_CHEF, "Kendal, UK")(
                "Shaun Tyldesley",
                2,
                ("Live-in suits me down to the ground, saves me rent.", 50),
            ),
        ],
        **job(LIVE_IN, site("Windermere, UK")),
    ),
    C(
        "won't do commission-only vs commission-only doesn't scare him",
        "sales",
        [
            crew("sales", ESTATE_AGENT, "Melbourne, VIC, Australia")(
                "Jesse Papadakis",
                0,
                touches=[
                    rang(
                        45,
                        "cand won't do commission-only again, needs a retainer - mortgage "
                        "and a baby on the way",
                    )
                ],
            ),
            crew("sales", ESTATE_AGENT, "Melbourne, VIC, Australia")(
                "Mitchell Brereton",
                2,
                touches=[
                    rang(
                        45,
                        "cand says commission-only doesn't scare him, best year he cleared "
                        "180k on it",
                    )
                ],
            ),
        ],
        **job(COMMISSION_ONLY, site("Melbourne, VIC, Australia")),
    ),
    C(
        "needs a perm job for the mortgage vs a six-month FTC is fine",
        "sales",
        [
            crew("sales", TELESALES, "Stockport, UK")(
                "Paige Holroyd",
                0,
                touches=[
                    whatsapp(
                        25,
                        "need a perm job tbh, the bank won't look at my mortgage on a fixed "
                        "term 😩",
                    )
                ],
            ),
            crew("sales", TELESALES, "Stockport, UK")(
                "Courtney Birtles",
                2,
                touches=[
                    whatsapp(
                        25,
                        "a 6 month contract is fine for me, I'm going travelling next summer "
                        "anyway ✈️",
                    )
                ],
            ),
        ],
        **job(FIXED_TERM, site("Stockport, UK")),
    ),
]

COMMUTE = [
    C(
        "20 minutes' drive max from Wigan vs the train into Manchester is fine",
        "cs",
        [
            crew("cs", STORE_MANAGER, "Wigan, UK")(
                "Nicola Hesketh",
                0,
                touches=[
                    rang(
                        40,
                        "cand won't go into town, 20 min drive max from Wigan - did the "
                        "Manchester commute for 6 yrs and hated it",
                    )
                ],
            ),
            crew("cs", STORE_MANAGER, "Wigan, UK")(
                "Amanda Crompton",
                2,
                touches=[
                    rang(
                        40,
                        "cand fine getting the train into Manchester, 50 mins doesn't bother her",
                    )
                ],
            ),
        ],
        **job(STORE_ROLE, site("Manchester, UK")),
    ),
    C(
        "doesn't drive, field role vs drives, fine with mileage",
        "sales",
        [
            crew("sales", FIELD_REP, "Coventry, UK")(
                "Kwabena Owusu-Ansah",
                0,
                touches=[rang(30, "cand has no licence, never learned - buses and trains only")],
            ),
            crew("sales", FIELD_REP, "Coventry, UK")(
                "Jamal Bright",
                2,
                touches=[rang(30, "cand drives, clean licence, fine w mileage claims")],
            ),
        ],
        **job(FIELD_ROLE, site("Coventry, UK"), offers=["Car allowance", "45p a mile"]),
    ),
    C(
        "won't commute to Electronic City from Whitefield vs 25 minutes from HSR Layout",
        "sales",
        [
            crew("sales", TELESALES, "Whitefield, Bengaluru, India")(
                "Lakshmi Raghavachari",
                0,
                touches=[
                    rang(
                        35,
                        "cand lives in Whitefield, will NOT commute to Electronic City - 2 hrs "
                        "each way in traffic",
                    )
                ],
            ),
            crew("sales", TELESALES, "HSR Layout, Bengaluru, India")(
                "Divya Hegde",
                2,
                touches=[
                    rang(
                        35,
                        "cand lives in HSR Layout, Electronic City is 25 mins for her, perfect",
                    )
                ],
            ),
        ],
        **job(
            TELESALES_ROLE,
            site("Electronic City, Bengaluru, India"),
            title="Inside Sales Executive",
        ),
    ),
    C(
        "no car, CTA only, no suburbs vs has a car, 40 minutes to Schaumburg",
        "sales",
        [
            crew("sales", CAR_SALES, "Chicago, IL, USA")(
                "DeShawn Pruitt",
                0,
                touches=[
                    rang(
                        50,
                        "Doesn't own a car, CTA only - won't do a reverse commute out to the "
                        "suburbs.",
                    )
                ],
            ),
            crew("sales", CAR_SALES, "Chicago, IL, USA")(
                "Marcus Delgado-Reyes",
                2,
                touches=[
                    rang(
                        50,
                        "Has a car; the drive out to Schaumburg is 40 mins against traffic, "
                        "no problem.",
                    )
                ],
            ),
        ],
        **job(CAR_ROLE, site("Schaumburg, IL, USA")),
    ),
    C(
        "left a store over a 90-minute commute, this one is close vs 20 minutes each way max",
        "cs",
        [
            crew("cs", STORE_MANAGER, "Leeds, UK")(
                "Wendy Lumley",
                2,
                touches=[
                    exit_chat(
                        200,
                        "Exit interview (her last store, in York): leaving because of the 90 "
                        "minute commute each way from Leeds.",
                    )
                ],
            ),
            crew("cs", STORE_MANAGER, "Otley, UK")(
                "Tracey Ibbotson",
                0,
                touches=[
                    rang(
                        60,
                        "cand won't travel more than 20 mins each way from Otley, school run",
                    )
                ],
            ),
        ],
        **job(STORE_ROLE, site("Leeds, UK")),
    ),
]

# --- 4. pay against the band ------------------------------------------------------------------

PAY = [
    C(
        "basic has to be £35k, OTE irrelevant vs wants £45k OTE, uncapped; £28k basic, £45k OTE",
        "sales",
        [
            crew("sales", FIELD_REP, "Newcastle upon Tyne, UK")(
                "Scott Mounsey",
                0,
                touches=[
                    rang(
                        40,
                        "cand - basic has to be 35k minimum, doesn't care what the OTE says, "
                        "been burnt by 'realistic OTE' before",
                    )
                ],
            ),
            crew("sales", FIELD_REP, "Newcastle upon Tyne, UK")(
                "Liam Gaskin",
                2,
                touches=[
                    rang(
                        40,
                        "cand - looking for 45k+ OTE, uncapped ideally, happy w a lower basic "
                        "if the commission's real",
                    )
                ],
            ),
        ],
        **job(
            FIELD_ROLE,
            site("Newcastle upon Tyne, UK"),
            salary_min=27_000,
            salary_max=29_000,
            currency="GBP",
            offers=["£28k basic, £45k OTE, uncapped commission", "£450 a month car allowance"],
        ),
    ),
    C(
        "won't take under $24 an hour vs on $18 now, moving for hours not money",
        "cs",
        [
            crew("cs", SHIFT_LEAD, "Portland, OR, USA")(
                "Brianna Castillo",
                0,
                touches=[whatsapp(30, "not taking less than $24/hr, tips or no tips 🙅‍♀️")],
            ),
            crew("cs", SHIFT_LEAD, "Portland, OR, USA")(
                "Alyssa Kurtz",
                2,
                touches=[
                    whatsapp(
                        30,
                        "I'm on $18/hr now, honestly I'd move for steadier hours not money 🙂",
                    )
                ],
            ),
        ],
        **job(
            SHIFT_ROLE,
            site("Portland, OR, USA"),
            salary_min=37_000,
            salary_max=40_500,
            currency="USD",
            description="Run shifts in a busy café: $18 to $19.50 an hour plus pooled tips.",
        ),
    ),
    C(
        "CTC 9 LPA, expecting 12 vs expecting 20 LPA minimum; band 10 to 13 LPA",
        "sales",
        [
            crew("sales", INSURANCE_AGENT, "Hyderabad, India")(
                "Karthik Subramaniam",
                2,
                touches=[
                    rang(
                        45,
                        "cand current CTC 9 LPA, expecting 12, notice 30 days, can join fast",
                    )
                ],
            ),
            crew("sales", INSURANCE_AGENT, "Hyderabad, India")(
                "Varun Sabharwal",
                0,
                touches=[
                    rang(
                        45,
                        "cand expecting 20 LPA minimum, won't discuss below that, notice 30 days",
                    )
                ],
            ),
        ],
        **job(
            INSURANCE_ROLE,
            site("Hyderabad, India"),
            salary_min=1_000_000,
            salary_max=1_300_000,
            currency="INR",
        ),
    ),
    C(
        "on £62k now, would take £52k for a four-day week vs won't drop below £60k",
        "cs",
        [
            crew("cs", AREA_MANAGER, "Derby, UK")(
                "Stuart Haworth",
                2,
                touches=[
                    rang(
                        50,
                        "cand on 62k + car at a discounter now, would take 52k for a 4-day "
                        "week and less driving",
                    )
                ],
            ),
            crew("cs", AREA_MANAGER, "Derby, UK")(
                "Ian Mellor",
                0,
                touches=[rang(50, "cand won't drop below 60k basic, non-negotiable")],
            ),
        ],
        **job(
            AREA_ROLE,
            site("Derby, UK"),
            salary_min=50_000,
            salary_max=55_000,
            currency="GBP",
            offers=["Four-day week", "Company car"],
        ),
    ),
    C(
        "£38k plus tronc now, wants £45k basic vs wants £55k basic; band £44k to £48k",
        "cs",
        [
            crew("cs", HEAD_CHEF, "Edinburgh, UK")(
                "Ross Galbraith",
                2,
                touches=[
                    rang(
                        55,
                        "cand on 38k + tronc (roughly 5k a yr) - wants 45k basic, tronc on "
                        "top would be a bonus",
                    )
                ],
            ),
            crew("cs", HEAD_CHEF, "Edinburgh, UK")(
                "Fraser Tennent",
                0,
                touches=[
                    rang(
                        55,
                        "cand wants 55k basic, not interested in tronc, says it's never what "
                        "they promise",
                    )
                ],
            ),
        ],
        **job(
            CHEF_ROLE,
            site("Edinburgh, UK"),
            salary_min=44_000,
            salary_max=48_000,
            currency="GBP",
            offers=["Share of tronc on top"],
        ),
    ),
    C(
        "wants a $80k retainer plus split vs wants $120k base; $70k to $85k retainer",
        "sales",
        [
            crew("sales", ESTATE_AGENT, "Perth, WA, Australia")(
                "Hamish Rutherford",
                2,
                touches=[
                    mail(
                        60,
                        "Looking for a retainer of around $80k plus a decent commission "
                        "split - that's all.",
                    )
                ],
            ),
            crew("sales", ESTATE_AGENT, "Perth, WA, Australia")(
                "Blake Summerton",
                0,
                touches=[
                    mail(
                        60,
                        "I need $120k base before commission, I won't go backwards on that.",
                    )
                ],
            ),
        ],
        **job(
            AGENT_ROLE,
            site("Perth, WA, Australia"),
            salary_min=70_000,
            salary_max=85_000,
            currency="AUD",
            offers=["Retainer plus commission split"],
        ),
    ),
    C(
        "looking for €50k vs nothing under €65k; band €48k to €55k",
        "cs",
        [
            crew("cs", FRONT_OFFICE, "Galway, Ireland")(
                "Niamh Prendergast",
                2,
                touches=[whatsapp(35, "looking for about 50k tbh, rest is grand 😊")],
            ),
            crew("cs", FRONT_OFFICE, "Galway, Ireland")(
                "Deirdre Hanratty",
                0,
                touches=[
                    whatsapp(35, "won't look at anything under 65k sorry, not worth the move")
                ],
            ),
        ],
        **job(
            FRONT_OFFICE_ROLE,
            site("Galway, Ireland"),
            salary_min=48_000,
            salary_max=55_000,
            currency="EUR",
        ),
    ),
    C(
        "asks $75k OTE, fine commission-heavy vs $90k base minimum; $45k base, $85k OTE",
        "sales",
        [
            crew("sales", CAR_SALES, "Calgary, AB, Canada")(
                "Mathieu Gagnon-Leduc",
                2,
                touches=[
                    rang(
                        45,
                        "cand looking for around 75k all in, fine w a commission-heavy plan "
                        "if the store has traffic",
                    )
                ],
            ),
            crew("sales", CAR_SALES, "Calgary, AB, Canada")(
                "Patrick Lacroix",
                0,
                touches=[rang(45, "cand wants 90k BASE minimum, commission on top")],
            ),
        ],
        **job(
            CAR_ROLE,
            site("Calgary, AB, Canada"),
            salary_min=45_000,
            salary_max=45_000,
            currency="CAD",
            offers=["$45k base plus commission, $85k OTE"],
        ),
    ),
]

# --- 5. last time's reason, resolved by this role or still standing ---------------------------

PAST_STORE_32K = dict(
    remote_policy="onsite", location="Manchester, UK", salary_max=32_000, currency="GBP"
)
PAST_STORE_38K = dict(
    remote_policy="onsite", location="Manchester, UK", salary_max=38_000, currency="GBP"
)
PAST_SPLITS = dict(
    remote_policy="onsite",
    location="Bristol, UK",
    description="Split shifts, five days a week.",
)
PAST_WEEKENDS = dict(
    remote_policy="onsite",
    location="Bristol, UK",
    description="Wednesday to Sunday, weekends compulsory.",
)
PAST_LIVE_IN = dict(
    remote_policy="onsite",
    location="St Ives, UK",
    description="Live-in position, staff accommodation provided.",
)
PAST_ST_IVES = dict(remote_policy="onsite", location="St Ives, UK")
PAST_COMMISSION_ONLY = dict(
    remote_policy="onsite",
    location="Auckland, New Zealand",
    description="Commission-only, no retainer.",
)
PAST_NO_CAR = dict(
    remote_policy="onsite",
    location="Adelaide, SA, Australia",
    description="No car allowance; agents use their own car.",
)
PAST_NO_482 = dict(
    remote_policy="onsite",
    location="Sydney, NSW, Australia",
    description="No visa sponsorship available.",
)
PAST_BIG_PATCH = dict(
    remote_policy="onsite",
    location="Birmingham, UK",
    description="Patch covers the whole of the Midlands.",
)
PAST_ALLOWANCE = dict(
    remote_policy="onsite",
    location="Birmingham, UK",
    description="Car allowance; no company car.",
)

RESOLVED = [
    C(
        "declined at £32k, asked £36k; the band now reaches it vs an ask of £45k",
        "cs",
        [
            crew("cs", STORE_MANAGER, "Manchester, UK")(
                "Claire Ollerenshaw",
                2,
                apps=[
                    said_no(
                        280,
                        "compensation",
                        "Asked for £36k, client capped at £32k",
                        past=PAST_STORE_32K,
                    )
                ],
            ),
            crew("cs", STORE_MANAGER, "Manchester, UK")(
                "Louise Birchall",
                0,
                apps=[
                    said_no(
                        280,
                        "compensation",
                        "Wanted £45k, client wouldn't go past £38k",
                        past=PAST_STORE_38K,
                    )
                ],
            ),
        ],
        **job(
            STORE_ROLE, site("Manchester, UK"), salary_min=35_000, salary_max=38_000, currency="GBP"
        ),
    ),
    C(
        "declined over split shifts, this one is straight vs declined over weekends, weekends",
        "cs",
        [
            crew("cs", HEAD_CHEF, "Bristol, UK")(
                "Oliver Penrose",
                2,
                apps=[
                    said_no(
                        220,
                        "other",
                        "Turned it down - won't do split shifts",
                        past=PAST_SPLITS,
                        role="Head Chef",
                    )
                ],
            ),
            crew("cs", HEAD_CHEF, "Bristol, UK")(
                "Harvey Colquhoun",
                0,
                apps=[
                    said_no(
                        220,
                        "other",
                        "Turned it down - won't work weekends",
                        past=PAST_WEEKENDS,
                        role="Head Chef",
                    )
                ],
            ),
        ],
        **job(
            CHEF_ROLE,
            site("Bristol, UK"),
            description="Run a kitchen open Wednesday to Sunday; straight shifts, no splits, "
            "weekends are our busiest services.",
        ),
    ),
    C(
        "withdrew because it was live-in, this one is live-out vs wouldn't move to Cornwall",
        "cs",
        [
            crew("cs", HOUSEKEEPER, "Plymouth, UK")(
                "Rosalind Tregear",
                2,
                apps=[
                    backed_out(
                        300,
                        "other",
                        "Pulled out when she found out it was live-in only",
                        past=PAST_LIVE_IN,
                        role="Head Housekeeper",
                    )
                ],
            ),
            crew("cs", HOUSEKEEPER, "Plymouth, UK")(
                "Sophie Trelawny",
                0,
                apps=[
                    backed_out(
                        300,
                        "location",
                        "Pulled out - won't move down to Cornwall, family in Plymouth",
                        past=PAST_ST_IVES,
                        role="Head Housekeeper",
                    )
                ],
            ),
        ],
        **job(
            HOUSEKEEPING_ROLE,
            site("St Ives, UK"),
            description="Lead housekeeping for a 60-room seaside hotel. Live-out; no staff "
            "accommodation.",
        ),
    ),
    C(
        "declined commission-only, this one has a retainer vs declined over no car allowance",
        "sales",
        [
            crew("sales", ESTATE_AGENT, "Adelaide, SA, Australia")(
                "Corey Fenwick",
                2,
                apps=[
                    said_no(
                        250,
                        "compensation",
                        "Offer was commission-only - cand needs a retainer",
                        past=PAST_COMMISSION_ONLY,
                        role="Sales Agent",
                    )
                ],
            ),
            crew("sales", ESTATE_AGENT, "Adelaide, SA, Australia")(
                "Dylan Morcombe",
                0,
                apps=[
                    said_no(
                        250,
                        "compensation",
                        "No car allowance - cand won't put his own car on the road for work",
                        past=PAST_NO_CAR,
                        role="Sales Agent",
                    )
                ],
            ),
        ],
        **job(
            AGENT_ROLE,
            site("Adelaide, SA, Australia"),
            offers=["$65k retainer plus commission"],
            description="List and sell homes in the eastern suburbs. Agents use their own "
            "car; no car allowance.",
        ),
    ),
    C(
        "rejected last time for needing a 482, this role sponsors vs declined weekends again",
        "cs",
        [
            crew("cs", HEAD_CHEF, "Sydney, NSW, Australia")(
                "Rahul Bhattacharjee",
                2,
                apps=[
                    app(
                        260,
                        "final",
                        "rejected",
                        "other",
                        "Great trial shift but needs 482 sponsorship - client couldn't sponsor",
                        past=PAST_NO_482,
                        role="Head Chef",
                    )
                ],
            ),
            crew("cs", HEAD_CHEF, "Sydney, NSW, Australia")(
                "Lucas Ferrante",
                0,
                apps=[
                    said_no(
                        260,
                        "other",
                        "Declined - won't do weekend services, wants Mon-Fri",
                        role="Head Chef",
                    )
                ],
            ),
        ],
        **job(
            CHEF_ROLE,
            site("Sydney, NSW, Australia"),
            offers=["482 visa sponsorship available"],
            description="Run the kitchen of a harbourside restaurant, Thursday to Monday; "
            "weekends are the busiest services.",
        ),
    ),
    C(
        "the whole Midlands was too big a patch, now Birmingham vs no company car again",
        "sales",
        [
            crew("sales", FIELD_REP, "Birmingham, UK")(
                "Adam Whitworth",
                2,
                apps=[
                    said_no(
                        230,
                        "other",
                        "Patch too big - the whole Midlands, 50k miles a year",
                        past=PAST_BIG_PATCH,
                        role="Territory Sales Manager",
                    )
                ],
            ),
            crew("sales", FIELD_REP, "Birmingham, UK")(
                "Ben Aldridge",
                0,
                apps=[
                    said_no(
                        230,
                        "other",
                        "Wanted a company car - client only offered a car allowance",
                        past=PAST_ALLOWANCE,
                        role="Territory Sales Manager",
                    )
                ],
            ),
        ],
        **job(
            FIELD_ROLE,
            site("Birmingham, UK"),
            description="Sell our drinks range across a Birmingham and Black Country patch; "
            "home every night.",
            offers=["£5,000 car allowance (no company car)"],
        ),
    ),
]

# --- 6. negation and scope ----------------------------------------------------------------------

EARLY_OPEN = dict(
    SHIFT_ROLE,
    description="Open a bakery café at 6am, five days a week; £14.50 an hour, well above the "
    "high-street rate.",
)
DRINKS_FIELD = dict(
    FIELD_ROLE,
    description="Sell our beers, ciders and spirits into pubs, bars and off-licences across "
    "your patch.",
)
TEAM_LEAD_SALES = dict(
    INSURANCE_ROLE,
    title="Sales Team Leader",
    seniority="lead",
    description="Lead a team of eight telesales agents selling motor and home cover; coaching, "
    "call reviews and one-to-ones.",
)
CALL_FLOOR = dict(
    TELESALES_ROLE,
    description="Sell broadband plans from our Glasgow contact centre; a lively sales floor, "
    "five days a week in the office.",
)
SUNDAY_TRADING = dict(
    STORE_ROLE,
    description="Run a garden-centre store open seven days; the manager works alternate Sundays.",
)
BASE_LIGHT = dict(
    INSURANCE_ROLE,
    description="Sell life and health cover from warm leads; a modest base with uncapped "
    "commission.",
)

NEGATIONS = [
    C(
        "never said no to a split vs said no to splits at interview and still says no",
        "cs",
        [
            crew("cs", HEAD_CHEF, "Belfast, UK")(
                "Conor McGlinchey",
                2,
                touches=[
                    rang(
                        45,
                        "cand says he's never said no to a split shift in his life, doesn't "
                        "see what the fuss is",
                    )
                ],
            ),
            crew("cs", HEAD_CHEF, "Belfast, UK")(
                "Declan Magennis",
                0,
                touches=[
                    rang(
                        45,
                        "cand said no to splits at his last interview and he's still saying "
                        "no - straight shifts only",
                    )
                ],
            ),
        ],
        **job(SPLITS_CHEF_ROLE, site("Belfast, UK")),
    ),
    C(
        "early starts weren't the problem, the pay was vs the pay was fine, the 5am starts weren't",
        "cs",
        [
            crew("cs", SHIFT_LEAD, "Newcastle upon Tyne, UK")(
                "Kirsty Charlton",
                2,
                (
                    "The early starts at the bakery didn't bother me at all, it was the pay "
                    "I couldn't live on.",
                    60,
                ),
            ),
            crew("cs", SHIFT_LEAD, "Newcastle upon Tyne, UK")(
                "Gemma Armstrong",
                0,
                (
                    "The pay at the bakery was fine, it was the 5am starts I couldn't hack - "
                    "nothing before 9 now.",
                    60,
                ),
            ),
        ],
        **job(EARLY_OPEN, site("Newcastle upon Tyne, UK")),
    ),
    C(
        "no problem with a low base if uncapped vs a problem with a low base, uncapped or not",
        "sales",
        [
            crew("sales", INSURANCE_AGENT, "Charlotte, NC, USA")(
                "Tanner Holcomb",
                2,
                touches=[
                    rang(
                        30,
                        "Has no problem with a low base as long as commission is uncapped.",
                    )
                ],
            ),
            crew("sales", INSURANCE_AGENT, "Charlotte, NC, USA")(
                "Garrett Pruett",
                0,
                touches=[
                    rang(
                        30,
                        "Has a real problem with a low base, uncapped or not - needs a "
                        "salary he can budget on.",
                    )
                ],
            ),
        ],
        **job(BASE_LIGHT, site("Charlotte, NC, USA")),
    ),
    C(
        "not averse to line management vs averse to it, wants to stay on the phones",
        "sales",
        [
            crew("sales", INSURANCE_AGENT, "Leicester, UK")(
                "Sunil Mistry",
                2,
                (
                    "I'm not averse to line management at all - I've been buddying new "
                    "starters for a year.",
                    50,
                ),
            ),
            crew("sales", INSURANCE_AGENT, "Leicester, UK")(
                "Jatinder Bains",
                0,
                (
                    "Averse to line management, honestly. I want to stay on the phones and "
                    "earn my commission.",
                    50,
                ),
            ),
        ],
        **job(TEAM_LEAD_SALES, site("Leicester, UK")),
    ),
    C(
        "won't sell tobacco or vapes but alcohol is fine vs won't sell alcohol at all",
        "sales",
        [
            crew("sales", FIELD_REP, "Bradford, UK")(
                "Imran Hussain-Bradley",
                2,
                touches=[
                    rang(
                        40,
                        "cand won't sell tobacco or vapes (lost his dad to it) but beer and "
                        "spirits are fine, did 3 yrs with a brewer",
                    )
                ],
            ),
            crew("sales", FIELD_REP, "Bradford, UK")(
                "Bilal Akhtar",
                0,
                touches=[
                    rang(
                        40,
                        "cand won't sell alcohol - religious reasons, soft drinks and snacks only",
                    )
                ],
            ),
        ],
        **job(DRINKS_FIELD, site("Bradford, UK")),
    ),
    C(
        "not remote-only, likes the buzz of the floor vs remote only, never a call centre again",
        "sales",
        [
            crew("sales", TELESALES, "Glasgow, UK")(
                "Ailsa Dunlop",
                2,
                touches=[
                    whatsapp(
                        40,
                        "I'm not remote-only btw, I actually like the buzz of a sales floor 📞",
                    )
                ],
            ),
            crew("sales", TELESALES, "Glasgow, UK")(
                "Shona Cairns",
                0,
                touches=[
                    whatsapp(
                        40,
                        "remote only for me, not setting foot in a call centre again 🏠",
                    )
                ],
            ),
        ],
        **job(CALL_FLOOR, site("Glasgow, UK")),
    ),
    C(
        "no longer refuses Sundays, her mum helps now vs still refuses Sundays",
        "cs",
        [
            crew("cs", STORE_MANAGER, "Norwich, UK")(
                "Lorraine Futter",
                2,
                touches=[
                    rang(
                        40,
                        "cand no longer refuses Sundays - her mum's moved in and has the kids",
                    )
                ],
            ),
            crew("cs", STORE_MANAGER, "Norwich, UK")(
                "Rebecca Gedge",
                0,
                touches=[rang(40, "cand still refuses Sundays, church and family day")],
            ),
        ],
        **job(SUNDAY_TRADING, site("Norwich, UK")),
    ),
]

# --- 7. work mode, said in one place only --------------------------------------------------------

WORK_MODE = [
    C(
        "wants to work from home after years on a floor vs wants the office, policy field remote",
        "sales",
        [
            crew("sales", TELESALES, "Halifax, NS, Canada")(
                "Brittany MacIsaac",
                2,
                touches=[
                    mail(
                        50,
                        "After six years on a call-centre floor I'd love to work from home. "
                        "I've got a quiet room and fast internet.",
                    )
                ],
            ),
            crew("sales", TELESALES, "Halifax, NS, Canada")(
                "Colleen Doucette",
                0,
                touches=[
                    mail(
                        50,
                        "Working from home during COVID nearly broke me - I want to be in an "
                        "office with the team every day.",
                    )
                ],
            ),
        ],
        **job(TELESALES_ROLE, dict(remote_policy="remote", location="Nova Scotia, Canada")),
    ),
    C(
        "needs WFH vs needs to get out of the house; home-based said only in the description",
        "sales",
        [
            crew("sales", INSURANCE_AGENT, "Winnipeg, MB, Canada")(
                "Jenna Kowalchuk",
                2,
                touches=[rang(35, "cand needs WFH, husband's disabled and she's his carer")],
            ),
            crew("sales", INSURANCE_AGENT, "Winnipeg, MB, Canada")(
                "Ashley Hrynchuk",
                0,
                touches=[
                    rang(
                        35,
                        "cand needs to get out of the house - office only, she goes stir "
                        "crazy at home",
                    )
                ],
            ),
        ],
        **job(
            INSURANCE_ROLE,
            dict(location="Winnipeg, MB, Canada"),
            description="This is a home-based role: you'll take calls from your own home "
            "with the kit we send you, and never need to come in.",
        ),
    ),
    C(
        "insists on an office vs prefers home working; 'Work From Home' only in the title",
        "sales",
        [
            crew("sales", INSURANCE_AGENT, "Tampa, FL, USA")(
                "Kristen Albury",
                0,
                touches=[
                    rang(
                        45,
                        "Insists on an in-person office - says she can't sell from her "
                        "kitchen table.",
                    )
                ],
            ),
            crew("sales", INSURANCE_AGENT, "Tampa, FL, USA")(
                "Danielle Roark",
                2,
                touches=[rang(45, "Prefers working from home, has done it since 2021.")],
            ),
        ],
        **job(
            INSURANCE_ROLE,
            dict(location="Tampa, FL, USA"),
            title="Insurance Sales Agent (Work From Home)",
        ),
    ),
    C(
        "fully remote or nothing vs hybrid would be ideal; WFH three days only in the offers",
        "sales",
        [
            crew("sales", TELESALES, "Gurugram, India")(
                "Ritika Sehgal",
                0,
                touches=[rang(40, "cand wants fully remote or nothing, not coming to Cyber City")],
            ),
            crew("sales", TELESALES, "Gurugram, India")(
                "Pooja Khurana",
                2,
                touches=[rang(40, "cand says hybrid would be ideal, 2-3 days in office ok")],
            ),
        ],
        **job(
            TELESALES_ROLE,
            dict(location="Gurugram, India"),
            title="Inside Sales Executive",
            offers=["Work from home 3 days a week, office 2 days"],
        ),
    ),
]

# --- 8. location and relocation ---------------------------------------------------------------

LOCATIONS = [
    C(
        "moving to Brisbane in January for her partner's job vs won't leave Sydney",
        "cs",
        [
            crew("cs", STORE_MANAGER, "Sydney, NSW, Australia")(
                "Jess Kavanagh",
                2,
                touches=[
                    whatsapp(
                        40,
                        "we're moving up to Brisbane in Jan for Tom's job!! so anything "
                        "there would be amazing ☀️",
                    )
                ],
            ),
            crew("cs", STORE_MANAGER, "Sydney, NSW, Australia")(
                "Renee Walsh-Patterson",
                0,
                touches=[whatsapp(40, "not leaving Sydney, my whole family's here 🙅‍♀️")],
            ),
        ],
        **job(STORE_ROLE, site("Brisbane, QLD, Australia")),
    ),
    C(
        "moving to Calgary with her husband's transfer vs he transfers, she stays in Vancouver",
        "cs",
        [
            crew("cs", HOUSEKEEPER, "Vancouver, BC, Canada")(
                "Heather Lindgren",
                2,
                touches=[
                    rang(
                        55,
                        "Cand and her husband are relocating to Calgary - his transfer came "
                        "through, she'll be looking there.",
                    )
                ],
            ),
            crew("cs", HOUSEKEEPER, "Vancouver, BC, Canada")(
                "Melanie Szabo",
                0,
                touches=[
                    rang(
                        55,
                        "Cand's husband is transferring to Calgary for work but she's staying "
                        "put in Vancouver with the kids - he'll commute home.",
                    )
                ],
            ),
        ],
        **job(HOUSEKEEPING_ROLE, site("Calgary, AB, Canada")),
    ),
    C(
        "open to relocating anywhere in South India vs won't leave Kolkata",
        "sales",
        [
            crew("sales", FIELD_REP, "Kolkata, India")(
                "Sourav Banerjee",
                2,
                touches=[
                    rang(
                        45,
                        "cand open to relocating anywhere in South India, Hyd/Chennai/Blr all fine",
                    )
                ],
            ),
            crew("sales", FIELD_REP, "Kolkata, India")(
                "Debashis Mukherjee",
                0,
                touches=[rang(45, "cand won't relocate out of Kolkata - parents elderly")],
            ),
        ],
        **job(FIELD_ROLE, site("Hyderabad, India"), title="Area Sales Officer"),
    ),
    C(
        "anywhere in the UK for a winter season vs stays in Cornwall year-round now",
        "cs",
        [
            crew("cs", EVENTS, "Newquay, UK")(
                "Tegan Rowe",
                2,
                touches=[
                    whatsapp(
                        30,
                        "I'll go anywhere in the UK for a winter season 🏂 staff accom ideal",
                    )
                ],
            ),
            crew("cs", EVENTS, "Newquay, UK")(
                "Morwenna Pascoe",
                0,
                touches=[
                    whatsapp(
                        30,
                        "staying in Cornwall year-round now, done with seasons away from home",
                    )
                ],
            ),
        ],
        **job(
            EVENTS_ROLE,
            site("Aviemore, UK"),
            title="Winter Season Bar Supervisor",
            offers=["Staff accommodation available"],
        ),
    ),
    C(
        "would move home to Cork in a heartbeat vs Dublin or nowhere",
        "cs",
        [
            crew("cs", HEAD_CHEF, "Dublin, Ireland")(
                "Eoin Lenihan",
                2,
                touches=[
                    rang(
                        60,
                        "Cand from Cork originally - would move home in a heartbeat for the "
                        "right kitchen.",
                    )
                ],
            ),
            crew("cs", HEAD_CHEF, "Dublin, Ireland")(
                "Cian Brophy",
                0,
                touches=[rang(60, "Cand - Dublin or nowhere, partner's job and the kids' school.")],
            ),
        ],
        **job(CHEF_ROLE, site("Cork, Ireland")),
    ),
]

# --- 9. managing and level, company stage and size, mission, technology ----------------------

SOUS_ROLE = dict(
    CHEF_ROLE,
    title="Sous Chef",
    seniority="senior",
    description="Second in command in a 120-cover kitchen: run the pass on the head chef's days "
    "off, cook on the sections, no paperwork.",
)

LEVEL = [
    C(
        "ready to step up to area, covering three stores vs happy running one store",
        "cs",
        [
            crew("cs", STORE_MANAGER, "Southampton, UK")(
                "Lindsey Marchant",
                2,
                touches=[
                    mail(
                        50,
                        "I'm ready to step up to area manager - I've been covering three "
                        "stores for my AM for six months.",
                    )
                ],
            ),
            crew("cs", STORE_MANAGER, "Southampton, UK")(
                "Vicky Stanbridge",
                0,
                touches=[
                    mail(
                        50,
                        "I'm happy as a store manager of one shop. Multi-site isn't for me, "
                        "I like knowing my team.",
                    )
                ],
            ),
        ],
        **job(AREA_ROLE, site("Southampton, UK")),
    ),
    C(
        "a head chef who wants to step back to sous vs head chef roles only",
        "cs",
        [
            crew("cs", HEAD_CHEF, "Leeds, UK")(
                "Sam Oyelaran",
                2,
                touches=[
                    rang(
                        45,
                        "cand wants to step back to sous - fed up w the admin and the owners, "
                        "just wants to cook",
                    )
                ],
            ),
            crew("cs", HEAD_CHEF, "Leeds, UK")(
                "Jamie Kettlewell",
                0,
                touches=[rang(45, "cand head chef roles only, won't go back to sous for anyone")],
            ),
        ],
        **job(SOUS_ROLE, site("Leeds, UK")),
    ),
    C(
        "wants his first team-leader role vs wants to stay on the phones, no team",
        "sales",
        [
            crew("sales", TELESALES, "Sunderland, UK")(
                "Connor Heslop",
                2,
                touches=[
                    whatsapp(
                        40, "want my first team leader role now, been top of the board 8 months 📈"
                    )
                ],
            ),
            crew("sales", TELESALES, "Sunderland, UK")(
                "Jake Forster",
                0,
                touches=[
                    whatsapp(
                        40,
                        "don't want to lead a team, I'd lose my commission 😂 stay on the "
                        "phones for me",
                    )
                ],
            ),
        ],
        **job(
            TELESALES_ROLE,
            site("Sunderland, UK"),
            title="Sales Team Leader",
            seniority="lead",
            description="Lead a team of ten telesales advisors: coaching, call reviews, "
            "targets and the team rota.",
        ),
    ),
    C(
        "acting FOM for a year, wants the title vs wants out of front office into events",
        "cs",
        [
            crew("cs", FRONT_OFFICE, "Birmingham, UK")(
                "Priyanka Choudhary",
                2,
                touches=[
                    rang(
                        50,
                        "cand has been acting FOM for a yr w/o the title - wants the Front "
                        "Office Manager title properly",
                    )
                ],
            ),
            crew("cs", FRONT_OFFICE, "Birmingham, UK")(
                "Hollie Bickerton",
                0,
                touches=[
                    rang(
                        50,
                        "cand wants out of front office altogether - looking at sales & "
                        "events coordinator roles",
                    )
                ],
            ),
        ],
        **job(FRONT_OFFICE_ROLE, site("Birmingham, UK")),
    ),
]

INDIE_KITCHEN = dict(
    CHEF_ROLE,
    description="Run the kitchen of an owner-run, independent 40-cover restaurant; you write "
    "the menu with the owners.",
)
PRE_OPENING = dict(
    FRONT_OFFICE_ROLE,
    description="Join the pre-opening team of a new 200-room hotel opening in March: hire and "
    "train the front office team from scratch.",
)
BIG_CHAIN = dict(
    STORE_ROLE,
    description="Run a store for a national chain of 300+ stores, with a structured path to "
    "area manager and a full benefits package.",
)

STAGE_SIZE = [
    C(
        "done with corporate groups, wants an indie vs only big groups for the structure",
        "cs",
        [
            crew("cs", HEAD_CHEF, "Brighton, UK")(
                "Tom Rudgard",
                2,
                touches=[
                    rang(
                        40,
                        "cand done with corporate groups & spec sheets - wants an indie with "
                        "some soul",
                    )
                ],
            ),
            crew("cs", HEAD_CHEF, "Brighton, UK")(
                "Will Pettigrew",
                0,
                touches=[
                    rang(
                        40,
                        "cand only big groups - wants the structure, pension and a clear ladder",
                    )
                ],
            ),
        ],
        **job(INDIE_KITCHEN, site("Brighton, UK")),
    ),
    C(
        "loves pre-opening, three launches vs no more pre-openings, an established property",
        "cs",
        [
            crew("cs", FRONT_OFFICE, "Manchester, UK")(
                "Aleksandra Nowak-Pryce",
                2,
                touches=[
                    mail(
                        60,
                        "I love a pre-opening - I've done three hotel launches and I'd do "
                        "another tomorrow.",
                    )
                ],
            ),
            crew("cs", FRONT_OFFICE, "Manchester, UK")(
                "Karen Hollingworth",
                0,
                touches=[
                    mail(
                        60,
                        "No more pre-openings for me, thank you. I want an established "
                        "property with systems that work.",
                    )
                ],
            ),
        ],
        **job(PRE_OPENING, site("Manchester, UK")),
    ),
    C(
        "wants a big name with a career ladder vs a small boutique, no head office",
        "cs",
        [
            crew("cs", STORE_MANAGER, "Reading, UK")(
                "Nadine Ashcroft",
                2,
                touches=[
                    rang(
                        45,
                        "cand's indie went bust in the summer - wants a big name with a proper "
                        "career ladder this time",
                    )
                ],
            ),
            crew("cs", STORE_MANAGER, "Reading, UK")(
                "Carly Wetherall",
                0,
                touches=[
                    rang(
                        45,
                        "cand wants a small independent boutique, no head office, no planograms",
                    )
                ],
            ),
        ],
        **job(BIG_CHAIN, site("Reading, UK")),
    ),
]

MISSION = [
    C(
        "wants a sustainable, B Corp retailer vs wants to sell refurbished phones",
        "cs",
        [
            crew("cs", STORE_MANAGER, "Bristol, UK")(
                "Freya Holbrook",
                2,
                touches=[
                    mail(
                        70,
                        "I'd really like my next store to be with a sustainable brand - a B "
                        "Corp ideally. Fast fashion has worn me out.",
                    )
                ],
            ),
            crew("cs", STORE_MANAGER, "Bristol, UK")(
                "Isla Wyndham",
                1,
                touches=[
                    mail(
                        70,
                        "I'd really like my next store to be in tech - phones, laptops, that "
                        "sort of thing.",
                    )
                ],
            ),
        ],
        **job(
            STORE_ROLE,
            site("Bristol, UK"),
            title="Store Manager - Outdoor Clothing",
            offers=["Certified B Corp", "Repair and resale in every store"],
        ),
    ),
    C(
        "won't work for a gambling company vs fine with gaming, did two years at a bookie",
        "sales",
        [
            crew("sales", TELESALES, "Belfast, UK")(
                "Aoife Quinlivan",
                0,
                touches=[
                    rang(
                        35,
                        "cand won't work for any gambling company - her brother's addiction, "
                        "hard no",
                    )
                ],
            ),
            crew("sales", TELESALES, "Belfast, UK")(
                "Shannon McAleese",
                2,
                touches=[
                    rang(
                        35,
                        "cand fine with betting & gaming, did 2 yrs on the phones for a bookie",
                    )
                ],
            ),
        ],
        **job(
            TELESALES_ROLE,
            site("Belfast, UK"),
            title="Customer Sales Advisor - Online Casino",
            description="Call lapsed players of our online casino and sports betting brand "
            "with offers.",
        ),
    ),
    C(
        "wants to sell health cover because it helps families vs wants into luxury cars",
        "sales",
        [
            crew("sales", INSURANCE_AGENT, "Jaipur, India")(
                "Meenakshi Rathi",
                2,
                touches=[
                    mail(
                        55,
                        "After my father's hospital bills I want to sell health insurance - "
                        "it genuinely helps families.",
                    )
                ],
            ),
            crew("sales", INSURANCE_AGENT, "Jaipur, India")(
                "Kunal Agarwal",
                1,
                touches=[
                    mail(
                        55,
                        "I want to move into luxury car sales next, premium brands only.",
                    )
                ],
            ),
        ],
        **job(
            INSURANCE_ROLE,
            site("Jaipur, India"),
            title="Health Insurance Advisor",
            description="Sell family floater and senior citizen health plans.",
        ),
    ),
]

TECH = [
    C(
        "wants Salesforce, sick of spreadsheets vs pen, paper and his phone only",
        "sales",
        [
            crew("sales", FIELD_REP, "Exeter, UK")(
                "Toby Heathcoat",
                2,
                touches=[
                    rang(
                        45,
                        "cand wants a co that uses Salesforce properly, sick of updating "
                        "spreadsheets at 9pm",
                    )
                ],
            ),
            crew("sales", FIELD_REP, "Exeter, UK")(
                "Clive Widdicombe",
                0,
                touches=[
                    rang(
                        45,
                        "cand hates CRMs - diary, pen and his phone, won't log calls on an iPad",
                    )
                ],
            ),
        ],
        **job(
            FIELD_ROLE,
            site("Exeter, UK"),
            offers=["Salesforce on an iPad for every call", "Car allowance"],
        ),
    ),
    C(
        "keen to learn a cloud PMS vs wants to stay on Opera, no new systems",
        "cs",
        [
            crew("cs", FRONT_OFFICE, "Auckland, New Zealand")(
                "Mereana Tipene",
                2,
                touches=[
                    mail(
                        50,
                        "Keen to get onto a cloud PMS like Mews - Opera on-prem feels like 2005.",
                    )
                ],
            ),
            crew("cs", FRONT_OFFICE, "Auckland, New Zealand")(
                "Rachel Fairbairn",
                0,
                touches=[
                    mail(
                        50,
                        "I want to stay on Opera - not learning a new PMS at this stage of "
                        "my career.",
                    )
                ],
            ),
        ],
        **job(
            FRONT_OFFICE_ROLE,
            site("Auckland, New Zealand"),
            requirements="Front office management\nMews PMS (training given)\nUpselling",
            offers=["Mews cloud PMS", "Self check-in kiosks"],
        ),
    ),
]

# --- 10. the history with us, and the latest process -------------------------------------------

LAST_TIME = [
    C(
        "a no-show at the trial shift vs lost the trial shift to one other",
        "cs",
        [
            crew("cs", HEAD_CHEF, "London, UK")(
                "Gavin Spurling",
                0,
                apps=[
                    app(
                        150,
                        "interview",
                        "rejected",
                        "no_show",
                        "Didn't turn up for the trial shift, no call",
                        role="Head Chef",
                    )
                ],
            ),
            crew("cs", HEAD_CHEF, "London, UK")(
                "Dean Whitfield",
                2,
                apps=[lost_final(150, "Great trial shift, pipped by one", role="Head Chef")],
            ),
        ],
        **job(CHEF_ROLE, site("London, UK")),
    ),
    C(
        "rude to the client's GM at interview vs the position closed with the store",
        "cs",
        [
            crew("cs", STORE_MANAGER, "Aberdeen, UK")(
                "Craig Duthie",
                0,
                apps=[
                    app(
                        180,
                        "interview",
                        "rejected",
                        "conduct",
                        "Client's GM: rude and dismissive to our area manager, swore in the "
                        "interview",
                    )
                ],
            ),
            crew("cs", STORE_MANAGER, "Aberdeen, UK")(
                "Ewan Strachan",
                2,
                apps=[
                    app(
                        180,
                        "final",
                        "position_closed",
                        "headcount",
                        "Store closure announced - role pulled after final",
                    )
                ],
            ),
        ],
        **job(STORE_ROLE, site("Aberdeen, UK")),
    ),
    C(
        "weak on the PMS two months ago vs weak on it three years ago",
        "cs",
        [
            crew("cs", FRONT_OFFICE, "Cardiff, UK")(
                "Bethan Rowlands",
                0,
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Weak on Opera - couldn't run a night audit report",
                        role="Front Office Manager",
                    )
                ],
            ),
            crew("cs", FRONT_OFFICE, "Cardiff, UK")(
                "Seren Prosser",
                2,
                apps=[
                    app(
                        1100,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Weak on Opera - couldn't run a night audit report",
                        role="Front Office Manager",
                    )
                ],
            ),
        ],
        **job(FRONT_OFFICE_ROLE, site("Cardiff, UK")),
    ),
    C(
        "took a counter-offer last month vs declined two years ago over timing",
        "sales",
        [
            crew("sales", CAR_SALES, "Orlando, FL, USA")(
                "Tyrone Bassett",
                0,
                apps=[
                    said_no(
                        30,
                        "counteroffer",
                        "Took his dealer's counter-offer - more floor days and a demo car",
                        role="Car Sales Executive",
                    )
                ],
            ),
            crew("sales", CAR_SALES, "Orlando, FL, USA")(
                "Hector Villanueva",
                2,
                apps=[
                    said_no(
                        730,
                        "timing",
                        "Just had a baby, didn't want to change jobs then",
                        role="Car Sales Executive",
                    )
                ],
            ),
        ],
        **job(CAR_ROLE, site("Orlando, FL, USA")),
    ),
]

PROCESS = [
    C(
        "we placed her eight weeks ago vs lost a final to one other",
        "cs",
        [
            crew("cs", HOUSEKEEPER, "Killarney, Ireland")(
                "Mairéad Cronin",
                0,
                apps=[
                    app(
                        56,
                        "offer",
                        "hired",
                        None,
                        "Placed with the Lakes Hotel, started eight weeks ago",
                        role="Executive Housekeeper",
                    )
                ],
            ),
            crew("cs", HOUSEKEEPER, "Killarney, Ireland")(
                "Nora Twomey",
                2,
                apps=[lost_final(120, role="Executive Housekeeper")],
            ),
        ],
        **job(HOUSEKEEPING_ROLE, site("Killarney, Ireland")),
    ),
    C(
        "did a trial shift and lost to one vs CV sent, never put forward",
        "cs",
        [
            crew("cs", SHIFT_LEAD, "Melbourne, VIC, Australia")(
                "Matilda Cosgrove",
                2,
                apps=[
                    lost_final(
                        100,
                        "Trial shift went great, other cand had latte art comp wins",
                        role="Shift Lead",
                    )
                ],
            ),
            crew("cs", SHIFT_LEAD, "Melbourne, VIC, Australia")(
                "Georgia Pappas",
                1,
                apps=[
                    app(
                        100,
                        "applied",
                        "rejected",
                        "other",
                        "CV not put forward - café filled the role from a walk-in",
                        role="Shift Lead",
                    )
                ],
            ),
        ],
        **job(SHIFT_ROLE, site("Melbourne, VIC, Australia")),
    ),
    C(
        "accepted a job elsewhere three weeks ago vs accepted elsewhere 14 months ago, since left",
        "sales",
        [
            crew("sales", CAR_SALES, "Phoenix, AZ, USA")(
                "Dustin Mahaffey",
                0,
                apps=[
                    backed_out(
                        21,
                        "other",
                        "Withdrew at offer - accepted a job at another dealer group",
                        stage="offer",
                        role="Car Sales Executive",
                    )
                ],
            ),
            crew("sales", CAR_SALES, "Phoenix, AZ, USA")(
                "Ramon Escalante",
                2,
                apps=[
                    backed_out(
                        425,
                        "other",
                        "Withdrew at offer - accepted a job at another dealer group",
                        stage="offer",
                        role="Car Sales Executive",
                    )
                ],
                touches=[
                    rang(
                        40,
                        "Ramon left that dealer group in the summer, lot was dead - looking again",
                    )
                ],
            ),
        ],
        **job(CAR_ROLE, site("Phoenix, AZ, USA")),
    ),
]

# --- 11. several notes over time: the latest word counts -----------------------------------------

LATEST_WORD = [
    C(
        "nights refused in March, fine in October vs fine in March, refused in October",
        "cs",
        [
            crew("cs", FRONT_OFFICE, "Leeds, UK")(
                "Gareth Pullan",
                2,
                touches=[
                    rang(date(2026, 3, 9), "cand no nights - new baby"),
                    rang(
                        date(2026, 10, 12),
                        "cand now OK w nights, his partner's back at work days and they want "
                        "to swap childcare",
                    ),
                ],
            ),
            crew("cs", FRONT_OFFICE, "Leeds, UK")(
                "Simon Fothergill",
                0,
                touches=[
                    rang(date(2026, 3, 9), "cand ok w nights, did them at the Queens"),
                    rang(
                        date(2026, 10, 12),
                        "cand no longer doing nights - GP's advice after a health scare",
                    ),
                ],
            ),
        ],
        **job(NIGHT_MANAGER, site("Leeds, UK")),
    ),
    C(
        "a stop taken back in September vs 'keep me in mind' hardened into a deletion",
        "cs",
        [
            crew("cs", STORE_MANAGER, "Nottingham, UK")(
                "Kelly Bradbury",
                2,
                touches=[
                    whatsapp(date(2026, 2, 16), "stop contacting me!!"),
                    whatsapp(
                        date(2026, 9, 14),
                        "sorry about that msg back in Feb 🙈 new RM is awful, pls send me SM roles",
                    ),
                ],
            ),
            crew("cs", STORE_MANAGER, "Nottingham, UK")(
                "Louise Pickering",
                0,
                touches=[
                    whatsapp(date(2026, 2, 16), "not for me right now but keep me in mind 😊"),
                    mail(
                        date(2026, 9, 14),
                        "Please delete all my details from your system and do not contact "
                        "me again.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **job(STORE_ROLE, site("Nottingham, UK")),
    ),
    C(
        "won't leave Melbourne, then happy to move to Perth vs the reverse",
        "cs",
        [
            crew("cs", AREA_MANAGER, "Melbourne, VIC, Australia")(
                "Zoe Lancaster",
                2,
                touches=[
                    rang(date(2026, 1, 19), "cand won't leave Melbourne"),
                    rang(
                        date(2026, 8, 24),
                        "cand's split from her partner - would now happily move to Perth for "
                        "the right area role",
                    ),
                ],
            ),
            crew("cs", AREA_MANAGER, "Melbourne, VIC, Australia")(
                "Stephanie Koutsoukis",
                0,
                touches=[
                    rang(date(2026, 1, 19), "cand would move to Perth for the right role"),
                    rang(
                        date(2026, 8, 24),
                        "cand bought a house in Brunswick - staying in Melbourne now, no "
                        "interstate",
                    ),
                ],
            ),
        ],
        **job(AREA_ROLE, site("Perth, WA, Australia")),
    ),
    C(
        "pay ask lowered to fit the band vs pay ask raised above it",
        "sales",
        [
            crew("sales", FIELD_REP, "Cork, Ireland")(
                "Shane Kiely",
                2,
                touches=[
                    rang(date(2026, 2, 2), "cand wants 60k basic"),
                    rang(
                        date(2026, 9, 7),
                        "cand's come down - would take 48k basic for a car and a local patch",
                    ),
                ],
            ),
            crew("sales", FIELD_REP, "Cork, Ireland")(
                "Barry Twohig",
                0,
                touches=[
                    rang(date(2026, 2, 2), "cand would take 48k basic"),
                    rang(
                        date(2026, 9, 7),
                        "cand got a rise, now wants 62k basic minimum to move",
                    ),
                ],
            ),
        ],
        **job(
            FIELD_ROLE,
            site("Cork, Ireland"),
            salary_min=45_000,
            salary_max=50_000,
            currency="EUR",
            offers=["Company car", "Cork city and county patch"],
        ),
    ),
    C(
        "a January wait called off, available now vs available, then not till April",
        "cs",
        [
            crew("cs", HEAD_CHEF, "Manchester, UK")(
                "Danny Thwaite",
                2,
                touches=[
                    mail(
                        date(2026, 9, 28),
                        "Nothing till January please, we're fully booked for Christmas parties.",
                    ),
                    mail(
                        date(2026, 11, 9),
                        "Forget what I said about January - the restaurant's closing at the "
                        "end of the month. I'm available now.",
                    ),
                ],
            ),
            crew("cs", HEAD_CHEF, "Manchester, UK")(
                "Lee Brindle",
                1,
                touches=[
                    mail(date(2026, 9, 28), "Available now, happy to chat whenever."),
                    mail(
                        date(2026, 11, 9),
                        "Change of plan - just agreed to see the owners through to April and "
                        "the new menu, so not till after that.",
                    ),
                ],
            ),
        ],
        **job(CHEF_ROLE, site("Manchester, UK")),
    ),
    C(
        "commission-only refused, then taken up vs taken up, then refused",
        "sales",
        [
            crew("sales", ESTATE_AGENT, "Gold Coast, QLD, Australia")(
                "Kade Whitehurst",
                2,
                touches=[
                    rang(date(2026, 3, 2), "cand won't do comm only"),
                    rang(
                        date(2026, 10, 5),
                        "cand now open to commission-only - partner's on a good wage, wants "
                        "the upside",
                    ),
                ],
            ),
            crew("sales", ESTATE_AGENT, "Gold Coast, QLD, Australia")(
                "Troy Callaghan",
                0,
                touches=[
                    rang(date(2026, 3, 2), "cand fine w comm only"),
                    rang(
                        date(2026, 10, 5),
                        "cand needs a retainer now - had a lean winter, no more commission-only",
                    ),
                ],
            ),
        ],
        **job(COMMISSION_ONLY, site("Gold Coast, QLD, Australia")),
    ),
]

HELDOUT17_CASES: list[Case] = [
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
