"""Held-out rediscovery cases, twenty-first set: a creative recruitment agency's and games and
media studios' own words, written by a twenty-first stranger to the reader (its code, its
labelled sets and the earlier case files' sentences were not looked at; held-out 10 was opened
for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 21") and never tuned to what Encore does. The recruiters are a London
creative recruitment agency with desks in New York, Los Angeles, Austin, Stockholm, Amsterdam,
São Paulo, Tokyo and Sydney, and the in-house talent teams of game studios, newsrooms and
client-side marketing departments. The voices: the agency's ATS shorthand ("cand", "AD", "ACD",
"CD", "1st hold", "2nd hold", "bk'd", "rd", "portf", "reel", "DNC", "ghosted us"), studio TA notes
after a portfolio review or a design test, freelancers' DMs on Slack, Instagram and Discord typed
in lower case, candidates' emails and formal letters (a UK GDPR erasure, a CCPA deletion), long
rambling call notes that mention dates without asking for a wait, and lines in Portuguese,
Swedish, Dutch and Japanese. The people are copywriters, art directors, account directors and
strategists in agencies, brand and growth marketers client-side, producers, video editors and
motion designers, game designers, QA testers and community managers, reporters and
sub-editors, and social media managers. Their talk is agency against in-house, pitches and
retainers, freelance day rates and first and second holds, the book and the showreel, crunch and
launch windows, live-ops, Cannes Lions and awards entries, IR35, PJ against CLT and the 13th
salary, 1099 against W-2, zzp against a vaste aanstelling, the content treadmill, on-set days and
shoots abroad, weekend live events, four-day weeks, nenmatsu and Golden Week, carnival, and the
Swedish semester in July.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (an Instagram DM, a UK GDPR erasure letter, Portuguese, Swedish, Dutch and Japanese,
   a DNC after a ghosting, a Discord "stop DMing me", a WhatsApp "delete my number", leaving
   advertising for good, "STOP" to a campaign, "no thanks" to our own opt-out line): never
   shown; beside each a near-miss that is shown (email rather than Instagram, a portfolio link
   update, no more PJ, rather email than phone, no more loondienst, no calls in office hours,
   feedback owed first, slow replies in crunch, a new number, leaving agency side only, a line
   manager's complaint that is not the candidate's, no thanks to one brief);
2. waits counted from the day said, each against a twin whose wait has run out: nenmatsu, Golden
   Week, carnival, the 13th salary, a Swedish parental leave, a launch and its crunch, Cannes
   Lions, a retainer pitch, a sabbatical, a retention bonus, a first hold on a long shoot, the
   Australian summer;
3. schedule, travel, visa, contract and hours, commute: weekend live events, the overnight subs
   desk, crunch, 5am call times, live-ops on-call, a four-day week, shoots abroad, client trips,
   publisher trips to Tokyo, trade shows, festival season, O-1 and H-1B, a Youth Mobility visa,
   a working holiday visa, Irish citizenship, a sponsored Swedish work permit, inside and outside
   IR35, CLT against PJ, W-2 against 1099, zzp against a permanent contract, three days a week, a
   fixed-term maternity cover, train and freeway commutes;
4. pay against the band: a UK basic, a day rate, a US base, a monthly CLT ask in reais, a monthly
   ask in kronor, a Japanese annual ask in man-yen, a current salary above the band with a lower
   ask in Australian dollars plus super, and an hourly QA rate;
5. work mode said only in the policy field, only in the description, only in the title, only in
   the offers, and in Japanese;
6. negation and scope ("not against weekend shoots", "the pay wasn't the issue", "not
   remote-only", "never said no to agencies, just that one", "don't mind launch crunch", "no
   problem with shoots abroad");
7. location and relocation (Rio to São Paulo, London to Melbourne, a partner's move to Austin she
   is not following, Gothenburg to Stockholm, Lisbon to Amsterdam), managing against hands-on, a
   step down to get into games, company stage and size (an indie studio, a network agency, a
   seed-stage brand, a big newsroom), the work refused or wanted (gambling, climate, oil and
   gas, children's games, crypto) and the tools (Unreal, Avid, Cinema 4D, HubSpot);
8. last time's reason resolved by this role or still standing (pay, a five-day studio mandate,
   crunch, inside IR35, a kennismigrant sponsorship, agency against in-house), the history with
   us (a drunk pitch rehearsal, a no-show against an emergency, a recent reel gap, someone
   else's work in the book, an accepted offer reneged) and the latest process (a final round
   against a CV screen, a placement six weeks ago, a hire of our own);
9. several notes over time where the latest word counts: freelance to perm and back, a stop
   taken back and a warm word hardened into an erasure, a pay ask lowered and raised, a move
   refused then wanted, remote wanted then the office.

Hard cases a careful human still gets right are mixed in: a line manager's complaint that is not
the candidate's opt-out, a partner's visa or move that is not the candidate's, a past employer's
crunch or weekly flights this role does not have, a current salary above the band with a lower
ask, and notes that name dates without asking anyone to wait.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

COPYWRITER = dict(
    current_title="Senior Copywriter",
    skills=["Brand campaigns", "Scriptwriting", "Tone of voice", "Integrated advertising"],
    years_experience=8,
    resume_text=(
        "Senior copywriter, eight years in London agencies: TV and online film scripts, OOH, "
        "tone-of-voice guides, pitch work and integrated campaigns for retail and drinks brands, "
        "with a D&AD pencil and two Cannes Lions shortlists."
    ),
)
ART_DIRECTOR = dict(
    current_title="Art Director",
    skills=["Art direction", "Campaign concepts", "Adobe Creative Suite", "Photography direction"],
    years_experience=6,
    resume_text=(
        "Art director, six years in agencies: campaign concepts from pitch to shoot, art "
        "directing photographers and illustrators, OOH and social assets, and a book of work for "
        "sportswear and automotive clients."
    ),
)
CREATIVE_LEAD = dict(
    current_title="Associate Creative Director",
    skills=["Creative direction", "Team leadership", "Pitching", "Integrated campaigns"],
    years_experience=12,
    resume_text=(
        "Associate creative director, twelve years in agencies: runs two creative teams, leads "
        "pitches, presents to CMOs and has shipped integrated campaigns for banks, telcos and "
        "FMCG brands."
    ),
)
ACCOUNT_DIRECTOR = dict(
    current_title="Account Director",
    skills=["Client services", "Retainer management", "Pitching", "Agency finance"],
    years_experience=9,
    resume_text=(
        "Account director, nine years agency side: runs a retainer of £3M a year, leads "
        "pitches, manages scopes, budgets and a team of three account managers."
    ),
)
PLANNER = dict(
    current_title="Strategy Director",
    skills=["Brand strategy", "Consumer insight", "Creative briefs", "Brand tracking"],
    years_experience=10,
    resume_text=(
        "Strategist, ten years in creative and media agencies: brand positioning, insight work, "
        "creative briefs, effectiveness papers and tracking studies for retail and finance."
    ),
)
BRAND_MARKETER = dict(
    current_title="Senior Brand Manager",
    skills=["Brand management", "Campaign planning", "Agency management", "Budget ownership"],
    years_experience=7,
    resume_text=(
        "Client-side brand manager, seven years in consumer brands: owns a £4M media and "
        "production budget, briefs and manages agencies, runs launches and brand tracking."
    ),
)
GROWTH_MARKETER = dict(
    current_title="Growth Marketing Manager",
    skills=["Paid social", "Lifecycle marketing", "Experimentation", "Marketing automation"],
    years_experience=6,
    resume_text=(
        "Growth marketer, six years at consumer apps and DTC brands: paid social and search, "
        "lifecycle emails, A/B tests and attribution, with HubSpot and Salesforce Marketing Cloud."
    ),
)
PRODUCER = dict(
    current_title="Senior Producer",
    skills=["Film production", "Budgeting", "Shoot logistics", "Post-production"],
    years_experience=9,
    resume_text=(
        "Agency and production-company producer, nine years: TV and social shoots from bidding "
        "to delivery, crews, locations, budgets to £1.5M, and post-production schedules."
    ),
)
VIDEO_EDITOR = dict(
    current_title="Video Editor",
    skills=["Premiere Pro", "Avid Media Composer", "DaVinci Resolve", "Storytelling"],
    years_experience=7,
    resume_text=(
        "Editor, seven years cutting commercials, branded documentaries and social content in "
        "Premiere, Avid and Resolve, from rushes to online and grade."
    ),
)
MOTION_DESIGNER = dict(
    current_title="Motion Designer",
    skills=["After Effects", "Cinema 4D", "Illustrator", "Animation"],
    years_experience=6,
    resume_text=(
        "Motion designer, six years: title sequences, brand idents, explainer films and social "
        "animation in After Effects, with some Cinema 4D, and a showreel of broadcast work."
    ),
)
GAME_DESIGNER = dict(
    current_title="Senior Game Designer",
    skills=["Systems design", "Level design", "Unity", "Prototyping"],
    years_experience=8,
    resume_text=(
        "Game designer, eight years: systems and economy design, level blockouts and "
        "prototypes in Unity, live-ops events and two shipped console titles."
    ),
)
QA_TESTER = dict(
    current_title="QA Tester",
    skills=["Manual testing", "Bug reporting", "Jira", "Console certification"],
    years_experience=4,
    resume_text=(
        "Games QA tester, four years: functional and regression testing on console and PC, "
        "bug reports in Jira, TRC and certification passes, and compatibility test plans."
    ),
)
COMMUNITY_MANAGER = dict(
    current_title="Community Manager",
    skills=["Discord moderation", "Community events", "Social listening", "Player support"],
    years_experience=5,
    resume_text=(
        "Community manager for a live-service game, five years: runs a Discord of 400k players, "
        "patch-note comms, creator programmes, in-person events and sentiment reporting."
    ),
)
REPORTER = dict(
    current_title="Senior Reporter",
    skills=["News reporting", "Interviewing", "Investigations", "CMS publishing"],
    years_experience=8,
    resume_text=(
        "Reporter, eight years on national news sites and a trade title: breaking news, "
        "long-form investigations, interviews and live blogs."
    ),
)
SUB_EDITOR = dict(
    current_title="Sub-editor",
    skills=["Sub-editing", "Headlines", "Style guides", "Page layout"],
    years_experience=6,
    resume_text=(
        "Sub-editor, six years on national newspapers' print and web desks: copy editing, "
        "headlines, fact checks, house style and page layout in Méthode and WordPress."
    ),
)
SOCIAL_MANAGER = dict(
    current_title="Social Media Manager",
    skills=["Social strategy", "TikTok", "Community management", "Content calendars"],
    years_experience=5,
    resume_text=(
        "Social media manager, five years for consumer brands and a festival promoter: "
        "content calendars, TikTok and Instagram, creator partnerships and live coverage."
    ),
)


def books(persona: dict, where: str = "London, UK", base: str = "designer"):
    """People of one kind on the agency's books or in the studio's pool: the same base profile
    and persona, living in ``where`` unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(name, base, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra)

    return make


# --- who wrote what -------------------------------------------------------------------------


def ats(days, words) -> dict:
    """A recruiter's note typed into the ATS, in the agency's shorthand."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def rang(days, words) -> dict:
    """A call, as the recruiter logged it."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def mail(days, words) -> dict:
    """The candidate's email."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def dm(days, words) -> dict:
    """A DM on Instagram, Slack, Discord or WhatsApp, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def inmail(days, words) -> dict:
    """A reply on LinkedIn."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def final_round(days, note=None, *, role="Senior Copywriter") -> dict:
    """Reached the final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def said_no(days, reason, note, *, past=None, role="Senior Copywriter") -> dict:
    """Turned the offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def walked(days, reason, note, *, stage="interview", past=None, role="Senior Copywriter"):
    """Withdrew from the process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def role(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

COPY_ROLE = dict(
    title="Senior Copywriter",
    department="Creative",
    seniority="senior",
    requirements="A book of brand campaigns\nScriptwriting\nTone of voice\nPitch experience",
    description="Write campaigns for a roster of retail and drinks clients in an independent "
    "creative agency.",
)
AD_ROLE = dict(
    title="Art Director",
    department="Creative",
    seniority="mid",
    requirements="A strong book\nCampaign concepts\nAdobe Creative Suite\nShoot experience",
    description="Art direct integrated campaigns from first scamp to shoot and final artwork.",
)
CD_ROLE = dict(
    title="Creative Director",
    department="Creative",
    seniority="director",
    requirements="Leading creative teams\nPitching\nIntegrated campaigns\nClient presentation",
    description="Lead a creative department of eight: two teams, a designer and a producer.",
)
ACCOUNT_ROLE = dict(
    title="Account Director",
    department="Client Services",
    seniority="senior",
    requirements="Retainer management\nClient services\nPitching\nScopes and budgets",
    description="Run a flagship retainer and the account team behind it.",
)
PLANNING_ROLE = dict(
    title="Strategy Director",
    department="Strategy",
    seniority="director",
    requirements="Brand strategy\nConsumer insight\nCreative briefs\nEffectiveness",
    description="Lead strategy on the agency's biggest accounts and its new-business pitches.",
)
BRAND_ROLE = dict(
    title="Senior Brand Manager",
    department="Marketing",
    seniority="senior",
    requirements="Brand management\nCampaign planning\nAgency management\nBudget ownership",
    description="Own the brand plan and the agency roster for a consumer brand, client side.",
)
GROWTH_ROLE = dict(
    title="Growth Marketing Manager",
    department="Marketing",
    seniority="mid",
    requirements="Paid social\nLifecycle marketing\nExperimentation\nMarketing automation",
    description="Own acquisition and lifecycle for a consumer app.",
)
PRODUCER_ROLE = dict(
    title="Senior Producer",
    department="Production",
    seniority="senior",
    requirements="Film production\nBudgeting\nShoot logistics\nPost-production",
    description="Produce TV and social shoots from bid to delivery for an agency's clients.",
)
EDITOR_ROLE = dict(
    title="Video Editor",
    department="Post-production",
    seniority="mid",
    requirements="Premiere Pro\nAvid Media Composer\nStorytelling\nDelivering to spec",
    description="Cut commercials, branded films and social edits in a post house.",
)
MOTION_ROLE = dict(
    title="Motion Designer",
    department="Design",
    seniority="mid",
    requirements="After Effects\nAnimation\nIllustrator\nA showreel",
    description="Animate brand idents, social films and explainers for the studio's clients.",
)
DESIGN_ROLE = dict(
    title="Senior Game Designer",
    department="Design",
    seniority="senior",
    requirements="Systems design\nLevel design\nPrototyping\nShipped titles",
    description="Design systems and live-ops events for a console and PC action game.",
)
QA_ROLE = dict(
    title="QA Tester",
    department="Quality Assurance",
    seniority="junior",
    requirements="Manual testing\nBug reporting in Jira\nConsole certification",
    description="Test builds of an unannounced title on console and PC.",
)
COMMUNITY_ROLE = dict(
    title="Community Manager",
    department="Publishing",
    seniority="mid",
    requirements="Discord moderation\nCommunity events\nSocial listening\nPlayer support",
    description="Run the player community of a live-service game: Discord, socials and events.",
)
REPORTER_ROLE = dict(
    title="Senior Reporter",
    department="Newsroom",
    seniority="senior",
    requirements="News reporting\nInterviewing\nInvestigations\nCMS publishing",
    description="Report on technology and culture for a national news site.",
)
SUBS_ROLE = dict(
    title="Sub-editor",
    department="Production desk",
    seniority="mid",
    requirements="Sub-editing\nHeadlines\nHouse style\nPage layout",
    description="Sub copy and write headlines for the print and web editions.",
)
SOCIAL_ROLE = dict(
    title="Social Media Manager",
    department="Marketing",
    seniority="mid",
    requirements="Social strategy\nTikTok\nCommunity management\nContent calendars",
    description="Run the brand's social channels, creators and live coverage.",
)

# --- where and how they are worked ----------------------------------------------------------

SHOREDITCH_HYBRID = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Hybrid: three days a week in our Shoreditch studio"],
)
SOHO_ONSITE = dict(remote_policy="onsite", location="London, UK")
MANCHESTER_HYBRID = dict(
    remote_policy="hybrid",
    location="Manchester, UK",
    offers=["Hybrid: two days a week at our Ancoats studio"],
)
UK_REMOTE = dict(remote_policy="remote", location="Remote (UK)")
NYC_HYBRID = dict(
    remote_policy="hybrid",
    location="New York, NY, USA",
    offers=["Hybrid: Tuesday to Thursday in our Dumbo office"],
)
LA_ONSITE = dict(remote_policy="onsite", location="Santa Monica, CA, USA")
AUSTIN_ONSITE = dict(remote_policy="onsite", location="Austin, TX, USA")
US_REMOTE = dict(remote_policy="remote", location="Remote (US)")
STOCKHOLM_HYBRID = dict(
    remote_policy="hybrid",
    location="Stockholm, Sweden",
    offers=["Hybrid: two days a week in our Hornstull studio"],
)
AMSTERDAM_HYBRID = dict(
    remote_policy="hybrid",
    location="Amsterdam, Netherlands",
    offers=["Hybrid: two days a week at our office in Amsterdam-Noord"],
)
SAO_PAULO_HYBRID = dict(
    remote_policy="hybrid",
    location="São Paulo, Brazil",
    offers=["Híbrido: três dias por semana na Vila Madalena"],
)
TOKYO_HYBRID = dict(
    remote_policy="hybrid",
    location="Tokyo, Japan",
    offers=["Hybrid: three days a week at our Shibuya office"],
)
SYDNEY_HYBRID = dict(
    remote_policy="hybrid",
    location="Sydney, NSW, Australia",
    offers=["Hybrid: two days a week in our Surry Hills office"],
)
MELBOURNE_ONSITE = dict(remote_policy="onsite", location="Melbourne, VIC, Australia")

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "an Instagram DM to stop sliding in with jobs vs email rather than Instagram",
        "frontend",
        [
            books(ART_DIRECTOR)(
                "Saffron Achterberg",
                0,
                touches=[
                    dm(
                        35,
                        "hey, pls stop sliding into my DMs with job stuff. not interested, not "
                        "now not later. i'm blocking the agency account after this",
                    )
                ],
                excluded=True,
            ),
            books(ART_DIRECTOR)(
                "Ottilie Ramsbottom",
                2,
                touches=[
                    dm(
                        35,
                        "hey! insta's just for my illustration stuff tbh, can you email me "
                        "roles instead? ottilie.r@ on my site. keen on AD jobs in east london",
                    )
                ],
            ),
        ],
        **role(AD_ROLE, SHOREDITCH_HYBRID),
    ),
    C(
        "a formal UK GDPR erasure letter vs a letter updating the portfolio link",
        "frontend",
        [
            books(COPYWRITER)(
                "Montgomery Vause",
                0,
                touches=[
                    mail(
                        80,
                        "Dear Sir or Madam, I write to request that you erase all personal data "
                        "your agency holds about me, including my CV and portfolio, under "
                        "Article 17 of the UK GDPR, and that you make no further contact with me "
                        "regarding vacancies. Yours faithfully, M. Vause",
                    )
                ],
                excluded=True,
            ),
            books(COPYWRITER)(
                "Peregrine Okonjo",
                2,
                touches=[
                    mail(
                        80,
                        "Dear all, please replace the portfolio link you hold for me with the "
                        "new one below; the old Cargo site is coming down. I remain very "
                        "interested in senior copy roles. Kind regards, Peregrine",
                    )
                ],
            ),
        ],
        **role(COPY_ROLE, SHOREDITCH_HYBRID),
    ),
    C(
        "Portuguese: take me off your list vs no more PJ, only CLT",
        "frontend",
        [
            books(MOTION_DESIGNER, "São Paulo, Brazil")(
                "Iara Vasconcelos Pimentel",
                0,
                touches=[
                    dm(
                        50,
                        "Oi, não quero mais receber contato de vocês. Me tira da lista, por "
                        "favor, e apaga meu portfólio do banco de talentos.",
                    )
                ],
                excluded=True,
            ),
            books(MOTION_DESIGNER, "São Paulo, Brazil")(
                "Caíque Albuquerque Sampaio",
                2,
                touches=[
                    dm(
                        50,
                        "Oi! Não quero mais trabalhar como PJ, só CLT daqui pra frente. Se "
                        "aparecer vaga de motion CLT em SP, me chama!",
                    )
                ],
            ),
        ],
        **role(
            MOTION_ROLE,
            SAO_PAULO_HYBRID,
            offers=["Contrato CLT com 13º salário e VR", "Híbrido: três dias na Vila Madalena"],
        ),
    ),
    C(
        "Swedish: remove me from your register vs rather email than phone",
        "sales",
        [
            books(ACCOUNT_DIRECTOR, "Stockholm, Sweden", "sales")(
                "Ebba Lindqvist-Bååth",
                0,
                touches=[
                    mail(
                        60,
                        "Hej, jag vill att ni tar bort mig ur ert register och inte kontaktar "
                        "mig igen om tjänster. Tack.",
                    )
                ],
                excluded=True,
            ),
            books(ACCOUNT_DIRECTOR, "Stockholm, Sweden", "sales")(
                "Hampus Wennerholm",
                2,
                touches=[
                    mail(
                        60,
                        "Hej! Ring mig helst inte på dagtid, mejla hellre. Jag är fortfarande "
                        "nyfiken på byråjobb som Account Director i Stockholm.",
                    )
                ],
            ),
        ],
        **role(ACCOUNT_ROLE, STOCKHOLM_HYBRID),
    ),
    C(
        "Dutch: don't approach me any more vs no more employment, only as a zzp'er",
        "frontend",
        [
            books(VIDEO_EDITOR, "Amsterdam, Netherlands")(
                "Femke Scholtens-Roos",
                0,
                touches=[
                    mail(
                        45,
                        "Ik wil niet meer benaderd worden door jullie bureau. Graag mijn "
                        "gegevens verwijderen.",
                    )
                ],
                excluded=True,
            ),
            books(VIDEO_EDITOR, "Amsterdam, Netherlands")(
                "Thijmen Verhoeckx",
                2,
                touches=[
                    mail(
                        45,
                        "Ik wil niet meer in loondienst, alleen nog als zzp'er. Freelance "
                        "montageklussen in Amsterdam hoor ik graag!",
                    )
                ],
            ),
        ],
        **role(
            EDITOR_ROLE,
            AMSTERDAM_HYBRID,
            title="Freelance Video Editor (zzp, 3 months)",
            offers=["Freelance, zzp, three months", "Two days a week at our Amsterdam-Noord suite"],
        ),
    ),
    C(
        "Japanese: please refrain from contacting me vs no calls in office hours, email is fine",
        "frontend",
        [
            books(GAME_DESIGNER, "Tokyo, Japan")(
                "Ogiwara Haruka",
                0,
                touches=[
                    mail(
                        40,
                        "お世話になっております。今後、求人のご連絡はご遠慮ください。"
                        "登録情報の削除もお願いいたします。",
                    )
                ],
                excluded=True,
            ),
            books(GAME_DESIGNER, "Tokyo, Japan")(
                "Shimazaki Ren",
                2,
                touches=[
                    mail(
                        40,
                        "お世話になっております。平日の日中はお電話に出られませんので、"
                        "ご連絡はメールでお願いします。案件は引き続き歓迎です。",
                    )
                ],
            ),
        ],
        **role(DESIGN_ROLE, TOKYO_HYBRID),
    ),
    C(
        "a DNC after we ghosted her vs still keen but owed feedback after the same ghosting",
        "frontend",
        [
            books(COPYWRITER)(
                "Clementine Aldous-Byrne",
                0,
                touches=[
                    rang(
                        90,
                        "Cand v unhappy we ghosted her after the 2nd rd at the Soho indie. Asked "
                        "to be DNC'd on every desk - no roles, no mailers. Honour it pls.",
                    )
                ],
                excluded=True,
            ),
            books(COPYWRITER)(
                "Rosalind Featherstonhaugh",
                2,
                touches=[
                    rang(
                        90,
                        "Cand v unhappy we ghosted her after the 2nd rd at the Soho indie. Wants "
                        "proper feedback first but still keen on snr copy roles - owe her a call.",
                    )
                ],
            ),
        ],
        **role(COPY_ROLE, SHOREDITCH_HYBRID),
    ),
    C(
        "Discord: stop DMing me vs DMs fine, just slow to reply during crunch",
        "frontend",
        [
            books(QA_TESTER, "Austin, TX, USA")(
                "Brayden Kowalczyk",
                0,
                touches=[
                    dm(
                        25,
                        "yo stop DMing me about QA gigs. seriously. not interested, dont message "
                        "me again on here or anywhere",
                    )
                ],
                excluded=True,
            ),
            books(QA_TESTER, "Austin, TX, USA")(
                "Jaxon Threadgill",
                2,
                touches=[
                    dm(
                        25,
                        "dms are fine lol, just slow to reply rn bc we're in crunch. still want "
                        "to hear about QA stuff in austin",
                    )
                ],
            ),
        ],
        **role(QA_ROLE, AUSTIN_ONSITE),
    ),
    C(
        "WhatsApp: delete my number vs new number, delete the old one",
        "frontend",
        [
            books(PRODUCER)(
                "Imogen Treharne",
                0,
                touches=[
                    dm(
                        55,
                        "Please delete my number and don't message me on here again. Thanks.",
                    )
                ],
                excluded=True,
            ),
            books(PRODUCER)(
                "Tamsin Carrow",
                2,
                touches=[
                    dm(
                        55,
                        "New number, this is it! Please delete the old one. Always up for "
                        "hearing about producer roles x",
                    )
                ],
            ),
        ],
        **role(PRODUCER_ROLE, SHOREDITCH_HYBRID),
    ),
    C(
        "LinkedIn: leaving advertising for good, close my file vs leaving agency side only",
        "sales",
        [
            books(PLANNER, base="sales")(
                "Barnaby Quartermaine",
                0,
                touches=[
                    inmail(
                        70,
                        "Thanks, but I'm leaving advertising altogether to retrain as a "
                        "teacher. Please close my file and don't contact me about roles again.",
                    )
                ],
                excluded=True,
            ),
            books(PLANNER, base="sales")(
                "Hermione Lattimore",
                2,
                touches=[
                    inmail(
                        70,
                        "Thanks, but I'm leaving agency side for good - in-house strategy roles "
                        "only from now on. Those I'd love to hear about.",
                    )
                ],
            ),
        ],
        **role(
            PLANNING_ROLE,
            SHOREDITCH_HYBRID,
            title="Head of Brand Strategy (in-house)",
            description="Lead brand strategy in-house at a consumer bank: no agency, one brand.",
        ),
    ),
    C(
        "'STOP' to our campaign vs her line manager's complaint, not hers",
        "cs",
        [
            books(SOCIAL_MANAGER, "Manchester, UK", "cs")(
                "Kerenza Pengelly",
                0,
                touches=[
                    touch(
                        30,
                        "outbound",
                        "no_reply",
                        "re_engagement",
                        note="Sent the Q4 social roles mailer.",
                    ),
                    dm(29, "STOP - no more job emails"),
                ],
                excluded=True,
            ),
            books(SOCIAL_MANAGER, "Manchester, UK", "cs")(
                "Lowenna Trebilcock",
                2,
                touches=[
                    ats(
                        29,
                        "Her line manager at the festival promoter rang, furious, telling us to "
                        "stop poaching his team. Lowenna herself told us last month she's keen "
                        "to move - carry on.",
                    )
                ],
            ),
        ],
        **role(SOCIAL_ROLE, MANCHESTER_HYBRID),
    ),
    C(
        "'no thanks' to our opt-out line vs no thanks to one brief",
        "sales",
        [
            books(BRAND_MARKETER, base="sales")(
                "Allegra Whitcombe-Sayer",
                0,
                touches=[
                    touch(
                        40,
                        "outbound",
                        "replied",
                        "re_engagement",
                        note="Sent the brand manager role; ends: reply 'no thanks' and I won't "
                        "write again.",
                    ),
                    mail(39, "no thanks"),
                ],
                excluded=True,
            ),
            books(BRAND_MARKETER, base="sales")(
                "Marigold Henshaw",
                2,
                touches=[
                    mail(
                        39,
                        "No thanks on that one - sounds like a content treadmill with a brand "
                        "title. But a proper brand job with budget and an agency roster, yes.",
                    )
                ],
            ),
        ],
        **role(BRAND_ROLE, SHOREDITCH_HYBRID),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out -----------

WAITS = [
    C(
        "nenmatsu this year: after New Year vs the same year-end rush a year ago",
        "frontend",
        [
            books(PRODUCER, "Tokyo, Japan")(
                "Kurosawa Minori",
                1,
                touches=[
                    mail(
                        date(2026, 11, 2),
                        "年末の繁忙期が終わるまでは動けません。年明けにまたご連絡ください。",
                    )
                ],
            ),
            books(PRODUCER, "Tokyo, Japan")(
                "Tachibana Sou",
                2,
                touches=[
                    mail(
                        date(2025, 11, 17),
                        "年末年始は撮影が立て込んでいるので、年明け以降でお願いします。",
                    )
                ],
            ),
        ],
        **role(PRODUCER_ROLE, TOKYO_HYBRID),
    ),
    C(
        "after Golden Week, said in October vs said in March",
        "frontend",
        [
            books(GAME_DESIGNER, "Tokyo, Japan")(
                "Hoshino Yuzuki",
                1,
                touches=[
                    mail(
                        date(2026, 10, 26),
                        "ゴールデンウィーク明けまでは今のタイトルを離れられません。",
                    )
                ],
            ),
            books(GAME_DESIGNER, "Tokyo, Japan")(
                "Amamiya Kaede",
                2,
                touches=[mail(date(2026, 3, 16), "GW明けでしたら、お話を聞けます。")],
            ),
        ],
        **role(DESIGN_ROLE, TOKYO_HYBRID),
    ),
    C(
        "only after carnival, said in October vs said in January",
        "frontend",
        [
            books(ART_DIRECTOR, "São Paulo, Brazil")(
                "Thaís Bezerra Quintão",
                1,
                touches=[
                    dm(
                        date(2026, 10, 19),
                        "Só depois do carnaval, tô presa na campanha de verão até lá. Depois "
                        "disso bora conversar!",
                    )
                ],
            ),
            books(ART_DIRECTOR, "São Paulo, Brazil")(
                "Renan Mascarenhas",
                2,
                touches=[dm(date(2026, 1, 19), "Depois do carnaval a gente conversa, beleza?")],
            ),
        ],
        **role(AD_ROLE, SAO_PAULO_HYBRID),
    ),
    C(
        "the 13th salary first, said this November vs said last November",
        "frontend",
        [
            books(COPYWRITER, "São Paulo, Brazil")(
                "Luana Figueiredo Prates",
                1,
                touches=[
                    mail(
                        date(2026, 11, 9),
                        "Quero receber o décimo terceiro antes de pedir demissão. Me procura em "
                        "janeiro que aí eu topo conversar.",
                    )
                ],
            ),
            books(COPYWRITER, "São Paulo, Brazil")(
                "Davi Marçal Teixeira",
                2,
                touches=[
                    mail(
                        date(2025, 11, 24),
                        "Me procura em janeiro, depois que cair o 13º. Antes disso não saio.",
                    )
                ],
            ),
        ],
        **role(COPY_ROLE, SAO_PAULO_HYBRID, title="Redator Sênior (Senior Copywriter)"),
    ),
    C(
        "Swedish parental leave to the end of April vs to the end of August",
        "sales",
        [
            books(PLANNER, "Stockholm, Sweden", "sales")(
                "Signe Hedlund Ekdahl",
                1,
                touches=[
                    mail(
                        date(2026, 9, 14),
                        "Jag är föräldraledig till och med april. Hör gärna av dig efter det!",
                    )
                ],
            ),
            books(PLANNER, "Stockholm, Sweden", "sales")(
                "Alvar Nordenskjöld",
                2,
                touches=[
                    mail(
                        date(2026, 3, 2),
                        "Föräldraledig till och med augusti, så hör av dig efter sommaren.",
                    )
                ],
            ),
        ],
        **role(PLANNING_ROLE, STOCKHOLM_HYBRID),
    ),
    C(
        "going gold in February, crunch till then vs went gold in September",
        "frontend",
        [
            books(COMMUNITY_MANAGER, "Austin, TX, USA")(
                "Kinsley Ambrose-Duval",
                1,
                touches=[
                    dm(
                        date(2026, 10, 12),
                        "we go gold in feb and i'm in crunch till then. hit me up after launch "
                        "and i'm all yours",
                    )
                ],
            ),
            books(COMMUNITY_MANAGER, "Austin, TX, USA")(
                "Rhett Vanderslice",
                2,
                touches=[
                    dm(
                        date(2026, 10, 12),
                        "we went gold in september, launch is done and the crunch is over. hit "
                        "me up whenever",
                    )
                ],
            ),
        ],
        **role(COMMUNITY_ROLE, AUSTIN_ONSITE),
    ),
    C(
        "not before Cannes, said this month vs after Cannes, said in February",
        "frontend",
        [
            books(CREATIVE_LEAD)(
                "Ptolemy Harcourt-Vane",
                1,
                touches=[
                    mail(
                        date(2026, 11, 9),
                        "Not before Cannes, I'm afraid - I'm shepherding three entries through "
                        "and can't walk away mid-season. After the festival I'm happy to talk.",
                    )
                ],
            ),
            books(CREATIVE_LEAD)(
                "Octavia Rudgwick",
                2,
                touches=[
                    mail(
                        date(2026, 2, 16),
                        "Let's talk after Cannes - we've got entries in and I'm on the jury "
                        "shortlist, so it's all hands till June.",
                    )
                ],
            ),
        ],
        **role(CD_ROLE, SHOREDITCH_HYBRID),
    ),
    C(
        "mid-pitch, come back in six weeks: said last week vs said in August",
        "sales",
        [
            books(ACCOUNT_DIRECTOR, base="sales")(
                "Cosmo Fairweather",
                1,
                touches=[
                    rang(
                        date(2026, 11, 16),
                        "Cand mid-pitch to keep the grocery retainer (£4M). Asked us to come "
                        "back in 6 wks - nothing till the pitch is decided.",
                    )
                ],
            ),
            books(ACCOUNT_DIRECTOR, base="sales")(
                "Jemima Strachan-Hart",
                2,
                touches=[
                    rang(
                        date(2026, 8, 10),
                        "Cand in the middle of a retainer pitch for the telco. Come back in six "
                        "weeks, she said.",
                    )
                ],
            ),
        ],
        **role(ACCOUNT_ROLE, SHOREDITCH_HYBRID),
    ),
    C(
        "on sabbatical till the end of March vs till the end of August",
        "frontend",
        [
            books(VIDEO_EDITOR, "Manchester, UK")(
                "Wilhelmina Anyanwu-Ross",
                1,
                touches=[
                    mail(
                        date(2026, 10, 5),
                        "I'm off on sabbatical backpacking Patagonia until the end of March - "
                        "won't be checking emails. Try me when I'm back.",
                    )
                ],
            ),
            books(VIDEO_EDITOR, "Manchester, UK")(
                "Lysander Pickavance",
                2,
                touches=[
                    mail(
                        date(2026, 4, 6),
                        "Off on a sabbatical in Vietnam until the end of August, then back "
                        "editing and looking.",
                    )
                ],
            ),
        ],
        **role(EDITOR_ROLE, MANCHESTER_HYBRID),
    ),
    C(
        "a retention bonus vesting on 1 February vs one that vested on 1 August",
        "sales",
        [
            books(GROWTH_MARKETER, "New York, NY, USA", "sales")(
                "Delaney Quisenberry",
                1,
                touches=[
                    inmail(
                        date(2026, 10, 20),
                        "My retention bonus vests Feb 1, so I'm not moving before then. After "
                        "that, very open.",
                    )
                ],
            ),
            books(GROWTH_MARKETER, "New York, NY, USA", "sales")(
                "Harlan Whitacre",
                2,
                touches=[
                    inmail(
                        date(2026, 9, 1),
                        "Retention bonus vested Aug 1, so nothing's keeping me here now. Send "
                        "me what you've got.",
                    )
                ],
            ),
        ],
        **role(GROWTH_ROLE, NYC_HYBRID),
    ),
    C(
        "a first hold on a seven-week shoot from 30 November vs a six-week shoot wrapped in Oct",
        "frontend",
        [
            books(PRODUCER)(
                "Sorcha Delahunty",
                1,
                touches=[
                    ats(
                        date(2026, 11, 16),
                        "Cand on a 1st hold for a 7-wk shoot from 30/11 (Lisbon + Madeira). "
                        "Free mid-Jan earliest - don't pitch her anything before.",
                    )
                ],
            ),
            books(PRODUCER)(
                "Fenwick Ashdown",
                2,
                touches=[
                    ats(
                        date(2026, 8, 24),
                        "Cand on a 1st hold for a 6-wk shoot from 07/09. Free from mid-Oct.",
                    )
                ],
            ),
        ],
        **role(PRODUCER_ROLE, SHOREDITCH_HYBRID),
    ),
    C(
        "nothing till after Australia Day vs nothing till after the Grand Final",
        "frontend",
        [
            books(SOCIAL_MANAGER, "Sydney, NSW, Australia")(
                "Tahlia Brennan-Moss",
                1,
                touches=[
                    dm(
                        date(2026, 11, 9),
                        "nothing till after australia day sorry! agency shuts over xmas and i'm "
                        "at the beach till then",
                    )
                ],
            ),
            books(SOCIAL_MANAGER, "Sydney, NSW, Australia")(
                "Lachlan Greenhalgh",
                2,
                touches=[
                    dm(
                        date(2026, 7, 20),
                        "flat out with the footy club's socials till the grand final, then i'm "
                        "all ears",
                    )
                ],
            ),
        ],
        **role(SOCIAL_ROLE, SYDNEY_HYBRID),
    ),
]

# --- 3. schedule, travel, visa, contract and hours, commute ----------------------------------

SCHEDULE = [
    C(
        "no weekend events after years of tournaments vs the live weekends are the best bit",
        "frontend",
        [
            books(COMMUNITY_MANAGER, "Los Angeles, CA, USA")(
                "Paxton Strickland",
                0,
                touches=[
                    rang(
                        50,
                        "Cand burnt out on the esports circuit - five years of weekend "
                        "tournaments. Weekends are sacred now, no weekend events, full stop.",
                    )
                ],
            ),
            books(COMMUNITY_MANAGER, "Los Angeles, CA, USA")(
                "Marisol Zubizarreta",
                2,
                touches=[
                    rang(
                        50,
                        "Cand lights up talking about live events - weekend tournaments and fan "
                        "meetups are the best part of the job for her.",
                    )
                ],
            ),
        ],
        **role(
            COMMUNITY_ROLE,
            LA_ONSITE,
            description="Run the player community of a live-service game, including monthly "
            "weekend tournaments and fan events on Saturdays and Sundays.",
        ),
    ),
    C(
        "can't do the late desk any more vs would rather the late desk",
        "frontend",
        [
            books(SUB_EDITOR)(
                "Araminta Colquhoun",
                0,
                touches=[
                    mail(
                        40,
                        "I can't do the late shift any more - with the school run at 8 I need "
                        "to be off the desk by 6.",
                    )
                ],
            ),
            books(SUB_EDITOR)(
                "Benedict Aylward",
                2,
                touches=[
                    mail(
                        40,
                        "Honestly I'd rather be on the late desk - I'm useless before 11 and "
                        "love the edition going off at midnight.",
                    )
                ],
            ),
        ],
        **role(
            SUBS_ROLE,
            SOHO_ONSITE,
            description="Sub copy for the print edition on the late desk: 4pm to midnight, "
            "four nights a week.",
        ),
    ),
    C(
        "left a studio over crunch, wants a no-crunch studio vs crunch doesn't bother him",
        "frontend",
        [
            books(GAME_DESIGNER, "Stockholm, Sweden")(
                "Viggo Strandberg",
                2,
                touches=[
                    ats(
                        70,
                        "Studio TA: left his last studio after a 14-month crunch. Wants sane "
                        "hours, a studio that means it when it says no crunch.",
                    )
                ],
            ),
            books(GAME_DESIGNER, "Stockholm, Sweden")(
                "Casimir Löfgren",
                1,
                touches=[
                    ats(
                        70,
                        "Studio TA: says crunch around launches doesn't bother him, he's young "
                        "and likes the adrenaline.",
                    )
                ],
            ),
        ],
        **role(
            DESIGN_ROLE,
            STOCKHOLM_HYBRID,
            offers=["No-crunch policy: 40-hour weeks, overtime is paid back in time off"],
        ),
    ),
    C(
        "no more 5am call times vs happy with early calls on shoot days",
        "frontend",
        [
            books(PRODUCER, "Los Angeles, CA, USA")(
                "Everly Castellanos",
                0,
                touches=[
                    inmail(
                        60,
                        "I'm done with 5am call times and 14-hour shoot days. Post and "
                        "office-side producing only from now on.",
                    )
                ],
            ),
            books(PRODUCER, "Los Angeles, CA, USA")(
                "Griffin Halvorsen",
                2,
                touches=[
                    inmail(
                        60,
                        "Early calls on shoot days don't scare me - I'd rather be on set than "
                        "stuck in an office.",
                    )
                ],
            ),
        ],
        **role(
            PRODUCER_ROLE,
            LA_ONSITE,
            description="Produce commercial shoots in and around LA: two to four shoot days a "
            "month with early call times.",
        ),
    ),
    C(
        "every-weekend on-call was the problem, one in four is fine vs no on-call at all",
        "frontend",
        [
            books(QA_TESTER, "Amsterdam, Netherlands")(
                "Jorinde Bakhuizen",
                2,
                touches=[
                    rang(
                        45,
                        "Left her last studio because QA were on call every single weekend for "
                        "live-ops. A one-in-four rota would be fine, she said.",
                    )
                ],
            ),
            books(QA_TESTER, "Amsterdam, Netherlands")(
                "Sander Oudshoorn",
                0,
                touches=[
                    rang(
                        45,
                        "Won't do on-call in any form - not weekends, not evenings. Office hours "
                        "only.",
                    )
                ],
            ),
        ],
        **role(
            QA_ROLE,
            AMSTERDAM_HYBRID,
            description="Test live-ops updates of a mobile game; QA on-call one weekend in "
            "four for live events.",
        ),
    ),
    C(
        "Dutch: 32 hours a week vs no schedule said, a four-day-week role",
        "sales",
        [
            books(BRAND_MARKETER, "Utrecht, Netherlands", "sales")(
                "Marloes Terpstra",
                2,
                touches=[
                    mail(
                        30,
                        "Ik zoek iets voor 32 uur, vier dagen. Vrijdag is voor mijn dochter.",
                    )
                ],
            ),
            books(BRAND_MARKETER, "Utrecht, Netherlands", "sales")(
                "Joost Brinkerink",
                1,
                touches=[mail(30, "Leuk dat je aan me denkt. Stuur maar door wat je hebt.")],
            ),
        ],
        **role(
            BRAND_ROLE,
            AMSTERDAM_HYBRID,
            offers=["Four-day week: 32 hours on full pay", "Two days a week in Amsterdam-Noord"],
        ),
    ),
]

TRAVEL = [
    C(
        "no overnights away, custody vs loves shoots abroad",
        "frontend",
        [
            books(PRODUCER)(
                "Philippa Lightfoot",
                0,
                touches=[
                    rang(
                        65,
                        "Cand can't travel for shoots - shared custody, no nights away from "
                        "home. UK day shoots only.",
                    )
                ],
            ),
            books(PRODUCER)(
                "Alasdair Munro-Keyes",
                2,
                touches=[
                    rang(
                        65,
                        "Cand loves a shoot abroad - did Cape Town and Mexico City last year, "
                        "passport always packed.",
                    )
                ],
            ),
        ],
        **role(
            PRODUCER_ROLE,
            SHOREDITCH_HYBRID,
            offers=["Shoots abroad: four to six weeks a year (Cape Town, Lisbon, LA)"],
        ),
    ),
    C(
        "weekly flights at the old agency were the problem, monthly is fine vs no flying at all",
        "sales",
        [
            books(ACCOUNT_DIRECTOR, base="sales")(
                "Fitzwilliam Oyelaran",
                2,
                touches=[
                    mail(
                        55,
                        "At my last agency I was on a plane to Frankfurt every Monday - never "
                        "again. A client visit once a month is totally fine though.",
                    )
                ],
            ),
            books(ACCOUNT_DIRECTOR, base="sales")(
                "Henrietta Blakemore",
                0,
                touches=[
                    mail(
                        55,
                        "I've stopped flying for work altogether - flight shame is real. Train "
                        "or Teams only.",
                    )
                ],
            ),
        ],
        **role(
            ACCOUNT_ROLE,
            SHOREDITCH_HYBRID,
            offers=["Monthly client day in Stockholm (flights)", "Three days in Shoreditch"],
        ),
    ),
    C(
        "would love the Tokyo publisher trips vs doesn't want to travel",
        "frontend",
        [
            books(GAME_DESIGNER, "Manchester, UK")(
                "Idris Abernethy",
                2,
                touches=[
                    dm(
                        40,
                        "working with a japanese publisher?? and trips to tokyo?? sign me up, "
                        "been learning japanese for 3 yrs",
                    )
                ],
            ),
            books(GAME_DESIGNER, "Manchester, UK")(
                "Cormac Heatherington",
                0,
                touches=[
                    dm(
                        40,
                        "not keen on travel tbh, long-haul wrecks me. a role where i stay put "
                        "would suit",
                    )
                ],
            ),
        ],
        **role(
            DESIGN_ROLE,
            MANCHESTER_HYBRID,
            offers=["Two trips a year to our publisher in Tokyo", "Two days at Ancoats"],
        ),
    ),
    C(
        "won't cover conflict zones, trade shows fine vs no travel, caring for her mum",
        "frontend",
        [
            books(REPORTER, "New York, NY, USA")(
                "Magnolia Featherstone",
                2,
                touches=[
                    rang(
                        50,
                        "Cand won't do conflict-zone reporting again after Kyiv. Conferences, "
                        "trade shows, product launches - all fine.",
                    )
                ],
            ),
            books(REPORTER, "New York, NY, USA")(
                "Augustina Valcourt",
                0,
                touches=[
                    rang(
                        50,
                        "Cand is her mum's carer, can't travel at all - NYC-based stories only.",
                    )
                ],
            ),
        ],
        **role(
            REPORTER_ROLE,
            NYC_HYBRID,
            offers=["Travel to CES, SXSW and Web Summit each year"],
        ),
    ),
    C(
        "festival season away is a hard no vs covered SXSW three years running",
        "cs",
        [
            books(SOCIAL_MANAGER, "Stockholm, Sweden", "cs")(
                "Astrid Vallgren",
                0,
                touches=[
                    ats(
                        60,
                        "Cand: festival season on the road is a hard no - tried it for "
                        "Roskilde and Way Out West, never again.",
                    )
                ],
            ),
            books(SOCIAL_MANAGER, "Stockholm, Sweden", "cs")(
                "Tove Sjöberg-Ahl",
                2,
                touches=[
                    ats(
                        60,
                        "Cand covered SXSW live three years running and loved it; wants more "
                        "on-the-ground event coverage.",
                    )
                ],
            ),
        ],
        **role(
            SOCIAL_ROLE,
            STOCKHOLM_HYBRID,
            offers=["Live coverage on site at Roskilde, Øya and Way Out West every summer"],
        ),
    ),
]

NO_SPONSOR = "We can't sponsor visas for this role."

VISA = [
    C(
        "an O-1 tied to her current employer vs a green card, no sponsorship",
        "frontend",
        [
            books(ART_DIRECTOR, "New York, NY, USA")(
                "Sunniva Aalberg",
                0,
                touches=[
                    ats(
                        45,
                        "Cand on an O-1 through her current agency - a new employer would have "
                        "to file a fresh petition.",
                    )
                ],
            ),
            books(ART_DIRECTOR, "New York, NY, USA")(
                "Guadalupe Arriaga",
                2,
                touches=[ats(45, "Cand has her green card since 2024 - no sponsorship needed.")],
            ),
        ],
        **role(AD_ROLE, NYC_HYBRID, description=AD_ROLE["description"] + " " + NO_SPONSOR),
    ),
    C(
        "a Youth Mobility visa ending in March vs an Irish passport, no sponsorship",
        "frontend",
        [
            books(MOTION_DESIGNER)(
                "Matilda Kerrigan-Shaw",
                0,
                touches=[
                    mail(
                        35,
                        "Heads up: I'm an Aussie on the Youth Mobility visa and it runs out in "
                        "March, so I'd need a Skilled Worker sponsor to stay on.",
                    )
                ],
            ),
            books(MOTION_DESIGNER)(
                "Niamh Ó Súilleabháin",
                2,
                touches=[
                    mail(
                        35,
                        "I'm Irish so no visa faff for the UK - can start on two weeks' notice.",
                    )
                ],
            ),
        ],
        **role(
            MOTION_ROLE,
            SHOREDITCH_HYBRID,
            description=MOTION_ROLE["description"] + " " + NO_SPONSOR,
        ),
    ),
    C(
        "a working holiday visa with six months per employer vs permanent residency",
        "frontend",
        [
            books(VIDEO_EDITOR, "Melbourne, VIC, Australia")(
                "Ines Korhonen-Blom",
                0,
                touches=[
                    rang(
                        30,
                        "Cand here on a 417 working holiday - max six months with any one "
                        "employer, would need a 482 for anything perm.",
                    )
                ],
            ),
            books(VIDEO_EDITOR, "Melbourne, VIC, Australia")(
                "Keely Thorburn",
                2,
                touches=[rang(30, "Cand is a PR since 2023, full work rights.")],
            ),
        ],
        **role(
            EDITOR_ROLE,
            MELBOURNE_ONSITE,
            title="Video Editor (permanent)",
            description=EDITOR_ROLE["description"] + " " + NO_SPONSOR,
        ),
    ),
    C(
        "her partner needs an H-1B transfer, she is a citizen vs on an H-1B herself",
        "sales",
        [
            books(GROWTH_MARKETER, "Austin, TX, USA", "sales")(
                "Oakley Pemberton-Ruiz",
                2,
                touches=[
                    ats(
                        40,
                        "Cand's partner is on an H-1B and needs a transfer for his own move. "
                        "She's a US citizen - no sponsorship for her.",
                    )
                ],
            ),
            books(GROWTH_MARKETER, "Austin, TX, USA", "sales")(
                "Anirudh Velamuri",
                0,
                touches=[
                    ats(
                        40,
                        "Cand is on an H-1B himself - would need the new employer to file a "
                        "transfer.",
                    )
                ],
            ),
        ],
        **role(
            GROWTH_ROLE, AUSTIN_ONSITE, description=GROWTH_ROLE["description"] + " " + NO_SPONSOR
        ),
    ),
    C(
        "needs a Swedish work permit, this role sponsors vs needs one and won't relocate",
        "sales",
        [
            books(PLANNER, "Bogotá, Colombia", "sales")(
                "Valentina Restrepo Uribe",
                2,
                touches=[
                    mail(
                        60,
                        "I'd need the employer to sponsor a Swedish work permit - that's the "
                        "only thing stopping me moving to Stockholm, which I'd love.",
                    )
                ],
            ),
            books(PLANNER, "Bogotá, Colombia", "sales")(
                "Santiago Ocampo Villa",
                0,
                touches=[
                    mail(
                        60,
                        "I'd need a work permit sponsored, but honestly my family is here and I "
                        "won't relocate - remote only.",
                    )
                ],
            ),
        ],
        **role(
            PLANNING_ROLE,
            STOCKHOLM_HYBRID,
            offers=["Work permit sponsorship and relocation to Stockholm", "Two days in Hornstull"],
        ),
    ),
]

CONTRACT = [
    C(
        "won't take inside IR35 vs inside via umbrella is fine, an inside freelance gig",
        "frontend",
        [
            books(MOTION_DESIGNER)(
                "Jago Penberthy",
                0,
                touches=[
                    dm(
                        30,
                        "outside IR35 only through my ltd co, inside gigs aren't worth it after "
                        "the umbrella takes its cut",
                    )
                ],
            ),
            books(MOTION_DESIGNER)(
                "Wrenna Castlemaine",
                2,
                touches=[
                    dm(
                        30,
                        "inside IR35 is fine via umbrella, i just care about the day rate and "
                        "the reel",
                    )
                ],
            ),
        ],
        **role(
            MOTION_ROLE,
            SHOREDITCH_HYBRID,
            title="Freelance Motion Designer (6 weeks, inside IR35)",
            offers=["Six-week booking, inside IR35 via umbrella", "Three days in Shoreditch"],
        ),
    ),
    C(
        "Portuguese: only CLT now vs prefers PJ, a CLT role",
        "frontend",
        [
            books(VIDEO_EDITOR, "São Paulo, Brazil")(
                "Yasmin Cordeiro Lobato",
                2,
                touches=[
                    mail(
                        40,
                        "Cansei de PJ: sem férias, sem 13º. Agora só aceito CLT, com carteira "
                        "assinada.",
                    )
                ],
            ),
            books(VIDEO_EDITOR, "São Paulo, Brazil")(
                "Otávio Brandão Leme",
                0,
                touches=[
                    mail(
                        40,
                        "Prefiro continuar PJ, o líquido é bem melhor. CLT não compensa pra mim.",
                    )
                ],
            ),
        ],
        **role(
            EDITOR_ROLE,
            SAO_PAULO_HYBRID,
            offers=["CLT com 13º, férias e plano de saúde", "Três dias na Vila Madalena"],
        ),
    ),
    C(
        "W-2 only for health insurance vs 1099 suits her LLC, a 1099 contract",
        "frontend",
        [
            books(VIDEO_EDITOR, "Los Angeles, CA, USA")(
                "Sterling Oyelowo-Banks",
                0,
                touches=[
                    rang(
                        35,
                        "W-2 only - needs health insurance through the employer, won't do 1099.",
                    )
                ],
            ),
            books(VIDEO_EDITOR, "Los Angeles, CA, USA")(
                "Persephone Galloway",
                2,
                touches=[
                    rang(
                        35,
                        "1099 is great for her, she has her own LLC and books three or four "
                        "gigs a year.",
                    )
                ],
            ),
        ],
        **role(
            EDITOR_ROLE,
            LA_ONSITE,
            title="Contract Editor (3 months, 1099)",
            offers=["Three-month 1099 contract", "Avid suite in Santa Monica"],
        ),
    ),
    C(
        "Dutch: wants a permanent contract, done with zzp vs staying zzp",
        "cs",
        [
            books(COMMUNITY_MANAGER, "Utrecht, Netherlands", "cs")(
                "Lieke van Ommeren",
                2,
                touches=[
                    mail(
                        50,
                        "Ik ben klaar met zzp'en. Ik wil een vast contract, met pensioen en "
                        "vakantiegeld.",
                    )
                ],
            ),
            books(COMMUNITY_MANAGER, "Utrecht, Netherlands", "cs")(
                "Bram Hoogendijk",
                0,
                touches=[
                    mail(
                        50,
                        "Ik blijf zzp'er, loondienst is niks voor mij. Alleen freelance "
                        "opdrachten graag.",
                    )
                ],
            ),
        ],
        **role(
            COMMUNITY_ROLE,
            AMSTERDAM_HYBRID,
            offers=["Vaste aanstelling (permanent contract)", "Two days in Amsterdam-Noord"],
        ),
    ),
    C(
        "three days a week max vs needs full-time hours, a three-day role",
        "frontend",
        [
            books(COPYWRITER, "Bristol, UK")(
                "Hester Blackwood",
                2,
                touches=[
                    mail(
                        45,
                        "Three days a week is my max now - the rest goes on my ceramics studio.",
                    )
                ],
            ),
            books(COPYWRITER, "Bristol, UK")(
                "Ruairi Mountjoy",
                0,
                touches=[mail(45, "Need full-time hours, I'm afraid - mortgage just went up.")],
            ),
        ],
        **role(
            COPY_ROLE,
            UK_REMOTE,
            title="Senior Copywriter (3 days a week)",
            offers=["Part-time: three days a week, remote"],
        ),
    ),
    C(
        "perm only, no fixed-term vs a year's maternity cover is ideal",
        "frontend",
        [
            books(ART_DIRECTOR, "Manchester, UK")(
                "Verity Cartwright",
                0,
                touches=[
                    rang(
                        40,
                        "Perm only - won't look at FTCs or mat covers after the last one ended "
                        "with no extension.",
                    )
                ],
            ),
            books(ART_DIRECTOR, "Manchester, UK")(
                "Eloise Fanshawe",
                2,
                touches=[
                    rang(
                        40,
                        "A 12-month mat cover would be ideal - she's off travelling in 2028 "
                        "and doesn't want to sign up for perm.",
                    )
                ],
            ),
        ],
        **role(
            AD_ROLE,
            MANCHESTER_HYBRID,
            title="Art Director (12-month maternity cover)",
            offers=["Fixed-term: 12 months", "Two days at Ancoats"],
        ),
    ),
]

COMMUTE = [
    C(
        "Brighton, three days on the train is her limit vs once a week at most",
        "frontend",
        [
            books(COPYWRITER, "Brighton, UK")(
                "Delphine Ashworth",
                2,
                touches=[
                    mail(
                        60,
                        "From Brighton three days a week on the train is my limit - three "
                        "works, four wouldn't.",
                    )
                ],
            ),
            books(COPYWRITER, "Brighton, UK")(
                "Florian Beauchamp",
                0,
                touches=[
                    mail(
                        60,
                        "From Brighton I won't do London more than once a week - the fares alone.",
                    )
                ],
            ),
        ],
        **role(COPY_ROLE, SHOREDITCH_HYBRID),
    ),
    C(
        "Silver Lake, not the 10 every day vs Venice, bikes to work",
        "frontend",
        [
            books(MOTION_DESIGNER, "Silver Lake, Los Angeles, CA, USA")(
                "Juniper Castellano",
                0,
                touches=[
                    rang(
                        50,
                        "Lives in Silver Lake - no way she's sitting on the 10 to Santa Monica "
                        "every day.",
                    )
                ],
            ),
            books(MOTION_DESIGNER, "Venice, Los Angeles, CA, USA")(
                "Dashiell Okafor",
                2,
                touches=[
                    rang(50, "Lives in Venice, bikes to anything on the Westside. Five days fine.")
                ],
            ),
        ],
        **role(MOTION_ROLE, LA_ONSITE),
    ),
    C(
        "Japanese: Yokohama within an hour vs Chiba, won't do ninety minutes",
        "frontend",
        [
            books(VIDEO_EDITOR, "Yokohama, Japan")(
                "Morimoto Aoi",
                2,
                touches=[
                    mail(
                        45,
                        "通勤は1時間以内が希望です。横浜からなら東横線で渋谷まで35分なので問題ありません。",
                    )
                ],
            ),
            books(VIDEO_EDITOR, "Chiba, Japan")(
                "Inagaki Sota",
                0,
                touches=[
                    mail(
                        45,
                        "千葉から渋谷まで片道90分かかるので、週3日の出社は厳しいです。",
                    )
                ],
            ),
        ],
        **role(EDITOR_ROLE, TOKYO_HYBRID),
    ),
    C(
        "doesn't drive, needs the train vs has a car, happy to drive north",
        "frontend",
        [
            books(QA_TESTER, "Austin, TX, USA")(
                "Kendrick Fairbanks",
                0,
                touches=[
                    dm(
                        40,
                        "i dont drive so it has to be somewhere i can get to on the bus or "
                        "rail from east austin",
                    )
                ],
            ),
            books(QA_TESTER, "Austin, TX, USA")(
                "Remington Falcone",
                2,
                touches=[dm(40, "got a car, happy to drive north of the city for the right gig")],
            ),
        ],
        **role(
            QA_ROLE,
            dict(remote_policy="onsite", location="Round Rock, TX, USA"),
            description="Test console builds at our Round Rock test lab, 25 miles north of "
            "downtown Austin; no public transport, free parking.",
        ),
    ),
]

# --- 4. pay against the band -----------------------------------------------------------------

PAY = [
    C(
        "won't move under £75k vs on £52k looking for £60k, a £55-65k copy role",
        "frontend",
        [
            books(COPYWRITER)(
                "Tobias Etheridge",
                0,
                touches=[rang(30, "Cand won't move for less than £75k base. Firm on it.")],
            ),
            books(COPYWRITER)(
                "Xanthe Lockwood",
                2,
                touches=[rang(30, "Cand on £52k at a network shop, looking for £60k-ish.")],
            ),
        ],
        **role(
            COPY_ROLE,
            SHOREDITCH_HYBRID,
            salary_min=55_000,
            salary_max=65_000,
            currency="GBP",
        ),
    ),
    C(
        "a £550 day rate, non-negotiable vs £375-425 a day, a £400-a-day booking",
        "frontend",
        [
            books(MOTION_DESIGNER)(
                "Caspian Everleigh",
                0,
                touches=[dm(25, "my day rate's £550, not negotiable, even for long bookings")],
            ),
            books(MOTION_DESIGNER)(
                "Bryony Gascoigne",
                2,
                touches=[dm(25, "£375-425/day depending on length, happy to talk")],
            ),
        ],
        **role(
            MOTION_ROLE,
            SHOREDITCH_HYBRID,
            title="Freelance Motion Designer (4 weeks)",
            offers=["£400 a day, four-week booking, outside IR35"],
        ),
    ),
    C(
        "needs $150k base vs $120k makes it worth it, a $110-130k role",
        "sales",
        [
            books(BRAND_MARKETER, "New York, NY, USA", "sales")(
                "Sinclair Abernathy",
                0,
                touches=[inmail(40, "I'd need at least $150k base to move. Not flexible.")],
            ),
            books(BRAND_MARKETER, "New York, NY, USA", "sales")(
                "Rosalie Vandermeer",
                2,
                touches=[inmail(40, "$120k base would make a move worth it for me.")],
            ),
        ],
        **role(BRAND_ROLE, NYC_HYBRID, salary_min=110_000, salary_max=130_000, currency="USD"),
    ),
    C(
        "Portuguese: asks R$ 20 mil a month vs R$ 13-15 mil, a R$ 14-16 mil CLT role",
        "frontend",
        [
            books(ART_DIRECTOR, "São Paulo, Brazil")(
                "Gustavo Meirelles Paiva",
                0,
                touches=[
                    mail(35, "Minha pretensão é R$ 20 mil por mês CLT, abaixo disso não mudo.")
                ],
            ),
            books(ART_DIRECTOR, "São Paulo, Brazil")(
                "Bianca Salgueiro",
                2,
                touches=[mail(35, "Pretensão entre R$ 13 e 15 mil por mês, CLT.")],
            ),
        ],
        **role(
            AD_ROLE,
            SAO_PAULO_HYBRID,
            offers=["R$ 14.000 a R$ 16.000 por mês (CLT) + 13º", "Três dias na Vila Madalena"],
        ),
    ),
    C(
        "Swedish: asks 58,000 kronor a month vs 44,000 now, wants 48,000",
        "sales",
        [
            books(ACCOUNT_DIRECTOR, "Stockholm, Sweden", "sales")(
                "Ludvig Halvardsson",
                0,
                touches=[mail(30, "Jag begär 58 000 kr i månaden, annars stannar jag.")],
            ),
            books(ACCOUNT_DIRECTOR, "Stockholm, Sweden", "sales")(
                "Moa Gyllenhammar",
                2,
                touches=[mail(30, "Jag ligger på 44 000 i månaden nu och vill upp till 48 000.")],
            ),
        ],
        **role(
            ACCOUNT_ROLE,
            STOCKHOLM_HYBRID,
            offers=["45 000–50 000 kr per month", "Two days in Hornstull"],
        ),
    ),
    C(
        "Japanese: wants ¥9M+ vs ¥6M now, ¥7M would do, a ¥6.5-7.5M role",
        "frontend",
        [
            books(GAME_DESIGNER, "Tokyo, Japan")(
                "Kawabata Shun",
                0,
                touches=[mail(40, "希望年収は900万円以上です。それ以下なら現職に残ります。")],
            ),
            books(GAME_DESIGNER, "Tokyo, Japan")(
                "Nishikawa Hinata",
                2,
                touches=[mail(40, "現年収は600万円です。700万円あれば前向きに考えます。")],
            ),
        ],
        **role(
            DESIGN_ROLE,
            TOKYO_HYBRID,
            salary_min=6_500_000,
            salary_max=7_500_000,
            currency="JPY",
        ),
    ),
    C(
        "on A$135k but would take A$120k client-side vs on A$115k wanting A$145k",
        "sales",
        [
            books(BRAND_MARKETER, "Sydney, NSW, Australia", "sales")(
                "Ottoline Trethewey",
                2,
                touches=[
                    rang(
                        45,
                        "Cand on $135k + super agency side. Would happily take $120k + super to "
                        "go client-side for the balance.",
                    )
                ],
            ),
            books(BRAND_MARKETER, "Sydney, NSW, Australia", "sales")(
                "Brodie Kettlewell",
                0,
                touches=[
                    rang(
                        45,
                        "Cand on $115k, wants $145k + super minimum for any move.",
                    )
                ],
            ),
        ],
        **role(
            BRAND_ROLE,
            SYDNEY_HYBRID,
            salary_min=110_000,
            salary_max=125_000,
            currency="AUD",
        ),
    ),
    C(
        "needs $35 an hour vs $26 an hour works, a $24-28 hourly QA job",
        "frontend",
        [
            books(QA_TESTER, "Austin, TX, USA")(
                "Colton Ashby-Reyes",
                0,
                touches=[dm(20, "need $35/hr minimum, cant do less with austin rent")],
            ),
            books(QA_TESTER, "Austin, TX, USA")(
                "Maddox Whitfield",
                2,
                touches=[dm(20, "$26 an hour works for me, been doing $22 at the last place")],
            ),
        ],
        **role(QA_ROLE, AUSTIN_ONSITE, offers=["$24-$28 an hour, W-2, overtime paid"]),
    ),
]

# --- 5. work mode, said in one field only ----------------------------------------------------

WORK_MODE = [
    C(
        "policy field only: moved to the Algarve, fully remote vs hates working from home",
        "frontend",
        [
            books(COPYWRITER, "Lagos, Portugal")(
                "Cressida Mowbray",
                2,
                touches=[ats(40, "Cand moved to the Algarve in spring - fully remote or nothing.")],
            ),
            books(COPYWRITER, "Lagos, Portugal")(
                "Horatio Pendleton",
                0,
                touches=[
                    ats(40, "Cand hates WFH - wants a studio and people around him every day.")
                ],
            ),
        ],
        **role(COPY_ROLE, dict(remote_policy="remote")),
    ),
    C(
        "description only: in the studio five days vs remote only",
        "frontend",
        [
            books(MOTION_DESIGNER, "Amsterdam, Netherlands")(
                "Evi Dijkgraaf",
                2,
                touches=[
                    dm(35, "mis de studio zo erg. gewoon elke dag op kantoor met mensen, graag")
                ],
            ),
            books(MOTION_DESIGNER, "Amsterdam, Netherlands")(
                "Ruben Kloosterboer",
                0,
                touches=[dm(35, "alleen nog remote voor mij, thuis is mijn studio")],
            ),
        ],
        **role(
            MOTION_ROLE,
            dict(location="Amsterdam, Netherlands"),
            description="Animate idents and social films in our Amsterdam studio, five days a "
            "week alongside the design team.",
        ),
    ),
    C(
        "title only: hybrid, two days vs remote or nothing",
        "sales",
        [
            books(GROWTH_MARKETER, "Manchester, UK", "sales")(
                "Priscilla Oddie",
                2,
                touches=[mail(30, "Two days in an office is fine, I miss the whiteboard days.")],
            ),
            books(GROWTH_MARKETER, "Manchester, UK", "sales")(
                "Leopold Grimsditch",
                0,
                touches=[mail(30, "Remote or nothing, I'm afraid - I moved to the Peak District.")],
            ),
        ],
        **role(
            GROWTH_ROLE,
            dict(location="Manchester, UK"),
            title="Growth Marketing Manager (Hybrid, 2 days in Manchester)",
        ),
    ),
    C(
        "offers only: fully distributed team vs wants an office to go to",
        "frontend",
        [
            books(SUB_EDITOR, "Edinburgh, UK")(
                "Fionnuala Baird",
                2,
                touches=[
                    mail(
                        50,
                        "I want to work from home full time - the newsroom shift commute "
                        "wiped me out.",
                    )
                ],
            ),
            books(SUB_EDITOR, "Edinburgh, UK")(
                "Hamish Drummond-Lyle",
                0,
                touches=[
                    mail(50, "I want a newsroom again - a desk, colleagues, the noise of it.")
                ],
            ),
        ],
        **role(
            SUBS_ROLE,
            dict(location="Edinburgh, UK"),
            offers=["Fully distributed desk: everyone works from home"],
        ),
    ),
    C(
        "Japanese: wants full remote vs wants to go into the office, a remote role",
        "frontend",
        [
            books(MOTION_DESIGNER, "Fukuoka, Japan")(
                "Sakurai Mio",
                2,
                touches=[mail(40, "福岡在住のため、フルリモートの案件を希望しています。")],
            ),
            books(MOTION_DESIGNER, "Fukuoka, Japan")(
                "Fujimura Kaito",
                0,
                touches=[mail(40, "在宅は孤独なので、毎日出社できる職場を探しています。")],
            ),
        ],
        **role(MOTION_ROLE, dict(remote_policy="remote", location="Remote (Japan)")),
    ),
]

# --- 6. negation and scope -------------------------------------------------------------------

NEGATIONS = [
    C(
        "not against weekend shoots vs against weekend shoots",
        "frontend",
        [
            books(PRODUCER, "Sydney, NSW, Australia")(
                "Saoirse Kilbride",
                2,
                touches=[rang(30, "Cand not against weekend shoots at all - used to them.")],
            ),
            books(PRODUCER, "Sydney, NSW, Australia")(
                "Jarrah Pettigrew",
                0,
                touches=[rang(30, "Cand against weekend shoots - Saturdays are his kids' sport.")],
            ),
        ],
        **role(
            PRODUCER_ROLE,
            SYDNEY_HYBRID,
            description="Produce branded content shoots, often on Saturdays and Sundays at "
            "events and sport.",
        ),
    ),
    C(
        "the pay wasn't the issue, the commute was vs the commute wasn't, the pay was",
        "frontend",
        [
            books(ART_DIRECTOR)(
                "Anneliese Worthington",
                2,
                apps=[
                    walked(
                        200,
                        "other",
                        "The pay wasn't the issue - the commute to Kings Cross was. 2 hrs each "
                        "way from Colchester.",
                        role="Art Director",
                    )
                ],
            ),
            books(ART_DIRECTOR)(
                "Barnabas Wetherall",
                0,
                apps=[
                    walked(
                        200,
                        "compensation",
                        "The commute wasn't the issue - the pay was. Wanted £70k, offer was £52k.",
                        role="Art Director",
                    )
                ],
            ),
        ],
        **role(
            AD_ROLE,
            UK_REMOTE,
            salary_min=48_000,
            salary_max=54_000,
            currency="GBP",
        ),
    ),
    C(
        "not remote-only, three studio days fine vs remote-only, not negotiable",
        "frontend",
        [
            books(GAME_DESIGNER, "Melbourne, VIC, Australia")(
                "Ngaire Whitlam",
                2,
                touches=[
                    dm(30, "not remote-only! 3 days in the studio is fine, i like playtests irl")
                ],
            ),
            books(GAME_DESIGNER, "Melbourne, VIC, Australia")(
                "Torquil Manning",
                0,
                touches=[dm(30, "remote-only. not negotiable, sorry")],
            ),
        ],
        **role(
            DESIGN_ROLE,
            dict(
                remote_policy="hybrid",
                location="Melbourne, VIC, Australia",
                offers=["Hybrid: three days a week in our Collingwood studio"],
            ),
        ),
    ),
    C(
        "never said no to agencies, just that one vs no more agencies",
        "sales",
        [
            books(ACCOUNT_DIRECTOR, base="sales")(
                "Euphemia Radcliffe",
                2,
                touches=[
                    mail(
                        50,
                        "To be clear, I never said no to agencies - just no to that particular "
                        "one. An indie with good clients, yes please.",
                    )
                ],
            ),
            books(ACCOUNT_DIRECTOR, base="sales")(
                "Leofric Ansell",
                0,
                touches=[mail(50, "No more agencies for me. In-house or nothing.")],
            ),
        ],
        **role(
            ACCOUNT_ROLE,
            SHOREDITCH_HYBRID,
            description="Run a flagship retainer at an independent creative agency.",
        ),
    ),
    C(
        "doesn't mind crunch around a launch vs won't do crunch",
        "frontend",
        [
            books(QA_TESTER, "Manchester, UK")(
                "Kieran Ollerenshaw",
                2,
                touches=[dm(35, "dont mind a bit of crunch around launch as long as its paid")],
            ),
            books(QA_TESTER, "Manchester, UK")(
                "Shauna McAllister",
                0,
                touches=[dm(35, "wont do crunch again, not even paid, not even for a launch")],
            ),
        ],
        **role(
            QA_ROLE,
            MANCHESTER_HYBRID,
            description="Test the launch builds of a console title; paid overtime in the four "
            "weeks before launch.",
        ),
    ),
    C(
        "no problem with shoots abroad vs a problem with any nights away",
        "frontend",
        [
            books(VIDEO_EDITOR)(
                "Odalys Prentice",
                2,
                touches=[
                    mail(
                        40,
                        "No problem with on-location edits abroad - did a month in Marrakech "
                        "cutting on set.",
                    )
                ],
            ),
            books(VIDEO_EDITOR)(
                "Crispin Haverford",
                0,
                touches=[
                    mail(40, "Nights away are a problem for me, I'm afraid - edit suite only.")
                ],
            ),
        ],
        **role(
            EDITOR_ROLE,
            SHOREDITCH_HYBRID,
            offers=["On-location editing on shoots abroad, three or four trips a year"],
        ),
    ),
]

# --- 7. location, level, stage and size, mission, technology ---------------------------------

LOCATIONS = [
    C(
        "Portuguese: moving from Rio to São Paulo in January vs not leaving Rio",
        "frontend",
        [
            books(COPYWRITER, "Rio de Janeiro, Brazil")(
                "Manuela Sodré Brandt",
                2,
                touches=[dm(40, "Tô me mudando pra SP em janeiro, já achei apê em Pinheiros!")],
            ),
            books(COPYWRITER, "Rio de Janeiro, Brazil")(
                "Heitor Carvalhal",
                0,
                touches=[dm(40, "Não saio do Rio de jeito nenhum, só vaga daqui ou remota.")],
            ),
        ],
        **role(COPY_ROLE, dict(remote_policy="onsite", location="São Paulo, Brazil")),
    ),
    C(
        "moving home to Melbourne in February vs in Sydney, won't go interstate",
        "frontend",
        [
            books(MOTION_DESIGNER)(
                "Indigo Faulkner",
                2,
                touches=[
                    mail(
                        50,
                        "Moving home to Melbourne in Feb after six years in London - would love "
                        "something lined up.",
                    )
                ],
            ),
            books(MOTION_DESIGNER, "Sydney, NSW, Australia")(
                "Bronte Callaghan",
                0,
                touches=[mail(50, "Sydney's home, I won't move interstate for work.")],
            ),
        ],
        **role(MOTION_ROLE, MELBOURNE_ONSITE),
    ),
    C(
        "her partner's job moves them to Austin in spring vs his job moves, she stays in Dallas",
        "frontend",
        [
            books(GAME_DESIGNER, "Dallas, TX, USA")(
                "Araceli Hartsfield",
                2,
                touches=[
                    rang(
                        45,
                        "Cand's partner got a job in Austin - they move in the spring and she "
                        "wants something there.",
                    )
                ],
            ),
            books(GAME_DESIGNER, "Dallas, TX, USA")(
                "Shiloh Brackenridge",
                0,
                touches=[
                    rang(
                        45,
                        "Cand's partner got a job in Austin but she's staying in Dallas with "
                        "the kids - long distance for now, Dallas roles only.",
                    )
                ],
            ),
        ],
        **role(DESIGN_ROLE, AUSTIN_ONSITE),
    ),
    C(
        "Gothenburg, open to Stockholm vs Stockholm, moving to Malmö in spring",
        "sales",
        [
            books(GROWTH_MARKETER, "Gothenburg, Sweden", "sales")(
                "Freja Sandström",
                2,
                touches=[
                    mail(35, "Bor i Göteborg men flyttar gärna till Stockholm för rätt jobb.")
                ],
            ),
            books(GROWTH_MARKETER, "Stockholm, Sweden", "sales")(
                "Elias Wikander",
                0,
                touches=[
                    mail(35, "Vi flyttar till Malmö i vår, så bara jobb i Skåne eller på distans.")
                ],
            ),
        ],
        **role(GROWTH_ROLE, dict(remote_policy="onsite", location="Stockholm, Sweden")),
    ),
    C(
        "in Lisbon, wants to relocate to Amsterdam vs in Lisbon, staying put",
        "frontend",
        [
            books(ART_DIRECTOR, "Lisbon, Portugal")(
                "Carolina Quaresma Lemos",
                2,
                touches=[
                    mail(
                        40,
                        "I'd love to relocate to Amsterdam - I've wanted to work at a Dutch "
                        "agency for years.",
                    )
                ],
            ),
            books(ART_DIRECTOR, "Lisbon, Portugal")(
                "Tomé Arruda Valente",
                0,
                touches=[mail(40, "Lisbon is home, I'm not relocating for any agency.")],
            ),
        ],
        **role(AD_ROLE, dict(remote_policy="onsite", location="Amsterdam, Netherlands")),
    ),
]

LEVEL = [
    C(
        "ready to run a department vs back on the tools, no more managing",
        "manager",
        [
            books(CREATIVE_LEAD, base="manager")(
                "Isadora Winterbourne",
                2,
                touches=[
                    rang(
                        50,
                        "Cand has been ACD three years, runs two teams in all but name - ready "
                        "for her own department.",
                    )
                ],
            ),
            books(CREATIVE_LEAD, base="manager")(
                "Rafferty Coulthard",
                0,
                touches=[
                    rang(
                        50,
                        "Cand wants to get back on the tools - writing and art directing, no "
                        "more managing people.",
                    )
                ],
            ),
        ],
        **role(CD_ROLE, SHOREDITCH_HYBRID),
    ),
    C(
        "done managing, wants to write again vs won't step back from Head of Copy",
        "frontend",
        [
            books(COPYWRITER)(
                "Evangeline Thorne",
                2,
                touches=[
                    mail(
                        45,
                        "Two years as Head of Copy taught me I'd rather write than manage. A "
                        "senior writing job with no reports would be bliss.",
                    )
                ],
            ),
            books(COPYWRITER)(
                "Mortimer Blyth",
                0,
                touches=[
                    mail(
                        45,
                        "I won't step back from a Head of Copy title - it needs to be head of "
                        "department or above.",
                    )
                ],
            ),
        ],
        **role(COPY_ROLE, SHOREDITCH_HYBRID, title="Senior Copywriter (no direct reports)"),
    ),
    C(
        "wants to lead a design team vs not opposed to leading, doesn't chase it",
        "manager",
        [
            books(GAME_DESIGNER, "Stockholm, Sweden", "manager")(
                "Birgitta Holmqvist",
                2,
                touches=[
                    ats(
                        60,
                        "Studio TA: wants to lead a design team next - has mentored three "
                        "juniors and ran the strike team on the last update.",
                    )
                ],
            ),
            books(GAME_DESIGNER, "Stockholm, Sweden", "manager")(
                "Torbjörn Ekwall",
                1,
                touches=[
                    ats(
                        60,
                        "Studio TA: not opposed to leading, but doesn't chase it - happy either "
                        "way.",
                    )
                ],
            ),
        ],
        **role(
            DESIGN_ROLE,
            STOCKHOLM_HYBRID,
            title="Lead Game Designer",
            seniority="lead",
            description="Lead a team of four game designers on a live-service title.",
        ),
    ),
    C(
        "would take a junior title to get into games vs won't step back in title",
        "cs",
        [
            books(SOCIAL_MANAGER, "Manchester, UK", "cs")(
                "Deacon Ashurst-Lowe",
                2,
                touches=[
                    dm(
                        40,
                        "honestly i'd take a coordinator title and a pay cut just to get into "
                        "games, been modding since i was 12",
                    )
                ],
            ),
            books(SOCIAL_MANAGER, "Manchester, UK", "cs")(
                "Tiegan Marsh-Holloway",
                0,
                touches=[dm(40, "not taking a step back in title or money, manager level or up")],
            ),
        ],
        **role(
            COMMUNITY_ROLE,
            MANCHESTER_HYBRID,
            title="Community Coordinator",
            seniority="junior",
            salary_min=26_000,
            salary_max=29_000,
            currency="GBP",
        ),
    ),
]

STAGE_SIZE = [
    C(
        "wants a small indie after AAA vs wants a big publisher's safety",
        "frontend",
        [
            books(GAME_DESIGNER, "Melbourne, VIC, Australia")(
                "Kirra Blackwell",
                2,
                touches=[
                    mail(
                        50,
                        "After eight years at a 900-person AAA studio I want a small indie "
                        "team where my ideas actually ship.",
                    )
                ],
            ),
            books(GAME_DESIGNER, "Melbourne, VIC, Australia")(
                "Fletcher Doyle-Ramsay",
                0,
                touches=[
                    mail(
                        50,
                        "After two indie closures I want the safety of a big publisher - "
                        "layoffs scare me now.",
                    )
                ],
            ),
        ],
        **role(
            DESIGN_ROLE,
            MELBOURNE_ONSITE,
            offers=["Independent studio of 12, self-funded from our last hit"],
        ),
    ),
    C(
        "wants a big network and global clients vs never again holding-company politics",
        "sales",
        [
            books(PLANNER, "New York, NY, USA", "sales")(
                "Cordelia Vanterpool",
                2,
                touches=[
                    inmail(
                        45,
                        "I want a big network next - global clients, a real strategy "
                        "department, offices in 60 countries.",
                    )
                ],
            ),
            books(PLANNER, "New York, NY, USA", "sales")(
                "Thaddeus Brightwater",
                0,
                touches=[
                    inmail(
                        45,
                        "Never again a network - holding-company politics and timesheets "
                        "broke me. Independents only.",
                    )
                ],
            ),
        ],
        **role(
            PLANNING_ROLE,
            NYC_HYBRID,
            offers=["Part of a global network: 20,000 people in 60 countries"],
        ),
    ),
    C(
        "wants to build a brand from scratch vs wants an established brand with budget",
        "sales",
        [
            books(BRAND_MARKETER, "Amsterdam, Netherlands", "sales")(
                "Noor Wijnands",
                2,
                touches=[
                    mail(
                        40,
                        "I want to build a brand from scratch - seed stage, no guidelines, no "
                        "legacy.",
                    )
                ],
            ),
            books(BRAND_MARKETER, "Amsterdam, Netherlands", "sales")(
                "Gijs Overbeek",
                0,
                touches=[
                    mail(
                        40,
                        "I want an established brand with a proper budget - no more startups "
                        "running out of runway.",
                    )
                ],
            ),
        ],
        **role(
            BRAND_ROLE,
            AMSTERDAM_HYBRID,
            title="Founding Brand Lead",
            offers=["Seed-stage DTC skincare start-up, team of 9, first brand hire"],
        ),
    ),
    C(
        "two outlets folded under her, wants a big newsroom vs wants a scrappy newsletter start-up",
        "frontend",
        [
            books(REPORTER)(
                "Georgiana Pell",
                2,
                touches=[
                    rang(
                        55,
                        "Two digital start-ups folded under her in three years - wants a big, "
                        "established newsroom with a pension.",
                    )
                ],
            ),
            books(REPORTER)(
                "Ambrose Killick",
                0,
                touches=[
                    rang(
                        55,
                        "Wants a scrappy newsletter start-up - big newsrooms are too slow for him.",
                    )
                ],
            ),
        ],
        **role(
            REPORTER_ROLE,
            SOHO_ONSITE,
            offers=["A national newsroom of 600 journalists, founded 1896"],
        ),
    ),
]

MISSION = [
    C(
        "won't work on gambling accounts vs no vaping accounts, betting is fine",
        "frontend",
        [
            books(COPYWRITER)(
                "Leontyne Arkwright",
                0,
                touches=[
                    ats(40, "Cand won't work on gambling accounts - her dad. Non-negotiable.")
                ],
            ),
            books(COPYWRITER)(
                "Gideon Fairbairn",
                2,
                touches=[ats(40, "Cand won't do vaping or tobacco; betting and sport are fine.")],
            ),
        ],
        **role(
            COPY_ROLE,
            SHOREDITCH_HYBRID,
            description="Write campaigns for the agency's biggest account, a sportsbook and "
            "online casino brand.",
        ),
    ),
    C(
        "wants purpose-led work, climate ideally vs nothing said",
        "frontend",
        [
            books(ART_DIRECTOR, "Amsterdam, Netherlands")(
                "Linde Vermeulen",
                2,
                touches=[
                    mail(
                        45,
                        "Ik wil werk met een doel - het liefst klimaat. Geen fast fashion meer.",
                    )
                ],
            ),
            books(ART_DIRECTOR, "Amsterdam, Netherlands")(
                "Maarten Heijboer",
                1,
                touches=[mail(45, "Bedankt voor het bericht, ik kijk ernaar.")],
            ),
        ],
        **role(
            AD_ROLE,
            AMSTERDAM_HYBRID,
            offers=["In-house at a climate NGO: campaigns against deforestation"],
        ),
    ),
    C(
        "won't touch oil and gas vs won't touch fast fashion, energy is fine",
        "sales",
        [
            books(ACCOUNT_DIRECTOR, base="sales")(
                "Perpetua Hollowell",
                0,
                touches=[rang(40, "Cand won't touch oil & gas clients. Greenwashing, she said.")],
            ),
            books(ACCOUNT_DIRECTOR, base="sales")(
                "Ignatius Rowntree",
                2,
                touches=[rang(40, "Cand won't touch fast fashion; energy clients are fine.")],
            ),
        ],
        **role(
            ACCOUNT_ROLE,
            SHOREDITCH_HYBRID,
            description="Run the retainer of an oil and gas major: corporate brand and "
            "recruitment campaigns.",
        ),
    ),
    C(
        "wants to make games for kids vs no kids' games, mature narrative only",
        "frontend",
        [
            books(GAME_DESIGNER, "Manchester, UK")(
                "Honor Applegarth",
                2,
                touches=[
                    mail(
                        40,
                        "Ex-primary teacher, so games for kids are the dream - something my "
                        "old class would play.",
                    )
                ],
            ),
            books(GAME_DESIGNER, "Manchester, UK")(
                "Lucan Stavely",
                0,
                touches=[
                    mail(40, "No kids' games for me - mature narrative stuff is where I belong.")
                ],
            ),
        ],
        **role(
            DESIGN_ROLE,
            MANCHESTER_HYBRID,
            description="Design levels for a preschool learning game on Switch and tablets.",
        ),
    ),
    C(
        "no crypto after 2022 vs no gambling, crypto is fine",
        "sales",
        [
            books(GROWTH_MARKETER, "Austin, TX, USA", "sales")(
                "Brantley Okoye",
                0,
                touches=[
                    inmail(35, "No crypto. I got burned at an exchange in 2022 - never again.")
                ],
            ),
            books(GROWTH_MARKETER, "Austin, TX, USA", "sales")(
                "Saylor Winthrop",
                2,
                touches=[inmail(35, "I won't do gambling apps; crypto is totally fine with me.")],
            ),
        ],
        **role(
            GROWTH_ROLE,
            AUSTIN_ONSITE,
            description="Own acquisition and lifecycle for a crypto exchange app.",
        ),
    ),
]

TECH = [
    C(
        "wants to move to Unreal vs Unity only, an Unreal studio",
        "frontend",
        [
            books(GAME_DESIGNER, "Austin, TX, USA")(
                "Zephyr Langley",
                2,
                touches=[dm(40, "ten yrs of unity, dying to move to unreal 5. blueprints all day")],
            ),
            books(GAME_DESIGNER, "Austin, TX, USA")(
                "Cade Wolfenden",
                0,
                touches=[dm(40, "unity only, not learning unreal at this point in my career")],
            ),
        ],
        **role(
            DESIGN_ROLE,
            AUSTIN_ONSITE,
            requirements="Systems design\nUnreal Engine 5\nBlueprints\nShipped titles",
        ),
    ),
    C(
        "wants to get back on Avid vs refuses Avid, Premiere only",
        "frontend",
        [
            books(VIDEO_EDITOR, "New York, NY, USA")(
                "Mercer Hollingsworth",
                2,
                touches=[
                    mail(
                        40, "I'd love to get back on Avid - cut docs on it for years at a network."
                    )
                ],
            ),
            books(VIDEO_EDITOR, "New York, NY, USA")(
                "Delphina Rourke",
                0,
                touches=[mail(40, "Premiere only. I'm not going back to Avid, not for anyone.")],
            ),
        ],
        **role(
            EDITOR_ROLE,
            NYC_HYBRID,
            requirements="Avid Media Composer\nBroadcast delivery\nStorytelling",
            description="Cut broadcast documentaries on Avid for a network's factual slate.",
        ),
    ),
    C(
        "wants more 3D, learning Cinema 4D vs 2D only",
        "frontend",
        [
            books(MOTION_DESIGNER, "Stockholm, Sweden")(
                "Elsa Granqvist",
                2,
                touches=[dm(35, "vill göra mer 3D! lär mig Cinema 4D och Redshift på kvällarna")],
            ),
            books(MOTION_DESIGNER, "Stockholm, Sweden")(
                "Nils Tornberg",
                0,
                touches=[dm(35, "bara 2D för mig, 3D intresserar mig inte alls")],
            ),
        ],
        **role(
            MOTION_ROLE,
            STOCKHOLM_HYBRID,
            requirements="Cinema 4D\nRedshift\nAfter Effects\nA 3D showreel",
            description="Make 3D product films and idents in Cinema 4D and Redshift.",
        ),
    ),
    C(
        "loves HubSpot, wants off Marketing Cloud vs a Marketing Cloud specialist only",
        "sales",
        [
            books(GROWTH_MARKETER, "Sydney, NSW, Australia", "sales")(
                "Marlowe Ashcombe",
                2,
                touches=[
                    rang(
                        40,
                        "Cand wants to get away from Salesforce Marketing Cloud - loves "
                        "HubSpot, built their whole lifecycle in it at the last startup.",
                    )
                ],
            ),
            books(GROWTH_MARKETER, "Sydney, NSW, Australia", "sales")(
                "Jedda Pearsall",
                0,
                touches=[
                    rang(
                        40,
                        "Cand is an SFMC specialist and wants to stay one - won't do HubSpot "
                        "shops.",
                    )
                ],
            ),
        ],
        **role(
            GROWTH_ROLE,
            SYDNEY_HYBRID,
            requirements="HubSpot\nLifecycle marketing\nPaid social\nExperimentation",
        ),
    ),
]

# --- 8. last time's reason, the history with us and the latest process -----------------------

PAST_SOHO_52K = dict(
    remote_policy="onsite", location="London, UK", salary_max=52_000, currency="GBP"
)
PAST_SOHO_55K = dict(
    remote_policy="onsite", location="London, UK", salary_max=55_000, currency="GBP"
)
PAST_SOHO_STUDIO = dict(
    remote_policy="onsite",
    location="London, UK",
    offers=["Five days a week in our Soho studio"],
)
PAST_REMOTE_UK = dict(remote_policy="remote", location="Remote (UK)")

RESOLVED = [
    C(
        "declined at £52k asking £62k, the band now reaches it vs asked £80k",
        "frontend",
        [
            books(COPYWRITER)(
                "Guinevere Ashdown-Platt",
                2,
                apps=[
                    said_no(
                        260,
                        "compensation",
                        "Asked £62k; client capped at £52k",
                        past=PAST_SOHO_52K,
                    )
                ],
            ),
            books(COPYWRITER)(
                "Lancelot Fennimore",
                0,
                apps=[
                    said_no(
                        260,
                        "compensation",
                        "Wanted £80k, client's top was £55k - miles apart",
                        past=PAST_SOHO_55K,
                    )
                ],
            ),
        ],
        **role(COPY_ROLE, SHOREDITCH_HYBRID, salary_min=58_000, salary_max=65_000, currency="GBP"),
    ),
    C(
        "declined five days in a Soho studio, this is remote vs declined remote, wanted a studio",
        "frontend",
        [
            books(ART_DIRECTOR, "Margate, UK")(
                "Seraphina Dunmore",
                2,
                apps=[
                    said_no(
                        230,
                        "remote_policy",
                        "Couldn't do 5 days in the Soho studio from Margate",
                        past=PAST_SOHO_STUDIO,
                        role="Art Director",
                    )
                ],
            ),
            books(ART_DIRECTOR, "Margate, UK")(
                "Evander Pocklington",
                0,
                apps=[
                    said_no(
                        230,
                        "remote_policy",
                        "Turned it down because it was fully remote - wants a studio to go to",
                        past=PAST_REMOTE_UK,
                        role="Art Director",
                    )
                ],
            ),
        ],
        **role(AD_ROLE, UK_REMOTE),
    ),
    C(
        "pulled out over launch crunch, none here vs pulled out over Unreal, still Unreal",
        "frontend",
        [
            books(GAME_DESIGNER, "Stockholm, Sweden")(
                "Hedvig Almqvist",
                2,
                apps=[
                    walked(
                        180,
                        "other",
                        "Pulled out once the studio said to expect six months' crunch before "
                        "launch",
                        stage="final",
                        role="Senior Game Designer",
                    )
                ],
            ),
            books(GAME_DESIGNER, "Stockholm, Sweden")(
                "Isak Lundmark",
                0,
                apps=[
                    walked(
                        180,
                        "other",
                        "Pulled out: didn't want to move from Unity to Unreal",
                        stage="final",
                        role="Senior Game Designer",
                    )
                ],
            ),
        ],
        **role(
            DESIGN_ROLE,
            STOCKHOLM_HYBRID,
            requirements="Systems design\nUnreal Engine 5\nPrototyping\nShipped titles",
            offers=["No crunch: 40-hour weeks, launches planned around it"],
        ),
    ),
    C(
        "turned down an inside IR35 booking, this is outside vs wanted perm, this is freelance",
        "frontend",
        [
            books(MOTION_DESIGNER)(
                "Crispian Wetherby",
                2,
                apps=[
                    said_no(
                        150,
                        "other",
                        "Booking was inside IR35 - not worth it through an umbrella",
                        role="Freelance Motion Designer",
                    )
                ],
            ),
            books(MOTION_DESIGNER)(
                "Marguerite Lennox",
                0,
                apps=[
                    said_no(
                        150,
                        "other",
                        "Wanted perm, not a freelance booking",
                        role="Freelance Motion Designer",
                    )
                ],
            ),
        ],
        **role(
            MOTION_ROLE,
            SHOREDITCH_HYBRID,
            title="Freelance Motion Designer (8 weeks, outside IR35)",
            offers=["Eight-week booking, outside IR35, £425 a day"],
        ),
    ),
    C(
        "lost out for want of kennismigrant sponsorship, this role sponsors vs weekly Brussels "
        "trips, still weekly",
        "sales",
        [
            books(ACCOUNT_DIRECTOR, "São Paulo, Brazil", "sales")(
                "Giovanna Assunção Reis",
                2,
                apps=[
                    walked(
                        210,
                        "other",
                        "Client couldn't sponsor a kennismigrant visa, so she had to pull out",
                        stage="final",
                        role="Account Director",
                    )
                ],
            ),
            books(ACCOUNT_DIRECTOR, "São Paulo, Brazil", "sales")(
                "Rodrigo Batalha Neves",
                0,
                apps=[
                    walked(
                        210,
                        "other",
                        "Pulled out over the weekly trips to the client in Brussels",
                        stage="final",
                        role="Account Director",
                    )
                ],
            ),
        ],
        **role(
            ACCOUNT_ROLE,
            AMSTERDAM_HYBRID,
            offers=[
                "Kennismigrant (highly skilled migrant) visa sponsorship and relocation",
                "Weekly day with the client in Brussels",
            ],
        ),
    ),
    C(
        "pulled out of an agency job to go in-house, this is in-house vs missed agency variety",
        "sales",
        [
            books(PLANNER, base="sales")(
                "Araminta Scholefield",
                2,
                apps=[
                    walked(
                        190,
                        "not_interested",
                        "Withdrew: wants in-house, one brand to go deep on, not another agency",
                        role="Strategy Director",
                    )
                ],
            ),
            books(PLANNER, base="sales")(
                "Benedick Harrowby",
                0,
                apps=[
                    walked(
                        190,
                        "not_interested",
                        "Withdrew from the in-house job: one brand would bore him, wants agency "
                        "variety",
                        role="Head of Brand Strategy",
                    )
                ],
            ),
        ],
        **role(
            PLANNING_ROLE,
            SHOREDITCH_HYBRID,
            title="Head of Brand Strategy (in-house)",
            description="Lead brand strategy in-house for a single retail brand.",
        ),
    ),
]

LAST_TIME = [
    C(
        "drunk at the pitch rehearsal vs lost the final to an internal hire",
        "frontend",
        [
            books(CREATIVE_LEAD)(
                "Maximilian Crewe",
                0,
                apps=[
                    app(
                        220,
                        "final",
                        "rejected",
                        "conduct",
                        "Turned up to the pitch rehearsal drunk and was rude to the client's CMO",
                        role="Creative Director",
                    )
                ],
            ),
            books(CREATIVE_LEAD)(
                "Philomena Darnley",
                2,
                apps=[
                    final_round(
                        220,
                        "Lost to an internal ECD promotion at the last minute",
                        role="Creative Director",
                    )
                ],
            ),
        ],
        **role(CD_ROLE, SHOREDITCH_HYBRID),
    ),
    C(
        "a no-show at the final with no word vs missed it for an emergency and apologised",
        "sales",
        [
            books(BRAND_MARKETER, base="sales")(
                "Tristram Gale",
                0,
                apps=[
                    app(
                        160,
                        "final",
                        "rejected",
                        "no_show",
                        "Didn't turn up to the final presentation, no word since",
                        role="Senior Brand Manager",
                    )
                ],
            ),
            books(BRAND_MARKETER, base="sales")(
                "Lavinia Cheung",
                2,
                apps=[
                    app(
                        160,
                        "final",
                        "position_closed",
                        "no_show",
                        "Missed the final - her dad was rushed into hospital. Emailed that "
                        "night, apologised, we rebooked; role closed before the new date.",
                        role="Senior Brand Manager",
                    )
                ],
            ),
        ],
        **role(BRAND_ROLE, SHOREDITCH_HYBRID),
    ),
    C(
        "a reel thin on long-form two months ago vs the same gap two years ago",
        "frontend",
        [
            books(VIDEO_EDITOR)(
                "Oswin Gatenby",
                0,
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Reel thin on long-form - nothing over 60 seconds",
                        role="Video Editor",
                    )
                ],
            ),
            books(VIDEO_EDITOR)(
                "Ffion Llewellyn-Price",
                2,
                apps=[
                    app(
                        720,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Reel light on long-form at the time, mostly social cutdowns",
                        role="Video Editor",
                    )
                ],
            ),
        ],
        **role(
            EDITOR_ROLE,
            SHOREDITCH_HYBRID,
            requirements="Long-form documentary editing\nAvid Media Composer\nStorytelling",
        ),
    ),
    C(
        "someone else's campaigns in his book vs team work credited properly",
        "frontend",
        [
            books(ART_DIRECTOR)(
                "Sebastian Orme",
                0,
                apps=[
                    app(
                        300,
                        "interview",
                        "rejected",
                        "conduct",
                        "Book included campaigns he didn't work on - the ECD at his agency "
                        "confirmed it",
                        role="Art Director",
                    )
                ],
            ),
            books(ART_DIRECTOR)(
                "Winifred Marchetti",
                2,
                apps=[
                    final_round(
                        300,
                        "Best piece in the book was a team project and she credited the whole "
                        "team - client loved that",
                        role="Art Director",
                    )
                ],
            ),
        ],
        **role(AD_ROLE, SHOREDITCH_HYBRID),
    ),
    C(
        "final round, feedback still owed vs dismissive of the junior team at interview",
        "frontend",
        [
            books(SOCIAL_MANAGER)(
                "Aurelia Penrose",
                2,
                apps=[
                    app(
                        140,
                        "final",
                        "rejected",
                        "other_candidate",
                        "Close second at the final; client never sent feedback - we owe her",
                        feedback=False,
                        rating=4.2,
                        role="Social Media Manager",
                    )
                ],
            ),
            books(SOCIAL_MANAGER)(
                "Cassius Delacroix",
                0,
                apps=[
                    app(
                        140,
                        "interview",
                        "rejected",
                        "culture_fit",
                        "Talked down to the junior creators in the interview - client won't "
                        "see him again",
                        role="Social Media Manager",
                    )
                ],
            ),
        ],
        **role(SOCIAL_ROLE, SHOREDITCH_HYBRID),
    ),
]

PROCESS = [
    C(
        "the client's final round vs a CV screen before books were looked at",
        "frontend",
        [
            books(COPYWRITER, "Manchester, UK")(
                "Rosamund Tetley",
                2,
                apps=[final_round(110, "Client torn between her and one other at the final")],
            ),
            books(COPYWRITER, "Manchester, UK")(
                "Jolyon Ashbridge",
                1,
                apps=[
                    app(
                        110,
                        "applied",
                        "rejected",
                        "other",
                        "CV screen only - client hired internally before books were reviewed",
                    )
                ],
            ),
        ],
        **role(COPY_ROLE, MANCHESTER_HYBRID),
    ),
    C(
        "we placed her six weeks ago vs the booking we placed him on has wrapped",
        "frontend",
        [
            books(PRODUCER)(
                "Cecily Hawthorne",
                0,
                touches=[
                    ats(
                        date(2026, 10, 12),
                        "PLACED: started perm at the Clerkenwell indie today via us. Rebate "
                        "period 12 wks - hands off, don't approach.",
                    )
                ],
            ),
            books(PRODUCER)(
                "Barnaby Fothergill",
                2,
                touches=[
                    ats(
                        date(2026, 10, 12),
                        "The 10-week freelance booking we placed him on wrapped Friday. Free "
                        "now and keen for perm.",
                    )
                ],
            ),
        ],
        **role(PRODUCER_ROLE, SHOREDITCH_HYBRID),
    ),
    C(
        "hired into our own studio in August vs interviewed here, role closed in a reorg",
        "cs",
        [
            books(COMMUNITY_MANAGER, "Stockholm, Sweden", "cs")(
                "Ylva Bergkvist",
                0,
                apps=[
                    app(
                        110,
                        "offer",
                        "hired",
                        None,
                        "Hired: joined us as Community Manager on the mobile team in August",
                        role="Community Manager",
                    )
                ],
            ),
            books(COMMUNITY_MANAGER, "Stockholm, Sweden", "cs")(
                "Gustaf Rydberg",
                2,
                apps=[
                    app(
                        110,
                        "final",
                        "position_closed",
                        "headcount",
                        "Final round with the mobile team; role closed in the August reorg",
                        role="Community Manager",
                    )
                ],
            ),
        ],
        **role(COMMUNITY_ROLE, STOCKHOLM_HYBRID),
    ),
    C(
        "withdrew last month to start at another agency vs lost a final last month",
        "frontend",
        [
            books(ART_DIRECTOR, "New York, NY, USA")(
                "Lucinda Beaumont-Ortiz",
                0,
                apps=[
                    walked(
                        35,
                        "timing",
                        "Withdrew: accepted an AD job at another agency, started 02/11",
                        role="Art Director",
                    )
                ],
            ),
            books(ART_DIRECTOR, "New York, NY, USA")(
                "Dorian Achebe-Lyons",
                2,
                apps=[final_round(35, "Narrow miss at the final", role="Art Director")],
            ),
        ],
        **role(AD_ROLE, NYC_HYBRID),
    ),
]

# --- 9. several notes over time: the latest word counts ---------------------------------------

LATEST_WORD = [
    C(
        "freelance only, then perm wanted vs perm only, then freelance for good",
        "frontend",
        [
            books(MOTION_DESIGNER, "Bristol, UK")(
                "Clemency Arbuthnot",
                2,
                touches=[
                    dm(date(2026, 2, 9), "freelance only for me now, loving the freedom"),
                    dm(
                        date(2026, 10, 5),
                        "update: day rates have dried up, i'd go perm now for the right studio",
                    ),
                ],
            ),
            books(MOTION_DESIGNER, "Bristol, UK")(
                "Ewan Tregunna",
                0,
                touches=[
                    dm(date(2026, 2, 9), "perm only pls, need the stability"),
                    dm(
                        date(2026, 10, 5),
                        "went freelance in the summer and never going back to perm",
                    ),
                ],
            ),
        ],
        **role(
            MOTION_ROLE,
            dict(
                remote_policy="hybrid",
                location="Bristol, UK",
                offers=["Permanent, two days in our Harbourside studio"],
            ),
        ),
    ),
    C(
        "told us to stop, then took it back vs warm, then asked to be erased",
        "frontend",
        [
            books(COMMUNITY_MANAGER, "Los Angeles, CA, USA")(
                "Kingsley Arbogast",
                2,
                touches=[
                    dm(date(2026, 3, 2), "quit messaging me about jobs"),
                    mail(
                        date(2026, 8, 17),
                        "Sorry for snapping back in March - launch week. I'm actually looking "
                        "now, please do send community roles.",
                    ),
                ],
            ),
            books(COMMUNITY_MANAGER, "Los Angeles, CA, USA")(
                "Marisela Quintanilla",
                0,
                touches=[
                    mail(date(2026, 3, 2), "Always happy to hear from you, keep me in the loop!"),
                    mail(
                        date(2026, 8, 17),
                        "Under the CCPA, please delete my personal information and stop "
                        "contacting me.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **role(COMMUNITY_ROLE, LA_ONSITE),
    ),
    C(
        "asked £80k, then £62k vs asked £60k, then £78k after a raise",
        "frontend",
        [
            books(GAME_DESIGNER)(
                "Percival Ingleby",
                2,
                touches=[
                    rang(date(2026, 3, 16), "Cand wants £80k to move."),
                    rang(
                        date(2026, 10, 19),
                        "Cand rethought - would take £62k for the right studio and a shipped "
                        "credit.",
                    ),
                ],
            ),
            books(GAME_DESIGNER)(
                "Tabitha Greenacre",
                0,
                touches=[
                    rang(date(2026, 3, 16), "Cand would move for £60k."),
                    rang(
                        date(2026, 10, 19),
                        "Cand got a raise to £72k in the summer - now needs £78k to move.",
                    ),
                ],
            ),
        ],
        **role(
            DESIGN_ROLE, SHOREDITCH_HYBRID, salary_min=58_000, salary_max=65_000, currency="GBP"
        ),
    ),
    C(
        "Japanese: won't leave Tokyo, then moving to Osaka vs the reverse",
        "frontend",
        [
            books(ART_DIRECTOR, "Tokyo, Japan")(
                "Yamaguchi Rina",
                2,
                touches=[
                    mail(date(2026, 1, 19), "東京を離れるつもりはありません。"),
                    mail(
                        date(2026, 9, 7),
                        "親の近くに住むため、来春大阪に引っ越すことにしました。大阪の案件を希望します。",
                    ),
                ],
            ),
            books(ART_DIRECTOR, "Tokyo, Japan")(
                "Matsuda Kenta",
                0,
                touches=[
                    mail(date(2026, 1, 19), "大阪への転居も考えています。"),
                    mail(
                        date(2026, 9, 7),
                        "世田谷にマンションを買ったので、今後は東京の案件のみでお願いします。",
                    ),
                ],
            ),
        ],
        **role(AD_ROLE, dict(remote_policy="onsite", location="Osaka, Japan")),
    ),
    C(
        "remote only, then wants the studio daily vs the studio, then remote only",
        "frontend",
        [
            books(COPYWRITER, "London, UK")(
                "Ottilia Brackley",
                2,
                touches=[
                    mail(date(2026, 2, 2), "Remote only for me, please."),
                    mail(
                        date(2026, 9, 21),
                        "Change of heart - working from home is killing me. I want a studio I "
                        "can go to every day.",
                    ),
                ],
            ),
            books(COPYWRITER, "London, UK")(
                "Fenella Hardcastle",
                0,
                touches=[
                    mail(date(2026, 2, 2), "I'd like to be in a studio every day."),
                    mail(
                        date(2026, 9, 21),
                        "We've moved to the Lake District, so it's remote only now.",
                    ),
                ],
            ),
        ],
        **role(COPY_ROLE, SOHO_ONSITE),
    ),
]

HELDOUT21_CASES: list[Case] = [
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
