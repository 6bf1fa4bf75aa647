"""Counts in words: "1 row", "2 rows" — never "1 rows" or "process(es)"."""


def counted(n: int, word: str, plural: str | None = None) -> str:
    """``n`` and the word agreeing with it: ``counted(1, "row")`` is "1 row";
    ``counted(3, "process", "processes")`` is "3 processes"."""
    return f"{n:,} {word if n == 1 else (plural or word + 's')}"
