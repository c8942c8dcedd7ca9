"""'experience with A, B, C, or D' lists (posting._or_items): the items' span, as the one pattern
that read them had it, and no time exponential in the number of commas (that pattern gave each
comma's space to the item or to the comma, two ways at every comma: a line of 20 commas with no
full stop after its 'or' took 11 s, 24 commas three minutes)."""

import pytest

from jobmatch.posting import _or_items


def _items(line: str) -> str | None:
    span = _or_items(line, 0, len(line))
    return line[span[0] : span[1]] if span else None


@pytest.mark.parametrize(
    ("line", "items"),
    [
        # Google's: unknown words between the items
        (
            "2 years of experience with performance, large scale systems data analysis, visualization tools, or"
            " debugging.",
            "performance, large scale systems data analysis, visualization tools, or debugging",
        ),
        ("Experience with Python, Java, or Go", "Python, Java, or Go"),
        ("Experience with Python, Java and/or Go; Docker a plus", "Python, Java and/or Go"),
        # a dot inside a word is inside an item before the last; the last item ends at the first dot
        ("Experience with Node.js, Vue, or React.", "Node.js, Vue, or React"),
        ("Experience with A, B or Node.js, C, or D.", "A, B or Node"),
        # an "or" after a comma gives way to a later one that ends the list
        ("Experience with A, B, or Node.js, Vue or React.", "A, B, or Node.js, Vue or React"),
        ("Experience with A, B or C, D or E.", "A, B or C, D or E"),
        # the first "experience with" that lists, else a later one
        ("Experience with teams. Experience with SQL, Spark, or Flink.", "SQL, Spark, or Flink"),
    ],
)
def test_or_list_items(line, items):
    assert _items(line) == items


@pytest.mark.parametrize(
    "line",
    [
        "Experience with Python, or Go",  # one item before the "or"
        "Experience with Python or Go",  # no comma
        "Experience with Python, Java, or Go, and Kubernetes",  # the last item runs into a comma
        "Experience with Python, Java, or Go (any)",  # ... or into a bracket
        "Experience with Python, Java, or both",
        "Experience with Python,, Java, or Go",  # an empty item
    ],
)
def test_not_an_or_list(line):
    assert _items(line) is None


def test_many_commas_and_no_end_after_the_or():
    # (the pattern this replaced backtracked 2**22 ways here before giving up)
    items = ", ".join(f"tool{i} thing" for i in range(22))
    line = f"Experience with {items}, or Go, and lots of other stuff like Kafka, Spark"
    assert _items(line) is None
    assert _items(line.replace(", and lots", ". And lots")) == f"{items}, or Go"
