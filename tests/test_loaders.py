"""Unit tests for jobmatch.loaders: files, directories and stdin -> Document, or one-line errors."""

from __future__ import annotations

import io
import os
import random
import sys
from pathlib import Path

import pytest

from jobmatch.errors import InputFileError
from jobmatch.loaders import (
    RESUME_SUFFIXES,
    decode_text,
    document_from_bytes,
    expand_paths,
    iter_documents,
    load_document,
)
from jobmatch.models import Document

ROOT = Path(__file__).resolve().parent.parent
STRONG_PDF = ROOT / "fixtures" / "resumes" / "strong_backend.pdf"
STRONG_TXT = ROOT / "fixtures" / "resumes" / "strong_backend.txt"
POSTINGS = ROOT / "fixtures" / "postings"


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def _error(path: str) -> InputFileError:
    with pytest.raises(InputFileError) as info:
        load_document(path)
    return info.value


def _encrypted_pdf(tmp_path: Path, name: str, user_password: str, owner_password: str | None) -> str:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    with open(STRONG_PDF, "rb") as handle:
        reader = PdfReader(handle)
        for page in reader.pages:
            writer.add_page(page)
        writer.encrypt(user_password=user_password, owner_password=owner_password)
        out = tmp_path / name
        with open(out, "wb") as target:
            writer.write(target)
    return str(out)


# -- text files -----------------------------------------------------------------------------
def test_load_txt(tmp_path: Path) -> None:
    path = _write(tmp_path / "posting.txt", b"Senior Engineer\n\xe2\x80\xa2 Python\r\n\xe2\x80\xa2 Docker\n")
    doc = load_document(path)
    assert isinstance(doc, Document)
    assert doc.path == path
    assert doc.kind == "text"
    assert doc.text == "Senior Engineer\n- Python\n- Docker\n"
    assert doc.lines[:3] == ["Senior Engineer", "- Python", "- Docker"]


@pytest.mark.parametrize("suffix", [".md", ".markdown", ".MD"])
def test_load_markdown(tmp_path: Path, suffix: str) -> None:
    path = _write(tmp_path / f"posting{suffix}", b"# Backend Engineer\n\n## Requirements\n- Go\n")
    doc = load_document(path)
    assert doc.kind == "markdown"
    assert doc.lines[0] == "# Backend Engineer"
    assert doc.lines[3] == "- Go"


def test_load_fixture_posting() -> None:
    doc = load_document(str(POSTINGS / "senior_backend_engineer_cloudscale.txt"))
    assert doc.kind == "text"
    assert doc.lines[2] == "Position: Senior Backend Engineer"
    # "•" bullets are normalised
    assert doc.lines[25] == "- 5+ years of backend development experience"
    with open(POSTINGS / "senior_backend_engineer_cloudscale.txt", encoding="utf-8") as handle:
        assert len(doc.lines) == len(handle.read().split("\n"))


def test_text_is_normalised(tmp_path: Path) -> None:
    raw = "Con\ufb01guration\u00a0management \u201cexpert\u201d\r\n\u25aa Kuber\u200bnetes\n"
    path = _write(tmp_path / "r.txt", raw.encode("utf-8"))
    assert load_document(path).text == 'Configuration management "expert"\n- Kubernetes\n'


def test_hyphen_breaks_are_not_joined_in_text_files(tmp_path: Path) -> None:
    path = _write(tmp_path / "r.txt", b"Kuber-\nnetes and Docker\n")
    assert load_document(path).lines[:2] == ["Kuber-", "netes and Docker"]


# -- decoding -------------------------------------------------------------------------------
def test_utf8_bom(tmp_path: Path) -> None:
    path = _write(tmp_path / "bom.txt", "\ufeffCaf\u00e9 Python".encode())
    assert load_document(path).text == "Caf\u00e9 Python"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, codec: str) -> None:
    text = "Caf\u00e9 \u2013 Python & Go\nsecond line"
    data = text.encode(codec)
    if codec == "utf-16-le":
        data = b"\xff\xfe" + data
    elif codec == "utf-16-be":
        data = b"\xfe\xff" + data
    path = _write(tmp_path / "u16.txt", data)
    assert load_document(path).text == "Caf\u00e9 - Python & Go\nsecond line"


def test_cp1252_bytes(tmp_path: Path) -> None:
    # 0x93/0x94 are cp1252 smart quotes, 0x96 an en dash, 0xe9 "é"
    path = _write(tmp_path / "cp.txt", b"Caf\xe9 \x93smart\x94 \x96 dash\n\x95 bullet")
    assert load_document(path).text == 'Caf\u00e9 "smart" - dash\n- bullet'


def test_latin1_bytes(tmp_path: Path) -> None:
    path = _write(tmp_path / "l1.txt", "Se\u00f1or na\u00efve r\u00e9sum\u00e9".encode("latin-1"))
    assert load_document(path).text == "Se\u00f1or na\u00efve r\u00e9sum\u00e9"


def test_decode_text_prefers_utf8() -> None:
    assert decode_text("x", "r\u00e9sum\u00e9 \u2022".encode()) == "r\u00e9sum\u00e9 \u2022"


POSTING_TEXT = "D\u00e9veloppeur Backend \u2013 Z\u00fcrich\n\nRequirements\n- Python and PostgreSQL\n- Docker\n"


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be", "utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_and_utf32_with_and_without_a_bom(codec: str) -> None:
    """UTF-32 was read as text with every letter apart ("P y t h o n") and no error (QA cli #17)."""
    assert decode_text("x.md", POSTING_TEXT.encode(codec)) == POSTING_TEXT


def test_utf16_starting_with_a_nul_character_is_not_taken_for_utf32() -> None:
    """UTF-16 LE with a BOM whose first character is U+0000 starts like UTF-32's BOM: FF FE 00 00."""
    assert decode_text("x.md", ("\x00" + POSTING_TEXT).encode("utf-16")) == "\x00" + POSTING_TEXT


def test_one_stray_byte_does_not_turn_a_utf8_file_into_mojibake() -> None:
    """Text pasted together from two sources: UTF-8 with one Latin-1 "\xe9" on line 5 was read as
    Windows-1252 whole, titled "D\u00c3\u00a9veloppeur Backend \u00e2\u20ac\u201c Z\u00c3\u00bcrich" (QA cli #15)."""
    data = POSTING_TEXT.encode() + b"- Exp\xe9rience avec Kafka\n"
    assert decode_text("x.md", data) == POSTING_TEXT + "- Exp\u00e9rience avec Kafka\n"


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_a_single_byte_file_is_still_read_whole_as_windows_1252(codec: str) -> None:
    text = "Se\u00f1or na\u00efve r\u00e9sum\u00e9 \u00e0 Z\u00fcrich"
    assert decode_text("x.txt", text.encode(codec)) == text


def test_stray_nul_bytes_in_clean_text_are_dropped() -> None:
    """One NUL in a posting rejected the whole file as binary (QA cli #14)."""
    data = POSTING_TEXT.encode()
    assert decode_text("x.md", data[:30] + b"\x00" + data[30:]) == POSTING_TEXT


def test_nul_padding_at_the_end_is_dropped() -> None:
    """Trailing NUL padding (left by a crash) gave "binary data; content looks like plain text"."""
    assert decode_text("x.md", POSTING_TEXT.encode() + b"\x00" * 5000) == POSTING_TEXT


@pytest.mark.parametrize(
    "data",
    [
        b"\x00" * 4096,  # nothing but NULs
        b"Python " * 100 + b"\x00" * 10 + b"Go " * 100,  # many NULs within
        b"abc\x00\x01\x02def" * 10,  # control bytes beside the NUL
        b"Python and SQL\n" * 1000 + bytes(range(256)) * 8,  # text, then binary data
    ],
)
def test_binary_data_is_refused_without_a_contradiction(data: bytes) -> None:
    with pytest.raises(InputFileError) as info:
        decode_text("x.txt", data)
    assert str(info.value) == "x.txt: not a text file (binary data)"


# -- errors ---------------------------------------------------------------------------------
def test_missing_file(tmp_path: Path) -> None:
    path = str(tmp_path / "nope.txt")
    error = _error(path)
    assert str(error) == f"{path}: no such file"
    assert error.path == path
    assert error.problem == "no such file"


@pytest.mark.parametrize(
    ("name", "data"),
    [("empty.txt", b""), ("empty.md", b""), ("blank.txt", b"  \n\t\n \r\n"), ("nbsp.txt", "\u00a0\u200b\n".encode())],
)
def test_empty_and_whitespace_only(tmp_path: Path, name: str, data: bytes) -> None:
    path = _write(tmp_path / name, data)
    assert str(_error(path)) == f"{path}: no text found (empty file)"


def test_binary_with_nul_bytes(tmp_path: Path) -> None:
    path = _write(tmp_path / "bin.txt", b"abc\x00\x01\x02def" * 10)
    error = _error(path)
    assert error.problem.startswith("not a text file")
    assert str(error) == f"{path}: not a text file (binary data)"
    assert "\n" not in str(error)


def test_image_named_txt(tmp_path: Path) -> None:
    path = _write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert str(_error(path)) == f"{path}: not a text file (binary data; content looks like an image)"


def test_html_named_pdf(tmp_path: Path) -> None:
    path = _write(tmp_path / "resume.pdf", b"<!DOCTYPE html>\n<html><body>Resume</body></html>")
    assert str(_error(path)) == f"{path}: not a PDF file (content looks like HTML)"


def test_docx_named_pdf(tmp_path: Path) -> None:
    path = _write(tmp_path / "resume.pdf", b"PK\x03\x04" + b"\x00" * 40)
    assert str(_error(path)) == f"{path}: not a PDF file (content looks like a ZIP or DOCX archive)"


def test_directory_given_to_load_document(tmp_path: Path) -> None:
    assert str(_error(str(tmp_path))) == f"{tmp_path}: is a directory"


# -- directories ----------------------------------------------------------------------------
def test_directory_expansion_lists_what_is_read_sorted(tmp_path: Path) -> None:
    """A posting saved as PDF or DOCX is listed: named alone, it is read (QA s4 files #7)."""
    for name in ["b.md", "a.txt", "c.markdown", "d.pdf", "e.docx", "notes.TXT", "z.txt.bak"]:
        (tmp_path / name).write_text("Python\n", encoding="utf-8")
    (tmp_path / "sub.txt").mkdir()  # a directory with a matching name is not a file
    (tmp_path / "sub.txt" / "inner.txt").write_text("Go\n", encoding="utf-8")
    found = list(expand_paths([str(tmp_path)]))
    names = [os.path.basename(p) for p in found]
    assert set(names) == {"a.txt", "b.md", "c.markdown", "d.pdf", "e.docx", "notes.TXT"}
    assert found == sorted(found)


def test_iter_documents_directory_loads_each_in_order(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text("# B\n- Go\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A\nPython\n", encoding="utf-8")
    (tmp_path / "c.png").write_bytes(b"\x89PNG not used")
    docs = list(iter_documents([str(tmp_path)]))
    assert all(isinstance(d, Document) for d in docs)
    assert [os.path.basename(d.path) for d in docs] == ["a.txt", "b.md"]
    assert [d.kind for d in docs] == ["text", "markdown"]


def test_directory_without_text_files(tmp_path: Path) -> None:
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    (tmp_path / "data.json").write_bytes(b"{}")
    results = list(iter_documents([str(tmp_path)]))
    assert len(results) == 1
    error = results[0]
    assert isinstance(error, InputFileError)
    assert str(error) == f"{tmp_path}: directory has no txt/md/markdown/pdf/docx/text/rst/mdown/mkd/markdn/html/htm/" \
        "xhtml files"


def test_empty_directory(tmp_path: Path) -> None:
    (results,) = list(iter_documents([str(tmp_path)]))
    assert isinstance(results, InputFileError)
    assert results.problem == "directory has no txt/md/markdown/pdf/docx/text/rst/mdown/mkd/markdn/html/htm/xhtml files"


def test_iter_documents_keeps_going_after_an_error(tmp_path: Path) -> None:
    good = _write(tmp_path / "good.txt", b"Python\n")
    empty = _write(tmp_path / "empty.txt", b"")
    missing = str(tmp_path / "missing.txt")
    results = list(iter_documents([missing, empty, good]))
    assert [type(r) for r in results] == [InputFileError, InputFileError, Document]
    assert str(results[0]) == f"{missing}: no such file"
    assert str(results[1]) == f"{empty}: no text found (empty file)"
    assert results[2].path == good


def test_resume_suffixes_include_pdf(tmp_path: Path) -> None:
    (tmp_path / "cv.pdf").write_bytes(STRONG_PDF.read_bytes())
    (tmp_path / "cv.txt").write_text("Python\n", encoding="utf-8")
    found = [os.path.basename(p) for p in expand_paths([str(tmp_path)], RESUME_SUFFIXES)]
    assert found == ["cv.pdf", "cv.txt"]


# -- stdin ----------------------------------------------------------------------------------
class _FakeStdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _FakeStdin("\u2022 Experience with Postgres\r\nand k8s\n".encode()))
    doc = load_document("-")
    assert doc.path == "-"
    assert doc.kind == "text"
    assert doc.lines[:2] == ["- Experience with Postgres", "and k8s"]


def test_stdin_cp1252(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _FakeStdin(b"Caf\xe9 \x93Python\x94"))
    assert load_document("-").text == 'Caf\u00e9 "Python"'


def test_stdin_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _FakeStdin(b""))
    assert str(_error("-")) == "-: no text found (empty file)"


def test_stdin_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _FakeStdin(STRONG_PDF.read_bytes()))
    doc = load_document("-")
    assert doc.kind == "pdf"
    assert "Kubernetes" in doc.text


def test_stdin_through_iter_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _FakeStdin(b"Python\n"))
    (doc,) = list(iter_documents(["-"]))
    assert isinstance(doc, Document)
    assert doc.path == "-"


# -- PDF ------------------------------------------------------------------------------------
def test_real_pdf() -> None:
    doc = load_document(str(STRONG_PDF))
    assert doc.kind == "pdf"
    assert "Kubernetes" in doc.text
    assert "Python" in doc.text
    # same resume as the .txt: a good share of the words come through
    with open(STRONG_TXT, encoding="utf-8") as handle:
        words = {w for w in handle.read().split() if w.isalpha() and len(w) > 5}
    found = sum(1 for w in words if w in doc.text)
    assert found / len(words) > 0.8


def test_truncated_pdf(tmp_path: Path) -> None:
    path = _write(tmp_path / "truncated.pdf", STRONG_PDF.read_bytes()[:300])
    error = _error(path)
    assert str(error) == f"{path}: corrupt or unreadable PDF (cut short: an incomplete download or copy?)"
    assert "\n" not in str(error)


def test_encrypted_pdf_needs_password(tmp_path: Path) -> None:
    path = _encrypted_pdf(tmp_path, "locked.pdf", user_password="secret", owner_password=None)
    assert str(_error(path)) == f"{path}: PDF is encrypted and needs a password"


def test_encrypted_pdf_with_empty_user_password_opens(tmp_path: Path) -> None:
    path = _encrypted_pdf(tmp_path, "owner_only.pdf", user_password="", owner_password="x")
    with open(path, "rb") as handle:
        from pypdf import PdfReader

        assert PdfReader(handle).is_encrypted  # really encrypted
    doc = load_document(path)
    assert doc.kind == "pdf"
    assert "Kubernetes" in doc.text


def test_pdf_detected_by_content_not_name(tmp_path: Path) -> None:
    path = _write(tmp_path / "resume.txt", STRONG_PDF.read_bytes())
    doc = load_document(path)
    assert doc.kind == "pdf"
    assert "Kubernetes" in doc.text


# -- inputs are never modified ------------------------------------------------------------
def _snapshot(path: str) -> tuple[bytes, int]:
    return Path(path).read_bytes(), os.stat(path).st_mtime_ns


def test_files_are_never_modified(tmp_path: Path) -> None:
    paths = [
        _write(tmp_path / "crlf.txt", "\ufeff\u2022 Python\r\n\u2022 Go\r\n".encode()),
        _write(tmp_path / "cp.md", b"Caf\xe9 \x93x\x94"),
        _write(tmp_path / "u16.txt", "Caf\u00e9".encode("utf-16")),
        _write(tmp_path / "cv.pdf", STRONG_PDF.read_bytes()),
        _write(tmp_path / "truncated.pdf", STRONG_PDF.read_bytes()[:300]),
        _write(tmp_path / "html.pdf", b"<html></html>"),
        _write(tmp_path / "empty.txt", b""),
        _encrypted_pdf(tmp_path, "locked.pdf", "secret", None),
        _encrypted_pdf(tmp_path, "open.pdf", "", "x"),
    ]
    old = 1_000_000_000_000_000_000  # a fixed past mtime, so any write would change it
    for path in paths:
        os.utime(path, ns=(old, old))
    before = {p: _snapshot(p) for p in paths}
    results = list(iter_documents(paths, RESUME_SUFFIXES))
    results += list(iter_documents([str(tmp_path)]))
    assert len(results) >= len(paths)
    for path in paths:
        assert _snapshot(path) == before[path], path
    assert sorted(os.listdir(tmp_path)) == sorted(os.path.basename(p) for p in paths)


def test_fixture_files_are_not_modified() -> None:
    paths = [str(STRONG_PDF), str(STRONG_TXT), str(POSTINGS / "backend_engineer.md")]
    before = {p: _snapshot(p) for p in paths}
    for path in paths:
        load_document(path)
    assert {p: _snapshot(p) for p in paths} == before


# -- limits -----------------------------------------------------------------------------------
def test_limits_default_and_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from jobmatch.loaders import MAX_FILE_BYTES, MAX_PDF_PAGES, limits

    monkeypatch.delenv("JOBMATCH_MAX_FILE_MB", raising=False)
    monkeypatch.delenv("JOBMATCH_MAX_PDF_PAGES", raising=False)
    default = limits()
    assert (default.max_file_bytes, default.max_pdf_pages) == (MAX_FILE_BYTES, MAX_PDF_PAGES) == (20 * 2**20, 50)
    assert default.max_pdf_content_bytes == 2 * 2**20
    monkeypatch.setenv("JOBMATCH_MAX_FILE_MB", " 0.5 ")
    monkeypatch.setenv("JOBMATCH_MAX_PDF_PAGES", "500")
    raised = limits()
    assert (raised.max_file_bytes, raised.max_pdf_pages, raised.file_mb()) == (2**19, 500, "0.5 MB")
    assert raised.max_pdf_content_bytes == 20 * 2**20


@pytest.mark.parametrize(
    ("size", "shown"),
    [(1, "1 KB"), (1024, "1 KB"), (1025, "2 KB"), (2**20, "1 MB"), (60 * 2**20, "60 MB"), (20 * 2**20 + 1, "20.1 MB")],
)
def test_sizes_are_rounded_up(size: int, shown: str) -> None:
    from jobmatch.loaders import _size

    assert _size(size) == shown


def test_a_file_just_over_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOBMATCH_MAX_FILE_MB", "1")
    at_limit = _write(tmp_path / "at.txt", b"Python\n" + b"x" * (2**20 - 7))
    assert load_document(at_limit).kind == "text"
    over = _write(tmp_path / "over.txt", b"Python\n" + b"x" * (2**20 - 6))
    assert str(_error(over)) == (
        f"{over}: file too large (1.1 MB; the limit is 1 MB; set JOBMATCH_MAX_FILE_MB to raise it)"
    )


def test_stdin_is_read_no_further_than_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    class Endless(io.RawIOBase):
        given = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
            buffer[:] = b"y" * len(buffer)
            Endless.given += len(buffer)
            return len(buffer)

    class Stdin:
        buffer = io.BufferedReader(Endless())

    monkeypatch.setenv("JOBMATCH_MAX_FILE_MB", "1")
    monkeypatch.setattr(sys, "stdin", Stdin())
    assert str(_error("-")) == "-: input too large (more than 1 MB, the limit; set JOBMATCH_MAX_FILE_MB to raise it)"
    assert Endless.given <= 2**20 + 2 * io.DEFAULT_BUFFER_SIZE


def test_utf16_without_a_byte_order_mark(tmp_path: Path) -> None:
    text = "Caf\u00e9 Python\nand Go"
    for codec in ("utf-16-le", "utf-16-be"):
        assert load_document(_write(tmp_path / f"{codec}.txt", text.encode(codec))).text == text


def test_directory_skips_hidden_files_and_lists_unread_formats(tmp_path: Path) -> None:
    """A Mac's "._a.md", an editor's ".#a.md" lock link and ".notes.md" are left out, as a
    shell's * leaves them; a resume kept as .doc/.rtf/.odt is listed, so that it is reported."""
    for name in ["a.md", "._a.md", ".notes.md", "b.doc", "c.rtf", "d.odt", "e.html"]:
        (tmp_path / name).write_text("Python\n", encoding="utf-8")
    os.symlink("user@host.1234:1700000000", tmp_path / ".#a.md")  # how emacs writes its lock
    names = [os.path.basename(p) for p in expand_paths([str(tmp_path)])]
    assert names == ["a.md", "b.doc", "c.rtf", "d.odt", "e.html"]


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("cv.rtf", b"{\\rtf1\\ansi Python}", "not read: an RTF document (save it as PDF, .docx or plain text)"),
        ("cv.txt", b"{\\rtf1\\ansi Python}", "not read: an RTF document (save it as PDF, .docx or plain text)"),
        ("cv.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "not read: an old Word .doc (save it as PDF, "
         ".docx or plain text)"),
        ("cv.odt", b"PK\x03\x04\x14\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.text",
         "not read: an OpenDocument file (save it as PDF, .docx or plain text)"),
        ("cv.pages", b"Python", "not read: a .pages file (save it as PDF, .docx or plain text)"),
    ],
)
def test_formats_jobmatch_does_not_read_are_named(tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    path = _write(tmp_path / name, data)
    assert _error(path).problem == problem


def test_a_web_page_is_read_as_its_text(tmp_path: Path) -> None:
    """A posting saved from the browser: the page's text, headings and list items as Markdown,
    no script, style or title, entities decoded, inline tags inside a line."""
    page = (
        "<!DOCTYPE html><html><head><title>Jobs | Example</title><style>li {color: red}</style></head><body>"
        "<h1>Backend Engineer</h1><h2>Requirements</h2><ul><li>Strong <b>Python</b> and <a href='/go'>Go</a></li>"
        "<li>AT&amp;T&nbsp;experience <em>(preferred)</em></li></ul><p>Apply<br>now</p><script>var x = 1;</script>"
        "</body></html>"
    )
    for name in ("posting.html", "saved_as.txt"):
        doc = load_document(_write(tmp_path / name, page.encode("utf-8")))
        assert doc.kind == "markdown"
        assert doc.lines == [
            "# Backend Engineer", "## Requirements", "- Strong Python and Go", "- AT&T experience (preferred)",
            "Apply", "now", "",
        ]  # (Document.lines ends with the text's last line end)


def test_a_damaged_pdf_is_not_called_a_scan() -> None:
    """strong_backend.pdf with bytes overwritten got "no text found: scanned PDF? run OCR first",
    which sends the user down the wrong path (QA cli #18): a PDF with no text, no image and
    pypdf stumbling over it is damaged."""
    data = STRONG_PDF.read_bytes()
    problems = []
    for seed in range(12):
        rng, damaged = random.Random(seed), bytearray(data)
        for _ in range(200):
            damaged[rng.randrange(1000, len(damaged))] = rng.randrange(256)
        try:
            load = document_from_bytes("x.pdf", bytes(damaged))
        except InputFileError as error:
            problems.append(error.problem)
        else:
            assert load.text
    assert not any("scanned" in p for p in problems)
    assert "no text found: the PDF is damaged (its pages' contents cannot be read)" in problems
