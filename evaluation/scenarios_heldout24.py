"""Held-out rediscovery cases, twenty-fourth set: hospitality, food service, retail and events
recruiters' own words, written by a twenty-fourth stranger to the reader (its code, its labelled
sets and the earlier case files' sentences were not looked at; held-out 10 was opened for its
format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 24") and never tuned to what Encore does. The recruiters are an
in-house talent team for a hotel and restaurant group and a hospitality and retail staffing desk,
hiring in Chicago, Miami and Las Vegas, Mexico City, Cancún, Tulum and Guadalajara, Madrid,
Barcelona, Seville, Ibiza and Marbella, Milan, Florence and Rome, Bangkok, Phuket and Koh Samui,
and London, Manchester and Edinburgh. The people are head chefs, sous chefs and pastry chefs,
kitchen porters, restaurant, bar and hotel general managers, sommeliers, baristas, front office
managers and night auditors, executive housekeepers, F&B directors, store and area managers,
visual merchandisers, cashiers and stock leads, event planners and AV crew chiefs.

The voices: terse ATS shorthand ("cand", "f/u", "LWD", "w/", "SM", "DOFB", "jr sous", "stage", "no
call no show", typos left in), lower-case WhatsApp and LINE texts, candidates' emails and LinkedIn
replies, third-person recruiter call notes, long rambling notes (a Lake Como wedding, a Culinary
Union house, an asador in Chamberí) where one line decides and dates are dropped in without asking
for any wait, a formal letter or two, and lines in Spanish, Italian and Thai. The money is hourly
plus tronc, tips and service charge, "$68k base + bonus", pesos a month ("40 mil netos"), euros
brutos and a RAL, baht a month; the calendars are split shifts ("turno partido", "turni spezzati"),
2am and 4am closes, graveyards and night audit, 4am bakes, seasonal contracts, live-in staff
housing, zero-hours, 1099 against W-2, fixed-term pre-opening teams, Ramadan and Eid, Songkran,
Semana Santa, the ski season, wedding season, peak trading and Black Friday freezes.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (Spanish "no me volváis a escribir", an ATS DNC flag, Italian data erasure, Thai, an
   angry text, a retiree, a withdrawn consent, a chef leaving the trade, "darse de baja"): never
   shown; beside each a near-miss that is shown (not during service, a new number, a time of day,
   LINE not calls, retiring from one employer, a withdrawn application, a work email, "stop by
   the bar", quitting a hotel);
2. waits counted from the day said, each against a twin whose wait has run out: a ski season, a
   peak-trading freeze, Songkran, Semana Santa, notice, a pre-opening through soft opening,
   maternity leave, a green card interview, a tronc payout, a WSET exam, wedding and party season,
   "circle back in a couple months";
3. schedule, travel, visa, contract and hours, commute: split shifts, late closes, night audit,
   weekends, 4am bakes, Shabbat; touring AV crews, regional overnights, sister properties; no
   sponsorship (OPT, J-1, H-4 EAD, a Spanish passport by descent, settled status); zero-hours,
   seasonal, live-in, part-time, 1099 against W-2, fixed-term pre-opening; the CTA to the
   suburbs, the Jubilee line, crossing Mexico City, Henderson to the Strip;
4. pay against the band: an annual base, tronc on top of a basic, pesos a month, euros brutos, baht
   a month with service charge, a current salary above the band with a lower ask, a RAL, an
   executive package, an hourly rate;
5. work mode said only in the policy field, the description, the title, the offers;
6. negation and scope ("not against late finishes", "the pay wasn't the issue", "weekends? no
   problem", "never said no to Vegas", "no descarta", "wouldn't say no", "non ha problemi");
7. location and relocation (a lease signed in Miami, a husband's transfer she is and is not
   following, Asia tomorrow, the Costa del Sol), level (own kitchen, first GM seat, multi-site,
   stepping back behind the bar, a big housekeeping team), stage and size (family trattoria,
   pre-opening, a 1,200-room flagship, an indie chain), mission (zero waste, casinos, alcohol-free
   halal, a social-enterprise café) and technology (Opera Cloud, Toast, grandMA3);
8. last time's reason resolved by this role or still standing (pay, split shifts, live-in,
   sponsorship, English level, a 2am close), the history with us (a no-show at a trial shift,
   conduct on a trial day, too junior long ago against lately, a PMS gap, a failed drug screen)
   and the latest process (a trial shift against a CV never read, placed two months ago, a
   counteroffer taken last month, finals with two clients);
9. several notes over time where the latest word counts: nights, an opt-out taken back and one
   hardened, a move to Barcelona made and dropped, a pay ask lowered and raised, live-in, seasonal.

Hard cases a careful human still gets right are mixed in: a husband's move she is not following,
a current salary above the band with a lower ask, a spouse's H-4 EAD, a tronc that is not basic,
"stop by the bar", "me di de baja en el hotel", a retirement from one cruise line, "the pay
wasn't the issue", and long notes where one line decides.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

CHEF = dict(
    current_title="Chef de Cuisine",
    skills=["Menu engineering", "Brigade leadership", "Food cost control", "HACCP"],
    years_experience=13,
    resume_text=(
        "Chef de cuisine, thirteen years across hotel and independent kitchens: seasonal menus, "
        "a brigade of twelve, food cost at 28%, HACCP plans, supplier buying and banquet "
        "production for up to 400 covers."
    ),
)
SOUS = dict(
    current_title="Sous Chef",
    skills=["Running the pass", "Prep lists", "Ordering", "Training line cooks"],
    years_experience=8,
    resume_text=(
        "Sous chef, eight years on busy lines: runs the pass on 250-cover nights, writes prep "
        "lists and orders, trains commis and line cooks, covers the head chef's days off."
    ),
)
PASTRY = dict(
    current_title="Pastry Chef",
    skills=["Viennoiserie", "Plated desserts", "Chocolate work", "Bakery production"],
    years_experience=9,
    resume_text=(
        "Pastry chef, nine years in hotel and restaurant pastry: laminated doughs and "
        "viennoiserie, plated desserts, tempered chocolate and a bakery turning out 600 pieces "
        "before breakfast."
    ),
)
PORTER = dict(
    current_title="Kitchen Porter Supervisor",
    skills=["Dish pit", "Deep cleaning", "Chemical safety", "Goods-in"],
    years_experience=5,
    resume_text=(
        "Kitchen porter supervisor, five years: runs the dish pit and pot wash for a 300-cover "
        "kitchen, COSHH and chemical safety, nightly deep cleans and goods-in checks."
    ),
)
RESTAURANT_GM = dict(
    current_title="Restaurant General Manager",
    skills=["P&L ownership", "FOH leadership", "Labour scheduling", "Guest experience"],
    years_experience=11,
    resume_text=(
        "Restaurant general manager, eleven years: owns the P&L of a 180-seat restaurant, a FOH "
        "team of 45, labour at 29% of sales, scheduling, reviews and private dining."
    ),
)
BAR_MANAGER = dict(
    current_title="Bar Manager",
    skills=["Cocktail programme", "Beverage cost", "Bar team leadership", "Inventory"],
    years_experience=9,
    resume_text=(
        "Bar manager, nine years in cocktail bars and hotel lobbies: writes the cocktail "
        "programme, beverage cost at 19%, a team of fourteen bartenders and barbacks, weekly "
        "inventory and supplier deals."
    ),
)
SOMMELIER = dict(
    current_title="Head Sommelier",
    skills=["Wine list curation", "WSET Level 3", "Cellar management", "Floor service"],
    years_experience=8,
    resume_text=(
        "Head sommelier, eight years: curates a 900-bin list, runs the cellar and its costing, "
        "trains floor staff on pairings and sells wine on a busy tasting-menu floor."
    ),
)
BARISTA = dict(
    current_title="Head Barista",
    skills=["Espresso calibration", "Latte art", "Café operations", "Training"],
    years_experience=6,
    resume_text=(
        "Head barista, six years in specialty coffee: dials in espresso every morning, trains "
        "new baristas, runs a café doing 700 cups a day and handles stock and rotas."
    ),
)
FRONT_OFFICE = dict(
    current_title="Front Office Manager",
    skills=["Opera PMS", "Revenue upselling", "Guest relations", "Team scheduling"],
    years_experience=8,
    resume_text=(
        "Front office manager, eight years in 300-plus-room hotels: runs reception, concierge "
        "and guest relations, upsells rooms at check-in, schedules a team of 22 on the PMS."
    ),
)
NIGHT_AUDITOR = dict(
    current_title="Night Auditor",
    skills=["Night audit", "Opera PMS", "Cash reconciliation", "Front desk"],
    years_experience=5,
    resume_text=(
        "Night auditor, five years: closes the day on the PMS, reconciles cash and card "
        "takings, runs the overnight front desk and hands over the manager's report at 7am."
    ),
)
HOUSEKEEPER = dict(
    current_title="Executive Housekeeper",
    skills=["Room attendant teams", "Linen control", "Inspection standards", "Budgeting"],
    years_experience=12,
    resume_text=(
        "Executive housekeeper, twelve years: leads room attendant and public area teams for "
        "400 rooms, linen and chemical budgets, inspection standards and deep-clean programmes."
    ),
)
FNB_DIRECTOR = dict(
    current_title="Director of Food & Beverage",
    skills=["Multi-outlet operations", "Banqueting", "F&B P&L", "Concept development"],
    years_experience=15,
    resume_text=(
        "Director of food and beverage, fifteen years: five outlets, banqueting and in-room "
        "dining in a 600-room resort, an F&B P&L of $28M, outlet concepts and union relations."
    ),
)
STORE_MANAGER = dict(
    current_title="Store Manager",
    skills=["Store P&L", "Visual standards", "Shrink control", "Team hiring"],
    years_experience=10,
    resume_text=(
        "Store manager, ten years in fashion and home retail: runs a $9M store, a team of 35, "
        "peak trading and Black Friday, shrink under 1%, hiring and training keyholders."
    ),
)
AREA_MANAGER = dict(
    current_title="Area Manager",
    skills=["Multi-site retail", "Store manager coaching", "Regional P&L", "Audits"],
    years_experience=12,
    resume_text=(
        "Area manager, twelve years in retail, the last four over nine stores: coaches store "
        "managers, owns the regional P&L, runs compliance audits and store openings."
    ),
)
VISUAL_MERCH = dict(
    current_title="Visual Merchandiser",
    skills=["Window displays", "Floor sets", "Planograms", "Brand guidelines"],
    years_experience=7,
    resume_text=(
        "Visual merchandiser, seven years for fashion and lifestyle brands: seasonal windows, "
        "floor sets to planograms, store launches and training staff on brand guidelines."
    ),
)
STOCK_LEAD = dict(
    current_title="Stock and Cash Office Lead",
    skills=["Stockroom management", "Deliveries", "Cash office", "Cashier supervision"],
    years_experience=6,
    resume_text=(
        "Stock and cash office lead, six years in big-box retail: runs deliveries and the "
        "stockroom, counts and banks the tills, supervises a team of twelve cashiers."
    ),
)
EVENT_PLANNER = dict(
    current_title="Senior Event Planner",
    skills=["Weddings and corporate events", "Vendor management", "Budgeting", "Run of show"],
    years_experience=9,
    resume_text=(
        "Senior event planner, nine years: destination weddings and corporate conferences for "
        "up to 1,500 guests, vendor contracts, budgets and the run of show on the day."
    ),
)
AV_CHIEF = dict(
    current_title="AV Crew Chief",
    skills=["Live audio", "LED walls", "Rigging", "Show calling"],
    years_experience=10,
    resume_text=(
        "AV crew chief, ten years on conventions and live events: audio desks, LED walls, "
        "rigging plots, a crew of twelve and calling shows in ballrooms and convention halls."
    ),
)
ROOMS_DIVISION = dict(
    current_title="Director of Rooms",
    skills=["Rooms division", "Front office", "Housekeeping", "Revenue management"],
    years_experience=14,
    resume_text=(
        "Director of rooms, fourteen years: front office, housekeeping, reservations and "
        "guest relations in a 450-room hotel, working with revenue on rate and occupancy."
    ),
)


def staff(persona: dict, where: str):
    """People of one kind in the pool: the same profile and persona, living in ``where`` unless
    a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(name, "cs", grade, *said, apps=apps, touches=touches, excluded=excluded, **extra)

    return make


# --- who wrote what -------------------------------------------------------------------------


def ats(days, text) -> dict:
    """A recruiter's note in the ATS, in their shorthand."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def rang(days, text) -> dict:
    """A recruiter's call note, written up after the call."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def chat(days, text) -> dict:
    """The candidate's WhatsApp, LINE or text message, as typed."""
    return touch(days, "inbound", "replied", note=text, channel="other")


def mail(days, text) -> dict:
    """The candidate's email."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def inmail(days, text) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=text, channel="linkedin")


def no_answer(days, text) -> dict:
    """A call or message that reached nobody, as logged."""
    return touch(days, "outbound", "no_reply", note=text, channel="phone")


def lost_final(days, note=None, *, role="Sous Chef") -> dict:
    """Reached the final stage (a trial shift, a panel) and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def said_no(days, reason, note, *, past=None, role="Sous Chef") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def pulled_out(days, reason, note, *, stage="final", past=None, role="Sous Chef") -> dict:
    """Withdrew from our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def turned_away(days, stage, reason, note, *, role="Sous Chef") -> dict:
    """We said no."""
    return app(days, stage, "rejected", reason, note, role=role)


def job(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------


def kind(title, department, seniority, requirements, description) -> dict:
    return dict(
        title=title,
        department=department,
        seniority=seniority,
        requirements="\n".join(requirements),
        description=description,
    )


CHEF_ROLE = kind(
    "Chef de Cuisine",
    "Kitchen",
    "lead",
    ["Leading a brigade", "Menu development", "Food cost control", "HACCP"],
    "Run the kitchen of a 160-cover restaurant and its brigade of eleven.",
)
SOUS_ROLE = kind(
    "Sous Chef",
    "Kitchen",
    "senior",
    ["Running the pass", "Ordering and prep", "Training cooks", "Food safety"],
    "Second in command of a busy kitchen, running the pass five nights a week.",
)
PASTRY_ROLE = kind(
    "Pastry Chef",
    "Pastry",
    "senior",
    ["Viennoiserie", "Plated desserts", "Chocolate", "Bakery production"],
    "Run pastry and the morning bakery for a hotel and its restaurants.",
)
PORTER_ROLE = kind(
    "Kitchen Porter Supervisor",
    "Kitchen",
    "mid",
    ["Dish pit", "Cleaning schedules", "Chemical safety"],
    "Run the dish pit, pot wash and cleaning schedule of a large kitchen.",
)
GM_ROLE = kind(
    "Restaurant General Manager",
    "Operations",
    "manager",
    ["P&L ownership", "FOH leadership", "Scheduling", "Guest experience"],
    "Run a 200-seat restaurant, its FOH team and its P&L.",
)
BAR_ROLE = kind(
    "Bar Manager",
    "Beverage",
    "manager",
    ["Cocktail programme", "Beverage cost", "Team leadership", "Inventory"],
    "Run a high-volume cocktail bar, its menu, its team and its numbers.",
)
SOMM_ROLE = kind(
    "Head Sommelier",
    "Beverage",
    "senior",
    ["Wine list curation", "WSET Level 3 or above", "Cellar management"],
    "Own the wine list and cellar of a tasting-menu restaurant and lead its floor.",
)
BARISTA_ROLE = kind(
    "Head Barista",
    "Café",
    "mid",
    ["Espresso calibration", "Training", "Café operations"],
    "Run the bar of a busy specialty café and train its baristas.",
)
FRONT_ROLE = kind(
    "Front Office Manager",
    "Rooms",
    "manager",
    ["Opera PMS", "Guest relations", "Team scheduling", "Upselling"],
    "Lead reception, concierge and guest relations in a 350-room hotel.",
)
AUDIT_ROLE = kind(
    "Night Auditor",
    "Rooms",
    "mid",
    ["Night audit", "PMS", "Cash reconciliation"],
    "Run the overnight front desk and close the day's accounts, 11pm to 7am.",
)
HOUSEKEEPING_ROLE = kind(
    "Executive Housekeeper",
    "Rooms",
    "manager",
    ["Room attendant teams", "Linen control", "Budgeting", "Inspection standards"],
    "Lead housekeeping for 380 rooms: 45 room attendants, public areas and laundry.",
)
FNB_ROLE = kind(
    "Director of Food & Beverage",
    "Food & Beverage",
    "director",
    ["Multi-outlet operations", "Banqueting", "F&B P&L"],
    "Lead every outlet, banqueting and in-room dining of a large resort.",
)
STORE_ROLE = kind(
    "Store Manager",
    "Retail Operations",
    "manager",
    ["Store P&L", "Team leadership", "Visual standards", "Shrink control"],
    "Run a flagship store, its team of 30 and its numbers.",
)
AREA_ROLE = kind(
    "Area Manager",
    "Retail Operations",
    "manager",
    ["Multi-site retail", "Coaching store managers", "Regional P&L"],
    "Lead ten stores and their managers across the region.",
)
VM_ROLE = kind(
    "Visual Merchandiser",
    "Visual",
    "mid",
    ["Window displays", "Floor sets", "Planograms"],
    "Set windows and floors for the brand's stores to each season's guidelines.",
)
STOCK_ROLE = kind(
    "Stock and Cash Office Lead",
    "Retail Operations",
    "mid",
    ["Stockroom management", "Cash office", "Cashier supervision"],
    "Run deliveries, the stockroom and the cash office of a big-box store.",
)
EVENTS_ROLE = kind(
    "Senior Event Planner",
    "Events",
    "senior",
    ["Weddings and corporate events", "Vendor management", "Budgeting"],
    "Plan and run weddings, galas and conferences from enquiry to the last guest out.",
)
AV_ROLE = kind(
    "AV Crew Chief",
    "Production",
    "lead",
    ["Live audio", "LED walls", "Rigging", "Show calling"],
    "Lead the AV crew on conventions, general sessions and gala dinners.",
)
HOTEL_GM_ROLE = kind(
    "Hotel General Manager",
    "Executive",
    "executive",
    ["Hotel operations", "Owner relations", "P&L ownership", "Team leadership"],
    "Run a 220-room hotel as its general manager, reporting to the owners.",
)

# --- where the roles are worked ---------------------------------------------------------------


def onsite(place: str) -> dict:
    return dict(remote_policy="onsite", location=place)


CHICAGO = onsite("Chicago, IL, USA")
MIAMI = onsite("Miami, FL, USA")
VEGAS = onsite("Las Vegas, NV, USA")
CDMX = onsite("Mexico City, Mexico")
CANCUN = onsite("Cancún, Mexico")
TULUM = onsite("Tulum, Mexico")
GUADALAJARA = onsite("Guadalajara, Mexico")
MADRID = onsite("Madrid, Spain")
BARCELONA = onsite("Barcelona, Spain")
SEVILLE = onsite("Seville, Spain")
IBIZA = onsite("Ibiza, Spain")
MARBELLA = onsite("Marbella, Spain")
MILAN = onsite("Milan, Italy")
FLORENCE = onsite("Florence, Italy")
ROME = onsite("Rome, Italy")
BANGKOK = onsite("Bangkok, Thailand")
PHUKET = onsite("Phuket, Thailand")
SAMUI = onsite("Koh Samui, Thailand")
LONDON = onsite("London, UK")
MANCHESTER = onsite("Manchester, UK")
EDINBURGH = onsite("Edinburgh, UK")

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "'no me volváis a escribir' vs not now, mid-service, write tomorrow",
        "cs",
        [
            staff(SOUS, "Madrid, Spain")(
                "Inmaculada Berrocal",
                0,
                touches=[
                    chat(
                        35,
                        "Por favor, no me volváis a escribir ni a llamar. Borrad mis datos de "
                        "vuestra bolsa de empleo. Gracias.",
                    )
                ],
                excluded=True,
            ),
            staff(SOUS, "Madrid, Spain")(
                "Eusebio Carrascal",
                2,
                touches=[
                    chat(
                        35,
                        "Ahora no puedo, estoy en pleno servicio 🔥 escríbeme mañana por la "
                        "mañana y lo hablamos, me interesa",
                    )
                ],
            ),
        ],
        **job(SOUS_ROLE, MADRID),
    ),
    C(
        "an ATS DNC flag at her request vs a note to drop an old phone number",
        "cs",
        [
            staff(STORE_MANAGER, "Chicago, IL, USA")(
                "Marisol Okonkwo-Reyes",
                0,
                touches=[
                    ats(
                        90,
                        "Per cand: remove me from all mailing lists + talent pools. Flagged DNC "
                        "3/14 at her request, do NOT re-engage.",
                    )
                ],
                excluded=True,
            ),
            staff(STORE_MANAGER, "Chicago, IL, USA")(
                "Tamsin Wojcik-Bell",
                2,
                touches=[
                    ats(
                        90,
                        "Per cand: remove the old 773 number from her profile, use the new cell. "
                        "Still open to SM roles, city only.",
                    )
                ],
            ),
        ],
        **job(STORE_ROLE, CHICAGO),
    ),
    C(
        "Italian erasure of her data vs not before three in the afternoon",
        "cs",
        [
            staff(FRONT_OFFICE, "Florence, Italy")(
                "Benedetta Scarpellini",
                0,
                touches=[
                    mail(
                        60,
                        "Buongiorno, ai sensi del GDPR vi chiedo di cancellare i miei dati "
                        "personali e di non contattarmi più per nessuna posizione. Distinti "
                        "saluti.",
                    )
                ],
                excluded=True,
            ),
            staff(FRONT_OFFICE, "Florence, Italy")(
                "Ludovica Pagnotta",
                2,
                touches=[
                    mail(
                        60,
                        "Buongiorno, vi prego di non chiamarmi prima delle 15: la mattina sono "
                        "al desk per le partenze. Per il resto sono molto interessata.",
                    )
                ],
            ),
        ],
        **job(FRONT_ROLE, FLORENCE),
    ),
    C(
        "Thai 'please don't contact me again' vs no calls in the day, LINE is fine",
        "cs",
        [
            staff(NIGHT_AUDITOR, "Bangkok, Thailand")(
                "Kittipong Suwannarat",
                0,
                touches=[chat(25, "กรุณาอย่าติดต่อผมมาอีกครับ ไม่สนใจงานใดๆ ทั้งสิ้น")],
                excluded=True,
            ),
            staff(NIGHT_AUDITOR, "Bangkok, Thailand")(
                "Thanawat Boonmee",
                2,
                touches=[
                    chat(
                        25,
                        "pls no phone call daytime krub, I work night audit and sleep til 3pm. "
                        "send me LINE msg ok na, interested",
                    )
                ],
            ),
        ],
        **job(AUDIT_ROLE, BANGKOK),
    ),
    C(
        "retired from hospitality for good vs retiring from one cruise line, not the trade",
        "cs",
        [
            staff(FNB_DIRECTOR, "Miami, FL, USA")(
                "Desmond Alcántara",
                0,
                touches=[
                    inmail(
                        120,
                        "I've retired from hospitality for good as of this summer - please take "
                        "me off your lists. Thanks for everything over the years.",
                    )
                ],
                excluded=True,
            ),
            staff(FNB_DIRECTOR, "Miami, FL, USA")(
                "Cornelius Abernathy-Ruiz",
                2,
                touches=[
                    inmail(
                        120,
                        "I'm retiring from the cruise line in the spring, not from hospitality - "
                        "keep me on your lists, a land-based resort is exactly what I want.",
                    )
                ],
            ),
        ],
        **job(FNB_ROLE, MIAMI),
    ),
    C(
        "an angry text never to text again vs who gave you my number, send the info",
        "cs",
        [
            staff(BAR_MANAGER, "Las Vegas, NV, USA")(
                "Tyrell Vandermolen",
                0,
                touches=[chat(15, "how tf did u get my number. dont ever text me again. blocked")],
                excluded=True,
            ),
            staff(BAR_MANAGER, "Las Vegas, NV, USA")(
                "Rocco Delgadillo",
                2,
                touches=[
                    chat(
                        15, "who gave u my number lol. anyway not mad, send me the info on the bar"
                    )
                ],
            ),
        ],
        **job(BAR_ROLE, VEGAS),
    ),
    C(
        "consent to hold her data withdrawn vs one application withdrawn",
        "cs",
        [
            staff(RESTAURANT_GM, "London, UK")(
                "Philippa Oyelaran",
                0,
                touches=[
                    mail(
                        80,
                        "Dear Talent Team, I withdraw my consent for your company to hold or "
                        "process my personal data, and ask that my profile be deleted. Yours "
                        "faithfully, P. Oyelaran",
                    )
                ],
                excluded=True,
            ),
            staff(RESTAURANT_GM, "London, UK")(
                "Henrietta Adebayo-Clarke",
                2,
                touches=[
                    mail(
                        80,
                        "Dear Talent Team, I withdraw my application for the Shoreditch site - "
                        "the commute from Kingston would not work. Very happy to be considered "
                        "for your other London restaurants. Kind regards.",
                    )
                ],
            ),
        ],
        **job(GM_ROLE, LONDON),
    ),
    C(
        "'never contact her again' vs never on her work email, use gmail",
        "cs",
        [
            staff(SOUS, "Mexico City, Mexico")(
                "Guadalupe Tlapanco",
                0,
                touches=[
                    rang(
                        50,
                        "Spoke w/ Guadalupe - she asked that we never contact her again about "
                        "any role, she's out of restaurants and opening her own taquería.",
                    )
                ],
                excluded=True,
            ),
            staff(SOUS, "Mexico City, Mexico")(
                "Itzel Cuautle",
                2,
                touches=[
                    rang(
                        50,
                        "Spoke w/ Itzel - never contact her on the Pujol work email again (they "
                        "read it), use her gmail. Keen on a sous role, Roma/Condesa ideally.",
                    )
                ],
            ),
        ],
        **job(SOUS_ROLE, CDMX),
    ),
    C(
        "'STOP' to our text vs 'stop by the bar Thursday'",
        "cs",
        [
            staff(BAR_MANAGER, "Chicago, IL, USA")(
                "Brennan Kowalczyk",
                0,
                touches=[chat(40, "STOP 🛑")],
                excluded=True,
            ),
            staff(BAR_MANAGER, "Chicago, IL, USA")(
                "Declan Przybylski",
                2,
                touches=[chat(40, "stop by the bar thursday after 10, we can talk about the gig")],
            ),
        ],
        **job(BAR_ROLE, CHICAGO),
    ),
    C(
        "'dadme de baja de vuestra base de datos' vs 'me di de baja en el hotel'",
        "cs",
        [
            staff(HOUSEKEEPER, "Seville, Spain")(
                "Remedios Gallardo",
                0,
                touches=[
                    chat(45, "Dadme de baja de vuestra base de datos, no quiero más ofertas.")
                ],
                excluded=True,
            ),
            staff(HOUSEKEEPER, "Seville, Spain")(
                "Consolación Ybarra",
                2,
                touches=[
                    chat(
                        45,
                        "Me di de baja en el hotel la semana pasada, ya no trabajo allí. ¿Tienes "
                        "algo de gobernanta en Sevilla?",
                    )
                ],
            ),
        ],
        **job(HOUSEKEEPING_ROLE, SEVILLE),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out -----------

WAITS = [
    C(
        "a ski season to mid-April signed in October vs last season's, long over",
        "cs",
        [
            staff(CHEF, "Edinburgh, UK")(
                "Alasdair Cruickshank-Moir",
                1,
                touches=[
                    mail(
                        date(2026, 10, 5),
                        "Signed for the winter in a chalet in Méribel, December to mid-April. "
                        "Can't start anything before the season ends, after that I'm all yours.",
                    )
                ],
            ),
            staff(CHEF, "Edinburgh, UK")(
                "Fergus Auchterlonie",
                2,
                touches=[
                    mail(
                        date(2025, 10, 6),
                        "Doing the winter in a chalet in Val d'Isère, December through mid-April, "
                        "so nothing before the season's done. Get me after that.",
                    )
                ],
            ),
        ],
        **job(CHEF_ROLE, EDINBURGH),
    ),
    C(
        "a peak-trading freeze till after Boxing Day said this month vs said last November",
        "cs",
        [
            staff(STORE_MANAGER, "Manchester, UK")(
                "Gemma Ravenscroft",
                1,
                touches=[
                    rang(
                        date(2026, 11, 2),
                        "Spoke to Gemma - peak freeze at Selfridges till after Boxing Day, no "
                        "interviews, no holidays. Call her in the new year.",
                    )
                ],
            ),
            staff(STORE_MANAGER, "Manchester, UK")(
                "Kirsty Hargreaves",
                2,
                touches=[
                    rang(
                        date(2025, 11, 3),
                        "Spoke to Kirsty - they're in peak trading freeze till after Boxing "
                        "Day, can't interview. Pick up in January.",
                    )
                ],
            ),
        ],
        **job(STORE_ROLE, MANCHESTER),
    ),
    C(
        "high season on Samui until after Songkran vs 'after Songkran' said in March",
        "cs",
        [
            staff(FRONT_OFFICE, "Koh Samui, Thailand")(
                "Siriporn Chaiyasit",
                1,
                touches=[
                    chat(
                        date(2026, 10, 19),
                        "high season starting now, GM won't release me. contact me after "
                        "Songkran ok ka 🙏",
                    )
                ],
            ),
            staff(FRONT_OFFICE, "Koh Samui, Thailand")(
                "Wanida Phromsuwan",
                2,
                touches=[chat(date(2026, 3, 2), "ติดต่อกลับหลังสงกรานต์นะคะ ตอนนี้ยุ่งมาก")],
            ),
        ],
        **job(FRONT_ROLE, SAMUI),
    ),
    C(
        "holiday party season booked solid to mid-January vs wedding season done in October",
        "cs",
        [
            staff(EVENT_PLANNER, "Chicago, IL, USA")(
                "Marguerite Szymanski",
                1,
                touches=[
                    inmail(
                        date(2026, 10, 26),
                        "Holiday party season has me booked solid until mid-January - 31 "
                        "corporate parties on the books. Reach back out after that?",
                    )
                ],
            ),
            staff(EVENT_PLANNER, "Chicago, IL, USA")(
                "Annaliese Brzezinski",
                2,
                touches=[
                    inmail(
                        date(2026, 5, 11),
                        "Wedding season has me booked solid through the end of October. After "
                        "that, I'm all ears.",
                    )
                ],
            ),
        ],
        **job(EVENTS_ROLE, CHICAGO),
    ),
    C(
        "eight weeks' notice given on 2 November vs notice given in August, served",
        "cs",
        [
            staff(RESTAURANT_GM, "Chicago, IL, USA")(
                "Dominic Castellanos",
                1,
                touches=[
                    ats(
                        date(2026, 11, 2),
                        "cand gave 8 wks notice today @ Gibsons, LWD 12/28. won't leave early, "
                        "wants a Jan start. f/u then",
                    )
                ],
            ),
            staff(RESTAURANT_GM, "Chicago, IL, USA")(
                "Terrence McGillicuddy",
                2,
                touches=[
                    ats(
                        date(2026, 8, 3),
                        "cand gave 8 wks notice today @ RPM, LWD 9/28. wants a start after "
                        "that, not before",
                    )
                ],
            ),
        ],
        **job(GM_ROLE, CHICAGO),
    ),
    C(
        "committed through a March soft opening vs through a June soft opening, now open",
        "cs",
        [
            staff(EVENT_PLANNER, "Tulum, Mexico")(
                "Ximena Arreola",
                1,
                touches=[
                    rang(
                        date(2026, 9, 14),
                        "Ximena signed onto the pre-opening team at the new beach resort in "
                        "Tulum - committed through soft opening in March 2027. Won't walk out "
                        "on it.",
                    )
                ],
            ),
            staff(EVENT_PLANNER, "Tulum, Mexico")(
                "Renata Balderas",
                2,
                touches=[
                    rang(
                        date(2026, 1, 12),
                        "Renata joined the pre-opening team at the jungle resort near Tulum - "
                        "committed through soft opening in June. Won't leave before.",
                    )
                ],
            ),
        ],
        **job(EVENTS_ROLE, TULUM),
    ),
    C(
        "maternity leave to the end of January vs to the end of August",
        "cs",
        [
            staff(VISUAL_MERCH, "Milan, Italy")(
                "Ginevra Castiglioni",
                1,
                touches=[
                    mail(
                        date(2026, 10, 12),
                        "Sono in maternità fino alla fine di gennaio, quindi per ora niente "
                        "colloqui. Da febbraio sì, volentieri!",
                    )
                ],
            ),
            staff(VISUAL_MERCH, "Milan, Italy")(
                "Ottavia Brambilla",
                2,
                touches=[
                    mail(
                        date(2026, 4, 13),
                        "Sono in maternità fino a fine agosto, niente colloqui prima. Da "
                        "settembre mi trovate.",
                    )
                ],
            ),
        ],
        **job(VM_ROLE, MILAN),
    ),
    C(
        "can't switch employers before a February green card interview vs one due in June",
        "cs",
        [
            staff(HOUSEKEEPER, "Las Vegas, NV, USA")(
                "Rosalinda Macapagal",
                1,
                touches=[
                    rang(
                        date(2026, 10, 19),
                        "Rosalinda's green card interview is set for February - her attorney "
                        "says don't switch employers till it's approved. Circle back after.",
                    )
                ],
            ),
            staff(HOUSEKEEPER, "Las Vegas, NV, USA")(
                "Evangeline Dimaculangan",
                2,
                touches=[
                    rang(
                        date(2026, 3, 9),
                        "Evangeline has her green card interview in June; lawyer says stay "
                        "put with her employer until then. Call after.",
                    )
                ],
            ),
        ],
        **job(HOUSEKEEPING_ROLE, VEGAS),
    ),
    C(
        "waiting on the March tronc payout vs the June payout, paid",
        "cs",
        [
            staff(SOMMELIER, "London, UK")(
                "Isidore Lachance",
                1,
                touches=[
                    chat(
                        date(2026, 9, 28),
                        "Tronc pays out the big quarter in the March payroll - not moving "
                        "before that, it's a third of my year",
                    )
                ],
            ),
            staff(SOMMELIER, "London, UK")(
                "Aurélien Dufresne",
                2,
                touches=[
                    chat(
                        date(2026, 4, 6),
                        "waiting on the June tronc payout, then I'm free to move. message me "
                        "after that",
                    )
                ],
            ),
        ],
        **job(SOMM_ROLE, LONDON),
    ),
    C(
        "sitting the WSET Diploma in January vs an advanced exam sat in August",
        "cs",
        [
            staff(SOMMELIER, "Rome, Italy")(
                "Tommaso Ricciardelli",
                1,
                touches=[
                    mail(
                        date(2026, 10, 26),
                        "I'm sitting the WSET Diploma D3 paper in January and studying every "
                        "spare hour until then. Please call me after the exam.",
                    )
                ],
            ),
            staff(SOMMELIER, "Rome, Italy")(
                "Pierluigi Sansovino",
                2,
                touches=[
                    mail(
                        date(2026, 5, 18),
                        "I have the Court of Master Sommeliers advanced exam in August, all my "
                        "time goes to blind tasting. Call me after it, please.",
                    )
                ],
            ),
        ],
        **job(SOMM_ROLE, ROME),
    ),
    C(
        "'circle back in a couple months' said four weeks ago vs said in July",
        "cs",
        [
            staff(BARISTA, "Miami, FL, USA")(
                "Yaritza Betancourt",
                1,
                touches=[
                    chat(
                        date(2026, 10, 26),
                        "new owner just took over the café, circle back in a couple months "
                        "once things settle?",
                    )
                ],
            ),
            staff(BARISTA, "Miami, FL, USA")(
                "Maylin Quesada",
                2,
                touches=[
                    chat(
                        date(2026, 7, 6),
                        "we just got a new owner at the shop. circle back in a couple months "
                        "when it settles down",
                    )
                ],
            ),
        ],
        **job(BARISTA_ROLE, MIAMI),
    ),
]

# --- 3. schedule, travel, visa, contract and hours, commute ----------------------------------

SCHEDULE = [
    C(
        "'no vuelvo a hacer turno partido' vs split shifts don't bother him, a turno partido job",
        "cs",
        [
            staff(SOUS, "Madrid, Spain")(
                "Baltasar Quiñones",
                0,
                touches=[
                    rang(
                        40,
                        "Hablado con Baltasar: buen perfil, viene de un asador en Chamberí, "
                        "carnet de manipulador al día. No vuelve a hacer turno partido, solo "
                        "turno continuo.",
                    )
                ],
            ),
            staff(SOUS, "Madrid, Spain")(
                "Leandro Villaseñor",
                2,
                touches=[
                    rang(
                        40,
                        "Hablado con Leandro: viene de una marisquería en Salamanca, el turno "
                        "partido no le importa, lo ha hecho siempre.",
                    )
                ],
            ),
        ],
        **job(
            SOUS_ROLE,
            MADRID,
            description="Segundo de cocina en un restaurante de 120 cubiertos. Turno partido: "
            "de 12 a 16 y de 20 a 24, cinco días.",
        ),
    ),
    C(
        "done with 2am closes vs a night owl happy on the 4am licence",
        "cs",
        [
            staff(BAR_MANAGER, "Chicago, IL, USA")(
                "Shauna Kaczmarek",
                0,
                touches=[
                    rang(
                        55,
                        "Shauna: done w/ 2am closes, has to be home by midnight for her "
                        "daughter. Early bar/daytime concepts only.",
                    )
                ],
            ),
            staff(BAR_MANAGER, "Chicago, IL, USA")(
                "Colm Dombrowski",
                2,
                touches=[
                    rang(
                        55,
                        "Colm: self-described night owl, loves closing at 4 on the late license.",
                    )
                ],
            ),
        ],
        **job(
            BAR_ROLE,
            CHICAGO,
            description="Run a Wicker Park cocktail bar with a 4am license: closes at 2am "
            "weeknights and 4am (5am Saturday) at weekends.",
        ),
    ),
    C(
        "off nights on doctor's orders vs likes nights for his coursework, a night audit job",
        "cs",
        [
            staff(NIGHT_AUDITOR, "Cancún, Mexico")(
                "Efraín Chablé",
                0,
                touches=[
                    ats(
                        30,
                        "cand needs to come off nights - doctor's orders after 4 yrs of "
                        "graveyards. AM or PM front desk only.",
                    )
                ],
            ),
            staff(NIGHT_AUDITOR, "Cancún, Mexico")(
                "Gilberto Canché",
                2,
                touches=[
                    ats(
                        30,
                        "cand prefers nights, quieter, does his online uni coursework in the "
                        "downtime at 3am.",
                    )
                ],
            ),
        ],
        **job(AUDIT_ROLE, CANCUN),
    ),
    C(
        "no weekends, Sundays are for church vs prefers a weekday off, a weekend-heavy store",
        "cs",
        [
            staff(STORE_MANAGER, "Miami, FL, USA")(
                "Lourdes Pimentel",
                0,
                touches=[
                    rang(
                        45,
                        "Lourdes - no weekends, period. Sundays are church and family, "
                        "non-negotiable.",
                    )
                ],
            ),
            staff(STORE_MANAGER, "Miami, FL, USA")(
                "Yesenia Carbonell",
                2,
                touches=[
                    rang(45, "Yesenia - weekends are a non-issue, she'd rather be off midweek.")
                ],
            ),
        ],
        **job(
            STORE_ROLE,
            MIAMI,
            description="Run our Brickell flagship: managers work most Saturdays and Sundays, "
            "Black Friday week and the holiday peak.",
        ),
    ),
    C(
        "not doing 4am starts any more vs an early riser, a 4am bakery job",
        "cs",
        [
            staff(PASTRY, "London, UK")(
                "Cosima Fairweather",
                0,
                touches=[
                    mail(70, "I'm not doing 4am starts any more - ten years of it was enough.")
                ],
            ),
            staff(PASTRY, "London, UK")(
                "Hamish Tredinnick",
                2,
                touches=[
                    mail(70, "Happy on the bakery shift - I'm up at 3 anyway, always have been.")
                ],
            ),
        ],
        **job(
            PASTRY_ROLE,
            LONDON,
            description="Run pastry and the morning bakery: laminating and baking from 4am so "
            "the croissants are out for 7.",
        ),
    ),
    C(
        "a long note where Shabbat rules out Saturdays vs one happy with Friday and Saturday "
        "events",
        "cs",
        [
            staff(EVENT_PLANNER, "London, UK")(
                "Tovah Rosenfeld",
                0,
                touches=[
                    rang(
                        60,
                        "Long call w/ Tovah. Portfolio strong - Lake Como wedding for 220, two "
                        "pharma conferences at ExCeL, a bar mitzvah at the Langham. Loves the "
                        "creative side, good with difficult vendors, wants a salaried in-house "
                        "role over freelance. She keeps Shabbat so no Friday evenings or "
                        "Saturdays at all. Reads as very organised, references from the "
                        "Dorchester.",
                    )
                ],
            ),
            staff(EVENT_PLANNER, "London, UK")(
                "Imogen Fenwick-Tarrant",
                2,
                touches=[
                    rang(
                        60,
                        "Long call w/ Imogen. Portfolio strong - a Cotswolds wedding for 180, a "
                        "fintech summit at Olympia, a 40th at Annabel's. Wants a salaried "
                        "in-house role over freelance. Fine with Friday nights and Saturdays, "
                        "says that's the job. References from the Savoy.",
                    )
                ],
            ),
        ],
        **job(
            EVENTS_ROLE,
            LONDON,
            description="Plan and run weddings and private events in a Mayfair hotel; most "
            "events fall on Friday evenings and Saturdays.",
        ),
    ),
]

TRAVEL = [
    C(
        "off the road for good vs loves the convention circuit, a 60% travel crew chief",
        "cs",
        [
            staff(AV_CHIEF, "Las Vegas, NV, USA")(
                "Dwight Halvorsen",
                0,
                touches=[
                    rang(
                        35,
                        "Dwight says he's off the road for good - wife's expecting in Feb, "
                        "local Vegas shows only.",
                    )
                ],
            ),
            staff(AV_CHIEF, "Las Vegas, NV, USA")(
                "Lamar Fitzhugh",
                2,
                touches=[
                    rang(
                        35,
                        "Lamar loves the road - did Vegas/Orlando/Chicago McCormick runs all "
                        "last year, wants more of it.",
                    )
                ],
            ),
        ],
        **job(
            AV_ROLE,
            VEGAS,
            description="Lead the AV crew on the convention circuit: about 60% travel to "
            "Orlando, Chicago, Atlanta and Anaheim.",
        ),
    ),
    C(
        "no nights away as a single dad vs happy with overnights, an Andalucía area",
        "cs",
        [
            staff(AREA_MANAGER, "Seville, Spain")(
                "Fernando Aguirre-Lobato",
                0,
                touches=[
                    ats(
                        50,
                        "Cand: padre soltero, no puede dormir fuera de casa. Solo zonas de ida "
                        "y vuelta en el día.",
                    )
                ],
            ),
            staff(AREA_MANAGER, "Seville, Spain")(
                "Rodrigo Peñalver",
                2,
                touches=[
                    ats(
                        50,
                        "Cand: ya llevó zona en Levante, noches fuera sin problema, tiene coche.",
                    )
                ],
            ),
        ],
        **job(
            AREA_ROLE,
            SEVILLE,
            description="Lead twelve stores across Andalucía from Seville; company car, about "
            "three nights away a month in Málaga and Granada.",
        ),
    ),
    C(
        "doesn't want to travel vs misses destination weddings, a no-travel hotel role",
        "cs",
        [
            staff(EVENT_PLANNER, "Miami, FL, USA")(
                "Gabriela Santamaría",
                2,
                touches=[
                    inmail(
                        40,
                        "Honestly I just want to stop traveling - three years of destination "
                        "weddings wore me out. Something in one place would be perfect.",
                    )
                ],
            ),
            staff(EVENT_PLANNER, "Miami, FL, USA")(
                "Vanessa Echeverría",
                1,
                touches=[
                    inmail(
                        40,
                        "I miss the destination weddings - Cartagena, Punta Cana, that's where "
                        "I'm happiest. Looking for something with travel.",
                    )
                ],
            ),
        ],
        **job(
            EVENTS_ROLE,
            MIAMI,
            description="In-house events for one South Beach hotel: weddings, galas and "
            "meetings on property, no travel.",
        ),
    ),
    C(
        "can't travel, caring for her mother vs travel no problem, sister properties in Cabo",
        "cs",
        [
            staff(FNB_DIRECTOR, "Cancún, Mexico")(
                "Araceli Bocanegra",
                0,
                touches=[
                    rang(
                        45,
                        "Araceli no puede viajar: cuida a su mamá en Cancún. Solo puestos sin "
                        "viajes.",
                    )
                ],
            ),
            staff(FNB_DIRECTOR, "Cancún, Mexico")(
                "Leticia Zubiaurre",
                2,
                touches=[
                    rang(45, "Leticia: viajar no es problema, ya lo hacía en su grupo anterior.")
                ],
            ),
        ],
        **job(
            FNB_ROLE,
            CANCUN,
            description="Lead F&B at our Cancún resort, with regular trips to the sister "
            "properties in Los Cabos and Puerto Vallarta.",
        ),
    ),
]

NO_SPONSOR_US = "We are unable to sponsor employment visas for this position."

VISA = [
    C(
        "on OPT needing H-1B sponsorship vs a green card holder, no sponsorship offered",
        "cs",
        [
            staff(RESTAURANT_GM, "Miami, FL, USA")(
                "Arjun Thirumalai",
                0,
                touches=[
                    ats(
                        30,
                        "cand on OPT ending March, no STEM extension - would need H-1B "
                        "sponsorship to stay on.",
                    )
                ],
            ),
            staff(RESTAURANT_GM, "Miami, FL, USA")(
                "Rohan Deshpande-Lowe",
                2,
                touches=[ats(30, "cand is a green card holder, no sponsorship needed, avail now.")],
            ),
        ],
        **job(GM_ROLE, MIAMI, offers=[NO_SPONSOR_US]),
    ),
    C(
        "settled status under the EUSS vs would need a Skilled Worker visa, no sponsorship",
        "cs",
        [
            staff(SOMMELIER, "London, UK")(
                "Montserrat Vilaplana",
                2,
                touches=[
                    mail(
                        50,
                        "I have settled status under the EU Settlement Scheme since 2020, so I "
                        "can work anywhere in the UK.",
                    )
                ],
            ),
            staff(SOMMELIER, "London, UK")(
                "Xavier Bellmunt",
                0,
                touches=[
                    mail(
                        50,
                        "I arrived after Brexit so I would need a Skilled Worker visa "
                        "sponsored by the restaurant.",
                    )
                ],
            ),
        ],
        **job(SOMM_ROLE, LONDON, offers=["No visa sponsorship available"]),
    ),
    C(
        "a Spanish passport by descent vs would need a work visa, an EU-only Barcelona kitchen",
        "cs",
        [
            staff(SOUS, "Mexico City, Mexico")(
                "Emiliano Arizmendi",
                2,
                touches=[
                    rang(
                        40,
                        "Emiliano ya tiene pasaporte español por su abuelo (Ley de Memoria "
                        "Democrática), puede trabajar en España sin visado.",
                    )
                ],
            ),
            staff(SOUS, "Mexico City, Mexico")(
                "Santiago Urquidi",
                0,
                touches=[
                    rang(
                        40,
                        "Santiago necesitaría visado de trabajo para España, no tiene "
                        "nacionalidad europea.",
                    )
                ],
            ),
        ],
        **job(
            SOUS_ROLE,
            BARCELONA,
            offers=["Relocation help to Barcelona", "EU right to work required, no sponsorship"],
        ),
    ),
    C(
        "a J-1 trainee who must go home in February vs a past J-1, now a citizen",
        "cs",
        [
            staff(FRONT_OFFICE, "Chicago, IL, USA")(
                "Nattaya Pongsakorn",
                0,
                touches=[
                    ats(
                        25,
                        "cand on a J-1 hospitality trainee visa, program ends Feb, has to "
                        "return to Thailand - no path to stay w/o sponsorship.",
                    )
                ],
            ),
            staff(FRONT_OFFICE, "Chicago, IL, USA")(
                "Supansa Whitfield",
                2,
                touches=[
                    ats(
                        25,
                        "cand did a J-1 at the Drake in 2019, now a US citizen through "
                        "marriage. No sponsorship needed.",
                    )
                ],
            ),
        ],
        **job(FRONT_ROLE, CHICAGO, offers=[NO_SPONSOR_US]),
    ),
    C(
        "a spouse's H-1B with her own H-4 EAD vs needing an H-1B transfer",
        "cs",
        [
            staff(HOUSEKEEPER, "Las Vegas, NV, USA")(
                "Priyanka Vaidyanathan-Cole",
                2,
                touches=[
                    rang(
                        35,
                        "Priyanka: husband's on an H-1B at a Strip casino IT team; she holds an "
                        "H-4 EAD, fully authorized to work, no sponsorship needed from us.",
                    )
                ],
            ),
            staff(HOUSEKEEPER, "Las Vegas, NV, USA")(
                "Madhavi Ekanayake",
                0,
                touches=[
                    rang(
                        35,
                        "Madhavi is on her own H-1B with her current hotel - would need us to "
                        "file an H-1B transfer.",
                    )
                ],
            ),
        ],
        **job(HOUSEKEEPING_ROLE, VEGAS, offers=[NO_SPONSOR_US]),
    ),
]

CONTRACT = [
    C(
        "never zero-hours again, needs guaranteed hours vs zero-hours suits her studies",
        "cs",
        [
            staff(BARISTA, "Manchester, UK")(
                "Chantelle Ogunleye",
                0,
                touches=[
                    chat(30, "not doing zero hours again, need guaranteed hours for the mortgage")
                ],
            ),
            staff(BARISTA, "Manchester, UK")(
                "Saoirse Brannigan",
                2,
                touches=[chat(30, "zero hours actually suits me, im doing my masters at MMU")],
            ),
        ],
        **job(
            BARISTA_ROLE,
            MANCHESTER,
            offers=["Zero-hours contract, flexible shifts, £13.20 an hour plus tips"],
        ),
    ),
    C(
        "'nada de temporada' vs prefers seasons and winters in Thailand, an Ibiza season",
        "cs",
        [
            staff(BAR_MANAGER, "Barcelona, Spain")(
                "Iñaki Etxeberria",
                0,
                touches=[
                    chat(
                        45,
                        "Busco algo fijo todo el año, nada de temporada. Ya hice tres veranos "
                        "en Ibiza.",
                    )
                ],
            ),
            staff(BAR_MANAGER, "Barcelona, Spain")(
                "Joaquín Sarasola",
                2,
                touches=[
                    chat(
                        45,
                        "Me encanta hacer temporada: verano en las islas, invierno en Tailandia. "
                        "Perfecto para mí.",
                    )
                ],
            ),
        ],
        **job(
            BAR_ROLE,
            IBIZA,
            offers=["Seasonal contract, April to October", "Staff accommodation in San Antonio"],
        ),
    ),
    C(
        "had enough of staff housing vs keen on live-in to save, a live-in Highland lodge",
        "cs",
        [
            staff(HOUSEKEEPER, "Edinburgh, UK")(
                "Morag Drysdale",
                0,
                touches=[
                    rang(
                        55,
                        "Morag's had enough of staff housing after Skye - no more live-in, "
                        "wants her own flat.",
                    )
                ],
            ),
            staff(HOUSEKEEPER, "Edinburgh, UK")(
                "Eilidh Strachan",
                2,
                touches=[rang(55, "Eilidh keen on live-in - saving for a deposit, no ties.")],
            ),
        ],
        **job(
            HOUSEKEEPING_ROLE,
            onsite("Fort William, UK"),
            description="Lead housekeeping at a remote 90-room Highland lodge; live-in staff "
            "accommodation on site (required).",
        ),
    ),
    C(
        "three days a week only vs stuck on 25 hours and wants full time",
        "cs",
        [
            staff(VISUAL_MERCH, "London, UK")(
                "Araminta Fothergill",
                0,
                touches=[inmail(60, "I'm only after three days a week now - childcare.")],
            ),
            staff(VISUAL_MERCH, "London, UK")(
                "Bethany Okpara",
                2,
                touches=[
                    inmail(60, "Stuck on 25 hours at my store - really want a full-time VM role.")
                ],
            ),
        ],
        **job(VM_ROLE, LONDON, offers=["Full-time, 40 hours, Tuesday to Saturday"]),
    ),
    C(
        "wants W-2 with benefits vs won't go staff, books 1099 gigs through his LLC",
        "cs",
        [
            staff(AV_CHIEF, "Chicago, IL, USA")(
                "Reginald Ostrowski",
                2,
                touches=[
                    rang(
                        40,
                        "Reggie's done with 1099 life - wants W-2, health insurance, a 401k.",
                    )
                ],
            ),
            staff(AV_CHIEF, "Chicago, IL, USA")(
                "Darnell Whitcomb",
                0,
                touches=[
                    rang(
                        40,
                        "Darnell only does freelance - books his gigs 1099 through his own LLC, "
                        "won't go on staff anywhere.",
                    )
                ],
            ),
        ],
        **job(
            AV_ROLE,
            CHICAGO,
            offers=["W-2 staff position with medical, dental and a 401(k) match"],
        ),
    ),
    C(
        "permanent only vs loves pre-openings, a 12-month fixed-term pre-opening",
        "cs",
        [
            staff(ROOMS_DIVISION, "Bangkok, Thailand")(
                "Chayanee Rattanakosin",
                0,
                touches=[mail(50, "I'm only considering permanent positions, no fixed-term.")],
            ),
            staff(ROOMS_DIVISION, "Bangkok, Thailand")(
                "Pimchanok Sriwattana",
                2,
                touches=[
                    mail(
                        50, "Pre-openings are my favourite - I've done three, happy on a contract."
                    )
                ],
            ),
        ],
        **job(
            HOTEL_GM_ROLE,
            PHUKET,
            title="Director of Rooms (pre-opening)",
            seniority="director",
            offers=["12-month fixed-term pre-opening contract"],
        ),
    ),
]

COMMUTE = [
    C(
        "no car, CTA only vs drives and reverse-commutes, a Schaumburg store",
        "cs",
        [
            staff(STOCK_LEAD, "Chicago, IL, USA")(
                "Latoya Brzozowski",
                0,
                touches=[
                    ats(20, "no car, CTA only - can't get out to the burbs for an early truck")
                ],
            ),
            staff(STOCK_LEAD, "Chicago, IL, USA")(
                "Kendra Mroczek",
                2,
                touches=[ats(20, "has a car, reverse commute to the burbs is fine, 35 min")],
            ),
        ],
        **job(STOCK_ROLE, onsite("Schaumburg, IL, USA")),
    ),
    C(
        "40 minutes max from Croydon vs the Jubilee line door to door, Canary Wharf",
        "cs",
        [
            staff(RESTAURANT_GM, "London, UK")(
                "Natasha Pemberton-Ode",
                0,
                touches=[
                    rang(
                        45,
                        "Natasha won't commute more than 40 mins from Croydon - late finishes "
                        "make it worse.",
                    )
                ],
            ),
            staff(RESTAURANT_GM, "London, UK")(
                "Georgiana Blakemore",
                2,
                touches=[rang(45, "Georgiana's on the Jubilee line, door to door in 25 mins.")],
            ),
        ],
        **job(GM_ROLE, onsite("Canary Wharf, London, UK")),
    ),
    C(
        "won't cross the city from Coyoacán vs ten minutes from Santa Fe",
        "cs",
        [
            staff(RESTAURANT_GM, "Mexico City, Mexico")(
                "Fernanda Iturbide",
                0,
                touches=[
                    ats(
                        35,
                        "vive en Coyoacán, no quiere cruzar la ciudad, máx 30 min de traslado",
                    )
                ],
            ),
            staff(RESTAURANT_GM, "Mexico City, Mexico")(
                "Mariana Ezcurra",
                2,
                touches=[ats(35, "vive en Cuajimalpa, a 10 min de Santa Fe en coche")],
            ),
        ],
        **job(GM_ROLE, onsite("Santa Fe, Mexico City, Mexico")),
    ),
    C(
        "happy to drive the 215 from Henderson vs off-Strip Summerlin only",
        "cs",
        [
            staff(FNB_DIRECTOR, "Henderson, NV, USA")(
                "Marcus Villanueva",
                2,
                touches=[rang(40, "Marcus is fine driving the 215 in from Henderson every day.")],
            ),
            staff(FNB_DIRECTOR, "Henderson, NV, USA")(
                "Clifton Yarbrough",
                0,
                touches=[
                    rang(
                        40,
                        "Clifton won't do the Strip commute or the parking garages again - "
                        "Summerlin locals casinos only.",
                    )
                ],
            ),
        ],
        **job(FNB_ROLE, onsite("Las Vegas Strip, Las Vegas, NV, USA")),
    ),
]

# --- 4. pay against the role's band ---------------------------------------------------------

PAY = [
    C(
        "won't go under $90k base vs $70k base with a bonus, a $68-75k bar job",
        "cs",
        [
            staff(BAR_MANAGER, "Miami, FL, USA")(
                "Julián Covarrubias",
                0,
                touches=[
                    rang(30, "Julián won't go under 90k base, says tips don't count anymore.")
                ],
            ),
            staff(BAR_MANAGER, "Miami, FL, USA")(
                "Osvaldo Landaeta",
                2,
                touches=[rang(30, "Osvaldo: 70 base is fine if there's a quarterly bonus.")],
            ),
        ],
        **job(
            BAR_ROLE,
            MIAMI,
            salary_min=68_000,
            salary_max=75_000,
            currency="USD",
            offers=["$68-75k base plus quarterly bonus"],
        ),
    ),
    C(
        "needs £50k guaranteed basic, tronc not counted vs her £36k plus tronc",
        "cs",
        [
            staff(RESTAURANT_GM, "Manchester, UK")(
                "Rhiannon Catterall",
                0,
                touches=[
                    rang(
                        50,
                        "Rhiannon needs £50k guaranteed basic - won't count tronc, it's "
                        "dropped twice this year.",
                    )
                ],
            ),
            staff(RESTAURANT_GM, "Manchester, UK")(
                "Jolene Ashworth",
                2,
                touches=[
                    rang(
                        50,
                        "Jolene's on £36k basic plus tronc now; would move for the same with "
                        "better hours.",
                    )
                ],
            ),
        ],
        **job(
            GM_ROLE,
            MANCHESTER,
            salary_min=36_000,
            salary_max=40_000,
            currency="GBP",
            offers=["£36-40k basic plus tronc (around £7k last year)"],
        ),
    ),
    C(
        "'pide 70 mil al mes' vs '40 mil netos está bien', a 38-45 mil peso sous job",
        "cs",
        [
            staff(SOUS, "Mexico City, Mexico")(
                "Abraham Solórzano",
                0,
                touches=[ats(25, "pide 70 mil al mes netos, no baja")],
            ),
            staff(SOUS, "Mexico City, Mexico")(
                "Héctor Ibarrola",
                2,
                touches=[ats(25, "con 40 mil netos mensuales está bien, quiere estabilidad")],
            ),
        ],
        **job(
            SOUS_ROLE,
            CDMX,
            offers=["$38,000 a $45,000 MXN mensuales más propinas"],
        ),
    ),
    C(
        "no baja de 60.000 brutos vs 48k brutos is fine, a 45-52k€ chef job",
        "cs",
        [
            staff(CHEF, "Barcelona, Spain")(
                "Jordi Puigdemasa",
                0,
                touches=[rang(40, "Jordi no baja de 60.000 € brutos anuales.")],
            ),
            staff(CHEF, "Barcelona, Spain")(
                "Oriol Casademunt",
                2,
                touches=[rang(40, "A Oriol le parecen bien 48.000 € brutos, busca proyecto.")],
            ),
        ],
        **job(
            CHEF_ROLE,
            BARCELONA,
            salary_min=45_000,
            salary_max=52_000,
            currency="EUR",
        ),
    ),
    C(
        "asks 150k baht vs 90k baht fine, an 80-95k baht front office job",
        "cs",
        [
            staff(FRONT_OFFICE, "Bangkok, Thailand")(
                "Jiraporn Tangsakul",
                0,
                touches=[chat(30, "expected salary 150,000 THB/month minimum ka")],
            ),
            staff(FRONT_OFFICE, "Bangkok, Thailand")(
                "Orathai Siripanich",
                2,
                touches=[chat(30, "90k baht per month is ok for me + service charge na")],
            ),
        ],
        **job(
            FRONT_ROLE,
            BANGKOK,
            offers=["THB 80,000-95,000 per month plus service charge"],
        ),
    ),
    C(
        "on $85k now but would take $75k vs on $70k and won't move under $90k",
        "cs",
        [
            staff(STORE_MANAGER, "Chicago, IL, USA")(
                "Bridget Szczepanski",
                2,
                touches=[
                    rang(
                        35,
                        "Bridget's making 85 at Target now but would take 75 to get off the "
                        "Black Friday overnight grind.",
                    )
                ],
            ),
            staff(STORE_MANAGER, "Chicago, IL, USA")(
                "Colleen Wierzbicki",
                0,
                touches=[
                    rang(
                        35,
                        "Colleen's at 70 now and won't move for less than 90, she's firm.",
                    )
                ],
            ),
        ],
        **job(
            STORE_ROLE,
            CHICAGO,
            salary_min=72_000,
            salary_max=80_000,
            currency="USD",
        ),
    ),
    C(
        "a RAL of at least 55k vs around 40k, a 38-42k Milan sommelier job",
        "cs",
        [
            staff(SOMMELIER, "Milan, Italy")(
                "Gianmarco Ferrandino",
                0,
                touches=[rang(30, "Gianmarco chiede una RAL di almeno 55k, non scende.")],
            ),
            staff(SOMMELIER, "Milan, Italy")(
                "Lorenzo Bettinelli",
                2,
                touches=[rang(30, "A Lorenzo va bene una RAL sui 40k più i premi.")],
            ),
        ],
        **job(
            SOMM_ROLE,
            MILAN,
            salary_min=38_000,
            salary_max=42_000,
            currency="EUR",
        ),
    ),
    C(
        "a long note asking $200k base vs $150k plus bonus, a $140-160k F&B director",
        "cs",
        [
            staff(FNB_DIRECTOR, "Las Vegas, NV, USA")(
                "Thaddeus Kingsley-Moore",
                0,
                touches=[
                    rang(
                        45,
                        "Call w/ Thaddeus. 15 yrs, currently DOFB at a 3,000-key Strip resort, "
                        "union house, 11 outlets, banquets doing 40M. Great on labor models, "
                        "knows the Culinary Union contract cold. Wants $200k base minimum plus "
                        "bonus, says anything less is a step back. Kids at Bishop Gorman.",
                    )
                ],
            ),
            staff(FNB_DIRECTOR, "Las Vegas, NV, USA")(
                "Bartholomew Okafor-Lane",
                2,
                touches=[
                    rang(
                        45,
                        "Call w/ Bart. 14 yrs, DOFB at a downtown casino hotel, 7 outlets, "
                        "union house. Great on labor models. $150k plus bonus works for him.",
                    )
                ],
            ),
        ],
        **job(
            FNB_ROLE,
            VEGAS,
            salary_min=140_000,
            salary_max=160_000,
            currency="USD",
        ),
    ),
    C(
        "won't go below £17 an hour vs £13.85 plus tronc for steady hours",
        "cs",
        [
            staff(PORTER, "London, UK")(
                "Kwabena Asante-Mills",
                0,
                touches=[chat(20, "£17 a hour minimum bro, no less")],
            ),
            staff(PORTER, "London, UK")(
                "Florin Dumitrescu",
                2,
                touches=[chat(20, "13.85 + tronc ok if is 45 hours every week steady")],
            ),
        ],
        **job(
            PORTER_ROLE,
            LONDON,
            offers=["£13.85 an hour plus tronc, 45 hours a week"],
        ),
    ),
]

# --- 5. last time's reason, resolved by this role or still standing ---------------------------

PAST_MIAMI_60K = dict(remote_policy="onsite", location="Miami, FL, USA", salary_max=60_000)
PAST_MADRID_SPLITS = dict(
    remote_policy="onsite",
    location="Madrid, Spain",
    description="Turno partido, martes a sábado.",
)
PAST_MADRID_WEEKENDS = dict(
    remote_policy="onsite",
    location="Madrid, Spain",
    description="Cocina abierta de jueves a domingo; fines de semana obligatorios.",
)
PAST_HIGHLAND_LIVE_IN = dict(
    remote_policy="onsite",
    location="Aviemore, UK",
    description="Live-in role in staff accommodation on site.",
)
PAST_PHUKET = dict(remote_policy="onsite", location="Phuket, Thailand")
PAST_LONDON = dict(remote_policy="onsite", location="London, UK")

RESOLVED = [
    C(
        "declined at $60k asking $75k, the band now reaches it vs asked $100k, still above",
        "cs",
        [
            staff(SOUS, "Miami, FL, USA")(
                "Alejandro Bustamante",
                2,
                apps=[
                    said_no(
                        280,
                        "compensation",
                        "Asked 75k, we capped at 60k",
                        past=PAST_MIAMI_60K,
                    )
                ],
            ),
            staff(SOUS, "Miami, FL, USA")(
                "Mauricio Anzoátegui",
                0,
                apps=[
                    said_no(
                        280,
                        "compensation",
                        "Wanted 100k flat, way over our 60k cap",
                        past=PAST_MIAMI_60K,
                    )
                ],
            ),
        ],
        **job(SOUS_ROLE, MIAMI, salary_min=72_000, salary_max=78_000, currency="USD"),
    ),
    C(
        "declined over split shifts, this one is straight vs declined weekends, still weekends",
        "cs",
        [
            staff(SOUS, "Madrid, Spain")(
                "Ignacio Valdeolmillos",
                2,
                apps=[
                    said_no(
                        200,
                        "other",
                        "Rechazó la oferta por el turno partido",
                        past=PAST_MADRID_SPLITS,
                    )
                ],
            ),
            staff(SOUS, "Madrid, Spain")(
                "Patricio Larrañaga",
                0,
                apps=[
                    said_no(
                        200,
                        "other",
                        "Rechazó: no quiere trabajar fines de semana",
                        past=PAST_MADRID_WEEKENDS,
                    )
                ],
            ),
        ],
        **job(
            SOUS_ROLE,
            MADRID,
            description="Segundo de cocina, turno continuo de 15 a 23 de miércoles a "
            "domingo, sin turno partido.",
        ),
    ),
    C(
        "withdrew over live-in, this one is live-out vs wouldn't move north, it's north again",
        "cs",
        [
            staff(CHEF, "Glasgow, UK")(
                "Callum Marjoribanks",
                2,
                apps=[
                    pulled_out(
                        240,
                        "other",
                        "Pulled out - didn't want to live in staff accommodation",
                        past=PAST_HIGHLAND_LIVE_IN,
                        role="Head Chef",
                    )
                ],
            ),
            staff(CHEF, "Glasgow, UK")(
                "Euan Blackadder",
                0,
                apps=[
                    pulled_out(
                        240,
                        "location",
                        "Pulled out - won't relocate to the Cairngorms, Glasgow only",
                        past=PAST_HIGHLAND_LIVE_IN,
                        role="Head Chef",
                    )
                ],
            ),
        ],
        **job(
            CHEF_ROLE,
            onsite("Aviemore, UK"),
            description="Run the kitchen of a Cairngorms hotel; live-out, with a relocation "
            "package and help finding a flat in town.",
        ),
    ),
    C(
        "declined for lack of sponsorship, this role sponsors vs refused Phuket, still Phuket",
        "cs",
        [
            staff(CHEF, "Manchester, UK")(
                "Oluwaseun Barrington",
                2,
                apps=[
                    said_no(
                        180,
                        "other",
                        "Needed a work permit and visa; that resort couldn't provide one",
                        past=PAST_PHUKET,
                        role="Executive Chef",
                    )
                ],
            ),
            staff(CHEF, "Manchester, UK")(
                "Lachlan Pettigrew",
                0,
                apps=[
                    said_no(
                        180,
                        "location",
                        "Decided he doesn't want to live in Phuket after all - family in "
                        "Manchester",
                        past=PAST_PHUKET,
                        role="Executive Chef",
                    )
                ],
            ),
        ],
        **job(
            CHEF_ROLE,
            PHUKET,
            offers=["Work permit and Non-B visa arranged by the resort", "Housing allowance"],
        ),
    ),
    C(
        "rejected for basic English, B2 certified since vs still basic English",
        "cs",
        [
            staff(FRONT_OFFICE, "Cancún, Mexico")(
                "Dulce Chan-Pech",
                2,
                apps=[
                    turned_away(
                        330,
                        "interview",
                        "skills_gap",
                        "Inglés básico, el puesto pide inglés avanzado",
                        role="Front Office Manager",
                    )
                ],
                touches=[chat(40, "Ya aprobé el Cambridge B2 First en septiembre 🎉")],
            ),
            staff(FRONT_OFFICE, "Cancún, Mexico")(
                "Nayeli Poot-Kú",
                0,
                apps=[
                    turned_away(
                        330,
                        "interview",
                        "skills_gap",
                        "Inglés básico, no suficiente para huéspedes",
                        role="Front Office Manager",
                    )
                ],
                touches=[chat(40, "Sigo con el inglés, todavía me cuesta mucho hablarlo")],
            ),
        ],
        **job(
            FRONT_ROLE,
            CANCUN,
            requirements="Opera PMS\nGuest relations\nAdvanced English (B2 or above)",
        ),
    ),
    C(
        "declined over 2am closes, this one shuts at 11 vs declined the commute, same site",
        "cs",
        [
            staff(BAR_MANAGER, "London, UK")(
                "Tobias Aldersey",
                2,
                apps=[
                    said_no(
                        150,
                        "other",
                        "Turned it down over the 2am closes, wants to be home before midnight",
                        past=PAST_LONDON,
                        role="Bar Manager",
                    )
                ],
            ),
            staff(BAR_MANAGER, "London, UK")(
                "Peregrine Ashdown",
                0,
                apps=[
                    said_no(
                        150,
                        "location",
                        "Turned it down - the trek from Enfield to Battersea is too far",
                        past=PAST_LONDON,
                        role="Bar Manager",
                    )
                ],
                location="Enfield, UK",
            ),
        ],
        **job(
            BAR_ROLE,
            onsite("Battersea, London, UK"),
            description="Run a Battersea Power Station wine and cocktail bar; last orders "
            "10.30pm, closed by 11.",
        ),
    ),
]

# --- 6. negation and scope ------------------------------------------------------------------

LATE_CLOSE_GM = dict(
    GM_ROLE,
    description="Run a 200-seat late-night brasserie: managers close at 1am Thursday to Saturday.",
)

NEGATIONS = [
    C(
        "'not against late finishes at all' vs 'against late finishes now', a 1am close",
        "cs",
        [
            staff(RESTAURANT_GM, "Edinburgh, UK")(
                "Struan MacKinnon",
                2,
                touches=[rang(30, "Struan's not against late finishes at all, used to them.")],
            ),
            staff(RESTAURANT_GM, "Edinburgh, UK")(
                "Innes Farquharson",
                0,
                touches=[rang(30, "Innes is against late finishes now, after the twins.")],
            ),
        ],
        **job(LATE_CLOSE_GM, EDINBURGH),
    ),
    C(
        "'the pay wasn't the issue, the splits were' vs 'the splits weren't the issue, the pay "
        "was'",
        "cs",
        [
            staff(SOUS, "London, UK")(
                "Fabrizio Lombardelli",
                0,
                touches=[
                    chat(
                        40,
                        "the pay wasnt the issue at my last place, it was the split shifts. "
                        "never again",
                    )
                ],
            ),
            staff(SOUS, "London, UK")(
                "Cristiano Marchetti",
                2,
                touches=[
                    chat(
                        40,
                        "the split shifts werent the issue at my last place, it was the pay. "
                        "£34k for a sous is a joke",
                    )
                ],
            ),
        ],
        **job(
            SOUS_ROLE,
            LONDON,
            salary_min=44_000,
            salary_max=48_000,
            currency="GBP",
            description="Sous chef for a Soho trattoria, split shifts (11-3, 5-11) four days a "
            "week.",
        ),
    ),
    C(
        "'weekends? no problem' vs 'weekends are a problem since the baby'",
        "cs",
        [
            staff(STORE_MANAGER, "Madrid, Spain")(
                "Almudena Cifuentes",
                2,
                touches=[
                    chat(25, "¿Fines de semana? Ningún problema, lo llevo haciendo diez años.")
                ],
            ),
            staff(STORE_MANAGER, "Madrid, Spain")(
                "Covadonga Llamazares",
                0,
                touches=[chat(25, "Los fines de semana son un problema desde que nació el bebé.")],
            ),
        ],
        **job(
            STORE_ROLE,
            MADRID,
            description="Dirigir la tienda de Gran Vía: sábados y domingos en rotación, "
            "rebajas y campaña de Navidad.",
        ),
    ),
    C(
        "'never said no to Vegas, just the graveyard' vs 'said no to Vegas, not moving'",
        "cs",
        [
            staff(NIGHT_AUDITOR, "Phoenix, AZ, USA")(
                "Desiree Harjo",
                2,
                touches=[
                    inmail(
                        35,
                        "I never said no to Vegas - I said no to the graveyard shift. A swing or "
                        "day role there would be great.",
                    )
                ],
            ),
            staff(NIGHT_AUDITOR, "Phoenix, AZ, USA")(
                "Kimberly Tsosie",
                0,
                touches=[
                    inmail(
                        35, "I said no to Vegas last time and it's still no - not moving to Nevada."
                    )
                ],
            ),
        ],
        **job(
            FRONT_ROLE,
            VEGAS,
            title="Front Desk Supervisor (day shift)",
            seniority="mid",
            description="Supervise the front desk of an off-Strip hotel, 7am to 3pm; relocation "
            "help to Las Vegas.",
        ),
    ),
    C(
        "'no descarta trabajar en hotel' vs 'descarta hoteles, solo restaurante'",
        "cs",
        [
            staff(CHEF, "Marbella, Spain")(
                "Pelayo Arrondo",
                2,
                touches=[ats(45, "No descarta trabajar en hotel si la cocina tiene nivel.")],
            ),
            staff(CHEF, "Marbella, Spain")(
                "Borja Altolaguirre",
                0,
                touches=[ats(45, "Descarta trabajar en hotel, solo restaurante independiente.")],
            ),
        ],
        **job(
            CHEF_ROLE,
            MARBELLA,
            description="Jefe de cocina del restaurante gastronómico de un hotel cinco "
            "estrellas en Puerto Banús.",
        ),
    ),
    C(
        "'wouldn't say no to managing the team' vs 'would say no to managing people'",
        "cs",
        [
            staff(VISUAL_MERCH, "Chicago, IL, USA")(
                "Marisela Thibodeaux",
                2,
                touches=[
                    rang(50, "Marisela wouldn't say no to managing the VM team - ready for it.")
                ],
            ),
            staff(VISUAL_MERCH, "Chicago, IL, USA")(
                "Penelope Gryczka",
                0,
                touches=[
                    rang(
                        50,
                        "Penelope would say no to managing people - loves doing the floors "
                        "herself.",
                    )
                ],
            ),
        ],
        **job(
            VM_ROLE,
            CHICAGO,
            title="Visual Merchandising Manager",
            seniority="manager",
            description="Lead a team of six visual merchandisers across the Chicago stores.",
        ),
    ),
    C(
        "'doesn't mind nights, no mornings' vs 'doesn't mind mornings, no nights'",
        "cs",
        [
            staff(NIGHT_AUDITOR, "Manchester, UK")(
                "Kofi Mensah-Bradley",
                2,
                touches=[ats(25, "doesn't mind nights at all, doesn't want mornings - school run")],
            ),
            staff(NIGHT_AUDITOR, "Manchester, UK")(
                "Zainab Haworth",
                0,
                touches=[ats(25, "doesn't mind mornings at all, doesn't want nights - school run")],
            ),
        ],
        **job(AUDIT_ROLE, MANCHESTER),
    ),
    C(
        "'non ha problemi con i turni spezzati' vs 'ha problemi, mai più'",
        "cs",
        [
            staff(SOUS, "Florence, Italy")(
                "Niccolò Guicciardini",
                2,
                touches=[ats(40, "Non ha problemi con i turni spezzati, li fa da sempre.")],
            ),
            staff(SOUS, "Florence, Italy")(
                "Jacopo Bartolozzi",
                0,
                touches=[ats(40, "Ha problemi con i turni spezzati: mai più, dice.")],
            ),
        ],
        **job(
            SOUS_ROLE,
            FLORENCE,
            description="Sous chef in un'osteria di 90 coperti: turni spezzati, pranzo e cena, "
            "sei giorni.",
        ),
    ),
]

# --- 7. work mode said in different places of the role ---------------------------------------

WORK_MODE = [
    C(
        "policy field only: work from home in Tampa vs wants to be on site at venues",
        "cs",
        [
            staff(EVENT_PLANNER, "Tampa, FL, USA")(
                "Candice Fairbanks",
                2,
                touches=[inmail(30, "Ideally I'd plan from home in Tampa now - no more office.")],
            ),
            staff(EVENT_PLANNER, "Tampa, FL, USA")(
                "Jolie Marchand",
                0,
                touches=[
                    inmail(30, "I need to be onsite at the venue - I hate planning over Zoom.")
                ],
            ),
        ],
        **job(
            EVENTS_ROLE,
            dict(remote_policy="remote", location="Remote (US)"),
            title="Senior Virtual Event Producer",
            description="Produce hybrid and virtual conferences for corporate clients.",
        ),
    ),
    C(
        "description only, in stores not at home: remote only vs wants the shop floor",
        "cs",
        [
            staff(VISUAL_MERCH, "Barcelona, Spain")(
                "Nuria Castellví",
                0,
                touches=[ats(30, "Solo teletrabajo ahora, tras la operación de rodilla.")],
            ),
            staff(VISUAL_MERCH, "Barcelona, Spain")(
                "Meritxell Solsona",
                2,
                touches=[ats(30, "Quiere estar en tienda, no detrás de un portátil.")],
            ),
        ],
        **job(
            VM_ROLE,
            dict(location="Barcelona, Spain"),
            description="Field-based: you'll be in our Barcelona stores every day setting "
            "windows and floors. No office or home working.",
        ),
    ),
    C(
        "title only, a remote reservations role: from home in Querétaro vs back in the hotel",
        "cs",
        [
            staff(FRONT_OFFICE, "Querétaro, Mexico")(
                "Citlali Ugalde",
                2,
                touches=[
                    chat(35, "quiero trabajar desde casa en Querétaro, ya no quiero ir al hotel")
                ],
            ),
            staff(FRONT_OFFICE, "Querétaro, Mexico")(
                "Yoselin Arámbula",
                0,
                touches=[
                    chat(35, "quiero volver a trabajar presencial en el hotel, extraño al equipo")
                ],
            ),
        ],
        **job(
            FRONT_ROLE,
            dict(location="Mexico"),
            title="Reservations Manager (Remote, Mexico)",
            description="Lead a reservations team for a group of Riviera Maya resorts.",
        ),
    ),
    C(
        "offers only, two days in: hybrid suits her vs fully remote from the Peak District",
        "cs",
        [
            staff(EVENT_PLANNER, "London, UK")(
                "Clementine Ashcombe",
                2,
                touches=[mail(45, "Two days in the office and the rest at home would be ideal.")],
            ),
            staff(EVENT_PLANNER, "London, UK")(
                "Persephone Wilde",
                0,
                touches=[mail(45, "Fully remote only - we've moved to the Peak District.")],
            ),
        ],
        **job(
            EVENTS_ROLE,
            dict(location="London, UK"),
            offers=["Two days a week at our Farringdon office, the rest from home"],
        ),
    ),
]

# --- 8. location and relocation ---------------------------------------------------------------

LOCATIONS = [
    C(
        "a Miami lease signed for January vs won't leave Chicago, kids in school",
        "cs",
        [
            staff(PASTRY, "Chicago, IL, USA")(
                "Ellery Nakamura-Hale",
                2,
                touches=[
                    inmail(40, "Lease signed in Coral Gables - I'm moving to Miami in January!")
                ],
            ),
            staff(PASTRY, "Chicago, IL, USA")(
                "Brigitte Sobczak",
                0,
                touches=[inmail(40, "Not leaving Chicago while the kids are in school, sorry.")],
            ),
        ],
        **job(PASTRY_ROLE, MIAMI),
    ),
    C(
        "lives in Guadalajara and wants to stay vs wants out to the Riviera Maya",
        "cs",
        [
            staff(BARISTA, "Guadalajara, Mexico")(
                "Paola Zepeda",
                2,
                touches=[chat(30, "quiero seguir en Guadalajara, aquí está mi familia")],
            ),
            staff(BARISTA, "Guadalajara, Mexico")(
                "Daniela Orendain",
                1,
                touches=[chat(30, "ya me quiero ir de Guadalajara, sueño con la Riviera Maya")],
            ),
        ],
        **job(BARISTA_ROLE, GUADALAJARA),
    ),
    C(
        "would move to Thailand tomorrow vs relocating within Spain only, a Samui resort",
        "cs",
        [
            staff(SOUS, "Madrid, Spain")(
                "Gonzalo Echenique",
                2,
                touches=[rang(40, "Gonzalo se iría a Tailandia mañana, quiere Asia.")],
            ),
            staff(SOUS, "Madrid, Spain")(
                "Rubén Aldecoa",
                0,
                touches=[rang(40, "Rubén solo se mueve dentro de España.")],
            ),
        ],
        **job(
            SOUS_ROLE,
            SAMUI,
            offers=["Relocation to Koh Samui, flights and a staff villa", "Work permit arranged"],
        ),
    ),
    C(
        "moving with her husband's transfer to Milan vs staying in Rome when he goes",
        "cs",
        [
            staff(HOUSEKEEPER, "Rome, Italy")(
                "Vittoria Sanseverino",
                2,
                touches=[
                    rang(
                        50,
                        "Il marito di Vittoria viene trasferito a Milano a febbraio; lei lo "
                        "segue e cerca lavoro lì.",
                    )
                ],
            ),
            staff(HOUSEKEEPER, "Rome, Italy")(
                "Costanza Pignatelli",
                0,
                touches=[
                    rang(
                        50,
                        "Il marito di Costanza viene trasferito a Milano a febbraio; lei resta "
                        "a Roma con i bambini.",
                    )
                ],
            ),
        ],
        **job(HOUSEKEEPING_ROLE, MILAN),
    ),
    C(
        "would relocate to Vegas vs won't move to the desert",
        "cs",
        [
            staff(RESTAURANT_GM, "Los Angeles, CA, USA")(
                "Bradley Montalvo",
                2,
                touches=[chat(30, "id relocate to vegas in a heartbeat, no state income tax lol")],
            ),
            staff(RESTAURANT_GM, "Los Angeles, CA, USA")(
                "Trevor Ishikawa",
                0,
                touches=[chat(30, "not moving to the desert. LA or nothing")],
            ),
        ],
        **job(GM_ROLE, VEGAS),
    ),
    C(
        "happy on the train to Edinburgh vs Glasgow only",
        "cs",
        [
            staff(BAR_MANAGER, "Glasgow, UK")(
                "Ruaridh Sinclair-Mowat",
                2,
                touches=[ats(25, "happy on the train thru to Edinburgh daily, 50 mins")],
            ),
            staff(BAR_MANAGER, "Glasgow, UK")(
                "Fraser McIlvanney",
                0,
                touches=[ats(25, "Glasgow only, won't do Edinburgh")],
            ),
        ],
        **job(BAR_ROLE, EDINBURGH),
    ),
    C(
        "'busca trasladarse a la Costa del Sol' vs 'solo Madrid'",
        "cs",
        [
            staff(SOMMELIER, "Madrid, Spain")(
                "Cayetana Osorio",
                2,
                touches=[ats(40, "Busca trasladarse a la Costa del Sol, su pareja es de Málaga.")],
            ),
            staff(SOMMELIER, "Madrid, Spain")(
                "Macarena Villalonga",
                0,
                touches=[ats(40, "Solo Madrid, no se mueve de aquí.")],
            ),
        ],
        **job(SOMM_ROLE, MARBELLA),
    ),
]

# --- 9. the history with us: last time's reason and how long ago ---------------------------

LAST_TIME = [
    C(
        "a no-show at last month's trial shift vs a trial shift lost to an internal promotion",
        "cs",
        [
            staff(SOUS, "Chicago, IL, USA")(
                "Jared Kowalewski",
                0,
                apps=[
                    turned_away(
                        30,
                        "final",
                        "no_show",
                        "No call no show for the stage on Sat, never answered after",
                    )
                ],
            ),
            staff(SOUS, "Chicago, IL, USA")(
                "Dante Abernathy",
                2,
                apps=[
                    turned_away(
                        30,
                        "final",
                        "other_candidate",
                        "Crushed the stage; job went to the internal jr sous",
                    )
                ],
            ),
        ],
        **job(SOUS_ROLE, CHICAGO),
    ),
    C(
        "rude to housekeeping on the trial day vs lost to an internal move",
        "cs",
        [
            staff(FRONT_OFFICE, "Phuket, Thailand")(
                "Krit Chanthavong",
                0,
                apps=[
                    turned_away(
                        120,
                        "final",
                        "conduct",
                        "Trial day: shouted at two housekeeping attendants in front of guests",
                        role="Front Office Manager",
                    )
                ],
            ),
            staff(FRONT_OFFICE, "Phuket, Thailand")(
                "Apinya Thongchai",
                2,
                apps=[
                    turned_away(
                        120,
                        "final",
                        "other_candidate",
                        "Strong trial day; the GM moved the duty manager up instead",
                        role="Front Office Manager",
                    )
                ],
            ),
        ],
        **job(FRONT_ROLE, PHUKET),
    ),
    C(
        "'not ready to run a kitchen' two years ago vs the same said two months ago",
        "cs",
        [
            staff(SOUS, "Seville, Spain")(
                "Manuel Caballero-Ruiz",
                2,
                apps=[
                    turned_away(
                        720,
                        "final",
                        "experience_level",
                        "Aún no preparado para llevar una cocina",
                        role="Jefe de Cocina",
                    )
                ],
            ),
            staff(SOUS, "Seville, Spain")(
                "Rafael Montesinos",
                0,
                apps=[
                    turned_away(
                        60,
                        "final",
                        "experience_level",
                        "Todavía no está listo para dirigir una cocina",
                        role="Jefe de Cocina",
                    )
                ],
            ),
        ],
        **job(CHEF_ROLE, SEVILLE),
    ),
    C(
        "no Opera experience eighteen months ago vs the same gap three months ago",
        "cs",
        [
            staff(NIGHT_AUDITOR, "Miami, FL, USA")(
                "Giselle Arbeláez",
                2,
                apps=[
                    turned_away(
                        540,
                        "interview",
                        "skills_gap",
                        "Never used Opera, only a small-hotel PMS",
                        role="Night Auditor",
                    )
                ],
            ),
            staff(NIGHT_AUDITOR, "Miami, FL, USA")(
                "Yamilet Rodeiro",
                0,
                apps=[
                    turned_away(
                        90,
                        "interview",
                        "skills_gap",
                        "No Opera exp - struggled with the audit walk-through",
                        role="Night Auditor",
                    )
                ],
            ),
        ],
        **job(AUDIT_ROLE, MIAMI, requirements="Night audit\nOpera PMS\nCash reconciliation"),
    ),
    C(
        "a failed pre-employment drug screen vs a background check outlasted by a freeze",
        "cs",
        [
            staff(STOCK_LEAD, "Las Vegas, NV, USA")(
                "Brody Langston",
                0,
                apps=[
                    turned_away(
                        150,
                        "offer",
                        "conduct",
                        "Offer rescinded - failed the pre-employment drug screen",
                        role="Stock Lead",
                    )
                ],
            ),
            staff(STOCK_LEAD, "Las Vegas, NV, USA")(
                "Tanner Whitacre",
                2,
                apps=[
                    app(
                        150,
                        "offer",
                        "position_closed",
                        "headcount",
                        "Background check took 5 wks; store hit a hiring freeze before it cleared",
                        role="Stock Lead",
                    )
                ],
            ),
        ],
        **job(STOCK_ROLE, VEGAS),
    ),
]

# --- 10. managing and level --------------------------------------------------------------

LEVEL = [
    C(
        "wants her own kitchen vs wants to stay sous, no GP and admin",
        "cs",
        [
            staff(SOUS, "Miami, FL, USA")(
                "Catalina Arboleda",
                2,
                touches=[rang(40, "Catalina wants her own kitchen now - menus, team, the lot.")],
            ),
            staff(SOUS, "Miami, FL, USA")(
                "Valeria Irigoyen",
                0,
                touches=[
                    rang(
                        40,
                        "Valeria wants to stay a sous - no food cost, no P&L, no admin headaches.",
                    )
                ],
            ),
        ],
        **job(CHEF_ROLE, MIAMI),
    ),
    C(
        "ready for a first GM seat vs staying in the rooms division",
        "cs",
        [
            staff(ROOMS_DIVISION, "Florence, Italy")(
                "Edoardo Malaspina",
                2,
                touches=[mail(60, "I feel ready for my first general manager position.")],
            ),
            staff(ROOMS_DIVISION, "Florence, Italy")(
                "Filippo Strozzi-Bardi",
                0,
                touches=[
                    mail(
                        60,
                        "I'd like to stay in the rooms division - the GM job is owners and "
                        "budgets, not guests.",
                    )
                ],
            ),
        ],
        **job(HOTEL_GM_ROLE, FLORENCE),
    ),
    C(
        "wants multi-site vs wants to stay on the floor of one store",
        "cs",
        [
            staff(STORE_MANAGER, "London, UK")(
                "Priya Chaudhry-Webb",
                2,
                touches=[ats(45, "wants multi-site next, ready to coach other SMs")],
            ),
            staff(STORE_MANAGER, "London, UK")(
                "Harriet Lomasney",
                0,
                touches=[ats(45, "wants to stay hands-on in one store, on the shop floor")],
            ),
        ],
        **job(AREA_ROLE, LONDON),
    ),
    C(
        "a bar manager stepping back to make drinks vs one after a bar director job",
        "cs",
        [
            staff(BAR_MANAGER, "Bangkok, Thailand")(
                "Nopparat Kaewmanee",
                2,
                touches=[
                    chat(
                        30,
                        "want to step back from management, just make drinks and talk to "
                        "guests again krub",
                    )
                ],
            ),
            staff(BAR_MANAGER, "Bangkok, Thailand")(
                "Sarawut Intharaprasit",
                0,
                touches=[chat(30, "next step for me is bar director, group level, not going back")],
            ),
        ],
        **job(
            BAR_ROLE,
            BANGKOK,
            title="Head Bartender",
            seniority="mid",
            description="Behind the bar of a Sukhumvit speakeasy, creating drinks and "
            "looking after guests; no management duties.",
        ),
    ),
    C(
        "not opposed to a big team vs would rather not manage more than a handful",
        "cs",
        [
            staff(HOUSEKEEPER, "Cancún, Mexico")(
                "Guillermina Canul",
                2,
                touches=[ats(35, "No se opone a manejar un equipo grande, ya tuvo 30 camaristas.")],
            ),
            staff(HOUSEKEEPER, "Cancún, Mexico")(
                "Epifania Tzuc",
                0,
                touches=[ats(35, "Prefiere no manejar a más de cinco personas.")],
            ),
        ],
        **job(HOUSEKEEPING_ROLE, CANCUN),
    ),
]

# --- 11. company stage and size ----------------------------------------------------------------

STAGE_SIZE = [
    C(
        "away from the big groups for a family place vs wants a chain's career ladder",
        "cs",
        [
            staff(CHEF, "Rome, Italy")(
                "Massimiliano Orsolini",
                2,
                touches=[
                    rang(
                        40,
                        "Massimiliano vuole lasciare i grandi gruppi, cerca una trattoria di "
                        "famiglia.",
                    )
                ],
            ),
            staff(CHEF, "Rome, Italy")(
                "Raffaele Cacciapuoti",
                0,
                touches=[
                    rang(
                        40,
                        "Raffaele vuole un grande gruppo alberghiero con possibilità di carriera.",
                    )
                ],
            ),
        ],
        **job(
            CHEF_ROLE,
            ROME,
            description="Chef of a family-owned 40-cover trattoria in Trastevere, third "
            "generation.",
        ),
    ),
    C(
        "loves building from scratch vs no more openings, a pre-opening team",
        "cs",
        [
            staff(RESTAURANT_GM, "Cancún, Mexico")(
                "Octavio Berlanga",
                2,
                touches=[rang(40, "Octavio loves openings - building from nothing is his thing.")],
            ),
            staff(RESTAURANT_GM, "Cancún, Mexico")(
                "Sebastián Ruvalcaba",
                0,
                touches=[
                    rang(
                        40,
                        "Sebastián wants a well-oiled, established operation - no more openings.",
                    )
                ],
            ),
        ],
        **job(
            GM_ROLE,
            TULUM,
            description="Join the pre-opening team of a new beach club restaurant in Tulum, "
            "opening next season.",
        ),
    ),
    C(
        "wants a big-box branded property vs boutique under 100 rooms, a 1,200-room flagship",
        "cs",
        [
            staff(FRONT_OFFICE, "Chicago, IL, USA")(
                "Antoinette Grabowski",
                2,
                touches=[
                    inmail(
                        50,
                        "Looking for a big branded property with structure and a path up.",
                    )
                ],
            ),
            staff(FRONT_OFFICE, "Chicago, IL, USA")(
                "Rosalind Pietrzak",
                0,
                touches=[
                    inmail(50, "Boutique only for me - under 100 rooms, where I know every guest.")
                ],
            ),
        ],
        **job(
            FRONT_ROLE,
            CHICAGO,
            description="Lead the front office of a 1,200-room convention hotel, flagship of "
            "a global brand.",
        ),
    ),
    C(
        "tired of corporate big-box vs wants a major chain after the boutique folded",
        "cs",
        [
            staff(AREA_MANAGER, "Manchester, UK")(
                "Siobhan Trafford",
                2,
                touches=[
                    rang(45, "Siobhan's tired of corporate big-box, wants a small indie brand.")
                ],
            ),
            staff(AREA_MANAGER, "Manchester, UK")(
                "Lindsay Openshaw",
                1,
                touches=[
                    rang(
                        45,
                        "Lindsay wants the safety of a major chain after her boutique "
                        "employer folded.",
                    )
                ],
            ),
        ],
        **job(
            AREA_ROLE,
            MANCHESTER,
            description="Lead the six stores of an independent Northern Quarter lifestyle brand.",
        ),
    ),
]

# --- 12. mission, industry and technology --------------------------------------------------------

MISSION = [
    C(
        "wants a kitchen serious about zero waste vs wants a volume steakhouse",
        "cs",
        [
            staff(CHEF, "London, UK")(
                "Linnea Haverford",
                2,
                touches=[mail(40, "I want to cook somewhere genuinely serious about zero waste.")],
            ),
            staff(CHEF, "London, UK")(
                "Gideon Pryor-Hughes",
                1,
                touches=[mail(40, "I'm after a big, high-volume steakhouse next.")],
            ),
        ],
        **job(
            CHEF_ROLE,
            LONDON,
            offers=["Zero-waste, farm-to-table kitchen", "Own farm in Kent"],
        ),
    ),
    C(
        "won't work in casinos after his father's gambling vs loves casino resorts",
        "cs",
        [
            staff(FNB_DIRECTOR, "Las Vegas, NV, USA")(
                "Ezekiel Brandywine",
                0,
                touches=[
                    rang(
                        40,
                        "Ezekiel won't work anywhere with a casino floor - his dad's gambling, "
                        "personal.",
                    )
                ],
            ),
            staff(FNB_DIRECTOR, "Las Vegas, NV, USA")(
                "Hollis Vanderpool",
                2,
                touches=[rang(40, "Hollis loves the energy of a casino resort.")],
            ),
        ],
        **job(
            FNB_ROLE,
            VEGAS,
            description="Lead F&B at a 3,500-room casino resort on the Strip.",
        ),
    ),
    C(
        "prefers an alcohol-free halal kitchen vs wants a wine-led restaurant",
        "cs",
        [
            staff(CHEF, "Bangkok, Thailand")(
                "Ismail Waeteh",
                2,
                touches=[
                    chat(
                        40,
                        "I prefer halal kitchen, no alcohol in service. More comfortable for me.",
                    )
                ],
            ),
            staff(CHEF, "Bangkok, Thailand")(
                "Kittisak Rojanasakul",
                1,
                touches=[chat(40, "want wine-pairing restaurant, tasting menu style")],
            ),
        ],
        **job(
            CHEF_ROLE,
            PHUKET,
            offers=["Halal-certified kitchen", "Alcohol-free family resort"],
        ),
    ),
    C(
        "wants work with purpose vs wants a competition-level specialty roaster",
        "cs",
        [
            staff(BARISTA, "London, UK")(
                "Ngozi Abernethy",
                2,
                touches=[
                    inmail(
                        35,
                        "I volunteer at a refugee kitchen on Sundays - I'd love a café job "
                        "with real purpose behind it.",
                    )
                ],
            ),
            staff(BARISTA, "London, UK")(
                "Rufus Kettleborough",
                1,
                touches=[
                    inmail(
                        35, "I want a high-end specialty roaster that backs me for competitions."
                    )
                ],
            ),
        ],
        **job(
            BARISTA_ROLE,
            LONDON,
            description="Head barista at a social-enterprise café that trains refugees and "
            "ex-offenders as baristas.",
        ),
    ),
]

TECH = [
    C(
        "keen to learn Opera Cloud vs refuses to go back to Opera",
        "cs",
        [
            staff(FRONT_OFFICE, "Madrid, Spain")(
                "Ainhoa Bermejo",
                2,
                touches=[mail(30, "Me encantaría aprender Opera Cloud, es lo que se usa ahora.")],
            ),
            staff(FRONT_OFFICE, "Madrid, Spain")(
                "Begoña Zorrilla",
                0,
                touches=[mail(30, "No vuelvo a Opera ni loca, solo hoteles con Mews.")],
            ),
        ],
        **job(FRONT_ROLE, MADRID, offers=["Opera Cloud PMS"]),
    ),
    C(
        "wants modern systems like Toast vs prefers paper rotas and a cash register",
        "cs",
        [
            staff(RESTAURANT_GM, "Miami, FL, USA")(
                "Evelyn Castellón",
                2,
                touches=[
                    rang(
                        30,
                        "Evelyn wants a place with modern systems - Toast, 7shifts - done "
                        "with paper rotas.",
                    )
                ],
            ),
            staff(RESTAURANT_GM, "Miami, FL, USA")(
                "Benny Arguelles",
                1,
                touches=[rang(30, "Benny hates tablets and scheduling apps, wants paper rotas.")],
            ),
        ],
        **job(GM_ROLE, MIAMI, offers=["Toast POS and 7shifts scheduling"]),
    ),
    C(
        "wants to learn grandMA3 lighting vs audio only, no lighting",
        "cs",
        [
            staff(AV_CHIEF, "Orlando, FL, USA")(
                "Wendell Haskins",
                2,
                touches=[ats(30, "wants to learn grandMA3, keen to move into lighting")],
            ),
            staff(AV_CHIEF, "Orlando, FL, USA")(
                "Lyle Prudhomme",
                0,
                touches=[ats(30, "audio only - won't touch lighting consoles")],
            ),
        ],
        **job(
            AV_ROLE,
            onsite("Orlando, FL, USA"),
            requirements="Lighting programming (grandMA3)\nLED walls\nRigging\nShow calling",
        ),
    ),
]

# --- 13. the latest process and stage reached -----------------------------------------------

PROCESS = [
    C(
        "a trial shift lost to one other vs a CV never read",
        "cs",
        [
            staff(PASTRY, "Barcelona, Spain")(
                "Eulàlia Ferrandis",
                2,
                apps=[
                    lost_final(
                        110, "Prueba en cocina excelente, perdió por poco", role="Pastry Chef"
                    )
                ],
            ),
            staff(PASTRY, "Barcelona, Spain")(
                "Roser Camprubí",
                1,
                apps=[
                    app(
                        110,
                        "applied",
                        "rejected",
                        "other",
                        "CV no revisado, la vacante se cubrió antes",
                        role="Pastry Chef",
                    )
                ],
            ),
        ],
        **job(PASTRY_ROLE, BARCELONA),
    ),
    C(
        "placed by us two months ago vs a final round a year ago",
        "cs",
        [
            staff(STORE_MANAGER, "Miami, FL, USA")(
                "Xiomara Lugo",
                0,
                apps=[
                    app(
                        60,
                        "offer",
                        "hired",
                        None,
                        "Placed as SM at Dadeland, started 9/21",
                        role="Store Manager",
                    )
                ],
            ),
            staff(STORE_MANAGER, "Miami, FL, USA")(
                "Ivonne Sotolongo",
                2,
                apps=[lost_final(380, role="Store Manager")],
            ),
        ],
        **job(STORE_ROLE, MIAMI),
    ),
    C(
        "took a counteroffer last month vs the offer pulled by a freeze",
        "cs",
        [
            staff(SOMMELIER, "London, UK")(
                "Anselm Hollingworth",
                0,
                apps=[
                    said_no(
                        30,
                        "counteroffer",
                        "Took his restaurant's counter, signed on for another year",
                        role="Head Sommelier",
                    )
                ],
            ),
            staff(SOMMELIER, "London, UK")(
                "Florian Westerhold",
                2,
                apps=[
                    app(
                        30,
                        "offer",
                        "position_closed",
                        "headcount",
                        "Offer stage, then the opening was postponed and the role pulled",
                        role="Head Sommelier",
                    )
                ],
            ),
        ],
        **job(SOMM_ROLE, LONDON),
    ),
    C(
        "finals with two of our restaurants vs a phone screen once",
        "cs",
        [
            staff(SOUS, "Las Vegas, NV, USA")(
                "Jericho Baptiste",
                2,
                apps=[
                    lost_final(400, "Final at the steakhouse, lost to an internal"),
                    lost_final(150, "Final at the Italian, chef loved his pasta"),
                ],
            ),
            staff(SOUS, "Las Vegas, NV, USA")(
                "Kellan Strickland",
                1,
                apps=[
                    turned_away(
                        150,
                        "screen",
                        "other",
                        "Phone screen only, req closed the next week",
                    )
                ],
            ),
        ],
        **job(SOUS_ROLE, VEGAS),
    ),
]

# --- 14. several notes over time: the latest word counts --------------------------------------

LATEST_WORD = [
    C(
        "no nights then nights fine vs nights fine then no more nights",
        "cs",
        [
            staff(NIGHT_AUDITOR, "London, UK")(
                "Olamide Adeyinka-Ross",
                2,
                touches=[
                    ats(date(2026, 1, 19), "no nights - kids are too small"),
                    ats(date(2026, 10, 12), "nights fine now, kids older + partner home evenings"),
                ],
            ),
            staff(NIGHT_AUDITOR, "London, UK")(
                "Tendai Mukwashi",
                0,
                touches=[
                    ats(date(2026, 1, 19), "nights fine, has done 3 yrs of audit"),
                    ats(date(2026, 10, 12), "no more nights - health, GP told her to stop"),
                ],
            ),
        ],
        **job(AUDIT_ROLE, LONDON),
    ),
    C(
        "a stop taken back vs a 'keep me posted' hardened into a removal",
        "cs",
        [
            staff(EVENT_PLANNER, "Madrid, Spain")(
                "Elvira Santesteban",
                2,
                touches=[
                    mail(date(2026, 2, 9), "Por favor dejad de escribirme."),
                    mail(
                        date(2026, 9, 14),
                        "Perdón por aquel correo de febrero, fue una época mala. Ahora sí busco, "
                        "enviadme lo que tengáis.",
                    ),
                ],
            ),
            staff(EVENT_PLANNER, "Madrid, Spain")(
                "Rocío Mendizábal",
                0,
                touches=[
                    mail(date(2026, 2, 9), "Tenedme al tanto de cualquier cosa, gracias."),
                    mail(
                        date(2026, 9, 14),
                        "He cambiado de opinión: borradme de vuestro sistema y no me escribáis "
                        "más.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **job(EVENTS_ROLE, MADRID),
    ),
    C(
        "won't leave Madrid, then moving to Barcelona vs would move, then staying put",
        "cs",
        [
            staff(CHEF, "Madrid, Spain")(
                "Álvaro Goicoechea",
                2,
                touches=[
                    rang(date(2026, 3, 16), "No sale de Madrid."),
                    rang(
                        date(2026, 10, 5),
                        "Se muda a Barcelona con su pareja en diciembre, ya tiene piso.",
                    ),
                ],
            ),
            staff(CHEF, "Madrid, Spain")(
                "Ignasi Roca-Pujals",
                0,
                touches=[
                    rang(date(2026, 3, 16), "Se iría a Barcelona sin problema."),
                    rang(
                        date(2026, 10, 5),
                        "Cambio de planes: se queda en Madrid, su madre está enferma.",
                    ),
                ],
            ),
        ],
        **job(CHEF_ROLE, BARCELONA),
    ),
    C(
        "an ask lowered to 45k vs an ask raised to 55k, a 42-46k job",
        "cs",
        [
            staff(PASTRY, "Milan, Italy")(
                "Beatrice Zanardelli",
                2,
                touches=[
                    mail(date(2026, 2, 16), "Cerco almeno 55k di RAL."),
                    mail(
                        date(2026, 10, 19),
                        "Per il progetto giusto accetterei anche 45k, ci ho ripensato.",
                    ),
                ],
            ),
            staff(PASTRY, "Milan, Italy")(
                "Serena Lanzavecchia",
                0,
                touches=[
                    mail(date(2026, 2, 16), "45k di RAL mi andrebbero bene."),
                    mail(
                        date(2026, 10, 19),
                        "Mi hanno dato un aumento, ora sotto i 55k non mi muovo.",
                    ),
                ],
            ),
        ],
        **job(PASTRY_ROLE, MILAN, salary_min=42_000, salary_max=46_000, currency="EUR"),
    ),
    C(
        "live-in wanted then not vs live-in refused then wanted, a live-in Samui resort",
        "cs",
        [
            staff(BARISTA, "Bangkok, Thailand")(
                "Pornthip Saengthong",
                0,
                touches=[
                    chat(date(2026, 4, 20), "live-in is perfect for me, save money"),
                    chat(date(2026, 10, 26), "now I move in with my boyfriend, no live-in anymore"),
                ],
            ),
            staff(BARISTA, "Bangkok, Thailand")(
                "Kanokwan Meesuk",
                2,
                touches=[
                    chat(date(2026, 4, 20), "no live-in pls, I have my condo"),
                    chat(date(2026, 10, 26), "sold my condo, live-in ok now ka, even better"),
                ],
            ),
        ],
        **job(
            BARISTA_ROLE,
            SAMUI,
            offers=["Live-in: staff accommodation on the resort (required)"],
        ),
    ),
    C(
        "only perm then seasonal is fine vs seasons then only perm, a summer season",
        "cs",
        [
            staff(SOUS, "Rome, Italy")(
                "Achille Tamburini",
                2,
                touches=[
                    ats(date(2026, 1, 26), "Solo contratto a tempo indeterminato."),
                    ats(
                        date(2026, 9, 21),
                        "Ora va bene anche la stagione: d'inverno vuole viaggiare.",
                    ),
                ],
            ),
            staff(SOUS, "Rome, Italy")(
                "Corrado Vitaliano",
                0,
                touches=[
                    ats(date(2026, 1, 26), "Fa volentieri le stagioni in Costiera."),
                    ats(
                        date(2026, 9, 21),
                        "Basta stagioni, ora cerca solo un indeterminato vicino a casa.",
                    ),
                ],
            ),
        ],
        **job(
            SOUS_ROLE,
            onsite("Positano, Italy"),
            offers=["Contratto stagionale, aprile-ottobre", "Alloggio per il personale"],
        ),
    ),
]

HELDOUT24_CASES: list[Case] = [
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
