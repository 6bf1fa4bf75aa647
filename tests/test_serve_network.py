"""`encore serve` keeps to this machine: it listens on 127.0.0.1 only and, from start-up through
a search in a real browser to a WebSocket knocking from another origin, opens no connection
to anything but loopback (no "External URL" lookup, no UDP probe towards 8.8.8.8).

The server runs exactly as `encore serve` starts it (a child process), with an audit hook
(`sys.addaudithook`, installed by a `sitecustomize` put first on its path) that writes every
socket bind, connect, send-to and name lookup the server's Python makes to a file.
"""

import ipaddress
import json
import os
import socket
from pathlib import Path

import pytest

from benchmarks.browser import CHROMIUM, VIEWPORT, chromium, click_to_results, served
from data.db import make_engine, session_scope, upgrade
from matching.embedder import HASHING_MODEL, load_embedder
from matching.indexer import index_pool
from tests.factories import make_candidate, make_opening

pytestmark = pytest.mark.browser

AUDIT_HOOK = """
import json, os, sys

_LOG = os.environ["ENCORE_TEST_SOCKET_LOG"]
_WATCHED = {"socket.bind", "socket.connect", "socket.sendto", "socket.sendmsg"}


def _record(event, args):
    if event in _WATCHED:
        where = args[1]
    elif event == "socket.getaddrinfo":
        where = [args[0], args[1]]
    else:
        return
    if isinstance(where, bytes):
        where = where.decode("utf-8", "replace")
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(json.dumps([event, where], default=str) + "\\n")


sys.addaudithook(_record)
"""


def _is_loopback(host) -> bool:
    if host in (None, "localhost"):
        return True
    if isinstance(host, bytes):
        host = host.decode()
    try:
        return ipaddress.ip_address(str(host)).is_loopback
    except ValueError:
        return False


@pytest.fixture
def small_pool(tmp_path) -> tuple[str, int]:
    path = tmp_path / "pool.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with session_scope(engine) as session:
        for n in range(5):
            make_candidate(session, full_name=f"Pat Example {n}")
        opening_id = make_opening(session).id
    index_pool(engine, load_embedder(HASHING_MODEL))
    engine.dispose()
    return f"sqlite:///{path}", opening_id


def _knock_from_another_origin(base: str) -> None:
    """A WebSocket handshake from a page on another site: Streamlit vets its Origin."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as conn:
        conn.sendall(
            (
                f"GET /_stcore/stream HTTP/1.1\r\nHost: {host}:{port}\r\n"
                "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                "Origin: http://elsewhere.example\r\n\r\n"
            ).encode()
        )
        conn.recv(1024)


def test_serve_listens_on_loopback_and_connects_nowhere_else(small_pool, tmp_path):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium)")
    db_url, opening_id = small_pool
    hook_dir = tmp_path / "hook"
    hook_dir.mkdir()
    (hook_dir / "sitecustomize.py").write_text(AUDIT_HOOK)
    log = tmp_path / "sockets.jsonl"
    env = {
        "PYTHONPATH": os.pathsep.join(filter(None, [str(hook_dir), os.environ.get("PYTHONPATH")])),
        "ENCORE_TEST_SOCKET_LOG": str(log),
        "ENCORE_MODEL": HASHING_MODEL,
    }
    with served(db_url, env=env) as base, chromium() as browser:
        page = browser.new_page(viewport=VIEWPORT)
        page.set_default_timeout(120_000)
        click_to_results(page, base, opening_id, timeout_ms=120_000)
        _knock_from_another_origin(base)

    events = [json.loads(line) for line in log.read_text().splitlines()]
    binds = [where for event, where in events if event == "socket.bind"]
    # The hook saw the server's own listening socket, so an empty list below means something.
    assert any(isinstance(w, list) and w[0] == "127.0.0.1" for w in binds), events
    assert all(isinstance(w, str) or w[0] == "127.0.0.1" for w in binds), binds
    outward = [
        (event, where)
        for event, where in events
        if event != "socket.bind"
        and not (isinstance(where, str) or _is_loopback(where[0] if where else None))
    ]
    assert outward == [], outward
