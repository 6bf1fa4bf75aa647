"""Held-out rediscovery cases, sixty-second set: hospitality, retail and customer-facing
operations, written by a stranger to the reader (its code, its labelled sets and the earlier
case files' sentences were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured on its own
line ("held-out 62") and never tuned to what Encore does. The recruiters are a hospitality
staffing agency working London, Las Vegas, Orlando and New York, a hotel group's HR team in
Dubai, a cruise line's crewing desk, a Balearic and Canarian resort operator's seasonal team, a
Sydney pub-and-venue group, and a UK retail chain's head-office talent team. The people are
front office managers, restaurant general managers, bar managers, casino shift managers, store
and area managers, guest services managers at sea, theme-park operations leads and head-office
retail staff. The voices: terse ATS shorthand with typos ("cand", "LM", "VM", "spk 2 cand",
"f/up"), lower-case texts and WhatsApps, LinkedIn replies, candidates' emails, a formal letter,
group HR's third-person call notes, long rambles where one line decides, and lines in Spanish,
Arabic and Tagalog. The talk is of split shifts, closes and opens, tronc, tips and service
charge, live-in posts, seasonal contracts, peak-trading freezes (Black Friday, Christmas,
Ramadan, the summer season), multi-site travel, food-hygiene and personal licences, working
holiday and employer-sponsored visas, night buses and staff shuttles.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs in many voices and channels (an email, a WhatsApp "STOP", a LinkedIn reply, a formal
   letter asking for erasure, group HR's DNC, Spanish, Arabic and Tagalog): never shown; beside
   each a scoped stop that is no opt-out (no calls during service, not that hotel group again,
   no more bar roles, off the newsletter, a new number, feedback still owed);
2. waits counted from the day said (after Christmas trading, after the summer season ends in
   October, after Ramadan and Eid, a notice period, "three months", the end of a cruise
   contract, after the Black Friday freeze, a quarter end, in Spanish, Arabic and Tagalog),
   each against a twin whose wait has already run out; notes full of dates asking no wait;
3. schedule (split shifts, closes, nights, weekends), travel (multi-site area roles, fleet
   visits, flights between islands), visa and right to work (working holiday visas, sponsorship,
   H-1B and green cards, UAE residence, settled status), contract (seasonal against permanent,
   zero hours, live-in), commute (night buses, staff shuttles, the Harbour Bridge, the Strip,
   I-4, the Elizabeth line, minutes and towns);
4. pay against the band (GBP, USD, AED, EUR, AUD; annual, monthly, hourly; tronc and tips;
   current pay that is no floor);
5. work mode in the title only, the description only, hybrid days; negation and its scope;
6. location and relocation; managing against hands-on; company stage and size; industry and
   mission wanted or refused (gambling, alcohol, fast fashion, cruise, animals in parks, luxury,
   sustainability); technology wanted or refused (Opera, a tablet POS, SAP);
7. last time's reason resolved by this role or still standing; the history with us; the latest
   process counts;
8. several notes over time where the LATEST word counts, sometimes changed twice.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

FRONT_OFFICE = dict(
    current_title="Front Office Manager",
    skills=["Opera PMS", "Front desk leadership", "Upselling", "Guest recovery"],
    years_experience=8,
    resume_text=(
        "Front office manager, eight years in 200 to 400 room city hotels: reception, concierge "
        "and night audit teams of up to 25, Opera PMS, upsell programmes and guest recovery."
    ),
)
RESTAURANT_GM = dict(
    current_title="Restaurant General Manager",
    skills=["P&L ownership", "Rota planning", "Food hygiene Level 3", "Team leadership"],
    years_experience=9,
    resume_text=(
        "Restaurant general manager, nine years in 120 to 200 cover restaurants: P&L, labour "
        "cost, rotas, hygiene audits, recruitment and training of front and back of house."
    ),
)
BAR_MANAGER = dict(
    current_title="Bar Manager",
    skills=["Cocktail programmes", "Stock control", "Personal licence", "Team training"],
    years_experience=6,
    resume_text=(
        "Bar manager, six years in cocktail bars and hotel bars: menus, stock and GP, licensing "
        "compliance, cellar management and training bartenders."
    ),
)
STORE_MANAGER = dict(
    current_title="Store Manager",
    skills=["Retail operations", "Visual merchandising", "KPI management", "People leadership"],
    years_experience=10,
    resume_text=(
        "Store manager, ten years in fashion and homeware retail, stores of 40 to 90 staff: "
        "sales KPIs, shrinkage, visual standards, peak trading and recruitment."
    ),
)
CASINO_SHIFT = dict(
    current_title="Casino Shift Manager",
    skills=["Table games", "Gaming compliance", "Floor supervision", "Customer service"],
    years_experience=11,
    resume_text=(
        "Casino shift manager, eleven years on table-game floors: pit bosses and dealers, "
        "gaming compliance, cash controls, player development and guest disputes."
    ),
)
GUEST_SERVICES = dict(
    current_title="Guest Services Manager",
    skills=["Guest relations", "Complaint handling", "Team leadership", "Property systems"],
    years_experience=7,
    resume_text=(
        "Guest services manager, seven years at sea and in resorts: guest relations desks, "
        "complaint resolution, embarkation, and teams of 15 multilingual staff."
    ),
)
PARK_OPS = dict(
    current_title="Attractions Operations Manager",
    skills=["Ride operations", "Health and safety", "Queue management", "Seasonal recruitment"],
    years_experience=8,
    resume_text=(
        "Operations manager in theme parks, eight years: ride and attraction teams, safety "
        "checks, queue and capacity planning, seasonal hiring of 200 staff."
    ),
)
RETAIL_HO = dict(
    current_title="Retail Operations Business Partner",
    skills=["Retail operations", "Store communications", "Excel", "Stakeholder management"],
    years_experience=6,
    resume_text=(
        "Head-office retail operations partner, six years: store communications, trading "
        "reports, process rollouts across 150 stores and field-team support."
    ),
)


def staff(persona: dict, where: str):
    """People of one kind: the same persona, living in ``where`` unless ``location`` says
    otherwise."""

    def make(name, grade, *touches, said=(), apps=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(
            name,
            "cs",
            grade,
            *said,
            apps=apps,
            touches=list(touches),
            excluded=excluded,
            **extra,
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def call(days, note) -> dict:
    """A recruiter's call note, typed after the call."""
    return touch(days, "outbound", "replied", "note", note=note, channel="phone")


def ats(days, note) -> dict:
    """A line typed into the ATS by a recruiter or group HR."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def mail(days, note) -> dict:
    """The candidate's email."""
    return touch(days, "inbound", "replied", note=note, channel="email")


def wa(days, note) -> dict:
    """The candidate's text or WhatsApp, as typed."""
    return touch(days, "inbound", "replied", note=note, channel="other")


def linked(days, note) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=note, channel="linkedin")


def lost_final(days, note=None, role="Front Office Manager") -> dict:
    return app(days, "final", "rejected", "other_candidate", note, rating=4.2, role=role)


def declined(days, reason, note, past=None, role="Front Office Manager") -> dict:
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, past=None, role="Front Office Manager", stage="interview"):
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def job(what: dict, where: dict, **more) -> dict:
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

FOM_ROLE = dict(
    title="Front Office Manager",
    department="Rooms Division",
    seniority="manager",
    requirements="Front office leadership\nOpera PMS\nUpselling\nGuest recovery",
    description="Run reception, concierge and night audit for a 260-room hotel.",
)
GM_ROLE = dict(
    title="Restaurant General Manager",
    department="Operations",
    seniority="manager",
    requirements="P&L ownership\nRota planning\nFood hygiene Level 3\nTeam leadership",
    description="Run a 160-cover all-day restaurant and its team of 45.",
)
BAR_ROLE = dict(
    title="Bar Manager",
    department="Food and Beverage",
    seniority="lead",
    requirements="Cocktail programmes\nStock control\nPersonal licence\nTeam training",
    description="Run a cocktail bar of 90 covers, its menu, stock and team of 12.",
)
STORE_ROLE = dict(
    title="Store Manager",
    department="Retail Operations",
    seniority="manager",
    requirements="Retail operations\nVisual merchandising\nKPI management\nPeople leadership",
    description="Lead a flagship store of 70 colleagues through the trading year.",
)
AREA_ROLE = dict(
    title="Area Manager",
    department="Retail Operations",
    seniority="manager",
    requirements="Multi-site retail operations\nKPI management\nPeople leadership\nCoaching",
    description="Lead eleven stores across the region, in stores four days a week.",
)
CASINO_ROLE = dict(
    title="Casino Shift Manager",
    department="Gaming",
    seniority="manager",
    requirements="Table games\nGaming compliance\nFloor supervision\nCustomer service",
    description="Run the table-games floor on your shift: pit bosses, dealers and compliance.",
)
SEA_ROLE = dict(
    title="Guest Services Manager",
    department="Hotel Operations",
    seniority="manager",
    requirements="Guest relations\nComplaint handling\nTeam leadership\nProperty systems",
    description="Lead the guest services desk on a 3,000-guest ship.",
)
PARK_ROLE = dict(
    title="Attractions Operations Manager",
    department="Park Operations",
    seniority="manager",
    requirements="Ride operations\nHealth and safety\nQueue management\nSeasonal recruitment",
    description="Run a land of eight rides and attractions and its 150 team members.",
)
HO_ROLE = dict(
    title="Retail Operations Business Partner",
    department="Head Office",
    seniority="mid",
    requirements="Retail operations\nStore communications\nExcel\nStakeholder management",
    description="Plan and roll out store processes and communications across 180 stores.",
)

# --- where and how they are worked ----------------------------------------------------------

LONDON = dict(remote_policy="onsite", location="London, UK")
MANCHESTER = dict(remote_policy="onsite", location="Manchester, UK")
EDINBURGH = dict(remote_policy="onsite", location="Edinburgh, UK")
VEGAS = dict(remote_policy="onsite", location="Las Vegas, NV, USA")
ORLANDO = dict(remote_policy="onsite", location="Orlando, FL, USA")
NEW_YORK = dict(remote_policy="onsite", location="New York, NY, USA")
DUBAI = dict(remote_policy="onsite", location="Dubai, UAE")
PALMA = dict(remote_policy="onsite", location="Palma de Mallorca, Spain")
TENERIFE = dict(remote_policy="onsite", location="Costa Adeje, Tenerife, Spain")
SYDNEY = dict(remote_policy="onsite", location="Sydney, NSW, Australia")
AT_SEA = dict(remote_policy="onsite", location="At sea (Caribbean itineraries from Miami)")
HO_HYBRID = dict(
    remote_policy="hybrid",
    location="Leeds, UK",
    offers=["Hybrid: two days a week at the Leeds support centre"],
)
HO_REMOTE = dict(remote_policy="remote", location="Remote (UK)")

fom_ldn = staff(FRONT_OFFICE, "London, UK")
gm_mcr = staff(RESTAURANT_GM, "Manchester, UK")
bar_syd = staff(BAR_MANAGER, "Sydney, NSW, Australia")
store_ldn = staff(STORE_MANAGER, "London, UK")
casino_lv = staff(CASINO_SHIFT, "Las Vegas, NV, USA")
sea = staff(GUEST_SERVICES, "Miami, FL, USA")
park_orl = staff(PARK_OPS, "Orlando, FL, USA")
fom_dxb = staff(FRONT_OFFICE, "Dubai, UAE")
gm_palma = staff(RESTAURANT_GM, "Palma de Mallorca, Spain")
ho_leeds = staff(RETAIL_HO, "Leeds, UK")
gm_ny = staff(RESTAURANT_GM, "Brooklyn, NY, USA")
fom_tfe = staff(FRONT_OFFICE, "Adeje, Tenerife, Spain")

# --- 1. opt-outs, each beside a scoped stop that is no opt-out --------------------------------

OPT_OUTS = [
    C(
        "erase my details, formal letter vs asking what we hold, still keen",
        "cs",
        [
            fom_ldn(
                "Imelda Hartigan",
                0,
                mail(
                    55,
                    "Dear Sir or Madam, I write to request that your agency deletes all personal "
                    "information it holds about me and ceases all further communication with me. "
                    "Yours faithfully, I. Hartigan",
                ),
                excluded=True,
            ),
            fom_ldn(
                "Desmond Okafor-Rathmore",
                2,
                mail(
                    55,
                    "Hi, can you tell me what you've got on file for me? My CV on there is from "
                    "2022 I think. Still keen on FOM roles in central London.",
                ),
            ),
        ],
        **job(FOM_ROLE, LONDON),
    ),
    C(
        "WhatsApp 'STOP' vs no calls during service, WhatsApp is fine",
        "cs",
        [
            gm_mcr("Kieran Lomax", 0, wa(20, "STOP - Kieran"), excluded=True),
            gm_mcr(
                "Shona Pemberton",
                2,
                wa(
                    20, "pls dont ring between 12-3 or 6-11 im on the floor!! whatsapp me instead x"
                ),
            ),
        ],
        **job(GM_ROLE, MANCHESTER),
    ),
    C(
        "LinkedIn: not interested in hearing from recruiters ever vs not this hotel group",
        "cs",
        [
            fom_dxb(
                "Rashid Al-Mansoori",
                0,
                linked(
                    35,
                    "Please don't message me again. I don't deal with recruiters and I won't be "
                    "changing that.",
                ),
                excluded=True,
            ),
            fom_dxb(
                "Priyanka Venkatesan",
                2,
                linked(
                    35,
                    "Happy to hear about FOM roles in Dubai, just nothing with the group I left "
                    "last year - you'll know the one. Anything else, send it over.",
                ),
            ),
        ],
        **job(FOM_ROLE, DUBAI, currency="AED", salary_min=216_000, salary_max=264_000),
    ),
    C(
        "Spanish: no me contactéis más vs only by email, not by phone",
        "cs",
        [
            gm_palma(
                "Baltasar Riera",
                0,
                wa(40, "Por favor, no me contactéis más. Borrad mis datos, gracias."),
                excluded=True,
            ),
            gm_palma(
                "Montserrat Julià",
                2,
                wa(
                    40,
                    "Mejor por correo que por teléfono, en temporada no puedo coger llamadas. "
                    "Sigo buscando para el año que viene.",
                ),
            ),
        ],
        **job(GM_ROLE, PALMA, currency="EUR", salary_min=42_000, salary_max=50_000),
    ),
    C(
        "Arabic: please remove my number vs new number, keep sending",
        "cs",
        [
            fom_dxb(
                "Khalid Al-Suwaibeh",
                0,
                wa(30, "أرجو حذف رقمي من قائمتكم وعدم التواصل معي مرة أخرى."),
                excluded=True,
            ),
            fom_dxb(
                "Nadia Haddarine",
                2,
                wa(
                    30,
                    "هذا رقمي الجديد، أرجو تحديثه. ما زلت مهتمة بوظائف مدير المكتب الأمامي.",
                ),
            ),
        ],
        **job(FOM_ROLE, DUBAI),
    ),
    C(
        "Tagalog: ayaw ko na, huwag na kayong mag-message vs not this season, next season yes",
        "cs",
        [
            sea(
                "Rodelio Manalastas",
                0,
                wa(
                    45,
                    "Pasensya na po pero ayaw ko na po makatanggap ng messages sa inyo. "
                    "Pakitanggal "
                    "na lang po ako sa listahan.",
                ),
                excluded=True,
            ),
            sea(
                "Maricel Dimakulangit",
                2,
                wa(
                    45,
                    "Salamat po sa offer! Hindi na po ako sa Caribbean ships ulit, pero open pa "
                    "rin po ako sa ibang barko. Message lang po kayo.",
                ),
            ),
        ],
        **job(SEA_ROLE, AT_SEA, currency="USD", salary_min=4_200, salary_max=5_000),
    ),
    C(
        "group HR: DNC after a complaint vs off the newsletter only",
        "cs",
        [
            store_ldn(
                "Gideon Fairbrother",
                0,
                ats(
                    60,
                    "Cand phoned HR to complain about the volume of messages. DO NOT CONTACT - "
                    "per his instruction. Flag set on profile.",
                ),
                excluded=True,
            ),
            store_ldn(
                "Tamsin Ellery",
                2,
                mail(
                    60,
                    "Could you take me off the monthly careers newsletter? Too many emails. "
                    "Still happy for you to get in touch directly about store manager jobs.",
                ),
            ),
        ],
        **job(STORE_ROLE, LONDON),
    ),
    C(
        "'take me off every list' in a rant vs no more bar roles, GM roles welcome",
        "cs",
        [
            bar_syd(
                "Lachlan Brereton",
                0,
                call(
                    25,
                    "spk 2 cand re the Surry Hills gig. v unhappy, said he's had 4 calls from us "
                    "this month, wants off every list we have, no more contact full stop. done.",
                ),
                excluded=True,
            ),
            bar_syd(
                "Jacinta Molvaney",
                2,
                call(
                    25,
                    "spk 2 cand. done with bar mgr roles, only wants venue GM / ops mgr from now. "
                    "happy for us to keep calling w/ those.",
                ),
            ),
        ],
        **job(
            dict(
                GM_ROLE,
                title="Venue General Manager",
                description="Run a three-level pub "
                "and venue in Surry Hills: bars, kitchen, functions and 50 staff.",
            ),
            SYDNEY,
        ),
    ),
    C(
        "unsubscribe from everything, reply to outreach vs feedback still owed, asks for it",
        "cs",
        [
            casino_lv(
                "Wendell Pruitt",
                0,
                mail(15, "no thanks. unsubscribe me from everything you send."),
                excluded=True,
            ),
            casino_lv(
                "Corazon Villanueva",
                2,
                mail(
                    15,
                    "I never got feedback from the Aria final round in the spring - could someone "
                    "send it before we talk about anything new? Otherwise yes, keep me in mind.",
                ),
            ),
        ],
        **job(CASINO_ROLE, VEGAS, currency="USD", salary_min=88_000, salary_max=102_000),
    ),
    C(
        "left hospitality for good, wants no more approaches vs left the cruise lines, land fine",
        "cs",
        [
            sea(
                "Thaddeus Okoro",
                0,
                mail(
                    70,
                    "I've retrained as a paramedic and I'm out of hospitality for good. Please "
                    "close my profile and stop sending me anything.",
                ),
                excluded=True,
            ),
            sea(
                "Perpetua Lindahl",
                2,
                mail(
                    70,
                    "Done with the sea after nine contracts - no more ship roles please. "
                    "Resort or land-based guest services, though, definitely.",
                ),
            ),
        ],
        **job(
            SEA_ROLE,
            ORLANDO,
            title="Guest Services Manager (resort)",
            description="Lead guest services at a 1,200-room resort hotel.",
        ),
    ),
    C(
        "a husband's stop is not hers: his DNC vs her own stop",
        "cs",
        [
            park_orl(
                "Bethany Kowalczyk",
                0,
                wa(50, "remove me from ur system, i'm not looking and never will be with u guys"),
                excluded=True,
            ),
            park_orl(
                "Dolores Fairweather",
                2,
                call(
                    50,
                    "Husband answered - said HE doesn't want agency calls on the home line. "
                    "Cand called back later: use her cell, still looking for ops mgr roles.",
                ),
            ),
        ],
        **job(PARK_ROLE, ORLANDO),
    ),
    C(
        "Spanish email, baja total vs only not in summer",
        "cs",
        [
            fom_tfe(
                "Eusebio Padrón",
                0,
                mail(
                    65,
                    "Les pido que me den de baja de su base de datos y que no vuelvan a "
                    "escribirme. Un saludo.",
                ),
                excluded=True,
            ),
            fom_tfe(
                "Candelaria Hernández",
                2,
                mail(
                    65,
                    "De junio a septiembre no me escribáis, que no doy abasto en recepción. "
                    "El resto del año encantada de hablar.",
                ),
            ),
        ],
        **job(FOM_ROLE, TENERIFE, currency="EUR", salary_min=36_000, salary_max=42_000),
    ),
]

# --- 2. waits counted from the day said, each against a twin whose wait has run out ----------

WAITS = [
    C(
        "not till after Christmas trading, said this month vs said last December",
        "cs",
        [
            store_ldn(
                "Harriet Quenvillers",
                1,
                call(
                    20, "Cand keen but won't leave mid-peak - nothing till after Christmas trading."
                ),
            ),
            store_ldn(
                "Florian Ashdown",
                2,
                call(
                    330,
                    "Cand keen but won't leave mid-peak - nothing till after Christmas trading.",
                ),
            ),
        ],
        **job(STORE_ROLE, LONDON),
    ),
    C(
        "contract runs to the end of the winter season in April vs summer season ended in October",
        "cs",
        [
            fom_tfe(
                "Yeray Cabrera",
                1,
                wa(
                    30,
                    "I'm tied to the hotel till the winter season closes end of April, can't "
                    "break the contract. After that I'm all yours",
                ),
            ),
            fom_tfe(
                "Ainhoa Goikoetxea",
                2,
                wa(
                    95,
                    "Call me once the summer season's wrapped at the end of October, I'm "
                    "drowning till then",
                ),
            ),
        ],
        **job(FOM_ROLE, TENERIFE),
    ),
    C(
        "not before Eid al-Fitr next spring vs after Eid al-Adha, long past",
        "cs",
        [
            fom_dxb(
                "Omar Bakhit",
                1,
                call(12, "Cand will not move during Ramadan - earliest start after Eid al-Fitr."),
            ),
            fom_dxb(
                "Yousef Karam",
                2,
                call(200, "Cand asked us to come back to him after Eid al-Adha, family travel."),
            ),
        ],
        **job(FOM_ROLE, DUBAI),
    ),
    C(
        "three months' notice handed in a fortnight ago vs one month handed in in August",
        "cs",
        [
            gm_mcr(
                "Ciarán Whitmore",
                1,
                mail(
                    14,
                    "Handed my notice in today. It's three months as GM, so I can't start "
                    "anything new until that's served.",
                ),
            ),
            gm_mcr(
                "Poppy Ravensworth",
                2,
                mail(
                    95,
                    "Handed my notice in today. It's a month, so I'll be free after that - "
                    "let's talk then.",
                ),
            ),
        ],
        **job(GM_ROLE, MANCHESTER),
    ),
    C(
        "'give me three months' said last month vs said in June",
        "cs",
        [
            bar_syd(
                "Brodie Tennant",
                1,
                wa(28, "just started a new gig, give me three months and then hit me up"),
            ),
            bar_syd(
                "Saoirse Gallaghy",
                2,
                wa(160, "just started a new gig, give me three months and then hit me up"),
            ),
        ],
        **job(BAR_ROLE, SYDNEY, currency="AUD", salary_min=80_000, salary_max=90_000),
    ),
    C(
        "on board till she signs off in February vs signed off in August",
        "cs",
        [
            sea(
                "Analyn Bautista",
                1,
                ats(
                    35,
                    "Crewing desk: cand mid-contract, signs off mid-February in Barbados. "
                    "No interviews while on board.",
                ),
            ),
            sea(
                "Jomar Evangelista",
                2,
                ats(
                    140,
                    "Crewing desk: cand mid-contract, signs off in August in Southampton. "
                    "No interviews while on board.",
                ),
            ),
        ],
        **job(SEA_ROLE, AT_SEA),
    ),
    C(
        "frozen until Cyber Monday is over vs frozen until Easter trading was over",
        "cs",
        [
            store_ldn(
                "Ottoline Marchetti",
                1,
                call(
                    26, "Company freeze on leavers until Cyber Monday's done. Call her after that."
                ),
            ),
            store_ldn(
                "Rupert Kingsley-Ames",
                2,
                call(
                    245,
                    "Company freeze on leavers until Easter trading's done. Call him after that.",
                ),
            ),
        ],
        **job(STORE_ROLE, LONDON),
    ),
    C(
        "after the Q1 close at the end of March vs after the Q3 close in September",
        "cs",
        [
            ho_leeds(
                "Fenella Bright",
                1,
                mail(
                    22,
                    "Can we pick this up after our Q1 close at the "
                    "end of March? I'm running the year-end store "
                    "counts.",
                ),
            ),
            ho_leeds(
                "Ignatius Polewhistle",
                2,
                mail(
                    110,
                    "Can we pick this up after our Q3 close at "
                    "the end of September? I'm running the "
                    "half-year store counts.",
                ),
            ),
        ],
        **job(HO_ROLE, HO_HYBRID),
    ),
    C(
        "Arabic: after Ramadan vs Arabic reply asking for no wait",
        "cs",
        [
            fom_dxb(
                "Hamdan Al-Falahiri",
                1,
                wa(8, "بعد رمضان إن شاء الله نتكلم، الآن لا أستطيع الانتقال."),
            ),
            fom_dxb(
                "Layla Mansour",
                2,
                wa(8, "أنا متاحة للمقابلة في أي وقت هذا الأسبوع، أرسل لي التفاصيل."),
            ),
        ],
        **job(FOM_ROLE, DUBAI),
    ),
    C(
        "Tagalog: after Christmas, home for the holidays vs contract already finished in September",
        "cs",
        [
            sea(
                "Jericho Pangilinan",
                1,
                wa(
                    10,
                    "Uuwi po ako sa Pinas para sa Pasko, after New Year na lang po tayo mag-usap.",
                ),
            ),
            sea(
                "Rosalinda Macaraeg",
                2,
                wa(
                    75,
                    "Tapos na po ang kontrata ko noong September, "
                    "available na po ako kahit kailan.",
                ),
            ),
        ],
        **job(SEA_ROLE, AT_SEA),
    ),
    C(
        "Spanish: until the winter season ends in April vs the season already ended",
        "cs",
        [
            gm_palma(
                "Tomeu Vicens",
                1,
                mail(
                    18,
                    "Hasta que termine la temporada de invierno en "
                    "abril no puedo moverme, tengo contrato.",
                ),
            ),
            gm_palma(
                "Xisca Bennàssar",
                2,
                mail(
                    40,
                    "La temporada ya terminó a finales de octubre, estoy libre para lo que haya.",
                ),
            ),
        ],
        **job(GM_ROLE, PALMA),
    ),
    C(
        "a note full of dates asking no wait vs not before the New Year",
        "cs",
        [
            fom_ldn(
                "Marguerite Seddon",
                2,
                call(
                    18,
                    "Cand history: joined the Langham Mar 2017, FOM since Feb 2022, did the "
                    "Coronation weekend May 2023 on double shifts, off 24-26 Dec this year as "
                    "usual. Free to interview any day, can start on a month's notice.",
                ),
            ),
            fom_ldn(
                "Lysander Crewe",
                1,
                call(
                    18,
                    "Cand wants to see out the festive period at the hotel - not before the "
                    "New Year.",
                ),
            ),
        ],
        **job(FOM_ROLE, LONDON),
    ),
    C(
        "after CES in January vs after the Grand Prix, which has been and gone",
        "cs",
        [
            casino_lv(
                "Dashiell Rourke",
                1,
                call(
                    20,
                    "Cand says floor is slammed through CES in January, call back once it's over.",
                ),
            ),
            casino_lv(
                "Marisol Etxeberria",
                2,
                call(
                    55,
                    "Cand says floor is slammed through the "
                    "Grand Prix weekend, call back once it's "
                    "over.",
                ),
            ),
        ],
        **job(CASINO_ROLE, VEGAS),
    ),
    C(
        "maternity leave until next September vs back from maternity leave since the summer",
        "cs",
        [
            gm_ny(
                "Serafina Castellano",
                1,
                mail(
                    45,
                    "I'm on maternity leave until next September and not looking before I'm back.",
                ),
            ),
            gm_ny(
                "Imani Whitlock",
                2,
                mail(
                    45,
                    "I've been back from maternity leave since "
                    "August and I'm ready for the next step.",
                ),
            ),
        ],
        **job(GM_ROLE, NEW_YORK, currency="USD", salary_min=95_000, salary_max=110_000),
    ),
    C(
        "ping me in six weeks said ten days ago vs said eighty days ago",
        "cs",
        [
            park_orl(
                "Colton Birdsall",
                1,
                linked(10, "Ping me in six weeks? Mid-project on the new coaster opening."),
            ),
            park_orl(
                "Geneviève Moreau",
                2,
                linked(80, "Ping me in six weeks? Mid-project on the new coaster opening."),
            ),
        ],
        **job(PARK_ROLE, ORLANDO),
    ),
]


def duo(name, opening, maker, *people) -> Case:
    """A case of people of one kind; each is (name, grade, what they said, ...more notes):
    a plain string is a recruiter's call note from a month ago."""
    built = []
    for person_name, grade, *notes in people:
        notes = [call(30, n) if isinstance(n, str) else n for n in notes]
        apps = [n for n in notes if "stage_reached" in n]
        touches = [n for n in notes if "stage_reached" not in n]
        built.append(maker(person_name, grade, *touches, apps=apps))
    return C(name, "cs", built, **opening)


# --- 3. schedule, travel, visa and right to work, contract, commute ---------------------------

SCHEDULE = [
    duo(
        "refuses split shifts vs fine with splits, splits role",
        job(GM_ROLE, MANCHESTER, offers=["Split shifts four days a week: 10-3 and 5-close"]),
        gm_mcr,
        (
            "Nigel Thorogood",
            0,
            "Cand did years of split shifts at Hawksmoor, says never again - straight shifts only.",
        ),
        (
            "Aoife Brennacott",
            2,
            "Cand fine with splits, lives 5 min from Spinningfields and goes home in the gap.",
        ),
    ),
    duo(
        "no closes, kids at home vs happy to close four nights, a closing role",
        job(BAR_ROLE, SYDNEY, offers=["Closing shifts Wed-Sat until 3am"]),
        bar_syd,
        (
            "Matilda Fenwick",
            0,
            wa(30, "can't do closes anymore, twins at home, need to be out by 9 latest"),
        ),
        ("Rhys Carrington", 2, wa(30, "love a close tbh, 4 nights a week no worries")),
    ),
    duo(
        "not against nights vs nights are a dealbreaker, graveyard shift",
        job(
            CASINO_ROLE,
            VEGAS,
            title="Casino Shift Manager (graveyard)",
            offers=["Graveyard shift 10pm-6am, four nights on"],
        ),
        casino_lv,
        ("Reginald Tsosie", 2, "Not against nights at all - did graveyard at Caesars 3 yrs."),
        ("Beverly Anstruther", 0, "Nights are a dealbreaker for her, days or swing only."),
    ),
    duo(
        "weekends off needed vs weekends fine, a weekend-heavy store",
        job(STORE_ROLE, LONDON, offers=["Five days out of seven including every Saturday"]),
        store_ldn,
        ("Cressida Vanewright", 0, "Needs weekends off - custody arrangement, non-negotiable."),
        ("Emeka Obi", 2, "Weekends no problem; prefers a weekday off."),
    ),
    duo(
        "past splits were the problem, this role has none vs wants more hours",
        job(GM_ROLE, NEW_YORK, offers=["Straight shifts, no splits, two days off together"]),
        gm_ny,
        (
            "Thaddeus Milbank",
            2,
            app(
                200,
                "offer",
                "declined_offer",
                "other",
                "Declined: the split-shift rota at the Flatiron site, wanted straight shifts.",
                role="Restaurant General Manager",
            ),
        ),
        ("Oksana Dragomir", 1, "Would like more variety in the week, no strong view on shifts."),
    ),
]

TRAVEL = [
    duo(
        "won't travel overnight vs happy on the road, multi-site area role",
        job(
            AREA_ROLE,
            MANCHESTER,
            offers=["Eleven stores from Preston to Stoke, two overnight stays a week"],
        ),
        staff(STORE_MANAGER, "Manchester, UK"),
        ("Derek Hollinrake", 0, "Cand won't do overnights - carer for his dad."),
        (
            "Priya Chaudhury",
            2,
            "Cand wants an area role and is fine being on the road, hotels midweek ok.",
        ),
    ),
    duo(
        "car-sick of driving between sites vs wants a multi-site patch",
        job(AREA_ROLE, LONDON, offers=["Nine stores across Kent and Sussex, company car"]),
        store_ldn,
        (
            "Bartholomew Quinceford",
            0,
            "Did 40k miles a year as a district manager at Next - "
            "refuses to go back to living in the car.",
        ),
        ("Henrietta Loxley", 2, "Bored in one store, wants a multi-site patch, loves driving."),
    ),
    duo(
        "past role's travel was the problem, this one is single-site vs travel-hungry",
        job(STORE_ROLE, LONDON, offers=["One flagship store on Oxford Street, no travel"]),
        store_ldn,
        (
            "Winifred Ashcombley",
            2,
            app(
                260,
                "offer",
                "declined_offer",
                "other",
                "Turned down the area role: too much travel across the South East.",
                role="Area Manager",
            ),
        ),
        ("Caspian Rowe", 1, "Wants to see more of the business, open to travel."),
    ),
    duo(
        "can't fly between islands every week vs loves island-hopping, Balearics cluster role",
        job(
            GM_ROLE,
            PALMA,
            title="Cluster Operations Manager, Balearics",
            offers=["Three restaurants in Palma, Ibiza and Menorca; weekly inter-island flights"],
        ),
        gm_palma,
        (
            "Pau Ferrerbona",
            0,
            wa(
                30,
                "Volar cada semana a Ibiza y Menorca? Imposible, tengo a mi "
                "madre enferma en Palma.",
            ),
        ),
        ("Neus Pons", 2, wa(30, "Me encantaría un rol entre islas, vuelo a Ibiza sin problema.")),
    ),
    duo(
        "no travel abroad vs happy with regional travel, Gulf-wide role",
        job(
            FOM_ROLE,
            DUBAI,
            title="Cluster Front Office Manager, GCC",
            offers=["Four hotels in Dubai, Doha and Muscat; ten days a month travelling"],
        ),
        fom_dxb,
        ("Sameer Qureshi", 0, "Cand won't travel outside Dubai - wife expecting in spring."),
        ("Farah Jaber", 2, "Cand keen to travel the region, has GCC visas sorted."),
    ),
    duo(
        "fleet visits fine vs no more time away from home, fleet role",
        job(
            SEA_ROLE,
            ORLANDO,
            title="Fleet Guest Services Trainer",
            offers=["Based at Port Canaveral; joins ships for two weeks at a time"],
        ),
        sea,
        ("Lucinda Barros", 2, "Misses the ships a bit - fortnight stints on board would suit."),
        ("Dominic Ahearne", 0, "Swallowed the anchor for good: won't spend nights away."),
    ),
    duo(
        "travel to Ireland stores monthly refused vs taken in stride",
        job(AREA_ROLE, EDINBURGH, offers=["Scottish and Northern Irish stores, Belfast monthly"]),
        staff(STORE_MANAGER, "Edinburgh, UK"),
        ("Fergus McAllister", 0, "Cand terrified of flying - can't do Belfast trips."),
        ("Isla Drummondale", 2, "Monthly Belfast trips fine, family there."),
    ),
    duo(
        "happy to travel the parks vs no travel: single park only",
        job(
            PARK_ROLE,
            ORLANDO,
            title="Multi-Park Operations Manager",
            offers=["Covers our three Florida parks, Orlando and Tampa"],
        ),
        park_orl,
        ("Trinity Abernathy", 2, "Would love to cover more than one park, Tampa drive ok."),
        ("Wesley Crutchfield", 0, "Single park only, no driving to Tampa, done with that."),
    ),
    duo(
        "travel they hated was last year's; this brand has one city vs no objection",
        job(GM_ROLE, NEW_YORK, offers=["One Manhattan restaurant, no travel"]),
        gm_ny,
        (
            "Esperanza Quiroga",
            2,
            withdrew(
                180,
                "other",
                "Pulled out: the opening-team role meant six weeks in Miami.",
                role="Opening General Manager",
            ),
        ),
        ("Bram Vanderpool", 1),
    ),
    duo(
        "Tagalog: ayaw bumiyahe vs okay lang bumiyahe, regional training role",
        job(
            FOM_ROLE,
            DUBAI,
            title="Regional Front Office Trainer",
            offers=["Visits our twelve UAE hotels, two or three nights away a week"],
        ),
        fom_dxb,
        (
            "Rommel Sarmiento",
            0,
            wa(
                30,
                "Ayoko na po ng trabaho na laging nasa biyahe, may "
                "pamilya na po ako dito sa Dubai.",
            ),
        ),
        (
            "Kristine Agbayani",
            2,
            wa(30, "Okay lang po sa akin bumiyahe sa ibang hotels, gusto ko nga po yan."),
        ),
    ),
]

VISA = [
    duo(
        "needs sponsorship vs settled status, no sponsorship offered",
        job(FOM_ROLE, LONDON, offers=["We cannot sponsor a visa for this role"]),
        fom_ldn,
        (
            "Arjun Malhotriya",
            0,
            "Cand on a Graduate visa ending Feb, needs Skilled Worker sponsorship.",
        ),
        ("Katarzyna Wrona", 2, "Cand has settled status, full right to work in the UK."),
    ),
    duo(
        "working holiday visa running out in January vs visa extended by a second year",
        job(BAR_ROLE, SYDNEY, offers=["Permanent full-time role; no visa sponsorship"]),
        bar_syd,
        (
            "Callum Pritchley",
            0,
            wa(
                30,
                "my WHV runs out in jan and im not eligible for a 2nd "
                "year, so can only do till then",
            ),
        ),
        (
            "Ellie Vantongeren",
            2,
            wa(30, "got my 2nd year WHV through, can stay till 2028 and want to go for PR"),
        ),
    ),
    duo(
        "needs H-1B sponsorship vs green card holder, no sponsorship",
        job(CASINO_ROLE, VEGAS, offers=["Must be authorized to work in the US; no sponsorship"]),
        casino_lv,
        ("Takumi Hasegawa", 0, "Cand would need H-1B sponsorship to move from Macau."),
        ("Rosario Delacruz", 2, "Cand has a green card since 2019."),
    ),
    duo(
        "sponsor-needing role offers sponsorship: needs it vs already has a UAE visa, both fine",
        job(FOM_ROLE, DUBAI, offers=["Employment visa, medical and flights provided"]),
        fom_dxb,
        ("Joanne Mabini", 2, "Cand in Manila, needs an employment visa - role provides one."),
        ("Adebayo Fasholaran", 2, "Cand already on a UAE residence visa through current hotel."),
        ("Svetlana Orlova", 0, "Cand won't relocate to the Gulf under any circumstances."),
    ),
    duo(
        "EU citizen for a Mallorca role vs non-EU, no work permit, no sponsorship",
        job(GM_ROLE, PALMA, offers=["Contrato indefinido; sin patrocinio de visado"]),
        gm_palma,
        (
            "Oliver Haythornthwaite",
            0,
            "UK passport only since Brexit, no Spanish residency - would need a work permit.",
        ),
        ("Chiara Bellandi", 2, "Italian passport, lives in Palma, no paperwork needed."),
    ),
    duo(
        "spouse's visa, not hers: she has her own right to work vs needs sponsorship",
        job(STORE_ROLE, LONDON, offers=["No visa sponsorship available"]),
        store_ldn,
        (
            "Mei Ling Tan",
            2,
            "Husband's Skilled Worker visa is up for renewal - not her issue, "
            "she has ILR in her own right.",
        ),
        ("Diego Santacruz", 0, "Cand needs a new sponsor by March or has to leave the UK."),
    ),
    duo(
        "Arabic: visa sorted vs needs the employer's visa, none offered",
        job(FOM_ROLE, DUBAI, offers=["Candidates must hold their own UAE residence visa"]),
        fom_dxb,
        ("Mahmoud Saleh", 2, wa(30, "عندي إقامة ذهبية، لا أحتاج كفالة.")),
        ("Tariq Nasser", 0, wa(30, "أحتاج تأشيرة عمل من الشركة، ليس عندي إقامة حالياً.")),
    ),
    duo(
        "right to work resolved since last time vs still needs it",
        job(FOM_ROLE, LONDON, offers=["No visa sponsorship"]),
        fom_ldn,
        (
            "Anjali Desai",
            2,
            app(300, "offer", "rejected", "other", "Offer pulled - we couldn't sponsor her."),
            "Cand got ILR in September - no sponsorship needed now.",
        ),
        (
            "Bongani Zulu",
            0,
            app(300, "offer", "rejected", "other", "Offer pulled - we couldn't sponsor him."),
            "Cand still on a sponsored visa with his current hotel, would need a new sponsor.",
        ),
    ),
    duo(
        "cruise C1/D visa in hand vs visa application refused",
        job(SEA_ROLE, AT_SEA, offers=["US C1/D crew visa required before joining"]),
        sea,
        ("Rowena Catacutan", 2, "C1/D valid till 2030, seaman's book in order."),
        ("Emmanuel Nwachukwu", 0, "C1/D refused in October, can't reapply for six months."),
    ),
    duo(
        "Tagalog: may working visa na vs kailangan pa ng sponsor, no sponsorship",
        job(BAR_ROLE, SYDNEY, offers=["Australian citizens and permanent residents only"]),
        bar_syd,
        ("Ramil Tolentino", 2, wa(30, "PR na po ako dito sa Australia since last year.")),
        ("Jonalyn Sison", 0, wa(30, "Kailangan ko po ng employer sponsor para sa visa ko.")),
    ),
]

CONTRACT = [
    duo(
        "wants permanent, role is seasonal vs wants a summer season",
        job(
            GM_ROLE,
            PALMA,
            title="Restaurant General Manager (summer season)",
            offers=["Seasonal contract April to October, staff accommodation"],
        ),
        gm_palma,
        ("Llorenç Garau", 0, "Done with seasons - only a permanent contract now."),
        ("Beatriz Soler", 2, "Wants another summer season, winters off to travel."),
    ),
    duo(
        "zero-hours refused vs flexible hours wanted, zero-hours role",
        job(
            BAR_ROLE,
            LONDON,
            title="Relief Bar Manager (zero hours)",
            offers=["Zero-hours, pick your shifts across six venues"],
        ),
        staff(BAR_MANAGER, "London, UK"),
        ("Trevor Blackwood", 0, "Won't touch zero-hours, needs guaranteed hours for the mortgage."),
        ("Indira Sheikh", 2, "Studying part-time, wants to choose shifts week by week."),
    ),
    duo(
        "live-in wanted vs live-in refused, live-in post",
        job(
            FOM_ROLE,
            EDINBURGH,
            title="Front Office Manager (live-in), Highland hotel",
            offers=["Live-in accommodation and meals included"],
        ),
        staff(FRONT_OFFICE, "Edinburgh, UK"),
        ("Alasdair Munrovie", 2, "Would love a live-in post in the Highlands, no ties."),
        ("Kirsty Baird", 0, "Won't do live-in again, wants her own place and life."),
    ),
    duo(
        "permanent wanted, role is permanent vs wants a fixed-term",
        job(STORE_ROLE, LONDON, offers=["Permanent, full-time"]),
        store_ldn,
        ("Gwendolyn Pryce", 2, "Sick of fixed-term cover contracts, wants something permanent."),
        ("Jasper Trelawney", 0, "Only wants a 6-month fixed-term before he emigrates."),
    ),
]

COMMUTE = [
    duo(
        "night bus after a close is fine vs no transport home after midnight",
        job(BAR_ROLE, LONDON, offers=["Closing at 1am, Soho"]),
        staff(BAR_MANAGER, "Walthamstow, London, UK"),
        ("Zachary Penhaligon", 2, "N73 home after a close is fine, done it for years."),
        (
            "Philippa Grangeworth",
            0,
            "No night buses home - won't finish after 11 unless it's a cab.",
        ),
    ),
    duo(
        "staff shuttle from Palmanova suits vs no car and no bus at 6am",
        job(
            GM_ROLE,
            dict(remote_policy="onsite", location="Magaluf, Mallorca, Spain"),
            offers=["Staff shuttle from Palma and Palmanova for breakfast shifts"],
        ),
        gm_palma,
        ("Sebastià Mulet", 2, "Lives in Palmanova; shuttle works perfectly."),
        ("Remedios Alcardete", 0, "Lives in Alcúdia, no car - an hour and a half each way."),
    ),
    duo(
        "Harbour Bridge every day refused vs lives in The Rocks",
        job(GM_ROLE, dict(remote_policy="onsite", location="North Sydney, NSW, Australia")),
        staff(RESTAURANT_GM, "Sydney, NSW, Australia"),
        ("Darcy Whitlam", 0, "Lives in Maroubra, won't cross the Bridge daily - 75 min each way."),
        ("Tahlia Vuong-Lam", 2, "Lives in The Rocks, North Sydney is a ten-minute walk over."),
    ),
    duo(
        "I-4 commute from Kissimmee fine vs won't drive I-4 at rush hour",
        job(PARK_ROLE, ORLANDO),
        park_orl,
        ("Ramona Espinoza", 2, "Kissimmee to the park is 20 mins, easy."),
        ("Garrett Hollowbeck", 0, "Lives in Sanford, won't sit on I-4 an hour each way again."),
    ),
    duo(
        "Elizabeth line from Reading is fine vs max 30 minutes door to door",
        job(FOM_ROLE, dict(remote_policy="onsite", location="Canary Wharf, London, UK")),
        staff(FRONT_OFFICE, "Reading, UK"),
        ("Juliette Okonkwo", 2, "Elizabeth line from Reading, an hour, fine with it."),
        ("Montague Fairlingham", 0, "Cand: 30 mins door to door max, won't go further."),
    ),
    duo(
        "the Strip from Henderson is fine vs won't commute from Summerlin",
        job(CASINO_ROLE, VEGAS),
        casino_lv,
        ("Lorenzo Biancardello", 2, "Henderson to the Strip, 20 min, no issue."),
        (
            "Clementine Rhodes",
            0,
            "Won't commute to the Strip anymore - wants a Summerlin local casino only.",
        ),
    ),
    duo(
        "Sheikh Zayed Road traffic refused vs metro from Al Barsha fine",
        job(FOM_ROLE, dict(remote_policy="onsite", location="Dubai Marina, UAE")),
        fom_dxb,
        ("Yara Khoury", 0, "Lives in Sharjah, refuses the SZR drive to the Marina daily."),
        ("Ibrahim Diallo", 2, "Al Barsha, metro to the Marina is 15 mins."),
    ),
    duo(
        "Spanish: bus from Los Cristianos fine vs no car, lives in La Laguna",
        job(FOM_ROLE, TENERIFE),
        fom_tfe,
        ("Airam Déniz", 2, wa(30, "Vivo en Los Cristianos, en guagua son diez minutos.")),
        (
            "Nayra Expósito",
            0,
            wa(30, "Vivo en La Laguna y no tengo coche, al sur no puedo ir cada día."),
        ),
    ),
    duo(
        "Tube strikes aside, Jubilee line is easy vs two hours from Luton",
        job(STORE_ROLE, dict(remote_policy="onsite", location="Stratford, London, UK")),
        store_ldn,
        ("Hyacinth Oduyakwe", 2, "Jubilee line, 15 mins to Westfield Stratford."),
        ("Barnaby Coltrane", 0, "Lives in Luton now, said 2 hrs each way is not happening."),
    ),
    duo(
        "ferry from Staten Island is fine vs won't commute into Manhattan",
        job(GM_ROLE, NEW_YORK),
        gm_ny,
        ("Concetta Lombardi", 2, "Staten Island ferry then a walk, fine with it."),
        ("Malcolm Ferraro", 0, "Only wants Brooklyn, no Manhattan commute."),
    ),
]

# --- 4. pay against the band ------------------------------------------------------------------

PAY = [
    duo(
        "wants £65k floor vs on £48k asking £52k, a £50-56k role",
        job(GM_ROLE, MANCHESTER, salary_min=50_000, salary_max=56_000, currency="GBP"),
        gm_mcr,
        ("Cedric Wolstenholme", 0, "Won't move for less than £65k base plus tronc."),
        ("Imogen Latham", 2, "On £48k, looking for £52k or thereabouts."),
    ),
    duo(
        "hourly ask above the band vs within it, $32-36 an hour",
        job(
            PARK_ROLE,
            ORLANDO,
            title="Attractions Supervisor",
            offers=["$32-36 an hour plus benefits"],
            seniority="lead",
        ),
        park_orl,
        ("Harlan Beaumont", 0, "Needs $45/hr minimum to leave."),
        ("Valentina Ruiz", 2, "Would move for $34/hr with health insurance."),
    ),
    duo(
        "current pay above band but no floor vs hard floor above band",
        job(FOM_ROLE, DUBAI, salary_min=216_000, salary_max=252_000, currency="AED"),
        fom_dxb,
        (
            "Gaurav Bhatia",
            2,
            "On AED 270k now but says pay is not the issue, happy at 240k for a better hotel.",
        ),
        ("Stavros Kyriakou", 0, "On AED 260k, won't take a dirham less than 290k."),
    ),
    duo(
        "monthly ask inside a yearly band vs monthly ask well above",
        job(GM_ROLE, PALMA, salary_min=42_000, salary_max=48_000, currency="EUR"),
        gm_palma,
        ("Martí Coll", 2, "Pide 3.500 € al mes en 12 pagas."),
        ("Ferran Sastre", 0, "Pide 5.500 € netos al mes, no baja."),
    ),
    duo(
        "tips and tronc count towards the ask vs base alone above the band",
        job(
            BAR_ROLE,
            LONDON,
            salary_min=38_000,
            salary_max=42_000,
            currency="GBP",
            offers=["Tronc worth about £8k a year on top"],
        ),
        staff(BAR_MANAGER, "London, UK"),
        ("Rosalind Achebelu", 2, "Wants around £48k all-in including tronc."),
        ("Quentin Harcourt", 0, "Needs £55k base, tronc not counted, not negotiable."),
    ),
    duo(
        "AUD ask within band vs AUD ask far above",
        job(BAR_ROLE, SYDNEY, salary_min=80_000, salary_max=90_000, currency="AUD"),
        bar_syd,
        ("Kirra Donovan", 2, "Happy on 85k plus super."),
        ("Hamish Carmodine", 0, "Won't look under 120k plus super."),
    ),
    duo(
        "last time declined over pay, this band meets her ask vs pay still short for him",
        job(CASINO_ROLE, VEGAS, salary_min=95_000, salary_max=105_000, currency="USD"),
        casino_lv,
        (
            "Delphine Marchand",
            2,
            declined(
                240, "compensation", "Declined at $82k, wanted $98k.", role="Casino Shift Manager"
            ),
        ),
        (
            "Augustus Pell",
            0,
            declined(
                240, "compensation", "Declined at $82k, wanted $140k.", role="Casino Shift Manager"
            ),
        ),
    ),
]

# --- 5. work mode and negation ----------------------------------------------------------------

WORK_MODE = [
    duo(
        "remote in the title only: remote seeker vs wants the office",
        job(
            HO_ROLE, dict(location="United Kingdom"), title="Retail Communications Partner (Remote)"
        ),
        ho_leeds,
        ("Peregrine Ashwickham", 2, "Wants fully remote, moved to the Dales."),
        (
            "Georgina Whitcombe",
            0,
            "Hates working from home, wants to be at the support centre every day.",
        ),
    ),
    duo(
        "remote in the description only vs office person",
        job(
            HO_ROLE,
            dict(location="United Kingdom"),
            description="A fully remote role: you "
            "will work from home and visit stores a few times a year.",
        ),
        ho_leeds,
        ("Beatrix Lamb", 2, "Only remote roles now."),
        ("Horace Pennington", 0, "Wants a proper office, five days, misses the team."),
    ),
    duo(
        "two days hybrid suits vs remote only, hybrid role",
        job(HO_ROLE, HO_HYBRID),
        ho_leeds,
        ("Annika Thorsen", 2, "Two days in Leeds is fine, not five."),
        ("Lionel Featherbeck", 0, "Remote or nothing, won't come in even once a week."),
    ),
    duo(
        "remote reservations role: remote seeker vs frontline-only",
        job(
            FOM_ROLE,
            HO_REMOTE,
            title="Reservations Manager",
            description="Lead a remote reservations team of 20 working from home across the UK.",
        ),
        fom_ldn,
        (
            "Ottilie Spencer",
            2,
            "Would love a work-from-home reservations role after 10 years on the desk.",
        ),
        ("Benedict Oyelaran", 0, "Wants to stay on the front desk, no home working."),
    ),
    duo(
        "three office days hybrid vs hybrid is fine, fully remote refused",
        job(
            HO_ROLE,
            dict(
                remote_policy="hybrid",
                location="London, UK",
                offers=["Three days a week at the Holborn head office"],
            ),
        ),
        staff(RETAIL_HO, "London, UK"),
        ("Valentine Osei", 2, "Not remote-only - likes a mix, three days in is fine."),
        ("Wilhelmina Cray", 0, "Only fully remote now, no office days."),
    ),
]

NEGATION = [
    duo(
        "'not against gaming' vs 'not working in gaming'",
        job(CASINO_ROLE, VEGAS),
        casino_lv,
        ("Solomon Ferreira", 2, "Not against staying in gaming, just wants a bigger floor."),
        ("Persephone Hale", 0, "Not working in gaming again - wants out of casinos."),
    ),
    duo(
        "'the money wasn't the issue, the splits were' vs money is the issue, splits role",
        job(
            GM_ROLE,
            MANCHESTER,
            salary_min=50_000,
            salary_max=55_000,
            currency="GBP",
            offers=["Split shifts most days"],
        ),
        gm_mcr,
        ("Cormac Devlinagh", 1, "The money wasn't the issue at his last place, it was the splits."),
        ("Elspeth Tranter", 2, "Not bothered by splits; the money was why she left."),
    ),
    duo(
        "'no problem with weekends' vs 'weekends are a problem'",
        job(STORE_ROLE, LONDON, offers=["Every Saturday and alternate Sundays"]),
        store_ldn,
        ("Leopold Adeyemi", 2, "No problem with weekends. Leopold"),
        ("Octavia Bramble", 0, "Weekends are a problem now - she has the kids."),
    ),
    duo(
        "'never said no to live-in' vs 'no to live-in'",
        job(
            FOM_ROLE,
            EDINBURGH,
            title="Front Office Manager (live-in)",
            offers=["Live-in room on the estate"],
        ),
        staff(FRONT_OFFICE, "Edinburgh, UK"),
        (
            "Morag Sinclairn",
            2,
            "Never said no to live-in - it's the remote glens she minds, and "
            "this is 20 mins from Inverness.",
        ),
        ("Euan Strachan", 0, "No to live-in, full stop."),
    ),
    duo(
        "not opposed to managing a team vs doesn't want to manage",
        job(BAR_ROLE, SYDNEY),
        bar_syd,
        ("Jarrah Whitfellow", 2, "Not opposed to running the team, wants the step up."),
        ("Indigo Harland", 0, "Doesn't want to manage people, happy behind the bar only."),
    ),
]

# --- 6. location, level, stage and size, industry and mission, technology --------------------

LOCATION = [
    duo(
        "wants to move to Dubai vs won't leave London, Dubai role",
        job(FOM_ROLE, DUBAI),
        fom_ldn,
        ("Cordelia Ransome", 2, "Dreaming of a move to Dubai, tax-free, ready to relocate."),
        ("Tobias Merriwethan", 0, "Won't leave London - partner's job and the kids' school."),
    ),
    duo(
        "relocating to Orlando from Ohio vs staying in Ohio",
        job(PARK_ROLE, ORLANDO),
        staff(PARK_OPS, "Columbus, OH, USA"),
        ("Savannah Pickett", 2, "Moving to Orlando in December regardless, house bought."),
        ("Dwight Kesslowe", 0, "Not relocating from Columbus, not for any park."),
    ),
    duo(
        "Canaries to Mallorca welcome vs only Tenerife",
        job(FOM_ROLE, PALMA),
        fom_tfe,
        ("Jonay Rodríguez", 2, wa(30, "Me mudo a Mallorca sin problema, mi pareja es de allí.")),
        ("Guacimara Trujillo", 0, wa(30, "Solo Tenerife, no me muevo de la isla.")),
    ),
]

LEVEL = [
    duo(
        "wants to manage a team vs wants to stay hands-on, manager role",
        job(GM_ROLE, NEW_YORK),
        gm_ny,
        ("Jerome Batiste", 2, "Ready to run the whole restaurant, wants the GM title."),
        ("Francesca Lupo", 0, "Wants to stay an AGM on the floor, no full P&L and no hiring."),
    ),
    duo(
        "step back from managing wanted vs step up, area role",
        job(AREA_ROLE, LONDON),
        store_ldn,
        ("Ambrose Ketterbridge", 0, "Wants to step back from managing - a deputy role would do."),
        ("Nkechi Adebayo", 2, "Wants to lead store managers, ready for area."),
    ),
]

STAGE_SIZE = [
    duo(
        "independent, one-site restaurant wanted vs big group wanted, independent role",
        job(
            GM_ROLE,
            NEW_YORK,
            description="Run the only restaurant of a chef-owned independent in the West Village.",
        ),
        gm_ny,
        ("Antonia Ricci", 2, "Done with big groups, wants a chef-owned independent."),
        ("Cyrus Whitaker", 0, "Wants a big group with a career ladder and 401k match."),
    ),
    duo(
        "start-up hotel brand opening its first property vs wants an established chain",
        job(
            FOM_ROLE,
            LONDON,
            description="Open the first hotel of a new lifestyle brand, pre-opening from March.",
        ),
        fom_ldn,
        ("Scarlett Dunmore", 2, "Wants a pre-opening, loves building from scratch."),
        (
            "Percival Oakes",
            0,
            "Only established chains now - after the Zetter collapse, wants stability.",
        ),
    ),
]

MISSION = [
    duo(
        "won't work for a casino vs fine with gaming, casino hotel front office",
        job(
            FOM_ROLE,
            VEGAS,
            description="Run the front desk of a 3,000-room casino resort on the Strip.",
        ),
        staff(FRONT_OFFICE, "Las Vegas, NV, USA"),
        ("Ezekiel Moorcroft", 0, "Won't work for a casino, religious reasons - hotels only."),
        ("Magnolia Tran", 2, "Happy in casino resorts, done it for years."),
    ),
    duo(
        "wants out of alcohol vs bar lover, a cocktail bar role",
        job(BAR_ROLE, LONDON),
        staff(BAR_MANAGER, "London, UK"),
        ("Barnabas Ogunleye", 0, "Sober two years, wants out of bars and alcohol completely."),
        ("Philomena Gradavan", 2, "Lives for cocktails, wants a serious bar programme."),
    ),
    duo(
        "refuses fast fashion vs no objection, fast-fashion store",
        job(
            STORE_ROLE,
            LONDON,
            description="Lead a flagship store of a fast-fashion brand with weekly drops.",
        ),
        store_ldn,
        ("Clementine Azikiwe", 0, "Won't work for fast fashion again, ethics."),
        ("Reuben Castellanos", 2, "Enjoys the pace of fast fashion, weekly drops are fun."),
    ),
    duo(
        "wants sustainability mission, eco-resort vs indifferent",
        job(
            FOM_ROLE,
            PALMA,
            description="Front office of a carbon-neutral eco-resort with "
            "rewilding and a no-plastic pledge.",
        ),
        gm_palma,
        ("Aina Pujol", 2, "Quiere un hotel sostenible, harta del turismo de masas."),
        ("Bartomeu Riutort", 1),
    ),
    duo(
        "won't work for a park with captive animals vs fine with it, marine park",
        job(
            PARK_ROLE,
            ORLANDO,
            description="Run shows and attractions at a marine park with "
            "dolphin and orca presentations.",
        ),
        park_orl,
        ("Sierra Blackwell", 0, "Won't work anywhere with captive animals - left the zoo over it."),
        ("Tucker Holloway", 2, "Loved the animal shows at his last park."),
    ),
    duo(
        "luxury wanted vs budget chain preferred, luxury hotel",
        job(FOM_ROLE, LONDON, description="Front office of a five-star Mayfair hotel."),
        fom_ldn,
        ("Aurelia Fenton", 2, "Wants five-star luxury after years in budget hotels."),
        ("Digby Holt", 0, "Only wants budget and midscale, hates the stuffiness of luxury."),
    ),
    duo(
        "done with cruise lines vs loves ships, ship role",
        job(SEA_ROLE, AT_SEA),
        sea,
        (
            "Ligaya Dizon",
            0,
            "Wala na po sa barko, ayoko na po ng cruise ships. Land-based na lang.",
        ),
        ("Marlon Ocampo", 2, "Gusto ko pa po bumalik sa barko, next contract agad."),
    ),
    duo(
        "refuses gambling but fine with sports bars vs refuses nothing, casino sports bar",
        job(
            BAR_ROLE,
            VEGAS,
            title="Sportsbook Bar Manager",
            description="Run the bar inside our casino sportsbook.",
        ),
        staff(BAR_MANAGER, "Las Vegas, NV, USA"),
        (
            "Judith Abernethy",
            0,
            "Sports bars yes, but nothing inside a casino or sportsbook - her brother's gambling.",
        ),
        ("Wade Kimura", 2, "Loves game-day crowds, sportsbook would be ideal."),
    ),
    duo(
        "halal-friendly, alcohol-free venue wanted vs drinks-led",
        job(GM_ROLE, DUBAI, description="Run an alcohol-free family restaurant in Dubai Mall."),
        staff(RESTAURANT_GM, "Dubai, UAE"),
        ("Zainab Rahimyar", 2, "Wants a dry, family venue - won't serve alcohol."),
        ("Jean-Luc Marchetti", 0, "Only drinks-led venues, wine is his thing."),
    ),
    duo(
        "wants a community pub vs wants nightclubs, community pub role",
        job(
            GM_ROLE,
            SYDNEY,
            title="Pub General Manager",
            description="Run a heritage community "
            "pub in Balmain: bistro, locals' bar, trivia nights.",
        ),
        staff(RESTAURANT_GM, "Sydney, NSW, Australia"),
        ("Bronwyn Kettle", 2, "Wants a proper local pub, community feel."),
        ("Zane Pickering", 0, "Nightclubs only, wants the late scene, pubs bore him."),
    ),
]

TECH = [
    duo(
        "wants off Opera vs loves Opera, Opera property",
        job(FOM_ROLE, LONDON, offers=["Opera Cloud PMS"]),
        fom_ldn,
        ("Hermione Baxendale", 0, "Never again on Opera, wants Mews or Cloudbeds."),
        ("Lucian Drăgan", 2, "Opera superuser, wants to keep using it."),
    ),
    duo(
        "wants SAP retail experience vs refuses SAP",
        job(HO_ROLE, HO_HYBRID, offers=["Work in SAP Retail daily"]),
        ho_leeds,
        ("Ottoline Furness", 2, "Wants to learn SAP Retail."),
        ("Mortimer Gale", 0, "Refuses to go back to SAP, hated it."),
    ),
]

# --- 7. last time's reason, history with us, the latest process ------------------------------

PAST_SPLITS = dict(remote_policy="onsite", location="Manchester, UK")
LAST_TIME = [
    duo(
        "declined over a live-in post; this role lives out vs still wants live-in",
        job(FOM_ROLE, EDINBURGH, offers=["Live-out, city-centre hotel"]),
        staff(FRONT_OFFICE, "Edinburgh, UK"),
        ("Rhona Lennox", 2, declined(210, "other", "Declined: the post was live-in only.")),
        ("Calum Fraser", 0, "Only wants a live-in post with meals, to save for a deposit."),
    ),
    duo(
        "declined over nights; role is days vs declined over nights, role is nights again",
        job(CASINO_ROLE, VEGAS, title="Casino Shift Manager (days)", offers=["Day shift 6am-2pm"]),
        casino_lv,
        (
            "Odessa Lamarr",
            2,
            declined(
                150, "other", "Declined graveyard shift, wants days.", role="Casino Shift Manager"
            ),
        ),
        ("Beauregard Sims", 1),
    ),
    duo(
        "turned down over a relocation that this role doesn't need vs same reason still standing",
        job(STORE_ROLE, LONDON),
        store_ldn,
        (
            "Temperance Ogle",
            2,
            declined(
                300,
                "location",
                "Declined: role was in Birmingham, won't leave London.",
                role="Store Manager",
            ),
        ),
        (
            "Ignatius Frome",
            0,
            declined(
                300,
                "location",
                "Declined: role was in London, wants Birmingham only.",
                role="Store Manager",
            ),
        ),
    ),
    duo(
        "withdrew over the commute to Heathrow; this hotel is on his doorstep vs still far",
        job(FOM_ROLE, dict(remote_policy="onsite", location="Hammersmith, London, UK")),
        staff(FRONT_OFFICE, "Hammersmith, London, UK"),
        (
            "Crispin Yeo",
            2,
            withdrew(
                200,
                "location",
                "Pulled out: 90 min to Heathrow each way, wants west London near home.",
            ),
        ),
        ("Aldous Renwick", 0, "Lives in Chelmsford now, won't do west London."),
    ),
    duo(
        "declined over sponsorship, now has PR vs still needs it, no sponsorship",
        job(BAR_ROLE, SYDNEY, offers=["No visa sponsorship"]),
        bar_syd,
        (
            "Siddharth Rao",
            2,
            declined(260, "other", "Couldn't sponsor his 482."),
            wa(40, "got my PR!! no visa needed anymore"),
        ),
        (
            "Wiremu Tarewai",
            0,
            declined(260, "other", "Couldn't sponsor his 482."),
            wa(40, "still on the 482, need a new sponsor"),
        ),
    ),
    duo(
        "left over seasonal contract; this is permanent vs still wants seasonal",
        job(GM_ROLE, PALMA, offers=["Contrato indefinido todo el año"]),
        gm_palma,
        (
            "Miquel Oliver",
            2,
            declined(
                190,
                "other",
                "Rechazó: solo era de temporada, quiere indefinido.",
                role="Restaurant General Manager",
            ),
        ),
        ("Catalina Amengual", 0, "Solo quiere temporada de verano, inviernos libres."),
    ),
    duo(
        "declined over Ramadan hours; role has reduced hours in Ramadan vs still standing",
        job(FOM_ROLE, DUBAI, offers=["Reduced working hours during Ramadan"]),
        fom_dxb,
        (
            "Aisha Al-Hashimi",
            2,
            declined(240, "other", "Declined: no reduced hours in Ramadan at that hotel."),
        ),
        ("Noura Saeed", 1),
    ),
]

HISTORY = [
    duo(
        "rejected for no personal licence, since passed vs still missing",
        job(
            BAR_ROLE,
            LONDON,
            requirements="Personal licence\nCocktail programmes\nStock control\nTeam training",
        ),
        staff(BAR_MANAGER, "London, UK"),
        (
            "Marnie Follett",
            2,
            app(
                180,
                "interview",
                "rejected",
                "skills_gap",
                "No personal licence at the time.",
                role="Bar Manager",
            ),
            "Passed her APLH in October, personal licence issued.",
        ),
        (
            "Gideon Ashby",
            1,
            app(
                180,
                "interview",
                "rejected",
                "skills_gap",
                "No personal licence at the time.",
                role="Bar Manager",
            ),
            "Still hasn't booked the licence course.",
        ),
    ),
    duo(
        "conduct issue at a client's venue vs clean record",
        job(CASINO_ROLE, VEGAS),
        casino_lv,
        (
            "Vance Kilgore",
            0,
            app(
                120,
                "offer",
                "rejected",
                "conduct",
                "Offer withdrawn after a cash-handling discrepancy at the client.",
                role="Casino Shift Manager",
            ),
        ),
        ("Araceli Montoya", 2, lost_final(120, role="Casino Shift Manager")),
    ),
]

PROCESS = [
    duo(
        "no-show at interview vs lost a close final",
        job(GM_ROLE, MANCHESTER),
        gm_mcr,
        (
            "Dudley Sherratt",
            0,
            app(
                90,
                "interview",
                "rejected",
                "no_show",
                "Didn't turn up, no call - noted.",
                role="Restaurant General Manager",
            ),
        ),
        (
            "Ottilie Brannigan",
            2,
            lost_final(90, "Close second, client loved her.", role="Restaurant General Manager"),
        ),
    ),
    duo(
        "placed by us six weeks ago vs final round loss in the spring",
        job(STORE_ROLE, LONDON),
        store_ldn,
        (
            "Leticia Amaral",
            0,
            app(42, "offer", "hired", None, "Placed at the Regent St store.", role="Store Manager"),
        ),
        ("Roderick Vance", 2, lost_final(200, role="Store Manager")),
    ),
]

# --- 8. several notes over time: the latest word counts ---------------------------------------

LATEST = [
    duo(
        "nights refused, then fine vs nights fine, then refused",
        job(
            CASINO_ROLE,
            VEGAS,
            title="Casino Shift Manager (graveyard)",
            offers=["Graveyard 10pm-6am"],
        ),
        casino_lv,
        (
            "Evangeline Sharpe",
            2,
            call(200, "No nights, kids small."),
            wa(25, "kids are w/ their dad now, nights totally fine"),
        ),
        (
            "Montgomery Leigh",
            0,
            call(200, "Nights fine - noted."),
            mail(25, "Health stuff - I can't do nights anymore, doctor's orders."),
        ),
    ),
    duo(
        "opted out, then asked back in vs keen, then opted out",
        job(FOM_ROLE, LONDON),
        fom_ldn,
        (
            "Jessamy Thornhallow",
            2,
            mail(300, "Please stop contacting me. Jessamy"),
            mail(
                30,
                "I know I asked you to stop last year - I'm looking again, please do send "
                "FOM roles.",
            ),
        ),
        (
            "Lorcan Deveraunt",
            0,
            call(300, "Keen, send everything."),
            mail(30, "Please delete my details and don't contact me again. Lorcan"),
        ),
    ),
    duo(
        "wanted Dubai, then not, then yes again vs wanted, then not",
        job(FOM_ROLE, DUBAI),
        fom_ldn,
        (
            "Philippa Anand",
            2,
            call(300, "Wants Dubai."),
            call(150, "Partner said no to Dubai, off the table."),
            wa(20, "ok we've talked it through, Dubai is back on!!"),
        ),
        (
            "Raymond Faulkner",
            0,
            call(300, "Wants Dubai."),
            call(20, "Changed his mind, staying in London, no Gulf roles."),
        ),
    ),
    duo(
        "pay ask raised above band vs lowered into it",
        job(GM_ROLE, MANCHESTER, salary_min=50_000, salary_max=55_000, currency="GBP"),
        gm_mcr,
        (
            "Humphrey Clegg",
            0,
            call(200, "Asking £52k."),
            call(15, "Got a pay rise, now wants £68k minimum."),
        ),
        (
            "Wilhelmina Odunsami",
            2,
            call(200, "Asking £70k."),
            call(15, "Relaxed on money, £53k would do now."),
        ),
    ),
    duo(
        "seasonal wanted, then permanent vs permanent, then seasonal again",
        job(GM_ROLE, PALMA, offers=["Contrato indefinido"]),
        gm_palma,
        ("Joan Sureda", 2, wa(200, "Solo temporada."), wa(20, "Ya quiero algo fijo todo el año.")),
        (
            "Apol·lònia Ramis",
            0,
            wa(200, "Busco algo fijo."),
            wa(60, "Mejor temporada, me voy a viajar en invierno."),
        ),
    ),
    duo(
        "remote only, then hybrid ok vs hybrid ok, then remote only",
        job(HO_ROLE, HO_HYBRID),
        ho_leeds,
        (
            "Theodora Wick",
            2,
            linked(220, "Remote only please."),
            linked(18, "Changed my mind - two days in Leeds would suit now, I miss people."),
        ),
        (
            "Barnaby Thistlewood",
            0,
            linked(220, "Hybrid is fine. Barnaby"),
            linked(18, "Moved to Cornwall - only fully remote now."),
        ),
    ),
    duo(
        "no travel, then travel fine vs travel fine, then no travel",
        job(AREA_ROLE, MANCHESTER),
        staff(STORE_MANAGER, "Manchester, UK"),
        (
            "Georgiana Platt",
            2,
            call(180, "No travel, new baby."),
            call(12, "Nursery sorted, happy to travel the patch now."),
        ),
        (
            "Ptolemy Harker",
            0,
            call(180, "Happy to travel."),
            call(12, "Lost his licence, can't drive between sites."),
        ),
    ),
    duo(
        "needed sponsorship, then got ILR vs had a visa, then it lapsed",
        job(FOM_ROLE, LONDON, offers=["No sponsorship"]),
        fom_ldn,
        (
            "Nomvula Dubazana",
            2,
            ats(250, "Needs sponsorship."),
            ats(20, "ILR granted, no sponsorship needed."),
        ),
        (
            "Kenji Moriyoshida",
            0,
            ats(250, "Right to work confirmed."),
            ats(20, "Dependant visa ended with the divorce, now needs sponsorship."),
        ),
    ),
    duo(
        "casinos refused, then fine, then refused again vs refused, then fine",
        job(CASINO_ROLE, VEGAS),
        casino_lv,
        (
            "Harriet Blackstock",
            0,
            call(300, "No casinos."),
            call(150, "Casinos ok now."),
            call(20, "Back to no casinos - too hard on her family."),
        ),
        (
            "Ignatius Reyes",
            2,
            call(300, "No casinos."),
            call(20, "Casinos fine now, money matters more."),
        ),
    ),
    duo(
        "Arabic: not interested, then interested vs interested, then wait for Eid",
        job(FOM_ROLE, DUBAI),
        fom_dxb,
        (
            "Salma Al-Amiri",
            2,
            wa(200, "غير مهتمة حالياً."),
            wa(15, "الآن مهتمة جداً، أرسل التفاصيل."),
        ),
        ("Faisal Hamdan", 1, wa(200, "مهتم جداً."), wa(15, "بعد عيد الفطر نتكلم، الآن مشغول.")),
    ),
]

HELDOUT62_CASES: list[Case] = [
    *OPT_OUTS,
    *WAITS,
    *SCHEDULE,
    *TRAVEL,
    *VISA,
    *CONTRACT,
    *COMMUTE,
    *PAY,
    *WORK_MODE,
    *NEGATION,
    *LOCATION,
    *LEVEL,
    *STAGE_SIZE,
    *MISSION,
    *TECH,
    *LAST_TIME,
    *HISTORY,
    *PROCESS,
    *LATEST,
]

# The class names the set checks share (tests/test_eval_cases.py), over this file's own lists:
# negation and its scope are its NEGATION, the locations its LOCATION and the latest word its
# LATEST; last time's reason, resolved or still standing, is the file's LAST_TIME list, and the
# history with us its HISTORY.
NEGATIONS, LOCATIONS, LATEST_WORD = NEGATION, LOCATION, LATEST
RESOLVED, LAST_TIME = LAST_TIME, HISTORY
