"""What past (closed or filled) roles are made of: offices, bands, attendance, phrases.

Past roles are generated in ``pool.py`` from these; the roles open today are hand-written in
``content_open_roles``.
"""

# Offices past and present roles were based in: city, country, currency, salary multiplier.
OFFICES = {
    "London": ("United Kingdom", "GBP", 0.93),
    "Dublin": ("Ireland", "EUR", 1.0),
    "Berlin": ("Germany", "EUR", 0.98),
    "Munich": ("Germany", "EUR", 1.03),
    "Amsterdam": ("Netherlands", "EUR", 1.02),
    "Lisbon": ("Portugal", "EUR", 0.7),
    "Barcelona": ("Spain", "EUR", 0.74),
    "New York": ("United States", "USD", 1.55),
}
# Remote roles: label, currency, multiplier, the offer sentence.
REMOTE_REGIONS = [
    ("Remote (EU time zones)", "EUR", 0.96, "Fully remote within EU time zones"),
    ("Remote (UK)", "GBP", 0.9, "Fully remote within the UK"),
    ("Remote (US & Canada)", "USD", 1.4, "Fully remote within US and Canadian time zones"),
]
OFFICE_WEIGHTS = {
    "London": 6,
    "Berlin": 6,
    "Amsterdam": 4,
    "Munich": 2,
    "Dublin": 2,
    "Lisbon": 3,
    "Barcelona": 2,
    "New York": 2,
}
# Base salary ranges in thousands of EUR before family and office multipliers.
BANDS_K = {
    "junior": (40, 50),
    "mid": (55, 68),
    "senior": (76, 94),
    "staff": (98, 118),
    "lead": (90, 108),
    "manager": (94, 112),
    "director": (125, 150),
}
HYBRID_DAYS = ["2 days a week", "3 days a week", "three days a week", "3 days/week"]
ONSITE_DAYS = ["five days a week", "four days a week"]

PAST_INTROS = [
    "Tallyfold helps small businesses across Europe get paid on time: invoicing, card "
    "payments and cash-flow tools in one place.",
    "Tallyfold builds invoicing and payment tools for 40,000 small businesses and the "
    "accountants who look after them.",
    "At Tallyfold we take the pain out of getting paid for small businesses — from the "
    "first invoice to the money landing in the bank.",
]

# What a lead's team is called in an offer ("Lead a team of 5 engineers").
TEAM_NOUNS = {
    "backend": "engineers",
    "frontend": "engineers",
    "mobile": "engineers",
    "platform": "engineers",
    "data_eng": "data engineers",
    "analytics": "analysts",
    "ml": "ML engineers",
    "design": "designers",
    "product": "product managers",
    "sales": "account executives",
    "customer_success": "CSMs",
    "marketing": "marketers",
    "finance": "analysts",
    "people": "people partners",
}
# Minimum years asked for in a past role's requirements, by seniority.
MIN_YEARS = {
    "junior": 0,
    "mid": 2,
    "senior": 5,
    "staff": 8,
    "lead": 6,
    "manager": 6,
    "director": 10,
}
