"""The fast paths of posting parsing and loading give what the plain definitions give: the
misspelling lookup that scores same-letter names first, the tokenizer's pattern, the parser's
loop over cached lines (results made for other line numbers, lead-in lines, labels among the
benefits), the pre-check that passes over lines asking for nothing, ..."""

from __future__ import annotations

import random
import re
import string

import pytest
from conftest import POSTINGS, RESUMES
from rapidfuzz import fuzz, process

from jobmatch import extract
from jobmatch import posting as posting_module
from jobmatch.config import MATCHING
from jobmatch.models import TRAIT, Document, Posting, Section, Skill
from jobmatch.posting import _NOTHING, find_degrees, find_years
from jobmatch.vocabulary import TOKEN_RE, Token, Vocabulary, fold, tokenize


def _plain_fuzzy_lookup(word: str, vocab: Vocabulary) -> tuple[Skill, float] | None:
    """The definition: the best of all names, if it keeps the first letter and the length, and is
    no other form of the word (same stem, or a French plural in "x")."""
    keys, skills = extract._fuzzy_table(vocab)
    best = process.extractOne(word, keys, scorer=fuzz.ratio, score_cutoff=MATCHING.fuzzy_cutoff, processor=None)
    if best is None:
        return None
    choice, score, index = best
    if (
        choice[0] == word[0]
        and abs(len(choice) - len(word)) <= 2
        and choice != word
        and extract._stem(choice) != extract._stem(word)
        and word != choice + "x"
    ):
        return skills[index], float(score)
    return None


def _fixture_words() -> set[str]:
    words = set()
    for path in [*POSTINGS.iterdir(), *RESUMES.iterdir()]:
        if path.suffix in (".txt", ".md"):
            words.update(t.text.lower() for t in tokenize(path.read_text(encoding="utf-8")))
    return {w for w in words if len(w) >= MATCHING.fuzzy_min_length and w.isalpha()}


def test_the_misspelling_lookup_is_the_best_of_all_names(vocab):
    keys = extract._fuzzy_table(vocab)[0]
    rnd = random.Random(7)
    words = _fixture_words() | set(keys)
    for key in keys:  # one edit away: the misspellings that are found, and some that are not
        for _ in range(4):
            chars, at = list(key), rnd.randrange(len(key))
            edit = rnd.randrange(4)
            if edit == 0:
                chars[at] = rnd.choice(string.ascii_lowercase)
            elif edit == 1:
                del chars[at]
            elif edit == 2:
                chars.insert(at, rnd.choice(string.ascii_lowercase))
            else:
                chars[0] = rnd.choice(string.ascii_lowercase)  # another first letter
            words.add("".join(chars))
    found = 0
    for word in sorted(w for w in words if w):
        extract._fuzzy_cache.clear()
        expected = _plain_fuzzy_lookup(word, vocab)
        assert extract._fuzzy_lookup(word, vocab) == expected, word
        found += expected is not None
    assert found > 100  # the test saw hits, not only misses


# the tokenizer's pattern as first written: one character at a time, never after a letter or digit
_PLAIN_TOKEN = re.compile(r"(?<![^\W_])\.?[^\W_](?:[^\W_]|[.'](?=[^\W_]))*[+#]*|[/&]")


def _plain_tokens(text: str) -> list[Token]:
    return [Token(fold(m.group()), m.group(), m.start(), m.end()) for m in _PLAIN_TOKEN.finditer(text)]


@pytest.mark.parametrize(
    "text",
    ["Node.js, C++ and CI/CD; Kubernetes's APIs", "a..b .NET x.'y 1.5 C#D a_b_c don't 'quoted' R&D", "é.ü'ß Ω", ""],
)
def test_the_tokenizer_is_the_plain_tokenizer(text):
    assert tokenize(text) == _plain_tokens(text)


def test_the_tokenizer_pattern_finds_what_the_plain_pattern_finds():
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    # the characters that matter (letters, digits, underscore, the joining and trailing marks),
    # a few others, and any character now and then
    alphabet = st.sampled_from(list("aZ9_.'+#/&- ,()é\u0301")) | st.characters()

    @settings(max_examples=2000, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.text(alphabet, max_size=30))
    def same(text: str) -> None:
        assert [m.span() for m in TOKEN_RE.finditer(text)] == [m.span() for m in _PLAIN_TOKEN.finditer(text)]
        assert tokenize(text) == _plain_tokens(text)

    same()
    for path in [*POSTINGS.iterdir(), *RESUMES.iterdir()]:
        if path.suffix in (".txt", ".md"):
            text = path.read_text(encoding="utf-8")
            assert tokenize(text) == _plain_tokens(text)


# -- the posting parser's loop over cached lines ------------------------------------------------------


def _fresh_parse(doc: Document, vocab: Vocabulary) -> Posting:
    posting_module._caches.clear()  # nothing remembered from another posting
    return posting_module.parse_posting(doc, vocab)


def test_cached_lines_at_other_numbers_give_what_a_fresh_parse_gives(vocab):
    lead_in = "- Experience with one of the following:"
    label = "- Experience: 5+ years"
    own_lead_in = "- 3+ years of Python and one of the following:"
    texts = [
        f"# Job\n## Requirements\n{lead_in}\n- Kafka\n- RabbitMQ\n\n## Benefits\n{label}",
        f"# Job\n\n## Requirements\n- Python\n{lead_in}\n- Kafka\n- RabbitMQ\n## Benefits\n- Pension\n{label}",
        f"# Job\n## Requirements\n{lead_in}\n\n## Benefits\n{label}",  # a lead-in without items: its own line
        f"# Job\n## Requirements\n- Python\n- Go\n{lead_in}\n\n- Kafka or AWS\n## Perks\n{label}\n{label}",
        "Docker and Kubernetes\nDocker and Kubernetes\n- Python\nDocker and Kubernetes",  # a line twice, no headings
        f"# Job\n## Requirements\n{own_lead_in}\n\n## Benefits\n{label}",  # a lead-in asking for a skill itself
        f"# Job\n## Requirements\n- Go\n- Rust\n{own_lead_in}\n## Benefits\n{label}",
    ]
    docs = [Document(f"{i}.md", text, "markdown") for i, text in enumerate(texts)]
    fresh = [_fresh_parse(doc, vocab) for doc in docs]
    assert [p.min_years for p in fresh[:4]] == [5, 5, 5, 5]
    assert fresh[2].requirements == () and [r.line for r in fresh[1].requirements] == [4, 5]
    assert [r.line for r in fresh[4].requirements if r.any_of == ("Docker",)] == [2, 4]  # (1: the title)
    assert [(r.any_of, r.line) for p in fresh[5:] for r in p.requirements if r.min_years] == [(("Python",), 3)] + [
        (("Python",), 5)
    ]
    posting_module._caches.clear()
    for _ in range(2):  # in every order, the second round from the cache only
        assert [posting_module.parse_posting(doc, vocab) for doc in docs] == fresh
        assert [posting_module.parse_posting(doc, vocab) for doc in reversed(docs)] == fresh[::-1]


def test_the_pre_check_passes_over_only_lines_that_ask_for_nothing(vocab):
    # _parse_line reads a line only when it names a skill, years or a degree: in any section, it
    # gives what the line read in full gives, and the lines passed over ask for nothing
    from test_perf_paths import _real_lines, _varied

    kinds = [posting_module.REQUIRED, posting_module.PREFERRED, posting_module.CONTEXT, posting_module.EDUCATION]
    sections = [Section(None, posting_module.UNKNOWN, 1)] + [Section("Heading", kind, 1) for kind in kinds]
    passed = 0
    for line in _varied(_real_lines())[::7]:
        mentions = [m for m in extract.extract_line(line, 1, vocab) if m.skill.category != TRAIT]
        nothing = not mentions and not find_years(line) and not find_degrees(line)
        passed += nothing
        for section in sections:
            for has_headings in (False, True):
                read = posting_module._read_line(line, 1, section, vocab, has_headings, mentions)
                assert posting_module._parse_line(line, 1, section, vocab, has_headings) == read, line
                assert read == _NOTHING or not nothing, line
    assert passed > 1000


def test_a_guarded_search_asked_again_answers_as_its_pattern():
    # _Guarded.search keeps its last answer: the same text again (equal, not only the same object),
    # another text, or other bounds each get the pattern's answer
    guarded = posting_module._PREFERRED_MARK
    texts = ["Docker is a plus", "Docker is a plus", "".join(["Docker is ", "a plus"]), "Docker", "Docker is a plus"]
    for text in texts * 2:
        for pos, endpos in [(0, 100), (0, 100), (3, 100), (0, 12), (10, 16), (0, 100)]:
            found, expected = guarded.search(text, pos, endpos), guarded.pattern.search(text, pos, endpos)
            assert (found and found.span()) == (expected and expected.span()), (text, pos, endpos)
        assert (guarded.search(text) or None) == (guarded.search(text) or None)
    assert guarded.search("") is None and guarded.search("a plus") is not None


def _plain_years(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in posting_module._YEARS.finditer(text)]


def test_the_years_scan_leaves_out_only_what_no_match_can_use():
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
    from test_perf_paths import _real_lines, _varied

    years, scan = posting_module._YEARS, posting_module._years_scan

    def scanned(line: str) -> list[tuple[int, int]]:
        return [m.span() for m in years.finditer(line, *scan(line))]

    # the longest match there can be with single spaces: the reach is no shorter
    longest = "fifteen (fifteen) (or greater) to fifteen (fifteen) + full-time years"
    assert years.fullmatch(longest) and len(longest) - len("years") == posting_module._YEARS_REACH
    assert scan("x" * 100 + " " + longest + " in business" + " x" * 50) == (101, 101 + len(longest) + 13)
    assert scan("  " + longest) == (0, 2 + len(longest)) and scan("\u00e9 " + longest)[0] == 0
    # what the pattern looks at past "years" is in the scan
    for tail in [" old", " ago", " of age", " in business", " history", "x", "s", "", " in busines", " in  business"]:
        for head in ["5 years", "x 10 yrs", "five (5) years", "3 to 5 year"]:
            line = "Some words " + head + tail + " and more words"
            assert scanned(line) == _plain_years(line), line
    lines = [line for line in _varied(_real_lines())[::3] if posting_module._may_name_years(line)]
    for line in lines:
        assert scanned(line) == _plain_years(line), line
    assert len(lines) > 200

    text = st.text(st.sampled_from(list("yYrRsS ()+-.2x\t")), max_size=30) | st.sampled_from(
        [" old", " ago", " of age", " in business", " history"]
    )

    @settings(max_examples=500, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(st.one_of(text, st.from_regex(years, alphabet=st.characters(max_codepoint=127))), max_size=4))
    def same(parts: list[str]) -> None:
        line = "".join(parts)
        if posting_module._may_name_years(line):
            assert scanned(line) == _plain_years(line), line

    same()


def _plain_about_the_employer(text: str, section: Section, mentions: list, offset: int) -> bool:
    """The definition, in its first order: a sentence addressing the job is never about the employer."""
    pm = posting_module
    if pm._ADDRESSES_JOB.search(text):
        return False
    if section.kind in (pm.CONTEXT, pm.UNKNOWN) and section.heading and pm._EMPLOYER_HEADING.match(section.heading):
        return True
    if pm._EMPLOYER_SUBJECT.match(text):  # (unless the sentence asks: marks or years)
        return not (pm._REQUIRED_MARK.search(text) or pm._PREFERRED_MARK.search(text) or pm.find_years(text))
    named = pm._NAMED_EMPLOYER.match(text)
    return (
        named is not None
        and not pm._JOB_SUBJECT.search(named.group("subject") or "")
        and not any(m.start < offset + max(named.end("subject"), 0) for m in mentions)
        and not (pm._REQUIRED_MARK.search(text) or pm._PREFERRED_MARK.search(text))
    )


def test_the_employer_test_scans_for_the_job_last_and_answers_as_before(vocab):
    from test_perf_paths import _real_lines, _varied

    lines = _varied(_real_lines())[::5] + ["We are a fast-growing team using Python", "Acme builds Java tools for you"]
    sections = [
        Section(h, k, 1)
        for h, k in [
            (None, posting_module.UNKNOWN),
            ("About us", posting_module.CONTEXT),
            ("Requirements", posting_module.REQUIRED),
        ]
    ]
    about = 0
    for line in lines:
        mentions = extract.extract_line(line, 1, vocab)
        for section in sections:
            expected = _plain_about_the_employer(line, section, mentions, 0)
            assert posting_module._about_the_employer(line, section, mentions, 0) == expected, line
            about += expected
    assert about > 100


def test_a_long_run_together_line_is_read_in_pieces_no_longer_than_itself():
    """Each inline section of a line is parsed as its own text, not padded out to the line's
    offsets: a run-together posting of a thousand inline sections (a page pasted onto one line)
    would otherwise cost the square of its length in time and memory (2 MB: minutes and 2 GB)."""
    unit = "Requirements: 3+ years of Python and SQL. Nice to have: Docker or Kubernetes. "
    line = unit * 200
    info = posting_module._LineInfo(line)
    _text, segments = posting_module._cached_segments(line, info)
    assert len(segments) >= 400
    assert sum(len(s.part) for s in segments) <= len(line)
