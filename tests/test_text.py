"""Unit tests for jobmatch.text: line-preserving, idempotent normalisation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobmatch.text import BULLETS, is_blank, normalize_line, normalize_text


def _line_count(text: str) -> int:
    """Lines as the user sees them: CRLF and lone CR are one break each."""
    return len(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


# -- Unicode compatibility forms ------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\ufb01", "fi"),  # LATIN SMALL LIGATURE FI
        ("\ufb01nance and work\ufb02ow", "finance and workflow"),
        ("con\ufb01guration management", "configuration management"),
        ("e\ufb00ective", "effective"),  # ff ligature
        ("\uff30\uff59\uff54\uff48\uff4f\uff4e", "Python"),  # full-width letters
        ("\uff15+ years", "5+ years"),  # full-width digit
    ],
)
def test_nfkc_compatibility_forms(raw: str, expected: str) -> None:
    assert normalize_line(raw) == expected
    assert normalize_text(raw) == expected


# -- spaces -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "space",
    ["\u00a0", "\u202f", "\u2007", "\u2009", "\u3000", "  ", "\u00a0\u00a0 "],
    ids=["nbsp", "narrow-nbsp", "figure", "thin", "ideographic", "two-spaces", "mixed"],
)
def test_unusual_spaces_become_one_space(space: str) -> None:
    assert normalize_line(f"Python{space}developer") == "Python developer"


def test_trailing_whitespace_is_stripped() -> None:
    assert normalize_text("Python \t\u00a0\nGo  ") == "Python\nGo"


# -- quotes and dashes ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\u201cteam player\u201d", '"team player"'),
        ("\u2018quoted\u2019", "'quoted'"),
        ("you\u2019ll bring", "you'll bring"),
        ("What we\u2019re looking for", "What we're looking for"),
        ("\u201elow\u201c quotes", '"low" quotes'),
        ("2019 \u2013 2021", "2019 - 2021"),  # en dash inside a line
        ("Python \u2014 Django", "Python - Django"),  # em dash inside a line
        ("state\u2011of\u2011the\u2011art", "state-of-the-art"),  # non-breaking hyphens
        ("and more\u2026", "and more..."),
    ],
)
def test_quotes_dashes_and_ellipsis(raw: str, expected: str) -> None:
    assert normalize_line(raw) == expected


# -- bullets --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "bullet", ["\u2022", "\u25e6", "\u25aa", "\u2013", "*", "\u2014", "\u25cf", "\u27a2", "\u25ba", "\u2713"]
)
def test_bullets_become_dash_space(bullet: str) -> None:
    assert normalize_line(f"{bullet} Experience with Docker") == "- Experience with Docker"


@pytest.mark.parametrize("bullet", ["\u2022", "\u25e6", "\u25aa", "\u2013", "*"])
def test_bullet_followed_by_several_spaces_or_nbsp(bullet: str) -> None:
    assert normalize_line(f"{bullet}\u00a0  Kubernetes") == "- Kubernetes"


def test_indented_bullet_keeps_its_indent_marker() -> None:
    out = normalize_line("    \u25e6 nested item")
    assert out.lstrip() == "- nested item"
    assert out.startswith(" ")  # still indented: a nested bullet stays distinguishable


def test_bullet_after_zero_width_char_is_still_a_bullet() -> None:
    assert normalize_line("\u200b\u2022 Python") == "- Python"


@pytest.mark.parametrize(
    "line",
    [
        "Python \u2022 Go \u2022 Rust",  # a separator inside a line is not a list bullet
        "*args and **kwargs",  # no space after the star
        "-5% latency",
        "C++ and C#",
    ],
)
def test_non_bullet_marks_are_left_alone(line: str) -> None:
    assert normalize_line(line) == line


def test_every_declared_bullet_is_mapped() -> None:
    for bullet in BULLETS:
        assert normalize_line(f"{bullet} item") == "- item", repr(bullet)


# -- line endings and invisible characters --------------------------------------------------
def test_crlf_becomes_lf() -> None:
    assert normalize_text("Requirements\r\n- Python\r\n- Docker\r\n") == "Requirements\n- Python\n- Docker\n"


def test_lone_cr_is_a_line_break() -> None:
    assert normalize_text("Requirements\r- Python\r- Docker") == "Requirements\n- Python\n- Docker"


def test_mixed_line_endings() -> None:
    assert normalize_text("a\r\nb\rc\nd").split("\n") == ["a", "b", "c", "d"]


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"])
def test_zero_width_and_soft_hyphen_are_removed(invisible: str) -> None:
    assert normalize_line(f"Kuber{invisible}netes") == "Kubernetes"


def test_bom_at_start_of_text_is_removed() -> None:
    assert normalize_text("\ufeffSenior Engineer\nPython") == "Senior Engineer\nPython"


def test_form_feed_and_control_chars_do_not_break_lines() -> None:
    raw = "page one\x0c\nPython\x01Go\x07\nend"
    out = normalize_text(raw)
    assert out.split("\n") == ["page one", "Python Go", "end"]


# -- line count is preserved ----------------------------------------------------------------
LINE_COUNT_CASES = [
    "",
    "\n",
    "\n\n\n",
    "one line",
    "trailing newline\n",
    "a\r\nb\r\n\r\nc",
    "a\rb\rc",
    "\u2022 one\n\u2022 two\n\n\n\u2022 three\n",
    "\ufeff\u200b\n\u00a0\n\t\n",
    "page\x0c\nnext page\x0c",
    "Kuber-\nnetes and Docker\nfront-\nEnd",
    "manage-\nment\nKuber-\nnetes",
    "ab-\ncd-\nef",
    "\x0b\x1c\x1d\x1e",
]


@pytest.mark.parametrize("raw", LINE_COUNT_CASES)
@pytest.mark.parametrize("join", [False, True], ids=["text", "pdf"])
def test_line_count_is_preserved(raw: str, join: bool) -> None:
    out = normalize_text(raw, join_hyphenated=join)
    assert len(out.split("\n")) == _line_count(raw)


_ALPHABET = st.sampled_from(
    list("abcKz .,:;()-/+#\n\r\t")
    + list(BULLETS)
    + [
        "\u00a0",
        "\u202f",
        "\u3000",
        "\u200b",
        "\ufeff",
        "\u00ad",
        "\ufb01",
        "\u2019",
        "\u201c",
        "\u2026",
        "\x0c",
        "\x01",
        "\uff21",
        "\u2011",
    ]
)


@settings(database=None, max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40), st.booleans())
def test_line_count_is_preserved_property(raw: str, join: bool) -> None:
    out = normalize_text(raw, join_hyphenated=join)
    assert len(out.split("\n")) == _line_count(raw)


# -- PDF hyphen joins -----------------------------------------------------------------------
def test_pdf_hyphen_break_is_joined_on_first_line() -> None:
    out = normalize_text("Kuber-\nnetes and Docker", join_hyphenated=True)
    assert out.split("\n") == ["Kubernetes", "and Docker"]


def test_pdf_hyphen_join_keeps_trailing_punctuation() -> None:
    out = normalize_text("Led the manage-\nment, design and testing", join_hyphenated=True)
    assert out.split("\n") == ["Led the management,", "design and testing"]


def test_pdf_hyphen_join_whole_next_line() -> None:
    out = normalize_text("- Deployed on Kuber-\nnetes\n- Next bullet", join_hyphenated=True)
    assert out.split("\n") == ["- Deployed on Kubernetes", "", "- Next bullet"]


def test_pdf_hyphen_join_with_indented_continuation() -> None:
    out = normalize_text("Experience with Kuber-\n   netes clusters", join_hyphenated=True)
    assert out.split("\n") == ["Experience with Kubernetes", "clusters"]


@pytest.mark.parametrize(
    "raw",
    [
        "front-\nEnd developer",
        "Built a full-\nStack platform",
        "Self-\nMotivated engineer",
        "cross-\nFunctional teams",
    ],
)
def test_pdf_hyphen_before_uppercase_word_is_not_joined(raw: str) -> None:
    assert normalize_text(raw, join_hyphenated=True) == raw


@pytest.mark.parametrize(
    "raw",
    [
        "Python -\nnetes",  # a spaced dash is not a broken word
        "C-\n3PO",  # continuation is not a lowercase word
        "x-\nray",  # a one-letter head is not a broken word
        "Kuber-\n",  # nothing to join with
    ],
)
def test_pdf_hyphen_not_joined_when_not_a_broken_word(raw: str) -> None:
    assert normalize_text(raw, join_hyphenated=True) == raw


def test_hyphen_join_only_for_pdf_text() -> None:
    raw = "Kuber-\nnetes and Docker"
    assert normalize_text(raw) == raw
    assert normalize_text(raw, join_hyphenated=False) == raw


# -- idempotence ----------------------------------------------------------------------------
IDEMPOTENCE_CASES = [
    "\u2022 \u2013 item",
    "* * item",
    "\u2022\u00a0item",
    "\u00a0\u2022 item",
    "\u2022 \t\u2022 x",
    "\ufb01\u200b\u00a0\u201c",
    "x\u00ad-\nyz",
    "\u200b\u2022 item",
    "\u3000\u2022 item",
    "\x0c\u2022 page",
    "\x01\u2022 x",
    "Docker \u2013 Kubernetes\r\n\u25aa\u00a0AWS\u2026",
    "\uff11\uff10+ years \u2014 \u201cPython\u201d",
    "Kuber-\nnetes and Docker\nfront-\nEnd",
    "manage-\nment.\nx -\nyz",
    "   \n\t\n\u00a0",
]


@pytest.mark.parametrize("raw", IDEMPOTENCE_CASES)
@pytest.mark.parametrize("join", [False, True], ids=["text", "pdf"])
def test_idempotent_on_tricky_strings(raw: str, join: bool) -> None:
    once = normalize_text(raw, join_hyphenated=join)
    assert normalize_text(once, join_hyphenated=join) == once


@settings(database=None, max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_idempotent_property(raw: str) -> None:
    once = normalize_text(raw)
    assert normalize_text(once) == once


def test_normalize_line_idempotent_on_each_line() -> None:
    for raw in IDEMPOTENCE_CASES:
        for line in raw.replace("\r\n", "\n").split("\n"):
            once = normalize_line(line)
            assert normalize_line(once) == once


def test_pdf_join_idempotent_on_word_broken_over_three_lines() -> None:
    raw = "Designed micro-\nservice-\noriented design"
    once = normalize_text(raw, join_hyphenated=True)
    assert normalize_text(once, join_hyphenated=True) == once


def test_idempotent_when_zero_width_char_separates_a_combining_mark() -> None:
    once = normalize_text("K\u200b\u0301")
    assert normalize_text(once) == once


# -- is_blank -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["", " ", "\n\n", "\t \n  "])
def test_is_blank_true(text: str) -> None:
    assert is_blank(text)


def test_is_blank_false() -> None:
    assert not is_blank("  x  ")


def test_emoji_and_symbol_bullets_become_dashes() -> None:
    from jobmatch.text import normalize_line

    for bullet in ("✅", "🔹", "✔️", "➡️", "❖", "\uf0b7", "o"):
        assert normalize_line(f"{bullet} Python") == "- Python"
    assert normalize_line("  o Python") == " - Python"  # (runs of spaces are one)
    assert normalize_line("o'clock meetings") == "o'clock meetings"
    assert normalize_line("✅Python") == "✅Python"  # a bullet stands apart from its item


def test_decode_entities_decodes_references_and_leaves_unknown_names() -> None:
    from jobmatch.text import decode_entities

    assert decode_entities(["&bull; Python &amp; Go", "Jan&nbsp;2019 &#8211; 2021"]) == [
        "- Python & Go",
        "Jan 2019 - 2021",
    ]
    # html.unescape would read a known prefix of an unknown name: "&notes;" as "¬es;"
    assert decode_entities(["R&D&notes;", "Sales&copyright;"]) == ["R&D&notes;", "Sales&copyright;"]
    lines = ["no reference here"]
    assert decode_entities(lines) is lines
