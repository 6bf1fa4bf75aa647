"""A role over several sites travels its region.

An area, regional, district or multi-site role ("Area Manager", "lead eleven stores across the
region", "six hotels across Scotland", "cover the North West territory", "oversee our three
parks") is out at its sites most weeks, though it names no share of travel. A single-site role
("run our flagship store") and office days ("in the office four days a week") are no travel, and
a head office's reach ("roll out processes across 180 stores", "we run 40 hotels") is not the
hire's travel.
"""

from __future__ import annotations

import re

from reading.countries import country_of

# The share read for a role over several sites that names none. Its travel is by road within its
# region, mostly day trips, so it is more than the odd trip a "no travel" leaves room for (0.1) -
# a refusal of travel goes against it and a wish for travel is met - but less than the 0.4 of
# "travel required", which may mean nights and flights away: a person's "up to a third" cap is
# still met.
REGIONAL_SHARE = 0.3

_SITES = (
    # (not "outlets" or "units": "seven outlets at a five-star hotel" are one site's)
    r"(?:stores|shops|branches|sites|hotels|parks|restaurants|venues|properties|pubs|bars|"
    r"clinics|practices|depots|warehouses|schools|locations|care homes|homes|nurseries|"
    r"gyms|salons|dealerships|resorts|casinos|centres|centers)"
)
_COUNT = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"several|multiple|a number of|(?:a )?(?:cluster|group|portfolio|handful) of|[2-9]|[1-9]\d)"
)
# Whose sites: the hire's ("lead", "oversee", "cover", "responsible for"), not the company's.
_RUNS = (
    r"(?:lead|leads|leading|run|runs|running|oversee|oversees|overseeing|manage|manages|managing|"
    r"cover|covers|covering|look after|looks after|looking after|visit|visits|visiting|"
    r"responsible for|in charge of|accountable for|(?:manager|director|lead|head) (?:of|for))"
)
_SEVERAL_SITES = re.compile(
    # "lead eleven stores", "oversee our three parks", "covers our three Florida parks"
    rf"\b{_RUNS}\s+(?:(?:our|the|a|your|its)\s+)?{_COUNT}\s+(?:[\w-]+\s+){{0,2}}?{_SITES}\b|"
    # "Nine stores across Kent and Sussex", "six hotels across Scotland"
    rf"(?:^|[\n;•]\s*|\b{_RUNS}\s+(?:(?:our|the|a|your)\s+)?){_COUNT}\s+(?:[\w-]+\s+){{0,2}}?{_SITES}\s+"
    r"(?:across|around|throughout|in)\b|"
    # "cover the North West territory", "a patch of nine stores", "a multi-site role"
    r"\b(?:cover|covers|covering|run|runs|manage|manages)\s+(?:the|a|your|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:territory|patch|region)\b|"
    # the hire's remit, not the company ("a multi-site manufacturer" is one employer's spread)
    r"\bmulti[- ]?(?:site|store|unit|park|venue|property)\s+(?:role|remit|patch|portfolio|"
    r"responsibilit\w+|area|position|job|operations|leadership|management)\b",
    re.I,
)
# The title names it: "Area Manager", "Regional Operations Manager", "District Manager",
# "Cluster General Manager", "Territory Manager" ("Regional Office Manager" runs an office).
_TITLE = re.compile(
    r"\b(?:area|regional|district|cluster|territory|multi[- ]?(?:site|store|unit|park|venue))\s+"
    r"(?!office\b)(?:[\w-]+\s+){0,2}?(?:manager|director|lead|leader|head|controller|coach|"
    r"trainer|supervisor)\b",
    re.I,
)
# The company speaking of itself: "we run 40 hotels across the UK", "the group operates".
_THE_COMPANY = re.compile(
    r"\b(?:we|we're|we've|our (?:group|company|business|brand|chain)|the (?:group|company|"
    r"business|brand|chain))\b[^.;\n]*$",
    re.I,
)


def several_sites(title: str, text: str) -> bool:
    """Whether the role is the hire's over several sites, by its title or its text."""
    if _TITLE.search(title or ""):
        return True
    for found in _SEVERAL_SITES.finditer(text or ""):
        before = text[max(0, found.start() - 80) : found.start()]
        if not _THE_COMPANY.search(before):
            return True
    return False


def sites_abroad(text: str, location: str | None) -> bool:
    """Whether the role's sites name a country other than its own ("four hotels in Dubai, Doha
    and Muscat" from Dubai): its regional travel crosses a border."""
    home = country_of(location or "")
    named = country_of(re.sub(r"[^\w ,()]", " ", text or ""))
    return bool(home and named and named - home)
