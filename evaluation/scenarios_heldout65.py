"""Held-out rediscovery cases, sixty-fifth set: North American tech recruiting in its own words,
written by a stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 65") and never tuned to what Encore does. The recruiters are in-house
tech recruiters at big tech companies and unicorns, agency recruiters placing engineers with
seed-stage startups, and hiring managers pasting their own notes into the ATS, in the Bay Area,
Seattle, New York, Austin, Boston, Toronto, Vancouver and remote. The people are backend, data,
platform, frontend and ML engineers, engineering managers, account executives and customer
success managers. The voices: terse ATS shorthand with typos ("cand", "TC", "RTO", "LMK", "f/u"),
recruiters' third-person call notes, hiring managers' debriefs, candidates' LinkedIn replies,
emails and lower-case texts and WhatsApps, a formal letter or two, long rambling notes where one
line decides, and lines in Spanish, Hindi typed in Latin letters and Chinese. The talk is of
H-1B transfers and cap season, PERM and I-140 timing, TN and O-1 visas, OPT and STEM OPT clocks,
RSU cliffs and refreshers, base against total comp, on-call rotations, return-to-office mandates,
layoffs and severance, travel to customer sites, and defence and ad-tech refusals.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a LinkedIn "never message me again", a CCPA deletion, a PIPEDA withdrawal of
   consent, an agency told to lose a number, "STOP", a "no thanks" to a draft, Spanish, Hindi and
   Chinese): never shown; beside each a scoped stop that is shown (InMail only, the newsletter
   only, one client, manager roles only, a new number, feedback owed, "no thanks to this one");
2. waits counted from the day said (an RSU cliff, a bonus and refresher in March, notice periods,
   New Year, Labor Day, re:Invent, Dreamforce, end of Q1 and Q2, "give me six weeks", a wedding,
   Chinese New Year, severance terms, in Spanish, Hindi and Chinese), each against a twin whose
   wait has already run out; notes full of dates that ask for no wait;
3. schedule (on-call, early stand-ups with Bangalore, a four-day week), travel (customer sites,
   quarterly HQ weeks, overnight trips, international trips on a pending visa), visa and right to
   work (H-1B transfers, STEM OPT, TN, O-1, I-140 and PERM, Canadian PR and closed permits, a
   spouse's H-4), contract type (W-2 and 1099, corp-to-corp, contract-to-hire, part-time), and
   commutes (BART, Caltrain, the 520 bridge, the PATH, the GO train, SkyTrain, the Lions Gate,
   the Red Line, the Mass Pike, minutes door to door);
4. pay against the band: base against TC, CAD against USD, hourly rates, a monthly figure against
   an annual band, a current salary above the band with a lower ask;
5. work mode in the title only, in the description only, in the offers only, hybrid days, and
   negation and its scope ("not opposed to the office", "the RTO wasn't the issue, the comp was");
6. location and relocation (a husband's move she is not following), managing against hands-on,
   company stage and size, industry and mission wanted or refused (defence, ad-tech, gambling,
   crypto, fossil fuels, healthcare, climate), technology wanted or refused (Go, Java, Azure, PHP);
7. last time's reason resolved by this role or still standing (RTO, pay, sponsorship, travel,
   on-call, commute, managing, defence); the history with us (no-shows, a placement two months
   ago, a final round); the latest process counts;
8. several notes over time, of different kinds and dates, where the LATEST word counts (some
   changed twice).

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch


def who(profile: str, where: str):
    """People of one profile (equally skilled) living in ``where`` unless told otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {"location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def ats(days, text) -> dict:
    """A recruiter's note in the ATS, in their shorthand."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def call(days, text) -> dict:
    """A recruiter's third-person call note."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def hm(days, text) -> dict:
    """A hiring manager's note pasted into the ATS after a conversation."""
    return touch(days, "outbound", None, "note", note=text, channel="meeting")


def li(days, text) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=text, channel="linkedin")


def mail(days, text) -> dict:
    """The candidate's email."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def sms(days, text) -> dict:
    """The candidate's text or WhatsApp, as typed."""
    return touch(days, "inbound", "replied", note=text, channel="other")


def lost_final(days, note=None, *, role="Senior Backend Engineer") -> dict:
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def declined(days, reason, note, *, past=None, role="Senior Backend Engineer") -> dict:
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="onsite", past=None, role="Senior Backend Engineer"):
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


# --- where and how the roles are worked -----------------------------------------------------

SF_HYBRID = dict(
    remote_policy="hybrid",
    location="San Francisco, CA",
    offers=["Hybrid: Tuesday to Thursday at our SoMa office"],
)
SF_ONSITE = dict(remote_policy="onsite", location="San Francisco, CA")
SEA_ONSITE = dict(remote_policy="onsite", location="Seattle, WA")
BELLEVUE_ONSITE = dict(remote_policy="onsite", location="Bellevue, WA")
NYC_HYBRID = dict(
    remote_policy="hybrid",
    location="New York, NY",
    offers=["Two days a week in our Flatiron office"],
)
AUSTIN_ONSITE = dict(remote_policy="onsite", location="Austin, TX")
BOSTON_HYBRID = dict(
    remote_policy="hybrid",
    location="Boston, MA",
    offers=["Hybrid: two days a week in Kendall Square"],
)
TORONTO_HYBRID = dict(
    remote_policy="hybrid",
    location="Toronto, ON",
    offers=["Hybrid: two days a week at our King West office"],
)
VANCOUVER_ONSITE = dict(remote_policy="onsite", location="Vancouver, BC")
US_REMOTE = dict(remote_policy="remote", location="Remote (US)", offers=["Fully remote, US"])
CA_REMOTE = dict(remote_policy="remote", location="Remote (Canada)")
USD = dict(currency="USD")

PAST_SF_RTO = dict(
    remote_policy="onsite", location="San Francisco, CA", salary_max=190_000, currency="USD"
)
PAST_MENLO = dict(remote_policy="onsite", location="Menlo Park, CA")
PAST_SEA = dict(remote_policy="onsite", location="Seattle, WA", salary_max=185_000, currency="USD")


def at(where: dict, **more) -> dict:
    """An opening worked as ``where`` says, with more said about it (later words win)."""
    return {**where, **more}


# --- 1. opt-outs, each beside a scoped stop that is shown ------------------------------------

BE_SF = who("backend", "San Francisco, CA")
DE_NY = who("data_eng", "New York, NY")
SRE_SEA = who("sre", "Seattle, WA")
FE_TO = who("frontend", "Toronto, ON")
BE_AUS = who("backend", "Austin, TX")

OPT_OUTS = [
    C(
        "LinkedIn: never message me again vs stop the InMails, use my gmail",
        "backend",
        [
            BE_SF(
                "Dashiell Okonkwo-Reyes",
                0,
                touches=[
                    li(
                        95,
                        "Please stop messaging me. Not interested now, not interested ever. "
                        "Take me out of whatever recruiter project I'm sitting in.",
                    )
                ],
                excluded=True,
            ),
            BE_SF(
                "Marisol Thackeray",
                2,
                touches=[
                    li(
                        95,
                        "hey - I basically never check InMail. if anything good comes up shoot "
                        "me a note at my gmail instead, I do read that",
                    )
                ],
            ),
        ],
        **SF_HYBRID,
    ),
    C(
        "a CCPA deletion request vs unsubscribed from the talent newsletter only",
        "data_eng",
        [
            DE_NY(
                "Percival Abernethy",
                0,
                touches=[
                    ats(
                        140,
                        "Cand submitted CCPA deletion req via privacy portal. Purge profile + "
                        "resume, DNC in the meantime. Legal cc'd.",
                    )
                ],
                excluded=True,
            ),
            DE_NY(
                "Juniper Larkspurr",
                2,
                touches=[
                    ats(
                        140,
                        "Cand hit unsubscribe on the monthly talent-community newsletter. Told "
                        "me on the phone she still wants 1:1 outreach for senior data roles.",
                    )
                ],
            ),
        ],
        **NYC_HYBRID,
    ),
    C(
        "Spanish: never contact me again, delete my data vs don't call at work, WhatsApp",
        "backend",
        [
            BE_AUS(
                "Rodrigo Valdespino",
                0,
                touches=[
                    sms(
                        60,
                        "Por favor no me vuelvan a contactar nunca más. Borren mis datos de su "
                        "sistema. Gracias.",
                    )
                ],
                excluded=True,
            ),
            BE_AUS(
                "Ximena Etxeberrieta",
                2,
                touches=[
                    sms(
                        60,
                        "No me llamen a la oficina porfa, mejor escríbanme por WhatsApp y con "
                        "gusto platicamos de vacantes.",
                    )
                ],
            ),
        ],
        **AUSTIN_ONSITE,
    ),
    C(
        "Hindi: never message me, remove my number vs no Meta roles, anything else is fine",
        "sre",
        [
            SRE_SEA(
                "Tarun Bhattacharjee",
                0,
                touches=[
                    sms(
                        45,
                        "Bhai please mujhe dobara message mat karna. Main kabhi interested nahi "
                        "hoon, mera number apni list se hata do.",
                    )
                ],
                excluded=True,
            ),
            SRE_SEA(
                "Shreya Kulkarni",
                2,
                touches=[
                    sms(
                        45,
                        "Meta wale roles abhi mat bhejna, wahan ka loop do baar ho chuka hai. "
                        "Baaki koi bhi SRE role ho toh zaroor batana.",
                    )
                ],
            ),
        ],
        **SEA_ONSITE,
    ),
    C(
        "Chinese: don't contact me again, delete my info vs email rather than calls",
        "frontend",
        [
            FE_TO(
                "Weiran Zhou",
                0,
                touches=[
                    mail(80, "请不要再联系我了，也请把我的个人信息从你们的系统里删除。谢谢。")
                ],
                excluded=True,
            ),
            FE_TO(
                "Xiaoling Fang",
                2,
                touches=[mail(80, "白天上班不方便接电话，有合适的职位请发邮件给我，我会认真看。")],
            ),
        ],
        **TORONTO_HYBRID,
    ),
    C(
        "agency told to lose her number vs never send her to Amazon again",
        "sre",
        [
            SRE_SEA(
                "Bronwyn Salter-Achebe",
                0,
                touches=[
                    call(
                        120,
                        "Called cand re: platform role. She said to lose her number, she will "
                        "never work with our agency again after the last submission. Flagged.",
                    )
                ],
                excluded=True,
            ),
            SRE_SEA(
                "Ingrid Haugland",
                2,
                touches=[
                    call(
                        120,
                        "Cand asked us never to submit her to Amazon again (bad loop in 2025). "
                        "Any other client is fine, she's actively looking.",
                    )
                ],
            ),
        ],
        **SEA_ONSITE,
    ),
    C(
        "a furious STOP text vs a new number, stop texting the work phone",
        "backend",
        [
            BE_SF(
                "Colm Fitzgibbon",
                0,
                touches=[sms(30, "who is this?? unsubscribe. STOP. do not text this number")],
                excluded=True,
            ),
            BE_SF(
                "Anneliese Brandt",
                2,
                touches=[
                    sms(
                        30,
                        "pls stop texting this one, it's my work phone lol. personal is "
                        "415-555-0186, happy to chat there",
                    )
                ],
            ),
        ],
        **SF_HYBRID,
    ),
    C(
        "a PIPEDA withdrawal of consent vs feedback owed before anything new",
        "frontend",
        [
            FE_TO(
                "Mireille Gauthier-Stone",
                0,
                touches=[
                    mail(
                        150,
                        "Dear Sir or Madam, I hereby withdraw my consent to the collection, use "
                        "and disclosure of my personal information under PIPEDA and request "
                        "that your firm make no further contact with me. Yours faithfully, "
                        "M. Gauthier-Stone",
                    )
                ],
                excluded=True,
            ),
            FE_TO(
                "Oluwaseun Adekoyejo",
                2,
                touches=[
                    mail(
                        150,
                        "Before we talk about anything new I'd really like the feedback from "
                        "my onsite in June - nobody ever got back to me. Otherwise open to "
                        "hearing about roles.",
                    )
                ],
            ),
        ],
        **TORONTO_HYBRID,
    ),
    C(
        "hiring manager: never reach out again vs no more manager roles, IC welcome",
        "backend",
        [
            BE_AUS(
                "Everett Lindqvist",
                0,
                touches=[
                    hm(
                        200,
                        "Ran into him at a meetup. He was clear he wants zero contact from our "
                        "company again after how the layoff was handled. Please respect that.",
                    )
                ],
                excluded=True,
            ),
            BE_AUS(
                "Priyanka Padmanabhaswamy",
                2,
                touches=[
                    hm(
                        200,
                        "She asked us to stop pinging her about EM openings - not going back "
                        "into management. Senior IC backend roles are very welcome.",
                    )
                ],
            ),
        ],
        **AUSTIN_ONSITE,
    ),
    C(
        "'no thanks' to an outreach draft vs 'no thanks to this one'",
        "data_eng",
        [
            DE_NY(
                "Horatio Quenneville",
                0,
                touches=[
                    touch(70, "outbound", "no_reply", "re_engagement", channel="email"),
                    mail(66, "no thanks - Horatio"),
                ],
                excluded=True,
            ),
            DE_NY(
                "Lucinda Okafor",
                2,
                touches=[
                    touch(70, "outbound", "no_reply", "re_engagement", channel="email"),
                    mail(
                        66,
                        "No thanks to this one - Hoboken is too far for me. But keep me in "
                        "mind for anything in Manhattan.",
                    ),
                ],
            ),
        ],
        **NYC_HYBRID,
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out -----------

WAITS = [
    C(
        "RSU cliff in February said this month vs the same cliff said last winter",
        "backend",
        [
            BE_SF(
                "Thaddeus Morrow",
                1,
                ("One-year cliff on my RSUs hits Feb 15 - not moving before that.", 20),
            ),
            BE_SF(
                "Giselle Moreau-Park",
                2,
                (
                    "One-year cliff on my RSUs hits Feb 15 - not moving before that.",
                    date(2026, 1, 6),
                ),
            ),
        ],
        **SF_HYBRID,
    ),
    C(
        "bonus and refresher pay out in March vs paid out in March, free now",
        "sales",
        [
            who("sales", "New York, NY")(
                "Cornelius Adebayo",
                1,
                touches=[
                    call(
                        25,
                        "Spoke w/ cand. Annual bonus + refresher grant land in March, won't "
                        "walk away from that. Circle back after.",
                    )
                ],
            ),
            who("sales", "New York, NY")(
                "Rosalind Kwiatkowski",
                2,
                touches=[
                    call(
                        date(2026, 5, 11),
                        "Spoke w/ cand. Bonus + refresher both paid out in March, so she's "
                        "unblocked and listening.",
                    )
                ],
            ),
        ],
        title="Enterprise Account Executive",
        **NYC_HYBRID,
    ),
    C(
        "three months' notice given last week (Toronto) vs eight weeks' notice given in July",
        "frontend",
        [
            FE_TO(
                "Beckett Yamamoto",
                1,
                touches=[
                    li(
                        9,
                        "Gave notice at Shopify last week - my contract says 3 months, so I'm "
                        "not free till late Feb. Happy to line things up for after that.",
                    )
                ],
            ),
            FE_TO(
                "Annika Fjeldsted",
                2,
                touches=[
                    li(
                        date(2026, 7, 6),
                        "Gave notice at Shopify today - 8 weeks, so I'm free from September.",
                    )
                ],
            ),
        ],
        **TORONTO_HYBRID,
    ),
    C(
        "ping me after New Year's vs ping me after Labor Day",
        "data_eng",
        [
            DE_NY(
                "Leopoldo Cienfuegos",
                1,
                touches=[sms(15, "slammed until the holidays, ping me after new year's")],
            ),
            DE_NY(
                "Harriet Osei-Bonsu",
                2,
                touches=[
                    sms(date(2026, 7, 20), "summer's crazy w/ the kids, ping me after labor day")
                ],
            ),
        ],
        **NYC_HYBRID,
    ),
    C(
        "launch at the end of Q1 said in October vs launch at the end of Q2 said in May",
        "ml",
        [
            who("ml", "Seattle, WA")(
                "Ignatius Pemberton",
                1,
                ("Leading the model launch, ships end of Q1. Nothing before April.", 40),
            ),
            who("ml", "Seattle, WA")(
                "Delphine Okoro",
                2,
                ("Leading the model launch, ships end of Q2. Free after that.", date(2026, 5, 10)),
            ),
        ],
        title="Senior ML Engineer",
        requirements="PyTorch\nRecommendation systems\nMLOps\nPython",
        **SEA_ONSITE,
    ),
    C(
        "after re:Invent in December vs after Dreamforce in the autumn",
        "sre",
        [
            SRE_SEA(
                "Lachlan Ferreira",
                1,
                touches=[
                    call(
                        18,
                        "Cand is on the re:Invent demo crew, heads down till it's over in early "
                        "Dec. Said reach out after that.",
                    )
                ],
            ),
            SRE_SEA(
                "Nkechi Balogun",
                2,
                touches=[
                    call(
                        date(2026, 8, 24),
                        "Cand is on the Dreamforce booth team this fall, heads down till it "
                        "wraps. Said reach out after that.",
                    )
                ],
            ),
        ],
        **SEA_ONSITE,
    ),
    C(
        "'give me six weeks' ten days ago vs the same a hundred days ago",
        "backend",
        [
            BE_AUS("Florian Achterberg", 1, ("mid-move to a new house, give me 6 weeks", 10)),
            BE_AUS("Shirin Farahani", 2, ("mid-move to a new house, give me 6 weeks", 100)),
        ],
        **AUSTIN_ONSITE,
    ),
    C(
        "Spanish: not before March, bonus, said this month vs said in January",
        "backend",
        [
            BE_AUS(
                "Emiliano Barragán",
                1,
                ("Hasta marzo no me puedo mover, me pagan el bono anual. Después sí.", 20),
            ),
            BE_AUS(
                "Valentina Etxegoien",
                2,
                (
                    "Hasta marzo no me puedo mover, me pagan el bono anual. Después sí.",
                    date(2026, 1, 12),
                ),
            ),
        ],
        **AUSTIN_ONSITE,
    ),
    C(
        "Hindi: wedding in January, free from February vs wedding done, free now",
        "data_eng",
        [
            DE_NY(
                "Aniket Deshmukh",
                1,
                touches=[
                    sms(
                        25,
                        "January mein shaadi hai, abhi interview ka time nahi. February se "
                        "free hoon, tab baat karte hain.",
                    )
                ],
            ),
            DE_NY(
                "Pallavi Raghunathan",
                2,
                touches=[
                    sms(
                        60,
                        "Shaadi ho gayi, honeymoon se bhi wapas aa gayi. Ab free hoon, roles "
                        "bhejo.",
                    )
                ],
            ),
        ],
        **NYC_HYBRID,
    ),
    C(
        "Chinese: after Chinese New Year said this month vs said last January",
        "backend",
        [
            BE_SF(
                "Haoran Liang",
                1,
                touches=[mail(14, "春节以后再联系我吧，年前家里事情多，不考虑换工作。")],
            ),
            BE_SF(
                "Meiqi Shen",
                2,
                touches=[
                    mail(date(2026, 1, 5), "春节以后再联系我吧，年前家里事情多，不考虑换工作。")
                ],
            ),
        ],
        **SF_HYBRID,
    ),
    C(
        "a note full of dates that asks for no wait vs not before January 15",
        "sre",
        [
            SRE_SEA(
                "Fenwick Oduya",
                2,
                touches=[
                    call(
                        12,
                        "Cand joined Stripe 3/2/2022, promo to L4 9/2024, on-call every 6th "
                        "week, RSUs vest quarterly (next 12/15). Free for interviews any "
                        "weekday from now, just not Fridays.",
                    )
                ],
            ),
            SRE_SEA(
                "Clementine Vargas",
                1,
                touches=[
                    call(12, "Reorg at her company - she asked us not to call before Jan 15.")
                ],
            ),
        ],
        **SEA_ONSITE,
    ),
    C(
        "laid off with severance but can start now vs severance bars a start till January",
        "backend",
        [
            BE_SF(
                "Augustin Nakamura",
                2,
                touches=[
                    li(
                        30,
                        "Caught in the Oct 2 layoff. Severance runs through Dec 31 but nothing "
                        "stops me starting tomorrow - interviewing now.",
                    )
                ],
            ),
            BE_SF(
                "Temperance Holloway",
                1,
                touches=[
                    li(
                        30,
                        "Caught in the October layoff. The severance agreement says I can't "
                        "start anywhere before Jan 4, so nothing before then.",
                    )
                ],
            ),
        ],
        **SF_HYBRID,
    ),
    C(
        "PERM filed, not moving till the I-140 is approved vs I-140 approved in the spring",
        "data_eng",
        [
            DE_NY(
                "Rajeshwari Iyengar",
                1,
                touches=[
                    call(
                        35,
                        "Cand's PERM is filed; she won't switch until the I-140 is approved, "
                        "lawyer says ~4 more months. Reconnect in spring.",
                    )
                ],
            ),
            DE_NY(
                "Sunil Chakraborty",
                2,
                touches=[
                    call(
                        date(2026, 4, 20),
                        "Cand's I-140 approved last week, so he can port the priority date and "
                        "is open to moving. Reconnect anytime.",
                    )
                ],
            ),
        ],
        **NYC_HYBRID,
    ),
]

# --- a compact way to write a pair or trio whose words alone decide ------------------------


def _split(said) -> tuple[list, list, list]:
    """Statements (plain or dated), applications and touchpoints, in the order given."""
    items = said if isinstance(said, list) else [said]
    words, apps, touches = [], [], []
    for item in items:
        if isinstance(item, dict) and "stage_reached" in item:
            apps.append(item)
        elif isinstance(item, dict):
            touches.append(item)
        elif item is not None:
            words.append(item)
    return words, apps, touches


def duo(name, role, opening, *people, profile=None, where=None, **more) -> Case:
    """``people``: (name, grade, said) or (name, grade, said, location); ``said`` is a
    statement, a (statement, days) pair, an app() or touch() dict, or a list of them."""
    home = where or opening.get("location", "San Francisco, CA")
    built = []
    for entry in people:
        person_name, grade, said, *rest = entry
        words, apps, touches = _split(said)
        built.append(
            P(
                person_name,
                profile or role,
                grade,
                *words,
                apps=apps,
                touches=touches,
                location=rest[0] if rest else home,
            )
        )
    return C(name, role, built, **{**opening, **more})


# --- 3. schedule, travel, visa, contract, commute ------------------------------------------

ONCALL = dict(offers=["On-call: one week in six, paid at $1,000 a week"])
SCHEDULE = [
    duo(
        "burned out on pager duty vs on-call is fine when it's paid",
        "sre",
        {**SEA_ONSITE, **ONCALL},
        ("Gwendolyn Ashby", 0, "Done with pager duty. Two years of 3am pages burned me out."),
        ("Osvaldo Kiplagat", 2, "on-call is fine by me as long as it's paid and sane"),
    ),
    duo(
        "school drop-off, nothing before nine vs early bird for 7am stand-ups with Bangalore",
        "backend",
        dict(
            **US_REMOTE,
            description="Build ordering services with our Bangalore team; daily stand-up "
            "at 7:00 am Pacific.",
        ),
        ("Ptolemy Garfield", 0, "Does school drop-off - can't take any meeting before 9am PT"),
        ("Rukmini Sastry", 2, "Early riser, fine with 7am PT calls to overlap with India"),
        where="Portland, OR",
    ),
    duo(
        "wants a four-day week, the role is four days vs no word",
        "data_eng",
        at(BOSTON_HYBRID, title="Senior Data Engineer (4-day week, 32 hours)"),
        ("Winifred Pembertrey", 2, "wants a 4-day work week, would trade some base for it"),
        ("Baptiste Oyelaran", 1, None),
    ),
    duo(
        "never minded on-call vs never again on-call",
        "backend",
        {**SF_HYBRID, **ONCALL},
        ("Evander Mbeki", 2, "Never minded being on-call; it's part of owning services."),
        ("Marguerite Soto", 0, "Never again on-call - that's why she left Lyft."),
    ),
]

TRAVEL40 = dict(offers=["Travel to customer sites up to 40%"])
TRAVEL = [
    duo(
        "zero travel with two toddlers vs happy to fly to customers weekly",
        "cs",
        {**AUSTIN_ONSITE, **TRAVEL40},
        ("Ottoline Brandvold", 0, "Zero travel. Two toddlers at home, can't be on planes."),
        ("Jericho Adewale", 2, "loves being onsite w customers, happy to fly out every week"),
    ),
    duo(
        "left consulting over the travel, role is sixty percent on the road vs misses the road",
        "sales",
        at(US_REMOTE, title="Field Account Executive", offers=["60% travel across the West"]),
        ("Cosimo Hargreaves", 0, "Travel was why he left Deloitte - not getting back on the road."),
        ("Yolanda Mbatha", 2, "Misses being on the road and in front of customers"),
        where="Denver, CO",
    ),
    duo(
        "no travel at all, the role has none vs no word",
        "backend",
        at(US_REMOTE, description="No travel: we meet once a year and it's optional."),
        ("Octavia Renwick", 2, "Left her last job because of 50% travel to the Detroit plant"),
        ("Lysander Whitlestone", 1, None),
        where="Chicago, IL",
    ),
    duo(
        "no overnight trips vs domestic travel fine, only international is stuck",
        "data_eng",
        at(AUSTIN_ONSITE, offers=["Overnight trips to our Houston refinery clients quarterly"]),
        ("Benedikt Ruiz", 0, "Can't do overnight travel - single dad"),
        (
            "Rosamund Nwabueze",
            2,
            "domestic trips totally fine; only international is out until my "
            "passport renewal clears",
        ),
    ),
    duo(
        "H-1B extension pending, can't leave the US vs no travel issue, role has Toronto trips",
        "backend",
        at(SF_HYBRID, offers=["A week every quarter at our Toronto office"]),
        (
            "Siddharth Menon",
            0,
            call(
                40,
                "Cand's H-1B extension is pending - lawyer says no travel outside the US "
                "until it's approved, so no Toronto trips for now.",
            ),
        ),
        ("Caoimhe Brennan", 2, call(40, "Cand has a US passport, fine to go to Toronto whenever.")),
    ),
    duo(
        "offsites quarterly are fine vs no travel, full stop",
        "frontend",
        at(US_REMOTE, offers=["A week at HQ in New York every quarter"]),
        ("Thessaly Grant", 2, "Happy to do a quarterly week at HQ, just not weekly flights."),
        ("Maximilian Oduya", 0, "No travel, full stop."),
        where="Raleigh, NC",
    ),
    duo(
        "Hindi: travel once a month is fine vs no travel at all",
        "cs",
        at(BOSTON_HYBRID, offers=["Customer visits about once a month"]),
        ("Ishaan Sabharwal-Kaul", 2, sms(50, "travel theek hai, mahine mein ek baar chalega")),
        (
            "Devika Pillai",
            0,
            sms(50, "travel bilkul nahi kar sakti, ghar pe mummy ki dekhbhaal hai"),
        ),
    ),
    duo(
        "Spanish: can't travel, caring for mum vs loves to travel",
        "sales",
        at(AUSTIN_ONSITE, offers=["30% travel to customers in Texas and Mexico"]),
        ("Graciela Garza-Treviño", 0, "No puedo viajar, cuido a mi mamá que está enferma."),
        ("Joaquín Ibarra", 2, "Viajar me encanta, sin problema ir a ver clientes a México."),
    ),
    duo(
        "Chinese: one or two trips a month is fine vs doesn't want business travel",
        "backend",
        at(NYC_HYBRID, offers=["Monthly trips to customer sites in New Jersey"]),
        ("Jiahui Tan", 2, mail(70, "可以出差，每个月一两次没问题。")),
        ("Zihan Guo", 0, mail(70, "现在不想出差了，孩子还小。")),
    ),
    duo(
        "not opposed to travel vs opposed to travel",
        "sre",
        at(SEA_ONSITE, offers=["Data-center visits in Oregon a few times a year"]),
        ("Perpetua Ndlovu", 2, "not opposed to travel when the work needs it"),
        ("Cassius Wren", 0, "opposed to travel for work"),
    ),
]

NO_VISA = dict(offers=["Must be authorized to work in the US; we cannot sponsor visas"])
SPONSORS = dict(offers=["We sponsor H-1B transfers and file green cards from day one"])
VISA = [
    duo(
        "needs an H-1B transfer, no sponsorship vs green card holder",
        "backend",
        {**SEA_ONSITE, **NO_VISA},
        ("Arvind Chidambaranathan", 0, "On H-1B, would need a transfer to move"),
        ("Katarzyna Ellison", 2, "Green card holder, no sponsorship needed"),
    ),
    duo(
        "needs an H-1B transfer and PERM, the role sponsors vs no word",
        "data_eng",
        {**NYC_HYBRID, **SPONSORS},
        (
            "Venkatesh Vedagiri",
            2,
            ats(60, "cand on H-1B yr 4, needs transfer + PERM restart, blocker last time"),
        ),
        ("Philippa Drummond", 1, None),
    ),
    duo(
        "Canadian happy on a TN vs Canadian who won't move south",
        "backend",
        at(SEA_ONSITE, offers=["TN visas supported"]),
        (
            "Gideon Tremblay",
            2,
            li(30, "Canadian, would come down on a TN no problem"),
            "Vancouver, BC",
        ),
        (
            "Solange Bouchard",
            0,
            li(30, "Not moving to the States, period. Canada only."),
            "Vancouver, BC",
        ),
    ),
    duo(
        "STEM OPT runs out, needs next cap season vs US citizen",
        "ml",
        at(BOSTON_HYBRID, title="ML Engineer", **NO_VISA),
        ("Xinyi Wang", 0, "On STEM OPT until Aug 2027; would need H-1B in the next cap season"),
        ("Broderick Hale", 2, "US citizen fwiw"),
    ),
    duo(
        "I-140 approved, wants an employer that files PERM fast; role does from day one",
        "backend",
        {**SF_HYBRID, **SPONSORS},
        (
            "Harini Gopalakrishnan",
            2,
            "I-140 approved, 2021 priority date - will only move if the new "
            "employer files PERM in year one",
        ),
        ("Torquil Matheson", 1, None),
    ),
    duo(
        "Canadian PR arrived vs closed work permit tied to current employer",
        "frontend",
        at(TORONTO_HYBRID, requirements="TypeScript\nReact\nEligible to work in Canada"),
        ("Ayodele Fashola", 2, mail(90, "My PR card finally arrived in September!")),
        (
            "Mehmet Kırkpınaroğlu",
            0,
            mail(
                90, "I'm on a closed work permit tied to my employer - a move would need a new LMIA"
            ),
        ),
    ),
    duo(
        "spouse on H-4, candidate a citizen vs needs H-1B sponsorship",
        "data_eng",
        {**NYC_HYBRID, **NO_VISA},
        (
            "Lavinia Desai",
            2,
            call(45, "Cand is a US citizen. Her husband is the one on H-4 EAD, no impact on her."),
        ),
        ("Ravindra Kapoor", 0, call(45, "Cand needs H-1B sponsorship for any move.")),
    ),
    duo(
        "green card came through in May vs on O-1, any move needs a new petition",
        "ml",
        at(SF_HYBRID, title="Senior ML Engineer", **NO_VISA),
        ("Dmitri Sheremetov", 2, "Green card came through in May - no sponsorship needed anymore"),
        ("Aurelia Castellanos", 0, "On an O-1; any new employer would need to file a new petition"),
    ),
    duo(
        "Spanish: green card since 2024 vs needs H-1B sponsorship",
        "backend",
        {**AUSTIN_ONSITE, **NO_VISA},
        ("Fernanda Quiroga", 2, "Tengo la green card desde 2024, no necesito patrocinio."),
        ("Ignacio Villalobos", 0, "Necesito patrocinio de visa H-1B para cambiar de empresa."),
    ),
    duo(
        "Hindi: needs an H-1B transfer, not cap-exempt vs green card came last month",
        "sre",
        {**SEA_ONSITE, **NO_VISA},
        ("Nikhil Srivastava", 0, sms(40, "H-1B transfer chahiye hoga, main cap-exempt nahi hoon")),
        (
            "Meenakshi Reddy",
            2,
            sms(40, "Green card mil gaya last month, ab sponsorship ki zaroorat nahi"),
        ),
    ),
]

CONTRACT = [
    duo(
        "only full-time with benefits vs prefers contracts, W-2 or 1099",
        "backend",
        at(
            US_REMOTE,
            title="Backend Engineer, 6-month W-2 contract",
            offers=["$95/hr W-2, 6 months"],
        ),
        ("Hyacinth Dube", 0, "Only full-time - needs health benefits for the family"),
        ("Radomir Petrescu", 2, "Prefers contract work, W-2 or 1099 both fine"),
        where="Phoenix, AZ",
    ),
    duo(
        "done contracting, wants an FTE job with RSUs vs corp-to-corp only",
        "data_eng",
        at(NYC_HYBRID, offers=["Full-time, salary plus RSUs"]),
        ("Seraphina Lowell", 2, "Done with contracting - wants a full-time job with RSUs"),
        ("Kwabena Ofori-Atta-Mensah", 0, "Only does corp-to-corp contracts through his LLC"),
    ),
    duo(
        "wants part-time while finishing an MBA vs needs full-time hours",
        "finance",
        dict(
            **BOSTON_HYBRID,
            title="FP&A Analyst (part-time, 20 hours a week)",
            department="Finance",
            seniority="mid",
            requirements="FP&A\nExcel\nForecasting\nNetSuite",
            description="Own monthly forecasting, 20 hours a week.",
        ),
        ("Tobiah Kessler", 2, "Wants part-time, ~20 hrs, while finishing an MBA at Sloan"),
        ("Genevieve Asare", 0, "Needs full-time hours, can't do part-time"),
    ),
    duo(
        "open to contract-to-hire vs burned by contract-to-hire",
        "frontend",
        at(TORONTO_HYBRID, title="Frontend Engineer (contract-to-hire)"),
        ("Lorcan Obi", 2, li(55, "contract-to-hire is fine, I get why teams do it")),
        (
            "Esperanza Lund",
            0,
            li(55, "won't do contract-to-hire again, got burned when they never converted me"),
        ),
    ),
]

COMMUTE = [
    duo(
        "BART in from Oakland is fine vs won't commute up from San Jose",
        "backend",
        dict(
            remote_policy="onsite", location="San Francisco, CA", offers=["Office in Mission Bay"]
        ),
        ("Imogen Salazar", 2, "Lives in Oakland - 25 min on BART, happy to come in", "Oakland, CA"),
        (
            "Fitzwilliam Chu",
            0,
            "Won't commute up to the city, Caltrain is too slow",
            "San Jose, CA",
        ),
    ),
    duo(
        "won't sit on the 520 bridge daily vs fifteen minutes from Redmond",
        "sre",
        BELLEVUE_ONSITE,
        (
            "Anselm Wróblewicz",
            0,
            "Lives on Capitol Hill, refuses the 520 bridge every day",
            "Seattle, WA",
        ),
        ("Tallulah Ngata", 2, "Lives in Redmond, 15 minutes to Bellevue", "Redmond, WA"),
    ),
    duo(
        "the PATH from the West Village is fine vs won't cross the Hudson",
        "data_eng",
        dict(remote_policy="onsite", location="Jersey City, NJ"),
        (
            "Ophelia Marchetti",
            2,
            "PATH from the West Village to Exchange Place is fine",
            "New York, NY",
        ),
        (
            "Barnaby Okwu",
            0,
            "not crossing the Hudson every day, Manhattan offices only",
            "New York, NY",
        ),
    ),
    duo(
        "no car, won't do the GO train to Mississauga vs fifteen minutes from Oakville",
        "frontend",
        dict(remote_policy="onsite", location="Mississauga, ON"),
        (
            "Quincy Abara",
            0,
            "Lives downtown, no car - not doing the GO train out to Mississauga",
            "Toronto, ON",
        ),
        ("Henrietta Vos", 2, "Lives in Oakville, 15 min drive to Mississauga", "Oakville, ON"),
    ),
    duo(
        "twenty minutes on the Expo Line vs the Lions Gate is a nightmare, thirty minutes max",
        "backend",
        dict(remote_policy="onsite", location="Burnaby, BC"),
        ("Rafferty Singh", 2, "Expo Line gets me to Metrotown in 20 min, fine", "Vancouver, BC"),
        (
            "Wilhelmina Park",
            0,
            "Lives in North Van - Lions Gate every day is a nightmare, 30 min door to door max",
            "North Vancouver, BC",
        ),
    ),
    duo(
        "over an hour from San Marcos, 45 minutes is the limit vs fifteen from Round Rock",
        "backend",
        dict(remote_policy="onsite", location="Austin, TX", offers=["Office at the Domain"]),
        (
            "Leocadia Harmon",
            0,
            "Commute over 45 min is a dealbreaker - San Marcos to the Domain is 1h+",
            "San Marcos, TX",
        ),
        ("Bartholomew Ike", 2, "Round Rock, 15 min to the Domain", "Round Rock, TX"),
    ),
    duo(
        "Red Line from Quincy is fine vs won't drive the Pike from Worcester",
        "data_eng",
        BOSTON_HYBRID,
        (
            "Philomena Acosta",
            2,
            "Red Line from Quincy to Kendall is fine twice a week",
            "Quincy, MA",
        ),
        (
            "Jedediah Nwosu",
            0,
            "Lives in Worcester, won't drive the Mass Pike into Cambridge",
            "Worcester, MA",
        ),
    ),
    duo(
        "Caltrain down to Mountain View three days is fine vs no more Peninsula commute",
        "ml",
        dict(
            remote_policy="hybrid",
            location="Mountain View, CA",
            offers=["Three days a week in Mountain View"],
        ),
        ("Cordelia Ferraro", 2, "Caltrain down to MV is fine 3x a week", "San Francisco, CA"),
        (
            "Ambrose Kariuki",
            0,
            "no more Peninsula commute, did 4 years of 101",
            "San Francisco, CA",
        ),
    ),
    duo(
        "Spanish: not the San Mateo bridge every day vs ten minutes from Foster City",
        "backend",
        dict(remote_policy="onsite", location="Foster City, CA"),
        (
            "Rocío Saldaña",
            0,
            "Vivo en Hayward, cruzar el puente de San Mateo todos los días no.",
            "Hayward, CA",
        ),
        (
            "Teodoro Alcántara",
            2,
            "Vivo en San Mateo, a 10 minutos de Foster City.",
            "San Mateo, CA",
        ),
    ),
    duo(
        "Chinese: forty minutes each way is fine vs over an hour is not",
        "backend",
        dict(
            remote_policy="onsite", location="New York, NY", offers=["Office in Midtown Manhattan"]
        ),
        ("Yuxuan Deng", 2, "住在布鲁克林，坐F线到中城35分钟，可以接受。", "Brooklyn, NY"),
        ("Chenyu Bai", 0, "住在史泰登岛，去中城单程一个多小时，不考虑。", "Staten Island, NY"),
    ),
]

# --- 4. pay against the band ---------------------------------------------------------------

BAND = dict(salary_min=180_000, salary_max=210_000, **USD)
PAY = [
    duo(
        "asks 195 base vs a 260 base floor",
        "backend",
        {**SF_HYBRID, **BAND},
        ("Anastasia Whitfield", 2, "asking ~195 base"),
        ("Lucius Onyango", 0, "Floor is $260k base, won't entertain less"),
    ),
    duo(
        "TC 240 now but only base matters, floor 185 vs needs 230 base",
        "data_eng",
        {**NYC_HYBRID, **BAND},
        (
            "Marcella Brightwater",
            2,
            call(30, "Cand's at ~240 TC today but cares about base - floor is 185 base."),
        ),
        (
            "Desmond Terwoltbeek",
            0,
            call(30, "Cand needs at least 230 base to move, TC doesn't interest him."),
        ),
    ),
    duo(
        "160k CAD vs 140k US dollars in Toronto",
        "frontend",
        at(TORONTO_HYBRID, salary_min=150_000, salary_max=175_000, currency="CAD"),
        ("Eleanora Kagame", 2, "Looking for around $160k CAD base"),
        ("Fergus Oyelowo", 0, "Won't go below US$140k - paid in USD today"),
    ),
    duo(
        "$90 an hour W-2 vs $150 an hour minimum",
        "backend",
        at(US_REMOTE, title="Backend Contractor (W-2)", offers=["$85-$100 an hour on W-2"]),
        ("Serafina Oakes", 2, "rate is $90/hr W-2"),
        ("Griffin Takahashi", 0, "minimum $150/hr, non-negotiable"),
        where="Salt Lake City, UT",
    ),
    duo(
        "$14k a month vs $20k a month against an annual band",
        "sre",
        at(SEA_ONSITE, salary_min=150_000, salary_max=170_000, **USD),
        ("Jacinta Morales", 2, "needs about $14k a month gross"),
        ("Hamish Okereke", 0, "needs $20k a month gross to make the move worth it"),
    ),
    duo(
        "makes 230 at Meta but would take 190 for remote vs must match 230 base",
        "backend",
        at(US_REMOTE, salary_min=175_000, salary_max=200_000, **USD),
        (
            "Beatrix Hartwellby",
            2,
            "Makes 230 base at Meta now but would take ~190 for fully remote",
        ),
        ("Thelonius Grady", 0, "Makes 230 base at Meta and needs that matched, at least"),
        where="Denver, CO",
    ),
]

# --- 5. work mode in the title / description / offers only, hybrid days, negation ----------

WORK_MODE = [
    duo(
        "remote in the title only: remote only vs wants an office every day",
        "backend",
        dict(title="Senior Backend Engineer (Remote, US)", location="United States"),
        ("Cyrus Abernathy", 2, "remote only, no exceptions", "Boise, ID"),
        ("Minerva Lockhart", 0, "wants to be in an office every day with the team", "Boise, ID"),
    ),
    duo(
        "five days in the Austin HQ in the description only: RTO is a no vs craves in-person",
        "backend",
        dict(
            location="Austin, TX",
            description="Build our ordering services. This role is in our Austin HQ five "
            "days a week.",
        ),
        ("Rosalind Ebuka", 0, "A five-day RTO is a no for me."),
        ("Horace Villeneuve", 2, "Craves in-person work after three years alone at home"),
    ),
    duo(
        "three days a week: max two days in vs three is fine",
        "data_eng",
        at(SF_HYBRID, offers=["Three days a week in the office (Tue-Thu)"]),
        ("Juliana Ostrowski", 0, "max 2 days a week in the office"),
        ("Kenji Abernethy", 2, "3 days in office is fine"),
    ),
    duo(
        "fully remote in Canada in the offers only: remote pls vs wants an office to go to",
        "frontend",
        dict(location="Vancouver, BC", offers=["Fully remote anywhere in Canada"]),
        ("Aurora Lindgren", 2, li(20, "remote pls, nothing with office days"), "Kelowna, BC"),
        (
            "Bram Oyelaran",
            0,
            li(20, "want an office in Vancouver I can actually go to daily"),
            "Vancouver, BC",
        ),
    ),
    duo(
        "Hindi: office five days is fine vs no office at all",
        "backend",
        SEA_ONSITE,
        ("Rohan Tiwari", 2, sms(30, "office 5 din bhi chalega, ghar pe kaam karke bore ho gaya")),
        ("Ananya Joshi", 0, sms(30, "office bilkul nahi jaana, sirf remote")),
    ),
]

NEGATIONS = [
    duo(
        "not opposed to being in the office vs opposed to the office",
        "sre",
        SEA_ONSITE,
        ("Evangeline Mwangi", 2, "not opposed to being in the office five days"),
        ("Zebedee Harlow", 0, "opposed to being in the office five days"),
    ),
    duo(
        "the RTO wasn't the issue, the comp was vs the comp wasn't the issue, the RTO was",
        "backend",
        at(SF_ONSITE, salary_min=200_000, salary_max=230_000, **USD),
        (
            "Adelaide Fontaine",
            2,
            call(100, "Declined Uber: RTO wasn't the issue, the comp was (wanted 210)."),
        ),
        ("Montgomery Ashe", 0, call(100, "Declined Uber: comp wasn't the issue, the RTO was.")),
    ),
    duo(
        "not looking for remote-only vs only looking for remote",
        "data_eng",
        NYC_HYBRID,
        ("Celestine Ezeonwuka", 2, "not looking for remote-only; likes two office days"),
        ("Thaddeus Quill", 0, "only looking for remote roles"),
    ),
]

# --- 6. location, managing, stage and size, industry and mission, technology ---------------

LOCATION = [
    duo(
        "Austin, open to relocating to Seattle vs won't leave Texas",
        "backend",
        SEA_ONSITE,
        ("Leontyne Barrow", 2, "open to relocating to Seattle with a relo package", "Austin, TX"),
        ("Wolfgang Ruiz", 0, "won't leave Texas", "Austin, TX"),
    ),
    duo(
        "Vancouver, moving to Toronto next month vs staying in BC",
        "frontend",
        at(TORONTO_HYBRID, remote_policy="onsite"),
        (
            "Marigold Fairweather",
            2,
            mail(20, "Moving to Toronto next month, lease signed on Queen West."),
            "Vancouver, BC",
        ),
        ("Oisin Tanaka", 0, mail(20, "Staying in BC, not moving east."), "Vancouver, BC"),
    ),
    duo(
        "Philly, already apartment-hunting in NYC vs in NYC but moving to Chicago",
        "data_eng",
        NYC_HYBRID,
        (
            "Calliope Hastings",
            2,
            "happy to move to NYC, already apartment hunting in Brooklyn",
            "Philadelphia, PA",
        ),
        (
            "Rutherford Eze",
            0,
            "moving back to Chicago for family, leaving NYC for good",
            "New York, NY",
        ),
    ),
    duo(
        "husband moving to Boston but she stays in SF vs moving to Boston with her husband",
        "backend",
        at(BOSTON_HYBRID, remote_policy="onsite"),
        (
            "Genoveva Strand",
            0,
            call(35, "Her husband is taking a job in Boston; she is staying in SF with the kids."),
            "San Francisco, CA",
        ),
        (
            "Philippa Okonjo",
            2,
            call(35, "She's relocating to Boston with her husband in January, wants roles there."),
            "San Francisco, CA",
        ),
    ),
]

MANAGER_ROLE = at(SF_HYBRID)
MANAGING = [
    duo(
        "tech lead ready to be an EM vs went back to IC, never again",
        "manager",
        MANAGER_ROLE,
        ("Isadora Whitcombe", 2, "Tech lead for 2 yrs, wants to become an EM"),
        ("Barnabas Oyelaran", 0, "Managed for 3 years, went back to IC and never again"),
    ),
    duo(
        "staff IC role: no direct reports vs only people-management roles now",
        "backend",
        at(US_REMOTE, title="Staff Backend Engineer (IC)", seniority="staff"),
        ("Hortensia Lyle", 2, "wants to stay hands-on, no direct reports"),
        ("Leopold Azikiwe", 0, "only looking at people management roles now"),
        where="Atlanta, GA",
    ),
    duo(
        "not opposed to managing vs opposed to managing",
        "manager",
        NYC_HYBRID,
        ("Sabine Castillo", 2, "not opposed to managing a team"),
        ("Magnus Iwu", 0, "opposed to managing a team"),
    ),
    duo(
        "Hindi: wants to manage a team now vs doesn't want to be a manager",
        "manager",
        SEA_ONSITE,
        ("Karthik Narayanan", 2, sms(40, "ab team manage karni hai, IC bahut ho gaya")),
        ("Aditi Chaturvedi", 0, sms(40, "manager nahi banna, mujhe coding hi karni hai")),
    ),
]

STAGE_SIZE = [
    duo(
        "seed startup of eight: wants early stage vs wants big-tech stability after layoffs",
        "backend",
        at(
            SF_ONSITE,
            description="Seed-stage, 8 people, just raised $4M; build our first backend.",
            offers=["Meaningful equity"],
        ),
        ("Evadne Kowalski", 2, "wants seed/Series A, real equity upside"),
        ("Caspian Mbah", 0, "after two startup layoffs wants a big-tech level of stability"),
    ),
    duo(
        "big tech of 100,000: wants a big stable employer vs never again a megacorp",
        "data_eng",
        at(
            SEA_ONSITE,
            description="Join one of the largest tech companies in the world, 100,000+ employees.",
        ),
        ("Hermione Adeyinka", 2, "wants a big, stable company with great benefits"),
        ("Ezekiel Fontaine", 0, "never again at a megacorp, under 50 people only"),
    ),
    duo(
        "Series C unicorn of 800: wants mid-size vs pre-seed only",
        "sre",
        at(NYC_HYBRID, description="Series C unicorn, about 800 people, growing fast."),
        ("Perdita Lawal", 2, "wants a mid-size company, 200 to 2,000 people"),
        ("Constantin Obi", 0, "pre-seed only, wants to be one of the first five"),
    ),
    duo(
        "Chinese: wants a big company vs only early-stage startups",
        "backend",
        at(SEA_ONSITE, description="Large public tech company, 60,000 employees."),
        ("Ruoxi Huang", 2, mail(50, "想去大厂，稳定一点，福利好一点。")),
        ("Boyang Xu", 0, mail(50, "只考虑早期创业公司，大厂不去。")),
    ),
]

DEFENCE = dict(description="Autonomous systems for the US Department of Defense.")
ADTECH = dict(description="Real-time bidding and ad targeting for programmatic advertising.")
MISSION = [
    duo(
        "defence role: won't work on weapons vs wants national security work",
        "backend",
        at(AUSTIN_ONSITE, **DEFENCE),
        ("Clementina Roark", 0, "won't work on weapons or anything defense"),
        ("Alaric Jennings", 2, "wants to work on national security problems"),
    ),
    duo(
        "ad-tech role: refuses tracking people vs enjoyed ad auctions at scale",
        "data_eng",
        at(NYC_HYBRID, **ADTECH),
        ("Sunniva Adair", 0, "refuses ad-tech - not building tracking again"),
        ("Rashid Ellington", 2, "enjoyed ad auctions at scale, would do ad-tech again"),
    ),
    duo(
        "climate role: wants climate work vs no word",
        "data_eng",
        at(
            BOSTON_HYBRID, description="Grid-scale battery analytics to decarbonise the power grid."
        ),
        ("Wynonna Achebe", 2, "wants her work to be about climate"),
        ("Lazarus Pim", 1, None),
    ),
    duo(
        "no defence, and this aviation-weather company isn't defence vs crypto only",
        "backend",
        at(US_REMOTE, description="Weather forecasting for commercial airlines."),
        ("Ottilie Brennan", 2, "no defense contractors"),
        ("Jasper Mukherjee", 0, "only interested in crypto / web3 companies"),
        where="Minneapolis, MN",
    ),
    duo(
        "sportsbook role: no gambling vs sports fan who loves betting tech",
        "backend",
        at(NYC_HYBRID, description="Build the betting engine of our online sportsbook."),
        ("Cornelia Hathaway", 0, "no gambling or sports betting companies"),
        ("Desmond Okafor", 2, "big sports fan, loves sportsbook tech"),
    ),
    duo(
        "health-tech role: wants healthcare after mum's illness vs no more healthcare",
        "backend",
        at(BOSTON_HYBRID, description="Software for hospital oncology departments."),
        ("Arabella Nakashima", 2, "wants a healthcare mission after her mom's illness"),
        ("Percival Mensah", 0, "no healthcare - done with HIPAA paperwork"),
    ),
    duo(
        "crypto exchange: no crypto, period vs fine with crypto",
        "backend",
        at(US_REMOTE, description="Matching engine for a regulated crypto exchange."),
        ("Ferdinand Ocampo", 0, "no crypto, period"),
        ("Lucasta Bright", 2, "fine with crypto, likes exchanges"),
        where="Miami, FL",
    ),
    duo(
        "privacy-first analytics isn't ad-tech: refuses ad-tech vs only ad-tech",
        "data_eng",
        at(
            NYC_HYBRID,
            description="Privacy-first product analytics; we sell no ads and track no one.",
        ),
        ("Gwyneth Adebola", 2, "refuses ad-tech"),
        ("Roderick Blythewood", 0, "only wants ad-tech, loves the programmatic space"),
    ),
    duo(
        "Spanish: no defence or weapons vs interested in the defence sector",
        "sre",
        at(SEA_ONSITE, **DEFENCE),
        ("Marisela Duarte", 0, "No quiero trabajar en defensa ni en armas."),
        ("Gonzalo Beltrán", 2, "Me interesa mucho el sector de defensa."),
    ),
    duo(
        "Chinese: no advertising industry vs very interested in ad-tech",
        "backend",
        at(SF_HYBRID, **ADTECH),
        ("Yiming Qiao", 0, mail(40, "不做广告行业，不想做用户追踪。")),
        ("Shuang Lu", 2, mail(40, "对广告技术很感兴趣，做过竞价系统。")),
    ),
    duo(
        "oil and gas analytics: no fossil fuels vs energy is interesting",
        "data_eng",
        at(
            AUSTIN_ONSITE,
            description="Drilling analytics for oil and gas producers in the Permian.",
        ),
        ("Saoirse Ó Dubhlainn", 0, "no fossil fuel companies"),
        ("Cletus Amadi", 2, "energy sector is interesting, including oil and gas"),
    ),
]

TECH = [
    duo(
        "Go platform: wants to move into Go vs done with Go, Rust only",
        "sre",
        at(SEA_ONSITE, description="Platform tooling written in Go on Kubernetes."),
        ("Tamsin Okoye", 2, "wants to write more Go"),
        ("Lorenzo Fairbanks", 0, "done with Go, Rust only from here"),
    ),
    duo(
        "Java services: won't touch Java again vs happy on the JVM",
        "backend",
        at(NYC_HYBRID, description="Services in Java and Spring Boot."),
        ("Fiorella Nkemelu", 0, "will not touch Java again"),
        ("Augustus Brandt", 2, "happy on the JVM, Spring is fine"),
    ),
    duo(
        "Azure shop: AWS only vs wants Azure experience",
        "sre",
        at(TORONTO_HYBRID, description="Our platform runs on Azure and AKS."),
        ("Cressida Mahlangu", 0, "AWS only, won't do Azure"),
        ("Bastian Oyelaran", 2, "wants Azure experience on the CV"),
    ),
    duo(
        "legacy PHP: PHP doesn't scare her vs no PHP",
        "backend",
        at(AUSTIN_ONSITE, description="Migrate a legacy PHP monolith to Python services."),
        ("Eulalia Strand", 2, "PHP doesn't scare me, has done migrations"),
        ("Horatio Kimathi", 0, "no PHP ever again"),
    ),
]

# --- 7. last time's reason, resolved or still standing; history; the latest process --------

LAST_TIME = [
    duo(
        "declined a five-day RTO in SF; this role is remote",
        "backend",
        US_REMOTE,
        (
            "Lavender Osei",
            2,
            declined(240, "remote_policy", "Declined - 5 days in SoMa was a no", past=PAST_SF_RTO),
        ),
        ("Caradoc Finch", 1, None),
        where="Sacramento, CA",
    ),
    duo(
        "declined a five-day RTO in SF; this role is five days on-site again",
        "backend",
        SF_ONSITE,
        (
            "Wilbur Nakagawa",
            0,
            declined(200, "remote_policy", "RTO 5 days killed it for her", past=PAST_SF_RTO),
        ),
        ("Henrike Adamu", 2, None),
    ),
    duo(
        "declined at $190k asking $220k; the new band tops out at $240k",
        "data_eng",
        at(NYC_HYBRID, salary_min=210_000, salary_max=240_000, **USD),
        ("Sigourney Bale", 2, declined(300, "compensation", "Asked 220 base, we capped at 190")),
        ("Aldous Kimani", 1, None),
    ),
    duo(
        "declined at $190k asking $220k; the band is still $190k",
        "data_eng",
        at(NYC_HYBRID, salary_min=170_000, salary_max=190_000, **USD),
        ("Pomona Ferris", 0, declined(150, "compensation", "Asked 220 base, we capped at 190")),
        ("Cuthbert Lam", 2, None),
    ),
    duo(
        "withdrew because we couldn't sponsor; this role sponsors H-1B transfers",
        "ml",
        at(SF_HYBRID, title="Senior ML Engineer", **SPONSORS),
        (
            "Anirudh Bhatt",
            2,
            withdrew(260, "other", "No H-1B transfer support at the time", role="ML Engineer"),
        ),
        ("Delia Fairfax", 1, None),
    ),
    duo(
        "withdrew because we couldn't sponsor; this role still can't",
        "ml",
        at(SF_HYBRID, title="Senior ML Engineer", **NO_VISA),
        (
            "Prakash Vemuri",
            0,
            withdrew(180, "other", "Needs H-1B transfer, we don't sponsor", role="ML Engineer"),
        ),
        ("Tabitha Greer", 2, None),
    ),
    duo(
        "withdrew over 50% travel; this role has none",
        "cs",
        at(US_REMOTE, description="Remote customer success; no travel."),
        (
            "Fabiola Sterling",
            2,
            withdrew(220, "other", "50% travel to customer sites was too much", role="CSM"),
        ),
        ("Obadiah Reyes", 1, None),
        where="Columbus, OH",
    ),
    duo(
        "declined over the 24/7 on-call; this role has a weekly on-call rotation",
        "sre",
        {**SEA_ONSITE, **ONCALL},
        (
            "Ludovica Haines",
            0,
            declined(
                160,
                "other",
                "Turned us down over 24/7 on-call, 'never again'",
                past=PAST_SEA,
                role="SRE",
            ),
        ),
        ("Torben Achebe", 2, None),
    ),
    duo(
        "withdrew over the Menlo Park commute; this role is in SF where he lives",
        "backend",
        SF_ONSITE,
        (
            "Emrys Calloway",
            2,
            withdrew(280, "location", "Menlo Park commute from the city too long", past=PAST_MENLO),
        ),
        ("Nadira Holt", 1, None),
    ),
    duo(
        "declined because the role was managerial; this role is IC",
        "backend",
        at(US_REMOTE, title="Senior Backend Engineer (IC)"),
        ("Isolde Fairchild", 2, declined(210, "other", "Role had 6 reports; she wants to stay IC")),
        ("Jethro Banerjee", 1, None),
        where="Madison, WI",
    ),
    duo(
        "withdrew from a defence client; this role is defence again",
        "backend",
        at(AUSTIN_ONSITE, **DEFENCE),
        (
            "Aurelio Fenwick",
            0,
            withdrew(140, "not_interested", "Pulled out once he heard it was a DoD program"),
        ),
        ("Greta Oyinlola", 2, None),
    ),
    duo(
        "withdrew from a defence client; this role is a consumer app",
        "backend",
        at(AUSTIN_ONSITE, description="Build the backend of a consumer recipe app."),
        (
            "Cosima Blackwood",
            2,
            withdrew(140, "not_interested", "Pulled out once she heard it was a DoD program"),
        ),
        ("Reinhold Abara", 1, None),
    ),
]

HISTORY = [
    duo(
        "no-showed two loops vs lost a final with strong feedback",
        "backend",
        SF_HYBRID,
        ("Dorian Pike", 0, app(120, "interview", "rejected", "no_show", "No-show twice, no word")),
        ("Severine Okafor", 2, lost_final(300, "Panel loved her, lost by a hair")),
    ),
    duo(
        "lost at the final vs rejected at the recruiter screen",
        "data_eng",
        NYC_HYBRID,
        ("Octavius Lee", 2, lost_final(260)),
        ("Rosalia Benning", 1, app(260, "screen", "rejected", "other", "Not reviewed deeply")),
    ),
    duo(
        "placed by us two months ago vs a silver medalist",
        "sre",
        SEA_ONSITE,
        (
            "Perry Wakefield",
            0,
            app(60, "offer", "hired", None, "Placed with Zillow, started Sept", role="SRE"),
        ),
        ("Marisa Oduya", 2, lost_final(280, role="SRE")),
    ),
    duo(
        "the latest process counts: skills gap long ago then a strong final vs a strong final "
        "then a conduct issue",
        "backend",
        SF_HYBRID,
        (
            "Bellamy Quarshie",
            2,
            [
                app(800, "screen", "rejected", "skills_gap", "thin on Kafka back then fwiw"),
                lost_final(90, "Great loop, lost to internal transfer"),
            ],
        ),
        (
            "Ximena Hartley",
            0,
            [
                lost_final(700),
                app(40, "onsite", "rejected", "conduct", "Rude to the coordinator, HM says no"),
            ],
        ),
    ),
]

# --- 8. several notes over time where the latest word counts --------------------------------

LATEST_WORD = [
    duo(
        "remote only, then moved to Seattle and fine in the office vs the reverse",
        "backend",
        SEA_ONSITE,
        (
            "Linnea Castellanos",
            2,
            [
                ats(300, "remote only - noted"),
                li(40, "Moved to Seattle in Sept, happy to be in an office now"),
            ],
        ),
        (
            "Pascal Adebayo",
            0,
            [ats(300, "fine w office"), li(40, "We moved to Montana - remote only from here on")],
        ),
    ),
    duo(
        "no travel, then travel fine, then no travel again vs the other way round",
        "cs",
        {**AUSTIN_ONSITE, **TRAVEL40},
        (
            "Margery Eastwood",
            0,
            [
                call(400, "no travel"),
                call(200, "kids older, travel OK now"),
                sms(30, "scratch that, can't travel again - mom moved in with us"),
            ],
        ),
        (
            "Hollis Achterberg",
            2,
            [
                call(400, "travel OK"),
                call(200, "no travel for a while, knee surgery"),
                sms(30, "knee's healed, happy to travel again"),
            ],
        ),
    ),
    duo(
        "needed sponsorship, then got the green card vs citizen... then H-1B after all",
        "data_eng",
        {**NYC_HYBRID, **NO_VISA},
        (
            "Ashwin Pillai",
            2,
            [
                ats(400, "needs H-1B transfer"),
                mail(50, "Green card approved last month, no sponsorship needed now."),
            ],
        ),
        (
            "Tobias Renner",
            0,
            [
                ats(400, "no sponsorship needed, GC pending"),
                mail(50, "GC got denied, I'm back on H-1B and will need a transfer."),
            ],
        ),
    ),
    duo(
        "ask lowered from 250 to 200 vs raised from 190 to 260",
        "backend",
        at(SF_HYBRID, **BAND),
        (
            "Cressida Valcourt",
            2,
            [
                call(300, "asking 250 base"),
                call(45, "after the layoff she's realistic - 200 base is fine"),
            ],
        ),
        (
            "Benedict Osei",
            0,
            [call(300, "asking 190 base"), call(45, "got a promo, now needs 260 base minimum")],
        ),
    ),
    duo(
        "wanted IC, now wants to manage vs wanted to manage, tried it, back to IC",
        "manager",
        SF_HYBRID,
        ("Elspeth Nwachukwu", 2, [("wants to stay IC", 500), ("ready to manage a team now", 40)]),
        (
            "Godfrey Halvorsen",
            0,
            [("wants to manage - noted", 500), ("tried managing, hated it, IC only", 40)],
        ),
    ),
    duo(
        "refused crypto, came round to regulated exchanges vs open, then no crypto "
        "after a collapse",
        "backend",
        at(US_REMOTE, description="Matching engine for a regulated crypto exchange."),
        (
            "Romilly Asante",
            2,
            [
                li(400, "no crypto"),
                li(35, "honestly came around - a regulated exchange would be fine"),
            ],
        ),
        (
            "Barnaby Whitlock",
            0,
            [
                li(400, "open to crypto"),
                li(35, "after what happened at my last exchange, no crypto anymore"),
            ],
        ),
        where="Dallas, TX",
    ),
    duo(
        "won't commute to Palo Alto, then moved there vs lived there, then moved to Sacramento",
        "backend",
        dict(remote_policy="onsite", location="Palo Alto, CA"),
        (
            "Hesper Mwangi",
            2,
            [
                ats(350, "won't commute to Palo Alto from SF"),
                sms(60, "we moved to Palo Alto! 10 min from your office now"),
            ],
            "Palo Alto, CA",
        ),
        (
            "Leland Okoro",
            0,
            [
                ats(350, "10 min from Palo Alto office"),
                sms(60, "moved to Sacramento, no more Palo Alto commutes"),
            ],
            "Sacramento, CA",
        ),
    ),
    duo(
        "startup, then big tech, then startup again vs big tech, startup, big tech",
        "backend",
        at(SF_ONSITE, description="Seed-stage startup of 6 people."),
        (
            "Juno Abernathy",
            2,
            [
                ("wants a startup", 600),
                ("wants big tech now", 300),
                ("back to wanting a tiny startup", 30),
            ],
        ),
        (
            "Cormac Idowu",
            0,
            [("wants big tech", 600), ("startup curious", 300), ("big tech only after all", 30)],
        ),
    ),
    duo(
        "full-time only, then open to contract vs contract, then full-time only",
        "data_eng",
        at(US_REMOTE, title="Data Engineer, 1099 contract", offers=["$110/hr, 1099, 9 months"]),
        (
            "Marguerite Obi",
            2,
            [call(300, "FTE only"), mail(25, "Open to contract work now, 1099 is fine")],
        ),
        (
            "Osric Delacroix",
            0,
            [call(300, "happy contracting"), mail(25, "I need a full-time role with benefits now")],
        ),
        where="Nashville, TN",
    ),
    duo(
        "Hindi: remote only, then moved to Toronto and fine in the office vs the reverse",
        "frontend",
        at(TORONTO_HYBRID, remote_policy="onsite"),
        (
            "Gaurav Saxena",
            2,
            [sms(300, "sirf remote chahiye"), sms(30, "Toronto shift ho gaya, ab office chalega")],
        ),
        (
            "Neha Bhargava",
            0,
            [sms(300, "office chalega"), sms(30, "Calgary shift ho gayi, ab sirf remote")],
        ),
    ),
    C(
        "DNC, then open again vs keep me posted, then delete my data",
        "backend",
        [
            BE_SF(
                "Anthea Galloway",
                2,
                touches=[
                    ats(300, "DNC per cand"),
                    mail(
                        30,
                        "I asked you to stop last year, but I'm looking now - please do reach out.",
                    ),
                ],
            ),
            BE_SF(
                "Rupert Ogunleye",
                0,
                touches=[
                    li(300, "not now, keep me posted"),
                    li(20, "Please delete my data and stop contacting me."),
                ],
                excluded=True,
            ),
        ],
        **SF_HYBRID,
    ),
]

HELDOUT65_CASES: list[Case] = [
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
    *LOCATION,
    *MANAGING,
    *STAGE_SIZE,
    *MISSION,
    *TECH,
    *LAST_TIME,
    *HISTORY,
    *LATEST_WORD,
]

# The class names the set checks share (tests/test_eval_cases.py), over this file's own lists:
# the locations are its LOCATION and managing and level its MANAGING; last time's reason,
# resolved or still standing, is the file's LAST_TIME list, and the history with us its HISTORY.
LOCATIONS, LEVEL = LOCATION, MANAGING
RESOLVED, LAST_TIME = LAST_TIME, HISTORY
