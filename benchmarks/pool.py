"""Synthetic pools written to a fresh SQLite file in bulk (executemany, explicit ids), fast
enough for 100,000 candidates: people and motivations, openings and a history of
applications and touchpoints, and — for latency runs that skip the model — random unit
vectors in ``candidate_vector``.
"""

import random
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
from sqlalchemy import insert
from sqlalchemy.engine import Engine
from sqlmodel import Session

from benchmarks.synthetic import Person
from data.db import make_engine, upgrade
from data.models import Application, Candidate, CandidateVector, Motivation, Opening, Touchpoint

BATCH = 5_000
NOW = datetime(2026, 11, 23, tzinfo=UTC)


def fresh_engine(path: Path) -> Engine:
    """A new database at ``path`` (any old one removed), migrated to head."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return open_engine(path)


def open_engine(path: Path) -> Engine:
    """The database at ``path``, migrated to head (a pool kept from an earlier run)."""
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    return engine


def cluster_count(n_candidates: int) -> int:
    """People of one trade resemble each other: about one cluster per thousand people."""
    return max(20, n_candidates // 1000)


def cluster_centres(count: int, *, seed: int = 11, dim: int = 384) -> np.ndarray:
    return _unit_rows(np.random.default_rng(seed), count, dim)


def clustered_rows(
    rng: np.random.Generator, centres: np.ndarray, count: int, *, spread: float = 1.0
) -> np.ndarray:
    """Unit vectors scattered around randomly picked centres."""
    dim = centres.shape[1]
    rows = centres[rng.integers(0, len(centres), count)]
    rows = rows + rng.standard_normal((count, dim), dtype=np.float32) * (spread / dim**0.5)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    return rows.astype(np.float32)


def _batches(rows: list[dict], size: int = BATCH):
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def insert_people(engine: Engine, persons: Sequence[Person]) -> list[tuple[int, int]]:
    """Candidates (ids 1..n) and their motivations; returns (motivation id, candidate id)."""
    candidates, motivations = [], []
    for cid, p in enumerate(persons, start=1):
        candidates.append(
            {
                "id": cid,
                "external_id": p.external_id,
                "full_name": p.full_name,
                "email": p.email,
                "location": p.location,
                "headline": p.headline,
                "current_title": p.current_title,
                "skills": p.skills,
                "tags": [],
                "years_experience": p.years_experience,
                "resume_text": p.resume_text,
                "do_not_contact": p.do_not_contact,
                "consent_until": p.consent_until,
                "source": "bench",
                "created_at": NOW,
                "updated_at": NOW,
            }
        )
        for statement, category in p.motivations:
            motivations.append(
                {
                    "id": len(motivations) + 1,
                    "candidate_id": cid,
                    "statement": statement,
                    "category": category,
                    "source": "bench",
                    "created_at": NOW,
                    "updated_at": NOW,
                }
            )
    with Session(engine) as session:
        for rows in _batches(candidates):
            session.execute(insert(Candidate), rows)
        for rows in _batches(motivations):
            session.execute(insert(Motivation), rows)
        session.commit()
    return [(m["id"], m["candidate_id"]) for m in motivations]


def insert_openings(engine: Engine, rows: list[dict]) -> list[int]:
    stamped = [{**r, "id": i, "created_at": NOW, "updated_at": NOW} for i, r in enumerate(rows, 1)]
    with Session(engine) as session:
        session.execute(insert(Opening), stamped)
        session.commit()
    return [r["id"] for r in stamped]


def insert_history(engine: Engine, n_candidates: int, opening_ids: list[int], *, seed: int = 2):
    """~60% of people applied once or twice before (1% marked spam); ~35% were contacted."""
    rng = random.Random(seed)
    apps, touches = [], []
    reasons = [
        "skills_gap",
        "experience_level",
        "compensation",
        "timing",
        "other_candidate",
        "remote_policy",
        "location",
        "headcount",
    ]
    for cid in range(1, n_candidates + 1):
        if rng.random() < 0.6:
            for oid in rng.sample(opening_ids, k=rng.choice([1, 1, 2])):
                applied = NOW - timedelta(days=rng.randint(60, 1500))
                apps.append(
                    {
                        "candidate_id": cid,
                        "opening_id": oid,
                        "role_title": f"Role {oid}",
                        "applied_at": applied,
                        "decided_at": applied + timedelta(days=30),
                        "stage_reached": rng.choice(["screen", "interview", "onsite", "final"]),
                        "outcome": rng.choice(["rejected", "withdrew", "declined_offer"]),
                        "reason": "spam" if rng.random() < 0.01 else rng.choice(reasons),
                        "feedback_given": rng.random() < 0.5,
                        "created_at": NOW,
                    }
                )
        if rng.random() < 0.35:
            touches.append(
                {
                    "candidate_id": cid,
                    "at": NOW - timedelta(days=rng.randint(5, 900)),
                    "channel": "email",
                    "direction": "outbound",
                    "kind": "check_in",
                    "note": "Checked in about new roles.",
                    "created_at": NOW,
                }
            )
    with Session(engine) as session:
        for rows in _batches(apps):
            session.execute(insert(Application), rows)
        for rows in _batches(touches):
            session.execute(insert(Touchpoint), rows)
        session.commit()
    return len(apps), len(touches)


def _unit_rows(rng: np.random.Generator, count: int, dim: int) -> np.ndarray:
    matrix = rng.standard_normal((count, dim), dtype=np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix


def insert_random_vectors(
    engine: Engine,
    model: str,
    n_candidates: int,
    motivation_owners: list[tuple[int, int]],
    *,
    dim: int = 384,
    seed: int = 3,
    clusters: int | None = None,
    one_profile_vector: bool = False,
) -> dict[str, int]:
    """1–2 profile chunks per candidate (1.5 on average; one with ``one_profile_vector``, as
    the static model embeds a whole profile) and one vector per motivation.
    With ``clusters``, profile chunks lie around that many centres (``cluster_centres``);
    otherwise every vector is uniformly random. On PostgreSQL the profile chunks' halfvec
    copies are written in the same pass (binary COPY), as the indexer would have."""
    rng = np.random.default_rng(seed)
    centres = cluster_centres(clusters, dim=dim) if clusters else None
    chunks = rng.integers(1, 2 if one_profile_vector else 3, size=n_candidates)
    keys = [
        (cid, None, "profile", c)
        for cid in range(1, n_candidates + 1)
        for c in range(int(chunks[cid - 1]))
    ]
    keys += [(cid, mid, "motivation", 0) for mid, cid in motivation_owners]
    fake_hash = "0" * 64
    profile = int(chunks.sum())
    figures = {"profile_vectors": profile, "motivation_vectors": len(keys) - profile}

    def blocks():
        for start in range(0, len(keys), BATCH * 4):
            part = keys[start : start + BATCH * 4]
            n_profile = max(0, min(len(part), profile - start))
            matrix = _unit_rows(rng, len(part), dim)
            if centres is not None and n_profile:
                matrix[:n_profile] = clustered_rows(rng, centres, n_profile)
            yield part, matrix

    if engine.dialect.name == "postgresql":
        copy_vectors_postgres(engine, model, blocks())
        return figures
    with Session(engine) as session:
        for part, matrix in blocks():
            rows = [
                {
                    "candidate_id": cid,
                    "motivation_id": mid,
                    "part": kind,
                    "chunk": c,
                    "model": model,
                    "content_hash": fake_hash,
                    "source_hash": fake_hash if kind == "profile" else None,
                    "vector": matrix[i].tobytes(),
                    "created_at": NOW,
                }
                for i, (cid, mid, kind, c) in enumerate(part)
            ]
            session.execute(insert(CandidateVector), rows)
        session.commit()
    return figures


def copy_vectors_postgres(engine: Engine, model: str, blocks) -> None:
    """``blocks`` of (keys, matrix): each key (candidate id, motivation id, part, chunk) with
    its row; profile rows get their halfvec copy too. One binary COPY."""
    from pgvector import HalfVector
    from pgvector.psycopg import register_vector

    fake_hash = "0" * 64
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        register_vector(conn)
        with conn.cursor() as cur:
            with cur.copy(
                "COPY candidate_vector (candidate_id, motivation_id, part, chunk, model,"
                " content_hash, source_hash, vector, embedding, created_at)"
                " FROM STDIN WITH (FORMAT BINARY)"
            ) as copy:
                copy.set_types(
                    ["int4", "int4", "varchar", "int4", "varchar", "varchar", "varchar",
                     "bytea", "halfvec", "timestamptz"]
                )  # fmt: skip
                for part, matrix in blocks:
                    for (cid, mid, kind, c), row in zip(part, matrix, strict=True):
                        profile = kind == "profile"
                        copy.write_row(
                            (cid, mid, kind, c, model, fake_hash,
                             fake_hash if profile else None, row.tobytes(),
                             HalfVector(row) if profile else None, NOW)
                        )  # fmt: skip
        conn.commit()
    finally:
        raw.close()
