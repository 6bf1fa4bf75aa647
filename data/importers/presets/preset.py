"""What a preset is: for one ATS's exports, which column headers fill which of our fields.

A preset names, for each kind, which of the tool's column headers fill which of our fields
(several headers may fill one field: exports differ between versions and report types; the
first non-empty one wins; a repeated header, or a mapped column on a field a header fills,
refuses the file instead: ``mapping.one_column_per_field``). Besides our fields a preset may
fill helper fields (``HELPERS``) that ``shaping`` turns into ours.
"""

import re
from dataclasses import dataclass, field

from data.importers.presets import reasons as rs

HELPERS: dict[str, tuple[str, ...]] = {
    "candidates": ("first_name", "last_name", "company", "profile_url"),
    "applications": ("status", "reason_type", "disqualified"),
    "openings": (),
    "touchpoints": (),
}


def header_key(name: str) -> str:
    """'Full-Name', 'full_name' and 'Full  Name' are the same header."""
    return re.sub(r"[\s\-_]+", " ", str(name).strip().lower())


@dataclass(frozen=True)
class Preset:
    name: str
    label: str
    # kind -> {their header: our field or helper}
    columns: dict[str, dict[str, str]]
    # Tried in order after ISO 8601; e.g. "%m/%d/%Y" for a US export.
    date_formats: tuple[str, ...] = ()
    reasons: dict[str, rs.Rule] = field(default_factory=dict)
    # Prefix for the tool's record ids, so ids from two tools never collide ("GH-4012").
    id_prefix: str = ""
    # ATS stages are named by each team ("Hiring Manager Screen"); map them by their words.
    free_stages: bool = True

    def headers(self, kind: str) -> dict[str, str]:
        return {header_key(h): f for h, f in self.columns.get(kind, {}).items()}
