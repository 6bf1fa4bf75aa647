"""What the employer is called: its kind, size and stage (``COMPANY``: startup, scale-up, large
company, agency, public sector, union shop...) - canonical value -> the phrasings people use (data
only; written as in ``reading.terms``). Its sector and the mission it works for are in
``reading.terms_sector``.
"""

# What a workplace is called when its size or stage is said of it: "a big established operator", "an
# established carrier", "a small local forwarder", "a big newsroom", "a global 3PL".
_ORG = (
    r"(?:companies|company|firms?|organi[sz]ations?|orgs?|employers?|corporations?|operators?|carriers?|"
    r"airlines?|players?|outfits?|businesses|business|networks?|newsrooms?|publishers?|forwarders?|"
    r"3pls?|multinationals?|studios?|manufacturers?|brands?)"
)
# A workplace named by its sector: the size word is read alone, so the sector is read as well ("only
# big pharma": a large company, and pharma).
_SECTOR_ORG = r"(?:banks?|insurers?|pharma(?:ceuticals?)?|biotechs?)\b"
# A word between the size and the workplace that says where, whose or what it is: "a small local
# firm", "a big logistics operator" (not an article: "established a firm" is something done).
_ORG_KIND = (
    r"(?:family[- ](?:run|owned) |(?!(?:a|an|the|my|his|her|their|our|your|its) )[a-z&-]+ )?"
)

# The workplace a union word is said of: "a union shop", "CBA sites", "non-union jobs".
_UNION_PLACE = (
    r"(?:shops?|plants?|sites?|jobs?|workplaces?|employers?|houses?|roles?|compan(?:y|ies)|yards?|"
    r"mills?|facilit(?:y|ies)|environments?|positions?|work|gigs?|places?|hospitals?|crews?|"
    r"projects?|operations?|mines?|warehouses?|depots?)"
)

# The agency or firm someone came to us through, not one they want or refuse: "through an agency",
# "via the agency", "placed by a staffing agency".
_NOT_HOW_MET = "".join(
    f"(?<!{how} {art} )" for how in ("through", "via", "by") for art in ("a", "an", "the")
)

COMPANY = {
    "startup": (
        r"start[- ]?ups?",
        r"early[- ]stage(?: companies| company| startups?)?",
        r"seed[- ]stage",
        # a round named as the stage: "pre-seed or seed only", "seed or Series A"
        r"pre[- ]?seed(?! (?:money|funding|round|capital))",
        r"(?<=or )seed\b(?! (?:money|funding|round|capital))",
        r"seed(?= (?:or|and) (?:pre[- ]?seed|series a)\b)",
        r"series a",
        # a venture said to be new and founded from nothing: "part of a new airline from day one",
        # "get in on the ground floor"
        r"(?:a |the )?new (?:[a-z-]+ )?(?:airlines?|carriers?|compan(?:y|ies)|business(?:es)?|ventures?|operators?|"
        r"brands?)(?= (?:from (?:day one|day 1|scratch|the (?:start|ground up|beginning))|launching|starting up))",
        r"(?<=on the )ground floor",
    ),
    "scaleup": (r"scale[- ]?ups?", r"growth[- ]stage", r"series [bcd]", r"pre[- ]?ipo"),
    # funded by venture capital: "no VC money", "VC-backed only"
    "vc_backed": (
        r"vc[- ]?(?:backed|funded|funding|money|cash|investors?)",
        r"venture[- ](?:backed|funded|capital|money)",
    ),
    # owned by private equity: "no PE-backed businesses again", "a PE-owned roll-up"
    "pe_backed": (
        r"(?:pe|private[- ]equity)[- ](?:backed|owned|funded|money|houses?|firms?|portfolio)",
        r"owned by (?:a )?(?:pe|private[- ]equity)(?: (?:house|firm|fund))?",
    ),
    "enterprise": (
        r"enterprises?",
        # "an established carrier", "a big established operator" ("has established a firm" is no size)
        r"(?<!has )(?<!have )(?<!had )established " + _ORG_KIND + _ORG,
        # "a boring, mature, profitable company": settled and earning, the opposite of a startup
        r"(?:mature|profitable|boring)(?:,? (?:and )?(?:mature|profitable|boring|stable|steady|"
        r"established))*,? " + _ORG_KIND + _ORG,
        r"corporates?",
        # "hated the big corporate hospital": the size, with the workplace it is said of
        r"(?:big |large )?corporate (?:hospitals?|hospital (?:chains?|groups?)|chains?|retailers?)",
        r"big corp(?:orate)?s?",
        r"corporate (?:world|life|environments?|companies)",
        # a listing among a market's largest: "a FTSE 100 name", "Fortune Global 500", "S&P 500"
        r"(?:ftse|footsie) ?(?:100|250)",
        r"fortune (?:global )?(?:500|100)",
        r"s ?& ?p ?500",
        r"asx ?(?:50|100|200)",
        r"euro ?stoxx ?50",
        # listed on a market: "public companies only", "a publicly traded firm" (not "public sector")
        r"(?:publicly[- ](?:listed|traded)|public(?:ly)?[- ]listed|(?:nyse|nasdaq|asx|lse|tsx)[- ]listed|"
        r"public|listed) (?:companies|company|corporations?|firms?)",
    ),
    "small": (
        r"small(?:er)? (?:companies|company|firms?|businesses|business|teams?|outfits?|shops?|places?|orgs?|"
        r"organi[sz]ations?|setups?)",
        # "a small local forwarder", "a smaller independent carrier", "a small indie studio"
        r"small(?:er)?,? " + _ORG_KIND + _ORG,
        r"small(?:er)? (?:indies?|independents?)",
        # a small subcontractor: "a small sub where he knows the owner", "small subs only"
        r"small(?:er)? (?:subs?|subcontractors?)\b",
        r"small(?:er)?(?=,? " + _ORG_KIND + _SECTOR_ORG + ")",
        # the workplace by its size: "a small nursing home", "a smaller clinic"
        # ("a small, friendly practice", "a small GP surgery": a word of its kind or feel between)
        r"small(?:er)?,? (?:(?:private|local|family[- ]run|independent|community|rural|critical access|friendly|"
        r"quiet|close[- ]knit|tight[- ]knit|gp|dental|vet|veterinary) )?(?:nursing homes?|care homes?|"
        r"homes?|clinics?|hospitals?|practices?|surger(?:y|ies)|pharmac(?:y|ies)|stores?|schools?|hotels?|"
        r"restaurants?)",
        r"(?:somewhere|something|a place|an? (?:org|organi[sz]ation|company|firm)) smaller",
        # run by a family or its owner: "a small family shop", "family-owned only", "no more
        # mom-and-pop outfits" (not a family in a role's perks: "family health cover")
        r"(?:small(?:er)? )?family[- ]?(?:owned|run|operated)(?: (?:shops?|businesses|business|firms?|"
        r"companies|company|outfits?|contractors?))?",
        r"(?:small(?:er)? )?family (?:shops?|businesses|business|firms?|outfits?|contractors?|companies|company)",
        r"mom[- ](?:and|&|n)[- ]pops?(?: (?:shops?|outfits?|companies|businesses|places|stores))?",
        r"mom ?& ?pops?",
        r"owner[- ](?:operated|run) (?:shops?|businesses|business|firms?|companies|company|outfits?)",
        # "a tiny team"; a headcount cap: "under 20 people" ("fewer than" would read as a refusal)
        r"(?:tiny|little|micro) (?:companies|company|firms?|teams?|outfits?|shops?|startups?|orgs?)",
        # a charity by its size: "a small grassroots charity", "a little local NGO"
        # (the size word only: the charity itself is read as nonprofit beside it)
        r"(?:small(?:er)?|tiny|little)(?= (?:local |grassroots |community |independent )?(?:charit(?:y|ies)|"
        r"non-?profits?|ngos?)\b)",
        r"grassroots(?= (?:charit(?:y|ies)|non-?profits?|ngos?|organi[sz]ations?)\b)",
        r"(?:(?<=under )|(?<=below )|(?<=max )|(?<=up to ))(?:[1-9]|[1-9]\d) (?:people|employees|staff|"
        r"person(?: company| team)?)",
        # a cap said otherwise ("fewer than 100 employees", "<50 people") or a small headcount
        # before the kind ("a 20-person startup", "30-strong firms")
        r"(?:(?<=fewer than )|(?<=less than )|(?<=<)|(?<=< )|(?<=no more than )|(?<=not more than ))"
        r"(?:[1-9]|[1-9]\d|1\d\d|200) (?:people|employees|staff|headcount|person(?: company| team)?)",
        r"(?:[2-9]|[1-9]\d)[- ](?:person|people|strong|employee) (?:companies|company|firms?|teams?|"
        r"outfits?|shops?|startups?|start-ups?|businesses|business|orgs?|organi[sz]ations?|agenc(?:y|ies))",
    ),
    "large": (
        # games' word for a big-budget studio: "wants AAA scale", "only AAA studios", "a AAA
        # publisher" ("AAA" alone is left to the topics: a battery, a credit rating)
        r"(?:aaa|triple[- ]a) (?:scale|studios?|games?|developers?|publishers?|teams?|titles?|budgets?|"
        r"production|companies|company)",
        # a headcount in thousands before the kind: "10,000-person companies", "a 5k-strong bank"
        r"(?:\d{1,3},\d{3}|\d{4,6}|\d{1,3}k)\+?[- ](?:person|people|strong|employee) (?:companies|company|"
        r"firms?|orgs?|organi[sz]ations?|corporates?|corporations?|businesses|business|employers?|banks?)",
        r"(?:large|larger|big|bigger|huge)(?:,? (?:stable|established|well[- ]known|global|"
        r"international|household[- ]name))? (?:companies|company|firms?|organi[sz]ations?|orgs?|employers?|"
        r"outfits?)",
        # "another big FMCG employer", "a big corporate hospital", "a large hospital chain"
        r"(?:large|larger|big|bigger|huge) (?:[a-z&]+ )?(?:companies|company|firms?|employers?|"
        r"organi[sz]ations?|brands?)",
        r"(?:large|larger|big|bigger|huge) (?:corporate |private |multi-?specialty |teaching |academic )?"
        # a health service's own: "a big trust", "a large NHS trust", "a big health board"
        r"(?:hospitals?|hospital (?:chains?|groups?)|chains?|retailers?|groups?|(?:health )?systems|"
        r"(?:nhs |acute |hospital )?trusts?(?! funds?\b)|health boards?|"
        r"medical cent(?:er|re)s?|academic medical cent(?:er|re)s?)",
        r"big tech",
        # a defence prime or a tier-one contractor: "primes only", "the tier-ones", "a big prime
        # like Lockheed" (not "a prime location", "Amazon Prime", "tier 1 support")
        r"(?<!amazon )(?<!\bto )(?<!\bto two )(?<!\bto the )primes\b",
        r"prime contractors?",
        r"(?:a |the )(?:big |large |major |defen[cs]e )?prime(?= (?:contractor|or|and|like|such as)\b|\W*$)",
        r"tier[- ]?(?:ones|1s)\b",
        r"tier[- ]?(?:one|1) (?:primes?|contractors?|defen[cs]e (?:companies|firms|contractors))",
        # "a big, established newsroom", "a proper big operator", "a global 3PL", "big pharma only"
        r"(?:large|larger|big|bigger|huge)(?:,? (?:stable|established|well[- ]known|global|international|"
        r"household[- ]name|proper|boring|public|listed))?,? " + _ORG_KIND + _ORG,
        r"(?:large|larger|big|bigger|huge)(?=,? " + _ORG_KIND + _SECTOR_ORG + ")",
        r"global (?:3pls?|networks?|carriers?|airlines?|operators?|forwarders?|players?|banks?|insurers?|"
        r"firms?|companies|company|brands?|groups?|logistics (?:companies|company|firms?|providers?))",
        r"multinationals?",
        r"mncs?",
        # "a national charity next", "one of the big household-name charities"
        r"(?:large|larger|big|bigger|huge|national|household[- ]name|major)(?= (?:\w+ )?(?:charit(?:y|ies)|"
        r"non-?profits?|ngos?)\b)",
        r"faang(?:[- ](?:sized?|scale|style|level))?",
    ),
    "agency": (
        # not the agency that brought someone to us: "met her through an agency", "placed via a
        # staffing agency" (what it is, before its own word, is read from where it starts)
        _NOT_HOW_MET
        + r"(?:recruitment |recruiting |digital |creative |marketing |dev |development |staffing )agenc(?:y|ies)",
        _NOT_HOW_MET + r"(?<!recruitment )(?<!recruiting )(?<!staffing )agenc(?:y|ies)",
        r"agency (?:side|work|life|world)",
    ),
    "consultancy": (
        r"consultanc(?:y|ies)",
        r"consulting(?: firms?| work)?",
        r"big (?:four|4)",
        r"outsourc(?:ing|ers?)",
        # work done for a client by an outsourcer: "no more BPO", "won't go back to an RPO"
        r"(?:bpo|rpo|kpo)s?(?: (?:side|world|industry|accounts?|firms?|compan(?:y|ies)))?",
        r"outsourced (?:roles?|work|jobs?|cent(?:re|er)s?|teams?)",
        # India's IT services firms, working for clients: "no service companies", "service-based
        # only", "out of the service majors" (not "customer service companies")
        r"(?<!customer )(?:it )?services?[- ](?:based )?(?:compan(?:y|ies)|firms?|majors?|giants?|orgs?|"
        r"organi[sz]ations?|industry|side)",
        r"service[- ]based",
    ),
    # the employer's own team, not a supplier's: "wants in-house", "client-side only", "captive
    # centres", "brand side", "sponsor-side" (the counterpart of agency, consultancy, outsourcer)
    "in_house": (
        # (not who gets in touch: "only want to hear from in-house teams", "calls by in-house TA")
        r"(?<!from )(?<!by )in[- ]?house(?: roles?| jobs?| teams?| side| work| positions?)?",
        r"(?:client|brand|sponsor|company)[- ]side",
        r"captives?(?: cent(?:re|er)s?| units?| operations| ops| gccs?| gics?)?",
    ),
    # a private employer wanted or refused as such: "private sector only" ("private sector clients"
    # are a consultancy's customers, not its kind)
    "private_sector": (
        r"private[- ]sector(?! (?:clients?|customers?|partners?|partnerships?|experience|background)\b)",
    ),
    "public_sector": (
        r"public sector",
        r"government(?: work| roles?| departments?)?",
        r"civil service",
        r"local authorit(?:y|ies)",
        r"councils?",
        # the NHS as an employer: "NHS for life", "wants out of the NHS"
        r"(?:the )?nhs(?: trusts?| jobs?| roles?| posts?| bands?)?",
        # state-owned employers: "a national oil company", "done with GLCs", "no more SOEs"
        r"government[- ]linked(?: co(?:mpan(?:y|ies))?s?| entit(?:y|ies)| firms?| corporates?)?",
        r"glcs?",
        r"state[- ]owned(?: enterprises?| compan(?:y|ies)| firms?| oil compan(?:y|ies))?",
        # "a publicly owned railway", "a public operator", "back in public ownership"
        # ("a publicly owned company" is also a listed one: only what a state runs is read)
        r"publicly[- ]owned (?:(?:\w+ ){0,2})?(?:railways?|rail (?:operators?|companies|company)|operators?|"
        r"utilit(?:y|ies)|airlines?|ports?|bus (?:companies|company|operators?)|broadcasters?|water)",
        r"public (?:operators?|ownership)",
        r"soes?",
        r"national oil compan(?:y|ies)",
        r"nocs?(?= (?:like|such as|e\.g\.)| only)",
        r"semi[- ]government(?:al)?(?: entit(?:y|ies)| compan(?:y|ies))?",
    ),
    # A workplace by its union: "wants a union shop", "CBA sites only", "won't go non-union"
    # (the union as someone's history, "was union rep", "union member 20 years", is no workplace)
    "union": (
        r"union(?:i[sz]ed)?[- ]" + _UNION_PLACE,
        r"unioni[sz]ed",
        # "union only", "staying union", "going union" (a card carried; not "union rep", "union dues")
        r"union(?= only\b)",
        r"(?:(?<=staying )|(?<=stay )|(?<=stays )|(?<=going )|(?<=go ))union(?![- ](?:rep|steward|dues|card|hall|meeting))\b",
        r"union[- ]represented",
        r"(?:cba|eba)[- ]" + _UNION_PLACE,
        r"(?:cba|eba)(?= only| sites?)",
        r"(?:(?<=under )|(?<=covered by )|(?<=with ))(?:an? |the )?(?:cba|eba|collective (?:bargaining )?"
        r"agreements?|enterprise (?:bargaining )?agreements?)",
    ),
    "non_union": (
        r"non[- ]?union(?:i[sz]ed)?(?:[- ]" + _UNION_PLACE + ")?",
        r"non[- ](?:cba|eba)(?:[- ]" + _UNION_PLACE + ")?",
        r"union[- ]free(?:[- ]" + _UNION_PLACE + ")?",
        # North American trades: an "open shop" or "merit shop" is a non-union contractor
        r"(?:open|merit)[- ]shops?(?:[- ](?:jobs?|work|contractors?|sites?|crews?|projects?|gigs?))?",
    ),
    "nonprofit": (
        r"non[- ]?profits?",
        r"not[- ]for[- ]profits?",
        r"charit(?:y|ies)",
        r"ngos?",
        r"third sector",
    ),
}
