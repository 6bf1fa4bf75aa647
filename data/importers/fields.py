"""Cell parsers. Each takes the cell text and returns a value or raises ``ValueError`` with a
message a recruiter can act on (it is shown with the row and the column)."""

import math
import re
from datetime import UTC, date, datetime
from enum import StrEnum

from email_validator import EmailNotValidError, validate_email

_TRUE = {"true", "yes", "y", "1", "t"}
_FALSE = {"false", "no", "n", "0", "f"}
_SPLIT_STATEMENTS = re.compile(r"[;\n]+")


def text(value: str) -> str:
    return value.strip()


def email(value: str) -> str:
    """A well-formed address, normalised (lower case, the domain in its canonical form). Only
    the syntax is checked: no DNS look-up, so imports work offline."""
    try:
        checked = validate_email(value.strip(), check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValueError(f"not a valid email address ({exc})") from None
    return checked.normalized.lower()


def boolean(value: str) -> bool:
    v = value.strip().lower()
    if v in _TRUE:
        return True
    if v in _FALSE:
        return False
    raise ValueError(f"'{value}' is not true/false, yes/no or 1/0")


def number(value: str) -> float:
    v = value.strip()
    # "4,5" is a decimal comma; "1,200.5" has a thousands comma.
    v = v.replace(",", ".") if "," in v and "." not in v else v.replace(",", "")
    try:
        parsed = float(v)
    except ValueError:
        raise ValueError(f"'{value}' is not a number") from None
    if not math.isfinite(parsed):
        raise ValueError(f"'{value}' is not a number")
    return parsed


_THOUSANDS_DOTS = re.compile(r"^\d{1,3}(\.\d{3})+$")


def integer(value: str) -> int:
    """Whole amounts as people type them: 95000, 95,000, 95.000, €95k."""
    v = value.strip().lstrip("€£$").strip()
    multiplier = 1
    if v[-1:].lower() == "k":
        multiplier, v = 1000, v[:-1]
    v = re.sub(r"[\s_,'’]", "", v)
    if _THOUSANDS_DOTS.match(v):
        v = v.replace(".", "")
    try:
        return int(round(float(v) * multiplier))
    except (ValueError, OverflowError):
        raise ValueError(f"'{value}' is not a whole number") from None


def a_date(value: str) -> date:
    v = value.strip()
    try:
        return date.fromisoformat(v[:10]) if len(v) >= 10 else date.fromisoformat(v)
    except ValueError:
        raise ValueError(f"'{value}' is not a date (use YYYY-MM-DD)") from None


def a_datetime(value: str) -> datetime:
    v = value.strip()
    try:
        parsed = datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"'{value}' is not a date or time (use ISO 8601, e.g. 2025-03-14)"
        ) from None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except OverflowError:  # a year-1 time with an offset falls outside what dates can hold
        raise ValueError(f"'{value}' is not a usable date") from None


def comma_list(value: str) -> list[str]:
    items = [item.strip() for item in value.split(",")]
    return list(dict.fromkeys(i for i in items if i))


def statements(value: str) -> list[str]:
    items = [item.strip(" \t-•") for item in _SPLIT_STATEMENTS.split(value)]
    return list(dict.fromkeys(i for i in items if i))


def _word(value: str) -> str:
    return re.sub(r"[\s\-/]+", "_", value.strip().lower())


def vocabulary(enum: type[StrEnum]):
    allowed = [e.value for e in enum]

    def parse(value: str) -> str:
        word = _word(value)
        if word in allowed:
            return word
        raise ValueError(f"'{value}' is not one of: {', '.join(allowed)}")

    parse.__name__ = f"vocabulary_{enum.__name__}"
    return parse
