"""Files and the command-line contract from the s4 files audit: what a directory lists, front
matter, saved web pages, web-page names holding text, rank's swapped-input warning, failed
inputs in CSV, and -o ''."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jobmatch.cli import app
from jobmatch.loaders import POSTING_SUFFIXES, RESUME_SUFFIXES, expand_paths, iter_documents, load_document
from jobmatch.text import normalize_text
from tests.conftest import POSTINGS, RESUMES

BACKEND = (POSTINGS / "backend_engineer.md").read_text(encoding="utf-8")
STRONG_PDF = RESUMES / "strong_backend.pdf"


def run(runner, *args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


# -- #7: a directory lists every file jobmatch reads when it is named -------------------------------


def test_a_directory_lists_every_file_read_when_named(tmp_path: Path) -> None:
    """A posting saved as PDF, text under other names (.text, .rst, .mdown) and a web page as .xhtml
    are read when named alone: a directory lists them too (QA s4 files #7), for postings and resumes
    alike; other files (an image) are not, nor a file without an extension (a folder's README or
    LICENSE is no posting; named alone it is read)."""
    names = ["a.md", "b.pdf", "c.text", "d.rst", "e.mdown", "f.xhtml", "noext", "LICENSE", "g.docx", "h.png"]
    for name in names:
        (tmp_path / name).write_text("Python\n", encoding="utf-8")
    expected = sorted(n for n in names if "." in n and not n.endswith(".png"))
    for suffixes in (POSTING_SUFFIXES, RESUME_SUFFIXES):
        assert [os.path.basename(p) for p in expand_paths([str(tmp_path)], suffixes)] == expected


def test_a_pdf_posting_in_a_directory_is_read_as_when_named(tmp_path: Path) -> None:
    (tmp_path / "saved.pdf").write_bytes(STRONG_PDF.read_bytes())
    (tmp_path / "a.md").write_text(BACKEND, encoding="utf-8")
    read = list(iter_documents([str(tmp_path)]))
    assert [os.path.basename(d.path) for d in read] == ["a.md", "saved.pdf"]
    assert read[1].text == load_document(str(STRONG_PDF)).text  # type: ignore[union-attr]


def test_other_names_of_text_are_read_as_their_kind(tmp_path: Path) -> None:
    for name, kind in (("p.mdown", "markdown"), ("p.mkd", "markdown"), ("p.text", "text"), ("p.rst", "text"),
                       ("noext", "text")):
        path = tmp_path / name
        path.write_text(BACKEND, encoding="utf-8")
        assert load_document(str(path)).kind == kind


def test_a_directory_of_unreadable_names_still_says_what_it_lacks(tmp_path: Path) -> None:
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    [error] = list(iter_documents([str(tmp_path)]))
    assert str(error) == f"{tmp_path}: directory has no txt/md/markdown/pdf/docx/text/rst/mdown/mkd/markdn/html/htm/" \
        "xhtml files"


# -- #8: Markdown front matter is metadata -----------------------------------------------------------


def _posting(tmp_path: Path, name: str, text: str):  # type: ignore[no-untyped-def]
    from jobmatch.api import read_posting

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_posting(str(path))


JEKYLL = "---\nlayout: job\ntitle: \"Data Wrangler\"\nskills: [COBOL, Fortran]\nexperience: 7+ years\n" \
         "tags:\n  - python\n- go\n---\n"


def test_yaml_front_matter_is_not_posting_text(tmp_path: Path) -> None:
    """Jekyll's header: its skills are no requirements and its years not the posting's; the body's
    lines keep their numbers in the file (QA s4 files #8)."""
    plain = _posting(tmp_path, "plain.md", BACKEND)
    fronted = _posting(tmp_path, "fronted.md", JEKYLL + BACKEND)
    assert fronted.min_years == plain.min_years == 4
    assert [(r.tier, r.any_of) for r in fronted.requirements] == [(r.tier, r.any_of) for r in plain.requirements]
    shift = JEKYLL.count("\n")
    assert all(r.line > shift for r in fronted.requirements)
    assert [r.line - shift for r in fronted.requirements] == [r.line for r in plain.requirements]


def test_the_front_matter_title_is_the_title_unquoted(tmp_path: Path) -> None:
    body = BACKEND.split("\n", 1)[1]  # without its "# Backend Engineer"
    assert _posting(tmp_path, "a.md", JEKYLL + body).title == "Data Wrangler"
    toml = '+++\ntitle = "Site Reliability Engineer"\ndate = 2024-05-01\n[params]\nteam = "infra"\n+++\n'
    assert _posting(tmp_path, "b.md", toml + body).title == "Site Reliability Engineer"
    doc = load_document(str(tmp_path / "b.md"))
    assert doc.lines[:6] == ["", "Title: Site Reliability Engineer", "", "", "", ""]


def test_a_posting_opening_with_a_horizontal_rule_is_left_whole(tmp_path: Path) -> None:
    for text in (
        "---\n# Backend Engineer\nWe need Python.\n---\n" + BACKEND,  # a rule, then a heading
        "---\nlayout: job\nWe need Python and Kubernetes.\n---\n" + BACKEND,  # a sentence among the keys
        "---\nlayout: job\nskills: [Kubernetes]\n" + BACKEND,  # never closed
        "+++\ntitle: Kubernetes\n+++\n" + BACKEND,  # YAML between TOML's fences
    ):
        path = tmp_path / "p.md"
        path.write_text(text, encoding="utf-8")
        assert load_document(str(path)).text == normalize_text(text)


def test_front_matter_is_read_only_in_markdown(tmp_path: Path) -> None:
    """A .txt has no front matter: the same lines there are the posting's."""
    path = tmp_path / "p.txt"
    path.write_text(JEKYLL + BACKEND, encoding="utf-8")
    assert load_document(str(path)).text == normalize_text(JEKYLL + BACKEND)


# -- #6: a saved job page: the site's chrome left out, the title the page's -----------------------------

PAGE = (
    "<!DOCTYPE html><html><head><title>{title}</title><script>var a='<li>Kubernetes</li>';</script></head><body>"
    "<header><a href='/'>Sign in</a> <a href='/join'>Join now</a></header>"
    "<nav><a href='/'>Home</a> <a href='/jobs'>Jobs</a></nav>{h1}<main><article><header><p>Acme, Remote</p>"
    "</header><h2>Requirements</h2><ul><li>Python</li><li>Go</li></ul><footer>Posted 3 days ago</footer></article>"
    "<aside><h3>Similar jobs</h3><ul><li>Kubernetes Engineer</li></ul></aside></main>"
    "<footer><p>About</p><p>Careers</p></footer></body></html>"
)


def _page(tmp_path: Path, name: str = "job.html", **parts: str):  # type: ignore[no-untyped-def]
    values = {"title": "Backend Engineer - Acme | LinkedIn", "h1": "<h1>Senior Backend Engineer</h1>", **parts}
    path = tmp_path / name
    path.write_text(PAGE.format(**values), encoding="utf-8")
    return path


def test_a_saved_page_leaves_out_the_sites_chrome(tmp_path: Path) -> None:
    """The menu, the page's header and footer and a sidebar are the site's; an article's own header
    and footer are the posting's (QA s4 files #6)."""
    assert load_document(str(_page(tmp_path))).lines == [
        "# Senior Backend Engineer", "Acme, Remote", "## Requirements", "- Python", "- Go", "Posted 3 days ago", "",
    ]


def test_a_saved_pages_title_is_its_h1_else_its_title_without_the_site(tmp_path: Path) -> None:
    from jobmatch.api import read_posting

    for name in ("job.html", "saved_as.txt"):
        assert read_posting(str(_page(tmp_path, name))).title == "Senior Backend Engineer"
        assert read_posting(str(_page(tmp_path, name, h1=""))).title == "Backend Engineer"
    assert read_posting(str(_page(tmp_path, h1="", title="Data Analyst \u2013 Remote \u00b7 Indeed"))).title == (
        "Data Analyst"
    )
    assert load_document(str(_page(tmp_path, h1="", title="Data Analyst"))).lines[0] == "# Data Analyst"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Senior Engineer - Platform & Infrastructure", "Senior Engineer - Platform & Infrastructure"),
        ("Backend Engineer - Acme Careers", "Backend Engineer"),
        ("Backend Engineer - Acme | LinkedIn", "Backend Engineer"),
    ],
)
def test_a_part_after_a_dash_is_the_titles_own_unless_a_site_is_named(
    tmp_path: Path, title: str, expected: str
) -> None:
    assert load_document(str(_page(tmp_path, h1="", title=title))).lines[0] == f"# {expected}"


def test_a_page_whose_menu_is_never_closed_is_read_with_it(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_text("<html><body><nav><p>Backend Engineer</p><ul><li>Python</li></ul></body></html>", encoding="utf-8")
    assert load_document(str(path)).lines == ["Backend Engineer", "- Python", ""]


# -- #10: a file named as a web page that holds text ---------------------------------------------------


def test_text_or_markdown_named_html_is_read_as_text(tmp_path: Path) -> None:
    """backend_engineer.md renamed .htm lost its lines (every requirement preferred, QA s4 files
    #10): the content decides, as for a web page named .txt."""
    from jobmatch.api import read_posting

    plain = read_posting(str(POSTINGS / "backend_engineer.md"))
    for name in ("p.htm", "p.html", "p.xhtml"):
        path = tmp_path / name
        path.write_text(BACKEND, encoding="utf-8")
        assert load_document(str(path)).text == normalize_text(BACKEND)
        renamed = read_posting(str(path))
        assert [(r.tier, r.any_of) for r in renamed.requirements] == [(r.tier, r.any_of) for r in plain.requirements]


def test_a_web_page_named_html_is_still_read_as_one(tmp_path: Path) -> None:
    for markup in ("<p>Backend Engineer</p>\n<ul><li>Python</li></ul>", "  <!-- saved -->\nBackend Engineer<br>Python",
                   "Backend Engineer\n<div>Python</div>"):
        path = tmp_path / "p.html"
        path.write_text(markup, encoding="utf-8")
        assert load_document(str(path)).lines[:2] in (["Backend Engineer", "- Python"], ["Backend Engineer", "Python"])


# -- #9: rank warns of a candidate that reads as a job posting ------------------------------------------


def _rank_warning(path: object) -> str:
    return (f"jobmatch: warning: {path}: looks like a job posting, not a resume (rank takes the posting first, then "
            "the resumes: jobmatch rank POSTING RESUME...)\n")


def test_rank_warns_of_a_posting_among_the_candidates(runner) -> None:  # type: ignore[no-untyped-def]
    """As match warns of its resume (QA s4 files #9): the posting is ranked all the same."""
    posting, other = POSTINGS / "backend_engineer.md", POSTINGS / "senior_backend_engineer_python.txt"
    resume = RESUMES / "strong_backend.txt"
    formats = ([], ["-f", "ndjson"], ["-f", "csv"], ["--matrix"], ["--matrix", "-f", "csv"], ["--matrix", "-f", "json"])
    for args in formats:
        result = run(runner, "rank", posting, resume, other, *args)
        assert result.exit_code == 0, args
        assert result.stderr == _rank_warning(other), args
        assert "-f" not in args or str(other) in result.stdout  # (a table cuts long paths)
    assert run(runner, "rank", posting, resume, RESUMES / "partial_frontend.txt").stderr == ""


def test_every_process_tells_of_a_posting_among_the_candidates() -> None:
    """Read in worker processes too (PDFs are read in parallel)."""
    from jobmatch import api
    from jobmatch.vocabulary import Vocabulary

    vocab = Vocabulary.load()
    posting = api.read_posting(str(POSTINGS / "backend_engineer.md"), vocab)
    other = str(POSTINGS / "senior_backend_engineer_python.txt")
    resumes = [str(STRONG_PDF), str(RESUMES / "partial_frontend.pdf"), str(RESUMES / "unrelated_nurse.pdf"), other]
    for workers in (1, 2):
        swapped: list[str] = []
        ranked = list(api.iter_rank(posting, resumes, vocab, workers=workers, postings_as_resumes=swapped))  # type: ignore[arg-type]
        assert [c.path for c in ranked] == resumes and swapped == [other]
        swapped = []
        rows = list(api.iter_matrix([posting], resumes, vocab, workers=workers, postings_as_resumes=swapped))  # type: ignore[list-item]
        assert [r.path for r in rows] == resumes and swapped == [other]
    assert [c.path for c in api.iter_rank(posting, resumes, vocab, workers=1)] == resumes  # type: ignore[arg-type]


# -- #2: -f csv lists the inputs that could not be read --------------------------------------------------


def _csv(text: str) -> list[list[str]]:
    import csv
    import io

    return list(csv.reader(io.StringIO(text)))


def _broken_folder(tmp_path: Path, name: str, good: list[Path]) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for source in good:
        (folder / source.name).write_bytes(source.read_bytes())
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "z_fake.pdf").write_bytes(b"<html><body>Python</body></html>")
    return folder


def test_match_csv_has_a_row_for_each_posting_not_read(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A recruiter opening the CSV long after stderr is gone sees the files not scored (QA s4 files
    #2): after the ranked rows, in input order, path and error, every other cell empty."""
    folder = _broken_folder(tmp_path, "postings", [POSTINGS / "backend_engineer.md"])
    for extra in ([], ["--top", "1"], ["--min-score", "99"], ["--sort", "title"]):
        result = run(runner, "match", RESUMES / "strong_backend.txt", folder, "-f", "csv", *extra)
        assert result.exit_code == 3
        rows = _csv(result.stdout)
        header = rows[0]
        assert header[-1] == "error" and {len(r) for r in rows} == {len(header)}
        failed = [r for r in rows[1:] if r[-1]]
        assert [(r[header.index("path")], r[-1]) for r in failed] == [
            (f"{folder}/a_empty.txt", "no text found (empty file)"),
            (f"{folder}/z_fake.pdf", "not a PDF file (content looks like HTML)"),
        ]
        assert all(set(r[:-1]) == {"", r[header.index("path")]} for r in failed)
        assert rows[-2:] == failed  # (after every ranked row)
        assert all(r[-1] == "" for r in rows[1:-2])
    resume_fails = run(runner, "match", folder / "a_empty.txt", POSTINGS / "backend_engineer.md", "-f", "csv")
    assert [(r[3], r[-1]) for r in _csv(resume_fails.stdout)[1:]] == [
        (f"{folder}/a_empty.txt", "no text found (empty file)")
    ]


def test_rank_csv_has_a_row_for_each_resume_not_read(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = _broken_folder(tmp_path, "resumes", [RESUMES / "strong_backend.txt", RESUMES / "partial_frontend.txt"])
    for extra in ([], ["--top", "1"]):
        result = run(runner, "rank", POSTINGS / "backend_engineer.md", folder, "-f", "csv", *extra)
        rows = _csv(result.stdout)
        assert rows[0][:3] == ["rank", "score", "resume"] and rows[0][-1] == "error"
        assert {len(r) for r in rows} == {len(rows[0])}
        assert [(r[2], r[-1]) for r in rows[1:] if r[-1]] == [
            (f"{folder}/a_empty.txt", "no text found (empty file)"),
            (f"{folder}/z_fake.pdf", "not a PDF file (content looks like HTML)"),
        ]
        assert rows[-1][0] == rows[-1][1] == ""


def test_matrix_csv_has_a_row_for_each_resume_and_posting_not_read(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    postings = _broken_folder(tmp_path, "postings", [POSTINGS / "backend_engineer.md"])
    resumes = _broken_folder(tmp_path, "resumes", [RESUMES / "strong_backend.txt"])
    for extra in ([], ["--top", "5"], ["--sort", "path"]):
        result = run(runner, "rank", "--matrix", postings, resumes, "-f", "csv", *extra)
        rows = _csv(result.stdout)
        assert rows[0] == ["resume", "skills", f"{postings}/backend_engineer.md", "error"], extra
        assert rows[1][0] == f"{resumes}/strong_backend.txt" and rows[1][-1] == ""
        assert rows[2:] == [  # the postings (read first), then the resumes
            [f"{postings}/a_empty.txt", "", "", "no text found (empty file)"],
            [f"{postings}/z_fake.pdf", "", "", "not a PDF file (content looks like HTML)"],
            [f"{resumes}/a_empty.txt", "", "", "no text found (empty file)"],
            [f"{resumes}/z_fake.pdf", "", "", "not a PDF file (content looks like HTML)"],
        ], extra
    none_read = run(runner, "rank", "--matrix", f"{postings}/a_empty.txt", resumes / "strong_backend.txt", "-f", "csv")
    header, scored, failed = _csv(none_read.stdout)
    assert header == ["resume", "skills", "error"] and scored[0] == f"{resumes}/strong_backend.txt" and scored[2] == ""
    assert failed == [f"{postings}/a_empty.txt", "", "no text found (empty file)"]


def test_an_error_cell_is_safe_in_a_spreadsheet(tmp_path: Path) -> None:
    from jobmatch.models import InputError
    from jobmatch.render import csvout

    row = _csv(csvout.matrix_error_line(1, InputError("=cmd.md", "-bad\x1b")))[0]
    assert row == ["'=cmd.md", "", "", "'-bad\\x1b"]


# -- #11: -o '' and the help's names ---------------------------------------------------------------------


def test_an_empty_output_name_is_a_usage_error_naming_it(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """-o '' (or -o "$UNSET") was read as "." ("cannot write (Is a directory)", exit 4)."""
    for command in (["match", RESUMES / "strong_backend.txt", POSTINGS / "backend_engineer.md"],
                    ["rank", POSTINGS / "backend_engineer.md", RESUMES / "strong_backend.txt"]):
        result = run(runner, *command, "-f", "csv", "-o", "")
        assert result.exit_code == 2 and result.stdout == ""
        assert "'': no file name (-o - is standard output)" in result.stderr
        assert "is a directory" in run(runner, *command, "-o", ".").stderr  # (as before)


def test_posting_and_resume_help_name_their_inputs_as_match_does(runner) -> None:  # type: ignore[no-untyped-def]
    for command, name in (("posting", "POSTING..."), ("resume", "RESUME..."), ("match", "POSTING...")):
        text = run(runner, command, "--help").stdout
        assert name in text and "files..." not in text.lower()
    assert ".html" in run(runner, "posting", "--help").stdout


# -- a folder holding the run's other input -----------------------------------------------------------


def test_a_folder_holding_the_resume_or_the_posting_does_not_read_it_again(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Now that a postings folder lists PDFs, `match jobs/cv.pdf jobs/` would score the resume as a
    posting against itself: a directory's (or a glob's) copy of the other input is left out; a file
    named as both is read as both."""
    (tmp_path / "cv.pdf").write_bytes(STRONG_PDF.read_bytes())
    (tmp_path / "job.md").write_text(BACKEND, encoding="utf-8")
    cv, job = tmp_path / "cv.pdf", tmp_path / "job.md"
    for postings in ([tmp_path], [f"{tmp_path}/*"]):
        rows = _csv(run(runner, "match", cv, *postings, "-f", "csv").stdout)
        assert [r[3] for r in rows[1:]] == [str(job)]
    rows = _csv(run(runner, "match", cv, tmp_path, cv, "-f", "csv").stdout)
    assert sorted(r[3] for r in rows[1:]) == [str(cv), str(job)]
    rows = _csv(run(runner, "rank", job, tmp_path, "-f", "csv").stdout)
    assert [r[2] for r in rows[1:]] == [str(cv)]


def test_a_resume_named_through_a_link_is_not_read_again_as_a_posting(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "cv.txt").write_text(STRONG_PDF.with_suffix(".txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "job.md").write_text(BACKEND, encoding="utf-8")
    (tmp_path / "cvlink.txt").symlink_to(tmp_path / "cv.txt")
    rows = _csv(run(runner, "match", tmp_path / "cvlink.txt", tmp_path, "-f", "csv").stdout)
    assert [r[3] for r in rows[1:]] == [str(tmp_path / "job.md")]
