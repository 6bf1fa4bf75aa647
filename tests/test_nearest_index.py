"""The small-set BM25 that scores a PostgreSQL preselection agrees with bm25s, and its token
cache builds each profile's tokens once."""

import bm25s
import numpy as np

from benchmarks import synthetic
from matching.nearest_index import TokenCache, bm25_scores
from matching.pool_index import tokenize
from matching.texts import profile_text


def _profiles(n: int = 300) -> list[str]:
    return [
        profile_text(
            current_title=p.current_title,
            headline=p.headline,
            skills=p.skills,
            years_experience=p.years_experience,
            resume_text=p.resume_text,
        )
        for p in synthetic.people(n, seed=5)
    ]


def test_small_set_bm25_gives_the_scores_bm25s_gives():
    texts = _profiles()
    index = bm25s.BM25()
    index.index(bm25s.tokenize(texts, stopwords="en", show_progress=False), show_progress=False)
    cache = TokenCache()
    docs = cache.docs([t.encode() for t in texts], lambda i: texts[i])
    # Queries made of the pool's own words (repeats included), plus one unknown word.
    for query in (texts[0][:120], texts[7][:200] + " zyxwv", texts[42][:60] * 2):
        words = tokenize([query])[0]
        expected = index.get_scores(words)
        got = bm25_scores(docs, words)
        assert expected.max() > 0
        np.testing.assert_allclose(got, expected, rtol=1e-4, atol=1e-5)


def test_each_profile_is_tokenized_once_and_an_edited_one_again():
    texts = _profiles(20)
    built: list[int] = []

    def text_of(i: int) -> str:
        built.append(i)
        return texts[i]

    cache = TokenCache()
    keys = [t.encode() for t in texts]
    first = cache.docs(keys, text_of)
    assert cache.docs(keys, text_of) == first and len(built) == 20
    keys[3] = b"edited"
    texts[3] = "Retrained as a Qiskit developer"
    assert cache.docs(keys, text_of)[3].counts == {"retrained": 1, "qiskit": 1, "developer": 1}
    assert len(built) == 21


def test_the_word_net_asks_for_the_rarest_words_within_its_budget():
    from data.pg_fulltext import ROW_BUDGET, WordStats, net_words

    stats = WordStats(
        shares={"python": 0.30, "kubernetes": 0.002, "terraform": 0.003, "team": 0.6},
        floor=0.0001,
        rows=1_000_000,
    )
    words = ["team", "python", "kubernetes", "qiskit", "terraform", "c++"]
    # qiskit is rarer than any word in the statistics; python and team are too common;
    # c++ is not a plain word (never sent as a tsquery lexeme).
    assert net_words(words, stats) == ["qiskit", "kubernetes"]  # terraform: over budget
    assert 0.0001 * 1_000_000 + 0.002 * 1_000_000 <= ROW_BUDGET
    small = WordStats(shares=stats.shares, floor=0.0001, rows=2_000)
    assert net_words(words, small) == ["qiskit", "kubernetes", "terraform"]


def test_the_whole_pool_bm25_gives_the_scores_bm25s_gives(engine, fake_embedder):
    """``PoolIndex.lexical`` adds up each query word's column in place: it must give what
    bm25s's own ``get_scores`` gives, repeated words and unknown ones included."""
    from benchmarks.pool import insert_people
    from matching.indexer import index_pool
    from matching.pool_index import load_pool_index

    people = synthetic.people(200, seed=11)
    insert_people(engine, people)
    index_pool(engine, fake_embedder)
    pool = load_pool_index(engine, fake_embedder.name)
    columns = pool.bm25.scores
    for c in range(len(columns["indptr"]) - 1):  # each column lists a row at most once
        rows = columns["indices"][columns["indptr"][c] : columns["indptr"][c + 1]]
        assert len(rows) == len(set(rows.tolist()))
    texts = _profiles(200)
    for query in (texts[3][:150], texts[9][:90] * 2 + " zyxwv"):
        expected = pool.bm25.get_scores(tokenize([query])[0])
        np.testing.assert_allclose(pool.lexical(query), expected, rtol=1e-5, atol=1e-6)
