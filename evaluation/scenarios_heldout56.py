"""Held-out rediscovery cases, fifty-sixth set: creative, marketing, media, publishing and games
recruiters' own words, written by a stranger to the reader (its code, its labelled sets and the
earlier case files' sentences were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured on its own
and never tuned to what Encore does. The recruiters are a London creative-recruitment boutique,
an in-house talent team at a games publisher in Montréal and Los Angeles, a Sydney marketing
recruiter and a New York agency's studio heads. The people are copywriters, art directors,
motion designers, performance and brand marketers, social leads, video producers, environment
artists and commissioning editors in the UK, the US, Canada and Australia: agencies and in-house
brand teams, freelancers on day rates, IR35 and ABN contractors, portfolios and pitches, crunch,
four-day weeks, award season, Cannes Lions and SXSW, the London and Frankfurt book fairs, game
launches; money in GBP, USD, CAD and AUD, as salaries, day rates and hourly rates.

The voices: terse ATS shorthand with typos ("cand", "w/c", "pf", "f/l", "DR", "perm pls"),
lower-case texts, WhatsApps, Instagram DMs and Slack messages, LinkedIn replies, candidates'
emails, a formal letter, recruiters' third-person call notes, studio heads' notes after a
portfolio review, long rambling notes where one line decides, and lines in French (Montréal)
and Spanish (Los Angeles).

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs in many voices and channels (an email, an Instagram DM, Montréal French, LA
   Spanish, a recruiter's DNC, a LinkedIn reply, a bare "no thanks", leaving the industry, a
   formal withdrawal of consent, a line at Cannes, one buried in a ramble): never shown; beside
   each a scoped stop that is no opt-out (a newsletter, a channel, one agency, one role, new
   contact details, feedback owed, a house phone, the freelance list only);
2. waits counted from the day said (a March start, three months' notice, Cannes Lions, SXSW, a
   game shipping in Q1, the London Book Fair, a mat leave, "give me six weeks", a quarter, the
   new year, the Christmas shutdown, a bonus, a sabbatical), each against a twin whose wait has
   run out; notes full of dates that ask for no wait;
3. schedule (evening events, crunch, part-time, weekend rotas), travel (overnights, a share of
   time, driving between studios, trips abroad, festivals and book fairs, interstate flights, a
   past employer's travel), visa and right to work (H-1B, Skilled Worker, Canadian PR, an
   Australian working holiday), contract type (inside IR35, ABN, perm against freelance, fixed
   term, W-2 against 1099), commute (Thameslink, the Harbour Bridge, the GO train, the 405,
   PATH and NJ Transit, V/Line, the Champlain bridge, Metrolink, the Lions Gate, Bath to Temple
   Meads);
4. pay against the band: salaries in four currencies, day rates, hourly rates, a monthly ask,
   a floor against current pay;
5. work mode in the title only, the description only, the offers only, hybrid days; negation and
   its scope ("the pay wasn't the issue", "no problem with weekend shoots", "not remote-only");
6. location and relocation; managing against hands-on; company stage and size (seed, Series A,
   holding companies, indie against AAA, the Big Five, listed companies, a 200-person agency);
   industry and mission (gambling, alcohol, fossil fuels, children's books, a climate charity);
   technology (Unreal, generative AI, Avid);
7. last time's reason resolved by this role or still standing (pay, office days, crunch, travel,
   IR35, sponsorship, agency against in-house, a commute, a portfolio gap); the history with us
   (a silver medal, a no-show, conduct at a pitch, a placement we made); the latest process;
8. several notes over time where the latest word counts (office days, relocation, a pay ask,
   an opt-out taken back, managing, freelance, a wait called off, gambling, travel, startups,
   a day rate).

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

COPYWRITER = dict(
    current_title="Senior Copywriter",
    skills=["Campaign concepts", "Brand copy", "Scriptwriting", "Tone of voice"],
    years_experience=8,
    resume_text=(
        "Senior copywriter, eight years at independent and network agencies: integrated "
        "campaigns, TV and social scripts, tone-of-voice guides and pitch work with an art "
        "director partner. Shortlisted at D&AD and Cannes Lions."
    ),
)
ART_DIRECTOR = dict(
    current_title="Senior Art Director",
    skills=["Art direction", "Campaign concepts", "Adobe Creative Suite", "Photography direction"],
    years_experience=9,
    resume_text=(
        "Senior art director, nine years on integrated and social-first campaigns for FMCG, "
        "retail and drinks brands: concepts, shoots, layouts and craft, pitches with a "
        "copywriter partner."
    ),
)
MOTION = dict(
    current_title="Senior Motion Designer",
    skills=["After Effects", "Cinema 4D", "Brand animation", "Premiere Pro"],
    years_experience=6,
    resume_text=(
        "Motion designer, six years: brand idents, social animation, 3D product films in "
        "Cinema 4D and After Effects, edit and grade in Premiere."
    ),
)
PERF = dict(
    current_title="Performance Marketing Manager",
    skills=["Paid social", "Google Ads", "Attribution", "Budget pacing"],
    years_experience=7,
    resume_text=(
        "Performance marketer, seven years in-house and agency side: paid social and search "
        "budgets up to 4m a year, attribution, creative testing and weekly pacing reports."
    ),
)
SOCIAL = dict(
    current_title="Social Media Lead",
    skills=["Social strategy", "Community management", "Content calendars", "TikTok"],
    years_experience=6,
    resume_text=(
        "Social lead, six years running brand channels for entertainment and retail: strategy, "
        "always-on calendars, live event coverage and a team of two community managers."
    ),
)
PRODUCER = dict(
    current_title="Senior Video Producer",
    skills=["Branded content", "Shoot production", "Budgets and call sheets", "Post-production"],
    years_experience=8,
    resume_text=(
        "Video producer, eight years on branded content and commercials: budgets, crews, call "
        "sheets, location shoots and post through to delivery."
    ),
)
ENV_ARTIST = dict(
    current_title="Senior Environment Artist",
    skills=["Unreal Engine 5", "Maya", "Substance Painter", "World building"],
    years_experience=7,
    resume_text=(
        "Environment artist, seven years and three shipped titles: modular kits, set dressing, "
        "lighting passes and material work in Unreal, Maya and Substance."
    ),
)
EDITOR = dict(
    current_title="Senior Commissioning Editor",
    skills=["Acquisitions", "Structural editing", "Author care", "Rights and contracts"],
    years_experience=10,
    resume_text=(
        "Commissioning editor, ten years in trade publishing: acquiring fiction and narrative "
        "non-fiction, structural edits, author care, auctions and working with rights teams."
    ),
)


def pool(persona: dict, where: str = "London, UK", profile: str = "designer"):
    """People of one kind in the pool: the same persona, living in ``where`` unless a case
    says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


# --- who wrote what -------------------------------------------------------------------------


def call(days, text) -> dict:
    """A recruiter's third-person call note."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def ats(days, text) -> dict:
    """A line typed into the ATS, in shorthand."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def studio(days, text) -> dict:
    """A studio head's or creative director's note after a portfolio review or a pitch."""
    return touch(days, "outbound", None, "note", note=text, channel="meeting")


def mail(days, text) -> dict:
    """The candidate's own email."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def li(days, text) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=text, channel="linkedin")


def dm(days, text) -> dict:
    """A text, WhatsApp, Instagram DM or Slack message from the candidate, as typed."""
    return touch(days, "inbound", "replied", note=text, channel="other")


def lost_final(days, note=None, *, role="Senior Copywriter", rating=4.4) -> dict:
    """Reached the final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=rating, role=role)


def declined(days, reason, note, *, past=None, role="Senior Copywriter") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="final", past=None, role="Senior Copywriter") -> dict:
    """Pulled out of our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def role(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

COPY_ROLE = dict(
    title="Senior Copywriter",
    department="Creative",
    seniority="senior",
    requirements="Portfolio of integrated campaigns\nScriptwriting\nTone of voice",
    description="Write campaigns for a roster of consumer brands with an art director partner.",
)
AD_ROLE = dict(
    title="Senior Art Director",
    department="Creative",
    seniority="senior",
    requirements="Art direction portfolio\nCampaign concepts\nShoot experience",
    description="Lead the look of campaigns from concept to shoot to finished craft.",
)
MOTION_ROLE = dict(
    title="Senior Motion Designer",
    department="Design",
    seniority="senior",
    requirements="After Effects\nCinema 4D\nBrand animation reel",
    description="Animate brand films, idents and social content for the in-house studio.",
)
PERF_ROLE = dict(
    title="Performance Marketing Manager",
    department="Marketing",
    seniority="senior",
    requirements="Paid social\nGoogle Ads\nAttribution\nBudget ownership",
    description="Own paid social and search budgets and the creative testing roadmap.",
)
SOCIAL_ROLE = dict(
    title="Social Media Lead",
    department="Marketing",
    seniority="lead",
    requirements="Social strategy\nCommunity management\nTikTok and Instagram",
    description="Run the brand's social channels and its community team.",
)
PRODUCER_ROLE = dict(
    title="Senior Video Producer",
    department="Content",
    seniority="senior",
    requirements="Branded content production\nBudgets\nCrew and location management",
    description="Produce branded films and social content from budget to delivery.",
)
ENV_ROLE = dict(
    title="Senior Environment Artist",
    department="Art",
    seniority="senior",
    requirements="Unreal Engine\nMaya\nSubstance Painter\nShipped titles",
    description="Build the worlds of an unannounced open-world game.",
)
EDITOR_ROLE = dict(
    title="Senior Commissioning Editor",
    department="Editorial",
    seniority="senior",
    requirements="Acquisitions track record\nStructural editing\nAgent relationships",
    description="Build a list of fiction and narrative non-fiction.",
)

# --- where and how they are worked ----------------------------------------------------------

LDN_HYBRID = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Hybrid: two days a week in the Shoreditch studio"],
)
LDN_ONSITE = dict(remote_policy="onsite", location="London, UK")
MANC_ONSITE = dict(remote_policy="onsite", location="Salford, UK")
BRISTOL_HYBRID = dict(
    remote_policy="hybrid",
    location="Bristol, UK",
    offers=["Three days a week in the Harbourside studio"],
)
UK_REMOTE = dict(remote_policy="remote", location="Remote (UK)")
NYC_ONSITE = dict(remote_policy="onsite", location="New York, NY, USA")
NYC_HYBRID = dict(
    remote_policy="hybrid",
    location="New York, NY, USA",
    offers=["Hybrid: Tuesday to Thursday in the SoHo office"],
)
LA_HYBRID = dict(
    remote_policy="hybrid",
    location="Los Angeles, CA, USA",
    offers=["Hybrid: two days a week at the Culver City studio"],
)
LA_ONSITE = dict(remote_policy="onsite", location="Culver City, CA, USA")
US_REMOTE = dict(remote_policy="remote", location="Remote (US)")
TORONTO_HYBRID = dict(
    remote_policy="hybrid",
    location="Toronto, ON, Canada",
    offers=["Two days a week at our King West office"],
)
TORONTO_ONSITE = dict(remote_policy="onsite", location="Toronto, ON, Canada")
MTL_ONSITE = dict(remote_policy="onsite", location="Montréal, QC, Canada")
MTL_HYBRID = dict(
    remote_policy="hybrid",
    location="Montréal, QC, Canada",
    offers=["Deux jours par semaine au studio du Mile End"],
)
VAN_ONSITE = dict(remote_policy="onsite", location="North Vancouver, BC, Canada")
SYD_ONSITE = dict(remote_policy="onsite", location="Sydney, NSW, Australia")
SYD_HYBRID = dict(
    remote_policy="hybrid",
    location="Sydney, NSW, Australia",
    offers=["Hybrid: three days a week in Surry Hills"],
)
MELB_ONSITE = dict(remote_policy="onsite", location="Melbourne, VIC, Australia")
AU_REMOTE = dict(remote_policy="remote", location="Remote (Australia)")

# --- 1. opt-outs, each beside a scoped stop that is no opt-out -----------------------------

OPT_OUTS = [
    C(
        "delete me from your talent pool vs unsubscribe me from the newsletter only",
        "frontend",
        [
            pool(COPYWRITER)(
                "Imogen Thackeray",
                0,
                touches=[
                    mail(
                        95,
                        "Hi - please delete me from your talent pool and don't contact me about "
                        "roles again. Thanks.",
                    )
                ],
                excluded=True,
            ),
            pool(COPYWRITER)(
                "Rufus Penhaligon",
                2,
                touches=[
                    mail(
                        95,
                        "Could you unsubscribe me from the monthly Creative Jobs newsletter? Too "
                        "much in my inbox. Still happy to hear about actual copy roles directly.",
                    )
                ],
            ),
        ],
        **role(COPY_ROLE, LDN_HYBRID),
    ),
    C(
        "an Instagram DM telling us to bin her details vs one moving the chat to email",
        "frontend",
        [
            pool(ART_DIRECTOR, "Los Angeles, CA, USA")(
                "Delphine Okoro-Vance",
                0,
                touches=[
                    dm(
                        120,
                        "pls stop sliding into my DMs with jobs. not interested, not now, not "
                        "ever. bin whatever you have on me",
                    )
                ],
                excluded=True,
            ),
            pool(ART_DIRECTOR, "Los Angeles, CA, USA")(
                "Marisol Achterberg",
                2,
                touches=[
                    dm(
                        120,
                        "hey! i don't really check insta DMs for work stuff - email me at my "
                        "studio address instead and i'll look properly",
                    )
                ],
            ),
        ],
        **role(AD_ROLE, LA_HYBRID),
    ),
    C(
        "Montréal: retirez mes coordonnées vs only in-house roles from now on",
        "frontend",
        [
            pool(MOTION, "Montréal, QC, Canada")(
                "Étienne Brassard-Roy",
                0,
                touches=[
                    mail(
                        140,
                        "Bonjour, veuillez retirer mes coordonnées de votre base de données et ne "
                        "plus me contacter. Merci.",
                    )
                ],
                excluded=True,
            ),
            pool(MOTION, "Montréal, QC, Canada")(
                "Josée Villeneuve",
                2,
                touches=[
                    mail(
                        140,
                        "Bonjour! Plus de postes en agence pour moi svp - seulement des équipes "
                        "internes chez une marque ou un studio de jeux. Merci!",
                    )
                ],
            ),
        ],
        **role(
            MOTION_ROLE,
            MTL_HYBRID,
            description="Animate trailers and brand films for our in-house games marketing team.",
        ),
    ),
    C(
        "LA Spanish: no me vuelvan a contactar vs don't ring me at work, WhatsApp",
        "frontend",
        [
            pool(PRODUCER, "Los Angeles, CA, USA")(
                "Graciela Montemayor",
                0,
                touches=[
                    dm(
                        75,
                        "No me vuelvan a contactar, por favor. Bórrenme de su lista, no busco "
                        "nada con ustedes.",
                    )
                ],
                excluded=True,
            ),
            pool(PRODUCER, "Los Angeles, CA, USA")(
                "Ximena Arredondo",
                2,
                touches=[
                    dm(
                        75,
                        "Porfa no me llamen al trabajo, estoy en set todo el día. Mejor por "
                        "WhatsApp y les contesto en la noche.",
                    )
                ],
            ),
        ],
        **role(PRODUCER_ROLE, LA_HYBRID),
    ),
    C(
        "a recruiter's DNC vs not to be put forward to one agency again",
        "frontend",
        [
            pool(ART_DIRECTOR, "New York, NY, USA")(
                "Cormac Ellery",
                0,
                touches=[
                    ats(200, "cand v firm on the phone - DNC. do not approach for anything, ever.")
                ],
                excluded=True,
            ),
            pool(ART_DIRECTOR, "New York, NY, USA")(
                "Thaddeus Oyelaran",
                2,
                touches=[
                    ats(
                        200,
                        "cand asked we never pf him to Harrow & Finch again (bad exit). "
                        "everything else fine, keen on in-house.",
                    )
                ],
            ),
        ],
        **role(AD_ROLE, NYC_HYBRID),
    ),
    C(
        "a LinkedIn 'not now or ever' vs 'not this one, it's a betting brand'",
        "sales",
        [
            pool(PERF)(
                "Hermione Loxley",
                0,
                touches=[
                    li(
                        160,
                        "Thanks but I'm not interested, now or in the future. Please stop "
                        "messaging me.",
                    )
                ],
                excluded=True,
            ),
            pool(PERF)(
                "Saoirse Blackwood",
                2,
                touches=[
                    li(
                        160,
                        "Not this one I'm afraid - it's a betting brand and I don't do gambling. "
                        "Keep me in mind for retail or subscription though!",
                    )
                ],
            ),
        ],
        **role(
            PERF_ROLE,
            LDN_HYBRID,
            description="Own paid social and search for a subscription meal-kit brand.",
        ),
    ),
    C(
        "a bare 'no thanks' to our draft vs 'no thanks to the freelance gig, perm yes'",
        "frontend",
        [
            pool(COPYWRITER, "Sydney, NSW, Australia")(
                "Bronwyn Tregear",
                0,
                touches=[mail(110, "no thanks, ta")],
                excluded=True,
            ),
            pool(COPYWRITER, "Sydney, NSW, Australia")(
                "Lachlan Moriarty",
                2,
                touches=[
                    mail(
                        110,
                        "No thanks to the three-week freelance booking - but if a perm senior "
                        "copy role comes up, I'm all ears.",
                    )
                ],
            ),
        ],
        **role(COPY_ROLE, SYD_HYBRID, offers=["Permanent, full time", "Three days in Surry Hills"]),
    ),
    C(
        "left the industry, remove me vs changed agencies, new email",
        "frontend",
        [
            pool(SOCIAL, "Manchester, UK")(
                "Philippa Arkwright",
                0,
                touches=[
                    mail(
                        180,
                        "I've left marketing for good - retraining as a primary teacher. Please "
                        "remove me from your system; I won't be needing job alerts again.",
                    )
                ],
                excluded=True,
            ),
            pool(SOCIAL, "Manchester, UK")(
                "Yusra Holcombe",
                2,
                touches=[
                    mail(
                        180,
                        "Quick one - I've moved from Jigsaw Social to an in-house job, so my old "
                        "email will bounce. Use this one from now on please.",
                    )
                ],
            ),
        ],
        **role(SOCIAL_ROLE, MANC_ONSITE),
    ),
    C(
        "a formal withdrawal of consent vs a formal request for the feedback owed",
        "cs",
        [
            pool(EDITOR)(
                "Aurelia Featherstonehaugh",
                0,
                touches=[
                    mail(
                        130,
                        "Dear Sir or Madam, I hereby withdraw my consent to your processing of "
                        "my personal data and ask that you cease all contact with me. Yours "
                        "faithfully.",
                    )
                ],
                excluded=True,
            ),
            pool(EDITOR)(
                "Benedict Oyelowo-Hart",
                2,
                touches=[
                    mail(
                        130,
                        "Dear Ms Quayle, I am still waiting for the feedback promised after my "
                        "final interview in the summer. I would be grateful to receive it before "
                        "we discuss anything further. Kind regards.",
                    )
                ],
            ),
        ],
        **role(EDITOR_ROLE, LDN_HYBRID),
    ),
    C(
        "'lose my number' said at Cannes vs his wife's stop on the house phone",
        "frontend",
        [
            pool(COPYWRITER, "New York, NY, USA")(
                "Fitzgerald Nkansah",
                0,
                touches=[
                    studio(
                        150,
                        "Bumped into FA at the Gutter Bar in Cannes. Told me straight to lose "
                        "his number, he's done with recruiters. Respect it - no contact.",
                    )
                ],
                excluded=True,
            ),
            pool(COPYWRITER, "New York, NY, USA")(
                "Desmond Achebe-Lind",
                2,
                touches=[
                    call(
                        150,
                        "Rang the landline by mistake - wife answered and asked us not to call "
                        "the house number, baby sleeping. His cell is fine, he's open to roles.",
                    )
                ],
            ),
        ],
        **role(COPY_ROLE, NYC_HYBRID),
    ),
    C(
        "a ramble ending 'take me off all your lists' vs one off the freelance list only",
        "frontend",
        [
            pool(MOTION)(
                "Oona Fairweather",
                0,
                touches=[
                    mail(
                        90,
                        "Hiya, hope the agency's good. It's been a mad year - the Christmas "
                        "campaign for the supermarket ate my autumn, then my flat flooded, then "
                        "the cat. I did enjoy the portfolio night you ran in spring and the C4D "
                        "workshop. Anyway, I've decided I'm done with the job hunt side of "
                        "things for good, so please take me off all your lists - every one of "
                        "them. Take care x",
                    )
                ],
                excluded=True,
            ),
            pool(MOTION)(
                "Carys Wetherall",
                2,
                touches=[
                    mail(
                        90,
                        "Hiya, hope the agency's good. It's been a mad year - the Christmas "
                        "campaign ate my autumn and I've barely seen daylight. Loved the "
                        "portfolio night in spring. One thing: take me off the freelance "
                        "bookings list, I'm not doing day-rate work any more - perm roles only "
                        "from here. Take care x",
                    )
                ],
            ),
        ],
        **role(MOTION_ROLE, LDN_HYBRID, offers=["Permanent role", "Two days in Shoreditch"]),
    ),
    C(
        "a text saying STOP vs stop texting, email is fine",
        "sales",
        [
            pool(PERF, "Toronto, ON, Canada")(
                "Gideon Larochelle",
                0,
                touches=[dm(100, "pls STOP")],
                excluded=True,
            ),
            pool(PERF, "Toronto, ON, Canada")(
                "Priyanka Szabo",
                2,
                touches=[dm(100, "stop texting me about jobs pls, email's much better for me")],
            ),
        ],
        **role(PERF_ROLE, TORONTO_HYBRID),
    ),
]

# --- 2. waits counted from the day said, each against a twin whose wait has run out ---------

WAITS = [
    C(
        "not before March said in October vs not before September said in May",
        "frontend",
        [
            pool(COPYWRITER)(
                "Wilhelmina Carrow",
                1,
                ("Not looking to start anything before March - finishing the rebrand.", 40),
            ),
            pool(COPYWRITER)(
                "Tamsin Kerrigan",
                2,
                ("Not looking to start anything before September - finishing a rebrand.", 200),
            ),
        ],
        **role(COPY_ROLE, LDN_HYBRID),
    ),
    C(
        "three months' notice handed in this month vs in June",
        "sales",
        [
            pool(PERF)(
                "Barnaby Quist",
                1,
                touches=[
                    ats(date(2026, 11, 2), "cand resigned today, 3 mths notice. nothing b4 Feb")
                ],
            ),
            pool(PERF)(
                "Ottilie Rackham",
                2,
                touches=[
                    ats(date(2026, 6, 1), "cand resigned today, 3 mths notice. nothing b4 Sept")
                ],
            ),
        ],
        **role(PERF_ROLE, LDN_HYBRID),
    ),
    C(
        "award entries till Cannes Lions, said in October vs said in March",
        "frontend",
        [
            pool(ART_DIRECTOR, "New York, NY, USA")(
                "Anouk Delacroix-Hale",
                1,
                touches=[
                    mail(
                        date(2026, 10, 19),
                        "I'm buried in award entries until Cannes Lions - can we talk once the "
                        "festival's done?",
                    )
                ],
            ),
            pool(ART_DIRECTOR, "New York, NY, USA")(
                "Kwabena Sorensen",
                2,
                touches=[
                    mail(
                        date(2026, 3, 16),
                        "I'm buried in award entries until Cannes Lions - can we talk once the "
                        "festival's done?",
                    )
                ],
            ),
        ],
        **role(AD_ROLE, NYC_HYBRID),
    ),
    C(
        "not till after SXSW, said this month vs said in January",
        "frontend",
        [
            pool(SOCIAL, "Austin, TX, USA")(
                "Cordelia Pryce",
                1,
                touches=[
                    dm(
                        date(2026, 11, 10),
                        "not till after SXSW, we're running the whole activation",
                    )
                ],
            ),
            pool(SOCIAL, "Austin, TX, USA")(
                "Rosalind Ezenwa",
                2,
                touches=[
                    dm(date(2026, 1, 12), "not till after SXSW, we're running the whole activation")
                ],
            ),
        ],
        **role(SOCIAL_ROLE, US_REMOTE),
    ),
    C(
        "crunch until the game ships in Q1 vs until it ships end of Q2",
        "frontend",
        [
            pool(ENV_ARTIST, "Montréal, QC, Canada")(
                "Mathilde Gagnon-Ortiz",
                1,
                touches=[
                    call(
                        date(2026, 10, 26),
                        "Cand won't leave before their game ships in Q1 next year - owes the "
                        "team that much. Warm after.",
                    )
                ],
            ),
            pool(ENV_ARTIST, "Montréal, QC, Canada")(
                "Florian Desjardins",
                2,
                touches=[
                    call(
                        date(2026, 3, 2),
                        "Cand won't leave before their game ships at the end of Q2 - owes the "
                        "team that much. Warm after.",
                    )
                ],
            ),
        ],
        **role(ENV_ROLE, MTL_ONSITE),
    ),
    C(
        "after the London Book Fair said in November vs after Frankfurt said in August",
        "cs",
        [
            pool(EDITOR)(
                "Perpetua Lingard",
                1,
                (
                    "Nothing until after the London Book Fair in March - auction season.",
                    date(2026, 11, 9),
                ),
            ),
            pool(EDITOR)(
                "Clementine Ashdown",
                2,
                (
                    "Nothing until after Frankfurt in October - rights meetings all month.",
                    date(2026, 8, 10),
                ),
            ),
        ],
        **role(EDITOR_ROLE, LDN_HYBRID),
    ),
    C(
        "on mat leave till next September vs back from mat leave in October",
        "frontend",
        [
            pool(MOTION, "Bristol, UK")(
                "Henrietta Coldwell",
                1,
                touches=[
                    mail(
                        date(2026, 10, 5),
                        "On mat leave until next September, then I'd love to chat.",
                    )
                ],
            ),
            pool(MOTION, "Bristol, UK")(
                "Georgiana Partridge",
                2,
                touches=[
                    mail(date(2026, 2, 2), "On mat leave until October, then I'd love to chat.")
                ],
            ),
        ],
        **role(MOTION_ROLE, BRISTOL_HYBRID),
    ),
    C(
        "give me six weeks said last Monday vs said in August",
        "frontend",
        [
            pool(PRODUCER, "Toronto, ON, Canada")(
                "Ignatius Beaulieu",
                1,
                touches=[li(7, "Mid-shoot on a big one. Give me six weeks and ask me again?")],
            ),
            pool(PRODUCER, "Toronto, ON, Canada")(
                "Leopoldine Marr",
                2,
                touches=[li(112, "Mid-shoot on a big one. Give me six weeks and ask me again?")],
            ),
        ],
        **role(PRODUCER_ROLE, TORONTO_HYBRID),
    ),
    C(
        "not before Q2 said in November vs not before Q4 said in April",
        "sales",
        [
            pool(PERF, "Sydney, NSW, Australia")(
                "Jarrah Whitcombe",
                1,
                (
                    "not before Q2 - annual planning and budgets land on me till then",
                    date(2026, 11, 2),
                ),
            ),
            pool(PERF, "Sydney, NSW, Australia")(
                "Tully Brennan-Shaw",
                2,
                (
                    "not before Q4 - annual planning and budgets land on me till then",
                    date(2026, 4, 6),
                ),
            ),
        ],
        **role(PERF_ROLE, SYD_HYBRID),
    ),
    C(
        "over the Christmas shutdown, said this month vs after EOFY, said in May",
        "frontend",
        [
            pool(COPYWRITER, "Melbourne, VIC, Australia")(
                "Ngaire Fotheringham",
                1,
                touches=[
                    call(
                        date(2026, 11, 16),
                        "Cand away over the Christmas shutdown, back mid-Jan. Call then, not "
                        "before.",
                    )
                ],
            ),
            pool(COPYWRITER, "Melbourne, VIC, Australia")(
                "Kirrily Woollacott",
                2,
                touches=[
                    call(
                        date(2026, 5, 18),
                        "Cand flat out till EOFY (30 June), campaign wrap. Call after that, not "
                        "before.",
                    )
                ],
            ),
        ],
        **role(COPY_ROLE, MELB_ONSITE),
    ),
    C(
        "bonus lands in March, said in September vs said last December",
        "frontend",
        [
            pool(ART_DIRECTOR, "Toronto, ON, Canada")(
                "Evander Cathcart",
                1,
                ("Bonus pays out end of March; won't move before it lands.", date(2026, 9, 14)),
            ),
            pool(ART_DIRECTOR, "Toronto, ON, Canada")(
                "Seraphina Kowalczyk",
                2,
                ("Bonus pays out end of March; won't move before it lands.", date(2025, 12, 8)),
            ),
        ],
        **role(AD_ROLE, TORONTO_HYBRID),
    ),
    C(
        "sabbatical till the end of January vs till the end of July",
        "frontend",
        [
            pool(SOCIAL, "Los Angeles, CA, USA")(
                "Rafaela Quintanilla",
                1,
                touches=[
                    mail(
                        date(2026, 10, 12),
                        "Estoy de sabático, viajando por Sudamérica hasta finales de enero. "
                        "Escríbeme en febrero!",
                    )
                ],
            ),
            pool(SOCIAL, "Los Angeles, CA, USA")(
                "Valentina Ochoa-Reyes",
                2,
                touches=[
                    mail(
                        date(2026, 3, 9),
                        "Estoy de sabático, viajando por Sudamérica hasta finales de julio. "
                        "Escríbeme en agosto!",
                    )
                ],
            ),
        ],
        **role(SOCIAL_ROLE, LA_HYBRID),
    ),
    C(
        "a note full of dates asking no wait vs a real wait to the new year",
        "frontend",
        [
            pool(COPYWRITER)(
                "Augustin Eversleigh",
                2,
                touches=[
                    call(
                        30,
                        "Cand joined Mother in March 2023, Cannes Bronze June 2024, SXSW panel "
                        "March 2025, promoted Jan 2026. Free to talk any time, interviews any "
                        "day next week.",
                    )
                ],
            ),
            pool(COPYWRITER)(
                "Lysander Whitlock",
                1,
                touches=[
                    call(
                        30,
                        "Cand joined Mother in 2023, promoted this year. Wants to see the year "
                        "out - ring him in the new year, not before.",
                    )
                ],
            ),
        ],
        **role(COPY_ROLE, LDN_HYBRID),
    ),
    C(
        "launch dates in a WhatsApp that asks no wait vs 'after our launch on the 3rd of March'",
        "frontend",
        [
            pool(ENV_ARTIST, "Vancouver, BC, Canada")(
                "Kasimir Thorvaldsen",
                2,
                touches=[
                    dm(
                        20,
                        "shipped Oct 2024, DLC May 2025, GDC talk in March. all done now, free "
                        "for calls whenever, evenings easiest",
                    )
                ],
            ),
            pool(ENV_ARTIST, "Vancouver, BC, Canada")(
                "Ambrose Nakamura-Fell",
                1,
                touches=[
                    dm(
                        20,
                        "we launch on the 3rd of March. not talking to anyone till it's out the "
                        "door, sorry",
                    )
                ],
            ),
        ],
        **role(ENV_ROLE, VAN_ONSITE),
    ),
]

# --- 3. schedule, travel, visa, contract type, commute -------------------------------------

SCHEDULE = [
    C(
        "no evenings (school run) vs fine with evening event coverage",
        "frontend",
        [
            pool(SOCIAL)(
                "Marguerite Haslam",
                0,
                "Can't do evenings or weekends - solo parent, school run and bedtime are mine.",
            ),
            pool(SOCIAL)(
                "Tobias Fenwick-Lowe",
                2,
                "Happy to cover live events in the evening, I actually enjoy the buzz.",
            ),
        ],
        **role(
            SOCIAL_ROLE,
            LDN_ONSITE,
            description="Run social for a venue group: live coverage of gigs three evenings a "
            "week and some weekends.",
        ),
    ),
    C(
        "never again crunch vs happy to crunch for a paid launch, studio with launch crunch",
        "frontend",
        [
            pool(ENV_ARTIST, "Montréal, QC, Canada")(
                "Baptiste Lemieux",
                0,
                touches=[
                    call(
                        60,
                        "Cand burnt out at last studio. Hard no to crunch or mandatory OT, ever.",
                    )
                ],
            ),
            pool(ENV_ARTIST, "Montréal, QC, Canada")(
                "Noémie Tremblay-Dufour",
                2,
                touches=[
                    call(60, "Cand ok with a crunch before launch if OT is paid. Wants to ship.")
                ],
            ),
        ],
        **role(
            ENV_ROLE,
            MTL_ONSITE,
            offers=["Paid overtime during the six weeks before launch", "Launch in Q3 2027"],
        ),
    ),
    C(
        "three days a week max vs full time, full-time role",
        "cs",
        [
            pool(EDITOR, "Oxford, UK")(
                "Marjorie Haverstock",
                0,
                "Three days a week maximum - caring for my father the rest of the week.",
            ),
            pool(EDITOR, "Oxford, UK")(
                "Cressida Selwyn",
                2,
                "Looking for a full-time commissioning job, five days suits me.",
            ),
        ],
        **role(EDITOR_ROLE, UK_REMOTE, offers=["Full time, 35 hours a week"]),
    ),
    C(
        "no weekend shifts vs not fussed about weekends, weekend rota",
        "frontend",
        [
            pool(SOCIAL, "Sydney, NSW, Australia")(
                "Coralie Nettleford",
                0,
                touches=[
                    dm(
                        45,
                        "weekends are non negotiable for me - no weekend shifts, I coach netball",
                    )
                ],
            ),
            pool(SOCIAL, "Sydney, NSW, Australia")(
                "Harriet Ballantyne",
                2,
                touches=[
                    dm(
                        45,
                        "not fussed about weekends tbh, take a weekday off instead and I'm happy",
                    )
                ],
            ),
        ],
        **role(
            SOCIAL_ROLE,
            SYD_ONSITE,
            description="Lead social for a news brand on a rota that includes one weekend in "
            "three.",
        ),
    ),
    C(
        "wants a four-day week vs nothing said, four-day-week studio",
        "frontend",
        [
            pool(MOTION, "Bristol, UK")(
                "Elspeth Garroway",
                2,
                "After two years of 60-hour weeks I want a four-day week, even if the money's "
                "lower.",
            ),
            pool(MOTION, "Bristol, UK")("Sebastian Ormerod", 1),
        ],
        **role(
            MOTION_ROLE, BRISTOL_HYBRID, offers=["Four-day week at full pay", "No weekend work"]
        ),
    ),
]

TRAVEL = [
    C(
        "no overnights (solo parent) vs loves being on set, 40% travel to shoots",
        "frontend",
        [
            pool(PRODUCER, "New York, NY, USA")(
                "Lucinda Dartington",
                0,
                touches=[
                    call(50, "Cand can't do overnights away - solo parent, no family nearby.")
                ],
            ),
            pool(PRODUCER, "New York, NY, USA")(
                "Ezekiel Haddon",
                2,
                touches=[call(50, "Cand loves being on set wherever it is, bag's always packed.")],
            ),
        ],
        **role(
            PRODUCER_ROLE,
            NYC_ONSITE,
            description="Produce shoots across the US; about 40% of the time on location, "
            "usually two or three nights away.",
        ),
    ),
    C(
        "a night a month away at most vs wants international shoots, day trips only",
        "frontend",
        [
            pool(PRODUCER)(
                "Winifred Bardsley",
                2,
                "No more than one night a month away from home - day trips are fine.",
            ),
            pool(PRODUCER)(
                "Caspian Drummond",
                1,
                "Wants a role with international shoots and lots of time on the road.",
            ),
        ],
        **role(
            PRODUCER_ROLE,
            LDN_HYBRID,
            description="Produce content in our London studio, with occasional day trips to "
            "the client in Birmingham. No overnight stays.",
        ),
    ),
    C(
        "no driving licence vs has a car, driving between three studios",
        "frontend",
        [
            pool(MOTION, "Melbourne, VIC, Australia")(
                "Ailsa McCracken",
                0,
                "Doesn't drive - no licence, relies on trams.",
            ),
            pool(MOTION, "Melbourne, VIC, Australia")(
                "Brodie McAvoy",
                2,
                "Has a car and doesn't mind driving around town for work.",
            ),
        ],
        **role(
            MOTION_ROLE,
            MELB_ONSITE,
            description="Split the week between our studios in Richmond, Dandenong and "
            "Geelong; you will drive between them, car allowance provided.",
        ),
    ),
    C(
        "won't fly (trains only) vs up for London trips, quarterly trips to London HQ",
        "sales",
        [
            pool(PERF, "Toronto, ON, Canada")(
                "Evangeline Routledge",
                0,
                "Has stopped flying for climate reasons - trains only, so no trips overseas.",
            ),
            pool(PERF, "Toronto, ON, Canada")(
                "Desmond Fairclough",
                2,
                "Would enjoy the odd trip to Europe for work.",
            ),
        ],
        **role(
            PERF_ROLE,
            TORONTO_HYBRID,
            description="Own paid media for North America. A week at the London HQ every quarter.",
        ),
    ),
    C(
        "travel max 10% vs ok up to 30%, role at 25%",
        "sales",
        [
            pool(PERF, "Chicago, IL, USA")(
                "Bartholomew Seddon",
                0,
                touches=[ats(70, "travel max 10% - hard limit, wife works nights")],
            ),
            pool(PERF, "Chicago, IL, USA")(
                "Juniper Castellanos",
                2,
                touches=[ats(70, "travel ok up to ~30%, no issue")],
            ),
        ],
        **role(
            PERF_ROLE,
            US_REMOTE,
            description="Own paid media for a retail group. Travel about 25% of the time to "
            "stores and agency partners.",
        ),
    ),
    C(
        "up to 20% travel is fine vs no travel whatsoever, role at 10%",
        "frontend",
        [
            pool(ART_DIRECTOR, "Sydney, NSW, Australia")(
                "Peregrine Aldous",
                2,
                "Happy to travel up to a fifth of the time for shoots.",
            ),
            pool(ART_DIRECTOR, "Sydney, NSW, Australia")(
                "Ondine Hartigan",
                0,
                "No travel whatsoever - not even a day interstate.",
            ),
        ],
        **role(
            AD_ROLE,
            SYD_HYBRID,
            description="Art direct campaigns for a national retailer; around 10% travel to "
            "shoots in Melbourne and Brisbane.",
        ),
    ),
    C(
        "happy to do Cannes every June vs no festival travel, role attends Cannes and SXSW",
        "frontend",
        [
            pool(COPYWRITER, "New York, NY, USA")(
                "Magnus Ellingworth",
                2,
                touches=[li(80, "Honestly I'd go to Cannes every year if someone let me.")],
            ),
            pool(COPYWRITER, "New York, NY, USA")(
                "Theodora Blaxland",
                0,
                touches=[
                    li(80, "I don't want to travel for festivals or award shows - family first.")
                ],
            ),
        ],
        **role(
            COPY_ROLE,
            NYC_HYBRID,
            description="Lead copy on our festival work. You'll attend Cannes Lions and SXSW "
            "with the team each year.",
        ),
    ),
    C(
        "can't be away overnight (carer) vs six Frankfurts running, role goes to book fairs",
        "cs",
        [
            pool(EDITOR)(
                "Rosamund Kilbride",
                0,
                touches=[call(90, "Cand can't be away overnight - carer for her mum, no cover.")],
            ),
            pool(EDITOR)(
                "Jocasta Fairbairn",
                2,
                touches=[call(90, "Cand has done Frankfurt six years running and loves it.")],
            ),
        ],
        **role(
            EDITOR_ROLE,
            LDN_HYBRID,
            description="Acquire for our fiction list; you'll attend the Frankfurt and Bologna "
            "book fairs each year, four nights apiece.",
        ),
    ),
    C(
        "left last job over constant factory trips vs no reason given, no-travel role",
        "frontend",
        [
            pool(ART_DIRECTOR, "Sydney, NSW, Australia")(
                "Isadora Penrose",
                2,
                touches=[
                    call(
                        120,
                        "Cand left her last brand because she was flying to the Shenzhen "
                        "factory every month. Wants to stay put in Sydney.",
                    )
                ],
            ),
            pool(ART_DIRECTOR, "Sydney, NSW, Australia")("Fergus Lockhart", 1),
        ],
        **role(AD_ROLE, SYD_ONSITE, offers=["Based in Surry Hills, no travel"]),
    ),
    C(
        "will drive an hour but no interstate trips vs fine with interstate flights",
        "sales",
        [
            pool(PERF, "Melbourne, VIC, Australia")(
                "Tamsyn Woolcott",
                0,
                "Will drive up to an hour between client sites, but no interstate trips.",
            ),
            pool(PERF, "Melbourne, VIC, Australia")(
                "Callum Birtles",
                2,
                "Interstate flights are fine, done plenty of Sydney and Brisbane runs.",
            ),
        ],
        **role(
            PERF_ROLE,
            MELB_ONSITE,
            description="Manage performance for our franchise network; fly to Brisbane and "
            "Perth every month for a couple of nights.",
        ),
    ),
]

VISA = [
    C(
        "needs H-1B sponsorship vs green card holder, no sponsorship",
        "frontend",
        [
            pool(MOTION, "New York, NY, USA")(
                "Siddharth Vellacott",
                0,
                touches=[ats(60, "cand on OPT, needs H-1B sponsorship to stay on")],
            ),
            pool(MOTION, "New York, NY, USA")(
                "Anneliese Groot",
                2,
                touches=[ats(60, "cand has a green card, no sponsorship needed")],
            ),
        ],
        **role(
            MOTION_ROLE, NYC_ONSITE, description="Animate brand films. We cannot sponsor visas."
        ),
    ),
    C(
        "Graduate visa runs out in March vs ILR, UK role without sponsorship",
        "frontend",
        [
            pool(COPYWRITER)(
                "Chidinma Rosewarne",
                0,
                "Graduate visa runs out in March; needs a Skilled Worker sponsor to stay.",
            ),
            pool(COPYWRITER)(
                "Mirela Ashworth",
                2,
                "Has indefinite leave to remain - no sponsorship needed.",
            ),
        ],
        **role(COPY_ROLE, LDN_HYBRID, offers=["Two days in Shoreditch", "No visa sponsorship"]),
    ),
    C(
        "working holiday visa vs Australian citizen, permanent role",
        "frontend",
        [
            pool(SOCIAL, "Sydney, NSW, Australia")(
                "Freya Lindqvist-Moore",
                0,
                touches=[
                    dm(40, "I'm on a working holiday visa - 6 months max with any one employer")
                ],
            ),
            pool(SOCIAL, "Sydney, NSW, Australia")(
                "Matilda Carrigan",
                2,
                touches=[dm(40, "Aussie citizen so no visa stuff to worry about")],
            ),
        ],
        **role(
            SOCIAL_ROLE,
            SYD_HYBRID,
            offers=["Permanent full-time", "Must have full Australian work rights"],
        ),
    ),
    C(
        "Canadian PR vs IEC work permit ending in January",
        "frontend",
        [
            pool(ENV_ARTIST, "Montréal, QC, Canada")(
                "Aurélien Marchand",
                2,
                touches=[call(50, "Cand est résident permanent, aucun permis requis.")],
            ),
            pool(ENV_ARTIST, "Montréal, QC, Canada")(
                "Ewan Dalziel",
                0,
                touches=[
                    call(
                        50,
                        "Cand on an IEC working holiday permit, ends in January. Needs LMIA after.",
                    )
                ],
            ),
        ],
        **role(
            ENV_ROLE,
            MTL_ONSITE,
            offers=["Permanent role", "Candidates must already be allowed to work in Canada"],
        ),
    ),
]

CONTRACT = [
    C(
        "outside IR35 only vs inside is fine, inside-IR35 day rate",
        "frontend",
        [
            pool(ART_DIRECTOR)(
                "Peregrine Fosdyke",
                0,
                touches=[ats(70, "f/l AD, Ltd co. OUTSIDE IR35 ONLY - won't touch inside")],
            ),
            pool(ART_DIRECTOR)(
                "Clemency Harrowby",
                2,
                touches=[ats(70, "f/l AD, inside IR35 fine via umbrella, likes the stability")],
            ),
        ],
        **role(
            AD_ROLE,
            LDN_HYBRID,
            title="Freelance Senior Art Director (6 months, inside IR35)",
            offers=["£500 a day inside IR35 via umbrella", "Two days in Shoreditch"],
        ),
    ),
    C(
        "done with ABN, wants perm with super vs prefers ABN, ABN contract",
        "frontend",
        [
            pool(MOTION, "Sydney, NSW, Australia")(
                "Jedda Mulholland",
                0,
                "Done with ABN contracting - wants a permanent role with super and leave.",
            ),
            pool(MOTION, "Sydney, NSW, Australia")(
                "Sabine Castleford",
                2,
                "Prefers ABN contracts, likes setting her own hours.",
            ),
        ],
        **role(
            MOTION_ROLE,
            SYD_HYBRID,
            title="Senior Motion Designer (6-month ABN contract)",
            offers=["A$900 a day on an ABN", "Three days in Surry Hills"],
        ),
    ),
    C(
        "freelance only, never perm again vs tired of freelancing, perm role",
        "frontend",
        [
            pool(COPYWRITER, "Los Angeles, CA, USA")(
                "Cosmo Rittenhouse",
                0,
                touches=[li(85, "Freelance for life. Not going back to a staff job, ever.")],
            ),
            pool(COPYWRITER, "Los Angeles, CA, USA")(
                "Beatriz Solórzano",
                2,
                touches=[
                    li(
                        85,
                        "Five years freelance and I'm tired of chasing invoices - "
                        "staff job please.",
                    )
                ],
            ),
        ],
        **role(COPY_ROLE, LA_HYBRID, offers=["Full-time staff role with benefits"]),
    ),
    C(
        "permanent only vs happy with a fixed-term mat cover",
        "cs",
        [
            pool(EDITOR)(
                "Octavia Brinsley",
                0,
                "Only interested in permanent roles - no fixed-term contracts.",
            ),
            pool(EDITOR)(
                "Hester Copplestone",
                2,
                "Happy to do a fixed-term maternity cover; likes the variety.",
            ),
        ],
        **role(
            EDITOR_ROLE,
            LDN_HYBRID,
            title="Senior Commissioning Editor (12-month maternity cover)",
            offers=["Fixed-term contract, 12 months"],
        ),
    ),
    C(
        "wants W-2 with health insurance vs 1099 only, W-2 role",
        "sales",
        [
            pool(PERF, "Los Angeles, CA, USA")(
                "Dashiell Okonkwo",
                2,
                "Wants a W-2 job with health insurance after years of 1099 gigs.",
            ),
            pool(PERF, "Los Angeles, CA, USA")(
                "Zuleika Farnham",
                0,
                "1099 only - runs her own LLC and won't go on payroll.",
            ),
        ],
        **role(PERF_ROLE, LA_HYBRID, offers=["Full-time W-2 with medical, dental and 401k"]),
    ),
]

COMMUTE = [
    C(
        "Brighton on Thameslink, two days fine vs thirty minutes door to door at most",
        "frontend",
        [
            pool(COPYWRITER, "Brighton, UK")(
                "Alaric Pendleton",
                2,
                "Lives in Brighton - Thameslink is 70 minutes, fine for two days a week.",
            ),
            pool(COPYWRITER, "Brighton, UK")(
                "Fenella Cheswick",
                0,
                "Lives in Brighton and won't commute more than 30 minutes door to door.",
            ),
        ],
        **role(COPY_ROLE, LDN_HYBRID),
    ),
    C(
        "Harbour Bridge crawl from the Northern Beaches vs ten-minute walk from Redfern",
        "frontend",
        [
            pool(ART_DIRECTOR, "Manly, NSW, Australia")(
                "Kieran Moffatt",
                0,
                touches=[
                    call(
                        65,
                        "Cand lives on the Northern Beaches - won't do the Harbour Bridge crawl "
                        "into the city five days a week.",
                    )
                ],
            ),
            pool(ART_DIRECTOR, "Redfern, NSW, Australia")(
                "Annika Pritchard",
                2,
                touches=[call(65, "Cand in Redfern, ten minutes' walk from Surry Hills.")],
            ),
        ],
        **role(AD_ROLE, SYD_ONSITE, offers=["Five days a week in the Surry Hills studio"]),
    ),
    C(
        "GO train from Oshawa fine for two days vs forty minutes max from Hamilton",
        "sales",
        [
            pool(PERF, "Oshawa, ON, Canada")(
                "Graydon MacInnis",
                2,
                "The GO train from Oshawa is an hour - fine for two office days.",
            ),
            pool(PERF, "Hamilton, ON, Canada")(
                "Rowena Tillotson",
                0,
                "Won't commute more than 40 minutes each way.",
            ),
        ],
        **role(PERF_ROLE, TORONTO_ONSITE, offers=["Five days a week at King West"]),
    ),
    C(
        "won't drive the 405 but lives in Culver City vs thirty minutes max from Pasadena",
        "frontend",
        [
            pool(PRODUCER, "Culver City, CA, USA")(
                "Leonie Vasquez-Hart",
                2,
                touches=[
                    dm(
                        55,
                        "i refuse to drive the 405 every day lol. anything on the westside is ok",
                    )
                ],
            ),
            pool(PRODUCER, "Pasadena, CA, USA")(
                "Osvaldo Trujillo",
                0,
                touches=[
                    dm(55, "max 30 min drive, I'm in Pasadena and not doing the 10 every day")
                ],
            ),
        ],
        **role(PRODUCER_ROLE, LA_ONSITE, offers=["Five days a week at the Culver City studio"]),
    ),
    C(
        "PATH from Hoboken vs NJ Transit from Princeton once a week at most",
        "frontend",
        [
            pool(ART_DIRECTOR, "Hoboken, NJ, USA")(
                "Tallulah Brandt",
                2,
                "Hoboken to the city on the PATH is 15 minutes - any number of days works.",
            ),
            pool(ART_DIRECTOR, "Princeton, NJ, USA")(
                "Horatio Vandermeer",
                0,
                "NJ Transit from Princeton is 90 minutes each way - not more than once a week.",
            ),
        ],
        **role(AD_ROLE, NYC_ONSITE, offers=["Four days a week in Manhattan"]),
    ),
    C(
        "V/Line from Geelong too much vs walking distance from Cremorne",
        "frontend",
        [
            pool(COPYWRITER, "Geelong, VIC, Australia")(
                "Marlowe Kinsella",
                0,
                "V/Line from Geelong is over an hour each way - can't do that every day.",
            ),
            pool(COPYWRITER, "Cremorne, VIC, Australia")(
                "Imelda Strickland",
                2,
                "Lives in Cremorne, can walk to Richmond.",
            ),
        ],
        **role(COPY_ROLE, MELB_ONSITE, location="Richmond, VIC, Australia"),
    ),
    C(
        "le pont Champlain tous les jours, non merci vs dix minutes en BIXI",
        "frontend",
        [
            pool(MOTION, "Brossard, QC, Canada")(
                "Sylvain Thibodeau",
                0,
                touches=[
                    call(
                        45,
                        "Cand à Brossard: traverser le pont Champlain tous les jours, non merci. "
                        "Une fois par semaine au bureau, max.",
                    )
                ],
            ),
            pool(MOTION, "Montréal, QC, Canada")(
                "Clothilde Beauchesne",
                2,
                touches=[
                    call(45, "Cand sur le Plateau, dix minutes en BIXI du Mile End. Aucun souci.")
                ],
            ),
        ],
        **role(MOTION_ROLE, MTL_ONSITE, offers=["Quatre jours par semaine au studio du Mile End"]),
    ),
    C(
        "Metrolink from Altrincham is easy vs the trans-Pennine train every day is a no",
        "frontend",
        [
            pool(SOCIAL, "Altrincham, UK")(
                "Gwendolen Pomfret",
                2,
                touches=[dm(35, "metrolink from altrincham to mediacity is 40 mins, easy")],
            ),
            pool(SOCIAL, "Leeds, UK")(
                "Jolyon Whitgift",
                0,
                touches=[
                    dm(35, "not doing the trans-pennine from leeds every day, once a week tops")
                ],
            ),
        ],
        **role(SOCIAL_ROLE, MANC_ONSITE, offers=["Five days at MediaCityUK"]),
    ),
    C(
        "Lions Gate Bridge traffic is a dealbreaker vs the SeaBus is twelve minutes",
        "frontend",
        [
            pool(ENV_ARTIST, "Burnaby, BC, Canada")(
                "Thorsten Lindgren",
                0,
                "Lives in Burnaby; Lions Gate Bridge traffic every day is a dealbreaker.",
            ),
            pool(ENV_ARTIST, "Vancouver, BC, Canada")(
                "Marisa Ferreira-Quon",
                2,
                "Takes the SeaBus from Waterfront - twelve minutes to Lonsdale, no problem.",
            ),
        ],
        **role(ENV_ROLE, VAN_ONSITE, offers=["Studio at Lonsdale Quay, five days"]),
    ),
    C(
        "Bath to Temple Meads is fifteen minutes vs forty-five minutes max from Exeter",
        "frontend",
        [
            pool(MOTION, "Bath, UK")(
                "Ivo Cartwright",
                2,
                touches=[ats(75, "cand in Bath - 15 min train to Temple Meads, 3 days fine")],
            ),
            pool(MOTION, "Exeter, UK")(
                "Primrose Dunkerley",
                0,
                touches=[ats(75, "cand in Exeter. commute max 45 mins, won't budge")],
            ),
        ],
        **role(MOTION_ROLE, BRISTOL_HYBRID),
    ),
]

# --- 4. pay against the band ---------------------------------------------------------------

PAY = [
    C(
        "a £70k floor vs £52k now asking £58k, band £55k-£65k",
        "frontend",
        [
            pool(COPYWRITER)("Digby Lavenham", 0, "Won't move for less than £70k base."),
            pool(COPYWRITER)("Araminta Shaw", 2, "On £52k now; £58k would do it."),
        ],
        **role(COPY_ROLE, LDN_HYBRID, salary_min=55_000, salary_max=65_000, currency="GBP"),
    ),
    C(
        "£650 a day minimum vs £450-£500 a day, a £500 day rate",
        "frontend",
        [
            pool(ART_DIRECTOR)(
                "Montague Pryor", 0, touches=[ats(40, "f/l AD. DR min £650, no exceptions")]
            ),
            pool(ART_DIRECTOR)(
                "Lavinia Okafor-Reid", 2, touches=[ats(40, "f/l AD. DR £450-500 ok")]
            ),
        ],
        **role(
            AD_ROLE,
            LDN_HYBRID,
            title="Freelance Senior Art Director",
            offers=["£500 a day, outside IR35", "Three-month booking"],
        ),
    ),
    C(
        "on $170k but would take $150k vs won't go below $185k, band $140k-$160k",
        "frontend",
        [
            pool(ART_DIRECTOR, "New York, NY, USA")(
                "Ruby Castellane",
                2,
                "Currently on $170k but would take $150k for the right brand.",
            ),
            pool(ART_DIRECTOR, "New York, NY, USA")(
                "Hollis Vanterpool",
                0,
                "Won't go below $185k base.",
            ),
        ],
        **role(AD_ROLE, NYC_HYBRID, salary_min=140_000, salary_max=160_000, currency="USD"),
    ),
    C(
        "needs CA$120k vs CA$95k works, band CA$90k-CA$105k",
        "sales",
        [
            pool(PERF, "Toronto, ON, Canada")("Anders Holloway", 0, "Needs at least CA$120k."),
            pool(PERF, "Toronto, ON, Canada")("Noor Kassab-Bell", 2, "CA$95k works for me."),
        ],
        **role(PERF_ROLE, TORONTO_HYBRID, salary_min=90_000, salary_max=105_000, currency="CAD"),
    ),
    C(
        "A$120 an hour plus super vs A$80-90 an hour, an A$85 hourly rate",
        "frontend",
        [
            pool(MOTION, "Melbourne, VIC, Australia")(
                "Shaunagh Prendergast",
                0,
                touches=[dm(30, "my rate's $120/hr + super, not dropping it")],
            ),
            pool(MOTION, "Melbourne, VIC, Australia")(
                "Tarquin Elsworth",
                2,
                touches=[dm(30, "anywhere $80-90 an hour is fine")],
            ),
        ],
        **role(MOTION_ROLE, MELB_ONSITE, offers=["A$85 an hour plus super, 3-month contract"]),
    ),
    C(
        "A$180k base minimum vs A$140k package fine, band A$130k-A$150k",
        "sales",
        [
            pool(PERF, "Sydney, NSW, Australia")("Declan Arbuthnot", 0, "A$180k base minimum."),
            pool(PERF, "Sydney, NSW, Australia")(
                "Ishbel Garrick", 2, "A$140k package would be fine."
            ),
        ],
        **role(PERF_ROLE, SYD_HYBRID, salary_min=130_000, salary_max=150_000, currency="AUD"),
    ),
    C(
        "£5,000 a month minimum vs £7,000 a month minimum, band £55k-£65k",
        "frontend",
        [
            pool(SOCIAL, "Manchester, UK")(
                "Gisela Pottinger", 2, "Minimum £5,000 a month before tax."
            ),
            pool(SOCIAL, "Manchester, UK")(
                "Rhodri Vaughan-Price", 0, "Minimum £7,000 a month before tax."
            ),
        ],
        **role(SOCIAL_ROLE, MANC_ONSITE, salary_min=55_000, salary_max=65_000, currency="GBP"),
    ),
    C(
        "needs $75 an hour vs $55 an hour, band $110k-$130k",
        "frontend",
        [
            pool(PRODUCER, "Los Angeles, CA, USA")(
                "Inigo Salcedo", 0, "Needs $75 an hour minimum."
            ),
            pool(PRODUCER, "Los Angeles, CA, USA")("Paloma Echeverría", 2, "$55 an hour is fine."),
        ],
        **role(PRODUCER_ROLE, LA_HYBRID, salary_min=110_000, salary_max=130_000, currency="USD"),
    ),
]

# --- 5. work mode, and negation with its scope ---------------------------------------------

WORK_MODE = [
    C(
        "remote said only in the title: remote-only vs studio every day",
        "frontend",
        [
            pool(COPYWRITER, "Leeds, UK")(
                "Evadne Holroyd", 2, "Remote only - I'm in Leeds and staying."
            ),
            pool(COPYWRITER, "Leeds, UK")(
                "Ptolemy Staverton", 0, "Wants to be in a studio with people every day."
            ),
        ],
        **role(COPY_ROLE, dict(location="United Kingdom"), title="Senior Copywriter (Remote, UK)"),
    ),
    C(
        "office said only in the description: remote-only vs misses studio life",
        "frontend",
        [
            pool(ART_DIRECTOR)("Quentin Ashgrove", 0, "Fully remote or I'm not interested."),
            pool(ART_DIRECTOR)(
                "Wilhelmina Tate", 2, "Misses studio life - wants to be in the room."
            ),
        ],
        **role(
            AD_ROLE,
            dict(location="London, UK"),
            description="This is a studio-based role in Soho, five days a week, working "
            "side by side with the creative team.",
        ),
    ),
    C(
        "Tuesday to Thursday in the office: two days max vs two to three days fine",
        "sales",
        [
            pool(PERF, "New York, NY, USA")("Cassius Whitmore", 0, "Two office days a week max."),
            pool(PERF, "New York, NY, USA")(
                "Jessamy Corbin", 2, "Two or three office days a week is fine."
            ),
        ],
        **role(PERF_ROLE, NYC_HYBRID),
    ),
    C(
        "remote said only in the offers: wants remote from Perth vs wants the office buzz",
        "frontend",
        [
            pool(MOTION, "Perth, WA, Australia")(
                "Zephyrine Walsh", 2, "Wants to work remotely from Perth."
            ),
            pool(MOTION, "Perth, WA, Australia")(
                "Alistair Munro-Keane", 0, "Wants an office buzz five days a week."
            ),
        ],
        **role(MOTION_ROLE, dict(location="Australia"), offers=["Work from anywhere in Australia"]),
    ),
    C(
        "at most one office day a week vs wants the office full time, fully remote role",
        "frontend",
        [
            pool(SOCIAL, "Austin, TX, USA")(
                "Clarimond Beck", 2, "Won't go into an office more than once a week."
            ),
            pool(SOCIAL, "Austin, TX, USA")(
                "Jethro Pankhurst", 0, "Wants to be back in an office full time."
            ),
        ],
        **role(SOCIAL_ROLE, US_REMOTE),
    ),
]

NEGATIONS = [
    C(
        "'not against the office' vs 'not keen on the office at all', on-site role",
        "frontend",
        [
            pool(MOTION, "Toronto, ON, Canada")(
                "Linnea Hartwell", 2, "Not against being in the office every day."
            ),
            pool(MOTION, "Toronto, ON, Canada")(
                "Barnabas Colquhoun", 0, "Not keen on an office at all."
            ),
        ],
        **role(MOTION_ROLE, TORONTO_ONSITE),
    ),
    C(
        "'the pay wasn't the issue, the commute was' vs 'the commute wasn't the issue, the pay "
        "was', remote role at the old band",
        "frontend",
        [
            pool(COPYWRITER, "Reading, UK")(
                "Millicent Rowe",
                2,
                apps=[
                    declined(
                        250,
                        "other",
                        "The pay wasn't the issue - the daily commute into Clerkenwell was.",
                        past=dict(
                            remote_policy="onsite",
                            location="London, UK",
                            salary_max=60_000,
                            currency="GBP",
                        ),
                    )
                ],
            ),
            pool(COPYWRITER, "Reading, UK")(
                "Sholto Ferrars",
                0,
                apps=[
                    declined(
                        250,
                        "other",
                        "The commute wasn't the issue - the pay was. Wanted £72k.",
                        past=dict(
                            remote_policy="onsite",
                            location="London, UK",
                            salary_max=60_000,
                            currency="GBP",
                        ),
                    )
                ],
            ),
        ],
        **role(COPY_ROLE, UK_REMOTE, salary_min=52_000, salary_max=60_000, currency="GBP"),
    ),
    C(
        "no problem with weekend shoots vs a problem with them, role with weekend shoots",
        "frontend",
        [
            pool(PRODUCER)(
                "Oriel Whitby",
                2,
                "No problem with weekend shoots, as long as there's time off in lieu.",
            ),
            pool(PRODUCER)(
                "Ferdinand Lacey",
                0,
                "Weekend shoots are a problem for me - my weekends are for my kids.",
            ),
        ],
        **role(
            PRODUCER_ROLE, LDN_HYBRID, description="Produce shoots, often on Saturdays and Sundays."
        ),
    ),
    C(
        "never said no to gambling, it's tobacco vs won't work on gambling, betting client",
        "sales",
        [
            pool(PERF)(
                "Hyacinth Garbett",
                2,
                "I've never said no to gambling clients - it's tobacco and vapes I won't touch.",
            ),
            pool(PERF)("Eamon Trevelyan", 0, "Won't work on gambling brands."),
        ],
        **role(
            PERF_ROLE, LDN_HYBRID, description="Run paid media for a sportsbook and casino brand."
        ),
    ),
    C(
        "'not remote-only' vs remote-only, hybrid role",
        "frontend",
        [
            pool(ART_DIRECTOR, "Los Angeles, CA, USA")(
                "Soledad Ibarra", 2, "I'm not remote-only - a couple of studio days is great."
            ),
            pool(ART_DIRECTOR, "Los Angeles, CA, USA")(
                "Crispin Valdés", 0, "Remote-only, no studio days."
            ),
        ],
        **role(AD_ROLE, LA_HYBRID),
    ),
]

# --- 6. location, level, company stage and size, industry and mission, technology ----------

LOCATIONS = [
    C(
        "moving to Melbourne in January vs won't leave Perth, Melbourne on-site role",
        "frontend",
        [
            pool(COPYWRITER, "Perth, WA, Australia")(
                "Rosalind Tregenza", 2, "Moving to Melbourne with my partner in January."
            ),
            pool(COPYWRITER, "Perth, WA, Australia")(
                "Hamish Abernethy", 0, "Not leaving Perth - family's here."
            ),
        ],
        **role(COPY_ROLE, MELB_ONSITE),
    ),
    C(
        "won't move east vs would move to Toronto for the right studio",
        "frontend",
        [
            pool(ENV_ARTIST, "Vancouver, BC, Canada")(
                "Corwin Ashby-Leigh", 0, "Not moving east, Vancouver is home."
            ),
            pool(ENV_ARTIST, "Vancouver, BC, Canada")(
                "Elowen Marchbanks", 2, "Would relocate to Toronto for the right studio."
            ),
        ],
        **role(ENV_ROLE, TORONTO_ONSITE),
    ),
    C(
        "moving back to Glasgow in February vs settled in Hackney, London on-site role",
        "frontend",
        [
            pool(SOCIAL)(
                "Isla Buchanan-Reid", 0, "Moving back to Glasgow in February to be near family."
            ),
            pool(SOCIAL)(
                "Dorothea Kemble", 2, "Settled in Hackney for good, bought a flat last year."
            ),
        ],
        **role(SOCIAL_ROLE, LDN_ONSITE),
    ),
    C(
        "je déménage à Montréal au printemps vs restera à Québec",
        "frontend",
        [
            pool(MOTION, "Québec, QC, Canada")(
                "Rosalie Pelletier", 2, "Je déménage à Montréal - déjà signé le bail pour janvier."
            ),
            pool(MOTION, "Québec, QC, Canada")(
                "Gaëtan Fournier", 0, "Je reste à Québec, pas question de déménager."
            ),
        ],
        **role(MOTION_ROLE, MTL_ONSITE),
    ),
]

LEVEL = [
    C(
        "wants to lead a team vs wants to stay on the tools, Creative Director role",
        "manager",
        [
            pool(ART_DIRECTOR)(
                "Augusta Pennington",
                2,
                "Ready to lead a creative team - been doing it unofficially.",
            ),
            pool(ART_DIRECTOR)(
                "Reuben Oakeshott", 0, "Wants to stay on the tools - no people management."
            ),
        ],
        **role(
            AD_ROLE,
            LDN_HYBRID,
            title="Creative Director",
            seniority="director",
            description="Lead a creative department of eight and own the work.",
        ),
    ),
    C(
        "fed up of managing, wants to make vs only head-of roles, hands-on IC role",
        "frontend",
        [
            pool(MOTION, "Los Angeles, CA, USA")(
                "Marguerite Delaney", 2, "Fed up of managing - wants to get back to animating."
            ),
            pool(MOTION, "Los Angeles, CA, USA")(
                "Conrad Villiers", 0, "Only looking at head-of roles with direct reports."
            ),
        ],
        **role(MOTION_ROLE, LA_HYBRID, offers=["Hands-on individual contributor role, no reports"]),
    ),
    C(
        "never wants direct reports again vs has line-managed two and wants more, Head of Social",
        "frontend",
        [
            pool(SOCIAL, "Sydney, NSW, Australia")(
                "Pippa Carruthers", 0, "Never wants direct reports again."
            ),
            pool(SOCIAL, "Sydney, NSW, Australia")(
                "Orla Fitzsimons", 2, "Has line-managed two and wants a bigger team."
            ),
        ],
        **role(
            SOCIAL_ROLE,
            SYD_HYBRID,
            title="Head of Social",
            seniority="manager",
            description="Lead and grow a team of four social and community managers.",
        ),
    ),
    C(
        "wants to stay an artist vs ready to be a lead, Lead Environment Artist",
        "frontend",
        [
            pool(ENV_ARTIST, "Montréal, QC, Canada")(
                "Léandre Côté", 0, "Veut rester artiste, pas de gestion d'équipe."
            ),
            pool(ENV_ARTIST, "Montréal, QC, Canada")(
                "Océane Bergeron", 2, "Prête à devenir lead et à gérer une équipe."
            ),
        ],
        **role(
            ENV_ROLE,
            MTL_ONSITE,
            title="Lead Environment Artist",
            seniority="lead",
            description="Lead and mentor six environment artists on an open-world game.",
        ),
    ),
]

STAGE_SIZE = [
    C(
        "wants to build a brand from scratch vs only big agencies, seed-stage startup",
        "frontend",
        [
            pool(COPYWRITER)(
                "Juno Fairchild",
                2,
                "Wants an early-stage startup where she can build the brand from scratch.",
            ),
            pool(COPYWRITER)(
                "Percival Haines", 0, "After his startup folded, only big agencies from now on."
            ),
        ],
        **role(COPY_ROLE, LDN_HYBRID, offers=["Seed-stage, 12 people", "First creative hire"]),
    ),
    C(
        "wants a network agency's structure vs no more holding companies, WPP agency",
        "frontend",
        [
            pool(ART_DIRECTOR, "New York, NY, USA")(
                "Honora Blakeney", 2, "Wants a big network agency with proper structure."
            ),
            pool(ART_DIRECTOR, "New York, NY, USA")(
                "Ignatius Crewe", 0, "No more holding companies - done with WPP and Omnicom."
            ),
        ],
        **role(AD_ROLE, NYC_HYBRID, offers=["Part of WPP, 5,000 people in North America"]),
    ),
    C(
        "prefers small indie studios vs wants AAA scale, 25-person indie",
        "frontend",
        [
            pool(ENV_ARTIST, "Montréal, QC, Canada")(
                "Anaïs Lapointe", 2, "Préfère les petits studios indépendants."
            ),
            pool(ENV_ARTIST, "Montréal, QC, Canada")(
                "Rémi Castonguay", 0, "Wants AAA scale, big teams and budgets."
            ),
        ],
        **role(ENV_ROLE, MTL_ONSITE, offers=["Independent studio of 25 people"]),
    ),
    C(
        "wants AAA after years of indie vs only small studios, 800-person AAA studio",
        "frontend",
        [
            pool(ENV_ARTIST, "Vancouver, BC, Canada")(
                "Stellan Hargreave", 2, "Wants a AAA studio after years of indie chaos."
            ),
            pool(ENV_ARTIST, "Vancouver, BC, Canada")(
                "Wren Oduya", 0, "Only small studios, under 50 people."
            ),
        ],
        **role(ENV_ROLE, VAN_ONSITE, offers=["AAA studio, 800 people across three sites"]),
    ),
    C(
        "burnt by two startups vs loves Series A scrappiness, Series A fintech",
        "sales",
        [
            pool(PERF)(
                "Leontyne Marsh", 0, "Burnt by two startups folding - wants somewhere established."
            ),
            pool(PERF)(
                "Gulliver Seaton", 2, "Loves Series A scrappiness, wants to build the growth team."
            ),
        ],
        **role(PERF_ROLE, LDN_HYBRID, offers=["Series A fintech, 40 people", "Meaningful equity"]),
    ),
    C(
        "independent presses only vs wants a big house's reach, Big Five publisher",
        "cs",
        [
            pool(EDITOR, "New York, NY, USA")(
                "Philomena Grange", 0, "Small independent presses only."
            ),
            pool(EDITOR, "New York, NY, USA")(
                "Cosima Trent", 2, "Wants the reach of a Big Five house."
            ),
        ],
        **role(
            EDITOR_ROLE,
            NYC_HYBRID,
            offers=["One of the Big Five publishers, 10,000 staff worldwide"],
        ),
    ),
    C(
        "wants a small studio where she knows everyone vs wants a global agency",
        "frontend",
        [
            pool(MOTION, "Bristol, UK")(
                "Marigold Esterhazy", 2, "Wants a small studio where she knows everyone's name."
            ),
            pool(MOTION, "Bristol, UK")(
                "Thaddeus Lowther", 0, "Wants a global agency with offices everywhere."
            ),
        ],
        **role(MOTION_ROLE, BRISTOL_HYBRID, offers=["Family-run design studio, 40 people"]),
    ),
    C(
        "wants a listed company's stability vs hates corporate, ASX-listed in-house team",
        "frontend",
        [
            pool(SOCIAL, "Melbourne, VIC, Australia")(
                "Briony Kilpatrick", 2, "Wants the stability of a listed company."
            ),
            pool(SOCIAL, "Melbourne, VIC, Australia")(
                "Ellery Nash", 0, "Hates corporate - no big listed companies."
            ),
        ],
        **role(SOCIAL_ROLE, MELB_ONSITE, offers=["ASX-listed retailer, 3,000 staff"]),
    ),
    C(
        "needs stability, no pre-revenue vs happy with equity-heavy early stage",
        "frontend",
        [
            pool(PRODUCER, "Los Angeles, CA, USA")(
                "Fabián Corral", 0, "Mortgage and twins - nothing pre-revenue."
            ),
            pool(PRODUCER, "Los Angeles, CA, USA")(
                "Lucía Benavides", 2, "Happy with an equity-heavy early-stage gig."
            ),
        ],
        **role(
            PRODUCER_ROLE, LA_HYBRID, offers=["Pre-revenue creator-economy startup, seed round"]
        ),
    ),
    C(
        "100-300 people ideal vs only tiny shops under 20, 200-person agency",
        "frontend",
        [
            pool(COPYWRITER, "Toronto, ON, Canada")(
                "Tabitha Okonedo", 2, "Ideal agency size is 100 to 300 people."
            ),
            pool(COPYWRITER, "Toronto, ON, Canada")(
                "Lorcan Huxley", 0, "Only tiny shops, under 20 people."
            ),
        ],
        **role(COPY_ROLE, TORONTO_HYBRID, offers=["Independent agency, 200 people"]),
    ),
]

MISSION = [
    C(
        "won't work on gambling vs fine with betting brands, sportsbook client",
        "frontend",
        [
            pool(COPYWRITER, "Sydney, NSW, Australia")(
                "Cato Merriweather", 0, "Won't write for gambling brands."
            ),
            pool(COPYWRITER, "Sydney, NSW, Australia")(
                "Bryony Lachance", 2, "Fine with betting brands."
            ),
        ],
        **role(
            COPY_ROLE,
            SYD_HYBRID,
            description="Write for our sportsbook client across TV and social.",
        ),
    ),
    C(
        "wants purpose-driven work vs wants luxury fashion, climate charity",
        "frontend",
        [
            pool(SOCIAL)("Verity Alcott", 2, "Wants purpose-driven work, ideally climate."),
            pool(SOCIAL)("Lucius Fanshawe", 1, "Wants to work on luxury fashion brands."),
        ],
        **role(SOCIAL_ROLE, LDN_HYBRID, description="Lead social for a climate charity."),
    ),
    C(
        "sober, won't do alcohol vs loves drinks brands, spirits brand",
        "frontend",
        [
            pool(ART_DIRECTOR, "Los Angeles, CA, USA")(
                "Amadeo Ruiz-Tagle", 0, "Sober eight years - won't work on alcohol brands."
            ),
            pool(ART_DIRECTOR, "Los Angeles, CA, USA")(
                "Celestine Marquez", 2, "Loves drinks brands."
            ),
        ],
        **role(AD_ROLE, LA_HYBRID, description="Art direct for a tequila brand."),
    ),
    C(
        "wants to publish children's books vs adult literary fiction only",
        "cs",
        [
            pool(EDITOR)("Philippa Yardley", 2, "Wants to publish children's and YA books."),
            pool(EDITOR)("Gerontius Bell", 0, "Adult literary fiction only."),
        ],
        **role(EDITOR_ROLE, LDN_HYBRID, title="Senior Commissioning Editor, Children's"),
    ),
    C(
        "won't work on fossil fuels vs no issue, oil and gas account",
        "sales",
        [
            pool(PERF, "Calgary, AB, Canada")(
                "Solveig Baptiste", 0, "Won't work on fossil fuel accounts."
            ),
            pool(PERF, "Calgary, AB, Canada")(
                "Rupert Gallagher", 2, "No issue with energy clients."
            ),
        ],
        **role(
            PERF_ROLE,
            dict(remote_policy="onsite", location="Calgary, AB, Canada"),
            description="Run paid media for an oil and gas producer.",
        ),
    ),
]

TECH = [
    C(
        "wants to move to Unreal vs Unity only, Unreal 5 studio",
        "frontend",
        [
            pool(ENV_ARTIST, "Montréal, QC, Canada")(
                "Eulalie Roux", 2, "Wants to move to Unreal Engine 5."
            ),
            pool(ENV_ARTIST, "Montréal, QC, Canada")(
                "Hippolyte Garnier", 0, "Unity only - refuses to work in Unreal."
            ),
        ],
        **role(ENV_ROLE, MTL_ONSITE, offers=["Unreal Engine 5"]),
    ),
    C(
        "won't use generative AI vs excited about gen-AI workflows, Midjourney studio",
        "frontend",
        [
            pool(ART_DIRECTOR)(
                "Ottoline Fairhurst", 0, "Won't use generative AI in her work - ethical line."
            ),
            pool(ART_DIRECTOR)("Caspar Wetherby", 2, "Excited about generative AI workflows."),
        ],
        **role(AD_ROLE, LDN_HYBRID, offers=["Midjourney and Firefly in the concept workflow"]),
    ),
    C(
        "only Premiere, won't switch vs cut on Avid for years, Avid edit suite",
        "frontend",
        [
            pool(PRODUCER, "Toronto, ON, Canada")(
                "Alastair Beaumont", 0, "Premiere only - won't switch to Avid."
            ),
            pool(PRODUCER, "Toronto, ON, Canada")(
                "Rosalba Giordano", 2, "Cut on Avid for years, prefers it."
            ),
        ],
        **role(PRODUCER_ROLE, TORONTO_HYBRID, offers=["Avid Media Composer edit suites"]),
    ),
]

# --- 7. last time's reason, the history with us, the latest process -------------------------

PAST_LDN_60K = dict(
    remote_policy="hybrid", location="London, UK", salary_max=60_000, currency="GBP"
)
PAST_NYC_OFFICE = dict(remote_policy="onsite", location="New York, NY, USA")
PAST_SYD = dict(remote_policy="onsite", location="Parramatta, NSW, Australia")

LAST_TIME = [
    C(
        "declined over a £60k cap; the new band is £70k-£80k",
        "frontend",
        [
            pool(COPYWRITER)(
                "Gwilym Aberdare",
                2,
                apps=[
                    declined(280, "compensation", "wanted 70k, we capped at 60", past=PAST_LDN_60K)
                ],
            ),
            pool(COPYWRITER)("Seren Maddocks", 1),
        ],
        **role(COPY_ROLE, LDN_HYBRID, salary_min=70_000, salary_max=80_000, currency="GBP"),
    ),
    C(
        "declined over a £60k cap; the band is still £55k-£60k",
        "frontend",
        [
            pool(COPYWRITER)(
                "Ffion Llewellyn",
                0,
                apps=[
                    declined(
                        280,
                        "compensation",
                        "Asked for £72k. Band topped out at £60k.",
                        past=PAST_LDN_60K,
                    )
                ],
            ),
            pool(COPYWRITER)("Caradog Pugh", 2),
        ],
        **role(COPY_ROLE, LDN_HYBRID, salary_min=55_000, salary_max=60_000, currency="GBP"),
    ),
    C(
        "withdrew over five days in SoHo; this role is remote",
        "frontend",
        [
            pool(ART_DIRECTOR, "New York, NY, USA")(
                "Hartley Bosworth",
                2,
                apps=[
                    withdrew(
                        220,
                        "remote_policy",
                        "Five days in the SoHo office was a dealbreaker.",
                        past=PAST_NYC_OFFICE,
                        role="Senior Art Director",
                    )
                ],
            ),
            pool(ART_DIRECTOR, "New York, NY, USA")("Verena Kostova", 1),
        ],
        **role(AD_ROLE, US_REMOTE),
    ),
    C(
        "withdrew over five days in SoHo; this role is five days in the office again",
        "frontend",
        [
            pool(ART_DIRECTOR, "New York, NY, USA")(
                "Ansel Farrington",
                0,
                apps=[
                    withdrew(
                        220,
                        "remote_policy",
                        "cand pulled out - wouldn't do 5 days in office",
                        past=PAST_NYC_OFFICE,
                        role="Senior Art Director",
                    )
                ],
            ),
            pool(ART_DIRECTOR, "New York, NY, USA")("Delia Marchant", 2),
        ],
        **role(AD_ROLE, NYC_ONSITE, offers=["Five days a week in SoHo"]),
    ),
    C(
        "declined over the studio's crunch culture; this studio has a no-crunch four-day week",
        "frontend",
        [
            pool(ENV_ARTIST, "Montréal, QC, Canada")(
                "Maëlle Rousseau",
                2,
                apps=[
                    declined(
                        300,
                        "culture_fit",
                        "A refusé l'offre: culture de crunch au studio.",
                        role="Senior Environment Artist",
                    )
                ],
            ),
            pool(ENV_ARTIST, "Montréal, QC, Canada")("Cyprien Lavoie", 1),
        ],
        **role(
            ENV_ROLE,
            MTL_ONSITE,
            offers=[
                "Semaine de quatre jours",
                "Politique sans crunch, pas d'heures sup obligatoires",
            ],
        ),
    ),
    C(
        "declined over 50% travel; this role is 50% travel again",
        "frontend",
        [
            pool(PRODUCER)(
                "Bellamy Stroud",
                0,
                apps=[
                    declined(
                        180,
                        "other",
                        "Turned it down - half the year on the road was too much.",
                        role="Senior Video Producer",
                    )
                ],
            ),
            pool(PRODUCER)("Ianthe Galbraith", 2),
        ],
        **role(
            PRODUCER_ROLE,
            LDN_HYBRID,
            description="Produce location shoots across Europe; about half your time travelling.",
        ),
    ),
    C(
        "declined an inside-IR35 booking; this one is outside IR35",
        "frontend",
        [
            pool(MOTION)(
                "Tobiah Renshaw",
                2,
                apps=[
                    declined(
                        200,
                        "other",
                        "inside IR35 - cand won't do it",
                        role="Freelance Motion Designer",
                    )
                ],
            ),
            pool(MOTION)("Nerys Pendry", 1),
        ],
        **role(
            MOTION_ROLE,
            LDN_HYBRID,
            title="Freelance Senior Motion Designer",
            offers=["£450 a day, outside IR35"],
        ),
    ),
    C(
        "withdrew needing sponsorship; this role sponsors",
        "frontend",
        [
            pool(COPYWRITER)(
                "Adaeze Whitfield",
                2,
                apps=[
                    withdrew(
                        240,
                        "other",
                        "Needed Skilled Worker sponsorship; client couldn't offer it.",
                        stage="interview",
                    )
                ],
            ),
            pool(COPYWRITER)("Lorcan MacNamara", 1),
        ],
        **role(
            COPY_ROLE,
            LDN_HYBRID,
            offers=["We sponsor Skilled Worker visas", "Two days in Shoreditch"],
        ),
    ),
    C(
        "declined because it was agency side; this role is in-house at a brand",
        "sales",
        [
            pool(PERF, "Sydney, NSW, Australia")(
                "Wynona Tasker",
                2,
                apps=[
                    declined(
                        260,
                        "not_interested",
                        "Wanted in-house, not another agency.",
                        role="Performance Marketing Manager",
                    )
                ],
            ),
            pool(PERF, "Sydney, NSW, Australia")("Dougal Freeth", 1),
        ],
        **role(
            PERF_ROLE,
            SYD_HYBRID,
            description="In-house at an Australian homewares brand; own the paid budget.",
        ),
    ),
    C(
        "declined over the commute to Parramatta; this role is in Parramatta again",
        "frontend",
        [
            pool(SOCIAL, "Bondi, NSW, Australia")(
                "Esmeralda Tynan",
                0,
                apps=[
                    declined(
                        150,
                        "location",
                        "Bondi to Parramatta every day - no way.",
                        past=PAST_SYD,
                        role="Social Media Lead",
                    )
                ],
            ),
            pool(SOCIAL, "Bondi, NSW, Australia")("Kit Lambourne", 2),
        ],
        **role(SOCIAL_ROLE, dict(remote_policy="onsite", location="Parramatta, NSW, Australia")),
    ),
]

HISTORY = [
    C(
        "rejected for no long-form video in the reel three months ago vs clean history",
        "frontend",
        [
            pool(PRODUCER, "Toronto, ON, Canada")(
                "Ravi Castellanos",
                0,
                apps=[
                    app(
                        90,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Reel had no long-form; role is all long-form docs.",
                        role="Senior Video Producer",
                    )
                ],
            ),
            pool(PRODUCER, "Toronto, ON, Canada")("Ginevra Holt", 2),
        ],
        **role(
            PRODUCER_ROLE, TORONTO_HYBRID, description="Produce long-form branded documentaries."
        ),
    ),
    C(
        "a no-show at the portfolio review vs clean history",
        "frontend",
        [
            pool(MOTION, "New York, NY, USA")(
                "Evander Crosby",
                0,
                apps=[
                    app(
                        120,
                        "interview",
                        "rejected",
                        "no_show",
                        "no-show at portfolio review, no word since",
                        role="Senior Motion Designer",
                    )
                ],
            ),
            pool(MOTION, "New York, NY, USA")("Imara Delgado", 2),
        ],
        **role(MOTION_ROLE, NYC_ONSITE),
    ),
    C(
        "rude to the junior designer at the pitch vs clean history",
        "frontend",
        [
            pool(COPYWRITER, "Sydney, NSW, Australia")(
                "Rocco Venables",
                0,
                apps=[
                    app(
                        160,
                        "final",
                        "rejected",
                        "conduct",
                        "Belittled our junior designer in front of the client at the pitch.",
                    )
                ],
            ),
            pool(COPYWRITER, "Sydney, NSW, Australia")("Nell Ashburton", 2),
        ],
        **role(COPY_ROLE, SYD_HYBRID),
    ),
    C(
        "placed by us in August vs clean history",
        "frontend",
        [
            pool(SOCIAL)(
                "Clementina Vos",
                0,
                apps=[
                    app(
                        100,
                        "offer",
                        "hired",
                        None,
                        "Placed at Droga5 London in August - hands off.",
                        role="Social Media Lead",
                    )
                ],
            ),
            pool(SOCIAL)("Maximilian Ferrier", 2),
        ],
        **role(SOCIAL_ROLE, LDN_HYBRID),
    ),
]

PROCESS = [
    C(
        "a silver medal with glowing feedback vs an application never reviewed",
        "frontend",
        [
            pool(ART_DIRECTOR)(
                "Perdita Vaux",
                2,
                apps=[
                    lost_final(
                        300,
                        "ECD loved the book - lost on a coin toss",
                        role="Senior Art Director",
                        rating=4.7,
                    )
                ],
            ),
            pool(ART_DIRECTOR)(
                "Jasper Coldicott",
                1,
                apps=[
                    app(
                        300,
                        "applied",
                        "rejected",
                        "other",
                        "not reviewed before the role closed",
                        role="Senior Art Director",
                    )
                ],
            ),
        ],
        **role(AD_ROLE, LDN_HYBRID),
    ),
    C(
        "a final in 2024 then pulled out at screen this autumn (no agencies) vs the reverse",
        "frontend",
        [
            pool(COPYWRITER, "New York, NY, USA")(
                "Cordelia Hastings",
                0,
                apps=[
                    lost_final(700, "great final"),
                    withdrew(
                        60,
                        "not_interested",
                        "At screen: done with agencies, in-house only now.",
                        stage="screen",
                    ),
                ],
            ),
            pool(COPYWRITER, "New York, NY, USA")(
                "Bertrand Osei",
                2,
                apps=[
                    app(700, "screen", "rejected", "experience_level", "too junior then"),
                    lost_final(60, "strong final, lost to one other"),
                ],
            ),
        ],
        **role(
            COPY_ROLE,
            NYC_HYBRID,
            description="Write campaigns at an independent agency for a roster of clients.",
        ),
    ),
]

# --- 8. several notes over time: the latest word counts -------------------------------------

LATEST_WORD = [
    C(
        "remote only, then three days in is fine vs three days fine, then remote only",
        "frontend",
        [
            pool(ART_DIRECTOR, "Sydney, NSW, Australia")(
                "Anastasia Crowe",
                2,
                ("Remote only, please.", date(2025, 9, 1)),
                ("Moved to Paddington - three office days is fine now.", date(2026, 9, 7)),
            ),
            pool(ART_DIRECTOR, "Sydney, NSW, Australia")(
                "Leopold Harcourt",
                0,
                ("Three office days is fine.", date(2025, 9, 1)),
                ("Moved to the Blue Mountains - remote only from now on.", date(2026, 9, 7)),
            ),
        ],
        **role(AD_ROLE, SYD_HYBRID),
    ),
    C(
        "would move to London, then bought in Leeds vs the reverse",
        "frontend",
        [
            pool(MOTION, "Leeds, UK")(
                "Hepzibah Nunn",
                0,
                touches=[
                    call(
                        date(2025, 10, 6), "Cand open to relocating to London for the right studio."
                    ),
                    call(date(2026, 10, 5), "Cand just bought a house in Leeds - not moving now."),
                ],
            ),
            pool(MOTION, "Leeds, UK")(
                "Aldous Whitcroft",
                2,
                touches=[
                    call(date(2025, 10, 6), "Cand staying in Leeds, not relocating."),
                    call(
                        date(2026, 10, 5),
                        "Partner got a job in London - cand now wants to move down.",
                    ),
                ],
            ),
        ],
        **role(MOTION_ROLE, LDN_ONSITE),
    ),
    C(
        "pay ask lowered to £65k vs raised to £85k, band £60k-£70k",
        "frontend",
        [
            pool(COPYWRITER)(
                "Marcus Quennell",
                2,
                ("Wants £80k.", date(2025, 11, 3)),
                ("Market's quiet - £65k would do now.", date(2026, 10, 12)),
            ),
            pool(COPYWRITER)(
                "Oriana Beckwith",
                0,
                ("£60k is fine for me.", date(2025, 11, 3)),
                ("Got a promotion - won't move for under £85k now.", date(2026, 10, 12)),
            ),
        ],
        **role(COPY_ROLE, LDN_HYBRID, salary_min=60_000, salary_max=70_000, currency="GBP"),
    ),
    C(
        "a removal taken back vs a 'keep me posted' hardened into a deletion request",
        "frontend",
        [
            pool(SOCIAL, "Toronto, ON, Canada")(
                "Temperance Iwu",
                2,
                touches=[
                    mail(date(2026, 1, 12), "Please remove me from your list."),
                    mail(
                        date(2026, 10, 19),
                        "I know I asked to be removed in January but I'm looking now - "
                        "please do reach out.",
                    ),
                ],
            ),
            pool(SOCIAL, "Toronto, ON, Canada")(
                "Barnaby Featherstone",
                0,
                touches=[
                    mail(date(2026, 1, 12), "Keep me posted on anything senior!"),
                    mail(date(2026, 10, 19), "Please delete my details and stop contacting me."),
                ],
                excluded=True,
            ),
        ],
        **role(SOCIAL_ROLE, TORONTO_HYBRID),
    ),
    C(
        "wanted to manage, now wants to stay hands-on vs the reverse, managing role",
        "manager",
        [
            pool(PRODUCER, "Los Angeles, CA, USA")(
                "Florencia Aguirre",
                0,
                ("Quiere liderar un equipo.", date(2025, 8, 4)),
                ("Changed her mind - wants to stay hands-on, no reports.", date(2026, 8, 3)),
            ),
            pool(PRODUCER, "Los Angeles, CA, USA")(
                "Thelonius Graves",
                2,
                ("Wants to stay hands-on, no reports.", date(2025, 8, 4)),
                ("Now ready to run a production team.", date(2026, 8, 3)),
            ),
        ],
        **role(
            PRODUCER_ROLE,
            LA_HYBRID,
            title="Head of Production",
            seniority="manager",
            description="Run a team of five producers.",
        ),
    ),
    C(
        "freelance only, now wants perm vs perm, now freelance only, perm role",
        "frontend",
        [
            pool(ART_DIRECTOR)(
                "Ebony Halliwell",
                2,
                touches=[
                    ats(date(2025, 6, 2), "f/l only, no perm"),
                    ats(date(2026, 9, 14), "cand now wants perm - tired of f/l feast/famine"),
                ],
            ),
            pool(ART_DIRECTOR)(
                "Crispin Delamere",
                0,
                touches=[
                    ats(date(2025, 6, 2), "perm pls"),
                    ats(date(2026, 9, 14), "cand gone f/l, Ltd co set up - no perm now"),
                ],
            ),
        ],
        **role(AD_ROLE, LDN_HYBRID, offers=["Permanent, full-time"]),
    ),
    C(
        "a March wait called off early vs 'whenever' turned into 'not before March'",
        "frontend",
        [
            pool(ENV_ARTIST, "Montréal, QC, Canada")(
                "Séverine Aubin",
                2,
                touches=[
                    mail(date(2026, 10, 5), "Pas avant mars, on est en pleine production."),
                    mail(
                        date(2026, 11, 9), "Le projet a été annulé - je suis libre tout de suite!"
                    ),
                ],
            ),
            pool(ENV_ARTIST, "Montréal, QC, Canada")(
                "Gaspard Ouellet",
                1,
                touches=[
                    mail(date(2026, 10, 5), "Whenever suits, happy to chat."),
                    mail(
                        date(2026, 11, 9), "Actually, not before March - we just greenlit a sequel."
                    ),
                ],
            ),
        ],
        **role(ENV_ROLE, MTL_ONSITE),
    ),
    C(
        "no gambling, then fine vs fine, then no gambling, betting client",
        "sales",
        [
            pool(PERF, "Sydney, NSW, Australia")(
                "Kirra Holbrook",
                2,
                ("No gambling clients.", date(2025, 7, 7)),
                ("Happy to do betting brands now, money's the priority.", date(2026, 7, 6)),
            ),
            pool(PERF, "Sydney, NSW, Australia")(
                "Angus Prowse",
                0,
                ("Fine with betting brands.", date(2025, 7, 7)),
                ("Lost a mate to gambling debt - no betting brands any more.", date(2026, 7, 6)),
            ),
        ],
        **role(PERF_ROLE, SYD_HYBRID, description="Run paid media for a national sportsbook."),
    ),
    C(
        "no travel, then happy to travel vs the reverse, 30% travel role",
        "frontend",
        [
            pool(PRODUCER, "Toronto, ON, Canada")(
                "Aurora Lindell",
                2,
                touches=[
                    call(date(2025, 5, 5), "Cand can't travel - kids small."),
                    call(date(2026, 9, 21), "Kids older now, cand happy to travel for shoots."),
                ],
            ),
            pool(PRODUCER, "Toronto, ON, Canada")(
                "Benedikt Szabo",
                0,
                touches=[
                    call(date(2025, 5, 5), "Cand happy to travel for shoots."),
                    call(date(2026, 9, 21), "New baby - cand can't travel at all now."),
                ],
            ),
        ],
        **role(
            PRODUCER_ROLE,
            TORONTO_HYBRID,
            description="Produce shoots across Canada and the US, "
            "about 30% travel with overnights.",
        ),
    ),
    C(
        "wanted a startup, then only established vs the reverse, seed-stage role",
        "frontend",
        [
            pool(COPYWRITER, "Los Angeles, CA, USA")(
                "Isadora Blum",
                0,
                ("Wants a startup.", date(2025, 10, 6)),
                ("After the layoff, only established companies.", date(2026, 10, 5)),
            ),
            pool(COPYWRITER, "Los Angeles, CA, USA")(
                "Wendell Achterberg",
                2,
                ("Only established companies.", date(2025, 10, 6)),
                ("Bored at the big agency - wants a startup now.", date(2026, 10, 5)),
            ),
        ],
        **role(COPY_ROLE, LA_HYBRID, offers=["Seed-stage startup, 9 people", "First brand hire"]),
    ),
    C(
        "£600 a day floor, then £450 is fine vs the reverse, £475 a day",
        "frontend",
        [
            pool(MOTION)(
                "Jemima Trelawney",
                2,
                touches=[
                    dm(date(2025, 11, 10), "my DR is £600 min"),
                    dm(date(2026, 10, 26), "honestly £450 a day is fine now, it's dead out there"),
                ],
            ),
            pool(MOTION)(
                "Fitzroy Lamb",
                0,
                touches=[
                    dm(date(2025, 11, 10), "£450 a day is fine"),
                    dm(date(2026, 10, 26), "rate's gone up, £650 a day minimum now"),
                ],
            ),
        ],
        **role(
            MOTION_ROLE,
            LDN_HYBRID,
            title="Freelance Senior Motion Designer",
            offers=["£475 a day outside IR35"],
        ),
    ),
]

HELDOUT56_CASES: list[Case] = [
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
# here last time's reason, resolved or still standing, is the file's LAST_TIME list, and the
# history with us its HISTORY (the cases set against a clean history).
RESOLVED, LAST_TIME = LAST_TIME, HISTORY
