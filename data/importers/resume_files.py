"""The files of a résumé import: named files, the files of a folder, the files in a zip, or
uploads, each checked before a byte of it is parsed.

``gather(sources, limits)`` returns one ``Entry`` per file found, in order (a folder's and a
zip's files oldest first, so a newer version of a résumé is read last and wins). An entry
either loads its bytes or says why it is refused; a refused file never stops the others:

- a path leaving the zip's folder (``../``, an absolute path: "zip slip"), a symbolic link,
  a device or a pipe, a zip inside the zip;
- a file with an executable extension, an encrypted zip member, an empty file;
- a file over ``resume_max_mb``, or a zip member declaring it unpacks to more, or packed
  tighter than ``reading.MAX_PACKING`` to 1 (a decompression bomb);
- a zip or folder whose files add up to more than ``resume_batch_max_mb``, or with more than
  ``MAX_FILES`` files, is refused whole (one line).

Hidden files and macOS metadata (``.DS_Store``, ``__MACOSX/``) are passed over in silence.
Python's ``zipfile`` stops a member at its declared size, so the declared sizes bound what is
read.
"""

import io
import os
import stat
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from data.importers.reading import MAX_PACKING, megabytes, too_tightly_packed
from data.importers.resume_text import refusal_by_name
from data.settings import get_settings

MAX_FILES = 20_000  # in one zip or folder
_LINK = "a symbolic link: it may point anywhere on this machine, so it is not followed"
_SLIP = 'its path leads outside the zip\'s folder (a "zip slip"), so it was not unpacked'
_TOO_MANY = f"holds more than {MAX_FILES} files: import it in parts"
_ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class FileLimits:
    max_bytes: int  # one file
    max_batch_bytes: int  # a zip's or a folder's files in all

    @classmethod
    def current(cls) -> "FileLimits":
        settings = get_settings()
        return cls(int(settings.resume_max_mb * 2**20), int(settings.resume_batch_max_mb * 2**20))


@dataclass
class Entry:
    """One file of the batch: ``name`` is its path as the user knows it (``export.zip/ana.pdf``)
    and ``inner`` its path inside the folder or zip, where an ATS may have put an id."""

    name: str
    inner: str
    size: int = 0
    refused: str | None = None
    _load: Callable[[], bytes] | None = None

    def load(self) -> bytes:
        return self._load() if self._load else b""


Source = Path | str | tuple[str, bytes]  # a path, or an upload: (its file name, its bytes)


def gather(sources: Iterable[Source], limits: FileLimits | None = None) -> list[Entry]:
    limits = limits or FileLimits.current()
    entries: list[Entry] = []
    for source in sources:
        if isinstance(source, tuple):
            entries.extend(_upload(*source, limits))
        else:
            entries.extend(_path(Path(source), limits))
    return entries


def _refused(name: str, why: str, inner: str | None = None) -> Entry:
    return Entry(name=name, inner=inner or PurePosixPath(name).name, refused=why)


def _passed_over(inner: str) -> bool:
    parts = PurePosixPath(inner).parts
    return any(p.startswith(".") or p == "__MACOSX" for p in parts) or parts[-1] == "Thumbs.db"


def _size_refusal(size: int, limits: FileLimits, what: str = "the file is") -> str | None:
    if size == 0:
        return "an empty file (0 bytes)"
    if size > limits.max_bytes:
        return (
            f"{what} {megabytes(size)}, over the {megabytes(limits.max_bytes)} limit for a "
            "résumé (ENCORE_RESUME_MAX_MB)"
        )
    return None


# --- uploads -----------------------------------------------------------------------------


def _upload(name: str, data: bytes, limits: FileLimits) -> list[Entry]:
    label = PurePosixPath(name.replace("\\", "/")).name or "upload"
    if data.startswith(_ZIP_MAGIC) and label.lower().endswith(".zip"):
        return _zip(label, io.BytesIO(data), len(data), limits)
    if why := refusal_by_name(label) or _size_refusal(len(data), limits):
        return [_refused(label, why)]
    return [Entry(name=label, inner=label, size=len(data), _load=lambda: data)]


# --- paths -------------------------------------------------------------------------------


def _path(path: Path, limits: FileLimits) -> list[Entry]:
    name = str(path)
    try:
        info = path.stat()  # a path the user named may be a link: they chose it
    except FileNotFoundError:
        return [_refused(name, "no such file or folder")]
    except OSError as exc:
        return [_refused(name, f"cannot be read ({exc.strerror})")]
    if stat.S_ISDIR(info.st_mode):
        return _folder(path, limits)
    if not stat.S_ISREG(info.st_mode):
        return [_refused(name, "not a regular file (a device, a pipe or a socket)")]
    if path.suffix.lower() == ".zip":
        return _zip(name, path, info.st_size, limits)
    if why := refusal_by_name(path.name) or _size_refusal(info.st_size, limits):
        return [_refused(name, why, path.name)]
    return [Entry(name=name, inner=path.name, size=info.st_size, _load=_reader(path, limits))]


def _reader(path: Path, limits: FileLimits) -> Callable[[], bytes]:
    def load() -> bytes:
        # Read no further than the cap, whatever the file has grown to since it was listed.
        with path.open("rb") as f:
            data = f.read(limits.max_bytes + 1)
        if len(data) > limits.max_bytes:
            raise OSError(_size_refusal(len(data), limits, "the file grew to more than"))
        return data

    return load


def _folder(root: Path, limits: FileLimits) -> list[Entry]:
    """The folder's files and its subfolders', oldest first; links are not followed."""
    found: list[tuple[float, Entry]] = []
    total = 0
    for folder, subfolders, files in os.walk(root, followlinks=False):
        subfolders.sort()
        for linked in [d for d in subfolders if (Path(folder) / d).is_symlink()]:
            path = Path(folder) / linked  # a linked folder is listed, and not walked
            found.append((0, _refused(str(path), _LINK, path.relative_to(root).as_posix())))
        for file_name in sorted(files):
            path = Path(folder) / file_name
            inner = path.relative_to(root).as_posix()
            if _passed_over(inner):
                continue
            if len(found) >= MAX_FILES:
                return [_refused(str(root), _TOO_MANY)]
            name = str(path)
            try:
                info = path.lstat()
            except OSError as exc:
                found.append((0, _refused(name, f"cannot be read ({exc.strerror})", inner)))
                continue
            if stat.S_ISLNK(info.st_mode):
                found.append((info.st_mtime, _refused(name, _LINK, inner)))
                continue
            if not stat.S_ISREG(info.st_mode):
                found.append((info.st_mtime, _refused(name, "not a regular file", inner)))
                continue
            if path.suffix.lower() == ".zip":
                why = "a zip inside a folder of résumés: import the zip by itself"
                found.append((info.st_mtime, _refused(name, why, inner)))
                continue
            if why := refusal_by_name(file_name) or _size_refusal(info.st_size, limits):
                found.append((info.st_mtime, _refused(name, why, inner)))
                continue
            total += info.st_size
            if total > limits.max_batch_bytes:
                return [_batch_too_large(str(root), "its files add up to more than", limits)]
            entry = Entry(name=name, inner=inner, size=info.st_size, _load=_reader(path, limits))
            found.append((info.st_mtime, entry))
    if not found:
        return [_refused(str(root), "holds no files")]
    return [entry for _, entry in sorted(found, key=lambda pair: pair[0])]


def _batch_too_large(name: str, what: str, limits: FileLimits) -> Entry:
    return _refused(
        name,
        f"{what} {megabytes(limits.max_batch_bytes)} (ENCORE_RESUME_BATCH_MAX_MB): import it "
        "in parts",
    )


# --- zips --------------------------------------------------------------------------------


def _inner_refusal(info: zipfile.ZipInfo, limits: FileLimits) -> str | None:
    """Why a zip member is refused by what the zip says of it, before it is unpacked."""
    raw = info.filename
    path = PurePosixPath(raw.replace("\\", "/"))
    if raw.startswith(("/", "\\")) or (len(raw) > 1 and raw[1] == ":") or ".." in path.parts:
        return _SLIP
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        return _LINK
    if info.flag_bits & 0x1:
        return "encrypted in the zip (password-protected)"
    if path.suffix.lower() == ".zip":
        return "a zip inside the zip: unpack it and import it by itself"
    if why := refusal_by_name(path.name):
        return why
    if why := _size_refusal(info.file_size, limits, "it unpacks to"):
        return why
    if too_tightly_packed(info) or (info.compress_size == 0 and info.file_size > 0):
        return (
            f"packed more than {MAX_PACKING} to 1 ({megabytes(info.file_size)} from "
            f"{megabytes(info.compress_size)}), as a decompression bomb is, so it was not unpacked"
        )
    return None


def _zip(name: str, target: Path | io.BytesIO, size: int, limits: FileLimits) -> list[Entry]:
    if size > limits.max_batch_bytes:
        return [_batch_too_large(name, "the zip is more than", limits)]
    try:
        archive = zipfile.ZipFile(target)
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        return [_refused(name, f"cannot be opened as a zip ({exc})")]
    if len(members) > MAX_FILES:
        return [_refused(name, _TOO_MANY)]
    if sum(m.file_size for m in members) > limits.max_batch_bytes:
        return [_batch_too_large(name, "its files unpack to more than", limits)]
    found: list[tuple[tuple, Entry]] = []
    for info in members:
        label = f"{name}/{info.filename}"
        inner = info.filename.replace("\\", "/")
        why = _inner_refusal(info, limits)
        if info.is_dir() or (_passed_over(inner) and why != _SLIP):
            continue
        if why:
            found.append((info.date_time, _refused(label, why, inner)))
            continue
        entry = Entry(name=label, inner=inner, size=info.file_size, _load=_member(archive, info))
        found.append((info.date_time, entry))
    if not found:
        return [_refused(name, "holds no files")]
    return [entry for _, entry in sorted(found, key=lambda pair: pair[0])]


def _member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Callable[[], bytes]:
    def load() -> bytes:
        with archive.open(info) as member:
            return member.read(info.file_size + 1)[: info.file_size]

    return load
