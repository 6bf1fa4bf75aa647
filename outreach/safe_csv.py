"""CSV cells that a spreadsheet will show as text, never run as a formula."""

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """Prefix text that a spreadsheet would treat as a formula with an apostrophe.

    Numbers are left alone (a negative number is a number, not a formula)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
