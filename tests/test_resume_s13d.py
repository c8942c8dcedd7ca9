"""s13d: resume structure - the employer's row below a dated title with its town and a bare state code;
a degree's field after its comma."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.match import profile_resume
from jobmatch.models import Document, ResumeProfile
from jobmatch.text import normalize_text


def _profile(text: str, vocab) -> ResumeProfile:
    return profile_resume(Document("r.txt", normalize_text(text), "text"), vocab, today=date(2026, 11, 1))


def _jobs(title_line: str, employer_line: str, vocab) -> list[tuple[str | None, str | None, str | None]]:
    text = (
        f"Terrence Wallace\nGrove City, OH 43123\n\nWORK HISTORY\n{title_line}\n{employer_line}\n"
        "- Service and repair rooftop units, split systems and heat pumps\n"
    )
    return [(j.title, j.employer, j.location) for j in _profile(text, vocab).jobs]


@pytest.mark.parametrize(
    ("title_line", "employer_line", "job"),
    [
        (
            "Commercial Service Tech                                         2020 - present",
            "Buckeye Climate Control, Columbus OH",
            ("Commercial Service Tech", "Buckeye Climate Control", "Columbus OH"),
        ),
        (
            "Commercial Service Tech                                         Jan 2020 - present",
            "Buckeye Climate Control, Columbus OH",
            ("Commercial Service Tech", "Buckeye Climate Control", "Columbus OH"),
        ),
        (
            "Residential Installer / Service Tech                            March 2017 - Dec 2019",
            "Comfort Pros Heating & Air, Grove City OH 43123",
            ("Residential Installer / Service Tech", "Comfort Pros Heating & Air", "Grove City OH 43123"),
        ),
        # (as it was with the comma before the state)
        (
            "Commercial Service Tech                                         2020 - present",
            "Buckeye Climate Control, Columbus, OH",
            ("Commercial Service Tech", "Buckeye Climate Control", "Columbus, OH"),
        ),
        # near misses: no town before a state's code, no state's code after the comma, a sentence
        ("Technician                    2015 - 2017", "Acme, IBM CO", ("Technician", None, None)),
        ("Engineer                      2017 - 2019", "Siemens, Mobility IT", ("Engineer", None, None)),
        ("Driver                        2013 - 2015", "Served customers in Dayton OH", ("Driver", None, None)),
    ],
)
def test_the_employers_row_below_a_dated_title_with_a_town_and_its_bare_state_code(
    vocab, title_line, employer_line, job
) -> None:
    assert _jobs(title_line, employer_line, vocab) == [job]
