"""Inputs -> Documents. Owns file access, text decoding and pypdf.

A path may be a file, a directory (its .txt/.md files, sorted) or "-" (standard input). Every
problem becomes an :class:`~jobmatch.errors.InputFileError` naming the file, never a traceback.
Inputs are only ever opened for reading, and nothing here touches the network.

Limits (:func:`limits`) keep a hostile or absurd input from hanging the run or exhausting
memory: a file (or standard input) larger than ``JOBMATCH_MAX_FILE_MB`` is refused before it is
read (at most one byte past the limit is ever read), a PDF with more pages than
``JOBMATCH_MAX_PDF_PAGES`` is refused before its pages are read, and decompression bombs are
refused before they go off: no PDF stream or DOCX archive may expand past the file limit, and a
PDF's page contents may not add up to more than 2 MB for every 50 pages allowed.
"""

from __future__ import annotations

import errno
import io
import logging
import math
import os
import re
import stat
import sys
import unicodedata
import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jobmatch.errors import InputFileError, InputWarning, SettingError
from jobmatch.models import Document
from jobmatch.text import is_blank, normalize_text

POSTING_SUFFIXES = (".txt", ".md", ".markdown")
RESUME_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown")
MAX_FILE_BYTES = 20 * 1024 * 1024  # the default: larger files are refused rather than read
MAX_PDF_PAGES = 50  # the default
MAX_FILE_ENV = "JOBMATCH_MAX_FILE_MB"
MAX_PAGES_ENV = "JOBMATCH_MAX_PDF_PAGES"
MB = 1024 * 1024

PDF_CONTENT_PER_50_PAGES = 2 * 1024 * 1024  # decompressed page content allowed: about 40 KB a page

STDIN = "-"


@dataclass(frozen=True)
class Limits:
    """What an input may be. ``max_file_bytes`` also bounds what one PDF stream or a DOCX's
    parts may expand to when decompressed. A PDF's page contents, decompressed, may add up to
    2 MB for every 50 pages allowed (about 40 KB a page; a resume page holds 5 to 60 KB): text
    extraction parses every byte of them, 2 to 17 microseconds a byte, so this bounds the time
    a small hostile file can take to half a minute."""

    max_file_mb: float = MAX_FILE_BYTES / MB
    max_pdf_pages: int = MAX_PDF_PAGES

    @property
    def max_file_bytes(self) -> int:
        return max(1, int(self.max_file_mb * MB))

    @property
    def max_expanded_bytes(self) -> int:
        return self.max_file_bytes

    @property
    def max_pdf_content_bytes(self) -> int:
        return PDF_CONTENT_PER_50_PAGES * self.max_pdf_pages // 50

    def file_mb(self) -> str:
        return f"{self.max_file_mb:g} MB"


def limits() -> Limits:
    """The limits in force: the defaults, or ``JOBMATCH_MAX_FILE_MB`` (a positive number of
    megabytes, e.g. 50 or 0.5) and ``JOBMATCH_MAX_PDF_PAGES`` (a positive whole number). A value
    that is neither is a :class:`~jobmatch.errors.SettingError` (exit 2), not silently ignored."""
    mb, pages = MAX_FILE_BYTES / MB, MAX_PDF_PAGES
    raw = os.environ.get(MAX_FILE_ENV, "").strip()
    if raw:
        try:
            mb = float(raw)
        except ValueError:
            mb = math.nan
        if not (math.isfinite(mb) and mb > 0):
            raise SettingError(f"{MAX_FILE_ENV}={raw!r}: not a positive number of megabytes (e.g. 20 or 0.5)")
    raw = os.environ.get(MAX_PAGES_ENV, "").strip()
    if raw:
        if not (raw.isdigit() and int(raw) > 0):
            raise SettingError(f"{MAX_PAGES_ENV}={raw!r}: not a positive whole number of pages (e.g. 50)")
        pages = int(raw)
    return Limits(mb, pages)


def _size(n: int) -> str:
    """A file size as people read it, rounded up (a file just over the limit never shows as
    equal to it): 512 KB, 60 MB, 20.1 MB."""
    if n < MB:
        return f"{math.ceil(n / 1024)} KB"
    if n % MB == 0:
        return f"{n // MB} MB"
    return f"{math.ceil(n * 10 / MB) / 10:g} MB"


def expand_paths(
    paths: list[str], suffixes: tuple[str, ...] = POSTING_SUFFIXES, notes: list[InputWarning] | None = None
) -> Iterator[str]:
    """Yield file paths: files as given, directories expanded to their matching files, sorted.

    A directory with no matching files yields nothing here; :func:`iter_postings` reports it.
    Given a list ``notes``, a warning is added to it for each subdirectory of a directory that
    yields files when the subdirectory holds files jobmatch reads (they are not read).
    """
    for raw in paths:
        if raw != STDIN and os.path.isdir(raw):
            yield from _directory_files(raw, suffixes, notes)
        else:
            yield raw


def _directory_files(
    directory: str, suffixes: tuple[str, ...], notes: list[InputWarning] | None = None
) -> list[str]:
    """A directory's files with a matching suffix, sorted, and every other file jobmatch reads
    when it is named (:data:`ALSO_LISTED`: a posting saved as PDF, web pages, ``.text``/``.rst``
    and Markdown's other names) and documents of a format jobmatch
    does not read (.doc, .rtf, .odt: reported rather than silently left out): a document named
    alone is read, and the same document in a directory is never silently left out (a file with
    no extension is read when named, not listed: a folder's README or LICENSE is no posting). A broken
    symbolic link or a link loop with such a name is listed too, so that it is reported; hidden
    files (".notes.md", a Mac's "._a.md", an editor's ".#a.md" lock) are not, as a shell's *
    leaves them out, nor are subdirectories, pipes and devices. Given a list ``notes``, when the
    directory yields files, each subdirectory holding files jobmatch reads (hidden ones aside)
    adds a warning to it (:func:`_unread_subdirectories`)."""
    listed = (*suffixes, *ALSO_LISTED, *HTML_SUFFIXES, *OTHER_DOCUMENT_SUFFIXES)
    # os.scandir, not Path.iterdir: a Path per entry costs ten times as much (a directory of
    # 10,000 postings: 40 ms before any work starts) and interns every file name for good
    try:
        with os.scandir(directory) as scan:
            every = [e for e in scan if not e.name.startswith(".")]
    except OSError as error:
        raise InputFileError(directory, _os_problem(error)) from None
    entries = [e for e in every if _suffix(e.name).lower() in listed]
    # the paths as Path would write them ("./postings" -> "postings/a.txt", "." -> "a.txt")
    prefix = str(Path(directory) / "x")[:-1]
    found = []
    for entry in entries:
        path = prefix + entry.name
        try:
            if entry.is_file() or (entry.is_symlink() and not os.path.exists(path)):
                found.append(path)
        except OSError:
            found.append(path)  # reading it will say what is wrong
    if notes is not None and found and len(entries) < len(every):
        others = [e for e in every if _suffix(e.name).lower() not in listed]
        notes.extend(_unread_subdirectories(prefix, others, suffixes))
    return sorted(found)


def _unread_subdirectories(
    prefix: str, others: list[os.DirEntry[str]], suffixes: tuple[str, ...]
) -> list[InputWarning]:
    """A warning for each subdirectory (of the directory whose paths begin with ``prefix``)
    holding files jobmatch reads: a directory is its own files, not its subdirectories', and a
    folder of postings left out is said, not silent. The advice names the glob that reads them."""
    holding = _holding_subdirectories(others, suffixes)
    if not holding:
        return []
    kinds = set().union(*(k for _, k in holding))
    pattern = prefix + "*" + os.sep + "*" + (kinds.pop() if len(kinds) == 1 else "")
    return [
        InputWarning(prefix + entry.name, f"a subdirectory, not read (name it too, or give '{pattern}')")
        for entry, _ in holding
    ]


def _holding_subdirectories(
    entries: list[os.DirEntry[str]], suffixes: tuple[str, ...]
) -> list[tuple[os.DirEntry[str], set[str]]]:
    """The subdirectories among a directory's entries that hold files jobmatch reads, by name,
    each with the suffixes of those files."""
    read = {*suffixes, *ALSO_LISTED, *HTML_SUFFIXES}
    holding = []
    for entry in entries:
        with suppress(OSError, InputFileError):
            if entry.is_dir():
                kinds = {_path_suffix(p).lower() for p in _directory_files(entry.path, suffixes)} & read
                if kinds:
                    holding.append((entry, kinds))
    return sorted(holding, key=lambda held: held[0].name)


def _no_files(directory: str, suffixes: tuple[str, ...]) -> str:
    """Why a directory yields nothing: it holds none of the files jobmatch reads (every suffix a
    directory lists and jobmatch reads, named), and which of its subdirectories do hold some
    (they are not read: ``jobs/2024/``, ``jobs/2025/``), with the glob that reads them."""
    read = (*suffixes, *ALSO_LISTED, *HTML_SUFFIXES)
    names = "/".join(dict.fromkeys(s.lstrip(".") for s in read))
    problem = f"directory has no {names} files"
    entries: list[os.DirEntry[str]] = []
    with suppress(OSError), os.scandir(directory) as scan:
        entries = [e for e in scan if not e.name.startswith(".")]
    holding = [entry.name for entry, _ in _holding_subdirectories(entries, suffixes)]
    if not holding:
        return problem
    shown = ", ".join(holding[:3]) + (f" and {len(holding) - 3} more" if len(holding) > 3 else "")
    pattern = str(Path(directory) / "*")
    return f"{problem} (its subdirectories {shown} hold some, not read: name them, or use '{pattern}')"


def _suffix(name: str) -> str:
    """A file name's suffix as ``Path.suffix`` gives it (".md"; none for ".md" or "a.")."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _path_suffix(path: str) -> str:
    """``Path(path).suffix`` without making a Path (which interns every part of the path)."""
    name = os.path.basename(path)
    if name in ("", ".", ".."):  # "dir/", "a/.": Path's own reading of such paths
        return Path(path).suffix
    return _suffix(name)


def iter_documents(
    paths: list[str], suffixes: tuple[str, ...] = POSTING_SUFFIXES
) -> Iterator[Document | InputFileError]:
    """Load every input in order; a failed one is yielded as its error and the rest go on."""
    for raw in paths:
        if raw != STDIN and os.path.isdir(raw):
            try:
                files = _directory_files(raw, suffixes)
            except InputFileError as error:
                yield error
                continue
            if not files:
                yield InputFileError(raw, _no_files(raw, suffixes))
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
    limit = limits()
    return document_from_bytes(path, _read_bytes(path, limit), limit)


def document_from_bytes(path: str, data: bytes, limit: Limits | None = None) -> Document:
    """The content of an input (named ``path``, whose suffix counts) -> a normalised Document, or
    an :class:`InputFileError`. Nothing else escapes, whatever the bytes."""
    limit = limit or limits()
    if len(data) > limit.max_file_bytes:
        raise InputFileError(path, _too_large(len(data), limit))
    suffix = _path_suffix(path).lower() if path != STDIN else ""
    if not data:
        raise InputFileError(path, NO_TEXT["text"])
    if _is_pdf(data) and suffix != ".docx":
        text = extract_pdf_text(path, data, limit)
        kind = "pdf"
    elif suffix == ".pdf":
        if _headless_pdf(data):
            raise InputFileError(path, "corrupt or unreadable PDF (no %PDF header)")
        raise InputFileError(path, f"not a PDF file (content looks like {_sniff(data)})")
    elif _is_docx(data):
        text = extract_docx_text(path, data, limit)
        kind = "docx"
    elif suffix == ".docx":
        raise InputFileError(path, _not_docx(data))
    elif suffix in OTHER_DOCUMENT_SUFFIXES or _is_other_document(data):
        raise InputFileError(path, _other_document(suffix, data))
    elif suffix not in HTML_SUFFIXES and (structured := _structured_data(data)):
        raise InputFileError(path, f"not read: {structured} data (give the posting's or the resume's text)")
    elif (
        _has_markup(data) if suffix in HTML_SUFFIXES else _is_html(data) or _is_html_fragment(data)
    ):
        text = normalize_text(html_text(decode_text(path, data)))
        kind = "markdown"  # (its headings and list items are written as Markdown)
    else:
        from jobmatch.layout import text_columns_read

        # (a two-column layout saved as text is read column by column before its tabs become cells)
        text = without_hidden_markup(normalize_text(text_columns_read(decode_text(path, data))))
        kind = "markdown" if suffix in MARKDOWN_SUFFIXES else "text"
        if kind == "markdown" and text.startswith(("---", "+++", "\ufeff")):
            text = without_front_matter(text.lstrip("\ufeff"))
    if is_blank(text):
        raise InputFileError(path, NO_TEXT[kind])
    return Document(path=path, text=text, kind=kind)


# formats a user may hold a resume or a posting in that jobmatch does not read: a directory's
# files of these are reported, not silently left out
OTHER_DOCUMENT_SUFFIXES = (".doc", ".rtf", ".odt", ".pages", ".wpd")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".markdn")
# what a directory lists besides the suffixes asked for, because a file named alone is read
# whatever its name (the content decides): PDF and DOCX (a posting saved as PDF) and plain text
# under other names. Not a file without an extension: a folder's README, LICENSE or a Mac's
# "Icon\r" is no posting (named alone, such a file is read)
ALSO_LISTED = (".pdf", ".docx", ".text", ".rst", *MARKDOWN_SUFFIXES)


_YAML_KEY = re.compile(r"([A-Za-z_][\w-]*(?: [\w-]+)*)[ \t]*:(?:[ \t]+(.*)|[ \t]*$)")
_TOML_KEY = re.compile(r"([A-Za-z_][\w.-]*|\"[^\"]*\")[ \t]*=[ \t]*(.*)")
_TOML_TABLE = re.compile(r"\[\[?[\w. \"-]+\]\]?[ \t]*(?:#.*)?")
FRONT_MATTER_LINES = 200  # a block not closed within these lines is no front matter


def without_front_matter(text: str) -> str:
    """A Markdown file's text without its front matter (Jekyll's YAML between ``---`` lines,
    Hugo's TOML between ``+++`` lines): metadata for a site generator ("skills: [Go]",
    "experience: 7+ years", "layout: job"), not the posting's words. Each of its lines becomes a
    blank line (the body's line numbers stay the file's), but for its ``title``, kept unquoted
    as a "Title: Backend Engineer" line: a site shows it as the page's heading, and the body
    does not say it again. Only a block at the very start, closed by a matching line within
    FRONT_MATTER_LINES lines, whose lines are all keys with values (or their indented or listed
    continuations, comments, TOML tables) is front matter: a posting that merely starts with a
    horizontal rule (``---`` then a heading or a sentence) is left whole."""
    fence = text[:4].rstrip("\n")
    if fence not in ("---", "+++"):
        return text
    lines = text.split("\n", FRONT_MATTER_LINES + 1)
    yaml = fence == "---"
    closers = ("---", "...") if yaml else ("+++",)
    end = next((i for i in range(1, min(len(lines), FRONT_MATTER_LINES)) if lines[i].rstrip() in closers), None)
    if end is None:
        return text
    keys, title, title_at = 0, "", 0
    for number, line in enumerate(lines[1:end], 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        m = (_YAML_KEY if yaml else _TOML_KEY).fullmatch(line.rstrip())
        if m:
            keys += 1
            value = (m.group(2) or "").strip()
            if m.group(1).strip('"').lower() == "title" and not title and value[:1] not in ("|", ">", "[", "{"):
                if value[:1] in "\"'" and len(value) > 1 and value.endswith(value[0]):
                    value = value[1:-1]
                title, title_at = " ".join(value.split()), number
        elif keys and (line[:1] in " \t" or (yaml and stripped.startswith("- ")) or (yaml and stripped == "-")):
            continue  # a value's continuation, a list's item
        elif not yaml and _TOML_TABLE.fullmatch(stripped):
            continue
        else:
            return text  # a line that is no metadata: a horizontal rule opening the posting
    if not keys:
        return text
    head = [""] * (end + 1)
    if title:
        head[title_at] = f"Title: {title}"
    return "\n".join(head + lines[end + 1 :])


# what a text or Markdown file holds that its reader never sees: an HTML comment ("<!-- internal:
# budget 150k, must know Haskell -->", a Markdown file's note to its editors) and a script's or a
# style sheet's code left in a copy of a page's source ('<script>var tags = ["Erlang"]</script>')
# (not a tag quoted as code in Markdown: "Removed inline `<style>` blocks"). The "<" comes first, the look
# back for the "`" after it: a pattern that opens with a literal is searched for that character in C, one
# that opens with a look-behind is tried at every position (50 us a posting, a tenth of its reading, on
# postings with "<ORGANIZATION>" placeholders in them)
_HIDDEN_OPEN = re.compile(r"<(?<!`<)(?:!--|(script|style)(?=[\s>/])[^<>]{0,500}>)", re.I)
_HIDDEN_CLOSE = {
    "": re.compile(r"-->"),
    "script": re.compile(r"</script\s*>", re.I),
    "style": re.compile(r"</style\s*>", re.I),
}


def without_hidden_markup(text: str) -> str:
    """A text or Markdown file's text without what a browser or a Markdown viewer would not show:
    HTML comments and the contents of ``<script>`` and ``<style>`` elements, each replaced by a
    space, or by blank lines where it spans lines (the other lines keep their numbers); the words
    beside it on its lines stay ("Python <!-- was: Java --> and Go" -> "Python and Go"). A
    comment or an element never closed is no markup ("<!-- TODO" at the end of a draft) and is
    left as written."""
    if "<" not in text or _HIDDEN_OPEN.search(text) is None:  # (most texts: one quick scan)
        return text
    parts: list[str] = []
    at = 0
    while (opened := _HIDDEN_OPEN.search(text, at)) is not None:
        closed = _HIDDEN_CLOSE[(opened.group(1) or "").lower()].search(text, opened.end())
        if closed is None:
            break  # (none after it is closed either: a linear scan, whatever the text)
        parts += (text[at : opened.start()], "\n" * text.count("\n", opened.start(), closed.end()) or " ")
        at = closed.end()
    if not parts:
        return text
    return normalize_text("".join(parts) + text[at:])


def _is_other_document(data: bytes) -> bool:
    """RTF, or an OpenDocument archive (its first entry names its type)."""
    return data.startswith(b"{\\rtf") or (data.startswith(b"PK\x03\x04") and b"application/vnd.oasis" in data[:200])


def _other_document(suffix: str, data: bytes) -> str:
    if data.startswith(b"{\\rtf"):
        what = "an RTF document"
    elif data.startswith(b"PK\x03\x04") and b"application/vnd.oasis" in data[:200]:
        what = "an OpenDocument file"
    elif data.startswith(_OLE):
        what = "an old Word .doc"
    else:
        what = f"a {suffix} file"
    return f"not read: {what} (save it as PDF, .docx or plain text)"


def _is_html(data: bytes) -> bool:
    head = data[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


# a line that starts with an HTML tag ("<p>", "</ul>", "<li class=x>"; not "<daniel@example.com>")
_TAG_LINE = re.compile(
    rb"[ \t]*</?(?:p|div|span|ul|ol|li|h[1-6]|b|i|u|em|strong|a|br|hr|img|font|center|small|table|thead|tbody"
    rb"|tr|td|th|section|article|header|footer|main|blockquote|pre|code|dl|dt|dd|body|html|head|title|meta|style"
    rb"|script|nav|aside)(?:[\s/]|>)",
    re.I,
)
_CLOSING_TAG = re.compile(rb"</[A-Za-z]")
HTML_FRAGMENT_SHARE = 0.5  # the share of a text's characters on lines opening with a tag that makes it HTML


def _is_html_fragment(data: bytes) -> bool:
    """Whether a text or Markdown file is HTML by its content: a fragment without ``<html>`` (an
    ATS API's or an e-mail's body, "<p><strong>Requirements</strong></p><ul><li>...") holding a
    closing tag and a block tag, with at least half of its text on lines that open with a tag.
    Markdown with an inline ``<br>`` or ``<b>``, an HTML block or two (a centred logo), or
    Markdown's own headings or list items beside its HTML, stays Markdown."""
    if _CLOSING_TAG.search(data, 0, 65536) is None:  # (most texts: one quick scan)
        return False
    head = data[:65536]
    if _MARKUP.search(head) is None:
        return False
    tagged = total = 0
    for line in head.splitlines():
        size = len(line.strip())
        total += size
        if size and _TAG_LINE.match(line):
            tagged += size
        elif _MARKDOWN_STRUCTURE.match(line):
            return False  # Markdown's own headings or list items beside an HTML header block
    return total > 0 and tagged >= HTML_FRAGMENT_SHARE * total


# a Markdown heading or list item ("## Requirements", "- Python", "* Go", "1. SQL")
_MARKDOWN_STRUCTURE = re.compile(rb"[ \t]*(?:#{1,6}[ \t]+\S|[-*+][ \t]+\S|\d{1,2}\.[ \t]+\S)")


def _structured_data(data: bytes) -> str:
    """"JSON", "XML" or "CSV" when a text file holds data, not a document's text (an ATS or job
    board's export given as the posting); "" otherwise. Only a whole JSON object or array, an
    ``<?xml`` declaration (XHTML aside), or a comma-separated header line of names without spaces
    (``title,skills``) followed by lines of as many fields at least."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    first = head[:1]
    if first in (b"{", b"["):
        import json

        try:
            value = json.loads(decode_text("-", data))
        except (ValueError, InputFileError):
            return ""
        return "JSON" if isinstance(value, dict | list) and value else ""
    if first == b"<":
        lower = head.lower()
        return "XML" if lower.startswith(b"<?xml") and b"<html" not in lower and b"<!doctype html" not in lower else ""
    end = head.find(b"\n")
    header = (head if end < 0 else head[:end]).strip()
    if b"," not in header or not _CSV_HEADER.fullmatch(header):
        return ""
    return "CSV" if _csv_rows_fit(data, header.count(b",") + 1) else ""


def _csv_rows_fit(data: bytes, fields: int) -> bool:
    """Whether the rows under a CSV-like header line are a CSV file's: each (read as CSV, a quoted
    field may hold commas and line breaks) has as many fields at least, split by bare commas. A
    posting's lines that list with commas are written as prose is, a space after each comma
    ("Skills: Java, Spring, SQL"): no export writes its fields so."""
    import csv

    head = data[:65536]
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    rows = list(csv.reader(io.StringIO(text, newline="")))[1:]
    if len(head) < len(data) and rows:
        rows.pop()  # (cut short at the sample's end)
    rows = [row for row in rows if any(field.strip() for field in row)]
    return bool(rows) and all(
        len(row) >= fields and not any(field[:1].isspace() for field in row[1:]) for row in rows
    )


# a CSV file's header line: names (letters, digits, _ - . or quoted) joined by commas, no spaces
_CSV_HEADER = re.compile(rb'(?:[A-Za-z_][\w.-]*|"[^",\n]*")(?:,(?:[A-Za-z_][\w.-]*|"[^",\n]*"))+')


# a tag that a web page has and a text or Markdown file does not: an opening "<" first, or a
# block's tag (not inline ones: "<b>", "<span>" may be in Markdown; neither is "a < b")
_MARKUP = re.compile(rb"<(?:p|div|br|li|ul|ol|h[1-6]|table|tr|td|body|section|article|main|meta|title)[\s>/]", re.I)


def _has_markup(data: bytes) -> bool:
    """Whether a file named as a web page holds one: a text or Markdown file renamed .html is
    read as the text it is, its lines kept (the content decides, as for HTML named .txt)."""
    head = data[:8192]
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head[:64]:
        return True  # a byte order mark or UTF-16: the markup test is the decoder's to make; read as before
    return head.lstrip()[:1] == b"<" or _MARKUP.search(head) is not None


def html_text(markup: str) -> str:
    """A web page's text (a posting saved from the browser): scripts, styles and the page's head
    left out, and the site's chrome around the posting (``<nav>``, ``<aside>``, a page's
    ``<header>`` and ``<footer>``, not an article's): each block on its own line, headings as
    ``#`` lines, list items as ``-`` lines, entities decoded. The page's title comes first, as a
    ``#`` line: its first ``<h1>``, else its ``<title>`` without the site's name ("Backend
    Engineer - Acme | LinkedIn" -> "Backend Engineer"), so that a job board's menu ("Home Jobs",
    "Sign in Join now") is never taken for it. Should leaving out the chrome leave no text (a
    ``<nav>`` never closed), the page is read with it."""
    text, title = _html_text(markup, drop_chrome=True)
    if not text.strip():
        text, title = _html_text(markup, drop_chrome=False)
    first = text[: text.find("\n")].lstrip("# ") if text else ""
    if title and first != title:
        text = f"# {title}\n{text}"
    return text


_BLOCKS = frozenset(("p", "div", "br", "tr", "table", "section", "article", "header", "footer", "main", "ul", "ol",
                     "dl", "dt", "dd", "blockquote", "pre", "hr", "form", "aside", "nav"))
_HIDDEN = frozenset(("script", "style", "noscript", "head", "template", "svg", "title"))
_CHROME = frozenset(("nav", "aside"))  # always the site's; a header or footer only outside the content
_CONTENT = frozenset(("main", "article"))
_SITE_NAME = re.compile(r"\s+(?:[|\u00b7\u2022]|::)\s+.*$")  # " | LinkedIn", " · Indeed"
_DASH_PART = re.compile(r"\s+[-\u2013\u2014]\s+(?!.*\s[-\u2013\u2014]\s).*$")  # the last " - Acme"


_BOARD = re.compile(
    r"\b(?:careers?|jobs?|hiring|linkedin|indeed|glassdoor|monster|ziprecruiter|seek"
    r"|reed|totaljobs|naukri|stepstone|xing|wellfound|dice)\b",
    re.I,
)


def _page_title(title: str) -> str:
    """A page's <title> without the site's name: "Backend Engineer - Acme | LinkedIn" ->
    "Backend Engineer", "Backend Engineer - Acme Careers" -> "Backend Engineer"; a part after a
    dash is the title's own when no site is named: "Senior Engineer - Platform & Infrastructure"."""
    title = " ".join(title.split())
    without = _SITE_NAME.sub("", title)
    dash = _DASH_PART.search(without)
    if dash is not None and (without != title or _BOARD.search(dash.group())):
        without = without[: dash.start()]
    return without or title


def _html_text(markup: str, *, drop_chrome: bool) -> tuple[str, str]:
    """The page's text and its title (see html_text)."""
    from html.parser import HTMLParser

    out: list[str] = []
    depth = [0]
    skip: list[Any] = [None, 0]  # the chrome element being left out, and how deep in it
    content = [0]  # how many <main>/<article> the parser is inside
    h1_text: list[str] = []  # the first <h1>'s text
    in_h1 = [False]  # whether that is being read
    h1_read = [False]
    title: list[str] = []
    in_title = [False]

    class Reader(HTMLParser):
        def handle_starttag(self, tag: str, attrs: object) -> None:
            if skip[0] is not None:
                skip[1] += tag == skip[0]
                return
            if drop_chrome and (tag in _CHROME or tag in ("header", "footer") and not content[0]):
                skip[0], skip[1] = tag, 1
                return
            if tag in _CONTENT:
                content[0] += 1
            if tag == "title":
                in_title[0] = True
            if tag in _HIDDEN:
                depth[0] += 1
            elif tag == "li":
                out.append("\n- ")
            elif len(tag) == 2 and tag[0] == "h" and tag[1] in "123456":
                out.append("\n" + "#" * int(tag[1]) + " ")
                in_h1[0] = tag == "h1" and not h1_read[0] and not depth[0]
            elif tag in _BLOCKS:
                out.append("\n")

        def handle_startendtag(self, tag: str, attrs: object) -> None:
            if skip[0] is None and tag in _BLOCKS:
                out.append("\n")

        def handle_endtag(self, tag: str) -> None:
            if skip[0] is not None:
                if tag == skip[0]:
                    skip[1] -= 1
                    if not skip[1]:
                        skip[0] = None
                return
            if tag in _CONTENT:
                content[0] = max(0, content[0] - 1)
            if tag == "title":
                in_title[0] = False
            if tag in _HIDDEN:
                depth[0] = max(0, depth[0] - 1)
            elif tag in _BLOCKS or tag == "li" or (len(tag) == 2 and tag[0] == "h" and tag[1] in "123456"):
                out.append("\n")
                if tag == "h1" and in_h1[0]:
                    in_h1[0] = False
                    h1_read[0] = True  # (a later <h1> is not the title)

        def handle_data(self, data: str) -> None:
            if skip[0] is not None:
                return
            if in_title[0]:
                title.append(data)
            if not depth[0]:  # white space as a browser shows it: a run of it is one space
                if in_h1[0]:
                    h1_text.append(data)
                words = " ".join(data.split())
                out.append((" " if data[:1].isspace() else "") + words + (" " if data[-1:].isspace() and words else ""))

    reader = Reader(convert_charrefs=True)
    reader.feed(markup)
    reader.close()
    lines = (" ".join(line.split()) for line in "".join(out).splitlines())
    text = "\n".join(line for line in lines if line not in ("", "-") and not set(line) <= {"#", " "})
    name = " ".join("".join(h1_text).split()) or _page_title("".join(title))
    return text + "\n", name


NO_TEXT = {
    "pdf": "no text found: scanned PDF? run OCR first",
    "docx": "no text found (empty document)",
    "text": "no text found (empty file)",
    "markdown": "no text found (empty file)",
}


def _is_pdf(data: bytes) -> bool:
    """The PDF header, which the format allows anywhere in the first kilobyte."""
    return data.startswith(b"%PDF") or b"%PDF-" in data[:1024]


def _headless_pdf(data: bytes) -> bool:
    """A PDF whose start (its %PDF header) is gone, its objects intact: damaged, not another format."""
    return b" obj" in data[:4096] and b"endobj" in data and (b"/Type" in data or b"trailer" in data)


def _is_docx(data: bytes) -> bool:
    """A ZIP archive holding word/document.xml (a Word document)."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except Exception:  # noqa: BLE001 - BadZipFile, NotImplementedError (a ZIP version), struct errors...
        return False


def _not_docx(data: bytes) -> str:
    if data.startswith(_OLE):
        if "EncryptedPackage".encode("utf-16-le") in data:
            return "DOCX is encrypted and needs a password"
        return "not a DOCX file (an old Word .doc? save it as .docx or PDF)"
    if data.startswith(b"PK\x03\x04") and b"application/vnd.oasis.opendocument." in data[:200]:
        kind = data[data.find(b"opendocument.") + 13 :][:12]
        odf = ".ods" if kind.startswith(b"spreadsheet") else ".odp" if kind.startswith(b"presentation") else ".odt"
        return f"not a DOCX file (an OpenDocument {odf}: save it as .docx or PDF)"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)):
                pass
        except (zipfile.BadZipFile, OSError, ValueError):
            return _DOCX_CUT
        except Exception as error:  # noqa: BLE001 - NotImplementedError for an unknown ZIP version...
            return _docx_problem(error)
        return "corrupt or unreadable DOCX (a ZIP archive without word/document.xml)"
    return f"not a DOCX file (content looks like {_sniff(data)})"


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File: .doc, .xls, encrypted Office files


def read_file_bytes(path: str) -> bytes:
    """The bytes of a file (or "-") under the limits in force: a directory, a missing file, a file
    too large or a device of binary data is an :class:`InputFileError` in the words an input's is."""
    return _read_bytes(path, limits())


def _read_bytes(path: str, limit: Limits) -> bytes:
    """The bytes of a file or of standard input; never more than one byte past the limit is read
    (a larger regular file is refused from its size alone, before it is opened)."""
    cap = limit.max_file_bytes
    if path == STDIN:
        if sys.stdin is None:  # closed by the caller (`jobmatch resume - <&-`): Python leaves None
            raise InputFileError(path, "standard input is closed (nothing to read)")
        stream = getattr(sys.stdin, "buffer", None)
        try:
            data = _read_stream(path, stream, cap) if stream is not None else sys.stdin.read(cap + 1).encode("utf-8")
        except OSError as error:
            raise InputFileError(path, _stdin_problem(error)) from None
        if len(data) > cap:
            raise InputFileError(path, _too_large(None, limit))
        return data
    if not path:  # `jobmatch match cv.pdf "$JOB"` with JOB unset: "'': ...", not ": no such file"
        raise InputFileError("''", "no file name (an empty argument: a variable not set?)")
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise InputFileError(path, "is a directory")
        size = info.st_size
        if size > cap:
            raise InputFileError(path, _too_large(size, limit))
        with open(path, "rb") as handle:
            if stat.S_ISREG(info.st_mode) and size:
                # the size it had: one read of the right size (asking for the limit would make a
                # buffer that large), then on only if the file grew since
                data = handle.read(size + 1)
                if len(data) > size:
                    data += handle.read(cap + 1 - len(data))
            else:  # a device, a pipe, or a file whose size is not known ahead (/proc)
                data = _read_stream(path, handle, cap)
    except OSError as error:
        raise InputFileError(path, _os_problem(error, path)) from None
    if len(data) > cap:  # a file that grew, or a device or pipe whose size is not known ahead
        raise InputFileError(path, _too_large(None, limit))
    return data


STREAM_BLOCK = 65536


def _read_stream(path: str, handle: Any, cap: int) -> bytes:
    """A device's or a pipe's bytes, at most one past the limit; binary data (/dev/zero,
    /dev/urandom) is refused from its first block rather than read to the limit."""
    data = handle.read(min(STREAM_BLOCK, cap + 1))
    if len(data) == STREAM_BLOCK and _binary_block(data):
        raise InputFileError(path, "not a text file (binary data)")
    if len(data) <= cap and data:
        rest = handle.read(cap + 1 - len(data))
        data += rest
    return data


def _binary_block(block: bytes) -> bool:
    """Whether a full first block is binary data, not text (of any encoding), a PDF or a DOCX."""
    if _is_pdf(block) or block.startswith((b"PK\x03\x04", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", _OLE)):
        return False
    if _bomless_wide(block):
        return False
    return block.count(0) + len(_CONTROL_BYTES.findall(block)) > len(block) // 20


def _too_large(size: int | None, limit: Limits) -> str:
    raise_it = f"set {MAX_FILE_ENV} to raise it"
    if size is None:
        return f"input too large (more than {limit.file_mb()}, the limit; {raise_it})"
    return f"file too large ({_size(size)}; the limit is {limit.file_mb()}; {raise_it})"


def _stdin_problem(error: OSError) -> str:
    """Why standard input cannot be read, said of standard input: "-: is a directory" left the
    user to guess what "-" was (`jobmatch match cv.txt - < jobs/`, a directory redirected)."""
    if error.errno == errno.EISDIR:
        return "standard input is a directory (name the directory as an argument instead of '< DIR')"
    return f"standard input: {_os_problem(error)}"


def _os_problem(error: OSError, path: str | None = None) -> str:
    """An OSError as a short problem: "no such file", "symbolic link loop"..."""
    if error.errno == errno.ENOENT:
        if path is not None and os.path.islink(path):
            return "no such file (a broken symbolic link)"
        if path is not None and _other_unicode_form(path):
            return (
                "no such file (one of this name exists with its accents encoded another way: name it by tab"
                " completion)"
            )
        return "no such file"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if error.errno == errno.EISDIR:
        return "is a directory"
    if error.errno == errno.ELOOP:
        return "symbolic link loop (too many levels of symbolic links)"
    if error.errno == errno.ENOTDIR:
        return "no such file (a part of the path is not a directory)"
    text = error.strerror or "cannot be read"
    return text[:1].lower() + text[1:]


def _other_unicode_form(path: str) -> bool:
    """Whether the file a missing path names exists under the name's other Unicode form: "café.md"
    typed (é one character, NFC) where a Mac or a zip wrote "cafe\u0301.md" (NFD, e and an accent).
    Linux tells them apart; both look alike everywhere."""
    if path.isascii():
        return False
    return any(os.path.exists(other) for form in ("NFC", "NFD") if (other := unicodedata.normalize(form, path)) != path)


def decode_text(path: str, data: bytes) -> str:
    """Decode text: UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM (or without one, in
    any script: :func:`_bomless_wide`), else Windows-1252/Latin-1.

    Damage that leaves the text readable is mended rather than refused: NUL bytes padding the end
    of a file or strewn thinly through clean text are dropped, and a few bytes that are not UTF-8
    in an otherwise UTF-8 file (text pasted together from two sources) are read as Windows-1252
    one by one, so one stray byte does not turn every accented letter into mojibake."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")) and len(data) % 4 == 0:
        with suppress(UnicodeDecodeError):  # (else UTF-16 whose first character is U+0000)
            return data.decode("utf-32")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputFileError(path, "not valid UTF-16 text") from None
    if b"\x00" in data:  # without a NUL byte, it is neither UTF-16/32 nor binary
        wide = _bomless_wide(data)
        if wide:
            with suppress(UnicodeDecodeError):
                return data.decode(wide)
        data = _without_stray_nuls(path, data)
    elif _control_heavy(data):
        raise _not_text(path, data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _decode_mixed(data)


def _bomless_wide(data: bytes) -> str | None:
    """The codec of UTF-16 or UTF-32 saved without a byte order mark (Notepad's "Unicode"), in any
    script: "Требования: Python" or "要求: Python 和 Kubernetes" as well as Latin text; None for
    anything else. A candidate needs the zero bytes of its encoding (UTF-32: a zero top byte in
    every unit; UTF-16: the zero high byte of the spaces, line ends and digits every text holds,
    one character in a hundred at least), then its decoding must read as text (:func:`_reads_as_text`):
    binary data, or UTF-8 with a stray NUL (which decodes as UTF-16 to ideographs), does not."""
    sample = data[: 8192 & ~3]
    for codec, width, top in (("utf-32-le", 4, 3), ("utf-32-be", 4, 0)):
        units = len(sample) // width
        if units >= 2 and not len(data) % width and sample[top::width].count(0) == units:
            text = sample.decode(codec, errors="replace")
            if _reads_as_text(text):
                return codec
    units = len(sample) // 2
    if units < 2 or len(data) % 2:
        return None
    # the byte order whose high bytes hold the zeros first (the other order reads "Py" as "偹")
    for codec, high in sorted((("utf-16-le", 1), ("utf-16-be", 0)), key=lambda c: -sample[c[1] :: 2].count(0)):
        if sample[high::2].count(0) < max(1, units // 100):
            continue
        text = sample.decode(codec, errors="replace").removesuffix("\ufffd")  # (a pair cut at the sample's end)
        # ASCII characters (a zero high byte, not a NUL character): text in any script has its spaces, line
        # ends and digits; ASCII text with a few NUL bytes decodes to ideographs and U+0000s
        if len(_ASCII_CHARS.findall(text)) >= max(1, units // 100) and _reads_as_text(text):
            return codec
    return None


_ASCII_CHARS = re.compile("[\x01-\x7f]")


# invisible format characters text may hold (a BOM, zero-width spaces and joiners, a soft hyphen)
_TEXT_FORMAT_CHARS = frozenset("\ufeff\u200b\u200c\u200d\u2060\u00ad\u200e\u200f")
WIDE_SCRIPTS = 4  # Japanese writes in four: kanji, hiragana, katakana and Latin ("Python")
WIDE_LINE = 400  # a text has a space or a line end in so many characters (Chinese writes no spaces)


def _reads_as_text(text: str) -> bool:
    """Whether decoded characters read as a document's text, in any script: next to no control,
    unassigned, private-use or replacement character (binary data decoded as UTF-16 is full of
    them: U+0000, U+0A0D, U+F3A1); white space (lines, or words); mostly letters; and those letters
    of a few scripts (one language's, and Latin for its technical terms), as random code units
    spread over dozens."""
    import unicodedata
    from collections import Counter

    visible = [c for c in text if not c.isspace()]
    if not visible or (len(text) - len(visible)) * WIDE_LINE < len(text):
        return False  # no line end or space in WIDE_LINE characters: no document's text
    odd = sum(1 for c in visible if unicodedata.category(c)[0] == "C" and c not in _TEXT_FORMAT_CHARS)
    odd += visible.count("\ufffd")
    letters = [c for c in visible if c.isalpha()]
    if odd > len(visible) // 100 or len(letters) * 2 < len(visible):
        return False
    scripts = Counter(unicodedata.name(c, "?").split(" ", 1)[0] for c in letters)
    return sum(n for _, n in scripts.most_common(WIDE_SCRIPTS)) >= 0.95 * len(letters)


# C0 control bytes that text does not hold (tab, line ends, form feed and ESC are text's own)
_CONTROL_BYTES = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f]")
_CONTROL_BYTE_SET = bytes(b for b in range(256) if _CONTROL_BYTES.fullmatch(bytes([b])))  # (for bytes.translate)


def _without_stray_nuls(path: str, data: bytes) -> bytes:
    """The bytes of a text file with its stray NUL bytes dropped: any run padding the end (left by
    a crash or an export tool) and a few within (one, or one byte in a thousand) when the rest is
    clean text. Anything else is binary data, refused with a one-line error."""
    body = data.rstrip(b"\x00")
    inner = body.count(0)
    if (
        body.strip()
        and inner <= max(1, len(body) // 1000)
        and len(_CONTROL_BYTES.findall(body, 0, 1 << 16)) <= min(len(body), 1 << 16) // 1000
    ):
        return body.replace(b"\x00", b"") if inner else body
    raise _not_text(path, data)


CONTROL_SHARE = 50  # one byte in this many a control byte (with no NUL among them) makes binary data


def _control_heavy(data: bytes) -> bool:
    """Whether bytes without a NUL are binary data all the same: random or compressed bytes hold
    one control byte in ten ("\x9c\x13\x05..."), a text file next to none (a few strays, as a
    copy from a terminal leaves, are made spaces and read). Every byte is a character to
    Windows-1252, so without this a binary file named .md was read as text and scored."""
    sample = data[: 1 << 16]
    # counted as the bytes deleting them takes away: bytes.translate is one C loop, where findall makes a
    # list of matches (20 us of every text file read)
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTE_SET))
    return controls > max(1, len(sample) // CONTROL_SHARE)


def _not_text(path: str, data: bytes) -> InputFileError:
    what = _sniff(data)
    detail = "" if what in ("binary data", "plain text") else f"; content looks like {what}"
    return InputFileError(path, f"not a text file (binary data{detail})")


# what a byte that is not UTF-8 decodes to: Windows-1252, or Latin-1 for its five unused bytes
_BYTE_CHAR = [bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256)]
_STRAY_BYTE_RE = re.compile("[\udc80-\udcff]")
_NON_ASCII_RE = re.compile("[^\x00-\x7f]")


def _decode_mixed(data: bytes) -> str:
    """Bytes that are not all UTF-8: a Windows-1252 (or Latin-1) file, or UTF-8 with a few stray
    bytes. UTF-8 when its well-formed multi-byte characters outnumber the stray bytes (a
    Windows-1252 file almost never spells one by chance): the stray bytes alone are read as
    Windows-1252. Otherwise the whole file is Windows-1252 (Latin-1 if it uses an unused byte),
    unless it is Cyrillic Windows-1251 (:func:`_is_cp1251`)."""
    text = data.decode("utf-8-sig", errors="surrogateescape")
    stray = len(_STRAY_BYTE_RE.findall(text))
    if len(_NON_ASCII_RE.findall(text)) - stray > stray:
        return _STRAY_BYTE_RE.sub(lambda m: _BYTE_CHAR[ord(m.group()) - 0xDC00], text)
    if _is_cp1251(data):
        with suppress(UnicodeDecodeError):
            return data.decode("cp1251")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


# a word of Windows-1251 Cyrillic (as Windows-1252 reads it: "Ðàçðàáîò÷èê"): two letters or more
# of 0xC0-0xFF (А-я), ё/Ё and the Ukrainian and Belarusian letters, with no ASCII letter beside
_CP1251_LETTERS = rb"\xc0-\xff\xa8\xb8\xaa\xba\xaf\xbf\xb2\xb3\xa5\xb4\xa1\xa2"
_CP1251_WORD = re.compile(rb"(?<![A-Za-z%s])[%s]{2,}(?![A-Za-z%s])" % ((_CP1251_LETTERS,) * 3))
# a Windows-1252 letter of 0xC0-0xFF inside a word of ASCII letters ("café", "Müller", "résumé")
_LATIN1_IN_WORD = re.compile(rb"[A-Za-z][\xc0-\xff]|[\xc0-\xff][A-Za-z]")


def _is_cp1251(data: bytes) -> bool:
    """Whether bytes that are not UTF-8 are Cyrillic Windows-1251 rather than Windows-1252: read
    as Windows-1252 they would be whole words of accented Latin letters ("Ðàçðàáîò÷èê Python"),
    which no Western European language writes; its accented letters sit inside words of ASCII
    letters ("café", "Müller"), and a text with more of those than of such words stays Windows-1252."""
    sample = data[:65536]
    words = len(_CP1251_WORD.findall(sample))
    return words > 0 and words > 2 * len(_LATIN1_IN_WORD.findall(sample))


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


def extract_pdf_text(path: str, data: bytes, limit: Limits | None = None) -> str:
    """Extract a PDF's text in reading order: columns apart, wrapped lines rejoined.

    Each page's text runs and their positions come from pypdf's layout mode and go to
    :mod:`jobmatch.layout`. Where that fails or finds less text than plain extraction (text
    layout mode cannot place), the page falls back to pypdf's fixed-width layout text, then to
    plain extraction with hyphen breaks joined. A page turned with /Rotate is also read turned back
    (see _read_turned).

    Before any text is extracted the page count and the decompressed size of the page contents
    are checked against ``limit``; pypdf's own decompression limits are lowered to it too.
    Whatever the bytes, the result is text or an :class:`InputFileError`.
    """
    from pypdf import PdfReader  # heavy: imported only when a PDF is read
    from pypdf.errors import FileNotDecryptedError

    limit = limit or limits()
    try:
        with _quiet_pypdf() as problems, _pypdf_limits(limit.max_expanded_bytes):
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                try:
                    opened = bool(reader.decrypt(""))
                except Exception as error:  # noqa: BLE001 - unsupported encryption algorithms raise many types
                    if type(error).__name__ == "DependencyError":
                        raise InputFileError(path, _NEEDS_CRYPTOGRAPHY) from None
                    opened = False
                if not opened:
                    raise InputFileError(path, "PDF is encrypted and needs a password")
            count = len(reader.pages)
            if count == 0:
                raise InputFileError(path, "no text found: the PDF has no pages")
            if count > limit.max_pdf_pages:
                raise InputFileError(
                    path,
                    f"PDF too long ({count} pages; the limit is {limit.max_pdf_pages}; "
                    f"set {MAX_PAGES_ENV} to raise it)",
                )
            _check_expansion(path, reader, limit)
            pages = list(reader.pages)
            plain = [page.extract_text() or "" for page in pages]
            positioned = [_page_rows(page) for page in pages]
            _read_turned(reader, plain, positioned)
            if problems and not any(t.strip() for t in plain) and not any(positioned) and not _has_images(pages):
                # no text, no image, and pypdf stumbled: damage, not a scan that OCR would read
                raise InputFileError(path, "no text found: the PDF is damaged (its pages' contents cannot be read)")
    except InputFileError:
        raise
    except FileNotDecryptedError:
        raise InputFileError(path, "PDF is encrypted and needs a password") from None
    except Exception as error:  # noqa: BLE001 - a damaged or hostile file can make pypdf raise anything
        raise InputFileError(path, _pdf_problem(error, limit, data)) from None
    text = _pdf_lines(plain, positioned)
    with _quiet_pypdf():
        text = _with_form_values(text, _form_values(reader))
    if is_blank(text):
        with _quiet_pypdf():
            raise InputFileError(path, NO_TEXT["pdf"] if _has_images(pages) else NO_TEXT["docx"])
    if _letters([text]) < SCAN_LETTERS * len(pages):
        with _quiet_pypdf():
            scanned = _scanned_pages(pages, plain)
        if scanned * 2 > len(pages):
            raise InputFileError(path, "mostly images: scanned PDF? run OCR first (only a few words are text)")
    if _garbled(text):
        raise InputFileError(
            path,
            "no readable text: the PDF's fonts map their characters to no letters "
            "(export it again from the original document, or run OCR)",
        )
    return text


def _form_values(reader: Any) -> list[str]:
    """The values filled into a PDF's text and choice fields (a fillable resume template: "Python,
    Django, PostgreSQL" typed into its Skills box), in the form's order, each once. They live in
    the form, not in the pages' content, and text extraction does not read them. A check box's or
    a radio button's state ("/Yes", "/Off") and a signature are no text."""
    try:
        fields = reader.get_fields() or {}
    except Exception:  # noqa: BLE001 - a damaged form: the pages' text alone
        return []
    values: list[str] = []
    for field in fields.values():
        if not hasattr(field, "get") or field.get("/FT") not in ("/Tx", "/Ch"):
            continue
        value = field.get("/V")
        if type(value).__name__ == "NameObject":  # (a choice's export name, "/Opt1": no text)
            continue
        if isinstance(value, list):  # a list box with several choices
            value = ", ".join(str(v) for v in value if isinstance(v, str))
        if isinstance(value, str) and value.strip() and value not in values:
            values.append(value)
    return values


def _with_form_values(text: str, values: list[str]) -> str:
    """A PDF's page text, then the lines of its form fields' values that the pages do not show
    already (a form flattened or printed to PDF draws them on its page: read once), after a blank
    line. The fields' places on the page are not used: the values come after the page's text."""
    if not values:
        return text
    shown = " ".join(text.split()).casefold()
    lines: list[str] = []
    for value in values:
        for line in normalize_text(value.replace("\r\n", "\n").replace("\r", "\n")).split("\n"):
            key = " ".join(line.split()).casefold()  # (a whole word: "Go" is not shown by "Google Cloud")
            if key and not re.search(r"(?<!\w)" + re.escape(key) + r"(?!\w)", shown) and line not in lines:
                lines.append(line)
    if not lines:
        return text
    return normalize_text("\n".join([text.rstrip("\n"), "", *lines]) if text.strip() else "\n".join(lines))


def _garbled(text: str) -> bool:
    """Whether a PDF's text is glyph codes, not words: a font without a usable character map gives
    punctuation and control characters where the letters were. (Any script's letters count.)"""
    visible = [c for c in text if not c.isspace()]
    return len(visible) >= 40 and sum(1 for c in visible if c.isalpha()) < 0.3 * len(visible)


_NEEDS_CRYPTOGRAPHY = "PDF is encrypted with AES: reading it needs the cryptography package (pip install cryptography)"


def _pdf_problem(error: Exception, limit: Limits, data: bytes) -> str:
    """What pypdf's error means, in words: a file that does not end as a PDF ends ("%%EOF") was
    cut short after its first objects (a download or a copy that stopped: pypdf's "Stream has
    ended unexpectedly"); any other is damaged inside ("startxref not found", "Detected cyclic
    page references", random bytes after the header)."""
    name = type(error).__name__
    if name == "DependencyError" and "AES" in str(error):
        return _NEEDS_CRYPTOGRAPHY
    if name == "LimitReachedError":
        if "decompress" in str(error).lower():
            return _expands(limit.max_expanded_bytes, "PDF stream", "decompressed")
        return "PDF exceeds a safety limit of the PDF reader (a damaged or hostile file?)"
    if b"%%EOF" not in data[-1024:] and b"endobj" in data:  # (objects, then no end: no random bytes)
        return "corrupt or unreadable PDF (cut short: an incomplete download or copy?)"
    return "corrupt or unreadable PDF (damaged: its structure cannot be read)"


def _expands(limit: int, what: str, how: str, knob: str = MAX_FILE_ENV) -> str:
    return f"{what} too large (more than {_size(limit)} {how}; a decompression bomb? set {knob} to raise it)"


# pypdf's limits on what one stream may decode to (pypdf.Configuration fields, pypdf >= 7), and
# the module constants that held them before (pypdf 6).
_PYPDF_LIMITS = (
    "zlib_maximum_output_length",
    "lzw_maximum_output_length",
    "run_length_maximum_output_length",
    "brotli_maximum_output_length",
    "jbig2_maximum_output_length",
    "maximum_declared_stream_length",
    "array_based_stream_maximum_output_length",
    "image_maximum_buffer_size",
)
_PYPDF_LEGACY_LIMITS = (
    "ZLIB_MAX_OUTPUT_LENGTH",
    "LZW_MAX_OUTPUT_LENGTH",
    "RUN_LENGTH_MAX_OUTPUT_LENGTH",
    "JBIG2_MAX_OUTPUT_LENGTH",
    "MAX_DECLARED_STREAM_LENGTH",
    "MAX_ARRAY_BASED_STREAM_OUTPUT_LENGTH",
)


@contextmanager
def _pypdf_limits(max_bytes: int) -> Iterator[None]:
    """Lower (never raise) pypdf's per-stream decompression limits to ``max_bytes`` while a PDF
    is read: through ``pypdf.apply_configuration`` (a context variable, pypdf >= 7), else by
    setting the ``pypdf.filters`` constants for the duration (pypdf 6)."""
    import pypdf

    apply = getattr(pypdf, "apply_configuration", None)
    if apply is not None:
        current = pypdf.get_configuration()
        lowered = {
            name: min(getattr(current, name), max_bytes)
            for name in _PYPDF_LIMITS
            if isinstance(getattr(current, name, None), int) and getattr(current, name) > 0
        }
        with apply(**lowered):
            yield
        return
    from pypdf import filters

    saved = {name: getattr(filters, name) for name in _PYPDF_LEGACY_LIMITS if hasattr(filters, name)}
    try:
        for name, value in saved.items():
            setattr(filters, name, min(value, max_bytes) if value else max_bytes)
        yield
    finally:
        for name, value in saved.items():
            setattr(filters, name, value)


def _check_expansion(path: str, reader: Any, limit: Limits) -> None:
    """Refuse a PDF whose page contents decompress to more than the limit in total, counting a
    form XObject each time a page draws it (``/Fm0 Do``), as text extraction does: each stream
    is decoded once here, under pypdf's per-stream limit, so a small file cannot make text
    extraction parse gigabytes, not even by drawing one form thousands of times."""
    budget = limit.max_pdf_content_bytes
    costs: dict[int, int] = {}
    total = 0

    def over() -> InputFileError:
        return InputFileError(path, _expands(budget, "PDF content", "decompressed", MAX_PAGES_ENV))

    def cost(data: bytes, resources: Any, stack: tuple[int, ...]) -> int:
        spent = len(data)
        if spent > budget:
            raise over()
        resources = _resolve(resources)
        xobjects: Any = _resolve(resources.get("/XObject")) if hasattr(resources, "get") else None
        if not hasattr(xobjects, "get") or len(stack) > 20:
            return spent
        drawn: dict[str, int] = {}
        for raw in _DRAW.findall(data):
            name = "/" + _NAME_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), raw).decode("latin-1")
            drawn[name] = drawn.get(name, 0) + 1
        for name, times in drawn.items():
            form = _resolve(xobjects.get(name))
            if not hasattr(form, "get_data") or form.get("/Subtype") != "/Form" or id(form) in stack:
                continue
            if id(form) not in costs:
                costs[id(form)] = cost(form.get_data() or b"", form.get("/Resources") or resources, (*stack, id(form)))
            spent += times * costs[id(form)]
            if spent > budget:
                raise over()
        return spent

    for page in reader.pages:
        contents = _resolve(page.get("/Contents"))
        parts = contents if isinstance(contents, list) else [contents]
        data = b"\n".join(part.get_data() or b"" for part in map(_resolve, parts) if hasattr(part, "get_data"))
        total += cost(data, page.get("/Resources"), ())
        if total > budget:
            raise over()


_DRAW = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s*Do(?![^\s/\[\]()<>{}%])")  # "/Fm0 Do": draw an XObject
_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")


def _resolve(obj: Any) -> Any:
    return obj.get_object() if hasattr(obj, "get_object") else obj


def _pdf_lines(plain: list[str], positioned: list[list[Any] | None]) -> str:
    """Pages -> text: runs of pages read from positions go to :mod:`jobmatch.layout` together
    (a sidebar can run on over pages); a page whose positions found less text than plain
    extraction is its plain text, hyphen breaks joined. A running page header is read once, a
    running footer not at all (:func:`jobmatch.layout.without_running_rows`)."""
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
            blocks.append(layout.document_lines(layout.without_running_rows(group), words))
            group = []
        blocks.append(normalize_text(text, join_hyphenated=True).split("\n"))
    if group:
        blocks.append(layout.document_lines(layout.without_running_rows(group), words))
    lines: list[str] = []
    for block in blocks:
        if lines and block and lines[-1] != "":
            lines.append("")
        lines.extend(block)
    return normalize_text("\n".join(lines))


def _letters(texts: Iterator[str] | list[str]) -> int:
    return sum(sum(1 for c in text if c.isalnum()) for text in texts)


def _read_turned(reader: Any, plain: list[str], positioned: list[list[Any] | None]) -> None:
    """A page turned by /Rotate is read again turned back (on a copy: the file is never changed),
    and that reading replaces the first when its rows hold more letters. Layout mode leaves out text
    that is not upright: a scan turned upright by /Rotate has its text sideways in the page's own
    space, and reads only turned back. A page turned sideways by /Rotate reads as it is (and pypdf
    turning it back can lose its fonts' glyph mapping: letters become garbage)."""
    turned_at = [i for i, page in enumerate(reader.pages) if int(page.get("/Rotate", 0) or 0) % 360]
    if not turned_at:
        return
    from jobmatch import layout

    try:
        from pypdf import PdfWriter

        writer = PdfWriter(clone_from=reader)
        for i in turned_at:
            page = writer.pages[i]
            page.transfer_rotation_to_content()
            rows = _page_rows(page)
            if _row_letters(rows, layout) > _row_letters(positioned[i], layout):
                plain[i], positioned[i] = page.extract_text() or "", rows
    except Exception:  # noqa: BLE001 - a page that cannot be turned is read as it is
        return


def _row_letters(rows: list[Any] | None, layout: Any) -> int:
    return _letters(layout.row_texts(rows)) if rows else 0


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
    ops = iter(_advancing(ContentStream(contents.get_object(), page.pdf, "bytes").operations))
    fonts = page._layout_mode_fonts()
    _scale_type3_widths(fonts, page)
    groups = _layout_mode.text_show_operations(ops, fonts, True, None)
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


def _scale_type3_widths(fonts: dict[str, Any], page: Any) -> None:
    """A Type 3 font's widths are in its own glyph units, scaled by its /FontMatrix (TeX's bitmap
    fonts: 0.012, not the 0.001 of other fonts), which layout mode ignores: every glyph seemed a
    tenth of its width, so the gaps between a word's kerned pieces read as spaces ("mo dels")."""
    try:
        resources = _resolve(page.get("/Resources"))
        dictionaries = _resolve(resources.get("/Font")) if resources is not None else None
    except Exception:  # noqa: BLE001 - damaged resources: widths as pypdf has them
        return
    if not dictionaries:
        return
    for name, font in fonts.items():
        try:
            matrix = _resolve(_resolve(dictionaries.get(name)).get("/FontMatrix"))
            scale = 1000 * float(matrix[0])
        except Exception:  # noqa: BLE001 - no such font here, no matrix: nothing to scale
            continue
        if getattr(font, "sub_type", "") != "Type3" or not 0.01 < scale < 100 or abs(scale - 1) < 0.01:
            continue
        font.character_widths = {char: width * scale for char, width in font.character_widths.items()}
        font.space_width *= scale


def _advancing(operations: list[tuple[Any, bytes]]) -> list[tuple[Any, bytes]]:
    """The page's operations, a text shown right before more text (no move between them) as a TJ
    array ending in a 0 offset. pypdf's layout mode moves the text position past a string only at
    a TJ array's number, so strings shown one after the other (Chromium: "ding " Tj, then the
    ligature Tj, then "ows for ... Andr" Tj) all started at the first one's x, and the gap to the
    next positioned text was padded with spaces ("Andr          oid")."""
    from pypdf.generic import ArrayObject, NumberObject

    out = list(operations)
    shown_next = False  # whether the next text operator after this one shows text without a move
    for i in range(len(out) - 1, -1, -1):
        operands, op = out[i]
        if op in _TEXT_SHOW:
            if shown_next and op in (b"Tj", b"TJ") and operands:
                text = operands[0]
                if op == b"Tj" and isinstance(text, bytes | str):
                    out[i] = [ArrayObject([text, NumberObject(0)])], b"TJ"
                elif op == b"TJ" and isinstance(text, ArrayObject) and text and isinstance(text[-1], bytes | str):
                    out[i] = [ArrayObject([*text, NumberObject(0)])], op
            shown_next = op in (b"Tj", b"TJ")
        elif op in _TEXT_MOVE:
            shown_next = False
    return out


_TEXT_SHOW = frozenset((b"Tj", b"TJ", b"'", b'"'))
_TEXT_MOVE = frozenset((b"Td", b"TD", b"Tm", b"T*", b"BT", b"ET", b"q", b"Q", b"cm"))


@contextmanager
def _quiet_pypdf() -> Iterator[list[str]]:
    """pypdf reports odd fonts and damaged files through logging and warnings; the one-line
    error (or nothing) is what the user should see. Yields the list its log records are counted
    into (a damaged file logs many), for the error's wording."""
    logger = logging.getLogger("pypdf")
    saved = logger.level, logger.propagate
    records: list[str] = []

    class _Count(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if len(records) < 100:
                records.append(record.levelname)

    handler = _Count(logging.WARNING)
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    logger.addHandler(handler)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield records
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]


SCAN_LETTERS = 80  # a page mostly an image with fewer letters of text than this is a scan (a stamped header)
SCAN_IMAGE_SHARE = 0.5  # the share of a page an image covers that makes it "mostly an image"


def _scanned_pages(pages: list[Any], plain: list[str]) -> int:
    """How many pages are scans: fewer than SCAN_LETTERS letters of text on a page one image
    covers at least half of (a scanner app's stamped header or page number, a resume pasted as a
    picture). A photo or a logo covers far less; a designed background comes with a page of text.
    Only asked when the whole document holds little text: no cost for a resume of words."""
    count = 0
    for page, text in zip(pages, plain, strict=True):
        with suppress(Exception):
            if _letters([text]) < SCAN_LETTERS and _image_share(page) >= SCAN_IMAGE_SHARE:
                count += 1
    return count


def _image_share(page: Any) -> float:
    """The largest share of the page's area one image drawn on it covers (an image XObject or an
    inline image, placed by the transformation matrix in force when it is drawn)."""
    from pypdf.generic import ContentStream

    box = page.mediabox
    area = abs(float(box.width) * float(box.height))
    contents = page.get_contents()
    if not area or contents is None:
        return 0.0
    xobjects = _resolve(_resolve(page.get("/Resources") or {}).get("/XObject")) or {}
    matrix: tuple[float, ...] = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    stack: list[tuple[float, ...]] = []
    largest = 0.0
    for operands, op in ContentStream(contents, page.pdf, "bytes").operations:
        if op == b"q":
            stack.append(matrix)
        elif op == b"Q" and stack:
            matrix = stack.pop()
        elif op == b"cm" and len(operands) == 6:
            a, b, c, d, e, f = (float(x) for x in operands)
            m = matrix
            matrix = (a * m[0] + b * m[2], a * m[1] + b * m[3], c * m[0] + d * m[2], c * m[1] + d * m[3],
                      e * m[0] + f * m[2] + m[4], e * m[1] + f * m[3] + m[5])
        elif op == b"INLINE IMAGE" or (
            op == b"Do" and operands and _resolve(xobjects.get(operands[0])).get("/Subtype") == "/Image"
        ):
            largest = max(largest, abs(matrix[0] * matrix[3] - matrix[1] * matrix[2]) / area)
    return largest


def _has_images(pages: list[Any]) -> bool:
    """Whether a page may draw an image (a scan, when there is no text): an image or a form
    (which may hold one) among its objects, or an inline image in its content."""
    for page in pages:
        with suppress(Exception):
            xobjects = page["/Resources"].get_object().get("/XObject")
            if xobjects and any(
                x.get_object().get("/Subtype") in ("/Image", "/Form") for x in xobjects.get_object().values()
            ):
                return True
        with suppress(Exception):
            if re.search(rb"(?:^|\s)BI\s", page.get_contents().get_data()):
                return True
    return False


# -- DOCX ---------------------------------------------------------------------------------------
def extract_docx_text(path: str, data: bytes, limit: Limits | None = None) -> str:
    """A Word document's text with python-docx: the page header, then the body in order, tables
    cell by cell (a sidebar table is read as a whole column, then the next), text boxes after
    the paragraph that anchors them. List paragraphs get a "- " bullet; a line break inside a
    paragraph starts a new line.

    An archive whose parts would unzip to more than the limit is refused before it is opened
    (python-docx reads every part into memory; ``zipfile`` never reads a part past the size its
    directory declares, so the declared sizes bound what is read)."""
    try:
        import docx  # heavy: imported only when a DOCX is read
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise InputFileError(path, "reading DOCX needs python-docx (pip install python-docx)") from None
    limit = limit or limits()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unzipped = sum(info.file_size for info in archive.infolist())
        if unzipped > limit.max_expanded_bytes:
            raise InputFileError(path, _expands(limit.max_expanded_bytes, "DOCX content", "unzipped"))
        document = docx.Document(io.BytesIO(data))
        lines = list(_docx_lines(document))
    except InputFileError:
        raise
    except Exception as error:  # noqa: BLE001 - python-docx, lxml and zipfile raise many types on damaged files
        raise InputFileError(path, _docx_problem(error)) from None
    return normalize_text("\n".join(lines))


_DOCX_CUT = "corrupt or unreadable DOCX (truncated or damaged: not a whole ZIP archive)"


def _docx_problem(error: Exception) -> str:
    """What a damaged DOCX's error means, in words (the user has no use for "XMLSyntaxError")."""
    if isinstance(error, zipfile.BadZipFile | EOFError):
        return _DOCX_CUT
    if isinstance(error, NotImplementedError):  # zipfile: "That compression method is not supported"
        return "corrupt or unreadable DOCX (its archive is compressed in a way the ZIP reader does not support)"
    if isinstance(error, KeyError):  # "There is no item named 'word/_rels/document.xml.rels' in the archive"
        return "corrupt or unreadable DOCX (damaged: a part of the document is missing)"
    if type(error).__name__ == "XMLSyntaxError":  # (lxml's; python-docx is imported only when needed)
        return "corrupt or unreadable DOCX (damaged: its text is not well-formed XML)"
    return "corrupt or unreadable DOCX (damaged)"


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

    text = _docx_inline_text(paragraph._p)
    style = paragraph.style.name if paragraph.style is not None else ""
    p_pr = paragraph._p.pPr
    listed = (p_pr is not None and p_pr.numPr is not None) or style.startswith("List")
    for i, line in enumerate(text.split("\n")):
        yield f"- {line.strip()}" if listed and i == 0 and line.strip() else line
    for box in paragraph._p.iter(qn("w:txbxContent")):
        if any(a.tag == _MC_FALLBACK for a in box.iterancestors()):
            continue  # the VML copy of a text box already read from its DrawingML original
        yield from _docx_block_lines(box, paragraph)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Elements inside a paragraph that hold runs Word displays: tracked insertions and moves,
# hyperlinks, smart tags, custom XML, content controls, simple fields. A tracked deletion
# (w:del, w:moveFrom) is not displayed; its runs hold w:delText, which a run's text leaves out.
_DOCX_RUN_HOLDERS = frozenset(
    _W + tag for tag in ("ins", "moveTo", "hyperlink", "smartTag", "customXml", "sdt", "sdtContent", "fldSimple",
                         "dir", "bdo")
)


def _docx_inline_text(element: Any) -> str:
    """A paragraph's text as Word shows it: python-docx's ``paragraph.text`` reads only the runs
    and hyperlinks directly in the paragraph, not those inside a tracked insertion."""
    parts: list[str] = []
    for child in element.iterchildren():
        if child.tag == _W + "r":
            parts.append(child.text)
        elif child.tag in _DOCX_RUN_HOLDERS:
            parts.append(_docx_inline_text(child))
    return "".join(parts)


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
