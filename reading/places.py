"""Places a person may name as where they want to work (data only).

Lower-case name -> the name as a recruiter writes it. Cities, regions and countries that show up
in a UK/EU/US talent pool; a capitalised word that is not here is not read as a place, because
"Python", "March" or "Monzo" would be.
"""

import re
from functools import lru_cache

from reading import regions

# Cities first: a district of one ("South Jakarta", "Dublin 4") is that city (``city_key``).
_CITY_NAMES = """
London, Manchester, Leeds, Birmingham, Bristol, Edinburgh, Glasgow, Cardiff, Belfast, Liverpool,
Newcastle, Sheffield, Nottingham, Leicester, Cambridge, Oxford, Brighton, Reading, Bath, York,
Southampton, Portsmouth, Exeter, Plymouth, Norwich, Aberdeen, Dundee, Swansea, Coventry, Milton Keynes,
Guildford, Cheltenham, Derby, Hull, Bournemouth, Stoke, Sunderland, Preston, Lancaster, Durham,
Harrogate, Chester, Warrington, Salford, Stockport, Bradford, Huddersfield, Wakefield, Ipswich,
Colchester, Canterbury, Maidstone, Slough, Watford, St Albans, Luton, Northampton, Peterborough,
Lincoln, Worcester, Gloucester, Swindon, Basingstoke, Woking, Crawley, Croydon, Stevenage,
Dublin, Cork, Galway, Limerick,
Inverness, Dunfermline, Carlisle, Chelmsford, Chichester, Doncaster, Hereford, Lichfield,
Salisbury, Truro, Winchester, Wolverhampton, Wrexham, Newport, Bangor, Lisburn, Newry, Armagh,
Derry, Londonderry,
Lisbon, Porto, Madrid, Barcelona, Valencia, Seville, Malaga, Paris, Lyon, Marseille, Toulouse, Nice,
Berlin, Munich, Hamburg, Frankfurt, Cologne, Stuttgart, Dusseldorf, Leipzig, Amsterdam, Rotterdam,
Utrecht, The Hague, Eindhoven, Brussels, Antwerp, Ghent, Luxembourg, Zurich, Geneva, Basel, Bern,
Lausanne, Vienna, Prague, Budapest, Warsaw, Krakow, Wroclaw, Bucharest, Sofia, Athens, Rome, Milan,
Turin, Florence, Naples, Split, Bologna, Copenhagen, Aarhus, Stockholm, Gothenburg, Malmo, Oslo, Bergen,
Helsinki, Tallinn, Riga, Vilnius, Reykjavik, Zagreb, Ljubljana, Belgrade, Istanbul, Tel Aviv,
Dubai, Abu Dhabi, Doha, Riyadh, Cairo, Lagos, Nairobi, Cape Town, Johannesburg,
Durban, Pretoria, Port Elizabeth, Gqeberha, Bloemfontein, Abuja, Ibadan, Port Harcourt, Accra,
Kumasi, Kigali, Kampala, Dar es Salaam, Addis Ababa, Casablanca, Rabat, Tunis, Dakar, Abidjan,
Harare, Lusaka, Windhoek, Gaborone, Maputo, Luanda, Kinshasa,
New York, Boston, San Francisco, Seattle, Austin, Chicago, Los Angeles, Denver, Atlanta, Miami,
Washington, Portland, San Diego, Philadelphia, Dallas, Houston, Phoenix, Pittsburgh, Minneapolis,
Raleigh, Toronto, Vancouver, Montreal, Ottawa, Calgary, Mexico City, Sao Paulo, Buenos Aires,
Bogota, Santiago, Lima, Singapore, Hong Kong, Tokyo, Seoul, Shanghai, Beijing, Bangalore, Bengaluru,
Mumbai, Delhi, Hyderabad, Pune, Chennai, Sydney, Melbourne, Brisbane, Perth, Auckland, Wellington,
Jakarta, Surabaya, Bandung, Manila, Kuala Lumpur, Bangkok, Ho Chi Minh City, Groningen, Leiden,
Delft, Haarlem, Nijmegen, Maastricht, Arnhem,
Zwolle, Breda, Tilburg, 's-Hertogenbosch, Almere, Amersfoort, Dordrecht, Apeldoorn, Enschede,
Deventer, Leeuwarden, Alkmaar, Hilversum, Helmond, Veldhoven, Zaandam, Hasselt, Leuven,
Mechelen, Bruges, Kortrijk, Ostend,
Redmond, Bellevue, Menlo Park, Palo Alto, Mountain View, Sunnyvale, San Jose, Oakland, Haifa,
Jerusalem, Herzliya, Noida, Gurugram, Gurgaon, Kolkata, Ahmedabad, Quebec City,
San Antonio, Fort Worth, El Paso, Columbus, Cleveland, Cincinnati, Dayton, Toledo, Akron,
Las Vegas, Henderson, Orlando, Tampa, Jacksonville, Fort Lauderdale, St Petersburg, Tallahassee,
Tucson, Scottsdale, Tempe, Charlotte, Greensboro, Nashville, Memphis, Knoxville, Louisville,
Indianapolis, Detroit, Milwaukee, Baltimore, St Louis, Kansas City, New Orleans, Baton Rouge,
Sacramento, Fresno, Salt Lake City, Albuquerque, Oklahoma City, Tulsa, Omaha, Des Moines,
Honolulu, Anchorage, Boise, Spokane, Tacoma, Richmond, Charleston, Greenville, Savannah, Plano,
Jersey City, Hoboken, Newark, Hartford, Stamford, Providence, Colorado Springs, Huntsville, Reston,
Herndon, Bentonville, Fayetteville, Irvine, Wilmington, Ann Arbor, Boulder, Virginia Beach, Dearborn,
Chattanooga, Albany,
Bordeaux, Nantes, Lille, Strasbourg, Graz, Salzburg, Innsbruck, Linz, Braga, Coimbra, Bilbao, Zaragoza,
Gdansk, Gdynia, Sopot, Poznan, Lodz, Katowice, Gliwice, Lublin, Szczecin, Bydgoszcz, Rzeszow,
Bialystok, Torun, Kielce, Opole, Olsztyn, Czestochowa, Radom, Bielsko-Biala, Kutno, Zgierz,
Brno, Ostrava, Plzen, Olomouc, Liberec, Pardubice, Hradec Kralove, Ceske Budejovice, Opava,
Bratislava, Kosice, Zilina, Cluj-Napoca, Timisoara, Iasi, Brasov, Constanta, Craiova, Sibiu,
Oradea, Kyiv, Lviv, Kharkiv, Odesa, Dnipro, Zaporizhzhia, Vinnytsia, Ivano-Frankivsk, Ternopil,
Uzhhorod, Chernivtsi, Debrecen, Szeged, Dresden, Magdeburg, Erfurt, Rostock, Chemnitz, Gorlitz,
Hanover, Bremen, Nuremberg, Dortmund, Mannheim, Karlsruhe, Augsburg, Wiesbaden, Mainz, Bonn,
Adelaide, Canberra, Darwin, Hobart, Townsville, Cairns, Gold Coast, Sunshine Coast, Geelong,
Wollongong, Toowoomba, Launceston, Ballarat, Bendigo, Parramatta, Penrith, Fremantle, Alice Springs,
Edmonton, Winnipeg, Saskatoon, Mississauga
"""
_NAMES = (
    _CITY_NAMES
    + """,
Bay Area, Silicon Valley, Greater London, Home Counties, South East, South West, North West,
North East, East Midlands, West Midlands, Midlands, Yorkshire, West Yorkshire, Lancashire, Kent,
Surrey, Essex, Sussex, Hampshire, Berkshire, Oxfordshire, Cambridgeshire, Cornwall, Devon, Somerset,
Cumbria, Scottish Highlands, Thames Valley, East Anglia, Northern Ireland, Highlands, Catalonia,
Andalusia, Bavaria, Tuscany, Algarve, Brittany, Provence, Flanders, Scandinavia, Nordics, Benelux,
Europe, EMEA, Asia, APAC, North America, Latin America, Middle East, Africa, Oceania,
UK, United Kingdom, Britain, Great Britain, England, Scotland, Wales, Ireland, Portugal, Spain,
France, Germany, Netherlands, Holland, Belgium, Switzerland, Austria, Italy, Greece, Poland,
Czechia, Czech Republic, Hungary, Romania, Bulgaria, Croatia, Slovenia, Serbia, Denmark, Sweden,
Norway, Finland, Iceland, Estonia, Latvia, Lithuania, Cyprus, Malta, Turkey, Israel, UAE, Qatar,
Saudi Arabia, Egypt, Nigeria, Kenya, South Africa, Ghana, Rwanda, Uganda, Tanzania, Ethiopia,
Morocco, Tunisia, Senegal, Zimbabwe, Zambia, Namibia, Botswana, Mozambique, USA, US, United States, America, Canada, Mexico,
Brazil, Argentina, Colombia, Chile, Peru, India, China, Japan, Korea, South Korea, Australia,
New Zealand, Thailand, Vietnam, Indonesia, Malaysia, Philippines, EU,
Gauteng, Western Cape, Eastern Cape, KwaZulu-Natal, Maharashtra, Karnataka, Tamil Nadu, Telangana,
Kerala, Gujarat, Ontario, Quebec, British Columbia, Alberta, Manitoba, Saskatchewan, Nova Scotia,
Northland, Waikato, Bay of Plenty, Taranaki, Manawatu, Hawke's Bay, Wairarapa, Marlborough, Otago,
Central Otago, Southland, Christchurch, Dunedin, Tauranga, Invercargill, Palmerston North,
New Plymouth, Whangarei, Rotorua, Timaru,
Nakuru, Mombasa, Kisumu, Eldoret, Naivasha, Thika, Kiambu,
Campinas, Curitiba, Porto Alegre, Belo Horizonte, Rio de Janeiro, Minas Gerais, Parana,
Michigan, Iowa, Nebraska, Wisconsin, Minnesota, Ohio, Illinois, Kansas, Missouri, Midwest,
Munster, Leinster, Connacht,
Mallorca, Menorca, Ibiza, Formentera, Tenerife, Gran Canaria, Lanzarote, Fuerteventura,
Balearic Islands, Canary Islands
"""
)

# Written differently than listed, or an abbreviation.
_ALIASES = {
    "nyc": "New York",
    "new york city": "New York",
    "sf": "San Francisco",
    "ldn": "London",
    "mcr": "Manchester",
    "sg": "Singapore",
    "kl": "Kuala Lumpur",
    "hk": "Hong Kong",
    "the netherlands": "Netherlands",
    "the uk": "UK",
    "the us": "US",
    "the usa": "USA",
    "the states": "US",
    "the bay area": "Bay Area",
    # half a state, not all of it: "SoCal only" is missed by a Palo Alto office
    "socal": "Southern California",
    "so cal": "Southern California",
    "norcal": "Northern California",
    "nor cal": "Northern California",
    "southern california": "Southern California",
    "northern california": "Northern California",
    "the midlands": "Midlands",
    "the north": "North of England",
    "north of england": "North of England",
    "the south east": "South East",
    "the south west": "South West",
    "the north west": "North West",
    "the north east": "North East",
    "munchen": "Munich",
    "zürich": "Zurich",
    "düsseldorf": "Dusseldorf",
    # Central and Eastern Europe's cities as their people write them, accents and all
    "kraków": "Krakow",
    "wrocław": "Wroclaw",
    "gdańsk": "Gdansk",
    "poznań": "Poznan",
    "łódź": "Lodz",
    "toruń": "Torun",
    "rzeszów": "Rzeszow",
    "białystok": "Bialystok",
    "częstochowa": "Czestochowa",
    "bielsko-biała": "Bielsko-Biala",
    "plzeň": "Plzen",
    "pilsen": "Plzen",
    "hradec králové": "Hradec Kralove",
    "české budějovice": "Ceske Budejovice",
    "praha": "Prague",
    "košice": "Kosice",
    "žilina": "Zilina",
    "cluj": "Cluj-Napoca",
    "timișoara": "Timisoara",
    "timişoara": "Timisoara",
    "iași": "Iasi",
    "iaşi": "Iasi",
    "brașov": "Brasov",
    "braşov": "Brasov",
    "constanța": "Constanta",
    "constanţa": "Constanta",
    "bucurești": "Bucharest",
    "kiev": "Kyiv",
    "lvov": "Lviv",
    "lwów": "Lviv",
    "odessa": "Odesa",
    "київ": "Kyiv",
    "львів": "Lviv",
    "харків": "Kharkiv",
    "одеса": "Odesa",
    "дніпро": "Dnipro",
    "görlitz": "Gorlitz",
    "hannover": "Hanover",
    "nürnberg": "Nuremberg",
    "warszawa": "Warsaw",
    # the Low Countries' cities in Dutch, French or short, as their people write them
    "den bosch": "'s-Hertogenbosch",
    "den haag": "The Hague",
    "antwerpen": "Antwerp",
    "gent": "Ghent",
    "brugge": "Bruges",
    "oostende": "Ostend",
    "brussel": "Brussels",
    "malmö": "Malmo",
    "são paulo": "Sao Paulo",
    "kzn": "KwaZulu-Natal",
    "the waikato": "Waikato",
    "the naki": "Taranaki",
    "hawkes bay": "Hawke's Bay",
    "the bay of plenty": "Bay of Plenty",
    "paraná": "Parana",
    "the midwest": "Midwest",
    "québec": "Quebec",
    "joburg": "Johannesburg",
    "jozi": "Johannesburg",
    "ksa": "Saudi Arabia",
    # Spain's islands as resort staff write them
    "majorca": "Mallorca",
    "eivissa": "Ibiza",
    "the balearics": "Balearic Islands",
    "balearics": "Balearic Islands",
    "baleares": "Balearic Islands",
    "the canaries": "Canary Islands",
    "canarias": "Canary Islands",
    # US cities as people shorten them
    "cincy": "Cincinnati",
    "vegas": "Las Vegas",
    "philly": "Philadelphia",
    "nola": "New Orleans",
    "st. louis": "St Louis",
    "saint louis": "St Louis",
    "st. petersburg": "St Petersburg",
    "st. pete": "St Petersburg",
    "st pete": "St Petersburg",
}

PLACES: dict[str, str] = {n.strip().lower(): n.strip() for n in _NAMES.split(",") if n.strip()}
PLACES.update(_ALIASES)
# US states, Canadian provinces, Australian states: "wants to move to Texas", "won't leave Ohio".
for _low, _name in {**regions.NAMES, **regions.ALIASES}.items():
    PLACES.setdefault(_low, _name)

# Written in lower case these are ordinary words; only read them when the person capitalised them.
CASE_SENSITIVE = {
    "reading",
    "bath",
    "nice",
    "us",
    "perth",
    "wellington",
    "lincoln",
    "derby",
    "hull",
    "split",
    "turkey",
    "eu",  # Portuguese "I" ("se for de dia eu olho"): the Union is written EU
    "sg",
    "kl",
    "hk",
    *regions.CASE_SENSITIVE,
}

# Ordinary words that are also places ("Nice bloke", "Reading between the lines", "Split the
# call", "Bath time"): at the start of a sentence, where a capital says nothing, read as a place
# only with a place around it - "in", "near", "based", "move to", "relocate to", "live in" before,
# "-based" or "area" after, or another place beside it ("Nice or Lyon").
ORDINARY_WORDS = {"reading", "bath", "nice", "split", "cork", "turkey", "hull", "derby", "stoke"}
# First names that are also places ("spoke to Sofia"): capitalised anywhere, so they always need
# a place around them.
# Columbus has its day, and Henderson is a surname as often as a town.
FIRST_NAMES = {
    "sofia",
    "florence",
    "lincoln",
    "wellington",
    "orlando",
    "charlotte",
    "henderson",
    "columbus",
    "savannah",
    "richmond",
    *regions.FIRST_NAMES,
}

CITIES = {n.strip().lower() for n in _CITY_NAMES.split(",") if n.strip()}

# The cities of a region, so that "not leaving Gauteng" is met by a Johannesburg office and missed
# by one in Cape Town (lower case, as ``city_key`` gives them).
REGION_CITIES = {
    "gauteng": "johannesburg pretoria sandton midrand centurion soweto",
    "western cape": "cape town stellenbosch paarl",
    "kwazulu-natal": "durban pietermaritzburg umhlanga",
    "eastern cape": "port elizabeth gqeberha east london",
    "maharashtra": "mumbai pune nagpur thane nashik",
    "karnataka": "bengaluru bangalore mysuru mysore mangaluru",
    "tamil nadu": "chennai coimbatore madurai",
    # Delhi and the towns around it, one labour market: "no Delhi" is missed by a Gurugram office
    "ncr": "delhi new delhi gurugram noida greater noida faridabad ghaziabad",
    "delhi ncr": "delhi new delhi gurugram noida greater noida faridabad ghaziabad",
    "delhi": "delhi new delhi gurugram noida greater noida faridabad ghaziabad",
    "north india": "delhi new delhi gurugram noida faridabad ghaziabad chandigarh mohali lucknow "
    "jaipur dehradun",
    "telangana": "hyderabad",
    "kerala": "kochi trivandrum thiruvananthapuram",
    "gujarat": "ahmedabad surat vadodara",
    "ontario": "toronto ottawa waterloo hamilton mississauga",
    "quebec": "montreal montréal quebec city",
    "british columbia": "vancouver victoria",
    "alberta": "calgary edmonton",
    # New Zealand's regions: "won't leave the Waikato" is missed by a Southland farm
    "waikato": "hamilton cambridge te awamutu morrinsville matamata huntly",
    "taranaki": "new plymouth stratford hawera",
    "canterbury": "christchurch ashburton timaru rangiora",
    "southland": "invercargill gore winton",
    "otago": "dunedin queenstown oamaru",
    # the Gulf: "no KSA" is missed by a Riyadh office
    "saudi arabia": "riyadh jeddah dammam khobar al khobar dhahran neom alula tabuk jubail yanbu",
    "uae": "dubai abu dhabi sharjah ajman al ain ras al khaimah fujairah",
    "qatar": "doha lusail al wakrah",
    "bay area": "san francisco oakland san jose palo alto",
    "southern california": "los angeles san diego irvine long beach santa monica pasadena anaheim "
    "burbank culver city santa barbara riverside orange county",
    "northern california": "san francisco oakland san jose palo alto sacramento berkeley mountain "
    "view sunnyvale menlo park santa clara redwood city san mateo",
    "yorkshire": "leeds sheffield york bradford huddersfield wakefield hull harrogate",
    "catalonia": "barcelona",
    # Spain's islands: "only Tenerife" is missed by a Palma hotel, met by one in Adeje
    "mallorca": "palma de mallorca palma magaluf alcudia alcúdia calvia calvià palmanova soller manacor inca",
    "menorca": "mahon mahón mao maó ciutadella",
    "ibiza": "ibiza eivissa sant antoni san antonio santa eulalia",
    "balearic islands": "palma de mallorca palma magaluf alcudia alcúdia calvia calvià palmanova soller "
    "manacor inca mahon mahón ciutadella ibiza eivissa sant antoni san antonio santa eulalia",
    "tenerife": "santa cruz de tenerife adeje arona los cristianos la laguna puerto de la cruz",
    "gran canaria": "las palmas maspalomas",
    "lanzarote": "arrecife puerto del carmen",
    "fuerteventura": "puerto del rosario corralejo",
    "canary islands": "santa cruz de tenerife adeje arona los cristianos la laguna puerto de la cruz "
    "las palmas maspalomas arrecife puerto del carmen puerto del rosario corralejo",
    "bavaria": "munich",
}
_REGION_CITIES = {
    region: frozenset(
        m.group()
        for m in re.finditer(
            r"cape town|port elizabeth|east london|quebec city|san "
            r"francisco|san jose|palo alto|te awamutu|new plymouth|los angeles|san diego|long beach|"
            r"santa monica|culver city|santa barbara|orange county|mountain view|menlo park|"
            r"santa clara|redwood city|san mateo|palma de mallorca|santa cruz de tenerife|los cristianos|"
            r"la laguna|puerto de la cruz|las palmas|puerto del carmen|puerto del rosario|sant antoni|"
            r"san antonio|santa eulalia|[\w-]+",
            cities,
        )
    )
    for region, cities in REGION_CITIES.items()
}
for _region, _cities in regions.CITIES.items():
    _REGION_CITIES[_region] = _REGION_CITIES.get(_region, frozenset()) | _cities


def within(city: str | None, region: str | None, location: str | None = None) -> bool:
    """Whether ``city`` lies in ``region`` ("Johannesburg" in "Gauteng"), or the role's
    ``location`` names the state after its city ("Austin, TX" in "Texas")."""
    if not (city and region):
        return False
    key = city_key(region)
    if city_key(city) in _REGION_CITIES.get(key, ()):
        return True
    # the country named after the city: "Pune, India" is in India
    after = {city_key(part) for part in (location or "").split(",")[1:]}
    return bool(location) and (key in regions.states_of(location) or key in after)


# A part of a city named with the city: "Greater Manchester", "Central London", "Downtown
# Toronto", "South Jakarta" / "Jakarta Selatan", "Mumbai suburbs", "Dublin 4", "London EC2".
DISTRICT_BEFORE = (
    r"(?:greater|central|downtown|uptown|midtown|inner|outer|metro|north|south|east|west|"
    r"north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west|northern|southern|eastern|western)"
)
_BEFORE = re.compile(rf"^{DISTRICT_BEFORE}\s+")
_AFTER = re.compile(
    r"\s+(?:selatan|utara|barat|timur|pusat|suburbs?|outskirts|metro(?:politan)?(?: area| region)?|"
    r"area|region|city cent(?:re|er)|cent(?:re|er)|downtown|cbd|district|d?\d{1,2}[a-z]?|"
    r"[a-z]{1,2}\d{1,2}[a-z]?)$"
)
# An Australian state after its town, as job boards write it: "Perth WA", "Mackay QLD" - the town.
_AU_STATE = re.compile(r"(?<=[a-z])\s+(?:nsw|vic|qld|wa|sa|tas|act|nt)(?:\s+australia)?$")
# Places of their own that look like a district of another: Toronto's North York is not York.
_NOT_DISTRICTS = {"north york", "east york"}


# A search compares the same few places for each of the sixty people it shortlists.
@lru_cache(maxsize=4096)
def city_key(name: str | None) -> str:
    """The lower-case city a place names, a district of a known city reduced to the city
    ("Jakarta Selatan", "Greater Manchester", "Dublin 4" -> "jakarta", "manchester", "dublin");
    any other place as written, in lower case. Only a known city is reduced to: "South Africa"
    and "North America" stay whole, and so does a word that names no place."""
    low = " ".join((name or "").casefold().replace(",", " ").split())
    low = _AU_STATE.sub("", low)
    if low in _NOT_DISTRICTS:
        return low
    for pattern in (_BEFORE, _AFTER):
        rest = pattern.sub("", low)
        if rest != low and rest in CITIES:
            return _renamed(PLACES[rest].casefold())
    both = _AFTER.sub("", _BEFORE.sub("", low))
    if both != low and both in CITIES:
        return _renamed(PLACES[both].casefold())
    return _renamed(PLACES[low].casefold() if low in PLACES else low)


# A city under its old name and its new one is one city: "Bangalore" is Bengaluru, "Gurgaon"
# Gurugram (notes keep the old names, roles the new; the reading keeps the name as said).
_RENAMED = {
    "bangalore": "bengaluru",
    "gurgaon": "gurugram",
    "bombay": "mumbai",
    "madras": "chennai",
    "calcutta": "kolkata",
    "trivandrum": "thiruvananthapuram",
    "mysore": "mysuru",
    "mangalore": "mangaluru",
    "cochin": "kochi",
    "poona": "pune",
    "baroda": "vadodara",
    "vizag": "visakhapatnam",
    "pondicherry": "puducherry",
    "allahabad": "prayagraj",
    "saigon": "ho chi minh city",
    "peking": "beijing",
}


def _renamed(key: str) -> str:
    return _RENAMED.get(key, key)
