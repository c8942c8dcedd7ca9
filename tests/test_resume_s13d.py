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


def _education(line: str, vocab) -> list[tuple[str | None, str | None, str | None]]:
    text = f"Jane Doe\n\nEXPERIENCE\nAnalyst - Acme Corp - 2019 to present\n- Built reports\n\nEDUCATION\n{line}\n"
    return [(e.degree, e.field, e.institution) for e in _profile(text, vocab).education]


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        (
            "Northwest Mississippi Community College — Associate of Applied Science, Logistics & Supply Chain (2019)",
            ("associate", "Logistics & Supply Chain", "Northwest Mississippi Community College"),
        ),
        (
            "Holmes Community College - A.A.S., Criminal Justice, 2014",
            ("associate", "Criminal Justice", "Holmes Community College"),
        ),
        # (as they were: a discipline, or the school after the field)
        (
            "Bachelor of Science, Nursing — University of Memphis, 2015",
            ("bachelor", "Nursing", "University of Memphis"),
        ),
        (
            "B.S., Computer Science, Ohio State University, 2012",
            ("bachelor", "Computer Science", "Ohio State University"),
        ),
        ("B.S. Biology, University of Kansas, 2010", ("bachelor", "Biology", "University of Kansas")),
        # near misses: the school or a town after the degree's comma is no field
        ("MBA, Boston, 2018", ("master", None, None)),
        ("Boston University — MBA, Boston, 2018", ("master", None, "Boston University")),
        (
            "Columbus State Community College — Associate of Applied Science, Columbus OH",
            ("associate", None, "Columbus State Community College"),
        ),
        ("Ohio State University — B.S., Columbus, OH 2012", ("bachelor", None, "Ohio State University")),
        # (an item that is not the last but the year: "Smithville" may be the school's town)
        (
            "Itawamba Community College — Associate of Arts, Smithville, Fulton campus",
            ("associate", None, "Itawamba Community College"),
        ),
    ],
)
def test_the_field_after_the_degrees_comma_when_the_school_came_first(vocab, line, entry) -> None:
    assert _education(line, vocab) == [entry]
