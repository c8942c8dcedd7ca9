"""Broken and odd inputs end to end (s12a): what an adversarial user hands jobmatch in a shell
loop, and the one line (naming the file once, in words, never a Python class name) and exit
code each gets; nothing silently wrong, nothing the user gave is changed."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from jobmatch.cli import app
from jobmatch.errors import InputFileError
from jobmatch.loaders import decode_text, load_document
from tests.conftest import POSTINGS, RESUMES, ROOT

CV = RESUMES / "strong_backend.txt"
POST = POSTINGS / "backend_engineer.md"


def run(runner, *args, input=None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, [str(a) for a in args], input=input)


def _random_bytes_without_nul(size: int, seed: int = 12) -> bytes:
    """Random or compressed bytes with no NUL among them (a small archive or a cut image)."""
    return bytes(b for b in random.Random(seed).randbytes(size) if b)


# -- binary data without a NUL byte ------------------------------------------------------------


@pytest.mark.parametrize("name", ["p25.md", "notes.txt", "posting"])
def test_binary_data_without_nul_bytes_is_refused_not_scored(tmp_path: Path, name: str) -> None:
    # every byte is a character to Windows-1252: it was read as text and scored ("Ái7#oI Lj")
    path = tmp_path / name
    path.write_bytes(_random_bytes_without_nul(3000))
    with pytest.raises(InputFileError) as caught:
        load_document(str(path))
    assert caught.value.problem == "not a text file (binary data)"


def test_one_binary_posting_among_good_ones_is_an_error_row_in_every_format(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    jobs = tmp_path / "jobs"
    jobs.mkdir()
    for i in range(3):
        (jobs / f"p{i}.md").write_text(POST.read_text(encoding="utf-8"), encoding="utf-8")
    (jobs / "p1.md").write_bytes(_random_bytes_without_nul(3000))
    expected = f"jobmatch: error: {jobs / 'p1.md'}: not a text file (binary data)\n"
    for fmt in ("table", "json", "ndjson", "csv"):
        result = run(runner, "match", CV, jobs, "-f", fmt)
        assert result.exit_code == 3, fmt
        assert result.stderr == expected, fmt
    result = run(runner, "match", CV, jobs, "-f", "ndjson")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["type"] for line in lines] == ["result", "error", "result"]


@pytest.mark.parametrize(
    "text",
    [
        "Senior Python Engineer\nRequirements:\n- 5+ years of Python\x08\n- Django\n",  # a stray backspace
        "Jane Roe\x1a\nPython, SQL\n",  # a DOS end-of-file mark
        "Разработчик Python\nОпыт работы с Django и PostgreSQL\n",
        "Développeuse backend à Zürich — Python, Django\n",
    ],
)
def test_text_with_a_stray_control_byte_or_any_script_is_still_text(text: str) -> None:
    for encoding in ("utf-8", "cp1251" if "Р" in text else "cp1252"):
        assert "Python" in decode_text("cv.txt", text.encode(encoding))


# -- standard input closed, an empty argument ----------------------------------------------------


def test_standard_input_closed_is_one_line_not_an_internal_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)  # what Python leaves for `<&-`
    with pytest.raises(InputFileError) as caught:
        load_document("-")
    assert str(caught.value) == "-: standard input is closed (nothing to read)"


@pytest.mark.parametrize("fmt", ["table", "ndjson"])
def test_standard_input_closed_end_to_end(fmt: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "jobmatch", "match", "-f", fmt, str(CV), "-"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        cwd=ROOT,
        preexec_fn=lambda: os.close(0),  # `jobmatch match cv.txt - <&-`
        check=False,
    )
    assert done.returncode == 3  # was 70, "internal error: AttributeError"
    assert done.stderr == "jobmatch: error: -: standard input is closed (nothing to read)\n"


@pytest.mark.parametrize("where", ["posting", "resume"])
def test_an_empty_argument_says_so(runner, where: str) -> None:  # type: ignore[no-untyped-def]
    # `jobmatch match cv.pdf "$JOB"` with JOB unset printed "jobmatch: error: : no such file"
    args = ("match", CV, "") if where == "posting" else ("match", "", POST)
    result = run(runner, *args, "-f", "json")
    assert result.exit_code == 3
    assert result.stderr == "jobmatch: error: '': no file name (an empty argument: a variable not set?)\n"
    assert json.loads(result.stdout)["errors"][0]["path"] == "''"


# -- damaged PDFs and DOCX: what is wrong, in words ----------------------------------------------

PDF = RESUMES / "strong_backend.pdf"
DOCX = RESUMES / "renderings" / "strong_backend.docx"
CUT_SHORT = "corrupt or unreadable PDF (cut short: an incomplete download or copy?)"
DAMAGED = "corrupt or unreadable PDF (damaged: its structure cannot be read)"
_PAGE_TREE_LOOP = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj
trailer << /Root 1 0 R >>
startxref
0
%%EOF
"""


def _problem(path: Path) -> str:
    with pytest.raises(InputFileError) as caught:
        load_document(str(path))
    assert str(caught.value).count(str(path)) == 1
    return caught.value.problem


@pytest.mark.parametrize("fraction", [0.05, 0.3, 0.7, 0.99])
def test_a_pdf_cut_short_says_so(tmp_path: Path, fraction: float) -> None:
    path = tmp_path / "cv.pdf"
    data = PDF.read_bytes()
    path.write_bytes(data[: int(len(data) * fraction)])
    assert _problem(path) == CUT_SHORT  # was "corrupt or unreadable PDF (PdfStreamError)"


@pytest.mark.parametrize(
    "data",
    [
        _PAGE_TREE_LOOP,  # pypdf: "Detected cyclic page references"
        _PAGE_TREE_LOOP.replace(b"trailer << /Root 1 0 R >>", b"trailer << >>"),  # no catalog
        b"%PDF-1.4\n%%EOF\n",  # a header and an end, nothing between
        b"%PDF-1.7\n" + random.Random(8).randbytes(4096),  # random bytes after the header: not "cut short"
    ],
)
def test_a_pdf_damaged_inside_says_so_without_the_parsers_class_name(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(data)
    assert _problem(path) == DAMAGED


def _docx_without(tmp_path: Path, part: str) -> Path:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(DOCX) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            if item.filename != part:
                target.writestr(item, source.read(item))
    path = tmp_path / "cv.docx"
    path.write_bytes(out.getvalue())
    return path


def test_a_docx_missing_a_part_says_so(tmp_path: Path) -> None:
    path = _docx_without(tmp_path, "[Content_Types].xml")
    assert _problem(path) == "corrupt or unreadable DOCX (damaged: a part of the document is missing)"  # was (KeyError)


def test_a_docx_cut_short_says_so(tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    path.write_bytes(DOCX.read_bytes()[:3000])
    assert _problem(path) == "corrupt or unreadable DOCX (truncated or damaged: not a whole ZIP archive)"


# -- what the command line names -----------------------------------------------------------------


def _tree(tmp_path: Path) -> Path:
    """jobs/top.md, jobs/2024/mid.md, jobs/2024/q1/deep.md, jobs/.drafts/hidden.md."""
    jobs = tmp_path / "jobs"
    for where in ("top.md", "2024/mid.md", "2024/q1/deep.md", ".drafts/hidden.md"):
        (jobs / where).parent.mkdir(parents=True, exist_ok=True)
        (jobs / where).write_text(POST.read_text(encoding="utf-8"), encoding="utf-8")
    return jobs


def test_a_quoted_double_star_glob_reads_every_depth(runner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # as zsh and bash's globstar expand it; it read only jobs/*/*.md and left the rest out unsaid
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = run(runner, "posting", "jobs/**/*.md", "-f", "ndjson")
    assert result.exit_code == 0 and result.stderr == ""
    paths = [json.loads(line)["path"] for line in result.stdout.splitlines()]
    assert paths == ["jobs/2024/mid.md", "jobs/2024/q1/deep.md", "jobs/top.md"]  # (hidden folders left out)
    result = run(runner, "posting", "jobs/*/*.md", "-f", "ndjson")  # one "*" is still one level
    assert [json.loads(line)["path"] for line in result.stdout.splitlines()] == ["jobs/2024/mid.md"]


def test_a_double_star_alone_reads_files_not_folders(runner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # 'jobs/**' matches the folders too: read as folders, a folder of folders was "no files" (exit 3)
    _tree(tmp_path)
    (tmp_path / "jobs" / "top.md").unlink()  # (the top folder holds only folders)
    monkeypatch.chdir(tmp_path)
    result = run(runner, "posting", "jobs/**", "-f", "ndjson")
    assert result.exit_code == 0 and result.stderr == ""
    paths = [json.loads(line)["path"] for line in result.stdout.splitlines()]
    assert paths == ["jobs/2024/mid.md", "jobs/2024/q1/deep.md"]


def test_resume_warns_of_a_subdirectory_not_read_as_the_other_commands_do(runner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    cvs = tmp_path / "cvs"
    (cvs / "2024").mkdir(parents=True)
    (cvs / "a.txt").write_text(CV.read_text(encoding="utf-8"), encoding="utf-8")
    (cvs / "2024" / "b.txt").write_text(CV.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for fmt in ("table", "json"):
        result = run(runner, "resume", "cvs", "-f", fmt)
        assert result.exit_code == 0
        assert result.stderr == (
            "jobmatch: warning: cvs/2024: a subdirectory, not read (name it too, or give 'cvs/*/*.txt')\n"
        )


def test_output_naming_an_input_names_the_file_once(runner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    cv = tmp_path / "cv.txt"
    cv.write_text(CV.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for given in ("cv.txt", "./cv.txt"):
        result = run(runner, "match", given, POST, "-o", "cv.txt", "-f", "json")
        assert result.exit_code == 4
        assert result.stderr == (
            "jobmatch: error: cv.txt: cannot write: it is one of the inputs; nothing was written\n"
        )
    result = run(runner, "match", cv, POST, "-o", "cv.txt", "-f", "json")  # another name for it: both said
    assert result.stderr == (
        f"jobmatch: error: cv.txt: cannot write: it is one of the inputs ({cv}); nothing was written\n"
    )
    assert cv.read_text(encoding="utf-8") == CV.read_text(encoding="utf-8")


# -- a fillable form: its text in the fields, not on the pages -------------------------------------


def _form_pdf(tmp_path: Path, value: str | None) -> Path:
    """A blank page with a text field (a fillable resume template), filled with ``value``."""
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, TextStringObject

    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    field = DictionaryObject(
        {
            NameObject("/FT"): NameObject("/Tx"),
            NameObject("/T"): TextStringObject("skills"),
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/Rect"): ArrayObject([FloatObject(72), FloatObject(700), FloatObject(500), FloatObject(720)]),
        }
    )
    if value is not None:
        field[NameObject("/V")] = TextStringObject(value)
    ref = writer._add_object(field)
    page[NameObject("/Annots")] = ArrayObject([ref])
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject({NameObject("/Fields"): ArrayObject([ref])})
    path = tmp_path / "form.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def test_a_filled_form_without_page_text_is_read_from_its_fields(tmp_path: Path) -> None:
    # was "no text found (empty document)", then (s12a) an error saying the text is in form fields;
    # s13a reads the fields (tests/test_inputs_s13a.py)
    assert load_document(str(_form_pdf(tmp_path, "Python, Django, PostgreSQL"))).text == "Python, Django, PostgreSQL"


@pytest.mark.parametrize("value", [None, "", "   "])
def test_a_blank_form_is_still_an_empty_document(tmp_path: Path, value: str | None) -> None:
    assert _problem(_form_pdf(tmp_path, value)) == "no text found (empty document)"
