"""Every bad input gets a clear answer: the corpus of tests/badinput/make_corpus.py, case by
case, with the exact outcome of each (it works and finds the content's skills, or it fails with
its one-line error and exit code 3), batches in which the other inputs are still reported, the
limits (file size, PDF pages, decompression bombs) and what they say, no network, inputs never
written to, byte-identical output from run to run, and Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from jobmatch.cli import app
from tests.badinput.make_corpus import LATIN1_NAME, MARKUP_NAME, RESUME_TEXT, build
from tests.conftest import POSTINGS, RESUMES, ROOT

LIMITS = "set JOBMATCH_MAX_FILE_MB to raise it"
# What the resume command says about each corpus case: an error message (exit 3), or "works"
# (exit 0: the skills are checked by the tests below, per case).
RESUME_OUTCOMES: dict[str, str] = {
    "empty.txt": "no text found (empty file)",
    "empty.pdf": "no text found (empty file)",
    "whitespace.txt": "no text found (empty file)",
    "truncated.pdf": "corrupt or unreadable PDF (cut short: an incomplete download or copy?)",
    "corrupt.pdf": "corrupt or unreadable PDF (damaged: its structure cannot be read)",
    "encrypted.pdf": "PDF is encrypted and needs a password",
    "encrypted_empty_password.pdf": "works",
    "image_only.pdf": "no text found: scanned PDF? run OCR first",
    "html.pdf": "not a PDF file (content looks like HTML)",
    "docx.pdf": "not a PDF file (content looks like a ZIP or DOCX archive)",
    "docx_named.txt": "works",
    "pdf_named.txt": "works",
    "random.txt": "not a text file (binary data)",
    "nul.txt": "not a text file (binary data)",
    "latin1.txt": "works",
    "utf16_bom.txt": "works",
    "utf16_no_bom.txt": "works",
    "utf8_bom.txt": "works",
    "crlf.txt": "works",
    "cr.txt": "works",
    "ansi.txt": "works",
    "huge.txt": f"file too large (60 MB; the limit is 20 MB; {LIMITS})",
    "pages500.pdf": "PDF too long (500 pages; the limit is 50; set JOBMATCH_MAX_PDF_PAGES to raise it)",
    "bomb.pdf": f"PDF stream too large (more than 20 MB decompressed; a decompression bomb? {LIMITS})",
    "nested_bomb.pdf": f"PDF stream too large (more than 20 MB decompressed; a decompression bomb? {LIMITS})",
    "form_bomb.pdf": "PDF content too large (more than 2 MB decompressed; a decompression bomb? "
    "set JOBMATCH_MAX_PDF_PAGES to raise it)",
    "bomb.docx": f"DOCX content too large (more than 20 MB unzipped; a decompression bomb? {LIMITS})",
    "directory.pdf": "directory has no pdf/docx/txt/md/markdown/text/rst/mdown/mkd/markdn/html/htm/xhtml files",
    "directory.txt": "directory has no pdf/docx/txt/md/markdown/text/rst/mdown/mkd/markdn/html/htm/xhtml files",
    "loop.txt": "symbolic link loop (too many levels of symbolic links)",
    "dangling.txt": "no such file (a broken symbolic link)",
    MARKUP_NAME: "works",
    LATIN1_NAME: "works",  # checked in a real process below: CliRunner's streams refuse the name
    "no_skills.txt": "works",
}
# The skills of RESUME_TEXT, whatever its encoding or line ends.
RESUME_TEXT_SKILLS = {"Python", "Django", "PostgreSQL", "Kubernetes", "Docker"}
SAME_AS = {  # cases whose content is a fixture: the same skills as the fixture itself
    "encrypted_empty_password.pdf": RESUMES / "strong_backend.pdf",
    "pdf_named.txt": RESUMES / "strong_backend.pdf",
    "docx_named.txt": RESUMES / "renderings" / "strong_backend.docx",
    MARKUP_NAME: POSTINGS / "backend_engineer.md",
}


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> dict[str, Path]:
    return build(tmp_path_factory.mktemp("badinput"))


def run(runner, *args, **kwargs):
    return runner.invoke(app, [str(a) for a in args], **kwargs)


def skills_of(runner, path: Path) -> set[str]:
    result = run(runner, "resume", path, "-f", "json", "--as-of", "2026-01")
    assert result.exit_code == 0, result.stderr
    return {s["name"] for s in json.loads(result.stdout)["documents"][0]["skills"]}


def test_every_case_has_an_expected_outcome(corpus):
    assert set(corpus) == set(RESUME_OUTCOMES)


# -- one test per case ----------------------------------------------------------------------------
CLI_CASES = [name for name in RESUME_OUTCOMES if name != LATIN1_NAME]


@pytest.mark.parametrize("name", CLI_CASES, ids=[n.replace("/", "_") for n in CLI_CASES])
def test_corpus_case(runner, corpus, name):
    path = corpus[name]
    expected = RESUME_OUTCOMES[name]
    started = time.monotonic()
    result = run(runner, "resume", path, "-f", "json", "--as-of", "2026-01")
    assert time.monotonic() - started < 30, "no case may take long: limits answer before the work"
    doc = json.loads(result.stdout)
    if expected != "works":
        assert result.exit_code == 3
        assert result.stderr == f"jobmatch: error: {path}: {expected}\n"
        assert doc["documents"] == []
        assert doc["errors"] == [{"path": str(path), "error": expected}]
        return
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    (document,) = doc["documents"]
    assert document["path"] == str(path)
    found = {s["name"] for s in document["skills"]}
    if name in SAME_AS:
        assert found == skills_of(runner, SAME_AS[name])
        assert {"Python", "Kubernetes"} <= found
    elif name == "ansi.txt":
        assert found == {"Python", "Kubernetes"}  # the escape sequences are gone, the words stay
    elif name == "no_skills.txt":
        assert found == set()
    else:
        assert found == RESUME_TEXT_SKILLS


ENCODED = ["latin1.txt", "utf16_bom.txt", "utf16_no_bom.txt", "utf8_bom.txt", "crlf.txt", "cr.txt"]


@pytest.mark.parametrize("name", ENCODED)
def test_encodings_and_line_ends_read_as_the_same_text(corpus, name):
    from jobmatch.loaders import load_document
    from jobmatch.text import normalize_text

    assert load_document(str(corpus[name])).text == normalize_text(RESUME_TEXT)


def test_terminal_escapes_never_reach_the_output(runner, corpus):
    result = run(runner, "resume", corpus["ansi.txt"])
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "Python and Kubernetes" in result.stdout


def test_a_directory_named_like_a_resume(runner, corpus):
    """As the RESUME of match, a directory is one line, not a traceback."""
    path = corpus["directory.pdf"]
    result = run(runner, "match", path, POSTINGS / "backend_engineer.md", "-f", "json")
    assert result.exit_code == 3
    assert result.stderr == f"jobmatch: error: {path}: is a directory\n"
    assert json.loads(result.stdout)["results"] == []


def test_a_directory_named_like_a_posting(runner, corpus):
    path = corpus["directory.txt"]
    result = run(runner, "posting", path, "-f", "json")
    assert result.exit_code == 3
    assert result.stderr == (
        f"jobmatch: error: {path}: directory has no txt/md/markdown/pdf/docx/text/rst/mdown/mkd/markdn/html/htm/"
        "xhtml files\n"
    )


def test_a_symlink_loop_as_the_resume_of_match(runner, corpus):
    path = corpus["loop.txt"]
    result = run(runner, "match", path, POSTINGS / "backend_engineer.md")
    assert result.exit_code == 3
    assert result.stderr == f"jobmatch: error: {path}: symbolic link loop (too many levels of symbolic links)\n"


def test_a_file_name_with_a_newline_is_still_a_one_line_error(runner, tmp_path):
    bad = tmp_path / "two\nlines\x1b[31m.txt"
    bad.write_bytes(b"")
    result = run(runner, "match", RESUMES / "strong_backend.txt", bad)
    assert result.exit_code == 3
    assert result.stderr == f"jobmatch: error: {tmp_path}/two\\nlines\\x1b[31m.txt: no text found (empty file)\n"


def test_links_that_lead_nowhere_in_a_directory_are_reported_not_skipped(runner, corpus, tmp_path):
    (tmp_path / "good.txt").write_bytes((POSTINGS / "backend_engineer.md").read_bytes())
    os.symlink("loop.txt", tmp_path / "loop.txt")
    os.symlink("missing.txt", tmp_path / "dangling.md")
    result = run(runner, "posting", tmp_path, "-f", "json")
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        f"jobmatch: error: {tmp_path / 'dangling.md'}: no such file (a broken symbolic link)",
        f"jobmatch: error: {tmp_path / 'loop.txt'}: symbolic link loop (too many levels of symbolic links)",
    ]
    assert [d["path"] for d in json.loads(result.stdout)["documents"]] == [str(tmp_path / "good.txt")]


def test_an_unreadable_directory_is_one_line(runner, monkeypatch, tmp_path):
    def refuse(path):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "scandir", refuse)  # how the loader lists a directory
    result = run(runner, "posting", tmp_path, "-f", "json")
    assert result.exit_code == 3
    assert result.stderr == f"jobmatch: error: {tmp_path}: permission denied\n"


def test_a_file_named_with_rich_markup_prints_as_written(runner, corpus):
    path = corpus[MARKUP_NAME]
    assert str(path).endswith("[red]x[/red].txt")
    result = run(runner, "match", RESUMES / "strong_backend.txt", path)
    assert result.exit_code == 0, result.stderr
    assert str(path) in result.stdout.replace("\n", "")  # the table may wrap a long path
    missing = path.parent / "[bold]gone[/bold].txt"
    result = run(runner, "match", RESUMES / "strong_backend.txt", missing)
    assert result.exit_code == 3
    assert result.stderr == f"jobmatch: error: {missing}: no such file\n"


def test_a_name_that_is_not_utf8_prints_as_its_bytes(corpus, tmp_path):
    """A Latin-1 file name (the bytes b"caf\\xe9.txt") is read, reported and written back as the
    same bytes, whatever the locale (PYTHONIOENCODING=utf-8 makes stdout strict); in JSON, which
    must be UTF-8, as escapes that json.loads reads back as the same name."""
    path = corpus[LATIN1_NAME]
    missing = str(tmp_path / "nowhere\udce9.txt")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    posting = str(POSTINGS / "backend_engineer.md")
    out = subprocess.run(
        [sys.executable, "-m", "jobmatch", "match", str(path), posting, missing, "-f", "json"],
        capture_output=True,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert out.returncode == 3
    assert out.stderr == b"jobmatch: error: " + os.fsencode(missing) + b": no such file\n"
    # JSON is valid UTF-8: the name's bytes are written as "\udce9" escapes, read back exactly
    doc = json.loads(out.stdout.decode("utf-8"))
    assert os.fsencode(doc["resume"]["path"]) == os.fsencode(str(path))
    assert b"caf\\udce9.txt" in out.stdout
    table = subprocess.run(
        [sys.executable, "-m", "jobmatch", "resume", str(path)], capture_output=True, cwd=ROOT, env=env, check=False
    )
    assert table.returncode == 0 and table.stderr == b""
    assert os.fsencode(path.name) in table.stdout


def test_a_posting_without_skills_is_scored_on_similarity_alone(runner, corpus):
    path = corpus["no_skills.txt"]
    result = run(runner, "match", RESUMES / "strong_backend.txt", path, "-f", "json")
    assert result.exit_code == 0, result.stderr
    (entry,) = json.loads(result.stdout)["results"]
    assert entry["posting"]["title"] == "Friendly Person Wanted"
    parts = entry["breakdown"]
    assert parts["required"]["total"] == parts["preferred"]["total"] == 0
    assert parts["required"]["weight"] == parts["preferred"]["weight"] == 0
    assert parts["similarity"]["weight"] == 1.0
    assert entry["score"] == parts["similarity"]["points"]
    assert entry["fixes"] == [] and entry["missing"] == {"required": [], "preferred": []}
    posting = run(runner, "posting", path, "-f", "json")
    assert posting.exit_code == 0 and json.loads(posting.stdout)["documents"][0]["requirements"] == []


# -- batches: the bad inputs among good ones ------------------------------------------------------
def test_a_batch_of_every_case_reports_the_good_ones(runner, corpus):
    names = CLI_CASES
    paths = [corpus[n] for n in names]
    result = run(runner, "resume", RESUMES / "strong_backend.txt", *paths, "-f", "json", "--as-of", "2026-01")
    assert result.exit_code == 3
    bad = [(corpus[n], RESUME_OUTCOMES[n]) for n in names if RESUME_OUTCOMES[n] != "works"]
    assert result.stderr.splitlines() == [f"jobmatch: error: {p}: {m}" for p, m in bad]
    doc = json.loads(result.stdout)
    good = [str(RESUMES / "strong_backend.txt")] + [str(corpus[n]) for n in names if RESUME_OUTCOMES[n] == "works"]
    assert [d["path"] for d in doc["documents"]] == good
    assert doc["errors"] == [{"path": str(p), "error": m} for p, m in bad]


def test_bad_postings_among_good_ones_in_match(runner, corpus, schema_validator):
    bad = ["empty.txt", "nul.txt", "random.txt", "huge.txt", "loop.txt", "directory.txt", "html.pdf", "utf16_bom.txt"]
    postings = [POSTINGS / "backend_engineer.md", *(corpus[n] for n in bad), corpus[MARKUP_NAME]]
    result = run(runner, "match", RESUMES / "strong_backend.txt", *postings, "-f", "json")
    assert result.exit_code == 3
    messages = {
        **RESUME_OUTCOMES,
        "directory.txt": "directory has no txt/md/markdown/pdf/docx/text/rst/mdown/mkd/markdn/html/htm/xhtml files",
    }
    failed = [n for n in bad if n != "utf16_bom.txt"]  # a posting in UTF-16 is read like any other
    assert result.stderr.splitlines() == [f"jobmatch: error: {corpus[n]}: {messages[n]}" for n in failed]
    doc = json.loads(result.stdout)
    schema_validator.validate(doc)
    assert sorted(r["posting"]["path"] for r in doc["results"]) == sorted(
        [str(POSTINGS / "backend_engineer.md"), str(corpus["utf16_bom.txt"]), str(corpus[MARKUP_NAME])]
    )
    assert doc["errors"] == [{"path": str(corpus[n]), "error": messages[n]} for n in failed]


def test_a_bad_resume_still_reports_the_bad_postings(runner, corpus):
    result = run(runner, "match", corpus["encrypted.pdf"], POSTINGS / "backend_engineer.md", corpus["nul.txt"])
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        f"jobmatch: error: {corpus['encrypted.pdf']}: PDF is encrypted and needs a password",
        f"jobmatch: error: {corpus['nul.txt']}: {RESUME_OUTCOMES['nul.txt']}",
    ]


# -- limits -----------------------------------------------------------------------------------------
def test_the_file_size_limit_is_configurable(runner, corpus):
    """Raised, the 60 MB file is read: a resume's text, then a hole of NUL bytes that pads it (as a
    crash leaves a file), which is dropped."""
    path = corpus["huge.txt"]
    result = run(runner, "resume", path, "-f", "json", env={"JOBMATCH_MAX_FILE_MB": "100"})
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["documents"][0]["skills"]
    small = RESUMES / "strong_backend.txt"
    result = run(runner, "resume", small, env={"JOBMATCH_MAX_FILE_MB": "0.001"})
    assert result.exit_code == 3
    assert result.stderr == f"jobmatch: error: {small}: file too large (4 KB; the limit is 0.001 MB; {LIMITS})\n"


def test_the_page_limit_is_configurable(runner, corpus):
    path = corpus["pages500.pdf"]
    result = run(runner, "resume", path, "-f", "json", env={"JOBMATCH_MAX_PDF_PAGES": "500"})
    assert result.exit_code == 0, result.stderr
    skills = json.loads(result.stdout)["documents"][0]["skills"]
    assert {s["name"] for s in skills} == {"Python", "Kubernetes", "PostgreSQL"}
    two_pages = RESUMES / "renderings" / "strong_backend.latex.pdf"
    result = run(runner, "resume", two_pages, env={"JOBMATCH_MAX_PDF_PAGES": "1"})
    assert result.exit_code == 3
    assert result.stderr.endswith(": PDF too long (2 pages; the limit is 1; set JOBMATCH_MAX_PDF_PAGES to raise it)\n")


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("JOBMATCH_MAX_FILE_MB", "lots", "not a positive number of megabytes (e.g. 20 or 0.5)"),
        ("JOBMATCH_MAX_FILE_MB", "0", "not a positive number of megabytes (e.g. 20 or 0.5)"),
        ("JOBMATCH_MAX_FILE_MB", "-5", "not a positive number of megabytes (e.g. 20 or 0.5)"),
        ("JOBMATCH_MAX_FILE_MB", "inf", "not a positive number of megabytes (e.g. 20 or 0.5)"),
        ("JOBMATCH_MAX_PDF_PAGES", "ten", "not a positive whole number of pages (e.g. 50)"),
        ("JOBMATCH_MAX_PDF_PAGES", "2.5", "not a positive whole number of pages (e.g. 50)"),
        ("JOBMATCH_MAX_PDF_PAGES", "0", "not a positive whole number of pages (e.g. 50)"),
    ],
)
def test_a_bad_limit_setting_is_a_usage_error(runner, variable, value, message):
    result = run(runner, "match", RESUMES / "strong_backend.txt", POSTINGS, env={variable: value})
    assert result.exit_code == 2
    assert result.stderr == f"jobmatch: error: {variable}={value!r}: {message}\n"


def test_a_file_over_the_limit_is_refused_before_it_is_opened(corpus, monkeypatch):
    import builtins

    from jobmatch.errors import InputFileError
    from jobmatch.loaders import load_document

    opened: list[str] = []
    real_open = builtins.open

    def spy(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy)
    with pytest.raises(InputFileError, match="file too large"):
        load_document(str(corpus["huge.txt"]))
    assert str(corpus["huge.txt"]) not in opened


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_an_endless_input_is_refused_not_read_forever(runner, device):
    """Refused from its first block as the binary data it is (QA s7 files #10), never read to the end."""
    result = run(runner, "resume", device, env={"JOBMATCH_MAX_FILE_MB": "1"})
    assert result.exit_code == 3
    assert result.stderr == f"jobmatch: error: {device}: not a text file (binary data)\n"


def test_standard_input_over_the_limit(runner):
    result = run(
        runner,
        "match",
        "-",
        POSTINGS / "backend_engineer.md",
        input=b"Python developer\n" * 1000,
        env={"JOBMATCH_MAX_FILE_MB": "0.01"},
    )
    assert result.exit_code == 3
    assert result.stderr == f"jobmatch: error: -: input too large (more than 0.01 MB, the limit; {LIMITS})\n"


@pytest.mark.parametrize("name", ["bomb.pdf", "nested_bomb.pdf", "form_bomb.pdf", "bomb.docx"])
def test_decompression_bombs_stay_small_in_memory(corpus, name):
    """Each expands to 100 MB or more; reading it is refused with at most the limit in memory."""
    import tracemalloc

    from jobmatch.errors import InputFileError
    from jobmatch.loaders import load_document

    tracemalloc.start()
    try:
        with pytest.raises(InputFileError):
            load_document(str(corpus[name]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 60 * 1024 * 1024


def test_pypdf_limits_are_restored_after_reading(corpus):
    import pypdf

    from jobmatch.errors import InputFileError
    from jobmatch.loaders import load_document

    before = pypdf.get_configuration() if hasattr(pypdf, "get_configuration") else None
    with pytest.raises(InputFileError):
        load_document(str(corpus["bomb.pdf"]))
    load_document(str(RESUMES / "strong_backend.pdf"))
    if before is not None:
        assert pypdf.get_configuration() == before


def test_aes_without_the_cryptography_package_says_so(monkeypatch, corpus):
    """pypdf needs the cryptography package for AES; without it the answer names the package
    rather than asking for a password the file may not have."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    from jobmatch.errors import InputFileError
    from jobmatch.loaders import load_document

    def needs_aes(self, password):
        raise DependencyError("cryptography>=3.1 is required for AES algorithm")

    monkeypatch.setattr(PdfReader, "decrypt", needs_aes)
    with pytest.raises(InputFileError) as info:
        load_document(str(corpus["encrypted_empty_password.pdf"]))
    assert info.value.problem == (
        "PDF is encrypted with AES: reading it needs the cryptography package (pip install cryptography)"
    )


# -- no network, inputs never written: watched by an audit hook, in the worker processes too -------
AUDIT = textwrap.dedent(
    """
    import json, os, sys
    corpus = os.path.realpath(sys.argv[1])
    # violations are appended to a file, so that worker processes (forked: they inherit the
    # hook) report theirs as well
    log = os.open(sys.argv[3], os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    python = {os.path.realpath(sys.executable), sys.executable}
    WRITE = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
    CHANGE = ("os.remove", "os.rename", "os.truncate", "os.chmod", "os.chown", "os.utime", "os.mkdir",
              "os.rmdir", "os.symlink", "os.link", "shutil.rmtree", "shutil.move")
    def inside(path):
        try:
            return os.path.realpath(os.fsdecode(path)).startswith(corpus)
        except (TypeError, ValueError):
            return False
    def report(event, args):
        os.write(log, (json.dumps([event, repr(args)[:300]]) + "\\n").encode())
    def hook(event, args):
        if event.startswith(("socket.", "urllib.", "http.", "ftplib.", "smtplib.", "os.system", "os.spawn")):
            report(event, args)
        elif event in ("subprocess.Popen", "os.exec", "os.posix_spawn"):
            # worker processes are Python itself; no other program is ever started
            if os.fsdecode(args[0]) not in python:
                report(event, args)
        elif event == "open" and args and inside(args[0]):
            mode, flags = args[1], args[2] or 0
            if (mode and any(c in mode for c in "wax+")) or flags & WRITE:
                report(event, args)
        elif event in CHANGE and args and inside(args[0]):
            report(event, args)
    sys.addaudithook(hook)
    from typer.testing import CliRunner
    from jobmatch.cli import app
    runner = CliRunner()
    files = json.loads(sys.argv[2])
    codes = [runner.invoke(app, args).exit_code for args in (
        ["resume", *files, "-f", "json"],
        ["match", files[0], *files, "-f", "json"],
        ["match", files[0], *files, "-f", "ndjson"],
        ["posting", *files, "-f", "json"],
        ["match", files[0], *files],
    )]
    print(json.dumps(codes))
    """
)


def test_no_network_and_inputs_are_never_written(corpus, tmp_path):
    """Every corpus case read by every command, the files of a directory among them, under an
    audit hook (sys.addaudithook) that reports any socket, any program started, any file of the
    corpus opened for writing or changed; the files' times and sizes are the same after."""
    names = [n for n in CLI_CASES if n != "huge.txt"] + ["huge.txt"]
    files = [str(corpus["encrypted_empty_password.pdf"])] + [str(corpus[n]) for n in names]
    files.append(str(corpus[MARKUP_NAME].parent))  # a directory of postings
    before = {p: (os.lstat(p).st_mtime_ns, os.lstat(p).st_size) for p in files}
    log = tmp_path / "violations.jsonl"
    env = {**os.environ, "JOBMATCH_CACHE_DIR": str(tmp_path / "cache")}
    corpus_dir = str(corpus["empty.txt"].parent)
    out = subprocess.run(
        [sys.executable, "-c", AUDIT, corpus_dir, json.dumps(files), str(log)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=True,
    )
    assert json.loads(out.stdout) == [3, 3, 3, 3, 3]
    assert log.read_text(encoding="utf-8") == ""
    assert {p: (os.lstat(p).st_mtime_ns, os.lstat(p).st_size) for p in files} == before


def test_the_package_has_no_network_code():
    names = ("socket", "urllib", "http.client", "requests", "httpx", "ftplib", "smtplib", "subprocess")
    for source in (ROOT / "jobmatch").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        for name in names:
            assert f"import {name}" not in text and f"from {name}" not in text, (source, name)


# -- the same inputs give the same bytes, in every process -----------------------------------------
@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_output_is_byte_identical_across_processes(fmt):
    """Two processes with different hash seeds (set and dict order of strings) print the same
    bytes."""
    args = [sys.executable, "-m", "jobmatch", "match", str(RESUMES / "partial_frontend.pdf"), str(POSTINGS), "-f", fmt]
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(args, capture_output=True, cwd=ROOT, env=env, check=True)
        outputs.add(out.stdout)
    assert len(outputs) == 1


# -- Ctrl-C ----------------------------------------------------------------------------------------
def _ctrl_c_default() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.skipif(not hasattr(signal, "SIGINT") or sys.platform == "win32", reason="needs POSIX SIGINT")
@pytest.mark.parametrize("when", ["reading", "working"])
def test_ctrl_c_exits_130_without_a_traceback(tmp_path, when):
    """Ctrl-C as a terminal sends it, SIGINT to the whole process group (jobmatch and any worker
    processes), while jobmatch waits for standard input ("reading") or while it scores a large
    resume against many postings ("working"). Writing more than a pipe holds returns only once
    jobmatch has read it, so the signal always lands inside the run, never during start-up."""
    postings = tmp_path / "postings"
    postings.mkdir()
    for i in range(150):  # (a run of about 2.5 s: still working well after the half second below)
        for source in POSTINGS.iterdir():
            (postings / f"{i:03d}_{source.name}").write_bytes(source.read_bytes())
    resume = (RESUMES / "strong_backend.txt").read_bytes()
    cmd = [sys.executable, "-m", "jobmatch", "match", "-", str(postings), "-f", "json"]
    with subprocess.Popen(
        cmd,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        start_new_session=True,  # its own process group, as a shell gives a foreground job
        # Ctrl-C as a foreground job takes it, even when the suite runs as a background job
        # (`make test &`), whose processes start with SIGINT ignored
        preexec_fn=_ctrl_c_default,
    ) as proc:
        assert proc.stdin is not None
        proc.stdin.write(resume * 60)  # about 220 KB: more than a pipe's buffer
        proc.stdin.flush()
        if when == "working":
            proc.stdin.close()
            proc.stdin = None  # all written: communicate() has nothing more to send
            time.sleep(0.5)
            assert proc.poll() is None, "still working"
        os.killpg(proc.pid, signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert stderr == b"jobmatch: interrupted\n"
    assert b"Traceback" not in stdout + stderr


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or sys.platform == "win32", reason="needs POSIX SIGTERM")
def test_sigterm_leaves_no_temporary_file_and_exits_143(tmp_path):
    """``timeout`` or a cancelled CI job sends SIGTERM while ``-o`` is being written: the run
    stops as the default action would (143), without a traceback, and leaves no half-written
    temporary file beside the target (nor the target). The posting comes on standard input, which
    is held open: the signal lands while the run waits for it, with the temporary file open."""
    out = tmp_path / "out" / "report.ndjson"
    out.parent.mkdir()
    cmd = [sys.executable, "-m", "jobmatch", "match", str(RESUMES / "strong_backend.txt"), "-", "-f", "ndjson",
           "-o", str(out)]
    with subprocess.Popen(
        cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, start_new_session=True
    ) as proc:
        assert proc.stdin is not None
        proc.stdin.write(b"Backend Engineer\n\nRequirements\n- Python\n")
        proc.stdin.flush()
        for _ in range(600):  # until the temporary file is there (at most a minute)
            if list(out.parent.iterdir()) or proc.poll() is not None:
                break
            time.sleep(0.1)
        assert [p.name.endswith(".tmp") for p in out.parent.iterdir()] == [True]
        os.killpg(proc.pid, signal.SIGTERM)
        stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 143
    assert b"Traceback" not in stdout + stderr
    assert list(out.parent.iterdir()) == []
