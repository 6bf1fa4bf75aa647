"""How fast notes are read into conditions, beside how fast they are embedded.

Two figures: the reader alone over the labelled notes (``evaluation/reading_set*``,
written in recruiters' own words), in sentences per CPU-second; and ``read_pool`` end to end
(the database included) on the same synthetic pool ``encore index`` embeds in the index part.
"""

from datetime import date
from time import perf_counter, process_time

from data.conditions import read_pool
from evaluation.reading_eval import DEFAULT_SET, load, sentences

SETS = DEFAULT_SET.parent


def reader_speed(rounds: int = 3) -> dict:
    from reading import read

    rows = [
        *load(SETS / "reading_set.jsonl", "dev"),
        *load(SETS / "reading_set_dev2.jsonl", "dev"),
    ]
    notes = [(r["text"], date.fromisoformat(r["said_at"])) for r in rows]
    n_sentences = sum(len(sentences(text)) or 1 for text, _ in notes)
    times = []
    for _ in range(rounds):
        started = process_time()
        for text, said in notes:
            read(text, said_at=said)
        times.append(process_time() - started)
    best = min(times)
    return {
        "notes": len(notes),
        "sentences": n_sentences,
        "cpu_seconds": best,
        "sentences_per_s": n_sentences / best,
        "notes_per_s": len(notes) / best,
    }


def pool_reading(engine) -> dict:
    """``read_pool`` over a pool whose texts were never read (rows written by bulk insert)."""
    started = perf_counter()
    report = read_pool(engine)
    seconds = perf_counter() - started
    return {
        "people": report.people,
        "texts": report.sources_read,
        "conditions": report.conditions,
        "seconds": seconds,
        "texts_per_s": report.sources_read / seconds if seconds else 0.0,
    }
