"""What the employer's work is: its sector (``INDUSTRY``: fintech, defence, gambling, oil and
gas...) and the mission it works for (``MISSION``: climate, health, education...) - canonical value
-> the phrasings people use (data only; written as in ``reading.terms``). Wanted and refused alike:
"never gambling" and "keen on climate" use the same tables.
"""

INDUSTRY = {
    "fintech": (
        r"fin[- ]?tech",
        r"payments(?: companies| company| industry)?",
        r"financial technology",
    ),
    "retail": (
        r"retail(?:ers?|ing)?",
        r"high[- ]street (?:shops?|stores?|chains?|fashion|brands?|retail(?:ers?)?)",
        r"(?:grocery|supermarket|fashion|clothing|furniture|diy|homeware|convenience|department[- ]store) "
        r"(?:chains?|groups?|brands?)",
        r"supermarkets?",
        r"grocers?",
        # fashion named as a business: "no fast fashion", "a fast-fashion brand", "a luxury house"
        r"(?:fast[- ])?fashion(?: brands?| houses?| labels?| retailers?| industry| sector)?",
        r"luxury (?:fashion )?(?:houses?|brands?|labels?|retailers?|goods)",
        r"department stores?",
        r"\d[\d,]*[- ]stores?",
        r"chains? of (?:\d[\d,]* |\w+ )?(?:stores|shops)",
    ),
    "healthcare": (
        r"health[- ]?care",
        r"nhs",
        r"hospitals?",
        r"hospital (?:groups?|trusts?|chains?)",
        r"clinics?",
        r"care homes?",
        r"nursing homes?",
        # a pharmacy (a chemist's) is care; the drug makers are pharma
        r"pharmac(?:y|ies)",
        r"chemists?",
        r"drugstores?",
        r"gp (?:practices?|surgeries|surgery)",
        r"dental (?:practices?|groups?|chains?|clinics?)",
    ),
    # end-of-life care, wanted or refused in its own right ("wants hospice", "won't do hospice")
    "hospice": (
        r"hospices?(?! nurses| staff| team| workers)",
        r"palliative(?: care)?",
        r"end[- ]of[- ]life care",
    ),
    "gambling": (
        r"gambling",
        r"betting",
        r"i[- ]?gaming",
        r"casinos?",
        r"bookmakers?",
        r"bookies",
        r"sports?books?",
        # (not a visa's draw: "not picked in the H-1B lottery", "the green card lottery")
        r"(?<!h-1b )(?<!h1b )(?<!visa )(?<!green card )(?<!dv )lotter(?:y|ies)",
        # stakes in money on a game: India's "real-money gaming", daily fantasy sports
        r"real[- ]money (?:gaming|games?|fantasy(?: sports)?|skill games?|rummy|poker)",
        r"(?:daily )?fantasy sports(?: platforms?| apps?| betting)?",
    ),
    "defence": (
        r"defen[cs]e(?: industry| sector| companies| contractors?)?",
        r"military",
        r"weapons",
        r"arms",
        r"missiles?",
        r"munitions?",
        r"armaments?",
        # civilian arms: "the firearms industry", "a gun maker", "ammunition" ("nail gun",
        # "hired gun", "glue gun" are no employer: a gun only as a maker, a shop or a trade)
        r"firearms?(?: industry| sector| companies| manufacturers?| makers?)?",
        r"ammunition|ammo(?= (?:industry|sector|companies|manufacturers?|makers?|plants?|factor(?:y|ies))\b)",
        r"guns?(?= (?:makers?|manufacturers?|companies|industry|shops?|stores?|retailers?)\b)|gunmakers?",
    ),
    "adtech": (
        r"ad[- ]?tech",
        r"advertising(?: tech(?:nology)?)?",
        r"ad[- ]?serving",
        # what an ad-tech company builds: "our programmatic ad exchange", "a demand-side platform"
        r"(?:programmatic )?ad (?:exchanges?|networks?)",
        r"programmatic(?: advertising| ads?| media)?",
        r"(?:demand|supply)[- ]side platforms?",
        r"marketing tech",
    ),
    "crypto": (
        r"crypto(?:currency|currencies)?",
        # the regulators' word: "a crypto-asset exchange", "cryptoasset custody"; a coin by name
        r"crypto[- ]?assets?",
        r"bitcoin",
        r"stablecoins?",
        r"web ?3",
        r"blockchain",
        r"nfts?",
        r"defi",
    ),
    "ecommerce": (
        r"e[- ]?commerce",
        r"e-?com(?! \w)",
        r"online retail(?:ers?)?",
        r"online (?:(?:fashion|clothing|grocery|furniture) )?(?:shops?|stores?|retailers?|marketplaces?|"
        r"brands?)",
        r"web ?shops?",
        r"e-?tail(?:ers?|ing)?",
    ),
    "gaming": (
        r"gaming(?: industry| studios?| companies)?",
        r"games?(?: industry| studios?| dev(?:elopment)?)",
        r"video games",
    ),
    "insurance": (r"insurance", r"insur[- ]?tech", r"insurers?", r"reinsur(?:ance|ers?)"),
    "banking": (
        r"banking",
        r"banks?",
        r"investment banks?",
        r"financial services",
        r"finance",
        r"challenger banks?",
        r"neo-?banks?",
        r"(?:mortgage |consumer |payday )?lenders?",
        r"building societ(?:y|ies)",
        r"credit unions?",
    ),
    # lending apps and online lenders: a sector of its own to collectors, apart from banks
    "lending": (
        r"(?:online |digital |instant |mobile )?(?:(?:personal|quick|small|cash|payday)[- ])?(?:lending|loans?) apps?",
        r"app loans?",
        r"online lend(?:ers?|ing)",
        r"digital lend(?:ers?|ing)",
        r"micro-?lend(?:ers?|ing)",
        r"payday loans?",
    ),
    "education": (r"education(?:al)? (?:sector|industry)",),
    # fossil fuels, coal among them
    "oil and gas": (
        r"oil (?:and|&) gas",
        r"o ?& ?g(?! (?:team|department|function))",
        r"oil companies",
        # a state's own producer: "a national oil company", "the oil company's gas plant"
        r"(?<=national )oil company",
        r"(?:gas|oil) processing plants?",
        # the trade by its parts: "an oil sands operator", "the oil patch", "a refinery"
        r"oil ?sands",
        r"oil ?(?:patch|field|fields|rigs?)",
        r"petroleum(?! jelly)",
        r"refiner(?:y|ies)",
        r"(?:upstream|midstream|downstream) (?:oil|gas|energy|operators?|producers?|companies)",
        # a producer named by its fuel, its basin between: "an upstream North Sea oil producer",
        # "a gas explorer" (the trade word after it makes it the company: ``reading.role_industry``)
        r"(?:(?:upstream|midstream|downstream) )?(?:north sea |permian |gulf |offshore |onshore )?"
        r"(?:oil|gas)(?= (?:producers?|explorers?|majors?)\b)",
        r"offshore (?:oil|drilling|rigs?|platforms?)",
        r"lng (?:terminals?|plants?|projects?|operators?)",
        r"fossil fuels?",
        r"petrochemicals?",
        # ("thermal coal" refused leaves coal for steel: one kind, not the trade)
        r"(?<!thermal )(?<!steaming )coal(?: mining| mines?| power| companies| industry)?",
    ),
    "mining": (
        r"(?<!data )(?<!text )(?<!crypto )(?<!bitcoin )(?<!process )mining(?: tech| industry| "
        r"companies| sector)?",
        r"iron[- ]ore",
        r"miners?",
    ),
    "alcohol": (
        r"alcohol(?:ic drinks?| industry| companies| brands?)?",
        r"brewer(?:y|ies|s)",
        r"craft beers?(?: scene)?",
        r"beer (?:companies|brands?|industry)",
        r"distiller(?:y|ies)",
        r"spirits (?:brands?|companies)",
        # a drink named for the brand: "a tequila brand", "whisky clients", "drinks brands" (not
        # soft or energy drinks)
        r"(?:tequila|mezcal|whisk(?:e)?y|bourbon|vodka|gin|rum|cognac|champagne|prosecco|wine|beer|cider|"
        r"liquor|(?<!soft )(?<!energy )(?<!sports )drinks?) (?:brands?|companies|makers?|labels?|accounts?|"
        r"clients?|producers?|houses?)",
        r"winer(?:y|ies)",
    ),
    # detention for profit or for the state: "immigration detention centers", "private prisons"
    "detention": (
        r"(?:immigration )?detention (?:centers?|centres?|facilit(?:y|ies)|contractors?|operators?|camps?)",
        r"(?:private|for-profit|for profit) prisons?",
        r"(?:private )?prison (?:operators?|companies|contractors?)",
    ),
    "tobacco": (r"tobacco", r"vaping", r"cigarettes?"),
    "fmcg": (r"fmcg", r"consumer (?:packaged )?goods", r"cpg"),
    "media": (r"media(?: companies| industry)?", r"publishing", r"news(?:papers?)?"),
    "telecoms": (r"tele(?:coms?|communications)",),
    "energy": (r"energy(?![- ]transition)(?: sector| industry| companies)?", r"utilit(?:y|ies)"),
    "automotive": (r"automotive", r"car (?:industry|companies|makers?)"),
    "logistics": (r"logistics", r"supply chain", r"shipping"),
    "pharma": (r"pharma(?:ceuticals?)?", r"biotech", r"life sciences"),
    "saas": (r"saas", r"b2b software"),
    "cybersecurity": (
        r"cyber(?:[- ]?security)?",
        r"infosec",
        r"security (?:industry|companies|sector)",
    ),
    "travel": (r"travel (?:industry|companies|sector|tech)", r"hospitality"),
    "manufacturing": (r"manufacturing", r"factories"),
    "real estate": (r"real estate", r"prop[- ]?tech", r"property"),
    "legal": (r"legal ?tech", r"law firms?"),
    "government": (r"gov ?tech",),
    "agriculture": (r"agri(?:culture|tech)", r"farming"),
}

MISSION = {
    "climate": (
        r"climate(?: tech| change| action| impact| mission)?",
        r"clean ?tech",
        r"sustainab(?:ility|le)",
        r"renewables?(?: energy)?",
        r"net zero",
        # "decarbonising the grid", "work that decarbonises heavy industry"
        r"decarboni[sz](?:ation|es?|ing)",
        # Germany's energy transition, said by its own name in English notes too
        r"(?:die )?energiewende",
        r"green energy",
        r"(?:the )?energy[- ]transition",
        r"low[- ]carbon",
        r"carbon (?:removal|capture|accounting|reduction|emissions)",
        # "wind-farm", "solar-farm": hyphenated as often as not
        r"(?:solar|wind)[- ](?:power|energy|farms?)",
        r"clean energy",
        r"heat pumps?",
        r"ev charging",
        r"the planet",
        r"environment(?:al)?(?: impact| mission)?",
    ),
    "health": (
        r"health(?: mission| impact| outcomes)?",
        r"health[- ]?tech",
        r"med[- ]?tech",
        r"digital health",
        r"patients?",
        r"mental health",
        r"wellbeing",
        r"saving lives",
    ),
    "education": (r"education(?: mission)?", r"ed[- ]?tech", r"students?", r"kids learn"),
    "social impact": (
        r"social (?:impact|good|mission|justice|enterprise)",
        r"(?:positive|real|meaningful|social|measurable) impact",
        r"do(?:ing)? good",
        r"make a difference",
        r"making a difference",
        r"mission[- ]driven",
        r"purpose[- ]driven",
        r"meaningful work",
        r"something (?:meaningful|that matters|with purpose)",
        r"tech for good",
    ),
    # a cause named by who it serves: "give something back to the veterans' community",
    # "a homelessness charity" (not "a veteran of the RAF", "veterans welcome to apply")
    "veterans": (
        r"veterans?(?:'|’)?s?(?:'|’)? (?:community|communities|welfare|charit(?:y|ies)|causes?|mental health|"
        r"wellbeing|support|housing|sector)",
        r"(?:supporting|helping|support|help|serve|serving) (?:our |fellow |other |ex-?forces )?veterans",
        # (the span leaves "something" out: a generic cause's word)
        r"(?:(?<=give back to )|(?<=giving back to )|(?<=give something back to )|"
        r"(?<=giving something back to ))(?:the )?(?:veterans|(?:armed )?forces)\b",
        r"(?:armed )?forces (?:community|charit(?:y|ies)|welfare)",
    ),
    "homelessness": (
        r"homeless(?:ness)?(?: charit(?:y|ies)| sector| services| support| people| shelters?)?",
        r"rough sleep(?:ers|ing)",
    ),
    "open source": (r"open[- ]?source",),
    "accessibility": (r"accessibility", r"a11y"),
    "privacy": (r"privacy",),
}
