"""Held-out rediscovery cases, sixty-sixth set: a UK and Irish in-house talent team's own words,
written by a stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at; held-out 10 was opened for its format only).

It is measured and reported on its own line ("held-out 66") and never tuned to what Encore
does. The recruiters are an in-house talent team at a mid-size company hiring across the
business (software, data, product, finance, customer success, sales) from hybrid offices in
Manchester, Leeds, London, Dublin, Belfast and Glasgow. Their records come out of Greenhouse
and Workable: terse ATS shorthand with typos ("cand", "HM", "w/c", "NP 3m", "GL", "RTW"),
hiring managers' scorecard comments, recruiters' third-person call notes and coffee-chat
write-ups, candidates' emails, LinkedIn replies and lower-case WhatsApps, one formal letter,
long rambling notes where one line decides, and a few lines in Polish and Portuguese. The
people talk about notice periods and garden leave, bonus and pension, counter-offers, coming
back from parental leave, school terms and half terms, Skilled Worker and Graduate visas,
Stamp 4 and Critical Skills permits, trains, bridges and motorways.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs in many voices and channels (an erasure email, a curt LinkedIn reply, a DNC in the
   ATS, a WhatsApp, a formal letter withdrawing consent, "no thanks" to our draft, a one-word
   "unsubscribe", a rambling call note, Polish and Portuguese): never shown; beside each a
   scoped stop that is no opt-out (the newsletter, LinkedIn only, the work phone, sales roles
   only, a new number, the meetups list, a partner agency, feedback still owed);
2. waits counted from the day said (three months' notice, garden leave, maternity leave, a
   quarter close, February half term, a March bonus, a house move, CIMA exams, probation, a
   counter-offer, a family operation, Polish and Portuguese), each against a twin whose wait
   has run out; notes full of dates that ask for no wait;
3. schedule (on-call, weekends, a four-day week, US calls), travel (overnights, flying, no
   licence, day trips, a travel cap, weekly flights that are over), visa and right to work
   (Graduate and Skilled Worker visas, Stamp 4, Critical Skills permits, ILR, settled status,
   a dependant visa, the Common Travel Area), contract type (perm, FTC, mat cover, part time,
   day rates) and commutes (named towns, lines, minutes, the M8, the Erskine Bridge);
4. pay against the band: annual basics, floors against current pay, day and hourly rates,
   monthly figures, euros, OTE against basic, pension;
5. work mode said only in the title or only in the description, office days in a hybrid, and
   negation and its scope ("not looking for fully remote", "it's the five days I won't do");
6. location and relocation, managing against hands-on, company stage and size, industry and
   mission wanted or refused (gambling, defence, adtech, alcohol, oil and gas, crypto against
   regulated fintech, health, climate, education, Portuguese), technology wanted or refused;
7. last time's reason resolved by this role or still standing (office days, pay, sponsorship,
   management, travel, on-call), the history with us (no-shows, conduct, a silver medal) and
   the latest process counting over an older one;
8. several notes over time where the latest word counts: minds changed once and twice about
   office days, pay, managing, travel, relocation, visas, industries, commutes and contact.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------


def who(profile: str, where: str = "Manchester, UK"):
    """People of one profile living in ``where`` unless a person's ``location`` says
    otherwise (the keyword wins over the default)."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {"location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def mail(days, words) -> dict:
    """The candidate's email."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def li(days, words) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def wa(days, words) -> dict:
    """A WhatsApp or text from the candidate, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def call(days, words) -> dict:
    """A recruiter's call note, third person."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def ats(days, words) -> dict:
    """A note typed into Greenhouse or Workable."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def coffee(days, words) -> dict:
    """A coffee chat or a hiring manager's scorecard comment, written up."""
    return touch(days, "outbound", None, "note", note=words, channel="meeting")


def lost(days, note=None, *, role="Senior Backend Engineer", past=None) -> dict:
    """Reached our final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.2, role=role, past=past)


def declined(days, reason, note, *, past=None, role="Senior Backend Engineer") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="Senior Backend Engineer"):
    """Pulled out of our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


# --- where and how the roles are worked -----------------------------------------------------

MAN = dict(
    remote_policy="hybrid",
    location="Manchester, UK",
    offers=["Hybrid: Tuesdays and Thursdays at our Piccadilly office"],
)
MAN_ON = dict(
    remote_policy="onsite",
    location="Manchester, UK",
    offers=["Five days a week at our Piccadilly office"],
)
LEEDS = dict(
    remote_policy="hybrid",
    location="Leeds, UK",
    offers=["Hybrid: three days a week at Wellington Place"],
)
LON = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Hybrid: two days a week near Old Street"],
)
DUB = dict(
    remote_policy="hybrid",
    location="Dublin, Ireland",
    offers=["Hybrid: two days a week in our Ringsend office"],
)
BEL = dict(
    remote_policy="hybrid",
    location="Belfast, UK",
    offers=["Hybrid: two days a week in the Titanic Quarter office"],
)
GLA = dict(
    remote_policy="hybrid",
    location="Glasgow, UK",
    offers=["Hybrid: one day a week in our Buchanan Street office"],
)
UK_REMOTE = dict(
    remote_policy="remote", location="Remote (UK)", offers=["Fully remote within the UK"]
)
IE_REMOTE = dict(
    remote_policy="remote", location="Remote (Ireland)", offers=["Fully remote within Ireland"]
)


def gbp(low, high, **more) -> dict:
    return dict(salary_min=low, salary_max=high, currency="GBP", **more)


def eur(low, high, **more) -> dict:
    return dict(salary_min=low, salary_max=high, currency="EUR", **more)


def also(preset: dict, *offers, **more) -> dict:
    """A preset with more offers (kept after the preset's own) and other fields."""
    return {**preset, "offers": [*preset.get("offers", []), *offers], **more}


PAST_LEEDS3 = dict(remote_policy="hybrid", location="Leeds, UK", salary_max=70_000, currency="GBP")
PAST_MAN_ON = dict(
    remote_policy="onsite", location="Manchester, UK", salary_max=75_000, currency="GBP"
)
PAST_DUB = dict(
    remote_policy="hybrid", location="Dublin, Ireland", salary_max=85_000, currency="EUR"
)


# --- 1. opt-outs, each beside a scoped stop that is no opt-out -------------------------------

OPT_OUTS = [
    C(
        "an erasure email vs stop the monthly newsletter only",
        "backend",
        [
            who("backend")(
                "Oonagh Treharne",
                0,
                touches=[
                    mail(
                        45,
                        "Hi, please delete everything you hold about me and don't get in "
                        "touch again. I'd like written confirmation. Oonagh",
                    )
                ],
                excluded=True,
            ),
            who("backend")(
                "Fergal Ashdown",
                2,
                touches=[
                    mail(
                        45,
                        "Could you take me off the monthly 'life at' newsletter? Too much "
                        "email. Real roles that fit - yes please, send those.",
                    )
                ],
            ),
        ],
        **MAN,
    ),
    C(
        "a curt LinkedIn 'don't message me again' vs 'not on LinkedIn, use my gmail'",
        "data_eng",
        [
            who("data_eng", "Leeds, UK")(
                "Priya Ramsbottom",
                0,
                touches=[li(30, "Not interested. Please don't message me again. - Priya")],
                excluded=True,
            ),
            who("data_eng", "Leeds, UK")(
                "Callum Vickers",
                2,
                touches=[
                    li(
                        30,
                        "Hiya - I barely log in here so please don't message me on LinkedIn. "
                        "callum.vickers.data@gmail.com gets me much quicker.",
                    )
                ],
            ),
        ],
        **LEEDS,
    ),
    C(
        "a DNC in Greenhouse vs no calls to the work number",
        "sre",
        [
            who("sre", "Glasgow, UK")(
                "Euan Drumgask",
                0,
                touches=[
                    ats(
                        90,
                        "DNC - cand rang 14/08 & asked for no further contact of any kind. "
                        "Pls do not add to campaigns.",
                    )
                ],
                excluded=True,
            ),
            who("sre", "Glasgow, UK")(
                "Morven Galbraith",
                2,
                touches=[
                    ats(
                        90,
                        "cand asked us not to ring her work landline again (open plan, "
                        "awkward). mobile + email fine.",
                    )
                ],
            ),
        ],
        **GLA,
    ),
    C(
        "a WhatsApp 'stop messaging me' vs 'not sales roles, CS only', a CS role",
        "cs",
        [
            who("cs")(
                "Jodie Entwistle",
                0,
                touches=[wa(20, "stop messaging me. seriously. not interested in anything")],
                excluded=True,
            ),
            who("cs")(
                "Kirsty Lomax",
                2,
                touches=[
                    wa(
                        20,
                        "no more sales jobs pls!! did my time on quota. CS stuff yes tho",
                    )
                ],
            ),
        ],
        **MAN,
    ),
    C(
        "Polish: delete my data vs Polish: don't ring at work, email is fine",
        "data_eng",
        [
            who("data_eng", "London, UK")(
                "Zuzanna Kędziorowska",
                0,
                touches=[
                    mail(
                        60,
                        "Dzień dobry, proszę usunąć moje dane z Państwa bazy i więcej się "
                        "ze mną nie kontaktować. Pozdrawiam",
                    )
                ],
                excluded=True,
            ),
            who("data_eng", "London, UK")(
                "Bartosz Kaczmarczyk",
                2,
                touches=[
                    mail(
                        60,
                        "Proszę nie dzwonić do mnie w godzinach pracy, wolę kontakt mailowy. "
                        "Chętnie posłucham o nowych rolach.",
                    )
                ],
            ),
        ],
        **LON,
    ),
    C(
        "Portuguese: no more contact vs Portuguese: a new number, keep sending roles",
        "frontend",
        [
            who("frontend", "Dublin, Ireland")(
                "Inês Valdorinho",
                0,
                touches=[
                    mail(
                        35,
                        "Olá. Não quero receber mais contactos da vossa empresa. Por favor "
                        "retirem-me da lista. Obrigada.",
                    )
                ],
                excluded=True,
            ),
            who("frontend", "Dublin, Ireland")(
                "Rui Quinteleiro",
                2,
                touches=[
                    mail(
                        35,
                        "Mudei de número: o novo é 087 555 0192. Continuem a enviar "
                        "oportunidades, obrigado!",
                    )
                ],
            ),
        ],
        **DUB,
    ),
    C(
        "a formal letter withdrawing consent vs feedback still owed",
        "finance",
        [
            who("finance", "Belfast, UK")(
                "Heather McCausland",
                0,
                touches=[
                    mail(
                        80,
                        "Dear Sir or Madam, I hereby withdraw my consent to the processing of "
                        "my personal data and request that you cease all contact with me. "
                        "Yours faithfully, H. McCausland",
                    )
                ],
                excluded=True,
            ),
            who("finance", "Belfast, UK")(
                "Declan Moorhead",
                2,
                touches=[
                    mail(
                        80,
                        "Still waiting on feedback from the panel in August - I'd really like "
                        "it before we talk about anything else. Thanks, Declan",
                    )
                ],
            ),
        ],
        **BEL,
    ),
    C(
        "'no thanks' to our draft vs 'no thanks to the Leeds one, remote yes'",
        "backend",
        [
            who("backend", "Sheffield, UK")(
                "Gareth Pennock",
                0,
                touches=[
                    touch(25, "outbound", None, "re_engagement", note="Reconnect email sent."),
                    mail(24, "no thanks - Gareth"),
                ],
                excluded=True,
            ),
            who("backend", "Sheffield, UK")(
                "Niamh Corrigan",
                2,
                touches=[
                    touch(25, "outbound", None, "re_engagement", note="Leeds role sent."),
                    mail(
                        24,
                        "No thanks to the Leeds one - three days in is too much. Anything "
                        "fully remote, I'm all ears.",
                    ),
                ],
            ),
        ],
        **UK_REMOTE,
    ),
    C(
        "a one-word unsubscribe vs unsubscribe me from the meetup invites",
        "ml",
        [
            who("ml", "London, UK")(
                "Tobias Hurrell", 0, touches=[mail(50, "UNSUBSCRIBE - Tobias")], excluded=True
            ),
            who("ml", "London, UK")(
                "Anjali Sethuraman",
                2,
                touches=[
                    mail(
                        50,
                        "Please unsubscribe me from the tech meetup invites - evenings don't "
                        "work for me. Happy to hear about ML roles though.",
                    )
                ],
            ),
        ],
        **LON,
    ),
    C(
        "a rambling call note with 'take him off everything' vs off the partner list only",
        "sales",
        [
            who("sales", "Dublin, Ireland")(
                "Colm Brosnan",
                0,
                touches=[
                    call(
                        40,
                        "Long chat, he was in good form. Talked about the Six Nations, his "
                        "daughter starting at UCD, the new Luas line. Closed a huge deal in Q2. "
                        "BUT - he's leaving sales for good, going into the family farm in Clare, "
                        "and asked us to take him off everything and not to contact him again. "
                        "Wished us well.",
                    )
                ],
                excluded=True,
            ),
            who("sales", "Dublin, Ireland")(
                "Siobhán Keating",
                2,
                touches=[
                    call(
                        40,
                        "Long chat, talked about her half marathon and the house hunt in "
                        "Drumcondra. Annoyed that a partner agency sent her CV round without "
                        "asking - wants off THEIR list. Us contacting her directly is totally "
                        "fine, she said, keep her in mind for AE roles.",
                    )
                ],
            ),
        ],
        **DUB,
    ),
    C(
        "'please remove me from your talent pool' vs 'remove my old hotmail from the file'",
        "cs",
        [
            who("cs", "Leeds, UK")(
                "Lorraine Hepworth",
                0,
                touches=[
                    li(70, "Please remove me from your talent pool, I won't be applying again.")
                ],
                excluded=True,
            ),
            who("cs", "Leeds, UK")(
                "Danielle Ogundipe",
                2,
                touches=[
                    mail(
                        70,
                        "Can you remove my old hotmail from your file? Use this address "
                        "from now on. Still keen on CSM roles!",
                    )
                ],
            ),
        ],
        **LEEDS,
    ),
    C(
        "Polish text: don't write any more vs Polish: not this role, keep me in mind",
        "backend",
        [
            who("backend")(
                "Krzysztof Mazurkiewicz",
                0,
                touches=[wa(15, "nie piszcie do mnie więcej, nie jestem zainteresowany. dzięki")],
                excluded=True,
            ),
            who("backend")(
                "Agnieszka Przybylak",
                2,
                touches=[
                    wa(
                        15,
                        "ta rola to nie dla mnie, ale piszcie przy następnej okazji!",
                    )
                ],
            ),
        ],
        **MAN,
    ),
]


# --- 2. waits counted from the day said, each against a twin whose wait is over ------------

WAITS = [
    C(
        "three months' notice handed in last week vs one month's notice handed in in August",
        "backend",
        [
            who("backend")(
                "Hamish Ardcarron",
                1,
                ("Resigned on Friday - NP 3m so can't start anything till late Feb.", 10),
            ),
            who("backend")(
                "Ellie Brogan",
                2,
                ("Handed in notice today, one month NP. Free from next month.", 100),
            ),
        ],
        **MAN,
    ),
    C(
        "garden leave to the end of January vs six weeks' garden leave long finished",
        "data_eng",
        [
            who("data_eng", "London, UK")(
                "Rhodri Pugh",
                1,
                touches=[call(12, "On GL till 31 Jan, contractually can't talk to anyone before.")],
            ),
            who("data_eng", "London, UK")(
                "Tamsin Oakley",
                2,
                touches=[
                    call(110, "Starts 6 weeks' garden leave tomorrow; after that she's free.")
                ],
            ),
        ],
        **LON,
    ),
    C(
        "back from maternity leave in April vs back since September",
        "finance",
        [
            who("finance", "Leeds, UK")(
                "Sinéad Mulcahern",
                1,
                ("On mat leave, back in work April. Nothing before then please.", 35),
            ),
            who("finance", "Leeds, UK")(
                "Laura Whitlock",
                2,
                ("Back from maternity leave since September, settled, ready to look.", 40),
            ),
        ],
        **LEEDS,
    ),
    C(
        "not before the Q1 close vs after the Q3 close, long passed",
        "finance",
        [
            who("finance")(
                "Adebayo Ogunrinde",
                1,
                touches=[mail(21, "Year end for us is 31 March - ping me in April, not before.")],
            ),
            who("finance")(
                "Megan Threlfall",
                2,
                touches=[
                    mail(120, "Slammed until the Q3 close at the end of Sept, then let's talk.")
                ],
            ),
        ],
        **MAN,
    ),
    C(
        "after the February half term vs after the October half term",
        "cs",
        [
            who("cs", "Glasgow, UK")(
                "Fiona Docherty",
                1,
                touches=[wa(9, "can we talk after feb half term? childcare is chaos till then")],
            ),
            who("cs", "Glasgow, UK")(
                "Shona Baird",
                2,
                touches=[wa(65, "after the october half term pls, kids off and im away")],
            ),
        ],
        **GLA,
    ),
    C(
        "bonus paid at the end of March vs bonus paid out in June",
        "sales",
        [
            who("sales", "London, UK")(
                "Marcus Feeney",
                1,
                ("Won't move before the annual bonus lands end of March.", 28),
            ),
            who("sales", "London, UK")(
                "Olivia Quaye",
                2,
                ("Bonus pays out in June, after that she's open to moving.", 200),
            ),
        ],
        **LON,
    ),
    C(
        "moving house, give me six weeks (said last week) vs give me a month (said in summer)",
        "frontend",
        [
            who("frontend", "Belfast, UK")(
                "Aoife Doherty",
                1,
                ("Moving house this week - give me six weeks before anything.", 6),
            ),
            who("frontend", "Belfast, UK")(
                "Conor Maginnis",
                2,
                ("Mid house move, give me a month and I'll be ready.", 130),
            ),
        ],
        **BEL,
    ),
    C(
        "CIMA exams in February vs a CIMA case study sat on 10 November",
        "finance",
        [
            who("finance", "Dublin, Ireland")(
                "Emer Fitzpatrick",
                1,
                touches=[mail(18, "Sitting CIMA strategic level in February - after that please.")],
            ),
            who("finance", "Dublin, Ireland")(
                "Ciarán Nolan",
                2,
                touches=[mail(50, "Sitting my CIMA case study on 10 November, talk to me after.")],
            ),
        ],
        **DUB,
    ),
    C(
        "Polish: parental leave to the end of March vs Polish: back since September",
        "data_eng",
        [
            who("data_eng", "Leeds, UK")(
                "Magdalena Szczepańska",
                1,
                (
                    "Do końca marca jestem na urlopie rodzicielskim - proszę o kontakt w kwietniu.",
                    30,
                ),
            ),
            who("data_eng", "Leeds, UK")(
                "Joanna Kwiatkowska",
                2,
                ("Wróciłam z urlopu macierzyńskiego we wrześniu, chętnie porozmawiam.", 45),
            ),
        ],
        **LEEDS,
    ),
    C(
        "Portuguese: only after Christmas, January vs Portuguese: after the summer",
        "backend",
        [
            who("backend", "Dublin, Ireland")(
                "Tiago Tabuaço",
                1,
                touches=[wa(7, "Só depois do Natal - falamos em janeiro, pode ser?")],
            ),
            who("backend", "Dublin, Ireland")(
                "Beatriz Loureiro",
                2,
                touches=[wa(160, "Depois do verão falamos, agora não dá.")],
            ),
        ],
        **DUB,
    ),
    C(
        "probation ends in five months vs a six-month probation started in February",
        "sre",
        [
            who("sre")(
                "Liam Rothwell",
                1,
                ("Just started at Auto Trader, want to pass probation first - 5 months.", 20),
            ),
            who("sre")(
                "Yasmin Rehmatzai",
                2,
                ("Started a new job this week, 6 month probation, then open to chats.", 290),
            ),
        ],
        **MAN,
    ),
    C(
        "took a counter-offer, give it a year vs took one fourteen months ago and regrets it",
        "ml",
        [
            who("ml", "London, UK")(
                "Dominic Ashworth",
                1,
                touches=[
                    call(50, "Accepted counter. Wants to give it a full year before looking.")
                ],
            ),
            who("ml", "London, UK")(
                "Harriet Linford",
                2,
                touches=[
                    call(
                        30,
                        "Took a counter-offer 14 months ago and regrets it - nothing changed. "
                        "Actively looking now.",
                    )
                ],
            ),
        ],
        **LON,
    ),
    C(
        "dad's operation, not till the new year vs no wait at all",
        "cs",
        [
            who("cs", "Leeds, UK")(
                "Bethany Sugden",
                1,
                touches=[mail(14, "Dad's having his op next week so nothing till the new year.")],
            ),
            who("cs", "Leeds, UK")("Rachel Ackroyd", 2, "Open to new CSM roles in Leeds."),
        ],
        **LEEDS,
    ),
    C(
        "a note full of dates that asks for no wait vs three months' notice just given",
        "backend",
        [
            who("backend", "Belfast, UK")(
                "Padraig Quinlan",
                2,
                touches=[
                    call(
                        15,
                        "Joined Kainos 04/03/2022, promoted to senior 01/2025, 1m notice. "
                        "Last pay review April. Free to interview any time.",
                    )
                ],
            ),
            who("backend", "Belfast, UK")(
                "Gráinne Mulholland",
                1,
                touches=[call(15, "Gave 3 months' notice on the 1st - not free until March.")],
            ),
        ],
        **BEL,
    ),
    C(
        "a coffee chat full of dates vs 'not before the spring'",
        "data_eng",
        [
            who("data_eng", "Glasgow, UK")(
                "Struan MacLeod",
                2,
                touches=[
                    coffee(
                        10,
                        "Coffee 13/11. Graduated Strathclyde 2017, Skyscanner 2018-2022, "
                        "current job since Jan 2023. Holiday booked 2-9 Dec but can interview "
                        "around it. Keen.",
                    )
                ],
            ),
            who("data_eng", "Glasgow, UK")(
                "Catriona Imrie",
                1,
                touches=[
                    coffee(10, "Not before the spring - she's leading a migration till then.")
                ],
            ),
        ],
        **GLA,
    ),
    C(
        "an ATS line full of dates vs 'ping me in 3 months'",
        "sales",
        [
            who("sales")(
                "Jamal Bakare",
                2,
                touches=[
                    ats(
                        12,
                        "Prev app 02/2024 (AE) - lost to int. cand. Recontacted 06/2025, 10/2026. "
                        "Current co since 11/2023. NP 4 wks.",
                    )
                ],
            ),
            who("sales")(
                "Stacey Cropper",
                1,
                touches=[ats(12, "cand says ping her in 3 months, mid-way thru a big renewal")],
            ),
        ],
        **MAN,
    ),
]


# --- 3. schedule, travel, visa, contract, commute --------------------------------------------

SCHEDULE = [
    C(
        "no on-call with young kids vs nothing said, a role with an on-call rota",
        "sre",
        [
            who("sre")(
                "Warren Baxendale", 0, "Can't do on-call any more - two under fives at home."
            ),
            who("sre")("Priyanka Mistry", 2, "Wants a bigger platform with real scale problems."),
        ],
        **also(MAN, "Paid 1-in-6 on-call rota"),
    ),
    C(
        "wants a four-day week vs nothing said, a four-day-week role",
        "cs",
        [
            who("cs", "Leeds, UK")("Gemma Holroyd", 2, "Would love a 4 day week, even pro rata."),
            who("cs", "Leeds, UK")("Natalie Bramley", 1),
        ],
        **also(LEEDS, "Four-day week at full pay"),
    ),
    C(
        "no weekends vs weekends fine, a role with a Saturday rota",
        "cs",
        [
            who("cs")("Saoirse Healy", 0, touches=[wa(40, "no weekends, that's my one rule")]),
            who("cs")(
                "Ben Ashcroft", 2, touches=[wa(40, "weekend rota is grand, done it for years")]
            ),
        ],
        **also(MAN, "One Saturday in four on the support rota, time off in lieu"),
    ),
    C(
        "not against early US calls vs no evening calls, a US-facing sales role",
        "sales",
        [
            who("sales", "London, UK")(
                "Imogen Rutter",
                2,
                touches=[
                    call(30, "Not against late calls with the US team, did it at Salesforce.")
                ],
            ),
            who("sales", "London, UK")(
                "Kieran Oyelaran",
                0,
                touches=[call(30, "Won't take calls after 6pm - hard stop, he coaches football.")],
            ),
        ],
        **also(LON, "US pipeline: calls with Boston until 7pm twice a week"),
    ),
]

TRAVEL = [
    C(
        "no overnight stays (caring for mum) vs happy to travel, a role with monthly overnights",
        "sales",
        [
            who("sales", "Belfast, UK")(
                "Roisin McGurk",
                0,
                touches=[call(25, "Carer for her mum - no overnight stays, full stop.")],
            ),
            who("sales", "Belfast, UK")(
                "Neil Crawford",
                2,
                touches=[call(25, "Happy on the road 2-3 days a week, likes meeting clients.")],
            ),
        ],
        **also(BEL, "Monthly two-night trips to clients in London and Dublin"),
    ),
    C(
        "fed up of travel vs nothing said, a role with no travel at all",
        "backend",
        [
            who("backend", "Leeds, UK")(
                "Gavin Sowerby",
                2,
                "Done with 50% travel at the consultancy, wants a job with none.",
            ),
            who("backend", "Leeds, UK")("Alisha Kaur", 1),
        ],
        **also(LEEDS, "No travel required"),
    ),
    C(
        "loves being on the road vs travel is a non-starter, field sales across Ireland",
        "sales",
        [
            who("sales", "Dublin, Ireland")(
                "Eoin Tierney",
                2,
                touches=[
                    li(35, "Happiest on the road - clients in Cork one day, Galway the next.")
                ],
            ),
            who("sales", "Dublin, Ireland")(
                "Aisling Brennan",
                0,
                touches=[li(35, "Travel is a non-starter for me at the moment, sorry.")],
            ),
        ],
        **also(DUB, "Field role: on the road across Ireland three days a week"),
    ),
    C(
        "can't fly on medical advice vs quarterly trips fine, a Glasgow role flying to Dublin",
        "data_eng",
        [
            who("data_eng", "Glasgow, UK")(
                "Fraser Kilbranagh",
                0,
                "Not allowed to fly for the next couple of years - medical.",
            ),
            who("data_eng", "Glasgow, UK")(
                "Kirsten Dalgleish",
                2,
                "Quarterly trips to a HQ are fine by her.",
            ),
        ],
        **also(GLA, "Quarterly flights to our Dublin HQ for planning week"),
    ),
    C(
        "no driving licence vs drives, a role visiting customers across Northern Ireland",
        "cs",
        [
            who("cs", "Belfast, UK")(
                "Clodagh Whyte",
                0,
                touches=[call(60, "Doesn't drive - no licence - public transport only.")],
            ),
            who("cs", "Belfast, UK")(
                "Stephen Agnew",
                2,
                touches=[call(60, "Has a car, fine driving to customer sites.")],
            ),
        ],
        **also(BEL, "Driving to customer sites across NI weekly, car allowance"),
    ),
    C(
        "day trips only vs no travel at all, a role with day trips Manchester to Leeds",
        "finance",
        [
            who("finance")(
                "Abigail Norcross",
                2,
                touches=[mail(45, "Travel's fine as long as I'm home the same night.")],
            ),
            who("finance")(
                "Tariq Hussain",
                0,
                touches=[mail(45, "I can't do any travel at all with my current setup.")],
            ),
        ],
        **also(MAN, "Day trips to the Leeds office twice a month"),
    ),
    C(
        "up to 20% travel vs the more the better, a 50% travel role",
        "sales",
        [
            who("sales", "London, UK")(
                "Lucinda Marr",
                0,
                "Travel up to 20% max, anything beyond is a no.",
            ),
            who("sales", "London, UK")(
                "Oluwaseun Adebiyanju",
                2,
                "Loves travel - the more the better.",
            ),
        ],
        **also(LON, "Around 50% travel across UK and Ireland"),
    ),
    C(
        "travel isn't a problem, relocation is vs won't travel, a travel role with no move",
        "cs",
        [
            who("cs", "Leeds, UK")(
                "Hannah Birtwistle",
                2,
                touches=[
                    call(
                        50,
                        "Travel isn't a problem for her at all - it's relocating she won't do.",
                    )
                ],
            ),
            who("cs", "Leeds, UK")(
                "Craig Lumb",
                0,
                touches=[call(50, "Won't travel - wants to be home every night, full stop.")],
            ),
        ],
        **also(LEEDS, "Customer visits across the North two days a week"),
    ),
    C(
        "weekly Ryanair to Stansted is over vs nothing said, a remote no-travel role",
        "backend",
        [
            who("backend", "Dublin, Ireland")(
                "Darragh Kinsella",
                2,
                touches=[
                    wa(
                        30,
                        "flying to stansted every monday for the client is killing me. want "
                        "something with zero travel",
                    )
                ],
            ),
            who("backend", "Dublin, Ireland")("Orla Ballinacourty", 1),
        ],
        **also(IE_REMOTE, "No travel"),
    ),
    C(
        "the travel at the old job was the problem vs still won't travel, a twice-a-year trip",
        "ml",
        [
            who("ml")(
                "Jasper Whitfield",
                2,
                "Left his last job over weekly travel to Frankfurt; "
                "a couple of trips a year is fine.",
            ),
            who("ml")(
                "Nisha Varma",
                1,
                "Happy where she is, would look at the right ML role.",
            ),
        ],
        **also(MAN, "Two trips a year to the London office for offsites"),
    ),
]

VISA = [
    C(
        "a Graduate visa needing sponsorship vs settled status, a role that cannot sponsor",
        "backend",
        [
            who("backend")(
                "Chidi Ezeakunne",
                0,
                "On a Graduate visa till March - will need Skilled Worker sponsorship.",
            ),
            who("backend")("Ewa Zielinska", 2, "Has settled status, no sponsorship needed."),
        ],
        **also(MAN, description="We are unable to offer visa sponsorship for this role."),
    ),
    C(
        "Stamp 4 vs needs a Critical Skills permit, a Dublin role that cannot sponsor",
        "data_eng",
        [
            who("data_eng", "Dublin, Ireland")(
                "Arjun Thekkevayal",
                2,
                touches=[ats(40, "RTW: Stamp 4, no permit needed.")],
            ),
            who("data_eng", "Dublin, Ireland")(
                "Wei Ling Seowlin",
                0,
                touches=[ats(40, "RTW: would need a Critical Skills Employment Permit to move.")],
            ),
        ],
        **also(DUB, "No employment permit sponsorship available"),
    ),
    C(
        "needs sponsorship vs Irish citizen, a London role that cannot sponsor",
        "frontend",
        [
            who("frontend", "London, UK")(
                "Mateus Ribeiro",
                0,
                touches=[
                    mail(
                        55,
                        "To be upfront, I'm on a Skilled Worker visa tied to my employer, so "
                        "I'd need you to sponsor me.",
                    )
                ],
            ),
            who("frontend", "London, UK")(
                "Cathal Dunne",
                2,
                touches=[mail(55, "I'm an Irish citizen so no visa needed in the UK.")],
            ),
        ],
        **also(LON, "Candidates must already have the right to work in the UK"),
    ),
    C(
        "a British passport under the Common Travel Area vs needs an Irish work permit",
        "sales",
        [
            who("sales", "Belfast, UK")(
                "Alistair Kerr",
                2,
                "British passport - can work in Ireland under the CTA, no permit.",
            ),
            who("sales", "Belfast, UK")(
                "Faisal Qadri",
                0,
                "Would need an Irish employment permit to work in Dublin.",
            ),
        ],
        **also(DUB, description="No visa or permit sponsorship for this role."),
    ),
    C(
        "ILR granted in August vs ILR still pending and needs sponsorship meanwhile",
        "sre",
        [
            who("sre", "Leeds, UK")(
                "Ravi Kuppuswamy",
                2,
                touches=[call(45, "ILR granted in August - no sponsorship needed any more.")],
            ),
            who("sre", "Leeds, UK")(
                "Sunil Krishnan",
                0,
                touches=[
                    call(45, "ILR applied for, decision pending - needs sponsoring till then.")
                ],
            ),
        ],
        **also(LEEDS, description="We can't sponsor visas for this role."),
    ),
    C(
        "a dependant visa with full right to work vs needs sponsorship, no sponsorship",
        "cs",
        [
            who("cs")(
                "Amara Nwosu",
                2,
                touches=[
                    ats(
                        50,
                        "RTW check: dependant visa (husband is Skilled Worker), full right to "
                        "work, no sponsorship needed from us.",
                    )
                ],
            ),
            who("cs")(
                "Ngozi Umeh",
                0,
                touches=[ats(50, "RTW check: needs Skilled Worker sponsorship to switch jobs.")],
            ),
        ],
        **also(MAN, description="Visa sponsorship is not available."),
    ),
    C(
        "Polish: settled status, no sponsor vs a Graduate visa running out, no sponsorship",
        "data_eng",
        [
            who("data_eng", "London, UK")(
                "Michał Zawilski",
                2,
                ("Mam settled status, mogę pracować bez sponsora.", 30),
            ),
            who("data_eng", "London, UK")(
                "Deepika Hosmane",
                0,
                ("Graduate visa runs out in March, I'll need a sponsor after that.", 30),
            ),
        ],
        **also(LON, description="We are not able to sponsor visas."),
    ),
    C(
        "Stamp 4 after two years on a permit vs ten months into a Critical Skills permit",
        "backend",
        [
            who("backend", "Dublin, Ireland")(
                "Karthik Venkatesan",
                2,
                touches=[li(20, "Got Stamp 4 in June after my 2 years on the CSEP, free to move.")],
            ),
            who("backend", "Dublin, Ireland")(
                "Min-jun Park",
                0,
                touches=[
                    li(
                        20,
                        "10 months into my Critical Skills permit - I'd need a new permit "
                        "sponsored to change employer.",
                    )
                ],
            ),
        ],
        **also(DUB, "Stamp 4 or EU/UK citizenship required; no permit sponsorship"),
    ),
    C(
        "needs sponsorship vs nothing said, a role that sponsors Skilled Worker visas",
        "ml",
        [
            who("ml", "London, UK")(
                "Rahul Banerjee",
                2,
                "Needs Skilled Worker sponsorship - only looking at sponsoring employers.",
            ),
            who("ml", "London, UK")("Jessica Fenwick", 1),
        ],
        **also(LON, "Skilled Worker visa sponsorship available"),
    ),
    C(
        "'visa's not an issue, I'm a UK national' vs a Graduate visa ending, no sponsorship",
        "finance",
        [
            who("finance", "Glasgow, UK")("Isla Brodie", 2, "UK national, visa not an issue."),
            who("finance", "Glasgow, UK")(
                "Obinna Chukwu",
                0,
                touches=[wa(25, "my graduate visa ends in feb so i'd need sponsoring")],
            ),
        ],
        **also(GLA, description="Sponsorship is not available for this position."),
    ),
]

CONTRACT = [
    C(
        "perm only vs open to a fixed term, a 12-month FTC",
        "data_eng",
        [
            who("data_eng")("Simon Haslingcote", 0, "Perm only - done with contracts."),
            who("data_eng")("Lucy Armitage", 2, "Open to an FTC if the work is interesting."),
        ],
        **also(MAN, "12-month fixed-term contract", title="Data Engineer (12-month FTC)"),
    ),
    C(
        "contract only, outside IR35 vs wants a perm seat, a permanent role",
        "sre",
        [
            who("sre", "London, UK")(
                "Barnaby Cole",
                0,
                "Contract only, outside IR35, won't go perm.",
            ),
            who("sre", "London, UK")(
                "Chiamaka Obi",
                2,
                "Wants a permanent role after years of contracting.",
            ),
        ],
        **also(LON, "Permanent, full-time"),
    ),
    C(
        "wants three days a week vs full-time only, a 0.6 FTE role",
        "finance",
        [
            who("finance", "Leeds, UK")(
                "Victoria Sowerbridge",
                2,
                touches=[mail(40, "Looking for part time - three days a week ideally.")],
            ),
            who("finance", "Leeds, UK")(
                "Nathan Cawthorne",
                0,
                touches=[mail(40, "Full-time only - can't make part-time pay work.")],
            ),
        ],
        **also(LEEDS, "Part time: three days a week (0.6 FTE)"),
    ),
    C(
        "happy with a mat cover vs perm only, a 13-month maternity cover",
        "cs",
        [
            who("cs", "Dublin, Ireland")(
                "Ailbhe Quigley",
                2,
                touches=[call(35, "Would happily do a mat cover, likes variety.")],
            ),
            who("cs", "Dublin, Ireland")(
                "Shane Kavanagh",
                0,
                touches=[call(35, "Only perm - mortgage application, needs a permanent job.")],
            ),
        ],
        **also(DUB, "13-month maternity cover contract"),
    ),
]

COMMUTE = [
    C(
        "Harrogate train 35 min fine vs Hull, 45 min max, Leeds three days",
        "data_eng",
        [
            who("data_eng", "Harrogate, UK")(
                "Oliver Pickles", 2, "Harrogate to Leeds is 35 min on the train, fine."
            ),
            who("data_eng", "Hull, UK")(
                "Amy Stather", 0, "Max 45 minute commute each way, lives in Hull."
            ),
        ],
        **LEEDS,
    ),
    C(
        "Stockport ten minutes vs Wigan, once a week at most, Manchester two days",
        "backend",
        [
            who("backend", "Stockport, UK")(
                "Samir Haddou",
                2,
                touches=[call(30, "Stockport to Piccadilly is 10 mins on the train.")],
            ),
            who("backend", "Wigan, UK")(
                "Leanne Gaskell",
                0,
                touches=[
                    call(30, "Wigan - 90 mins each way, once a week into Manchester at most.")
                ],
            ),
        ],
        **MAN,
    ),
    C(
        "Drogheda, two days is the most vs Naas, won't come into Dublin at all",
        "cs",
        [
            who("cs", "Drogheda, Ireland")(
                "Pádraig Carolan", 2, "M1 into Ringsend is 90 mins, two days a week is my max."
            ),
            who("cs", "Naas, Ireland")(
                "Louise Gorman", 0, "Won't commute into Dublin city at all anymore."
            ),
        ],
        **DUB,
    ),
    C(
        "Lisburn train 20 min vs Derry, two hours each way, remote only",
        "frontend",
        [
            who("frontend", "Lisburn, UK")(
                "Jonathan Irwin", 2, touches=[wa(20, "lisburn train is 20 mins, easy")]
            ),
            who("frontend", "Derry, UK")(
                "Bronagh McElhatton",
                0,
                touches=[wa(20, "derry to belfast is 2hrs each way, remote only for me")],
            ),
        ],
        **BEL,
    ),
    C(
        "crosses the Erskine Bridge happily vs Edinburgh, the M8 once a month at most",
        "sre",
        [
            who("sre", "Clydebank, UK")(
                "Gregor Munro", 2, "Over the Erskine Bridge every day, no bother."
            ),
            who("sre", "Edinburgh, UK")(
                "Rhona Sinclair", 0, "Won't do the M8 into Glasgow more than once a month."
            ),
        ],
        **GLA,
    ),
    C(
        "Elizabeth line 40 min happy vs Brighton, one day a fortnight, London two days",
        "ml",
        [
            who("ml", "Romford, UK")(
                "Ashok Patel",
                2,
                touches=[mail(25, "Elizabeth line from Romford is 40 mins, happy with that.")],
            ),
            who("ml", "Brighton, UK")(
                "Phoebe Wendlebury",
                0,
                touches=[mail(25, "Thameslink from Brighton - one office day a fortnight max.")],
            ),
        ],
        **LON,
    ),
    C(
        "under 30 minutes from Salford Quays vs under 30 minutes from Preston",
        "finance",
        [
            who("finance", "Salford, UK")(
                "Rebecca Yates", 2, "Commute must be under 30 mins - tram from Salford Quays is 20."
            ),
            who("finance", "Preston, UK")(
                "Hollie Marsden", 0, "Commute must be under 30 mins; she's in Preston."
            ),
        ],
        **MAN,
    ),
    C(
        "the commute wasn't the problem, the five days were vs the commute was the problem",
        "backend",
        [
            who("backend", "Bolton, UK")(
                "Zain Akhtar",
                2,
                apps=[
                    withdrew(
                        200,
                        "remote_policy",
                        "The drive from Bolton wasn't the problem, five days in was.",
                        past=PAST_MAN_ON,
                    )
                ],
            ),
            who("backend", "Bolton, UK")(
                "Dean Fairclough",
                0,
                apps=[
                    withdrew(
                        200,
                        "location",
                        "The drive from Bolton was the problem - even twice a week is too much.",
                        past=PAST_MAN_ON,
                    )
                ],
            ),
        ],
        **MAN,
    ),
    C(
        "hates commuting vs nothing said, a fully remote role",
        "cs",
        [
            who("cs", "Kendal, UK")(
                "Melissa Tattersall", 2, "Three hours a day commuting - never again."
            ),
            who("cs", "Kendal, UK")("Joel Birchall", 1),
        ],
        **UK_REMOTE,
    ),
    C(
        "York train 25 min vs the Skipton line, one day max, Leeds three days",
        "finance",
        [
            who("finance", "York, UK")(
                "Charlotte Moxon",
                2,
                touches=[call(40, "No car, York-Leeds is 25 mins, 3 days fine.")],
            ),
            who("finance", "Skipton, UK")(
                "Robert Cragg",
                0,
                touches=[call(40, "Skipton line too unreliable - one day in max.")],
            ),
        ],
        **LEEDS,
    ),
]

# --- 4. pay against the band -----------------------------------------------------------------

PAY = [
    C(
        "wants £60k vs floor of £75k, a £55-65k band",
        "backend",
        [
            who("backend")("Patrick Rawlinson", 2, "Looking for around £60k."),
            who("backend")("Vikram Pendharkar", 0, "Won't look at anything under £75k base."),
        ],
        **MAN,
        **gbp(55_000, 65_000),
    ),
    C(
        "on £68k, would move for £65k remote vs won't take a cut from £82k",
        "data_eng",
        [
            who("data_eng", "Leeds, UK")(
                "Lydia Fawcett", 2, "On £68k now, would take £65k+ for a fully remote job."
            ),
            who("data_eng", "Leeds, UK")("Graham Whiteley", 0, "On £82k, won't take a pay cut."),
        ],
        **UK_REMOTE,
        **gbp(60_000, 70_000),
    ),
    C(
        "£480 a day fine vs £700 a day minimum, a £500-550 day-rate contract",
        "sre",
        [
            who("sre", "London, UK")(
                "Felix Armstrong", 2, touches=[call(20, "Rate: 480/day would do it.")]
            ),
            who("sre", "London, UK")(
                "Yusuf Ibrahim", 0, touches=[call(20, "Rate: £700/day minimum, not negotiable.")]
            ),
        ],
        **also(LON, "6-month contract, £500-550 a day"),
        title="Senior SRE (6-month contract)",
    ),
    C(
        "looking for €85k vs €110k minimum, a €80-95k Dublin band",
        "backend",
        [
            who("backend", "Dublin, Ireland")(
                "Cian Fahy", 2, touches=[li(30, "Looking for about €85k base.")]
            ),
            who("backend", "Dublin, Ireland")(
                "Nuala Geraghty", 0, touches=[li(30, "€110k is my floor, sorry.")]
            ),
        ],
        **DUB,
        **eur(80_000, 95_000),
    ),
    C(
        "£20 an hour vs £30 an hour minimum, a £38-42k CS band",
        "cs",
        [
            who("cs")("Jade Butterworth", 2, "Currently £19/hr, would want £20/hr or so."),
            who("cs")("Kayleigh Platt", 0, "Wouldn't move for less than £30 an hour."),
        ],
        **MAN,
        **gbp(38_000, 42_000),
    ),
    C(
        "£5k a month gross vs £7.5k a month, a £55-65k band",
        "finance",
        [
            who("finance", "Glasgow, UK")(
                "Andrew Cowan", 2, touches=[mail(25, "Looking for around £5k a month gross.")]
            ),
            who("finance", "Glasgow, UK")(
                "Fiona Lindsay", 0, touches=[mail(25, "I'd need at least £7.5k a month gross.")]
            ),
        ],
        **GLA,
        **gbp(55_000, 65_000),
    ),
    C(
        "base £55k, OTE about £100k vs base must be £80k, a £50-60k base role",
        "sales",
        [
            who("sales", "London, UK")("Thomas Ridley", 2, "Base around £55k, OTE about 100."),
            who("sales", "London, UK")(
                "Georgina Pratt", 0, "Base must be £80k+, OTE is irrelevant."
            ),
        ],
        **also(LON, "OTE £100k, uncapped commission"),
        **gbp(50_000, 60_000),
    ),
    C(
        "on £90k but would take £70k for a four-day week vs not moving for under £90k",
        "ml",
        [
            who("ml")("Elliot Barraclough", 2, "On £90k, would take £70k for a 4-day week."),
            who("ml")("Ruth Kenworthy", 0, "Not moving for less than my current £90k."),
        ],
        **also(MAN, "Four-day week"),
        **gbp(65_000, 75_000),
    ),
]

# --- 5. work mode: title only, description only, office days, negation ------------------------

WORK_MODE = [
    C(
        "remote-only vs wants an office, remote said only in the title",
        "data_eng",
        [
            who("data_eng", "Carlisle, UK")("Hugh Pemberton", 2, "Hugh: Fully remote only."),
            who("data_eng", "Carlisle, UK")(
                "Sadie Heaton", 0, "Wants to be in an office with the team every day."
            ),
        ],
        title="Senior Data Engineer (Remote, UK)",
        location="United Kingdom",
    ),
    C(
        "remote-only vs five days in, remote said only in the description",
        "frontend",
        [
            who("frontend", "Inverness, UK")(
                "Alasdair Ross", 2, touches=[li(30, "remote only please")]
            ),
            who("frontend", "Inverness, UK")(
                "Eilidh Grant", 0, touches=[li(30, "I want to be in an office five days a week")]
            ),
        ],
        location="United Kingdom",
        description=(
            "Own the customer web app. This is a fully remote role; "
            "we meet up in Leeds once a quarter."
        ),
    ),
    C(
        "max two office days vs up to three fine, a three-day hybrid",
        "backend",
        [
            who("backend", "Leeds, UK")(
                "Freya Cartwright", 0, "Freya: Two days in the office max."
            ),
            who("backend", "Leeds, UK")("Martin Wainwright", 2, "Up to three office days is fine."),
        ],
        **LEEDS,
    ),
    C(
        "never remote again vs wants remote, a remote role",
        "finance",
        [
            who("finance")(
                "Sophie Dearden", 0, "Never going fully remote again, it was isolating."
            ),
            who("finance")("Adil Rashid", 2, "Wants a fully remote finance role."),
        ],
        **UK_REMOTE,
    ),
    C(
        "wants the office every day vs hybrid at most, a five-day on-site role",
        "sales",
        [
            who("sales")(
                "Connor Lythgoe", 2, "Prefers being in the office every day, feeds off the floor."
            ),
            who("sales")("Nadia Malik", 0, "Hybrid at most - two days in, no more."),
        ],
        **MAN_ON,
    ),
    C(
        "no office at all vs two days fine, hybrid said only in the description",
        "backend",
        [
            who("backend", "Glasgow, UK")("Callum Strathgowrie", 0, "No office days at all."),
            who("backend", "Glasgow, UK")("Lorna Hastie", 2, "Lorna: Two office days is fine."),
        ],
        location="Glasgow, UK",
        description=(
            "Build the services behind our ordering platform. "
            "Hybrid: two days a week in our Glasgow office."
        ),
    ),
]

# negation and its scope (class 5): cases moved whole out of WORK_MODE, unchanged, so the
# set checks find them under their own class.
NEGATIONS = [
    C(
        "'not looking for fully remote' vs remote only, a hybrid role",
        "cs",
        [
            who("cs")(
                "Amelia Pilkington",
                2,
                "Not looking for fully remote - gets lonely, wants some office days.",
            ),
            who("cs")("Ryan Heywood", 0, "Ryan: Remote only."),
        ],
        **MAN,
    ),
    C(
        "'I don't mind the office, it's the five days' vs no office at all, two-day hybrid",
        "sre",
        [
            who("sre", "London, UK")(
                "Benedict Okafor",
                2,
                touches=[
                    call(20, "Doesn't mind the office - it's the five days a week he won't do.")
                ],
            ),
            who("sre", "London, UK")(
                "Tessa Holloway", 0, touches=[call(20, "Won't go into an office at all.")]
            ),
        ],
        **LON,
    ),
]

# --- 6. location, level, stage and size, industry and mission, technology --------------------

LOCATION = [
    C(
        "moving home to Dublin in January vs won't leave London, a Dublin role",
        "backend",
        [
            who("backend", "London, UK")(
                "Eimear Flanagan", 2, "Relocating home to Dublin in January."
            ),
            who("backend", "London, UK")("Rory Clements", 0, "Won't relocate from London."),
        ],
        **DUB,
    ),
    C(
        "open to moving to Belfast vs settled in Glasgow, a Belfast role",
        "data_eng",
        [
            who("data_eng", "Glasgow, UK")(
                "Ross McInnes",
                2,
                touches=[call(30, "Wife's from Belfast, they'd happily move over.")],
            ),
            who("data_eng", "Glasgow, UK")(
                "Kenneth Baillie",
                0,
                touches=[call(30, "Settled in Glasgow, kids in school, not moving.")],
            ),
        ],
        **BEL,
    ),
    C(
        "would relocate to Leeds vs not relocating, a Leeds role",
        "finance",
        [
            who("finance", "Bristol, UK")(
                "Poppy Hargreaves", 2, "Would relocate north for the right role - Leeds ideal."
            ),
            who("finance", "Bristol, UK")("Jacob Tremlett", 0, "Not relocating, full stop."),
        ],
        **LEEDS,
    ),
]

LEVEL = [
    C(
        "wants to manage vs IC only, a manager role",
        "manager",
        [
            who("manager")("Mohammed Rafiqzai", 2, "Ready to manage a team properly."),
            who("manager")("Stuart Kershaw", 0, "Wants to stay IC, no line management."),
        ],
        **MAN,
    ),
    C(
        "done with management vs won't go back to IC, a hands-on role",
        "backend",
        [
            who("backend", "Leeds, UK")(
                "Carys Llewellyn", 2, "Done with managing, wants to code again."
            ),
            who("backend", "Leeds, UK")("Duncan Firth", 0, "Won't go back to an IC role."),
        ],
        **LEEDS,
    ),
    C(
        "not opposed to line managing vs no people management, a manager role",
        "manager",
        [
            who("manager", "Dublin, Ireland")(
                "Sorcha Drumcollogher",
                2,
                touches=[coffee(20, "Not opposed to line managing - wants it, actually.")],
            ),
            who("manager", "Dublin, Ireland")(
                "Brian Hegarty", 0, touches=[coffee(20, "No people management, he was clear.")]
            ),
        ],
        **DUB,
    ),
]

STAGE_SIZE = [
    C(
        "wants a mid-size scale-up vs startups under 50 only, a 600-person company",
        "frontend",
        [
            who("frontend")("Zoe Brearley", 2, "Wants a scale-up, not a 10,000-person corporate."),
            who("frontend")("Arlo Fenton", 0, "Startups under 50 people only."),
        ],
        **also(MAN, "600 people, profitable, growing"),
    ),
    C(
        "after two failed startups wants stability vs nothing said, a profitable company",
        "backend",
        [
            who("backend", "London, UK")(
                "Naomi Kessler", 2, "Two startups folded under her - wants stable and profitable."
            ),
            who("backend", "London, UK")("Elijah Nwachukwu", 1),
        ],
        **also(LON, "Profitable for eight years, 700 staff"),
    ),
    C(
        "only FTSE 100 corporates vs a mid-size lover, a 500-person company",
        "finance",
        [
            who("finance", "Leeds, UK")("Oscar Fielding", 0, "Only big corporates - FTSE 100."),
            who("finance", "Leeds, UK")(
                "Harriet Beaumont", 2, "Likes mid-size firms where finance has a voice."
            ),
        ],
        **also(LEEDS, "500-person company"),
    ),
]

MISSION = [
    C(
        "no gambling vs nothing said, a sports betting company",
        "backend",
        [
            who("backend")("Matthew Bramleycroft", 0, "Hard no on gambling companies."),
            who("backend")("Kamil Nowicki", 2, "Wants high-traffic systems."),
        ],
        **also(MAN, "Our sportsbook handles 2M bets on a Saturday"),
    ),
    C(
        "wants to work in health vs nothing said, an NHS-facing health-tech role",
        "data_eng",
        [
            who("data_eng", "Leeds, UK")("Florence Akinola", 2, "Wants her work to help the NHS."),
            who("data_eng", "Leeds, UK")("Lewis Dransfield", 1),
        ],
        **also(LEEDS, "Our software runs GP appointment booking for the NHS"),
    ),
    C(
        "won't do defence vs wants hard problems, a defence contractor",
        "sre",
        [
            who("sre", "Glasgow, UK")(
                "Iain Ferguson",
                0,
                touches=[call(40, "Won't work for anything defence or weapons.")],
            ),
            who("sre", "Glasgow, UK")(
                "Hazel Rennie", 2, touches=[call(40, "Wants hard infra problems.")]
            ),
        ],
        **also(GLA, "We build systems for the Ministry of Defence"),
    ),
    C(
        "no crypto but regulated fintech fine vs no fintech at all, a regulated payments firm",
        "backend",
        [
            who("backend", "London, UK")(
                "Gideon Hollinthwaite", 2, "No crypto - but regulated fintech is fine."
            ),
            who("backend", "London, UK")("Priscilla Ansah", 0, "No fintech at all."),
        ],
        **also(LON, "FCA-regulated payments company"),
    ),
    C(
        "wants climate work vs nothing said, a renewables company",
        "ml",
        [
            who("ml", "Glasgow, UK")("Mhairi Campbell", 2, "Wants to work on climate."),
            who("ml", "Glasgow, UK")("Stewart Gillies", 1),
        ],
        **also(GLA, "We forecast output for offshore wind farms"),
    ),
    C(
        "won't work for alcohol brands vs nothing said, a brewery group",
        "finance",
        [
            who("finance")(
                "Aisha Rahman", 0, touches=[mail(30, "I won't work for alcohol or tobacco brands.")]
            ),
            who("finance")("Jonah Bradshaw", 2, touches=[mail(30, "Open to most sectors.")]),
        ],
        **also(MAN, "Finance team of a craft brewery and pub group"),
    ),
    C(
        "wants education vs nothing said, an edtech company",
        "frontend",
        [
            who("frontend", "Belfast, UK")(
                "Mairead Connolly", 2, "Ex-teacher, wants to build for schools."
            ),
            who("frontend", "Belfast, UK")("Adam McKee", 1),
        ],
        **also(BEL, "Our platform is used by 4,000 schools"),
    ),
    C(
        "never adtech again vs nothing said, an adtech company",
        "data_eng",
        [
            who("data_eng", "London, UK")(
                "Theo Castellanos", 0, touches=[li(30, "never again adtech. burnt out on it")]
            ),
            who("data_eng", "London, UK")("Lily Chamberlain", 2),
        ],
        **also(LON, "Programmatic advertising platform"),
    ),
    C(
        "Portuguese: no betting firms vs Portuguese: open to any sector, a betting firm",
        "backend",
        [
            who("backend", "Dublin, Ireland")(
                "João Esteves", 0, "Não trabalho para empresas de apostas."
            ),
            who("backend", "Dublin, Ireland")("Diogo Pinheiro", 2, "Aberto a qualquer setor."),
        ],
        **also(DUB, "Online betting exchange"),
    ),
    C(
        "no oil and gas vs nothing said, an offshore oil services firm",
        "sre",
        [
            who("sre", "Glasgow, UK")("Calum Urquhart", 0, "Won't work in oil and gas."),
            who("sre", "Glasgow, UK")("Marion Tait", 2),
        ],
        **also(GLA, "Platform for North Sea oil and gas operators"),
    ),
]

TECH = [
    C(
        "wants to move off Java to Python vs Java only, a Python role",
        "backend",
        [
            who("backend")("Luke Ormerod", 2, "Wants to move from Java to Python."),
            who("backend")("Stephanie Blythe", 0, "Java only - won't switch stacks."),
        ],
        **MAN,
    ),
    C(
        "no more Azure vs fine with Azure, an Azure shop",
        "sre",
        [
            who("sre", "Leeds, UK")("Omar Siddique", 0, "Never Azure again."),
            who("sre", "Leeds, UK")("Rosie Dyson", 2, "Any cloud is fine."),
        ],
        **also(LEEDS, "Our platform runs on Azure"),
    ),
    C(
        "keen to get into dbt vs nothing said, a dbt role",
        "data_eng",
        [
            who("data_eng", "Dublin, Ireland")("Niall Coughlan", 2, "Keen to work with dbt."),
            who("data_eng", "Dublin, Ireland")("Gemma Rooney", 1),
        ],
        **DUB,
    ),
]

# --- 7. last time's reason, the history with us, the latest process ---------------------------

LAST_TIME = [
    C(
        "declined three days in Leeds; this role is remote",
        "data_eng",
        [
            who("data_eng", "York, UK")(
                "Ellen Shackleton",
                2,
                apps=[
                    declined(
                        220,
                        "remote_policy",
                        "Couldn't commit to 3 days at Wellington Place.",
                        past=PAST_LEEDS3,
                        role="Data Engineer",
                    )
                ],
            ),
            who("data_eng", "York, UK")("Connor Ibbotson", 1),
        ],
        **UK_REMOTE,
    ),
    C(
        "declined three days in Leeds; this role is three days in Leeds again",
        "data_eng",
        [
            who("data_eng", "York, UK")(
                "Maisie Thorpe",
                0,
                apps=[
                    declined(
                        220,
                        "remote_policy",
                        "Couldn't commit to 3 days at Wellington Place.",
                        past=PAST_LEEDS3,
                        role="Data Engineer",
                    )
                ],
            ),
            who("data_eng", "York, UK")("Henry Oates", 2),
        ],
        **LEEDS,
    ),
    C(
        "declined over pay (asked £80k, cap £70k); the new band goes to £88k",
        "backend",
        [
            who("backend", "Leeds, UK")(
                "Samuel Brook",
                2,
                apps=[
                    declined(
                        180, "compensation", "Wanted £80k, band capped at £70k.", past=PAST_LEEDS3
                    )
                ],
            ),
            who("backend", "Leeds, UK")("Anya Petrenko", 1),
        ],
        **LEEDS,
        **gbp(78_000, 88_000),
    ),
    C(
        "declined over pay (asked £80k, cap £70k); the band is still £60-70k",
        "backend",
        [
            who("backend", "Leeds, UK")(
                "Isaac Murgatroyd",
                0,
                apps=[
                    declined(
                        180, "compensation", "Wanted £80k, band capped at £70k.", past=PAST_LEEDS3
                    )
                ],
            ),
            who("backend", "Leeds, UK")("Grace Halstead", 2),
        ],
        **LEEDS,
        **gbp(60_000, 70_000),
    ),
    C(
        "we couldn't sponsor last time; this role sponsors",
        "ml",
        [
            who("ml", "London, UK")(
                "Aditya Kollengode",
                2,
                apps=[
                    lost(
                        250,
                        "Strong, but we couldn't sponsor a Skilled Worker visa then.",
                        role="ML Engineer",
                    )
                ],
            ),
            who("ml", "London, UK")("Fraser Doyle", 1),
        ],
        **also(LON, "Skilled Worker visa sponsorship available"),
    ),
    C(
        "we couldn't sponsor last time; this role still can't",
        "ml",
        [
            who("ml", "London, UK")(
                "Sanjay Reddy",
                0,
                apps=[
                    withdrew(
                        250,
                        "other",
                        "Needs sponsorship - we couldn't offer it.",
                        role="ML Engineer",
                    )
                ],
            ),
            who("ml", "London, UK")("Alice Fothergill", 2),
        ],
        **also(LON, description="No visa sponsorship for this role."),
    ),
    C(
        "withdrew because the role was managerial; this role is hands-on",
        "backend",
        [
            who("backend")(
                "Tomasz Wierzbięta",
                2,
                apps=[
                    withdrew(
                        160,
                        "other",
                        "Pulled out - role was mostly people management, he wants to code.",
                        role="Engineering Lead",
                    )
                ],
            ),
            who("backend")("Hollie Greaves", 1),
        ],
        **MAN,
    ),
    C(
        "withdrew over 40% travel; this role has none",
        "cs",
        [
            who("cs", "Belfast, UK")(
                "Ciara McAleer",
                2,
                apps=[
                    withdrew(
                        140,
                        "other",
                        "40% travel to GB clients was too much with a toddler.",
                        role="CSM",
                    )
                ],
            ),
            who("cs", "Belfast, UK")("Peter Stewart", 1),
        ],
        **also(BEL, "No travel"),
    ),
    C(
        "withdrew over 40% travel; this role is heavy travel again",
        "cs",
        [
            who("cs", "Belfast, UK")(
                "Orlaith Cromaghy",
                0,
                apps=[
                    withdrew(
                        140,
                        "other",
                        "40% travel to GB clients was too much with a toddler.",
                        role="CSM",
                    )
                ],
            ),
            who("cs", "Belfast, UK")("Mark Kennedy", 2),
        ],
        **also(BEL, "Around 40% travel to clients in GB"),
    ),
    C(
        "declined over the on-call rota; this role has no on-call",
        "sre",
        [
            who("sre", "Glasgow, UK")(
                "Ewan Paterson",
                2,
                apps=[
                    declined(
                        200, "other", "Turned offer down over the 24/7 on-call rota.", role="SRE"
                    )
                ],
            ),
            who("sre", "Glasgow, UK")("Jennifer Moffat", 1),
        ],
        **also(GLA, "No on-call: incidents covered by a follow-the-sun team"),
    ),
]

HISTORY = [
    C(
        "no-show at two final interviews vs nothing on record",
        "frontend",
        [
            who("frontend", "London, UK")(
                "Reece Hollins",
                0,
                apps=[
                    app(
                        300,
                        "final",
                        "rejected",
                        "no_show",
                        "No-show at final, 2nd time. HM: don't re-engage.",
                        role="Frontend Engineer",
                    )
                ],
            ),
            who("frontend", "London, UK")("Maya Gillespie", 2),
        ],
        **LON,
    ),
    C(
        "rude to reception, the HM says never vs a good final round",
        "sales",
        [
            who("sales")(
                "Tristan Bellamy",
                0,
                apps=[
                    app(
                        150,
                        "onsite",
                        "rejected",
                        "conduct",
                        "Rude to our receptionist and the panel. HM: never again.",
                        role="Account Executive",
                    )
                ],
            ),
            who("sales")(
                "Esther Aldred",
                2,
                apps=[lost(150, "Great final, close second.", role="Account Executive")],
            ),
        ],
        **MAN,
    ),
    C(
        "a close second at the final vs rejected at screen",
        "finance",
        [
            who("finance", "Dublin, Ireland")(
                "Aoibheann Walsh",
                2,
                apps=[
                    lost(
                        120,
                        "Scorecard: strong yes from 3 of 4. Lost by a whisker.",
                        role="Financial Analyst",
                    )
                ],
            ),
            who("finance", "Dublin, Ireland")(
                "Seán Whelan",
                1,
                apps=[
                    app(
                        120,
                        "screen",
                        "rejected",
                        "skills_gap",
                        "No NetSuite at the time.",
                        role="Financial Analyst",
                    )
                ],
            ),
        ],
        **DUB,
    ),
]

PROCESS = [
    C(
        "the latest process was a close final; an older one rejected at screen",
        "data_eng",
        [
            who("data_eng")(
                "Rhiannon Price",
                2,
                apps=[
                    app(
                        900, "screen", "rejected", "skills_gap", "No Airflow.", role="Data Engineer"
                    ),
                    lost(60, "Lost to internal cand at final.", role="Data Engineer"),
                ],
            ),
            who("data_eng")(
                "Nathaniel Broome",
                1,
                apps=[
                    lost(900, "Final, close second.", role="Data Engineer"),
                    app(
                        60,
                        "screen",
                        "rejected",
                        "skills_gap",
                        "Screen: SQL weak this time.",
                        role="Data Engineer",
                    ),
                ],
            ),
        ],
        **MAN,
    ),
    C(
        "the latest process: hired elsewhere after an offer vs still on the market",
        "cs",
        [
            who("cs", "Leeds, UK")(
                "Victoria Ndlovu",
                1,
                apps=[
                    lost(400, role="CSM"),
                    declined(
                        30,
                        "counteroffer",
                        "Took a counter-offer from current employer last month.",
                        role="CSM",
                    ),
                ],
            ),
            who("cs", "Leeds, UK")("Francesca Hume", 2, apps=[lost(400, role="CSM")]),
        ],
        **LEEDS,
    ),
]

# --- 8. several notes over time where the latest word counts ---------------------------------

LATEST_WORD = [
    C(
        "remote only, then two days in Manchester fine vs hybrid fine, then remote only",
        "backend",
        [
            who("backend")(
                "Imran Sabzkhani",
                2,
                ("Imran: Remote only.", 300),
                ("Kids in school now - two days in Manchester is fine.", 30),
            ),
            who("backend")(
                "Holly Shepherd",
                0,
                ("Holly: Hybrid is fine.", 300),
                ("Moved to Cumbria - remote only now.", 20),
            ),
        ],
        **MAN,
    ),
    C(
        "'stop emailing me' taken back vs 'keep me posted' hardened into an erasure",
        "data_eng",
        [
            who("data_eng", "Leeds, UK")(
                "Jake Haworth",
                2,
                touches=[
                    mail(200, "Stop emailing me please. - Jake"),
                    li(
                        40,
                        "Sorry for being short earlier in the year - "
                        "I'm actually looking now, do send roles.",
                    ),
                ],
            ),
            who("data_eng", "Leeds, UK")(
                "Paula Earnshaw",
                0,
                touches=[
                    mail(200, "Keep me posted! - Paula"),
                    mail(30, "Please delete my details and don't contact me again. - Paula"),
                ],
                excluded=True,
            ),
        ],
        **LEEDS,
    ),
    C(
        "asked £90k then lowered to £70k vs asked £70k then raised to £90k",
        "backend",
        [
            who("backend", "London, UK")(
                "Neil Crossley", 2, ("Wants £90k.", 250), ("Would take £70k now, wants out.", 20)
            ),
            who("backend", "London, UK")(
                "Kate Lambourne",
                0,
                ("Looking for £70k.", 250),
                ("Got a raise - £90k minimum now.", 20),
            ),
        ],
        **LON,
        **gbp(65_000, 75_000),
    ),
    C(
        "wanted to manage, now IC vs IC, now wants to manage, a manager role",
        "manager",
        [
            who("manager", "Glasgow, UK")(
                "Alan Kirkwood",
                0,
                touches=[
                    call(300, "Keen to step into management."),
                    call(25, "Changed his mind - wants to stay hands-on, no reports."),
                ],
            ),
            who("manager", "Glasgow, UK")(
                "Heather Logan",
                2,
                touches=[call(300, "IC for now."), call(25, "Heather: Ready to lead a team now.")],
            ),
        ],
        **GLA,
    ),
    C(
        "travel no, then yes, then no again vs no, then yes, a travel role",
        "sales",
        [
            who("sales", "Dublin, Ireland")(
                "Gerard Moran",
                0,
                ("Gerard: No travel.", 400),
                ("Kids older - travel fine now.", 200),
                ("Dad unwell, no travel again.", 15),
            ),
            who("sales", "Dublin, Ireland")(
                "Una Corcoran",
                2,
                ("Una: No travel.", 400),
                ("Travel fine now, happy on the road.", 30),
            ),
        ],
        **also(DUB, "On the road across Ireland two days a week"),
    ),
    C(
        "won't move to Dublin, then moving in spring vs moving, then staying put",
        "frontend",
        [
            who("frontend", "Manchester, UK")(
                "Róisín Keane",
                2,
                touches=[
                    mail(300, "Not moving to Dublin."),
                    wa(20, "partner got a job in dublin, we're moving in spring!"),
                ],
            ),
            who("frontend", "Manchester, UK")(
                "Adrian Lowe",
                0,
                touches=[
                    mail(300, "Moving to Dublin next year."),
                    wa(20, "dublin move is off, staying in manchester"),
                ],
            ),
        ],
        **DUB,
    ),
    C(
        "needed sponsorship, then ILR vs had a partner visa, now needs sponsorship",
        "data_eng",
        [
            who("data_eng", "London, UK")(
                "Sandeep Ghosh",
                2,
                ("Sandeep: Needs sponsorship.", 400),
                ("Got ILR last month, no sponsor needed.", 30),
            ),
            who("data_eng", "London, UK")(
                "Lina Haddad",
                0,
                ("Right to work via partner's visa.", 400),
                ("Separated - now needs sponsorship.", 30),
            ),
        ],
        **also(LON, description="No visa sponsorship available."),
    ),
    C(
        "no gambling, then fine with betting data vs fine, then no gambling",
        "data_eng",
        [
            who("data_eng")(
                "Craig Hindle",
                2,
                touches=[
                    coffee(300, "Craig: No gambling firms."),
                    coffee(25, "Fine with betting firms now, it's just data."),
                ],
            ),
            who("data_eng")(
                "Bethan Roberts",
                0,
                touches=[
                    coffee(300, "Open to any sector."),
                    coffee(25, "Won't work in gambling - brother's addiction."),
                ],
            ),
        ],
        **also(MAN, "Our sportsbook data platform"),
    ),
    C(
        "a wait called off early vs 'whenever' turned into 'after my bonus in March'",
        "finance",
        [
            who("finance", "Belfast, UK")(
                "Grace Maguire",
                2,
                touches=[
                    mail(40, "Not till spring."),
                    mail(10, "Project cancelled, free to talk now."),
                ],
            ),
            who("finance", "Belfast, UK")(
                "Peter Mulgrew",
                1,
                touches=[
                    mail(200, "Whenever suits. - Peter"),
                    mail(15, "Actually after my bonus in March."),
                ],
            ),
        ],
        **BEL,
    ),
    C(
        "lived in Leeds, moved to Newcastle vs lived in Newcastle, moved to Leeds",
        "cs",
        [
            who("cs", "Newcastle upon Tyne, UK")(
                "Ian Swales",
                0,
                ("Lives in Leeds.", 300),
                ("Moved to Newcastle - 3 days in Leeds is too far now.", 20),
            ),
            who("cs", "Leeds, UK")(
                "Rachel Dodd",
                2,
                ("Lives in Newcastle.", 300),
                ("Moved to Leeds, 10 min walk to Wellington Place.", 20),
            ),
        ],
        **LEEDS,
    ),
    C(
        "remote, then hybrid fine, then remote only again vs the reverse",
        "sre",
        [
            who("sre", "London, UK")(
                "Gavin Pryce",
                0,
                ("Gavin: Remote only.", 400),
                ("Hybrid OK.", 200),
                ("Remote only again.", 20),
            ),
            who("sre", "London, UK")(
                "Nia Howells",
                2,
                ("Hybrid OK.", 400),
                ("Nia: Remote only.", 200),
                ("Two days in London fine again.", 20),
            ),
        ],
        **LON,
    ),
]

HELDOUT66_CASES: list[Case] = [
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
# the locations are its LOCATION; last time's reason, resolved or still standing, is the file's
# LAST_TIME list, and the history with us its HISTORY.
LOCATIONS = LOCATION
RESOLVED, LAST_TIME = LAST_TIME, HISTORY
