"""Files that cannot be read as a resume: one line naming the file and the problem, exit 3, and
the other inputs still reported. Every broken file is made here, in tmp_path, from the committed
fixtures with pypdf / python-docx / zipfile: no hand-edited binaries."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from jobmatch.cli import app
from tests.conftest import POSTINGS, RESUMES, ROOT

PDF = RESUMES / "strong_backend.pdf"
DOCX = RESUMES / "renderings" / "strong_backend.docx"


def run(runner, *args):
    return runner.invoke(app, [str(a) for a in args])


def _encrypted(tmp_path: Path, name: str, user_password: str, owner_password: str | None) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(PDF)))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="RC4-128")
    out = tmp_path / name
    with open(out, "wb") as handle:
        writer.write(handle)
    return out


def _image_only(tmp_path: Path) -> Path:
    """A page that only draws an image: what a scanner makes."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject

    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    stream = DecodedStreamObject()
    stream.set_data(b"q 300 0 0 400 150 200 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x00\xff\xff\x00 EI Q")
    page.replace_contents(stream)
    out = tmp_path / "scan.pdf"
    with open(out, "wb") as handle:
        writer.write(handle)
    return out


def _docx_variant(tmp_path: Path, name: str, change) -> Path:
    """The fixture DOCX with its ZIP members changed by ``change(dict)``."""
    with zipfile.ZipFile(DOCX) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    change(members)
    out = tmp_path / name
    with zipfile.ZipFile(out, "w") as target:
        for member, data in members.items():
            target.writestr(member, data)
    return out


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# -- PDFs ---------------------------------------------------------------------------------------
def test_encrypted_pdf_needs_a_password(runner, tmp_path):
    locked = _encrypted(tmp_path, "locked.pdf", "secret", None)
    result = run(runner, "resume", locked)
    assert result.exit_code == 3
    assert result.stderr == f"jobmatch: error: {locked}: PDF is encrypted and needs a password\n"
    assert "Traceback" not in result.output


def test_pdf_with_an_empty_user_password_opens(runner, tmp_path):
    from pypdf import PdfReader

    opened = _encrypted(tmp_path, "owner_only.pdf", "", "owner-secret")
    assert PdfReader(str(opened)).is_encrypted
    result = run(runner, "resume", opened, "-f", "json", "--as-of", "2026-01")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)["documents"][0]
    assert doc["total_years"] == 7.4 and any(s["name"] == "Kubernetes" for s in doc["skills"])


def test_scanned_pdf_without_text(runner, tmp_path):
    scan = _image_only(tmp_path)
    result = run(runner, "resume", scan)
    assert result.exit_code == 3
    assert result.stderr == f"jobmatch: error: {scan}: no text found: scanned PDF? run OCR first\n"


def test_blank_pdf(runner, tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    blank = tmp_path / "blank.pdf"
    with open(blank, "wb") as handle:
        writer.write(handle)
    result = run(runner, "match", blank, POSTINGS / "backend_engineer.md")
    assert result.exit_code == 3
    assert result.stderr == f"jobmatch: error: {blank}: no text found (empty document)\n"


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9, 0.99])
def test_truncated_pdf(runner, tmp_path, fraction):
    data = PDF.read_bytes()
    cut = _write(tmp_path / "cut.pdf", data[: int(len(data) * fraction)])
    result = run(runner, "resume", cut)
    assert result.exit_code == 3
    assert result.stderr == (
        f"jobmatch: error: {cut}: corrupt or unreadable PDF (cut short: an incomplete download or copy?)\n"
    )


def test_garbage_after_the_pdf_header(runner, tmp_path):
    junk = _write(tmp_path / "junk.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 20)
    result = run(runner, "resume", junk)
    assert result.exit_code == 3
    assert result.stderr.startswith(f"jobmatch: error: {junk}: corrupt or unreadable PDF (")
    assert result.stderr.count("\n") == 1


def test_pdf_warnings_stay_quiet():
    """pypdf logs about fonts it cannot fully parse (enscript's Courier); the user sees nothing."""
    rendering = RESUMES / "renderings" / "strong_backend.enscript.pdf"
    out = subprocess.run(
        [sys.executable, "-m", "jobmatch", "resume", str(rendering), "-f", "json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert out.returncode == 0
    assert out.stderr == ""


# -- not what the extension says ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("resume.pdf", b"<!DOCTYPE html><html><body>Python</body></html>", "not a PDF file (content looks like HTML)"),
        ("resume.pdf", DOCX.read_bytes(), "not a PDF file (content looks like a ZIP or DOCX archive)"),
        ("resume.docx", PDF.read_bytes(), "not a DOCX file (content looks like a PDF)"),
        ("resume.docx", b"Jane Roe\nPython, Go\n", "not a DOCX file (content looks like plain text)"),
        ("resume.docx", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "not a DOCX file (content looks like an image)"),
        (
            "resume.docx",
            DOCX.read_bytes()[:2000],
            "corrupt or unreadable DOCX (truncated or damaged: not a whole ZIP archive)",
        ),
        (
            "resume.docx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "WordDocument".encode("utf-16-le"),
            "not a DOCX file (an old Word .doc? save it as .docx or PDF)",
        ),
        (
            # Office's password protection: an OLE compound file holding an EncryptedPackage stream
            "resume.docx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le"),
            "DOCX is encrypted and needs a password",
        ),
    ],
)
def test_content_does_not_match_the_extension(runner, tmp_path, name, content, message):
    path = _write(tmp_path / name, content)
    result = run(runner, "resume", path)
    assert result.exit_code == 3
    assert result.stderr == f"jobmatch: error: {path}: {message}\n"


def test_zip_that_is_not_a_word_document(runner, tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("content.xml", "<office/>")
    path = _write(tmp_path / "resume.docx", buffer.getvalue())
    result = run(runner, "resume", path)
    assert result.exit_code == 3
    assert result.stderr == (
        f"jobmatch: error: {path}: corrupt or unreadable DOCX (a ZIP archive without word/document.xml)\n"
    )


def test_docx_with_broken_xml(runner, tmp_path):
    def damage(members):
        members["word/document.xml"] = members["word/document.xml"][:500]

    path = _docx_variant(tmp_path, "broken.docx", damage)
    result = run(runner, "resume", path)
    assert result.exit_code == 3
    assert result.stderr == (
        f"jobmatch: error: {path}: corrupt or unreadable DOCX (damaged: its text is not well-formed XML)\n"
    )


def test_docx_without_text(runner, tmp_path):
    import docx

    empty = tmp_path / "empty.docx"
    docx.Document().save(str(empty))
    result = run(runner, "resume", empty)
    assert result.exit_code == 3
    assert result.stderr == f"jobmatch: error: {empty}: no text found (empty document)\n"


def test_one_bad_file_does_not_stop_the_others(runner, tmp_path, schema_validator):
    locked = _encrypted(tmp_path, "locked.pdf", "secret", None)
    scan = _image_only(tmp_path)
    result = run(runner, "resume", locked, DOCX, scan, "-f", "json")
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        f"jobmatch: error: {locked}: PDF is encrypted and needs a password",
        f"jobmatch: error: {scan}: no text found: scanned PDF? run OCR first",
    ]
    doc = json.loads(result.stdout)
    schema_validator.validate(doc)
    assert [d["path"] for d in doc["documents"]] == [str(DOCX)]
    assert [e["path"] for e in doc["errors"]] == [str(locked), str(scan)]


def test_a_directory_of_resumes_includes_docx(tmp_path):
    from jobmatch.loaders import RESUME_SUFFIXES, expand_paths

    for name in ("a.pdf", "b.docx", "c.txt", "d.doc", "e.xlsx"):
        (tmp_path / name).write_bytes(b"x")
    found = [Path(p).name for p in expand_paths([str(tmp_path)], RESUME_SUFFIXES)]
    assert found == ["a.pdf", "b.docx", "c.txt", "d.doc"]  # (the .doc to be reported: "not read")
