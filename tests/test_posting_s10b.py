"""Session 10b: titles written as a row of cells, and posting-level reading of trade skills."""

from __future__ import annotations

import pytest

from jobmatch.posting import find_title


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Senior Accountant | Finance | Sydney NSW", "Senior Accountant"),
        ("Senior Accountant\tFinance\tSydney NSW".replace("\t", " | "), "Senior Accountant"),  # text.py's tab cells
        ("Acme Pty Ltd | Senior Accountant | Sydney NSW", "Senior Accountant"),
        ("Baker Hughes | Field Engineer | Perth WA", "Field Engineer"),
        ("Barista | Melbourne VIC", "Barista"),
        ("Registered Nurse | Austin, TX", "Registered Nurse"),
    ],
)
def test_a_title_row_gives_the_role_alone(first_line: str, title: str) -> None:
    assert find_title([first_line, "", "Requirements:", "- CPA qualified"]) == title


def test_a_title_without_cells_is_kept_whole() -> None:
    assert find_title(["Engineer - Platform & Infrastructure", "", "Requirements:"]) == (
        "Engineer - Platform & Infrastructure"
    )
