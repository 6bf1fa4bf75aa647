"""Held-out rediscovery cases, twenty-seventh set: the words of recruiters placing people with
architecture, construction-management and civil and structural engineering consultancies, written
by a twenty-seventh stranger to the reader (its code, its labelled sets and the earlier case
files' sentences were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 27") and never tuned to what Encore does. The recruiters are an
in-house talent team and two boutique agencies placing Bauleiter, project and construction
managers, quantity surveyors, structural and civil engineers, architects (HOAI Leistungsphasen),
BIM coordinators and modellers, estimators, HSE advisers and building-services (MEP) engineers
in Germany, Austria, Switzerland, Poland, Australia and Singapore. The voices: terse ATS shorthand
with abbreviations and typos ("cand", "w/", "FIFO", "RDO", "LPH 5-8", "EP", "UoP", "PC"),
lower-case WhatsApp and SMS, candidates' own emails and LinkedIn replies, a recruiter's third
person, long rambling call notes full of dates that ask for no wait, formal letters (a DSGVO
request, a PDPA withdrawal of consent), and lines in German, Swiss German, Polish and French.
Their world is Tarifverträge and a 13th or 14th month's salary, a Probezeit and a
Kündigungsfrist of "drei Monate zum Quartalsende", Werkstudent and fixed-term contracts, Polish
B2B against umowa o pracę, Australian super, RDOs and nine-day fortnights, FIFO rosters to the
Pilbara, Singapore EP, S Pass, PR and CPF, site against head office, chartership (CEng, RPEQ,
IStructE), the Christmas shutdown, Fasnacht, Wigilia, Australia Day and Chinese New Year.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a DSGVO Art. 17 letter, a Polish WhatsApp, an ATS "DNC", an Aussie text, a LinkedIn
   reply, a German call note, a Singapore unsubscribe, a withdrawal reason note, a reply to our
   outreach): never shown; beside each an Art. 15 request, calls not in working hours, one
   client's shortlist only, no FIFO, LinkedIn rather than email, the job-alert newsletter only,
   "not before ten", not the data-centre role, a counter-offer;
2. waits counted from the day said, each against a twin whose wait has run out: three months to
   the quarter's end, a Probezeit, after Australia Day, after Chinese New Year, after Fasnacht,
   after Wigilia and the handover, the IStructE exam, practical completion, Elternzeit, long
   service leave, an EP renewal, a Master's thesis;
3. schedule (six-day weeks and RDOs, rail possessions, rotating commissioning shifts, a 6:30 site
   start, working through the Christmas shutdown), travel (FIFO, Montage across Bavaria,
   regional travel from Singapore, a past employer's flying, a travel share), visa (EP against
   PR, a 485 against an 820, a Swiss permit, Blue Card sponsorship, a spouse's Dependant's
   Pass), contract and hours (B2B against UoP both ways, befristet, part-time, Werkstudent,
   an ABN day rate), commute (Ingolstadt, Parramatta, Tuas, a car-only industrial estate);
4. pay against the band: a German floor and a current salary above the band, fourteen monthly
   salaries, a package with super against base plus super, S$ a month, PLN net on B2B, CHF,
   Tarif, and a one-off bonus inside a total;
5. work mode said only in the policy field, only in the description, only in the title, only in
   the offers, and in Singapore English;
6. negation and scope ("nichts gegen Baustelle", "the money was never the issue", "no prob w/
   FIFO", "nie mam nic przeciwko biuru", "not opposed to managing", defence refused but a
   hospital fine);
7. location (Kraków to Munich, a husband's transfer she is not following, a Grenzgänger from
   Konstanz, regional Queensland, Vienna against Graz, Winterthur), managing against hands-on,
   company stage and size, mission (iron ore but not coal, the Energiewende, defence,
   Denkmalschutz) and technology and discipline (ArchiCAD, Tekla, Leistungsphasen, CostX);
8. last time's reason resolved by this role or still standing, the history with us (conduct on
   site, a no-show, a skills gap, a failed D&A test, a false RPEQ claim) and the latest process
   (a final round against a late CV, a placement we made, an offer frozen, a first interview);
9. several notes over time where the latest word counts (FIFO, an opt-out taken back, a pay ask,
   a move, B2B against UoP).

Hard cases a careful human still gets right are mixed in: a spouse's visa or move that is not
the candidate's, a client's shortlist refused but not the pool, a newsletter unsubscribed but not
the recruiter, a package including super against base plus super, a total with a one-off bonus,
a monthly figure paid fourteen times, and a past employer's travel this role does not have.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

BAULEITER = dict(
    current_title="Bauleiter Hochbau",
    skills=["Bauleitung", "VOB/B", "Terminplanung", "Nachtragsmanagement", "SiGeKo"],
    years_experience=11,
    resume_text=(
        "Bauleiter im Hochbau, elf Jahre bei Generalunternehmern in Bayern und Baden-Württemberg: "
        "Wohn- und Bürobauten bis 40 Mio. EUR, Nachunternehmersteuerung, VOB/B-Nachträge, "
        "Terminplanung, Abnahmen und Mängelmanagement."
    ),
)
PROJECT_MANAGER = dict(
    current_title="Construction Project Manager",
    skills=["Contract administration", "AS 4000", "Subcontractor management", "Primavera P6"],
    years_experience=12,
    resume_text=(
        "Construction project manager, twelve years with tier 1 and tier 2 builders in Sydney, "
        "Brisbane and Perth: commercial towers, hospitals and fit-outs to A$250m, AS 4000 "
        "contract administration, P6 programmes, subcontract procurement and practical "
        "completion."
    ),
)
QS = dict(
    current_title="Senior Quantity Surveyor",
    skills=["Cost planning", "Bills of quantities", "Progress claims", "Final accounts"],
    years_experience=9,
    resume_text=(
        "Quantity surveyor, nine years on the contractor and consultant side: cost plans, bills "
        "of quantities, monthly progress claims, variations and final accounts on residential, "
        "education and health projects."
    ),
)
STRUCTURAL = dict(
    current_title="Structural Engineer",
    skills=["Reinforced concrete design", "Steel design", "Eurocodes", "ETABS", "RFEM"],
    years_experience=8,
    resume_text=(
        "Structural engineer, eight years in consultancy: reinforced concrete and steel design "
        "to the Eurocodes and SIA, ETABS and RFEM analysis, transfer structures, basements and "
        "site inspections."
    ),
)
CIVIL = dict(
    current_title="Civil Engineer",
    skills=["Road design", "Stormwater drainage", "12d Model", "Civil 3D"],
    years_experience=7,
    resume_text=(
        "Civil engineer, seven years on roads, subdivisions and rail corridors: road and "
        "intersection design in 12d Model and Civil 3D, stormwater drainage, earthworks and "
        "construction-phase services."
    ),
)
ARCHITECT = dict(
    current_title="Architektin / Architekt",
    skills=["HOAI LPH 1-8", "Revit", "Genehmigungsplanung", "Ausführungsplanung"],
    years_experience=9,
    resume_text=(
        "Architekt/in, neun Jahre in Büros in Berlin und München: Wettbewerbe, Entwurfs- und "
        "Genehmigungsplanung, Ausführungsplanung und Ausschreibung (LPH 1-7), Revit, "
        "Kammermitglied."
    ),
)
BIM = dict(
    current_title="BIM Coordinator",
    skills=["Revit", "Navisworks", "ISO 19650", "Clash detection", "Dynamo"],
    years_experience=6,
    resume_text=(
        "BIM coordinator, six years: federated models in Navisworks, clash detection, BIM "
        "execution plans to ISO 19650, Revit families and Dynamo scripts for design teams in "
        "Warsaw, Wrocław and Singapore."
    ),
)
BIM_STUDENT = dict(
    current_title="Werkstudent BIM-Modellierung",
    skills=["Revit", "IFC", "Solibri", "Dynamo"],
    years_experience=2,
    resume_text=(
        "Master student of civil engineering, two years as a working student modelling in "
        "Revit, checking IFC models in Solibri and writing small Dynamo scripts."
    ),
)
ESTIMATOR = dict(
    current_title="Senior Estimator",
    skills=["Tender pricing", "CostX", "Subcontract comparisons", "Commercial builds"],
    years_experience=10,
    resume_text=(
        "Senior estimator, ten years pricing commercial, education and aged-care builds to "
        "A$120m: take-offs in CostX, subcontract comparisons, tender programmes and handover to "
        "delivery teams."
    ),
)
HSE = dict(
    current_title="HSE Adviser",
    skills=["ISO 45001", "Incident investigation", "Site audits", "WSH Act"],
    years_experience=8,
    resume_text=(
        "HSE adviser, eight years on building and infrastructure sites in Singapore and Malaysia: "
        "ISO 45001 systems, risk assessments, toolbox talks, incident investigation and MOM "
        "audits under the WSH Act."
    ),
)
MEP = dict(
    current_title="MEP Engineer",
    skills=["HVAC design", "Electrical services", "Plumbing and sanitary", "Revit MEP"],
    years_experience=8,
    resume_text=(
        "MEP engineer, eight years: HVAC, electrical and plumbing design for offices, hospitals "
        "and data centres, Revit MEP coordination, testing and commissioning, authority "
        "submissions."
    ),
)


def pool(persona: dict, where: str, base: str = "cs"):
    """People of one kind in the pool: the same profile and persona, living in ``where``
    unless a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(name, base, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra)

    return make


# --- who wrote what -------------------------------------------------------------------------


def ats(days, text) -> dict:
    """A recruiter's note in the ATS, in their shorthand."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def rang(days, text) -> dict:
    """A recruiter's note of a phone call."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def met(days, text) -> dict:
    """A recruiter's note of a coffee or a site visit."""
    return touch(days, "outbound", "replied", "note", note=text, channel="meeting")


def mail(days, text) -> dict:
    """The candidate's email or letter."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def wa(days, text) -> dict:
    """The candidate's WhatsApp or SMS, as typed."""
    return touch(days, "inbound", "replied", note=text, channel="other")


def li(days, text) -> dict:
    """The candidate's LinkedIn message."""
    return touch(days, "inbound", "replied", note=text, channel="linkedin")


def answered(days, text) -> dict:
    """The candidate's reply to our outreach."""
    return touch(days, "inbound", "replied", "re_engagement", note=text, channel="email")


def silver(days, note=None, *, role="Bauleiter Hochbau") -> dict:
    """Reached the final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def declined(days, reason, note, *, past=None, role="Bauleiter Hochbau") -> dict:
    """Turned our offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, stage="interview", past=None, role="Bauleiter Hochbau"):
    """Pulled out of our process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def turned_away(days, stage, reason, note, *, role="Bauleiter Hochbau") -> dict:
    """We said no."""
    return app(days, stage, "rejected", reason, note, role=role)


# --- what the roles are ---------------------------------------------------------------------

SITE_ROLE = dict(
    title="Bauleiter Hochbau (m/w/d)",
    department="Baubetrieb",
    seniority="senior",
    requirements="Bauingenieur oder Bautechniker\nBauleitung Hochbau\nVOB/B\nTerminplanung",
    description="Bauleitung für Wohn- und Gewerbebauten eines mittelständischen "
    "Generalunternehmers.",
)
PM_ROLE = dict(
    title="Construction Project Manager",
    department="Delivery",
    seniority="senior",
    requirements="Project management on commercial builds\nAS 4000 contract administration\n"
    "Subcontractor management\nProgramming",
    description="Deliver commercial and health projects for a builder, from award to "
    "practical completion.",
)
QS_ROLE = dict(
    title="Senior Quantity Surveyor",
    department="Commercial",
    seniority="senior",
    requirements="Cost planning\nProgress claims and variations\nFinal accounts\nMRICS or AIQS",
    description="Run the commercial side of two or three live projects.",
)
STRUCT_ROLE = dict(
    title="Structural Engineer",
    department="Structures",
    seniority="senior",
    requirements="Reinforced concrete design\nSteel design\nEurocodes or AS\nFE analysis",
    description="Design buildings and bridges in a consulting engineers' structures team.",
)
CIVIL_ROLE = dict(
    title="Civil Engineer",
    department="Infrastructure",
    seniority="mid",
    requirements="Road design\nStormwater drainage\n12d Model or Civil 3D",
    description="Design roads, drainage and subdivisions for councils and developers.",
)
ARCH_ROLE = dict(
    title="Architekt/in (m/w/d)",
    department="Architektur",
    seniority="senior",
    requirements="Abgeschlossenes Architekturstudium\nHOAI\nRevit oder ArchiCAD",
    description="Planung von Wohn- und Bildungsbauten in einem Architekturbüro.",
)
BIM_ROLE = dict(
    title="BIM Coordinator",
    department="Digital Delivery",
    seniority="mid",
    requirements="Revit\nNavisworks\nISO 19650\nClash detection",
    description="Coordinate federated models and clash detection for building projects.",
)
EST_ROLE = dict(
    title="Senior Estimator",
    department="Estimating",
    seniority="senior",
    requirements="Tender pricing\nTake-offs\nSubcontract comparisons",
    description="Price commercial and education tenders for a builder.",
)
HSE_ROLE = dict(
    title="HSE Adviser",
    department="Safety",
    seniority="mid",
    requirements="WSH or WHS systems\nISO 45001\nIncident investigation\nSite audits",
    description="Run safety on two building sites and report to the HSE manager.",
)
MEP_ROLE = dict(
    title="MEP Engineer",
    department="Building Services",
    seniority="senior",
    requirements="HVAC design\nElectrical services\nRevit MEP\nTesting and commissioning",
    description="Design and coordinate building services for commercial buildings.",
)


def job(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- where and how they are worked ----------------------------------------------------------

MUNICH_SITE = dict(remote_policy="onsite", location="Munich, Germany")
BERLIN_HYBRID = dict(
    remote_policy="hybrid",
    location="Berlin, Germany",
    offers=["Zwei Tage Homeoffice pro Woche, Büro in Kreuzberg"],
)
FRANKFURT = dict(remote_policy="onsite", location="Frankfurt am Main, Germany")
VIENNA_HYBRID = dict(
    remote_policy="hybrid",
    location="Vienna, Austria",
    offers=["Ein Tag Homeoffice pro Woche"],
)
ZURICH = dict(remote_policy="onsite", location="Zurich, Switzerland")
BASEL = dict(remote_policy="onsite", location="Basel, Switzerland")
WARSAW_HYBRID = dict(
    remote_policy="hybrid",
    location="Warsaw, Poland",
    offers=["Dwa dni w biurze na Mokotowie, reszta zdalnie"],
)
WROCLAW_HYBRID = dict(
    remote_policy="hybrid",
    location="Wrocław, Poland",
    offers=["Hybrid: two office days a week in Wrocław"],
)
SYDNEY_SITE = dict(remote_policy="onsite", location="Sydney, Australia")
PERTH_SITE = dict(remote_policy="onsite", location="Perth, Australia")
BRISBANE_HYBRID = dict(
    remote_policy="hybrid",
    location="Brisbane, Australia",
    offers=["Hybrid: one WFH day a week once projects are in design"],
)
MELBOURNE_SITE = dict(remote_policy="onsite", location="Melbourne, Australia")
SINGAPORE_OFFICE = dict(remote_policy="onsite", location="Singapore")
SINGAPORE_HYBRID = dict(
    remote_policy="hybrid",
    location="Singapore",
    offers=["Hybrid: WFH on Mondays and Fridays"],
)

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "a DSGVO Art. 17 erasure letter vs an Art. 15 access request from someone still open",
        "cs",
        [
            pool(BAULEITER, "Munich, Germany")(
                "Wendelin Aschenbrenner",
                0,
                touches=[
                    mail(
                        64,
                        "Sehr geehrte Damen und Herren, gemäß Art. 17 DSGVO fordere ich Sie auf, "
                        "sämtliche über mich gespeicherten personenbezogenen Daten unverzüglich "
                        "zu löschen und mich künftig nicht mehr zu kontaktieren. Bitte bestätigen "
                        "Sie mir die Löschung schriftlich. Mit freundlichen Grüßen",
                    )
                ],
                excluded=True,
            ),
            pool(BAULEITER, "Munich, Germany")(
                "Korbinian Stadlmayr",
                2,
                touches=[
                    mail(
                        64,
                        "Sehr geehrte Damen und Herren, gemäß Art. 15 DSGVO bitte ich um "
                        "Auskunft, welche Daten Sie über mich gespeichert haben. Für "
                        "Bauleiterstellen im Großraum München bin ich weiterhin offen. Mit "
                        "freundlichen Grüßen",
                    )
                ],
            ),
        ],
        **job(SITE_ROLE, MUNICH_SITE),
    ),
    C(
        "Polish WhatsApp: delete me and stop writing vs don't ring in working hours",
        "cs",
        [
            pool(BIM, "Wrocław, Poland")(
                "Bożydar Kaczmarczyk",
                0,
                touches=[
                    wa(
                        35,
                        "prosze usunac moje dane z waszej bazy i wiecej do mnie nie pisac. "
                        "dziekuje",
                    )
                ],
                excluded=True,
            ),
            pool(BIM, "Wrocław, Poland")(
                "Radosław Pietruszewski",
                2,
                touches=[
                    wa(
                        35,
                        "prosze nie dzwonic w godzinach pracy, szef siedzi obok. piszcie na "
                        "maila, oferty BIM chetnie przeczytam",
                    )
                ],
            ),
        ],
        **job(BIM_ROLE, WROCLAW_HYBRID),
    ),
    C(
        "ATS: removed from the talent pool, DNC vs removed from one client's shortlist only",
        "cs",
        [
            pool(QS, "Sydney, Australia")(
                "Tegan Quilliam",
                0,
                touches=[
                    ats(
                        120,
                        "cand req'd removal from talent pool + all mailing. DNC flagged 14/7, "
                        "do NOT re-add to campaigns",
                    )
                ],
                excluded=True,
            ),
            pool(QS, "Sydney, Australia")(
                "Brodie Quartermaine",
                2,
                touches=[
                    ats(
                        120,
                        "cand req'd removal from the Westfield Parramatta shortlist only - "
                        "conflict w/ his current employer's bid. otherwise happy to hear abt "
                        "QS roles",
                    )
                ],
            ),
        ],
        **job(QS_ROLE, SYDNEY_SITE),
    ),
    C(
        "'take me off ur list' by text vs take me off the Pilbara shortlist, metro is fine",
        "cs",
        [
            pool(PROJECT_MANAGER, "Perth, Australia")(
                "Jarrah Whitelock",
                0,
                touches=[
                    wa(
                        22,
                        "mate take me off ur list. not interested in hearing from recruiters "
                        "ever again, 3rd msg this wk",
                    )
                ],
                excluded=True,
            ),
            pool(PROJECT_MANAGER, "Perth, Australia")(
                "Lachlan Dunstall",
                2,
                touches=[
                    wa(
                        22,
                        "mate take me off the pilbara shortlist, no fifo with a newborn. still "
                        "keen on perth metro jobs tho",
                    )
                ],
            ),
        ],
        **job(PM_ROLE, PERTH_SITE),
    ),
    C(
        "LinkedIn: stop messaging me anywhere vs stop messaging here, email me instead",
        "cs",
        [
            pool(STRUCTURAL, "Zurich, Switzerland")(
                "Reto Gubelmann",
                0,
                touches=[
                    li(
                        48,
                        "Please stop messaging me here and by email. I am not interested in any "
                        "role through your firm, now or later.",
                    )
                ],
                excluded=True,
            ),
            pool(STRUCTURAL, "Zurich, Switzerland")(
                "Urs Zwyssig",
                2,
                touches=[
                    li(
                        48,
                        "Please stop messaging me here, I hardly ever log in. Email is better - "
                        "still interested in Tragwerksplanung roles in Zürich.",
                    )
                ],
            ),
        ],
        **job(STRUCT_ROLE, ZURICH),
    ),
    C(
        "a call note: leaving the trade, delete his profile vs only calls at the office are out",
        "cs",
        [
            pool(ESTIMATOR, "Vienna, Austria")(
                "Leopold Hinterhuber",
                0,
                touches=[
                    rang(
                        75,
                        "Mit Hrn. Hinterhuber telefoniert: wechselt in den öffentlichen Dienst "
                        "(Magistrat), möchte aus unserer Datenbank gelöscht werden und keine "
                        "Anrufe mehr.",
                    )
                ],
                excluded=True,
            ),
            pool(ESTIMATOR, "Vienna, Austria")(
                "Florian Pichlmayr",
                2,
                touches=[
                    rang(
                        75,
                        "Mit Hrn. Pichlmayr telefoniert: bleibt in der Kalkulation, bittet nur, "
                        "ihn nicht mehr im Büro anzurufen - lieber per E-Mail oder abends.",
                    )
                ],
            ),
        ],
        **job(EST_ROLE, VIENNA_HYBRID, title="Kalkulant/in Hochbau"),
    ),
    C(
        "unsubscribe me from everything vs unsubscribe me from the job-alert newsletter only",
        "cs",
        [
            pool(HSE, "Singapore")(
                "Muthukumar Ramasamy",
                0,
                touches=[
                    mail(
                        30,
                        "Dear Sir/Madam, kindly unsubscribe me from all your mailing lists and do "
                        "not contact me further regarding job opportunities. Thank you.",
                    )
                ],
                excluded=True,
            ),
            pool(HSE, "Singapore")(
                "Hafizuddin Rahmat",
                2,
                touches=[
                    mail(
                        30,
                        "Dear Sir/Madam, kindly unsubscribe me from the weekly job alert "
                        "newsletter, too many emails. But please do still contact me directly "
                        "for HSE roles, thank you.",
                    )
                ],
            ),
        ],
        **job(HSE_ROLE, SINGAPORE_OFFICE),
    ),
    C(
        "ATS in German: DNC, no more contact vs not before ten, kids to the Kita",
        "cs",
        [
            pool(ARCHITECT, "Berlin, Germany")(
                "Henrike Oberländer",
                0,
                touches=[ats(91, "DNC – Kandidatin wünscht keinerlei Kontakt mehr (tel. 12.08.)")],
                excluded=True,
            ),
            pool(ARCHITECT, "Berlin, Germany")(
                "Annegret Wischnewski",
                2,
                touches=[
                    ats(91, "NICHT vor 10 Uhr anrufen – bringt die Kinder zur Kita. Sonst gern.")
                ],
            ),
        ],
        **job(ARCH_ROLE, BERLIN_HYBRID),
    ),
    C(
        "'no thanks - and please don't write again' vs no thanks to the data-centre role",
        "cs",
        [
            pool(MEP, "Singapore")(
                "Loh Wei Jie",
                0,
                touches=[answered(18, "no thanks - and please don't write again")],
                excluded=True,
            ),
            pool(MEP, "Singapore")(
                "Ong Kah Seng",
                2,
                touches=[
                    answered(
                        18,
                        "No thanks to the data-centre one, the 12-hour commissioning shifts are "
                        "not for me. Commercial buildings I'm still keen on.",
                    )
                ],
            ),
        ],
        **job(
            MEP_ROLE,
            SINGAPORE_OFFICE,
            description="Design building services for Grade A offices in the CBD, office hours.",
        ),
    ),
    C(
        "withdrew and asked to be left out of all outreach vs withdrew for a counter-offer",
        "cs",
        [
            pool(CIVIL, "Brisbane, Australia")(
                "Callum Ashgrove",
                0,
                apps=[
                    withdrew(
                        260,
                        "not_interested",
                        "Withdrew after the 2nd interview and asked to be removed from all "
                        "future outreach by us - felt the process dragged on.",
                        role="Civil Engineer",
                    )
                ],
                excluded=True,
            ),
            pool(CIVIL, "Brisbane, Australia")(
                "Hamish Pettifer",
                2,
                apps=[
                    withdrew(
                        260,
                        "counteroffer",
                        "Withdrew after the 2nd interview - took a counter-offer from his "
                        "current employer. Said to keep him in mind for drainage design roles.",
                        role="Civil Engineer",
                    )
                ],
            ),
        ],
        **job(CIVIL_ROLE, BRISBANE_HYBRID),
    ),
]

# --- 2. waits counted from the day said, each against a twin whose wait has run out ------------

WAITS = [
    C(
        "three months to the quarter's end from late October vs from June",
        "cs",
        [
            pool(BAULEITER, "Stuttgart, Germany")(
                "Eberhard Kässbohrer",
                1,
                touches=[
                    rang(
                        date(2026, 11, 2),
                        "Kandidat hat am 30.10. gekündigt, Frist drei Monate zum Quartalsende -> "
                        "frühestens ab 01.04. verfügbar. Vorher kein Wechsel möglich.",
                    )
                ],
            ),
            pool(BAULEITER, "Stuttgart, Germany")(
                "Gottfried Wackenhut",
                2,
                touches=[
                    rang(
                        date(2026, 6, 17),
                        "Kandidat hat am 15.06. gekündigt, drei Monate zum Quartalsende, also "
                        "frei ab 01.10. - vorher bitte nichts anbieten.",
                    )
                ],
            ),
        ],
        **job(SITE_ROLE, dict(remote_policy="onsite", location="Stuttgart, Germany")),
    ),
    C(
        "in the Probezeit till the end of February vs a Probezeit that ended in August",
        "cs",
        [
            pool(ARCHITECT, "Munich, Germany")(
                "Theresa Hufnagl",
                1,
                ("In der Probezeit bis Ende Februar – vorher wechsle ich nicht.", date(2026, 9, 7)),
            ),
            pool(ARCHITECT, "Munich, Germany")(
                "Kunigunde Reitmeier",
                2,
                (
                    "Probezeit läuft bis Ende August, danach gerne wieder melden.",
                    date(2026, 3, 2),
                ),
            ),
        ],
        **job(ARCH_ROLE, dict(remote_policy="hybrid", location="Munich, Germany")),
    ),
    C(
        "'talk to me after Australia Day', said this October vs said last October",
        "cs",
        [
            pool(PROJECT_MANAGER, "Sydney, Australia")(
                "Mitchell Cowlishaw",
                1,
                touches=[
                    wa(
                        date(2026, 10, 19),
                        "flat out till the christmas shutdown, talk to me after australia day",
                    )
                ],
            ),
            pool(PROJECT_MANAGER, "Sydney, Australia")(
                "Declan Mowbray",
                2,
                touches=[
                    wa(
                        date(2025, 10, 20),
                        "flat chat to the shutdown mate, hit me up after australia day",
                    )
                ],
            ),
        ],
        **job(PM_ROLE, SYDNEY_SITE),
    ),
    C(
        "won't move before the CNY bonus, said in September vs said last year",
        "cs",
        [
            pool(QS, "Singapore")(
                "Tan Hui Min",
                1,
                touches=[
                    mail(
                        date(2026, 9, 14),
                        "Thanks for thinking of me. I'll only consider moving after Chinese New "
                        "Year, as the bonus is only paid out then. Can we talk in March?",
                    )
                ],
            ),
            pool(QS, "Singapore")(
                "Chua Boon Keat",
                2,
                touches=[
                    mail(
                        date(2025, 10, 6),
                        "Appreciate it. Will only move after CNY when the bonus comes in, so "
                        "please check back with me in March.",
                    )
                ],
            ),
        ],
        **job(QS_ROLE, SINGAPORE_OFFICE),
    ),
    C(
        "out until after Fasnacht 2027 vs 'nach der Fasnacht' said last January",
        "cs",
        [
            pool(STRUCTURAL, "Basel, Switzerland")(
                "Beat Schaufelberger",
                1,
                touches=[
                    mail(
                        date(2026, 11, 9),
                        "Bis nach der Fasnacht bin ich raus – Abgabe Bauprojekt im Februar und "
                        "die Clique will auch ihr Recht. Ab März gern wieder.",
                    )
                ],
            ),
            pool(STRUCTURAL, "Basel, Switzerland")(
                "Lukas Tschudin",
                2,
                touches=[
                    mail(
                        date(2026, 1, 12),
                        "Bis nach der Fasnacht ist bei mir Ruhe, danach gern wieder anrufen.",
                    )
                ],
            ),
        ],
        **job(STRUCT_ROLE, BASEL),
    ),
    C(
        "Polish: get back after Wigilia and the handover vs after the summer holidays",
        "cs",
        [
            pool(BIM, "Warsaw, Poland")(
                "Jadwiga Trzebiatowska",
                1,
                touches=[
                    wa(
                        date(2026, 11, 4),
                        "do wigilii mam oddanie projektu, odezwij sie po nowym roku, wtedy "
                        "pogadamy",
                    )
                ],
            ),
            pool(BIM, "Warsaw, Poland")(
                "Zofia Brzezińska",
                2,
                touches=[
                    wa(
                        date(2026, 6, 15),
                        "teraz nie, odezwij sie po wakacjach. we wrzesniu juz bede po odbiorach",
                    )
                ],
            ),
        ],
        **job(BIM_ROLE, WARSAW_HYBRID),
    ),
    C(
        "sitting the IStructE exam next April vs sat it this April",
        "cs",
        [
            pool(STRUCTURAL, "Melbourne, Australia")(
                "Priyanka Raghavan",
                1,
                touches=[
                    li(
                        date(2026, 10, 12),
                        "Sitting the IStructE Chartered Membership exam next April, so please "
                        "no interviews before then - all my evenings go to exam prep.",
                    )
                ],
            ),
            pool(STRUCTURAL, "Melbourne, Australia")(
                "Ishaan Mehrotra",
                2,
                touches=[
                    li(
                        date(2026, 2, 9),
                        "Sitting the IStructE exam in April, so nothing until it's done please.",
                    )
                ],
            ),
        ],
        **job(STRUCT_ROLE, MELBOURNE_SITE),
    ),
    C(
        "staying to practical completion in June 2027 vs PC that was due in August",
        "cs",
        [
            pool(PROJECT_MANAGER, "Sydney, Australia")(
                "Kirra Hollingworth",
                1,
                touches=[
                    met(
                        date(2026, 8, 24),
                        "Coffee w/ Kirra. Committed to staying on the Parramatta tower to PC, "
                        "which is programmed for June 2027. Not walking out before then.",
                    )
                ],
            ),
            pool(PROJECT_MANAGER, "Sydney, Australia")(
                "Shannon Blackwood",
                2,
                touches=[
                    met(
                        date(2026, 3, 16),
                        "Coffee w/ Shannon. Staying on the Randwick job till practical "
                        "completion, due August. Call her after that.",
                    )
                ],
            ),
        ],
        **job(PM_ROLE, SYDNEY_SITE),
    ),
    C(
        "Elternzeit bis 31.05.2027 vs Elternzeit that ended in September",
        "cs",
        [
            pool(MEP, "Frankfurt am Main, Germany")(
                "Jörg Stolzenburg",
                1,
                ("Elternzeit bis 31.05.2027, davor keine Gespräche.", date(2026, 10, 5)),
            ),
            pool(MEP, "Frankfurt am Main, Germany")(
                "Matthias Ellerbrock",
                2,
                ("In Elternzeit bis Ende September, ab Oktober erreichbar.", date(2026, 4, 13)),
            ),
        ],
        **job(MEP_ROLE, FRANKFURT, title="Projektingenieur TGA (m/w/d)"),
    ),
    C(
        "on long service leave till mid-March vs LSL that ended in July",
        "cs",
        [
            pool(ESTIMATOR, "Melbourne, Australia")(
                "Gregor Pettigrove",
                1,
                touches=[
                    mail(
                        date(2026, 11, 16),
                        "I'm on long service leave from next week until mid-March - "
                        "caravan round WA - so please don't line anything up before I'm back.",
                    )
                ],
            ),
            pool(ESTIMATOR, "Melbourne, Australia")(
                "Duncan Trethowan",
                2,
                touches=[
                    mail(
                        date(2026, 5, 4),
                        "Taking long service leave until the end of July, after that I'm all ears.",
                    )
                ],
            ),
        ],
        **job(EST_ROLE, MELBOURNE_SITE),
    ),
    C(
        "can't change employer until the EP renewal clears in February vs renewal due in July",
        "cs",
        [
            pool(HSE, "Singapore")(
                "Arvind Thirunavukkarasu",
                1,
                touches=[
                    rang(
                        date(2026, 11, 10),
                        "Arvind: EP renewal pending w/ MOM, can't switch employers till it's "
                        "through, expects Feb. Pls hold off till then.",
                    )
                ],
            ),
            pool(HSE, "Singapore")(
                "Venkatesh Annamalai",
                2,
                touches=[
                    rang(
                        date(2026, 5, 11),
                        "Venkatesh: waiting on EP renewal, should be done by end July. Don't "
                        "put him forward before that.",
                    )
                ],
            ),
        ],
        **job(HSE_ROLE, SINGAPORE_OFFICE),
    ),
    C(
        "Masterarbeit due in March 2027 vs a thesis handed in at the end of September",
        "cs",
        [
            pool(BIM, "Vienna, Austria")(
                "Valentin Zehetbauer",
                1,
                (
                    "Masterarbeit Abgabe 15.03.2027, erst danach Vollzeit möglich.",
                    date(2026, 10, 19),
                ),
            ),
            pool(BIM, "Vienna, Austria")(
                "Sebastian Grubmüller",
                2,
                (
                    "Abgabe der Masterarbeit Ende September, ab Oktober Vollzeit möglich.",
                    date(2026, 4, 20),
                ),
            ),
        ],
        **job(BIM_ROLE, VIENNA_HYBRID, title="BIM-Koordinator/in"),
    ),
]

# --- 3. schedule, travel, visa, contract and hours, commute ----------------------------------

SCHEDULE = [
    C(
        "no more Saturdays on site vs Saturdays fine while the structure goes up, RDO kept",
        "cs",
        [
            pool(PROJECT_MANAGER, "Brisbane, Australia")(
                "Corey Rattray",
                0,
                "no more saturdays on site - missed two seasons of the kids' footy",
            ),
            pool(PROJECT_MANAGER, "Brisbane, Australia")(
                "Wade Cunningham",
                2,
                "Saturdays are fine while the structure's going up, as long as I keep my RDO",
            ),
        ],
        **job(
            PM_ROLE,
            dict(remote_policy="onsite", location="Brisbane, Australia"),
            offers=["Six-day weeks (Mon-Sat) during structure", "RDO every second Monday"],
        ),
    ),
    C(
        "done with rail possessions at nights and weekends vs not fussed about the odd one",
        "cs",
        [
            pool(CIVIL, "Sydney, Australia")(
                "Riley Summerhayes",
                0,
                touches=[
                    rang(
                        140,
                        "Riley: 4 yrs of Sydney Trains possessions, says no more night or "
                        "weekend work, full stop. Day shift only.",
                    )
                ],
            ),
            pool(CIVIL, "Sydney, Australia")(
                "Nathaniel Crowhurst",
                2,
                touches=[
                    rang(
                        140,
                        "Nathaniel: not fussed about the odd possession weekend, did plenty on "
                        "Inland Rail. Wants more design time though.",
                    )
                ],
            ),
        ],
        **job(
            CIVIL_ROLE,
            SYDNEY_SITE,
            title="Civil Engineer - Rail",
            offers=["Night and weekend possessions about one weekend a month"],
        ),
    ),
    C(
        "wants off rotating night shifts vs likes the shift allowance, office-hours role",
        "cs",
        [
            pool(MEP, "Singapore")(
                "Goh Jun Hao",
                2,
                "Wants to get off rotating night shifts on data-centre commissioning, normal "
                "office hours please",
            ),
            pool(MEP, "Singapore")(
                "Lim Zhi Xuan",
                1,
                "Prefers shift work on commissioning, the shift allowance is good money",
            ),
        ],
        **job(
            MEP_ROLE,
            SINGAPORE_OFFICE,
            offers=["Office hours 8.30 to 6, Monday to Friday, no shift work"],
        ),
    ),
    C(
        "can't be on site before 8:30 for the Kita vs an early riser, 6:30 is no problem",
        "cs",
        [
            pool(BAULEITER, "Nuremberg, Germany")(
                "Ortwin Pfannenstiel",
                0,
                "Kann morgens erst ab 8:30 auf der Baustelle sein – bringt die Tochter zur Kita",
            ),
            pool(BAULEITER, "Nuremberg, Germany")(
                "Siegbert Leimgruber",
                2,
                "Frühaufsteher, Baustellenbeginn um 6:30 ist für ihn kein Problem",
            ),
        ],
        **job(
            SITE_ROLE,
            dict(remote_policy="onsite", location="Nuremberg, Germany"),
            offers=["Arbeitsbeginn auf der Baustelle 6:30 Uhr", "Firmenwagen"],
        ),
    ),
    C(
        "flies home to Kerala every December vs happy to work through Christmas",
        "cs",
        [
            pool(HSE, "Melbourne, Australia")(
                "Jithin Varghese",
                0,
                "Never works over Christmas - flies home to Kerala every December, non-negotiable",
            ),
            pool(HSE, "Melbourne, Australia")(
                "Anoop Kuriakose",
                2,
                "happy to work through christmas, double time is double time",
            ),
        ],
        **job(
            HSE_ROLE,
            MELBOURNE_SITE,
            title="HSE Adviser - hospital fit-out",
            offers=["Works run through the Christmas shutdown (24 Dec to 5 Jan) at double time"],
        ),
    ),
]

TRAVEL = [
    C(
        "no FIFO, young family in Perth vs keen on FIFO after 8/6 in the Bowen Basin",
        "cs",
        [
            pool(PROJECT_MANAGER, "Perth, Australia")(
                "Kieran Lumsden",
                0,
                touches=[rang(60, "No FIFO. Two under three at home in Joondalup - metro only.")],
            ),
            pool(PROJECT_MANAGER, "Perth, Australia")(
                "Travis Goldsworthy",
                2,
                touches=[
                    rang(
                        60,
                        "Keen on FIFO again - did 8/6 in the Bowen Basin for 3 yrs and liked "
                        "the block of days off.",
                    )
                ],
            ),
        ],
        **job(
            PM_ROLE,
            PERTH_SITE,
            title="Project Manager - Pilbara (FIFO)",
            offers=["FIFO 2:1 roster ex Perth to the Pilbara"],
        ),
    ),
    C(
        "keine Montage mehr vs Montage unter der Woche passt",
        "cs",
        [
            pool(BAULEITER, "Regensburg, Germany")(
                "Anselm Brunnhuber",
                0,
                "Keine Montage mehr, will abends bei der Familie sein",
            ),
            pool(BAULEITER, "Regensburg, Germany")(
                "Xaver Neumeier",
                2,
                "Montage unter der Woche passt, Hauptsache am Wochenende daheim",
            ),
        ],
        **job(
            SITE_ROLE,
            dict(remote_policy="onsite", location="Regensburg, Germany"),
            offers=["Baustellen in ganz Bayern, Übernachtung unter der Woche im Hotel"],
        ),
    ),
    C(
        "a few days' travel a quarter at most, caring for her mother vs enjoys regional travel",
        "cs",
        [
            pool(QS, "Singapore")(
                "Siti Nurhaliza Osman",
                0,
                "Can't travel more than a few days a quarter - main carer for her mother",
            ),
            pool(QS, "Singapore")(
                "Nur Aisyah Kamarudin",
                2,
                "Enjoys regional travel - did Jakarta and Ho Chi Minh projects and wants more",
            ),
        ],
        **job(
            QS_ROLE,
            SINGAPORE_OFFICE,
            offers=["Regional travel 30-40% to Malaysia, Vietnam and Indonesia"],
        ),
    ),
    C(
        "left a firm over weekly flights to Melbourne, this role has none vs wants travel",
        "cs",
        [
            pool(STRUCTURAL, "Sydney, Australia")(
                "Madeleine Ashcroft",
                2,
                apps=[
                    declined(
                        330,
                        "other",
                        "Turned down our offer - the Melbourne project meant flying down every "
                        "week. Loved the team otherwise.",
                        role="Structural Engineer",
                    )
                ],
            ),
            pool(STRUCTURAL, "Sydney, Australia")(
                "Georgina Pendlebury",
                1,
                "Would like a role with interstate travel, gets restless in one office",
            ),
        ],
        **job(STRUCT_ROLE, SYDNEY_SITE, offers=["Sydney projects only, no interstate travel"]),
    ),
    C(
        "max. 10 % Reisetätigkeit vs Reisen bis zur Hälfte der Zeit in Ordnung",
        "cs",
        [
            pool(MEP, "Zurich, Switzerland")(
                "Silvan Ammann",
                0,
                "max. 10 % Reisetätigkeit, mehr geht nicht",
            ),
            pool(MEP, "Zurich, Switzerland")(
                "Dario Bühlmann",
                2,
                "Reisen bis zur Hälfte der Zeit in Ordnung, nicht mehr",
            ),
        ],
        **job(
            MEP_ROLE,
            ZURICH,
            title="Gebäudetechnikplaner HLK (Projektleitung)",
            offers=["Reisetätigkeit ca. 40 % in der Deutschschweiz"],
        ),
    ),
]

NO_PASS = "Singapore citizens and PRs only; we are unable to support an EP or S Pass."

VISA = [
    C(
        "on an EP and needs a new one vs Malaysian who became a PR in 2024",
        "cs",
        [
            pool(HSE, "Singapore")(
                "Kavitha Naidu",
                0,
                "Malaysian on an Employment Pass; the new employer would need to apply for an EP",
            ),
            pool(HSE, "Singapore")(
                "Prema Letchumanan",
                2,
                "Malaysian but got Singapore PR in 2024, no pass needed any more",
            ),
        ],
        **job(HSE_ROLE, SINGAPORE_OFFICE, offers=[NO_PASS]),
    ),
    C(
        "a 485 that runs out in March and needs a 482 vs a 485 plus an 820 granted in July",
        "cs",
        [
            pool(CIVIL, "Melbourne, Australia")(
                "Rohan Vaidyanathan",
                0,
                touches=[
                    ats(
                        45,
                        "On 485 grad visa exp. 03/2027 - will need 482 sponsorship to stay on.",
                    )
                ],
            ),
            pool(CIVIL, "Melbourne, Australia")(
                "Aditya Pathwardhan",
                2,
                touches=[
                    ats(
                        45,
                        "Was on a 485, partner visa (820) granted July -> full work rights, no "
                        "sponsorship needed.",
                    )
                ],
            ),
        ],
        **job(
            CIVIL_ROLE,
            MELBOURNE_SITE,
            offers=["Full Australian working rights required; no visa sponsorship"],
        ),
    ),
    C(
        "an L permit through his employer vs a German passport since 2023",
        "cs",
        [
            pool(STRUCTURAL, "Zurich, Switzerland")(
                "Sandeep Kothari",
                0,
                "Indian national on an L permit through his employer's intra-company transfer; a "
                "move would need a new non-EU work permit",
            ),
            pool(STRUCTURAL, "Zurich, Switzerland")(
                "Vikram Malhotra",
                2,
                "Indian-born, naturalised German in 2023, so EU/EFTA rules apply - no permit "
                "hassle",
            ),
        ],
        **job(
            STRUCT_ROLE,
            ZURICH,
            offers=["Swiss or EU/EFTA nationals only (B or G permit); no non-EU permits"],
        ),
    ),
    C(
        "needs a Blue Card sponsor to move to Germany vs decided against Germany altogether",
        "cs",
        [
            pool(CIVIL, "Istanbul, Turkey")(
                "Emre Karabulut",
                2,
                "Sucht einen Arbeitgeber, der die Blaue Karte EU unterstützt - möchte nach München",
            ),
            pool(CIVIL, "Istanbul, Turkey")(
                "Burak Yıldırımcı",
                0,
                "Hat sich gegen Deutschland entschieden, die Familie bleibt in Istanbul",
            ),
        ],
        **job(
            CIVIL_ROLE,
            MUNICH_SITE,
            title="Bauingenieur Straßenbau (m/w/d)",
            offers=["Unterstützung bei Blauer Karte EU und Umzug"],
        ),
    ),
    C(
        "she's on a Dependant's Pass and would need her own EP vs her husband needs the EP",
        "cs",
        [
            pool(BIM, "Singapore")(
                "Meenakshi Sundararajan",
                0,
                touches=[
                    rang(
                        80,
                        "Meenakshi is on a Dependant's Pass under her husband's EP - she'd "
                        "need her own EP for any new role.",
                    )
                ],
            ),
            pool(BIM, "Singapore")(
                "Lakshmi Ramanathapuram",
                2,
                touches=[
                    rang(
                        80,
                        "Lakshmi is Singaporean; it's her husband who's on an EP, and that's "
                        "with his own employer.",
                    )
                ],
            ),
        ],
        **job(BIM_ROLE, SINGAPORE_HYBRID, offers=[NO_PASS, "Hybrid: WFH on Fridays"]),
    ),
]

CONTRACT = [
    C(
        "B2B only, loses too much on UoP vs wants UoP for the mortgage, UoP role",
        "cs",
        [
            pool(BIM, "Kraków, Poland")(
                "Przemysław Wawrzyniak",
                0,
                "Tylko B2B - na umowie o pracę za dużo tracę netto",
            ),
            pool(BIM, "Kraków, Poland")(
                "Grzegorz Ciesielski",
                2,
                "Woli umowę o pracę, B2B nie chce - bierze kredyt, bank patrzy na UoP",
            ),
        ],
        **job(
            BIM_ROLE,
            dict(remote_policy="hybrid", location="Kraków, Poland"),
            offers=["Umowa o pracę (no B2B)"],
        ),
    ),
    C(
        "happy on B2B with his own JDG vs UoP only, B2B role",
        "cs",
        [
            pool(STRUCTURAL, "Gdańsk, Poland")(
                "Mateusz Drozdowski",
                2,
                "happy on B2B, already has his own działalność",
            ),
            pool(STRUCTURAL, "Gdańsk, Poland")(
                "Wojciech Chmielowski",
                0,
                "umowa o pracę only, won't set up a firm for B2B",
            ),
        ],
        **job(
            STRUCT_ROLE,
            dict(remote_policy="hybrid", location="Gdańsk, Poland"),
            offers=["B2B contract, monthly invoice"],
        ),
    ),
    C(
        "nur unbefristet after two chained contracts vs a fixed term doesn't bother him",
        "cs",
        [
            pool(STRUCTURAL, "Dresden, Germany")(
                "Falko Riedelsberger",
                0,
                touches=[
                    rang(
                        110,
                        "Nur unbefristet – nach zwei Kettenbefristungen an der TU reicht's ihm.",
                    )
                ],
            ),
            pool(STRUCTURAL, "Dresden, Germany")(
                "Torsten Klingebiel",
                2,
                touches=[
                    rang(110, "Befristung stört ihn nicht, Hauptsache ein spannendes Projekt.")
                ],
            ),
        ],
        **job(
            STRUCT_ROLE,
            dict(remote_policy="onsite", location="Dresden, Germany"),
            title="Tragwerksplaner Brückenbau (befristet)",
            offers=["Projektstelle, befristet auf 24 Monate"],
        ),
    ),
    C(
        "looking for three days a week vs needs full-time hours for the mortgage",
        "cs",
        [
            pool(ARCHITECT, "Hamburg, Germany")(
                "Friederike Mahlstedt",
                2,
                "Sucht Teilzeit, drei Tage die Woche, wegen der Kinder",
            ),
            pool(ARCHITECT, "Hamburg, Germany")(
                "Imke Harmsen",
                0,
                "Braucht Vollzeit, mit drei Tagen kommt sie nicht über die Runden",
            ),
        ],
        **job(
            ARCH_ROLE,
            dict(remote_policy="hybrid", location="Hamburg, Germany"),
            title="Architekt/in in Teilzeit (24 h)",
            offers=["Teilzeit, 24 Stunden an drei Tagen"],
        ),
    ),
    C(
        "exmatrikuliert since October vs enrolled till summer 2027, Werkstudent role",
        "cs",
        [
            pool(BIM_STUDENT, "Aachen, Germany")(
                "Jannik Overbeck",
                0,
                touches=[
                    mail(
                        40,
                        "Kurzes Update: bin seit Oktober exmatrikuliert und suche jetzt eine "
                        "Festanstellung, Werkstudent geht also leider nicht mehr.",
                    )
                ],
            ),
            pool(BIM_STUDENT, "Aachen, Germany")(
                "Malte Brinkhoff",
                2,
                touches=[
                    mail(
                        40,
                        "Kurzes Update: bin noch bis Sommersemester 2027 eingeschrieben und "
                        "suche eine Werkstudentenstelle mit 20 Stunden.",
                    )
                ],
            ),
        ],
        **job(
            BIM_ROLE,
            dict(remote_policy="hybrid", location="Aachen, Germany"),
            title="Werkstudent BIM (m/w/d)",
            seniority="intern",
            offers=["Werkstudentenvertrag, 20 Stunden pro Woche im Semester"],
        ),
    ),
    C(
        "perm only, wants long service leave accruing vs has a Pty Ltd, likes the day rate",
        "cs",
        [
            pool(ESTIMATOR, "Adelaide, Australia")(
                "Brent Kilpatrick",
                0,
                "perm only - wants his long service leave ticking over, not chasing contracts",
            ),
            pool(ESTIMATOR, "Adelaide, Australia")(
                "Darcy Lockwood",
                2,
                "Has his own Pty Ltd, happy on an ABN day rate",
            ),
        ],
        **job(
            EST_ROLE,
            dict(remote_policy="onsite", location="Adelaide, Australia"),
            title="Contract Estimator (12 months, ABN)",
            offers=["12-month contract, A$1,100 a day inc. super, ABN"],
        ),
    ),
]

COMMUTE = [
    C(
        "max 45 minutes each way without a company car vs Ingolstadt fine with one",
        "cs",
        [
            pool(BAULEITER, "Munich, Germany")(
                "Quirin Hallmeier",
                0,
                "Max. 45 Minuten einfach, ohne Firmenwagen – Ingolstadt ist zu weit",
            ),
            pool(BAULEITER, "Munich, Germany")(
                "Vitus Stallhofer",
                2,
                "Pendeln nach Ingolstadt ist ok, wenn ein Firmenwagen dabei ist",
            ),
        ],
        **job(
            SITE_ROLE,
            dict(remote_policy="onsite", location="Ingolstadt, Germany"),
            offers=["Firmenwagen, auch zur privaten Nutzung"],
        ),
    ),
    C(
        "won't do the drive to Parramatta again vs fine if he goes early",
        "cs",
        [
            pool(QS, "Manly, Sydney, Australia")(
                "Fletcher Abernethy",
                0,
                touches=[
                    rang(
                        70,
                        "Lives Northern Beaches. Won't do the Parramatta drive again, 1.5h "
                        "each way nearly broke him.",
                    ),
                ],
            ),
            pool(QS, "Manly, Sydney, Australia")(
                "Angus Threlfall",
                2,
                touches=[
                    rang(
                        70,
                        "Lives Northern Beaches. Parramatta's fine if he leaves at 6 and "
                        "misses the traffic.",
                    ),
                ],
            ),
        ],
        **job(QS_ROLE, dict(remote_policy="onsite", location="Parramatta, Sydney, Australia")),
    ),
    C(
        "stays in Pasir Ris, Tuas is too far vs stays in Jurong West, twenty minutes",
        "cs",
        [
            pool(HSE, "Singapore")(
                "Ng Siew Ling",
                0,
                "Stays in Pasir Ris, Tuas is too far, won't consider the west",
            ),
            pool(HSE, "Singapore")(
                "Koh Mei Ying",
                2,
                "Stays in Jurong West, Tuas is only 20 mins by car",
            ),
        ],
        **job(
            HSE_ROLE,
            dict(remote_policy="onsite", location="Tuas, Singapore"),
            title="HSE Adviser - Tuas industrial project",
        ),
    ),
    C(
        "no car, public transport only vs drives anyway, a car park would be great",
        "cs",
        [
            pool(MEP, "Zurich, Switzerland")(
                "Cyrill Rüegsegger",
                0,
                "Hat kein Auto und keinen Führerschein, kommt nur mit dem ÖV",
            ),
            pool(MEP, "Zurich, Switzerland")(
                "Marco Tobler",
                2,
                "Fährt sowieso Auto, ein Parkplatz wäre super",
            ),
        ],
        **job(
            MEP_ROLE,
            dict(remote_policy="onsite", location="Dietlikon, Switzerland"),
            offers=["Büro im Industriegebiet, kaum ÖV-Anbindung, Parkplatz vorhanden"],
        ),
    ),
]

# --- 4. pay against the band ------------------------------------------------------------------

PAY = [
    C(
        "a 75k floor vs earns 72k now but would take 65k for home-office days, 62-70k band",
        "cs",
        [
            pool(ARCHITECT, "Berlin, Germany")(
                "Wiebke Tiedemann",
                0,
                "Untergrenze 75k brutto, darunter keine Gespräche",
            ),
            pool(ARCHITECT, "Berlin, Germany")(
                "Solveig Brackmann",
                2,
                "Verdient aktuell 72k, würde für zwei Tage Homeoffice aber auch 65k nehmen",
            ),
        ],
        **job(ARCH_ROLE, BERLIN_HYBRID),
        salary_min=62_000,
        salary_max=70_000,
        currency="EUR",
    ),
    C(
        "wants 5,000 a month vs 4,200 a month fourteen times, Austrian band",
        "cs",
        [
            pool(QS, "Vienna, Austria")(
                "Ferdinand Kraxner",
                0,
                touches=[
                    rang(50, "Will € 5.000 brutto im Monat, sonst bleibt er bei der Strabag.")
                ],
            ),
            pool(QS, "Vienna, Austria")(
                "Bernhard Edlinger",
                2,
                touches=[rang(50, "€ 4.200 brutto monatlich, 14 Mal - das würde ihm passen.")],
            ),
        ],
        **job(
            QS_ROLE,
            VIENNA_HYBRID,
            title="Bauwirtschafter / Quantity Surveyor",
            offers=["€ 4.000-4.300 brutto monatlich, 14 Gehälter"],
        ),
        salary_min=56_000,
        salary_max=60_200,
        currency="EUR",
    ),
    C(
        "after a $170k package including super vs $170k base plus super",
        "cs",
        [
            pool(PROJECT_MANAGER, "Melbourne, Australia")(
                "Hayden Ravenscroft",
                2,
                "after a $170k package incl. super",
            ),
            pool(PROJECT_MANAGER, "Melbourne, Australia")(
                "Jack Merriweather",
                0,
                "wants $170k base + super, won't budge",
            ),
        ],
        **job(PM_ROLE, MELBOURNE_SITE, offers=["A$150k-165k base plus 12% super"]),
        salary_min=150_000,
        salary_max=165_000,
        currency="AUD",
    ),
    C(
        "expects S$12k a month vs about S$8.5-9.5k a month, S$9k x 13 band",
        "cs",
        [
            pool(MEP, "Singapore")(
                "Yeo Jia Hui",
                0,
                touches=[ats(33, "exp salary S$12k/mth, current 10.5k + AWS")],
            ),
            pool(MEP, "Singapore")(
                "Teo Wen Xin",
                2,
                touches=[ats(33, "exp salary abt S$8.5-9.5k/mth, flexible for the right proj")],
            ),
        ],
        **job(
            MEP_ROLE,
            SINGAPORE_OFFICE,
            offers=["S$9,000 a month plus AWS (13th month) and variable bonus"],
        ),
        salary_min=108_000,
        salary_max=117_000,
        currency="SGD",
    ),
    C(
        "160 zł an hour net on B2B vs about 20k net a month on B2B",
        "cs",
        [
            pool(BIM, "Warsaw, Poland")(
                "Dariusz Kołodziejczyk",
                0,
                "stawka min. 160 zł/h netto na B2B",
            ),
            pool(BIM, "Warsaw, Poland")(
                "Sebastian Wróblewski",
                2,
                "oczekiwania ok. 20 tys. netto miesięcznie na B2B",
            ),
        ],
        **job(
            BIM_ROLE,
            WARSAW_HYBRID,
            offers=["18 000-22 000 PLN netto + VAT miesięcznie (B2B)"],
        ),
        salary_min=216_000,
        salary_max=264_000,
        currency="PLN",
    ),
    C(
        "at least CHF 130k vs earns 118k and equal pay will do",
        "cs",
        [
            pool(STRUCTURAL, "Zurich, Switzerland")(
                "Andrin Wälchli",
                0,
                "mindestens CHF 130'000, darunter wechselt er nicht",
            ),
            pool(STRUCTURAL, "Zurich, Switzerland")(
                "Fabian Hürlimann",
                2,
                "aktuell CHF 118'000, gleichwertig reicht ihm",
            ),
        ],
        **job(STRUCT_ROLE, ZURICH),
        salary_min=110_000,
        salary_max=125_000,
        currency="CHF",
    ),
    C(
        "only employers bound by a Tarif vs the Tarif doesn't matter, wants 80k",
        "cs",
        [
            pool(BAULEITER, "Cologne, Germany")(
                "Hartmut Dreesbach",
                2,
                touches=[
                    rang(
                        95,
                        "Will nur zu tarifgebundenen Firmen, hat mit außertariflich schlechte "
                        "Erfahrungen gemacht. Gehalt nach Tarif reicht ihm.",
                    )
                ],
            ),
            pool(BAULEITER, "Cologne, Germany")(
                "Volker Schmitz-Heinen",
                0,
                touches=[
                    rang(
                        95,
                        "Tarif ist ihm egal, zählt nur das Brutto - unter 80k macht er keinen "
                        "Schritt.",
                    )
                ],
            ),
        ],
        **job(
            SITE_ROLE,
            dict(remote_policy="onsite", location="Cologne, Germany"),
            offers=["Tarifgebunden (Tarifvertrag Bauhauptgewerbe), 13. Monatsgehalt"],
        ),
        salary_min=65_000,
        salary_max=72_000,
        currency="EUR",
    ),
    C(
        "won't take a cut from S$125k total vs S$125k with a one-off bonus, 98k base",
        "cs",
        [
            pool(QS, "Singapore")(
                "Sim Kok Leong",
                0,
                touches=[
                    mail(
                        58,
                        "I'm on S$125k total this year including bonus and won't take a pay cut "
                        "to move.",
                    )
                ],
            ),
            pool(QS, "Singapore")(
                "Wong Pei Qi",
                2,
                touches=[
                    mail(
                        58,
                        "This year's S$125k includes a one-off completion bonus for the Punggol "
                        "project - my base is S$98k, so I'd move for around S$110k base.",
                    )
                ],
            ),
        ],
        **job(QS_ROLE, SINGAPORE_OFFICE),
        salary_min=100_000,
        salary_max=117_000,
        currency="SGD",
    ),
]

# --- 5. last time's reason, resolved by this role or still standing ---------------------------

PAST_MUNICH_75 = dict(
    remote_policy="onsite", location="Munich, Germany", salary_max=75_000, currency="EUR"
)
PAST_PILBARA = dict(remote_policy="onsite", location="Pilbara, Australia")
PAST_PERTH_METRO = dict(remote_policy="onsite", location="Perth, Australia")
PAST_BRISBANE_NO_482 = dict(
    remote_policy="onsite", location="Brisbane, Australia", salary_max=120_000, currency="AUD"
)
PAST_SITE_OFFICE = dict(remote_policy="onsite", location="Warsaw, Poland")
PAST_NO_CAR = dict(remote_policy="onsite", location="Leipzig, Germany")

RESOLVED = [
    C(
        "asked 85k against a 75k cap, band now 82-90k vs asked 95k",
        "cs",
        [
            pool(BAULEITER, "Munich, Germany")(
                "Maximilian Sedlmair",
                2,
                apps=[
                    declined(
                        280,
                        "compensation",
                        "Wollte 85k, Budget bei 75k gedeckelt.",
                        past=PAST_MUNICH_75,
                    )
                ],
            ),
            pool(BAULEITER, "Munich, Germany")(
                "Benedikt Zollhauser",
                0,
                apps=[
                    declined(
                        280,
                        "compensation",
                        "Wollte 95k, Budget bei 75k gedeckelt - Lücke zu groß.",
                        past=PAST_MUNICH_75,
                    )
                ],
            ),
        ],
        **job(SITE_ROLE, MUNICH_SITE),
        salary_min=82_000,
        salary_max=90_000,
        currency="EUR",
    ),
    C(
        "declined the FIFO roster, this role is Perth metro vs wanted FIFO, metro again",
        "cs",
        [
            pool(PROJECT_MANAGER, "Perth, Australia")(
                "Bailey Strathearn",
                2,
                apps=[
                    declined(
                        230,
                        "location",
                        "Declined - couldn't do the 2:1 FIFO roster to the Pilbara with the kids.",
                        past=PAST_PILBARA,
                        role="Project Manager",
                    )
                ],
            ),
            pool(PROJECT_MANAGER, "Perth, Australia")(
                "Connor Fitzwilliam",
                0,
                apps=[
                    declined(
                        230,
                        "compensation",
                        "Declined - wanted a FIFO role for the allowances, a metro job pays "
                        "him too little.",
                        past=PAST_PERTH_METRO,
                        role="Project Manager",
                    )
                ],
            ),
        ],
        **job(PM_ROLE, PERTH_SITE, offers=["Perth metro projects only, no FIFO"]),
    ),
    C(
        "withdrew when there was no 482 sponsorship, this role sponsors vs pay was short",
        "cs",
        [
            pool(CIVIL, "Brisbane, Australia")(
                "Nikhil Chaturvedi",
                2,
                apps=[
                    withdrew(
                        300,
                        "other",
                        "Withdrew - firm wouldn't sponsor a 482 and his 485 runs out.",
                        past=PAST_BRISBANE_NO_482,
                        role="Civil Engineer",
                    )
                ],
            ),
            pool(CIVIL, "Brisbane, Australia")(
                "Siddharth Bhatnagar",
                0,
                apps=[
                    withdrew(
                        300,
                        "compensation",
                        "Withdrew - sponsorship was fine, the salary was $20k short of what he "
                        "needs.",
                        past=PAST_BRISBANE_NO_482,
                        role="Civil Engineer",
                    )
                ],
            ),
        ],
        **job(CIVIL_ROLE, BRISBANE_HYBRID, offers=["482 visa sponsorship available"]),
        salary_min=105_000,
        salary_max=120_000,
        currency="AUD",
    ),
    C(
        "declined five days in the site office, this role is hybrid vs wanted full remote",
        "cs",
        [
            pool(BIM, "Warsaw, Poland")(
                "Kamil Zawadzki",
                2,
                apps=[
                    declined(
                        180,
                        "remote_policy",
                        "Odmówił - 5 dni w kontenerze biurowym na budowie to dla niego za dużo.",
                        past=PAST_SITE_OFFICE,
                        role="BIM Coordinator",
                    )
                ],
            ),
            pool(BIM, "Warsaw, Poland")(
                "Łukasz Bartoszewicz",
                0,
                apps=[
                    declined(
                        180,
                        "remote_policy",
                        "Odmówił - chce wyłącznie pracy w pełni zdalnej, biuro w ogóle nie "
                        "wchodzi w grę.",
                        past=PAST_SITE_OFFICE,
                        role="BIM Coordinator",
                    )
                ],
            ),
        ],
        **job(BIM_ROLE, WARSAW_HYBRID),
    ),
    C(
        "turned away without RPEQ, registered since August vs application still pending",
        "cs",
        [
            pool(STRUCTURAL, "Brisbane, Australia")(
                "Eliza Drummond",
                2,
                apps=[
                    turned_away(
                        400,
                        "interview",
                        "skills_gap",
                        "No RPEQ - client needs someone who can certify.",
                        role="Structural Engineer",
                    )
                ],
                touches=[li(95, "Good news - I'm RPEQ registered as of August!")],
            ),
            pool(STRUCTURAL, "Brisbane, Australia")(
                "Harriet Colquhoun",
                0,
                apps=[
                    turned_away(
                        400,
                        "interview",
                        "skills_gap",
                        "No RPEQ yet - client needs someone who can certify.",
                        role="Structural Engineer",
                    )
                ],
                touches=[li(95, "RPEQ application is still sitting with the assessors, no news.")],
            ),
        ],
        **job(
            STRUCT_ROLE,
            BRISBANE_HYBRID,
            requirements="RPEQ (must certify)\nReinforced concrete design\nAS 3600",
        ),
    ),
    C(
        "declined for want of a company car, this one has it vs declined 50% travel, same again",
        "cs",
        [
            pool(BAULEITER, "Leipzig, Germany")(
                "Ulf Scharnweber",
                2,
                apps=[
                    declined(
                        200,
                        "other",
                        "Abgesagt: kein Firmenwagen, bei drei Baustellen im Umland ein No-Go.",
                        past=PAST_NO_CAR,
                    )
                ],
            ),
            pool(BAULEITER, "Leipzig, Germany")(
                "Rüdiger Kleinschmidt",
                0,
                apps=[
                    declined(
                        200,
                        "other",
                        "Abgesagt: 50 % Reisetätigkeit quer durch Sachsen war ihm zu viel.",
                        past=PAST_NO_CAR,
                    )
                ],
            ),
        ],
        **job(
            SITE_ROLE,
            dict(remote_policy="onsite", location="Leipzig, Germany"),
            offers=["Firmenwagen auch privat", "Reisetätigkeit ca. 50 % in ganz Sachsen"],
        ),
    ),
]

# --- 6. negation and scope --------------------------------------------------------------------

NEGATIONS = [
    C(
        "'nichts gegen Baustelle' vs 'auf keinen Fall wieder Baustelle'",
        "cs",
        [
            pool(STRUCTURAL, "Hanover, Germany")(
                "Gesine Vogelsang",
                2,
                "Hab nichts gegen Baustelle, im Gegenteil - will raus aus dem reinen Büro",
            ),
            pool(STRUCTURAL, "Hanover, Germany")(
                "Almut Rehbein",
                0,
                "Auf keinen Fall wieder auf die Baustelle, nur noch Büro",
            ),
        ],
        **job(
            STRUCT_ROLE,
            dict(remote_policy="onsite", location="Hanover, Germany"),
            title="Bauingenieur/in Bauüberwachung",
            offers=["Überwiegend auf der Baustelle (Bauüberwachung)"],
        ),
    ),
    C(
        "the money was never the issue, the commute was vs the money was",
        "cs",
        [
            pool(HSE, "Jurong East, Singapore")(
                "Ravindran Sivalingam",
                2,
                touches=[
                    rang(
                        130,
                        "Money was never the issue with the Changi job - it was the 90 mins "
                        "each way from Jurong.",
                    )
                ],
            ),
            pool(HSE, "Jurong East, Singapore")(
                "Sathish Gunasekaran",
                0,
                touches=[
                    rang(
                        130,
                        "The commute to Changi wasn't the issue - the money was. Needs S$10k a "
                        "month minimum.",
                    )
                ],
            ),
        ],
        **job(
            HSE_ROLE,
            dict(remote_policy="onsite", location="Jurong, Singapore"),
            offers=["S$7,500-8,500 a month"],
        ),
        salary_min=90_000,
        salary_max=102_000,
        currency="SGD",
    ),
    C(
        "'not against FIFO as long as it's 2:1 or better' vs 'not doing FIFO, not ever'",
        "cs",
        [
            pool(HSE, "Perth, Australia")(
                "Tahlia Greenhalgh",
                2,
                "not against FIFO as long as it's 2:1 or better",
            ),
            pool(HSE, "Perth, Australia")(
                "Courtney Ellery",
                0,
                "not doing FIFO, not now, not ever",
            ),
        ],
        **job(
            HSE_ROLE,
            PERTH_SITE,
            title="HSE Adviser - Pilbara (FIFO)",
            offers=["FIFO 2:1 roster ex Perth"],
        ),
    ),
    C(
        "Polish: nothing against five office days vs doesn't want five office days",
        "cs",
        [
            pool(QS, "Poznań, Poland")(
                "Agnieszka Skrzypczak",
                2,
                "Nie mam nic przeciwko pracy w biurze pięć dni w tygodniu",
            ),
            pool(QS, "Poznań, Poland")(
                "Małgorzata Pawlikowska",
                0,
                "Nie chcę pracować w biurze pięć dni w tygodniu",
            ),
        ],
        **job(
            QS_ROLE,
            dict(remote_policy="onsite", location="Poznań, Poland"),
            title="Kosztorysant / Quantity Surveyor",
        ),
    ),
    C(
        "not opposed to line management vs not interested in line management",
        "cs",
        [
            pool(BIM, "Singapore")(
                "Chan Jia Le",
                2,
                touches=[ats(66, "not opposed to line mgmt, has informally led 3 modellers")],
            ),
            pool(BIM, "Singapore")(
                "Pang Xin Yi",
                0,
                touches=[ats(66, "not interested in line mgmt, wants to stay hands-on modelling")],
            ),
        ],
        **job(
            BIM_ROLE,
            SINGAPORE_HYBRID,
            title="BIM Manager",
            seniority="manager",
            offers=["Lead a team of four BIM modellers"],
        ),
    ),
    C(
        "won't touch defence or prison jobs, hospital role vs no more hospitals",
        "cs",
        [
            pool(PROJECT_MANAGER, "Adelaide, Australia")(
                "Lucinda Marchbank",
                2,
                "won't touch defence or prison jobs, anything else is fine",
            ),
            pool(PROJECT_MANAGER, "Adelaide, Australia")(
                "Bronwyn Tolhurst",
                0,
                "no more hospitals after the last one, anything but health",
            ),
        ],
        **job(
            PM_ROLE,
            dict(remote_policy="onsite", location="Adelaide, Australia"),
            title="Project Manager - Hospital Redevelopment",
        ),
    ),
]

# --- 7. work mode said in one place only, and location ----------------------------------------

WORK_MODE = [
    C(
        "on-site only in the policy field: home office only vs wants the office every day",
        "cs",
        [
            pool(MEP, "Frankfurt am Main, Germany")(
                "Detlef Hasselbach",
                0,
                "Nur noch Homeoffice, keine Präsenz im Büro",
            ),
            pool(MEP, "Frankfurt am Main, Germany")(
                "Gernot Wildermuth",
                2,
                "Will wieder täglich ins Büro, Homeoffice macht ihn einsam",
            ),
        ],
        **job(MEP_ROLE, FRANKFURT, title="Fachplaner TGA (m/w/d)"),
    ),
    C(
        "on site every day said only in the description: two WFH days vs loves being on site",
        "cs",
        [
            pool(PROJECT_MANAGER, "Sydney, Australia")(
                "Ashleigh Pemberton",
                0,
                "wants 2 WFH days a week minimum",
            ),
            pool(PROJECT_MANAGER, "Sydney, Australia")(
                "Jessamy Furlonger",
                2,
                "likes being on site every day, can't stand working from the kitchen table",
            ),
        ],
        **job(
            PM_ROLE,
            dict(location="Sydney, Australia"),
            description="The role is 100% site-based at our Barangaroo project; there is no "
            "working from home.",
        ),
    ),
    C(
        "remote said only in the title: wants fully remote vs wants an office",
        "cs",
        [
            pool(BIM, "Rzeszów, Poland")(
                "Tomasz Wieczorkiewicz",
                2,
                "szuka pracy w pełni zdalnej, mieszka pod Rzeszowem",
            ),
            pool(BIM, "Rzeszów, Poland")(
                "Marcin Jabłonowski",
                0,
                "chce wrócić do biura, praca zdalna go dobija",
            ),
        ],
        **job(BIM_ROLE, dict(location="Poland"), title="BIM Coordinator (100% zdalnie)"),
    ),
    C(
        "hybrid said only in the offers: full remote vs two home-office days would be ideal",
        "cs",
        [
            pool(ARCHITECT, "Graz, Austria")(
                "Barbara Kogler",
                0,
                "Will full remote, kein Büro mehr",
            ),
            pool(ARCHITECT, "Graz, Austria")(
                "Elisabeth Pölzl",
                2,
                "Zwei Tage Homeoffice wären ideal, Rest gern im Büro",
            ),
        ],
        **job(
            ARCH_ROLE,
            dict(location="Graz, Austria"),
            offers=["3 Tage im Büro in Graz, 2 Tage Homeoffice"],
        ),
    ),
    C(
        "Singapore English: WFH two days can already vs fully WFH only",
        "cs",
        [
            pool(QS, "Singapore")(
                "Lee Shu Fen",
                2,
                touches=[wa(27, "want WFH at least 2 days lah, after covid cannot go back 5 days")],
            ),
            pool(QS, "Singapore")(
                "Toh Kai Wen",
                0,
                touches=[wa(27, "only looking for fully WFH roles now, no office at all")],
            ),
        ],
        **job(QS_ROLE, SINGAPORE_HYBRID),
    ),
]

LOCATIONS = [
    C(
        "moving to Munich in March for his wife's job vs won't move abroad",
        "cs",
        [
            pool(BIM, "Kraków, Poland")(
                "Krystian Malinowski",
                2,
                "Przeprowadza się do Monachium w marcu - żona dostała tam pracę",
            ),
            pool(BIM, "Kraków, Poland")(
                "Patryk Sobieraj",
                0,
                "Nie przeprowadzi się za granicę, rodzice w Krakowie",
            ),
        ],
        **job(BIM_ROLE, MUNICH_SITE, title="BIM-Koordinator (m/w/d)"),
    ),
    C(
        "moving to Sydney with her husband vs his transfer she is not following",
        "cs",
        [
            pool(QS, "Singapore")(
                "Jasmine Quek",
                2,
                touches=[
                    rang(
                        52,
                        "Jasmine: husband's firm is transferring him to Sydney in Q1 and she's "
                        "moving with him - wants to line up a QS job there.",
                    )
                ],
            ),
            pool(QS, "Singapore")(
                "Rachel Seah",
                0,
                touches=[
                    rang(
                        52,
                        "Rachel: husband moves to Sydney for work in Q1, but she's staying in "
                        "Singapore with the kids - they'll do long distance for a year.",
                    )
                ],
            ),
        ],
        **job(QS_ROLE, SYDNEY_SITE),
    ),
    C(
        "a Grenzgänger from Konstanz vs only the German side of the border",
        "cs",
        [
            pool(CIVIL, "Konstanz, Germany")(
                "Jonas Hipp",
                2,
                "Grenzgänger aus Konstanz, Schweiz ist ok, G-Bewilligung kein Thema",
            ),
            pool(CIVIL, "Konstanz, Germany")(
                "Tobias Zimmerle",
                0,
                "Will nicht in die Schweiz pendeln, nur deutsche Seite",
            ),
        ],
        **job(
            CIVIL_ROLE,
            dict(remote_policy="onsite", location="Frauenfeld, Switzerland"),
            title="Bauingenieur Tiefbau",
        ),
    ),
    C(
        "moving back to Toowoomba to be near his folks vs Brisbane only",
        "cs",
        [
            pool(CIVIL, "Brisbane, Australia")(
                "Lachie Dimarco",
                2,
                "moving back to toowoomba in the new year to be near his folks",
            ),
            pool(CIVIL, "Brisbane, Australia")(
                "Zac Henningsen",
                0,
                "Brisbane only, won't go regional",
            ),
        ],
        **job(CIVIL_ROLE, dict(remote_policy="onsite", location="Toowoomba, Australia")),
    ),
    C(
        "Vienna only vs would move to Graz, his girlfriend studies there",
        "cs",
        [
            pool(ESTIMATOR, "Vienna, Austria")(
                "Rupert Haslinger",
                0,
                "Nur Wien, Graz kommt nicht infrage",
            ),
            pool(ESTIMATOR, "Vienna, Austria")(
                "Clemens Fürnkranz",
                2,
                "Freundin studiert in Graz, würde dorthin ziehen",
            ),
        ],
        **job(EST_ROLE, dict(remote_policy="onsite", location="Graz, Austria"), title="Kalkulant"),
    ),
    C(
        "happy to ride the S-Bahn from Winterthur to Zurich vs only Winterthur or Schaffhausen",
        "cs",
        [
            pool(ARCHITECT, "Winterthur, Switzerland")(
                "Seraina Caflisch",
                2,
                touches=[
                    mail(84, "Winterthur–Zürich pendle ich gern, die S-Bahn braucht 20 Minuten.")
                ],
            ),
            pool(ARCHITECT, "Winterthur, Switzerland")(
                "Nadja Brändli",
                0,
                touches=[
                    mail(
                        84,
                        "Nach Zürich will ich nicht mehr, nur noch Winterthur oder Schaffhausen.",
                    )
                ],
            ),
        ],
        **job(ARCH_ROLE, ZURICH, title="Architekt/in ETH/FH"),
    ),
]

# --- 8. the history with us and the latest process ------------------------------------------

LAST_TIME = [
    C(
        "rude to the foreman at the site interview vs lost to an internal, foreman loved him",
        "cs",
        [
            pool(PROJECT_MANAGER, "Brisbane, Australia")(
                "Dylan Harcourt",
                0,
                apps=[
                    turned_away(
                        210,
                        "onsite",
                        "conduct",
                        "Turned up late to the site walk, rude to the foreman in front of the "
                        "subbies. Not for us.",
                        role="Project Manager",
                    )
                ],
            ),
            pool(PROJECT_MANAGER, "Brisbane, Australia")(
                "Ethan Wakefield",
                2,
                apps=[
                    turned_away(
                        210,
                        "onsite",
                        "other_candidate",
                        "Site walk went great, the foreman loved him - lost out to an internal "
                        "promotion.",
                        role="Project Manager",
                    )
                ],
            ),
        ],
        **job(PM_ROLE, BRISBANE_HYBRID),
    ),
    C(
        "a no-show at the final without a word vs rescheduled twice for concrete pours",
        "cs",
        [
            pool(BAULEITER, "Hamburg, Germany")(
                "Hauke Petersen-Thode",
                0,
                apps=[
                    turned_away(
                        150,
                        "final",
                        "no_show",
                        "Zum Abschlussgespräch nicht erschienen, keine Absage, danach nicht "
                        "mehr erreichbar.",
                    )
                ],
            ),
            pool(BAULEITER, "Hamburg, Germany")(
                "Jannes Carstensen",
                2,
                apps=[
                    silver(
                        150,
                        "Zweimal verschoben wegen Betonage, beim dritten Termin stark - knapp "
                        "gegen den Kandidaten mit Kranerfahrung verloren.",
                    )
                ],
            ),
        ],
        **job(SITE_ROLE, dict(remote_policy="onsite", location="Hamburg, Germany")),
    ),
    C(
        "weak on seismic design two months ago vs two years ago, three Valais projects since",
        "cs",
        [
            pool(STRUCTURAL, "Basel, Switzerland")(
                "Mirjam Stöckli",
                0,
                apps=[
                    turned_away(
                        60,
                        "interview",
                        "skills_gap",
                        "Bei der Erdbebenbemessung (SIA 261) nicht sattelfest.",
                        role="Tragwerksplaner/in",
                    )
                ],
            ),
            pool(STRUCTURAL, "Basel, Switzerland")(
                "Corinne Wyss",
                2,
                apps=[
                    turned_away(
                        700,
                        "interview",
                        "skills_gap",
                        "Erdbebenbemessung nach SIA 261 war damals noch dünn.",
                        role="Tragwerksplaner/in",
                    )
                ],
                touches=[
                    mail(
                        120,
                        "Kleines Update: habe seither drei Projekte im Wallis mit "
                        "Erdbebenbemessung gerechnet.",
                    )
                ],
            ),
        ],
        **job(STRUCT_ROLE, BASEL, requirements="Erdbebenbemessung SIA 261\nStahlbeton\nRFEM"),
    ),
    C(
        "failed the D&A test at induction vs induction postponed by a stop-work, role filled",
        "cs",
        [
            pool(CIVIL, "Perth, Australia")(
                "Jayden Brockhurst",
                0,
                apps=[
                    turned_away(
                        320,
                        "offer",
                        "conduct",
                        "Offer pulled - failed the drug & alcohol test at site induction.",
                        role="Site Engineer",
                    )
                ],
            ),
            pool(CIVIL, "Perth, Australia")(
                "Samuel Ironside",
                2,
                apps=[
                    app(
                        320,
                        "offer",
                        "position_closed",
                        "headcount",
                        "Induction postponed by the union stop-work, the client filled the "
                        "role with a transfer in the meantime.",
                        role="Site Engineer",
                    )
                ],
            ),
        ],
        **job(CIVIL_ROLE, PERTH_SITE),
    ),
    C(
        "claimed PE registration the register doesn't show vs a lapsed PE renewed in June",
        "cs",
        [
            pool(STRUCTURAL, "Singapore")(
                "Foo Chee Meng",
                0,
                apps=[
                    turned_away(
                        240,
                        "final",
                        "conduct",
                        "Claimed PE (Civil) registration on his CV; the PEB register shows "
                        "none. Dropped after the reference check.",
                        role="Structural Engineer",
                    )
                ],
            ),
            pool(STRUCTURAL, "Singapore")(
                "Heng Wee Kiat",
                2,
                apps=[
                    turned_away(
                        240,
                        "final",
                        "other",
                        "PE registration had lapsed over CPD hours; client needed a current "
                        "PE. He renewed it in June.",
                        role="Structural Engineer",
                    )
                ],
            ),
        ],
        **job(STRUCT_ROLE, SINGAPORE_OFFICE, requirements="Current PE (Civil) registration"),
    ),
]

PROCESS = [
    C(
        "lost the final to an internal vs screened out, CV came after the shortlist closed",
        "cs",
        [
            pool(MEP, "Melbourne, Australia")(
                "Oliver Thistlethwaite",
                2,
                apps=[
                    silver(
                        190,
                        "Final round, 4.5/5 from the panel - lost to an internal transfer.",
                        role="Mechanical Services Engineer",
                    )
                ],
            ),
            pool(MEP, "Melbourne, Australia")(
                "Patrick Gallagher-Moore",
                1,
                apps=[
                    turned_away(
                        190,
                        "applied",
                        "other",
                        "CV arrived after the shortlist closed, not reviewed.",
                        role="Mechanical Services Engineer",
                    )
                ],
            ),
        ],
        **job(MEP_ROLE, MELBOURNE_SITE, title="Mechanical Services Engineer"),
    ),
    C(
        "placed by us three months ago vs placed three years ago, project handed over",
        "cs",
        [
            pool(BAULEITER, "Berlin, Germany")(
                "Dirk Wendland",
                0,
                apps=[
                    app(
                        90,
                        "offer",
                        "hired",
                        None,
                        "Über uns als Bauleiter bei der Wohnbau Spree platziert, Start 01.09.",
                    )
                ],
            ),
            pool(BAULEITER, "Berlin, Germany")(
                "Heiko Rautenberg",
                2,
                apps=[
                    app(
                        1100,
                        "offer",
                        "hired",
                        None,
                        "Über uns als Bauleiter für das Quartier am Ostkreuz platziert.",
                    )
                ],
                touches=[
                    rang(
                        40,
                        "Heiko: Ostkreuz ist übergeben, Projekt abgeschlossen - offen für das "
                        "nächste.",
                    )
                ],
            ),
        ],
        **job(SITE_ROLE, dict(remote_policy="onsite", location="Berlin, Germany")),
    ),
    C(
        "offer signed off then headcount frozen vs failed the first interview in September",
        "cs",
        [
            pool(QS, "Perth, Australia")(
                "Imogen Saltmarsh",
                2,
                apps=[
                    app(
                        260,
                        "offer",
                        "position_closed",
                        "headcount",
                        "Offer approved by the director, then the project was shelved and "
                        "headcount frozen.",
                        role="Senior QS",
                    )
                ],
            ),
            pool(QS, "Perth, Australia")(
                "Phoebe Langridge",
                0,
                apps=[
                    turned_away(
                        70,
                        "interview",
                        "skills_gap",
                        "1st interview - weak on AS 4000 variations and progress claims.",
                        role="Senior QS",
                    )
                ],
            ),
        ],
        **job(QS_ROLE, PERTH_SITE),
    ),
    C(
        "took a counter-offer forty days ago vs two years ago, the promotion never came",
        "cs",
        [
            pool(ESTIMATOR, "Sydney, Australia")(
                "Marcus Pendergast",
                0,
                apps=[
                    withdrew(
                        40,
                        "counteroffer",
                        "Withdrew at offer - took a counter-offer and a pay rise to stay.",
                        stage="offer",
                        role="Senior Estimator",
                    )
                ],
            ),
            pool(ESTIMATOR, "Sydney, Australia")(
                "Lincoln Featherstone",
                2,
                apps=[
                    withdrew(
                        720,
                        "counteroffer",
                        "Withdrew at offer - counter-offer with a promised promotion.",
                        stage="offer",
                        role="Senior Estimator",
                    )
                ],
                touches=[
                    wa(90, "that promotion never happened btw. would def look at something now")
                ],
            ),
        ],
        **job(EST_ROLE, SYDNEY_SITE),
    ),
]

# --- 9. managing and level, company stage and size, mission, technology ----------------------

LEVEL = [
    C(
        "wants people to lead, Oberbauleiter is the goal vs no staff responsibility",
        "cs",
        [
            pool(BAULEITER, "Düsseldorf, Germany")(
                "Reinhold Ostendorf",
                2,
                "Will Personalverantwortung, Oberbauleiter ist das Ziel",
            ),
            pool(BAULEITER, "Düsseldorf, Germany")(
                "Wilfried Kampmann",
                0,
                "Will keine Personalverantwortung, lieber selbst auf der Baustelle",
            ),
        ],
        **job(
            SITE_ROLE,
            dict(remote_policy="onsite", location="Düsseldorf, Germany"),
            title="Oberbauleiter (m/w/d)",
            seniority="lead",
            offers=["Führung von fünf Bauleitern"],
        ),
    ),
    C(
        "burnt out as commercial manager, wants to step back vs won't go backwards",
        "cs",
        [
            pool(QS, "Melbourne, Australia")(
                "Rosalind Everingham",
                2,
                "Burnt out as Commercial Manager - wants to step back to a hands-on senior QS job",
            ),
            pool(QS, "Melbourne, Australia")(
                "Felicity Carrodus",
                0,
                "Won't go backwards, Commercial Manager titles only from here",
            ),
        ],
        **job(QS_ROLE, MELBOURNE_SITE, offers=["Hands-on senior QS, no direct reports"]),
    ),
    C(
        "wants the Associate Director title vs wants to stay technical, no BD",
        "cs",
        [
            pool(STRUCTURAL, "Sydney, Australia")(
                "Benedict Ormiston",
                2,
                touches=[
                    met(
                        100,
                        "Lunch w/ Ben. Has been doing the job at Principal level for 3 yrs, "
                        "wants the Associate Director title that goes with it.",
                    )
                ],
            ),
            pool(STRUCTURAL, "Sydney, Australia")(
                "Tristan Haverfield",
                0,
                touches=[
                    met(
                        100,
                        "Lunch w/ Tristan. No interest in BD or director roles, wants to stay "
                        "technical and keep designing.",
                    )
                ],
            ),
        ],
        **job(
            STRUCT_ROLE,
            SYDNEY_SITE,
            title="Associate Director - Structures",
            seniority="director",
            offers=["Title: Associate Director", "Client and BD responsibility"],
        ),
    ),
    C(
        "happy to mentor grads, no line management vs only principal or lead roles",
        "cs",
        [
            pool(CIVIL, "Melbourne, Australia")(
                "Maddison Clayworth",
                2,
                "happy to mentor the grads but wants no formal line management",
            ),
            pool(CIVIL, "Melbourne, Australia")(
                "Sienna Wetherall",
                0,
                "only applying for principal or lead roles now",
            ),
        ],
        **job(
            CIVIL_ROLE,
            MELBOURNE_SITE,
            offers=["Mid-level design role, no supervisory duties"],
        ),
    ),
]

STAGE_SIZE = [
    C(
        "after a 300-person firm wants a small owner-run office vs big offices only",
        "cs",
        [
            pool(ARCHITECT, "Munich, Germany")(
                "Cosima Landsberger",
                2,
                "Nach acht Jahren im Großbüro (300 MA) sucht sie ein kleines, "
                "inhabergeführtes Büro",
            ),
            pool(ARCHITECT, "Munich, Germany")(
                "Ottilie Brandmeier",
                0,
                "Nur große Büros mit klaren Strukturen, kein Kleinbüro",
            ),
        ],
        **job(
            ARCH_ROLE,
            dict(remote_policy="hybrid", location="Munich, Germany"),
            offers=["Zwölfköpfiges, inhabergeführtes Architekturbüro"],
        ),
    ),
    C(
        "wants a tier 1 after her tier 3 went under vs done with tier 1 politics",
        "cs",
        [
            pool(PROJECT_MANAGER, "Sydney, Australia")(
                "Chloe Wrigglesworth",
                2,
                "wants the stability of a tier 1 after her tier 3 builder went into administration",
            ),
            pool(PROJECT_MANAGER, "Sydney, Australia")(
                "Matilda Oakeshott",
                0,
                "done with tier 1s and their politics, wants a small family builder",
            ),
        ],
        **job(PM_ROLE, SYDNEY_SITE, offers=["Tier 1 builder, A$2bn pipeline"]),
    ),
    C(
        "Polish: wants a startup after corporates vs wants a big stable firm after a collapse",
        "cs",
        [
            pool(BIM, "Warsaw, Poland")(
                "Hubert Jaworowski",
                2,
                "chce do startupu, ma dość korporacji",
            ),
            pool(BIM, "Warsaw, Poland")(
                "Szymon Kwiatkowski",
                0,
                "po upadłości poprzedniego pracodawcy szuka dużej, stabilnej firmy",
            ),
        ],
        **job(
            BIM_ROLE,
            WARSAW_HYBRID,
            title="BIM Specialist - ConTech startup",
            offers=["Seed-funded ConTech startup, 15 people"],
        ),
    ),
]

MISSION = [
    C(
        "won't work on coal or iron ore vs mining is fine, just not coal, iron ore role",
        "cs",
        [
            pool(CIVIL, "Perth, Australia")(
                "Jasper Kingsford",
                0,
                "won't work on coal or iron ore projects - ethics",
            ),
            pool(CIVIL, "Perth, Australia")(
                "Flynn Ashburton",
                2,
                "mining's fine, just not coal",
            ),
        ],
        **job(
            CIVIL_ROLE,
            PERTH_SITE,
            title="Civil Engineer - iron ore rail and port",
            description="Design the rail and port upgrade for an iron ore operation in the "
            "Pilbara.",
        ),
    ),
    C(
        "wants to work on the Energiewende vs industrial builds, wind doesn't matter to him",
        "cs",
        [
            pool(MEP, "Bremen, Germany")(
                "Arne Hinrichsen",
                2,
                "Will unbedingt an Projekten der Energiewende mitarbeiten",
            ),
            pool(MEP, "Bremen, Germany")(
                "Kai-Uwe Tammen",
                1,
                "Mag Industriebau, Windkraft interessiert ihn nicht besonders",
            ),
        ],
        **job(
            MEP_ROLE,
            dict(remote_policy="onsite", location="Bremen, Germany"),
            title="Elektroplaner Umspannwerke (m/w/d)",
            offers=["Netzanbindung von Offshore-Windparks"],
        ),
    ),
    C(
        "no defence work on conscience vs holds NV1 and enjoys defence projects",
        "cs",
        [
            pool(PROJECT_MANAGER, "Canberra, Australia")(
                "Rhiannon Fairbairn",
                0,
                "no defence work, it's a conscience thing",
            ),
            pool(PROJECT_MANAGER, "Canberra, Australia")(
                "Eloise Drysdale",
                2,
                "holds NV1 clearance and enjoys defence projects",
            ),
        ],
        **job(
            PM_ROLE,
            dict(remote_policy="onsite", location="Canberra, Australia"),
            title="Project Manager - RAAF base redevelopment",
            offers=["Defence estate works; Baseline clearance required"],
        ),
    ),
    C(
        "heritage is her passion vs new build only, old buildings too unpredictable",
        "cs",
        [
            pool(ARCHITECT, "Vienna, Austria")(
                "Magdalena Prohaska",
                2,
                "Denkmalpflege ist ihr Herzensthema",
            ),
            pool(ARCHITECT, "Vienna, Austria")(
                "Veronika Strobl",
                0,
                "Nur Neubau, Altbau ist ihr zu unberechenbar",
            ),
        ],
        **job(
            ARCH_ROLE,
            VIENNA_HYBRID,
            description="Sanierung denkmalgeschützter Gründerzeit-Zinshäuser in Wien.",
        ),
    ),
]

TECH = [
    C(
        "Revit only, never ArchiCAD again vs ArchiCAD native, glad to leave Revit",
        "cs",
        [
            pool(ARCHITECT, "Stuttgart, Germany")(
                "Adelheid Kienzle",
                0,
                "Nur Revit, ArchiCAD nie wieder",
            ),
            pool(ARCHITECT, "Stuttgart, Germany")(
                "Rosemarie Häberle",
                2,
                "Kommt aus ArchiCAD und lässt Revit gern hinter sich",
            ),
        ],
        **job(
            ARCH_ROLE,
            dict(remote_policy="hybrid", location="Stuttgart, Germany"),
            requirements="ArchiCAD\nHOAI\nAusführungsplanung",
            offers=["Wir arbeiten durchgängig in ArchiCAD"],
        ),
    ),
    C(
        "keen to move into steel and Tekla vs concrete only, no steel",
        "cs",
        [
            pool(STRUCTURAL, "Perth, Australia")(
                "Angus McTaggart",
                2,
                "keen to move into steel design and learn Tekla",
            ),
            pool(STRUCTURAL, "Perth, Australia")(
                "Euan Fotheringham",
                0,
                "concrete only, doesn't want to do steel",
            ),
        ],
        **job(
            STRUCT_ROLE,
            PERTH_SITE,
            title="Structural Engineer - Steel",
            requirements="Steel design to AS 4100\nTekla Structures\nConnection design",
        ),
    ),
    C(
        "wants to leave design for LPH 5-8 vs design only, LPH 1-3",
        "cs",
        [
            pool(ARCHITECT, "Düsseldorf, Germany")(
                "Ricarda Büttgenbach",
                2,
                touches=[
                    rang(
                        85,
                        "Will weg vom Entwurf, lieber Ausführungsplanung und Bauüberwachung "
                        "(LPH 5-8).",
                    )
                ],
            ),
            pool(ARCHITECT, "Düsseldorf, Germany")(
                "Liselotte Hamacher",
                0,
                touches=[
                    rang(85, "Nur Entwurf, LPH 1-3, mit Ausführung will sie nichts zu tun haben.")
                ],
            ),
        ],
        **job(
            ARCH_ROLE,
            dict(remote_policy="hybrid", location="Düsseldorf, Germany"),
            title="Projektleiter/in LPH 5-8",
            description="Ausführungsplanung, Ausschreibung und Bauüberwachung (HOAI LPH 5-8).",
        ),
    ),
    C(
        "wants out of Excel-only shops, keen on CostX vs refuses new software",
        "cs",
        [
            pool(ESTIMATOR, "Brisbane, Australia")(
                "Dominic Wheatcroft",
                2,
                "wants out of Excel-only shops, keen to estimate in CostX",
            ),
            pool(ESTIMATOR, "Brisbane, Australia")(
                "Gareth Pilkington",
                0,
                "refuses to learn new estimating software - Excel and a scale rule do him",
            ),
        ],
        **job(
            EST_ROLE,
            BRISBANE_HYBRID,
            requirements="CostX\nTender pricing\nSubcontract comparisons",
            offers=["Estimating in CostX and Buildsoft"],
        ),
    ),
]

# --- 10. several notes over time: the latest word counts --------------------------------------

LATEST_WORD = [
    C(
        "no FIFO in February, open now the kids are older vs keen then, not any more",
        "cs",
        [
            pool(CIVIL, "Perth, Australia")(
                "Cody Marchetti",
                2,
                touches=[
                    rang(date(2026, 2, 16), "No FIFO - kids too little."),
                    rang(date(2026, 9, 21), "Kids are at school now, open to FIFO if it's 2:1."),
                ],
            ),
            pool(CIVIL, "Perth, Australia")(
                "Bradley Nankervis",
                0,
                touches=[
                    rang(date(2026, 2, 16), "Keen on FIFO, any roster."),
                    rang(date(2026, 9, 21), "Wife's expecting in Jan - no more FIFO for him."),
                ],
            ),
        ],
        **job(
            CIVIL_ROLE,
            PERTH_SITE,
            title="Site Engineer - Pilbara (FIFO)",
            offers=["FIFO 2:1 ex Perth"],
        ),
    ),
    C(
        "Polish: 'don't write again' taken back vs 'keep me posted' turned into an erasure",
        "cs",
        [
            pool(STRUCTURAL, "Wrocław, Poland")(
                "Jarosław Kędzierski",
                2,
                touches=[
                    wa(date(2026, 2, 9), "prosze wiecej do mnie nie pisac"),
                    wa(
                        date(2026, 9, 14),
                        "przepraszam za tamta wiadomosc, mialem zly tydzien. chetnie poslucham "
                        "o ofertach",
                    ),
                ],
            ),
            pool(STRUCTURAL, "Wrocław, Poland")(
                "Bartłomiej Sienkiewicz",
                0,
                touches=[
                    wa(date(2026, 2, 9), "na razie nie, ale prosze informowac"),
                    mail(
                        date(2026, 9, 14),
                        "Proszę o usunięcie moich danych z Państwa bazy, zmieniam branżę.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **job(STRUCT_ROLE, WROCLAW_HYBRID, title="Konstruktor / Structural Engineer"),
    ),
    C(
        "95k lowered to 85k for hybrid vs 85k raised to 95k after a counter, 80-88k band",
        "cs",
        [
            pool(MEP, "Stuttgart, Germany")(
                "Eckhard Grözinger",
                2,
                touches=[
                    rang(date(2026, 3, 9), "Will 95k."),
                    rang(date(2026, 10, 12), "Würde für Hybrid inzwischen auch 85k nehmen."),
                ],
            ),
            pool(MEP, "Stuttgart, Germany")(
                "Hansjörg Bäuerle",
                0,
                touches=[
                    rang(date(2026, 3, 9), "85k würden reichen."),
                    rang(
                        date(2026, 10, 12),
                        "Hat ein Gegenangebot über 90k bekommen - unter 95k wechselt er jetzt "
                        "nicht mehr.",
                    ),
                ],
            ),
        ],
        **job(
            MEP_ROLE,
            dict(
                remote_policy="hybrid",
                location="Stuttgart, Germany",
                offers=["Zwei Tage Homeoffice pro Woche"],
            ),
            title="Projektleiter TGA (m/w/d)",
        ),
        salary_min=80_000,
        salary_max=88_000,
        currency="EUR",
    ),
    C(
        "not moving to Perth, then his wife's job takes them there vs keen, then bought a flat",
        "cs",
        [
            pool(HSE, "Singapore")(
                "Raymond Tay",
                2,
                touches=[
                    rang(date(2026, 1, 19), "Not moving to Perth, happy in SG."),
                    rang(
                        date(2026, 10, 5),
                        "Wife got a job at a Perth hospital - they move in Feb, he wants an HSE "
                        "role there.",
                    ),
                ],
            ),
            pool(HSE, "Singapore")(
                "Desmond Low",
                0,
                touches=[
                    rang(date(2026, 1, 19), "Keen on Perth, sister lives there."),
                    rang(
                        date(2026, 10, 5),
                        "Just bought a flat in Tampines, staying in Singapore for good.",
                    ),
                ],
            ),
        ],
        **job(HSE_ROLE, PERTH_SITE),
    ),
    C(
        "B2B then UoP for the mortgage vs UoP then B2B, UoP role",
        "cs",
        [
            pool(BIM, "Łódź, Poland")(
                "Adrian Sokołowski",
                2,
                touches=[
                    ats(date(2026, 1, 26), "tylko B2B"),
                    ats(date(2026, 10, 19), "bierze kredyt na mieszkanie - teraz tylko UoP"),
                ],
            ),
            pool(BIM, "Łódź, Poland")(
                "Dominik Stachowiak",
                0,
                touches=[
                    ats(date(2026, 1, 26), "woli UoP"),
                    ats(
                        date(2026, 10, 19),
                        "przeszedł na B2B, za dobrze wychodzi, na UoP już nie wróci",
                    ),
                ],
            ),
        ],
        **job(
            BIM_ROLE,
            dict(remote_policy="hybrid", location="Łódź, Poland"),
            offers=["Umowa o pracę na czas nieokreślony"],
        ),
    ),
]

HELDOUT27_CASES: list[Case] = [
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
    *LATEST_WORD,
    *PROCESS,
]
