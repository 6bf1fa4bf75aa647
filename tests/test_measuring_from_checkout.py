"""`encore eval` and `encore bench` find the measuring tools in the checkout the `app` package
comes from, even when that checkout is not on the import path (an editable install's console
script); an installed Encore, which ships neither, gets one line saying why, not a traceback.

Each layout is built in a temporary folder: the product packages linked back to this checkout
(editable-like) or `app` copied out of it (installed-like), run from a folder elsewhere.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = ("app", "data", "matching", "outreach", "reading")
# Arguments that import the measuring packages, then stop on a bad value before measuring.
CHEAP = {
    "eval": (("eval", "--set", "reading", "--split", "nope"), "unknown split 'nope'"),
    "bench": (("bench", "--ui", "--ui-page", "nope"), "unknown --ui-page 'nope'"),
}


def encore(site: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(exist_ok=True)
    env = {
        **os.environ,
        "PYTHONPATH": str(site),  # only the product packages: not the checkout itself
        "DATABASE_URL": f"sqlite:///{elsewhere / 'encore.db'}",
        "HF_HUB_OFFLINE": "1",
        "COLUMNS": "200",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=elsewhere,
        timeout=300,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def product_site(tmp_path: Path, *, copy_app: bool) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    for name in PRODUCT:
        if name == "app" and copy_app:
            shutil.copytree(ROOT / name, site / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            (site / name).symlink_to(ROOT / name, target_is_directory=True)
    return site


@pytest.mark.parametrize("command", sorted(CHEAP))
def test_measuring_commands_find_the_checkout_their_app_comes_from(tmp_path, command):
    args, stopped_at = CHEAP[command]
    proc = encore(product_site(tmp_path, copy_app=False), tmp_path, *args)
    assert proc.returncode == 2
    assert stopped_at in proc.stderr  # got past importing the measuring package
    assert "checkout" not in proc.stderr


@pytest.mark.parametrize("command", sorted(CHEAP))
def test_measuring_commands_without_a_checkout_say_so_in_one_line(tmp_path, command):
    args, _ = CHEAP[command]
    proc = encore(product_site(tmp_path, copy_app=True), tmp_path, *args)
    assert proc.returncode == 2
    [line] = proc.stderr.strip().splitlines()
    assert line.startswith(f"error: encore {command} runs from a checkout of the repository: ")
