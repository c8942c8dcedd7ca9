"""What a user reads (s16g): the recruiter's ranking, any-of groups, and the report's loose ends, on
real pairs (tests/data/pairs_s16g/) and the fixtures.

What the reading found: the breakdown said "5.5/6" and the list below "Required: 6 of 7 met" with
nothing saying a soft skill counts half; the experience check said "3+ years asked, resume: 4.6
years" without naming the field it counted; "implied by English" read as a riddle; a nurse's "Go-to
charge nurse" was an ATS-exact "Go" though the requirement was not met; "the resume names neither
any of Terraform, CloudFormation nor ..." was not English.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path

from jobmatch import api
from jobmatch.cli import app
from jobmatch.match import profile_resume
from jobmatch.models import Document, Tier
from jobmatch.report import build_report
from jobmatch.text import normalize_text

ROOT = Path(__file__).parent.parent
PAIRS = Path(__file__).parent / "data" / "pairs_s16g"
NURSE_PAIRS = Path(__file__).parent / "data" / "pairs_s16f"
TODAY = date(2026, 11, 1)
WIDE = {"COLUMNS": "200"}


def _match(runner, resume: Path, posting: Path, *extra: str):
    out = runner.invoke(app, ["match", str(resume), str(posting), "--as-of", "2026-11-01", *extra], env=WIDE)
    assert out.exit_code == 0, out.output
    return out.output


def _result(resume: str, posting: str, vocab, parse):
    profile = profile_resume(Document("r.txt", normalize_text(resume), "text"), vocab, today=TODAY)
    return api.score(profile, parse(posting), vocab)


def _requirement(result, skill: str):
    return next(m for m in result.matches if skill in m.requirement.any_of)


def _text(name: str) -> str:
    return (PAIRS / name).read_text(encoding="utf-8")


# -- 1. soft skills weigh half: the list says how its count becomes the breakdown's -------------------


def test_a_tier_with_soft_skills_says_how_the_score_counts_it(runner, schema_validator):
    csm = (PAIRS / "csm_resume.txt", PAIRS / "csm_posting.txt")
    out = _match(runner, *csm, "--explain")
    # the breakdown's 5.5/6 and the list's 6 of 7: a soft skill ("problem solving") counts half
    assert "5.5/6 = 0.917" in out
    assert "Required: 6 of 7 met (5.5/6 in the score: a soft skill counts half)" in out
    assert "Preferred: 0 of 3 met (0/2 in the score: a soft skill counts half)" in out
    for fmt, heading in (("markdown", "**Required: 6 of 7 met (5.5/6 in the score: a soft skill counts half)**"),
                         ("html", "<h3>Required: 6 of 7 met (5.5/6 in the score: a soft skill counts half)</h3>")):
        assert heading in _match(runner, *csm, "--explain", "-f", fmt)
    doc = json.loads(_match(runner, *csm, "-f", "json"))
    schema_validator.validate(doc)
    required = doc["results"][0]["breakdown"]["required"]
    assert (required["met"], required["total"]) == (5.5, 6.0)


def test_a_tier_counted_one_each_has_no_note(runner):
    out = _match(runner, PAIRS / "platform_resume.txt", PAIRS / "platform_posting.txt", "--explain")
    assert "Required: 9 of 9 met\n" in out
    assert "Preferred: 2 of 2 met\n" in out
    assert "in the score" not in out


def test_a_skill_short_of_its_years_is_named_as_the_reason(runner):
    # SQL met in a certificate's project, asked with 2+ years: it earns part of its weight
    out = _match(runner, NURSE_PAIRS / "changer_resume.txt", NURSE_PAIRS / "changer_posting.txt", "--explain")
    heading = next(line for line in out.splitlines() if line.startswith("Required: "))
    assert "in the score" in heading and "a skill short of the years asked counts in part" in heading


# -- 2. the experience check names the field its years are about --------------------------------------


def test_the_experience_check_names_the_field_it_counted(runner):
    out = _match(runner, PAIRS / "csm_resume.txt", PAIRS / "csm_posting.txt")
    # the retail years (2016-2021) are not customer success: 4.6 years, not the resume's 10
    assert "3+ years of customer success asked, resume: 4.6 years = 1.000" in out
    nurse = _match(runner, NURSE_PAIRS / "nurse_resume.txt", NURSE_PAIRS / "nurse_posting.txt")
    assert "2+ years of emergency nursing asked, resume: 4.4 years" in nurse


def test_years_counted_over_all_jobs_say_so(runner):
    # no job of a nurse's reads as software engineering: the check counted all of them, and says so
    out = _match(runner, ROOT / "fixtures/resumes/unrelated_nurse.txt", PAIRS / "platform_posting.txt")
    assert re.search(r"5\+ years of software engineering asked, resume: [\d.]+ years in all\s+"
                     r"\(no job read as software engineering\)", out)


def test_years_without_a_field_stay_plain(runner, tmp_path):
    posting = tmp_path / "posting.txt"
    posting.write_text(
        "Operations Coordinator\n\nRequirements\n- 3+ years of experience\n- Proficiency in Microsoft Excel\n",
        encoding="utf-8",
    )
    out = _match(runner, PAIRS / "csm_resume.txt", posting)
    assert re.search(r"3\+ years asked, resume: [\d.]+ years = 1\.000", out)
    assert "years of experience asked" not in out and "in all" not in out


# -- 3. plain method labels ---------------------------------------------------------------------------


def test_a_language_shown_by_the_resume_itself_says_so(runner):
    out = _match(runner, NURSE_PAIRS / "nurse_resume.txt", NURSE_PAIRS / "nurse_posting.txt", "--explain")
    assert "implied: the resume is written in English, not ATS-exact" in out
    assert "implied by English" not in out


def test_a_skill_implied_by_another_still_names_it(runner):
    out = _match(runner, PAIRS / "platform_resume.txt", PAIRS / "platform_posting.txt", "--explain")
    assert "implied by Pulumi, not ATS-exact" in out
    assert "implied by GitLab CI, not ATS-exact" in out


def test_an_unmet_group_reads_as_english(runner, tmp_path):
    resume = tmp_path / "resume.txt"
    resume.write_text(_text("platform_resume.txt").replace("Pulumi", "Ansible"), encoding="utf-8")
    out = _match(runner, resume, PAIRS / "platform_posting.txt", "--explain")
    assert "the resume names none of Terraform, Pulumi, nor a skill that implies one of them" in " ".join(out.split())
    assert "neither any of" not in out


# -- 4. the recruiter's side: ties, unreadable candidates, exit code ------------------------------------


def _candidates(tmp_path: Path) -> Path:
    folder = tmp_path / "candidates"
    folder.mkdir()
    resume = _text("platform_resume.txt")
    (folder / "okafor_2025.txt").write_text(resume, encoding="utf-8")
    (folder / "okafor_2026.txt").write_text(resume, encoding="utf-8")  # a resent copy: the same score
    (folder / "lopez.txt").write_text((NURSE_PAIRS / "nurse_resume.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "blank.txt").write_text("", encoding="utf-8")
    (folder / "scan.pdf").write_text("Daniel Okafor - resume (see attached)\n", encoding="utf-8")
    (folder / "photo.txt").write_bytes(bytes(range(256)) * 8)
    return folder


def test_a_ranking_orders_ties_by_path_and_reports_every_unreadable_candidate(runner, tmp_path, schema_validator):
    folder = _candidates(tmp_path)
    args = ["rank", str(PAIRS / "platform_posting.txt"), str(folder), "--as-of", "2026-11-01"]
    table = runner.invoke(app, args, env=WIDE)
    assert table.exit_code == 3  # README: some inputs could not be read; the others are reported
    first, second = (table.output.index(f"okafor_{year}.txt") for year in (2025, 2026))
    assert first < second < table.output.index("lopez.txt")
    for name, problem in (("blank.txt", "empty file"), ("scan.pdf", "not a PDF file"), ("photo.txt", "binary")):
        assert re.search(rf"{name}: .*{problem}", table.output), name
        assert re.search(rf"jobmatch: error: .*{name}: .*{problem}", table.stderr), name

    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, [*args, "-f", "csv"], env=WIDE).stdout)))
    scored = [r for r in rows if not r["error"]]
    assert [Path(r["resume"]).name for r in scored] == ["okafor_2025.txt", "okafor_2026.txt", "lopez.txt"]
    assert [r["rank"] for r in scored] == ["1", "2", "3"] and scored[0]["score"] == scored[1]["score"]
    assert sorted(Path(r["resume"]).name for r in rows if r["error"]) == ["blank.txt", "photo.txt", "scan.pdf"]

    doc = json.loads(runner.invoke(app, [*args, "-f", "json"], env=WIDE).stdout)
    schema_validator.validate(doc)
    assert [Path(r["resume"]["path"]).name for r in doc["results"]][:2] == ["okafor_2025.txt", "okafor_2026.txt"]
    assert sorted(Path(e["path"]).name for e in doc["errors"]) == ["blank.txt", "photo.txt", "scan.pdf"]


def test_a_matrix_keeps_unreadable_candidates_as_rows_with_their_error(runner, tmp_path):
    folder = _candidates(tmp_path)
    args = ["rank", "--matrix", str(PAIRS), str(folder), "--as-of", "2026-11-01", "-f", "csv"]
    out = runner.invoke(app, args, env=WIDE)
    assert out.exit_code == 3
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    errors = {Path(r["resume"]).name: r["error"] for r in rows if r["error"]}
    assert set(errors) == {"blank.txt", "photo.txt", "scan.pdf"}
    assert all(Path(r["resume"]).suffix == ".txt" for r in rows if not r["error"])


# -- 5. any-of groups: one item each, met by the resume's alternative ------------------------------------


def test_each_any_of_group_is_one_item_met_by_the_resume_s_alternative(runner):
    out = _match(runner, PAIRS / "platform_resume.txt", PAIRS / "platform_posting.txt", "--explain")
    for group, line in (("Terraform / Pulumi -> Pulumi", "line 12: - Managed all cloud infrastructure with Pulumi"),
                        ("AWS / GCP -> GCP", "line 10: - Built the deployment platform on GCP"),
                        ("Kafka / RabbitMQ -> RabbitMQ", "line 18: - Published order events to RabbitMQ")):
        rows = [row for row in out.splitlines() if group.split(" -> ")[0] in row]
        assert len(rows) == 1, group
        assert group in rows[0] and line in rows[0], rows[0]
    assert "Fix first" not in out


def test_fix_first_never_offers_another_alternative_of_a_met_group(vocab, parse):
    # met through Go, GCP and Pulumi; Docker and Kubernetes missing: those are the fixes, never
    # Python, Java, AWS or Terraform
    resume = (
        "Sam Lee\n\nEXPERIENCE\nPlatform Engineer - Northwind Logistics\nMarch 2019 - Present\n"
        "- Wrote Go services on GCP, provisioned with Pulumi, built in GitLab CI\n"
        "- Tuned MySQL replicas and Kafka consumers; Grafana dashboards for lag\n"
    )
    result = _result(resume, _text("platform_posting.txt"), vocab, parse)
    fixes = build_report("r", None, [result]).entries[0].fixes
    offered = {name for fix in fixes for name in fix.any_of}
    assert {"Docker", "Kubernetes"} <= offered
    assert not offered & {"Python", "Java", "Go", "AWS", "GCP", "Terraform", "Pulumi", "PostgreSQL", "RabbitMQ"}
    go = _requirement(result, "Go")
    assert go.matched_by == "Go" and go.ats_term == "Go" and go.evidence is not None and go.evidence.line == 6


# -- 6. ATS-exact: a short name that is an ordinary word counts where the resume names the skill --------


def test_go_to_charge_nurse_is_no_ats_exact_go(runner, vocab, parse):
    resume = (ROOT / "fixtures/resumes/unrelated_nurse.txt").read_text(encoding="utf-8")
    posting = (ROOT / "fixtures/postings/backend_engineer.md").read_text(encoding="utf-8")
    result = _result(resume, posting, vocab, parse)
    go = _requirement(result, "Go")
    assert not go.matched and not go.ats_exact
    entry = build_report("r", None, [result]).entries[0]
    assert entry.coverage[Tier.REQUIRED].ats_met <= entry.coverage[Tier.REQUIRED].met


def test_an_ordinary_word_in_english_is_no_keyword_for_the_skill(vocab, parse):
    posting = (
        "iOS Engineer\n\nRequirements\n- 3+ years building iOS apps in Swift\n- Experience with Spring Boot or Go\n"
    )
    resume = (
        "Ana Ruiz\n\nEXPERIENCE\nQA Analyst - Fieldnote Apps\n2021 - 2025\n"
        "- Swift turnaround on hotfix verification; go-to tester for the spring release\n"
    )
    result = _result(resume, posting, vocab, parse)
    assert not any(m.ats_exact for m in result.matches)


def test_the_skill_written_the_posting_s_way_stays_ats_exact(vocab, parse):
    posting = "iOS Engineer\n\nRequirements\n- 3+ years building iOS apps in Swift\n- Experience with Go\n"
    resume = (
        "Ana Ruiz\n\nEXPERIENCE\niOS Engineer - Fieldnote Apps\n2021 - 2025\n"
        "- Built the offline sync layer in Swift and SwiftUI\n- Wrote a Go service for push notifications\n"
    )
    result = _result(resume, posting, vocab, parse)
    assert _requirement(result, "Swift").ats_term == "Swift"
    assert _requirement(result, "Go").ats_term == "Go"


def test_golang_alone_is_understood_but_not_the_keyword_go(vocab, parse):
    # a keyword search for "Go" does not find "Golang": understood, and the report says to write "Go"
    posting = "Backend Engineer\n\nRequirements\n- Experience with Go\n"
    resume = (
        "Ana Ruiz\n\nEXPERIENCE\nBackend Engineer - Fieldnote\n2021 - 2025\n- Wrote Golang services; go-to on-call\n"
    )
    result = _result(resume, posting, vocab, parse)
    go = _requirement(result, "Go")
    assert go.matched and not go.ats_exact
    assert any(w.posting_words == "Go" for w in build_report("r", None, [result]).entries[0].rewordings)


def test_a_field_and_an_acronym_are_searched_as_written(vocab, parse):
    # "retail" means the field wherever it stands, "GIS" in capitals is GIS: a keyword search for
    # them is right even where the understood match wants more context around the word
    posting = "Data Analyst\n\nRequirements\n- Experience in retail or e-commerce\n- GIS experience\n"
    resume = (
        "Lee Park\n\nSUMMARY\nAnalyst with 5 years in retail.\n\nEXPERIENCE\nField Technician - Town of Cary\n"
        "2019 - 2024\n- Collected GIS data on stormwater assets with ArcGIS Collector\n"
    )
    result = _result(resume, posting, vocab, parse)
    assert _requirement(result, "retail").ats_term == "retail"
    assert _requirement(result, "GIS").ats_term == "GIS"


def test_an_initial_and_a_company_name_are_no_ats_exact_r(runner, schema_validator):
    # "Megan R. Castillo" and "H&R Block" hold an R; neither is the language asked ("Python or R")
    pair = (PAIRS / "analyst_resume.txt", PAIRS / "analyst_posting.txt")
    out = _match(runner, *pair, "--explain")
    assert re.search(r"Tax Data Analyst\s+3/5\.5\s+2/5\.5\s+0/2", out)
    assert "✗  Python / R " in out
    doc = json.loads(_match(runner, *pair, "-f", "json"))
    schema_validator.validate(doc)
    python_or_r = next(m for m in doc["results"][0]["requirements"] if m["any_of"] == ["Python", "R"])
    assert python_or_r["matched"] is False and python_or_r["ats_exact"] is False
