"""The fast paths of the 1 resume x many postings pipeline give what the plain definitions give:
one-pass coverage, memoised fix gains, the matcher's requirement cache, the loader's sized read
and NUL-free decoding, the tokenizer, the slotted index entries."""

from __future__ import annotations

import pickle
import re
from dataclasses import replace

import pytest
from conftest import POSTINGS, RESUMES

from jobmatch import api
from jobmatch import posting as posting_module
from jobmatch.config import SCORING
from jobmatch.loaders import decode_text, load_document
from jobmatch.match import resume_matcher, scored_requirements
from jobmatch.models import Document, MatchResult, RequirementMatch, Tier
from jobmatch.report import coverage_of, fixes_of
from jobmatch.scoring import _points, ats_coverage, coverage, gain, gains, tier_coverage
from jobmatch.similarity import coverage as mass_coverage
from jobmatch.similarity import posting_mass, text_coverage
from jobmatch.vocabulary import Entry, Token, Vocabulary, fold, tokenize


def _plain_gain(result: MatchResult, met: list[RequirementMatch]) -> float:
    """The definition: the points the parts would gain, part by part."""
    extra = {Tier.REQUIRED: 0.0, Tier.PREFERRED: 0.0}
    for m in met:
        if not m.matched and m.requirement.tier in extra:
            extra[m.requirement.tier] += SCORING.soft_weight if m.requirement.soft else 1.0
    total = 0.0
    for tier, added in extra.items():
        part = result.part(tier.value)
        if not added or part is None or not part.total or part.met is None:
            continue
        total += _points(part.weight, min(1.0, (part.met + added) / part.total)) - part.points
    return round(total, 1)


def test_one_pass_coverage_is_the_coverage_of_each_tier(results):
    for result in results:
        by_tier = tier_coverage(result.matches, SCORING.soft_weight)
        cover = coverage_of(result)
        for tier, (met, total) in zip((Tier.REQUIRED, Tier.PREFERRED), by_tier, strict=True):
            matches = [m for m in result.matches if m.requirement.tier is tier]
            assert (met, total) == coverage(matches, SCORING.soft_weight)
            assert (cover[tier].met, cover[tier].total) == (met, total)
            assert cover[tier].ats_met == ats_coverage(matches, SCORING.soft_weight)


def test_memoised_gains_are_the_plain_gains(results):
    checked = 0
    for result in results:
        unmet = [m for m in result.matches if not m.matched]
        gain_of = gains(result)
        for group in ([m] for m in unmet):
            assert gain_of(group) == gain(result, group) == _plain_gain(result, group)
            checked += 1
        assert gain_of(unmet) == _plain_gain(result, unmet)
    assert checked > 20


def test_fixes_are_required_first_then_by_points(results):
    for result in results:
        fixes = fixes_of(result)
        keys = [(0 if f.tier is Tier.REQUIRED else 1, -f.points) for f in fixes]
        assert keys == sorted(keys)


def test_the_matcher_cache_gives_what_a_fresh_match_gives(vocab):
    profile = api.read_resume(str(RESUMES / "strong_backend.txt"), vocab)
    posting = api.read_posting(str(sorted(POSTINGS.iterdir())[0]), vocab)
    assert not isinstance(posting, api.InputError)
    requirements = scored_requirements(posting)
    matcher = resume_matcher(profile, vocab)
    first = matcher.match(requirements)
    again = matcher.match(requirements)  # from the cache
    fresh = type(matcher)(profile, vocab).match(requirements)
    assert first == again == fresh
    moved = [replace(r, line=r.line + 100) for r in requirements]  # the line is not part of the key
    assert [m.requirement.line for m in matcher.match(moved)] == [r.line for r in moved]


def test_text_coverage_with_a_word_repeated_hundreds_of_times():
    text = "python " * 300 + "\nkubernetes docker\nsql"
    terms = frozenset({"python", "sql"})
    assert text_coverage(text, terms) == mass_coverage(posting_mass(text), terms)


@pytest.mark.parametrize("size", [1, 5000, 8192, 8193, 20000])
def test_the_sized_read_reads_the_whole_file(tmp_path, size):
    path = tmp_path / "posting.txt"
    body = ("Python and SQL. " * (size // 16 + 1))[:size]
    path.write_text(body, encoding="utf-8")
    assert load_document(str(path)).text == body.rstrip()


def test_the_file_limit_still_holds_at_one_byte_past_it(tmp_path, monkeypatch):
    monkeypatch.setenv("JOBMATCH_MAX_FILE_MB", str(1000 / (1024 * 1024)))
    at_limit, past = tmp_path / "a.txt", tmp_path / "b.txt"
    at_limit.write_bytes(b"x" * 1000)
    past.write_bytes(b"x" * 1001)
    assert load_document(str(at_limit)).text == "x" * 1000
    with pytest.raises(api.InputFileError, match="too large"):
        load_document(str(past))


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"Python, SQL", "Python, SQL"),
        ("\ufeffCafé".encode(), "Café"),
        ("Café".encode("cp1252"), "Café"),
        ("Python and SQL".encode("utf-16-le"), "Python and SQL"),
        ("Python and SQL".encode("utf-16-be"), "Python and SQL"),
    ],
)
def test_decoding_with_and_without_nul_bytes(data, text):
    assert decode_text("x.txt", data) == text


def test_binary_data_is_still_refused():
    with pytest.raises(api.InputFileError, match="not a text file"):
        decode_text("x.txt", b"\x89PNG\x00\x01\x02\x03 binary")


def test_tokens_are_tokens():
    tokens = tokenize("Node.js, C++ and CI/CD; Kubernetes's APIs")
    assert all(isinstance(t, Token) for t in tokens)
    assert [t.text for t in tokens] == ["Node.js", "C++", "and", "CI", "/", "CD", "Kubernetes's", "APIs"]
    assert [t.key for t in tokens] == [fold(t.text) for t in tokens]
    assert tokens[0] == Token(fold("Node.js"), "Node.js", 0, 7)


def test_a_word_that_is_its_own_key_is_kept_once():
    word = "".join(["zyxw", "vutsr"])  # a new string, as a token of a line is, folded the first time
    assert fold(word) is word and fold("".join(["Data", "bases"])) == "database"


def test_index_entries_pickle_and_stay_frozen(vocab):
    entry = next(iter(vocab.index.values()))
    assert pickle.loads(pickle.dumps(entry)) == entry
    assert not hasattr(entry, "__dict__")
    with pytest.raises(AttributeError):
        entry.strict = True  # type: ignore[misc]
    built = Vocabulary(
        [{"name": "Go", "category": "language", "strict": ["Go"]}, {"name": "Python", "category": "language"}]
    )
    assert built.strict_forms(built.get("Go")) == frozenset({"Go"})  # type: ignore[arg-type]
    assert built.strict_forms(built.get("Python")) == frozenset()  # type: ignore[arg-type]
    assert pickle.loads(pickle.dumps(built)).index == built.index
    assert isinstance(entry, Entry)


# -- the posting parser's per-line cache ---------------------------------------------------------------


def _fresh_parse(doc, vocab):
    posting_module._caches.clear()  # nothing remembered from another posting
    return posting_module.parse_posting(doc, vocab)


def test_cached_lines_give_what_a_fresh_parse_gives(vocab):
    docs = [load_document(str(p)) for p in sorted(POSTINGS.iterdir())]
    fresh = [_fresh_parse(doc, vocab) for doc in docs]
    posting_module._caches.clear()
    for _ in range(2):  # the second round from the cache only
        assert [posting_module.parse_posting(doc, vocab) for doc in docs] == fresh
    # the same lines at other numbers: the requirements carry their own line numbers
    for doc, expected in zip(docs, fresh, strict=True):
        moved = posting_module.parse_posting(replace(doc, text="\n\n\n" + doc.text), vocab)
        assert [r.line for r in moved.requirements] == [r.line + 3 for r in expected.requirements]
        assert moved == _fresh_parse(replace(doc, text="\n\n\n" + doc.text), vocab)


def test_a_result_shared_between_postings_is_never_changed(vocab):
    shared = "- 5+ years of Python and PostgreSQL; a BS in Computer Science"
    one = Document("one.md", f"# Backend Engineer\n## Requirements\n{shared}\n- Docker", "markdown")
    two = Document("two.md", f"# Data Engineer\n## Requirements\n{shared}\n- Kubernetes or AWS", "markdown")
    posting_module._caches.clear()
    first = posting_module.parse_posting(one, vocab)
    snapshot = pickle.loads(pickle.dumps(first))
    second = posting_module.parse_posting(two, vocab)
    again = posting_module.parse_posting(one, vocab)
    assert first == snapshot == again  # parsing another posting with the same line changed nothing
    assert second.requirements[0] is first.requirements[0]  # the same line at the same number: shared
    assert [r.any_of for r in second.requirements] == [("Python",), ("PostgreSQL",), ("Kubernetes", "AWS")]
    assert second.degree == first.degree == "bachelor" and second.min_years == first.min_years == 5
    assert posting_module._LineResult() == posting_module._NOTHING  # the shared empty result stays empty


def test_a_line_read_in_other_contexts_gets_the_result_of_each(vocab):
    # a segment keeps the result of its first context inline and the others apart (_Segment.others)
    shared = "- Kubernetes or AWS, 3+ years"
    texts = [
        f"# Job\n## Requirements\n{shared}",
        f"# Job\n## Nice to have\n{shared}",
        f"# Job\n## Requirements\nPython\n{shared}",  # the same context at another line
        f"Intro line\n{shared}",  # no headings
        f"# Job\n## Nice to have\n{shared}",
    ]
    docs = [Document(f"{i}.md", text, "markdown") for i, text in enumerate(texts)]
    fresh = [_fresh_parse(doc, vocab) for doc in docs]
    posting_module._caches.clear()
    for _ in range(2):
        assert [posting_module.parse_posting(doc, vocab) for doc in docs] == fresh
    assert {r.tier for p in fresh for r in p.requirements} == {Tier.REQUIRED, Tier.PREFERRED}
    segment = posting_module._caches[id(vocab)][1][shared].segments[0]  # type: ignore[index]
    assert segment.others is not None and len(segment.others) >= 1


def _plain_abbreviation(word: str) -> bool:
    return word in ("e.g", "i.e", "etc", "incl", "vs", "approx", "inc", "co", "jr", "sr", "dr", "st") or len(word) <= 1


def _plain_clauses(line: str, start: int) -> list[tuple[int, int]]:
    """The clause split character by character, as it was written first."""
    bounds: list[tuple[int, int]] = []
    depth, begin = 0, start
    for i in range(start, len(line)):
        ch = line[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and (
            ch == ";"
            or (
                ch in ".!?"
                and i + 2 < len(line)
                and line[i + 1] == " "
                and line[i + 2].isupper()
                and not _plain_abbreviation(line[:i].split()[-1].lower() if line[:i].split() else "")
            )
        ):
            bounds.append((begin, i))
            begin = i + 1
    bounds.append((begin, len(line)))
    return [(a, b) for a, b in bounds if line[a:b].strip()]


def test_the_clause_split_looks_at_the_characters_that_matter():
    import random

    rng = random.Random(7)
    pieces = ["Python", "e.g.", " ", ". ", "; ", "(", ")", "[", "]", "! ", "? ", "A", "x", "etc.", "Go", "  ", "Dr."]
    lines = ["", " . A", "Use Go. Then Rust; (a. B) [c; d] e.g. Java. X"]
    lines += [line for p in sorted(POSTINGS.iterdir()) for line in load_document(str(p)).lines]
    lines += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    for line in lines:
        for start in {0, min(3, len(line)), len(line) // 2}:
            assert posting_module._clauses(line, start) == _plain_clauses(line, start), (line, start)


def test_mentions_without_misspellings_are_the_mentions_with_them_less_the_fuzzy_ones(vocab):
    from jobmatch import extract
    from jobmatch.models import Method

    lines = [line for p in sorted(POSTINGS.iterdir()) for line in load_document(str(p)).lines]
    lines += ["Kubernates and Postgress, Go or Rust", "Experience with Pyhton (Djnago), REST of the team"]
    for line in lines:
        extract._line_caches.clear()
        direct = extract.extract_line(line, 3, vocab, fuzzy=False)  # computed
        extract._line_caches.clear()
        with_fuzzy = extract.extract_line(line, 3, vocab, fuzzy=True)
        derived = extract.extract_line(line, 3, vocab, fuzzy=False)  # from the fuzzy entry
        assert derived == direct == [m for m in with_fuzzy if m.method is not Method.FUZZY], line
    assert any(m.method is Method.FUZZY for m in extract.extract_line(lines[-2], 1, vocab))


# -- cheap pre-checks in front of costly patterns: each must answer as the plain pattern does --------


def _real_lines() -> list[str]:
    """Lines of real postings: the fixtures and the SkillSpan postings (tests/data/skillspan)."""
    import json
    from pathlib import Path

    lines = [line for p in sorted(POSTINGS.iterdir()) for line in load_document(str(p)).lines]
    path = Path(__file__).parent / "data" / "skillspan" / "skillspan_train_dev_postings.jsonl"
    with path.open(encoding="utf-8") as handle:
        for record in handle:
            lines.extend(json.loads(record)["sentences"])
    return lines


def _varied(lines: list[str]) -> list[str]:
    """The lines, and each one upper-cased, title-cased and with words the pre-checks look for
    put in at random places (in varied case), so that they also see the patterns' near misses."""
    import random

    rng = random.Random(11)
    words = ["years", "Yrs", "YEAR", "yr", "year-old", "5+ years", "two (2) years", "Requirements:", "Bonus:", ":",
             "Nice to have :", "ſ", "K", "ı", "İ", "3 yrs.", "ye ar", "y\u0301ears"]
    out = []
    for line in lines:
        out += [line, line.upper(), line.title()]
        cut = rng.randint(0, len(line))
        out.append(line[:cut] + rng.choice(words) + line[cut:])
    return out


def test_the_years_pre_check_answers_as_the_pattern():
    from jobmatch.posting import _YEARS, _may_name_years, find_years

    # the letters of "year" and "yr": under re.I only their ASCII forms match them, and those are
    # what str.lower() turns them into (so the pre-check on the lower-cased text never misses one)
    for letter in "year":
        for code in range(0x110000):
            char = chr(code)
            if re.fullmatch(letter, char, re.I):
                assert char.lower() == letter, (letter, hex(code))
    lines = _varied(_real_lines())
    asking = 0
    for line in lines:
        found = _YEARS.search(line) is not None
        assert not found or _may_name_years(line), line
        values = [posting_module._years_value(m.group("a")) for m in _YEARS.finditer(line)]
        values = [v for v in values if 0 < v <= 30]
        assert find_years(line) == (int(min(values)) if values else None), line
        asking += found
    assert asking > 200  # the lines do ask for years, often


def test_the_inline_heading_pre_check_answers_as_the_pattern():
    from jobmatch.posting import _INLINE_HEADING

    lines = _varied(_real_lines())
    labelled = 0
    for line in lines:
        if _INLINE_HEADING.search(line) is not None:
            assert ":" in line, line
            labelled += 1
    assert labelled > 200


def test_the_title_from_the_parser_cache_is_the_title_read_afresh():
    import json
    from pathlib import Path

    documents = [load_document(str(p)).lines for p in sorted(POSTINGS.iterdir())]
    path = Path(__file__).parent / "data" / "skillspan" / "skillspan_train_dev_postings.jsonl"
    with path.open(encoding="utf-8") as handle:
        documents += [json.loads(record)["sentences"] for record in handle]
    documents += [["", "We are seeking a Senior Backend Engineer to join"], ["Position: QA Lead", "# Jobs"], []]
    cache: dict = {}
    afresh = [posting_module._title_and_line(lines) for lines in documents]
    for _ in range(2):  # the second round from the cache
        assert [
            posting_module._title_and_line(lines, posting_module._line_infos(lines, cache)) for lines in documents
        ] == afresh
    assert sum(title is not None for title, _line in afresh) > 50  # the postings do have titles


# -- the guarded patterns of the posting parser (posting._Guard): a pre-check that says "no match"
# wrongly would silently drop a requirement, so each guard is held against its patterns


def _guard_names() -> list[str]:
    return [
        name for name, value in vars(posting_module).items() if isinstance(value, posting_module._Guard)
    ]


def test_every_guard_is_checked_here():
    assert len(_guard_names()) == len(posting_module._GUARDS) >= 12


@pytest.mark.parametrize("name", _guard_names())
def test_a_guard_never_refuses_a_text_its_patterns_match(name):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    guard = getattr(posting_module, name)
    # non-ASCII text always goes to the pattern (re.I folds 'ſ', the Kelvin sign, 'İ' to ASCII letters)
    assert guard.may_match("\u017f") and guard.may_match("\u212a") and guard.may_match("\u0130")
    # generated matches, each pattern alone and inside other ASCII text
    ascii_text = st.text(st.characters(max_codepoint=127), max_size=20)
    # (in ASCII, and the characters of the exact words: the bullets of _INLINE_BULLET are none)
    alphabet = st.characters(max_codepoint=127) | st.sampled_from(sorted(set("".join(guard.exact))) or ["a"])
    matches = st.one_of([st.from_regex(pattern, alphabet=alphabet) for pattern in guard.patterns])

    @settings(max_examples=400, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.tuples(ascii_text, matches, ascii_text))
    def matches_pass(parts: tuple[str, str, str]) -> None:
        text = "".join(parts)
        if any(pattern.search(text) for pattern in guard.patterns):
            assert guard.may_match(text), text

    matches_pass()
    # real lines, varied
    for line in _varied(_real_lines()):
        if any(pattern.search(line) for pattern in guard.patterns):
            assert guard.may_match(line), line


@pytest.mark.parametrize(
    "name", [n for n in _guard_names() if isinstance(getattr(posting_module, n), posting_module._Guarded)]
)
def test_a_guarded_pattern_answers_as_its_pattern(name):
    guarded = getattr(posting_module, name)
    pattern = guarded.pattern
    for line in _varied(_real_lines())[::3] + ["• a ▪ b", "Experience: 5 years", "**Bold** `code` _x_"]:
        assert _span(guarded.search(line)) == _span(pattern.search(line))
        assert _span(guarded.search(line, 3, 40)) == _span(pattern.search(line, 3, 40))
        assert _span(guarded.match(line)) == _span(pattern.match(line))
        assert [m.span() for m in guarded.finditer(line, 2)] == [m.span() for m in pattern.finditer(line, 2)]
        assert guarded.sub("#", line) == pattern.sub("#", line)


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()
