"""Held-out rediscovery cases, fifty-third set: transport recruiting in its own words, written by
a stranger to the reader (its code, its labelled sets and the earlier case files' sentences were
not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured on its own
and never tuned to what Encore does. The people are crews and the people behind them: A320 and
737 first officers, cabin crew and pursers, train drivers, deck officers with STCW tickets,
airline operations controllers, crew rostering analysts, logistics control-room coordinators,
coach and bus drivers, airport duty managers, and the software and data engineers who build
rostering and tracking systems for airlines, rail operators and ports, in the UK, Ireland, the
Netherlands, Germany, the Gulf and Singapore. The voices are aviation and rail recruiters'
third-person call notes, a crewing agent's pool notes, in-house TA's terse ATS shorthand ("cand",
"LM", "FO", "LPC/OPC", "4on4off", "swing", "LWD"), and the crews' own WhatsApps, texts, LinkedIn
replies, emails and formal letters, some in Dutch, German and Arabic. Rosters and duty patterns,
standby, earlies and lates, base allocation, type ratings, medicals, train-driver licences, STCW,
airside and CTC vetting, sea time and swings, training bonds, union agreements and the
Fahrplanwechsel run through them.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a WhatsApp, a DSGVO erasure letter in German, a Dutch "haal me uit jullie bestand",
   an Arabic request, an ATS DNC, a LinkedIn reply, a crewing pool strike-off, "no thanks" to the
   opt-out line, an angry text, a retiring driver, a long call note with one deciding line):
   never shown; beside each a scoped stop (one channel, one client, one kind of role, the
   newsletter only, new contact details, feedback owed, not during turns);
2. waits counted from the day said (a six-month driver's notice, a four-month sea contract,
   after Eid al-Fitr, the winter season, Q2, a training bond, "eight weeks", the Christmas peak,
   the Fahrplanwechsel), each against a twin whose wait has already run out; notes full of dates
   (medicals, LPC/OPC, sign-off days) that ask for no wait;
3. schedule (nights, Sundays, part-time rosters, standby, on-call, swings, earlies, weekends,
   fixed office hours, a four-day week), travel (overnights, share of time, driving between
   depots, long-haul layovers, attending ships), visa, right to work and vetting (sponsorship, an
   EU passport, CTC and airside checks, Singapore EP), contract type (fixed-term, trip
   contracts, freelance day rates) and commute (Schiphol by train, the M25, the Severn bridge,
   the S8 to Frankfurt airport);
4. pay against the band (pounds a year, AED a month, an hourly rate, a day rate, a current pay
   above the band with a lower floor, bruto per maand, a wanted rise);
5. work mode in the title only, in the description only, office days in hybrid roles, and in
   German; negation and its scope ("not against nights", "the pay wasn't the problem");
6. location and relocation (Dubai, Hamburg, Singapore, base allocation), managing against
   hands-on, company stage and size, industry and mission wanted or refused (defence, aid
   flights, oil and gas, offshore wind, cruise, livestock carriers, low-cost carriers, freight,
   zero-emission buses, business jets, a publicly owned railway), technology wanted or refused
   (Java, Rust, SAP TM, Azure, Jeppesen, diesel units, the 737, Go, COBOL, forecasting models);
7. last time's reason resolved by this role or still standing, the history with us, and the
   latest process (a placement we just made, a recent withdrawal over a counter-offer);
8. several notes over time where the latest word counts (nights, an opt-out taken back and one
   given, relocation, pay asks, office days, aircraft type, hours, travel, industry, a wait
   called off and a wait added, management).

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

FIRST_OFFICER = dict(
    current_title="First Officer, A320 family",
    skills=["A320 type rating", "ATPL", "EASA Class 1 medical", "Multi-crew cooperation"],
    years_experience=6,
    resume_text=(
        "First officer on the A320 family for six years, 4,100 hours on type with a European "
        "short-haul carrier: line flying from two bases, LPC/OPC and line checks passed first "
        "time, ATPL issued, Class 1 medical current."
    ),
)
CABIN_CREW = dict(
    current_title="Cabin Service Manager",
    skills=["Cabin safety", "SEP", "Team leadership on board", "Premium service"],
    years_experience=8,
    resume_text=(
        "Cabin crew for eight years, the last three as cabin service manager on narrow and "
        "wide-body fleets: safety and emergency procedures, leading crews of up to twelve, "
        "premium cabin service and onboard sales."
    ),
)
TRAIN_DRIVER = dict(
    current_title="Train Driver",
    skills=["Train driving licence", "Route knowledge", "EMU and DMU traction", "PTS"],
    years_experience=9,
    resume_text=(
        "Qualified train driver, nine years with a UK train operator: EMU and DMU traction, "
        "about 400 route miles signed, licence and complementary certificate current, PTS, and "
        "two trainee drivers mentored to qualification."
    ),
)
DECK_OFFICER = dict(
    current_title="Second Officer",
    skills=["STCW II/1", "ECDIS", "GMDSS GOC", "Cargo operations"],
    years_experience=7,
    resume_text=(
        "Deck officer with an STCW II/1 certificate, seven years on container ships and product "
        "tankers, 30 months' sea time as second officer: passage planning on ECDIS, GMDSS, "
        "cargo watches and port state inspections."
    ),
)
OPS_CONTROLLER = dict(
    current_title="Operations Controller",
    skills=["Disruption management", "EASA FTL", "Crew legality", "AIMS"],
    years_experience=8,
    resume_text=(
        "Duty operations controller in an airline OCC for eight years: aircraft swaps and "
        "delays, crew legality under EASA flight time limitations, slot work with the network "
        "manager, AIMS and Lido."
    ),
)
ROSTER_ANALYST = dict(
    current_title="Crew Rostering Analyst",
    skills=["Jeppesen Crew Rostering", "FTL rules", "Union agreements", "SQL"],
    years_experience=5,
    resume_text=(
        "Crew rostering analyst, five years with an airline and a rail operator: monthly rosters "
        "in Jeppesen, flight time and rest rules, union agreement constraints, standby cover and "
        "SQL reporting for the crewing managers."
    ),
)
CONTROL_ROOM = dict(
    current_title="Logistics Control Tower Coordinator",
    skills=["Shipment visibility", "SAP TM", "Carrier escalation", "Incident handling"],
    years_experience=6,
    resume_text=(
        "Coordinator in a 24/7 logistics control tower for six years: ocean and road shipment "
        "tracking, SAP TM and Transporeon, carrier escalations, port congestion workarounds and "
        "shift handovers."
    ),
)
COACH_DRIVER = dict(
    current_title="PCV Driver",
    skills=["PCV category D", "Driver CPC", "Digital tachograph", "Customer service"],
    years_experience=10,
    resume_text=(
        "PCV category D driver with Driver CPC and a digital tacho card, ten years on service "
        "buses and coaches: urban routes, school contracts, private hire and continental tours."
    ),
)
AIRPORT_DUTY = dict(
    current_title="Terminal Duty Manager",
    skills=["Passenger flow", "Airside operations", "Security liaison", "Disruption response"],
    years_experience=9,
    resume_text=(
        "Terminal duty manager at a hub airport for nine years: passenger flow, security "
        "liaison, stand and gate planning, disruption response and a team of forty agents."
    ),
)


def pool(profile: str, persona: dict | None = None, where: str = "London, UK"):
    """People of one kind in the pool: the same profile and persona, living in ``where``
    unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**(persona or {}), "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def call(days, words) -> dict:
    """A recruiter's or crewing agent's call note, third person."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def ats(days, words) -> dict:
    """A line typed into the ATS or crew pool by in-house TA."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def mail(days, words) -> dict:
    """The person's own email or letter."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def whatsapp(days, words) -> dict:
    """A WhatsApp or text message, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def inmail(days, words) -> dict:
    """A LinkedIn reply."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def lost_final(days, note=None, *, role="First Officer") -> dict:
    """Reached the final stage and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def declined(days, reason, note, *, past=None, role="First Officer") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def job(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

FO_ROLE = dict(
    title="First Officer, A320",
    department="Flight Operations",
    seniority="mid",
    requirements="A320 type rating\nATPL or frozen ATPL\nClass 1 medical\n1,500 hours on type",
    description="Fly the A320 on short-haul European routes from a UK base.",
)
CABIN_ROLE = dict(
    title="Cabin Service Manager",
    department="Inflight",
    seniority="senior",
    requirements="Current SEP\nThree years as senior crew\nPremium service",
    description="Lead the cabin crew on board and own the service on each sector.",
)
DRIVER_ROLE = dict(
    title="Train Driver (qualified)",
    department="Traincrew",
    seniority="mid",
    requirements="Train driving licence\nTraction and route knowledge\nPTS\nRSSB medical",
    description="Drive passenger services from the depot on the agreed link rosters.",
)
OFFICER_ROLE = dict(
    title="Second Officer",
    department="Marine",
    seniority="mid",
    requirements="STCW II/1 certificate of competency\nECDIS generic and type\nGMDSS GOC",
    description="Keep the navigational watch and run cargo watches on a modern fleet.",
)
OCC_ROLE = dict(
    title="Operations Controller",
    department="Operations Control Centre",
    seniority="mid",
    requirements="OCC experience\nEASA FTL\nDisruption management\nAIMS or similar",
    description="Run the day of operation for a fleet of 60 aircraft from the OCC.",
)
ROSTER_ROLE = dict(
    title="Crew Rostering Analyst",
    department="Crew Planning",
    seniority="mid",
    requirements="Crew rostering tools\nFTL and rest rules\nSQL\nUnion agreement rules",
    description="Build and publish the monthly crew rosters and keep standby cover legal.",
)
TOWER_ROLE = dict(
    title="Control Tower Coordinator",
    department="Logistics Control Tower",
    seniority="mid",
    requirements="Shipment visibility tools\nCarrier management\nIncident handling",
    description="Track ocean and road freight for key accounts from a 24/7 control room.",
)
COACH_ROLE = dict(
    title="PCV Driver",
    department="Operations",
    seniority="mid",
    requirements="PCV category D licence\nDriver CPC\nDigital tacho card",
    description="Drive local bus routes and school contracts from the depot.",
)
DUTY_ROLE = dict(
    title="Terminal Duty Manager",
    department="Airport Operations",
    seniority="senior",
    requirements="Airport operations\nAirside pass eligibility\nTeam leadership",
    description="Run the terminal on shift: queues, gates, security liaison and disruption.",
)


# --- where and how they are worked ----------------------------------------------------------

HEATHROW = dict(remote_policy="onsite", location="London Heathrow, UK")
GATWICK = dict(remote_policy="onsite", location="Gatwick, UK")
MANCHESTER = dict(remote_policy="onsite", location="Manchester, UK")
STANSTED = dict(remote_policy="onsite", location="Stansted, UK")
LEEDS = dict(remote_policy="onsite", location="Leeds, UK")
BRISTOL = dict(remote_policy="onsite", location="Bristol, UK")
GLASGOW = dict(remote_policy="onsite", location="Glasgow, UK")
ABERDEEN = dict(remote_policy="onsite", location="Aberdeen, UK")
DUBLIN = dict(remote_policy="onsite", location="Dublin, Ireland")
SCHIPHOL = dict(remote_policy="onsite", location="Schiphol, Netherlands")
ROTTERDAM = dict(remote_policy="onsite", location="Rotterdam, Netherlands")
ROTTERDAM_HYBRID = dict(
    remote_policy="hybrid",
    location="Rotterdam, Netherlands",
    offers=["Hybrid: three days a week in the Rotterdam office"],
)
HAMBURG = dict(remote_policy="onsite", location="Hamburg, Germany")
FRANKFURT = dict(remote_policy="onsite", location="Frankfurt am Main, Germany")
FRANKFURT_HYBRID = dict(
    remote_policy="hybrid",
    location="Frankfurt am Main, Germany",
    offers=["Hybrid: one day a week at the Frankfurt head office"],
)
DUBAI = dict(remote_policy="onsite", location="Dubai, UAE")
DOHA = dict(remote_policy="onsite", location="Doha, Qatar")
ABU_DHABI = dict(remote_policy="onsite", location="Abu Dhabi, UAE")
SINGAPORE = dict(remote_policy="onsite", location="Singapore")
UK_REMOTE = dict(remote_policy="remote", location="Remote (UK)")
EU_REMOTE = dict(remote_policy="remote", location="Remote (EU)")
LONDON_HYBRID = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Hybrid: two days a week at King's Cross"],
)

# --- 1. opt-outs, each beside a scoped stop that is no opt-out -------------------------------

OPT_OUTS = [
    C(
        "a WhatsApp to delete his number vs no WhatsApps while on duty",
        "cs",
        [
            pool("cs", FIRST_OFFICER, "Manchester, UK")(
                "Lorcan Feeney",
                0,
                touches=[
                    whatsapp(
                        35,
                        "pls delete my number and everything else u have on me. not interested "
                        "in anything from your agency, now or later",
                    )
                ],
                excluded=True,
            ),
            pool("cs", FIRST_OFFICER, "Manchester, UK")(
                "Tobias Ellerby",
                2,
                touches=[
                    whatsapp(
                        35,
                        "mate I was mid-turnaround in Palma when that came in. no whatsapps on "
                        "duty days pls, email is fine and I do want to hear about MAN roles",
                    )
                ],
            ),
        ],
        **job(FO_ROLE, MANCHESTER),
    ),
    C(
        "a German DSGVO erasure letter vs no newsletter, vacancies welcome",
        "cs",
        [
            pool("cs", TRAIN_DRIVER, "Köln, Germany")(
                "Reinhold Stoltenberg",
                0,
                touches=[
                    mail(
                        60,
                        "Sehr geehrte Damen und Herren, hiermit widerrufe ich meine Einwilligung "
                        "und verlange die Löschung sämtlicher zu meiner Person gespeicherten "
                        "Daten gemäß Art. 17 DSGVO. Von weiteren Kontaktaufnahmen bitte ich "
                        "abzusehen. Mit freundlichen Grüßen",
                    )
                ],
                excluded=True,
            ),
            pool("cs", TRAIN_DRIVER, "Köln, Germany")(
                "Annegret Zwilling",
                2,
                touches=[
                    mail(
                        60,
                        "Bitte streichen Sie mich aus Ihrem monatlichen Newsletter. Über "
                        "passende Stellen als Triebfahrzeugführerin im Raum Köln freue ich mich "
                        "aber weiterhin.",
                    )
                ],
            ),
        ],
        **job(
            DRIVER_ROLE,
            dict(remote_policy="onsite", location="Köln, Germany"),
            title="Triebfahrzeugführer/in (Train Driver), Regionalverkehr",
        ),
    ),
    C(
        "Dutch: take me out of your files vs don't ring my work number, new mobile",
        "cs",
        [
            pool("cs", CONTROL_ROOM, "Rotterdam, Netherlands")(
                "Joris Verbeek",
                0,
                touches=[
                    mail(
                        25,
                        "Haal me alsjeblieft uit jullie bestand. Ik wil niet meer benaderd "
                        "worden, ook niet voor andere functies.",
                    )
                ],
                excluded=True,
            ),
            pool("cs", CONTROL_ROOM, "Rotterdam, Netherlands")(
                "Femke Wijnberg",
                2,
                touches=[
                    mail(
                        25,
                        "Niet meer bellen op mijn werknummer graag, mijn leidinggevende zit naast "
                        "me. Mijn nieuwe mobiel is 06 1234 5670, daar ben ik na vijven bereikbaar.",
                    )
                ],
            ),
        ],
        **job(TOWER_ROLE, ROTTERDAM),
    ),
    C(
        "Arabic: never contact me again vs no cargo roles, passenger ops welcome",
        "cs",
        [
            pool("cs", OPS_CONTROLLER, "Dubai, UAE")(
                "Khalid Al-Mansoori",
                0,
                touches=[
                    whatsapp(
                        40,
                        "أرجو عدم التواصل معي مرة أخرى بخصوص أي وظيفة، وحذف رقمي من قائمتكم.",
                    )
                ],
                excluded=True,
            ),
            pool("cs", OPS_CONTROLLER, "Dubai, UAE")(
                "Yousef Haddadin",
                2,
                touches=[
                    whatsapp(
                        40,
                        "لا ترسل لي وظائف الشحن الجوي من فضلك. أما وظائف عمليات نقل الركاب "
                        "فأنا مهتم بها.",
                    )
                ],
            ),
        ],
        **job(
            OCC_ROLE,
            DUBAI,
            description="Run the day of operation for a passenger airline's "
            "fleet of 60 aircraft from the Dubai OCC.",
        ),
    ),
    C(
        "ATS: DNC at the candidate's request vs DNC for one client's submissions only",
        "cs",
        [
            pool("cs", FIRST_OFFICER, "Dublin, Ireland")(
                "Fintan Lenihan",
                0,
                touches=[
                    ats(80, "DNC - cand req'd no further contact of any kind. do not re-engage.")
                ],
                excluded=True,
            ),
            pool("cs", FIRST_OFFICER, "Dublin, Ireland")(
                "Ronan Gilsenan",
                2,
                touches=[
                    ats(
                        80,
                        "DNC for Ryanair submissions only (cand's own request, ex-employee). "
                        "OK for all other clients.",
                    )
                ],
            ),
        ],
        **job(
            FO_ROLE, DUBLIN, description="Fly the A320 for an Irish regional carrier from Dublin."
        ),
    ),
    C(
        "LinkedIn: don't message me and don't pass me on vs stop InMails, email me instead",
        "backend",
        [
            pool("backend", None, "Dubai, UAE")(
                "Imran Shafiq",
                0,
                touches=[
                    inmail(
                        50,
                        "Not interested. Please don't message me again, and I'd rather you "
                        "didn't share my profile with your clients either.",
                    )
                ],
                excluded=True,
            ),
            pool("backend", None, "Dubai, UAE")(
                "Samir Bouazza",
                2,
                touches=[
                    inmail(
                        50,
                        "Could you stop sending InMails? I hardly open LinkedIn. Drop me an "
                        "email at the address on my CV — always open to hearing about Gulf "
                        "aviation roles.",
                    )
                ],
            ),
        ],
        **job(
            {},
            DUBAI,
            title="Senior Backend Engineer, Crew Systems",
            description="Build the Python services behind a Gulf airline's crew app.",
        ),
    ),
    C(
        "crewing pool: strike him off for good vs no more tanker contracts",
        "cs",
        [
            pool("cs", DECK_OFFICER, "Hamburg, Germany")(
                "Jannik Oltmanns",
                0,
                touches=[
                    call(
                        45,
                        "2/O rang from home. Going ashore for good, joining the family haulage "
                        "firm. Asked us to strike him from the crew pool and stop offering him "
                        "anything, ever. Done.",
                    )
                ],
                excluded=True,
            ),
            pool("cs", DECK_OFFICER, "Hamburg, Germany")(
                "Malte Brodersen",
                2,
                touches=[
                    call(
                        45,
                        "2/O asked us to stop offering tanker contracts - had enough of "
                        "chemical cargo. Boxships and reefers yes. Keep him in the pool.",
                    )
                ],
            ),
        ],
        **job(
            OFFICER_ROLE,
            HAMBURG,
            description="Second officer on a Hamburg owner's fleet of 8,000 TEU container ships.",
        ),
    ),
    C(
        "'no thanks, don't write again' vs 'no thanks to Gatwick, keep Manchester coming'",
        "cs",
        [
            pool("cs", CABIN_CREW, "Manchester, UK")(
                "Shannon Rigby",
                0,
                touches=[mail(20, "No thanks. Please don't write to me again.")],
                excluded=True,
            ),
            pool("cs", CABIN_CREW, "Manchester, UK")(
                "Keeley Duckworth",
                2,
                touches=[
                    mail(
                        20,
                        "No thanks to the Gatwick one, the base is a non-starter for me. But "
                        "please keep them coming for anything out of Manchester!",
                    )
                ],
            ),
        ],
        **job(CABIN_ROLE, MANCHESTER),
    ),
    C(
        "an angry text vs feedback still owed from the final",
        "cs",
        [
            pool("cs", CABIN_CREW, "Doha, Qatar")(
                "Natalia Brzezinska",
                0,
                touches=[whatsapp(15, "who gave u this number?? never contact me again")],
                excluded=True,
            ),
            pool("cs", CABIN_CREW, "Doha, Qatar")(
                "Hana El-Sayed",
                2,
                apps=[lost_final(150, role="Cabin Service Manager")],
                touches=[
                    mail(
                        15,
                        "Still no feedback from the final in June. I'm not chasing to be "
                        "difficult — I'd just like to know what I could do better. Happy to talk "
                        "about other roles too.",
                    )
                ],
            ),
        ],
        **job(CABIN_ROLE, DOHA),
    ),
    C(
        "a retiring driver off all lists vs don't ring during his turns",
        "cs",
        [
            pool("cs", TRAIN_DRIVER, "Leeds, UK")(
                "Clifford Sutcliffe",
                0,
                touches=[
                    call(
                        30,
                        "Spoke to Cliff. He's retiring from the footplate in January after 31 "
                        "years and asked to be taken off all our lists. No more calls.",
                    )
                ],
                excluded=True,
            ),
            pool("cs", TRAIN_DRIVER, "Leeds, UK")(
                "Darren Sugden",
                2,
                touches=[
                    call(
                        30,
                        "Darren asked us to stop ringing mid-turn - he can't answer in the cab. "
                        "Ring on rest days, he's on lates all of December. Keen on Leeds.",
                    )
                ],
            ),
        ],
        **job(DRIVER_ROLE, LEEDS),
    ),
    C(
        "a rambling call note that ends in do-not-contact vs one that ends in the bulletin only",
        "cs",
        [
            pool("cs", ROSTER_ANALYST, "Glasgow, UK")(
                "Morag Dunlop",
                0,
                touches=[
                    call(
                        55,
                        "Long chat with Morag. Still at Loganair, doing the winter bidding, "
                        "says the standby rules in the new agreement are a mess and the union "
                        "rep is on leave. Kids at Hillhead now, husband back offshore. Asked "
                        "about the Jeppesen upgrade we mentioned. Anyway - she was clear at "
                        "the end: she doesn't want us contacting her again, please mark as "
                        "do not contact.",
                    )
                ],
                excluded=True,
            ),
            pool("cs", ROSTER_ANALYST, "Glasgow, UK")(
                "Eilidh Bremner",
                2,
                touches=[
                    call(
                        55,
                        "Long chat with Eilidh. Still at the rail operator, doing the December "
                        "rosters, says the rest-day working rules are a nightmare and the "
                        "planning manager has left. Moving flat in the West End. Anyway - she "
                        "asked to come off the monthly vacancies bulletin, gets too much email, "
                        "but happy for us to call her directly about rostering jobs.",
                    )
                ],
            ),
        ],
        **job(ROSTER_ROLE, GLASGOW),
    ),
]

# --- 2. waits counted from the day said, each against a twin whose wait has run out ----------

WAITS = [
    C(
        "a driver's six-month notice handed in this month vs in April",
        "cs",
        [
            pool("cs", TRAIN_DRIVER, "Manchester, UK")(
                "Gareth Openshaw",
                1,
                touches=[
                    mail(
                        date(2026, 11, 2),
                        "Handed my notice in at Northern today. It's six months for drivers, so "
                        "I'm tied up until early May - anything after that, I'm all ears.",
                    )
                ],
            ),
            pool("cs", TRAIN_DRIVER, "Manchester, UK")(
                "Liam Entwistle",
                2,
                touches=[
                    mail(
                        date(2026, 4, 6),
                        "Handed my notice in at Northern today. Six months for drivers, so I'm "
                        "tied up until October - anything starting after that, I'm all ears.",
                    )
                ],
            ),
        ],
        **job(DRIVER_ROLE, MANCHESTER),
    ),
    C(
        "signed on for four months last week vs signed on in June",
        "cs",
        [
            pool("cs", DECK_OFFICER, "Rotterdam, Netherlands")(
                "Sander Kuipers",
                1,
                touches=[
                    call(
                        date(2026, 11, 16),
                        "Crewing: 2/O joined MV Nordkap at Jebel Ali this week, four-month "
                        "contract, due off mid-March. Offer nothing for joining before that.",
                    )
                ],
            ),
            pool("cs", DECK_OFFICER, "Rotterdam, Netherlands")(
                "Thijs van Dalen",
                2,
                touches=[
                    call(
                        date(2026, 6, 1),
                        "Crewing: 2/O joined MV Westerdok at Singapore this week, four-month "
                        "contract, due off early October. Offer nothing for joining before then.",
                    )
                ],
            ),
        ],
        **job(OFFICER_ROLE, ROTTERDAM),
    ),
    C(
        "after Eid al-Fitr, said this month vs said last winter",
        "cs",
        [
            pool("cs", CABIN_CREW, "Doha, Qatar")(
                "Rania Khoury",
                1,
                touches=[
                    whatsapp(
                        date(2026, 11, 10),
                        "بعد عيد الفطر إن شاء الله، ليس قبل ذلك. عندنا رمضان وعرس أخي.",
                    )
                ],
            ),
            pool("cs", CABIN_CREW, "Doha, Qatar")(
                "Dalia Nassar",
                2,
                touches=[
                    whatsapp(
                        date(2026, 1, 20),
                        "After Eid al-Fitr please, not before - Ramadan and my sister's wedding.",
                    )
                ],
            ),
        ],
        **job(CABIN_ROLE, DOHA),
    ),
    C(
        "seeing out the winter season vs promised the summer season that is over",
        "cs",
        [
            pool("cs", FIRST_OFFICER, "Bristol, UK")(
                "Callum Penhaligon",
                1,
                "Promised my base captain I'd see out the winter season here - free from April.",
                touches=[],
            ),
            pool("cs", FIRST_OFFICER, "Bristol, UK")(
                "Rhys Trevelyan",
                2,
                (
                    "Promised the base I'd see out the summer season - free once it ends in late "
                    "October.",
                    140,
                ),
            ),
        ],
        **job(FO_ROLE, BRISTOL),
    ),
    C(
        "not before Q2 next year said in October vs said last December",
        "cs",
        [
            pool("cs", OPS_CONTROLLER, "Frankfurt am Main, Germany")(
                "Benedikt Hollmann",
                1,
                (
                    "Not before Q2 next year - we're cutting over to the new ops system in Q1 and "
                    "I'm the lead.",
                    34,
                ),
            ),
            pool("cs", OPS_CONTROLLER, "Frankfurt am Main, Germany")(
                "Lukas Engelhardt",
                2,
                (
                    "Not before Q2 next year - we're cutting over to the new ops system in Q1 and "
                    "I'm the lead.",
                    357,
                ),
            ),
        ],
        **job(OCC_ROLE, FRANKFURT),
    ),
    C(
        "a type-rating bond to June 2027 vs one that ended in August",
        "cs",
        [
            pool("cs", FIRST_OFFICER, "London, UK")(
                "Priya Natarajan",
                1,
                touches=[
                    call(
                        date(2026, 10, 26),
                        "FO still bonded for her type rating until 30 June 2027 - would owe "
                        "about £18k if she left before. Interested after that date.",
                    )
                ],
            ),
            pool("cs", FIRST_OFFICER, "London, UK")(
                "Harriet Quennell",
                2,
                touches=[
                    call(
                        date(2026, 3, 2),
                        "FO still bonded for her type rating until the end of August - would "
                        "owe a chunk if she left before. Interested after that.",
                    )
                ],
            ),
        ],
        **job(FO_ROLE, GATWICK),
    ),
    C(
        "'ask me again in 8 weeks' a week ago vs in August",
        "cs",
        [
            pool("cs", ROSTER_ANALYST, "Dublin, Ireland")(
                "Niamh Tierney",
                1,
                touches=[
                    whatsapp(
                        7,
                        "ask me again in 8 weeks? mid-way through the summer "
                        "bidding round, cant think straight",
                    ),
                ],
            ),
            pool("cs", ROSTER_ANALYST, "Dublin, Ireland")(
                "Orla Brennock",
                2,
                touches=[
                    whatsapp(
                        date(2026, 8, 10),
                        "try me again in 8 weeks, stuck in the winter bidding round till then",
                    ),
                ],
            ),
        ],
        **job(ROSTER_ROLE, DUBLIN),
    ),
    C(
        "no chance before the new year, this peak vs last peak",
        "cs",
        [
            pool("cs", CONTROL_ROOM, "Rotterdam, Netherlands")(
                "Wessel Mulder",
                1,
                ("Peak season in the control room - no chance of moving before the new year.", 5),
            ),
            pool("cs", CONTROL_ROOM, "Rotterdam, Netherlands")(
                "Bram Hoekstra",
                2,
                ("Peak season in the control room - no chance of moving before the new year.", 370),
            ),
        ],
        **job(TOWER_ROLE, ROTTERDAM),
    ),
    C(
        "German: after this December's timetable change vs after last year's",
        "cs",
        [
            pool("cs", TRAIN_DRIVER, "Frankfurt am Main, Germany")(
                "Uwe Kleinschmidt",
                1,
                touches=[
                    mail(
                        date(2026, 11, 4),
                        "Bitte melden Sie sich erst nach dem Fahrplanwechsel am 13. Dezember "
                        "wieder, vorher ist bei uns Ausnahmezustand.",
                    )
                ],
            ),
            pool("cs", TRAIN_DRIVER, "Frankfurt am Main, Germany")(
                "Dieter Rosskopf",
                2,
                touches=[
                    mail(
                        date(2025, 11, 3),
                        "Bitte melden Sie sich erst nach dem Fahrplanwechsel Mitte Dezember "
                        "wieder, vorher ist bei uns Ausnahmezustand.",
                    )
                ],
            ),
        ],
        **job(DRIVER_ROLE, FRANKFURT, title="Triebfahrzeugführer/in S-Bahn"),
    ),
    C(
        "a note full of checks and dates that asks for no wait vs after the LPC in January",
        "cs",
        [
            pool("cs", FIRST_OFFICER, "Manchester, UK")(
                "Aidan Mulrooney",
                2,
                touches=[
                    call(
                        12,
                        "FO update: medical renewed 14/10, LPC done 2 Nov, OPC next due June "
                        "2027, line check 09/09. None of it affects availability - can "
                        "interview any day and start on normal notice.",
                    )
                ],
            ),
            pool("cs", FIRST_OFFICER, "Manchester, UK")(
                "Connor Ashdown",
                1,
                touches=[
                    call(
                        12,
                        "FO says he can't interview anywhere until his LPC on 15 January is "
                        "done - no point getting in touch before then.",
                    )
                ],
            ),
        ],
        **job(FO_ROLE, MANCHESTER),
    ),
    C(
        "a sea-time log of sign-off days, home and looking vs 'after Easter'",
        "cs",
        [
            pool("cs", DECK_OFFICER, "Glasgow, UK")(
                "Euan Macaskill",
                2,
                touches=[
                    mail(
                        18,
                        "For your file: joined Stena 2019, 2/O since March 2023, last swing "
                        "signed off 28 Oct at Belfast, sea service testimonials dated 30/10. "
                        "Home now and actively looking.",
                    )
                ],
            ),
            pool("cs", DECK_OFFICER, "Glasgow, UK")(
                "Fraser Lindores",
                1,
                touches=[
                    mail(
                        18,
                        "Home on leave but not looking until after Easter - studying for my "
                        "chief mate's orals.",
                    )
                ],
            ),
        ],
        **job(
            OFFICER_ROLE,
            GLASGOW,
            description="Second officer on Clyde and Irish Sea ro-pax ferries.",
        ),
    ),
]

# --- 3a. schedule: shifts, rosters, nights, weekends, standby, on-call, hours ----------------

SCHEDULE = [
    C(
        "no nights, a carer overnight vs prefers nights for the premium",
        "cs",
        [
            pool("cs", CONTROL_ROOM, "Rotterdam, Netherlands")(
                "Ilse Hoogeveen",
                0,
                "Can't do night shifts - I'm my dad's carer overnight.",
            ),
            pool("cs", CONTROL_ROOM, "Rotterdam, Netherlands")(
                "Maarten Jonkers",
                2,
                "Actually prefers nights, the night premium suits him and the room is quiet.",
            ),
        ],
        **job(
            TOWER_ROLE,
            ROTTERDAM,
            offers=["4 on 4 off, 12-hour days and nights", "Night shift premium 25%"],
        ),
    ),
    C(
        "won't work Sundays vs Sundays inside the working week are fine",
        "cs",
        [
            pool("cs", TRAIN_DRIVER, "Leeds, UK")(
                "Elijah Boateng",
                0,
                touches=[call(40, "Cand won't work Sundays under any circumstances - church.")],
            ),
            pool("cs", TRAIN_DRIVER, "Leeds, UK")(
                "Kieran Holroyd",
                2,
                touches=[call(40, "Cand fine with Sundays in the working week, likes the rate.")],
            ),
        ],
        **job(
            DRIVER_ROLE,
            LEEDS,
            offers=["Sundays inside the working week from the new agreement", "35-hour week"],
        ),
    ),
    C(
        "wants a 50% part-time roster vs needs full-time hours, part-time role",
        "cs",
        [
            pool("cs", CABIN_CREW, "Amsterdam, Netherlands")(
                "Lotte Zwart",
                2,
                "Back from maternity leave - only a 50% part-time roster works now.",
            ),
            pool("cs", CABIN_CREW, "Amsterdam, Netherlands")(
                "Mirthe Dijkman",
                0,
                "Needs full-time hours, can't make the mortgage on anything less.",
            ),
        ],
        **job(
            CABIN_ROLE,
            SCHIPHOL,
            title="Cabin Service Manager (50% part-time)",
            offers=["Part-time contract, 50% of a full roster", "Fixed days off every week"],
        ),
    ),
    C(
        "no standby at all vs only airport standby was the problem, this is home standby",
        "cs",
        [
            pool("cs", FIRST_OFFICER, "Glasgow, UK")(
                "Struan Kinnaird",
                0,
                touches=[
                    mail(
                        60,
                        "I'm only interested in fixed lines of work now. No standby of any kind.",
                    )
                ],
            ),
            pool("cs", FIRST_OFFICER, "Glasgow, UK")(
                "Grant Ogilvie",
                2,
                touches=[
                    mail(
                        60,
                        "Sitting airport standby in crew rooms is what's driving me out. Home "
                        "standby I can live with.",
                    )
                ],
            ),
        ],
        **job(
            FO_ROLE,
            GLASGOW,
            offers=["Home standby only, no airport standby", "5 on 4 off roster"],
        ),
    ),
    C(
        "done with on-call vs on-call fine if paid, rail SRE with a rota",
        "sre",
        [
            pool("sre", None, "London, UK")(
                "Olamide Adeyemi",
                0,
                "Burnt out on pager duty - no more on-call rotas, full stop.",
            ),
            pool("sre", None, "London, UK")(
                "Tariq Chaudhry",
                2,
                "On-call is fine as long as it's paid properly.",
            ),
        ],
        **job(
            {},
            LONDON_HYBRID,
            title="Senior SRE, Passenger Information Systems",
            description="Keep a train operator's departure boards and journey planner running.",
            offers=["Paid on-call, one week in six", "Two days a week at King's Cross"],
        ),
    ),
    C(
        "nothing longer than four weeks on vs two weeks on two off only, 4/4 swing",
        "cs",
        [
            pool("cs", DECK_OFFICER, "Aberdeen, UK")(
                "Calum Reid",
                2,
                touches=[call(70, "2/O: max 4 weeks on. 4/4 ideal, anything longer no.")],
            ),
            pool("cs", DECK_OFFICER, "Aberdeen, UK")(
                "Hamish Strachan",
                0,
                touches=[
                    call(70, "2/O: 2 on 2 off only now, wife's back at work. Nothing longer.")
                ],
            ),
        ],
        **job(
            OFFICER_ROLE,
            ABERDEEN,
            title="Second Officer, Platform Supply Vessel",
            offers=["Four weeks on, four weeks off", "Crew change in Aberdeen"],
        ),
    ),
    C(
        "done with shifts, wants office hours vs won't give up the shift allowance",
        "cs",
        [
            pool("cs", OPS_CONTROLLER, "Dublin, Ireland")(
                "Siobhan Gilligan",
                2,
                "Twelve years of shifts is enough - wants Monday to Friday office hours.",
            ),
            pool("cs", OPS_CONTROLLER, "Dublin, Ireland")(
                "Declan Ó Riordáin",
                0,
                "Shift allowance is a third of his pay - won't move to a days-only job.",
            ),
        ],
        **job(
            {},
            DUBLIN,
            title="Network Planning Analyst",
            department="Network Planning",
            seniority="mid",
            requirements="Airline operations knowledge\nSchedule planning\nExcel and SQL",
            description="Build next season's flying programme. Monday to Friday, 9 to 5, "
            "no shifts.",
        ),
    ),
    C(
        "earlies suit vs nothing before seven, early-turn bus duties",
        "cs",
        [
            pool("cs", COACH_DRIVER, "Bristol, UK")(
                "Tracey Vowles",
                2,
                touches=[
                    whatsapp(
                        22, "earlies are perfect for me, done by 2 and I get the kids from school"
                    )
                ],
            ),
            pool("cs", COACH_DRIVER, "Bristol, UK")(
                "Dean Cottle",
                0,
                touches=[
                    whatsapp(
                        22,
                        "cant start before 7 mate, no car and the first bus in from Keynsham "
                        "isnt till 6.40",
                    )
                ],
            ),
        ],
        **job(
            COACH_ROLE,
            BRISTOL,
            offers=["Early turns only: sign-on from 04:45", "Finish by 14:00"],
        ),
    ),
    C(
        "every other weekend is fine vs every weekend off for custody",
        "cs",
        [
            pool("cs", AIRPORT_DUTY, "London, UK")(
                "Nadia Osei",
                2,
                touches=[call(90, "Weekends: 1 in 2 no problem, used to 1 in 3 at Luton.")],
            ),
            pool("cs", AIRPORT_DUTY, "London, UK")(
                "Warren Pike",
                0,
                touches=[
                    call(
                        90,
                        "Has the kids every weekend under the custody arrangement - needs "
                        "every Sat and Sun off, non-negotiable.",
                    )
                ],
            ),
        ],
        **job(DUTY_ROLE, HEATHROW, offers=["Rotating rota, one weekend in two"]),
    ),
    C(
        "wants a four-day week vs wants all the overtime going, 32-hour role",
        "cs",
        [
            pool("cs", ROSTER_ANALYST, "Utrecht, Netherlands")(
                "Evelien Bakker",
                2,
                "Wil een vierdaagse werkweek, 32 uur is ideaal.",
            ),
            pool("cs", ROSTER_ANALYST, "Utrecht, Netherlands")(
                "Ruben Verhoeven",
                1,
                "Wants as many hours as he can get - overtime every week if it's there.",
            ),
        ],
        **job(
            ROSTER_ROLE,
            dict(remote_policy="hybrid", location="Utrecht, Netherlands"),
            title="Crew Rostering Analyst (32 uur)",
            offers=["32 hours over four days", "No overtime budget"],
        ),
    ),
]

# --- 3b. travel: overnights, share of time, driving between sites, layovers ------------------

TRAVEL = [
    C(
        "no overnights as a single dad vs happy on the road Monday to Thursday",
        "cs",
        [
            pool("cs", OPS_CONTROLLER, "Köln, Germany")(
                "Sven Hackländer",
                0,
                "Alleinerziehend - keine Übernachtungen auswärts, jeden Abend zu Hause.",
            ),
            pool("cs", OPS_CONTROLLER, "Köln, Germany")(
                "Florian Brückner",
                2,
                "Happy to be on the road Monday to Thursday, hotels don't bother him.",
            ),
        ],
        **job(
            {},
            dict(remote_policy="onsite", location="Köln, Germany"),
            title="Regional Base Operations Manager",
            department="Ground Operations",
            seniority="manager",
            requirements="Airline ground operations\nBase management\nEASA OPS",
            description="Look after four German outstations; two to three overnights a week "
            "visiting bases.",
        ),
    ),
    C(
        "ten per cent travel at most vs wants to see other terminals, half-time travel",
        "cs",
        [
            pool("cs", CONTROL_ROOM, "Abu Dhabi, UAE")(
                "Faisal Al-Hammadi",
                0,
                "Travel 10% max. Young family in Abu Dhabi.",
            ),
            pool("cs", CONTROL_ROOM, "Abu Dhabi, UAE")(
                "Arjun Kartha",
                2,
                "Wants a role with travel - keen to see other terminals across the Gulf.",
            ),
        ],
        **job(
            {},
            ABU_DHABI,
            title="Port Operations Auditor",
            department="Terminal Operations",
            seniority="senior",
            requirements="Port or logistics operations\nAuditing\nReport writing",
            description="Audit terminal operations across the group's Gulf and Red Sea ports.",
            offers=["Around 50% travel across the Gulf"],
        ),
    ),
    C(
        "no driving licence vs drives between the depots already",
        "cs",
        [
            pool("cs", COACH_DRIVER, "Glasgow, UK")(
                "Ross McIlwraith",
                2,
                touches=[call(35, "Has his own car, used to covering three garages a day.")],
            ),
            pool("cs", COACH_DRIVER, "Glasgow, UK")(
                "Kenny Drumgoole",
                0,
                touches=[
                    call(
                        35,
                        "Lost his car licence on a ban last year - can't drive between sites "
                        "till 2028. Only PCV duties from the depot.",
                    )
                ],
            ),
        ],
        **job(
            COACH_ROLE,
            GLASGOW,
            title="Depot Operations Supervisor",
            description="Supervise three bus garages across Glasgow; driving between the "
            "depots every day in a pool car.",
        ),
    ),
    C(
        "short-haul only, home every night vs wants long-haul layovers",
        "cs",
        [
            pool("cs", CABIN_CREW, "London, UK")(
                "Bethany Rowse",
                0,
                touches=[mail(75, "Short-haul only please - I need to be home every night.")],
            ),
            pool("cs", CABIN_CREW, "London, UK")(
                "Chidinma Okafor",
                2,
                touches=[mail(75, "Dying to go long-haul - the layovers are the whole point.")],
            ),
        ],
        **job(
            CABIN_ROLE,
            HEATHROW,
            title="Cabin Service Manager, Long Haul",
            offers=["Two- to four-night layovers in Asia and the Americas"],
        ),
    ),
    C(
        "weeks away at the old job, day trips fine vs no word about travel",
        "cs",
        [
            pool("cs", CONTROL_ROOM, "Antwerp, Belgium")(
                "Pieter Vermeulen",
                2,
                "The three weeks a month away at his last job broke him - day trips are fine.",
            ),
            pool("cs", CONTROL_ROOM, "Antwerp, Belgium")("Koen Declercq", 1),
        ],
        **job(
            TOWER_ROLE,
            ROTTERDAM,
            offers=["Occasional day trips to the Antwerp terminal, no overnights"],
        ),
    ),
    C(
        "a quarter of the time away is fine vs home by bedtime every night",
        "backend",
        [
            pool("backend", None, "Singapore")(
                "Wei Ling Seah",
                2,
                "Up to a quarter of the time travelling is fine.",
            ),
            pool("backend", None, "Singapore")(
                "Marcus Lim",
                0,
                "No travel at all - needs to be home by the kids' bedtime every night.",
            ),
        ],
        **job(
            {},
            SINGAPORE,
            title="Senior Backend Engineer, Port Community System",
            description="Build the Python services behind a port community system.",
            offers=["Up to 25% travel to partner ports in the region"],
        ),
    ),
    C(
        "hotel stays fine vs home every night, depot manager with stays",
        "cs",
        [
            pool("cs", TRAIN_DRIVER, "Cardiff, UK")(
                "Aled Pritchard",
                0,
                touches=[call(28, "Won't do hotel stays - home every night or nothing.")],
            ),
            pool("cs", TRAIN_DRIVER, "Cardiff, UK")(
                "Gethin Morgan",
                2,
                touches=[call(28, "Hotel stays no bother, did lodging turns for years.")],
            ),
        ],
        **job(
            {},
            dict(remote_policy="onsite", location="Cardiff, UK"),
            title="Driver Standards Manager",
            department="Traincrew",
            seniority="manager",
            requirements="Qualified driver\nAssessing drivers\nRule book",
            description="Assess drivers at depots from Cardiff to Holyhead, with regular "
            "overnight stays in North Wales.",
        ),
    ),
    C(
        "twenty per cent max vs up to half the time, 40% travel",
        "data_eng",
        [
            pool("data_eng", None, "Hamburg, Germany")(
                "Katharina Lüders",
                0,
                touches=[inmail(45, "Sounds nice but I'm capped at 20% travel, ideally less.")],
            ),
            pool("data_eng", None, "Hamburg, Germany")(
                "Jonas Petersen",
                2,
                touches=[inmail(45, "Travel up to half the time is totally fine for me.")],
            ),
        ],
        **job(
            {},
            HAMBURG,
            title="Senior Data Engineer, Terminal Analytics",
            description="Roll out the analytics platform at the group's container terminals.",
            offers=["About 40% travel to terminals in Europe"],
        ),
    ),
    C(
        "wants travel, bored in the control room vs prefers staying put, office-only",
        "cs",
        [
            pool("cs", CONTROL_ROOM, "Singapore")(
                "Nurul Huda",
                0,
                "Bored of the control room - wants a job that gets her out to sites and ports.",
            ),
            pool("cs", CONTROL_ROOM, "Singapore")(
                "Jun Hao Goh",
                2,
                "Prefers to stay in one place, no travel.",
            ),
        ],
        **job(TOWER_ROLE, SINGAPORE, offers=["Control room based, no travel"]),
    ),
    C(
        "home every night after twelve years at sea vs happy to fly out to ships",
        "cs",
        [
            pool("cs", DECK_OFFICER, "Rotterdam, Netherlands")(
                "Gijs Terpstra",
                0,
                "Na twaalf jaar varen wil ik elke avond thuis slapen.",
            ),
            pool("cs", DECK_OFFICER, "Rotterdam, Netherlands")(
                "Douwe Hoogland",
                2,
                "Fine hopping on planes at short notice to attend ships.",
            ),
        ],
        **job(
            {},
            ROTTERDAM,
            title="Marine Superintendent",
            department="Fleet Management",
            seniority="senior",
            requirements="STCW II/1 or II/2\nSea time\nVetting inspections",
            description="Attend vessels in ports across Europe at short notice, often for "
            "several nights at a time.",
        ),
    ),
]

# --- 3c. visa, right to work and vetting ---------------------------------------------------

VISA = [
    C(
        "an Irish citizen under the CTA vs needs sponsorship, none offered",
        "cs",
        [
            pool("cs", AIRPORT_DUTY, "London, UK")(
                "Aoibhinn Rafferty",
                2,
                "Irish citizen, so no visa needed to work in the UK.",
            ),
            pool("cs", AIRPORT_DUTY, "London, UK")(
                "Vikram Ahluwalia",
                0,
                "On a Skilled Worker visa tied to his current airline - any move needs "
                "sponsorship.",
            ),
        ],
        **job(DUTY_ROLE, HEATHROW, offers=["Sponsorship is not available for this role"]),
    ),
    C(
        "an EU passport vs would need a Dutch permit, no sponsorship",
        "cs",
        [
            pool("cs", OPS_CONTROLLER, "London, UK")(
                "Katarzyna Wilk",
                2,
                touches=[call(30, "Polish passport, can start in NL without any permit.")],
            ),
            pool("cs", OPS_CONTROLLER, "London, UK")(
                "Ravi Subramaniam",
                0,
                touches=[call(30, "Indian national - would need a kennismigrant permit for NL.")],
            ),
        ],
        **job(OCC_ROLE, SCHIPHOL, offers=["We cannot sponsor work permits"]),
    ),
    C(
        "already holds airside ID and CTC vs won't do another background check",
        "cs",
        [
            pool("cs", AIRPORT_DUTY, "Manchester, UK")(
                "Joanne Tattersall",
                2,
                "Has CTC clearance and a live airside ID - background checks are no issue.",
            ),
            pool("cs", AIRPORT_DUTY, "Manchester, UK")(
                "Gary Pilkington",
                0,
                "Refuses to go through a five-year referencing and CTC again.",
            ),
        ],
        **job(
            DUTY_ROLE,
            MANCHESTER,
            offers=["Offer subject to five-year referencing and CTC vetting"],
        ),
    ),
    C(
        "a Singapore citizen vs would need an Employment Pass, citizens and PRs only",
        "cs",
        [
            pool("cs", CONTROL_ROOM, "Singapore")("Siti Rahimah", 2, "Singapore citizen."),
            pool("cs", CONTROL_ROOM, "Johor Bahru, Malaysia")(
                "Hafiz Rosli",
                0,
                "Malaysian - would need an Employment Pass to work in Singapore.",
            ),
        ],
        **job(TOWER_ROLE, SINGAPORE, offers=["Open to Singapore citizens and PRs only"]),
    ),
]

# --- 3d. contract type ----------------------------------------------------------------------

CONTRACT = [
    C(
        "wants permanent after last time vs prefers fixed-term, 12-month contract",
        "cs",
        [
            pool("cs", ROSTER_ANALYST, "London, UK")(
                "Holly Ashcombe",
                0,
                "Only permanent roles now - got burnt when the last fixed-term wasn't renewed.",
            ),
            pool("cs", ROSTER_ANALYST, "London, UK")(
                "Jasper Whitlock",
                2,
                "Prefers fixed-term contracts, likes moving on every year or so.",
            ),
        ],
        **job(
            ROSTER_ROLE,
            LONDON_HYBRID,
            title="Crew Rostering Analyst (12-month fixed term)",
            offers=["12-month fixed-term contract", "Two days a week at King's Cross"],
        ),
    ),
    C(
        "wants company employment vs open either way, permanent deck role",
        "cs",
        [
            pool("cs", DECK_OFFICER, "Singapore")(
                "Rajesh Pillai",
                2,
                "Wants permanent employment with the company, not trip-by-trip contracts.",
            ),
            pool("cs", DECK_OFFICER, "Singapore")("Kelvin Ong", 1, "Open to either."),
        ],
        **job(
            OFFICER_ROLE,
            SINGAPORE,
            offers=["Permanent company employment with paid leave between trips"],
        ),
    ),
    C(
        "wants a staff contract with a pension vs freelance through her own company",
        "cs",
        [
            pool("cs", FIRST_OFFICER, "Dublin, Ireland")(
                "Clodagh Fennelly",
                0,
                touches=[
                    mail(
                        65,
                        "No more agency freelance for me after the last ACMI job - staff "
                        "contract with a pension or I'm not interested.",
                    )
                ],
            ),
            pool("cs", FIRST_OFFICER, "Dublin, Ireland")(
                "Saoirse Madigan",
                2,
                touches=[mail(65, "I invoice through my own Ltd and prefer freelance contracts.")],
            ),
        ],
        **job(
            FO_ROLE,
            DUBLIN,
            title="Contract First Officer A320 (ACMI, freelance)",
            offers=["Freelance contract, paid per duty day", "Summer season 2027"],
        ),
    ),
]

# --- 3e. commute ---------------------------------------------------------------------------

COMMUTE = [
    C(
        "Haarlem, half an hour by train vs Groningen with a 45-minute limit",
        "cs",
        [
            pool("cs", OPS_CONTROLLER, "Haarlem, Netherlands")(
                "Tessa Veenstra",
                2,
                "Max 30 minuten reistijd - vanuit Haarlem prima te doen met de trein.",
            ),
            pool("cs", OPS_CONTROLLER, "Groningen, Netherlands")(
                "Wouter Feenstra",
                0,
                "Won't commute more than 45 minutes each way and isn't moving from Groningen.",
            ),
        ],
        **job(OCC_ROLE, SCHIPHOL),
    ),
    C(
        "Reading down the M4 is fine vs never the M25 round Heathrow again",
        "cs",
        [
            pool("cs", AIRPORT_DUTY, "Reading, UK")(
                "Philippa Scarisbrick",
                2,
                "Reading to Heathrow is 35 minutes on the M4 - fine.",
            ),
            pool("cs", AIRPORT_DUTY, "Croydon, UK")(
                "Nigel Catterall",
                0,
                "Won't do the M25 round to Heathrow again, it took two hours a day.",
            ),
        ],
        **job(DUTY_ROLE, HEATHROW),
    ),
    C(
        "crossing the Severn daily is fine vs never again",
        "cs",
        [
            pool("cs", CONTROL_ROOM, "Newport, UK")(
                "Carys Bevan",
                2,
                touches=[whatsapp(26, "bridge is free now so avonmouth is easy from Newport")],
            ),
            pool("cs", CONTROL_ROOM, "Newport, UK")(
                "Owen Llewellyn",
                0,
                touches=[whatsapp(26, "not crossing the Severn every day again, did 5 yrs of it")],
            ),
        ],
        **job(
            TOWER_ROLE,
            dict(remote_policy="onsite", location="Avonmouth, Bristol, UK"),
        ),
    ),
    C(
        "the S8 from Mainz, 25 minutes vs won't commute from Kassel",
        "cs",
        [
            pool("cs", AIRPORT_DUTY, "Mainz, Germany")(
                "Carina Weidmann",
                2,
                "Mit der S8 von Mainz in 25 Minuten am Flughafen - passt.",
            ),
            pool("cs", AIRPORT_DUTY, "Kassel, Germany")(
                "Thorsten Riedel",
                0,
                "Won't commute from Kassel to Frankfurt every day and won't move.",
            ),
        ],
        **job(DUTY_ROLE, FRANKFURT),
    ),
]

# --- 4. pay against the band ----------------------------------------------------------------

PAY = [
    C(
        "wants £70k, band £68k-£75k vs won't move under £85k",
        "cs",
        [
            pool("cs", TRAIN_DRIVER, "London, UK")("Stephen Lydiate", 2, "Wants £70k minimum."),
            pool("cs", TRAIN_DRIVER, "London, UK")(
                "Graham Fothergill", 0, "Won't move for less than £85k basic."
            ),
        ],
        **job(
            DRIVER_ROLE,
            dict(remote_policy="onsite", location="London, UK"),
            salary_min=68_000,
            salary_max=75_000,
            currency="GBP",
        ),
    ),
    C(
        "AED 32k a month inside the band vs AED 45k a month basic",
        "cs",
        [
            pool("cs", OPS_CONTROLLER, "Dubai, UAE")(
                "Omar Belkacem",
                2,
                touches=[whatsapp(20, "need at least AED 32,000 a month all-in to move")],
            ),
            pool("cs", OPS_CONTROLLER, "Dubai, UAE")(
                "Bilal Hashmi",
                0,
                touches=[whatsapp(20, "AED 45k/month basic or no deal, sorry")],
            ),
        ],
        **job(OCC_ROLE, DUBAI, salary_min=360_000, salary_max=430_000, currency="AED"),
    ),
    C(
        "£16 an hour floor vs not under £20 an hour",
        "cs",
        [
            pool("cs", COACH_DRIVER, "Bristol, UK")(
                "Lee Hambling", 2, "Needs £16 an hour minimum."
            ),
            pool("cs", COACH_DRIVER, "Bristol, UK")(
                "Shane Coombes", 0, "Won't drive for under £20 an hour."
            ),
        ],
        **job(
            COACH_ROLE,
            BRISTOL,
            salary_min=32_000,
            salary_max=35_000,
            currency="GBP",
            offers=["£16.80 an hour, time and a half on Sundays"],
        ),
    ),
    C(
        "a €600 day-rate floor vs €950 a day minimum, €700 a duty day",
        "cs",
        [
            pool("cs", FIRST_OFFICER, "Dublin, Ireland")(
                "Eoin Culligan", 2, "Floor is €600 a day for contract flying."
            ),
            pool("cs", FIRST_OFFICER, "Dublin, Ireland")(
                "Padraig Ruane", 0, "Won't take contract flying under €950 per day."
            ),
        ],
        **job(
            FO_ROLE,
            DUBLIN,
            title="Contract First Officer A320",
            offers=["€700 per duty day, freelance", "April to October 2027"],
        ),
    ),
    C(
        "on SGD 130k but would take 110k vs on 90k but wants 135k",
        "cs",
        [
            pool("cs", CONTROL_ROOM, "Singapore")(
                "Deborah Teo",
                2,
                touches=[
                    call(
                        40,
                        "Currently on SGD 130k. Says she'd take 110k for the right team, pay is "
                        "not the driver.",
                    )
                ],
            ),
            pool("cs", CONTROL_ROOM, "Singapore")(
                "Alvin Koh",
                0,
                touches=[call(40, "Currently on SGD 90k. Won't accept anything below 135k.")],
            ),
        ],
        **job(TOWER_ROLE, SINGAPORE, salary_min=96_000, salary_max=120_000, currency="SGD"),
    ),
    C(
        "€5.000 bruto per maand vs minimaal €7.000, band €62k-€73k a year",
        "cs",
        [
            pool("cs", ROSTER_ANALYST, "Amsterdam, Netherlands")(
                "Sanne Kroon", 2, "Wil minimaal €5.000 bruto per maand."
            ),
            pool("cs", ROSTER_ANALYST, "Amsterdam, Netherlands")(
                "Niels de Graaf", 0, "Gaat niet onder de €7.000 bruto per maand."
            ),
        ],
        **job(ROSTER_ROLE, SCHIPHOL, salary_min=62_000, salary_max=73_000, currency="EUR"),
    ),
    C(
        "underpaid on £52k, wants a real jump vs pay not the point",
        "data_eng",
        [
            pool("data_eng", None, "Manchester, UK")(
                "Abigail Hesketh",
                2,
                "Underpaid on £52k - wants a proper jump, 20% or more.",
            ),
            pool("data_eng", None, "Manchester, UK")(
                "Mohammed Rafiq",
                1,
                "Money isn't the point for him; wants interesting data.",
            ),
        ],
        **job(
            {},
            dict(remote_policy="hybrid", location="Manchester, UK"),
            title="Senior Data Engineer, Rail Performance",
            description="Own the pipelines behind a train operator's punctuality reporting.",
            salary_min=64_000,
            salary_max=72_000,
            currency="GBP",
        ),
    ),
]

# --- 5. work mode in the title, the description, office days; negation and its scope ------

WORK_MODE = [
    C(
        "remote in the title only: remote-only in Inverness vs wants the ops floor",
        "cs",
        [
            pool("cs", ROSTER_ANALYST, "Inverness, UK")(
                "Isla Ferguson",
                2,
                "Remote only - lives in Inverness and isn't moving.",
            ),
            pool("cs", ROSTER_ANALYST, "Inverness, UK")(
                "Fiona Urquhart",
                0,
                "Wants to be in the ops centre with the team every day; hates working from home.",
            ),
        ],
        **job(
            ROSTER_ROLE, dict(location="United Kingdom"), title="Crew Rostering Analyst (Remote)"
        ),
    ),
    C(
        "on-site in the description only: remote-only vs prefers the ops floor",
        "cs",
        [
            pool("cs", OPS_CONTROLLER, "Dublin, Ireland")(
                "Cathal Brophy", 0, "Only fully remote roles from now on."
            ),
            pool("cs", OPS_CONTROLLER, "Dublin, Ireland")(
                "Aisling Daly", 2, "Prefers being on the ops floor with the others."
            ),
        ],
        **job(
            OCC_ROLE,
            dict(location="Dublin, Ireland"),
            description="This is an on-site role in the OCC at Dublin Airport on 24/7 shifts; "
            "there is no home working.",
        ),
    ),
    C(
        "two office days at most vs three are fine, three-day hybrid",
        "data_eng",
        [
            pool("data_eng", None, "Rotterdam, Netherlands")(
                "Marloes Visser",
                0,
                touches=[inmail(35, "Max twee dagen op kantoor, meer niet. Drie is echt te veel.")],
            ),
            pool("data_eng", None, "Rotterdam, Netherlands")(
                "Stijn Kramer",
                2,
                touches=[inmail(35, "Three days in the office is fine by me.")],
            ),
        ],
        **job(
            {},
            ROTTERDAM_HYBRID,
            title="Senior Data Engineer, Port Call Optimisation",
            description="Build the pipelines that time vessel arrivals at the port of Rotterdam.",
        ),
    ),
    C(
        "mostly remote, once a week in vs fully remote, never an office",
        "backend",
        [
            pool("backend", None, "Darmstadt, Germany")(
                "Henrike Vogelsang",
                2,
                "Mostly remote; once a week in the office is fine.",
            ),
            pool("backend", None, "Darmstadt, Germany")(
                "Matthias Ebeling",
                0,
                "Fully remote - he won't set foot in an office, not even once a week.",
            ),
        ],
        **job(
            {},
            FRANKFURT_HYBRID,
            title="Senior Backend Engineer, Crew App",
            description="Build the services behind an airline's crew app.",
        ),
    ),
    C(
        "German: only home office vs wants back into an office, remote role",
        "backend",
        [
            pool("backend", None, "Leipzig, Germany")(
                "Franziska Thiele", 2, "Nur noch 100% Homeoffice, kein Pendeln mehr."
            ),
            pool("backend", None, "Leipzig, Germany")(
                "Sebastian Hoffmeister",
                0,
                "Möchte wieder jeden Tag ins Büro, zu Hause fällt ihm die Decke auf den Kopf.",
            ),
        ],
        **job(
            {},
            EU_REMOTE,
            title="Senior Backend Engineer, Rail Ticketing",
            description="Build the Python ticketing services for a German rail operator.",
        ),
    ),
]

NEGATIONS = [
    C(
        "'not against nights at all' vs 'nights aren't something I'll consider'",
        "cs",
        [
            pool("cs", AIRPORT_DUTY, "Dublin, Ireland")(
                "Brid Kinsella", 2, "I'm not against nights at all."
            ),
            pool("cs", AIRPORT_DUTY, "Dublin, Ireland")(
                "Colm Hanratty", 0, "Nights aren't something I'll consider."
            ),
        ],
        **job(DUTY_ROLE, DUBLIN, offers=["Rotating days and nights, 4 on 4 off"]),
    ),
    C(
        "'the pay wasn't the problem, Stansted was' vs 'the base was fine, it was the pay'",
        "cs",
        [
            pool("cs", FIRST_OFFICER, "Cambridge, UK")(
                "Ellis Marchbanks",
                0,
                apps=[
                    declined(
                        300,
                        "location",
                        "The pay wasn't the problem - the Stansted base was.",
                        past=dict(remote_policy="onsite", location="Stansted, UK"),
                    )
                ],
            ),
            pool("cs", FIRST_OFFICER, "Cambridge, UK")(
                "Toby Greenhalgh",
                2,
                apps=[
                    declined(
                        300,
                        "compensation",
                        "The Stansted base was fine - it was the pay.",
                        past=dict(
                            remote_policy="onsite",
                            location="Stansted, UK",
                            salary_max=62_000,
                            currency="GBP",
                        ),
                    )
                ],
            ),
        ],
        **job(FO_ROLE, STANSTED, salary_min=74_000, salary_max=82_000, currency="GBP"),
    ),
    C(
        "'never minded standby' vs 'never again standby'",
        "cs",
        [
            pool("cs", CABIN_CREW, "London, UK")(
                "Jade Whitbread", 2, "Never minded standby, honestly."
            ),
            pool("cs", CABIN_CREW, "London, UK")(
                "Amber Kilbride", 0, "Never again standby - it wrecked my sleep."
            ),
        ],
        **job(CABIN_ROLE, GATWICK, offers=["Roster includes airport and home standby blocks"]),
    ),
    C(
        "'not opposed to managing people' vs 'not looking to manage anyone'",
        "cs",
        [
            pool("cs", OPS_CONTROLLER, "Doha, Qatar")(
                "Layla Mahmoud", 2, "Not opposed to managing people - would like to try it."
            ),
            pool("cs", OPS_CONTROLLER, "Doha, Qatar")(
                "Tamer Ghali", 0, "Not looking to manage anyone, not now and not later."
            ),
        ],
        **job(
            OCC_ROLE,
            DOHA,
            title="OCC Shift Manager",
            seniority="manager",
            description="Lead a shift of twelve controllers in the OCC.",
        ),
    ),
]

# --- 6. location, level, stage and size, mission and industry, technology -----------------

LOCATIONS = [
    C(
        "would relocate to Dubai with the family vs won't leave Ireland",
        "cs",
        [
            pool("cs", FIRST_OFFICER, "Limerick, Ireland")(
                "Ciarán Hogan", 2, "Would relocate to Dubai with the family."
            ),
            pool("cs", FIRST_OFFICER, "Limerick, Ireland")(
                "Dermot Kielty", 0, "Won't leave Ireland, the family's settled."
            ),
        ],
        **job(FO_ROLE, DUBAI, offers=["Housing allowance and relocation to Dubai"]),
    ),
    C(
        "moving to Hamburg with her partner vs staying in the Netherlands",
        "cs",
        [
            pool("cs", CONTROL_ROOM, "Rotterdam, Netherlands")(
                "Anouk Brink", 2, "Moving to Hamburg in January with her partner."
            ),
            pool("cs", CONTROL_ROOM, "Rotterdam, Netherlands")(
                "Lieke Hofman", 0, "Staying in the Netherlands - not moving abroad."
            ),
        ],
        **job(TOWER_ROLE, HAMBURG),
    ),
    C(
        "wants to move back to Singapore vs no interest in Asia",
        "cs",
        [
            pool("cs", OPS_CONTROLLER, "London, UK")(
                "Shu Fen Chua", 2, "Wants to move back home to Singapore to be near her parents."
            ),
            pool("cs", OPS_CONTROLLER, "London, UK")(
                "Oliver Brandreth", 0, "No interest in moving to Asia."
            ),
        ],
        **job(OCC_ROLE, SINGAPORE),
    ),
    C(
        "asked for a Manchester base from Bolton vs Bristol or Cardiff base only",
        "cs",
        [
            pool("cs", FIRST_OFFICER, "Bolton, UK")(
                "Zoe Haworth", 2, "Wants a Manchester base - lives in Bolton."
            ),
            pool("cs", FIRST_OFFICER, "Bolton, UK")(
                "Hywel Prosser",
                0,
                "Will only take a Bristol or Cardiff base, moving home to Wales.",
            ),
        ],
        **job(FO_ROLE, MANCHESTER, offers=["Base: Manchester"]),
    ),
]

LEVEL = [
    C(
        "wants to stay on the footplate vs ready to manage drivers",
        "cs",
        [
            pool("cs", TRAIN_DRIVER, "Birmingham, UK")(
                "Wayne Doughty", 0, "Wants to keep driving - not interested in managing anyone."
            ),
            pool("cs", TRAIN_DRIVER, "Birmingham, UK")(
                "Marcia Edwards", 2, "Ready to step off the footplate into management."
            ),
        ],
        **job(
            {},
            dict(remote_policy="onsite", location="Birmingham, UK"),
            title="Driver Team Manager",
            department="Traincrew",
            seniority="manager",
            requirements="Qualified driver\nPeople management\nRule book",
            description="Line-manage 40 drivers at the depot; off the footplate.",
        ),
    ),
    C(
        "happy hands-on vs wants to lead a team, senior controller without reports",
        "cs",
        [
            pool("cs", OPS_CONTROLLER, "Frankfurt am Main, Germany")(
                "Nils Oberländer", 2, "Happy hands-on; no interest in the people side."
            ),
            pool("cs", OPS_CONTROLLER, "Frankfurt am Main, Germany")(
                "Timo Wendling", 1, "Wants his next move to be leading a team."
            ),
        ],
        **job(
            OCC_ROLE,
            FRANKFURT,
            title="Senior Operations Controller",
            offers=["Individual contributor, no line management"],
        ),
    ),
    C(
        "wants the step up to chief officer vs wants to stay second officer",
        "cs",
        [
            pool("cs", DECK_OFFICER, "Hamburg, Germany")(
                "Hauke Janssen", 2, "Has his C/O ticket and wants the step up to chief officer."
            ),
            pool("cs", DECK_OFFICER, "Hamburg, Germany")(
                "Arne Tiedemann", 0, "Wants to stay 2/O - no desire for the chief mate's load."
            ),
        ],
        **job(
            OFFICER_ROLE,
            HAMBURG,
            title="Chief Officer",
            seniority="senior",
            description="Run the deck department and the cargo on a feeder container ship.",
        ),
    ),
]

STAGE_SIZE = [
    C(
        "wants startup pace after Lufthansa vs wants a big carrier with a pension",
        "backend",
        [
            pool("backend", None, "Munich, Germany")(
                "Verena Hofbauer", 2, "After ten years at Lufthansa, wants a small startup's pace."
            ),
            pool("backend", None, "Munich, Germany")(
                "Andreas Gruber", 0, "Wants a big established carrier with a company pension."
            ),
        ],
        **job(
            {},
            dict(remote_policy="hybrid", location="Munich, Germany"),
            title="Senior Backend Engineer, Freight Marketplace",
            description="Build the booking engine at a 25-person freight-tech startup.",
            offers=["Series A, 25 people"],
        ),
    ),
    C(
        "wants a big operator after a startup folded vs no more bureaucracy",
        "data_eng",
        [
            pool("data_eng", None, "London, UK")(
                "Eleanor Pryce", 2, "Her startup folded - wants the stability of a big operator."
            ),
            pool("data_eng", None, "London, UK")(
                "Ravi Chandran", 0, "Doesn't want a huge bureaucracy again."
            ),
        ],
        **job(
            {},
            LONDON_HYBRID,
            title="Senior Data Engineer, National Rail Operator",
            description="Pipelines for an operator with 30,000 staff.",
            offers=["30,000 staff, defined benefit pension"],
        ),
    ),
    C(
        "wants a small family firm vs wants a national operator",
        "cs",
        [
            pool("cs", COACH_DRIVER, "Norwich, UK")(
                "Trevor Yallop", 2, "Wants a small family firm where the boss knows your name."
            ),
            pool("cs", COACH_DRIVER, "Norwich, UK")(
                "Carl Bunting", 0, "Only wants a national operator - National Express or similar."
            ),
        ],
        **job(
            COACH_ROLE,
            dict(remote_policy="onsite", location="Norwich, UK"),
            title="Coach Driver",
            description="Drive for a family-owned coach firm of 40 vehicles.",
        ),
    ),
]

MISSION = [
    C(
        "won't touch defence contracts vs ex-RAF, proud to support the forces",
        "cs",
        [
            pool("cs", OPS_CONTROLLER, "Oxford, UK")(
                "Imogen Sallis",
                0,
                touches=[mail(50, "I won't work on defence or military contracts, full stop.")],
            ),
            pool("cs", OPS_CONTROLLER, "Oxford, UK")(
                "Craig Lambourne",
                2,
                touches=[
                    mail(50, "Ex-RAF movements - would be proud to support the forces again.")
                ],
            ),
        ],
        **job(
            OCC_ROLE,
            dict(remote_policy="onsite", location="Brize Norton, UK"),
            description="Run the day of operation for a military airlift contract for the MoD.",
        ),
    ),
    C(
        "wants humanitarian logistics vs no stated wish, aid flights",
        "cs",
        [
            pool("cs", CONTROL_ROOM, "Dubai, UAE")(
                "Mariam Abdelaziz",
                2,
                "Wants work that matters - humanitarian or aid logistics.",
            ),
            pool("cs", CONTROL_ROOM, "Dubai, UAE")("Ahmed Ramadan", 1),
        ],
        **job(
            TOWER_ROLE,
            DUBAI,
            title="Control Tower Coordinator, Humanitarian Airlift",
            description="Coordinate aid flights and relief cargo for UN agencies from the "
            "Dubai humanitarian hub.",
        ),
    ),
    C(
        "done with oil and gas vs happy in oil and gas, North Sea supply vessel",
        "cs",
        [
            pool("cs", DECK_OFFICER, "Aberdeen, UK")(
                "Lewis Cormack",
                0,
                touches=[call(60, "Done with oil and gas - wants to move into renewables.")],
            ),
            pool("cs", DECK_OFFICER, "Aberdeen, UK")(
                "Innes Farquhar",
                2,
                touches=[call(60, "Happy in oil and gas, likes the supply boat work.")],
            ),
        ],
        **job(
            OFFICER_ROLE,
            ABERDEEN,
            title="Second Officer, Platform Supply Vessel",
            description="Supply runs to oil and gas platforms in the central North Sea.",
        ),
    ),
    C(
        "wants offshore wind vs not interested in wind-farm vessels",
        "cs",
        [
            pool("cs", DECK_OFFICER, "Esbjerg, Denmark")(
                "Rasmus Thygesen", 2, "Wants to work in offshore wind."
            ),
            pool("cs", DECK_OFFICER, "Esbjerg, Denmark")(
                "Mikkel Bundgaard",
                0,
                "Not interested in wind-farm service vessels; staying with tankers.",
            ),
        ],
        **job(
            OFFICER_ROLE,
            dict(remote_policy="onsite", location="Esbjerg, Denmark"),
            title="Second Officer, Service Operation Vessel",
            description="Keep watch on a service operation vessel at a North Sea offshore wind "
            "farm.",
        ),
    ),
    C(
        "never cruise ships again vs loves cruise",
        "cs",
        [
            pool("cs", DECK_OFFICER, "Southampton, UK")(
                "Jack Rutherford",
                0,
                touches=[whatsapp(33, "never cruise ships again. 3000 pax and the hotel side, no")],
            ),
            pool("cs", DECK_OFFICER, "Southampton, UK")(
                "Megan Tremayne",
                2,
                touches=[whatsapp(33, "would love to go back to cruise, best years I had")],
            ),
        ],
        **job(
            OFFICER_ROLE,
            dict(remote_policy="onsite", location="Southampton, UK"),
            title="Second Officer, Cruise",
            description="Navigational watches on a 3,000-passenger cruise ship out of Southampton.",
        ),
    ),
    C(
        "won't work on livestock carriers vs no objection, livestock carrier",
        "cs",
        [
            pool("cs", DECK_OFFICER, "Singapore")(
                "Darius Tan",
                0,
                "Refuses livestock carriers after what he saw on one.",
            ),
            pool("cs", DECK_OFFICER, "Singapore")("Benjamin Yeo", 2, "Any ship type is fine."),
        ],
        **job(
            OFFICER_ROLE,
            SINGAPORE,
            description="Second officer on a livestock carrier trading Australia to Asia.",
        ),
    ),
    C(
        "wants out of low-cost vs likes the low-cost model",
        "cs",
        [
            pool("cs", CABIN_CREW, "London, UK")(
                "Georgia Pennock",
                0,
                "Wants out of low-cost for good - full-service carriers only.",
            ),
            pool("cs", CABIN_CREW, "London, UK")(
                "Sophie Albright",
                2,
                "Likes the low-cost model: quick turns, home every night.",
            ),
        ],
        **job(
            CABIN_ROLE,
            STANSTED,
            description="Lead the cabin on an ultra-low-cost carrier's 737 fleet.",
        ),
    ),
    C(
        "wants to fly freight vs passenger operations only, a cargo airline",
        "cs",
        [
            pool("cs", FIRST_OFFICER, "Leipzig, Germany")(
                "Jakob Hentschel", 2, "Wants to fly freight - nights and boxes suit him."
            ),
            pool("cs", FIRST_OFFICER, "Leipzig, Germany")(
                "Moritz Kahlert", 0, "Passenger operations only; no cargo flying."
            ),
        ],
        **job(
            FO_ROLE,
            dict(remote_policy="onsite", location="Leipzig, Germany"),
            title="First Officer A321F",
            description="Fly the A321 freighter on the express parcel network from Leipzig.",
        ),
    ),
    C(
        "wants to be part of the zero-emission switch vs no stated wish",
        "cs",
        [
            pool("cs", COACH_DRIVER, "Edinburgh, UK")(
                "Ailsa Gourlay",
                2,
                "Wants to be part of the move to electric buses - cares about clean air.",
            ),
            pool("cs", COACH_DRIVER, "Edinburgh, UK")("Robert Lennie", 1),
        ],
        **job(
            COACH_ROLE,
            dict(remote_policy="onsite", location="Edinburgh, UK"),
            title="Driver Trainer, Zero-Emission Fleet",
            description="Train drivers on the new battery-electric bus fleet.",
        ),
    ),
    C(
        "not interested in business jets for the rich vs wants VIP flying",
        "cs",
        [
            pool("cs", CABIN_CREW, "Geneva, Switzerland")(
                "Margaux Perrin",
                0,
                touches=[
                    inmail(
                        40,
                        "Not interested in private jets for the super-rich. Public "
                        "transport or scheduled airlines only.",
                    )
                ],
            ),
            pool("cs", CABIN_CREW, "Geneva, Switzerland")(
                "Elodie Favre",
                2,
                touches=[inmail(40, "I'd love to move into VIP and business aviation.")],
            ),
        ],
        **job(
            CABIN_ROLE,
            dict(remote_policy="onsite", location="Farnborough, UK"),
            title="Flight Attendant, Business Aviation",
            description="Cabin service on a private jet charter fleet for high-net-worth clients.",
        ),
    ),
    C(
        "wants a public operator vs no stated wish, a publicly owned railway",
        "cs",
        [
            pool("cs", TRAIN_DRIVER, "Glasgow, UK")(
                "Catriona Mair",
                2,
                "Wants to work for a publicly owned railway - public service matters to her.",
            ),
            pool("cs", TRAIN_DRIVER, "Glasgow, UK")("Allan Paterson", 1),
        ],
        **job(
            DRIVER_ROLE,
            GLASGOW,
            description="Drive for Scotland's publicly owned passenger railway.",
        ),
    ),
]

TECH = [
    C(
        "wants Java behind him vs keen on Kotlin and Java",
        "backend",
        [
            pool("backend", None, "London, UK")(
                "Oscar Whitfield", 0, "Wants to leave Java behind for good."
            ),
            pool("backend", None, "London, UK")(
                "Ines Magalhães", 2, "Keen on Kotlin and Java on the JVM."
            ),
        ],
        **job(
            {},
            LONDON_HYBRID,
            title="Senior Backend Engineer (Java/Kotlin), Reservations",
            requirements="Java\nKotlin\nSpring Boot\nPostgreSQL\nKafka",
            description="Build the JVM services behind an airline's reservations platform.",
        ),
    ),
    C(
        "wants Rust in production vs no stated wish, rail signalling data",
        "backend",
        [
            pool("backend", None, "York, UK")(
                "Hannah Bellwood", 2, "Wants to write Rust in production."
            ),
            pool("backend", None, "York, UK")("Daniel Ackroyd", 1),
        ],
        **job(
            {},
            UK_REMOTE,
            title="Senior Backend Engineer (Rust), Signalling Data",
            description="Write Rust services that stream signalling data for a rail network.",
        ),
    ),
    C(
        "never SAP again vs SAP TM super-user",
        "cs",
        [
            pool("cs", CONTROL_ROOM, "Hamburg, Germany")(
                "Birte Sönnichsen", 0, "Nie wieder SAP. Refuses SAP TM after her last job."
            ),
            pool("cs", CONTROL_ROOM, "Hamburg, Germany")(
                "Kerstin Lohmann", 2, "SAP TM super-user, wants to keep working in it."
            ),
        ],
        **job(TOWER_ROLE, HAMBURG, offers=["Our control tower runs on SAP TM"]),
    ),
    C(
        "wants Azure and Databricks vs AWS only",
        "data_eng",
        [
            pool("data_eng", None, "Dublin, Ireland")(
                "Sorcha Gleeson", 2, "Wants to get onto Azure and Databricks."
            ),
            pool("data_eng", None, "Dublin, Ireland")(
                "Killian Naughton", 0, "AWS only - not interested in an Azure shop."
            ),
        ],
        **job(
            {},
            dict(remote_policy="hybrid", location="Dublin, Ireland"),
            title="Senior Data Engineer, Airport Analytics",
            description="Build the airport's passenger-flow data platform on Azure and Databricks.",
        ),
    ),
    C(
        "wants a proper optimiser like Jeppesen vs refuses Jeppesen",
        "cs",
        [
            pool("cs", ROSTER_ANALYST, "Amsterdam, Netherlands")(
                "Floor Hendriks",
                2,
                "Wants to work with a real optimiser like Jeppesen, not spreadsheets.",
            ),
            pool("cs", ROSTER_ANALYST, "Amsterdam, Netherlands")(
                "Bas Willemsen", 0, "Hates Jeppesen - wants a Sabre shop."
            ),
        ],
        **job(ROSTER_ROLE, SCHIPHOL, offers=["Rosters built in Jeppesen Crew Rostering"]),
    ),
    C(
        "electric units only vs likes the old diesels, a DMU depot",
        "cs",
        [
            pool("cs", TRAIN_DRIVER, "Norwich, UK")(
                "Dale Meachen", 0, "Electric traction only - won't go back to diesel units."
            ),
            pool("cs", TRAIN_DRIVER, "Norwich, UK")(
                "Keith Bowyer", 2, "Likes the old diesel units, drove 156s for years."
            ),
        ],
        **job(
            DRIVER_ROLE,
            dict(remote_policy="onsite", location="Norwich, UK"),
            description="Drive Class 156 and 170 diesel units on rural East Anglia routes.",
        ),
    ),
    C(
        "staying on Airbus vs happy to convert to the 737",
        "cs",
        [
            pool("cs", FIRST_OFFICER, "London, UK")(
                "Adaeze Chukwuma",
                0,
                touches=[
                    call(44, "Wants to stay on Airbus - won't do a type conversion to Boeing.")
                ],
            ),
            pool("cs", FIRST_OFFICER, "London, UK")(
                "Freddie Hollins",
                2,
                touches=[call(44, "Happy to convert to the 737 if the airline pays for it.")],
            ),
        ],
        **job(
            FO_ROLE,
            STANSTED,
            title="First Officer, Boeing 737 (type rating provided)",
            requirements="ATPL or frozen ATPL\nClass 1 medical\nJet experience",
            description="Fly the 737 from Stansted; conversion training paid.",
        ),
    ),
    C(
        "wants to write Go vs Python only",
        "sre",
        [
            pool("sre", None, "Amsterdam, Netherlands")(
                "Yara Bosman", 2, "Wants to write more Go day to day."
            ),
            pool("sre", None, "Amsterdam, Netherlands")(
                "Pim Groot", 0, "Doesn't want Go - Python only."
            ),
        ],
        **job(
            {},
            dict(remote_policy="hybrid", location="Amsterdam, Netherlands"),
            title="Senior SRE, Baggage Systems",
            description="Keep the airport's baggage tracking platform up; tooling in Go.",
        ),
    ),
    C(
        "refuses COBOL and the mainframe vs likes legacy migrations",
        "backend",
        [
            pool("backend", None, "Frankfurt am Main, Germany")(
                "Lena Ziegler", 0, "Keine Mainframes, kein COBOL - never again."
            ),
            pool("backend", None, "Frankfurt am Main, Germany")(
                "Jan Hartwig", 2, "Enjoys legacy migrations, the messier the better."
            ),
        ],
        **job(
            {},
            FRANKFURT_HYBRID,
            title="Senior Backend Engineer, Reservations Migration",
            description="Move an airline's COBOL mainframe booking system to Python services.",
        ),
    ),
    C(
        "wants to move into ML forecasting vs no stated wish",
        "data_eng",
        [
            pool("data_eng", None, "Doha, Qatar")(
                "Noura Al-Thani", 2, "Wants to move into machine-learning demand forecasting."
            ),
            pool("data_eng", None, "Doha, Qatar")("Karim Mansouri", 1),
        ],
        **job(
            {},
            DOHA,
            title="Senior Data Engineer, Demand Forecasting",
            description="Build the features and pipelines for an airline's ML demand "
            "forecasting models.",
        ),
    ),
]

# --- 7. last time's reason, the history with us, the latest process -----------------------

RESOLVED = [
    C(
        "declined over the Stansted base; this role is in Manchester where she lives",
        "cs",
        [
            pool("cs", CABIN_CREW, "Manchester, UK")(
                "Rebecca Holt",
                2,
                apps=[
                    declined(
                        260,
                        "location",
                        "Declined - couldn't relocate to the Stansted base.",
                        past=dict(remote_policy="onsite", location="Stansted, UK"),
                        role="Cabin Service Manager",
                    )
                ],
            ),
            pool("cs", CABIN_CREW, "Manchester, UK")("Lauren Birtwistle", 1),
        ],
        **job(CABIN_ROLE, MANCHESTER),
    ),
    C(
        "declined over airport standby, this role has none vs declined over nights, still nights",
        "cs",
        [
            pool("cs", OPS_CONTROLLER, "Amsterdam, Netherlands")(
                "Daan Smeets",
                2,
                apps=[
                    declined(
                        200,
                        "other",
                        "Turned it down over the on-site standby duties.",
                        role="Operations Controller",
                    )
                ],
            ),
            pool("cs", OPS_CONTROLLER, "Amsterdam, Netherlands")(
                "Femke Wagenaar",
                0,
                apps=[
                    declined(
                        200,
                        "other",
                        "Turned it down over the night shifts.",
                        role="Operations Controller",
                    )
                ],
            ),
        ],
        **job(
            OCC_ROLE,
            SCHIPHOL,
            offers=["Days and nights on a 2-2-3 pattern", "No standby duties"],
        ),
    ),
    C(
        "withdrew over sponsorship; this role sponsors",
        "backend",
        [
            pool("backend", None, "Bangalore, India")(
                "Ananya Krishnan",
                2,
                apps=[
                    app(
                        230,
                        "final",
                        "withdrew",
                        "other",
                        "Withdrew - we couldn't sponsor a Skilled Worker visa at the time.",
                        role="Senior Backend Engineer",
                    )
                ],
            ),
            pool("backend", None, "Bangalore, India")("Rohit Kulkarni", 1),
        ],
        **job(
            {},
            LONDON_HYBRID,
            title="Senior Backend Engineer, Journey Planner",
            offers=["Skilled Worker visa sponsorship available", "Two days at King's Cross"],
        ),
    ),
    C(
        "declined £62k against a £70k ask; the band is now £72k-£78k",
        "cs",
        [
            pool("cs", TRAIN_DRIVER, "Leeds, UK")(
                "Nathan Greenwood",
                2,
                apps=[
                    declined(
                        320,
                        "compensation",
                        "Offered £62k, wanted £70k.",
                        past=dict(
                            remote_policy="onsite",
                            location="Leeds, UK",
                            salary_max=62_000,
                            currency="GBP",
                        ),
                        role="Train Driver",
                    )
                ],
            ),
            pool("cs", TRAIN_DRIVER, "Leeds, UK")("Matthew Oldroyd", 1),
        ],
        **job(DRIVER_ROLE, LEEDS, salary_min=72_000, salary_max=78_000, currency="GBP"),
    ),
    C(
        "withdrew over a three-month swing, now six weeks vs withdrew over six-week swings",
        "cs",
        [
            pool("cs", DECK_OFFICER, "Manila, Philippines")(
                "Paolo Villanueva",
                2,
                apps=[
                    app(
                        210,
                        "interview",
                        "withdrew",
                        "other",
                        "Withdrew: three months on board was too long with a newborn.",
                        role="Second Officer",
                    )
                ],
            ),
            pool("cs", DECK_OFFICER, "Manila, Philippines")(
                "Ramon Dizon",
                0,
                apps=[
                    app(
                        210,
                        "interview",
                        "withdrew",
                        "other",
                        "Withdrew: anything over four weeks on board is too long for him now.",
                        role="Second Officer",
                    )
                ],
            ),
        ],
        **job(OFFICER_ROLE, SINGAPORE, offers=["Six weeks on, six weeks off"]),
    ),
]

HISTORY = [
    C(
        "a final-round silver medalist vs never reviewed",
        "cs",
        [
            pool("cs", CABIN_CREW, "Dubai, UAE")(
                "Amira Saliba",
                2,
                apps=[
                    lost_final(280, "Lost to one internal candidate", role="Cabin Service Manager")
                ],
            ),
            pool("cs", CABIN_CREW, "Dubai, UAE")(
                "Leila Mansour",
                1,
                apps=[
                    app(
                        280,
                        "applied",
                        "rejected",
                        "other",
                        "Not reviewed before close",
                        role="Cabin Service Manager",
                    )
                ],
            ),
        ],
        **job(CABIN_ROLE, DUBAI),
    ),
    C(
        "a no-show at the assessment day in the summer vs a clean record",
        "cs",
        [
            pool("cs", COACH_DRIVER, "Leeds, UK")(
                "Jordan Tillotson",
                0,
                apps=[
                    app(
                        100,
                        "interview",
                        "rejected",
                        "no_show",
                        "Didn't turn up to the driving assessment, no call.",
                        role="PCV Driver",
                    )
                ],
            ),
            pool("cs", COACH_DRIVER, "Leeds, UK")("Craig Mitchinson", 2),
        ],
        **job(COACH_ROLE, LEEDS),
    ),
    C(
        "failed the sim check last month vs failed it two years ago, since upgraded",
        "cs",
        [
            pool("cs", FIRST_OFFICER, "London, UK")(
                "Sebastian Orrell",
                0,
                apps=[
                    app(
                        30,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Failed the sim assessment - weak on non-normals.",
                        role="First Officer",
                    )
                ],
            ),
            pool("cs", FIRST_OFFICER, "London, UK")(
                "Rupert Danvers",
                2,
                apps=[
                    app(
                        720,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Failed the sim assessment - weak on non-normals.",
                        role="First Officer",
                    )
                ],
                touches=[call(90, "Passed his command upgrade course since - sim is strong now.")],
            ),
        ],
        **job(FO_ROLE, GATWICK),
    ),
]

PROCESS = [
    C(
        "placed by us six weeks ago vs lost a final",
        "cs",
        [
            pool("cs", OPS_CONTROLLER, "Dublin, Ireland")(
                "Gráinne Mac Suibhne",
                0,
                apps=[
                    app(
                        42,
                        "offer",
                        "hired",
                        None,
                        "Placed with Aer Lingus OCC.",
                        role="Operations Controller",
                    )
                ],
            ),
            pool("cs", OPS_CONTROLLER, "Dublin, Ireland")(
                "Sinéad Cullinane",
                2,
                apps=[lost_final(150, role="Operations Controller")],
            ),
        ],
        **job(OCC_ROLE, DUBLIN),
    ),
    C(
        "withdrew last week for a counter-offer vs took one a year and a half ago",
        "sales",
        [
            pool("sales", None, "Dubai, UAE")(
                "Tarek Aziz",
                0,
                apps=[
                    app(
                        8,
                        "offer",
                        "declined_offer",
                        "counteroffer",
                        "Accepted his employer's counter-offer.",
                        role="Account Executive",
                    )
                ],
            ),
            pool("sales", None, "Dubai, UAE")(
                "Hussein Jaber",
                2,
                apps=[
                    app(
                        540,
                        "offer",
                        "declined_offer",
                        "counteroffer",
                        "Accepted his employer's counter-offer.",
                        role="Account Executive",
                    )
                ],
            ),
        ],
        **job(
            {},
            DUBAI,
            title="Senior Account Executive, Air Cargo Software",
            description="Sell cargo booking software to Gulf airlines and forwarders.",
        ),
    ),
    C(
        "latest process reached the final vs latest process ended in conduct",
        "cs",
        [
            pool("cs", CABIN_CREW, "London, UK")(
                "Tamsin Kerslake",
                2,
                apps=[
                    app(
                        600,
                        "screen",
                        "rejected",
                        "experience_level",
                        "Not enough senior time.",
                        role="Cabin Service Manager",
                    ),
                    lost_final(120, role="Cabin Service Manager"),
                ],
            ),
            pool("cs", CABIN_CREW, "London, UK")(
                "Courtney Blagden",
                0,
                apps=[
                    lost_final(600, role="Cabin Service Manager"),
                    app(
                        120,
                        "onsite",
                        "rejected",
                        "conduct",
                        "Rude to the assessors in the group exercise.",
                        role="Cabin Service Manager",
                    ),
                ],
            ),
        ],
        **job(CABIN_ROLE, HEATHROW),
    ),
]

# --- 8. several notes over time: the latest word counts ------------------------------------

LATEST_WORD = [
    C(
        "no nights, then nights fine vs nights fine, then no nights",
        "cs",
        [
            pool("cs", CONTROL_ROOM, "Dublin, Ireland")(
                "Aoife Brannigan",
                2,
                ("No nights, kids too small.", 400),
                ("Kids are older now - nights are fine again.", 30),
            ),
            pool("cs", CONTROL_ROOM, "Dublin, Ireland")(
                "Conor Whelan",
                0,
                ("Nights are fine.", 400),
                ("No more nights - doctor's orders after the heart scare.", 30),
            ),
        ],
        **job(TOWER_ROLE, DUBLIN, offers=["Rotating days and nights"]),
    ),
    C(
        "a stop taken back vs a keep-me-posted hardened into an opt-out",
        "cs",
        [
            pool("cs", FIRST_OFFICER, "Amsterdam, Netherlands")(
                "Jeroen Dekker",
                2,
                touches=[
                    mail(300, "Stop contacting me now please."),
                    mail(40, "Forget my earlier mail - I'm looking now, do get in touch."),
                ],
            ),
            pool("cs", FIRST_OFFICER, "Amsterdam, Netherlands")(
                "Hidde Postma",
                0,
                touches=[
                    mail(300, "Keep me posted on anything at Schiphol!"),
                    mail(40, "Please remove me from your lists. I don't want further contact."),
                ],
                excluded=True,
            ),
        ],
        **job(FO_ROLE, SCHIPHOL),
    ),
    C(
        "won't go to the Gulf, then moving to Doha vs the reverse",
        "cs",
        [
            pool("cs", OPS_CONTROLLER, "London, UK")(
                "Rhiannon Beddoes",
                2,
                ("Won't move to the Gulf.", 380),
                ("We've decided - moving to Doha next year, husband got a job there.", 25),
            ),
            pool("cs", OPS_CONTROLLER, "London, UK")(
                "Isaac Fairbairn",
                0,
                ("Would move to Doha.", 380),
                ("Off the Gulf idea - we're staying in London.", 25),
            ),
        ],
        **job(OCC_ROLE, DOHA),
    ),
    C(
        "pay ask lowered into the band vs raised out of it",
        "cs",
        [
            pool("cs", AIRPORT_DUTY, "London, UK")(
                "Mandeep Sandhu",
                2,
                touches=[
                    call(350, "Wants £90k to move."),
                    call(20, "Revised: £75k would do it now, happy to talk."),
                ],
            ),
            pool("cs", AIRPORT_DUTY, "London, UK")(
                "Bradley Coote",
                0,
                touches=[
                    call(350, "£75k would do it."),
                    call(20, "Revised: won't move under £90k now."),
                ],
            ),
        ],
        **job(DUTY_ROLE, HEATHROW, salary_min=72_000, salary_max=80_000, currency="GBP"),
    ),
    C(
        "remote only, then happy on site vs on site, then remote only",
        "cs",
        [
            pool("cs", ROSTER_ANALYST, "Frankfurt am Main, Germany")(
                "Miriam Albrecht",
                2,
                ("Nur remote, bitte.", 300),
                ("Vor Ort ist inzwischen völlig okay, ich vermisse das Team.", 35),
            ),
            pool("cs", ROSTER_ANALYST, "Frankfurt am Main, Germany")(
                "Tobias Reinecke",
                0,
                ("Office is fine.", 300),
                ("Remote only from now on - we moved to the Allgäu.", 35),
            ),
        ],
        **job(ROSTER_ROLE, FRANKFURT),
    ),
    C(
        "never Boeing, then open to the 737 vs the reverse",
        "cs",
        [
            pool("cs", FIRST_OFFICER, "Manchester, UK")(
                "Kirsty Naylor",
                2,
                touches=[
                    whatsapp(420, "not converting to boeing, airbus girl for life"),
                    whatsapp(15, "ok changed my mind, open to the 737 if they pay the rating"),
                ],
            ),
            pool("cs", FIRST_OFFICER, "Manchester, UK")(
                "Josh Whitworth",
                0,
                touches=[
                    whatsapp(420, "happy to go to the 737"),
                    whatsapp(15, "scratch that, staying on airbus, not doing a conversion"),
                ],
            ),
        ],
        **job(
            FO_ROLE,
            MANCHESTER,
            title="First Officer, Boeing 737 (type rating provided)",
            requirements="ATPL or frozen ATPL\nClass 1 medical\nJet experience",
        ),
    ),
    C(
        "part-time only, then back to full-time vs the reverse, full-time role",
        "cs",
        [
            pool("cs", CABIN_CREW, "Dublin, Ireland")(
                "Muireann Coady",
                2,
                ("Part-time only.", 330),
                ("Back to full-time now, youngest started school.", 28),
            ),
            pool("cs", CABIN_CREW, "Dublin, Ireland")(
                "Ciara Lowry",
                0,
                ("Full-time.", 330),
                ("Only part-time rosters now - minding my mam.", 28),
            ),
        ],
        **job(CABIN_ROLE, DUBLIN, offers=["Full-time roster, 5 on 3 off"]),
    ),
    C(
        "up for travel, then no overnights vs the reverse",
        "cs",
        [
            pool("cs", CONTROL_ROOM, "Hamburg, Germany")(
                "Svenja Marquardt",
                0,
                touches=[
                    call(360, "Up for travel, the more the better."),
                    call(22, "No more overnights after the separation - home every night."),
                ],
            ),
            pool("cs", CONTROL_ROOM, "Hamburg, Germany")(
                "Lars Dittmer",
                2,
                touches=[
                    call(360, "No overnights for now, new baby."),
                    call(22, "Overnights fine again, happy to travel."),
                ],
            ),
        ],
        **job(
            {},
            HAMBURG,
            title="Terminal Onboarding Lead",
            department="Logistics Control Tower",
            seniority="senior",
            requirements="Control tower experience\nCarrier onboarding\nTraining",
            description="Onboard carriers at European terminals; two to three nights away most "
            "weeks.",
        ),
    ),
    C(
        "no oil and gas, then fine with it vs the reverse",
        "cs",
        [
            pool("cs", DECK_OFFICER, "Aberdeen, UK")(
                "Moira Sutherland",
                2,
                touches=[
                    call(390, "No oil and gas, wants wind."),
                    call(18, "Says O&G is fine now, the wind jobs dried up."),
                ],
            ),
            pool("cs", DECK_OFFICER, "Aberdeen, UK")(
                "Gregor Anstruther",
                0,
                touches=[
                    call(390, "Fine with O&G."),
                    call(18, "Done with O&G for good, wind only now."),
                ],
            ),
        ],
        **job(
            OFFICER_ROLE,
            ABERDEEN,
            title="Second Officer, Platform Supply Vessel",
            description="Supply runs to oil and gas platforms in the central North Sea.",
        ),
    ),
    C(
        "a wait called off early vs 'whenever' turned into 'not before June'",
        "cs",
        [
            pool("cs", TRAIN_DRIVER, "Birmingham, UK")(
                "Sunil Solanki",
                2,
                touches=[
                    mail(40, "Not before March please, the depot's short."),
                    mail(10, "Ignore March - they've recruited, I'm free to move now."),
                ],
            ),
            pool("cs", TRAIN_DRIVER, "Birmingham, UK")(
                "Paul Brettell",
                1,
                touches=[
                    mail(40, "Whenever suits you, always happy to chat."),
                    mail(10, "Actually not before June - I'm mentoring two trainees till then."),
                ],
            ),
        ],
        **job(DRIVER_ROLE, dict(remote_policy="onsite", location="Birmingham, UK")),
    ),
    C(
        "wants to manage, then back to hands-on vs the reverse, a shift manager role",
        "cs",
        [
            pool("cs", AIRPORT_DUTY, "Dubai, UAE")(
                "Fatima Al-Suwaidi",
                0,
                ("Wants to manage a team.", 300),
                ("Tried leading a shift - back to hands-on work, no more managing.", 20),
            ),
            pool("cs", AIRPORT_DUTY, "Dubai, UAE")(
                "Hamdan Al-Falasi",
                2,
                ("Prefers hands-on, no managing.", 300),
                ("Ready to lead a team now.", 20),
            ),
        ],
        **job(
            DUTY_ROLE,
            DUBAI,
            title="Terminal Shift Manager",
            seniority="manager",
            description="Lead a shift of 60 terminal staff and four duty officers.",
        ),
    ),
]

HELDOUT53_CASES: list[Case] = [
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
    *HISTORY,
    *PROCESS,
    *LATEST_WORD,
]

# The class names the set checks share (tests/test_eval_cases.py), over this file's own lists.
LAST_TIME = HISTORY
