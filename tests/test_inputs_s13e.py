"""Inputs (s13e): what a Markdown or text file holds that its reader never sees (HTML comments,
scripts and style sheets left in a copy of a page's source), form feeds between words, and a file
name whose accents are encoded another way than typed."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from jobmatch.cli import app
from jobmatch.loaders import document_from_bytes, without_hidden_markup
from jobmatch.text import normalize_text
from tests.conftest import RESUMES

CV = RESUMES / "strong_backend.txt"


def run(runner, *args, input=None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, [str(a) for a in args], input=input)


def asked(runner, path: Path) -> dict[int, list[str]]:  # type: ignore[no-untyped-def]
    result = run(runner, "posting", path, "-f", "json")
    assert result.exit_code == 0, result.output
    found: dict[int, list[str]] = {}
    for requirement in json.loads(result.stdout)["documents"][0]["requirements"]:
        found.setdefault(requirement["line"], []).extend(requirement["any_of"])
    return found


# -- HTML comments, scripts and style sheets ------------------------------------------------------

POSTING_MD = """# Senior Backend Engineer

<!-- internal: budget 150k, must know Haskell and Erlang -->

## Requirements

- 5+ years of experience with Python
- Experience with PostgreSQL <!-- was: Oracle --> and Redis

<!--
Hidden from the careers page:
- Must know COBOL
- Fortran required
-->
- Docker and Kubernetes
"""


def test_html_comments_in_a_markdown_posting_ask_for_nothing(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # a note to the page's editors was read as the job's requirements: budgeting, Haskell and
    # Erlang, COBOL and Fortran, all "required"
    path = tmp_path / "posting.md"
    path.write_text(POSTING_MD, encoding="utf-8")
    found = asked(runner, path)
    assert found == {
        7: ["Python"],
        8: ["PostgreSQL", "Redis"],
        15: ["Docker", "Kubernetes"],  # the line after the comment keeps its number
    }


def test_html_comments_and_scripts_in_a_text_resume_are_no_skills(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "cv.txt"
    path.write_text(
        "Jane Doe\n\nSKILLS\nPython, SQL <!-- add Haskell? -->\n"
        '<script>var tags = ["Erlang", "Kotlin"];</script>\n<style>.x { font-family: Scala }</style>\n',
        encoding="utf-8",
    )
    result = run(runner, "resume", path, "-f", "json")
    assert result.exit_code == 0, result.output
    skills = {skill["name"] for skill in json.loads(result.stdout)["documents"][0]["skills"]}
    assert {"Python", "SQL"} <= skills
    assert not skills & {"Haskell", "Erlang", "Kotlin", "Scala"}


def test_script_and_style_in_a_text_posting_with_some_html_ask_for_nothing(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # too little of it is HTML for the file to be read as a page: the script's code was a line of
    # requirements ('var x = "Haskell Erlang";')
    path = tmp_path / "posting.txt"
    path.write_text(
        "Data Engineer\nRequirements:\n<ul><li>3+ years of Python</li></ul>\n"
        '<script type="text/javascript">\nvar x = "Haskell Erlang";\n</script>\n'
        "<STYLE>.c { font: Scala }</STYLE>\n- Kafka\n",
        encoding="utf-8",
    )
    found = asked(runner, path)
    assert found == {3: ["Python"], 8: ["Kafka"]}


@pytest.mark.parametrize(
    "text",
    [
        "Requirements\n- Python <!-- TODO: finish this list\n- Go\n",  # never closed: a draft's note, shown
        "Requirements\n- Python -> Go migration, <script> tags in templates\n",  # words about markup
        "Requirements\n- Strong SQL (<stylesheets> aside)\n",  # not a <style> element
    ],
)
def test_markup_never_closed_or_only_named_stays_text(text: str) -> None:
    assert without_hidden_markup(normalize_text(text)) == normalize_text(text)


def test_hidden_markup_keeps_the_line_count_and_the_words_beside_it() -> None:
    text = "Python <!-- a\nb\nc --> Go\nSQL <script>x</script>and Rust\n"
    out = without_hidden_markup(text)
    assert out.split("\n") == ["Python", "", " Go", "SQL and Rust", ""]


def test_a_file_of_a_comment_alone_is_no_text() -> None:
    with pytest.raises(Exception, match="posting.md: no text found"):
        document_from_bytes("posting.md", b"<!-- Senior Engineer: Python, Go -->\n")


def test_many_unclosed_comments_are_read_in_linear_time() -> None:
    import time

    text = "<!-- Python " * 200_000
    start = time.perf_counter()
    assert without_hidden_markup(text) == text
    assert time.perf_counter() - start < 1.0


# -- form feeds -------------------------------------------------------------------------------------


def test_a_form_feed_between_words_parts_them() -> None:
    # "SQL" and "Page" were read as "SQLPage": SQL was lost
    assert normalize_text("- SQL\fPage 2") == "- SQL Page 2"
    assert normalize_text("Requirements\n\f- Python\nKafka\f\n") == "Requirements\n- Python\nKafka\n"


# -- names -----------------------------------------------------------------------------------------


def test_a_name_typed_with_composed_accents_says_the_file_exists_decomposed(  # type: ignore[no-untyped-def]
    runner, tmp_path: Path
) -> None:
    # a file copied from a Mac holds "e" and a combining accent (NFD); "café.md" typed or pasted is
    # one character (NFC): Linux tells them apart, and the user saw only "no such file"
    nfd = tmp_path / unicodedata.normalize("NFD", "café.md")
    nfd.write_text("# Barista\n## Requirements\n- Espresso and latte art\n", encoding="utf-8")
    typed = tmp_path / "café.md"
    result = run(runner, "posting", typed)
    assert result.exit_code == 3
    assert result.stderr.startswith(f"jobmatch: error: {typed}: no such file (one of this name exists with its accents")
    assert result.stderr.count("\n") == 1
    missing = run(runner, "posting", tmp_path / "crème.md")  # none in any form: as before
    assert missing.stderr == f"jobmatch: error: {tmp_path / 'crème.md'}: no such file\n"


def test_a_tag_quoted_as_markdown_code_hides_nothing() -> None:
    # (review: "`<style>`" in one bullet and "`</style>`" in a later one blanked the lines between)
    from jobmatch.loaders import without_hidden_markup

    text = "Skills\n- Removed inline `<style>` blocks from emails\n- Python\n- Go\n- Wrapped `</style>` parsing\n"
    assert without_hidden_markup(text) == text
    assert without_hidden_markup("a <!-- x --> b\n<script>var a=1;</script>\nc") == "a b\n\nc"
