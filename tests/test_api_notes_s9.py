"""The library's reports carry what the command line warns of (``notes``): a subdirectory not
read, and a file that reads as the other kind (a posting in a resume's place, a resume in a
posting's), each still read as its place says. The library prints nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

from jobmatch import api
from jobmatch.errors import InputWarning
from tests.conftest import POSTINGS, RESUMES

CV = RESUMES / "strong_backend.txt"
NURSE = RESUMES / "unrelated_nurse.txt"
POST = POSTINGS / "backend_engineer.md"


def _folder(tmp_path: Path, name: str, files: dict[str, Path]) -> Path:
    folder = tmp_path / name
    for target, source in files.items():
        (folder / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, folder / target)
    return folder


def test_match_notes_a_subdirectory_and_a_resume_among_the_postings(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    jobs = _folder(tmp_path, "jobs", {"a.md": POST, "b.txt": NURSE, "old/c.md": POST})
    report = api.match(str(CV), [str(jobs)], workers=1)
    assert [r.posting.path for r in report.results] == [str(jobs / "a.md"), str(jobs / "b.txt")]  # (b: scored)
    assert report.notes == (
        InputWarning(str(jobs / "old"), f"a subdirectory, not read (name it too, or give '{jobs}/*/*.md')"),
        InputWarning(str(jobs / "b.txt"), api.READS_AS_RESUME),
    )
    assert report.errors == ()
    assert capsys.readouterr() == ("", "")


def test_match_with_the_arguments_swapped_notes_the_resume_only(tmp_path: Path) -> None:
    report = api.match(str(POST), [str(CV), str(NURSE)], workers=1)
    assert report.notes == (InputWarning(str(POST), api.READS_AS_POSTING),)  # (the order is wrong: said once)
    assert len(report.results) == 2


def test_a_clean_match_has_no_notes() -> None:
    report = api.match(str(CV), [str(POST), str(next(p for p in sorted(POSTINGS.iterdir()) if p != POST))], workers=1)
    assert report.notes == () and len(report.results) == 2


def test_rank_notes_a_posting_among_the_resumes_and_a_resume_as_the_posting(tmp_path: Path) -> None:
    cvs = _folder(tmp_path, "cvs", {"a.txt": CV, "b.md": POST, "old/c.txt": NURSE})
    report = api.rank(str(POST), [str(cvs)], workers=1)
    assert sorted(c.path for c in report.candidates) == [str(cvs / "a.txt"), str(cvs / "b.md")]  # (b: ranked)
    assert report.notes == (
        InputWarning(str(cvs / "old"), f"a subdirectory, not read (name it too, or give '{cvs}/*/*.txt')"),
        InputWarning(str(cvs / "b.md"), api.READS_AS_POSTING),
    )
    swapped = api.rank(str(NURSE), [str(CV)], workers=1)  # a resume in the posting's place
    assert swapped.notes == (InputWarning(str(NURSE), api.READS_AS_RESUME),)


def test_rank_of_an_unreadable_posting_still_notes_the_resumes(tmp_path: Path) -> None:
    cvs = _folder(tmp_path, "cvs", {"a.txt": CV, "old/c.txt": NURSE})
    report = api.rank(str(tmp_path / "missing.md"), [str(cvs)], workers=1)
    assert report.posting is None and [e.path for e in report.errors] == [str(tmp_path / "missing.md")]
    assert [n.path for n in report.notes] == [str(cvs / "old")]


def test_matrix_notes_both_sides(tmp_path: Path) -> None:
    jobs = _folder(tmp_path, "jobs", {"a.md": POST, "x/b.md": POST})
    cvs = _folder(tmp_path, "cvs", {"a.txt": CV, "b.md": POST, "y/c.txt": NURSE})
    result = api.matrix([str(jobs)], [str(cvs)], workers=1)
    assert [n.path for n in result.notes] == [str(jobs / "x"), str(cvs / "y"), str(cvs / "b.md")]
    assert result.notes[-1].problem == api.READS_AS_POSTING
    assert len(result.rows) == 2


def test_the_notes_come_from_worker_processes_too(tmp_path: Path) -> None:
    jobs = _folder(tmp_path, "jobs", {f"p{k:02d}.md": POST for k in range(60)})  # (enough to start workers)
    shutil.copy(NURSE, jobs / "p30.md")
    report = api.match(str(CV), [str(jobs)], workers=2)
    assert report.notes == (InputWarning(str(jobs / "p30.md"), api.READS_AS_RESUME),)
    assert len(report.results) == 60
