"""The one way the command line shows outside text (names, titles, notes, cell values).

A terminal obeys what it is sent: an ESC sequence in a name can rewrite the screen or set the
clipboard (OSC 52), a C1 byte can start one, a bidi override can make text read backwards and
a carriage return can print over a line. Rich, for its part, reads ``[...]`` as markup and
fails on an unmatched ``[/b]``. So:

- ``shown(text)`` makes every such character visible instead (``\\x1b``, ``\\u202e``);
  one-line fields (names, titles) also show line breaks as ``\\n``, so a name cannot forge
  a row of a table or a message.
- ``out`` and ``err`` never read Rich markup or emoji codes, and pass every string they print
  through ``shown``; styles are given as ``rich.text.Text`` parts (see ``typer_app.fail``).
- ``progress_bar`` draws on ``err``, its label never read as markup.
- ``echo`` prints a report built from outside text on stdout, ``echo_data`` machine output
  (JSON, CSV, ICS): exact bytes into a pipe or a file, the same neutralising on a terminal.
- ``json_text`` is JSON that parses back to the exact data and carries no raw control,
  C1 or bidi character (``json`` leaves those in place with ``ensure_ascii=False``).
"""

import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

# C0 controls except tab/LF/CR (handled per mode), DEL, C1 controls, the bidi embeddings,
# overrides, isolates and marks, the Unicode line/paragraph separators, lone surrogates.
_ALWAYS = (
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
    "\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
    "\ud800-\udfff"
)
_ONE_LINE = re.compile(f"[{_ALWAYS}\t\n\r]")
# Several lines: keep line breaks (CRLF too) and tabs; a lone CR would print over a line.
_LINES = re.compile(f"[{_ALWAYS}]|\r(?!\n)")
# What ``json.dumps`` leaves raw: all of the above except C0, which it escapes itself.
_JSON_RAW = re.compile(f"[{_ALWAYS}]")
_SHORT = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _visible(match: re.Match) -> str:
    char = match.group()
    if char in _SHORT:
        return _SHORT[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(value: object, *, multiline: bool = False) -> str:
    """``value`` as text that is safe to send to a terminal, every control made visible."""
    text = "" if value is None else str(value)
    return (_LINES if multiline else _ONE_LINE).sub(_visible, text)


def json_text(payload: Any, *, indent: int | None = 2) -> str:
    """JSON of ``payload`` (exact on parsing) with no raw DEL, C1, bidi or separator char."""
    text = json.dumps(payload, indent=indent, ensure_ascii=False)
    # Outside JSON strings there is only ASCII syntax, so every match is inside a string,
    # where ``\\uXXXX`` parses back to the same character.
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class _PlainConsole(Console):
    """A Rich console that prints strings as plain text: no markup, no emoji codes, no
    highlighting, controls made visible. Styled parts come as ``rich.text.Text``."""

    def __init__(self, **options: Any) -> None:
        super().__init__(markup=False, emoji=False, highlight=False, **options)

    def print(self, *objects: Any, **options: Any) -> None:
        options.pop("markup", None)
        safe = (shown(o, multiline=True) if isinstance(o, str) else o for o in objects)
        super().print(*safe, **options)


out = _PlainConsole()
err = _PlainConsole(stderr=True, soft_wrap=True)


def echo(text: str) -> None:
    """A report on stdout (a table, a draft): its outside text neutralised, lines kept."""
    print(shown(text, multiline=True))


def echo_data(payload: str | bytes) -> None:
    """Machine output on stdout: byte for byte into a pipe or file; neutralised on a terminal,
    where the bytes would otherwise be obeyed rather than read."""
    if sys.stdout.isatty():
        text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload
        sys.stdout.write(shown(text, multiline=True))
        sys.stdout.flush()
        return
    if isinstance(payload, str):
        payload = payload.encode("utf-8")
    sys.stdout.flush()
    sys.stdout.buffer.write(payload)
    sys.stdout.flush()


@contextmanager
def progress_bar(label: str, *, threaded: bool = True) -> Iterator[Callable[[int, int], None]]:
    """A bar on stderr; the context gives ``update(done, total)``. ``threaded=False`` draws it
    on each update instead of from a thread of its own (worker processes can then be forked)."""
    columns = (
        TextColumn("{task.description}", markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=err, transient=False, auto_refresh=threaded) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, refresh=not threaded)

        yield update
