"""The text of a résumé file (PDF, DOCX, RTF or plain text), as the candidate wrote it and
without the noise its layout adds.

``read_resume(name, data, limits)`` tells the format by the file's first bytes (its name only
breaks ties and names what is refused), extracts the text with a library made for the format
and tidies it (``tidy``): a header or footer repeated on every page is kept once, a page
number goes, a word hyphenated at a line end is joined, ligatures and runs of blank space are
evened out. A PDF is laid out by pdfminer.six, which orders the boxes of a two-column page
column by column. What cannot be read raises ``Unreadable`` with a reason a recruiter
understands: an encrypted or damaged file, a scan without a text layer (there is no OCR), an
executable or macro file, a format Encore does not read, more pages or text than a résumé has.

This module parses hostile files: ``resume_worker`` runs it in a separate process with a
memory and time limit, so that a decompression bomb inside a PDF or a parser caught in a loop
costs one refused file, not the machine.
"""

import io
import logging
import re
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import PurePosixPath

from striprtf.striprtf import rtf_to_text

from data.importers.reading import too_tightly_packed
from data.settings import get_settings

PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003, and password-protected Office
RTF_MAGIC = b"{\\rtf"
# Programs and scripts by their first bytes: Windows, Linux, macOS, a script with a #! line.
_PROGRAM_MAGIC = (
    b"MZ",
    b"\x7fELF",
    b"\xfe\xed\xfa",
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",
    b"#!",
)
_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*", b"RIFF")
EXECUTABLE_EXTENSIONS = frozenset(
    ".exe .com .bat .cmd .msi .msp .scr .pif .cpl .dll .sys .lnk .ps1 .psm1 .vbs .vbe .js .jse "
    ".wsf .wsh .hta .jar .sh .bash .zsh .csh .command .app .apk .deb .rpm .dmg .pkg .bin .run "
    ".py .pyc .pl .rb .php .reg .iso .img .docm .dotm .xlsm .pptm".split()
)
_MACRO_EXTENSIONS = frozenset((".docm", ".dotm", ".xlsm", ".pptm"))
_IMAGE_EXTENSIONS = frozenset(".png .jpg .jpeg .gif .tif .tiff .bmp .heic .webp".split())
_TEXT_EXTENSIONS = frozenset((".txt", ".text", ".md"))
READABLE = "PDF, DOCX, RTF or TXT"
MIN_WORDS = 10  # less than this is not a résumé (a cover sheet, a blank template)


class Unreadable(Exception):
    """The file cannot be read as a résumé; the message says why, for the person importing."""


@dataclass(frozen=True)
class TextLimits:
    max_pages: int
    max_chars: int  # the longest text a profile takes (the import's cell limit)

    @classmethod
    def current(cls) -> "TextLimits":
        settings = get_settings()
        return cls(settings.resume_max_pages, settings.import_max_cell_kb * 1024)


@dataclass(frozen=True)
class ResumeText:
    text: str
    kind: str  # pdf | docx | rtf | txt
    pages: int | None = None  # for a PDF


def extension(name: str) -> str:
    return PurePosixPath(name.replace("\\", "/")).suffix.lower()


def refusal_by_name(name: str) -> str | None:
    """Why a file is refused by its name alone (before it is read), if it is."""
    ext = extension(name)
    if ext in _MACRO_EXTENSIONS:
        return f"a macro-enabled Office file ({ext}) can carry code: save it as DOCX or PDF"
    if ext in EXECUTABLE_EXTENSIONS:
        return f"an executable or script ({ext}), not a résumé"
    return None


def kind_of(name: str, head: bytes) -> str:
    """pdf | docx | rtf | txt, from the first bytes; ``Unreadable`` for anything else."""
    if why := refusal_by_name(name):
        raise Unreadable(why)
    ext = extension(name)
    if head.startswith(_PROGRAM_MAGIC):
        raise Unreadable("an executable program or script (by its content), not a résumé")
    if PDF_MAGIC in head[:1024]:
        return "pdf"
    if head.startswith(ZIP_MAGIC):
        if ext in (".zip", ".odt", ".pages", ".xlsx", ".pptx"):
            raise Unreadable(f"a {ext} file is not a résumé format Encore reads ({READABLE})")
        return "docx"  # checked for word/document.xml when it is opened
    if head.startswith(OLE_MAGIC):
        if ext == ".docx":
            raise Unreadable("encrypted: the Word file is password-protected")
        raise Unreadable("an old Word 97-2003 (.doc) file: save it as DOCX or PDF to import it")
    if head.startswith(RTF_MAGIC):
        return "rtf"
    if head.startswith(_IMAGE_MAGIC) or ext in _IMAGE_EXTENSIONS:
        raise Unreadable("an image: Encore does not read text in pictures (no OCR)")
    if ext in _TEXT_EXTENSIONS or (not ext and b"\x00" not in head):
        return "txt"
    raise Unreadable(f"not a résumé format Encore reads ({READABLE})")


def read_resume(name: str, data: bytes, limits: TextLimits) -> ResumeText:
    """The tidied text of one résumé file; ``Unreadable`` if there is none to take."""
    if not data:
        raise Unreadable("an empty file (0 bytes)")
    kind = kind_of(name, data[:2048])
    pages: int | None = None
    if kind == "pdf":
        page_texts = _pdf_pages(data, limits)
        pages = len(page_texts)
        text = tidy(page_texts)
        if not text.strip():
            raise Unreadable(
                "no text layer: a scanned PDF (pictures of pages); Encore does not OCR, so ask "
                "for a PDF saved from a word processor, or a DOCX"
            )
    elif kind == "docx":
        text = tidy([_docx_text(data, limits)])
    elif kind == "rtf":
        text = tidy([_rtf_text(data)])
    else:
        text = tidy([_plain_text(data)])
    if len(text) > limits.max_chars:
        raise Unreadable(
            f"{len(text) // 1024} KB of text, more than a résumé holds (the limit is "
            f"{limits.max_chars // 1024} KB, ENCORE_IMPORT_MAX_CELL_KB)"
        )
    if len(text.split()) < MIN_WORDS:
        words = len(text.split())
        raise Unreadable(f"not a résumé: only {words} word{'' if words == 1 else 's'} of text")
    return ResumeText(text=text, kind=kind, pages=pages)


# --- PDF ---------------------------------------------------------------------------------


def _pdf_pages(data: bytes, limits: TextLimits) -> list[str]:
    # pdfminer takes a fifth of a second to import: only an import with a PDF in it pays that.
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTTextContainer
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # it warns on every odd font
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
    except PDFPasswordIncorrect:
        raise Unreadable("encrypted: the PDF needs a password to open") from None
    except PDFEncryptionError as exc:
        raise Unreadable(f"encrypted in a way Encore cannot open ({exc})") from None
    except Exception as exc:  # pdfminer raises many types for a damaged file
        raise Unreadable(f"damaged: it cannot be read as a PDF ({_short(exc)})") from None
    try:
        declared = resolve1(resolve1(document.catalog["Pages"]).get("Count"))
    except Exception:
        declared = None
    if isinstance(declared, int) and declared > limits.max_pages:
        raise Unreadable(_too_many_pages(declared, limits))
    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=LAParams())
    interpreter = PDFPageInterpreter(manager, device)
    pages: list[str] = []
    try:
        for page in PDFPage.create_pages(document):
            if len(pages) == limits.max_pages:
                raise Unreadable(_too_many_pages(len(pages) + 1, limits))
            interpreter.process_page(page)
            boxes = [b.get_text() for b in device.get_result() if isinstance(b, LTTextContainer)]
            pages.append("\n".join(boxes))
    except Unreadable:
        raise
    except MemoryError:
        raise
    except Exception as exc:
        if not pages:
            raise Unreadable(f"damaged: it cannot be read as a PDF ({_short(exc)})") from None
        # A damaged last page: keep the pages already read.
    return pages


def _too_many_pages(pages: int, limits: TextLimits) -> str:
    return (
        f"not a résumé: {pages}{'+' if pages == limits.max_pages + 1 else ''} pages, more than "
        f"the {limits.max_pages} a résumé may have (ENCORE_RESUME_MAX_PAGES)"
    )


def _short(exc: Exception) -> str:
    return (str(exc) or exc.__class__.__name__)[:120]


# --- DOCX --------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _check_docx_parts(data: bytes, max_bytes: int) -> None:
    """Refuse a Word file by what its zip declares, before a part is unpacked."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise Unreadable(f"damaged: it cannot be opened as a Word file ({_short(exc)})") from None
    names = {p.filename for p in parts}
    if "word/document.xml" not in names:
        raise Unreadable(f"a zip file, not a Word document or a format Encore reads ({READABLE})")
    if any(p.flag_bits & 0x1 for p in parts):
        raise Unreadable("encrypted: parts of the Word file are password-protected")
    if any(too_tightly_packed(p) for p in parts):
        raise Unreadable("a part of the Word file is packed as tightly as a decompression bomb")
    if sum(p.file_size for p in parts) > max_bytes:
        raise Unreadable("the Word file unpacks to more than a résumé holds")


def _docx_text(data: bytes, limits: TextLimits) -> str:
    # python-docx takes a sixth of a second to import: only a Word file pays that.
    from docx import Document

    # Pictures and fonts inside a Word file are large; the text parts are what is bounded.
    _check_docx_parts(data, max(64 * limits.max_chars, 64 * 2**20))
    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # python-docx and lxml raise many types for a damaged file
        raise Unreadable(f"damaged: it cannot be opened as a Word file ({_short(exc)})") from None
    lines: list[str] = []
    section = document.sections[0] if document.sections else None
    if section is not None:  # contact details often sit in the page header of a template
        lines.extend(_block_lines(section.header))
    lines.extend(_block_lines(document))
    if section is not None:
        lines.extend(_block_lines(section.footer))
    return "\n".join(lines)


def _block_lines(container) -> list[str]:
    """Paragraphs and tables in document order; a table row as its cells side by side."""
    from docx.table import Table  # lazily, as in ``_docx_text``

    lines: list[str] = []
    try:
        content = list(container.iter_inner_content())
    except (AttributeError, KeyError, ValueError):  # a header part that is missing
        return lines
    for block in content:
        if isinstance(block, Table):
            lines.extend(_table_lines(block))
        else:
            lines.append(block.text)
            lines.extend(_text_box_lines(block._p))
    return lines


def _table_lines(table) -> list[str]:
    lines: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell appears once per grid column it spans
                continue
            seen.add(id(cell._tc))
            text = " ".join(line.strip() for line in _block_lines(cell) if line.strip())
            if text:
                cells.append(text)
        if cells:
            lines.append(" | ".join(cells))
    return lines


def _text_box_lines(paragraph) -> list[str]:
    """Text in shapes and text boxes anchored to a paragraph (résumé templates use them);
    Word writes each twice, once for old readers (``mc:Fallback``), kept once here."""
    lines = []
    for box in paragraph.iter(f"{_W}txbxContent"):
        if any(a.tag.endswith("}Fallback") for a in box.iterancestors()):
            continue
        for p in box.iter(f"{_W}p"):
            lines.append("".join(t.text or "" for t in p.iter(f"{_W}t")))
    return lines


# --- RTF and plain text ------------------------------------------------------------------


def _rtf_text(data: bytes) -> str:
    try:
        return rtf_to_text(data.decode("latin-1"), errors="replace")
    except Exception as exc:
        raise Unreadable(f"damaged: it cannot be read as RTF ({_short(exc)})") from None


_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def _plain_text(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise Unreadable(f"says it is {encoding.upper()} but is not") from None
    if b"\x00" in data:
        raise Unreadable(f"binary data, not text: not a résumé format Encore reads ({READABLE})")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


# --- tidying -----------------------------------------------------------------------------

_PAGE_NUMBER = re.compile(
    r"^\W*(?:page|p\.|pg\.?|seite|página|pagina)?\s*\d{1,3}(?:\s*(?:of|/|von|de|di)\s*\d{1,3})?\W*$",
    re.IGNORECASE,
)
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])[-\u00ad]\n(?=[a-zà-ÿ])")
_SOFT_HYPHEN = "\u00ad"
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_EDGE = 3  # lines at the top and the bottom of a page where a header or footer sits


def _shape(line: str) -> str:
    """A line as a running header or footer repeats it: page numbers and dates vary."""
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def tidy(pages: list[str]) -> str:
    """One text from a file's pages, without the noise of its layout."""
    split = [
        [_SPACES.sub(" ", line).strip() for line in _clean(page).split("\n")] for page in pages
    ]
    split = [[line for line in lines if line] for lines in split]
    repeated = _running_lines(split)
    kept_pages = []
    for number, lines in enumerate(split):
        top, bottom = (
            set(range(min(_EDGE, len(lines)))),
            set(range(max(len(lines) - _EDGE, 0), len(lines))),
        )
        kept = []
        for i, line in enumerate(lines):
            at_edge = i in top or i in bottom
            if at_edge and _PAGE_NUMBER.match(line):
                continue
            # A running header stays where it first appears (it often names the person).
            if at_edge and number > 0 and _shape(line) in repeated:
                continue
            kept.append(line)
        kept_pages.append("\n".join(kept))
    text = "\n\n".join(p for p in kept_pages if p)
    text = _HYPHEN_BREAK.sub("", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _clean(text: str) -> str:
    # NFKC turns ligatures ("ﬁ") and full-width letters into the letters they show.
    text = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace(_SOFT_HYPHEN + "\n", "-\n").replace(_SOFT_HYPHEN, "")
    text = text.replace("\f", "\n")
    return _CONTROLS.sub("", text)


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines (by shape) at the top or bottom of most pages: running headers and footers."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for lines in pages:
        edge = lines[:_EDGE] + lines[-_EDGE:]
        seen.update({_shape(line) for line in edge})
    needed = max(2, (len(pages) + 1) // 2)
    return {shape for shape, n in seen.items() if n >= needed}
