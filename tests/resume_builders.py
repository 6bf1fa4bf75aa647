"""Résumé files built in the test, with libraries made for writing them (fpdf2, python-docx,
Pillow, zipfile): no binary fixture is committed."""

import io
import stat
import zipfile
import zlib

from docx import Document
from fpdf import FPDF
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def text_pdf(lines: list[str], **encryption: str) -> bytes:
    """A one-page PDF with these lines; ``owner_password``/``user_password`` encrypt it."""
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for i, line in enumerate(lines):
        pdf.text(15, 20 + i * 6, line)
    if encryption:
        pdf.set_encryption(**encryption)
    return bytes(pdf.output())


def two_column_pdf(header: str, pages: list[tuple[list[str], list[str]]]) -> bytes:
    """Pages of two columns drawn row by row across both (as many generators write them, so
    the file's own order interleaves the columns), under a running header and over a page
    number."""
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=10)
    for number, (left, right) in enumerate(pages, start=1):
        pdf.add_page()
        pdf.text(15, 12, header)
        for i in range(max(len(left), len(right))):
            y = 30 + i * 5
            if i < len(left):
                pdf.text(15, y, left[i])
            if i < len(right):
                pdf.text(80, y, right[i])
        pdf.text(95, 287, f"Page {number} of {len(pages)}")
    return bytes(pdf.output())


def scanned_pdf(words: str) -> bytes:
    """A PDF that is a picture of a page: the words are pixels, there is no text layer."""
    from PIL import Image, ImageDraw

    page = Image.new("L", (620, 877), 255)
    ImageDraw.Draw(page).multiline_text((40, 40), words, fill=0)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(page, x=0, y=0, w=210)
    return bytes(pdf.output())


def bomb_pdf(unpacked_mb: int) -> bytes:
    """A valid one-page PDF whose content stream is small packed and ``unpacked_mb`` MB
    unpacked (spaces: the page is blank)."""
    packer = zlib.compressobj(1)  # fast; spaces pack well at any level
    chunk = b" " * 2**20
    stream = b"".join(packer.compress(chunk) for _ in range(unpacked_mb)) + packer.flush()
    return _raw_pdf(stream, b"/Filter /FlateDecode ")


def slow_pdf(operations: int) -> bytes:
    """A valid PDF whose one page holds very many tiny text operations (slow to lay out)."""
    ops = b"BT /F1 1 Tf " + b"1 0 Td (x) Tj " * operations + b"ET"
    return _raw_pdf(zlib.compress(ops, 9), b"/Filter /FlateDecode ")


def _raw_pdf(content: bytes, filters: bytes) -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< " + filters + b"/Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def docx_file(
    paragraphs: list[str],
    table: list[list[str]] | None = None,
    *,
    merged_row: str | None = None,
    after_table: list[str] = (),
    text_box: str | None = None,
) -> bytes:
    """A Word file: paragraphs, then a table (a last row merged across the columns if
    ``merged_row``), then more paragraphs; ``text_box`` is drawn in a shape, written the
    way Word writes shapes (once for new readers, once more as a fallback for old ones)."""
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table) + bool(merged_row), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
        if merged_row:
            last = len(table)
            merged = grid.cell(last, 0).merge(grid.cell(last, len(table[0]) - 1))
            merged.text = merged_row
    for text in after_table:
        document.add_paragraph(text)
    if text_box:
        anchor = document.add_paragraph()._p
        box = f'<w:p xmlns:w="{W}"><w:r><w:t>{text_box}</w:t></w:r></w:p>'
        run = etree.fromstring(
            f'<w:r xmlns:w="{W}" xmlns:mc="{MC}"><mc:AlternateContent>'
            f'<mc:Choice Requires="wps"><w:txbxContent>{box}</w:txbxContent></mc:Choice>'
            f"<mc:Fallback><w:txbxContent>{box}</w:txbxContent></mc:Fallback>"
            "</mc:AlternateContent></w:r>"
        )
        anchor.append(run)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def zip_file(members: dict[str, bytes], *, links: dict[str, str] = (), encrypted=()) -> bytes:
    """A zip of these members (deflated); ``links`` are symbolic links (name -> target) and
    the members named in ``encrypted`` are marked as encrypted."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        for name, target in dict(links).items():
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, target)
    data = bytearray(out.getvalue())
    for name in encrypted:
        _mark_encrypted(data, name)
    return bytes(data)


def _mark_encrypted(data: bytearray, name: str) -> None:
    """Set the "encrypted" flag of a member, in its local header and the central directory
    (``zipfile`` cannot write encrypted members)."""
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo(name)
    data[info.header_offset + 6] |= 0x01
    at = data.find(b"PK\x01\x02")
    while at != -1:
        length = int.from_bytes(data[at + 28 : at + 30], "little")
        if bytes(data[at + 46 : at + 46 + length]) == name.encode():
            data[at + 8] |= 0x01
        at = data.find(b"PK\x01\x02", at + 4)
