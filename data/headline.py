"""What a stored headline says about someone's current employer.

There is no company column: the ATS presets keep "Current Company" as the headline
``"{title} at {company}"`` (``data.importers.presets.shaping``), and people write theirs the same
way ("Senior Backend Engineer at Pelican Ledger · ex-Copperkettle").
"""

import re

# The parts of a headline: "Data lead at Acme · Python, dbt | remote".
_PARTS = re.compile(r"\s+[·|•]\s+|\s+[—–]\s+")
_AT = re.compile(r"\s(?:at|@)\s+(.+)$")


def company_from_headline(headline: str | None) -> str | None:
    """The employer named after "at" (or "@") in a headline part, or None."""
    if not headline:
        return None
    for part in _PARTS.split(headline):
        found = _AT.search(part.strip())
        if found:
            company = found.group(1).strip(" ,;.")
            return company or None
    return None
