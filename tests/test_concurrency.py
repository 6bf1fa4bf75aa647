"""Two recruiters working at once, in two processes, on the same database: every import,
touchpoint and edit of both is there afterwards, attributed to whoever did it."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlmodel import func, select

from data.db import session_scope
from data.models import AuditEvent, Candidate, Touchpoint
from tests.factories import make_candidate

pytestmark = pytest.mark.both_backends
ROUNDS = 10
ROOT = Path(__file__).resolve().parents[1]


def test_two_recruiters_importing_logging_and_editing_at_once_lose_nothing(engine, db_url):
    with session_scope(engine) as session:
        shared = [make_candidate(session).id for _ in range(3)]
    start_at = time.time() + 3  # both are up and connected before either writes
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.concurrent_recruiter",
                db_url,
                name,
                str(ROUNDS),
                str(start_at),
                ",".join(map(str, shared)),
            ],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("ana", "ben")
    ]
    for worker in workers:
        _, stderr = worker.communicate(timeout=300)
        assert worker.returncode == 0, stderr[-2000:]

    with session_scope(engine) as session:
        for name in ("ana", "ben"):
            imported = session.exec(
                select(func.count(Candidate.id)).where(Candidate.external_id.like(f"{name}-%"))
            ).one()
            touches = session.exec(
                select(func.count(Touchpoint.id)).where(Touchpoint.recruiter == name)
            ).one()
            imports = session.exec(
                select(AuditEvent).where(AuditEvent.actor == name, AuditEvent.action == "import")
            ).all()
            assert imported == ROUNDS * 3
            assert touches == ROUNDS
            assert len(imports) == ROUNDS and all(e.count == 3 for e in imports)
        last = (ROUNDS - 1) % len(shared)
        person = session.get(Candidate, shared[last])
        assert person.location == f"ana round {ROUNDS - 1}"
        assert person.headline == f"ben round {ROUNDS - 1}"
