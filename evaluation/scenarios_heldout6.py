"""Held-out rediscovery cases, sixth set: recruiters' own words, written by a sixth stranger to
the reader (its code, its labelled sets and the earlier case files' sentences were not looked
at; the earlier files were opened for their format only).

It stands in for the records others will check Encore against, so it is measured and reported
on its own line ("held-out 6") and never tuned to what Encore does. Voices vary: ATS shorthand
(DNC, NP, LPA, ECTC, WFH, IC, EM, GC, H-1B, W2/1099, IR35, Ltd, HPP, IČO, RAL, HMO, THR, LSL,
FIFO, TL), typos, all lower case, third-person call notes, first-person emails, LinkedIn DMs and
texts, a long rambling note full of months with no wait in it, emoji, and notes in or half in
Dutch, Swedish, Norwegian, Finnish, Italian, Turkish, Czech, Vietnamese, Indonesian, Tagalog,
Korean and Rioplatense or Chilean Spanish. Settings are ones the earlier sets used less: the
Netherlands, the Nordics, India, the Philippines, Vietnam, Indonesia, Singapore, Australia,
Israel, Türkiye, Italy, Czechia, Greece, Ghana, Argentina, Chile, Colombia, Korea, Wales,
Scotland, Austria, Belgium, Estonia, the US and the UAE, with their currencies, holidays and
habits. Roles carry their terms in different places: the remote policy field, the offers, only
the description, only the title, a seniority, or a band with a currency.

1. opt-outs (a Dutch AVG line in the ATS, a formal Indian "kindly do not contact me further", an
   Australian text, a Swedish call note in the third person, an emoji LinkedIn DM, a withdrawal's
   reason note, a Taglish "tag as DNC" call note, a motivation, a Turkish email, a bare "No
   thanks." to our outreach, a Philippine Data Privacy Act consent withdrawal): never shown; the
   near-miss beside each stays shown (no calls in work hours, no calls in office hours, "not
   this one, keep me on", email over LinkedIn, "not this time, keep them coming", a withdrawal
   over a partner's move, "quarterly kumustahan ok", no agency headhunters, email not phone,
   "no thanks to the Glasgow one", personal Gmail not the work address);
2. waits, counted from the day said, each against a twin whose wait has run out or never
   existed: Tết and the 13th-month pay, Swedish parental leave, an Indian probation, the Befana
   against Ferragosto, an RSU vest, a Finnish v3 launch in Q1, "about 4 months" against "four
   months" said in the spring, Lebaran and THR, a move to Groningen, "not before spring" against
   "etter sommeren", MSc finals in Singapore, Australian long service leave against a rambling
   note full of months that asks for no wait, a Philippine 13th month and Pasko: shown, below
   the equal person;
3. standing objections the role goes against: a night pager (Sydney), Saturdays (Buenos Aires),
   a graveyard shift (Manila); overnight travel across APAC and the Nordics; sponsorship for the
   Netherlands and an H-1B transfer in Austin; contractor-only against a permanent role,
   "jen HPP" against a fixed-term contract, 24 hours a week against a 40-hour role; a commute
   from Cavite to BGC and from Bekasi to Sudirman: below;
4. pay asks and floors above the band against asks within it: INR in LPA, SGD a month, AUD with
   super, USD an hour, SEK a month, EUR as an Italian RAL: above is below, within is no obstacle;
5. work mode: every day in the office said only in the description, remote said only in the
   offers, three office days said only in the title, four office days in Seoul, and someone who
   found full remote lonely against a remote role;
6. negations and their scope: "doesn't mind travelling" against "doesn't want to travel",
   "never had a problem with five office days" against "never again five days", "no Java, no
   PHP — Python is fine" against "anything but Python", "never been to Berlin but would love to
   move there" against "would never move to Berlin", "no solo remoto" against "solo remoto";
7. location and relocation: open to Porto against Lisbon-only, willing to move to Cebu against
   Metro Manila only, a Melburnian against Perth-for-good;
8. managing and level: back to IC against growing a team for an EM role, wanting reports
   against staying hands-on for an IC role, "won't step down from Senior" against "title doesn't
   matter" for a mid-level role;
9. company stage and size: early-stage wanted against startups refused (a Series A), big banks
   refused against a big stable org wanted (a 90,000-person bank), VC hypergrowth only against a
   small profitable company (bootstrapped, 15 people);
10. industry and mission: tobacco and vaping refused, clean energy wanted, adtech refused
    against adtech loved; technology: AWS refused, React refused, Snowflake refused;
11. last time's reason: pay, five office days, visa sponsorship and wanting reports resolved by
    this role (above a plain silver medalist); pay too far apart, five days in the CBD, on-call
    and conduct still standing (below);
12. the latest process and the stage actually reached count: a recent failed screen outweighs
    an old final round, a final round outweighs an application closed before any screen, and a
    recent final outweighs an old screen miss.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch


def silver(when, note=None, *, role="Backend Engineer", **kw) -> dict:
    """Lost a final round to one other person: a silver medalist."""
    return app(when, "final", "rejected", "other_candidate", note, rating=4.3, role=role, **kw)


def declined(when, reason, note, *, past=None, role="Backend Engineer") -> dict:
    """Turned our offer down."""
    return app(when, "offer", "declined_offer", reason, note, past=past, role=role)


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
        remote_policy="remote",
        location="Remote (Netherlands)",
        offers=["Remote anywhere in the Netherlands"],
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

# --- 3. standing objections the role goes against ----------------------------------------
SCHEDULE = [
    C(
        "no more night pager sits below 'on-call fine if paid' on a rota with night weeks",
        "sre",
        [
            P(
                "Georgia Papadopoulos",
                "sre",
                0,
                "No more night pager. Did 4 yrs of 3am wake-ups at a bank, health comes first now",
            ),
            P("Liam Kowalczyk", "sre", 2, "fine w/ on-call as long as it's paid + rostered fairly"),
            P("Ryan Pillay", "sre", 1),
        ],
        remote_policy="hybrid",
        location="Sydney, Australia",
        description=(
            "Keep our payments platform up. Follow-the-sun rota: one week in five you carry the "
            "night pager (22:00-06:00 AEST), paid at time and a half."
        ),
    ),
    C(
        "'los sábados no, innegociable' sits below 'domingos no, algún sábado ok' when one "
        "Saturday in four is covered",
        "cs",
        [
            P(
                "Martina Giménez",
                "cs",
                0,
                touches=[
                    call(
                        40,
                        "Charlé con Martina. No labura fines de semana, los sábados son para la "
                        "familia y el club. Innegociable.",
                    )
                ],
            ),
            P(
                "Lucía Fernández",
                "cs",
                1,
                touches=[
                    call(
                        41,
                        "Charlé con Lucía. Domingos no, algún sábado cada tanto está ok si le dan "
                        "franco compensatorio.",
                    )
                ],
            ),
        ],
        remote_policy="hybrid",
        location="Buenos Aires, Argentina",
        offers=["Saturday support coverage one weekend in four, with a day off in lieu"],
    ),
    C(
        "'ayaw na ng graveyard shift' sits below someone who prefers nights, for a 24/7 desk",
        "cs",
        [
            P(
                "Ma. Teresa Gonzales",
                "cs",
                0,
                "ayaw na ng graveyard shift — 5 yrs na sa night shift, doctor told her to stop",
            ),
            P(
                "Rowena Castillo",
                "cs",
                2,
                "sanay sa night shift, prefers it actually (US accounts, less traffic going home)",
            ),
        ],
        remote_policy="onsite",
        location="Taguig (BGC), Philippines",
        description=(
            "Look after our US enterprise accounts from Manila. 24/7 coverage on rotating "
            "shifts, including the 10pm-6am graveyard shift."
        ),
    ),
]

TRAVEL = [
    C(
        "'no overnight travel, caring for mum' sits below 'loves being on the road' for a role "
        "a week a month on the road",
        "sales",
        [
            P(
                "Nur Aisyah Rahman",
                "sales",
                0,
                "Can't travel overnight — caring for her mum after the stroke. Day trips at most.",
            ),
            P(
                "Daniel Goh Wei Ming",
                "sales",
                2,
                "misses flying, loves being on the road w clients",
            ),
        ],
        remote_policy="hybrid",
        location="Singapore",
        description=(
            "Close enterprise deals across ANZ and South-East Asia. Expect about a week a month "
            "on the road (Sydney, Jakarta, Manila)."
        ),
    ),
    C(
        "norwegian 'no overnights, three small kids' sits below 'happy to travel a bit' for "
        "customer visits 2-3 nights a month",
        "cs",
        [
            P(
                "Astrid Nygaard",
                "cs",
                0,
                "Reiser ikke — tre små barn og mannen jobber turnus. Ingen overnattinger.",
            ),
            P("Sigrid Lunde", "cs", 2, "Reiser gjerne litt, bare ikke hver uke"),
        ],
        remote_policy="hybrid",
        location="Oslo, Norway",
        offers=["Customer visits across the Nordics, two or three nights away a month"],
    ),
]

VISA = [
    C(
        "needing kennismigrant sponsorship sits below an EU passport when the role can't sponsor",
        "backend",
        [
            P(
                "Rahul Menon",
                "backend",
                0,
                "Would need kennismigrant (HSM) visa sponsorship to move to NL",
                location="Pune, India",
            ),
            P(
                "Inês Carvalho",
                "backend",
                2,
                "Portuguese passport — can work anywhere in the EU, no visa needed",
                location="Lisbon, Portugal",
            ),
        ],
        **AMSTERDAM_HYBRID,
        description=(
            "Build the services behind our ordering platform. We can't sponsor work permits: "
            "you need the right to work in the Netherlands."
        ),
    ),
    C(
        "an H-1B needing a transfer sits below a new green card when the role sponsors nobody",
        "backend",
        [
            P(
                "Sai Krishna Reddy",
                "backend",
                0,
                touches=[
                    call(33, "on H-1B, would need a transfer + GC processing to move. 3rd yr")
                ],
                location="Austin, TX",
            ),
            P(
                "Priyanka Chowdhury",
                "backend",
                2,
                touches=[call(33, "got her green card in June!! no sponsorship needed anymore")],
                location="Austin, TX",
            ),
        ],
        remote_policy="onsite",
        location="Austin, TX, USA",
        salary_min=160_000,
        salary_max=190_000,
        currency="USD",
        offers=["Unfortunately no H-1B sponsorship or transfers for this role"],
    ),
]

CONTRACT = [
    C(
        "'contractor only, outside IR35' sits below 'wants to go perm' for a permanent role",
        "backend",
        [
            P(
                "Gareth Llewellyn",
                "backend",
                0,
                "Contractor only — own Ltd, outside IR35, £650/day. Won't go perm.",
                location="Cardiff, UK",
            ),
            P(
                "Rhys Pritchard",
                "backend",
                2,
                "Been contracting 4 yrs but wants to go perm now for the mortgage",
                location="Cardiff, UK",
            ),
        ],
        **REMOTE_UK,
        description="Build the services behind our ordering platform. Permanent, full-time.",
    ),
    C(
        "czech 'jen HPP, no fixed-term' sits below 'open to a fixed-term gig' for a six-month "
        "contract",
        "backend",
        [
            P(
                "Tereza Dvořáková",
                "backend",
                0,
                "Jen HPP na dobu neurčitou — žádné IČO ani smlouvy na dobu určitou",
                location="Prague, Czechia",
            ),
            P(
                "Jakub Novotný",
                "backend",
                2,
                "open to a fixed-term gig while he figures out what's next",
                location="Prague, Czechia",
            ),
        ],
        remote_policy="hybrid",
        location="Prague, Czechia",
        description=(
            "Six-month fixed-term contract (possible extension) to move our ordering services "
            "off the old monolith."
        ),
    ),
    C(
        "dutch 'max 24 hours a week' sits below 'fulltime no problem' for a 40-hour role",
        "backend",
        [
            P(
                "Maaike de Graaf",
                "backend",
                0,
                "wil max 24 uur per week werken ivm mantelzorg voor haar vader",
                location="Utrecht, Netherlands",
            ),
            P(
                "Wouter Bakker",
                "backend",
                2,
                "werkt nu 32 uur maar fulltime is geen probleem",
                location="Utrecht, Netherlands",
            ),
        ],
        remote_policy="hybrid",
        location="Utrecht, Netherlands",
        offers=["Fulltime (40 uur), two office days in Utrecht"],
    ),
]

COMMUTE = [
    C(
        "cavite to BGC every day 'won't do it again' sits below someone walking distance away",
        "backend",
        [
            P(
                "Jerome Aquino",
                "backend",
                0,
                "Cavite to BGC is 2-3 hrs each way sa traffic — won't do a daily commute again",
                location="Dasmariñas, Cavite, Philippines",
            ),
            P(
                "Carlo Navarro",
                "backend",
                2,
                "walking distance to BGC, would love an office he can walk to",
                location="Taguig, Philippines",
            ),
        ],
        remote_policy="onsite",
        location="Taguig (BGC), Philippines",
        offers=["On-site five days a week at our BGC office"],
    ),
    C(
        "'max 45 menit, Bekasi ke Sudirman nggak sanggup' sits below a Setiabudi local for "
        "an office in Sudirman",
        "data_eng",
        [
            P(
                "Rizky Saputra",
                "data_eng",
                0,
                "Max 45 menit perjalanan. Bekasi ke Sudirman tiap hari nggak sanggup.",
                location="Bekasi, Indonesia",
            ),
            P(
                "Ayu Lestari",
                "data_eng",
                2,
                "Tinggal di Setiabudi, dekat Sudirman — senang kalau bisa ke kantor",
                location="Jakarta Selatan, Indonesia",
            ),
        ],
        remote_policy="onsite",
        location="Jakarta (Sudirman), Indonesia",
    ),
]

# --- 4. pay: asks and floors above the band against asks within it ----------------------
PAY = [
    C(
        "'expecting 60 LPA fixed' sits below 'ECTC 38-40 LPA' for a 32-42 lakh band",
        "data_eng",
        [
            P("Ankit Sharma", "data_eng", 0, "Expecting 60 LPA fixed, nothing less"),
            P("Meghna Pillai", "data_eng", 2, "ECTC ~38-40 LPA, flexible for the right team"),
        ],
        **BENGALURU_HYBRID,
        salary_min=3_200_000,
        salary_max=4_200_000,
        currency="INR",
    ),
    C(
        "S$16k a month basic sits below S$10.5k a month for a SGD 110-140k band",
        "backend",
        [
            P("Jonathan Koh", "backend", 0, "asking S$16k/month basic, firm on it"),
            P("Shermaine Ong", "backend", 2, "S$10.5k a month is enough for her"),
        ],
        remote_policy="hybrid",
        location="Singapore",
        salary_min=110_000,
        salary_max=140_000,
        currency="SGD",
    ),
    C(
        "'nothing under 240 base + super' sits below 'around 185 package incl super' for an "
        "AUD 170-195k band",
        "sre",
        [
            P("Hamish Stewart", "sre", 0, "won't look at anything under 240 base + super"),
            P("Tahlia Brown", "sre", 2, "around 185 package incl super would do it"),
        ],
        remote_policy="hybrid",
        location="Melbourne, Australia",
        salary_min=170_000,
        salary_max=195_000,
        currency="AUD",
    ),
    C(
        "a $120/hr rate sits below '$75/hr W2 or ~155k' for a USD 140-170k band",
        "frontend",
        [
            P(
                "Brianna Coleman",
                "frontend",
                0,
                touches=[replied(26, "My rate is $120/hr, W2 or 1099, not negotiable rn")],
            ),
            P(
                "Devon Marshall",
                "frontend",
                2,
                touches=[replied(27, "$75/hr W2 or ~155k salary, either works for me")],
            ),
        ],
        remote_policy="remote",
        location="Remote (US)",
        salary_min=140_000,
        salary_max=170_000,
        currency="USD",
    ),
    C(
        "swedish floor of 95 000 kr a month sits below 'runt 65k i månaden' for a SEK 720-840k "
        "band",
        "data_eng",
        [
            P("Viktor Lund", "data_eng", 0, "lägsta nivå 95 000 kr/mån, under det byter han inte"),
            P("Elin Forsberg", "data_eng", 2, "runt 65k i månaden räcker gott"),
        ],
        **STOCKHOLM_HYBRID,
        salary_min=720_000,
        salary_max=840_000,
        currency="SEK",
    ),
    C(
        "italian 'RAL minima 72k' sits below 'RAL sui 50k va bene' for a EUR 45-55k band",
        "cs",
        [
            P("Chiara Bianchi", "cs", 0, "RAL minima 72k, non scende"),
            P("Federico Greco", "cs", 2, "RAL sui 50k va bene, gli interessa il ruolo"),
        ],
        remote_policy="hybrid",
        location="Milan, Italy",
        salary_min=45_000,
        salary_max=55_000,
        currency="EUR",
    ),
]

# --- 5. work mode and office days, the role's terms in different places ------------------
WORK_MODE = [
    C(
        "WFH-only sits below 'misses the office buzz' when only the description says every day "
        "in the office",
        "backend",
        [
            P("Daan Smit", "backend", 0, "WFH only. hasn't seen an office since 2020 and won't"),
            P(
                "Lotte Hendriks",
                "backend",
                2,
                "misses the office buzz, wants a team around her daily",
            ),
        ],
        location="Rotterdam, Netherlands",
        description=(
            "Build our port-logistics platform. We work together in our Rotterdam office every "
            "day; this isn't a remote role."
        ),
    ),
    C(
        "finnish 'etätyö ehdoton' sits above 'wants the office every day' when only the offers "
        "say the team is fully remote with no office",
        "backend",
        [
            P(
                "Ville Korhonen",
                "backend",
                0,
                "Haluaa toimistolle joka päivä, etätyö ei sovi hänelle",
            ),
            P("Laura Nieminen", "backend", 2, "Etätyö ehdoton — asuu Kuopiossa", location="Kuopio"),
        ],
        location="Finland",
        offers=["Fully remote: the team is spread across Finland and we have no office"],
    ),
    C(
        "'strictly WFH, won't do hybrid' sits below 'hybrid 2-3 days is ideal' when only the "
        "title says three days in Bengaluru",
        "backend",
        [
            P("Vikram Hegde", "backend", 0, "strictly WFH, won't do hybrid — moved back to Mysuru"),
            P("Deepika Nair", "backend", 2, "hybrid 2-3 days a week is ideal for her"),
        ],
        title="Senior Backend Engineer (Hybrid – 3 days Bengaluru)",
        location="Bengaluru, India",
    ),
    C(
        "korean 'office two days max' sits below 'four days is fine' for four office days in "
        "Gangnam",
        "frontend",
        [
            P("Kim Ji-hoon", "frontend", 0, "재택 최소 주 3일 원함 — office 2 days max"),
            P("Park Seo-yeon", "frontend", 2, "주 4일 출근 괜찮아요, likes the Gangnam area"),
        ],
        remote_policy="hybrid",
        location="Seoul, South Korea",
        offers=["주 4일 출근 (office four days a week in Gangnam)"],
    ),
    C(
        "'full remote was lonely, wants a real office' sits below 'working from home on Skye' "
        "for a remote role",
        "frontend",
        [
            P(
                "Freya Campbell",
                "frontend",
                0,
                "Full remote was so lonely. Never again — wants a real office with people in it",
            ),
            P(
                "Isla Robertson",
                "frontend",
                2,
                "wants to keep working from home on Skye",
                location="Isle of Skye, Scotland",
            ),
        ],
        **REMOTE_UK,
    ),
]

# --- 6. negation and its scope -----------------------------------------------------------
NEGATIONS = [
    C(
        "'doesn't mind travelling at all' sits above 'doesn't want to travel anymore' for a "
        "role with client visits",
        "sales",
        [
            P("Efua Mensah", "sales", 2, "Doesn't mind travelling at all, actually enjoys it"),
            P("Kofi Owusu", "sales", 0, "Doesn't want to travel for work anymore"),
        ],
        remote_policy="hybrid",
        location="Accra, Ghana",
        description=(
            "Close mid-market deals in Ghana, with regular client visits to Kumasi and Lagos."
        ),
    ),
    C(
        "'never had a problem with five office days' sits above 'never again five days in an "
        "office' for an on-site role",
        "backend",
        [
            P("Signe Dahl", "backend", 2, "never had a problem with five days in the office"),
            P("Mads Kjær", "backend", 0, "never again five days in an office"),
        ],
        remote_policy="onsite",
        location="Copenhagen, Denmark",
        offers=["Office in Nørrebro five days a week, frokostordning included"],
    ),
    C(
        "'no Java, no PHP, Python is fine' sits above 'anything but Python' for a Python role",
        "backend",
        [
            P("Emre Demir", "backend", 2, "no Java, no PHP — Python or Go is fine"),
            P("Selin Kaya", "backend", 0, "anything but Python, wants Go or Rust next"),
        ],
        remote_policy="remote",
        location="Remote (Europe)",
    ),
    C(
        "'never been to Berlin but would love to move there' sits above 'would never move to "
        "Berlin'",
        "backend",
        [
            P(
                "Andrés Molina",
                "backend",
                2,
                "Has never been to Berlin but would love to move there",
                location="Madrid, Spain",
            ),
            P(
                "Pablo Herrera",
                "backend",
                0,
                "Would never move to Berlin, Madrid is home",
                location="Madrid, Spain",
            ),
        ],
        remote_policy="onsite",
        location="Berlin, Germany",
        offers=["Relocation package to Berlin"],
    ),
    C(
        "'no solo remoto, híbrido también' sits above 'solo remoto, nada de híbrido' for a "
        "hybrid role",
        "backend",
        [
            P("Santiago Ríos", "backend", 2, "no solo remoto: híbrido también le sirve"),
            P("Juliana Cárdenas", "backend", 0, "solo remoto, nada de híbrido"),
        ],
        remote_policy="hybrid",
        location="Medellín, Colombia",
        offers=["Hybrid, two days a week at our El Poblado office"],
    ),
]

# --- 7. location and relocation ----------------------------------------------------------
LOCATIONS = [
    C(
        "'aberto a mudar-se para o Porto' sits above 'só Lisboa' for an on-site Porto role",
        "backend",
        [
            P(
                "Tiago Figueiredo",
                "backend",
                2,
                "Aberto a mudar-se para o Porto, a namorada é de lá",
                location="Lisbon, Portugal",
            ),
            P("Rui Lopes", "backend", 0, "Só Lisboa. Não sai daqui.", location="Lisbon, Portugal"),
        ],
        remote_policy="onsite",
        location="Porto, Portugal",
    ),
    C(
        "'willing to relocate to Cebu' sits above 'Metro Manila lang' for an on-site Cebu role",
        "cs",
        [
            P(
                "Aileen Flores",
                "cs",
                2,
                "willing to relocate to Cebu, her family's there anyway",
                location="Quezon City, Philippines",
            ),
            P(
                "Mark Anthony Reyes",
                "cs",
                0,
                "Metro Manila lang, hindi pwedeng lumipat",
                location="Quezon City, Philippines",
            ),
        ],
        remote_policy="onsite",
        location="Cebu City, Philippines",
    ),
    C(
        "a Melburnian sits above 'Perth for good, won't move east' for a Melbourne hybrid role",
        "sre",
        [
            P("Zoe Mitchell", "sre", 2, location="Melbourne, VIC, Australia"),
            P(
                "Jack Thompson",
                "sre",
                0,
                "Perth for good — won't move east, wife's family is all here",
                location="Perth, WA, Australia",
            ),
        ],
        remote_policy="hybrid",
        location="Melbourne, Australia",
        offers=["Three days a week at our Cremorne office"],
    ),
]

# --- 8. managing vs hands-on, title and seniority ----------------------------------------
LEVEL = [
    C(
        "'wants to go back to IC, tired of 1:1s' sits below 'ready to grow a team' for an EM role",
        "manager",
        [
            P(
                "Rohan Bhatia",
                "manager",
                0,
                "wants to go back to IC — tired of 1:1s and perf cycles, misses coding",
            ),
            P("Ananya Gupta", "manager", 2, "ready to grow a team, wants more headcount to lead"),
        ],
        **BENGALURU_HYBRID,
    ),
    C(
        "'wants to manage people now' sits below 'stay hands-on, zero people management' for a "
        "senior IC role",
        "backend",
        [
            P("Pontus Ek", "backend", 0, "wants to manage people now, IC feels like a dead end"),
            P("Hugo Sandberg", "backend", 2, "wants to stay hands-on, zero people management pls"),
        ],
        **STOCKHOLM_HYBRID,
        description="Build the services behind our ordering platform. Individual contributor role.",
    ),
    C(
        "'won't step down from a Senior title' sits below 'title doesn't matter' for a mid-level "
        "role",
        "backend",
        [
            P(
                "Nikos Alexiou",
                "backend",
                0,
                "won't step down from a Senior title, it took him seven years to get it",
            ),
            P("Eleni Vlachou", "backend", 2, "title doesn't matter to her, the product does"),
        ],
        title="Backend Engineer",
        seniority="mid",
        remote_policy="hybrid",
        location="Athens, Greece",
    ),
]

# --- 9. company stage and size -----------------------------------------------------------
STAGE_SIZE = [
    C(
        "'wants early-stage, 10-50 people' sits above 'no startups after two went bust' for a "
        "22-person Series A",
        "backend",
        [
            P("Lena Gruber", "backend", 2, "wants early-stage, 10-50 people, real ownership"),
            P(
                "Florian Hofer",
                "backend",
                0,
                "only big established companies now — no startups after two went bust",
            ),
        ],
        remote_policy="hybrid",
        location="Vienna, Austria",
        description=(
            "We're a 22-person Series A climate-fintech and we move fast. Build the services "
            "behind our carbon-credit marketplace."
        ),
    ),
    C(
        "'done with MNCs and big banks' sits below 'wants a big stable org' for a 90,000-person "
        "bank",
        "data_eng",
        [
            P(
                "Nikhil Bansal",
                "data_eng",
                0,
                "done with MNCs and big banks, wants a small product startup",
            ),
            P(
                "Pooja Srinivasan",
                "data_eng",
                2,
                "wants a big, stable org after two startup layoffs",
            ),
        ],
        **BENGALURU_HYBRID,
        description=(
            "Join the data platform of one of India's largest private banks (90,000 employees). "
            "Own the analytics pipelines that finance and risk rely on."
        ),
    ),
    C(
        "'only venture-backed hypergrowth' sits below 'a small profitable company' for a "
        "bootstrapped 15-person team",
        "sales",
        [
            P(
                "Cerys Morgan",
                "sales",
                2,
                "wants a small, profitable company — no VC hypergrowth madness",
            ),
            P(
                "Owain Jenkins",
                "sales",
                0,
                "only wants VC-backed hypergrowth with big equity upside",
            ),
        ],
        **REMOTE_UK,
        description=(
            "We're bootstrapped, profitable and 15 people. Close mid-market deals across the UK "
            "and Ireland."
        ),
    ),
]

# --- 10. industry and mission, technology ------------------------------------------------
MISSION = [
    C(
        "'won't work for tobacco or vaping' sits below someone who said nothing, for a vape brand",
        "backend",
        [
            P(
                "Lien Vermeulen",
                "backend",
                0,
                "won't work for tobacco or vaping, lost her dad to lung cancer",
            ),
            P("Wout Janssens", "backend", 1),
        ],
        remote_policy="hybrid",
        location="Antwerp, Belgium",
        description="Build the e-commerce platform for our vape and heated-tobacco brands.",
    ),
    C(
        "'quiere trabajar en energía limpia' sits above someone who said nothing, for a "
        "renewables forecaster",
        "data_eng",
        [
            P(
                "Javiera Muñoz",
                "data_eng",
                2,
                "quiere trabajar en energía limpia, cansada del retail",
            ),
            P("Matías Rojas", "data_eng", 1),
        ],
        remote_policy="hybrid",
        location="Santiago, Chile",
        description=(
            "Forecast wind and solar output for Chile's grid operator: own the pipelines behind "
            "our renewables forecasts."
        ),
    ),
    C(
        "'adtech is a hard no' sits below 'loves ad-tech, built DSPs' for an ad exchange",
        "frontend",
        [
            P("Rami Haddad", "frontend", 0, "adtech is a hard no for him, won't build tracking"),
            P("Lara Khoury", "frontend", 2, "loves ad-tech, worked on DSP dashboards before"),
        ],
        remote_policy="remote",
        location="Remote (EMEA)",
        description="Build the dashboard for our programmatic ad exchange.",
    ),
]

TECH = [
    C(
        "'done with AWS, only GCP shops' sits below 'wants to go deeper on AWS and Kafka'",
        "backend",
        [
            P("Arjun Khurana", "backend", 0, "done with AWS — only wants GCP shops now"),
            P("Ishaan Kapoor", "backend", 2, "wants to go deeper on AWS and Kafka"),
        ],
        **BENGALURU_HYBRID,
    ),
    C(
        "'wants out of React, Svelte or Vue only' sits below 'React and Next.js all day'",
        "frontend",
        [
            P("Emma Laine", "frontend", 0, "wants out of React — only Svelte or Vue from now on"),
            P("Olli Salo", "frontend", 2, "React ja Next.js koko päivän, happy to stay on them"),
        ],
        remote_policy="hybrid",
        location="Tampere, Finland",
    ),
    C(
        "'no quiere Snowflake, solo Databricks' sits below 'quiere seguir con dbt y Snowflake'",
        "data_eng",
        [
            P("Agustín Romero", "data_eng", 0, "no quiere Snowflake, solo Databricks/Spark"),
            P("Sofía Acosta", "data_eng", 2, "quiere seguir con dbt y Snowflake"),
        ],
        remote_policy="remote",
        location="Remote (LatAm)",
    ),
]

# --- 11. last time's reason: resolved by this role, or still standing ---------------------
RESOLVED = [
    C(
        "an offer declined over an 85k cap sits above a plain silver medalist when the band "
        "now reaches 110k",
        "backend",
        [
            P(
                "Bram de Jong",
                "backend",
                2,
                apps=[
                    declined(
                        300,
                        "compensation",
                        "Declined: wanted 100k, we could only go to 85k",
                        past=dict(salary_max=85_000, currency="EUR", location="Amsterdam"),
                    )
                ],
            ),
            P("Thijs Vos", "backend", 1, apps=[silver(300)]),
        ],
        **AMSTERDAM_HYBRID,
        salary_min=90_000,
        salary_max=110_000,
        currency="EUR",
    ),
    C(
        "an offer declined over five office days sits above a plain silver medalist when the "
        "role is remote",
        "frontend",
        [
            P(
                "Sara Lindholm",
                "frontend",
                2,
                apps=[
                    declined(
                        250,
                        "remote_policy",
                        "tackade nej till erbjudandet — 5 dagar på kontoret i Stockholm var en "
                        "dealbreaker",
                        past=dict(remote_policy="onsite", location="Stockholm, Sweden"),
                        role="Frontend Engineer",
                    )
                ],
            ),
            P("Albin Nilsson", "frontend", 1, apps=[silver(250, role="Frontend Engineer")]),
        ],
        remote_policy="remote",
        location="Remote (Sweden)",
        offers=["Fully remote within Sweden"],
    ),
    C(
        "a withdrawal over Skilled Worker sponsorship sits above a plain silver medalist when "
        "the role now sponsors",
        "backend",
        [
            P(
                "Hamza Rasheed",
                "backend",
                2,
                apps=[
                    app(
                        400,
                        "final",
                        "withdrew",
                        "location",
                        "Withdrew before the final decision: needed Skilled Worker visa "
                        "sponsorship and we couldn't offer it at the time",
                    )
                ],
                location="Lahore, Pakistan",
            ),
            P("Usman Tariq", "backend", 1, apps=[silver(400)], location="London, UK"),
        ],
        remote_policy="hybrid",
        location="London, UK",
        offers=["Skilled Worker visa sponsorship available", "Two office days in Shoreditch"],
    ),
    C(
        "an offer declined because it had no reports sits above a plain silver medalist for an "
        "EM role",
        "manager",
        [
            P(
                "Aarav Mehta",
                "manager",
                2,
                apps=[
                    declined(
                        320,
                        "other",
                        "Declined offer — role was pure IC and he wanted to lead people",
                        role="Staff Engineer",
                    )
                ],
            ),
            P("Kabir Sethi", "manager", 1, apps=[silver(320, role="Staff Engineer")]),
        ],
        **BENGALURU_HYBRID,
    ),
]

LAST_TIME = [
    C(
        "an offer declined over AED 55k a month sits below a plain silver medalist for a band "
        "that still tops out near 40k a month",
        "sales",
        [
            P(
                "Faisal Al-Mansouri",
                "sales",
                0,
                apps=[
                    declined(
                        280,
                        "compensation",
                        "Declined. Asked AED 55k/month basic, our cap was 40k. Wide gap.",
                        role="Account Executive",
                    )
                ],
            ),
            P("Khalid Al-Suwaidi", "sales", 1, apps=[silver(280, role="Account Executive")]),
        ],
        remote_policy="onsite",
        location="Dubai, UAE",
        salary_min=420_000,
        salary_max=480_000,
        currency="AED",
        description="Close mid-market deals across the UAE and Saudi Arabia.",
    ),
    C(
        "an offer declined over five days in the CBD sits below a plain silver medalist when "
        "the role is five days in Raffles Place again",
        "backend",
        [
            P(
                "Chen Jia Hui",
                "backend",
                0,
                apps=[
                    declined(
                        260,
                        "remote_policy",
                        "Declined - won't do 5 days in office in the CBD, wants WFH most days",
                        past=dict(remote_policy="onsite", location="Singapore"),
                    )
                ],
            ),
            P("Lim Hui Min", "backend", 1, apps=[silver(260)]),
        ],
        remote_policy="onsite",
        location="Singapore (Raffles Place)",
        offers=["Five days a week in our Raffles Place office"],
    ),
    C(
        "an offer declined over the on-call rota sits below a plain silver medalist for a role "
        "with on-call again",
        "sre",
        [
            P(
                "Kristjan Tamm",
                "sre",
                0,
                apps=[
                    declined(
                        310,
                        "other",
                        "Declined the offer: the 24/7 on-call rota. Said he's done with pagers.",
                        role="Senior SRE",
                    )
                ],
            ),
            P("Mari Kask", "sre", 1, apps=[silver(310, role="Senior SRE")]),
        ],
        remote_policy="hybrid",
        location="Tallinn, Estonia",
        description="Keep the platform fast and boring. On-call one week in six, 24/7.",
    ),
    C(
        "a rejection for conduct sits below a plain silver medalist",
        "backend",
        [
            P(
                "Lê Văn Hùng",
                "backend",
                0,
                apps=[
                    app(
                        300,
                        "onsite",
                        "rejected",
                        "conduct",
                        "Rude and dismissive to the office manager and to our junior "
                        "interviewer. Not a rehire.",
                    )
                ],
            ),
            P("Phạm Quốc Bảo", "backend", 1, apps=[silver(300)]),
        ],
        **REMOTE_APAC,
    ),
]

# --- 12. the latest process and the stage actually reached -------------------------------
PROCESS = [
    C(
        "an old final round then a failed screen two months ago sits below the old final alone",
        "backend",
        [
            P(
                "Ayşe Çelik",
                "backend",
                0,
                apps=[
                    silver(700),
                    app(
                        60,
                        "screen",
                        "rejected",
                        "skills_gap",
                        "Screen: couldn't explain Kafka consumer groups or basic indexing. "
                        "Well below the bar now.",
                        role="Senior Backend Engineer",
                    ),
                ],
            ),
            P("Zehra Koç", "backend", 2, apps=[silver(700)]),
        ],
        remote_policy="remote",
        location="Remote (Türkiye)",
    ),
    C(
        "a final round sits above an application closed before any screen",
        "frontend",
        [
            P("Choi Min-jun", "frontend", 2, apps=[silver(200, role="Frontend Engineer")]),
            P(
                "Kang Hye-jin",
                "frontend",
                1,
                apps=[
                    app(
                        200,
                        "applied",
                        "rejected",
                        "headcount",
                        "req closed before we got to a screen",
                        role="Frontend Engineer",
                    )
                ],
            ),
        ],
        remote_policy="hybrid",
        location="Seoul, South Korea",
    ),
    C(
        "an old screen miss then a recent final sits above an old final then a recent screen miss",
        "data_eng",
        [
            P(
                "Ignacio Vargas",
                "data_eng",
                2,
                apps=[
                    app(
                        900,
                        "screen",
                        "rejected",
                        "skills_gap",
                        "muy junior para nosotros en ese momento",
                        role="Data Engineer",
                    ),
                    silver(90, role="Senior Data Engineer"),
                ],
            ),
            P(
                "Benjamín Fuentes",
                "data_eng",
                0,
                apps=[
                    silver(900, role="Data Engineer"),
                    app(
                        90,
                        "screen",
                        "rejected",
                        "skills_gap",
                        "Screen: struggled with basic SQL joins, not ready",
                        role="Senior Data Engineer",
                    ),
                ],
            ),
        ],
        remote_policy="hybrid",
        location="Santiago, Chile",
    ),
]

HELDOUT6_CASES: list[Case] = [
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
]
