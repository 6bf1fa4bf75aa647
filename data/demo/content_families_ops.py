"""Job families for operations: finance and people.

Same shape and slots as ``content_families_eng``.
"""

FINANCE = {
    "label": "Finance",
    "department": "Finance",
    "group": "ops",
    "weight": 5,
    "band": 0.92,
    "area": "finance",
    "titles": {
        "junior": ["Junior Accountant", "Finance Assistant", "Junior Financial Analyst"],
        "mid": ["Financial Analyst", "FP&A Analyst", "Accountant"],
        "senior": ["Senior Financial Analyst", "Senior FP&A Analyst", "Senior Accountant"],
        "lead": ["FP&A Lead", "Financial Controller"],
        "manager": ["FP&A Manager", "Finance Manager"],
        "director": ["Head of Finance", "Finance Director", "Head of FP&A"],
    },
    "stacks": [
        (3, None, ["FP&A", "Financial modelling", "Excel", "Budgeting"]),
        (2, None, ["Month-end close", "NetSuite", "IFRS", "Reconciliations"]),
        (2, None, ["SaaS metrics", "Forecasting", "Anaplan", "Board reporting"]),
        (1, None, ["US GAAP", "Revenue recognition", "Audit", "NetSuite"]),
        (1, None, ["Treasury", "Cash management", "Excel", "FX"]),
    ],
    "extra_skills": [
        "Power BI",
        "SQL",
        "Xero",
        "SAP",
        "Variance analysis",
        "Scenario planning",
        "Cost control",
        "Payroll",
        "VAT",
        "Investor reporting",
        "Pigment",
        "Business partnering",
        "ACCA",
        "CIMA",
    ],
    "products": [
        "three-statement model",
        "annual budget",
        "board pack",
        "rolling forecast",
        "month-end close",
    ],
    "focus": [
        "FP&A for SaaS",
        "month-end and audit",
        "business partnering",
        "forecasting and planning",
        "finance systems",
    ],
    "teams": ["FP&A", "Financial Control", "Revenue Accounting"],
    "summaries": [
        "Finance professional with {years} in {focus}. Strong in {skill} and {skill2}; I build "
        "models other people can follow.",
        "{years} in finance at fast-growing companies. Most recently owned the {product} and "
        "business-partnered with sales and marketing.",
        "Qualified accountant who moved into {focus}. I like closing the books on time and "
        "explaining the numbers in plain words.",
    ],
    "achievements": [
        ("Built the three-statement model used in the last funding round", "senior"),
        ("Shortened month-end close from {close_hi} to {close_lo} working days", "mid"),
        ("Owned an annual budget of {money} across {n} departments", "senior"),
        ("Introduced rolling forecasts; forecast error fell to within {pct_s}% of actuals", "mid"),
        "Automated revenue reporting with SQL and Power BI, saving {hours} hours a month",
        ("Led the move from Xero to NetSuite for {n_s} entities", "senior"),
        (
            "Business partner to sales and marketing; reallocated {money_k} of spend to the "
            "best-performing channels",
            "mid",
        ),
        ("Audit lead for {n_s} years running with a clean opinion each time", "senior"),
        ("Modelled pricing changes worth {money} ARR with product and sales", "mid"),
        ("Prepared monthly board packs and investor updates", "senior"),
        ("Set up a spend-approval process that cut unbudgeted software spend by {pct}%", "senior"),
        ("Managed a team of {n_s} analysts", "lead"),
        (
            "Rebuilt the cash-flow forecast with weekly actuals; the board now sees cash 13 weeks "
            "ahead",
            "mid",
        ),
        "Reconciled {n} bank and payment-provider accounts daily and automated the matching rules",
        "Prepared VAT returns for {n_s} countries and fixed a historic reclaim worth {money_k}",
        ("Built the headcount model used by every budget holder in annual planning", "mid"),
        "Prepared {n_b} balance-sheet reconciliations a month",
        "Processed supplier invoices and expenses for {n_s} entities",
        "Built monthly variance reports for budget holders",
    ],
    "degrees": [
        "BSc Accounting and Finance",
        "BA Economics",
        "BSc Mathematics",
        "MSc Finance",
        "BA Business Administration",
    ],
    "certs": ["ACCA", "CIMA", "ACA (ICAEW)", "CPA"],
    "duties": [
        "own {team} processes and reporting",
        "business-partner with budget holders",
        "improve forecasting and planning",
        "make the numbers understandable",
    ],
    "reqs": [
        "Qualified (ACA/ACCA/CIMA/CPA) or equivalent experience",
        "Advanced Excel; SQL a plus",
    ],
    "tools_wanted": ["NetSuite", "Anaplan", "Pigment", "automated reporting"],
    "tools_old": ["a 40-tab Excel model", "manual bank reconciliations"],
}

PEOPLE = {
    "label": "People operations",
    "department": "People",
    "group": "ops",
    "weight": 6,
    "band": 0.84,
    "area": "people",
    "titles": {
        "junior": ["People Coordinator", "HR Assistant", "People Operations Associate"],
        "mid": [
            "People Partner",
            "HR Generalist",
            "People Operations Specialist",
            "Talent Acquisition Partner",
        ],
        "senior": [
            "Senior People Partner",
            "Senior HR Business Partner",
            "Senior Talent Acquisition Partner",
        ],
        "lead": ["People Operations Lead", "Lead Talent Partner"],
        "manager": ["People Operations Manager", "HR Manager", "Talent Acquisition Manager"],
        "director": ["Head of People", "Director of People"],
    },
    "stacks": [
        (
            3,
            None,
            ["HR business partnering", "Employee relations", "Performance management", "Coaching"],
        ),
        (2, None, ["People operations", "Personio", "HR policies", "Onboarding"]),
        (3, None, ["Talent acquisition", "Greenhouse", "Sourcing", "Employer branding"]),
        (1, None, ["Compensation & benefits", "Pay bands", "Benchmarking", "Payroll"]),
        (
            1,
            None,
            [
                "Learning & development",
                "Leadership programmes",
                "Engagement surveys",
                "Culture Amp",
            ],
        ),
    ],
    "extra_skills": [
        "UK employment law",
        "German employment law",
        "Works council relations",
        "HiBob",
        "Workday",
        "DEI programmes",
        "Workforce planning",
        "Change management",
        "HR analytics",
        "Immigration and visas",
        "Org design",
        "Mediation",
        "CIPD Level 7",
    ],
    "products": [
        "performance cycle",
        "pay-band framework",
        "onboarding programme",
        "manager development programme",
        "engagement survey",
    ],
    "focus": [
        "HR business partnering",
        "people operations",
        "technical recruiting",
        "reward and pay transparency",
        "learning and development",
    ],
    "teams": ["People Partnering", "Talent Acquisition", "People Operations"],
    "summaries": [
        "People professional with {years} in {focus}. Practical, discreet and good at making "
        "processes feel human.",
        "{years} in HR at scale-ups across the UK and Europe. Strong in {skill} and {skill2}; "
        "most recently ran the {product}.",
        "I help managers do right by their teams: {focus}, clear policies and fair pay. "
        "Comfortable with works councils and multi-country set-ups.",
    ],
    "achievements": [
        ("Business partner to an engineering organisation of {hc} people", "senior"),
        (
            "Designed pay bands across {n} job families and closed a {pct_s}% pay gap within "
            "levels",
            "senior",
        ),
        ("Cut time-to-hire from {tth_hi} to {tth_lo} days without lowering the bar", "mid"),
        ("Ran twice-yearly performance cycles for {hc} people with calibrated ratings", "senior"),
        ("Implemented an HRIS and automated onboarding across {n_s} countries", "mid"),
        ("Handled {n_b} employee-relations cases, none escalated to tribunal", "mid"),
        ("Launched a development programme for {n_b} first-time managers", "senior"),
        ("Negotiated the first works council agreement for the Berlin office", "senior"),
        ("Hired {n_b} engineers in a year as the only technical recruiter", "mid"),
        (
            "Launched an engagement survey with {pct}% participation and owned the action plans",
            "mid",
        ),
        (
            "Set up a visa and relocation process that brought in {n_b} hires from {n_s} countries",
            "senior",
        ),
        ("Rewrote the parental-leave and flexible-working policies with legal", "senior"),
        "Rebuilt onboarding so new joiners have laptop, accounts and a buddy on day one",
        ("Ran exit interviews and turned the themes into a quarterly attrition report", "mid"),
        "Coordinated {n_b} interview loops a month with hiring managers across {n_s} countries",
        "Moved people data into one HRIS and retired {n} spreadsheets",
        "Scheduled {n_b} interviews a week and kept candidates informed at every step",
        "Prepared contracts and onboarding packs for {n_b} new joiners a quarter",
        "Answered questions on leave, payroll and benefits in the people helpdesk",
    ],
    "degrees": [
        "BA Psychology",
        "BA Human Resource Management",
        "LLB Law",
        "MSc Organisational Psychology",
        "BA Sociology",
    ],
    "certs": ["CIPD Level 5", "CIPD Level 7", "SHRM-CP"],
    "duties": [
        "partner with leaders in the {team} area",
        "run fair, well-documented people processes",
        "advise on employee relations across countries",
        "make onboarding and performance reviews work for people",
    ],
    "reqs": ["Scale-up HR experience", "Employment law knowledge for the UK or Germany"],
    "tools_wanted": ["Personio", "HiBob", "Culture Amp", "proper HR analytics"],
    "tools_old": ["paper-based processes", "an HR inbox and a spreadsheet"],
}

OPS_FAMILIES = {
    "finance": FINANCE,
    "people": PEOPLE,
}
