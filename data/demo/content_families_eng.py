"""Job families for engineering: backend, frontend, mobile, platform/SRE.

A family entry holds everything needed to make a believable person and a believable past
opening in that line of work. Résumé templates use ``{slots}`` filled by ``pool.py``:
numbers (``{pct}``, ``{n}``, ``{ms_hi}``, ``{money}``…) are drawn in plausible ranges, and
``{skill}``/``{skill2}``/``{lang}`` (their main language or tool) come from the person's own
core stack so a bullet never names a tool they do not list. ``{platform}`` in a title
comes from the chosen stack (iOS, Android…). An achievement written as ``(text, level)`` is
kept for people at that level or above ("senior", "lead"); "early" means junior or mid only.
"""

BACKEND = {
    "label": "Backend engineering",
    "department": "Engineering",
    "group": "eng",
    "weight": 14,
    "band": 1.0,
    "area": "backend",
    "titles": {
        "junior": [
            "Junior Backend Engineer",
            "Junior Software Engineer",
            "Graduate Software Engineer",
        ],
        "mid": ["Backend Engineer", "Software Engineer", "Software Engineer, Backend"],
        "senior": [
            "Senior Backend Engineer",
            "Senior Software Engineer",
            "Senior Software Engineer, Backend",
        ],
        "staff": ["Staff Backend Engineer", "Staff Software Engineer", "Principal Engineer"],
        "lead": ["Lead Backend Engineer", "Tech Lead, Backend", "Backend Tech Lead"],
        "manager": ["Engineering Manager", "Engineering Manager, Backend"],
        "director": ["Director of Engineering", "Head of Backend Engineering"],
    },
    "stacks": [
        (4, None, ["Python", "Django", "PostgreSQL", "Celery", "Redis"]),
        (4, None, ["Python", "FastAPI", "PostgreSQL", "Kafka", "SQLAlchemy"]),
        (3, None, ["Go", "gRPC", "PostgreSQL", "Kafka"]),
        (3, None, ["Java", "Spring Boot", "Kafka", "PostgreSQL", "Hibernate"]),
        (2, None, ["Kotlin", "Spring Boot", "PostgreSQL", "gRPC"]),
        (2, None, ["Node.js", "TypeScript", "NestJS", "PostgreSQL"]),
        (2, None, ["Ruby", "Ruby on Rails", "PostgreSQL", "Sidekiq"]),
        (1, None, ["Rust", "Tokio", "PostgreSQL", "Kafka"]),
        (1, None, ["C#", ".NET", "SQL Server", "Azure Service Bus"]),
        (1, None, ["Elixir", "Phoenix", "PostgreSQL"]),
        (1, None, ["PHP", "Laravel", "MySQL", "Redis"]),
    ],
    "extra_skills": [
        "Docker",
        "Kubernetes",
        "AWS",
        "GCP",
        "Terraform",
        "Redis",
        "Elasticsearch",
        "RabbitMQ",
        "GraphQL",
        "REST API design",
        "Microservices",
        "Event-driven architecture",
        "Domain-driven design",
        "CI/CD",
        "OpenTelemetry",
        "DynamoDB",
        "System design",
        "TDD",
    ],
    "products": [
        "payments API",
        "ledger service",
        "order management system",
        "booking engine",
        "billing platform",
        "identity service",
        "notifications platform",
        "pricing engine",
        "search backend",
        "merchant onboarding flow",
        "public REST API",
        "reconciliation engine",
    ],
    "focus": [
        "payments infrastructure",
        "high-throughput APIs",
        "distributed systems",
        "reliable, boring backends",
        "event-driven systems",
        "API design",
        "data-intensive services",
    ],
    "teams": [
        "Invoicing",
        "Payments",
        "Ledger",
        "Bank Feeds",
        "Reconciliation",
        "Identity",
        "Public API",
        "Merchant Onboarding",
    ],
    "summaries": [
        "Backend engineer with {years} of experience building {focus} in {skill} and {skill2}. "
        "Happiest owning a service end to end — design, on-call and the unglamorous migrations.",
        "{years} building and running production services, most recently the {product} at a "
        "scale-up. Pragmatic about architecture, strict about tests and observability.",
        "Software engineer focused on {focus}. Comfortable across {skill}, {skill2} and the "
        "cloud plumbing around them; known for clear design docs and calm incident handling.",
        "I build backend systems that stay up: {years} across fintech and marketplaces, mostly "
        "in {lang}. I like small teams, short feedback loops and well-named tables.",
        "Engineer who enjoys the messy middle of a product — data models, integrations, money "
        "moving between systems: {years} of it, the last few on the {product}.",
    ],
    "achievements": [
        (
            "Cut p95 latency of the {product} from {ms_hi} ms to {ms_lo} ms by rewriting the "
            "hottest queries and adding read replicas",
            "mid",
        ),
        (
            "Led the migration of {n} services off a shared monolith database onto service-owned "
            "schemas with zero downtime",
            "senior",
        ),
        (
            "Designed an idempotent webhook pipeline handling {k}k events a day; duplicate charges "
            "dropped to zero",
            "mid",
        ),
        "Built the {product} in {lang}, now serving {m}M requests a day",
        "Reduced the monthly AWS bill by {pct}% ({money_k} a year) by right-sizing instances "
        "and archiving cold data",
        "Introduced contract tests between {n} teams, cutting integration incidents by {pct}%",
        (
            "Owned on-call for {n} services; brought pages per week down from {n_b} to under 2",
            "senior",
        ),
        ("Mentored {n_s} engineers, two of whom were promoted to senior", "senior"),
        (
            "Replaced a nightly batch job with an event stream, so merchants see balances in "
            "seconds instead of the next morning",
            "mid",
        ),
        (
            "Shipped rate limiting and scoped API keys for a public API used by {count} integrators",
            "mid",
        ),
        (
            "Rewrote the matching step of the {product}; accuracy went from {acc_lo}% to {acc_hi}%",
            "mid",
        ),
        (
            "Wrote the team's first architecture decision records and ran the design-review rota",
            "senior",
        ),
        (
            "Added structured logging and tracing to {n} services; mean time to resolve incidents "
            "fell by {pct}%",
            "mid",
        ),
        "Upgraded the codebase to a current {lang} release in {weeks} weeks, unblocking "
        "security patches that had been stuck for a year",
        "Built an internal admin tool for support that cut manual refund handling from {hours} "
        "hours a week to minutes",
        "Wrote load tests that caught a connection-pool exhaustion bug two weeks before peak "
        "season",
        "Took over a flaky test suite ({pct}% failure rate) and got it green and under ten minutes",
    ],
    "degrees": [
        "BSc Computer Science",
        "MEng Software Engineering",
        "BSc Mathematics",
        "MSc Computer Science",
        "BSc Physics",
        "BEng Electronic Engineering",
    ],
    "certs": [
        "AWS Certified Solutions Architect – Associate",
        "Certified Kubernetes Application Developer (CKAD)",
    ],
    "duties": [
        "design, build and run services on our {stack} stack",
        "own features end to end, from design doc to on-call",
        "work with product and design on {team} features for small businesses",
        "improve reliability and observability of money-moving flows",
        "review code and help level up the team",
    ],
    "reqs": [
        "Clear written communication",
        "Experience running services in production",
        "Comfortable with SQL and data modelling",
    ],
    "tools_wanted": ["Rust", "Go", "Kafka", "typed Python", "Elixir", "event sourcing"],
    "tools_old": [
        "a PHP monolith",
        "Java 8 and XML config",
        "a decade-old Perl codebase",
        "a legacy .NET Framework app",
        "hand-rolled ORM code",
    ],
}

FRONTEND = {
    "label": "Frontend engineering",
    "department": "Engineering",
    "group": "eng",
    "weight": 8,
    "band": 0.97,
    "area": "frontend",
    "titles": {
        "junior": ["Junior Frontend Developer", "Junior Frontend Engineer"],
        "mid": ["Frontend Engineer", "Frontend Developer", "Software Engineer, Frontend"],
        "senior": [
            "Senior Frontend Engineer",
            "Senior Frontend Developer",
            "Senior Software Engineer, Web",
        ],
        "staff": ["Staff Frontend Engineer", "Principal Frontend Engineer"],
        "lead": ["Frontend Tech Lead", "Lead Frontend Engineer"],
        "manager": ["Engineering Manager, Web", "Engineering Manager"],
        "director": ["Head of Frontend", "Director of Engineering, Web"],
    },
    "stacks": [
        (5, None, ["React", "TypeScript", "Next.js", "Redux"]),
        (4, None, ["React", "TypeScript", "Vite", "React Query"]),
        (2, None, ["Vue.js", "TypeScript", "Nuxt", "Pinia"]),
        (2, None, ["Angular", "TypeScript", "RxJS"]),
        (1, None, ["Svelte", "SvelteKit", "TypeScript"]),
        (1, None, ["React", "JavaScript", "Webpack", "Sass"]),
    ],
    "extra_skills": [
        "CSS",
        "HTML",
        "Accessibility (WCAG 2.2)",
        "Design systems",
        "Storybook",
        "Jest",
        "Playwright",
        "Cypress",
        "GraphQL",
        "Web performance",
        "Tailwind CSS",
        "Figma",
        "Node.js",
        "Micro-frontends",
        "Internationalisation",
    ],
    "products": [
        "checkout",
        "merchant dashboard",
        "design system",
        "onboarding flow",
        "invoice editor",
        "marketing site",
        "admin console",
        "booking flow",
        "self-serve signup",
    ],
    "focus": [
        "accessible web apps",
        "design systems",
        "web performance",
        "complex forms and dashboards",
        "React at scale",
    ],
    "teams": ["Merchant Dashboard", "Checkout", "Invoicing", "Design System", "Growth"],
    "summaries": [
        "Frontend engineer with {years} of experience shipping {focus} in {skill} and {skill2}. "
        "Cares about accessibility, fast pages and components other engineers want to reuse.",
        "{years} building product UIs, most recently the {product} used by thousands of small "
        "businesses a day. Works closely with designers; fluent in Figma hand-offs and tokens.",
        "I turn messy product requirements into fast, accessible interfaces. Strong in {skill}, "
        "{skill2} and testing; happy pairing with backend on API contracts.",
        "Web engineer who has spent {years} on {focus}. Known for pushing Lighthouse scores up "
        "and bundle sizes down.",
    ],
    "achievements": [
        "Rebuilt the {product} in {lang}; conversion improved by {pct_s}% and support tickets "
        "about it halved",
        ("Brought {n} core flows to WCAG 2.2 AA after an external accessibility audit", "mid"),
        "Cut JavaScript bundle size by {pct}% with route-level code splitting; LCP dropped from "
        "{s_hi}s to {s_lo}s",
        (
            "Built and documented a component library of {n_b} components in Storybook, adopted by "
            "{n} product teams",
            "mid",
        ),
        "Introduced end-to-end tests for the {product}, catching {n} regressions before release "
        "in the first quarter",
        (
            "Migrated {k}k lines from JavaScript to TypeScript over {months} months without freezing "
            "feature work",
            "mid",
        ),
        (
            "Led the frontend for a redesign of the {product}, shipped in {weeks} weeks with one "
            "designer and two backend engineers",
            "senior",
        ),
        (
            "Added internationalisation for {n} languages, unlocking launches in {n_s} new markets",
            "mid",
        ),
        "Replaced a hand-rolled state layer with a query cache, removing a whole class of "
        "stale-data bugs",
        ("Ran a fortnightly frontend guild and wrote the team's code-review guidelines", "senior"),
        ("Mentored {n_s} junior developers through their first production releases", "senior"),
        (
            "Worked with design to introduce design tokens, cutting UI inconsistencies flagged in "
            "QA by {pct}%",
            "mid",
        ),
        "Built a form engine for multi-step onboarding that product teams configure without code "
        "changes",
        "Fixed {n_b} accessibility issues flagged by screen-reader users in the first month on the "
        "team",
        "Paired with backend on a GraphQL layer that removed {n} round trips from the dashboard",
    ],
    "degrees": [
        "BSc Computer Science",
        "BA Interaction Design",
        "BSc Software Engineering",
        "BSc Multimedia Computing",
        "BA Graphic Design",
    ],
    "certs": [],
    "duties": [
        "build fast, accessible interfaces for the {team} area in {stack}",
        "partner with designers on our design system",
        "own frontend quality: tests, performance budgets, accessibility",
        "shape API contracts with backend engineers",
    ],
    "reqs": [
        "A portfolio of shipped product work",
        "Strong CSS and accessibility habits",
        "Experience testing UI code",
    ],
    "tools_wanted": [
        "TypeScript everywhere",
        "React Server Components",
        "Svelte",
        "a proper design system",
    ],
    "tools_old": ["jQuery", "AngularJS 1.x", "a Backbone app from 2014"],
}

MOBILE = {
    "label": "Mobile engineering",
    "department": "Engineering",
    "group": "eng",
    "weight": 5,
    "band": 1.0,
    "area": "mobile",
    "titles": {
        "junior": ["Junior {platform} Developer", "Junior {platform} Engineer"],
        "mid": ["{platform} Engineer", "{platform} Developer"],
        "senior": ["Senior {platform} Engineer", "Senior {platform} Developer"],
        "staff": ["Staff Mobile Engineer", "Principal {platform} Engineer"],
        "lead": ["Mobile Tech Lead", "Lead {platform} Engineer"],
        "manager": ["Engineering Manager, Mobile"],
        "director": ["Head of Mobile"],
    },
    "stacks": [
        (3, "iOS", ["Swift", "SwiftUI", "UIKit", "Combine", "Xcode"]),
        (2, "iOS", ["Swift", "UIKit", "Core Data", "XCTest"]),
        (3, "Android", ["Kotlin", "Jetpack Compose", "Coroutines", "Android SDK"]),
        (2, "Android", ["Kotlin", "Java", "Android SDK", "RxJava", "Hilt"]),
        (2, "Mobile", ["React Native", "TypeScript", "Redux", "Expo"]),
        (1, "Mobile", ["Flutter", "Dart", "Bloc", "Firebase"]),
    ],
    "extra_skills": [
        "Fastlane",
        "Firebase",
        "App Store Connect",
        "Google Play Console",
        "GraphQL",
        "REST APIs",
        "CI/CD",
        "Accessibility",
        "Offline-first sync",
        "Push notifications",
        "Modular architecture",
        "Snapshot testing",
        "Bitrise",
    ],
    "products": [
        "mobile banking app",
        "card-terminal companion app",
        "invoicing app",
        "expense-capture app",
        "delivery driver app",
        "booking app",
    ],
    "focus": [
        "native mobile apps",
        "mobile payments",
        "offline-first apps",
        "mobile platform and tooling",
        "consumer apps at scale",
    ],
    "teams": ["Mobile App", "Card Terminals", "Expenses"],
    "summaries": [
        "Mobile engineer with {years} on {focus}, mostly in {lang}. Cares about crash-free "
        "sessions, accessibility and a release train nobody has to babysit.",
        "{years} shipping apps people rely on daily, most recently the {product}. Comfortable "
        "from UI polish down to build tooling and CI.",
        "I build {focus} in {skill} and {skill2}. I like working closely with designers and "
        "backend engineers on the whole experience, not just the screens.",
    ],
    "achievements": [
        "Took crash-free sessions on the {product} from {acc_lo}% to 99.8%",
        "Shipped a rewrite of the {product} in {lang}; App Store rating rose from 3.6 to 4.7",
        "Cut cold-start time by {pct}% by deferring SDK initialisation and trimming dependencies",
        (
            "Split a {k}k-line codebase into {n_b} feature modules; clean builds went from "
            "{mins_hi} to {mins_lo} minutes",
            "mid",
        ),
        "Built offline-first sync for the {product} so people keep working with no signal",
        "Automated releases with Fastlane and CI — from a half-day manual process to a weekly "
        "release train",
        (
            "Implemented tap-to-pay with the payments team; {k}k merchants "
            "activated it in the first quarter",
            "mid",
        ),
        "Introduced snapshot and UI tests covering {n} critical flows",
        ("Led accessibility work (screen readers, dynamic type) across {n_b} screens", "senior"),
        ("Mentored {n_s} engineers and ran the mobile chapter's architecture reviews", "senior"),
        ("Reduced app size by {pct}% by moving assets to on-demand resources", "mid"),
        (
            "Designed a GraphQL schema for mobile with backend, removing {n} round trips from the "
            "home screen",
            "mid",
        ),
        "Added feature flags and staged roll-outs so risky changes reach {pct_s}% of users first",
        "Built in-app support chat with the support team; app-store complaints about help dropped "
        "by {pct}%",
    ],
    "degrees": [
        "BSc Computer Science",
        "BSc Software Engineering",
        "MEng Computing",
        "BSc Information Systems",
    ],
    "certs": [],
    "duties": [
        "build and ship our {stack} app for the {team} team",
        "own app quality: crash rates, performance, accessibility",
        "work with backend on APIs designed for mobile",
        "keep our release train fast and boring",
    ],
    "reqs": ["Apps in the store you can talk us through", "Experience with CI for mobile"],
    "tools_wanted": ["SwiftUI", "Jetpack Compose", "Kotlin Multiplatform", "a modular codebase"],
    "tools_old": ["Objective-C", "a five-year-old Cordova app", "a monolithic Xcode project"],
}

PLATFORM = {
    "label": "Platform and SRE",
    "department": "Engineering",
    "group": "eng",
    "weight": 6,
    "band": 1.03,
    "area": "platform",
    "titles": {
        "junior": ["Junior DevOps Engineer", "Junior Platform Engineer"],
        "mid": ["Platform Engineer", "DevOps Engineer", "Site Reliability Engineer"],
        "senior": [
            "Senior Platform Engineer",
            "Senior Site Reliability Engineer",
            "Senior DevOps Engineer",
        ],
        "staff": [
            "Staff Site Reliability Engineer",
            "Staff Platform Engineer",
            "Principal Infrastructure Engineer",
        ],
        "lead": ["Platform Tech Lead", "Lead SRE", "Lead Infrastructure Engineer"],
        "manager": ["Engineering Manager, Platform", "Engineering Manager, SRE"],
        "director": ["Head of Platform", "Director of Infrastructure"],
    },
    "stacks": [
        (4, None, ["Kubernetes", "Terraform", "AWS", "Helm", "ArgoCD"]),
        (3, None, ["Kubernetes", "Terraform", "GCP", "Go"]),
        (2, None, ["AWS", "Terraform", "ECS", "Python", "CloudFormation"]),
        (1, None, ["Kubernetes", "Azure", "Terraform", "Ansible"]),
        (1, None, ["Nomad", "Consul", "Vault", "Terraform", "AWS"]),
        (1, None, ["Linux", "Ansible", "Prometheus", "Bash"]),
    ],
    "extra_skills": [
        "Prometheus",
        "Grafana",
        "Datadog",
        "OpenTelemetry",
        "PagerDuty",
        "GitHub Actions",
        "GitLab CI",
        "Go",
        "Python",
        "Bash",
        "Linux",
        "Istio",
        "Cilium",
        "PostgreSQL operations",
        "Incident management",
        "SLOs",
        "FinOps",
        "Vault",
        "Networking",
    ],
    "products": [
        "Kubernetes platform",
        "CI/CD pipelines",
        "observability stack",
        "internal developer platform",
        "multi-region setup",
    ],
    "focus": [
        "reliability engineering",
        "Kubernetes platforms",
        "developer experience",
        "infrastructure as code",
        "observability and incident response",
    ],
    "teams": ["Core Platform", "Reliability", "Developer Experience"],
    "summaries": [
        "Platform engineer with {years} in {focus}. I build paved roads so product teams ship "
        "safely without thinking about {skill} every day.",
        "{years} running production infrastructure on {skill} and {skill2}. Calm in incidents, "
        "pushy about postmortem actions actually getting done.",
        "SRE who likes measurable reliability: SLOs, error budgets and fewer pages. Most "
        "recently owned the {product} for a 100-engineer organisation.",
    ],
    "achievements": [
        "Migrated {n_b} services from hand-built VMs to Kubernetes over {months} months with no "
        "customer-facing downtime",
        (
            "Introduced SLOs and error budgets for {n} critical services; pages per week fell from "
            "{n_b} to {n_s}",
            "senior",
        ),
        "Cut cloud spend by {money_k} a year ({pct}%) through rightsizing, spot instances and "
        "deleting orphaned volumes",
        (
            "Built a service template so new services reach production in under a day instead of "
            "{weeks} weeks",
            "mid",
        ),
        (
            "Ran incident command for {n_b} incidents and rewrote the postmortem process so actions "
            "get closed",
            "senior",
        ),
        "Moved all infrastructure into versioned modules with policy checks; drift incidents went "
        "to zero",
        (
            "Rolled out distributed tracing across {n} teams, cutting mean time to resolution by "
            "{pct}%",
            "mid",
        ),
        (
            "Designed multi-region PostgreSQL failover and tested it quarterly with game days",
            "senior",
        ),
        (
            "Reduced CI pipeline time from {mins_hi} to {mins_lo} minutes with caching and test "
            "sharding",
            "mid",
        ),
        (
            "Automated certificate and secret rotation, removing a recurring quarterly outage risk",
            "mid",
        ),
        ("Led the infrastructure workstream of a SOC 2 Type II audit", "senior"),
        ("Coached {n_s} product teams on running their own on-call rotations", "senior"),
        "Wrote runbooks for the {n_b} most common alerts so new on-call engineers can act alone",
        "Built self-service preview environments for every pull request",
    ],
    "degrees": [
        "BSc Computer Science",
        "BEng Computer Systems Engineering",
        "BSc Network Engineering",
        "MSc Distributed Systems",
        "BSc Physics",
    ],
    "certs": [
        "Certified Kubernetes Administrator (CKA)",
        "HashiCorp Certified: Terraform Associate",
        "AWS Certified SysOps Administrator",
    ],
    "duties": [
        "run and evolve our {stack} platform",
        "own SLOs, alerting and incident response with product teams",
        "make the paved road the easy road",
        "keep cloud spend honest",
    ],
    "reqs": [
        "Production experience with Kubernetes",
        "Infrastructure as code",
        "On-call experience and good incident habits",
    ],
    "tools_wanted": ["Kubernetes", "Terraform", "Go", "eBPF-based tooling", "platform engineering"],
    "tools_old": [
        "hand-managed EC2 boxes",
        "Jenkins pipelines nobody owns",
        "Chef cookbooks from 2015",
    ],
}

ENG_FAMILIES = {
    "backend": BACKEND,
    "frontend": FRONTEND,
    "mobile": MOBILE,
    "platform": PLATFORM,
}
