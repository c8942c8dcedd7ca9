"""Evidence lines stay readable: a resume without line breaks does not repeat itself in JSON."""

from __future__ import annotations

import json

from jobmatch.cli import app
from jobmatch.match import EXCERPT_WIDTH
from tests.conftest import POSTINGS


def test_long_line_evidence_is_an_excerpt_around_the_match(runner, tmp_path):
    filler = "managed many unrelated projects with care " * 200
    resume = tmp_path / "one_line.txt"
    resume.write_text(filler + "built services in Kubernetes and Python " + filler, encoding="utf-8")
    result = runner.invoke(app, ["match", str(resume), str(POSTINGS / "backend_engineer.md"), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    evidence = [r["evidence"] for r in json.loads(result.stdout)["results"][0]["requirements"] if r["evidence"]]
    assert evidence
    for ev in evidence:
        assert len(ev["text"]) <= EXCERPT_WIDTH + 6
        assert ev["surface"] in ev["text"]
        assert ev["text"].startswith("...") and ev["text"].endswith("...")
    assert len(result.stdout) < 100_000


def test_short_lines_are_shown_whole(runner, tmp_path):
    resume = tmp_path / "r.txt"
    resume.write_text("Skills: Python, Kubernetes, Docker\n", encoding="utf-8")
    result = runner.invoke(app, ["resume", str(resume), "-f", "json"])
    skills = json.loads(result.stdout)["documents"][0]["skills"]
    assert {s["evidence"][0]["text"] for s in skills} == {"Skills: Python, Kubernetes, Docker"}


RESUME = """Marcus Webb
Seattle, WA

SUMMARY
Backend engineer with 9 years building platforms in Go. Led migrations to EKS.

SKILLS
Go, Terraform, Kubernetes, Postgres

EXPERIENCE
Staff Software Engineer, Amazon
March 2021 - Present
- Led a team of 6 building the order-routing service in Go
- Moved 30 services to EKS

PROJECTS
- infra-kit: Terraform modules for small teams
"""

POSTING = """Backend Engineer

Requirements
- 5+ years of Go
- Terraform
- Kubernetes
- AWS
- PostgreSQL
"""


def _evidence(runner, tmp_path, resume: str = RESUME) -> dict[str, dict]:
    (tmp_path / "r.txt").write_text(resume, encoding="utf-8")
    (tmp_path / "p.txt").write_text(POSTING, encoding="utf-8")
    result = runner.invoke(app, ["match", str(tmp_path / "r.txt"), str(tmp_path / "p.txt"), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    requirements = json.loads(result.stdout)["results"][0]["requirements"]
    return {r["any_of"][0]: r["evidence"] for r in requirements}


def test_the_evidence_is_where_the_skill_was_used_a_job_before_a_project_before_a_summary(runner, tmp_path):
    evidence = _evidence(runner, tmp_path)
    # named in the summary, the skills list and a job: the job's line
    assert evidence["Go"]["text"] == "- Led a team of 6 building the order-routing service in Go"
    # in the skills list and a project: the project's line
    assert evidence["Terraform"]["text"] == "- infra-kit: Terraform modules for small teams"
    # implied (EKS: Kubernetes, AWS) by the summary and by a job: the job's line, though a skill listed
    # by its own name (Kubernetes, in the skills list) is surer evidence than an implication
    assert evidence["AWS"]["text"] == "- Moved 30 services to EKS" and evidence["AWS"]["method"] == "implied"
    assert evidence["Kubernetes"]["text"] == "Go, Terraform, Kubernetes, Postgres"
    # only in the skills list (by an alias): that line
    assert evidence["PostgreSQL"]["text"] == "Go, Terraform, Kubernetes, Postgres"


def test_an_alias_in_a_job_shows_it_before_its_name_in_the_summary(runner, tmp_path):
    resume = RESUME.replace("- Moved 30 services to EKS", "- Tuned Postgres queries for the order service").replace(
        "Go, Terraform, Kubernetes, Postgres", "Go, Terraform, Kubernetes, PostgreSQL"
    )
    evidence = _evidence(runner, tmp_path, resume)
    assert evidence["PostgreSQL"]["text"] == "- Tuned Postgres queries for the order service"
    assert evidence["PostgreSQL"]["method"] == "alias"


def test_half_a_sentence_wrapped_onto_a_job_s_next_line_does_not_show_it(runner, tmp_path):
    bullet = "- Led a team of 6 building the order-routing service in Go"
    resume = RESUME.replace(bullet, "- Cut p99 latency of the router,\n  written in Go")
    evidence = _evidence(runner, tmp_path, resume)
    assert evidence["Go"]["text"].startswith("Backend engineer with 9 years")


def test_without_sections_the_first_line_that_names_it_shows_it(runner, tmp_path):
    evidence = _evidence(runner, tmp_path, "Go and Terraform\nBuilt services in Go\n")
    assert evidence["Go"]["line"] == 1


MARKDOWN_RESUME = """# Jane Doe
jane@example.com | [GitHub](https://github.com/jane)

## Experience
**Senior Engineer**, [Acme Corp](https://acme.com) — 2019–Present
- Built the [payments API](https://acme.com/api) in **Go** and `PostgreSQL`
- Ran <b>Kubernetes</b> clusters on AWS
"""


def test_markdown_evidence_is_shown_without_its_markup(runner, tmp_path):
    resume = tmp_path / "r.md"
    resume.write_text(MARKDOWN_RESUME, encoding="utf-8")
    posting = tmp_path / "p.txt"
    posting.write_text("Backend Engineer\n\nRequirements\n- Go\n- PostgreSQL\n- Kubernetes\n", encoding="utf-8")
    result = runner.invoke(app, ["match", str(resume), str(posting), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    shown = {r["any_of"][0]: r["evidence"] for r in json.loads(result.stdout)["results"][0]["requirements"]}
    assert shown["Go"]["text"] == "- Built the payments API in Go and PostgreSQL"
    assert shown["Go"]["line"] == 6  # the line of the file as written
    assert shown["Kubernetes"]["text"] == "- Ran Kubernetes clusters on AWS"
    explained = runner.invoke(app, ["match", str(resume), str(posting), "--explain"])
    assert "payments API in Go" in explained.stdout and "](" not in explained.stdout


def test_a_lone_star_is_no_markup(runner, tmp_path):
    resume = tmp_path / "r.txt"
    resume.write_text("Skills: Python, C++ and *nix tools, snake_case names\n", encoding="utf-8")
    result = runner.invoke(app, ["resume", str(resume), "-f", "json"])
    texts = {s["evidence"][0]["text"] for s in json.loads(result.stdout)["documents"][0]["skills"]}
    assert texts == {"Skills: Python, C++ and *nix tools, snake_case names"}
