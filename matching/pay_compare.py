"""Pay against a band: amounts brought to euros a year (``yearly_eur``, ``role_pay_eur``), and
an amount said with no period read in the band's own (``in_band_period``, ``monthly``). Used by
the fit's pay verdict (``matching.verdict``); rough rates, enough to tell €115k from a £90k band.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from reading.role_facts import RoleFacts

# Roughly, in euros: enough to tell €115k from a £90k band, not for payroll.
TO_EUR = {
    "EUR": 1.0,
    "GBP": 1.17,
    "USD": 0.92,
    "CHF": 1.05,
    "CAD": 0.67,
    "AUD": 0.6,
    "NZD": 0.55,
    "SEK": 0.087,
    "NOK": 0.086,
    "DKK": 0.134,
    "PLN": 0.23,
    "INR": 0.011,
    "SGD": 0.69,
    "JPY": 0.0062,
    "ZAR": 0.05,
    "NGN": 0.0006,
    "HKD": 0.118,
    # rough rates, enough to tell an ask far above a band from one within it
    "KES": 0.0071,
    "AED": 0.25,
    "BRL": 0.17,
    "MXN": 0.05,
    "EGP": 0.019,
    "TRY": 0.027,
    "PHP": 0.016,
    "IDR": 0.000057,
    "THB": 0.026,
    "MYR": 0.2,
    "CLP": 0.00098,
    "COP": 0.00022,
    "ARS": 0.0009,
    "PEN": 0.25,
    "SAR": 0.245,
    "QAR": 0.25,
    "KWD": 3.0,
    "BHD": 2.45,
    "OMR": 2.4,
    "ILS": 0.25,
    "CZK": 0.04,
    "HUF": 0.0025,
    "RON": 0.2,
    "BGN": 0.51,
    "CNY": 0.13,
    "RMB": 0.13,
    "KRW": 0.00068,
    "TWD": 0.029,
    "VND": 0.000036,
    "PKR": 0.0033,
    "BDT": 0.0078,
    "LKR": 0.003,
    "GHS": 0.06,
    "UGX": 0.00025,
    "TZS": 0.00035,
    "MAD": 0.092,
    "UAH": 0.022,
    "ISK": 0.0066,
}
# A period's pay times this is a year's: 12 months, 46 working weeks, 220 working days,
# 1,760 hours (220 days of 8); a contractor's rate against a permanent band is compared so.
PER_YEAR = {"year": 1, "month": 12, "week": 46, "day": 220, "hour": 1760}
# In the US and Canada an hourly wage is a year's at 2,080 hours (40 a week, 52 weeks paid):
# "$40 an hour" is an $83k job there, above a $60-70k band, not $70k within it.
_HOURS_PAID = {"USD": 2080, "CAD": 2080}


def per_year(period: str | None, currency: str | None) -> int:
    """How many of ``period`` make a year's pay in ``currency``."""
    if period == "hour":
        return _HOURS_PAID.get((currency or "").upper(), PER_YEAR["hour"])
    return PER_YEAR.get(period or "year", 1)


# Dollars that a bare "$" may mean where they are the band's currency.
OTHER_DOLLARS = {"AUD", "CAD", "NZD", "SGD", "HKD"}
# Kroner that a bare "kr" (read as SEK) may mean where they are the band's currency.
KRONER = {"DKK", "NOK"}
# A sign read as one currency that stands for others too: read as the band's where it is one of
# them and the amount is of the band's size.
SHARED_SIGNS = {"USD": OTHER_DOLLARS, "SEK": KRONER}
# A band stated with what comes on top of base: "Total compensation (base plus RSUs)", "OTE".
TOTAL_BAND = re.compile(
    r"\b(?:total comp\w*|tc|ote|on[- ]target(?: earnings)?|package|(?:base )?(?:plus|\+|including) "
    r"(?:bonus|equity|rsus|stock|commission|(?:\d+(?:\.\d+)?% )?super(?:annuation)?))\b"
)
# Australia's employer super stated beside the band: "$115k plus 12% superannuation". A
# "package" asked for counts it in.
SUPER = re.compile(
    r"\b(?:plus|\+|and) (\d{1,2}(?:\.\d+)?) ?% (?:employer )?super(?:annuation)?\b", re.I
)


def yearly_eur(value: dict[str, Any]) -> float | None:
    amount, currency = value.get("amount"), (value.get("currency") or "").upper()
    if not amount:
        return None
    rate = TO_EUR.get(currency or "EUR")
    if rate is None:
        return None
    return float(amount) * rate * per_year(value.get("period"), currency or "EUR")


def role_pay_eur(role: RoleFacts) -> float | None:
    """The top of the role's band in euros a year (a rate of "C$95/h" brought to a year)."""
    if not role.pay_max:
        return None
    rate = TO_EUR.get((role.currency or "EUR").upper())
    return role.pay_max * rate * per_year(role.pay_period, role.currency) if rate else None


def band_sized(value: dict[str, Any], role: RoleFacts) -> bool:
    amount = value.get("amount")
    if not amount or not role.pay_max:
        return False
    yearly = float(amount) * per_year(value.get("period"), role.currency)
    band_year = per_year(role.pay_period, role.currency)
    low = 0.3 * (role.pay_min or role.pay_max) * band_year
    return low <= yearly <= 3 * role.pay_max * band_year


def in_band_period(value: dict[str, Any], role: RoleFacts) -> dict[str, Any]:
    """An amount said with no period ("expected salary 27k basic") against a band its role
    states by the month: the same period, when the amount is of the band's own size."""
    amount = value.get("amount")
    if (
        not value.get("period_unsaid")
        or role.pay_period == "year"
        or not amount
        or not role.pay_max
    ):
        return value
    if 0.3 * (role.pay_min or role.pay_max) <= float(amount) <= 3 * role.pay_max:
        return {**value, "period": role.pay_period}
    if (
        value.get("thousands_assumed")
        and role.pay_period == "hour"
        and 0.3 * (role.pay_min or role.pay_max) <= amount / 1000 <= 3 * role.pay_max
    ):
        # "need 30 now to leave" against $25-27 an hour: thirty an hour, not 30k a year
        return {**value, "amount": amount // 1000, "period": "hour"}
    return value


# Where pay is said by the month ("SAR 35,000-40,000 a month", "HKD 80k/month"): the Gulf, and
# East and South-East Asia.
_MONTHLY_CURRENCIES = frozenset(
    "AED SAR QAR KWD BHD OMR SGD HKD MYR IDR VND PHP THB CNY TWD".split()
)
_SAID_MONTHLY = re.compile(r"\b(?:a|per|/) ?month\b|\bmonthly\b|\bp\.?m\b|/mo\b")


@lru_cache(maxsize=256)
def _says_monthly(text: str) -> bool:
    """Whether a role's text says pay by the month: asked once per role, not once per person."""
    return bool(_SAID_MONTHLY.search(text))


def monthly(value: dict[str, Any], role: RoleFacts) -> bool:
    """Whether an amount said with no period ("needs SAR 60k+ to go", "would take 11k") is a
    month's pay: the role pays by the month, and the amount is of its band's size as a month's
    and far from it as a year's."""
    if (value.get("period") or "year") != "year" or not role.pay_max:
        return False
    currency = (value.get("currency") or role.currency or "").upper()
    if currency != (role.currency or "").upper():
        return False
    if currency not in _MONTHLY_CURRENCIES and not _says_monthly(role.text or ""):
        return False
    return not band_sized(value, role) and band_sized({**value, "period": "month"}, role)
