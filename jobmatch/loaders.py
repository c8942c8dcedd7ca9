"""Inputs -> Documents. Owns file access, text decoding and pypdf.

A path may be a file, a directory (its .txt/.md files, sorted) or "-" (standard input). Every
problem becomes an :class:`~jobmatch.errors.InputFileError` naming the file, never a traceback.
Inputs are only ever opened for reading.
"""

from __future__ import annotations

import io
import logging
import os
import sys
import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from jobmatch.errors import InputFileError
from jobmatch.models import Document
from jobmatch.text import is_blank, normalize_text

POSTING_SUFFIXES = (".txt", ".md", ".markdown")
RESUME_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown")
MAX_FILE_BYTES = 20 * 1024 * 1024  # larger files are refused rather than read
MAX_PDF_PAGES = 50

STDIN = "-"


def expand_paths(paths: list[str], suffixes: tuple[str, ...] = POSTING_SUFFIXES) -> Iterator[str]:
    """Yield file paths: files as given, directories expanded to their matching files, sorted.

    A directory with no matching files yields nothing here; :func:`iter_postings` reports it.
    """
    for raw in paths:
        if raw != STDIN and os.path.isdir(raw):
            found = sorted(str(p) for p in Path(raw).iterdir() if p.is_file() and p.suffix.lower() in suffixes)
            yield from found
        else:
            yield raw


def iter_documents(
    paths: list[str], suffixes: tuple[str, ...] = POSTING_SUFFIXES
) -> Iterator[Document | InputFileError]:
    """Load every input in order; a failed one is yielded as its error and the rest go on."""
    for raw in paths:
        if raw != STDIN and os.path.isdir(raw):
            files = list(expand_paths([raw], suffixes))
            if not files:
                names = "/".join(s.lstrip(".") for s in suffixes)
                yield InputFileError(raw, f"directory has no {names} files")
            for path in files:
                yield _try_load(path)
        else:
            yield _try_load(raw)


def _try_load(path: str) -> Document | InputFileError:
    try:
        return load_document(path)
    except InputFileError as error:
        return error


def load_document(path: str) -> Document:
    """Read one input (a file path or "-") into a normalised Document.

    The content decides how a file is read: a PDF or a DOCX is read as one whatever its name
    (a resume saved as ``cv.txt`` still works), but a ``.pdf`` or ``.docx`` file whose content is
    something else is an error naming what it looks like.
    """
    data = _read_bytes(path)
    suffix = Path(path).suffix.lower() if path != STDIN else ""
    if _is_pdf(data) and suffix != ".docx":
        text = extract_pdf_text(path, data)
        kind = "pdf"
    elif suffix == ".pdf":
        raise InputFileError(path, f"not a PDF file (content looks like {_sniff(data)})")
    elif _is_docx(data):
        text = extract_docx_text(path, data)
        kind = "docx"
    elif suffix == ".docx":
        raise InputFileError(path, _not_docx(data))
    else:
        text = normalize_text(decode_text(path, data))
        kind = "markdown" if suffix in (".md", ".markdown") else "text"
    if is_blank(text):
        raise InputFileError(path, NO_TEXT[kind])
    return Document(path=path, text=text, kind=kind)


NO_TEXT = {
    "pdf": "no text found: scanned PDF? run OCR first",
    "docx": "no text found (empty document)",
    "text": "no text found (empty file)",
    "markdown": "no text found (empty file)",
}


def _is_pdf(data: bytes) -> bool:
    """The PDF header, which the format allows anywhere in the first kilobyte."""
    return data.startswith(b"%PDF") or b"%PDF-" in data[:1024]


def _is_docx(data: bytes) -> bool:
    """A ZIP archive holding word/document.xml (a Word document)."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _not_docx(data: bytes) -> str:
    if data.startswith(_OLE):
        if "EncryptedPackage".encode("utf-16-le") in data:
            return "DOCX is encrypted and needs a password"
        return "not a DOCX file (an old Word .doc? save it as .docx or PDF)"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)):
                pass
        except (zipfile.BadZipFile, OSError, ValueError):
            return "corrupt or unreadable DOCX (BadZipFile: truncated or damaged)"
        return "corrupt or unreadable DOCX (a ZIP archive without word/document.xml)"
    return f"not a DOCX file (content looks like {_sniff(data)})"


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File: .doc, .xls, encrypted Office files


def _read_bytes(path: str) -> bytes:
    if path == STDIN:
        stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
        if stream is None:
            return sys.stdin.read().encode("utf-8")
        return stream.read(MAX_FILE_BYTES + 1)
    try:
        if os.path.isdir(path):
            raise InputFileError(path, "is a directory")
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            raise InputFileError(
                path, f"file too large ({size // (1024 * 1024)} MB; the limit is {MAX_FILE_BYTES // (1024 * 1024)} MB)"
            )
        with open(path, "rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise InputFileError(path, "no such file") from None
    except PermissionError:
        raise InputFileError(path, "permission denied") from None
    except IsADirectoryError:
        raise InputFileError(path, "is a directory") from None
    except OSError as error:
        raise InputFileError(path, error.strerror or "cannot be read") from None


def decode_text(path: str, data: bytes) -> str:
    """Decode text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252/Latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputFileError(path, "not valid UTF-16 text") from None
    if b"\x00" in data[:8192]:
        raise InputFileError(path, f"not a text file (binary data; content looks like {_sniff(data)})")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _sniff(data: bytes) -> str:
    head = data[:512].lstrip().lower()
    if head.startswith(b"pk\x03\x04"):
        return "a ZIP or DOCX archive"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "HTML"
    if head.startswith(b"%pdf"):
        return "a PDF"
    if head.startswith((b"\x89png", b"\xff\xd8\xff", b"gif8")):
        return "an image"
    if data.startswith(_OLE):
        return "an old Word .doc or an encrypted Office file"
    if not head:
        return "an empty file"
    if b"\x00" in head:
        return "binary data"
    return "plain text"


def extract_pdf_text(path: str, data: bytes) -> str:
    """Extract a PDF's text in reading order: columns apart, wrapped lines rejoined.

    Each page's text runs and their positions come from pypdf's layout mode and go to
    :mod:`jobmatch.layout`. Where that fails or finds less text than plain extraction (text
    layout mode cannot place), the page falls back to pypdf's fixed-width layout text, then to
    plain extraction with hyphen breaks joined. Pages turned with /Rotate are turned back first.
    """
    from pypdf import PdfReader  # heavy: imported only when a PDF is read
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
        with _quiet_pypdf():
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                try:
                    opened = bool(reader.decrypt(""))
                except Exception:  # noqa: BLE001 - unsupported encryption algorithms raise many types
                    opened = False
                if not opened:
                    raise InputFileError(path, "PDF is encrypted and needs a password")
            if len(reader.pages) > MAX_PDF_PAGES:
                raise InputFileError(path, f"PDF has {len(reader.pages)} pages; the limit is {MAX_PDF_PAGES}")
            pages = _upright_pages(reader)
            plain = [page.extract_text() or "" for page in pages]
            positioned = [_page_rows(page) for page in pages]
    except InputFileError:
        raise
    except FileNotDecryptedError:
        raise InputFileError(path, "PDF is encrypted and needs a password") from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as error:
        raise InputFileError(path, f"corrupt or unreadable PDF ({type(error).__name__})") from None
    return _pdf_lines(plain, positioned)


def _pdf_lines(plain: list[str], positioned: list[list[Any] | None]) -> str:
    """Pages -> text: runs of pages read from positions go to :mod:`jobmatch.layout` together
    (a sidebar can run on over pages); a page whose positions found less text than plain
    extraction is its plain text, hyphen breaks joined."""
    from jobmatch import layout

    words = layout.document_words(
        text for rows in positioned if rows for text in layout.row_texts(rows)
    ) | layout.document_words(plain)
    blocks: list[list[str]] = []
    group: list[Any] = []
    for text, rows in zip(plain, positioned, strict=True):
        if rows and _letters(layout.row_texts(rows)) >= 0.9 * _letters([text]):
            group.append(rows)
            continue
        if group:
            blocks.append(layout.document_lines(group, words))
            group = []
        blocks.append(normalize_text(text, join_hyphenated=True).split("\n"))
    if group:
        blocks.append(layout.document_lines(group, words))
    lines: list[str] = []
    for block in blocks:
        if lines and block and lines[-1] != "":
            lines.append("")
        lines.extend(block)
    return normalize_text("\n".join(lines))


def _letters(texts: Iterator[str] | list[str]) -> int:
    return sum(sum(1 for c in text if c.isalnum()) for text in texts)


def _upright_pages(reader: Any) -> list[Any]:
    """The pages, with any turned by /Rotate turned back (on a copy: the file is never changed):
    layout mode leaves out text that is not upright."""
    pages = list(reader.pages)
    if not any(int(page.get("/Rotate", 0) or 0) % 360 for page in pages):
        return pages
    try:
        from pypdf import PdfWriter

        writer = PdfWriter(clone_from=reader)
        for page in writer.pages:
            if int(page.get("/Rotate", 0) or 0) % 360:
                page.transfer_rotation_to_content()
        return list(writer.pages)
    except Exception:  # noqa: BLE001 - a page that cannot be turned is read as it is
        return pages


def _page_rows(page: Any) -> list[Any] | None:
    """A page's text runs with positions, as layout rows; None when they cannot be had."""
    from jobmatch import layout

    try:
        runs = _text_runs(page)
    except Exception:  # noqa: BLE001 - internals of another pypdf version, or an odd page
        runs = None
    if runs is not None:
        return layout.rows_from_runs(runs)
    try:
        grid = page.extract_text(extraction_mode="layout", layout_mode_space_vertically=False)
    except Exception:  # noqa: BLE001 - layout mode gives up on some pages; plain text is used
        return None
    return layout.rows_from_grid(grid or "")


def _text_runs(page: Any) -> list[Any] | None:
    """Text runs from pypdf's layout-mode text operations: start and end x (from the fonts'
    widths), baseline and font height. These are pypdf internals (3.17 to 7.x); when they are
    missing or change shape the caller uses the public fixed-width layout text instead."""
    from pypdf._text_extraction import _layout_mode
    from pypdf.generic import ContentStream

    from jobmatch.layout import TextRun

    contents = page.get("/Contents")
    if contents is None:
        return []
    ops = iter(ContentStream(contents.get_object(), page.pdf, "bytes").operations)
    groups = _layout_mode.text_show_operations(ops, page._layout_mode_fonts(), True, None)
    return [
        TextRun(
            x0=float(g["tx"]),
            x1=float(g["displaced_tx"]),
            y=-float(g["ty"]) * g["flip_sort"],
            height=float(g["font_height"]),
            text=str(g["text"]),
        )
        for g in groups
    ]


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf reports odd fonts and damaged files through logging and warnings; the one-line
    error (or nothing) is what the user should see."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


# -- DOCX ---------------------------------------------------------------------------------------
def extract_docx_text(path: str, data: bytes) -> str:
    """A Word document's text with python-docx: the page header, then the body in order, tables
    cell by cell (a sidebar table is read as a whole column, then the next), text boxes after
    the paragraph that anchors them. List paragraphs get a "- " bullet; a line break inside a
    paragraph starts a new line."""
    try:
        import docx  # heavy: imported only when a DOCX is read
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise InputFileError(path, "reading DOCX needs python-docx (pip install python-docx)") from None
    try:
        document = docx.Document(io.BytesIO(data))
        lines = list(_docx_lines(document))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, AttributeError, OSError) as error:
        raise InputFileError(path, f"corrupt or unreadable DOCX ({type(error).__name__})") from None
    except Exception as error:  # noqa: BLE001 - lxml's XMLSyntaxError and friends
        if type(error).__module__.startswith(("lxml", "docx", "xml")):
            raise InputFileError(path, f"corrupt or unreadable DOCX ({type(error).__name__})") from None
        raise
    return normalize_text("\n".join(lines))


def _docx_lines(document: Any) -> Iterator[str]:
    seen: set[str] = set()
    for section in document.sections[:1]:
        for header in (section.first_page_header, section.header):
            if header.is_linked_to_previous:
                continue
            for line in _docx_block_lines(header._element, header):
                if line not in seen:  # the same header on the first page and the others
                    seen.add(line)
                    yield line
    yield from _docx_block_lines(document.element.body, document._body)


def _docx_block_lines(element: Any, parent: Any) -> Iterator[str]:
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in element.iterchildren():
        if child.tag == qn("w:p"):
            yield from _docx_paragraph_lines(Paragraph(child, parent))
        elif child.tag == qn("w:tbl"):
            for row in Table(child, parent).rows:
                cells: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in cells:
                        continue  # a merged cell is listed once per grid column it spans
                    cells.add(id(cell._tc))
                    yield from _docx_block_lines(cell._tc, cell)
        elif child.tag == qn("w:sdt"):  # a content control wraps paragraphs and tables
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _docx_block_lines(content, parent)


def _docx_paragraph_lines(paragraph: Any) -> Iterator[str]:
    from docx.oxml.ns import qn

    text = paragraph.text
    style = paragraph.style.name if paragraph.style is not None else ""
    p_pr = paragraph._p.pPr
    listed = (p_pr is not None and p_pr.numPr is not None) or style.startswith("List")
    for i, line in enumerate(text.split("\n")):
        yield f"- {line.strip()}" if listed and i == 0 and line.strip() else line
    for box in paragraph._p.iter(qn("w:txbxContent")):
        if any(a.tag == _MC_FALLBACK for a in box.iterancestors()):
            continue  # the VML copy of a text box already read from its DrawingML original
        yield from _docx_block_lines(box, paragraph)


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
