"""The roles open today: hand-written, with stable ids (DEMO-O001… in this order).

Each carries concrete offers — remote policy, band, leadership scope, stack, mission, title —
because the matcher pairs candidates' motivations with them. ``key`` names the role for the
scenarios; ``family`` ties it to a job family; ``opened_days_ago`` dates it from the demo day.
"""

OPEN_OPENINGS: list[dict] = [
    {
        "key": "remote_backend",
        "family": "backend",
        "title": "Senior Backend Engineer (Python)",
        "department": "Engineering",
        "location": "Remote (EU time zones)",
        "remote_policy": "remote",
        "seniority": "senior",
        "salary_min": 95000,
        "salary_max": 115000,
        "currency": "EUR",
        "opened_days_ago": 12,
        "description": (
            "Tallyfold's Invoicing team owns the services that send two million invoices a "
            "month for 40,000 small businesses across Europe — from PDF rendering and "
            "e-invoicing formats (Peppol, XRechnung, Factur-X) to the reminder engine that "
            "chases late payments. We are a fully remote team of six spread from Porto to "
            "Tallinn, writing Python 3.12 with FastAPI, PostgreSQL and Kafka.\n\n"
            "As a senior engineer you will own the next generation of the reminder engine, "
            "shape how we model invoices across twelve tax regimes and mentor two mid-level "
            "engineers. We ship several times a day behind feature flags; on-call is one week "
            "in six and paid."
        ),
        "requirements": (
            "6+ years building backend services, most recently in Python\n"
            "Strong PostgreSQL: schema design, query tuning, migrations on large tables\n"
            "Event-driven systems with Kafka or similar\n"
            "Comfortable owning services in production (AWS, Docker, Kubernetes)\n"
            "Clear written communication — we are remote and async-first\n"
            "Nice to have: e-invoicing, payments or accounting domain knowledge"
        ),
        "offers": [
            "Fully remote within EU time zones, no office attendance required",
            "Async-first team; optional offsite twice a year",
            "Band €95k–€115k plus equity",
            "Modern stack: Python 3.12, FastAPI, PostgreSQL, Kafka",
            "Mentor two mid-level engineers",
            "Mission: help small businesses get paid on time",
            "Series C, profitable",
            "Paid on-call, one week in six",
        ],
    },
    {
        "key": "higher_band",
        "family": "backend",
        "title": "Senior Backend Engineer, Payments",
        "department": "Engineering",
        "location": "Amsterdam, Netherlands",
        "remote_policy": "hybrid",
        "seniority": "senior",
        "salary_min": 120000,
        "salary_max": 140000,
        "currency": "EUR",
        "opened_days_ago": 20,
        "description": (
            "The Payments team moves money for our customers: card acquiring on our terminals, "
            "SEPA Instant payouts and the ledger that keeps every cent accounted for. Volumes "
            "tripled last year and the next step is same-second payouts across eight markets.\n\n"
            "You will design and build payout and ledger services in Go and Python, work with "
            "our banking partners on new rails and raise the bar on correctness — idempotency, "
            "reconciliation and audit trails are everyday concerns here."
        ),
        "requirements": (
            "6+ years of backend engineering, ideally in payments or banking\n"
            "Go or Python in production; willing to work in both\n"
            "PostgreSQL and Kafka; strong on consistency and idempotency\n"
            "Experience with double-entry ledgers or reconciliation is a big plus\n"
            "Comfortable with PCI-DSS and audit requirements"
        ),
        "offers": [
            "Band €120k–€140k — our top senior band, benchmarked against Amsterdam fintech",
            "Hybrid: 2 days a week in the Amsterdam office (Westerpark)",
            "Stack: Go and Python on PostgreSQL and Kafka",
            "Relocation package to Amsterdam, including 30% ruling support",
            "Title: Senior Backend Engineer",
            "Own the payout engine end to end",
        ],
    },
    {
        "key": "onsite_role",
        "family": "backend",
        "title": "Senior Backend Engineer, Terminals",
        "department": "Engineering",
        "location": "Munich, Germany",
        "remote_policy": "onsite",
        "seniority": "senior",
        "salary_min": 90000,
        "salary_max": 108000,
        "currency": "EUR",
        "opened_days_ago": 25,
        "description": (
            "Our card terminals are in 9,000 shops, cafés and market stalls. The Terminals team "
            "in Munich builds the services that provision, update and monitor that fleet, and "
            "works hands-on with devices in our hardware lab next to the firmware engineers.\n\n"
            "Because the work is tied to the lab and certification rigs, this role is on-site "
            "in Munich five days a week. You will own the fleet-management backend (Python, "
            "Go, MQTT, PostgreSQL) and the pipeline that ships updates safely to every device."
        ),
        "requirements": (
            "5+ years of backend engineering in Python or Go\n"
            "PostgreSQL and message brokers (MQTT, Kafka or RabbitMQ)\n"
            "Interest in hardware and device fleets; IoT experience a plus\n"
            "Able to work on-site in Munich every day"
        ),
        "offers": [
            "On-site in Munich, five days a week, next to the hardware lab",
            "Band €90k–€108k",
            "Stack: Python, Go, MQTT, PostgreSQL",
            "Relocation support to Munich",
            "Title: Senior Backend Engineer",
            "Hands-on work with real devices and firmware engineers",
        ],
    },
    {
        "key": "lead_role",
        "family": "backend",
        "title": "Engineering Manager, Core Platform",
        "department": "Engineering",
        "location": "London, United Kingdom",
        "remote_policy": "hybrid",
        "seniority": "manager",
        "salary_min": 105000,
        "salary_max": 125000,
        "currency": "GBP",
        "opened_days_ago": 18,
        "description": (
            "Core Platform runs the shared services every product team depends on: identity, "
            "the ledger API, notifications and the Kubernetes platform underneath. The team "
            "has grown to six engineers and needs its first dedicated engineering manager.\n\n"
            "You will lead the team day to day — 1:1s, hiring, growth plans, delivery — and "
            "set its direction with the Head of Engineering. Expect around 20% hands-on time "
            "in design reviews and incident work, but your job is the people and the system."
        ),
        "requirements": (
            "Experience leading engineers, formally or as a tech lead with real people duties\n"
            "Strong backend or platform background (Python, Go, Kubernetes)\n"
            "Track record of hiring and growing engineers\n"
            "Calm, clear communicator with product and senior leadership"
        ),
        "offers": [
            "Lead a team of 6 engineers (4 backend, 2 SRE)",
            "Hire two more engineers this year",
            "Title: Engineering Manager",
            "Band £105k–£125k plus equity",
            "Hybrid: 2 days a week in the London office (Farringdon)",
            "Management coaching budget and a peer group of five EMs",
        ],
    },
    {
        "key": "senior_frontend",
        "family": "frontend",
        "title": "Senior Frontend Engineer (React)",
        "department": "Engineering",
        "location": "Remote (UK)",
        "remote_policy": "remote",
        "seniority": "senior",
        "salary_min": 75000,
        "salary_max": 90000,
        "currency": "GBP",
        "opened_days_ago": 9,
        "description": (
            "Our merchant dashboard is where small-business owners spend their Monday morning: "
            "who has paid, who hasn't, and what cash is coming in. We are rebuilding it in "
            "React and TypeScript with a shared design system and an accessibility-first "
            "approach.\n\n"
            "You will lead frontend work on the dashboard rebuild with one designer and three "
            "engineers, own performance budgets and help shape the component library."
        ),
        "requirements": (
            "5+ years building production web apps; React and TypeScript\n"
            "Accessibility (WCAG 2.2) and performance as habits, not afterthoughts\n"
            "Testing with Jest/Playwright or similar\n"
            "Experience with design systems"
        ),
        "offers": [
            "Fully remote within the UK",
            "Band £75k–£90k",
            "Stack: React, TypeScript, Next.js, Storybook",
            "Co-own the design system with our design lead",
            "Four-day week option at 80% pay",
        ],
    },
    {
        "key": "ios_berlin",
        "family": "mobile",
        "title": "iOS Engineer",
        "department": "Engineering",
        "location": "Berlin, Germany",
        "remote_policy": "hybrid",
        "seniority": "mid",
        "salary_min": 65000,
        "salary_max": 80000,
        "currency": "EUR",
        "opened_days_ago": 30,
        "description": (
            "The Tallyfold app lets owners send invoices, take card payments and chase late "
            "payers from their phone. The mobile team of five in Berlin ships weekly to "
            "180,000 monthly users.\n\n"
            "You will build features in Swift and SwiftUI across invoicing and payments, "
            "improve our modular architecture and keep the app fast and accessible."
        ),
        "requirements": (
            "3+ years of iOS development in Swift\n"
            "SwiftUI and UIKit\n"
            "Unit and UI testing; CI for mobile\n"
            "Good collaboration with design and backend"
        ),
        "offers": [
            "Hybrid: 3 days a week in the Berlin office (Kreuzberg)",
            "Band €65k–€80k",
            "Stack: Swift, SwiftUI, modular architecture",
            "Visa sponsorship and relocation to Berlin",
            "Learning budget of €2,000 a year",
        ],
    },
    {
        "key": "staff_sre",
        "family": "platform",
        "title": "Staff Site Reliability Engineer",
        "department": "Engineering",
        "location": "Remote (EU time zones)",
        "remote_policy": "remote",
        "seniority": "staff",
        "salary_min": 118000,
        "salary_max": 138000,
        "currency": "EUR",
        "opened_days_ago": 40,
        "description": (
            "We run 40 services on Kubernetes across two regions, and payments customers expect "
            "them to be up. As our first staff SRE you will own the reliability strategy: SLOs "
            "and error budgets, incident practice, capacity and cost.\n\n"
            "You will work across all product teams, set technical direction for the platform "
            "group and mentor three SREs."
        ),
        "requirements": (
            "8+ years in infrastructure, SRE or platform engineering\n"
            "Deep Kubernetes and Terraform experience\n"
            "Track record of introducing SLOs and improving incident practice\n"
            "Go or Python for tooling"
        ),
        "offers": [
            "Title: Staff Engineer",
            "Band €118k–€138k, a step above our senior bands",
            "Fully remote within EU time zones",
            "Own the SLO programme across 40 services",
            "Stack: Kubernetes, Terraform, Go, Prometheus",
            "Four-day week option (80% time, pro-rata pay)",
        ],
    },
    {
        "key": "senior_data_eng",
        "family": "data_eng",
        "title": "Senior Data Engineer",
        "department": "Data",
        "location": "Lisbon, Portugal",
        "remote_policy": "hybrid",
        "seniority": "senior",
        "salary_min": 65000,
        "salary_max": 80000,
        "currency": "EUR",
        "opened_days_ago": 22,
        "description": (
            "The data platform team in Lisbon owns how data moves from our product into the "
            "warehouse and back out to finance, risk and product teams. We run dbt on "
            "Snowflake with Airflow and stream events through Kafka.\n\n"
            "You will own core pipelines, lead the move to data contracts and help the analysts "
            "and ML engineers who depend on the platform."
        ),
        "requirements": (
            "5+ years in data engineering\n"
            "Excellent SQL and Python\n"
            "dbt, Airflow and a cloud warehouse (Snowflake or BigQuery)\n"
            "Streaming experience with Kafka a plus"
        ),
        "offers": [
            "Hybrid: 2 days a week in the Lisbon office (Cais do Sodré)",
            "Relocation package to Lisbon",
            "Band €65k–€80k",
            "Modern data stack: dbt, Snowflake, Airflow, Kafka",
            "Lead the data-contracts initiative",
        ],
    },
    {
        "key": "analytics_engineer",
        "family": "analytics",
        "title": "Analytics Engineer",
        "department": "Data",
        "location": "London, United Kingdom",
        "remote_policy": "hybrid",
        "seniority": "mid",
        "salary_min": 60000,
        "salary_max": 72000,
        "currency": "GBP",
        "opened_days_ago": 14,
        "description": (
            "We want one trusted version of every number that matters — revenue, retention, "
            "payment volume — and a team that can answer its own questions. You will model "
            "data in dbt, build Looker explores and work with product managers on "
            "experiments."
        ),
        "requirements": (
            "3+ years in analytics or analytics engineering\n"
            "Strong SQL; dbt experience\n"
            "Looker or a similar BI tool\n"
            "Comfortable explaining numbers to non-technical colleagues"
        ),
        "offers": [
            "Hybrid: 2 days a week in the London office (Farringdon)",
            "Band £60k–£72k",
            "Stack: dbt, Snowflake, Looker",
            "Clear progression framework to senior",
            "Learning budget of £1,500 a year",
        ],
    },
    {
        "key": "ml_fraud",
        "family": "ml",
        "title": "Senior Machine Learning Engineer, Risk & Fraud",
        "department": "Data",
        "location": "Remote (EU time zones)",
        "remote_policy": "remote",
        "seniority": "senior",
        "salary_min": 100000,
        "salary_max": 120000,
        "currency": "EUR",
        "opened_days_ago": 35,
        "description": (
            "Fraudsters target small merchants because they have the least protection. Our "
            "Risk & Fraud team builds the models that decide, in milliseconds, whether a "
            "payment or a new account looks wrong — without blocking honest businesses.\n\n"
            "You will own models from feature design to monitoring in production, with PyTorch, "
            "gradient boosting and a real-time feature store."
        ),
        "requirements": (
            "5+ years in applied ML with models in production\n"
            "Python; PyTorch or gradient boosting libraries\n"
            "Offline evaluation and online A/B testing\n"
            "Fraud, risk or anomaly detection experience a plus"
        ),
        "offers": [
            "Fully remote within EU time zones",
            "Band €100k–€120k",
            "Mission: stop fraud without blocking honest small businesses",
            "Stack: Python, PyTorch, LightGBM, Kafka feature pipeline",
            "Conference budget and time to publish",
        ],
    },
    {
        "key": "lead_designer",
        "family": "design",
        "title": "Lead Product Designer",
        "department": "Design",
        "location": "Amsterdam, Netherlands",
        "remote_policy": "hybrid",
        "seniority": "lead",
        "salary_min": 85000,
        "salary_max": 100000,
        "currency": "EUR",
        "opened_days_ago": 27,
        "description": (
            "Design at Tallyfold is a team of eight across invoicing, payments and the app. We "
            "are looking for a lead to run the payments design team, set the bar for craft and "
            "research, and co-own the design system.\n\n"
            "You will lead three designers, partner with the payments product lead and still "
            "design the hardest flows yourself."
        ),
        "requirements": (
            "7+ years in product design, including B2B or fintech\n"
            "Experience leading or mentoring designers\n"
            "Strong research and systems thinking\n"
            "A portfolio that shows process and outcomes"
        ),
        "offers": [
            "Lead a team of 3 designers",
            "Title: Lead Product Designer",
            "Band €85k–€100k",
            "Hybrid: 2 days a week in the Amsterdam office",
            "Relocation package to Amsterdam",
        ],
    },
    {
        "key": "senior_pm_payments",
        "family": "product",
        "title": "Senior Product Manager, Payments",
        "department": "Product",
        "location": "London, United Kingdom",
        "remote_policy": "hybrid",
        "seniority": "senior",
        "salary_min": 90000,
        "salary_max": 105000,
        "currency": "GBP",
        "opened_days_ago": 16,
        "description": (
            "Payments is our fastest-growing product: card payments on terminals and online, "
            "and instant payouts. You will own the payments roadmap with an engineering team of "
            "seven, work with our banking partners and decide what we launch in which markets."
        ),
        "requirements": (
            "5+ years of product management, including payments or fintech\n"
            "Comfortable with regulation (PSD2, SCA) and partner banks\n"
            "Data-informed; SQL a plus\n"
            "Excellent writing"
        ),
        "offers": [
            "Own the payments roadmap across eight markets",
            "Band £90k–£105k plus equity",
            "Hybrid: 2 days a week in the London office (Farringdon)",
            "Mission: help small businesses get paid on time",
            "Series C, profitable",
        ],
    },
    {
        "key": "enterprise_ae_dach",
        "family": "sales",
        "title": "Enterprise Account Executive, DACH",
        "department": "Sales",
        "location": "Munich, Germany",
        "remote_policy": "hybrid",
        "seniority": "senior",
        "salary_min": 80000,
        "salary_max": 95000,
        "currency": "EUR",
        "opened_days_ago": 8,
        "description": (
            "We are taking Tallyfold's payments suite to multi-site retailers and franchise "
            "groups in Germany, Austria and Switzerland. You will run full-cycle deals with "
            "finance directors and operations leads, supported by two SDRs and a solutions "
            "engineer."
        ),
        "requirements": (
            "5+ years of B2B SaaS or payments sales, closing enterprise deals\n"
            "Native or near-native German\n"
            "MEDDICC or similar qualification\n"
            "Comfortable with long, multi-stakeholder cycles"
        ),
        "offers": [
            "Base €80k–€95k, OTE €160k–€190k, uncapped commission",
            "Hybrid: 2 days a week in the Munich office",
            "Two SDRs and a solutions engineer supporting your territory",
            "Greenfield DACH enterprise territory",
        ],
    },
    {
        "key": "csm_dublin",
        "family": "customer_success",
        "title": "Customer Success Manager",
        "department": "Customer Success",
        "location": "Dublin, Ireland",
        "remote_policy": "hybrid",
        "seniority": "mid",
        "salary_min": 52000,
        "salary_max": 62000,
        "currency": "EUR",
        "opened_days_ago": 11,
        "description": (
            "You will look after about 60 growing small and mid-sized businesses in Ireland and "
            "the UK — onboarding, renewals, and making sure they get real value from invoicing "
            "and payments. You'll work closely with sales and the product team."
        ),
        "requirements": (
            "2+ years in customer success or account management, ideally SaaS\n"
            "Confident with finance conversations\n"
            "Experience with Gainsight, Salesforce or similar"
        ),
        "offers": [
            "Hybrid: 2 days a week in the Dublin office (Grand Canal Dock)",
            "Band €52k–€62k plus 10% bonus",
            "Four-day week option after probation",
            "Clear path to Senior CSM",
        ],
    },
    {
        "key": "pmm_remote",
        "family": "marketing",
        "title": "Senior Product Marketing Manager",
        "department": "Marketing",
        "location": "Remote (UK)",
        "remote_policy": "remote",
        "seniority": "senior",
        "salary_min": 70000,
        "salary_max": 82000,
        "currency": "GBP",
        "opened_days_ago": 19,
        "description": (
            "You will own positioning, launches and sales enablement for our payments products "
            "in the UK and Ireland, working with product, sales and our accountant partners."
        ),
        "requirements": (
            "5+ years of product marketing in B2B SaaS or fintech\n"
            "Strong writer; experience with launches and enablement\n"
            "Comfortable with customer research and win/loss analysis"
        ),
        "offers": [
            "Fully remote within the UK",
            "Band £70k–£82k",
            "Own positioning for the payments suite",
            "Mission: help small businesses get paid on time",
        ],
    },
    {
        "key": "fpa_manager",
        "family": "finance",
        "title": "FP&A Manager",
        "department": "Finance",
        "location": "London, United Kingdom",
        "remote_policy": "hybrid",
        "seniority": "manager",
        "salary_min": 85000,
        "salary_max": 100000,
        "currency": "GBP",
        "opened_days_ago": 33,
        "description": (
            "You will own planning and forecasting for a profitable Series C company: the "
            "annual plan, monthly forecasts, board packs and business partnering with "
            "department heads."
        ),
        "requirements": (
            "Qualified accountant (ACA/ACCA/CIMA) with 6+ years in FP&A\n"
            "SaaS metrics and three-statement modelling\n"
            "Experience managing analysts"
        ),
        "offers": [
            "Lead a team of 2 analysts",
            "Band £85k–£100k plus bonus",
            "Hybrid: 3 days a week in the London office",
            "Series C, profitable",
        ],
    },
    {
        "key": "people_partner",
        "family": "people",
        "title": "Senior People Partner, Engineering",
        "department": "People",
        "location": "Berlin, Germany",
        "remote_policy": "hybrid",
        "seniority": "senior",
        "salary_min": 70000,
        "salary_max": 85000,
        "currency": "EUR",
        "opened_days_ago": 24,
        "description": (
            "You will partner with our 150-person engineering and data organisation across "
            "Berlin, London and remote: org design, performance, employee relations and "
            "manager coaching. You'll work with our Berlin works council."
        ),
        "requirements": (
            "5+ years as an HR business partner in tech\n"
            "German employment law and works council experience\n"
            "Fluent English; German a strong plus"
        ),
        "offers": [
            "Hybrid: 2 days a week in the Berlin office (Kreuzberg)",
            "Band €70k–€85k",
            "Partner to a 150-person engineering organisation",
            "Learning budget and CIPD support",
        ],
    },
    {
        "key": "ae_new_york",
        "family": "sales",
        "title": "Account Executive, Mid-Market",
        "department": "Sales",
        "location": "New York, United States",
        "remote_policy": "onsite",
        "seniority": "mid",
        "salary_min": 85000,
        "salary_max": 100000,
        "currency": "USD",
        "opened_days_ago": 15,
        "description": (
            "We are opening our first US sales floor in New York to sell payments and "
            "invoicing to multi-location restaurants and retailers. The team works together "
            "in the office every day while we build the playbook."
        ),
        "requirements": (
            "2+ years closing mid-market SaaS or payments deals\n"
            "Comfortable with high activity and short cycles\n"
            "Salesforce"
        ),
        "offers": [
            "On-site in our New York office (Flatiron), five days a week",
            "Base $85k–$100k, OTE $170k–$200k",
            "Founding member of the US sales team",
        ],
    },
    {
        "key": "junior_analyst",
        "family": "analytics",
        "title": "Junior Data Analyst",
        "department": "Data",
        "location": "Barcelona, Spain",
        "remote_policy": "onsite",
        "seniority": "junior",
        "salary_min": 36000,
        "salary_max": 42000,
        "currency": "EUR",
        "opened_days_ago": 6,
        "description": (
            "A first analytics role in our Barcelona hub, supporting customer success and "
            "marketing with reporting and analysis. We believe juniors learn fastest next to "
            "their team, so this role is in the office every day with a dedicated mentor."
        ),
        "requirements": (
            "A degree or equivalent in a quantitative subject\n"
            "SQL and a spreadsheet tool; Python a plus\n"
            "Curiosity and clear writing"
        ),
        "offers": [
            "On-site in Barcelona, five days a week, with a dedicated mentor",
            "Band €36k–€42k",
            "Structured training programme in SQL, dbt and Looker",
        ],
    },
]
