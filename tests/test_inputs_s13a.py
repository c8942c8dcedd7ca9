"""Inputs, loaders and the command line's error paths (s13a): text in any script saved as UTF-16
without a byte order mark, standard input that is a directory, and what adversarial inputs get
(one line naming the file and the problem, a documented exit code, or a right reading)."""

from __future__ import annotations

import json
import random
import zlib
from pathlib import Path

import pytest

from jobmatch.cli import app
from jobmatch.errors import InputFileError
from jobmatch.loaders import decode_text
from tests.conftest import POSTINGS, RESUMES

CV = RESUMES / "strong_backend.txt"
POST = POSTINGS / "backend_engineer.md"


def run(runner, *args, input=None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, [str(a) for a in args], input=input)


# -- UTF-16 and UTF-32 without a byte order mark, in any script ------------------------------------

RUSSIAN = "Backend-разработчик\nТребования:\n- Опыт работы с Python и Django от 3 лет\n- PostgreSQL, Docker\n"
CHINESE = "后端工程师\n任职要求:\n- 3年以上 Python 开发经验\n- 熟悉 Kubernetes 和 PostgreSQL\n"
JAPANESE = "バックエンドエンジニア\n必須スキル:\n- Python での開発経験 (3年以上)\n- Docker と AWS の実務経験\n"
KOREAN = "백엔드 개발자\n자격 요건:\n- Python 개발 경력 3년 이상\n- PostgreSQL 및 Docker 경험\n"
GREEK = "Μηχανικός λογισμικού\nΑπαιτήσεις:\n- Εμπειρία με Python και SQL\n"


@pytest.mark.parametrize("text", [RUSSIAN, CHINESE, JAPANESE, KOREAN, GREEK], ids=["ru", "zh", "ja", "ko", "el"])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_text_in_any_script_without_a_byte_order_mark_is_read(text: str, codec: str) -> None:
    # Notepad's "Unicode" without its BOM: Cyrillic and CJK were "not a text file (binary data)",
    # only Latin text (a zero byte beside every letter) was read
    assert decode_text("p.txt", text.encode(codec)) == text


def test_a_russian_posting_in_utf16_without_a_bom_is_understood(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "posting.txt"
    path.write_bytes(RUSSIAN.encode("utf-16-le"))
    result = run(runner, "posting", path, "-f", "json")
    assert result.exit_code == 0, result.stderr
    asked = {name for r in json.loads(result.stdout)["documents"][0]["requirements"] for name in r["any_of"]}
    assert {"Python", "Django", "PostgreSQL", "Docker"} <= asked


def _ascii_with_nuls() -> bytes:
    return b"Python " * 100 + b"\x00" * 10 + b"Go " * 100


@pytest.mark.parametrize(
    "data",
    [
        random.Random(3).randbytes(4000),  # random bytes: NULs anywhere
        zlib.compress(POST.read_bytes() * 3),  # compressed data
        b"".join(i.to_bytes(2, "little") for i in range(2000)),  # a table of small numbers
        _ascii_with_nuls(),  # ASCII text with NULs within: ideographs read as UTF-16
        b"abc\x00\x01\x02def" * 10,  # reads as UTF-16 "扡cȁ敤慦换Ā": no white space, no document
    ],
)
def test_binary_data_is_still_no_text_in_any_byte_order(data: bytes) -> None:
    data = data[: len(data) // 4 * 4]
    with pytest.raises(InputFileError) as caught:
        decode_text("p.txt", data)
    assert caught.value.problem == "not a text file (binary data)"


@pytest.mark.parametrize("text", [RUSSIAN * 20, POST.read_text(encoding="utf-8")], ids=["ru", "en"])
def test_utf8_with_a_stray_nul_stays_utf8(text: str) -> None:
    # an even number of bytes with NULs in them is no reason to read UTF-8 as UTF-16
    data = text.encode("utf-8")
    data = data[:101] + b"\x00" + data[101:]
    data += b"\x00" * (len(data) % 2)
    assert decode_text("p.txt", data) == text


# -- standard input that is a directory -----------------------------------------------------------


def test_standard_input_that_is_a_directory_says_so(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # a directory as standard input ("- < jobs/") read as "-: is a directory", which did not say what
    # "-" was. (The shell's `jobmatch ... - < jobs/` never gets this far: Python itself refuses to
    # start, "Fatal Python error: init_sys_streams: <stdin> is a directory", before jobmatch runs.)
    import io
    import os
    import sys

    from jobmatch.loaders import load_document

    class Descriptor(io.RawIOBase):  # (open() refuses a directory: this reads its descriptor as Python's stdin does)
        def __init__(self, fd: int) -> None:
            self.fd = fd

        def readable(self) -> bool:
            return True

        def readinto(self, buffer):  # type: ignore[no-untyped-def,override]
            data = os.read(self.fd, len(buffer))  # EISDIR
            buffer[: len(data)] = data
            return len(data)

    fd = os.open(tmp_path, os.O_RDONLY)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(Descriptor(fd))))
    try:
        with pytest.raises(InputFileError) as caught:
            load_document("-")
    finally:
        os.close(fd)
    assert str(caught.value) == (
        "-: standard input is a directory (name the directory as an argument instead of '< DIR')"
    )


def test_standard_input_that_fails_otherwise_names_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import io
    import sys

    from jobmatch.loaders import load_document

    class Failing(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer):  # type: ignore[no-untyped-def,override]
            raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(Failing())))
    with pytest.raises(InputFileError) as caught:
        load_document("-")
    assert str(caught.value) == "-: standard input: input/output error"


# -- a PDF's filled-in form fields, beside its page text ---------------------------------------------

PDF = RESUMES / "strong_backend.pdf"


def _with_fields(tmp_path: Path, fields: dict[str, tuple[str, object]], base: Path | None = PDF) -> Path:
    """``base`` (a blank page when None) with form fields: name -> (field type, value) on its first
    page, as a fillable resume template filled in and saved (the values in the form, not drawn)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(base)) if base is not None else PdfWriter()
    page = writer.pages[0] if base is not None else writer.add_blank_page(612, 792)
    refs = []
    for i, (name, (kind, value)) in enumerate(fields.items()):
        field = DictionaryObject(
            {
                NameObject("/FT"): NameObject(kind),
                NameObject("/T"): TextStringObject(name),
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/Rect"): ArrayObject([FloatObject(x) for x in (72, 60 + 30 * i, 500, 80 + 30 * i)]),
            }
        )
        if isinstance(value, str):
            field[NameObject("/V")] = NameObject(value) if value.startswith("/") else TextStringObject(value)
        refs.append(writer._add_object(field))
    page[NameObject("/Annots")] = ArrayObject(refs)
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject({NameObject("/Fields"): ArrayObject(refs)})
    path = tmp_path / "cv.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def _text(path: Path) -> str:
    from jobmatch.loaders import load_document

    return load_document(str(path)).text


def test_a_pdf_with_page_text_and_filled_fields_reads_both(tmp_path: Path) -> None:
    # the page text was read and the fields' values were silently lost
    path = _with_fields(tmp_path, {"more_skills": ("/Tx", "Elixir, Phoenix\nRust")})
    text = _text(path)
    page = _text(PDF)
    assert text.startswith(page.rstrip("\n"))
    assert text[len(page.rstrip("\n")) :] == "\n\nElixir, Phoenix\nRust"  # after the page text, a blank line between


def test_a_field_value_the_page_shows_already_is_read_once(tmp_path: Path) -> None:
    # a form flattened or printed draws its values on the page too: "Python" is not read twice
    shown = next(line for line in _text(PDF).splitlines() if "Python" in line and len(line) > 20)
    path = _with_fields(tmp_path, {"a": ("/Tx", shown.upper()), "b": ("/Tx", "Elixir"), "c": ("/Tx", "Elixir")})
    assert _text(path).endswith("\n\nElixir")


def test_a_field_value_inside_a_longer_word_on_the_page_is_still_read(tmp_path: Path) -> None:
    page = _text(PDF)
    assert "Go, SQL, Bash" in page and "PostgreSQL" in page and "Postgres 15" in page
    path = _with_fields(tmp_path, {"a": ("/Tx", "SQL"), "b": ("/Tx", "Postgre")})
    assert _text(path).endswith("\n\nPostgre")  # "SQL" stands alone on the page; "Postgre" does not


def test_a_form_only_pdf_is_read_from_its_fields(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # a fillable template with no page text said "no text found: its text is in form fields"
    path = _with_fields(tmp_path, {"name": ("/Tx", "Jane Roe"), "skills": ("/Tx", "Python, Django, PostgreSQL")}, None)
    result = run(runner, "resume", path, "-f", "json")
    assert result.exit_code == 0, result.stderr
    names = {skill["name"] for skill in json.loads(result.stdout)["documents"][0]["skills"]}
    assert {"Python", "Django", "PostgreSQL"} <= names


@pytest.mark.parametrize(
    "fields",
    [
        {"relocate": ("/Btn", "/Yes"), "remote": ("/Btn", "/Off")},  # check boxes: a state, no text
        {"country": ("/Ch", "/Opt1")},  # a choice's export name
        {"skills": ("/Tx", "   "), "other": ("/Tx", None)},  # blank and empty fields
    ],
    ids=["buttons", "choice-name", "blank"],
)
def test_fields_without_text_add_nothing(tmp_path: Path, fields: dict[str, tuple[str, object]]) -> None:
    assert _text(_with_fields(tmp_path, fields)) == _text(PDF)
    with pytest.raises(InputFileError) as caught:
        _text(_with_fields(tmp_path, fields, None))
    assert caught.value.problem == "no text found (empty document)"


# -- a document of headings alone ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Requirements\nSkills\n", "Requirements, Skills"),
        ("## Requirements\n\n## Nice to have\n- \n", "Requirements, Nice to have"),  # an empty bullet is no text
        (
            "Responsibilities:\nRequirements:\nBenefits:\nAbout us\n",
            "Responsibilities, Requirements, Benefits and 1 more",
        ),
    ],
)
def test_a_posting_of_headings_alone_is_no_text(runner, tmp_path: Path, text: str, shown: str) -> None:  # type: ignore[no-untyped-def]
    # a template saved before it was filled in scored 58.6% on its headings' similarity, silently
    path = tmp_path / "posting.md"
    path.write_text(text, encoding="utf-8")
    for fmt in ("table", "json", "ndjson", "csv"):
        result = run(runner, "match", CV, path, "-f", fmt)
        assert result.exit_code == 3, fmt
        assert result.stderr == f"jobmatch: error: {path}: no text found (only headings: {shown})\n", fmt


@pytest.mark.parametrize("command", ["match", "resume", "rank"])
def test_a_resume_of_headings_alone_is_no_text_as_a_posting_is(runner, tmp_path: Path, command: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "cv.txt"
    path.write_text("EXPERIENCE\n\nSKILLS\n\nEDUCATION\n", encoding="utf-8")
    args = {"match": (path, POST), "resume": (path,), "rank": (POST, path)}[command]
    result = run(runner, command, *args, "-f", "json")
    assert result.exit_code == 3
    assert result.stderr == f"jobmatch: error: {path}: no text found (only headings: EXPERIENCE, SKILLS, EDUCATION)\n"


@pytest.mark.parametrize(
    "text",
    [
        "Requirements: Python, Django\n",  # the heading's content on its own line
        "Skills: Python, SQL\nExperience\n",
        "Senior Backend Engineer\nRequirements\nSkills\n",  # a title is text
        "Requirements:\nPython\n",
    ],
)
def test_a_document_with_a_line_of_text_beside_its_headings_is_read(tmp_path: Path, text: str) -> None:
    from jobmatch import api
    from jobmatch.models import InputError

    path = tmp_path / "p.txt"
    path.write_text(text, encoding="utf-8")
    assert not isinstance(api.read_posting(str(path)), InputError)
    api.read_resume(str(path))  # (raises InputFileError when refused)


# -- --vocab FILE's problems: one line naming the file, exit 2 ----------------------------------------


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("folder", "is a directory"),  # was "Is a directory", as the OS words it
        ("missing.toml", "no such file"),
        ("", "no file name (an empty argument: a variable not set?)"),  # was ": no such file"
        ("-", "--vocab takes a file, not standard input"),
        ("/dev/zero", "not a text file (binary data)"),  # was read until memory ran out
        ("skills.json", "not valid TOML (Invalid statement (at line 1, column 1))"),
    ],
)
def test_a_vocab_file_that_cannot_be_used_is_one_line_and_exit_2(  # type: ignore[no-untyped-def]
    runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, problem: str
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("JOBMATCH_CACHE_DIR", str(tmp_path / "cache"))  # (the cache reads the file first)
    (tmp_path / "folder").mkdir()
    (tmp_path / "skills.json").write_text('{"skills": ["Elixir"]}', encoding="utf-8")
    for command in (("match", CV, POST), ("vocab", "k8s")):
        result = run(runner, *command, "--vocab", name)
        assert result.exit_code == 2, command
        shown = "''" if name == "" else name
        assert result.stderr == f"jobmatch: error: {shown}: {problem}\n", command


# -- the arguments are expanded once ------------------------------------------------------------------


@pytest.mark.parametrize("matrix", [False, True])
def test_rank_with_output_expands_its_resumes_once(  # type: ignore[no-untyped-def]
    runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, matrix: bool
) -> None:
    # -o FILE expanded the resumes to check that none is the output, then again to read them (a
    # directory listed, every file looked at, twice)
    from jobmatch import api

    expanded: list[list[str]] = []
    real = api._expand

    def counting(paths, *args, **kwargs):  # type: ignore[no-untyped-def]
        paths = list(paths)
        expanded.append([str(p) for p in paths])
        return real(paths, *args, **kwargs)

    monkeypatch.setattr(api, "_expand", counting)
    result = run(runner, "rank", POST, RESUMES, "-o", tmp_path / "out.json", "-f", "json", *(["--matrix"] * matrix))
    assert result.exit_code == 0, result.stderr
    assert [paths for paths in expanded if paths == [str(RESUMES)]] == [[str(RESUMES)]]
