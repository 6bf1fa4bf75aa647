"""People and places for the demo pool: where candidates live, what they are called, where they
studied and worked, and the small vocabularies around them (sources, tags, recruiters).

Everything here is fictional: names are drawn from common given names and surnames, e-mail
addresses use the reserved example domains, phone numbers use ranges set aside for drama or
the North American 555-01xx block where one exists, and every company name is made up.
``pool.py`` holds the logic; this module (and its ``content_*`` siblings) only holds words.
"""

# The company whose talent pool the demo shows. Invoicing and payments for small businesses.
COMPANY = "Tallyfold"

# Recruiters who log touchpoints; a family is usually handled by the same one or two people.
RECRUITERS = ("Priya Raman", "Tom Gallagher", "Inês Carvalho", "Jonas Weber")
RECRUITER_WEIGHTS: dict[str, dict[str, int]] = {
    "eng": {"Priya Raman": 6, "Jonas Weber": 4},
    "data": {"Tom Gallagher": 6, "Priya Raman": 4},
    "product": {"Tom Gallagher": 8, "Priya Raman": 2},
    "gtm": {"Inês Carvalho": 8, "Tom Gallagher": 2},
    "ops": {"Jonas Weber": 7, "Inês Carvalho": 3},
}

EMAIL_DOMAINS = ("example.com", "example.org", "example.net")

# --- where people live ---------------------------------------------------------------------
# country -> weight, currency symbol (for money in résumés and asks), local language,
# cities with weights and a phone pattern ({d2}/{d3}/{d4} are random digits), and the mix of
# name cultures one meets there. Phone patterns stay inside fictional/drama ranges where a
# country has them (UK Ofcom 01x1 496 0xxx and 07700 900xxx, Sweden 08-465 04 xx, France
# 01 99 00 xx xx and 06 39 98 xx xx, North America 555-01xx).
COUNTRIES: dict[str, dict] = {
    "United Kingdom": {
        "weight": 20, "symbol": "£", "language": "English",
        "cities": [
            ("London", 10, "+44 20 7946 0{d3}"), ("Manchester", 3, "+44 161 496 0{d3}"),
            ("Edinburgh", 2, "+44 131 496 0{d3}"), ("Bristol", 2, "+44 117 496 0{d3}"),
            ("Leeds", 1.5, "+44 113 496 0{d3}"), ("Cambridge", 1, "+44 7700 900{d3}"),
        ],
        "mobile": "+44 7700 900{d3}",
        "cultures": {
            "british": 40, "irish": 4, "indian": 9, "pakistani": 5, "bangladeshi": 2,
            "nigerian": 5, "ghanaian": 2, "chinese": 3, "cantonese": 2, "polish": 4,
            "italian": 3, "spanish": 2, "greek": 2, "romanian": 2, "french": 2,
            "portuguese": 2, "arabic": 2, "iranian": 1, "kenyan": 1, "american": 1,
            "turkish": 1, "brazilian": 1,
        },
    },
    "Ireland": {
        "weight": 5, "symbol": "€", "language": "English",
        "cities": [("Dublin", 8, "+353 1 555 0{d3}"), ("Cork", 2, "+353 21 555 0{d3}"),
                   ("Galway", 1, "+353 91 555 0{d3}")],
        "mobile": "+353 85 555 0{d3}",
        "cultures": {
            "irish": 55, "british": 6, "polish": 6, "indian": 6, "brazilian": 5, "spanish": 3,
            "italian": 3, "nigerian": 3, "chinese": 2, "french": 2, "romanian": 2,
            "ukrainian": 2, "filipino": 2,
        },
    },
    "Germany": {
        "weight": 16, "symbol": "€", "language": "German",
        "cities": [
            ("Berlin", 9, "+49 30 {d4} {d4}"), ("Munich", 4, "+49 89 {d4} {d4}"),
            ("Hamburg", 3, "+49 40 {d4} {d4}"), ("Cologne", 2, "+49 221 {d3} {d4}"),
            ("Frankfurt", 2, "+49 69 {d4} {d4}"), ("Nuremberg", 1, "+49 911 {d3} {d4}"),
        ],
        "mobile": "+49 151 {d4} {d4}",
        "cultures": {
            "german": 52, "turkish": 8, "polish": 5, "russian": 4, "ukrainian": 4, "italian": 3,
            "greek": 3, "indian": 5, "spanish": 2, "chinese": 2, "arabic": 3, "iranian": 3,
            "vietnamese": 2, "brazilian": 2, "romanian": 2, "british": 1,
        },
    },
    "Netherlands": {
        "weight": 9, "symbol": "€", "language": "Dutch",
        "cities": [
            ("Amsterdam", 7, "+31 20 {d3} {d4}"), ("Rotterdam", 2, "+31 10 {d3} {d4}"),
            ("Utrecht", 2, "+31 30 {d3} {d4}"), ("Eindhoven", 1, "+31 40 {d3} {d4}"),
        ],
        "mobile": "+31 6 {d4} {d4}",
        "cultures": {
            "dutch": 55, "turkish": 5, "arabic": 5, "indian": 6, "german": 4, "italian": 3,
            "spanish": 3, "greek": 2, "polish": 3, "brazilian": 3, "chinese": 2, "ukrainian": 2,
            "british": 2, "iranian": 2, "portuguese": 2,
        },
    },
    "France": {
        "weight": 6, "symbol": "€", "language": "French",
        "cities": [("Paris", 7, "+33 1 99 00 {d2} {d2}"), ("Lyon", 2, "+33 6 39 98 {d2} {d2}"),
                   ("Nantes", 1, "+33 6 39 98 {d2} {d2}")],
        "mobile": "+33 6 39 98 {d2} {d2}",
        "cultures": {
            "french": 60, "arabic": 10, "portuguese": 4, "italian": 3, "spanish": 3,
            "vietnamese": 3, "chinese": 2, "indian": 2, "romanian": 2, "polish": 1, "turkish": 2,
            "brazilian": 2,
        },
    },
    "Spain": {
        "weight": 6, "symbol": "€", "language": "Spanish",
        "cities": [("Madrid", 5, "+34 91 {d3} {d2} {d2}"),
                   ("Barcelona", 5, "+34 93 {d3} {d2} {d2}"),
                   ("Valencia", 2, "+34 96 {d3} {d2} {d2}"), ("Málaga", 1, "+34 952 {d3} {d3}")],
        "mobile": "+34 6{d2} {d3} {d3}",
        "cultures": {
            "spanish": 62, "hispanic": 10, "italian": 4, "french": 3, "romanian": 4,
            "arabic": 4, "british": 2, "german": 2, "portuguese": 2, "brazilian": 3,
            "ukrainian": 2, "chinese": 1, "indian": 2,
        },
    },
    "Portugal": {
        "weight": 6, "symbol": "€", "language": "Portuguese",
        "cities": [("Lisbon", 6, "+351 21 {d3} {d4}"), ("Porto", 3, "+351 22 {d3} {d4}"),
                   ("Braga", 1, "+351 253 {d3} {d3}")],
        "mobile": "+351 91 {d3} {d4}",
        "cultures": {
            "portuguese": 58, "brazilian": 18, "spanish": 3, "french": 2, "italian": 3,
            "ukrainian": 3, "indian": 3, "british": 2, "german": 2, "russian": 2,
            "hispanic": 2, "romanian": 2,
        },
    },
    "Poland": {
        "weight": 6, "symbol": "€", "language": "Polish",
        "cities": [("Warsaw", 5, "+48 22 {d3} {d2} {d2}"), ("Kraków", 3, "+48 12 {d3} {d2} {d2}"),
                   ("Wrocław", 2, "+48 71 {d3} {d2} {d2}"), ("Gdańsk", 1, "+48 58 {d3} {d2} {d2}")],
        "mobile": "+48 5{d2} {d3} {d3}",
        "cultures": {"polish": 82, "ukrainian": 10, "russian": 2, "indian": 2, "german": 2,
                     "british": 1},
    },
    "Sweden": {
        "weight": 3, "symbol": "€", "language": "Swedish",
        "cities": [("Stockholm", 4, "+46 8 465 04 {d2}"), ("Gothenburg", 2, "+46 31 390 06 {d2}"),
                   ("Malmö", 1, "+46 40 628 04 {d2}")],
        "mobile": "+46 70 174 06 {d2}",
        "cultures": {
            "nordic": 65, "finnish": 4, "iranian": 5, "arabic": 4, "polish": 3, "indian": 4,
            "german": 3, "british": 2, "greek": 2, "turkish": 2, "ethiopian": 2, "chinese": 2,
            "italian": 2, "spanish": 2,
        },
    },
    "Denmark": {
        "weight": 2, "symbol": "€", "language": "Danish",
        "cities": [("Copenhagen", 4, "+45 {d2} {d2} {d2} {d2}"),
                   ("Aarhus", 1, "+45 {d2} {d2} {d2} {d2}")],
        "mobile": "+45 {d2} {d2} {d2} {d2}",
        "cultures": {"nordic": 70, "german": 4, "polish": 4, "iranian": 3, "arabic": 3,
                     "indian": 4, "british": 3, "italian": 2, "spanish": 2, "turkish": 3},
    },
    "Norway": {
        "weight": 1.5, "symbol": "€", "language": "Norwegian",
        "cities": [("Oslo", 4, "+47 22 {d2} {d2} {d2}"), ("Bergen", 1, "+47 55 {d2} {d2} {d2}")],
        "mobile": "+47 4{d2} {d2} {d3}",
        "cultures": {"nordic": 72, "polish": 5, "ethiopian": 3, "pakistani": 4, "indian": 4,
                     "german": 3, "british": 3, "iranian": 3},
    },
    "Finland": {
        "weight": 1.5, "symbol": "€", "language": "Finnish",
        "cities": [("Helsinki", 4, "+358 9 {d3} {d4}"), ("Tampere", 1, "+358 3 {d3} {d4}")],
        "mobile": "+358 40 {d3} {d4}",
        "cultures": {"finnish": 75, "nordic": 6, "russian": 4, "indian": 4, "chinese": 2,
                     "vietnamese": 2, "ukrainian": 2, "italian": 2, "spanish": 1, "british": 2},
    },
    "United States": {
        "weight": 12, "symbol": "$", "language": "English",
        "cities": [
            ("New York", 5, "+1 212 555 01{d2}"), ("San Francisco", 3, "+1 415 555 01{d2}"),
            ("Austin", 2, "+1 512 555 01{d2}"), ("Boston", 2, "+1 617 555 01{d2}"),
            ("Seattle", 2, "+1 206 555 01{d2}"), ("Chicago", 2, "+1 312 555 01{d2}"),
            ("Denver", 1, "+1 303 555 01{d2}"),
        ],
        "mobile": None,
        "cultures": {
            "american": 42, "hispanic": 14, "indian": 9, "chinese": 5, "cantonese": 3,
            "korean": 4, "vietnamese": 3, "filipino": 3, "nigerian": 3, "ethiopian": 2,
            "iranian": 2, "british": 2, "irish": 2, "italian": 2, "russian": 2, "ghanaian": 1,
            "japanese": 1, "arabic": 2, "polish": 1, "brazilian": 1,
        },
    },
    "Canada": {
        "weight": 5, "symbol": "$", "language": "English",
        "cities": [("Toronto", 5, "+1 416 555 01{d2}"), ("Vancouver", 3, "+1 604 555 01{d2}"),
                   ("Montreal", 3, "+1 514 555 01{d2}")],
        "mobile": None,
        "cultures": {
            "american": 30, "quebecois": 12, "british": 5, "indian": 10, "pakistani": 3,
            "chinese": 7, "cantonese": 5, "filipino": 4, "korean": 3, "iranian": 3,
            "vietnamese": 2, "arabic": 3, "nigerian": 2, "ukrainian": 3, "italian": 2,
            "portuguese": 2, "hispanic": 2,
        },
    },
}

# Universities by country of residence (the default when someone studied where they live).
UNIVERSITIES: dict[str, list[str]] = {
    "United Kingdom": [
        "University of Manchester", "University of Edinburgh", "King's College London",
        "University of Bristol", "University of Leeds", "University of Warwick",
        "University College London", "University of Glasgow", "Newcastle University",
        "University of Sheffield", "Loughborough University", "University of Nottingham",
    ],
    "Ireland": ["Trinity College Dublin", "University College Dublin", "University College Cork",
                "University of Galway"],
    "Germany": ["Technical University of Munich", "Karlsruhe Institute of Technology",
                "Humboldt University of Berlin", "RWTH Aachen University", "TU Berlin",
                "University of Hamburg", "University of Cologne", "LMU Munich"],
    "Netherlands": ["Delft University of Technology", "University of Amsterdam",
                    "Eindhoven University of Technology", "Utrecht University",
                    "Erasmus University Rotterdam", "Vrije Universiteit Amsterdam"],
    "France": ["Université Paris-Saclay", "INSA Lyon", "Sciences Po", "EPITA",
               "ESSEC Business School", "Sorbonne Université", "Nantes Université"],
    "Spain": ["Universidad Politécnica de Madrid", "Universitat Politècnica de Catalunya",
              "Universidad Complutense de Madrid", "Universitat de València",
              "Universitat Pompeu Fabra"],
    "Portugal": ["University of Porto", "Instituto Superior Técnico", "NOVA University Lisbon",
                 "University of Coimbra", "University of Minho"],
    "Poland": ["Warsaw University of Technology", "AGH University of Krakow",
               "Wrocław University of Science and Technology", "University of Warsaw",
               "Jagiellonian University", "Gdańsk University of Technology"],
    "Sweden": ["KTH Royal Institute of Technology", "Chalmers University of Technology",
               "Lund University", "Stockholm School of Economics"],
    "Denmark": ["Technical University of Denmark", "Copenhagen Business School",
                "University of Copenhagen", "Aarhus University"],
    "Norway": ["NTNU", "University of Oslo", "BI Norwegian Business School"],
    "Finland": ["Aalto University", "University of Helsinki", "Tampere University"],
    "United States": ["University of Texas at Austin", "University of Michigan",
                      "Georgia Institute of Technology", "UC San Diego", "New York University",
                      "University of Washington", "Boston University", "Rutgers University",
                      "Arizona State University", "University of Illinois Urbana-Champaign"],
    "Canada": ["University of Waterloo", "University of British Columbia", "McGill University",
               "University of Toronto", "Concordia University", "Université de Montréal"],
}

# How people came into the pool, per family group. "Greenhouse import" is the old ATS.
SOURCES: dict[str, dict[str, int]] = {
    "eng": {"LinkedIn": 28, "Careers page": 22, "Referral": 14, "Greenhouse import": 16,
            "Meetup": 5, "Agency (Harrow & Finch)": 4, "Otta": 5, "Hacker News": 2,
            "Conference": 4},
    "data": {"LinkedIn": 30, "Careers page": 22, "Referral": 14, "Greenhouse import": 16,
             "Meetup": 6, "Otta": 5, "Conference": 4, "Agency (Harrow & Finch)": 3},
    "product": {"LinkedIn": 34, "Careers page": 24, "Referral": 16, "Greenhouse import": 16,
                "Meetup": 4, "Otta": 4, "Conference": 2},
    "gtm": {"LinkedIn": 36, "Careers page": 20, "Referral": 14, "Greenhouse import": 14,
            "Agency (Harrow & Finch)": 8, "Indeed": 5, "Conference": 3},
    "ops": {"LinkedIn": 34, "Careers page": 24, "Referral": 12, "Greenhouse import": 16,
            "Agency (Harrow & Finch)": 8, "Indeed": 6},
}

# Meetups and conferences people were met at; "{year}" is filled from the date.
EVENTS = {
    "eng": ["PyCon UK", "Berlin Python meetup", "KubeCon EU", "London Go meetup",
            "Lisbon JS meetup", "Amsterdam Rust meetup"],
    "data": ["PyData Amsterdam", "dbt Coalesce", "Berlin Buzzwords", "PyData London"],
    "product": ["Mind the Product", "ProductTank Lisbon", "UX London", "Config watch party"],
    "gtm": ["SaaStr Europa", "Web Summit", "Pavilion London", "B2B Marketing Expo"],
    "ops": ["CIPD Festival of Work", "People Ops Berlin", "SaaS Finance Forum"],
}

# Free-form tags recruiters add by hand, with rough frequencies.
EXTRA_TAGS = [
    ("visa-sponsorship-needed", 3), ("open-to-contract", 3), ("returner", 2),
    ("hiring-manager-favourite", 2), ("strong-writer", 2), ("german-speaker", 2),
    ("relocation-ok", 3), ("part-time-only", 1), ("intern-alumni", 1),
]

# Fictional employers: name and a short description for résumés.
COMPANIES: list[tuple[str, str]] = [
    ("Kitewire", "fleet telematics scale-up, ~250 people"),
    ("Hearthbank", "challenger bank for freelancers"),
    ("Parcelly", "last-mile delivery marketplace"),
    ("Brightloop", "subscription billing SaaS, Series B"),
    ("Vantor Freight", "digital freight forwarder"),
    ("Cobblestone Labs", "product studio building apps for retailers"),
    ("Mosslight", "energy-tariff comparison platform"),
    ("Pelican Ledger", "accounting software for accountants"),
    ("Harbour & Pine", "online furniture retailer"),
    ("Quillstone Health", "digital clinic for physiotherapy"),
    ("Orbitfield", "satellite-data analytics for insurers"),
    ("Grainline", "B2B marketplace for bakeries and cafés"),
    ("Tidewater Analytics", "retail analytics consultancy"),
    ("Lumio Learning", "language-learning app, 3M users"),
    ("Ferncastle Insurance", "insurtech for small landlords"),
    ("Northgate Payroll", "payroll platform for SMEs"),
    ("Bramblebee", "grocery delivery start-up"),
    ("Copperkettle", "restaurant booking and POS software"),
    ("Silverpath Travel", "corporate travel management"),
    ("Waymark Logistics", "warehouse-robotics integrator"),
    ("Oakridge Mutual", "mid-sized building society"),
    ("Finch & Fable", "children's publishing and e-books"),
    ("Helio Grid", "home battery and solar installer"),
    ("Nimbus Row", "cloud cost-management SaaS"),
    ("Stackhaven", "developer-tools start-up"),
    ("Marlowe Retail Group", "high-street fashion retailer"),
    ("Quayside Media", "regional news publisher"),
    ("Redkite Security", "identity-verification API"),
    ("Juniper Ledger", "expense-management SaaS"),
    ("Halden Systems", "ERP vendor for manufacturers"),
    ("Blue Heron Games", "mobile games studio"),
    ("Ploughshare", "agritech marketplace"),
    ("Cinder Studio", "digital design agency"),
    ("Atlas & Anchor", "shipping and customs software"),
    ("Greenmere Energy", "renewable-energy supplier"),
    ("Velvet Fox", "direct-to-consumer cosmetics brand"),
    ("Rookwise", "HR and performance-review SaaS"),
    ("Tessellate AI", "document-AI start-up"),
    ("Lanternfly", "event-ticketing platform"),
    ("Saltmarsh Bank", "regional retail bank"),
    ("Pinewood Health", "NHS-partnered health-records supplier"),
    ("Driftwood Homes", "property-management platform"),
    ("Meridian Telecom", "mobile network operator"),
    ("Larkspur", "online-pharmacy start-up"),
    ("Fieldnote", "research-ops SaaS"),
    ("Hollowbrook Consulting", "IT consultancy, 1,200 people"),
    ("Sparrowhawk Mobility", "e-scooter and bike-share operator"),
    ("Ironbark Capital", "asset manager"),
    ("Wildflower Foods", "plant-based food brand"),
    ("Corvid Labs", "B2B data-enrichment API"),
    ("Amberline", "online-marketplace for used cars"),
    ("Thistledown", "wedding-planning marketplace"),
    ("Kestrel Pay", "payment-orchestration start-up"),
    ("Riverstone Legal", "legal-tech SaaS"),
    ("Seabright Travel", "online travel agency"),
    ("Glasshouse Analytics", "marketing-analytics agency"),
    ("Bellwether Insurance", "commercial insurer"),
    ("Openfield Schools", "education-technology company"),
    ("Cartwheel Commerce", "e-commerce platform for SMEs"),
    ("Starling Ridge", "hotel-management software"),
    ("Moorland Water", "water utility"),
    ("Hexa Robotics", "industrial automation"),
    ("Parsnip", "recipe-box subscription"),
    ("Nightjar Security", "managed security services"),
    ("Clearbrook Accounting", "accounting practice, 300 people"),
    ("Goldcrest Health", "health-insurance provider"),
]

# Reasons someone asked not to be contacted; "{date}" is the ISO date of the request.
DNC_REASONS = [
    "Asked not to be contacted again (email, {date})",
    "Asked not to be contacted again (LinkedIn, {date})",
    "Unsubscribed from talent updates and asked for no further outreach ({date})",
    "Requested no further contact after the last process; complaint noted ({date})",
    "Now at a client company — no-approach agreement with them ({date})",
    "Withdrew consent to recruitment contact by phone call ({date})",
]
DNC_CONDUCT_REASON = "Conduct concern at interview — do not re-engage (hiring manager, {date})"

# Headline shapes; the family supplies {focus}.
HEADLINES = [
    "{title} · {s1}, {s2}, {s3}",
    "{title} at {company}",
    "{title} | {focus}",
    "{focus} · {title} at {company}",
    "{title} — {years}+ years in {focus}",
    "{title} at {company} · ex-{prev_company}",
    "{title} · {focus} · {s1}",
]
OPEN_TO_WORK_HEADLINE = "Open to work — {title} · {s1}, {s2}"

# Résumé furniture, varied so the pool does not read like one template.
SUMMARY_HEADINGS = ("Summary", "Profile", "About", "Professional summary")
EXPERIENCE_HEADINGS = ("Experience", "Work experience", "Employment history", "Career")
EDUCATION_HEADINGS = ("Education", "Education & training")
SKILLS_LABELS = ("Skills", "Core skills", "Tools & skills", "Technical skills")
BULLETS = ("• ", "- ", "* ")
PRESENT_WORDS = ("present", "Present", "now")
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                "Dec")
LANGUAGE_LEVELS = ("conversational", "B2", "intermediate", "good working knowledge",
                   "learning (A2)")
ALT_EDUCATION = {
    "eng": ["Le Wagon web development bootcamp", "Makers Academy software bootcamp",
            "Self-taught; CS50 and open-source contributions"],
    "design": ["Career Foundry UX design programme", "General Assembly UX Design Immersive"],
}

# Optional context line under a role in a résumé; {boss} comes from the family.
ROLE_CONTEXT = [
    "Team of {team}, reporting to the {boss}.",
    "Reporting to the {boss}; part of a {team}-person team.",
    "Joined at about {size} people; the company is now around {size2}.",
    "One of the first {team} hires in the team.",
]
BOSSES = {
    "backend": ["CTO", "VP Engineering", "Head of Engineering"],
    "frontend": ["CTO", "VP Engineering", "Head of Engineering"],
    "mobile": ["Head of Mobile", "VP Engineering", "CTO"],
    "platform": ["Head of Platform", "CTO", "VP Engineering"],
    "data_eng": ["Head of Data", "CTO"],
    "analytics": ["Head of Data", "CFO", "Head of Product"],
    "ml": ["Head of Data Science", "CTO"],
    "design": ["Head of Design", "CPO"],
    "product": ["CPO", "VP Product", "CEO"],
    "sales": ["VP Sales", "CRO", "Head of Sales"],
    "customer_success": ["Head of Customer Success", "COO", "CRO"],
    "marketing": ["CMO", "Head of Marketing", "VP Marketing"],
    "finance": ["CFO", "Finance Director"],
    "people": ["Chief People Officer", "COO", "CEO"],
}

# Extra résumé lines some people add at the end; "{event}"/"{focus}" come from their family.
RESUME_EXTRAS = {
    "Volunteering": [
        "Mentor with Code First Girls", "Volunteer treasurer for a local food bank",
        "Trustee of a community sports club", "Mentor on the Coding Black Females programme",
        "Volunteer teacher at ReDI School of Digital Integration",
        "Runs free CV clinics for career changers", "School governor, finance committee",
    ],
    "Talks": [
        "Spoke at {event} on {focus}", "Lightning talk at {event}: lessons from {focus}",
        "Panel guest at {event} on hiring and growing teams",
    ],
    "Interests": [
        "Trail running, sourdough and too many board games", "Climbing and film photography",
        "Sings in a community choir", "Restoring an old road bike",
        "Five-a-side football and cooking for friends", "Learning Japanese; amateur astronomy",
        "Chess, cycling and long walks with a very large dog", "Open-water swimming",
    ],
}

# Skills that are ordinary words, written in lower case inside a sentence ("strong in brand
# and PR"); multi-word practices such as "System design" are detected by pool.py itself.
GENERIC_SKILL_WORDS = {
    "Brand", "Campaigns", "Events", "Attribution", "Copywriting", "Budgeting", "Payments",
    "Onboarding", "Renewals", "Treasury", "Forecasting", "Upselling", "Webinars", "Sourcing",
    "Coaching", "Compliance", "Pricing", "Roadmapping", "Experimentation", "Statistics",
    "Growth", "Delivery", "Negotiation", "Positioning", "Messaging", "Prototyping",
    "Illustration", "Reconciliations", "Audit", "Mediation", "Segmentation", "Networking",
    "Microservices", "Mentoring", "Accessibility", "Benchmarking", "Payroll", "Fintech",
    "Marketplaces", "Playbooks",
}
