"""One recruiter's busy minute, run as a process of its own by ``test_concurrency``:
imports people, logs touchpoints on shared people and edits them, each step its own
transaction, as the dashboard does.

Usage: python -m tests.concurrent_recruiter DATABASE_URL NAME ROUNDS START_AT SHARED_IDS
"""

import sys
import time

from data.db import make_engine, session_scope
from data.importers import import_file
from data.models import Candidate
from outreach.actions import log_touchpoint

# Each recruiter edits their own field of the same people: both edits must survive.
FIELD = {"ana": "location", "ben": "headline"}


def main(url: str, name: str, rounds: int, start_at: float, shared: list[int]) -> None:
    engine = make_engine(url)
    while time.time() < start_at:  # both processes start writing at the same moment
        time.sleep(0.002)
    for i in range(rounds):
        csv = "external_id,full_name\n" + "".join(
            f"{name}-{i}-{j},{name} import {i} {j}\n" for j in range(3)
        )
        with session_scope(engine) as session:
            import_file(session=session, kind="candidates", source=csv.encode(), actor=name)
        with session_scope(engine) as session:
            log_touchpoint(
                session=session, candidate_id=shared[i % len(shared)], recruiter=name, note=f"{i}"
            )
        with session_scope(engine) as session:
            person = session.get(Candidate, shared[i % len(shared)])
            setattr(person, FIELD[name], f"{name} round {i}")
    engine.dispose()


if __name__ == "__main__":
    url, name, rounds, start_at, shared = sys.argv[1:6]
    main(url, name, int(rounds), float(start_at), [int(x) for x in shared.split(",")])
