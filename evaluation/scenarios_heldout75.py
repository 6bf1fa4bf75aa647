"""Held-out rediscovery cases, seventy-fifth set: Japanese and South Korean hiring in recruiters'
and candidates' own words, written by a stranger to the reader (its code, its labelled sets and
the earlier case files' sentences were not looked at; held-out 10 was opened for its format
only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 75") and never tuned to what Encore does.

Who writes: bilingual agency consultants in Tokyo (Marunouchi, Shibuya) and Seoul (Gangnam,
Pangyo), and in-house talent teams at foreign-affiliated firms (外資系, gaishikei), Japanese and
Korean manufacturers (a Toyota-group Tier 1, memory and logic fabs in Icheon, Pyeongtaek, Hwaseong
and Kumamoto, a carmaker in Ulsan and one in Hiroshima), game studios in Pangyo and fintechs in
Tokyo and Seoul. Who they write about: backend, data, ML, SRE and frontend engineers, etch process
and field application engineers, automotive embedded engineers, game client programmers, and
bilingual account executives, PMs, CSMs and FP&A people; some foreigners working in Japan or
Korea (技人国, 高度専門職, 永住者, spouse and working-holiday visas; E-7, F-2, F-4, F-5, F-6),
some Japanese and Koreans abroad thinking of going home.

The voices: consultants' ATS shorthand ("TEL済", "cand", "DNC", "HM fb", "LWD"), call memos that
ramble over a fab ramp, a child's school and a visa before one line decides, LINE and KakaoTalk
messages in lower case with emoji, formal emails (お世話になっております, 안녕하세요), LinkedIn DMs,
hiring managers' feedback, Japanese and Korean in native script and romanised, mixed with English
within a line, typos included. Pay is 年収 in 万円, 月給 with 賞与 months, 年俸制, 時給, 연봉 in
천만 and 억, RSUs and stock options; the calendar is Golden Week, Obon, 年末年始, the April start
(4月入社), 추석 and 설, winter bonuses and Korean PS payouts, notice with 有休消化, 전문연구요원
service and the one year a Korean employee serves for 퇴직금.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a formal 個人情報削除 request, a 개인정보 삭제 request under 개인정보보호법, an angry
   KakaoTalk, romanised Japanese and Korean, a consultant's DNC after a rambling call, a polite
   expat's email, a bare "no thanks" to our opt-out line, mixed JP/EN "全部止めてください"): never
   shown; beside each a scoped stop that is no opt-out (LINE only, phone only, not after 22時,
   not during work hours, the newsletter only, the agency's life-sciences desk only, LinkedIn
   InMails only, one client she left, the Nagoya site only, Coupang only, a mother's landline);
2. waits counted from the day said, each against a twin whose wait has run out: the winter
   bonus, 추석 against 설, Golden Week, an April start, 전문연구요원 service, 퇴직금's one year,
   notice with 有休消化, "three months" said a fortnight ago, an RSU vest, Obon against
   年末年始, a Korean PS payout, 育休 to an April nursery place, "half a year after I join",
   permanent residency pending at 入管, 本決算 in May, "next month"; and notes full of dates
   and past holidays that ask for no wait, beside a real one;
3. schedule (みなし残業 45 hours, crunch, 4조 2교대 shifts, late calls with a US HQ, flex for
   nursery drop-off), travel (50% at customers' fabs, weekly trips left behind, car-based Kansai
   sales, quarterly trips to Seoul), visa and right to work (no sponsorship, HSP support, E-7
   against F-5, unfinished military service, a working-holiday visa, an E-7 workplace change),
   contract (正社員 against 契約社員, 業務委託, 계약직, 副業, 出向) and commute (柏 to
   みなとみらい, 일산 to 판교, packed trains and 時差出勤, 大阪 to 神戸, a shuttle bus to 화성);
4. pay against the band: 年収 floors, a current salary above the band with a lower ask, 연봉
   in 천만 and 억, 月給 against 年俸制, bonus months, 時給, a current salary as reference only,
   stock options against cash, dollars in San Francisco against yen at home;
5. work mode said only in the title, only in the description, only in the offers, only in the
   policy field, office days a week, in Korean; negation and its scope ("SIerはもう嫌", "not
   against a transfer", "英語を使わない環境は嫌", "게임이 싫은 게 아니라 크런치가 싫은 거",
   "二度とやりたくない", "外資じゃなきゃ嫌というわけではない");
6. location and relocation (going home to Seoul, 転勤, 単身赴任, a U-turn to Hiroshima, 지방 근무,
   leaving Japan, Osaka to Tokyo), managing against hands-on (EM, 팀장, playing manager, 파트장),
   company stage and size (seed, 대기업, keiretsu Tier 1, pre-IPO, a 2,000-person gaishikei),
   industry and mission (pachinko, defence, crypto, leaving semiconductors, megabanks,
   healthcare, batteries, ad-tech), technology (Go against Java, COBOL, UE5 against Unity,
   AUTOSAR, cloud against on-prem) and level (mid, 主任 against 課長, 책임, director);
7. last time's reason resolved by this role or still standing (pay, office days, 転勤, Japanese
   level, E-7 sponsorship, 전문연구요원, a counter-offer, Kumamoto against Yokohama, shifts),
   the history with us (conduct, a position closed) and the latest process (最終面接 against
   書類選考, 内定承諾後辞退, a placement of ours, a 1차 면접 no-show);
8. several notes over time where the latest word counts (office days, an opt-out taken back and
   a "keep me posted" hardened into deletion, 転勤, going home or staying, a 연봉 ask lowered and
   raised, a bonus wait called off, a move to manage after refusing it, minds changed twice).

People within a case share one profile, so only their words decide. Dates count back from the
scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

FINTECH_BACKEND = dict(
    current_title="Senior Backend Engineer",
    resume_text=(
        "Seven years building Python payment services at a Tokyo fintech: Django and FastAPI "
        "APIs on PostgreSQL, AWS in ap-northeast-1, settlement events on Kafka, and on-call for "
        "the card platform. Business Japanese and English."
    ),
)
PANGYO_BACKEND = dict(
    current_title="Senior Backend Engineer",
    resume_text=(
        "Seven years on Python services at Pangyo platform companies: Django and FastAPI APIs "
        "on PostgreSQL, AWS in ap-northeast-2, Kafka pipelines for payments and delivery, and "
        "on-call for the order platform."
    ),
)
ETCH_JP = dict(
    current_title="Etch Process Engineer",
    skills=["Dry etch", "300mm fab", "SPC / FDC", "Yield improvement", "Tool qualification"],
    years_experience=8,
    resume_text=(
        "Etch process engineer, eight years in 300mm fabs in Yokkaichi and Kumamoto: recipe "
        "development, SPC and FDC, yield excursions, and tool qualifications with equipment "
        "makers' field teams."
    ),
)
ETCH_KR = dict(
    current_title="Etch Process Engineer",
    skills=["Dry etch", "300mm fab", "SPC / FDC", "Yield improvement", "DRAM"],
    years_experience=9,
    resume_text=(
        "식각 공정 엔지니어. Nine years on DRAM etch at a Korean memory maker's Icheon and "
        "Cheongju fabs: recipe development, SPC and FDC, yield excursions and new-tool set-up."
    ),
)
FIELD_AE = dict(
    current_title="Field Application Engineer",
    skills=["CVD / ALD equipment", "Fab start-up", "Customer escalation", "Japanese", "English"],
    years_experience=9,
    resume_text=(
        "Field application engineer for a deposition-equipment maker, nine years: tool "
        "installs and start-ups at customers' fabs in Japan, Taiwan and Korea, process "
        "tuning and escalations in Japanese and English."
    ),
)
ADAS_ENG = dict(
    current_title="Embedded Software Engineer (ADAS)",
    skills=["C", "C++", "AUTOSAR Classic", "CAN / CAN FD", "ISO 26262"],
    years_experience=9,
    resume_text=(
        "Embedded software engineer, nine years at a Tier 1 supplier: ECU software for ADAS "
        "camera and radar units in C and C++, AUTOSAR Classic BSW configuration, CAN FD, and "
        "ISO 26262 work products up to ASIL B."
    ),
)
JP_AE = dict(
    current_title="Enterprise Account Executive",
    skills=["Enterprise SaaS sales", "Salesforce", "MEDDPICC", "Japanese (native)", "English"],
    years_experience=8,
    resume_text=(
        "Enterprise account executive at a US SaaS company's Tokyo office: sold to Japanese "
        "manufacturers and banks, 124% of quota last fiscal year, multi-year deals negotiated in "
        "Japanese with global terms agreed in English."
    ),
)
KR_AE = dict(
    current_title="Account Executive",
    skills=["B2B SaaS sales", "Salesforce", "Korean (native)", "English", "Pipeline management"],
    years_experience=6,
    resume_text=(
        "Account executive in Seoul for two global SaaS vendors: chaebol affiliates and "
        "mid-sized manufacturers, 115% of quota, Salesforce pipeline and English reporting to "
        "Singapore."
    ),
)
BILINGUAL_PM = dict(
    current_title="Product Manager",
    skills=["Product discovery", "Roadmapping", "SQL", "Japanese", "English"],
    years_experience=6,
    resume_text=(
        "Product manager, six years on B2B SaaS in Tokyo: discovery interviews with Japanese "
        "enterprise customers, roadmaps agreed with a US headquarters, SQL for her own analysis."
    ),
)
GAME_CLIENT = dict(
    current_title="Client Programmer",
    skills=["C++", "Unreal Engine", "Unity", "C#", "Gameplay programming"],
    years_experience=7,
    resume_text=(
        "Client programmer, seven years at Pangyo and Seoul studios: gameplay systems in C++ "
        "and C#, two live mobile titles in Unity and a PC title in Unreal, performance "
        "profiling on mid-range Android phones."
    ),
)
BILINGUAL_CSM = dict(
    current_title="Customer Success Manager",
    skills=["Onboarding", "Renewals", "Gainsight", "Japanese", "English"],
    years_experience=5,
    resume_text=(
        "Customer success manager for Japanese enterprise accounts of a global SaaS company: "
        "onboarding, renewals in Gainsight, QBRs in Japanese, escalations in English."
    ),
)
JP_FPNA = dict(
    current_title="FP&A Analyst",
    skills=["FP&A", "Excel", "Forecasting", "IFRS / J-GAAP"],
    years_experience=6,
    resume_text=(
        "FP&A at the Japan subsidiary of a European group: monthly forecasts, budget variance, "
        "J-GAAP to IFRS reporting packs and 本決算 support."
    ),
)


def pool(profile: str, persona: dict | None = None, where: str = "Tokyo, Japan"):
    """People of one kind: the same profile and persona, living in ``where`` unless a case
    says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**(persona or {}), "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def call(days, text) -> dict:
    """A consultant's or talent partner's call memo (電話メモ, 통화 메모)."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def memo(days, text) -> dict:
    """A note typed into the ATS or CRM."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def mail(days, text, kind="check_in") -> dict:
    """The candidate's own email."""
    return touch(days, "inbound", "replied", kind, note=text, channel="email")


def chat(days, text) -> dict:
    """A LINE or KakaoTalk message from the candidate, as typed."""
    return touch(days, "inbound", "replied", note=text, channel="other")


def dm(days, text) -> dict:
    """A LinkedIn message from the candidate."""
    return touch(days, "inbound", "replied", note=text, channel="linkedin")


def hm(days, text) -> dict:
    """A hiring manager's feedback, pasted in by the recruiter."""
    return touch(days, "outbound", None, "note", note=text, channel="meeting")


def lost_final(days, note=None, *, role="Senior Backend Engineer") -> dict:
    """Reached the final interview and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def declined(days, reason, note, *, past=None, role="Senior Backend Engineer") -> dict:
    """Turned our offer (内定, 오퍼) down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="Senior Backend Engineer"):
    """Pulled out of the process (選考辞退, 전형 포기)."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def job(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

ETCH_ROLE_JP = dict(
    title="Etch Process Engineer",
    department="Process Engineering",
    seniority="senior",
    requirements="300mm fab experience\nDry etch\nSPC / FDC\nYield improvement",
    description="Own dry-etch steps on a 300mm logic line ramping up in Kumamoto.",
)
ETCH_ROLE_KR = dict(
    title="Etch Process Engineer (식각 공정)",
    department="Process Engineering",
    seniority="senior",
    requirements="300mm fab experience\nDry etch\nSPC / FDC\nYield improvement",
    description="Own DRAM etch steps on a 300mm memory line.",
)
FAE_ROLE = dict(
    title="Field Application Engineer (CVD)",
    department="Customer Support",
    seniority="senior",
    requirements="CVD or ALD equipment\nFab start-up experience\nJapanese\nBusiness English",
    description="Support deposition tools at customers' fabs in Japan and across Asia.",
)
ADAS_ROLE = dict(
    title="Embedded Software Engineer (ADAS)",
    department="Vehicle Software",
    seniority="senior",
    requirements="C / C++\nAUTOSAR Classic\nCAN\nISO 26262",
    description="Develop ECU software for ADAS camera and radar units.",
)
AE_ROLE_JP = dict(
    title="Enterprise Account Executive, Japan",
    department="Sales",
    seniority="senior",
    requirements="Enterprise SaaS sales\nSalesforce\nJapanese (native)\nBusiness English",
    description="Sell to large Japanese manufacturers and financial institutions.",
)
AE_ROLE_KR = dict(
    title="Account Executive, Korea",
    department="Sales",
    seniority="senior",
    requirements="B2B SaaS sales\nSalesforce\nKorean (native)\nBusiness English",
    description="Win and grow accounts among Korean enterprises and chaebol affiliates.",
)
PM_ROLE = dict(
    title="Product Manager",
    department="Product",
    seniority="senior",
    requirements="Product discovery\nRoadmapping\nSQL\nJapanese and English",
    description="Own the roadmap for our B2B product in Japan.",
)
GAME_ROLE = dict(
    title="Client Programmer",
    department="Game Development",
    seniority="senior",
    requirements="C++\nUnreal Engine or Unity\nGameplay programming",
    description="Build gameplay systems for a live PC and mobile title.",
)
CSM_ROLE = dict(
    title="Customer Success Manager (Japanese / English)",
    department="Customer Success",
    seniority="mid",
    requirements="Onboarding\nRenewals\nGainsight\nJapanese and English",
    description="Look after Japanese enterprise accounts of a global SaaS company.",
)
FPNA_ROLE = dict(
    title="FP&A Analyst",
    department="Finance",
    seniority="mid",
    requirements="FP&A\nExcel\nForecasting\nIFRS or J-GAAP",
    description="Own the monthly forecast of the Japan subsidiary and support 本決算.",
)

# --- where and how they are worked ----------------------------------------------------------

TOKYO_HYBRID = dict(
    remote_policy="hybrid",
    location="Tokyo, Japan",
    offers=["週2出社 (大手町オフィス)、他はリモート"],
)
TOKYO_ONSITE = dict(remote_policy="onsite", location="Tokyo, Japan")
JAPAN_REMOTE = dict(remote_policy="remote", location="Remote (Japan)")
OSAKA_ONSITE = dict(remote_policy="onsite", location="Osaka, Japan")
YOKOHAMA_ONSITE = dict(remote_policy="onsite", location="Yokohama, Japan")
KUMAMOTO_ONSITE = dict(remote_policy="onsite", location="Kumamoto, Japan")
AICHI_ONSITE = dict(remote_policy="onsite", location="Kariya, Aichi, Japan")
SEOUL_HYBRID = dict(
    remote_policy="hybrid",
    location="Seoul, South Korea",
    offers=["주 2회 강남 오피스 출근, 나머지 재택"],
)
SEOUL_ONSITE = dict(remote_policy="onsite", location="Seoul, South Korea")
PANGYO_HYBRID = dict(
    remote_policy="hybrid",
    location="Seongnam (Pangyo), South Korea",
    offers=["주 3회 판교 오피스 출근"],
)
ICHEON_ONSITE = dict(remote_policy="onsite", location="Icheon, South Korea")
PYEONGTAEK_ONSITE = dict(remote_policy="onsite", location="Pyeongtaek, South Korea")

# --- what earlier openings were ---------------------------------------------------------------

PAST_TOKYO_800 = dict(
    remote_policy="hybrid", location="Tokyo, Japan", salary_max=8_000_000, currency="JPY"
)
PAST_TOKYO_850 = dict(
    remote_policy="hybrid", location="Tokyo, Japan", salary_max=8_500_000, currency="JPY"
)
PAST_TOKYO_OFFICE = dict(remote_policy="onsite", location="Tokyo, Japan")
PAST_TOKYO_HYBRID = dict(remote_policy="hybrid", location="Tokyo, Japan")
PAST_KUMAMOTO = dict(remote_policy="onsite", location="Kumamoto, Japan")
PAST_YOKOHAMA = dict(remote_policy="onsite", location="Yokohama, Japan")
PAST_PYEONGTAEK_SHIFTS = dict(
    remote_policy="onsite",
    location="Pyeongtaek, South Korea",
    salary_max=90_000_000,
    currency="KRW",
)
PAST_ICHEON_90M = dict(
    remote_policy="onsite",
    location="Icheon, South Korea",
    salary_max=90_000_000,
    currency="KRW",
)


# --- 1. opt-outs, each beside a scoped stop that is no opt-out -------------------------------

OPT_OUTS = [
    C(
        "opt-out: formal 個人情報削除 request by email vs stop LINE messages, email welcome",
        "backend",
        [
            pool("backend", FINTECH_BACKEND)(
                "Ishikawa Tomoya",
                0,
                touches=[
                    mail(
                        60,
                        "件名：個人情報削除のお願い\n\nお世話になっております。石川です。先日はご連絡"
                        "ありがとうございました。転職活動は終了いたしましたので、貴社にご登録いただいて"
                        "いる私の個人情報（履歴書・職務経歴書を含む）をすべて削除いただき、今後のご連絡"
                        "は控えていただきますようお願い申し上げます。",
                    )
                ],
                excluded=True,
            ),
            pool("backend", FINTECH_BACKEND)(
                "Nakano Shunsuke",
                2,
                touches=[
                    chat(
                        60,
                        "すみません、LINEでの連絡は今後やめてもらえますか？プライベート用なので🙏 "
                        "メールなら引き続き大歓迎です、決済系のバックエンド案件あればぜひ！",
                    )
                ],
            ),
        ],
        **job({}, TOKYO_HYBRID),
    ),
    C(
        "opt-out: ATS shorthand DNC at cand's request vs not this agency's life-sciences desk",
        "backend",
        [
            pool("backend", FINTECH_BACKEND)(
                "Ogawa Daiki",
                0,
                touches=[
                    call(
                        45,
                        "TEL済。本人より今後一切の連絡不要との強い要望（どの部署からも）。"
                        "DNC設定済、スカウト配信リストからも除外。",
                    )
                ],
                excluded=True,
            ),
            pool("backend", FINTECH_BACKEND)(
                "Matsuda Ren",
                2,
                touches=[
                    mail(
                        45,
                        "Hi Kenji - could you ask your colleague on the life-sciences desk to stop "
                        "sending me MR roles? I'm a software engineer and have been for seven "
                        "years, lol. Your own messages are always welcome - still keen on "
                        "payments backend roles in Tokyo.",
                    )
                ],
            ),
        ],
        **job({}, TOKYO_HYBRID),
    ),
    C(
        "opt-out: an angry KakaoTalk vs no calls in work hours, Kakao after work is fine",
        "backend",
        [
            pool("backend", PANGYO_BACKEND, "Seongnam, South Korea")(
                "Jang Hyun-woo",
                0,
                touches=[
                    chat(
                        20,
                        "아니 몇 번을 말해요. 연락하지 말라고요. 번호 어디서 받으셨는지 모르겠는데 "
                        "지워주세요. 또 연락 오면 신고합니다",
                    )
                ],
                excluded=True,
            ),
            pool("backend", PANGYO_BACKEND, "Seongnam, South Korea")(
                "Yoon Sung-min",
                2,
                touches=[
                    chat(
                        20,
                        "근무시간엔 전화 받기 어려워요 ㅠㅠ 카톡으로 남겨주시면 퇴근하고 "
                        "답장드릴게요. "
                        "판교 쪽 백엔드 포지션이면 관심 있습니다",
                    )
                ],
            ),
        ],
        **job({}, PANGYO_HYBRID),
    ),
    C(
        "opt-out: romanised Japanese 'mou renraku shinaide' vs no calls after 22:00",
        "cs",
        [
            pool("cs", BILINGUAL_PM)(
                "Hayashi Mao",
                0,
                touches=[
                    chat(
                        30,
                        "sumimasen, mou renraku shinaide kudasai. tenshoku suru ki wa zenzen "
                        "arimasen. iroiro arigatou gozaimashita",
                    )
                ],
                excluded=True,
            ),
            pool("cs", BILINGUAL_PM)(
                "Kondo Sakura",
                2,
                touches=[
                    chat(
                        30,
                        "yoru 22ji ikou no denwa wa yamete moraemasu ka? kodomo ga neteru node... "
                        "hiruma ka meeru de onegaishimasu! PM no kyujin wa kyoumi ari desu",
                    )
                ],
            ),
        ],
        **job(PM_ROLE, TOKYO_HYBRID),
    ),
    C(
        "opt-out: third person, she wants nothing from our firm vs never submit her to Rakuten",
        "sales",
        [
            pool("sales", JP_AE)(
                "Tanaka Emi",
                0,
                touches=[
                    memo(
                        90,
                        "Per Tanaka-san (cand) via LinkedIn: she does not want to hear from our "
                        "firm again about anything, any desk. Respect it - flagged DNC, removed "
                        "from all campaigns.",
                    )
                ],
                excluded=True,
            ),
            pool("sales", JP_AE)(
                "Fujita Rina",
                2,
                touches=[
                    memo(
                        90,
                        "Per Fujita-san (cand): pls never submit her to Rakuten again (left in "
                        "2024, bad terms w/ her old VP). Any other client fine, esp. US SaaS.",
                    )
                ],
            ),
        ],
        **job(AE_ROLE_JP, TOKYO_HYBRID),
    ),
    C(
        "opt-out: a polite expat asks to be removed vs unsubscribe from the newsletter only",
        "sre",
        [
            pool("sre", where="Seoul, South Korea")(
                "Daniel Whitford",
                0,
                touches=[
                    mail(
                        100,
                        "Dear Ms. Park, thank you for your help over the years. I've accepted a "
                        "long-term position here and will be staying put, so I'd be grateful if "
                        "you could remove my details from your system and not contact me about "
                        "future opportunities. All the best.",
                    )
                ],
                excluded=True,
            ),
            pool("sre", where="Seoul, South Korea")(
                "Marcus Ebner",
                2,
                touches=[
                    mail(
                        100,
                        "Dear Ms. Park, could you please unsubscribe me from the weekly 'Seoul "
                        "Tech Jobs' newsletter? It's a bit much. I'm still happy to hear from you "
                        "directly if a senior SRE role comes up in Seoul - I'm on an F-5, no "
                        "sponsorship needed.",
                    )
                ],
            ),
        ],
        **job({}, SEOUL_HYBRID),
    ),
    C(
        "opt-out: a 개인정보 삭제 request under 개인정보보호법 vs not Coupang, anything else",
        "data_eng",
        [
            pool("data_eng", where="Seoul, South Korea")(
                "Cho Eun-bi",
                0,
                touches=[
                    mail(
                        50,
                        "안녕하세요. 개인정보보호법에 따라 귀사가 보유하고 있는 제 개인정보(이력서 "
                        "포함) 일체의 삭제를 요청드립니다. 앞으로 채용 관련 연락은 받지 "
                        "않겠습니다. "
                        "처리 결과 회신 부탁드립니다.",
                    )
                ],
                excluded=True,
            ),
            pool("data_eng", where="Seoul, South Korea")(
                "Han Ji-woo",
                2,
                touches=[
                    mail(
                        50,
                        "안녕하세요. 쿠팡 포지션은 관심 없습니다, 거기서 나온 지 얼마 안 돼서요 "
                        "^^; "
                        "다른 데이터 엔지니어 포지션은 언제든 환영입니다.",
                    )
                ],
            ),
        ],
        **job({}, SEOUL_HYBRID, description="Own the data platform of a Seoul fintech."),
    ),
    C(
        "opt-out: a bare 'no thanks' to our opt-out line vs no thanks to the Nagoya site only",
        "cs",
        [
            pool("cs", ADAS_ENG, "Yokohama, Japan")(
                "Sugiyama Kohei",
                0,
                touches=[mail(25, "no thank you", kind="re_engagement")],
                excluded=True,
            ),
            pool("cs", ADAS_ENG, "Yokohama, Japan")(
                "Hirano Takeru",
                2,
                touches=[
                    mail(
                        25,
                        "No thanks for the Nagoya one - I'm not moving to Aichi. Something in "
                        "Yokohama or Tokyo and I'd listen.",
                        kind="re_engagement",
                    )
                ],
            ),
        ],
        **job(ADAS_ROLE, YOKOHAMA_ONSITE),
    ),
    C(
        "opt-out: mixed JP/EN, stop everything vs phone only, email and LinkedIn fine",
        "sales",
        [
            pool("sales", JP_AE)(
                "Morita Aya",
                0,
                touches=[
                    chat(
                        35,
                        "もう大丈夫です、転職しないので。Please remove me from everything - email, "
                        "phone, LinkedIn. 全部止めてください。",
                    )
                ],
                excluded=True,
            ),
            pool("sales", JP_AE)(
                "Ueda Natsumi",
                2,
                touches=[
                    chat(
                        35,
                        "電話はちょっと苦手なので、今後はメールかLinkedInでお願いします🙏 外資の"
                        "エンタープライズ営業、引き続き見てます！",
                    )
                ],
            ),
        ],
        **job(AE_ROLE_JP, TOKYO_HYBRID),
    ),
    C(
        "opt-out: romanised Korean 'deo isang yeollak hajimaseyo' vs only after 7pm",
        "frontend",
        [
            pool("frontend", GAME_CLIENT, "Seongnam, South Korea")(
                "Kwon Do-hyun",
                0,
                touches=[
                    dm(
                        40,
                        "jeoneun ije ijik gwansim eopseoyo. deo isang yeollak hajimaseyo.",
                    )
                ],
                excluded=True,
            ),
            pool("frontend", GAME_CLIENT, "Seongnam, South Korea")(
                "Shin Jae-won",
                2,
                touches=[
                    dm(
                        40,
                        "jeonyeok 7si ihue yeollak juseyo, hoesaeseoneun mot badayo. geim "
                        "keullaieonteu pojisyeon gwansim isseoyo!",
                    )
                ],
            ),
        ],
        **job(GAME_ROLE, PANGYO_HYBRID),
    ),
    C(
        "opt-out: a rambling call where one line is a DNC vs one where only InMails stop",
        "cs",
        [
            pool("cs", ETCH_JP, "Kumamoto, Japan")(
                "Yamamoto Kenta",
                0,
                touches=[
                    call(
                        70,
                        "Long call w/ Yamamoto-san. Talked through his year on the Kumamoto fab "
                        "ramp, the 4-shift pattern, his son starting elementary school in April "
                        "and the etcher qualification he led with the TEL field team. Nice guy, "
                        "very sharp on FDC. At the end he said clearly he does not want to be "
                        "contacted by us again, about any role, and asked us to delete his CV. "
                        "Done - DNC. Do not re-add from LinkedIn.",
                    )
                ],
                excluded=True,
            ),
            pool("cs", ETCH_JP, "Kumamoto, Japan")(
                "Mori Haruka",
                2,
                touches=[
                    call(
                        70,
                        "Long call w/ Mori-san. Talked through her year on the Kumamoto fab ramp, "
                        "the 4-shift pattern, her daughter starting elementary school in April "
                        "and the etcher qualification she led with the TEL field team. Very "
                        "sharp on FDC. She asked us to stop sending LinkedIn InMails (her "
                        "manager sees her notifications) - personal gmail only from now on. "
                        "Open to etch roles in Kyushu.",
                    )
                ],
            ),
        ],
        **job(ETCH_ROLE_JP, KUMAMOTO_ONSITE),
    ),
    C(
        "opt-out: cand's own request logged in Korean vs his mother's stop on the landline",
        "cs",
        [
            pool("cs", ETCH_KR, "Icheon, South Korea")(
                "Baek Seung-hoon",
                0,
                touches=[
                    memo(
                        55,
                        "후보자 본인 요청: 당사 연락 일체 거부, 보유 이력서 및 개인정보 삭제 요청. "
                        "처리 완료. 재연락 금지.",
                    )
                ],
                excluded=True,
            ),
            pool("cs", ETCH_KR, "Icheon, South Korea")(
                "Baek Min-seok",
                2,
                touches=[
                    memo(
                        55,
                        "Cand's mother answered the home landline and told us never to call that "
                        "number again. Landline removed. Cand himself replied on Kakao the same "
                        "day: 휴대폰으로 연락 주시면 괜찮아요, 이직 관심 있습니다. Keen on memory "
                        "fab roles near Icheon.",
                    )
                ],
            ),
        ],
        **job(ETCH_ROLE_KR, ICHEON_ONSITE),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out -----------

WAITS = [
    C(
        "wait: after the winter bonus, said this October vs the same said last October",
        "backend",
        [
            pool("backend", FINTECH_BACKEND)(
                "Sakamoto Yuto",
                1,
                touches=[
                    call(
                        date(2026, 10, 14),
                        "12月の冬ボーナス（4.5ヶ月分）をもらってから動きたいとのこと。面談は年明けに"
                        "設定予定。",
                    )
                ],
            ),
            pool("backend", FINTECH_BACKEND)(
                "Kaneko Shota",
                2,
                touches=[
                    call(
                        date(2025, 10, 15),
                        "12月の冬ボーナス（4ヶ月分）をもらってから動きたいとのこと。面談は年明けに"
                        "設定予定。",
                    )
                ],
            ),
        ],
        **job({}, TOKYO_HYBRID),
    ),
    C(
        "wait: after 추석, said in August vs after 설, said this month",
        "cs",
        [
            pool("cs", ETCH_KR, "Pyeongtaek, South Korea")(
                "Lim Ho-jin",
                2,
                touches=[
                    chat(
                        date(2026, 8, 20),
                        "추석 연휴 지나고 다시 얘기해요! 지금 양산 이슈 때문에 정신이 없어서요",
                    )
                ],
            ),
            pool("cs", ETCH_KR, "Pyeongtaek, South Korea")(
                "Seo Dong-hyuk",
                1,
                touches=[
                    chat(
                        date(2026, 11, 10),
                        "설 연휴 지나고 다시 얘기해요! 지금 양산 이슈 때문에 정신이 없어서요",
                    )
                ],
            ),
        ],
        **job(ETCH_ROLE_KR, PYEONGTAEK_ONSITE),
    ),
    C(
        "wait: GW明け, said this month vs said in February",
        "cs",
        [
            pool("cs", BILINGUAL_PM)(
                "Ando Miyu",
                1,
                touches=[
                    mail(
                        date(2026, 11, 9),
                        "ご連絡ありがとうございます。今期は案件が立て込んでいるので、GW明けにまた"
                        "お声がけいただけると助かります。",
                    )
                ],
            ),
            pool("cs", BILINGUAL_PM)(
                "Ota Kanako",
                2,
                touches=[
                    mail(
                        date(2026, 2, 9),
                        "ご連絡ありがとうございます。今期は案件が立て込んでいるので、GW明けにまた"
                        "お声がけいただけると助かります。",
                    )
                ],
            ),
        ],
        **job(PM_ROLE, TOKYO_HYBRID),
    ),
    C(
        "wait: wants a 4月入社 after 年度末, said this October vs said last October",
        "data_eng",
        [
            pool("data_eng")(
                "Kimura Sota",
                1,
                touches=[
                    call(
                        date(2026, 10, 5),
                        "Cand wants a 4月入社 - his project runs to 年度末 and he won't leave the "
                        "team mid-way. Interviews from Feb at the earliest.",
                    )
                ],
            ),
            pool("data_eng")(
                "Maeda Riku",
                2,
                touches=[
                    call(
                        date(2025, 10, 6),
                        "Cand wants a 4月入社 - project runs till 年度末 and he won't walk out on "
                        "the team. Interviews from Feb at the earliest.",
                    )
                ],
            ),
        ],
        **job({}, TOKYO_HYBRID),
    ),
    C(
        "wait: 전문연구요원 service ends next August vs ended this August",
        "ml",
        [
            pool("ml", where="Seoul, South Korea")(
                "Yeom Gyu-ri",
                1,
                touches=[
                    memo(
                        date(2026, 9, 14),
                        "전문연구요원 복무 중 - 2027년 8월 소집해제 예정. 그 전엔 병역지정업체 "
                        "밖으로 "
                        "이직 불가.",
                    )
                ],
            ),
            pool("ml", where="Seoul, South Korea")(
                "Ryu Tae-yang",
                2,
                touches=[
                    memo(
                        date(2026, 9, 14),
                        "전문연구요원 2026년 8월 소집해제 완료. 이제 어디로든 이직 가능.",
                    )
                ],
            ),
        ],
        **job({}, SEOUL_HYBRID),
    ),
    C(
        "wait: 퇴직금's one year falls in March vs fell in September",
        "backend",
        [
            pool("backend", PANGYO_BACKEND, "Seoul, South Korea")(
                "Moon Ye-jin",
                1,
                touches=[
                    chat(
                        date(2026, 10, 20),
                        "입사한 지 이제 7개월이라… 퇴직금 때문에 1년은 채우고 싶어요. 내년 3월 "
                        "지나면 편하게 연락 주세요",
                    )
                ],
            ),
            pool("backend", PANGYO_BACKEND, "Seoul, South Korea")(
                "Hwang Bo-ra",
                2,
                touches=[
                    chat(
                        date(2026, 10, 20),
                        "9월에 입사 1년 채웠어요! 퇴직금 조건도 됐으니 이제 언제든 이직 가능합니다",
                    )
                ],
            ),
        ],
        **job({}, SEOUL_HYBRID),
    ),
    C(
        "wait: notice and 有休消化 to the end of February vs to the end of September",
        "data_eng",
        [
            pool("data_eng")(
                "Nishimura Aoi",
                1,
                touches=[
                    mail(
                        date(2026, 11, 16),
                        "退職届を提出しました。有休消化があるので在籍は2月末までです。3月以降の入社"
                        "であれば選考に進めます。",
                    )
                ],
            ),
            pool("data_eng")(
                "Okada Hinata",
                2,
                touches=[
                    mail(
                        date(2026, 8, 3),
                        "退職届を提出しました。有休消化があるので在籍は9月末までです。10月以降の"
                        "入社であれば選考に進めます。",
                    )
                ],
            ),
        ],
        **job({}, TOKYO_HYBRID),
    ),
    C(
        "wait: 'three months, please', said a fortnight ago vs four months ago",
        "sre",
        [
            pool("sre")(
                "Uchida Kaito",
                1,
                touches=[
                    call(14, "3ヶ月くらい時間ください、とのこと。新しいチームに慣れるまで。"),
                ],
            ),
            pool("sre")(
                "Iwasaki Jun",
                2,
                touches=[
                    call(125, "3ヶ月くらい時間ください、とのこと。新しいチームに慣れるまで。"),
                ],
            ),
        ],
        **job({}, TOKYO_HYBRID),
    ),
    C(
        "wait: not before the RSU vest on March 15 vs the vest on June 15",
        "backend",
        [
            pool("backend", FINTECH_BACKEND)(
                "Priya Sundararajan",
                1,
                touches=[
                    dm(
                        date(2026, 9, 28),
                        "Not moving before my next RSU vest on March 15 - it's a big chunk. Ping "
                        "me the week after?",
                    )
                ],
            ),
            pool("backend", FINTECH_BACKEND)(
                "Thomas Lefebvre",
                2,
                touches=[
                    dm(
                        date(2026, 5, 25),
                        "Not moving before my next RSU vest on June 15 - it's a big chunk. Ping "
                        "me the week after?",
                    )
                ],
            ),
        ],
        **job({}, TOKYO_HYBRID),
    ),
    C(
        "wait: after Obon, said in July vs after 年末年始, said this month",
        "cs",
        [
            pool("cs", ADAS_ENG, "Kariya, Aichi, Japan")(
                "Takagi Yusuke",
                2,
                touches=[
                    chat(
                        date(2026, 7, 13),
                        "お盆明けまでは量産立ち上げで無理です！それ以降ならぜひ",
                    )
                ],
            ),
            pool("cs", ADAS_ENG, "Kariya, Aichi, Japan")(
                "Noguchi Tatsuya",
                1,
                touches=[
                    chat(
                        date(2026, 11, 2),
                        "年末年始明けまでは量産立ち上げで無理です！それ以降ならぜひ",
                    )
                ],
            ),
        ],
        **job(ADAS_ROLE, AICHI_ONSITE),
    ),
    C(
        "wait: moves once the February PS is paid, said this October vs last October",
        "cs",
        [
            pool("cs", ETCH_KR, "Pyeongtaek, South Korea")(
                "Jeon Woo-jin",
                1,
                touches=[
                    call(
                        date(2026, 10, 26),
                        "PS(성과급) 2월에 나오면 움직이겠다고 함. 그 전엔 면접 보는 것도 "
                        "부담스러워함.",
                    )
                ],
            ),
            pool("cs", ETCH_KR, "Pyeongtaek, South Korea")(
                "Go Hyun-soo",
                2,
                touches=[
                    call(
                        date(2025, 10, 27),
                        "PS(성과급) 2월에 나오면 움직이겠다고 함. 그 전엔 면접 보는 것도 "
                        "부담스러워함.",
                    )
                ],
            ),
        ],
        **job(ETCH_ROLE_KR, PYEONGTAEK_ONSITE),
    ),
    C(
        "wait: 育休 until an April nursery place vs back from 育休 since October",
        "cs",
        [
            pool("cs", BILINGUAL_PM)(
                "Shimizu Asuka",
                1,
                touches=[
                    mail(
                        date(2026, 9, 7),
                        "現在育休中で、来年4月の保育園入園に合わせて復職予定です。転職を考えるのは"
                        "その後になると思います。",
                    )
                ],
            ),
            pool("cs", BILINGUAL_PM)(
                "Yoshida Chihiro",
                2,
                touches=[
                    mail(
                        date(2026, 9, 7),
                        "育休から10月1日に復職予定です。保育園も無事決まったので、そろそろ転職も"
                        "考えたいと思っています。",
                    )
                ],
            ),
        ],
        **job(PM_ROLE, TOKYO_HYBRID),
    ),
    C(
        "wait: 'half a year after I join', joined this September vs last September",
        "frontend",
        [
            pool("frontend")(
                "Kubo Mana",
                1,
                touches=[
                    chat(
                        date(2026, 9, 1),
                        "今日から新しい会社です！半年は様子を見たいので、それまではご連絡控えて"
                        "いただけると🙇‍♀️",
                    )
                ],
            ),
            pool("frontend")(
                "Arai Yuna",
                2,
                touches=[
                    chat(
                        date(2025, 9, 1),
                        "今日から新しい会社です！半年は様子を見たいので、それまではご連絡控えて"
                        "いただけると🙇‍♀️",
                    )
                ],
            ),
        ],
        **job({}, TOKYO_HYBRID),
    ),
    C(
        "wait: 永住 pending at 入管 until about February vs 永住 granted in July",
        "data_eng",
        [
            pool("data_eng")(
                "Arjun Kurup",
                1,
                touches=[
                    call(
                        date(2026, 10, 12),
                        "Arjun applied for 永住 in June; 入管 says about 8 months. He won't change "
                        "employer until it's granted - doesn't want to complicate the review. "
                        "Expects it around Feb.",
                    )
                ],
            ),
            pool("data_eng")(
                "Rahul Bhattacharya",
                2,
                touches=[
                    call(
                        date(2026, 10, 12),
                        "Rahul's 永住 was granted in July. Card in hand, no more 技人国 renewals - "
                        "free to change employer whenever.",
                    )
                ],
            ),
        ],
        **job({}, TOKYO_HYBRID),
    ),
    C(
        "wait: not before 本決算 is closed in May, said this October vs last October",
        "finance",
        [
            pool("finance", JP_FPNA)(
                "Kato Mayu",
                1,
                touches=[
                    call(
                        date(2026, 10, 19),
                        "本決算が締まる5月中旬までは動けないとのこと。有報の作業もあるので入社は"
                        "6月以降希望。",
                    )
                ],
            ),
            pool("finance", JP_FPNA)(
                "Sasaki Erika",
                2,
                touches=[
                    call(
                        date(2025, 10, 20),
                        "本決算が締まる5月中旬までは動けないとのこと。有報の作業もあるので入社は"
                        "6月以降希望。",
                    )
                ],
            ),
        ],
        **job(FPNA_ROLE, TOKYO_HYBRID),
    ),
    C(
        "wait: 'try me next month', written in October vs written last week",
        "frontend",
        [
            pool("frontend", GAME_CLIENT, "Seoul, South Korea")(
                "Ahn Seo-jun",
                2,
                touches=[
                    mail(
                        date(2026, 10, 5),
                        "Swamped with the season update this month. Try me again next month?",
                    )
                ],
            ),
            pool("frontend", GAME_CLIENT, "Seoul, South Korea")(
                "Yoo Ha-eun",
                1,
                touches=[
                    mail(
                        date(2026, 11, 16),
                        "Swamped with the season update this month. Try me again next month?",
                    )
                ],
            ),
        ],
        **job(GAME_ROLE, SEOUL_HYBRID),
    ),
    C(
        "wait: a call memo full of dates that asks no wait vs a new leader staying till summer",
        "backend",
        [
            pool("backend", FINTECH_BACKEND)(
                "Kikuchi Ryota",
                2,
                touches=[
                    call(
                        date(2026, 11, 4),
                        "2019/4 新卒入社、2023/10 リーダー昇格、2026/6 に育休から復帰。11/3 まで"
                        "大阪出張だったが、今はいつでも話せるとのこと。平日19時以降の電話希望。",
                    )
                ],
            ),
            pool("backend", FINTECH_BACKEND)(
                "Miura Kazuki",
                1,
                touches=[
                    call(
                        date(2026, 11, 4),
                        "2026/10 にリーダー昇格したばかり。少なくとも来年の夏までは今の会社で結果を"
                        "出したいとのこと。",
                    )
                ],
            ),
        ],
        **job({}, TOKYO_HYBRID),
    ),
    C(
        "wait: Korean holidays and a quarter close all behind her vs after the year-end close",
        "sales",
        [
            pool("sales", KR_AE, "Seoul, South Korea")(
                "Pyo Min-ji",
                2,
                touches=[
                    chat(
                        date(2026, 11, 9),
                        "10/3 개천절 연휴 때 부산 다녀왔고 10월 말에 분기 마감도 끝났어요. "
                        "11월부터는 "
                        "시간 괜찮아요, 언제든 통화 가능!",
                    )
                ],
            ),
            pool("sales", KR_AE, "Seoul, South Korea")(
                "Song Yu-na",
                1,
                touches=[
                    chat(
                        date(2026, 11, 9),
                        "10월 말에 분기 마감 끝났는데 바로 연말 마감이라… 1월 중순 이후에 연락 "
                        "주세요",
                    )
                ],
            ),
        ],
        **job(AE_ROLE_KR, SEOUL_HYBRID),
    ),
    C(
        "wait: Obon, Silver Week and 추석 all behind him vs after Golden Week next year",
        "cs",
        [
            pool("cs", FIELD_AE)(
                "Liam O'Connell",
                2,
                touches=[
                    mail(
                        date(2026, 10, 26),
                        "Back from Obon in Kagoshima, then Silver Week in Hokkaido, then a week "
                        "in Daegu for 추석 with my wife's family - all done now! Free to "
                        "interview any time in November or December.",
                    )
                ],
            ),
            pool("cs", FIELD_AE)(
                "Ethan Kowalczyk",
                1,
                touches=[
                    mail(
                        date(2026, 10, 26),
                        "Back from Obon and Silver Week. Honestly the next months are packed with "
                        "a customer's fab start-up - let's talk after Golden Week next year.",
                    )
                ],
            ),
        ],
        **job(FAE_ROLE, TOKYO_ONSITE),
    ),
]

# --- 3. schedule, travel, visa and right to work, contract, commute --------------------------

SCHEDULE = [
    C(
        "schedule: overtime capped at 20 hours a month vs fine with crunch, 45 hours built in",
        "backend",
        [
            pool("backend", FINTECH_BACKEND)(
                "Hasegawa Mika",
                0,
                touches=[
                    call(30, "残業は月20時間までが希望。子どもの迎えがあるので18時には退社したい。")
                ],
            ),
            pool("backend", FINTECH_BACKEND)(
                "Ishii Takumi",
                2,
                touches=[
                    call(
                        30,
                        "残業は特に気にしない。繁忙期に詰めるのは慣れてる、その分給与で評価して"
                        "ほしいとのこと。",
                    )
                ],
            ),
        ],
        **job(
            {},
            TOKYO_ONSITE,
            offers=["固定残業代（月45時間分）含む", "リリース前は月60時間程度の残業あり"],
        ),
    ),
    C(
        "schedule: never crunch again vs shrugs at crunch, a crunch-free studio",
        "frontend",
        [
            pool("frontend", GAME_CLIENT, "Seongnam, South Korea")(
                "Bae Ji-hoon",
                2,
                touches=[
                    chat(
                        30,
                        "크런치는 다시는 못 해요… 전 회사에서 출시 전 3개월 동안 매일 새벽 2시에 "
                        "퇴근했어요",
                    )
                ],
            ),
            pool("frontend", GAME_CLIENT, "Seongnam, South Korea")(
                "Choi Jun-ho",
                1,
                touches=[chat(30, "출시 전 야근은 어쩔 수 없죠 뭐. 괜찮아요")],
            ),
        ],
        **job(
            GAME_ROLE,
            PANGYO_HYBRID,
            offers=["포괄임금제 폐지, 초과근무 수당 전액 지급", "크런치 없는 스튜디오 - 주 40시간"],
        ),
    ),
    C(
        "schedule: can't do shift work any more vs happy with shifts, a 4조 2교대 fab role",
        "cs",
        [
            pool("cs", ETCH_KR, "Pyeongtaek, South Korea")(
                "Yang Seung-woo",
                0,
                touches=[call(40, "교대근무 더는 못 함, 건강 문제. 상주 주간 근무만 원함.")],
            ),
            pool("cs", ETCH_KR, "Pyeongtaek, South Korea")(
                "Jung Hae-in",
                2,
                touches=[call(40, "교대 괜찮음. 교대수당 붙으면 오히려 좋다고 함.")],
            ),
        ],
        **job(
            ETCH_ROLE_KR,
            PYEONGTAEK_ONSITE,
            offers=["4조 2교대 근무 (12시간)", "교대수당 별도 지급"],
        ),
    ),
    C(
        "schedule: no more 1am calls with a US HQ vs evening calls fine, SF syncs at 10pm JST",
        "cs",
        [
            pool("cs", BILINGUAL_PM)(
                "Kojima Rei",
                0,
                touches=[
                    dm(
                        30,
                        "Last role had me on 1am calls with Mountain View three nights a week. "
                        "本社との深夜会議はもう無理です。Asia hours only please.",
                    )
                ],
            ),
            pool("cs", BILINGUAL_PM)(
                "Takeuchi Saki",
                2,
                touches=[
                    dm(
                        30,
                        "Calls with the US in the evening are fine - I'm a night owl and the kids "
                        "are at university now.",
                    )
                ],
            ),
        ],
        **job(
            PM_ROLE,
            TOKYO_HYBRID,
            offers=["Weekly product syncs with the San Francisco HQ at 7am or 10pm JST"],
        ),
    ),
    C(
        "schedule: needs flex for nursery drop-off vs likes the factory calendar, a fixed 8:30 "
        "start",
        "cs",
        [
            pool("cs", ADAS_ENG, "Yokohama, Japan")(
                "Aoki Nozomi",
                0,
                touches=[
                    mail(
                        30,
                        "保育園の送りがあるので、フレックス（コアタイムなし、もしくは10時〜）が必須"
                        "です。",
                    )
                ],
            ),
            pool("cs", ADAS_ENG, "Yokohama, Japan")(
                "Endo Masaki",
                2,
                touches=[
                    mail(
                        30,
                        "勤務時間帯はこだわりません。工場カレンダーの長期休暇（GW・お盆・年末年始）"
                        "はむしろ魅力的です。",
                    )
                ],
            ),
        ],
        **job(
            ADAS_ROLE,
            YOKOHAMA_ONSITE,
            offers=[
                "定時 8:30〜17:30（フレックスなし）",
                "工場カレンダー準拠、GW・お盆・年末年始は長期休暇",
            ],
        ),
    ),
]

TRAVEL = [
    C(
        "travel: wants to be out at customers' fabs vs one domestic trip a month at most",
        "cs",
        [
            pool("cs", FIELD_AE)(
                "Fukuda Shohei",
                2,
                touches=[
                    call(35, "海外出張多めでもOK、むしろ顧客の現場に出たい。マイルも貯まるし笑"),
                ],
            ),
            pool("cs", FIELD_AE)(
                "Murakami Kei",
                0,
                touches=[
                    call(35, "出張は月1回、国内のみまで。子どもが小さいので海外の長期出張は無理。"),
                ],
            ),
        ],
        **job(
            FAE_ROLE,
            TOKYO_ONSITE,
            offers=["出張 約50%（台湾・韓国・米国アリゾナの顧客工場）"],
        ),
    ),
    C(
        "travel: left a job of weekly trips to Vietnam vs travel either way, no travel here",
        "backend",
        [
            pool("backend", PANGYO_BACKEND, "Seoul, South Korea")(
                "Gil Da-eun",
                2,
                touches=[
                    memo(
                        30,
                        "전 직장 퇴사 사유: 매주 베트남 법인 출장. 출장 없는 자리 원함.",
                    )
                ],
            ),
            pool("backend", PANGYO_BACKEND, "Seoul, South Korea")(
                "Lee Jae-hyun",
                1,
                touches=[memo(30, "출장 여부 상관없음. 연봉·기술스택 위주로 봄.")],
            ),
        ],
        **job({}, SEOUL_HYBRID, offers=["출장 없음", "주 2회 강남 오피스 출근"]),
    ),
    C(
        "travel: no driving licence vs covered Kansai by car before, a car-based field role",
        "sales",
        [
            pool("sales", JP_AE, "Osaka, Japan")(
                "Nakamura Yui",
                0,
                touches=[call(30, "運転免許なし。営業車での移動が前提の案件は不可。")],
            ),
            pool("sales", JP_AE, "Osaka, Japan")(
                "Inoue Kenji",
                2,
                touches=[
                    call(30, "営業車での移動は慣れてる。前職も関西一円のメーカーを車で回っていた。")
                ],
            ),
        ],
        **job(
            AE_ROLE_JP,
            OSAKA_ONSITE,
            description="Cover manufacturers across Kansai and Chubu, visiting weekly by company "
            "car.",
            offers=["営業車貸与、関西・中部の顧客を週次で訪問"],
        ),
    ),
    C(
        "travel: 'not that I mind trips, just not weekly' vs no trips at all, quarterly to Seoul",
        "sales",
        [
            pool("sales", JP_AE)(
                "Saito Kaori",
                2,
                touches=[
                    mail(
                        30,
                        "出張が嫌というわけではないです。毎週はさすがにきついですが、四半期に一度"
                        "くらいならむしろ楽しめます。",
                    )
                ],
            ),
            pool("sales", JP_AE)(
                "Kobayashi Yuka",
                0,
                touches=[
                    mail(30, "出張はもう一切なしでお願いしたいです。前職で疲れ果てました。"),
                ],
            ),
        ],
        **job(
            AE_ROLE_JP,
            TOKYO_HYBRID,
            description="Sell a Korean platform company's B2B products to Japanese enterprises.",
            offers=["Quarterly trips to the Seoul HQ (2-3 days)", "週2出社 (六本木)"],
        ),
    ),
]

VISA = [
    C(
        "visa: needs a 技人国 sponsored from Bangalore vs 永住者 in Tokyo, no sponsorship here",
        "backend",
        [
            pool("backend", FINTECH_BACKEND, "Bangalore, India")(
                "Karthik Thyagarajan",
                0,
                touches=[
                    mail(
                        40,
                        "I'm in Bangalore now and would need a work visa (技人国) sponsored to "
                        "come to Tokyo - and the COE takes a few months.",
                    )
                ],
            ),
            pool("backend", FINTECH_BACKEND)(
                "Vikram Panicker",
                2,
                touches=[
                    mail(
                        40,
                        "I hold 永住者 (permanent residency), so no sponsorship needed. One "
                        "month's notice at my current place.",
                    )
                ],
            ),
        ],
        **job(
            {},
            TOKYO_HYBRID,
            description="Build the services behind our ordering platform. We cannot sponsor visas "
            "for this role; candidates must already hold the right to work in Japan.",
        ),
    ),
    C(
        "visa: wants help switching to 高度専門職 vs a Japanese national, HSP support offered",
        "data_eng",
        [
            pool("data_eng")(
                "Dang Thi Lan",
                2,
                touches=[
                    call(
                        30,
                        "On 技人国 with 3 years left. Wants the next employer to support a "
                        "switch to "
                        "高度専門職1号ロ - 80 pts on her own calc. Would move for it.",
                    )
                ],
            ),
            pool("data_eng")(
                "Ikeda Haruto",
                1,
                touches=[call(30, "日本国籍、ビザ関連の確認事項なし。")],
            ),
        ],
        **job(
            {},
            TOKYO_HYBRID,
            offers=["Visa sponsorship incl. 高度専門職 (HSP) application support", "週2出社"],
        ),
    ),
    C(
        "visa: E-7 needs a sponsor vs an F-5 holder, a role that can't sponsor E-7",
        "data_eng",
        [
            pool("data_eng", where="Seoul, South Korea")(
                "Alisher Karimov",
                0,
                touches=[memo(30, "E-7-1 비자. 이직 시 새 고용주 스폰서 필수.")],
            ),
            pool("data_eng", where="Seoul, South Korea")(
                "Dmitri Zhuravlev",
                2,
                touches=[memo(30, "F-5 영주권 보유. 비자 이슈 없음.")],
            ),
        ],
        **job(
            {},
            SEOUL_HYBRID,
            description="Own the analytics pipelines of a Seoul fintech. 국내 취업 가능자만 지원 "
            "가능 (내국인 또는 F-2/F-5/F-6). E-7 스폰서 불가.",
        ),
    ),
    C(
        "visa: unfinished military service blocks a Korea posting vs service done, both abroad",
        "ml",
        [
            pool("ml", where="San Jose, USA")(
                "Park Jun-seo",
                0,
                touches=[
                    memo(
                        30,
                        "한국 국적, 군미필 - 귀국하면 바로 입영 대상이라 국내 근무 불가. 해외 "
                        "포지션만 가능.",
                    )
                ],
            ),
            pool("ml", where="San Jose, USA")(
                "Kim Tae-hoon",
                2,
                touches=[
                    memo(
                        30,
                        "한국 국적, 군필 (2016 만기전역). 서울로 돌아오고 싶어함, 시작일 유연.",
                    )
                ],
            ),
        ],
        **job({}, SEOUL_ONSITE),
    ),
    C(
        "visa: a working-holiday visa, no sponsorship here vs a spouse visa, free to work",
        "cs",
        [
            pool("cs", BILINGUAL_CSM)(
                "Hannah McAllister",
                0,
                touches=[
                    mail(
                        30,
                        "I'm on a working holiday visa until March, so I can't take a permanent "
                        "role unless the company sponsors me.",
                    )
                ],
            ),
            pool("cs", BILINGUAL_CSM)(
                "Sophie Laurent",
                2,
                touches=[
                    mail(
                        30,
                        "I'm on a spouse visa (日本人の配偶者等), so no restrictions on the work I "
                        "can do. Happy to go permanent.",
                    )
                ],
            ),
        ],
        **job(
            CSM_ROLE,
            TOKYO_HYBRID,
            description="Look after Japanese enterprise accounts of a global SaaS company. "
            "Permanent role; we are unable to sponsor work visas.",
        ),
    ),
    C(
        "visa: an E-7 holder needs the workplace change filed, offered here vs an F-6 holder",
        "frontend",
        [
            pool("frontend", GAME_CLIENT, "Seoul, South Korea")(
                "Tran Minh Duc",
                2,
                touches=[
                    call(
                        30,
                        "Vietnamese cand on E-7-1, loves it here. Needs the new employer to file "
                        "the 근무처 변경 with immigration - asked specifically for a studio that "
                        "has "
                        "done it before.",
                    )
                ],
            ),
            pool("frontend", GAME_CLIENT, "Seoul, South Korea")(
                "Lucas Moreira",
                1,
                touches=[call(30, "F-6 (married to a Korean national). Visa no issue.")],
            ),
        ],
        **job(GAME_ROLE, SEOUL_HYBRID, offers=["E-7 비자 스폰서 및 근무처 변경 신고 지원"]),
    ),
]

CONTRACT = [
    C(
        "contract: 正社員 only vs any employment type, a one-year 契約社員 role",
        "data_eng",
        [
            pool("data_eng")(
                "Yamada Kotaro",
                0,
                touches=[call(30, "正社員のみ。契約・派遣はもう嫌とのこと。")],
            ),
            pool("data_eng")(
                "Ono Yuki",
                2,
                touches=[
                    call(30, "雇用形態はこだわらない、契約でも可。プロジェクトが面白ければ。")
                ],
            ),
        ],
        **job(
            {},
            TOKYO_HYBRID,
            title="Data Engineer（契約社員・1年更新）",
            offers=["契約社員（1年更新、正社員登用実績あり）"],
        ),
    ),
    C(
        "contract: wants 業務委託 three days a week vs back to 正社員 after freelancing",
        "frontend",
        [
            pool("frontend")(
                "Hirata Misaki",
                0,
                touches=[
                    mail(
                        30,
                        "今は業務委託で週3日稼働がベストです。正社員フルタイムに戻るつもりはあり"
                        "ません。",
                    )
                ],
            ),
            pool("frontend")(
                "Tamura Sho",
                2,
                touches=[
                    mail(
                        30,
                        "フリーランスを2年やってみて、安定した正社員に戻りたいと思っています。",
                    )
                ],
            ),
        ],
        **job({}, TOKYO_HYBRID, offers=["正社員・週5日勤務", "週2出社"]),
    ),
    C(
        "contract: 계약직 refused vs 계약직 fine, a two-year contract role",
        "ml",
        [
            pool("ml", where="Seoul, South Korea")(
                "Lee Ha-na",
                0,
                touches=[chat(30, "계약직은 안 해요. 정규직만 봅니다")],
            ),
            pool("ml", where="Seoul, South Korea")(
                "Jo Min-kyu",
                2,
                touches=[chat(30, "계약직도 괜찮아요, 전환 가능성 있으면 더 좋고요")],
            ),
        ],
        **job({}, SEOUL_HYBRID, offers=["2년 계약직 (정규직 전환 검토)"]),
    ),
    C(
        "contract: 副業OK is a must vs no interest in side work, a role that allows it",
        "backend",
        [
            pool("backend", FINTECH_BACKEND)(
                "Sakai Naoki",
                2,
                touches=[
                    call(
                        30,
                        "副業OKが絶対条件。週末に個人でアプリを作っていて、それは続けたいとのこと。",
                    )
                ],
            ),
            pool("backend", FINTECH_BACKEND)(
                "Kudo Makoto",
                1,
                touches=[call(30, "副業には特に興味なし。")],
            ),
        ],
        **job({}, TOKYO_HYBRID, offers=["副業OK（届出制）", "週2出社"]),
    ),
    C(
        "contract: no companies with 出向 vs fine with it, two years seconded to a subsidiary",
        "cs",
        [
            pool("cs", ADAS_ENG, "Nagoya, Japan")(
                "Oshima Tetsuya",
                0,
                touches=[
                    call(
                        30,
                        "出向ありの会社はNG。前職で子会社に出向させられて、結局戻れなかった。",
                    )
                ],
            ),
            pool("cs", ADAS_ENG, "Nagoya, Japan")(
                "Mizuno Akira",
                2,
                touches=[
                    call(
                        30,
                        "出向でも構わない。ソフト子会社の方がむしろ技術的に面白そう、とのこと。",
                    )
                ],
            ),
        ],
        **job(
            ADAS_ROLE,
            AICHI_ONSITE,
            description="Hired by the parent company; the first two years are a 出向 "
            "(secondment) to its vehicle-software subsidiary in Nagoya.",
        ),
    ),
]

COMMUTE = [
    C(
        "commute: 45 minutes each way at most vs 90 minutes is fine, 柏 to みなとみらい",
        "cs",
        [
            pool("cs", ADAS_ENG, "Kashiwa, Chiba, Japan")(
                "Sugawara Ken",
                0,
                touches=[call(30, "通勤は片道45分が限界。柏からは引っ越したくない。")],
            ),
            pool("cs", ADAS_ENG, "Kashiwa, Chiba, Japan")(
                "Kawaguchi Jin",
                2,
                touches=[
                    call(
                        30, "通勤時間は気にしない。片道1時間半でも電車で勉強できるので、とのこと。"
                    )
                ],
            ),
        ],
        **job(
            ADAS_ROLE,
            YOKOHAMA_ONSITE,
            offers=["みなとみらいR&Dセンター勤務（週5出社）"],
        ),
    ),
    C(
        "commute: 일산 to 판교 is too far vs lives in 분당, a five-day Pangyo office",
        "backend",
        [
            pool("backend", PANGYO_BACKEND, "Goyang (Ilsan), South Korea")(
                "Noh Eun-seo",
                0,
                touches=[
                    chat(
                        30,
                        "일산에서 판교는 편도 1시간 40분이에요… 주5일 판교 출근은 힘들 것 같아요",
                    )
                ],
            ),
            pool("backend", PANGYO_BACKEND, "Seongnam (Bundang), South Korea")(
                "Ha Joon-young",
                2,
                touches=[chat(30, "분당 살아서 판교까지 버스로 15분이에요! 출근 완전 가능")],
            ),
        ],
        **job(
            {},
            dict(remote_policy="onsite", location="Seongnam (Pangyo), South Korea"),
            offers=["주 5일 판교 오피스 출근"],
        ),
    ),
    C(
        "commute: can't face packed trains but fine off-peak vs no view, 時差出勤 offered",
        "sre",
        [
            pool("sre")(
                "Tsuchiya Ayumi",
                2,
                touches=[
                    mail(
                        30,
                        "満員電車がとにかく無理なんです。ラッシュを避けた時間に出社できるなら、"
                        "出社自体は嫌じゃないです。",
                    )
                ],
            ),
            pool("sre")(
                "Kuroda Hiroshi",
                1,
                touches=[mail(30, "通勤については特に問題ありません。")],
            ),
        ],
        **job(
            {},
            TOKYO_HYBRID,
            offers=["時差出勤OK（10:30までに出社すればよい）", "週2出社"],
        ),
    ),
    C(
        "commute: Umeda yes, Kobe every day no vs Kobe is 30 minutes on the 新快速",
        "backend",
        [
            pool("backend", FINTECH_BACKEND, "Osaka (Tennoji), Japan")(
                "Yamaguchi Shun",
                0,
                touches=[call(30, "梅田までなら通えるけど、神戸に毎日はきつい、とのこと。")],
            ),
            pool("backend", FINTECH_BACKEND, "Osaka (Tennoji), Japan")(
                "Matsumoto Ryo",
                2,
                touches=[call(30, "神戸でもJRの新快速で30分ちょいなので全然通える。")],
            ),
        ],
        **job({}, dict(remote_policy="onsite", location="Kobe (Sannomiya), Japan")),
    ),
    C(
        "commute: no car, a shuttle bus makes 화성 possible vs too far even with the bus",
        "cs",
        [
            pool("cs", ETCH_KR, "Seoul (Songpa), South Korea")(
                "Son Ye-rin",
                2,
                touches=[memo(30, "차 없음. 통근버스 있으면 화성 근무 가능하다고 함.")],
            ),
            pool("cs", ETCH_KR, "Seoul (Songpa), South Korea")(
                "Yoon Chae-won",
                0,
                touches=[
                    memo(30, "화성은 너무 멀어서 불가. 통근버스 있어도 왕복 3시간은 싫다고 함."),
                ],
            ),
        ],
        **job(
            ETCH_ROLE_KR,
            dict(remote_policy="onsite", location="Hwaseong, South Korea"),
            offers=["서울 주요 거점 통근버스 운행 (강남·잠실·사당)"],
        ),
    ),
]

# --- 4. pay against the band ------------------------------------------------------------------

PAY = [
    C(
        "pay: wants 1000万 from 880万 vs won't move under 1300万, a 900-1100万 band",
        "backend",
        [
            pool("backend", FINTECH_BACKEND)(
                "Hoshino Tsubasa",
                2,
                touches=[call(30, "希望年収1000万〜。現年収880万。")],
            ),
            pool("backend", FINTECH_BACKEND)(
                "Ozawa Keisuke",
                0,
                touches=[call(30, "1300万以下なら動かない、と明言。")],
            ),
        ],
        **job(
            {},
            TOKYO_HYBRID,
            salary_min=9_000_000,
            salary_max=11_000_000,
            currency="JPY",
            offers=["年収 900万〜1100万円", "週2出社"],
        ),
    ),
    C(
        "pay: earns 1200万 but 900万 is fine if remote vs 1200万 is the floor, a remote role",
        "sre",
        [
            pool("sre", where="Fukuoka, Japan")(
                "Nomura Daisuke",
                2,
                touches=[
                    mail(
                        30,
                        "現年収は1200万ですが、フルリモートなら900万でも構いません。",
                    )
                ],
            ),
            pool("sre", where="Fukuoka, Japan")(
                "Taniguchi Go",
                0,
                touches=[mail(30, "現年収1200万です。これを下回るオファーは考えていません。")],
            ),
        ],
        **job(
            {},
            JAPAN_REMOTE,
            salary_min=8_500_000,
            salary_max=10_000_000,
            currency="JPY",
            offers=["フルリモート（日本国内）", "年収 850万〜1000万円"],
        ),
    ),
    C(
        "pay: 연봉 1억 floor vs 8천이면 OK, an 8천-9천만 band",
        "backend",
        [
            pool("backend", PANGYO_BACKEND, "Seoul, South Korea")(
                "Kwak Min-seo",
                0,
                touches=[chat(30, "연봉 1억 아래면 안 움직여요")],
            ),
            pool("backend", PANGYO_BACKEND, "Seoul, South Korea")(
                "Im Soo-bin",
                2,
                touches=[chat(30, "연봉은 8천 정도면 괜찮아요, 워라밸이 더 중요해서요")],
            ),
        ],
        **job(
            {},
            SEOUL_HYBRID,
            salary_min=80_000_000,
            salary_max=90_000_000,
            currency="KRW",
            offers=["연봉 8,000만~9,000만원", "주 2회 강남 오피스 출근"],
        ),
    ),
    C(
        "pay: 月給70万 against a 600-720万 年俸制 vs 月給50万 is enough",
        "data_eng",
        [
            pool("data_eng")(
                "Ueno Takashi",
                0,
                touches=[call(30, "月給70万は欲しいとのこと（現在は月60万＋賞与）。")],
            ),
            pool("data_eng")(
                "Kishi Mai",
                2,
                touches=[call(30, "月給50万あればOK。")],
            ),
        ],
        **job(
            {},
            TOKYO_HYBRID,
            salary_min=6_000_000,
            salary_max=7_200_000,
            currency="JPY",
            offers=["年俸制 600万〜720万円（12分割・賞与なし）"],
        ),
    ),
    C(
        "pay: 900万 with bonus fits 月給55万 + 5 months vs a 1100万 floor",
        "cs",
        [
            pool("cs", ADAS_ENG, "Kariya, Aichi, Japan")(
                "Hattori Yosuke",
                2,
                touches=[mail(30, "年収は賞与込みで900万円以上を希望します。")],
            ),
            pool("cs", ADAS_ENG, "Kariya, Aichi, Japan")(
                "Kondo Masato",
                0,
                touches=[mail(30, "賞与込みで年収1100万円が最低ラインです。")],
            ),
        ],
        **job(
            ADAS_ROLE,
            AICHI_ONSITE,
            salary_min=8_800_000,
            salary_max=9_400_000,
            currency="JPY",
            offers=["月給55万円 + 賞与 年5ヶ月（昨年実績）、年収換算 約935万円"],
        ),
    ),
    C(
        "pay: won't take under 時給3,500円 vs 時給2,500円 and up, a 2,800円 contract",
        "cs",
        [
            pool("cs", BILINGUAL_CSM)(
                "Kimura Nana",
                0,
                touches=[call(30, "時給3,500円以下は受けないとのこと。")],
            ),
            pool("cs", BILINGUAL_CSM)(
                "Suzuki Honoka",
                2,
                touches=[call(30, "時給2,500円以上なら検討可。契約でもOK。")],
            ),
        ],
        **job(
            CSM_ROLE,
            TOKYO_HYBRID,
            title="Customer Success (Japanese / English), 契約社員",
            offers=["時給2,800円＋交通費", "契約社員（6ヶ月更新）"],
        ),
    ),
    C(
        "pay: aims for 억대 연봉 from 9천 vs 1.5억 now and 1.6억 floor, a 1.1-1.3억 band",
        "ml",
        [
            pool("ml", where="Seoul, South Korea")(
                "Shim Hye-jin",
                2,
                touches=[call(30, "억대 연봉이 목표. 현재 9천.")],
            ),
            pool("ml", where="Seoul, South Korea")(
                "Byun Jae-sung",
                0,
                touches=[call(30, "현재 1.5억 + RSU. 1.6억 밑으로는 안 본다고 함.")],
            ),
        ],
        **job(
            {},
            SEOUL_HYBRID,
            salary_min=110_000_000,
            salary_max=130_000_000,
            currency="KRW",
            offers=["연봉 1.1억~1.3억"],
        ),
    ),
    C(
        "pay: current 720万 noted for reference only vs an ask of 1200万, an 800-950万 band",
        "data_eng",
        [
            pool("data_eng")(
                "Oka Shiori",
                2,
                touches=[memo(30, "現年収：720万（参考）。希望年収は特になし、内容次第。")],
            ),
            pool("data_eng")(
                "Harada Yuji",
                0,
                touches=[memo(30, "希望年収：1200万。譲歩なし。")],
            ),
        ],
        **job(
            {},
            TOKYO_HYBRID,
            salary_min=8_000_000,
            salary_max=9_500_000,
            currency="JPY",
        ),
    ),
    C(
        "pay: lower base for real stock options vs 'SOは紙切れ', a Series A with SO",
        "backend",
        [
            pool("backend", FINTECH_BACKEND)(
                "Ichikawa Ryohei",
                2,
                touches=[
                    call(
                        30,
                        "ベースは多少下がってもいい、SOがしっかりあるなら。IPOを狙うフェーズに"
                        "行きたい。",
                    )
                ],
            ),
            pool("backend", FINTECH_BACKEND)(
                "Sano Kenichi",
                0,
                touches=[call(30, "SOは紙切れだと思ってる。現金で1000万は欲しい。")],
            ),
        ],
        **job(
            {},
            TOKYO_HYBRID,
            salary_min=7_000_000,
            salary_max=8_500_000,
            currency="JPY",
            offers=["ストックオプションあり", "シリーズA（社員40名）"],
        ),
    ),
    C(
        "pay: $190k in SF needs ¥14M to come home vs ¥10M is fine to come home, ¥10-12M band",
        "ml",
        [
            pool("ml", where="San Francisco, USA")(
                "Takahashi Ken",
                0,
                touches=[
                    mail(
                        30,
                        "Currently $190k base in SF. To move back to Tokyo I'd need at least "
                        "¥14M, otherwise it doesn't make sense for us.",
                    )
                ],
            ),
            pool("ml", where="Seattle, USA")(
                "Watanabe Emiko",
                2,
                touches=[
                    mail(
                        30,
                        "Currently $170k in Seattle, but honestly ¥10M in Tokyo would be fine - "
                        "family reasons, I want to go home.",
                    )
                ],
            ),
        ],
        **job(
            {},
            TOKYO_HYBRID,
            salary_min=10_000_000,
            salary_max=12_000_000,
            currency="JPY",
        ),
    ),
]

# --- 5. work mode, and negation with its scope ----------------------------------------------

WORK_MODE = [
    C(
        "work mode: フルリモート in the title only, back in Sapporo vs wants an office daily",
        "backend",
        [
            pool("backend", FINTECH_BACKEND, "Sapporo, Japan")(
                "Kitamura Yuma",
                2,
                touches=[call(30, "札幌に戻ったので、フルリモート必須。")],
            ),
            pool("backend", FINTECH_BACKEND, "Sapporo, Japan")(
                "Honda Sayaka",
                0,
                touches=[call(30, "在宅は向いてない。毎日オフィスに行きたい派。")],
            ),
        ],
        **job({}, dict(location="Japan"), title="Backend Engineer（フルリモート・全国どこでも）"),
    ),
    C(
        "work mode: monthly office day in the description only, carer vs can't focus at home",
        "frontend",
        [
            pool("frontend")(
                "Takeda Yuri",
                2,
                touches=[chat(30, "在宅メインじゃないと厳しいです、親の介護があるので")],
            ),
            pool("frontend")(
                "Nagai Hikaru",
                0,
                touches=[chat(30, "家だと集中できないので、出社メインの会社がいいです")],
            ),
        ],
        **job(
            {},
            dict(location="Tokyo, Japan"),
            description="Own the customer web app. 開発チームは基本在宅。出社は月1回の全社会議の"
            "み。",
        ),
    ),
    C(
        "work mode: 週4リモート in the offers only vs wants the full office back",
        "backend",
        [
            pool("backend", FINTECH_BACKEND, "Osaka, Japan")(
                "Nishida Kana",
                2,
                touches=[call(30, "出社は週1までなら。")],
            ),
            pool("backend", FINTECH_BACKEND, "Osaka, Japan")(
                "Tokunaga Ryu",
                0,
                touches=[call(30, "フル出社希望。チームと毎日顔を合わせたい。")],
            ),
        ],
        **job({}, dict(location="Osaka, Japan"), offers=["週4リモート・週1出社（水曜）"]),
    ),
    C(
        "work mode: two office days at most vs three is just right, a 週3出社 role",
        "data_eng",
        [
            pool("data_eng")(
                "Miyazaki Rin",
                0,
                touches=[mail(30, "出社は週2日が上限です。")],
            ),
            pool("data_eng")(
                "Fujii Daichi",
                2,
                touches=[mail(30, "週3出社なら全然問題ありません、むしろちょうどいいです。")],
            ),
        ],
        **job(
            {},
            dict(remote_policy="hybrid", location="Tokyo, Japan"),
            offers=["週3出社（月・水・金、虎ノ門オフィス）"],
        ),
    ),
    C(
        "work mode: 풀재택 or nothing vs wants to go in, a 주 5일 강남 office",
        "frontend",
        [
            pool("frontend", where="Seoul, South Korea")(
                "Jin So-yeon",
                0,
                touches=[chat(30, "풀재택 아니면 안 가요")],
            ),
            pool("frontend", where="Seoul, South Korea")(
                "Kim Hyun-jung",
                2,
                touches=[chat(30, "재택은 오히려 안 맞아서 출근하는 회사 원해요")],
            ),
        ],
        **job({}, SEOUL_ONSITE, offers=["주 5일 강남 사무실 출근"]),
    ),
    C(
        "work mode: a weekly Fukuoka office day is welcome vs no office at all",
        "sre",
        [
            pool("sre", where="Fukuoka, Japan")(
                "Shibata Kento",
                2,
                touches=[call(30, "福岡在住、週1くらいの出社ならむしろ歓迎。")],
            ),
            pool("sre", where="Fukuoka, Japan")(
                "Nagata Mio",
                0,
                touches=[call(30, "完全在宅のみ。オフィスには一切行けない。")],
            ),
        ],
        **job(
            {},
            dict(remote_policy="hybrid", location="Fukuoka, Japan"),
            offers=["福岡オフィス（天神）週1出社"],
        ),
    ),
    C(
        "work mode: remote in the policy field only, moved to Nagano vs done with WFH",
        "sre",
        [
            pool("sre", where="Matsumoto, Nagano, Japan")(
                "Chloe Bennett",
                2,
                touches=[dm(30, "Moved to Nagano with my partner - remote or nothing now.")],
            ),
            pool("sre", where="Matsumoto, Nagano, Japan")(
                "Olivier Fauconnet",
                0,
                touches=[dm(30, "I'm done with WFH, I want an office with people in it.")],
            ),
        ],
        **job({}, JAPAN_REMOTE),
    ),
]

NEGATIONS = [
    C(
        "negation: 'SIerはもう嫌' vs fine with an SIer, an SIer role",
        "backend",
        [
            pool("backend", FINTECH_BACKEND)(
                "Shimada Keita",
                0,
                touches=[call(30, "SIerはもう嫌。自社開発の会社のみ。")],
            ),
            pool("backend", FINTECH_BACKEND)(
                "Kawamura Tomoki",
                2,
                touches=[call(30, "SIerでも構わない、金融ドメインは続けたい。")],
            ),
        ],
        **job(
            {},
            TOKYO_ONSITE,
            title="Senior Engineer, 大手SIer（金融系システム）",
            description="大手SIerで金融機関向けシステムの設計・開発をリードする。客先常駐なし、"
            "自社オフィス勤務。",
        ),
    ),
    C(
        "negation: 'no more SIer pls', an in-house product role vs no preference",
        "backend",
        [
            pool("backend", FINTECH_BACKEND)(
                "Yokoyama Shin",
                2,
                touches=[chat(30, "no more SIer pls. 自社サービスやりたい")],
            ),
            pool("backend", FINTECH_BACKEND)(
                "Hamada Toru",
                1,
                touches=[chat(30, "特にこだわりなし")],
            ),
        ],
        **job(
            {},
            TOKYO_HYBRID,
            description="自社プロダクト（決済SaaS）の開発。受託開発なし。",
        ),
    ),
    C(
        "negation: 'not against a transfer' vs transfers absolutely not, 転勤 possible later",
        "cs",
        [
            pool("cs", ADAS_ENG, "Kariya, Aichi, Japan")(
                "Ishida Yuta",
                2,
                touches=[
                    call(
                        30,
                        "転勤に反対というわけではない。独身なので、若いうちは色々な拠点を経験しても"
                        "いいとのこと。",
                    )
                ],
            ),
            pool("cs", ADAS_ENG, "Kariya, Aichi, Japan")(
                "Matsui Koji",
                0,
                touches=[call(30, "転勤は絶対にNG。家を買ったばかり。")],
            ),
        ],
        **job(
            ADAS_ROLE,
            AICHI_ONSITE,
            description="Develop ADAS ECU software at head office in Kariya. 将来的に国内拠点間"
            "の転勤の可能性あり。",
        ),
    ),
    C(
        "negation: '英語を使わない環境は嫌' vs would rather not use English, English at work",
        "cs",
        [
            pool("cs", BILINGUAL_PM)(
                "Kurihara Mei",
                2,
                touches=[mail(30, "英語を使わない環境にはもう戻りたくないです。")],
            ),
            pool("cs", BILINGUAL_PM)(
                "Nakajima Yoko",
                0,
                touches=[mail(30, "英語は正直、できれば使いたくないです。")],
            ),
        ],
        **job(
            PM_ROLE,
            TOKYO_HYBRID,
            offers=["社内公用語は英語", "Engineers from 20+ countries"],
        ),
    ),
    C(
        "negation: left over crunch, not over games vs done with games, a no-crunch studio",
        "frontend",
        [
            pool("frontend", GAME_CLIENT, "Seongnam, South Korea")(
                "Park Ji-ho",
                2,
                touches=[
                    call(
                        30,
                        "게임이 싫어서 떠난 게 아니라 크런치가 싫어서 떠난 거. 야근 없는 "
                        "스튜디오면 "
                        "돌아갈 의향 있음.",
                    )
                ],
            ),
            pool("frontend", GAME_CLIENT, "Seongnam, South Korea")(
                "Kim Yeon-woo",
                0,
                touches=[
                    call(30, "게임 업계 자체에 정이 떨어짐. 다시는 게임 회사 안 간다고 함."),
                ],
            ),
        ],
        **job(GAME_ROLE, PANGYO_HYBRID, offers=["크런치 없음, 주 40시간", "주 3회 판교 출근"]),
    ),
    C(
        "negation: '自動車はもう二度と' vs 'not that I want to leave automotive', an ADAS role",
        "cs",
        [
            pool("cs", ADAS_ENG, "Yokohama, Japan")(
                "Ogura Satoshi",
                0,
                touches=[
                    mail(
                        30,
                        "自動車業界はもう二度とやりたくないです。ISO 26262の書類地獄はこりごり"
                        "です。",
                    )
                ],
            ),
            pool("cs", ADAS_ENG, "Yokohama, Japan")(
                "Katayama Jun",
                2,
                touches=[
                    mail(
                        30,
                        "車載を離れたいわけではありません。ADASは今後も続けたいと思っています。",
                    )
                ],
            ),
        ],
        **job(ADAS_ROLE, YOKOHAMA_ONSITE),
    ),
    C(
        "negation: done with 外資 after two layoffs vs 'not that it must be 外資', a US SaaS",
        "sales",
        [
            pool("sales", JP_AE)(
                "Miyamoto Ai",
                0,
                touches=[call(30, "外資はもう懲り懲り。レイオフを2回経験、日系で落ち着きたい。")],
            ),
            pool("sales", JP_AE)(
                "Sakurai Jun",
                2,
                touches=[
                    call(
                        30,
                        "外資じゃなきゃ嫌というわけではないけど、外資の方が合ってると思う、とのこと。",
                    )
                ],
            ),
        ],
        **job(
            AE_ROLE_JP,
            TOKYO_HYBRID,
            description="Sell to large Japanese manufacturers from the Tokyo office of a US "
            "SaaS company (外資系).",
        ),
    ),
]

# --- 6. location, managing, stage and size, industry, mission, technology, level ------------

LOCATIONS = [
    C(
        "location: going home to Seoul for good vs settled in Berlin, a Seoul role",
        "data_eng",
        [
            pool("data_eng", where="Berlin, Germany")(
                "Lee Soo-ah",
                2,
                touches=[
                    mail(
                        30,
                        "저 올해 말에 서울로 완전히 귀국해요, 부모님 때문에요. 서울 포지션 위주로 "
                        "봐주세요!",
                    )
                ],
            ),
            pool("data_eng", where="Berlin, Germany")(
                "Choi Eun-ji",
                0,
                touches=[
                    mail(30, "베를린에 정착했어요. 한국으로 돌아갈 생각은 당분간 없어요."),
                ],
            ),
        ],
        **job({}, SEOUL_HYBRID),
    ),
    C(
        "location: 転勤なし is a must vs happy to move around, nationwide transfers",
        "sales",
        [
            pool("sales", JP_AE)(
                "Takano Eri",
                0,
                touches=[call(30, "転勤なしが絶対条件。配偶者も都内勤務。")],
            ),
            pool("sales", JP_AE)(
                "Kaneda Yuji",
                2,
                touches=[call(30, "転勤OK。色々な土地に住んでみたい、とのこと。")],
            ),
        ],
        **job(
            AE_ROLE_JP,
            TOKYO_ONSITE,
            title="法人営業（日系大手メーカー）",
            description="Sell industrial equipment to Japanese manufacturers. 全国転勤あり"
            "（3〜5年ごと）。",
        ),
    ),
    C(
        "location: family in Fukuoka, anywhere in Kyushu vs no 単身赴任 and no leaving Tokyo",
        "cs",
        [
            pool("cs", ETCH_JP, "Fukuoka, Japan")(
                "Okamoto Shinji",
                2,
                touches=[call(30, "家族は福岡。九州内なら通勤か引っ越しで対応できる。")],
            ),
            pool("cs", ETCH_JP)(
                "Hirose Takahiro",
                0,
                touches=[call(30, "単身赴任は絶対に無理。家族で東京を離れるつもりもない。")],
            ),
        ],
        **job(ETCH_ROLE_JP, KUMAMOTO_ONSITE),
    ),
    C(
        "location: a U-turn home to Hiroshima vs staying in Tokyo, a Hiroshima plant",
        "cs",
        [
            pool("cs", ADAS_ENG)(
                "Nakata Yoshiki",
                2,
                touches=[
                    mail(30, "地元の広島にUターンしたいと考えています。親も高齢になってきたので。"),
                ],
            ),
            pool("cs", ADAS_ENG)(
                "Kimoto Daisuke",
                0,
                touches=[mail(30, "東京から離れる予定はありません。")],
            ),
        ],
        **job(ADAS_ROLE, dict(remote_policy="onsite", location="Hiroshima, Japan")),
    ),
    C(
        "location: no postings outside Seoul vs family home in 울산, an Ulsan plant",
        "cs",
        [
            pool("cs", ADAS_ENG, "Seoul, South Korea")(
                "Hong Sung-jin",
                0,
                touches=[memo(30, "지방 근무 불가. 서울/판교만.")],
            ),
            pool("cs", ADAS_ENG, "Seoul, South Korea")(
                "Kang Dae-ho",
                2,
                touches=[memo(30, "본가가 울산이라 울산 근무 오히려 좋음.")],
            ),
        ],
        **job(
            ADAS_ROLE,
            dict(remote_policy="onsite", location="Ulsan, South Korea"),
            title="차량 SW 엔지니어 (ADAS)",
        ),
    ),
    C(
        "location: leaving Japan for Lyon in February vs bought a flat in Setagaya",
        "frontend",
        [
            pool("frontend")(
                "Camille Girard",
                0,
                touches=[
                    call(
                        30,
                        "Moving back to Lyon with her partner - flights booked for February. Only "
                        "interested in EU remote roles from now on.",
                    )
                ],
            ),
            pool("frontend")(
                "Mateus Figueiredo",
                2,
                touches=[call(30, "Just bought a flat in Setagaya; staying in Tokyo long-term.")],
            ),
        ],
        **job({}, TOKYO_HYBRID),
    ),
    C(
        "location: wants to move up to Tokyo from Osaka vs never leaving Kansai",
        "backend",
        [
            pool("backend", FINTECH_BACKEND, "Osaka, Japan")(
                "Nishikawa Kenta",
                2,
                touches=[call(30, "東京に出たい。引っ越し支援があればなお良い。")],
            ),
            pool("backend", FINTECH_BACKEND, "Osaka, Japan")(
                "Yasuda Mirai",
                0,
                touches=[call(30, "関西から出るつもりはない。")],
            ),
        ],
        **job({}, TOKYO_ONSITE, offers=["社宅・引っ越し費用補助あり", "渋谷オフィス勤務"]),
    ),
]

MANAGING = [
    C(
        "managing: hands-on for good vs ready to try EM, an EM role",
        "manager",
        [
            pool("manager")(
                "Kubota Masahiro",
                0,
                touches=[
                    call(
                        30,
                        "マネジメントより手を動かしたい。ピープルマネジメントは二度とやりたくない。",
                    ),
                ],
            ),
            pool("manager")(
                "Sugimoto Akane",
                2,
                touches=[call(30, "次はEMに挑戦したい。1on1や採用にも関わりたい。")],
            ),
        ],
        **job({}, TOKYO_HYBRID, title="Engineering Manager, Payments"),
    ),
    C(
        "managing: done being 팀장, wants code vs 팀장 roles only, an IC staff role",
        "backend",
        [
            pool("backend", PANGYO_BACKEND, "Seoul, South Korea")(
                "Jung Woo-sung",
                2,
                touches=[chat(30, "팀장 자리는 이제 그만할래요. 다시 코드 짜고 싶어요")],
            ),
            pool("backend", PANGYO_BACKEND, "Seoul, South Korea")(
                "Maeng Eun-woo",
                0,
                touches=[chat(30, "이제는 팀장급 아니면 안 가요. 팀원 관리하는 자리로요")],
            ),
        ],
        **job(
            {},
            SEOUL_HYBRID,
            title="Staff Backend Engineer",
            seniority="staff",
            description="IC track, no direct reports: design and build the order platform.",
        ),
    ),
    C(
        "managing: a playing manager gladly vs management only, a half-and-half role",
        "manager",
        [
            pool("manager")(
                "Ikeda Sayuri",
                2,
                touches=[
                    mail(
                        30, "プレイングマネージャーなら喜んで。コードから完全に離れるのは嫌です。"
                    ),
                ],
            ),
            pool("manager")(
                "Tsuji Hideki",
                0,
                touches=[
                    mail(
                        30, "手を動かすのは卒業しました。マネジメント専任のポジションを希望します。"
                    )
                ],
            ),
        ],
        **job(
            {},
            TOKYO_HYBRID,
            title="Tech Lead / プレイングマネージャー",
            description="開発5割・マネジメント5割。4名のチームをリードしつつ自らも実装する。",
        ),
    ),
    C(
        "managing: ready to be 파트장 vs stays at the tool, a part-leader role",
        "cs",
        [
            pool("cs", ETCH_KR, "Icheon, South Korea")(
                "Lee Kyung-ho",
                2,
                touches=[call(30, "이제 파트장 역할 해보고 싶다고. 후배들 키우는 거 좋아함.")],
            ),
            pool("cs", ETCH_KR, "Icheon, South Korea")(
                "Ma Sang-wook",
                0,
                touches=[call(30, "관리직은 싫다, 장비 앞에 있는 게 좋다고 함.")],
            ),
        ],
        **job(
            ETCH_ROLE_KR,
            ICHEON_ONSITE,
            title="식각 공정 파트장 (Etch Part Leader)",
            seniority="manager",
            offers=["엔지니어 8명 관리"],
        ),
    ),
]

STAGE_SIZE = [
    C(
        "stage: big and stable, family against start-ups vs wants seed, an eight-person seed",
        "backend",
        [
            pool("backend", FINTECH_BACKEND)(
                "Ono Kazuya",
                0,
                touches=[call(30, "大手で安定志向。スタートアップは家族に反対される。")],
            ),
            pool("backend", FINTECH_BACKEND)(
                "Murata Shinya",
                2,
                touches=[call(30, "シード〜シリーズAの立ち上げフェーズに関わりたい。")],
            ),
        ],
        **job({}, TOKYO_ONSITE, offers=["シード期（社員8名）", "ストックオプションあり"]),
    ),
    C(
        "stage: 대기업 after two failed start-ups vs start-ups only, a group affiliate",
        "data_eng",
        [
            pool("data_eng", where="Seoul, South Korea")(
                "Yoo Jin-a",
                2,
                touches=[chat(30, "이번엔 대기업 가고 싶어요. 스타트업 두 번 망해봤어요 ㅎㅎ")],
            ),
            pool("data_eng", where="Seoul, South Korea")(
                "Kim Bo-young",
                0,
                touches=[chat(30, "대기업 문화는 저랑 안 맞아요. 스타트업만 볼게요")],
            ),
        ],
        **job(
            {},
            SEOUL_ONSITE,
            description="Own the analytics pipelines of a large group affiliate (대기업 계열사, "
            "임직원 5만 명).",
        ),
    ),
    C(
        "stage: size, a keiretsu Tier 1 feels safe vs fed up with JTC, a Toyota-group supplier",
        "cs",
        [
            pool("cs", ADAS_ENG, "Nagoya, Japan")(
                "Kawakami Hiroki",
                2,
                touches=[call(30, "トヨタ系の大手Tier1なら安心、とのこと。福利厚生重視。")],
            ),
            pool("cs", ADAS_ENG, "Nagoya, Japan")(
                "Fukushima Ryo",
                0,
                touches=[
                    call(30, "JTCの年功序列と稟議文化にうんざり。日系大手メーカーは避けたい。"),
                ],
            ),
        ],
        **job(
            ADAS_ROLE,
            AICHI_ONSITE,
            description="Develop ADAS ECU software at a large Toyota-group Tier 1 supplier "
            "(従業員4万人).",
        ),
    ),
    C(
        "stage: wants a pre-IPO fintech vs indifferent, a Series D preparing its IPO",
        "backend",
        [
            pool("backend", PANGYO_BACKEND, "Seoul, South Korea")(
                "Seo Ji-an",
                2,
                touches=[call(30, "상장 전 핀테크 원함. 스톡옵션 중요하게 봄.")],
            ),
            pool("backend", PANGYO_BACKEND, "Seoul, South Korea")(
                "Ko Seung-hee",
                1,
                touches=[call(30, "회사 단계는 상관없음.")],
            ),
        ],
        **job({}, SEOUL_HYBRID, offers=["Series D, IPO 준비 중", "스톡옵션 부여"]),
    ),
    C(
        "stage: size, under 50 people next vs wants a big global set-up, a 2,000-person Japan "
        "office",
        "cs",
        [
            pool("cs", BILINGUAL_PM)(
                "Kamata Hitomi",
                0,
                touches=[
                    mail(30, "次は50人以下の小さな組織で、意思決定の速いところがいいです。"),
                ],
            ),
            pool("cs", BILINGUAL_PM)(
                "Ogawa Reina",
                2,
                touches=[
                    mail(
                        30, "ある程度の規模があって、グローバルの仕組みが整った会社を希望します。"
                    ),
                ],
            ),
        ],
        **job(
            PM_ROLE,
            TOKYO_HYBRID,
            description="Own the roadmap for our B2B product in Japan. Japan office of a global "
            "SaaS company, 2,000 employees in Japan.",
        ),
    ),
]

INDUSTRY = [
    C(
        "industry: pachinko and gambling refused vs any industry, a pachinko-hall system",
        "backend",
        [
            pool("backend", FINTECH_BACKEND)(
                "Noda Akihiro",
                0,
                touches=[call(30, "パチンコ・ギャンブル関連は絶対NG。")],
            ),
            pool("backend", FINTECH_BACKEND)(
                "Sekiguchi Yu",
                1,
                touches=[call(30, "業界は問わない。技術的に面白ければ。")],
            ),
        ],
        **job(
            {},
            TOKYO_HYBRID,
            description="パチンコホール向けの会員管理・決済システムを開発。",
        ),
    ),
    C(
        "industry: turns down defence work vs fine with defence, a radar ECU role",
        "cs",
        [
            pool("cs", ADAS_ENG, "Kamakura, Japan")(
                "Kitagawa Emi",
                0,
                touches=[mail(30, "防衛関連のお仕事はお断りしています。")],
            ),
            pool("cs", ADAS_ENG, "Kamakura, Japan")(
                "Shiraishi Tomo",
                2,
                touches=[
                    mail(30, "防衛でも問題ありません。社会的に意義のある仕事だと思っています。"),
                ],
            ),
        ],
        **job(
            ADAS_ROLE,
            dict(remote_policy="onsite", location="Kamakura, Japan"),
            title="Embedded Software Engineer, 防衛事業部（レーダー）",
            description="Develop embedded software for radar units in the defence division.",
        ),
    ),
    C(
        "industry: no crypto vs keen on an exchange's traffic, a 가상자산 거래소",
        "backend",
        [
            pool("backend", PANGYO_BACKEND, "Seoul, South Korea")(
                "Woo Hye-won",
                0,
                touches=[chat(30, "코인 쪽은 안 가요. 규제 리스크가 너무 커요")],
            ),
            pool("backend", PANGYO_BACKEND, "Seoul, South Korea")(
                "Nam Ki-hoon",
                2,
                touches=[chat(30, "가상자산 거래소 관심 많아요! 트래픽 큰 거 해보고 싶어서요")],
            ),
        ],
        **job(
            {},
            SEOUL_HYBRID,
            description="Build the matching and wallet services of a 가상자산 거래소 (crypto "
            "exchange).",
        ),
    ),
    C(
        "industry: wants out of semiconductors vs wants to stay in memory, a DRAM fab",
        "cs",
        [
            pool("cs", ETCH_KR, "Icheon, South Korea")(
                "Heo Jun-seok",
                0,
                touches=[call(30, "반도체 업계 떠나고 싶다고. 배터리나 바이오 쪽 알아보는 중.")],
            ),
            pool("cs", ETCH_KR, "Icheon, South Korea")(
                "Ryu Ji-hye",
                2,
                touches=[call(30, "반도체 계속 하고 싶음. 메모리 쪽 선호.")],
            ),
        ],
        **job(ETCH_ROLE_KR, ICHEON_ONSITE),
    ),
    C(
        "industry: 金融系はもういい vs wants a long career in finance, a megabank IT subsidiary",
        "backend",
        [
            pool("backend", FINTECH_BACKEND)(
                "Kataoka Sho",
                0,
                touches=[call(30, "金融系はもういい。堅すぎる、とのこと。")],
            ),
            pool("backend", FINTECH_BACKEND)(
                "Imai Kouki",
                2,
                touches=[call(30, "金融系で安定して長く働きたい。")],
            ),
        ],
        **job(
            {},
            TOKYO_ONSITE,
            description="メガバンク系IT子会社で勘定系周辺システムの設計・開発を担当。",
        ),
    ),
]

MISSION = [
    C(
        "mission: wants to build for healthcare, a clinic-paperwork SaaS vs no preference",
        "frontend",
        [
            pool("frontend")(
                "Hamaguchi Nao",
                2,
                touches=[
                    mail(
                        30,
                        "医療に関わるプロダクトを作りたいです。母が看護師で、現場の大変さをずっと"
                        "見てきたので。",
                    )
                ],
            ),
            pool("frontend")(
                "Kumagai Ryo",
                1,
                touches=[mail(30, "ドメインは特にこだわりません。")],
            ),
        ],
        **job({}, TOKYO_HYBRID, offers=["Mission: 医療現場の事務負担をゼロに"]),
    ),
    C(
        "mission: wants climate work, an EV battery maker vs domain-agnostic",
        "data_eng",
        [
            pool("data_eng", where="Cheongju, South Korea")(
                "Jeong Da-hye",
                2,
                touches=[call(30, "기후 문제에 기여하는 일 하고 싶다고. 배터리·재생에너지 선호.")],
            ),
            pool("data_eng", where="Cheongju, South Korea")(
                "Ahn Jae-min",
                1,
                touches=[call(30, "도메인 무관.")],
            ),
        ],
        **job(
            {},
            dict(remote_policy="onsite", location="Cheongju (Ochang), South Korea"),
            description="2차전지 제조 데이터 플랫폼 구축.",
            offers=["Mission: 전기차 배터리로 탄소 감축"],
        ),
    ),
    C(
        "mission: done with ads, wants education or health vs loves CTR work, an ad-tech role",
        "ml",
        [
            pool("ml")(
                "Tominaga Yuki",
                0,
                touches=[
                    call(30, "広告はもうやりたくない。教育か医療など社会的意義のある領域へ。")
                ],
            ),
            pool("ml")(
                "Adachi Kenta",
                2,
                touches=[call(30, "広告のCTR最適化は好きな領域、続けたい。")],
            ),
        ],
        **job(
            {},
            TOKYO_HYBRID,
            description="Train and serve the bidding and CTR models of an ad-tech platform "
            "(広告配信の入札最適化).",
        ),
    ),
]

TECH = [
    C(
        "technology: done with Java/Spring, wants Go vs Java only, a Go role",
        "backend",
        [
            pool("backend", FINTECH_BACKEND)(
                "Sawada Taiga",
                2,
                touches=[call(30, "Java/Springはもう書きたくない、Goがやりたい。")],
            ),
            pool("backend", FINTECH_BACKEND)(
                "Koike Junya",
                0,
                touches=[call(30, "Java以外はやる気なし。Spring一筋で行きたい。")],
            ),
        ],
        **job(
            {},
            TOKYO_HYBRID,
            title="Backend Engineer (Go)",
            requirements="Go\nPostgreSQL\nAWS\nKafka",
            description="Rewrite the settlement services in Go.",
        ),
    ),
    C(
        "technology: no more COBOL maintenance vs a migration would use his COBOL",
        "backend",
        [
            pool("backend", FINTECH_BACKEND)(
                "Hoshi Masaru",
                0,
                touches=[mail(30, "COBOLの保守はもう勘弁してください。")],
            ),
            pool("backend", FINTECH_BACKEND)(
                "Kanno Yoshio",
                2,
                touches=[
                    mail(
                        30,
                        "COBOLからのマイグレーション案件なら、経験を活かせるので興味があります。",
                    ),
                ],
            ),
        ],
        **job(
            {},
            TOKYO_ONSITE,
            title="メインフレーム刷新 エンジニア（COBOL → Java）",
            description="Migrate a bank's COBOL batch estate to Java services; COBOL資産の解析と"
            "保守を含む。",
        ),
    ),
    C(
        "technology: wants Unreal 5 after years of Unity vs Unity only, a UE5 role",
        "frontend",
        [
            pool("frontend", GAME_CLIENT, "Seoul, South Korea")(
                "Lee Chan-young",
                2,
                touches=[chat(30, "언리얼5로 하고 싶어요. 유니티는 할 만큼 했어요")],
            ),
            pool("frontend", GAME_CLIENT, "Seoul, South Korea")(
                "Gu Min-jae",
                0,
                touches=[chat(30, "유니티 외에는 생각 없어요")],
            ),
        ],
        **job(GAME_ROLE, SEOUL_HYBRID, title="Client Programmer (Unreal Engine 5)"),
    ),
    C(
        "technology: tired of AUTOSAR, wants ROS vs wants to keep using AUTOSAR Classic",
        "cs",
        [
            pool("cs", ADAS_ENG, "Yokohama, Japan")(
                "Hirayama Kei",
                0,
                touches=[call(30, "AUTOSARはもう疲れた。Linux系・ROSの開発をしたい。")],
            ),
            pool("cs", ADAS_ENG, "Yokohama, Japan")(
                "Nakazawa Sho",
                2,
                touches=[call(30, "AUTOSAR Classicの経験を活かしたいです。")],
            ),
        ],
        **job(
            ADAS_ROLE,
            YOKOHAMA_ONSITE,
            description="Configure AUTOSAR Classic BSW and develop application SWCs for ADAS ECUs.",
        ),
    ),
    C(
        "technology: wants Kubernetes in the cloud vs prefers racks on-prem, a GKE migration",
        "sre",
        [
            pool("sre")(
                "Kasai Tomohiro",
                2,
                touches=[
                    dm(
                        30,
                        "オンプレのラック作業はもういいです。クラウドネイティブ、K8sをガッツリやり"
                        "たい。",
                    )
                ],
            ),
            pool("sre")(
                "Morikawa Isamu",
                0,
                touches=[
                    dm(30, "クラウドより物理サーバーを触っていたい。オンプレの現場が好きです。")
                ],
            ),
        ],
        **job(
            {},
            TOKYO_HYBRID,
            description="Move the platform from our data centre to GKE and keep it fast and "
            "boring.",
        ),
    ),
]

LEVEL = [
    C(
        "level: senior and above only vs mid is fine for a new domain, a mid-level role",
        "data_eng",
        [
            pool("data_eng")(
                "Oishi Takuya",
                0,
                touches=[call(30, "シニア以上のポジションのみ。ミドルは考えない。")],
            ),
            pool("data_eng")(
                "Yamane Ai",
                2,
                touches=[call(30, "新しいドメインならミドル扱いでも構わない。")],
            ),
        ],
        **job({}, TOKYO_HYBRID, title="Data Engineer (mid-level)", seniority="mid"),
    ),
    C(
        "level: 課長職以上 or nothing vs no title concerns, a 主任 (non-managerial) role",
        "finance",
        [
            pool("finance", JP_FPNA)(
                "Hosokawa Rie",
                0,
                touches=[mail(30, "次は課長職以上でないと動く意味がありません。")],
            ),
            pool("finance", JP_FPNA)(
                "Toyoda Misato",
                1,
                touches=[mail(30, "役職にはこだわりません。仕事内容重視です。")],
            ),
        ],
        **job(FPNA_ROLE, TOKYO_HYBRID, title="FP&A 主任（非管理職）"),
    ),
    C(
        "level: wants the 책임 grade after 8 years as 선임 vs indifferent, a 책임급 role",
        "cs",
        [
            pool("cs", ETCH_KR, "Pyeongtaek, South Korea")(
                "Seong Min-ho",
                2,
                touches=[call(30, "선임 8년차, 이번엔 책임 달고 가고 싶어함.")],
            ),
            pool("cs", ETCH_KR, "Pyeongtaek, South Korea")(
                "Bang Tae-il",
                1,
                touches=[call(30, "직급 상관없음.")],
            ),
        ],
        **job(ETCH_ROLE_KR, PYEONGTAEK_ONSITE, title="식각 공정 엔지니어 (책임급)"),
    ),
    C(
        "level: wants to step back from director vs ready for director, a director role",
        "manager",
        [
            pool("manager")(
                "Rebecca Sterling",
                0,
                touches=[
                    mail(
                        30,
                        "I've been a director for three years and want to step back to an EM or "
                        "senior IC role. Less politics, more building.",
                    )
                ],
            ),
            pool("manager")(
                "Jonathan Reyes",
                2,
                touches=[
                    mail(
                        30,
                        "Ready for a director-level role - I've been running three teams as a "
                        "senior manager for two years already.",
                    )
                ],
            ),
        ],
        **job(
            {},
            TOKYO_HYBRID,
            title="Director of Engineering, Japan",
            seniority="director",
            description="Lead four engineering teams and their managers in the Tokyo office.",
        ),
    ),
]

# --- 7. last time's reason, the history with us, the latest process --------------------------

RESOLVED = [
    C(
        "history: declined at 800万 asking 950万, the band now reaches it vs asked 1300万",
        "backend",
        [
            pool("backend", FINTECH_BACKEND)(
                "Hamano Yusuke",
                2,
                apps=[
                    declined(
                        300,
                        "compensation",
                        "希望950万に対し上限800万、内定辞退",
                        past=PAST_TOKYO_800,
                    )
                ],
            ),
            pool("backend", FINTECH_BACKEND)(
                "Ebihara Kenji",
                0,
                apps=[
                    declined(
                        300,
                        "compensation",
                        "希望1300万、上限850万で内定辞退",
                        past=PAST_TOKYO_850,
                    )
                ],
            ),
        ],
        **job(
            {},
            TOKYO_HYBRID,
            salary_min=9_500_000,
            salary_max=11_000_000,
            currency="JPY",
        ),
    ),
    C(
        "history: declined five days in the office, two days here vs declined two, wants none",
        "data_eng",
        [
            pool("data_eng")(
                "Kiyota Haruna",
                2,
                apps=[
                    declined(
                        250,
                        "remote_policy",
                        "週5出社が条件で辞退。週2までなら可とのこと",
                        past=PAST_TOKYO_OFFICE,
                        role="Senior Data Engineer",
                    )
                ],
            ),
            pool("data_eng")(
                "Furukawa Shun",
                0,
                apps=[
                    declined(
                        250,
                        "remote_policy",
                        "週2出社でも辞退。フルリモート以外は不可",
                        past=PAST_TOKYO_HYBRID,
                        role="Senior Data Engineer",
                    )
                ],
            ),
        ],
        **job({}, TOKYO_HYBRID),
    ),
    C(
        "history: withdrew over nationwide 転勤, none here vs withdrew wanting Osaka, a Tokyo role",
        "sales",
        [
            pool("sales", JP_AE)(
                "Mochizuki Yumi",
                2,
                apps=[
                    withdrew(
                        200,
                        "location",
                        "最終面接後、全国転勤が条件と判明し選考辞退",
                        stage="final",
                        role="Enterprise Account Executive",
                    )
                ],
            ),
            pool("sales", JP_AE, "Osaka, Japan")(
                "Tsuda Kanae",
                0,
                apps=[
                    withdrew(
                        200,
                        "location",
                        "東京勤務が条件と分かり辞退。大阪勤務のみ希望",
                        stage="final",
                        role="Enterprise Account Executive",
                    )
                ],
            ),
        ],
        **job(
            AE_ROLE_JP,
            TOKYO_ONSITE,
            description="Sell to large Japanese manufacturers. 勤務地限定（東京）、転勤なし。",
        ),
    ),
    C(
        "history: Japanese level not enough two years ago, N1 since vs not enough last month",
        "backend",
        [
            pool("backend", FINTECH_BACKEND)(
                "Zhang Wei",
                2,
                apps=[
                    app(
                        700,
                        "final",
                        "rejected",
                        "skills_gap",
                        "日本語力不足（N2）- 顧客折衝に不安",
                    )
                ],
                touches=[
                    mail(
                        90,
                        "Passed JLPT N1 in July! Would love another shot at a Japanese-speaking "
                        "team.",
                    )
                ],
            ),
            pool("backend", FINTECH_BACKEND)(
                "Li Jun",
                0,
                apps=[
                    app(
                        40,
                        "final",
                        "rejected",
                        "skills_gap",
                        "日本語力不足 - 顧客折衝レベルに届かず",
                    )
                ],
            ),
        ],
        **job(
            {},
            TOKYO_HYBRID,
            requirements="5+ years of Python\nDjango or FastAPI\nPostgreSQL\nAWS\nKafka\n"
            "Business Japanese (JLPT N1 or equivalent)",
        ),
    ),
    C(
        "history: dropped out over E-7 sponsorship, F-5 since vs same drop-out, nothing since",
        "data_eng",
        [
            pool("data_eng", where="Seoul, South Korea")(
                "Ivan Petrenko",
                2,
                apps=[
                    withdrew(
                        365,
                        "other",
                        "E-7 스폰서 불가로 진행 중단",
                        stage="final",
                        role="Senior Data Engineer",
                    )
                ],
                touches=[memo(60, "F-5 영주권 취득 (9월). 이제 비자 스폰서 필요 없음.")],
            ),
            pool("data_eng", where="Seoul, South Korea")(
                "Timur Abdullaev",
                0,
                apps=[
                    withdrew(
                        365,
                        "other",
                        "E-7 스폰서 불가로 진행 중단",
                        stage="final",
                        role="Senior Data Engineer",
                    )
                ],
            ),
        ],
        **job(
            {},
            SEOUL_HYBRID,
            description="Own the analytics pipelines of a Seoul fintech. 비자 스폰서 불가.",
        ),
    ),
    C(
        "history: 전문연구요원 blocked the move, service done since vs serving till 2028",
        "ml",
        [
            pool("ml", where="Seoul, South Korea")(
                "Kim Seon-woo",
                2,
                apps=[
                    withdrew(
                        400,
                        "other",
                        "전문연구요원 복무 중이라 병역지정업체 외 이직 불가 - 진행 중단",
                        stage="final",
                        role="Machine Learning Engineer",
                    )
                ],
                touches=[memo(50, "9월 소집해제. 이제 어디든 이직 가능하다고 함.")],
            ),
            pool("ml", where="Seoul, South Korea")(
                "Lee Do-yoon",
                0,
                apps=[
                    withdrew(
                        120,
                        "other",
                        "전문연구요원 복무 중 (2028년 2월까지) - 병역지정업체 외 이직 불가, "
                        "진행 중단",
                        stage="final",
                        role="Machine Learning Engineer",
                    )
                ],
            ),
        ],
        **job(
            {},
            SEOUL_HYBRID,
            description="Train and serve the recommendation models of a Seoul commerce app "
            "(병역지정업체 아님).",
        ),
    ),
    C(
        "history: took a counter-offer two years ago vs took one last month, a higher band",
        "sales",
        [
            pool("sales", JP_AE)(
                "Nagano Ryoko",
                2,
                apps=[
                    declined(
                        700,
                        "counteroffer",
                        "現職のカウンターオファー（1100万）を受諾",
                        role="Enterprise Account Executive",
                    )
                ],
            ),
            pool("sales", JP_AE)(
                "Shiota Makoto",
                0,
                apps=[
                    declined(
                        30,
                        "counteroffer",
                        "現職のカウンターオファーを受諾。先月昇給・昇格したばかり",
                        role="Enterprise Account Executive",
                    )
                ],
            ),
        ],
        **job(
            AE_ROLE_JP,
            TOKYO_HYBRID,
            salary_min=12_000_000,
            salary_max=15_000_000,
            currency="JPY",
        ),
    ),
    C(
        "history: declined Kumamoto, this is Yokohama vs declined Yokohama, built in Kumamoto",
        "cs",
        [
            pool("cs", ETCH_JP, "Yokohama, Japan")(
                "Kaneshiro Yuto",
                2,
                apps=[
                    declined(
                        280,
                        "location",
                        "熊本工場勤務が条件で辞退（単身赴任不可）",
                        past=PAST_KUMAMOTO,
                        role="Etch Process Engineer",
                    )
                ],
            ),
            pool("cs", ETCH_JP, "Kumamoto, Japan")(
                "Uemura Sayaka",
                0,
                apps=[
                    declined(
                        280,
                        "location",
                        "横浜勤務が条件で辞退。熊本に家を建てたため",
                        past=PAST_YOKOHAMA,
                        role="Etch Process Engineer",
                    )
                ],
            ),
        ],
        **job(
            ETCH_ROLE_JP,
            YOKOHAMA_ONSITE,
            description="Develop next-node etch processes at the Yokohama R&D centre.",
        ),
    ),
    C(
        "history: turned down shifts, a day-only R&D role vs turned down pay, band no higher",
        "cs",
        [
            pool("cs", ETCH_KR, "Pyeongtaek, South Korea")(
                "Choi Young-jae",
                2,
                apps=[
                    declined(
                        220,
                        "other",
                        "4조 2교대 조건이라 오퍼 거절",
                        past=PAST_PYEONGTAEK_SHIFTS,
                        role="Etch Process Engineer",
                    )
                ],
            ),
            pool("cs", ETCH_KR, "Pyeongtaek, South Korea")(
                "Kim Hyo-seop",
                0,
                apps=[
                    declined(
                        220,
                        "compensation",
                        "연봉 1.2억 요구, 상한 9천이라 오퍼 거절",
                        past=PAST_ICHEON_90M,
                        role="Etch Process Engineer",
                    )
                ],
            ),
        ],
        **job(
            ETCH_ROLE_KR,
            PYEONGTAEK_ONSITE,
            salary_min=80_000_000,
            salary_max=95_000_000,
            currency="KRW",
            offers=["상주 주간 근무 (교대 없음), R&D 라인"],
        ),
    ),
]

# The history with us.
LAST_TIME = [
    C(
        "history: high-handed with the interviewer and reception vs a final frozen by headcount",
        "cs",
        [
            pool("cs", BILINGUAL_PM)(
                "Tokuda Gen",
                0,
                apps=[
                    app(
                        200,
                        "onsite",
                        "rejected",
                        "conduct",
                        "面接官への態度が高圧的。受付スタッフにも横柄だったとの報告あり",
                        role="Product Manager",
                    )
                ],
            ),
            pool("cs", BILINGUAL_PM)(
                "Akiyama Nao",
                2,
                apps=[
                    app(
                        200,
                        "final",
                        "position_closed",
                        "headcount",
                        "最終面接後にヘッドカウント凍結。HMは採用したかったとのこと",
                        role="Product Manager",
                    )
                ],
            ),
        ],
        **job(PM_ROLE, TOKYO_HYBRID),
    ),
]

PROCESS = [
    C(
        "process: lost a close 最終面接 vs screened out at 書類選考",
        "backend",
        [
            pool("backend", FINTECH_BACKEND)(
                "Tsukamoto Ryo",
                2,
                apps=[lost_final(150, "最終面接で僅差。もう一人の候補者に決定。評価は高い")],
            ),
            pool("backend", FINTECH_BACKEND)(
                "Hagiwara Yu",
                1,
                apps=[
                    app(
                        150,
                        "applied",
                        "rejected",
                        "other",
                        "書類選考で見送り（他候補を優先）",
                    )
                ],
            ),
        ],
        **job({}, TOKYO_HYBRID),
    ),
    C(
        "process: reneged a week before joining, no word vs lost a final the HM liked",
        "backend",
        [
            pool("backend", FINTECH_BACKEND)(
                "Terada Koji",
                0,
                apps=[
                    app(
                        180,
                        "offer",
                        "declined_offer",
                        "other",
                        "内定承諾後、入社1週間前に辞退。本人から連絡なし、他社エージェント経由で"
                        "判明。先方人事激怒。",
                    )
                ],
            ),
            pool("backend", FINTECH_BACKEND)(
                "Ozaki Mana",
                2,
                apps=[lost_final(180, "最終で惜しくも見送り。HMは次の機会にぜひ、と")],
            ),
        ],
        **job({}, TOKYO_HYBRID),
    ),
    C(
        "process: placed by us in September, hands off vs our 2024 placement is leaving",
        "backend",
        [
            pool("backend", FINTECH_BACKEND)(
                "Kojima Hayato",
                0,
                touches=[
                    memo(
                        date(2026, 9, 1),
                        "9/1 入社（当社決定案件）。返金規定期間中 - 他社案件の紹介は厳禁。",
                    )
                ],
            ),
            pool("backend", FINTECH_BACKEND)(
                "Fujimoto Saki",
                2,
                touches=[
                    memo(
                        date(2026, 9, 1),
                        "2024年に当社経由で入社した会社が事業撤退、年内で退職予定。すぐ動ける。",
                    )
                ],
            ),
        ],
        **job({}, TOKYO_HYBRID),
    ),
    C(
        "process: a 1차 면접 no-show vs a 최종 면접 near miss",
        "backend",
        [
            pool("backend", PANGYO_BACKEND, "Seoul, South Korea")(
                "Do Hyun-jin",
                0,
                apps=[
                    app(120, "interview", "rejected", "no_show", "1차 면접 노쇼. 이후 연락 두절.")
                ],
            ),
            pool("backend", PANGYO_BACKEND, "Seoul, South Korea")(
                "Pyo Ji-sung",
                2,
                apps=[lost_final(120, "최종 면접에서 아쉽게 탈락. 면접관 평가 좋음.")],
            ),
        ],
        **job({}, SEOUL_HYBRID),
    ),
]

# --- 8. several notes over time: the latest word counts ---------------------------------------

LATEST_WORD = [
    C(
        "latest word: remote only in March, three office days fine in October vs the reverse",
        "data_eng",
        [
            pool("data_eng")(
                "Hirota Manami",
                2,
                touches=[
                    call(date(2026, 3, 9), "フルリモート以外は不可。"),
                    call(
                        date(2026, 10, 13),
                        "保育園が決まったので週3出社もOKになりました、とのこと。",
                    ),
                ],
            ),
            pool("data_eng")(
                "Iida Kenshin",
                0,
                touches=[
                    call(date(2026, 3, 9), "週3出社OK。"),
                    call(
                        date(2026, 10, 13),
                        "親の介護が始まって、フルリモートでないと無理になったとのこと。",
                    ),
                ],
            ),
        ],
        **job(
            {},
            dict(remote_policy="hybrid", location="Tokyo, Japan"),
            offers=["週3出社（月・水・金）"],
        ),
    ),
    C(
        "latest word: a stop taken back vs 'keep me posted' hardened into deletion",
        "backend",
        [
            pool("backend", PANGYO_BACKEND, "Seoul, South Korea")(
                "Yeo Jun-hyuk",
                2,
                touches=[
                    chat(date(2026, 2, 9), "연락하지 마세요"),
                    mail(
                        date(2026, 9, 21),
                        "2월에 연락하지 말라고 했던 거 죄송해요, 그때 회사 일로 예민했어요. 지금은 "
                        "이직 적극적으로 알아보고 있으니 포지션 있으면 연락 주세요.",
                    ),
                ],
            ),
            pool("backend", PANGYO_BACKEND, "Seoul, South Korea")(
                "Koo Seo-hyun",
                0,
                touches=[
                    mail(date(2026, 2, 9), "지금은 괜찮지만 좋은 자리 있으면 알려주세요"),
                    mail(
                        date(2026, 9, 21),
                        "제 정보 전부 삭제해 주시고 더 이상 연락하지 말아 주세요.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **job({}, SEOUL_HYBRID),
    ),
    C(
        "latest word: 転勤NG during 受験, then fine vs 転勤OK, then a flat bought",
        "sales",
        [
            pool("sales", JP_AE)(
                "Sonoda Masami",
                2,
                touches=[
                    memo(date(2025, 11, 10), "転勤NG（子どもが中学受験）"),
                    call(date(2026, 10, 5), "子どもの受験が終わったので転勤OKに変更、とのこと。"),
                ],
            ),
            pool("sales", JP_AE)(
                "Arakawa Tetsu",
                0,
                touches=[
                    memo(date(2025, 11, 10), "転勤OK"),
                    call(date(2026, 10, 5), "マンションを購入したので、転勤は今後NG。"),
                ],
            ),
        ],
        **job(
            AE_ROLE_JP,
            TOKYO_ONSITE,
            title="法人営業（日系大手メーカー）",
            description="Sell industrial equipment to Japanese manufacturers. 全国転勤あり。",
        ),
    ),
    C(
        "latest word: going home to Seoul, then staying in Tokyo vs staying, then going home",
        "frontend",
        [
            pool("frontend")(
                "Jung Ha-yoon",
                2,
                touches=[
                    dm(date(2026, 4, 6), "내년에 서울로 돌아갈 것 같아요."),
                    dm(
                        date(2026, 10, 19),
                        "결국 도쿄에 남기로 했어요! 永住申請も出しました。東京のポジションでお願い"
                        "します。",
                    ),
                ],
            ),
            pool("frontend")(
                "Baek Ye-seul",
                0,
                touches=[
                    dm(date(2026, 4, 6), "Staying in Tokyo for the foreseeable future."),
                    dm(
                        date(2026, 10, 19),
                        "Change of plans - we're moving back to Seoul in January for family. "
                        "Only Korea-based roles now.",
                    ),
                ],
            ),
        ],
        **job({}, TOKYO_HYBRID),
    ),
    C(
        "latest word: 1.1억 ask lowered to 9천 vs 9천 raised to 1.1억 after a counter",
        "data_eng",
        [
            pool("data_eng", where="Seoul, South Korea")(
                "Min Jae-kyung",
                2,
                touches=[
                    call(date(2026, 3, 2), "연봉 1.1억 이상 희망."),
                    call(date(2026, 10, 12), "시장이 안 좋아서 9천까지 낮춰도 된다고 함."),
                ],
            ),
            pool("data_eng", where="Seoul, South Korea")(
                "Chae Won-jun",
                0,
                touches=[
                    call(date(2026, 3, 2), "연봉 9천이면 OK."),
                    call(
                        date(2026, 10, 12),
                        "카운터오퍼 받아서 1.1억 됨. 그 이상 아니면 안 움직인다고 함.",
                    ),
                ],
            ),
        ],
        **job(
            {},
            SEOUL_HYBRID,
            salary_min=85_000_000,
            salary_max=95_000_000,
            currency="KRW",
        ),
    ),
    C(
        "latest word: a bonus wait called off after 早期退職 vs 'any time' turned into April",
        "frontend",
        [
            pool("frontend")(
                "Saeki Kanon",
                2,
                touches=[
                    chat(date(2026, 9, 14), "冬のボーナスまでは動かないです"),
                    chat(
                        date(2026, 11, 2),
                        "前言撤回です…会社が事業縮小で早期退職を募集し始めたので、ボーナスを待たずに"
                        "動きます！",
                    ),
                ],
            ),
            pool("frontend")(
                "Tachibana Rui",
                1,
                touches=[
                    chat(date(2026, 9, 14), "いつでも話せます！"),
                    chat(
                        date(2026, 11, 2),
                        "すみません、チームリーダーを任されたので来年4月までは動けなくなりました🙏",
                    ),
                ],
            ),
        ],
        **job({}, TOKYO_HYBRID),
    ),
    C(
        "latest word: refused an EM loop wanting code, now wants a team vs the reverse",
        "manager",
        [
            pool("manager", where="Seoul, South Korea")(
                "Oh Se-hoon",
                2,
                (
                    "이제 팀을 맡아보고 싶다. 작년엔 실무만 고집했는데 생각이 바뀜.",
                    date(2026, 10, 5),
                ),
                apps=[
                    withdrew(
                        400,
                        "not_interested",
                        "EM 포지션이라 본인이 고사 - 실무 원함",
                        role="Engineering Manager",
                    )
                ],
            ),
            pool("manager", where="Seoul, South Korea")(
                "Song Ji-hwan",
                0,
                apps=[
                    lost_final(400, "EM 최종 탈락. 리더십 의지 강했음", role="Engineering Manager")
                ],
                touches=[
                    call(
                        date(2026, 9, 28),
                        "요즘은 매니저 역할에 지쳤다고. 다시 IC로 돌아가고 싶다고 함.",
                    )
                ],
            ),
        ],
        **job({}, SEOUL_HYBRID, title="Engineering Manager, Payments"),
    ),
    C(
        "latest word: office days changed twice each, a two-day Seoul hybrid",
        "frontend",
        [
            pool("frontend", where="Gangneung, South Korea")(
                "Yang Ji-min",
                0,
                touches=[
                    memo(date(2025, 12, 1), "풀재택만"),
                    call(date(2026, 5, 11), "주 2회 출근 괜찮아짐"),
                    chat(date(2026, 10, 26), "다시 풀재택만 가능해요 ㅠ 강릉으로 이사했어요"),
                ],
            ),
            pool("frontend", where="Seoul, South Korea")(
                "Hwang In-su",
                2,
                touches=[
                    memo(date(2025, 12, 1), "출근 무관"),
                    call(date(2026, 5, 11), "풀재택만 원함"),
                    chat(date(2026, 10, 26), "다시 서울로 올라왔어요, 주 2회 출근 OK입니다"),
                ],
            ),
        ],
        **job({}, SEOUL_HYBRID),
    ),
]

HELDOUT75_CASES: list[Case] = [
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
    *MANAGING,
    *STAGE_SIZE,
    *INDUSTRY,
    *MISSION,
    *TECH,
    *LEVEL,
    *RESOLVED,
    *LAST_TIME,
    *PROCESS,
    *LATEST_WORD,
]

# The class names the set checks share (tests/test_eval_cases.py), over this file's own lists:
# managing and level are one class there, as are industry and mission.
LEVEL, MISSION = MANAGING + LEVEL, INDUSTRY + MISSION
