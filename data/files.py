"""Files and folders Encore creates on disk, private to the user who runs it.

Everything Encore writes holds people's data (the database, exports, drafts), so files are
created with mode 0600 and folders with 0700 from the start: the mode is given to the system
call that creates them, so there is no moment when another account could open them.
"""

import os
import stat
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def private_dir(path: Path) -> Path:
    """Create ``path`` (and any missing parents) as a folder only its owner can enter; a folder
    that already exists is left as it is."""
    path = Path(path)
    if not path.is_dir():
        for parent in reversed(path.parents):  # the parents Encore creates are private too
            if not parent.exists():
                parent.mkdir(mode=PRIVATE_DIR, exist_ok=True)
        path.mkdir(mode=PRIVATE_DIR, exist_ok=True)
    return path


def create_private_file(path: Path) -> bool:
    """Create an empty file only its owner can read, if there is none; True when created."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        return False
    return True


def write_private(path: Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` (text as UTF-8), readable and writable by its owner only.

    A regular file that was already there, with a wider mode, is narrowed before anything is
    written into it; a device or pipe (``/dev/stdout``) is written to as it is."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    with os.fdopen(fd, "wb") as fh:
        mode = os.fstat(fd).st_mode
        if stat.S_ISREG(mode) and stat.S_IMODE(mode) & ~PRIVATE_FILE and hasattr(os, "fchmod"):
            os.fchmod(fd, PRIVATE_FILE)
        fh.write(data)
