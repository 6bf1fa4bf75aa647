"""Job families for product design and product management.

Same shape and slots as ``content_families_eng``: titles by seniority, coherent "stacks" (the
tools and practices that go together), résumé summaries and achievements.
"""

DESIGN = {
    "label": "Product design",
    "department": "Design",
    "group": "product",
    "weight": 7,
    "band": 0.92,
    "area": "design",
    "titles": {
        "junior": ["Junior Product Designer", "Junior UX Designer"],
        "mid": ["Product Designer", "UX Designer", "UI/UX Designer"],
        "senior": ["Senior Product Designer", "Senior UX Designer"],
        "staff": ["Principal Product Designer", "Staff Product Designer"],
        "lead": ["Lead Product Designer", "Design Lead"],
        "manager": ["Design Manager"],
        "director": ["Head of Design", "Director of Product Design"],
    },
    "stacks": [
        (4, None, ["Figma", "Prototyping", "User research", "Interaction design"]),
        (3, None, ["Figma", "Design systems", "Visual design", "Accessibility"]),
        (2, None, ["Figma", "Usability testing", "Service design", "Miro"]),
        (1, None, ["Sketch", "Figma", "Framer", "Motion design"]),
        (2, None, ["Figma", "UX writing", "Information architecture", "User research"]),
    ],
    "extra_skills": [
        "Design systems",
        "Prototyping",
        "Usability testing",
        "Workshop facilitation",
        "Journey mapping",
        "Accessibility (WCAG)",
        "HTML/CSS",
        "Design tokens",
        "Maze",
        "Dovetail",
        "Jobs-to-be-done",
        "Illustration",
    ],
    "products": [
        "invoice editor",
        "onboarding flow",
        "mobile app",
        "merchant dashboard",
        "checkout",
        "pricing page",
        "reporting suite",
        "card-ordering flow",
    ],
    "focus": [
        "B2B product design",
        "design systems",
        "research-led design",
        "complex workflows made simple",
        "fintech UX",
    ],
    "teams": ["Invoicing", "Payments", "Design System", "Growth"],
    "summaries": [
        "Product designer with {years} in {focus}. I start from research, prototype early and "
        "stay close to engineering until it ships.",
        "{years} designing tools people use at work, most recently the {product}. Strong in "
        "{skill} and {skill2}; happiest in a small trio with a PM and engineers.",
        "Designer who likes the unglamorous parts: edge cases, empty states, copy and "
        "accessibility. Background in {focus} for small-business software.",
    ],
    "achievements": [
        (
            "Redesigned the {product}; task completion in usability tests rose from {acc_lo}% to "
            "{acc_hi}%",
            "mid",
        ),
        (
            "Led discovery for the {product} with {n_b} customer interviews; the findings reshaped "
            "the roadmap",
            "senior",
        ),
        ("Built a Figma library of {n_b} components with tokens shared with engineering", "mid"),
        ("Cut onboarding from {n_b} steps to {n}; activation went up {pct_s}%", "mid"),
        "Ran fortnightly usability sessions with small-business owners — {n_b} in a year",
        ("Worked with one PM and {n} engineers to ship the {product} in {weeks} weeks", "mid"),
        ("Introduced design critique and a shared research repository", "senior"),
        "Made the {product} WCAG 2.2 AA compliant together with engineering",
        ("Mentored {n_s} junior designers through portfolio reviews and pairing", "senior"),
        (
            "Wrote UX copy guidelines that cut support tickets about confusing wording by {pct}%",
            "mid",
        ),
        ("Designed the pricing-page test that raised trial-to-paid by {pct_s}%", "mid"),
        (
            "Facilitated a service blueprint of the invoice-to-payment journey across {n} teams",
            "senior",
        ),
        "Designed the empty states and error messages for the {product}, cutting related support "
        "tickets by {pct}%",
        "Prototyped three concepts for the {product} and tested them with {n_b} customers in two "
        "weeks",
        ("Ran a design-system audit that retired {n_b} one-off components", "mid"),
        "Produced UI specs and redlines for {n_b} screens in Figma",
        "Ran {n_b} usability sessions and synthesised the findings for the team",
        "Designed illustrations and icons for the {product} launch",
    ],
    "degrees": [
        "BA Graphic Design",
        "BA Interaction Design",
        "MA Human-Computer Interaction",
        "BSc Psychology",
        "BA Industrial Design",
        "MDes Service Design",
    ],
    "certs": [],
    "duties": [
        "design end-to-end experiences for the {team} team",
        "run research with small-business owners and accountants",
        "contribute to and use our design system",
        "work as a trio with product and engineering",
    ],
    "reqs": [
        "A portfolio showing process, not only final screens",
        "Research experience",
        "Fluency in Figma",
    ],
    "tools_wanted": [
        "Figma and a shared component library",
        "a mature design system",
        "proper research ops",
    ],
    "tools_old": [
        "Sketch files on a shared drive",
        "handing off static PDFs",
        "redrawing the same button in every file",
    ],
}

PRODUCT = {
    "label": "Product management",
    "department": "Product",
    "group": "product",
    "weight": 7,
    "band": 1.02,
    "area": "product",
    "titles": {
        "junior": ["Associate Product Manager", "Junior Product Manager"],
        "mid": ["Product Manager", "Product Owner"],
        "senior": ["Senior Product Manager"],
        "staff": ["Principal Product Manager"],
        "lead": ["Lead Product Manager", "Group Product Manager"],
        "manager": ["Product Lead", "Group Product Manager"],
        "director": ["Director of Product", "Head of Product"],
    },
    "stacks": [
        (3, None, ["Product discovery", "Roadmapping", "Stakeholder management", "SQL"]),
        (2, None, ["B2B SaaS", "Pricing", "Go-to-market", "OKRs"]),
        (2, None, ["Experimentation", "A/B testing", "Amplitude", "Growth"]),
        (2, None, ["Payments", "Compliance", "API products", "Roadmapping"]),
        (1, None, ["Jira", "Scrum", "User stories", "Delivery"]),
        (2, None, ["User interviews", "Jobs-to-be-done", "Prototyping", "Figma"]),
    ],
    "extra_skills": [
        "SQL",
        "Amplitude",
        "Mixpanel",
        "OKRs",
        "Product strategy",
        "Stakeholder management",
        "Jira",
        "Confluence",
        "Pricing",
        "Fintech",
        "Marketplaces",
        "Customer interviews",
        "Open Banking",
    ],
    "products": [
        "invoicing product",
        "payments product",
        "mobile app",
        "onboarding",
        "API platform",
        "reporting suite",
        "card product",
        "accounting integrations",
    ],
    "focus": [
        "B2B SaaS",
        "payments and fintech",
        "growth and onboarding",
        "platform and API products",
        "discovery-led product work",
    ],
    "teams": ["Payments", "Invoicing", "Growth", "Platform"],
    "summaries": [
        "Product manager with {years} in {focus}. I run discovery before delivery, say no "
        "often and write things down.",
        "{years} owning B2B products end to end, most recently the {product}. Comfortable with "
        "{skill} and {skill2}, and with the commercial side of a roadmap.",
        "PM who likes hard trade-offs and small teams. Background in {focus}; I measure success "
        "by customer outcomes, not shipped features.",
    ],
    "achievements": [
        ("Owned the {product} roadmap; weekly active customers grew {pct}% in a year", "mid"),
        (
            "Launched the {product} in {n_s} new markets, adding {money} ARR in twelve months",
            "senior",
        ),
        (
            "Ran discovery with {n_b} customers that killed a planned feature and saved a quarter "
            "of engineering time",
            "mid",
        ),
        ("Introduced outcome-based OKRs across {n} squads", "senior"),
        (
            "Shipped usage-based pricing with finance and sales; net revenue retention went from "
            "{nrr_lo}% to {nrr_hi}%",
            "mid",
        ),
        ("Cut time to first invoice from {close_hi} days to under one", "mid"),
        (
            "Led the Strong Customer Authentication roll-out across web and mobile without "
            "downtime",
            "senior",
        ),
        (
            "Set up a weekly experiment review; the team went from {n_s} to {n_b} tests a quarter",
            "senior",
        ),
        (
            "Worked with sales on {n} enterprise deals and turned their asks into one reusable "
            "permissions model",
            "mid",
        ),
        ("Wrote the product strategy for the {product}, adopted by the leadership team", "senior"),
        ("Reduced 90-day churn by {pct_s} points through onboarding changes", "mid"),
        ("Hired and coached {n_s} product managers", "lead"),
        "Wrote specs and acceptance criteria for {n_b} releases with a team of {team} engineers",
        (
            "Interviewed {n_b} accountants to shape the partner dashboard; adoption hit {pct}% in a "
            "quarter",
            "mid",
        ),
        (
            "Killed two low-usage features and redirected the team to the top customer request",
            "mid",
        ),
        (
            "Ran the beta for the {product} with {n_b} customers and shipped it to general "
            "availability on schedule",
            "mid",
        ),
        "Ran {n_b} customer interviews and wrote up the insights for the team",
        "Wrote user stories and acceptance criteria for the {product} with {team} engineers",
        "Built the team's first product-usage dashboard in SQL",
        "Coordinated release notes and help-centre updates for {n} launches",
    ],
    "degrees": [
        "BSc Computer Science",
        "BA Economics",
        "MBA",
        "BSc Business Management",
        "MEng Mechanical Engineering",
        "BA Philosophy",
    ],
    "certs": ["Pragmatic Institute PMC-III"],
    "duties": [
        "own discovery and delivery for the {team} area",
        "set outcomes with engineering and design and measure them",
        "talk to customers every week",
        "work with sales and support on what to build next",
    ],
    "reqs": [
        "Shipped B2B products you can talk us through",
        "Comfortable with data (SQL a plus)",
        "Clear writing",
    ],
    "tools_wanted": [
        "Amplitude and real experimentation",
        "continuous discovery",
        "a proper product analytics setup",
    ],
    "tools_old": ["opinion-driven roadmaps", "feature factories", "Gantt charts from 2016"],
}

PRODUCT_FAMILIES = {
    "design": DESIGN,
    "product": PRODUCT,
}
