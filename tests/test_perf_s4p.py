"""The speed paths of the posting parser and the loaders (second pass of issue 7): each shortcut
gives what the plain code gives."""

from __future__ import annotations

from jobmatch import posting as posting_module


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
