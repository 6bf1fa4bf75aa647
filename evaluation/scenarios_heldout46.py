"""Held-out rediscovery cases, forty-sixth set: Southeast Asian recruiters' and candidates' own
words, written by a stranger to the reader (its code, its labelled sets and the earlier case
files' sentences were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 46") and never tuned to what Encore does. The recruiters are an
in-house talent team and two regional agency desks hiring across Singapore, Kuala Lumpur,
Penang, Jakarta, Bangkok, Ho Chi Minh City, Hanoi and Manila: for e-commerce and super-apps,
banks and fintechs, FMCG houses, semiconductor fabs and electronics plants, fulfilment and
logistics, hotels and an airline. The voices are many: terse ATS shorthand ("cdt", "HM",
"LWD", "exp sal", "NP 2m", "DNC", "f/u"), recruiters' long call notes that wander through dates
and family news, hiring managers' lines pasted in, candidates' WhatsApp, LINE, Zalo and Viber
replies in lower case, LinkedIn InMail answers and a few formal letters, with natural Bahasa
Indonesia and Malay, Thai, Vietnamese and Tagalog or Taglish. Money is monthly (SGD, MYR,
IDR in juta, THB, VND in triệu, PHP) with 13th-month pay, AWS, bonus months and THR; passes
and permits are EP, S Pass, PR, DP, COMPASS, Malaysian EP, KITAS and IMTA, Thai and Vietnamese
work permits, 9G and AEP; the calendars are Lebaran and Hari Raya, Chinese New Year, Tết,
Songkran and Deepavali, notice periods, garden leave and training bonds.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a WhatsApp "remove my number", a PDPA withdrawal of consent, Bahasa, Thai,
   Vietnamese, Tagalog and Malay stops, a recruiter's DNC tag, a LinkedIn "stop sending me
   InMails"): never shown; beside each a PDPA access request, no calls in office hours,
   "not during the fasting day", remove me from one list but not another, "stop InMails about
   sales roles";
2. waits counted from the day said, each against a twin whose wait has run out: three months'
   notice, THR and Lebaran, a Chinese New Year bonus, Tết and the 13th-month salary, a Filipino
   13th month in December, garden leave, Songkran, a training bond, "give me six months" after
   joining, maternity leave;
3. schedule, travel, visa, contract and commute: rotating 12-hour fab shifts and nights,
   weekends in hotels, 11.11 and 12.12 peaks, Saturday branch duty, US-hours graveyard shifts,
   on-call; ASEAN travel by share of time and by trips a month, long overseas ramp-ups, a
   passport being renewed, upcountry Thai field work, a husband's view that is not hers;
   citizens or PRs only, a PR granted or pending, a DP holder's own pass, COMPASS and an EP
   restart, KITAS, Vietnamese and Thai permits, a Filipino-only role; fixed-term against
   permanent, PKWT against PKWTT, part-time, agency-hired; the causeway, Jakarta traffic and
   the KRL, BTS and MRT, a Cavite shuttle, the Penang bridge, a drive to Cyberjaya;
4. pay against the band in SGD, MYR, IDR juta, THB, VND triệu and PHP, monthly against annual,
   a current salary above the band with a lower ask;
5. work mode said only in the policy field, only in the description, only in the title, only in
   the offers, and in Bahasa (WFO and WFH);
6. negation and scope ("not against moving to Singapore", "tak kisah kerja shift", "the money
   was never the problem", "not remote-only", "never said no to managing");
7. location and relocation (returning home to KL, Cebu to Metro Manila, Surabaya to Jakarta,
   HCMC to Hanoi, a partner's posting she is not following, Penang to Kulim), managing against
   hands-on and titles (AVP and VP), company stage and size (start-ups, MNCs, family
   konglomerats, GLCs, a small Saigon company), industry and mission (alcohol and halal,
   tobacco, pinjol, crypto, palm oil, renewables, financial inclusion, health) and technology
   (Go, Java, BigQuery, SAP, Flutter, COBOL, LLMs, Kotlin);
8. last time's reason resolved by this role or still standing (pay, office days, EP sponsorship,
   rotating shifts, travel, a prayer room and halal canteen) and the history with us (a no-show,
   a recent skills gap, conduct with a hotel GM's team, a reneged offer) and the latest process
   (a final round against a CV screen, someone hired ten weeks ago, an offer accepted elsewhere);
9. several notes over time where the latest word counts: travel refused then fine and the
   reverse, a stop taken back and a "keep me posted" hardened into a deletion, a move refused
   then wanted, a pay ask lowered and raised, remote-only softened and hardened, nights, leading
   a team, and a wait called off early.

Hard cases a careful recruiter still gets right are mixed in: a husband's or a parent's view
that is not the candidate's, a spouse's pass, a past employer's on-call or travel this role
does not have, a current salary above the band with an ask inside it, a date in a note that
asks for no wait, and a stop that covers only one kind of role.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

FAB_PE = dict(
    current_title="Senior Process Engineer (Etch)",
    skills=["Dry etch", "SPC", "FMEA", "8D problem solving", "Yield improvement"],
    years_experience=7,
    resume_text=(
        "Process engineer, seven years in 300mm wafer fabs in Singapore and Penang: dry etch "
        "process modules, SPC and OCAP, FMEA, 8D on excursions and yield improvement with the "
        "integration team."
    ),
)
KAM = dict(
    current_title="Key Account Manager, Modern Trade",
    skills=["Modern trade", "Joint business planning", "Trade spend", "Sell-out analysis"],
    years_experience=8,
    resume_text=(
        "Key account manager, eight years in FMCG with hypermarkets, minimarts and e-commerce "
        "marketplaces: joint business plans, trade-spend ROI, promotions calendars and sell-out "
        "analysis."
    ),
)
FOM = dict(
    current_title="Front Office Manager",
    skills=["Opera PMS", "Guest relations", "Upselling", "Rostering"],
    years_experience=9,
    resume_text=(
        "Front office manager, nine years in international five-star city hotels and resorts: "
        "Opera PMS, guest recovery, upselling at check-in and rostering a team of 25 across "
        "three shifts."
    ),
)
OPS = dict(
    current_title="Warehouse Operations Manager",
    skills=["WMS", "Last-mile delivery", "Lean", "3PL management"],
    years_experience=10,
    resume_text=(
        "Warehouse and fulfilment operations manager, ten years at 3PLs and e-commerce "
        "fulfilment centres: WMS roll-outs, inbound and outbound flows, peak planning for "
        "double-day sales and last-mile partners."
    ),
)
BANKER = dict(
    current_title="Relationship Manager, SME Banking",
    skills=["SME lending", "Credit assessment", "Cross-sell", "KYC"],
    years_experience=7,
    resume_text=(
        "Relationship manager, seven years in SME banking: a book of 120 SME clients, "
        "working-capital and trade financing, credit papers, cash-management cross-sell and KYC "
        "reviews."
    ),
)
REV_MGMT = dict(
    current_title="Revenue Management Analyst",
    skills=["Pricing", "Demand forecasting", "Inventory control", "SQL"],
    years_experience=5,
    resume_text=(
        "Revenue management analyst at a low-cost and a full-service airline: route pricing, "
        "demand forecasting, seat inventory control and SQL reporting for network planning."
    ),
)


def pool(profile: str, persona: dict | None = None, where: str = "Singapore"):
    """People of one kind in the talent pool: the same profile and persona, living in
    ``where`` unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**(persona or {}), "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def ats(days, words) -> dict:
    """A recruiter's note typed into the ATS, in their shorthand."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def rang(days, words) -> dict:
    """A recruiter's log of a phone call that got through."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def chat(days, words) -> dict:
    """The candidate's WhatsApp, LINE, Zalo or Viber reply, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def mail(days, words) -> dict:
    """The candidate's email."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def inmail(days, words) -> dict:
    """The candidate's answer to a LinkedIn InMail."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def hm_said(days, words) -> dict:
    """A hiring manager's feedback, pasted in by the recruiter."""
    return touch(days, "outbound", None, "note", note=words, channel="meeting")


def lost_final(days, note=None, *, role="Senior Backend Engineer") -> dict:
    """Reached the final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.2, role=role)


def said_no(days, reason, note, *, past=None, role="Senior Backend Engineer") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def pulled(days, reason, note, *, stage="interview", past=None, role="Senior Backend Engineer"):
    """Withdrew from our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def opening(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

FAB_ROLE = dict(
    title="Senior Process Engineer, Etch",
    department="Fab Engineering",
    seniority="senior",
    requirements="Dry etch process ownership\nSPC and OCAP\nFMEA and 8D\n300mm fab experience",
    description="Own etch process modules and drive yield in a 300mm wafer fab.",
)
KAM_ROLE = dict(
    title="Key Account Manager, Modern Trade & E-commerce",
    department="Sales",
    seniority="senior",
    requirements="Modern trade or marketplace accounts\nJoint business planning\nTrade spend",
    description="Grow a home and personal-care portfolio with the largest retailers and "
    "marketplaces.",
)
FOM_ROLE = dict(
    title="Front Office Manager",
    department="Rooms Division",
    seniority="manager",
    requirements="Five-star front office experience\nOpera PMS\nLeading a team across shifts",
    description="Run the front office of a 400-key city hotel.",
)
OPS_ROLE = dict(
    title="Fulfilment Centre Operations Manager",
    department="Operations",
    seniority="manager",
    requirements="Running a fulfilment centre\nWMS\nPeak planning\nLean",
    description="Run a 30,000 sqm e-commerce fulfilment centre and its 300 staff.",
)
BANKER_ROLE = dict(
    title="Senior Relationship Manager, SME Banking",
    department="Business Banking",
    seniority="senior",
    requirements="SME lending book\nCredit assessment\nKYC and AML",
    description="Grow a portfolio of SME clients for a regional bank.",
)
REV_ROLE = dict(
    title="Senior Revenue Management Analyst",
    department="Commercial",
    seniority="senior",
    requirements="Airline or hotel revenue management\nPricing and forecasting\nSQL",
    description="Price and control seat inventory for a group of regional routes.",
)

# --- where and how they are worked ----------------------------------------------------------

SG_HYBRID = dict(
    remote_policy="hybrid",
    location="Singapore",
    offers=["Hybrid: three days a week at our one-north office"],
)
SG_ONSITE = dict(remote_policy="onsite", location="Singapore")
KL_HYBRID = dict(
    remote_policy="hybrid",
    location="Kuala Lumpur, Malaysia",
    offers=["Hybrid: two days a week at our Bangsar South office"],
)
KL_ONSITE = dict(remote_policy="onsite", location="Kuala Lumpur, Malaysia")
PENANG_FAB = dict(remote_policy="onsite", location="Bayan Lepas, Penang, Malaysia")
JKT_HYBRID = dict(
    remote_policy="hybrid",
    location="Jakarta, Indonesia",
    offers=["Hybrid: two days a week at our SCBD office"],
)
JKT_ONSITE = dict(remote_policy="onsite", location="Jakarta, Indonesia")
BKK_HYBRID = dict(
    remote_policy="hybrid",
    location="Bangkok, Thailand",
    offers=["Hybrid: two days a week at our office by BTS Asok"],
)
BKK_ONSITE = dict(remote_policy="onsite", location="Bangkok, Thailand")
HCMC_HYBRID = dict(
    remote_policy="hybrid",
    location="Ho Chi Minh City, Vietnam",
    offers=["Hybrid: three days a week at our District 1 office"],
)
HANOI_ONSITE = dict(remote_policy="onsite", location="Hanoi, Vietnam")
MNL_HYBRID = dict(
    remote_policy="hybrid",
    location="Makati, Metro Manila, Philippines",
    offers=["Hybrid: two days a week at our Ayala Avenue office"],
)
MNL_ONSITE = dict(remote_policy="onsite", location="Taguig, Metro Manila, Philippines")
ASEAN_REMOTE = dict(remote_policy="remote", location="Remote (Southeast Asia)")

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "WhatsApp 'remove my number' vs no messages in office hours, after 7pm fine",
        "backend",
        [
            pool("backend", where="Kuala Lumpur, Malaysia")(
                "Haziq Fadhlullah bin Rosli",
                0,
                touches=[
                    chat(
                        35,
                        "bro pls remove my number from ur list. dont msg me anymore, not "
                        "interested in any job from ur side",
                    )
                ],
                excluded=True,
            ),
            pool("backend", where="Kuala Lumpur, Malaysia")(
                "Iskandar Zulkarnain Mohd Taib",
                2,
                touches=[
                    chat(
                        35,
                        "bro pls dont msg during office hrs, my manager sits beside me haha. "
                        "after 7pm ok. still keen on KL backend roles",
                    )
                ],
            ),
        ],
        **opening({}, KL_HYBRID),
    ),
    C(
        "a PDPA withdrawal of consent vs a PDPA access and correction request",
        "data_eng",
        [
            pool("data_eng")(
                "Clarissa Ong Pei Shan",
                0,
                touches=[
                    mail(
                        60,
                        "Dear Sir/Madam, I hereby withdraw my consent under the Personal Data "
                        "Protection Act for your firm to collect, use or disclose my personal "
                        "data for recruitment purposes. Kindly cease all contact and confirm "
                        "the deletion of my records.",
                    )
                ],
                excluded=True,
            ),
            pool("data_eng")(
                "Benedict Yeo Zhi Hao",
                2,
                touches=[
                    mail(
                        60,
                        "Dear Sir/Madam, under the PDPA may I request a copy of the personal "
                        "data you hold on me, and kindly correct my mobile to the new number "
                        "below. I remain open to data engineering roles in Singapore.",
                    )
                ],
            ),
        ],
        **opening({}, SG_HYBRID),
    ),
    C(
        "Bahasa: delete my data and don't contact me vs busy with year-end, keep me informed",
        "sales",
        [
            pool("sales", KAM, "Jakarta, Indonesia")(
                "Yohanes Kristianto Wibisono",
                0,
                touches=[
                    chat(
                        45,
                        "Mohon maaf, tolong hapus data saya dari database Bapak dan jangan "
                        "hubungi saya lagi. Terima kasih.",
                    )
                ],
                excluded=True,
            ),
            pool("sales", KAM, "Jakarta, Indonesia")(
                "Agustina Rahmawati Siregar",
                2,
                touches=[
                    chat(
                        45,
                        "Maaf Pak baru balas, lagi sibuk closing akhir tahun. Tapi tetap "
                        "kabari saya ya kalau ada posisi KAM di Jakarta.",
                    )
                ],
            ),
        ],
        **opening(KAM_ROLE, JKT_HYBRID),
    ),
    C(
        "Thai on LINE: not interested, never contact again vs can't talk now, send Bangkok roles",
        "cs",
        [
            pool("cs", REV_MGMT, "Bangkok, Thailand")(
                "Pimchanok Rattanawong",
                0,
                touches=[chat(25, "ไม่สนใจค่ะ กรุณาอย่าติดต่อมาอีก ขอบคุณค่ะ")],
                excluded=True,
            ),
            pool("cs", REV_MGMT, "Bangkok, Thailand")(
                "Thanakorn Boonyaratglin",
                2,
                touches=[
                    chat(
                        25,
                        "ตอนนี้ยังไม่สะดวกคุยครับ แต่ถ้ามีตำแหน่งที่กรุงเทพฯ ส่งรายละเอียดมาทาง LINE ได้เลยครับ",
                    )
                ],
            ),
        ],
        **opening(REV_ROLE, BKK_HYBRID),
    ),
    C(
        "Vietnamese on Zalo: delete my details vs no calls at work, message me on Zalo",
        "backend",
        [
            pool("backend", where="Ho Chi Minh City, Vietnam")(
                "Trương Minh Khôi",
                0,
                touches=[
                    chat(
                        40,
                        "Em không muốn nhận thêm tin tuyển dụng nào nữa, anh xoá thông tin "
                        "của em khỏi hệ thống giúp em nhé.",
                    )
                ],
                excluded=True,
            ),
            pool("backend", where="Ho Chi Minh City, Vietnam")(
                "Lâm Quốc Bảo",
                2,
                touches=[
                    chat(
                        40,
                        "Em không nghe máy giờ hành chính được, anh nhắn Zalo giúp em nha. "
                        "Em vẫn quan tâm vị trí backend ở HCM.",
                    )
                ],
            ),
        ],
        **opening({}, HCMC_HYBRID),
    ),
    C(
        "Tagalog: take me off your list vs off the BPO list only, tech roles still fine",
        "backend",
        [
            pool("backend", where="Quezon City, Metro Manila, Philippines")(
                "Rommel Bautista Cabrera",
                0,
                touches=[
                    chat(
                        55,
                        "Pakitanggal na po ako sa list niyo. Ayoko na po ma-contact tungkol "
                        "sa kahit anong trabaho. Salamat po.",
                    )
                ],
                excluded=True,
            ),
            pool("backend", where="Quezon City, Metro Manila, Philippines")(
                "Jericho Villanueva Panganiban",
                2,
                touches=[
                    chat(
                        55,
                        "Pakitanggal po ako sa BPO/call centre list niyo, hindi na ako "
                        "babalik dun. Pero okay pa rin po ako sa software dev roles sa "
                        "Makati or BGC.",
                    )
                ],
            ),
        ],
        **opening({}, MNL_HYBRID),
    ),
    C(
        "recruiter's DNC tag vs don't call her shared desk line, mobile fine",
        "cs",
        [
            pool("cs", FAB_PE, "Penang, Malaysia")(
                "Lee Mei Fong",
                0,
                touches=[
                    rang(
                        80,
                        "Cdt picked up, v annoyed - 3rd agency call this wk. Asked for no "
                        "further outreach of any kind. Tagged DNC in ATS, do not re-add.",
                    )
                ],
                excluded=True,
            ),
            pool("cs", FAB_PE, "Penang, Malaysia")(
                "Khoo Seng Huat",
                2,
                touches=[
                    rang(
                        80,
                        "Cdt asked us not to call the fab desk line (shared w/ shift team). "
                        "HP / WA ok anytime. Keen on etch roles on the island.",
                    )
                ],
            ),
        ],
        **opening(FAB_ROLE, PENANG_FAB),
    ),
    C(
        "LinkedIn: stop the InMails from your firm vs stop the InMails about sales roles",
        "cs",
        [
            pool("cs", where="Singapore")(
                "Natasha Wee Hui Min",
                0,
                touches=[
                    inmail(
                        30,
                        "Please stop sending me InMails. I'm not interested in hearing from "
                        "your firm, now or later.",
                    )
                ],
                excluded=True,
            ),
            pool("cs", where="Singapore")(
                "Darren Quek Jun Wei",
                2,
                touches=[
                    inmail(
                        30,
                        "Please stop sending me InMails about AE and sales roles - I moved "
                        "into customer success last year. CS roles, happy to chat anytime.",
                    )
                ],
            ),
        ],
        **opening({}, SG_HYBRID),
    ),
    C(
        "Malay: delete my number, don't contact vs no calls while fasting, after iftar is fine",
        "sales",
        [
            pool("sales", BANKER, "Shah Alam, Selangor, Malaysia")(
                "Nurul Syafiqah binti Azhar",
                0,
                touches=[
                    chat(
                        70,
                        "Tolong padam nombor saya dari senarai syarikat encik. Saya tak nak "
                        "dihubungi lagi pasal kerja, terima kasih.",
                    )
                ],
                excluded=True,
            ),
            pool("sales", BANKER, "Shah Alam, Selangor, Malaysia")(
                "Muhammad Aiman Hakimi bin Salleh",
                2,
                touches=[
                    chat(
                        70,
                        "Encik, tolong jangan call siang hari masa bulan puasa ya, lepas "
                        "berbuka boleh. Saya masih berminat jawatan RM di KL.",
                    )
                ],
            ),
        ],
        **opening(BANKER_ROLE, KL_ONSITE),
    ),
]

# --- 2. waits counted from the day said, each against a twin whose wait has run out ---------

WAITS = [
    C(
        "three months' notice handed in this month vs two months' notice handed in in July",
        "backend",
        [
            pool("backend")(
                "Shawn Teo Kok Leong",
                1,
                touches=[
                    rang(
                        date(2026, 11, 2),
                        "Cdt tendered today 2/11. NP 3m, LWD 1 Feb. Can only join after that, "
                        "employer won't release early. Don't push an earlier start.",
                    )
                ],
            ),
            pool("backend")(
                "Marcus Chia Wen Jie",
                2,
                touches=[
                    rang(
                        date(2026, 7, 6),
                        "Cdt tendered 6/7, NP 2m served in full, LWD early Sept. Open to any "
                        "start date after that.",
                    )
                ],
            ),
        ],
        **opening({}, SG_HYBRID),
    ),
    C(
        "waiting for THR and Lebaran next year vs THR and Lebaran that came in March",
        "sales",
        [
            pool("sales", KAM, "Jakarta, Indonesia")(
                "Fajar Nugroho Santoso",
                1,
                touches=[
                    chat(
                        date(2026, 10, 12),
                        "Mas, saya nunggu THR dulu ya, abis Lebaran tahun depan baru berani "
                        "resign. Sebelum itu jangan dulu.",
                    )
                ],
            ),
            pool("sales", KAM, "Jakarta, Indonesia")(
                "Wahyu Setiawan Hidayat",
                2,
                touches=[
                    chat(
                        date(2026, 1, 19),
                        "Mbak, tunggu THR cair dulu, habis Lebaran baru aku siap pindah ya.",
                    )
                ],
            ),
        ],
        **opening(KAM_ROLE, JKT_HYBRID),
    ),
    C(
        "a bonus paid after Chinese New Year 2027 vs one paid after CNY this year",
        "data_eng",
        [
            pool("data_eng", where="Kuala Lumpur, Malaysia")(
                "Chong Kar Mun",
                1,
                touches=[
                    mail(
                        date(2026, 10, 26),
                        "Hi Joanne, thanks for thinking of me. My bonus is paid out after "
                        "Chinese New Year in Feb, so realistically I can't move before March "
                        "2027. Do keep me posted after that.",
                    )
                ],
            ),
            pool("data_eng", where="Kuala Lumpur, Malaysia")(
                "Yap Chee Keong",
                2,
                touches=[
                    mail(
                        date(2025, 11, 17),
                        "Hi Joanne, my bonus only comes after CNY in February and I'd rather "
                        "not walk away from it. Let's talk once it's paid.",
                    )
                ],
            ),
        ],
        **opening({}, KL_HYBRID),
    ),
    C(
        "Vietnamese: the 13th-month salary and Tết first, said in October vs said last December",
        "backend",
        [
            pool("backend", where="Ho Chi Minh City, Vietnam")(
                "Phạm Thị Ngọc Hân",
                1,
                touches=[
                    chat(
                        date(2026, 10, 5),
                        "Chị ơi, em muốn nhận lương tháng 13 rồi ăn Tết xong mới nghỉ. Sau "
                        "Tết mình nói chuyện tiếp nha chị.",
                    )
                ],
            ),
            pool("backend", where="Ho Chi Minh City, Vietnam")(
                "Đỗ Hoàng Phúc",
                2,
                touches=[
                    chat(
                        date(2025, 12, 8),
                        "Anh ơi, để em ăn Tết xong rồi mới tính chuyện chuyển việc nhé, sau "
                        "Tết anh liên hệ lại em.",
                    )
                ],
            ),
        ],
        **opening({}, HCMC_HYBRID),
    ),
    C(
        "Taglish: waiting for this December's 13th month vs last December's",
        "cs",
        [
            pool("cs", where="Pasig, Metro Manila, Philippines")(
                "Kristine Joy Manalastas",
                1,
                touches=[
                    chat(
                        date(2026, 10, 19),
                        "Hi Ma'am! Hintayin ko muna po yung 13th month ko this December bago "
                        "ako mag-resign. January na po tayo mag-usap ulit.",
                    )
                ],
            ),
            pool("cs", where="Pasig, Metro Manila, Philippines")(
                "Mark Anthony Dimaculangan",
                2,
                touches=[
                    chat(
                        date(2025, 9, 22),
                        "Sir, after ko po makuha 13th month pay ko sa December, pwede na po "
                        "ako lumipat. Balikan niyo po ako after.",
                    )
                ],
            ),
        ],
        **opening({}, MNL_HYBRID),
    ),
    C(
        "garden leave to 31 January vs garden leave that ended in August",
        "sales",
        [
            pool("sales", BANKER)(
                "Priscilla Ho Li Ting",
                1,
                touches=[
                    ats(
                        date(2026, 11, 9),
                        "Cdt on garden leave till 31 Jan 27, contractually can't join any bank "
                        "before then. Sounded keen otherwise, knows our SME team.",
                    )
                ],
            ),
            pool("sales", BANKER)(
                "Kelvin Sim Boon Kiat",
                2,
                touches=[
                    ats(
                        date(2026, 6, 15),
                        "Cdt on GL till end Aug, can't start elsewhere before 1 Sept. Keen on "
                        "RM roles after that.",
                    )
                ],
            ),
        ],
        **opening(BANKER_ROLE, SG_ONSITE),
    ),
    C(
        "Thai: after Songkran next year vs after Songkran, said in January",
        "cs",
        [
            pool("cs", REV_MGMT, "Bangkok, Thailand")(
                "Supansa Kongkaew",
                1,
                touches=[
                    chat(
                        date(2026, 10, 26),
                        "ขอรอหลังสงกรานต์ปีหน้านะคะ ตอนนี้โปรเจกต์ที่ทำอยู่ยังไม่จบค่ะ",
                    )
                ],
            ),
            pool("cs", REV_MGMT, "Bangkok, Thailand")(
                "Wirat Chaisiri",
                2,
                touches=[
                    chat(
                        date(2026, 1, 12),
                        "หลังสงกรานต์ค่อยคุยกันใหม่นะครับ ช่วงนี้ยังไม่พร้อมเปลี่ยนงาน",
                    )
                ],
            ),
        ],
        **opening(REV_ROLE, BKK_HYBRID),
    ),
    C(
        "a training bond to June 2027 vs a bond that ended in August",
        "cs",
        [
            pool("cs", FAB_PE, "Penang, Malaysia")(
                "Kalaiselvi a/p Murugesan",
                1,
                touches=[
                    ats(
                        date(2026, 9, 7),
                        "Cdt on a 3-yr training bond with current fab till Jun 2027 - "
                        "penalty abt RM40k if she breaks it, so won't move before it ends.",
                    )
                ],
            ),
            pool("cs", FAB_PE, "Penang, Malaysia")(
                "Tharshini a/p Balakrishnan",
                2,
                touches=[
                    ats(
                        date(2026, 3, 2),
                        "Bond w/ current employer runs to Aug 2026. Won't break it, free to "
                        "move any time after.",
                    )
                ],
            ),
        ],
        **opening(FAB_ROLE, PENANG_FAB),
    ),
    C(
        "'give me six months' after joining, said in September vs said last December",
        "frontend",
        [
            pool("frontend")(
                "Samantha Loh Xin Yi",
                1,
                touches=[
                    inmail(
                        date(2026, 9, 14),
                        "Thanks for reaching out! I only joined my current company two weeks "
                        "ago, so give me at least six months to settle in before we talk.",
                    )
                ],
            ),
            pool("frontend")(
                "Gabriel Tan Yong Sheng",
                2,
                touches=[
                    inmail(
                        date(2025, 12, 1),
                        "Appreciate it - I've literally just started somewhere new, so maybe "
                        "in six months or so?",
                    )
                ],
            ),
        ],
        **opening({}, SG_HYBRID),
    ),
    C(
        "maternity leave to mid-February vs maternity leave over in July",
        "cs",
        [
            pool("cs", KAM, "Kuala Lumpur, Malaysia")(
                "Siti Hajar binti Mokhtar",
                1,
                touches=[
                    mail(
                        date(2026, 10, 1),
                        "I'm on maternity leave until mid-February 2027 and I'm not looking "
                        "to start anything before I'm back.",
                    )
                ],
            ),
            pool("cs", KAM, "Kuala Lumpur, Malaysia")(
                "Farah Adibah binti Yusof",
                2,
                touches=[
                    rang(
                        date(2026, 4, 6),
                        "On ML till end July, asked us to reconnect once she's back at work "
                        "in Aug.",
                    )
                ],
            ),
        ],
        **opening(KAM_ROLE, KL_HYBRID),
    ),
]

# --- 3. schedule, travel, visa, contract and commute ---------------------------------------

FAB_SHIFTS = ["12-hour rotating shifts, 4 on 4 off, days and nights", "Shift allowance"]

SCHEDULE = [
    C(
        "no more night shifts on doctor's advice vs used to 4-on-4-off, a rotating-shift fab",
        "cs",
        [
            pool("cs", FAB_PE, "Penang, Malaysia")(
                "Ooi Wei Chuan",
                0,
                touches=[
                    rang(
                        50,
                        "Cdt ok with the fab itself but cannot do night shift anymore - doctor "
                        "advised after his gastric issues. Day shift / office hrs only.",
                    )
                ],
            ),
            pool("cs", FAB_PE, "Penang, Malaysia")(
                "Gan Chee Wai",
                2,
                touches=[
                    rang(
                        50,
                        "Cdt been on 4on4off 12h rotating for 5 yrs, says body clock used to "
                        "it already, no issue with nights.",
                    )
                ],
            ),
        ],
        **opening(FAB_ROLE, PENANG_FAB, offers=FAB_SHIFTS),
    ),
    C(
        "weekends off or nothing vs weekends are hotel life, just no split shifts",
        "cs",
        [
            pool("cs", FOM)(
                "Jocelyn Phua Siew Ling",
                0,
                touches=[
                    ats(
                        45,
                        "FOM, strong Opera. Needs Sat & Sun off for the kids now, non-"
                        "negotiable. Would only look at corporate / office-hours roles.",
                    )
                ],
            ),
            pool("cs", FOM)(
                "Aloysius Fernandez",
                2,
                touches=[
                    chat(
                        45,
                        "weekends and PH working is part of hotel life lah, no problem. only "
                        "thing i won't do again is split shifts",
                    )
                ],
            ),
        ],
        **opening(
            FOM_ROLE,
            SG_ONSITE,
            offers=["Five-day roster including weekends and public holidays", "No split shifts"],
        ),
    ),
    C(
        "won't do double-day campaign nights again vs fine with 11.11 and 12.12 overtime",
        "cs",
        [
            pool("cs", OPS, "Shah Alam, Selangor, Malaysia")(
                "Ravindran a/l Supramaniam",
                0,
                touches=[
                    mail(
                        65,
                        "To be honest I'm done with campaign season - three years of 11.11 and "
                        "12.12 nights till 2am in the FC. I'd like a role with normal hours.",
                    )
                ],
            ),
            pool("cs", OPS, "Shah Alam, Selangor, Malaysia")(
                "Mohd Faizal bin Hamdan",
                2,
                touches=[
                    rang(
                        65,
                        "Cdt fine with peak season OT around 11.11 / 12.12 / Raya, says that's "
                        "where ops people earn their keep.",
                    )
                ],
            ),
        ],
        **opening(
            OPS_ROLE,
            dict(remote_policy="onsite", location="Shah Alam, Selangor, Malaysia"),
            offers=["Peak-season nights for 11.11, 12.12 and Raya campaigns"],
        ),
    ),
    C(
        "Saturday branch duty is a no vs Saturday half-days fine, never Sundays",
        "sales",
        [
            pool("sales", BANKER, "Manila, Philippines")(
                "Maria Lourdes Sarmiento",
                0,
                touches=[
                    rang(
                        90,
                        "Cdt said no to any role with Saturday branch duty - Saturdays are "
                        "for her mom's dialysis.",
                    )
                ],
            ),
            pool("sales", BANKER, "Manila, Philippines")(
                "Rodel Macaraeg Santos",
                2,
                touches=[
                    chat(
                        90,
                        "Saturday half day okay lang po sakin, basta wag lang Sunday kasi "
                        "church at family day.",
                    )
                ],
            ),
        ],
        **opening(
            BANKER_ROLE,
            MNL_ONSITE,
            offers=["Branch-based; alternate Saturday mornings 9am-12nn"],
        ),
    ),
    C(
        "tired of the graveyard shift vs prefers it, no traffic; a US-hours role",
        "cs",
        [
            pool("cs", where="Mandaluyong, Metro Manila, Philippines")(
                "Angelica Mae Ocampo",
                0,
                touches=[
                    chat(
                        30,
                        "Pagod na po ako sa graveyard shift, 6 years na. Day shift na lang po "
                        "sana, kahit mas mababa ang sahod.",
                    )
                ],
            ),
            pool("cs", where="Mandaluyong, Metro Manila, Philippines")(
                "John Paulo Evangelista",
                2,
                touches=[
                    chat(
                        30,
                        "Sanay na ako sa graveyard shift, mas gusto ko pa nga - walang traffic "
                        "pauwi at may night diff.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            MNL_ONSITE,
            offers=["US hours: 9pm to 6am Manila time, night differential paid"],
        ),
    ),
    C(
        "swore off on-call after 3am pages vs says nothing; a role with no on-call",
        "backend",
        [
            pool("backend")(
                "Eugene Koh Jia Jun",
                2,
                touches=[
                    ats(
                        120,
                        "Left last co because of on-call - pager every other week, 3am "
                        "incidents, wife gave ultimatum. Won't do a rota again.",
                    )
                ],
            ),
            pool("backend")("Nigel Lim Zhen Yu", 1),
        ],
        **opening({}, SG_HYBRID, offers=["No on-call rota: a separate SRE team covers nights"]),
    ),
]

TRAVEL = [
    C(
        "no more regional travel with a toddler vs fine with two weeks a month on the road",
        "sales",
        [
            pool("sales", KAM)(
                "Vanessa Goh Shu Ting",
                0,
                touches=[
                    rang(
                        40,
                        "Cdt stepping back from regional roles - toddler at home, no more "
                        "flying to Jakarta/Manila every other week. SG-only accounts pls.",
                    )
                ],
            ),
            pool("sales", KAM)(
                "Terence Ang Wei Ming",
                2,
                touches=[
                    rang(
                        40,
                        "Cdt enjoys regional travel, did 2 wks a month across Indo/PH/VN at "
                        "last co, happy to do same again.",
                    )
                ],
            ),
        ],
        **opening(KAM_ROLE, SG_HYBRID, offers=["Regional: about 40% travel across ASEAN markets"]),
    ),
    C(
        "one trip a month is fine vs once a quarter at most; monthly trips to Jakarta and Manila",
        "cs",
        [
            pool("cs", REV_MGMT, "Kuala Lumpur, Malaysia")(
                "Lim Siew Peng",
                2,
                touches=[
                    mail(
                        55,
                        "Happy to travel - once a month is very manageable for me, I just "
                        "don't want to live out of a suitcase.",
                    )
                ],
            ),
            pool("cs", REV_MGMT, "Kuala Lumpur, Malaysia")(
                "Tan Hooi Ling",
                0,
                touches=[
                    mail(
                        55,
                        "I can travel occasionally, but once a quarter at most - my father "
                        "needs me at home most weeks.",
                    )
                ],
            ),
        ],
        **opening(
            REV_ROLE,
            KL_HYBRID,
            offers=["Travel about once a month to the Jakarta and Manila hubs"],
        ),
    ),
    C(
        "left Unilever-style 60% island travel behind vs says nothing; a no-travel role",
        "sales",
        [
            pool("sales", KAM, "Jakarta, Indonesia")(
                "Dimas Arya Pradana",
                2,
                touches=[
                    rang(
                        100,
                        "Resigned from last FMCG because of 60% travel - Medan, Makassar, "
                        "Balikpapan every month. Wants Jakarta-based accounts only now.",
                    )
                ],
            ),
            pool("sales", KAM, "Jakarta, Indonesia")("Reza Maulana Harahap", 1),
        ],
        **opening(
            KAM_ROLE, JKT_HYBRID, offers=["Jakarta key accounts only, no out-of-town travel"]
        ),
    ),
    C(
        "did a three-month ramp in Arizona before vs no long overseas stints, elderly parents",
        "cs",
        [
            pool("cs", FAB_PE)(
                "Jeremy Seah Boon Hock",
                2,
                touches=[
                    ats(
                        70,
                        "Did 3-month tool install + ramp in Arizona in 2023, enjoyed it. Open "
                        "to long trips to the US sister fab again.",
                    )
                ],
            ),
            pool("cs", FAB_PE)(
                "Kenneth Tay Kok Meng",
                0,
                touches=[
                    ats(
                        70,
                        "No long overseas assignments - elderly parents, he's the only son "
                        "in SG. Short trips of a week ok.",
                    )
                ],
            ),
        ],
        **opening(
            FAB_ROLE,
            dict(remote_policy="onsite", location="Woodlands, Singapore"),
            offers=["First year: a three-month ramp-up at the sister fab in Arizona"],
        ),
    ),
    C(
        "Thai: upcountry trips are fine vs not convenient to travel upcountry often",
        "sales",
        [
            pool("sales", KAM, "Bangkok, Thailand")(
                "Chatchai Phromma",
                2,
                touches=[chat(35, "เดินทางต่างจังหวัดได้ครับ ไม่มีปัญหา เคยดูแลภาคอีสานมาก่อน")],
            ),
            pool("sales", KAM, "Bangkok, Thailand")(
                "Sirinya Thongdee",
                0,
                touches=[chat(35, "ไม่สะดวกเดินทางต่างจังหวัดบ่อยค่ะ อยากได้งานที่อยู่กรุงเทพฯ เป็นหลัก")],
            ),
        ],
        **opening(
            KAM_ROLE,
            BKK_HYBRID,
            offers=["Field visits to Isan and northern distributors two weeks a month"],
        ),
    ),
    C(
        "passport still being renewed vs renewed last month; a role flying from week one",
        "sales",
        [
            pool("sales", where="Cebu City, Philippines")(
                "Ma. Theresa Abella",
                1,
                touches=[
                    chat(
                        20,
                        "Ready to travel po, kaso expired passport ko and DFA appointment "
                        "pa lang po sa February.",
                    )
                ],
            ),
            pool("sales", where="Cebu City, Philippines")(
                "Jonathan Ybañez",
                2,
                touches=[
                    chat(
                        20,
                        "Renewed my passport last month, good for 10 years na. Ready to fly "
                        "anytime.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            dict(remote_policy="onsite", location="Cebu City, Philippines"),
            offers=["Regional deals: fly to Singapore and Kuala Lumpur from the first month"],
        ),
    ),
    C(
        "her husband isn't keen but she is fine with 30% vs she cannot travel herself",
        "cs",
        [
            pool("cs", OPS, "Jakarta, Indonesia")(
                "Ratna Kusumawardani",
                2,
                touches=[
                    rang(
                        60,
                        "Cdt said suaminya kurang suka kalau dia sering dinas, but she was "
                        "clear: her decision, 30% travel is fine for her.",
                    )
                ],
            ),
            pool("cs", OPS, "Jakarta, Indonesia")(
                "Indah Permatasari",
                0,
                touches=[
                    rang(
                        60,
                        "Cdt can't do out-of-town trips - kids still small, no help at home. "
                        "Jakarta DC only.",
                    )
                ],
            ),
        ],
        **opening(
            OPS_ROLE,
            JKT_ONSITE,
            offers=["About 30% travel to the Surabaya, Medan and Makassar hubs"],
        ),
    ),
    C(
        "refused travel at a past employer that flew every week vs neutral; a 10% travel role",
        "data_eng",
        [
            pool("data_eng", where="Ho Chi Minh City, Vietnam")(
                "Huỳnh Gia Hân",
                2,
                touches=[
                    mail(
                        85,
                        "I left the consulting firm because I was flying to Hanoi or Singapore "
                        "every single week. A trip now and then is fine; weekly is not.",
                    )
                ],
            ),
            pool("data_eng", where="Ho Chi Minh City, Vietnam")("Võ Thành Nhân", 1),
        ],
        **opening({}, HCMC_HYBRID, offers=["Travel about 10%: a Hanoi visit or two a quarter"]),
    ),
]

SC_PR_ONLY = ["Open to Singapore citizens and PRs only; no work pass sponsorship"]

VISA = [
    C(
        "PR granted in September vs PR still pending; citizens or PRs only",
        "backend",
        [
            pool("backend")(
                "Arjun Sethuraman Pillai",
                2,
                touches=[
                    chat(
                        45,
                        "good news - got my PR approval letter in Sept! no more EP renewals "
                        "for me haha",
                    )
                ],
            ),
            pool("backend")(
                "Pradeep Kumar Nair",
                0,
                touches=[
                    ats(
                        45,
                        "Cdt on EP, PR appl submitted Jan, still pending. Will need EP from "
                        "new employer in the meantime.",
                    )
                ],
            ),
        ],
        **opening({}, SG_HYBRID, offers=SC_PR_ONLY),
    ),
    C(
        "she is a citizen, her husband is on a DP vs she is on a DP herself; SC/PR only",
        "cs",
        [
            pool("cs")(
                "Rachel Tan Hui Qi",
                2,
                touches=[
                    rang(
                        55,
                        "Cdt is a Singaporean; mentioned her husband is on DP via her sister's "
                        "company - nothing to do with her own eligibility.",
                    )
                ],
            ),
            pool("cs")(
                "Mei Ling Huang",
                0,
                touches=[
                    rang(
                        55,
                        "Cdt is on a Dependant's Pass, would need her own EP or S Pass to "
                        "work here - employer has to apply.",
                    )
                ],
            ),
        ],
        **opening({}, SG_HYBRID, offers=SC_PR_ONLY),
    ),
    C(
        "a Malaysian needs no permit in KL vs a foreign EP holder needing a new sponsor",
        "sales",
        [
            pool("sales", BANKER, "Kuala Lumpur, Malaysia")(
                "Loh Kah Wai",
                2,
                touches=[
                    ats(
                        75,
                        "Cdt is Msian (MyKad), worked 6 yrs in SG as PR, moving back to KL. "
                        "No permit needed.",
                    )
                ],
            ),
            pool("sales", BANKER, "Kuala Lumpur, Malaysia")(
                "Mohammad Rakibul Hasan",
                0,
                touches=[
                    ats(
                        75,
                        "Cdt is a Bangladeshi national, Msian EP w/ current bank expires "
                        "March - needs a new employer to apply EP Cat I.",
                    )
                ],
            ),
        ],
        **opening(
            BANKER_ROLE,
            KL_ONSITE,
            offers=["Local hires only: must have the right to work in Malaysia"],
        ),
    ),
    C(
        "needs a KITAS and is open to it vs won't do a KITAS again; KITAS and IMTA arranged",
        "backend",
        [
            pool("backend", where="Makati, Metro Manila, Philippines")(
                "Carlo Miguel Reyes",
                2,
                touches=[
                    mail(
                        95,
                        "I'd need a KITAS for Jakarta, which I understand takes a few weeks. "
                        "Happy to relocate if the company handles it.",
                    )
                ],
            ),
            pool("backend", where="Makati, Metro Manila, Philippines")(
                "Paolo Enrique Castillo",
                0,
                touches=[
                    mail(
                        95,
                        "Not doing a KITAS again - last time it took five months and my "
                        "passport was held for weeks. Manila-based roles only for me.",
                    )
                ],
            ),
        ],
        **opening(
            {}, JKT_HYBRID, offers=["KITAS and IMTA arranged and paid by us; relocation support"]
        ),
    ),
    C(
        "a Vietnamese citizen mentions visas for fun vs only wants a Singapore EP move",
        "data_eng",
        [
            pool("data_eng", where="Ho Chi Minh City, Vietnam")(
                "Nguyễn Thanh Tùng",
                2,
                touches=[
                    chat(
                        65,
                        "visa thì không cần anh ơi, em người Việt mà haha. Muốn làm ở HCM, "
                        "hybrid càng tốt.",
                    )
                ],
            ),
            pool("data_eng", where="Ho Chi Minh City, Vietnam")(
                "Bùi Thị Thanh Hương",
                0,
                touches=[
                    mail(
                        65,
                        "I'm only looking at roles that sponsor a Singapore Employment Pass - "
                        "the plan is to move to Singapore next year.",
                    )
                ],
            ),
        ],
        **opening({}, HCMC_HYBRID),
    ),
    C(
        "Thai: a Thai national vs a Myanmar national on a work permit; Thai nationals only",
        "sales",
        [
            pool("sales", BANKER, "Bangkok, Thailand")(
                "Nattapong Srisuk",
                2,
                touches=[chat(50, "ผมสัญชาติไทยครับ สนใจงานสายสินเชื่อ SME ที่กรุงเทพฯ")],
            ),
            pool("sales", BANKER, "Bangkok, Thailand")(
                "Aung Kyaw Thant",
                0,
                touches=[
                    ats(
                        50,
                        "Cdt is Myanmar national on a Thai WP + Non-B, tied to current bank. "
                        "Fluent Thai.",
                    )
                ],
            ),
        ],
        **opening(BANKER_ROLE, BKK_ONSITE, offers=["Licensed role: Thai nationality required"]),
    ),
    C(
        "fine with a fresh EP application vs won't restart an EP while her PR is pending",
        "data_eng",
        [
            pool("data_eng")(
                "Kavya Raghunathan",
                2,
                touches=[
                    rang(
                        40,
                        "Cdt on EP, knows a new employer must apply fresh + COMPASS; salary "
                        "clears it easily. Fine with that.",
                    )
                ],
            ),
            pool("data_eng")(
                "Sneha Iyer Balasubramanian",
                0,
                touches=[
                    rang(
                        40,
                        "Cdt won't switch employers while her PR appl is pending - a new EP "
                        "would restart the clock. Not moving till PR is out.",
                    )
                ],
            ),
        ],
        **opening({}, SG_HYBRID, offers=["EP sponsorship available; COMPASS assessed upfront"]),
    ),
    C(
        "a dual citizen with a Philippine passport vs a foreign national on a 9G visa",
        "cs",
        [
            pool("cs", where="Taguig, Metro Manila, Philippines")(
                "Bryan Christopher Lim",
                2,
                touches=[
                    ats(
                        80,
                        "Cdt is Fil-Am dual citizen, holds PH passport, no AEP needed. Based BGC.",
                    )
                ],
            ),
            pool("cs", where="Taguig, Metro Manila, Philippines")(
                "Rohit Sharma Malhotra",
                0,
                touches=[
                    ats(
                        80,
                        "Cdt is Indian national on 9G visa + AEP tied to current BPO. Would "
                        "need a new AEP.",
                    )
                ],
            ),
        ],
        **opening({}, MNL_ONSITE, offers=["Filipino citizens only for this client account"]),
    ),
]

CONTRACT = [
    C(
        "permanent only for the HDB loan vs a 12-month contract is fine",
        "data_eng",
        [
            pool("data_eng")(
                "Kaiser Chua Guan Hong",
                0,
                touches=[
                    rang(
                        60,
                        "Perm only - getting HDB keys next year, bank needs stable employment. "
                        "No contract roles even if renewable.",
                    )
                ],
            ),
            pool("data_eng")(
                "Zachary Foo Jun Hui",
                2,
                touches=[
                    rang(
                        60,
                        "Open to contract, 12m fine, even prefers it - wants to try a few "
                        "industries.",
                    )
                ],
            ),
        ],
        **opening({}, SG_HYBRID, offers=["12-month fixed-term contract, renewable; AWS pro-rated"]),
    ),
    C(
        "ex-contractor wants permanent for CPF vs wants to stay freelance; a permanent role",
        "frontend",
        [
            pool("frontend")(
                "Isaac Lee Wen Hao",
                2,
                touches=[
                    inmail(
                        110,
                        "Contracted for 3 years but want perm now - CPF, medical, and a bank "
                        "that takes my income seriously.",
                    )
                ],
            ),
            pool("frontend")(
                "Daryl Ng Kang Ming",
                0,
                touches=[
                    inmail(
                        110,
                        "I'm freelancing by choice and want to keep it that way - happy to "
                        "take projects, not a permanent seat.",
                    )
                ],
            ),
        ],
        **opening({}, SG_HYBRID, offers=["Permanent, full-time; CPF, AWS and variable bonus"]),
    ),
    C(
        "Bahasa: tired of PKWT renewals, wants PKWTT vs prefers project work; a PKWTT role",
        "data_eng",
        [
            pool("data_eng", where="Jakarta, Indonesia")(
                "Bagus Prasetyo Utomo",
                2,
                touches=[
                    chat(
                        75,
                        "Capek kontrak PKWT diperpanjang terus tiap tahun, pengen yang PKWTT "
                        "alias karyawan tetap.",
                    )
                ],
            ),
            pool("data_eng", where="Jakarta, Indonesia")(
                "Galih Saputra Wijaya",
                0,
                touches=[
                    chat(
                        75,
                        "Saya lebih suka proyek freelance, nggak mau jadi karyawan tetap lagi.",
                    )
                ],
            ),
        ],
        **opening({}, JKT_HYBRID, offers=["Karyawan tetap (PKWTT) from day one, BPJS and THR"]),
    ),
    C(
        "three days a week only, caring for a parent vs full-time with a Saturday half day",
        "cs",
        [
            pool("cs", OPS, "Ho Chi Minh City, Vietnam")(
                "Lê Thị Bích Ngọc",
                0,
                touches=[
                    rang(
                        35,
                        "Cdt caring for her mother after a stroke - can only do part-time, "
                        "3 days a wk max.",
                    )
                ],
            ),
            pool("cs", OPS, "Ho Chi Minh City, Vietnam")(
                "Trần Văn Hiếu",
                2,
                touches=[
                    chat(
                        35,
                        "Full-time ok anh, làm cả sáng thứ Bảy cũng được, em quen rồi.",
                    )
                ],
            ),
        ],
        **opening(
            OPS_ROLE,
            dict(remote_policy="onsite", location="Ho Chi Minh City, Vietnam"),
            offers=["Full-time, Monday to Friday plus Saturday mornings"],
        ),
    ),
    C(
        "Taglish: no more agency-hired, direct hire only vs agency fine with HMO from day one",
        "cs",
        [
            pool("cs", where="Makati, Metro Manila, Philippines")(
                "Jennifer Soriano Aquino",
                0,
                touches=[
                    chat(
                        50,
                        "Ayaw ko na po sa agency-hired, 3 years na akong contractual. Direct "
                        "hire lang po ngayon.",
                    )
                ],
            ),
            pool("cs", where="Makati, Metro Manila, Philippines")(
                "Ronaldo Pascual Mercado",
                2,
                touches=[
                    chat(
                        50,
                        "Okay lang po sakin kahit agency, basta may HMO from day 1 at on-time "
                        "ang sweldo.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            MNL_HYBRID,
            offers=["Hired through our staffing partner, contract renewed yearly; HMO day 1"],
        ),
    ),
]

COMMUTE = [
    C(
        "JB to Woodlands is fine vs JB-only after the causeway jams; a Woodlands site",
        "cs",
        [
            pool("cs", FAB_PE, "Johor Bahru, Malaysia")(
                "Sivakumar a/l Rajendran",
                2,
                touches=[
                    rang(
                        45,
                        "Cdt stays Bukit Indah, crosses daily. Says north side like Woodlands "
                        "is ok, just not Tuas or the east.",
                    )
                ],
            ),
            pool("cs", FAB_PE, "Johor Bahru, Malaysia")(
                "Chew Kok Hin",
                0,
                touches=[
                    chat(
                        45,
                        "causeway jam 2.5hrs every morning, i give up liao. only want jobs in "
                        "JB now, no more crossing",
                    )
                ],
            ),
        ],
        **opening(FAB_ROLE, dict(remote_policy="onsite", location="Woodlands, Singapore")),
    ),
    C(
        "Bekasi by KRL to SCBD is fine vs no daily drive from Bekasi, max an hour",
        "backend",
        [
            pool("backend", where="Bekasi, West Java, Indonesia")(
                "Andika Ramadhan Putra",
                2,
                touches=[
                    chat(
                        30,
                        "Ke SCBD dari Bekasi aman kok, naik LRT/KRL terus MRT, ga nyetir.",
                    )
                ],
            ),
            pool("backend", where="Bekasi, West Java, Indonesia")(
                "Ilham Kurniawan Syah",
                0,
                touches=[
                    rang(
                        30,
                        "Cdt lives Bekasi, max 1 hr each way. SCBD 5 days = 2.5 hrs in "
                        "traffic, he said no way.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            JKT_ONSITE,
            description="Build the services behind our ordering platform. Office in SCBD, "
            "five days a week.",
        ),
    ),
    C(
        "only near a BTS or MRT station, no car vs 45 minutes max from Rangsit",
        "cs",
        [
            pool("cs", REV_MGMT, "Bangkok, Thailand")(
                "Kanokwan Saelim",
                2,
                touches=[
                    rang(
                        55,
                        "Cdt has no car; will only consider offices walkable from a BTS/MRT "
                        "station.",
                    )
                ],
            ),
            pool("cs", REV_MGMT, "Bangkok, Thailand")(
                "Somchai Wongsawat",
                0,
                touches=[
                    rang(
                        55,
                        "Cdt lives Rangsit, anything beyond 45 min is a no - Asok is 1.5h "
                        "each way for him.",
                    )
                ],
            ),
        ],
        **opening(REV_ROLE, BKK_HYBRID),
    ),
    C(
        "Cavite to Makati every day is a no vs fine with the company shuttle",
        "cs",
        [
            pool("cs", where="Bacoor, Cavite, Philippines")(
                "Ericka Joy Nepomuceno",
                0,
                touches=[
                    chat(
                        40,
                        "Ayoko na po mag-commute ng 3 oras papuntang Makati araw-araw. "
                        "Sobrang traffic sa Coastal.",
                    )
                ],
            ),
            pool("cs", where="Bacoor, Cavite, Philippines")(
                "Christian Dave Lacson",
                2,
                touches=[
                    chat(
                        40,
                        "Taga-Cavite ako pero okay lang, basta may shuttle ang company.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            dict(remote_policy="onsite", location="Makati, Metro Manila, Philippines"),
            offers=["Free shuttle from Bacoor and Imus"],
        ),
    ),
    C(
        "Butterworth to Bayan Lepas by the company bus vs wants to avoid the bridge",
        "cs",
        [
            pool("cs", FAB_PE, "Butterworth, Penang, Malaysia")(
                "Teoh Guan Seng",
                2,
                touches=[
                    chat(
                        60,
                        "Penang bridge ok one, company bus from Seberang Perai is enough for me",
                    )
                ],
            ),
            pool("cs", FAB_PE, "Butterworth, Penang, Malaysia")(
                "Muthu a/l Krishnan",
                0,
                touches=[
                    rang(
                        60,
                        "Cdt lives Butterworth, doesn't want to cross the bridge daily - "
                        "mainland plants only (Prai / Kulim side).",
                    )
                ],
            ),
        ],
        **opening(FAB_ROLE, PENANG_FAB, offers=["Company bus from Seberang Perai and Butterworth"]),
    ),
    C(
        "PJ to Cyberjaya is too far at 30 minutes max vs happy to drive against the traffic",
        "data_eng",
        [
            pool("data_eng", where="Petaling Jaya, Selangor, Malaysia")(
                "Nur Izzati binti Kamal",
                0,
                touches=[
                    ats(
                        45,
                        "Cdt in PJ, max 30 min drive. Cyberjaya 50 min w/ traffic = no.",
                    )
                ],
            ),
            pool("data_eng", where="Petaling Jaya, Selangor, Malaysia")(
                "Leong Jia Hao",
                2,
                touches=[
                    chat(
                        45,
                        "cyberjaya fine, driving against the traffic from PJ, 35km is nothing",
                    )
                ],
            ),
        ],
        **opening({}, dict(remote_policy="onsite", location="Cyberjaya, Selangor, Malaysia")),
    ),
]

# --- 4. pay against the band ---------------------------------------------------------------

PAY = [
    C(
        "expects at least SGD 11k a month vs asking 8.5k; an 8k-9.5k band",
        "backend",
        [
            pool("backend")(
                "Desmond Lau Chee Meng",
                0,
                touches=[
                    ats(
                        40,
                        "Cur SGD 9.8k x 13. Exp sal min 11k/mth + AWS, won't go lower.",
                    )
                ],
            ),
            pool("backend")(
                "Ryan Pang Wei Xiang",
                2,
                touches=[ats(40, "Cur 7.2k/mth + AWS. Exp 8.5k, flexible for the right team.")],
            ),
        ],
        **opening(
            {},
            SG_HYBRID,
            salary_min=96_000,
            salary_max=114_000,
            currency="SGD",
            offers=["SGD 8,000-9,500 a month plus AWS and a variable bonus"],
        ),
    ),
    C(
        "Bahasa: asks 45 juta nett vs 35 juta gross plus THR; a 30-38 juta band",
        "data_eng",
        [
            pool("data_eng", where="Jakarta, Indonesia")(
                "Hendra Gunawan Tjahjadi",
                0,
                touches=[
                    chat(
                        50,
                        "Ekspektasi saya 45 juta nett per bulan ya Pak, di bawah itu saya "
                        "tidak bisa.",
                    )
                ],
            ),
            pool("data_eng", where="Jakarta, Indonesia")(
                "Yudi Firmansyah",
                2,
                touches=[
                    chat(50, "Ekspektasi sekitar 35 juta gross per bulan, plus THR seperti biasa."),
                ],
            ),
        ],
        **opening(
            {},
            JKT_HYBRID,
            salary_min=360_000_000,
            salary_max=456_000_000,
            currency="IDR",
            offers=["IDR 30-38 juta a month gross, THR and BPJS"],
        ),
    ),
    C(
        "Thai: wants 150,000 baht vs current 95k asking 110k; a 90k-120k band",
        "cs",
        [
            pool("cs", REV_MGMT, "Bangkok, Thailand")(
                "Pattarapong Inthasorn",
                0,
                touches=[chat(45, "ต้องการเงินเดือน 150,000 บาทขึ้นไปครับ ต่ำกว่านี้ไม่พิจารณา")],
            ),
            pool("cs", REV_MGMT, "Bangkok, Thailand")(
                "Jiraporn Suwannarat",
                2,
                touches=[ats(45, "Cur THB 95k/mth + 2 mths bonus. Asking 110k.")],
            ),
        ],
        **opening(
            REV_ROLE,
            BKK_HYBRID,
            salary_min=1_080_000,
            salary_max=1_440_000,
            currency="THB",
            offers=["THB 90,000-120,000 a month plus bonus"],
        ),
    ),
    C(
        "Vietnamese: expects 80 triệu net vs about 55 triệu gross; a 45-60 triệu band",
        "backend",
        [
            pool("backend", where="Hanoi, Vietnam")(
                "Nguyễn Đức Mạnh",
                0,
                touches=[chat(55, "Em kỳ vọng 80 triệu net/tháng anh ạ, thấp hơn em không đi.")],
            ),
            pool("backend", where="Hanoi, Vietnam")(
                "Phan Thu Trang",
                2,
                touches=[chat(55, "Em mong muốn khoảng 55 triệu gross/tháng, có tháng 13 là ok.")],
            ),
        ],
        **opening(
            {},
            HANOI_ONSITE,
            salary_min=540_000_000,
            salary_max=720_000_000,
            currency="VND",
            offers=["VND 45-60 triệu a month gross plus 13th-month salary"],
        ),
    ),
    C(
        "current PHP 170k, will take 140k for the mission vs won't go below 180k",
        "cs",
        [
            pool("cs", where="Taguig, Metro Manila, Philippines")(
                "Patricia Anne Gonzales",
                2,
                touches=[
                    rang(
                        35,
                        "Cdt currently at 170k/mo at an offshore gaming co. Happy to take "
                        "140k to get out of gaming - her words, 'sanity over salary'.",
                    )
                ],
            ),
            pool("cs", where="Taguig, Metro Manila, Philippines")(
                "Michael Angelo Dizon",
                0,
                touches=[ats(35, "Min 180k/mo + 13th month. Firm, has a counter ready.")],
            ),
        ],
        **opening(
            {},
            MNL_ONSITE,
            salary_min=1_440_000,
            salary_max=1_800_000,
            currency="PHP",
            offers=["PHP 120,000-150,000 a month plus 13th-month pay and HMO"],
        ),
    ),
    C(
        "asks RM150k a year with bonus vs a RM18k monthly basic minimum; an RM12k-14k band",
        "sales",
        [
            pool("sales", BANKER, "Kuala Lumpur, Malaysia")(
                "Wong Kah Seng",
                2,
                touches=[
                    mail(
                        70,
                        "My expectation is around RM150k per annum including bonus - open on "
                        "the split between basic and variable.",
                    )
                ],
            ),
            pool("sales", BANKER, "Kuala Lumpur, Malaysia")(
                "Thevandran a/l Ganesan",
                0,
                touches=[
                    rang(
                        70,
                        "Cdt min RM18k basic/mth, plus 3 mths bonus guaranteed. Won't move "
                        "for less.",
                    )
                ],
            ),
        ],
        **opening(
            BANKER_ROLE,
            KL_ONSITE,
            salary_min=144_000,
            salary_max=168_000,
            currency="MYR",
            offers=["RM12,000-14,000 a month basic plus a performance bonus"],
        ),
    ),
]

# --- 5. last time's reason, resolved by this role or still standing -------------------------

PAST_SG_PAY = dict(remote_policy="hybrid", location="Singapore", salary_max=102_000, currency="SGD")
PAST_JKT_WFO = dict(remote_policy="onsite", location="Jakarta, Indonesia")
PAST_SG_NO_EP = dict(remote_policy="onsite", location="Singapore")
PAST_PENANG_SHIFT = dict(remote_policy="onsite", location="Bayan Lepas, Penang, Malaysia")
PAST_MNL_TRAVEL = dict(remote_policy="hybrid", location="Makati, Metro Manila, Philippines")

RESOLVED = [
    C(
        "declined over pay, ask inside the new band vs ask still above it",
        "backend",
        [
            pool("backend")(
                "Alvin Toh Kian Seng",
                2,
                apps=[
                    said_no(
                        250,
                        "compensation",
                        "Asked 10.5k/mth, band capped at 8.5k. Parted well.",
                        past=PAST_SG_PAY,
                    )
                ],
            ),
            pool("backend")(
                "Bryan Soh Chin Wee",
                0,
                apps=[
                    said_no(
                        250,
                        "compensation",
                        "Asked 14k/mth - well above anything we pay at this level.",
                        past=PAST_SG_PAY,
                    )
                ],
            ),
        ],
        **opening(
            {},
            SG_HYBRID,
            salary_min=120_000,
            salary_max=138_000,
            currency="SGD",
            offers=["SGD 10,000-11,500 a month plus AWS"],
        ),
    ),
    C(
        "withdrew over five days WFO, now hybrid vs withdrew wanting full remote",
        "data_eng",
        [
            pool("data_eng", where="Jakarta, Indonesia")(
                "Taufik Hidayatullah",
                2,
                apps=[
                    pulled(
                        200,
                        "remote_policy",
                        "WFO 5 hari di Kuningan, dia tidak sanggup. Hybrid would have worked.",
                        past=PAST_JKT_WFO,
                        role="Data Engineer",
                    )
                ],
            ),
            pool("data_eng", where="Jakarta, Indonesia")(
                "Eko Budi Susilo",
                0,
                apps=[
                    pulled(
                        200,
                        "remote_policy",
                        "Wants full WFH only, will not come to any office, even 1 day.",
                        past=PAST_JKT_WFO,
                        role="Data Engineer",
                    )
                ],
            ),
        ],
        **opening({}, JKT_HYBRID),
    ),
    C(
        "declined because we couldn't sponsor an EP, this role does vs declined moving to SG",
        "data_eng",
        [
            pool("data_eng", where="Kuala Lumpur, Malaysia")(
                "Kumaresan a/l Palaniappan",
                2,
                apps=[
                    said_no(
                        300,
                        "other",
                        "Offer pulled - we could not sponsor an EP for that headcount.",
                        past=PAST_SG_NO_EP,
                        role="Data Engineer",
                    )
                ],
            ),
            pool("data_eng", where="Kuala Lumpur, Malaysia")(
                "Nadiah binti Othman",
                0,
                apps=[
                    said_no(
                        300,
                        "location",
                        "Declined - decided she doesn't want to relocate to Singapore, family "
                        "in KL.",
                        past=PAST_SG_NO_EP,
                        role="Data Engineer",
                    )
                ],
            ),
        ],
        **opening({}, SG_HYBRID, offers=["EP sponsorship and relocation package from KL"]),
    ),
    C(
        "withdrew over rotating shifts, now office hours vs withdrew over Penang itself",
        "cs",
        [
            pool("cs", FAB_PE, "Ipoh, Perak, Malaysia")(
                "Chan Wai Keong",
                2,
                apps=[
                    pulled(
                        180,
                        "other",
                        "Withdrew at final - role was on 12h rotating shift, he wants office "
                        "hours.",
                        stage="final",
                        past=PAST_PENANG_SHIFT,
                        role="Process Engineer",
                    )
                ],
            ),
            pool("cs", FAB_PE, "Ipoh, Perak, Malaysia")(
                "Saravanan a/l Muniandy",
                0,
                apps=[
                    pulled(
                        180,
                        "location",
                        "Withdrew at final - wife won't move to Penang, staying in Ipoh.",
                        stage="final",
                        past=PAST_PENANG_SHIFT,
                        role="Process Engineer",
                    )
                ],
            ),
        ],
        **opening(
            FAB_ROLE,
            PENANG_FAB,
            offers=["Office hours, Monday to Friday; no shift rotation for this module role"],
        ),
    ),
    C(
        "declined over 50% travel, now 10% vs declined over a Japanese-HQ reporting line",
        "sales",
        [
            pool("sales", KAM, "Makati, Metro Manila, Philippines")(
                "Katrina Bianca Lopez",
                2,
                apps=[
                    said_no(
                        220,
                        "other",
                        "Declined: 50% travel to Vismin distributors, too much with a baby.",
                        past=PAST_MNL_TRAVEL,
                        role="Key Account Manager",
                    )
                ],
            ),
            pool("sales", KAM, "Makati, Metro Manila, Philippines")(
                "Ramon Gabriel Tolentino",
                0,
                apps=[
                    said_no(
                        220,
                        "culture_fit",
                        "Declined: didn't want to report into the Tokyo HQ team again, said "
                        "the approvals culture drove him out of his last job.",
                        past=PAST_MNL_TRAVEL,
                        role="Key Account Manager",
                    )
                ],
            ),
        ],
        **opening(
            KAM_ROLE,
            MNL_HYBRID,
            offers=["Metro Manila accounts, about 10% travel", "Reports to the Tokyo HQ team"],
        ),
    ),
    C(
        "declined for want of a surau and halal canteen, now there is one vs wanted regional scope",
        "cs",
        [
            pool("cs", OPS, "Klang, Selangor, Malaysia")(
                "Ahmad Syukri bin Ismail",
                2,
                apps=[
                    said_no(
                        260,
                        "other",
                        "Declined: no surau on site and no halal canteen at the old DC.",
                        past=dict(remote_policy="onsite", location="Klang, Selangor, Malaysia"),
                        role="Warehouse Manager",
                    )
                ],
            ),
            pool("cs", OPS, "Klang, Selangor, Malaysia")(
                "Zulkifli bin Abdul Rahman",
                0,
                apps=[
                    said_no(
                        260,
                        "other",
                        "Declined: wanted a regional role with a path to country head; a "
                        "single-DC job felt like a step sideways.",
                        past=dict(remote_policy="onsite", location="Klang, Selangor, Malaysia"),
                        role="Warehouse Manager",
                    )
                ],
            ),
        ],
        **opening(
            OPS_ROLE,
            dict(remote_policy="onsite", location="Klang, Selangor, Malaysia"),
            description="Run the Klang DC of our consumer-goods group: 300 staff, two shifts.",
            offers=["New DC with a surau and a halal-certified canteen"],
        ),
    ),
]

# --- 6. negation and scope -------------------------------------------------------------------

NEGATIONS = [
    C(
        "not against moving to Singapore vs not moving to Singapore",
        "backend",
        [
            pool("backend", where="Kuala Lumpur, Malaysia")(
                "Tee Boon Keat",
                2,
                touches=[
                    rang(
                        45,
                        "Cdt not against relocating to SG if the package makes sense, wife "
                        "also open.",
                    )
                ],
            ),
            pool("backend", where="Kuala Lumpur, Malaysia")(
                "Lim Chun Yee",
                0,
                touches=[rang(45, "Cdt not relocating to SG. KL or remote only.")],
            ),
        ],
        **opening({}, SG_ONSITE),
    ),
    C(
        "Malay: doesn't mind shift work vs can't do shift work; a shift role",
        "cs",
        [
            pool("cs", FAB_PE, "Kulim, Kedah, Malaysia")(
                "Mohd Hafiz bin Jaafar",
                2,
                touches=[chat(40, "Saya tak kisah kerja shift, dah biasa dari zaman operator.")],
            ),
            pool("cs", FAB_PE, "Kulim, Kedah, Malaysia")(
                "Azrul Nizam bin Hussin",
                0,
                touches=[chat(40, "Saya tak boleh kerja shift lagi, anak kecil dan isteri kerja.")],
            ),
        ],
        **opening(
            FAB_ROLE,
            dict(remote_policy="onsite", location="Kulim, Kedah, Malaysia"),
            offers=FAB_SHIFTS,
        ),
    ),
    C(
        "the money was never the problem, the office days were vs the reverse",
        "backend",
        [
            pool("backend", where="Kuala Lumpur, Malaysia")(
                "Jason Ooi Khai Loon",
                2,
                touches=[
                    rang(
                        130,
                        "Honestly money was never the problem - it was the 5 days at the "
                        "Cyberjaya office that killed it.",
                    )
                ],
            ),
            pool("backend", where="Kuala Lumpur, Malaysia")(
                "Edwin Choo Seng Kit",
                0,
                touches=[
                    rang(
                        130,
                        "Honestly the office days were never the problem - it was the money, "
                        "RM11k just isn't enough for him.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            KL_HYBRID,
            salary_min=120_000,
            salary_max=132_000,
            currency="MYR",
            offers=[
                "RM10,000-11,000 a month",
                "Hybrid: two days a week at our Bangsar South office",
            ],
        ),
    ),
    C(
        "not remote-only, hybrid works vs remote-only; a hybrid role",
        "frontend",
        [
            pool("frontend", where="Bangkok, Thailand")(
                "Nutthapon Kaewmanee",
                2,
                touches=[
                    inmail(
                        85,
                        "I'm not remote-only - a couple of office days a week actually suits me.",
                    )
                ],
            ),
            pool("frontend", where="Bangkok, Thailand")(
                "Apinya Charoensuk",
                0,
                touches=[inmail(85, "Remote-only for me going forward, no office days.")],
            ),
        ],
        **opening({}, BKK_HYBRID),
    ),
    C(
        "never said no to managing, just not more than five vs IC only; a team of four",
        "manager",
        [
            pool("manager", where="Ho Chi Minh City, Vietnam")(
                "Đặng Quang Huy",
                2,
                touches=[
                    mail(
                        95,
                        "I never said no to people management - I just don't want a team of "
                        "fifteen. Four or five engineers would be ideal.",
                    )
                ],
            ),
            pool("manager", where="Ho Chi Minh City, Vietnam")(
                "Vũ Minh Tuấn",
                0,
                touches=[
                    mail(
                        95,
                        "I want to stay an individual contributor - no direct reports, please.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            HCMC_HYBRID,
            description="Lead the payments team of four engineers.",
            title="Engineering Manager, Payments (team of four)",
        ),
    ),
]

# --- 7. work mode, said in different places ------------------------------------------------

WORK_MODE = [
    C(
        "policy field only: WFH since Covid vs misses office kopi sessions; a remote role",
        "data_eng",
        [
            pool("data_eng", where="Penang, Malaysia")(
                "Lau Pei Yee",
                2,
                touches=[chat(90, "been WFH since covid, want to keep it that way pls")],
            ),
            pool("data_eng", where="Penang, Malaysia")(
                "Kok Wai Loon",
                0,
                touches=[
                    chat(
                        90,
                        "honestly miss the office - kopi sessions, makan together. want to be "
                        "in office daily",
                    )
                ],
            ),
        ],
        **opening({}, ASEAN_REMOTE),
    ),
    C(
        "description only: a fully on-site plant vs wants WFH only",
        "cs",
        [
            pool("cs", OPS, "Penang, Malaysia")(
                "Goh Swee Lian",
                0,
                touches=[ats(60, "Cdt wants WFH only, no site roles.")],
            ),
            pool("cs", OPS, "Penang, Malaysia")(
                "Ng Chee Kiong",
                2,
                touches=[ats(60, "Cdt prefers being on the floor at the plant every day.")],
            ),
        ],
        **opening(
            OPS_ROLE,
            dict(location="Bayan Lepas, Penang, Malaysia"),
            description="Run the electronics plant's finished-goods warehouse: a fully on-site "
            "role at our Bayan Lepas plant, Monday to Friday.",
        ),
    ),
    C(
        "title only: a remote role in Da Nang vs wants an office in Da Nang",
        "data_eng",
        [
            pool("data_eng", where="Da Nang, Vietnam")(
                "Hồ Thị Mỹ Duyên",
                2,
                touches=[chat(70, "Em muốn làm remote từ Đà Nẵng, không muốn ra văn phòng.")],
            ),
            pool("data_eng", where="Da Nang, Vietnam")(
                "Ngô Quốc Trung",
                0,
                touches=[chat(70, "Em thích đi làm ở văn phòng hơn, ở nhà không tập trung được.")],
            ),
        ],
        **opening(
            {},
            dict(location="Da Nang, Vietnam"),
            title="Senior Data Engineer (Remote, Vietnam)",
        ),
    ),
    C(
        "offers only: WFH four days vs fully on-site, the house is too crowded",
        "cs",
        [
            pool("cs", where="Quezon City, Metro Manila, Philippines")(
                "Cherry Ann Villareal",
                2,
                touches=[chat(50, "Hybrid po sana, max 1 day onsite lang kaya ko.")],
            ),
            pool("cs", where="Quezon City, Metro Manila, Philippines")(
                "Arnel Bustamante",
                0,
                touches=[
                    chat(
                        50,
                        "Fully onsite po sana - ang ingay sa bahay, kasama ko mga pamangkin "
                        "at lola, hindi ako makapag-focus sa WFH.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            dict(location="Taguig, Metro Manila, Philippines"),
            offers=["WFH four days a week, one day at our BGC hub"],
        ),
    ),
    C(
        "Bahasa: WFO five days in Kuningan vs wants WFH or hybrid",
        "backend",
        [
            pool("backend", where="Jakarta, Indonesia")(
                "Rizal Fahmi Lubis",
                0,
                touches=[chat(55, "Maunya WFH atau hybrid ya kak, kalau WFO full saya skip.")],
            ),
            pool("backend", where="Jakarta, Indonesia")(
                "Stefanus Adrian Halim",
                2,
                touches=[chat(55, "Saya lebih suka WFO sih kak, di rumah rame banget.")],
            ),
        ],
        **opening(
            {},
            dict(location="Jakarta, Indonesia"),
            description="Bangun layanan backend platform pemesanan kami. Kerja dari kantor "
            "(WFO) 5 hari seminggu di Kuningan.",
        ),
    ),
]

# --- 8. location and relocation --------------------------------------------------------------

LOCATIONS = [
    C(
        "moving to Penang with her husband's transfer vs no plans; a Penang role",
        "data_eng",
        [
            pool("data_eng", where="Kuala Lumpur, Malaysia")(
                "Cheah Su Lin",
                2,
                touches=[
                    rang(
                        50,
                        "Husband transferred to Penang plant, family moving to the island; "
                        "she's looking for something there.",
                    )
                ],
            ),
            pool("data_eng", where="Kuala Lumpur, Malaysia")("Yong Kah Yan", 1),
        ],
        **opening(
            {},
            dict(remote_policy="onsite", location="George Town, Penang, Malaysia"),
        ),
    ),
    C(
        "Vietnamese: won't move to Hanoi vs ready to move to Hanoi",
        "backend",
        [
            pool("backend", where="Ho Chi Minh City, Vietnam")(
                "Lý Hoàng Nam",
                0,
                touches=[
                    chat(60, "Em không muốn chuyển ra Hà Nội đâu anh, gia đình em ở Sài Gòn.")
                ],
            ),
            pool("backend", where="Ho Chi Minh City, Vietnam")(
                "Châu Minh Nhật",
                2,
                touches=[chat(60, "Em sẵn sàng ra Hà Nội làm việc, có người nhà ở Cầu Giấy rồi.")],
            ),
        ],
        **opening({}, HANOI_ONSITE),
    ),
    C(
        "Cebu: Manila only if remote vs ready to move, relatives in QC; an on-site Manila role",
        "cs",
        [
            pool("cs", where="Cebu City, Philippines")(
                "Lovely Grace Cabahug",
                0,
                touches=[
                    chat(
                        45,
                        "Open po ako sa Manila company basta remote, hindi po ako lilipat "
                        "ng Manila.",
                    )
                ],
            ),
            pool("cs", where="Cebu City, Philippines")(
                "Kenneth Rhey Alcantara",
                2,
                touches=[
                    chat(
                        45,
                        "Ready na po ako lumipat ng Metro Manila, may relatives ako sa QC "
                        "na pwede kong tirhan.",
                    )
                ],
            ),
        ],
        **opening({}, MNL_ONSITE),
    ),
    C(
        "a Malaysian in Singapore going home to be near his parents vs settled in Singapore",
        "sales",
        [
            pool("sales", BANKER)(
                "Chin Wai Mun",
                2,
                touches=[
                    inmail(
                        80,
                        "After 9 years in SG I'm heading back to KL - my parents are getting "
                        "older and I want to be near them.",
                    )
                ],
            ),
            pool("sales", BANKER)(
                "Ong Kian Beng",
                0,
                touches=[
                    inmail(
                        80,
                        "I'm Malaysian but settled in SG for good - kids in school here, not "
                        "going back.",
                    )
                ],
            ),
        ],
        **opening(BANKER_ROLE, KL_ONSITE),
    ),
    C(
        "Bahasa: wants to go back to Jakarta from Surabaya vs won't go to Jakarta, the traffic",
        "sales",
        [
            pool("sales", KAM, "Surabaya, Indonesia")(
                "Lukas Hartono Wijaya",
                2,
                touches=[
                    chat(65, "Saya pengen balik ke Jakarta, orang tua sudah di sana semua."),
                ],
            ),
            pool("sales", KAM, "Surabaya, Indonesia")(
                "Ahmad Fauzan Basri",
                0,
                touches=[chat(65, "Nggak mau ke Jakarta mas, macetnya nggak kuat. Surabaya aja.")],
            ),
        ],
        **opening(KAM_ROLE, JKT_ONSITE),
    ),
    C(
        "her partner is posted to Bangkok but she is staying vs moving with her partner",
        "cs",
        [
            pool("cs", REV_MGMT)(
                "Cheryl Lim Siew Hwee",
                0,
                touches=[
                    rang(
                        55,
                        "Cdt's partner got posted to Bangkok; she is staying in SG with the "
                        "kids, he'll fly back on weekends.",
                    )
                ],
            ),
            pool("cs", REV_MGMT)(
                "Gwendolyn Seet Pei Ling",
                2,
                touches=[
                    rang(
                        55,
                        "Cdt relocating to Bangkok with her partner - condo already signed in "
                        "Thonglor. Looking for roles there.",
                    )
                ],
            ),
        ],
        **opening(REV_ROLE, BKK_HYBRID),
    ),
    C(
        "Kulim is fine from Penang vs island only, not Kulim",
        "cs",
        [
            pool("cs", FAB_PE, "Penang, Malaysia")(
                "Tan Chee Hoong",
                2,
                touches=[ats(70, "Cdt ok with Kulim Hi-Tech, 40 min drive from Bukit Mertajam.")],
            ),
            pool("cs", FAB_PE, "Penang, Malaysia")(
                "Lim Boon Siang",
                0,
                touches=[ats(70, "Cdt only wants Penang island fabs. Kulim is out.")],
            ),
        ],
        **opening(FAB_ROLE, dict(remote_policy="onsite", location="Kulim, Kedah, Malaysia")),
    ),
    C(
        "wants to move from Hanoi to Singapore vs wants to stay in Vietnam for her parents",
        "data_eng",
        [
            pool("data_eng", where="Hanoi, Vietnam")(
                "Trịnh Quang Vinh",
                2,
                touches=[
                    inmail(
                        75,
                        "I'm actively looking to move to Singapore - have been applying there "
                        "since the summer.",
                    )
                ],
            ),
            pool("data_eng", where="Hanoi, Vietnam")(
                "Đinh Thu Hà",
                0,
                touches=[
                    inmail(
                        75,
                        "I want to stay in Vietnam - my parents are in Hải Phòng and I'm "
                        "their only daughter.",
                    )
                ],
            ),
        ],
        **opening(
            {}, SG_HYBRID, offers=["EP sponsorship and relocation support for the right person"]
        ),
    ),
]

# --- 9. the history with us ------------------------------------------------------------------

LAST_TIME = [
    C(
        "lost a final to one other person vs a no-show at the final",
        "backend",
        [
            pool("backend", where="Kuala Lumpur, Malaysia")(
                "Ikmal Hakim bin Rashid",
                2,
                apps=[lost_final(190, "Close call, HM liked him - other cdt had Kafka depth.")],
            ),
            pool("backend", where="Kuala Lumpur, Malaysia")(
                "Daniel Raj a/l Anthony",
                0,
                apps=[
                    app(
                        190,
                        "final",
                        "rejected",
                        "no_show",
                        "No-show for final panel, no call, no msg. HM said don't bother again.",
                    )
                ],
            ),
        ],
        **opening({}, KL_HYBRID),
    ),
    C(
        "a Kubernetes gap two months ago vs a gap two years ago, certified since",
        "sre",
        [
            pool("sre", where="Bangkok, Thailand")(
                "Kittisak Phongphan",
                0,
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Weak on k8s networking + Terraform state, couldn't debug in the "
                        "live round.",
                        role="SRE",
                    )
                ],
            ),
            pool("sre", where="Bangkok, Thailand")(
                "Anucha Saetang",
                2,
                apps=[
                    app(
                        720,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Weak on k8s at the time.",
                        role="SRE",
                    )
                ],
                touches=[chat(90, "Passed my CKA last month btw, running prod clusters now.")],
            ),
        ],
        **opening({}, BKK_HYBRID, title="Senior SRE", requirements="Kubernetes\nTerraform\nGo"),
    ),
    C(
        "rude to the GM's team at interview vs withdrew for a family emergency",
        "cs",
        [
            pool("cs", FOM, "Bangkok, Thailand")(
                "Thitipong Khamwong",
                0,
                apps=[
                    app(
                        150,
                        "final",
                        "rejected",
                        "conduct",
                        "Rude to the GM's EA and the front desk team while waiting. GM: do "
                        "not reconsider.",
                        role="Front Office Manager",
                    )
                ],
            ),
            pool("cs", FOM, "Bangkok, Thailand")(
                "Rattana Phanthavong",
                2,
                apps=[
                    pulled(
                        150,
                        "other",
                        "Withdrew before the final - father hospitalised in Chiang Mai. Very "
                        "apologetic, asked us to keep her in mind.",
                        stage="final",
                        role="Front Office Manager",
                    )
                ],
            ),
        ],
        **opening(FOM_ROLE, BKK_ONSITE),
    ),
    C(
        "reneged on a signed offer vs declined gracefully for a counter-offer",
        "sales",
        [
            pool("sales", BANKER, "Jakarta, Indonesia")(
                "Andreas Wijaya Kusuma",
                0,
                apps=[
                    app(
                        240,
                        "offer",
                        "declined_offer",
                        "other",
                        "Signed the offer then didn't show up on day one - ghosted HR for a "
                        "week. Not to be re-engaged.",
                        role="Relationship Manager",
                    )
                ],
            ),
            pool("sales", BANKER, "Jakarta, Indonesia")(
                "Benny Sutanto",
                2,
                apps=[
                    said_no(
                        540,
                        "counteroffer",
                        "Took his bank's counter, called the HM himself to explain. Class act.",
                        role="Relationship Manager",
                    )
                ],
            ),
        ],
        **opening(BANKER_ROLE, JKT_ONSITE),
    ),
]

# --- 10. managing against hands-on, and titles ----------------------------------------------

LEVEL = [
    C(
        "acting lead wants the team vs IC only; a manager role",
        "manager",
        [
            pool("manager")(
                "Wilson Heng Kwang Wei",
                2,
                touches=[
                    rang(
                        80,
                        "Acting lead for 8 months since his EM left, wants the real title and "
                        "the team.",
                    )
                ],
            ),
            pool("manager")(
                "Clement Yeo Jun Kai",
                0,
                touches=[rang(80, "Wants to go back to IC, no people mgmt. Done with 1:1s.")],
            ),
        ],
        **opening({}, SG_HYBRID),
    ),
    C(
        "a manager wanting to code again vs manager roles only; a senior IC role",
        "backend",
        [
            pool("backend", where="Manila, Philippines")(
                "Emmanuel Francisco Lozada",
                2,
                touches=[
                    inmail(
                        65,
                        "After 3 years managing I miss building - happy to go back to a senior "
                        "IC role and write code.",
                    )
                ],
            ),
            pool("backend", where="Manila, Philippines")(
                "Gerardo Samonte Ilagan",
                0,
                touches=[
                    inmail(
                        65,
                        "Only looking at EM / Head of roles now. Not going back to IC.",
                    )
                ],
            ),
        ],
        **opening({}, MNL_HYBRID),
    ),
    C(
        "must have a Head-of title vs title doesn't matter; a senior manager role",
        "cs",
        [
            pool("cs", where="Kuala Lumpur, Malaysia")(
                "Amanda Teh Siew Yin",
                0,
                touches=[ats(55, "Cdt needs 'Head of' in the title, won't step down from it.")],
            ),
            pool("cs", where="Kuala Lumpur, Malaysia")(
                "Hanis Sofea binti Rahim",
                2,
                touches=[ats(55, "Title doesn't matter to her, scope and team do.")],
            ),
        ],
        **opening({}, KL_HYBRID, title="Senior Manager, Customer Success"),
    ),
    C(
        "will step back from VP to AVP for an MNC vs won't step back from VP",
        "sales",
        [
            pool("sales", BANKER, "Makati, Metro Manila, Philippines")(
                "Jose Antonio Ramos",
                2,
                touches=[
                    rang(
                        75,
                        "Cdt VP at a local bank; fine taking an AVP title to get into a "
                        "foreign bank - titles are inflated locally anyway.",
                    )
                ],
            ),
            pool("sales", BANKER, "Makati, Metro Manila, Philippines")(
                "Luis Miguel Fernandez",
                0,
                touches=[rang(75, "Cdt is VP; won't consider anything titled AVP. Firm.")],
            ),
        ],
        **opening(
            BANKER_ROLE,
            MNL_HYBRID,
            title="Assistant Vice President, SME Relationship Management",
        ),
    ),
]

# --- 11. company stage and size --------------------------------------------------------------

STAGE_SIZE = [
    C(
        "wants start-up pace after GLC bureaucracy vs wants an MNC after two start-ups folded",
        "backend",
        [
            pool("backend", where="Kuala Lumpur, Malaysia")(
                "Syed Amirul Syed Hamzah",
                2,
                touches=[
                    rang(
                        100,
                        "Cdt tired of GLC bureaucracy, 6 approvals to deploy. Wants start-up pace.",
                    )
                ],
            ),
            pool("backend", where="Kuala Lumpur, Malaysia")(
                "Lai Wen Xuan",
                0,
                touches=[
                    rang(
                        100,
                        "Two start-ups folded on him in 3 yrs. Wants an MNC or GLC now, "
                        "stability first.",
                    )
                ],
            ),
        ],
        **opening(
            {}, KL_HYBRID, offers=["Series A, 40 people, shipping daily", "ESOP for early hires"]
        ),
    ),
    C(
        "prefers an MNC's career path vs no more MNCs and their regional approvals",
        "sales",
        [
            pool("sales", KAM)(
                "Jolene Chan Yi Ting",
                2,
                touches=[inmail(90, "Would love an MNC - structured career path, proper L&D.")],
            ),
            pool("sales", KAM)(
                "Sebastian Ang Jun Rong",
                0,
                touches=[
                    inmail(
                        90,
                        "No more MNCs please - every promo needs three regional sign-offs.",
                    )
                ],
            ),
        ],
        **opening(
            KAM_ROLE,
            SG_HYBRID,
            offers=["Global FMCG MNC, 90,000 employees", "Regional career paths"],
        ),
    ),
    C(
        "Bahasa: no more family companies vs at home in a konglomerat",
        "cs",
        [
            pool("cs", OPS, "Jakarta, Indonesia")(
                "Teguh Santoso Wibowo",
                0,
                touches=[
                    chat(
                        80,
                        "Saya tidak mau kerja di perusahaan keluarga lagi, semua keputusan "
                        "nunggu bos besar.",
                    )
                ],
            ),
            pool("cs", OPS, "Jakarta, Indonesia")(
                "Rudy Hartanto Gozali",
                2,
                touches=[
                    rang(
                        80,
                        "Cdt comfortable in a konglomerat, knows how to work with the owner's "
                        "family and the second generation.",
                    )
                ],
            ),
        ],
        **opening(
            OPS_ROLE,
            JKT_ONSITE,
            offers=["Family-owned conglomerate: retail, property and logistics arms"],
        ),
    ),
    C(
        "wants profitable after two layoff rounds vs wants hypergrowth and equity",
        "data_eng",
        [
            pool("data_eng")(
                "Timothy Lee Kah Meng",
                2,
                touches=[
                    ats(
                        110,
                        "Survived 2 layoff rounds at a super-app. Wants a profitable co, "
                        "boring is good.",
                    )
                ],
            ),
            pool("data_eng")(
                "Ethan Poh Zheng Yang",
                1,
                touches=[ats(110, "Wants hypergrowth + equity upside, pre-IPO ideally.")],
            ),
        ],
        **opening(
            {}, SG_HYBRID, offers=["A bank with 80 years of profit", "No layoffs in its history"]
        ),
    ),
    C(
        "Vietnamese: wants a small flexible company vs only big corporations; a 30-person firm",
        "frontend",
        [
            pool("frontend", where="Ho Chi Minh City, Vietnam")(
                "Tô Ngọc Anh",
                2,
                touches=[
                    chat(
                        60,
                        "Em thích công ty nhỏ, linh hoạt, được làm nhiều thứ hơn.",
                    )
                ],
            ),
            pool("frontend", where="Ho Chi Minh City, Vietnam")(
                "Hà Văn Long",
                0,
                touches=[chat(60, "Em chỉ muốn vào tập đoàn lớn thôi anh, ổn định hơn.")],
            ),
        ],
        **opening({}, HCMC_HYBRID, offers=["A 30-person product studio", "Flat team"]),
    ),
    C(
        "wants a GLC for stability and KWSP vs won't join a GLC again",
        "sales",
        [
            pool("sales", BANKER, "Kuala Lumpur, Malaysia")(
                "Noraini binti Ahmad Zaki",
                2,
                touches=[
                    rang(
                        95,
                        "Cdt wants a GLC - stability, good KWSP contribution, medical for parents.",
                    )
                ],
            ),
            pool("sales", BANKER, "Kuala Lumpur, Malaysia")(
                "Khairul Anuar bin Samsudin",
                0,
                touches=[
                    rang(
                        95,
                        "Cdt won't go back to a GLC, too much politics and slow promotions.",
                    )
                ],
            ),
        ],
        **opening(
            BANKER_ROLE,
            KL_ONSITE,
            offers=["A government-linked bank", "EPF at 16%, medical cover for parents"],
        ),
    ),
]

# --- 12. industry, mission and technology --------------------------------------------------

MISSION = [
    C(
        "Muslim, no alcohol brands vs no issue with them; a beer and spirits portfolio",
        "sales",
        [
            pool("sales", KAM, "Kuala Lumpur, Malaysia")(
                "Nur Aqilah binti Zainal",
                0,
                touches=[
                    rang(
                        60,
                        "Cdt won't handle alcohol or gambling brands - religious reasons, "
                        "firm on it.",
                    )
                ],
            ),
            pool("sales", KAM, "Kuala Lumpur, Malaysia")(
                "Gregory Lim Chee Seng",
                2,
                touches=[
                    rang(60, "Cdt has no issue with alcohol brands, sold RTDs at last co."),
                ],
            ),
        ],
        **opening(
            KAM_ROLE,
            KL_HYBRID,
            description="Grow our beer, cider and spirits portfolio with modern trade and "
            "on-trade accounts.",
        ),
    ),
    C(
        "won't work for tobacco after his father's cancer vs fine with tobacco",
        "sales",
        [
            pool("sales", KAM, "Jakarta, Indonesia")(
                "Ardiansyah Putra Nasution",
                0,
                touches=[
                    mail(
                        100,
                        "Please don't send me anything from cigarette companies. My father "
                        "passed from lung cancer - I won't sell kretek.",
                    )
                ],
            ),
            pool("sales", KAM, "Jakarta, Indonesia")(
                "Hendri Setiadi Gunawan",
                2,
                touches=[
                    ats(100, "Cdt open to tobacco; sees it as good training and good pay."),
                ],
            ),
        ],
        **opening(
            KAM_ROLE,
            JKT_HYBRID,
            title="Key Account Manager, Kretek and Cigarettes",
            description="Grow our clove cigarette brands in modern trade across Java.",
        ),
    ),
    C(
        "wants renewable energy vs says nothing; a solar developer",
        "data_eng",
        [
            pool("data_eng", where="Hanoi, Vietnam")(
                "Lương Thảo Nguyên",
                2,
                touches=[
                    inmail(
                        85,
                        "I'd really like my next role to be in renewable energy - solar or "
                        "wind, anything that moves Vietnam off coal.",
                    )
                ],
            ),
            pool("data_eng", where="Hanoi, Vietnam")("Kiều Văn Sơn", 1),
        ],
        **opening(
            {},
            dict(remote_policy="hybrid", location="Hanoi, Vietnam"),
            offers=["Rooftop solar developer: 400 MW across Vietnam and the Philippines"],
        ),
    ),
    C(
        "wants financial inclusion for the unbanked vs wants trading and crypto",
        "backend",
        [
            pool("backend", where="Makati, Metro Manila, Philippines")(
                "Rhea Mae Gatchalian",
                2,
                touches=[
                    chat(
                        70,
                        "gusto ko yung may impact - financial inclusion, mga unbanked sa "
                        "probinsya. that's my dream job talaga",
                    )
                ],
            ),
            pool("backend", where="Makati, Metro Manila, Philippines")(
                "Vincent Paul Sy",
                1,
                touches=[chat(70, "want to move into trading or crypto, that's where the fun is")],
            ),
        ],
        **opening(
            {},
            MNL_HYBRID,
            offers=["Microloans and savings for unbanked sari-sari store owners"],
        ),
    ),
    C(
        "no crypto, no gambling, no pinjol vs keen on crypto; a crypto exchange",
        "backend",
        [
            pool("backend")(
                "Farhan Iskandar Rahman",
                0,
                touches=[
                    ats(
                        55,
                        "Cdt: no crypto, no online gambling, no online lending. Anything "
                        "else fine.",
                    )
                ],
            ),
            pool("backend")(
                "Joel Tay Wei Lun",
                2,
                touches=[
                    inmail(55, "Keen on crypto infra - been building on-chain stuff after work.")
                ],
            ),
        ],
        **opening(
            {}, SG_HYBRID, offers=["A MAS-licensed digital asset exchange: spot and custody"]
        ),
    ),
    C(
        "Bahasa: won't work at a pinjol vs an OJK-licensed pinjol is fine",
        "data_eng",
        [
            pool("data_eng", where="Jakarta, Indonesia")(
                "Annisa Fitriani Rahayu",
                0,
                touches=[
                    chat(
                        45,
                        "Maaf kak, aku nggak mau kerja di pinjol, kasihan liat cara penagihannya.",
                    )
                ],
            ),
            pool("data_eng", where="Jakarta, Indonesia")(
                "Kevin Pratama Susanto",
                2,
                touches=[chat(45, "Pinjol gapapa kak asal udah berizin OJK.")],
            ),
        ],
        **opening(
            {},
            JKT_HYBRID,
            offers=["An OJK-licensed online lending (pinjol) platform, 3 million borrowers"],
        ),
    ),
    C(
        "wants health care after her mother's illness vs wants gaming; a hospital group",
        "data_eng",
        [
            pool("data_eng", where="Bangkok, Thailand")(
                "Pornthip Kaewprasert",
                2,
                touches=[
                    rang(
                        100,
                        "Cdt wants to work somewhere that helps patients - mum was in hospital "
                        "for months last year.",
                    )
                ],
            ),
            pool("data_eng", where="Bangkok, Thailand")(
                "Teerawat Boonmee",
                1,
                touches=[rang(100, "Cdt wants to get into gaming, mobile games ideally.")],
            ),
        ],
        **opening(
            {},
            BKK_HYBRID,
            offers=["A private hospital group: 12 hospitals, patient data platform"],
        ),
    ),
    C(
        "won't work for palm oil after the haze vs grew up on a plantation, fine",
        "data_eng",
        [
            pool("data_eng", where="Kuala Lumpur, Malaysia")(
                "Christina Ling Mei Yee",
                0,
                touches=[
                    mail(
                        120,
                        "Please no plantation or palm oil companies - after the haze years I "
                        "just can't.",
                    )
                ],
            ),
            pool("data_eng", where="Kuala Lumpur, Malaysia")(
                "Hafizuddin bin Mansor",
                2,
                touches=[
                    rang(
                        120,
                        "Grew up on a FELDA scheme, palm oil is home for him, no issue.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            KL_HYBRID,
            offers=["A palm oil plantation group: yield and mill analytics"],
        ),
    ),
]

TECH = [
    C(
        "wants to move from Java to Go vs wants to stay on Java; a Go role",
        "sre",
        [
            pool("sre")(
                "Shaun Neo Jia Le",
                2,
                touches=[ats(90, "Wants out of Java/Spring, into Go - writing Go on weekends.")],
            ),
            pool("sre")(
                "Benjamin Kwek Zhi Wei",
                1,
                touches=[ats(90, "Happy on Java/Spring, wants to deepen there.")],
            ),
        ],
        **opening({}, SG_HYBRID, offers=["Go services on Kubernetes and GCP"]),
    ),
    C(
        "won't touch Java again vs Java is fine; a Java and Spring role",
        "backend",
        [
            pool("backend", where="Bangkok, Thailand")(
                "Krit Anantachai",
                0,
                touches=[chat(50, "ไม่เอา Java แล้วครับ เข็ดกับ Spring มาก ขอ Python หรือ Go")],
            ),
            pool("backend", where="Bangkok, Thailand")(
                "Nattawut Rungruang",
                2,
                touches=[chat(50, "Java ได้ครับ ใช้ Spring Boot มา 4 ปี")],
            ),
        ],
        **opening(
            {},
            BKK_HYBRID,
            requirements="Java 17\nSpring Boot\nPostgreSQL\nKafka",
            offers=["Java and Spring Boot microservices"],
        ),
    ),
    C(
        "wants BigQuery after on-prem Hadoop vs wants to stay on Snowflake; a GCP role",
        "data_eng",
        [
            pool("data_eng", where="Kuala Lumpur, Malaysia")(
                "Aina Nabilah binti Roslan",
                2,
                touches=[
                    ats(
                        70,
                        "Sick of on-prem Hadoop at the bank, wants GCP/BigQuery badly.",
                    )
                ],
            ),
            pool("data_eng", where="Kuala Lumpur, Malaysia")(
                "Ho Wei Jian",
                1,
                touches=[ats(70, "Wants to stay on Snowflake, just got SnowPro.")],
            ),
        ],
        **opening({}, KL_HYBRID, offers=["GCP: BigQuery, Dataflow and dbt"]),
    ),
    C(
        "no more SAP, wants a modern WMS vs likes SAP; an SAP EWM site",
        "cs",
        [
            pool("cs", OPS)(
                "Bernard Chng Kok Wah",
                0,
                touches=[
                    rang(
                        60,
                        "Cdt done with SAP - 8 yrs of transactions. Only wants sites on a "
                        "modern cloud WMS.",
                    )
                ],
            ),
            pool("cs", OPS)(
                "Kamal Hassan bin Yusoff",
                2,
                touches=[rang(60, "Cdt likes SAP EWM, did the go-live at his last DC.")],
            ),
        ],
        **opening(
            OPS_ROLE,
            dict(remote_policy="onsite", location="Tuas, Singapore"),
            offers=["SAP S/4HANA EWM warehouse"],
        ),
    ),
    C(
        "wants Flutter vs React only; a Flutter role",
        "frontend",
        [
            pool("frontend", where="Jakarta, Indonesia")(
                "Arief Rachman Hakim",
                2,
                touches=[chat(40, "Pengen pindah ke Flutter, udah bikin 2 app side project.")],
            ),
            pool("frontend", where="Jakarta, Indonesia")(
                "Bima Sakti Nugraha",
                0,
                touches=[chat(40, "Saya React only ya, nggak mau mobile.")],
            ),
        ],
        **opening(
            {},
            JKT_HYBRID,
            title="Senior Mobile Engineer (Flutter)",
            requirements="Flutter\nDart\nMobile release pipelines",
        ),
    ),
    C(
        "won't touch a legacy mainframe vs likes core banking; a COBOL core",
        "backend",
        [
            pool("backend", where="Manila, Philippines")(
                "Neil Patrick Yuzon",
                0,
                touches=[
                    inmail(
                        75,
                        "Not touching legacy mainframe or COBOL again - that's a hard no from me.",
                    )
                ],
            ),
            pool("backend", where="Manila, Philippines")(
                "Reynaldo Cruz Manansala",
                2,
                touches=[
                    inmail(
                        75,
                        "Honestly I like core banking - happy to keep the mainframe running "
                        "while we modernise around it.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            MNL_ONSITE,
            offers=["Core banking on an IBM mainframe (COBOL), with Java services around it"],
        ),
    ),
    C(
        "wants LLM work vs tired of the LLM hype; a GenAI role",
        "data_eng",
        [
            pool("data_eng")(
                "Priya Dharshini Subramaniam",
                2,
                touches=[
                    mail(
                        65,
                        "I'd love to do GenAI - RAG pipelines, evals, the whole LLM stack.",
                    )
                ],
            ),
            pool("data_eng")(
                "Lionel Chew Hong Wei",
                0,
                touches=[
                    mail(
                        65,
                        "Please no more LLM projects, I'm tired of the hype. Classic ML or "
                        "plain data engineering.",
                    )
                ],
            ),
        ],
        **opening(
            {},
            SG_HYBRID,
            title="Senior Data Engineer, GenAI",
            offers=["Build RAG pipelines and LLM evaluation for our customer assistant"],
        ),
    ),
    C(
        "wants Kotlin vs Python only; a Kotlin backend",
        "backend",
        [
            pool("backend", where="Ho Chi Minh City, Vietnam")(
                "Dương Khánh Linh",
                2,
                touches=[ats(85, "Cdt wants to move to Kotlin, did a Ktor side project.")],
            ),
            pool("backend", where="Ho Chi Minh City, Vietnam")(
                "Mai Xuân Phong",
                0,
                touches=[ats(85, "Python only, doesn't want JVM anything.")],
            ),
        ],
        **opening(
            {},
            HCMC_HYBRID,
            requirements="Kotlin\nSpring or Ktor\nPostgreSQL",
            offers=["Kotlin services on the JVM"],
        ),
    ),
]

# --- 13. the latest process and stage ------------------------------------------------------

PROCESS = [
    C(
        "lost a final to one other person vs a CV screen reject",
        "data_eng",
        [
            pool("data_eng", where="Bangkok, Thailand")(
                "Chanwit Somboon",
                2,
                apps=[lost_final(160, "Panel split 3-2, other cdt had the dbt depth.", role="DE")],
            ),
            pool("data_eng", where="Bangkok, Thailand")(
                "Warunee Kittikhun",
                1,
                apps=[
                    app(
                        160,
                        "screen",
                        "rejected",
                        "other",
                        "CV screen only, HM picked internal transfer.",
                        role="DE",
                    )
                ],
            ),
        ],
        **opening({}, BKK_HYBRID),
    ),
    C(
        "hired by us ten weeks ago vs lost a final",
        "cs",
        [
            pool("cs", where="Kuala Lumpur, Malaysia")(
                "Puteri Nur Balqis binti Azmi",
                0,
                apps=[
                    app(
                        70,
                        "offer",
                        "hired",
                        None,
                        "Joined the KL CS team on 14 Sept.",
                        role="Customer Success Manager",
                    )
                ],
            ),
            pool("cs", where="Kuala Lumpur, Malaysia")(
                "Vivian Soo Mei Kuan",
                2,
                apps=[lost_final(200, "Pipped at the post.", role="Customer Success Manager")],
            ),
        ],
        **opening({}, KL_HYBRID),
    ),
    C(
        "accepted an offer elsewhere three weeks ago vs lost a final eight months ago",
        "backend",
        [
            pool("backend", where="Jakarta, Indonesia")(
                "Raditya Mahendra",
                0,
                apps=[
                    pulled(
                        21,
                        "other",
                        "Withdrew - signed with another e-commerce co, joins in Jan.",
                    )
                ],
            ),
            pool("backend", where="Jakarta, Indonesia")(
                "Aditya Nugraha Putra",
                2,
                apps=[lost_final(240, "Strong, lost on system design by a hair.")],
            ),
        ],
        **opening({}, JKT_HYBRID),
    ),
]

# --- 14. several notes over time: the latest word counts ----------------------------------

LATEST_WORD = [
    C(
        "no travel with a newborn, then fine once the kids were older vs the reverse",
        "sales",
        [
            pool("sales", KAM)(
                "Melissa Koh Ai Ling",
                2,
                touches=[
                    rang(500, "Cdt can't travel at all - newborn, no helper yet."),
                    chat(
                        40,
                        "hi! update - kids are older now and we got a helper, regional "
                        "travel is ok for me again",
                    ),
                ],
            ),
            pool("sales", KAM)(
                "Audrey Lim Jia Min",
                0,
                touches=[
                    rang(500, "Cdt loves regional travel, up for 50%."),
                    chat(
                        40,
                        "hi! update - expecting our second in March, so no more regional "
                        "travel for me please",
                    ),
                ],
            ),
        ],
        **opening(KAM_ROLE, SG_HYBRID, offers=["Regional: about 40% travel across ASEAN markets"]),
    ),
    C(
        "a stop taken back vs a 'keep me posted' turned into a deletion request",
        "backend",
        [
            pool("backend", where="Bangkok, Thailand")(
                "Saran Pongpaiboon",
                2,
                touches=[
                    chat(400, "อย่าโทรมาอีกนะครับ ไม่สนใจ"),
                    chat(
                        45,
                        "ขอโทษที่ตอนนั้นตอบแรงไปครับ ช่วงนั้นเครียดมาก ตอนนี้พร้อมคุยเรื่องงานแล้ว ส่งมาได้เลยครับ",
                    ),
                ],
            ),
            pool("backend", where="Bangkok, Thailand")(
                "Pakorn Limthongkul",
                0,
                touches=[
                    chat(400, "ตอนนี้ยังไม่ย้ายครับ แต่มีอะไรส่งมาได้เรื่อยๆ"),
                    mail(
                        45,
                        "Please delete my profile and all my data from your system and stop "
                        "contacting me. Thank you.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **opening({}, BKK_HYBRID),
    ),
    C(
        "refused Singapore, now wants it vs wanted Singapore, now staying in KL",
        "data_eng",
        [
            pool("data_eng", where="Kuala Lumpur, Malaysia")(
                "Lee Chong Ming",
                2,
                touches=[
                    rang(600, "Cdt not keen on SG, family in KL."),
                    inmail(
                        30,
                        "Things have changed - my wife got a job in Singapore, so we're moving "
                        "there early next year. SG roles very welcome now.",
                    ),
                ],
            ),
            pool("data_eng", where="Kuala Lumpur, Malaysia")(
                "Ang Soo Kheng",
                0,
                touches=[
                    rang(600, "Cdt keen to cross over to SG, wants SGD salary."),
                    inmail(
                        30,
                        "Quick update - we bought a house in Cheras and the kids started "
                        "school, so I'm staying in KL. Please no Singapore roles.",
                    ),
                ],
            ),
        ],
        **opening({}, SG_HYBRID, offers=["EP sponsorship and relocation support from Malaysia"]),
    ),
    C(
        "pay ask lowered into the band vs raised above it",
        "backend",
        [
            pool("backend", where="Ho Chi Minh City, Vietnam")(
                "Huỳnh Tấn Lộc",
                2,
                touches=[
                    ats(300, "Exp 90 triệu gross, firm."),
                    chat(
                        25,
                        "Em điều chỉnh kỳ vọng xuống khoảng 60 triệu gross anh nhé, em muốn "
                        "đổi môi trường hơn.",
                    ),
                ],
            ),
            pool("backend", where="Ho Chi Minh City, Vietnam")(
                "Cao Minh Triết",
                0,
                touches=[
                    ats(300, "Exp 55 triệu gross, flexible."),
                    chat(
                        25,
                        "Em vừa được tăng lương, giờ kỳ vọng tối thiểu 90 triệu gross anh ạ.",
                    ),
                ],
            ),
        ],
        **opening(
            {},
            HCMC_HYBRID,
            salary_min=600_000_000,
            salary_max=780_000_000,
            currency="VND",
            offers=["VND 50-65 triệu a month gross plus 13th-month salary"],
        ),
    ),
    C(
        "remote-only softened to hybrid vs hybrid hardened to remote-only",
        "frontend",
        [
            pool("frontend", where="Makati, Metro Manila, Philippines")(
                "Angela Marie Tuazon",
                2,
                touches=[
                    inmail(420, "Full WFH only po, no onsite."),
                    chat(
                        35,
                        "Update po: okay na ako sa hybrid 2 days, lumipat na kami malapit sa "
                        "Ayala.",
                    ),
                ],
            ),
            pool("frontend", where="Makati, Metro Manila, Philippines")(
                "Dennis Ramirez Galang",
                0,
                touches=[
                    inmail(420, "Hybrid is fine, 2-3 days onsite."),
                    chat(
                        35,
                        "Update: lumipat kami sa Batangas, so full remote na lang talaga ako.",
                    ),
                ],
            ),
        ],
        **opening({}, MNL_HYBRID),
    ),
    C(
        "nights refused with a newborn then fine vs fine then refused",
        "cs",
        [
            pool("cs", FAB_PE, "Penang, Malaysia")(
                "Lim Kah Hoe",
                2,
                touches=[
                    rang(450, "No night shift - newborn, wife needs him at night."),
                    rang(50, "Baby now 18 mths, parents moved in. Nights ok again, he said."),
                ],
            ),
            pool("cs", FAB_PE, "Penang, Malaysia")(
                "Yeoh Eng Keat",
                0,
                touches=[
                    rang(450, "Cdt ok with rotating shifts incl. nights."),
                    rang(50, "Cdt's health check flagged BP - no more nights, day only now."),
                ],
            ),
        ],
        **opening(FAB_ROLE, PENANG_FAB, offers=FAB_SHIFTS),
    ),
    C(
        "wanted to lead, then took it back vs IC-only, then wanted the team",
        "manager",
        [
            pool("manager", where="Jakarta, Indonesia")(
                "Gilang Ramadhan Sitompul",
                0,
                touches=[
                    rang(380, "Cdt wants to step up to EM, hungry for it."),
                    chat(
                        30,
                        "Mas, setelah jadi acting lead 6 bulan, ternyata saya lebih cocok "
                        "jadi IC. Nggak mau pegang tim dulu.",
                    ),
                ],
            ),
            pool("manager", where="Jakarta, Indonesia")(
                "Arif Budiman Siswanto",
                2,
                touches=[
                    rang(380, "Cdt IC only, not interested in managing."),
                    chat(
                        30,
                        "Mas, sekarang saya siap pegang tim. Sudah mentoring 3 junior, "
                        "pengen jadi EM.",
                    ),
                ],
            ),
        ],
        **opening({}, JKT_HYBRID),
    ),
    C(
        "a wait called off early vs 'whenever' turned into after Hari Raya",
        "sales",
        [
            pool("sales", BANKER, "Kuala Lumpur, Malaysia")(
                "Hazwan Firdaus bin Nordin",
                2,
                touches=[
                    rang(date(2026, 9, 7), "Cdt wants to wait till after CNY bonus, Feb."),
                    chat(
                        date(2026, 11, 9),
                        "Boss, no need to wait for Feb lah - bonus kena cut anyway. Free to "
                        "talk now.",
                    ),
                ],
            ),
            pool("sales", BANKER, "Kuala Lumpur, Malaysia")(
                "Shahrul Nizam bin Omar",
                1,
                touches=[
                    rang(date(2026, 9, 7), "Cdt open anytime, send JDs."),
                    chat(
                        date(2026, 11, 9),
                        "Boss, sorry ya, now better wait until after Hari Raya next year. "
                        "New boss just joined, can't leave him hanging.",
                    ),
                ],
            ),
        ],
        **opening(BANKER_ROLE, KL_ONSITE),
    ),
]

HELDOUT46_CASES: list[Case] = [
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
