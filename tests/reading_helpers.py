"""What the reader makes of a sentence said on a given day, in the shapes the reader tests assert.

The reader's test files differ only by the day their sentences were said: each binds one
``ReadAt`` to its day and uses its methods (a test may still pass another day to one call).
"""

from __future__ import annotations

from datetime import date

from reading import Condition, read


class ReadAt:
    """The reader's findings for sentences said on ``said_at`` (unless a call names another)."""

    def __init__(self, said_at: date):
        self.said_at = said_at

    def found(self, text: str, said_at: date | None = None) -> set[tuple]:
        """What was read, as (facet, polarity, key value...) tuples (strings in lower case)."""
        return {c.key() for c in read(text, said_at=said_at or self.said_at)}

    def opted_out(self, text: str, said_at: date | None = None) -> bool:
        return ("contact", "avoid", "opt_out", None) in self.found(text, said_at)

    def wait_until(self, text: str, said_at: date | None = None) -> str | None:
        """The first wait's day (ISO), or None."""
        read_ = read(text, said_at=said_at or self.said_at)
        waits = [c.value["until"] for c in read_ if c.facet == "wait"]
        return waits[0] if waits else None

    def wait_day(self, text: str, said_at: date | None = None) -> str | None:
        """The first wait's own day when the reader kept one (a holiday's), else its month."""
        read_ = read(text, said_at=said_at or self.said_at)
        waits = [c.value.get("day", c.value["until"]) for c in read_ if c.facet == "wait"]
        return waits[0] if waits else None

    def pays(self, text: str) -> list[Condition]:
        return [c for c in read(text, said_at=self.said_at) if c.facet == "pay"]

    def first_pay(self, text: str) -> dict | None:
        """The first pay condition's value, or None."""
        pays = self.pays(text)
        return pays[0].value if pays else None
