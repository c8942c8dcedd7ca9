"""What a file is, by its content (QA s7 files audit): HTML fragments in .md/.txt, structured
data (JSON, CSV, XML) given as a document, scans with a line of text, directories' subfolders,
and the messages for damaged or mislabelled files."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobmatch.api import read_posting
from jobmatch.cli import app
from jobmatch.errors import InputFileError
from jobmatch.loaders import load_document
from jobmatch.vocabulary import Vocabulary
from tests.conftest import POSTINGS, RESUMES

CV = RESUMES / "strong_backend.txt"

FRAGMENT = """<p><strong>Backend Engineer</strong></p>
<p>About us: we build payments software.</p>
<p><strong>Requirements</strong></p>
<ul>
<li>5+ years of Python</li>
<li>Kubernetes</li>
</ul>
<p><strong>Nice to have</strong></p>
<ul>
<li>Kafka</li>
<li>Terraform</li>
</ul>
"""


def run(runner, *args, input=None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, [str(a) for a in args], input=input)


def _tiers(path: Path) -> dict[str, str]:
    posting = read_posting(str(path), Vocabulary.load())
    assert not isinstance(posting, Exception) and hasattr(posting, "requirements")
    return {name.lower(): r.tier.value for r in posting.requirements for name in r.any_of}  # type: ignore[union-attr]


# -- #3: a .md/.txt made of HTML blocks is HTML --------------------------------------------------


@pytest.mark.parametrize("name", ["job.md", "job.txt"])
def test_an_html_fragment_named_md_or_txt_is_read_as_html(tmp_path: Path, name: str) -> None:
    """An ATS API's or an e-mail's body (no <html>, only <p>/<ul>/<li> blocks) saved as .md or .txt
    reads as the .html reader reads it: the title without tags, each list's tier right."""
    (tmp_path / name).write_text(FRAGMENT, encoding="utf-8")
    (tmp_path / "job.html").write_text(FRAGMENT, encoding="utf-8")
    doc = load_document(str(tmp_path / name))
    assert "<" not in doc.text and doc.text.splitlines()[0].lstrip("# ") == "Backend Engineer"
    tiers = _tiers(tmp_path / name)
    assert tiers == _tiers(tmp_path / "job.html")
    assert tiers.get("kubernetes") == "required" and tiers.get("kafka") == "preferred"


def test_one_line_html_body_is_html(tmp_path: Path) -> None:
    (tmp_path / "job.txt").write_text(FRAGMENT.replace("\n", ""), encoding="utf-8")
    assert "<" not in load_document(str(tmp_path / "job.txt")).text


def test_markdown_with_inline_tags_stays_markdown(tmp_path: Path) -> None:
    """A line break written <br>, a word in <b>, one HTML block (a centred logo) among Markdown:
    the file is Markdown, its lines as written."""
    text = (
        '<p align="center"><img src="logo.png"></p>\n\n# Backend Engineer\n\n## Requirements\n'
        "- 5+ years of Python<br>\n- <b>Kubernetes</b> in production\n- Postgres and Redis at scale\n\n"
        "## Nice to have\n- Kafka\n- Terraform, written as code by the whole team\n"
    )
    (tmp_path / "job.md").write_text(text, encoding="utf-8")
    doc = load_document(str(tmp_path / "job.md"))
    assert doc.kind == "markdown" and "- 5+ years of Python<br>" in doc.text
    assert "## Requirements" in doc.text


def test_an_e_mail_address_in_angle_brackets_is_no_tag(tmp_path: Path) -> None:
    (tmp_path / "cv.txt").write_text("Jane Doe\n<jane@example.com>\n<https://jane.dev>\nPython\n", encoding="utf-8")
    assert "<jane@example.com>" in load_document(str(tmp_path / "cv.txt")).text


# -- #7: JSON, CSV and XML given as a document ---------------------------------------------------

STRUCTURED = {
    "post.json": ('{"title":"Backend Engineer","requirements":["Python","Kubernetes","AWS"]}', "JSON"),
    "json.txt": ('[{"title":"Backend Engineer"}]\n', "JSON"),
    "csv.txt": ('title,skills\nBackend Engineer,"Python,Go,AWS"\n', "CSV"),
    "csv2.md": ("title,skills\nBackend Engineer,Python,Go,AWS\n", "CSV"),
    "post.xml": ('<?xml version="1.0"?><job><title>Backend</title><req>Python</req></job>', "XML"),
}


@pytest.mark.parametrize("name", sorted(STRUCTURED))
def test_structured_data_is_refused_in_one_line(tmp_path: Path, name: str) -> None:
    text, kind = STRUCTURED[name]
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(InputFileError) as caught:
        load_document(str(tmp_path / name))
    assert caught.value.problem.startswith(f"not read: {kind} data (give the posting's")


def test_structured_data_is_an_error_row_not_a_confident_score(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for name, (text, _) in STRUCTURED.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run(runner, "match", CV, *(tmp_path / n for n in sorted(STRUCTURED)), "-f", "csv")
    assert result.exit_code == 3
    assert result.stderr.count("not read:") == len(STRUCTURED)


@pytest.mark.parametrize(
    "text",
    [
        "Backend Engineer, Acme\nPython, Go, AWS\n",  # commas in prose
        "{Backend} Engineer\nPython and Go\n",  # a brace, not JSON
        "[Remote] Backend Engineer\n- Python\n",
        "Python,Go\nWe use Python daily.\n",  # a first line of skills, then prose
        '<?xml version="1.0"?><!DOCTYPE html><html><body><p>Backend Engineer</p><p>Python</p></body></html>',
    ],
)
def test_text_that_only_resembles_data_is_read(tmp_path: Path, text: str) -> None:
    (tmp_path / "job.txt").write_text(text, encoding="utf-8")
    assert "Python" in load_document(str(tmp_path / "job.txt")).text  # read, not refused as data


def test_a_real_posting_is_not_data() -> None:
    for path in [*POSTINGS.glob("*.md"), *RESUMES.glob("*.txt")]:
        load_document(str(path))
