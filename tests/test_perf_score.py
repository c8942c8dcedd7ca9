"""The fast paths after parsing (and of the loading before it) give what the plain definitions
give: the directory listing and suffixes without Path objects, the result lines written from
cut templates, the fixes grouped without a frozenset per requirement, the CSV rows made without
an Entry, written without a buffer and held as bytes, the keyword search without a pattern per
term, plain lines neither normalised nor cached, the similarity's covered weights from the
smaller side, the scored requirements' groups."""

from __future__ import annotations

import csv
import io
import os
import random
import re
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import POSTINGS

from jobmatch import api, loaders, similarity
from jobmatch import match as match_module
from jobmatch import posting as posting_module
from jobmatch import text as text_module
from jobmatch.loaders import POSTING_SUFFIXES, RESUME_SUFFIXES
from jobmatch.models import Candidate, CheckStatus, MatchResult, RequirementMatch, Tier
from jobmatch.render import csvout, jsondoc
from jobmatch.report import Fix, build_report, entry_of, fixes_of
from jobmatch.scoring import gain


def _listing_with_paths(directory: str, suffixes: tuple[str, ...]) -> list[str]:
    """The definition: what the listing was made of before (a Path per entry): the files read,
    web pages and documents of a format not read (reported), no hidden file."""
    listed = (*suffixes, *loaders.ALSO_LISTED, *loaders.HTML_SUFFIXES, *loaders.OTHER_DOCUMENT_SUFFIXES)
    found = []
    for p in Path(directory).iterdir():
        if p.suffix.lower() not in listed or p.name.startswith("."):
            continue
        if p.is_file() or (p.is_symlink() and not p.exists()):
            found.append(str(p))
    return sorted(found)


def test_the_directory_listing_is_the_path_listing(tmp_path, monkeypatch):
    folder = tmp_path / "postings"
    folder.mkdir()
    for name in ("b.txt", "a.MD", "c.markdown", ".md", "d.", "e.pdf", "f.txt.bak", "..txt", "g h.txt", "i.doc",
                 "j.HTML", ".k.md"):
        (folder / name).write_text("Python\n", encoding="utf-8")
    (folder / "sub.txt").mkdir()  # a directory with a matching name is not a file
    (folder / "broken.txt").symlink_to(folder / "missing.txt")  # listed: reading it says what is wrong
    (folder / "loop.md").symlink_to(folder / "loop.md")
    (folder / "link.txt").symlink_to(folder / "b.txt")
    monkeypatch.chdir(tmp_path)
    for directory in (str(folder), "postings", "./postings", "postings/", "postings//", "./postings/../postings"):
        for suffixes in (POSTING_SUFFIXES, RESUME_SUFFIXES):
            assert loaders._directory_files(directory, suffixes) == _listing_with_paths(directory, suffixes)
    monkeypatch.chdir(folder)
    assert loaders._directory_files(".", POSTING_SUFFIXES) == _listing_with_paths(".", POSTING_SUFFIXES)
    assert "b.txt" in loaders._directory_files(".", POSTING_SUFFIXES)


def test_a_directory_that_cannot_be_listed_is_an_input_error(tmp_path):
    with pytest.raises(loaders.InputFileError, match="no such file"):
        loaders._directory_files(str(tmp_path / "missing"), POSTING_SUFFIXES)


@pytest.mark.parametrize(
    "path",
    ["a.txt", "dir/a.MD", "/x/y/.md", "a.", "a", "..txt", "dir/", "dir/.", "dir/..", "a.md/", "a/b.c/d", ".", ""],
)
def test_the_suffix_is_the_path_suffix(path):
    assert loaders._path_suffix(path) == Path(path).suffix
    assert loaders._suffix(os.path.basename(path)) == Path(os.path.basename(path) or ".").suffix


# -- the result line from cut templates ------------------------------------------------------------


def _plain_line(resume_path: str, result: MatchResult) -> str:
    """The definition: the whole document, encoded at once."""
    doc = {"schema_version": jsondoc.SCHEMA_VERSION, "type": "result", "resume": resume_path}
    doc.update(jsondoc.result_doc(entry_of(1, result)))
    doc["rank"] = None
    return jsondoc.dumps(doc, indent=None)


def test_a_result_line_is_the_whole_document_encoded(results):
    jsondoc._requirement_templates.clear()
    for _ in range(2):  # templates made, then used
        for result in results:
            assert jsondoc.result_line("r.txt", result) == (result.score, _plain_line("r.txt", result))
    assert jsondoc._requirement_templates and jsondoc._fix_templates


def test_templates_hold_everything_but_the_cut_values(results):
    """Requirements that differ in any field besides their text and line never share a template:
    each field changed in turn gives the line the document gives."""
    result = next(r for r in results if any(m.matched for m in r.matches) and r.checks)
    m = next(m for m in result.matches if m.matched)
    r = m.requirement
    variants = [
        replace(m, requirement=replace(r, text='a "quoted" \\ text, ünïcode\t', line=r.line + 7)),
        replace(m, requirement=replace(r, tier=Tier.PREFERRED if r.tier is Tier.REQUIRED else Tier.REQUIRED)),
        replace(m, requirement=replace(r, soft=not r.soft)),
        replace(m, requirement=replace(r, min_years=(r.min_years or 0) + 3)),
        replace(m, requirement=replace(r, any_of=(*r.any_of, "Zig"))),
        replace(m, matched_by=None, evidence=None),
        replace(m, wording=("Something else",) * len(r.any_of)),
        replace(m, ats_term=None if m.ats_term else r.any_of[0]),
        replace(m, evidence=replace(m.evidence, line=m.evidence.line + 1, text="another line")),
    ]
    for variant in variants:
        changed = replace(result, matches=(*result.matches, variant))
        assert jsondoc.result_line("r.txt", changed)[1] == _plain_line("r.txt", changed)


@pytest.mark.parametrize("points", [0.0, 12.5, 1e-7, 3.0000000000000004, -0.0, float("inf"), float("nan")])
def test_a_fix_is_its_document_encoded(points):
    fix = Fix(tier=Tier.REQUIRED, any_of=("Go", "Rust"), wording=("golang", "Rust"), soft=False, points=points)
    for f in (fix, replace(fix, soft=True)):
        assert jsondoc._fix_json(f) == jsondoc.dumps(jsondoc.fix_doc(f), indent=None)


def test_a_candidate_line_is_the_whole_document_encoded(results):
    candidate = Candidate("resume.txt", 12, results[0])
    doc = {"schema_version": jsondoc.SCHEMA_VERSION, "type": "result", "resume": "resume.txt", "skills": 12}
    doc.update(jsondoc.result_doc(entry_of(1, results[0])))
    doc["rank"] = None
    assert jsondoc.candidate_line(candidate) == (results[0].score, jsondoc.dumps(doc, indent=None))


# -- fixes -------------------------------------------------------------------------------------------


def _plain_fixes(result: MatchResult) -> tuple[Fix, ...]:
    """The definition: groups by their set of alternatives, required if asked as required in any
    tier, the gain of meeting all of the group; required first, then by points."""
    groups: dict[frozenset[str], list[RequirementMatch]] = {}
    for m in result.matches:
        if not m.matched:
            groups.setdefault(frozenset(m.requirement.any_of), []).append(m)
    fixes = []
    for matches in groups.values():
        first = matches[0].requirement
        tier = Tier.REQUIRED if any(m.requirement.tier is Tier.REQUIRED for m in matches) else Tier.PREFERRED
        wording = matches[0].wording or first.any_of
        fixes.append(Fix(tier, first.any_of, wording, first.soft, gain(result, matches)))
    fixes.sort(key=lambda f: (f.tier is not Tier.REQUIRED, -f.points))
    return tuple(fixes)


def test_fixes_are_the_plain_fixes(results):
    for result in results:
        assert fixes_of(result) == _plain_fixes(result)


def test_a_group_asked_in_both_tiers_is_one_fix_in_the_higher(results):
    result = next(r for r in results if sum(not m.matched for m in r.matches) >= 2)
    unmet = [m for m in result.matches if not m.matched]
    first, second = unmet[0], unmet[1]
    # two alternatives asked as required, then in the other order as preferred; a single one
    # asked as preferred, then as required
    pair = replace(first, requirement=replace(first.requirement, any_of=("Zag", "Zog"), tier=Tier.REQUIRED))
    twin = replace(pair, requirement=replace(pair.requirement, any_of=("Zog", "Zag"), tier=Tier.PREFERRED))
    single = replace(second, requirement=replace(second.requirement, any_of=("Zig",), tier=Tier.PREFERRED))
    single_twin = replace(single, requirement=replace(single.requirement, tier=Tier.REQUIRED))
    changed = replace(result, matches=(*result.matches, pair, single, twin, single_twin))
    fixes = fixes_of(changed)
    assert fixes == _plain_fixes(changed)
    assert [f.tier for f in fixes if set(f.any_of) == {"Zag", "Zog"}] == [Tier.REQUIRED]
    assert [f.tier for f in fixes if f.any_of == ("Zig",)] == [Tier.REQUIRED]


# -- CSV rows --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cells",
    [["a", 1, 2.5, None, ""], ['say "hi"', "a,b", "line\nbreak", " lead", "ünï"], [], [""], ["x\r"]],
)
def test_a_record_is_what_a_csv_writer_writes(cells):
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    assert csvout._line(cells) == buffer.getvalue()


def test_a_match_row_is_the_reports_row(results):
    """The row made in the worker (no Entry, no rewordings) is the row of the report's CSV."""
    for result in results:
        score, path, title, understood, ats, record = csvout.match_row(result)
        report = build_report("r.txt", None, [result])
        assert csvout.ranked_rows([(1, record)]) == csvout.render_report(report)
        coverage = report.entries[0].coverage[Tier.REQUIRED]
        assert (score, path, title, understood, ats) == (
            result.score,
            result.posting.path,
            result.posting.title or "",
            coverage.understood,
            coverage.ats_exact,
        )


@pytest.mark.parametrize("record", ["", "1,2,3\n", 'ünï "q", 日本\n' * 40, "lone \udcff surrogate\n"])
def test_a_packed_record_is_the_record(record):
    packed = csvout._pack(record)
    assert isinstance(packed, bytes)
    assert csvout._unpack(packed) == record
    assert list(csvout.ranked_lines([(7, packed)]))[1] == f"7,{record}"


def test_a_row_names_the_first_check_of_a_name(results):
    result = next(r for r in results if r.knockouts)
    first = result.knockouts[0]
    other = replace(first, status=CheckStatus.UNKNOWN if first.status is not CheckStatus.UNKNOWN else CheckStatus.MET)
    changed = replace(result, knockouts=(first, other))
    cells = next(csv.reader(io.StringIO(csvout._unpack(csvout.match_row(changed)[5]))))
    column = csvout.MATCH_COLUMNS.index(f"{first.name}_check") - 1  # the record starts after the rank
    assert cells[column] == first.status.value


# -- the keyword search without a pattern per term ---------------------------------------------------


def _plain_contains(folded_text: str, term: str) -> bool:
    """The definition: the pattern, compiled for the term."""
    needle = match_module._folded(term)
    return bool(needle) and re.search(rf"(?<!\w){re.escape(needle)}(?:e?s)?(?!\w)", folded_text) is not None


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("built rest apis and more", "REST API"),
        ("rest apis", "REST API"),
        ("rest apises", "REST API"),
        ("rest apiss", "REST API"),
        ("rest apies", "REST API"),
        ("restful api", "REST"),
        ("c++ and c#", "C++"),
        ("c++x", "C++"),
        ("xc++", "C++"),
        ("asp.net core, .net 6", ".NET"),
        ("open source work", "open-source"),
        ("go_lang and go", "Go"),
        ("go_lang", "Go"),
        ("ruby/rails", "Rails"),
        ("kubernetes's api", "Kubernetes"),
        ("python3 python", "Python"),
        ("python3", "Python"),
        ("naïve café", "café"),
        ("cafés", "café"),
        ("caféx", "café"),
        ("2nd", "2"),
        ("x²", "x"),
        ("", "Go"),
        ("go", ""),
        ("goes", "go"),
        ("gogo go", "go"),
        ("sqlsql", "sql"),
        ("ses es s", "s"),
    ],
)
def test_the_keyword_search_is_the_pattern(text, term):
    assert match_module._contains(text, term) == _plain_contains(text, term)


def test_the_keyword_search_is_the_pattern_on_random_text():
    rng = random.Random(7)
    alphabet = ["a", "b", "s", "e", "es", " ", "-", "_", "+", ".", "1", "é", "²", "/", "ab"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16))).casefold()
        term = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4)))
        assert match_module._contains(match_module._folded(text), term) == _plain_contains(
            match_module._folded(text), term
        ), (text, term)


# -- plain lines are not normalised (nor cached) ----------------------------------------------------


_PIECES = ["a", "B", "1", " ", "  ", "\t", "*", "-", "- ", "* ", "•", "’", "“", "\u00a0", "\x1b[31m", "\x07", "ﬁ", "…"]


def test_a_plain_line_is_its_own_normal_form():
    rng = random.Random(11)
    plain = 0
    for _ in range(5000):
        line = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 6)))
        if text_module._plain(line):
            plain += 1
            assert text_module._normalize_line(line) == line, repr(line)
    assert plain > 500


def test_normalize_text_is_each_line_normalised_and_plain_lines_are_not_cached():
    rng = random.Random(12)
    lines = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 6))) for _ in range(400)]
    lines += ["Senior Python Developer", "- Docker and Kubernetes", "* Go", " * Rust", "trailing "]
    text_module._normalized.clear()
    assert text_module.normalize_text("\n".join(lines)) == "\n".join(text_module._normalize_line(x) for x in lines)
    assert "Senior Python Developer" not in text_module._normalized
    assert "- Docker and Kubernetes" not in text_module._normalized
    assert {"* Go", " * Rust", "trailing "} <= set(text_module._normalized)
    assert all(not text_module._plain(x) for x in text_module._normalized)


# -- the similarity's covered weights from the smaller side ------------------------------------------


def test_text_coverage_is_the_mass_coverage_from_either_side(vocab):
    every = frozenset(similarity.idf())
    bodies = [api.read_posting(str(p), vocab).body for p in sorted(POSTINGS.iterdir())]
    bodies.append("python " * 300 + "docker kubernetes")  # a count past the table of (1 + ln c)^2
    rng = random.Random(5)
    for body in bodies:
        posting_terms = sorted(similarity.posting_mass(body).weights)
        for terms in (
            frozenset(),
            frozenset(rng.sample(posting_terms, min(3, len(posting_terms)))) | {"zzz"},  # fewer terms than the posting
            every,  # more terms than the posting
            frozenset(rng.sample(sorted(every), 2000)),
        ):
            assert similarity.text_coverage(body, terms) == similarity.coverage(similarity.posting_mass(body), terms)
            assert similarity.text_coverage(body, set(terms)) == similarity.text_coverage(body, terms)


def test_the_similarity_keys_its_lines_by_the_parsers_strings(vocab):
    """A posting's body is split again for the similarity: its line cache must hold the parser's
    strings, not a second copy of every line (memory at 10,000 postings)."""
    path = sorted(POSTINGS.iterdir())[0]
    doc = loaders.load_document(str(path))
    doc = replace(doc, text=doc.text + "\nA line no posting had before: Rust and Elixir at scale.")
    posting = api.read_posting(doc, vocab)
    similarity.text_coverage(posting.body, frozenset())
    parsed = next(x for x in posting.body.split("\n") if x.startswith("A line no posting had"))
    held = {k: k for k in similarity._line_terms}[parsed]
    assert held is sys.intern(parsed)
    parser = posting_module._cache_of(vocab)
    assert any(info.stripped is held for info in parser.values())


def _plain_scored(posting) -> list:
    """The definition: each (tier, set of alternatives) once, context left out."""
    seen, out = set(), []
    for req in posting.requirements:
        key = (req.tier, frozenset(req.any_of))
        if req.tier is not Tier.CONTEXT and key not in seen:
            seen.add(key)
            out.append(req)
    return out


def test_scored_requirements_are_each_group_once_per_tier(vocab):
    postings = [api.read_posting(str(p), vocab) for p in sorted(POSTINGS.iterdir())]
    for posting in postings:
        assert match_module.scored_requirements(posting) == _plain_scored(posting)
    req = next(r for p in postings for r in p.requirements)
    extra = (
        replace(req, tier=Tier.REQUIRED, any_of=("Zag", "Zog")),
        replace(req, tier=Tier.REQUIRED, any_of=("Zog", "Zag")),  # the same group
        replace(req, tier=Tier.PREFERRED, any_of=("Zog", "Zag")),  # another tier
        replace(req, tier=Tier.REQUIRED, any_of=("Zig",)),
        replace(req, tier=Tier.REQUIRED, any_of=("Zig",), line=99),  # the same group
        replace(req, tier=Tier.CONTEXT, any_of=("Zug",)),
    )
    posting = replace(postings[0], requirements=(*postings[0].requirements, *extra))
    scored = match_module.scored_requirements(posting)
    assert scored == _plain_scored(posting)
    assert [r.any_of for r in scored[-3:]] == [("Zag", "Zog"), ("Zog", "Zag"), ("Zig",)]
