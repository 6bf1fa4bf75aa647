"""Held-out rediscovery cases, fifteenth set: in-house tech recruiters' own words, written by a
fifteenth stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 15") and never tuned to what Encore does. The voice is the in-house
recruiting team of scale-ups and big tech working out of Greenhouse, Lever and Ashby: notes typed
during a phone screen as fast as the candidate talked, Slack threads from the hiring channel
pasted in as they stood, hiring managers' debrief scorecards, and candidates' LinkedIn DMs and
emails, some sarcastic, some in Québec French, Hebrew transliteration ("beseder", "yalla", "ani
lo me'unyan") and Hinglish. Levels and pay are talked about the way tech does it: L4, L5, E5 to
E6, staff, principal, IC; TC, base, RSUs, refreshers, cliffs, equity at a Series A; CTC and ECTC
in LPA, monthly gross in shekels with keren hishtalmut, CAD bands. So are RTO mandates and badge
swipes, on-call rotations and pager load, H-1B transfers, L-1, O-1, TN, PGWP and PR, PERM and the
I-140, miluim, garden leave and non-competes, notice periods and buy-outs, C2H and v-dash
contractors. The people are backend, frontend and security engineers, SREs, SOC analysts, data
scientists, product managers, product designers, tech leads, engineering managers and solutions
engineers in the Bay Area, Seattle, Austin, New York, Toronto, Waterloo, Montréal, Tel Aviv,
Haifa, Bengaluru, Hyderabad and Pune.

Classes, each several times in different wordings, each beside a near-miss twin; a case asserts
who must rank above whom, and an opt-out that its author never appears:

1. opt-outs (a DM to stop InMailing for good, "ani lo me'unyan", a Québec French "retirez mon
   nom", "kindly remove my profile ... henceforth", a do-not-contact after a ghosting, a Slack
   "unsubscribe me from all of this", a sarcastic hard pass, a CCPA deletion request, Hinglish
   "mujhe call mat karo"): never shown; beside each a near-miss that is shown (stop InMailing but
   email me, not this one but one nearer Haifa, pas ce poste-là, don't call in office hours,
   upset but feedback owed, unsubscribe from the newsletter only, a sarcastic "fine, I'll bite",
   a skip-level's stop that is not hers, an address update, "abhi call mat karo");
2. waits counted from the day said, the waiting person shown but below a twin whose wait is over
   or whose month asks no wait: an RSU cliff in February, a bonus in March, an E6 calibration,
   an I-140 around April, parental leave to the end of January, a launch GA in March, a year at
   Flipkart, miluim to mid-January, an acquisition retention vesting in June 2027, "give it a
   quarter" said in October against the same said in May, a green card interview, garden leave
   with a lawyer's no-interviews;
3. schedule (on-call, pager load in sarcasm, a husband's call against a partner's pager, late
   calls with the US from India, weekend windows, the Israeli Sunday-to-Thursday week, SOC night
   shifts), travel (a solo parent, quarterly trips to SF in French, New York every month, onsite
   stints from Pune), visas (no sponsorship against H-1B, L-1B, PGWP, a partner's visa, a
   husband's H-1B that is not hers, O-1, TN, an H-1B dream for a Hyderabad role), contract and
   hours (W2 contract, 1099 against a v-dash wanting a blue badge, 0.6 FTE, C2H, a 12-month
   parental-leave cover) and commute (the 101, the 520, ORR to Whitefield, the GO to Waterloo,
   the train to Haifa): the objector below the one who does not object or whose objection was
   about a past employer this role is not like;
4. pay against the band: TC against an L5 TC band, base against equity, CTC and ECTC in LPA, CAD,
   a monthly shekel ask against an annual band, a current salary above the band with a lower ask,
   cash against Series A equity, an hourly W2 rate;
5. last time's reason resolved by this role or still standing (a five-day RTO, a pay cap, a
   30-day joining date against a 90-day notice, sponsorship, a payments pager, a drive to
   Herzliya, relocating to SF, working in English on a French-speaking team);
6. negation and scope ("wouldn't say no to on-call", "never had a problem with RTO as such", "not
   remote-only", "not opposed to managing", chain analytics fine but no crypto trading, "money
   wasn't why she left", "pas contre deux jours au bureau");
7. work mode said only in the policy field, only in the description, only in the title, only in
   the offers, and in Hebrew transliteration;
8. location (a wife's transfer to Hyderabad, a brother's move that is not hers, NYC left for good,
   moving back to Canada, an apartment bought up north, in Pune only for a father's surgery),
   level and managing (a blocked staff promo, an EM back to IC, a down-level, group PM, a pod
   lead, a principal designer), company stage and size, industry (defence, ad tech, health,
   sports betting) and technology (Rust, PHP and Hack, LLMs, Kubernetes);
9. the history with us (a no-show against a Sev1 reschedule, answers fed off-camera against an
   allowed ChatGPT take-home, a brilliant-jerk debrief, a renege, a rescinded offer against a
   vendor's delay) and the latest process (a final against a résumé never read, an employee we
   hired in August against a boomerang, a recent system-design fail, an offer declined for
   timing);
10. several notes over time where the latest word counts: office refused then wanted and the
    reverse, a stop taken back and a "keep me posted" hardened into a removal, a pay floor
    lowered and raised, on-call refused then fine and the reverse, a move wanted then given up
    and the reverse, a green card that came against an I-485 still pending.

Hard cases a careful human still gets right are mixed in: sarcasm both ways, someone else's
on-call, visa or move, a skip-level's request, a past employer's pager or travel, a month named
without a wait, and the same "give it a quarter" said at two different times.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

SWE = dict(
    current_title="Senior Software Engineer",
    skills=["Go", "Python", "PostgreSQL", "Kafka", "Distributed systems"],
    years_experience=8,
    resume_text=(
        "Backend engineer, eight years at two scale-ups and a public SaaS company: payments and "
        "ledger services in Go and Python, Postgres and Kafka at a few billion events a day, "
        "design docs, code review and mentoring new grads."
    ),
)
SRE_P = dict(
    current_title="Senior Site Reliability Engineer",
    skills=["Kubernetes", "Terraform", "AWS", "Prometheus", "Incident response"],
    years_experience=7,
    resume_text=(
        "SRE, seven years running production on AWS and GCP: Kubernetes fleets, Terraform "
        "modules, Prometheus and Grafana, SLOs and error budgets, incident command and "
        "blameless postmortems, cutting alert noise by half."
    ),
)
DS_P = dict(
    current_title="Senior Data Scientist",
    skills=["Python", "SQL", "Experimentation", "Causal inference", "PyTorch"],
    years_experience=6,
    resume_text=(
        "Data scientist, six years in marketplaces and fintech: an A/B testing platform, uplift "
        "and causal models, demand forecasting, ranking models in PyTorch, SQL and dbt for "
        "analytics, readouts to product leadership."
    ),
)
PM_P = dict(
    current_title="Senior Product Manager",
    skills=["Product discovery", "Roadmapping", "B2B SaaS", "Pricing", "SQL"],
    years_experience=8,
    resume_text=(
        "Product manager, eight years on B2B SaaS and developer tools: customer discovery, "
        "roadmaps and PRDs, pricing and packaging, launches with sales and marketing, and SQL "
        "for the team's own analysis."
    ),
)
DESIGNER_P = dict(
    current_title="Senior Product Designer",
    skills=["Figma", "Interaction design", "Design systems", "User research", "Prototyping"],
    years_experience=7,
    resume_text=(
        "Product designer, seven years on consumer and B2B apps: end-to-end flows in Figma, a "
        "design system used by forty engineers, usability studies and prototypes built with "
        "engineers."
    ),
)
SECURITY_P = dict(
    current_title="Senior Security Engineer",
    skills=["Application security", "Threat modeling", "AWS security", "Detection", "Python"],
    years_experience=7,
    resume_text=(
        "Security engineer, seven years across product security and detection: threat models "
        "and design reviews, a bug bounty programme, AWS guardrails, detections in Python and "
        "SIEM rules, incident response."
    ),
)
SOC_P = dict(
    current_title="SOC Analyst L2",
    skills=["Splunk", "Incident triage", "Threat hunting", "EDR", "Phishing analysis"],
    years_experience=5,
    resume_text=(
        "SOC analyst, five years in a 24x7 managed security service: alert triage in Splunk and "
        "CrowdStrike, phishing analysis, threat hunting, escalations and shift hand-overs."
    ),
)
EM_P = dict(
    current_title="Engineering Manager",
    skills=["People management", "Hiring", "Delivery", "Distributed systems", "Go"],
    years_experience=11,
    resume_text=(
        "Engineering manager, eleven years in, the last four managing teams of six to nine "
        "backend engineers: hiring loops, career growth, planning with product, incident "
        "reviews; still reviews code and writes design docs."
    ),
)
TL_P = dict(
    current_title="Senior Software Engineer (Tech Lead)",
    skills=["Java", "Spring Boot", "Microservices", "AWS", "Mentoring"],
    years_experience=9,
    resume_text=(
        "Backend engineer and tech lead, nine years at a bank's tech centre and two product "
        "companies: Java and Spring Boot microservices on AWS, leading a pod of four, design "
        "reviews and interviewing."
    ),
)
SE_P = dict(
    current_title="Senior Solutions Engineer",
    skills=["Technical demos", "Proofs of concept", "APIs", "Enterprise sales", "Python"],
    years_experience=6,
    resume_text=(
        "Solutions engineer, six years selling developer platforms to enterprises: discovery "
        "calls, demos, proofs of concept, security questionnaires, pairing with account "
        "executives on seven-figure deals."
    ),
)
FE_P = dict(
    current_title="Senior Frontend Engineer",
    skills=["TypeScript", "React", "Next.js", "Accessibility", "GraphQL"],
    years_experience=7,
    resume_text=(
        "Frontend engineer, seven years building web apps in TypeScript and React: a Next.js "
        "storefront, a component library, accessibility audits, GraphQL clients and "
        "performance budgets."
    ),
)


def hire(profile: str, persona: dict):
    """People of one kind in the talent pool: the same profile and persona, living in
    ``where``."""

    def make(name, grade, *said, where, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


swe = hire("backend", SWE)
sre = hire("sre", SRE_P)
ds = hire("data_eng", DS_P)
pm = hire("cs", PM_P)
designer = hire("frontend", DESIGNER_P)
appsec = hire("backend", SECURITY_P)
soc = hire("backend", SOC_P)
em = hire("manager", EM_P)
lead = hire("backend", TL_P)
se = hire("sales", SE_P)
fe = hire("frontend", FE_P)

# --- who wrote what -------------------------------------------------------------------------


def screen(days, words) -> dict:
    """What the recruiter typed during a phone screen, as fast as the candidate talked."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def ats(days, words) -> dict:
    """A note typed into Greenhouse, Lever or Ashby by the recruiter."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def slack(days, words) -> dict:
    """A Slack thread from the hiring channel, pasted into the ATS as it stood."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def debrief(days, words) -> dict:
    """The hiring manager's debrief scorecard or summary."""
    return touch(days, "outbound", None, "note", note=words, channel="meeting")


def dm(days, words) -> dict:
    """The candidate's LinkedIn DM (or WhatsApp), as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def mail(days, words) -> dict:
    """The candidate's email."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def lost_final(days, note=None, *, role="Senior Software Engineer") -> dict:
    """Reached the final loop and lost to one other person: a silver medalist."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def declined(days, reason, note, *, past=None, role="Senior Software Engineer") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="onsite", past=None, role="Senior Software Engineer"):
    """Pulled out of our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def turned_away(days, stage, reason, note, *, role="Senior Software Engineer") -> dict:
    """We said no."""
    return app(days, stage, "rejected", reason, note, role=role)


def opening(what: dict, where: dict, *more_offers: str, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and what else it offers."""
    offers = [*where.get("offers", []), *more_offers]
    return {**what, **where, **more, **({"offers": offers} if offers else {})}


# --- what the roles are ---------------------------------------------------------------------

SWE_ROLE = dict(
    title="Senior Software Engineer, Payments",
    department="Engineering",
    seniority="senior",
    requirements="Go or Python in production\nPostgreSQL\nKafka or another event log\n"
    "Distributed systems design",
    description="Build the ledger and payouts services behind our merchant platform.",
)
SRE_ROLE = dict(
    title="Senior Site Reliability Engineer",
    department="Infrastructure",
    seniority="senior",
    requirements="Kubernetes\nTerraform\nAWS\nPrometheus and Grafana\nIncident response",
    description="Keep the platform reliable: SLOs, capacity planning, tooling and incidents.",
)
DS_ROLE = dict(
    title="Senior Data Scientist",
    department="Data",
    seniority="senior",
    requirements="Python and SQL\nExperiment design\nCausal inference or forecasting\n"
    "Communicating results to leadership",
    description="Own experimentation and modelling for the growth and pricing teams.",
)
PM_ROLE = dict(
    title="Senior Product Manager",
    department="Product",
    seniority="senior",
    requirements="B2B SaaS product management\nCustomer discovery\nRoadmapping\nSQL",
    description="Own the roadmap for the admin and billing surfaces of our B2B platform.",
)
DESIGN_ROLE = dict(
    title="Senior Product Designer",
    department="Design",
    seniority="senior",
    requirements="Figma\nInteraction design\nDesign systems\nUser research",
    description="Design the end-to-end onboarding and workspace experience.",
)
SECURITY_ROLE = dict(
    title="Senior Security Engineer",
    department="Security",
    seniority="senior",
    requirements="Application security\nThreat modeling\nAWS security\nPython",
    description="Run product security reviews and build detections for our cloud platform.",
)
SOC_ROLE = dict(
    title="SOC Analyst L2",
    department="Security",
    seniority="mid",
    requirements="SIEM (Splunk or Sentinel)\nIncident triage\nEDR\nThreat hunting",
    description="Triage and investigate alerts for our managed detection service.",
)
EM_ROLE = dict(
    title="Engineering Manager, Platform",
    department="Engineering",
    seniority="lead",
    requirements="Managing backend engineers\nHiring\nDelivery planning\nDistributed systems",
    description="Lead the platform team of seven engineers: people, delivery and technical "
    "direction.",
)
TL_ROLE = dict(
    title="SDE-3 (Backend)",
    department="Engineering",
    seniority="senior",
    requirements="Java and Spring Boot\nMicroservices\nAWS\nMentoring",
    description="Build lending and collections services on Java and AWS.",
)
SE_ROLE = dict(
    title="Senior Solutions Engineer",
    department="Sales",
    seniority="senior",
    requirements="Technical pre-sales\nAPIs and integrations\nDemos and POCs\nEnterprise buyers",
    description="Partner with account executives to win enterprise deals for our API platform.",
)
FE_ROLE = dict(
    title="Senior Frontend Engineer",
    department="Engineering",
    seniority="senior",
    requirements="TypeScript\nReact\nAccessibility\nGraphQL",
    description="Build the web app our customers use every day.",
)

# --- where and how they are worked ----------------------------------------------------------

SF_HYBRID = dict(
    remote_policy="hybrid",
    location="San Francisco, CA",
    offers=["Hybrid: Tuesday to Thursday in our SoMa office"],
)
MENLO_HYBRID = dict(
    remote_policy="hybrid",
    location="Menlo Park, CA",
    offers=["Hybrid: three days a week on the Menlo Park campus"],
)
SEATTLE_HYBRID = dict(
    remote_policy="hybrid",
    location="Seattle, WA",
    offers=["Hybrid: three days a week in our South Lake Union office"],
)
SEATTLE_ONSITE = dict(remote_policy="onsite", location="Seattle, WA")
REDMOND_HYBRID = dict(
    remote_policy="hybrid",
    location="Redmond, WA",
    offers=["Hybrid: three days a week on the Redmond campus"],
)
AUSTIN_HYBRID = dict(
    remote_policy="hybrid",
    location="Austin, TX",
    offers=["Hybrid: two days a week in our Domain office"],
)
NYC_HYBRID = dict(
    remote_policy="hybrid",
    location="New York, NY",
    offers=["Hybrid: three days a week in our Flatiron office"],
)
US_REMOTE = dict(remote_policy="remote", location="Remote (US)", offers=["Fully remote in the US"])
TORONTO_HYBRID = dict(
    remote_policy="hybrid",
    location="Toronto, ON",
    offers=["Hybrid: two days a week in our King West office"],
)
WATERLOO_HYBRID = dict(
    remote_policy="hybrid",
    location="Waterloo, ON",
    offers=["Hybrid: two days a week in our Waterloo office"],
)
MONTREAL_HYBRID = dict(
    remote_policy="hybrid",
    location="Montréal, QC",
    offers=["Hybride : deux jours par semaine au bureau du Mile-End"],
)
VANCOUVER_ONSITE = dict(remote_policy="onsite", location="Vancouver, BC")
CANADA_REMOTE = dict(
    remote_policy="remote", location="Remote (Canada)", offers=["Fully remote within Canada"]
)
TLV_HYBRID = dict(
    remote_policy="hybrid",
    location="Tel Aviv, Israel",
    offers=["Hybrid: three days a week in our Sarona office"],
)
HAIFA_ONSITE = dict(remote_policy="onsite", location="Haifa, Israel")
BLR_HYBRID = dict(
    remote_policy="hybrid",
    location="Bengaluru, India",
    offers=["Hybrid: three days a week at our Bellandur office"],
)
WHITEFIELD_ONSITE = dict(remote_policy="onsite", location="Bengaluru (Whitefield), India")
HYD_ONSITE = dict(remote_policy="onsite", location="Hyderabad, India")
PUNE_HYBRID = dict(
    remote_policy="hybrid",
    location="Pune, India",
    offers=["Hybrid: two days a week at our Baner office"],
)

# --- where the earlier offers were ----------------------------------------------------------

PAST_SEATTLE_RTO = dict(
    remote_policy="onsite", location="Seattle, WA", salary_max=200_000, currency="USD"
)
PAST_SF_185 = dict(
    remote_policy="hybrid", location="San Francisco, CA", salary_max=185_000, currency="USD"
)
PAST_HYD_WFO = dict(
    remote_policy="onsite", location="Hyderabad, India", salary_max=4_500_000, currency="INR"
)
PAST_HERZLIYA = dict(remote_policy="onsite", location="Herzliya, Israel")
PAST_TLV_HYBRID = dict(remote_policy="hybrid", location="Tel Aviv, Israel")
PAST_SF_ONSITE = dict(remote_policy="onsite", location="San Francisco, CA")
PAST_MONTREAL = dict(remote_policy="hybrid", location="Montréal, QC")

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "a LinkedIn DM to stop InMailing for good vs stop InMailing, use my personal email",
        "backend",
        [
            swe(
                "Colby Ardenne",
                0,
                where="San Francisco, CA",
                touches=[
                    dm(
                        45,
                        "Please stop InMailing me. Not interested in your company now or ever, "
                        "take me out of your pipeline.",
                    )
                ],
                excluded=True,
            ),
            swe(
                "Whitney Szabo-Lund",
                2,
                where="San Francisco, CA",
                touches=[
                    dm(
                        45,
                        "Stop InMailing me here, I open LinkedIn maybe once a month lol. "
                        "Personal gmail is way better. And yes, still looking at senior backend "
                        "roles in SF.",
                    )
                ],
            ),
        ],
        **opening(SWE_ROLE, SF_HYBRID),
    ),
    C(
        "'ani lo me'unyan', take me off your list vs beseder, not this one, send one nearer Haifa",
        "backend",
        [
            appsec(
                "Eitan Zohar-Bernstein",
                0,
                where="Haifa, Israel",
                touches=[
                    dm(
                        60,
                        "Ani lo me'unyan. Please take me off your list and don't reach out again, "
                        "toda.",
                    )
                ],
                excluded=True,
            ),
            appsec(
                "Oren Mizrahi-Katz",
                2,
                where="Haifa, Israel",
                touches=[
                    dm(
                        60,
                        "Beseder, not this one - Herzliya is two hours from me on a good day. "
                        "Yalla, send me the next one that's in Haifa or MATAM.",
                    )
                ],
            ),
        ],
        **opening(SECURITY_ROLE, HAIFA_ONSITE),
    ),
    C(
        "Québec French: retirez mon nom vs pas ce poste-là (trop de voyages), réécrivez-moi",
        "cs",
        [
            pm(
                "Mathieu Beauchemin",
                0,
                where="Montréal, QC",
                touches=[
                    mail(
                        80,
                        "Bonjour, veuillez retirer mon nom de vos listes et ne plus me contacter. "
                        "Merci de respecter ma demande.",
                    )
                ],
                excluded=True,
            ),
            pm(
                "Geneviève Thibodeau",
                2,
                where="Montréal, QC",
                touches=[
                    mail(
                        80,
                        "Pas intéressée par ce poste-là, c'était 40 % de déplacements aux "
                        "États-Unis. Mais n'hésitez pas à me réécrire pour un rôle basé à "
                        "Montréal, je suis ouverte.",
                    )
                ],
            ),
        ],
        **opening(PM_ROLE, MONTREAL_HYBRID),
    ),
    C(
        "'kindly remove my profile, do not call henceforth' vs kindly don't call in office hours",
        "backend",
        [
            lead(
                "Venkatesh Thirunavukkarasu",
                0,
                where="Bengaluru, India",
                touches=[
                    mail(
                        30,
                        "Dear Sir/Madam, kindly remove my profile from your database and do not "
                        "call me henceforth. I am not looking for a change. Regards.",
                    )
                ],
                excluded=True,
            ),
            lead(
                "Sudarshan Kulkarni",
                2,
                where="Bengaluru, India",
                touches=[
                    mail(
                        30,
                        "Kindly do not call during office hours, I cannot pick up on the floor. "
                        "WhatsApp is better. Open to SDE-3 opportunities in Bengaluru, please "
                        "share JD.",
                    )
                ],
            ),
        ],
        **opening(TL_ROLE, BLR_HYBRID),
    ),
    C(
        "a screen note: mark her do-not-contact after the ghosting vs upset but feedback owed",
        "frontend",
        [
            designer(
                "Harper Quesnel-Abara",
                0,
                where="New York, NY",
                touches=[
                    screen(
                        120,
                        "Harper picked up but was short - still upset nobody got back to her "
                        "after the onsite last year. Asked to be marked do-not-contact. Honor "
                        "it, no sequences.",
                    )
                ],
                excluded=True,
            ),
            designer(
                "Sloane Adebayo-Marsh",
                2,
                where="New York, NY",
                touches=[
                    screen(
                        120,
                        "Sloane still a bit salty we ghosted her after the onsite last year (fair "
                        "- that's on us, feedback is owed). Said she'd take a call from the "
                        "design director directly for the right role.",
                    )
                ],
            ),
        ],
        **opening(DESIGN_ROLE, NYC_HYBRID),
    ),
    C(
        "Slack: 'unsubscribe me from all of this' vs unsubscribe from the newsletter, DMs fine",
        "data_eng",
        [
            ds(
                "Dana Feldspar",
                0,
                where="Austin, TX",
                touches=[
                    slack(
                        70,
                        "@channel heads up - Dana replied to the re-engagement sequence with "
                        "'unsubscribe me from all of this'. Archived in Ashby, do NOT re-add to "
                        "anything.",
                    )
                ],
                excluded=True,
            ),
            ds(
                "Noa Castellanos",
                2,
                where="Austin, TX",
                touches=[
                    slack(
                        70,
                        "@channel heads up - Noa replied 'pls unsubscribe me from the talent "
                        "newsletter, but if you have an actual DS role just DM me'. Pulled her "
                        "from the newsletter list only.",
                    )
                ],
            ),
        ],
        **opening(DS_ROLE, AUSTIN_HYBRID),
    ),
    C(
        "sarcasm: 'seventh email this month, hard pass forever' vs 'fine, I'll bite'",
        "sre",
        [
            sre(
                "Kendrick Vasquez-Holm",
                0,
                where="Seattle, WA",
                touches=[
                    mail(
                        25,
                        "Wow, seventh email this month. Truly inspiring persistence. Hard pass, "
                        "forever - lose my address.",
                    )
                ],
                excluded=True,
            ),
            sre(
                "Marisol Tennyson",
                2,
                where="Seattle, WA",
                touches=[
                    mail(
                        25,
                        "lol you people really don't give up huh. Fine, I'll bite - what's the "
                        "level and what's the pager like?",
                    )
                ],
            ),
        ],
        **opening(SRE_ROLE, SEATTLE_HYBRID),
    ),
    C(
        "she doesn't want to hear from us again vs her skip-level asked us to stop poaching",
        "manager",
        [
            em(
                "Priyanka Venugopal",
                0,
                where="Seattle, WA",
                touches=[
                    screen(
                        90,
                        "Quick call w/ Priyanka: she's done with big-tech recruiters and asked "
                        "us not to contact her again about anything. Closing the loop.",
                    )
                ],
                excluded=True,
            ),
            em(
                "Lakshmi Arunachalam",
                2,
                where="Seattle, WA",
                touches=[
                    ats(
                        90,
                        "Lakshmi's current skip-level (ex-us) emailed our VP asking us to stop "
                        "poaching from his org. That's HIS ask, not hers - she's actively "
                        "looking and asked to be kept in the loop on EM roles.",
                    )
                ],
            ),
        ],
        **opening(EM_ROLE, SEATTLE_HYBRID),
    ),
    C(
        "a CCPA deletion request vs please update my info, moved to Austin",
        "frontend",
        [
            fe(
                "Tristan Okonkwo-Bell",
                0,
                where="Austin, TX",
                touches=[
                    mail(
                        55,
                        "This is a request under the CCPA to delete the personal information "
                        "your company holds about me and to stop all recruiting outreach to me.",
                    )
                ],
                excluded=True,
            ),
            fe(
                "Juniper Halvorsen",
                2,
                where="Austin, TX",
                touches=[
                    mail(
                        55,
                        "Hey! Please update my info on your side - moved from Oakland to Austin "
                        "in June, new number is 512-555-0148. Keep the frontend roles coming.",
                    )
                ],
            ),
        ],
        **opening(FE_ROLE, AUSTIN_HYBRID),
    ),
    C(
        "Hinglish: 'mujhe call mat karo, remove my number' vs 'abhi call mat karo, in a standup'",
        "backend",
        [
            lead(
                "Rohit Deshmane",
                0,
                where="Pune, India",
                touches=[
                    dm(
                        35,
                        "Please mujhe call mat karo, not interested. Remove my number from your "
                        "list.",
                    )
                ],
                excluded=True,
            ),
            lead(
                "Aniket Jadhavrao",
                2,
                where="Pune, India",
                touches=[
                    dm(
                        35,
                        "Abhi call mat karo, standup mein hoon. Message karo, will call back "
                        "by 6. Interested in the Pune role.",
                    )
                ],
            ),
        ],
        **opening(TL_ROLE, PUNE_HYBRID),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait is over ---------------

WAITS = [
    C(
        "not moving before his February cliff vs past his cliff in August",
        "backend",
        [
            swe(
                "Dashiell Okafor-Trent",
                1,
                where="San Francisco, CA",
                touches=[
                    screen(
                        date(2026, 10, 19),
                        "Joined Stripe last Feb, 1-yr cliff hits Feb 15. Not moving before "
                        "that, would leave ~25% of the grant on the table. Happy to talk "
                        "start dates after.",
                    )
                ],
            ),
            swe(
                "Everett Nakashima",
                2,
                where="San Francisco, CA",
                touches=[
                    screen(
                        date(2026, 9, 21),
                        "Joined Stripe a year ago last August, cliff done, vesting quarterly "
                        "now. Nothing holding him, ready to interview.",
                    )
                ],
            ),
        ],
        **opening(SWE_ROLE, SF_HYBRID),
    ),
    C(
        "Google bonus pays out in March, wants to start after vs got her bonus in March",
        "data_eng",
        [
            ds(
                "Rosalind Achterberg",
                1,
                (
                    "Bonus at Google pays out in March - won't start anywhere before it lands.",
                    date(2026, 11, 2),
                ),
                where="New York, NY",
            ),
            ds(
                "Ifeoma Lindgren",
                2,
                (
                    "Collected her bonus in March, been quietly looking since the spring.",
                    date(2026, 6, 8),
                ),
                where="New York, NY",
            ),
        ],
        **opening(DS_ROLE, NYC_HYBRID),
    ),
    C(
        "his E6 packet is in calibration till late Feb vs promo to E6 landed in September",
        "backend",
        [
            swe(
                "Augustin Pellerin-Shaw",
                1,
                where="Menlo Park, CA",
                touches=[
                    screen(
                        date(2026, 11, 9),
                        "E5 at Meta, promo packet to E6 is in for this half. Calibration wraps "
                        "late Feb - wants to see if it lands before talking to anyone. Circle "
                        "back in March.",
                    )
                ],
            ),
            swe(
                "Caspian Whitlock",
                2,
                where="Menlo Park, CA",
                touches=[
                    screen(
                        date(2026, 10, 5),
                        "E5 at Meta, promo to E6 got punted again in the September "
                        "calibration. Done waiting on it, wants to interview now.",
                    )
                ],
            ),
        ],
        **opening(SWE_ROLE, MENLO_HYBRID),
    ),
    C(
        "won't switch till I-140 is approved, about April vs I-140 approved last year",
        "sre",
        [
            sre(
                "Harsha Vardhan Pemmaraju",
                1,
                where="Seattle, WA",
                touches=[
                    ats(
                        date(2026, 10, 12),
                        "PERM certified in Sept, I-140 filed, no premium processing. He won't "
                        "switch employers till the I-140 is approved - expects that around "
                        "April. Revisit then.",
                    )
                ],
            ),
            sre(
                "Meenakshi Sundaresan",
                2,
                where="Seattle, WA",
                touches=[
                    ats(
                        date(2026, 10, 12),
                        "I-140 approved last year, priority date locked in. H-1B transfer is "
                        "routine for her; ready to move now.",
                    )
                ],
            ),
        ],
        **opening(SRE_ROLE, SEATTLE_HYBRID, "H-1B transfers supported"),
    ),
    C(
        "on parental leave till end of January vs back from parental leave in September",
        "frontend",
        [
            designer(
                "Imogen Ferreira-Blake",
                1,
                where="Toronto, ON",
                touches=[
                    mail(
                        date(2026, 11, 10),
                        "Thanks for thinking of me! I'm on parental leave until the end of "
                        "January, so please check back in February.",
                    )
                ],
            ),
            designer(
                "Clementine Osei",
                2,
                where="Toronto, ON",
                touches=[
                    mail(
                        date(2026, 10, 20),
                        "Back from parental leave since September and ready for something new. "
                        "Happy to chat whenever suits.",
                    )
                ],
            ),
        ],
        **opening(DESIGN_ROLE, TORONTO_HYBRID),
    ),
    C(
        "won't leave mid-launch, GA in March vs shipped the launch in March, now bored",
        "cs",
        [
            pm(
                "Fitzgerald Amankwah",
                1,
                where="Toronto, ON",
                touches=[
                    screen(
                        date(2026, 10, 26),
                        "Leading the Checkout v3 launch at Shopify, GA is end of March. Won't "
                        "leave mid-launch - 'I'm not that guy'. Ping him in April.",
                    )
                ],
            ),
            pm(
                "Bartholomew Nkemelu",
                2,
                where="Toronto, ON",
                touches=[
                    screen(
                        date(2026, 6, 15),
                        "Shipped Checkout v3 at Shopify back in March, went great, now mostly "
                        "maintenance and he's bored. Actively looking.",
                    )
                ],
            ),
        ],
        **opening(PM_ROLE, TORONTO_HYBRID),
    ),
    C(
        "wants to finish a year at Flipkart, next September vs finished his year in September",
        "backend",
        [
            lead(
                "Karthikeyan Subramani",
                1,
                where="Bengaluru, India",
                touches=[
                    screen(
                        date(2026, 11, 16),
                        "Joined Flipkart Sept 2026. Wants to complete one year before any "
                        "switch, doesn't want a short stint on the CV. Reconnect Sept 2027.",
                    )
                ],
            ),
            lead(
                "Manjunath Hegde",
                2,
                where="Bengaluru, India",
                touches=[
                    screen(
                        date(2026, 11, 16),
                        "Completed 1 yr at Flipkart in Sept. Open to switch now, notice 60 "
                        "days, buy-out possible.",
                    )
                ],
            ),
        ],
        **opening(TL_ROLE, BLR_HYBRID),
    ),
    C(
        "called up for miluim till mid-January vs back from miluim since August",
        "backend",
        [
            appsec(
                "Yonatan Ben-Ami",
                1,
                where="Tel Aviv, Israel",
                touches=[
                    dm(
                        date(2026, 11, 9),
                        "Called up for miluim again, out till mid-January at least. Yalla, "
                        "let's talk after.",
                    )
                ],
            ),
            appsec(
                "Amitai Rosenthal",
                2,
                where="Tel Aviv, Israel",
                touches=[
                    dm(
                        date(2026, 10, 12),
                        "Back from miluim since August, all good. Looking for something new, "
                        "send me what you have.",
                    )
                ],
            ),
        ],
        **opening(SECURITY_ROLE, TLV_HYBRID),
    ),
    C(
        "acquisition retention vests June 2027 vs retention paid out in June",
        "backend",
        [
            swe(
                "Ottoline Brandt",
                1,
                (
                    "Retention bonus from the acquisition vests June 2027 - staying put till then.",
                    date(2026, 9, 14),
                ),
                where="Austin, TX",
            ),
            swe(
                "Percival Adeyemi",
                2,
                (
                    "Acquisition retention paid out in June; he's a free agent now.",
                    date(2026, 7, 6),
                ),
                where="Austin, TX",
            ),
        ],
        **opening(SWE_ROLE, AUSTIN_HYBRID),
    ),
    C(
        "'give it a quarter' said in late October vs the same said in May",
        "data_eng",
        [
            ds(
                "Anneliese Mbatha",
                1,
                where="Seattle, WA",
                touches=[
                    mail(
                        date(2026, 10, 26),
                        "Just switched teams internally - give it a quarter and ask me again? I "
                        "want to see how the new org shakes out first.",
                    )
                ],
            ),
            ds(
                "Rosamund Achebe",
                2,
                where="Seattle, WA",
                touches=[
                    mail(
                        date(2026, 5, 4),
                        "I only just switched teams, so give it a quarter and ask me again. "
                        "Want to see how the new org goes.",
                    )
                ],
            ),
        ],
        **opening(DS_ROLE, SEATTLE_HYBRID),
    ),
    C(
        "no move till the green card is in hand, interview in January vs card came in October",
        "frontend",
        [
            fe(
                "Nandini Ramaswamy",
                1,
                where="New York, NY",
                touches=[
                    ats(
                        date(2026, 10, 19),
                        "I-485 interview scheduled for January. She doesn't want to change jobs "
                        "until the card is physically in hand, lawyer's advice. After that, "
                        "very open.",
                    )
                ],
            ),
            fe(
                "Deepika Chandrasekar",
                2,
                where="New York, NY",
                touches=[
                    ats(
                        date(2026, 11, 2),
                        "Green card arrived in October! No more visa strings, she's open to "
                        "anything in NYC.",
                    )
                ],
            ),
        ],
        **opening(FE_ROLE, NYC_HYBRID),
    ),
    C(
        "lawyer says no interviews before March under his garden leave vs non-compete ran out",
        "backend",
        [
            swe(
                "Thaddeus Greenbaum",
                1,
                where="New York, NY",
                touches=[
                    screen(
                        date(2026, 11, 2),
                        "On garden leave from his fund till Apr 30. His lawyer told him not to "
                        "even interview before March. Parking him till then.",
                    )
                ],
            ),
            swe(
                "Lucius Abernathy-Cho",
                2,
                where="New York, NY",
                touches=[
                    screen(
                        date(2026, 11, 2),
                        "His 12-month non-compete from the old fund ran out in September. "
                        "Totally free, interviewing now.",
                    )
                ],
            ),
        ],
        **opening(SWE_ROLE, NYC_HYBRID),
    ),
]

# --- 3. schedule: on-call, pager, overlap hours, weekends, nights -----------------------------

SCHEDULE = [
    C(
        "sarcasm about 3am pages vs a past employer's pager that never bothered her",
        "sre",
        [
            sre(
                "Bastian Kowalczyk",
                0,
                where="San Francisco, CA",
                touches=[
                    dm(
                        40,
                        "Four years of 3am pages at Uber. Would I love to carry a pager again? "
                        "Oh absolutely, can't wait, sign me right up 🙃",
                    )
                ],
            ),
            sre(
                "Rowena Achterhof",
                2,
                where="San Francisco, CA",
                touches=[
                    screen(
                        40,
                        "Was on Uber's 1-in-4 pager for years. Honestly says the on-call never "
                        "bothered her - it was the constant reorgs that made her leave.",
                    )
                ],
            ),
        ],
        **opening(
            SRE_ROLE,
            SF_HYBRID,
            "On-call: one week in four on the primary rotation, paid",
        ),
    ),
    C(
        "no on-call for her because of her husband's call vs her partner carries the pager",
        "backend",
        [
            swe(
                "Cordelia Haverford",
                0,
                where="Austin, TX",
                touches=[
                    screen(
                        60,
                        "Husband is an ER doc with brutal call. She needs predictable evenings, "
                        "so no on-call rotation for her - firm on that.",
                    )
                ],
            ),
            swe(
                "Marguerite Osterberg",
                2,
                where="Austin, TX",
                touches=[
                    screen(
                        60,
                        "Her partner's the one with the pager (SRE at Datadog), and she jokes "
                        "they'd have matching ones. She's fine being on a rotation herself.",
                    )
                ],
            ),
        ],
        **opening(SWE_ROLE, AUSTIN_HYBRID, "You build it, you run it: one week in eight on-call"),
    ),
    C(
        "no more late-night calls with the US vs ten-o'clock standups never an issue",
        "backend",
        [
            lead(
                "Srinivas Bhamidipati",
                0,
                where="Bengaluru, India",
                touches=[
                    screen(
                        50,
                        "Not doing late-night calls with the US any more - three years of 10pm "
                        "IST standups at Cognizant was enough. Wants India hours only.",
                    )
                ],
            ),
            lead(
                "Raghavendra Upadhyaya",
                2,
                where="Bengaluru, India",
                touches=[
                    screen(
                        50,
                        "Did 10pm IST standups with US clients at Cognizant for 3 yrs, no issue. "
                        "Kids are older now, evening overlap actually suits him.",
                    )
                ],
            ),
        ],
        **opening(
            TL_ROLE,
            BLR_HYBRID,
            "Daily overlap with the Seattle team, 8:30 to 10:30pm IST",
            description="Build lending services with a team split between Bengaluru and "
            "Seattle; evening overlap with Seattle every weekday.",
        ),
    ),
    C(
        "weekends are for the kids, no exceptions vs not against a Saturday window with comp time",
        "sre",
        [
            sre(
                "Leopoldo Fairweather",
                0,
                where="Toronto, ON",
                touches=[
                    screen(
                        75,
                        "Weekends are for his kids. No weekend work, no maintenance windows, no "
                        "exceptions - said it twice.",
                    )
                ],
            ),
            sre(
                "Evangeline Kurosawa",
                2,
                where="Toronto, ON",
                touches=[
                    screen(
                        75,
                        "Not against the odd Saturday maintenance window as long as there's "
                        "comp time the week after.",
                    )
                ],
            ),
        ],
        **opening(
            SRE_ROLE,
            TORONTO_HYBRID,
            "One Saturday maintenance window a month, with a day off in lieu",
        ),
    ),
    C(
        "Sunday to Thursday only, no Fridays vs did Monday to Friday on New York hours at Wix",
        "frontend",
        [
            fe(
                "Shira Abergel",
                0,
                where="Tel Aviv, Israel",
                touches=[
                    screen(
                        45,
                        "Israeli week only: Sun-Thu. Friday is family day, and no evening calls "
                        "with NY either. Was very clear.",
                    )
                ],
            ),
            fe(
                "Tamar Ashkenazi-Lev",
                2,
                where="Tel Aviv, Israel",
                touches=[
                    screen(
                        45,
                        "Worked Mon-Fri on New York hours at Wix for four years, used to it, "
                        "says it's beseder.",
                    )
                ],
            ),
        ],
        **opening(
            FE_ROLE,
            TLV_HYBRID,
            "The team works Monday to Friday with New York, overlapping until 8pm Israel time",
        ),
    ),
    C(
        "no night shifts on his doctor's advice vs prefers nights for the allowance",
        "backend",
        [
            soc(
                "Naveen Kothapalli",
                0,
                where="Hyderabad, India",
                touches=[
                    screen(
                        30,
                        "No night shifts. Two years of rotational nights at Wipro's SOC wrecked "
                        "his sleep, doctor told him to stop. General shift only.",
                    )
                ],
            ),
            soc(
                "Saikiran Gundlapalli",
                2,
                where="Hyderabad, India",
                touches=[
                    screen(
                        30,
                        "Did rotational nights at Wipro SOC for 2 yrs. Fine with nights, "
                        "actually prefers them for the shift allowance.",
                    )
                ],
            ),
        ],
        **opening(
            SOC_ROLE,
            HYD_ONSITE,
            "24x7 SOC: rotational shifts including nights, with a night allowance",
        ),
    ),
]

# --- 4. travel ------------------------------------------------------------------------------

TRAVEL = [
    C(
        "a solo parent who can't travel vs hated 80% at Oracle, 50% is fine",
        "sales",
        [
            se(
                "Delphine Okoro-Waite",
                0,
                where="Austin, TX",
                touches=[
                    screen(
                        40,
                        "Solo parent. Can't do more than a couple of nights away a month, so "
                        "field-heavy SE roles are out.",
                    )
                ],
            ),
            se(
                "Rutherford Banerjee",
                2,
                where="Austin, TX",
                touches=[
                    screen(
                        40,
                        "Hated the 80% travel at Oracle, but 50% is totally fine - kids are in "
                        "college now, he likes being in front of customers.",
                    )
                ],
            ),
        ],
        **opening(SE_ROLE, US_REMOTE, "Up to 50% travel to customer sites across North America"),
    ),
    C(
        "Québec French: ne veut plus voyager vs une semaine à SF aux trois mois, aucun problème",
        "cs",
        [
            pm(
                "Josée Lachapelle",
                0,
                where="Montréal, QC",
                touches=[
                    screen(
                        65,
                        "Ne veut plus voyager pour le travail, point final. Elle a déjà donné "
                        "chez Ubisoft.",
                    )
                ],
            ),
            pm(
                "Anne-Sophie Gravel",
                2,
                where="Montréal, QC",
                touches=[
                    screen(
                        65,
                        "Une semaine à SF aux trois mois? Aucun problème, elle trouve même ça "
                        "motivant.",
                    )
                ],
            ),
        ],
        **opening(
            PM_ROLE,
            MONTREAL_HYBRID,
            "Une semaine au siège de San Francisco chaque trimestre",
        ),
    ),
    C(
        "no international travel after the red-eyes vs monthly New York trips never bothered him",
        "backend",
        [
            appsec(
                "Nadav Peretz-Golan",
                0,
                where="Tel Aviv, Israel",
                touches=[
                    screen(
                        55,
                        "No international travel, period. Did enough TLV-JFK red-eyes at Check "
                        "Point for a lifetime.",
                    )
                ],
            ),
            appsec(
                "Gilad Weissberg",
                2,
                where="Tel Aviv, Israel",
                touches=[
                    screen(
                        55,
                        "His Check Point job had a week in New York every month; didn't mind it "
                        "at all, likes seeing the US team face to face.",
                    )
                ],
            ),
        ],
        **opening(SECURITY_ROLE, TLV_HYBRID, "A week in our New York office every month"),
    ),
    C(
        "happy to go onsite to Seattle, B1 valid vs no onsite stints, in-laws need care",
        "backend",
        [
            lead(
                "Prasanna Venkataraman",
                2,
                where="Pune, India",
                touches=[
                    screen(
                        35,
                        "Happy to go onsite, has a valid B1/B2 till 2031. Did two onsite stints "
                        "for a bank before.",
                    )
                ],
            ),
            lead(
                "Girish Bhalerao",
                0,
                where="Pune, India",
                touches=[
                    screen(
                        35,
                        "Won't do onsite stints abroad any more - in-laws live with them and "
                        "need care. Pune only.",
                    )
                ],
            ),
        ],
        **opening(TL_ROLE, PUNE_HYBRID, "Onsite stints in Seattle, two to three months a year"),
    ),
]

# --- 5. visas and work authorisation ---------------------------------------------------------

NO_SPONSOR = "We are unable to sponsor or transfer work visas for this role"

VISA = [
    C(
        "an H-1B that needs a transfer vs a citizen who moved down from Toronto",
        "backend",
        [
            swe(
                "Sharvani Iyengar-Cole",
                0,
                where="New York, NY",
                touches=[screen(40, "On H-1B with Meta, would need a transfer. 4 yrs left.")],
            ),
            swe(
                "Gideon Tremblay-Ross",
                2,
                where="New York, NY",
                touches=[
                    screen(
                        40,
                        "US citizen - grew up in Ohio, moved down from Toronto back in 2019. No "
                        "sponsorship.",
                    )
                ],
            ),
        ],
        **opening(SWE_ROLE, NYC_HYBRID, NO_SPONSOR),
    ),
    C(
        "on an L-1B, would need an H-1B vs came on an L-1 in 2017, green card since 2023",
        "sre",
        [
            sre(
                "Ramakrishnan Iyer-Pillai",
                0,
                where="Seattle, WA",
                touches=[
                    ats(
                        50,
                        "Currently on L-1B (transferred from Bengaluru). Can't switch on an "
                        "L-1, would need H-1B sponsorship to join us.",
                    )
                ],
            ),
            sre(
                "Vidyasagar Mallampalli",
                2,
                where="Seattle, WA",
                touches=[
                    ats(
                        50,
                        "Came over on an L-1 in 2017. Green card since 2023 - no sponsorship "
                        "needed now or later.",
                    )
                ],
            ),
        ],
        **opening(SRE_ROLE, SEATTLE_HYBRID, "No visa sponsorship now or in the future"),
    ),
    C(
        "a PGWP running out in March, would need an LMIA vs PR landed in 2025",
        "data_eng",
        [
            ds(
                "Adaeze Nwachukwu-Reid",
                0,
                where="Toronto, ON",
                touches=[
                    screen(
                        30,
                        "PGWP expires in March. Would need an LMIA-backed work permit to "
                        "stay on - asked if we'd support it.",
                    )
                ],
            ),
            ds(
                "Farrukh Tashkentova",
                2,
                where="Toronto, ON",
                touches=[screen(30, "PR landed in 2025, no permit needed.")],
            ),
        ],
        **opening(
            DS_ROLE,
            TORONTO_HYBRID,
            "Must already be entitled to work in Canada: no work-permit support",
        ),
    ),
    C(
        "in Tel Aviv on her partner's visa, needs her own permit vs made aliyah last year",
        "frontend",
        [
            designer(
                "Madeline Kessler-Obi",
                0,
                where="Tel Aviv, Israel",
                touches=[
                    screen(
                        45,
                        "American, in Tel Aviv on her partner's visa. Would need her own work "
                        "permit to be employed here.",
                    )
                ],
            ),
            designer(
                "Ariella Goldfarb",
                2,
                where="Tel Aviv, Israel",
                touches=[
                    screen(
                        45,
                        "Made aliyah from Brooklyn last year - Israeli citizen, no permit needed.",
                    )
                ],
            ),
        ],
        **opening(DESIGN_ROLE, TLV_HYBRID, "Local hires only: no work-permit sponsorship"),
    ),
    C(
        "her husband's H-1B is being transferred, she's a citizen vs she needs the transfer",
        "backend",
        [
            swe(
                "Lavanya Chidambaram",
                2,
                where="New York, NY",
                touches=[
                    screen(
                        35,
                        "Her husband's H-1B is the one being transferred (he's moving to "
                        "JPMorgan). She's a US citizen - no sponsorship for her.",
                    )
                ],
            ),
            swe(
                "Sowmya Thirumalai",
                0,
                where="New York, NY",
                touches=[
                    screen(
                        35,
                        "She needs an H-1B transfer herself; it's her husband who's the citizen.",
                    )
                ],
            ),
        ],
        **opening(SWE_ROLE, NYC_HYBRID, NO_SPONSOR),
    ),
    C(
        "on an O-1, would need a new petition vs was on an O-1, naturalized last year",
        "data_eng",
        [
            ds(
                "Ilaria Bertolucci-Wynn",
                0,
                where="San Francisco, CA",
                touches=[
                    ats(
                        55,
                        "On an O-1 through her current startup. Any move means a new O-1 "
                        "petition from the new employer.",
                    )
                ],
            ),
            ds(
                "Svetlana Oduya",
                2,
                where="San Francisco, CA",
                touches=[
                    ats(
                        55,
                        "Was on an O-1 at her last startup, naturalized last year. Free to "
                        "work anywhere.",
                    )
                ],
            ),
        ],
        **opening(DS_ROLE, SF_HYBRID, NO_SPONSOR),
    ),
    C(
        "a Canadian on a TN who'd need a new one vs a Canadian with US citizenship through his mom",
        "backend",
        [
            swe(
                "Alistair Fontaine",
                0,
                where="Austin, TX",
                touches=[
                    screen(
                        25,
                        "Canadian, in Austin on a TN through his current job. A move means a "
                        "new TN from the new employer.",
                    )
                ],
            ),
            swe(
                "Graham Lefebvre-Hart",
                2,
                where="Austin, TX",
                touches=[
                    screen(
                        25,
                        "Canadian-born but a dual US citizen through his mom - no visa of any "
                        "kind needed.",
                    )
                ],
            ),
        ],
        **opening(SWE_ROLE, AUSTIN_HYBRID, "No visa support of any kind, TN included"),
    ),
    C(
        "only if it comes with H-1B sponsorship to the US vs won the lottery and stayed home",
        "backend",
        [
            soc(
                "Abhishek Nallamothu",
                0,
                where="Hyderabad, India",
                touches=[
                    screen(
                        40,
                        "Only interested if the role can lead to H-1B sponsorship to the US - "
                        "his whole plan is to move to the States in 2027.",
                    )
                ],
            ),
            soc(
                "Chaitanya Yerramsetti",
                2,
                where="Hyderabad, India",
                touches=[
                    screen(
                        40,
                        "Got picked in the H-1B lottery last year but chose not to go - parents "
                        "here. Settled in Hyderabad, wants to stay.",
                    )
                ],
            ),
        ],
        **opening(SOC_ROLE, HYD_ONSITE, "Hyderabad-based role, no international transfer path"),
    ),
]

# --- 6. contract and hours -------------------------------------------------------------------

CONTRACT = [
    C(
        "full-time with benefits only vs has contracted for years and prefers it",
        "backend",
        [
            swe(
                "Wendell Achison",
                0,
                where="Seattle, WA",
                touches=[
                    screen(
                        50,
                        "FTE with benefits only. Tried contracting in 2022 and lost his health "
                        "insurance between gigs - never again.",
                    )
                ],
            ),
            swe(
                "Philippa Draycott",
                2,
                where="Seattle, WA",
                touches=[
                    screen(
                        50,
                        "Has contracted for years, W2 or C2C, doesn't care which. Prefers "
                        "contracts - likes the gaps between them for travel.",
                    )
                ],
            ),
        ],
        **opening(
            SWE_ROLE,
            SEATTLE_HYBRID,
            "Six-month W2 contract, likely extension",
            title="Senior Software Engineer (6-month contract)",
        ),
    ),
    C(
        "1099 through her LLC only vs a v-dash who wants a blue badge",
        "backend",
        [
            swe(
                "Temperance Mwangi",
                0,
                where="Seattle, WA",
                touches=[
                    ats(
                        65,
                        "Only does 1099 / C2C through her own LLC. Won't go back to W2 "
                        "employment at all.",
                    )
                ],
            ),
            swe(
                "Ignatius Hallorann",
                2,
                where="Seattle, WA",
                touches=[
                    ats(
                        65,
                        "Two years as a v-dash at Microsoft through a vendor. Wants a blue "
                        "badge - a real FTE job with stock and benefits.",
                    )
                ],
            ),
        ],
        **opening(SWE_ROLE, REDMOND_HYBRID, "Full-time employee role with benefits and RSUs"),
    ),
    C(
        "three days a week while she finishes her MFA vs full-time only",
        "frontend",
        [
            designer(
                "Wilhelmina Achterberg-Rao",
                2,
                where="Toronto, ON",
                touches=[
                    mail(
                        40,
                        "I'd love something at three days a week while I finish my MFA at OCAD. "
                        "Not looking for full-time till that's done.",
                    )
                ],
            ),
            designer(
                "Octavia Pemberton",
                0,
                where="Toronto, ON",
                touches=[
                    mail(
                        40,
                        "Full-time only for me, I need the full income - rent in Toronto is "
                        "no joke.",
                    )
                ],
            ),
        ],
        **opening(
            DESIGN_ROLE,
            TORONTO_HYBRID,
            "Part-time: 0.6 FTE, three days a week",
            title="Senior Product Designer (part-time, 3 days a week)",
        ),
    ),
    C(
        "no third-party payroll or C2H vs converted after six months last time",
        "backend",
        [
            lead(
                "Mahesh Kondapalli",
                0,
                where="Hyderabad, India",
                touches=[
                    screen(
                        30,
                        "Not considering third-party payroll or C2H. Only direct company rolls.",
                    )
                ],
            ),
            lead(
                "Sreekanth Vemulapalli",
                2,
                where="Hyderabad, India",
                touches=[
                    screen(
                        30,
                        "Fine with C2H - at his last company he was on a vendor's payroll and "
                        "got converted after 6 months.",
                    )
                ],
            ),
        ],
        **opening(
            TL_ROLE,
            HYD_ONSITE,
            "Contract-to-hire: six months on a partner's payroll, then conversion",
        ),
    ),
    C(
        "permanent only after a mat-leave cover went nowhere vs a 12-month term suits her",
        "cs",
        [
            pm(
                "Rosalie Desrochers",
                0,
                where="Toronto, ON",
                touches=[
                    screen(
                        55,
                        "Permanent only. Her last role was a mat-leave cover that ended with no "
                        "conversion, not doing that again.",
                    )
                ],
            ),
            pm(
                "Cassandra Mbeki-Hall",
                2,
                where="Toronto, ON",
                touches=[
                    screen(
                        55,
                        "A 12-month contract actually suits her - she's going back to school in "
                        "fall 2028.",
                    )
                ],
            ),
        ],
        **opening(
            PM_ROLE,
            TORONTO_HYBRID,
            "12-month fixed-term contract covering a parental leave",
            title="Senior Product Manager (12-month contract)",
        ),
    ),
]

# --- 7. commute -----------------------------------------------------------------------------

COMMUTE = [
    C(
        "won't do the 101 to the Peninsula again vs loved the shuttle from the Mission",
        "backend",
        [
            swe(
                "Fenwick Oyelowo",
                0,
                where="San Francisco, CA",
                touches=[
                    screen(
                        45,
                        "Lives in the Mission. Won't do the 101 down to the Peninsula again - "
                        "did it 3 yrs for Facebook, never again.",
                    )
                ],
            ),
            swe(
                "Ingrid Castellano-Wu",
                2,
                where="San Francisco, CA",
                touches=[
                    screen(
                        45,
                        "Lives in the Mission. Used to take the Facebook shuttle to Menlo Park "
                        "and loved the wifi time, would happily do it again.",
                    )
                ],
            ),
        ],
        **opening(SWE_ROLE, MENLO_HYBRID, "Commuter shuttles from San Francisco"),
    ),
    C(
        "not crossing the 520 three times a week vs light rail makes Redmond easy",
        "frontend",
        [
            fe(
                "Barnaby Yamaguchi",
                0,
                where="Seattle, WA",
                touches=[
                    dm(
                        30,
                        "I'm on Capitol Hill. Not crossing the 520 three times a week, Redmond "
                        "is a no for me.",
                    )
                ],
            ),
            fe(
                "Genevieve Oduya-Park",
                2,
                where="Seattle, WA",
                touches=[
                    dm(
                        30,
                        "Capitol Hill here - Redmond's fine now, the light rail goes right to "
                        "the campus.",
                    )
                ],
            ),
        ],
        **opening(FE_ROLE, REDMOND_HYBRID),
    ),
    C(
        "two hours each way on ORR from JP Nagar vs ready to shift near Whitefield",
        "backend",
        [
            lead(
                "Vishwanath Gowda",
                0,
                where="Bengaluru (JP Nagar), India",
                touches=[
                    screen(
                        25,
                        "Stays in JP Nagar. Whitefield is 2 hrs each way on ORR, not doing it "
                        "5 days a week.",
                    )
                ],
            ),
            lead(
                "Harish Nanjundappa",
                2,
                where="Bengaluru (JP Nagar), India",
                touches=[
                    screen(
                        25,
                        "Stays in JP Nagar but ready to shift to a flat near Whitefield for "
                        "the right role, lease is month-to-month.",
                    )
                ],
            ),
        ],
        **opening(TL_ROLE, WHITEFIELD_ONSITE),
    ),
    C(
        "won't do the GO train to Waterloo vs already does it twice a week",
        "data_eng",
        [
            ds(
                "Percy Lalonde-Mensah",
                0,
                where="Toronto, ON",
                touches=[
                    screen(
                        35,
                        "Won't do the GO train to Kitchener-Waterloo, two hours each way. "
                        "Toronto offices only.",
                    )
                ],
            ),
            ds(
                "Henrietta Vasilescu",
                2,
                where="Toronto, ON",
                touches=[
                    screen(
                        35,
                        "Already does Toronto-Waterloo on the GO twice a week for her current "
                        "job, reads on the train, no problem.",
                    )
                ],
            ),
        ],
        **opening(DS_ROLE, WATERLOO_HYBRID),
    ),
    C(
        "Haifa is too far from Tel Aviv vs an hour on the train is fine every day",
        "backend",
        [
            appsec(
                "Itamar Shalev-Dror",
                0,
                where="Tel Aviv, Israel",
                touches=[
                    screen(
                        50,
                        "Lives in Florentin. Haifa is too far, the train's a nightmare, he "
                        "won't do it daily.",
                    )
                ],
            ),
            appsec(
                "Yael Bar-Natan",
                2,
                where="Tel Aviv, Israel",
                touches=[
                    screen(
                        50,
                        "Lives in Florentin. Haifa every day is fine - an hour on the "
                        "train, she gets work done on it.",
                    )
                ],
            ),
        ],
        **opening(SECURITY_ROLE, HAIFA_ONSITE),
    ),
]

# --- 8. pay against the band -----------------------------------------------------------------

PAY = [
    C(
        "won't move under $450k TC vs at ~$300k TC wanting 340, an L5 band of $320-380k TC",
        "backend",
        [
            swe(
                "Montgomery Abiola",
                0,
                where="San Francisco, CA",
                touches=[
                    screen(
                        30,
                        "E5 at Meta, ~$420k TC. Won't move for less than $450k TC all-in.",
                    )
                ],
            ),
            swe(
                "Quentin Raghavan",
                2,
                where="San Francisco, CA",
                touches=[
                    screen(
                        30,
                        "~$300k TC at a Series C, mostly paper. Wants a bump to 340ish with "
                        "liquid RSUs.",
                    )
                ],
            ),
        ],
        **opening(
            SWE_ROLE,
            SF_HYBRID,
            "Base $190k-$230k plus RSUs: total compensation about $320k-$380k at L5",
            salary_min=190_000,
            salary_max=230_000,
            currency="USD",
        ),
    ),
    C(
        "needs $250k base, equity is monopoly money vs ~200 base is fine, cares about refreshers",
        "backend",
        [
            swe(
                "Bellamy Chukwuma",
                0,
                where="Seattle, WA",
                touches=[
                    screen(
                        40,
                        "Needs $250k base minimum. Equity is monopoly money to her after the "
                        "2022 drawdown.",
                    )
                ],
            ),
            swe(
                "Henrike Sorensen-Diaz",
                2,
                where="Seattle, WA",
                touches=[
                    screen(
                        40,
                        "Base around 200 is fine. Cares more about refreshers than the number "
                        "on the offer letter.",
                    )
                ],
            ),
        ],
        **opening(
            SWE_ROLE,
            SEATTLE_HYBRID,
            "Base $180k-$215k plus RSUs and annual refreshers",
            salary_min=180_000,
            salary_max=215_000,
            currency="USD",
        ),
    ),
    C(
        "CTC 52 LPA expecting 80 fixed vs CTC 38 expecting a 30% hike, a 45-60 LPA band",
        "backend",
        [
            lead(
                "Shashank Purohit",
                0,
                where="Bengaluru, India",
                touches=[screen(20, "CCTC 52 LPA. ECTC 80 fixed, won't consider less.")],
            ),
            lead(
                "Adarsh Nagaraj",
                2,
                where="Bengaluru, India",
                touches=[screen(20, "CCTC 38 LPA, expecting ~30% hike, so around 50.")],
            ),
        ],
        **opening(
            TL_ROLE,
            BLR_HYBRID,
            "CTC ₹45-60 LPA (fixed plus variable)",
            salary_min=4_500_000,
            salary_max=6_000_000,
            currency="INR",
        ),
    ),
    C(
        "ECTC 28L with another offer at 26 vs ECTC 16L negotiable, a 12-18 LPA band",
        "backend",
        [
            soc(
                "Venugopal Thatikonda",
                0,
                where="Hyderabad, India",
                touches=[
                    screen(
                        25,
                        "ECTC 28L. Holding an offer at 26L from a Big 4, wants us to beat it.",
                    )
                ],
            ),
            soc(
                "Bhargavi Pasupuleti",
                2,
                where="Hyderabad, India",
                touches=[screen(25, "ECTC 16L, negotiable. Notice 30 days.")],
            ),
        ],
        **opening(
            SOC_ROLE,
            HYD_ONSITE,
            "CTC ₹12-18 LPA plus night allowance",
            salary_min=1_200_000,
            salary_max=1_800_000,
            currency="INR",
        ),
    ),
    C(
        "190 CAD base with a US offer in hand vs happy around 160-170k, a C$150-175k band",
        "data_eng",
        [
            ds(
                "Émeric Valiquette",
                0,
                where="Toronto, ON",
                touches=[
                    screen(
                        35,
                        "Wants 190 CAD base minimum - has a US remote offer in hand paying in USD.",
                    )
                ],
            ),
            ds(
                "Rosemary Anand-Clarke",
                2,
                where="Toronto, ON",
                touches=[screen(35, "Happy around 160-170k CAD base.")],
            ),
        ],
        **opening(
            DS_ROLE,
            TORONTO_HYBRID,
            "Base C$150k-C$175k plus stock options",
            salary_min=150_000,
            salary_max=175_000,
            currency="CAD",
        ),
    ),
    C(
        "asking 58K a month gross plus a car vs 42K a month, a 38-45K monthly band",
        "backend",
        [
            appsec(
                "Ohad Lichtenstein",
                0,
                where="Tel Aviv, Israel",
                touches=[
                    screen(
                        30,
                        "Asking 58K a month gross plus a company car and full keren hishtalmut.",
                    )
                ],
            ),
            appsec(
                "Liron Abutbul",
                2,
                where="Tel Aviv, Israel",
                touches=[screen(30, "Asking 42K a month gross, flexible on the rest.")],
            ),
        ],
        **opening(
            SECURITY_ROLE,
            TLV_HYBRID,
            "₪38,000-₪45,000 gross a month, keren hishtalmut and options",
            salary_min=456_000,
            salary_max=540_000,
            currency="ILS",
        ),
    ),
    C(
        "on $260k base but would take ~200 vs on $180k and wants 260, a $190-230k band",
        "backend",
        [
            swe(
                "Evangelina Marchetti",
                2,
                where="New York, NY",
                touches=[
                    screen(
                        45,
                        "Currently $260k base at Google, but says she'd take ~200 for the right "
                        "team - knows she's overpaid for the level.",
                    )
                ],
            ),
            swe(
                "Constance Oyediran",
                0,
                where="New York, NY",
                touches=[
                    screen(
                        45,
                        "Currently $180k base. Won't move for under $260k base, says the market "
                        "owes her.",
                    )
                ],
            ),
        ],
        **opening(
            SWE_ROLE,
            NYC_HYBRID,
            salary_min=190_000,
            salary_max=230_000,
            currency="USD",
        ),
    ),
    C(
        "cash not paper, 220 minimum vs a lower base for real equity, a Series A offer",
        "backend",
        [
            swe(
                "Lysander Obuya",
                0,
                where="San Francisco, CA",
                touches=[
                    screen(
                        35,
                        "Needs cash not paper. Base 220 minimum; startup equity is lottery "
                        "tickets as far as he's concerned.",
                    )
                ],
            ),
            swe(
                "Marisela Thorvaldsen",
                2,
                where="San Francisco, CA",
                touches=[
                    screen(
                        35,
                        "OK with a lower base if the equity is meaningful - thinks like a "
                        "founder, wants ownership.",
                    )
                ],
            ),
        ],
        **opening(
            SWE_ROLE,
            SF_HYBRID,
            "Base $160k-$180k plus 0.3-0.5% equity at a Series A",
            salary_min=160_000,
            salary_max=180_000,
            currency="USD",
        ),
    ),
    C(
        "won't go under $140 an hour vs $100 an hour on W2 works, a $95-110 contract",
        "sre",
        [
            sre(
                "Cornelius Abara",
                0,
                where="Seattle, WA",
                touches=[screen(20, "Won't take less than $140/hr W2. Not budging.")],
            ),
            sre(
                "Wilhelm Takahashi",
                2,
                where="Seattle, WA",
                touches=[screen(20, "$100/hr W2 works for him, just wants to keep billing.")],
            ),
        ],
        **opening(
            SRE_ROLE,
            SEATTLE_HYBRID,
            "$95-$110 an hour on W2, six-month contract",
            title="Site Reliability Engineer (6-month contract)",
        ),
    ),
]

# --- 9. last time's reason, resolved by this role or still standing --------------------------

RESOLVED = [
    C(
        "declined a five-day RTO, this role is remote vs wanted L6, this is L5 again",
        "backend",
        [
            swe(
                "Annika Brightwater",
                2,
                where="Spokane, WA",
                apps=[
                    declined(
                        260,
                        "remote_policy",
                        "Declined: 5-day RTO in Seattle, she's in Spokane and won't move.",
                        past=PAST_SEATTLE_RTO,
                    )
                ],
            ),
            swe(
                "Lorelei Kagame",
                0,
                where="Spokane, WA",
                apps=[
                    declined(
                        260,
                        "experience_level",
                        "Declined: we offered L5, she wanted L6 and wouldn't budge.",
                        past=PAST_SEATTLE_RTO,
                    )
                ],
            ),
        ],
        **opening(SWE_ROLE, US_REMOTE, title="Senior Software Engineer (L5), Payments"),
    ),
    C(
        "asked $210k against a $185k cap, now $200-240k vs wanted $280k",
        "backend",
        [
            swe(
                "Sebastiano Orrell",
                2,
                where="San Francisco, CA",
                apps=[
                    declined(
                        300,
                        "compensation",
                        "Asked $210k base, band capped at $185k. Parted on good terms.",
                        past=PAST_SF_185,
                    )
                ],
            ),
            swe(
                "Ramona Eskildsen",
                0,
                where="San Francisco, CA",
                apps=[
                    declined(
                        300,
                        "compensation",
                        "Wanted $280k base; our cap was $185k. Not close.",
                        past=PAST_SF_185,
                    )
                ],
            ),
        ],
        **opening(SWE_ROLE, SF_HYBRID, salary_min=200_000, salary_max=240_000, currency="USD"),
    ),
    C(
        "withdrew over a 30-day joining date, now we wait out 90 days vs wanted fully remote",
        "backend",
        [
            lead(
                "Pradeep Kallianpur",
                2,
                where="Bengaluru, India",
                apps=[
                    withdrew(
                        220,
                        "timing",
                        "Withdrew: we needed joining in 30 days, his notice is 90 with no buy-out.",
                        role="SDE-3 (Backend)",
                    )
                ],
            ),
            lead(
                "Dinesh Ramachandran",
                0,
                where="Bengaluru, India",
                apps=[
                    withdrew(
                        220,
                        "remote_policy",
                        "Withdrew: wanted fully remote, the role was 5 days WFO.",
                        past=PAST_HYD_WFO,
                        role="SDE-3 (Backend)",
                    )
                ],
            ),
        ],
        **opening(
            TL_ROLE,
            BLR_HYBRID,
            "We can wait out a 90-day notice period and reimburse a notice buy-out",
        ),
    ),
    C(
        "offer pulled as we couldn't sponsor, now we do vs the 1-in-4 pager, same pager now",
        "sre",
        [
            sre(
                "Anirudh Bhattacharjee",
                2,
                where="Seattle, WA",
                apps=[
                    turned_away(
                        280,
                        "offer",
                        "other",
                        "Offer pulled - we couldn't sponsor his H-1B transfer back then. Team "
                        "loved him.",
                        role="Site Reliability Engineer",
                    )
                ],
            ),
            sre(
                "Theodora Wakefield",
                0,
                where="Seattle, WA",
                apps=[
                    declined(
                        280,
                        "other",
                        "Declined: the 1-in-4 pager was a dealbreaker for her.",
                        role="Site Reliability Engineer",
                    )
                ],
            ),
        ],
        **opening(
            SRE_ROLE,
            SEATTLE_HYBRID,
            "H-1B transfers supported",
            "On-call: one week in four, paid",
        ),
    ),
    C(
        "declined the payments pager, this role has no on-call vs wanted to manage, still IC",
        "backend",
        [
            swe(
                "Caius Lindqvist-Obi",
                2,
                where="New York, NY",
                apps=[
                    declined(
                        200,
                        "other",
                        "Declined: the 1-in-3 pager on the payments team was a dealbreaker.",
                    )
                ],
            ),
            swe(
                "Evander Mukherjee",
                0,
                where="New York, NY",
                apps=[
                    declined(
                        200,
                        "other",
                        "Declined: wanted to manage people, the role was IC.",
                    )
                ],
            ),
        ],
        **opening(
            SWE_ROLE,
            NYC_HYBRID,
            "No on-call: the platform SRE team carries the pager",
        ),
    ),
    C(
        "pulled out over the daily drive to Herzliya, this is Sarona vs wanted fully remote",
        "backend",
        [
            appsec(
                "Michal Avrahami",
                2,
                where="Tel Aviv, Israel",
                apps=[
                    withdrew(
                        180,
                        "location",
                        "Pulled out - didn't want the daily drive from Tel Aviv to Herzliya "
                        "Pituach.",
                        past=PAST_HERZLIYA,
                        role="Security Engineer",
                    )
                ],
            ),
            appsec(
                "Dvir Halperin",
                0,
                where="Tel Aviv, Israel",
                apps=[
                    withdrew(
                        180,
                        "remote_policy",
                        "Pulled out - wanted fully remote, not three days in the office.",
                        past=PAST_TLV_HYBRID,
                        role="Security Engineer",
                    )
                ],
            ),
        ],
        **opening(SECURITY_ROLE, TLV_HYBRID),
    ),
    C(
        "declined moving to SF, this role is in Montréal vs wanted to work in English",
        "cs",
        [
            pm(
                "Élodie Charbonneau",
                2,
                where="Montréal, QC",
                apps=[
                    declined(
                        240,
                        "location",
                        "Offer required relocating to SF; she wouldn't leave Montréal.",
                        past=PAST_SF_ONSITE,
                        role="Product Manager",
                    )
                ],
            ),
            pm(
                "Maxime Ouellet-Park",
                0,
                where="Montréal, QC",
                apps=[
                    declined(
                        240,
                        "other",
                        "A décliné : voulait travailler en anglais, l'équipe fonctionnait "
                        "surtout en français.",
                        past=PAST_MONTREAL,
                        role="Product Manager",
                    )
                ],
            ),
        ],
        **opening(PM_ROLE, MONTREAL_HYBRID, "L'équipe travaille en français"),
    ),
]

# --- 10. negation and scope ------------------------------------------------------------------

NEGATIONS = [
    C(
        "wouldn't say no to paid on-call vs would say no to on-call, paid or not",
        "sre",
        [
            sre(
                "Thorsten Abioye",
                2,
                where="Austin, TX",
                touches=[screen(40, "Wouldn't say no to on-call if it's paid and sane.")],
            ),
            sre(
                "Gwendolyn Farouk",
                0,
                where="Austin, TX",
                touches=[screen(40, "Would say no to on-call, paid or not. Done with pagers.")],
            ),
        ],
        **opening(SRE_ROLE, AUSTIN_HYBRID, "On-call: one week in six, paid per shift"),
    ),
    C(
        "never had a problem with RTO itself, it was the drive vs a problem with RTO, full stop",
        "backend",
        [
            swe(
                "Marguerite Delacroix-Oni",
                2,
                where="San Francisco, CA",
                touches=[
                    screen(
                        60,
                        "Never had a problem with RTO as such - it was the 90-minute drive in "
                        "from Tracy she hated. Moved to the Inner Sunset in the summer.",
                    )
                ],
            ),
            swe(
                "Octavian Berglund",
                0,
                where="San Francisco, CA",
                touches=[
                    screen(
                        60,
                        "Has a problem with RTO, full stop. Remote or nothing, even in the city.",
                    )
                ],
            ),
        ],
        **opening(SWE_ROLE, SF_HYBRID),
    ),
    C(
        "not remote-only, two days is fine vs remote-only",
        "frontend",
        [
            designer(
                "Isadora Fennimore",
                2,
                where="Austin, TX",
                touches=[dm(30, "Not remote-only btw! Two days in is totally fine.")],
            ),
            designer(
                "Cosima Adeyemi-Stone",
                0,
                where="Austin, TX",
                touches=[dm(30, "Remote-only for me, sorry.")],
            ),
        ],
        **opening(DESIGN_ROLE, AUSTIN_HYBRID),
    ),
    C(
        "not opposed to managing, acting EM for six months vs opposed, stays on the IC track",
        "manager",
        [
            lead(
                "Sandeep Ravindranath",
                2,
                where="Bengaluru, India",
                touches=[
                    screen(
                        45,
                        "Not opposed to managing at all - has been acting EM for six months "
                        "while his manager was on leave, liked it.",
                    )
                ],
            ),
            lead(
                "Kiran Bellamkonda",
                0,
                where="Bengaluru, India",
                touches=[
                    screen(
                        45,
                        "Opposed to managing. Wants to stay on the IC track, principal some day.",
                    )
                ],
            ),
        ],
        **opening(EM_ROLE, BLR_HYBRID),
    ),
    C(
        "no crypto trading, but chain analytics for compliance is fine vs no crypto anything",
        "backend",
        [
            swe(
                "Anselm Whitford",
                2,
                where="New York, NY",
                touches=[
                    screen(
                        50,
                        "No crypto trading or exchanges - but compliance and analytics on chain "
                        "data is fine, 'that's catching the bad guys'.",
                    )
                ],
            ),
            swe(
                "Rosalind Tiwari-Brooks",
                0,
                where="New York, NY",
                touches=[
                    screen(
                        50,
                        "No crypto anything, not even adjacent. Saw FTX up close.",
                    )
                ],
            ),
        ],
        **opening(
            SWE_ROLE,
            NYC_HYBRID,
            "Blockchain analytics that help banks' compliance teams catch money laundering",
            description="Build the pipelines behind our blockchain analytics product for AML "
            "compliance teams at banks.",
        ),
    ),
    C(
        "money wasn't why she left Meta, the reorgs were vs left for the money, wants a jump",
        "cs",
        [
            pm(
                "Beatrix Valdivia",
                2,
                where="New York, NY",
                touches=[
                    screen(
                        35,
                        "Money wasn't why she left Meta - the reorgs were. Fine with a lower "
                        "TC for a calmer place.",
                    )
                ],
            ),
            pm(
                "Clarissa Ogunleye",
                0,
                where="New York, NY",
                touches=[
                    screen(
                        35,
                        "Left Meta for the money and wants a TC jump over her $380k package.",
                    )
                ],
            ),
        ],
        **opening(
            PM_ROLE,
            NYC_HYBRID,
            "Total compensation around $250k",
            salary_min=170_000,
            salary_max=200_000,
            currency="USD",
        ),
    ),
    C(
        "Québec French: pas contre deux jours au bureau vs refuse d'y retourner",
        "data_eng",
        [
            ds(
                "Frédérique Bouchard",
                2,
                where="Montréal, QC",
                touches=[
                    screen(
                        40,
                        "Elle n'est pas contre deux jours au bureau, tant que c'est flexible.",
                    )
                ],
            ),
            ds(
                "Jean-Philippe Marcoux",
                0,
                where="Montréal, QC",
                touches=[
                    screen(
                        40,
                        "Refuse de retourner au bureau, même une journée par semaine.",
                    )
                ],
            ),
        ],
        **opening(DS_ROLE, MONTREAL_HYBRID),
    ),
]

# --- 11. work mode said in one place of the role only -----------------------------------------

WORK_MODE = [
    C(
        "on-site said only in the policy field: remote-only vs misses whiteboarding",
        "backend",
        [
            swe(
                "Ezekiel Hartigan",
                0,
                where="Austin, TX",
                touches=[screen(50, "Remote-only since 2020, won't give that up.")],
            ),
            swe(
                "Magdalena Oyelaran",
                2,
                where="Austin, TX",
                touches=[
                    screen(
                        50,
                        "Misses whiteboarding in person - wants to be in an office most days.",
                    )
                ],
            ),
        ],
        **opening(SWE_ROLE, dict(remote_policy="onsite", location="Austin, TX")),
    ),
    C(
        "remote said only in the description: remote only vs wants an office five days",
        "backend",
        [
            swe(
                "Peregrine Castellanos",
                2,
                where="Denver, CO",
                touches=[
                    screen(
                        40,
                        "Remote only - moved to Denver for the mountains and isn't going anywhere.",
                    )
                ],
            ),
            swe(
                "Dorothea Ambrose-Kim",
                0,
                where="Denver, CO",
                touches=[
                    screen(
                        40,
                        "Wants an office five days a week - lives alone and WFH is killing her.",
                    )
                ],
            ),
        ],
        **opening(
            SWE_ROLE,
            dict(remote_policy=None, location="United States"),
            description="Build the ledger and payouts services. This role is fully remote "
            "anywhere in the US; we meet in person twice a year.",
        ),
    ),
    C(
        "remote said only in the title: won't go back to an office vs needs one",
        "sre",
        [
            sre(
                "Lachlan Beaudoin",
                2,
                where="Toronto, ON",
                touches=[screen(30, "Remote. Won't go back to an office downtown.")],
            ),
            sre(
                "Serafina Oduya-Grant",
                0,
                where="Toronto, ON",
                touches=[
                    screen(
                        30,
                        "Needs an office - tiny condo, partner also WFH. Wants 4-5 days in.",
                    )
                ],
            ),
        ],
        **opening(
            SRE_ROLE,
            dict(remote_policy=None, location="Canada"),
            title="Senior Site Reliability Engineer (Remote, Canada)",
        ),
    ),
    C(
        "four days a week said only in the offers: quit over badge tracking vs likes being in",
        "data_eng",
        [
            ds(
                "Cornelia Vasquez-Lind",
                0,
                where="Bellevue, WA",
                touches=[
                    screen(
                        55,
                        "Quit Amazon over the RTO badge-swipe tracking. Won't do 4+ days in "
                        "anywhere.",
                    )
                ],
            ),
            ds(
                "Horatio Nakamura-Price",
                2,
                where="Bellevue, WA",
                touches=[
                    screen(
                        55,
                        "Actually likes being in. Four days is fine, misses the people.",
                    )
                ],
            ),
        ],
        **opening(
            DS_ROLE,
            dict(
                remote_policy=None,
                location="Bellevue, WA",
                offers=["Four days a week in our Bellevue office, badge swipes tracked"],
            ),
        ),
    ),
    C(
        "'ani lo chozer la-misrad' vs three days in Sarona, beseder",
        "cs",
        [
            pm(
                "Noam Friedlander",
                0,
                where="Tel Aviv, Israel",
                touches=[
                    screen(
                        45,
                        "Only WFH. His words: 'ani lo chozer la-misrad' - not going back to an "
                        "office.",
                    )
                ],
            ),
            pm(
                "Hila Rosenbaum",
                2,
                where="Tel Aviv, Israel",
                touches=[
                    screen(
                        45,
                        "Three days in Sarona? Beseder. Misses the office coffee, honestly.",
                    )
                ],
            ),
        ],
        **opening(PM_ROLE, TLV_HYBRID),
    ),
]

# --- 12. location and relocation --------------------------------------------------------------

LOCATIONS = [
    C(
        "moving to Hyderabad with his wife's transfer vs won't leave Bengaluru",
        "backend",
        [
            lead(
                "Ashwin Kodandaram",
                2,
                where="Bengaluru, India",
                touches=[
                    screen(
                        30,
                        "Moving to Hyderabad in Jan, wife got transferred there. Wants roles "
                        "in Hyd.",
                    )
                ],
            ),
            lead(
                "Gautam Siddalingaiah",
                0,
                where="Bengaluru, India",
                touches=[
                    screen(
                        30,
                        "Won't relocate from Bengaluru - own house in Jayanagar, parents live "
                        "with him.",
                    )
                ],
            ),
        ],
        **opening(TL_ROLE, HYD_ONSITE),
    ),
    C(
        "her brother's moving to Vancouver, she's staying vs wants to move to Vancouver",
        "data_eng",
        [
            ds(
                "Priscilla Okonjo-Laurent",
                0,
                where="Toronto, ON",
                touches=[
                    screen(
                        50,
                        "Her brother's moving to Vancouver next year; she's staying in "
                        "Toronto, not following.",
                    )
                ],
            ),
            ds(
                "Saoirse Delgado",
                2,
                where="Toronto, ON",
                touches=[
                    screen(
                        50,
                        "Wants to move to Vancouver next year, partner's family is there. "
                        "Would relocate for the right job.",
                    )
                ],
            ),
        ],
        **opening(DS_ROLE, VANCOUVER_ONSITE),
    ),
    C(
        "left NYC in 2021 and never going back vs misses NYC, would move back",
        "frontend",
        [
            fe(
                "Barrett Ingersoll",
                0,
                where="Austin, TX",
                touches=[dm(40, "Left NYC in 2021 and never going back. Austin forever.")],
            ),
            fe(
                "Celestine Abernathy",
                2,
                where="Austin, TX",
                touches=[dm(40, "Honestly miss NYC. Would move back for the right role.")],
            ),
        ],
        **opening(FE_ROLE, NYC_HYBRID),
    ),
    C(
        "staying in Seattle for his wife's job vs moving back to Vancouver in the spring",
        "sre",
        [
            sre(
                "Desmond Leclair",
                0,
                where="Seattle, WA",
                touches=[
                    screen(
                        35,
                        "Canadian but lives in Seattle, not moving back - wife's job is here.",
                    )
                ],
            ),
            sre(
                "Morgan Tessier-Obi",
                2,
                where="Seattle, WA",
                touches=[
                    screen(
                        35,
                        "Moving back to Vancouver in the spring to be near family. Wants a "
                        "Canadian employer.",
                    )
                ],
            ),
        ],
        **opening(SRE_ROLE, CANADA_REMOTE),
    ),
    C(
        "bought an apartment up north, moving in weeks vs Tel Aviv or nothing",
        "frontend",
        [
            designer(
                "Maayan Tzur",
                2,
                where="Tel Aviv, Israel",
                touches=[
                    dm(
                        20,
                        "We bought an apartment in Kiryat Tiv'on! Moving north in the next few "
                        "weeks, so Haifa is perfect now.",
                    )
                ],
            ),
            designer(
                "Keren Ohana-Levi",
                0,
                where="Tel Aviv, Israel",
                touches=[dm(20, "Tel Aviv or nothing, sorry - my whole life is here.")],
            ),
        ],
        **opening(DESIGN_ROLE, HAIFA_ONSITE),
    ),
    C(
        "a Pune native settled in Baner vs in Pune only for his father's surgery",
        "backend",
        [
            lead(
                "Omkar Phadnis",
                2,
                where="Pune, India",
                touches=[screen(25, "Pune native, settled in Baner, not moving anywhere.")],
            ),
            lead(
                "Sushant Mahajan",
                0,
                where="Pune, India",
                touches=[
                    screen(
                        25,
                        "Only in Pune for his father's surgery - heading back to Bengaluru in "
                        "December for good, wants roles there.",
                    )
                ],
            ),
        ],
        **opening(TL_ROLE, PUNE_HYBRID),
    ),
]

# --- 13. the history with us -----------------------------------------------------------------

LAST_TIME = [
    C(
        "a no-show at the virtual onsite vs rescheduled twice for a Sev1, told us both times",
        "sre",
        [
            sre(
                "Hollis Vandermeer",
                0,
                where="Seattle, WA",
                apps=[
                    app(
                        150,
                        "onsite",
                        "rejected",
                        "other",
                        "No-show for the virtual onsite, no message, then ghosted every follow-up.",
                        role="Site Reliability Engineer",
                    )
                ],
            ),
            sre(
                "Araminta Oduwole",
                2,
                where="Seattle, WA",
                apps=[
                    lost_final(
                        150,
                        "Rescheduled the onsite twice because of a Sev1 at work, told us "
                        "ahead both times. Strong loop, lost to one other.",
                        role="Site Reliability Engineer",
                    )
                ],
            ),
        ],
        **opening(SRE_ROLE, SEATTLE_HYBRID),
    ),
    C(
        "someone feeding answers off-camera vs ChatGPT on a take-home that allowed it",
        "backend",
        [
            swe(
                "Thelonius Barrowman",
                0,
                where="San Francisco, CA",
                apps=[
                    app(
                        120,
                        "interview",
                        "rejected",
                        "other",
                        "Interviewer flagged someone feeding him answers off-camera in the live "
                        "coding round. Integrity concern - do not advance.",
                    )
                ],
            ),
            swe(
                "Philomena Araújo",
                2,
                where="San Francisco, CA",
                apps=[
                    lost_final(
                        120,
                        "Used ChatGPT on the take-home, which our instructions explicitly allow. "
                        "Strong loop, lost to one other on the final.",
                    )
                ],
            ),
        ],
        **opening(SWE_ROLE, SF_HYBRID),
    ),
    C(
        "a debrief: lost on the headcount freeze vs brilliant-jerk vibes in the cross-functional",
        "manager",
        [
            em(
                "Ravindra Oyelowo-Shah",
                2,
                where="Toronto, ON",
                apps=[
                    app(
                        180,
                        "final",
                        "rejected",
                        "position_closed",
                        "Debrief: strong hire from 3 of 4, lost on the headcount freeze, not on "
                        "merit. HM wants him back when we reopen.",
                        rating=4.5,
                        role="Engineering Manager",
                    )
                ],
            ),
            em(
                "Torquil Hennessy",
                0,
                where="Toronto, ON",
                apps=[
                    app(
                        180,
                        "final",
                        "rejected",
                        "culture_fit",
                        "Debrief: no hire. Dismissive to the designer in the cross-functional "
                        "round, talked over the PM twice. Brilliant-jerk vibes.",
                        rating=2.1,
                        role="Engineering Manager",
                    )
                ],
            ),
        ],
        **opening(EM_ROLE, TORONTO_HYBRID),
    ),
    C(
        "accepted then reneged three days before start vs declined honestly before signing",
        "data_eng",
        [
            ds(
                "Crispin Abernethy",
                0,
                where="Seattle, WA",
                apps=[
                    declined(
                        250,
                        "counteroffer",
                        "Accepted our offer, then reneged three days before start for a counter "
                        "from Amazon.",
                        role="Senior Data Scientist",
                    )
                ],
            ),
            ds(
                "Evadne Kapoor-Wilde",
                2,
                where="Seattle, WA",
                apps=[
                    declined(
                        250,
                        "other",
                        "Declined before signing - told us honestly she'd taken an offer closer "
                        "to home. Gracious about it.",
                        role="Senior Data Scientist",
                    )
                ],
            ),
        ],
        **opening(DS_ROLE, SEATTLE_HYBRID),
    ),
    C(
        "offer rescinded for an inflated title vs a background-check vendor's delay",
        "frontend",
        [
            fe(
                "Silas Pennington-Roe",
                0,
                where="Austin, TX",
                apps=[
                    app(
                        300,
                        "offer",
                        "rejected",
                        "other",
                        "Offer rescinded: background check showed he'd inflated his title and "
                        "dates at Oracle.",
                        role="Senior Frontend Engineer",
                    )
                ],
            ),
            fe(
                "Linnea Obuobi",
                2,
                where="Austin, TX",
                apps=[
                    app(
                        300,
                        "offer",
                        "withdrew",
                        "other",
                        "The background-check vendor sat on her file for five weeks (their "
                        "fault, not hers); she took another offer meanwhile.",
                        role="Senior Frontend Engineer",
                    )
                ],
            ),
        ],
        **opening(FE_ROLE, AUSTIN_HYBRID),
    ),
]

# --- 14. managing against hands-on, level and title --------------------------------------------

LEVEL = [
    C(
        "doing staff work at L5 with the promo blocked vs wants to stay senior, a staff role",
        "backend",
        [
            swe(
                "Aurelio Fitzwilliam",
                2,
                where="San Francisco, CA",
                touches=[
                    screen(
                        40,
                        "Been doing staff-level work at L5 for two years, promo blocked on "
                        "'headcount'. Wants the staff title.",
                    )
                ],
            ),
            swe(
                "Bertram Okwuosa",
                0,
                where="San Francisco, CA",
                touches=[
                    screen(
                        40,
                        "Wants to stay at senior. Watched his staff friends drown in meetings, "
                        "no thanks.",
                    )
                ],
            ),
        ],
        **opening(SWE_ROLE, SF_HYBRID, seniority="staff", title="Staff Software Engineer"),
    ),
    C(
        "an EM who wants back to IC vs an EM who wants a bigger team, an EM role",
        "manager",
        [
            em(
                "Winifred Ashcombe",
                0,
                where="Seattle, WA",
                touches=[
                    screen(
                        50,
                        "Three years as an EM, wants to go back to IC. Misses coding, burned "
                        "out on 1:1s and perf cycles.",
                    )
                ],
            ),
            em(
                "Ulysses Bankole",
                2,
                where="Seattle, WA",
                touches=[
                    screen(
                        50,
                        "Wants to keep managing, ideally a bigger team or a manager of "
                        "managers path later.",
                    )
                ],
            ),
        ],
        **opening(EM_ROLE, SEATTLE_HYBRID),
    ),
    C(
        "an L5 who won't take a down-level vs fine going L5 to L4, an L4 role",
        "backend",
        [
            swe(
                "Jessamy Thorne",
                0,
                where="Seattle, WA",
                touches=[screen(30, "L5 at Amazon. Won't take a down-level - L5+ only.")],
            ),
            swe(
                "Leander Oyinlola",
                2,
                where="Seattle, WA",
                touches=[
                    screen(
                        30,
                        "L5 at Amazon. Fine going to L4 if the TC holds - wants into payments "
                        "more than he wants the level.",
                    )
                ],
            ),
        ],
        **opening(
            SWE_ROLE,
            SEATTLE_HYBRID,
            seniority="mid",
            title="Software Engineer II (L4), Payments",
        ),
    ),
    C(
        "wants to manage PMs vs wants to stay IC, an IC role with no reports",
        "cs",
        [
            pm(
                "Ottilie Bergstrom",
                0,
                where="Seattle, WA",
                touches=[
                    screen(
                        35,
                        "Wants to manage PMs now - group PM track or she stays where she is.",
                    )
                ],
            ),
            pm(
                "Rafferty Olayinka",
                2,
                where="Seattle, WA",
                touches=[
                    screen(
                        35,
                        "Wants to stay IC. No interest in managing PMs, likes being close to "
                        "customers.",
                    )
                ],
            ),
        ],
        **opening(
            PM_ROLE,
            SEATTLE_HYBRID,
            "Individual contributor role, no direct reports",
        ),
    ),
    C(
        "wants to lead a pod and stay hands-on vs no leading, no mentoring, a pod-lead role",
        "backend",
        [
            lead(
                "Nikhilesh Parulekar",
                2,
                where="Pune, India",
                touches=[
                    screen(
                        40,
                        "Wants to lead a small pod while staying hands-on, not a pure people "
                        "manager.",
                    )
                ],
            ),
            lead(
                "Yashwant Deodhar",
                0,
                where="Pune, India",
                touches=[
                    screen(
                        40,
                        "Doesn't want to lead anyone. Deep IC work, no mentoring duties, no pod.",
                    )
                ],
            ),
        ],
        **opening(TL_ROLE, PUNE_HYBRID, "Lead a pod of four engineers, about 60% hands-on"),
    ),
    C(
        "wants the Principal title she's been doing vs wants design management, an IC principal",
        "frontend",
        [
            designer(
                "Aurelie Vantongeren",
                2,
                where="New York, NY",
                touches=[
                    screen(
                        45,
                        "Wants the Principal title - has been doing principal-level work for "
                        "two years.",
                    )
                ],
            ),
            designer(
                "Marisa Okafor-Dunn",
                0,
                where="New York, NY",
                touches=[
                    screen(
                        45,
                        "Done with IC, wants to move into design management and build a team.",
                    )
                ],
            ),
        ],
        **opening(
            DESIGN_ROLE,
            NYC_HYBRID,
            "Individual contributor at principal level, no reports",
            seniority="staff",
            title="Principal Product Designer",
        ),
    ),
]

# --- 15. company stage and size --------------------------------------------------------------

STAGE_SIZE = [
    C(
        "after Google wants a tiny startup vs laid off from a failed Series C, wants big tech",
        "backend",
        [
            swe(
                "Evangeline Ashdown",
                2,
                where="San Francisco, CA",
                touches=[
                    screen(
                        45,
                        "Six years at Google, wants a tiny startup - seed to Series B, "
                        "somewhere she can touch everything.",
                    )
                ],
            ),
            swe(
                "Ptolemy Achterberg",
                0,
                where="San Francisco, CA",
                touches=[
                    screen(
                        45,
                        "Laid off from a Series C that folded in March. Wants big-tech "
                        "stability now, no more startups.",
                    )
                ],
            ),
        ],
        **opening(SWE_ROLE, SF_HYBRID, "Series A, 40 people"),
    ),
    C(
        "done with startups, wants big and public vs allergic to big-tech bureaucracy",
        "data_eng",
        [
            ds(
                "Rosalba Kittredge",
                2,
                where="Seattle, WA",
                touches=[
                    screen(
                        40,
                        "Done with startups. Wants a big, boring, public company with liquid RSUs.",
                    )
                ],
            ),
            ds(
                "Fitzroy Adeleke",
                0,
                where="Seattle, WA",
                touches=[
                    screen(40, "Allergic to big-tech bureaucracy. Early-stage only."),
                ],
            ),
        ],
        **opening(DS_ROLE, SEATTLE_HYBRID, "Public company, 60,000 employees"),
    ),
    C(
        "wants pre-IPO with liquidity in sight vs burned by a unicorn that never exited",
        "frontend",
        [
            fe(
                "Calloway Nwosu",
                2,
                where="New York, NY",
                touches=[
                    screen(
                        50,
                        "Wants a late-stage, pre-IPO company with a liquidity event in sight.",
                    )
                ],
            ),
            fe(
                "Marjolein Abara",
                0,
                where="New York, NY",
                touches=[
                    screen(
                        50,
                        "Burned by options at a unicorn that never exited. Won't take pre-IPO "
                        "paper again - public companies only.",
                    )
                ],
            ),
        ],
        **opening(FE_ROLE, NYC_HYBRID, "Late-stage and pre-IPO: Series F, 1,500 people"),
    ),
    C(
        "a product company, done with services vs wants an MNC brand, startups too risky",
        "backend",
        [
            lead(
                "Chiranjeevi Mandava",
                2,
                where="Bengaluru, India",
                touches=[
                    screen(
                        30,
                        "Wants a product company, not services - done with TCS-style bench "
                        "and client billing.",
                    )
                ],
            ),
            lead(
                "Lokesh Basavaraju",
                0,
                where="Bengaluru, India",
                touches=[
                    screen(
                        30,
                        "Wants an MNC with a stable brand. Startups too risky, father insists.",
                    )
                ],
            ),
        ],
        **opening(TL_ROLE, BLR_HYBRID, "Series B fintech, 120 people"),
    ),
]

# --- 16. industry and mission ----------------------------------------------------------------

MISSION = [
    C(
        "won't work in defence vs did 8200 and is happy doing defence work",
        "backend",
        [
            appsec(
                "Elad Tzafrir",
                0,
                where="Tel Aviv, Israel",
                touches=[screen(35, "Won't work in defence. Personal line, didn't elaborate.")],
            ),
            appsec(
                "Boaz Kaminer",
                2,
                where="Tel Aviv, Israel",
                touches=[
                    screen(
                        35,
                        "Did his service in 8200, happy doing defence work, thinks it matters.",
                    )
                ],
            ),
        ],
        **opening(SECURITY_ROLE, TLV_HYBRID, "Defence electronics: radar and air-defence systems"),
    ),
    C(
        "no ad tech, done optimising clicks vs wants to stay in ad tech, loves auctions",
        "backend",
        [
            swe(
                "Hyacinth Morrow",
                0,
                where="New York, NY",
                touches=[dm(40, "No ad tech please. Done optimising clicks for a living.")],
            ),
            swe(
                "Laszlo Adewale",
                2,
                where="New York, NY",
                touches=[
                    dm(
                        40,
                        "Would love to stay in ad tech tbh - auction systems are the most fun "
                        "I've had.",
                    )
                ],
            ),
        ],
        **opening(
            SWE_ROLE,
            NYC_HYBRID,
            "Real-time bidding platform for programmatic advertising",
            description="Build the real-time bidding and auction services of our ad exchange.",
        ),
    ),
    C(
        "wants health tech after losing her mom to cancer vs no preference on domain",
        "data_eng",
        [
            ds(
                "Annabeth Okonkwo",
                2,
                where="New York, NY",
                touches=[
                    screen(
                        45,
                        "Wants work that matters - lost her mom to cancer last year. Health "
                        "tech strongly preferred.",
                    )
                ],
            ),
            ds(
                "Tobiah Lindenmeyer",
                1,
                where="New York, NY",
                touches=[screen(45, "No strong preference on domain, just good DS problems.")],
            ),
        ],
        **opening(
            DS_ROLE,
            NYC_HYBRID,
            "Mission: clinical AI that helps oncologists choose treatments",
        ),
    ),
    C(
        "a hard no on gambling vs was at theScore and loved it, a sports-betting role",
        "frontend",
        [
            fe(
                "Meredith Okafor-Sinclair",
                0,
                where="Toronto, ON",
                touches=[screen(30, "Hard no on gambling of any kind - dad had a problem.")],
            ),
            fe(
                "Declan Ashworth-Mbeki",
                2,
                where="Toronto, ON",
                touches=[screen(30, "Fine with sports betting, was at theScore and loved it.")],
            ),
        ],
        **opening(FE_ROLE, TORONTO_HYBRID, "Ontario-regulated sports betting and iGaming"),
    ),
]

# --- 17. technology --------------------------------------------------------------------------

TECH = [
    C(
        "wants Rust in production vs done with systems languages, a Rust role",
        "backend",
        [
            swe(
                "Ambrose Kittelsen",
                2,
                where="Seattle, WA",
                touches=[
                    screen(
                        35,
                        "Wants to write Rust in prod. Has been doing Rust side projects for "
                        "two years.",
                    )
                ],
            ),
            swe(
                "Fiorella Dunmore",
                0,
                where="Seattle, WA",
                touches=[screen(35, "Done with systems languages. Python and Go only.")],
            ),
        ],
        **opening(SWE_ROLE, SEATTLE_HYBRID, "Core services written in Rust"),
    ),
    C(
        "never touching PHP again vs wrote Hack at Meta, PHP doesn't scare him",
        "backend",
        [
            swe(
                "Gaspard Lindholm",
                0,
                where="Toronto, ON",
                touches=[dm(40, "Never touching PHP again. Life's too short.")],
            ),
            swe(
                "Rupert Osei-Fairfax",
                2,
                where="Toronto, ON",
                touches=[
                    dm(
                        40,
                        "Wrote Hack at Meta for four years - PHP doesn't scare me at all.",
                    )
                ],
            ),
        ],
        **opening(
            SWE_ROLE,
            TORONTO_HYBRID,
            "A large Laravel (PHP) monolith we are modernising",
        ),
    ),
    C(
        "wants to move from classic ML to LLMs vs sick of the LLM hype",
        "data_eng",
        [
            ds(
                "Isolde Varga",
                2,
                where="San Francisco, CA",
                touches=[screen(40, "Wants to move from classic ML into LLM work.")],
            ),
            ds(
                "Benedikt Oyekan",
                0,
                where="San Francisco, CA",
                touches=[
                    screen(
                        40,
                        "Sick of the LLM hype. Causal inference and experimentation only.",
                    )
                ],
            ),
        ],
        **opening(
            DS_ROLE,
            SF_HYBRID,
            "LLM evaluation and fine-tuning for our assistant product",
        ),
    ),
    C(
        "out of YAML hell, no more Kubernetes vs lives in k8s, a Kubernetes migration",
        "sre",
        [
            sre(
                "Tobias Wainscott-Adeyemi",
                0,
                where="Toronto, ON",
                touches=[screen(30, "Wants out of YAML hell. No more Kubernetes.")],
            ),
            sre(
                "Esperanza Lindqvist",
                2,
                where="Toronto, ON",
                touches=[screen(30, "Lives in k8s and wants more of it.")],
            ),
        ],
        **opening(
            SRE_ROLE,
            TORONTO_HYBRID,
            "Migrating 200 services onto Kubernetes this year",
        ),
    ),
]

# --- 18. the latest process and how far it went ----------------------------------------------

PROCESS = [
    C(
        "lost a final, the HM wants her back vs applied and never reviewed",
        "backend",
        [
            swe(
                "Rosamond Achterfeld",
                2,
                where="Austin, TX",
                apps=[lost_final(150, "Lost to one other at the final; HM wants her back.")],
            ),
            swe(
                "Tiberius Nwankwo",
                1,
                where="Austin, TX",
                apps=[
                    app(
                        150,
                        "applied",
                        "rejected",
                        "position_closed",
                        "Resume never reviewed - req closed the week he applied.",
                    )
                ],
            ),
        ],
        **opening(SWE_ROLE, AUSTIN_HYBRID),
    ),
    C(
        "joined us in August, don't source vs left us in August, boomerang-eligible",
        "sre",
        [
            sre(
                "Wolfgang Adjei",
                0,
                where="Seattle, WA",
                touches=[
                    ats(
                        date(2026, 8, 17),
                        "Joined us in August as an L5 on the Payments SRE team. Internal "
                        "employee now - don't source.",
                    )
                ],
            ),
            sre(
                "Marigold Feeney",
                2,
                where="Seattle, WA",
                touches=[
                    ats(
                        date(2026, 8, 17),
                        "Left us in August after three years - regretted attrition, "
                        "boomerang-eligible. Her old manager would rehire tomorrow.",
                    )
                ],
            ),
        ],
        **opening(SRE_ROLE, SEATTLE_HYBRID),
    ),
    C(
        "failed system design in September vs failed it in 2023, has since led a sharding",
        "backend",
        [
            swe(
                "Florian Oyebanji",
                0,
                where="Toronto, ON",
                apps=[
                    app(
                        60,
                        "onsite",
                        "rejected",
                        "skills_gap",
                        "Rejected at system design: couldn't take the design past a single box.",
                    )
                ],
            ),
            swe(
                "Leontine Harcourt",
                2,
                where="Toronto, ON",
                apps=[
                    app(
                        1100,
                        "onsite",
                        "rejected",
                        "skills_gap",
                        "System design weak, couldn't explain sharding.",
                    )
                ],
                touches=[
                    ats(
                        200,
                        "Since then she led the sharding of the orders DB at Shopify - worth "
                        "another look.",
                    )
                ],
            ),
        ],
        **opening(SWE_ROLE, TORONTO_HYBRID),
    ),
    C(
        "declined an offer for timing, a PhD defence long past vs applied, never screened",
        "data_eng",
        [
            ds(
                "Imelda Castellanos-Roy",
                2,
                where="New York, NY",
                apps=[
                    declined(
                        330,
                        "timing",
                        "Declined for timing - wife's PhD defence and a move in the spring. "
                        "Asked us to come back to her.",
                        role="Senior Data Scientist",
                    )
                ],
            ),
            ds(
                "Baxter Oyelaran",
                1,
                where="New York, NY",
                apps=[
                    app(
                        330,
                        "applied",
                        "rejected",
                        "position_closed",
                        "Applied, never screened, req closed.",
                        role="Senior Data Scientist",
                    )
                ],
            ),
        ],
        **opening(DS_ROLE, NYC_HYBRID),
    ),
]

# --- 19. several notes over time: the latest word counts --------------------------------------

LATEST_WORD = [
    C(
        "never back to an office, then wants office days vs three days fine, then moved to Boise",
        "backend",
        [
            swe(
                "Clementina Rourke",
                2,
                where="New York, NY",
                touches=[
                    mail(date(2026, 2, 9), "I will never go back to an office. Ever."),
                    mail(
                        date(2026, 10, 12),
                        "Ok so. New baby, apartment is chaos, I actually WANT office days now "
                        "lol. Hybrid would be perfect.",
                    ),
                ],
            ),
            swe(
                "Horace Ballantyne",
                0,
                where="New York, NY",
                touches=[
                    mail(date(2026, 2, 9), "Three days in is fine by me."),
                    mail(
                        date(2026, 10, 12),
                        "Update: moved to Boise over the summer, so remote only from here on.",
                    ),
                ],
            ),
        ],
        **opening(SWE_ROLE, NYC_HYBRID),
    ),
    C(
        "stop contacting me, then laid off and keen vs keep me posted, then take me off",
        "frontend",
        [
            fe(
                "Jolyon Mbatha-Reyes",
                2,
                where="Toronto, ON",
                touches=[
                    dm(date(2026, 1, 19), "pls stop reaching out to me, thx."),
                    dm(
                        date(2026, 9, 14),
                        "Hey, sorry for being curt back in January. Got laid off last week - "
                        "would love to talk now if you still have frontend roles.",
                    ),
                ],
            ),
            fe(
                "Ottavia Brennan-Sato",
                0,
                where="Toronto, ON",
                touches=[
                    dm(date(2026, 1, 19), "Not right now - but do keep me in the loop!"),
                    dm(
                        date(2026, 9, 14),
                        "Please take me off your lists, I'm done job hunting for good.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **opening(FE_ROLE, TORONTO_HYBRID),
    ),
    C(
        "$260k floor lowered to 200 after a layoff vs 200 raised to 260 after a retention grant",
        "backend",
        [
            swe(
                "Perpetua Lindgren-Oke",
                2,
                where="San Francisco, CA",
                touches=[
                    screen(date(2026, 3, 16), "Won't go below $260k base."),
                    screen(
                        date(2026, 10, 19),
                        "After the layoff she's flexible - 200 base works now.",
                    ),
                ],
            ),
            swe(
                "Archibald Nyambura",
                0,
                where="San Francisco, CA",
                touches=[
                    screen(date(2026, 3, 16), "200 base works for him."),
                    screen(
                        date(2026, 10, 19),
                        "Got a raise and a retention grant - needs 260+ base to move now.",
                    ),
                ],
            ),
        ],
        **opening(SWE_ROLE, SF_HYBRID, salary_min=190_000, salary_max=230_000, currency="USD"),
    ),
    C(
        "no on-call ever, then fine now the kids are older vs fine, then twins arrived",
        "sre",
        [
            sre(
                "Evelina Fairbrother",
                2,
                where="Austin, TX",
                touches=[
                    screen(date(2026, 4, 13), "No on-call, ever."),
                    screen(
                        date(2026, 10, 26),
                        "Kids are older now - she's fine with on-call if it's paid.",
                    ),
                ],
            ),
            sre(
                "Montague Eze",
                0,
                where="Austin, TX",
                touches=[
                    screen(date(2026, 4, 13), "On-call's fine, did it for years."),
                    screen(
                        date(2026, 10, 26),
                        "Twins arrived in September - no on-call for the foreseeable future.",
                    ),
                ],
            ),
        ],
        **opening(SRE_ROLE, AUSTIN_HYBRID, "On-call: one week in five, paid"),
    ),
    C(
        "would move to Seattle, then staying in Austin vs not moving, then open to Seattle",
        "backend",
        [
            swe(
                "Roderick Olusanya",
                0,
                where="Austin, TX",
                touches=[
                    screen(date(2026, 2, 23), "Would move to Seattle in a heartbeat."),
                    screen(
                        date(2026, 9, 21),
                        "Partner just got a job in Austin - staying, can't relocate now.",
                    ),
                ],
            ),
            swe(
                "Henrietta Caldwell-Ono",
                2,
                where="Austin, TX",
                touches=[
                    screen(date(2026, 2, 23), "Not moving, Austin's home."),
                    screen(
                        date(2026, 9, 21),
                        "Changed her mind - open to Seattle now, would need a relo package.",
                    ),
                ],
            ),
        ],
        **opening(SWE_ROLE, SEATTLE_ONSITE, "Relocation package to Seattle"),
    ),
    C(
        "needed a transfer, then the green card came vs still waiting on the I-485",
        "backend",
        [
            swe(
                "Vasundhara Krishnamoorthy",
                2,
                where="New York, NY",
                touches=[
                    ats(date(2026, 1, 26), "Needs an H-1B transfer."),
                    ats(
                        date(2026, 9, 28),
                        "Green card approved last week! No sponsorship needed any more.",
                    ),
                ],
            ),
            swe(
                "Padmavathi Seshadri",
                0,
                where="New York, NY",
                touches=[
                    ats(date(2026, 1, 26), "Needs an H-1B transfer to move."),
                    ats(
                        date(2026, 9, 28),
                        "Still waiting on the I-485, so still needs the H-1B transfer.",
                    ),
                ],
            ),
        ],
        **opening(SWE_ROLE, NYC_HYBRID, NO_SPONSOR),
    ),
]

HELDOUT15_CASES: list[Case] = [
    *OPT_OUTS,
    *WAITS,
    *SCHEDULE,
    *TRAVEL,
    *VISA,
    *CONTRACT,
    *COMMUTE,
    *PAY,
    *RESOLVED,
    *NEGATIONS,
    *WORK_MODE,
    *LOCATIONS,
    *LAST_TIME,
    *LEVEL,
    *STAGE_SIZE,
    *MISSION,
    *TECH,
    *PROCESS,
    *LATEST_WORD,
]
