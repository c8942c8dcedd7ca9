"""Single-column files that a two-column reading of plain text (layout.text_columns_read) must leave
as they are (review of s14g): Word's list items saved as text ("•<tab>Training" beside a heading
word), label rows ("Languages:      Python, SQL", "Position:<tab>Teacher") under centred headings."""

from pathlib import Path

import pytest

from jobmatch.layout import text_columns_read

DATA = Path(__file__).parent / "data" / "resumes_s14rev"


@pytest.mark.parametrize(
    "name",
    [
        # a restaurant manager's Word resume: "•<tab>Training" put "Training" in a right column
        "word_bullets_one_column.txt",
        # a data engineer's: "Languages:" a left heading, the centred "SKILLS" a right one
        "centred_headings_label_table.txt",
        # a school's posting: "Department:<tab>Education" and "•<tab>" bullets moved every requirement
        "posting_word_labels_and_bullets.txt",
    ],
)
def test_single_column_text_is_not_read_as_columns(name):
    text = (DATA / name).read_text(encoding="utf-8")
    assert text_columns_read(text) == text


def test_the_posting_keeps_its_requirements(parse):
    posting = parse(text_columns_read((DATA / "posting_word_labels_and_bullets.txt").read_text(encoding="utf-8")))
    assert posting.degree == "bachelor"
    assert posting.min_years == 2


def test_a_bulleted_left_column_beside_a_sidebar_is_still_two_columns():
    # (a left column's own bullets are a cell of their row, with the sidebar's cell after the tab)
    text = "\n".join(
        [
            "EXPERIENCE\t\tSKILLS",
            "Shift Lead, Amazon Fulfillment\t\tForklift operation",
            "Mar 2021 - Present\t\tInventory control",
            "- Supervised 12 associates on night shift\t\tRF scanners",
            "- Cut mis-picks 18% with cycle counts\t\tOSHA 10",
        ]
    )
    read = text_columns_read(text).split("\n")
    assert read.index("SKILLS") > read.index("- Cut mis-picks 18% with cycle counts")
