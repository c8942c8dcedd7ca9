"""Hostile input shapes (s14a): a file of one very long line (a PDF text layer with no line breaks, a
resume exported as one paragraph, minified HTML saved as .txt), a CSV dump, a keyword-stuffed list.
They must give the same answers as their parts, and run through the CLI like any file
(bench/hostile.py times them at full size; no timing is asserted here)."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

import pytest

from jobmatch.cli import app
from jobmatch.extract import _LONG_LINE, _pieces, extract_line, extract_skills
from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.posting import parse_posting
from jobmatch.resume import coursework_mentions, unheld_certifications
from jobmatch.text import normalize_text
from tests.conftest import POSTINGS, RESUMES

TODAY = date(2026, 11, 1)


def one_line(text: str) -> str:
    """A file's text with its line breaks gone, as a PDF text layer without them gives it."""
    return " ".join(text.split("\n"))


def profile(text: str, vocab):
    return profile_resume(Document("r.txt", normalize_text(text), "text"), vocab, today=TODAY)


def posting(text: str, vocab):
    return parse_posting(Document("p.txt", normalize_text(text), "text"), vocab)


# -- a long line is read a piece at a time, each piece as the line alone would be --------------------


def test_pieces_cover_the_line_and_end_at_sentences():
    sentence = "Built REST APIs in Python and Go for the payments team. "
    line = sentence * (3 * _LONG_LINE // len(sentence))
    pieces = _pieces(line)
    assert len(pieces) >= 3
    assert pieces[0][0] == 0 and pieces[-1][1] == len(line)
    assert all(a < b <= a + _LONG_LINE for a, b in pieces)
    assert all(b == c for (_, b), (c, _) in zip(pieces, pieces[1:], strict=False))  # no gap, no overlap
    assert all(line[a:b].startswith("Built REST") for a, b in pieces)  # cut after "team. ", never mid-sentence


def test_an_ordinary_line_is_one_piece():
    # a long SkillSpan sentence (5,039 characters) or a one-paragraph resume of a few pages is read whole
    line = "Experienced with Python, SQL and Tableau; " * (_LONG_LINE // 42)
    assert len(line) <= _LONG_LINE
    assert _pieces(line) == [(0, len(line))]


def test_a_line_without_spaces_is_cut_at_a_word_edge(vocab):
    item = "Python,Java;Go/Kubernetes|SQL-React_Docker.AWS"
    line = "+".join([item] * (2 * _LONG_LINE // len(item)))
    for _a, b in _pieces(line)[:-1]:
        assert not (line[b - 1].isalnum() and line[b].isalnum())  # "...AWS+Python": never inside "Python"
    alone = Counter(m.skill.name for m in extract_line(item, 1, vocab))
    found = Counter(m.skill.name for m in extract_line(line, 1, vocab))
    assert found["Python"] == alone["Python"] * line.count(item) > 0


@pytest.mark.parametrize("resume", [True, False])
def test_a_long_line_finds_what_each_of_its_sentences_finds(vocab, resume):
    sentences = [
        "Set up OPC UA communication between PLCs and MES.",  # the machines' communication: no soft skill
        "Strong written communication and teamwork with product managers.",
        "Experience with an orchestration tool (Airflow, Dagster, Prefect).",
        "Managed 6 QA engineers and the Selenium suite; PMP (in progress).",
    ]
    paragraph = " ".join(sentences) + " "
    line = paragraph * (3 * _LONG_LINE // len(paragraph))
    alone = [(m.skill.name, m.start, m.end) for m in extract_skills([paragraph], vocab, resume=resume)]
    found = [(m.skill.name, m.start, m.end) for m in extract_skills([line], vocab, resume=resume)]
    step = len(paragraph)
    assert found == [(name, a + k * step, b + k * step) for k in range(line.count(paragraph)) for name, a, b in alone]
    names = Counter(name for name, _, _ in alone)
    assert names["communication"] == 1 and names["workflow orchestration"] == 1  # (the rules of a line hold)


def test_the_senses_of_a_line_stay_its_own(vocab):
    """The counted form of _head_noun_senses and _machines_talking gives what the rescans gave."""
    cases = {
        "Experience with an orchestration tool (Airflow, Dagster, Prefect)": ("workflow orchestration", True),
        "Kubernetes or another orchestration tool": ("container orchestration", True),
        "Set up OPC UA communication between PLCs and MES": ("communication", False),
        "CAN communication between ECUs": ("communication", False),
        "English communication and Agile communication": ("communication", True),  # a person's
        "Python, communication, teamwork": ("communication", True),  # a list, not the machines'
    }
    for line, (name, kept) in cases.items():
        names = {m.skill.name for m in extract_line(line, 1, vocab)}
        assert (name in names) is kept, line


# -- the resume's per-line readers answer once a line ------------------------------------------------


def test_certifications_not_held_on_a_long_line(vocab):
    clause = "Certified in AWS Solutions Architect; PMP (in progress); candidate for the CFA Level II. "
    line = clause * 300
    mentions = [m for m in extract_skills([line], vocab, resume=True) if m.skill.category == "certification"]
    unheld = {m.skill.name for m in unheld_certifications([line], mentions)}
    held = {m.skill.name for m in mentions} - unheld
    once = [m for m in extract_skills([clause], vocab, resume=True) if m.skill.category == "certification"]
    assert unheld == {m.skill.name for m in unheld_certifications([clause], once)}
    assert held == {m.skill.name for m in once} - unheld
    assert "PMP" in {m.skill.name for m in once} and held  # the AWS certification is held


def test_coursework_spans_on_a_long_line(vocab):
    clause = "Relevant coursework: Kubernetes, AWS. Built the payments API in Go. "
    line = clause * 400
    course = coursework_mentions([line], extract_skills([line], vocab, resume=True))
    once = coursework_mentions([clause], extract_skills([clause], vocab, resume=True))
    assert "Kubernetes" in {m.skill.name for m in once} and "Go" not in {m.skill.name for m in once}
    assert [m.skill.name for m in course] == [m.skill.name for m in once] * 400


# -- a whole file of one line: the same as one copy of its text --------------------------------------


@pytest.mark.parametrize("name", ["strong_backend.txt", "unrelated_nurse.txt"])
def test_a_one_line_resume_repeated_has_the_skills_of_one_copy(vocab, name):
    text = one_line((RESUMES / name).read_text(encoding="utf-8"))
    copies = " ".join([text] * (2 * _LONG_LINE // len(text) + 2))
    assert len(copies) > 2 * _LONG_LINE
    assert {s.skill.name for s in profile(copies, vocab).skills} == {s.skill.name for s in profile(text, vocab).skills}


def test_a_one_line_posting_repeated_asks_what_one_copy_asks(vocab):
    text = one_line((POSTINGS / "backend_engineer.md").read_text(encoding="utf-8"))
    copies = " ".join([text] * (2 * _LONG_LINE // len(text) + 2))
    once = {(r.tier, r.any_of) for r in posting(text, vocab).requirements}
    assert {(r.tier, r.any_of) for r in posting(copies, vocab).requirements} == once
    assert once


# -- the hostile shapes through the CLI ----------------------------------------------------------------


def _shapes() -> dict[str, str]:
    resume = one_line((RESUMES / "strong_backend.txt").read_text(encoding="utf-8"))
    words = ["Python", "Java", "Go", "Kubernetes", "teamwork", "SQL", "React", "Excel", "leadership"]
    return {
        "one_line_resume": " ".join([resume] * 6),
        "short_lines": "\n".join(["Python", "led a team", "SQL", "2019", "Seattle, WA", "Docker"] * 400),
        "comma_words": "Skills: " + ", ".join(words[i % len(words)] for i in range(3000)),
        "bullets": "Experience\n" + "\n".join(f"- Built REST APIs in Python and Go ({i})" for i in range(400)),
        "markdown_table": "| Skill | Years |\n|---|---|\n" + "\n".join(f"| Python | {i % 12} |" for i in range(400)),
        "nested_parens": "Requirements: " + "(Python [Java {Go " * 300 + "SQL" + "} ] )" * 300,
        "no_spaces": "+".join(["Python,Java;Go/Kubernetes|SQL-React_Docker.AWS"] * 400),
        "repeated_headings": "## Requirements\n5+ years of Python\n## Skills\nGo, SQL\n" * 300,
        "alternatives": "Required: experience with " + ", or ".join(["Python, Java, or Go"] * 600) + ".",
    }


@pytest.mark.parametrize("shape", sorted(_shapes()))
def test_hostile_shapes_through_the_cli(runner, tmp_path, shape):
    path = tmp_path / f"{shape}.txt"
    path.write_text(_shapes()[shape] + "\n", encoding="utf-8")
    resume = runner.invoke(app, ["resume", str(path), "-f", "json"])
    assert resume.exit_code == 0, resume.output
    skills = {s["name"] for s in json.loads(resume.stdout)["documents"][0]["skills"]}
    read = runner.invoke(app, ["posting", str(path), "-f", "json"])
    assert read.exit_code == 0, read.output
    assert json.loads(read.stdout)["documents"][0]["path"].endswith(f"{shape}.txt")
    match = runner.invoke(app, ["match", str(path), str(POSTINGS / "backend_engineer.md"), "-f", "json"])
    assert match.exit_code == 0, match.output
    score = json.loads(match.stdout)["results"][0]["score"]
    assert 0 <= score <= 100
    assert "Python" in skills


# -- the posting's readers of a long line --------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Annual employee bonus plan", "boilerplate"),
        ("Referral bonus", "boilerplate"),
        ("Plus these awesome benefits", "boilerplate"),
        ("Bonuses and perks", "boilerplate"),
        ("Bonus points", "preferred"),  # the skills that earn them
        ("Plus", "preferred"),
    ],
)
def test_pay_bonus_headings(heading, kind):
    from jobmatch.posting import classify_heading

    assert classify_heading(heading) == kind


def test_pay_bonus_is_the_words_in_order_on_one_line():
    from jobmatch.posting import _pay_bonus

    assert _pay_bonus("plus a generous salary")
    assert not _pay_bonus("salary plus")  # (no pay word after the plus)
    assert not _pay_bonus("plus\nsalary")  # (another line)
    assert _pay_bonus("cash and bonuses")
    assert not _pay_bonus("bonus and cash")
    long = "Python, Go and SQL on AWS plus Kubernetes. " * 5000  # no pay word: no quadratic rescan either
    assert not _pay_bonus(long) and _pay_bonus(long + "salary")


# -- the match: a mention's section by bisection -------------------------------------------------------


def test_evidence_among_thousands_of_sections(vocab):
    """A skill is shown where a job uses it, not in the skills list, however many sections the file has."""
    from jobmatch import api

    block = "SKILLS\nPython, Docker\nEXPERIENCE\nBackend Engineer, Acme Corp, 2019 - 2023\n- Built Python services\n"
    resume = profile(block * 400, vocab)
    assert len(resume.sections) >= 800
    result = api.score(resume, posting("Requirements\n- 3+ years of Python\n", vocab), vocab)
    (python,) = [r for r in result.matches if "Python" in r.requirement.any_of]
    assert python.evidence is not None and python.evidence.line == 5  # the job's bullet, not line 2's list


def test_table_years_of_long_tables(vocab):
    """Each row's table is its own (found once a row): a table of years, then one without a years column."""
    from jobmatch.resume import stated_years

    years = "| Skill | Years | Level |\n|---|---|---|\n" + "| Python | 6 | Expert |\n" * 2000
    levels = "| Tool | Level |\n|---|---|\n" + "| Docker | 9 |\n" * 2000
    lines = (years + "\n" + levels).split("\n")
    stated = stated_years(lines, extract_skills(lines, vocab, resume=True))
    assert stated.get("Python") == 72 and "Docker" not in stated
    # (the same table without the one above: no figure from another table)
    lines = (levels + "\n" + years).split("\n")
    assert stated_years(lines, extract_skills(lines, vocab, resume=True)) == stated


def test_degree_or_experience_on_a_one_paragraph_posting(vocab):
    asked = "Requirements: Bachelor's degree in Computer Science; 3+ years of Python. "
    either = "Requirements: Bachelor's degree in Computer Science or equivalent experience; 3+ years of Python. "
    assert not posting(asked * 400, vocab).degree_or_experience
    assert posting(either * 400, vocab).degree_or_experience
    assert posting(asked * 400 + either, vocab).degree_or_experience  # (the last sentence of the line)
