"""Inputs -> Documents. Owns file access, text decoding and pypdf.

A path may be a file, a directory (its .txt/.md files, sorted) or "-" (standard input). Every
problem becomes an :class:`~jobmatch.errors.InputFileError` naming the file, never a traceback.
Inputs are only ever opened for reading.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from jobmatch.errors import InputFileError
from jobmatch.models import Document
from jobmatch.text import is_blank, normalize_text

POSTING_SUFFIXES = (".txt", ".md", ".markdown")
RESUME_SUFFIXES = (".pdf", ".txt", ".md", ".markdown")
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
    """Read one input (a file path or "-") into a normalised Document."""
    data = _read_bytes(path)
    suffix = Path(path).suffix.lower() if path != STDIN else ""
    if data.startswith(b"%PDF"):
        text = extract_pdf_text(path, data)
        kind = "pdf"
    elif suffix == ".pdf":
        raise InputFileError(path, f"not a PDF file (content looks like {_sniff(data)})")
    else:
        text = normalize_text(decode_text(path, data))
        kind = "markdown" if suffix in (".md", ".markdown") else "text"
    if is_blank(text):
        raise InputFileError(
            path, "no text found" + (": scanned PDF? run OCR first" if kind == "pdf" else " (empty file)")
        )
    return Document(path=path, text=text, kind=kind)


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
    if not head:
        return "an empty file"
    if b"\x00" in head:
        return "binary data"
    return "plain text"


def extract_pdf_text(path: str, data: bytes) -> str:
    """Extract a PDF's text with pypdf, page by page, normalised and with hyphen breaks joined."""
    from pypdf import PdfReader  # heavy: imported only when a PDF is read
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
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
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputFileError:
        raise
    except FileNotDecryptedError:
        raise InputFileError(path, "PDF is encrypted and needs a password") from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as error:
        raise InputFileError(path, f"corrupt or unreadable PDF ({type(error).__name__})") from None
    return normalize_text("\n".join(pages), join_hyphenated=True)
