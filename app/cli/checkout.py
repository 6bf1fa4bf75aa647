"""Reaching the measuring tools, which live beside the product and not inside it.

``benchmarks`` and ``evaluation`` are top-level packages of the repository that the wheel does
not ship, so ``encore bench`` and ``encore eval`` run from a checkout only, and import them
inside the command, never when the CLI loads. The checkout is the directory that holds the
``app`` package in use: an editable install (``make install``) maps the product packages there
but does not put that directory on ``sys.path``, so the console script could not find
``benchmarks`` by name without this. An installed wheel has no such directory beside ``app``:
the command then stops with one line instead of an ImportError.
"""

import sys
from pathlib import Path

import app
from app.cli.typer_app import fail

# The checkout this `app` was loaded from (a symlinked package leads back to its checkout).
ROOT = Path(app.__file__).resolve().parent.parent


def need_checkout(package: str, command: str) -> None:
    """Make ``package`` (``benchmarks`` or ``evaluation``) importable from the checkout, or fail
    with exit code 2 saying that ``command`` runs from a checkout of the repository."""
    if not (ROOT / package / "__init__.py").is_file():
        fail(
            f"{command} runs from a checkout of the repository: there is no {package}/ beside "
            f"the app package in {ROOT} (an installed Encore does not ship it)"
        )
    # First on the path: a package of the same common name elsewhere must not be the one found.
    if sys.path[:1] != [str(ROOT)]:
        sys.path.insert(0, str(ROOT))
