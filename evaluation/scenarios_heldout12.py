"""Held-out rediscovery cases, twelfth set: an executive-search firm's and in-house talent teams'
own words across the Gulf and Asia-Pacific, written by a twelfth stranger to the reader (its code,
its labelled sets and the earlier case files' sentences were not looked at; held-out 10 was
opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 12") and never tuned to what Encore does. The setting is search work
in the UAE, Saudi Arabia and Qatar and in Japan, South Korea, Hong Kong and mainland China,
Singapore, Malaysia, Indonesia and Vietnam: hotel general managers and F&B directors, cabin crew
and pilots, production engineers on 28/28 and 14/14 rotations, construction project managers,
private bankers and compliance officers, factory quality engineers, international-school
teachers, and some software, data, SRE and product people. The voices are consultants' terse CRM
lines ("spk to cand", "cand keen", "DNC set"), longer call write-ups, candidates' emails and their
WhatsApp, LINE, KakaoTalk and WeChat replies, often in Arabic transliteration, Japanese,
Korean, Chinese, Malay, Bahasa Indonesia or Vietnamese, lower case and
with typos. What matters locally is here: waits tied to holidays that move every year (after
Eid, after Ramadan, Chinese New Year, Golden Week, Seollal and Chuseok, Diwali, Tet, Hari Raya),
bonus months (June and December in Japan, March in banks, the Tet bonus), notice periods and a
non-compete, iqama transfer and release, QID and NOC, Employment Passes, spouse and F-6 visas,
family against single status, housing, schooling and tuition, end-of-service gratuity, tax-free
monthly pay in AED, SAR and QAR against annual JPY and KRW bands and monthly HKD, CNY, SGD, IDR
and VND with a 13th or 14th month, six-day Saturday-to-Thursday sites, rotations,
overtime, staff against contractor payroll, and relocating a family around the school year.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (Arabic transliteration, Japanese, Korean, Chinese, Bahasa and Vietnamese replies, a
   PDPA deletion logged as DNC, a crew member who left aviation): never shown; beside each a
   "not at night, WhatsApp", "email not phone", "Kakao not calls", "not this role, send others",
   a PDPA access request, "not that airline again";
2. waits counted from the day said, each against a twin with the same kind of wait already run
   out: "after Eid" said in November against April, Chinese New Year said this October against
   last November, the December bonus against the June one, Seollal against Chuseok, a bank's
   March bonus, a teacher staying to June 2027, an offshore hitch to 18 December, Tet, Hari Raya;
3. schedule (28/28 against 14/14, six-day weeks, a past hotel's 3am closes, ultra-long-haul
   night departures, 三交替 nights, Korean on-call), travel (40% GCC coverage, weekly flights to
   site, a hotel cluster, monthly supplier trips, a husband who cannot travel), visa and
   transfer (citizens and PRs only, iqama release, a mainland passport for Hong Kong, a spouse
   visa, a cousin's NOC trouble, F-6 against E-7), contract and hours (staff against day rate,
   0.6 FTE, 契約社員, 정규직 against freelance, a maternity cover) and commute (Sharjah to
   Jebel Ali, Funabashi to Yokohama, Jakarta to Cikarang, Woodlands to Tuas, a wife's commute);
4. pay against the band in eight currencies, monthly against annual, a current salary above the
   band with a lower ask, "needs 20% on current";
5. work mode said only in the policy field, the title, the description (in Japanese) or the
   offers (in Korean, and "anywhere in Vietnam");
6. negation and scope ("not against 28/28", "the money wasn't the issue, bachelor status was",
   夜勤が嫌なわけではない, "didn't leave over the travel", 加班我不介意, "not remote-only");
7. location and relocation (a husband posted to Doha, Jeddah with the family, Osaka, a sister's
   move to Singapore, Busan, back to Shenzhen), managing against hands-on (an EAM's first GM
   chair, a first officer and command, 팀장, a manager going back to IC, number two on site),
   company stage and size (a Series A after a state bank, 大手志向, a national oil company, a
   boutique hotel, a startup that folded), industries (tobacco, a casino resort, geothermal,
   defence) and technology (Go, GCP, LLMs, React Native);
8. last time's reason resolved by this role or still standing (single status and school fees,
   28/28, five office days, tuition, a command upgrade, a bank's office mandate), the history
   with us (a no-show, an offer reneged after the permit was paid, conduct at an owner's dinner,
   a failed sim check, a recent skills gap) and the latest process (a final round against a CV
   never sent, our own placement in its guarantee period, a serial counter-offer);
9. several notes over time where the latest word counts: Saudi refused then welcomed and the
   reverse, a stop taken back and a "later" hardened into never, a pay floor lowered and raised,
   28/28, remote only, and on-call, each turned both ways.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``); a
wait's day is written out. Holidays are dated as they fall: Eid al-Fitr about 20 March 2026 and
10 March 2027, Eid al-Adha about 27 May 2026, Chinese New Year and Tet 17 February 2026 and
6 February 2027, Seollal 7 February 2027, Chuseok 25 September 2026, Diwali 8 November 2026,
Golden Week 29 April to 5 May. Salaries on an opening are annual; monthly bands are in its offers.
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: within a case everyone has the same résumé and title ----------------

HOTEL_GM = dict(
    current_title="Hotel General Manager",
    skills=[
        "Hotel P&L",
        "Pre-opening",
        "Owner relations",
        "Revenue management",
        "Guest experience",
    ],
    years_experience=16,
    resume_text=(
        "Hotel general manager, sixteen years with international brands: two pre-openings, a "
        "320-key city hotel and a 180-key resort, owner reporting, RevPAR index above fair "
        "share, brand audits and a team of 400."
    ),
)
HOTEL_EAM = dict(
    current_title="Executive Assistant Manager",
    skills=["Rooms division", "F&B operations", "Budgeting", "Guest experience"],
    years_experience=12,
    resume_text=(
        "Executive assistant manager, twelve years in five-star hotels: rooms and F&B "
        "operations, budgets, brand standards and deputising for the general manager."
    ),
)
FNB_DIRECTOR = dict(
    current_title="Director of Food & Beverage",
    skills=["F&B operations", "Outlet concepts", "Banqueting", "Cost control", "Beverage"],
    years_experience=14,
    resume_text=(
        "Director of F&B, fourteen years in luxury hotels: eight outlets and banqueting for "
        "1,200, concept launches, beverage programmes, food cost at 27% and a team of 250."
    ),
)
CABIN_CREW = dict(
    current_title="Cabin Services Supervisor",
    skills=["Wide-body operations", "Premium cabin service", "Safety and emergency procedures"],
    years_experience=9,
    resume_text=(
        "Cabin services supervisor, nine years on A380 and B777: running the premium cabins, "
        "SEP trainer, crew rostering and in-flight incident reports."
    ),
)
CAPTAIN = dict(
    current_title="A320 Captain",
    skills=["A320 type rating", "ATPL", "Line training", "Multi-crew cooperation"],
    years_experience=14,
    resume_text=(
        "A320 family captain with 9,800 hours, 4,200 in command; line training captain, ICAO "
        "English level 6, clean record with two GCC carriers."
    ),
)
FIRST_OFFICER = dict(
    current_title="Senior First Officer, A320",
    skills=["A320 type rating", "ATPL", "Multi-crew cooperation", "EFB"],
    years_experience=8,
    resume_text=(
        "Senior first officer on the A320 family, 5,600 hours, ATPL frozen no longer: command "
        "minimums met, ICAO level 6, short- and medium-haul across the Middle East and Asia."
    ),
)
PRODUCTION_ENGINEER = dict(
    current_title="Senior Production Engineer",
    skills=["Well performance", "Artificial lift", "Production optimisation", "PROSPER"],
    years_experience=12,
    resume_text=(
        "Production engineer, twelve years on offshore and onshore fields in the Gulf and "
        "South-East Asia: well testing, gas lift and ESP optimisation, PROSPER and GAP models."
    ),
)
CONSTRUCTION_PM = dict(
    current_title="Construction Project Manager",
    skills=["Project controls", "FIDIC contracts", "Primavera P6", "Design and build"],
    years_experience=15,
    resume_text=(
        "Construction project manager, fifteen years on high-rise, hospitality and "
        "infrastructure: FIDIC contracts, Primavera P6 programmes, claims and handover."
    ),
)
RELATIONSHIP_MANAGER = dict(
    current_title="Senior Relationship Manager, Private Banking",
    skills=["HNWI coverage", "Wealth products", "KYC", "Portfolio advisory"],
    years_experience=11,
    resume_text=(
        "Private banking relationship manager, eleven years: a book of 60 HNW families and "
        "USD 450m AUM, discretionary mandates, structured products and onboarding."
    ),
)
COMPLIANCE_OFFICER = dict(
    current_title="AML Compliance Manager",
    skills=["AML/CFT", "KYC reviews", "Sanctions screening", "Regulatory reporting"],
    years_experience=9,
    resume_text=(
        "Compliance manager, nine years in banks: AML/CFT advisory, periodic KYC reviews, "
        "sanctions screening, STR filing and regulator inspections."
    ),
)
QUALITY_ENGINEER = dict(
    current_title="Supplier Quality Engineer",
    skills=["IATF 16949", "PPAP", "8D problem solving", "SPC", "Supplier audits"],
    years_experience=8,
    resume_text=(
        "Quality engineer, eight years in automotive and electronics plants: PPAP approvals, "
        "supplier audits, 8D reports, SPC and incoming inspection."
    ),
)
SCHOOL_TEACHER = dict(
    current_title="Secondary Mathematics Teacher (IB)",
    skills=["IB DP Mathematics", "IGCSE", "Pastoral care", "Curriculum planning"],
    years_experience=10,
    resume_text=(
        "Mathematics teacher, ten years in international schools: IB DP Analysis and "
        "Approaches, IGCSE, form tutor and exam moderation."
    ),
)
PRODUCT_MANAGER = dict(
    current_title="Senior Product Manager",
    skills=["Product discovery", "Roadmaps", "Payments", "A/B testing"],
    years_experience=8,
    resume_text=(
        "Product manager, eight years on payments and e-wallets: discovery, roadmaps, "
        "experiment design and launches across several South-East Asian markets."
    ),
)


class Desk:
    """The candidates a consultant keeps of one kind: same profile and persona, living in
    ``city`` unless a person is said to live elsewhere (``at=``)."""

    def __init__(self, profile: str, persona: dict | None = None, city: str = "Dubai, UAE"):
        self.profile, self.persona, self.city = profile, persona or {}, city

    def __call__(self, name, grade, *notes, apps=(), said=(), touches=(), at=None, out=False):
        """``notes``: touchpoints (what was written or said, and when); ``said``: dated
        statements kept as motivations; ``out``: must never be shown."""
        where = {**self.persona, "location": at or self.city}
        return P(
            name,
            self.profile,
            grade,
            *said,
            apps=apps,
            touches=(*notes, *touches),
            excluded=out,
            **where,
        )

    def at(self, city: str) -> "Desk":
        """The same kind of candidate, living in ``city``."""
        return Desk(self.profile, self.persona, city)


# --- who wrote what -------------------------------------------------------------------------


def crm(days, line) -> dict:
    """A consultant's line in the firm's CRM, typed between calls."""
    return touch(days, "outbound", None, "note", note=line, channel="other")


def call(days, notes) -> dict:
    """Notes from a call with the candidate, as the consultant wrote them up."""
    return touch(days, "outbound", "replied", "note", note=notes, channel="phone")


def mail(days, words) -> dict:
    """The candidate's email."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def chat(days, words) -> dict:
    """The candidate's reply on WhatsApp, LINE, KakaoTalk or WeChat, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def client(days, words) -> dict:
    """The hiring side's feedback (an in-house talent team or a client), pasted in."""
    return touch(days, "outbound", None, "note", note=words, channel="meeting")


def final(days, note=None, *, role="Senior Backend Engineer") -> dict:
    """Reached the final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def declined(days, reason, note, *, past=None, role="Senior Backend Engineer") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="Senior Backend Engineer"):
    """Pulled out of the process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def job(what: dict, where: dict, **more) -> dict:
    """An opening: the job, where and how it is worked, and anything else said about it."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

GM_ROLE = dict(
    title="General Manager",
    department="Hotel Operations",
    seniority="lead",
    requirements="GM or EAM with a luxury brand\nOwner relations\nP&L ownership\nPre-opening",
    description="Lead a 250-key luxury hotel and its team of 350, reporting to the owner's "
    "asset manager and the brand's area VP.",
)
FNB_ROLE = dict(
    title="Director of Food & Beverage",
    department="Food & Beverage",
    seniority="lead",
    requirements="Luxury F&B leadership\nMulti-outlet operations\nBanqueting\nCost control",
    description="Run seven outlets and banqueting at a five-star hotel.",
)
CREW_ROLE = dict(
    title="Cabin Services Supervisor",
    department="Inflight Services",
    seniority="senior",
    requirements="Wide-body experience\nPremium cabin leadership\nValid SEP",
    description="Lead the premium cabins on a wide-body fleet.",
)
CAPTAIN_ROLE = dict(
    title="A320 Captain (Direct Entry)",
    department="Flight Operations",
    seniority="senior",
    requirements="A320 type rating\nATPL\n3,000 hours in command or command upgrade ready",
    description="Direct-entry captains for a growing A320neo fleet.",
)
PE_ROLE = dict(
    title="Senior Production Engineer",
    department="Subsurface and Production",
    seniority="senior",
    requirements="10+ years production engineering\nArtificial lift\nWell surveillance",
    description="Well performance and production optimisation for a producing field.",
)
PM_ROLE = dict(
    title="Construction Project Manager",
    department="Project Delivery",
    seniority="senior",
    requirements="15 years in construction\nFIDIC\nPrimavera P6\nHospitality or mixed-use",
    description="Deliver a mixed-use tower from enabling works to handover.",
)
RM_ROLE = dict(
    title="Senior Relationship Manager, Private Banking",
    department="Wealth Management",
    seniority="senior",
    requirements="10 years private banking\nPortable HNW book\nWealth product knowledge",
    description="Cover high-net-worth families for a private bank.",
)
COMPLIANCE_ROLE = dict(
    title="AML Compliance Manager",
    department="Compliance",
    seniority="senior",
    requirements="AML/CFT advisory\nKYC\nSanctions\nRegulatory engagement",
    description="Run AML advisory and KYC quality for the retail and wealth businesses.",
)
QE_ROLE = dict(
    title="Supplier Quality Engineer",
    department="Quality",
    seniority="mid",
    requirements="IATF 16949\nPPAP\n8D\nSupplier audits",
    description="Own incoming quality and supplier development for an assembly plant.",
)
TEACHER_ROLE = dict(
    title="Teacher of Mathematics (IB DP)",
    department="Secondary",
    seniority="mid",
    requirements="Teaching qualification\nIB DP Mathematics\nIGCSE",
    description="Teach IGCSE and IB DP mathematics at an international school.",
)
PRODUCT_ROLE = dict(
    title="Senior Product Manager, Payments",
    department="Product",
    seniority="senior",
    requirements="Product management in payments or fintech\nDiscovery\nExperimentation",
    description="Own the wallet and card-payments roadmap.",
)

# --- where they are worked ------------------------------------------------------------------

DUBAI = dict(remote_policy="onsite", location="Dubai, UAE")
DIFC_HYBRID = dict(
    remote_policy="hybrid",
    location="Dubai, UAE",
    offers=["Hybrid: three days a week in the DIFC office"],
)
ABU_DHABI = dict(remote_policy="onsite", location="Abu Dhabi, UAE")
RIYADH = dict(remote_policy="onsite", location="Riyadh, Saudi Arabia")
JEDDAH = dict(remote_policy="onsite", location="Jeddah, Saudi Arabia")
KHOBAR = dict(remote_policy="onsite", location="Al Khobar, Saudi Arabia")
DOHA = dict(remote_policy="onsite", location="Doha, Qatar")
TOKYO = dict(remote_policy="onsite", location="Tokyo, Japan")
TOKYO_HYBRID = dict(
    remote_policy="hybrid",
    location="Tokyo, Japan",
    offers=["Hybrid: two office days a week in Marunouchi"],
)
OSAKA = dict(remote_policy="onsite", location="Osaka, Japan")
YOKOHAMA = dict(remote_policy="onsite", location="Yokohama, Japan")
SEOUL = dict(remote_policy="onsite", location="Seoul, South Korea")
SEOUL_HYBRID = dict(
    remote_policy="hybrid",
    location="Seoul, South Korea",
    offers=["Hybrid: three days a week in the Pangyo office"],
)
BUSAN = dict(remote_policy="onsite", location="Busan, South Korea")
HONG_KONG = dict(remote_policy="onsite", location="Hong Kong")
HK_HYBRID = dict(
    remote_policy="hybrid",
    location="Hong Kong",
    offers=["Hybrid: three days a week in Quarry Bay"],
)
SHANGHAI = dict(remote_policy="onsite", location="Shanghai, China")
SHENZHEN = dict(remote_policy="onsite", location="Shenzhen, China")
SINGAPORE = dict(remote_policy="onsite", location="Singapore")
SG_HYBRID = dict(
    remote_policy="hybrid",
    location="Singapore",
    offers=["Hybrid: two days a week at our one-north office"],
)
KL = dict(remote_policy="onsite", location="Kuala Lumpur, Malaysia")
KL_HYBRID = dict(
    remote_policy="hybrid",
    location="Kuala Lumpur, Malaysia",
    offers=["Hybrid: two days a week in Bangsar South"],
)
JAKARTA = dict(remote_policy="onsite", location="Jakarta, Indonesia")
JAKARTA_HYBRID = dict(
    remote_policy="hybrid",
    location="Jakarta, Indonesia",
    offers=["Hybrid: two days a week in SCBD"],
)
HCMC = dict(remote_policy="onsite", location="Ho Chi Minh City, Vietnam")
HCMC_HYBRID = dict(
    remote_policy="hybrid",
    location="Ho Chi Minh City, Vietnam",
    offers=["Hybrid: two days a week in District 1"],
)

# --- the desks: one kind of candidate each ---------------------------------------------------

GM = Desk("cs", HOTEL_GM, "Dubai, UAE")
EAM = Desk("cs", HOTEL_EAM, "Dubai, UAE")
FNB = Desk("cs", FNB_DIRECTOR, "Dubai, UAE")
CREW = Desk("cs", CABIN_CREW, "Dubai, UAE")
CAPT = Desk("cs", CAPTAIN, "Dubai, UAE")
FO = Desk("cs", FIRST_OFFICER, "Dubai, UAE")
PE = Desk("cs", PRODUCTION_ENGINEER, "Abu Dhabi, UAE")
PM = Desk("cs", CONSTRUCTION_PM, "Riyadh, Saudi Arabia")
RM = Desk("sales", RELATIONSHIP_MANAGER, "Hong Kong")
CO = Desk("finance", COMPLIANCE_OFFICER, "Singapore")
QE = Desk("cs", QUALITY_ENGINEER, "Tokyo, Japan")
TEACH = Desk("cs", SCHOOL_TEACHER, "Doha, Qatar")
PROD = Desk("cs", PRODUCT_MANAGER, "Singapore")
DEV = Desk("backend", None, "Singapore")
DATA = Desk("data_eng", None, "Singapore")
SRE = Desk("sre", None, "Seoul, South Korea")

# --- 1. opt-outs: never shown; beside each a near-miss that is shown ------------------------

OPT_OUTS = [
    C(
        "Arabic transliteration: never contact me again vs not at night, WhatsApp is better",
        "cs",
        [
            GM(
                "Khalifa Al Mazrouei",
                0,
                chat(55, "ya akhi la tetasel feeni marra thanya. khalas, mish mihtaj shughl."),
                out=True,
            ),
            GM(
                "Saeed Al Ketbi",
                2,
                chat(
                    55,
                    "ya akhi la tetasel feeni bil-leil, ana fil hotel lein 11. WhatsApp afdal, "
                    "arsel el JD w ana ashoof",
                ),
            ),
        ],
        **job(GM_ROLE, DUBAI),
    ),
    C(
        "LINE in Japanese: no further contact at all vs email rather than phone",
        "cs",
        [
            QE(
                "Kazuhiro Shimabukuro",
                0,
                chat(40, "今後一切ご連絡いただかなくて結構です。登録も削除してください。"),
                out=True,
            ),
            QE(
                "Norihiko Tsunoda",
                2,
                chat(40, "勤務中は電話に出られないので、ご連絡はメールでお願いします。"),
            ),
        ],
        **job(QE_ROLE, YOKOHAMA),
    ),
    C(
        "KakaoTalk: stop contacting me, delete my number vs no calls at the office, Kakao please",
        "sre",
        [
            SRE(
                "Yoon Ha-eun",
                0,
                chat(35, "더 이상 연락하지 말아 주세요. 제 번호도 삭제 부탁드립니다."),
                out=True,
            ),
            SRE(
                "Baek Seung-ho",
                2,
                chat(35, "회사에서는 통화가 어려워요 ㅠ 카톡으로 JD 보내주시면 볼게요"),
            ),
        ],
        **job({}, SEOUL_HYBRID),
    ),
    C(
        "WeChat: don't contact me again, delete my file vs not this role, send others",
        "sales",
        [
            RM.at("Shanghai, China")(
                "Zhou Wenjie",
                0,
                chat(60, "请不要再联系我了，麻烦把我的简历和资料都删掉，谢谢。"),
                out=True,
            ),
            RM.at("Shanghai, China")(
                "Qian Yuxuan",
                2,
                chat(60, "这个职位我不考虑，其他合适的机会可以继续发给我。"),
            ),
        ],
        **job(RM_ROLE, SHANGHAI),
    ),
    C(
        "a consultant's PDPA deletion and DNC vs a PDPA access request from someone still looking",
        "cs",
        [
            CO(
                "Teo Hui Min",
                0,
                crm(
                    80,
                    "cand emailed: withdraws consent under PDPA, wants all data deleted + off "
                    "every mailer. DNC set. pls dont re-source her from LinkedIn either",
                ),
                out=True,
            ),
            CO(
                "Koh Wei Ling",
                2,
                crm(
                    80,
                    "cand emailed a PDPA access request - wants to see what we hold on her. sent "
                    "it 12/9. she's still open to AML roles, hybrid pref",
                ),
            ),
        ],
        **job(COMPLIANCE_ROLE, SG_HYBRID),
    ),
    C(
        "Bahasa: please don't contact me again vs don't phone in working hours, WA only",
        "cs",
        [
            QE.at("Bekasi, Indonesia")(
                "Agus Setiawan",
                0,
                chat(45, "Mohon maaf, tolong jangan hubungi saya lagi. Hapus nomor saya ya pak."),
                out=True,
            ),
            QE.at("Bekasi, Indonesia")(
                "Bayu Kurniawan",
                2,
                chat(
                    45,
                    "Pak, jangan telepon jam kerja ya, di line produksi. WA aja, nanti saya balas.",
                ),
            ),
        ],
        **job(QE_ROLE, dict(remote_policy="onsite", location="Cikarang, Indonesia")),
    ),
    C(
        "Vietnamese: no more contact vs not a fit now, keep sending others",
        "backend",
        [
            DEV.at("Ho Chi Minh City, Vietnam")(
                "Trần Đức Khải",
                0,
                mail(50, "Anh/chị vui lòng không liên lạc với tôi nữa. Cảm ơn."),
                out=True,
            ),
            DEV.at("Ho Chi Minh City, Vietnam")(
                "Lê Hoàng Phúc",
                2,
                mail(
                    50,
                    "Hiện tại vị trí này chưa phù hợp, nhưng anh/chị cứ gửi cơ hội khác "
                    "cho em nhé.",
                ),
            ),
        ],
        **job({}, HCMC_HYBRID),
    ),
    C(
        "left aviation, asks never to be approached vs off one airline, open to others",
        "cs",
        [
            CREW(
                "Maricel Dimaculangan",
                0,
                mail(
                    90,
                    "Hi, thank you for thinking of me but I have hung up my wings for good and "
                    "now run a bakery in Cebu. Please take me off your list and do not "
                    "approach me about any role again.",
                ),
                out=True,
            ),
            CREW(
                "Rowena Bacani",
                2,
                mail(
                    90,
                    "Hi! Please not that Doha carrier again, the roster there broke me. Any "
                    "other wide-body airline I'm happy to hear about, still based in Dubai.",
                ),
            ),
        ],
        **job(CREW_ROLE, ABU_DHABI),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out ----------

WAITS = [
    C(
        "'after Eid' said in November (Eid al-Fitr 2027) vs said in April (Eid al-Adha, over)",
        "cs",
        [
            PM(
                "Tariq Al Shammari",
                1,
                call(
                    date(2026, 11, 2),
                    "spoke to cand. tower at KAFD topping out, he's the PM. says mish qabl el "
                    "Eid - he won't interview till after Eid, wants to close the slab cycle "
                    "and take the family to Abha first.",
                ),
            ),
            PM(
                "Nawaf Al Dosari",
                2,
                call(
                    date(2026, 4, 20),
                    "spoke to cand. hotel job in Diriyah winding down, he's the PM. won't "
                    "interview till after Eid - family to Abha first. keep warm.",
                ),
            ),
        ],
        **job(PM_ROLE, RIYADH),
    ),
    C(
        "won't move before Chinese New Year, said in October vs the same said last November",
        "sales",
        [
            RM(
                "Chan Ka Yan",
                1,
                mail(
                    date(2026, 10, 12),
                    "Thanks for the catch-up over dim sum. As I said, I won't move before "
                    "Chinese New Year - my clients expect me at the lai see lunches and the "
                    "bonus is paid just before. After that I am all ears.",
                ),
            ),
            RM(
                "Lau Tsz Kin",
                2,
                mail(
                    date(2025, 11, 24),
                    "Thanks for the catch-up over dim sum. I won't move before Chinese New "
                    "Year - clients expect me at the lai see lunches and the bonus lands "
                    "just before. After that, all ears.",
                ),
            ),
        ],
        **job(RM_ROLE, HONG_KONG),
    ),
    C(
        "Japanese: after the December winter bonus vs after the June summer bonus, said in March",
        "cs",
        [
            QE(
                "Hamaguchi Takuya",
                1,
                said=[
                    (
                        "冬のボーナス（12月支給）をもらってから転職活動を始めたいです。",
                        date(2026, 10, 5),
                    )
                ],
            ),
            QE(
                "Ishiwata Ryo",
                2,
                said=[
                    (
                        "夏のボーナス（6月支給）をもらってから転職活動を始めたいです。",
                        date(2026, 3, 9),
                    )
                ],
            ),
        ],
        **job(QE_ROLE, YOKOHAMA),
    ),
    C(
        "Korean: call after Seollal, said in November vs call after Chuseok, said in August",
        "sre",
        [
            SRE(
                "Jang Min-jae",
                1,
                chat(date(2026, 11, 9), "설 연휴 지나고 다시 연락 주세요~ 지금은 바빠서요"),
            ),
            SRE(
                "Seo Ji-hoon",
                2,
                chat(date(2026, 8, 17), "추석 연휴 지나고 다시 연락 주세요~ 지금은 바빠서요"),
            ),
        ],
        **job({}, SEOUL_HYBRID),
    ),
    C(
        "a banker waiting for the March bonus, said in September vs said a year earlier",
        "cs",
        [
            CO.at("Hong Kong")(
                "Tsang Hoi Lam",
                1,
                call(
                    date(2026, 9, 14),
                    "cand at a Swiss bank in ICC, 3 months notice. not jumping till the bonus "
                    "is paid in March - leaving before would forfeit it and the deferred "
                    "shares.",
                ),
            ),
            CO.at("Hong Kong")(
                "Yip Chun Hei",
                2,
                call(
                    date(2025, 10, 6),
                    "cand at a French bank in IFC. not jumping till the bonus is paid in "
                    "March, deferred shares too.",
                ),
            ),
        ],
        **job(COMPLIANCE_ROLE, HK_HYBRID),
    ),
    C(
        "a teacher staying with her IB class till June 2027 vs a contract that ended June 2026",
        "cs",
        [
            TEACH(
                "Siobhan Kearney",
                1,
                mail(
                    date(2026, 10, 12),
                    "I'd love to hear more, but I won't break my contract mid-year - I owe my "
                    "DP2s their May exams. My contract runs to June 2027, so August 2027 "
                    "starts only, please.",
                ),
            ),
            TEACH(
                "Fionnuala Breslin",
                2,
                mail(
                    date(2026, 2, 9),
                    "I'd love to hear more, but I won't break my contract mid-year. It runs "
                    "to June 2026, so August 2026 starts only, please.",
                ),
            ),
        ],
        **job(TEACHER_ROLE, DOHA),
    ),
    C(
        "on a hitch offshore till 18 December vs a hitch that ended in October",
        "cs",
        [
            PE(
                "Grant Pienaar",
                1,
                crm(
                    date(2026, 11, 16),
                    "cand on hitch on the platform till 18 Dec, no signal most days. call "
                    "when he's back on the beach, not before.",
                ),
            ),
            PE(
                "Ruan Oosthuysen",
                2,
                crm(
                    date(2026, 9, 28),
                    "cand on hitch till 20 Oct, patchy signal. call when he's back on the beach.",
                ),
            ),
        ],
        **job(PE_ROLE, ABU_DHABI),
    ),
    C(
        "Vietnamese: after Tet for the Tet bonus, said in October vs said in November 2025",
        "backend",
        [
            DEV.at("Ho Chi Minh City, Vietnam")(
                "Nguyễn Thành Đạt",
                1,
                chat(
                    date(2026, 10, 26),
                    "sau Tết em mới tính chuyện nhảy việc nha, còn chờ thưởng Tết",
                ),
            ),
            DEV.at("Ho Chi Minh City, Vietnam")(
                "Phạm Quốc Huy",
                2,
                chat(
                    date(2025, 11, 17), "sau Tết em mới tính chuyện nhảy việc nha, chờ thưởng Tết"
                ),
            ),
        ],
        **job({}, HCMC_HYBRID),
    ),
    C(
        "Malay: only after Hari Raya, said in November vs said in January, Raya since passed",
        "data_eng",
        [
            DATA.at("Kuala Lumpur, Malaysia")(
                "Nurul Izzati Rosli",
                1,
                said=[
                    ("Lepas Raya baru saya boleh pindah, nak tunggu bonus dulu.", date(2026, 11, 2))
                ],
            ),
            DATA.at("Kuala Lumpur, Malaysia")(
                "Faizal Hakimi Zulkifli",
                2,
                said=[("Lepas Raya baru boleh pindah, tunggu bonus dulu ya.", date(2026, 1, 12))],
            ),
        ],
        **job({}, KL_HYBRID),
    ),
]

# --- 3. schedule, travel, visa and transfer, contract and hours, commute --------------------

OFFSHORE_28 = dict(
    PE_ROLE,
    description="Offshore production engineer on a 28/28 rotation, helicopter from Abu Dhabi "
    "to the platform; flights home every rotation.",
)
SIX_DAY_SITE = dict(
    PM_ROLE,
    description="Deliver a mixed-use tower from enabling works to handover. Six-day working "
    "week on site, Saturday to Thursday.",
)
LATE_FNB = dict(
    FNB_ROLE,
    description="Run seven outlets and banqueting. The director is on the floor through dinner "
    "service and closes the rooftop bar most nights, often after 1am.",
)
ULR_CREW = dict(
    CREW_ROLE,
    description="Lead the premium cabins on ultra-long-haul routes (Auckland, Los Angeles, "
    "São Paulo), most departing between midnight and 3am.",
)
THREE_SHIFT_QE = dict(
    QE_ROLE,
    description="工場の品質保証。三交替勤務（夜勤あり）。Incoming and in-line quality on a "
    "three-shift line, nights included.",
)
ONCALL_SRE = dict(
    title="Senior SRE",
    department="Platform",
    seniority="senior",
    requirements="Kubernetes\nTerraform\nGo\nPrometheus\nGCP",
    description="Keep the payments platform up; one week in five on call (24/7 pager).",
)

SCHEDULE = [
    C(
        "14/14 only now vs 28/28 suits him, a 28/28 offshore rotation",
        "cs",
        [
            PE(
                "Hendrik Joubert",
                0,
                call(
                    60,
                    "spk to cand. 12 yrs PE, ESP and gas lift, knows the Upper Zakum kit. "
                    "wants to stay in AD. only 14/14 now - won't do 28 days away again, kids "
                    "are 3 and 5. gratuity ok at current co, notice 30 days.",
                ),
            ),
            PE(
                "Callum Baird",
                2,
                call(
                    60,
                    "spk to cand. 12 yrs PE, ESP and gas lift, knows the Upper Zakum kit. "
                    "28/28 suits him, flies home to Aberdeen every field break. notice 30 days.",
                ),
            ),
        ],
        **job(OFFSHORE_28, ABU_DHABI),
    ),
    C(
        "done with six-day weeks vs six days is normal on site, a Saturday-to-Thursday site",
        "cs",
        [
            PM(
                "Imran Qureshi",
                0,
                said=["Done with six-day weeks after 9 years of them. Five days max, Fri-Sat off."],
            ),
            PM(
                "Faisal Mahmood",
                2,
                said=["Six days a week is normal on site in KSA, he has no issue with it."],
            ),
        ],
        **job(SIX_DAY_SITE, RIYADH),
    ),
    C(
        "a past hotel's 3am closes he enjoyed vs home by 9pm from now on, late-closing F&B",
        "cs",
        [
            FNB(
                "Lorenzo Bassi",
                2,
                call(
                    45,
                    "At the Palm property they had him closing the beach club at 3am five nights "
                    "a week. Says that is where F&B happens and he misses it in his current "
                    "corporate job.",
                ),
            ),
            FNB(
                "Matteo Ferraris",
                0,
                call(
                    45,
                    "Wife has put her foot down - no more closing shifts, he wants to be home "
                    "by 9pm. Looking at cluster or pre-opening office roles with day hours.",
                ),
            ),
        ],
        **job(LATE_FNB, DUBAI),
    ),
    C(
        "no more ultra-long-haul night departures vs bids for them, a ULR crew role",
        "cs",
        [
            CREW(
                "Jessa Manalastas",
                0,
                mail(
                    70,
                    "I'm sorry but no more ULR for me - the 17-hour Auckland turns with 2am "
                    "departures wrecked my sleep for two years. Short and medium haul only.",
                ),
            ),
            CREW(
                "Kristine Villanueva",
                2,
                mail(
                    70,
                    "Yes please! I bid for Auckland and LA every month, the 2am departures "
                    "don't bother me at all.",
                ),
            ),
        ],
        **job(ULR_CREW, DUBAI),
    ),
    C(
        "Japanese: day shift only, no nights vs has done three shifts, nights fine",
        "cs",
        [
            QE.at("Nagoya, Japan")(
                "Kitamura Shota", 0, said=["夜勤NG。日勤のみ希望（子どもが小さいため）。"]
            ),
            QE.at("Nagoya, Japan")("Ogura Daisuke", 2, said=["三交替の経験あり、夜勤も問題なし。"]),
        ],
        **job(THREE_SHIFT_QE, dict(remote_policy="onsite", location="Toyota, Aichi, Japan")),
    ),
    C(
        "Korean: won't take a role with on-call vs on-call fine if it is paid",
        "sre",
        [
            SRE(
                "Hwang Do-yoon",
                0,
                chat(30, "온콜 있는 자리는 안 갈래요. 지금 회사도 온콜 때문에 나가는 거라서요."),
            ),
            SRE("Kwon Tae-hyun", 2, chat(30, "온콜 괜찮아요, 수당만 제대로 나오면요 ㅎㅎ")),
        ],
        **job(ONCALL_SRE, SEOUL),
    ),
]

GCC_COVERAGE = dict(
    RM_ROLE,
    description="Cover Saudi, Kuwaiti and Bahraini families from Dubai; about 40% of the time "
    "on the road in the region.",
)
NEOM_FLYING = dict(
    PM_ROLE,
    description="Project manager for a resort package; based in Riyadh with weekly site visits "
    "to NEOM and AlUla (flights provided).",
)
CLUSTER_GM = dict(
    GM_ROLE,
    title="Cluster General Manager",
    description="Cluster GM for three resorts in Kuala Lumpur, Penang and Langkawi, moving "
    "between them most weeks.",
)
SUPPLIER_TRIPS = dict(
    QE_ROLE,
    description="サプライヤー品質管理。ベトナム・タイの取引先工場へ月1週間程度の海外出張あり。",
)
SEA_PRODUCT = dict(
    PRODUCT_ROLE,
    description="Own the wallet roadmap for Indonesia and Vietnam; a week in Jakarta or Ho Chi "
    "Minh City every quarter.",
)

TRAVEL = [
    C(
        "new baby, a couple of trips a year at most vs misses being on the road, 40% GCC travel",
        "sales",
        [
            RM.at("Dubai, UAE")(
                "Rania Haddad",
                0,
                call(
                    50,
                    "new baby in Sept. max a couple of trips a year now, no more Riyadh "
                    "every other week.",
                ),
            ),
            RM.at("Dubai, UAE")(
                "Lina Khoury",
                2,
                call(
                    50,
                    "misses being on the road - happy to cover KSA and Kuwait, says the "
                    "clients there only trust face time.",
                ),
            ),
        ],
        **job(GCC_COVERAGE, DIFC_HYBRID),
    ),
    C(
        "swore off weekly flying after his last job vs took weekly flights in his stride",
        "cs",
        [
            PM(
                "Marwan Barakat",
                0,
                call(
                    40,
                    "At his last job he flew Riyadh-Tabuk every week for two years. Hated it, "
                    "swore never again - wants one site he can drive to.",
                ),
            ),
            PM(
                "Ziad Nasser",
                2,
                call(
                    40,
                    "At his last job he flew Riyadh-Tabuk every week for two years and took "
                    "it in his stride. Happy with the same again.",
                ),
            ),
        ],
        **job(NEOM_FLYING, RIYADH),
    ),
    C(
        "Malay: one property only, no travelling vs used to covering three hotels",
        "cs",
        [
            GM.at("Kuala Lumpur, Malaysia")(
                "Azman Ismail",
                0,
                chat(
                    35,
                    "Saya nak stay satu property saja, tak nak travel banyak. Anak-anak "
                    "masih kecil.",
                ),
            ),
            GM.at("Kuala Lumpur, Malaysia")(
                "Hafiz Rahman",
                2,
                chat(35, "Travel ok je, dah biasa cover tiga hotel masa kat Sabah dulu."),
            ),
        ],
        **job(CLUSTER_GM, KL),
    ),
    C(
        "Japanese: no business trips at all (caring for a parent) vs a week a month abroad is fine",
        "cs",
        [
            QE("Sakaguchi Yui", 0, said=["出張は一切できません（親の介護のため）。"]),
            QE("Morikawa Aoi", 2, said=["海外出張は月1週間程度なら問題ありません。"]),
        ],
        **job(SUPPLIER_TRIPS, YOKOHAMA),
    ),
    C(
        "her husband can't travel, she can vs she can't travel, quarterly trips abroad",
        "cs",
        [
            PROD(
                "Priya Venkatachalam",
                2,
                call(
                    55,
                    "Her husband is the one grounded - his job at the hospital means no travel "
                    "for him - so she handles the trips in the family. A week in Jakarta "
                    "every quarter is fine for her.",
                ),
            ),
            PROD(
                "Deepa Krishnamurthy",
                0,
                call(
                    55,
                    "Her husband's job at the hospital keeps him on call, so she can't travel "
                    "at all - no overnight trips, kids to pick up every day.",
                ),
            ),
        ],
        **job(SEA_PRODUCT, SG_HYBRID),
    ),
]

SG_LOCALS = (
    "Open to Singapore Citizens and PRs only; we cannot support Employment Pass applications."
)
IQAMA_ONLY = "Local hire only: a transferable iqama is required, no new visas this year."
HK_RTW = "You must have the right to work in Hong Kong; we do not sponsor work visas."

VISA = [
    C(
        "on an EP, needs a new one vs a PR since 2019, a citizens-and-PRs-only role",
        "cs",
        [
            CO(
                "Arvind Subramaniam",
                0,
                crm(
                    45,
                    "EP holder w/ current bank, would need a fresh EP from next employer. "
                    "COMPASS pts ok he thinks.",
                ),
            ),
            CO("Shalini Pillai", 2, crm(45, "SPR since 2019, no pass needed. 2 months notice.")),
        ],
        **job(dict(COMPLIANCE_ROLE, description="AML advisory and KYC. " + SG_LOCALS), SG_HYBRID),
    ),
    C(
        "Saudi: sponsor won't release his iqama vs iqama transferable, release signed",
        "cs",
        [
            PM(
                "Rizwan Chaudhry",
                0,
                call(
                    30,
                    "cand keen. problem: current sponsor won't release him, iqama can't be "
                    "transferred - he'd have to take final exit and come back on a new visa.",
                ),
            ),
            PM(
                "Salman Akhtar",
                2,
                call(
                    30,
                    "cand keen. iqama transferable, past his first year, employer has already "
                    "signed the release on Qiwa.",
                ),
            ),
        ],
        **job(dict(PM_ROLE, description="Deliver a hotel tower in Riyadh. " + IQAMA_ONLY), RIYADH),
    ),
    C(
        "Hong Kong: mainland passport, would need a work visa vs permanent HKID",
        "sales",
        [
            RM.at("Shenzhen, China")(
                "Liang Haoran",
                0,
                call(
                    50,
                    "lives in Shenzhen, mainland passport - would need a GEP work visa "
                    "sponsored to work in HK. Book mostly Guangdong clients.",
                ),
            ),
            RM.at("Shenzhen, China")(
                "Ho Wing Sze",
                2,
                call(
                    50,
                    "lives in Shenzhen, commutes over the border - HK permanent ID "
                    "holder, no visa needed. Book mostly Guangdong clients.",
                ),
            ),
        ],
        **job(dict(RM_ROLE, description="Cover GBA families. " + HK_RTW), HONG_KONG),
    ),
    C(
        "Japanese: a spouse visa with no work limits vs needs a work visa sponsored",
        "backend",
        [
            DEV.at("Tokyo, Japan")(
                "Camille Fournier-Sato",
                2,
                said=["配偶者ビザなので就労制限はありません。すぐ働けます。"],
            ),
            DEV.at("Tokyo, Japan")(
                "Mateus Oliveira",
                0,
                said=["転職には就労ビザ（技術・人文知識・国際業務）のスポンサーが必要です。"],
            ),
        ],
        **job({}, TOKYO_HYBRID, description="決済基盤のバックエンド開発。ビザサポートなし。"),
    ),
    C(
        "Qatar: a cousin's NOC trouble, his own release is fine vs his employer refuses release",
        "cs",
        [
            TEACH(
                "Omar Farooq",
                2,
                call(
                    40,
                    "cand worried because his cousin got stuck without a release last year - "
                    "but his own school has no issue, has said in writing he can move in "
                    "August. QID valid to 2028.",
                ),
            ),
            TEACH(
                "Bilal Siddiqui",
                0,
                call(
                    40,
                    "cand's school refuses to release him before his contract ends; he'd have "
                    "to leave Qatar and re-enter on a new visa. QID valid to 2028.",
                ),
            ),
        ],
        **job(
            dict(
                TEACHER_ROLE,
                description="IB maths. Candidates must be in Qatar with a "
                "transferable QID; no new visas.",
            ),
            DOHA,
        ),
    ),
    C(
        "Korean: an F-6 visa, no restrictions vs an E-7 tied to his company",
        "sre",
        [
            SRE("Daniel Okoye", 2, crm(40, "F-6 (결혼비자) 보유 - 취업 제한 없음. 한국어 중급.")),
            SRE("Pavel Smirnov", 0, crm(40, "E-7 비자, 현 회사 스폰서 - 이직 시 새 E-7 필요.")),
        ],
        **job(
            {},
            SEOUL_HYBRID,
            description="플랫폼 운영. 내국인 또는 F비자 소지자만 지원 가능 (비자 스폰서 불가).",
        ),
    ),
]

CONTRACTOR_DAY_RATE = dict(
    PE_ROLE,
    title="Senior Production Engineer (contract, day rate)",
    description="Twelve-month contract via our agency payroll, day rate, no end-of-service "
    "gratuity; bachelor status.",
)
PART_TIME_MATHS = dict(
    TEACHER_ROLE,
    title="Teacher of Mathematics (0.6 FTE)",
    description="Part-time, three days a week: IGCSE and IB DP mathematics.",
)
FIXED_TERM_QE = dict(
    QE_ROLE,
    title="品質保証エンジニア（契約社員・1年更新）",
    description="契約社員（1年ごとの更新）。Fixed-term, renewed yearly.",
)
PERMANENT_SRE = dict(
    ONCALL_SRE,
    title="Senior SRE (정규직)",
    description="정규직 채용. Permanent, full-time platform role.",
)
COVER_CONTRACT = dict(
    COMPLIANCE_ROLE,
    title="AML Compliance Manager (12-month contract)",
    description="Twelve-month maternity cover; AML advisory and KYC quality.",
)

CONTRACT = [
    C(
        "staff only, wants gratuity and family status vs day rate via an agency is fine",
        "cs",
        [
            PE.at("Al Khobar, Saudi Arabia")(
                "Stuart Galbraith",
                0,
                call(
                    35,
                    "staff positions only - wants EOSB, family status, schooling. "
                    "won't go back on a contractor payroll.",
                ),
            ),
            PE.at("Al Khobar, Saudi Arabia")(
                "Neil Buchanan",
                2,
                call(
                    35,
                    "day rate via agency is fine, doesn't care about gratuity, "
                    "family stays in Perth anyway.",
                ),
            ),
        ],
        **job(CONTRACTOR_DAY_RATE, KHOBAR),
    ),
    C(
        "wants three days a week (twins) vs needs full-time for the rent, a 0.6 post",
        "cs",
        [
            TEACH(
                "Harriet Lockwood",
                2,
                mail(
                    60,
                    "Honestly the dream would be part-time, three days - the twins "
                    "start KG1 in August.",
                ),
            ),
            TEACH(
                "Imogen Radcliffe",
                0,
                mail(60, "I need a full-time post - 0.6 wouldn't cover the rent in West Bay."),
            ),
        ],
        **job(PART_TIME_MATHS, DOHA),
    ),
    C(
        "Japanese: permanent staff only vs a fixed-term contract is fine",
        "cs",
        [
            QE("Fujimoto Kenta", 0, said=["正社員のみ希望です。契約社員は考えていません。"]),
            QE("Nishiyama Haruto", 2, said=["契約社員でも問題ありません。仕事内容次第です。"]),
        ],
        **job(FIXED_TERM_QE, YOKOHAMA),
    ),
    C(
        "Korean: permanent only vs freelance only, a permanent role",
        "sre",
        [
            SRE("Lim Jae-won", 2, said=["정규직만 봅니다. 계약직은 안 해요."]),
            SRE("Shin Yu-na", 0, said=["프리랜서로만 일하고 싶어요. 정규직은 이제 싫어요."]),
        ],
        **job(PERMANENT_SRE, SEOUL),
    ),
    C(
        "12-month contracts suit her vs perm only, a maternity cover",
        "cs",
        [
            CO.at("Hong Kong")(
                "Vanessa Leung",
                2,
                call(
                    45,
                    "she likes 12-month contracts - takes 2-3 months off between to "
                    "travel. contract is fine.",
                ),
            ),
            CO.at("Hong Kong")(
                "Cheryl Kwok",
                0,
                call(
                    45,
                    "perm only. won't leave a perm job at a bank for a contract, "
                    "mortgage in Tseung Kwan O.",
                ),
            ),
        ],
        **job(COVER_CONTRACT, HK_HYBRID),
    ),
]

JAFZA = dict(remote_policy="onsite", location="Jebel Ali Free Zone, Dubai, UAE")
TUAS = dict(remote_policy="onsite", location="Tuas, Singapore")
CIKARANG = dict(remote_policy="onsite", location="Cikarang, Bekasi, Indonesia")
MARINA_BAY = dict(remote_policy="onsite", location="Marina Bay, Singapore")

COMMUTE = [
    C(
        "Sharjah to Jebel Ali: 45 minutes' drive at most vs already drives it daily",
        "cs",
        [
            QE.at("Sharjah, UAE")(
                "Vivek Menon",
                0,
                call(
                    40,
                    "lives in Sharjah (Al Nahda). max 45 min drive each way - JAFZA is "
                    "1.5 hrs in traffic, won't do it.",
                ),
            ),
            QE.at("Sharjah, UAE")(
                "Jomon Thomas",
                2,
                call(
                    40,
                    "lives in Sharjah (Al Nahda), drives to Jebel Ali every day already, "
                    "doesn't mind the E311.",
                ),
            ),
        ],
        **job(dict(QE_ROLE, description="Incoming quality for a JAFZA assembly plant."), JAFZA),
    ),
    C(
        "Japanese: an hour's commute at most, Funabashi to Yokohama vs the commute doesn't matter",
        "cs",
        [
            QE.at("Funabashi, Chiba, Japan")(
                "Takeuchi Mao",
                0,
                said=["通勤は片道1時間以内が条件です。船橋から横浜は厳しいです。"],
            ),
            QE.at("Funabashi, Chiba, Japan")(
                "Hoshino Rin",
                2,
                said=["通勤時間は気にしません。電車で本が読めるので。"],
            ),
        ],
        **job(QE_ROLE, YOKOHAMA),
    ),
    C(
        "Bahasa: won't go to Cikarang, the traffic vs Cikarang is fine, there's a shuttle bus",
        "cs",
        [
            QE.at("South Jakarta, Indonesia")(
                "Dimas Prasetyo",
                0,
                chat(30, "Maaf pak, tidak mau ke Cikarang, macet parah dari Jaksel. Max 1 jam."),
            ),
            QE.at("South Jakarta, Indonesia")(
                "Rizky Ramadhan",
                2,
                chat(30, "Cikarang oke pak, ada bus jemputan dari Cawang kan?"),
            ),
        ],
        **job(QE_ROLE, CIKARANG),
    ),
    C(
        "Woodlands to Tuas is too far on the MRT vs drives, Tuas is fine",
        "backend",
        [
            DEV.at("Woodlands, Singapore")(
                "Muhammad Hafiz Osman",
                0,
                call(
                    25,
                    "anywhere but the far west pls - Tuas from Woodlands is 1.5h each way "
                    "on the MRT.",
                ),
            ),
            DEV.at("Woodlands, Singapore")(
                "Benjamin Goh",
                2,
                call(25, "Tuas is fine, he drives and beats the jam on the KJE."),
            ),
        ],
        **job({}, TUAS),
    ),
    C(
        "his wife's CBD commute vs his own CBD commute, a Marina Bay office",
        "backend",
        [
            DEV.at("Jurong West, Singapore")(
                "Ng Jun Kai",
                2,
                call(
                    35,
                    "his wife hates her commute into the CBD; he doesn't mind Marina Bay "
                    "at all, reads on the East-West line.",
                ),
            ),
            DEV.at("Jurong West, Singapore")(
                "Lim Zhi Hao",
                0,
                call(
                    35,
                    "he hates the commute into the CBD - wants something near Jurong, 15 min max.",
                ),
            ),
        ],
        **job({}, MARINA_BAY),
    ),
]

# --- 4. pay against the band: monthly tax-free, annual, with a 13th or 14th month -----------

PAY = [
    C(
        "AED 65k a month at least vs AED 48k a month works, an AED 45-50k monthly package",
        "cs",
        [
            GM(
                "Sultan Al Hammadi",
                0,
                call(
                    30,
                    "won't move for less than AED 65k a month "
                    "all-in, tax free. current package 58k.",
                ),
            ),
            GM(
                "Rashid Al Nuaimi",
                2,
                call(
                    30,
                    "AED 48k a month all-in works for him, "
                    "schooling for one covered at current property.",
                ),
            ),
        ],
        **job(
            GM_ROLE,
            DUBAI,
            salary_min=540_000,
            salary_max=600_000,
            currency="AED",
            offers=["AED 45,000-50,000 a month all-in, tax free"],
        ),
    ),
    C(
        "on SAR 30k wanting 20% more vs on SAR 42k wanting 15% more, a SAR 35-40k band",
        "cs",
        [
            PM("Adel Al Harbi", 2, call(35, "current SAR 30k/month package. needs 20% to move.")),
            PM("Fahad Al Otaibi", 0, call(35, "current SAR 42k/month package. needs 15% to move.")),
        ],
        **job(
            PM_ROLE,
            RIYADH,
            salary_min=420_000,
            salary_max=480_000,
            currency="SAR",
            offers=["SAR 35,000-40,000 a month package, housing included"],
        ),
    ),
    C(
        "Japanese: ¥14M or more vs ¥10M is enough, a ¥9-11M role",
        "cs",
        [
            QE("Okabe Shunsuke", 0, said=["希望年収は1400万円以上です。"]),
            QE("Tsuchiya Kohei", 2, said=["年収1000万円あれば十分です。"]),
        ],
        **job(QE_ROLE, YOKOHAMA, salary_min=9_000_000, salary_max=11_000_000, currency="JPY"),
    ),
    C(
        "Korean: 90 million won or more vs 75 million is enough, a 70-80 million band",
        "sre",
        [
            SRE("Moon Sung-min", 0, said=["연봉 9천 이상 희망합니다. 그 아래는 이직 안 해요."]),
            SRE("Yoo Jae-suk", 2, said=["연봉 7천5백이면 충분해요."]),
        ],
        **job({}, SEOUL_HYBRID, salary_min=70_000_000, salary_max=80_000_000, currency="KRW"),
    ),
    C(
        "HK$130k a month floor vs HK$90k a month fine, a HK$80-95k x13 role",
        "sales",
        [
            RM(
                "Cheung Lok Yin",
                0,
                call(40, "floor HK$130k/month base, not moving for less. current base 118k."),
            ),
            RM(
                "Wong Hiu Tung",
                2,
                call(
                    40,
                    "HK$90k/month base + 13th month is fine, "
                    "wants the platform more than the money.",
                ),
            ),
        ],
        **job(
            RM_ROLE,
            HONG_KONG,
            salary_min=1_040_000,
            salary_max=1_235_000,
            currency="HKD",
            offers=["HK$80,000-95,000 a month, 13 months"],
        ),
    ),
    C(
        "Chinese: a monthly ask of 35k vs a package of at least a million, a 40-50k x14 role",
        "cs",
        [
            PROD.at("Shanghai, China")("Sun Jiaqi", 2, chat(40, "月薪期望3万5左右，可以谈。")),
            PROD.at("Shanghai, China")("Xu Haoyu", 0, chat(40, "年包至少100万，低于这个不考虑。")),
        ],
        **job(
            PRODUCT_ROLE,
            SHANGHAI,
            salary_min=560_000,
            salary_max=700_000,
            currency="CNY",
            offers=["月薪4-5万，14薪"],
        ),
    ),
    C(
        "Bahasa: asking 70 juta a month vs 40 juta is fine, a 35-45 juta band",
        "backend",
        [
            DEV.at("Jakarta, Indonesia")(
                "Andika Pratama",
                0,
                chat(
                    30, "Ekspektasi saya 70 juta per bulan nett, pak. Kurang dari itu belum bisa."
                ),
            ),
            DEV.at("Jakarta, Indonesia")(
                "Yoga Saputra",
                2,
                chat(30, "40 juta gross sudah oke pak, yang penting remote 2 hari."),
            ),
        ],
        **job(
            {},
            JAKARTA_HYBRID,
            salary_min=420_000_000,
            salary_max=540_000_000,
            currency="IDR",
            offers=["IDR 35-45 juta per bulan + THR"],
        ),
    ),
    C(
        "Vietnamese: 120 million net a month vs 70 million gross is fine, a 60-80 million band",
        "backend",
        [
            DEV.at("Ho Chi Minh City, Vietnam")(
                "Võ Đức Trí",
                0,
                chat(35, "Em mong muốn 120 triệu/tháng net ạ, thấp hơn thì em chưa đổi việc."),
            ),
            DEV.at("Ho Chi Minh City, Vietnam")(
                "Đặng Văn Nam", 2, chat(35, "70 triệu gross là ổn với em ạ.")
            ),
        ],
        **job(
            {},
            HCMC_HYBRID,
            salary_min=720_000_000,
            salary_max=960_000_000,
            currency="VND",
            offers=["60-80 triệu VND/tháng gross, thưởng tháng 13"],
        ),
    ),
    C(
        "on SGD 14k but would take 11k to leave banking vs won't drop below 14k, a 10-12k band",
        "cs",
        [
            CO(
                "Jasmine Tan Li Ping",
                2,
                call(
                    45,
                    "on SGD 14k/month at the bank now, but would "
                    "take 11k to get out of banking into a fintech.",
                ),
            ),
            CO(
                "Rachel Ong Shu Fen",
                0,
                call(
                    45,
                    "on SGD 14k/month at the bank now, won't drop "
                    "below that - HDB loan and two kids.",
                ),
            ),
        ],
        **job(
            dict(COMPLIANCE_ROLE, description="AML at a digital wallet, not a bank."),
            SG_HYBRID,
            salary_min=130_000,
            salary_max=156_000,
            currency="SGD",
            offers=["SGD 10,000-12,000 a month, AWS (13th month)"],
        ),
    ),
    C(
        "needs QAR 25k a month vs QAR 17k plus housing and tuition is plenty, a 16-19k post",
        "cs",
        [
            TEACH(
                "Eleanor Pemberton",
                0,
                mail(50, "To be frank I'd need QAR 25k a month to make a move worthwhile."),
            ),
            TEACH(
                "Georgina Aldridge",
                2,
                mail(50, "17k a month with housing and the kids' tuition would be more than fine."),
            ),
        ],
        **job(
            TEACHER_ROLE,
            DOHA,
            salary_min=192_000,
            salary_max=228_000,
            currency="QAR",
            offers=["QAR 16,000-19,000 a month tax free", "Housing and tuition for two children"],
        ),
    ),
]

# --- 5. work mode said in one place of the role only ----------------------------------------

WORK_MODE = [
    C(
        "policy field only: moved back to Ipoh, wants remote vs hates working from home",
        "data_eng",
        [
            DATA.at("Ipoh, Malaysia")(
                "Lee Mei Chen",
                2,
                call(30, "moved back to Ipoh to be near her parents - fully remote only now."),
            ),
            DATA.at("Ipoh, Malaysia")(
                "Chong Kar Wai",
                0,
                call(30, "hates WFH, wants an office and people around him, 5 days fine."),
            ),
        ],
        **job({}, dict(remote_policy="remote", location="Remote (Malaysia)")),
    ),
    C(
        "title only says hybrid: remote only from Ras Al Khaimah vs hybrid suits her",
        "cs",
        [
            PROD.at("Ras Al Khaimah, UAE")(
                "Noor Al Sayegh",
                0,
                mail(
                    45,
                    "I'm only looking at "
                    "fully remote roles - RAK to Dubai every day is not happening.",
                ),
            ),
            PROD.at("Ras Al Khaimah, UAE")(
                "Hessa Al Marri", 2, mail(45, "Hybrid suits me, three days in town is doable.")
            ),
        ],
        **job(
            dict(PRODUCT_ROLE, title="Senior Product Manager (Hybrid, 3 days DIFC)"),
            dict(location="Dubai, UAE"),
        ),
    ),
    C(
        "Japanese description only says fully remote: moved to Nagano vs wants the office",
        "backend",
        [
            DEV.at("Matsumoto, Nagano, Japan")(
                "Aoyama Sora", 2, said=["長野に移住済み。フルリモート希望です。"]
            ),
            DEV.at("Matsumoto, Nagano, Japan")(
                "Hirano Yuto", 0, said=["出社したいです。在宅は孤独で。"]
            ),
        ],
        **job({}, dict(location="Tokyo, Japan"), description="決済APIの開発。フルリモート可。"),
    ),
    C(
        "Korean offers only say office every day: 100% remote only vs prefers the office",
        "sre",
        [
            SRE("Han So-yeon", 0, said=["재택 100%만 가능해요. 출근은 어렵습니다."]),
            SRE("Oh Min-seok", 2, said=["출근 선호합니다. 집에서는 집중이 안 돼요."]),
        ],
        **job({}, dict(location="Seoul, South Korea"), offers=["주 5일 사무실 출근 (판교)"]),
    ),
    C(
        "offers only say work from anywhere in Vietnam: wants full remote vs likes the office",
        "backend",
        [
            DEV.at("Da Nang, Vietnam")(
                "Huỳnh Gia Bảo", 2, chat(30, "em muốn làm remote hoàn toàn, đang ở Đà Nẵng ạ")
            ),
            DEV.at("Da Nang, Vietnam")(
                "Bùi Thanh Tùng",
                0,
                chat(30, "em thích lên văn phòng hơn, làm ở nhà không tập trung"),
            ),
        ],
        **job({}, dict(location="Vietnam"), offers=["Work from anywhere in Vietnam"]),
    ),
]

# --- 6. negation and scope ------------------------------------------------------------------

FAMILY_RIYADH = dict(
    PM_ROLE,
    description="Deliver a hotel tower in Riyadh. Family status, compound housing and school "
    "fees for two children.",
)
REGIONAL_TRIPS = dict(
    PRODUCT_ROLE,
    description="Own the wallet roadmap for Malaysia and Thailand, with a trip to Bangkok most "
    "months.",
)
LATE_LAUNCHES = dict(
    PRODUCT_ROLE,
    description="钱包产品负责人。Launch weeks and the Double 11 season run late into the evening.",
)

NEGATIONS = [
    C(
        "'not against 28/28, did it for years' vs 'against 28/28', a 28/28 rotation",
        "cs",
        [
            PE(
                "Willem Botha",
                2,
                call(
                    50,
                    "not against 28/28 at all, did it for six years in Angola. wife's used to it.",
                ),
            ),
            PE(
                "Gerrit Venter",
                0,
                call(50, "against 28/28 - tried it in Angola, nearly cost him his marriage."),
            ),
        ],
        **job(OFFSHORE_28, ABU_DHABI),
    ),
    C(
        "'money wasn't the issue, bachelor status was' vs the other way round",
        "cs",
        [
            PM.at("Dubai, UAE")(
                "Karim Haddadin",
                2,
                call(
                    60,
                    "turned down a KSA offer last yr - the money wasn't the issue, bachelor "
                    "status was. needs the family with him.",
                ),
            ),
            PM.at("Dubai, UAE")(
                "Hisham Saleh",
                0,
                call(
                    60,
                    "turned down a KSA offer last yr - bachelor status wasn't the issue, the "
                    "money was. needs SAR 60k+ to go.",
                ),
            ),
        ],
        **job(
            FAMILY_RIYADH,
            RIYADH,
            salary_min=420_000,
            salary_max=480_000,
            currency="SAR",
            offers=["SAR 35,000-40,000 a month", "Family status and compound housing"],
        ),
    ),
    C(
        "Japanese: 'it's not that I mind nights' vs 'I don't want nights', a three-shift line",
        "cs",
        [
            QE.at("Nagoya, Japan")(
                "Nakahara Kaito", 2, said=["夜勤が嫌なわけではないです。三交替も経験あり。"]
            ),
            QE.at("Nagoya, Japan")(
                "Uchida Sota", 0, said=["夜勤はもう嫌です。日勤の仕事を探しています。"]
            ),
        ],
        **job(THREE_SHIFT_QE, dict(remote_policy="onsite", location="Toyota, Aichi, Japan")),
    ),
    C(
        "didn't leave over the travel, left over the boss vs left because of the travel",
        "cs",
        [
            PROD.at("Kuala Lumpur, Malaysia")(
                "Tan Sook Yee",
                2,
                call(
                    40,
                    "didn't leave Grab because of the travel - loved the Bangkok trips. "
                    "left because of her boss.",
                ),
            ),
            PROD.at("Kuala Lumpur, Malaysia")(
                "Goh Siew Ling",
                0,
                call(
                    40,
                    "left Grab because of the travel - Bangkok every month, never again. "
                    "boss was fine.",
                ),
            ),
        ],
        **job(REGIONAL_TRIPS, KL_HYBRID),
    ),
    C(
        "Chinese: 'I don't mind overtime' vs 'no more overtime', late launch weeks",
        "cs",
        [
            PROD.at("Shanghai, China")(
                "Zhao Yiming", 2, chat(45, "加班我不介意，双十一那种节奏我习惯了。")
            ),
            PROD.at("Shanghai, China")(
                "Feng Xiaotong", 0, chat(45, "不想再加班了，想要准时下班的工作。")
            ),
        ],
        **job(LATE_LAUNCHES, SHANGHAI),
    ),
    C(
        "'not remote-only, three days in DIFC is fine' vs remote-only, a three-day hybrid",
        "cs",
        [
            CO.at("Dubai, UAE")(
                "Sara Al Zaabi",
                2,
                mail(
                    35, "Just so you know, I'm not remote-only - three days in DIFC is fine by me."
                ),
            ),
            CO.at("Dubai, UAE")(
                "Maryam Al Shehhi",
                0,
                mail(35, "Just so you know, I'm remote-only now - no office days."),
            ),
        ],
        **job(COMPLIANCE_ROLE, DIFC_HYBRID),
    ),
]

# --- 7. location and relocation, level, stage and size, industry and technology -------------

LOCATIONS = [
    C(
        "husband posted to Doha, family moving in January vs won't leave Dubai",
        "cs",
        [
            TEACH.at("Dubai, UAE")(
                "Charlotte Pennington",
                2,
                call(
                    50,
                    "husband's been posted "
                    "to Doha, the family moves in January - wants a school there for August.",
                ),
            ),
            TEACH.at("Dubai, UAE")(
                "Rebecca Ashdown",
                0,
                call(
                    50,
                    "won't leave Dubai - kids "
                    "settled at school in Al Barsha, husband's business is here.",
                ),
            ),
        ],
        **job(TEACHER_ROLE, DOHA),
    ),
    C(
        "would move to Jeddah with the family vs won't relocate to KSA",
        "cs",
        [
            GM(
                "Anil Mehrotra",
                2,
                call(
                    40,
                    "would move to Jeddah with wife and kids if "
                    "there's a compound with a good school. open to it.",
                ),
            ),
            GM(
                "Sanjay Malhotra",
                0,
                call(
                    40,
                    "won't relocate to KSA. wife's job is in Dubai "
                    "and they just bought in Arabian Ranches.",
                ),
            ),
        ],
        **job(GM_ROLE, JEDDAH),
    ),
    C(
        "Japanese: can't transfer to Osaka vs wants to go back to Kansai",
        "cs",
        [
            QE("Iwasaki Naoki", 0, said=["大阪への転勤・転居は不可です（家を購入したため）。"]),
            QE("Maruyama Kenji", 2, said=["関西に戻りたいです。実家が京都なので。"]),
        ],
        **job(QE_ROLE, OSAKA),
    ),
    C(
        "her sister is moving to Singapore, she is staying in KL vs she is moving there",
        "cs",
        [
            PROD.at("Kuala Lumpur, Malaysia")(
                "Wong Pei Shan",
                0,
                call(
                    35,
                    "her sister's moving to Singapore in Feb; she's staying in KL, won't "
                    "cross the causeway, mum's here.",
                ),
            ),
            PROD.at("Kuala Lumpur, Malaysia")(
                "Lim Hui Wen",
                2,
                call(
                    35,
                    "she and her partner move to Singapore in Feb; wants to line up a job there.",
                ),
            ),
        ],
        **job(PRODUCT_ROLE, SG_HYBRID),
    ),
    C(
        "Korean: a Busan posting is hard, family in Seoul vs wants to go home to Busan",
        "sre",
        [
            SRE("Ahn Jung-woo", 0, said=["부산 근무는 어렵습니다. 가족이 다 서울에 있어서요."]),
            SRE("Cha Eun-woo", 2, said=["고향이 부산이라 내려가고 싶어요."]),
        ],
        **job({}, BUSAN),
    ),
    C(
        "wants to move back to Shenzhen near her parents vs won't relocate to the mainland",
        "sales",
        [
            RM(
                "Kwan Man Ying",
                2,
                call(
                    55,
                    "wants to move back to Shenzhen to be near her "
                    "parents, happy to build a book onshore.",
                ),
            ),
            RM("Tam Wai Kit", 0, call(55, "won't relocate to the mainland. HK or Singapore only.")),
        ],
        **job(dict(RM_ROLE, description="Build an onshore HNW book in the GBA."), SHENZHEN),
    ),
]

LEAD_SRE = dict(
    ONCALL_SRE,
    title="SRE 팀장 (Team Lead)",
    seniority="lead",
    description="SRE 팀 5명 리딩. Lead a team of five SREs: hiring, reviews, the roadmap.",
)
STAFF_IC = dict(
    title="Staff Engineer (individual contributor)",
    department="Engineering",
    seniority="staff",
    requirements="People management or tech lead experience\nPython\nSystem design",
    description="A hands-on staff role with no direct reports: design reviews and code.",
)

LEVEL = [
    C(
        "an EAM ready for his first GM chair vs an EAM who wants to stay hands-on",
        "cs",
        [
            EAM(
                "Rohan D'Souza",
                2,
                call(
                    40,
                    "ready for his first GM chair - runs the hotel "
                    "every time the GM travels, owner knows him.",
                ),
            ),
            EAM(
                "Clive Fernandes",
                0,
                call(
                    40,
                    "doesn't want a GM job - hates owner politics. "
                    "happy as no. 2, close to guests and the team.",
                ),
            ),
        ],
        **job(GM_ROLE, DUBAI),
    ),
    C(
        "a first officer chasing command vs one happy in the right seat, a captain's post",
        "cs",
        [
            FO(
                "Ahmed Raza Khan",
                2,
                mail(
                    60,
                    "I have my command minimums and I'm ready for the "
                    "left seat - a DEC post would be ideal.",
                ),
            ),
            FO(
                "Thabiso Molefe",
                0,
                mail(
                    60,
                    "Honestly I'm happy in the right seat, not chasing command - lifestyle first.",
                ),
            ),
        ],
        **job(CAPTAIN_ROLE, DUBAI),
    ),
    C(
        "Korean: wants a team-lead seat vs wants to stay hands-on, no managing",
        "sre",
        [
            SRE("Jeon Hye-jin", 2, said=["팀장 자리 원합니다. 리딩 경험을 쌓고 싶어요."]),
            SRE("Song Woo-jin", 0, said=["관리직은 싫어요. 실무만 계속 하고 싶습니다."]),
        ],
        **job(LEAD_SRE, SEOUL_HYBRID),
    ),
    C(
        "a manager wanting to go back to hands-on work vs one wanting to keep managing",
        "manager",
        [
            P(
                "Aditya Varma",
                "manager",
                2,
                "After three years managing, wants to go back to hands-on IC work - no reports.",
                location="Singapore",
            ),
            P(
                "Kelvin Seah Boon Heng",
                "manager",
                0,
                "Wants to keep managing people; next step is Head of Engineering.",
                location="Singapore",
            ),
        ],
        **job(STAFF_IC, SG_HYBRID),
    ),
    C(
        "tired of being number two on site vs wants to stay on the tools as a site engineer",
        "cs",
        [
            PM(
                "Yousef Al Amri",
                2,
                call(
                    45,
                    "tired of being number two - wants to run the whole project, client and all.",
                ),
            ),
            PM(
                "Hamza Khalil",
                0,
                call(
                    45,
                    "prefers site engineering - doesn't want client "
                    "meetings, claims or the monthly report.",
                ),
            ),
        ],
        **job(PM_ROLE, RIYADH),
    ),
]

STAGE_SIZE = [
    C(
        "Bahasa: wants a startup after a state bank vs wants a big, stable company",
        "cs",
        [
            PROD.at("Jakarta, Indonesia")(
                "Putri Maharani", 2, chat(40, "Mau coba startup, bosan 8 tahun di bank BUMN.")
            ),
            PROD.at("Jakarta, Indonesia")(
                "Sari Wulandari",
                0,
                chat(40, "Mau yang stabil aja, perusahaan besar. Trauma startup tutup."),
            ),
        ],
        **job(
            dict(PRODUCT_ROLE, description="Series A fintech, 40 people, wallet for SMEs."),
            JAKARTA_HYBRID,
        ),
    ),
    C(
        "Japanese: prefers big listed companies vs prefers startups, a large listed maker",
        "cs",
        [
            QE("Kobayashi Erika", 2, said=["大手志向です。安定した環境で長く働きたい。"]),
            QE("Matsuda Riku", 0, said=["ベンチャー志向です。大企業の稟議文化は合いません。"]),
        ],
        **job(
            dict(QE_ROLE, description="東証プライム上場の大手自動車部品メーカー。"),
            YOKOHAMA,
        ),
    ),
    C(
        "wants a national oil company vs done with government-linked companies",
        "cs",
        [
            PE(
                "Duncan Fraser",
                2,
                call(40, "wants a national oil company now - stability, pension, schooling."),
            ),
            PE(
                "Iain Robertson",
                0,
                call(
                    40,
                    "won't work for a government-linked co again - too slow, too many approvals.",
                ),
            ),
        ],
        **job(
            dict(PE_ROLE, description="Production engineer at the national oil company."), ABU_DHABI
        ),
    ),
    C(
        "wants a boutique after big boxes vs international chains only, a 40-key boutique",
        "cs",
        [
            GM.at("Bali, Indonesia")(
                "Pierre Lemaire",
                2,
                call(35, "wants a small boutique after twenty years of 300-key big boxes."),
            ),
            GM.at("Bali, Indonesia")(
                "Olivier Garnier",
                0,
                call(
                    35,
                    "international chains only "
                    "- Marriott, Hilton, IHG. the loyalty engine and the CV matter to him.",
                ),
            ),
        ],
        **job(
            dict(GM_ROLE, description="GM of a 40-key independent boutique resort in Ubud."),
            dict(remote_policy="onsite", location="Ubud, Bali, Indonesia"),
        ),
    ),
    C(
        "his startup folded but he'd join another vs only large corporates since it folded",
        "backend",
        [
            DEV.at("Hanoi, Vietnam")(
                "Đỗ Minh Quân",
                2,
                call(
                    35,
                    "last startup folded in May; "
                    "doesn't blame startups, would join another early-stage team tomorrow.",
                ),
            ),
            DEV.at("Hanoi, Vietnam")(
                "Ngô Văn Hải",
                0,
                call(
                    35,
                    "last startup folded in May; "
                    "only large corporates from now on - Viettel, FPT, banks.",
                ),
            ),
        ],
        **job(
            {},
            dict(remote_policy="hybrid", location="Hanoi, Vietnam"),
            description="Seed-stage logistics startup, 12 people.",
        ),
    ),
]

MISSION = [
    C(
        "Bahasa: won't work for a cigarette maker vs tobacco is no problem",
        "cs",
        [
            QE.at("Surabaya, Indonesia")(
                "Hendra Wijaya", 0, chat(30, "Maaf, saya tidak mau kerja di industri rokok.")
            ),
            QE.at("Surabaya, Indonesia")(
                "Eko Susanto",
                2,
                chat(30, "Rokok tidak masalah pak, dulu saya di pabrik kretek di Kediri."),
            ),
        ],
        **job(
            dict(QE_ROLE, description="Supplier quality at a kretek cigarette manufacturer."),
            dict(remote_policy="onsite", location="Surabaya, Indonesia"),
        ),
    ),
    C(
        "won't work in a casino resort vs integrated resorts are fine, a Macau casino resort",
        "cs",
        [
            FNB.at("Macau")(
                "Thibault Marchand",
                0,
                call(45, "won't work in a casino resort - personal thing, his dad gambled."),
            ),
            FNB.at("Macau")(
                "Sebastian Kraus",
                2,
                call(45, "integrated resorts fine, did four years at one in Singapore."),
            ),
        ],
        **job(
            dict(FNB_ROLE, description="F&B for an integrated casino resort on Cotai."),
            dict(remote_policy="onsite", location="Macau"),
        ),
    ),
    C(
        "wants out of oil into the energy transition vs upstream oil only, a geothermal project",
        "cs",
        [
            PE.at("Jakarta, Indonesia")(
                "Arief Nugroho",
                2,
                call(40, "wants out of oil - energy transition, geothermal or CCS ideally."),
            ),
            PE.at("Jakarta, Indonesia")(
                "Budi Santoso",
                0,
                call(40, "wants to stay upstream oil and gas. not interested in renewables."),
            ),
        ],
        **job(
            dict(PE_ROLE, description="Well performance for a geothermal power project."),
            JAKARTA,
        ),
    ),
    C(
        "won't do defence or weapons vs defence is fine, a defence contractor",
        "cs",
        [
            QE.at("Abu Dhabi, UAE")(
                "Joseph Mathew",
                0,
                call(30, "won't do defence or weapons work, ethical line for him."),
            ),
            QE.at("Abu Dhabi, UAE")(
                "Sunil Pillai",
                2,
                call(30, "defence is fine - did military aerospace QA in Bangalore."),
            ),
        ],
        **job(
            dict(
                QE_ROLE,
                description="Supplier quality for a defence contractor's munitions "
                "and guidance systems plant.",
            ),
            ABU_DHABI,
        ),
    ),
]

TECH = [
    C(
        "wants to move to Go vs Java and Spring only, a Go role",
        "backend",
        [
            DEV("Aaron Chua", 2, call(30, "wants to move to Go - been writing it on weekends.")),
            DEV("Marcus Quek", 0, call(30, "Java/Spring only, not interested in Go.")),
        ],
        **job(
            {},
            SG_HYBRID,
            requirements="Go\nPostgreSQL\nKafka\nAWS",
            description="Go microservices behind the card platform.",
        ),
    ),
    C(
        "AWS only, won't touch GCP vs keen on BigQuery, a GCP shop",
        "data_eng",
        [
            DATA(
                "Sim Kai Xiang",
                0,
                call(35, "AWS only - not touching GCP, doesn't want to reskill."),
            ),
            DATA("Toh Jia Hui", 2, call(35, "keen to get onto BigQuery and GCP.")),
        ],
        **job({}, SG_HYBRID, description="Own pipelines on GCP: BigQuery, Dataflow, Composer."),
    ),
    C(
        "wants to build with LLMs vs done with NLP hype, an LLM platform",
        "backend",
        [
            P(
                "Park Ji-soo",
                "ml",
                2,
                "LLM 쪽으로 커리어 전환하고 싶어요.",
                location="Seoul, South Korea",
            ),
            P(
                "Kang Dong-hyun",
                "ml",
                0,
                "LLM 유행은 질렸어요. 추천 시스템만 하고 싶습니다.",
                location="Seoul, South Korea",
            ),
        ],
        **job(
            {},
            SEOUL_HYBRID,
            title="Machine Learning Engineer, LLM Platform",
            department="Machine Learning",
            requirements="Python\nPyTorch\nMLOps\nLLM fine-tuning and serving",
            description="Fine-tune and serve large language models for search.",
        ),
    ),
    C(
        "wants mobile with React Native vs web only, a React Native role",
        "frontend",
        [
            P(
                "Ueda Natsuki",
                "frontend",
                2,
                "React Nativeでモバイルをやりたいです。",
                location="Tokyo, Japan",
            ),
            P(
                "Yamashita Ren",
                "frontend",
                0,
                "Webのみ希望です。モバイルはやりません。",
                location="Tokyo, Japan",
            ),
        ],
        **job(
            {},
            TOKYO_HYBRID,
            title="Senior React Native Engineer",
            description="Build the iOS and Android wallet app in React Native.",
        ),
    ),
]

# --- 8. last time's reason against this role, the history with us, the latest process -------

PAST_SINGLE_STATUS = dict(
    remote_policy="onsite",
    location="Dubai, UAE",
    salary_max=600_000,
    currency="AED",
    offers=["Single status only", "No schooling allowance"],
)
PAST_DUBAI_55K = dict(
    remote_policy="onsite", location="Dubai, UAE", salary_max=660_000, currency="AED"
)
PAST_28_28 = dict(remote_policy="onsite", location="Abu Dhabi, UAE", offers=["Offshore, 28/28"])
PAST_TOKYO_OFFICE = dict(
    remote_policy="onsite", location="Tokyo, Japan", offers=["週5日出社 (five days in the office)"]
)
PAST_TOKYO_10M = dict(
    remote_policy="hybrid", location="Tokyo, Japan", salary_max=10_000_000, currency="JPY"
)
PAST_WAKRAH = dict(remote_policy="onsite", location="Al Wakrah, Qatar")
PAST_SG_BANK = dict(
    remote_policy="onsite", location="Singapore", offers=["Five days in the office"]
)

RESOLVED = [
    C(
        "declined over single status and no school fees; this gives both vs an ask still above",
        "cs",
        [
            GM(
                "Nikolaos Papadakis",
                2,
                apps=[
                    declined(
                        320,
                        "compensation",
                        "Package was single status with no school fees - can't bring wife and "
                        "two kids on that.",
                        past=PAST_SINGLE_STATUS,
                        role="General Manager",
                    )
                ],
            ),
            GM(
                "Dimitris Georgiou",
                0,
                apps=[
                    declined(
                        320,
                        "compensation",
                        "Asked AED 70k a month; owner capped at 55k.",
                        past=PAST_DUBAI_55K,
                        role="General Manager",
                    )
                ],
            ),
        ],
        **job(
            GM_ROLE,
            DUBAI,
            salary_min=540_000,
            salary_max=600_000,
            currency="AED",
            offers=["Family status", "School fees for two children", "AED 45,000-50,000 a month"],
        ),
    ),
    C(
        "withdrew over 28/28, this is 14/14 vs withdrew over going offshore, still offshore",
        "cs",
        [
            PE(
                "Euan Gillespie",
                2,
                apps=[
                    withdrew(
                        200,
                        "other",
                        "Pulled out - 28/28 too long away from the kids; 14/14 would be fine.",
                        past=PAST_28_28,
                        role="Senior Production Engineer",
                    )
                ],
            ),
            PE(
                "Alasdair Munro",
                0,
                apps=[
                    withdrew(
                        200,
                        "other",
                        "Pulled out - onshore only now, no more helicopters after the ditching "
                        "drill went wrong.",
                        past=PAST_28_28,
                        role="Senior Production Engineer",
                    )
                ],
            ),
        ],
        **job(
            dict(PE_ROLE, description="Offshore production engineer on a 14/14 rotation."),
            ABU_DHABI,
            offers=["Offshore, 14/14 rotation"],
        ),
    ),
    C(
        "Japanese: declined five office days, this is hybrid vs declined at ¥10M, still ¥10M",
        "backend",
        [
            DEV.at("Tokyo, Japan")(
                "Sugimoto Haruka",
                2,
                apps=[
                    declined(
                        240,
                        "remote_policy",
                        "週5出社が条件だったため辞退。",
                        past=PAST_TOKYO_OFFICE,
                    )
                ],
            ),
            DEV.at("Tokyo, Japan")(
                "Kurata Yusuke",
                0,
                apps=[
                    declined(
                        240,
                        "compensation",
                        "希望年収1200万に対し上限1000万で辞退。",
                        past=PAST_TOKYO_10M,
                    )
                ],
            ),
        ],
        **job({}, TOKYO_HYBRID, salary_min=8_500_000, salary_max=10_000_000, currency="JPY"),
    ),
    C(
        "declined when her kids' tuition wasn't covered, now it is vs declined Al Wakrah again",
        "cs",
        [
            TEACH(
                "Jennifer Caldwell",
                2,
                apps=[
                    declined(
                        280,
                        "compensation",
                        "School wouldn't cover tuition for her two - deal-breaker.",
                        past=PAST_WAKRAH,
                        role="Teacher of Mathematics",
                    )
                ],
            ),
            TEACH(
                "Alison Prendergast",
                0,
                apps=[
                    declined(
                        280,
                        "location",
                        "Al Wakrah is 50 min each way from West Bay - wants a school near home.",
                        past=PAST_WAKRAH,
                        role="Teacher of Mathematics",
                    )
                ],
            ),
        ],
        **job(
            TEACHER_ROLE,
            dict(remote_policy="onsite", location="Al Wakrah, Qatar"),
            offers=["Free tuition for two children", "Housing allowance"],
        ),
    ),
    C(
        "declined an FO post with no upgrade, this is command vs wants wide-body, still A320",
        "cs",
        [
            FO(
                "Imtiaz Hussain",
                2,
                apps=[
                    declined(
                        300,
                        "experience_level",
                        "Post was FO with no command upgrade for five years - he wants the left "
                        "seat.",
                        role="A320 First Officer",
                    )
                ],
            ),
            FO(
                "Ricardo Mendes",
                0,
                apps=[
                    declined(
                        300,
                        "other",
                        "Wants wide-body only now - B777 or A350, no more narrow-body.",
                        role="A320 First Officer",
                    )
                ],
            ),
        ],
        **job(CAPTAIN_ROLE, DUBAI),
    ),
    C(
        "withdrew over five days in the bank, this is hybrid vs wanted out of banks, a bank again",
        "cs",
        [
            CO(
                "Melissa Chia",
                2,
                apps=[
                    withdrew(
                        180,
                        "remote_policy",
                        "Bank wanted 5 days in office - she needs 2 WFH days for her dad.",
                        past=PAST_SG_BANK,
                        role="AML Compliance Manager",
                    )
                ],
            ),
            CO(
                "Gwendolyn Sim",
                0,
                apps=[
                    withdrew(
                        180,
                        "other",
                        "Wants out of banking altogether - fintech or payments only.",
                        past=PAST_SG_BANK,
                        role="AML Compliance Manager",
                    )
                ],
            ),
        ],
        **job(
            dict(
                COMPLIANCE_ROLE, description="AML advisory at a regional bank's Singapore branch."
            ),
            SG_HYBRID,
        ),
    ),
]

LAST_TIME = [
    C(
        "a no-show at the owner's final vs rescheduled a day ahead, then pipped",
        "cs",
        [
            GM.at("Malé, Maldives")(
                "Ashwin Rao",
                0,
                apps=[
                    app(
                        150,
                        "final",
                        "withdrew",
                        "other",
                        "No-show for the owner's final interview - no call, no message. Owner "
                        "furious with us.",
                        role="Resort General Manager",
                    )
                ],
            ),
            GM.at("Malé, Maldives")(
                "Vikram Sethi",
                2,
                apps=[
                    final(
                        150,
                        "Rescheduled a day ahead - seaplane delayed - then pipped by one other.",
                        role="Resort General Manager",
                    )
                ],
            ),
        ],
        **job(GM_ROLE, DUBAI),
    ),
    C(
        "accepted, then reneged after the visa was started vs declined an offer honestly",
        "cs",
        [
            FNB(
                "Gianluca Rossetti",
                0,
                apps=[
                    app(
                        200,
                        "offer",
                        "withdrew",
                        "counteroffer",
                        "Accepted, then pulled out 3 days before joining after the client had "
                        "paid for his work permit - took a counter. Client won't see him again.",
                        role="Director of Food & Beverage",
                    )
                ],
            ),
            FNB(
                "Federico Marchetti",
                2,
                apps=[
                    declined(
                        200,
                        "other",
                        "Declined politely - his mother fell ill in Naples, needed to be home "
                        "for a year. Client understood.",
                        role="Director of Food & Beverage",
                    )
                ],
            ),
        ],
        **job(FNB_ROLE, DUBAI),
    ),
    C(
        "talked over the owner's family at dinner vs the owner loved him, lost on experience",
        "cs",
        [
            GM.at("Doha, Qatar")(
                "Bernard Hollings",
                0,
                apps=[
                    app(
                        250,
                        "final",
                        "rejected",
                        "culture_fit",
                        "Dismissive with the owner's family at the dinner interview, talked "
                        "over the owner's daughter twice.",
                        role="General Manager",
                    )
                ],
            ),
            GM.at("Doha, Qatar")(
                "Graham Ollerton",
                2,
                apps=[
                    final(
                        250,
                        "Owner loved him - the other finalist had two pre-openings.",
                        role="General Manager",
                    )
                ],
            ),
        ],
        **job(GM_ROLE, DOHA),
    ),
    C(
        "failed the sim check in August vs passed it, lost on hours in command",
        "cs",
        [
            CAPT(
                "Farhan Qadir",
                0,
                apps=[
                    app(
                        95,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Failed the sim check - engine failure after V1 handled poorly, CRM weak.",
                        role="A320 Captain",
                    )
                ],
            ),
            CAPT(
                "Osman Yilmaz",
                2,
                apps=[
                    final(
                        95,
                        "Passed the sim and the panel; airline took the one with more PIC hours.",
                        role="A320 Captain",
                    )
                ],
            ),
        ],
        **job(CAPTAIN_ROLE, DUBAI),
    ),
    C(
        "a Spark gap two months ago vs the same gap two years ago",
        "data_eng",
        [
            DATA.at("Kuala Lumpur, Malaysia")(
                "Chin Wei Jie",
                0,
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Client: weak on Spark tuning, couldn't explain partitioning.",
                        role="Senior Data Engineer",
                    )
                ],
            ),
            DATA.at("Kuala Lumpur, Malaysia")(
                "Yap Soon Keat",
                2,
                apps=[
                    app(
                        730,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Client: Spark tuning was thin, partitioning shaky.",
                        role="Senior Data Engineer",
                    )
                ],
            ),
        ],
        **job({}, KL_HYBRID),
    ),
]

PROCESS = [
    C(
        "a final round vs a CV never sent",
        "cs",
        [
            PROD(
                "Rebecca Lim Xin Yi",
                2,
                apps=[
                    final(120, "Lost to one other at the CPO round.", role="Senior Product Manager")
                ],
            ),
            PROD(
                "Samantha Koh",
                1,
                apps=[
                    app(
                        120,
                        "applied",
                        "rejected",
                        "other",
                        "CV not sent - client filled internally.",
                        role="Senior Product Manager",
                    )
                ],
            ),
        ],
        **job(PRODUCT_ROLE, SG_HYBRID),
    ),
    C(
        "placed by us in September, hands off vs our placement's contract has ended",
        "cs",
        [
            FNB.at("Singapore")(
                "Thomas Brennan",
                0,
                touches=[
                    crm(
                        date(2026, 9, 21),
                        "PLACED - started today as F&B director at the Sentosa resort, our "
                        "placement. 6-month guarantee: do not approach for anything.",
                    )
                ],
            ),
            FNB.at("Singapore")(
                "Patrick Doyle",
                2,
                touches=[
                    crm(
                        date(2026, 9, 21),
                        "Our 2024 placement at the Sentosa resort is done - pre-opening "
                        "contract ended Friday. Available and keen.",
                    )
                ],
            ),
        ],
        **job(FNB_ROLE, SINGAPORE),
    ),
    C(
        "used our offer for a counter, twice vs lost a final",
        "sales",
        [
            RM(
                "Leung Chi Ho",
                0,
                apps=[
                    declined(
                        210,
                        "counteroffer",
                        "Took his bank's counter (+20%) - second time he's used one of our "
                        "offers to get a raise.",
                        role="Senior Relationship Manager",
                    )
                ],
            ),
            RM("Chow Ka Wai", 2, apps=[final(210, role="Senior Relationship Manager")]),
        ],
        **job(RM_ROLE, HONG_KONG),
    ),
    C(
        "a weak interview long ago then a final vs a final long ago then a recent weak interview",
        "cs",
        [
            CO(
                "Lee Jia Min",
                2,
                apps=[
                    app(
                        600,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Thin on sanctions then.",
                        role="AML Manager",
                    ),
                    final(90, role="AML Compliance Manager"),
                ],
            ),
            CO(
                "Ang Xiu Ting",
                1,
                apps=[
                    final(600, role="AML Manager"),
                    app(
                        90,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Couldn't walk through transaction-monitoring tuning.",
                        role="AML Compliance Manager",
                    ),
                ],
            ),
        ],
        **job(COMPLIANCE_ROLE, SG_HYBRID),
    ),
    C(
        "an offer declined over a notice period long ago vs an application never screened",
        "cs",
        [
            PM(
                "Majed Al Qahtani",
                2,
                apps=[
                    declined(
                        420,
                        "timing",
                        "Offer made; his 3-month notice was too long for the client's start.",
                        role="Construction Project Manager",
                    )
                ],
            ),
            PM(
                "Turki Al Ghamdi",
                1,
                apps=[
                    app(
                        420,
                        "applied",
                        "rejected",
                        "other",
                        "Not screened - req closed.",
                        role="Construction Project Manager",
                    )
                ],
            ),
        ],
        **job(PM_ROLE, RIYADH),
    ),
]

# --- 9. several notes over time: the latest word counts -------------------------------------

LATEST_WORD = [
    C(
        "no Saudi in March, Riyadh fine in October vs Riyadh fine, then wife said no",
        "cs",
        [
            TEACH.at("Dubai, UAE")(
                "Laura McGuinness",
                2,
                call(date(2026, 3, 16), "no KSA - husband not keen."),
                call(
                    date(2026, 10, 19),
                    "update: they visited Riyadh over half-term, loved it - husband's on board, "
                    "KSA now fine for Aug.",
                ),
            ),
            TEACH.at("Dubai, UAE")(
                "Sinead Gallagher",
                0,
                call(date(2026, 3, 16), "Riyadh fine, open to KSA."),
                call(
                    date(2026, 10, 19),
                    "update: after all, not KSA - husband's job is staying in Dubai, they "
                    "won't split the family.",
                ),
            ),
        ],
        **job(TEACHER_ROLE, RIYADH),
    ),
    C(
        "Arabic: stop in February taken back in September vs 'later' hardened into never",
        "cs",
        [
            PM.at("Jeddah, Saudi Arabia")(
                "Abdulrahman Al Zahrani",
                2,
                chat(date(2026, 2, 9), "la tersel li shay. khalas."),
                chat(
                    date(2026, 9, 7),
                    "salam, asif 3ala kalami fi February, kan waqt sa3b. erja3 arsel li el "
                    "wazayef, ana adawer al7in.",
                ),
            ),
            PM.at("Jeddah, Saudi Arabia")(
                "Mohammed Al Ghamdi",
                0,
                chat(date(2026, 2, 9), "mashi al7in, ba3dein insha'allah."),
                chat(
                    date(2026, 9, 7),
                    "please remove my number and CV from your system. la tetasel feeni abadan.",
                ),
                out=True,
            ),
        ],
        **job(PM_ROLE, JEDDAH),
    ),
    C(
        "a SAR 55k floor lowered to 38k vs 38k raised to 55k, a SAR 35-40k band",
        "cs",
        [
            PM(
                "Waleed Al Mutairi",
                2,
                call(date(2026, 2, 23), "min SAR 55k/month."),
                call(
                    date(2026, 9, 28), "project stalled - would take SAR 38k now for the right job."
                ),
            ),
            PM(
                "Abdullah Al Shehri",
                0,
                call(date(2026, 2, 23), "SAR 38k/month would do."),
                call(date(2026, 9, 28), "got a counter to 50k - needs 55k+ to move now."),
            ),
        ],
        **job(
            PM_ROLE,
            RIYADH,
            salary_min=420_000,
            salary_max=480_000,
            currency="SAR",
            offers=["SAR 35,000-40,000 a month package"],
        ),
    ),
    C(
        "28/28 refused in spring, fine in autumn vs fine in spring, refused in autumn",
        "cs",
        [
            PE(
                "Craig Lindsay",
                2,
                crm(date(2026, 4, 6), "no 28/28, 14/14 only."),
                crm(date(2026, 10, 12), "kids at boarding school in Sept now - 28/28 fine."),
            ),
            PE(
                "Angus Drummond",
                0,
                crm(date(2026, 4, 6), "28/28 fine."),
                crm(date(2026, 10, 12), "wife's expecting in Feb - 14/14 only from now."),
            ),
        ],
        **job(OFFSHORE_28, ABU_DHABI),
    ),
    C(
        "Japanese: remote only in spring, office fine in autumn vs the reverse, an office role",
        "backend",
        [
            DEV.at("Tokyo, Japan")(
                "Kawaguchi Shun",
                2,
                chat(date(2026, 4, 13), "フルリモートのみで探しています。"),
                chat(date(2026, 10, 5), "引っ越したので、今は出社でも大丈夫です！"),
            ),
            DEV.at("Tokyo, Japan")(
                "Sakurai Mei",
                0,
                chat(date(2026, 4, 13), "出社でも問題ありません。"),
                chat(date(2026, 10, 5), "子どもが生まれたので、今後はフルリモートのみ希望です。"),
            ),
        ],
        **job({}, TOKYO),
    ),
    C(
        "Korean: no on-call in March, on-call fine in October vs the reverse",
        "sre",
        [
            SRE(
                "Nam Gi-tae",
                2,
                chat(date(2026, 3, 9), "온콜은 안 돼요."),
                chat(date(2026, 10, 12), "생각이 바뀌었어요. 수당 있으면 온콜 괜찮습니다."),
            ),
            SRE(
                "Ryu Seo-yeon",
                0,
                chat(date(2026, 3, 9), "온콜 괜찮아요."),
                chat(date(2026, 10, 12), "번아웃 와서 이제 온콜은 못 하겠어요."),
            ),
        ],
        **job(ONCALL_SRE, SEOUL),
    ),
]

HELDOUT12_CASES: list[Case] = [
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
