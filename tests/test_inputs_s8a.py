"""What a run reads and what it tells the user (QA s7 files audit #6, #7, #8, #10): a postings
directory's subdirectories are said, not silently skipped; a posting that reads as a resume is
warned of by match; the resume is left out of its own postings directory by file, not by name;
a real posting with comma lists is not refused as CSV; Windows-1251 Cyrillic is not mojibake."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from jobmatch import api
from jobmatch.cli import app
from jobmatch.errors import InputFileError, InputWarning
from jobmatch.loaders import decode_text, load_document
from jobmatch.vocabulary import Vocabulary
from tests.conftest import POSTINGS, RESUMES

CV = RESUMES / "strong_backend.txt"
POST = POSTINGS / "backend_engineer.md"


def run(runner, *args, input=None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, [str(a) for a in args], input=input)


# -- #6: a postings directory's subdirectories -----------------------------------------------------


def _d1(tmp_path: Path) -> Path:
    """d1/a.md, and d1/sub/e.md (a posting), d1/.hidden/x.md, d1/empty/, d1/docs/x.rtf (none read)."""
    d1 = tmp_path / "d1"
    for sub in ("sub", ".hidden", "empty", "docs"):
        (d1 / sub).mkdir(parents=True)
    shutil.copy(POST, d1 / "a.md")
    shutil.copy(POST, d1 / "sub" / "e.md")
    shutil.copy(POST, d1 / ".hidden" / "x.md")
    (d1 / "docs" / "x.rtf").write_text("{\\rtf1 Python}")
    return d1


def test_a_subdirectory_holding_postings_is_warned_of_once(runner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _d1(tmp_path)
    monkeypatch.chdir(tmp_path)
    for quiet in ((), ("-q",)):  # --quiet is the progress bar: warnings are shown all the same
        result = run(runner, "match", CV, "d1", "d1/", "-f", "json", *quiet)
        assert result.exit_code == 0
        assert result.stderr == (
            "jobmatch: warning: d1/sub: a subdirectory, not read (name it too, or give 'd1/*/*.md')\n"
        )
        assert '"d1/a.md"' in result.stdout and "sub/e.md" not in result.stdout  # (a directory is its own files)
    result = run(runner, "match", CV, "d1", "d1/sub", "-f", "csv")  # named too: read, and not warned of
    assert result.exit_code == 0 and "d1/sub/e.md" in result.stdout
    assert result.stderr == ""
    result = run(runner, "match", CV, "d1/*/*.md", "-f", "csv")  # the advice's glob reads them
    assert result.exit_code == 0 and "d1/sub/e.md" in result.stdout and result.stderr == ""


def test_no_warning_without_a_subdirectory_of_inputs(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d1 = _d1(tmp_path)
    shutil.rmtree(d1 / "sub")
    result = run(runner, "match", CV, d1, "-f", "csv")
    assert result.exit_code == 0 and result.stderr == ""


def test_api_expand_gathers_the_warnings_and_the_library_prints_nothing(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    d1 = _d1(tmp_path)
    (d1 / "sub2").mkdir()
    (d1 / "sub2" / "b.txt").write_text(POST.read_text(encoding="utf-8"), encoding="utf-8")
    expanded = api.expand([str(d1)])
    assert list(expanded) == [str(d1 / "a.md")]
    pattern = f"{d1}{os.sep}*{os.sep}*"  # (.md and .txt below: no one suffix)
    assert expanded.notes == (  # type: ignore[attr-defined]
        InputWarning(str(d1 / "sub"), f"a subdirectory, not read (name it too, or give '{pattern}')"),
        InputWarning(str(d1 / "sub2"), f"a subdirectory, not read (name it too, or give '{pattern}')"),
    )
    assert api.expand(expanded).notes == expanded.notes  # type: ignore[attr-defined]  # (the copy keeps them)
    report = api.match(str(CV), [str(d1)], workers=1)
    assert [r.posting.path for r in report.results] == [str(d1 / "a.md")]
    assert capsys.readouterr() == ("", "")


def test_rank_warns_of_a_resumes_subdirectory_and_matrix_of_a_postings_one(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cvs = tmp_path / "cvs"
    (cvs / "old").mkdir(parents=True)
    shutil.copy(CV, cvs / "a.txt")
    shutil.copy(RESUMES / "partial_frontend.txt", cvs / "old" / "b.txt")
    result = run(runner, "rank", POST, cvs, "-f", "csv")
    assert result.exit_code == 0
    assert result.stderr == (
        f"jobmatch: warning: {cvs}/old: a subdirectory, not read (name it too, or give '{cvs}/*/*.txt')\n"
    )
    d1 = _d1(tmp_path)
    result = run(runner, "rank", "--matrix", d1, cvs, "-f", "csv")
    assert result.exit_code == 0
    assert f"jobmatch: warning: {d1}/sub: a subdirectory" in result.stderr
    assert f"jobmatch: warning: {cvs}/old: a subdirectory" in result.stderr


# -- #8: a posting that reads as a resume ------------------------------------------------------------

SWAPPED_WARNING = (
    "jobmatch: warning: {}: looks like a resume, not a job posting (match takes the resume first, then the "
    "postings: jobmatch match RESUME POSTING...; jobmatch rank POSTING RESUME... ranks resumes)\n"
)


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "ndjson", "markdown"])
def test_match_warns_of_each_posting_that_reads_as_a_resume(runner, fmt: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(RESUMES)
    result = run(runner, "match", "partial_frontend.txt", "strong_backend.txt", "unrelated_nurse.txt", POST, "-f", fmt)
    assert result.exit_code == 0
    assert result.stderr == SWAPPED_WARNING.format("strong_backend.txt") + SWAPPED_WARNING.format("unrelated_nurse.txt")
    assert "looks like" not in result.stdout  # (stderr only: the report's schema is as it was)


def test_arguments_swapped_get_the_one_warning_that_says_so(runner) -> None:  # type: ignore[no-untyped-def]
    """``match POSTING RESUME``: the warning that the resume is a posting says the order is wrong;
    the resume in the postings' place is not warned of a second time."""
    result = run(runner, "match", POST, CV, RESUMES / "unrelated_nurse.txt", "-f", "csv")
    assert result.exit_code == 0
    assert result.stderr.count("warning") == 1 and "looks like a job posting, not a resume" in result.stderr


def test_the_warning_travels_from_worker_processes(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    jobs = tmp_path / "jobs"
    jobs.mkdir()
    for k in range(60):  # (enough to start workers)
        shutil.copy(POST, jobs / f"p{k:02d}.md")
    shutil.copy(RESUMES / "unrelated_nurse.txt", jobs / "p30.md")
    for workers in ("1", "2"):
        result = run(runner, "match", CV, jobs, "-f", "ndjson", "-j", workers)
        assert result.exit_code == 0
        assert result.stderr == SWAPPED_WARNING.format(jobs / "p30.md")
        assert result.stdout.count("\n") == 60


def test_the_quick_test_passes_the_resumes_and_no_fixture_posting() -> None:
    vocab = Vocabulary.load()
    for path in sorted(POSTINGS.glob("*.md")):
        posting = api.read_posting(str(path), vocab)
        assert not isinstance(posting, api.InputError)
        assert not (api._may_be_resume(posting) and api.looks_like_resume(posting, vocab)), path
    for name in ("strong_backend", "partial_frontend", "unrelated_nurse"):
        posting = api.read_posting(str(RESUMES / f"{name}.txt"), vocab)
        assert not isinstance(posting, api.InputError)
        assert api._may_be_resume(posting) and api.looks_like_resume(posting, vocab)


def test_a_posting_with_an_experience_heading_and_dates_is_no_resume(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "job.md").write_text(
        "# Backend Engineer\n\n## Experience\n- 5+ years of Python\n- Kubernetes\n\n"
        "## About us\nFounded 2010 - 2012 in Berlin; funded 2019 - 2021.\n"
        "You will build our platform. We offer a pension.\n",
        encoding="utf-8",
    )
    result = run(runner, "match", CV, tmp_path / "job.md", "-f", "csv")
    assert result.exit_code == 0 and result.stderr == ""


# -- #8: the resume is left out of its postings directory by file, not by name --------------------


def test_a_link_to_the_resume_in_the_postings_directory_is_left_out(runner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    d4 = tmp_path / "d4"
    d4.mkdir()
    shutil.copy(CV, d4 / "cv.txt")
    shutil.copy(POST, d4 / "post.md")
    os.symlink("cv.txt", d4 / "cvlink.txt")
    os.symlink(d4 / "cv.txt", d4 / "zz_other_name.txt")
    os.link(d4 / "cv.txt", d4 / "hard.txt")
    monkeypatch.chdir(d4)
    for resume in ("cv.txt", "cvlink.txt", "hard.txt", str(d4 / "cv.txt")):
        result = run(runner, "match", resume, ".", "-f", "csv")
        assert result.exit_code == 0 and result.stderr == ""
        rows = result.stdout.splitlines()[1:]
        assert [row.split(",")[3] for row in rows] == ["post.md"], resume
    result = run(runner, "match", "cv.txt", ".", "zz_other_name.txt", "-f", "csv")  # named: read as both
    assert "zz_other_name.txt" in result.stdout


# -- #7: a posting whose first line is a comma list is no CSV -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Python,Go,AWS\nSkills: Java, Spring, SQL, Kafka, Docker\nBackend Engineer, Berlin, remote\n",
        "Python,Go,AWS\nWe need Java, Spring, SQL, Kafka and Docker, and more.\n",
        "title,skills\nBackend Engineer, Python, Go, AWS\nSenior, remote, full time\n",
    ],
)
def test_a_posting_with_comma_lists_is_read(tmp_path: Path, text: str) -> None:
    (tmp_path / "job.txt").write_text(text, encoding="utf-8")
    doc = load_document(str(tmp_path / "job.txt"))  # (refused as CSV data: an InputFileError)
    assert doc.text.splitlines() == text.splitlines()


@pytest.mark.parametrize(
    "text",
    [
        'id,title,company,description\n1,Backend Engineer,Acme,"Python, Go and AWS.\nRemote."\n'
        '2,Data Engineer,Initech,"Spark, Kafka"\n3,SRE,Hooli,Kubernetes\n',
        "title,location,skills\nBackend Engineer,Berlin,Python;Go\nFrontend Engineer,Paris,React\n",
        'title,skills\r\nBackend Engineer,"Python,Go,AWS"\r\n',
    ],
)
def test_a_csv_export_is_still_refused(tmp_path: Path, text: str) -> None:
    (tmp_path / "jobs.txt").write_bytes(text.encode("utf-8"))
    with pytest.raises(InputFileError) as caught:
        load_document(str(tmp_path / "jobs.txt"))
    assert caught.value.problem.startswith("not read: CSV data")


# -- #10: Windows-1251 Cyrillic ------------------------------------------------------------------------

RUSSIAN = "Разработчик Python\nТребования: опыт работы с Django и PostgreSQL от 3 лет.\nЁлка, Київ, «кавычки»\n"


def test_windows_1251_cyrillic_is_read_as_cyrillic(tmp_path: Path) -> None:
    (tmp_path / "ru.txt").write_bytes(RUSSIAN.encode("cp1251"))
    doc = load_document(str(tmp_path / "ru.txt"))
    assert doc.text.splitlines()[0] == "Разработчик Python" and "Ёлка, Київ" in doc.text
    assert decode_text("x", "Ðàçðàáîò÷èê".encode("latin-1")) == "Разработчик"


@pytest.mark.parametrize(
    "text",
    [
        "Café Müller, résumé, “smart quotes” – an en dash\n",
        "Backend Engineer – München\nNaïve façade à la carte; Zürich, São Paulo, Malmö. Straße\n",
        "À bientôt! Où êtes-vous? Ça va.\n",
        "ÉTÉ 2024 — Développeur Senior (H/F)\n",
    ],
)
def test_western_windows_1252_stays_windows_1252(text: str) -> None:
    assert decode_text("x", text.encode("cp1252")) == text


def test_posting_and_diff_warn_of_a_subdirectory_too(runner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _d1(tmp_path)
    monkeypatch.chdir(tmp_path)
    warning = "jobmatch: warning: d1/sub: a subdirectory, not read (name it too, or give 'd1/*/*.md')\n"
    result = run(runner, "posting", "d1", "-f", "json")
    assert result.exit_code == 0 and result.stderr == warning and '"d1/a.md"' in result.stdout
    result = run(runner, "diff", CV, CV, "d1", "-f", "csv")
    assert result.exit_code == 0 and result.stderr == warning and "d1/a.md" in result.stdout
