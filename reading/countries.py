"""Countries, and the cities a place may name instead of one (enough to tell "US customers" from
an office in Pune, or a visa needed "for Ireland" from a role in London)."""

from __future__ import annotations

import re

_COUNTRIES = {
    "us": "us usa u.s. america united states new york san francisco seattle austin chicago boston "
    "dallas denver atlanta miami los angeles new jersey charlotte houston phoenix",
    "uk": "uk u.k. united kingdom britain england scotland wales london manchester leeds "
    "birmingham bristol edinburgh glasgow cardiff belfast",
    "ireland": "ireland dublin cork galway",
    "canada": "canada toronto vancouver montreal ottawa calgary",
    "india": "india pune mumbai bangalore bengaluru delhi hyderabad chennai gurgaon noida",
    "nigeria": "nigeria lagos abuja",
    "south africa": "south africa johannesburg cape town durban sandton",
    "australia": "australia sydney melbourne brisbane perth",
    "new zealand": "new zealand auckland wellington christchurch",
    "germany": "germany berlin munich hamburg frankfurt",
    "france": "france paris lyon",
    "netherlands": "netherlands amsterdam rotterdam",
    "singapore": "singapore",
    "japan": "japan tokyo",
    "uae": "uae dubai abu dhabi sharjah ajman fujairah",
    # the Gulf and its neighbours: a trip from Dubai to Riyadh or Kuwait crosses a border
    "saudi arabia": "saudi arabia ksa saudi riyadh jeddah dammam khobar neom",
    "qatar": "qatar doha",
    "kuwait": "kuwait",
    "bahrain": "bahrain manama",
    "oman": "oman muscat",
    "egypt": "egypt cairo",
    "turkey": "turkey türkiye turkiye istanbul ankara izmir",
    "iraq": "iraq baghdad basra erbil",
    "lebanon": "lebanon beirut",
    "denmark": "denmark copenhagen aarhus",
    "sweden": "sweden stockholm gothenburg malmo malmö",
    "norway": "norway oslo",
    "finland": "finland helsinki",
    "spain": "spain madrid barcelona",
    "portugal": "portugal lisbon porto",
    "poland": "poland warsaw krakow",
    "switzerland": "switzerland zurich geneva basel bern lausanne",
    "austria": "austria vienna",
    "belgium": "belgium brussels",
    "italy": "italy milan rome",
    "kenya": "kenya nairobi",
    "malaysia": "malaysia kuala lumpur",
}


def country_of(text: str) -> set[str]:
    """The countries a text names, by name or by a city in them ("Austin" -> "us")."""
    lower = f" {text.lower()} "
    return {
        country
        for country, names in _COUNTRY_NAMES.items()
        if any(
            f" {name} " in lower or f" {name}," in lower or f"({name}" in lower for name in names
        )
    }


def _names(names: str) -> list[str]:
    words, out = names.split(), []
    # two-word names first ("new york", "united states", "cape town")
    i = 0
    while i < len(words):
        pair = " ".join(words[i : i + 2])
        if pair in _MULTI:
            out.append(pair)
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


_MULTI = {
    "united states",
    "new york",
    "san francisco",
    "los angeles",
    "united kingdom",
    "south africa",
    "cape town",
    "new zealand",
    "new jersey",
    "abu dhabi",
    "kuala lumpur",
    "saudi arabia",
}


_COUNTRY_NAMES = {country: tuple(_names(names)) for country, names in _COUNTRIES.items()}

_BY_NAME = {name: country for country, names in _COUNTRY_NAMES.items() for name in names}
# Every country or city name of the table as one alternation, longest first ("saudi arabia"
# before "saudi"): "won't travel outside the UAE" names a border
COUNTRY_NAMES = "|".join(re.escape(n) for n in sorted(_BY_NAME, key=len, reverse=True) if n != "us")
_NAMED_AFTER = re.compile(
    r"[^.;,\n]{0,20}?\b(?:for|in|to|into|within)\s+(?:the\s+)?(?P<n>"
    + "|".join(re.escape(n) for n in sorted(_BY_NAME, key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)


def named_after(text: str, pos: int = 0) -> str | None:
    """The country a phrase at ``pos`` goes on to name: "(sponsorship) for Ireland", "(a visa) in
    the US" -> "ireland", "us" (the pronoun "us" names none)."""
    m = _NAMED_AFTER.match(text, pos)
    if not m or m["n"].lower() == "us" and m["n"] != "US":
        return None
    return _BY_NAME[m["n"].lower()]


def country_key(name: str) -> str | None:
    """The table's key for a country or city name ("Sydney" -> "australia"), or None."""
    return _BY_NAME.get(name.lower())


_SPELLED = {"us": "the US", "uk": "the UK", "uae": "the UAE", "netherlands": "the Netherlands"}


def country_name(key: str) -> str:
    """A country key as a sentence names it: "us" -> "the US", "new zealand" -> "New Zealand"."""
    return _SPELLED.get(key) or key.title()


# A role placed in a region rather than a country ("Remote (Latin America)"): the countries of the
# table that lie in it, so that trips to Lisbon cross its border and trips to Miami do too.
_EUROPE = frozenset(
    "uk ireland germany france netherlands denmark sweden norway finland spain portugal poland "
    "switzerland austria belgium italy".split()
)
_REGIONS = {
    "latin america": frozenset(),
    "latam": frozenset(),
    "south america": frozenset(),
    "central america": frozenset(),
    "eastern europe": frozenset({"poland"}),
    "cee": frozenset({"poland"}),
    "europe": _EUROPE,
    "africa": frozenset({"nigeria", "south africa", "kenya"}),
    "south-east asia": frozenset({"singapore", "malaysia"}),
    "southeast asia": frozenset({"singapore", "malaysia"}),
}
_REGION = re.compile(r"\b(" + "|".join(re.escape(r) for r in _REGIONS) + r")\b")


def region_of(text: str) -> frozenset[str] | None:
    """The table's countries inside the region a place names ("Remote (Latin America)": none of
    them), or None when it names no region."""
    m = _REGION.search(text.lower())
    return _REGIONS[m.group(1)] if m else None
