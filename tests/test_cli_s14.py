"""The session 14 resume readings through the CLI, JSON checked against the schema: a college's certificate
listed with no degree level (degree null), a two-column resume saved as plain text read column by column."""

from __future__ import annotations

import json
from pathlib import Path

from jobmatch.cli import app

DATA = Path(__file__).parent / "data"


def _resume_json(runner, schema_validator, path: Path) -> dict:
    result = runner.invoke(app, ["resume", str(path), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    schema_validator.validate(doc)
    return doc["documents"][0]


def test_a_certificate_with_its_school_is_an_entry_with_no_level(runner, schema_validator, tmp_path):
    resume = tmp_path / "welder.txt"
    resume.write_text(
        "Jose Rivera\n\nEXPERIENCE\nWelder, Apex Fabrication, Tulsa, OK    Jan 2020 - Present\n"
        "- MIG and TIG welding of structural steel\n\nEDUCATION\n"
        "Certificate in Welding Technology, Lincoln Tech, 2019\n",
        encoding="utf-8",
    )
    doc = _resume_json(runner, schema_validator, resume)
    [entry] = doc["education"]
    assert entry["degree"] is None
    assert entry["field"] == "Welding Technology"
    assert entry["institution"] == "Lincoln Tech"
    assert doc["degree"] is None  # (no degree held: the certificate has no level)


def test_a_two_column_text_resume_through_the_cli(runner, schema_validator):
    doc = _resume_json(runner, schema_validator, DATA / "resumes_s14b" / "two_column_tabs.txt")
    employers = [job["employer"] for job in doc["jobs"]]
    assert "EXPERIENCE" not in employers and "Microsoft Excel" not in employers
    assert "Microsoft Excel" in {s["name"] for s in doc["skills"]}
