"""Held-out rediscovery cases, eighth set: recruiters' own words, written by an eighth stranger
to the reader (its code, its labelled sets and the earlier case files' sentences were not looked
at; held-out 7 was opened for its format only).

It stands in for the records others will check Encore against, so it is measured and reported
on its own line ("held-out 8") and never tuned to what Encore does. The voices are those of a
mid-size in-house talent team's ATS: hiring managers' terse debrief lines ("HM:"), coordinators'
scheduling notes, recruiters' phone-screen summaries, candidates' own short replies (email,
LinkedIn, WhatsApp), and notes that mix several subjects in one breath. Settings are Australia,
Singapore and Malaysia, the UAE, Switzerland, the Netherlands, Sweden and Denmark, Germany,
Poland, Brazil, Mexico, Japan, Kenya and the Philippines, with their currencies (AUD plus super,
SGD a month with the 13th-month AWS, AED a month tax-free, CHF, EUR, SEK, PLN net on a B2B
invoice, BRL under CLT or PJ, MXN a month, JPY in 万, KES, PHP), holidays (Chinese New Year,
Ramadan and Eid, Carnaval, Golden Week, Obon, Koningsdag, long service leave) and habits. Roles
carry their terms in different places: the remote-policy field alone, the offers, only the
description, only the title, the requirements, a seniority, or a band with its currency.

1. opt-outs (an Aussie "don't contact me about roles again", a logged removal from the talent
   community, Dutch "graag niet meer benaderen", "out of the market for good, don't reach out",
   "remove my details from your system", "stop at work ... actually stop altogether", "not now
   or in future, stop messaging", a Singlish "stop sending me jobs lah"): never shown; the
   near-miss beside each stays shown ("not this one, keep me posted", removed from a panel slot,
   Dutch "private mail please, not work", "not after anything right now, keep her on the radar",
   "update my details", "not at work, personal email fine", "not interested in agencies — you're
   in-house", "don't need the JD lah, just call");
2. waits, counted from the day said, each against a twin whose wait has run out: long service
   leave to the end of February, Chinese New Year against Hari Raya, Ramadan, a German
   Probezeit, Carnaval against the World Cup, parental leave to the spring against the summer,
   Golden Week against Obon, "give it two quarters" against "give it a quarter", an IPO lock-up:
   shown, below the equal person;
3. standing objections the role goes against: no more graveyard shift against a US-hours role
   (beside someone who no longer minds it), Saturdays, on-call (beside someone who left a past
   employer's unpaid pager but takes a paid rota), late calls across time zones; 40% travel,
   a quarterly week in Berlin, and a no-travel role beside someone who left a past employer's
   weekly flying; sponsorship (a 485 against a New Zealander, an EP switch against a citizen
   whose husband is the one on a pass, a Swiss non-EU permit, a bridging visa against PR);
   contract type (umowa o pracę against a B2B role, PJ against CLT, fixed-term, contracting
   against a permanent role) and hours (three days against full-time only); a commute (Manly to
   Parramatta, Jurong to Changi, Kitengela to Westlands): below the person the role suits;
4. pay against the band: AUD plus super, SGD a month (one says what she draws now, not an ask),
   CHF, yen in 万, AED a month, MXN a month (again a current salary): above the band is below;
5. work mode said only in the policy field, only the description, only the title, only the
   offers, and a complaint about a past employer's office mandate for a remote role;
6. negations and their scope: "not against on-call", "no people management — but happy to own
   technical direction", "not just remote", "it's not that I wouldn't do weekends", "no issue
   with travel";
7. location and relocation: Brisbane to Melbourne, Malmö across the bridge, Kampala to Nairobi,
   KL to Singapore;
8. managing and level: keeps people leadership against back to IC (EM role), hands-on against
   Head-of titles only (IC role), a title that does not matter against no step down (mid role),
   staff scope against a gentle re-entry (staff role);
9. company stage and size: pre-seed chaos wanted against stability, a Japanese conglomerate
   against a corporate allergy, a Series B against bootstrapped-only;
10. industry and mission: coal mining, solar against payments-only, a brewery; technology:
    Spark, AWS, Vue;
11. last time's reason resolved by this role (an office mandate, sponsorship, wanting reports,
    a four-day week) against a reason still standing or a plain silver medalist; last time's
    reason still standing (five days on site again, conduct, a move to Perth);
12. the latest process and the stage actually reached (a final closed by a freeze against a
    screen, the latest of two processes, a recent no-show);
13. a person's several notes over time, where the latest word on a subject counts: a move to
    Melbourne refused then wanted (and the other way), hybrid hardened to remote-only against
    remote softened to office days, a pay ask lowered against raised, on-call refused then fine
    against fine then refused, a stop taken back against a later stop, travel freed up against
    a later medical no-fly.

Hard cases a careful human still gets right are mixed in: a condition mentioned only as something
the person no longer minds, a wait that names an event rather than a date, an objection about a
past employer's practice this role does not have, a current salary that is no ask, and a note
about someone else (a husband's visa, a partner's job) that is not the candidate's condition.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch


def final_loss(days, note=None, *, role="Backend Engineer", **kw) -> dict:
    """Reached the final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.0, role=role, **kw)


def turned_down(days, reason, note, *, past=None, role="Backend Engineer") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew_at(days, reason, note, *, stage="interview", role="Customer Success Manager"):
    """Pulled out of our process themselves."""
    return app(days, stage, "withdrew", reason, note, role=role)


def hm(days, text) -> dict:
    """A hiring manager's terse debrief line, typed after a panel."""
    return touch(days, "outbound", None, "note", note=text, channel="meeting")


def coord(days, text) -> dict:
    """A coordinator's scheduling note."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def screen(days, text) -> dict:
    """A recruiter's phone-screen summary."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def wrote(days, text, channel="email", outcome="replied") -> dict:
    """The candidate's own words, as they sent them."""
    return touch(days, "inbound", outcome, note=text, channel=channel)


# --- the roles' settings -------------------------------------------------------------------
SYDNEY_HYBRID = dict(
    remote_policy="hybrid",
    location="Sydney, NSW, Australia",
    offers=["Three days a week at our Barangaroo office"],
)
MELBOURNE_ONSITE = dict(
    remote_policy="onsite",
    location="Melbourne, VIC, Australia",
    offers=["Based at our Cremorne office, Monday to Friday"],
)
SINGAPORE_ONSITE = dict(
    remote_policy="onsite",
    location="Singapore",
    offers=["Office-based at one-north, five days"],
)
DUBAI_ONSITE = dict(
    remote_policy="onsite",
    location="Dubai, UAE",
    offers=["Office in Dubai Internet City, Sunday is a day off"],
)
ZURICH_HYBRID = dict(
    remote_policy="hybrid",
    location="Zurich, Switzerland",
    offers=["Two office days in Zurich West"],
)
AMSTERDAM_HYBRID = dict(
    remote_policy="hybrid",
    location="Amsterdam, Netherlands",
    offers=["Hybrid, Tuesdays and Thursdays at the Zuidas office"],
)
STOCKHOLM_HYBRID = dict(
    remote_policy="hybrid",
    location="Stockholm, Sweden",
    offers=["Södermalm office three days, the rest from home"],
)
BERLIN_HYBRID = dict(
    remote_policy="hybrid",
    location="Berlin, Germany",
    offers=["Kreuzberg office two days a week"],
)
WARSAW_REMOTE = dict(
    remote_policy="remote", location="Remote (Poland)", offers=["Remote from anywhere in Poland"]
)
SAO_PAULO_HYBRID = dict(
    remote_policy="hybrid",
    location="São Paulo, Brazil",
    offers=["Híbrido: two days at the Vila Olímpia office"],
)
TOKYO_HYBRID = dict(
    remote_policy="hybrid",
    location="Tokyo, Japan",
    offers=["Shibuya office three days a week"],
)
NAIROBI_ONSITE = dict(
    remote_policy="onsite",
    location="Nairobi, Kenya",
    offers=["Westlands office, Monday to Friday"],
)
MANILA_ONSITE = dict(
    remote_policy="onsite",
    location="Manila (BGC, Taguig), Philippines",
    offers=["On-site in Bonifacio Global City"],
)
REMOTE_APAC = dict(
    remote_policy="remote", location="Remote (APAC)", offers=["Fully remote across APAC"]
)

# --- 1. opt-outs, each beside a near-miss that is no opt-out -------------------------------
OPT_OUTS = [
    C(
        "an Aussie 'please don't contact me about roles again' is an opt-out; 'not this one, but "
        "keep me posted on staff roles' is not",
        "backend",
        [
            P(
                "Brodie Tregear",
                "backend",
                0,
                apps=[final_loss(300)],
                touches=[
                    wrote(
                        35,
                        "Mate, I'm right. Please don't contact me about roles again. Cheers",
                        outcome="not_interested",
                    )
                ],
                excluded=True,
                location="Sydney, NSW, Australia",
            ),
            P(
                "Jarrah Whitfield",
                "backend",
                2,
                apps=[final_loss(300)],
                touches=[
                    wrote(
                        35,
                        "Mate, I'm right for this one - not for me. But keep me posted on "
                        "anything staff level, cheers",
                    )
                ],
                location="Sydney, NSW, Australia",
            ),
        ],
        **SYDNEY_HYBRID,
    ),
    C(
        "a coordinator's 'asked to be removed from our talent community' is an opt-out; 'asked "
        "to be removed from the Thursday panel slot' is not",
        "data_eng",
        [
            P(
                "Sanne Oosterhuis",
                "data_eng",
                0,
                apps=[final_loss(260, role="Data Engineer")],
                touches=[
                    coord(
                        60,
                        "Sanne emailed asking to be removed from our talent community and not "
                        "to receive further job alerts or recruiter contact. Logged in privacy "
                        "tracker.",
                    )
                ],
                excluded=True,
                location="Utrecht, Netherlands",
            ),
            P(
                "Femke Wolters",
                "data_eng",
                2,
                apps=[final_loss(260, role="Data Engineer")],
                touches=[
                    coord(
                        60,
                        "Femke asked to be removed from the Thursday panel slot (dentist) - "
                        "moved her to Friday 10:00, HM ok with it.",
                    )
                ],
                location="Utrecht, Netherlands",
            ),
        ],
        **AMSTERDAM_HYBRID,
    ),
    C(
        "a Dutch 'graag niet meer benaderen' is an opt-out; 'graag via mijn privémail, niet via "
        "werk' is not",
        "sre",
        [
            P(
                "Thijs Roelofsen",
                "sre",
                0,
                touches=[
                    wrote(
                        80,
                        "Hoi, graag niet meer benaderen voor vacatures. Bedankt. / Please "
                        "don't approach me for vacancies anymore.",
                        channel="linkedin",
                    )
                ],
                excluded=True,
                location="Rotterdam, Netherlands",
            ),
            P(
                "Joris Bakker",
                "sre",
                1,
                touches=[
                    wrote(
                        80,
                        "Hoi, graag via mijn privémail benaderen, niet via werk. Sta open voor "
                        "een gesprek.",
                        channel="linkedin",
                    )
                ],
                location="Rotterdam, Netherlands",
            ),
        ],
        **AMSTERDAM_HYBRID,
    ),
    C(
        "'out of the market for good, asked us not to reach out any more' is an opt-out; 'not "
        "after anything right now, no harm keeping her on the radar' is not",
        "cs",
        [
            P(
                "Colleen Maguire",
                "cs",
                0,
                apps=[final_loss(400, role="Customer Success Manager")],
                touches=[
                    screen(
                        45,
                        "Colleen told me she's out of the job market for good - moving to the "
                        "family vineyard in the Barossa. Asked us not to reach out any more, "
                        "was lovely about it.",
                    )
                ],
                excluded=True,
                location="Adelaide, SA, Australia",
            ),
            P(
                "Tamsin Hargreave",
                "cs",
                2,
                apps=[final_loss(400, role="Customer Success Manager")],
                touches=[
                    screen(
                        45,
                        "Tamsin isn't after anything right now (just got a pay rise) but said "
                        "no harm keeping her on the radar for senior CS roles.",
                    )
                ],
                location="Adelaide, SA, Australia",
            ),
        ],
        **REMOTE_APAC,
    ),
    C(
        "'please remove my details from your system' is an opt-out; 'please update my details "
        "in your system, new number' is not",
        "frontend",
        [
            P(
                "Wei Ling Tan",
                "frontend",
                0,
                touches=[wrote(50, "Hi, please remove my details from your system. Thank you.")],
                excluded=True,
                location="Singapore",
            ),
            P(
                "Hui Min Goh",
                "frontend",
                1,
                touches=[
                    wrote(
                        50,
                        "Hi, please update my details in your system - new mobile is "
                        "+65 9123 4567. Thank you.",
                    )
                ],
                location="Singapore",
            ),
        ],
        title="Senior Frontend Engineer",
        **SINGAPORE_ONSITE,
    ),
    C(
        "'stop reaching out at work ... actually just stop altogether' is an opt-out; 'stop "
        "reaching out at work, personal email is fine' is not",
        "sales",
        [
            P(
                "Khalid Al Mansoori",
                "sales",
                0,
                apps=[final_loss(500, role="Account Executive")],
                touches=[
                    screen(
                        30,
                        "Khalid asked us to stop reaching out to him on his work line - then "
                        "said actually, just stop altogether, he's not interested in hearing "
                        "from us.",
                    )
                ],
                excluded=True,
                location="Dubai, UAE",
            ),
            P(
                "Faisal Rahmani",
                "sales",
                2,
                apps=[final_loss(500, role="Account Executive")],
                touches=[
                    screen(
                        30,
                        "Faisal asked us to stop reaching out to him on his work line - his "
                        "manager sits next to him. Personal email is fine, he's keen on "
                        "enterprise roles.",
                    )
                ],
                location="Dubai, UAE",
            ),
        ],
        description="Close enterprise SaaS deals across the GCC.",
        **DUBAI_ONSITE,
    ),
    C(
        "'not interested now or in future, pls stop messaging' is an opt-out; 'not interested "
        "in agency roles' to an in-house team is not",
        "backend",
        [
            P(
                "Kamau Njoroge",
                "ml",
                0,
                touches=[
                    wrote(
                        20,
                        "Not interested, now or in future. Pls stop messaging.",
                        channel="linkedin",
                        outcome="not_interested",
                    )
                ],
                excluded=True,
                location="Nairobi, Kenya",
            ),
            P(
                "Wanjiru Mwangi",
                "ml",
                1,
                touches=[
                    wrote(
                        20,
                        "Not interested in agency roles - but you're the in-house team, right? "
                        "Then go ahead, send the details.",
                        channel="linkedin",
                    )
                ],
                location="Nairobi, Kenya",
            ),
        ],
        title="Senior Machine Learning Engineer",
        requirements="Python\nPyTorch\nMLOps\nRecommendation systems",
        description="Build the credit-scoring and recommendation models behind our lending app.",
        **NAIROBI_ONSITE,
    ),
    C(
        "a Singlish 'don't need already, stop sending me jobs lah' is an opt-out; 'don't need "
        "to send the JD lah, just call me' is not",
        "backend",
        [
            P(
                "Desmond Lim",
                "backend",
                0,
                apps=[final_loss(210)],
                touches=[
                    wrote(
                        25,
                        "Bro don't need already, stop sending me jobs lah. Thanks",
                        channel="other",
                    )
                ],
                excluded=True,
                location="Singapore",
            ),
            P(
                "Jeremy Ong",
                "backend",
                2,
                apps=[final_loss(210)],
                touches=[
                    wrote(
                        25,
                        "Bro don't need to send the JD lah, just call me after 7 can",
                        channel="other",
                    )
                ],
                location="Singapore",
            ),
        ],
        **SINGAPORE_ONSITE,
    ),
]

# --- 2. waits, each against a twin whose wait has run out ---------------------------------
WAITS = [
    C(
        "long service leave 'till end of Feb' said this month waits; long service leave to the "
        "end of March said in January has run out",
        "backend",
        [
            P(
                "Lachlan Moorhouse",
                "backend",
                1,
                (
                    "Starting 3 months long service leave next week, back end of Feb. Touch "
                    "base after that, not before - he's properly switching off.",
                    12,
                ),
                apps=[final_loss(330)],
                location="Melbourne, VIC, Australia",
            ),
            P(
                "Declan Ashworth",
                "backend",
                2,
                (
                    "on LSL until the end of March. Happy to hear from us once he's back.",
                    date(2026, 1, 20),
                ),
                apps=[final_loss(330)],
                location="Melbourne, VIC, Australia",
            ),
        ],
        **MELBOURNE_ONSITE,
    ),
    C(
        "'won't move before Chinese New Year, bonus pays out then' said this month waits; 'after "
        "Hari Raya' said last January has run out",
        "data_eng",
        [
            P(
                "Kelvin Teo",
                "data_eng",
                1,
                (
                    "Annual bonus only pays out after Chinese New Year. Won't move before "
                    "then - after CNY he's open.",
                    20,
                ),
                location="Singapore",
            ),
            P(
                "Aisyah Rahman",
                "data_eng",
                2,
                (
                    "Bonus is paid after Hari Raya Puasa so wants to wait till after Raya, "
                    "then happy to interview.",
                    date(2026, 1, 15),
                ),
                location="Singapore",
            ),
        ],
        **SINGAPORE_ONSITE,
    ),
    C(
        "'talk after Eid' said this month waits for the coming Ramadan; the same wish said last "
        "February has run out",
        "sre",
        [
            P(
                "Tareq Haddadin",
                "sre",
                1,
                (
                    "Ramadan's coming and then he's in Amman with family for Eid - asked to "
                    "talk after Eid.",
                    10,
                ),
                location="Dubai, UAE",
            ),
            P(
                "Yousef Barakat",
                "sre",
                2,
                (
                    "Slow month for him with Ramadan, prefers we talk after Eid.",
                    date(2026, 2, 10),
                ),
                location="Dubai, UAE",
            ),
        ],
        **DUBAI_ONSITE,
    ),
    C(
        "'six-month Probezeit, won't jump before it's done' said this month waits; the same said "
        "in February has run out",
        "backend",
        [
            P(
                "Lena Hoffmann",
                "backend",
                1,
                (
                    "Started at a new place in October. Probezeit is six months and she won't "
                    "jump before it's done - after that, gerne.",
                    15,
                ),
                apps=[final_loss(420)],
                location="Berlin, Germany",
            ),
            P(
                "Katrin Oberländer",
                "backend",
                2,
                (
                    "New job since January, six months Probezeit - wait till it's over, "
                    "then she'll talk.",
                    date(2026, 2, 1),
                ),
                apps=[final_loss(420)],
                location="Berlin, Germany",
            ),
        ],
        **BERLIN_HYBRID,
    ),
    C(
        "'só depois do Carnaval' said this month waits; 'not while the World Cup is on' said in "
        "April has run out",
        "frontend",
        [
            P(
                "Thiago Nascimento",
                "frontend",
                1,
                (
                    "Só depois do Carnaval - he's in Salvador for it and his head isn't in job "
                    "hunting till then.",
                    18,
                ),
                location="São Paulo, Brazil",
            ),
            P(
                "Rafael Cardoso",
                "frontend",
                2,
                (
                    "Depois da Copa! Not doing interviews while the World Cup's on, ha.",
                    date(2026, 4, 20),
                ),
                location="São Paulo, Brazil",
            ),
        ],
        **SAO_PAULO_HYBRID,
    ),
    C(
        "parental leave 'until spring' said last month waits; parental leave 'until summer' "
        "said in February has run out",
        "frontend",
        [
            P(
                "Ebba Lindholm",
                "designer",
                1,
                (
                    "On föräldraledighet until spring, then back at work and open to talking.",
                    30,
                ),
                location="Stockholm, Sweden",
            ),
            P(
                "Signe Axelsson",
                "designer",
                2,
                (
                    "Parental leave until the summer - reconnect after that.",
                    date(2026, 2, 5),
                ),
                location="Stockholm, Sweden",
            ),
        ],
        title="Senior Product Designer",
        department="Design",
        requirements="Figma\nUser research\nPrototyping\nDesign systems",
        description="Design the booking flows for our travel app.",
        **STOCKHOLM_HYBRID,
    ),
    C(
        "'after Golden Week' said this month waits; 'after Obon' said in June has run out",
        "backend",
        [
            P(
                "Kenji Hoshino",
                "backend",
                1,
                (
                    "Go-live lands right before Golden Week so nothing until after GW. "
                    "Interested after that.",
                    8,
                ),
                location="Tokyo, Japan",
            ),
            P(
                "Daisuke Morita",
                "backend",
                2,
                ("After Obon, once the summer release is out, he can talk.", date(2026, 6, 10)),
                location="Tokyo, Japan",
            ),
        ],
        **TOKYO_HYBRID,
    ),
    C(
        "'give it two quarters' said last week waits; 'give it a quarter' said in June has run out",
        "data_eng",
        [
            P(
                "Mikołaj Zieliński",
                "data_eng",
                1,
                (
                    "Leading their warehouse migration. Give it two quarters, then he's "
                    "free to look.",
                    5,
                ),
                location="Kraków, Poland",
            ),
            P(
                "Bartosz Pietrzyk",
                "data_eng",
                2,
                (
                    "In the middle of a warehouse migration - give it a quarter.",
                    date(2026, 6, 2),
                ),
                location="Kraków, Poland",
            ),
        ],
        **WARSAW_REMOTE,
    ),
    C(
        "'listed three weeks ago, six-month lock-up' said last week waits; a lock-up from a "
        "January listing has run out",
        "sre",
        [
            P(
                "Harriet Blackwood",
                "sre",
                1,
                (
                    "Company listed on the ASX three weeks ago. She's locked up for six "
                    "months - after that, very open.",
                    7,
                ),
                location="Sydney, NSW, Australia",
            ),
            P(
                "Pippa Castellano",
                "sre",
                2,
                (
                    "Company listed on the ASX in January, six-month lock-up on her shares. "
                    "Keen once that's done.",
                    date(2026, 2, 2),
                ),
                location="Sydney, NSW, Australia",
            ),
        ],
        **SYDNEY_HYBRID,
    ),
]

# --- 3. standing objections the role goes against ------------------------------------------
SCHEDULE = [
    C(
        "'done with graveyard, day shift only' is below someone who used to refuse nights and "
        "no longer minds them, for a role on US hours",
        "cs",
        [
            P(
                "Maricel Dizon",
                "cs",
                0,
                apps=[final_loss(240, role="Customer Success Manager")],
                touches=[
                    screen(
                        40,
                        "5 yrs of graveyard at a BPO wrecked her sleep. Day shift only from now "
                        "on, she was firm. Good CS skills, Gainsight certified.",
                    )
                ],
                location="Quezon City, Philippines",
            ),
            P(
                "Rowena Bautista",
                "cs",
                2,
                apps=[final_loss(240, role="Customer Success Manager")],
                touches=[
                    screen(
                        40,
                        "Used to say no to night shift when the kids were small; they're in "
                        "high school now and she doesn't mind the US shift anymore.",
                    )
                ],
                location="Quezon City, Philippines",
            ),
        ],
        description=(
            "Look after our North American accounts. Shift is 9pm-6am Manila time to match "
            "US Eastern business hours; night differential paid."
        ),
        **MANILA_ONSITE,
    ),
    C(
        "'no Saturdays, that's footy with the kids' is below 'weekends fine' for a role with a "
        "Saturday roster",
        "sales",
        [
            P(
                "Shane Kowalczyk",
                "sales",
                0,
                "No Saturdays - that's junior footy with the kids, non-negotiable",
                location="Brisbane, QLD, Australia",
            ),
            P(
                "Nathan Greaves",
                "sales",
                2,
                "Weekends fine, used to retail hours",
                location="Brisbane, QLD, Australia",
            ),
        ],
        title="Senior Account Executive, Trade",
        remote_policy="onsite",
        location="Brisbane, QLD, Australia",
        offers=["Saturday morning trade-desk roster, one in three weeks, with a day in lieu"],
    ),
    C(
        "a hard no to on-call is below someone who left a past employer's unpaid pager but "
        "takes a paid rota, for a role with a paid on-call week",
        "sre",
        [
            P(
                "Henrik Dahlberg",
                "sre",
                0,
                apps=[final_loss(380, role="Platform Engineer")],
                touches=[hm(370, "HM: strong on k8s. Told us hard no to on-call after burnout.")],
                location="Stockholm, Sweden",
            ),
            P(
                "Gustav Engström",
                "sre",
                2,
                apps=[final_loss(380, role="Platform Engineer")],
                touches=[
                    hm(
                        370,
                        "HM: strong on k8s. Left Klarna-ish place bc on-call was every 2nd "
                        "week and unpaid - a sane paid rota is fine by him.",
                    )
                ],
                location="Stockholm, Sweden",
            ),
        ],
        description=(
            "Keep our payments platform up. On-call one week in six, paid on top of salary."
        ),
        **STOCKHOLM_HYBRID,
    ),
    C(
        "'no calls after 7pm, kids' bedtime' is below 'happy to do late calls with Europe' for "
        "a role with two late EMEA calls a week",
        "manager",
        [
            P(
                "Priya Raghunathan",
                "manager",
                0,
                "No calls after 7pm - bedtime routine with the kids, she guards that hard",
                location="Singapore",
            ),
            P(
                "Sushila Menon",
                "manager",
                2,
                "Happy to do late calls with Europe a couple of nights a week",
                location="Singapore",
            ),
        ],
        description=(
            "Lead the payments team of six engineers split between Singapore and Amsterdam. "
            "Two evening syncs a week with the Amsterdam half (until about 9pm SGT)."
        ),
        **SINGAPORE_ONSITE,
    ),
]

TRAVEL = [
    C(
        "'a couple of trips a year max' is below 'loves being on the road' for a role with 40% "
        "travel across ANZ",
        "sales",
        [
            P(
                "Kirsty McAllister",
                "sales",
                0,
                apps=[final_loss(280, role="Account Executive")],
                touches=[screen(270, "Travel: a couple of trips a year max. Two under five.")],
                location="Melbourne, VIC, Australia",
            ),
            P(
                "Bronwyn Pascoe",
                "sales",
                2,
                apps=[final_loss(280, role="Account Executive")],
                touches=[screen(270, "Travel: loves being on the road, misses client visits.")],
                location="Melbourne, VIC, Australia",
            ),
        ],
        title="Senior Account Executive, ANZ",
        description="Close mid-market deals in Australia and New Zealand. Travel up to 40%.",
        **MELBOURNE_ONSITE,
    ),
    C(
        "someone who left a past employer's weekly flying is above someone who wants client "
        "travel again, for a role with no travel",
        "data_eng",
        [
            P(
                "Anneke Visser",
                "data_eng",
                2,
                "Left consulting after two years of flying to clients every Monday - never "
                "again a role like that",
                location="Amsterdam, Netherlands",
            ),
            P(
                "Marloes de Graaf",
                "data_eng",
                0,
                "Misses being on client sites - wants a role with regular travel",
                location="Amsterdam, Netherlands",
            ),
        ],
        description=(
            "Own the analytics pipelines that finance and product rely on. No travel - the "
            "whole data team sits in Amsterdam."
        ),
        **AMSTERDAM_HYBRID,
    ),
    C(
        "'can't travel abroad at all right now' is below 'a week in Berlin each quarter is no "
        "problem' for a role with a quarterly week at HQ",
        "backend",
        [
            P(
                "Rasmus Kjær",
                "backend",
                0,
                apps=[final_loss(230)],
                touches=[
                    screen(
                        220,
                        "Can't travel abroad at all right now - custody arrangement, needs "
                        "to be in Copenhagen every week.",
                    )
                ],
                location="Copenhagen, Denmark",
            ),
            P(
                "Mads Sørensen",
                "backend",
                2,
                apps=[final_loss(230)],
                touches=[screen(220, "A week in Berlin each quarter is no problem at all.")],
                location="Copenhagen, Denmark",
            ),
        ],
        remote_policy="remote",
        location="Remote (Denmark)",
        offers=["Remote from Denmark", "One week per quarter at HQ in Berlin"],
    ),
]

VISA = [
    C(
        "a 485 graduate visa needing 482 sponsorship is below a New Zealander with full working "
        "rights, for a role that can't sponsor",
        "frontend",
        [
            P(
                "Arjun Chatterjee",
                "frontend",
                0,
                "On a 485 grad visa that runs out in June - will need 482 sponsorship to stay on",
                location="Melbourne, VIC, Australia",
            ),
            P(
                "Tane Rawiri",
                "frontend",
                2,
                "Kiwi passport, on the SCV - works here like a local, no visa needed",
                location="Melbourne, VIC, Australia",
            ),
        ],
        description=(
            "Own the customer web app. You must have full Australian working rights; we are "
            "unable to sponsor visas for this role."
        ),
        **MELBOURNE_ONSITE,
    ),
    C(
        "an Employment Pass holder needing a new EP is below a citizen whose husband is the one "
        "on a dependant pass, for a role that doesn't sponsor",
        "data_eng",
        [
            P(
                "Rohan Iyer",
                "data_eng",
                0,
                apps=[final_loss(200, role="Data Engineer")],
                touches=[
                    screen(
                        190,
                        "On an EP tied to his current employer - any move needs the new "
                        "company to apply for a fresh EP.",
                    )
                ],
                location="Singapore",
            ),
            P(
                "Mei Xin Chua",
                "data_eng",
                2,
                apps=[final_loss(200, role="Data Engineer")],
                touches=[
                    screen(
                        190,
                        "Singapore citizen. Her husband is on a dependant pass and is looking "
                        "for work too - asked if we know anyone hiring.",
                    )
                ],
                location="Singapore",
            ),
        ],
        description=(
            "Own the analytics pipelines that finance and product rely on. Open to "
            "Singaporeans and PRs only; we do not sponsor work passes."
        ),
        **SINGAPORE_ONSITE,
    ),
    C(
        "an Indian national needing a non-EU Swiss permit is below a Portuguese passport holder, "
        "for a role open to EU/EFTA nationals only",
        "backend",
        [
            P(
                "Vikram Subramanian",
                "ml",
                0,
                "Indian national, in Munich on a Blue Card - would need a Swiss B permit from "
                "the non-EU quota",
                location="Munich, Germany",
            ),
            P(
                "Tiago Magalhães",
                "ml",
                2,
                "Portuguese passport, living in Munich - free movement, can start in Zurich "
                "any time",
                location="Munich, Germany",
            ),
        ],
        title="Machine Learning Engineer",
        requirements="Python\nPyTorch\nMLOps\nRecommendation systems",
        description=(
            "Build our ranking models. We can only hire EU/EFTA nationals for this grade - no "
            "non-EU permits."
        ),
        **ZURICH_HYBRID,
    ),
    C(
        "'on a bridging visa, will need sponsoring' is below 'has PR, doesn't need sponsoring', "
        "for a role that can't sponsor",
        "backend",
        [
            P(
                "Ifeoma Obiakor",
                "backend",
                0,
                apps=[final_loss(310)],
                touches=[hm(300, "HM: solid. Visa - on a bridging visa, will need sponsoring.")],
                location="Sydney, NSW, Australia",
            ),
            P(
                "Dimitri Pappas",
                "backend",
                2,
                apps=[final_loss(310)],
                touches=[hm(300, "HM: solid. Visa - has PR, doesn't need sponsoring.")],
                location="Sydney, NSW, Australia",
            ),
        ],
        description="Build the services behind our ordering platform. No visa sponsorship.",
        **SYDNEY_HYBRID,
    ),
]

CONTRACT = [
    C(
        "'umowa o pracę only, no B2B' is below someone who runs their own działalność, for a "
        "B2B role",
        "backend",
        [
            P(
                "Paweł Wróblewski",
                "backend",
                0,
                "Umowa o pracę only - wants paid urlop and ZUS, not doing B2B again",
                location="Wrocław, Poland",
            ),
            P(
                "Tomasz Majewski",
                "backend",
                2,
                "Prefers B2B, already runs his own działalność and invoices monthly",
                location="Wrocław, Poland",
            ),
        ],
        offers=["Remote from anywhere in Poland", "B2B contract (invoice monthly, net + VAT)"],
        salary_min=28_000,
        salary_max=34_000,
        currency="PLN",
        remote_policy="remote",
        location="Remote (Poland)",
    ),
    C(
        "'só PJ' is below someone who wants CLT security, for a CLT role",
        "data_eng",
        [
            P(
                "Lucas Ferreira",
                "data_eng",
                0,
                apps=[final_loss(260, role="Data Engineer")],
                touches=[screen(250, "Só PJ - wants to invoice, net is much higher for him.")],
                location="São Paulo, Brazil",
            ),
            P(
                "Gabriel Monteiro",
                "data_eng",
                2,
                apps=[final_loss(260, role="Data Engineer")],
                touches=[
                    screen(250, "After two layoffs wants CLT - 13º, FGTS, the works. Stability.")
                ],
                location="São Paulo, Brazil",
            ),
        ],
        offers=["CLT with VR/VA, health plan and 13º salário", "Hybrid, two days in Vila Olímpia"],
        remote_policy="hybrid",
        location="São Paulo, Brazil",
    ),
    C(
        "'three days a week max since the baby' is above 'full-time only', for a 0.6 FTE role",
        "backend",
        [
            P(
                "Georgia Trevaskis",
                "finance",
                2,
                "Since the baby, looking for 3 days a week max",
                location="Melbourne, VIC, Australia",
            ),
            P(
                "Eloise Pemberton",
                "finance",
                0,
                "Full-time only - can't make the rent on a part-time wage",
                location="Melbourne, VIC, Australia",
            ),
        ],
        title="Financial Analyst (0.6 FTE, three days a week)",
        department="Finance",
        seniority="mid",
        requirements="FP&A\nExcel\nForecasting\nNetSuite",
        description="Monthly forecasting and board packs for a listed retailer.",
        **MELBOURNE_ONSITE,
    ),
    C(
        "'permanent only, just took on a mortgage' is below 'happy with fixed-term', for a "
        "12-month max-term contract",
        "frontend",
        [
            P(
                "Ashleigh Dunstan",
                "designer",
                0,
                apps=[final_loss(190, role="Product Designer")],
                touches=[
                    wrote(
                        180,
                        "Thanks for the feedback! Heads up for next time: permanent only for "
                        "me now, we just took on a mortgage.",
                    )
                ],
                location="Sydney, NSW, Australia",
            ),
            P(
                "Tegan Loughlin",
                "designer",
                2,
                apps=[final_loss(190, role="Product Designer")],
                touches=[
                    wrote(
                        180,
                        "Thanks for the feedback! Heads up for next time: I'm happy with "
                        "fixed-term, I like project work.",
                    )
                ],
                location="Sydney, NSW, Australia",
            ),
        ],
        title="Senior Product Designer - 12-month max-term contract",
        department="Design",
        requirements="Figma\nUser research\nPrototyping\nDesign systems",
        description="Cover a parental leave in our design team for twelve months.",
        **SYDNEY_HYBRID,
    ),
    C(
        "'contractor eight years, day rate only, won't go perm' is below 'tired of contracting, "
        "wants permanent with super and leave', for a permanent role",
        "sre",
        [
            P(
                "Grant Whitehouse",
                "sre",
                0,
                "Contractor 8 yrs. Day rate only - won't go perm, likes the freedom",
                location="Sydney, NSW, Australia",
            ),
            P(
                "Mitchell Fairweather",
                "sre",
                2,
                "Tired of contracting - wants a permanent gig with super and leave",
                location="Sydney, NSW, Australia",
            ),
        ],
        title="Senior SRE (permanent, full-time)",
        **SYDNEY_HYBRID,
    ),
]

COMMUTE = [
    C(
        "'max 45 min door to door, nothing further west than the CBD' from Manly is below "
        "'Parra is 30 min by train', for a Parramatta office",
        "cs",
        [
            P(
                "Felicity Rowe",
                "cs",
                0,
                "Lives in Manly. Max 45 min door to door - the ferry to the CBD is fine, nothing "
                "further west than that",
                location="Sydney, NSW, Australia",
            ),
            P(
                "Jasmine Haddock",
                "cs",
                2,
                "Parra is 30 min on the train for her",
                location="Sydney, NSW, Australia",
            ),
        ],
        remote_policy="hybrid",
        location="Parramatta, NSW, Australia",
        offers=["Three days a week at our Parramatta Square office"],
    ),
    C(
        "'won't do the cross-island commute from Jurong every day' is below 'Tampines, ten "
        "minutes away', for a five-day office at Changi Business Park",
        "backend",
        [
            P(
                "Marcus Yeo",
                "backend",
                0,
                apps=[final_loss(280)],
                touches=[
                    screen(
                        270,
                        "Stays in Jurong West. Won't do the cross-island commute to the east "
                        "every day - 1h15 each way on the MRT.",
                    )
                ],
                location="Singapore",
            ),
            P(
                "Bryan Koh",
                "backend",
                2,
                apps=[final_loss(280)],
                touches=[screen(270, "Stays in Tampines, 10 min from Changi Business Park.")],
                location="Singapore",
            ),
        ],
        remote_policy="onsite",
        location="Singapore (Changi Business Park)",
        offers=["Five days a week at Changi Business Park"],
    ),
    C(
        "'two-plus hours each way from Kitengela, can't do it daily' is below 'lives in "
        "Lavington', for an office in Westlands",
        "data_eng",
        [
            P(
                "Achieng Otieno",
                "data_eng",
                0,
                "Lives in Kitengela - Mombasa Rd traffic means 2+ hrs each way to Westlands, "
                "can't do that daily",
                location="Nairobi, Kenya",
            ),
            P(
                "Nyambura Kariuki",
                "data_eng",
                2,
                "Lives in Lavington, Westlands is a short drive",
                location="Nairobi, Kenya",
            ),
        ],
        **NAIROBI_ONSITE,
    ),
]

# --- 4. pay against the band ---------------------------------------------------------------
PAY = [
    C(
        "'floor is $185k base plus super' is below 'around $155k plus super', for an AUD "
        "150-165k band",
        "backend",
        [
            P(
                "Callum Treloar",
                "backend",
                0,
                apps=[final_loss(350)],
                touches=[screen(30, "Floor is $185k base plus super. Won't move for less.")],
                location="Sydney, NSW, Australia",
            ),
            P(
                "Hamish Carmody",
                "backend",
                2,
                apps=[final_loss(350)],
                touches=[screen(30, "Looking for around $155k plus super.")],
                location="Sydney, NSW, Australia",
            ),
        ],
        salary_min=150_000,
        salary_max=165_000,
        currency="AUD",
        **SYDNEY_HYBRID,
    ),
    C(
        "someone who says she draws SGD 8.5k a month now (no ask) is above someone expecting "
        "at least SGD 14k a month, for a role paying SGD 9-11k a month in the description",
        "cs",
        [
            P(
                "Shu Fen Ng",
                "cs",
                2,
                "Currently drawing SGD 8.5k a month basic, plus AWS",
                location="Singapore",
            ),
            P(
                "Charmaine Lau",
                "cs",
                0,
                "Expects at least SGD 14k a month to move",
                location="Singapore",
            ),
        ],
        description=(
            "Look after our largest accounts. SGD 9,000-11,000 a month plus the 13th-month AWS "
            "and a variable bonus."
        ),
        **SINGAPORE_ONSITE,
    ),
    C(
        "'won't look at anything under CHF 170k' is below 'CHF 140k would do it', for a CHF "
        "130-150k band",
        "sre",
        [
            P(
                "Lukas Brunner",
                "sre",
                0,
                apps=[final_loss(300, role="Platform Engineer")],
                touches=[hm(290, "HM: good. Comp - won't look at anything under CHF 170k.")],
                location="Zurich, Switzerland",
            ),
            P(
                "Reto Ammann",
                "sre",
                2,
                apps=[final_loss(300, role="Platform Engineer")],
                touches=[hm(290, "HM: good. Comp - CHF 140k would do it.")],
                location="Zurich, Switzerland",
            ),
        ],
        salary_min=130_000,
        salary_max=150_000,
        currency="CHF",
        **ZURICH_HYBRID,
    ),
    C(
        "'1500万 minimum' is below '1000万 would be fine', for a ¥9-11M band",
        "data_eng",
        [
            P(
                "Haruto Kobayashi",
                "data_eng",
                0,
                "Wants 1500万 minimum to move, has offers at that level",
                location="Tokyo, Japan",
            ),
            P(
                "Yuki Matsumoto",
                "data_eng",
                2,
                "1000万 would be fine for the right team",
                location="Tokyo, Japan",
            ),
        ],
        salary_min=9_000_000,
        salary_max=11_000_000,
        currency="JPY",
        **TOKYO_HYBRID,
    ),
    C(
        "'AED 60k a month all-in' is below 'AED 40k a month', for a role paying AED 35-42k a "
        "month tax-free in the offers",
        "sales",
        [
            P(
                "Rashid Qureshi",
                "sales",
                0,
                apps=[final_loss(220, role="Account Executive")],
                touches=[screen(210, "Asking AED 60k a month all-in, tax-free obviously.")],
                location="Dubai, UAE",
            ),
            P(
                "Naveed Siddiqui",
                "sales",
                2,
                apps=[final_loss(220, role="Account Executive")],
                touches=[screen(210, "AED 40k a month is what he's after, all-in.")],
                location="Dubai, UAE",
            ),
        ],
        remote_policy="onsite",
        location="Dubai, UAE",
        offers=[
            "AED 35,000-42,000 per month, tax-free, housing allowance included",
            "Office in Dubai Internet City",
        ],
    ),
    C(
        "someone currently on MXN 65k a month who wants a bump is above 'pide 120 mil al mes "
        "mínimo', for a role paying MXN 75-90k a month",
        "frontend",
        [
            P(
                "Alejandra Ruiz",
                "frontend",
                2,
                "Currently on 65k MXN a month gross, wants a bump",
                location="Mexico City, Mexico",
            ),
            P(
                "Fernanda Olvera",
                "frontend",
                0,
                "Pide 120 mil al mes mínimo, bruto",
                location="Mexico City, Mexico",
            ),
        ],
        remote_policy="hybrid",
        location="Mexico City (Polanco), Mexico",
        offers=[
            "MXN 75,000-90,000 brutos al mes + aguinaldo de 30 días",
            "Híbrido: dos días en Polanco",
        ],
    ),
]

# --- 5. work mode said in the role's different fields --------------------------------------
WORK_MODE = [
    C(
        "'remote only, non-negotiable' is below 'likes the office, a whiteboard person', for a "
        "role whose policy field alone says on-site",
        "backend",
        [
            P(
                "Sem Hendriks",
                "backend",
                0,
                "Remote only, non-negotiable",
                location="Amsterdam, Netherlands",
            ),
            P(
                "Daan Mulder",
                "backend",
                2,
                "Likes being in the office - a whiteboard person",
                location="Amsterdam, Netherlands",
            ),
        ],
        remote_policy="onsite",
        location="Amsterdam, Netherlands",
    ),
    C(
        "'wants remote' is above 'WFH is killing him, wants an office to go to', for a role whose "
        "description alone says fully remote",
        "data_eng",
        [
            P(
                "Jonas Richter",
                "data_eng",
                2,
                apps=[final_loss(260, role="Data Engineer")],
                touches=[screen(250, "Wants remote - moved to the Harz, nearest city is far.")],
                location="Goslar, Germany",
            ),
            P(
                "Felix Baumann",
                "data_eng",
                0,
                apps=[final_loss(260, role="Data Engineer")],
                touches=[screen(250, "WFH is killing him - wants an office to go to again.")],
                location="Goslar, Germany",
            ),
        ],
        location="Europe",
        description=(
            "Own the analytics pipelines that finance and product rely on. Fully remote across "
            "Europe - we have no office."
        ),
    ),
    C(
        "'max one day in the office' is below '3 days in is ideal', for a role whose title alone "
        "says three days in the Sydney CBD",
        "data_eng",
        [
            P(
                "Riley Ashcroft",
                "data_eng",
                0,
                "Max one day in the office a week",
                location="Sydney, NSW, Australia",
            ),
            P(
                "Zoe Papadakis",
                "data_eng",
                2,
                "3 days in is ideal for her - likes the split",
                location="Sydney, NSW, Australia",
            ),
        ],
        title="Senior Data Engineer (Hybrid - 3 days Sydney CBD)",
        location="Sydney, NSW, Australia",
    ),
    C(
        "'remote-first or nothing' is below 'hybrid is his sweet spot', for a role whose offers "
        "alone say three office days",
        "frontend",
        [
            P(
                "Oskar Nyberg",
                "frontend",
                0,
                apps=[final_loss(200, role="Frontend Engineer")],
                touches=[hm(190, "HM: great React. Remote-first or nothing, he said.")],
                location="Stockholm, Sweden",
            ),
            P(
                "Viktor Holm",
                "frontend",
                2,
                apps=[final_loss(200, role="Frontend Engineer")],
                touches=[hm(190, "HM: great React. Hybrid is his sweet spot.")],
                location="Stockholm, Sweden",
            ),
        ],
        location="Stockholm, Sweden",
        offers=["Work from our Södermalm office Tue-Thu, from home the rest"],
    ),
    C(
        "someone who hated a past employer's five-day office mandate is above someone who found "
        "fully remote isolating, for a remote role",
        "cs",
        [
            P(
                "Annabel Kingsley",
                "cs",
                2,
                "Hated her last place's five-day office mandate - two hours a day on the M1",
                location="Brisbane, QLD, Australia",
            ),
            P(
                "Courtney Vella",
                "cs",
                0,
                "Found fully remote isolating at her last job - wants an office and a team "
                "around her",
                location="Brisbane, QLD, Australia",
            ),
        ],
        **REMOTE_APAC,
    ),
]

# --- 6. negations and their scope ----------------------------------------------------------
NEGATIONS = [
    C(
        "'not against on-call if it's paid' is above 'against on-call, full stop', for a role "
        "with paid on-call",
        "sre",
        [
            P(
                "Björn Lundqvist",
                "sre",
                2,
                "Not against on-call if it's paid",
                location="Gothenburg, Sweden",
            ),
            P(
                "Anders Hedlund",
                "sre",
                0,
                "Against on-call, full stop",
                location="Gothenburg, Sweden",
            ),
        ],
        remote_policy="remote",
        location="Remote (Sweden)",
        offers=["Remote within Sweden", "Paid on-call, one week in five"],
    ),
    C(
        "'no people management - but happy to own technical direction' is above 'no people "
        "management and no tech-lead stuff either', for a staff IC role that sets direction",
        "backend",
        [
            P(
                "Sakura Inoue",
                "backend",
                2,
                apps=[final_loss(330)],
                touches=[
                    screen(
                        60,
                        "No people management please - but very happy to own technical "
                        "direction and do the design reviews.",
                    )
                ],
                location="Tokyo, Japan",
            ),
            P(
                "Ryo Takahashi",
                "backend",
                0,
                apps=[final_loss(330)],
                touches=[
                    screen(
                        60,
                        "No people management, and no tech-lead stuff either - just wants to "
                        "pick up tickets and code.",
                    )
                ],
                location="Tokyo, Japan",
            ),
        ],
        title="Staff Backend Engineer",
        seniority="staff",
        description=(
            "Set the technical direction for the ordering platform and lead design reviews. "
            "No direct reports."
        ),
        **TOKYO_HYBRID,
    ),
    C(
        "'not just remote - hybrid's fine too' is above 'just remote, not hybrid', for a hybrid "
        "role",
        "backend",
        [
            P(
                "Nico Steiner",
                "backend",
                2,
                "Not just remote - hybrid's fine too",
                location="Zurich, Switzerland",
            ),
            P(
                "Fabian Keller",
                "backend",
                0,
                "Just remote. Not hybrid.",
                location="Zurich, Switzerland",
            ),
        ],
        **ZURICH_HYBRID,
    ),
    C(
        "'it's not that I wouldn't do weekends' is above 'I wouldn't do weekends', for a role "
        "with a weekend rota",
        "cs",
        [
            P(
                "Kagiso Nkosi",
                "cs",
                2,
                apps=[final_loss(240, role="Customer Success Manager")],
                touches=[
                    wrote(
                        230,
                        "It's not that I wouldn't do weekends - happy to if it's on a proper rota.",
                    )
                ],
                location="Nairobi, Kenya",
            ),
            P(
                "Moraa Nyaboke",
                "cs",
                0,
                apps=[final_loss(240, role="Customer Success Manager")],
                touches=[wrote(230, "I wouldn't do weekends. Sundays are church and family.")],
                location="Nairobi, Kenya",
            ),
        ],
        description="Look after our largest accounts. Weekend support rota, one in four.",
        **NAIROBI_ONSITE,
    ),
    C(
        "'no issue with 30% travel' is above 'travel is an issue with two little ones', for a "
        "role with 30% travel",
        "sales",
        [
            P(
                "Mathilde Rasmussen",
                "sales",
                2,
                "No issue with 30% travel",
                location="Copenhagen, Denmark",
            ),
            P(
                "Freja Lauridsen",
                "sales",
                0,
                "Travel is an issue with two little ones at home",
                location="Copenhagen, Denmark",
            ),
        ],
        title="Senior Account Executive, Nordics",
        remote_policy="hybrid",
        location="Copenhagen, Denmark",
        offers=["Hybrid, Nørrebro office", "Around 30% travel across the Nordics"],
    ),
]

# --- 7. location and relocation ------------------------------------------------------------
LOCATIONS = [
    C(
        "'would move to Melbourne for the right thing' is above 'Brisbane and staying', for a "
        "Melbourne office role",
        "backend",
        [
            P(
                "Connor Blackburn",
                "backend",
                2,
                "Would move to Melbourne for the right thing - his sister's there",
                location="Brisbane, QLD, Australia",
            ),
            P(
                "Liam Prentice",
                "backend",
                0,
                "Brisbane and staying - won't relocate",
                location="Brisbane, QLD, Australia",
            ),
        ],
        **MELBOURNE_ONSITE,
    ),
    C(
        "'happy to take the Øresund train over the bridge' is above 'only Malmö or Lund roles', "
        "for a Copenhagen role",
        "data_eng",
        [
            P(
                "Elin Bergqvist",
                "data_eng",
                2,
                apps=[final_loss(300, role="Data Engineer")],
                touches=[screen(280, "Lives in Malmö, happy to take the Øresundståg over.")],
                location="Malmö, Sweden",
            ),
            P(
                "Klara Ekdahl",
                "data_eng",
                0,
                apps=[final_loss(300, role="Data Engineer")],
                touches=[screen(280, "Lives in Malmö, only Malmö or Lund roles for her.")],
                location="Malmö, Sweden",
            ),
        ],
        remote_policy="hybrid",
        location="Copenhagen, Denmark",
        offers=["Hybrid, three days in our Copenhagen office"],
    ),
    C(
        "'open to relocating to Nairobi' is above 'Kampala only', for a Nairobi office role",
        "sre",
        [
            P(
                "Brian Ssempijja",
                "sre",
                2,
                "Open to relocating to Nairobi - EAC passport, easy",
                location="Kampala, Uganda",
            ),
            P(
                "Ronald Mukasa",
                "sre",
                0,
                "Kampala only, family business here",
                location="Kampala, Uganda",
            ),
        ],
        **NAIROBI_ONSITE,
    ),
    C(
        "'would move to SG, that's the plan anyway' is above 'KL only, parents are here', for a "
        "Singapore office role",
        "frontend",
        [
            P(
                "Hafiz Ismail",
                "frontend",
                2,
                apps=[final_loss(180, role="Frontend Engineer")],
                touches=[wrote(170, "Would move to SG for this kind of role, that's the plan.")],
                location="Kuala Lumpur, Malaysia",
            ),
            P(
                "Nurul Azman",
                "frontend",
                0,
                apps=[final_loss(180, role="Frontend Engineer")],
                touches=[wrote(170, "KL only for me, my parents are here.")],
                location="Kuala Lumpur, Malaysia",
            ),
        ],
        **SINGAPORE_ONSITE,
    ),
]

# --- 8. managing and level -----------------------------------------------------------------
LEVEL = [
    C(
        "'six reports now, wants to keep people leadership' is above 'burnt out on managing, "
        "back to IC', for an engineering-manager role",
        "manager",
        [
            P(
                "Pieter Jansen",
                "manager",
                2,
                apps=[final_loss(270, role="Engineering Manager")],
                touches=[hm(260, "HM: 6 reports now, wants to keep people leadership. Yes.")],
                location="Amsterdam, Netherlands",
            ),
            P(
                "Ruben Smit",
                "manager",
                0,
                apps=[final_loss(270, role="Engineering Manager")],
                touches=[hm(260, "HM: burnt out on managing, wants to go back to IC. Hmm.")],
                location="Amsterdam, Netherlands",
            ),
        ],
        **AMSTERDAM_HYBRID,
    ),
    C(
        "'wants to stay hands-on' is above 'only Head of or Director titles now', for a senior "
        "IC role",
        "backend",
        [
            P(
                "Jan Schröder",
                "backend",
                2,
                "Wants to stay hands-on, no interest in managing",
                location="Berlin, Germany",
            ),
            P(
                "Moritz Albrecht",
                "backend",
                0,
                "Only considering Head of Engineering or Director titles now",
                location="Berlin, Germany",
            ),
        ],
        **BERLIN_HYBRID,
    ),
    C(
        "'the title doesn't bother her' is above 'currently Lead, won't step down a title', for "
        "a mid-level role",
        "backend",
        [
            P(
                "Agnieszka Nowak",
                "backend",
                2,
                apps=[final_loss(210)],
                touches=[screen(200, "Title doesn't bother her - it's the work that matters.")],
                location="Gdańsk, Poland",
            ),
            P(
                "Katarzyna Lewandowska",
                "backend",
                0,
                apps=[final_loss(210)],
                touches=[screen(200, "Currently Lead Engineer, won't step down a title.")],
                location="Gdańsk, Poland",
            ),
        ],
        title="Backend Engineer",
        seniority="mid",
        **WARSAW_REMOTE,
    ),
    C(
        "'ready for staff, been doing the scope unofficially' is above 'wants a gentler "
        "mid-level role after a career break', for a staff role",
        "sre",
        [
            P(
                "Thandiwe Mokoena",
                "sre",
                2,
                "Ready for staff - been doing the scope unofficially for a year",
                location="Sydney, NSW, Australia",
            ),
            P(
                "Palesa Mahlangu",
                "sre",
                0,
                "Back after a two-year career break - wants a gentler mid-level role to "
                "rebuild confidence first",
                location="Sydney, NSW, Australia",
            ),
        ],
        title="Staff SRE",
        seniority="staff",
        **SYDNEY_HYBRID,
    ),
]

# --- 9. company stage and size -------------------------------------------------------------
STAGE_SIZE = [
    C(
        "'wants early-stage chaos' is above 'only established companies, two startups folded "
        "under him', for a 15-person pre-seed startup",
        "backend",
        [
            P(
                "Maximilian Krause",
                "backend",
                2,
                "Wants early-stage chaos - first-ten-engineers kind of thing",
                location="Berlin, Germany",
            ),
            P(
                "Tobias Engel",
                "backend",
                0,
                "Only established companies - two startups folded under him",
                location="Berlin, Germany",
            ),
        ],
        description=(
            "We're a 15-person pre-seed startup building ordering software for restaurants. "
            "You'd be engineer number four."
        ),
        **BERLIN_HYBRID,
    ),
    C(
        "'a big company with structure and a pension please' is above 'corporate allergy, over "
        "500 people is a no', for a 40,000-person conglomerate",
        "data_eng",
        [
            P(
                "Aoi Nakamura",
                "data_eng",
                2,
                apps=[final_loss(250, role="Data Engineer")],
                touches=[screen(240, "A big company with structure and a pension please.")],
                location="Tokyo, Japan",
            ),
            P(
                "Ren Fujimoto",
                "data_eng",
                0,
                apps=[final_loss(250, role="Data Engineer")],
                touches=[screen(240, "Corporate allergy - anything over 500 people is a no.")],
                location="Tokyo, Japan",
            ),
        ],
        description=(
            "Join the data platform group of a 40,000-person Japanese trading and "
            "manufacturing conglomerate."
        ),
        **TOKYO_HYBRID,
    ),
    C(
        "'scale-up stage is the sweet spot' is above 'bootstrapped or profitable only, no VC "
        "money', for a VC-backed Series B",
        "frontend",
        [
            P(
                "Diego Villarreal",
                "frontend",
                2,
                "Scale-up stage is the sweet spot - 50 to 300 people",
                location="Mexico City, Mexico",
            ),
            P(
                "Emilio Cervantes",
                "frontend",
                0,
                "Bootstrapped or profitable only - no VC money, watched one burn through it",
                location="Mexico City, Mexico",
            ),
        ],
        remote_policy="hybrid",
        location="Mexico City (Polanco), Mexico",
        description="Series B fintech, 120 people, backed by Kaszek and a16z.",
        offers=["Híbrido: dos días en Polanco"],
    ),
]

# --- 10. industry, mission and technology --------------------------------------------------
MISSION = [
    C(
        "'won't work for fossil fuels, especially coal' is below 'mining tech is her thing', for "
        "a coal and iron-ore miner",
        "data_eng",
        [
            P(
                "Sienna Pickering",
                "data_eng",
                0,
                "Won't work for fossil fuels, especially coal",
                location="Perth, WA, Australia",
            ),
            P(
                "Matilda Hoskins",
                "data_eng",
                2,
                "Grew up in the Pilbara - mining tech is her thing",
                location="Perth, WA, Australia",
            ),
        ],
        remote_policy="onsite",
        location="Perth, WA, Australia",
        description="Own the pipelines for our coal and iron-ore operations' haulage data.",
    ),
    C(
        "'wants climate work, renewables ideally' is above 'only fintech, stays in payments', "
        "for a rooftop-solar company",
        "backend",
        [
            P(
                "Bram Vermeulen",
                "backend",
                2,
                apps=[final_loss(240)],
                touches=[screen(230, "Wants climate work - renewables ideally.")],
                location="Amsterdam, Netherlands",
            ),
            P(
                "Lars de Boer",
                "backend",
                0,
                apps=[final_loss(240)],
                touches=[screen(230, "Only fintech - wants to stay in payments.")],
                location="Amsterdam, Netherlands",
            ),
        ],
        description="Build the platform that runs 40,000 rooftop solar installations.",
        **AMSTERDAM_HYBRID,
    ),
    C(
        "'doesn't drink, won't work for an alcohol company' is below 'loves the craft beer "
        "scene', for a brewery",
        "sales",
        [
            P(
                "Yasmin El Idrissi",
                "sales",
                0,
                "Doesn't drink - won't work for an alcohol company",
                location="Amsterdam, Netherlands",
            ),
            P(
                "Noor Bakkali",
                "sales",
                2,
                "Loves the craft beer scene, would be a dream to sell it",
                location="Amsterdam, Netherlands",
            ),
        ],
        title="Senior Account Executive",
        description="Sell our beers to bars and retailers across the Benelux for a brewery.",
        **AMSTERDAM_HYBRID,
    ),
]

TECH = [
    C(
        "'wants to get into Databricks and Spark' is above 'allergic to Spark, stays in SQL "
        "and dbt', for a Databricks role",
        "data_eng",
        [
            P(
                "Ingrid Halvorsen",
                "data_eng",
                2,
                "Wants to get into Databricks and Spark",
                location="Stockholm, Sweden",
            ),
            P(
                "Astrid Nordin",
                "data_eng",
                0,
                "Allergic to Spark - wants to stay SQL and dbt",
                location="Stockholm, Sweden",
            ),
        ],
        requirements="Spark\nDatabricks\nPython\nSQL\nAirflow",
        **STOCKHOLM_HYBRID,
    ),
    C(
        "'done with AWS, GCP only' is below 'keen to learn AWS', for a role on AWS and EKS",
        "sre",
        [
            P(
                "Siddharth Kulkarni",
                "sre",
                0,
                apps=[final_loss(220, role="Platform Engineer")],
                touches=[hm(210, "HM: great incident stories. Done with AWS, GCP only.")],
                location="Singapore",
            ),
            P(
                "Ravi Venugopal",
                "sre",
                2,
                apps=[final_loss(220, role="Platform Engineer")],
                touches=[hm(210, "HM: great incident stories. Keen to learn AWS.")],
                location="Singapore",
            ),
        ],
        requirements="Kubernetes (EKS)\nTerraform\nAWS\nGo\nPrometheus",
        **SINGAPORE_ONSITE,
    ),
    C(
        "'won't touch Vue again' is below 'likes Vue, uses it on side projects', for a Vue role",
        "frontend",
        [
            P(
                "Larissa Andrade",
                "frontend",
                0,
                "Won't touch Vue again after a painful 2 to 3 migration",
                location="São Paulo, Brazil",
            ),
            P(
                "Beatriz Correia",
                "frontend",
                2,
                "Likes Vue, uses it on side projects",
                location="São Paulo, Brazil",
            ),
        ],
        requirements="TypeScript\nVue 3\nNuxt\nAccessibility",
        **SAO_PAULO_HYBRID,
    ),
]

# --- 11. last time's reason: resolved by this role, or still standing ----------------------
RESOLVED = [
    C(
        "an offer turned down over five days in the office is above an offer turned down over a "
        "210k ask, for a remote role capped at 165k AUD",
        "backend",
        [
            P(
                "Oliver Penhaligon",
                "backend",
                2,
                apps=[
                    turned_down(
                        420,
                        "remote_policy",
                        "Turned us down - five days in Cremorne was the dealbreaker",
                    )
                ],
                location="Hobart, TAS, Australia",
            ),
            P(
                "Ethan Marchetti",
                "backend",
                0,
                apps=[
                    turned_down(
                        420,
                        "compensation",
                        "Turned us down - asked 210k base, we capped at 170k",
                    )
                ],
                location="Hobart, TAS, Australia",
            ),
        ],
        salary_min=150_000,
        salary_max=165_000,
        currency="AUD",
        **REMOTE_APAC,
    ),
    C(
        "a withdrawal because we couldn't sponsor a Blue Card then is above a plain final loss, "
        "for a role that sponsors one now",
        "backend",
        [
            P(
                "Karim Mansour",
                "backend",
                2,
                apps=[
                    app(
                        500,
                        "final",
                        "withdrew",
                        "other",
                        "Withdrew after final - needed Blue Card sponsorship and we weren't "
                        "sponsoring that year",
                    )
                ],
                location="Cairo, Egypt",
            ),
            P(
                "Hossam Farouk",
                "backend",
                1,
                apps=[final_loss(500)],
                location="Cairo, Egypt",
            ),
        ],
        remote_policy="hybrid",
        location="Berlin, Germany",
        offers=[
            "Kreuzberg office two days a week",
            "EU Blue Card sponsorship and relocation package",
        ],
    ),
    C(
        "an offer turned down for wanting to manage is above one turned down for wanting to stay "
        "IC, for an engineering-manager role",
        "manager",
        [
            P(
                "Akosua Mensah",
                "manager",
                2,
                apps=[
                    turned_down(
                        380,
                        "other",
                        "Declined - wanted to manage people, that role was IC",
                        role="Senior Backend Engineer",
                    )
                ],
                location="Amsterdam, Netherlands",
            ),
            P(
                "Efua Boateng",
                "manager",
                0,
                apps=[
                    turned_down(
                        380,
                        "other",
                        "Declined - wanted to stay IC, that role came with 4 reports",
                        role="Senior Backend Engineer",
                    )
                ],
                location="Amsterdam, Netherlands",
            ),
        ],
        **AMSTERDAM_HYBRID,
    ),
    C(
        "a withdrawal for wanting a four-day week is above a plain final loss, for a role on a "
        "32-hour, four-day week",
        "cs",
        [
            P(
                "Philippa Greenaway",
                "cs",
                2,
                apps=[
                    withdrew_at(
                        450,
                        "other",
                        "Pulled out after the final - wanted a 4-day week and that role was 5 days",
                        stage="final",
                    )
                ],
                location="Melbourne, VIC, Australia",
            ),
            P(
                "Genevieve Ashby",
                "cs",
                1,
                apps=[final_loss(450, role="Customer Success Manager")],
                location="Melbourne, VIC, Australia",
            ),
        ],
        remote_policy="hybrid",
        location="Melbourne, VIC, Australia",
        offers=["32-hour, four-day week on full pay", "Two days in the Cremorne office"],
    ),
]

LAST_TIME = [
    C(
        "an offer turned down over five days on site is below a plain final loss, for another "
        "five-day on-site role",
        "sre",
        [
            P(
                "Zaid Khoury",
                "sre",
                0,
                apps=[
                    turned_down(
                        330,
                        "remote_policy",
                        "Said no to the offer - five days on site in Internet City, wanted "
                        "two from home",
                        role="Platform Engineer",
                    )
                ],
                location="Dubai, UAE",
            ),
            P(
                "Sami Nassar",
                "sre",
                2,
                apps=[final_loss(330, role="Platform Engineer")],
                location="Dubai, UAE",
            ),
        ],
        **DUBAI_ONSITE,
    ),
    C(
        "a rejection for swearing at our coordinator is below a plain final loss",
        "frontend",
        [
            P(
                "Travis Holden",
                "frontend",
                0,
                apps=[
                    app(
                        260,
                        "final",
                        "rejected",
                        "conduct",
                        "Swore at our coordinator on the phone over a reschedule. HM: never again.",
                        role="Frontend Engineer",
                    )
                ],
                location="Brisbane, QLD, Australia",
            ),
            P(
                "Cooper Lindsay",
                "frontend",
                2,
                apps=[final_loss(260, role="Frontend Engineer")],
                location="Brisbane, QLD, Australia",
            ),
        ],
        **REMOTE_APAC,
    ),
    C(
        "an offer turned down for not leaving Sydney for Perth is below a plain final loss, for "
        "another Perth role",
        "data_eng",
        [
            P(
                "Jack Sutherland",
                "data_eng",
                0,
                apps=[
                    turned_down(
                        290,
                        "location",
                        "Declined - not leaving Sydney for Perth, kids settled in school",
                        role="Data Engineer",
                    )
                ],
                location="Sydney, NSW, Australia",
            ),
            P(
                "Angus Fairbairn",
                "data_eng",
                2,
                apps=[final_loss(290, role="Data Engineer")],
                location="Sydney, NSW, Australia",
            ),
        ],
        remote_policy="onsite",
        location="Perth, WA, Australia",
        offers=["Office on St Georges Terrace, Monday to Friday"],
    ),
]

# --- 12. the latest process and the stage actually reached --------------------------------
PROCESS = [
    C(
        "a final round closed by a hiring freeze is above a CV that did not pass the screen",
        "backend",
        [
            P(
                "Samuel Okafor",
                "backend",
                2,
                apps=[
                    app(
                        230,
                        "final",
                        "position_closed",
                        "headcount",
                        "Hiring freeze closed the req the week we were drafting his offer",
                    )
                ],
                location="Amsterdam, Netherlands",
            ),
            P(
                "Emeka Eze",
                "backend",
                1,
                apps=[
                    app(
                        230,
                        "screen",
                        "rejected",
                        "skills_gap",
                        "Didn't get past the recruiter screen",
                    )
                ],
                location="Amsterdam, Netherlands",
            ),
        ],
        **AMSTERDAM_HYBRID,
    ),
    C(
        "an old screen followed by a recent offer turned down for timing is above an old offer "
        "followed by a recent failed take-home",
        "data_eng",
        [
            P(
                "Camila Arango",
                "data_eng",
                2,
                apps=[
                    app(
                        1100,
                        "screen",
                        "rejected",
                        "skills_gap",
                        "No Python back then",
                        role="Junior Data Engineer",
                    ),
                    turned_down(
                        300,
                        "timing",
                        "Couldn't leave mid-project, loved the team",
                        role="Data Engineer",
                    ),
                ],
                location="Mexico City, Mexico",
            ),
            P(
                "Valentina Ochoa",
                "data_eng",
                1,
                apps=[
                    turned_down(
                        1100,
                        "counteroffer",
                        "Took the counter-offer",
                        role="Junior Data Engineer",
                    ),
                    app(
                        300,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Take-home was weak, HM not keen",
                        role="Data Engineer",
                    ),
                ],
                location="Mexico City, Mexico",
            ),
        ],
        remote_policy="hybrid",
        location="Mexico City (Polanco), Mexico",
        offers=["Híbrido: dos días en Polanco"],
    ),
    C(
        "a withdrawal before the onsite for a family move long ago is above a no-show to the "
        "onsite six weeks ago",
        "sre",
        [
            P(
                "Otieno Ouma",
                "sre",
                2,
                apps=[
                    withdrew_at(
                        600,
                        "timing",
                        "Family moving back to Nairobi, withdrew before the onsite loop",
                        stage="onsite",
                        role="Platform Engineer",
                    )
                ],
                location="Nairobi, Kenya",
            ),
            P(
                "Kipchoge Rotich",
                "sre",
                0,
                apps=[
                    app(
                        42,
                        "onsite",
                        "rejected",
                        "no_show",
                        "No-show to the onsite loop, no reply to three follow-ups",
                        role="Platform Engineer",
                    )
                ],
                location="Nairobi, Kenya",
            ),
        ],
        **NAIROBI_ONSITE,
    ),
]

# --- 13. several notes over time: the latest word on a subject counts ----------------------
LATEST_WORD = [
    C(
        "'won't relocate to Melbourne' then 'partner got a job there, now keen' is above 'open "
        "to Melbourne' then 'bought a house, not moving', for a Melbourne office role",
        "backend",
        [
            P(
                "Isla Kavanagh",
                "backend",
                2,
                ("Won't relocate to Melbourne - Adelaide is home", 420),
                ("Update: partner landed a job in Melbourne, so now keen to move there", 25),
                location="Adelaide, SA, Australia",
            ),
            P(
                "Ruby Castellanos",
                "backend",
                0,
                ("Open to moving to Melbourne", 420),
                ("Bought a house in the Adelaide Hills - not moving anymore", 25),
                location="Adelaide, SA, Australia",
            ),
        ],
        **MELBOURNE_ONSITE,
    ),
    C(
        "'prefers hybrid' hardened into 'remote or nothing' is below 'remote ideally' softened "
        "into 'misses the office, two days is fine', for a hybrid role",
        "frontend",
        [
            P(
                "Wouter Bosman",
                "frontend",
                0,
                apps=[final_loss(400, role="Frontend Engineer")],
                touches=[
                    screen(400, "Prefers hybrid."),
                    screen(20, "After this year it's remote or nothing for him, he's decided."),
                ],
                location="Haarlem, Netherlands",
            ),
            P(
                "Stijn Verbeek",
                "frontend",
                2,
                apps=[final_loss(400, role="Frontend Engineer")],
                touches=[
                    screen(400, "Remote ideally."),
                    screen(20, "Actually misses the office now - two days in is fine."),
                ],
                location="Haarlem, Netherlands",
            ),
        ],
        **AMSTERDAM_HYBRID,
    ),
    C(
        "an ask lowered from 160k to 140k for the right mission is above 'flexible on comp' "
        "raised to 185k minimum, for an AUD 140-150k band",
        "data_eng",
        [
            P(
                "Charlotte Beaumont",
                "data_eng",
                2,
                ("Wants 160k", 500),
                ("Would take 140 for the right mission - she's come round on that", 40),
                location="Sydney, NSW, Australia",
            ),
            P(
                "Madeleine Rourke",
                "data_eng",
                0,
                ("Flexible on comp", 500),
                ("Needs 185 minimum now with mortgage rates where they are", 40),
                location="Sydney, NSW, Australia",
            ),
        ],
        salary_min=140_000,
        salary_max=150_000,
        currency="AUD",
        description="Own the analytics pipelines for a not-for-profit health insurer.",
        **SYDNEY_HYBRID,
    ),
    C(
        "'no on-call ever' then 'with a paid rota it's fine now' is above 'fine with on-call' "
        "then 'done with on-call', for a role with paid on-call",
        "sre",
        [
            P(
                "Hugo Lindgren",
                "sre",
                2,
                apps=[final_loss(410, role="Platform Engineer")],
                touches=[
                    hm(400, "HM: no on-call ever, he said. Shame."),
                    wrote(30, "With a paid rota on-call's fine now honestly, I've mellowed."),
                ],
                location="Uppsala, Sweden",
            ),
            P(
                "Elias Forsberg",
                "sre",
                0,
                apps=[final_loss(410, role="Platform Engineer")],
                touches=[
                    hm(400, "HM: fine with on-call, knows the drill."),
                    wrote(30, "After a brutal year of pages, I'm done with on-call."),
                ],
                location="Uppsala, Sweden",
            ),
        ],
        offers=["Södermalm office three days, the rest from home", "Paid on-call, 1 week in 6"],
        remote_policy="hybrid",
        location="Stockholm, Sweden",
    ),
    C(
        "a stop two years ago taken back by a warm note last month is shown first; 'keep me "
        "posted' followed by a stop last month is never shown",
        "backend",
        [
            P(
                "Nadia Kowalski",
                "backend",
                2,
                apps=[final_loss(760)],
                touches=[
                    wrote(700, "Stop emailing me please.", outcome="not_interested"),
                    wrote(
                        40,
                        "Hi - it's been a while. I'd actually love to hear about roles again, "
                        "things have changed here.",
                    ),
                ],
                location="Warsaw, Poland",
            ),
            P(
                "Zofia Grabowska",
                "backend",
                0,
                apps=[final_loss(760)],
                touches=[
                    wrote(700, "Keep me posted!"),
                    wrote(
                        40,
                        "Please stop contacting me, I'm not interested any more.",
                        outcome="not_interested",
                    ),
                ],
                excluded=True,
                location="Warsaw, Poland",
            ),
        ],
        **WARSAW_REMOTE,
    ),
    C(
        "'no travel while the kids are small' then 'kids at uni, travel's fine' is above 'loves "
        "travel' then 'no flying for a year after surgery', for a role with 30% travel",
        "sales",
        [
            P(
                "Deborah Whitlam",
                "sales",
                2,
                ("No travel while the kids are small", 1100),
                ("Kids are at uni now - travel's fine, even keen", 60),
                location="Perth, WA, Australia",
            ),
            P(
                "Rosalind Carver",
                "sales",
                0,
                ("Loves travel", 1100),
                ("After back surgery, no flying for a year - doctor's orders", 60),
                location="Perth, WA, Australia",
            ),
        ],
        title="Senior Account Executive, WA and NT",
        remote_policy="hybrid",
        location="Perth, WA, Australia",
        offers=["Hybrid, West Perth office", "About 30% travel, mostly fly-in to regional sites"],
    ),
]

HELDOUT8_CASES: list[Case] = [
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
