"""Held-out rediscovery cases, sixty-eighth set: Australian and New Zealand recruiters' own words,
written by a stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 68") and never tuned to what Encore does. The recruiters are a Sydney
IT agency, the in-house talent team of a big four bank, a Canberra desk that fills government
and defence roles (baseline and NV1 clearances, APS and EL bands, citizenship), a Perth mining
and resources recruiter (FIFO and DIDO rosters such as 8/6, 2/1 and 7/7, shutdowns, camps), a
Brisbane construction consultancy and an Auckland and Wellington IT recruiter (AEWV, residence,
Matariki and Waitangi Day). The people are software, data and platform engineers, maintenance
planners, project engineers and business analysts in Sydney, Melbourne, Brisbane and the Gold
Coast, Canberra, Perth and the Pilbara, Newcastle, Adelaide, Auckland and Wellington.

The voices: terse ATS shorthand with typos ("cand", "LM", "pls", "w/ kids", "ono"), lower-case
texts and WhatsApps in Aussie and Kiwi slang ("yeah nah", "sweet as", "arvo", "Brissie"),
LinkedIn replies, candidates' emails, a formal letter under the Privacy Act, recruiters'
third-person call notes, long rambling notes where one line decides, and a few lines in
Mandarin (pinyin) and Te Reo Maori. Pay is salary plus super, packages including super, day
rates and hourly rates, in AUD and NZD; visas are 482/TSS, 186, 485, student and bridging
visas, PR and citizenship, and NZ's AEWV and resident visas.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs in many voices and channels (an email, a text, a DNC in the ATS, a LinkedIn reply,
   a Privacy Act letter, a "no thanks", "yeah nah, bin my details", WhatsApp, pinyin and Te Reo):
   never shown; beside each a scoped stop that is no opt-out (the newsletter only, not during
   shifts, not that client, not by phone, not defence roles, not this one role, a new mobile,
   feedback still owed, an access request);
2. waits counted from the day said (a month, notice periods, Waitangi Day, Anzac Day, the
   Melbourne Cup and the Australian Open, school holidays, EOFY, "six weeks", Chinese New Year,
   a shutdown, probation, parental leave, a contract end, the King's Birthday and the Christmas
   shutdown), each against a twin whose wait has already run out; notes full of dates that ask
   for no wait;
3. schedule (FIFO and DIDO rosters, on-call, part-time, nights), travel (site trips, interstate
   and trans-Tasman, regional NZ, flights against driving), visa and right to work (NV1 and
   baseline need citizenship, 482 against 186, AEWV against residence, Australians in NZ,
   student hours, a partner's visa), contract type (perm, day-rate, fixed-term, labour hire),
   commute (the Sydney Harbour Bridge, Manly ferry, the M1 to the Gold Coast, the V/Line from
   Geelong, the Auckland motorways, the Hutt Valley line, minutes and suburbs);
4. pay against the band (base plus super against a package, day and hourly rates, NZD, a
   current salary above the band with a lower ask, an ask in pinyin);
5. work mode only in the title or only in the description, hybrid days, negation and its scope;
6. location and relocation (Perth, Brisbane from Auckland, a partner's transfer not followed,
   a tree change to Newcastle), managing against hands-on, company stage and size, industry and
   mission wanted or refused (gambling, defence, coal against metals mining, oil and gas,
   alcohol, an iwi organisation, the NDIS, immigration detention, fintech), technology;
7. last time's reason resolved by this role or still standing (an office mandate, a pay cap, a
   FIFO roster, sponsorship, citizenship for NV1, a commute, travel), the history with us and the
   latest process;
8. several notes over time where the latest word counts (people changing their minds, some
   twice, across calls, texts, emails and ATS lines).

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

MAINT_PLANNER = dict(
    current_title="Senior Maintenance Planner",
    skills=["SAP PM", "Shutdown planning", "Fixed plant", "Work order scheduling"],
    years_experience=9,
    resume_text=(
        "Maintenance planner, nine years on iron ore and gold processing plants in WA: SAP PM "
        "work orders, weekly schedules, major shutdown planning and crusher and conveyor "
        "strategies, on FIFO rosters out of Perth."
    ),
)
PROJECT_ENGINEER = dict(
    current_title="Project Engineer",
    skills=["Commercial construction", "Subcontract administration", "RFIs", "Programming"],
    years_experience=6,
    resume_text=(
        "Project engineer, six years with tier-one builders on commercial towers and hospitals: "
        "subcontract packages, RFIs, variations, site coordination and programme updates."
    ),
)
BUSINESS_ANALYST = dict(
    current_title="Senior Business Analyst",
    skills=["Requirements analysis", "Process mapping", "Stakeholder engagement", "Jira"],
    years_experience=8,
    resume_text=(
        "Business analyst, eight years in federal and state government programs: requirements, "
        "process maps, user stories in Jira and stakeholder workshops with policy teams."
    ),
)


def pool(profile: str, persona: dict | None = None, where: str = "Sydney NSW"):
    """People of one kind in the pool: the same profile and persona, living in ``where``
    unless a case passes another ``location``."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**(persona or {}), "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


dev = pool("backend")
dev_mel = pool("backend", where="Melbourne VIC")
dev_bne = pool("backend", where="Brisbane QLD")
dev_gc = pool("backend", where="Gold Coast QLD")
dev_akl = pool("backend", where="Auckland, New Zealand")
data = pool("data_eng")
data_cbr = pool("data_eng", where="Canberra ACT")
sre = pool("sre")
sre_akl = pool("sre", where="Auckland, New Zealand")
sre_wlg = pool("sre", where="Wellington, New Zealand")
lead = pool("manager")
planner = pool("cs", MAINT_PLANNER, "Perth WA")
pe = pool("cs", PROJECT_ENGINEER, "Brisbane QLD")
ba = pool("finance", BUSINESS_ANALYST, "Canberra ACT")

# --- who wrote what -------------------------------------------------------------------------


def call(days, words) -> dict:
    """A recruiter's call note, third person."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def ats(days, words) -> dict:
    """A line typed into the ATS, in shorthand."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def email(days, words) -> dict:
    """The candidate's email."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def sms(days, words) -> dict:
    """The candidate's text or WhatsApp, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def inmail(days, words) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def lost_final(days, note=None, *, role="Senior Backend Engineer") -> dict:
    """Reached the final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def declined(days, reason, note, *, past=None, role="Senior Backend Engineer") -> dict:
    """Turned an offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="Senior Backend Engineer"):
    """Pulled out of a process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def role(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

PLANNER_ROLE = dict(
    title="Senior Maintenance Planner (FIFO)",
    department="Maintenance",
    seniority="senior",
    requirements="SAP PM\nShutdown planning\nFixed plant\nWork order scheduling",
    description="Plan fixed-plant maintenance and shutdowns at an iron ore processing site.",
)
PE_ROLE = dict(
    title="Project Engineer",
    department="Construction",
    seniority="mid",
    requirements="Commercial construction\nSubcontract administration\nRFIs\nProgramming",
    description="Run subcontract packages on a 30-storey commercial tower for a tier-one builder.",
)
BA_ROLE = dict(
    title="Senior Business Analyst (APS6)",
    department="Digital Delivery",
    seniority="senior",
    requirements="Requirements analysis\nProcess mapping\nStakeholder engagement\nJira",
    description="Map processes and write requirements for a federal agency's new case system.",
)
BANK_DEV = dict(
    title="Senior Backend Engineer, Payments",
    description="Build the real-time payment services of a big four bank.",
)

# --- where and how they are worked ----------------------------------------------------------

SYD_HYBRID = dict(
    remote_policy="hybrid",
    location="Sydney NSW",
    offers=["Hybrid: two days a week in our Barangaroo office"],
)
SYD_ONSITE = dict(
    remote_policy="onsite", location="Sydney NSW", offers=["Five days a week in the CBD office"]
)
NORTH_SYD_ONSITE = dict(
    remote_policy="onsite",
    location="North Sydney NSW",
    offers=["Office on Miller Street, North Sydney, five days a week"],
)
PARRAMATTA_ONSITE = dict(remote_policy="onsite", location="Parramatta NSW")
MEL_HYBRID = dict(
    remote_policy="hybrid",
    location="Melbourne VIC",
    offers=["Hybrid: two days a week in our Docklands office"],
)
MEL_ONSITE = dict(remote_policy="onsite", location="Melbourne VIC")
BNE_ONSITE = dict(
    remote_policy="onsite",
    location="Brisbane QLD",
    offers=["Five days a week in the Brisbane CBD office on Eagle Street"],
)
BNE_HYBRID = dict(
    remote_policy="hybrid",
    location="Brisbane QLD",
    offers=["Hybrid: two days a week in the Brisbane CBD office"],
)
CBR_ONSITE = dict(remote_policy="onsite", location="Canberra ACT")
CBR_HYBRID = dict(
    remote_policy="hybrid",
    location="Canberra ACT",
    offers=["Hybrid: two days a week in the Barton office"],
)
PERTH_HYBRID = dict(
    remote_policy="hybrid",
    location="Perth WA",
    offers=["Hybrid: three days a week in the St Georges Terrace office"],
)
PILBARA_FIFO = dict(
    remote_policy="onsite",
    location="Pilbara WA (FIFO from Perth)",
    offers=["FIFO from Perth on an 8/6 roster", "Flights and camp accommodation paid"],
)
ADL_ONSITE = dict(remote_policy="onsite", location="Adelaide SA")
NEWCASTLE_ONSITE = dict(remote_policy="onsite", location="Newcastle NSW")
AU_REMOTE = dict(
    remote_policy="remote",
    location="Remote (Australia)",
    offers=["Fully remote anywhere in Australia, AEST hours"],
)
AKL_HYBRID = dict(
    remote_policy="hybrid",
    location="Auckland, New Zealand",
    offers=["Hybrid: two days a week in our Wynyard Quarter office"],
)
AKL_ONSITE = dict(remote_policy="onsite", location="Auckland, New Zealand")
WLG_ONSITE = dict(remote_policy="onsite", location="Wellington, New Zealand")
NZ_REMOTE = dict(remote_policy="remote", location="Remote (New Zealand)")
AUD = dict(currency="AUD")
NZD = dict(currency="NZD")


# --- 1. opt-outs, each beside a scoped stop that is shown -----------------------------------

OPT_OUTS = [
    C(
        "remove me from everything vs take me off the newsletter only",
        "backend",
        [
            dev(
                "Bronwyn Hatherley",
                0,
                touches=[
                    email(
                        45,
                        "Hi, please remove me from all your lists and delete my details. I'm "
                        "not looking now and won't be in future. Cheers, Bronwyn",
                    )
                ],
                excluded=True,
            ),
            dev(
                "Kirrily Wollacombe",
                2,
                touches=[
                    email(
                        45,
                        "Could you take me off the monthly market-update newsletter? Too much "
                        "email. Still keen to hear about actual roles that fit though.",
                    )
                ],
            ),
        ],
        **role(BANK_DEV, SYD_HYBRID),
    ),
    C(
        "an angry 'stop texting me' vs no texts while on shift",
        "cs",
        [
            planner(
                "Darcy Pengilly",
                0,
                touches=[sms(30, "stop texting me. not interested, never will be. lose my number")],
                excluded=True,
            ),
            planner(
                "Shane Wolfgramm",
                2,
                touches=[
                    sms(
                        30,
                        "mate pls dont text when im on swing, cant check phone on site. email "
                        "is better, ill reply on R&R",
                    )
                ],
            ),
        ],
        **role(PLANNER_ROLE, PILBARA_FIFO, salary_min=160_000, salary_max=180_000, **AUD),
    ),
    C(
        "the ATS says DNC at her request vs not to be put forward to Westpac again",
        "backend",
        [
            dev(
                "Tamsin Ferrier",
                0,
                touches=[
                    ats(60, "DNC - cand req'd no further contact of any kind. Do NOT re-add.")
                ],
                excluded=True,
            ),
            dev(
                "Priya Venugopalam",
                2,
                touches=[
                    ats(
                        60,
                        "cand asked we dont submit her to Westpac again (bad exp there 2023). "
                        "anything else ok, happy to hear from us",
                    )
                ],
            ),
        ],
        **role(
            {},
            MEL_HYBRID,
            title="Senior Python Engineer",
            description="Build member-facing services for a Melbourne industry super fund.",
        ),
    ),
    C(
        "a LinkedIn 'never contact me' vs 'not here, use my email on file'",
        "data_eng",
        [
            data(
                "Callum Pendarvoe",
                0,
                touches=[
                    inmail(
                        20,
                        "Thanks but I don't deal with recruiters, full stop. Please don't "
                        "contact me again by any channel.",
                    )
                ],
                excluded=True,
            ),
            data(
                "Nerida Cobcroft",
                2,
                touches=[
                    inmail(
                        20,
                        "Hey! I hardly ever check LinkedIn, so please don't message me here - "
                        "the personal email you've got on file is the best way to reach me.",
                    )
                ],
            ),
        ],
        **role({}, SYD_HYBRID),
    ),
    C(
        "pinyin: send me nothing more vs pinyin: don't ring, email is fine",
        "backend",
        [
            dev(
                "Zhou Yuqing",
                0,
                touches=[
                    sms(
                        40,
                        "Qing buyao zai gei wo fa renhe zhaopin xinxi le, wo bu xuyao. Xiexie.",
                    )
                ],
                excluded=True,
            ),
            dev(
                "Lin Haoran",
                2,
                touches=[sms(40, "Shangban shijian bie da dianhua, fa youjian jiu xing, xiexie!")],
            ),
        ],
        **role({}, SYD_HYBRID),
    ),
    C(
        "Te Reo: stop, never contact me again vs Te Reo: don't phone in work hours",
        "sre",
        [
            sre_wlg(
                "Hemi Waitohi",
                0,
                touches=[email(35, "Kati te tuku imera mai. Kaua e whakapa mai ano. Heoi ano.")],
                excluded=True,
            ),
            sre_wlg(
                "Aroha Winiata",
                2,
                touches=[
                    email(
                        35,
                        "Kia ora, kaua e waea mai i nga haora mahi - he pai ake te imera. "
                        "Nga mihi, Aroha",
                    )
                ],
            ),
        ],
        **role({}, WLG_ONSITE, salary_min=150_000, salary_max=170_000, **NZD),
    ),
    C(
        "a Privacy Act letter withdrawing consent vs one asking to see what is held",
        "finance",
        [
            ba(
                "Gregory Ashcombe",
                0,
                touches=[
                    email(
                        90,
                        "Dear Sir or Madam, I write to withdraw any consent I have given your "
                        "firm to hold or use my personal information, and to require that you "
                        "cease all contact with me. Yours faithfully, G. Ashcombe",
                    )
                ],
                excluded=True,
            ),
            ba(
                "Felicity Vardon",
                2,
                touches=[
                    email(
                        90,
                        "Dear Sir or Madam, under Australian Privacy Principle 12 I request "
                        "access to the personal information your firm holds about me. I remain "
                        "open to suitable opportunities. Yours sincerely, F. Vardon",
                    )
                ],
            ),
        ],
        **role(BA_ROLE, CBR_HYBRID),
    ),
    C(
        "DNC in shorthand vs no defence roles, a bank role",
        "backend",
        [
            dev(
                "Ruairi Flanagan",
                0,
                touches=[ats(75, "cand v annoyed re calls - DNC applied per his req. no contact.")],
                excluded=True,
            ),
            dev(
                "Julian Ostrowski",
                2,
                touches=[
                    ats(
                        75,
                        "no defence / weapons roles pls (conscientious objector). everything "
                        "else fine, open to bank + fintech",
                    )
                ],
            ),
        ],
        **role(BANK_DEV, SYD_HYBRID),
    ),
    C(
        "left IT for good and asked to close the file vs a new mobile number",
        "data_eng",
        [
            data(
                "Marcella Ingrilli",
                0,
                touches=[
                    call(
                        50,
                        "Marcella has left tech for good - retraining as a midwife at UTS. "
                        "Asked us to close her file and not to contact her again.",
                    )
                ],
                excluded=True,
            ),
            data(
                "Georgia Papadakis",
                2,
                touches=[
                    call(
                        50,
                        "Georgia's old mobile is dead - new number given, file updated. Still "
                        "looking for a senior data role, keen to hear.",
                    )
                ],
            ),
        ],
        **role({}, SYD_HYBRID),
    ),
    C(
        "a bare 'no thanks' to our draft vs 'no thanks to that one, keep me in mind'",
        "backend",
        [
            dev_bne(
                "Lachlan Mulqueenan",
                0,
                touches=[
                    touch(25, "outbound", "no_reply", "re_engagement", channel="email"),
                    email(24, "no thanks - Lachlan"),
                ],
                excluded=True,
            ),
            dev_bne(
                "Hamish Cottrell",
                2,
                touches=[
                    touch(25, "outbound", "no_reply", "re_engagement", channel="email"),
                    email(
                        24,
                        "No thanks to that one - Springfield Lakes is too far out for me. Do "
                        "keep me in mind for CBD roles though.",
                    ),
                ],
            ),
        ],
        **role({}, BNE_HYBRID),
    ),
    C(
        "'yeah nah, bin my details' vs feedback still owed before anything new",
        "backend",
        [
            dev_akl(
                "Wiremu Potaka",
                0,
                touches=[sms(33, "yeah nah im done with recruiters bro. bin my details eh")],
                excluded=True,
            ),
            dev_akl(
                "Nikau Henare",
                2,
                touches=[
                    email(
                        33,
                        "Before you send me anything new, I'd still like the feedback from the "
                        "Xero final you said you'd chase. Keen to keep talking after that.",
                    )
                ],
            ),
        ],
        **role({}, AKL_HYBRID),
    ),
    C(
        "WhatsApp: unsubscribe me from everything vs not on WhatsApp, email please",
        "sre",
        [
            sre(
                "Dominic Vellacott",
                0,
                touches=[
                    sms(
                        28,
                        "pls unsubscribe me from everything incl whatsapp, dont want to hear "
                        "from ur agency again",
                    )
                ],
                excluded=True,
            ),
            sre(
                "Santiago Bermudez",
                2,
                touches=[sms(28, "can u not whatsapp me, its for family. email only thx")],
            ),
        ],
        **role({}, SYD_HYBRID),
    ),
    C(
        "pinyin: delete my data, no longer looking vs pinyin: my number changed",
        "data_eng",
        [
            data_cbr(
                "Xu Mingze",
                0,
                touches=[
                    email(
                        55,
                        "Wo yijing bu zai zhao gongzuo le, qing shanchu wo de suoyou ziliao, "
                        "yihou buyao zai lianxi wo.",
                    )
                ],
                excluded=True,
            ),
            data_cbr(
                "Guo Shuting",
                2,
                touches=[
                    email(
                        55,
                        "Wo huan le shouji haoma, jiu haoma bu yong le, qing gengxin. Rengran "
                        "dui hao de jihui gan xingqu.",
                    )
                ],
            ),
        ],
        **role({}, CBR_HYBRID),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out ----------

WAITS = [
    C(
        "flat out till March, said this month vs flat out till March, said in January",
        "backend",
        [
            dev(
                "Anneliese Brockhoff",
                1,
                touches=[
                    sms(
                        date(2026, 11, 12),
                        "flat out with the reno and a newborn, cant look at anything till "
                        "march. try me then",
                    )
                ],
            ),
            dev(
                "Rosalind Quarrie",
                2,
                touches=[
                    sms(
                        date(2026, 1, 14),
                        "flat out with the reno, cant look at anything till march. try me then",
                    )
                ],
            ),
        ],
        **role(BANK_DEV, SYD_HYBRID),
    ),
    C(
        "three months' notice given in November vs given in May",
        "data_eng",
        [
            data(
                "Ignatius Pereira",
                1,
                touches=[
                    call(
                        date(2026, 11, 2),
                        "Resigned from Optus today - 3 months' notice, so he's tied up till "
                        "early Feb. Won't interview for anything starting before then.",
                    )
                ],
            ),
            data(
                "Benedict Yeoh",
                2,
                touches=[
                    call(
                        date(2026, 5, 4),
                        "Resigned from Optus today - 3 months' notice, tied up till early "
                        "Aug. Won't interview for anything starting before then.",
                    )
                ],
            ),
        ],
        **role({}, SYD_HYBRID),
    ),
    C(
        "after Waitangi Day, said in November vs after Anzac Day, said in March",
        "sre",
        [
            sre_akl(
                "Tama Paraoneke",
                1,
                touches=[
                    email(
                        date(2026, 11, 10),
                        "Kia ora - summer with the whanau up north till Waitangi Day, so "
                        "please hold off until after 6 Feb. Keen after that.",
                    )
                ],
            ),
            sre_akl(
                "Manaia Herewaka",
                2,
                touches=[
                    email(
                        date(2026, 3, 30),
                        "We're in the middle of a cutover, so please hold off until after "
                        "Anzac Day. Keen after that.",
                    )
                ],
            ),
        ],
        **role({}, AKL_HYBRID),
    ),
    C(
        "nothing till after the Cup, said in October vs nothing till after the Australian Open",
        "backend",
        [
            dev_mel(
                "Fergus Abernethy",
                2,
                touches=[
                    call(
                        date(2026, 10, 5),
                        "Works on the VRC ticketing platform - spring carnival is their peak. "
                        "Nothing until after the Melbourne Cup, then he's all ears.",
                    )
                ],
            ),
            dev_mel(
                "Ottilie Marchetti",
                1,
                touches=[
                    call(
                        date(2026, 11, 2),
                        "Works on Tennis Australia's ticketing - summer is their peak. Nothing "
                        "until after the Australian Open in late January, then she's all ears.",
                    )
                ],
            ),
        ],
        **role({}, MEL_HYBRID),
    ),
    C(
        "not till the kids are back after the summer holidays vs after the July holidays",
        "finance",
        [
            ba(
                "Meredith Gowrie",
                1,
                touches=[
                    email(
                        date(2026, 11, 9),
                        "With the summer school holidays coming I can't start anything new. "
                        "Let's talk once the kids are back at school at the start of February.",
                    )
                ],
            ),
            ba(
                "Imogen Strachan",
                2,
                touches=[
                    email(
                        date(2026, 6, 22),
                        "With the July school holidays coming I can't start anything new. "
                        "Let's talk once the kids are back at school for term 3.",
                    )
                ],
            ),
        ],
        **role(BA_ROLE, CBR_HYBRID),
    ),
    C(
        "a retention bonus on 30 June, said in October vs said in April",
        "backend",
        [
            dev(
                "Cormac Fennelow",
                1,
                touches=[
                    call(
                        date(2026, 10, 19),
                        "Retention bonus pays out 30 June - not moving before EOFY, would be "
                        "mad to. Revisit in July.",
                    )
                ],
            ),
            dev(
                "Percival Nankervis",
                2,
                touches=[
                    call(
                        date(2026, 4, 20),
                        "Retention bonus pays out 30 June - not moving before EOFY. Revisit "
                        "in July.",
                    )
                ],
            ),
        ],
        **role(BANK_DEV, SYD_HYBRID),
    ),
    C(
        "try me in six weeks, a fortnight ago vs try me in six weeks, back in August",
        "data_eng",
        [
            data(
                "Eloise Fitzmaurice",
                1,
                touches=[inmail(14, "Mid go-live right now. Try me again in six weeks?")],
            ),
            data(
                "Saoirse Culligane",
                2,
                touches=[inmail(95, "Mid go-live right now. Try me again in six weeks?")],
            ),
        ],
        **role({}, SYD_HYBRID),
    ),
    C(
        "Te Reo: away till the end of January vs Te Reo: busy till Matariki, said in May",
        "sre",
        [
            sre_wlg(
                "Rawiri Ngata",
                1,
                touches=[
                    email(
                        date(2026, 11, 16),
                        "Kia ora, kei te hararei ahau tae noa ki te mutunga o Hanuere. "
                        "Whakapa mai i muri i tera.",
                    )
                ],
            ),
            sre_wlg(
                "Mereana Tamihara",
                2,
                touches=[
                    email(
                        date(2026, 5, 4),
                        "Kia ora, kei te pukumahi ahau tae noa ki a Matariki. Whakapa mai i "
                        "muri i tera.",
                    )
                ],
            ),
        ],
        **role({}, WLG_ONSITE, salary_min=150_000, salary_max=170_000, **NZD),
    ),
    C(
        "pinyin: after Chinese New Year, said in November vs said last January",
        "backend",
        [
            dev(
                "Tang Zihan",
                1,
                touches=[sms(date(2026, 11, 2), "Chunjie hou zai lianxi wo ba, xianzai tai mang.")],
            ),
            dev(
                "Feng Jiarui",
                2,
                touches=[sms(date(2026, 1, 5), "Chunjie hou zai lianxi wo ba, xianzai tai mang.")],
            ),
        ],
        **role({}, SYD_HYBRID),
    ),
    C(
        "a shutdown at Port Hedland till mid-December vs one that finished in September",
        "cs",
        [
            planner(
                "Brodie Kellaway",
                1,
                touches=[
                    sms(
                        date(2026, 11, 9),
                        "on a 5 wk shutdown at port hedland till mid dec, no signal half the "
                        "time. give us a bell after",
                    )
                ],
            ),
            planner(
                "Jarrah McKinnon",
                2,
                touches=[
                    sms(
                        date(2026, 8, 3),
                        "on a 5 wk shutdown at port hedland till mid sept, no signal half the "
                        "time. give us a bell after",
                    )
                ],
            ),
        ],
        **role(PLANNER_ROLE, PILBARA_FIFO, salary_min=160_000, salary_max=180_000, **AUD),
    ),
    C(
        "six months' probation from 2 November vs probation passed in August",
        "finance",
        [
            ba(
                "Clementine Ashburnell",
                1,
                touches=[
                    call(
                        date(2026, 11, 4),
                        "Started at Services Australia on 2 Nov, six-month probation. Won't "
                        "move until she's through it.",
                    )
                ],
            ),
            ba(
                "Philippa Tregear",
                2,
                touches=[
                    call(
                        date(2026, 8, 24),
                        "Passed her probation at Services Australia last week. Open to a "
                        "chat about the right role.",
                    )
                ],
            ),
        ],
        **role(BA_ROLE, CBR_HYBRID),
    ),
    C(
        "parental leave till April 2027 vs back from parental leave in September",
        "data_eng",
        [
            data_cbr(
                "Harriet Wetherall",
                1,
                touches=[
                    email(
                        date(2026, 10, 1),
                        "I'm on parental leave until April next year - happy to hear about "
                        "roles then, not before.",
                    )
                ],
            ),
            data_cbr(
                "Jacinta O'Rourke",
                2,
                touches=[
                    email(
                        date(2026, 6, 8),
                        "I'm back from parental leave in September - happy to hear about roles "
                        "from then.",
                    )
                ],
            ),
        ],
        **role({}, CBR_HYBRID),
    ),
    C(
        "a Defence contract running to 30 June vs one that ended 30 September",
        "finance",
        [
            ba(
                "Thaddeus Kerslake",
                1,
                touches=[
                    ats(
                        date(2026, 9, 14),
                        "cand on contract @ Defence CASG to 30/6/27, won't break it, ext "
                        "likely. avail July.",
                    )
                ],
            ),
            ba(
                "Ambrose Penhaligon",
                2,
                touches=[
                    ats(
                        date(2026, 10, 5),
                        "cand's contract @ Defence CASG ended 30/9, no ext. avail now, on the "
                        "bench.",
                    )
                ],
            ),
        ],
        **role(BA_ROLE, CBR_HYBRID),
    ),
    C(
        "after the Christmas shutdown vs after the King's Birthday long weekend",
        "cs",
        [
            pe(
                "Declan Scarborough",
                1,
                touches=[
                    call(
                        date(2026, 11, 16),
                        "Handover of the Fortitude Valley job is through Christmas. Said to "
                        "call after the Christmas-New Year shutdown, mid-Jan.",
                    )
                ],
            ),
            pe(
                "Riley Wardrop",
                2,
                touches=[
                    call(
                        date(2026, 5, 18),
                        "Handover of the Fortitude Valley job is on. Said to call after the "
                        "King's Birthday long weekend.",
                    )
                ],
            ),
        ],
        **role(PE_ROLE, BNE_ONSITE),
    ),
    C(
        "a note full of dates that asks for no wait vs no interviews till after Australia Day",
        "backend",
        [
            dev(
                "Marguerite Dobell",
                2,
                touches=[
                    call(
                        10,
                        "Long chat. Started at Atlassian 3 March 2025, shipped the billing "
                        "rewrite in May, did her AWS cert in August, back from Bali 2 Nov. "
                        "Annual leave 24 Dec - 5 Jan but can interview around it. Open to a "
                        "move now if the role is right.",
                    )
                ],
            ),
            dev(
                "Ysabel Cardew",
                1,
                touches=[
                    call(
                        10,
                        "Head down on a release. No interviews till after Australia Day, "
                        "don't bother her before the 27th of Jan.",
                    )
                ],
            ),
        ],
        **role({}, SYD_HYBRID),
    ),
    C(
        "ATS line with a joined date and a leave date, no wait vs busy till end Feb",
        "sre",
        [
            sre(
                "Oscar Lindqvist",
                2,
                touches=[
                    ats(
                        12,
                        "joined Canva 14/7/25. AWS SA pro 9/26. hols 20/12-4/1 booked. open to "
                        "convos now, no rush either way",
                    )
                ],
            ),
            sre(
                "Horatio Blakeney",
                1,
                touches=[ats(12, "busy till end Feb w/ platform migration, recontact March")],
            ),
        ],
        **role({}, SYD_HYBRID),
    ),
]

# --- 3. schedule, travel, visa and right to work, contract type, commute --------------------

SCHEDULE = [
    C(
        "8/6 suits him vs home every night now, an 8/6 FIFO role",
        "cs",
        [
            planner(
                "Kristian Varga",
                2,
                touches=[call(40, "Has done 8/6 for five years out of Perth, roster suits him.")],
            ),
            planner(
                "Travis Oakenfold",
                0,
                touches=[
                    call(
                        40,
                        "Two little ones now - no more FIFO, needs to be home every night. "
                        "Perth metro roles only.",
                    )
                ],
            ),
        ],
        **role(PLANNER_ROLE, PILBARA_FIFO, salary_min=160_000, salary_max=180_000, **AUD),
    ),
    C(
        "no more on-call vs happy on a paid one-in-four roster, an on-call SRE role",
        "sre",
        [
            sre(
                "Gideon Fairwater",
                0,
                touches=[
                    email(
                        30,
                        "After two years of 3am pages at the bank, I'm not doing on-call again. "
                        "Non-negotiable.",
                    )
                ],
            ),
            sre(
                "Leopold Fotheringale",
                2,
                touches=[email(30, "On-call's fine if it's a proper 1-in-4 roster and it's paid.")],
            ),
        ],
        **role(
            {},
            SYD_HYBRID,
            offers=["1-in-4 on-call roster with allowance", "Two days a week in Barangaroo"],
        ),
    ),
    C(
        "wants school hours, four days vs must have full-time hours, a 0.8 FTE role",
        "finance",
        [
            ba(
                "Rosamund Elphick",
                2,
                touches=[
                    call(
                        35,
                        "Looking for four days a week, school hours if possible - the kids "
                        "are in year 2 and 4.",
                    )
                ],
            ),
            ba(
                "Winifred Ormsbury",
                0,
                touches=[
                    call(35, "Needs full-time hours - single income and a mortgage, no part-time.")
                ],
            ),
        ],
        **role(
            BA_ROLE,
            CBR_HYBRID,
            title="Senior Business Analyst (APS6, part-time 0.8 FTE)",
            offers=["0.8 FTE, four days a week, flexible start and finish"],
        ),
    ),
    C(
        "no night shifts vs fine with nights on 7/7, a DIDO 7/7 days-and-nights role",
        "cs",
        [
            planner(
                "Cody Brennan",
                0,
                touches=[
                    sms(22, "happy w most rosters but no night shift, my sleep is cooked from it")
                ],
                location="Newcastle NSW",
            ),
            planner(
                "Kane Bramston",
                2,
                touches=[sms(22, "7 on 7 off is my fav roster, nights dont bother me at all")],
                location="Newcastle NSW",
            ),
        ],
        **role(
            PLANNER_ROLE,
            dict(remote_policy="onsite", location="Hunter Valley NSW (DIDO from Newcastle)"),
            title="Maintenance Planner (DIDO, 7/7 days and nights)",
            offers=["DIDO from Newcastle, 7 on 7 off, rotating days and nights"],
        ),
    ),
]

TRAVEL = [
    C(
        "no overnight travel, carer for mum vs happy to fly monthly, a role with site trips",
        "data_eng",
        [
            data(
                "Beatrix Thornycroft",
                0,
                touches=[
                    call(
                        30,
                        "Full-time carer for her mum in the evenings - can't do any overnight "
                        "travel at all.",
                    )
                ],
                location="Perth WA",
            ),
            data(
                "Astrid Mellor",
                2,
                touches=[
                    call(30, "Happy to jump on a plane to site once a month, quite likes it.")
                ],
                location="Perth WA",
            ),
        ],
        **role(
            {},
            PERTH_HYBRID,
            description="Own the mine production data pipelines; one week a month on site in "
            "the Pilbara.",
            offers=["One week a month on site in the Pilbara, flights paid"],
        ),
    ),
    C(
        "left a consultancy over constant travel vs wants a role with travel, no-travel role",
        "finance",
        [
            ba(
                "Dorothea Fairbairn",
                2,
                touches=[
                    email(
                        45,
                        "I left Accenture because I was on a plane three days a week. I just "
                        "want a desk job in Canberra with no travel.",
                    )
                ],
            ),
            ba(
                "Ingrid Rustad",
                1,
                touches=[email(45, "I'd love a role that gets me out to the regions regularly.")],
            ),
        ],
        **role(BA_ROLE, CBR_HYBRID, offers=["No travel - all work from Barton or home"]),
    ),
    C(
        "travel fine now the kids are older vs travel is why he left, 40% interstate travel",
        "backend",
        [
            dev_mel(
                "Humphrey Gilchrist",
                2,
                touches=[
                    call(50, "Kids are at uni now - travel interstate is fine, even most weeks.")
                ],
            ),
            dev_mel(
                "Montague Ferris",
                0,
                touches=[
                    call(
                        50,
                        "Travel is the reason he's leaving - flying to Sydney and Brisbane "
                        "every week has wrecked him. Wants no travel.",
                    )
                ],
            ),
        ],
        **role(
            {},
            MEL_HYBRID,
            title="Senior Backend Engineer (client delivery)",
            offers=["Around 40% interstate travel to client sites"],
        ),
    ),
    C(
        "'not against travel, just not FIFO' vs 'no travel, full stop', occasional site visits",
        "cs",
        [
            planner(
                "Errol Fairweather",
                2,
                touches=[
                    call(
                        25,
                        "Not against travel - a site visit every month or two is fine. Just "
                        "doesn't want to be FIFO again.",
                    )
                ],
            ),
            planner(
                "Vaughan Kilpatrick",
                0,
                touches=[call(25, "No travel, full stop. Office job in Perth only.")],
            ),
        ],
        **role(
            PLANNER_ROLE,
            PERTH_HYBRID,
            title="Maintenance Planning Lead (Perth office, not FIFO)",
            offers=["Perth-based, not FIFO", "Site visits to the Pilbara every six to eight weeks"],
        ),
    ),
    C(
        "monthly trips to Auckland: loves them vs can't leave Australia on a bridging visa",
        "backend",
        [
            dev(
                "Quentin Lavalle",
                2,
                touches=[email(40, "Monthly trips to Auckland would be a bonus, love that city.")],
            ),
            dev(
                "Arjun Padmanathan",
                0,
                touches=[
                    email(
                        40,
                        "I'm on a bridging visa A while my PR is processed, so I can't leave "
                        "Australia at all for the next year or so.",
                    )
                ],
            ),
        ],
        **role(
            {},
            SYD_HYBRID,
            title="Senior Backend Engineer (trans-Tasman)",
            offers=["A week in the Auckland office every month"],
        ),
    ),
    C(
        "sweet as to drive to Tauranga vs won't stay overnight away, regional NZ travel",
        "sre",
        [
            sre_akl(
                "Tane Rauhihia",
                2,
                touches=[sms(30, "sweet as to drive down to tauranga every fortnight, no stress")],
            ),
            sre_akl(
                "Kiri Tapsworth",
                0,
                touches=[
                    sms(
                        30,
                        "cant do regional travel or nights away, solo mum. auckland only sorry",
                    )
                ],
            ),
        ],
        **role(
            {},
            AKL_HYBRID,
            offers=["Fortnightly two-day trips to the Tauranga and Hamilton sites"],
        ),
    ),
    C(
        "pinyin: no business trips vs pinyin: business trips no problem, a travelling role",
        "data_eng",
        [
            data_cbr(
                "Jiang Wenjie",
                0,
                touches=[call(30, "Cand said: 'Wo bu xiang chuchai, haizi hai xiao.' No travel.")],
            ),
            data_cbr(
                "Peng Xinyi",
                2,
                touches=[call(30, "Cand said: 'Chuchai mei wenti.' Happy to travel.")],
            ),
        ],
        **role(
            {},
            CBR_HYBRID,
            offers=["Travel to Sydney and Melbourne offices two or three times a month"],
        ),
    ),
    C(
        "one trip a quarter is fine vs no travel at all, quarterly Canberra trips",
        "backend",
        [
            dev_mel(
                "Peregrine Athol",
                2,
                touches=[email(30, "A trip a quarter is fine, anything more and I'd struggle.")],
            ),
            dev_mel(
                "Lysander Cobb",
                0,
                touches=[email(30, "I need a role with zero travel - no flights, no overnights.")],
            ),
        ],
        **role({}, MEL_HYBRID, offers=["Two days in Canberra once a quarter"]),
    ),
    C(
        "won't fly but happy to drive vs no FIFO or DIDO, a DIDO role",
        "cs",
        [
            planner(
                "Wade Thistlethwaite",
                2,
                touches=[
                    call(
                        28,
                        "Terrified of flying so FIFO's out, but happy to drive in and out - "
                        "did DIDO to the Hunter for years.",
                    )
                ],
                location="Newcastle NSW",
            ),
            planner(
                "Dale Wetherby",
                0,
                touches=[
                    call(28, "No FIFO, no DIDO - wants a town job in Newcastle, home nightly.")
                ],
                location="Newcastle NSW",
            ),
        ],
        **role(
            PLANNER_ROLE,
            dict(remote_policy="onsite", location="Hunter Valley NSW (DIDO from Newcastle)"),
            title="Maintenance Planner (DIDO)",
            offers=["Drive in, drive out from Newcastle, 4 on 3 off, camp on swing"],
        ),
    ),
    C(
        "travel was a past employer's, this role has none vs wants lots of travel",
        "backend",
        [
            dev_bne(
                "Caspian Rowntree",
                2,
                touches=[
                    ats(
                        60,
                        "left KPMG b/c 60% travel. wants a product role, stays in brissie, no "
                        "travel",
                    )
                ],
            ),
            dev_bne(
                "Barnaby Hollis",
                1,
                touches=[
                    ats(60, "wants a consulting gig w/ heaps of travel, loves being on the road")
                ],
            ),
        ],
        **role({}, BNE_HYBRID, offers=["No travel"]),
    ),
]

VISA = [
    C(
        "a citizen who held NV1 vs PR with citizenship not till 2027, an NV1 role",
        "data_eng",
        [
            data_cbr(
                "Rupert Langridge",
                2,
                touches=[
                    call(40, "Australian citizen, held NV1 at BAE until 2024 - can reactivate.")
                ],
            ),
            data_cbr(
                "Dmitri Sheremetyev",
                0,
                touches=[
                    call(
                        40,
                        "PR holder; eligible for citizenship late 2027. No clearance history.",
                    )
                ],
            ),
        ],
        **role(
            {},
            CBR_ONSITE,
            title="Senior Data Engineer (NV1 required)",
            requirements="SQL\ndbt\nAirflow\nSnowflake\nPython\nAustralian citizenship\nNV1 "
            "security clearance or ability to obtain",
        ),
    ),
    C(
        "a dual UK/AU citizen vs a 482 holder, a baseline role",
        "finance",
        [
            ba(
                "Edwina Marchbank",
                2,
                touches=[
                    email(30, "I'm a dual British/Australian citizen - baseline is no issue.")
                ],
            ),
            ba(
                "Sipho Mabuzane",
                0,
                touches=[email(30, "I'm currently on a 482 visa sponsored by Deloitte.")],
            ),
        ],
        **role(
            BA_ROLE,
            CBR_HYBRID,
            requirements="Requirements analysis\nProcess mapping\nAustralian citizenship\n"
            "Baseline clearance",
        ),
    ),
    C(
        "on a 482, needs a new sponsor vs PR holder, no sponsorship offered",
        "backend",
        [
            dev(
                "Rohan Kelkarni",
                0,
                touches=[
                    inmail(
                        35,
                        "Just so you know, I'm on a TSS 482 and would need the new employer to "
                        "sponsor a transfer.",
                    )
                ],
            ),
            dev(
                "Tariq Haddad",
                2,
                touches=[inmail(35, "I've got PR, so full working rights, no sponsorship needed.")],
            ),
        ],
        **role(
            BANK_DEV,
            SYD_HYBRID,
            offers=["Full Australian working rights required; no visa sponsorship"],
        ),
    ),
    C(
        "was on a 482, 186 granted in September vs 482 with 18 months left",
        "data_eng",
        [
            data(
                "Mateus Carvalho",
                2,
                touches=[
                    email(
                        date(2026, 9, 21),
                        "Good news - my 186 came through last week, so I'm a permanent "
                        "resident now and don't need sponsoring.",
                    )
                ],
            ),
            data(
                "Nguyen Thi Lan",
                0,
                touches=[
                    email(
                        date(2026, 9, 21),
                        "I have 18 months left on my 482 and would need the new employer to "
                        "take over sponsorship.",
                    )
                ],
            ),
        ],
        **role({}, SYD_HYBRID, offers=["Must hold unrestricted Australian work rights"]),
    ),
    C(
        "an AEWV tied to her employer vs a resident visa approved, no sponsorship",
        "backend",
        [
            dev_akl(
                "Ananya Ramaswaran",
                0,
                touches=[
                    ats(
                        30,
                        "on AEWV tied to current employer (Spark). would need new accredited "
                        "employer + job check",
                    )
                ],
            ),
            dev_akl(
                "Elif Demirci",
                2,
                touches=[ats(30, "resident visa approved Oct - open work rights in NZ now")],
            ),
        ],
        **role({}, AKL_HYBRID, offers=["Must have NZ residence or citizenship; no sponsorship"]),
    ),
    C(
        "an Australian moving to Wellington vs needs an AEWV, a Wellington role",
        "sre",
        [
            sre(
                "Bridget Callaghan",
                2,
                touches=[
                    email(
                        30,
                        "I'm an Aussie citizen moving to Welly in January - my partner's from "
                        "there. No visa needed on my side.",
                    )
                ],
                location="Sydney NSW",
            ),
            sre(
                "Vikram Bhasinder",
                0,
                touches=[
                    email(
                        30,
                        "I'd like to move to Wellington but would need an employer to support "
                        "an AEWV.",
                    )
                ],
                location="Sydney NSW",
            ),
        ],
        **role(
            {},
            WLG_ONSITE,
            salary_min=150_000,
            salary_max=170_000,
            offers=["Relocation support; no visa sponsorship"],
            **NZD,
        ),
    ),
    C(
        "a student visa with capped hours vs a 485 with full rights, a full-time role",
        "data_eng",
        [
            data(
                "Hoang Minh Tuan",
                0,
                touches=[
                    call(
                        20,
                        "On a student visa till his masters finishes in Dec 2027 - capped at "
                        "48 hours a fortnight while studying.",
                    )
                ],
            ),
            data(
                "Shreya Bhattacharjya",
                2,
                touches=[call(20, "On a 485 graduate visa, full work rights until 2028.")],
            ),
        ],
        **role({}, SYD_HYBRID, offers=["Full-time, 38 hours a week"]),
    ),
    C(
        "her husband's on a 482 but she's a citizen vs she's on a bridging visa, baseline",
        "finance",
        [
            ba(
                "Catriona Fenwick",
                2,
                touches=[
                    call(
                        30,
                        "Husband is on a 482 with his firm, but she's an Australian citizen "
                        "(born in Hobart) - baseline fine for her.",
                    )
                ],
            ),
            ba(
                "Lucia Ferraro",
                0,
                touches=[
                    call(
                        30,
                        "On a bridging visa while her partner visa is processed - not a citizen.",
                    )
                ],
            ),
        ],
        **role(
            BA_ROLE,
            CBR_HYBRID,
            requirements="Requirements analysis\nStakeholder engagement\nAustralian "
            "citizenship\nBaseline clearance",
        ),
    ),
    C(
        "pinyin: I am a citizen vs pinyin: permanent resident, not yet a citizen, NV1",
        "backend",
        [
            dev(
                "Wu Zhiyuan",
                2,
                touches=[email(30, "Wo shi Aodaliya gongmin, keyi shenqing NV1.")],
                location="Canberra ACT",
            ),
            dev(
                "Deng Yutong",
                0,
                touches=[email(30, "Wo shi yongjiu jumin, hai bu shi gongmin.")],
                location="Canberra ACT",
            ),
        ],
        **role(
            {},
            CBR_ONSITE,
            title="Senior Backend Engineer (Defence, NV1)",
            requirements="Python\nDjango\nPostgreSQL\nAustralian citizenship\nNV1 clearance",
        ),
    ),
    C(
        "became a citizen at the Australia Day ceremony vs ceremony not till next year",
        "data_eng",
        [
            data_cbr(
                "Farhan Talukdar",
                2,
                touches=[
                    ats(date(2025, 10, 6), "PR, citizenship ceremony booked 26/1."),
                    sms(date(2026, 1, 27), "officially an aussie as of yesterday!! citizen now"),
                ],
            ),
            data_cbr(
                "Olumide Adeyemi",
                0,
                touches=[
                    ats(
                        date(2026, 10, 6),
                        "PR, citizenship test passed, ceremony not till "
                        "Australia Day 2028 per council.",
                    ),
                ],
            ),
        ],
        **role(
            {},
            CBR_HYBRID,
            title="Data Engineer (baseline clearance)",
            requirements="SQL\ndbt\nAirflow\nPython\nAustralian citizenship\nBaseline clearance",
        ),
    ),
]

CONTRACT = [
    C(
        "contract only on an ABN vs perm only for the mortgage, a 6-month contract",
        "backend",
        [
            dev(
                "Jasper Vandenberg",
                2,
                touches=[call(30, "Contracts only, runs his own Pty Ltd, likes 6-12 month gigs.")],
            ),
            dev(
                "Toby Lanyon",
                0,
                touches=[call(30, "Perm only - bank won't lend on contract income. No contracts.")],
            ),
        ],
        **role(
            BANK_DEV,
            SYD_HYBRID,
            title="Senior Backend Engineer (6-month contract)",
            offers=["6-month contract, $1,000-$1,100 a day plus super, likely extension"],
        ),
    ),
    C(
        "12-month non-ongoing is fine vs ongoing APS only, a non-ongoing role",
        "finance",
        [
            ba(
                "Heloise Danvers",
                2,
                touches=[email(30, "A 12-month non-ongoing is fine by me, I like variety.")],
            ),
            ba(
                "Prudence Aldridge",
                0,
                touches=[email(30, "I'll only move for an ongoing APS position - no non-ongoing.")],
            ),
        ],
        **role(
            BA_ROLE,
            CBR_HYBRID,
            title="Senior Business Analyst (APS6, 12-month non-ongoing)",
            offers=["12-month non-ongoing contract"],
        ),
    ),
    C(
        "no labour hire, wants to be staff vs labour hire is fine, a labour-hire role",
        "cs",
        [
            planner(
                "Jock Ferguson",
                0,
                touches=[sms(30, "no more labour hire mate, want a staff job with the miner")],
            ),
            planner(
                "Reece Tuckwell",
                2,
                touches=[sms(30, "labour hire is all good, rate matters more than the badge")],
            ),
        ],
        **role(
            PLANNER_ROLE,
            PILBARA_FIFO,
            title="Maintenance Planner (labour hire, FIFO 8/6)",
            offers=["Labour-hire engagement through our agency, $105 an hour plus super"],
        ),
    ),
    C(
        "perm wanted after years of contracting vs contract only, a perm role",
        "sre",
        [
            sre_akl(
                "Finnegan Harte",
                2,
                touches=[email(30, "Done with contracting - after a perm role with KiwiSaver.")],
            ),
            sre_akl(
                "Ngaio Pirini",
                0,
                touches=[email(30, "Contracts only for me, perm doesn't suit my lifestyle.")],
            ),
        ],
        **role({}, AKL_HYBRID, offers=["Permanent full-time, KiwiSaver 4%"]),
    ),
]

COMMUTE = [
    C(
        "won't drive over the Harbour Bridge daily vs the train over the bridge is 15 minutes",
        "backend",
        [
            dev(
                "Lorcan Heffernagh",
                0,
                touches=[
                    call(
                        30,
                        "Lives in Marrickville, no train handy. Refuses to drive over the "
                        "Harbour Bridge every day - did it for two years, never again.",
                    )
                ],
                location="Marrickville NSW",
            ),
            dev(
                "Sebastian Okoro",
                2,
                touches=[
                    call(
                        30,
                        "Lives in Redfern - train over the bridge to North Sydney is 15 mins, "
                        "no drama.",
                    )
                ],
                location="Redfern NSW",
            ),
        ],
        **role({}, NORTH_SYD_ONSITE),
    ),
    C(
        "not the M1 five days a week vs the M1 to Brissie is fine, a five-day CBD role",
        "backend",
        [
            dev_gc(
                "Tyson Larkham",
                0,
                touches=[
                    sms(25, "not doing the M1 to brissie 5 days a week again, did 3 yrs of it")
                ],
            ),
            dev_gc(
                "Corey Ashdown",
                2,
                touches=[sms(25, "M1 up to brissie is fine, podcasts sorted. any days ok")],
            ),
        ],
        **role({}, BNE_ONSITE),
    ),
    C(
        "the M1 twice a week is fine vs won't do the M1 at all, a two-day hybrid role",
        "backend",
        [
            dev_gc(
                "Nathaniel Burdekin",
                2,
                touches=[email(30, "Twice a week up the M1 I can live with. Not five.")],
            ),
            dev_gc(
                "Bailey Coolangatta",
                0,
                touches=[email(30, "I won't drive the M1 to Brisbane at all - Gold Coast only.")],
            ),
        ],
        **role({}, BNE_HYBRID),
    ),
    C(
        "Papakura to Albany on the motorway, no vs up to 75 minutes is fine",
        "sre",
        [
            sre_akl(
                "Hone Karaitiana",
                0,
                touches=[
                    call(
                        30,
                        "Lives in Papakura. Won't sit on the Southern and Northern Motorways "
                        "over the harbour bridge to get to the Shore. Nope.",
                    )
                ],
                location="Papakura, Auckland, New Zealand",
            ),
            sre_akl(
                "Matiu Rerekura",
                2,
                touches=[
                    call(
                        30,
                        "Lives in Papakura. Happy with up to 75 mins each way, drives early "
                        "to beat the motorway.",
                    )
                ],
                location="Papakura, Auckland, New Zealand",
            ),
        ],
        **role(
            {},
            dict(
                remote_policy="onsite",
                location="Albany, Auckland, New Zealand",
                offers=["Office in Albany on the North Shore, five days"],
            ),
        ),
    ),
    C(
        "45 minutes max from Penrith vs nothing east of Blacktown, a Parramatta role",
        "data_eng",
        [
            data(
                "Shannon Tregonning",
                2,
                touches=[ats(30, "lives Penrith. max 45 min door to door. train ok")],
                location="Penrith NSW",
            ),
            data(
                "Jayden Fitzroy",
                0,
                touches=[ats(30, "lives Penrith. wont go further east than Blacktown, full stop")],
                location="Penrith NSW",
            ),
        ],
        **role({}, PARRAMATTA_ONSITE),
    ),
    C(
        "the Manly ferry is the best bit of the day vs seasick, no ferries, a Barangaroo role",
        "backend",
        [
            dev(
                "Delphine Arkwright",
                2,
                touches=[
                    email(
                        30,
                        "The Manly ferry to the Quay is honestly the best part of my day - "
                        "anything in the CBD or Barangaroo works.",
                    )
                ],
                location="Manly NSW",
            ),
            dev(
                "Genevieve Loxton",
                0,
                touches=[
                    email(
                        30,
                        "I get seasick, so no ferries, and driving from Manly into town is "
                        "brutal. Northern beaches roles only.",
                    )
                ],
                location="Manly NSW",
            ),
        ],
        **role(BANK_DEV, SYD_ONSITE, location="Barangaroo, Sydney NSW"),
    ),
    C(
        "Queanbeyan to Barton in 20 minutes vs won't do the Federal Highway daily",
        "finance",
        [
            ba(
                "Marcus Tillotson",
                2,
                touches=[call(30, "Queanbeyan to Barton is 20 mins, easy.")],
                location="Queanbeyan NSW",
            ),
            ba(
                "Colin Featherstone",
                0,
                touches=[
                    call(
                        30,
                        "Lives in Goulburn. Won't do the Federal Highway up to Canberra every "
                        "day - an hour each way is too much.",
                    )
                ],
                location="Goulburn NSW",
            ),
        ],
        **role(BA_ROLE, CBR_ONSITE),
    ),
    C(
        "V/Line from Geelong twice a week is fine vs no more V/Line",
        "backend",
        [
            dev_mel(
                "Ewan Rushworth",
                2,
                touches=[sms(30, "vline from geelong to southern cross twice a wk is fine")],
                location="Geelong VIC",
            ),
            dev_mel(
                "Archibald Pymble",
                0,
                touches=[sms(30, "done with vline, the delays are a joke. geelong or remote only")],
                location="Geelong VIC",
            ),
        ],
        **role({}, MEL_HYBRID),
    ),
    C(
        "the Hutt Valley line is 15 minutes vs won't commute out to the Hutt",
        "sre",
        [
            sre_wlg(
                "Ropata Kingi",
                2,
                touches=[email(30, "The Hutt Valley line to Petone is 15 mins from town, easy.")],
            ),
            sre_wlg(
                "Huia Tamatea",
                0,
                touches=[
                    email(
                        30,
                        "I won't commute out to the Hutt - SH2 at peak is a nightmare. Wellington "
                        "CBD only.",
                    )
                ],
            ),
        ],
        **role(
            {},
            dict(remote_policy="onsite", location="Petone, Lower Hutt, New Zealand"),
            salary_min=150_000,
            salary_max=170_000,
            **NZD,
        ),
    ),
    C(
        "the Macquarie Park commute was the issue, this is local vs fully remote or nothing",
        "backend",
        [
            dev(
                "Alistair Gemmell",
                2,
                touches=[
                    call(
                        40,
                        "Left his last job over the 90-min drive to Macquarie Park - the "
                        "office itself was fine. Lives in Parramatta, wants something local.",
                    )
                ],
                location="Parramatta NSW",
            ),
            dev(
                "Ivo Radanovic",
                0,
                touches=[call(40, "Fully remote or nothing - won't commute anywhere.")],
                location="Parramatta NSW",
            ),
        ],
        **role({}, PARRAMATTA_ONSITE),
    ),
]

# --- 4. pay against the band ----------------------------------------------------------------

PAY = [
    C(
        "$180k base minimum vs $155k plus super would do it, a $150-165k band",
        "backend",
        [
            dev(
                "Oberon Castlemaine",
                0,
                touches=[call(30, "Won't move for less than $180k base plus super.")],
            ),
            dev(
                "Eamon Breslin",
                2,
                touches=[call(30, "$155k plus super would get him across the line.")],
            ),
        ],
        **role(BANK_DEV, SYD_HYBRID, salary_min=150_000, salary_max=165_000, **AUD),
    ),
    C(
        "$170k package including super vs $170k base plus super, a $145-158k base band",
        "data_eng",
        [
            data(
                "Tilly Macquarie",
                2,
                touches=[ats(30, "asking $170k pkg INCL super. flexible-ish")],
            ),
            data(
                "Ronan Guthrie",
                0,
                touches=[ats(30, "asking $170k BASE + super, firm")],
            ),
        ],
        **role(
            {},
            SYD_HYBRID,
            salary_min=145_000,
            salary_max=158_000,
            offers=["$145k-$158k base plus 12% super"],
            **AUD,
        ),
    ),
    C(
        "won't go under $1,300 a day vs $1,050 a day is fine, a $1,000-1,100 contract",
        "sre",
        [
            sre(
                "Lennox Hargreaves",
                0,
                touches=[sms(25, "rate is 1300/day + super min, not budging")],
            ),
            sre(
                "Digby Ellsworth",
                2,
                touches=[sms(25, "1050 a day works for me if theres an extension in it")],
            ),
        ],
        **role(
            {},
            SYD_HYBRID,
            title="Senior SRE (contract)",
            offers=["$1,000-$1,100 a day plus super, 6 months with extension options"],
        ),
    ),
    C(
        "NZ$180k or nothing vs NZ$145k would do, a NZ$140-155k role",
        "backend",
        [
            dev_akl(
                "Te Ao Marama Reihana",
                0,
                touches=[email(30, "I won't move for under NZ$180k, sorry to be blunt.")],
            ),
            dev_akl(
                "Kahurangi Epiha",
                2,
                touches=[email(30, "Around NZ$145k would work for me.")],
            ),
        ],
        **role({}, AKL_HYBRID, salary_min=140_000, salary_max=155_000, **NZD),
    ),
    C(
        "on $190k now but would take $165k vs on $150k wanting a 20% uplift, $155-170k",
        "manager",
        [
            lead(
                "Horace Quartermane",
                2,
                touches=[
                    call(
                        35,
                        "On $190k at Macquarie now, but would take $165k plus super for a "
                        "saner culture - told us twice.",
                    )
                ],
            ),
            lead(
                "Jethro Langton",
                0,
                touches=[
                    call(35, "On $150k, wants at least 20% on top - so $180k plus super minimum.")
                ],
            ),
        ],
        **role({}, SYD_HYBRID, salary_min=155_000, salary_max=170_000, **AUD),
    ),
    C(
        "pinyin: at least 150k vs pinyin: about 120k is fine, a $115-130k band",
        "finance",
        [
            ba(
                "Qian Ruoxi",
                0,
                touches=[call(30, "Cand: 'Zuidi yao shiwu wan, fouze bu kaolu.'")],
            ),
            ba(
                "Shao Mingyu",
                2,
                touches=[call(30, "Cand: 'Shi'er wan zuoyou jiu keyi.'")],
            ),
        ],
        **role(BA_ROLE, CBR_HYBRID, salary_min=115_000, salary_max=130_000, **AUD),
    ),
]

# --- 5. work mode: title only, description only, hybrid days, negation ----------------------

WORK_MODE = [
    C(
        "remote only vs wants the office every day, remote said only in the title",
        "data_eng",
        [
            data(
                "Cressida Yarrow",
                2,
                touches=[email(30, "Remote only these days - we moved to Mudgee.")],
                location="Mudgee NSW",
            ),
            data(
                "Ulric Penberthy",
                0,
                touches=[
                    email(30, "I want to be in an office every day, I hate working from home.")
                ],
            ),
        ],
        **role({}, {}, title="Senior Data Engineer (Remote, Australia-wide)", location="Australia"),
    ),
    C(
        "remote only vs misses the office, office five days said only in the description",
        "backend",
        [
            dev(
                "Juniper Tregennow",
                0,
                touches=[ats(30, "remote only. won't do office at all")],
                location="Parramatta NSW",
            ),
            dev(
                "Magnus Thorsby",
                2,
                touches=[ats(30, "misses office banter, wants 5 days in")],
                location="Parramatta NSW",
            ),
        ],
        **role(
            {},
            {},
            location="Parramatta NSW",
            description="Build our ordering services. This role is fully office-based, five "
            "days a week at our Parramatta Square office.",
        ),
    ),
    C(
        "two days in at most vs three days in is fine, a three-day hybrid role",
        "sre",
        [
            sre(
                "Ptolemy Warrender",
                0,
                touches=[inmail(30, "Two days in the office max. Three is a dealbreaker for me.")],
            ),
            sre(
                "Isadora Quilty",
                2,
                touches=[inmail(30, "Three days in is fine, I actually like the office.")],
            ),
        ],
        **role(
            {},
            dict(
                remote_policy="hybrid",
                location="Sydney NSW",
                offers=["Hybrid: three days a week in the Sydney office"],
            ),
        ),
    ),
]

# negation and its scope (class 5): cases moved whole out of WORK_MODE, unchanged, so the
# set checks find them under their own class.
NEGATIONS = [
    C(
        "'not fussed about remote, prefer the office' vs 'not keen on going in at all'",
        "backend",
        [
            dev_bne(
                "Florian Wendholm",
                2,
                touches=[sms(30, "not fussed about remote honestly, prefer being in the office")],
            ),
            dev_bne(
                "Seamus Gilhoolan",
                0,
                touches=[sms(30, "not keen on going in at all tbh, wfh suits me")],
            ),
        ],
        **role({}, BNE_ONSITE),
    ),
    C(
        "'remote wasn't the problem, the timezone was' vs remote is too isolating",
        "backend",
        [
            dev(
                "Valentina Castellazzi",
                2,
                touches=[
                    call(
                        40,
                        "Left a US remote job - remote wasn't the problem, the 2am standups "
                        "were. Wants remote on AEST.",
                    )
                ],
            ),
            dev(
                "Wilhelmina Brandt",
                0,
                touches=[
                    call(
                        40,
                        "Remote for three years and found it too isolating - doesn't want a "
                        "remote role again.",
                    )
                ],
            ),
        ],
        **role({}, AU_REMOTE),
    ),
]

# --- 6. location, level, stage and size, industry and mission, technology -------------------

LOCATIONS = [
    C(
        "moving to Perth with her partner in January vs won't leave Melbourne, a Perth role",
        "data_eng",
        [
            data(
                "Anouk Verhoeven",
                2,
                touches=[
                    email(30, "My partner's got a job in Perth, so we're moving there in Jan.")
                ],
                location="Melbourne VIC",
            ),
            data(
                "Petronella Sharpe",
                0,
                touches=[email(30, "I'm not leaving Melbourne - family's all here.")],
                location="Melbourne VIC",
            ),
        ],
        **role({}, PERTH_HYBRID),
    ),
    C(
        "partner transferring to Darwin, she's staying vs following her partner to Darwin",
        "finance",
        [
            ba(
                "Maeve Cullinaney",
                2,
                touches=[
                    call(
                        30,
                        "Husband's being transferred to Darwin with Defence - she's staying in "
                        "Adelaide with the kids, he'll commute.",
                    )
                ],
                location="Adelaide SA",
            ),
            ba(
                "Henrietta Poole",
                0,
                touches=[
                    call(
                        30,
                        "Husband's being transferred to Darwin with Defence - she's going with "
                        "him in February.",
                    )
                ],
                location="Adelaide SA",
            ),
        ],
        **role(BA_ROLE, ADL_ONSITE),
    ),
    C(
        "a tree change to the Hunter vs won't leave Sydney, a Newcastle role",
        "cs",
        [
            pe(
                "Laurence Dwyer",
                2,
                touches=[ats(30, "wants tree/sea change to Newcastle or the Hunter, 2 kids, keen")],
                location="Sydney NSW",
            ),
            pe(
                "Desmond Ogilvie",
                0,
                touches=[ats(30, "sydney only, won't relocate")],
                location="Sydney NSW",
            ),
        ],
        **role(PE_ROLE, NEWCASTLE_ONSITE),
    ),
]

LEVEL = [
    C(
        "ready to lead a squad vs stay hands-on, no reports, a manager role",
        "manager",
        [
            lead(
                "Ignatia Sorensen",
                2,
                touches=[call(30, "Ready to lead a squad properly - acting lead for a year.")],
            ),
            lead(
                "Barrington Oakes",
                0,
                touches=[
                    call(30, "Wants to stay hands-on, no direct reports - went IC on purpose.")
                ],
            ),
        ],
        **role({}, SYD_HYBRID),
    ),
    C(
        "'not opposed to a couple of reports' vs 'zero interest in people leadership'",
        "manager",
        [
            lead(
                "Fitzwilliam Darcy-Hume",
                2,
                touches=[email(30, "Not opposed to managing a few people at all, keen to grow.")],
            ),
            lead(
                "Cedric Blackwood",
                0,
                touches=[email(30, "Zero interest in people leadership, I want to code.")],
            ),
        ],
        **role({}, MEL_HYBRID, location="Melbourne VIC"),
    ),
    C(
        "happy as a planner vs only superintendent roles now, a planner role",
        "cs",
        [
            planner(
                "Stuart McIlwraith",
                2,
                touches=[sms(30, "happy as a planner, dont want the supers headaches")],
            ),
            planner(
                "Grant Oldfield",
                0,
                touches=[sms(30, "only looking at superintendent roles now, wont step back")],
            ),
        ],
        **role(PLANNER_ROLE, PILBARA_FIFO),
    ),
]

STAGE_SIZE = [
    C(
        "sick of bank bureaucracy, wants a small startup vs wants big-bank stability",
        "backend",
        [
            dev(
                "Zephyr Albright",
                2,
                touches=[email(30, "Sick of big-bank bureaucracy, after a small startup.")],
            ),
            dev(
                "Reginald Mountford",
                0,
                touches=[
                    email(30, "New mortgage - only looking at big established employers now.")
                ],
            ),
        ],
        **role({}, SYD_HYBRID, offers=["Seed-stage fintech, 12 people, meaningful equity"]),
    ),
    C(
        "wants APS job security vs wants a scale-up with equity, an APS role",
        "finance",
        [
            ba(
                "Millicent Crabtree",
                2,
                touches=[
                    call(30, "Wants the security of an ongoing APS job after two redundancies.")
                ],
            ),
            ba(
                "Sterling Vance",
                0,
                touches=[
                    call(30, "Only interested in a fast scale-up with equity, no public sector.")
                ],
            ),
        ],
        **role(BA_ROLE, CBR_HYBRID, offers=["Ongoing APS6 position, federal agency"]),
    ),
    C(
        "no startups after two collapsed vs loves early-stage chaos, a 15-person startup",
        "backend",
        [
            dev_mel(
                "Evander Cropley",
                0,
                touches=[ats(30, "2 startups folded under him, no more startups")],
            ),
            dev_mel(
                "Persephone Ashdowne",
                2,
                touches=[ats(30, "loves early stage chaos, wants <30 ppl")],
            ),
        ],
        **role({}, MEL_HYBRID, offers=["Pre-Series A startup, 15 people"]),
    ),
]

MISSION = [
    C(
        "won't work in gambling vs loves racing and sports tech, a wagering role",
        "backend",
        [
            dev_mel(
                "Clancy Burrows",
                0,
                touches=[call(30, "Won't touch gambling - lost a mate to the pokies.")],
            ),
            dev_mel(
                "Darcy Ballantyne",
                2,
                touches=[call(30, "Mad about racing, wants to work in sports tech.")],
            ),
        ],
        **role(
            {},
            MEL_HYBRID,
            description="Build the betting platform of an Australian wagering company.",
        ),
    ),
    C(
        "no weapons or defence work vs ex-RAAF, wants defence, a defence prime role",
        "backend",
        [
            dev(
                "Emmeline Foxcroft",
                0,
                touches=[email(30, "I won't work on defence or weapons projects, on principle.")],
                location="Adelaide SA",
            ),
            dev(
                "Bartholomew Kidd",
                2,
                touches=[email(30, "Ex-RAAF, would love to get back into defence work.")],
                location="Adelaide SA",
            ),
        ],
        **role(
            {},
            ADL_ONSITE,
            description="Build mission systems software for a defence prime's submarine program.",
        ),
    ),
    C(
        "renewables only, no coal vs coal doesn't bother him, a met coal role",
        "cs",
        [
            planner(
                "Saffron Eldridge",
                0,
                touches=[call(30, "Renewables only from here - won't work on a coal mine.")],
                location="Brisbane QLD",
            ),
            planner(
                "Dwayne Pettigrew",
                2,
                touches=[call(30, "Coal doesn't bother him, the money's good in the Bowen Basin.")],
                location="Brisbane QLD",
            ),
        ],
        **role(
            PLANNER_ROLE,
            dict(remote_policy="onsite", location="Bowen Basin QLD (FIFO from Brisbane)"),
            description="Plan maintenance at a metallurgical coal mine in the Bowen Basin.",
        ),
    ),
    C(
        "wants energy transition work vs prefers banking, a green hydrogen role",
        "data_eng",
        [
            data(
                "Linnea Haraldsen",
                2,
                touches=[inmail(30, "Really want to work on the energy transition.")],
            ),
            data(
                "Theodore Blaxland",
                1,
                touches=[inmail(30, "I'd rather stay in banking, it's what I know.")],
            ),
        ],
        **role(
            {},
            SYD_HYBRID,
            description="Own data pipelines for a green hydrogen and solar developer.",
        ),
    ),
    C(
        "no coal but metals are fine vs no mining of any kind, a gold mine role",
        "cs",
        [
            planner(
                "Garth Wooldridge",
                2,
                touches=[sms(30, "no coal for me but gold copper lithium all fine")],
            ),
            planner(
                "Noel Ashfield",
                0,
                touches=[sms(30, "done with mining full stop, any commodity")],
            ),
        ],
        **role(
            PLANNER_ROLE,
            dict(remote_policy="onsite", location="Goldfields WA (FIFO from Perth)"),
            description="Plan maintenance at a gold processing plant in the Goldfields.",
        ),
    ),
    C(
        "wants work that helps people with disability vs private sector and pay only, the NDIA",
        "finance",
        [
            ba(
                "Aurelia Hemsworth",
                2,
                touches=[
                    call(30, "Brother's on the NDIS - wants work that makes it better for people.")
                ],
            ),
            ba(
                "Maximilian Crowe",
                0,
                touches=[call(30, "Private sector only, chasing the biggest pay packet.")],
            ),
        ],
        **role(
            BA_ROLE,
            CBR_HYBRID,
            description="Redesign participant processes at the National Disability Insurance "
            "Agency.",
        ),
    ),
    C(
        "doesn't drink, won't work for alcohol vs loves craft beer, a brewery role",
        "data_eng",
        [
            data(
                "Yusuf Rahimi",
                0,
                touches=[email(30, "I don't drink and won't work for an alcohol company.")],
            ),
            data(
                "Hamilton Bryce",
                2,
                touches=[email(30, "Home brewer, would love to work for a brewery.")],
            ),
        ],
        **role({}, SYD_HYBRID, description="Own the data platform of an Australian brewer."),
    ),
    C(
        "wants to work for an iwi organisation vs no stated wish, an iwi-owned company",
        "backend",
        [
            dev_akl(
                "Rangi Mataira",
                2,
                touches=[
                    call(
                        30,
                        "Wants to work for an iwi organisation - give back to his people.",
                    )
                ],
            ),
            dev_akl("Keegan Whitlock", 1),
        ],
        **role(
            {},
            AKL_HYBRID,
            description="Build services for an iwi-owned investment and development group.",
        ),
    ),
    C(
        "won't work on immigration detention vs wants public service, a detention systems role",
        "data_eng",
        [
            data_cbr(
                "Fenella Whitcombe",
                0,
                touches=[ats(30, "won't work on anything immigration detention related")],
            ),
            data_cbr(
                "Horatia Bellamy",
                2,
                touches=[ats(30, "wants federal public service, any portfolio")],
            ),
        ],
        **role(
            {},
            CBR_HYBRID,
            description="Build reporting on immigration detention case management for Home "
            "Affairs.",
        ),
    ),
    C(
        "pinyin: wants fintech vs pinyin: not in finance, a fintech role",
        "backend",
        [
            dev(
                "Yao Jiahui",
                2,
                touches=[email(30, "Wo hen xiang qu jinrong keji gongsi gongzuo.")],
            ),
            dev(
                "Cao Yiming",
                0,
                touches=[email(30, "Wo bu xiang zai jinrong hangye gongzuo le.")],
            ),
        ],
        **role({}, SYD_HYBRID, description="Build the payments engine of a Sydney fintech."),
    ),
    C(
        "won't work in oil and gas vs LNG is fine, a Woodside LNG role",
        "data_eng",
        [
            data(
                "Tabitha Roe",
                0,
                touches=[call(30, "Done with oil and gas - won't go back.")],
                location="Perth WA",
            ),
            data(
                "Grady Muldoon",
                2,
                touches=[call(30, "LNG is a transition fuel, happy to stay in it.")],
                location="Perth WA",
            ),
        ],
        **role({}, PERTH_HYBRID, description="Own production data for an LNG operator."),
    ),
]

TECH = [
    C(
        "wants to move to Azure vs AWS only, an Azure role",
        "sre",
        [
            sre(
                "Alaric Wimborne",
                2,
                touches=[ats(30, "keen to move onto Azure, doing AZ-104")],
            ),
            sre(
                "Cosmo Featherby",
                0,
                touches=[ats(30, "AWS only, wont touch Azure")],
            ),
        ],
        **role(
            {},
            SYD_HYBRID,
            requirements="Kubernetes\nTerraform\nAzure\nPrometheus",
            offers=["Azure and AKS platform"],
        ),
    ),
    C(
        "never writing Java again vs keen to get back into Java, a Java role",
        "backend",
        [
            dev(
                "Leofric Ainsworth",
                0,
                touches=[sms(30, "never writing java again lol, python or go only")],
            ),
            dev(
                "Evadne Pickering",
                2,
                touches=[sms(30, "keen to get back into java/spring tbh")],
            ),
        ],
        **role(BANK_DEV, SYD_HYBRID, requirements="Java\nSpring Boot\nPostgreSQL\nKafka"),
    ),
    C(
        "no legacy COBOL vs happy on a mainframe migration, a mainframe role",
        "backend",
        [
            dev(
                "Ferdinand Kowal",
                0,
                touches=[call(30, "No legacy mainframe or COBOL work, ever.")],
            ),
            dev(
                "Octavia Lumley",
                2,
                touches=[call(30, "Happy to do mainframe-to-cloud migration, likes COBOL.")],
            ),
        ],
        **role(
            BANK_DEV,
            SYD_HYBRID,
            description="Migrate the bank's COBOL mainframe payments onto cloud services.",
        ),
    ),
]

# --- 7. last time's reason, the history with us, the latest process -------------------------

PAST_SYD_ONSITE = dict(
    remote_policy="onsite", location="Sydney NSW", salary_max=165_000, currency="AUD"
)
PAST_CAPPED = dict(
    remote_policy="hybrid", location="Sydney NSW", salary_max=165_000, currency="AUD"
)
PAST_FIFO_21 = dict(remote_policy="onsite", location="Pilbara WA (FIFO 2/1 from Perth)")
PAST_MACPARK = dict(remote_policy="onsite", location="Macquarie Park NSW")

LAST_TIME = [
    C(
        "declined a five-day office mandate; this role is remote",
        "backend",
        [
            dev(
                "Gwendolyn Astley",
                2,
                apps=[
                    declined(
                        260,
                        "remote_policy",
                        "Offer had 5 days in the CBD, she needs at least 3 from home",
                        past=PAST_SYD_ONSITE,
                    )
                ],
            ),
            dev("Norbert Fitzgibbon", 1),
        ],
        **role({}, AU_REMOTE),
    ),
    C(
        "declined a five-day office mandate; this role is five days again",
        "backend",
        [
            dev(
                "Marigold Scully",
                0,
                apps=[
                    declined(
                        200,
                        "remote_policy",
                        "Won't do 5 days in - knocked back the offer over it",
                        past=PAST_SYD_ONSITE,
                    )
                ],
            ),
            dev("Leander Tobin", 2),
        ],
        **role({}, SYD_ONSITE),
    ),
    C(
        "declined over a $165k cap; the new band goes to $190k",
        "backend",
        [
            dev(
                "Sylvester Qualtrough",
                2,
                apps=[
                    declined(
                        180,
                        "compensation",
                        "Wanted $180k base, band capped at $165k",
                        past=PAST_CAPPED,
                    )
                ],
            ),
            dev("Cuthbert Engstrom", 1),
        ],
        **role(BANK_DEV, SYD_HYBRID, salary_min=175_000, salary_max=190_000, **AUD),
    ),
    C(
        "declined over a $165k cap; this band is no higher",
        "backend",
        [
            dev(
                "Rosalie Penhallow",
                0,
                apps=[
                    declined(
                        150,
                        "compensation",
                        "Asked $180k + super, client maxed at $165k",
                        past=PAST_CAPPED,
                    )
                ],
            ),
            dev("Giles Arbuthnot", 2),
        ],
        **role(BANK_DEV, SYD_HYBRID, salary_min=150_000, salary_max=165_000, **AUD),
    ),
    C(
        "withdrew over a 2/1 roster, said 8/6 would work; this is 8/6",
        "cs",
        [
            planner(
                "Murray Tindall",
                2,
                apps=[
                    withdrew(
                        220,
                        "other",
                        "2 weeks on 1 off too hard on the family - said 8/6 or even time would "
                        "work",
                        past=PAST_FIFO_21,
                        role="Maintenance Planner",
                    )
                ],
            ),
            planner("Clive Rasmussen", 1),
        ],
        **role(PLANNER_ROLE, PILBARA_FIFO),
    ),
    C(
        "withdrew because he wants no FIFO at all; this is FIFO again",
        "cs",
        [
            planner(
                "Neville Hoskins",
                0,
                apps=[
                    withdrew(
                        190,
                        "location",
                        "Doesn't want FIFO in any form - home every night",
                        past=PAST_FIFO_21,
                        role="Maintenance Planner",
                    )
                ],
            ),
            planner("Royce Padgett", 2),
        ],
        **role(PLANNER_ROLE, PILBARA_FIFO),
    ),
    C(
        "rejected for needing sponsorship, now a PR vs still needs sponsorship, no sponsor",
        "data_eng",
        [
            data(
                "Ravindra Menon",
                2,
                apps=[
                    app(
                        300,
                        "final",
                        "rejected",
                        "other",
                        "Needed 482 sponsorship, client wouldn't sponsor",
                        role="Data Engineer",
                    )
                ],
                touches=[email(60, "My 186 was granted in September, I'm PR now.")],
            ),
            data(
                "Siddharth Gokhalekar",
                0,
                apps=[
                    app(
                        300,
                        "final",
                        "rejected",
                        "other",
                        "Needed 482 sponsorship, client wouldn't sponsor",
                        role="Data Engineer",
                    )
                ],
                touches=[email(60, "Still on my 482, still need a sponsor for any move.")],
            ),
        ],
        **role({}, SYD_HYBRID, offers=["No visa sponsorship available"]),
    ),
    C(
        "rejected for no citizenship for NV1, a citizen since September; an NV1 role",
        "data_eng",
        [
            data_cbr(
                "Mihail Popescu",
                2,
                apps=[
                    app(
                        330,
                        "interview",
                        "rejected",
                        "other",
                        "Not a citizen so couldn't be sponsored for NV1",
                        role="Data Engineer",
                    )
                ],
                touches=[call(50, "Conferred Australian citizenship in September.")],
            ),
            data_cbr("Augustin Mayhew", 1),
        ],
        **role(
            {},
            CBR_ONSITE,
            title="Senior Data Engineer (NV1)",
            requirements="SQL\ndbt\nAirflow\nPython\nAustralian citizenship\nNV1 clearance",
        ),
    ),
    C(
        "withdrew over the commute to Macquarie Park; this role is in the CBD by his train",
        "backend",
        [
            dev(
                "Anselm Gallagher",
                2,
                apps=[
                    withdrew(
                        210,
                        "location",
                        "Couldn't face the drive from Cronulla to Macquarie Park daily; the "
                        "T4 to the CBD would be fine",
                        past=PAST_MACPARK,
                    )
                ],
                location="Cronulla NSW",
            ),
            dev("Crispin Vaux", 1, location="Cronulla NSW"),
        ],
        **role({}, SYD_ONSITE),
    ),
    C(
        "declined over 50% travel; this role is 40% travel",
        "backend",
        [
            dev_mel(
                "Wolfgang Ebner",
                0,
                apps=[
                    declined(
                        170,
                        "other",
                        "Half the month interstate - he wants no regular travel at all",
                        role="Senior Backend Engineer",
                    )
                ],
            ),
            dev_mel("Hartley Conroy", 2),
        ],
        **role(
            {},
            MEL_HYBRID,
            title="Senior Backend Engineer (client delivery)",
            offers=["Around 40% interstate travel"],
        ),
    ),
]

PROCESS = [
    C(
        "the latest process was a near miss vs the latest was a skills gap last month",
        "data_eng",
        [
            data(
                "Annika Solheim",
                2,
                apps=[
                    app(
                        700, "screen", "rejected", "skills_gap", "No dbt then", role="Data Engineer"
                    ),
                    lost_final(90, "Lost by a whisker - strong on dbt now", role="Data Engineer"),
                ],
            ),
            data(
                "Conrad Bexley",
                1,
                apps=[
                    lost_final(700, role="Data Engineer"),
                    app(
                        30,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Couldn't do the Airflow exercise",
                        role="Data Engineer",
                    ),
                ],
            ),
        ],
        **role({}, SYD_HYBRID),
    ),
]

# the history with us (class 7): cases moved whole out of PROCESS, unchanged, so the set
# checks tell the history with us from the latest process.
HISTORY = [
    C(
        "a silver medalist from a bank final vs rejected at screen for culture fit",
        "backend",
        [
            dev("Sunniva Holmberg", 2, apps=[lost_final(120, "Close second, client loved her")]),
            dev(
                "Thelonius Grey",
                1,
                apps=[app(120, "screen", "rejected", "culture_fit", "Dismissive in the screen")],
            ),
        ],
        **role(BANK_DEV, SYD_HYBRID),
    ),
    C(
        "a no-show and rude to the client's reception vs a clean record",
        "cs",
        [
            pe(
                "Kurt Mablethorpe",
                0,
                apps=[
                    app(
                        150,
                        "interview",
                        "rejected",
                        "conduct",
                        "No-show at 2nd interview, then abusive on the phone to reception",
                        role="Project Engineer",
                    )
                ],
            ),
            pe("Dylan Marchant", 2, apps=[lost_final(150, role="Project Engineer")]),
        ],
        **role(PE_ROLE, BNE_ONSITE),
    ),
]

# --- 8. several notes over time: the latest word counts -------------------------------------

LATEST_WORD = [
    C(
        "remote only, then fine with three days after moving close vs the reverse",
        "backend",
        [
            dev(
                "Philomena Garrick",
                2,
                touches=[
                    ats(date(2026, 2, 9), "remote only - lives in the Blue Mtns"),
                    call(
                        date(2026, 9, 14),
                        "Moved to Surry Hills. Now happy with 3 days in the office, likes the "
                        "walk.",
                    ),
                ],
            ),
            dev(
                "Augusta Rennick",
                0,
                touches=[
                    ats(date(2026, 2, 9), "happy in office 3-5 days, lives Surry Hills"),
                    call(
                        date(2026, 9, 14),
                        "Moved to Ballarat for family. Remote only now, can't do any office.",
                    ),
                ],
            ),
        ],
        **role(
            {},
            dict(
                remote_policy="hybrid",
                location="Sydney NSW",
                offers=["Hybrid: three days a week in the Surry Hills office"],
            ),
        ),
    ),
    C(
        "no more FIFO, then back on it vs keen on FIFO, then home every night",
        "cs",
        [
            planner(
                "Lindsay Quartermaine",
                2,
                touches=[
                    sms(date(2026, 2, 2), "no more fifo for me, kids need me home"),
                    call(
                        date(2026, 10, 12),
                        "Kids off to boarding school in Perth - he's keen to go back on FIFO, "
                        "8/6 ideal.",
                    ),
                ],
            ),
            planner(
                "Warrick Beaumont",
                0,
                touches=[
                    sms(date(2026, 3, 2), "keen on fifo, any roster"),
                    call(
                        date(2026, 9, 7),
                        "Partner expecting in Dec - he needs to be home every night now, no FIFO.",
                    ),
                ],
            ),
        ],
        **role(PLANNER_ROLE, PILBARA_FIFO),
    ),
    C(
        "asked to be removed, then asked to be kept on file vs the reverse",
        "data_eng",
        [
            data(
                "Elspeth Ravenscroft",
                2,
                touches=[
                    email(date(2026, 2, 16), "Please take me off your database."),
                    email(
                        date(2026, 10, 19),
                        "Sorry for being short earlier in the year. I'm looking again - please "
                        "keep me on file and send me anything senior in data.",
                    ),
                ],
            ),
            data(
                "Ottoline Marwood",
                0,
                touches=[
                    email(date(2026, 2, 16), "Keen to hear about anything senior in data."),
                    email(
                        date(2026, 10, 19),
                        "Please delete me from your database and don't contact me again.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **role({}, SYD_HYBRID),
    ),
    C(
        "asked $200k then $160k for the right team vs asked $150k then $190k, $150-170k",
        "backend",
        [
            dev(
                "Hugo Lindahl",
                2,
                touches=[
                    call(date(2026, 1, 19), "Won't look under $200k base."),
                    call(
                        date(2026, 9, 21),
                        "Rethought - would take $160k plus super for the right team.",
                    ),
                ],
            ),
            dev(
                "Remy Castellane",
                0,
                touches=[
                    call(date(2026, 3, 9), "$150k plus super would do."),
                    call(
                        date(2026, 10, 5),
                        "Got a big payrise at CBA - now needs $190k base to move.",
                    ),
                ],
            ),
        ],
        **role(BANK_DEV, SYD_HYBRID, salary_min=150_000, salary_max=170_000, **AUD),
    ),
    C(
        "office, then remote, then office again vs office, then remote",
        "backend",
        [
            dev_bne(
                "Cordelia Pemberton",
                2,
                touches=[
                    ats(date(2026, 1, 12), "wants office, 5 days fine"),
                    sms(date(2026, 5, 11), "moved to toowoomba, remote only now sorry"),
                    sms(
                        date(2026, 10, 26),
                        "back in brissie! happy to be in the office every day again",
                    ),
                ],
            ),
            dev_bne(
                "Jemima Thistleton",
                0,
                touches=[
                    ats(date(2026, 1, 12), "wants office, 5 days fine"),
                    sms(date(2026, 10, 26), "moved to toowoomba, remote only now sorry"),
                ],
            ),
        ],
        **role({}, BNE_ONSITE),
    ),
    C(
        "no defence, then keen on defence vs keen, then no more weapons work",
        "backend",
        [
            dev(
                "Barnabas Whitlam",
                2,
                touches=[
                    ats(date(2025, 11, 3), "no defence work pls"),
                    call(
                        date(2026, 8, 17),
                        "Changed his tune - keen on defence now, sees it as protecting people.",
                    ),
                ],
                location="Adelaide SA",
            ),
            dev(
                "Tobias Quenbury",
                0,
                touches=[
                    ats(date(2025, 11, 3), "keen on defence, ex-army"),
                    call(
                        date(2026, 8, 17),
                        "Doesn't want weapons or defence work any more after a rough year.",
                    ),
                ],
                location="Adelaide SA",
            ),
        ],
        **role(
            {},
            ADL_ONSITE,
            description="Build combat systems software for a defence prime.",
        ),
    ),
    C(
        "on a 482, then 186 granted vs PR applied, then refused and on a bridging visa",
        "data_eng",
        [
            data(
                "Kavya Iyengar",
                2,
                touches=[
                    email(date(2026, 2, 23), "I'm on a 482, would need sponsorship."),
                    email(date(2026, 8, 10), "186 granted!! Full work rights, no sponsor needed."),
                ],
            ),
            data(
                "Ashwin Kunnath",
                0,
                touches=[
                    email(date(2026, 2, 23), "PR lodged, should come through soon."),
                    email(
                        date(2026, 8, 10),
                        "PR refused, I'm on a bridging visa appealing it - would need a sponsor "
                        "for any new job.",
                    ),
                ],
            ),
        ],
        **role({}, SYD_HYBRID, offers=["No visa sponsorship"]),
    ),
    C(
        "no travel, then travel fine vs travel fine, then no travel with mum sick",
        "data_eng",
        [
            data(
                "Adelaide Fenwick-Hart",
                2,
                touches=[
                    ats(date(2026, 3, 2), "no travel - kids small"),
                    call(date(2026, 10, 5), "Kids in school now, travel interstate is fine."),
                ],
            ),
            data(
                "Serena Holloway",
                0,
                touches=[
                    ats(date(2026, 3, 2), "travel fine, likes it"),
                    call(
                        date(2026, 10, 5), "Mum's unwell - no travel now, can't be away overnight."
                    ),
                ],
            ),
        ],
        **role(
            {},
            SYD_HYBRID,
            offers=["Interstate travel to Melbourne and Brisbane two nights a fortnight"],
        ),
    ),
    C(
        "wanted to lead, tried it and hated it vs IC only, then ready to lead, a manager role",
        "manager",
        [
            lead(
                "Desmond Fairley",
                0,
                touches=[
                    call(date(2025, 12, 1), "Wants to lead a team next."),
                    call(
                        date(2026, 9, 28),
                        "Acted as EM for six months and hated it - back to IC, no reports.",
                    ),
                ],
            ),
            lead(
                "Lucinda Ormsby",
                2,
                touches=[
                    call(date(2025, 12, 1), "IC only, no management."),
                    call(
                        date(2026, 9, 28), "Has mentored two grads this year - ready to lead now."
                    ),
                ],
            ),
        ],
        **role({}, SYD_HYBRID),
    ),
    C(
        "won't cross the bridge, then moved to Kirribilli vs Mosman, then moved to Leichhardt",
        "backend",
        [
            dev(
                "Ambrose Tilley",
                2,
                touches=[
                    ats(date(2026, 1, 19), "lives Leichhardt, won't cross the bridge daily"),
                    sms(
                        date(2026, 7, 6),
                        "moved to kirribilli! can walk to north sydney now, all good",
                    ),
                ],
                location="Kirribilli NSW",
            ),
            dev(
                "Hortense Bellchamber",
                0,
                touches=[
                    ats(date(2026, 1, 19), "lives Mosman, north sydney easy"),
                    sms(
                        date(2026, 7, 6),
                        "moved to leichhardt, no way im crossing the bridge every day now",
                    ),
                ],
                location="Leichhardt NSW",
            ),
        ],
        **role({}, NORTH_SYD_ONSITE),
    ),
    C(
        "not before March, then available now vs available now, then not before May",
        "data_eng",
        [
            data(
                "Iolanthe Price",
                2,
                touches=[
                    email(date(2026, 10, 12), "Can't look before March, sorry."),
                    email(
                        date(2026, 11, 9),
                        "Plans changed - project got cancelled, I'm available now.",
                    ),
                ],
            ),
            data(
                "Calliope Reeve",
                1,
                touches=[
                    email(date(2026, 10, 12), "Available now, keen to chat."),
                    email(
                        date(2026, 11, 9),
                        "Just signed on for a big migration - not before May now.",
                    ),
                ],
            ),
        ],
        **role({}, SYD_HYBRID),
    ),
]

HELDOUT68_CASES: list[Case] = [
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
    *LAST_TIME,
    *HISTORY,
    *PROCESS,
    *LATEST_WORD,
]

# The class names the set checks share (tests/test_eval_cases.py), over this file's own lists:
# last time's reason, resolved or still standing, is the file's LAST_TIME list, and the history
# with us its HISTORY.
RESOLVED, LAST_TIME = LAST_TIME, HISTORY
