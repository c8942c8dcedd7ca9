"""CLI and report leftovers (QA cli #18): file names in CSV and JSON, the CSV diff's checks and
parts, the posting table's source column."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys

import pytest

from jobmatch.cli import app
from jobmatch.render import csvout, jsondoc
from tests.conftest import POSTINGS, RESUMES, ROOT
from tests.test_reports_qa2 import _diff


def run(runner, *args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


# -- control characters in file names, in CSV --------------------------------------------------------

ESC_NAME = "esc\x1b[31mred\nline.md"


@pytest.fixture
def esc_posting(tmp_path):
    path = tmp_path / ESC_NAME
    shutil.copy(POSTINGS / "backend_engineer.md", path)
    return path


def test_match_csv_escapes_control_characters_in_file_names(runner, esc_posting):
    """`cat report.csv` recoloured the terminal: the ESC of a crafted name was written as it is."""
    result = run(runner, "match", RESUMES / "strong_backend.txt", esc_posting, "-f", "csv")
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert len(rows) == 2  # the newline in the name is written escaped: no record spans two lines
    assert rows[1][3].endswith("esc\\x1b[31mred\\nline.md")


def test_rank_and_matrix_csv_escape_control_characters_in_file_names(runner, tmp_path):
    resume = tmp_path / "cv\x1b]0;title\x07.txt"
    shutil.copy(RESUMES / "strong_backend.txt", resume)
    posting = POSTINGS / "backend_engineer.md"
    for args in (["rank", posting, resume], ["rank", posting, resume, "--matrix"]):
        result = run(runner, *args, "-f", "csv")
        assert result.exit_code == 0, result.stderr
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
        assert "cv\\x1b]0;title\\x07.txt" in result.stdout


def test_csv_text_cells_keep_printable_names_and_quote_formulas():
    assert csvout._text("postings/café ✓.md") == "postings/café ✓.md"
    assert csvout._text("\tx.md") == "\\tx.md"  # escaped: no longer a formula start
    assert csvout._text("=cmd.md") == "'=cmd.md"
    assert csvout._text("-") == "-"


# -- the CSV diff: check and part changes ----------------------------------------------------------


def test_diff_csv_has_check_and_part_changes():
    """The JSON diff had check_changes and part_changes; the CSV had neither."""
    rows = list(csv.DictReader(io.StringIO(csvout.render_diff(_diff()))))
    assert list(rows[0])[-3:] == ["check_changes", "part_changes", "error"]
    checks = rows[0]["check_changes"].split("; ")
    assert "experience check: unknown -> met (5+ years asked, resume: unknown -> 8 years)" in checks
    assert "degree check: unknown -> met (bachelor asked, resume: unknown -> bachelor)" in checks
    assert any(c.startswith("3+ years of Python (required): unknown -> met") for c in checks)
    assert "experience 0.0 -> 10.0 (+10.0)" in rows[0]["part_changes"].split("; ")


def test_diff_csv_cli_columns(runner):
    result = run(runner, "diff", RESUMES / "partial_frontend.pdf", RESUMES / "versions" / "partial_frontend_v2.pdf",
                 POSTINGS / "senior_backend_engineer_cloudscale.txt", "-f", "csv")
    assert result.exit_code == 0, result.stderr
    header, row = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(header) == csvout.DIFF_COLUMNS
    cells = dict(zip(header, row, strict=True))
    assert cells["part_changes"].startswith("required ")  # the required part moved with the skills gained


# -- a non-UTF-8 file name in JSON -------------------------------------------------------------------


def test_json_writes_surrogate_escapes_as_json_escapes():
    """A Latin-1 name (os.fsdecode: surrogate escapes) made the JSON invalid UTF-8."""
    name = os.fsdecode(b"postings/caf\xe9.md")
    text = jsondoc.dumps({"path": name, "title": "Café — Ünïcode"}, indent=None)
    assert text == '{"path": "postings/caf\\udce9.md", "title": "Café — Ünïcode"}'
    text.encode("utf-8")  # valid UTF-8 (a lone surrogate would raise)
    assert os.fsencode(json.loads(text)["path"]) == b"postings/caf\xe9.md"
    assert jsondoc.dumps({"path": "plain.md"}, indent=None) == '{"path": "plain.md"}'


@pytest.mark.skipif(sys.platform == "win32" or os.fsencode("\udce9") != b"\xe9", reason="POSIX bytes names")
def test_match_json_and_ndjson_are_valid_utf8_with_a_latin1_file_name(tmp_path):
    """Through the real streams (their error handler wrote the raw bytes): valid UTF-8, and the
    name read back is the exact file name."""
    raw = os.path.join(os.fsencode(tmp_path), b"caf\xe9.md")
    shutil.copy(POSTINGS / "backend_engineer.md", os.fsdecode(raw))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LC_ALL": "C.UTF-8"}
    for fmt in ("json", "ndjson"):
        out = subprocess.run(
            [sys.executable, "-m", "jobmatch", "match", str(RESUMES / "strong_backend.txt"), os.fsdecode(raw),
             "-f", fmt],
            capture_output=True, env=env, check=True, cwd=ROOT,
        ).stdout
        text = out.decode("utf-8")  # strict: valid UTF-8
        line = text if fmt == "json" else text.splitlines()[0]
        doc = json.loads(line)
        path = (doc["results"][0] if fmt == "json" else doc)["posting"]["path"]
        assert os.fsencode(path) == raw
        assert "\\udce9" in text


# -- jobmatch posting: a keyword line's text once ------------------------------------------------------


def test_posting_table_shows_a_keyword_line_once(runner, tmp_path):
    line = "Python, Go, Kubernetes, Terraform, PostgreSQL and Redis in production"
    posting = tmp_path / "p.md"
    posting.write_text(f"Backend Engineer\n\nRequirements\n- {line}\n", encoding="utf-8")
    result = run(runner, "posting", posting)
    assert result.exit_code == 0, result.stderr
    flat = " ".join(result.stdout.split())
    assert flat.count("Terraform, PostgreSQL") == 1  # the source once (it was on every row)
    assert flat.count("(same line)") >= 4
