"""The commands a user runs, through typer's CliRunner: exact output shapes, messages, codes."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import stat
import subprocess
import sys
from typing import Any

import pytest

from jobmatch.cli import app
from jobmatch.loaders import load_document
from tests.conftest import POSTINGS, RESUMES, ROOT, read_one_line_and_close


def run(runner, *args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def test_match_json_ranks_all_fixture_postings(runner, schema_validator):
    result = run(runner, "match", RESUMES / "strong_backend.txt", POSTINGS, "--format", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    schema_validator.validate(doc)
    assert doc["resume"]["path"].endswith("strong_backend.txt")
    assert len(doc["results"]) == 5
    scores = [r["score"] for r in doc["results"]]
    assert scores == sorted(scores, reverse=True)
    assert [r["rank"] for r in doc["results"]] == [1, 2, 3, 4, 5]
    assert doc["errors"] == []


def test_match_evidence_points_at_the_resume_line(runner):
    result = run(runner, "match", RESUMES / "strong_backend.txt", POSTINGS / "backend_engineer.md", "-f", "json")
    doc = json.loads(result.stdout)
    lines = load_document(str(RESUMES / "strong_backend.txt")).lines  # normalised, same numbering
    requirements = doc["results"][0]["requirements"]
    assert requirements, "the posting has requirements"
    for req in requirements:
        if req["matched"]:
            ev = req["evidence"]
            assert lines[ev["line"] - 1].strip() == ev["text"]
            assert req["matched_by"] in req["any_of"]
        else:
            assert req["evidence"] is None and req["matched_by"] is None


def test_match_reports_aliases_and_implications(runner):
    result = run(
        runner, "match", RESUMES / "strong_backend.txt", POSTINGS / "senior_backend_engineer_python.txt", "-f", "json"
    )
    reqs = json.loads(result.stdout)["results"][0]["requirements"]
    by_name = {tuple(r["any_of"]): r for r in reqs}
    assert by_name[("REST API",)]["evidence"]["method"] == "alias"  # the resume writes "REST"
    assert by_name[("container orchestration",)]["evidence"]["method"] == "implied"


def test_ndjson_is_one_object_per_posting(runner, schema_validator):
    result = run(runner, "match", RESUMES / "partial_frontend.txt", POSTINGS, "-f", "ndjson")
    assert result.exit_code == 0
    lines = result.stdout.strip().split("\n")
    assert len(lines) == 5
    for line in lines:
        obj = json.loads(line)
        schema_validator.validate(obj)
        assert obj["type"] == "result" and obj["resume"].endswith("partial_frontend.txt")


def test_table_report_lists_ranking_and_gaps(runner):
    result = run(runner, "match", RESUMES / "partial_frontend.txt", POSTINGS / "backend_engineer.md")
    assert result.exit_code == 0
    out = result.stdout
    assert "Ranking" in out and "Backend Engineer" in out
    assert "Fix first" in out and "similarity" in out
    assert "\x1b[" not in out  # no colour when not writing to a terminal
    explained = run(runner, "match", RESUMES / "partial_frontend.txt", POSTINGS / "backend_engineer.md", "--explain")
    assert "Required:" in explained.stdout and "not found:" in explained.stdout


def test_stdin_resume(runner):
    text = (RESUMES / "strong_backend.txt").read_text(encoding="utf-8")
    result = run(runner, "match", "-", POSTINGS / "backend_engineer.md", "-f", "json", input=text)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["resume"]["path"] == "-"


def test_stdin_posting(runner):
    text = (POSTINGS / "backend_engineer.md").read_text(encoding="utf-8")
    result = run(runner, "posting", "-", "-f", "json", input=text)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["documents"][0]["title"] == "Backend Engineer"


def test_stdin_twice_is_a_usage_error(runner):
    result = run(runner, "match", "-", "-", input="x")
    assert result.exit_code == 2
    assert result.stderr.startswith("jobmatch: error: only one of")


def test_missing_posting_is_reported_and_others_still_scored(runner, tmp_path, schema_validator):
    missing = tmp_path / "gone.txt"
    result = run(
        runner, "match", RESUMES / "strong_backend.txt", POSTINGS / "backend_engineer.md", missing, "-f", "json"
    )
    assert result.exit_code == 3
    assert result.stderr == f"jobmatch: error: {missing}: no such file\n"
    doc = json.loads(result.stdout)
    schema_validator.validate(doc)
    assert len(doc["results"]) == 1
    assert doc["errors"] == [{"path": str(missing), "error": "no such file"}]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "no text found (empty file)"),
        (b"  \n\t \n", "no text found (empty file)"),
        (b"\x00\x01\x02binary\x00", "not a text file (binary data)"),
    ],
)
def test_bad_resume_gives_one_line_error(runner, tmp_path, content, message):
    bad = tmp_path / "resume.txt"
    bad.write_bytes(content)
    result = run(runner, "match", bad, POSTINGS / "backend_engineer.md")
    assert result.exit_code == 3
    assert result.stderr == f"jobmatch: error: {bad}: {message}\n"
    assert "Traceback" not in result.output


def test_html_named_pdf(runner, tmp_path):
    fake = tmp_path / "resume.pdf"
    fake.write_text("<!DOCTYPE html><html><body>Python</body></html>", encoding="utf-8")
    result = run(runner, "resume", fake)
    assert result.exit_code == 3
    assert result.stderr == f"jobmatch: error: {fake}: not a PDF file (content looks like HTML)\n"


def test_rich_markup_in_file_name_is_printed_as_written(runner, tmp_path):
    (tmp_path / "[red]x[").mkdir()
    odd = tmp_path / "[red]x[" / "red].txt"  # the path reads "[red]x[/red].txt"
    odd.write_text("Experience with Python and Docker.\n", encoding="utf-8")
    result = run(runner, "resume", odd)
    assert result.exit_code == 0
    assert "[red]x[/red].txt" in result.stdout


def test_fail_under(runner):
    ok = run(runner, "match", RESUMES / "strong_backend.txt", POSTINGS, "-f", "json", "--fail-under", "50")
    assert ok.exit_code == 0
    low = run(runner, "match", RESUMES / "unrelated_nurse.txt", POSTINGS, "-f", "json", "--fail-under", "50")
    assert low.exit_code == 1
    assert json.loads(low.stdout)["results"]  # the report is still written


def test_usage_errors_exit_2(runner):
    assert run(runner, "match", RESUMES / "strong_backend.txt").exit_code == 2  # no postings
    assert run(runner, "match", RESUMES / "strong_backend.txt", POSTINGS, "-f", "xml").exit_code == 2
    assert run(runner, "frobnicate").exit_code == 2


def test_posting_command_json(runner, schema_validator):
    result = run(runner, "posting", POSTINGS / "senior_backend_engineer_cloudscale.txt", "-f", "json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    schema_validator.validate(doc)
    posting = doc["documents"][0]
    assert posting["title"] == "Senior Backend Engineer"
    assert posting["min_years"] == 5
    assert {"tier": "preferred", "any_of": ["MongoDB", "Redis"]}.items() <= {
        "tier": "preferred",
        "any_of": ["MongoDB", "Redis"],
    }.items()
    tiers = {(r["tier"], tuple(r["any_of"])) for r in posting["requirements"]}
    assert ("required", ("PostgreSQL", "MySQL")) in tiers
    assert ("preferred", ("MongoDB", "Redis")) in tiers


def test_posting_table_shows_sections(runner):
    result = run(runner, "posting", POSTINGS / "backend_engineer.md")
    assert result.exit_code == 0
    assert "Required Qualifications" in result.stdout and "Preferred Qualifications" in result.stdout


def test_resume_command_json_has_skills_with_lines(runner, schema_validator):
    result = run(runner, "resume", RESUMES / "strong_backend.pdf", "-f", "json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    schema_validator.validate(doc)
    skills = {s["name"]: s for s in doc["documents"][0]["skills"]}
    assert {"Python", "Go", "PostgreSQL", "Kubernetes", "Kafka Streams", "Terraform", "gRPC"} <= set(skills)
    assert any(e["surface"] == "Postgres" for e in skills["PostgreSQL"]["evidence"])


def test_vocab_command_resolves_aliases(runner, schema_validator):
    result = run(runner, "vocab", "k8s", "-f", "json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    schema_validator.validate(doc)
    assert doc["results"][0]["name"] == "Kubernetes" and doc["exact"] is True
    table = run(runner, "vocab", "k8s")
    assert "Kubernetes" in table.stdout and "container orchestration" in table.stdout
    assert "closest" not in table.stdout


def test_vocab_suggestions_are_marked_and_whole_words(runner, schema_validator):
    # a term the vocabulary lacks gets the closest names, said to be only that; a short name
    # inside the term ("ICS" in "obstetrics", "C" in "programming") is no suggestion
    result = run(runner, "vocab", "obstetrics", "-f", "json")
    assert result.exit_code == 1  # suggestions are no skill of that name: exit 1, as grep finding nothing
    doc = json.loads(result.stdout)
    schema_validator.validate(doc)
    names = [r["name"] for r in doc["results"]]
    assert doc["exact"] is False and "obstetrics and gynaecology" in names and "ICS" not in names
    table = run(runner, "vocab", "obstetrics")
    assert "'obstetrics' is no skill name or alias; the closest:" in table.stdout
    # a misspelling still finds its skill; a near word does not ("agile development")
    assert json.loads(run(runner, "vocab", "kubernates", "-f", "json").stdout)["results"][0]["name"] == "Kubernetes"
    assert run(runner, "vocab", "API development", "-f", "json").exit_code == 1
    assert run(runner, "vocab", "programming skills").exit_code == 1


def test_vocab_unknown_term(runner):
    result = run(runner, "vocab", "zzqxw")
    assert result.exit_code == 1  # nothing found, as grep: not an input that could not be read
    assert "not in the vocabulary" in result.stdout


def test_user_vocabulary_file(runner, tmp_path):
    extra = tmp_path / "mine.toml"
    extra.write_text('[[skill]]\nname = "Snowpark"\ncategory = "data"\naliases = ["Snow Park"]\n', encoding="utf-8")
    result = run(runner, "vocab", "Snow Park", "--vocab", extra, "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["results"][0]["name"] == "Snowpark"
    broken = tmp_path / "broken.toml"
    broken.write_text("[[skill]\n", encoding="utf-8")
    bad = run(runner, "vocab", "x", "--vocab", broken)
    assert bad.exit_code == 2
    assert bad.stderr.startswith(f"jobmatch: error: {broken}: not valid TOML")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not valid TOML (not UTF-8 text)"),
        ("stop = []\n".encode("utf-16"), "not valid TOML (not UTF-8 text)"),
        (b'[[skill]]\nname = "Python"\naliases = ["  "]\n', "skill 'Python': aliases must be a list of names"),
        (b'[[skill]]\nname = "Foo"\ncategory = 5\n', "skill 'Foo': category must be a name"),
        (b'[[skill]]\nname = "Foo"\nsoft = "yes"\n', "skill 'Foo': soft must be true or false"),
        (b'[[skill]]\nname = "Snowpark"\nalias = ["Snow Park"]\n', "skill 'Snowpark': unknown key 'alias'"),
        (b'[[skill]]\nname = "Snowpark"\nstop = ["Java beans"]\n', "'stop' belongs at the top of the file"),
        (b'stop = ["java beans"]\nskills = []\n', "unknown key 'skills'"),
        (b'stop = ["", "x"]\n', "'stop' must be a list of phrases"),
    ],
)
def test_a_malformed_vocabulary_file_is_a_one_line_usage_error(runner, tmp_path, content, problem):
    """Whatever is wrong with it: exit 2 and one line naming the file, never a crash, and
    nothing silently ignored (a misspelt key, "stop" inside a skill table)."""
    extra = tmp_path / "mine.toml"
    extra.write_bytes(content)
    for args in (("vocab", "Foo"), ("resume", str(RESUMES / "strong_backend.txt"), "-f", "json")):
        result = run(runner, *args, "--vocab", extra)
        assert result.exit_code == 2, result.stderr
        assert result.stderr.startswith(f"jobmatch: error: {extra}: ")
        assert problem in result.stderr and result.stderr.count("\n") == 1


def test_a_vocabulary_file_may_start_with_a_byte_order_mark(runner, tmp_path):
    extra = tmp_path / "mine.toml"
    extra.write_bytes(b'\xef\xbb\xbf[[skill]]\nname = "Snowpark"\n')
    assert run(runner, "vocab", "Snowpark", "--vocab", extra).exit_code == 0


def test_the_readme_vocabulary_example_works(runner, tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    extra = tmp_path / "mine.toml"
    extra.write_text(example, encoding="utf-8")
    found = json.loads(run(runner, "vocab", "Snow Park", "--vocab", extra, "-f", "json").stdout)["results"][0]
    assert found["name"] == "Snowpark" and found["category"] == "data"
    assert {"Snowflake", "Python"} <= set(found["implies"])
    posting = tmp_path / "p.txt"
    posting.write_text("Data Engineer\n\nRequirements\n- Snowpark\n- a snow day off\n", encoding="utf-8")
    stop_checked = json.loads(run(runner, "posting", posting, "--vocab", extra, "-f", "json").stdout)
    names = {n for r in stop_checked["documents"][0]["requirements"] for n in r["any_of"]}
    assert "Snowpark" in names


def test_match_and_diff_take_as_of_so_scripted_scores_do_not_drift(runner):
    """"Jan 2023 - Present" counts up to --as-of: the same run gives the same score any month."""
    resume, posting = RESUMES / "strong_backend.txt", POSTINGS / "backend_engineer.md"

    def years(*extra):
        doc = json.loads(run(runner, "match", resume, posting, "-f", "json", *extra).stdout)
        return next(c["actual"] for c in doc["results"][0]["checks"] if c["subject"] == "experience")

    assert years("--as-of", "2026-01") == years("--as-of", "2026-01-31")
    assert years("--as-of", "2030-01") > years("--as-of", "2026-01")
    diff = run(runner, "diff", resume, resume, posting, "-f", "json", "--as-of", "2026-01")
    assert diff.exit_code == 0, diff.stderr
    bad = run(runner, "match", resume, posting, "--as-of", "soon")
    assert bad.exit_code == 2
    assert bad.stderr == "jobmatch: error: --as-of: 'soon' is not a date (YYYY-MM or YYYY-MM-DD)\n"


def test_version(runner):
    result = run(runner, "--version")
    assert result.exit_code == 0 and result.stdout.startswith("jobmatch ")


def test_import_cli_does_not_load_heavy_libraries():
    code = (
        "import sys, jobmatch.cli\n"
        "heavy = [m for m in ('sklearn', 'pypdf', 'rapidfuzz', 'numpy', 'scipy') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == ""


# ten times the fixture postings: far more output than a pipe holds, so the writer is still
# writing when the reader goes away
MANY_POSTINGS = [str(POSTINGS)] * 10


@pytest.mark.parametrize("fmt", ["ndjson", "json", "table", "csv"])
def test_console_script_closed_pipe_is_quiet(fmt):
    """`jobmatch ... | head -1`: nothing on stderr, and the exit of a Unix tool whose reader went
    away: ended by SIGPIPE (or 0 where the platform has no SIGPIPE)."""
    cmd = [sys.executable, "-m", "jobmatch", "match", str(RESUMES / "strong_backend.txt"), *MANY_POSTINGS, "-f", fmt]
    code, stderr = read_one_line_and_close(cmd)
    assert stderr == ""
    assert code in (0, -getattr(signal, "SIGPIPE", 13))


def test_closed_pipe_without_sigpipe_exits_0_quietly():
    """Where SIGPIPE is ignored (as Python does by default, and embedders may), the write fails
    with BrokenPipeError instead: exit 0, nothing on stderr, no "Exception ignored" at exit."""
    code = (
        "import sys\n"
        "from jobmatch.cli import app\n"
        "sys.argv = ['jobmatch', 'match', sys.argv[1], *sys.argv[2:], '-f', 'ndjson']\n"
        "app()\n"
    )
    cmd = [sys.executable, "-c", code, str(RESUMES / "strong_backend.txt"), *MANY_POSTINGS]
    returncode, stderr = read_one_line_and_close(cmd)
    assert stderr == ""
    assert returncode == 0


def _console(args: list[str], **kwargs: Any) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "jobmatch", *args], cwd=ROOT, capture_output=False, check=False, timeout=120, **kwargs
    )


MATCH_JSON = ["match", str(RESUMES / "strong_backend.txt"), str(POSTINGS), "-f", "json"]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [MATCH_JSON, ["--help"]])
def test_a_full_disk_on_stdout_is_a_one_line_output_error(args):
    """`> /dev/full` was "internal error: OSError ... (a bug)", exit 70, and `--help` a traceback (QA cli #11)."""
    with open("/dev/full", "w") as full:
        done = _console(args, stdout=full, stderr=subprocess.PIPE, text=True)
    assert done.returncode == 4
    assert done.stderr == "jobmatch: error: cannot write standard output (No space left on device)\n"


def _file_size_limit(limit: int):
    def limited() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limited


@pytest.mark.skipif(os.name != "posix", reason="a file size limit is POSIX")
@pytest.mark.parametrize("fmt", ["json", "ndjson", "csv", "markdown"])
def test_a_disk_that_fills_up_while_writing_is_an_output_error_not_a_cut_report(tmp_path, fmt):
    """A disk that takes part of a large write and then no more (here: a 2 KB file size limit)
    cut the report short with exit 0 and no word (QA s4 files #1); -o FILE names the file (#3)."""
    args = [*MATCH_JSON[:3], "-f", fmt]
    with open(tmp_path / "out", "w") as out:
        done = _console(args, stdout=out, stderr=subprocess.PIPE, text=True, preexec_fn=_file_size_limit(2048))
    if (tmp_path / "out").stat().st_size < 2048:
        pytest.skip(f"the {fmt} report is smaller than the limit")
    assert (done.returncode, done.stderr) == (4, "jobmatch: error: cannot write standard output (File too large)\n")
    target = tmp_path / "report"
    done = _console([*args, "-o", str(target)], stderr=subprocess.PIPE, text=True, preexec_fn=_file_size_limit(2048))
    assert (done.returncode, done.stderr) == (4, f"jobmatch: error: {target}: cannot write (File too large)\n")
    assert not target.exists()  # (written atomically: nothing half-written is left)


def test_the_checked_stdout_writes_every_byte_of_short_writes(tmp_path, monkeypatch):
    from jobmatch import cli

    real_write = os.write
    monkeypatch.setattr(cli.os, "write", lambda fd, data: real_write(fd, bytes(data[:7])))  # a few bytes a call
    with open(tmp_path / "out", "wb") as handle:
        out = cli._CheckedStdout(handle.fileno(), "utf-8", "strict")
        text = "".join(f"line {i}: Müller, Zürich\n" for i in range(5000))
        out.write(text[:100])
        out.write(text[100:])
        out.flush()
    assert (tmp_path / "out").read_text(encoding="utf-8") == text


@pytest.mark.parametrize("args", [MATCH_JSON, ["--help"]])
def test_closed_stdout_is_a_one_line_output_error(args):
    """`>&-` was "internal error: AttributeError: 'NoneType' object has no attribute 'write'"."""
    done = _console(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                    preexec_fn=lambda: os.close(1))
    assert done.returncode == 4
    assert done.stderr == "jobmatch: error: cannot write standard output (standard output is closed)\n"


def test_closed_stdout_does_not_matter_with_output_file(tmp_path):
    target = tmp_path / "out.json"
    done = _console([*MATCH_JSON, "-o", str(target)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                    preexec_fn=lambda: os.close(1))
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(target.read_text(encoding="utf-8"))["results"]


def test_closed_stderr_keeps_the_input_error_exit_code(tmp_path):
    """`2>&-` with an unreadable input exited 1 (the --fail-under code) instead of 3."""
    missing = str(tmp_path / "missing.md")
    done = _console([*MATCH_JSON, missing], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                    preexec_fn=lambda: os.close(2))
    assert done.returncode == 3
    assert json.loads(done.stdout)["errors"][0]["path"] == missing


def test_a_character_the_terminal_encoding_lacks_is_escaped(tmp_path):
    """With a Latin-1 stdout, "\u20ac" in a posting was "internal error: UnicodeEncodeError", exit 70.
    It is written as a JSON escape, so the document still reads as the same text."""
    posting = tmp_path / "euro.md"
    posting.write_text("Backend Engineer (\u20ac80k, Z\u00fcrich)\n\nRequirements\n- Python\n", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "latin-1"}
    done = _console(["posting", str(posting), "-f", "json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert (done.returncode, done.stderr) == (0, b"")
    assert b"\\u20ac" in done.stdout and "Z\u00fcrich".encode("latin-1") in done.stdout
    title = json.loads(done.stdout.decode("latin-1"))["documents"][0]["title"]
    assert title == "Backend Engineer (\u20ac80k, Z\u00fcrich)"


def test_high_school_diploma_asked_and_met_by_a_degree(runner, tmp_path, schema_validator):
    posting = tmp_path / "warehouse.txt"
    posting.write_text(
        "Warehouse Associate\n\nRequirements\n- High school diploma or GED\n- Forklift operation\n"
        "- Inventory management\n",
        encoding="utf-8",
    )
    resume = tmp_path / "resume.txt"
    resume.write_text(
        "Sam Lee\n\nExperience\nWarehouse Lead, Acme, 2019 - 2023\n- Forklift operation and inventory management\n\n"
        "Education\nBachelor of Arts in History, State University, 2018\n",
        encoding="utf-8",
    )
    result = run(runner, "match", resume, posting, "-f", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    schema_validator.validate(doc)
    (entry,) = doc["results"]
    assert entry["posting"]["degree"] == "high_school"
    assert entry["breakdown"]["degree"] | {"status": "met", "asked": "high_school", "found": "bachelor"} == entry[
        "breakdown"
    ]["degree"]
    table = runner.invoke(app, ["match", str(resume), str(posting), "-f", "table"], env={"COLUMNS": "160"})
    assert "checks: high school: met" in table.stdout
    assert "high school asked, resume: bachelor = 1.000" in table.stdout


def test_a_file_named_twice_is_scored_once(runner, schema_validator, monkeypatch):
    monkeypatch.chdir(ROOT)
    one = "fixtures/postings/backend_engineer.md"
    result = run(runner, "match", RESUMES / "strong_backend.txt", "fixtures/postings", f"./{one}", one, "-f", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    schema_validator.validate(doc)
    paths = [r["posting"]["path"] for r in doc["results"]]
    assert len(paths) == len(set(paths)) == len(list(POSTINGS.glob("*.*")))
    assert doc["scored"] == len(paths)


@pytest.mark.parametrize("command", ["match", "rank", "diff"])
def test_output_naming_an_input_is_refused_and_the_input_kept(runner, tmp_path, command):
    resume = tmp_path / "resume.txt"
    resume.write_bytes((RESUMES / "strong_backend.txt").read_bytes())
    posting = tmp_path / "posting.md"
    posting.write_bytes((POSTINGS / "backend_engineer.md").read_bytes())
    before = resume.read_bytes(), posting.read_bytes()
    args = {
        "match": ["match", resume, tmp_path / "*.md", "-o", resume],
        "rank": ["rank", posting, tmp_path, "-o", tmp_path / "." / "resume.txt"],
        "diff": ["diff", resume, resume, posting, "-o", posting],
    }[command]
    result = run(runner, *args, "-f", "json")
    assert result.exit_code == 4
    assert "cannot write: it is one of the inputs" in result.stderr and len(result.stderr.splitlines()) == 1
    assert (resume.read_bytes(), posting.read_bytes()) == before


@pytest.mark.parametrize("stdin_is", ["resume", "posting"])
def test_output_over_the_file_standard_input_reads_is_refused(tmp_path, stdin_is):
    """`match - POSTING -o cv.txt < cv.txt` replaced the resume with the report (QA s4 files #5)."""
    resume = tmp_path / "cv.txt"
    resume.write_bytes((RESUMES / "strong_backend.txt").read_bytes())
    posting = tmp_path / "posting.md"
    posting.write_bytes((POSTINGS / "backend_engineer.md").read_bytes())
    redirected = resume if stdin_is == "resume" else posting
    args = ["match", "-", str(posting)] if stdin_is == "resume" else ["match", str(resume), "-"]
    before = redirected.read_bytes()
    with open(redirected, "rb") as stdin:
        done = _console(
            [*args, "-f", "markdown", "-o", str(redirected)], stdin=stdin, stderr=subprocess.PIPE, text=True
        )
    assert done.returncode == 4
    assert done.stderr == (
        f"jobmatch: error: {redirected}: cannot write: it is one of the inputs (standard input); nothing was written\n"
    )
    assert redirected.read_bytes() == before
    with open(redirected, "rb") as stdin:  # another file: written
        done = _console([*args, "-f", "markdown", "-o", str(tmp_path / "report.md")], stdin=stdin)
    assert done.returncode == 0 and (tmp_path / "report.md").read_text(encoding="utf-8").startswith("# ")


def test_output_to_a_read_only_file_is_refused(runner, tmp_path, monkeypatch):
    """As the shell's ``>`` refuses it (root may write anyway, as with ``>``)."""
    target = tmp_path / "report.json"
    target.write_text("keep me", encoding="utf-8")
    target.chmod(0o444)
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if (str(p), mode) == (str(target), os.W_OK) else real_access(p, mode)
    )
    result = run(runner, "match", RESUMES / "strong_backend.txt", POSTINGS / "backend_engineer.md", "-o", target)
    assert result.exit_code == 4, result.stderr
    assert result.stderr == f"jobmatch: error: {target}: cannot write (Permission denied)\n"
    assert target.read_text(encoding="utf-8") == "keep me"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_output_to_a_named_pipe_writes_into_it(runner, tmp_path):
    """``-o /dev/stdout``, ``-o /dev/null`` or a named pipe: written to, never replaced by a file."""
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    result = run(runner, "match", RESUMES / "strong_backend.txt", POSTINGS / "backend_engineer.md", "-f", "csv",
                 "-o", fifo)
    reader.join(timeout=30)
    assert result.exit_code == 0, result.stderr
    assert got and got[0].startswith(b"rank,score,")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


# -- CSV opened in a spreadsheet ---------------------------------------------------------------------
def test_csv_cells_from_inputs_never_start_a_formula(runner, tmp_path):
    """A posting titled "=cmd|' /C calc'!A0" went into the CSV raw, a formula when a recruiter opens
    it in Excel (QA cli #13). Text cells starting with = + - @ get a leading "'"; numbers do not."""
    posting = tmp_path / "@evil.txt"
    posting.write_text("Title: =cmd|' /C calc'!A0\n\nRequirements\n- Python\n- Kubernetes\n", encoding="utf-8")
    resume = tmp_path / "+resume.txt"
    resume.write_text("Jo Doe\n\nSkills\nPython\n", encoding="utf-8")
    rows = {}
    for args in (["match", resume, posting], ["rank", posting, resume], ["rank", "--matrix", posting, resume]):
        result = run(runner, *args, "-f", "csv")
        assert result.exit_code == 0, result.stderr
        rows[args[0] if args[1] != "--matrix" else "matrix"] = list(csv.reader(io.StringIO(result.stdout)))
    match = dict(zip(rows["match"][0], rows["match"][1], strict=True))
    assert (match["title"], match["path"]) == ("'=cmd|' /C calc'!A0", str(posting))  # (the path starts with "/")
    assert rows["rank"][1][2] == str(resume)
    assert rows["matrix"][0][2] == str(posting)
    for table in rows.values():
        for row in table:
            assert not any(cell[:1] in ("=", "+", "@") for cell in row), row


def test_csv_text_cells_are_escaped_and_stdin_and_numbers_are_not():
    from jobmatch.render.csvout import _text

    assert [_text(v) for v in ["=1+1", "+SUM(A1)", "-2+3", "@A1", "\tx", "-", "", None, "Backend (-5%)"]] == [
        "'=1+1", "'+SUM(A1)", "'-2+3", "'@A1", "\\tx", "-", "", "", "Backend (-5%)"
    ]


def test_relative_paths_starting_a_formula_are_escaped(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "=HYPERLINK(x).md").write_text("Backend Engineer\n\nRequirements\n- Python\n", encoding="utf-8")
    (tmp_path / "cv.txt").write_text("Jo Doe\n\nSkills\nPython\n", encoding="utf-8")
    result = run(runner, "match", "cv.txt", "=HYPERLINK(x).md", "-f", "csv")
    assert result.exit_code == 0, result.stderr
    assert list(csv.reader(io.StringIO(result.stdout)))[1][3] == "'=HYPERLINK(x).md"


def test_diff_csv_names_the_tier_and_lists_required_first(runner):
    """now_met listed "...; Kubernetes; ...; Kubernetes" with no tier and the tiers interleaved."""
    result = run(runner, "diff", RESUMES / "partial_frontend.pdf", RESUMES / "versions" / "partial_frontend_v2.pdf",
                 POSTINGS / "senior_backend_engineer_cloudscale.txt", "-f", "csv")
    assert result.exit_code == 0, result.stderr
    row = dict(zip(*list(csv.reader(io.StringIO(result.stdout))), strict=True))
    gained = row["now_met"].split("; ")
    assert "Kubernetes" in gained and "Kubernetes (preferred)" in gained
    tiers = ["preferred" if g.endswith("(preferred)") else "required" for g in gained]
    assert tiers == sorted(tiers, key=lambda t: t != "required")


# -- arguments swapped ------------------------------------------------------------------------------
def test_match_warns_when_the_resume_is_a_posting(runner):
    """`match POSTING RESUME` gave a plausible report ("Resume: backend_engineer.md (62 skills)")
    with no word (QA cli #3): match and rank take their arguments in opposite orders."""
    posting = POSTINGS / "backend_engineer.md"
    result = run(runner, "match", posting, RESUMES / "strong_backend.txt", "-f", "json")
    assert result.exit_code == 0
    assert result.stderr == (
        f"jobmatch: warning: {posting}: looks like a job posting, not a resume (match takes the resume first: "
        "jobmatch match RESUME POSTING...)\n"
    )
    assert json.loads(result.stdout)["results"]  # a warning: the run goes on


def test_rank_warns_when_the_posting_is_a_resume(runner):
    resume = RESUMES / "strong_backend.txt"
    result = run(runner, "rank", resume, POSTINGS, "-f", "csv")
    assert result.exit_code == 0
    assert result.stderr.startswith(f"jobmatch: warning: {resume}: looks like a resume, not a job posting")


@pytest.mark.parametrize("name", ["strong_backend.txt", "partial_frontend.pdf", "unrelated_nurse.txt"])
def test_no_warning_in_the_right_order(runner, name):
    for args in (["match", RESUMES / name, POSTINGS], ["rank", POSTINGS / "backend_engineer.md", RESUMES / name]):
        result = run(runner, *args, "-f", "csv")
        assert (result.exit_code, result.stderr) == (0, ""), args


def test_swap_checks_read_real_postings_and_resumes(vocab):
    """Every fixture posting read as a resume looks like a posting, and no fixture resume does;
    the other way round likewise."""
    from jobmatch import api

    for path in sorted(POSTINGS.iterdir()):
        assert api.looks_like_posting(api.read_resume(str(path), vocab)), path
        assert not api.looks_like_resume(api.read_posting(str(path), vocab), vocab), path
    for path in sorted(RESUMES.glob("*.txt")):
        assert not api.looks_like_posting(api.read_resume(str(path), vocab)), path
        assert api.looks_like_resume(api.read_posting(str(path), vocab), vocab), path


def test_escapes_for_a_narrow_encoding_keep_the_json_valid(tmp_path):
    """Review: an ASCII stdout got Python's "\\xe9" and "\\U0001f40d" escapes, which JSON cannot read."""
    posting = tmp_path / "p.md"
    posting.write_text("D\u00e9veloppeur Backend\n\nRequirements\n- Python \U0001f40d scripting\n", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = _console(["posting", str(posting), "-f", "json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert done.returncode == 0 and done.stdout.isascii()
    doc = json.loads(done.stdout)["documents"][0]
    assert doc["title"] == "D\u00e9veloppeur Backend"
    assert any("\U0001f40d" in r["text"] for r in doc["requirements"])


def test_a_new_graduates_resume_with_qualification_headings_is_no_posting(vocab):
    """Review: "Key Qualifications" (a required heading in a posting) and "Additional Skills" on a
    one-job resume made it "look like a job posting"."""
    from jobmatch import api
    from jobmatch.match import profile_resume
    from jobmatch.models import Document

    text = (
        "Jo Lee\n\nKey Qualifications\n- Python, SQL\n\nAdditional Skills\n- Excel\n\n"
        "Experience\nAnalyst, Acme, 2023 - 2024\n"
    )
    assert not api.looks_like_posting(profile_resume(Document("r.txt", text, "text"), vocab))
