"""Reading résumé files in a separate process, within a memory and a time limit.

A PDF is a container of compressed streams, and pdfminer.six unpacks each one whole: a small
file can declare gigabytes (a decompression bomb), and a damaged one can keep a parser busy
for ever. So files are read by a child process (``ResumeReader``) whose address space is
capped (``ENCORE_RESUME_READ_MEMORY_MB``, on systems that enforce it: Linux) and which is
stopped when one file takes longer than ``ENCORE_RESUME_READ_SECONDS``. Either way that file
is refused with the reason, a fresh child reads the next one, and the batch goes on.

The child is a fresh interpreter (``python -c "...serve()"``) talking over
its standard input and output: unlike ``multiprocessing`` it never re-runs the caller's main
script, and forking a threaded server such as Streamlit's is unsafe. One child per process is
kept for the next file and shared behind a lock, so reruns and tests do not pay its start-up
again. Messages are length-prefixed JSON, and the file's bytes.
"""

import atexit
import json
import os
import queue
import struct
import subprocess
import sys
import threading
from dataclasses import dataclass
from typing import BinaryIO

from data.importers.errors import ImportRefused
from data.importers.resume_text import ResumeText, TextLimits, Unreadable, read_resume
from data.settings import get_settings

_START_SECONDS = 120  # a cold start on a busy machine imports pdfminer and python-docx
_LENGTH = struct.Struct(">Q")


@dataclass(frozen=True)
class ReaderLimits:
    text: TextLimits
    seconds: float
    memory_mb: int

    @classmethod
    def current(cls) -> "ReaderLimits":
        settings = get_settings()
        return cls(
            TextLimits.current(), settings.resume_read_seconds, settings.resume_read_memory_mb
        )


def _send(stream: BinaryIO, payload: bytes) -> None:
    stream.write(_LENGTH.pack(len(payload)))
    stream.write(payload)
    stream.flush()


def _receive(stream: BinaryIO) -> bytes:
    head = stream.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        raise EOFError
    (size,) = _LENGTH.unpack(head)
    payload = stream.read(size)
    if len(payload) < size:
        raise EOFError
    return payload


# --- the child ---------------------------------------------------------------------------


def serve(memory_mb: int) -> None:
    """Read the files sent on standard input, one at a time, until it closes."""
    wire_in, wire_out = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a library that prints must not break the wire
    # Import the readers before the memory cap, so that the cap bounds the reading only.
    import docx  # noqa: F401
    import pdfminer.high_level  # noqa: F401
    import striprtf.striprtf  # noqa: F401

    try:
        import resource  # Unix only

        cap = memory_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ImportError, ValueError, OSError):  # Windows has no rlimits
        pass
    _send(wire_out, b'{"ready": true}')
    while True:
        try:
            header = json.loads(_receive(wire_in))
            data = _receive(wire_in)
        except EOFError:
            return
        limits = TextLimits(header["max_pages"], header["max_chars"])
        answer: dict
        try:
            found = read_resume(header["name"], data, limits)
            answer = {"text": found.text, "kind": found.kind, "pages": found.pages}
        except Unreadable as exc:
            answer = {"refused": str(exc)}
        except MemoryError:
            # Whatever was half-built is not worth trusting: the next file gets a new child.
            answer = {"refused": f"more than {memory_mb} MB of memory to read", "restart": True}
        except Exception as exc:  # a library failing on a hostile file refuses that file only
            answer = {"refused": f"damaged: it cannot be read ({type(exc).__name__})"}
        del data
        _send(wire_out, json.dumps(answer).encode())
        if answer.get("restart"):
            return


# --- the parent --------------------------------------------------------------------------


class ResumeReader:
    """Read files in the child process: ``read(name, data)`` returns ``ResumeText`` or
    raises ``Unreadable``."""

    def __init__(self, limits: ReaderLimits | None = None):
        self.limits = limits or ReaderLimits.current()
        self._child: subprocess.Popen | None = None
        self._answers: queue.Queue = queue.Queue()
        self._lock = threading.Lock()

    def _start(self) -> None:
        # The child imports the same code as this process, wherever that was found.
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        child = subprocess.Popen(
            [sys.executable, "-c", f"from {__name__} import serve; serve({self.limits.memory_mb})"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        answers: queue.Queue = queue.Queue()

        def listen() -> None:  # blocking reads here, so the caller can wait with a timeout
            try:
                while True:
                    answers.put(json.loads(_receive(child.stdout)))
            except (EOFError, OSError, ValueError):
                answers.put(None)

        threading.Thread(target=listen, daemon=True, name="encore-resume-reader").start()
        try:
            ready = answers.get(timeout=_START_SECONDS)
        except queue.Empty:
            ready = None
        if not ready:
            child.kill()
            child.wait()
            raise ImportRefused(
                "the résumé reader could not start: are pdfminer.six, python-docx and striprtf "
                "installed (pip install encore)?"
            )
        self._child, self._answers = child, answers

    def _end(self, *, kill: bool) -> None:
        child, self._child = self._child, None
        if child is None:
            return
        try:
            if kill:
                child.kill()
            else:
                child.stdin.close()
            child.wait(5)
        except (OSError, subprocess.TimeoutExpired):
            child.kill()
            child.wait()
        for stream in (child.stdin, child.stdout):
            try:
                stream.close()
            except OSError:
                pass

    def read(self, name: str, data: bytes) -> ResumeText:
        with self._lock:
            if self._child is None or self._child.poll() is not None:
                self._end(kill=True)
                self._start()
            header = {
                "name": name,
                "max_pages": self.limits.text.max_pages,
                "max_chars": self.limits.text.max_chars,
            }
            try:
                _send(self._child.stdin, json.dumps(header).encode())
                _send(self._child.stdin, data)
                answer = self._answers.get(timeout=self.limits.seconds)
            except queue.Empty:
                self._end(kill=True)
                raise Unreadable(
                    f"took more than {self.limits.seconds:g} s to read and was stopped "
                    "(a damaged or hostile file; ENCORE_RESUME_READ_SECONDS)"
                ) from None
            except OSError:
                answer = None
            if answer is None:
                self._end(kill=True)
                raise Unreadable("reading it stopped the reader (a damaged or hostile file)")
            if answer.get("restart"):
                self._end(kill=False)
                raise Unreadable(
                    f"needs {answer['refused']} (a decompression bomb or a damaged file; "
                    "ENCORE_RESUME_READ_MEMORY_MB)"
                )
            if "refused" in answer:
                raise Unreadable(answer["refused"])
            return ResumeText(text=answer["text"], kind=answer["kind"], pages=answer["pages"])

    def close(self) -> None:
        with self._lock:
            self._end(kill=False)


_shared: ResumeReader | None = None
_shared_lock = threading.Lock()


def shared_reader() -> ResumeReader:
    """The process's reader, started on first use and stopped at exit; a change of limits
    (the settings) starts a new one."""
    global _shared
    with _shared_lock:
        limits = ReaderLimits.current()
        if _shared is not None and _shared.limits != limits:
            _shared.close()
            _shared = None
        if _shared is None:
            _shared = ResumeReader(limits)
            atexit.register(_shared.close)
        return _shared
