"""The SkillSpan measurement itself (scripts/eval_skillspan.py): what it counts as correct."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ev():
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location("eval_skillspan_under_test", ROOT / "scripts" / "eval_skillspan.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write(tmp_path: Path, sentences: list[str], spans: list[dict]) -> Path:
    posting = {"split": "dev", "source": "tech", "idx": 1, "sentences": sentences,
               "knowledge_spans": spans, "skill_spans": []}
    path = tmp_path / "postings.jsonl"
    path.write_text(json.dumps(posting) + "\n", encoding="utf-8")
    return path


def test_span_range_follows_the_tokens_through_detokenisation(ev) -> None:
    sentence = "Experience with Node . js and C # ( required ) ."
    line = ev.detokenize(sentence)
    assert line == "Experience with Node.js and C# (required)."
    start, end = ev.span_range(sentence, line, [2, 5])
    assert line[start:end] == "Node.js"
    start, end = ev.span_range(sentence, line, [6, 8])
    assert line[start:end] == "C#"
    assert ev.span_range(sentence, line, [3, 3]) is None


def test_only_the_annotated_occurrence_is_correct(ev, tmp_path: Path) -> None:
    # the annotators marked the second "Java" only: the first one, in the job title words, is not
    # inside a span although the same text is (the text search counted both as correct)
    path = _write(tmp_path, ["As a Java developer you write Java every day ."],
                  [{"sent": 0, "tok": [6, 7], "text": "Java"}])
    result = ev.evaluate(path)
    assert (result["extracted"], result["correct"]) == (2, 1)
    assert result["false_positives"] == {"Java": 1}
    assert (result["tech_spans"], result["tech_spans_found"]) == (1, 1)


def test_a_span_is_found_only_by_a_mention_inside_it(ev, tmp_path: Path) -> None:
    # a technology span is found when a hard skill overlaps the span's own tokens, not the same
    # words elsewhere on the line
    path = _write(tmp_path, ["Python ! We want python scripting experience ."],
                  [{"sent": 0, "tok": [3, 5], "text": "python scripting"}])
    result = ev.evaluate(path)
    assert (result["tech_spans"], result["tech_spans_found"]) == (1, 1)
    assert result["correct"] == 1 and result["extracted"] == 2


def test_posting_skills_counts_a_list_at_the_lines_that_name_it(ev) -> None:
    # skillspan dev tech 11: a lead-in line, its alternatives on the two lines below (one
    # requirement at the lead-in line); they are reported, at the lines where they are written
    from jobmatch.vocabulary import Vocabulary

    lines = [
        "Backend Engineer",
        "Requirements:",
        "3+ years of experience in at least one of the following:",
        "Javascript/Typescript,",
        "Python Angular/React.js or Node.js",
        "Experience with Docker",
    ]
    found = ev.posting_skills(lines, Vocabulary.load())
    assert found[3] == {"JavaScript", "TypeScript"}
    assert found[4] == {"Python", "Angular", "React", "Node.js"}
    assert found[5] == {"Docker"}
    assert not found.get(2)


def test_issue_3_figures_on_the_dev_postings(ev) -> None:
    """The figures `make eval` prints for issue 3, held as floors: the skills a posting asks for
    are at least 0.85 precise, and what the parser reports finds at least 0.9 of the technology
    spans (the README's "Quality" section gives the current values)."""
    asked = ev.evaluate(split="dev", as_posting=True, asked_only=True)
    reported = ev.evaluate(split="dev", as_posting=True)
    assert asked["precision"] >= 0.85, asked["precision"]
    assert reported["recall"] >= 0.9, reported["recall"]
    assert asked["postings"] == reported["postings"] == 58
