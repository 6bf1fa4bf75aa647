"""Held-out rediscovery cases, seventy-seventh set: AI research and deep-tech hiring, written by a
stranger to the reader (its code, its labelled sets and the earlier case files' sentences were not
looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured on its own
and never tuned to what Encore does.

Who writes: the in-house recruiters of Meridian, an AI lab with offices in San Francisco (Mission
Bay and SoMa), Seattle, New York, London (King's Cross), Zurich, Paris, Toronto, Tel Aviv and
Singapore; the recruiters of deep-tech start-ups (Kestrel Robotics in Somerville and South San
Francisco, Coldfront Quantum in Cambridge, MA and Zurich, Anvil Silicon in Santa Clara and Tel
Aviv, Helixa Bio in Boston, and a few seed-stage labs); and Halden & Roe, a specialist search firm
with an AI desk and a quant desk in London, Paris, Tel Aviv and Singapore.

Who they write about: research scientists and research engineers, ML engineers, robot-learning,
quantum and chip people: PhD students finishing, postdocs, professors on leave, big-tech L5 to L7
(E5 to E7) engineers, and founders after a shutdown. The people within a case share one profile,
so only their words and their history decide.

The voices: recruiters' ATS shorthand (RS, RE, MLE, TC, RSUs, refresher, cliff, L6, E6, IC vs
TLM, OA, onsite, HC, DNC, "cand"), long call notes that ramble over several topics where one line
decides, hiring managers' feedback, professors' referral notes, candidates' emails, LinkedIn DMs
and lower-case texts with typos, a few in French, German, Hebrew and Chinese.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a formal erasure request, a terse "stop messaging me", an angry reply to a fourth
   InMail, a recruiter's note in the third person, a professor relaying his student's wish, a
   reply of "no thanks" to our outreach, a DNC, French, German, Hebrew and Chinese, a founder who
   wants off every list): never shown; beside each a scoped stop that is no opt-out (the research
   newsletter only, LinkedIn only, military roles only, calls during lab hours, one product post,
   the search firm's quant desk, messages at 3am, copying the professor, a contract role, one
   hiring manager, the mobile number, the founder-matching list, calls during working hours);
2. waits counted from the day said, each against a twin whose wait has run out: after NeurIPS,
   defending in March, a one-year vesting cliff, post-ICML, three months' Swiss notice, a March
   bonus, a summer internship, the chagim against Pesach, Chinese New Year, two quarters, six
   months' garden leave, a tape-out at the end of Q1, "in six weeks", the job market next fall;
   and notes full of dates that ask for no wait, against a postdoc starting in January and "not
   before mid-January";
3. schedule, travel, visa and right to work, contract type and commute: an on-call pager, evening
   calls with the Bay Area, a four-day week, night deployments, customer-site travel, conference
   travel, a pending green card against quarterly trips abroad, a travel limit after a baby, H-1B
   transfers, STEM OPT, the UK Global Talent visa, O-1 and EB-1 petitions, a Swiss permit, a
   Singapore Employment Pass, contract against full-time, a professor's year of leave and a
   part-time affiliation, a fixed-term residency, Caltrain from San Jose, a 45-minute commute
   from Islington against Reading, a drive from Providence;
4. pay against the band: a base floor in dollars, pounds, Swiss francs against an ask in euros,
   Singapore dollars a month against a yearly band, an hourly contract rate, current pay that is
   no ask, shekels a month, cash against equity after a shutdown, euros in French;
5. work mode said only in the title, only in the description, only in the offers or only in the
   policy field, hybrid days, remote-first with offsites, a French description; negation and its
   scope ("no more product work", "never again five days in an office", "not against managing",
   "it wasn't the money, it was the commute", "not opposed to defence work", "no problem
   relocating", "never writing JAX again");
6. location and relocation, managing against hands-on, company stage and size, industry
   (surveillance, drug discovery, trading, climate), mission (alignment against capabilities,
   open weights, publication freedom, a public-benefit structure), technology (compute, design
   verification, neutral atoms, ROS 2 and Rust, PyTorch against JAX) and level (staff, a
   down-level, a research scientist title, principal);
7. last time's reason resolved by this role or still standing (an in-person mandate, pay, visa
   sponsorship, a defence contract, publication), the history with us and the latest process (a
   final round lost by a hair, a failed OA, someone we hired two months ago, an offer pulled in a
   headcount freeze, a no-show, an offer accepted elsewhere long ago or last month, feedback
   owed, conduct);
8. several notes over time where the latest word counts: remote only then three days in SF and
   the reverse, a stop taken back and a "keep me posted" hardened into a removal, managing wanted
   then dropped, defence refused then accepted, sponsorship needed then not, a pay ask lowered and
   raised, a move to London planned and dropped, a cliff wait called off by a layoff, "free now"
   hardened into a postdoc year, minds changed twice across three notes of different kinds.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``); a wait
in words is written against a calendar day, so it is counted from the day it was said.
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

RESEARCH_SCIENTIST = dict(
    current_title="Research Scientist",
    skills=["Large language models", "Pretraining", "PyTorch", "JAX", "Reinforcement learning"],
    years_experience=6,
    resume_text=(
        "PhD in machine learning, then four years as a research scientist on language-model "
        "pretraining and RL from human feedback: scaling-law studies, data mixtures, reward "
        "models and evaluation; first-author papers at NeurIPS, ICML and ICLR."
    ),
)
RESEARCH_ENGINEER = dict(
    current_title="Senior Research Engineer",
    skills=["PyTorch", "Distributed training", "CUDA", "Triton", "Python"],
    years_experience=7,
    resume_text=(
        "Research engineer who keeps large training runs alive: FSDP and tensor-parallel training "
        "on thousands of GPUs, custom CUDA and Triton kernels, fault-tolerant checkpointing and "
        "the evaluation harness the research teams use every day."
    ),
)
ML_ENGINEER = dict(
    current_title="Senior Machine Learning Engineer",
    skills=["Python", "PyTorch", "LLM inference", "Model serving", "Kubernetes"],
    years_experience=8,
    resume_text=(
        "ML engineer at a big-tech company (L6): built LLM inference serving with continuous "
        "batching, quantisation and speculative decoding, owned latency and cost for a product "
        "used by millions, and ran online evaluations with the research team."
    ),
)
PHD_STUDENT = dict(
    current_title="PhD Candidate, Machine Learning",
    skills=["Reinforcement learning", "Deep learning theory", "PyTorch", "JAX", "Research"],
    years_experience=5,
    resume_text=(
        "Final-year PhD student in machine learning: five papers on reinforcement learning and "
        "generalisation (two at NeurIPS, one at ICML, one at ICLR), two research internships at "
        "industry labs, and a teaching assistant for graduate deep learning."
    ),
)
POSTDOC = dict(
    current_title="Postdoctoral Researcher",
    skills=["Protein design", "Diffusion models", "PyTorch", "Structural biology", "Python"],
    years_experience=6,
    resume_text=(
        "Postdoc in machine learning for protein design: diffusion and language models over "
        "sequences and structures, binder design validated with wet-lab partners, papers at "
        "NeurIPS and in Nature Methods."
    ),
)
PROFESSOR = dict(
    current_title="Associate Professor of Computer Science",
    skills=["Machine learning research", "Large language models", "Reasoning", "Mentoring"],
    years_experience=14,
    resume_text=(
        "Associate professor running a machine learning group of twelve: reasoning and learning "
        "theory for language models, 60+ papers, area chair at NeurIPS and ICML, and PhD students "
        "placed at the major labs."
    ),
)
ROBOTICIST = dict(
    current_title="Robot Learning Engineer",
    skills=["C++", "ROS 2", "Imitation learning", "Motion planning", "Sim-to-real"],
    years_experience=6,
    resume_text=(
        "Robotics engineer: imitation and reinforcement learning for manipulation, motion "
        "planning in C++ on ROS 2, sim-to-real transfer with Isaac Sim, and weeks on warehouse "
        "floors bringing a fleet of arms into production."
    ),
)
QUANTUM_PHYSICIST = dict(
    current_title="Quantum Research Scientist",
    skills=[
        "Superconducting qubits",
        "Quantum error correction",
        "Cryogenic measurement",
        "Python",
        "Qiskit",
    ],
    years_experience=7,
    resume_text=(
        "Experimental quantum physicist: designed and measured transmon devices in dilution "
        "refrigerators, automated calibration in Python, ran surface-code experiments and "
        "benchmarked real-time decoders."
    ),
)
CHIP_DESIGNER = dict(
    current_title="Senior ASIC Design Engineer",
    skills=["SystemVerilog", "RTL design", "ML accelerators", "UVM", "Timing closure"],
    years_experience=9,
    resume_text=(
        "ASIC engineer for nine years: RTL for the matrix-multiply tiles and on-chip network of "
        "an ML accelerator in SystemVerilog, UVM testbenches, synthesis and timing closure with "
        "physical design, and two tape-outs to first silicon."
    ),
)
RESEARCH_LEAD = dict(
    current_title="Staff Research Engineer, Tech Lead",
    skills=["Post-training", "Large language models", "PyTorch", "Technical leadership", "Hiring"],
    years_experience=11,
    resume_text=(
        "Staff research engineer and tech lead of a six-person post-training team: RLHF and "
        "reward-model pipelines, evaluation, hiring loops and the research roadmap, while still "
        "writing a fair share of the code."
    ),
)
FOUNDER = dict(
    current_title="Co-founder and CTO (company wound down)",
    skills=["Python", "PyTorch", "LLM inference", "Model serving", "Team building"],
    years_experience=10,
    resume_text=(
        "Co-founded an LLM tooling start-up (seed, eleven people) and built its inference stack "
        "and team before winding it down this year; before that an L6 ML engineer at a big-tech "
        "company working on serving."
    ),
)


def people(persona: dict, where: str):
    """People of one kind: the same profile and persona, living in ``where`` unless a person
    says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(name, "ml", grade, *said, apps=apps, touches=touches, excluded=excluded, **extra)

    return make


def scientist(where):
    return people(RESEARCH_SCIENTIST, where)


def engineer(where):
    return people(RESEARCH_ENGINEER, where)


def mle(where):
    return people(ML_ENGINEER, where)


def student(where):
    return people(PHD_STUDENT, where)


def postdoc(where):
    return people(POSTDOC, where)


def professor(where):
    return people(PROFESSOR, where)


def roboticist(where):
    return people(ROBOTICIST, where)


def physicist(where):
    return people(QUANTUM_PHYSICIST, where)


def chip(where):
    return people(CHIP_DESIGNER, where)


def lead(where):
    return people(RESEARCH_LEAD, where)


def founder(where):
    return people(FOUNDER, where)


# --- who wrote what -------------------------------------------------------------------------


def dm(days, words) -> dict:
    """The candidate's LinkedIn message, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def mail(days, words) -> dict:
    """The candidate's email."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def sms(days, words) -> dict:
    """The candidate's text message or WhatsApp, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def ats(days, words) -> dict:
    """A recruiter's note typed into the ATS."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def call(days, words) -> dict:
    """A recruiter's call note."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def hm(days, words) -> dict:
    """A hiring manager's feedback, as pasted into the ATS."""
    return touch(days, "outbound", None, "note", note=words, channel="meeting")


def referee(days, words) -> dict:
    """A professor's referral or note about a student, forwarded into the ATS."""
    return touch(days, "inbound", None, "note", note=words, channel="email")


def pitched(days, words) -> dict:
    """Our outreach about a role, not yet answered."""
    return touch(days, "outbound", "no_reply", "re_engagement", note=words)


def answered(days, words) -> dict:
    """The candidate's reply to our outreach."""
    return touch(days, "inbound", "replied", "re_engagement", note=words)


def lost_final(days, note=None, *, role="Research Engineer", feedback=None) -> dict:
    """Reached the final round and lost to one other person."""
    return app(
        days, "final", "rejected", "other_candidate", note, rating=4.4, feedback=feedback, role=role
    )


def declined(days, reason, note, *, past=None, role="Research Engineer") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="onsite", past=None, role="Research Engineer") -> dict:
    """Pulled out of our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def turned_away(days, stage, reason, note, *, role="Research Engineer") -> dict:
    """We said no."""
    return app(days, stage, "rejected", reason, note, role=role)


def job(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    extra = more.pop("extra_offers", [])
    opening = {**what, **where, **more}
    offers = [*opening.get("offers", []), *extra]
    if offers:
        opening["offers"] = offers
    return opening


# --- what the roles are ---------------------------------------------------------------------

PRETRAINING_RS = dict(
    title="Research Scientist, Pretraining",
    department="Research",
    seniority="senior",
    requirements="Research record in deep learning\nLarge language models\nPyTorch or JAX\n"
    "Publications at top venues",
    description="Run pretraining experiments on Meridian's next frontier model: data mixtures, "
    "architecture and scaling studies.",
)
TRAINING_RE = dict(
    title="Research Engineer, Training Infrastructure",
    department="Research",
    seniority="senior",
    requirements="PyTorch\nDistributed training at scale\nCUDA or Triton\nPython",
    description="Keep multi-thousand-GPU training runs fast and stable, and build the tools "
    "researchers launch them with.",
)
INFERENCE_MLE = dict(
    title="Senior ML Engineer, Inference",
    department="Applied ML",
    seniority="senior",
    requirements="Python\nPyTorch\nLLM inference and serving\nKubernetes",
    description="Serve our models to customers: batching, quantisation, latency and cost.",
)
NEW_GRAD_RS = dict(
    title="Research Scientist (PhD graduates)",
    department="Research",
    seniority="mid",
    requirements="PhD in machine learning, completed or near completion\nReinforcement learning "
    "or deep learning theory\nPyTorch or JAX\nFirst-author papers",
    description="Join a research team straight out of your PhD and own a research direction.",
)
PROTEIN_MLS = dict(
    title="ML Scientist, Protein Design",
    department="Research",
    seniority="senior",
    requirements="Protein design\nDiffusion or language models\nPyTorch\nWorking with a wet lab",
    description="Design therapeutic proteins with generative models alongside Helixa's wet lab.",
)
ROBOT_LEARNING = dict(
    title="Robot Learning Engineer",
    department="Robotics",
    seniority="senior",
    requirements="C++\nROS 2\nImitation or reinforcement learning\nSim-to-real",
    description="Teach Kestrel's arms new manipulation skills and ship them to customer sites.",
)
QEC_RS = dict(
    title="Quantum Research Scientist, Error Correction",
    department="Quantum Hardware",
    seniority="senior",
    requirements="Superconducting qubits\nQuantum error correction\nCryogenic measurement\nPython",
    description="Run surface-code experiments on Coldfront's next processor.",
)
RTL_DESIGN = dict(
    title="Senior RTL Design Engineer, ML Accelerator",
    department="Silicon",
    seniority="senior",
    requirements="SystemVerilog\nRTL design\nML accelerator architecture\nUVM\nTiming closure",
    description="Design the compute tiles of Anvil's next inference chip.",
)
POSTTRAINING_MANAGER = dict(
    title="Research Manager, Post-training",
    department="Research",
    seniority="manager",
    requirements="Leading research teams\nPost-training of LLMs\nHiring\nPyTorch",
    description="Lead and grow a team of eight researchers and engineers working on post-training.",
)
INTERPRETABILITY_RS = dict(
    title="Research Scientist, Interpretability",
    department="Alignment",
    seniority="senior",
    requirements="Research record in deep learning\nLarge language models\nPyTorch\n"
    "Interpretability or alignment research",
    description="Work out what our models compute and why, on the alignment team.",
)
DEFENCE_AUTONOMY = dict(
    title="Autonomy Engineer, Uncrewed Systems",
    department="Autonomy",
    seniority="senior",
    requirements="C++\nROS 2\nMotion planning\nLearning-based control",
    description="Build autonomy for uncrewed surface vessels for the US Navy and allied defence "
    "customers.",
)

# --- where and how they are worked ----------------------------------------------------------

SF_IN_PERSON = dict(
    remote_policy="onsite",
    location="San Francisco, CA",
    offers=["In person five days a week at the Mission Bay office"],
)
SF_THREE_DAYS = dict(
    remote_policy="hybrid",
    location="San Francisco, CA",
    offers=["Hybrid: Tuesday to Thursday in the SoMa office"],
)
SOUTH_SF_ONSITE = dict(remote_policy="onsite", location="South San Francisco, CA")
SANTA_CLARA_ONSITE = dict(
    remote_policy="onsite",
    location="Santa Clara, CA",
    offers=["On site in Santa Clara with the silicon team"],
)
SEATTLE_TWO_DAYS = dict(
    remote_policy="hybrid",
    location="Seattle, WA",
    offers=["Hybrid: Tuesdays and Thursdays in the South Lake Union office"],
)
NYC_THREE_DAYS = dict(
    remote_policy="hybrid",
    location="New York, NY",
    offers=["Hybrid: three days a week in the Flatiron office"],
)
CAMBRIDGE_ONSITE = dict(
    remote_policy="onsite",
    location="Cambridge, MA",
    offers=["On site in Kendall Square; the lab runs five days a week"],
)
SOMERVILLE_ONSITE = dict(
    remote_policy="onsite",
    location="Somerville, MA",
    offers=["On site at the Somerville robot floor"],
)
BOSTON_ONSITE = dict(remote_policy="onsite", location="Boston, MA")
LONDON_THREE_DAYS = dict(
    remote_policy="hybrid",
    location="London, UK",
    offers=["Hybrid: three days a week in King's Cross"],
)
ZURICH_HYBRID = dict(
    remote_policy="hybrid",
    location="Zurich, Switzerland",
    offers=["Hybrid: three days a week at the Europaallee office", "Relocation support"],
)
PARIS_HYBRID = dict(
    remote_policy="hybrid",
    location="Paris, France",
    offers=["Hybrid: three days a week in the 9th arrondissement office"],
)
TORONTO_HYBRID = dict(
    remote_policy="hybrid",
    location="Toronto, ON, Canada",
    offers=["Hybrid: two days a week at the King Street office"],
)
TEL_AVIV_ONSITE = dict(
    remote_policy="onsite",
    location="Tel Aviv, Israel",
    offers=["Sunday to Thursday in the Sarona office"],
)
SINGAPORE_HYBRID = dict(
    remote_policy="hybrid",
    location="Singapore",
    offers=["Hybrid: three days a week at one-north"],
)
US_REMOTE = dict(remote_policy="remote", location="Remote (US)", offers=["Fully remote in the US"])

PAST_SF_IN_PERSON = dict(
    remote_policy="onsite", location="San Francisco, CA", salary_max=300_000, currency="USD"
)
PAST_SF_BAND = dict(
    remote_policy="hybrid", location="San Francisco, CA", salary_max=320_000, currency="USD"
)
PAST_SF_ONSITE_290 = dict(
    remote_policy="onsite", location="San Francisco, CA", salary_max=290_000, currency="USD"
)
PAST_NYC = dict(remote_policy="hybrid", location="New York, NY", salary_max=300_000, currency="USD")


# --- 1. opt-outs, each beside a scoped stop that is no opt-out -------------------------------

OPT_OUTS = [
    C(
        "opt-out: a formal request to delete her profile vs off the research newsletter only",
        "ml",
        [
            scientist("London, UK")(
                "Imogen Farrow",
                0,
                touches=[
                    mail(
                        64,
                        "Dear Meridian Talent team, I would like to withdraw from your candidate "
                        "community. Please delete my profile, CV and interview records, and do "
                        "not contact me again about any positions. Thank you for your "
                        "understanding. Kind regards, Imogen Farrow",
                    )
                ],
                excluded=True,
            ),
            scientist("London, UK")(
                "Kwabena Darko",
                2,
                touches=[
                    mail(
                        64,
                        "Hi, could you take me off the Meridian Research Digest? It's a lot of "
                        "email. To be clear, recruiting emails are fine - I'd still like to hear "
                        "about pretraining roles in London.",
                    )
                ],
            ),
        ],
        **job(PRETRAINING_RS, LONDON_THREE_DAYS),
    ),
    C(
        "opt-out: a terse 'stop messaging me' vs stop on LinkedIn, personal email is fine",
        "ml",
        [
            engineer("San Francisco, CA")(
                "Tyler Brandt", 0, touches=[dm(33, "just stop messaging me")], excluded=True
            ),
            engineer("San Francisco, CA")(
                "Marisol Arriaga",
                2,
                touches=[
                    dm(
                        33,
                        "hey can u stop pinging me on linkedin, i basically never log in. "
                        "personal email is fine (its on my cv). still want to hear about "
                        "training infra stuff",
                    )
                ],
            ),
        ],
        **job(TRAINING_RE, SF_THREE_DAYS),
    ),
    C(
        "opt-out: an angry reply to the fourth InMail vs angry about one military role",
        "ml",
        [
            mle("New York, NY")(
                "Gareth Olsen",
                0,
                touches=[
                    mail(
                        21,
                        "Fourth message from Halden & Roe this month. I have never applied "
                        "through you and I never will. Remove me from whatever system you "
                        "scraped me into and stop contacting me, or I'm reporting it.",
                    )
                ],
                excluded=True,
            ),
            mle("New York, NY")(
                "Aditi Raman",
                2,
                touches=[
                    mail(
                        21,
                        "Honestly pretty annoyed - you sent me a drone-targeting role after I "
                        "told your colleague in March I don't do weapons work. Don't send me "
                        "anything military again. Inference and serving roles at normal "
                        "companies, yes please.",
                    )
                ],
            ),
        ],
        **job(INFERENCE_MLE, NYC_THREE_DAYS),
    ),
    C(
        "opt-out: a recruiter logs she asked to leave the pool vs no calls during lab hours",
        "ml",
        [
            physicist("Cambridge, MA")(
                "Beatriz Okonkwo-Lind",
                0,
                touches=[
                    ats(
                        48,
                        "Caught cand after her APS talk. She asked to be removed from our pool "
                        "altogether and not contacted again by anyone at Coldfront - recruiting, "
                        "HMs, founders. Please honour, flagging to the team.",
                    )
                ],
                excluded=True,
            ),
            physicist("Cambridge, MA")(
                "Hannah Sjöberg",
                2,
                touches=[
                    call(
                        48,
                        "Cand asked us not to call during lab hours - she's on the dilution "
                        "fridge 9-6 and can't pick up. Email, or a call after 7pm ET. Still very "
                        "interested in QEC roles, esp. surface code on real hardware.",
                    )
                ],
            ),
        ],
        **job(QEC_RS, CAMBRIDGE_ONSITE),
    ),
    C(
        "opt-out: French, stop contacting me and delete my data vs not that product post",
        "ml",
        [
            scientist("Paris, France")(
                "Étienne Marchal",
                0,
                touches=[
                    mail(
                        40,
                        "Bonjour, merci de ne plus me contacter et de supprimer mes données de "
                        "votre vivier de candidats. Cordialement, É. Marchal",
                    )
                ],
                excluded=True,
            ),
            scientist("Paris, France")(
                "Camille Besnard",
                2,
                touches=[
                    mail(
                        40,
                        "Bonjour, le poste de ML engineer produit ne m'intéresse pas, mais "
                        "n'hésitez surtout pas à revenir vers moi pour un poste de recherche "
                        "(pré-entraînement, scaling). Bonne journée, Camille",
                    )
                ],
            ),
        ],
        **job(PRETRAINING_RS, PARIS_HYBRID),
    ),
    C(
        "opt-out: Hebrew, take me off your lists vs tell the quant desk to stop",
        "ml",
        [
            engineer("Tel Aviv, Israel")(
                "Yonatan Mizrahi",
                0,
                touches=[sms(27, "תורידו אותי בבקשה מהרשימות שלכם ואל תפנו אליי יותר. תודה")],
                excluded=True,
            ),
            engineer("Tel Aviv, Israel")(
                "Noa Ben-David",
                2,
                touches=[
                    mail(
                        27,
                        "Hi Ronit - your colleague on the quant desk keeps sending me HFT roles. "
                        "I'm not interested in trading, please ask her to stop. Happy to keep "
                        "talking to you about ML infra though, especially anything with big "
                        "training clusters.",
                    )
                ],
            ),
        ],
        **job(TRAINING_RE, TEL_AVIV_ONSITE),
    ),
    C(
        "opt-out: politely stepping away from industry vs stop messaging me at 3am",
        "ml",
        [
            scientist("Singapore")(
                "Wei Ling Lim",
                0,
                touches=[
                    mail(
                        52,
                        "Thank you for staying in touch over the years, it's been kind of you. "
                        "I've decided to step away from industry research for good and would "
                        "rather you didn't keep my details on file or contact me again. "
                        "Wishing you and the team well.",
                    )
                ],
                excluded=True,
            ),
            scientist("Singapore")(
                "Arjun Varghese",
                2,
                touches=[
                    dm(
                        52,
                        "could you set your sequences to SGT? your messages land at 3am and "
                        "wake me up lol. otherwise happy to hear about research roles here",
                    )
                ],
            ),
        ],
        **job(PRETRAINING_RS, SINGAPORE_HYBRID),
    ),
    C(
        "opt-out: a professor relays his student's wish vs stop copying the professor",
        "ml",
        [
            roboticist("Zurich, Switzerland")(
                "Lukas Gerber",
                0,
                touches=[
                    referee(
                        75,
                        "From Prof. Keller (ETH): 'Lukas has asked me to pass on that he does "
                        "not want to be contacted by recruiters, yours included. Please remove "
                        "him from your lists.'",
                    )
                ],
                excluded=True,
            ),
            roboticist("Zurich, Switzerland")(
                "Tomás Aguirre",
                2,
                touches=[
                    referee(
                        75,
                        "From Prof. Keller (ETH): 'Please stop copying me on your messages to my "
                        "students - write to Tomás directly. He defended in October and is very "
                        "keen on robot learning roles in Zurich.'",
                    )
                ],
            ),
        ],
        **job(ROBOT_LEARNING, ZURICH_HYBRID),
    ),
    C(
        "opt-out: 'no thanks' to our outreach vs no thanks to the contract, full-time welcome",
        "ml",
        [
            chip("San Jose, CA")(
                "Vikram Khurana",
                0,
                touches=[
                    pitched(31, "Sent the 6-month RTL contract at Anvil."),
                    answered(30, "no thanks, sorry"),
                ],
                excluded=True,
            ),
            chip("San Jose, CA")(
                "Erin McAllister",
                2,
                touches=[
                    pitched(31, "Sent the 6-month RTL contract at Anvil."),
                    answered(
                        30,
                        "no thanks to the 6-month contract, i'm only looking at full-time. ping "
                        "me for FTE design roles",
                    ),
                ],
            ),
        ],
        **job(RTL_DESIGN, SANTA_CLARA_ONSITE, extra_offers=["Full-time, permanent"]),
    ),
    C(
        "opt-out: a DNC at the candidate's request vs not with one hiring manager again",
        "ml",
        [
            mle("Seattle, WA")(
                "Derek Haugen",
                0,
                touches=[
                    ats(
                        90,
                        "DNC - requested by cand on 14 Aug call. Do not source, do not add to "
                        "sequences, do not pass to agencies.",
                    )
                ],
                excluded=True,
            ),
            mle("Seattle, WA")(
                "Sung-min Hwang",
                2,
                touches=[
                    ats(
                        90,
                        "Cand asked not to be put in front of Raj's ranking team again (rough "
                        "onsite, felt talked down to). Any other team is fine - keen on "
                        "inference/serving.",
                    )
                ],
            ),
        ],
        **job(INFERENCE_MLE, SEATTLE_TWO_DAYS),
    ),
    C(
        "opt-out: German, do not contact me again vs no more calls to my mobile",
        "ml",
        [
            engineer("Zurich, Switzerland")(
                "Matthias Brunner",
                0,
                touches=[
                    mail(
                        45,
                        "Guten Tag, bitte kontaktieren Sie mich nicht mehr und löschen Sie meine "
                        "Angaben aus Ihrer Datenbank. Freundliche Grüsse, M. Brunner",
                    )
                ],
                excluded=True,
            ),
            engineer("Zurich, Switzerland")(
                "Sabine Wüthrich",
                2,
                touches=[
                    mail(
                        45,
                        "Grüezi, bitte rufen Sie mich nicht mehr auf dem Handy an, lieber per "
                        "E-Mail. Für eine Stelle in Zürich im Bereich Trainingsinfrastruktur bin "
                        "ich weiterhin offen.",
                    )
                ],
            ),
        ],
        **job(TRAINING_RE, ZURICH_HYBRID),
    ),
    C(
        "opt-out: a founder wants off every list vs off the founder-matching list only",
        "ml",
        [
            founder("San Francisco, CA")(
                "Caleb Ainsworth",
                0,
                touches=[
                    dm(38, "Take me off your lists. All of them. I'm not talking to recruiters.")
                ],
                excluded=True,
            ),
            founder("San Francisco, CA")(
                "Priya Venkataraman",
                2,
                touches=[
                    dm(
                        38,
                        "please take me off the founder/EIR matching list - i'm done founding "
                        "for a while after the wind-down. an IC role on a serving team though? "
                        "very much yes",
                    )
                ],
            ),
        ],
        **job(INFERENCE_MLE, SF_THREE_DAYS),
    ),
    C(
        "opt-out: Chinese, don't contact me and delete my details vs no calls at work",
        "ml",
        [
            mle("Singapore")(
                "Hui Zhang",
                0,
                touches=[sms(25, "请不要再联系我，也请删除我的资料。谢谢。")],
                excluded=True,
            ),
            mle("Singapore")(
                "Jia Hao Tan",
                2,
                touches=[
                    sms(25, "上班时间请不要打电话，发微信或邮件就好。还是对推理优化的职位感兴趣。")
                ],
            ),
        ],
        **job(INFERENCE_MLE, SINGAPORE_HYBRID),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out -----------

NEURIPS_DM = (
    "swamped till after neurips (poster + a workshop talk). would love to chat after tho, the "
    "pretraining stuff sounds cool"
)
MIT_REFERRAL = (
    "Referral from Prof. Hartmann (MIT): {name} is one of the strongest students I have had. "
    "{pronoun} defends in March and will be ready to start right after - please keep {object} in "
    "mind for research scientist roles."
)
CLIFF_CALL = (
    "Quick call, 20 min. Joined Amazon (L6, AGI org) in June. Likes the team, comp is great, not "
    "leaving before the 1-yr cliff. Asked a lot about our inference roadmap and seemed genuinely "
    "interested, also mentioned the commute to SLU is easy for them. Open to talking properly "
    "after the cliff."
)
ICML_TEXT = "heads down till post-icml sorry!! new paper + a big run. bug me then"
NOTICE_MAIL = (
    "Hi Sarah, small update: I resigned at IBM Research today. Notice here is three months, so I "
    "can't start anything before that's served, but I'm happy to keep talking in the meantime."
)
BONUS_CALL = (
    "Cand at Google NYC, L5, serving infra. Long chat about the team, the on-call, his manager "
    "leaving. Bottom line: won't move before the annual bonus pays out in March - 'leaving 30% "
    "on the table otherwise'. Otherwise warm, liked what he heard about inference."
)
INTERNSHIP_MAIL = (
    "Thanks for reaching out! I'm doing a research internship at DeepMind this summer - could we "
    "talk after it wraps up?"
)
CNY_DM = "can we talk after CNY? year-end is crazy and i want my AWS + bonus first"
QUARTERS_MAIL = "Give me two quarters to land the project I'm on, and then let's talk properly."
GARDEN_CALL = (
    "Resigned from the fund. They've put {pronoun} on six months' garden leave from today - "
    "contractually can't start anywhere until it ends. Wants to line something up for after. "
    "Very strong on infra, ran their GPU cluster."
)
TAPE_OUT_CALL = (
    "Not leaving before tape-out at end of Q1 - owns the NoC and won't leave the team hanging. "
    "After that very open, likes what Anvil is doing on inference silicon."
)
SIX_WEEKS_DM = "in six weeks? we've got a customer pilot going live and i'm on point for it"
MARKET_NOTE = (
    "From Prof. Nakamura: {name} will be on the job market next fall, after {possessive} fifth "
    "year. Worth keeping on your radar for RS roles then."
)

WAITS = [
    C(
        "wait: 'after neurips', said in October vs the same said the October before",
        "ml",
        [
            scientist("San Francisco, CA")(
                "Jonah Feldman", 1, touches=[dm(date(2026, 10, 12), NEURIPS_DM)]
            ),
            scientist("San Francisco, CA")(
                "Ines Sequeira", 2, touches=[dm(date(2025, 10, 13), NEURIPS_DM)]
            ),
        ],
        **job(PRETRAINING_RS, SF_THREE_DAYS),
    ),
    C(
        "wait: defending in March, said by her advisor in September vs the September before",
        "ml",
        [
            student("Cambridge, MA")(
                "Mei Lin Chow",
                1,
                touches=[
                    referee(
                        date(2026, 9, 21),
                        MIT_REFERRAL.format(name="Mei Lin", pronoun="She", object="her"),
                    )
                ],
            ),
            student("Cambridge, MA")(
                "Dami Adeyemi",
                2,
                touches=[
                    referee(
                        date(2025, 9, 22),
                        MIT_REFERRAL.format(name="Dami", pronoun="He", object="him"),
                    )
                ],
            ),
        ],
        **job(NEW_GRAD_RS, NYC_THREE_DAYS),
    ),
    C(
        "wait: not before the one-year cliff, joined in June vs joined the June before",
        "ml",
        [
            mle("Seattle, WA")(
                "Ryan Castellanos", 1, touches=[call(date(2026, 7, 20), CLIFF_CALL)]
            ),
            mle("Seattle, WA")("Anika Sørensen", 2, touches=[call(date(2025, 7, 21), CLIFF_CALL)]),
        ],
        **job(INFERENCE_MLE, SEATTLE_TWO_DAYS),
    ),
    C(
        "wait: heads down till post-ICML, said this month vs said in May",
        "ml",
        [
            engineer("London, UK")(
                "Felix Oyelaran", 1, touches=[sms(date(2026, 11, 2), ICML_TEXT)]
            ),
            engineer("London, UK")(
                "Rosalind Hoogendijk", 2, touches=[sms(date(2026, 5, 11), ICML_TEXT)]
            ),
        ],
        **job(TRAINING_RE, LONDON_THREE_DAYS),
    ),
    C(
        "wait: three months' notice in Zurich, handed in last week vs handed in in July",
        "ml",
        [
            physicist("Zurich, Switzerland")(
                "Reto Hofstetter", 1, touches=[mail(date(2026, 11, 16), NOTICE_MAIL)]
            ),
            physicist("Zurich, Switzerland")(
                "Aylin Demirci", 2, touches=[mail(date(2026, 7, 20), NOTICE_MAIL)]
            ),
        ],
        **job(QEC_RS, ZURICH_HYBRID),
    ),
    C(
        "wait: not before the March bonus, said in October vs said in January",
        "ml",
        [
            mle("New York, NY")("Daniel Russo", 1, touches=[call(date(2026, 10, 5), BONUS_CALL)]),
            mle("New York, NY")("Kofi Asamoah", 2, touches=[call(date(2026, 1, 12), BONUS_CALL)]),
        ],
        **job(INFERENCE_MLE, NYC_THREE_DAYS),
    ),
    C(
        "wait: after the summer internship, said in April vs said this month",
        "ml",
        [
            student("London, UK")(
                "Hamza Chaudhry", 2, touches=[mail(date(2026, 4, 13), INTERNSHIP_MAIL)]
            ),
            student("London, UK")(
                "Clémence Lemaitre", 1, touches=[mail(date(2026, 11, 9), INTERNSHIP_MAIL)]
            ),
        ],
        **job(NEW_GRAD_RS, LONDON_THREE_DAYS),
    ),
    C(
        "wait: after the chagim, said in August vs after Pesach, said in October",
        "ml",
        [
            engineer("Tel Aviv, Israel")(
                "Itai Shapiro",
                2,
                touches=[
                    sms(
                        date(2026, 8, 17),
                        "after the chagim ok? everything's frozen at work till then",
                    )
                ],
            ),
            engineer("Tel Aviv, Israel")(
                "Maya Levi",
                1,
                touches=[
                    sms(
                        date(2026, 10, 19),
                        "after pesach ok? we're mid-migration and i promised the team through "
                        "the spring",
                    )
                ],
            ),
        ],
        **job(TRAINING_RE, TEL_AVIV_ONSITE),
    ),
    C(
        "wait: after Chinese New Year, said last December vs said this month",
        "ml",
        [
            mle("Singapore")("Nicholas Teo", 2, touches=[dm(date(2025, 12, 8), CNY_DM)]),
            mle("Singapore")("Rachel Goh", 1, touches=[dm(date(2026, 11, 9), CNY_DM)]),
        ],
        **job(INFERENCE_MLE, SINGAPORE_HYBRID),
    ),
    C(
        "wait: give me two quarters, said in April vs said in October",
        "ml",
        [
            scientist("Toronto, ON, Canada")(
                "Marcus Wong", 2, touches=[mail(date(2026, 4, 13), QUARTERS_MAIL)]
            ),
            scientist("Toronto, ON, Canada")(
                "Élodie Tremblay", 1, touches=[mail(date(2026, 10, 19), QUARTERS_MAIL)]
            ),
        ],
        **job(PRETRAINING_RS, TORONTO_HYBRID),
    ),
    C(
        "wait: six months' garden leave from today, said in September vs said in March",
        "ml",
        [
            engineer("London, UK")(
                "Oliver Rutherford",
                1,
                touches=[call(date(2026, 9, 1), GARDEN_CALL.format(pronoun="him"))],
            ),
            engineer("London, UK")(
                "Harriet Boakye",
                2,
                touches=[call(date(2026, 3, 2), GARDEN_CALL.format(pronoun="her"))],
            ),
        ],
        **job(TRAINING_RE, LONDON_THREE_DAYS),
    ),
    C(
        "wait: not before the tape-out at the end of Q1, said in September vs the year before",
        "ml",
        [
            chip("Santa Clara, CA")(
                "Brandon Liu", 1, touches=[call(date(2026, 9, 14), TAPE_OUT_CALL)]
            ),
            chip("Santa Clara, CA")(
                "Sofia Marchetti", 2, touches=[call(date(2025, 9, 15), TAPE_OUT_CALL)]
            ),
        ],
        **job(RTL_DESIGN, SANTA_CLARA_ONSITE),
    ),
    C(
        "wait: 'in six weeks', said two months ago vs said last week",
        "ml",
        [
            roboticist("Somerville, MA")(
                "Jared Kowalczyk", 2, touches=[dm(date(2026, 9, 21), SIX_WEEKS_DM)]
            ),
            roboticist("Somerville, MA")(
                "Leah Abramowitz", 1, touches=[dm(date(2026, 11, 16), SIX_WEEKS_DM)]
            ),
        ],
        **job(ROBOT_LEARNING, SOMERVILLE_ONSITE),
    ),
    C(
        "wait: on the job market next fall, said this September vs the September before",
        "ml",
        [
            student("Berkeley, CA")(
                "Gabriel Santos",
                1,
                touches=[
                    referee(date(2026, 9, 14), MARKET_NOTE.format(name="Gabriel", possessive="his"))
                ],
            ),
            student("Berkeley, CA")(
                "Ayesha Kazmi",
                2,
                touches=[
                    referee(date(2025, 9, 15), MARKET_NOTE.format(name="Ayesha", possessive="her"))
                ],
            ),
        ],
        **job(NEW_GRAD_RS, SF_THREE_DAYS),
    ),
    C(
        "wait: a call note full of dates that asks for no wait vs a postdoc starting in January",
        "ml",
        [
            student("Toronto, ON, Canada")(
                "Priyanka Gokhale",
                2,
                touches=[
                    call(
                        60,
                        "Long call. Defended 14 Sept (congrats sent), NeurIPS camera-ready went "
                        "in 23 Oct, moved from Montréal to Toronto 1 Nov, PR card arrived in "
                        "August so no permit questions. Available immediately, start date "
                        "flexible - wants RS roles in Toronto.",
                    )
                ],
            ),
            student("Toronto, ON, Canada")(
                "Samuel Nwosu",
                1,
                touches=[
                    call(
                        60,
                        "Long call. Defended 14 Sept, moved to Toronto 1 Nov. Starting a postdoc "
                        "at Vector on 4 January and wants to give it a year before looking at "
                        "industry again.",
                    )
                ],
            ),
        ],
        **job(NEW_GRAD_RS, TORONTO_HYBRID),
    ),
    C(
        "wait: a DM full of deadlines that asks for no wait vs not before mid-January",
        "ml",
        [
            scientist("Seattle, WA")(
                "Hailey Brooks",
                2,
                touches=[
                    dm(
                        20,
                        "crazy couple of months - iclr deadline 1 oct, cvpr 13 nov, rebuttals "
                        "till 3 dec, thanksgiving thursday. but honestly send the JD, happy to "
                        "talk any time",
                    )
                ],
            ),
            scientist("Seattle, WA")(
                "Omar Zoubi",
                1,
                touches=[
                    dm(
                        20,
                        "crazy couple of months with iclr rebuttals and then the holidays. not "
                        "before mid-january please",
                    )
                ],
            ),
        ],
        **job(PRETRAINING_RS, SEATTLE_TWO_DAYS),
    ),
]

# --- 3. schedule, travel, visa and right to work, contract type, commute ---------------------

SCHEDULE = [
    C(
        "schedule: never carrying a pager again vs on-call is fine; the role has a rotation",
        "ml",
        [
            mle("San Francisco, CA")(
                "Trevor Nakamura",
                0,
                touches=[
                    call(
                        70,
                        "Caught up w/ cand, E6 at Meta on ads ranking, 4 yrs. Reasons to move: "
                        "wants to be closer to LLMs, bored of ads, manager churn. Comp "
                        "expectations sane for E6. But: burnt out on on-call, says he is never "
                        "carrying a pager again - deal-breaker. Kid starting school in Sept.",
                    )
                ],
            ),
            mle("San Francisco, CA")(
                "Lucía Montalbán",
                2,
                touches=[
                    call(
                        70,
                        "Caught up w/ cand, E6 at Meta on ads ranking, 4 yrs. Wants to be closer "
                        "to LLMs. Fine with on-call if it's a sane rotation, 1 wk in 6 or so - "
                        "wants to own serving end to end.",
                    )
                ],
            ),
        ],
        **job(
            INFERENCE_MLE,
            SF_THREE_DAYS,
            extra_offers=["On-call: one week in six for the serving fleet"],
        ),
    ),
    C(
        "schedule: no more evening calls with the Bay Area vs late calls are fine",
        "ml",
        [
            scientist("London, UK")(
                "Eleanor Marchbanks",
                0,
                touches=[
                    mail(
                        55,
                        "I did three years of 7pm calls with Mountain View. I'm not doing that "
                        "again - I want a team whose working day is my working day.",
                    )
                ],
            ),
            scientist("London, UK")(
                "Rohan Wadhwa",
                2,
                touches=[
                    mail(
                        55,
                        "Late calls don't bother me at all, I'm a night owl and I like being "
                        "close to the SF folks.",
                    )
                ],
            ),
        ],
        **job(
            PRETRAINING_RS,
            LONDON_THREE_DAYS,
            description="The London team works hand in hand with the San Francisco pretraining "
            "group: a daily sync at 5:30pm UK and some later evenings around big runs.",
        ),
    ),
    C(
        "schedule: a four-day week since the twins vs no word; the lab offers 80%",
        "ml",
        [
            engineer("Toronto, ON, Canada")(
                "Naomi Friedman",
                2,
                ("Four-day week (80%), Fridays off - non-negotiable since the twins", 80),
            ),
            engineer("Toronto, ON, Canada")(
                "Devon Clarke", 1, ("Happy with a normal full-time week", 80)
            ),
        ],
        **job(
            TRAINING_RE,
            TORONTO_HYBRID,
            extra_offers=["Four-day week (80% time) open to anyone who asks"],
        ),
    ),
    C(
        "schedule: no night shifts with a toddler vs night deployments are fine",
        "ml",
        [
            roboticist("Somerville, MA")(
                "Kristen Albrecht",
                0,
                touches=[sms(45, "no night shifts for me anymore, toddler at home. days only pls")],
            ),
            roboticist("Somerville, MA")(
                "Darius Rahimi",
                2,
                touches=[
                    sms(
                        45,
                        "night deployments are fine, did plenty at amazon robotics. like being on "
                        "the floor",
                    )
                ],
            ),
        ],
        **job(
            ROBOT_LEARNING,
            SOMERVILLE_ONSITE,
            extra_offers=["Two weeks a quarter of night-shift deployments at customer warehouses"],
        ),
    ),
]

TRAVEL = [
    C(
        "travel: done with customer-site travel vs likes a third of the time on the road",
        "ml",
        [
            roboticist("San Francisco, CA")(
                "Grant Eckhardt",
                0,
                touches=[
                    call(
                        65,
                        "Cand is done with travel after 2 yrs of deployments across the Midwest "
                        "- wants zero customer-site travel, full stop.",
                    )
                ],
            ),
            roboticist("San Francisco, CA")(
                "Ximena Ortega",
                2,
                touches=[
                    call(
                        65,
                        "Likes being at customer sites, fine with ~30% travel, passport ready.",
                    )
                ],
            ),
        ],
        **job(
            ROBOT_LEARNING,
            SOUTH_SF_ONSITE,
            offers=["About 30% travel to customer warehouses in the Midwest and Texas"],
        ),
    ),
    C(
        "travel: wants a lab that sends her to conferences vs no word; this one pays for two",
        "ml",
        [
            scientist("New York, NY")(
                "Katarzyna Wiśniewska",
                2,
                touches=[
                    dm(
                        40,
                        "biggest frustration at my current place: they blocked conference travel "
                        "this year, i missed icml with an oral. want a lab that actually sends "
                        "people",
                    )
                ],
            ),
            scientist("New York, NY")(
                "Benjamin Adler",
                1,
                touches=[dm(40, "doing fine where i am, would look at the right RS role")],
            ),
        ],
        **job(
            PRETRAINING_RS,
            NYC_THREE_DAYS,
            extra_offers=["Conference budget: two major conferences a year, travel paid"],
        ),
    ),
    C(
        "travel: a pending green card keeps him in the US vs happy to fly; a week in London a "
        "quarter",
        "ml",
        [
            mle("New York, NY")(
                "Vivek Subramanian",
                0,
                touches=[
                    call(
                        50,
                        "I-485 pending, no advance parole yet - can't leave the US for now. Any "
                        "role with international travel is out until the card comes.",
                    )
                ],
            ),
            mle("New York, NY")(
                "Hannah Goldberg",
                2,
                touches=[
                    call(
                        50,
                        "US citizen, happy to travel, likes the idea of time with the London team.",
                    )
                ],
            ),
        ],
        **job(
            INFERENCE_MLE,
            NYC_THREE_DAYS,
            extra_offers=["One week at the London office every quarter"],
        ),
    ),
    C(
        "travel: one trip a month at most since the baby vs loved fab trips; little travel here",
        "ml",
        [
            chip("Santa Clara, CA")(
                "Adebayo Ayodele",
                2,
                touches=[
                    call(
                        85,
                        "Baby arrived in the spring - max one trip a month now, ideally fewer. "
                        "Would not take a role with heavy travel to Taiwan again.",
                    )
                ],
            ),
            chip("Santa Clara, CA")(
                "Lauren Fitzgerald",
                1,
                touches=[
                    call(
                        85,
                        "Loved the bring-up trips to Hsinchu at her last job, would happily "
                        "travel more.",
                    )
                ],
            ),
        ],
        **job(
            RTL_DESIGN,
            SANTA_CLARA_ONSITE,
            extra_offers=["Little travel: the odd visit to our foundry partner, a few days a year"],
        ),
    ),
]

VISA = [
    C(
        "visa: needs an H-1B transfer vs a US citizen; this role sponsors transfers",
        "ml",
        [
            engineer("San Francisco, CA")(
                "Karthik Iyer",
                2,
                touches=[
                    ats(
                        60,
                        "On H-1B (Nvidia), would need a transfer + wants GC process started. "
                        "Otherwise ready to move.",
                    )
                ],
            ),
            engineer("San Francisco, CA")(
                "Megan O'Rourke",
                1,
                touches=[ats(60, "US citizen. Ready to move for the right infra team.")],
            ),
        ],
        **job(
            TRAINING_RE,
            SF_THREE_DAYS,
            extra_offers=["We sponsor H-1B transfers and file green cards from day one"],
        ),
    ),
    C(
        "visa: STEM OPT running out vs a green card holder; this start-up cannot sponsor",
        "ml",
        [
            engineer("San Francisco, CA")(
                "Zhiyuan Chen",
                0,
                touches=[
                    mail(
                        35,
                        "Just so you know: I'm on STEM OPT until August 2027, so any offer would "
                        "need H-1B sponsorship.",
                    )
                ],
            ),
            engineer("San Francisco, CA")(
                "Fatima Al-Sayed",
                2,
                touches=[
                    mail(
                        35,
                        "Just so you know: I'm a green card holder, so no sponsorship is needed "
                        "now or later.",
                    )
                ],
            ),
        ],
        **job(
            TRAINING_RE,
            SF_IN_PERSON,
            title="Founding Research Engineer",
            extra_offers=["We are unable to sponsor work visas, now or in the future"],
        ),
    ),
    C(
        "visa: a Global Talent visa vs needs a Skilled Worker visa; the London lab can't sponsor",
        "ml",
        [
            scientist("London, UK")(
                "Ananya Iyengar",
                2,
                touches=[
                    call(
                        70,
                        "Cand on a Global Talent visa (Royal Society endorsement), so no "
                        "sponsorship needed. Keen on London, loves the seed-stage energy.",
                    )
                ],
            ),
            scientist("London, UK")(
                "Tobias Hahn",
                0,
                touches=[
                    call(
                        70,
                        "Cand would need a Skilled Worker visa sponsored - currently on a "
                        "Graduate visa that ends in February.",
                    )
                ],
            ),
        ],
        **job(
            PRETRAINING_RS,
            dict(remote_policy="onsite", location="London, UK"),
            title="Founding Research Scientist",
            description="Seed-stage language-model lab in Shoreditch, nine people.",
            offers=["We can't sponsor visas yet: you need the right to work in the UK already"],
        ),
    ),
    C(
        "visa: wants a lab that files his O-1 vs no word; this lab files O-1 and EB-1",
        "ml",
        [
            scientist("Toronto, ON, Canada")(
                "Daniel Kaplan",
                2,
                touches=[
                    dm(
                        55,
                        "want to move down to the bay but i'd need a lab that files an O-1 for "
                        "me (TN doesn't cover research scientist). that's the blocker",
                    )
                ],
            ),
            scientist("Toronto, ON, Canada")(
                "Sara Bianchi", 1, touches=[dm(55, "open to the right RS role, send it over")]
            ),
        ],
        **job(
            PRETRAINING_RS,
            SF_THREE_DAYS,
            extra_offers=[
                "We file O-1 and EB-1 petitions for researchers and pay the legal fees",
                "Relocation to the Bay Area",
            ],
        ),
    ),
    C(
        "visa: a non-EU national needing a Swiss permit vs an EU passport; EU/EFTA hires only",
        "ml",
        [
            physicist("Munich, Germany")(
                "Rahul Sengupta",
                0,
                touches=[
                    mail(
                        50,
                        "Happy to move to Zurich. I'm an Indian national, so I would need a "
                        "Swiss work permit from the non-EU quota.",
                    )
                ],
            ),
            physicist("Munich, Germany")(
                "Giulia Romano",
                2,
                touches=[
                    mail(
                        50,
                        "Happy to move to Zurich. I have an Italian passport, so the B permit "
                        "should be a formality.",
                    )
                ],
            ),
        ],
        **job(
            QEC_RS,
            ZURICH_HYBRID,
            extra_offers=[
                "We can only hire EU/EFTA nationals or people who already hold a Swiss permit"
            ],
        ),
    ),
    C(
        "visa: on a Dependant Pass, needs her own EP vs a PR; the role sponsors Employment Passes",
        "ml",
        [
            mle("Singapore")(
                "Lakshmi Subbiah",
                2,
                touches=[
                    call(
                        45,
                        "Cand is on a DP through her husband - would need her own EP to take "
                        "any role. Asked specifically whether we sponsor.",
                    )
                ],
            ),
            mle("Singapore")(
                "Desmond Lee",
                1,
                touches=[call(45, "SG PR, no pass needed. Open to a move in the new year.")],
            ),
        ],
        **job(
            INFERENCE_MLE,
            SINGAPORE_HYBRID,
            extra_offers=["Employment Pass sponsored for the right candidate"],
        ),
    ),
]

CONTRACT = [
    C(
        "contract: full-time only after two years of contracts vs happy on a 1099",
        "ml",
        [
            mle("New York, NY")(
                "Ethan Marsh",
                0,
                touches=[
                    dm(50, "FTE only now. two years of contracts, no benefits, done with that")
                ],
            ),
            mle("New York, NY")(
                "Priscilla Adjei",
                2,
                touches=[dm(50, "happy contracting, 1099 or corp-to-corp, i like the flexibility")],
            ),
        ],
        **job(
            INFERENCE_MLE,
            US_REMOTE,
            title="ML Engineer, LLM Evaluation (6-month contract)",
            extra_offers=["Six-month contract, W-2 or 1099, possible extension"],
        ),
    ),
    C(
        "contract: a professor who can take one year's leave vs leaving academia for good",
        "ml",
        [
            professor("Lausanne, Switzerland")(
                "Hélène Girard",
                0,
                touches=[
                    mail(
                        90,
                        "I can take one year of leave from EPFL from September, no more - I'm "
                        "keeping my chair. A visiting or fixed-term arrangement is the only thing "
                        "I could do.",
                    )
                ],
            ),
            professor("Lausanne, Switzerland")(
                "Stefan Vogel",
                2,
                touches=[
                    mail(
                        90,
                        "I've made up my mind to leave academia for good. I want to build things "
                        "at scale - permanent industry roles only.",
                    )
                ],
            ),
        ],
        **job(
            PRETRAINING_RS,
            ZURICH_HYBRID,
            seniority="staff",
            extra_offers=["Permanent, full-time position"],
        ),
    ),
    C(
        "contract: a professor who wants one day a week vs wants a full-time move; part-time "
        "visiting role",
        "ml",
        [
            professor("Toronto, ON, Canada")(
                "Aleksandra Nowak",
                2,
                touches=[
                    mail(
                        100,
                        "I'd love a part-time industry affiliation - a day a week alongside my "
                        "group at U of T. I'm not leaving the university.",
                    )
                ],
            ),
            professor("Toronto, ON, Canada")(
                "James Whitaker",
                0,
                touches=[
                    mail(
                        100,
                        "Looking for a full-time move into industry - part-time arrangements "
                        "don't work for me.",
                    )
                ],
            ),
        ],
        **job(
            PRETRAINING_RS,
            TORONTO_HYBRID,
            title="Visiting Research Scientist (part-time, 20%)",
            extra_offers=["One day a week, alongside your academic post"],
        ),
    ),
    C(
        "contract: wants permanent after three postdoc contracts vs a residency year suits him",
        "ml",
        [
            postdoc("Boston, MA")(
                "Rebecca Thornton",
                0,
                touches=[
                    call(
                        75,
                        "After three postdoc contracts she wants something permanent - won't "
                        "take another fixed-term thing.",
                    )
                ],
            ),
            postdoc("Boston, MA")(
                "Ikechukwu Obi",
                2,
                touches=[
                    call(
                        75,
                        "A one-year residency would be perfect - wants to try industry before "
                        "deciding about faculty jobs.",
                    )
                ],
            ),
        ],
        **job(
            PROTEIN_MLS,
            BOSTON_ONSITE,
            title="AI Resident, Protein Design (12 months, fixed-term)",
            seniority="mid",
            offers=["Twelve-month fixed-term residency"],
        ),
    ),
]

COMMUTE = [
    C(
        "commute: Caltrain from San Jose twice a week at most vs lives in the Mission",
        "ml",
        [
            engineer("San Jose, CA")(
                "Steven Cho",
                0,
                touches=[
                    call(
                        55,
                        "Lives in San Jose, won't do the Caltrain up to SF more than twice a "
                        "week. 3+ days is a no.",
                    )
                ],
            ),
            engineer("San Francisco, CA")(
                "Jessica Moreno",
                2,
                touches=[
                    call(
                        55,
                        "Lives in the Mission, bikes everywhere, wants to be in with the team.",
                    )
                ],
            ),
        ],
        **job(TRAINING_RE, SF_THREE_DAYS),
    ),
    C(
        "commute: 45 minutes door to door at most, from Islington vs from Reading",
        "ml",
        [
            scientist("Islington, London, UK")(
                "Charlotte Devereux",
                2,
                touches=[mail(40, "My one hard rule now: 45 minutes door to door, max.")],
            ),
            scientist("Reading, UK")(
                "William Ashdown",
                0,
                touches=[mail(40, "My one hard rule now: 45 minutes door to door, max.")],
            ),
        ],
        **job(PRETRAINING_RS, LONDON_THREE_DAYS),
    ),
    C(
        "commute: won't drive up from Providence more than once a week vs moved near Kendall",
        "ml",
        [
            physicist("Providence, RI")(
                "Patrick Keaveney",
                0,
                touches=[
                    sms(
                        60,
                        "not driving up from providence more than once a week, tried it, 2hrs "
                        "each way",
                    )
                ],
            ),
            physicist("Somerville, MA")(
                "Yuki Tanabe",
                2,
                touches=[
                    sms(
                        60,
                        "moved to somerville this summer, 10 min from kendall, happy to be in "
                        "every day",
                    )
                ],
            ),
        ],
        **job(QEC_RS, CAMBRIDGE_ONSITE),
    ),
]

# --- 4. pay against the band ----------------------------------------------------------------

PAY = [
    C(
        "pay: a base floor of $350k vs about $280k is fine; band $260k-$320k plus equity",
        "ml",
        [
            engineer("San Francisco, CA")(
                "Nathaniel Greer",
                0,
                touches=[
                    call(
                        45,
                        "E6 at Meta, infra for GenAI. Good convo, knows our papers. Comp: base "
                        "floor 350, won't move for less, TC expectation ~700 with refreshers. "
                        "Likes the 3-day hybrid.",
                    )
                ],
            ),
            engineer("San Francisco, CA")(
                "Olga Petrenko",
                2,
                touches=[
                    call(
                        45,
                        "E6 at Meta, infra for GenAI. Base around 280 is fine if the equity is "
                        "real, cares more about the research than the number.",
                    )
                ],
            ),
        ],
        **job(
            TRAINING_RE,
            SF_THREE_DAYS,
            salary_min=260_000,
            salary_max=320_000,
            currency="USD",
            extra_offers=["Base $260k-$320k plus a meaningful equity grant"],
        ),
    ),
    C(
        "pay: £150k base inside a £130k-£170k band vs will not look below £200k",
        "ml",
        [
            scientist("London, UK")(
                "Imran Chaudhry", 2, touches=[call(35, "Looking for ~£150k base plus equity.")]
            ),
            scientist("London, UK")(
                "Fiona MacLeod", 0, touches=[call(35, "Won't look at anything below £200k base.")]
            ),
        ],
        **job(
            PRETRAINING_RS,
            LONDON_THREE_DAYS,
            salary_min=130_000,
            salary_max=170_000,
            currency="GBP",
        ),
    ),
    C(
        "pay: CHF 180k inside a CHF 160k-200k band vs €250k asked in euros",
        "ml",
        [
            physicist("Zurich, Switzerland")(
                "Andrea Baumgartner",
                2,
                touches=[mail(50, "My expectation would be around CHF 180k, all in.")],
            ),
            physicist("Zurich, Switzerland")(
                "Pierre Duchêne",
                0,
                touches=[
                    mail(
                        50,
                        "To move I'd need €250k base - that's where the Munich offer I'm "
                        "holding lands.",
                    )
                ],
            ),
        ],
        **job(QEC_RS, ZURICH_HYBRID, salary_min=160_000, salary_max=200_000, currency="CHF"),
    ),
    C(
        "pay: S$18k a month against a yearly S$200k-S$260k band vs S$28k a month",
        "ml",
        [
            mle("Singapore")(
                "Darren Koh", 2, touches=[sms(28, "looking at ~S$18k/month base + bonus")]
            ),
            mle("Singapore")(
                "Ashwin Prabhu", 0, touches=[sms(28, "need S$28k/mth base minimum to move")]
            ),
        ],
        **job(
            INFERENCE_MLE,
            SINGAPORE_HYBRID,
            salary_min=200_000,
            salary_max=260_000,
            currency="SGD",
        ),
    ),
    C(
        "pay: $130 an hour inside a $120-$140 contract rate vs $200 an hour",
        "ml",
        [
            mle("Denver, CO")(
                "Gregory Pike",
                2,
                touches=[dm(30, "my rate is $130/hr W-2, bit flexible for a long engagement")],
            ),
            mle("Denver, CO")(
                "Tamara Jovanović", 0, touches=[dm(30, "rate is $200/hr, not negotiable")]
            ),
        ],
        **job(
            INFERENCE_MLE,
            US_REMOTE,
            title="ML Engineer, LLM Evaluation (contract)",
            extra_offers=["$120-$140 an hour on a W-2 contract, six months"],
        ),
    ),
    C(
        "pay: current TC is no ask, takes a cut for safety work vs wants 20% over current",
        "ml",
        [
            scientist("San Francisco, CA")(
                "Madeleine Cho",
                2,
                touches=[
                    call(
                        60,
                        "Cand currently ~$420k TC at Google DeepMind. Said she'd happily take a "
                        "cut to ~300 for a real alignment team. Current comp is NOT her ask.",
                    )
                ],
            ),
            scientist("San Francisco, CA")(
                "Bradley Kim",
                0,
                touches=[
                    call(
                        60,
                        "Cand currently ~$320k TC at Google DeepMind. Needs at least 20% more "
                        "to move, whatever the team.",
                    )
                ],
            ),
        ],
        **job(
            INTERPRETABILITY_RS,
            SF_THREE_DAYS,
            salary_min=300_000,
            salary_max=350_000,
            currency="USD",
            extra_offers=["Total compensation $300k-$350k including equity"],
        ),
    ),
    C(
        "pay: ₪55k a month against a ₪600k-₪720k band vs ₪85k a month and a car",
        "ml",
        [
            chip("Tel Aviv, Israel")(
                "Eitan Goldstein",
                2,
                touches=[sms(40, "מחפש בסביבות 55 אלף ברוטו בחודש, פלוס אופציות")],
            ),
            chip("Tel Aviv, Israel")(
                "Roni Katz",
                0,
                touches=[sms(40, "85k a month gross minimum, plus a car. not less")],
            ),
        ],
        **job(
            RTL_DESIGN,
            TEL_AVIV_ONSITE,
            salary_min=600_000,
            salary_max=720_000,
            currency="ILS",
        ),
    ),
    C(
        "pay: after the shutdown needs cash vs trades base for equity; a seed-stage band",
        "ml",
        [
            founder("San Francisco, CA")(
                "Jordan Blake",
                0,
                touches=[
                    call(
                        55,
                        "Long one. Walked through the shutdown (ran out of runway in April, "
                        "sold the IP for parts), what he learned, what he'd do differently. "
                        "Now: he needs cash - base of $250k minimum, not being paid in options "
                        "again. Open on stage and team size otherwise.",
                    )
                ],
            ),
            founder("San Francisco, CA")(
                "Samira Khoury",
                2,
                touches=[
                    call(
                        55,
                        "Walked through the shutdown. Happy to take a lower base for a "
                        "meaningful equity stake - she's seen the upside and wants to be early.",
                    )
                ],
            ),
        ],
        **job(
            INFERENCE_MLE,
            SF_IN_PERSON,
            title="Founding ML Engineer, Inference",
            salary_min=170_000,
            salary_max=200_000,
            currency="USD",
            extra_offers=["Seed stage: base $170k-$200k plus 0.5%-1% equity"],
        ),
    ),
    C(
        "pay: French, not below €90k fixed inside a €100k-€130k band vs €150k minimum",
        "ml",
        [
            scientist("Paris, France")(
                "Julien Carpentier",
                2,
                touches=[
                    mail(33, "Pour être transparent : je ne descends pas en dessous de 90 k€ fixe.")
                ],
            ),
            scientist("Paris, France")(
                "Sandrine Lefèvre",
                0,
                touches=[mail(33, "Mes attentes : 150 k€ fixe minimum, hors variable.")],
            ),
        ],
        **job(
            PRETRAINING_RS,
            PARIS_HYBRID,
            salary_min=100_000,
            salary_max=130_000,
            currency="EUR",
        ),
    ),
]

# --- 5. work mode said in one place only; negation and its scope ------------------------------

WORK_MODE = [
    C(
        "work mode: remote in the title only; moved to Boulder vs wants to be in the room",
        "ml",
        [
            engineer("Boulder, CO")(
                "Caitlin Reyes", 2, touches=[dm(35, "remote or nothing now, we moved to boulder")]
            ),
            engineer("Boulder, CO")(
                "Mark Sullivan",
                0,
                touches=[
                    dm(
                        35,
                        "i want to be in the room with the researchers. remote research teams "
                        "just don't work for me",
                    )
                ],
            ),
        ],
        **job(
            TRAINING_RE,
            dict(location="United States"),
            title="Research Engineer, Evaluations (Remote, US)",
        ),
    ),
    C(
        "work mode: in person every day in the description only; two days max vs every day",
        "ml",
        [
            scientist("San Francisco, CA")(
                "Leon Hartmann",
                0,
                touches=[call(50, "Hybrid, 2 days max. Long commute from Walnut Creek and a kid.")],
            ),
            scientist("San Francisco, CA")(
                "Sophie Vasseur",
                2,
                touches=[call(50, "Wants an in-person lab, every day. Remote research bores her.")],
            ),
        ],
        **job(
            PRETRAINING_RS,
            dict(location="San Francisco, CA"),
            description="Run pretraining experiments on our next model. We are an in-person lab: "
            "everyone is at Mission Bay five days a week.",
        ),
    ),
    C(
        "work mode: Tuesdays and Thursdays in the offers only; two days is the limit vs remote "
        "only",
        "ml",
        [
            mle("Seattle, WA")(
                "Hiroshi Nakagawa",
                2,
                touches=[mail(45, "Two days in the office is my limit, three is a no.")],
            ),
            mle("Seattle, WA")(
                "Brianna Walsh",
                0,
                touches=[
                    mail(45, "Fully remote only - I'm not commuting into South Lake Union again.")
                ],
            ),
        ],
        **job(
            INFERENCE_MLE,
            dict(location="Seattle, WA"),
            offers=["Tuesdays and Thursdays in the South Lake Union office"],
        ),
    ),
    C(
        "work mode: the policy field alone says remote; WFH in Halifax vs needs an office",
        "ml",
        [
            engineer("Halifax, NS, Canada")(
                "Connor MacDonald",
                2,
                touches=[sms(60, "wfh forever, im in halifax and not moving")],
            ),
            engineer("Halifax, NS, Canada")(
                "Amélie Gagnon",
                0,
                touches=[sms(60, "i need an office, working from my kitchen is killing me")],
            ),
        ],
        **job(TRAINING_RE, dict(remote_policy="remote", location="Canada")),
    ),
    C(
        "work mode: remote-first with quarterly offsites in the offers; fine with offsites vs "
        "remote isolates him",
        "ml",
        [
            mle("Chicago, IL")(
                "Gemma Hart",
                2,
                touches=[dm(40, "remote please, happy to fly in for offsites a few times a year")],
            ),
            mle("Chicago, IL")(
                "Tyrone Jackson",
                0,
                touches=[
                    dm(40, "remote-first places isolate me, i need an office with people in it")
                ],
            ),
        ],
        **job(
            INFERENCE_MLE,
            dict(location="United States"),
            offers=["Remote-first; the whole company meets for a week each quarter"],
        ),
    ),
    C(
        "work mode: French description, four days on site in Paris; full remote only vs likes "
        "the office",
        "ml",
        [
            scientist("Paris, France")(
                "Thomas Girard", 0, touches=[mail(42, "Je ne cherche que du full remote.")]
            ),
            scientist("Paris, France")(
                "Léa Dubois",
                2,
                touches=[mail(42, "J'aime être au bureau, l'équipe me manque en télétravail.")],
            ),
        ],
        **job(
            PRETRAINING_RS,
            dict(location="Paris, France"),
            description="Poste en présentiel : quatre jours par semaine dans nos locaux du 9e, "
            "un jour de télétravail.",
        ),
    ),
]

NEGATION = [
    C(
        "negation: no more product work vs no more research; the role is research",
        "ml",
        [
            scientist("New York, NY")(
                "Rachel Stein",
                2,
                touches=[call(45, "No more product work. Research only from now on.")],
            ),
            scientist("New York, NY")(
                "Kenji Hayakawa",
                0,
                touches=[call(45, "No more research for him - wants to ship things users touch.")],
            ),
        ],
        **job(PRETRAINING_RS, NYC_THREE_DAYS),
    ),
    C(
        "negation: never again five days in an office vs not against it; the lab is in person",
        "ml",
        [
            engineer("San Francisco, CA")(
                "Hugo Ekström",
                0,
                touches=[dm(30, "never again 5 days in an office. did it at apple. never again")],
            ),
            engineer("San Francisco, CA")(
                "Nadia Chowdhury",
                2,
                touches=[dm(30, "honestly not against 5 days in office if the lab is great")],
            ),
        ],
        **job(TRAINING_RE, SF_IN_PERSON),
    ),
    C(
        "negation: not against managing vs not interested in managing; a manager role",
        "ml",
        [
            lead("London, UK")(
                "Victor Sampaio",
                2,
                touches=[
                    mail(
                        60,
                        "I'm not against managing at all - I've been doing half of it "
                        "informally for a year anyway.",
                    )
                ],
            ),
            lead("London, UK")(
                "Greta Svensson",
                0,
                touches=[mail(60, "Not interested in people management. I want to stay hands-on.")],
            ),
        ],
        **job(POSTTRAINING_MANAGER, LONDON_THREE_DAYS),
    ),
    C(
        "negation: it wasn't the money, it was the commute vs the commute was fine, the money "
        "wasn't; now remote at the old band",
        "ml",
        [
            mle("San Jose, CA")(
                "Alicia Romero",
                2,
                apps=[
                    declined(
                        250,
                        "compensation",
                        "Declined offer. On the call: 'it wasn't the money, it was the 90-minute "
                        "commute each way from San Jose'.",
                        past=PAST_SF_ONSITE_290,
                        role="Senior ML Engineer",
                    )
                ],
            ),
            mle("San Jose, CA")(
                "Martin Novak",
                0,
                apps=[
                    declined(
                        250,
                        "compensation",
                        "Declined offer. On the call: 'the commute was fine, the money wasn't' - "
                        "wanted $60k more base than the band allowed.",
                        past=PAST_SF_ONSITE_290,
                        role="Senior ML Engineer",
                    )
                ],
            ),
        ],
        **job(INFERENCE_MLE, US_REMOTE, salary_min=250_000, salary_max=290_000, currency="USD"),
    ),
    C(
        "negation: not opposed to defence work vs opposed to anything military; a defence role",
        "ml",
        [
            roboticist("Boston, MA")(
                "Colin Mercer",
                2,
                touches=[call(50, "Not opposed to defence work - Navy family, thinks it matters.")],
            ),
            roboticist("Boston, MA")(
                "Zainab Yusuf",
                0,
                touches=[
                    call(50, "Opposed to anything military. Won't work on weapons or surveillance.")
                ],
            ),
        ],
        **job(DEFENCE_AUTONOMY, BOSTON_ONSITE),
    ),
    C(
        "negation: no problem relocating to Zurich vs no relocation; both in Munich",
        "ml",
        [
            engineer("Munich, Germany")(
                "Florian Weber",
                2,
                touches=[mail(40, "No problem relocating to Zurich - actually been wanting to.")],
            ),
            engineer("Munich, Germany")(
                "Katrin Maier",
                0,
                touches=[mail(40, "No relocation, full stop. Munich or remote only.")],
            ),
        ],
        **job(TRAINING_RE, ZURICH_HYBRID),
    ),
    C(
        "negation: never writing JAX again vs not married to PyTorch; the stack is JAX on TPUs",
        "ml",
        [
            engineer("London, UK")(
                "Dmitri Orlov", 0, touches=[dm(35, "never writing jax again. pytorch or bust")]
            ),
            engineer("London, UK")(
                "Ana Lucía Herrera",
                2,
                touches=[dm(35, "not married to pytorch, would happily learn jax properly")],
            ),
        ],
        **job(
            TRAINING_RE,
            LONDON_THREE_DAYS,
            title="Research Engineer, Scaling (JAX/TPU)",
            requirements="JAX\nTPU pods\nDistributed training at scale\nPython",
            extra_offers=["Our stack: JAX on TPU pods"],
        ),
    ),
]

# --- 6. location, managing, stage and size, industry, mission, technology, level -------------

LOCATION = [
    C(
        "location: moving to London with her partner vs won't leave Boston",
        "ml",
        [
            scientist("Boston, MA")(
                "Emily Carrington",
                2,
                ("Partner's job is moving them to London in the spring; looking there", 55),
            ),
            scientist("Boston, MA")(
                "Rajesh Gupta", 0, ("Won't leave Boston - kids in school in Newton", 55)
            ),
        ],
        **job(PRETRAINING_RS, LONDON_THREE_DAYS),
    ),
    C(
        "location: would move to the Bay for the right lab vs staying in Seattle",
        "ml",
        [
            engineer("Seattle, WA")(
                "Tessa Lindgren", 2, touches=[dm(45, "would move to the bay for the right lab, np")]
            ),
            engineer("Seattle, WA")(
                "Jake Morrison",
                0,
                touches=[dm(45, "staying in seattle, we just bought a house in ballard")],
            ),
        ],
        **job(TRAINING_RE, SF_THREE_DAYS, extra_offers=["Relocation package to the Bay Area"]),
    ),
    C(
        "location: wants to move from Tel Aviv to London vs not relocating; a London role",
        "ml",
        [
            engineer("Tel Aviv, Israel")(
                "Shira Ashkenazi",
                2,
                touches=[
                    mail(
                        50,
                        "We want to relocate to London next year - anything there is interesting.",
                    )
                ],
            ),
            engineer("Tel Aviv, Israel")(
                "Amit Peretz",
                0,
                touches=[mail(50, "I'm not relocating, family is here. Israel only.")],
            ),
        ],
        **job(TRAINING_RE, LONDON_THREE_DAYS, extra_offers=["Relocation and visa support"]),
    ),
    C(
        "location: moving home to Singapore vs no word on moving; a Singapore role",
        "ml",
        [
            mle("Boston, MA")(
                "Cheryl Ong",
                2,
                touches=[
                    dm(60, "planning to move back to singapore next year to be near my parents")
                ],
            ),
            mle("Boston, MA")(
                "Patrick Hughes", 1, touches=[dm(60, "open to hearing about senior MLE roles")]
            ),
        ],
        **job(INFERENCE_MLE, SINGAPORE_HYBRID),
    ),
    C(
        "location: anywhere in Canada but not the US vs US only; a Toronto role",
        "ml",
        [
            scientist("Montreal, QC, Canada")(
                "Mathieu Lévesque",
                2,
                touches=[mail(45, "Anywhere in Canada works, but I won't move to the US.")],
            ),
            scientist("Montreal, QC, Canada")(
                "Olivia Chen",
                0,
                touches=[mail(45, "US roles only - we're moving to New York in the spring.")],
            ),
        ],
        **job(PRETRAINING_RS, TORONTO_HYBRID),
    ),
    C(
        "location: Zurich or Geneva yes vs Paris only; a Zurich role",
        "ml",
        [
            physicist("Paris, France")(
                "Nicolas Fontaine",
                2,
                touches=[mail(55, "Zurich or Geneva would both work, my wife is Swiss.")],
            ),
            physicist("Paris, France")(
                "Claire Rousseau",
                0,
                touches=[mail(55, "Paris only, I'm not leaving France.")],
            ),
        ],
        **job(QEC_RS, ZURICH_HYBRID),
    ),
]

MANAGING = [
    C(
        "managing: ready to be a TLM with reports vs tried it and wants IC; a manager role",
        "ml",
        [
            lead("San Francisco, CA")(
                "Adrian Kowalski",
                2,
                touches=[
                    call(
                        40,
                        "Ready to manage - has been the de facto TLM for a year, wants the title "
                        "and the reports.",
                    )
                ],
            ),
            lead("San Francisco, CA")(
                "Helen Mbeki",
                0,
                touches=[
                    call(
                        40,
                        "Wants to stay IC. Tried TLM for 6 months, hated the 1:1s and perf cycles.",
                    )
                ],
            ),
        ],
        **job(POSTTRAINING_MANAGER, SF_THREE_DAYS),
    ),
    C(
        "managing: burnt out on managing, back to IC vs won't go back; an IC staff role",
        "ml",
        [
            lead("Seattle, WA")(
                "Diego Paredes",
                2,
                touches=[
                    mail(
                        50,
                        "After three years managing 12 people I want to go back to IC. Hands on "
                        "the keyboard.",
                    )
                ],
            ),
            lead("Seattle, WA")(
                "Linnea Forsberg",
                0,
                touches=[mail(50, "I'm a manager now, I won't go back to an IC role.")],
            ),
        ],
        **job(
            TRAINING_RE,
            SEATTLE_TWO_DAYS,
            title="Staff Research Engineer (IC)",
            seniority="staff",
            extra_offers=["Individual contributor, no direct reports"],
        ),
    ),
    C(
        "managing: lead and keep coding vs done with code, wants to manage managers; a "
        "half-hands-on TLM",
        "ml",
        [
            lead("New York, NY")(
                "Ravi Subramanyam",
                2,
                touches=[
                    call(
                        45,
                        "Call ran long - talked about his current reorg, a possible move to "
                        "Jersey City, his kids' school. What he wants: to lead but stay "
                        "hands-on. Pure management bores him, wants to keep writing code about "
                        "half the time.",
                    )
                ],
            ),
            lead("New York, NY")(
                "Monica Alvarez",
                0,
                touches=[
                    call(
                        45,
                        "Done coding. Wants a pure people-leadership role, ideally managing "
                        "managers.",
                    )
                ],
            ),
        ],
        **job(
            INFERENCE_MLE,
            NYC_THREE_DAYS,
            title="Tech Lead Manager, Inference",
            seniority="lead",
            description="Lead four engineers while writing code about half of your time.",
        ),
    ),
    C(
        "managing: a professor who ran a group of twelve wants a team vs wants his own research",
        "ml",
        [
            professor("Oxford, UK")(
                "Kwame Boateng",
                2,
                touches=[
                    mail(
                        70,
                        "I've run a group of twelve for eight years; in industry I'd want to "
                        "lead a team, not be a lone researcher.",
                    )
                ],
            ),
            professor("Oxford, UK")(
                "Henrik Nilsson",
                0,
                touches=[
                    mail(
                        70,
                        "I want to get back to doing my own research with my own hands. No "
                        "management - I've had enough of that in academia.",
                    )
                ],
            ),
        ],
        **job(
            POSTTRAINING_MANAGER,
            LONDON_THREE_DAYS,
            title="Research Lead, Reasoning",
            description="Lead a team of six researchers on reasoning in language models.",
        ),
    ),
    C(
        "managing: a founder who wants no reports for a while vs wants to build a team; the "
        "first ML hire builds one",
        "ml",
        [
            founder("San Francisco, CA")(
                "Elliot Vance",
                0,
                touches=[dm(40, "no direct reports for a while. i want to write code and sleep")],
            ),
            founder("San Francisco, CA")(
                "Farah Naqvi",
                2,
                touches=[dm(40, "want to build and lead a team again, that's the part i miss")],
            ),
        ],
        **job(
            INFERENCE_MLE,
            SF_THREE_DAYS,
            title="Head of Machine Learning (first ML hire)",
            seniority="lead",
            description="Our first ML hire: build the ML team from zero and lead it.",
        ),
    ),
]

STAGE = [
    C(
        "stage: seed stage after five years at Google vs a big stable company; twelve people",
        "ml",
        [
            roboticist("San Francisco, CA")(
                "Isabella Moretti",
                2,
                ("Wants small and early - seed or Series A after five years at Google", 60),
            ),
            roboticist("San Francisco, CA")(
                "Owen Gallagher",
                0,
                ("Wants a big, stable company; newborn at home, no start-ups", 60),
            ),
        ],
        **job(
            ROBOT_LEARNING,
            SOUTH_SF_ONSITE,
            offers=["Seed stage: twelve people, $9M raised"],
        ),
    ),
    C(
        "stage: never pre-seed again after the shutdown vs happy to go early",
        "ml",
        [
            founder("San Francisco, CA")(
                "Nathan Greene",
                0,
                touches=[
                    mail(45, "After the shutdown I'm not doing pre-seed again. Series B or later.")
                ],
            ),
            founder("San Francisco, CA")(
                "Yasmin Qadir",
                2,
                touches=[mail(45, "Happy to go early again - pre-seed doesn't scare me.")],
            ),
        ],
        **job(
            INFERENCE_MLE,
            SF_IN_PERSON,
            title="Founding ML Engineer",
            offers=["Pre-seed: three founders, you'd be the first engineering hire"],
        ),
    ),
    C(
        "stage: a big established lab vs a team under fifty; two thousand people",
        "ml",
        [
            engineer("London, UK")(
                "Kira Johansson",
                2,
                touches=[
                    dm(30, "want a big established lab, resources + compute, no scrappy startups")
                ],
            ),
            engineer("London, UK")(
                "Tomasz Kaczmarczyk",
                0,
                touches=[dm(30, "want a team under 50 people, big orgs slow me down")],
            ),
        ],
        **job(
            TRAINING_RE,
            LONDON_THREE_DAYS,
            extra_offers=["2,000 people across nine offices"],
        ),
    ),
    C(
        "stage: the Series B sweet spot vs public companies only; a Series B",
        "ml",
        [
            mle("New York, NY")(
                "Gabriela Núñez",
                2,
                touches=[call(55, "Sweet spot is Series B to C - past PMF, still small.")],
            ),
            mle("New York, NY")(
                "Lars Mikkelsen",
                0,
                touches=[call(55, "Public companies only - needs liquid RSUs, big mortgage.")],
            ),
        ],
        **job(INFERENCE_MLE, NYC_THREE_DAYS, extra_offers=["Series B, 85 people"]),
    ),
]

INDUSTRY = [
    C(
        "industry: won't touch surveillance vs wants public-sector work; border biometrics",
        "ml",
        [
            mle("London, UK")(
                "Marta Ferreira-Lund",
                0,
                touches=[
                    mail(
                        40, "I won't work on surveillance - face recognition, tracking, any of it."
                    )
                ],
            ),
            mle("London, UK")(
                "George Papadopoulos",
                2,
                touches=[
                    mail(
                        40,
                        "I'd like to work on government and public-sector problems, border and "
                        "customs included.",
                    )
                ],
            ),
        ],
        **job(
            INFERENCE_MLE,
            LONDON_THREE_DAYS,
            title="Senior ML Engineer, Biometrics",
            description="Face and document recognition for border-control agencies.",
        ),
    ),
    C(
        "industry: wants to stay close to therapeutics vs no word; protein design for drugs",
        "ml",
        [
            postdoc("Boston, MA")(
                "Shreya Nair",
                2,
                touches=[
                    call(
                        50,
                        "Wants to stay close to therapeutics - drug discovery is the whole "
                        "point for her.",
                    )
                ],
            ),
            postdoc("Boston, MA")(
                "Lucas Schmitt", 1, touches=[call(50, "Open to industry roles, nothing specific.")]
            ),
        ],
        **job(PROTEIN_MLS, BOSTON_ONSITE),
    ),
    C(
        "industry: no trading firms vs open to quant; ML research at a trading firm",
        "ml",
        [
            scientist("London, UK")(
                "Alexander Byrne",
                0,
                touches=[mail(35, "Please, no trading firms or hedge funds. Not my world.")],
            ),
            scientist("London, UK")(
                "Mei Suzuki",
                2,
                touches=[mail(35, "Open to quant research - I like the fast feedback loop.")],
            ),
        ],
        **job(
            PRETRAINING_RS,
            LONDON_THREE_DAYS,
            title="Machine Learning Researcher",
            description="Apply deep learning to market data at a systematic trading firm.",
        ),
    ),
    C(
        "industry: climate work only vs no word; ML for battery materials",
        "ml",
        [
            scientist("Paris, France")(
                "Freya Lindahl",
                2,
                touches=[
                    dm(40, "only want climate work now. materials, grid, fusion, anything real")
                ],
            ),
            scientist("Paris, France")(
                "Nikhil Goenka", 1, touches=[dm(40, "open to research roles")]
            ),
        ],
        **job(
            PRETRAINING_RS,
            PARIS_HYBRID,
            title="ML Research Scientist, Battery Materials",
            description="Discover battery electrolytes with generative models and an autonomous "
            "lab. Series A climate start-up.",
        ),
    ),
]

MISSION = [
    C(
        "mission: alignment, not capabilities vs capabilities, safety feels slow; interpretability",
        "ml",
        [
            scientist("London, UK")(
                "Eliza Montgomery",
                2,
                touches=[
                    mail(
                        45,
                        "I want to work on alignment and interpretability, not on making models "
                        "more capable.",
                    )
                ],
            ),
            scientist("London, UK")(
                "Brett Hanson",
                0,
                touches=[mail(45, "I want to push capabilities. Safety teams feel slow to me.")],
            ),
        ],
        **job(INTERPRETABILITY_RS, LONDON_THREE_DAYS),
    ),
    C(
        "mission: no pure capabilities work vs wants the biggest models; a pretraining scale-up",
        "ml",
        [
            scientist("San Francisco, CA")(
                "Sarah Okonkwo",
                0,
                touches=[
                    dm(40, "won't work on pure capabilities scaling. safety-relevant work only")
                ],
            ),
            scientist("San Francisco, CA")(
                "Andrei Popescu",
                2,
                touches=[dm(40, "want to build the biggest models there are, that's the job")],
            ),
        ],
        **job(PRETRAINING_RS, SF_THREE_DAYS),
    ),
    C(
        "mission: French, only a lab that publishes and open-sources vs no word; open weights",
        "ml",
        [
            scientist("Paris, France")(
                "Baptiste Renaud",
                2,
                touches=[
                    mail(
                        50,
                        "Je veux un labo qui publie et qui open-source ses modèles, c'est non "
                        "négociable.",
                    )
                ],
            ),
            scientist("Paris, France")(
                "Aurélie Chevalier",
                1,
                touches=[mail(50, "Je reste ouverte à des postes de recherche.")],
            ),
        ],
        **job(
            PRETRAINING_RS,
            PARIS_HYBRID,
            extra_offers=["We publish, and release open weights under Apache 2.0"],
        ),
    ),
    C(
        "mission: must be able to publish vs done with papers; a stealth start-up publishes "
        "nothing",
        "ml",
        [
            scientist("New York, NY")(
                "Rafael Duarte",
                0,
                touches=[
                    call(
                        55,
                        "Must be able to publish. Non-negotiable - he's keeping the faculty "
                        "option open.",
                    )
                ],
            ),
            scientist("New York, NY")(
                "Jennifer Walsh",
                2,
                touches=[call(55, "Doesn't care about papers any more, wants impact.")],
            ),
        ],
        **job(
            PRETRAINING_RS,
            NYC_THREE_DAYS,
            description="Stealth start-up training domain models for finance.",
            extra_offers=["No external publication or open-source release"],
        ),
    ),
    C(
        "mission: only a public-benefit or non-profit lab vs no word; a PBC with a safety charter",
        "ml",
        [
            scientist("Toronto, ON, Canada")(
                "Thea Andersen",
                2,
                touches=[
                    dm(
                        45,
                        "after everything this year i only want to work at a PBC or nonprofit lab",
                    )
                ],
            ),
            scientist("Toronto, ON, Canada")(
                "Jamal Carter", 1, touches=[dm(45, "open to RS roles if something fits")]
            ),
        ],
        **job(
            PRETRAINING_RS,
            TORONTO_HYBRID,
            extra_offers=["A public benefit corporation with a safety charter"],
        ),
    ),
]

TECHNOLOGY = [
    C(
        "technology: wants thousands of GPUs vs no word; each team has a dedicated cluster",
        "ml",
        [
            engineer("Seattle, WA")(
                "Soren Kjeldsen",
                2,
                touches=[
                    call(
                        50,
                        "Main reason to move: compute. Current lab rations GPUs; wants access to "
                        "thousands for real scaling work.",
                    )
                ],
            ),
            engineer("Seattle, WA")(
                "Paula Schneider",
                1,
                touches=[call(50, "Open to infra roles, no strong preferences.")],
            ),
        ],
        **job(
            TRAINING_RE,
            SEATTLE_TWO_DAYS,
            extra_offers=["Each research team has a dedicated 4,000-GPU cluster"],
        ),
    ),
    C(
        "technology: done with design verification vs likes UVM; a DV role",
        "ml",
        [
            chip("Santa Clara, CA")(
                "Kevin O'Brien",
                0,
                touches=[call(45, "Done with DV after 6 yrs. RTL design roles only.")],
            ),
            chip("Santa Clara, CA")(
                "Mariana Costa",
                2,
                touches=[call(45, "Likes verification, UVM is her thing, happy to stay in DV.")],
            ),
        ],
        **job(
            RTL_DESIGN,
            SANTA_CLARA_ONSITE,
            title="Senior Design Verification Engineer, ML Accelerator",
            requirements="SystemVerilog\nUVM\nCoverage-driven verification\nML accelerator blocks",
            description="Verify the compute tiles of Anvil's next inference chip.",
        ),
    ),
    C(
        "technology: from transmons to neutral atoms vs superconducting only; a neutral-atom role",
        "ml",
        [
            physicist("Cambridge, MA")(
                "Jonas Eriksson",
                2,
                touches=[
                    mail(
                        60,
                        "I'd like to move from transmons to neutral atoms - that's where I see "
                        "the scaling.",
                    )
                ],
            ),
            physicist("Cambridge, MA")(
                "Priya Venkatesan",
                0,
                touches=[
                    mail(
                        60,
                        "Superconducting qubits only; it's my whole career and where I want to "
                        "stay.",
                    )
                ],
            ),
        ],
        **job(
            QEC_RS,
            BOSTON_ONSITE,
            title="Quantum Scientist, Neutral-Atom Arrays",
            requirements="Neutral atoms\nOptical tweezers\nQuantum error correction\nPython",
            description="Run error-correction experiments on our neutral-atom arrays.",
        ),
    ),
    C(
        "technology: sick of ROS 1 legacy vs no word; the stack is ROS 2 and Rust",
        "ml",
        [
            roboticist("Somerville, MA")(
                "Marco Bellini",
                2,
                touches=[
                    dm(45, "sick of maintaining ros1 legacy. want ros2 or rust, ideally both")
                ],
            ),
            roboticist("Somerville, MA")(
                "Ben Atkinson", 1, touches=[dm(45, "open to robot learning roles")]
            ),
        ],
        **job(
            ROBOT_LEARNING,
            SOMERVILLE_ONSITE,
            extra_offers=["Modern stack: ROS 2 and Rust, no legacy ROS 1"],
        ),
    ),
    C(
        "technology: JAX and TPUs only vs PyTorch all day; the stack is PyTorch on GPUs",
        "ml",
        [
            engineer("Zurich, Switzerland")(
                "Hyun-woo Lee", 0, touches=[dm(40, "only want JAX/TPU work going forward")]
            ),
            engineer("Zurich, Switzerland")(
                "Erica Lindholm",
                2,
                touches=[dm(40, "pytorch all day, fsdp and triton is my jam")],
            ),
        ],
        **job(
            TRAINING_RE,
            ZURICH_HYBRID,
            extra_offers=["Stack: PyTorch, FSDP and Triton on GPUs"],
        ),
    ),
]

LEVEL = [
    C(
        "level: wants the staff title he has been working at vs no word; a staff role",
        "ml",
        [
            engineer("San Francisco, CA")(
                "Aaron Rosenthal",
                2,
                touches=[
                    call(
                        50,
                        "L5 at Google but doing staff-level work for 2 yrs - wants the Staff "
                        "title / L6+ equivalent this time.",
                    )
                ],
            ),
            engineer("San Francisco, CA")(
                "Jenna Park", 1, touches=[call(50, "Open to infra roles.")]
            ),
        ],
        **job(
            TRAINING_RE,
            SF_THREE_DAYS,
            title="Staff Research Engineer, Training Infrastructure",
            seniority="staff",
        ),
    ),
    C(
        "level: won't go back to L5 vs level doesn't matter; an L5-equivalent role",
        "ml",
        [
            mle("Seattle, WA")(
                "Christopher Dunn",
                0,
                touches=[
                    mail(45, "I'm L6 now - not going back to L5 anywhere, however good the team.")
                ],
            ),
            mle("Seattle, WA")(
                "Ayumi Sato",
                2,
                touches=[
                    mail(45, "Level doesn't matter much to me; I'd take L5 for the right team.")
                ],
            ),
        ],
        **job(
            INFERENCE_MLE,
            SEATTLE_TWO_DAYS,
            extra_offers=["Level: senior (L5 equivalent)"],
        ),
    ),
    C(
        "level: a new PhD who wants the RS title vs happy as an RE; a research engineer role",
        "ml",
        [
            student("Pittsburgh, PA")(
                "Siddharth Nambiar",
                0,
                touches=[
                    dm(
                        30,
                        "want a research scientist title, not RE. that's the whole point of "
                        "the phd",
                    )
                ],
            ),
            student("Pittsburgh, PA")(
                "Laura Schmid",
                2,
                touches=[dm(30, "title doesn't matter to me, RE is great if i get to do research")],
            ),
        ],
        **job(
            NEW_GRAD_RS,
            NYC_THREE_DAYS,
            title="Research Engineer (new PhD graduates)",
        ),
    ),
    C(
        "level: a professor who would come at principal level vs no word; a principal role",
        "ml",
        [
            professor("Paris, France")(
                "Marguerite Duval",
                2,
                touches=[
                    mail(
                        55,
                        "If I move, it would be at principal level or above, with my own "
                        "research agenda.",
                    )
                ],
            ),
            professor("Paris, France")(
                "Sanjay Kapoor",
                1,
                touches=[mail(55, "Open to a conversation about industry roles.")],
            ),
        ],
        **job(
            PRETRAINING_RS,
            PARIS_HYBRID,
            title="Principal Research Scientist",
            seniority="lead",
        ),
    ),
]

# --- 7. last time's reason, the history with us and the latest process ------------------------

RESOLVED = [
    C(
        "history: declined five days in Mission Bay; this role is remote",
        "ml",
        [
            engineer("Oakland, CA")(
                "Natalie Brooks",
                2,
                apps=[
                    declined(
                        220,
                        "remote_policy",
                        "Declined - wouldn't do 5 days in Mission Bay from Oakland w/ two kids.",
                        past=PAST_SF_IN_PERSON,
                    )
                ],
            ),
            engineer("Oakland, CA")("Daniel Osei", 1),
        ],
        **job(TRAINING_RE, US_REMOTE),
    ),
    C(
        "history: declined five days in Mission Bay; this role is in person again",
        "ml",
        [
            engineer("Oakland, CA")(
                "Gavin Moore",
                0,
                apps=[
                    declined(
                        220,
                        "remote_policy",
                        "Declined - wouldn't do 5 days in Mission Bay from Oakland w/ two kids.",
                        past=PAST_SF_IN_PERSON,
                    )
                ],
            ),
            engineer("Oakland, CA")("Isabel Navarro", 2),
        ],
        **job(TRAINING_RE, SF_IN_PERSON),
    ),
    C(
        "history: asked $400k base against a $320k cap; this band reaches $450k",
        "ml",
        [
            scientist("San Francisco, CA")(
                "Leonard Fischer",
                2,
                apps=[
                    declined(
                        300,
                        "compensation",
                        "Asked $400k base; band capped at $320k. Parted on good terms.",
                        past=PAST_SF_BAND,
                        role="Research Scientist",
                    )
                ],
            ),
            scientist("San Francisco, CA")("Yvonne Clarke", 1),
        ],
        **job(
            PRETRAINING_RS,
            SF_THREE_DAYS,
            salary_min=380_000,
            salary_max=450_000,
            currency="USD",
        ),
    ),
    C(
        "history: withdrew because we could not sponsor; this role sponsors",
        "ml",
        [
            mle("New York, NY")(
                "Arvind Sundaram",
                2,
                apps=[
                    withdrew(
                        200,
                        "other",
                        "Withdrew before onsite - we couldn't sponsor the H-1B transfer at the "
                        "time.",
                        past=PAST_NYC,
                        role="Senior ML Engineer",
                    )
                ],
            ),
            mle("New York, NY")("Emma Lindström", 1),
        ],
        **job(INFERENCE_MLE, NYC_THREE_DAYS, extra_offers=["H-1B transfers sponsored"]),
    ),
    C(
        "history: withdrew over the DoD contract; this start-up still builds for defence",
        "ml",
        [
            roboticist("Boston, MA")(
                "Hannah Weiss",
                0,
                apps=[
                    withdrew(
                        180,
                        "not_interested",
                        "Withdrew after the final - uncomfortable with the DoD contract.",
                        stage="final",
                        role="Autonomy Engineer",
                    )
                ],
            ),
            roboticist("Boston, MA")("Tobias Lange", 2),
        ],
        **job(DEFENCE_AUTONOMY, BOSTON_ONSITE),
    ),
    C(
        "history: declined an applied team that couldn't publish; this team publishes",
        "ml",
        [
            scientist("London, UK")(
                "Ingrid Fossum",
                2,
                apps=[
                    declined(
                        260,
                        "other",
                        "Declined: the applied team had no publication track and she wants to "
                        "publish.",
                        role="Research Scientist, Applied",
                    )
                ],
            ),
            scientist("London, UK")("Chris Adebayo", 1),
        ],
        **job(
            PRETRAINING_RS,
            LONDON_THREE_DAYS,
            extra_offers=["Researchers publish freely; we present at NeurIPS, ICML and ICLR"],
        ),
    ),
]

# The history with us.
LAST_TIME = [
    C(
        "history: failed the systems onsite three months ago vs two years ago",
        "ml",
        [
            mle("Seattle, WA")(
                "Sean Tierney",
                0,
                apps=[
                    turned_away(
                        95,
                        "onsite",
                        "skills_gap",
                        "No-hire: weak on systems design, coding round below bar.",
                        role="Senior ML Engineer",
                    )
                ],
                touches=[
                    hm(
                        95,
                        "HM: couldn't reason about KV-cache memory at all, needed heavy hints on "
                        "batching. Not ready for this level.",
                    )
                ],
            ),
            mle("Seattle, WA")(
                "Aliya Nurlanova",
                2,
                apps=[
                    turned_away(
                        730,
                        "onsite",
                        "skills_gap",
                        "No-hire: weak on systems design, coding round below bar.",
                        role="Senior ML Engineer",
                    )
                ],
                touches=[
                    hm(
                        730,
                        "HM: couldn't reason about KV-cache memory at all, needed heavy hints on "
                        "batching. Not ready for this level.",
                    )
                ],
            ),
        ],
        **job(INFERENCE_MLE, SEATTLE_TWO_DAYS),
    ),
]

PROCESS = [
    C(
        "process: lost the final by a hair vs failed the OA last month",
        "ml",
        [
            engineer("London, UK")(
                "Owen Richards",
                2,
                apps=[lost_final(240, "Strong final; HC went with the other finalist by a hair.")],
            ),
            engineer("London, UK")(
                "Tanvi Joshi",
                0,
                apps=[turned_away(30, "screen", "skills_gap", "Failed the OA - 1/4 problems.")],
            ),
        ],
        **job(TRAINING_RE, LONDON_THREE_DAYS),
    ),
    C(
        "process: someone we hired two months ago vs a silver medalist",
        "ml",
        [
            mle("San Francisco, CA")(
                "Greg Alvarado",
                0,
                apps=[
                    app(
                        60,
                        "offer",
                        "hired",
                        None,
                        "Accepted; started 28 Sept on the ranking team.",
                        role="Senior ML Engineer",
                    )
                ],
            ),
            mle("San Francisco, CA")(
                "Naledi Dlamini",
                2,
                apps=[lost_final(200, role="Senior ML Engineer")],
            ),
        ],
        **job(INFERENCE_MLE, SF_THREE_DAYS),
    ),
    C(
        "process: an offer pulled in a headcount freeze vs a no-show at the onsite",
        "ml",
        [
            scientist("Seattle, WA")(
                "Hyejin Kwon",
                2,
                apps=[
                    app(
                        190,
                        "offer",
                        "position_closed",
                        "headcount",
                        "Offer approved by HC, then pulled in the Q2 headcount freeze. Awful "
                        "timing - she was great.",
                        role="Research Scientist",
                    )
                ],
            ),
            scientist("Seattle, WA")(
                "Trent Baxter",
                0,
                apps=[
                    app(
                        150,
                        "onsite",
                        "rejected",
                        "no_show",
                        "No-show at onsite, no reply since.",
                        role="Research Scientist",
                    )
                ],
            ),
        ],
        **job(PRETRAINING_RS, SEATTLE_TWO_DAYS),
    ),
    C(
        "process: accepted an offer elsewhere eighteen months ago vs three weeks ago",
        "ml",
        [
            mle("New York, NY")(
                "Ivy Chen",
                2,
                apps=[
                    withdrew(
                        540,
                        "timing",
                        "Withdrew before onsite: accepted an offer at Databricks.",
                        stage="interview",
                        role="Senior ML Engineer",
                    )
                ],
            ),
            mle("New York, NY")(
                "Roberto Ruiz",
                0,
                apps=[
                    withdrew(
                        21,
                        "timing",
                        "Withdrew before onsite: accepted an offer at Databricks.",
                        stage="interview",
                        role="Senior ML Engineer",
                    )
                ],
            ),
        ],
        **job(INFERENCE_MLE, NYC_THREE_DAYS),
    ),
    C(
        "process: feedback still owed after the final vs talked over the junior interviewer",
        "ml",
        [
            engineer("Toronto, ON, Canada")(
                "Jasmine Patel",
                2,
                apps=[
                    lost_final(
                        160,
                        "Lost at final to an internal transfer. Feedback never sent - owe her a "
                        "call.",
                        feedback=False,
                    )
                ],
            ),
            engineer("Toronto, ON, Canada")(
                "Connor Flanagan",
                0,
                apps=[
                    turned_away(
                        160,
                        "final",
                        "conduct",
                        "HM: talked over and dismissed the junior interviewer repeatedly. Do not "
                        "re-engage.",
                    )
                ],
            ),
        ],
        **job(TRAINING_RE, TORONTO_HYBRID),
    ),
]

# --- 8. several notes over time: the latest word counts --------------------------------------

LATEST_WORD = [
    C(
        "latest word: remote only in February, three days in SF fine by September vs the reverse",
        "ml",
        [
            engineer("San Francisco, CA")(
                "Holly Bennett",
                2,
                touches=[
                    dm(date(2026, 2, 9), "remote only for me, not coming into sf"),
                    dm(
                        date(2026, 9, 14),
                        "update: moved to the city in august! 3 days in the office is totally "
                        "fine now",
                    ),
                ],
            ),
            engineer("San Francisco, CA")(
                "Scott Ramirez",
                0,
                touches=[
                    dm(date(2026, 2, 9), "hybrid is fine, 3 days in sf no problem"),
                    dm(date(2026, 9, 14), "update: we moved to tahoe. remote only from now on"),
                ],
            ),
        ],
        **job(TRAINING_RE, SF_THREE_DAYS),
    ),
    C(
        "latest word: a stop taken back vs a 'keep me posted' hardened into a removal",
        "ml",
        [
            scientist("London, UK")(
                "Ruth Abernathy",
                2,
                touches=[
                    mail(date(2026, 1, 19), "Please stop contacting me, thank you."),
                    mail(
                        date(2026, 8, 3),
                        "Sorry for my curt email in January - it was a rough time. I'm looking "
                        "now, and I'd welcome hearing about research roles.",
                    ),
                ],
            ),
            scientist("London, UK")(
                "Paolo Benedetti",
                0,
                touches=[
                    mail(date(2026, 1, 19), "Not right now, but please keep me posted!"),
                    mail(
                        date(2026, 8, 3),
                        "Please remove me from your candidate database and don't contact me again.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **job(PRETRAINING_RS, LONDON_THREE_DAYS),
    ),
    C(
        "latest word: wanted to manage in March, IC only by October vs the reverse",
        "ml",
        [
            lead("San Francisco, CA")(
                "Victoria Hale",
                0,
                touches=[
                    call(date(2026, 3, 9), "Wants to move into management next."),
                    dm(
                        date(2026, 10, 5),
                        "tried managing since the spring. not for me. IC only going forward",
                    ),
                ],
            ),
            lead("San Francisco, CA")(
                "Samuel Ekwueme",
                2,
                touches=[
                    call(date(2026, 3, 9), "Wants to stay IC."),
                    dm(
                        date(2026, 10, 5),
                        "been thinking - i actually want to manage now. had 3 interns this "
                        "summer and loved it",
                    ),
                ],
            ),
        ],
        **job(POSTTRAINING_MANAGER, SF_THREE_DAYS),
    ),
    C(
        "latest word: no defence work, then fine with it vs fine, then no more; a defence role",
        "ml",
        [
            roboticist("Boston, MA")(
                "Liam Mulcahy",
                2,
                touches=[
                    ats(date(2025, 11, 10), "No defence work."),
                    call(
                        date(2026, 7, 13),
                        "Changed his view on defence - would now work on autonomy for allied "
                        "militaries.",
                    ),
                ],
            ),
            roboticist("Boston, MA")(
                "Nora Halvorsen",
                0,
                touches=[
                    ats(date(2025, 11, 10), "Fine with defence."),
                    call(
                        date(2026, 7, 13),
                        "Changed her mind: no defence or weapons work any more.",
                    ),
                ],
            ),
        ],
        **job(DEFENCE_AUTONOMY, BOSTON_ONSITE),
    ),
    C(
        "latest word: needed sponsorship until the green card came vs fine on OPT, now needs "
        "an H-1B",
        "ml",
        [
            mle("San Francisco, CA")(
                "Wen Li",
                2,
                touches=[
                    mail(date(2025, 12, 1), "I'll need H-1B sponsorship for any move."),
                    mail(
                        date(2026, 9, 7),
                        "Great news - my green card was approved last week, no sponsorship "
                        "needed any more.",
                    ),
                ],
            ),
            mle("San Francisco, CA")(
                "Mohammed Al-Amin",
                0,
                touches=[
                    mail(date(2025, 12, 1), "No sponsorship needed for now, I'm on OPT."),
                    mail(
                        date(2026, 9, 7),
                        "Update: my OPT ends soon and I wasn't picked in the H-1B lottery - I "
                        "would need sponsorship.",
                    ),
                ],
            ),
        ],
        **job(
            INFERENCE_MLE,
            SF_THREE_DAYS,
            extra_offers=["We are unable to sponsor visas for this role"],
        ),
    ),
    C(
        "latest word: a base ask lowered into the band vs raised above it after a counter",
        "ml",
        [
            engineer("San Francisco, CA")(
                "Zoe Harper",
                2,
                touches=[
                    call(date(2026, 2, 16), "Base floor 400."),
                    dm(date(2026, 9, 21), "would take ~330 base for the right team tbh"),
                ],
            ),
            engineer("San Francisco, CA")(
                "Ian Cartwright",
                0,
                touches=[
                    call(date(2026, 2, 16), "Base ~330 fine."),
                    dm(date(2026, 9, 21), "meta countered, i'd need 420 base now"),
                ],
            ),
        ],
        **job(
            TRAINING_RE,
            SF_THREE_DAYS,
            salary_min=300_000,
            salary_max=350_000,
            currency="USD",
        ),
    ),
    C(
        "latest word: Toronto only, then moving to London vs London, then staying put",
        "ml",
        [
            scientist("Toronto, ON, Canada")(
                "Ethan Kwan",
                2,
                touches=[
                    mail(date(2026, 1, 12), "Toronto only for now."),
                    mail(
                        date(2026, 8, 24),
                        "We're moving to London in January - partner's job. London roles very "
                        "welcome now.",
                    ),
                ],
            ),
            scientist("Toronto, ON, Canada")(
                "Maeve Donnelly",
                0,
                touches=[
                    mail(date(2026, 1, 12), "I'd move to London happily."),
                    mail(
                        date(2026, 8, 24),
                        "Change of plan, we're staying in Toronto. No relocation.",
                    ),
                ],
            ),
        ],
        **job(PRETRAINING_RS, LONDON_THREE_DAYS),
    ),
    C(
        "latest word: a cliff wait called off by a layoff vs the same wait still standing",
        "ml",
        [
            mle("Seattle, WA")(
                "Carlos Mendoza",
                2,
                touches=[
                    call(date(2026, 8, 10), "Not leaving before his cliff in June."),
                    dm(
                        date(2026, 10, 26),
                        "got caught in the layoffs last week lol. free now, let's talk",
                    ),
                ],
            ),
            mle("Seattle, WA")(
                "Rebecca Yoon",
                1,
                touches=[
                    call(date(2026, 8, 10), "Not leaving before her cliff in June."),
                    dm(
                        date(2026, 10, 26),
                        "still planning to wait for the cliff, but do send things my way",
                    ),
                ],
            ),
        ],
        **job(INFERENCE_MLE, SEATTLE_TWO_DAYS),
    ),
    C(
        "latest word: free now, then a one-year postdoc extension vs free now and still free",
        "ml",
        [
            postdoc("Seattle, WA")(
                "Anjali Reddy",
                1,
                touches=[
                    mail(date(2026, 6, 1), "Free now - send anything in protein design."),
                    mail(
                        date(2026, 9, 14),
                        "Update: I signed a one-year extension of my postdoc, so let's talk when "
                        "it ends next September.",
                    ),
                ],
            ),
            postdoc("Seattle, WA")(
                "Thomas Becker",
                2,
                touches=[
                    mail(date(2026, 6, 1), "Free now - send anything in protein design."),
                    mail(date(2026, 9, 14), "Still free and still looking - anything new?"),
                ],
            ),
        ],
        **job(PROTEIN_MLS, BOSTON_ONSITE, extra_offers=["Relocation to Boston"]),
    ),
    C(
        "latest word: IC, then open to managing, then IC again vs IC, then managing and still "
        "managing",
        "ml",
        [
            lead("London, UK")(
                "Gillian Forbes",
                0,
                touches=[
                    ats(date(2025, 10, 6), "IC only."),
                    call(date(2026, 3, 16), "Open to managing now - asked about our TLM track."),
                    dm(
                        date(2026, 10, 12),
                        "scratch that, staying IC. the TLM trial at work was enough for me",
                    ),
                ],
            ),
            lead("London, UK")(
                "Oren Shalev",
                2,
                touches=[
                    ats(date(2025, 10, 6), "IC only."),
                    call(date(2026, 3, 16), "Open to managing now - asked about our TLM track."),
                    dm(
                        date(2026, 10, 12),
                        "still keen on the manager track, even more after this quarter",
                    ),
                ],
            ),
        ],
        **job(POSTTRAINING_MANAGER, LONDON_THREE_DAYS),
    ),
    C(
        "latest word: safety only, then fine with capabilities vs the reverse; a pretraining role",
        "ml",
        [
            scientist("San Francisco, CA")(
                "Hugh Ballard",
                2,
                touches=[
                    dm(date(2025, 12, 8), "safety work only pls"),
                    call(
                        date(2026, 8, 17),
                        "Long call about his thesis, the Berkeley job talk, his partner's "
                        "residency. Said he's made peace with capabilities work - thinks the "
                        "frontier is where safety gets done. Open to pretraining.",
                    ),
                ],
            ),
            scientist("San Francisco, CA")(
                "Sunita Rao",
                0,
                touches=[
                    dm(date(2025, 12, 8), "happy on capabilities work"),
                    call(
                        date(2026, 8, 17),
                        "Moved to safety-only. Won't work on pretraining scale-ups any more.",
                    ),
                ],
            ),
        ],
        **job(PRETRAINING_RS, SF_THREE_DAYS),
    ),
]

HELDOUT77_CASES: list[Case] = [
    *OPT_OUTS,
    *WAITS,
    *SCHEDULE,
    *TRAVEL,
    *VISA,
    *CONTRACT,
    *COMMUTE,
    *PAY,
    *WORK_MODE,
    *NEGATION,
    *LOCATION,
    *MANAGING,
    *STAGE,
    *INDUSTRY,
    *MISSION,
    *TECHNOLOGY,
    *LEVEL,
    *RESOLVED,
    *LAST_TIME,
    *PROCESS,
    *LATEST_WORD,
]

# The class names the set checks share (tests/test_eval_cases.py), over this file's own lists:
# negation is its NEGATION, the locations its LOCATION, stage and size its STAGE and technology
# its TECHNOLOGY; managing and level are one class there, as are industry and mission.
NEGATIONS, LOCATIONS, STAGE_SIZE, TECH = NEGATION, LOCATION, STAGE, TECHNOLOGY
LEVEL, MISSION = MANAGING + LEVEL, INDUSTRY + MISSION
