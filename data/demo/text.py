"""Text helpers of the demo generator: money, years in words, skills mid-sentence, ``{slots}``.

A template's ``{slots}`` are filled by ``Slots``, which draws a number in a plausible range on
first use and keeps it, so "{n} services … all {n}" stays consistent.
"""

import random
import re
import unicodedata

from data.demo.catalog import load_content
from data.demo.rules import CURRENCY_SYMBOL, NUMBER_WORDS

GENERIC_SKILL_WORDS = load_content().resume_words.generic_skill_words

_FOLD = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
    }
)


def ascii_key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return re.sub(r"[^a-z0-9]", "", text.encode("ascii", "ignore").decode().lower())


def money(amount: int, currency: str) -> str:
    return f"{CURRENCY_SYMBOL[currency]}{round(amount / 1000)}k"


def round_k(value: float, step: int = 5000) -> int:
    return int(round(value / step) * step)


def years_phrase(rng: random.Random, years: float) -> str:
    n = int(years)
    if n < 1:
        return "nearly a year"
    if n == 1:
        return "over a year"
    return rng.choice([f"{n}+ years", f"{NUMBER_WORDS[min(n, 22)]} years", f"over {n} years"])


def years_words(years: float) -> str:
    """'eight', 'seven and a half', 'almost four' — for the hand-written scenario résumés."""
    n, frac = int(years), years - int(years)
    if frac >= 0.75:
        return f"almost {NUMBER_WORDS[n + 1]}"
    if frac >= 0.45:
        return f"{NUMBER_WORDS[n]} and a half"
    return NUMBER_WORDS[n]


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Slots(dict):
    """Values for ``{slots}`` in content templates, drawn on first use and then kept, so a
    template that says {n} twice gets the same number."""

    _INT_RANGES = {
        "pct": (12, 65),
        "pct_s": (4, 20),
        "x": (2, 6),
        "n": (3, 12),
        "n_s": (2, 5),
        "n_b": (14, 40),
        "team": (4, 14),
        "k": (20, 900),
        "weeks": (3, 10),
        "months": (4, 9),
        "hours": (4, 40),
        "acc_lo": (78, 91),
        "acc_hi": (96, 99),
        "nps_lo": (8, 28),
        "nps_hi": (38, 62),
        "mins_hi": (14, 28),
        "mins_lo": (3, 8),
        "quota": (104, 148),
        "mo_hi": (6, 9),
        "mo_lo": (3, 5),
        "nrr_lo": (97, 104),
        "nrr_hi": (110, 124),
        "close_hi": (8, 14),
        "close_lo": (4, 6),
        "tth_hi": (55, 80),
        "tth_lo": (28, 40),
        "hc": (80, 400),
    }

    def __init__(self, rng: random.Random, symbol: str = "€", **fixed):
        super().__init__(fixed)
        self.rng = rng
        self.symbol = symbol

    def __missing__(self, key: str):
        rng = self.rng
        if key in self._INT_RANGES:
            value = str(rng.randint(*self._INT_RANGES[key]))
        elif key == "ms_hi":
            value = str(rng.randrange(600, 1500, 50))
        elif key == "ms_lo":
            value = str(rng.randrange(60, 250, 5))
        elif key == "size":
            value = str(rng.randrange(15, 120, 5))
        elif key == "size2":
            value = str(rng.randrange(150, 900, 50))
        elif key == "people":
            value = str(rng.randrange(120, 800, 10))
        elif key == "count":
            value = f"{rng.randrange(200, 5000, 10):,}"
        elif key == "m":
            value = f"{rng.uniform(1.2, 9.5):.1f}"
        elif key == "s_hi":
            value = f"{rng.uniform(3.1, 5.8):.1f}"
        elif key == "s_lo":
            value = f"{rng.uniform(1.1, 2.4):.1f}"
        elif key == "money":
            value = f"{self.symbol}{rng.uniform(1.1, 9.5):.1f}M"
        elif key == "money_k":
            value = f"{self.symbol}{rng.randrange(80, 900, 10)}k"
        else:
            raise KeyError(key)
        self[key] = value
        return value


def fill(template: str, slots: Slots) -> str:
    return template.format_map(slots)


def skill_phrase(skill: str) -> str:
    """A skill as written mid-sentence: "System design" -> "system design", "PR" stays."""
    base = re.sub(r"\s*\(.*\)$", "", skill)  # "Accessibility (WCAG 2.2)" -> "Accessibility"
    words = base.split()
    rest = [w for w in words[1:] if w != "&"]
    generic = base in GENERIC_SKILL_WORDS or (
        words[0][1:].islower()
        and (len(words) > 1 or "-" in base)
        and all(w.islower() for w in rest)
    )
    return skill[:1].lower() + skill[1:] if generic else skill


def channel_for(note: str, default: str) -> str:
    """The channel a note itself names ("LinkedIn nudge", "Feedback call"), else ``default``."""
    lowered = note.lower()
    if "linkedin" in lowered:
        return "linkedin"
    if re.search(r"\bcall(ed)?\b|phoned|phone", lowered):
        return "phone"
    if re.search(r"coffee|session|\bmet at\b|say hi|exit interview", lowered):
        return "meeting"
    if re.search(r"e-?mail|\bsent\b|template|\bats\b|greenhouse|written", lowered):
        return "email"
    return default


def ascii_words(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
