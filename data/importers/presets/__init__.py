"""Column presets for the ATS exports recruiters have: Greenhouse, Lever, Workable, Ashby, and
the generic columns of PRODUCT.md §5. ``get_preset(name)`` returns one; ``PRESET_NAMES`` lists
them; ``detect_preset(columns)`` guesses which tool wrote a file from its headers."""

from functools import cache

from data.importers.errors import ImportRefused
from data.importers.kinds import KINDS
from data.importers.presets import ashby, greenhouse, lever, workable
from data.importers.presets.preset import HELPERS, Preset, header_key

PRESET_NAMES = ("generic", "greenhouse", "lever", "workable", "ashby")
_TOOLS: dict[str, Preset] = {
    "greenhouse": greenhouse.PRESET,
    "lever": lever.PRESET,
    "workable": workable.PRESET,
    "ashby": ashby.PRESET,
}


@cache
def get_preset(name: str) -> Preset:
    name = name.strip().lower()
    if name == "generic":
        return _generic()
    if name not in _TOOLS:
        raise ImportRefused(f"unknown preset '{name}' (use one of: {', '.join(PRESET_NAMES)})")
    return _TOOLS[name]


def _generic() -> Preset:
    columns = {
        kind: {f: f for f in (*spec.columns, *HELPERS[kind])} for kind, spec in KINDS.items()
    }
    return Preset(name="generic", label="Generic CSV", columns=columns, free_stages=False)


def detect_preset(columns: list[str], kind: str = "candidates") -> str:
    """The preset whose headers cover most of the file's columns (generic on a tie)."""
    found = {header_key(c) for c in columns}
    best, best_hits = "generic", len(found & set(get_preset("generic").headers(kind)))
    for name in PRESET_NAMES[1:]:
        preset = get_preset(name)
        hits = len(found & set(preset.headers(kind)) | found & set(preset.headers("applications")))
        if hits > best_hits:
            best, best_hits = name, hits
    return best


__all__ = ["PRESET_NAMES", "Preset", "detect_preset", "get_preset"]
