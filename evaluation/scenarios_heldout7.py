"""Held-out rediscovery cases, seventh set: recruiters' own words, written by a seventh stranger
to the reader (its code, its labelled sets and the earlier case files' sentences were not looked
at; held-out 6 was opened for its format only).

It stands in for the records others will check Encore against, so it is measured and reported
on its own line ("held-out 7") and never tuned to what Encore does. Where the earlier sets
leaned on other languages and far-flung settings, this one is what an English-speaking agency
or in-house team types into an ATS: call notes dictated into a phone (no punctuation, misheard
words), Slack one-liners pasted in, screening-form answers ("Comp:", "RTW:", "Notice:", "CCTC:",
"ECTC:", "NP:"), email replies pasted with our quoted outreach, its footer ("reply STOP",
"Unsubscribe") and their signature, LinkedIn DMs and texts; changed minds and tenses,
conditionals, hedges, sarcasm, double negatives, numbers in words ("one-twenty", "six
figures", "mid-90s", "sixty-five"), US and UK numeric dates. Settings are the US, Canada, the
UK, Ireland, South Africa, New Zealand, India and Nigeria, with their currencies (USD hourly W2
and salaried, CAD, GBP, EUR, ZAR a month CTC, NZD with KiwiSaver, NGN monthly net, INR in LPA),
holidays and habits. Roles carry their terms in different places: the remote-policy field, the
offers, only the description, only the title, the requirements, a seniority, or a band.

1. opt-outs (a bare "Unsubscribe" and a "No thanks." typed above our quoted email, a dictated
   "take me off the list", a Slack note of an erasure request, a POPIA consent withdrawn on a
   screening form, a sarcastic "lose my number", a Kiwi "delete me", a formal Nigerian request
   "not contacted henceforth", a mind changed to "stop contacting me", a withdrawal's "remove
   from all future searches", "don't send me any more of these"): never shown; the near-miss
   beside each stays shown (a yes and a pay question above the same quoted footer, "don't call
   me at work, text after six", "perm only from now on", "email only, no WhatsApp", a sarcastic
   "send the spec", "not this one, flick me the next", "reach me on email henceforth", a mind
   changed the other way, a counter-offer with "keep in touch", "don't stop sending these");
2. waits, counted from the day said, each against a twin whose wait has run out: a 12-week
   notice, an acquisition closing EOQ1, an RSU cliff, the Indian FY close and appraisal letters,
   Thanksgiving (three days off), post-Xmas, a child starting school next September, US "after
   3/1", UK "from 01/03" (the twin's "01/07" said in April is 1 July), "6-8 wks", EOQ, a Kiwi
   summer (ahead in November; the twin's "after winter" said in May is over), Easter in Lagos,
   post-bonus with the February payroll: shown, below the equal person;
3. standing objections the role goes against: a dictated "absolutely no on call" against a paid
   pager, no Saturday rota, no more US shift from Pune; a night away a month against 50% travel,
   domestic-only against US trips; a Graduate visa needing Skilled Worker sponsorship, an H-1B
   transfer, a PGWP needing an LMIA against roles that do not sponsor; contract-only outside
   IR35 against a perm role, perm FTE only against a W2 contract, three days a week against 40
   hours, full-time only against a 20-hour role, "no FTCs" against a maternity-cover FTC; a
   30-minute commute cap from Milton Keynes, Ikorodu to Victoria Island, the drive from
   Oakville: below the person the role suits;
4. pay asks and floors against the band: $85/hr W2 against $60/hr, "one-twenty" against
   "mid-90s", 140K CAD+ against 115-120, R95k pm CTC against R65k, $150k + KiwiSaver against low
   130s, N1.5m monthly net against N900k, ECTC 45 LPA against a 30% hike on 22, 90k EUR against
   75ish, "six figures" against "sixty-five": above the band is below;
5. work mode said in different fields: hybrid only in the policy field ("used to insist on
   remote, now fine with 2 days"), remote only in the description, Monday-to-Friday only in the
   offers, three office days only in the title, "if it were fully remote I'd consider it" for a
   remote role, and a hybrid person who moved to Cornwall and is remote-only now;
6. negations and their scope: "not unwilling to travel" against "not willing to travel", "no
   Java, no .NET — Python or Go only" against "anything but Python", "wouldn't rule out" against
   "would rule out" relocating to Manchester, "not only remote" against "only remote", a
   sarcastic "I'd LOVE five days in the office" against an honest one, "can't say I'm not
   interested in leading" against "can't say I'm interested";
7. location and relocation: relocation to Toronto "not anymore" against "keen to move next
   year", "would only move for the right role — Cape Town" against "not moving", Pune or Hyd
   against Chennai only, Cork to Dublin against Cork only, a Denver local against "staying in
   Austin";
8. managing and level: wants people management against back to IC (EM role), wants reports
   against stays hands-on (IC role), "won't go back to a non-senior title" against "title's not
   important" (mid-level role), staff scope wanted against not (staff role);
9. company stage and size: done with startups against wants seed (a 12-person seed startup), no
   big corporates against wants a big employer (an 80,000-person bank), bootstrapped-only against
   a scale-up wanted (Series C), wants an MNC against loves startups (a 30-person fintech);
10. industry and mission: gambling refused, weapons refused, health wanted, crypto refused;
    technology: Azure refused, React left behind, Go wanted, Django disliked once and now fine
    against Django refused;
11. last time's reason: moving to NYC, a work permit, a CAD pay cap, a 24/7 on-call rota, a
    mid-level title and five office days resolved by this role (above a plain silver medalist);
    five days in the Loop, a 160k ask, weekly travel and conduct still standing (below), and the
    latest of two processes deciding which of two people's office-days objection stands;
12. the latest process and the stage actually reached: a stage field left at "applied" whose
    note says final panel, a final against a screen closed on headcount, a recent no-show to a
    screen after an old final, an onsite loop closed on headcount against a first round lost.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# Our own outreach as it comes back quoted under a reply: it carries our footer, which names
# "unsubscribe" and "reply STOP". Quoting it is no opt-out; only what the person typed above is.
QUOTED_OUTREACH = (
    "\n\nOn Mon, Nov 2, 2026 at 9:41 AM Jess Whitaker <jess@northlane-talent.com> wrote:\n"
    "> Hi there, hope things are good! We spoke last year about the platform role and a new\n"
    "> one has opened that fits what you told me you wanted. Worth a quick chat?\n"
    "> If you'd rather not hear from me, just reply 'no thanks' and I won't write again.\n"
    "> --\n"
    "> Jess Whitaker | Senior Talent Partner | Northlane\n"
    "> Reply STOP to opt out. Unsubscribe: https://northlane-talent.com/u/8f2c"
)


def silver(when, note=None, *, role="Backend Engineer", **kw) -> dict:
    """Lost the final round to one other person."""
    return app(when, "final", "rejected", "other_candidate", note, rating=4.2, role=role, **kw)


def declined(when, reason, note, *, past=None, role="Backend Engineer") -> dict:
    """Turned our offer down."""
    return app(when, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(when, reason, note, *, stage="interview", role="Backend Engineer") -> dict:
    return app(when, stage, "withdrew", reason, note, role=role)


def email_back(when, text) -> dict:
    """Their email reply, pasted into the ATS as it arrived (quote and all)."""
    return touch(when, "inbound", "replied", note=text, channel="email")


def text_back(when, text) -> dict:
    """An SMS or WhatsApp message, pasted in."""
    return touch(when, "inbound", "replied", note=text, channel="other")


def dm_back(when, text) -> dict:
    return touch(when, "inbound", "replied", note=text, channel="linkedin")


def dictated(when, text) -> dict:
    """A call note dictated into the phone: no punctuation, misheard words."""
    return touch(when, "outbound", "replied", "note", note=text, channel="phone")


def slack(when, text) -> dict:
    """A one-liner a teammate pasted from Slack into the ATS."""
    return touch(when, "outbound", None, "note", note=text, channel="other")


def screening(when, *lines) -> dict:
    """Answers pasted from a screening form, one field a line."""
    return touch(when, "outbound", "replied", "note", note="\n".join(lines), channel="phone")


def without_offers(setting: dict) -> dict:
    """A role's place and policy, for a role whose offers say something else."""
    return {k: v for k, v in setting.items() if k != "offers"}


# --- the roles' settings -------------------------------------------------------------------
LONDON_HYBRID = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Two days a week in our Farringdon office"],
)
REMOTE_US = dict(
    remote_policy="remote", location="Remote (US)", offers=["Remote anywhere in the US"]
)
REMOTE_CANADA = dict(
    remote_policy="remote", location="Remote (Canada)", offers=["Remote from anywhere in Canada"]
)
TORONTO_HYBRID = dict(
    remote_policy="hybrid",
    location="Toronto, ON, Canada",
    offers=["In the King West office Tuesdays and Thursdays"],
)
DUBLIN_HYBRID = dict(
    remote_policy="hybrid",
    location="Dublin, Ireland",
    offers=["Hybrid: Grand Canal Dock office two days a week"],
)
SANDTON_HYBRID = dict(
    remote_policy="hybrid",
    location="Johannesburg (Sandton), South Africa",
    offers=["Hybrid, three days at the Sandton office"],
)
AUCKLAND_HYBRID = dict(
    remote_policy="hybrid",
    location="Auckland, New Zealand",
    offers=["Hybrid, two days in our Britomart office"],
)
LAGOS_ONSITE = dict(
    remote_policy="onsite",
    location="Lagos (Victoria Island), Nigeria",
    offers=["Office-based in Victoria Island, Monday to Friday"],
)
PUNE_HYBRID = dict(
    remote_policy="hybrid",
    location="Pune, India",
    offers=["Hybrid, two days a week at our Baner office"],
)

# --- 1. opt-outs, each beside a near-miss that is no opt-out -------------------------------
OPT_OUTS = [
    C(
        "'unsubscribe' typed above our quoted email is an opt-out; a yes above the same quoted "
        "footer (which says unsubscribe and reply STOP) is not",
        "backend",
        [
            P(
                "Hannah Crowther",
                "backend",
                0,
                apps=[silver(330)],
                touches=[email_back(21, "Unsubscribe" + QUOTED_OUTREACH)],
                excluded=True,
                location="Manchester, UK",
            ),
            P(
                "Callum Pritchard",
                "backend",
                2,
                apps=[silver(330)],
                touches=[
                    email_back(
                        21,
                        "Hi Jess, yes go on then, Thursday after 2 works for a chat. Cheers, C"
                        + QUOTED_OUTREACH,
                    )
                ],
                location="Manchester, UK",
            ),
        ],
        **LONDON_HYBRID,
    ),
    C(
        "'no thanks' typed above our quoted outreach is an opt-out; 'thanks' and a question "
        "above the quoted 'reply no thanks' line is not",
        "data_eng",
        [
            P(
                "Marisa Delgado",
                "data_eng",
                0,
                touches=[email_back(18, "No thanks." + QUOTED_OUTREACH)],
                excluded=True,
                location="Phoenix, AZ",
            ),
            P(
                "Trent Hollis",
                "data_eng",
                1,
                touches=[
                    email_back(
                        18,
                        "Thanks for reaching out - what's the comp range on this one?\n\nTrent "
                        "Hollis\nSent from my iPhone" + QUOTED_OUTREACH,
                    )
                ],
                location="Phoenix, AZ",
            ),
        ],
        **REMOTE_US,
    ),
    C(
        "dictated call note 'please dont call me again take me off the list' is an opt-out; "
        "'dont call me at work text after six' is not",
        "sre",
        [
            P(
                "Darnell Brooks",
                "sre",
                0,
                touches=[
                    dictated(
                        40,
                        "spoke to darnell he said please dont call me again and take me off the "
                        "list hes had too many recruiters ringing him period he was polite but "
                        "clear",
                    )
                ],
                excluded=True,
                location="Atlanta, GA",
            ),
            P(
                "Kendrick Moss",
                "sre",
                1,
                touches=[
                    dictated(
                        40,
                        "spoke to kendrick he said dont call me at work his manager sits right "
                        "there text him after six or email anytime he's open to a chat",
                    )
                ],
                location="Atlanta, GA",
            ),
        ],
        **REMOTE_US,
    ),
    C(
        "a slack line 'asked to be wiped from all our comms, erasure pending' is an opt-out; "
        "'take her off the contract list, perm only' is not",
        "frontend",
        [
            P(
                "Priya Thakrar",
                "frontend",
                0,
                touches=[
                    slack(
                        33,
                        "fyi Priya T emailed the privacy inbox, wants to be wiped from all our "
                        "comms. erasure request pending w/ legal, nobody contact pls",
                    )
                ],
                excluded=True,
                location="Leicester, UK",
            ),
            P(
                "Sunita Mistry",
                "frontend",
                2,
                touches=[
                    slack(
                        33,
                        "fyi Sunita M said take her off the contract roles list - perm only "
                        "from now on",
                    )
                ],
                location="Leicester, UK",
            ),
        ],
        **LONDON_HYBRID,
    ),
    C(
        "a screening form 'Consent: withdrawn' is an opt-out; 'Contact pref: email only' is not",
        "cs",
        [
            P(
                "Lerato Mokoena",
                "cs",
                0,
                touches=[
                    screening(
                        90,
                        "Name: Lerato Mokoena",
                        "Consent (POPIA): WITHDRAWN 14/08 - do not contact",
                        "Notice: 1 calendar month",
                    )
                ],
                excluded=True,
                location="Johannesburg, South Africa",
            ),
            P(
                "Thandiwe Nkosi",
                "cs",
                1,
                touches=[
                    screening(
                        90,
                        "Name: Thandiwe Nkosi",
                        "Consent (POPIA): given",
                        "Contact pref: email only, no WhatsApp",
                        "Notice: 1 calendar month",
                    )
                ],
                location="Johannesburg, South Africa",
            ),
        ],
        **SANDTON_HYBRID,
    ),
    C(
        "sarcastic 'lose my number' is an opt-out; sarcastic 'miracles do happen, send the spec' "
        "is not",
        "backend",
        [
            P(
                "Gareth Pugh-Evans",
                "backend",
                0,
                touches=[
                    text_back(
                        12,
                        "Oh great, a fourth message this month, that'll definitely change my "
                        "mind. Lose my number.",
                    )
                ],
                excluded=True,
                location="Cardiff, UK",
            ),
            P(
                "Rhys Morgan",
                "backend",
                2,
                touches=[
                    text_back(
                        12,
                        "A recruiter who actually remembers what I said, miracles do happen. Not "
                        "looking hard but go on, send the spec over.",
                    )
                ],
                location="Cardiff, UK",
            ),
        ],
        **LONDON_HYBRID,
    ),
    C(
        "kiwi 'not keen on hearing from recruiters ever again, delete me' is an opt-out; 'yeah "
        "nah not this one, flick me the next' is not",
        "data_eng",
        [
            P(
                "Ngaire Tipene",
                "data_eng",
                0,
                touches=[
                    text_back(
                        50,
                        "nah sorry, not keen on hearing from recruiters ever again. pls delete "
                        "me from whatever system this is",
                    )
                ],
                excluded=True,
                location="Auckland, New Zealand",
            ),
            P(
                "Hemi Walker",
                "data_eng",
                2,
                touches=[
                    text_back(
                        50,
                        "yeah nah not this one bro, but flick me the next senior one for sure",
                    )
                ],
                location="Auckland, New Zealand",
            ),
        ],
        **AUCKLAND_HYBRID,
    ),
    C(
        "a formal nigerian request to be removed and not contacted henceforth is an opt-out; "
        "'reach me on email henceforth' is not",
        "backend",
        [
            P(
                "Chukwuemeka Anyanwu",
                "backend",
                0,
                touches=[
                    email_back(
                        70,
                        "Good day. I wish to formally request that my details be removed from "
                        "your database and that I am not contacted henceforth on any "
                        "opportunity. Thank you.\nEmeka",
                    )
                ],
                excluded=True,
                location="Lagos, Nigeria",
            ),
            P(
                "Oluwaseun Adewale-Ojo",
                "backend",
                2,
                touches=[
                    email_back(
                        70,
                        "Good day. Kindly note I have changed my line; please reach me on email "
                        "henceforth. Still open to a conversation. Regards, Seun",
                    )
                ],
                location="Lagos, Nigeria",
            ),
        ],
        **LAGOS_ONSITE,
    ),
    C(
        "a mind changed to 'please stop contacting me' is an opt-out; one changed the other way, "
        "to 'happy to hear about roles again', is not",
        "sre",
        [
            P(
                "Meredith Kowalski",
                "sre",
                0,
                touches=[
                    email_back(240, "Sure, keep me in the loop on platform roles!"),
                    email_back(
                        30,
                        "Hi, I've thought about it and I'd rather you stopped contacting me "
                        "altogether. Please remove my details. Thanks.",
                    ),
                ],
                excluded=True,
                location="Chicago, IL",
            ),
            P(
                "Bryce Van Horn",
                "sre",
                2,
                touches=[
                    email_back(240, "Please stop emailing me, not interested."),
                    email_back(
                        30,
                        "Hey, I know I told you to stop emailing back in the spring. Things "
                        "changed here - I'd actually be glad to hear about roles again.",
                    ),
                ],
                location="Chicago, IL",
            ),
        ],
        **REMOTE_US,
    ),
    C(
        "a withdrawal noted 'remove from all future searches' is an opt-out; a withdrawal over a "
        "counter-offer with 'keep in touch' is not",
        "sales",
        [
            P(
                "Aoife Brennan",
                "sales",
                0,
                apps=[
                    withdrew(
                        150,
                        "not_interested",
                        "Withdrew after 2nd stage. Asked to be removed from all future searches "
                        "- DO NOT CONTACT.",
                        role="Account Executive",
                    )
                ],
                excluded=True,
                location="Dublin, Ireland",
            ),
            P(
                "Ciara Flanagan",
                "sales",
                1,
                apps=[
                    withdrew(
                        150,
                        "counteroffer",
                        "Withdrew after 2nd stage - took the counter-offer. Said keep in touch, "
                        "she'd take a call in 6 months.",
                        role="Account Executive",
                    )
                ],
                location="Dublin, Ireland",
            ),
        ],
        **DUBLIN_HYBRID,
    ),
    C(
        "'don't send me any more of these' is an opt-out; 'don't stop sending these' is not",
        "frontend",
        [
            P(
                "Jordan Pelletier",
                "frontend",
                0,
                touches=[dm_back(25, "Please don't send me any more of these.")],
                excluded=True,
                location="Montreal, QC, Canada",
            ),
            P(
                "Sophie Tremblay",
                "frontend",
                2,
                touches=[
                    dm_back(25, "don't stop sending these lol, the last one was really close")
                ],
                location="Montreal, QC, Canada",
            ),
        ],
        **REMOTE_CANADA,
    ),
]

# --- 2. waits, counted from the day said; each twin's wait has run out ----------------------
WAITS = [
    C(
        "'serving 12 weeks notice, reconnect once I'm out' said this month waits; the same said "
        "in the spring has run out",
        "backend",
        [
            P(
                "Imogen Fairley",
                "backend",
                1,
                (
                    "Notice: 12 wks, just handed it in. Wants us to reconnect once she's out "
                    "and had a breather, not before",
                    9,
                ),
                location="Bristol, UK",
            ),
            P(
                "Oliver Kershaw",
                "backend",
                2,
                (
                    "serving his notice (12 weeks) - said come back to him once he's through it",
                    date(2026, 4, 14),
                ),
                location="Bristol, UK",
            ),
        ],
        **LONDON_HYBRID,
    ),
    C(
        "'once the acquisition closes, EOQ1' said this month waits; 'after the merger closes by "
        "end of summer' said in March has run out",
        "data_eng",
        [
            P(
                "Whitney Calloway",
                "data_eng",
                1,
                (
                    "Company being acquired, deal expected to close EOQ1. Retention bonus pays "
                    "on close so she's not moving till then. After that she's all ears.",
                    15,
                ),
                location="Denver, CO",
            ),
            P(
                "Garrett Lindqvist",
                "data_eng",
                2,
                (
                    "wants to see the merger through first, should close by end of summer, "
                    "then open to talk",
                    date(2026, 3, 5),
                ),
                location="Denver, CO",
            ),
        ],
        **REMOTE_US,
    ),
    C(
        "'staying put till the RSU cliff' said a month ago waits; a cliff that vested in July "
        "has run out",
        "sre",
        [
            P(
                "Tyler Okonkwo",
                "sre",
                1,
                (
                    "joined in Feb, 1yr cliff on his RSUs. not walking away from that, hit him "
                    "up once it vests",
                    30,
                ),
                location="Seattle, WA",
            ),
            P(
                "Austin Reinholt",
                "sre",
                2,
                ("waiting on the RSU cliff in July, open after that", date(2026, 2, 11)),
                location="Seattle, WA",
            ),
        ],
        **REMOTE_US,
    ),
    C(
        "'after the FY closes and appraisal letters are out' said this month waits; 'after "
        "appraisal letters in June' said in February has run out",
        "data_eng",
        [
            P(
                "Nikhil Bhandari",
                "data_eng",
                1,
                (
                    "Current CTC 24 LPA. Will look only after the FY closes and appraisal "
                    "letters are out, doesn't want to lose the variable",
                    20,
                ),
                location="Pune, India",
            ),
            P(
                "Rohan Kulkarni",
                "data_eng",
                2,
                (
                    "CTC 23 LPA; wants to wait for appraisal letters in June, then will explore",
                    date(2026, 2, 9),
                ),
                location="Pune, India",
            ),
        ],
        **PUNE_HYBRID,
    ),
    C(
        "'circle back after Thanksgiving' said three weeks ago still waits; 'after Labor Day' "
        "said in July has run out",
        "frontend",
        [
            P(
                "Kayla Brandt",
                "frontend",
                1,
                ("circle back after thanksgiving, slammed w/ holiday code freeze prep", 21),
                location="Columbus, OH",
            ),
            P(
                "Madison Ortega",
                "frontend",
                2,
                ("after labor day pls, summer w the kids", date(2026, 7, 20)),
                location="Columbus, OH",
            ),
        ],
        **REMOTE_US,
    ),
    C(
        "'ring me post-Xmas' said last week waits; 'after Easter' said in March has run out",
        "cs",
        [
            P(
                "Poppy Ashworth",
                "cs",
                1,
                ("ring me post-Xmas, year end renewals are mental", 8),
                location="Leeds, UK",
            ),
            P(
                "Harriet Doyle",
                "cs",
                2,
                ("try her again after Easter, mid-restructure", date(2026, 3, 2)),
                location="Leeds, UK",
            ),
        ],
        remote_policy="remote",
        location="Remote (UK)",
        offers=["Remote-first, UK based"],
    ),
    C(
        "'once our youngest starts school next Sept' said this month waits; 'once the kid "
        "starts school in Sept' said in May has run out",
        "backend",
        [
            P(
                "Fiona McAllister",
                "backend",
                1,
                (
                    "on reduced hours till our youngest starts school next Sept, properly back "
                    "on the market after that",
                    16,
                ),
                location="Edinburgh, UK",
            ),
            P(
                "Euan Buchanan",
                "backend",
                2,
                (
                    "juggling childcare, will look once the kid starts school in Sept",
                    date(2026, 5, 12),
                ),
                location="Edinburgh, UK",
            ),
        ],
        **LONDON_HYBRID,
    ),
    C(
        "'not available till after 3/1' said last week waits; 'after 6/30' said in March has run "
        "out",
        "sre",
        [
            P(
                "Dustin Kovach",
                "sre",
                1,
                ("wrapping a contract, not available till after 3/1", 6),
                location="Pittsburgh, PA",
            ),
            P(
                "Colby Marchetti",
                "sre",
                2,
                ("locked into current gig, free after 6/30", date(2026, 3, 18)),
                location="Pittsburgh, PA",
            ),
        ],
        **REMOTE_US,
    ),
    C(
        "uk 'free from 01/03' said this week waits; 'free from 01/07' said in April (1 July, "
        "UK order) has run out",
        "data_eng",
        [
            P(
                "Lydia Pemberton",
                "data_eng",
                1,
                ("Notice: 3 months. Free from 01/03, happy to talk nearer the time", 4),
                location="Sheffield, UK",
            ),
            P(
                "Amelia Hargreaves",
                "data_eng",
                2,
                ("Notice: 3 months. Free from 01/07, talk nearer the time", date(2026, 4, 6)),
                location="Sheffield, UK",
            ),
        ],
        remote_policy="remote",
        location="Remote (UK)",
        offers=["Fully remote, UK hours"],
    ),
    C(
        "'give it 6-8 weeks, mid-migration' said twelve days ago waits; 'give me a couple of "
        "months' said in July has run out",
        "backend",
        [
            P(
                "Connor Walsh",
                "backend",
                1,
                ("give it 6-8 wks, right in the middle of a big db migration", 12),
                location="Galway, Ireland",
            ),
            P(
                "Niamh Ó Riordáin",
                "backend",
                2,
                ("give me a couple of months and ask again", date(2026, 7, 8)),
                location="Galway, Ireland",
            ),
        ],
        **DUBLIN_HYBRID,
    ),
    C(
        "'slammed till EOQ' said this month waits; the same said in August (end of Q3) has run out",
        "sales",
        [
            P(
                "Brianna Fischer",
                "sales",
                1,
                ("slammed till EOQ closing out the number, try me after", 13),
                location="Boston, MA",
            ),
            P(
                "Mackenzie Doyle",
                "sales",
                2,
                (
                    "heads down till EOQ, she's chasing quota - after that she's open",
                    date(2026, 8, 3),
                ),
                location="Boston, MA",
            ),
        ],
        remote_policy="remote",
        location="Remote (US East)",
        offers=["Remote, East Coast hours"],
        description="Close mid-market deals across the US East Coast.",
    ),
    C(
        "a kiwi 'after the summer hols' said in November waits (summer is ahead); 'after winter' "
        "said in May has run out",
        "data_eng",
        [
            P(
                "Aroha Te Whata",
                "data_eng",
                1,
                ("after the summer hols eh, taking the kids to the Mount for weeks", 10),
                location="Hamilton, New Zealand",
            ),
            P(
                "Liam Fairbairn",
                "data_eng",
                2,
                ("after winter, ski season job on the side till then", date(2026, 5, 18)),
                location="Hamilton, New Zealand",
            ),
        ],
        **AUCKLAND_HYBRID,
    ),
    C(
        "'call me after Easter' said in Lagos this month waits; 'after the Independence Day long "
        "weekend' said in September has run out",
        "backend",
        [
            P(
                "Chiamaka Onyekachi",
                "backend",
                1,
                ("Said call her after Easter, wedding planning till then", 14),
                location="Lagos, Nigeria",
            ),
            P(
                "Tunde Olorunfemi",
                "backend",
                2,
                ("call after the Independence Day long weekend", date(2026, 9, 15)),
                location="Lagos, Nigeria",
            ),
        ],
        **LAGOS_ONSITE,
    ),
    C(
        "'post-bonus, it hits with the Feb payroll' said this month waits; 'post-bonus, paid in "
        "March' said in January has run out",
        "frontend",
        [
            P(
                "Ethan Lachance",
                "frontend",
                1,
                ("will entertain offers post-bonus, it hits with the Feb payroll", 11),
                location="Ottawa, ON, Canada",
            ),
            P(
                "Mathieu Bergeron-Lavoie",
                "frontend",
                2,
                ("post-bonus (paid in March) he's open to moving", date(2026, 1, 22)),
                location="Ottawa, ON, Canada",
            ),
        ],
        **REMOTE_CANADA,
    ),
]

# --- 3. standing objections the role goes against -----------------------------------------
SCHEDULE = [
    C(
        "dictated 'absolutely no on call' sits below 'on call is fine if its paid' for a paid "
        "one-week-in-six pager",
        "sre",
        [
            P(
                "Brent Kaminski",
                "sre",
                0,
                touches=[
                    dictated(
                        35,
                        "brent said absolutely no on call did it for five years and its wrecked "
                        "his sleep he wont go back to carrying a pager",
                    )
                ],
                location="Minneapolis, MN",
            ),
            P(
                "Cody Lindahl",
                "sre",
                2,
                touches=[
                    dictated(
                        35,
                        "cody said on call is fine if its paid and the rotation is sane like one "
                        "week in five or six",
                    )
                ],
                location="Minneapolis, MN",
            ),
        ],
        **without_offers(REMOTE_US),
        offers=["Remote anywhere in the US", "Paid on-call: one week in six"],
    ),
    C(
        "'no Saturday rota, weekends are for my kids' sits below 'happy to do the odd Saturday "
        "for TOIL' for a role with Saturday cover",
        "cs",
        [
            P(
                "Zanele Dlamini",
                "cs",
                0,
                "weekends are for my kids - no Saturday rota, full stop",
                location="Johannesburg, South Africa",
            ),
            P(
                "Bongani Khumalo",
                "cs",
                2,
                "happy to do the odd Saturday if there's time off in lieu",
                location="Johannesburg, South Africa",
            ),
        ],
        **SANDTON_HYBRID,
        description="Look after our largest accounts. Saturday cover one weekend in three.",
    ),
    C(
        "'did two years of US shift, never again' sits below 'US shift suits me' for a role on "
        "US hours from Pune",
        "data_eng",
        [
            P(
                "Siddharth Paranjpe",
                "data_eng",
                0,
                "Did 2 yrs of US shift at an MNC, never again. Day shift only.",
                location="Pune, India",
            ),
            P(
                "Aniket Deshpande",
                "data_eng",
                2,
                "US shift suits me actually, mornings free for my MBA classes",
                location="Pune, India",
            ),
        ],
        **PUNE_HYBRID,
        title="Senior Data Engineer (US shift, 6:30 PM - 3:30 AM IST)",
    ),
]

TRAVEL = [
    C(
        "'max a night away a month since the baby' sits below 'loves being on the road' for a "
        "role on the road half the time",
        "sales",
        [
            P(
                "Declan Mulcahy",
                "sales",
                0,
                "since the baby, max a night away a month. that's the limit",
                location="Dublin, Ireland",
            ),
            P(
                "Eoin Kavanagh",
                "sales",
                2,
                "loves being on the road, travel no issue at all",
                location="Dublin, Ireland",
            ),
        ],
        **without_offers(DUBLIN_HYBRID),
        offers=["Up to 50% travel across the UK and Ireland, most weeks two nights away"],
    ),
    C(
        "'would travel if it's domestic only' sits below 'passport's ready, happy to fly' for "
        "regular trips to US customers",
        "cs",
        [
            P(
                "Shreya Banerjee",
                "cs",
                0,
                "would travel if it's domestic only - no long-haul, visa hassles every time",
                location="Pune, India",
            ),
            P(
                "Megha Agarwal",
                "cs",
                2,
                "passport's ready, B1/B2 valid till 2031, happy to fly to the US often",
                location="Pune, India",
            ),
        ],
        **without_offers(PUNE_HYBRID),
        offers=["Quarterly trips to our US customers in San Francisco and New York"],
    ),
]

VISA = [
    C(
        "'RTW: Graduate visa, will need Skilled Worker sponsorship' sits below 'RTW: British "
        "citizen' for a role that cannot sponsor",
        "backend",
        [
            P(
                "Arjun Menon",
                "backend",
                0,
                touches=[
                    screening(
                        45,
                        "Comp: 70k",
                        "RTW: Graduate visa, exp Aug 27 - will need Skilled Worker sponsorship",
                        "Notice: 1 month",
                    )
                ],
                location="London, UK",
            ),
            P(
                "Tom Fairweather",
                "backend",
                2,
                touches=[screening(45, "Comp: 70k", "RTW: British citizen", "Notice: 1 month")],
                location="London, UK",
            ),
        ],
        **LONDON_HYBRID,
        description="Build the services behind our ordering platform. We are unable to offer "
        "visa sponsorship for this role.",
    ),
    C(
        "'on H-1B, needs a transfer' sits below 'green card holder' for a role that will not "
        "sponsor or transfer",
        "data_eng",
        [
            P(
                "Venkatesh Raghunathan",
                "data_eng",
                0,
                "on H-1B with current employer, would need a transfer to move",
                location="Dallas, TX",
            ),
            P(
                "Ramesh Chandran",
                "data_eng",
                2,
                "green card holder since last year, no sponsorship needed",
                location="Dallas, TX",
            ),
        ],
        **without_offers(REMOTE_US),
        offers=["Remote anywhere in the US", "We cannot sponsor or transfer H-1B visas"],
    ),
    C(
        "'open work permit runs out in spring, will need an LMIA' sits below 'PR since 2023' "
        "for a Toronto role with no sponsorship",
        "frontend",
        [
            P(
                "Gurpreet Sandhu",
                "frontend",
                0,
                "PGWP runs out in spring - would need an employer to do an LMIA for her",
                location="Brampton, ON, Canada",
            ),
            P(
                "Harleen Gill",
                "frontend",
                2,
                "PR since 2023, no work permit stuff to worry about",
                location="Brampton, ON, Canada",
            ),
        ],
        **TORONTO_HYBRID,
        requirements="TypeScript\nReact\nNext.js\nAccessibility\nMust be legally entitled to "
        "work in Canada; we do not offer sponsorship",
    ),
]

CONTRACT = [
    C(
        "'contract only, outside IR35' sits below 'perm only these days' for a permanent role",
        "sre",
        [
            P(
                "Stuart Blackwood",
                "sre",
                0,
                touches=[
                    screening(
                        60,
                        "Comp: £575/day",
                        "Type: contract only, outside IR35, Ltd co",
                        "RTW: UK citizen",
                    )
                ],
                location="Reading, UK",
            ),
            P(
                "Graham Ellery",
                "sre",
                2,
                touches=[
                    screening(
                        60,
                        "Comp: 90-95k base",
                        "Type: perm only these days, done with contracting",
                        "RTW: UK citizen",
                    )
                ],
                location="Reading, UK",
            ),
        ],
        **LONDON_HYBRID,
        salary_min=85_000,
        salary_max=100_000,
        currency="GBP",
        description="Keep the platform fast and boring. Permanent, full-time.",
    ),
    C(
        "'W2 only, no corp-to-corp' sits above 'perm FTE only, no contract gigs' for a six-month "
        "W2 contract",
        "backend",
        [
            P(
                "Devon Whitaker",
                "backend",
                2,
                "W2 only, no corp-to-corp - fine with 6-12 month contracts",
                location="Raleigh, NC",
            ),
            P(
                "Marcus Pettigrew",
                "backend",
                0,
                "perm FTE only, no more contract gigs, needs the benefits",
                location="Raleigh, NC",
            ),
        ],
        **REMOTE_US,
        title="Backend Engineer (Python) - 6 month W2 contract",
    ),
    C(
        "'three days a week max, school run' sits below 'full time is fine' for a 40-hour role",
        "frontend",
        [
            P(
                "Rachel Goldberg",
                "frontend",
                0,
                "3 days/wk max for the foreseeable, school run both ends",
                location="Toronto, ON, Canada",
            ),
            P(
                "Naomi Feldman",
                "frontend",
                2,
                "full time is fine now both kids are at school",
                location="Toronto, ON, Canada",
            ),
        ],
        **without_offers(TORONTO_HYBRID),
        offers=["In the King West office Tuesdays and Thursdays", "Full-time, 40 hours a week"],
    ),
    C(
        "'part-time only, 20-25 hours' sits above 'needs full-time hours' for a 20-hour role",
        "cs",
        [
            P(
                "Jacinda Reihana",
                "cs",
                2,
                "looking for part-time only, 20-25 hrs, studying the rest of the week",
                location="Wellington, New Zealand",
            ),
            P(
                "Tama Henare",
                "cs",
                0,
                "needs full-time hours, can't make part time work with the mortgage",
                location="Wellington, New Zealand",
            ),
        ],
        remote_policy="remote",
        location="Remote (New Zealand)",
        offers=["Part-time, 20 hours a week, flexible days"],
    ),
    C(
        "'perm only, no FTCs' sits below 'open to an FTC' for a 12-month maternity cover",
        "data_eng",
        [
            P(
                "Kirsty Donaldson",
                "data_eng",
                0,
                touches=[
                    slack(
                        80,
                        "Kirsty D - perm only, won't look at FTCs after the last one ended early",
                    )
                ],
                location="Glasgow, UK",
            ),
            P(
                "Shona Fraser",
                "data_eng",
                2,
                touches=[slack(80, "Shona F - open to an FTC, even keen, wants variety")],
                location="Glasgow, UK",
            ),
        ],
        remote_policy="remote",
        location="Remote (UK)",
        title="Senior Data Engineer (12-month FTC, maternity cover)",
    ),
]

COMMUTE = [
    C(
        "'won't do more than 30 mins each way' sits below 'train into Euston three days is "
        "fine' for a London role three days a week, both in Milton Keynes",
        "backend",
        [
            P(
                "Nathan Cottrell",
                "backend",
                0,
                "won't commute more than 30 mins each way, did 2hrs a day for years",
                location="Milton Keynes, UK",
            ),
            P(
                "Joel Ainsworth",
                "backend",
                2,
                "train into Euston three days a week is fine, he works on it",
                location="Milton Keynes, UK",
            ),
        ],
        remote_policy="hybrid",
        location="London (Euston), UK",
        offers=["Three days a week in our Euston office"],
    ),
    C(
        "'not doing Ikorodu to VI every day' sits below 'used to the Ikorodu run' for a "
        "five-day Victoria Island role",
        "data_eng",
        [
            P(
                "Ifeoma Nwankwo-Idowu",
                "data_eng",
                0,
                "Lives in Ikorodu. Not doing Ikorodu to VI every day, the traffic is madness",
                location="Ikorodu, Lagos, Nigeria",
            ),
            P(
                "Babatunde Ogunleye",
                "data_eng",
                2,
                "Lives in Ikorodu, used to the run to the Island, leaves at 5am",
                location="Ikorodu, Lagos, Nigeria",
            ),
        ],
        **LAGOS_ONSITE,
    ),
    C(
        "dictated 'the drive downtown is a dealbreaker' sits below 'the GO train twice a week is "
        "fine', both in Oakville",
        "sre",
        [
            P(
                "Carter Beaulieu",
                "sre",
                0,
                touches=[
                    dictated(
                        55,
                        "carter said the drive from oakville to downtown is a deal breaker more "
                        "than once a month he tried it at his last job",
                    )
                ],
                location="Oakville, ON, Canada",
            ),
            P(
                "Emily Sauvé",
                "sre",
                2,
                touches=[
                    dictated(
                        55,
                        "emily said the go train to union is fine two days a week she can work "
                        "on the train",
                    )
                ],
                location="Oakville, ON, Canada",
            ),
        ],
        **TORONTO_HYBRID,
    ),
]

# --- 4. pay asks and floors against the role's band ---------------------------------------
PAY = [
    C(
        "'$85/hr W2 minimum' sits below '$60/hr W2 or ~125k salaried' for a USD 120-140k band",
        "backend",
        [
            P(
                "Randall Pickett",
                "backend",
                0,
                "rate: $85/hr W2 minimum, won't go lower",
                location="Charlotte, NC",
            ),
            P(
                "Jerome Battle",
                "backend",
                2,
                "$60/hr W2 or ~125k if salaried, flexible",
                location="Charlotte, NC",
            ),
        ],
        **REMOTE_US,
        salary_min=120_000,
        salary_max=140_000,
        currency="USD",
    ),
    C(
        "'needs one-twenty base minimum' sits below 'mid-90s would work' for a USD 95-110k band",
        "cs",
        [
            P(
                "Courtney Yates",
                "cs",
                0,
                "needs one-twenty base minimum, that's her walk-away",
                location="Nashville, TN",
            ),
            P(
                "Lindsey Crouch",
                "cs",
                2,
                "mid-90s would work if the bonus is real",
                location="Nashville, TN",
            ),
        ],
        **REMOTE_US,
        salary_min=95_000,
        salary_max=110_000,
        currency="USD",
    ),
    C(
        "'140K CAD+' sits below 'around 115-120' for a CAD 110-130k band",
        "data_eng",
        [
            P(
                "Dylan Fraser",
                "data_eng",
                0,
                touches=[screening(40, "Comp: 140K CAD+ base", "Work auth: Canadian citizen")],
                location="Calgary, AB, Canada",
            ),
            P(
                "Logan Chartrand",
                "data_eng",
                2,
                touches=[screening(40, "Comp: around 115-120", "Work auth: Canadian citizen")],
                location="Calgary, AB, Canada",
            ),
        ],
        **REMOTE_CANADA,
        salary_min=110_000,
        salary_max=130_000,
        currency="CAD",
    ),
    C(
        "'R95k pm CTC minimum' sits below 'R65k per month' for a ZAR 700-900k a year band",
        "backend",
        [
            P(
                "Pieter Steenkamp-Louw",
                "backend",
                0,
                "R95k pm CTC minimum, currently on 82",
                location="Johannesburg, South Africa",
            ),
            P(
                "Sipho Mahlangu",
                "backend",
                2,
                "R65k per month would be a good step up for him",
                location="Johannesburg, South Africa",
            ),
        ],
        **SANDTON_HYBRID,
        salary_min=700_000,
        salary_max=900_000,
        currency="ZAR",
    ),
    C(
        "'$150k plus KiwiSaver, not a cent less' sits below 'low 130s incl KiwiSaver' for an "
        "NZD 120-140k band",
        "sre",
        [
            P(
                "Jared Thompson",
                "sre",
                0,
                "$150k plus KiwiSaver on top, not a cent less",
                location="Auckland, New Zealand",
            ),
            P(
                "Mere Pomare",
                "sre",
                2,
                "low 130s incl KiwiSaver would be sweet",
                location="Auckland, New Zealand",
            ),
        ],
        **AUCKLAND_HYBRID,
        salary_min=120_000,
        salary_max=140_000,
        currency="NZD",
    ),
    C(
        "'expecting N1.5m monthly net' sits below 'N900k a month is fine' for an NGN 12-15m a "
        "year band",
        "frontend",
        [
            P(
                "Chidinma Eze",
                "frontend",
                0,
                "Expecting N1.5m monthly net. Will not consider below that.",
                location="Lagos, Nigeria",
            ),
            P(
                "Folake Adebayo",
                "frontend",
                2,
                "N900k a month is fine for her plus HMO",
                location="Lagos, Nigeria",
            ),
        ],
        **LAGOS_ONSITE,
        salary_min=12_000_000,
        salary_max=15_000_000,
        currency="NGN",
    ),
    C(
        "'ECTC 45 LPA, current 36' sits below 'current 22 LPA, expecting a 30% hike' for an INR "
        "25-32 LPA band",
        "backend",
        [
            P(
                "Abhinav Saxena",
                "backend",
                0,
                touches=[
                    screening(25, "CCTC: 36 LPA", "ECTC: 45 LPA (firm)", "NP: 60 days, negotiable")
                ],
                location="Pune, India",
            ),
            P(
                "Tanmay Kelkar",
                "backend",
                2,
                touches=[
                    screening(25, "CCTC: 22 LPA", "ECTC: 30% hike", "NP: 60 days, negotiable")
                ],
                location="Pune, India",
            ),
        ],
        **PUNE_HYBRID,
        salary_min=2_500_000,
        salary_max=3_200_000,
        currency="INR",
    ),
    C(
        "'won't go below 90k' sits below '75ish would do' for a EUR 70-85k Dublin band",
        "sales",
        [
            P(
                "Padraig Geraghty",
                "sales",
                0,
                "won't go below 90k base, OTE on top",
                location="Dublin, Ireland",
            ),
            P(
                "Sinead Quinlan",
                "sales",
                2,
                "75ish base would do with a decent OTE",
                location="Dublin, Ireland",
            ),
        ],
        **DUBLIN_HYBRID,
        salary_min=70_000,
        salary_max=85_000,
        currency="EUR",
    ),
    C(
        "'six figures or nothing' sits below 'sixty-five would be fine' for a GBP 60-75k band",
        "frontend",
        [
            P(
                "Jamie Thornton",
                "frontend",
                0,
                "six figures or I'm not moving, simple as",
                location="Birmingham, UK",
            ),
            P(
                "Ellie Whitcombe",
                "frontend",
                2,
                "sixty-five would be fine, it's more about the team",
                location="Birmingham, UK",
            ),
        ],
        remote_policy="hybrid",
        location="Birmingham, UK",
        offers=["One day a week in our Digbeth office"],
        salary_min=60_000,
        salary_max=75_000,
        currency="GBP",
    ),
]

# --- 5. work mode, said in the role's different fields -------------------------------------
WORK_MODE = [
    C(
        "'used to insist on remote, now fine with 2 days in' sits above 'remote only, "
        "non-negotiable' when only the policy field says hybrid",
        "backend",
        [
            P(
                "Orla Keane",
                "backend",
                2,
                "used to insist on remote, now fine with 2 days in - misses the craic",
                location="Dublin, Ireland",
            ),
            P(
                "Shane Dunne",
                "backend",
                0,
                "remote only, non-negotiable",
                location="Dublin, Ireland",
            ),
        ],
        remote_policy="hybrid",
        location="Dublin, Ireland",
    ),
    C(
        "'remote pls, done with the TTC' sits above 'wants an office five days' when only the "
        "description says fully remote",
        "frontend",
        [
            P(
                "Ava Kowalczyk",
                "frontend",
                2,
                "remote pls, done with the TTC",
                location="Toronto, ON, Canada",
            ),
            P(
                "Noah Brisebois",
                "frontend",
                0,
                "wants an office to go to five days, likes the buzz and the people",
                location="Toronto, ON, Canada",
            ),
        ],
        location="Canada",
        description="Own the customer web app. This is a fully remote role: work from anywhere "
        "in Canada, there is no office.",
    ),
    C(
        "'WFH only since covid' sits below 'lonely at home, wants an office' when only the "
        "offers say Monday to Friday at HQ",
        "cs",
        [
            P(
                "Refilwe Molefe",
                "cs",
                0,
                "WFH only since covid, not going back to an office",
                location="Johannesburg, South Africa",
            ),
            P(
                "Nomvula Mthembu-Radebe",
                "cs",
                2,
                "lonely at home, wants to get back into an office with people",
                location="Johannesburg, South Africa",
            ),
        ],
        location="Johannesburg (Sandton), South Africa",
        offers=["In the office Monday to Friday at our Sandton HQ"],
    ),
    C(
        "'max 1 day in the office' sits below '3 days is fine' when only the title says three "
        "days in the Auckland CBD",
        "data_eng",
        [
            P(
                "Rawiri Kereama",
                "data_eng",
                0,
                touches=[slack(20, "Rawiri - max 1 day in office, lives out at Pukekohe")],
                location="Pukekohe, New Zealand",
            ),
            P(
                "Kiri Paewai",
                "data_eng",
                2,
                touches=[slack(20, "Kiri - 3 days in is fine, she's on the train line")],
                location="Pukekohe, New Zealand",
            ),
        ],
        title="Senior Data Engineer (Hybrid - 3 days Auckland CBD)",
        location="Auckland, New Zealand",
    ),
    C(
        "'if it were fully remote I'd consider it' sits above 'would only take a role with an "
        "office to go to' for a remote role",
        "sre",
        [
            P(
                "Derek Halvorsen",
                "sre",
                2,
                "if it were fully remote I'd consider it, otherwise I'm staying",
                location="Boise, ID",
            ),
            P(
                "Wade Gustafson",
                "sre",
                0,
                "would only take a role with an office to go to, can't focus at home",
                location="Boise, ID",
            ),
        ],
        **REMOTE_US,
    ),
    C(
        "'was remote-only last year, now happy with hybrid' sits above 'fine with hybrid until "
        "he moved to Cornwall, remote only now' for a London hybrid role",
        "data_eng",
        [
            P(
                "Chloe Ramsden",
                "data_eng",
                2,
                "was remote-only last year; now misses people and is happy with hybrid",
                location="London, UK",
            ),
            P(
                "Ben Trelawny",
                "data_eng",
                0,
                "was fine with hybrid until he moved to Cornwall - remote only now",
                location="Truro, UK",
            ),
        ],
        **LONDON_HYBRID,
    ),
]

# --- 6. negations and their scope ---------------------------------------------------------
NEGATIONS = [
    C(
        "'not unwilling to travel' sits above 'not willing to travel' for a role with regular "
        "travel",
        "sales",
        [
            P(
                "Gemma Holloway",
                "sales",
                2,
                "not unwilling to travel, within reason",
                location="Belfast, UK",
            ),
            P(
                "Martin Creaney",
                "sales",
                0,
                "not willing to travel any more",
                location="Belfast, UK",
            ),
        ],
        **without_offers(DUBLIN_HYBRID),
        offers=["Regular travel to clients across the UK and Ireland, about a third of the time"],
    ),
    C(
        "'no Java, no .NET, Python or Go only' sits above 'anything but Python at this point' "
        "for a Python role",
        "backend",
        [
            P(
                "Curtis Whitfield",
                "backend",
                2,
                "no Java, no .NET - Python or Go only",
                location="Vancouver, BC, Canada",
            ),
            P(
                "Evan MacPherson",
                "backend",
                0,
                "anything but Python at this point, sick of it",
                location="Vancouver, BC, Canada",
            ),
        ],
        **REMOTE_CANADA,
    ),
    C(
        "'wouldn't rule out relocating to Manchester' sits above 'would rule out relocating to "
        "Manchester' for an on-site Manchester role, both in Bristol",
        "frontend",
        [
            P(
                "Lucy Barnard",
                "frontend",
                2,
                "wouldn't rule out relocating to Manchester for the right team",
                location="Bristol, UK",
            ),
            P(
                "Adam Fenwick",
                "frontend",
                0,
                "would rule out relocating to Manchester, partner's job is here",
                location="Bristol, UK",
            ),
        ],
        remote_policy="onsite",
        location="Manchester, UK",
        offers=["Five days in our Ancoats studio", "Relocation support"],
    ),
    C(
        "'not only remote, hybrid works too' sits above 'only remote, not hybrid' for a hybrid "
        "role",
        "sre",
        [
            P(
                "Neha Kapoor",
                "sre",
                2,
                "not only remote - hybrid works too",
                location="Pune, India",
            ),
            P(
                "Varun Malhotra",
                "sre",
                0,
                "only remote. not hybrid, not 'flexible'",
                location="Pune, India",
            ),
        ],
        **PUNE_HYBRID,
    ),
    C(
        "sarcastic 'I'd LOVE another five-days-in-the-office job' sits below an honest 'would "
        "love five days back in an office' for an on-site role",
        "backend",
        [
            P(
                "Kyle Brennan",
                "backend",
                0,
                touches=[
                    dm_back(
                        40,
                        "oh yeah, I'd LOVE another five-days-in-the-office job 🙄 hard pass",
                    )
                ],
                location="Philadelphia, PA",
            ),
            P(
                "Sean Gallo",
                "backend",
                2,
                touches=[
                    dm_back(
                        40,
                        "honestly I'd love to be back in an office five days, remote's been rough",
                    )
                ],
                location="Philadelphia, PA",
            ),
        ],
        remote_policy="onsite",
        location="Philadelphia, PA",
        offers=["In the office five days a week in Center City"],
    ),
    C(
        "'can't say I'm not interested in leading' sits above 'can't say I'm interested in "
        "leading' for an engineering manager role",
        "manager",
        [
            P(
                "Victoria Ashby",
                "manager",
                2,
                "can't say I'm not interested in leading a team, been doing it unofficially",
                location="London, UK",
            ),
            P(
                "Simon Aldridge",
                "manager",
                0,
                "can't say I'm interested in leading a team, prefer the code",
                location="London, UK",
            ),
        ],
        **LONDON_HYBRID,
    ),
]

# --- 7. location and relocation -----------------------------------------------------------
LOCATIONS = [
    C(
        "'was open to relo to Toronto last year, not anymore' sits below 'keen to move to "
        "Toronto next year' for an on-site Toronto role, both in Halifax",
        "backend",
        [
            P(
                "Graeme MacNeil",
                "backend",
                0,
                "was open to relo to Toronto last year, not anymore - bought a house in Dartmouth",
                location="Halifax, NS, Canada",
            ),
            P(
                "Molly Fitzgerald",
                "backend",
                2,
                "keen to move to Toronto next year, her partner's already there",
                location="Halifax, NS, Canada",
            ),
        ],
        remote_policy="onsite",
        location="Toronto, ON, Canada",
        offers=["On-site at our Liberty Village office", "Relocation package within Canada"],
    ),
    C(
        "'would move to Cape Town for the right role' sits above 'Joburg born and bred, not "
        "moving' for a Cape Town role with relocation",
        "data_eng",
        [
            P(
                "Kagiso Modise",
                "data_eng",
                2,
                "would only move for the right role - Cape Town would be the dream",
                location="Johannesburg, South Africa",
            ),
            P(
                "Tshepo Mabena",
                "data_eng",
                0,
                "Joburg born and bred, not moving, family's all here",
                location="Johannesburg, South Africa",
            ),
        ],
        remote_policy="hybrid",
        location="Cape Town, South Africa",
        offers=["Hybrid, three days at our Woodstock office", "Relocation assistance to Cape Town"],
    ),
    C(
        "'open to Pune or Hyd, not Bangalore' and 'Pune preferred' both sit above 'Chennai "
        "only' for a Pune role, all three in Chennai",
        "frontend",
        [
            P(
                "Karthika Subramanian",
                "frontend",
                2,
                "open to relocating to Pune or Hyd, not Bangalore",
                location="Chennai, India",
            ),
            P(
                "Lavanya Raghavan",
                "frontend",
                2,
                "Pune preferred - in-laws are there, would shift happily",
                location="Chennai, India",
            ),
            P(
                "Prakash Venkatesan",
                "frontend",
                0,
                "Chennai only, won't relocate, aged parents",
                location="Chennai, India",
            ),
        ],
        **PUNE_HYBRID,
    ),
    C(
        "'based in Cork, would relocate to Dublin' sits above 'Cork only' for a Dublin role "
        "four days on site",
        "sre",
        [
            P(
                "Cillian O'Sullivan",
                "sre",
                2,
                "based in Cork, would relocate to Dublin no bother",
                location="Cork, Ireland",
            ),
            P(
                "Donal Crowley",
                "sre",
                0,
                "Cork only, won't go up to Dublin",
                location="Cork, Ireland",
            ),
        ],
        remote_policy="hybrid",
        location="Dublin, Ireland",
        offers=["Four days a week in our Dublin 2 office"],
    ),
    C(
        "a Denver local sits above someone 'staying in Austin, not relocating' for an on-site "
        "Denver role",
        "cs",
        [
            P(
                "Hailey Ruiz",
                "cs",
                2,
                "Denver native, likes being near the office",
                location="Denver, CO",
            ),
            P(
                "Brooke Sandoval",
                "cs",
                0,
                "staying in Austin, not relocating for anyone",
                location="Austin, TX",
            ),
        ],
        remote_policy="onsite",
        location="Denver, CO",
        offers=["On-site in LoDo, five days"],
    ),
]

# --- 8. managing and hands-on, title and seniority ----------------------------------------
LEVEL = [
    C(
        "'wants to step into people management' sits above 'burnt out managing, back to IC' for "
        "an engineering manager role",
        "manager",
        [
            P(
                "Ikechukwu Ibekwe",
                "manager",
                2,
                "wants to step into people management properly, has been acting lead for a year",
                location="Lagos, Nigeria",
            ),
            P(
                "Emeka Okafor",
                "manager",
                0,
                "burnt out managing, wants to go back to IC work",
                location="Lagos, Nigeria",
            ),
        ],
        **LAGOS_ONSITE,
    ),
    C(
        "'wants reports, won't take an IC role again' sits below 'wants to stay hands-on, no "
        "reports' for a senior IC role",
        "backend",
        [
            P(
                "Kristen Albright",
                "backend",
                0,
                "wants reports next, won't take an IC role again",
                location="Portland, OR",
            ),
            P(
                "Dana Whitcomb",
                "backend",
                2,
                "wants to stay hands-on, no reports please",
                location="Portland, OR",
            ),
        ],
        **without_offers(REMOTE_US),
        offers=["Remote anywhere in the US", "Individual contributor role, no direct reports"],
    ),
    C(
        "'won't go back to a non-senior title' sits below 'title's not important, wants to "
        "learn' for a mid-level role",
        "data_eng",
        [
            P(
                "Aisling Healy",
                "data_eng",
                0,
                "won't go back to a non-senior title, took her 3 years to get it",
                location="Limerick, Ireland",
            ),
            P(
                "Roisin Mac Giolla",
                "data_eng",
                2,
                "title's not important, wants to learn dbt properly",
                location="Limerick, Ireland",
            ),
        ],
        **DUBLIN_HYBRID,
        title="Data Engineer",
        seniority="mid",
    ),
    C(
        "'wants staff-level scope' sits above 'happy at senior, no appetite for staff scope' for "
        "a staff role",
        "sre",
        [
            P(
                "Anirudh Rao",
                "sre",
                2,
                "wants staff-level scope, cross-team stuff, been senior 4 yrs",
                location="Pune, India",
            ),
            P(
                "Pranav Gokhale",
                "sre",
                0,
                "happy at senior, no appetite for staff scope or org politics",
                location="Pune, India",
            ),
        ],
        **PUNE_HYBRID,
        title="Staff SRE",
        seniority="staff",
    ),
]

# --- 9. company stage and size ------------------------------------------------------------
STAGE_SIZE = [
    C(
        "'done with startups after two folded' sits below 'wants to be early, seed or Series A' "
        "for a 12-person seed startup",
        "backend",
        [
            P(
                "Mitchell Dawes",
                "backend",
                0,
                "done with startups after two folded under him, wants something solid",
                location="Austin, TX",
            ),
            P(
                "Grant Ellison",
                "backend",
                2,
                "wants to be early, seed or Series A, equity over salary",
                location="Austin, TX",
            ),
        ],
        **without_offers(REMOTE_US),
        offers=["Remote anywhere in the US", "Seed-stage, 12 people, meaningful equity"],
    ),
    C(
        "'no more big corporates, too much red tape' sits below 'wants the stability of a big "
        "established company' for an 80,000-person bank",
        "data_eng",
        [
            P(
                "Philippa Hartley",
                "data_eng",
                0,
                "no more big corporates, too much red tape, wants to ship things",
                location="London, UK",
            ),
            P(
                "Rebecca Osei",
                "data_eng",
                2,
                "wants the stability of a big established company after the layoffs",
                location="London, UK",
            ),
        ],
        **LONDON_HYBRID,
        description="Own the analytics pipelines for a FTSE 100 bank with 80,000 staff.",
    ),
    C(
        "'only bootstrapped, no VC' sits below 'wants a scale-up, not tiny, not enterprise' for "
        "a VC-backed Series C scale-up",
        "frontend",
        [
            P(
                "Heath Murray",
                "frontend",
                0,
                "only bootstrapped or profitable small shops, no VC money ever again",
                location="Christchurch, New Zealand",
            ),
            P(
                "Anna Petersen",
                "frontend",
                2,
                "wants a scale-up - not tiny, not enterprise, ~200-500 people",
                location="Christchurch, New Zealand",
            ),
        ],
        remote_policy="remote",
        location="Remote (New Zealand)",
        offers=["Series C, 400 people, backed by Sequoia"],
    ),
    C(
        "'wants an MNC, tired of startup chaos' sits below 'loves startup energy' for a "
        "30-person Lagos fintech",
        "backend",
        [
            P(
                "Olamide Fashola",
                "backend",
                0,
                "Wants an MNC now. Tired of startup chaos and delayed salaries.",
                location="Lagos, Nigeria",
            ),
            P(
                "Damilola Ajayi",
                "backend",
                2,
                "Loves startup energy, wants to build from scratch",
                location="Lagos, Nigeria",
            ),
        ],
        **LAGOS_ONSITE,
        description="Build the services behind our payments app. We are a 30-person fintech "
        "startup, seed-funded.",
    ),
]

# --- 10. industry, mission and technology --------------------------------------------------
MISSION = [
    C(
        "'no gambling companies, ethical thing' sits below 'sports mad, would love betting' for "
        "a sportsbook",
        "backend",
        [
            P(
                "Samuel Hirst",
                "backend",
                0,
                "no gambling companies - ethical thing, dad had a problem",
                location="Leeds, UK",
            ),
            P(
                "Liam Ackroyd",
                "backend",
                2,
                "sports mad, would love to work somewhere in sport or betting",
                location="Leeds, UK",
            ),
        ],
        **LONDON_HYBRID,
        description="Build the pricing services behind our online sportsbook and casino.",
    ),
    C(
        "'won't work on weapons' sits below 'ex-forces, wants defence' for a defence-tech role",
        "sre",
        [
            P(
                "Alistair Renwick",
                "sre",
                0,
                touches=[slack(30, "Alistair - won't work on weapons or anything lethal, firm no")],
                location="Bristol, UK",
            ),
            P(
                "Craig Dobson",
                "sre",
                2,
                touches=[slack(30, "Craig - ex-forces, really wants to get into defence")],
                location="Bristol, UK",
            ),
        ],
        remote_policy="hybrid",
        location="Bristol, UK",
        description="Keep our defence targeting and drone-guidance platform running (SC "
        "clearance sponsored).",
    ),
    C(
        "'wants something that matters, health ideally' sits above 'purely comp-driven' for a "
        "healthtech role",
        "data_eng",
        [
            P(
                "Anjali Bhatt",
                "data_eng",
                2,
                "wants to do something that matters, health ideally - mum's a nurse",
                location="Toronto, ON, Canada",
            ),
            P(
                "Kevin Zhao",
                "data_eng",
                1,
                "purely comp-driven right now, doesn't care about the domain",
                location="Toronto, ON, Canada",
            ),
        ],
        **TORONTO_HYBRID,
        description="Own the pipelines behind our hospital patient-flow product.",
    ),
    C(
        "'crypto? hard pass' sits below 'into web3' for a crypto exchange",
        "frontend",
        [
            P(
                "Bradley Coombs",
                "frontend",
                0,
                touches=[dm_back(15, "crypto? hard pass lol")],
                location="Cape Town, South Africa",
            ),
            P(
                "Ruan Botha",
                "frontend",
                2,
                touches=[dm_back(15, "super into web3, would love a crypto role")],
                location="Cape Town, South Africa",
            ),
        ],
        remote_policy="remote",
        location="Remote (South Africa)",
        description="Own the trading web app of our crypto exchange.",
    ),
]

TECH = [
    C(
        "'no Azure, only GCP or AWS' sits below 'Azure's my happy place' for an Azure data "
        "platform",
        "data_eng",
        [
            P(
                "Deepak Nair",
                "data_eng",
                0,
                "no Azure - only GCP or AWS, had a nightmare with Synapse",
                location="Pune, India",
            ),
            P(
                "Sneha Dharmadhikari",
                "data_eng",
                2,
                "Azure's her happy place, wants more ADF and Databricks",
                location="Pune, India",
            ),
        ],
        **without_offers(PUNE_HYBRID),
        offers=["Hybrid, two days a week at our Baner office", "Stack: Azure, ADF, Databricks"],
    ),
    C(
        "'done with React, wants Svelte' sits below 'React every day of the week' for a React role",
        "frontend",
        [
            P(
                "Tyson Wharepapa",
                "frontend",
                0,
                "done with React, wants Svelte or Vue next",
                location="Auckland, New Zealand",
            ),
            P(
                "Jess Mahuika",
                "frontend",
                2,
                "React every day of the week, big Next.js fan",
                location="Auckland, New Zealand",
            ),
        ],
        **AUCKLAND_HYBRID,
    ),
    C(
        "'wants to write more Go' sits above 'doesn't want to touch Go again' for a Go-heavy "
        "platform role",
        "sre",
        [
            P(
                "Jasmine Okoro",
                "sre",
                2,
                touches=[screening(30, "Tech wants: more Go, less YAML", "Notice: 1 month")],
                location="Abuja, Nigeria",
            ),
            P(
                "Nnamdi Eze",
                "sre",
                0,
                touches=[
                    screening(30, "Tech wants: doesn't want to touch Go again", "Notice: 1 month")
                ],
                location="Abuja, Nigeria",
            ),
        ],
        remote_policy="remote",
        location="Remote (Nigeria)",
        offers=["Most of our platform tooling is written in Go"],
    ),
    C(
        "'used to hate Django, fine with it now' sits above 'won't touch Django again' for a "
        "Django role",
        "backend",
        [
            P(
                "Aaron Feldstein",
                "backend",
                2,
                "used to hate Django, fine with it now after the last project",
                location="Vancouver, BC, Canada",
            ),
            P(
                "Blake Harrington",
                "backend",
                0,
                "won't touch Django again, FastAPI or bust",
                location="Vancouver, BC, Canada",
            ),
        ],
        **REMOTE_CANADA,
        description="Look after our Django monolith and the Django REST APIs on top of it.",
    ),
]

# --- 11. last time's reason: resolved by this role, or still standing ---------------------
RESOLVED = [
    C(
        "an offer declined over moving to NYC sits above a plain silver medalist for a remote role",
        "backend",
        [
            P(
                "Lauren Castellano",
                "backend",
                2,
                apps=[
                    declined(
                        280,
                        "location",
                        "Declined - couldn't uproot the family to NYC, role was 5 days in Midtown",
                        past=dict(remote_policy="onsite", location="New York, NY"),
                    )
                ],
                location="Richmond, VA",
            ),
            P("Holly Brannigan", "backend", 1, apps=[silver(280)], location="Richmond, VA"),
        ],
        **REMOTE_US,
    ),
    C(
        "a withdrawal for want of a work permit sits above a plain silver medalist when the role "
        "now sponsors a Critical Skills permit",
        "data_eng",
        [
            P(
                "Rahul Pillai",
                "data_eng",
                2,
                apps=[
                    withdrew(
                        360,
                        "other",
                        "Withdrew at final stage: on Stamp 1G, needed a Critical Skills "
                        "Employment Permit and we weren't sponsoring then",
                        stage="final",
                        role="Data Engineer",
                    )
                ],
                location="Dublin, Ireland",
            ),
            P(
                "Eimear Lynch",
                "data_eng",
                1,
                apps=[silver(360, role="Data Engineer")],
                location="Dublin, Ireland",
            ),
        ],
        **without_offers(DUBLIN_HYBRID),
        offers=[
            "Hybrid: Grand Canal Dock office two days a week",
            "We sponsor Critical Skills Employment Permits",
        ],
    ),
    C(
        "an offer declined at a 118k cap sits above a plain silver medalist when the band now "
        "runs to 145k CAD",
        "sre",
        [
            P(
                "Jean-Philippe Roy",
                "sre",
                2,
                apps=[
                    declined(
                        300,
                        "compensation",
                        "declined, wanted ~135, we capped at 118. gap too big",
                        past=dict(salary_max=118_000, currency="CAD"),
                        role="SRE",
                    )
                ],
                location="Montreal, QC, Canada",
            ),
            P(
                "Olivier Desrosiers",
                "sre",
                1,
                apps=[silver(300, role="SRE")],
                location="Montreal, QC, Canada",
            ),
        ],
        **REMOTE_CANADA,
        salary_min=125_000,
        salary_max=145_000,
        currency="CAD",
    ),
    C(
        "an offer declined over a 24/7 on-call rota sits above a plain silver medalist when the "
        "role has no on-call",
        "sre",
        [
            P(
                "Haruto Nakamura",
                "sre",
                2,
                apps=[
                    declined(
                        220,
                        "other",
                        "declined offer: the 24/7 on-call rota was the dealbreaker",
                        role="Platform Engineer",
                    )
                ],
                location="Vancouver, BC, Canada",
            ),
            P(
                "Isaac Lefebvre",
                "sre",
                1,
                apps=[silver(220, role="Platform Engineer")],
                location="Vancouver, BC, Canada",
            ),
        ],
        **without_offers(REMOTE_CANADA),
        offers=[
            "Remote from anywhere in Canada",
            "No on-call: a follow-the-sun support team covers nights",
        ],
    ),
    C(
        "an offer declined for being pitched at mid-level sits above a plain silver medalist "
        "for a senior role",
        "frontend",
        [
            P(
                "Zara Hussain",
                "frontend",
                2,
                apps=[
                    declined(
                        260,
                        "other",
                        "Turned it down - offer was pitched at mid-level and she wanted the "
                        "senior title",
                        role="Frontend Engineer",
                    )
                ],
                location="Manchester, UK",
            ),
            P(
                "Grace Whittle",
                "frontend",
                1,
                apps=[silver(260, role="Frontend Engineer")],
                location="Manchester, UK",
            ),
        ],
        remote_policy="remote",
        location="Remote (UK)",
        seniority="senior",
    ),
    C(
        "an offer declined over five office days (dictated reason) sits above a plain silver "
        "medalist for a two-day hybrid role",
        "data_eng",
        [
            P(
                "Keegan Pillay",
                "data_eng",
                2,
                apps=[
                    declined(
                        240,
                        "remote_policy",
                        "he declined the offer because of the five days in the office he said "
                        "two days he could do but not five",
                        past=dict(remote_policy="onsite", location="Durban, South Africa"),
                        role="Data Engineer",
                    )
                ],
                location="Durban, South Africa",
            ),
            P(
                "Ashwin Naidoo",
                "data_eng",
                1,
                apps=[silver(240, role="Data Engineer")],
                location="Durban, South Africa",
            ),
        ],
        remote_policy="hybrid",
        location="Durban (Umhlanga), South Africa",
        offers=["Hybrid, two days at the Umhlanga office"],
    ),
]

GLASGOW_FOUR_DAYS = dict(
    remote_policy="hybrid", location="Glasgow, UK", offers=["Four days a week in the office"]
)

LAST_TIME = [
    C(
        "an offer declined over five office days sits below a plain silver medalist for "
        "another five-day office role",
        "backend",
        [
            P(
                "Patrick Sullivan",
                "backend",
                0,
                apps=[
                    declined(
                        200,
                        "remote_policy",
                        "declined: 5 days in the Loop was a no-go, wanted 2 max",
                        past=dict(remote_policy="onsite", location="Chicago, IL"),
                    )
                ],
                location="Evanston, IL",
            ),
            P("Ryan Kowalczyk", "backend", 1, apps=[silver(200)], location="Evanston, IL"),
        ],
        remote_policy="onsite",
        location="Chicago, IL",
        offers=["Five days a week in our River North office"],
    ),
    C(
        "an offer declined over a 160k ask sits below a plain silver medalist when the band "
        "still stops at 130k",
        "data_eng",
        [
            P(
                "Stephanie Marsh",
                "data_eng",
                0,
                apps=[
                    declined(
                        180,
                        "compensation",
                        "Declined. Asked 160k base, we maxed at 130k. Not close.",
                        past=dict(salary_max=130_000, currency="USD"),
                        role="Data Engineer",
                    )
                ],
                location="Salt Lake City, UT",
            ),
            P(
                "Whitney Gardner",
                "data_eng",
                1,
                apps=[silver(180, role="Data Engineer")],
                location="Salt Lake City, UT",
            ),
        ],
        **REMOTE_US,
        salary_min=115_000,
        salary_max=130_000,
        currency="USD",
    ),
    C(
        "a withdrawal over weekly travel sits below a plain silver medalist for a role that "
        "travels 40% of the time",
        "sales",
        [
            P(
                "Niall Brophy",
                "sales",
                0,
                apps=[
                    withdrew(
                        210,
                        "other",
                        "withdrew after 2nd int - realised the travel (every week) doesn't "
                        "work with his custody arrangement",
                        role="Account Executive",
                    )
                ],
                location="Dublin, Ireland",
            ),
            P(
                "Fergal Doherty",
                "sales",
                1,
                apps=[silver(210, role="Account Executive")],
                location="Dublin, Ireland",
            ),
        ],
        **without_offers(DUBLIN_HYBRID),
        offers=["About 40% travel to customers in the UK and Ireland"],
    ),
    C(
        "the latest process counts: an old decline over office days then a recent final for a "
        "four-day team sits above an old final then a recent decline over four days",
        "frontend",
        [
            P(
                "Isla Cairncross",
                "frontend",
                2,
                apps=[
                    declined(
                        date(2024, 10, 2),
                        "remote_policy",
                        "declined, 4 days in office too many",
                        role="Frontend Engineer",
                    ),
                    silver(
                        date(2026, 6, 10),
                        "Final round for the 4-days-in-office team, fine with it this time, "
                        "pipped by one other",
                        role="Senior Frontend Engineer",
                        past=GLASGOW_FOUR_DAYS,
                    ),
                ],
                location="Glasgow, UK",
            ),
            P(
                "Calum Ross",
                "frontend",
                0,
                apps=[
                    silver(date(2024, 10, 2), role="Frontend Engineer"),
                    declined(
                        date(2026, 6, 10),
                        "remote_policy",
                        "declined, 4 days in office too many",
                        role="Senior Frontend Engineer",
                        past=GLASGOW_FOUR_DAYS,
                    ),
                ],
                location="Glasgow, UK",
            ),
        ],
        remote_policy="hybrid",
        location="Glasgow, UK",
        offers=["Four days a week in our Glasgow office"],
    ),
    C(
        "a no-show to the onsite and rudeness to the coordinator sits below a plain silver "
        "medalist",
        "cs",
        [
            P(
                "Brandon Tate",
                "cs",
                0,
                apps=[
                    app(
                        160,
                        "onsite",
                        "rejected",
                        "conduct",
                        "no call no show to the onsite, then rude to the coordinator when she "
                        "chased. do not re-engage",
                        role="Customer Success Manager",
                    )
                ],
                location="Phoenix, AZ",
            ),
            P(
                "Tanner Wolfe",
                "cs",
                1,
                apps=[silver(160, role="Customer Success Manager")],
                location="Phoenix, AZ",
            ),
        ],
        **REMOTE_US,
    ),
]

# --- 12. the latest process and the stage actually reached --------------------------------
PROCESS = [
    C(
        "a stage field left at 'applied' whose note says the final panel was reached sits above "
        "a CV that was never taken further",
        "backend",
        [
            P(
                "Mohammed Rahman",
                "backend",
                2,
                apps=[
                    app(
                        190,
                        "applied",
                        "rejected",
                        "other_candidate",
                        "Got to final panel (stage never updated in the old ATS) - lost to an "
                        "internal candidate, panel rated him strong",
                    )
                ],
                location="Birmingham, UK",
            ),
            P(
                "Imran Akhtar",
                "backend",
                1,
                apps=[
                    app(
                        190,
                        "applied",
                        "rejected",
                        "skills_gap",
                        "CV reviewed, not progressed",
                    )
                ],
                location="Birmingham, UK",
            ),
        ],
        **LONDON_HYBRID,
    ),
    C(
        "a final round lost to one other person sits above a screen closed by a headcount freeze",
        "data_eng",
        [
            P(
                "Olumide Bankole",
                "data_eng",
                2,
                apps=[silver(150, role="Data Engineer")],
                location="Lagos, Nigeria",
            ),
            P(
                "Yetunde Olatunji",
                "data_eng",
                1,
                apps=[
                    app(
                        150,
                        "screen",
                        "position_closed",
                        "headcount",
                        "req frozen after phone screen",
                        role="Data Engineer",
                    )
                ],
                location="Lagos, Nigeria",
            ),
        ],
        **LAGOS_ONSITE,
    ),
    C(
        "a recent no-show to a screen sits below a plain silver medalist from the same old "
        "final round",
        "sre",
        [
            P(
                "Cameron Yoder",
                "sre",
                0,
                apps=[
                    silver(date(2025, 2, 20), role="SRE"),
                    app(
                        45,
                        "screen",
                        "rejected",
                        "no_show",
                        "ghosted the screen, 2 reschedules then nothing",
                        role="Senior SRE",
                    ),
                ],
                location="Kansas City, MO",
            ),
            P(
                "Tucker Hines",
                "sre",
                2,
                apps=[silver(date(2025, 2, 20), role="SRE")],
                location="Kansas City, MO",
            ),
        ],
        **REMOTE_US,
    ),
    C(
        "an onsite loop closed on headcount with strong scores sits above an early interview "
        "lost to another person",
        "frontend",
        [
            P(
                "Aditi Chawla",
                "frontend",
                2,
                apps=[
                    app(
                        170,
                        "onsite",
                        "position_closed",
                        "headcount",
                        "Onsite done, 3 of 4 strong hire, then the req got pulled",
                        rating=4.5,
                        role="Frontend Engineer",
                    )
                ],
                location="Toronto, ON, Canada",
            ),
            P(
                "Megan O'Leary",
                "frontend",
                1,
                apps=[
                    app(
                        170,
                        "interview",
                        "rejected",
                        "other_candidate",
                        "1st round only, others further along",
                        role="Frontend Engineer",
                    )
                ],
                location="Toronto, ON, Canada",
            ),
        ],
        **TORONTO_HYBRID,
    ),
]

HELDOUT7_CASES: list[Case] = [
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
