"""Held-out rediscovery cases, forty-fourth set: Gulf and wider Middle East recruiters' and
candidates' own words, written by a forty-fourth stranger to the reader (its code, its labelled
sets and the earlier case files' sentences were not looked at; held-out 10 was opened for its
format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 44") and never tuned to what Encore does. The recruiters are an
agency desk in Dubai Media City and in-house talent teams in Riyadh, Doha and Abu Dhabi hiring
for banks and fintechs, oil and gas contractors and giga-projects, main contractors, hotel groups,
an airline's engineering arm, retail groups, government and semi-government entities and
start-ups in DIFC, ADGM and KAFD. The voices: terse ATS shorthand ("cand", "CTC", "N/P 3m",
"all-in", "GV holder", "NOC n/a"), consultants' third-person call notes, long rambling notes full
of dates that ask for no wait, candidates' WhatsApp messages in lower case, LinkedIn replies,
emails, formal letters ("Dear Sir/Madam, I hereby..."), and lines in Arabic and Turkish. Money is
a tax-free monthly package in AED, SAR, QAR, KWD and OMR with housing, transport and schooling
allowances, flights home and end-of-service gratuity; calendars are Ramadan and the two Eids,
National Days, summer leave and school years; the week is Sunday to Thursday or Monday to
Friday; the work is onsite, hybrid or remote, residential or on a 28/28 rotation, in a site camp
or a DIFC tower, in Dubai, Abu Dhabi, Sharjah, Riyadh, Jeddah, NEOM, Doha, Muscat, Manama, Kuwait
City, Cairo, Amman and Istanbul.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a WhatsApp broadcast removal, a UAE PDPL consent withdrawal by letter, Arabic and
   Turkish, a consultant's DNC after a move home for good, "UNSUBSCRIBE", an angry InMail, a
   retirement to Kerala, a withdrawal asking for the CV to be deleted): never shown; beside each
   a WhatsApp group left but email welcome, email only, a copy of the file asked for, no calls in
   Ramadan hours, "keep me on your list", engineering not sales InMails, a move home with remote
   work wanted, and a CV kept from one competitor only;
2. waits counted from the day said, each against a twin whose wait has run out: after Eid
   al-Fitr against after Eid al-Adha, the school year, five years for the full gratuity, an
   offshore hitch, a Golden Visa being stamped, a project handover, "after Ramadan" in Arabic,
   a family wedding and Umrah against Hajj;
3. schedule, travel, visa, contract and commute: a six-day week, a Sunday-to-Thursday week,
   night audit, Ramadan trading nights, on-call, split shifts, 12-hour shifts in the summer heat,
   government hours; GCC travel, overnights in Riyadh, fly-in fly-out, detachments, a trip a
   quarter, Istanbul trips in Turkish; a Golden Visa against sponsorship needed, a spouse's
   sponsorship against a visit visa, an iqama transfer inside and past twelve months, engineering
   accreditation in Kuwait and Saudi, a labour ban lifted and running, single status against
   family status, degree attestation; project contracts, 28/28 rotations, part-time freelance,
   third-party payroll, a free-zone company; Sharjah, Ajman, Ras Al Khaimah, Al Khor and Riyadh
   traffic, the metro and a company bus;
4. pay against the band, in monthly packages against an annual band: all-in against basic plus
   allowances, a current salary above the band with a lower ask, KWD a month against KWD a year,
   OMR with flights home;
5. work mode said only in the policy, the title, the description or the offers;
6. negation and scope ("Riyadh wasn't the problem, the salary was", "never said no to a
   rotation, only offshore", "doesn't need the car allowance" against no licence);
7. location and relocation (Cairo to Dubai, Jeddah only, Manama to Doha, back home to Istanbul,
   anywhere in KSA except NEOM), managing against hands-on, a title step down, company stage and
   size (start-up, semi-government, family conglomerate, multinational, giga-project, ministry),
   industries refused or wanted (fossil fuels and carbon capture, a casino resort, Islamic
   finance, defence) and technology (Java, Temenos T24, sovereign cloud, Databricks, Arabic NLP,
   React Native, Go, mainframe);
8. last time's reason resolved by this role or still standing (pay, office days, single status,
   schooling and housing allowances, a six-day week, travel, Arabic required, a rotation), the
   history with us (a no-show on joining day after the visa was issued, a forged certificate, a
   skills gap old and new, a missed panel) and the latest process (a final round, a placement we
   made, a counter-offer last month);
9. several notes over time where the latest word counts: Saudi refused then wanted and the
   reverse, a stop taken back and a "keep me posted" hardened into a removal, a pay ask lowered
   and raised, a rotation given up and taken up.

Hard cases a careful human still gets right are mixed in: the same number meant as all-in and
as basic, a monthly ask against an annual band, a sponsor that is a spouse, "anywhere except",
a past employer's travel this role does not have, a no-show on joining day against a
counter-offer declined with grace, and a rotation wanted for a different reason.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``);
Ramadan 2027 is expected from about 8 February to 9 March, Eid al-Adha 2026 fell on 27 May.
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

SITE_ENGINEER = dict(
    current_title="Senior Site Engineer (Civil)",
    skills=["Reinforced concrete", "Primavera P6", "High-rise structures", "QA/QC"],
    years_experience=9,
    resume_text=(
        "Civil site engineer, nine years with main contractors in the UAE and KSA: high-rise "
        "residential towers, concrete cores and post-tensioned slabs, subcontractor coordination, "
        "inspection requests with the consultant and look-ahead programmes in Primavera P6."
    ),
)
PROCESS_ENGINEER = dict(
    current_title="Senior Process Engineer",
    skills=["HYSYS", "HAZOP", "Gas processing", "P&IDs"],
    years_experience=10,
    resume_text=(
        "Process engineer, ten years on upstream gas processing and sulphur recovery for "
        "operators and EPC contractors in Abu Dhabi and Qatar: HYSYS simulation, P&ID reviews, "
        "HAZOP participation and commissioning support."
    ),
)
FRONT_OFFICE = dict(
    current_title="Front Office Manager",
    skills=["Opera PMS", "Guest experience", "Team leadership", "Upselling"],
    years_experience=8,
    resume_text=(
        "Front office manager, eight years in five-star resorts and city hotels in Dubai and "
        "Doha: a team of 30 across reception, concierge and guest relations, Opera PMS, VIP "
        "arrivals and upselling programmes."
    ),
)
AIRCRAFT_ENGINEER = dict(
    current_title="B1 Licensed Aircraft Engineer",
    skills=["Part-66 B1", "A320 type rating", "Line maintenance", "AMOS"],
    years_experience=11,
    resume_text=(
        "Licensed aircraft engineer, eleven years of line and base maintenance on A320 and A330 "
        "families: certifying staff under GCAA and EASA approvals, defect rectification, AOG "
        "recovery and AMOS records."
    ),
)
BANKER = dict(
    current_title="Relationship Manager, Priority Banking",
    skills=["Wealth products", "HNW client portfolio", "KYC and AML", "Islamic banking"],
    years_experience=8,
    resume_text=(
        "Relationship manager, eight years in priority and private banking in the UAE: a "
        "portfolio of 180 HNW clients, investment and bancassurance sales, KYC refreshes and "
        "Sharia-compliant products."
    ),
)
RETAIL_AREA = dict(
    current_title="Area Manager, Fashion Retail",
    skills=["Multi-store management", "Visual merchandising", "Store P&L", "Mall operations"],
    years_experience=10,
    resume_text=(
        "Area manager for a franchise retail group, ten years in GCC malls: eight stores, sales "
        "targets and store P&Ls, visual merchandising, Ramadan and White Friday campaigns, and "
        "store openings in Dubai and Riyadh."
    ),
)


def who(profile: str, persona: dict | None = None, where: str = "Dubai, UAE"):
    """People of one kind in the pool: the same profile and persona, living in ``where``
    unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**(persona or {}), "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def ats(days, words) -> dict:
    """A recruiter's note typed into the ATS, in shorthand."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def rang(days, words) -> dict:
    """A consultant's call note, often in the third person."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def wa(days, words) -> dict:
    """The candidate's WhatsApp message, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def mail(days, words) -> dict:
    """The candidate's email or formal letter."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def inmail(days, words) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def final_loss(days, note=None, *, role="Senior Backend Engineer") -> dict:
    """Reached the final panel and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.2, role=role)


def declined(days, reason, note, *, past=None, role="Senior Backend Engineer") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="final", past=None, role="Senior Backend Engineer"):
    """Pulled out of our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def turned_away(days, stage, reason, note, *, role="Senior Backend Engineer") -> dict:
    """We said no."""
    return app(days, stage, "rejected", reason, note, role=role)


def role(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

SITE_ROLE = dict(
    title="Senior Site Engineer (Civil)",
    department="Construction",
    seniority="senior",
    requirements="BSc Civil Engineering\nGCC site experience\nHigh-rise concrete works\n"
    "Primavera P6",
    description="Deliver the structure of a 48-storey residential tower for a main contractor.",
)
PROCESS_ROLE = dict(
    title="Senior Process Engineer",
    department="Engineering",
    seniority="senior",
    requirements="Gas processing\nHYSYS\nHAZOP\nP&ID review",
    description="Support the debottlenecking of an onshore gas processing plant.",
)
FOM_ROLE = dict(
    title="Front Office Manager",
    department="Rooms Division",
    seniority="manager",
    requirements="Opera PMS\nFive-star hotel experience\nTeam leadership\nGuest experience",
    description="Run the front office of a 420-key beach resort.",
)
AME_ROLE = dict(
    title="B1 Licensed Aircraft Engineer",
    department="Line Maintenance",
    seniority="senior",
    requirements="Part-66 or GCAA B1 licence\nA320 family type rating\nLine maintenance",
    description="Certify line maintenance on the A320 fleet at the home base.",
)
RM_ROLE = dict(
    title="Relationship Manager, Priority Banking",
    department="Retail Banking",
    seniority="senior",
    requirements="Wealth products\nHNW client portfolio\nKYC and AML\nCRM discipline",
    description="Grow a book of priority banking clients.",
)
RETAIL_ROLE = dict(
    title="Area Manager, Fashion Retail",
    department="Retail Operations",
    seniority="manager",
    requirements="Multi-store management\nVisual merchandising\nStore P&L\nMall operations",
    description="Run seven mall stores for an international fashion franchise.",
)

# --- where and how they are worked ----------------------------------------------------------

DIFC_HYBRID = dict(
    remote_policy="hybrid",
    location="Dubai, UAE",
    offers=["Hybrid: two days a week in our DIFC office"],
)
DUBAI_ONSITE = dict(remote_policy="onsite", location="Dubai, UAE")
ABU_DHABI_ONSITE = dict(remote_policy="onsite", location="Abu Dhabi, UAE")
ABU_DHABI_HYBRID = dict(
    remote_policy="hybrid",
    location="Abu Dhabi, UAE",
    offers=["Hybrid: two days a week on Al Maryah Island"],
)
RIYADH_ONSITE = dict(remote_policy="onsite", location="Riyadh, Saudi Arabia")
RIYADH_HYBRID = dict(
    remote_policy="hybrid",
    location="Riyadh, Saudi Arabia",
    offers=["Hybrid: three days a week in our KAFD office"],
)
JEDDAH_ONSITE = dict(remote_policy="onsite", location="Jeddah, Saudi Arabia")
NEOM_SITE = dict(remote_policy="onsite", location="NEOM, Tabuk Province, Saudi Arabia")
DOHA_ONSITE = dict(remote_policy="onsite", location="Doha, Qatar")
MUSCAT_ONSITE = dict(remote_policy="onsite", location="Muscat, Oman")
MANAMA_HYBRID = dict(
    remote_policy="hybrid",
    location="Manama, Bahrain",
    offers=["Hybrid: two days a week at Bahrain Financial Harbour"],
)
KUWAIT_ONSITE = dict(remote_policy="onsite", location="Kuwait City, Kuwait")
CAIRO_HYBRID = dict(
    remote_policy="hybrid",
    location="Cairo, Egypt",
    offers=["Hybrid: two days a week in our New Cairo office"],
)
AMMAN_HYBRID = dict(
    remote_policy="hybrid",
    location="Amman, Jordan",
    offers=["Hybrid: two days a week in our Abdali office"],
)
ISTANBUL_HYBRID = dict(
    remote_policy="hybrid",
    location="Istanbul, Turkey",
    offers=["Hybrid: two days a week in our Maslak office"],
)
GCC_REMOTE = dict(
    remote_policy="remote", location="Remote (GCC)", offers=["Fully remote within the GCC"]
)

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "off the WhatsApp broadcast and no future roles vs out of the group, email me instead",
        "backend",
        [
            who("backend")(
                "Faisal Al-Marzooqi",
                0,
                touches=[
                    wa(
                        45,
                        "pls remove my number from ur broadcast list. not interested in any "
                        "future roles from ur agency, thx",
                    )
                ],
                excluded=True,
            ),
            who("backend")(
                "Rohan Pillai-Menon",
                2,
                touches=[
                    wa(
                        45,
                        "pls remove me from this whatsapp group bro, 200 msgs a day. just email "
                        "me directly when u have a python role, still looking",
                    )
                ],
            ),
        ],
        **role({}, DIFC_HYBRID),
    ),
    C(
        "Arabic: don't contact me again vs Arabic: contact me by email only",
        "data_eng",
        [
            who("data_eng", where="Riyadh, Saudi Arabia")(
                "Turki Al-Otaibi",
                0,
                touches=[wa(60, "الرجاء عدم التواصل معي مرة أخرى بخصوص أي وظائف. شكراً")],
                excluded=True,
            ),
            who("data_eng", where="Riyadh, Saudi Arabia")(
                "Nawaf Al-Shammari",
                2,
                touches=[
                    wa(
                        60,
                        "الرجاء التواصل معي عبر البريد الإلكتروني فقط، لا أستطيع الرد على "
                        "المكالمات أثناء الدوام. مهتم بفرص هندسة البيانات",
                    )
                ],
            ),
        ],
        **role({}, RIYADH_HYBRID),
    ),
    C(
        "a letter withdrawing consent under the PDPL vs a letter asking for a copy of the file",
        "sales",
        [
            who("sales", BANKER)(
                "Marwa El-Sayed Fahmy",
                0,
                touches=[
                    mail(
                        80,
                        "Dear Sir/Madam, I hereby withdraw my consent for your firm to process "
                        "my personal data under the UAE Personal Data Protection Law and request "
                        "that no further communication of any kind be sent to me. Yours "
                        "faithfully, M. El-Sayed Fahmy",
                    )
                ],
                excluded=True,
            ),
            who("sales", BANKER)(
                "Rania Haddadin",
                2,
                touches=[
                    mail(
                        80,
                        "Dear Sir/Madam, I hereby request a copy of the personal data your firm "
                        "holds on me, for my records. I confirm my continued consent to be "
                        "contacted regarding priority banking roles in Dubai. Kind regards, R. "
                        "Haddadin",
                    )
                ],
            ),
        ],
        **role(RM_ROLE, DUBAI_ONSITE),
    ),
    C(
        "DNC: gone home to the family business for good vs no calls in Ramadan office hours",
        "cs",
        [
            who("cs", PROCESS_ENGINEER, "Abu Dhabi, UAE")(
                "Salim Al-Harthy",
                0,
                touches=[
                    rang(
                        120,
                        "Spoke to Salim. Going back to Muscat to run the family trading "
                        "business for good - asked to be flagged DNC, no more headhunter calls "
                        "ever. Flagged.",
                    )
                ],
                excluded=True,
            ),
            who("cs", PROCESS_ENGINEER, "Abu Dhabi, UAE")(
                "Hamdan Al-Kindi",
                2,
                touches=[
                    rang(
                        120,
                        "Spoke to Hamdan. Asked not to be called during Ramadan office hours, "
                        "after iftar is fine. Still keen on gas processing roles in AD.",
                    )
                ],
            ),
        ],
        **role(PROCESS_ROLE, ABU_DHABI_ONSITE),
    ),
    C(
        "Turkish: take me off your list, never call again vs not now, keep me on your list",
        "frontend",
        [
            who("frontend", where="Istanbul, Turkey")(
                "Emre Karaosmanoğlu",
                0,
                touches=[
                    mail(
                        90,
                        "Lütfen beni listenizden çıkarın ve bir daha aramayın. İlgilenmiyorum.",
                    )
                ],
                excluded=True,
            ),
            who("frontend", where="Istanbul, Turkey")(
                "Burak Yıldırımtekin",
                2,
                touches=[
                    mail(
                        90,
                        "Şu an pek uygun değilim ama listenizde kalmak isterim, React rolleri "
                        "için yazabilirsiniz.",
                    )
                ],
            ),
        ],
        **role({}, ISTANBUL_HYBRID),
    ),
    C(
        "an angry InMail to stop vs stop the sales InMails, engineering ones welcome",
        "backend",
        [
            who("backend", where="Cairo, Egypt")(
                "Karim Abdelrahman Nassar",
                0,
                touches=[
                    inmail(
                        35,
                        "This is the third time I've asked. Stop InMailing me. I will report "
                        "your profile.",
                    )
                ],
                excluded=True,
            ),
            who("backend", where="Cairo, Egypt")(
                "Youssef Gabr",
                2,
                touches=[
                    inmail(
                        35,
                        "Stop InMailing me about sales engineer roles please - I'm a backend "
                        "engineer. Python/Django stuff, yes, happy to hear.",
                    )
                ],
            ),
        ],
        **role({}, CAIRO_HYBRID),
    ),
    C(
        "retired to Kerala, take me off vs moving to Kerala, keep me for remote roles",
        "sre",
        [
            who("sre", where="Sharjah, UAE")(
                "Varghese Kuriakose",
                0,
                touches=[
                    mail(
                        100,
                        "I have retired and am settling back in Kottayam after 26 years in the "
                        "Gulf. Kindly take me off your mailing list, I will not be working "
                        "again. God bless.",
                    )
                ],
                excluded=True,
            ),
            who("sre", where="Sharjah, UAE")(
                "Anish Thekkedath",
                2,
                touches=[
                    mail(
                        100,
                        "We are moving back to Kochi in March for my parents. Kindly keep me on "
                        "your list for remote platform roles, I can work GCC hours from India.",
                    )
                ],
            ),
        ],
        **role({}, GCC_REMOTE),
    ),
    C(
        "'UNSUBSCRIBE' vs unsubscribe me from the newsletter, keep sending roles",
        "cs",
        [
            who("cs", FRONT_OFFICE)(
                "Jocelyn Dimaculangan",
                0,
                touches=[mail(50, "UNSUBSCRIBE ME")],
                excluded=True,
            ),
            who("cs", FRONT_OFFICE)(
                "Maricel Tolentino-Reyes",
                2,
                touches=[
                    mail(
                        50,
                        "Hi po, kindly unsubscribe me from the monthly hospitality newsletter "
                        "but do keep sending FOM openings directly, I'm still looking.",
                    )
                ],
            ),
        ],
        **role(FOM_ROLE, DUBAI_ONSITE),
    ),
    C(
        "withdrew and asked for her CV to be deleted vs withdrew, CV kept from one competitor",
        "frontend",
        [
            who("frontend", where="Amman, Jordan")(
                "Dana Khoury",
                0,
                apps=[
                    withdrew(
                        200,
                        "not_interested",
                        "Withdrew before the final. Asked that we delete her CV, never present "
                        "it to any client again and stop all contact.",
                        role="Senior Frontend Engineer",
                    )
                ],
                excluded=True,
            ),
            who("frontend", where="Amman, Jordan")(
                "Lina Masri",
                2,
                apps=[
                    withdrew(
                        200,
                        "other",
                        "Withdrew before the final. Asked that we never send her CV to Careem "
                        "(her husband works there) - any other client is fine.",
                        role="Senior Frontend Engineer",
                    )
                ],
            ),
        ],
        **role({}, AMMAN_HYBRID),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out -----------

WAITS = [
    C(
        "after Eid al-Fitr, said in October vs after Eid al-Adha, said in April",
        "backend",
        [
            who("backend")(
                "Omar Bin Touq",
                1,
                touches=[
                    wa(
                        date(2026, 10, 12),
                        "habibi not now, lots going on at work. catch me after eid al fitr "
                        "inshallah, will be ready to move then",
                    )
                ],
            ),
            who("backend")(
                "Abdulla Lootah",
                2,
                touches=[
                    wa(
                        date(2026, 4, 13),
                        "not now bro, busy quarter. catch me after eid al adha inshallah, "
                        "will be ready to move then",
                    )
                ],
            ),
        ],
        **role({}, DIFC_HYBRID),
    ),
    C(
        "not moving the kids mid-year, said in September vs said last November",
        "cs",
        [
            who("cs", SITE_ENGINEER, "Abu Dhabi, UAE")(
                "Gareth Pennington",
                1,
                touches=[
                    rang(
                        date(2026, 9, 14),
                        "Gareth won't move the kids mid-year - two at Brighton College AD. "
                        "Nothing until the school year ends in June.",
                    )
                ],
            ),
            who("cs", SITE_ENGINEER, "Abu Dhabi, UAE")(
                "Nicola Featherstonehaugh",
                2,
                touches=[
                    rang(
                        date(2025, 11, 3),
                        "Nicola won't pull her girls out mid-year (Cranleigh AD). Not before "
                        "the school year finishes in June.",
                    )
                ],
            ),
        ],
        **role(SITE_ROLE, ABU_DHABI_ONSITE),
    ),
    C(
        "staying for five years' gratuity in March 2027 vs five years reached in July",
        "sales",
        [
            who("sales", BANKER)(
                "Vikram Raghunathan",
                1,
                touches=[
                    ats(
                        date(2026, 10, 5),
                        "cand completes 5 yrs at ENBD in Mar 2027 - full EOSB kicks in then. "
                        "Won't resign before that, no point.",
                    )
                ],
            ),
            who("sales", BANKER)(
                "Sunil Kamath",
                2,
                touches=[
                    ats(
                        date(2026, 3, 2),
                        "cand hits 5 yrs at ADCB on 1 July - wants the full gratuity so staying "
                        "till then, after that open.",
                    )
                ],
            ),
        ],
        **role(RM_ROLE, DUBAI_ONSITE),
    ),
    C(
        "offshore on Das Island till 18 December vs a hitch that ended in October",
        "cs",
        [
            who("cs", PROCESS_ENGINEER, "Abu Dhabi, UAE")(
                "Callum Strachan",
                1,
                touches=[
                    wa(
                        date(2026, 11, 16),
                        "on das island till 18 dec, signal is rubbish out here. call me when "
                        "im back on the beach",
                    )
                ],
            ),
            who("cs", PROCESS_ENGINEER, "Abu Dhabi, UAE")(
                "Duncan McAllister",
                2,
                touches=[
                    wa(
                        date(2026, 9, 28),
                        "on zirku till 20 oct, no signal half the time. ring me once im off "
                        "the island",
                    )
                ],
            ),
        ],
        **role(PROCESS_ROLE, ABU_DHABI_ONSITE),
    ),
    C(
        "Golden Visa being stamped by end of January vs one due by end of July",
        "sre",
        [
            who("sre")(
                "Ekaterina Volkova",
                1,
                touches=[
                    mail(
                        date(2026, 11, 2),
                        "My Golden Visa application is in process - stamping expected end of "
                        "January. I won't change sponsor until it's done, so let's talk then.",
                    )
                ],
            ),
            who("sre")(
                "Dmitri Sokolovsky",
                2,
                touches=[
                    mail(
                        date(2026, 6, 8),
                        "Waiting for my Golden Visa to be stamped, should be done by end of "
                        "July. Please call me in August, not before.",
                    )
                ],
            ),
        ],
        **role({}, DUBAI_ONSITE),
    ),
    C(
        "staying to the Red Sea handover in Q1 2027 vs till a hotel opening in June",
        "cs",
        [
            who("cs", FRONT_OFFICE, "Jeddah, Saudi Arabia")(
                "Tariq Mahmood Qureshi",
                1,
                touches=[
                    rang(
                        date(2026, 9, 21),
                        "Tariq is pre-opening FOM for a Red Sea resort. Committed to stay "
                        "until the handover in Q1 2027, will not leave the GM before.",
                    )
                ],
            ),
            who("cs", FRONT_OFFICE, "Jeddah, Saudi Arabia")(
                "Imran Nizamuddin Siddiqui",
                2,
                touches=[
                    rang(
                        date(2026, 2, 16),
                        "Imran is pre-opening FOM in AlUla. Staying until the opening in June, "
                        "promised the GM. Free after.",
                    )
                ],
            ),
        ],
        **role(FOM_ROLE, JEDDAH_ONSITE),
    ),
    C(
        "Arabic: after Ramadan, said in October vs after Eid, said in January",
        "data_eng",
        [
            who("data_eng", where="Doha, Qatar")(
                "Khalifa Al-Kuwari",
                1,
                touches=[
                    wa(
                        date(2026, 10, 26),
                        "مشغول هالفترة، نتكلم بعد رمضان إن شاء الله",
                    )
                ],
            ),
            who("data_eng", where="Doha, Qatar")(
                "Jassim Al-Sulaiti",
                2,
                touches=[
                    wa(
                        date(2026, 1, 19),
                        "Ramadan starts mid-Feb and work goes crazy before it. Talk after Eid "
                        "please.",
                    )
                ],
            ),
        ],
        **role({}, DOHA_ONSITE),
    ),
    C(
        "a wedding in Amman and Umrah, talk after 20 January vs back from Hajj in June",
        "manager",
        [
            who("manager")(
                "Bilal Rahimtoola",
                1,
                touches=[
                    mail(
                        date(2026, 11, 9),
                        "Family wedding in Amman over New Year, then Umrah with my parents. "
                        "Please hold everything until after 20 January.",
                    )
                ],
            ),
            who("manager")(
                "Zubair Hasnain",
                2,
                touches=[
                    mail(
                        date(2026, 3, 9),
                        "Alhamdulillah I'm going for Hajj this year. Nothing until I'm back in "
                        "June please.",
                    )
                ],
            ),
        ],
        **role({}, DIFC_HYBRID, title="Engineering Manager, Payments"),
    ),
]

# --- 3. schedule, travel, visa, contract and hours, commute ----------------------------------

SIX_DAY_SITE = dict(
    SITE_ROLE,
    description="Deliver the structure of a 48-storey tower. Site works Saturday to Thursday, "
    "six days a week; Friday off.",
)
SUN_THU_FINTECH = dict(
    description="Build the payment services behind a Saudi-facing wallet. The team works "
    "Sunday to Thursday to match our Riyadh clients; the weekend is Friday and Saturday.",
)
NIGHT_AUDIT_FOM = dict(
    FOM_ROLE,
    description="Run the front office of a 420-key beach resort; the FOM covers night audit "
    "one week in four.",
)
RAMADAN_RETAIL = dict(
    RETAIL_ROLE,
    description="Run seven mall stores. In Ramadan the malls trade until 1 am and area "
    "managers close the flagship stores on rotation.",
)
SCHEDULE = [
    C(
        "no six-day week ever again vs six days is normal as long as Friday is off",
        "cs",
        [
            who("cs", SITE_ENGINEER, "Jeddah, Saudi Arabia")(
                "Waleed Abu-Ghazaleh",
                0,
                touches=[
                    rang(
                        30,
                        "Waleed: done with 6-day weeks. Had 4 yrs of Sat-Thu on site, only "
                        "Fridays off, missed his kids growing up. 5 days max.",
                    )
                ],
            ),
            who("cs", SITE_ENGINEER, "Jeddah, Saudi Arabia")(
                "Ashraf Mostafa Salem",
                2,
                touches=[
                    rang(
                        30,
                        "Ashraf: six days a week is normal on site in his world, doesn't mind "
                        "as long as Friday stays off for jummah and family.",
                    )
                ],
            ),
        ],
        **role(SIX_DAY_SITE, JEDDAH_ONSITE),
    ),
    C(
        "needs a Saturday-Sunday weekend with his wife vs prefers a Sunday-Thursday week",
        "backend",
        [
            who("backend")(
                "Christopher Mbeki-Dlamini",
                0,
                touches=[
                    mail(
                        25,
                        "One thing I can't bend on: my wife works Monday to Friday at DHA. A "
                        "Sunday-Thursday job would mean we'd never share a weekend again.",
                    )
                ],
            ),
            who("backend")(
                "Thabo Nkosinathi",
                2,
                touches=[
                    mail(
                        25,
                        "Honestly I prefer a Sunday to Thursday week - spent three years on "
                        "Saudi clients and my family's weekend is Fri-Sat anyway.",
                    )
                ],
            ),
        ],
        **role(SUN_THU_FINTECH, DUBAI_ONSITE),
    ),
    C(
        "no nights on doctor's orders vs did night audit for three years at a Palm resort",
        "cs",
        [
            who("cs", FRONT_OFFICE)(
                "Priyanka Deshmukh",
                0,
                touches=[
                    ats(
                        40,
                        "cand: no night shifts at all anymore, dr's advice after thyroid "
                        "issues. Days only.",
                    )
                ],
            ),
            who("cs", FRONT_OFFICE)(
                "Anjali Mukherjee",
                2,
                touches=[
                    ats(
                        40,
                        "cand: did night audit 3 yrs at a Palm resort, nights don't bother her "
                        "at all. Any rota ok.",
                    )
                ],
            ),
        ],
        **role(NIGHT_AUDIT_FOM, DUBAI_ONSITE),
    ),
    C(
        "never again fasting and closing at 2 am in Ramadan vs loves the Ramadan nights",
        "cs",
        [
            who("cs", RETAIL_AREA, "Riyadh, Saudi Arabia")(
                "Haya Al-Dossary",
                0,
                touches=[
                    wa(
                        55,
                        "closing stores at 2am while fasting last ramadan nearly finished me. "
                        "i need a role without the late ramadan closes, sorry",
                    )
                ],
            ),
            who("cs", RETAIL_AREA, "Riyadh, Saudi Arabia")(
                "Reem Al-Ghamdi",
                2,
                touches=[
                    wa(
                        55,
                        "ramadan nights in the malls are my favourite weeks of the year "
                        "honestly, best sales and the buzz after taraweeh is amazing",
                    )
                ],
            ),
        ],
        **role(RAMADAN_RETAIL, RIYADH_ONSITE),
    ),
    C(
        "zero on-call vs on-call fine if it's paid, a paid rota",
        "sre",
        [
            who("sre", where="Riyadh, Saudi Arabia")(
                "Mazen Al-Qahtani",
                0,
                touches=[
                    inmail(
                        20,
                        "Zero on-call please. I'm done with 3am pages from the core banking team.",
                    )
                ],
            ),
            who("sre", where="Riyadh, Saudi Arabia")(
                "Fahad Al-Rashoud",
                2,
                touches=[
                    inmail(
                        20,
                        "On-call is fine by me if it's paid - my current one isn't, that's the "
                        "whole problem.",
                    )
                ],
            ),
            who("sre", where="Riyadh, Saudi Arabia")("Saud Al-Mutlaq", 1),
        ],
        **role(
            {},
            RIYADH_HYBRID,
            offers=["Paid on-call: SAR 2,500 per week on the rota, one week in five"],
        ),
    ),
    C(
        "no split shifts from Sharjah vs prefers splits for the afternoon gym",
        "cs",
        [
            who("cs", FRONT_OFFICE, "Sharjah, UAE")(
                "Ruel Manalastas",
                0,
                touches=[
                    rang(
                        35,
                        "Ruel says split shifts are impossible from Sharjah - four trips a day "
                        "on Al Ittihad Road. Straight shifts only.",
                    )
                ],
            ),
            who("cs", FRONT_OFFICE, "Sharjah, UAE")(
                "Jerome Villaflor",
                2,
                touches=[
                    rang(
                        35,
                        "Jerome actually prefers split shifts - uses the afternoon break for "
                        "the gym and a nap. Has a room near the hotel anyway.",
                    )
                ],
            ),
        ],
        **role(
            FOM_ROLE,
            DUBAI_ONSITE,
            description="Run the front office of a city hotel; managers work split shifts "
            "7-11 and 4-9 during peak season.",
        ),
    ),
    C(
        "not 12-hour shifts in 48 degrees again vs 12s fine with the midday break",
        "cs",
        [
            who("cs", PROCESS_ENGINEER, "Dammam, Saudi Arabia")(
                "Aamir Sheikh",
                0,
                touches=[
                    ats(
                        30,
                        "12hr shifts in 48C at the last turnaround = never again per cand. Max "
                        "10hrs.",
                    )
                ],
            ),
            who("cs", PROCESS_ENGINEER, "Dammam, Saudi Arabia")(
                "Naveed Chaudhry",
                2,
                touches=[
                    ats(
                        30,
                        "cand fine w/ 12hr shifts, used to summer midday break rules, has done "
                        "3 shutdowns in Jubail.",
                    )
                ],
            ),
        ],
        **role(
            PROCESS_ROLE,
            dict(remote_policy="onsite", location="Jubail, Saudi Arabia"),
            description="Support a plant turnaround: 12-hour day shifts for ten weeks, with "
            "the summer midday outdoor work ban observed.",
        ),
    ),
    C(
        "government hours 7:30 to 3:30 would be perfect vs not a morning person, 10 to 7",
        "data_eng",
        [
            who("data_eng", where="Abu Dhabi, UAE")(
                "Shamma Al-Nuaimi",
                2,
                touches=[
                    rang(
                        28,
                        "Shamma would love government hours - 7:30 to 3:30 means she can do the "
                        "school pick-ups herself.",
                    )
                ],
            ),
            who("data_eng", where="Abu Dhabi, UAE")(
                "Aisha Al-Mansoori",
                0,
                touches=[
                    rang(
                        28,
                        "Aisha is not a morning person at all - looking for 10 to 7 type hours, "
                        "wouldn't do a 7:30 start.",
                    )
                ],
            ),
        ],
        **role(
            {},
            ABU_DHABI_ONSITE,
            description="Build the data platform of a federal government entity. Hours 7:30 "
            "to 3:30 Monday to Thursday, 7:30 to 12 on Friday.",
        ),
    ),
]

GCC_TRAVEL = dict(
    description="Grow our wallet's merchant base across the GCC: about half the month on the "
    "road in Riyadh, Doha and Kuwait.",
)
TRAVEL = [
    C(
        "home every night after years of Sunday flights vs fine with GCC, no long-haul",
        "sales",
        [
            who("sales")(
                "Mohannad Barakat",
                0,
                touches=[
                    rang(
                        30,
                        "Mohannad: three years of Sunday-morning flights to Riyadh. Wants to be "
                        "home every night now, no more travel.",
                    )
                ],
            ),
            who("sales")(
                "Samer Azzam",
                2,
                touches=[
                    rang(
                        30,
                        "Samer: GCC travel fine, the hop to Riyadh or Doha is nothing. Only "
                        "rules out long-haul, Europe trips wrecked him.",
                    )
                ],
            ),
        ],
        **role({}, DUBAI_ONSITE, **GCC_TRAVEL),
    ),
    C(
        "travel only inside the UAE, no overnights vs overnights fine, wife is fine with it",
        "sales",
        [
            who("sales", BANKER)(
                "Hisham Darwish",
                0,
                touches=[
                    ats(
                        22,
                        "happy to travel as long as its within UAE and no overnight stays, "
                        "elderly mum at home",
                    )
                ],
            ),
            who("sales", BANKER)(
                "Nabil Chedid",
                2,
                touches=[
                    ats(
                        22,
                        "overnights ok, wife fine with it, kids older now. has GCC clients already",
                    )
                ],
            ),
        ],
        **role(
            RM_ROLE,
            DUBAI_ONSITE,
            description="Cover priority clients in the UAE and Saudi Arabia, with an overnight "
            "in Riyadh most weeks.",
        ),
    ),
    C(
        "wants a desk with no travel vs gets bored at a desk, wants to see clients",
        "data_eng",
        [
            who("data_eng", where="Dubai, UAE")(
                "Sneha Iyengar",
                2,
                touches=[
                    inmail(
                        26,
                        "Looking for something with no travel at all - I did two years of "
                        "client sites in Kuwait and I'm done.",
                    )
                ],
            ),
            who("data_eng", where="Dubai, UAE")(
                "Kavya Subramaniam",
                1,
                touches=[
                    inmail(
                        26,
                        "Honestly I get bored at a desk - I'd love a role where I get to see "
                        "clients around the Gulf now and then.",
                    )
                ],
            ),
        ],
        **role(
            {},
            DUBAI_ONSITE,
            description="Own the analytics pipelines of a retail group from its Dubai head "
            "office; no travel.",
        ),
    ),
    C(
        "won't do fly-in fly-out or camp life again vs two years FIFO to Tabuk, happy to stay",
        "cs",
        [
            who("cs", SITE_ENGINEER, "Riyadh, Saudi Arabia")(
                "Hussein Al-Zahrani",
                0,
                touches=[
                    rang(
                        40,
                        "Hussein won't do fly-in fly-out again - camp life and the Tabuk "
                        "shuttle flights every ten days broke him.",
                    )
                ],
            ),
            who("cs", SITE_ENGINEER, "Riyadh, Saudi Arabia")(
                "Majed Al-Harbi",
                2,
                touches=[
                    rang(
                        40,
                        "Majed has done FIFO from Riyadh to Tabuk for two years, happy to carry "
                        "on, likes the camp gym and the leave cycle.",
                    )
                ],
            ),
        ],
        **role(
            SITE_ROLE,
            NEOM_SITE,
            description="Site engineer on a NEOM infrastructure package: fly-in fly-out from "
            "Riyadh, ten days on site in the camp, four days home.",
        ),
    ),
    C(
        "not even one trip a quarter vs left his last job over three weeks a month away",
        "backend",
        [
            who("backend", where="Manama, Bahrain")(
                "Ahmed Janahi",
                0,
                touches=[
                    wa(
                        30,
                        "no travel at all for me, not even the odd trip. my dad's dialysis is "
                        "3x a week and im the one who drives him",
                    )
                ],
            ),
            who("backend", where="Manama, Bahrain")(
                "Yusuf Fakhro",
                2,
                touches=[
                    wa(
                        30,
                        "left my last job bc of 3 weeks a month on the road in saudi. a trip a "
                        "quarter is nothing, thats fine",
                    )
                ],
            ),
        ],
        **role(
            {},
            MANAMA_HYBRID,
            description="Build the services behind an open-banking platform; one trip a "
            "quarter to our Riyadh office.",
        ),
    ),
    C(
        "Turkish: travel is no problem, Istanbul monthly vs Turkish: no more travel",
        "manager",
        [
            who("manager", where="Dubai, UAE")(
                "Mehmet Çelikkaya",
                2,
                touches=[
                    wa(
                        24,
                        "Seyahat benim için sorun değil, ayda bir İstanbul'a gidip gelebilirim. "
                        "Ailem zaten orada.",
                    )
                ],
            ),
            who("manager", where="Dubai, UAE")(
                "Serkan Öztürkmen",
                0,
                touches=[
                    wa(
                        24,
                        "Artık seyahat etmek istemiyorum, son iki yıl hep yoldaydım. Sadece "
                        "Dubai'de kalacak bir rol arıyorum.",
                    )
                ],
            ),
        ],
        **role(
            {},
            DIFC_HYBRID,
            description="Lead the payments team split between Dubai and Istanbul; a week in "
            "the Istanbul office every month.",
        ),
    ),
    C(
        "no more detachments with kids in school vs detachments fine, single",
        "cs",
        [
            who("cs", AIRCRAFT_ENGINEER, "Abu Dhabi, UAE")(
                "Pradeep Nambiar",
                0,
                touches=[
                    ats(
                        33,
                        "No more outstation detachments - 2 kids in school in AD, wife works. "
                        "Home base only.",
                    )
                ],
            ),
            who("cs", AIRCRAFT_ENGINEER, "Abu Dhabi, UAE")(
                "Rhys Llewellyn-Jones",
                2,
                touches=[
                    ats(
                        33,
                        "Detachments fine, single, actually enjoys the outstation stints - did "
                        "Male and Colombo last year.",
                    )
                ],
            ),
        ],
        **role(
            AME_ROLE,
            ABU_DHABI_ONSITE,
            description="Certify line maintenance on the A320 fleet, with six-week "
            "detachments to outstations twice a year.",
        ),
    ),
    C(
        "Kuwait every fortnight fine, Iraq a no vs won't leave the UAE at all",
        "sales",
        [
            who("sales")(
                "Khalid Mubarak Al-Ajmi",
                2,
                touches=[
                    rang(
                        27,
                        "Khalid says a trip to Kuwait every fortnight is fine, Bahrain too. "
                        "Basra is a no - he's done that.",
                    )
                ],
            ),
            who("sales")(
                "Abdulrahman Kazim",
                0,
                touches=[
                    rang(
                        27,
                        "Abdulrahman won't travel outside the UAE at all now - wife and new "
                        "baby, no family here to help.",
                    )
                ],
            ),
        ],
        **role(
            {},
            DUBAI_ONSITE,
            description="Sell our POS platform to restaurant groups in Kuwait and Bahrain: a "
            "two-day trip every other week.",
        ),
    ),
]

NO_SPONSOR = "We cannot sponsor visas: candidates must hold their own UAE residency"
VISA = [
    C(
        "a ten-year Golden Visa vs needs full sponsorship, in the grace period",
        "backend",
        [
            who("backend")(
                "Arjun Venkatesan",
                2,
                touches=[ats(18, "GV holder (10 yr), no sponsorship needed. N/P 1m.")],
            ),
            who("backend")(
                "Praveen Gopalakrishnan",
                0,
                touches=[
                    ats(
                        18,
                        "needs full visa sponsorship - prev visa cancelled, in the grace "
                        "period till mid-Dec.",
                    )
                ],
            ),
        ],
        **role({}, DIFC_HYBRID, offers=[NO_SPONSOR, "Two days a week in DIFC"]),
    ),
    C(
        "on her husband's sponsorship, only a work permit needed vs on a visit visa",
        "cs",
        [
            who("cs", FRONT_OFFICE)(
                "Hanan Qasem",
                2,
                touches=[
                    mail(
                        21,
                        "I'm on my husband's sponsorship (he's at Cleveland Clinic AD) - you "
                        "would only need to apply for a work permit for me, no visa.",
                    )
                ],
            ),
            who("cs", FRONT_OFFICE)(
                "Nour El-Houda Benali",
                0,
                touches=[
                    mail(
                        21,
                        "I'm in Dubai on a 60-day visit visa and looking for an employer to "
                        "sponsor me. I can join immediately once the visa is done.",
                    )
                ],
            ),
        ],
        **role(FOM_ROLE, DUBAI_ONSITE, offers=[NO_SPONSOR]),
    ),
    C(
        "an iqama transfer before twelve months needs his sponsor vs past twelve months on Qiwa",
        "data_eng",
        [
            who("data_eng", where="Riyadh, Saudi Arabia")(
                "Rizwan Ul-Haq",
                1,
                touches=[
                    rang(
                        24,
                        "Rizwan joined his current employer 7 months ago - can't transfer the "
                        "iqama without their release and they've said no.",
                    )
                ],
            ),
            who("data_eng", where="Riyadh, Saudi Arabia")(
                "Shahzad Anwar",
                2,
                touches=[
                    rang(
                        24,
                        "Shahzad is past 12 months on his contract, can transfer the iqama on "
                        "Qiwa without employer approval. Ready.",
                    )
                ],
            ),
        ],
        **role({}, RIYADH_ONSITE, offers=["Iqama transfer handled in-house"]),
    ),
    C(
        "Kuwait refused to accredit his engineering degree vs accredited by the KSE",
        "cs",
        [
            who("cs", SITE_ENGINEER, "Kuwait City, Kuwait")(
                "Ramy Tawfik Guirguis",
                0,
                touches=[
                    ats(
                        45,
                        "cand's degree not accredited by Kuwait Society of Engineers - can't "
                        "hold an engineer title on his residency. Technician only.",
                    )
                ],
            ),
            who("cs", SITE_ENGINEER, "Kuwait City, Kuwait")(
                "Mina Boutros Hanna",
                2,
                touches=[
                    ats(
                        45,
                        "cand's degree accredited by KSE last yr, engineer title on residency. "
                        "No issue.",
                    )
                ],
            ),
        ],
        **role(
            SITE_ROLE,
            KUWAIT_ONSITE,
            requirements="BSc Civil Engineering\nKuwait Society of Engineers accreditation\n"
            "High-rise concrete works\nPrimavera P6",
        ),
    ),
    C(
        "Saudi Council of Engineers rejected the degree vs classified Professional Engineer",
        "cs",
        [
            who("cs", PROCESS_ENGINEER, "Jeddah, Saudi Arabia")(
                "Olumide Adebayo-Cole",
                0,
                touches=[
                    mail(
                        50,
                        "Quick update - the Saudi Council of Engineers rejected my degree "
                        "(part-time programme), so I can't be registered as an engineer in KSA.",
                    )
                ],
            ),
            who("cs", PROCESS_ENGINEER, "Jeddah, Saudi Arabia")(
                "Chinedu Okwuosa",
                2,
                touches=[
                    mail(
                        50,
                        "Quick update - my SCE membership came through, classified as "
                        "Professional Engineer. All set for KSA roles.",
                    )
                ],
            ),
        ],
        **role(
            PROCESS_ROLE,
            dict(remote_policy="onsite", location="Yanbu, Saudi Arabia"),
            requirements="Gas processing\nHYSYS\nHAZOP\nSaudi Council of Engineers membership",
        ),
    ),
    C(
        "a labour ban lifted in August vs a ban that runs till March",
        "sre",
        [
            who("sre")(
                "Jomar Pangilinan",
                2,
                touches=[
                    wa(
                        40,
                        "good news sir, the 1 yr labour ban from my old company was lifted last "
                        "august, i can get a new work permit now",
                    )
                ],
            ),
            who("sre")(
                "Arnel Macaraeg",
                0,
                touches=[
                    wa(
                        40,
                        "sir my labour ban is still running until march, mohre says no new "
                        "permit before that",
                    )
                ],
            ),
        ],
        **role({}, DUBAI_ONSITE, offers=["Start in January"]),
    ),
    C(
        "needs family status for wife and kids vs happy on single status, family stays in Amman",
        "cs",
        [
            who("cs", SITE_ENGINEER, "Amman, Jordan")(
                "Ziad Obeidat",
                0,
                touches=[
                    rang(
                        35,
                        "Ziad will only move on family status - wife and 3 kids must come with "
                        "him, family visas and schooling a must.",
                    )
                ],
            ),
            who("cs", SITE_ENGINEER, "Amman, Jordan")(
                "Qusai Al-Momani",
                2,
                touches=[
                    rang(
                        35,
                        "Qusai is fine on single status - family stays in Amman, he flies home "
                        "on leave. Just wants the flights covered.",
                    )
                ],
            ),
        ],
        **role(
            SITE_ROLE,
            NEOM_SITE,
            offers=["Single status, camp accommodation", "Two return flights home a year"],
        ),
    ),
    C(
        "degree attested by MOFA vs an online degree refused attestation",
        "frontend",
        [
            who("frontend", where="Sharjah, UAE")(
                "Sameer Farooqui",
                2,
                touches=[
                    ats(
                        30,
                        "Degree attested by UAE embassy in Delhi + MOFA done 2024. Docs ready "
                        "for visa.",
                    )
                ],
            ),
            who("frontend", where="Sharjah, UAE")(
                "Danish Rehmatullah",
                0,
                touches=[
                    ats(
                        30,
                        "Degree is from an online uni, attestation refused twice - can't get an "
                        "employment visa in a graduate category.",
                    )
                ],
            ),
        ],
        **role(
            {},
            DUBAI_ONSITE,
            offers=["Employment visa sponsored; an attested bachelor's degree is required"],
        ),
    ),
]

CONTRACT = [
    C(
        "permanent only after a project demob vs prefers project contracts with gratuity",
        "cs",
        [
            who("cs", SITE_ENGINEER, "Riyadh, Saudi Arabia")(
                "Sherif Abdelaziz Hegab",
                0,
                touches=[
                    rang(
                        30,
                        "Sherif got demobbed with two weeks' notice when the last package was "
                        "cut. Open-ended / permanent roles only now.",
                    )
                ],
            ),
            who("cs", SITE_ENGINEER, "Riyadh, Saudi Arabia")(
                "Adel Moussa",
                2,
                touches=[
                    rang(
                        30,
                        "Adel prefers project contracts - does 2 years, takes the gratuity, "
                        "goes home for a long summer. Fixed-term suits him.",
                    )
                ],
            ),
        ],
        **role(
            SITE_ROLE,
            NEOM_SITE,
            offers=["Two-year fixed-term project contract with end-of-service gratuity"],
        ),
    ),
    C(
        "wants residential now the kids are small vs on 28/28 and keeping it",
        "cs",
        [
            who("cs", PROCESS_ENGINEER, "Aberdeen, UK")(
                "Fraser Ogilvie-Grant",
                0,
                touches=[
                    mail(
                        28,
                        "I'm done with rotation - two toddlers now. Looking for a residential "
                        "job where the family can come out.",
                    )
                ],
            ),
            who("cs", PROCESS_ENGINEER, "Aberdeen, UK")(
                "Euan Drysdale",
                2,
                touches=[
                    mail(
                        28,
                        "I'm on a 28/28 and would keep it that way - won't go back to a "
                        "residential post, the family stays in Aberdeenshire.",
                    )
                ],
            ),
        ],
        **role(
            PROCESS_ROLE,
            dict(remote_policy="onsite", location="Ruwais, Abu Dhabi, UAE"),
            offers=["28/28 rotation, flights from Aberdeen or Manchester"],
        ),
    ),
    C(
        "needs full-time with a visa vs has a freelance permit, wants three days",
        "frontend",
        [
            who("frontend")(
                "Tanvi Bhattacharya",
                0,
                touches=[
                    inmail(
                        20,
                        "I need a full-time role with a visa - part-time doesn't give me "
                        "residency and my current visa ends in February.",
                    )
                ],
            ),
            who("frontend")(
                "Ishita Chandrasekhar",
                2,
                touches=[
                    inmail(
                        20,
                        "I have my own Dubai freelance permit and visa - ideally three days a "
                        "week, invoiced monthly.",
                    )
                ],
            ),
        ],
        **role(
            {},
            DUBAI_ONSITE,
            offers=["Freelance, three days a week, invoiced monthly; no visa provided"],
        ),
    ),
    C(
        "no more outsourced manpower contracts vs third-party payroll fine if benefits match",
        "sre",
        [
            who("sre", where="Doha, Qatar")(
                "Mohammed Iqbal Shaikh",
                0,
                touches=[
                    ats(
                        25,
                        "cand refuses outsourced/manpower supply contracts - wants to be direct "
                        "on the client payroll after bad exp w/ an agency visa.",
                    )
                ],
            ),
            who("sre", where="Doha, Qatar")(
                "Faizan Qadri",
                2,
                touches=[
                    ats(
                        25,
                        "cand ok w/ third-party payroll as long as medical, leave and ticket "
                        "match the client staff.",
                    )
                ],
            ),
        ],
        **role(
            {},
            DOHA_ONSITE,
            offers=["Outsourced via a third-party payroll provider, client-equivalent benefits"],
        ),
    ),
    C(
        "invoices only through his free-zone company vs done with freelancing, wants a job",
        "backend",
        [
            who("backend", where="Ras Al Khaimah, UAE")(
                "Stavros Papadimitriou",
                0,
                touches=[
                    mail(
                        32,
                        "I only work as a contractor through my RAKEZ company now - invoice "
                        "monthly, no employment contracts please.",
                    )
                ],
            ),
            who("backend", where="Ras Al Khaimah, UAE")(
                "Nikos Theodorakis",
                2,
                touches=[
                    mail(
                        32,
                        "Did two years freelancing through my RAKEZ company - done with chasing "
                        "invoices, I want a permanent job with a visa and medical.",
                    )
                ],
            ),
        ],
        **role(
            {},
            DUBAI_ONSITE,
            offers=["Permanent, direct hire with employment visa and family medical"],
        ),
    ),
]

COMMUTE = [
    C(
        "Sharjah to Jebel Ali is two hours each way vs just moved to Al Furjan",
        "cs",
        [
            who("cs", RETAIL_AREA, "Sharjah, UAE")(
                "Joseph Fernandes",
                0,
                touches=[
                    rang(
                        20,
                        "Joseph lives in Al Nahda Sharjah - says DIP/Jebel Ali is 2 hrs each way "
                        "on the E311, not doing it.",
                    )
                ],
            ),
            who("cs", RETAIL_AREA, "Dubai, UAE")(
                "Clifford D'Souza",
                2,
                touches=[
                    rang(
                        20,
                        "Clifford moved from Sharjah to Al Furjan in Sept - DIP is 10 min from "
                        "him now.",
                    )
                ],
            ),
        ],
        **role(
            RETAIL_ROLE,
            dict(remote_policy="onsite", location="Dubai Investments Park, Dubai, UAE"),
            description="Run seven stores from the retail group's head office in Dubai "
            "Investments Park.",
        ),
    ),
    C(
        "won't drive Dubai to Abu Dhabi daily again vs fine, lives in Dubai South",
        "backend",
        [
            who("backend")(
                "Luca Benedetti",
                0,
                touches=[
                    wa(
                        30,
                        "did the dubai-abu dhabi drive daily for a year, never again. the E11 "
                        "at 7am is hell",
                    )
                ],
            ),
            who("backend", where="Dubai South, Dubai, UAE")(
                "Marco Santangelo",
                2,
                touches=[
                    wa(
                        30,
                        "im in dubai south, abu dhabi is 50 min for me, no problem driving daily",
                    )
                ],
            ),
        ],
        **role({}, ABU_DHABI_ONSITE),
    ),
    C(
        "south Riyadh, 30 minutes max vs no car, the metro stops at KAFD",
        "data_eng",
        [
            who("data_eng", where="Riyadh, Saudi Arabia")(
                "Badr Al-Subaie",
                0,
                touches=[
                    ats(
                        26,
                        "lives Al Aziziyah (south Riyadh). Commute max 30 min, KAFD would be "
                        "75+ in traffic. No.",
                    )
                ],
            ),
            who("data_eng", where="Riyadh, Saudi Arabia")(
                "Abdulelah Al-Juhani",
                2,
                touches=[
                    ats(
                        26,
                        "no car, relies on Riyadh Metro - anywhere on the blue or yellow line "
                        "works. KAFD perfect.",
                    )
                ],
            ),
        ],
        **role({}, RIYADH_ONSITE, offers=["Office in KAFD, next to the metro station"]),
    ),
    C(
        "no licence, needs the company bus from Ajman vs won't sit on a bus three hours a day",
        "cs",
        [
            who("cs", SITE_ENGINEER, "Ajman, UAE")(
                "Rakibul Hasan",
                2,
                touches=[
                    ats(
                        24,
                        "no UAE licence yet, lives Ajman - needs transport provided, otherwise "
                        "can't reach site.",
                    )
                ],
            ),
            who("cs", SITE_ENGINEER, "Ajman, UAE")(
                "Tanvir Chowdhury",
                0,
                touches=[
                    ats(
                        24,
                        "lives Ajman, won't sit on a company bus 3 hrs a day again - did it at "
                        "his last site.",
                    )
                ],
            ),
        ],
        **role(
            SITE_ROLE,
            dict(remote_policy="onsite", location="Dubai Industrial City, Dubai, UAE"),
            offers=["Company bus from Ajman and Sharjah, about 80 minutes each way"],
        ),
    ),
    C(
        "Al Wakra to West Bay on the red line is fine vs done driving from Al Khor",
        "sales",
        [
            who("sales", BANKER, "Al Wakra, Qatar")(
                "Hamad Al-Marri",
                2,
                touches=[
                    rang(
                        30,
                        "Hamad lives in Al Wakra - red line straight to West Bay, 40 min door "
                        "to door, fine.",
                    )
                ],
            ),
            who("sales", BANKER, "Al Khor, Qatar")(
                "Mubarak Al-Naimi",
                0,
                touches=[
                    rang(
                        30,
                        "Mubarak won't drive from Al Khor into Doha daily anymore - wants "
                        "something in Al Khor or Ras Laffan.",
                    )
                ],
            ),
        ],
        **role(RM_ROLE, dict(remote_policy="onsite", location="West Bay, Doha, Qatar")),
    ),
    C(
        "RAK to Dubai twice a week is fine vs not even twice a week from RAK",
        "frontend",
        [
            who("frontend", where="Ras Al Khaimah, UAE")(
                "Ayesha Siddiqa Rangoonwala",
                2,
                touches=[
                    wa(
                        22,
                        "RAK to Dubai twice a week is totally fine, five days would kill me "
                        "but hybrid works",
                    )
                ],
            ),
            who("frontend", where="Ras Al Khaimah, UAE")(
                "Mariam Nadeem",
                0,
                touches=[
                    wa(
                        22,
                        "not even twice a week from RAK sorry, its 1.5 hrs each way with the "
                        "emirates road traffic",
                    )
                ],
            ),
        ],
        **role({}, DIFC_HYBRID),
    ),
]

# --- 4. pay against the role's band, monthly packages against an annual band ---------------

PAY = [
    C(
        "AED 55k basic plus housing vs 32k all-in now, asking 38k total",
        "backend",
        [
            who("backend")(
                "Siddharth Kulkarni-Patwardhan",
                0,
                touches=[
                    ats(
                        20,
                        "CTC ask: AED 55k basic + housing + annual ticket. Won't discuss below "
                        "that.",
                    )
                ],
            ),
            who("backend")(
                "Rahul Deshpande-Joshi",
                2,
                touches=[
                    ats(
                        20,
                        "current AED 32k all-in, asking 38k total package. Flexible on the split.",
                    )
                ],
            ),
        ],
        **role(
            {},
            DIFC_HYBRID,
            salary_min=420_000,
            salary_max=480_000,
            currency="AED",
            offers=["AED 35,000-40,000 a month, all-inclusive", "Two days a week in DIFC"],
        ),
    ),
    C(
        "not below SAR 40k plus housing and car vs SAR 30k gross a month",
        "sre",
        [
            who("sre", where="Riyadh, Saudi Arabia")(
                "Osama Al-Sharif",
                0,
                touches=[
                    rang(
                        25,
                        "Osama won't move below SAR 40k a month plus housing and a car "
                        "allowance. Firm.",
                    )
                ],
            ),
            who("sre", where="Riyadh, Saudi Arabia")(
                "Abdulaziz Al-Omran",
                2,
                touches=[rang(25, "Abdulaziz's ask is SAR 30k gross monthly, all allowances in.")],
            ),
        ],
        **role(
            {},
            RIYADH_HYBRID,
            salary_min=336_000,
            salary_max=396_000,
            currency="SAR",
            offers=["SAR 28,000-33,000 a month including allowances"],
        ),
    ),
    C(
        "QAR 48k a month family package vs QAR 48k as basic with housing and schooling on top",
        "data_eng",
        [
            who("data_eng", where="Doha, Qatar")(
                "Andrew Cartwright-Bell",
                2,
                touches=[
                    mail(
                        30,
                        "To be clear on numbers: QAR 48k a month total, family package, and "
                        "I'm happy.",
                    )
                ],
            ),
            who("data_eng", where="Doha, Qatar")(
                "Jonathan Ashcombe",
                0,
                touches=[
                    mail(
                        30,
                        "To be clear on numbers: QAR 48k basic, then housing (about 15k) and "
                        "schooling for two on top.",
                    )
                ],
            ),
        ],
        **role(
            {},
            DOHA_ONSITE,
            salary_min=540_000,
            salary_max=600_000,
            currency="QAR",
            offers=["QAR 45,000-50,000 a month, all-inclusive family package"],
        ),
    ),
    C(
        "on AED 60k now, would take 45k to leave oil and gas vs on 38k, wants 60k",
        "sre",
        [
            who("sre", where="Abu Dhabi, UAE")(
                "Graham Whitsunday",
                2,
                touches=[
                    rang(
                        30,
                        "Graham is on AED 60k at an oil major but would take 45k to get into "
                        "tech - money isn't the driver.",
                    )
                ],
            ),
            who("sre", where="Abu Dhabi, UAE")(
                "Simon Ravenscroft",
                0,
                touches=[
                    rang(
                        30,
                        "Simon is on AED 38k and wants 60k for any move - says he's underpaid "
                        "by a mile.",
                    )
                ],
            ),
        ],
        **role(
            {},
            ABU_DHABI_HYBRID,
            salary_min=504_000,
            salary_max=576_000,
            currency="AED",
            offers=["AED 42,000-48,000 a month"],
        ),
    ),
    C(
        "KWD 1,600 a month vs KWD 24,000 a year, a KWD 1,500-1,800 monthly role",
        "cs",
        [
            who("cs", SITE_ENGINEER, "Kuwait City, Kuwait")(
                "Anil Varkey",
                2,
                touches=[ats(22, "exp KWD 1,600/month + accom. Can join in 30 days.")],
            ),
            who("cs", SITE_ENGINEER, "Kuwait City, Kuwait")(
                "Sajan Mathew",
                0,
                touches=[ats(22, "exp KWD 24,000 p.a. minimum + accom. Can join in 30 days.")],
            ),
        ],
        **role(
            SITE_ROLE,
            KUWAIT_ONSITE,
            salary_min=18_000,
            salary_max=21_600,
            currency="KWD",
            offers=["KWD 1,500-1,800 a month plus company accommodation"],
        ),
    ),
    C(
        "OMR 2,600 plus flights home vs not below OMR 3,500 all-in",
        "cs",
        [
            who("cs", FRONT_OFFICE, "Muscat, Oman")(
                "Ravindra Wickramasinghe",
                2,
                touches=[
                    wa(
                        26,
                        "omr 2,600 plus flights home to colombo once a year would be perfect "
                        "for me",
                    )
                ],
            ),
            who("cs", FRONT_OFFICE, "Muscat, Oman")(
                "Dilshan Jayawardena",
                0,
                touches=[wa(26, "wont go below omr 3,500 all in, sorry, have offers at that")],
            ),
        ],
        **role(
            FOM_ROLE,
            MUSCAT_ONSITE,
            salary_min=30_000,
            salary_max=36_000,
            currency="OMR",
            offers=["OMR 2,500-3,000 a month", "Annual return flight home"],
        ),
    ),
]

# --- 5. work mode said in different places of the role ---------------------------------------

WORK_MODE = [
    C(
        "remote only, lives in Muscat, a GCC-remote role vs wants the DIFC office every day",
        "backend",
        [
            who("backend", where="Muscat, Oman")(
                "Haitham Al-Balushi",
                2,
                touches=[inmail(20, "Remote only - I'm staying in Muscat near my parents.")],
            ),
            who("backend", where="Muscat, Oman")(
                "Said Al-Lawati",
                0,
                touches=[
                    inmail(
                        20,
                        "I want to be in an office every day - working from home in Muscat "
                        "made me climb the walls.",
                    )
                ],
            ),
        ],
        **role({}, dict(remote_policy="remote", location="Remote (GCC)")),
    ),
    C(
        "remote only after the move to Amman vs office is fine, said only in the title",
        "data_eng",
        [
            who("data_eng", where="Riyadh, Saudi Arabia")(
                "Laith Haddad",
                0,
                touches=[
                    wa(
                        30,
                        "moving back to amman in jan, so remote only from then, cant be in a "
                        "riyadh office",
                    )
                ],
            ),
            who("data_eng", where="Riyadh, Saudi Arabia")(
                "Firas Nusseibeh",
                2,
                touches=[wa(30, "office is fine, i like being around people, riyadh based")],
            ),
        ],
        **role(
            {}, {"location": "Riyadh, Saudi Arabia"}, title="Senior Data Engineer (Onsite, Riyadh)"
        ),
    ),
    C(
        "two office days at most vs prefers the office most days, three days in the description",
        "sre",
        [
            who("sre", where="Abu Dhabi, UAE")(
                "Elena Marchetti",
                0,
                touches=[rang(25, "Elena: two office days a week max, non-negotiable.")],
            ),
            who("sre", where="Abu Dhabi, UAE")(
                "Francesca Lombardozzi",
                2,
                touches=[
                    rang(25, "Francesca prefers being in the office most days; hybrid fine too.")
                ],
            ),
        ],
        **role(
            {},
            {"location": "Abu Dhabi, UAE"},
            description="Keep the platform boring. Hybrid: three days a week in our ADGM "
            "office on Al Maryah Island.",
        ),
    ),
    C(
        "wants remote to live near his parents in Salalah vs lonely when working from home",
        "frontend",
        [
            who("frontend", where="Salalah, Oman")(
                "Ahmed Al-Mashani",
                2,
                touches=[
                    mail(
                        18,
                        "I'd like a remote role so I can stay in Salalah near my parents.",
                    )
                ],
            ),
            who("frontend", where="Salalah, Oman")(
                "Musallam Al-Kathiri",
                1,
                touches=[
                    mail(
                        18,
                        "Working from home during Covid made me lonely - I'd rather have a "
                        "team around me.",
                    )
                ],
            ),
        ],
        **role({}, {"location": "Muscat, Oman"}, offers=["Fully remote within Oman and the GCC"]),
    ),
]

# --- 6. negation and scope -------------------------------------------------------------------

NEGATIONS = [
    C(
        "Riyadh wasn't the problem, the salary was vs the salary wasn't the problem, Riyadh was",
        "backend",
        [
            who("backend", where="Dubai, UAE")(
                "Ibrahim Khalil Saeed",
                2,
                touches=[
                    rang(
                        40,
                        "Ibrahim: Riyadh wasn't the problem last time, the salary was. Would "
                        "relocate for the right number.",
                    )
                ],
            ),
            who("backend", where="Dubai, UAE")(
                "Mustafa Yilmazer",
                0,
                touches=[
                    rang(
                        40,
                        "Mustafa: the salary wasn't the problem last time, Riyadh was. Won't "
                        "relocate there.",
                    )
                ],
            ),
        ],
        **role(
            {},
            RIYADH_ONSITE,
            salary_min=420_000,
            salary_max=480_000,
            currency="SAR",
            offers=["Relocation to Riyadh with housing allowance"],
        ),
    ),
    C(
        "never said no to a rotation, only offshore vs no rotation onshore or offshore",
        "cs",
        [
            who("cs", PROCESS_ENGINEER, "Cairo, Egypt")(
                "Hazem Abdel-Fattah",
                2,
                touches=[
                    mail(
                        30,
                        "To correct your notes: I never said no to a rotation, only to "
                        "offshore. An onshore 28/28 is fine.",
                    )
                ],
            ),
            who("cs", PROCESS_ENGINEER, "Cairo, Egypt")(
                "Tamer Shalaby",
                0,
                touches=[
                    mail(
                        30,
                        "No rotation for me, onshore or offshore - I want to be home with my "
                        "family every evening.",
                    )
                ],
            ),
        ],
        **role(
            PROCESS_ROLE,
            dict(remote_policy="onsite", location="Habshan, Abu Dhabi, UAE"),
            offers=["Onshore 28/28 rotation, flights from Cairo"],
        ),
    ),
    C(
        "not unwilling to manage, just not twenty reports vs unwilling to manage anyone",
        "manager",
        [
            who("manager", where="Dubai, UAE")(
                "Ravi Shankar Pillai",
                2,
                touches=[
                    ats(
                        30,
                        "Not unwilling to manage - just doesn't want 20 reports again. A team "
                        "of 5-6 is ideal.",
                    )
                ],
            ),
            who("manager", where="Dubai, UAE")(
                "Girish Hegde",
                0,
                touches=[ats(30, "Unwilling to manage anyone again, wants to code full time.")],
            ),
        ],
        **role({}, DIFC_HYBRID, offers=["Lead a team of six engineers"]),
    ),
    C(
        "doesn't need the car allowance, has a car vs doesn't have a UAE licence",
        "sales",
        [
            who("sales")(
                "Walid Hammoud",
                2,
                touches=[
                    rang(
                        22,
                        "Walid doesn't need the car allowance - has his own car and a UAE "
                        "licence for 9 yrs.",
                    )
                ],
            ),
            who("sales")(
                "Georges Abi-Nader",
                0,
                touches=[
                    rang(
                        22,
                        "Georges doesn't have a UAE licence - failed the RTA test twice, "
                        "relies on Careem.",
                    )
                ],
            ),
        ],
        **role(
            {},
            DUBAI_ONSITE,
            description="Field sales across Dubai and the Northern Emirates; a UAE driving "
            "licence and own car are required.",
        ),
    ),
    C(
        "Arabic: no problem with evening shifts vs Arabic: evening shifts are a problem",
        "cs",
        [
            who("cs", RETAIL_AREA, "Jeddah, Saudi Arabia")(
                "Ghadah Al-Zahrani",
                2,
                touches=[wa(30, "ما عندي أي مشكلة مع الدوام المسائي، متعودة عليه من سنين")],
            ),
            who("cs", RETAIL_AREA, "Jeddah, Saudi Arabia")(
                "Nouf Al-Shehri",
                0,
                touches=[wa(30, "الدوام المسائي مشكلة بالنسبة لي، أبغى دوام صباحي فقط")],
            ),
        ],
        **role(
            RETAIL_ROLE,
            JEDDAH_ONSITE,
            description="Run seven mall stores in Jeddah; area managers work evening shifts "
            "4 pm to midnight.",
        ),
    ),
]

# --- 7. location, level, company stage and size, industry and mission, technology -------------

LOCATIONS = [
    C(
        "relocating from Cairo to Dubai in January vs would never leave Cairo",
        "backend",
        [
            who("backend", where="Cairo, Egypt")(
                "Amr Soliman",
                2,
                touches=[
                    wa(
                        30,
                        "wife just got an offer from DP World, we're moving to dubai in january. "
                        "would love something there",
                    )
                ],
            ),
            who("backend", where="Cairo, Egypt")(
                "Hossam El-Din Fouad",
                0,
                touches=[
                    wa(
                        30,
                        "i would never leave cairo, the family business is here and my parents "
                        "too. cairo roles only",
                    )
                ],
            ),
        ],
        **role({}, DUBAI_ONSITE),
    ),
    C(
        "Jeddah only vs open to Riyadh, his brother is there",
        "sales",
        [
            who("sales", BANKER, "Jeddah, Saudi Arabia")(
                "Anas Bakhsh",
                0,
                touches=[ats(28, "Jeddah only. Won't relocate to Riyadh, full stop.")],
            ),
            who("sales", BANKER, "Jeddah, Saudi Arabia")(
                "Hatem Alireza",
                2,
                touches=[ats(28, "Open to Riyadh - brother lives there, would move in Q1.")],
            ),
        ],
        **role(RM_ROLE, RIYADH_ONSITE),
    ),
    C(
        "Manama to Doha is a short hop home vs must stay in Bahrain for his parents",
        "sre",
        [
            who("sre", where="Manama, Bahrain")(
                "Ali Al-Aradi",
                2,
                touches=[
                    rang(
                        30,
                        "Ali happy to relocate to Doha - short flight home to Manama at weekends.",
                    )
                ],
            ),
            who("sre", where="Manama, Bahrain")(
                "Husain Al-Sitrawi",
                0,
                touches=[
                    rang(
                        30,
                        "Husain has to stay in Bahrain - his parents need him, only Manama roles.",
                    )
                ],
            ),
        ],
        **role({}, DOHA_ONSITE),
    ),
    C(
        "wants to move back home to Istanbul next year vs staying in Dubai for good",
        "frontend",
        [
            who("frontend", where="Dubai, UAE")(
                "Zeynep Arslanoğlu",
                2,
                touches=[
                    inmail(
                        35,
                        "We're planning to move back home to Istanbul next year, so I'm looking "
                        "at roles there.",
                    )
                ],
            ),
            who("frontend", where="Dubai, UAE")(
                "Elif Kaymakçıoğlu",
                0,
                touches=[
                    inmail(
                        35,
                        "Turkish, but Dubai is home now - no plans to go back to Istanbul.",
                    )
                ],
            ),
        ],
        **role({}, ISTANBUL_HYBRID),
    ),
    C(
        "anywhere in KSA including NEOM vs anywhere in KSA except remote sites like NEOM",
        "cs",
        [
            who("cs", SITE_ENGINEER, "Riyadh, Saudi Arabia")(
                "Yasser Al-Mutairi",
                2,
                touches=[
                    rang(
                        30,
                        "Yasser: will relocate anywhere in KSA, NEOM included - family comes "
                        "with him.",
                    )
                ],
            ),
            who("cs", SITE_ENGINEER, "Riyadh, Saudi Arabia")(
                "Meshari Al-Enezi",
                0,
                touches=[
                    rang(
                        30,
                        "Meshari: will relocate anywhere in KSA except remote sites like NEOM - "
                        "wife's job is in Riyadh.",
                    )
                ],
            ),
        ],
        **role(SITE_ROLE, NEOM_SITE),
    ),
]

LEVEL = [
    C(
        "wants to lead, tired of being the senior IC vs was a manager, wants hands-on",
        "manager",
        [
            who("manager")(
                "Kunal Malhotra",
                2,
                touches=[
                    inmail(
                        25,
                        "I've been the senior IC everyone goes to for three years - I want the "
                        "team lead title and the team.",
                    )
                ],
            ),
            who("manager")(
                "Nitin Agarwal",
                0,
                touches=[
                    inmail(
                        25,
                        "Managed 12 people at a Dubai bank, hated the politics. Want to go back "
                        "to hands-on engineering.",
                    )
                ],
            ),
        ],
        **role({}, DIFC_HYBRID),
    ),
    C(
        "wants to stay hands-on vs only Head-of roles now, a senior IC role",
        "backend",
        [
            who("backend", where="Abu Dhabi, UAE")(
                "Samuel Osei-Bonsu",
                2,
                touches=[ats(20, "wants to stay hands-on, no people mgmt. Loves the code.")],
            ),
            who("backend", where="Abu Dhabi, UAE")(
                "Kwame Asante-Darko",
                0,
                touches=[ats(20, "only Head of Engineering roles now, won't go back to IC.")],
            ),
        ],
        **role({}, ABU_DHABI_HYBRID),
    ),
    C(
        "would take a step down in title to move to Dubai vs won't go below Senior Manager",
        "sales",
        [
            who("sales", BANKER, "Kuwait City, Kuwait")(
                "Fawaz Al-Rashidi",
                2,
                touches=[
                    rang(
                        30,
                        "Fawaz would take a step down in title (he's a VP at a Kuwaiti bank) to "
                        "get to Dubai.",
                    )
                ],
            ),
            who("sales", BANKER, "Kuwait City, Kuwait")(
                "Talal Al-Mutawa",
                0,
                touches=[
                    rang(
                        30,
                        "Talal won't go below Senior Manager title - family would ask questions.",
                    )
                ],
            ),
        ],
        **role(RM_ROLE, DUBAI_ONSITE, seniority="mid", title="Relationship Manager"),
    ),
    C(
        "ready to step up to resident engineer vs happy as site engineer, no RE duties",
        "cs",
        [
            who("cs", SITE_ENGINEER, "Doha, Qatar")(
                "Prakash Subramanian",
                2,
                touches=[
                    ats(
                        30,
                        "ready to step up to Resident Engineer - has covered for his RE for "
                        "6 months.",
                    )
                ],
            ),
            who("cs", SITE_ENGINEER, "Doha, Qatar")(
                "Senthilnathan Murugesan",
                0,
                touches=[
                    ats(
                        30,
                        "happy as site engineer, doesn't want RE responsibility or consultant "
                        "meetings.",
                    )
                ],
            ),
        ],
        **role(
            SITE_ROLE,
            DOHA_ONSITE,
            title="Resident Engineer (Civil)",
            seniority="lead",
            description="Lead the consultant's site team on a Lusail mixed-use tower.",
        ),
    ),
]

STAGE_SIZE = [
    C(
        "wants a start-up after a semi-government bank vs wants semi-government stability",
        "backend",
        [
            who("backend")(
                "Hamza Siddiq Qureshi",
                2,
                touches=[
                    wa(
                        25,
                        "done with the semi-gov bank bureaucracy, 6 approvals for a PR. want a "
                        "proper start-up",
                    )
                ],
            ),
            who("backend")(
                "Adnan Lakhani",
                0,
                touches=[
                    wa(
                        25,
                        "looking for semi-govt stability tbh, two dubai startups folded under "
                        "me already",
                    )
                ],
            ),
        ],
        **role(
            {},
            DIFC_HYBRID,
            offers=["Seed-stage fintech, 14 people, based at DIFC FinTech Hive"],
        ),
    ),
    C(
        "wants semi-government hours and stability vs semi-government is too slow for him",
        "data_eng",
        [
            who("data_eng", where="Abu Dhabi, UAE")(
                "Maitha Al-Shamsi",
                2,
                touches=[
                    rang(
                        30,
                        "Maitha wants semi-government: stable, good gratuity, 7:30-3:30, no "
                        "start-up chaos.",
                    )
                ],
            ),
            who("data_eng", where="Abu Dhabi, UAE")(
                "Ruairi Donnellan",
                0,
                touches=[
                    rang(
                        30,
                        "Ruairi left a semi-gov utility because it was too slow - wants "
                        "private sector pace.",
                    )
                ],
            ),
        ],
        **role(
            {},
            ABU_DHABI_ONSITE,
            description="Build the data platform of a semi-government utility owned by the "
            "Abu Dhabi government.",
        ),
    ),
    C(
        "avoids family-owned groups vs loved working at a family group",
        "cs",
        [
            who("cs", RETAIL_AREA, "Jeddah, Saudi Arabia")(
                "Philippe Moreau-Aziz",
                0,
                touches=[
                    ats(
                        35,
                        "cand avoiding family-owned groups - last one, decisions made by the "
                        "sons overnight. Wants a listed co.",
                    )
                ],
            ),
            who("cs", RETAIL_AREA, "Jeddah, Saudi Arabia")(
                "Sultan Abdullah Alamoudi",
                2,
                touches=[
                    ats(
                        35,
                        "cand loved his 8 yrs at a family group - loyalty, long tenure, "
                        "knows the owners. Wants that again.",
                    )
                ],
            ),
        ],
        **role(
            RETAIL_ROLE,
            JEDDAH_ONSITE,
            description="Run seven stores for a third-generation family conglomerate's "
            "fashion division.",
        ),
    ),
    C(
        "wants a big multinational name vs wants a team under fifty",
        "sre",
        [
            who("sre", where="Riyadh, Saudi Arabia")(
                "Rayan Al-Faisal Kurdi",
                2,
                touches=[
                    inmail(
                        22,
                        "I want a big multinational name on my CV next - global brand, proper "
                        "structure.",
                    )
                ],
            ),
            who("sre", where="Riyadh, Saudi Arabia")(
                "Ammar Baeshen",
                0,
                touches=[
                    inmail(22, "Small team please, under 50 people. I hate big corporate layers.")
                ],
            ),
        ],
        **role(
            {},
            RIYADH_HYBRID,
            description="Run the regional platform of a global consultancy with 300,000 "
            "staff; Riyadh is its Middle East hub.",
        ),
    ),
    C(
        "wants giga-project scale vs wary of giga-projects after the cuts",
        "cs",
        [
            who("cs", SITE_ENGINEER, "Riyadh, Saudi Arabia")(
                "Ahmad Kanaan",
                2,
                touches=[
                    rang(
                        30,
                        "Ahmad wants to be on a giga-project - scale he'll never see again, "
                        "will go anywhere for it.",
                    )
                ],
            ),
            who("cs", SITE_ENGINEER, "Riyadh, Saudi Arabia")(
                "Bassam Trabulsi",
                0,
                touches=[
                    rang(
                        30,
                        "Bassam is wary of giga-projects after the 2025 cuts - lost a job when "
                        "his package was shelved.",
                    )
                ],
            ),
        ],
        **role(
            SITE_ROLE,
            dict(remote_policy="onsite", location="Red Sea coast, Saudi Arabia"),
            description="Site engineer on a giga-project's island resort package.",
        ),
    ),
    C(
        "a Series B scale-up that pays on time vs pre-seed founding-team roles only",
        "backend",
        [
            who("backend", where="Riyadh, Saudi Arabia")(
                "Omar Al-Sudairy",
                2,
                touches=[
                    ats(
                        25,
                        "wants a scale-up (Series B+), not seed - needs a salary that lands "
                        "on time every month.",
                    )
                ],
            ),
            who("backend", where="Riyadh, Saudi Arabia")(
                "Rakan Al-Shaikh",
                0,
                touches=[
                    ats(
                        25,
                        "only pre-seed / founding-team roles with real equity, nothing later "
                        "stage.",
                    )
                ],
            ),
        ],
        **role(
            {},
            RIYADH_HYBRID,
            offers=["Series B, 180 people, profitable in KSA since last year"],
        ),
    ),
    C(
        "private sector only, no government politics vs wants the government week",
        "data_eng",
        [
            who("data_eng", where="Dubai, UAE")(
                "Nadia Belkacem",
                0,
                touches=[
                    mail(
                        28,
                        "Private sector only for me - I worked for a ministry once, the "
                        "politics were exhausting.",
                    )
                ],
            ),
            who("data_eng", where="Dubai, UAE")(
                "Houda Benjelloun",
                2,
                touches=[
                    mail(
                        28,
                        "Not against government at all - I'd actually like the government "
                        "4.5-day week.",
                    )
                ],
            ),
        ],
        **role(
            {},
            DUBAI_ONSITE,
            description="Build the analytics platform of a federal ministry in Dubai; "
            "government working week.",
        ),
    ),
    C(
        "wants a small team where he knows everyone vs corporates of 1,000+ only",
        "frontend",
        [
            who("frontend", where="Amman, Jordan")(
                "Tamer Al-Khatib",
                2,
                touches=[
                    wa(
                        24,
                        "want a small team where i know everyone by name, corporate life isnt "
                        "for me",
                    )
                ],
            ),
            who("frontend", where="Amman, Jordan")(
                "Hani Zureikat",
                0,
                touches=[wa(24, "only corporates with 1000+ staff, proper HR and medical")],
            ),
        ],
        **role({}, AMMAN_HYBRID, offers=["Product studio of 15 people"]),
    ),
]

MISSION = [
    C(
        "renewables only, no fossil fuels vs in oil and gas for the carbon capture",
        "cs",
        [
            who("cs", PROCESS_ENGINEER, "Abu Dhabi, UAE")(
                "Catriona MacLeod",
                0,
                touches=[
                    inmail(
                        30,
                        "I won't work in fossil fuels anymore - renewables only, Masdar-type "
                        "roles.",
                    )
                ],
            ),
            who("cs", PROCESS_ENGINEER, "Abu Dhabi, UAE")(
                "Ishaan Bhardwaj-Sethi",
                2,
                touches=[
                    inmail(
                        30,
                        "Energy transition is why I stay in oil and gas - I want to work on "
                        "carbon capture at scale.",
                    )
                ],
            ),
        ],
        **role(
            PROCESS_ROLE,
            ABU_DHABI_ONSITE,
            offers=["Join the carbon capture project team of a national oil company"],
        ),
    ),
    C(
        "won't work for a casino vs excited about the first integrated resort",
        "cs",
        [
            who("cs", FRONT_OFFICE, "Ras Al Khaimah, UAE")(
                "Mohammed Rafi Kunhi",
                0,
                touches=[rang(30, "Rafi won't work for a casino resort - personal principle.")],
            ),
            who("cs", FRONT_OFFICE, "Ras Al Khaimah, UAE")(
                "Lorenzo Castellani",
                2,
                touches=[
                    rang(
                        30,
                        "Lorenzo is excited about the first integrated resort in the UAE - did "
                        "Macau before.",
                    )
                ],
            ),
        ],
        **role(
            FOM_ROLE,
            dict(remote_policy="onsite", location="Al Marjan Island, Ras Al Khaimah, UAE"),
            description="Run the front office of an integrated casino resort opening in 2027.",
        ),
    ),
    C(
        "wants Islamic finance specifically vs no preference",
        "sales",
        [
            who("sales", BANKER)(
                "Usman Ghani",
                2,
                touches=[
                    ats(
                        30,
                        "wants to work in Islamic banking specifically, Sharia-compliant "
                        "products only - faith matters to him.",
                    )
                ],
            ),
            who("sales", BANKER)("Sandeep Wadhwa", 1),
        ],
        **role(
            RM_ROLE,
            DUBAI_ONSITE,
            description="Grow a book of priority clients at a fully Islamic bank.",
        ),
    ),
    C(
        "won't do defence vs aerospace background, defence fine",
        "backend",
        [
            who("backend", where="Abu Dhabi, UAE")(
                "Henrik Sjöberg",
                0,
                touches=[ats(30, "no defence, no weapons - hard line for him.")],
            ),
            who("backend", where="Abu Dhabi, UAE")(
                "Pierre-Yves Lemaire",
                2,
                touches=[ats(30, "ex-aerospace, defence is fine, has held clearance in France.")],
            ),
        ],
        **role(
            {},
            ABU_DHABI_ONSITE,
            description="Build the mission software of a defence group's drone division.",
        ),
    ),
]

TECH = [
    C(
        "wants off Java vs Java is fine, wants to stay in banking tech",
        "backend",
        [
            who("backend", where="Riyadh, Saudi Arabia")(
                "Faris Al-Hazmi",
                0,
                touches=[inmail(20, "I want to move off Java completely - Go or Python next.")],
            ),
            who("backend", where="Riyadh, Saudi Arabia")(
                "Ziyad Al-Ruwaili",
                2,
                touches=[
                    inmail(20, "Java/Spring is fine, I want to stay in banking tech in Riyadh.")
                ],
            ),
        ],
        **role(
            {},
            RIYADH_ONSITE,
            requirements="Java 17\nSpring Boot\nOracle\nKafka",
            offers=["Stack: Java and Spring Boot on the bank's core platform"],
        ),
    ),
    C(
        "never touching T24 again vs wants core banking experience on T24",
        "backend",
        [
            who("backend", where="Manama, Bahrain")(
                "Sayed Hashem Al-Alawi",
                0,
                touches=[wa(25, "never touching t24 again, 4 yrs of it was enough")],
            ),
            who("backend", where="Manama, Bahrain")(
                "Abbas Al-Mahroos",
                2,
                touches=[
                    wa(25, "would love core banking exp, t24 esp - its on every gcc bank job")
                ],
            ),
        ],
        **role(
            {},
            MANAMA_HYBRID,
            description="Build integrations around the bank's Temenos T24 core.",
        ),
    ),
    C(
        "won't go back to on-prem VMs vs at home with sovereign-cloud rules",
        "sre",
        [
            who("sre", where="Riyadh, Saudi Arabia")(
                "Nasser Al-Dawood",
                0,
                touches=[
                    rang(
                        30,
                        "Nasser wants cloud-native only - won't go back to racking on-prem VMs "
                        "for a ministry.",
                    )
                ],
            ),
            who("sre", where="Riyadh, Saudi Arabia")(
                "Saleh Al-Muhaidib",
                2,
                touches=[
                    rang(
                        30,
                        "Saleh is used to data-residency rules, happy on a sovereign cloud "
                        "in-Kingdom.",
                    )
                ],
            ),
        ],
        **role(
            {},
            RIYADH_ONSITE,
            description="Run Kubernetes on a sovereign, in-Kingdom private cloud; no public "
            "cloud for regulated data.",
        ),
    ),
    C(
        "wants to learn Databricks vs GCP and BigQuery only",
        "data_eng",
        [
            who("data_eng", where="Dubai, UAE")(
                "Aravind Ramaswamy",
                2,
                touches=[ats(22, "keen to get hands-on w/ Databricks + Azure.")],
            ),
            who("data_eng", where="Dubai, UAE")(
                "Karthikeyan Balasundaram",
                0,
                touches=[ats(22, "GCP/BigQuery only, not interested in Azure shops.")],
            ),
        ],
        **role(
            {},
            DUBAI_ONSITE,
            requirements="SQL\nAzure Databricks\nPySpark\nPython",
            offers=["Stack: Azure, Databricks and PySpark"],
        ),
    ),
    C(
        "keen on Arabic NLP vs NLP bores him, pipelines only",
        "data_eng",
        [
            who("data_eng", where="Amman, Jordan")(
                "Mais Al-Tal",
                2,
                touches=[
                    mail(
                        30,
                        "Arabic NLP is what I really want to work on - dialects especially.",
                    )
                ],
            ),
            who("data_eng", where="Amman, Jordan")(
                "Osama Freihat",
                0,
                touches=[mail(30, "NLP bores me honestly, I just want to build solid pipelines.")],
            ),
        ],
        **role(
            {},
            AMMAN_HYBRID,
            description="Build the data pipelines behind an Arabic speech and NLP product.",
        ),
    ),
    C(
        "wants mobile with React Native vs web only, no mobile",
        "frontend",
        [
            who("frontend", where="Dubai, UAE")(
                "Precious Mahlangu",
                2,
                touches=[inmail(20, "Keen to move into mobile with React Native.")],
            ),
            who("frontend", where="Dubai, UAE")(
                "Lerato Khumalo",
                0,
                touches=[inmail(20, "Web only for me please, I don't want mobile work.")],
            ),
        ],
        **role(
            {},
            DUBAI_ONSITE,
            requirements="TypeScript\nReact Native\nMobile release process",
            description="Build the super-app of a Dubai delivery start-up in React Native.",
        ),
    ),
    C(
        "wants more Go vs Go is fine but really after Rust",
        "sre",
        [
            who("sre", where="Doha, Qatar")(
                "Mahmoud Al-Ansari",
                2,
                touches=[ats(25, "wants to write more Go - tooling, operators.")],
            ),
            who("sre", where="Doha, Qatar")(
                "Ahmed Al-Emadi",
                1,
                touches=[ats(25, "Go is fine but he's really after a Rust role next.")],
            ),
        ],
        **role({}, DOHA_ONSITE, offers=["Platform tooling written in Go"]),
    ),
    C(
        "mainframe modernisation interests him vs no legacy, greenfield only",
        "backend",
        [
            who("backend", where="Kuwait City, Kuwait")(
                "Yaqoub Al-Fadhli",
                2,
                touches=[
                    rang(
                        30,
                        "Yaqoub finds mainframe modernisation interesting - wants to lead a "
                        "COBOL-to-services migration.",
                    )
                ],
            ),
            who("backend", where="Kuwait City, Kuwait")(
                "Abdullah Al-Kandari",
                0,
                touches=[
                    rang(30, "Abdullah wants greenfield only - no legacy, no COBOL, no mainframe.")
                ],
            ),
        ],
        **role(
            {},
            KUWAIT_ONSITE,
            description="Move a government bank's COBOL mainframe onto Python services.",
        ),
    ),
]

# --- 8. last time's reason, the history with us and the latest process -----------------------

PAST_DIFC_35K = dict(
    remote_policy="onsite", location="Dubai, UAE", salary_max=420_000, currency="AED"
)
PAST_DIFC_OFFICE = dict(
    remote_policy="onsite",
    location="Dubai, UAE",
    offers=["Five days a week in our DIFC office"],
)
PAST_SINGLE_STATUS = dict(
    remote_policy="onsite",
    location="Doha, Qatar",
    offers=["Single status, bachelor accommodation"],
)
PAST_NO_SCHOOLING = dict(
    remote_policy="onsite",
    location="Dubai, UAE",
    offers=["Housing allowance AED 80,000 a year", "No education allowance"],
)
PAST_SIX_DAYS = dict(
    remote_policy="onsite",
    location="Riyadh, Saudi Arabia",
    offers=["Six-day week, Saturday to Thursday"],
)
PAST_KSA_TRAVEL = dict(
    remote_policy="onsite",
    location="Dubai, UAE",
    offers=["60% travel across Saudi Arabia"],
)
PAST_ROTATION = dict(
    remote_policy="onsite",
    location="Ruwais, Abu Dhabi, UAE",
    offers=["28/28 rotation"],
)

RESOLVED = [
    C(
        "declined at an AED 35k cap, the band now reaches 45k vs asked for 60k",
        "backend",
        [
            who("backend")(
                "Deepak Sreedharan",
                2,
                apps=[
                    declined(
                        280,
                        "compensation",
                        "Asked AED 42k/month all-in; our cap was 35k. Parted on good terms.",
                        past=PAST_DIFC_35K,
                    )
                ],
            ),
            who("backend")(
                "Manoj Thirumalai",
                0,
                apps=[
                    declined(
                        280,
                        "compensation",
                        "Asked AED 60k/month all-in; our cap was 35k. Wouldn't budge.",
                        past=PAST_DIFC_35K,
                    )
                ],
            ),
        ],
        **role(
            {},
            DIFC_HYBRID,
            salary_min=480_000,
            salary_max=540_000,
            currency="AED",
            offers=["AED 40,000-45,000 a month, all-inclusive", "Two days a week in DIFC"],
        ),
    ),
    C(
        "declined five days in DIFC, this role is two days vs declined any office days",
        "data_eng",
        [
            who("data_eng")(
                "Sarah Al-Hashimi",
                2,
                apps=[
                    declined(
                        200,
                        "remote_policy",
                        "Couldn't do five days a week in DIFC with a newborn.",
                        past=PAST_DIFC_OFFICE,
                        role="Data Engineer",
                    )
                ],
            ),
            who("data_eng")(
                "Latifa Bin Hendi",
                0,
                apps=[
                    declined(
                        200,
                        "remote_policy",
                        "Won't do any office days at all - fully remote only, moving to Fujairah.",
                        past=PAST_DIFC_OFFICE,
                        role="Data Engineer",
                    )
                ],
            ),
        ],
        **role({}, DIFC_HYBRID),
    ),
    C(
        "withdrew over single status, this role is family status vs withdrew over Doha itself",
        "cs",
        [
            who("cs", SITE_ENGINEER, "Abu Dhabi, UAE")(
                "Vinod Kunjumon",
                2,
                apps=[
                    withdrew(
                        240,
                        "other",
                        "Withdrew: single status only, couldn't bring wife and kids to Doha.",
                        past=PAST_SINGLE_STATUS,
                        role="Site Engineer",
                    )
                ],
            ),
            who("cs", SITE_ENGINEER, "Abu Dhabi, UAE")(
                "Biju Ramachandran",
                0,
                apps=[
                    withdrew(
                        240,
                        "location",
                        "Withdrew: doesn't want to live in Doha at all, UAE only.",
                        past=PAST_SINGLE_STATUS,
                        role="Site Engineer",
                    )
                ],
            ),
        ],
        **role(
            SITE_ROLE,
            DOHA_ONSITE,
            offers=["Family status: family visas, housing and schooling for up to three children"],
        ),
    ),
    C(
        "declined with no schooling for three kids, now offered vs housing that doesn't cover",
        "sales",
        [
            who("sales", BANKER)(
                "Aidan Fitzgerald",
                2,
                apps=[
                    declined(
                        300,
                        "compensation",
                        "No education allowance - three kids at GEMS would cost him AED 180k "
                        "a year.",
                        past=PAST_NO_SCHOOLING,
                        role="Relationship Manager",
                    )
                ],
            ),
            who("sales", BANKER)(
                "Brendan Costigan",
                0,
                apps=[
                    declined(
                        300,
                        "compensation",
                        "AED 80k housing doesn't cover a villa in Arabian Ranches - needs 150k.",
                        past=PAST_NO_SCHOOLING,
                        role="Relationship Manager",
                    )
                ],
            ),
        ],
        **role(
            RM_ROLE,
            DUBAI_ONSITE,
            offers=[
                "Education allowance up to AED 60,000 per child, three children",
                "Housing allowance AED 80,000 a year",
            ],
        ),
    ),
    C(
        "declined a six-day week, this one is five vs declined the Sunday-Thursday week",
        "sre",
        [
            who("sre", where="Riyadh, Saudi Arabia")(
                "Turki Al-Dosari",
                2,
                apps=[
                    declined(
                        220,
                        "other",
                        "Said no to the six-day week, Saturday to Thursday.",
                        past=PAST_SIX_DAYS,
                        role="SRE",
                    )
                ],
            ),
            who("sre", where="Riyadh, Saudi Arabia")(
                "Jibreel Hamdan",
                0,
                apps=[
                    declined(
                        220,
                        "other",
                        "Said no because the week was Sunday to Thursday - his wife's "
                        "consultancy works Monday to Friday.",
                        past=PAST_SIX_DAYS,
                        role="SRE",
                    )
                ],
            ),
        ],
        **role(
            {},
            RIYADH_ONSITE,
            offers=["Five-day week, Sunday to Thursday"],
        ),
    ),
    C(
        "withdrew over 60% Saudi travel, this role has none vs withdrew over the office",
        "sales",
        [
            who("sales")(
                "Rashid Abdulkarim",
                2,
                apps=[
                    withdrew(
                        180,
                        "other",
                        "Withdrew - 60% travel in KSA was too much with a baby on the way.",
                        past=PAST_KSA_TRAVEL,
                        role="Account Executive",
                    )
                ],
            ),
            who("sales")(
                "Kareem Youssef Hanna",
                0,
                apps=[
                    withdrew(
                        180,
                        "remote_policy",
                        "Withdrew - wants remote, won't be in a Dubai office every day.",
                        past=PAST_KSA_TRAVEL,
                        role="Account Executive",
                    )
                ],
            ),
        ],
        **role({}, DUBAI_ONSITE, description="Sell to UAE mid-market clients; no travel."),
    ),
    C(
        "turned down for Arabic, this role is English-only vs Arabic still essential",
        "data_eng",
        [
            who("data_eng", where="Abu Dhabi, UAE")(
                "Oliver Pemberton",
                2,
                apps=[
                    turned_away(
                        260,
                        "final",
                        "other",
                        "Strong technically; client needed fluent Arabic for ministry "
                        "stakeholders.",
                        role="Senior Data Engineer",
                    )
                ],
            ),
            who("data_eng", where="Abu Dhabi, UAE")(
                "Harriet Lowther-Pinkney",
                0,
                apps=[
                    turned_away(
                        260,
                        "final",
                        "other",
                        "Strong technically; role needed fluent written Arabic for the reports.",
                        role="Senior Data Engineer",
                    )
                ],
            ),
        ],
        **role(
            {},
            ABU_DHABI_ONSITE,
            requirements="SQL\ndbt\nAirflow\nSnowflake\nPython\nEnglish working environment",
            description="Own the pipelines of an ADGM fintech; English is the working language, "
            "no Arabic needed.",
        ),
    ),
    C(
        "declined a rotation, this role is residential vs declined because he wants a rotation",
        "cs",
        [
            who("cs", PROCESS_ENGINEER, "Abu Dhabi, UAE")(
                "Sanjay Gopinath",
                2,
                apps=[
                    declined(
                        210,
                        "other",
                        "Declined the 28/28 - wants residential so the family can live with "
                        "him in AD.",
                        past=PAST_ROTATION,
                        role="Process Engineer",
                    )
                ],
            ),
            who("cs", PROCESS_ENGINEER, "Abu Dhabi, UAE")(
                "Roderick Baillie",
                0,
                apps=[
                    declined(
                        210,
                        "other",
                        "Declined - only does rotation, and the 28/28 terms here were worse "
                        "than his 21/21.",
                        past=PAST_ROTATION,
                        role="Process Engineer",
                    )
                ],
            ),
        ],
        **role(
            PROCESS_ROLE,
            ABU_DHABI_ONSITE,
            offers=["Residential, family status, Sunday to Thursday in the Abu Dhabi office"],
        ),
    ),
]

LAST_TIME = [
    C(
        "no-show on joining day after the visa was issued vs declined before signing",
        "backend",
        [
            who("backend")(
                "Farhan Akhtar Mirza",
                0,
                apps=[
                    app(
                        320,
                        "offer",
                        "withdrew",
                        "no_show",
                        "Signed the offer, we issued his visa, then he didn't show on joining "
                        "day and stopped answering. Client paid the visa costs.",
                    )
                ],
            ),
            who("backend")(
                "Hammad Rauf",
                2,
                apps=[
                    declined(
                        320,
                        "counteroffer",
                        "Declined before signing - counter-offer from his bank. Told us within "
                        "a day, very professional.",
                    )
                ],
            ),
        ],
        **role({}, DIFC_HYBRID),
    ),
    C(
        "a forged degree certificate vs attestation delayed by the embassy",
        "cs",
        [
            who("cs", SITE_ENGINEER, "Sharjah, UAE")(
                "Ali Raza Bukhari",
                0,
                apps=[
                    turned_away(
                        400,
                        "offer",
                        "conduct",
                        "Offer withdrawn: attestation showed the degree certificate was forged.",
                        role="Site Engineer",
                    )
                ],
            ),
            who("cs", SITE_ENGINEER, "Sharjah, UAE")(
                "Kamran Saleemi",
                2,
                apps=[
                    app(
                        400,
                        "offer",
                        "position_closed",
                        "timing",
                        "Embassy attestation of his degree took 4 months; the project couldn't "
                        "wait and the offer lapsed.",
                        role="Site Engineer",
                    )
                ],
            ),
        ],
        **role(SITE_ROLE, DUBAI_ONSITE),
    ),
    C(
        "a skills gap two years ago vs the same gap two months ago",
        "sre",
        [
            who("sre", where="Doha, Qatar")(
                "Abdulla Al-Khulaifi",
                2,
                apps=[
                    turned_away(
                        720,
                        "interview",
                        "skills_gap",
                        "Weak on Kubernetes networking at the time.",
                        role="SRE",
                    )
                ],
            ),
            who("sre", where="Doha, Qatar")(
                "Ghanim Al-Hajri",
                0,
                apps=[
                    turned_away(
                        60,
                        "interview",
                        "skills_gap",
                        "Weak on Kubernetes networking - couldn't explain a CNI.",
                        role="SRE",
                    )
                ],
            ),
        ],
        **role({}, DOHA_ONSITE),
    ),
    C(
        "didn't turn up to the panel vs moved the panel for a funeral in Amman",
        "frontend",
        [
            who("frontend")(
                "Yazan Abu-Laban",
                0,
                apps=[
                    turned_away(
                        150,
                        "interview",
                        "no_show",
                        "Didn't turn up to the final panel, no call, no message.",
                        role="Senior Frontend Engineer",
                    )
                ],
            ),
            who("frontend")(
                "Omar Dajani",
                2,
                apps=[
                    app(
                        150,
                        "interview",
                        "position_closed",
                        "headcount",
                        "Asked to move the panel for his uncle's funeral in Amman, gave a day's "
                        "notice; role closed before the new date.",
                        role="Senior Frontend Engineer",
                    )
                ],
            ),
        ],
        **role({}, DUBAI_ONSITE),
    ),
]

PROCESS = [
    C(
        "lost the final to one other vs screened out by the hiring manager",
        "backend",
        [
            who("backend", where="Abu Dhabi, UAE")(
                "Saif Al-Ketbi",
                2,
                apps=[final_loss(150, "Lost the final to an internal hire by a whisker.")],
            ),
            who("backend", where="Abu Dhabi, UAE")(
                "Humaid Al-Suwaidi",
                1,
                apps=[
                    turned_away(
                        150, "screen", "other", "CV screened out by HM - no interview given."
                    )
                ],
            ),
        ],
        **role({}, ABU_DHABI_HYBRID),
    ),
    C(
        "placed by us three months ago vs a final round six months ago",
        "data_eng",
        [
            who("data_eng", where="Riyadh, Saudi Arabia")(
                "Abdulmajeed Al-Fayez",
                0,
                apps=[
                    app(
                        90,
                        "offer",
                        "hired",
                        None,
                        "Placed at a Riyadh fintech in August, started 1 Sept.",
                        role="Data Engineer",
                    )
                ],
            ),
            who("data_eng", where="Riyadh, Saudi Arabia")(
                "Mansour Al-Hamdan",
                2,
                apps=[final_loss(180, "Final with the CDO, lost narrowly.", role="Data Engineer")],
            ),
        ],
        **role({}, RIYADH_ONSITE),
    ),
    C(
        "took a counter-offer last month vs an onsite round a year ago",
        "sales",
        [
            who("sales", BANKER, "Doha, Qatar")(
                "Khalid Al-Mohannadi",
                0,
                apps=[
                    declined(
                        30,
                        "counteroffer",
                        "Accepted his bank's counter-offer last month - promoted to senior RM.",
                        role="Relationship Manager",
                    )
                ],
            ),
            who("sales", BANKER, "Doha, Qatar")(
                "Nasser Al-Attiyah Jaber",
                2,
                apps=[
                    app(
                        360,
                        "onsite",
                        "rejected",
                        "other_candidate",
                        "Good onsite, second choice.",
                        role="Relationship Manager",
                    )
                ],
            ),
        ],
        **role(RM_ROLE, DOHA_ONSITE),
    ),
]

# --- 9. several notes over time: the latest word counts ---------------------------------------

LATEST_WORD = [
    C(
        "no Saudi in September, Saudi fine in November vs Saudi fine then a no",
        "backend",
        [
            who("backend")(
                "Joel Fernandes-Pinto",
                2,
                touches=[
                    wa(date(2026, 9, 7), "saudi is a no for me, sorry"),
                    wa(
                        date(2026, 11, 9),
                        "update - my brother moved to riyadh, i'd actually consider ksa now",
                    ),
                ],
            ),
            who("backend")(
                "Neil Carvalho",
                0,
                touches=[
                    wa(date(2026, 9, 7), "saudi is fine, riyadh or jeddah"),
                    wa(
                        date(2026, 11, 9),
                        "update - wife said no to riyadh, so uae only from now",
                    ),
                ],
            ),
        ],
        **role({}, RIYADH_ONSITE),
    ),
    C(
        "a stop taken back vs 'keep me posted' turned into don't contact me",
        "sre",
        [
            who("sre", where="Cairo, Egypt")(
                "Mostafa Ezzat",
                2,
                touches=[
                    mail(date(2026, 2, 9), "Please stop contacting me about jobs."),
                    mail(
                        date(2026, 8, 17),
                        "Apologies for my message in February, it was a bad time. I'm open to "
                        "hearing about roles again.",
                    ),
                ],
            ),
            who("sre", where="Cairo, Egypt")(
                "Sherine Lotfy",
                0,
                touches=[
                    mail(
                        date(2026, 2, 9), "Not at the moment, but do keep me posted on Cairo roles."
                    ),
                    mail(
                        date(2026, 8, 17),
                        "I've decided I don't want to be contacted by recruiters anymore. "
                        "Please remove my details.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **role({}, CAIRO_HYBRID),
    ),
    C(
        "an ask lowered from AED 60k to 45k vs raised from 45k to 60k",
        "backend",
        [
            who("backend")(
                "Vivek Chaturvedi",
                2,
                touches=[
                    ats(date(2026, 5, 4), "ask AED 60k/month all-in"),
                    ats(
                        date(2026, 10, 19),
                        "spoke again - would now take AED 45k for the right team, priorities "
                        "changed",
                    ),
                ],
            ),
            who("backend")(
                "Ajay Khandelwal",
                0,
                touches=[
                    ats(date(2026, 5, 4), "ask AED 45k/month all-in"),
                    ats(
                        date(2026, 10, 19),
                        "spoke again - promoted in Sept, ask now AED 60k minimum",
                    ),
                ],
            ),
        ],
        **role(
            {},
            DIFC_HYBRID,
            salary_min=504_000,
            salary_max=576_000,
            currency="AED",
            offers=["AED 42,000-48,000 a month, all-inclusive"],
        ),
    ),
    C(
        "28/28 only, then residential after a new baby vs residential, then rotation only",
        "cs",
        [
            who("cs", PROCESS_ENGINEER, "Abu Dhabi, UAE")(
                "Gordon Baxter-Reid",
                2,
                touches=[
                    rang(date(2026, 3, 16), "Gordon: 28/28 only, won't consider residential."),
                    rang(
                        date(2026, 10, 5),
                        "Gordon rang - new baby, now wants residential in AD so he's home.",
                    ),
                ],
            ),
            who("cs", PROCESS_ENGINEER, "Abu Dhabi, UAE")(
                "Stuart Mackintosh",
                0,
                touches=[
                    rang(date(2026, 3, 16), "Stuart: residential preferred, family in AD."),
                    rang(
                        date(2026, 10, 5),
                        "Stuart rang - family moved back to Perth, rotation only from now on.",
                    ),
                ],
            ),
        ],
        **role(
            PROCESS_ROLE,
            ABU_DHABI_ONSITE,
            offers=["Residential, family status, Sunday to Thursday in the Abu Dhabi office"],
        ),
    ),
]

HELDOUT44_CASES: list[Case] = [
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
