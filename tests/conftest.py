from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
POSTINGS = FIXTURES / "postings"
RESUMES = FIXTURES / "resumes"
RESUME_NAMES = ("strong_backend", "partial_frontend", "unrelated_nurse")


@pytest.fixture(scope="session")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def schema_validator():
    import jsonschema

    schema = json.loads((ROOT / "jobmatch" / "data" / "schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="session")
def vocab():
    from jobmatch.vocabulary import Vocabulary

    return Vocabulary.load()


@pytest.fixture(scope="session")
def results(vocab):
    """Every fixture text resume scored against every fixture posting (read-only: shared)."""
    from jobmatch import api

    out = []
    for resume in sorted(RESUMES.glob("*.txt")):
        profile = api.read_resume(str(resume), vocab)
        for posting in sorted(POSTINGS.iterdir()):
            parsed = api.read_posting(str(posting), vocab)
            assert not isinstance(parsed, api.InputError)
            out.append(api.score(profile, parsed, vocab))
    return out


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the golden files under tests/golden/ from the current output (make golden)",
    )


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(autouse=True, scope="session")
def _private_vocabulary_cache(tmp_path_factory):
    """Tests never write to the user's cache folder."""
    import os

    old = os.environ.get("JOBMATCH_CACHE_DIR")
    os.environ["JOBMATCH_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        os.environ.pop("JOBMATCH_CACHE_DIR", None)
    else:
        os.environ["JOBMATCH_CACHE_DIR"] = old


@pytest.fixture
def parse(vocab):
    """A posting parsed from its text (as a plain-text file would be read)."""
    from jobmatch.models import Document
    from jobmatch.posting import parse_posting
    from jobmatch.text import normalize_text

    def _parse(text: str):
        return parse_posting(Document("posting.txt", normalize_text(text), "text"), vocab)

    return _parse


def read_one_line_and_close(cmd: list[str]) -> tuple[int, str]:
    """What `cmd | head -1` does: read a line, close the pipe, let the writer find out."""
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.readline()
        proc.stdout.close()
        stderr = proc.stderr.read().decode()
        proc.wait(timeout=120)
    return proc.returncode, stderr
