"""Hand-designed people the matching tests rely on, and the past roles they went through.

Pairs are built to be equally skilled — same skills, years and résumé facts, reworded — so
that only the thing a scenario is about (a motivation, a past reason, consent, recency)
separates them. Every date is a number of days (or months, for résumé roles) before the demo
date, so the scenarios stay current. Ids are fixed and independent of the random seed.
"""

from data.demo.content_scenario_resumes import (
    RESUME_MID,
    RESUME_SENIOR_A,
    RESUME_SENIOR_B,
    RESUME_TECH_LEAD,
)

# Past roles the scenario people applied to. Closed or filled, all backend.
SCENARIO_PAST_OPENINGS: dict[str, dict] = {
    "sp_freeze": {
        "title": "Senior Backend Engineer, Reconciliation", "location": "Berlin, Germany",
        "remote_policy": "hybrid", "days": "3 days a week", "seniority": "senior",
        "salary_min": 80000, "salary_max": 96000, "currency": "EUR", "status": "closed",
        "opened_days_ago": 305, "team": "Reconciliation", "recruiter": "Jonas Weber",
    },
    "sp_invoicing": {
        "title": "Senior Backend Engineer, Invoicing", "location": "London, United Kingdom",
        "remote_policy": "hybrid", "days": "2 days a week", "seniority": "senior",
        "salary_min": 80000, "salary_max": 95000, "currency": "GBP", "status": "filled",
        "opened_days_ago": 360, "team": "Invoicing", "recruiter": "Priya Raman",
    },
    "sp_payments_berlin": {
        "title": "Senior Backend Engineer, Payments", "location": "Berlin, Germany",
        "remote_policy": "hybrid", "days": "3 days a week", "seniority": "senior",
        "salary_min": 90000, "salary_max": 105000, "currency": "EUR", "status": "filled",
        "opened_days_ago": 300, "team": "Payments", "recruiter": "Jonas Weber",
    },
    "sp_onsite_ams": {
        "title": "Senior Backend Engineer, Merchant Onboarding",
        "location": "Amsterdam, Netherlands", "remote_policy": "onsite",
        "days": "five days a week", "seniority": "senior", "salary_min": 80000,
        "salary_max": 95000, "currency": "EUR", "status": "filled", "opened_days_ago": 480,
        "team": "Merchant Onboarding", "recruiter": "Priya Raman",
    },
    "sp_onsite_muc": {
        "title": "Senior Backend Engineer, Terminals", "location": "Munich, Germany",
        "remote_policy": "onsite", "days": "five days a week", "seniority": "senior",
        "salary_min": 82000, "salary_max": 98000, "currency": "EUR", "status": "filled",
        "opened_days_ago": 250, "team": "Terminals", "recruiter": "Jonas Weber",
    },
    "sp_senior_dublin": {
        "title": "Senior Backend Engineer", "location": "Dublin, Ireland",
        "remote_policy": "hybrid", "days": "2 days a week", "seniority": "senior",
        "salary_min": 75000, "salary_max": 92000, "currency": "EUR", "status": "filled",
        "opened_days_ago": 650, "team": "Public API", "recruiter": "Priya Raman",
    },
    "sp_bank_feeds": {
        "title": "Senior Backend Engineer, Bank Feeds", "location": "Remote (EU time zones)",
        "remote_policy": "remote", "days": None, "seniority": "senior", "salary_min": 85000,
        "salary_max": 100000, "currency": "EUR", "status": "filled", "opened_days_ago": 140,
        "team": "Bank Feeds", "recruiter": "Priya Raman",
    },
    "sp_ledger_berlin": {
        "title": "Senior Backend Engineer, Ledger", "location": "Berlin, Germany",
        "remote_policy": "hybrid", "days": "3 days a week", "seniority": "senior",
        "salary_min": 85000, "salary_max": 100000, "currency": "EUR", "status": "filled",
        "opened_days_ago": 420, "team": "Ledger", "recruiter": "Jonas Weber",
    },
    "sp_api": {
        "title": "Senior Backend Engineer, Public API", "location": "Amsterdam, Netherlands",
        "remote_policy": "hybrid", "days": "2 days a week", "seniority": "senior",
        "salary_min": 82000, "salary_max": 98000, "currency": "EUR", "status": "filled",
        "opened_days_ago": 540, "team": "Public API", "recruiter": "Priya Raman",
    },
    "sp_identity": {
        "title": "Senior Backend Engineer, Identity", "location": "Lisbon, Portugal",
        "remote_policy": "hybrid", "days": "2 days a week", "seniority": "senior",
        "salary_min": 60000, "salary_max": 75000, "currency": "EUR", "status": "filled",
        "opened_days_ago": 705, "team": "Identity", "recruiter": "Priya Raman",
    },
    "sp_staff_london": {
        "title": "Staff Backend Engineer", "location": "London, United Kingdom",
        "remote_policy": "hybrid", "days": "2 days a week", "seniority": "staff",
        "salary_min": 110000, "salary_max": 130000, "currency": "GBP", "status": "filled",
        "opened_days_ago": 380, "team": "Core Platform", "recruiter": "Priya Raman",
    },
}

PY_SKILLS = ["Python", "FastAPI", "Django", "PostgreSQL", "Kafka", "Redis", "AWS", "Docker",
             "Kubernetes", "REST API design", "Event-driven architecture"]
PY_SKILLS_B = ["Python", "Django", "FastAPI", "PostgreSQL", "Kafka", "Redis", "Docker",
               "Kubernetes", "AWS", "Event-driven architecture", "REST API design"]
PY_MID_SKILLS = ["Python", "FastAPI", "Django", "PostgreSQL", "Redis", "Docker", "AWS",
                 "REST API design", "pytest"]

# Role timelines in months before the demo date: now_start, prev_start, prev_end,
# first_start, first_end, graduation.
TIMELINE_SENIOR = (40, 76, 40, 98, 76, 100)
TIMELINE_MID_THEN = (44, 66, 44, None, None, 68)
TIMELINE_MID_RECENT = (30, 48, 30, None, None, 50)
TIMELINE_LEAD = (52, 92, 52, 122, 92, 124)


def _person(**kw) -> dict:
    return kw


# Each scenario: id, person, résumé, applications, touchpoints, motivations. Applications are
# (past opening key, applied days ago, decided days ago, stage, outcome, reason, note,
# feedback_given, rating). Touchpoints are (days ago, channel, direction, kind, note, outcome,
# past opening key or None, recruiter). Motivations are (statement, category, days ago, source).
SCENARIO_PEOPLE: dict[str, dict] = {
    "remote_seeker": _person(
        id="DEMO-C0042", name="Marta Kowalczyk", email="marta.kowalczyk@example.com",
        phone="+49 30 2291 0442", location="Berlin, Germany", title="Senior Backend Engineer",
        years=8.0, resume=RESUME_SENIOR_A, timeline=TIMELINE_SENIOR, skills=PY_SKILLS,
        companies=("Kitewire", "Hearthbank", "Parcelly"), degree="BSc Computer Science",
        university="Warsaw University of Technology", source="LinkedIn", tags=[],
        headline="Senior Backend Engineer · Python, Kafka, PostgreSQL", consent_days=420,
        apps=[("sp_freeze", 290, 262, "interview", "position_closed", "headcount",
               "Req frozen in a budget reforecast mid-process; technical interview was strong",
               None, 3.9)],
        touches=[(262, "email", "outbound", "rejection",
                  "Let them know the Reconciliation role was frozen; promised to reach out when "
                  "hiring restarts", "replied", "sp_freeze", "Jonas Weber"),
                 (150, "email", "outbound", "check_in",
                  "Checked in — still at Kitewire, open to the right backend role", "replied",
                  None, "Jonas Weber")],
        motivations=[("Wants to stop commuting across Berlin — looking for a fully remote, "
                      "async-friendly team", "remote", 285, "screen call")],
    ),
    "onsite_seeker": _person(
        id="DEMO-C0087", name="Daniel Osei", email="daniel.osei@example.net",
        phone="+49 30 2291 0587", location="Berlin, Germany",
        title="Senior Software Engineer, Backend", years=8.0, resume=RESUME_SENIOR_B,
        timeline=TIMELINE_SENIOR, skills=PY_SKILLS_B,
        companies=("Brightloop", "Vantor Freight", "Cobblestone Labs"),
        degree="BSc Computer Science", university="KNUST", source="LinkedIn", tags=[],
        headline="Senior Software Engineer, Backend · Python, PostgreSQL, Kafka",
        consent_days=420,
        apps=[("sp_freeze", 289, 262, "interview", "position_closed", "headcount",
               "Req frozen in a budget reforecast while in process; strong technical round",
               None, 3.9)],
        touches=[(262, "email", "outbound", "rejection",
                  "Told them the Reconciliation req was frozen; will get back in touch when it "
                  "reopens", "replied", "sp_freeze", "Jonas Weber"),
                 (150, "email", "outbound", "check_in",
                  "Checked in — still at Brightloop, open to a good backend role", "replied",
                  None, "Jonas Weber")],
        motivations=[("Wants to be back in an office with the team every day — misses "
                      "whiteboarding in person and doesn't mind the daily commute", "other",
                      284, "screen call")],
    ),
    "silver_medalist": _person(
        id="DEMO-C0118", name="Aoife Brennan", email="aoife.brennan@example.com",
        phone="+44 20 7946 0118", location="London, United Kingdom",
        title="Senior Backend Engineer", years=7.5, resume=RESUME_SENIOR_A,
        timeline=TIMELINE_SENIOR, skills=PY_SKILLS,
        companies=("Pelican Ledger", "Juniper Ledger", "Grainline"),
        degree="BSc Computer Science", university="Trinity College Dublin", source="Referral",
        tags=["silver-medalist", "referral"],
        headline="Senior Backend Engineer at Pelican Ledger", consent_days=540,
        apps=[("sp_invoicing", 345, 305, "final", "rejected", "other_candidate",
               "Very close call at final — went with a candidate who'd already built Peppol "
               "e-invoicing. Would hire for the next opening.", True, 4.5)],
        touches=[(305, "phone", "outbound", "rejection",
                  "Called with the decision after the final; disappointed but gracious",
                  "replied", "sp_invoicing", "Priya Raman"),
                 (301, "meeting", "outbound", "feedback",
                  "Feedback call with the hiring manager: excellent system design and API work; "
                  "the other finalist had direct e-invoicing experience", "replied",
                  "sp_invoicing", "Priya Raman"),
                 (120, "email", "outbound", "check_in",
                  "Checked in — still at Pelican Ledger, keen to hear about senior backend "
                  "roles", "replied", None, "Priya Raman")],
        motivations=[("Wants end-to-end ownership of a service rather than picking up tickets",
                      "growth", 305, "final-round debrief")],
    ),
    "cold_applicant": _person(
        id="DEMO-C0151", name="Rahul Menon", email="rahul.menon@example.org",
        phone="+44 20 7946 0151", location="London, United Kingdom",
        title="Senior Software Engineer, Backend", years=7.5, resume=RESUME_SENIOR_B,
        timeline=TIMELINE_SENIOR, skills=PY_SKILLS_B,
        companies=("Copperkettle", "Northgate Payroll", "Amberline"),
        degree="BTech Computer Science", university="VIT Vellore", source="Careers page",
        tags=[], headline="Senior Software Engineer, Backend at Copperkettle",
        consent_days=540,
        apps=[("sp_invoicing", 312, 300, "applied", "rejected", "timing",
               "Role filled before we got to this application — CV not reviewed in depth",
               None, None)],
        touches=[(300, "email", "outbound", "rejection",
                  "Automated rejection email from Greenhouse — role filled", None,
                  "sp_invoicing", "Priya Raman")],
        motivations=[("Looking for more ownership — wants to run a service end to end, not "
                      "just close tickets", "growth", 312, "application form")],
    ),
    "pay_decliner": _person(
        id="DEMO-C0064", name="Lukas Brandt", email="lukas.brandt@example.com",
        phone="+49 40 3318 2064", location="Hamburg, Germany",
        title="Senior Backend Engineer", years=9.0, resume=RESUME_SENIOR_A,
        timeline=(44, 82, 44, 106, 82, 110),
        skills=["Python", "Go", "FastAPI", "PostgreSQL", "Kafka", "gRPC", "Redis", "AWS",
                "Docker", "Kubernetes", "Event-driven architecture"],
        companies=("Kestrel Pay", "Saltmarsh Bank", "Atlas & Anchor"),
        degree="MSc Computer Science", university="University of Hamburg",
        source="Greenhouse import", tags=["offer-declined"],
        headline="Senior Backend Engineer · Python & Go · payments", consent_days=480,
        extra="\n• Wrote the Go gRPC gateway in front of the payout services",
        apps=[("sp_payments_berlin", 285, 240, "offer", "declined_offer", "compensation",
               "Asked for €120k; band capped at €105k. Offered the top of band plus extra "
               "equity — declined.", None, 4.4)],
        touches=[(240, "phone", "inbound", "note",
                  "Called to decline — the gap to €120k was too big; happy to talk again if the "
                  "band moves", None, "sp_payments_berlin", "Jonas Weber"),
                 (110, "linkedin", "outbound", "check_in",
                  "Congratulated them on a meetup talk; friendly reply, still open to payments "
                  "roles", "replied", None, "Jonas Weber")],
        motivations=[("Won't move for less than €120k base — has a mortgage and another offer "
                      "at that level", "compensation", 242, "offer call")],
    ),
    "onsite_decliner_remote_now": _person(
        id="DEMO-C0203", name="Sanne Visser", email="sanne.visser@example.net",
        phone="+31 30 418 2203", location="Utrecht, Netherlands",
        title="Senior Software Engineer, Backend", years=8.5, resume=RESUME_SENIOR_B,
        timeline=(46, 80, 46, 102, 80, 104), skills=PY_SKILLS_B,
        companies=("Mosslight", "Ferncastle Insurance", "Fieldnote"),
        degree="MSc Computer Science", university="Utrecht University", source="LinkedIn",
        tags=["offer-declined"], headline="Senior Software Engineer, Backend · remote",
        consent_days=365,
        apps=[("sp_onsite_ams", 460, 420, "offer", "declined_offer", "remote_policy",
               "Declined the offer — the role is five days a week in the Amsterdam office and "
               "she has been fully remote for four years", None, 4.3)],
        touches=[(420, "email", "inbound", "note",
                  "Emailed to decline: can't go back to five office days", None,
                  "sp_onsite_ams", "Priya Raman"),
                 (230, "email", "outbound", "check_in",
                  "Checked in; no change — only looking at remote roles", "replied", None,
                  "Priya Raman")],
        motivations=[("Fully remote or nothing — four years remote and not going back to an "
                      "office mandate", "remote", 421, "offer call")],
    ),
    "onsite_decliner_onsite_again": _person(
        id="DEMO-C0236", name="Felix Hartmann", email="felix.hartmann@example.org",
        phone="+49 911 402 2236", location="Nuremberg, Germany",
        title="Senior Backend Engineer", years=8.0, resume=RESUME_SENIOR_A,
        timeline=TIMELINE_SENIOR, skills=PY_SKILLS,
        companies=("Hexa Robotics", "Halden Systems", "Waymark Logistics"),
        degree="BSc Computer Science", university="Technical University of Munich",
        source="Careers page", tags=["offer-declined"],
        headline="Senior Backend Engineer at Hexa Robotics", consent_days=500,
        apps=[("sp_onsite_muc", 240, 200, "offer", "declined_offer", "remote_policy",
               "Declined: five days on-site in Munich is a three-hour round trip from "
               "Nuremberg. Would consider hybrid or remote.", None, 4.2)],
        touches=[(200, "phone", "inbound", "note",
                  "Called to decline over the on-site requirement", None, "sp_onsite_muc",
                  "Jonas Weber"),
                 (90, "email", "outbound", "check_in",
                  "Quick check-in; still after remote or one-day-a-week roles", "replied", None,
                  "Jonas Weber")],
        motivations=[("Needs remote, or one office day a week at most — won't commute to "
                      "Munich daily from Nuremberg", "remote", 201, "offer call")],
    ),
    "too_junior_then": _person(
        id="DEMO-C0179", name="Yuki Tanaka", email="yuki.tanaka@example.com",
        phone="+353 1 555 0179", location="Dublin, Ireland",
        title="Senior Backend Engineer", years=5.4, resume=RESUME_MID,
        timeline=TIMELINE_MID_THEN, skills=PY_MID_SKILLS + ["Kafka"],
        companies=("Redkite Security", "Clearbrook Accounting", None),
        degree="BSc Computer Science", university="University College Dublin",
        source="Careers page", tags=[],
        headline="Senior Backend Engineer · Python · owns reconciliation", consent_days=300,
        extra="\n• Promoted to senior; took over the reconciliation service and its on-call "
              "rota",
        apps=[("sp_senior_dublin", 635, 610, "interview", "rejected", "experience_level",
               "Too junior for the senior scope — about three and a half years in, strong "
               "fundamentals. Revisit in a year or two.", True, 3.6)],
        touches=[(610, "email", "outbound", "rejection",
                  "Rejection after the technical interview, with a summary of the feedback",
                  "replied", "sp_senior_dublin", "Priya Raman"),
                 (603, "phone", "outbound", "feedback",
                  "Feedback call: strong coding and testing, needs more experience owning "
                  "services in production", "replied", "sp_senior_dublin", "Priya Raman"),
                 (300, "linkedin", "outbound", "check_in",
                  "Checked in — now owns the reconciliation service; asked to hear about senior "
                  "roles", "interested", None, "Priya Raman")],
        motivations=[("Wants to grow into system design and own a service end to end", "growth",
                      630, "screen call"),
                     ("Wants the senior title to match running a service and its on-call rota",
                      "title", 300, "LinkedIn message")],
    ),
    "too_junior_recent": _person(
        id="DEMO-C0262", name="Kwabena Mensah", email="kwabena.mensah@example.net",
        phone="+353 1 555 0262", location="Dublin, Ireland", title="Backend Engineer",
        years=3.9, resume=RESUME_MID, timeline=TIMELINE_MID_RECENT,
        skills=PY_MID_SKILLS + ["Kafka"],
        companies=("Lanternfly", "Riverstone Legal", None),
        degree="BSc Computer Science", university="University of Ghana",
        source="LinkedIn", tags=[], headline="Backend Engineer · Python, FastAPI, PostgreSQL",
        consent_days=600, extra="",
        apps=[("sp_bank_feeds", 125, 92, "interview", "rejected", "experience_level",
               "Too junior for senior — under four years and hasn't owned a service in "
               "production yet. Strong mid-level.", True, 3.5)],
        touches=[(92, "email", "outbound", "rejection",
                  "Rejection after the technical interview; replied asking for detailed "
                  "feedback", "replied", "sp_bank_feeds", "Priya Raman"),
                 (86, "phone", "outbound", "feedback",
                  "Feedback call: great fundamentals; the gap is production ownership and "
                  "design depth", "replied", "sp_bank_feeds", "Priya Raman")],
        motivations=[("Looking to step up to owning services and doing more system design",
                      "growth", 120, "screen call"),
                     ("Wants the senior title within the next year", "title", 86,
                      "feedback call")],
    ),
    "dnc_strong_match": _person(
        id="DEMO-C0307", name="Elena Petrova", email="elena.petrova@example.com",
        phone="+48 22 418 30 07", location="Warsaw, Poland",
        title="Senior Software Engineer, Backend", years=9.0, resume=RESUME_SENIOR_B,
        timeline=(44, 82, 44, 106, 82, 110), skills=PY_SKILLS_B,
        companies=("Corvid Labs", "Silverpath Travel", "Hollowbrook Consulting"),
        degree="MSc Applied Mathematics", university="ITMO University", source="LinkedIn",
        tags=["silver-medalist"], headline="Senior Software Engineer, Backend · Python",
        consent_days=300, dnc_days=150,
        dnc_reason="Asked not to be contacted again (email, {date})",
        apps=[("sp_api", 520, 480, "final", "rejected", "other_candidate",
               "Final round: excellent on API design; the other finalist had more Kafka at "
               "scale. Very close.", True, 4.4)],
        touches=[(480, "phone", "outbound", "rejection",
                  "Called after the final; took it well", "replied", "sp_api", "Priya Raman"),
                 (475, "email", "outbound", "feedback",
                  "Sent written feedback from the panel; they replied with thanks", "replied",
                  "sp_api", "Priya Raman"),
                 (150, "email", "inbound", "note", "Asked not to be contacted again",
                  "not_interested", None, "Priya Raman")],
        motivations=[("Looking for remote roles within European time zones", "remote", 515,
                      "screen call")],
    ),
    "consent_expired_match": _person(
        id="DEMO-C0331", name="Mateo Fernández", email="mateo.fernandez@example.org",
        phone="+34 91 418 33 31", location="Madrid, Spain", title="Senior Backend Engineer",
        years=8.5, resume=RESUME_SENIOR_A, timeline=(46, 80, 46, 102, 80, 104),
        skills=PY_SKILLS, companies=("Seabright Travel", "Cartwheel Commerce", "Lumio Learning"),
        degree="Degree in Computer Engineering", university="Universidad Politécnica de Madrid",
        source="Greenhouse import", tags=["silver-medalist"],
        headline="Senior Backend Engineer at Seabright Travel", consent_days=-45,
        apps=[("sp_identity", 690, 660, "final", "rejected", "other_candidate",
               "Two strong finalists for one seat; he was the runner-up. Keep warm.", True,
               4.4)],
        touches=[(660, "phone", "outbound", "rejection",
                  "Called with the decision; understood, asked to stay in touch", "replied",
                  "sp_identity", "Priya Raman"),
                 (655, "meeting", "outbound", "feedback",
                  "Video feedback session: strong design and delivery stories", "replied",
                  "sp_identity", "Priya Raman"),
                 (400, "email", "outbound", "check_in",
                  "Checked in; still at Seabright Travel, open to remote backend roles",
                  "replied", None, "Priya Raman")],
        motivations=[("Wants to work fully remote from Madrid for a company based outside "
                      "Spain", "remote", 400, "check-in call")],
    ),
    "relocation_resolved": _person(
        id="DEMO-C0274", name="Beatriz Lopes", email="beatriz.lopes@example.com",
        phone="+351 22 418 0274", location="Porto, Portugal",
        title="Senior Software Engineer, Backend", years=8.0, resume=RESUME_SENIOR_B,
        timeline=TIMELINE_SENIOR, skills=PY_SKILLS_B,
        companies=("Helio Grid", "Bramblebee", "Openfield Schools"),
        degree="MSc Informatics Engineering", university="University of Porto",
        source="LinkedIn", tags=["offer-declined"],
        headline="Senior Software Engineer, Backend · Porto", consent_days=400,
        apps=[("sp_ledger_berlin", 410, 365, "offer", "declined_offer", "location",
               "Declined — didn't want to relocate to Berlin; family settled in Porto. Would "
               "reconsider for remote.", None, 4.3)],
        touches=[(365, "phone", "inbound", "note",
                  "Called to decline — the move to Berlin didn't work for the family", None,
                  "sp_ledger_berlin", "Jonas Weber"),
                 (180, "email", "outbound", "check_in",
                  "Checked in; still in Porto and only looking at remote roles", "replied",
                  None, "Jonas Weber")],
        motivations=[("Staying in Porto — family is settled there; open to remote roles only",
                      "remote", 366, "offer call")],
    ),
    "contacted_recently": _person(
        id="DEMO-C0355", name="Hannah Schmidt", email="hannah.schmidt@example.net",
        phone="+49 221 418 0355", location="Cologne, Germany",
        title="Senior Backend Engineer", years=7.0, resume=RESUME_SENIOR_A,
        timeline=(36, 68, 36, 86, 68, 88), skills=PY_SKILLS,
        companies=("Juniper Ledger", "Quayside Media", "Stackhaven"),
        degree="BSc Business Informatics", university="University of Cologne",
        source="Careers page", tags=[], headline="Senior Backend Engineer · Python, Kafka",
        consent_days=650,
        apps=[("sp_bank_feeds", 130, 95, "onsite", "rejected", "other_candidate",
               "Good onsite; another candidate had deeper Open Banking experience", True, 4.0)],
        touches=[(95, "email", "outbound", "rejection",
                  "Rejection after the onsite; replied thanking the team", "replied",
                  "sp_bank_feeds", "Priya Raman"),
                 (90, "phone", "outbound", "feedback",
                  "Feedback call: strong API design, less Open Banking depth than the hire",
                  "replied", "sp_bank_feeds", "Priya Raman"),
                 (10, "email", "outbound", "check_in",
                  "Checked in about upcoming backend roles; glad to hear more in a couple of "
                  "weeks", "replied", None, "Priya Raman")],
        motivations=[("Wants to work on payments infrastructure at a profitable company",
                      "stability", 125, "screen call")],
    ),
    "long_silent_strong": _person(
        id="DEMO-C0382", name="Olamide Adeyemi", email="olamide.adeyemi@example.com",
        phone="+31 20 418 0382", location="Amsterdam, Netherlands",
        title="Senior Software Engineer, Backend", years=8.0, resume=RESUME_SENIOR_B,
        timeline=TIMELINE_SENIOR, skills=PY_SKILLS_B,
        companies=("Tessellate AI", "Marlowe Retail Group", "Cinder Studio"),
        degree="BSc Computer Science", university="University of Lagos", source="Referral",
        tags=["silver-medalist", "referral"],
        headline="Senior Software Engineer, Backend at Tessellate AI", consent_days=450,
        apps=[("sp_api", 515, 478, "final", "rejected", "other_candidate",
               "Silver medalist — excellent system design; lost narrowly to a candidate with "
               "Kafka Streams experience. First call for the next senior backend role.", True,
               4.6)],
        touches=[(478, "phone", "outbound", "rejection",
                  "Called after the final; took it really well", "replied", "sp_api",
                  "Priya Raman"),
                 (472, "meeting", "outbound", "feedback",
                  "Feedback session with the HM; replied warmly — 'really valued this, please "
                  "keep me in mind'", "replied", "sp_api", "Priya Raman"),
                 (200, "email", "outbound", "check_in",
                  "Replied warmly — settled at Tessellate AI but would love to hear about senior "
                  "backend roles", "interested", None, "Priya Raman")],
        motivations=[("Wants a bigger say in architecture decisions", "growth", 478,
                      "final-round debrief"),
                     ("Would happily stop commuting — remote within EU time zones preferred",
                      "remote", 200, "email reply")],
    ),
    "leadership_seeker": _person(
        id="DEMO-C0411", name="Farah Haddad", email="farah.haddad@example.org",
        phone="+44 20 7946 0411", location="London, United Kingdom",
        title="Senior Software Engineer (Tech Lead)", years=10.0, resume=RESUME_TECH_LEAD,
        timeline=TIMELINE_LEAD,
        skills=["Python", "Go", "PostgreSQL", "Kafka", "Kubernetes", "Terraform", "AWS",
                "System design", "Mentoring", "Technical hiring", "Event sourcing"],
        companies=("Oakridge Mutual", "Kestrel Pay", "Thistledown"),
        degree="MEng Computer Science", university="University of Manchester",
        source="Meetup", tags=["london-go-meetup"],
        headline="Tech lead · Python & Go · ledgers and payments", consent_days=380,
        apps=[("sp_staff_london", 360, 325, "onsite", "withdrew", "not_interested",
               "Withdrew after the onsite — wants people management; this was an IC staff "
               "track.", None, 4.2)],
        touches=[(325, "email", "inbound", "note",
                  "Withdrew by email: after meeting the team, wants a manager track rather than "
                  "staff IC", None, "sp_staff_london", "Priya Raman"),
                 (140, "phone", "outbound", "check_in",
                  "Catch-up call: still leading informally, asked us to flag any EM roles",
                  "interested", None, "Priya Raman")],
        motivations=[("Ready to manage people — has been tech-leading a team of five informally "
                      "for two years and wants the title and the 1:1s that go with it",
                      "leadership", 326, "withdrawal call"),
                     ("Wants to learn hiring and team-building from an experienced engineering "
                      "leader", "growth", 140, "check-in call")],
    ),
}
