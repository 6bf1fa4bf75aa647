"""States and provinces a person may name as where they would (or would not) live (data only).

US states, Canadian provinces and territories and Australian states, each with the postal
abbreviations a role's location is written with ("Houston, TX", "Halifax, NS", "Perth WA") and the
cities a recruiter's office is most often in, so that "won't leave Ohio" is met by an office in
Columbus and "wants to move to Texas" by one in "Austin, TX".
"""

import re

# name: (abbreviations, cities) - lower case. Cities are the larger ones; a role's location that
# names the state or its abbreviation after a comma is read without them (``states_of``).
_STATES = {
    # United States
    "alabama": ("al", "birmingham, montgomery, huntsville, mobile, tuscaloosa"),
    "alaska": ("ak", "anchorage, fairbanks, juneau"),
    "arizona": ("az", "phoenix, tucson, mesa, scottsdale, tempe, chandler, flagstaff"),
    "arkansas": ("ar", "little rock, fayetteville, bentonville, fort smith"),
    "california": (
        "ca",
        "los angeles, san francisco, san diego, san jose, sacramento, oakland, fresno, long beach, "
        "irvine, palo alto, mountain view, sunnyvale, menlo park, santa clara, bakersfield",
    ),
    "colorado": ("co", "denver, boulder, colorado springs, aurora, fort collins"),
    "connecticut": ("ct", "hartford, new haven, stamford, bridgeport"),
    "delaware": ("de", "wilmington, dover, newark"),
    "florida": (
        "fl",
        "miami, orlando, tampa, jacksonville, tallahassee, fort lauderdale, st petersburg",
    ),
    "georgia": ("ga", "atlanta, savannah, augusta, athens, macon"),
    "hawaii": ("hi", "honolulu, hilo"),
    "idaho": ("id", "boise, idaho falls, pocatello"),
    "illinois": ("il", "chicago, springfield, naperville, peoria, rockford"),
    "indiana": ("in", "indianapolis, fort wayne, bloomington, south bend, evansville"),
    "iowa": ("ia", "des moines, cedar rapids, iowa city, davenport"),
    "kansas": ("ks", "wichita, topeka, overland park, lawrence"),
    "kentucky": ("ky", "louisville, lexington, bowling green"),
    "louisiana": ("la", "new orleans, baton rouge, shreveport, lafayette"),
    "maine": ("me", "portland, bangor, augusta"),
    "maryland": ("md", "baltimore, annapolis, bethesda, rockville"),
    "massachusetts": ("ma", "boston, cambridge, worcester, springfield, lowell"),
    "michigan": ("mi", "detroit, grand rapids, ann arbor, lansing, kalamazoo"),
    "minnesota": ("mn", "minneapolis, st paul, rochester, duluth"),
    "mississippi": ("ms", "jackson, gulfport, hattiesburg"),
    "missouri": ("mo", "kansas city, st louis, springfield, columbia"),
    "montana": ("mt", "billings, missoula, bozeman, helena"),
    "nebraska": ("ne", "omaha, lincoln"),
    "nevada": ("nv", "las vegas, reno, henderson, carson city"),
    "new hampshire": ("nh", "manchester, nashua, concord"),
    "new jersey": ("nj", "newark, jersey city, princeton, trenton, hoboken"),
    "new mexico": ("nm", "albuquerque, santa fe, las cruces"),
    "new york state": ("ny", "new york, albany, buffalo, rochester, syracuse"),
    "north carolina": ("nc", "charlotte, raleigh, durham, greensboro, chapel hill, asheville"),
    "north dakota": ("nd", "fargo, bismarck"),
    "ohio": ("oh", "columbus, cleveland, cincinnati, dayton, toledo, akron"),
    "oklahoma": ("ok", "oklahoma city, tulsa, norman"),
    "oregon": ("or", "portland, eugene, salem, bend"),
    "pennsylvania": ("pa", "philadelphia, pittsburgh, harrisburg, allentown"),
    "rhode island": ("ri", "providence"),
    "south carolina": ("sc", "charleston, columbia, greenville"),
    "south dakota": ("sd", "sioux falls, rapid city"),
    "tennessee": ("tn", "nashville, memphis, knoxville, chattanooga"),
    "texas": ("tx", "houston, dallas, austin, san antonio, fort worth, el paso, plano"),
    "utah": ("ut", "salt lake city, provo, ogden"),
    "vermont": ("vt", "burlington, montpelier"),
    "virginia": ("va", "richmond, virginia beach, norfolk, arlington, alexandria"),
    "washington state": ("wa", "seattle, spokane, tacoma, bellevue, redmond, olympia"),
    "west virginia": ("wv", "charleston, morgantown, huntington"),
    "wisconsin": ("wi", "milwaukee, madison, green bay"),
    "wyoming": ("wy", "cheyenne, casper"),
    "victoria": ("vic", "melbourne, geelong, ballarat, bendigo"),
    # Canada (Ontario, Quebec, British Columbia and Alberta are in ``places.REGION_CITIES``)
    "manitoba": ("mb", "winnipeg, brandon"),
    "saskatchewan": ("sk", "saskatoon, regina"),
    "nova scotia": ("ns", "halifax"),
    "new brunswick": ("nb", "moncton, fredericton, saint john"),
    "newfoundland": ("nl", "st john's"),
    "prince edward island": ("pe pei", "charlottetown"),
    "yukon": ("yt", "whitehorse"),
    "northwest territories": ("nt", "yellowknife"),
    "nunavut": ("nu", "iqaluit"),
    # Australia
    "new south wales": ("nsw", "sydney, newcastle, wollongong"),
    "queensland": ("qld", "brisbane, gold coast, sunshine coast, cairns, townsville, toowoomba"),
    "western australia": ("wa", "perth, fremantle, bunbury"),
    "south australia": ("sa", "adelaide"),
    "tasmania": ("tas", "hobart, launceston"),
    "northern territory": ("nt", "darwin, alice springs"),
    "australian capital territory": ("act", "canberra"),
}

# As a person writes them: the name capitalised as a recruiter would.
NAMES = {name: name.title() for name in _STATES}
NAMES["new york state"] = "New York State"
NAMES["washington state"] = "Washington State"
ALIASES = {
    "washington state": "Washington State",
    "new york state": "New York State",
    "upstate new york": "New York State",
    "nsw": "New South Wales",
    "qld": "Queensland",
    "tassie": "Tasmania",
    "the carolinas": "North Carolina",
}
# Also first names: read as a place only with a place around it ("moving to Georgia").
FIRST_NAMES = {"victoria", "georgia", "virginia", "indiana", "montana"}
# Also ordinary words in lower case: read only when capitalised.
CASE_SENSITIVE = {"maine"}

CITIES: dict[str, frozenset[str]] = {
    name: frozenset(c.strip() for c in cities.split(","))
    for name, (_abbr, cities) in _STATES.items()
}

# "Houston, TX", "Columbus, Ohio, USA", "Perth WA 6000": the state a role's location names.
_ABBREVIATIONS: dict[str, set[str]] = {}
for _name, (_abbr, _cities) in _STATES.items():
    for _a in _abbr.split():
        _ABBREVIATIONS.setdefault(_a, set()).add(_name)
_PART = re.compile(r"[,(]\s*([A-Za-z][A-Za-z .']*?)\s*(?:\d{4,5}(?:-\d{4})?)?\s*(?=[,()]|$)")


def states_of(location: str | None) -> set[str]:
    """The lower-case states a role's location names after its city ("Austin, TX" -> texas)."""
    found: set[str] = set()
    for m in _PART.finditer(location or ""):
        part = m.group(1).strip()
        low = part.casefold()
        if low in _STATES:
            found.add(low)
        elif low + " state" in _STATES:
            found.add(low + " state")  # "Seattle, Washington"
        elif part.isupper() and low in _ABBREVIATIONS:
            found |= _ABBREVIATIONS[low]
    return found
