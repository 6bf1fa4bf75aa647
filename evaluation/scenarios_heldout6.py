"""Held-out rediscovery cases, sixth set: recruiters' own words, written by a sixth stranger to
the reader (its code, its labelled sets and the earlier case files' sentences were not looked
at; the earlier files were opened for their format only).

DOCSTRING-CLASSES

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch


def silver(when, note=None, *, role="Backend Engineer", **kw) -> dict:
    """Lost a final round to one other person: a silver medalist."""
    return app(when, "final", "rejected", "other_candidate", note, rating=4.3, role=role, **kw)


def replied(when, note, channel="email") -> dict:
    """What they wrote back, pasted into the ATS."""
    return touch(when, "inbound", "replied", note=note, channel=channel)


def texted(when, note) -> dict:
    """A text or WhatsApp message, pasted in."""
    return touch(when, "inbound", "replied", note=note, channel="other")


def call(when, note) -> dict:
    """The recruiter's own note after a phone call, usually in the third person."""
    return touch(when, "outbound", "replied", "note", note=note, channel="phone")


def ats(when, note) -> dict:
    """A line typed straight into the ATS, no contact behind it."""
    return touch(when, "outbound", None, "note", note=note, channel="other")


AMSTERDAM_HYBRID = dict(
    remote_policy="hybrid",
    location="Amsterdam, Netherlands",
    offers=["Two office days a week at our Amsterdam Zuidas office"],
)
BENGALURU_HYBRID = dict(
    remote_policy="hybrid",
    location="Bengaluru, India",
    offers=["Hybrid: two days a week at our Koramangala office"],
)
REMOTE_APAC = dict(
    remote_policy="remote", location="Remote (APAC)", offers=["Fully remote across APAC"]
)
REMOTE_UK = dict(
    remote_policy="remote", location="Remote (UK)", offers=["Remote anywhere in the UK"]
)
STOCKHOLM_HYBRID = dict(
    remote_policy="hybrid",
    location="Stockholm, Sweden",
    offers=["Hybrid, office at Hötorget two days a week"],
)
MANILA_HYBRID = dict(
    remote_policy="hybrid",
    location="Taguig (BGC), Philippines",
    offers=["Hybrid, HMO from day one"],
)

# --- 1. opt-outs, each beside a near-miss that is no opt-out -------------------------------
OPT_OUTS = [
    C(
        "dutch AVG line in the ATS is an opt-out; 'no calls during work hours' is not",
        "backend",
        [
            P(
                "Femke Terpstra",
                "backend",
                0,
                touches=[
                    ats(
                        60,
                        "AVG-verzoek ontvangen 12/9: kandidaat wil niet meer door ons benaderd "
                        "worden. NIET BENADEREN, gegevens blijven staan tot juridisch akkoord.",
                    )
                ],
                excluded=True,
            ),
            P(
                "Joost van Leeuwen",
                "backend",
                1,
                touches=[ats(58, "wil niet gebeld worden onder werktijd — mailen mag altijd")],
            ),
        ],
        **AMSTERDAM_HYBRID,
    ),
    C(
        "indian 'kindly do not contact me further' email is an opt-out; 'kindly do not call "
        "in office hours' is not",
        "data_eng",
        [
            P(
                "Harshvardhan Kulkarni",
                "data_eng",
                0,
                touches=[
                    replied(
                        90,
                        "Dear Ma'am, kindly do not contact me further for any opening. Request you "
                        "to delete my profile and number from your database. Regards, Harsh",
                    )
                ],
                excluded=True,
            ),
            P(
                "Sowmya Iyer",
                "data_eng",
                1,
                touches=[
                    replied(
                        88,
                        "Dear Sir, kindly do not call me between 10 am and 6 pm as I'm in office. "
                        "WhatsApp or mail is fine. Thanks & regards, Sowmya",
                    )
                ],
            ),
        ],
        **BENGALURU_HYBRID,
    ),
    C(
        "aussie 'take me off ur list, not ever' text is an opt-out; 'not this one, keep me on' "
        "is not",
        "sre",
        [
            P(
                "Brodie McAllister",
                "sre",
                0,
                touches=[
                    texted(
                        30,
                        "mate can u take me off ur list. not interested, not now not ever. cheers",
                    )
                ],
                excluded=True,
            ),
            P(
                "Kayla Tran",
                "sre",
                1,
                touches=[
                    texted(29, "not this one mate, too far out west for me. keep me on ur list tho")
                ],
            ),
        ],
        remote_policy="remote",
        location="Remote (Australia)",
    ),
    C(
        "swedish call note 'stop contacting her altogether' is an opt-out; 'email, not "
        "LinkedIn' is not",
        "frontend",
        [
            P(
                "Linnea Bergström",
                "frontend",
                0,
                touches=[
                    call(
                        120,
                        "Ringde Linnea. Hon bad oss sluta höra av oss helt och hållet, vill inte "
                        "bli kontaktad om fler roller. Respektera det.",
                    )
                ],
                excluded=True,
            ),
            P(
                "Oskar Holmgren",
                "frontend",
                1,
                touches=[
                    call(
                        118,
                        "Ringde Oskar. Han bad oss sluta skicka jobb via LinkedIn, vill hellre ha "
                        "mejl. Trevlig, nyfiken på frontendroller.",
                    )
                ],
            ),
        ],
        **STOCKHOLM_HYBRID,
    ),
    C(
        "emoji 'no more messages about jobs' DM is an opt-out; emoji 'not this time, keep them "
        "coming' is not",
        "cs",
        [
            P(
                "Camila Restrepo",
                "cs",
                0,
                touches=[
                    replied(45, "🙅‍♀️🚫 please no more messages about jobs, i'm out. ty", "linkedin")
                ],
                excluded=True,
            ),
            P(
                "Valentina Ospina",
                "cs",
                1,
                touches=[
                    replied(
                        44, "🙏 gracias!! not for me this time but keep them coming 👍", "linkedin"
                    )
                ],
            ),
        ],
        remote_policy="remote",
        location="Remote (LatAm)",
    ),
    C(
        "withdrawal note 'never approach him again' is an opt-out; a withdrawal over a partner's "
        "move is not",
        "backend",
        [
            P(
                "Ilan Mizrahi",
                "backend",
                0,
                apps=[
                    app(
                        200,
                        "onsite",
                        "withdrew",
                        "not_interested",
                        "Withdrew after the onsite. Asked in writing that nobody from here "
                        "approach him again, for any role.",
                    )
                ],
                excluded=True,
            ),
            P(
                "Noa Friedman",
                "backend",
                1,
                apps=[
                    app(
                        200,
                        "onsite",
                        "withdrew",
                        "other",
                        "Withdrew after the onsite: partner got a job in Haifa, they moved north. "
                        "Said she'd gladly hear from us again.",
                    )
                ],
            ),
        ],
        remote_policy="remote",
        location="Remote (Israel)",
    ),
    C(
        "taglish call note 'doesn't want to be contacted, tag DNC' is an opt-out; 'not open now, "
        "quarterly kumustahan ok' is not",
        "cs",
        [
            P(
                "Maricel Dela Cruz",
                "cs",
                0,
                touches=[
                    call(
                        70,
                        "spoke w/ cand. she said po she doesn't want to be contacted by us "
                        "anymore, pls tag as DNC. very polite pero firm",
                    )
                ],
                excluded=True,
            ),
            P(
                "Jocelyn Bautista",
                "cs",
                1,
                touches=[
                    call(
                        71,
                        "spoke w/ cand. not open to a move at the moment pero ok lang daw a "
                        "quarterly kumustahan. nice convo",
                    )
                ],
            ),
        ],
        **MANILA_HYBRID,
    ),
    C(
        "a motivation saying he never wants to hear from our team is an opt-out; one refusing "
        "agency recruiters only is not",
        "sales",
        [
            P(
                "Tobias Keller",
                "sales",
                0,
                "Does not want to hear from our talent team again — has told us twice now",
                excluded=True,
            ),
            P(
                "Reto Imboden",
                "sales",
                1,
                "Won't talk to agency headhunters; in-house recruiters like us are welcome",
            ),
        ],
        remote_policy="hybrid",
        location="Zürich, Switzerland",
    ),
    C(
        "turkish 'remove me from your list, never reach me again' is an opt-out; 'email only, "
        "no phone' is not",
        "data_eng",
        [
            P(
                "Elif Yıldırım",
                "data_eng",
                0,
                touches=[
                    replied(
                        50,
                        "Merhaba, lütfen beni aday listenizden çıkarın ve bir daha bana "
                        "ulaşmayın. İyi çalışmalar.",
                    )
                ],
                excluded=True,
            ),
            P(
                "Burak Aydın",
                "data_eng",
                1,
                touches=[
                    replied(
                        52,
                        "Merhaba, lütfen bana telefonla değil sadece e-postayla ulaşın. "
                        "Teşekkürler.",
                    )
                ],
            ),
        ],
        remote_policy="remote",
        location="Remote (Türkiye)",
    ),
    C(
        "a bare 'No thanks.' to our outreach is an opt-out; 'no thanks to the Glasgow one, do "
        "write about remote' is not",
        "sre",
        [
            P(
                "Declan Fraser",
                "sre",
                0,
                apps=[silver(400, role="Platform Engineer")],
                touches=[
                    touch(20, "outbound", None, "re_engagement"),
                    replied(19, "No thanks.\n\nSent from my iPhone"),
                ],
                excluded=True,
            ),
            P(
                "Callum Drummond",
                "sre",
                1,
                apps=[silver(400, role="Platform Engineer")],
                touches=[
                    touch(20, "outbound", None, "re_engagement"),
                    replied(
                        19,
                        "No thanks to the Glasgow one, it's a long way from Dundee every day — "
                        "but do write when something remote comes up.",
                    ),
                ],
            ),
        ],
        **REMOTE_UK,
    ),
    C(
        "a Data Privacy Act consent withdrawal is an opt-out; 'use my personal Gmail' is not",
        "backend",
        [
            P(
                "Rhea Santiago",
                "backend",
                0,
                touches=[
                    replied(
                        100,
                        "Pursuant to the Data Privacy Act of 2012, I am withdrawing my consent to "
                        "the processing of my personal data. Please delete my records and refrain "
                        "from contacting me.",
                    )
                ],
                excluded=True,
            ),
            P(
                "Patricia Villanueva",
                "backend",
                1,
                touches=[
                    replied(
                        98,
                        "Pursuant to our call, attaching my updated CV. Please use my personal "
                        "Gmail from now on, not my work address. Salamat!",
                    )
                ],
            ),
        ],
        **MANILA_HYBRID,
    ),
]

# --- 2. waits counted from the day said, each against a twin whose wait is over or none ----
WAITS = [
    C(
        "vietnamese 'after Tết, once the 13th-month pay is in' said this month waits; the same "
        "said last January has run out",
        "backend",
        [
            P(
                "Nguyễn Thu Hà",
                "backend",
                1,
                (
                    "Chị Hà muốn đợi qua Tết — nhận lương tháng 13 xong rồi mới tính chuyện đổi "
                    "việc",
                    12,
                ),
            ),
            P(
                "Trần Minh Khoa",
                "backend",
                2,
                ("said he'd look after Tết, once the 13th-month pay was in", date(2026, 1, 9)),
            ),
        ],
        **REMOTE_APAC,
    ),
    C(
        "swedish parental leave to the end of April waits; a parental leave that ended in "
        "August is over",
        "frontend",
        [
            P(
                "Ebba Lindgren",
                "frontend",
                1,
                ("Föräldraledig t.o.m. april – vill inte prata jobb förrän hon är tillbaka", 25),
            ),
            P(
                "Klara Sjöberg",
                "frontend",
                2,
                (
                    "on föräldraledighet until mid-August, ready to look after that",
                    date(2026, 5, 4),
                ),
            ),
        ],
        **STOCKHOLM_HYBRID,
    ),
    C(
        "a six-month probation begun in October waits; one nearly over in April has run out",
        "data_eng",
        [
            P(
                "Aditya Rao",
                "data_eng",
                1,
                (
                    "Joined a new co on 1st Oct, 6 months probation. Wants to get confirmed "
                    "before speaking to anyone.",
                    45,
                ),
            ),
            P(
                "Karthik Venkataraman",
                "data_eng",
                2,
                (
                    "3 months into a 6-month probation at the new place, will talk once confirmed",
                    date(2026, 4, 20),
                ),
            ),
        ],
        **BENGALURU_HYBRID,
    ),
    C(
        "italian 'dopo la Befana' said this month waits; 'dopo Ferragosto' said in July has "
        "run out",
        "backend",
        [
            P(
                "Giulia Ferraro",
                "backend",
                1,
                (
                    "sentita oggi: se ne riparla dopo la Befana, prima vuole chiudere l'anno "
                    "col team",
                    9,
                ),
            ),
            P(
                "Matteo Colombo",
                "backend",
                2,
                ("sentito a luglio, riparliamone dopo Ferragosto", date(2026, 7, 21)),
            ),
        ],
        remote_policy="hybrid",
        location="Milan, Italy",
        offers=["Hybrid, office in Porta Nuova twice a week"],
    ),
    C(
        "an RSU tranche vesting in March waits; a vest in early September has passed",
        "sre",
        [
            P(
                "Tyler Brooks",
                "sre",
                1,
                ("big RSU tranche vests Mar 15, not leaving $ on the table. circle back after", 18),
            ),
            P(
                "Jordan Pruitt",
                "sre",
                2,
                ("has a vest in early Sept, won't jump before it", date(2026, 6, 30)),
            ),
        ],
        remote_policy="remote",
        location="Remote (US)",
    ),
    C(
        "finnish 'not before our v3 ships in Q1' waits; a launch pushed to end of September "
        "has shipped",
        "backend",
        [
            P(
                "Aino Heikkilä",
                "backend",
                1,
                (
                    "We ship v3 in Q1 next year and I'm the tech lead on it, so not before it's "
                    "out.",
                    16,
                ),
            ),
            P(
                "Eero Mäkinen",
                "backend",
                2,
                (
                    "launch got pushed to end of Sept, rather not move before it's live",
                    date(2026, 7, 2),
                ),
            ),
        ],
        remote_policy="hybrid",
        location="Helsinki, Finland",
    ),
    C(
        "'call back in about 4 months' said three weeks ago waits; 'gimme four months' said "
        "in the spring has run out",
        "cs",
        [
            P(
                "Kwame Ofori-Atta",
                "cs",
                1,
                ("Call back in about 4 months — sorting out family stuff in Kumasi", 21),
            ),
            P("Akosua Boateng", "cs", 2, ("gimme four months and try me again", 230)),
        ],
        remote_policy="remote",
        location="Remote (Ghana)",
    ),
    C(
        "indonesian 'habis Lebaran, nunggu THR' said this month waits; the same said in "
        "February has run out",
        "data_eng",
        [
            P(
                "Putri Rahmawati",
                "data_eng",
                1,
                ("Mbak Putri bilang baru bisa pindah habis Lebaran, nunggu THR dulu", 14),
            ),
            P(
                "Dimas Pratama",
                "data_eng",
                2,
                ("Mas Dimas: setelah Lebaran baru mau ngobrol, nunggu THR", date(2026, 2, 16)),
            ),
        ],
        remote_policy="hybrid",
        location="Jakarta, Indonesia",
    ),
    C(
        "dutch move to Groningen in January waits; a flat move at the end of August is done",
        "backend",
        [
            P(
                "Sanne Visser",
                "backend",
                1,
                (
                    "verhuist in januari naar Groningen; wil pas praten als ze daar gesetteld is, "
                    "zeg maar een maand erna",
                    10,
                ),
            ),
            P(
                "Ruben Mulder",
                "backend",
                2,
                ("moving flats end of August, try again once he's unpacked", date(2026, 7, 28)),
            ),
        ],
        **AMSTERDAM_HYBRID,
    ),
    C(
        "norwegian 'not before spring, winter is peak season' waits; 'spør meg etter sommeren' "
        "said in May has run out",
        "sre",
        [
            P(
                "Ingrid Haugen",
                "sre",
                1,
                (
                    "Not before spring — winter is peak season at the ski resort, can't leave "
                    "mid-season",
                    20,
                ),
            ),
            P("Henrik Solberg", "sre", 2, ("Spør meg igjen etter sommeren", date(2026, 5, 12))),
        ],
        remote_policy="hybrid",
        location="Oslo, Norway",
    ),
    C(
        "singapore part-time MSc finals in May wait; a thesis handed in in August is done",
        "backend",
        [
            P(
                "Tan Wei Ling",
                "backend",
                1,
                ("part-time MSc at NUS, finals in May. no interviews until they're done lah", 30),
            ),
            P(
                "Marcus Lim Jun Jie",
                "backend",
                2,
                ("thesis due end Aug, after that he's free to interview", date(2026, 6, 3)),
            ),
        ],
        remote_policy="hybrid",
        location="Singapore",
        salary_max=150_000,
        currency="SGD",
    ),
    C(
        "a rambling note full of months but keen now beats a long service leave ending in "
        "mid-February",
        "backend",
        [
            P(
                "Lachlan O'Brien",
                "backend",
                2,
                (
                    "Caught up w Lachie over a flat white. Spent Jan skiing in Niseko, started a "
                    "contract at a fintech in March (wrapped in Sept), got engaged in June — "
                    "wedding's next October in the Barossa — and ran the City2Surf in August. "
                    "Keen to hear about backend roles now, anytime.",
                    6,
                ),
            ),
            P(
                "Mitchell Harris",
                "backend",
                1,
                ("On long service leave till mid-Feb, happy to chat once he's back", 7),
            ),
        ],
        remote_policy="remote",
        location="Remote (Australia)",
    ),
    C(
        "filipino 'after 13th month and Pasko, sa January na' waits; 'after the mid-year "
        "bonus' said in May has run out",
        "cs",
        [
            P(
                "Kristine Mendoza",
                "cs",
                1,
                ("after 13th month pay and Pasko na lang daw, so sa January na", 15),
            ),
            P(
                "Angelica Ramos",
                "cs",
                2,
                ("will consider after the mid-year bonus lands in June", date(2026, 5, 10)),
            ),
        ],
        **MANILA_HYBRID,
    ),
]

HELDOUT6_CASES: list[Case] = [*OPT_OUTS, *WAITS]
