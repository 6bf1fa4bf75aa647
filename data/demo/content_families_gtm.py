"""Job families for go-to-market: sales, customer success and marketing.

Same shape and slots as ``content_families_eng``.
"""

SALES = {
    "label": "Sales",
    "department": "Sales",
    "group": "gtm",
    "weight": 9,
    "band": 0.82,
    "area": "sales",
    "titles": {
        "junior": ["Sales Development Representative", "Business Development Representative"],
        "mid": ["Account Executive", "Mid-Market Account Executive"],
        "senior": ["Senior Account Executive", "Enterprise Account Executive"],
        "lead": ["Sales Team Lead", "SDR Team Lead"],
        "manager": ["Sales Manager", "Regional Sales Manager"],
        "director": ["Head of Sales", "Director of Sales, EMEA"],
    },
    "stacks": [
        (3, None, ["B2B SaaS sales", "Salesforce", "MEDDICC", "Outbound prospecting"]),
        (2, None, ["Enterprise sales", "Negotiation", "Account planning", "Salesforce"]),
        (2, None, ["HubSpot", "Inbound sales", "Demo delivery", "Pipeline management"]),
        (2, None, ["Outbound prospecting", "Cold calling", "Outreach", "LinkedIn Sales Navigator"]),
        (1, None, ["Channel partnerships", "Negotiation", "Forecasting", "Salesforce"]),
    ],
    "extra_skills": [
        "Gong",
        "Forecasting",
        "Challenger sale",
        "Solution selling",
        "Contract negotiation",
        "Fintech",
        "Payments",
        "DACH market",
        "Nordics market",
        "Pipeline generation",
        "Discovery calls",
        "Account-based selling",
    ],
    "products": ["payments suite", "invoicing platform", "expense product", "POS terminals"],
    "focus": [
        "B2B SaaS sales",
        "fintech sales",
        "new-market launches",
        "mid-market and enterprise deals",
        "outbound pipeline",
    ],
    "teams": ["Mid-Market", "Enterprise", "SDR", "Partnerships"],
    "summaries": [
        "Quota-carrying seller with {years} in {focus}. Consistent over target, strong on "
        "discovery and honest forecasting.",
        (
            "{years} selling software to finance teams and business owners. Comfortable running "
            "a full cycle, from cold outreach to signed contract, with {skill} as my bread and "
            "butter.",
            "mid",
        ),
        (
            "I open doors and close them properly: {focus}, multi-stakeholder deals and renewals "
            "that stick because the customer was sold the right thing.",
            "mid",
        ),
        (
            "Outbound SDR with {years} of prospecting in {focus}. I book meetings that turn into "
            "pipeline, and I'm ready to start closing.",
            "early",
        ),
    ],
    "achievements": [
        (
            "Hit {quota}% of quota last year and over 100% in each of the {n_s} years before",
            "senior",
        ),
        (
            "Closed the company's largest deal to date — {money_k} ARR with a retail chain of "
            "{count} stores",
            "senior",
        ),
        ("Built {money} of outbound pipeline in a new market from a standing start", "mid"),
        ("Booked {n_b} qualified meetings a month as an SDR, top of a team of {team}", "early"),
        (
            "Shortened the enterprise cycle from {mo_hi} to {mo_lo} months with mutual action "
            "plans",
            "senior",
        ),
        (
            "Introduced MEDDICC qualification; forecast accuracy improved to within {pct_s}%",
            "senior",
        ),
        ("Managed a book of {n_b} mid-market accounts worth {money} ARR", "mid"),
        ("Won back {n} churned accounts with a renewal-and-expansion play", "mid"),
        ("Ran demo certification for the team and onboarded {n_b} new hires", "senior"),
        ("Made President's Club twice", "senior"),
        ("Opened the Benelux market with a partner-led motion; {n_b} partners signed", "senior"),
        ("Coached {n_s} SDRs into closing roles", "lead"),
        ("Ran discovery and demos for {n_b} opportunities a quarter with a {pct}% win rate", "mid"),
        (
            "Built a partner referral motion with accountants that sourced {pct_s}% of new business",
            "mid",
        ),
        (
            "Negotiated multi-year contracts with procurement and legal at three enterprise accounts",
            "mid",
        ),
        ("Hit {quota}% of my SDR target in {n_s} of the last four quarters", "early"),
        "Built outbound sequences for {n} target verticals with marketing",
        "Qualified {n_b} inbound leads a week and handed them over with clean CRM notes",
        ("Moved from SDR to closing my first deals within {months} months", "early"),
    ],
    "degrees": [
        "BA Business Management",
        "BA Marketing",
        "BSc Economics",
        "BA History",
        "BA Modern Languages",
        "BSc International Business",
    ],
    "certs": ["MEDDICC certification", "Sandler Sales Foundations"],
    "duties": [
        "run full-cycle deals for the {team} segment",
        "build pipeline with SDRs and partners",
        "forecast honestly every week",
        "feed what customers say back into product",
    ],
    "reqs": [
        "A track record over quota you can evidence",
        "Experience selling SaaS to finance teams or SMEs",
    ],
    "tools_wanted": ["Salesforce and Gong", "a proper sales-ops setup", "a clean CRM"],
    "tools_old": ["spreadsheets as a CRM", "manual quoting in Word"],
}

CUSTOMER_SUCCESS = {
    "label": "Customer success",
    "department": "Customer Success",
    "group": "gtm",
    "weight": 7,
    "band": 0.74,
    "area": "customer success",
    "titles": {
        "junior": [
            "Customer Success Associate",
            "Customer Support Specialist",
            "Onboarding Specialist",
        ],
        "mid": ["Customer Success Manager", "Onboarding Manager"],
        "senior": ["Senior Customer Success Manager", "Strategic Customer Success Manager"],
        "lead": ["Customer Success Team Lead", "Customer Success Lead"],
        "manager": ["Manager, Customer Success", "Support Operations Manager"],
        "director": ["Head of Customer Success", "Director of Customer Experience"],
    },
    "stacks": [
        (3, None, ["Onboarding", "Renewals", "Gainsight", "QBRs"]),
        (2, None, ["Zendesk", "Intercom", "Customer support", "Knowledge base"]),
        (3, None, ["Account management", "Upselling", "Salesforce", "Churn reduction"]),
        (1, None, ["Customer education", "Webinars", "Onboarding", "HubSpot"]),
        (1, None, ["Support operations", "Zendesk", "SLAs", "Workforce planning"]),
    ],
    "extra_skills": [
        "NPS",
        "Churn reduction",
        "Customer health scoring",
        "Escalation management",
        "SQL",
        "ChurnZero",
        "Totango",
        "Product feedback loops",
        "Playbooks",
        "Multilingual support",
        "Payments",
        "Renewal forecasting",
    ],
    "products": [
        "onboarding programme",
        "renewals playbook",
        "help centre",
        "health-score model",
        "accountant partner programme",
    ],
    "focus": [
        "B2B customer success",
        "onboarding at scale",
        "renewals and expansion",
        "support operations",
        "customer education",
    ],
    "teams": ["SMB", "Mid-Market", "Onboarding", "Support"],
    "summaries": [
        "Customer success manager with {years} in {focus}. I keep customers because they get "
        "value, not because they forget to cancel.",
        "{years} looking after small-business and mid-market customers. Strong in {skill} and "
        "{skill2}; most recently built the {product}.",
        "I sit between customers and product: onboarding, renewals, escalations, and making "
        "sure the loudest feedback reaches the roadmap. Background in {focus}.",
    ],
    "achievements": [
        ("Kept gross revenue retention at {acc_hi}% across a book of {n_b} accounts", "mid"),
        "Cut time-to-value from {weeks} weeks to under one with a templated onboarding plan",
        ("Drove {money_k} of expansion revenue from existing accounts in a year", "mid"),
        ("Built health scores that flagged {pct}% of churn risks at least 60 days ahead", "mid"),
        (
            "Raised NPS from {nps_lo} to {nps_hi} by fixing the top {n_s} onboarding complaints with "
            "product",
            "mid",
        ),
        "Ran {n_b} webinars a year for accountants and bookkeepers",
        "Wrote {n_b} help-centre articles; ticket deflection went up {pct_s}%",
        (
            "Managed escalations for the top {n_b} accounts, including the recovery plan after an "
            "outage",
            "senior",
        ),
        "Cut first-response time from {hours} hours to under one with better routing and macros",
        ("Onboarded and coached {n_s} new CSMs", "lead"),
        ("Ran QBRs with finance teams at {n_b} mid-market customers", "senior"),
        "Brought customer feedback into monthly product reviews; {n} requests shipped",
        (
            "Built a renewal playbook that raised on-time renewals from {acc_lo}% to {acc_hi}%",
            "mid",
        ),
        "Trained {n_b} new customers a month in small-group onboarding sessions",
        ("Partnered with sales on {n} expansion deals worth {money_k} in new ARR", "mid"),
    ],
    "degrees": [
        "BA Business Management",
        "BA Psychology",
        "BA Modern Languages",
        "BSc Marketing",
        "BA English Literature",
        "BA Hospitality Management",
    ],
    "certs": ["Gainsight Certified Admin", "SuccessCOACHING CCSM Level 1"],
    "duties": [
        "own a book of {team} customers from onboarding to renewal",
        "spot churn risk early and act on it",
        "turn customer feedback into product input",
        "grow accounts where it genuinely helps them",
    ],
    "reqs": ["Experience owning renewals or a customer book", "Calm under escalation"],
    "tools_wanted": ["Gainsight", "a real health score", "Intercom"],
    "tools_old": ["a shared inbox", "renewals tracked in a spreadsheet"],
}

MARKETING = {
    "label": "Marketing",
    "department": "Marketing",
    "group": "gtm",
    "weight": 7,
    "band": 0.86,
    "area": "marketing",
    "titles": {
        "junior": ["Marketing Executive", "Marketing Coordinator", "Content Marketing Executive"],
        "mid": [
            "Marketing Manager",
            "Content Marketing Manager",
            "Growth Marketing Manager",
            "Product Marketing Manager",
        ],
        "senior": [
            "Senior Product Marketing Manager",
            "Senior Growth Marketing Manager",
            "Senior Content Marketing Manager",
        ],
        "lead": ["Lead Product Marketing Manager", "Demand Generation Lead"],
        "manager": ["Head of Demand Generation", "Brand Marketing Manager"],
        "director": ["Head of Marketing", "Director of Marketing"],
    },
    "stacks": [
        (3, None, ["Demand generation", "HubSpot", "Paid social", "Google Ads"]),
        (2, None, ["Content marketing", "SEO", "Copywriting", "WordPress"]),
        (3, None, ["Product marketing", "Positioning", "Messaging", "Sales enablement"]),
        (1, None, ["Lifecycle marketing", "Email marketing", "Braze", "Segmentation"]),
        (1, None, ["Brand", "Campaigns", "Events", "PR"]),
        (2, None, ["Growth marketing", "Experimentation", "Google Analytics 4", "Paid search"]),
    ],
    "extra_skills": [
        "SEO",
        "Marketing automation",
        "Salesforce",
        "HubSpot",
        "Webflow",
        "Attribution",
        "Competitive analysis",
        "Copywriting",
        "Partner marketing",
        "LinkedIn Ads",
        "Budget management",
        "Community building",
    ],
    "products": [
        "accountant partner programme",
        "small-business cash-flow report",
        "launch campaign",
        "website",
        "lifecycle programme",
        "pricing page",
    ],
    "focus": [
        "B2B demand generation",
        "product marketing",
        "content and SEO",
        "lifecycle marketing",
        "brand for fintech",
    ],
    "teams": ["Demand Generation", "Product Marketing", "Content", "Brand"],
    "summaries": [
        "Marketer with {years} in {focus}. I like channels I can measure and messages I can "
        "test; strong in {skill} and {skill2}.",
        "{years} marketing B2B software to small businesses and their accountants. Most recently "
        "ran the {product}.",
        "Commercially minded marketer: {focus}, sales enablement, and reporting in pipeline, "
        "not vanity metrics.",
    ],
    "achievements": [
        "Grew organic sign-ups {pct}% in a year with a library of {n_b} templates and guides",
        ("Ran paid acquisition on {money_k} a quarter and cut blended CAC by {pct}%", "mid"),
        (
            "Repositioned the product for accountants; partner-sourced pipeline doubled in {months} "
            "months",
            "senior",
        ),
        ("Launched {n} products with enablement, pricing pages and launch campaigns", "mid"),
        ("Built lifecycle journeys that lifted trial-to-paid conversion by {pct_s} points", "mid"),
        "Produced a small-business cash-flow report covered by {n} national outlets",
        ("Ran the company's first customer conference for {people} attendees", "senior"),
        ("Set up attribution with analytics so every channel reports pipeline, not leads", "mid"),
        (
            "Wrote the messaging framework used across the website, sales decks and onboarding",
            "senior",
        ),
        ("Managed {n_s} writers and a freelance network of {n_b}", "lead"),
        (
            "Ran win/loss interviews with {n_b} prospects; the findings fed the next pricing change",
            "mid",
        ),
        "Grew the newsletter to {k}k subscribers with a {pct_s}% average click rate",
        (
            "Rebuilt the website information architecture with design; demo requests rose {pct}%",
            "mid",
        ),
        "Ran {n_b} webinars with accountant partners, averaging {people} registrations each",
        "Wrote and tested onboarding emails that lifted week-one activation by {pct_s}%",
        (
            "Managed a paid budget of {money_k} a quarter across search, social and review sites",
            "mid",
        ),
    ],
    "degrees": [
        "BA Marketing",
        "BA English Literature",
        "BA Journalism",
        "BSc Business Management",
        "BA Communications",
        "MSc Marketing",
    ],
    "certs": [
        "HubSpot Inbound Marketing Certification",
        "Google Ads Search Certification",
        "CIM Diploma in Professional Marketing",
    ],
    "duties": [
        "own {team} programmes end to end",
        "work with sales on pipeline targets",
        "test, measure and report in revenue terms",
        "write and edit with care",
    ],
    "reqs": ["B2B marketing experience with measurable results", "Excellent writing"],
    "tools_wanted": ["HubSpot", "proper attribution", "Webflow"],
    "tools_old": ["manual CSV exports", "a CMS only IT can edit"],
}

GTM_FAMILIES = {
    "sales": SALES,
    "customer_success": CUSTOMER_SUCCESS,
    "marketing": MARKETING,
}
