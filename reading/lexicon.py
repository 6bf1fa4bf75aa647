"""Shorthand, key words and the cue words that give a clause its direction (data only)."""

from reading.guard_words import GUARD_WORDS, PLACE_GUARD_WORDS
from reading.places import CASE_SENSITIVE, PLACES

# Shorthand recruiters and candidates type -> the plain spelling the rules are written for.
ABBREVIATIONS = {
    "wfh": "work from home",
    # India's "5 days WFO": the office every day, as "WFH" is home
    "wfo": "work from office",
    "tl": "team lead",
    "em": "engineering manager",
    "ems": "engineering managers",
    "ic": "individual contributor",
    "ics": "individual contributors",
    "ft": "full time",
    "pt": "part time",
    "comp": "compensation",
    "tc": "total compensation",
    "k8s": "kubernetes",
    "relo": "relocation",
    "perm": "permanent",
    "4dw": "four day week",
    "ote": "on target earnings",
    "pls": "please",
    "plz": "please",
    "pls.": "please",
    "mgmt": "management",
    "nfds": "non-family duty station",  # the aid world's posting without family
    "mgr": "manager",
    "sr": "senior",
    "snr": "senior",
    "jr": "junior",
    "jnr": "junior",
    "wknds": "weekends",
    "onlu": "only",
    "olny": "only",
    "onyl": "only",
    "ony": "only",
    "rtw": "right to work",
    "otw": "open to work",
    "ot": "overtime",
    "wkends": "weekends",
    "ooh": "out of hours",
    "yr": "year",
    "yrs": "years",
    "mo": "month",
    "mos": "months",
    "mth": "month",
    "mths": "months",
    "wk": "week",
    "trvl": "travel",
    "rej": "rejected",
    "wnats": "wants",
    "wnat": "want",
    "titel": "title",
    "tilte": "title",
    "ds": "data scientist",
    "req": "requirement",
    "reqs": "requirements",
    "trav": "travel",
    "wks": "weeks",
    "hr": "hour",
    "hrs": "hours",
    "mins": "minutes",
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "wont": "won't",
    "shan't": "won't",  # "I shan't leave London": the British "won't"
    "shant": "won't",
    "cant": "can't",
    "isnt": "isn't",
    "wouldnt": "wouldn't",
    "im": "i'm",
    "ive": "i've",
    "postgresql": "postgres",
    "xmas": "christmas",
    "hols": "holidays",
    "rto": "return to office",
    "sms": "sms",
    "msg": "message",
    "msgs": "messages",
    "frm": "from",
    "db": "database",
    "thx": "thanks",
    "u": "you",
    "ur": "your",
    # Irish and northern English speech: "take me off yer list", "a mail from ye"
    "yer": "your",
    "ye": "you",
    "abt": "about",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "dnc": "do not contact",
    "dnt": "don't",
    "agn": "again",
    "curr": "current",
    "b4": "before",
    "thru": "through",
    "tho": "though",
    "pref": "preferred",
    "prefd": "preferred",
    "nfp": "not for profit",
    "dosent": "doesn't",
    "doesnt'": "doesn't",
    "dosen't": "doesn't",
    "havent": "haven't",
    "arent": "aren't",
    "rem": "remote",
    "spons": "sponsorship",
    "eng": "engineer",
    "engg": "engineering",
    "pm": "product manager",
    "pms": "product managers",
    "ecomm": "ecommerce",
    "1d": "1 day",
    "2d": "2 days",
    "3d": "3 days",
    "4d": "4 days",
    "5d": "5 days",
    "prev": "previous",
    "poss": "possible",
    "esp": "especially",
    "flexi": "flexible",
    "ooo": "out of office",
    "unsub": "unsubscribe",
    "mat": "maternity",
    "pat": "paternity",
    "approx": "about",
    "circa": "about",
    "wrt": "about",
    "sept": "september",
    "sep": "september",
    "oct": "october",
    "nov": "november",
    "dec": "december",
    "jan": "january",
    "feb": "february",
    "mar": "march",
    "apr": "april",
    "jun": "june",
    "jul": "july",
    "aug": "august",
    "nxt": "next",
    "swe": "software engineer",
    "swes": "software engineers",
    "qtr": "quarter",
    "qtrs": "quarters",
    "eoy": "end of the year",
    "eom": "end of the month",
    "eoq": "end of the quarter",
    "agan": "again",
    "agian": "again",
    "cuple": "couple",
    "coupla": "couple of",
    "fortnite": "fortnight",
    "wks'": "weeks'",
    "mths'": "months'",
}

# Words the typo corrector may correct towards (five letters or more; shorter ones are too
# close to ordinary words to guess at).
TYPO_TARGETS = frozenset(
    """
    remote remotely hybrid office onsite commute commuting relocate relocating relocation
    relocated sponsorship sponsor sponsored sponsoring permit kubernetes python typescript
    javascript terraform postgres snowflake airflow databricks react kotlin management manager
    managing manage leading leadership individual contributor technical interested interest
    contract contracting contractor permanent freelance freelancing startup startups agency
    agencies consultancy consultancies enterprise corporate public sector nonprofit charity
    fintech retail healthcare gambling defence defense adtech crypto ecommerce gaming insurance
    banking education climate mission impact weekends weekend nights shifts overtime flexible
    part-time minimum maximum salary compensation equity bonus unsubscribe emailing contacting
    messaging message messages calling texting contact remove please again anymore linkedin whatsapp phone email
    january february march april june july august september october november december spring
    summer autumn winter christmas holidays quarter months weeks notice period sabbatical
    parental maternity paternity leave vesting merger closes finished finishes looking
    interested happy would prefer prefers preferably ideally definitely absolutely really
    non-negotiable negotiable essential required requires requirement needs minimum at least
    never refuses refuse avoid hates tired everything
    sponsorship visa citizen passport settled status right-to-work
    travel travelling traveling senior principal junior director executive engineer developer
    engineering scientist architect london manchester edinburgh birmingham bristol glasgow
    lisbon berlin amsterdam barcelona
    """.split()
) | {p for p in PLACES if p.isalpha() and len(p) >= 7 and p not in CASE_SENSITIVE}  # "Brighotn"
# Of those, the places: a place is reached by one slip only ("Brighotn"); two edits away a word
# is as likely another word of another language ("campanhas" is not Campinas).
PLACE_TARGETS = frozenset(TYPO_TARGETS & set(PLACES))

# Ordinary English words close to a target: never "corrected" (generated from a dictionary by
# scripts, kept as data so the reader needs no dictionary at run time).
COMMON_WORDS = (
    GUARD_WORDS
    | PLACE_GUARD_WORDS
    | frozenset(
        """
    remove removed reach reached month weeks lead leads load read reads stuff staff scale shift
    trust must just rest dates later latter sooner longer
    """.split()
    )
)
