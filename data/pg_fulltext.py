"""PostgreSQL only: the people whose profiles hold a role's rarer words, from the GIN index on
``candidate.search_doc`` (migration 0006).

pgvector's nearest candidates are chosen by meaning alone; a person whose profile names the
role's exact skills but reads differently can sit outside them. This "word net" adds them.
What keeps it fast on a million profiles is which words it asks for: each word's share of
profiles comes from the planner's own statistics (``pg_stats.most_common_elems``, kept by
ANALYZE), and the rarest words are taken until the profiles they can match would exceed
``ROW_BUDGET``; those are ranked with ``ts_rank`` (more of the words, more often, first).
Words in more than ``MAX_SHARE`` of profiles ("experience", "team", a trade's everyday
skills) are left out: they say little about one person's fit, the semantic neighbours hold
them already, and they would make the ranking read most of the table.
"""

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection

# Profiles the net's words may match, by the statistics' estimate: ranking reads each one
# (about 17,000 took 41–53 ms on the 1M bench pool; 25,000, over 200 ms).
ROW_BUDGET = 5_000
MAX_WORDS = 16
MAX_SHARE = 0.10  # a word in more profiles than this is left to the semantic search


@dataclass
class WordStats:
    """Share of profiles holding each common word; rarer words are below ``floor``."""

    shares: dict[str, float]
    floor: float
    rows: int

    def share(self, word: str) -> float:
        return self.shares.get(word, self.floor)


_STATS = text(
    "SELECT CAST(CAST(most_common_elems AS text) AS text[]), most_common_elem_freqs"
    " FROM pg_stats WHERE tablename = 'candidate' AND attname = 'search_doc'"
)


def word_stats(conn: Connection) -> WordStats:
    row = conn.execute(_STATS).first()
    if row is None:  # never analysed (a new database): autovacuum has not come by yet
        conn.execute(text("ANALYZE candidate"))
        row = conn.execute(_STATS).first()
    rows = conn.execute(text("SELECT reltuples FROM pg_class WHERE relname = 'candidate'")).scalar()
    words, freqs = (row[0] or [], row[1] or []) if row else ([], [])
    shares = dict(zip(words, freqs, strict=False))
    # The last three numbers of the array are the min, max and null share, not words'.
    floor = (min(freqs[: len(words)]) / 2) if words else 1.0 / max(rows or 1, 1)
    return WordStats(shares=shares, floor=floor, rows=max(int(rows or 0), 0))


def net_words(words: list[str], stats: WordStats) -> list[str]:
    """The role's words to search for: rarest first, within the row budget."""
    # Letters and digits only: safe as tsquery lexemes, as the BM25 tokens are.
    unique = sorted({w for w in words if w.isalnum()}, key=lambda w: (stats.share(w), w))
    chosen, expected = [], 0.0
    for word in unique[:MAX_WORDS]:
        if stats.share(word) > MAX_SHARE:
            break
        expected += stats.share(word) * max(stats.rows, 1)
        if expected > ROW_BUDGET:
            break
        chosen.append(word)
    return chosen


def word_net(conn: Connection, words: list[str], *, limit: int) -> list[int]:
    """Up to ``limit`` candidate ids whose profiles hold the most of ``words``."""
    if not words or limit <= 0:
        return []
    query = " | ".join(words)
    rows = conn.execute(
        text(
            "SELECT id FROM candidate, to_tsquery('simple', :q) AS q"
            " WHERE search_doc @@ q ORDER BY ts_rank(search_doc, q) DESC, id LIMIT :limit"
        ),
        {"q": query, "limit": limit},
    ).all()
    return [int(r[0]) for r in rows]
