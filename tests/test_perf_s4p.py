"""The speed paths of the posting parser and the loaders (second pass of issue 7): each shortcut
gives what the plain code gives."""

from __future__ import annotations

import random
import re

import pytest

from jobmatch import posting as posting_module
from jobmatch.models import Document


def test_a_guard_lowers_each_text_for_itself(monkeypatch):
    monkeypatch.setattr(posting_module, "_GUARDS", [])  # (these guards are the test's own)
    # guards reuse the lower case of the text the last guard lowered: another text, or an equal
    # text that is another object, must never be read as the last one
    guard = posting_module._Guard((), ("python",), ())
    other = posting_module._Guard((), ("java",), ("GED",))
    assert guard.may_match("Senior PYTHON developer")
    assert not guard.may_match("Senior Java developer")
    assert other.may_match("Senior Java developer")
    assert not guard.may_match("Senior Java developer")
    assert other.may_match("A GED or equivalent") and not other.may_match("a ged or equivalent")
    text = "".join(["Py", "thon"])
    assert guard.may_match(text) and guard.may_match("".join(["PY", "THON"]))
    assert not guard.may_match("".join(["Ja", "va"]))
    # a guard with exact words only never lowers the text
    exact = posting_module._Guard((), (), ("MS", "MA"))
    assert exact.may_match("an MS in Physics") and not exact.may_match("an ms in physics")


def test_the_fields_after_each_kind_of_degree_are_no_skills(vocab):
    # _outside_degrees scans only with the patterns whose guard lets the line through: each level's
    # pattern still finds its degree, and the field after it is dropped, the tools kept
    from jobmatch.extract import extract_line

    cases = [
        "PhD in Statistics, and 3+ years with Python",
        "MS in Statistics, and 3+ years with Python",
        "Master's degree in Statistics, and 3+ years with Python",
        "M.Tech in Statistics, and 3+ years with Python",
        "Bachelor's degree in Statistics, and 3+ years with Python",
        "BS in Statistics, and 3+ years with Python",
        "B.Tech in Statistics, and 3+ years with Python",
        "Associate degree in Statistics, and 3+ years with Python",
        "A degree in Statistics, and 3+ years with Python",
    ]
    for line in cases:
        mentions = extract_line(line, 1, vocab)
        assert {m.skill.name for m in mentions} >= {"statistics", "Python"}, line
        kept = posting_module._outside_degrees(line, 0, len(line), mentions)
        assert [m.skill.name for m in kept] == ["Python"], line
    line = "3+ years with Python and statistics"  # no degree: nothing dropped
    mentions = extract_line(line, 1, vocab)
    assert posting_module._outside_degrees(line, 0, len(line), mentions) == mentions


def test_line_breaks_of_every_kind_are_one():
    # normalize_text replaces "\r\n" and "\r" only when the text has a "\r" (most have none)
    from jobmatch.text import normalize_text

    assert normalize_text("Python\r\nJava\rGo\n\rRust") == "Python\nJava\nGo\n\nRust"
    assert normalize_text("Python\nJava") == "Python\nJava"
    assert normalize_text("a\r") == "a\n"


def _lowered_patterns() -> list[tuple[str, object, object]]:
    """(name, pattern, lowered form) of each pattern the parser searches by way of its lowered
    form: the guarded ones that have one, and the pattern of years and of inline headings."""
    found = [
        (name, value.pattern, value.lowered)
        for name, value in vars(posting_module).items()
        if isinstance(value, posting_module._Guarded) and value.lowered is not None
    ]
    found.append(("_YEARS", posting_module._YEARS, posting_module._YEARS_LOWERED))
    found.append(("_INLINE_HEADING", posting_module._INLINE_HEADING, posting_module._INLINE_HEADING_LOWERED))
    return found


def _described(matches) -> list[tuple]:
    return [(m.span(), m.groups(), m.groupdict()) for m in matches]


def test_the_case_insensitive_patterns_have_lowered_forms():
    names = {name for name, _pattern, lowered in _lowered_patterns() if lowered is not None}
    assert {"_PREFERRED_MARK", "_NEGATION", "_REQUIREMENT_CUE", "_POSTFIX_MARK", "_YEARS", "_INLINE_HEADING"} <= names
    # (a pattern with a part in its own case has none: "J.D." is a degree, "j.d." is not)
    assert posting_module._PHD_DEGREE.lowered is None
    assert posting_module._lowered_form(re.compile(r"\bGo\b")) is None  # (no re.I)
    lowered = posting_module._lowered_form(re.compile(r"(?P<Word>\S+)\W+\B(?P=Word)", re.I))
    assert lowered is not None and lowered.pattern == r"(?P<word>\S+)\W+\B(?P=word)"


@pytest.mark.parametrize("name", [name for name, _p, _l in _lowered_patterns()])
def test_a_lowered_form_finds_what_its_pattern_finds(name):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from tests.test_perf_paths import _real_lines, _varied

    pattern, lowered = next((p, lw) for n, p, lw in _lowered_patterns() if n == name)
    guard = getattr(posting_module, name)

    def check(text: str) -> None:
        middle = len(text) // 3
        for pos in (0, middle):
            found, plain = posting_module._search(pattern, lowered, text, pos), pattern.search(text, pos)
            assert _described([found] if found else []) == _described([plain] if plain else []), text
        assert _described(posting_module._finditer(pattern, lowered, text)) == _described(pattern.finditer(text)), text
        if isinstance(guard, posting_module._Guarded):  # (its sub and finditer: the pattern's own, behind the guard)
            assert guard.sub("", text) == pattern.sub("", text) and guard.sub("<x>", text) == pattern.sub("<x>", text)
            assert _described(guard.finditer(text)) == _described(pattern.finditer(text))
        window = (middle, 2 * middle + 1)
        assert _described(posting_module._finditer(pattern, lowered, text, *window)) == _described(
            pattern.finditer(text, *window)
        ), text

    ascii_text = st.text(st.characters(max_codepoint=127), max_size=20)
    matches = st.from_regex(pattern, alphabet=st.characters(max_codepoint=127))

    @settings(max_examples=300, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.tuples(ascii_text, matches, ascii_text))
    def matches_found(parts: tuple[str, str, str]) -> None:
        check("".join(parts))
        check("".join(parts).upper())

    matches_found()
    for line in _varied(_real_lines()):
        check(line)


def test_acronyms_defined_for_other_names(vocab):
    # "(CPR)" after the words it abbreviates, when they name an organisation and no skill
    line = "Projects at the Center for Protein Research (CPR) and the Quantum Lab"
    assert posting_module._acronyms_of_other_names(line, vocab) == ("CPR",)
    assert posting_module._acronyms_of_other_names("Center for Protein Research (see CPR)", vocab) == ()
    assert posting_module._acronyms_of_other_names("Identity and Access Management (IAM)", vocab) == ()


@pytest.mark.parametrize(
    ("source", "safe"),
    [
        (r"\bpython\b", True),
        (r"[A-Z][a-z]+|[0-9]-[A-Z]", True),
        (r"[\w-]+|[a-z-]|\d{1,2}-\d|a-b", True),
        (r"(?P<Name>x)(?P=Name)", True),
        ("we['\u2019]re", True),  # (a mark without case: it never meets ASCII text)
        (r"[A-z]", False),  # (holds "[", "_", "`"...: lowered, "[a-z]" does not)
        (r"[Z-a]", False),
        (r"[9-A]", False),
        (r"\x41PI|\u0041|\N{LATIN CAPITAL LETTER A}|\101", False),
        (r"(?-i:API)", False),
        (r"(?s-i:API)", False),
        (r"(?i)api", False),
        ("\u017f", False),  # "ſ": re.I matches "s"
        ("\u212a", False),  # the Kelvin sign: re.I matches "k"
    ],
)
def test_only_a_pattern_whose_letters_lower_safely_gets_a_lowered_form(source, safe):
    assert posting_module._lowers_safely(source) is safe
    lowered = posting_module._lowered_form(re.compile(source, re.I))
    assert (lowered is not None) is safe
    if safe:
        pattern = re.compile(source, re.I)
        for text in ("Python A-Z we're NAME name x-X 7-Q", "API api Api [_]`", "ABC-DEF 12-3 zz-top"):
            assert _described(posting_module._finditer(pattern, lowered, text)) == _described(pattern.finditer(text))


def test_group_names_that_differ_only_in_case_get_no_lowered_form():
    assert posting_module._lowered_form(re.compile(r"(?P<A>x)|(?P<a>y)", re.I)) is None


# -- a long one-paragraph line costs its length, not its length squared (QA s4 files #4) -----------


def test_a_guard_asked_of_a_window_looks_at_the_window():
    rnd = random.Random(11)
    words = ["python", "plus", "preferred", "years", "degree", "a", "nice to have", "bonus", "Java", "SQL", ".", ","]
    for guard in posting_module._GUARDS:
        if not isinstance(guard, posting_module._Guarded):
            continue
        for _ in range(60):
            pool = words + list(guard.folded) + list(guard.exact)
            text = " ".join(rnd.choice(pool) for _ in range(rnd.randrange(40)))
            pos = rnd.randrange(len(text) + 1)
            end = rnd.randrange(pos, len(text) + 1)
            found = guard.pattern.search(text, pos, end)
            if found is not None:
                assert guard.may_match(text, pos, end), (guard.pattern.pattern, text, pos, end)
            guard.last = None
            searched = guard.search(text, pos, end)
            assert (searched is None) == (found is None)
            assert found is None or _described([searched]) == _described([found])


def _plain_abbreviation_before(line: str, i: int) -> bool:
    before = line[:i].rsplit(None, 1)
    word = before[-1].lower() if before else ""
    return word in posting_module._ABBREVIATIONS or len(word) <= 1


def test_the_word_before_a_full_stop_is_read_backwards_as_split_reads_it():
    rnd = random.Random(3)
    parts = ["e.g", "i.e", "etc", "Inc", "approx", "approxx", "a", " ", "  ", "\t", "word", "Dr", "x.y", "", "vs"]
    for _ in range(3000):
        line = "".join(rnd.choice(parts) + rnd.choice(["", " ", "."]) for _ in range(rnd.randrange(1, 8)))
        for i in range(len(line) + 1):
            assert posting_module._abbreviation_before(line, i) == _plain_abbreviation_before(line, i), (line, i)


def test_a_one_paragraph_posting_reads_as_its_sentences_do(vocab):
    """A line of 900 sentences asks what its three distinct sentences ask on a line of their own."""
    sentences = ["We need 5+ years of Python.", "Kubernetes is a plus.", "You know SQL, e.g. PostgreSQL."]

    def asked(text: str) -> set:
        parsed = posting_module.parse_posting(Document("p.txt", "Requirements\n" + text, "text"), vocab)
        return {(r.tier, r.any_of, r.min_years) for r in parsed.requirements}

    few = asked(" ".join(sentences))
    assert {"Python", "Kubernetes", "SQL"} <= {name for _tier, names, _years in few for name in names}
    assert asked(" ".join(sentences * 300)) == few


def test_a_one_paragraph_resume_states_the_years_its_sentences_state(vocab):
    """The years a resume states beside a name ("6 years of Python, Go"), on a line of thousands
    of sentences, as on a short one (each name on the line used to lower the whole line again)."""
    from jobmatch.match import profile_resume

    sentence = "Built payment services with 6 years of Python, Go and SQL."

    def months(text: str) -> dict[str, int]:
        profile = profile_resume(Document("r.txt", "Jane Doe\nSKILLS\n" + text, "text"), vocab)
        return {e.name: e.months for e in profile.experience}

    assert months(sentence) == {"Python": 72, "Go": 72, "SQL": 72}
    assert months(" ".join([sentence] * 2000)) == months(sentence)
